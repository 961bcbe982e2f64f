"""Numeric facts, one rule family at a time: facts_in_text on a sentence,
compared field by field with what an analyst would write down."""

import pytest

from pipeline.read.extract import facts_in_text

FIELDS = ("value", "value_max", "kind", "unit", "counted", "qualifier", "change",
          "period_start", "period_end", "as_of", "surface")


def rows(nlp, text, lang=None):
    return [tuple(getattr(f, name) for name in FIELDS) for f in facts_in_text(text, nlp, lang)]


def fact(value, surface, *, value_max=None, kind="count", unit=None, counted=None, qualifier=None,
         change=None, period=(None, None), as_of=None):
    """A row as expected; what money counts is its currency."""
    if kind == "money" and counted is None:
        counted = unit
    return (value, value_max, kind, unit, counted, qualifier, change, period[0], period[1], as_of, surface)


COUNTS = [
    ("A total of 283 officials attended the training.", [fact(283, "283 officials", counted="officials")]),
    ("13 training sessions were conducted from 2009 to 2021.",
     [fact(13, "13 training sessions", counted="training sessions", period=(2009, 2021))]),
    ("The number of cases was 60cases in the year.", [fact(60, "60cases", counted="cases")]),
    ("Three ministries took part.", [fact(3, "Three ministries", counted="ministries")]),
    ("Among the migrants, 48.2% were born in Africa.",
     [fact(48.2, "48.2%", kind="percent", unit="%", counted="migrants")]),
    # a noun after a copula, with its modifier; "women" is a plural
    ("Approximately 169 million were migrant workers.",
     [fact(169000000, "Approximately 169 million", counted="migrant workers", qualifier="approximate")]),
    ("Of these, 3,000 were women.", [fact(3000, "3,000", counted="women")]),
    # a reference's number is bare: a figure with a scale after "figures" or "number" is none
    ("Key figures: 281 million international migrants in 2020.",
     [fact(281000000, "281 million international migrants", counted="international migrants", as_of="2020")]),
    ("Expulsions under Title 42 numbered 2.8 million.", [fact(2800000, "2.8 million", counted="Expulsions")]),
    # a counter's word in a clause is a noun like any other
    ("Officers made 3,188 visits and 2,299 arrests.",
     [fact(3188, "3,188 visits", counted="visits"), fact(2299, "2,299 arrests", counted="arrests")]),
    # a singular verb ends the phrase after "of"
    ("Some 48% of the migrant population resides in the capital.",
     [fact(48, "Some 48%", kind="percent", unit="%", counted="migrant population", qualifier="approximate")]),
    ("All 23 GCM objectives were covered.", [fact(23, "23 GCM objectives", counted="GCM objectives")]),
    ("It registered 1\u202f234 people.", [fact(1234, "1\u202f234 people", counted="people")]),
    ("It registered 1\u00a0234 people.", [fact(1234, "1\u00a0234 people", counted="people")]),
    ("The centre hosted from 252 to 287 migrants.",
     [fact(252, "from 252 to 287 migrants", value_max=287, counted="migrants")]),
    # bare counts listed before one that names its noun count that noun
    ("The camps hosted 1,200, 3,400 and 5,600 refugees.",
     [fact(1200, "1,200", counted="refugees"), fact(3400, "3,400", counted="refugees"),
      fact(5600, "5,600 refugees", counted="refugees")]),
]

SCALED = [
    ("As of the end of 2020, the number of foreign residents in Japan was about 2.9 million.",
     [fact(2900000, "about 2.9 million", counted="foreign residents in Japan", qualifier="approximate",
           as_of="2020-12-31")]),
    ("The number of special permanent residents was about 304 thousand.",
     [fact(304000, "about 304 thousand", counted="special permanent residents", qualifier="approximate")]),
    # a figure times "hundred", with or without a scale after it
    ("There were 3 hundred thousand Filipinos in Dubai.",
     [fact(300000, "3 hundred thousand Filipinos", counted="Filipinos")]),
    ("Some 3 hundred people came.", [fact(300, "Some 3 hundred people", counted="people", qualifier="approximate")]),
]

PERCENTS = [
    # a measure noun standing alone as the subject counts itself (English labels, batches 16 and 44)
    ("This number has decreased by 1.6% from the end of the previous year.",
     [fact(1.6, "1.6%", kind="percent", unit="%", counted="number", change="decrease")]),
    ("Women were 12 per cent of workers.", [fact(12, "12 per cent", kind="percent", unit="%", counted="workers")]),
    ("Applications rose by 12 % in 2021.",
     [fact(12, "12 %", kind="percent", unit="%", counted="Applications", change="increase", as_of="2021")]),
    ("A third of the migrants were women.",
     [fact(33.33, "A third of the migrants", kind="percent", unit="%", counted="migrants")]),
    ("Half of the returnees found work.",
     [fact(50, "Half of the returnees", kind="percent", unit="%", counted="returnees")]),
]

MONEY = [
    ("Japan gave US$ 5.2 million.", [fact(5200000, "US$ 5.2 million", kind="money", unit="USD")]),
    ("The fund received USD 5,200,000.", [fact(5200000, "USD 5,200,000", kind="money", unit="USD")]),
    ("The EU pledged €3 billion.", [fact(3000000000, "€3 billion", kind="money", unit="EUR")]),
    ("It spent JPY 300 million.", [fact(300000000, "JPY 300 million", kind="money", unit="JPY")]),
    ("It spent 300 million yen.", [fact(300000000, "300 million yen", kind="money", unit="JPY")]),
    # "U.S." is one token, "u.s." three: a currency phrase is matched however it is written
    ("Workers sent home 2.8 billion U.S. dollars in 2023.",
     [fact(2800000000, "2.8 billion U.S. dollars", kind="money", unit="USD", as_of="2023")]),
    ("It cost 3 million u.s. dollars.", [fact(3000000, "3 million u.s. dollars", kind="money", unit="USD")]),
]

MEASURES = [
    ("Training lasted 40 hours.", [fact(40, "40 hours", kind="other", unit="hour", counted="hours")]),
    ("Procedures take between 10 and 20 days.",
     [fact(10, "between 10 and 20 days", value_max=20, kind="other", unit="day", counted="days")]),
    ("Procedures take 10-20 days.", [fact(10, "10-20 days", value_max=20, kind="other", unit="day", counted="days")]),
    ("The camp is 5 km from the border.", [fact(5, "5 km", kind="other", unit="km", counted="km")]),
    ("Children under 18 years old are protected.",
     [fact(18, "under 18 years old", kind="other", unit="years old", counted="years", qualifier="at_most")]),
]

QUALIFIERS_AND_CHANGES = [
    ("It was a 12 per cent year-on-year increase.",
     [fact(12, "12 per cent", kind="percent", unit="%", change="increase")]),
    # a change in brackets after a place is the subject's, as "Arrivals rose in Lakeshire (+5%)"
    ("Arrivals fell in Italy (-8%).", [fact(8, "8%", kind="percent", unit="%", counted="Arrivals", change="decrease")]),
    ("Net migration was estimated at 53,200.",
     [fact(53200, "estimated at 53,200", counted="Net migration", qualifier="approximate")]),
    ("Remittances exceeded US $30 billion.",
     [fact(30000000000, "exceeded US $30 billion", kind="money", unit="USD", qualifier="at_least")]),
    ("As many as 28,000 migrants have died.",
     [fact(28000, "As many as 28,000 migrants", counted="migrants", qualifier="at_most")]),
    ("Estimates are published within six weeks.",
     [fact(6, "within six weeks", kind="other", unit="week", counted="weeks", qualifier="at_most")]),
    ("Nearly 1.5 million residents live there.",
     [fact(1500000, "Nearly 1.5 million residents", counted="residents", qualifier="approximate")]),
    ("Some 300 employers were visited.",
     [fact(300, "Some 300 employers", counted="employers", qualifier="approximate")]),
    ("More than 400 children enrolled.",
     [fact(400, "More than 400 children", counted="children", qualifier="at_least")]),
    ("Up to 12 per cent of workers are migrants.",
     [fact(12, "Up to 12 per cent", kind="percent", unit="%", counted="workers", qualifier="at_most")]),
    ("There was a decrease of 3,000.", [fact(3000, "3,000", change="decrease")]),
    ("There was an increase of 450 applications.",
     [fact(450, "450 applications", counted="applications", change="increase")]),
]

NEWS_STYLE = [
    ("About one in four care workers was born abroad.",
     [fact(25, "About one in four care workers", kind="percent", unit="%", counted="care workers",
           qualifier="approximate")]),
    ("Only 3 out of 10 applicants were admitted.",
     [fact(30, "3 out of 10 applicants", kind="percent", unit="%", counted="applicants")]),
    ("The government pledged £2m to councils.", [fact(2000000, "£2m", kind="money", unit="GBP")]),
    ("Exports reached $3.5bn.", [fact(3500000000, "$3.5bn", kind="money", unit="USD")]),
    ("They signed a six-month contract.", [fact(6, "six-month", kind="other", unit="month", counted="month")]),
    ("A 3-day training was held.", [fact(3, "3-day", kind="other", unit="day", counted="day")]),
    ("Workers aged between 18 and 30 may apply.",
     [fact(18, "between 18 and 30", value_max=30, kind="other", unit="years old", counted="years")]),
    ("Most are under the age of five.",
     [fact(5, "five", kind="other", unit="years old", counted="years", qualifier="at_most")]),
    ("Immigrants 16 and older were in the labor force.",
     [fact(16, "16", kind="other", unit="years old", counted="years", qualifier="at_least")]),
    ("Most were in the age group 30 to 34 years.",
     [fact(30, "30 to 34 years", value_max=34, kind="other", unit="years old", counted="years")]),
    ("People aged 15 and over were counted.",
     [fact(15, "15", kind="other", unit="years old", counted="years", qualifier="at_least")]),
    ("Prices were up 3% on the year.", [fact(3, "3%", kind="percent", unit="%", counted="Prices", change="increase")]),
    ("Arrivals were down 12 per cent.", [fact(12, "12 per cent", kind="percent", unit="%", counted="Arrivals", change="decrease")]),
    ("Most countries recorded large increases, between 21 and 35%.",
     [fact(21, "between 21 and 35%", value_max=35, kind="percent", unit="%", change="increase")]),
    ("The increase was smaller in Canada (8%).", [fact(8, "8%", kind="percent", unit="%", change="increase")]),
    ("Arrivals plunged 40 per cent.", [fact(40, "40 per cent", kind="percent", unit="%", counted="Arrivals", change="decrease")]),
    ("The share of women fell by two percentage points.",
     [fact(2, "two percentage points", kind="other", unit="percentage point", counted="percentage points",
           change="decrease")]),
    ("Remittances soared 20%.", [fact(20, "20%", kind="percent", unit="%", counted="Remittances", change="increase")]),
    ("It was a 4.8-percent increase.", [fact(4.8, "4.8-percent", kind="percent", unit="%", change="increase")]),
    ("France (-€9.4 bn) had the largest deficit.",
     [fact(9400000000, "€9.4 bn", kind="money", unit="EUR", change="decrease")]),
    ("A five-percent share of workers.", [fact(5, "five-percent", kind="percent", unit="%", counted="workers")]),
    ("The population grew by 390,509 (or 1.6%).",
     [fact(390509, "390,509", counted="population", change="increase"),
      fact(1.6, "1.6%", kind="percent", unit="%", counted="population", change="increase")]),
    ("Citizen arrivals drove the growth in overall migrant arrivals (8300).",
     [fact(8300, "8300", counted="overall migrant arrivals", change="increase")]),
    ("Migrants make up 79% of the workers.",
     [fact(79, "79%", kind="percent", unit="%", counted="workers")]),
    ("Half of the 4,500 migrant farmworkers were women.",
     [fact(50, "Half of the 4,500 migrant farmworkers", kind="percent", unit="%", counted="migrant farmworkers"),
      fact(4500, "4,500 migrant farmworkers", counted="migrant farmworkers")]),
    ("They counted 300 in 2020.", [fact(300, "300", as_of="2020")]),
    ("Workers over 30 may apply.", [fact(30, "over 30", qualifier="at_least")]),
    ("The office issued 9,870 new domestic work permits.",
     [fact(9870, "9,870 new domestic work permits", counted="new domestic work permits")]),
]

DATES_AND_CHANGES = [
    # the months of a year frame its figure
    ("Workers remitted US$ 3.3 billion in the first ten months of this year.",
     [fact(3300000000, "US$ 3.3 billion", kind="money", unit="USD")]),
    ("CBP recorded 1,340,801 encounters in the first six months of fiscal year 2024.",
     [fact(1340801, "1,340,801 encounters", counted="encounters", as_of="2024")]),
    # "end-June 2023" is the end of the month; "2015/16" a period across two years, which dates
    # only the figure compared, not the one it is compared with
    ("At end-June 2023, arrivals totalled 4,500.", [fact(4500, "4,500", counted="arrivals", as_of="2023-06-30")]),
    ("Over 2 million applications were lodged in 2022, well above the record of 1.7 million in 2015/16.",
     [fact(2000000, "Over 2 million applications", counted="applications", qualifier="at_least", as_of="2022"),
      fact(1700000, "1.7 million", counted="applications", period=(2015, 2016))]),
    # periods of days, the year given after them or elsewhere in the sentence; years after "the period"
    # (days of one year after "between" give the year as_of, as the labels of b58_dtm_iom_iraq_sinjar_returns_2020 and
    # msmreporter_ircc_permanent_residents_2023 read them; "from ... to" days stay a period)
    ("Between April 1 and July 1, 2008, the population grew by 0.3%.",
     [fact(0.3, "0.3%", kind="percent", unit="%", counted="population", change="increase", as_of="2008")]),
    ("In the same period of 2023, from 5 July to 31 October, there were 2,371 visits.",
     [fact(2371, "2,371 visits", counted="visits", period=(2023, 2023))]),
    ("Over the period 2015 to 2020, arrivals totalled 500,000.",
     [fact(500000, "500,000", counted="arrivals", period=(2015, 2020))]),
    # a figure in brackets after a date is that date's
    ("Immigration was 268,000 in YE March 2016, similar to YE March 2015 (265,000).",
     [fact(268000, "268,000", counted="Immigration", as_of="2016-03"),
      fact(265000, "265,000", counted="Immigration", as_of="2015-03")]),
    ("In 2021 the number of claims for protection, excluding dependants, (27,310), was 9% higher than in 2020, (25,044).",
     [fact(27310, "27,310", counted="claims for protection", as_of="2021"),
      fact(9, "9%", kind="percent", unit="%", counted="claims for protection", change="increase", as_of="2021"),
      fact(25044, "25,044", counted="claims for protection", as_of="2020")]),
    # the year of another event after the figure ("after", "following", "before") dates that event only
    ("Transfers to the region fell by 3.1 percent after a sharp rise in 2022.",
     [fact(3.1, "3.1 percent", kind="percent", unit="%", counted="Transfers", change="decrease")]),
    ("Returns climbed 9% in 2024, after dropping 6% in 2023.",
     [fact(9, "9%", kind="percent", unit="%", counted="Returns", change="increase", as_of="2024"),
      fact(6, "6%", kind="percent", unit="%", counted="Returns", change="decrease", as_of="2023")]),
    ("Some 3,800 people were resettled in 2022 following a pledge made in 2020.",
     [fact(3800, "Some 3,800 people", counted="people", qualifier="approximate", as_of="2022")]),
    ("Crossings reached 6,500 before the border closed in April 2021.",
     [fact(6500, "6,500", counted="Crossings")]),
    # "higher by" and "lower by" name a change
    ("Cash transfers were higher by 4.2 percent at $3.1 billion.",
     [fact(4.2, "4.2 percent", kind="percent", unit="%", counted="Cash transfers", change="increase"),
      fact(3100000000, "$3.1 billion", kind="money", unit="USD")]),
    # a change verb and its "by" parted by an aside of place or time
    ("Remittances grew last year by 4.1 percent.",
     [fact(4.1, "4.1 percent", kind="percent", unit="%", counted="Remittances", change="increase")]),
    ("Arrivals fell in Westmark by 7%.",
     [fact(7, "7%", kind="percent", unit="%", counted="Arrivals", change="decrease")]),
    ("Staffing increased for units run by 14 agencies.", [fact(14, "14 agencies", counted="agencies")]),
    # a figure compared with, followed by a time of its own ("the year before"), takes no date given before it
    ("In 2022, 6,720 permits were issued, up from 5,130 the year before.",
     [fact(6720, "6,720 permits", counted="permits", as_of="2022"), fact(5130, "5,130", counted="permits")]),
    # a change word after a figure's bracketed restatement makes both figures changes
    ("Claims totalled 61,800, 4,900 (8.6%) more than a year earlier.",
     [fact(61800, "61,800", counted="Claims"), fact(4900, "4,900", counted="Claims", change="increase"),
      fact(8.6, "8.6%", kind="percent", unit="%", counted="Claims", change="increase")]),
    ("Removals stood at 9,400, down 1,150 (10.9%) on a year earlier.",
     [fact(9400, "9,400", counted="Removals"), fact(1150, "1,150", counted="Removals", change="decrease"),
      fact(10.9, "10.9%", kind="percent", unit="%", counted="Removals", change="decrease")]),
    # a count with its change beside it in its bracket is the level, after a change noun too
    ("The biggest increases were for Chile (12,700 people; down 3.1%).",
     [fact(12700, "12,700 people", counted="people"),
      fact(3.1, "3.1%", kind="percent", unit="%", counted="people", change="decrease")]),
    # an aside that tells when a thing began dates no figure outside it
    ("The shelter network, established in 2016, housed 2,300 women.",
     [fact(2300, "2,300 women", counted="women")]),
    ("The scheme, launched in 2018 with 40 staff, placed 950 workers in 2021.",
     [fact(40, "40 staff", counted="staff", as_of="2018"), fact(950, "950 workers", counted="workers", as_of="2021")]),
    # a figure ending a line a label and its colon open takes the label, not the next line's words
    ("Stateless persons: 4.4 million\nInternally displaced: 62.5 million\nReturnees: 1,200,000\n",
     [fact(4400000, "4.4 million", counted="Stateless persons"), fact(62500000, "62.5 million", counted="Internally displaced"),
      fact(1200000, "1,200,000", counted="Returnees")]),
    # names and figures listed with semicolons are a list, not addresses
    ("Main corridors: South Korea 64,000; USA 31,500; Oman 12,800.",
     [fact(64000, "64,000"), fact(31500, "31,500"), fact(12800, "12,800")]),
    # figures given "respectively" for as many years take them in order
    ("Deportations were 2,700 and 3,150 in 2019 and 2020, respectively.",
     [fact(2700, "2,700", counted="Deportations", as_of="2019"),
      fact(3150, "3,150", counted="Deportations", as_of="2020")]),
    # a fiscal year in two digits; an abbreviation in brackets after "the year ending"
    ("In FY19, CBP apprehended 851,508 people.", [fact(851508, "851,508 people", counted="people", as_of="2019")]),
    ("Net migration was 327,000 in the year ending (YE) March 2016.",
     [fact(327000, "327,000", counted="Net migration", as_of="2016-03")]),
    # a publication date is no reference date
    ("The overview, released in November 2024, counted 1,200 victims.",
     [fact(1200, "1,200 victims", counted="victims")]),
]

TRAPS = [
    "The law entered into force in 2019.",
    "Since 2005, Japan has supported the project.",
    "Consultations took place between 1 September and 31 October 2020.",
    "Articles 46 and 53 of the Constitution apply.",
    "The review follows resolution 73/195.",
    "This contributes to SDG 8 and Target 10.7.",
    "See paragraph 26 and para. 26 (b).",
    "Law No. 319 regulates entry.",
    "Call +81 3 5253 4111 for help.",
    "On 21 and 22 April the talks went on.",
    "Write to Chiyoda-ku, Tokyo 100-8919.",
    "As for the objective 6, the ministry acted.",
    "It was the 2nd meeting of the third committee.",
    "In the first half of 2020 the office was closed.",
    "Two of them declined.",
    "COVID-19 slowed procedures.",
    "The office opens at 9 a.m. and closes at 5 p.m. every day.",
    "Comments were due by 12 noon.",
    "Consultations ran from 1 March to 30 May.",
    "In line with GCM Objectives: 4 and 8 of the Compact.",
    "By The Filipino Times Staff | 2 min read",
    # a page's reader counter; an imprint's serial number and postal district
    "3 hundred thousand Filipinos read this story | 1,254 shares",
    "ISSN 1561-5502 e-ISBN 978-92-9068-789-4",
    "P.O. Box 17 1211 Geneva 19 Switzerland Tel.: +41 22 717 9111",
    "Business | NZ Herald 12 Aug, 2024 11:04 AM 3 mins to read",
    "Source: UNHCR, Global Trends: Forced Displacement in 2023, Copenhagen, 13 June 2024, 48 pp.",
]


def times(value, surface, counted="times", qualifier=None):
    return fact(value, surface, kind="other", unit="times", counted=counted, qualifier=qualifier)


MULTIPLES = [
    ("That was still more than double the figure.", [times(2, "more than double", qualifier="at_least")]),
    ("The category has more than doubled since 2021.", [times(2, "more than doubled", qualifier="at_least")]),
    ("The number was nearly twice that of the year before.", [times(2, "nearly twice", qualifier="approximate")]),
    ("It was a threefold increase.", [times(3, "threefold")]),
    ("Applications rose four-fold.", [times(4, "four-fold")]),
    ("It was three times higher than before.", [times(3, "three times")]),
    # a multiple compares two figures of a list and is none of them
    ("Arcadia took 40% of all claims, almost twice the share of Borduria (21%).",
     [fact(40, "40%", kind="percent", unit="%", counted="claims"), times(2, "almost twice", qualifier="approximate"),
      fact(21, "21%", kind="percent", unit="%", counted="claims")]),
    # "double" before a noun it qualifies is no multiple
    ("Double taxation agreements were signed with 12 countries.", [fact(12, "12 countries", counted="countries")]),
]


@pytest.mark.parametrize(
    "text, expected",
    COUNTS + SCALED + PERCENTS + MONEY + MEASURES + QUALIFIERS_AND_CHANGES + NEWS_STYLE + DATES_AND_CHANGES + MULTIPLES,
)
def test_fact(nlp, text, expected):
    assert rows(nlp, text) == expected


OTHER_LANGUAGES = [
    ("es", "Las remesas casi se triplicaron desde entonces.",
     [fact(3, "casi se triplicaron", kind="other", unit="times", counted="veces", qualifier="approximate")]),
    ("es", "Es el doble de lo registrado.", [fact(2, "doble", kind="other", unit="times", counted="veces")]),
    ("fr", "Les arrivées ont quasiment triplé.",
     [fact(3, "quasiment triplé", kind="other", unit="times", counted="fois", qualifier="approximate")]),
    ("es", "Se registraron 2,6 millones de personas.", [fact(2600000, "2,6 millones de personas", counted="personas")]),
    ("es", "Al 31 de diciembre de 2020 residían 2.315.408 extranjeros.",
     [fact(2315408, "2.315.408 extranjeros", counted="extranjeros", as_of="2020-12-31")]),
    ("es", "Las remesas sumaron 38 mil 212 millones de dólares, un alza de 7,3 %.",
     [fact(38212000000, "38 mil 212 millones de dólares", kind="money", unit="USD"),
      fact(7.3, "7,3 %", kind="percent", unit="%", counted="remesas", change="increase")]),
    ("es", "Uno de cada cinco hogares recibe remesas.",
     [fact(20, "Uno de cada cinco hogares", kind="percent", unit="%", counted="hogares")]),
    ("es", "Más de 1.234 familias y cerca de 312 440 personas.",
     [fact(1234, "Más de 1.234 familias", counted="familias", qualifier="at_least"),
      fact(312440, "cerca de 312 440 personas", counted="personas", qualifier="approximate")]),
    ("es", "Según la Ley N° 9095 y el artículo 46, se capacitó a 2.450 funcionarios.",
     [fact(2450, "2.450 funcionarios", counted="funcionarios")]),
    ("es", "Los guatemaltecos mandaron US $10 mil 508 millones 307 mil 400 (Q81 mil 19 millones 50 mil 54).",
     [fact(10508307400, "$10 mil 508 millones 307 mil 400", kind="money", unit="USD"),
      fact(81019050054, "Q81 mil 19 millones 50 mil 54", kind="money", unit="GTQ")]),
    ("es", "En México, los hogares recibieron 120 mil pesos.",
     [fact(120000, "120 mil pesos", kind="money", unit="MXN")]),
    # a change in a count's bracket or after its comma, past asides, years and footnote numbers, is of that count
    ("fr", "La Corse a connu la plus forte évolution avec près de 1 200 premières demandes (soit une hausse de 45%).",
     [fact(1200, "près de 1 200 premières demandes", counted="premières demandes", qualifier="approximate"),
      fact(45, "45%", kind="percent", unit="%", counted="premières demandes", change="increase")]),
    ("fr", "En 2022, 9 300 demandes ont été déposées dans l'Union7(*) (UE), en hausse de près de 12 % par rapport à 2021.",
     [fact(9300, "9 300 demandes", counted="demandes", as_of="2022"),
      fact(12, "près de 12 %", kind="percent", unit="%", counted="demandes", qualifier="approximate",
           change="increase", as_of="2022")]),
    # bare billions after money are in its currency, whatever subject stands before them
    ("fr", "En 2022, ces transferts s'élevaient à 310,5 milliards de francs CFA. Ils ont progressé de 41 milliards en un an.",
     [fact(310500000000, "310,5 milliards de francs CFA", kind="money", unit="XOF", as_of="2022"),
      fact(41000000000, "41 milliards", kind="money", unit="XOF", change="increase")]),
    # the year a group of people came dates the figures about it
    ("fr", "L'immigration familiale regroupe 21 % des immigrants de 2019.",
     [fact(21, "21 %", kind="percent", unit="%", counted="immigrants", as_of="2019")]),
    # "d'" elided before a figure
    ("fr", "Les transferts ont augmenté d’1,5 % en 2022.",
     [fact(1.5, "1,5 %", kind="percent", unit="%", counted="transferts", change="increase", as_of="2022")]),
    # a sentence that goes on with the list before takes its set; a list of nationalities counts each one
    ("fr", "Les Tunisiens arrivent en tête, avec 1 920 éloignements. Suivent les Maliens (1 204) et les Ivoiriens (988).",
     [fact(1920, "1 920 éloignements", counted="éloignements"), fact(1204, "1 204", counted="éloignements"),
      fact(988, "988", counted="éloignements")]),
    ("es", "Encabezan la lista 9.120 venezolanos. Después vienen los ecuatorianos (4.724) y los peruanos (1.404).",
     [fact(9120, "9.120 venezolanos", counted="venezolanos"), fact(4724, "4.724", counted="ecuatorianos"),
      fact(1404, "1.404", counted="peruanos")]),
    # a change after "soit", or after "un chiffre en hausse de", closing a count's clause changes what the count counts
    ("fr", "En 2021, 8 412 personnes ont été éloignées, soit +4,2 % par rapport à 2020.",
     [fact(8412, "8 412 personnes", counted="personnes", as_of="2021"),
      fact(4.2, "4,2 %", kind="percent", unit="%", counted="personnes", change="increase", as_of="2021")]),
    ("fr", "L'an passé, le pays a délivré 212 300 visas, un chiffre en baisse de 2,1 % sur un an.",
     [fact(212300, "212 300 visas", counted="visas"),
      fact(2.1, "2,1 %", kind="percent", unit="%", counted="visas", change="decrease")]),
    ("fr", "En 2021, 3 450 enfants migrants étaient inscrits, soit une hausse de 8 % par rapport à 2020.",
     [fact(3450, "3 450 enfants", counted="enfants", as_of="2021"),
      fact(8, "8 %", kind="percent", unit="%", counted="enfants", change="increase", as_of="2021")]),
    ("fr", "Environ 21 000 consultations et 45 000 titres de séjour au 1er janvier 2021.",
     [fact(21000, "Environ 21 000 consultations", counted="consultations", qualifier="approximate",
           as_of="2021-01-01"),
      fact(45000, "45 000 titres", counted="titres", as_of="2021-01-01")]),
    ("fr", "Un budget de 12,4 millions d'euros, et une personne sur huit.",
     [fact(12400000, "12,4 millions d'euros", kind="money", unit="EUR"),
      fact(12.5, "une personne sur huit", kind="percent", unit="%", counted="personne")]),
    ("fr", "La loi n° 2018-778 du 10 septembre 2018 et le décret n° 12 ; le 1er et le 2e rapport.", []),
    # spaCy's Spanish tokenizer leaves "%" on its number
    ("es", "Los envíos de remesas aumentaron 13,4%. El 43% de los hogares.",
     [fact(13.4, "13,4%", kind="percent", unit="%", counted="envíos", change="increase"),
      fact(43, "43%", kind="percent", unit="%", counted="hogares")]),
    # Mexican press usage: "2 mil 500" is 2,500
    ("es", "Recibía 2 mil 500 dólares; se capacitó a 3 mil 127 servidores públicos.",
     [fact(2500, "2 mil 500 dólares", kind="money", unit="USD"),
      fact(3127, "3 mil 127 servidores", counted="servidores")]),
    # a thousand written "mil" before the rest of the figure: "mil 792" is 1,792
    ("es", "Alemania aporta mil 645 residentes y las remesas, mil 300 millones de dólares.",
     [fact(1645, "mil 645 residentes", counted="residentes"),
      fact(1300000000, "mil 300 millones de dólares", kind="money", unit="USD")]),
    # an article before each end of a range or a period: "entre el 2001 y el 2018"
    ("es", "Se aprobó entre el 15% y 20% de las 3.200 solicitudes recibidas entre el 2010 y el 2016.",
     [fact(15, "entre el 15% y 20%", value_max=20, kind="percent", unit="%", counted="solicitudes",
           period=(2010, 2016)),
      fact(3200, "3.200 solicitudes", counted="solicitudes", period=(2010, 2016))]),
    ("es", "Subieron de 1.400 en el 2019 a 2.100 en el 2020.",
     [fact(1400, "1.400", as_of="2019"), fact(2100, "2.100", as_of="2020")]),
    # "toda la", "toute la": a share of a whole named after "all"
    ("es", "Equivale al 3,1% de toda la fuerza laboral.",
     [fact(3.1, "3,1%", kind="percent", unit="%", counted="fuerza laboral")]),
    ("fr", "Soit 4,2 % de toute la population active.",
     [fact(4.2, "4,2 %", kind="percent", unit="%", counted="population active")]),
    ("es", "Siendo 1 por cada 6 habitantes un refugiado.",
     [fact(16.67, "1 por cada 6 habitantes", kind="percent", unit="%", counted="habitantes")]),
    ("fr", "Au total, 2 migrants actuels sur 3 travaillent, et une personne sur 110 est déracinée.",
     [fact(66.67, "2 migrants actuels sur 3", kind="percent", unit="%", counted="migrants"),
      fact(0.91, "une personne sur 110", kind="percent", unit="%", counted="personne")]),
    # the typographic apostrophe is read as the straight one
    ("fr", "La loi a ouvert 653,5 millions d’euros ; environ 100 millions d’étrangers sont entrés.",
     [fact(653500000, "653,5 millions d’euros", kind="money", unit="EUR"),
      fact(100000000, "environ 100 millions d’étrangers", counted="étrangers", qualifier="approximate")]),
    ("es", "Cerca de un millón y medio de venezolanos; medio millón de regularizados.",
     [fact(1500000, "Cerca de un millón y medio de venezolanos", counted="venezolanos", qualifier="approximate"),
      fact(500000, "medio millón de regularizados", counted="regularizados")]),
    ("es", "Llega a 2 millones 207 mil 900 personas; la banca habilitó mil puntos de pago.",
     [fact(2207900, "2 millones 207 mil 900 personas", counted="personas"),
      fact(1000, "mil puntos", counted="puntos")]),
    # names and figures in a list are no addresses; a day after its weekday is a date
    ("es", "El jueves 28 se supo que Guatemala registró 92 personas, República Dominicana 59, Nicaragua 57 y Honduras 44.",
     [fact(92, "92 personas", counted="personas"), fact(59, "59", counted="personas"),
      fact(57, "57", counted="personas"), fact(44, "44", counted="personas")]),
    ("fr", "Un million et demi de personnes.",
     [fact(1500000, "Un million et demi de personnes", counted="personnes")]),
    # a movement is two figures; the first shares the scale and currency of the second
    ("fr", "Pour 2014, la dotation passe de 198,8 à 213,8 millions d’euros.",
     [fact(198800000, "198,8", kind="money", unit="EUR", as_of="2014"),
      fact(213800000, "213,8 millions d’euros", kind="money", unit="EUR", as_of="2014")]),
    ("fr", "Les transferts progressent de 14,6% (soit +12,6 MMDH) ; les recettes reculent de 1,3 % et de 0,9 %.",
     [fact(14.6, "14,6%", kind="percent", unit="%", counted="transferts", change="increase"),
      fact(12600000000, "12,6 MMDH", kind="money", unit="MAD", change="increase"),
      fact(1.3, "1,3 %", kind="percent", unit="%", counted="recettes", change="decrease"),
      fact(0.9, "0,9 %", kind="percent", unit="%", counted="recettes", change="decrease")]),
    # the noun after a demonstrative determiner is counted, unless it only names a figure
    ("fr", "Ces transferts progressent de 14,6 %. Ce chiffre a baissé de 2 %.",
     [fact(14.6, "14,6 %", kind="percent", unit="%", counted="transferts", change="increase"),
      fact(2, "2 %", kind="percent", unit="%", change="decrease")]),
    # a qualifier before a fraction with its article: "près du quart", "plus des deux tiers"
    ("fr", "Soit près du quart (23,0 %) de la population ; plus des deux tiers des réfugiés.",
     [fact(25, "près du quart", kind="percent", unit="%", counted="population", qualifier="approximate"),
      fact(23, "23,0 %", kind="percent", unit="%", counted="population"),
      fact(66.67, "plus des deux tiers des réfugiés", kind="percent", unit="%", counted="réfugiés",
           qualifier="at_least")]),
    # the set a figure is taken from, named before it; "parmi ces derniers" points back
    ("fr", "Parmi les immigrés, 48,2 % sont nés en Afrique et 32,3 % en Europe.",
     [fact(48.2, "48,2 %", kind="percent", unit="%", counted="immigrés"),
      fact(32.3, "32,3 %", kind="percent", unit="%", counted="immigrés")]),
    ("es", "Entre los españoles, emigraron 59.724 e inmigraron 32.380.",
     [fact(59724, "59.724", counted="españoles"), fact(32380, "32.380", counted="españoles")]),
    ("fr", "Seuls 312 000 étrangers sont venus ; parmi ces derniers, 85 000 sont restés.",
     [fact(312000, "312 000 étrangers", counted="étrangers"), fact(85000, "85 000", counted="étrangers")]),
    # a share or change with no noun of its own is about the subject that opens its sentence
    ("fr", "Ces investissements se concentrent dans l'immobilier (40,7%) et le commerce (5,5%).",
     [fact(40.7, "40,7%", kind="percent", unit="%", counted="investissements"),
      fact(5.5, "5,5%", kind="percent", unit="%", counted="investissements")]),
    ("es", "El costo promedio de enviar 200 dólares pasó de 4.5 % a 3.9 %.",
     [fact(200, "200 dólares", kind="money", unit="USD"),
      fact(4.5, "4.5 %", kind="percent", unit="%", counted="costo"),
      fact(3.9, "3.9 %", kind="percent", unit="%", counted="costo")]),
    ("fr", "Le solde naturel, c’est-à-dire l’écart entre les naissances et les décès, était négatif en 2022 (-2.787).",
     [fact(2787, "2.787", counted="solde", change="decrease", as_of="2022")]),
    ("es", "El 41,3% de esta población tiene el permiso desde 2018 y el 24,2%, desde 2019.",
     [fact(41.3, "41,3%", kind="percent", unit="%", counted="población"),
      fact(24.2, "24,2%", kind="percent", unit="%", counted="población")]),
    ("fr", "La hausse des titres tient à la progression de 35 % de ceux accordés à des réfugiés ; "
     "les titres familiaux n’ont que faiblement augmenté (+2,2 %).",
     [fact(35, "35 %", kind="percent", unit="%", counted="titres", change="increase"),
      fact(2.2, "2,2 %", kind="percent", unit="%", counted="titres", change="increase")]),
    ("es", "El estudio destaca que los flujos migratorios crecieron a un ritmo anual de cerca de 3,5 %.",
     [fact(3.5, "cerca de 3,5 %", kind="percent", unit="%", counted="flujos", qualifier="approximate",
          change="increase")]),
    # a plural noun right after a copula after the figure; not a participle
    ("es", "Del total, el 15,7% eran mujeres; de los cuales 254.670 son venezolanos.",
     [fact(15.7, "15,7%", kind="percent", unit="%", counted="mujeres"),
      fact(254670, "254.670", counted="venezolanos")]),
    ("fr", "Parmi eux, 48 % sont nés en Afrique.", [fact(48, "48 %", kind="percent", unit="%")]),
    ("fr", "Les réfugiés, qui ont quitté leur pays pour fuir la persécution, comptent pour 25,4 millions.",
     [fact(25400000, "25,4 millions", counted="réfugiés")]),
    ("es", "En 2023 ya son más de 400.000 los migrantes que han atravesado la selva.",
     [fact(400000, "más de 400.000", counted="migrantes", qualifier="at_least", as_of="2023")]),
    ("es", "En cambio, las money orders significaron el 1.1% y el 0.3% del monto total.",
     [fact(1.1, "1.1%", kind="percent", unit="%", counted="monto total"),
      fact(0.3, "0.3%", kind="percent", unit="%", counted="monto total")]),
    ("es", "Cerca del 48 % de la población migrante reside en la capital.",
     [fact(48, "Cerca del 48 %", kind="percent", unit="%", counted="población migrante", qualifier="approximate")]),
    ("es", "Hubo un 3,4 % más de ingresos que el año anterior.",
     [fact(3.4, "3,4 %", kind="percent", unit="%", counted="ingresos", change="increase")]),
    ("fr", "Tableau 2 – Demandes de protection internationale\n2016 2017 Évolution\n"
     "Premières demandes 63 935 73 802 15,4 %\n",
     [fact(63935, "63 935", counted="Demandes de protection internationale", as_of="2016"),
      fact(73802, "73 802", counted="Demandes de protection internationale", as_of="2017"),
      fact(15.4, "15,4 %", kind="percent", unit="%", counted="Demandes de protection internationale",
           change="increase", period=(2016, 2017))]),  # the change column compares the two years before it
    # times and seconds are units
    ("fr", "Il publie ces chiffres deux fois par an, soit plus de trois fois le montant de l'aide.",
     [fact(2, "deux fois", kind="other", unit="times", counted="fois"),
      fact(3, "plus de trois fois", kind="other", unit="times", counted="fois", qualifier="at_least")]),
    ("es", "Las remesas son tres veces la inversión; una persona cada 2 segundos.",
     [fact(3, "tres veces", kind="other", unit="times", counted="veces"),
      fact(2, "2 segundos", kind="other", unit="second", counted="segundos")]),
    # a verb or a participle and its agent after a figure name no noun: the count before is meant
    ("fr", "Le parc compte 103 269 places (102 564 financées par le programme 303).",
     [fact(103269, "103 269 places", counted="places"), fact(102564, "102 564", counted="places")]),
    ("es", "Un total de 476.748 personas emigraron y 314.358 inmigraron.",
     [fact(476748, "476.748 personas", counted="personas"), fact(314358, "314.358", counted="personas")]),
    ("fr", "Soit, respectivement, 7.806.078, 2.259.912 et 1.426.651 habitants.",
     [fact(7806078, "7.806.078", counted="habitants"), fact(2259912, "2.259.912", counted="habitants"),
      fact(1426651, "1.426.651 habitants", counted="habitants")]),
    # a plus set off by a space; a range of signed figures; durations that frame another figure
    ("fr", "La hausse des titres (+ 27 % en quatre ans). Les flux ont crû entre +19 % et +38 %. "
     "En près de 20 ans, elle a doublé.",
     [fact(27, "27 %", kind="percent", unit="%", counted="titres", change="increase"),
      fact(19, "entre +19 % et +38 %", value_max=38, kind="percent", unit="%", counted="flux", change="increase"),
      fact(2, "doublé", kind="other", unit="times", counted="fois")]),
    # amounts beside money are money: after it, or joined to it; the amount compared with is its year's
    ("es", "Mandaron 6.097,3 millones de dólares, por encima de los 5,274.9 millones de 2016.",
     [fact(6097300000, "6.097,3 millones de dólares", kind="money", unit="USD"),
      fact(5274900000, "5,274.9 millones", kind="money", unit="USD", as_of="2016")]),
    ("fr", "Le Niger et la Guinée reçoivent respectivement 13,8 milliards et 619,7 millions de francs CFA.",
     [fact(13800000000, "13,8 milliards", kind="money", unit="XOF"),
      fact(619700000, "619,7 millions de francs CFA", kind="money", unit="XOF")]),
    # a signed figure in brackets changes the noun before it
    ("fr", "Un solde naturel négatif (-2.787).", [fact(2787, "2.787", counted="solde naturel négatif", change="decrease")]),
    ("es", "El monto promedio fue de us 389, un alza del 4%.",
     [fact(389, "us 389", kind="money", unit="USD"),
      fact(4, "4%", kind="percent", unit="%", counted="monto", change="increase")]),
    # a sentence of bare figures continues the set of the one before; "del total de" reads on
    ("es", "Cuba tiene el mayor número, con 185 personas. Guatemala registró 92, República Dominicana 59.",
     [fact(185, "185 personas", counted="personas"), fact(92, "92", counted="personas"),
      fact(59, "59", counted="personas")]),
    ("es", "Reúnen el 61.83% del total de la población; 20,8 millones de emigrantes (70 % del total).",
     [fact(61.83, "61.83%", kind="percent", unit="%", counted="población"),
      fact(20800000, "20,8 millones de emigrantes", counted="emigrantes"),
      fact(70, "70 %", kind="percent", unit="%", counted="total")]),
    # a share's own noun is what it counts in Spanish and French ("la part des habitants")
    ("fr", "La part des habitants de nationalité étrangère s’élève ainsi à 35,3 %.",
     [fact(35.3, "35,3 %", kind="percent", unit="%", counted="part")]),
    # an ordinal after space-grouped thousands; a French month in lower case; the last of a list of names
    ("fr", "En 2018, ils ont reçu 258 929 1ers titres, selon la loi du 7 mars 2016.",
     [fact(258929, "258 929 1ers titres", counted="titres", as_of="2018")]),
    ("es", "Ya llegan al millón y medio: Cúcuta con 93.461, Medellín 86.201 y Cali 55.884.",
     [fact(1500000, "millón y medio", counted=None), fact(93461, "93.461"), fact(86201, "86.201"),
      fact(55884, "55.884")]),
    # what a measure names ("croissance de la population de"); a bracketed change after "du nombre de X"
    ("fr", "2022 a été marquée par une forte croissance de la population de 0,98%.",
     [fact(0.98, "0,98%", kind="percent", unit="%", counted="population", change="increase", as_of="2022")]),
    ("fr", "Face à la hausse du nombre de demandeurs d’asile (+ 10,8 % sur le semestre).",
     [fact(10.8, "10,8 %", kind="percent", unit="%", counted="demandeurs d’asile", change="increase")]),
    # "hasta" after a change is the level reached, not "up to"
    ("es", "Las remesas aumentaron 27,1 % hasta 3.450,7 millones de dólares.",
     [fact(27.1, "27,1 %", kind="percent", unit="%", counted="remesas", change="increase"),
      fact(3450700000, "3.450,7 millones de dólares", kind="money", unit="USD")]),
    # a phone number after "Tel." and its country code
    ("es", "Av. Los Libertadores n° 142 | Tel.: +593 (2) 2257-3467", []),
    # an amount after a month is no day of it
    ("es", "Y en febrero $691.3 millones.", [fact(691300000, "$691.3 millones", kind="money", unit="USD")]),
    # adjectives before the noun do not end the phrase
    ("es", "Hubo 16,2 millones de nuevos desplazados.",
     [fact(16200000, "16,2 millones de nuevos desplazados", counted="nuevos desplazados")]),
    # three groups of thousands set off by plain, no-break or narrow no-break spaces
    ("fr", "La ville compte 1 234 567 habitants. La région a 1\u00a0234\u00a0568 habitants et "
     "12\u202f234\u202f569 au total.",
     [fact(1234567, "1 234 567 habitants", counted="habitants"),
      fact(1234568, "1\u00a0234\u00a0568 habitants", counted="habitants"),
      fact(12234569, "12\u202f234\u202f569", counted="habitants")]),
    # a currency symbol printed against a scale abbreviation
    ("fr", "Les envois de fonds s'élèvent à 3,2 Md€ et 1,5 Mrd€.",
     [fact(3200000000, "3,2 Md€", kind="money", unit="EUR"), fact(1500000000, "1,5 Mrd€", kind="money", unit="EUR")]),
    ("fr", "Le budget passe à 450 M€, 12 k€ et 450M€ ; le mur fait 5m de haut, à 500 m de la rue.",
     [fact(450000000, "450 M€", kind="money", unit="EUR"), fact(12000, "12 k€", kind="money", unit="EUR"),
      fact(450000000, "450M€", kind="money", unit="EUR"), fact(5, "5m", kind="other", unit="m", counted="m"),
      fact(500, "500 m", kind="other", unit="m", counted="m")]),
    # a change noun whose "de" a figure follows across the set it measures, "respectivement" or a year;
    # its restatement after "soit de"; "a gagné"; "80 % plus élevé"
    ("fr", "Une croissance annuelle de la population de 0,5 % environ. Une croissance de 0,98 %, soit de "
     "57 000 habitants.",
     [fact(0.5, "0,5 %", kind="percent", unit="%", counted="population", qualifier="approximate",
           change="increase"),
      fact(0.98, "0,98 %", kind="percent", unit="%", change="increase"),
      fact(57000, "57 000 habitants", counted="habitants", change="increase")]),
    ("fr", "Les dotations sont en baisse, respectivement de 10 et de 5 millions d’euros. La baisse du nombre "
     "de personnes de plus de 60 ans.",
     [fact(10000000, "10", kind="money", unit="EUR", change="decrease"),
      fact(5000000, "5 millions d’euros", kind="money", unit="EUR", change="decrease"),
      fact(60, "plus de 60 ans", kind="other", unit="years old", counted="ans", qualifier="at_least")]),
    ("fr", "Les pays ont connu de fortes hausses en 2022 (entre 21 % et 35 %). La ville a gagné 113.549 habitants. "
     "Les postes vacants étaient 80 % plus élevés qu'avant.",
     [fact(21, "entre 21 % et 35 %", value_max=35, kind="percent", unit="%", change="increase", as_of="2022"),
      fact(113549, "113.549 habitants", counted="habitants", change="increase"),
      fact(80, "80 %", kind="percent", unit="%", counted="postes", change="increase")]),
    # a quarter or a half-year with an ordinal dates its year; a possessive before the whole of a share
    ("fr", "Le taux atteint 8,1 % au 2e trimestre 2021. Au 1er semestre 2022, 25 000 personnes sont arrivées.",
     [fact(8.1, "8,1 %", kind="percent", unit="%", counted="taux", as_of="2021"),
      fact(25000, "25 000 personnes", counted="personnes", as_of="2022")]),
    ("fr", "Le pays accueille 2,5 millions de migrants (soit 9 % de sa population).",
     [fact(2500000, "2,5 millions de migrants", counted="migrants"),
      fact(9, "9 %", kind="percent", unit="%", counted="population")]),
    # spelled compounds the tokenizer keeps whole, "quatre-vingts" and its tens
    ("fr", "Vingt-cinq migrants, quatre-vingts enfants, cent quatre-vingt-dix-neuf personnes et quatre-vingt-dix "
     "pour cent des familles.",
     [fact(25, "Vingt-cinq migrants", counted="migrants"), fact(80, "quatre-vingts enfants", counted="enfants"),
      fact(199, "cent quatre-vingt-dix-neuf personnes", counted="personnes"),
      fact(90, "quatre-vingt-dix pour cent", kind="percent", unit="%", counted="familles")]),
    # shares of a whole a clause shares out, or names just before them
    ("fr", "La population se répartissait ainsi : 67,9 % de Belges d’origine belge et 12,4 % de non-Belges. "
     "La ville comptait dans sa population 8,5 % de « non-Belges ».",
     [fact(67.9, "67,9 %", kind="percent", unit="%", counted="population"),
      fact(12.4, "12,4 %", kind="percent", unit="%", counted="population"),
      fact(8.5, "8,5 %", kind="percent", unit="%", counted="population")]),
    # a street with no house number before it: the figure after its comma counts
    ("fr", "Dans la rue de la Paix, 12000 Marocains ont manifesté.",
     [fact(12000, "12000 Marocains", counted="Marocains")]),
    # thousands as Swiss pages group them; "mille" between groups; a figure run into its "de"
    ("fr", "La Suisse comptait 1'751'301 étrangers et 12’500 frontaliers ; au Sénégal, 131 mille 508 étrangers.",
     [fact(1751301, "1'751'301 étrangers", counted="étrangers"), fact(12500, "12’500 frontaliers", counted="frontaliers"),
      fact(131508, "131 mille 508 étrangers", counted="étrangers")]),
    ("fr", "Le total atteint de1738151 visas. Une centaine de personnes et un millier de bénévoles.",
     [fact(1738151, "1738151 visas", counted="visas"),
      fact(100, "Une centaine de personnes", counted="personnes", qualifier="approximate"),
      fact(1000, "un millier de bénévoles", counted="bénévoles", qualifier="approximate")]),
    # percentage points, but points that are places
    ("fr", "Le taux progresse (+4 points) et a gagné 2,5 points de pourcentage ; le pays compte 12 points de passage.",
     [fact(4, "4 points", kind="other", unit="percentage point", counted="points", change="increase"),
      fact(2.5, "2,5 points de pourcentage", kind="other", unit="percentage point", counted="points de pourcentage",
           change="increase"),
      fact(12, "12 points", counted="points")]),
    # how many times: a verb, a noun, "multiplié par"; "la double nationalité" is none
    ("fr", "Les recettes ont plus que doublé, soit près du triple du record ; les demandes ont été multipliées par 2,5. "
     "La double nationalité reste rare.",
     [fact(2, "plus que doublé", kind="other", unit="times", counted="fois", qualifier="at_least"),
      fact(3, "près du triple", kind="other", unit="times", counted="fois", qualifier="approximate"),
      fact(2.5, "multipliées par 2,5", kind="other", unit="times", counted="fois")]),
    # two levels dated by their years are no range from a year
    ("fr", "Les demandes passent de 85 726 en 2016 à 91 422 en 2017.",
     [fact(85726, "85 726", counted="demandes", as_of="2016"), fact(91422, "91 422", counted="demandes", as_of="2017")]),
    # a rate or a share counts itself, as the corpus labels it; an opening adverbial is no subject
    ("fr", "Pour certains pays, comme l'Afghanistan, la proportion d'hommes est plus forte (89 %). "
     "L'Europe reste la destination dominante, avec une part de 86,4 %. Le taux de protection atteint 36 %.",
     [fact(89, "89 %", kind="percent", unit="%", counted="proportion"),
      fact(86.4, "86,4 %", kind="percent", unit="%", counted="part"),
      fact(36, "36 %", kind="percent", unit="%", counted="taux")]),
    ("fr", "En 2022, la délivrance de visas progresse très fortement (+137,7 %). "
     "Le nombre de mineurs arrivés en Italie s'est élevé à 2.467.",
     [fact(137.7, "137,7 %", kind="percent", unit="%", counted="délivrance", change="increase", as_of="2022"),
      fact(2467, "2.467", counted="mineurs")]),
    # the set an opening phrase names: its head after its adjectives, or what its size counts
    ("fr", "Parmi les nouveaux arrivants de 2021, la France (18,9 %) occupe le premier rang. "
     "Sur un échantillon représentatif de 11.780 migrants, plus des deux tiers sont des hommes.",
     [fact(18.9, "18,9 %", kind="percent", unit="%", counted="arrivants", as_of="2021"),
      fact(11780, "11.780 migrants", counted="migrants"),
      fact(66.67, "plus des deux tiers", kind="percent", unit="%", counted="migrants", qualifier="at_least")]),
    # a pronoun or "en" points back to what the sentence before counts, or to its subject
    ("fr", "Elle regroupe 53 % des immigrants. Le « regroupement familial » en représentait 28 %. "
     "Le ministère a délivré 276 576 titres. En 2018, leur nombre était de 258 929.",
     [fact(53, "53 %", kind="percent", unit="%", counted="immigrants"),
      fact(28, "28 %", kind="percent", unit="%", counted="immigrants"),
      fact(276576, "276 576 titres", counted="titres"), fact(258929, "258 929", counted="titres", as_of="2018")]),
    ("fr", "La population vivant en Belgique est de plus en plus diverse. En 2010, les Belges d’origine belge en "
     "représentaient 74,3 %.",
     [fact(74.3, "74,3 %", kind="percent", unit="%", counted="population", as_of="2010")]),
    # a change after a count counts what the count counts; a bracketed share counts its group, not the verb
    # or the adverb before it
    ("fr", "La Suisse comptait 1'751'301 étrangers, soit 2,9 % de plus qu'un an auparavant. "
     "Les migrants sont principalement des Syriens (37,1 %), suivis des Maliens (12,5 %).",
     [fact(1751301, "1'751'301 étrangers", counted="étrangers"),
      fact(2.9, "2,9 %", kind="percent", unit="%", counted="étrangers", change="increase"),
      fact(37.1, "37,1 %", kind="percent", unit="%", counted="Syriens"),
      fact(12.5, "12,5 %", kind="percent", unit="%", counted="Maliens")]),
    # an agent is no subject of a change; the change in apposition is one of the count before it
    ("fr", "L'Ofpra a enregistré 73 802 premières demandes (hors mineurs), en hausse de 7,1 %.",
     [fact(73802, "73 802 premières demandes", counted="premières demandes"),
      fact(7.1, "7,1 %", kind="percent", unit="%", counted="premières demandes", change="increase")]),
    # "ne ... plus que" is "only", no qualifier
    ("fr", "En 1975, ils représentaient 66 % ; ils n'en représentent plus que 32 % en 2022.",
     [fact(66, "66 %", kind="percent", unit="%", as_of="1975"), fact(32, "32 %", kind="percent", unit="%", as_of="2022")]),
    # shares bracketed after the places of a group count the group
    ("fr", "Les pays de naissance les plus fréquents des immigrés sont l'Algérie (12,5 %) et le Maroc (11,9 %).",
     [fact(12.5, "12,5 %", kind="percent", unit="%", counted="immigrés"),
      fact(11.9, "11,9 %", kind="percent", unit="%", counted="immigrés")]),
    # spelled numbers with "et"; a rate per thousand counts its subject (a count, as the corpus labels it, no unit);
    # the year after the semicolon dates its own clause
    ("fr", "Vingt et un pays et soixante et onze centres ; le taux de natalité atteint 11,2 pour mille en 2020.",
     [fact(21, "Vingt et un pays", counted="pays"),
      fact(71, "soixante et onze centres", counted="centres"),
      fact(11.2, "11,2 pour mille", counted="taux", as_of="2020")]),
    # Canadian dollars; a fraction opening a clause after a semicolon
    ("fr", "Le Canada a versé 1,5 milliard de dollars canadiens et 200 millions $ CA ; les trois quarts sont des hommes.",
     [fact(1500000000, "1,5 milliard de dollars canadiens", kind="money", unit="CAD"),
      fact(200000000, "200 millions $ CA", kind="money", unit="CAD"),
      fact(75, "les trois quarts", kind="percent", unit="%")]),
    # "ne ... que" opens no clause: the subject stays the sentence's
    ("fr", "Les titres de séjour accordés au titre de l’immigration familiale n’ont que faiblement augmenté (+2,2 %).",
     [fact(2.2, "2,2 %", kind="percent", unit="%", counted="titres", change="increase")]),
    # a share after a new subject alone is of the set of the share before it
    ("fr", "En 2023, les hommes représentaient 67,6 % des demandeurs, et les femmes 32,4 %.",
     [fact(67.6, "67,6 %", kind="percent", unit="%", counted="demandeurs", as_of="2023"),
      fact(32.4, "32,4 %", kind="percent", unit="%", counted="demandeurs", as_of="2023")]),
    # a change verb parted from its "de" by an aside or an adverb
    ("fr", "Les éloignements progressent quant à eux de 14,6 %. Les demandes ont encore augmenté de 3 %.",
     [fact(14.6, "14,6 %", kind="percent", unit="%", counted="éloignements", change="increase"),
      fact(3, "3 %", kind="percent", unit="%", counted="demandes", change="increase")]),
    # a day whose year came before it; the first days of a year; a month named after "mois de", for its clause
    ("fr", "36 851 migrants sont entrés en Europe en 2017 jusqu'au 16 avril. Ce chiffre est à comparer aux "
     "173 028 arrivées des 105 premiers jours de 2016. Pour le seul mois d'août 2023, 3 196 sont arrivés, "
     "contre 4 284 en août 2022.",
     [fact(36851, "36 851 migrants", counted="migrants", as_of="2017-04-16"),
      fact(173028, "173 028 arrivées", counted="arrivées", as_of="2016"),
      fact(3196, "3 196", counted="arrivées", as_of="2023-08"),
      fact(4284, "4 284", counted="arrivées", as_of="2022-08")]),
    # figures bracketed after the places of a list count what the places are counted for, not the places
    ("fr", "Les deux tiers des réfugiés viennent de trois pays : Afghanistan (2,7 millions), Soudan du Sud "
     "(2,3 millions) et Somalie (0,9 million).",
     [fact(66.67, "Les deux tiers des réfugiés", kind="percent", unit="%", counted="réfugiés"),
      fact(3, "trois pays", counted="pays"), fact(2700000, "2,7 millions", counted="réfugiés"),
      fact(2300000, "2,3 millions", counted="réfugiés"), fact(900000, "0,9 million", counted="réfugiés")]),
    # a pronoun that stands for "le nombre de X" of the sentence before counts X, not the number
    ("fr", "Le nombre d'apatrides reconnus augmente chaque année. Il atteint 4 310 en 2024.",
     [fact(4310, "4 310", counted="apatrides", as_of="2024")]),
    # bare levels after a colon count the subject of the clause the colon closes
    ("fr", "Le nombre de visas étudiants est en hausse continue : 98 400 en 2023, contre 71 200 en 2019.",
     [fact(98400, "98 400", counted="visas étudiants", as_of="2023"),
      fact(71200, "71 200", counted="visas étudiants", as_of="2019")]),
    # a rate restating a change in a count grows the change's subject; a rate restating a level grows the count
    ("fr", "La population du canton a augmenté de 3.215 habitants, soit une hausse de 0,7%. En 2024, 8.640 personnes "
     "se sont installées, soit une hausse de 4%.",
     [fact(3215, "3.215 habitants", counted="habitants", change="increase"),
      fact(0.7, "0,7%", kind="percent", unit="%", counted="population", change="increase"),
      fact(8640, "8.640 personnes", counted="personnes", as_of="2024"),
      fact(4, "4%", kind="percent", unit="%", counted="personnes", change="increase", as_of="2024")]),
    # "passer de ... à ..." links its subject to both levels in any gender and number
    ("fr", "Les demandes de visa sont passées de 41 200 en 2021 à 58 900 en 2023.",
     [fact(41200, "41 200", counted="demandes", as_of="2021"), fact(58900, "58 900", counted="demandes", as_of="2023")]),
    # a figure compared "comparativement à" or "comparé à" counts what the first one counts, not the comparison
    ("fr", "La part des mineurs est de 27 % comparativement à 31 % en Flandre. Les expulsions atteignent 4 100, "
     "comparé à 3 800 en 2022.",
     [fact(27, "27 %", kind="percent", unit="%", counted="part"), fact(31, "31 %", kind="percent", unit="%", counted="part"),
      fact(4100, "4 100", counted="expulsions"), fact(3800, "3 800", counted="expulsions", as_of="2022")]),
    # "fin 2021" after a figure is its date, not its noun; each figure of a movement has the date after it
    ("fr", "Les personnes déplacées sont passées de 41 800 fin 2020 à 2,3 millions fin 2023.",
     [fact(41800, "41 800", counted="personnes", as_of="2020-12-31"),
      fact(2300000, "2,3 millions", counted="personnes", as_of="2023-12-31")]),
    # a word of change right after a figure is no noun: the change counts what the sentence counts
    ("fr", "Le nombre d'expulsions a atteint 21 600, soit 3 100 supplémentaires.",
     [fact(21600, "21 600", counted="expulsions"), fact(3100, "3 100", counted="expulsions", change="increase")]),
    # "le nombre des X" names what its figure counts, as "le nombre de X" does
    ("fr", "Le nombre des étudiants venus du Maghreb en 2022 s'est élevé à 41'250.",
     [fact(41250, "41'250", counted="étudiants venus du Maghreb", as_of="2022")]),
    # a people's name after "les" is a plural noun before its bracketed count, whatever its ending
    ("fr", "Viennent d'abord les Espagnols (9 300), puis les Libanais (7 150) et les Italiens (6 020).",
     [fact(9300, "9 300", counted="Espagnols"), fact(7150, "7 150", counted="Libanais"),
      fact(6020, "6 020", counted="Italiens")]),
    # counts and changes in brackets after peoples count the set their sentence or its "dont" clause names
    ("fr", "Les retours forcés concernent surtout des Albanais (1 240), des Congolais (860) et des Tunisiens (410).",
     [fact(1240, "1 240", counted="retours"), fact(860, "860", counted="retours"), fact(410, "410", counted="retours")]),
    ("fr", "La baisse touche les Géorgiens, dont les demandes ont reculé (-54,1 %), puis les Albanais (-31,7 %).",
     [fact(54.1, "54,1 %", kind="percent", unit="%", counted="demandes", change="decrease"),
      fact(31.7, "31,7 %", kind="percent", unit="%", counted="demandes", change="decrease")]),
    # the level a change ends at counts what changed
    ("fr", "Les visas de travail ont progressé de 6,2 %, à 31.400. Les retours aidés ont reculé de 4 % pour "
     "s'établir à 7 250.",
     [fact(6.2, "6,2 %", kind="percent", unit="%", counted="visas", change="increase"),
      fact(31400, "31.400", counted="visas"),
      fact(4, "4 %", kind="percent", unit="%", counted="retours", change="decrease"),
      fact(7250, "7 250", counted="retours")]),
    # a change set off after a count describes the count, past an opening adverbial and a day's date
    ("fr", "L'an passé, la Belgique a délivré 52 900 visas, un chiffre en hausse de 3,3% par rapport à 2022. "
     "On comptait 418 000 permis valides au 1er janvier 2024, en baisse de 0,8%.",
     [fact(52900, "52 900 visas", counted="visas"),
      fact(3.3, "3,3%", kind="percent", unit="%", counted="visas", change="increase"),
      fact(418000, "418 000 permis valides", counted="permis valides", as_of="2024-01-01"),
      fact(0.8, "0,8%", kind="percent", unit="%", counted="permis valides", change="decrease", as_of="2024-01-01")]),
    # a level named before its figure ("au niveau record de") is a level of the sentence's subject
    ("fr", "L'immigration de travail a encore crû au Canada et s'établit à un niveau record de 61 700.",
     [fact(61700, "61 700", counted="immigration")]),
    # a bracketed level of a year after "le niveau de", "celui de" is the sentence subject's
    ("fr", "La délivrance des visas de long séjour dépasse le niveau de 2019 (194 500). La part des visas "
     "étudiants atteint 46 %, proche de celle de 2018 (44,7 %).",
     [fact(194500, "194 500", counted="délivrance", as_of="2019"),
      fact(46, "46 %", kind="percent", unit="%", counted="part"),
      fact(44.7, "44,7 %", kind="percent", unit="%", counted="part", as_of="2018")]),
    # a hyphenated subject after a long participial opener still names what changes
    ("fr", "Mesurée à partir des tendances relevées au 30 septembre de l'année, la primo-demande d'asile reculerait de 4,6 %.",
     [fact(4.6, "4,6 %", kind="percent", unit="%", counted="primo-demande", change="decrease")]),
    # a bracketed count after "X sans Y" counts X; an article after a verb opens the phrase
    ("fr", "Parmi les admis figurent des mineurs sans famille (2 310, en hausse de 4%).",
     [fact(2310, "2 310", counted="mineurs"),
      fact(4, "4%", kind="percent", unit="%", counted="mineurs", change="increase")]),
    # a share linked to a change noun that opens its clause is that change, of what the noun measures
    ("fr", "Depuis 2016, le rythme de progression des naturalisations se situe autour de 3 % par an. "
     "En 2023, la baisse des arrivées atteint 7 %.",
     [fact(3, "autour de 3 %", kind="percent", unit="%", counted="naturalisations", change="increase",
           qualifier="approximate"),
      fact(7, "7 %", kind="percent", unit="%", counted="arrivées", change="decrease", as_of="2023")]),
    # "en 2021, année où ...": the year dates the figures of the clause it opens
    ("fr", "Les arrivées restent sous leur niveau d'il y a deux ans, en 2021, année où 18 450 personnes avaient "
     "débarqué.",
     [fact(18450, "18 450 personnes", counted="personnes", as_of="2021")]),
    # "d'autres" after a count names no noun of its own: the others are of the count before
    ("fr", "Près de 3 millions de personnes ont quitté leur foyer, et 800 000 autres ont franchi la frontière.",
     [fact(3000000, "Près de 3 millions de personnes", counted="personnes", qualifier="approximate"),
      fact(800000, "800 000", counted="personnes")]),
    # "constituer" links its subject to a figure as "représenter" does
    ("fr", "L'augmentation à 5,2 millions à la fin de 2022 constitue une hausse de 6 pour cent. Les mineurs "
     "constituaient 14 % des demandeurs.",
     [fact(5200000, "5,2 millions", as_of="2022-12-31"),
      fact(6, "6 pour cent", kind="percent", unit="%", change="increase", as_of="2022-12-31"),
      fact(14, "14 %", kind="percent", unit="%", counted="demandeurs")]),
    # the year of "qu'au cours de la même période en 2019" is compared with, no date of the figures
    ("fr", "Au premier trimestre, la Belgique a reçu 9 100 demandes, soit 700 de plus qu'au cours de la même période "
     "en 2019.",
     [fact(9100, "9 100 demandes", counted="demandes"), fact(700, "700", counted="demandes", change="increase")]),
    # "celles-ci" and "ils" stand for the subject named before them, in the sentence before or before a colon
    ("fr", "Les demandes de visa ont reculé en 2020. Celles-ci remontent à 61 800 cette année. Les réfugiés "
     "afghans sont plus nombreux : ils étaient 9 300 en 2022.",
     [fact(61800, "61 800", counted="demandes"), fact(9300, "9 300", counted="réfugiés", as_of="2022")]),
    # the "de" of a change set inside a bracket after its verb is still the change's
    ("fr", "Les visas étudiants ont progressé (de 6,4 %) l'an passé.",
     [fact(6.4, "6,4 %", kind="percent", unit="%", counted="visas", change="increase")]),
]


@pytest.mark.parametrize("lang, text, expected", OTHER_LANGUAGES)
def test_fact_in_spanish_and_french(nlp, lang, text, expected):
    assert rows(nlp, text, lang) == expected


SPANISH = [
    # a change verb in the present, or with "un" before its figure; its subject is what changes
    ("Remesas en Bolivia suben 4,2 % en marzo.",
     [fact(4.2, "4,2 %", kind="percent", unit="%", counted="Remesas", change="increase")]),
    ("Los envíos aumentaron un 12 % y las solicitudes cayeron un 3 %.",
     [fact(12, "12 %", kind="percent", unit="%", counted="envíos", change="increase"),
      fact(3, "3 %", kind="percent", unit="%", counted="solicitudes", change="decrease")]),
    # a change in apposition after an amount counts what the amount is of ...
    ("Bolivia recibió 1.400 millones de dólares en remesas, con un aumento del 6 por ciento.",
     [fact(1400000000, "1.400 millones de dólares", kind="money", unit="USD"),
      fact(6, "6 por ciento", kind="percent", unit="%", counted="remesas", change="increase")]),
    ("En abril, el país captó 900 millones de dólares por concepto de remesas, un avance mensual de 2,5 %.",
     [fact(900000000, "900 millones de dólares", kind="money", unit="USD"),
      fact(2.5, "2,5 %", kind="percent", unit="%", counted="remesas", change="increase")]),
    # ... or the subject a linking verb joins to the amount, after an opening adverbial
    ("Durante 2021, las transferencias a Perú sumaron 3.100 millones de dólares, un alza del 8 %.",
     [fact(3100000000, "3.100 millones de dólares", kind="money", unit="USD", as_of="2021"),
      fact(8, "8 %", kind="percent", unit="%", counted="transferencias", change="increase", as_of="2021")]),
    # "por encima de" after a figure is a rise
    ("La remesa media se ubicó en 310 dólares, 1,2 % por encima de la del año anterior.",
     [fact(310, "310 dólares", kind="money", unit="USD"),
      fact(1.2, "1,2 %", kind="percent", unit="%", counted="remesa", change="increase")]),
    # a topic opener names the set of a clause with no subject
    ("En cuanto a las solicitudes de asilo, en 2020 cayeron un 30 %.",
     [fact(30, "30 %", kind="percent", unit="%", counted="solicitudes", change="decrease", as_of="2020")]),
    # a verb right after a figure is no noun
    ("Unos 5.000 llegan de la región andina.", [fact(5000, "Unos 5.000", qualifier="approximate")]),
    # a relative after a comma stands for the phrase just before it
    ("Dominan los peruanos (más de 12.000), con los bolivianos detrás, que suman más de 8.000.",
     [fact(12000, "más de 12.000", counted="peruanos", qualifier="at_least"),
      fact(8000, "más de 8.000", counted="bolivianos", qualifier="at_least")]),
    # figures in brackets after the places of a list count the set named before the places; a bare "del
    # total" counts the total, as the corpus labels it, and the shares listed after it too
    ("Después figuran los migrantes procedentes de Perú (1.200, el 30 % del total), Chile (800, el 20 %).",
     [fact(1200, "1.200", counted="migrantes"), fact(30, "30 %", kind="percent", unit="%", counted="total"),
      fact(800, "800", counted="migrantes"), fact(20, "20 %", kind="percent", unit="%", counted="total")]),
    # a part taken "de ellos" is what the copula after its share says; the share is of the whole
    ("En el país viven 2.000 extranjeros, y de ellos 500, el 25 %, son peruanos.",
     [fact(2000, "2.000 extranjeros", counted="extranjeros"), fact(500, "500", counted="peruanos"),
      fact(25, "25 %", kind="percent", unit="%", counted="extranjeros")]),
    # "X de personas" after a plain figure; parts "de las cuales" and "las demás" count the same set
    ("Llegaron 12.400 de personas, de las cuales casi 9 mil tienen visa, mientras que las demás (3 mil) no.",
     [fact(12400, "12.400 de personas", counted="personas"),
      fact(9000, "casi 9 mil", counted="personas", qualifier="approximate"), fact(3000, "3 mil", counted="personas")]),
    # a bare share "del total" counts the total; so do the shares listed after it
    ("España fue el principal destino de los envíos en 2020, con el 60% del total, seguida de Italia con el 10%.",
     [fact(60, "60%", kind="percent", unit="%", counted="total", as_of="2020"),
      fact(10, "10%", kind="percent", unit="%", counted="total", as_of="2020")]),
    ("En cuanto a los destinos, Chile ocupa el primer lugar con 2 millones de emigrantes (70 % del total).",
     [fact(2000000, "2 millones de emigrantes", counted="emigrantes"),
      fact(70, "70 %", kind="percent", unit="%", counted="total")]),
    # the years a share "has" are an age
    ("Cerca del 60 % del total tiene entre 20 y 39 años.",
     [fact(60, "Cerca del 60 %", kind="percent", unit="%", counted="total", qualifier="approximate"),
      fact(20, "entre 20 y 39 años", value_max=39, kind="other", unit="years old", counted="años")]),
    # bracketed shares listed after a share that names its whole are shares of that whole
    ("Las madres reciben el 40 % de las remesas, seguidas de los hermanos (20 %) y los hijos (9 %).",
     [fact(40, "40 %", kind="percent", unit="%", counted="remesas"),
      fact(20, "20 %", kind="percent", unit="%", counted="remesas"),
      fact(9, "9 %", kind="percent", unit="%", counted="remesas")]),
    # a change closing the clause of a count, with or without "un", is a change of its set
    ("En 2021 las fiscalías iniciaron 1,204 carpetas de investigación, 18.6 % más que en 2020.",
     [fact(1204, "1,204 carpetas", counted="carpetas", as_of="2021"),
      fact(18.6, "18.6 %", kind="percent", unit="%", counted="carpetas", change="increase", as_of="2021")]),
    # a change noun with its adjective is no subject: the change is of what the amount before is of
    ("Salieron del país remesas por 322 millones de dólares, lo que representó un aumento anual del 18.7 por ciento.",
     [fact(322000000, "322 millones de dólares", kind="money", unit="USD"),
      fact(18.7, "18.7 por ciento", kind="percent", unit="%", counted="remesas", change="increase")]),
    # a movement whose clause leaves its subject out counts the subject of the sentence before
    ("Según la oficina, las visas de trabajo crecen desde 2015. Ese año pasaron de 2636 a 5798, un salto del 120%.",
     [fact(2636, "2636", counted="visas"), fact(5798, "5798", counted="visas"),
      fact(120, "120%", kind="percent", unit="%", counted="visas", change="increase")]),
    # "al cierre del año" is the year's last day; "en lo corrido de" a year is as of that year
    ("Al cierre del año 2018 había en Chile 1.251.225 extranjeros.",
     [fact(1251225, "1.251.225 extranjeros", counted="extranjeros", as_of="2018-12-31")]),
    ("Y en lo corrido de 2019 se han registrado más de 455 mil salidas.",
     [fact(455000, "más de 455 mil salidas", counted="salidas", qualifier="at_least", as_of="2019")]),
    # "(de X a Y casos)" after a change: two levels, each as of its year, both counting cases
    ("Las visas aumentaron un 162% entre 2016 y 2017 (de 1.561 a 4.092 casos).",
     [fact(162, "162%", kind="percent", unit="%", counted="visas", change="increase", period=(2016, 2017)),
      fact(1561, "1.561", counted="casos", as_of="2016"), fact(4092, "4.092 casos", counted="casos", as_of="2017")]),
    # a figure in brackets right after a year is as of that year
    ("Es la tercera marca seguida tras las de 2022 (248.000) y 2021 (133.000).",
     [fact(248000, "248.000", as_of="2022"), fact(133000, "133.000", as_of="2021")]),
    # a share in an adverbial that opens its sentence counts the subject after the adverbial
    ("Con 31 por ciento, los bolivianos pasan a ser la primera comunidad.",
     [fact(31, "31 por ciento", kind="percent", unit="%", counted="bolivianos")]),
    # a change after a count is of the subject a linking verb joins to the count
    ("A 1 de enero de 2013, la población residente era de 46.704.314 habitantes, un 0,2% menos que en 2012.",
     [fact(46704314, "46.704.314 habitantes", counted="habitantes", as_of="2013-01-01"),
      fact(0.2, "0,2%", kind="percent", unit="%", counted="población", change="decrease", as_of="2013-01-01")]),
    # an adjective used as a noun stands for the noun it qualified before
    ("Las visas permanentes y temporales crecen. Y las permanentes aumentaron un 16%.",
     [fact(16, "16%", kind="percent", unit="%", counted="visas", change="increase")]),
    # qualifiers: "cercano a los", "estimada en", "un poco más de", "menor a"
    ("Un monto cercano a los 260 millones de dólares; la población, estimada en 7,6 millones de personas.",
     [fact(260000000, "cercano a los 260 millones de dólares", kind="money", unit="USD", qualifier="approximate"),
      fact(7600000, "estimada en 7,6 millones de personas", counted="personas", qualifier="approximate")]),
    ("Con un poco más de 357 mil registros, en un plazo menor a 15 días.",
     [fact(357000, "un poco más de 357 mil registros", counted="registros", qualifier="at_least"),
      fact(15, "menor a 15 días", kind="other", unit="day", counted="días", qualifier="at_most")]),
    # "un migrante sobre cuatro" is a share
    ("Un migrante sobre cuatro es menor de edad.",
     [fact(25, "Un migrante sobre cuatro", kind="percent", unit="%", counted="migrante")]),
    # a bare figure listed before a percentage is one too
    ("Los aumentos de las visas fueron del 121 y 142% respectivamente.",
     [fact(121, "121", kind="percent", unit="%", counted="visas", change="increase"),
      fact(142, "142%", kind="percent", unit="%", counted="visas", change="increase")]),
    # figures given "respectivamente" for as many years take them in order
    ("En 2016 y 2017, los aumentos de las visas fueron del 121 y 142% respectivamente.",
     [fact(121, "121", kind="percent", unit="%", counted="visas", change="increase", as_of="2016"),
      fact(142, "142%", kind="percent", unit="%", counted="visas", change="increase", as_of="2017")]),
    # "más" or "menos" after a count's noun makes it a change, unless the noun is compared ("más jóvenes")
    ("En tres meses se sumaron 85.851 migrantes más en el país, y 300 personas más jóvenes.",
     [fact(3, "tres meses", kind="other", unit="month", counted="meses"),
      fact(85851, "85.851 migrantes", counted="migrantes", change="increase"),
      fact(300, "300 personas", counted="personas")]),
    # a year between a change verb and its figure; a year between a count and the change after it
    ("La población extranjera aumentó en 2017 un 2,6 %.",
     [fact(2.6, "2,6 %", kind="percent", unit="%", counted="población", change="increase", as_of="2017")]),
    ("La población creció en 2017 en más de 2,9 millones de personas.",
     [fact(2900000, "más de 2,9 millones de personas", counted="personas", qualifier="at_least",
           change="increase", as_of="2017")]),
    ("España recibió 163.005 solicitudes de asilo en 2023, un 37 % más que el año anterior.",
     [fact(163005, "163.005 solicitudes", counted="solicitudes", as_of="2023"),
      fact(37, "37 %", kind="percent", unit="%", counted="solicitudes", change="increase", as_of="2023")]),
    # a rate is what a percentage measures ("la tasa de desempleo" -> tasa), and a change verb ends its phrase;
    # "(N % más que ...)" in a count's bracket changes that count
    ("La tasa de aprobación de solicitudes bajó al 21 %, frente al 24 % del año previo.",
     [fact(21, "21 %", kind="percent", unit="%", counted="tasa"),
      fact(24, "24 %", kind="percent", unit="%", counted="tasa")]),
    ("En 2023 se recibieron 12.980 solicitudes (32% más que en 2022).",
     [fact(12980, "12.980 solicitudes", counted="solicitudes", as_of="2023"),
      fact(32, "32%", kind="percent", unit="%", counted="solicitudes", change="increase", as_of="2023")]),
    # a change after an amount counts the subject a linking verb joins to it, past a year before the subject;
    # infinitives of the change verbs change too
    ("En 2022 las remesas superaron los US$9.120 millones, tras subir un 11,2 % frente a 2021.",
     [fact(9120000000, "superaron los US$9.120 millones", kind="money", unit="USD", qualifier="at_least", as_of="2022"),
      fact(11.2, "11,2 %", kind="percent", unit="%", counted="remesas", change="increase", as_of="2022")]),
    # a change "with" a count ("con un incremento del") is of the count's set
    ("En total suman 12.400 empadronados, con un incremento del 8,1% respecto del año anterior.",
     [fact(12400, "12.400 empadronados", counted="empadronados"),
      fact(8.1, "8,1%", kind="percent", unit="%", counted="empadronados", change="increase")]),
    # a verb ends the phrase "el número de" names ("experimentó")
    ("En 2019 el número de residentes inscritos experimentó un aumento neto de 12.000.",
     [fact(12000, "12.000", counted="residentes inscritos", change="increase", as_of="2019")]),
    # "superan los", "rebasaron las": at least; "cercana al": about
    ("Las remesas superan los US$2.310 millones y las llegadas rebasaron las 90 mil personas.",
     [fact(2310000000, "superan los US$2.310 millones", kind="money", unit="USD", qualifier="at_least"),
      fact(90000, "rebasaron las 90 mil personas", counted="personas", qualifier="at_least")]),
    ("Alcanzan una participación cercana al 4 % del PIB.",
     [fact(4, "cercana al 4 %", kind="percent", unit="%", counted="PIB", qualifier="approximate")]),
    # a person's "de N años" is an age, as "años de edad" after a range is; a span of time is not
    ("La víctima, de 31 años, y las mujeres de entre 20 y 25 años; en un periodo de 10 años.",
     [fact(31, "31 años", kind="other", unit="years old", counted="años"),
      fact(20, "entre 20 y 25 años", value_max=25, kind="other", unit="years old", counted="años"),
      fact(10, "10 años", kind="other", unit="year", counted="años")]),
    # compound tenses and participles of the change verbs; a movement's figures past an adverb and a currency
    ("Las solicitudes de refugio han disminuido un 12,5 % y las remesas habían crecido en 4 %.",
     [fact(12.5, "12,5 %", kind="percent", unit="%", counted="solicitudes", change="decrease"),
      fact(4, "4 %", kind="percent", unit="%", counted="remesas", change="increase")]),
    ("El envío medio ha pasado además de US$310 a US$352.",
     [fact(310, "US$310", kind="money", unit="USD"), fact(352, "US$352", kind="money", unit="USD")]),
    # a four-month part of a year dates its figures with the year
    ("El envío de remesas creció 8,1 % en el primer cuatrimestre de 2018.",
     [fact(8.1, "8,1 %", kind="percent", unit="%", counted="envío", change="increase", as_of="2018")]),
    ("Remesas crecen 8,1 % en primer trimestre de 2018",
     [fact(8.1, "8,1 %", kind="percent", unit="%", counted="Remesas", change="increase", as_of="2018")]),
    # "del total nacional" after a count is the count's set (a bare "del total" counts the total)
    ("La región registró 5.787 solicitudes, el 3,5 % del total nacional.",
     [fact(5787, "5.787 solicitudes", counted="solicitudes"),
      fact(3.5, "3,5 %", kind="percent", unit="%", counted="solicitudes")]),
    # a share "de ellos" opening a sentence is of the set the sentence before counted
    ("Este año se registraron 5.787 solicitantes. El 60 % de ellos es venezolano.",
     [fact(5787, "5.787 solicitantes", counted="solicitantes"),
      fact(60, "60 %", kind="percent", unit="%", counted="solicitantes")]),
    # the figure compared with ("por encima de los 380 dólares del mismo periodo de 2022") is as of its year;
    # the change is not ("frente al mismo periodo de 2022")
    ("La remesa media se ubicó en 382 dólares, 0.51 % por encima de los 380 dólares del mismo periodo de 2022.",
     [fact(382, "382 dólares", kind="money", unit="USD"),
      fact(0.51, "0.51 %", kind="percent", unit="%", counted="remesa", change="increase"),
      fact(380, "380 dólares", kind="money", unit="USD", as_of="2022")]),
    ("Honduras recibió 8,392.5 millones de dólares en remesas, con un aumento del 5.8 por ciento frente al mismo periodo de 2022.",
     [fact(8392500000, "8,392.5 millones de dólares", kind="money", unit="USD"),
      fact(5.8, "5.8 por ciento", kind="percent", unit="%", counted="remesas", change="increase")]),
    # a year after "desde que" is where a series starts, not the figure's date
    ("La OIM suma 1,457 desaparecidos, la cifra más alta desde que el proyecto comenzó a operar en 2014.",
     [fact(1457, "1,457 desaparecidos", counted="desaparecidos")]),
    # "el mismo mes de 2016" is the month the sentence names, in 2016
    ("En septiembre se enviaron 672.9 millones de dólares, 9,7% más que los 607.6 millones del mismo mes de 2016.",
     [fact(672900000, "672.9 millones de dólares", kind="money", unit="USD"),
      fact(9.7, "9,7%", kind="percent", unit="%", change="increase"),
      fact(607600000, "607.6 millones", kind="money", unit="USD", as_of="2016-09")]),
    # "desde el comienzo de este año 2023": so far in 2023
    ("Desde el comienzo de este año 2023 han cruzado la selva 400.000 personas.",
     [fact(400000, "400.000 personas", counted="personas", as_of="2023")]),
    # a dash after a full stop opens a list item: a sentence of its own, with its own date and subject
    ("Durante 2012 la población se redujo en 113.902 personas y quedó en 46.704.314 habitantes a 1 de enero "
     "de 2013. - El número de extranjeros bajó un 2,3%, hasta 5.118.112 residentes.",
     [fact(113902, "113.902 personas", counted="personas", change="decrease", as_of="2012"),
      fact(46704314, "46.704.314 habitantes", counted="habitantes", as_of="2013-01-01"),
      fact(2.3, "2,3%", kind="percent", unit="%", counted="extranjeros", change="decrease"),
      fact(5118112, "5.118.112 residentes", counted="residentes")]),
]


@pytest.mark.parametrize("text, expected", SPANISH)
def test_fact_in_spanish(nlp, text, expected):
    assert rows(nlp, text, "es") == expected


@pytest.mark.parametrize("text", TRAPS)
def test_not_a_fact(nlp, text):
    assert rows(nlp, text) == []


OTHER_TRAPS = [
    # a page's reading time
    ("fr", "Temps de lecture : 3 min."),
    ("fr", "Publié le 12 mars 2021 · 5 min de lecture"),
    # a postal code after a house number and its street
    ("fr", "Contact : 12 rue de la Paix, 75002 Paris."),
    # English page furniture in a French or Spanish page: its dates
    ("fr", "Source: UNHCR Posted: 19 Jun 2018 Originally published: 19 Jun 2018"),
    ("fr", "— Gérard Collomb (@gerardcollomb) January 16, 2018"),
    ("es", "Publicado: May 5, 2021"),
    # the minutes of a time of day; a decade
    ("fr", "Diffusé à 8 h 30, heure de l'Est."),
    ("fr", "Il faut remonter au début des années ‘40 ; depuis les années 70, la part a crû."),
    ("es", "Desde los años 90 la migración creció."),
    # a year and its footnote's number, run together
    ("fr", "Ce fut le cas en 20191."),
    # the number of a statistical office's fact sheet or map
    ("fr", "Insee Références, édition 2023 - Fiche 1.2 - Immigrés et descendants d'immigrés"),
    ("es", "Véase la ficha 3 y el mapa 2."),
    # the first of two days of one month
    ("fr", "Les 21 et 22 avril, les secours ont continué."),
    ("es", "Los días 21 y 22 de abril, la ayuda continuó."),
    # a press release's contacts: phone numbers, however many groups
    ("fr", "Joel Millman, OIM Genève, Tél. : +41 22 717 9486, Mobile : +41 79 103 8720"),
    ("fr", "Mobile : +41 79 103 8720"),
    # a heading's number before a dash
    ("fr", "Rapport\n\n1 - L’immigration mesurée par les premiers titres de séjour"),
]


@pytest.mark.parametrize("lang, text", OTHER_TRAPS)
def test_not_a_fact_in_spanish_and_french(nlp, lang, text):
    assert rows(nlp, text, lang) == []


def test_line_numbering_and_page_numbers_are_not_facts(nlp):
    text = "1. Introduction\n\n2) Methodology\n\n12\n\nThe ministry trained 40 officials."
    assert rows(nlp, text) == [fact(40, "40 officials", counted="officials")]


def test_running_headers_give_no_figure(nlp):
    """A report's title in capitals with its edition's year and the page number, at either edge
    of the line, set apart by wide spacing or after a page break."""
    text = ("WORLD MIGRATION REPORT 2020                          19\n\nSome 272 million people were migrants."
            "\n\f24                          WORLD MIGRATION REPORT 2022\n\nIn Vienna 19 Syrians were registered."
            " Its inward flows\f24 WORLD MIGRATION REPORT 2022\n\nwere large.")
    assert rows(nlp, text) == [
        fact(272000000, "Some 272 million people", counted="people", qualifier="approximate"),
        fact(19, "19 Syrians", counted="Syrians")]


def test_in_year_holds_for_its_clause_only(nlp):
    text = "In 2019 there were 300 arrivals; in 2020 there were 400 arrivals."
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(300, "2019"), (400, "2020")]


def test_the_end_of_a_period_is_no_reference_date(nlp):
    text = "There were 9,100 arrests from July 2022 to the end of 2023, compared with 6,200 a year before."
    assert [(f[0], f[7], f[8], f[9]) for f in rows(nlp, text)] == [(9100, 2022, 2023, None), (6200, 2022, 2023, None)]


@pytest.mark.parametrize(
    "text, dates",
    [
        ("In 2021\n\n58%\n\nof new arrivals were women\n", ["2021"]),
        ("Year ending June 2019:\n• 4,200 work visas\n• 1,900 study visas\n", ["2019-06", "2019-06"]),
        ("In the year ending June 2019 the visas granted were:\n• 4,200 for work\n• 1,900 for study\n",
         ["2019-06", "2019-06"]),
        ("The office is open daily.\n• 4,200 work visas were issued.\n", [None]),
        ("In 2021\n\nThe office opened.\n\n58% of new arrivals were women.\n", [None]),
    ],
)
def test_a_lead_line_dates_the_figures_below_it(nlp, text, dates):
    assert [f[9] for f in rows(nlp, text)] == dates


def test_headlines_run_together_date_their_own_lines(nlp):
    text = ("Transfers in the EU\nAmounts sent abroad down at €30.3 billion in 2016\n"
            "Amounts received at €9.9 bn\n\nIn 2016 the EU sent €30.3 billion.\n")
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(30300000000, "2016"), (9900000000, None), (30300000000, "2016")]


def test_a_headline_above_a_sentence_that_opens_with_a_date_is_not_dated_by_it(nlp):
    text = "More than half applied in Germany or Hungary\nIn the first quarter 2015, Germany registered 73,100.\n"
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(50, None), (73100, "2015")]


def test_the_lines_of_a_flattened_table_keep_their_own_dates(nlp):
    text = "Arrivals by sea 2019-20\n12,000 people arrived by sea.\nQ1 2014 4\n6 applicants\n"
    assert [(f[0], f[7], f[8], f[9]) for f in rows(nlp, text)] == [(12000, None, None, None), (4, None, None, None),
                                                                 (6, None, None, None)]


def test_items_after_a_bullet_keep_their_own_dates(nlp):
    text = "By the end of April 2024 the number had passed 120 million. • In 2023, 27.2 million people were forced to flee.\n"
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(120000000, "2024-04-30"), (27200000, "2023")]


def test_a_sentence_cut_by_a_running_header_keeps_its_date(nlp):
    text = ("In 2020, India and China stood well above the rest, with total inward remittances\n\n"
            "24                WORLD MIGRATION REPORT 2022\n\nexceeding $83 billion and $59 billion, respectively.\n")
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(83000000000, "2020"), (59000000000, "2020")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change verb in any of its forms
        ("Remittances are expected to grow by 7.8 percent in 2014.", [(7.8, "increase", "2014")]),
        ("The share falls 2% a year.", [(2, "decrease", None)]),
        # a fraction after a change verb is the change's share
        ("Applications fell by a third to 20,000.", [(33.33, "decrease", None), (20000, None, None)]),
        # a count in brackets after a change dated by a year is that year's level
        ("After a considerable fall in 2020 (417 100), their number rose again.", [(417100, None, "2020")]),
        # a net gain is a balance of two flows, no change
        ("A net migration gain of 128,500 was recorded in the June 2024 year.", [(128500, None, "2024-06")]),
        # a second change joined by "and by" is a change too
        ("Applications rose by 15% on the quarter before and by 85% on the same quarter of 2014.",
         [(15, "increase", None), (85, "increase", None)]),
        # "the 11 months to November 2023", as "the 12 months to": the span's length frames the figure, no fact
        ("Remittances rose 68 percent in the 11 months to November 2023.",
         [(68, "increase", "2023-11")]),
        # the years of a movement date its two figures, not a third; a clause after "when" takes the date before it
        ("The average remittance dropped by 4%, from $326 in 2011 to $313 in 2012.",
         [(4, "decrease", None), (326, None, "2011"), (313, None, "2012")]),
        ("In 2017 there were 164 million, 9.0 per cent more than in 2013, when they numbered 150 million.",
         [(164000000, None, "2017"), (9.0, "increase", "2017"), (150000000, None, "2013")]),
        # "the June 2024 year" ends in June 2024; "the first semester of 2018" is in 2018
        ("Net migration was 50,000 lower in the June 2024 year than the peak of 178,500 in the October 2023 year.",
         [(50000, "decrease", "2024-06"), (178500, None, "2023-10")]),
        ("Remittances reached US$15.8 billion in the first semester of 2018.", [(15800000000, None, "2018")]),
        # the time a part opens comparing with is the figure's before it, not the next figure's
        ("Students received 432,225 visas in the year ending June 2024, 13% fewer than a year earlier but still "
         "61% more than in 2019.", [(432225, None, "2024-06"), (13, "decrease", "2024-06"), (61, "increase", "2024-06")]),
        # the figure moved from is dated by the date just after it
        ("Net migration was +327,000 in the year ending March 2016, up from +292,000 in YE March 2015.",
         [(327000, "increase", "2016-03"), (292000, "increase", "2015-03")]),
    ],
)
def test_changes_and_the_dates_of_compared_figures(nlp, text, expected):
    assert [(f[0], f[6], f[9]) for f in rows(nlp, text)] == expected


def test_bare_change_verbs_after_to_and_will(nlp):
    text = "Remittances are expected to grow 4.6 per cent in 2018, while arrivals edged up 2% and departures were falling 3%."
    assert [(f[0], f[6]) for f in rows(nlp, text)] == [(4.6, "increase"), (2, "increase"), (3, "decrease")]


def test_a_figure_s_own_phrase_dates_it_over_a_date_for_the_sentence(nlp):
    text = "Of the 12,500 claims lodged in 2021, 40% were granted by the end of 2022."
    assert [(f[0], f[9]) for f in rows(nlp, text)] == [(12500, "2021"), (40, "2022-12-31")]


def test_a_figure_takes_the_last_period_given_before_it(nlp):
    text = "In 2019-20, 2,300 permits were issued, and in 2020-21, 2,900."
    assert [(f[0], f[7], f[8]) for f in rows(nlp, text)] == [(2300, 2019, 2020), (2900, 2020, 2021)]


def test_rupees_are_the_currency_of_the_country_the_text_names(nlp):
    texts = ["Nepal received Rs 1.1 trillion.", "Pakistan received Rs 310 billion.", "Kerala received Rs 1.5 lakh crore.",
             "Sri Lanka received Rs500 million."]
    assert [(f.value, f.unit) for t in texts for f in facts_in_text(t, nlp, "en")] == [
        (1.1e12, "NPR"), (3.1e11, "PKR"), (1.5e12, "INR"), (5e8, "LKR")]


def test_items_numbered_in_brackets_in_a_line_are_no_facts(nlp):
    text = "(1) Brazil 211,677 residents (7.2%) (2) Nepal 96,824 residents (3.3%)"
    assert [(f[0], f[4]) for f in rows(nlp, text)] == [(211677, "residents"), (7.2, "residents"), (96824, "residents"),
                                                      (3.3, "residents")]


def test_the_end_of_a_year_range_is_no_duration(nlp):
    assert [(f[0], f[2], f[9]) for f in rows(nlp, "Officers received 204 reports in the 2022-23 year.")] == [
        (204, "count", None)]


def test_a_line_that_wraps_after_a_number_keeps_its_fact(analyse):
    text = "Report\n\nIn 2021 the border police trained 283\nofficials on screening, under objective 5 and also objective 6\n"
    _, mentions, facts = analyse(text)
    assert [(f.value, f.counted) for f in facts] == [(283, "officials")]
    assert [m.objective for m in mentions] == [5, 6]


def test_an_objective_list_ends_at_the_line_break(analyse):
    _, mentions, facts = analyse("Report\n\nThis serves objectives 2 and 5\n12 officials were trained.\n")
    assert [m.objective for m in mentions] == [2, 5]
    assert [(f.value, f.counted) for f in facts] == [(12, "officials")]


def test_a_line_of_no_break_spaces_ends_a_paragraph(nlp):
    from pipeline.ingest import normalise_pages

    text = normalise_pages(["They counted about 25\n\u00a0\nofficials came later."])[0]
    assert text == "They counted about 25\n\nofficials came later."
    assert [(f.surface, f.counted) for f in facts_in_text(text, nlp)] == [("about 25", None)]


def test_offsets_slice_back_to_the_surface(nlp):
    text = "As of the end of 2020, about 2.6 million residents and 13 training sessions; 60cases."
    for f in facts_in_text(text, nlp):
        assert text[f.char_start:f.char_end] == f.surface


def test_a_paragraph_keeps_its_language_where_only_shared_words_point_elsewhere():
    from pipeline.read.extract import language_regions

    text = ("Les réfugiés et les demandeurs d'asile sont recensés dans le rapport.\n\n"
            "Au total, 70,8 millions de personnes déplacées de force, dont 25,9 millions de réfugiés "
            "et 3,5 millions de demandeurs d'asile.\n\n"
            "El informe de los refugiados y las personas desplazadas por la fuerza del mundo.\n")
    assert [(r.lang, text[r.start:r.start + 6]) for r in language_regions(text, "fr")] == [
        ("fr", "Les ré"), ("es", "El inf")]


def test_a_table_with_a_caption_counts_what_the_caption_names(nlp):
    text = ("Tableau n° 6 : premiers titres de séjour selon la décomposition officielle\n"
            "Motifs d'admission 2010 2019\n"
            "A. Économique 18 772 38 843\n")
    assert [(f.value, f.counted, f.as_of, f.surface) for f in facts_in_text(text, nlp, "fr")] == [
        (18772, "premiers titres de séjour", "2010", "18 772"), (38843, "premiers titres de séjour", "2019", "38 843")]


def test_a_row_of_a_place_counts_nothing_its_label_names(nlp):
    text = ("Asylum applications by citizenship\n\n"
            "Citizenship      2021      2022\n"
            "Syria          98,900   131,900\n"
            "First-time applicants   632,000   881,000\n")
    # the place's cells count what the title above the header's block names; a row of a group counts the group
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (98900, "Asylum applications", "2021"), (131900, "Asylum applications", "2022"),
        (632000, "First-time applicants", "2021"), (881000, "First-time applicants", "2022")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Population selon le lieu de naissance en 2021\n\nEffectif (en milliers) Part (en %)\n"
           "Nés en Arcadie 59 184 87,2\nNés à l'étranger 8 658 12,8\n"),
    ("en", "Population by place of birth in 2021\n\nNumber (in thousands) | Share (%)\n"
           "Nés en Arcadie | 59,184 | 87.2\nNés à l'étranger | 8,658 | 12.8\n"),
])
def test_a_header_of_units_scales_each_column_by_its_own(nlp, lang, text):
    """Columns named with their units in brackets: thousands in one, shares in the other; a
    plain space groups thousands, and the heading's year dates the rows."""
    assert [(f.value, f.kind, f.as_of) for f in facts_in_text(text, nlp, lang)] == [
        (59184000, "count", "2021"), (87.2, "percent", "2021"), (8658000, "count", "2021"), (12.8, "percent", "2021")]


def test_a_figure_in_percent_lists_shares_of_what_its_title_names(nlp):
    text = ("Figure 1 – Immigrés selon le pays de naissance en 2022\nen %\n"
            "Algérie 12,5\nMaroc 11,9\nPortugal 8,6\n\nSource : Insee.")
    assert [(f.value, f.kind, f.counted, f.as_of, f.surface) for f in facts_in_text(text, nlp, "fr")] == [
        (12.5, "percent", "Immigrés", "2022", "12,5"), (11.9, "percent", "Immigrés", "2022", "11,9"),
        (8.6, "percent", "Immigrés", "2022", "8,6")]


def test_a_row_that_names_a_group_counts_it_rather_than_the_caption(nlp):
    text = ("Figure 2 – Population immigrée et étrangère en 2022\nen milliers\n"
            "Immigrés 7 022\n dont : étrangers 4 488\n dont : Français par acquisition 2 534\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (7022000, "Immigrés", "2022"), (4488000, "étrangers", "2022"), (2534000, "Français par acquisition", "2022")]


def test_a_chart_s_values_under_its_years_count_what_its_title_names(nlp):
    text = ("Évolution de la demande de protection internationale\n2015 2016 2017\n80 075 85 726 100 412\n\n"
            "Demandes d'asile 2016 2017\n85 726 100 412\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (80075, "demande de protection internationale", "2015"), (85726, "demande de protection internationale", "2016"),
        (100412, "demande de protection internationale", "2017"), (85726, "Demandes d'asile", "2016"),
        (100412, "Demandes d'asile", "2017")]


def test_a_grouped_figure_after_a_year_alone_on_its_line_is_that_years(nlp):
    text = "POR AÑO\n\n2019 123,528\n\n2020 103,644\n\nEn 2009 3 4 5 pasaron.\n"
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")][:2] == [(123528, "2019"), (103644, "2020")]


def test_a_list_of_places_counts_what_its_lead_line_names(nlp):
    text = "Arrivées par pays :\n- Italie : 29 028\n- Grèce : 4 407\n- Espagne : 3 416\n"
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (29028, "Arrivées"), (4407, "Arrivées"), (3416, "Arrivées")]


def test_a_list_under_a_title_counts_what_the_one_count_of_its_lead_line_counts(nlp):
    text = ("Se contaron 1.830.214 habitantes, repartidos de este modo:\n\n  Resultados del censo  \n"
            "  Buenos Aires   495.107  \n  Santa    Fe   89.117  \n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (1830214, "habitantes"), (495107, "habitantes"), (89117, "habitantes")]


def test_a_table_with_a_change_column_keeps_its_spaced_figures(nlp):
    text = ("Demandes d'asile 2016 2017 Évolution\n"
            "Premières demandes 63 935 73 802 +15,4 %\n"
            "Total 85 726 100 412 +17,1 %\n")
    assert [(f.value, f.kind, f.change, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (63935, "count", None, "2016"), (73802, "count", None, "2017"), (15.4, "percent", "increase", None),
        (85726, "count", None, "2016"), (100412, "count", None, "2017"), (17.1, "percent", "increase", None)]


def test_items_numbered_in_a_sentence_are_no_facts(nlp):
    text = "Les premiers pays de provenance sont : 1. Albanie (7 630) ; 2. Afghanistan (5 987)."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [7630, 5987]


def test_a_flattened_chart_counts_what_its_title_names(nlp):
    text = ("Evolución de la población de España (2001-2013) 48.000.000 47.000.000 46.239.271 46.667.175 "
            "46.000.000 45.668.938 45.000.000 2003 2002 2001 44.000.000 Año\n")
    assert [(f.value, f.counted, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "es")] == [
        (46239271, "población de España", 2001, 2013), (46667175, "población de España", 2001, 2013),
        (45668938, "población de España", 2001, 2013)]


COUNTED_IN_CONTEXT = [
    # a subject's hyphenated words stay whole
    ("The unemployment rate for foreign-born workers was 5.6 per cent.", [(5.6, "foreign-born workers")]),
    # a bare count takes the set named last in its sentence; a share restating it, the same set
    ("Applicants were registered in Germany (73 100 applicants, or 40% of all applicants) and Hungary (32 800, or 18%).",
     [(73100, "applicants"), (40, "applicants"), (32800, "applicants"), (18, "applicants")]),
    # a sentence of bare counts and their shares continues the set of the sentence before
    ("Most claims came from Syrians (29 100 applicants). They were followed by Italy (15 200, or 8%) and France (14 800).",
     [(29100, "applicants"), (15200, "applicants"), (8, "applicants"), (14800, "applicants")]),
    # "or 39.4% of the residents" names its own set
    ("Natural increase added 153,775 people or 39.4% of the residents.", [(153775, "people"), (39.4, "residents")]),
    # a head is a noun, not an adverb or a verb of speech
    ("Health and care worker visas dropped sharply (-65%) compared with the previous year.", [(65, "care worker visas")]),
    ("The Home Office said this was 35 per cent more than a year ago.", [(35, None)]),
    ("He said 70 per cent of them are women, and over 60 per cent of these work in services.", [(70, None), (60, None)]),
    ("The number of workers who worked abroad was estimated at 2.2 million.", [(2200000, "workers")]),
    ("In six of the past eight years, arrests rose.", [(6, "years")]),
    # a share in brackets takes the set after its bracket, or opening a sentence, the share before
    ("Young migrants made up 38% (30,700) of the 80,200 migrant departures.",
     [(38, "migrant departures"), (30700, "migrant departures"), (80200, "migrant departures")]),
    ("The majority (84 percent) of foreign-born residents spoke a second language.", [(84, "foreign-born residents")]),
    ("More than half of foreign-born people (53 percent) were born abroad. Most (56 percent) lived in cities.",
     [(50, "foreign-born people"), (53, "foreign-born people"), (56, "foreign-born people")]),
    # a figure given for a place counts the subject of its clause, or the set an opening "among" names
    ("The statistics show that, for Summer 2022, weekly flights to the Gulf numbered 49 for Saudi Arabia and 22 for Qatar.",
     [(49, "weekly flights"), (22, "weekly flights")]),
    ("Most of the returning Indian workers came from the United Arab Emirates (330,058), ahead of Qatar (51,190).",
     [(330058, "returning Indian workers"), (51190, "returning Indian workers")]),
    ("In 2016, the highest shares of inflows from other Member States were recorded in Slovakia (99%) and Poland (88%).",
     [(99, "inflows"), (88, "inflows")]),
    ("Most returns were from Saudi Arabia (12,300), Kuwait (5,200) and Qatar (3,400).",
     [(12300, "returns"), (5200, "returns"), (3400, "returns")]),
    ("Among the returnees so far, Edo State has 533, followed by Delta State with 128.",
     [(533, "returnees"), (128, "returnees")]),
    # a share of a part "among" a set is a share of the set
    ("The share of men among migrant workers rose from 56 per cent to 58 per cent.",
     [(56, "migrant workers"), (58, "migrant workers")]),
    ("Immigration was driven by non-EU nationals (up 379,000 to 704,000).", [(379000, "non-EU nationals"), (704000, "non-EU nationals")]),
    ("Provisional estimates of migrant departures were up 6,500 to 94,100.",
     [(6500, "migrant departures"), (94100, "migrant departures")]),
    ("The share of female OFWs in 2019 was 56 percent.", [(56, "female OFWs")]),
    ("From January to May, OFWs sent a total of $13.2 billion, 4.4% higher year-on-year.",
     [(13200000000, "USD"), (4.4, None)]),
    ("So far, however, only 1,725 of those arrested have been deported.", [(1725, None)]),
    ("The 12.8 percent growth in remittances from the United States was the largest.", [(12.8, "remittances")]),
    ("The total of an estimated 281 million people living abroad in 2020 was 128 million more than in 1990.",
     [(281000000, "people"), (128000000, "people")]),
    ("Michoacán received almost 10% of the total.", [(10, "total")]),
    # "$" in Canadian text is the Canadian dollar
    ("Statistics Canada: the median wage of immigrants in Canada reached $30,100.", [(30100, "CAD")]),
    ("The median wage of immigrants reached $30,100.", [(30100, "USD")]),
    # a change after an amount of money counts the subject of its clause
    ("According to the Central Bank, remittances came to $4.2 billion in 2023, 4.2 percent more than in 2022.",
     [(4200000000, "USD"), (4.2, "remittances")]),
    ("The bank recorded $71.6 million in transfers in 2012, 2.52% more than a year earlier.",
     [(71600000, "USD"), (2.52, None)]),
    ("Kenya's diaspora remittances hit a record $4.19 billion in 2023, up 3.8%.",
     [(4190000000, "USD"), (3.8, "diaspora remittances")]),
    # a line opening "Of the <set>," names the set its figures count, past the set's own size
    ("Of the 164 million migrant workers, approximately 111.2 million (67.9 per cent) live in high-income countries.",
     [(164000000, "migrant workers"), (111200000, "migrant workers"), (67.9, "migrant workers")]),
    # a share beside a share "among" a set is a share of the same set
    ("The share of men among migrant workers rose to 58 per cent, while the share of women fell to 42 per cent.",
     [(58, "migrant workers"), (42, "migrant workers")]),
    ("The share of women rose to 40 percent.", [(40, "women")]),
    # the subject before a participle whose clause runs over "and"
    ("OFWs working as plant and machine operators and assemblers made up 12.2 percent; technicians, 8.7 percent.",
     [(12.2, "OFWs"), (8.7, "OFWs")]),
    ("Nurses and doctors made up 12 percent.", [(12, "doctors")]),
    # "an 85 percent decrease" closing a count's clause changes what the count counts
    ("Over 17,000 aliens entered the United States as new arrivals, an 85 percent decrease from 2019.",
     [(17000, "aliens"), (85, "aliens")]),
    ("Emigration was estimated at 557,000, an increase of 8% compared with 2021.", [(557000, "Emigration"), (8, "Emigration")]),
    ("The Authority received 412 complaints in 2021, an increase of 9% on the previous year.",
     [(412, "complaints"), (9, "complaints")]),
    ("The bank recorded 412 transfers in 2021 and 2022, an increase of 9% on 2020.", [(412, "transfers"), (9, None)]),
    ("In 2017 there were 164 million migrant workers worldwide, 9.0 per cent more than in 2013.",
     [(164000000, "migrant workers"), (9, "migrant workers")]),
    # two complements of one "of" are one subject; a figure in brackets after "the number of X" counts X
    ("Reports of forced labour and servitude to the inspectorate rose by 9% in 2022.", [(9, "Reports")]),
    ("Qatar drew the largest number of Bangladeshis (12,410) with new contracts.", [(12410, "Bangladeshis")]),
    ("Officers received 204 reports of fraud and abuse in the 2022-23 financial year, up 8 per cent from 189 reports.",
     [(204, "reports"), (8, "reports"), (189, "reports")]),
    # a bare figure listed before one that names its noun counts that noun, whatever stood before it; a change
    # restated after "or" ("or reductions of 41% and 38%") is of the same set
    ("May and June saw falls to 3,120 and 2,980 new claims, or reductions of 41% and 38% on the peak.",
     [(3120, "new claims"), (2980, "new claims"), (41, "new claims"), (38, "new claims")]),
    # what a change noun after a figure measures; a subject opened by an adverb and a participle
    ("There was a 9 per cent jump in remittances in 2018.", [(9, "remittances")]),
    ("The agency recorded a 12% year-on-year rise in asylum claims.", [(12, "asylum claims")]),
    ("Officially recorded remittance flows are estimated to have reached $351 billion in 2011, up 8 percent over 2010.",
     [(351000000000, "USD"), (8, "remittance flows")]),
    # an adverb of period between a change and the level it reached
    ("Returns dropped 12 per cent year-on-year to 8,400.", [(12, "Returns"), (8400, "Returns")]),
    # however long the count's clause, "N% fewer than" after its comma changes the same set
    ("Inspectors logged 2,316 visits to farms across the northern districts in 2023, 18% fewer than in 2022 and 4% "
     "fewer than in 2021.", [(2316, "visits"), (18, "visits"), (4, "visits")]),
    ("The bank recorded 71.6 million transfers in its branches in the north, 2.5% more than a year earlier.",
     [(71600000, "transfers"), (2.5, "transfers")]),
    ("In 2023, 1,048,900 first-time asylum applicants (non-EU citizens) applied for protection, up by 20% on 2022.",
     [(1048900, "first-time asylum applicants"), (20, "first-time asylum applicants")]),
    ("Immigration: 1.2 million (up 20%)", [(1200000, "Immigration"), (20, "Immigration")]),
    ("Emigration – 508,000, down 4%", [(508000, "Emigration"), (4, "Emigration")]),
    ("Long-term immigration to the UK reached 1.2 million in the year to June 2023, up 19% on the previous year.",
     [(1200000, "Long-term immigration"), (19, "Long-term immigration")]),
    ("78 for the UAE", [(78, None)]),
    ("Weekly flights to the Gulf numbered 78 for the UAE.", [(78, "Weekly flights")]),
    ("The number of Overseas Filipino Workers (OFWs) was 2.2 million.", [(2200000, "OFWs")]),
    ("Total Number of OFWs Estimated at 2.2 Million", [(2200000, "OFWs")]),
    ("As many as 28,000 migrants have died since 2014, 1,143 of them children.",
     [(28000, "migrants"), (1143, "children")]),
    ("Some 40,000 people, half of them children, crossed.", [(40000, "people"), (50, "children")]),
    ("Some 29,578 migrants crossed, above last year's annual total of 29,437.", [(29578, "migrants"), (29437, "total")]),
    ("Kuwait employs Sri Lankans, with a workforce of around 225,000.", [(225000, "workforce")]),
    ("Over 2 million applications were lodged, above the previous record of 1.7 million.",
     [(2000000, "applications"), (1700000, "applications")]),
    ("It obtained 20 convictions, or 74.07 per cent of all such convictions.", [(20, "convictions"), (74.07, "convictions")]),
    ("Acquisitions of citizenship also reached a new high in 2022, at 2.8 million.", [(2800000, "Acquisitions")]),
    # a subject with a participle and its agents: the noun before the participle
    ("Cash sent by land-based workers ($1.9 billion) and by sea-based workers ($0.5 billion) grew by 5.3% and 13.2%.",
     [(1900000000, "USD"), (500000000, "USD"), (5.3, "Cash"), (13.2, "Cash")]),
    ("Funds transferred by migrants through banks and by mobile money operators rose 8 percent.", [(8, "Funds")]),
    ("Irregular arrivals by sea rose 4 percent.", [(4, "Irregular arrivals")]),
    ("Cash remittances sent by land-based workers and sea-based workers increased by 2.5 percent and 3.4 percent.",
     [(2.5, "Cash remittances"), (3.4, "Cash remittances")]),
    # verbs in the present and bare infinitives link a subject to its figure
    ("Sub-Saharan Africa saw remittances grow by 6.1 percent.", [(6.1, "Africa saw remittances")]),
    ("Arrivals doubled to 12,000.", [(2, "times"), (12000, "Arrivals")]),
    ("Net migration gain eases to 73,300", [(73300, "Net migration gain")]),
    ("The Border Police detected 18,935 irregular crossings, which represents a decrease of 27% compared with 2019.",
     [(18935, "irregular crossings"), (27, "irregular crossings")]),
    # "those from ..." stands for the sentence's first subject, where it changes
    ("Remittances from land-based workers increased by 2.5 percent, and those from sea-based workers and workers "
     "on short-term contracts went up by 3.4 percent.", [(2.5, "Remittances"), (3.4, "Remittances")]),
    ("In 2022, arrivals by sea fell by 5 percent, while those by land rose by 3 percent.", [(5, "arrivals"), (3, "arrivals")]),
    ("Applicants from Türkiye made up 9% of the EU total, while those from Venezuela each represented 6%.",
     [(9, "EU total"), (6, "EU total")]),
    # ", which" stands for the phrase before its comma, after the verb or figure before it
    ("Growth was driven by inflows from the US, which rose 5.6 percent.", [(5.6, "inflows")]),
    ("Remittances from the U.A.E., Qatar and Oman, which grew by 23.7 percent, led.", [(23.7, "Remittances")]),
    # a causative verb's object is what reaches the figure
    ("This brings total arrivals to 12,000 this year.", [(12000, "arrivals")]),
    ("This took remittance inflows for the first two months of the year to a total of US$4.8 billion, a 5.9 percent "
     "growth on the previous year's level.", [(4800000000, "USD"), (5.9, "remittance inflows")]),
    # a list of places modifies the subject
    ("Arrivals to Greece, Italy and Spain dropped by 20%.", [(20, "Arrivals")]),
    ("Remittances from the U.A.E., Qatar and Oman grew by 23.7 percent.", [(23.7, "Remittances")]),
    ("Germany, France and Italy received 60%.", [(60, None)]),
    # a share that names no set, in a sentence whose share before named one, is of that set
    ("More than three-fourths of the cash remittances (at US$1.7 billion) came from land-based workers, while less "
     "than a quarter (at US$0.5 billion) came from sea-based workers.",
     [(75, "cash remittances"), (1700000000, "USD"), (25, "cash remittances"), (500000000, "USD")]),
    ("Some 60 percent of OFWs were women. About 18 percent worked as service workers.",
     [(60, "OFWs"), (18, "OFWs")]),
    # a share set off by commas after the phrase it measures
    ("The bulk of remittances, 78 percent, came from land-based workers.", [(78, "remittances")]),
    ("The majority of refugees, 52 percent, were children.", [(52, "refugees")]),
    ("In 2020, 52 percent, were children.", [(52, None)]),
    # a bracketed share after a measure with no "of" is the subject's
    ("Asian migrants represented the largest share (41%).", [(41, "Asian migrants")]),
    ("The largest share (41%) went to Asia.", [(41, None)]),
    # a measure counts what it is of, not where it goes
    ("Flows to Mexico, the largest recipient in the region, grew 11 percent.", [(11, "Flows")]),
    ("Growth in remittances to South Asia slowed to 3.5 percent.", [(3.5, "remittances")]),
    ("The daily average of encounters was 4,400.", [(4400, "encounters")]),
    # a subject whose modifiers hold a figure or a list: the noun before its first preposition
    ("In 2017, personal remittances from workers with contracts of one year or more rose by 9.1 percent, while "
     "transfers from sea-based and land-based workers with contracts of less than one year fell by 5.0 percent.",
     [(1, "year"), (9.1, "personal remittances"), (1, "year"), (5, "transfers")]),
    ("Arrivals of children under 5 or 6 rose by 12 percent.", [(5, None), (6, None), (12, "Arrivals")]),
    ("Irregular border crossings into the EU via the Central Mediterranean route in 2023 were 157,000.",
     [(157000, "Irregular border crossings")]),
    ("Unaccompanied minors arriving in Italy by sea in 2016 numbered 25,846.", [(25846, "Unaccompanied minors")]),
    ("The stock of emigrants from Mexico in 2019 was 11 million.", [(11000000, "emigrants")]),
    ("Total immigration to the UK in the year ending June 2022 was 1.1 million.", [(1100000, "immigration")]),
    ("The bank recorded transfers of one year or more, rising by 4 percent.", [(1, "year"), (4, "transfers")]),
    # the level a subject reaches after its change
    ("Asylum applications in Germany fell by 18 percent to 190,000.",
     [(18, "Asylum applications"), (190000, "Asylum applications")]),
    ("Visas issued to skilled workers were up 63% at 57,000.", [(63, "Visas"), (57000, "Visas")]),
    ("Japan's foreign resident population stood at a record 2.96 million.", [(2960000, "foreign resident population")]),
    ("The level of net migration remained high at 672,000.", [(672000, "net migration")]),
    ("Returns reached a new monthly high of 3,400.", [(3400, "Returns")]),
    ("Asylum applications reached a total of 966,000.", [(966000, "Asylum applications")]),
    ("Annual migrant departures of New Zealand citizens hit a record high of 80,200.",
     [(80200, "Annual migrant departures")]),
    ("Net migration was broadly unchanged at 606,000.", [(606000, "Net migration")]),
    ("Net migration of EU nationals was -51,000.", [(51000, "Net migration")]),
    ("Resettlement departures in 2022 were the highest in a decade, at 58,000.", [(58000, "Resettlement departures")]),
    # the set an opening "among" names, with or without a determiner; not a demonstrative's
    ("Among foreign-born workers, 62 percent were employed.", [(62, "foreign-born workers")]),
    ("Among the foreign-born workers, 62 percent were employed.", [(62, "foreign-born workers")]),
    ("Among these, 62 percent were employed.", [(62, None)]),
    ("Among other things, 62 percent were employed.", [(62, None)]),
    ("Among OFWs, remittances grew 3 percent.", [(3, "remittances")]),
    # ", however," stands aside: the subject is before it
    ("Personal remittances in June (at US$2.6 billion), however, were 4.9 percent below their level a year ago.",
     [(2600000000, "USD"), (4.9, "Personal remittances")]),
    ("So far, however, only 1,725 of those arrested have been deported.", [(1725, None)]),
    ("The highest numbers of applicants were registered in Germany (73 100) and Hungary (32 800).",
     [(73100, "applicants"), (32800, "applicants")]),
    # a share "of them" past its bracketed restatement and other figures is of the sentence's last count
    ("Students received 432,225 study visas in 2024, 13% fewer than a year earlier. Two-thirds (65%) of them were "
     "for master's courses.",
     [(432225, "study visas"), (13, "study visas"), (66.67, "study visas"), (65, "study visas")]),
    ("Dependants of workers received 260,392 visas in the year ending June 2024, 69% of which went to dependants of "
     "care workers.", [(260392, "visas"), (69, "visas")]),
    # a figure after ", of which" is a part of the set named before the comma
    ("Among the notable falls were 'Health and Care Worker' visas, of which 89,095 were issued to main applicants.",
     [(89095, "visas")]),
    # a count after an opening set is of the noun after its copula; a share, of the set
    ("Of the 112 rescued, 30 were children.", [(112, None), (30, "children")]),
    ("Among migrants, 40 percent were women.", [(40, "migrants")]),
    ("Of the total, 4,200 (35%) were women.", [(4200, "women"), (35, "total")]),
    ("Of the 1.2 million people who immigrated, 968,000 were non-EU nationals.",
     [(1200000, "people"), (968000, "non-EU nationals")]),
    # a dotted abbreviation modifies the noun after it
    ("Immigrants are 13.7 percent of the U.S. population.", [(13.7, "U.S. population")]),
    ("There were 5,000 U.S. citizens.", [(5000, "U.S. citizens")]),
    # a list of a noun's modifiers; "N percent more" of a noun
    ("The boat carried 120 Eritrean, Sudanese and Somali migrants.", [(120, "Eritrean, Sudanese and Somali migrants")]),
    ("It hosts 1,200 Syrians, Iraqis and Afghans.", [(1200, "Syrians")]),
    ("At least 25 percent more migrants arrived.", [(25, "migrants")]),
    # "N-strong X" counts X; a collective noun before a plural modifies it
    ("A 5,000-strong workforce arrived.", [(5000, "workforce")]),
    ("The agency deployed about 40 staff members and 300 police officers.",
     [(40, "staff members"), (300, "police officers")]),
    ("Some 200 staff attended.", [(200, "staff")]),
    ("Their number has risen for 3 consecutive years.", [(3, "years")]),
    # a verb ends the phrase; a determiner makes a noun of a word with a verb's ending
    ("Over 80% of the funding went to reception.", [(80, "funding")]),
    ("About 40% of the trafficking cases involved children.", [(40, "trafficking cases")]),
    ("Over 40 percent of Nepal's GDP comes from remittances.", [(40, "GDP")]),
    ("Some 2,000 migrant lives were lost.", [(2000, "migrant lives")]),
    # a share compared with one given "for" a group names its own group with the same word
    ("The grant rate for Eritreans was 88%, compared with 9% for Albanians.", [(88, "Eritreans"), (9, "Albanians")]),
    # a clause without its verb that keeps "for" gives a share of the set the share before named
    ("Men accounted for 61 per cent of the caseload, women for 39 per cent.", [(61, "caseload"), (39, "caseload")]),
    # a people named in -i is plural: the phrase ends there, before its verb
    ("About 1,800 Bangladeshis leave for work abroad each day.", [(1800, "Bangladeshis")]),
    ("The analysis covers 40 countries.", [(40, "countries")]),
    # an opening set with a spelled number counts its noun, not the word before the number
    ("Of the top six sectors, 41% were in services.", [(6, "sectors"), (41, "sectors")]),
    # a change beside a count in its bracket is the count's change
    ("Of the top ten origins, the largest rises were for Peru (52,300 people; up 9.4%).",
     [(10, "origins"), (52300, "people"), (9.4, "people")]),
    # a ratio's bracketed share followed by a verb names no noun after it: the set named before is meant
    ("Most (62 percent) of recent arrivals rented their home, and among those who did, about one in four "
     "(26 percent) spoke Tagalog at work.",
     [(62, "recent arrivals"), (25, "recent arrivals"), (26, "recent arrivals")]),
    # a share after an opening "Of the X ..., " whose words hold a year is a share of X
    ("Of the 38,200 refugees resettled in 2021, 46% were children.", [(38200, "refugees"), (46, "refugees")]),
    # "the highest number of X with N": the place's figure counts X
    ("Borno recorded the largest number of deportees with 418, followed by Kogi with 96.",
     [(418, "deportees"), (96, "deportees")]),
    # figures bracketed after the places a subject went to count the subject
    ("Most nurses went to Kuwait (3,400), Oman (1,900) and Bahrain (700).",
     [(3400, "nurses"), (1900, "nurses"), (700, "nurses")]),
    # the items of a list after the same word count the noun its first item named, not the sentence's subject
    ("The top origins were Eritrea with 2,950 claimants, Sudan with 2,410 and Iran with 1,080.",
     [(2950, "claimants"), (2410, "claimants"), (1080, "claimants")]),
    # a figure word as the subject counts itself, as the corpora label it
    ("The figure was up 14% on a year earlier.", [(14, "figure")]),
    ("The figures for 2022 rose by 6%.", [(6, "figures")]),
    # a change verb parted from its "by" by an aside of place or time: the change is the subject's
    ("Returns climbed in 2023 by 8%.", [(8, "Returns")]),
    ("Claims dropped sharply in the third quarter by 15%.", [(15, "Claims")]),
    # a bracketed change after a name a preposition of place opens is the subject's, not the place's
    ("Departures climbed in Eastvale (+6%) and in Northmoor and Brindle (+2% each).",
     [(6, "Departures"), (2, "Departures")]),
    ("In 2021, claims fell in Westmark (-3%).", [(3, "claims")]),
    # shares listed before the one a noun is "of" are shares of that noun too
    ("Net migration accounted for 61% and 68% of their population growth.",
     [(61, "population growth"), (68, "population growth")]),
    ("Refugees made up 9%, 11% and 14% of the caseload.", [(9, "caseload"), (11, "caseload"), (14, "caseload")]),
    ("Arrivals rose 4% and 7% of the claims were refused.", [(4, "Arrivals"), (7, "claims")]),
    # a period's label before the noun of a share is no noun: the noun after it is counted
    ("Forty-four percent of FY 2022 Q1 admissions came from Africa.", [(44, "admissions")]),
    ("About 15% of FY2018 arrivals were minors.", [(15, "arrivals")]),
    ("Some 27% of the FY21 caseload was closed.", [(27, "caseload")]),
    ("Nearly 30% of March 2022 applicants were women.", [(30, "applicants")]),
    # a share of a measure ("growth", "increase") counts the measure
    ("Migration accounted for 60% of Canada's population growth.", [(60, "population growth")]),
    ("Natural increase added 153,775 people or 39.4% of the increase.", [(153775, "people"), (39.4, "increase")]),
    # a key figure whose colon or dash says what it is a number or share of
    ("412 million: the estimated number of seasonal workers in the region", [(412000000, "seasonal workers")]),
    ("7.2% – the share of returnees in the district's population", [(7.2, "returnees")]),
    # what a report or a minister says has a subject of its own
    ("The agency said returnees mostly went to Nicaragua (4,120), followed by Panama (2,060).",
     [(4120, "returnees"), (2060, "returnees")]),
    ("The bureau says arrivals reached 8,400 in May.", [(8400, "arrivals")]),
    # the levels a change moved between are levels of what changed
    ("Net emigration was down by 18 per cent, from 22,100 to 18,100.",
     [(18, "Net emigration"), (22100, "Net emigration"), (18100, "Net emigration")]),
    # a change after "and" that repeats the frame of the change before it measures the same thing
    ("Last month's transfers were 18.4 percent higher than January's $2.1 billion and 6.2 percent higher than "
     "$2.5 billion a year before.", [(18.4, "transfers"), (2100000000, "USD"), (6.2, "transfers"), (2500000000, "USD")]),
]


def test_a_change_that_repeats_the_frame_before_it_is_a_change_too(nlp):
    text = "Visits rose 9 percent on the month and 41 percent on the year, while 5% of them were by night."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(9, "increase"), (41, "increase"), (5, None)]
    text = "Las visitas crecieron un 9 % en el mes y un 41 % en el año."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(9, "increase"), (41, "increase")]


def test_so_many_of_every_hundred_is_a_share_and_millions_and_thousands_one_figure(nlp):
    text = "Nearly 14 of every 100 residents were born abroad; 3 million 412 thousand transfers were sent."
    assert [(f.value, f.kind, f.counted, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [
        (14, "percent", "residents", "approximate"), (3412000, "count", "transfers", None)]


def test_a_list_of_places_counts_the_set_its_first_line_names(nlp):
    text = ("Retornos por país de origen, enero a junio:\n\nNicaragua: 4 mil personas (41%)\n\n"
            "Honduras: 3 mil (30%)\n\nCosta Rica: 950\n\nBrasil y Chile: 120 cada uno\n\n"
            "Departamento | Cantidad de solicitudes |\nAntioquia | 12.400 |\nNorte de Santander | 9.800 |\nNariño | 2.150 |\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (4000, "personas"), (41, "personas"), (3000, "personas"), (30, "personas"), (950, "personas"),
        (120, "personas"), (12400, "solicitudes"), (9800, "solicitudes"), (2150, "solicitudes")]


def test_a_key_figure_counts_what_the_line_under_it_names(nlp):
    text = "69%\n\nof international migrants were migrant workers\n\n169 million\n\nmigrant workers globally\n"
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (69, "international migrants"), (169000000, "migrant workers")]


@pytest.mark.parametrize("text, expected", COUNTED_IN_CONTEXT)
def test_counted_in_context(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 48 200 residents were foreign nationals at the beginning of 2019.", [(48200, "2019-01-01")]),
    ("At the start of March 2024 the camp held 3,100 people.", [(3100, "2024-03-01")]),
    ("As per 1 July 2020, migrants made up 9.4 per cent of the workforce.", [(9.4, "2020-07-01")]),
    ("About 2,150 people have crossed since the start of 2024.", [(2150, None)]),
    # "the close of" a year is its end; "(2019: 1,400)" labels a figure with its year
    ("By the close of 2022, the shelters housed 5,400 people.", [(5400, "2022-12-31")]),
    ("Returns stayed low in 2021, at 1,250 (2020: 1,400).", [(1250, "2021"), (1400, "2020")]),
    # a year and its "when" clause date the figures of the clause
    ("It was the most since 2011, when the office returned 4,090 people.", [(4090, "2011")]),
    ("Arrivals follow a record 2019, when transfers reached US$2.3bn.", [(2300000000, "2019")]),
    # "more than" before a figure with a currency code qualifies it and compares nothing
    ("In 2021 transfers came to more than US$1.7bn.", [(1700000000, "2021")]),
    # a bracket that opens on a year and a dash dates its share, which is no end of a range of years
    ("In 2010 49% of migrants came from the EU (in 2009 – 55%).", [(49, "2010"), (55, "2009")]),
    # the date after a movement's first figure is that figure's only
    ("In 2019, arrivals rose from 12,000 in 2018 to 15,000.", [(12000, "2018"), (15000, "2019")]),
    ("The rate dropped from 2.1% in December 2017 to 0.5%, whereas for others it rose from 4.4% to 4.7%.",
     [(2.1, "2017-12"), (0.5, None), (4.4, None), (4.7, None)]),
    # a figure right after a year and a colon is that year's; a full date before the colon keeps its day
    ("Migration drove the population growth of 2022: 21,798 persons.", [(21798, "2022")]),
    ("The country had 46,659,302 inhabitants on 1 January 2018: 132,263 more than a year before.",
     [(46659302, "2018-01-01"), (132263, "2018-01-01")]),
    # a quarter written with an ordinal in figures gives its year
    ("The population at the close of the 3rd quarter 2016 stood at 337,610.", [(337610, "2016")]),
])
def test_dates_of_a_start_of_a_year_and_of_a_when_clause(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_figure_labelled_with_its_year_in_brackets_is_of_that_year(nlp):
    text = "Les demandes ont nettement augmenté depuis (2009 : 4'120 dossiers)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(4120, "2009")]


def test_a_line_of_a_list_labelled_by_its_year_is_as_of_that_year(nlp):
    text = "Returns by year:\n\n2025 (to October): 3,200\n\n2024: 6,435\n\nIn 2023 they rose 4% to 5,100.\n"
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (3200, "2025"), (6435, "2024"), (4, "2023"), (5100, "2023")]


@pytest.mark.parametrize("lang, text, expected", [
    # a change verb before the figure, its subject after it
    ("es", "En cambio, crecieron un 12,5 % los bolivianos, un 4 % los peruanos y un 2 % los chilenos.",
     [(12.5, "bolivianos", "increase", None), (4, "peruanos", "increase", None), (2, "chilenos", "increase", None)]),
    ("es", "Disminuyeron un 7 % las solicitudes de refugio.", [(7, "solicitudes", "decrease", None)]),
    # "no less than" is at least
    ("es", "Llegaron no menos de 2.300 personas.", [(2300, "personas", None, "at_least")]),
    ("fr", "Pas moins de 1 800 personnes ont été relogées.", [(1800, "personnes", None, "at_least")]),
])
def test_an_inverted_subject_and_no_less_than(nlp, lang, text, expected):
    assert [(f.value, f.counted, f.change, f.qualifier) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_table_under_month_and_year_columns_with_signed_cells(nlp):
    text = ("Year ending June 2021 June 2022\nNatural increase 21,300 19,800\nNet migration - 4,100 -12,600\n"
            "Population change 17,200 +7,200\n")
    assert [(f.value, f.counted, f.change, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (21300, "Natural increase", None, "2021-06"), (19800, "Natural increase", None, "2022-06"),
        (4100, "Net migration", "decrease", "2021-06"), (12600, "Net migration", "decrease", "2022-06"),
        (17200, "Population change", None, "2021-06"), (7200, "Population change", "increase", "2022-06")]
    # figures grouped in thousands side by side are columns, not the groups of a phone number
    assert [f.value for f in facts_in_text("Population at 2,104,500 2,111,700", nlp, "en")] == [2104500, 2111700]


@pytest.mark.parametrize("lang, text, expected", [
    # a verb or an adverb read as the end (or, heads first, the start) of a phrase heads nothing
    ("en", "Net emigration shrank by 18 per cent. Victims found in begging cases jumped by 12 per cent.",
     [(18, "Net emigration"), (12, "Victims")]),
    ("es", "Los peruanos (52.110) encabezan el padrón; les siguen bolivianos (31.400) y seguidos de chilenos (9.870) quedan los demás.",
     [(52110, "peruanos"), (31400, "bolivianos"), (9870, "chilenos")]),
    # a figure in brackets after a place counts what its clause speaks of, not the kind of place
    ("es", "En tres provincias la población baja: Cuenca (-1.204), Soria (-873) y Teruel (-512).",
     [(3, "provincias"), (1204, "población"), (873, "población"), (512, "población")]),
    ("en", "As in 2019, most returnees came back from Germany (61 per cent) and Austria (9 per cent).",
     [(61, "returnees"), (9, "returnees")]),
    ("fr", "Les naturalisés venaient surtout d'Asie (4 120) et d'Afrique (2 311).",
     [(4120, "naturalisés"), (2311, "naturalisés")]),
    # the subject the clause opens with, not the adjective after its comparative
    ("fr", "Les demandes ont été plus nombreuses au Portugal (6 %).", [(6, "demandes")]),
    # a demonstrative's change noun names what a change measures when nothing else does
    ("fr", "Ce repli de 14 % s'explique par la fin du programme.", [(14, "repli")]),
    # a list's first item names what its places' figures count, not the set of places before it
    ("en", "Of the host countries, Italy sent the most migrants home (over 8,000 migrants), ahead of Malta (612).",
     [(8000, "migrants"), (612, "migrants")]),
    ("en", "The count of residents went up by 4 100, or 35 basis points.", [(4100, "residents"), (35, "basis points")]),
    # the subject a linking verb joins to two levels, or to a figure after the set a clause opens with
    ("en", "Arrivals from outside the EU also fell in number, from 22,400 to 17,900.",
     [(22400, "Arrivals"), (17900, "Arrivals")]),
    ("en", "Among the 51,000 people who left, Polish nationals formed the largest group, numbering 9,300.",
     [(51000, "people"), (9300, "Polish nationals")]),
    # a colon ends the clause before it; "put ... at" measures its object, "is put at" its subject
    ("en", "March's figure follows a record 2023: bank data put full-year transfers at US$2.9bn, up 4.1%.",
     [(2900000000, "USD"), (4.1, "full-year transfers")]),
    ("en", "Net emigration in 2015 was put at 31,800.", [(31800, "Net emigration")]),
    # a name with a number in it belongs to the subject; a figure "of" a batch counts the sentence's set
    ("en", "Arrivals from the EU27 (the member states bar Ireland) rose 12 per cent.", [(12, "Arrivals")]),
    ("en", "Of the 2,000 Ghanaians held in camps, 640 came home in two flights of 310 and 330.",
     [(2000, "Ghanaians"), (640, "Ghanaians"), (2, "flights"), (310, "Ghanaians"), (330, "Ghanaians")]),
    # what a figure before was said to be is a part: the sentence's set continues after it
    ("en", "Some 9 million children have fled; 2 million are refugees, and another 5 million have moved inside.",
     [(9000000, "children"), (2000000, "refugees"), (5000000, "children")]),
])
def test_heads_that_are_no_verbs_and_figures_after_places(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket that opens with figures of its own dates only them
    ("Police identified 88 victims (102 in 2021) and 14 of them (nine in 2021) were children.",
     [(88, None), (102, "2021"), (14, None), (9, "2021")]),
    # (a definite count of a fixed set of states is a category count, dated by nothing: batch 4's label)
    ("Arrivals from the new members (the 8 states that joined on May 1st 2004) fell to 9,100.",
     [(8, None), (9100, None)]),
    # a bracket that details the figure, or is a span of time, still dates it
    ("The 96,000 increase was driven by students (up 41,000 to 210,000 in the year to June 2023).",
     [(96000, "2023-06"), (41000, "2023-06"), (210000, "2023-06")]),
])
def test_a_bracket_with_figures_of_its_own_dates_only_them(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "by X to Y" after a change is a change and a level, with a currency before each figure too
    ("en", "Exports grew by $1.2 billion to $14.6 billion.",
     [(1.2e9, "money", "USD", "increase"), (14.6e9, "money", "USD", None)]),
    ("en", "Arrivals rose sharply by 1,200 to 14,600.",
     [(1200, "count", "Arrivals", "increase"), (14600, "count", "Arrivals", None)]),
    # but a dash, or a bare figure close below a percentage, is one range
    ("en", "Prices rose by 5-7 percent.", [(5, "percent", "Prices", "increase")]),
    ("en", "Remittances are expected to increase by 3 to 4 percent.", [(3, "percent", "Remittances", "increase")]),
    ("en", "The rate rose by 0.3 to 4.1 percent.", [(0.3, "count", "rate", "increase"), (4.1, "percent", "rate", None)]),
    # a decimal below one is a figure, a number led by zero a code
    ("en", "The ratio fell by 0.45. Call 0800 123 456.", [(0.45, "count", "ratio", "decrease")]),
    # "bn" glued to its figure is a scale of the money before it
    ("en", "Flows were $2.1bn in 2021, 2.4bn in 2022 and 2.9bn in 2023.",
     [(2.1e9, "money", "USD", None), (2.4e9, "money", "USD", None), (2.9e9, "money", "USD", None)]),
    # "A$200" is Australian dollars; "a $200 transfer" is not
    ("en", "A $200 transfer cost A$14 and HK$300 and S$1.2 million, or $US 5 million.",
     [(200, "money", "USD", None), (14, "money", "AUD", None), (300, "money", "HKD", None),
      (1.2e6, "money", "SGD", None), (5e6, "money", "USD", None)]),
    # millions that name nothing just after money are money
    ("en", "Remittances reached US$ 5.2 million in 2022. In 2023 they rose to 5.9 million.",
     [(5.2e6, "money", "USD", None), (5.9e6, "money", "USD", None)]),
    # a level before a percentage is a percentage; basis points are a unit
    ("en", "Unemployment fell from 3 to 4.1 percent, or 10 basis points a month.",
     [(3, "percent", "Unemployment", None), (4.1, "percent", "Unemployment", None),
      (10, "other", "basis points", None)]),
    ("es", "La proporción pasó del 50.6 a 49.4 por ciento.",
     [(50.6, "percent", "proporción", None), (49.4, "percent", "proporción", None)]),
    ("fr", "Le taux est passé de 3 à 4,5 %.", [(3, "percent", "taux", None), (4.5, "percent", "taux", None)]),
])
def test_movements_by_a_change_and_currencies_that_carry(nlp, lang, text, expected):
    assert [(f.value, f.kind, f.counted, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a possessor and a time frame inside a subject (its length is no fact)
    ("en", "Norland's emigration for the twelve months to March 2019 is put at an estimated 41,200.",
     [(41200, "emigration")]),
    # a participle after a plural subject modifies it; "under" opens a modifier; "now number" links
    ("en", "Workers arriving in the region fell sharply, from 8,400 to 6,100.", [(8400, "Workers"), (6100, "Workers")]),
    ("en", "Displaced pupils under the care of the regional education office now number 40,500.",
     [(40500, "Displaced pupils")]),
    # what a figure is counted as, or added to
    ("en", "Inspectors classed 57 as likely victims.", [(57, "likely victims")]),
    ("es", "La policía identificó a 64 como víctimas.", [(64, "víctimas")]),
    ("en", "Births and arrivals added 12,900 to the population.", [(12900, "population")]),
])
def test_subjects_behind_modifiers_and_what_a_figure_is_counted_as(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # "last year" after a level is a time, neither a frame nor what is counted
    ("Departures rose to 52,000 last year.", [(52000, "Departures")]),
    # a verb that qualifies links its subject; so does "to number" after a participle
    ("Work permits exceeded 300,000.", [(300000, "Work permits")]),
    ("Irregular crossings were estimated to number 330,000.", [(330000, "Irregular crossings")]),
    # a figure after a comma and "at" or "to" belongs to the clause's subject
    ("Syrians, at 240,000, were the largest group.", [(240000, "Syrians")]),
    ("Naturalisations fell for the third year, to 81,000.", [(81000, "Naturalisations")]),
    # a share of "the largest group" is its subject's
    ("By citizenship, Indians were the largest group (28 percent).", [(28, "Indians")]),
])
def test_levels_after_verbs_and_commas(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "pc" is per cent in West African French
    ("fr", "Le Togo reçoit 8,8 pc des fonds.", [(8.8, "percent", "fonds", None)]),
    # "un millón" opens a compound figure
    ("es", "Los hogares acogen a un millón 433 mil 945 personas.", [(1433945, "count", "personas", None)]),
    # a change verb, its adverb and a comma before "by"; a deficit widens and narrows
    ("en", "Investment dropped sharply, by 69.8 percent, to Rs 799.8 million.",
     [(69.8, "percent", "Investment", "decrease"), (799.8e6, "money", "INR", None)]),
    ("en", "The trade deficit widened slightly, by 0.4 percent.", [(0.4, "percent", "trade deficit", "increase")]),
    # "the bulk of" measures what it is of; a world region is a place, not what is counted
    ("en", "The bulk of the new passports came from Italy (21 300).", [(21300, "count", "new passports", None)]),
    ("en", "Flows to Europe and Central Asia also fell by 1.4 percent.", [(1.4, "percent", "Flows", "decrease")]),
])
def test_percent_marks_compound_figures_and_regions(nlp, lang, text, expected):
    assert [(f.value, f.kind, f.counted, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a ranked list of nationalities goes on with the set of the sentence before
    ("fr", "Le canton a accueilli 41 300 immigrants étrangers. Les Polonais arrivent en tête (6 100), devant les Roumains "
     "(4 900).", [(41300, "immigrants"), (6100, "immigrants"), (4900, "immigrants")]),
    # or with the set its "nationalities of" names
    ("fr", "Les Érythréens (1.240) et les Somaliens (980) restaient les premières nationalités d'origine des demandeurs.",
     [(1240, "demandeurs"), (980, "demandeurs")]),
    ("en", "Eritreans (1,240) and Somalis (980) were the main nationalities of applicants.",
     [(1240, "applicants"), (980, "applicants")]),
])
def test_ranked_nationalities_count_their_set(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a person's noun after a singular copula names the share
    ("es", "De esta población, el 47,1 % es hombre y el 52,9 % es mujer.", [(47.1, "hombre"), (52.9, "mujer")]),
    # "De estos," opens a part of the set the sentence before counted
    ("es", "En la provincia hay 12 mil 400 hogares con migrantes. De estos, 9 mil 100 están en la ciudad, o sea, el 73.4 %.",
     [(12400, "hogares"), (9100, "hogares"), (73.4, "hogares")]),
    # a clause of its own after the counted noun; two determiners before a set
    ("en", "The number of visas it issued rose to 1,480.", [(1480, "visas")]),
    ("en", "Of all the persons who settled in the region in 2021, 14% were students.", [(14, "persons")]),
    # the first recipient of funds: its share is of the funds
    ("fr", "Le Bénin est le premier destinataire des fonds (31,5 pc).", [(31.5, "fonds")]),
])
def test_copulas_opening_sets_and_recipients(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_figure_with_its_own_year_after_a_period_is_dated_by_it(nlp):
    text = "Departures averaged 31,000 a year between 2011 and 2015, climbed to 42,000 in 2016. Up to May 2022, 9,100 had returned."
    assert [(f.value, f.period_start, f.period_end, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (31000, 2011, 2015, None), (42000, None, None, "2016"), (9100, None, None, "2022-05")]


@pytest.mark.parametrize("lang, text, expected", [
    # a bracket after a time frame is the subject's; a share and its count in one bracket are of one set
    ("en", "Somali nationals were the most often registered this month (31%; 742), followed by Yemeni (12%; 288) nationals.",
     [(31, "Somali nationals"), (742, "Somali nationals"), (12, "Somali nationals"), (288, "Somali nationals")]),
    # "USD$" is US dollars
    ("en", "Transfers reached USD$ 1,180 million in March.", [(1180000000, "USD")]),
])
def test_bullets_time_frames_and_bracketed_pairs(nlp, lang, text, expected):
    assert [(f.value, f.unit if f.kind == "money" else f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_bullet_at_a_line_start_opens_a_sentence(nlp):
    text = "Key points\n  • 2,410 asylum seekers were registered\n  • 61% (1,470) of applicants were men\n"
    assert [(f.value, f.counted, f.sentence) for f in facts_in_text(text, nlp, "en")] == [
        (2410, "asylum seekers", "• 2,410 asylum seekers were registered"),
        (61, "applicants", "• 61% (1,470) of applicants were men"), (1470, "applicants", "• 61% (1,470) of applicants were men")]


@pytest.mark.parametrize("lang, text, expected", [
    # "De ese total," opens a part of the last set named, past a sentence that names none; the rest is of it too
    ("es", "En la región residen 84.210 ciudadanos de Haití. En un año, la cifra se duplicó. De ese total, el 71% (59.789) "
     "trabaja. El 29% restante (24.421) estudia.",
     [(84210, "ciudadanos"), (1, "año"), (2, "veces"), (71, "ciudadanos"), (59789, "ciudadanos"), (29, "ciudadanos"),
      (24421, "ciudadanos")]),  # "En un año," is a duration in the Spanish labels
    ("en", "The shelter hosted 640 refugees. Some 400 were women; the remaining 240 were men.",
     [(640, "refugees"), (400, "women"), (240, "men")]),
    ("en", "The city hosts 5,200 refugees. About 70% live with relatives and the remaining 30% in rented rooms.",
     [(5200, "refugees"), (70, None), (30, "refugees")]),
    # a share set off by commas after its noun, past an article
    ("es", "Casi todas las peticiones, el 94%, se presentaron en la frontera.", [(94, "peticiones")]),
    # each item of a list of places counts the people its first item named
    ("fr", "Les plus fortes hausses touchent les ressortissants du Kosovo (+2'310), d'Italie (+1'905) et de Grande-Bretagne "
     "(+640).", [(2310, "ressortissants"), (1905, "ressortissants"), (640, "ressortissants")]),
    ("fr", "Baissent les ressortissants de Serbie (-1'120), mais aussi ceux de Croatie (-310).",
     [(1120, "ressortissants"), (310, "ressortissants")]),
])
def test_remainders_apposed_shares_and_lists_of_places(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_list_lead_dates_its_bullets_with_its_own_sentence(nlp):
    text = ("Highlights\n\nFor the year ending 31 March 2021:\n\n  • 3,140 permits were issued\n  • 18% of permits went to "
            "nurses\n\nThe register opened in 2015. Holders by country:\n\n  • Kenya (410) leads the list\n")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (3140, "2021-03-31"), (18, "2021-03-31"), (410, None)]


@pytest.mark.parametrize("lang, text, expected", [
    # "as in" compares with a year, it does not date the figure; "over the whole of" a year does
    ("en", "As in 2019, most returnees came from Libya (61%).", [(61, None)]),
    ("es", "Como en 2019, la mayoría de los retornados venía de Libia (61%).", [(61, None)]),
    ("fr", "Comme en 2019, la plupart des rapatriés venaient de Libye (61 %).", [(61, None)]),
    ("en", "Over the whole of 2021, the country received $4.1 billion.", [(4100000000, "2021")]),
    # "by late 2023", "in early 2022": the year
    ("en", "Floods had, by late 2023, displaced up to 2.1 million people.", [(2100000, "2023")]),
])
def test_years_compared_with_and_whole_years(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after its plural noun modifies it, past a time frame with a figure
    ("Remittances sent home by seafarers in the first nine months rose by 4 percent.", [(4, "Remittances")]),
    # a time frame inside the subject, and a plural possessor, are no heads
    ("Migrants' transfers so far this fiscal year came to $3.2 billion, up 2.5 percent.",
     [(3200000000, "USD"), (2.5, "transfers")]),
])
def test_participles_time_frames_and_possessors_in_subjects(nlp, text, expected):
    assert [(f.value, f.unit if f.kind == "money" else f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_share_after_a_left_out_copula_counts_its_noun(nlp):
    text = "Entre los solicitantes, el 58% eran hombres y el 42% mujeres."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(58, "hombres"), (42, "mujeres")]


@pytest.mark.parametrize("text, expected", [
    # "Parmi ces migrants," names the set; "Parmi ces derniers," points back to a figure, which names it
    ("En 2022, 8 400 migrants ont été rapatriés. Parmi ces migrants, 12 % étaient des mineurs.",
     [(8400, "migrants"), (12, "migrants")]),
    ("Ils étaient 5 000 en 2022. Parmi ces derniers, 40 % sont rentrés.", [(5000, None), (40, None)]),
])
def test_a_demonstrative_set_opens_a_sentence(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # a difference restated as a share, less than a base of its own kind: both are the change
    ("Transfers came to $ 2.2 billion, which was $ 90 million or 3.9 percent less than the $ 2.29 billion of May.",
     [(2200000000, None), (90000000, "decrease"), (3.9, "decrease"), (2290000000, None)]),
    # a level restated by the change after it stays a level
    ("Transfers came to $ 2.2 billion, or 3.9 percent more than a year earlier.", [(2200000000, None), (3.9, "increase")]),
    # a change word after a list of shares is each share's
    ("Flows from Oman and Qatar were 1.2 percent and 4.5 percent lower respectively.", [(1.2, "decrease"), (4.5, "decrease")]),
    # a change shared past the next noun: "and exports by"
    ("Imports were down by 0.8 percent and exports by 7.1 percent.", [(0.8, "decrease"), (7.1, "decrease")]),
])
def test_changes_shared_by_restatements_and_lists(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_list_line_labelled_by_a_place_counts_the_set_its_lead_names(nlp):
    text = "Más del 60% de los refugiados proceden de tres países:\n- Siria — 6,1 millones\n- Sudán del Sur — 2,3 millones"
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (60, "refugiados"), (3, "países"), (6100000, "refugiados"), (2300000, "refugiados")]


def test_a_caption_s_measure_word_is_no_head(nlp):
    text = ("Tableau n° 2 : Répartition des premiers titres de séjour par motif\n"
            "Motifs d'admission 2010 2019\n"
            "A. Économique 18 772 38 843\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (18772, "premiers titres de séjour"), (38843, "premiers titres de séjour")]


@pytest.mark.parametrize("text, expected", [
    # a share and its count restated with "or" in one bracket are of one set
    ("The remaining nurses (6.5% or 41 thousand) worked without a contract.",
     [(6.5, "remaining nurses"), (41000, "remaining nurses")]),
    # the set an opening "Of the ..." names may hold a fiscal year
    ("Of the students who arrived in 2021-22, 81,000, or 60 per cent, held a visa.", [(81000, "students"), (60, "students")]),
])
def test_bracketed_restatements_and_sets_with_fiscal_years(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "leur nombre", "their number": a change of the first count of people or things named last
    ("fr", "Sur ce total, 412 300 personnes viennent des 27 États membres. Leur nombre a progressé de 3 % sur un an.",
     [(412300, "personnes"), (27, "États"), (3, "personnes")]),
    ("en", "At the end of June, 88,400 refugees lived in the city. Their number rose by 6% in a year.",
     [(88400, "refugees"), (6, "refugees")]),
])
def test_their_number_changes_the_set_named_last(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_list_lead_dates_items_set_apart_by_blank_lines(nlp):
    text = ("The estimates for the year ending (YE) June 2021 were:\n\n  • net migration = +204,000\n\n"
            "  • immigration = 512,000 (down 8,000 from YE June 2020)\n")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (204000, "2021-06"), (512000, "2021-06"), (8000, "2021-06")]


def test_a_figure_after_a_short_comparison_takes_the_main_clause_s_date(nlp):
    text = ("Detected victims rose 22 per cent in 2021 compared to 2018, with boys showing a 41 per cent rise. "
            "Arrivals were 5% lower in 2022 than in 2021, when they reached 30,000.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (22, "2021"), (41, "2021"), (5, "2022"), (30000, "2021")]


@pytest.mark.parametrize("lang, text, expected", [
    # "del" joins a month to its year in Spanish; "del mes de" leads a date
    ("es", "Las remesas del mes de enero del 2023 subieron a 612,4 millones de dólares.", [(612400000, "2023-01")]),
    # a full date with its weekday opening a sentence dates its figures
    ("fr", "Mardi 12 septembre 2023, les garde-côtes ont secouru 148 personnes.", [(148, "2023-09-12")]),
    ("en", "Tuesday, 12 September 2023, the coastguard rescued 148 people.", [(148, "2023-09-12")]),
])
def test_month_joiners_and_weekday_dates(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_bar_table_s_caption_counts_and_dates_its_cells(nlp):
    text = ("Residents by country of birth on 1 January 2022, main countries | ||\n"
            "Total | Men | Women |\n"
            "Total | 9,210 | 4,880 | 4,330 |\n"
            "Poland | 3,105 | 1,790 | 1,315 |\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (9210, "Residents", "2022-01-01"), (4880, "Residents", "2022-01-01"), (4330, "Residents", "2022-01-01"),
        (3105, "Residents", "2022-01-01"), (1790, "Residents", "2022-01-01"), (1315, "Residents", "2022-01-01")]


def test_places_listed_after_a_bare_plural_subject_count_it(nlp):
    text = "Migrants came mainly from three countries: Mali (8,200), Guinea (6,100) and Niger (2,900)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (3, "countries"), (8200, "Migrants"), (6100, "Migrants"), (2900, "Migrants")]


def test_a_participle_before_its_place_is_no_head(nlp):
    text = "Among the applicants, children born in Austria numbered 2,140."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2140, "children")]


@pytest.mark.parametrize("text, expected", [
    # "de plus" or "de moins" after a count's noun, or past its own words before "que", makes the count a change
    ("Le canton comptait 2 410 résidents non permanents de moins qu'en 2023.", [(2410, "decrease")]),
    ("Avec 12 000 habitants de plus, la ville atteint 410 000 habitants.", [(12000, "increase"), (410000, None)]),
])
def test_more_or_fewer_after_a_count_s_noun_in_french(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # "superó en" a figure is a change by that figure; "perdieron" before a count is a loss
    ("Lo recibido en marzo superó en 41,2 millones de dólares a lo de febrero.", [(41200000, "increase")]),
    ("La provincia perdieron 310 personas entre marzo y junio.", [(310, "decrease")]),
    ("En 2022 perdieron la vida 25 personas.", [(25, None)]),
])
def test_exceeding_and_losing_in_spanish(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the set an opening "Among the ..." names may hold an abbreviation and a number after its noun
    ("en", "Among the 2,310 defendants charged in U.S. courts under one of the four kinds of offence in 2021, "
           "84% were men, 16% women.", [(2310, "defendants"), (4, "kinds"), (84, "defendants"), (16, "defendants")]),
    # "Des N millions de X ..., M millions": an opener that holds its article names the set; "vivent" is a verb
    ("fr", "Des 52 millions de réfugiés recensés, 31,5 millions (60,6%) vivent en Afrique.",
     [(52000000, "réfugiés"), (31500000, "réfugiés"), (60.6, "réfugiés")]),
])
def test_an_opening_set_with_an_abbreviation_or_its_own_article(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # "which represents a 41 per cent increase": a change restated by a clause is of the count before it
    ("About 2,150 deported nationals received help, which represents a 41 per cent increase on 2022.",
     [(2150, "deported nationals", None), (41, "deported nationals", "increase")]),
    ("The office logged 612 arrivals, which means a decrease of 9 per cent.",
     [(612, "arrivals", None), (9, "arrivals", "decrease")]),
    # "U.S." inside the clause is no sentence end
    ("In all, 740 persons were referred to U.S. prosecutors in 2021, a 12% increase.",
     [(740, "persons", None), (12, "persons", "increase")]),
    # an adverb after the subject is no head
    ("Voluntary returnees likewise went up by 31 per cent.", [(31, "Voluntary returnees", "increase")]),
])
def test_a_change_restated_by_a_clause_or_after_an_adverb(nlp, text, expected):
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a sentence's first figure that no reading named counts the first plural noun before it
    ("en", "Seasonal permits issued this spring were, at the last count, 6% above plan.", [(6, "permits")]),
    ("en", "Smuggling cases reported by the police show a 14 per cent increase in 2023.", [(14, "cases")]),
    # later figures of the sentence are left alone; a verb after a pronoun is no noun
    ("en", "This corresponds to a 17% increase on the year before.", [(17, None)]),
    ("es", "Las solicitudes de asilo, según la oficina, fueron las que más subieron, con un 19%.", [(19, "solicitudes")]),
])
def test_the_first_plural_noun_is_the_last_resort(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # figures listed before the one that names its noun count it, down the whole list
    ("en", "Three ports logged the landing of 412, 96 and 37 Eritreans respectively.",
     [(3, "ports"), (412, "Eritreans"), (96, "Eritreans"), (37, "Eritreans")]),
    # a threshold passed, and a tally "at" a level, are of the sentence's subject
    ("en", "Nurses recruited abroad this year have passed the 20,000 mark, with the count at 20,415 in June.",
     [(20000, "Nurses"), (20415, "Nurses")]),
    # "in the number of X" after the figures names what they count
    ("en", "Norway ranked third, with a rise of 9 per cent, from 1,200 in 2021 to 1,308 in 2022 in the number of "
           "students it admitted.", [(9, "students"), (1200, "students"), (1308, "students")]),
    ("es", "Los ingresos subieron 6%, impulsados por un aumento de 4.2% en la cantidad de envíos.",
     [(6, "ingresos"), (4.2, "envíos")]),
])
def test_a_list_s_noun_a_threshold_and_a_number_named_after_its_figures(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the overall number of" is of what follows it
    ("The south sent 28 per cent of the overall number of students enrolled.", [(28, "students", None)]),
    # a movement's end shares the noun its start took as a last resort
    ("Since 2019, nurses recruited abroad grew in number, from 1,150 in 2020 to 1,720 in 2022.",
     [(1150, "nurses", None), (1720, "nurses", None)]),
    # a clause restating a share as a change keeps the share's set
    ("The coast took 41 per cent of all boats intercepted in 2022, which means a decrease of 7 per cent.",
     [(41, "boats", None), (7, "boats", "decrease")]),
    # "with X showing a rise": the rise is X's
    ("Seasonal visas went up 12 per cent, with farmworkers showing a 19 per cent rise.",
     [(12, "Seasonal visas", "increase"), (19, "farmworkers", "increase")]),
])
def test_overall_numbers_movements_restated_shares_and_with_clauses(nlp, text, expected):
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a scale letter set apart from a headline's amount, and "mil." for million
    ("Diaspora transfers climb to $ 2.4 b in March", [(2400000000, "money", "USD")]),
    ("Receipts reach $ 612.5 m, the bank said.", [(612500000, "money", "USD")]),
    ("Foreign residents number about 1.8 mil.", [(1800000, "count", "Foreign residents")]),
    # "5b" is a paragraph's letter, "5 m" five metres
    ("See paragraph 5b; the fence is 5 m high.", [(5, "other", "m")]),
    # a currency at the head of the next paragraph is no unit of the year before it
    ("Annual report 2022\n\nUS$ 4.1 billion was sent home.", [(4100000000, "money", "USD")]),
    # "27-nation": a count of what the hyphen joins to it
    ("Claims were lodged across the 27-nation bloc.", [(27, "count", "nation")]),
    # a capital scale letter, and one that ends the sentence
    ("Money sent home rose to Ksh 61B.", [(61000000000, "money", "KES")]),
    ("Money sent home rose to Ksh 7.4b.", [(7400000000, "money", "KES")]),
])
def test_scale_letters_paragraphs_and_hyphenated_counts(nlp, text, expected):
    assert [(f.value, f.kind, f.counted if f.kind != "money" else f.unit) for f in facts_in_text(text, nlp, "en")] \
        == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a dash sets off a change of the count before it, as a comma does; a level "hit a new peak of" is the subject's
    ("en", "Eritreans lodged 8,400 claims - a 14% rise on 2022 - mostly in Italy.", [(8400, "claims"), (14, "claims")]),
    ("en", "The count of seasonal workers hit a new peak of 61,000.", [(61000, "workers")]),
    # "la totalité des X", "du nombre total de X": shares of X
    ("fr", "Les motifs familiaux pesaient 22,5 % (41 200) de la totalité des premiers titres.",
     [(22.5, "premiers titres"), (41200, "premiers titres")]),
    ("fr", "Les mineurs ont compté pour 12 % du nombre total de passages.", [(12, "passages")]),
    # nationalities listed after a noun and its first nationality are that noun's
    ("fr", "Le regroupement familial dominait pour les ressortissants marocains (48,1 %), tunisiens (39,7 %) et "
           "algériens (35,2 %).", [(48.1, "ressortissants marocains"), (39.7, "ressortissants"), (35.2, "ressortissants")]),
])
def test_dashed_changes_peaks_wholes_and_listed_nationalities(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # two sets named before two figures given "respectively", and the levels they reached
    ("The office named seasonal workers and foreign students, whose numbers grew by 4.1 percent and 6.3 percent, "
     "respectively, to 12,400 and 8,050.",
     [(4.1, "workers"), (6.3, "students"), (12400, "workers"), (8050, "students")]),
    # the senders after "by" are not what is counted; amounts keep their currency
    ("Transfers sent by nurses and by drivers rose 2.2 percent and 1.4 percent, respectively, to $1.1 billion and "
     "$0.4 billion.", [(2.2, "Transfers"), (1.4, "Transfers"), (1100000000, "USD"), (400000000, "USD")]),
    # a change restated as a count takes the change's noun; list lines set off by a dash go on with their set
    ("Resident nurses grew in number by 3.5 percent, or 1,240, to 36,700.",
     [(3.5, "Resident nurses"), (1240, "Resident nurses"), (36700, "Resident nurses")]),
    ("Permits went mainly to these countries:\n\n• Kenya – its citizens were given 410 permits\n\n• Ghana – 302\n\n"
     "• Peru – 118", [(410, "permits"), (302, "permits"), (118, "permits")]),
])
def test_respective_sets_restated_changes_and_dashed_list_lines(nlp, text, expected):
    assert [(f.value, f.counted if f.kind != "money" else f.unit) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare plural subject after "more", and a people of two words, counts a list of places
    ("More Sri Lankans now head for Qatar (5,120) and Oman (2,310), the bureau said.",
     [(5120, "Sri Lankans"), (2310, "Sri Lankans")]),
    # places run into a sentence after a colon count the noun the lead ends with
    ("Top 3 asylum-seeker nationalities: Syria 21%, Iraq 12%, and Sudan 9%.",
     [(3, "asylum-seeker nationalities"), (21, "nationalities"), (12, "nationalities"), (9, "nationalities")]),
    # a kind of place is no such noun
    ("Main routes: Libya 4,100; Tunisia 2,900.", [(4100, None), (2900, None)]),
])
def test_places_listed_after_a_subject_or_a_lead(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_change_after_a_share_s_bracketed_count_and_its_own_count(nlp):
    # "soit une progression de" after a share's bracketed count is of the count's set, and so is the change's count
    text = "Les motifs humanitaires ont pesé pour 12,1 % (77 310) de l'ensemble des titres délivrés, soit une " \
           "progression de 3,2 % (+2 400) par rapport à 2022."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (12.1, "titres", None), (77310, "titres", None), (3.2, "titres", "increase"), (2400, "titres", "increase")]


@pytest.mark.parametrize("lang, text, expected", [
    # the lines of a yearly series count what the lead names after its figure word
    ("es", "El informe anual da estas cifras de hondureños retornados por vía aérea:\n\n2024: 41 mil 220\n\n"
           "2023 (hasta junio): 18 mil", [(41220, "hondureños"), (18000, "hondureños")]),
    ("en", "The ministry gave these figures for nurses recruited abroad:\n\n- 2022: 4,310\n- 2023: 5,020",
     [(4310, "nurses"), (5020, "nurses")]),
])
def test_the_lines_of_a_yearly_series_count_what_their_lead_names(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of its own before a restating one cuts it off from the count
    ("Italy received 3,000 migrants, while arrivals in Spain fell sharply, representing a 40 per cent decrease.",
     [(3000, "migrants"), (40, None)]),
    # who speaks or believes is not what is counted
    ("Ministers said 45 were detained.", [(45, None)]),
    ("Experts believe 45% of them left.", [(45, None)]),
    # senders after "by", even hyphenated, are no sets for "respectively"; nor are figures after "while"
    ("Remittances sent by land-based workers and sea-based workers rose by 3 percent and 4 percent, respectively.",
     [(3, "Remittances"), (4, "Remittances")]),
    ("Deportations of men and women rose by 3 percent and 4 percent, respectively, while 500 and 600 arrests were "
     "made.", [(3, "men"), (4, "women"), (500, "arrests"), (600, "arrests")]),
    # a header's noun before a colon is no set when words stand between it and the places; the people
    # of the origins are
    ("Key findings: arrivals from Syria (5,000) and Iraq (3,000) fell.", [(5000, "arrivals"), (3000, "arrivals")]),
    # an initialism may open the set; a long run of initials is read at once
    ("Among the U.S. citizens deported, 40% were women.", [(40, "U.S. citizens")]),
    ("Some 3,000 migrants arrived from " + "A.B." * 30 + "X, which represents a 12% increase.",
     [(3000, "migrants"), (12, "migrants")]),
])
def test_review_cases_of_the_newer_readings(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_up_to_after_a_verb_of_summing_is_no_qualifier(nlp):
    text = "Transfers from Asia grew, adding up to $2.1 billion; fines of up to $500 apply."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(2100000000, None), (500, "at_most")]


@pytest.mark.parametrize("text, expected", [
    # a spelled number alone in brackets is a figure; the people of a list of origins count each item
    ("The camp also hosts families from Sudan (nine), Chad (two) and Niger (31).",
     [(9, "families"), (2, "families"), (31, "families")]),
    ("Norway took in students from Nepal (1,200), Ghana (950) and Peru (430).",
     [(1200, "students"), (950, "students"), (430, "students")]),
])
def test_a_list_of_origins_counts_its_people(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a share of a list by origin counts the set its first share named, not a place nor the subject
    ("en", "The survey says 44 per cent of nurses came from Asian countries, 21 per cent from Europe and 9 per "
           "cent from Africa.",
     [(44, "nurses"), (21, "nurses"), (9, "nurses")]),
    ("fr", "Selon l'étude, 51 % des étudiants viennent du Maghreb, 18 % d'Europe et 7 % d'Amérique.",
     [(51, "étudiants"), (18, "étudiants"), (7, "étudiants")]),
])
def test_shares_of_a_list_by_origin_count_its_set(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # an estimate counts what it is put on, not who makes it, whichever comes first
    ("fr", "La préfecture évalue à 2 400 les mineurs accueillis et chiffre les places libres à 310.",
     [(2400, "mineurs"), (310, "places")]),
    ("fr", "Le ministère estime à 85 000 le nombre de saisonniers.", [(85000, "saisonniers")]),
    ("es", "La cancillería cifra los retornados del último año en 12.300.", [(12300, "retornados")]),
    ("es", "La cancillería cifra en 1,2 millones el número de deportados.", [(1200000, "deportados")]),
])
def test_an_estimate_counts_what_it_is_put_on(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_headline_s_billions_take_the_currency_of_the_first_money_after_them(nlp):
    text = ("Las remesas a Bolivia bajan 4% y quedan en 1.310 millones\n\n"
            "La Paz. Las remesas recibidas en 2020 sumaron 1.310,2 millones de dólares, según el banco central.")
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (4, "percent", "%"), (1310000000, "money", "USD"), (1310200000, "money", "USD")]


@pytest.mark.parametrize("lang, text, expected", [
    # a month led by "al mes de", and the last quarter of a year
    ("es", "Al mes de marzo de 2021, los envíos sumaban 640 millones de dólares.", [(640000000, "2021-03")]),
    ("es", "En el último trimestre de 2022 llegaron 9.800 personas.", [(9800, "2022")]),
    # the end of a year with its article: "al cierre del 2020", "al terminar el 2020"
    ("es", "Al cierre del 2021 había 3.300 refugiados.", [(3300, "2021-12-31")]),
    ("es", "Al terminar el 2019 vivían allí 870 familias.", [(870, "2019-12-31")]),
    # a noun's month ("las remesas de mayo de 2022"), but not a dateline's day
    ("es", "Las remesas de mayo de 2022 crecieron 6,2%.", [(6.2, "2022-05")]),
    ("es", "Lima, 3 de junio de 2022.- Unas 4.100 personas cruzaron la frontera.", [(4100, None)]),
    ("en", "Claims reached 7,450 in the last quarter of 2021.", [(7450, "2021")]),
    ("en", "In the final quarter of 2020, 2,900 visas were issued.", [(2900, "2020")]),
    ("en", "Refugees Filed 52% of Claims in Second Half of 2022", [(52, "2022")]),
    ("en", "In the 2019 calendar year, 1 804 permits were renewed.", [(1804, "2019")]),
])
def test_a_month_s_lead_and_the_last_quarter_date_figures(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # shares in brackets after the places a change verb lists are changes of that verb's direction
    ("en", "Bookings climbed in Ontario (4.1%), Quebec (3.6%) and Manitoba (2.2%).",
     [(4.1, "increase"), (3.6, "increase"), (2.2, "increase")]),
    ("es", "Los contratos bajaron en la Región de Murcia (3,4%) y Aragón (1,1%).", [(3.4, "decrease"), (1.1, "decrease")]),
    # a long run of names before a bracket is read at once
    ("en", "Visits rose in " + "Alpha Beta Gamma Delta, " * 40 + "and Omega 12 (5%).", [(12, None), (5, None)]),
])
def test_shares_after_the_places_of_a_change_verb_are_changes(nlp, lang, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a fraction after its article, with the comparative before it
    ("fr", "Plus du tiers des saisonniers viennent du Maroc.", [(33.33, "at_least", "saisonniers")]),
    ("fr", "Près des deux tiers des dossiers sont clos.", [(66.67, "approximate", "dossiers")]),
    # a note's number in square brackets is no figure, glued or set apart; the figure it follows keeps its digits
    ("fr", "Les entrées ont atteint 84 000[2] en 2022.[3] Hors Mayotte.", [(84000, None, "entrées")]),
    ("en", "[1] Excluding seasonal permits. Visas reached 61,200[4].", [(61200, None, "Visas")]),
])
def test_fractions_after_an_article_and_notes_in_square_brackets(nlp, lang, text, expected):
    assert [(f.value, f.qualifier, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Au premier janvier 2019, la commune comptait 3 412 étrangers.", [(3412, "2019-01-01")]),
    ("es", "Al primero de julio de 2021 había 7.250 solicitudes.", [(7250, "2021-07-01")]),
])
def test_the_first_day_of_a_month_in_words(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_movement_said_again_in_the_same_clause_is_two_levels_again(nlp):
    text = "Enrolments climbed from 3,100 to 3,900 in Leeds and from 1,200 to 1,450 in York."
    assert [(f.value, f.value_max) for f in facts_in_text(text, nlp, "en")] == [
        (3100, None), (3900, None), (1200, None), (1450, None)]


def test_a_change_on_a_year_compares_with_it(nlp):
    text = "Departures came to 61,200, a 12 percent increase on the June 2021 year."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(61200, None), (12, None)]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Las solicitudes se multiplicaron por 6 entre 2015 y 2020.", [(6, "other", "times")]),
    ("en", "Detections multiplied by 4 in five years.", [(4, "other", "times")]),
])
def test_multiplied_by_is_a_multiple(nlp, lang, text, expected):
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a sentence opening on a plural pronoun and its verb counts the people the sentence before counted
    ("fr", "Sur l'ensemble des saisonniers étrangers, la région en emploie 41 200, soit 12 % de la main-d'œuvre totale. "
           "Ils sont 9 800 à venir du Maroc et 3 100 de Tunisie.",
     [(41200, "saisonniers"), (12, "main-d'œuvre totale"), (9800, "saisonniers"), (3100, "saisonniers")]),
    # not where the count names its own noun
    ("en", "About 5,000 nurses left, 3% of the workforce. They included 1,200 midwives.",
     [(5000, "nurses"), (3, "workforce"), (1200, "midwives")]),
])
def test_a_plural_pronoun_opening_a_sentence_counts_the_people_before(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a share and an amount joined by "de ... à" are a change and its level, not a range
    ("fr", "Les recettes ont pu grimper de 8,1% à 42,5 MMDH.", [(8.1, None, "percent"), (42500000000, None, "money")]),
    # a share of ten with a decimal part
    ("fr", "Deux sur 10 ont été refusées, contre 2,5 sur 10 un an plus tôt.", [(20, None, "percent"), (25, None, "percent")]),
    ("fr", "Entre 2 % et 3 % des dossiers.", [(2, 3, "percent")]),
    # "N°" in capitals numbers a document as "n°" does
    ("fr", "Bulletin N° 48213. Au total, 610 arrivées.", [(610, None, "count")]),
])
def test_mixed_ranges_and_decimal_shares_of_ten(nlp, lang, text, expected):
    assert [(f.value, f.value_max, f.kind) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # how far back a record reaches is no measure
    ("en", "Visas hit a nine-year high of 61,400 after a 15-year low in 2020.", [(61400, None)]),
    # "al pasar de X a Y": a movement, two levels
    ("es", "Las llegadas crecieron 40 %, al pasar de 1.500 a 2.100.", [(40, None), (1500, None), (2100, None)]),
])
def test_record_spans_and_infinitive_movements(nlp, lang, text, expected):
    assert [(f.value, f.value_max) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a figure in brackets after a noun of a place counts that noun, not the item before it
    ("en", "Poles (21 300) came first, then Czechs (9 800) and citizens of the DRC (4 100).",
     [(21300, "Poles"), (9800, "Czechs"), (4100, "citizens")]),
    ("fr", "Les Tunisiens (8 200) devancent les Turcs (5 100) et les ressortissants du Mali (2 300).",
     [(8200, "Tunisiens"), (5100, "Turcs"), (2300, "ressortissants")]),
])
def test_a_noun_of_a_place_before_a_bracket_is_what_it_counts(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_kosovo_is_a_place(nlp):
    text = "Most asylum seekers came from Kosovo (3,100), then Albania (2,200)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (3100, "asylum seekers"), (2200, "asylum seekers")]


def test_a_movement_carries_no_span_of_time_as_its_subject(nlp):
    text = ("Desde marzo de 2021, mes en el que se abrió la frontera, el total ha caído un 4%. "
            "En Lima, la reducción fue de 1.200 personas, al pasar de 9.200 a 8.000.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][1:] == [
        (1200, "personas"), (9200, "personas"), (8000, "personas")]


def test_a_sentence_opening_on_it_and_its_verb_counts_what_came_before(nlp):
    text = "After the revision, the office counted 8,200 work permits instead of the earlier figure of 9,000. It now has 8,900."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (8200, "work permits"), (9000, "figure"), (8900, "work permits")]


@pytest.mark.parametrize("text, expected", [
    # a level passed, topped or neared qualifies its figure; a law passed does not
    ("Arrivals by sea this year have passed 41,000.", [(41000, "at_least")]),
    ("Deployments topped the 250,000 mark and are set to go beyond 270,000.", [(250000, "at_least"), (270000, "at_least")]),
    ("The fund nears $4.2 million.", [(4200000, "approximate")]),
    ("Parliament passed 12 laws on asylum.", [(12, None)]),
])
def test_levels_passed_topped_or_neared(nlp, text, expected):
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_qualifier_before_the_article_of_a_spelled_figure(nlp):
    text = "More than a hundred thousand workers left in 2019."
    assert [(f.value, f.qualifier, f.counted) for f in facts_in_text(text, nlp, "en")] == [(100000, "at_least", "workers")]


def test_a_share_of_the_total_in_a_bracket_is_of_the_count_beside_it(nlp):
    text = ("Most first permits went to Poland (41 300, or 19 % of the EU total), "
            "Spain (30 100, or 14 %) and Italy (22 000, or 10 %).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (41300, "first permits"), (19, "first permits"), (30100, "first permits"), (14, "first permits"),
        (22000, "first permits"), (10, "first permits")]


def test_a_french_verb_after_a_count_is_no_noun(nlp):
    text = "Au total, 420 000 Tchadiens sont déplacés ; 1,2 million vivent sous des tentes ; 95 000 manquent d'eau."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (420000, "Tchadiens"), (1200000, "Tchadiens"), (95000, "Tchadiens")]


def test_a_sentence_opening_on_a_people_names_its_own_set(nlp):
    text = ("On compte aussi près de 9.000 Roumains et 6.500 Bulgares. "
            "Les Canadiens, eux, ne sont que 2.140 dans la région.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (9000, "Roumains"), (6500, "Bulgares"), (2140, "Canadiens")]


@pytest.mark.parametrize("lang, text, expected", [
    # a hyphenated word the tokenizer keeps whole is a noun like any other
    ("fr", "En 2022, 85 300 primo-demandeurs d'asile ont été enregistrés.", [(85300, "primo-demandeurs")]),
    ("fr", "Quelque 2 400 sans-papiers ont été régularisés.", [(2400, "sans-papiers")]),
    ("es", "El programa atendió a 1.350 ex-combatientes.", [(1350, "ex-combatientes")]),
    ("en", "Some 4,100 asylum\u2011seekers arrived by sea.", [(4100, "asylum\u2011seekers")]),
])
def test_a_hyphenated_word_after_a_count_is_its_noun(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_list_lines_with_grouped_thousands_carry_the_set_and_drop_the_place(nlp):
    text = ("Hasta junio se contaban 2,1 millones de refugiados sirios en la región.\n\n"
            "Turquía: 1,30 millones\n\nLíbano: 415.200\n\nCosta Rica: 12.900\n\nIrak 9.400\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (2100000, "refugiados"), (1300000, "refugiados"), (415200, "refugiados"),
        (12900, "refugiados"), (9400, "refugiados")]


@pytest.mark.parametrize("lang, text, expected", [
    # the line leading into a list of labelled figures names what they count
    ("en", "Asylum applications by country of origin in 2022:\nSyria: 2,300\nIraq: 1,150\n\nThe rest came from 40 countries.",
     [(2300, "applications"), (1150, "applications"), (40, "countries")]),
    ("es", "Así se distribuyen los migrantes haitianos en la región:\n\nChile: 185.000\n\nBrasil: 143.000",
     [(185000, "migrantes"), (143000, "migrantes")]),
])
def test_the_lead_into_a_list_names_what_its_lines_count(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a count of views at the end of a line is page furniture; a multiple in a sentence is a fact
    ("en", "Download the brief (PDF)\nViewed 1,204 times\nArrivals were three times higher.", [3]),
    ("es", "Publicado el 3 de mayo. Leído 310 veces\nLas solicitudes se multiplicaron 4 veces.", [4]),
    ("fr", "Télécharger (PDF, 2 MB) Consulté 356 fois\nLes demandes ont été multipliées par 3.", [3]),
])
def test_a_view_counter_in_times_is_no_fact(nlp, lang, text, expected):
    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


def test_saudi_riyals_written_sr(nlp):
    text = "Workers in Saudi Arabia sent SR152.3 billion home, after nearly SR 144 billion ($38.4 billion) a year before."
    assert [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [
        (152300000000, "SAR", None), (144000000000, "SAR", "approximate"), (38400000000, "USD", None)]


@pytest.mark.parametrize("text, expected", [
    # a people after "by" in brackets: what they made is counted; a people as the subject counts itself
    ("The rise in applications by Eritreans (3 100) and Sudanese (2 400) was steep.", [(3100, "applications"), (2400, "applications")]),
    ("Asylum claims lodged by Afghans (12,000) rose.", [(12000, "claims")]),
    ("Turks (2 500) ranked third.", [(2500, "Turks")]),
])
def test_a_people_after_by_in_brackets_counts_what_they_made(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a footnote's number printed against a word is no figure and no part of the word
    ("en", "Some 281 million3 international migrants lived abroad, among them 26.4 million refugees12.",
     [(281000000, "international migrants"), (26400000, "refugees")]),
    ("fr", "Quelque 70,8 millions2 de personnes avaient fui.", [(70800000, "personnes")]),
    ("es", "Unos 6,04 millones2 de venezolanos viven fuera.", [(6040000, "venezolanos")]),
    ("en", "COVID19 cut arrivals to 12,000 people.", [(12000, "people")]),
])
def test_a_footnote_number_glued_to_a_word(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # an opening phrase up to its comma is no subject; "los datos", "la mayoría" name nothing of their own
    ("En marzo, el ingreso de remesas sumó 1.210 millones de dólares, un alza del 6,2% frente a 2023.",
     [(1210000000, "USD"), (6.2, "ingreso")]),
    ("Los datos suponen un alza del 13 % en relación con 2018.", [(13, None)]),
    ("De los solicitantes de asilo en Panamá, la mayoría, el 61% exactamente, procede de Colombia.", [(61, "solicitantes")]),
])
def test_spanish_opening_phrases_and_words_that_name_a_figure(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, expected", [
    # a change counts the noun whose change it is, singular too; "ce chiffre" names nothing
    ("La Turquie recule au cinquième rang, avec une demande en recul de 22 %.", [(22, "demande")]),
    ("Le Mali voit sa population croître de près de 3 %.", [(3, "population")]),
    ("Ce chiffre est en hausse de 12 %.", [(12, None)]),
])
def test_a_french_change_counts_the_noun_before_it(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a year after "the year" or the Spanish demonstrative dates its figures
    ("en", "Outward remittances came to about $85.8 billion during the year 2023.", ["2023"]),
    ("en", "In the year 2020, 5,000 people arrived.", ["2020"]),
    ("es", "En lo que va de este 2023, unos 40 mil 458 niños migrantes han cruzado la selva.", ["2023"]),
    ("es", "En este 2024 llegaron 3.000 personas.", ["2024"]),
])
def test_a_year_after_the_year_or_este_dates_the_figure(nlp, lang, text, expected):
    assert [f.as_of for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a signed change in brackets after the year it is compared with takes no date; a level there does
    ("fr", "Les naturalisations sont restées stables par rapport à 2021 (-0,4%).", [None]),
    ("en", "Applications rose by 11% compared with 2021 (632 400).", [None, "2021"]),
])
def test_a_bracketed_change_after_a_compared_year_is_undated(nlp, lang, text, expected):
    assert [f.as_of for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the end, the middle and the start of a year date their figures
    ("en", "By end of 2023, 6.5 million people had fled.", ["2023-12-31"]),
    ("es", "A fin de 2022 había 6,8 millones de venezolanos en la región.", ["2022-12-31"]),
    ("es", "Al término de 2022 se registraron 2.000 personas.", ["2022-12-31"]),
    ("es", "A mediados de 2023, 110 millones de personas estaban desplazadas.", ["2023"]),
    ("fr", "À la mi-2023, 110 millions de personnes étaient déplacées.", ["2023"]),
    ("fr", "Début 2024, 3 000 demandes étaient en attente.", ["2024-01-01"]),
])
def test_the_end_middle_or_start_of_a_year(nlp, lang, text, expected):
    assert [f.as_of for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a fraction of a scale is an amount, not a share and a million
    ("en", "Half a million people fled, and a quarter of a million returned.", [500000, 250000]),
    ("es", "Un cuarto de millón de personas regresó.", [250000]),
    ("fr", "Un quart de million de personnes sont rentrées, un demi-million ont fui.", [250000, 500000]),
    ("fr", "Les transferts ont atteint un demi-milliard d'euros.", [500000000]),
])
def test_a_fraction_of_a_scale_is_an_amount(nlp, lang, text, expected):
    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


def test_a_share_joined_to_one_that_names_its_whole_shares_that_whole(nlp):
    text = "En cambio, los giros postales significaron el 2.1% y el 0.4% del monto total."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2.1, "monto total"), (0.4, "monto total")]


@pytest.mark.parametrize("lang, text, expected", [
    # a change followed by the level it reached, where the level names its noun, is a change of that noun
    ("en", "Then came Italy, down 14 percent at 8,300 claims.", [(14, "claims"), (8300, "claims")]),
    ("fr", "Un recul a été relevé pour les Géorgiens (-31% à 410 départs).", [(31, "départs"), (410, "départs")]),
])
def test_a_change_of_a_named_level(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_dash_or_a_conjunction_is_never_what_a_figure_counts(nlp):
    text = "Falls were recorded in Norway - down 21 percent to 3,912, and in Finland - down 18 percent to 2,020."
    assert {(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.value in (21, 18)} == {(21, None), (18, None)}


@pytest.mark.parametrize("lang, text, expected", [
    # figures in brackets after the items of a list count what the first item's figure counts
    ("en", "Seasonal workers are concentrated in farming (52%), hospitality (21%) and retail (9%).",
     ["workers", "workers", "workers"]),
    ("fr", "Les autres saisonniers se concentrent dans la restauration (210.000), dans l'hébergement (170.000) "
           "et dans les loisirs (80.000).", ["saisonniers", "saisonniers", "saisonniers"]),
    # a list of peoples counts each people
    ("en", "Syrians (2,610), Afghans (2,225) and Iraqis (760) led.", ["Syrians", "Afghans", "Iraqis"]),
])
def test_figures_in_brackets_after_the_items_of_a_list(nlp, lang, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a change whose subject is a pronoun for the count just before it counts what that count counts
    ("Italy received 9,120 claims - though this is a 4 percent decrease on the year before.", ["claims", "claims"]),
    ("Crossings reached 12,000 in May, which is a 15% increase.", ["Crossings", "Crossings"]),
    # or of the money just before it
    ("Migrants sent $433 million home, which is 67% up on the year before.", ["USD", "USD"]),
])
def test_a_change_said_of_the_count_before_it_by_a_pronoun(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a figure after its article and before "de" and a year is that year's, and a movement's end keeps its noun
    ("Murcia anotó un avance en sus retornados, que pasaron de los 1.410 de 2013 a los 3.020 de 2017.",
     [(1410, "retornados", "2013"), (3020, "retornados", "2017")]),
    ("Se registraron 610 víctimas, frente a las 402 de 2022.", [(610, "víctimas", None), (402, "víctimas", "2022")]),
])
def test_spanish_figures_of_a_year_after_their_article(nlp, text, expected):
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, expected", [
    # a later share or change that names nothing is of the sentence's first set
    ("Claims in 31 European countries, Italy aside, showed a 9 per cent drop in the third quarter.",
     ["European countries", "Claims"]),
    ("Taken together, arrivals in the first half of 2022 were 14 per cent fewer than a year before.", ["arrivals"]),
    # but not where the sentence points back at a figure or a set
    ("In 2020, 3,120 asylum applications were lodged, and this number rose by 38% compared with 2019.",
     ["asylum applications", None]),
])
def test_a_later_share_or_change_that_names_nothing(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a share that names nothing is of the set the sentence before shared out only near its sentence's start
    ("Permanent migration fell by 4% in 2018, to 162 400 visas. In 2018-19 most of the places on offer "
     "went to the Skill stream (69%).", ["Permanent migration", "visas", "places"]),
    ("Some 12% of the migrants were children. About 18 percent worked as carers.", ["migrants", "migrants"]),
])
def test_a_share_carried_from_the_sentence_before_only_near_the_start(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a span of years after "sur", "en" or "en l'espace de" frames the figures; one the sentence counts is a fact
    ("Les trois pays cumulent 6 204 118 titres sur cinq années.", [3, 6204118]),
    # the headline's noun of a multiple is 3 `times`, as the README's batch 5 labels "Quadruplement" (4 `times`)
    ("Triplement en neuf ans des envois de fonds vers le Sahel.", [3]),
    ("La part des mineures a doublé en l'espace de quatre ans, grimpant de 11% à 25%.", [2, 11, 25]),
    ("Leur nombre s'est redressé pendant 3 années consécutives.", [3]),
])
def test_a_french_span_of_years_that_frames_the_figures(nlp, text, expected):
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the level a movement starts from is no change
    ("fr", "La part a doublé, grimpant de 11% à 25%.", [(2, None), (11, None), (25, None)]),
    ("es", "Las remesas crecieron, subiendo de 3.000 a 4.000 millones de dólares.", [(3000000000, None), (4000000000, None)]),
])
def test_the_start_of_a_movement_is_no_change(nlp, lang, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, lang)] == expected


def test_rupees_printed_against_their_number_with_a_point(nlp):
    text = "Indian workers abroad sent Rs.500 crore through the scheme."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(5000000000, "INR")]


def test_a_year_alone_in_brackets_after_a_figure_dates_it(nlp):
    text = "Remittances reached $5.1 billion (2023), up from $4.7 billion (2022)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(5100000000, "2023"), (4700000000, "2022")]


@pytest.mark.parametrize("text, expected", [
    # "of a" opens a share's whole like "of the"
    ("Foreign residents were 76.8 percent of a population that totalled 1.7 million.", ["population", "population"]),
    # a participle of going or living after the whole's noun is no part of it
    ("Some 40% of the workforce going abroad were women.", ["workforce"]),
    ("Most of the returning Indian workers came from Oman (72,259).", ["returning Indian workers"]),
    # a possessor is no set: "Workers' remittance inflows"
    ("Workers' remittance inflows during the first two months rose by 16.3% in 2023.", ["inflows"]),
    # a place that holds a figure is not what it counts; the shares that follow one naming its whole are of it
    ("The largest share went to Russians, 33% of recipients, followed by the UK at 8.4% and Saudi Arabia at 5.4%.",
     ["recipients", "recipients", "recipients"]),
])
def test_what_a_share_names_past_articles_participles_possessors_and_places(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a fraction before its verb is a share of the set the sentence opens with; "the first half was" is a time
    ("en", "Of these applications, two-thirds were lodged in Germany.", [(66.67, "applications")]),
    ("en", "Of these applications, 40% were lodged in Germany. Of those leaving, 184,140 registered.",
     [(40, "applications"), (184140, None)]),
    ("en", "The first half was calm.", []),
    ("fr", "Sur ces demandes, les deux tiers ont été déposées en Allemagne.", [(66.67, "demandes")]),
    ("es", "De esas solicitudes, dos tercios fueron presentadas en Alemania.", [(66.67, "solicitudes")]),
])
def test_a_fraction_before_its_verb_is_a_share(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a scale word counts nothing, and "d'ici" is a time, no noun
    ("Le reste se partage entre le Liban (plus d'un million), la Jordanie (657.000) et l'Irak (233.000).",
     [None, None, None]),
    ("Le nombre de personnes déplacées pourrait atteindre 8,7 millions d'ici la fin de 2016.", ["personnes"]),
    # a plural country's name after "les" is a place, not a people
    ("Viennent ensuite le Cap-Vert (9,3 %), les Comores (9 %) et le Togo (7,8 %).", [None, None, None]),
    # a list that goes on from the sentence before shares out the whole a share there named
    ("Devant le Sénégal (10,7% du PIB), le Lesotho (24,4 %) domine. Viennent ensuite le Cap-Vert (9,3 %) et le Togo (7,8 %).",
     ["PIB", "PIB", "PIB", "PIB"]),
])
def test_french_heads_that_name_nothing_and_lists_that_go_on(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Nigéria (20,1 milliards de dollars) domine, devant le Ghana (4,6 milliards), le Kenya (4,09) et le Sénégal (2,7)."),
    ("en", "Nigeria ($20.1 billion) led, ahead of Ghana ($4.6 billion), Kenya (4.09) and Senegal (2.7)."),
])
def test_bare_list_items_after_money_go_on_in_its_currency_and_scale(nlp, lang, text):
    assert [(f.kind, f.value, f.unit) for f in facts_in_text(text, nlp, lang)] == [
        ("money", 20100000000, "USD"), ("money", 4600000000, "USD"), ("money", 4090000000, "USD"),
        ("money", 2700000000, "USD")]


def test_a_french_level_that_rises_from_one_figure_to_another_is_two_levels(nlp):
    text = "L'Espagne, dont la contribution est montée de 8,85% à 12,6%, occupe le deuxième rang."
    assert [(f.value, f.value_max, f.change) for f in facts_in_text(text, nlp, "fr")] == [(8.85, None, None), (12.6, None, None)]


def test_an_english_verb_right_after_a_count_with_no_plural_after_it_is_no_noun(nlp):
    text = ("Of all persons given protection status in the EU in 2018, 163,800 received refugee status and "
            "100,300 got subsidiary protection. Some 5,000 returned migrants were counted.")
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["persons", "persons", "returned migrants"]


def test_counts_listed_after_an_item_that_names_its_noun_before_the_same_preposition(nlp):
    text = ("Cyprus issued 1 420 positive decisions. In Cyprus, asylum went to 1 155 individuals from Syria (81%), "
            "100 from Palestine (7%) and 80 from Iraq (6%).")  # a sentence that starts past the text's start
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "count"] == [
        (1420, "positive decisions"), (1155, "individuals"), (100, "individuals"), (80, "individuals")]


@pytest.mark.parametrize("text, expected", [
    # "parmi" a set's size and a colon: the shares listed after it are of that set
    ("Plus exactement, parmi 2 675 victimes suivies : - 76% subissent une exploitation sexuelle ; - 15% une "
     "exploitation par le travail.", ["victimes", "victimes", "victimes"]),
    # "Toujours selon ..., " opens a sentence as "Selon ..., " does
    ("Toujours selon ces projections, les envois de fonds des migrants devraient croître de 1,9%.", ["envois"]),
    # the noun a change is said of right before it, after an article or a possessive, over the subject
    ("La balance des services a vu son excédent grimper de 14,2% à 159,66 MMDH.", ["excédent", "MAD"]),
    ("Les transferts des MRE en hausse de 8,3% au premier trimestre 2022.", ["transferts"]),
])
def test_french_sets_openers_and_changed_nouns(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # a share "of the total" right after a count that names its set is a share of that set
    ("Pakistan took the biggest slice, with 9,560 applications or 9.6% of the overall total.",
     ["applications", "applications"]),
    ("Syria had 1,000 applications (20% of the total).", ["applications", "applications"]),
    ("Women made up 20% of the total.", ["total"]),
])
def test_a_share_of_the_total_after_a_count_is_of_its_set(nlp, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == expected


def test_spanish_el_porcentaje_de_is_transparent(nlp):
    text = "El porcentaje de argentinos dentro del conjunto de residencias subió de 19% en 2012 a 27% en 2013."
    assert [(f.value, f.counted.split()[0], f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (19, "argentinos", "2012"), (27, "argentinos", "2013")]  # the head of "argentinos dentro del conjunto ..."


def test_a_number_of_phrase_ends_with_its_clause_at_a_semicolon(nlp):
    text = ("Del conjunto de 1.630.903 venezolanos presentes en el país, un total de 327.635 viven en Bogotá; "
            "93.140 en Barranquilla.")
    assert [f.counted for f in facts_in_text(text, nlp, "es")] == ["venezolanos"] * 3


def test_english_live_stay_and_remain_after_a_count_are_verbs(nlp):
    text = "Of the 1,630,903 Venezuelans in the country, 327,635 live in Bogota. There were 300 live births."
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["Venezuelans", "Venezuelans", "live births"]


@pytest.mark.parametrize("lang, text, expected", [
    # places ranked by "the most" of something: their figures count that thing, not the places
    ("es", "Los diez países de los que llegan más inmigrantes son Estados Unidos con 13 mil 524; España con 6 mil 720.",
     [(10, "países"), (13524, "inmigrantes"), (6720, "inmigrantes")]),
    ("es", "Entre los departamentos, el que más personas acogió fue Norte de Santander, con 183.215.", [(183215, "personas")]),
    # a count of the places themselves keeps its noun; a figure with no place's "con" before it is not taken
    ("es", "Otros proceden de mucho más lejos: 27.878 de Asia.", [(27878, None)]),
])
def test_figures_of_places_ranked_by_the_most_of_something(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_french_share_of_a_set_by_sex_counts_the_set(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("Sur les 4.210 rapatriés de l'année, près des deux tiers sont des hommes (64,2%). "
            "Les apprentis sont surtout des garçons (62%). Parmi elles, 57% des femmes avaient un emploi.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (4210, "rapatriés"), (66.67, "rapatriés"), (64.2, "rapatriés"), (62, "apprentis"), (57, "femmes")]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "En marzo se registraron 4.120 solicitudes, lo que es un 12 por ciento más que en febrero.",
     [(4120, "solicitudes", None), (12, "solicitudes", "increase")]),
    ("es", "Llegaron 9.800 personas, lo que supone un alza del 7 por ciento.",
     [(9800, "personas", None), (7, "personas", "increase")]),
])
def test_a_spanish_change_after_lo_que_counts_the_count_before_it(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Entre los retornados, Jalisco aportó 11.2, Puebla 9.8 y Sonora el 6.5 por ciento.",
     [(11.2, "percent"), (9.8, "percent"), (6.5, "percent")]),
    ("en", "Of the returnees, Kano accounted for 14.6, Lagos 9.1 and Edo 8.3 percent.",
     [(14.6, "percent"), (9.1, "percent"), (8.3, "percent")]),
    ("en", "Kano received 146, Lagos 91 and Edo 8.3 percent.", [(146, "count"), (91, "count"), (8.3, "percent")]),
])
def test_fractions_listed_before_the_items_share_are_shares(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, lang)] == expected


def test_from_x_to_y_after_a_change_word_in_its_clause_is_two_levels(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Departures of nationals were still on the rise, from 12,300 to 15,800. Sentences ranged from 5 to 10 years."
    assert [(f.value, f.value_max) for f in facts_in_text(text, nlp, "en")] == [(12300, None), (15800, None), (5, 10)]


def test_a_spaced_minus_inside_a_bracket_is_a_sign(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Les demandes ont reculé pour le Mali (- 412) et le Niger (- 7,5 %). Liste :\n- 12 cas recensés."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(412, "decrease"), (7.5, "decrease"),
                                                                           (12, None)]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La mayor parte de esos migrantes – 41 millones – son hombres, frente a 22 millones que son mujeres.",
     [(41000000, "hombres"), (22000000, "mujeres")]),
    ("en", "Of the returnees, 3,120 were women and 880 who were men came home.", [(3120, "women"), (880, "men")]),
])
def test_a_count_before_a_closing_dash_or_a_relative_and_a_copula_counts_the_noun_after_it(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_french_effectif_des_counts_its_noun(nlp):
    from pipeline.read.extract import facts_in_text

    text = "L'effectif des étudiants étrangers est passé de 9 120 en 2001 à 21 400 en 2011."
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (9120, "étudiants étrangers", "2001"), (21400, "étudiants étrangers", "2011")]


def test_a_figure_grouped_by_thousands_after_a_name_is_no_house_number(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Regions with significant populations\n United States 3,416,840[2]\n Saudi Arabia 1,020,000[3]\n"
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [3416840, 1020000]
    assert [f.value for f in facts_in_text("Write to Rue des Alpes 1204, Geneva.", nlp, "en")] == []


def test_a_year_and_a_dash_opening_a_line_label_its_figure(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Fast facts\n\n2015 - 412,300 people were naturalised.\n\n2016 - 98,020 visas were refused.\n\nSentences of 2010-2015 ran long."
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (412300, "people", "2015"), (98020, "visas", "2016")]


@pytest.mark.parametrize("text, expected", [
    ("In all, 2 046 318 asylum applications were registered.", [2046318]),
    ("Claims went up again, to about 8 400 (+ 12 % from May).", [8400, 12]),
    ("Germany 18 772 16 406\nFrance 12 100 11 950\n", [18, 772, 16, 406, 12, 100, 11, 950]),
])
def test_english_plain_space_groups_of_three_before_a_word_or_two_before_a_bracket(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, "en")] == expected


def test_a_figure_grouped_by_plain_spaces_after_a_name_is_no_house_number(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Pays où la présence est forte\n Italie 340 000 (2016)[2]\n Suède 108 220 (2016)[2]\n"
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [340000, 108220]


def test_a_span_of_months_to_a_month_dates_its_figures(nlp):
    from pipeline.read.extract import facts_in_text

    text = "In the 12-month span to June 2023, the number of people who emigrated was 61,200."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.value > 12] == [(61200, "2023-06")]


def test_a_spanish_hasta_and_a_month_dates_a_running_total(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Hasta octubre de 2022 se contaban 2,48 millones de venezolanos en Colombia."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2480000, "2022-10")]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Galicia vio crecer sus retornados un 88,2% entre 2014 y 2018, pasando de 3.120 a 5.872.",
     [(88.2, None, 2014, 2018), (3120, "2014", None, None), (5872, "2018", None, None)]),
    ("fr", "Les transferts ont doublé entre 2001 et 2009, passant de 210 à 430 milliards.",
     [(2, None, 2001, 2009), (210000000000, None, 2001, 2009), (430000000000, None, 2001, 2009)]),
])
def test_a_movement_after_a_period_dates_its_levels_where_the_language_does(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a Spanish "De los ...," opening names the set of the figures that follow it, where its noun is plural
    ("es", "De los deportados de 2019, el 58,1 % (40.212) llegó por vía aérea y el 41,9 % (29.001) por tierra.",
     [(58.1, "deportados"), (40212, "deportados"), (41.9, "deportados"), (29001, "deportados")]),
    # two determiners before the set's noun ("todas las")
    ("es", "De todas las remesas de mayo, el 83,7 % llegó de Estados Unidos.", [(83.7, "remesas")]),
    # "total" points back to a figure: it names no set
    ("es", "De ese total, el 84 % (253.317) tiene la calidad migratoria de turista.", [(84, None), (253317, None)]),
    # the set's own size may be grouped by spaces
    ("en", "Of the 212 400 Afghans who applied in the EU, almost 60% were registered by Germany.",
     [(212400, "Afghans"), (60, "Afghans")]),
])
def test_an_opening_set_names_the_figures_of_its_sentence(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # "$" is the dollar of the country the document speaks of, where its words name one
    ("The Reserve Bank of Tonga said remittances to Tonga rose to $28.0 million in March.", "TOP"),
    ("Remittances to Tonga rose to US$28.0 million in March.", "USD"),
    ("Remittances to Mexico rose to $28.0 million in March.", "USD"),
    ("Total private remittances to Samoa came to $28.0 million.", "WST"),
    ("The Reserve Bank of Fiji said inflows reached $28.0 million.", "FJD"),
    ("The Australian Bureau of Statistics put the cost at $28.0 million.", "AUD"),
    ("Jamaica's central bank said remittances reached $28.0 million.", "JMD"),
])
def test_a_bare_dollar_is_the_dollar_of_the_country_named(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(28000000, expected)]


@pytest.mark.parametrize("lang, text, expected", [
    # a bracket that gives another year's figure dates that figure only
    ("en", "In 2014, Ireland drew 8.4% of emigrants (in 2013, 8.5%) and Germany 7.9% (2013: 7.7%).",
     [(8.4, "2014"), (8.5, "2013"), (7.9, "2014"), (7.7, "2013")]),
    ("fr", "L'Espagne a accueilli 12,1 % des demandeurs (en 2019, 10,4 %).", [(12.1, None), (10.4, "2019")]),
])
def test_a_bracket_of_another_years_figure_dates_that_figure_only(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_u_dollar_glued_to_its_amount_is_us_dollars(nlp):
    from pipeline.read.extract import facts_in_text

    text = "El 83,7 % vino de Estados Unidos (U$356.7 millones)."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == [(83.7, "%"), (356700000, "USD")]


@pytest.mark.parametrize("text, expected", [
    # "MDT" is millions of Tunisian dinars; a level reached after a bracketed change is no "at most"
    ("Les transferts ont progressé (+28,4%) jusqu'à 7.542 MDT en 2021.",
     [(28.4, "percent", None, None), (7542000000, "money", "TND", None)]),
    ("L'aide va jusqu'à 5 000 euros.", [(5000, "money", "EUR", "at_most")]),
])
def test_tunisian_dinar_millions_and_a_level_reached_after_a_bracketed_change(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.kind, f.unit if f.kind == "money" else None, f.qualifier)
            for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Viennent ensuite Diourbel et Thiès, avec 18 156 (10,9 %) et 18 001 (10,8 %) départs respectivement.",
     [(18156, "départs"), (10.9, "départs"), (18001, "départs"), (10.8, "départs")]),
    ("en", "Next came Kano and Edo, with 4,120 (12.5%) and 3,980 (12.1%) returnees respectively.",
     [(4120, "returnees"), (12.5, "returnees"), (3980, "returnees"), (12.1, "returnees")]),
])
def test_counts_with_bracketed_shares_listed_before_the_one_naming_the_noun_count_it(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Recibió S/ 1.200 al mes.", (1200, "PEN")),
    ("es", "Las remesas sumaron RD$ 3.500 millones.", (3500000000, "DOP")),
    ("es", "El Banco Central de Nicaragua registró C$ 2.500 millones.", (2500000000, "NIO")),
    ("es", "El Banco de Canadá registró C$ 2.500 millones.", (2500000000, "CAD")),
    ("es", "El costo fue de ₡ 5.000.", (5000, "CRC")),
    ("es", "Pagaban 3.000 guaraníes.", (3000, "PYG")),
    ("fr", "Le coût est de 45 DT.", (45, "TND")),
    ("fr", "Ils ont envoyé 15 MDA.", (15000000, "DZD")),
    ("fr", "Un budget de 250 K€.", (250000, "EUR")),
    ("fr", "Le Québec a investi 500 millions $ pour l'accueil.", (500000000, "CAD")),
    ("fr", "Les transferts vers l'Afrique ont atteint 48 milliards de dollars.", (48000000000, "USD")),
    ("en", "Remittances reached Rp 2.5 trillion.", (2500000000000, "IDR")),
    ("en", "Inflows came to GH₵ 300 million.", (300000000, "GHS")),
    ("en", "Migrants sent home USh 300 billion.", (300000000000, "UGX")),
    ("en", "Morocco received 300 million dirhams.", (300000000, "MAD")),
    ("en", "The fee was Dh 500 in Dubai.", (500, "AED")),
    ("en", "Malawi received 5,000 kwacha.", (5000, "MWK")),
    ("en", "A permit costs 1,200 birr.", (1200, "ETB")),
    ("en", "Families received VND 20 billion.", (20000000000, "VND")),
    # a comma in the billions of a currency of small units groups thousands
    ("en", "Families received VND 2,000 billion.", (2000000000000, "VND")),
    ("en", "The fund holds USD$ 2,417 bn.", (2417000000, "USD")),
    ("es", "El fondo suma 45 M€.", (45000000, "EUR")),
    ("es", "Las remesas sumaron $us92.6 millones.", (92600000, "USD")),
    ("es", "Un muro de 5 m.", (5, "m")),
])
def test_local_currency_signs_and_abbreviations(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, lang)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # "by 2030" dates a projection, as "d'ici 2030" and "para 2030" do
    ("By 2030, remittances are expected to reach $900 billion.", [(900000000000, "2030")]),
    ("Applications fell by 2,300 to 41,000.", [(2300, None), (41000, None)]),
])
def test_by_a_year_dates_a_projection(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a change in brackets after a count of heads that itself changed is a change of the clause's subject
    ("fr", "L'immigration a gagné 16 090 personnes (+ 14,1 %).", [(16090, "personnes"), (14.1, "immigration")]),
    ("es", "La población extranjera aumentó en 42.319 personas (+ 1,74 %).",
     [(42319, "personas"), (1.74, "población")]),
    ("en", "Immigration rose by 19,118 people (+11.8%).", [(19118, "people"), (11.8, "Immigration")]),
    # a count that did not change: the change is of the heads
    ("fr", "Le motif familial concernait 20 090 personnes (- 9 %).", [(20090, "personnes"), (9, "personnes")]),
])
def test_a_bracketed_change_after_a_changed_head_count_is_the_subjects(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_name_printed_against_a_number_grouped_by_spaces_is_followed_by_its_figure(nlp):
    from pipeline.read.extract import facts_in_text

    # an infobox's list: "France2 000 000"; but a word against one or two digits alone is a note ("réfugiés12")
    text = " France2 000 000 [3]\n Suisse460 173 [19]\n Angola500 000 [18]\nIl y avait 300 réfugiés12 à Genève."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [2000000, 460173, 500000, 300]


@pytest.mark.parametrize("text, expected", [
    # the length of a span that frames a figure is no fact: up to a date, or after "same", "closing", "preceding"
    ("Inflows over the 12 months to November 2023 came to Ksh 638.8 billion.", [638800000000]),
    ("Of the 3,838 Syrians given protection during the 12 months up to this September, most stayed.", [3838]),
    ("That compares with 26,000 for the closing six months of last year.", [26000]),
    ("Immigration reached 42,300 in the same 12 month span.", [42300]),
    # a duration of its own stays a fact
    ("Visas are valid for 12 months to allow travel.", [12]),
])
def test_the_length_of_a_span_framing_a_figure_is_no_fact(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a span of years after a people's name or an age group's noun is an age
    ("es", "Los ecuatorianos de 30 a 40 años encabezan los viajes.", [(30, 40, "years old")]),
    ("es", "El tramo de 25 a 29 años agrupa a más inmigrantes.", [(25, 29, "years old")]),
    ("fr", "La tranche de 25 à 34 ans domine.", [(25, 34, "years old")]),
    ("es", "La ley tiene 10 años.", [(10, None, "year")]),
    # the years that persons, or a share of them, "have" are their age
    ("es", "El 14 % tiene menos de veinte años.", [(14, None, "%"), (20, None, "years old")]),
    ("es", "Los migrantes tienen 25 años en promedio.", [(25, None, "years old")]),
    ("fr", "Parmi eux, 40 % ont entre 18 et 25 ans.", [(40, None, "%"), (18, 25, "years old")]),
    ("fr", "Les programmes ont 10 ans.", [(10, None, "year")]),
])
def test_years_held_by_a_people_or_an_age_group_are_an_age(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_verb_taken_for_what_a_share_counts_names_nothing(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Unos 762.000 están en situación regular, lo que equivale al 44 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(762000, None), (44, None)]


@pytest.mark.parametrize("lang, text", [
    ("es", "Redacción RC | 30 enero, 2021 | 4:12 pm | Lectura: 2 min"),
    ("es", "Por Gerardo Contreras | 26 diciembre, 2019 | 2 min de lectura"),
    ("es", "por Agencia EFE 8 diciembre, 2018 | Tiempo de lectura: 3 min"),
    ("fr", "Par la rédaction | 19 juin 2023 | Temps de lecture : 4 min"),
    ("en", "By Staff | March 3, 2021 | Reading time: 5 min"),
])
def test_a_bylines_reading_time_is_no_fact(nlp, lang, text):
    from pipeline.read.extract import facts_in_text

    assert facts_in_text(text, nlp, lang) == ()


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Djazairess Publié dans El Watan le 03 - 10 - 2013\n\nPublié le 21 - 06 - 2021\n\n"
           "Les envois ont atteint 2 milliards de dollars.", [2000000000]),
    ("fr", "Ils étaient 12 - 15 en 2019.", [12]),
])
def test_a_date_of_numbers_with_spaced_separators_is_no_fact(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a page number set off by a bar at a line's edge, an article's number ending a path, a page count
    ("Some 400 workers left.\n\n12 | Viet Nam – Voluntary GCM Review\n\nValue CII | News | 462525\n"
     "Publisher: UNHCR | Released: June 2024 | Report, 48 pages\n", [400]),
    # a row of a table set off by a bar keeps its figure
    ("Foreign residents | 12,500\n| Total | 350 |\n", [12500, 350]),
])
def test_page_numbers_article_numbers_and_page_counts_by_bars_are_no_facts(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, "en")] == expected


def test_decades_after_an_article_in_a_sentence_about_decades_are_no_facts(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("En la década de los 60 se iban a Estados Unidos; hacia Venezuela partieron en los 80 y hacia España "
            "en los 90. En los 80 municipios viven 300 personas.")
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [80, 300]


def test_a_french_plans_measure_number_is_a_reference(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Cette démarche répond à la mesure 8 du plan d'action. Une mesure de 8 % a été prise pour 200 personnes."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [8, 200]


@pytest.mark.parametrize("lang, text, expected", [
    # a figure right after a date's year is no cell of a row, no phone number
    ("en", "In 2009 11,575 immigrants had Poland as their country of birth.", [(11575, "2009")]),
    ("en", "The ministry reported that in 2019 111 094 applications were lodged.", [(111094, "2019")]),
    # a figure in a bracket printed against its year
    ("en", "Emigrants registered in 2023(862,625) outnumbered those of 2022(832,339).",
     [(862625, "2023"), (832339, "2022")]),
    # a note's range printed against a year stays out
    ("en", "Work Permits Granted, by Age, 2017(1-4)\n", []),
    ("en", "Call +81 3 5253 4111 now.", []),
])
def test_a_figure_right_after_a_dates_year_is_read(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Unemployment fell to 996 persons, giving an unemployment rate of 4.6%.", [(996, "persons"), (4.6, "rate")]),
    ("Employed Caymanians reflect a growth rate of 7.7% over the estimate.", [(7.7, "rate")]),
    # a change's pace is what changes
    ("Flows are projected to expand at an average annual rate of 8.8 percent.", [(8.8, "Flows")]),
])
def test_a_share_named_a_rate_of_counts_the_rate(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_bracketed_share_after_an_elided_count_counts_the_counts_noun(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Los bolivianos gestionaron 161.262 pedidos (25,5%); los peruanos, 86.742 (13,72%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (161262, "pedidos"), (25.5, "pedidos"), (86742, "pedidos"), (13.72, "pedidos")]


def test_the_last_share_of_a_spanish_list_after_y_counts_the_lists_set(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Los ciudadanos argentinos recibieron el 42% de las residencias, los brasileños el 17% y los venezolanos el 14%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (42, "residencias"), (17, "residencias"), (14, "residencias")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Indian nationals saw the largest number of applications refused (113), then Brazilians (80).",
     [(113, "applications"), (80, "applications")]),
    ("en", "Germany recorded the most persons granted protection in 2016 (445 210), with Sweden next (69 350).",
     [(445210, "persons"), (69350, "persons")]),
    ("fr", "L'Allemagne a accueilli le plus grand nombre de demandeurs (162 000).", [(162000, "demandeurs")]),
])
def test_a_bracketed_count_after_the_most_of_something_counts_that_thing(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_the_end_of_a_span_is_not_what_a_figure_counts(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Net overseas migration to Australia over the 12 months to the end of June was 518,000."
    # the span's end is no head; the subject before the span is (the labels count migration here)
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(518000, "Net overseas migration")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La majorité des travailleurs migrants (trois quarts) vit dans des pays riches.", [75]),
    ("en", "Most migrant workers (two-thirds) live in high-income countries. It took a year and a half.", [66.67]),
])
def test_a_fraction_that_is_all_its_bracket_holds_is_a_share(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


def test_from_and_to_in_a_bracket_after_a_multiple_are_two_levels(nlp):
    from pipeline.read.extract import facts_in_text

    text = "The count of persons prosecuted more than doubled between 2012 and 2022 (from 805 to 1,656 persons)."
    assert [(f.value, f.value_max, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (2, None, None), (805, None, "2012"), (1656, None, "2022")]


def test_an_adjective_like_principal_is_never_what_a_figure_counts(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("España fue el principal origen de las remesas con 45,2%, seguida de Estados Unidos con 16,7%, "
            "además de Argentina (8,2%) y Chile (7,5%).")
    assert "principal" not in [f.counted for f in facts_in_text(text, nlp, "es")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Their number came close to the peaks of 2015 and 2016 (1 216 900 and 1 166 800).",
     [(1216900, "2015"), (1166800, "2016")]),
    ("fr", "Leur nombre approche les sommets de 2014, 2015 et 2016 (600 000, 1 216 900 et 1 166 800).",
     [(600000, "2014"), (1216900, "2015"), (1166800, "2016")]),
])
def test_figures_in_a_bracket_after_as_many_years_take_them_in_order(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Over the month, total remittances grew by $4.4 million (18.5%) to reach $28.0 million.",
     [(4400000, "USD", "increase"), (18.5, "remittances", "increase"), (28000000, "USD", None)]),
    ("Over the year, total remittances kept climbing, by $36.0 million (12.0%), to a record high.",
     [(36000000, "USD", "increase"), (12, "remittances", "increase")]),
    # a place that supplied the amount is no set of its share
    ("The US alone supplied US$380mn (93.3%).", [(380000000, "USD", None), (93.3, None, None)]),
    # an agent that recorded the amount is no set of its share
    ("The bank recorded US$4.4 million (18.5%) in new deposits.", [(4400000, "USD", None), (18.5, None, None)]),
    # the share restating the amount after "or"
    ("Workers' remittances came to US$ 15.126 billion, an increase of $ 770.7 million or 5.4 percent.",
     [(15126000000, "USD", None), (770700000, "USD", "increase"), (5.4, "remittances", "increase")]),
])
def test_a_share_in_brackets_after_an_amount_of_money_is_of_the_clause_subject(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a month before the subject after an opening phrase
    ("Según la información difundida, durante mayo las remesas alcanzaron 426.2 millones de dólares, 60.2 por ciento "
     "por encima de lo recibido un año antes.", [(426200000, "USD", None), (60.2, "remesas", "increase")]),
    # "lo que implica un alza de un ...": a restating clause, an article after its "de"
    ("Cerca de 213.200 personas solicitaron asilo, lo que implica un alza de un quince por ciento.",
     [(213200, "personas", None), (15, "personas", "increase")]),
    # a sign set off by a space
    ("En 2021 el Ministerio de Trabajo concedió 65 000 permisos de trabajo, + 14 % frente al año anterior.",
     [(65000, "permisos", None), (14, "permisos", "increase")]),
    # a share in apposition after a changed count is its change
    ("San Andrés perdió 25 personas, un 1,73%, entre enero y febrero.",
     [(25, "personas", "decrease"), (1.73, "personas", "decrease")]),
])
def test_a_change_after_a_spanish_count_or_amount_counts_its_set(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == expected


def test_shares_of_list_items_after_a_lead_count_the_lead_noun_and_no_country_is_counted(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("Les immigrants admis en 2010 ont pour pays de naissance les pays que voici:\n"
            "- Maroc : 5 654 (10,5%)\n- Algérie : 4 442 (8,2 %)\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (5654, "immigrants"), (10.5, "immigrants"), (4442, "immigrants"), (8.2, "immigrants")]
    # a country's name cut before its "d'" is no head; its people's name would be
    assert [(f.value, f.counted) for f in facts_in_text(
        "Parmi ses pays d'origine figurent la Guinée (+46 %) et la Côte d'Ivoire (+16 %).", nlp, "fr")][1] == (16, None)


@pytest.mark.parametrize("lead, expected", [
    ("Les immigrants admis en 2010 ont pour pays de naissance les pays que voici:", ["2010"] * 4),
    # a starting point dates no list
    ("Depuis 2010, les immigrants admis viennent de ces pays:", [None] * 4),
])
def test_the_items_of_a_list_take_the_year_its_lead_dates_it_by(nlp, lead, expected):
    from pipeline.read.extract import facts_in_text

    text = lead + "\n- Maroc : 5 654 (10,5%)\n- Algérie : 4 442 (8,2 %)\n"
    assert [f.as_of for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Residían 226 367 personas extranjeras, el 10, 2% del total de la población.", [226367, 10.2]),
    ("es", "En cuarto puesto figura el tramo de mayores, con un 17, 51%.", [17.51]),
    # a list goes on: no decimals cut off
    ("es", "Hubo subidas de 5, 10% y 15% según el caso.", [5, 10, 15]),
    ("es", "Fueron el 10, 2% u 11, 3% según la fuente.", [10, 2, 11, 3]),
    ("fr", "Viennent ensuite l'Espagne (160 500, 15 %) et la France (145 100, 14 %).", [160500, 15, 145100, 14]),
])
def test_decimals_cut_off_by_a_space_after_the_comma(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # tenths of a point and points of a share are percentage points; "puntos de X" are things counted
    ("Residían 226 367 extranjeros, el 10,2% del total, es decir, tres décimas más que un año antes.",
     [(226367, "count", None, None), (10.2, "percent", "%", None), (0.3, "other", "percentage point", "increase")]),
    ("Suponen un 24,8 % del total, con 0,2 puntos más que en 2024.",
     [(24.8, "percent", "%", None), (0.2, "other", "percentage point", "increase")]),
    ("La participación de las mujeres retrocedió dos puntos porcentuales.", [(2, "other", "percentage point", "decrease")]),
    ("La banca habilitó mil puntos de pago en comunidades de alta migración.", [(1000, "count", None, None)]),
])
def test_spanish_points_and_tenths_of_a_point(nlp, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.kind, f.unit, f.change) for f in facts_in_text(text, nlp, "es")] == expected


def test_a_list_after_a_lead_sentence_with_a_figure_counts_the_lead_sentence_noun(nlp):
    from pipeline.read.extract import facts_in_text

    # "--" marks the items and "=" sets off their figures; the lead is the line's last sentence, and the
    # places its items name are no set
    text = ("2017 - 1,127,167 people receive lawful permanent residence. The leading countries of origin among "
            "the new card recipients:\n\n-- Mexico = 168,980\n-- China = 66,479\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (1127167, "people"), (168980, "recipients"), (66479, "recipients")]


def test_counts_in_brackets_after_places_take_the_noun_the_first_item_named(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("Parmi les personnes ayant fait le choix du retour, les Iraquiens formaient le groupe le plus nombreux, "
            "avec 5.661 rapatriés, devant la Guinée (5.088), l'Éthiopie (4.792) et le Mali (4.042).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (5661, "rapatriés"), (5088, "rapatriés"), (4792, "rapatriés"), (4042, "rapatriés")]


def test_a_heading_on_the_line_after_a_figure_names_nothing_it_counts(nlp):
    from pipeline.read.extract import facts_in_text

    text = "Solicitudes presentadas:\n28.682\nEdad:\n18-34 años: 14.745\n"
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][0] == (28682, "Solicitudes")


def test_a_count_in_brackets_after_a_singular_noun_of_a_flow_counts_it(nlp):
    from pipeline.read.extract import facts_in_text

    text = "EU citizens' immigration (268,000) is still lower than non-EU citizens' immigration (282,000)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (268000, "immigration"), (282000, "immigration")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Chart 1: Total Population, split by residency status, as of June 2024"),
    ("en", "Diagram 1: Singapore's Total Population"),
    ("es", "Gráfica 3: evolución de las remesas en 2024"),
    ("fr", "Diagramme 4 : répartition des titres en 2024"),
])
def test_a_chart_or_diagram_number_is_a_reference(nlp, lang, text):
    from pipeline.read.extract import facts_in_text

    assert list(facts_in_text(text, nlp, lang)) == []


def test_a_spanish_percent_written_as_one_word(nlp):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.kind, f.change) for f in facts_in_text(
        "El número total supone un aumento del 17 porciento frente a finales de 2021.", nlp, "es")] == [
        (17, "percent", "increase")]


def test_bare_billions_listed_before_money_take_its_currency_over_an_earlier_sentence(nlp):
    from pipeline.read.extract import facts_in_text

    text = ("Les Maliens ont envoyé 70,8 milliards de francs CFA (soit 114 millions de dollars). Le Bénin, le Sénégal "
            "et le Togo ont perçu, avec respectivement 40,6 milliards, 52,2 milliards, puis 41,7 milliards de francs CFA.")
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")][2:] == [
        (40600000000, "XOF"), (52200000000, "XOF"), (41700000000, "XOF")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le rapport relève une hausse des demandes venues de l'Ukraine (+73 %), du Soudan (+77 %).",
     [(73, "demandes"), (77, "demandes")]),
])
def test_a_change_in_brackets_after_a_noun_and_its_participle_of_origin_counts_the_noun(nlp, lang, text, expected):
    from pipeline.read.extract import facts_in_text

    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Cette hausse s'est chiffrée à près de 70.000 en 2012, après 77.000 en 2011.",
     [(70000, "hausse", "increase"), (77000, "hausse", "increase")]),
    ("fr", "Le total progresse. La hausse s'est élevée à 40 % pour les étrangers.", [(40, "hausse", "increase")]),
    ("en", "In North America, meanwhile, the drop was 8 percent.", [(8, "drop", "decrease")]),
    ("en", "Between October 1, 2017 and January 1, 2018, the international migratory increase was 55,048.",
     [(55048, "increase", "increase")]),
    # a preposition after the noun is no verb linking it to the figure
    ("en", "The rise to 8 percent came late.", [(8, None, None)]),
])
def test_a_figure_linked_to_a_change_as_its_subject_measures_that_change(nlp, lang, text, expected):
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "85,563 encounters with single adults (78 percent) went to expulsion processing.",
     [(85563, "encounters"), (78, "encounters")]),
    ("en", "In Cyprus, asylum went to 1 155 individuals from Syria (81%), 100 from Palestine (7%).",
     [(1155, "individuals"), (81, "individuals"), (100, "individuals"), (7, "individuals")]),
    ("en", "Among last month's workers were 115,226 from mainland China (60.8 percent of the total).",
     [(115226, "workers"), (60.8, "workers")]),
    # "along" ends a subject's head as "across" does
    ("en", "All told, encounters along the Southwest Border numbered 212,672.", [(212672, "encounters")]),
])
def test_a_share_in_brackets_after_a_count_and_its_qualifying_words_is_of_the_count(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Dans le classement des pays d'origine qui comptent le plus d'acquisitions de la nationalité française, les "
           "Marocains, premiers, précèdent les Algériens (6.737), les Tunisiens ( 3841).",
     [(6737, "acquisitions"), (3841, "acquisitions")]),
    # the ranking's "más" must stand in the figure's own sentence, not anywhere before it in the text
    ("es", "Llegan más españoles que nunca. Los rumanos\n(864.278) son el grupo europeo más numeroso.",
     [(864278, "rumanos")]),
])
def test_peoples_listed_in_a_ranking_by_the_most_of_a_thing_count_that_thing(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_count_and_its_share_in_one_bracket_after_a_place_ranked_by_the_most_of_a_thing(nlp):
    text = ("Alemania encabeza la lista de países con más peticiones de asilo, casi 175.000, por delante de Italia "
            "(22.300, 8%) y Francia (18.000, 6%).")
    assert [(f.value, f.kind, f.counted) for f in facts_in_text(text, nlp, "es")][1:] == [
        (22300, "count", "peticiones"), (8, "percent", None), (18000, "count", "peticiones"), (6, "percent", None)]


def test_a_modifier_before_the_noun_of_a_clause_subject_is_not_its_head(nlp):
    text = "Las nuevas peticiones se desplomaron en Suecia (-91%) y Finlandia (-85%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(91, "peticiones"), (85, "peticiones")]


def test_a_sentence_opening_on_a_set_pronoun_before_an_article_takes_the_set_of_the_sentence_before(nlp):
    text = "En 2019 volvieron 196.000 retornados. De ellos el 50.4 % vino de México (98,787) y el 49.5 % (97,003) de Estados Unidos."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (196000, "retornados"), (50.4, "retornados"), (98787, "retornados"), (49.5, "retornados"), (97003, "retornados")]


def test_other_and_further_before_the_noun_after_a_figure_belong_to_its_phrase(nlp):
    text = "There were returns to over 40 other countries. It reached 30 further cases."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(40, "other countries"), (30, "further cases")]


@pytest.mark.parametrize("text, expected", [
    # a fiscal year's label after a list's double dash
    ("Children apprehended:\n\n-- FY2017 - 40,810\n\n-- FY2016 - 59,170\n", [(40810, "2017"), (59170, "2016")]),
    # a one-sentence lead that opens on its year dates the items below it, blank lines between them
    ("2017 - The states where the most residents live are:\n\n-- California = 214,243\n\n-- New York = 139,409\n",
     [(214243, "2017"), (139409, "2017")]),
    ("2014 - The states where most immigrants settle are:\n\n-- California (24%)\n\n-- Texas (16%)\n",
     [(24, "2014"), (16, "2014")]),
    # a lead of two sentences dates only its own
    ("2017 - In all, 12.1 million lived in the country in 2014. The main countries are:\n\n-- Mexico = 6.6 million\n",
     [(12100000, "2014"), (6600000, None)]),
])
def test_list_items_are_dated_by_their_year_labels_and_by_a_lead_that_opens_on_its_year(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Ces transferts ont pesé 3,3% du PIB en RDC, contre 3,8% à Sao Tomé, puis 2,4% pour le Rwanda.",
     [(3.3, "PIB"), (3.8, "PIB"), (2.4, "PIB")]),
    # a share that names its own whole keeps it
    ("es", "Guatemala tiene 32 mil personas deportadas, el 15% del total, lejos de México, al que correspondió más de la "
           "mitad de los casos.", [(32000, "personas"), (15, "total"), (50, "casos")]),
])
def test_shares_that_go_on_from_one_naming_its_whole_are_shares_of_that_whole(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Corresponde a jóvenes de entre 15 a 29 años.", [(15, 29, "years old")]),
    ("es", "La edad media es de 34,1 años.", [(34.1, None, "years old")]),
    ("fr", "Les Luxembourgeois sont en moyenne les plus âgés (40,1 ans).", [(40.1, None, "years old")]),
    # a span of years in a clause that names no age stays one
    ("es", "Los presos cumplen entre 2 y 5 años de cárcel.", [(2, 5, "year")]),
])
def test_years_in_a_clause_that_names_an_age_or_after_persons_of_between_are_ages(nlp, lang, text, expected):
    assert [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El año pasado las remesas crecieron 14,4 por ciento, y en 2018 se espera un alza de 8 por ciento.",
     [(14.4, None), (8, "2018")]),
    ("fr", "Les remises ont progressé de 14,1% pour atteindre 49 milliards de dollars en 2021, après un recul de 8,1% "
           "l'année précédente.", [(14.1, "2021"), (49000000000, "2021"), (8.1, None)]),
])
def test_a_figure_of_the_year_before_named_only_relatively_takes_no_year(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Males numbered 170,510 and females 167,100.", ["Males", "females"]),
    ("es", "Los argentinos eran 1.531.360 y los extranjeros 210.993.", ["argentinos", "extranjeros"]),
    ("fr", "Les hommes étaient 15 344 990 et les femmes 14 044 160.", ["hommes", "femmes"]),
])
def test_the_subject_of_a_second_clause_whose_verb_is_left_out_is_what_its_figure_counts(nlp, lang, text, expected):
    assert [f.counted for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence whose subject points at the count named before
    ("En 2018, 3,2 millions de permis ont été accordés. Ce chiffre a progressé de 0,4 % (soit 13 000) en un an.",
     [(3200000, "permis"), (0.4, "permis"), (13000, "permis")]),
    # a sentence that goes on with the list of the one before
    ("L'UE a accordé 3 millions de titres. La Pologne en a attribué 724.000. Viennent ensuite l'Allemagne "
     "(460.000 ou 16%) et l'Espagne (320.000).",
     [(3000000, "titres"), (724000, "titres"), (460000, "titres"), (16, "titres"), (320000, "titres")]),
])
def test_french_figures_of_a_sentence_that_points_at_or_goes_on_with_the_count_before(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a verb of restating is no set: the change is of the subject
    ("fr", "Les transferts ont atteint 115,3 milliards de dirhams en 2023, ce qui correspond à une hausse de 4,1 %.",
     [(115300000000, "MAD"), (4.1, "transferts")]),
    # "restantes" is the rest of the set named before
    ("es", "Se hicieron 226 operaciones: 74 de ellas contra la trata y las 152 restantes contra la explotación.",
     [(226, "operaciones"), (74, "operaciones"), (152, "operaciones")]),
])
def test_a_verb_of_restating_or_a_word_for_the_rest_is_not_what_a_figure_counts(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text", [
    "Ya en abril, 24 pidieron protección.",
    "Del total, 88.763 contaban con antecedentes penales.",
])
def test_a_spanish_verb_after_a_figure_is_not_what_it_counts(nlp, text):
    assert [f.counted for f in facts_in_text(text, nlp, "es")][-1:] == [None]


def test_a_singular_noun_of_a_kind_of_place_is_no_set_a_list_of_places_counts(nlp):
    text = ("Por territorios, Islas Baleares fue la comunidad donde la afiliación creció más, con un incremento del "
            "9,54%, por delante de Cantabria (+3,37%) y de Andalucía (+3,27%).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][1:] == [(3.37, "incremento"), (3.27, "incremento")]


def test_places_figures_count_the_plural_their_clause_introduces_not_an_adjective_before_it(nlp):
    text = ("Cette hausse tient pour une large part à la vive progression des envois de la diaspora à destination "
            "du Ghana (+12 %) et du Kenya (+8,5 %).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12, "envois"), (8.5, "envois")]


@pytest.mark.parametrize("text, unit", [
    ("La proporción de los jóvenes entre 15 y 24 años alcanzó el 10%.", "years old"),
    ("El 86,5% eran personas adultas de entre 25 y 64 años.", "years old"),
    ("La población de 15 años a más llegó a 8 millones.", "years old"),
    ("Vivieron en el país entre 2 y 5 años.", "year"),
])
def test_spanish_years_of_persons_between_two_ages_or_and_over_are_an_age(nlp, text, unit):
    assert [f.unit for f in facts_in_text(text, nlp, "es") if f.kind == "other"] == [unit]


def test_the_rows_of_an_undated_table_take_the_one_year_of_their_sections_heading(nlp):
    text = ("Origines et pays d'accueil 2021\nLe monde a enregistré 1,30 million de demandes.\n\n"
            "Top 50 : les pays de provenance\nOrigine | Demandes d'asile | par mio habitants |\n---|---|---|\n"
            "Afghanistan | 125.483 | 3.129 |\n\nAutres pays 2019 et 2020\nOrigine | Demandes d'asile | par mio habitants |\n"
            "---|---|---|\nSyrie | 109.790 | 5.149 |\n")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr") if f.rule_id.startswith("table-row")] == [
        (125483, "2021"), (3129, "2021"), (109790, None), (5149, None)]


@pytest.mark.parametrize("text, expected", [
    # "qu'" opening a clause after a verb compares nothing; after a comparative it does
    ("La DGEF souligne qu'en 2023, avec 97 288 nouveaux Français, le flux recule.", [(97288, "2023")]),
    ("Il y a eu 4 000 arrivées, soit davantage qu'en 2022.", [(4000, None)]),
])
def test_a_french_que_compares_only_after_a_comparative(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a figure the time of another year follows at once is that year's, not the sentence's
    ("fr", "Ils ont atteint 663,6 milliards de francs CFA en 2022, alors qu’ils s’élevaient à 557,2 milliards l’année "
           "précédente.", [(663600000000, "2022"), (557200000000, None)]),
    # a change "on the year before" is the sentence's
    ("en", "Resident deaths in 2022 rose by 1.6% on the year before.", [(1.6, "2022")]),
])
def test_a_figure_followed_at_once_by_a_relative_time_takes_no_date(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Luxembourg : près de 10 000 habitants en plus", [(10000, "increase")]),
    ("En 2016, la France a accordé 4,6% de titres de séjour supplémentaires.", [(4.6, "increase")]),
    ("La France a accordé 4,6% de titres de séjour.", [(4.6, None)]),
])
def test_french_words_of_extra_after_a_noun_make_its_figure_an_increase(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == expected


def test_a_count_closing_the_relative_clause_of_a_shares_whole_restates_the_share(nlp):
    text = ("Poland granted 25% of all first residence permits that the EU issued to non-EU citizens (724,000), "
            "Germany came second with 460,000 (16%).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "count"] == [
        (724000, "first residence permits"), (460000, "first residence permits")]


@pytest.mark.parametrize("text, expected", [
    ("La proporción es de 53,2 frente a 46,8 por ciento de varones y mujeres.", [(53.2, "percent"), (46.8, "percent")]),
    ("Las tasas subieron del 5 al 10%.", [(5, "count"), (10, "percent")]),
])
def test_a_spanish_bare_figure_compared_with_a_share_is_a_share(nlp, text, expected):
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les Luxembourgeois sont les plus âgés (42,7 et 40,1 ans).", [(42.7, "years old"), (40.1, "years old")]),
    ("en", "They waited 3, 4 and 5 months.", [(3, "month"), (4, "month"), (5, "month")]),
    ("es", "Eran 82 retornados en 2013 y 240 cinco años más tarde.", [(82, None), (240, None), (5, "year")]),
])
def test_a_bare_figure_listed_before_a_measure_is_in_its_unit(nlp, lang, text, expected):
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les mesures ont, elles, progressé en moyenne de 18,8 %.", [(18.8, "increase")]),
    ("en", "Enforcement actions have dropped on average by 22% per month.", [(22, "decrease")]),
])
def test_a_change_verb_parted_from_its_figure_by_on_average(nlp, lang, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, qualifier", [
    ("Volvieron poco más de 83.000 personas.", "at_least"),
    ("Los organismos calculan que hay 455.494 venezolanos.", "approximate"),
    ("Del total se estiman 744.213 hombres.", "approximate"),
])
def test_spanish_qualifiers_of_a_bound_and_of_an_estimate(nlp, text, qualifier):
    assert [f.qualifier for f in facts_in_text(text, nlp, "es")] == [qualifier]


@pytest.mark.parametrize("lang, text, qualifier", [
    ("fr", "Un peu plus de 85 000 demandes ont été déposées.", "at_least"),
    ("fr", "Les réfugiés syriens ont dépassé les cinq millions.", "at_least"),
    ("fr", "Les hausses sont estimées à 5,6 %.", "approximate"),
    ("en", "The average started to grow, passing 30 in August.", "at_least"),
])
def test_qualifiers_of_passing_a_mark_and_of_an_estimate(nlp, lang, text, qualifier):
    assert [f.qualifier for f in facts_in_text(text, nlp, lang)] == [qualifier]


def test_a_balance_positive_or_negative_by_a_figure_is_a_change(nlp):
    text = "Net migration of citizens was negative by 290, while for foreign citizens it was positive by 1,240."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(290, "decrease"), (1240, "increase")]


def test_changes_listed_with_their_by_again_are_all_changes(nlp):
    text = "Cash and in-kind transfers were higher by $9.3 million, by $2.5 million and by $0.7 million respectively."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (9300000, "increase"), (2500000, "increase"), (700000, "increase")]


def test_a_french_positive_or_negative_balance_is_an_increase_or_a_decrease(nlp):
    text = "Ce qui leur laisse un solde positif de 16 162, pour un solde négatif de 1 268 chez les autres."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(16162, "increase"), (1268, "decrease")]


@pytest.mark.parametrize("lang, text, values, counted", [
    ("en", "Overseas Filipinos\n\nTotal population\n10,238,614 (2013)\nRegions with significant populations\n"
           " United States 3,416,840[2]\n Saudi Arabia 1,020,000[3]\n", [3416840, 1020000], "Filipinos"),
    ("fr", "Diaspora libanaise\n\nPopulations importantes selon le pays ou la région\nBrésil 6 000 000 (2020)[1]\n"
           "États-Unis 2 300 000 (2016)[2]\n", [6000000, 2300000], "Populations"),
])
def test_the_lines_of_a_box_of_a_peoples_numbers_by_country_count_that_people(nlp, lang, text, values, counted):
    facts = [f for f in facts_in_text(text, nlp, lang) if f.value in values]
    assert [(f.value, f.counted) for f in facts] == [(v, counted) for v in values]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Quant à l'immigration économique, elle a crû de 20,5% avec 27.690 titres.",
     [(20.5, "immigration"), (27690, "titres")]),
    ("fr", "Quant aux citoyens d'Etats tiers, ils étaient 636'620 au total.", [(636620, "citoyens")]),
    # a share of a whole named after it keeps that whole
    ("fr", "Quant aux Belges d'origine étrangère, ils pèsent 14,1 % de la population.", [(14.1, "population")]),
])
def test_a_figure_in_the_clause_of_a_pronoun_for_the_sentences_opening_topic_counts_the_topic(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Las remesas bajaron un 11,6 % frente a 2008, cuando el país captó 2.821,6 millones de dólares.",
     [(11.6, None), (2821600000, "2008")]),
    ("Un incremento del 72.1 % frente a 2021 cuando hubo 71,987 deportaciones.", [(72.1, None), (71987, "2021")]),
])
def test_a_spanish_year_and_its_cuando_clause_date_the_clauses_figures(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, expected", [
    ("El número de ocupados subió el último mes en 23.309.", [(23309, "increase")]),
    ("Las remesas crecieron en el segundo trimestre un 13,9 %.", [(13.9, "increase")]),
    ("Vivían en el país en 2017 unos 3.000 migrantes.", [(3000, None)]),
])
def test_a_spanish_change_verb_parted_from_its_figure_by_a_time_phrase(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, expected", [
    ("De 2013 a 2017, la proporción de hombres subió de 55,7% a 58,4%.", [(55.7, "2013"), (58.4, "2017")]),
    ("Entre 2013 y 2017, la proporción de varones pasó del 56 por ciento al 58 por ciento.", [(56, "2013"), (58, "2017")]),
])
def test_the_two_levels_of_a_spanish_movement_between_two_years_take_one_year_each(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


def test_the_set_a_share_is_taken_among_holds_no_article_and_no_verb(nlp):
    # the Spanish labels count the part whose proportion is given, not the set after "entre" (corpus_es batch 26)
    text = "La proporción de varones entre los trabajadores migrantes pasó del 56 por ciento al 58 por ciento."
    assert [f.counted for f in facts_in_text(text, nlp, "es")] == ["varones", "varones"]


def test_a_figure_after_its_article_and_before_de_and_a_year_keeps_that_year_over_the_sentences(nlp):
    text = "El crecimiento del retorno fue del 175,8%, pasando de los 2.136 de 2013 a los 5.891 en 2017."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")][1:] == [(2136, "2013"), (5891, "2017")]


@pytest.mark.parametrize("text, expected", [
    ("Cataluña vio crecer sus retornados un 134,8% entre 2013 y 2017.", [(134.8, "increase")]),
    ("La región vio aumentar su población extranjera un 3,2 % en un año.", [(3.2, "increase"), (1, None)]),  # a duration
    ("El censo contó entre sus residentes un 12 % de extranjeros.", [(12, None)]),
])
def test_a_spanish_change_verb_parted_from_its_figure_by_what_changed(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == expected


def test_the_levels_a_spanish_change_moved_between_count_what_changed(nlp):
    text = "Cataluña vio crecer sus retornados un 134,8% entre 2013 y 2017, pasando de 4.231 a 9.936."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (134.8, "retornados"), (4231, "retornados"), (9936, "retornados")]


def test_an_article_for_the_age_group_named_before_holds_an_age(nlp):
    text = ("Quienes más viajan están en el grupo de 31 a 40 años, y le sigue el de 41 a 50 años. "
            "El plazo de 5 años y el de 10 años.")
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (31, "years old"), (41, "years old"), (5, "year"), (10, "year")]


@pytest.mark.parametrize("text, expected", [
    ("La femme la plus âgée a 111 ans, l'homme le plus âgé 109 ans.", [(111, "years old"), (109, "years old")]),
    ("La loi a 10 ans.", [(10, "year")]),
])
def test_a_french_person_who_has_years_or_the_oldest_holds_an_age(nlp, text, expected):
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == expected


def test_years_a_long_clause_after_an_age_word_are_an_age(nlp):
    text = "Au 1er janvier, l'âge moyen de la population luxembourgeoise s'établissait à 40,2 ans."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(40.2, "years old")]


@pytest.mark.parametrize("text, expected", [
    ("Overseas tourists (208 720), up 6,4% from 196 098 in September 2016.",
     [(208720, None), (6.4, None), (196098, "2016-09")]),
    ("Arrivals rose from 12,000 in 2018 to 15,000 in 2019.", [(12000, "2018"), (15000, "2019")]),
    ("In 2019, arrivals rose 5% from 12,000 in 2018.", [(5, "2019"), (12000, "2018")]),
])
def test_the_date_of_the_level_a_change_is_measured_from_dates_that_level_only(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_superlative_is_no_counted_head(nlp):
    text = "After Finland, the steepest rises in first-time applicants were in Hungary (323%), then Austria (233%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(323, "applicants"), (233, "applicants")]


def test_the_levels_in_brackets_after_a_group_are_the_groups_and_date_no_change_before_them(nlp):
    text = ("Here the biggest rise, 16,8% went to Mozambican tourists (from 94 207 in September 2016 up to "
            "110 076 in September 2017).")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (16.8, None, None), (94207, "Mozambican tourists", "2016-09"), (110076, "Mozambican tourists", "2017-09")]


@pytest.mark.parametrize("lang, text", [
    ("es", "La inmigración irregular a España se acerca a las 56.000 llegadas en 2018."),
    ("es", "Los solicitantes rondan los 56.000 en 2018."),
    ("fr", "Le nombre de demandeurs avoisine les 56 000 personnes."),
])
def test_a_verb_of_nearing_a_figure_makes_it_approximate(nlp, lang, text):
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, lang)] == [(56000, "approximate")]


def test_places_listed_after_a_count_of_places_count_the_sentences_set_not_the_places(nlp):
    text = ("Más de la mitad (52%) del total de refugiados venía de apenas tres países: Siria (6,5 millones) "
            "y Ucrania (5,7 millones).")
    heads = [(f.value, f.counted.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert heads[2:] == [(3, "países"), (6500000, "refugiados"), (5700000, "refugiados")]


def test_those_from_places_count_the_set_the_list_before_named(nlp):
    text = ("Entre los trabajadores llegados de fuera, los colectivos más grandes vienen de Rumania (340.086) y "
            "Marruecos (230.470). Tras ellos figuran los procedentes de Reino Unido (65.360) y Bulgaria (60.204).")
    assert [f.counted for f in facts_in_text(text, nlp, "es")] == ["trabajadores"] * 4


@pytest.mark.parametrize("lang, text, value", [
    ("fr", "Le nombre est tombé de 1,206 million à 649.855.", 1206000),
    ("fr", "Le total atteint 1,206 millions.", 1206000000),
    ("en", "Remittances reached 1,206 million.", 1206000000),
])
def test_one_comma_three_digits_before_a_singular_scale_is_a_decimal_where_decimals_take_a_comma(nlp, lang, text, value):
    assert [f.value for f in facts_in_text(text, nlp, lang)][0] == value


@pytest.mark.parametrize("text, counted", [
    ("Crece un 23.1 por ciento la deportación de mexicanos.", "deportación"),
    ("Remesas suben un 11.4 % el primer trimestre de 2023.", "Remesas"),
])
def test_a_spanish_change_before_its_singular_subject_counts_the_subject(nlp, text, counted):
    assert [f.counted for f in facts_in_text(text, nlp, "es")] == [counted]


def test_a_share_restating_a_count_past_its_verb_and_noun_is_of_that_noun(nlp):
    text = "Del conjunto, 104.636 son hombres (o sea un 74.6%) y 35,683 mujeres (25.4%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (104636, "hombres"), (74.6, "hombres"), (35683, "mujeres"), (25.4, "mujeres")]


@pytest.mark.parametrize("text, expected", [
    ("Remittances in 2024 reached $ 6.57 billion, a rise of 10.1% from $ 5.69 billion in 2023.",
     [(6570000000, "2024"), (10.1, "2024"), (5690000000, "2023")]),
    ("The number given protection in 2017 came in close to 25 per cent under the 2016 level.", [(25, "2017")]),
])
def test_a_year_compared_with_dates_no_figure_and_an_earlier_level_after_its_currency_dates_itself(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In 2022, 908 female victims were identified, against 166 male victims.", [(908, "2022"), (166, "2022")]),
    ("en", "In 2023, remittances reached 5,000 transfers, against 4,500 transfers.", [(5000, "2023"), (4500, None)]),
    ("fr", "En 2007, 29 487 suisses sont partis contre 21 779 entrants.", [(29487, "2007"), (21779, "2007")]),
])
def test_a_figure_for_another_group_set_against_a_dated_one_shares_its_date(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text", [
    "La Seguridad Social gana 127.612 afiliados extranjeros en un año.",
    "La media se situó en junio en 1.875.413 tras ganar 127.612 trabajadores.",
])
def test_a_spanish_count_gained_is_an_increase(nlp, text):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es") if f.value == 127612] == [(127612, "increase")]


@pytest.mark.parametrize("text, change", [
    ("En 2015, le canton a gagné 8 033 habitants.", "increase"),
    ("La commune perd 1 200 habitants en un an.", "decrease"),
])
def test_a_french_count_gained_or_lost_is_a_change(nlp, text, change):
    assert [f.change for f in facts_in_text(text, nlp, "fr")][-1] == change


def test_figures_before_year_old_are_ages(nlp):
    text = "The group of 20–39-year-olds moved most. A 17-year-old boy arrived. The 5-year plan ends."
    assert [(f.value, f.value_max, f.unit, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (20, 39, "years old", "year"), (17, None, "years old", "year"), (5, None, "year", "year")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "D'abord de 650 puis de 1.000 euros, le montant a été relevé.", [(650, "EUR"), (1000, "EUR")]),
    ("en", "They paid 10 and 20 dollars.", [(10, "USD"), (20, "USD")]),
])
def test_bare_figures_listed_before_money_are_in_its_currency(nlp, lang, text, expected):
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_count_in_brackets_after_places_of_origin_counts_the_people_from_them(nlp):
    text = "Tourists arriving from other African countries (15 057), down 1,6% from 15 296 in September 2016."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (15057, "Tourists"), (1.6, "Tourists"), (15296, "Tourists")]


@pytest.mark.parametrize("text, as_of", [
    ("Las remesas aumentaron 8,1 por ciento en el primer cuatrimestre del 2018 frente al mismo período del 2017.", "2018"),
    ("Las remesas aumentaron 8,1 por ciento en el primer trimestre de 2018.", "2018"),
])
def test_a_part_of_a_year_joined_to_the_years_article_dates_its_figure(nlp, text, as_of):
    assert [f.as_of for f in facts_in_text(text, nlp, "es")] == [as_of]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Leur nombre a triplé entre 2021 et 2022 (15% de la totalité des victimes en 2022).",
     [(3, None, 2021), (15, "2022", None)]),
    ("en", "Arrivals rose between 2019 and 2021 (12% of them children).", [(12, None, 2019)]),
])
def test_an_aside_in_brackets_with_its_own_date_is_of_that_date_not_the_period_before(nlp, lang, text, expected):
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les transferts ont reculé (environ 6,1% en 2016 – 33 milliards de dollars).",
     [(6.1, "2016", None), (33000000000, "2016", None)]),
    ("en", "In 2022-23, 554,000 held temporary visas.", [(554000, None, 2022)]),
])
def test_a_year_before_a_dash_and_an_amount_with_a_scale_is_no_period(nlp, lang, text, expected):
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_period_in_a_later_clause_is_not_the_figures_before_it(nlp):
    text = "Remittances peaked in 2016 at $ 7.24 billion, while between 2014 and 2018 the average stood at $ 7 billion."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == [
        (7240000000, "2016", None), (7000000000, None, 2014)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Migration suisse - Définition et explications Page 2 sur 3"),
    ("es", "Informe anual - Página 2 de 3"),
    ("en", "Annual report - Page 2 of 3"),
])
def test_a_page_of_so_many_pages_is_no_fact(nlp, lang, text):
    assert list(facts_in_text(text, nlp, lang)) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Par La rédaction de Mondafrique - 19 juin 2023 - 4 min\n\nLe texte suit.", []),
    ("en", "The wait lasted 4 min on 19 June 2023.", [(4, "2023-06-19")]),
])
def test_minutes_that_end_a_dated_byline_are_its_reading_time(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le nombre de demandeurs a presque été divisé par deux.", [(2, "times", "decrease", "approximate")]),
    ("es", "El número de llegadas quedó dividido por tres.", [(3, "times", "decrease", None)]),
    ("en", "The number of arrivals was divided by two.", [(2, "times", "decrease", None)]),
])
def test_a_number_divided_by_so_many_is_a_multiple_of_decrease(nlp, lang, text, expected):
    assert [(f.value, f.unit, f.change, f.qualifier) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, as_of", [
    ("fr", "Elles surpassent leur niveau de fin septembre 2019 (60,15 MMDH).", "2019-09-30"),
    ("en", "They exceed the level of September 2019 (60.15 billion).", "2019-09"),
])
def test_a_figure_in_brackets_after_the_end_of_a_month_is_of_its_last_day(nlp, lang, text, as_of):
    assert [f.as_of for f in facts_in_text(text, nlp, lang)] == [as_of]


@pytest.mark.parametrize("lang, text, qualifier", [
    ("fr", "Une aide au projet de 10.000 euros maximum est prévue.", "at_most"),
    ("fr", "Deux immigrés sur dix sont installés depuis quarante ans au moins.", "at_least"),
    ("es", "Se concede una ayuda de 500 euros como máximo.", "at_most"),
])
def test_a_bound_written_after_its_figure_qualifies_it(nlp, lang, text, qualifier):
    assert [f.qualifier for f in facts_in_text(text, nlp, lang)][-1] == qualifier


@pytest.mark.parametrize("text, expected", [
    ("Residents under the age of 18 accounted for 15.1% of the population.", [(18, "at_most"), (15.1, None)]),
    ("Persons above the age of 85 came.", [(85, "at_least")]),
    ("Migrants aged 18 to 30 came.", [(18, None)]),
])
def test_a_bound_before_the_words_of_an_age_qualifies_the_age(nlp, text, expected):
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_source_that_reports_a_figure_is_not_what_it_counts(nlp):
    text = ("Le rapport relève aussi une hausse des demandes venues de l'Ukraine (+73 %), du Soudan (+77 %), "
            "de la République démocratique du Congo (+34 %) et de la Guinée (+45 %).")
    assert [f.counted for f in facts_in_text(text, nlp, "fr")] == ["demandes"] * 4


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "En segundo lugar aparecen los hondureños, 78,248 en total, esto es, un 75.1% más que el año anterior.",
     [(78248, "hondureños"), (75.1, "hondureños")]),
])
def test_a_change_after_a_count_named_late_is_of_that_count(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("This is 5.5 percent (counting remittances only) more than the year before.", [(5.5, "increase")]),
    ("Arrivals were 5,000 (see table 2) in total.", [(5000, None)]),
])
def test_a_change_after_an_aside_in_brackets_is_the_figures(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_share_restating_a_counts_change_is_the_same_change(nlp):
    text = "Les flux nets sont ressortis à 508,1 milliards en 2024, en augmentation de 7,2 milliards ou 1,4% par rapport à 2023."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (508100000000, None), (7200000000, "increase"), (1.4, "increase")]


@pytest.mark.parametrize("lang, text, counted", [
    ("fr", "Les personnes venues de Turquie pesaient 9 % du total de l'UE.", "total"),
    ("fr", "Les Syriens pesaient 9 % du total des demandeurs.", "demandeurs"),
])
def test_a_share_of_the_total_of_a_place_or_union_is_of_the_total(nlp, lang, text, counted):
    assert [f.counted for f in facts_in_text(text, nlp, lang)] == [counted]


@pytest.mark.parametrize("text", [
    "The number of immigrants went up year-on-year by 3,000, or 7.5 percent.",
    "The number of immigrants went up year on year by 3,000, or 7.5 percent.",
])
def test_a_change_verb_parted_from_its_by_by_year_on_year_is_a_change(nlp, text):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(3000, "increase"), (7.5, "increase")]


@pytest.mark.parametrize("text, expected", [
    ("La cantidad de refugiados sirios en Türkiye bajó un 5%, o 191.600.", [(5, "decrease"), (191600, "decrease")]),
    ("En julio entraron 418 mil personas, cifra superior en 45 mil personas a la de 2016.",
     [(418000, None), (45000, "increase")]),
])
def test_a_spanish_count_restating_a_change_and_a_figure_by_which_one_is_higher_are_changes(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, change", [
    ("Il en résulte un solde migratoire inférieur de 18,3% au niveau de 2015.", "decrease"),
    ("Les envois sont supérieurs de 12 % à ceux de 2022.", "increase"),
])
def test_a_french_figure_by_which_one_is_higher_or_lower_is_a_change(nlp, text, change):
    assert [f.change for f in facts_in_text(text, nlp, "fr")][0] == change


@pytest.mark.parametrize("text, change", [
    ("El sistema ha sumado 596.052 trabajadores más llegados de otros países.", "increase"),
    ("Hay 5.000 personas más jóvenes que en 2010.", None),
])
def test_more_of_a_count_before_a_participle_is_an_increase(nlp, text, change):
    assert [f.change for f in facts_in_text(text, nlp, "es")][0] == change


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "La population a gagné 289 000 personnes, dont 66 000 dues au solde naturel.",
     [(289000, "increase"), (66000, "increase")]),
    ("fr", "La France compte 289 000 demandeurs, dont 66 000 mineurs.", [(289000, None), (66000, None)]),
])
def test_a_part_of_a_counted_change_after_of_which_is_the_same_change(nlp, lang, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Roughly three quarters, 595 604 (71,5%) of tourists came by road.",
     [(75, None), (595604, "tourists"), (71.5, "tourists")]),
    ("Besides, 35,651 (7.6%) of labor migrants went back.", [(35651, "labor migrants"), (7.6, "labor migrants")]),
])
def test_a_count_before_a_bracketed_share_of_a_group_counts_the_group(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_count_before_a_copula_and_a_two_word_place_counts_the_noun_after_the_place(nlp):
    text = "Of these, 981 616 were South African residents and 2 570 145 were foreign travellers."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (981616, "South African residents"), (2570145, "foreign travellers")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "After Finland, the steepest rises in first-time applicants were in Hungary (323%), then Austria (233%).",
     ["increase", "increase"]),
    ("es", "Las tasas de crecimiento menores se registraron en Ahuachapán (7.4%) y Morazán (7.2%).",
     ["increase", "increase"]),
    ("es", "La población crece con más fuerza en Castilla-La Mancha y Navarra (0,7 %).", ["increase"]),
    ("en", "Arrivals rose in first-time terms in the north (3%).", [None]),
])
def test_shares_after_places_a_change_lists_across_a_longer_subject_are_changes(nlp, lang, text, expected):
    assert [f.change for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "En cuanto a la nacionalidad, van en cabeza los ecuatorianos, con 475.698 (un 21,8% más), seguidos por "
           "los marroquíes, con 420.556 (un 11% más); después, los colombianos,\nque suman 248.894 (un 1,7% más).",
     [(475698, "ecuatorianos"), (21.8, "ecuatorianos"), (420556, "marroquíes"), (11, "marroquíes"),
      (248894, "colombianos"), (1.7, "colombianos")]),
    ("fr", "Les Syriens arrivent en tête, suivis des Afghans, avec 8 000, et des Irakiens, avec 5 000.",
     [(8000, "Afghans"), (5000, "Irakiens")]),
    ("en", "Syrians lead, followed by Afghans, with 8,000, and Iraqis, with 5,000.", [(8000, "Afghans"), (5000, "Iraqis")]),
])
def test_a_count_after_a_plural_noun_and_with_counts_the_noun(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_rate_named_after_three_modifiers_is_what_a_share_counts(nlp):
    text = "Refugees from Syria, the leading country of origin, had a particularly high recognition rate of 99.9 per cent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(99.9, "rate")]


@pytest.mark.parametrize("text, expected", [
    ("Sending a transfer cost around 7 percent over the first quarter of 2019.", [(7, "2019")]),
    ("The US held the largest slice, with 40.1 percent over the first six months of 2021.", [(40.1, "2021")]),
    ("Remittances were 5 percent higher over 2019.", [(5, None)]),
])
def test_over_a_part_of_a_year_dates_a_figure_and_over_a_year_compares(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("El año 2018 marcó un récord de peticiones, que llegaron a 55.668.", [(55668, "2018")]),
    ("A lo largo del año 2021, la policía liberó a 1.056 víctimas.", [(1056, "2021")]),
    ("El año 2023 sobresale, con un registro de 431,300 documentos.", [(431300, "2023")]),
])
def test_a_spanish_year_as_a_subject_or_through_its_course_dates_the_figures(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Lo han hecho a bordo de las 1.859 embarcaciones interceptadas, cuando en 2017 se contabilizaron 1.033.",
     [(1859, None), (1033, "2017")]),
    ("en", "Arrivals reached 5,000, when in 2019 there were 3,000.", [(5000, None), (3000, "2019")]),
    ("en", "Arrivals reached 5,000 in 2019, when the rules changed.", [(5000, "2019")]),
])
def test_a_date_in_a_when_clause_after_a_figure_dates_only_that_clause(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


def test_au_terme_de_l_annee_dates_a_french_figure_at_the_year_s_end(nlp):
    text = "Au terme de l'année 2016, 84 % des réfugiés vivaient dans des pays en développement."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(84, "2016-12-31")]


@pytest.mark.parametrize("text, expected", [
    ("Leur solde positif atteint 22 376.", [(22376, "increase")]),
    ("Le solde migratoire est négatif : chaque année, les départs dépassent les arrivées d'environ 8 000 personnes.",
     [(8000, "decrease")]),
    ("Le solde migratoire, positif, atteint 7660 personnes (16962 arrivées et 9302 départs).",
     [(7660, "increase"), (16962, None), (9302, None)]),
    ("Le solde migratoire atteint 7660 personnes.", [(7660, None)]),
])
def test_a_french_balance_its_sign_names_is_a_change(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == expected


def test_a_spanish_change_verb_parted_from_its_figure_by_a_relative_time_is_a_change(nlp):
    text = "El número de extranjeros subió entre octubre y diciembre del año pasado en 72.504."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(72504, "increase")]


@pytest.mark.parametrize("text, change", [
    ("Los de Marruecos llegan a los 769.920, tras aumentar su presencia en 15.840.", "increase"),
    ("Los de Marruecos aumentaron su presencia desde 15.840.", None),
])
def test_a_spanish_change_verb_and_its_object_before_en_make_a_change(nlp, text, change):
    assert [f.change for f in facts_in_text(text, nlp, "es")][-1] == change


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Galicia (10,29%), País Vasco (9,87%) y Navarra (9,63%) son las comunidades donde más ha aumentado el número "
           "de trabajadores.", ["increase", "increase", "increase"]),
    ("en", "Hungary (323%), Austria (233%) and Belgium (178%) saw the steepest rises.", ["increase"] * 3),
    ("en", "Hungary (32%), Austria (23%) and Belgium (18%) hold most of them.", [None] * 3),
    ("en", "Hungary (32%) and Austria (23%) hold 4,000 people, after a rise.", [None, None, None]),
])
def test_shares_after_places_take_the_change_named_after_the_list(nlp, lang, text, expected):
    assert [f.change for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Galicia (10,29%) y Navarra (9,63%) son las comunidades donde más ha aumentado el número de trabajadores. "
           "Les siguen Castilla y León (8,71%) y Aragón (8,04%).", ["increase"] * 4),
    ("en", "Remittances fell 5% in Kenya. Followed by Uganda (3%).", ["decrease", "decrease"]),
    ("en", "Remittances fell 5% in Kenya and rose 2% in Ghana. Followed by Uganda (3%).", ["decrease", "increase", None]),
])
def test_a_sentence_that_continues_a_ranking_takes_its_change(nlp, lang, text, expected):
    assert [f.change for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("That is 18 534 or 14,3% fewer than a year earlier.", [(18534, "decrease"), (14.3, "decrease")]),
    ("They sent 18 534 or 14,3% of the total.", [(18534, None), (14.3, None)]),
])
def test_a_change_word_after_a_count_and_its_share_after_or_is_both_figures_change(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El Ministerio cerró 116.614 expedientes, casi el doble que en el ejercicio previo: 62.351 se rechazaron.",
     [(116614, "expedientes"), (2, "veces"), (62351, "expedientes")]),
    ("fr", "• 2.018 nouvelles demandes de protection internationale : -18% comparé à 2023",
     [(2018, "nouvelles demandes"), (18, "demandes")]),
])
def test_a_count_after_a_colon_that_closes_another_count_s_clause_counts_its_set(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_share_whose_copula_a_comma_stands_for_counts_the_noun_after_it(nlp):
    text = "En la RM el 34% son venezolanos, mientras que el 23% son peruanos y el 12%, haitianos."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (34, "venezolanos"), (23, "peruanos"), (12, "haitianos")]


@pytest.mark.parametrize("text, expected", [
    ("Las remesas de marzo de 2023 sumaron US$915.1 millones, un alza de 3.0% respecto del mismo mes de 2022.",
     [(915100000, "2023-03"), (3, "2023-03")]),
    ("Llegaron 4.195 en 2016, en comparación con los 596 del año anterior.", [(4195, "2016"), (596, None)]),
])
def test_spanish_words_of_comparison_before_a_date_make_it_no_reference_date(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


def test_a_date_before_a_figure_in_its_own_phrase_beats_one_past_the_next_comma(nlp):
    text = "Mientras en 2000 la proporción de mujeres era del 49.4 por ciento, para 2020 la división pasó a 48 por ciento."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(49.4, "2000"), (48, "2020")]


@pytest.mark.parametrize("text, expected", [
    ("When 2017 began, Norway counted 725 000 immigrants.", [(725000, "2017-01-01")]),
    ("As 2020 started, 1,200 were waiting.", [(1200, "2020-01-01")]),
])
def test_when_a_year_began_dates_a_figure_at_its_first_day(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Uruguay triplica las residencias concedidas a argentinos.", [(3, "times")]),
    ("En los hogares mixtos ese valor se duplica al 15,9%.", [(2, "times"), (15.9, "%")]),
    ("Las llegadas se duplican y cuadruplican las de 2017.", [(2, "times"), (4, "times")]),
])
def test_a_spanish_multiple_verb_in_the_present_is_a_multiple(nlp, text, expected):
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == expected


def test_a_french_multiple_verb_in_the_infinitive_after_plus_que_is_a_multiple(nlp):
    text = "Les victimes françaises ont vu leur nombre plus que tripler entre 2021 et 2022."
    assert [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [(3, "times", "at_least")]


@pytest.mark.parametrize("text, expected", [
    ("EU asylum applications hit highest level in seven years.", []),
    ("It operated a flight to China for the first time in six years.", []),
    ("Claims are at their highest level for 11 years.", []),
    ("The waiting time was 11 years.", [(11, "year")]),
    ("The largest group, in five years, had 300 people.", [(5, "year"), (300, None)]),
])
def test_the_span_a_record_is_measured_over_is_no_fact(nlp, text, expected):
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("La OIT calcula que hay 164 millones de trabajadores migrantes, lo que supone un alza del 9%.",
     [(164000000, "approximate"), (9, "approximate")]),
    ("Se estiman 744.213 hombres y 738.177 mujeres.", [(744213, "approximate"), (738177, "approximate")]),
    ("Hay 164 millones de trabajadores migrantes, según la OIT.", [(164000000, None)]),
])
def test_spanish_figures_after_words_of_estimate_are_approximate(nlp, text, expected):
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == expected


def test_the_levels_of_a_movement_up_to_its_second_level_are_dated_by_the_months_of_its_span(nlp):
    text = ("Between June 2023 and June 2024, the citizen population grew by 0.7% "
            "(from 3.61 million up to 3.64 million).")
    assert [(f.value, f.as_of, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (0.7, None, "increase"), (3610000, "2023-06", None), (3640000, "2024-06", None)]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le stock de dossiers en instance a progressé de 34% par rapport à 2022.", [(34, "dossiers")]),
    ("es", "El stock de migrantes internacionales llegó a 281 millones en 2020.", [(281000000, "migrantes")]),
])
def test_a_stock_of_things_counts_the_things(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_the_set_a_share_is_of_is_a_number_without_the_participle_after_it(nlp):
    text = "Among the overall number recorded, 25% were children, while 17% were women."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(25, "number"), (17, "number")]


def test_a_spanish_verb_in_the_imperfect_after_a_count_is_no_noun(nlp):
    text = "Del total de 113.660 eventos registrados en 2023, 37.475 (33%) procedían de Venezuela."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (113660, "eventos"), (37475, "eventos registrados"), (33, "eventos registrados")]


@pytest.mark.parametrize("text, expected", [
    ("Residents numbered 2.5 million in 2023. A year before, the figure was 2.26 million.",
     [(2500000, "Residents"), (2260000, "figure")]),
    ("The figures went down by more than 247,000.", [(247000, "figures")]),
    ("This figure is 11 percent above the year before.", [(11, "figure")]),
])
def test_a_figure_word_as_the_subject_counts_itself(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_spanish_set_named_after_a_comma_with_its_size_counts_the_share_after_it(nlp):
    text = ("Según datos del INM, del conjunto de 109 mil 553 eventos de repatriación registrados, "
            "el 89.9 por ciento involucró a hombres.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(109553, "eventos"), (89.9, "eventos")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "They were 4.9 million, or 32.2 percent of all workers, ahead of Pakistan on 2.0 million (13.1 percent).",
     [(4900000, None), (32.2, "workers"), (2000000, "workers"), (13.1, "workers")]),
])
def test_a_count_with_no_noun_counts_what_its_bracketed_share_is_of(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Convictions of traffickers had risen by 36% and detected victims by 25% since 2019.",
     [(36, "increase"), (25, "increase")]),
    ("The populations grew by 0.7% (from 3.61 million to 3.64 million) and 1.2% (from 538,600 to 544,900).",
     [(0.7, "increase"), (3610000, None), (3640000, None), (1.2, "increase"), (538600, None), (544900, None)]),
    ("Receipts from land-based workers went up by 7.1 percent (to $2.136 billion) and those from workers at sea "
     "by 6.5 percent.", [(7.1, "increase"), (2136000000, None), (6.5, "increase")]),
])
def test_a_share_joined_to_a_changed_share_past_its_asides_changes_the_same_way(nlp, text, expected):
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_share_joined_to_a_changed_share_takes_its_period_too(nlp):
    text = ("Between June 2023 and June 2024, the populations grew by 0.7%\n(from 3.61 million up to 3.64 million) "
            "and 1.2% (from 538,600 up to 544,900), in that order\n(Chart 1).")  # the sentence broken over lines
    assert [(f.value, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [
        (0.7, 2023, 2024), (1.2, 2023, 2024)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In 2014 emigrants numbered 18.5 thousand and 18.1 thousand (49.4%) in that order "
           "(in 2013, 19.3 thousand against 19.5 thousand (50.2%)).",
     [(18500, "2014"), (18100, "2014"), (49.4, "2014"), (19300, "2013"), (19500, "2013"), (50.2, "2013")]),
    ("fr", "En 2014, 45,8 % des émigrés sont partis au Royaume-Uni (en 2013, 46,1 %).", [(45.8, "2014"), (46.1, "2013")]),
])
def test_a_bracket_opening_on_its_own_year_dates_the_figures_inside_it_and_none_outside(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Durante el año fiscal 2023 se registraron 200 287 cubanos.", [(200287, "2023")]),
    ("A lo largo del 2023 se expidieron 431 mil 300 documentos migratorios.", [(431300, "2023")]),
])
def test_a_spanish_fiscal_year_or_a_lo_largo_del_dates_its_figures(nlp, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Remittances rose by 2.5 percent and 3.4 percent to US$11.2 billion and US$3.0, respectively.",
     [2.5, 3.4, 11200000000, 3000000000]),
    ("Fees came to $5 billion and $200 per person.", [5000000000, 200]),
])
def test_an_amount_with_decimals_joined_to_a_scaled_one_takes_its_scale(nlp, text, expected):
    assert [f.value for f in facts_in_text(text, nlp, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("While 7.15 lakh Indians left to work abroad in 2020, it went up to 8.33 lakh in 2021.", [None, None]),
    ("The growth ran from almost 7 percent for East Asia up to 12 percent for South Asia.", ["approximate", None]),
    ("UNRWA estimates that up to 1.7 million people were displaced.", ["at_most"]),
])
def test_up_to_after_a_movement_or_a_range_start_is_the_level_reached_not_at_most(nlp, text, expected):
    assert [f.qualifier for f in facts_in_text(text, nlp, "en")] == expected


def test_hasta_after_a_count_and_its_noun_is_the_level_reached(nlp):
    text = "Los empadronados aumentaron en 129.788 personas, hasta 47,1 millones."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (129788, None, "increase"), (47100000, None, None)]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El INM contabilizaba un millón setecientos cinco mil trescientos cuarenta y cuatro documentos.", [1705344]),
    ("es", "El INM emitió más de un millón setecientos mil documentos.", [1700000]),
    ("en", "They issued one million seven hundred thousand documents and two thousand five hundred visas.",
     [1700000, 2500]),
    ("fr", "Ils ont délivré un million sept cent mille titres.", [1700000]),
])
def test_a_spelled_number_across_its_scale_words_is_one_figure(nlp, lang, text, expected):
    assert [f.value for f in facts_in_text(text, nlp, lang)] == expected


def test_a_bare_figure_just_before_an_amount_with_its_scale_and_unit_is_an_amount_in_them(nlp):
    text = "Las entidades que más remesas reciben:\n• Jalisco 5,235 5,403 mdd + 3.2%"
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (5235000000, "money", "USD"), (5403000000, "money", "USD"), (3.2, "percent", "%")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Fin 2015, le canton compte au total 490 578 habitants résidants, dont 41,2 % d'étrangers.",
     [(490578, "habitants"), (41.2, "habitants")]),
    ("fr", "Le Grand-Duché abritait près de 512 000 personnes, dont 43,2 % de non-Luxembourgeois.",
     [(512000, "personnes"), (43.2, "personnes")]),
])
def test_a_share_after_dont_and_before_its_de_is_of_the_count_before(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_la_plupart_de_names_no_set_of_its_own(nlp):
    text = "La plupart de ces déplacements ont une raison professionnelle (71,9 %), loin devant les études (12,9 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(71.9, "déplacements"), (12.9, "déplacements")]


def test_a_participle_after_a_short_name_in_brackets_ends_the_counted_phrase(nlp):
    text = "The count of Overseas Filipino Workers (OFWs) working overseas in 2018 was estimated to be 2.3 million."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2300000, "Overseas Filipino Workers")]


def test_total_opening_the_subject_of_an_amount_is_no_link_word(nlp):
    text = "Total private remittances to Samoa came to $53.5 million for September 2021, a rise of 6 per cent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(53500000, "WST"), (6, "private remittances")]


@pytest.mark.parametrize("text, expected", [
    ("India received $70 billion. Shares of GDP: Nepal (25%), Samoa and Lesotho (both 23%).", "USD"),
    ("Remittances to Samoa came to $53.5 million. Samoa's central bank said so.", "WST"),
    ("The Catalan region sent $5 million.", "USD"),
])
def test_a_dollar_sign_is_a_local_dollar_only_where_the_country_is_named_more_than_once(nlp, text, expected):
    assert [f.unit for f in facts_in_text(text, nlp, "en") if f.kind == "money"] == [expected]


def test_figures_after_places_in_a_set_of_regions_count_what_the_clause_counts(nlp):
    text = ("Among the regions, in 2019 Europe was host to the most international migrants (82 million), "
            "ahead of Northern America (59 million), with Northern Africa and Western Asia (49 million) next.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (82000000, "migrants"), (59000000, "migrants"), (49000000, "migrants")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Sur le continent européen, leur part s'est un peu accrue, de 22,5 % en 2013 jusqu'à 23,3 % en 2022.",
     [(22.5, "part"), (23.3, "part")]),
    ("fr", "Parmi les migrants, 48,2 % sont nés en Afrique.", [(48.2, "migrants")]),
])
def test_a_place_opening_the_sentence_is_no_set_its_figures_are_taken_from(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Nord-Est et la Grand-Anse ont capté le moins de transferts : 1 % et 0,8 % respectivement.",
     [(1, "transferts"), (0.8, "transferts")]),
    ("fr", "S'agissant des visas, on a constaté une baisse de 3,8%.", [(3.8, "visas")]),
])
def test_a_participle_after_its_auxiliary_is_no_counted_noun(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Brion said the country now stands roughly 8,500 short of the year's target.", [(8500, None)]),
    ("Net migration of Icelandic citizens was negative by 290, while for foreign citizens it was positive by 1,240.",
     [(290, "Net migration"), (1240, "foreign citizens")]),
])
def test_short_positive_and_negative_are_no_counted_nouns(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == expected


def test_the_figure_of_a_year_takes_that_year(nlp):
    text = "In 2019 India was host to 5.1 million international migrants, fewer than the 5.2 million of 2015."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(5100000, "2019"), (5200000, "2015")]


def test_a_bracketed_figure_with_its_own_noun_keeps_it_after_a_superlative(nlp):
    text = ("C'est le Royaume-Uni qui a accordé le plus de nationalités (195 000 personnes), "
            "suivi de la France (143 000).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(195000, "personnes"), (143000, "personnes")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Remittances to low- and middle-income countries (LMICs) grew by an estimated 3.8 per cent in 2023.",
     [(3.8, "Remittances")]),
    ("en", "EU countries registered a 16 per cent fall in the second quarter.", [(16, None)]),
    ("es", "Europa y Asia Central reunieron al 37,7% de la mano de obra; América, al 35,6%; los países árabes, al 14,3%.",
     [(37.7, "mano"), (35.6, "mano"), (14.3, "mano")]),
])
def test_a_set_of_places_before_a_share_holds_it_and_is_not_what_it_is_of(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_share_that_repeats_the_verb_of_a_share_of_a_whole_is_of_that_whole(nlp):
    text = ("Ukrainian citizens made up 42 percent of all foreign nationals who arrived in Lithuania last year, "
            "and Belarusian citizens made up 33 percent.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (42, "foreign nationals"), (33, "foreign nationals")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Among EU citizens taking up the citizenship of another Member State, Romanians (29 700 persons) and "
           "Poles (19 800) formed the largest groups.", [(29700, "persons"), (19800, "persons")]),
    ("fr", "Recul pour l'immigration de travail (16.000 titres) et pour celle des étudiants (58.430).",
     [(16000, "titres"), (58430, "titres")]),
])
def test_a_bracketed_count_after_one_with_its_own_noun_counts_that_noun(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Diez años atrás, en marzo de 2013, sumaban 1,61 millones.", [(10, "años"), (1610000, None)]),
    # not the adverb; the change noun that is the subject counts itself (corpus_es README, batch 16)
    ("En la Comunidad Valenciana el crecimiento fue aún más intenso, concretamente del 175,8%.", [(175.8, "crecimiento")]),
])
def test_spanish_adverbs_are_no_counted_nouns(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == expected


def test_the_last_word_of_a_two_word_country_is_no_counted_noun_nor_the_next_items(nlp):
    text = "  5. Estados Unidos: 1.407\n  6. Italia: 1.347\n  7. Gran Bretaña: 632\n  8. Suiza: 580\n"
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es") if f.value > 100] == [
        (1407, None), (1347, None), (632, None), (580, None)]


@pytest.mark.parametrize("text, expected", [
    ("Complètent le classement à nos côtés le Tadjikistan (28%) et le Népal (27.2%).", [(28, None), (27.2, None)]),
    ("Pour ce qui est de la Belgique, le trio de tête réunit la Syrie (19%) et l'Irak (7%).", [(19, None), (7, None)]),
])
def test_french_words_that_name_no_counted_noun(nlp, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "posted" is no noun; the percentage counts the growth it measures (README batch 40, "a year marked by a growth
    # of 10.75 percent" -> growth)
    ("en", "Tuscany is the exception, which posted a growth of 1.5% on the year.", [(1.5, "growth")]),
    ("es", "En el semestre la población perdió 48.146 habitantes frente a enero, hasta quedar en 46.464.053, de acuerdo "
           "con el INE.", [(48146, "habitantes"), (46464053, "habitantes")]),
])
def test_verbs_and_link_words_are_no_counted_nouns(nlp, lang, text, expected):
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_change_after_an_amount_its_symbol_opens_counts_what_the_money_is_in(nlp):
    text = "El país acumula $4,112.3 millones en remesas familiares, lo que supone un alza del 10.3 % frente a 2016."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(4112300000, "USD"), (10.3, "remesas")]


def test_a_superlative_opening_a_clause_after_among_names_nothing_the_bracketed_levels_count(nlp):
    text = "Among them, the largest rise, 20,0% came for Ivorian tourists (from 175 in September 2016 up to 210 in September 2017)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (20, None), (175, "Ivorian tourists"), (210, "Ivorian tourists")]


def test_the_total_after_out_of_counts_what_the_part_counts(nlp):
    text = "Most of the foreign immigrants had Poland as their country of origin, 710 out of 2,300."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(710, "immigrants"), (2300, "immigrants")]


def test_years_after_a_comma_that_follows_an_age_word_are_an_age(nlp):
    text = "Cerca del 87 por ciento de los trabajadores migrantes está en la franja de edad más productiva, entre 25 y 64 años."
    assert [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (87, None, "%"), (25, 64, "years old")]


def test_a_share_after_a_comma_and_the_preposition_of_a_change_is_that_change(nlp):
    text = "Entre 2013 y 2017 hubo un alza de 11% en el total de migrantes, de 13% en el de migrantes en edad laboral y de 9% en el de trabajadores."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(11, "increase"), (13, "increase"), (9, "increase")]


def test_what_figures_show_has_its_own_subject(nlp):
    text = ("The latest Population and Migration Estimates from the Central Statistics Office show emigration of Irish "
            "nationals still on the rise, from 27,700 to 40,200.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (27700, "emigration"), (40200, "emigration")]


def test_spanish_participacion_de_measures_what_it_is_of(nlp):
    text = "La participación de los envíos españoles se ubica en el segundo puesto, con un 41,4 por ciento."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(41.4, "envíos")]


def test_a_bracketed_earlier_level_dates_no_figure_after_the_bracket(nlp):
    text = ("Lithuanian citizens made up 66 percent of people who left the country last year (down from 84 pct in 2019), "
            "while foreign nationals made up 34 percent (rising from 16 pct in 2019).")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(66, None), (84, "2019"), (34, None), (16, "2019")]


def test_dollars_beside_several_dollar_countries_named_as_often_are_us_dollars(nlp):
    text = ("Pakistanis abroad remitted $5.42 billion in the quarter. The money that arrived from Malaysia, "
            "Australia, Canada and Japan added up to $181.78 million.")
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(5.42e9, "USD"), (1.8178e8, "USD")]


def test_dollars_beside_several_dollar_countries_go_to_the_one_the_document_names_most(nlp):
    text = ("Samoa's remittances rose in September. Funds from New Zealand and Australia reached $9.3 million. "
            "Samoa's central bank expects more. Families in Samoa received most of it.")
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(9.3e6, "WST")]


def test_spanish_que_after_a_figure_stands_for_the_noun_after_that_figure(nlp):
    text = "Interior contabilizó asimismo otras 6.800 llegadas por tierra, que son 937 más que en el 2017."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(6800, "llegadas"), (937, "llegadas")]


def test_a_share_of_the_total_a_few_words_after_a_count_is_a_share_of_its_noun(nlp):
    text = ("Hotels employed the biggest segment of non-resident workers (53,164, equal to 28 percent of the total). "
            "In services, 106.8 million workers make up 71.1 per cent of the total.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (53164, "non-resident workers"), (28, "non-resident workers"), (106.8e6, "workers"), (71.1, "workers")]


def test_spanish_a_change_before_el_numero_de_counts_what_the_number_is_of(nlp):
    text = "Sube un 35% el número de migrantes que llegan por mar. Crece un 23.1 por ciento la deportación de mexicanos."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(35, "migrantes"), (23.1, "deportación")]


def test_french_leur_nombre_after_a_topic_is_the_topics_number(nlp):
    text = ("Au total, 1 692 568 étrangers habitaient en Suisse à la fin avril 2010.\n\n"
            "Quant aux citoyens d'Etats n'appartenant ni à l'UE ni à l'AELE, leur nombre a augmenté de 0,4 % (+ 2731 personnes).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (1692568, "étrangers"), (0.4, "citoyens"), (2731, "personnes")]


def test_french_leur_nombre_after_its_subject_is_that_subjects_number(nlp):
    text = ("À la fin avril 2010, la Suisse comptait 1 076 540 personnes venues de l'UE. Dans le même intervalle, "
            "les ressortissants de pays extérieurs à l’UE ont vu leur nombre progresser de 0,4 %. "
            "1'751'301 étrangers résidaient en Suisse à la fin de 2016. En un an, leur nombre s'est accru de 2,9%.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (1076540, "personnes"), (0.4, "ressortissants"), (1751301, "étrangers"), (2.9, "étrangers")]


def test_hits_as_a_verb_before_a_figure_is_no_page_counter(nlp):
    assert [(f.value, f.counted) for f in facts_in_text("Global migrant workforce hits 150 million, says ILO", nlp, "en")] == [
        (150e6, "Global migrant workforce")]
    assert list(facts_in_text("Posted 12 May 2024 | Hits 348", nlp, "en")) == []


def test_a_participle_after_the_subjects_noun_ends_it(nlp):
    text = "Emigration surged by 53% in 2023, the number of people leaving Türkiye reaching 714,579."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(53, "Emigration"), (714579, "people")]


def test_a_range_before_age_group_is_an_age_range(nlp):
    text = "Among emigrants, the 25-29 age group was the largest; 39.7% fell in the 30 to 34 age band."
    assert [(f.value, f.value_max, f.kind, f.unit) for f in facts_in_text(text, nlp, "en")] == [
        (25, 29, "other", "years old"), (39.7, None, "percent", "%"), (30, 34, "other", "years old")]


def test_bare_billions_after_a_bracketed_conversion_keep_the_money_s_own_currency(nlp):
    text = ("Diaspora remittances over the quarter reached a record Ksh 41.6 Billion (USD 415.58Million). "
            "Related: Diaspora remittances for January up by 19.9% to record 13.8 Billion")
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [
        (41.6e9, "KES"), (415.58e6, "USD"), (19.9, "%"), (13.8e9, "KES")]


def test_the_n_month_period_to_a_month_dates_its_figures(nlp):
    text = "Over the 12 month period to March 2016, total diaspora inflows grew by 10.2%, reaching Ksh 160 Billion."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(10.2, "2016-03"), (160e9, "2016-03")]


def test_a_bracketed_conversion_stands_not_between_a_figure_and_its_date(nlp):
    text = ("In the 12 months to March 2016 the average monthly flow went up to Ksh 13.3 Billion (USD 133.3 million), "
            "up from the Ksh 12.1 Billion (USD 121.0 million) recorded in March 2015.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (13.3e9, "2016-03"), (133.3e6, "2016-03"), (12.1e9, "2015-03"), (121e6, "2015-03")]


def test_a_clause_with_its_own_subject_ends_a_number_of_phrase(nlp):
    text = ("Qatar had the largest proportion of foreign workers relative to its own nationals, where the foreign "
            "residents numbered 1.3 million.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(1.3e6, "foreign residents")]


def test_a_figure_after_that_and_its_verb_counts_the_noun_before_that(nlp):
    text = "The foreign residents numbered 1.3 million, or 76.8 percent of a population that totalled 1.7 million."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (1.3e6, "foreign residents"), (76.8, "population"), (1.7e6, "population")]
    assert [f.counted for f in facts_in_text("The agency said that arrivals totalled 1.7 million.", nlp, "en")] == ["arrivals"]


def test_a_multiple_between_a_subject_and_its_level_is_passed_over(nlp):
    text = "Iraqi applications rose seven-fold to 121,500. Arrivals rose fourfold to 1,200."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (7, "times"), (121500, "Iraqi applications"), (4, "times"), (1200, "Arrivals")]


def test_a_change_after_a_bracketed_aside_is_a_change_of_the_count_before_it(nlp):
    text = "Belgium took in 106 000 immigrants in 2016 (persons planning a stay of one year or more), 18% fewer than in 2015."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (106000, "immigrants", None), (1, "year", None), (18, "immigrants", "decrease")]


def test_a_span_of_time_between_a_change_and_from_to_leaves_two_levels(nlp):
    text = "Immigration went up too in the same 12 month span, from 30,800 to 42,300."
    assert [(f.value, f.value_max, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (30800, None, "Immigration"), (42300, None, "Immigration")]


def test_a_figure_after_a_nationality_and_before_a_comma_is_no_house_number(nlp):
    text = "The leading nationalities were Somalian 35, or 3 per cent. Write to Rue des Alpes 14, Geneva."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "en")] == [(35, "count"), (3, "percent")]


def test_one_year_or_one_decade_after_hace_or_en_is_a_duration(nlp):
    text = ("Los residentes extranjeros suman 310.000, 12.500 más que hace un año y la cifra más alta en una década. "
            "El permiso vale por un año y se renueva. Fue un año récord para las solicitudes.")
    assert [(f.value, f.kind, f.unit, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (310000, "count", None, "residentes"), (12500, "count", None, "residentes"), (1, "other", "year", "año"),
        (10, "other", "year", "década"), (1, "other", "year", "año")]


def test_a_spanish_duration_takes_no_date_of_its_sentence(nlp):
    text = "Ocho años atrás, en mayo de 2015, residían 2,1 millones de extranjeros. En solo seis meses llegaron 4.300 más."
    assert [(f.value, f.unit, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (8, "year", None), (2100000, None, "2015-05"), (6, "month", None), (4300, None, None)]


def test_a_date_after_se_compara_con_is_the_time_compared_with(nlp):
    text = ("Si se compara con el primer trimestre de 2019, las solicitudes bajaron un 4,5%. "
            "Llegaron 3.200 personas, un alza clara si se compara con el mismo mes de 2020, cuando fueron 1.100.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(4.5, None), (3200, None), (1100, "2020")]


def test_today_dates_its_own_clause_against_a_year_before(nlp):
    text = "For Senegal the adjusted protection rate was 18.9 per cent in 2023, whereas today it is only 4.8 per cent."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(18.9, "2023"), (4.8, None)]


def test_an_ordinal_written_ere_is_no_figure(nlp):
    text = "La communauté italienne se hisse à la 1ère place des nationalités, forte de 41 250 personnes."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(41250, "personnes")]


def test_a_boom_of_a_share_is_an_increase(nlp):
    text = "Les transferts vers le Kenya ont connu un boom de plus de 12 % en 2023."
    assert [(f.value, f.change, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [(12, "increase", "at_least")]


def test_a_range_of_years_had_is_an_age_range(nlp):
    text = "Un tiers des nouveaux arrivants venus cette année dans la région ont entre 20 et 34 ans."
    assert [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, "fr")] == [
        (33.33, None, "%"), (20, 34, "years old")]


def test_years_coordinated_with_an_age_are_an_age(nlp):
    text = "L'âge moyen des nouveaux résidents du canton était de 33,5 ans pour les hommes et 31,2 ans pour les femmes."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(33.5, "years old"), (31.2, "years old")]


def test_one_unit_of_time_after_au_moins_is_a_figure(nlp):
    text = "Sont comptées les personnes installées dans la commune pour au moins un an. En un an, 300 personnes sont arrivées."
    assert [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [
        (1, "year", "at_least"), (300, None, None)]


def test_comparé_aux_years_is_a_compared_period_not_the_figure_s(nlp):
    text = "En 2023, les entrées d'étudiants progressent de 14 % comparé aux années 2016-2017."
    assert [(f.value, f.as_of, f.period_start, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (14, "2023", None, "increase")]


def test_a_count_of_last_decades_frames_the_figure(nlp):
    text = "Le nombre de naturalisations a progressé de 40 % au cours des deux dernières décennies."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(40, "increase")]


def test_a_duration_is_not_the_first_figure_whose_noun_the_sentence_gives(nlp):
    text = "Durante 2018, las peticiones de ciudadanos de ese país se duplicaron frente a los dos años anteriores, cuando se registraron 10.629."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][-1] == (10629, "peticiones")


def test_a_spanish_participle_of_record_after_a_figure_stands_for_the_noun_before(nlp):
    text = "El consulado expidió 12.500 visados en 2023, con 3.200 entregados a estudiantes, frente a los 9.800 registrados un año antes."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (12500, "visados"), (3200, "visados"), (9800, "visados")]


def test_a_spanish_source_after_segun_stands_aside_from_the_subject(nlp):
    text = "Se registró un récord de llegadas por mar, que según Salvamento Marítimo sumaron 12.400 en 2021."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(12400, "llegadas")]


def test_a_spanish_participle_of_a_decision_after_a_figure_stands_for_the_noun_before(nlp):
    text = "Se presentaron 9.100 recursos; de ellos, 6.400 fueron admitidos y 1.250 rechazados."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (9100, "recursos"), (6400, "recursos"), (1250, "recursos")]


def test_a_reference_in_brackets_stands_not_between_a_count_and_its_change(nlp):
    text = "Singapore’s total population was 6.04 million (Diagram 1), a 2.0 per cent rise over June 2023."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (6.04e6, "population", None), (2.0, "population", "increase")]


def test_the_participle_of_a_passive_is_no_head(nlp):
    text = "In 2014, 45.8% of all emigrants left for the United Kingdom. Ireland was picked by 8.4%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(45.8, "emigrants"), (8.4, "emigrants")]


def test_a_natural_increase_is_a_balance_that_counts_itself(nlp):
    text = ("There were 74,100 births against 28,200 deaths, leaving a natural increase of 45,900. "
            "Net migration stood at 2,410 and natural increase at -1,336.")
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (74100, "births", None), (28200, "deaths", None), (45900, "natural increase", None),
        (2410, "Net migration", None), (1336, "natural increase", "decrease")]


def test_a_clause_after_an_opening_phrase_gives_the_subject_of_a_figure_after_at(nlp):
    text = ("Taking population size into account, forced labour prevalence peaks in the Arab States, at 5.3 per thousand "
            "people.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(5.3, "forced labour prevalence")]


def test_a_set_opened_with_a_times_possessive_names_what_its_shares_count(nlp):
    assert [(f.value, f.counted) for f in facts_in_text("Of last year's emigrants, 62 percent were men.", nlp, "en")] == [
        (62, "emigrants")]


def test_a_share_of_a_sex_with_no_whole_before_counts_the_set_the_sex_is_part_of(nlp):
    text = "Men made up most of the immigrants – 52.8%, whereas women were the majority of the emigrants (54.2%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(52.8, "immigrants"), (54.2, "emigrants")]


def test_bare_millions_of_a_noun_of_money_are_in_the_currency_named_before(nlp):
    text = ("Remittances to Kosovo reached EUR 1.2 billion. Revenues from Switzerland come to 570.7 million, "
            "of which remittances 171.4 million.")
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "en")] == [
        (1.2e9, "money", "EUR"), (570.7e6, "money", "EUR"), (171.4e6, "money", "EUR")]


def test_a_measure_subject_counts_what_it_is_of(nlp):
    text = ("L'essentiel de ces envois provient d'Europe (64,5 %), tandis que 12 % viennent d'Amérique. "
            "La grande majorité des étudiants de cette université (81,3 %) résident en ville.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (64.5, "envois"), (12, "envois"), (81.3, "étudiants")]


def test_a_signed_share_after_soit_is_the_change_of_the_count_before_it(nlp):
    text = "La demande de visas a nettement progressé, notamment en Guyane, avec 2 310 dossiers, soit + 12 %."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (2310, "dossiers", None), (12, "dossiers", "increase")]


def test_en_moyenne_is_an_adverb_not_the_share_s_noun(nlp):
    text = "Les demandes de naturalisation ont progressé en moyenne de 6,5 % par an depuis 2015."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [(6.5, "demandes", "increase")]


def test_nouvel_is_a_modifier_before_the_noun(nlp):
    text = "Le nouvel afflux de réfugiés a progressé de 12 % en 2023."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [(12, "afflux", "increase")]


def test_a_headline_label_before_a_colon_is_not_the_subject(nlp):
    text = "Canada : l'émigration en recul de 4,5% à fin juin"
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [(4.5, "émigration", "decrease")]


def test_an_opening_span_of_last_years_is_no_set(nlp):
    text = "Sur les trois dernières années, c'est en Italie que les envois ont le plus augmenté, avec une hausse de 14 %."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [(14, "envois", "increase")]


def test_a_comparative_before_a_bracketed_share_is_not_its_noun(nlp):
    text = "Cette année, presque autant de bénéficiaires (58 %) déclarent épargner une partie des fonds reçus."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(58, "bénéficiaires")]


def test_the_start_level_of_a_movement_takes_no_date_of_its_end(nlp):
    text = ("The number of seasonal permits kept climbing, from 14,300 to 19,800 in the year to March 2022, "
            "while the share of women slipped from around 40 per cent, reaching 35 per cent in 2022.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (14300, None), (19800, "2022-03"), (40, None), (35, "2022")]


def test_the_day_figures_were_reported_on_is_no_reference_date(nlp):
    text = ("The agency reported on March 3, 2025, that arrivals by sea rose by 42% in February, "
            "with 60% landing on the southern coast.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(42, "2025-02"), (60, "2025-02")]
    text = "At a press conference on 5 May 2023, the minister said that 12,400 visas had been issued since 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(12400, None)]


def test_a_period_just_after_a_figure_leaves_it_no_date(nlp):
    text = "Arrivals are set to grow by 6.5 percent a year during 2024-2026, reaching about 90,000 in 2026."
    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en")] == [
        (6.5, None, 2024, 2026), (90000, "2026", None, None)]


def test_a_figure_before_a_plain_date_of_two_years_takes_neither(nlp):
    text = "Nurses were one of the three largest groups in 2019 and 2020, and their number has kept falling since."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(3, None)]


def test_an_english_month_joined_to_its_year_by_of_dates_the_figures(nlp):
    text = "The ministry issued 8,300 work visas for February to June of 2022, up 12 percent, the report said."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(8300, "2022"), (12, "2022")]
    text = "Arrivals by sea reached 2,150 in March of 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(2150, "2021-03")]


def test_an_english_day_month_first_with_no_year_takes_the_sentences_year_in_its_phrase(nlp):
    text = "Asylum claims lodged in 2023 passed the 40,000 mark, with the tally at 41,250 as of November 30."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(40000, "2023"), (41250, "2023-11-30")]


def test_a_movement_between_two_years_to_a_month_dates_each_level(nlp):
    text = "Net inward migration climbed from 12,600 in the year to March 2015 to 19,300 in the year to March 2016."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(12600, "2015-03"), (19300, "2016-03")]


def test_a_bracketed_figure_after_a_span_of_months_takes_the_year(nlp):
    text = "Referrals rose 9% on July to September 2022 (2,840)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")][-1] == (2840, "2022")


def test_a_year_like_level_after_at_dates_no_figure(nlp):
    text = "In the public sector, 840 Egyptians left in the second quarter, and the number of Indians stands at 1987."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")][0] == (840, None)


def test_figures_a_ranking_by_change_lists_are_changes(nlp):
    text = "Las provincias donde más crecieron los envíos fueron Salta (8,2%) y Jujuy (6,4%); la que más cayó fue Chubut, con un 1,3%."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (8.2, "increase"), (6.4, "increase"), (1.3, "decrease")]


def test_an_ordinal_quarter_after_a_subject_is_its_time_not_its_head(nlp):
    text = "The jobless rate in the second quarter was 5.1%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(5.1, "jobless rate")]
    from pipeline.evaluate import counted_head

    text = "Britain's population growth rate in the third quarter was 0.3%."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(0.3, "rate")]


def test_a_quoted_noun_phrase_before_its_link_is_the_subject(nlp):
    text = "For Tunisia, the “overall recognition rate” stood at 41 per cent in 2022, whereas now it is 37 per cent."
    facts = facts_in_text(text, nlp, "en")
    assert [(f.value, f.counted) for f in facts] == [(41, "recognition rate"), (37, "recognition rate")]


def test_a_french_year_after_apres_dates_only_the_earlier_figure(nlp):
    text = "Les régularisations ont atteint 4 180 dossiers, après 3 960 en 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(4180, None), (3960, "2019")]
    text = "Les envois ont reculé de 2,3 %, après un bond de 11,4 % en 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(2.3, None), (11.4, "2021")]
    text = "Cette baisse s'est chiffrée à 5.200 en 2020, après 6.100 en 2019, à peine 1.400 en 2018."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (5200, "2020"), (6100, "2019"), (1400, "2018")]


def test_a_french_figure_after_face_a_is_compared_with_and_takes_only_its_own_date(nlp):
    text = ("Les envois reçus ont totalisé 212,6 milliards de FCFA sur le premier semestre 2019, face à 205,3 milliards "
            "de FCFA un an plus tôt, soit une hausse de 3,6%.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (212600000000, "2019"), (205300000000, None), (3.6, None)]
    text = "Les recettes ont atteint 58,2 milliards de dirhams, face à 51,7 milliards de dirhams lors du premier semestre 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(58200000000, None), (51700000000, "2021")]
    text = "Les recettes ont atteint 58,2 milliards de dirhams en 2022, face à 51,7 milliards de dirhams un an plus tôt, en 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(58200000000, "2022"), (51700000000, "2021")]
    text = "En 2021, les services ont enregistré 12 400 entrées face à 9 800 sorties."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12400, "2021"), (9800, "2021")]


def test_a_spanish_relative_que_after_a_figure_is_no_comparison(nlp):
    text = "En 2016 el país dio permisos de trabajo a 3.410 migrantes, frente a los 2.870 que los consiguieron en 2015."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(3410, "2016"), (2870, "2015")]
    text = "En 2016 se registraron 3.410 solicitudes, un 20 % más que las recibidas en 2015."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(3410, "2016"), (20, "2016")]


def test_a_year_followed_by_end_is_the_last_day_of_that_year(nlp):
    text = "Some 7 out of 10 refugees hosted as of 2021-end lived in neighbouring countries (72 per cent)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(70, "2021-12-31"), (72, "2021-12-31")]


def test_mln_is_millions_in_english(nlp):
    text = "About 12 mln people were displaced by the floods of 2022."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(12_000_000, "approximate")]


def test_saw_after_a_subject_is_its_verb_not_its_head(nlp):
    text = "Formal transfers rose by US$40.2 million, while informal transfers saw a fall of 3.5 per cent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][-1] == (3.5, "informal transfers")


def test_an_improvement_or_an_upturn_is_an_increase(nlp):
    text = "Inflows reached US$210.4 million, an improvement of US$5.1 million or 2.5 per cent on a year earlier."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (210_400_000, None), (5_100_000, "increase"), (2.5, "increase")]


def test_held_ends_the_phrase_a_total_of_names(nlp):
    text = "A total of 64,310 migrant workers held permits in the province at the end of June, a drop of 2 per cent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (64310, "migrant workers"), (2, "migrant workers")]


def test_spanish_mayores_and_menores_de_bound_an_age(nlp):
    text = "En 2021 los menores de 18 años sumaron 12.400 personas y los mayores de 60 años, 8.100."
    assert [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [
        (18, "years old", "at_most"), (12400, None, None), (60, "years old", "at_least"), (8100, None, None)]


def test_hasta_or_jusqu_a_after_a_verb_of_movement_in_the_present_or_infinitive_is_the_level_reached(nlp):
    text = "Los residentes extranjeros son 41.200 menos y bajan hasta 2,85 millones."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")][-1] == (2_850_000, None)
    text = "Les demandes ont atteint 530.000 en 2016, avant de grimper jusqu'à 912.000 en 2017."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [(530000, None), (912000, None)]
    text = "Le trajet peut prendre jusqu'à 40 jours."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [(40, "at_most")]


def test_a_ratio_ending_in_its_noun_names_its_own_whole_after_a_share_of_another(nlp):
    text = "Hunger touched some 9 per cent of the world — 1 in every 11 people — in 2022, against 1 in every 13 in 2015."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (9, "world"), (9.09, "people"), (7.69, "people")]


def test_french_years_or_more_after_an_age_group_are_an_age(nlp):
    text = "Le rapport met en regard l'effectif des 70 ans ou plus et celui des actifs."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(70, "years old")]


def test_a_change_verb_parted_from_its_by_by_an_aside_between_commas(nlp):
    text = "Les transferts auraient ainsi reculé, estime-t-on, de 3,1 % en 2020."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(3.1, "decrease")]
    text = "Arrivals rose, officials said, by 5% in May."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(5, "increase")]


def test_a_share_after_apres_or_after_continues_the_change_before_it(nlp):
    text = "Les envois ont progressé de 4,8 % en 2023, à 41 milliards de dollars, après 9,6 % l'année précédente."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (4.8, "increase"), (41_000_000_000, None), (9.6, "increase")]


def test_a_spanish_change_verb_parted_from_its_en_by_a_number_of_months(nlp):
    text = "Los afiliados extranjeros crecieron en los primeros seis meses del año en 48.200 personas."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(48200, "increase")]


def test_a_movement_whose_levels_carry_qualifiers_dates_each_by_its_own_year(nlp):
    text = "The number of asylum seekers doubled, from about 1.2 million in 2014 to 2.5 million at the end of 2016."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.kind == "count"] == [
        (1_200_000, "2014"), (2_500_000, "2016-12-31")]


def test_a_french_level_of_le_nombre_de_written_in_personnes_counts_the_subject(nlp):
    from pipeline.evaluate import counted_head

    text = "Le nombre des stagiaires placés a atteint 4215 personnes, après 3960 en 2020."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (4215, "stagiaires"), (3960, "stagiaires")]
    text = "Au 30 juin 2022, le nombre total des volontaires du programme s'élevait à 9412 personnes."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [(9412, "volontaires")]
    text = "Le nombre d'arrivées reste élevé : 2.410 personnes ont rejoint le pays cette année."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [(2410, "personnes")]


def test_french_bracketed_nationals_count_themselves_after_people_and_the_first_noun_otherwise(nlp):
    from pipeline.evaluate import counted_head

    text = ("Les Sénégalais ont obtenu 412 350 visas entre 2018 et 2022, ce qui les place au deuxième rang "
            "derrière les Algériens ( 508 120) et devant les Maliens ( 297 640).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (412350, "visas"), (508120, "visas"), (297640, "visas")]
    text = "Le statut a d'abord bénéficié aux Érythréens, avec 2 310 ressortissants, puis aux Soudanais (915) et aux Irakiens (604)."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (2310, "ressortissants"), (915, "soudanais"), (604, "irakiens")]


def test_a_french_signed_balance_with_no_noun_after_its_figure_counts_the_balance(nlp):
    from pipeline.evaluate import counted_head

    text = "Les arrivées et les départs des Asiatiques se sont équilibrés, ce qui leur laisse un solde positif de 3 418."
    assert [(f.value, counted_head(f.counted, "fr"), f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (3418, "solde", "increase")]
    text = "Les ressortissants océaniens comptent plus de départs que d'arrivées : 7 120 et 7 905, pour un solde négatif de 785."
    assert [(f.value, counted_head(f.counted, "fr"), f.change) for f in facts_in_text(text, nlp, "fr")][-1] == (
        785, "solde", "decrease")
    text = "Le canton enregistre un solde négatif de 640 personnes."
    assert [(f.value, counted_head(f.counted, "fr"), f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (640, "personnes", "decrease")]


def test_french_counts_given_respectivement_count_the_two_sets_named_before_them_in_order(nlp):
    from pipeline.evaluate import counted_head

    text = ("Chez les Asiatiques, 9% des arrivées et 11% des départs leur reviennent, soient respectivement 48 310 puis "
            "52 770.")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")][2:] == [
        (48310, "arrivées"), (52770, "départs")]
    text = "Les ressortissants océaniens comptent moins d'arrivées que de départs : 6 120 et 6 905 respectivement."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (6120, "arrivées"), (6905, "départs")]


def test_a_french_figure_given_as_a_part_after_dont_counts_what_the_figure_before_counts(nlp):
    from pipeline.evaluate import counted_head

    text = ("Le \"taux de protection\" (la part des requérants qui obtiennent un statut) a fléchi, tombant de 42% en 2021 à "
            "39% sur l'année suivante, dont 31% accordés par l'Office (soit près de 12.000 personnes).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (42, "taux"), (39, "taux"), (31, "taux"), (12000, "personnes")]


def test_french_signed_brackets_after_places_count_the_change_their_sentence_opens_on(nlp):
    from pipeline.evaluate import counted_head

    text = ("Hormis le Mali (+ 3,4 %), leur progression reste plus lente que celle de plusieurs pays voisins, "
            "surtout le Niger (+ 9,5 %).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (3.4, "progression"), (9.5, "progression")]
    text = ("Entre le 1er janvier 2010 et le 31 décembre 2015, la croissance la plus forte revient aux ressortissants "
            "de la Syrie (+ 21 410), devant ceux de l'Irak (+ 9 302).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (21410, "croissance"), (9302, "croissance")]
    text = "Cette hausse tient surtout à la vive progression des envois vers le Togo (+14 %)."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [(14, "envois")]


def test_a_span_of_months_with_mid_a_day_or_a_comma_before_its_year_gives_the_year(nlp):
    text = "Some 41,000 Nepalis were granted permits to work abroad in one month (mid-March to mid-April, 2024)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")][0] == (41000, "2024")
    text = "Over the first 10 months of last year (calendar January to October, 2012), inflows reached US$1,220.4 million."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")][-1] == (1_220_400_000, "2012")


def test_a_spanish_list_under_a_lead_naming_its_labels_kind_counts_the_lead_above(nlp):
    from pipeline.evaluate import counted_head
    text = ("PERMISOS CONCEDIDOS\n"
            "Permisos concedidos:\n"
            "9.410\n"
            "Edad:\n"
            "0-17 años: 1.102\n"
            "18-64 años: 7.950\n"
            "Nacionalidad:\n"
            "Ucrania:  2.315\n"
            "Honduras: 1.204\n"
            "Marruecos: 877\n"
            "Provincia:\n"
            "Sevilla: 3.118\n"
            "Bilbao: 906\n"
            "Málaga: 512\n")
    facts = [f for f in facts_in_text(text, nlp, "es") if f.kind == "count" and f.value < 9000]
    assert [(f.value, counted_head(f.counted, "es")) for f in facts] == [
        (1102, "permisos"), (7950, "permisos"), (2315, "permisos"), (1204, "permisos"), (877, "permisos"),
        (3118, "permisos"), (906, "permisos"), (512, "permisos")]


def test_a_spanish_list_under_a_heading_in_capitals_counts_the_heading(nlp):
    from pipeline.evaluate import counted_head
    text = ("TASA DE ADMISIÓN\n"
            "Ucrania: 96,10 %\n"
            "Sudán: 88,25 %\n"
            "Colombia: 12,04 %\n"
            "TOTAL: 21,60 %\n")
    assert [(f.value, counted_head(f.counted, "es")) for f in facts_in_text(text, nlp, "es")] == [
        (96.1, "tasa"), (88.25, "tasa"), (12.04, "tasa"), (21.6, "tasa")]


def test_a_spanish_row_of_a_place_whose_name_looks_plural_counts_the_lead(nlp):
    from pipeline.evaluate import counted_head
    text = ("En el cuadro siguiente se detallan los cotizantes de cada región:\n"
            "General | Agrario | Hogar | Total | |\n"
            "MURCIA | 20.114 | 3.507 | 1.210 | 24.831 |\n"
            "ILLES BALEARS | 18.402 | 4.933 | 2.001 | 25.336 |\n"
            "NAVARRA | 9.870 | 1.204 | 655 | 11.729 |\n")
    facts = [f for f in facts_in_text(text, nlp, "es") if f.value in (18402, 4933, 2001, 25336)]
    assert [(f.value, counted_head(f.counted, "es")) for f in facts] == [
        (18402, "cotizantes"), (4933, "cotizantes"), (2001, "cotizantes"), (25336, "cotizantes")]


def test_a_spanish_table_scale_line_with_a_garbled_currency_holds_money(nlp):
    text = ("Cuadro 2\n"
            "Env・s de remesas\n"
            "(millones de d・ares)\n"
            "\n"
            "2005 2010\n"
            "Total 1.204 1.877\n"
            "M・ico 894 1.455\n")
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (1204000000, "money", "USD"), (1877000000, "money", "USD"), (894000000, "money", "USD"),
        (1455000000, "money", "USD")]


def test_a_spanish_change_that_llega_al_a_figure_counts_itself(nlp):
    text = "En el albergue de Tapachula, en lo que va del año, la caída llega al 31% frente a 2019."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(31, "caída", "decrease")]


def test_a_spanish_noun_of_groups_before_listed_places_counts_what_it_groups(nlp):
    text = "Por origen, los colectivos más amplios de residentes extranjeros proceden de Ecuador (41.208) y Bolivia (37.915)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(41208, "residentes"), (37915, "residentes")]


def test_a_spanish_list_of_bracketed_places_goes_on_past_seguidos_de(nlp):
    text = ("Por origen, los residentes extranjeros proceden sobre todo de Ecuador (41.208) y Bolivia (37.915), "
            "seguidos de Perú (20.114) y Paraguay (9.870).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (41208, "residentes"), (37915, "residentes"), (20114, "residentes"), (9870, "residentes")]


def test_a_spanish_ranking_by_the_most_of_a_thing_names_its_own_set(nlp):
    text = ("Las solicitudes cayeron un 12 %, hasta 90.400 expedientes. "
            "Suecia encabezó la lista de países con más peticiones de refugio, unas 41.000, por delante de Grecia (9.800) "
            "y Bélgica (7.300).")
    facts = [f for f in facts_in_text(text, nlp, "es") if f.value in (9800, 7300)]
    assert [(f.value, f.counted) for f in facts] == [(9800, "peticiones"), (7300, "peticiones")]


def test_a_spanish_list_after_a_blank_line_under_a_kind_lead_counts_the_lead_above(nlp):
    from pipeline.evaluate import counted_head
    text = ("Permisos concedidos:\n"
            "9.410\n"
            "Nacionalidad:\n"
            "Ucrania:  2.315\n"
            "Honduras: 1.204\n"
            "Marruecos: 877\n"
            "\n"
            "Provincia:\n"
            "Sevilla: 3.118\n"
            "Bilbao: 906\n"
            "Málaga: 512\n")
    facts = [f for f in facts_in_text(text, nlp, "es") if f.value in (3118, 906, 512)]
    assert [(f.value, counted_head(f.counted, "es")) for f in facts] == [
        (3118, "permisos"), (906, "permisos"), (512, "permisos")]


def test_a_spanish_share_after_an_age_group_named_by_a_noun_counts_that_noun(nlp):
    text = ("Quienes más viajan se concentran en la franja de 25 a 34 años, que supone el 31,4%, y le sigue "
            "la de 35 a 44 años, que reúne el 22,8%.")
    facts = [f for f in facts_in_text(text, nlp, "es") if f.kind == "percent"]
    assert [(f.value, f.counted) for f in facts] == [(31.4, "franja"), (22.8, "franja")]


def test_a_spanish_part_after_a_total_in_apposition_counts_the_totals_set(nlp):
    text = ("Según el informe, del total registrado de solicitantes de asilo, 84.000, 51.200 (61%) "
            "procedían de Venezuela.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (84000, "solicitantes"), (51200, "solicitantes"), (61, "solicitantes")]


def test_a_share_restated_by_an_amount_that_a_change_word_follows_is_that_change(nlp):
    text = "Inflows rose by 9.1 percent, alongside a 14 percent or US$3.2 million decrease in outflows."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (9.1, "increase"), (14, "decrease"), (3_200_000, "decrease")]
    text = "The 41.2 percent leap in transfers from the region went against the trend."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(41.2, "increase")]


def test_a_count_added_to_a_population_is_an_increase(nlp):
    text = "Net overseas migration added 184,300 people to the state's population. The shift added 2.1 percentage points to growth."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(184300, "increase"), (2.1, None)]


def test_a_spanish_link_to_another_story_gives_no_fact(nlp):
    text = "Llegaron 1.200 personas en marzo.\nTe puede interesar: Panamá recibe 5 vuelos de retornados este martes\n"
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [1200]


def test_a_spanish_bare_decimal_after_an_article_is_a_share(nlp):
    text = "Fueron 4 mil 210 menores; aquí el 71.4 viajó sin compañía, y en 2022 hubo un 3,15 menos que en 2021."
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")] == [
        (4210, "count", None), (71.4, "percent", "%"), (3.15, "percent", "%")]
    text = "La fecundidad fue de un 1,5 hijos por mujer."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")] == [(1.5, "count")]


def test_french_years_of_a_group_named_after_them_are_an_age(nlp):
    text = "Au 1er janvier 2020, il atteint 41,2 ans chez les femmes. Le titre vaut 5 ans pour les étudiants."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(41.2, "years old"), (5, "year")]


def test_menos_closing_a_sentence_after_a_count_and_its_noun_s_words_is_a_change(nlp):
    text = "Este año se otorgaron 31.200 en el mismo periodo, es decir, 9.410 visados temporales menos."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(31200, None), (9410, "decrease")]


def test_a_spanish_change_spelled_out_by_a_movement_takes_its_years(nlp):
    text = "En la región subió en un 120,5%, desde 1.310 en 2014 hasta 2.889 en 2018."
    assert [(f.value, f.period_start, f.period_end, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (120.5, 2014, 2018, None), (1310, None, None, "2014"), (2889, None, None, "2018")]
    text = "En 2017 subieron un 139% respecto de 2016 (de 11.298 a 27.075 casos)."
    assert [(f.value, f.period_start, f.as_of) for f in facts_in_text(text, nlp, "es")][0] == (139, None, "2017")


def test_rows_under_a_header_naming_the_dimension_a_caption_splits_by_count_the_caption_noun(nlp):
    from pipeline.evaluate import counted_head

    text = ("Table 7.3 Licences Issued to Foreign Workers, by Sector, 2010-2008\n\n"
            "Sector Korean\n2010\nKorean\n2009\nKorean\n2008\n"
            "Fishing 12 9 14\n"
            "Restaurants 88 71 65\n"
            "Private Homes 40 38 22\n")
    assert [(f.value, counted_head(f.counted, "en"), f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (12, "licences", "2010"), (9, "licences", "2009"), (14, "licences", "2008"),
        (88, "licences", "2010"), (71, "licences", "2009"), (65, "licences", "2008"),
        (40, "licences", "2010"), (38, "licences", "2009"), (22, "licences", "2008")]


def test_a_balance_row_with_no_share_cells_fills_the_count_columns_of_a_block_table(nlp):
    from pipeline.evaluate import counted_head

    text = ("Table 4 Transfers in and out of the region by age: 2014-2015\n\n"
            "Under 30\n\n30-59\n\n60+\n\n"
            "N\n\n%\n\nN\n\n%\n\nN\n\n%\n\n"
            "IN\n\n4,100\n\n41\n\n5,200\n\n52\n\n700\n\n7\n\n"
            "OUT\n\n3,900\n\n45\n\n4,300\n\n49\n\n540\n\n6\n\n"
            "NET\n\n200\n\n900\n\n-160\n")
    assert [(f.value, f.kind, counted_head(f.counted, "en"), f.change, f.period_start, f.period_end)
            for f in facts_in_text(text, nlp, "en")][-3:] == [
        (200, "count", "transfers", None, 2014, 2015), (900, "count", "transfers", None, 2014, 2015),
        (160, "count", "transfers", "decrease", 2014, 2015)]


def test_the_tail_of_a_row_label_wrapped_from_the_line_above_names_no_group_of_its_own(nlp):
    from pipeline.evaluate import counted_head

    text = ("Table 2  Nurses Working Abroad, Percent Share, by Sex and Region:\n"
            "         2011 and 2012\n\n"
            "==========================================================\n"
            "                                   2012         |      2011\n"
            "Region                          Both   Male Female |    Both   Male Female\n"
            "----------------------------------------------------------\n\n"
            " Total                          100.0  100.0  100.0     100.0  100.0  100.0\n\n"
            " Gulf                            60.2   55.1   61.0      58.3   50.6   60.9\n"
            "   Other Countries in the Gulf (Oman,\n"
            "   Bahrain, etc.)                 4.1    3.3    4.4       3.9    3.0    4.2\n"
            "   Other Countries in Europe\n"
            "   and Central Asia (Georgia, etc.)  2.2    2.0    2.3       2.6    2.4    2.7\n")
    assert {(counted_head(f.counted, "en"), f.kind) for f in facts_in_text(text, nlp, "en")} == {("nurses", "percent")}


def test_counts_by_place_after_among_them_count_the_set_named_before_the_comma(nlp):
    from pipeline.evaluate import counted_head

    text = ("Data from the labour ministry show some 420 thousand Tajik workers employed abroad, among them "
            "350 thousand in Russia, about 40 thousand in Kazakhstan and 12 thousand in Turkey.")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (420000, "workers"), (350000, "workers"), (40000, "workers"), (12000, "workers")]
    text = ("Last year the island's foreign staff also included some nationals of Nordic countries, among them 85 "
            "from Norway, 61 from Sweden and 12 from Iceland.")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (85, "nationals"), (61, "nationals"), (12, "nationals")]


def test_listed_shares_before_a_last_share_that_names_its_whole_are_shares_of_that_whole(nlp):
    from pipeline.evaluate import counted_head

    text = ("Spain was selected by 12.1% (in 2019, 11.4%), Italy by 9.3% (in 2019, 9.8%), and Portugal by 4.2% "
            "(in 2019, 3.9%) of retirees.")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (12.1, "retirees"), (11.4, "retirees"), (9.3, "retirees"), (9.8, "retirees"), (4.2, "retirees"),
        (3.9, "retirees")]
    text = "Those aged 18-24 – 21.5%, and those aged 25-34 – 30.2% of all arrivals in the year."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [
        (21.5, "arrivals"), (30.2, "arrivals")]
    text = "40% Rural areas were home to 40 per cent of the returnees last year."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][0] == (40, "")


def test_list_items_giving_a_place_share_alone_count_what_the_lead_line_names(nlp):
    from pipeline.evaluate import counted_head

    text = ("2019 - The provinces where most seasonal workers are employed are:\n\n"
            "-- Ontario (41%)\n\n-- Quebec (22%)\n\n-- British Columbia (9%)\n")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (41, "workers"), (22, "workers"), (9, "workers")]


def test_a_bracketed_count_after_a_group_and_the_phrase_qualifying_it_counts_the_group(nlp):
    from pipeline.evaluate import counted_head

    text = "Of those, nearly two out of three were Poles returning to their homeland (41 thousand, + 3.4%)."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][1] == (41000, "poles")
    text = "Among those who arrived, about four in five were nationals of a foreign state (52 thousand, -2.1%)."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][1] == (52000, "nationals")


def test_counts_printed_after_peoples_names_in_a_list_of_nationalities_count_those_names(nlp):
    from pipeline.evaluate import counted_head

    text = ("The two main nationalities granted residence in Malta in 2021 were Eritreans 420, or 61 per cent, "
            "and Ethiopians 150, or 22 per cent.")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][1:] == [
        (420, "eritreans"), (61, "eritreans"), (150, "ethiopians"), (22, "ethiopians")]
    text = "Top 3 student nationalities: Brazil 18%, Mexico 12%, and Nigeria 9%."
    assert {counted_head(f.counted, "en") for f in facts_in_text(text, nlp, "en")} == {"nationalities"}


def test_a_french_year_past_et_dates_its_own_clause_not_an_undated_figure_before_it(nlp):
    text = ("Selon la banque, les envois vers la région progresseraient en moyenne de 6 % par an, et atteindraient "
            "48 milliards de dollars en 2019.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(6, None), (48000000000, "2019")]
    text = "Les départs ont reculé à 310 en mars, puis à 295 en avril, et ont remonté à 340 en mai 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (310, "2021-03"), (295, "2021-04"), (340, "2021-05")]


def test_a_year_in_a_french_opening_avec_phrase_dates_only_the_figure_it_holds(nlp):
    text = ("Avec 12 400 naturalisations prononcées en 2021, la Belgique devance de loin le Luxembourg et ses "
            "3 100 nouveaux citoyens.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12400, "2021"), (3100, None)]
    text = "Fort de 54 000 arrivées enregistrées en 2019, le pays a reçu 18 % des migrants de la région."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(54000, "2019"), (18, None)]


def test_a_french_date_before_a_semicolon_dates_no_figure_past_it_that_moves_the_time_on(nlp):
    text = ("En 2012, l'office a reçu 41 000 demandes ; le nombre de demandes a ensuite doublé, avec plus de "
            "80 000 demandes par an depuis la réforme.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(41000, "2012"), (80000, None)]
    text = ("Le pays a reçu en 2019 4,1 milliards de dollars contre 3,8 milliards en 2018 ; l'an dernier, le Kenya "
            "(2,9 milliards de dollars) le suivait de près.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][-1] == (2900000000, None)
    text = "En 2018, 95 000 étrangers sont entrés au titre du travail ; seuls 12 000 d'entre eux venaient d'Asie."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(95000, "2018"), (12000, "2018")]


def test_a_french_multiple_takes_no_date_of_the_level_after_it(nlp):
    text = ("Les arrivées ont presque triplé, à 9 400 fin juin 2022, quand elles n'étaient que 3 300 un an plus tôt.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][:2] == [(3, None), (9400, "2022-06-30")]
    text = ("Les envois ont plus que doublé : ils sont passés de 2,1 milliards de dollars fin mars 2020 à 4,6 milliards "
            "de dollars fin mars dernier.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][0] == (2, None)


def test_a_qualified_difference_before_a_relative_time_keeps_the_sentence_date(nlp):
    text = ("Fin 2020, les préfectures instruisaient encore 64.500 dossiers, soit près de 9.000 de moins que l'année "
            "précédente.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(64500, "2020-12-31"), (9000, "2020-12-31")]


def test_french_la_fin_du_mois_de_dates_the_last_day_of_that_month(nlp):
    text = "Quelque 48 000 dossiers restaient à traiter à la fin du mois de juin 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(48000, "2019-06-30")]


def test_a_spanish_date_opening_a_clause_joined_by_y_with_its_own_figure_leaves_the_figure_before_it_its_own_date(nlp):
    text = ("Bolivia figuraba sexta desde 2010, pero en 2019 pasó al quinto lugar con 8.412 visados y en 2020 subió "
            "al cuarto con 14.905.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(8412, "2019"), (14905, "2020")]
    text = ("En 2018 regresaron 97,310 personas; en 2019, 90,004, 7,306 menos, una baja del 7.5 % y en 2020, "
            "61,220, una baja del 32 %.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (97310, "2018"), (90004, "2019"), (7306, "2019"), (7.5, "2019"), (61220, "2020"), (32, "2020")]


def test_a_spanish_year_after_en_todo_dates_the_figure_before_it(nlp):
    text = ("La oficina contabiliza 12,904 retornados al 30 de noviembre de 2023, frente a 18,115 en todo 2022, por lo "
            "que el año cerrará más bajo.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(12904, "2023-11-30"), (18115, "2022")]
    text = "Durante todo el 2021 se tramitaron 5.310 solicitudes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(5310, "2021")]


def test_a_spanish_date_after_a_compared_level_with_its_noun_elided_dates_no_figure(nlp):
    text = ("Los retornos bajaron con fuerza respecto de los registrados en 2019: unos 3.400 (8% del total), por debajo "
            "de los más de 5.100 del año anterior.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(3400, None), (8, None), (5100, None)]
    text = "Frente a lo recibido en marzo de 2022, los envíos cayeron 12 por ciento."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(12, None)]


def test_spanish_lapso_and_igual_periodo_of_a_year_date_the_figures_as_mismo_periodo_does(nlp):
    text = "En ese mismo lapso de 2021 se registraron 8.44 millones de envíos, un alza de 6.2 por ciento frente a marzo de 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(8440000, "2021"), (6.2, "2021")]
    text = "El envío medio fue de 402 dólares, por encima de los 396 dólares de igual periodo de 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(402, None), (396, "2021")]


def test_a_spanish_change_in_brackets_after_the_date_of_a_level_compared_with_takes_no_date(nlp):
    text = ("El año pasado llegaron por vía aérea 31.204 solicitantes, por encima de los 12.880 registrados en 2019 "
            "(un 142,3% más).")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(31204, None), (12880, "2019"), (142.3, None)]
    text = "Se contaron 9.870 llegadas, frente a las 4.113 que se anotaron en 2020 (2,4 veces más)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(9870, None), (4113, "2020"), (2.4, None)]


def test_a_spanish_half_of_a_year_dates_its_figures_and_por_encima_del_compares(nlp):
    text = "Las salidas bajaron a 88.412 personas en la primera mitad de 2016."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(88412, "2016")]
    text = ("En el primer semestre los envíos sumaron 9 mil 310 millones de dólares, 6.2 por ciento por encima del monto "
            "llegado en la primera mitad de 2017.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(9310000000, None), (6.2, None)]


def test_a_spanish_level_in_a_donde_clause_after_a_year_takes_that_year(nlp):
    text = "Eso implica una caída del 35% frente al mismo periodo del 2019, donde se había retornado a 812 adolescentes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(35, None), (812, "2019")]


def test_a_spanish_cuando_clause_after_a_year_dates_the_figures_of_its_relative_clause(nlp):
    text = ("En 2021 las solicitudes casi se triplicaron frente a 2020, cuando se presentaron 4.512, que representaron "
            "el 21% de las cerca de 21.400 tramitadas ese año.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")][1:] == [
        (4512, "2020"), (21, "2020"), (21400, "2020")]


def test_a_spanish_date_after_mas_adjective_que_is_compared_with_and_dates_no_figure_before_it(nlp):
    text = ("Entre enero y mayo de este año, los envíos suman US$2.310 millones y son 9,4 % más elevados que en el mismo "
            "periodo de 2023 (US$2.111,5 millones).")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (2310000000, None), (9.4, None), (2111500000, "2023")]


def test_a_spanish_day_and_month_followed_by_pasado_takes_no_year_from_the_sentence(nlp):
    text = ("En lo que va del año se han detenido 41.220 personas, una cifra que supera la de 2020 pese al convenio "
            "suscrito el 12 de marzo pasado con los países vecinos.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(41220, None)]


def test_a_french_de_before_two_years_joined_by_et_opens_no_period(nlp):
    text = ("Tombées à 52 300 en 2019, les arrivées ont repris pendant deux ans sans retrouver les pics "
            "de 2016 et 2017 (88 400 et 80 100).")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end) for f in facts if f.value == 52300] == [(52300, None, None)]
    text = "Les demandes sont passées de 2015 à 2019 de 8 200 à 11 900 par an."
    assert {(f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")} == {(2015, 2019)}


def test_a_french_period_just_after_a_figure_is_its_own_over_an_earlier_one(nlp):
    text = ("Le Nord reçoit 54,2 millions d'euros (61,0 %) sur 2019-2020 contre 49,8 millions d'euros (58,4 %) "
            "sur 2020-2021 ; le Sud suit avec 9,3 % sur 2019-2020 puis 8,7 % sur 2020-2021.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (54200000, 2019, 2020), (61.0, 2019, 2020), (49800000, 2020, 2021), (58.4, 2020, 2021),
        (9.3, 2019, 2020), (8.7, 2020, 2021)]


def test_a_french_period_after_alors_que_is_another_clauses(nlp):
    text = ("Par mariage, l'acquisition de la nationalité a progressé de 6,2 %, alors que ces acquisitions avaient "
            "été presque divisées par trois entre 2011 et 2013.")
    facts = [f for f in facts_in_text(text, nlp, "fr") if f.value == 6.2]
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(6.2, None, None)]


def test_french_days_without_a_year_take_none_from_a_compared_year(nlp):
    text = ("Du 1er mars au 30 juin, les garde-côtes ont secouru 4 812 personnes, 12,4 % de moins qu'aux "
            "mêmes mois de 2021, selon le ministère.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(4812, None, None), (12.4, None, None)]


def test_a_french_period_owned_by_an_earlier_figure_leaves_a_later_dated_figure_alone(nlp):
    text = ("Le taux d'activité des étrangères progresse, passant de 31,5% en 1981-82 à 44,8% en 1999, "
            "pour atteindre 52,3% de la population active en 2015.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end, f.as_of) for f in facts] == [
        (31.5, 1981, 1982, None), (44.8, None, None, "1999"), (52.3, None, None, "2015")]


def test_a_french_compared_figure_takes_the_period_named_a_few_words_after_it(nlp):
    text = ("Entre octobre 2020 et juin 2021, les envois ont totalisé 4,32 Mds$, contre 3,95 Mds$ "
            "durant la même période de 2019/2020.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [
        (4320000000, 2020, 2021), (3950000000, 2019, 2020)]


def test_a_french_period_before_a_glued_sentence_end_dates_nothing_after_it(nlp):
    text = ("Le dispositif revient ainsi au niveau connu avant la crise migratoire de 2015-2016.Des centres moins "
            "remplis Si 9.412 personnes y sont arrivées en 2019, 10.030 en sont parties.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(9412, None, None), (10030, None, None)]


def test_a_french_period_does_not_reach_past_a_semicolon(nlp):
    text = ("Les transferts vers la région ont crû de 14% entre 2016 et 2020, pour atteindre 48 milliards de dollars ; "
            "dix ans plus tôt, ils n'en représentaient que 21 milliards.")
    facts = [f for f in facts_in_text(text, nlp, "fr") if f.value in (14, 21e9)]
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(14, 2016, 2020), (21e9, None, None)]


def test_a_french_period_in_a_ce_qui_clause_after_a_figure_is_not_its_own(nlp):
    text = ("Le parc devrait compter 12.480 logements à la fin de 2024, ce qui le ramènerait à son niveau "
            "d'avant la crise de 2019-2020.")
    facts = [f for f in facts_in_text(text, nlp, "fr") if f.value == 12480]
    assert [(f.value, f.period_start, f.period_end) for f in facts] == [(12480, None, None)]


def test_an_earlier_level_dated_after_from_dates_no_figure_of_a_later_clause(nlp):
    text = ("Sending $100 to Tonga cost 6.5 per cent on average this quarter, down from 8.2 per cent in June 2021, and "
            "a transfer from Australia also got cheaper, to 4.9 per cent, from 7.3 per cent.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.unit == "%"] == [
        (6.5, None), (8.2, "2021-06"), (4.9, None), (7.3, None)]


def test_a_date_of_a_change_base_after_a_share_on_the_dates_no_figure(nlp):
    text = "The foreign-born population is now put at 41,300, a rise of 3.4% on the total estimated as at June 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(41300, None), (3.4, None)]


def test_the_middle_or_first_quarters_of_a_year_date_the_figure_with_that_year(nlp):
    text = "Some 1.4 million Nepalis worked abroad during the two middle quarters of 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(1400000, "2021")]
    text = "Arrivals reached 58,200 in the first three quarters of 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(58200, "2019")]


def test_a_month_and_year_straight_after_a_movements_start_figure_dates_that_figure_only(nlp):
    text = ("The steepest climb, 41,2%, was for visitors from Chile (from 2 870 March 2018 up to 4 052 in March 2019), "
            "with Peru next, 30,5%.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (41.2, None), (2870, "2018-03"), (4052, "2019-03"), (30.5, None)]


def test_a_year_straight_after_an_amount_with_a_glued_unit_dates_it(nlp):
    text = "Receipts in Nepal grew markedly, from $8.1bn in 2020 to $9.3bn 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(8100000000, "2020"), (9300000000, "2021")]


def test_a_figure_compared_with_after_from_the_takes_the_date_just_after_it(nlp):
    text = ("Net inward migration is estimated at 18,200 in the year to April 2013, up by 2,400 from the 15,800 of the "
            "year to April 2012.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (18200, "2013-04"), (2400, "2013-04"), (15800, "2012-04")]


def test_rebaso_en_before_an_amount_is_an_increase(nlp):
    text = ("Con ello la provincia rebasó en US$212,4 millones lo que había recibido por giros en el mismo trimestre "
            "del año anterior.")
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(212400000, "increase")]


def test_french_s_ameliorer_de_and_s_etoffer_de_before_a_figure_are_increases(nlp):
    text = "Le solde des entrées s'est nettement amélioré de 4 210 personnes en 2019."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(4210, "increase")]
    text = "Le contingent des ressortissants européens s'est étoffé de 12'300 personnes."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(12300, "increase")]


def test_french_degringoler_de_flechir_globalement_de_and_leger_retrait_de_are_decreases(nlp):
    text = "Les admissions au titre du travail dégringolent de 8,2 %."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(8.2, "decrease")]
    text = "Le nombre des demandes fléchit globalement de 2,4 % sur un an."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(2.4, "decrease")]
    text = "Les envois ont atteint 31,5 milliards de FCFA, soit un léger retrait de 0,7 %."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (31500000000, None), (0.7, "decrease")]


def test_mayor_and_menor_after_a_spanish_figure_are_changes(nlp):
    text = "En marzo lo enviado fue US$14,8 millones mayor que un año antes."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(14800000, "increase")]
    text = "El saldo fue de 3.120 personas, un 27% menor que el del año anterior."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(3120, None), (27, "decrease")]


def test_a_spanish_change_verb_parted_from_en_by_solo_still_reads_the_change(nlp):
    text = "Los cotizantes extranjeros aumentaron en 8.400, mientras que los nacionales crecían sólo en 1.950."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(8400, "increase"), (1950, "increase")]


def test_a_minus_glued_to_a_currency_sign_makes_the_amount_a_decrease(nlp):
    text = "Bajaron los envíos desde Italia (-US$ 2.6 millones; -1.9%) y desde Chile (-US$ 0.8 millones; -0.5%)."
    assert [(f.value, f.unit, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (2600000, "USD", "decrease"), (1.9, "%", "decrease"), (800000, "USD", "decrease"), (0.5, "%", "decrease")]


def test_a_spaced_minus_after_a_semicolon_inside_a_bracket_is_a_sign(nlp):
    text = "La perte la plus lourde de résidents revient au Manitoba (58 210; - 4 375)."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(58210, None), (4375, "decrease")]


def test_vocabulary_phrases_of_more_than_four_words_are_read_before_a_figure(nlp):
    text = "Los envíos crecieron a un ritmo anual de cerca de 6,2 % entre 2010 y 2020."
    assert [(f.value, f.change, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(6.2, "increase", "approximate")]
    text = "El monto mensual se mantuvo en el rango de los 2.500 millones de dólares."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(2500000000, "approximate")]


def test_days_of_one_year_after_between_date_the_figures_by_year_or_month(nlp):
    text = "Between 3 May and 9 June 2021, the mission counted 512 returnees (97 households) in the district."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == [
        (512, "2021", None), (97, "2021", None)]
    text = "Between 4 and 15 March 2019, the office registered 2,340 arrivals."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(2340, "2019-03")]
    text = "The agency granted 18,400 permits between February 1 and November 30, 2022."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == [(18400, "2022", None)]
    text = "From 2 March to 14 June 2021, staff made 905 visits."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == [(905, None, 2021)]


def test_a_measure_noun_standing_alone_as_the_subject_counts_itself(nlp):
    from pipeline.evaluate import counted_head
    text = "That number was 9% lower than in the previous year."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(9, "number")]
    text = "In Europe, too, the number fell by 14 per cent on the year before."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(14, "number")]
    text = "This group was made up of 61% women and 39% men."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (61, "group"), (39, "group")]
    text = "Visa applications number 4,200 this year."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(4200, "applications")]


def test_a_past_participle_after_the_subject_noun_does_not_end_the_subject(nlp):
    from pipeline.evaluate import counted_head
    text = "Transfers received over the first half of 2021 came to $3.1 billion, a rise of 4.2 percent on a year earlier."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (3100000000, "usd"), (4.2, "transfers")]
    text = "Money sent home by nurses hit a new high in 2019, at $12 billion, a rise of 6 percent."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][-1] == (6, "money")


def test_a_spanish_change_noun_as_the_subject_of_its_figure_is_what_the_figure_counts(nlp):
    text = "En Asturias, por su parte, el incremento fue algo menor, del 12,4%."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(12.4, "incremento", "increase")]
    text = "Con esos datos, la variación mensual llega al 3,2%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(3.2, "variación")]
    # the nearest change is an indefinite apposition, or names what changed after "en el": not the subject's
    text = "La caída de las llegadas se concentró en Canarias, un descenso del 41%."
    assert [f.counted for f in facts_in_text(text, nlp, "es")] != ["caída"]
    text = "La variación en el ingreso de las remesas se mantuvo por encima del 9 %."
    assert [f.counted for f in facts_in_text(text, nlp, "es")] != ["variación"]


def test_a_spanish_places_change_after_con_counts_the_change_noun(nlp):
    text = "Panamá, Costa Rica y Belice cerraron el semestre con cifras favorables, con subidas de 8.2%, 5.1% y 3%, respectivamente."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (8.2, "subidas"), (5.1, "subidas"), (3, "subidas")]
    text = "En el último año, Islas Canarias fue la comunidad donde más creció el empleo extranjero, con un aumento del 7,4%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(7.4, "aumento")]
    # a level before it in its clause names what grew
    text = "Entre enero y mayo, Bolivia recibió 612,3 millones de dólares en remesas, con un aumento del 4.1 por ciento."
    assert [f.counted for f in facts_in_text(text, nlp, "es")][1] == "remesas"


def test_a_bare_spanish_figure_noun_as_subject_counts_nothing(nlp):
    text = "En 2019 la cifra bajó un 3,1 %."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(3.1, None, "decrease")]
    text = "En 2018 el número creció un 12 %."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(12, None, "increase")]


def test_a_spanish_figure_whose_subject_names_only_the_figure_counts_nothing(nlp):
    text = "En 2019 llegaron 4.120 solicitantes; la cifra subió en 2020 a 6.310 y llegó a 9.045 en 2021."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (4120, "solicitantes"), (6310, None), (9045, None)]
    text = "En enero se contaron 35 casos, y en marzo este número subió a 61."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(35, "casos"), (61, None)]
    # a share that names its set keeps it
    text = "En Chile, en cambio, esa cifra llega al 64 por ciento de los encuestados."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(64, "encuestados")]


def test_a_french_change_restated_by_un_chiffre_counts_the_figure_before_it(nlp):
    text = ("Selon le ministère, les services préfectoraux ont ordonné 4 120 reconduites au cours du premier semestre "
            "(de janvier à juin) dans les départements du sud, un chiffre en recul de 6,4 % sur un an.")
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (4120, "reconduites", None), (6.4, "reconduites", "decrease")]
    text = "Les agents ont contrôlé les papiers 2 310 fois, soit un chiffre en hausse de 9 %."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (2310, "fois", None), (9, "fois", "increase")]


def test_french_bare_bracketed_shares_after_a_share_du_total_count_the_whole_the_sentence_named(nlp):
    text = ("Parmi les pays d'origine des envois, la Belgique reste en tête avec 27,5 % du total, devant la Suisse "
            "(14,2 %) et le Canada (8,9 %).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (27.5, "total"), (14.2, "envois"), (8.9, "envois")]
    text = "Les saisonniers venus du Maroc pèsent 9 % du total, et ceux de Tunisie en représentent 4 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(9, "total"), (4, "total")]


def test_french_shares_after_a_frame_rapportes_au_pib_count_the_framed_whole(nlp):
    text = "Rapportés au PIB, les transferts des migrants comptent surtout au Népal (23%) et aux Tonga (19%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(23, "PIB"), (19, "PIB")]
    text = "En part du produit intérieur brut (PIB) pour 2019, le Liberia (12,1%) figure parmi les premiers."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12.1, "PIB")]
    text = "Rapportée au PIB, cette proportion passe de 1,2 pc au Mali à 6,4 pc au Togo."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(1.2, "proportion"), (6.4, "proportion")]


def test_a_french_change_opened_by_a_plural_pronoun_counts_the_subject_of_the_sentence_before(nlp):
    text = ("Les envois des travailleurs expatriés, qui pèsent 61,2% des revenus extérieurs, ont atteint 3,4 milliards "
            "de dinars en 2022.\n\nHors inflation, ils auraient augmenté de 7,3%.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.change] == [(7.3, "envois")]
    text = ("Les mêmes relevés indiquent que les dépenses touristiques, soutenues par la saison, ont presque triplé.\n\n"
            "Elles progressent de 48,5% sur un an.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.change] == [(48.5, "dépenses")]


def test_a_french_share_naming_nothing_is_a_level_of_the_share_noun_of_its_sentence(nlp):
    text = "Quelques provinces affichent une proportion d'étrangers supérieure à 4%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(4, "proportion")]
    text = "Chez certains grands pays de provenance, tels le Soudan (41,2%) et l'Erythrée (38,5%), cette proportion demeure forte."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(41.2, "proportion"), (38.5, "proportion")]
    text = ("Le « taux de reconnaissance » (la part des dossiers acceptés) est passé de 24% en 2019 à 29% en 2020. "
            "Cela fait un quart de plus qu'en 2010.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [
        (24, "taux"), (29, "taux"), (25, None)]


def test_figures_of_places_named_after_an_among_set_of_places_count_nothing_named(nlp):
    from pipeline.evaluate import counted_head
    text = "Among receiving countries, the steepest falls were in France (down 18 per cent) and Italy (down 12 per cent)."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(18, ""), (12, "")]
    text = "Among the other leading destinations were Izmir (7.2%) and Konya (3.1%)."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(7.2, ""), (3.1, "")]
    text = "Among the top five host countries, first-ranked Jordan (-4.5 percent) and fourth-ranked Oman (-2.75) shrank."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (5, "countries"), (4.5, ""), (2.75, "")]
    text = "Among the 40 countries surveyed, 12 countries reported a rise."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (40, "countries"), (12, "countries")]


def test_growth_named_right_before_of_and_its_figure_counts_itself(nlp):
    from pipeline.evaluate import counted_head
    text = "Over 2019 the community of migrants from Peru recorded growth of 4 250."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(4250, "growth")]
    text = "The region came out of a weak 2020, a year marked by a growth of 1.25 percent."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")][-1] == (1.25, "growth")
    text = "The number of residents is put at 41,200, a growth of 3.4% on the year before."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (41200, "residents"), (3.4, "residents")]


def test_a_year_after_depuis_que_is_a_starting_point_not_a_date(nlp):
    text = "Les demandes dépassent aujourd'hui les 40 000, un niveau jamais atteint depuis que la crise a débuté en 2015."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(40000, None)]
    text = "Depuis qu'a commencé en mars 2022 le programme de retour, 8 215 personnes ont été rapatriées."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(8215, None)]
    text = "Pour la première fois depuis que le conflit a éclaté en 2014, le nombre de déplacés a franchi les 3 millions."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(3000000, None)]
    text = "En 2021, 12 400 personnes ont été accueillies, depuis que le centre a ouvert ses portes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12400, "2021")]


def test_spanish_last_months_and_whole_of_a_year_date_their_figures(nlp):
    text = "En los últimos dos meses de 2021, el padrón ganó 41.300 residentes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(41300, "2021")]
    text = "En lo que va del año se han tramitado 9.870 expedientes, frente a los 12.450 resueltos en el conjunto de 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(9870, None), (12450, "2020")]


def test_spanish_frente_al_opens_a_compared_part_and_a_compared_period_when_clause_dates_its_figure(nlp):
    text = ("De enero a marzo de 2022 se recibieron 8.150 solicitudes, un 12 % menos frente al mismo trimestre de 2021, "
            "cuando hubo 9.260, mientras que en el primer trimestre de 2020 se registraron 6.430.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (8150, "2022"), (12, "2022"), (9260, "2021"), (6430, "2020")]
    text = ("Entre enero y junio de 2019 llegaron US$2.410 millones, frente al mismo periodo de 2018 cuando los emigrados "
            "enviaron US$2.050 millones.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2410000000, "2019"), (2050000000, "2018")]


def test_a_spanish_subject_that_counts_or_pays_out_is_no_set_of_the_figures_after(nlp):
    text = "La Tesorería contabilizó en marzo una media de 845.210 cotizantes de otros países, 61.300 más que en marzo de 2022."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:2] == [
        (845210, "cotizantes"), (61300, "cotizantes")]
    text = "Por su parte, las autoridades de Panamá expulsaron a 12.430 personas, es decir un 18,2%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(12430, "personas"), (18.2, "personas")]
    # a verb that names the subject's own change leaves it counted
    text = "Estos permisos anotan además una leve caída del 2,4%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2.4, "permisos")]


def test_a_spanish_proportion_of_a_part_among_a_set_counts_the_part(nlp):
    text = "La proporción de niñas entre los menores retornados subió del 31% al 38% en 2022."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(31, "niñas"), (38, "niñas")]


def test_french_bracketed_shares_after_a_plural_region_name_are_not_a_people(nlp):
    text = ("En 2022, les envois de fonds ont surtout augmenté vers les Caraïbes (6,4%), puis vers l'Asie du Sud (3,1%).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(6.4, "envois"), (3.1, "envois")]
    text = ("Principal couloir vers l'Europe, la Méditerranée centrale a vu trois passages irréguliers sur dix (31 %) "
            "en 2022, devant les Balkans occidentaux (22 %).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.value == 22] == [(22, "passages")]


def test_a_french_change_noun_with_its_article_as_subject_counts_itself(nlp):
    text = "Dans le sud du pays, la hausse est encore plus nette, puisqu'elle dépasse 30% par rapport à 2018."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(30, "hausse")]
    text = "Amorcée en 2016, la progression s'est accélérée l'année suivante, jusqu'à atteindre +41,2% sur un an."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [
        (41.2, "progression", "increase")]
    text = "En mars, la branche qui a connu la croissance la plus forte est celle du commerce avec 6 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(6, "branche")]


def test_a_figure_after_an_attributive_year_and_its_year_noun_takes_that_year(nlp):
    text = "Some 48,210 seasonal workers came to Canada in 2015, 3.2 percent more than the 2014 total of 46,716."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (48210, "2015"), (3.2, "2015"), (46716, "2014")]
    text = "For new arrivals, the 2015 intake figure of 12,040 is 6.1 percent below the 2014 figure of 12,822."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.value != 6.1] == [
        (12040, "2015"), (12822, "2014")]


def test_a_multiple_before_an_article_compares_and_the_than_before_it_qualifies_it(nlp):
    text = "In 2019 the country granted residence to 41 300 refugees, more than double the 2018 figure."
    assert [(f.value, f.qualifier, f.as_of) for f in facts_in_text(text, nlp, "en")][-1] == (2, "at_least", "2019")
    text = "That was a 7% fall on the year before, but still more than triple the level for 2015."
    assert [(f.value, f.qualifier, f.as_of) for f in facts_in_text(text, nlp, "en")][-1] == (3, "at_least", None)


def test_a_year_used_as_a_noun_after_an_adjective_dates_its_clause(nlp):
    text = "February's figure follows a record-breaking 2022: the central bank put yearly inflows at US$3.12bn, up 6.3%."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(3120000000, "2022"), (6.3, "2022")]
    text = "The sector began 2020 in good shape on the back of a strong 2019, a year marked by a rise of 8.25 percent."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(8.25, "2019")]


def test_a_french_change_from_a_dated_level_or_up_to_a_level_gives_two_levels(nlp):
    text = "Le nombre de réfugiés a augmenté de 12 400 en 2005 jusqu'à 31 900 en 2015."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(12400, None), (31900, None)]
    text = "Dans le commerce, une baisse (de 41% en 2018 à 36% en 2022)."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(41, None), (36, None)]
    text = "Les versements ont progressé, de 2,1 milliards d'euros jusqu'à 3,4 milliards d'euros."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(2100000000, None), (3400000000, None)]
    # a change and the level it reached stay so
    text = "Les demandes ont augmenté de 4,5 % à 18 300."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(4.5, "increase"), (18300, None)]


def test_a_spanish_share_after_a_count_and_its_mas_restates_the_change(nlp):
    text = "El padrón quedó en 2.310.450 vecinos, 41.220 más, un 1,82%, que un año antes."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (2310450, None), (41220, "increase"), (1.82, "increase")]
    text = "Los residentes asiáticos sumaron 12.905 menos (3,4 %) y se quedan en 366.700."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (12905, "decrease"), (3.4, "decrease"), (366700, None)]


def test_a_spanish_change_verb_parted_from_its_en_by_durante_and_a_time(nlp):
    text = "El número de afiliados creció durante el último trimestre en 18.340 personas, un 2,2%."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(18340, "increase"), (2.2, "increase")]


def test_a_span_of_time_carries_no_change(nlp):
    text = "La matrícula creció en seis años, pasando de 3.100 alumnos a 4.250."
    assert [(f.value, f.unit, f.change) for f in facts_in_text(text, nlp, "es")][:1] == [(6, "year", None)]
    text = "Cantabria recibió 51 solicitudes en 2015 y 133 tres años más tarde."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")][-1] == (3, None)
    text = "Los salarios llevan dos años por encima de la media nacional."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(2, None)]


def test_one_in_from_one_place_to_another_is_no_fact(nlp):
    text = "The survey also records families moving from one district to another, and 3,420 households in all."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [3420]
    text = "Fees run higher where a bank deals with one partner firm or another, on 2,150 transfers checked."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [2150]
    text = "One applicant in the sample was refused, and 412 were granted."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [1, 412]


def test_a_relative_date_written_as_a_duration_is_no_fact(nlp):
    text = "Transfers came to $812 million, down from $870 million one year earlier."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [812000000, 870000000]
    text = "Three years ago the share stood at 17.5%, against 21.2% now."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [17.5, 21.2]
    text = "Arrests reached 4,310, against 2,905 in the 18 months before."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(4310, None), (2905, None), (18, "month")]


def test_a_duration_naming_a_period_is_no_fact_unless_a_threshold(nlp):
    text = "It was the fourth 12-month period running in which arrivals topped 60,000."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [60000]
    text = "Departures fell by 2.7 per cent over the nine-month period studied."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [2.7]
    text = "The office counts as a migrant anyone who stays for a minimum three-month period."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(3, "month")]


def test_a_duration_followed_by_the_months_it_spans_is_no_fact(nlp):
    text = "Over four months (March to June) the agency returned 1,208 migrants."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [1208]
    text = "In just two months – between May and June – the ministry issued 9,300 permits."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [9300]
    text = "Inflows over the six months from July to December 2019 reached $3.1 billion."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [3100000000]


def test_a_measure_as_subject_after_an_among_set_counts_the_measure(nlp):
    text = "Among non-EU workers the jobless rate also fell, from 6.4% in March 2019 to 3.9%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(6.4, "rate"), (3.9, "rate")]
    text = ("The new estimates show emigration of Polish nationals still growing, from 9,100 to 12,600, while among other EU"
            " citizens emigration nearly halved, going from 8,300 to 4,200.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][2:] == [(8300, "emigration"), (4200, "emigration")]
    text = "Among migrants from Eritrea, second on that list, this figure came to just 41.5 per cent last year."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(41.5, "figure")]
    text = "Among the 2,400 migrants registered in 2021, 63% were women."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2400, "migrants"), (63, "migrants")]


def test_a_place_change_after_de_un_reads_the_same_deep_in_a_document(nlp):
    text = ("Las cifras del primer semestre fueron publicadas por el banco central esta semana en su informe habitual. "
            "Honduras y Guatemala lograron resultados positivos, con un alza de un 14,2% en 2020.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(14.2, "alza")]


def test_a_share_frame_takes_only_an_upper_case_bracket_as_the_whole_s_acronym(nlp):
    text = "Rapportés au revenu national (brut), les transferts pesaient le plus au Lesotho (21%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(21, "revenu")]


def test_a_change_noun_subject_is_read_past_a_closed_aside_but_not_inside_a_relative(nlp):
    text = "Selon l'office, qui publie ces données, la hausse est plus nette encore, puisqu'elle dépasse 35%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(35, "hausse")]
    text = "El rubro que registró el aumento más alto fue el comercio, con un 6,1%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(6.1, None)]


def test_a_french_share_in_brackets_after_a_plural_copulas_predicate_counts_the_subject(nlp):
    text = "Dans l'ensemble, les réfugiés accueillis sont le plus souvent des femmes (58%), selon le rapport."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(58, "réfugiés")]
    text = "Selon l'enquête, près de la moitié des saisonniers recrutés en Italie sont mariés (47,2%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][-1] == (47.2, "saisonniers")
    text = "Les personnes aidées sont pour la plupart des hommes (71%), célibataires (64%) et venues d'Asie (40%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (71, "personnes"), (64, "personnes"), (40, "personnes")]
    # a name after "les" is what the share counts
    text = "Les nationalités les mieux reconnues sont les Érythréens (91 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(91, "Érythréens")]


def test_a_long_french_subject_before_its_change_verb_keeps_its_first_noun(nlp):
    text = ("Selon la banque, les envois des travailleurs installés en Belgique et aux Pays-Bas vers les autres "
            "pays de la zone franc ont augmenté de 12% en 2021.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][:1] == [(12, "envois")]
    text = ("En 2021, le nombre de permis valides et de cartes temporaires de séjour aux mains de ressortissants "
            "de pays extérieurs à l'Union progresse de 3,2 %.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][-1:] == [(3.2, "permis")]


def test_a_french_share_of_a_part_after_parmi_and_a_set_counts_the_set(nlp):
    text = "Parmi ces arrivées africaines, on relève 22,4 % de Maliens, mais aussi 9,1 % de ressortissants guinéens."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(22.4, "arrivées"), (9.1, "arrivées")]
    text = "Parmi ces réfugiés, 12 % étaient des mineurs et 4 % des personnes âgées."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12, "réfugiés"), (4, "réfugiés")]
    # a whole written with its article stays the share's own
    text = "Parmi les six nationalités les plus présentes, les Italiens pèsent 8,3 % de la population totale."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][-1:] == [(8.3, "population totale")]


def test_a_french_change_restating_two_dated_levels_takes_neither_year(nlp):
    text = ("En 2019, l'office a traité 14.310 dossiers, contre 12.045 en 2018, ce qui représente une hausse "
            "de 18,8 % sur un an.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (14310, "2019"), (12045, "2018"), (18.8, None)]
    text = ("En 2021, les fonds reçus ont atteint 412,5 milliards de FCFA, contre 380,2 milliards pour l'année 2020, "
            "soit une progression de 8,5%.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][-1:] == [(8.5, None)]
    # a year in the change's own phrase dates it
    text = "Les arrivées sont passées à 5 200 en 2020 contre 4 100 en 2019, soit une hausse de 27 % en 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][-1:] == [(27, "2020")]


def test_a_french_change_before_the_dated_level_it_reaches_takes_no_year_when_an_earlier_one_is_named(nlp):
    text = ("Les envois des migrants ont progressé de 14% pour atteindre 210,3 milliards de FCFA en 2019, "
            "contre 184,5 milliards en 2018.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (14, None), (210300000000, "2019"), (184500000000, "2018")]
    text = "Le nombre de demandes a reculé de 9 % depuis 2016 pour s'établir en 2020 à 41 300 dossiers."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][:1] == [(9, None)]
    # a year before the change dates it
    text = "En 2020, les envois ont reculé d'environ 3 % pour s'établir à 98 milliards de dollars."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")][:1] == [(3, "2020")]


def test_an_english_figure_in_brackets_after_a_verbs_object_counts_the_subject(nlp):
    text = "Most migrant workers transferred through banks (61.4%), or agents and post offices (7.2%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (61.4, "migrant workers"), (7.2, "migrant workers")]
    text = ("The rest of the foreign employees were working in hotels & restaurants (8,215), in private "
            "households and care homes (6,930).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (8215, "foreign employees"), (6930, "foreign employees")]
    # a noun's complement is no verb's object: the group before the bracket is counted
    text = "Student arrivals drove the rise in total visa arrivals (4,100)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(4100, "total visa arrivals")]


def test_an_english_share_whose_clause_is_led_by_a_rate_counts_the_rate(nlp):
    text = "The approval rate is also far below the rates seen in spring 2019 (6.2%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(6.2, "rate")]
    text = "The current refusal rate stays high as well for applicants from Ghana (71.5 per cent)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(71.5, "rate")]
    text = "Students from Peru saw their approval rate drop to just 42.3 per cent in March 2022."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(42.3, "rate")]


def test_a_spanish_share_after_a_rate_named_with_its_article_counts_the_rate(nlp):
    text = "Según el informe, la tasa de desempleo de los jóvenes (14,2%) superó a la de los adultos (5,9%)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(14.2, "tasa"), (5.9, "tasa")]
    text = "El país creció un 3 % en 2021 y la tasa de paro en junio de 2022 se ubicó en el 4,4 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][-1:] == [(4.4, "tasa")]
    text = "Preocupa la caída de la tasa de reconocimiento de asilo, que pasó de 21% a 9% en un año."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:2] == [(21, "tasa"), (9, "tasa")]


def test_a_spanish_el_promedio_de_or_la_media_de_is_transparent_like_el_numero_de(nlp):
    text = "En Galicia, el promedio de afiliados procedentes del exterior se situó en 98.412."
    assert [(f.value, f.counted.split()[0]) for f in facts_in_text(text, nlp, "es")] == [(98412, "afiliados")]
    text = "La media de cotizantes extranjeros que residen en otros países se fijó en marzo en 2.104.377."
    assert [(f.value, f.counted.split()[0]) for f in facts_in_text(text, nlp, "es")] == [(2104377, "cotizantes")]
    # an average named after its noun keeps that noun
    text = "El costo promedio de enviar 300 dólares bajó de 5.1 % a 4.2 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][-2:] == [(5.1, "costo"), (4.2, "costo")]


def test_a_spanish_name_after_its_own_capitalised_article_is_a_place_not_what_is_counted(nlp):
    text = ("Tras él se ubican Boyacá, La Guajira y Meta, donde 6,12%, 5,03% y 2,77% de sus habitantes, "
            "respectivamente, nacieron en otro país.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (6.12, "habitantes"), (5.03, "habitantes"), (2.77, "habitantes")]


def test_a_spanish_sentence_naming_its_own_plural_noun_does_not_go_on_with_the_set_before(nlp):
    text = "La agencia atiende a 5,9 millones de palestinos. Para 1990, los desplazados inscritos superaban ya los 3 millones."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (5900000, "palestinos"), (3000000, "desplazados")]
    text = "En 2012 lo obtuvieron 93 bolivianos. Algo parecido ocurrió con los chilenos, que fueron 57 quienes consiguieron el permiso."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(93, "bolivianos"), (57, "chilenos")]
    # a sentence of bare figures after places still goes on with the set before
    text = "En 2022 desaparecieron 185 personas en la ruta. Guatemala y Haití registraron 92 cada uno, Perú 59."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][1:] == [(92, "personas"), (59, "personas")]


def test_a_spanish_bare_el_porcentaje_subject_counts_nothing_as_la_cifra(nlp):
    text = "El porcentaje más alto (41,2 %) lo registran quienes tienen entre 20 y 34 años, y de 35 a 49 años (30,5 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es") if f.kind == "percent"] == [
        (41.2, None), (30.5, None)]


def test_a_french_rate_base_after_par_tranche_de_is_no_fact(nlp):
    text = "Le canton a accordé 3,4 naturalisations par tranche de 1 000 habitants en 2019."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(3.4, "naturalisations")]


def test_a_french_duration_after_voici_is_a_relative_date(nlp):
    text = "Voici cinq ans, deux résidents sur dix (21,5%) étaient nés à l'étranger."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [20, 21.5]


def test_a_spanish_related_story_under_a_lead_on_its_own_line_or_after_a_symbol_is_no_fact(nlp):
    text = "Las solicitudes crecieron un 8% en marzo.\n\nLee también:\n- Migrantes en Chile superan los 900 mil, según el INE\n"
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [8]
    text = "Las remesas sumaron 4.500 millones de dólares.\n➡️ Lee también: Remesas a Guatemala suben un 9.1% en febrero\n"
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [4500000000]


def test_a_spanish_duration_after_a_demonstrative_or_before_a_frame_adjective_is_a_reference_period(nlp):
    text = "Las llegadas sumaron 12.400 personas en esos cuatro meses."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [12400]
    text = "En los dos años previos se otorgaron 5.300 permisos."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [5300]
    text = "Durante los seis meses más recientes, las solicitudes crecieron un 4,2%."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [4.2]
    # a duration with no determiner stays a fact
    text = "Durante 12 años se otorgaron 5.300 permisos."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [12, 5300]


def test_a_french_duration_before_apres_or_closed_by_plus_tot_is_a_relative_date(nlp):
    text = "Trois ans après l'ouverture du centre, 1 200 personnes y étaient hébergées."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [1200]
    text = "Le canton comptait 8 400 étrangers, soit 2,1 % de plus que six mois plus tôt."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [8400, 2.1]


def test_a_spanish_or_french_duration_followed_by_the_months_or_years_it_spans_is_a_reference_period(nlp):
    text = "El informe abarca un lapso de cuatro meses, de marzo a junio de 2019, en el que salieron 8.200 personas."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [8200]
    text = "La cifra supera los 300 000 si se suman los dos años anteriores (2020 y 2021)."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [300000]
    text = "Il a fallu 5 mois, de février à juin 2021, pour secourir 2 300 personnes."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [2300]
    text = "Il a fallu 5 mois pour secourir 2 300 personnes."  # no span named: a duration
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [5, 2300]


def test_a_spanish_duration_after_en_stays_a_duration_after_a_figure_or_opening_the_sentence(nlp):
    text = "Las deportaciones aumentaron 48% en 7 años."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == [(48, "%"), (7, "year")]
    text = "En tres años, Chile otorgó 12.300 visas humanitarias."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [3, 12300]
    # French labels frame the figure with it
    text = "Les demandes ont progressé (+ 31 % en cinq ans)."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [31]


def test_a_set_named_before_a_comma_keeps_its_head_past_days_of_a_month_or_its_size_in_brackets(nlp):
    from pipeline.evaluate import counted_head
    text = "Of those migrants who arrived between 3 May and 19 June, 412 were placed in Erbil (61%) and 260 in Duhok (39%)."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (412, "migrants"), (61, "migrants"), (260, "migrants"), (39, "migrants")]
    text = "Of all claims lodged in Malta (2 340 ), 1 150 were refused and 480 were withdrawn."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (2340, "claims"), (1150, "claims"), (480, "claims")]


def test_a_percentage_restating_an_amount_of_money_after_or_counts_what_the_amount_s_change_is_of(nlp):
    from pipeline.evaluate import counted_head
    text = "Compared with May, when transfers came to $ 2.4 billion, June's receipts were up by $ 118.2 million or 4.9 percent."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (2400000000, "usd"), (118200000, "usd"), (4.9, "receipts")]
    text = "Money Transfer Operators recorded a rise of US$21.3 million or 3.8 per cent over the quarter."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (21300000, "usd"), (3.8, "operators")]
    # the other way round: the noun after the amount
    text = "The bank pointed to a 14 percent or US$2.1 million decrease in outflows."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (14, "outflows"), (2100000, "usd")]


def test_a_figure_alone_in_brackets_counts_what_its_bracketed_siblings_all_count(nlp):
    from pipeline.evaluate import counted_head
    text = ("Europe alone holds more than half of all people in temporary shelter (8.2 million); the other regions are "
            "South Asia (3.1 million), Africa (2.4 million) and the Americas (1.9 million).")
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")][1:] == [
        (8200000, "people"), (3100000, "people"), (2400000, "people"), (1900000, "people")]
    text = "More visas were issued over the three years to June 2023 (5,412) than across the earlier five years to June 2020 (4,980)."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (5412, "visas"), (4980, "visas")]
    # an item that names its own noun before its bracket gives its noun to no other item
    text = "By sector, the breakdown includes farming (41,200), retail (30,115) and seasonal employees (12,904)."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (41200, ""), (30115, ""), (12904, "employees")]


def test_a_french_change_noun_recorded_by_a_participle_counts_itself_before_a_bracketed_figure(nlp):
    text = "Les envois ont rebondi cette année, après la baisse subie en 2021 (-4,2 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(4.2, "baisse")]
    text = "La population a crû deux fois plus vite que la hausse observée en Alsace comme en Lorraine (+0,8 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][-1] == (0.8, "hausse")
    # a group's change counts what changes, not the change noun
    text = "Une baisse a été constatée pour les Serbes (-12 % à 410 départs)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12, "départs"), (410, "départs")]


def test_a_french_flux_heading_its_phrase_is_what_is_counted(nlp):
    text = "Les flux d'asile venus d'Érythrée sont surtout féminins (62 % de femmes, contre 38 % d'hommes)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(62, "flux"), (38, "flux")]
    text = "Selon le ministère, le flux annuel de naturalisations diminue de 12 % en 2022."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12, "flux")]


def test_a_french_share_in_a_list_whose_verb_is_left_out_counts_the_first_shares_noun(nlp):
    text = "Parmi les dossiers suivis, 22 % des femmes aidées relèvent de l'exploitation sexuelle, 9 % du travail forcé et 3 % de la mendicité."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (22, "femmes"), (9, "femmes"), (3, "femmes")]
    text = "L'essentiel de ces envois arrive de France (64%), tandis que 12% viennent d'Italie, 7% de la CEDEAO et 2% de l'UMA."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (64, "envois"), (12, "envois"), (7, "envois"), (2, "envois")]


def test_a_french_top_with_no_set_after_it_counts_countries(nlp):
    text = "Le Sénégal et le Mali ferment le top 4, loin derrière le Maroc (12 %)."
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.counted) for f in facts if f.value == 4] == [(4, "pays")]
    text = "Le Top 3 est complété par l'Italie."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(3, "pays")]
    # a top that names its set counts that set
    text = "Ils figurent dans le top 10 des nationalités étrangères."
    assert [f.counted.split()[0] for f in facts_in_text(text, nlp, "fr")] == ["nationalités"]


def test_a_french_change_restating_its_clause_counts_the_clause_count_past_asides(nlp):
    text = ("Fin juin 2019, le canton comptait 412 300 résidents venus des 12 pays voisins (chiffres provisoires), "
            "soit 2,4 % de plus qu'un an plus tôt.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.counted, f.change) for f in facts if f.kind == "percent"] == [(2.4, "résidents", "increase")]
    text = ("En 2021, 58 200 saisonniers (dont 9 100 mineurs) ont été recrutés par les exploitations, "
            "ce qui correspond à une hausse de 7 % par rapport à 2020.")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.counted) for f in facts if f.kind == "percent"] == [(7, "saisonniers")]


def test_a_french_yearly_series_counts_the_first_determined_plural_of_its_lead(nlp):
    text = ("Très vive progression des titres de séjour temporaire (TST), avec lesquels les étudiants peuvent "
            "travailler :\n\n  • 2021: 540 (+35% comparé à 2020)\n  • 2020: 400\n")
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.counted) for f in facts if f.kind in ("count", "percent")] == \
        [(540, "titres"), (35, "titres"), (400, "titres")]


def test_a_french_share_restating_a_count_after_soit_counts_its_set(nlp):
    text = "Sur l'année, 12 400 dossiers ont été clos favorablement, soit 38%."
    facts = facts_in_text(text, nlp, "fr")
    assert [(f.value, f.counted) for f in facts] == [(12400, "dossiers"), (38, "dossiers")]


def test_a_spanish_ranking_item_of_a_determined_demonym_or_noun_of_origin_with_its_figure_counts_that_noun(nlp):
    text = ("De las 48 mil 210 personas que cruzaron la frontera, 21 mil 300 eran venezolanas; les siguen los "
            "cubanos con 9 mil 845; luego los solicitantes africanos de Angola con 2 mil 117; los peruanos con 1 mil 40.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][2:] == [
        (9845, "cubanos"), (2117, "solicitantes"), (1040, "peruanos")]


def test_a_spanish_part_of_a_scaled_whole_counts_the_noun_after_the_scale(nlp):
    text = "El instituto estimó que 712.400 de los 19,6 millones de personas censadas nacieron fuera del país."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][0] == (712400, "personas")


def test_a_spanish_present_verb_in_uyen_after_a_count_is_no_noun(nlp):
    text = "De los 2 millones de hogares encuestados, 84.210 incluyen a un emigrante."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2000000, "hogares"), (84210, "hogares")]


def test_a_spanish_determined_count_before_a_bare_participle_counts_the_noun_of_the_count_before_it(nlp):
    text = "El año pasado se aprobaron 15.320 solicitudes, el 61,4% de las 24.950 tramitadas en el periodo."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (15320, "solicitudes"), (61.4, "solicitudes"), (24950, "solicitudes")]
    # with no count before it in the sentence, the left-out noun is not named
    text = "De las 8.120 aprobadas por razones humanitarias, 7.900 fueron para venezolanos."
    assert [f.counted for f in facts_in_text(text, nlp, "es")][0] is None


def test_a_spanish_remainder_count_before_a_copula_counts_the_copulas_noun(nlp):
    text = "De los 3.480 retornados, 2.910 son adultos y los 570 restantes son niños."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (3480, "retornados"), (2910, "adultos"), (570, "niños")]


def test_a_spanish_figure_noun_subject_with_a_copula_and_de_counts_nothing(nlp):
    text = "En 2018 salieron del puerto 4 mil 310 viajeros. En 2019 la cifra fue de 3 mil 905 y bajó en 2020 a 1 mil 12."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (4310, "viajeros"), (3905, None), (1012, None)]


def test_a_row_short_of_cells_under_years_that_come_round_in_groups_takes_the_titles_span(nlp):
    text = ("Table 7 Visas Issued to Seasonal Workers, by Sector, Region: 2010-2008\n"
            "Sector\nIndian\n2010\nIndian\n2009\nIndian\n2008\nNepali\n2010\nNepali\n2009\nNepali\n2008\n"
            "Farming 410 388 352 97 120 133\n"
            "Fishing 5 12 61 70 44\n")
    facts = [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en")
             if f.sentence.startswith("Fishing")]
    # five cells under six columns: the lost empty cell may stand in either group, so no cell has a year
    assert facts == [(5, None, "2008", "2010"), (12, None, "2008", "2010"), (61, None, "2008", "2010"),
                     (70, None, "2008", "2010"), (44, None, "2008", "2010")]
    farming = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.sentence.startswith("Farming")]
    assert farming[0] == (410, "2010") and farming[3] == (97, "2010")


def test_a_short_row_where_the_text_breaks_off_keeps_the_first_columns(nlp):
    text = ("Tableau 4 : Titulaires de permis d'études, profil comparé\n"
            "Caractéristiques 2005 (%) 2015 (%)\n"
            "Ontario Autres provinces Ontario Autres provinces\n"
            "Niveau collégial 31,5 28,2 35,0 30,4\n"
            "Niveau universitaire 62,1 60,4 58,8")
    facts = [(f.value, f.as_of, f.unit) for f in facts_in_text(text, nlp, "fr") if f.sentence.startswith("Niveau univ")]
    # the last row, cut off after three of its four cells, keeps the cells it prints in the first columns
    assert facts == [(62.1, "2005", "%"), (60.4, "2005", "%"), (58.8, "2015", "%")]


def test_a_header_naming_each_year_column_and_a_change_column_after_two_years(nlp):
    text = ("Región Año 2018 Año 2019 Var. %\n"
            "Norte 1.200 1.350 +12,5%\n"
            "Centro 2.400 2.600 +8,3%\n")
    facts = [(f.value, f.as_of, f.period_start, f.period_end, f.change) for f in facts_in_text(text, nlp, "es")]
    # each "Año" names its year's column; the change column compares the two years before it
    assert facts == [(1200, "2018", None, None, None), (1350, "2019", None, None, None),
                     (12.5, None, 2018, 2019, "increase"),
                     (2400, "2018", None, None, None), (2600, "2019", None, None, None),
                     (8.3, None, 2018, 2019, "increase")]


def test_a_row_whose_money_scale_and_sign_stand_apart_between_its_cells(nlp):
    text = ("País Año 2019 Año 2020 Var. %\n\n"
            "  • Honduras 5,100 5,700 mdd + 11.8%\n"
            "  • Nicaragua 2,680 2,950 mdd + 10.1%\n")
    facts = [(f.value, f.unit, f.as_of, f.change) for f in facts_in_text(text, nlp, "es")]
    # "mdd" after the last year's cell scales the whole row; "+" set apart signs the change cell
    assert facts == [(5100000000, "USD", "2019", None), (5700000000, "USD", "2020", None), (11.8, "%", None, "increase"),
                     (2680000000, "USD", "2019", None), (2950000000, "USD", "2020", None), (10.1, "%", None, "increase")]


def test_a_year_end_header_dates_its_year_rows_at_the_years_last_day(nlp):
    text = ("Table 2: Registered foreign residents, 2019-2021.\n"
            "Year end | Foreign residents | Change |\n"
            "2019 | 12,300 |\n"
            "2020 | 12,900 | +600 |\n"
            "2021 | 13,050 | +150 |\n")
    facts = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert facts == [(12300, "2019-12-31"), (12900, "2020-12-31"), (600, "2020-12-31"),
                     (13050, "2021-12-31"), (150, "2021-12-31")]
    # without the header's "Year end" a year row takes its year alone
    plain = text.replace("Year end |", "Year |")
    assert [f.as_of for f in facts_in_text(plain, nlp, "en")][:2] == ["2019", "2020"]


def test_an_english_share_of_the_total_counts_the_set_its_sentence_names_before_it(nlp):
    text = "Most nurses recruited abroad were aged 30 to 44, making up 61.5 percent of the total."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [(61.5, "nurses")]
    text = "Spain, which received more work visas than any other member state - about 31% of the total - expects more."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [(31, "visas")]
    # a set standing only in a complement of the subject leaves the total, as the labels keep it
    text = "Nepal was the leading country of origin of arrivals in 2021, with 12.2 per cent of the total."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [(12.2, "total")]


def test_an_english_count_whose_verb_is_left_out_in_a_list_counts_the_set_of_the_count_before_it(nlp):
    text = ("Of all applicants granted protection in Austria in 2019, 12,400 received asylum, "
            "3,100 got subsidiary protection and 1,950 leave to remain.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (12400, "applicants"), (3100, "applicants"), (1950, "applicants")]


def test_an_english_percentage_after_a_measure_and_its_verb_in_its_clause_counts_the_measure(nlp):
    text = ("Jobless migrants fell by 210 to 1,300 people, which put the overall vacancy rate at 4.2%, "
            "against 4.8% a year earlier.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [
        (4.2, "rate"), (4.8, "rate")]
    text = "Transfer fees held steady near 8 percent, while the median average dropped in 2021 to a low of 5.5 percent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"][-1] == (5.5, "average")
    # a measure after "at an" is the manner of the change: the subject is counted
    text = "Arrivals are expected to grow at an average annual rate of 3.1 percent."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [(3.1, "Arrivals")]


def test_an_english_plural_possessor_before_the_counted_noun_is_no_head(nlp):
    text = "The survey found that 41.2 percent of the Territories' nurses were recruited abroad."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(41.2, "nurses")]


def test_an_english_sentence_opened_by_a_merged_fraction_takes_no_date_of_the_sentence_before(nlp):
    text = ("Work permits issued in the year ending March 2023 came to 51,300. "
            "Three-quarters (74%) of them went to health workers.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (51300, "2023-03"), (75, None), (74, None)]
    text = "Most arrivals came from Poland or Spain (31% and 12%, respectively). A third of those who left in 2021 went to Ireland."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(31, None), (12, None), (33.33, "2021")]


def test_an_english_figure_opening_a_sentence_after_a_word_and_a_full_stop_takes_no_date_of_the_sentence_before(nlp):
    text = "Births in 2021 fell to 3,910 in total. 52.3% of them were boys."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(3910, "2021"), (52.3, None)]
    text = "Some 4,100 Chileans also settled there. 215,600 Mexicans won residence in 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(4100, None), (215600, "2019")]


def test_an_english_adjective_of_time_before_a_plural_noun_names_no_time_of_its_own(nlp):
    text = "In fiscal year 2021, 88% of the defendants were men; 93% were citizens, and 64% had no previous arrests."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(88, "2021"), (93, "2021"), (64, "2021")]


def test_an_english_day_month_and_year_straight_after_a_figure_dates_the_sentence(nlp):
    text = "The register put foreign residents at 4,512 1 July 2019, which was 3.1% of all residents."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"] == [(3.1, "2019-07-01")]


def test_an_english_starting_point_before_a_colon_leaves_the_date_after_it_to_its_clause(nlp):
    text = ("Grants to Afghans have more than tripled since 2018: Afghans were the largest group granted protection "
            "in twelve Member States during 2021.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(3, None), (12, "2021")]


def test_an_english_level_compared_a_year_before_in_a_named_month_takes_that_month(nlp):
    text = "The share sent through banks fell to 41.2 per cent, down from 47.5 per cent a year before in March 2022."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(41.2, None), (47.5, "2022-03")]


def test_a_spanish_same_period_of_a_year_dates_only_the_level_named_just_before_it(nlp):
    # a time compared with ("del mismo periodo de 2016") dates no figure of the sentence but its own level
    text = "Otras 2.310 personas llegaron a Baleares, que triplica así las llegadas del mismo periodo de 2016; 540 entraron por Ceuta (30% más)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2310, None), (3, None), (540, None), (30, None)]
    text = "En el primer trimestre de 2021 los envíos sumaron 4 mil 120 millones de dólares, un monto superior al de 3 mil 910 millones que se recibieron en el mismo lapso de 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(4120000000, "2021"), (3910000000, "2020")]
    # the level in the "cuando" clause after it keeps that year; the sentence's own time named again keeps its year
    text = "En el semestre se captaron 9 mil 200 millones de dólares, 6.1% más sobre igual periodo de 2018 cuando fue de 8 mil 670 millones de dólares."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(9200000000, None), (6.1, None), (8670000000, "2018")]
    text = "En ese mismo lapso de 2021 se contabilizaron 4.300 solicitudes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(4300, "2021")]


def test_a_spanish_year_past_y_in_a_later_clause_dates_only_that_clauses_figure(nlp):
    # the later clause's own figure stands before its year: the earlier clause names no time and takes none
    text = "En Perú viven 1.280.400 extranjeros, y la colombiana es la comunidad que más creció, con un 40 % más de personas en 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(1280400, None), (40, "2020")]
    # a year that opens the later clause is the sentence's
    text = "Más de 210 mil ciudadanos han usado el permiso, que vence en un plazo breve, y en lo corrido de 2020 se han registrado nuevas solicitudes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")][:1] == [(210000, "2020")]


def test_a_counted_time_frame_inside_a_subject_is_no_figure_that_ends_it(nlp):
    from pipeline.evaluate import counted_head
    text = "Net permanent migration into the country over the 12 months to the end of March was 206,400, a new high."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(206400, "migration")]
    text = "Asylum claims lodged during the past three years up to December were 88,250."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(88250, "claims")]


def test_a_share_after_a_dated_lead_is_as_early_as_one_without_it(nlp):
    from pipeline.evaluate import counted_head
    text = ("Applicants from Eritrea had a very high approval rate of 92.4 per cent. "
            "From January to March 2023, it even rose to 96 per cent.")
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (92.4, "rate"), (96, "rate")]


def test_they_after_a_sentence_with_no_figure_counts_the_plural_noun_its_subject_opens_with(nlp):
    from pipeline.evaluate import counted_head
    text = ("Even so, temporary workers keep growing in number across the province. "
            "They went from 212,000 to 240,500 over the year.")
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (212000, "workers"), (240500, "workers")]


def test_french_spans_opened_by_an_elided_de_a_period_noun_jusqua_or_an_end_of_month(nlp):
    def periods(text):
        return [(f.value, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")]
    assert periods("D'octobre 2020 à juin 2021, 4 300 travailleurs ont été recrutés à l'étranger.") == [(4300, 2020, 2021)]
    assert periods("L'office a reçu 9.120 dossiers d'avril 2016 à août 2018.") == [(9120, 2016, 2018)]
    assert periods("Sur la période 2015 à 2019, le pays a accueilli 41 200 réfugiés.") == [(41200, 2015, 2019)]
    assert periods("De 2012 jusqu'à 2017, 6 800 visas ont été refusés.") == [(6800, 2012, 2017)]
    assert periods("Entre fin mars 2020 et mars 2021, les envois sont passés de 2,4 à 3 milliards de dirhams.") == [
        (2400000000, 2020, 2021), (3000000000, 2020, 2021)]


def test_a_french_date_before_a_period_naming_its_last_year_restates_its_end(nlp):
    text = "À fin juin 2023, les recettes ont progressé de 9%, passant, entre fin juin 2022 et juin 2023, de 4,4 à 4,8 milliards de dirhams."
    assert [(f.value, f.period_start, f.period_end, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (9, 2022, 2023, None), (4400000000, 2022, 2023, None), (4800000000, 2022, 2023, None)]


def test_a_french_year_in_a_participle_after_the_first_ranked_figure_dates_that_figure_only(nlp):
    text = "Le Maroc arrive premier avec 11,8 milliards de dollars perçus en 2021, devant la Tunisie avec 2,5 milliards de dollars."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(11800000000, "2021"), (2500000000, None)]
    text = "L'Italie se classe troisième, forte de 301 000 permis accordés en 2019, loin devant la Grèce (88 000)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(301000, "2019"), (88000, None)]
    # a year opening the sentence still dates every ranked figure
    text = "En 2021, le Maroc a perçu 11,8 milliards de dollars, devant la Tunisie avec 2,5 milliards de dollars."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(11800000000, "2021"), (2500000000, "2021")]


def test_a_french_figure_in_brackets_with_its_own_end_of_month_takes_that_date(nlp):
    text = "Au 30 juin 2019, le canton comptait 61 400 étrangers, soit 24,6 % de ses habitants (24,1 % à fin juin 2018)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (61400, "2019-06-30"), (24.6, "2019-06-30"), (24.1, "2018-06-30")]


def test_a_french_end_of_year_glued_to_a_heading_before_it_still_dates_the_sentence(nlp):
    text = "Le dispositif a été élargiUne offre en hausseFin 2021, le réseau proposait 9.400 places d'accueil."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(9400, "2021-12-31")]


def test_a_spanish_item_joined_to_its_place_by_con_counts_what_the_item_before_it_counts(nlp):
    # each later "con" item of the list counts the first item's noun; the places between name no counted set
    text = ("Fuera de Chile y Argentina, los bolivianos también mencionan como destinos favoritos países de Europa "
            "con un 12%, Brasil con un 8%, y Perú con un 5%.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(12, "bolivianos"), (8, "bolivianos"), (5, "bolivianos")]
    text = ("Sobre el reparto de los envíos recibidos por provincias durante junio, el banco central indica que la capital "
            "obtuvo la mayor proporción, 41,3%, seguida de las provincias de Colón y Chiriquí, con 12,1% y 6,4%, respectivamente.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(41.3, "envíos"), (12.1, "envíos"), (6.4, "envíos")]


def test_a_spanish_count_right_after_a_colon_counts_the_first_plural_of_the_lead(nlp):
    # the words before the colon name the set; an adverb and its comma, or a qualifier, may stand between
    text = "El estudio repasa asimismo el perfil de los retornados: 12.406 (41,2%) tenían menos de 30 años."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:1] == [(12406, "retornados")]
    text = "La mayor parte de las llegadas por tierra se registró en la frontera norte: concretamente, 8.315 en camiones."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:1] == [(8315, "llegadas")]
    # a lead whose first plural says where something happened names no set
    text = "Casi todos desembarcaron en las costas de Andalucía y de Murcia: 3.120, según el balance."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:1] == [(3120, None)]


def test_a_spanish_share_set_off_by_a_comma_after_a_count_counts_what_the_count_counts(nlp):
    # ", que representan el", ", casi el", ", un" after a count: the share restates the count as a part of a whole
    text = "Del conjunto de peruanos inscritos, 41.230, que representan el 38 %, son menores de edad."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:2] == [(41230, "menores"), (38, "menores")]
    text = "Según el padrón, en la provincia residían 95.420 personas nacidas fuera del país, casi el 12,4%, a comienzos de año."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(95420, "personas"), (12.4, "personas")]
    text = "La oficina publicó ayer el padrón de la región a 1 de enero, que quedó fijado en 2.114.030 habitantes, 21.306 más, un 1,02%, que un año antes."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2114030, "habitantes"), (21306, "habitantes"), (1.02, "habitantes")]


def test_a_spanish_figure_after_con_un_and_a_change_noun_counts_the_change_noun(nlp):
    # where no reading names what changed, "con un incremento de" counts the change noun itself
    text = "Tras Bolivia se sitúa Paraguay, con un incremento de 11%, y en último lugar Uruguay, con un aumento del 4%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(11, "incremento"), (4, "aumento")]


def test_a_spanish_loss_or_slowdown_noun_and_a_change_noun_with_no_de_name_a_change(nlp):
    # "una merma de", "un retroceso de", "una desaceleración de" name a fall, across a line break too;
    # "un alza 2,5%" (its "de" left out) still names a rise
    text = "En cifras absolutas, el descenso supuso una merma\nde 41,7 millones de dólares frente al año anterior."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(41700000, "decrease")]
    text = "Puestos junto a los del año previo, los giros mostraron un retroceso de\n12,4 millones."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(12400000, "decrease")]
    text = "Los envíos crecieron frente a 2022, pero con una desaceleración de 2,1% respecto del mes anterior."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(2.1, "decrease")]
    text = "Los giros de abril sumaron 610 millones de dólares, un alza 2,5% respecto de abril del año previo."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(610000000, None), (2.5, "increase")]


def test_a_spanish_second_change_with_its_noun_or_verb_left_out_keeps_the_change_before(nlp):
    # "y de un X%", "; de X%", "y un X%", "lo hizo en X" after a change: the same kind of change, its noun or verb left out
    text = "Se registra un aumento de un 64,2% en las llegadas por mar y de un 18,5% en cuanto a botes."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(64.2, "increase"), (18.5, "increase")]
    text = "Baja un 12% el número de solicitudes que llegan por vía consular y un 7% por internet"
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(12, "decrease"), (7, "decrease")]
    text = "El dato supone un alza de 2,4% (812.300) respecto a 2021; de 3,1% frente a 2020 (806.050) y de 9,7% frente a 2017."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es") if f.kind == "percent"] == [
        (2.4, "increase"), (3.1, "increase"), (9.7, "increase")]
    text = "En el trimestre los afiliados extranjeros aumentaron en 21.640 personas, y los españoles lo hicieron en 9.305."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(21640, "increase"), (9305, "increase")]
    # "un aumento en N" with no "de" names the rise too
    text = "El padrón de la ciudad registró un aumento en 3.412 vecinos."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(3412, "increase")]
    # a share of a set after the conjunction is no second change, nor is a figure that restates a count of its own
    text = "La cifra creció un 5%, y un 24% de los encuestados lo confirma."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(5, "increase"), (24, None)]


def test_a_spanish_qualifier_before_a_percentages_un_leaves_the_change_verb_before_it(nlp):
    # "más de un 10%", "cerca de un 20%": the qualifier stands before the "un", and the change verb before the qualifier
    text = "Entre 2022 y 2023 la migración laboral retrocedió más de un 12% en Letonia."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "es")] == [(12, "at_least", "decrease")]
    text = "Los solicitantes de Perú representan cerca de un 35% del total."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "es")] == [(35, "approximate", None)]
    # a qualified figure joined by "y" after a change is the same change, its verb left out
    text = "El registro sumó 48.200 cotizantes, tras ganar 6.310 cotizantes en el último año y casi 21.000 si se compara con 2020."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "es")][1:] == [
        (6310, None, "increase"), (21000, "approximate", "increase")]


def test_a_spanish_change_or_rate_noun_bounded_by_superior_al_is_a_change_at_least_that_large(nlp):
    # "aumentos superiores al X%", "crecen a tasas ... superiores al X%": an increase of at least X, counting the noun
    text = "Perú, Ecuador y Uruguay registraron también aumentos superiores al 7 %."
    assert [(f.value, f.qualifier, f.change, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (7, "at_least", "increase", "aumentos")]
    text = "Se mantiene así la subida de los últimos semestres, que crecen a tasas anuales superiores al 2%, según el instituto."
    assert [(f.value, f.qualifier, f.change, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (2, "at_least", "increase", "tasas")]
    # a plain rate bounded the same way is a level, no change
    text = "El empleo de las mujeres migrantes alcanza una tasa superior al 55%."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "es")] == [(55, "at_least", None)]


def test_a_spanish_change_verb_parted_from_its_un_by_adverbs_names_the_change(nlp):
    # "aumentó en promedio un X%", "creció ligeramente un X%": adverbs between the verb and its "un"
    text = "Las solicitudes aumentaron en promedio un 6% cada trimestre."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(6, "increase")]
    text = "El número de retornados cayó ligeramente un 2,5%."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "es")] == [(2.5, "decrease")]


def test_a_bare_decimal_in_brackets_after_a_bracketed_share_is_a_share_too(nlp):
    # the unit printed once, in the first item's bracket: the later items' bare decimals are percentages
    text = "Deployment fell to several markets: fourth-placed Kuwait (-6.42 percent), sixth-placed Oman (-3.75), and ninth-placed Jordan (-12.8)."
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "en")][-3:] == [
        (6.42, "percent", "%"), (3.75, "percent", "%"), (12.8, "percent", "%")]
    text = "Las provincias que más recibieron fueron Guayas (31.4 %), Azuay (17.6 ), Loja (9.2 %) y Cañar (6.8 %)."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")] == [
        (31.4, "percent"), (17.6, "percent"), (9.2, "percent"), (6.8, "percent")]
    # a bare count in brackets after a share stays a count
    text = "Parmi les demandeurs, la Syrie (23%) précède l'Irak (1.240)."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "fr")] == [(23, "percent"), (1240, "count")]


def test_ranges_and_upper_bounds_of_years_in_a_sentence_that_gives_an_age_are_ages(nlp):
    # a range of years and "menos de N años" beside an age of the same sentence are ages, not spans of time
    text = "Del total de niños registrados, 4.210 contaban con menos de 9 años y 2.870 tenían entre 10 y 15 años."
    assert [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "es") if f.kind == "other"] == [
        (9, "years old", "at_most"), (10, "years old", None)]
    # a bare range listed after the ages, its unit elided, and a bare lower bound "de N a más"
    text = "La mayor parte (31.2 %) son jóvenes de entre 18 a 29 años, quienes tienen entre 30 a 44 años (25.1 %), de 45 a 64 (20.3 %) y de 65 a más (9.8 %)."
    assert [(f.value, f.value_max, f.kind, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "es") if f.kind != "percent"] == [
        (18, 29, "other", "years old", None), (30, 44, "other", "years old", None),
        (45, 64, "other", "years old", None), (65, None, "other", "years old", "at_least")]
    text = "Au total, 58,3 % avaient moins de 30 ans : les enfants de moins de 12 ans forment 19,4 % du total et ceux de 20 à 29 ans 30,2 %."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr") if f.kind == "other"] == [
        (30, "years old"), (12, "years old"), (20, "years old")]


def test_years_given_as_an_average_in_a_sentence_or_paragraph_about_age_are_ages(nlp):
    # "en moyenne N ans" where the sentence speaks of age, and the years compared with them
    text = "Les saisonniers du tourisme sont plus jeunes : en moyenne 27 ans contre 41 ans dans le bâtiment."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(27, "years old"), (41, "years old")]
    # after an age given earlier in the paragraph: the average, the bare decimal after it, and bracketed years of a people
    text = ("En 2020, l'âge moyen atteint 39,2 ans chez les femmes. Les Belges affichent en moyenne 41,5 ans alors que "
            "les étrangers en comptent 35,8. L'écart est net entre les Belges (43,1 ans) et les étrangères (36 ans).")
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "fr") if f.value != 2020] == [
        (39.2, "other", "years old"), (41.5, "other", "years old"), (35.8, "other", "years old"),
        (43.1, "other", "years old"), (36, "other", "years old")]
    # an average wait in a sentence that says nothing of age stays a span of time
    text = "Les demandeurs attendent en moyenne 2 ans avant une décision."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(2, "year")]


def test_a_two_word_percent_cut_by_a_line_break_is_still_a_percent(nlp):
    # hard-wrapped text: "per" at a line's end, "cent" opening the next
    text = "Officials said 64 per\ncent of the applicants were granted visas, a 12.5 per\ncent increase on the year before."
    assert [(f.value, f.kind, f.unit, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (64, "percent", "%", None), (12.5, "percent", "%", "increase")]


def test_millions_naming_nothing_go_on_with_the_money_in_millions_of_their_paragraph(nlp):
    # a later sentence of the paragraph, past a bracketed share: the currency of the money in millions before
    text = "Desde Chile llegaron 48,3 millones de dólares (7,1 %). A otros destinos correspondieron 21,6 millones (3,2 %)."
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es") if f.kind != "percent"] == [
        (48300000, "money", "USD"), (21600000, "money", "USD")]
    # millions "en remesas" are money, and so are the bare millions after them
    text = ("Los emigrantes en Italia enviaron 152,4 millones de dólares.\nLos extranjeros residentes giraron 33,8 millones "
            "en remesas, más que en 2008, cuando alcanzaron 27,1 millones.")
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es") if f.value != 2008] == [
        (152400000, "money", "USD"), (33800000, "money", "USD"), (27100000, "money", "USD")]
    # a count in millions of people after the money stays a count
    text = "Los envíos sumaron 48,3 millones de dólares. El país tiene 1,2 millones de emigrantes."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")] == [(48300000, "money"), (1200000, "count")]


def test_a_french_rate_per_thousand_is_a_count_of_its_subject(nlp):
    # "‰" and "pour mille" are no unit of their own: the rate counts the rate named before it
    text = "Le taux de fécondité recule (14 ‰ en 2015). En Wallonie, le taux se limite à 9 pour mille."
    assert [(f.value, f.kind, f.unit, f.counted) for f in facts_in_text(text, nlp, "fr") if f.value != 2015] == [
        (14, "count", None, "taux"), (9, "count", None, "taux")]


def test_age_words_a_range_after_an_age_groups_noun_and_years_from_a_bound_on(nlp):
    # a range of years right after "franja", years "en adelante", and "year of age" are ages
    text = "La mayoría de los solicitantes está en la franja 25-39 años y el resto tiene 65 años en adelante."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es") if f.kind == "other"] == [
        (25, "years old"), (65, "years old")]
    text = "Infants under one year of age made up 2,310 of the applicants."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en") if f.kind == "other"] == [(1, "years old")]


def test_a_growth_after_its_own_modifier_or_after_after_counts_itself(nlp):
    from pipeline.evaluate import counted_head
    text = "The latest figure follows strong growth of 5.4 percent in 2021."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(5.4, "growth")]
    text = "Transfers to East Africa rose 9% to $48bn in 2022, after growth of 4% in 2021."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (9, "transfers"), (48000000000, "usd"), (4, "growth")]
    # a people noun that records the growth keeps it
    text = "Workers from Kenya recorded the largest growth of 21.5 per cent over the year."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(21.5, "workers")]


def test_a_percentage_naming_nothing_after_a_transfers_cost_counts_the_cost(nlp):
    from pipeline.evaluate import counted_head
    text = "Last quarter, sending $500 to Ghana cost 6.2 per cent on average, down from 7.1 per cent a year before."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (500, "usd"), (6.2, "cost"), (7.1, "cost")]
    # the measure's "of" complement stands between it and its verb
    text = "The report notes that the average cost of sending $200 remained high at 6.4 percent."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(200, "usd"), (6.4, "cost")]


def test_a_percentage_naming_nothing_after_a_rate_counts_the_rate(nlp):
    from pipeline.evaluate import counted_head
    text = "In the past decade the workforce expanded at a yearly rate of 2.3 per cent, well above the 1.4 per cent seen before."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(2.3, "rate"), (1.4, "rate")]


def test_a_standing_pronoun_opening_a_clause_counts_what_the_last_percentage_counted(nlp):
    from pipeline.evaluate import counted_head
    text = ("Transfers from Asia went up by 9% in the quarter. "
            "Those from the Middle East fell by 3.5%, while the rest stayed flat.")
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (9, "transfers"), (3.5, "transfers")]
    text = "Deposits from nurses climbed by 4.2 percent and those from seafarers by 2.9 percent."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [
        (4.2, "deposits"), (2.9, "deposits")]


def test_a_percent_leap_in_a_noun_counts_what_leapt(nlp):
    from pipeline.evaluate import counted_head
    text = "The 41.5 percent leap in worker transfers from Qatar surprised analysts."
    assert [(f.value, counted_head(f.counted)) for f in facts_in_text(text, nlp, "en")] == [(41.5, "transfers")]


def test_an_under_band_labelling_a_row_between_bars_is_the_rows_label_and_dated_by_the_title(nlp):
    text = ("Residence Permits Issued, by Age and Sector, 2019(1-4)\n"
            "Sector | Asia | Europe | Total |\n"
            "Retail | 4 | 2 | 6 |\n"
            "Under 20 | 0 | 1 | 1 |\n"
            "20 - 29 | 3 | 1 | 4 |\n")
    facts = facts_in_text(text, nlp, "en")
    assert [(f.value, f.as_of) for f in facts] == [
        (4, "2019"), (2, "2019"), (6, "2019"), (0, "2019"), (1, "2019"), (1, "2019"), (3, "2019"), (1, "2019"), (4, "2019")]


def test_a_date_in_a_restrictive_relative_clause_on_a_shares_whole_dates_only_that_clauses_figure(nlp):
    text = ("Kuwait led the region, where migrants numbered 2.4 million, or 69.5 percent of a population that reached "
            "3.5 million by the end of 2012, with Oman next on 1.1 million (41.2 percent).")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (2400000, None), (69.5, None), (3500000, "2012-12-31"), (1100000, None), (41.2, None)]


def test_a_revision_mark_after_a_year_row_label_keeps_the_years_end(nlp):
    text = ("The figures in Table 2 refer to the end of each year.\n"
            "Table 2: Estimated population of the island: 2015- 2017.\n"
            "Year end | Population | Annual change |\n"
            "2015 | 40,200 | +400 |\n"
            "2016 (r) | 40,500 | +300 |\n"
            "2017 (p) | 40,900 | +400 |\n")
    facts = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert facts[-4:] == [(40500, "2016-12-31"), (300, "2016-12-31"), (40900, "2017-12-31"), (400, "2017-12-31")]



def test_a_date_opening_the_sentence_does_not_reach_a_later_clause_in_the_present_tense(nlp):
    text = ("Over the first half of 2021, 12,400 returnees were given job training, "
            "and 3,150 returnees are still waiting for a place.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(12400, "2021"), (3150, None)]


def test_an_attributive_year_on_a_flow_noun_before_of_dates_the_figure_after_it(nlp):
    text = "Arrivals in 2015 came to 48,200, a rise of 3.1 percent from 2014 intake of 46,750."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(48200, "2015"), (3.1, "2015"), (46750, "2014")]
    text = "Admissions fell by 4 percent (given the 2016 intake of 22,310 against the 23,240 in 2015)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(4, None), (22310, "2016"), (23240, "2015")]


def test_a_fiscal_year_written_as_its_months_is_dated_by_its_last_month(nlp):
    text = "Remittances from Qatar came to $1.1 billion in the July-February 2023 fiscal year."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(1100000000, "2023-02")]


def test_a_relative_year_restated_by_its_number_after_a_comma_dates_the_figure(nlp):
    text = "Official figures show that 48,300 students obtained a visa last year, 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(48300, "2019")]


def test_a_verb_in_ed_at_the_heads_place_is_no_counted_noun(nlp):
    from pipeline.evaluate import counted_head
    text = "Close to 61.5 percent of all the cash remitted from abroad came from five countries."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (61.5, "cash"), (5, "countries")]
    text = "Among the big host countries, pronounced drops were seen in Norway - down 18 percent to 4,130."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(18, None), (4130, None)]
    text = "A total of 1,520 worked in farming, some 40.2 percent of them coming from Nepal."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(1520, None), (40.2, None)]
    text = "Some 3.1 million people were newly displaced, and 2.4 million were internally displaced."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (3100000, "people"), (2400000, "people")]


def test_a_verb_of_getting_after_a_count_leaves_its_object_uncounted(nlp):
    text = ("Migrants once received 1,800 job offers in a single week. "
            "In Magh 41,210 got work permits while 39,870 got them in Falgun.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (1800, "job offers"), (41210, None), (39870, None)]
    text = "Nearly 52,000 obtain labour permits each month, and 3,400 were domestic workers."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(52000, None), (3400, "domestic workers")]


def test_a_sources_verb_of_speech_is_no_plural_noun_counted(nlp):
    from pipeline.evaluate import counted_head
    text = "As the survey points out, most returnees settled in the capital, with 64% of them coming from the Gulf."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(64, "returnees")]
    text = "Foreign workers make up 12.4% of the workforce NSO reports that in 2019 some 310 permits were issued."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (12.4, "workforce"), (310, "permits")]
    text = "Cash transfers to small island states are forecast to grow by 3 percent next year."
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [(3, "transfers")]


def test_items_after_a_lead_that_splits_its_subject_into_groups_count_the_subject(nlp):
    from pipeline.evaluate import counted_head
    text = ("Returnees fell into two groups:\n"
            "  • 12 450 who came back on their own.\n")
    assert [(f.value, counted_head(f.counted, "en")) for f in facts_in_text(text, nlp, "en")] == [
        (2, "groups"), (12450, "returnees")]


def test_a_list_items_own_place_name_of_several_words_is_no_set_and_the_item_before_names_it(nlp):
    from pipeline.evaluate import counted_head
    text = ("Depuis 2018, c'est en France que les envois ont connu la progression la plus forte, avec une hausse de "
            "31 %, devant l'Arabie Saoudite (+24,5 %) et l'Italie (+19,8 %).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (31, "envois"), (24.5, "envois"), (19.8, "envois")]
    text = ("Les réfugiés accueillis en 2019 ont pour pays de naissance les pays que voici:\n"
            "- Syrie : 2 310 (12,4%)\n"
            "- Érythrée : 1 870 (10,0 %)\n"
            "- Côte d'Ivoire : 1 120 (6,0 %)\n"
            "- Autres pays : 9 870 (52,9 %)\n"
            "Du côté de l'âge:")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")][4:] == [
        (1120, "réfugiés"), (6.0, "réfugiés"), (9870, "réfugiés"), (52.9, "réfugiés")]


def test_a_contrasting_que_los_after_mientras_or_en_tanto_compares_nothing(nlp):
    text = "En 2019 los permisos a bolivianos llegaron a 2.310, en tanto que los paraguayos bajaron a 780."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2310, "2019"), (780, "2019")]
    text = ("Durante 2021 los residentes nacidos en el país bajaron en 12.400 personas, mientras que los nacidos "
            "fuera sumaron 95.300 personas.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(12400, "2021"), (95300, "2021")]


def test_levels_after_a_comma_or_a_noun_of_levels_in_a_sentence_period_are_as_of_its_two_years(nlp):
    text = ("Entre 2015 y 2020 la cuota de mujeres entre los solicitantes bajó tres puntos porcentuales, "
            "del 41 por ciento al 38 por ciento.")
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "es")] == [
        (3, None, 2015), (41, "2015", None), (38, "2020", None)]
    text = ("Con datos al primer trimestre de 2019, el instituto indicó que en el periodo 2010-2015 el retorno "
            "bajó, al pasar de tasas de 12.4 a 8.1 retornados por cada mil residentes.")
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "es")] == [
        (12.4, "2010", None), (8.1, "2015", None)]


def test_a_figure_in_brackets_right_after_a_relative_time_takes_no_date_of_the_sentence(nlp):
    text = "El Salvador recibió 8.420,3 millones de dólares en 2022, un 3,2 % más que un año antes (8.159,4 millones)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (8420300000, "2022"), (3.2, "2022"), (8159400000, None)]
    text = "Les demandes ont reculé par rapport à l'année précédente (12,5 % en 2021, contre 14,1 % en 2020)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12.5, "2021"), (14.1, "2020")]


def test_a_level_compared_with_and_followed_by_del_ano_pasado_takes_no_date_of_the_sentence(nlp):
    text = ("En el primer semestre de 2023, el país recibió 41,2 millones de dólares más con respecto a los "
            "3.870,4 millones recibidos en los primeros seis meses del año pasado.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(41200000, "2023"), (3870400000, None)]


def test_figures_after_the_places_of_an_opening_list_count_the_noun_the_predicate_names(nlp):
    text = ("Aragón (6,4%), Asturias (5,1%) y Cantabria (4,8%) fueron las regiones donde más creció el número de "
            "cotizantes extranjeros el año pasado.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (6.4, "cotizantes"), (5.1, "cotizantes"), (4.8, "cotizantes")]
    text = "Por otra parte, Chile (3.400), Bolivia (2.900) y Paraguay (1.700) están entre las nacionalidades de solicitantes de ese año."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (3400, "solicitantes"), (2900, "solicitantes"), (1700, "solicitantes")]
    # a predicate naming no set leaves the figures as they were
    text = "Chile (3.400) y Bolivia (2.900) pertenecen al Cono Sur."
    assert [f.counted for f in facts_in_text(text, nlp, "es")] == [None, None]


def test_the_agent_that_pays_a_share_is_not_what_the_share_counts(nlp):
    text = "Las cooperativas y otras agencias remesadoras pagaron el 31.2 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(31.2, None)]
    # the verb left out after the agent of the sentence before: "Los bancos entregaron ...; las cooperativas, el 31.2%"
    text = ("Los bancos entregaron el 60.5 % de las remesas, equivalente a $900 millones. "
            "Las cooperativas y demás agencias, el 31.2 %, equivalente a $470 millones.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (60.5, "remesas"), (900000000, "USD"), (31.2, None), (470000000, "USD")]
    # a share set off by commas before its own verb still counts its phrase
    text = "Casi todas las solicitudes, el 97%, se registraron en Madrid."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(97, "solicitudes")]


def test_a_level_or_volume_pointed_at_counts_what_the_last_count_before_it_counts(nlp):
    text = "Les retours forcés se sont élevés à 4 100 l'an dernier. Ce niveau, inédit depuis 2016, traduit une augmentation de 9 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(4100, "retours"), (9, "retours")]
    text = ("Le pays a enregistré 52 000 demandes d'asile, c'est-à-dire 12 % du total régional. "
            "Ce volume représente une progression de 30 % sur un an.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.value != 12] == [(52000, "demandes"), (30, "demandes")]


def test_the_base_of_a_ratio_is_not_what_a_later_change_or_pointer_counts(nlp):
    text = ("En 2021, la ville comptait 48 000 étrangers sur 310 000 habitants, ce qui représente une hausse de 6 % "
            "comparé à 2020. Depuis, ce nombre est monté à 51 000.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (48000, "étrangers"), (310000, "habitants"), (6, "étrangers"), (51000, "étrangers")]


def test_a_participle_before_its_complement_after_a_part_is_no_noun_of_it(nlp):
    text = "Le pays accueille 92 000 réfugiés, dont 31 500 logés dans des centres collectifs."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(92000, "réfugiés"), (31500, "réfugiés")]
    text = "La commune comptait 12 400 résidents étrangers, dont 6 100 inscrits comme salariés."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12400, "résidents"), (6100, "résidents")]


def test_a_french_change_after_a_compared_level_and_its_year_takes_no_as_of_from_that_year(nlp):
    text = "Le centre a hébergé 2.310 familles, contre 2.140 familles en 2019 (+8%)."
    assert [(f.value, f.change, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (2310, None, None), (2140, None, "2019"), (8, "increase", None)]
    text = ("Les virements reçus par les banques ont atteint 212,6 milliards de FCFA, face à 187,9 milliards de FCFA "
            "lors du deuxième trimestre 2018, d'où une hausse de 13,1%.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (212600000000, None), (187900000000, "2018"), (13.1, None)]


def test_a_french_number_of_calendar_years_takes_no_date_of_its_sentence(nlp):
    text = "Les arrivées ont bondi de 12% en 2019, après quatre années de recul continu."
    assert [(f.value, f.unit, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12, "%", "2019"), (4, "year", None)]
    text = "Tombé à 5 200 en 2021, le nombre de visas a remonté durant 2 années consécutives."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(5200, "2021"), (2, None)]


def test_a_french_signed_change_in_brackets_after_the_year_compared_with_takes_the_sentences_own_year(nlp):
    text = ("Le regroupement familial est resté en 2021 le deuxième motif d'admission, avec 21,4 % des titres, "
            "soit une légère hausse par rapport à 2020 (+1,2 % ou +2 310).")
    assert [(f.value, f.change, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (21.4, None, "2021"), (1.2, "increase", "2021"), (2310, "increase", "2021")]
    text = "Les renvois sont restés presque stables par rapport à 2020 (-0,6%)."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(0.6, None)]


def test_a_french_que_les_after_a_verb_opens_a_clause_not_a_comparison(nlp):
    text = ("Pour la seule année 2021, ce même rapport indique que les Maliens de l'extérieur ont envoyé "
            "1,4 milliard de dollars au pays.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(1400000000, "2021")]


def test_a_second_change_after_but_with_its_own_comparison_takes_the_levels_date(nlp):
    text = ("Arrivals during March 2019 reached 8,400, a figure 11.5 percent below February 2019 "
            "but 6.2 percent above March 2018.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (8400, "2019-03"), (11.5, "2019-03"), (6.2, "2019-03")]


def test_changes_listed_each_before_its_place_take_the_first_items_change(nlp):
    text = ("Compared with the last quarter, arrivals have risen by 31% in Greece (4,120), 12% in Malta (860) "
            "and 5% in the Canary Islands (2,310).")
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (31, "increase"), (4120, None), (12, "increase"), (860, None), (5, "increase"), (2310, None)]
    text = "Nepalis and Indians recorded a fall of 3 per cent at 12,400 and of 1.5 per cent at 28,900, respectively."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (3, "decrease"), (12400, None), (1.5, "decrease"), (28900, None)]


def test_a_change_verb_parted_from_its_by_by_a_comma_after_an_adverb_or_a_time_aside(nlp):
    text = "Arrivals are projected to rise more slowly, by 3 percent, to reach 41,000 in 2026."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(3, "increase"), (41000, None)]
    text = "Transfers to the region are expected to keep falling in 2025, by 2.6 per cent to $118 billion."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "en")] == [(2.6, "decrease"), (118000000000, None)]


def test_a_year_and_a_noun_before_a_year_noun_date_the_change_set_after_it(nlp):
    text = "The 2019 intake figure of 52,300 for Canada is 6.8 percent above the 2018 figure of 48,970."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(52300, "2019"), (6.8, "2019"), (48970, "2018")]


def test_a_when_clause_in_brackets_after_a_year_dates_its_figure(nlp):
    text = ("Approvals for Afghan nationals have declined since 2019 (when they made up 41 per cent of the total), "
            "yet Afghans remained the leading group in 2021.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(41, "2019")]


def test_a_bare_english_count_with_a_point_before_three_digits_is_read_in_thousands(nlp):
    text = "Refugees resettled in the region totalled 12.407 last year, against 10,950 the year before."
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "en")] == [(12407, "count"), (10950, "count")]
    text = "Its rate rose to 2.5 percent, and remittances reached $3.125 billion."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [2.5, 3125000000]


def test_a_spelled_ranking_size_after_top_with_no_noun_is_a_fact(nlp):
    text = "Syria and Eritrea have stayed in the top ten in each of the past three years."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(10, None)]
    text = "Mexico and India were the destinations in the top five for new arrivals."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(5, "destinations")]


def test_bracketed_item_numbers_in_a_sentence_and_a_bracketed_page_number_alone_are_no_facts(nlp):
    text = ("The minister was asked how many of the children who arrived in 2016 (1) were granted asylum, "
            "(2) left on their own, and (3) were returned.\n(4)\nSome 2,300 children arrived in that year.")
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [2300]
    text = "Victims came from Nigeria (3), Ghana (2) and Togo (1) last year."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [3, 2, 1]


def test_a_fraction_after_other_names_the_rest_of_a_whole_not_a_part_of_a_year(nlp):
    text = ("Seasonal workers make up about a quarter of the foreign labour force, and the other three-quarters "
            "are employed on permanent contracts.")
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "en")] == [(25, "percent"), (75, "percent")]
    text = "Remittances fell in the first half of 2020 and recovered in the other half of 2020."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == []


def test_a_note_asterisk_after_a_figure_keeps_its_scale_and_its_space_groups(nlp):
    text = "The resident population was estimated at 5.12* million in April 2016."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(5120000, "2016-04")]
    text = "Detections on the route came to about 23 410* in the first quarter of 2021."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(23410, "approximate")]


def test_a_span_of_months_of_the_current_year_or_opening_its_sentence_is_a_reference_period(nlp):
    text = "More than 41,000 workers left for Malaysia in the nine months of the current fiscal year."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [41000]
    text = "Across the seven months, remittance inflows came to US$1.9 billion."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [1900000000]
    text = "They were registered after a stay of at least six months."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(6, "month")]


def test_a_count_restating_a_share_counts_the_part_the_share_picks_out(nlp):
    # the predicate after the share's copula, closed by "in all"
    text = "Under the new programme, 61 percent of the people assisted were men or boys, 2,940 in all."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(61, "people"), (2940, "men")]
    # "N or S of the whole were P"
    text = "In 2019, about 54,000 or 27 per cent of the refugees resettled were Congolese nationals."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind != "percent"] == [(54000, "nationals")]
    # the subject of a verb of parts, restated by "or N"
    text = "Foreign workers made up 12.5 percent of the labour force, or 48,300."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(12.5, "labour force"), (48300, "workers")]


def test_a_relative_of_a_part_counts_the_set_of_the_count_before_its_comma(nlp):
    # the count before names its set through a reading of the sentence; the part after "de las que" takes it
    text = ("El año pasado el país batió su récord de solicitudes de refugio, con unas 31.200 registradas entre enero "
            "y noviembre, de las que unas 9.400 fueron de hondureños.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(31200, "solicitudes"), (9400, "solicitudes")]
    # past a change between: the share after "de los cuales" is of the count, not of the change
    text = ("En el semestre los retornos sumaron 48 mil 210 eventos, lo que es 12.4 por ciento más que un año antes, "
            "de los cuales el 8.7 por ciento correspondió a mujeres.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][-1] == (8.7, "eventos")


def test_parallel_items_of_figure_preposition_and_name_count_what_the_first_counts(nlp):
    # the first item's noun is the sentence's; each item after it repeats "desde" and a name
    text = ("El origen de los solicitantes atendidos indica que uno llegó desde Perú, 31 desde Haití, 12 desde Cuba, "
            "8 desde Venezuela y 5 desde Ecuador.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (31, "solicitantes"), (12, "solicitantes"), (8, "solicitantes"), (5, "solicitantes")]


def test_a_sentence_naming_its_figure_as_a_figure_does_not_go_on_with_the_set_before(nlp):
    text = ("En marzo cruzaron la frontera 5.300 solicitantes. Es el número más bajo desde 2021, cuando "
            "se registraron 4120.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(5300, "solicitantes"), (4120, None)]
    text = "Bolivia aportó 2.400 residencias. Chile quedó después, con un total de 1,850."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2400, "residencias"), (1850, None)]
    # a bare list with no word for the figure still goes on with the set before
    text = "Bolivia aportó 2.400 residencias. Chile quedó después, con 1.850."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(2400, "residencias"), (1850, "residencias")]


def test_a_bare_opening_phrase_before_its_comma_names_no_set(nlp):
    text = "Por ciudades de residencia, sobresale Quito, con el 41,3%; luego Cuenca con 12,5 %."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(41.3, None), (12.5, None)]
    text = "En términos absolutos, los que más suben son los procedentes de Perú (+7,4 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(7.4, "procedentes")]


def test_a_definite_span_of_time_named_by_what_it_belongs_to_frames_the_figures(nlp):
    text = "Las solicitudes subieron a 912 durante los seis meses del programa."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == [(912, None)]
    text = "Se tramitaron 1.250 permisos en los dos trimestres de este 2024."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")] == [(1250, None)]
    # the whole a part is taken from is a count of months, not a frame
    text = "En 7 de los 12 meses del año pasado llegaron más de 300 personas."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "es")][:2] == [(7, None), (12, "month")]


def test_the_article_un_is_a_count_of_one_after_at_least_beside_its_plural_or_in_a_list_of_peoples(nlp):
    text = "Son familias que tienen al menos un integrante residiendo en el extranjero."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(1, "at_least")]
    text = "El 40 % come dos comidas al día y el 3 % una comida."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es") if f.kind == "count"] == [(2, "comidas"), (1, "comida")]
    text = "Fueron devueltos 12 guatemaltecos, cuatro nicaragüenses y un venezolano."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (12, "guatemaltecos"), (4, "nicaragüenses"), (1, "venezolano")]
    # a bare article, or "al menos una vez", is no number
    text = "Hubo un aumento de 30 solicitudes; al menos una vez al mes se reúne un comité."
    assert [f.value for f in facts_in_text(text, nlp, "es")] == [30]


def test_an_english_share_before_a_copula_counts_its_set_not_the_predicate_noun(nlp):
    text = "Net arrivals came to 14,250 persons, of whom 61.4% were citizens of non-EU countries."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(14250, "persons"), (61.4, "persons")]
    text = ("Some 42.1 percent of the country's nurses were nationals, 50.3 percent were expatriates, and 7.6 percent "
            "were long-term residents.")
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["nurses", "nurses", "nurses"]
    text = "Of all returnees in the region, just under half are women."
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["returnees"]
    text = "Of the 3,000 people rescued, 1,200 were children."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(3000, "people"), (1200, "children")]


def test_a_part_before_out_of_counts_the_noun_its_total_writes(nlp):
    text = "Poland and Romania were the main countries of origin, as 2,415 out of 3,980 newcomers came from them."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2415, "newcomers"), (3980, "newcomers")]
    text = "Some 5 210 permits were issued, and 1 460 out of 2 300 renewal requests were approved."
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["permits", "renewal requests", "renewal requests"]


def test_an_irregular_participle_after_a_plural_noun_is_not_the_counted_head(nlp):
    text = "The number of work permits given to foreign nationals in 2019 came to 8,415."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(8415, "work permits")]


def test_french_thousands_cut_off_by_a_space_after_their_point_are_one_figure(nlp):
    text = "Selon l'agence, 312. 480 voyageurs sont entrés dans le pays, tandis que 290. 115 en sont sortis."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(312480, "voyageurs"), (290115, "voyageurs")]
    text = "Au premier trimestre : 2. 450 arrivées, puis 1. 390 au second."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [2450, 1390]


def test_french_thousands_cut_off_by_a_space_after_their_comma_alone_in_brackets_are_one_figure(nlp):
    text = "Les demandes ont progressé de 15 % par rapport à 2021 (642, 300), selon l'agence."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(15, None), (642300, "2021")]


def test_french_comma_and_space_before_a_scale_word_is_a_decimal_comma(nlp):
    text = "Les envois vers la région ont atteint 3, 172 milliards de dollars en 2019."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")] == [(3172000000, "USD")]


def test_french_last_business_years_after_a_frame_word_are_a_reference_period(nlp):
    text = "Le Sud a reçu 4 % des envois sur les trois derniers exercices comptables."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [4]
    text = "Au cours des deux premiers semestres, 1 250 dossiers ont été déposés."
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [1250]


def test_a_share_given_to_a_change_noun_by_a_participle_or_its_complement_is_that_change(nlp):
    text = "Les remises devraient fléchir l'an prochain, avec une croissance ramenée à 2,7 %."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(2.7, "increase")]
    text = "L'institut prévoit une croissance du volume de ces envois à 4,1 % sur l'année."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(4.1, "increase")]
    text = "Le rythme annuel moyen de progression des demandes a atteint 8,5 % entre 2015 et 2019."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(8.5, "increase")]
    # a change noun that is the complement of another noun gives no change to its share
    text = "La part de l'immigration dans la croissance atteint 61 %."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(61, None)]


def test_a_count_restating_a_change_after_soit_l_equivalent_de_is_that_change(nlp):
    text = "Le nombre d'inscrits a progressé de 6,4 %, soit l'équivalent de 31 250 personnes."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(6.4, "increase"), (31250, "increase")]


def test_a_count_in_brackets_after_a_share_and_its_word_of_change_restates_that_change(nlp):
    text = "Le pays a délivré 84 000 visas en 2019, soit 6 % de plus (4 750) qu'en 2018."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (84000, None), (6, "increase"), (4750, "increase")]


def test_avoisinant_les_before_a_figure_makes_it_approximate(nlp):
    text = "Le ministère prévoit une hausse avoisinant les 4 % l'an prochain."
    assert [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "fr")] == [(4, "approximate", "increase")]


def test_pass_and_top_as_verbs_before_a_figure_are_at_least(nlp):
    text = "By the end of March the count of asylum claims had probably passed 80,000."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(80000, "at_least")]
    text = "Seasonal worker arrivals set to top 2 million"
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(2000000, "at_least")]
    text = "Inflows from each of these five countries were topping $3 million last quarter."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")][-1] == (3000000, "at_least")
    text = "The assembly passed 4 bills on migrant labour."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(4, None)]


def test_a_span_of_time_with_an_adjective_before_its_unit_is_a_duration(nlp):
    text = "Arrivals rose in 2019 after three consecutive years of decline."
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "en")] == [(3, "other", "year")]
    text = "Permits are to be issued within ten working days."
    assert [(f.value, f.kind, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(10, "other", "day", "at_most")]
    text = "Applicants need two additional years of residence."
    assert [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "en")] == [(2, "other", "year")]


def test_just_short_of_before_a_figure_is_at_most(nlp):
    text = "Just short of 2 million visas were granted in 2019."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(2000000, "at_most")]
    text = "Arrivals ended the year some 4,000 short of the target."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")] == [(4000, "approximate")]


def test_french_bracketed_counts_after_ivorians_and_iraqis_count_those_peoples(nlp):
    from pipeline.evaluate import counted_head

    text = ("L'office a accordé en tout 41 200 titres aux réfugiés. Dans le détail, les Guinéens ont le plus "
            "bénéficié de ces titres avec 9 310 personnes, devant les Ivoiriens (4 025) et les Iraquiens (1 870).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")][1:] == [
        (9310, "personnes"), (4025, "ivoiriens"), (1870, "iraquiens")]


def test_a_french_people_in_ais_is_plural_so_its_bracketed_count_counts_it(nlp):
    from pipeline.evaluate import counted_head

    text = ("L'office a accordé en tout 41 200 titres aux réfugiés. Dans le détail, les Érythréens ont le plus "
            "bénéficié de ces titres avec 8 400 personnes, devant les Albanais (2 150) et les Bangladais (1 990).")
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")][1:] == [
        (8400, "personnes"), (2150, "albanais"), (1990, "bangladais")]


def test_a_french_change_after_ce_qui_equivaut_a_counts_the_count_before_it(nlp):
    from pipeline.evaluate import counted_head

    text = "L'an dernier, le pays a reçu 48 700 premières demandes, ce qui équivaut à une baisse de 6 % sur un an."
    assert [(f.value, counted_head(f.counted, "fr"), f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (48700, "demandes", None), (6, "demandes", "decrease")]


def test_a_french_level_reached_after_a_change_in_persons_counts_the_subject(nlp):
    from pipeline.evaluate import counted_head

    text = "Côté Etats tiers, l'émigration a gagné 2 340 personnes (+ 4,2 %) et atteint 58 110."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (2340, "personnes"), (4.2, "émigration"), (58110, "émigration")]
    text = "Pour les Etats tiers, ce solde a gagné 1 905 personnes et se monte à 24 300."
    assert [(f.value, counted_head(f.counted, "fr")) for f in facts_in_text(text, nlp, "fr")] == [
        (1905, "personnes"), (24300, "solde")]


def test_a_level_compared_with_after_a_bound_is_no_bound(nlp):
    # "superó los X" with a participle or "que habían" after X: X is the other level, exact
    text = "Los envíos de este año superaron los 4.210 millones de dólares que habían entrado en el mismo lapso de 2022."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(4210000000, None)]
    text = "Los emigrantes de la región superan los 31 millones contabilizados en el censo de 2010."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(31000000, None)]
    # a threshold with nothing of another time after it stays a bound
    text = "Los emigrantes de la región superan los 31 millones."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(31000000, "at_least")]


def test_a_forecast_verb_makes_the_figures_after_it_approximate(nlp):
    text = "Para 2026 se prevé que las solicitudes lleguen a 91.300 en total."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(91300, "approximate")]
    text = "El banco proyectó que los envíos crecerían a una tasa de 7,8% al cierre del año."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")] == [(7.8, "approximate")]


def test_a_plural_noun_with_a_participle_ending_before_a_preposition_is_still_counted(nlp):
    text = "La région compte 1 200 entreprises dans le bâtiment et 300 sociétés par département."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(1200, "entreprises"), (300, "sociétés")]


def test_an_acronym_and_a_plural_that_could_be_its_verb_are_what_is_counted(nlp):
    text = "Some 1,200 UN reports were published and 300 IMF forecasts were revised in 2020."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(1200, "UN reports"), (300, "IMF forecasts")]


def test_a_bounding_verb_separated_from_its_figure_by_an_adverb_or_a_date_is_at_least(nlp):
    text = "Le nombre d'étudiants étrangers inscrits au Canada dépasse désormais les 800 000, un record."
    assert [(f.value, f.qualifier, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(800000, "at_least", "étudiants")]
    text = "La population de la commune a fini par dépasser au 1er janvier 2020 les 45 000 habitants."
    assert [(f.value, f.qualifier, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(45000, "at_least", "2020-01-01")]
    text = "Selon le ministère, le nombre de visas délivrés pourrait excéder un million cette année."
    assert [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "fr")] == [(1000000, "at_least")]


def test_a_year_opened_by_prenons_s_agissant_de_or_au_recensement_dates_the_figures_after_it(nlp):
    text = "Prenons 2019 : 4 210 visas ont été refusés à Dakar ; c'est 12,5 % des 33 680 demandes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (4210, "2019"), (12.5, "2019"), (33680, "2019")]
    text = "S'agissant de 2025, le ministère prévoit une baisse de 3,5 % des premières demandes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(3.5, "2025")]
    text = "On dénombre au RP 2014, dans les ménages ordinaires, 1 254 300 personnes de nationalité étrangère."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(1254300, "2014")]


def test_a_year_set_aside_by_a_part_or_hormis_dates_no_figure(nlp):
    text = "Si l'on met à part l'année 2021, l'office traite plus de 12 000 dossiers par an depuis 2017."
    assert [(f.value, f.qualifier, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(12000, "at_least", None)]
    text = "Hormis en 2020, la région a accueilli environ 8 500 saisonniers chaque année."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(8500, None)]


def test_a_date_inside_a_dont_item_after_the_figure_dates_the_item_only(nlp):
    text = "La préfecture délivre quelque 9 000 titres par an depuis 2018, dont 2 350 cartes pluriannuelles en 2024."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(9000, None), (2350, "2024")]
    text = "La préfecture a délivré 9 000 titres, dont 2 350 cartes pluriannuelles, en 2024."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(9000, "2024"), (2350, "2024")]


def test_a_variation_linked_to_a_figure_after_its_article_is_that_change(nlp):
    text = "Así, la variación anual alcanza el 4,25%."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(4.25, "variación", "increase")]
    text = "En marzo la variación mensual se situó en el -1,3%."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(1.3, "variación", "decrease")]


def test_a_total_by_way_of_a_purpose_counts_what_the_purpose_names(nlp):
    text = "Guatemala captó en 2019 un total de US$10,508.3 millones por concepto de remesas familiares, con un alza de 13.1%."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")][-1] == (13.1, "remesas familiares", "increase")


def test_a_change_after_an_amount_counts_its_purpose_past_a_date(nlp):
    text = "Nicaragua recibió 1.320,5 millones de dólares entre abril y junio de 2023 en concepto de remesas, un 4,2 % más que un año antes."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")][1] == (4.2, "remesas", "increase")


def test_a_change_paired_with_an_amount_in_brackets_counts_the_noun_whose_change_is_named(nlp):
    text = ("En el semestre destacó el aumento de los envíos procedentes de Canadá (+US$ 52.1 millones; +12.4%), así como "
            "desde Italia (+US$8.3 millones; +6.9%), frente a la baja de las remesas llegadas desde Chile (-US$ 2.2 millones; -4.1%).")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es") if f.kind == "percent"]
    assert got == [(12.4, "envíos", "increase"), (6.9, "envíos", "increase"), (4.1, "remesas", "decrease")]


def test_a_share_in_brackets_after_a_change_count_and_where_it_happened_restates_that_change(nlp):
    text = "Frente a 2020, hubo un aumento de 12.410 afiliados en Régimen Especial Agrario (6,3%)."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es") if f.value != 2020]
    assert got == [(12410, "afiliados", "increase"), (6.3, "afiliados", "increase")]


def test_counts_bracketed_after_places_after_a_compared_with_opener_count_the_subject(nlp):
    text = "Compared with the first quarter, asylum applications have risen by 20% in Greece (12,400) and 9% in Malta (1,150)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (20, "asylum applications"), (12400, "asylum applications"), (9, "asylum applications"),
        (1150, "asylum applications")]
    text = ("Compared with March 2021, when transfers totalled $ 2.1 billion, April's remittances were up by "
            "$ 150 million or 7.1 percent.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][-1] == (7.1, "remittances")


def test_counts_bracketed_after_places_named_as_destinations_of_a_set_count_that_set(nlp):
    text = "The destinations most often chosen by seasonal workers from Moldova were Poland (3,100), then Germany (2,400)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(3100, "workers"), (2400, "workers")]
    text = "Kenya still trails the main destination countries for nurses in 2019: Canada (4,210), Ireland (2,730)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(4210, "nurses"), (2730, "nurses")]


def test_counts_given_for_places_of_member_noun_groups_count_the_members(nlp):
    text = "Other sizeable refugee groups had arrived from Eritrea (2,300) and Sudan (1,150)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2300, "refugees"), (1150, "refugees")]
    text = "Other large age groups had been born in Lithuania (1,572)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(1572, "large age groups")]


def test_a_percent_change_by_which_a_share_of_a_set_moves_counts_the_share(nlp):
    text = "Against 2020, the proportion of seasonal workers rose by 12% this year, while the proportion of students dropped by 4%."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (12, "proportion", "increase"), (4, "proportion", "decrease")]
    text = "The share of women among new arrivals rose to 48% in 2021."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(48, "new arrivals")]


def test_counts_after_nationals_named_as_examples_count_the_clause_subject(nlp):
    text = "Citizens of several Central Asian countries lodged more claims, for example Tajiks (2 100) and Uzbeks (870)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(2100, "Citizens"), (870, "Citizens")]
    text = "In contrast, requests dropped among several South American nationalities, among them Peruvians (1 400) and Chileans (310)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(1400, "requests"), (310, "requests")]


def test_spanish_people_level_and_change_of_a_bare_numero_de_set_count_the_set(nlp):
    text = "En el último semestre, el número de estudiantes creció en 8.315 personas, hasta 91.240."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (8315, "estudiantes", "increase"), (91240, "estudiantes", None)]
    text = "El número de refugiados que tienen permiso de trabajo alcanzó 48.330 personas en marzo."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(48330, "refugiados")]
    text = "En el último semestre, el número de residentes extranjeros creció en 8.315 personas."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(8315, "personas")]


def test_spanish_bare_figures_after_a_topic_take_the_noun_of_an_earlier_figure_not_the_topic(nlp):
    text = ("En cuanto a los estudiantes, los países más representados fueron Italia (con 3.200 matrículas), "
            "Francia (2.900) y Portugal (1.100).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (3200, "matrículas"), (2900, "matrículas"), (1100, "matrículas")]
    text = "En cuanto a los estudiantes, llegaron al país 5.400 jóvenes en marzo, un 12% más que en febrero."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(5400, "jóvenes"), (12, "jóvenes")]
    text = "En cuanto a los estudiantes, llegaron 5.400 en marzo."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(5400, "estudiantes")]


def test_spanish_count_after_a_gapped_copula_counts_its_own_noun(nlp):
    text = "Del grupo atendido, 4.120 eran adultos y 1.380, adolescentes."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(4120, "adultos"), (1380, "adolescentes")]
    text = "Del grupo atendido, 4.120 eran adultos y 1.380 en 2019."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:2] == [(4120, "adultos"), (1380, "adultos")]


def test_a_change_whose_singular_subject_is_modified_by_a_plural_noun_counts_the_subject(nlp):
    text = "Though the outflow of seasonal labourers during the spring months has shrunk by 38 per cent, arrivals held up."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")][0] == (38, "outflow", "decrease")
    text = "Money sent by short-term domestic helpers also grew, climbing 5.2 percent over the quarter."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [(5.2, "Money", "increase")]


def test_counts_before_a_bare_in_or_out_name_no_noun_unless_a_sibling_names_one(nlp):
    text = "The net inflow from Samoa over the year came to 812 (640) – 4,105 in (3,950), 3293 out (3310)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (812, "net inflow"), (640, "net inflow"), (4105, None), (3950, None), (3293, None), (3310, None)]
    text = "The office counted 52 400 persons arriving in the region in 2019 and 31 700 leaving."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(52400, "persons"), (31700, "persons")]


def test_a_figure_after_ahead_of_and_a_group_counts_the_group_not_ahead(nlp):
    text = "Syrians made up the largest group of new residents, with 41,000, ahead of Eritreans at 17,500."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][-1] == (17500, "Eritreans")


def test_a_figure_read_as_counting_numbers_counts_the_people_the_numbers_are_of(nlp):
    text = "Seasonal labourer numbers fell by 6.1 per cent over the season."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(6.1, "labourers")]
    text = "Much of the rise came from the Nepalese, whose numbers went up 14.2 percent from 2019."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][0] == (14.2, "Nepalese")
    text = "Similarly, numbers of Bolivians without a permit saw a 9.5 percent jump as well."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [(9.5, "Bolivians")]


def test_a_level_named_with_the_same_months_of_a_year_takes_that_year(nlp):
    text = ("Over the first eight months of 2021, migrant workers sent home $7.4 billion, against $6.9 billion "
            "recorded in the same period of 2020.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(7400000000, "2021"), (6900000000, "2020")]
    text = ("From about NGN 80.2 billion ($2.1bn) in January-March 2014, transfers climbed to NGN 95.5 billion "
            "($2.5bn) over the same months of 2015, the central bank said.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.unit == "USD"] == [
        (2100000000, "2014"), (2500000000, "2015")]
    text = "Since 1 March 2022, 41,300 migrants have returned home, a 12% increase on the same period in 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(41300, None), (12, None)]


def test_a_span_of_months_with_its_year_dates_its_figure_after_over_or_the_months_of(nlp):
    text = "Migrant transfers pass US$2,500 million over February–June 2023"
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(2500000000, "2023")]
    text = "Transfers received between the months of March and July 2021 came to US$1,830.4 million."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(1830400000, "2021")]


def test_a_change_after_a_count_framed_by_a_duration_is_that_counts_change(nlp):
    text = "Este mes el consulado gana 48.305 inscritos nuevos en un año, un 5,2% más."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es") if f.kind != "other"] == [
        (48305, "inscritos", "increase"), (5.2, "inscritos", "increase")]


def test_a_change_after_a_count_of_people_from_a_list_of_places_is_that_counts_change(nlp):
    text = "Unos 41.200 solicitantes de Cuba, Haití y Nicaragua entraron en 2022 por la frontera norte, un 17 % más que en 2021."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (41200, "solicitantes", None), (17, "solicitantes", "increase")]


def test_a_change_after_tras_beside_a_count_is_that_counts_change(nlp):
    text = "A finales de junio sumaban 310.400 personas, tras un aumento interanual del 4,1 por ciento."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (310400, "personas", None), (4.1, "personas", "increase")]


def test_shares_given_with_con_after_a_first_share_that_names_its_set_count_that_set(nlp):
    text = ("La provincia que más solicitudes tramita es Pichincha, con el 38,5%; a continuación figuran Guayas con el 21,2%, "
            "El Oro con un 9,8% y las demás provincias reúnen el 30,5%.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")][:3] == [
        (38.5, "solicitudes"), (21.2, "solicitudes"), (9.8, "solicitudes")]


def test_a_sentence_opening_on_a_bare_change_noun_counts_that_change(nlp):
    text = "Economic growth in 2024, the minister noted, reaches about three percent."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [(3, "growth", "increase")]
    text = "Remittance growth in 2019 reached 9 percent."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [(9, "growth", "increase")]


def test_a_change_going_on_from_a_level_with_no_set_before_it_counts_the_level(nlp):
    text = "The island's population stood at 412,300 at the end of June 2021, the statistics office says, having grown by 2% on a year before."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (412300, "population", None), (2, "population", "increase")]


def test_a_subject_with_a_participle_dated_by_a_year_counts_its_plural_noun(nlp):
    text = "Samoa's total private remittances recorded in 2019 had grown by 6.4 per cent on the year before."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (6.4, "private remittances", "increase")]


def test_a_change_after_an_opener_split_at_its_apostrophe_counts_the_clause_subject(nlp):
    text = ("D'après l'office des statistiques, les envois des expatriés ont atteint 9,4 milliards de dinars en 2022, "
            "ce qui représente une progression de 6,2 %.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][-1] == (6.2, "envois")
    text = "D’après la banque centrale, les flux venus d'Europe ont reculé de 3,1% en 2021."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(3.1, "flux")]


def test_a_bare_share_opening_its_sentence_before_a_verb_counts_the_set_just_counted(nlp):
    text = ("On recense environ 250.000 ivoiriens vivant à l'étranger. Près de 52% résident en France, "
            "31% se trouvent au Burkina Faso et l'Italie en accueille 4%.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (250000, "ivoiriens"), (52, "ivoiriens"), (31, "ivoiriens"), (4, "ivoiriens")]
    text = "Les nouveaux diplômés quittent souvent la région. De fait, 41 % d'entre eux travaillaient déjà ailleurs."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(41, "diplômés")]


def test_a_bracketed_count_after_a_share_of_the_total_counts_the_subject(nlp):
    text = "En 2021, les visas de travail ont formé près d'un quart du total (48 200), un niveau inédit."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][1] == (48200, "visas")
    text = "Ces demandes représentent en 2022 la moitié du total (12.310)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")][1] == (12310, "demandes")


def test_a_change_after_a_count_with_an_adjective_before_its_noun_counts_the_count_noun(nlp):
    text = "Le service a délivré 8 420 autorisations aux saisonniers, une forte augmentation de 14,5% sur un an."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(8420, "autorisations"), (14.5, "autorisations")]


def test_days_of_a_day_span_a_day_after_its_weekday_and_a_capitalised_month_are_dates_not_facts(nlp):
    text = "Some 14,200 returnees crossed at the border points between 11-17 May 2022."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [14200]
    text = "Weekly flash update (3-9 October 2023): 870 people moved on."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [870]
    text = "The agency published its yearly migration figures on Thursday (12), showing 3,400 arrivals."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [3400]
    text = "UPDATED OCT 21, 2019, 6:30 PM. The island received 2,150 migrants."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [2150]


def test_a_bracketed_figure_printed_against_the_next_word_is_read(nlp):
    text = "The main destinations were Canada (31,200),Italy (18,700) and Spain (9,400)."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [31200, 18700, 9400]
    text = "Arrivals were spread over farming (4,120) and fishing (388).-Reuters"
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [4120, 388]


def test_rupiah_glued_to_its_figure_is_read_as_money(nlp):
    text = "Workers placed abroad sent home Rp42.3 trillion last year."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(42.3e12, "IDR")]
    text = "A caregiver in Taiwan earns about Rp12 million a month."
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == [(12e6, "IDR")]


def test_a_dash_printed_against_a_closing_scale_word_leaves_the_figure_whole(nlp):
    text = "Of all refugees worldwide – 12 million- live in camps."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [12e6]
    text = "A 4 million-euro programme was launched."
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [4e6]


def test_a_french_opening_span_of_months_is_no_set_a_change_counts_its_subject(nlp):
    text = "Sur les trois mois écoulés, les retours forcés ont donc fléchi de 8,5%, d'après la préfecture."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [
        (8.5, "retours", "decrease")]


def test_a_french_set_opening_with_a_decimal_size_or_a_size_in_words_counts_its_noun(nlp):
    text = "Sur les plus de 4,2 millions d'habitants recensés, 18% sont nés à l'étranger et 82% en Belgique."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [
        (18, "habitants"), (82, "habitants")]
    text = "Parmi les cinq nationalités les plus représentées, quatre viennent d'Afrique de l'Ouest."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(5, "nationalités"), (4, "nationalités")]


def test_a_french_subject_runs_past_paired_adjectives_and_a_place_of_departure(nlp):
    text = "En 2020, les montants reçus par les ménages à revenu modeste ou intermédiaire ont augmenté de 6 % sur un an."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [(6, "montants")]
    text = "Les départs de bateaux depuis les plages libyennes ont baissé de 17% entre mars et juin."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"] == [(17, "départs")]


def test_a_french_bracketed_share_after_a_large_majority_of_a_group_counts_the_group(nlp):
    text = "D'après l'enquête, une large majorité des réfugiés interrogés (76,4%) vivent aujourd'hui en ville."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(76.4, "réfugiés interrogés")]


def test_a_french_bracketed_change_after_a_qualified_change_noun_counts_its_set(nlp):
    text = "Le bilan fait état d'une hausse sensible des titres délivrés (+12,4%) sur l'année écoulée."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [(12.4, "titres délivrés", "increase")]


def test_a_french_opening_on_the_same_period_is_no_set_an_elliptical_count_keeps_its_noun(nlp):
    text = "Sur la même période, la préfecture a traité 8 410 recours, contre 7205 en 2019."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(8410, "recours"), (7205, "recours")]


def test_a_french_bracketed_change_after_a_person_named_after_a_preposition_is_no_group(nlp):
    text = "En 2019, 95 000 visas ont été accordés, contre 80 000 visas par an sous Jean Dupont (+ 19 %) et 88 000 par an sous Marc Durand (+ 9 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (95000, "visas"), (80000, "visas"), (19, "visas"), (88000, "visas"), (9, "visas")]


def test_a_pronoun_for_the_set_of_the_sentence_before_counts_that_set(nlp):
    text = ("Last year 52,300 seasonal workers came to the region, or 6.1 percent of its labour force. "
            "About 41 percent of them are from Morocco (21,400).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][2:] == [
        (41, "seasonal workers"), (21400, "seasonal workers")]
    text = ("In 2022, 612,400 first-time asylum applicants applied in the bloc. After a low point in 2020 (298 600), "
            "their number has grown for two years in a row.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][1] == (298600, "first-time asylum applicants")
    text = ("Some 1.2 million migrant workers are abroad, and a record 410,000 are employed in Qatar. "
            "He said 65 per cent of them are women.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")][2] == (65, None)


def test_a_french_change_restating_two_dated_levels_covers_the_span_between_their_years(nlp):
    text = "En 2019, l'office a traité 18.400 dossiers, contre 15.200 en 2018, ce qui représente une hausse de 21 %."
    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")] == [
        (18400, "2019", None, None), (15200, "2018", None, None), (21, None, 2018, 2019)]
    text = "Les envois ont atteint 84,2 milliards de dirhams en 2021, face à 70,1 milliards pour l'année 2020, soit une progression de 20,1 %."
    assert [(f.value, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")][-1] == (20.1, 2020, 2021)


def test_a_french_change_spelled_out_by_a_dated_movement_takes_its_two_years(nlp):
    text = "Les titres délivrés ont bondi, passant de 120 en 2014 à 310 en 2019 (+158,3%)."
    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")][-1] == (
        158.3, None, 2014, 2019)
    text = "Les dossiers suivis voient leur nombre croître de 15% passant de 1 400 en 2017 à 1 610 en 2018."
    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")][0] == (
        15, None, 2017, 2018)


def test_a_french_movement_figure_grouped_by_spaces_keeps_its_own_date_after_an_opening_year(nlp):
    text = "En 2020, le nombre de déplacés a bondi, passant de 41 600 fin 2019 à 2,3 millions fin 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (41600, "2019-12-31"), (2.3e6, "2020-12-31")]


def test_a_french_month_after_an_elided_au_cours_d_dates_the_sentence(nlp):
    text = "Au cours d'avril 2021, 1240 demandes ont été déposées dans le canton."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(1240, "2021-04")]


def test_a_change_followed_by_en_and_a_set_counts_that_set(nlp):
    text = "El censo anota una subida del 4,2 por ciento en la población extranjera de la provincia."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == [(4.2, "población", "increase")]
    text = "Entre 2015 y 2020 hubo un alza de 7% en el total de refugiados y de 3% en el de solicitantes de asilo."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(7, "refugiados"), (3, "solicitantes")]
    text = "Los envíos crecieron 6%, por un alza de 4% en el número de giros y otro de 1,5% en el monto de la remesa media."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(6, "envíos"), (4, "giros"), (1.5, "remesa")]
    text = "Las remesas crecieron un 5% en el mismo periodo de 2019."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(5, "remesas")]


def test_a_signed_bracket_after_a_count_stated_as_a_change_counts_that_count_noun(nlp):
    text = "Los rumanos son el colectivo que más crece, con 12.480 cotizantes más que el ejercicio anterior (+6,3%)."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == \
        [(12480, "cotizantes", "increase"), (6.3, "cotizantes", "increase")]
    text = "En mayo hubo 2.050 ocupados extranjeros menos que los contados en abril (-1,4%), según el ministerio."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")] == \
        [(2050, "ocupados", "decrease"), (1.4, "ocupados", "decrease")]


def test_a_change_in_an_apposition_naming_the_amount_counts_nothing(nlp):
    text = "En abril los hogares recibieron 1.310 millones de dólares, monto superior en 3,8% al del mismo mes de 2021."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")][1] == (3.8, None, "increase")
    text = "Durante 2019 llegaron 640 millones de dólares en remesas, una cifra menor en 1,2% a la del año previo."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")][1] == (1.2, None, "decrease")


def test_a_share_opening_a_relative_of_a_part_counts_the_antecedent_over_the_predicate(nlp):
    text = "En marzo se registraron 1.240 solicitantes, de los cuales un 42 % eran mujeres."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(1240, "solicitantes"), (42, "solicitantes")]
    text = "El albergue atendió a 530 personas, de las cuales el 18 % fueron niños."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(530, "personas"), (18, "personas")]


def test_a_header_column_of_a_run_of_months_with_its_year_gives_its_cells_that_span(nlp):
    text = ("Titulaires de visas par type et par année\n"
            "Type de visa 2021 mars - juin 2022\n"
            "Visas étudiants 12 480 9 315\n"
            "Visas de travail 4 120 2 016\n")
    assert [(f.value, f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")] == [
        (12480, "2021", None, None), (9315, None, 2022, 2022), (4120, "2021", None, None), (2016, None, 2022, 2022)]
    text = "Asylum applications by country\nCountry 2019 Jan-Jun 2020\nSyria 1,204 655\nIraq 980 412\n"
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == [
        (1204, "2019", None), (655, None, 2020), (980, "2019", None), (412, None, 2020)]


def test_a_caption_opening_on_a_place_and_a_dash_counts_its_noun_and_a_dashed_total_its_set(nlp):
    text = ("Belgique - Titulaires de visas selon le motif, 2021\n"
            "Motif 2020 2021\n"
            "Ensemble des titulaires 8 410 9 120\n"
            "Total - Titulaires mineurs 1 230 1 415\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (8410, "Titulaires de visas", "2020"), (9120, "Titulaires de visas", "2021"),
        (1230, "Titulaires mineurs", "2020"), (1415, "Titulaires mineurs", "2021")]


def test_a_caption_naming_a_topic_then_after_a_colon_its_set_counts_the_set_in_category_rows(nlp):
    text = ("Arcadie - Visas de séjour du consulat : titulaires ventilés par volet et par année "
            "d'entrée en vigueur du visa, 2021 - juin 2022\n"
            "Volet 2021 mars - juin 2022\n"
            "Volet agricole 12 480 9 315\n"
            "Accord de mobilité 4 120 2 016\n")
    assert [(f.value, f.counted.split()[0]) for f in facts_in_text(text, nlp, "fr")] == [
        (12480, "titulaires"), (9315, "titulaires"), (4120, "titulaires"), (2016, "titulaires")]


def test_a_row_under_a_two_column_header_keeps_its_two_cells_and_no_number_opens_on_a_zero_group(nlp):
    text = ("Titulaires de visas par volet\n"
            "Volet 2021 2022\n"
            "Volet agricole 12 480 9 315\n"
            "Aides à domicile 310 245\n"
            "Accord de mobilité 2 064 870\n")
    assert [f.value for f in facts_in_text(text, nlp, "fr")] == [12480, 9315, 310, 245, 2064, 870]


def test_the_level_of_the_same_month_a_year_before_takes_the_month_named_before(nlp):
    text = ("En julio pasado, los hogares recibieron 1.850 millones de dólares, un monto superior en 6,3% al "
            "captado en igual mes de 2022, cuando se situó en 1.740 millones de dólares.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == \
        [(1850e6, None), (6.3, None), (1740e6, "2022-07")]
    text = "En abril pasado, la remesa media fue de 402 dólares, frente a los 385 dólares de igual mes de 2022."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(402, None), (385, "2022-04")]


def test_a_year_after_este_dates_its_clause_as_en_este_does(nlp):
    text = "Este 2023 han llegado 3.415 personas, un 12,4% más que en 2022, cuando llegaron 3.038."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(3415, "2023"), (12.4, "2023"), (3038, "2022")]
    text = "Entre enero y abril de este 2023 se concedieron 1.210 permisos de residencia."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(1210, "2023")]


def test_al_terminar_a_year_gives_its_last_day_and_a_yearless_past_day_stops_it(nlp):
    text = "Al terminar 2019 el país acogía a 2,1 millones de personas desplazadas."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2.1e6, "2019-12-31")]
    text = "Si al terminar 2012 eran unos 380.000 residentes, el pasado 31 de marzo ya sumaban 512.400."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(380000, "2012-12-31"), (512400, None)]


def test_a_multiple_of_a_dated_level_compared_with_takes_not_its_year(nlp):
    text = "Las solicitudes sumaron 8.930, el triple de las presentadas en 2019."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(8930, None), (3, None)]
    text = "En 2021 llegaron 2.310 trabajadores, una cifra que duplica los 1.150 del año anterior."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(2310, "2021"), (2, "2021"), (1150, None)]


def test_a_when_aside_set_off_by_a_dash_dates_its_level(nlp):
    text = "El envío medio fue de 395 dólares, un 4,2 % más que en 2022 -cuando fue de 379 dólares-."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")][-1] == (379, "2022")


def test_a_change_verb_in_the_clause_its_span_of_years_opens_dates_each_level(nlp):
    text = "The survey found that between 2015 and 2020 the number of seasonal workers rose from 41,000 to 58,000."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")] == \
        [(41000, "2015", None), (58000, "2020", None)]
    text = "From 2014 to 2019, 3,200 more households joined, so the rate climbed from 4.5 to 5.1 per thousand."
    assert [(f.value, f.as_of, f.period_start) for f in facts_in_text(text, nlp, "en")][1:] == \
        [(4.5, None, 2014), (5.1, None, 2014)]


def test_a_definite_count_of_a_fixed_set_of_states_takes_no_date_but_a_ranked_set_does(nlp):
    text = "In the third quarter of 2016 the 19 member states of the eurozone received 88,400 applications."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(19, None), (88400, "2016")]
    text = "During 2019 some 61,000 claims were lodged in the 31 reporting countries."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(61000, "2019"), (31, None)]
    text = "In 2018, the four countries sending the most students were China, India, Nigeria and Brazil."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(4, "2018")]


def test_over_and_a_year_opening_the_sentence_dates_it_but_over_a_year_later_compares(nlp):
    text = "Over 2019 the number of asylum seekers from Eritrea showed growth of 2 400."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(2400, "2019")]
    text = "Over 2021 as a whole, arrivals came to 15,200."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(15200, "2021")]
    text = "Arrivals came to 15,200, an increase of 1,300 over 2020."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(15200, None), (1300, None)]


def test_a_possessive_year_dates_the_figures_of_what_it_owns(nlp):
    text = "Of March 2021's arrivals, Syria accounted for 14.2 per cent and Iraq for 6.5 per cent."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(14.2, "2021-03"), (6.5, "2021-03")]
    text = "The bank put 2018’s total inflows at $3.1 billion."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(3.1e9, "2018")]


def test_days_of_one_month_closing_the_sentence_after_its_figure_date_it(nlp):
    text = "Monitors counted 4,310 returnees at the crossing points between 9-15 March 2022."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(4310, "2022-03")]
    text = "Between 9-15 March 2022, monitors counted 4,310 returnees."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(4310, "2022-03")]


def test_a_clause_after_comma_yet_takes_no_date_from_the_clause_before(nlp):
    text = "Police logged 2,840 cases in 2022, yet some 9,000 victims are thought to go unreported."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")] == [(2840, "2022"), (9000, None)]


def test_a_bare_count_after_a_count_that_only_frames_the_one_before_goes_on_with_that_one(nlp):
    text = "Las islas recibieron a 2.410 migrantes a bordo de 83 cayucos, mientras que un año antes habían llegado 930."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[930] == "migrantes" and got[83] == "cayucos"
    text = ("In the first half of 2020 some 48,300 asylum claims were lodged in the 31 countries surveyed, about as many"
            " as in the first half of 2019 (47,900).")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[47900].split()[-1] == "claims"
    text = "Environ 86 000 demandes ont été déposées dans ces 12 pays, et le total pourrait dépasser 150 000 en fin d'année."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[150000].split()[0] == "demandes"


def test_a_bare_figure_past_a_comma_an_aside_or_its_set_pronoun_counts_its_copula_noun_and_stays_a_part(nlp):
    text = "Los hijos de extranjeros suman 88 mil 420 personas, y el resto, 12 mil 305, son descendientes de nacionales."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[12305] == "descendientes"
    text = "Los menores registrados suman 5.120 en la provincia: 2.610 de ellos son niñas y 2.510, niños."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert (got[2610], got[2510]) == ("niñas", "niños")
    text = "In 2015 there were 244 million migrants; 150 million of them were workers."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[150e6] == "workers"
    text = "Most displaced people – 40 million – live in their own country; 9 million, by contrast, are refugees."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[9e6] == "refugees"
    text = ("Provisional arrivals were up 900 to 45,600 in the year. The top source countries for arrivals were:\n\n"
            "Fiji (4,100 – 2,300 of which were Fijian citizens) Samoa (3,200) Tonga (1,900).")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[2300] == "Fijian citizens" and got[3200].split()[-1] == "arrivals" and got[1900].split()[-1] == "arrivals"


def test_a_list_going_on_after_a_count_of_nationalities_keeps_the_set_those_nationalities_were_of(nlp):
    text = ("Au Luxembourg, les Érythréens (1.940), les Syriens (1.310) et les Irakiens (520) étaient les trois premières "
            "nationalités d'origine des demandeurs d'asile l'an dernier. Suivent les Albanais (410) et les Kosovars (380).")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[410].split()[0] == "demandeurs" and got[380].split()[0] == "demandeurs"


def test_a_bare_count_after_a_count_of_places_behind_an_adjective_goes_on_with_the_count_before(nlp):
    text = "Le Canada a accueilli à lui seul 420 000 nouveaux résidents permanents, les trois autres pays entre 90 000 et 150 000 chacun."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[90000] == "nouveaux résidents" and got[3] == "autres pays"


def test_a_share_or_change_against_an_elided_level_named_by_its_year_takes_not_that_year(nlp):
    text = ("Este año se tramitaron 48.300 expedientes, la mitad de los presentados en 2021. "
            "Las llegadas superan en 5.120 personas las que se registraron en el año 2015. "
            "El total crece un 8,4% al que se anotó de enero a junio de 2020 y un 3,2% al contabilizado entre julio y septiembre de 2019.")
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "es")}
    assert got[48300] is None and got[50] is None and got[5120] is None and got[8.4] is None and got[3.2] is None


def test_a_people_in_ese_as_a_subject_is_what_its_figure_counts_not_a_place(nlp):
    text = "Registered Portuguese came to 41,250 at the end of the year."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[41250].split()[-1] == "Portuguese"
    text = "The Lebanese totalled 8,900, while Sudanese numbered 3,120."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert (got[8900], got[3120]) == ("Lebanese", "Sudanese")


def test_a_verb_in_s_before_the_set_is_not_the_first_plural_noun_of_a_sentence(nlp):
    text = "The central bank also notes transfers coming from Canada, in the order of 3.9%."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "en")}
    assert got[3.9] == "transfers"


def test_an_adjective_before_a_place_name_is_no_counted_noun(nlp):
    text = ("De los 620 detenidos en la frontera, 31 venían de Nicaragua, 58 de la vecina Honduras y 12 de Panamá.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[58] == "detenidos" and got[12] == "detenidos"
    text = "Respecto de la vecina Guatemala, el flujo creció 12,4 % en marzo frente al año anterior."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[12.4] == "flujo"


def test_a_share_of_a_set_named_by_parte_counts_the_set_not_parte(nlp):
    text = "Según el registro, la mayor parte de los solicitantes africanos acabó en el régimen temporal: 48.215."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[48215] == "solicitantes"
    text = "El informe señala que buena parte de la población encuestada trabaja en el comercio: más del 62 % lo hace sin contrato."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got[62] == "población"


def test_a_figure_of_this_year_next_year_or_last_month_in_its_own_phrase_takes_no_other_date(nlp):
    text = "Registered foreign workers went down from 912,400 at the end of 2019 to 884,150 in May of this year."
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "en")}
    assert got[912400] == "2019-12-31" and got[884150] is None
    text = "Some 3 million people will need food aid next year, says the Humanitarian Outlook for 2024."
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "en")}
    assert got[3e6] is None
    text = "The 2024 total is a 12 per cent rise on the arrivals for this year, of 51,000."
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "en")}
    assert got[12] == "2024"
    text = "Departures topped 8,000 in 2019, 9,000 in each of the two years after and came to 9,870 last month."
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "en")}
    assert got[8000] == "2019" and got[9870] is None


def test_a_month_or_a_year_before_a_bracketed_change_is_a_time_not_what_the_change_counts(nlp):
    text = ("Les envois vers l'Asie centrale ont encore baissé pour la troisième année consécutive (-4,2 %), "
            "surtout à cause du recul des versements venus de Russie.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[4.2] == "envois"
    text = ("En mars 2024, 2840 demandes de protection ont été déposées, soit 212 de plus qu'en février (+8,1 %) "
            "et 95 de moins qu'un an auparavant.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[8.1] == "demandes" and got[212] == "demandes"


def test_a_lone_adjective_after_a_bracket_qualifies_the_group_of_the_bracket_before(nlp):
    text = ("Le souhait de partir est fréquent chez les personnes veuves (22,5%), retraitées (18,3%) et isolées (61,2%), "
            "mais bien plus rare chez les couples.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert [got[v].split()[0] for v in (22.5, 18.3, 61.2)] == ["personnes", "personnes", "personnes"]
    text = "Malgré une hausse nette des permis demandés (+42,6%) et délivrés (+ 39,8%), le niveau reste bas."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[39.8].split()[0] == "permis"


def test_a_day_before_a_lower_case_month_abbreviation_in_a_news_agency_dateline_is_no_fact(nlp):
    text = "Bogotá, 21 mar (EFE).- Colombia acogía a finales de 2022 a 2,48 millones de migrantes venezolanos."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert 21 not in got and got[2.48e6] == "migrantes"
    text = "Sevilla, 4 may (EFE).- Andalucía recibió en abril 1.204 solicitudes de asilo."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert 4 not in got and 1204 in got


def test_one_per_cent_spelled_as_a_word_is_a_share_of_one(nlp):
    text = "En Cantabria el descenso apenas pasó del uno por ciento en el año."
    got = {f.value: f.kind for f in facts_in_text(text, nlp, "es")}
    assert got[1] == "percent"


def test_exceeding_or_not_exceeding_a_singular_figure_bounds_it(nlp):
    text = "La proporción de solicitantes menores supera el 12% del total."
    got = {f.value: f.qualifier for f in facts_in_text(text, nlp, "es")}
    assert got[12] == "at_least"
    text = "En 2010 la tasa de rechazo no superaba el 35% de las peticiones."
    got = {f.value: f.qualifier for f in facts_in_text(text, nlp, "es")}
    assert got[35] == "at_most"


def test_a_view_counter_set_off_by_a_bar_and_a_labelled_vote_counter_are_page_furniture(nlp):
    text = "Leído 2.518 veces | Enviar | Comentar"
    assert not facts_in_text(text, nlp, "es")
    text = "Valoración Media: 0 Votos: 0"
    assert not facts_in_text(text, nlp, "es")


def test_a_day_of_this_month_after_dia_is_a_date(nlp):
    text = "Según el balance cerrado el pasado día 14 de este mes, fueron retornadas 2.310 personas."
    got = {f.value for f in facts_in_text(text, nlp, "es")}
    assert 14 not in got and 2310 in got


def test_breadcrumbs_and_byline_view_counters_are_page_furniture(nlp):
    text = ("Radio 7 > Monde > Migrations\n"
            "Mis en ligne le 4 mars 2021 | Vues : 3 518\n"
            "Consulté 2 906 fois | Imprimer\n"
            "Le pays a enregistré 12 400 demandes d'asile en 2020.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got == {12400: "demandes"}
    text = ("Info 12\n"
            "Accueil > Société > Diaspora\n"
            "Le consulat a délivré 8 300 passeports.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got == {8300: "passeports"}


def test_milles_spelled_with_an_s_is_the_scale_of_thousands(nlp):
    text = "Dans les pays du Golfe, où résident quelque 150 milles marocains, les envois ont progressé de 3,1%."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert got[150000] == "marocains" and 150 not in got


def test_a_day_with_its_ordinal_suffix_set_apart_by_a_space_is_a_date(nlp):
    text = "Au 1 er juillet, la commune comptait environ 8 700 habitants étrangers."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "fr")}
    assert list(got) == [8700]


def test_measure_noun_before_numbers_in_s_takes_es_plural(nlp):
    # "Bus numbers" are the buses, not "Buss"; "worker numbers" stay the workers
    text = "Bus numbers dropped by 3.3 per cent in 2020. Worker numbers fell 2 percent."
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == ["Buses", "Workers"]


def test_the_text_of_a_doc_is_joined_once_and_kept(nlp):
    # Doc.text joins every token anew on each call; the rules read the text kept with the Doc
    from pipeline.read.context import text_of
    doc = nlp["en"]("Remittances rose 7.3 percent to $589 billion.")
    first = text_of(doc)
    assert first == "Remittances rose 7.3 percent to $589 billion." and text_of(doc) is first


def test_a_spanish_ranking_that_goes_on_names_places_not_the_set_before(nlp):
    # "Le siguen Lima (8.410) ...": the places ranked after the first name no counted set (Spanish labels: empty)
    text = ("Tacna es la provincia donde vive la mayor comunidad boliviana, con 12.730 bolivianos. "
            "Le siguen Lima (8.410), Arequipa (5.226) y Puno (3.118).")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got == {12730: "bolivianos", 8410: None, 5226: None, 3118: None}


def test_items_of_a_ranking_by_the_most_of_a_thing_without_con_count_that_thing(nlp):
    # "..., Sonora sumó mil 210, Sinaloa 980": items after the first "con" name their place (and verb) only
    text = ("Jalisco fue el estado con más retornos registrados con dos mil 530, seguido por Puebla con mil 870; "
            "después Sonora sumó mil 210, Sinaloa 980 y Nayarit 415 jornaleros.")
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got == {2530: "retornos", 1870: "retornos", 1210: "retornos", 980: "retornos", 415: "jornaleros"}


def test_entidades_are_a_set_of_places_in_a_ranking(nlp):
    # "la lista de entidades con más X ... con N": the Mexican states ranked, not what the figure counts
    text = "Zacatecas encabezó la lista de entidades con más retornos registrados con mil 940."
    got = {f.value: f.counted for f in facts_in_text(text, nlp, "es")}
    assert got == {1940: "retornos"}


def test_a_level_of_the_same_period_of_a_year_compared_with_takes_that_year(nlp):
    # "contre N sur la même période de YEAR": the level of the time compared with; a change measured against it, or a
    # fiscal year written in two ("2019/2020"), takes no date from it
    text = ("Les douanes ont saisi 4.120 colis sur les six premiers mois de l'année, contre 3.870 sur la même période "
            "de 2021.")
    assert {f.value: f.as_of for f in facts_in_text(text, nlp, "fr")} == {4120: None, 3870: "2021"}
    text = "Les départs ont bondi de 41 % par rapport à la même période de 2019."
    assert [f.as_of for f in facts_in_text(text, nlp, "fr")] == [None]
    text = "Les envois ont atteint 2,3 Mds$, contre 2,1 Mds$ pendant la même période de 2019/2020."
    got = {f.value: (f.as_of, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "fr")}
    assert got[2100000000] == (None, 2019, 2020)


def test_a_date_restating_a_relative_time_compared_with_dates_no_change(nlp):
    # "N de plus qu'un an plus tôt, en mars 2021": the date names again the time compared with; the changes keep the
    # sentence's own date, and a level of that time ("face à N un an plus tôt, en 2021") still takes it
    text = ("En mars 2022, 2 410 visas ont été délivrés, soit 120 de moins qu'en février (-4,7 %) et 215 de plus qu'un an "
            "plus tôt, en mars 2021.")
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "fr")}
    assert got == {2410: "2022-03", 120: "2022-03", 4.7: "2022-03", 215: "2022-03"}
    text = "Les recettes ont atteint 96 milliards de dirhams, face à 91,4 milliards de dirhams un an plus tôt, en 2021."
    assert {f.value: f.as_of for f in facts_in_text(text, nlp, "fr")}[91400000000] == "2021"


def test_a_line_ending_in_a_colon_after_a_list_leads_a_list_of_its_own(nlp):
    # the first lead's year dates its items; a line ending in a colon after the last item leads a list of its own, whose
    # items take no year from the lead before them nor from the lead of a list after them
    text = ("Les réfugiés accueillis en 2019 ont pour pays d'origine les pays que voici:\n"
            "- Syrie : 1 240 (31,0 %)\n"
            "- Érythrée : 860 (21,5 %)\n"
            "Du côté de la langue:\n"
            "- 2 150 (53,8 %) parlent seulement l'arabe\n"
            "- 1 850 (46,2 %) parlent l'arabe et le français\n"
            "L'Office a aussi publié le 3 mai, dans sa note annuelle, les chiffres des naissances survenues en France en 2019:\n"
            "- 41 200 naissances\n")
    got = {f.value: f.as_of for f in facts_in_text(text, nlp, "fr") if f.value != 41200}
    assert got == {1240: "2019", 31.0: "2019", 860: "2019", 21.5: "2019", 2150: None, 53.8: None, 1850: None, 46.2: None}


def test_a_french_rate_named_before_its_bracketed_share_is_what_the_share_measures(nlp):
    # "taux" is a rate noun: a share bracketed after "le taux de ..." is the rate, not the set "parmi" names;
    # a bracket after the predicate of a plural copula is the predicate's
    text = "Parmi les salariés de 20 à 59 ans, le taux de chômage (7,4 %) a baissé."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(20, "ans"), (7.4, "taux")]
    text = "Les régions qui affichent le taux de retour le plus bas sont les Cyclades (12 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(12, "Cyclades")]


def test_a_french_figure_after_the_count_that_opens_its_bracket_counts_that_count_noun(nlp):
    # "(530 dossiers, -96)": the second figure names nothing and is the first's change, not the subject's
    text = ("Les familles qui ont déposé un dossier venaient surtout du Pérou (530 dossiers, -96) "
            "et du Chili (212 dossiers, 17 de plus qu'en mai).")
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (530, "dossiers", None), (96, "dossiers", "decrease"), (212, "dossiers", None), (17, "dossiers", "increase")]


def test_a_french_demonstrative_set_names_what_the_listed_places_brackets_count(nlp):
    # "ces étudiants" takes up the set the places' clause speaks of, over the plural noun met before it
    text = ("Lors de la rencontre organisée par le service des bourses, la directrice a indiqué que ces étudiants "
            "venaient de pays comme le Gabon (64) et le Tchad (21).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(64, "étudiants"), (21, "étudiants")]


def test_a_french_change_a_demonstrative_opens_the_sentence_on_counts_the_signed_shares_after_it(nlp):
    # "Cette baisse touche ... les étudiants (-12 %)": each bracketed share is a part of that change, not of the group
    text = "Cette baisse touche surtout les étudiants boursiers (-12 %) et les salariés (-4 %)."
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (12, "baisse", "decrease"), (4, "baisse", "decrease")]


def test_a_share_restating_a_count_alone_in_its_bracket_counts_what_the_count_counts(nlp):
    # the bracket holds one count and its restatement after "or": both are of one set, a change's sign and all
    text = ("France granted the most student visas in 2020 (41 200, or double its 2019 number), "
            "then Spain (22 300, or +18%) and Italy (9 100, or 6%).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind != "other"]
    assert got == [(41200, "visas"), (22300, "visas"), (18, "visas"), (9100, "visas"), (6, "visas")]


def test_a_bracketed_change_after_a_changed_count_counts_what_the_count_counts(nlp):
    # the change in brackets restates the count's change, in the second clause as in the first
    text = "Visas issued rose by 4,000 (8.1%) to 54,000, and refusals fell by 1,500 (12.5%) to 10,500."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4000, "Visas"), (8.1, "Visas"), (54000, "Visas"), (1500, "refusals"), (12.5, "refusals"),
                   (10500, "refusals")]


def test_a_change_compared_with_a_time_whose_when_clause_counts_a_set_counts_that_set(nlp):
    # the "when" clause names what changed; a figure word there names nothing
    text = ("That is a rise of 2,400 on the previous year, when 18,600 work permits were granted. "
            "It was a fall of 9 per cent on 2019, when the figure stood at 7,100.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2400, "work permits"), (18600, "work permits"), (9, None), (7100, "figure")]


def test_bare_bracketed_list_item_after_money_takes_its_scale_though_given_a_noun(nlp):
    # a noun the sentence gave a bare item elsewhere ("les cinq pays") does not keep it from the money of the item before
    text = "Parmi les cinq pays, on compte : le Ghana (12 milliards de dollars), le Togo (7), le Bénin (3)."
    got = {f.value: (f.kind, f.unit) for f in facts_in_text(text, nlp, "fr")}
    assert got == {5: ("count", None), 12e9: ("money", "USD"), 7e9: ("money", "USD"), 3e9: ("money", "USD")}


def test_a_spelled_part_with_its_noun_before_out_of_or_sur_is_a_share(nlp):
    # the part's noun stands between the part and its whole: "one X out of N", "un X d'Y ... sur N"
    got = [(f.value, f.kind, f.counted) for f in facts_in_text("Only one teacher out of 40 left the region.", nlp, "en")]
    assert got == [(2.5, "percent", "teacher")]
    got = [(f.value, f.kind) for f in facts_in_text("Un travailleur d'origine étrangère sur cinq vit à Genève.", nlp, "fr")]
    assert got == [(20.0, "percent")]


def test_spanish_movement_start_level_takes_not_the_end_date(nlp):
    # "bajó de X a Y en 2021": the date after the end level is the end's; the start level, moved from, takes none
    text = "La tasa de rechazo bajó de más del 40% a menos del 25% en 2021."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(40, None), (25, "2021")]


def test_spanish_contrast_clause_date_dates_its_own_figures_only(nlp):
    # "..., mientras que en 2020 ...", "(mientras que en 2019 ...)": the later clause's date is not the figure's before it
    text = ("Las remesas llegaron a 3.100 millones de dólares, mientras que en 2020 fueron 2.700 millones. "
            "El padrón sumó 52.300 extranjeros (mientras que en 2019 eran 48.100).")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (3.1e9, None), (2.7e9, "2020"), (52300, None), (48100, "2019")]


def test_spanish_age_bound_of_a_group_takes_no_date(nlp):
    # "los menores de 16 años": an age bound marking out a group is of no date; the group's figures keep the sentence's
    text = "En 2021 los menores de 18 años sumaron 3.400 personas."
    assert [(f.value, f.unit, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (18, "years old", None), (3400, None, "2021")]


def test_spanish_year_as_subject_of_a_reflexive_or_starting_verb_dates_its_figures(nlp):
    # "2021 se cerró con ...", "2024 arranca con ...": the year the sentence is about, even after an opening phrase
    text = "Tras la crisis, 2021 se cerró con 8.300 solicitudes de asilo. Según el informe, 2024 arranca con 1.200 solicitudes."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(8300, "2021"), (1200, "2024")]


def test_a_french_change_restricted_by_ne_que_is_still_a_change(nlp):
    # "n'ont augmenté que de": the restricting "que" stands between the change verb and its "de"
    text = "Les arrivées n'ont progressé que de 2,5 % cette année. Les départs n'ont reculé que de 300 personnes."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(2.5, "increase"), (300, "decrease")]


def test_shares_in_brackets_after_the_next_groups_of_a_list_are_the_same_change(nlp):
    # the first group's bracketed share is a change (a change verb before a place); the next groups' shares follow it
    text = "En 2020 crecieron los afiliados rumanos en Madrid (3,1 %), los peruanos (2,2 %) y los chinos (1,4 %)."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3.1, "increase"), (2.2, "increase"), (1.4, "increase")]


def test_a_ranking_by_change_may_open_its_list_with_a_colon(nlp):
    # "donde más subieron ... fueron: X con N%": the colon opens the ranked items, each a change
    text = "Las provincias donde más subieron las llegadas fueron: Almería con 12,5% y Huelva con 9,1%."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12.5, "increase"), (9.1, "increase")]


def test_a_french_ranking_by_change_makes_its_items_changes(nlp):
    # "la hausse la plus forte ..., devant X (N)": a change noun ranked by "la plus", its listed figures are changes
    text = "Le Portugal affiche la hausse la plus forte, devant l'Autriche (6,2 %) et la Belgique (4,9 %)."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(6.2, "increase"), (4.9, "increase")]


def test_a_french_sign_written_as_a_word_before_a_share_is_a_change(nlp):
    # "moins 13%" after a colon, "(plus 80 %)" in a bracket: the word stands for the sign; "au moins" stays a bound
    text = "Expulsions : moins 7 %. Les visas ont progressé (plus 15 %). Au moins 20 % des demandes sont rejetées."
    got = [(f.value, f.change, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(7, "decrease", None), (15, "increase", None), (20, None, "at_least")]


def test_a_french_change_verb_parted_from_its_de_by_a_place(nlp):
    # "ont crû en France de 28,3%": the place between the change verb and its "de"
    text = "Les arrivées ont reculé au Portugal de 4 % et les départs ont progressé dans les Balkans de 12 %."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4, "decrease"), (12, "increase")]


def test_a_french_collapse_is_a_decrease(nlp):
    # "effondrement" names a fall as "chute" does, before its qualifier too; "se sont effondrées de" as "ont chuté de"
    text = "Les visas ont connu un effondrement de près de 30 % en 2020. Les arrivées se sont effondrées de 40 %."
    got = [(f.value, f.change, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(30, "decrease", "approximate"), (40, "decrease", None)]


def test_a_header_set_off_by_bars_wrapped_over_lines_above_its_rule_names_the_columns(nlp):
    # "Year | Residents" / "(on 1 January) |" / "Births | Deaths |" over "---|---|---|---|": one header of four
    # fields; a row whose last field no bar closes takes its names all the same
    text = ("Population of the island\n\n"
            "Year | Residents\n(on 1 January) |\nBirths | Deaths |\n---|---|---|---|\n"
            "2010 | 45 210 | 512 | 430 |\n2011 | 45 292 | 498\n")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(45210, "Residents", "2010"), (512, "Births", "2010"), (430, "Deaths", "2010"),
                   (45292, "Residents", "2011"), (498, "Births", "2011")]


def test_a_measure_with_its_scale_in_brackets_under_a_row_scales_that_row(nlp):
    # "Persons (In thousands)" between a row and a blank line names the row's unit; the shares below keep theirs
    text = ("Table 2  Seasonal workers abroad, by sex: 2019\n\n"
            "                     Both   Male  Female\n"
            "Seasonal workers       412    250     162\n"
            "   Persons (In thousands)\n\n"
            "Total                100.0  100.0   100.0\n")
    got = [(f.value, f.kind) for f in facts_in_text(text, nlp, "en")]
    assert got == [(412000, "count"), (250000, "count"), (162000, "count"),
                   (100, "percent"), (100, "percent"), (100, "percent")]


def test_a_row_labelled_by_a_kind_of_place_among_places_counts_what_they_count(nlp):
    # "Territorios 4.118" among the provinces' rows names a group of places, not what its figure counts
    text = ("En 1901 se contaron 61.530 pobladores, repartidos de este modo:\n\n"
            "  Tucumán   31.204\n  Salta   26.208\n  Territorios   4.118\n")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(61530, "pobladores"), (31204, "pobladores"), (26208, "pobladores"), (4118, "pobladores")]


def test_more_of_one_set_than_of_another_is_a_gap_not_a_change(nlp):
    # what "than" compares with is a verb or a bare plural noun: two sets, no change; a time keeps the change
    text = ("The agency says that 4,200 more workers left the island than arrived. "
            "The town counted some 900 more women than men. "
            "The region had 3,100 more asylum seekers than in 2021.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4200, None), (900, None), (3100, "increase")]


def test_a_count_whose_noun_a_comparative_follows_is_a_change_and_so_is_its_restatement(nlp):
    # "N persons fewer than in 2020" and "N, or P percent, more than the year before" are changes; "more than half"
    # after a count's noun is the bound of another figure, no change of the count
    text = ("Arrivals reached 14,800 last year, some 1,900 persons fewer than in 2020. "
            "Departures came to 9,400 last year, 1,100, or 13.2 percent, more than the year before. "
            "Residents of the two cities accounted for more than half of all arrivals.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(14800, None), (1900, "decrease"), (9400, None), (1100, "increase"), (13.2, "increase"),
                   (2, None), (50, None)]


def test_shares_in_brackets_after_the_places_a_change_verb_lists_past_its_own_words_are_changes(nlp):
    # the verb's words before the list may end on a comma, and "followed by" goes on the list
    text = ("Enrolments rose in all provinces, above all in Ontario (6.1 percent), "
            "followed by Quebec (4.2 percent) and Alberta (3.9 percent).")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(6.1, "increase"), (4.2, "increase"), (3.9, "increase")]


def test_a_figure_compared_with_that_a_relative_time_follows_is_of_that_time_though_its_thousands_are_spaced(nlp):
    # "up from a figure of 2 900 a year earlier": one figure, named as a figure, of the year before: no date given
    text = "At the start of 2021 the city had 4 300 refugees, up from a figure of 2 900 a year earlier."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4300, "2021-01-01"), (2900, None)]


def test_present_and_participle_forms_of_change_verbs_make_changes(nlp):
    # "jump by", "gaining", "dips by": the forms the other tenses of these verbs already had
    text = ("Visa refusals jump by as much as 40% in a year. "
            "The rupee was gaining 1.5 per cent against the euro. "
            "Student arrivals dips by 4% in May.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(40, "increase"), (1.5, "increase"), (4, "decrease")]


def test_the_amount_after_by_of_a_verb_that_changes_its_object_is_a_change(nlp):
    # the object stands between the verb and "by": "reduced the town's population by", "raised the quota ... by"
    text = ("Emigration reduced the town's population by 1,250 people last year. "
            "The ministry raised the quota for seasonal workers by 15%.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(1250, "decrease"), (15, "increase")]


def test_a_french_phrase_closed_by_de_is_no_aside_between_a_change_verb_and_its_de(nlp):
    # "en France de 28,3 %" is an aside of place; "en raison de", "dans le cadre de" are phrases of their own
    text = ("Les envois ont crû en France de 28,3 % en 2022. Les départs ont baissé en raison de 3 accords signés. "
            "Les admissions ont baissé dans le cadre de 2 programmes.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(28.3, "increase"), (3, None), (2, None)]


def test_a_clause_of_its_own_between_two_brackets_is_no_next_group_of_a_list(nlp):
    text = ("Arrivals rose in Italy (12%), Greece (8%) and the islands (5%). "
            "Unemployment rose in Madrid (4.4%), while the rate in Barcelona (12%) was stable.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12, "increase"), (8, "increase"), (5, "increase"), (4.4, "increase"), (12, None)]


def test_more_than_another_place_or_set_is_no_change_more_than_a_year_before_is(nlp):
    text = ("Italy registered 3,000 asylum seekers more than Spain in 2022. "
            "Sweden took in 40,000 refugees, or 12 percent, more than Germany. "
            "Almost 50,000 persons fewer than in 2015 applied for asylum.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3000, None), (40000, None), (12, None), (50000, "decrease")]


def test_a_minus_sign_garbled_by_an_encoding_slip_is_still_a_decrease(nlp):
    # U+2212 read as Windows-1252 ("âˆ’") or cut to its first byte ("â") by a stored copy's encoding
    from pipeline.ingest import normalise_pages

    text = normalise_pages(["Le solde migratoire du Portugal était de â175 422 en 1965, contre âˆ’55 534 en 1960."])[0]
    got = [(f.value, f.change, f.as_of, f.surface) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(175422, "decrease", "1965", "175 422"), (55534, "decrease", "1960", "55 534")]


def test_a_french_change_noun_dated_by_its_own_year_counts_itself(nlp):
    # an earlier change after "après", or one a participle records, with its own year; none without a year of its own
    text = ("Les visas accordés ont augmenté de 9 %, après une hausse de 4,1 % en 2019. "
            "Ce gain reste loin de la progression de 12 % observée en 2018. "
            "Les départs ont crû de 3 %, après un recul de 6 % l'année précédente.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(9, "visas", "increase"), (4.1, "hausse", "increase"), (12, "progression", "increase"),
                   (3, "départs", "increase"), (6, "départs", "decrease")]


def test_a_french_change_noun_opening_a_clause_after_ou_or_alors_que_is_the_figures_change(nlp):
    text = ("Les arrivées restent fortes en Crète, où la hausse atteint 104 %. "
            "Les départs sont stables, alors que la baisse s'établit à 12 % chez les étudiants.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(104, "hausse", "increase"), (12, "baisse", "decrease")]


def test_a_bare_french_fraction_then_its_digits_in_brackets_is_one_fact(nlp):
    # "un tiers (31 %)" is one fact, the digits' value over the whole span; a hedged fraction stays a fact of its own
    text = ("Les visas vont pour un tiers (31 %) aux étudiants. "
            "Près des trois quarts (72 %) des dossiers sont complets.")
    got = [(f.value, f.qualifier, f.surface) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(31, None, "un tiers (31 %)"), (75, "approximate", "Près des trois quarts"), (72, None, "72 %")]


def test_a_french_estimate_verb_before_a_is_a_hedge_and_leaves_its_object_counted(nlp):
    # "estime à" / "évalue à" before a figure hedge it, as "estimé à" does; "l'effectif des X" after it counts X
    text = ("Le ministère estime à 42 000 le nombre de saisonniers. "
            "On évalue à 2,5 millions l'effectif des étudiants étrangers.")
    got = [(f.value, f.counted, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(42000, "saisonniers", "approximate"), (2500000, "étudiants", "approximate")]


def test_a_french_verb_after_its_reflexive_pronoun_is_no_counted_noun(nlp):
    # "pour s'établir à": the walk back from the figure stops at "s'", and the verb after it names nothing
    text = "Les naturalisations ont progressé de 12 % en 2023, pour s'établir à 48 300."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(12, "naturalisations"), (48300, "naturalisations")]


def test_the_french_verb_porter_is_no_counted_noun(nlp):
    # "ce qui porte le total à": the verb, not the noun "porte"; the total counts what it totals
    text = "Près de 900 étudiants sont arrivés en mars, ce qui porte le total à 6 200."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(900, "étudiants"), (6200, "étudiants")]


def test_a_french_round_number_of_time_units_is_a_duration(nlp):
    # "une quinzaine de jours" is 15 days, approximate; "en l'espace d'une vingtaine d'années" frames a change (no fact)
    text = ("Le voyage vers les Canaries a duré une quinzaine de jours. "
            "Les demandes de visa ont triplé en l'espace d'une vingtaine d'années.")
    got = [(f.value, f.kind, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(15, "other", "day", "approximate"), (3, "other", "times", None)]


def test_a_french_span_of_elapsed_months_frames_the_figure(nlp):
    # "les neuf mois écoulés": the elapsed span sets the change in time, no duration fact
    text = "Sur les neuf mois écoulés, les demandes d'asile ont reculé de 7,5 %."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(7.5, "demandes", "decrease")]


def test_a_french_noun_of_a_multiple_is_a_multiple_but_not_the_adverb(nlp):
    # "un triplement de" / an opening "Doublement" are multiples; "doublement touchés" is an adverb, no figure
    text = ("Les arrivées ont connu un triplement de leur nombre. "
            "Doublement des visas en cinq ans. "
            "Les saisonniers sont doublement touchés par la crise.")
    got = [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3, "times"), (2, "times")]


def test_a_french_fraction_after_en_recul_is_a_change_of_the_count_before(nlp):
    # ", en recul des deux tiers": the fraction is a share by which the count before it fell
    text = "La Suède a reçu 21 000 demandes l'an dernier, en recul des deux tiers."
    got = [(f.value, f.kind, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(21000, "count", "demandes", None), (66.67, "percent", "demandes", "decrease")]


def test_a_comma_after_a_reference_word_closes_it_before_a_figure(nlp):
    # "l'OIT, trois sous-régions" / "(OIT), 4 pays": the figure counts its noun, it is no number of the reference
    text = ("Selon l'OIT, trois sous-régions accueillent la moitié des travailleurs migrants. "
            "D'après l'Organisation internationale du travail (OIT), 4 pays dominent.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3, "sous-régions"), (50, "travailleurs"), (4, "pays")]


def test_a_french_superlative_between_a_number_and_its_noun(nlp):
    # "les cinq plus grands bénéficiaires": the number counts the noun past "plus" and its adjective
    text = "Les quatre plus grands pays d'accueil ont reçu 60 % des demandes."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4, "grands pays"), (60, "demandes")]


def test_an_opening_quotation_mark_before_the_counted_noun_is_passed(nlp):
    text = "Près de 40 000 « travailleurs détachés » sont arrivés en 2022."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(40000, "travailleurs")]


def test_a_french_surplus_or_gain_of_a_count_is_an_increase(nlp):
    # "un excédent de", "le surplus naturel de", "un gain de": a balance said to be a gain, as "un solde positif de"
    text = ("Le canton a profité d'un excédent de 2 400 habitants. "
            "Le surplus naturel de 900 personnes reste faible. "
            "Un gain de 3 100 résidents a été relevé.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(2400, "habitants", "increase"), (900, "personnes", "increase"), (3100, "résidents", "increase")]


def test_a_french_change_verb_reaches_its_rate_past_a_un_rythme(nlp):
    # "ont crû à un rythme annuel moyen de": the verb's direction carries to the rate after its pace
    text = ("Les envois ont crû à un rythme annuel moyen de 6,1 %. "
            "Les départs ont reculé à un rythme de 2 % par an.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(6.1, "envois", "increase"), (2, "départs", "decrease")]


def test_a_plain_figure_of_a_bare_plural_noun_counts_that_noun(nlp):
    # no determiner after "of": the noun, with its adjective, is what the figure counts, not a part of a named set
    text = ("Last year 8,250 of seasonal workers left the farms. "
            "In 2022, 1,940 of asylum seekers were moved to the north.")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(8250, "seasonal workers", None), (1940, "asylum seekers", "2022")]


def test_a_change_reaches_its_figure_past_only_or_just_but_a_gap_short_of_a_level_is_no_change(nlp):
    text = ("Seasonal work permits rose by only 4 percent in 2021. "
            "Returns saw a drop of just 1,200 on the year. "
            "The quota was missed, falling just 300 short of the planned 9,000 places.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4, "increase"), (1200, "decrease"), (300, None), (9000, None)]


def test_a_change_noun_with_a_complement_as_subject_makes_its_figure_a_change_of_the_complement(nlp):
    # the complement names what changed; the figure after the subject's verb is the change
    text = ("In most provinces, the growth in seasonal arrivals was about 12 percent. "
            "The decline in student visas slowed to 4.5 percent in 2021.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12, "seasonal arrivals", "increase"), (4.5, "student visas", "decrease")]


def test_as_many_as_before_an_exact_count_is_no_bound_before_a_round_one_it_is(nlp):
    text = ("As many as 27,413 workers were placed in Taiwan. "
            "As many as 30,000 workers may be placed next year.")
    got = [(f.value, f.counted, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(27413, "workers", None), (30000, "workers", "at_most")]


def test_figures_after_a_passive_is_estimated_to_or_as_are_approximate(nlp):
    text = ("Seasonal arrivals are estimated to rise by 6% to 48,000 in 2025. "
            "The island's population is estimated as 12,700.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(6, "approximate"), (48000, "approximate"), (12700, "approximate")]


def test_of_them_and_a_plural_after_a_figure_set_off_by_a_dash_counts_that_plural(nlp):
    text = "Last year 1,820 asylum seekers – 640 of them minors – arrived on the islands."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(1820, "asylum seekers"), (640, "minors")]


def test_bracketed_figures_after_names_listed_by_a_clause_on_nationalities_count_the_nationalities(nlp):
    text = ("Of the migrants met at the border, the leading nationalities were Eritreans (31 percent), "
            "Sudanese (22 percent) and Malians (9 percent).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(31, "nationalities"), (22, "nationalities"), (9, "nationalities")]


def test_figures_ranked_by_how_fast_something_changed_are_changes(nlp):
    text = ("Seasonal arrivals grew fastest in the northern valleys, at 14.2 pct, with the coast next at 9.1 pct. "
            "Departures fell the most in the capital, with 12%.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(14.2, "increase"), (9.1, "increase"), (12, "decrease")]


def test_a_place_and_its_rank_word_after_a_change_make_the_next_figure_the_same_change(nlp):
    text = ("Visitor numbers rose 18% in the Alps, with the Jura next at 11%. "
            "The largest fall, 9% in Lyon (from 4,200 to 3,822), came ahead of Brittany, and Normandy followed, 6%.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(18, "increase"), (11, "increase"), (9, "decrease"), (6, "decrease")]


def test_an_extra_amount_added_to_a_level_is_an_increase(nlp):
    text = "The scheme will offer an extra 4,500 seasonal visas next year."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4500, "seasonal visas", "increase")]


def test_a_level_of_the_number_of_a_group_written_in_people_counts_the_group(nlp):
    text = "The number of Filipino nurses hired abroad in March 2022 stood at 2,417 people."
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2417, "nurses", "2022-03")]


def test_two_shares_given_respectively_of_one_whole_count_that_whole(nlp):
    text = "Nurses and carers made up 21 percent and 14 percent, respectively, of the foreign workforce."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(21, "foreign workforce"), (14, "foreign workforce")]


def test_a_share_a_set_pronoun_opens_after_a_dated_count_takes_its_date(nlp):
    text = "Net migration added to the population growth of 2021: 6,410 persons, of whom 58.2% were students."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(6410, "2021"), (58.2, "2021")]


def test_a_change_reaches_its_figure_past_a_frame_such_as_an_average_of(nlp):
    text = ("Monthly border crossings have fallen by an average of 14 percent. "
            "The stock of residents reached 8,140 (up by a net 312 on the year).")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(14, "decrease"), (8140, None), (312, "increase")]


def test_bounced_back_is_an_increase(nlp):
    text = "Tourist arrivals bounced back 11.2 per cent in 2022."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(11.2, "increase")]


def test_a_change_verb_before_below_or_above_crosses_a_level_but_by_under_is_an_amount(nlp):
    text = ("The monthly count of applications has dropped below 20,000. "
            "Seasonal arrivals fell by under 6% in 2021.")
    got = [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(20000, "at_most", None), (6, "at_most", "decrease")]


def test_exceed_surpass_and_go_past_the_bound_a_figure_from_below(nlp):
    text = ("Work permits could exceed 60,000 this year. "
            "Inflows are set to go past the $2bn mark.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(60000, "at_least"), (2000000000, "at_least")]


def test_in_the_order_of_before_a_figure_is_approximate(nlp):
    text = "Transfers from Italy came in the order of 3.9% of the total."
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3.9, "approximate")]


def test_a_share_and_its_restatement_set_off_by_commas_count_what_follows_their_of(nlp):
    text = "Three-quarters, or 74.8 percent, of all seasonal workers came from Morocco."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(75, "seasonal workers"), (74.8, "seasonal workers")]


def test_a_time_s_possessive_after_of_stands_for_a_determiner(nlp):
    text = ("About 12% of last year's seasonal workers came back. "
            "Some 2,300 of this year's arrivals were children.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12, "seasonal workers"), (2300, "arrivals")]


def test_a_group_named_by_a_participle_and_its_year_dates_its_figures_but_not_a_later_clause_with_its_own(nlp):
    # "los deportados de 2018" dates the figures about them; a clause opening on "en 2019" is of 2019; the first year
    # of a span ("los repatriados de 2015 a 2017") is no group's year
    text = ("De los deportados de 2018, el 72 % eran hombres, mientras que en 2019, el 65 % lo eran. "
            "De los repatriados de 2015 a 2017, el 40 % volvió a salir.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(72, "2018"), (65, "2019"), (40, None)]


def test_a_figure_followed_by_a_people_or_its_place_in_a_breakdown_by_origin_counts_the_set(nlp):
    # the demonym or the place after each figure names an origin: every item keeps the set an earlier item counted
    text = ("De los 900 expedientes abiertos, 300 correspondieron a peruanos, 200 a bolivianos, 150 chilenos y 90 de "
            "Ecuador. Del total, 80 fueron casos de personas cubanas, 40 haitianas y 12 venezolanas.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(900, "expedientes"), (300, "expedientes"), (200, "expedientes"), (150, "expedientes"),
                   (90, "expedientes"), (80, "casos"), (40, "casos"), (12, "casos")]


def test_a_year_set_back_after_de_is_a_duration_of_one_year(nlp):
    # "de un año antes", "de un año atrás": the time of a level compared with, a duration of 1 year
    text = "Este año llegaron 320 familias, frente a las 250 de un año antes. El envío medio superó los 300 dólares de un año atrás."
    got = [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")]
    assert got == [(320, "count", None), (250, "count", None), (1, "other", "year"), (300, "money", "USD"), (1, "other", "year")]


def test_a_spanish_bound_written_with_its_article_is_at_least(nlp):
    # "pasan de los", "superiores a los", "habían rebasado los", "por arriba de los": a lower bound, as "más de"
    text = ("Las solicitudes pasan de los 9.000 casos. Hubo meses con envíos superiores a los 300 millones de dólares. "
            "Los ingresos habían rebasado los 50 millones de dólares. La cifra quedó por arriba de los 2.000 casos.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(9000, "at_least"), (300000000, "at_least"), (50000000, "at_least"), (2000, "at_least")]


def test_a_spanish_de_with_two_years_joined_by_y_is_no_period(nlp):
    # "de 2018 y 2019" names two years; "de 2018 a 2019" and "entre 2018 y 2019" are periods
    text = ("Como en los informes de 2018 y 2019, el 40 % llegó en barco. "
            "Entre 2018 y 2019 llegaron 5.000 personas. De 2018 a 2019 salieron 3.000 personas.")
    got = [(f.value, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "es")]
    assert got == [(40, None, None), (5000, 2018, 2019), (3000, 2018, 2019)]


def test_an_elided_level_and_its_year_date_the_figure_that_gives_it(nlp):
    # "la de 2018 con 5.400", "la de 2020, que alcanzó 800": the level compared with, of that year; not the figure before
    text = ("En 2023 llegaron 6.100 personas, la mayor cifra después de la de 2018 con 5.400. "
            "Los envíos sumaron 900 millones de dólares, cantidad que supera a la de 2020, que alcanzó 800 millones de dólares.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(6100, "2023"), (5400, "2018"), (900000000, None), (800000000, "2020")]


def test_para_el_ano_dates_its_clause_as_para_does(nlp):
    text = "Para el año 2019 la proporción de hogares con remesas subió a 4.2%."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(4.2, "2019")]


def test_a_year_closed_with_a_figure_dates_it_at_the_year_end(nlp):
    text = "La región cerró 2019 con 2,1 millones de desplazados."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2100000, "2019-12-31")]


def test_a_full_date_in_the_figures_own_phrase_dates_it_over_the_sentences_first(nlp):
    text = ("La población creció en 5.000 personas en el primer trimestre de 2022, lo que la lleva a 1 de abril de 2022 "
            "a 900.000 habitantes.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(5000, "2022"), (900000, "2022-04-01")]


def test_a_movements_levels_after_two_months_joined_to_their_years_by_de_take_those_months(nlp):
    text = "El total bajó en 300 personas entre marzo de 2022 y junio de 2023, al pasar de 9.100 a 8.800."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(300, None), (9100, "2022-03"), (8800, "2023-06")]


def test_shares_of_other_groups_set_against_a_dated_share_take_its_date(nlp):
    text = "En 2020, las mujeres fueron el 45% de los detenidos, frente a un 40% de hombres y un 15% de menores."
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(45, "detenidos", "2020"), (40, "hombres", "2020"), (15, "menores", "2020")]


def test_a_date_in_a_bracket_after_a_figure_that_holds_a_figure_of_its_own_dates_that_one(nlp):
    text = ("Honduras, según el banco central, sumó hasta octubre de 2024 $5,400 millones, con un promedio mensual de "
            "$540 millones (y un récord en marzo de $610 millones), y cerraría el año con más.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got[:2] == [(5400000000, "2024-10"), (540000000, "2024-10")]


def test_a_percentage_just_before_a_movement_between_two_dated_levels_takes_neither_date(nlp):
    text = "Se registró una caída de 20 por ciento en las solicitudes, que bajaron de 500 casos atendidos en 2019, a 400 el año pasado."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(20, None), (500, "2019"), (400, None)]


def test_a_spanish_duration_takes_no_period_of_its_sentence(nlp):
    text = "Entre 2010 y 2020 la región pasó de recibir 300 retornados a 450 diez años más tarde."
    got = [(f.value, f.unit, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "es") if f.kind == "other"]
    assert got == [(10, "year", None, None)]


def test_a_year_named_as_what_the_subject_was_dates_the_figure_after_it(nlp):
    text = "El año con más llegadas fue 2019, con 8.200 personas."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(8200, "2019")]


def test_a_change_verb_reaches_its_figure_past_a_yearly_rate(nlp):
    text = "Seasonal work permits expanded at an annual rate of 4 per cent, and student visas grew at a yearly rate of 6 per cent."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4, "increase"), (6, "increase")]


def test_a_respective_pair_sharing_its_unit_shares_the_qualifier_of_its_first_figure(nlp):
    text = ("Canada and Australia took in nearly 31 and 18 thousand refugees respectively, while Chile and Peru "
            "received over 12 percent and 9 percent, respectively.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(31000, "approximate"), (18000, "approximate"), (12, "at_least"), (9, None)]


def test_a_growth_named_right_before_a_percentage_that_names_nothing_counts_itself(nlp):
    text = ("Cork is an exception that saw a growth of 2.4% over the year. "
            "Nepal saw strong remittance growth in 2021 (9%), while transfers to Bhutan rose 4%.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2.4, "growth", "increase"), (9, "growth", "increase"), (4, "transfers", "increase")]


def test_a_gain_of_people_in_a_sentence_on_a_net_balance_is_no_change(nlp):
    text = ("Last year the net migration gain held up in every county, with a gain of 3,100 in Kerry alone. "
            "Tromsø gained 850 people on balance from abroad. Bergen gained 400 residents in March.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3100, None), (850, None), (400, "increase")]


def test_up_to_a_month_or_year_after_a_figure_bounds_its_time_not_a_rise(nlp):
    text = "Transfers from the diaspora came to USD 840.5 million up to June 2022, against 5,100 arrivals up to 2021."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(840500000, None), (5100, None)]


def test_a_figure_after_a_gapped_by_takes_the_change_told_before_it(nlp):
    text = ("Student visas rose by 320 (4.1%), and work visas – by 150. "
            "Departures from Perth were down in May at 2210, and by 940 for the year.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(320, "increase"), (4.1, "increase"), (150, "increase"), (2210, None), (940, "decrease")]


def test_a_season_and_its_year_after_in_date_a_figure_by_the_year(nlp):
    text = "The survey counted 3,120 seasonal workers, against 2,870 seasonal workers in Spring 2021."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3120, None), (2870, "2021")]


def test_a_bound_word_before_a_figure_named_as_a_mark_bounds_it(nlp):
    text = "Seasonal permits stayed below the 40,000 mark, while the share of women was 8% below the 2019 level."
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(40000, "at_most"), (8, None)]


def test_a_spanish_plural_of_decades_or_semesters_is_a_span_of_years_or_months(nlp):
    text = ("En las últimas dos décadas la llegada de estudiantes creció mucho. "
            "La matrícula se recuperó tras cinco semestres seguidos de caídas.")
    got = [(f.value, f.kind, f.unit, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(30, "other", "month", "semestres")]


def test_a_spanish_span_of_months_called_iniciales_or_finales_frames_the_figure(nlp):
    text = "En los tres meses iniciales del año llegaron 4.500 solicitudes, y en los dos meses finales, 2.100."
    got = [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")]
    assert got == [(4500, "count"), (2100, "count")]


def test_a_spelled_spanish_zero_opens_an_age_range(nlp):
    text = "Los niños atendidos se reparten en dos tramos: los de cero a 5 años y los de 6 a 12 años."
    got = [(f.value, f.value_max, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2, None, "count", None), (0, 5, "other", "years old"), (6, 12, "other", "years old")]


def test_spanish_por_encima_de_with_its_article_bounds_a_figure_and_un_aproximado_de_hedges_it(nlp):
    text = ("La matrícula quedó por encima de los 12.000 alumnos. "
            "La tasa se mantiene por encima del 4 %. "
            "Se calcula un aproximado de 800 becas, acercándose a las 900 del año anterior.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12000, "at_least"), (4, "at_least"), (800, "approximate"), (900, "approximate")]


def test_a_spanish_fraction_before_a_verb_known_by_its_ending_is_a_share(nlp):
    text = "La oficina atendió 8.000 solicitudes, de las cuales dos tercios eligieron la vía digital."
    got = [(f.value, f.kind, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(8000, "count", "solicitudes"), (66.67, "percent", "solicitudes")]


def test_two_spanish_figures_joined_by_o_before_a_unit_are_one_range(nlp):
    text = "Hace 3 ó 4 años el trámite tardaba dos o tres semanas."
    got = [(f.value, f.value_max, f.unit, f.surface) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3, 4, "year", "3 ó 4 años"), (2, 3, "week", "dos o tres semanas")]


def test_spanish_rebaja_bajada_recorte_and_ascenso_are_change_nouns(nlp):
    text = ("El presupuesto sufrió un recorte del 12% en becas. "
            "La matrícula tuvo una bajada del 3% y luego un ascenso del 4% en el curso siguiente.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12, "decrease"), (3, "decrease"), (4, "increase")]


def test_a_spanish_change_noun_subject_after_cuando_makes_its_level_a_change(nlp):
    text = "La matrícula subió un 9 % este curso, frente al curso anterior, cuando la variación llegó a 2 por ciento."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got[-1] == (2, "variación", "increase")


def test_a_spanish_change_noun_after_se_observa_counts_itself_and_otro_de_repeats_it(nlp):
    text = "Entre enero y junio se observa un descenso de 12 por ciento y otro de 7 por ciento en el semestre siguiente."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12, "descenso", "decrease"), (7, "descenso", "decrease")]


def test_spanish_el_millon_after_superar_or_rozar_is_a_bounded_million(nlp):
    text = "Las matrículas podrían superar el millón este curso. Los visados llegaron a rozar el millón de trámites."
    got = [(f.value, f.qualifier, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(1000000, "at_least", "matrículas"), (1000000, "approximate", "trámites")]


def test_a_french_share_followed_by_the_group_it_is_measured_in_counts_that_group(nlp):
    text = ("L'envie de partir reste forte : elle touche 44 % chez les étudiants, contre 18 % parmi les retraités, "
            "et le taux de chômage atteint 12 % chez les jeunes.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(44, "étudiants"), (18, "retraités"), (12, "taux")]


def test_a_french_passive_participle_after_a_copula_is_no_counted_noun(nlp):
    text = "Parmi ces familles, 140 étaient suivies par la commune et 60 étaient accueillies par des proches."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(140, "familles"), (60, "familles")]


def test_a_french_sentence_opened_on_a_side_gives_its_noun_to_the_figures_of_places(nlp):
    text = "Côté émigration récente : le Canada (38%), devant la Belgique (21%) et la Suisse (9%)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(38, "émigration"), (21, "émigration"), (9, "émigration")]


def test_french_immigrants_and_foreigners_hold_an_age_range_after_de(nlp):
    text = "Parmi les étrangers de 20 à 39 ans, 45 % travaillent."
    got = [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr") if f.kind == "other"]
    assert got == [(20, "years old")]


def test_a_band_of_years_alone_in_brackets_is_an_age_band(nlp):
    text = "Le chômage touche surtout les jeunes (18-25 ans) et les seniors (55-64 ans)."
    got = [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(18, 25, "years old"), (55, 64, "years old")]


def test_a_french_pronoun_standing_for_a_figures_noun_counts_that_noun(nlp):
    text = "La plus grosse part revient aux titres pour motif familial (9 200), suivis de ceux des saisonniers (7 800)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(9200, "titres"), (7800, "titres")]
    text = "Le nombre de Maliens a doublé, jusqu'à 4 100, tandis que celui des Guinéens a triplé (2 900)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "count"]
    assert got == [(4100, "Maliens"), (2900, "Guinéens")]


def test_a_french_figure_d_entre_eux_counts_the_set_its_sentence_opened_on(nlp):
    text = "Les saisonniers agricoles forment 8 % de la main-d'œuvre ; la moitié d’entre eux viennent du Maroc."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(8, "main-d'œuvre"), (50, "saisonniers")]


def test_a_french_topic_keeps_its_pronoun_past_a_relative_aside(nlp):
    text = "Quant à l'immigration de travail, qui reste la première source de visas, elle a reculé (- 4 %)."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(4, "immigration")]
    text = "Quant aux prévisions de la banque, publiées en mars, elles tablent sur une hausse de 3 % des envois."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [(3, "envois")]


def test_a_french_year_opened_by_debut_is_its_first_day_unless_a_span_starts_there(nlp):
    text = "Début 2018, les étrangers formaient 47 % de la population. Depuis début 2019, 3 200 personnes sont arrivées."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(47, "2018-01-01"), (3200, None)]


def test_a_spanish_parallel_clause_on_another_group_counts_that_group(nlp):
    text = "Entre los afiliados, las mujeres son un 38% y los hombres el 62%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(38, "mujeres"), (62, "hombres")]
    text = "Un 48 % de los jóvenes migrantes estudia, con diferencias: niñas (51 %) frente a niños (45 %)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(48, "jóvenes"), (51, "niñas"), (45, "niños")]
    text = "El número de hombres, 12.400, fue mayor que el de mujeres, 9.800."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(12400, "hombres"), (9800, "mujeres")]


def test_spanish_shares_of_places_count_the_whole_a_share_noun_names(nlp):
    text = "Las provincias Norte (31,2%) y Sur (8,4%) son las que reúnen el mayor porcentaje de población inmigrante."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(31.2, "población"), (8.4, "población")]
    text = "La zona Centro concentra la porción más grande de la población extranjera, con un 40,5%, y tras ella viene Oeste, con un 9,1%."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(40.5, "población"), (9.1, "población")]


def test_a_spanish_change_after_lo_cual_counts_the_figure_before_not_the_verb(nlp):
    text = "En marzo llegaron al país 12 mil 300 migrantes, lo cual supone un aumento de 21.4 por ciento."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12300, "migrantes", None), (21.4, "migrantes", "increase")]
    text = "Según el banco, estas remesas sumaron US$312 millones, lo cual supone un alza del 7,2% frente a 2019."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(312000000, "USD", None), (7.2, "remesas", "increase")]


def test_a_spanish_change_after_a_reported_amount_counts_the_reported_clause_subject(nlp):
    text = ("El banco central dio a conocer que en abril de 2024 las remesas recibidas llegaron a US$845,2 millones, "
            "lo que equivale a un aumento del 6.3 % frente a abril de 2023.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(845200000, "USD", None), (6.3, "remesas", "increase")]


def test_a_spanish_count_with_no_noun_counts_the_plural_set_its_sentence_opens_on(nlp):
    text = ("En cuanto a aprobaciones de asilo, el país las concedió sobre todo a estas nacionalidades: "
            "la siria (812), la afgana (95) y la iraquí (40).")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (812, "aprobaciones"), (95, "aprobaciones"), (40, "aprobaciones")]


def test_spanish_bare_decimals_labelled_after_a_percentage_are_percentages(nlp):
    text = "El origen más frecuente es Cuba, con 31.2 por ciento, seguida por Haití, con 18.5; Perú, 7.4, y Chile, 2.9."
    got = [(f.value, f.kind, f.unit) for f in facts_in_text(text, nlp, "es")]
    assert got == [(31.2, "percent", "%"), (18.5, "percent", "%"), (7.4, "percent", "%"), (2.9, "percent", "%")]


def test_spanish_en_lo_que_va_de_a_year_dates_the_figure_by_that_year(nlp):
    text = "Las autoridades contabilizan 815 rescates de migrantes en lo que va de 2023."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(815, "2023")]


def test_a_spanish_year_opening_a_sentence_dates_the_clause_a_verb_reports_after_que(nlp):
    text = "Para 2026, el banco proyecta que las remesas superarán los US$8.200 millones."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(8200000000, "2026")]
    text = "En 2022, la agencia informó que los envíos sumaron 640 millones de dólares."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(640000000, "2022")]


def test_a_spanish_plural_verb_right_after_a_figure_is_no_counted_noun(nlp):
    text = "Ya obtuvieron el permiso 48.000 colombianos, y otros 12.500 esperan una cita."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(48000, "colombianos"), (12500, "colombianos")]


def test_a_spanish_count_opened_by_otros_counts_the_last_count_that_named_its_noun(nlp):
    text = "La oficina entregó 8.400 permisos a los trabajadores del campo, y otros 2.100 siguen pendientes."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(8400, "permisos"), (2100, "permisos")]


def test_a_spanish_time_frame_before_a_figure_is_no_counted_set(nlp):
    text = "A finales de 2021 sumaban ya 48.300."
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(48300, None, "2021-12-31")]


def test_a_spanish_reparto_of_a_set_counts_the_set(nlp):
    text = "En 2021, el reparto de las solicitudes según origen: 12,400 de Cuba; 3,150 desde Haití."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(12400, "solicitudes"), (3150, "solicitudes")]


def test_a_spanish_date_inside_an_unquoted_report_title_dates_nothing(nlp):
    text = ("Los valles del Norte (41,5%) y del Sur (9,2%) concentran a la población inmigrante, según el estudio "
            "Proyección de residentes extranjeros al 30 de junio de 2019 del instituto.")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(41.5, None), (9.2, None)]
    text = 'Los valles del Norte (41,5%) y del Sur (9,2%), según el informe "Residentes extranjeros" al 30 de junio de 2019.'
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(41.5, "2019-06-30"), (9.2, "2019-06-30")]


def test_a_spanish_sentence_naming_a_year_of_its_own_does_not_go_on_with_the_set_before(nlp):
    text = ("En 2018, el reparto de los permisos según país: 7,210 de Bolivia y 2,930 de Paraguay. "
            "Para 2019, 8,115 de Bolivia y 3,040 de Paraguay.")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (7210, "permisos", "2018"), (2930, "permisos", "2018"), (8115, None, "2019"), (3040, None, "2019")]


def test_a_spanish_presentadas_after_a_figure_is_a_participle_not_what_is_counted(nlp):
    text = "Fueron 9.410, el 12% de las 78.400 presentadas en toda la región."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [(9410, None), (12, None), (78400, None)]


def test_a_spanish_figure_between_a_plural_article_and_a_participle_does_not_go_on_with_the_set_before(nlp):
    text = ("En total, 2.150 personas obtuvieron asilo y 910 la protección temporal. "
            "De las 18.300 otorgadas por arraigo, 17.950 fueron para peruanos.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (2150, "personas"), (910, "personas"), (18300, None), (17950, None)]


def test_a_spanish_plural_adjective_after_a_figure_is_no_counted_noun(nlp):
    text = "Se dictaron 9.120 resoluciones; de Ecuador, 2.310, de ellas 1.850 negativas; de Bolivia, 940."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (9120, "resoluciones"), (2310, "resoluciones"), (1850, "resoluciones"), (940, "resoluciones")]


def test_a_spanish_clitic_se_after_a_figure_is_no_counted_noun(nlp):
    text = "Se dictaron 5.400 resoluciones; de Chile, 930, entre las que 610 se aprobaron, y de Perú, 480."
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (5400, "resoluciones"), (930, "resoluciones"), (610, "resoluciones"), (480, "resoluciones")]


def test_a_french_duration_after_depuis_frames_the_figures_unless_it_bounds_a_stay(nlp):
    text = ("Depuis 12 ans, la part des départs recule. Le chiffre est inédit depuis vingt ans. "
            "Les envois progressent sans interruption depuis une dizaine d'années. "
            "Un tiers des réfugiés vivent au Liban depuis six ans au moins.")
    got = [(f.value, f.unit, f.qualifier) for f in facts_in_text(text, nlp, "fr") if f.kind == "other"]
    assert got == [(6, "year", "at_least")]


def test_a_fraction_written_with_a_slash_before_of_or_after_an_article_is_a_share(nlp):
    text = "Sur les 4 200 visas délivrés, les 2/3 vont à des étudiants et 1/4 des demandes reste en attente."
    got = [(f.value, f.kind, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4200, "count", "visas"), (66.67, "percent", "visas"), (25, "percent", "demandes")]


def test_a_french_hyphenated_fraction_before_a_negated_verb_is_a_share_of_its_antecedent(nlp):
    text = "Le pays compte 90 000 réfugiés, dont les trois-quarts ne sont pas scolarisés."
    got = [(f.value, f.kind, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(90000, "count", "réfugiés"), (75, "percent", "réfugiés")]


def test_a_french_share_after_ranked_nationals_counts_the_whole_of_the_share_before(nlp):
    text = ("Les Belges forment 31,5 % de la population étrangère. Ils devancent les Roumains (12,2 %), puis les "
            "Polonais (8,4 %). Viennent ensuite les Grecs avec 5,1 %. Le chômage recule chez les Syriens (-4,2 %).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    whole = "population étrangère"
    assert got == [(31.5, whole), (12.2, whole), (8.4, whole), (5.1, whole), (4.2, "chômage")]


def test_a_french_date_inside_an_items_bracket_dates_that_item_alone(nlp):
    text = ("Les arrivées ont surtout crû à Lyon (+2,4% pour un total de 51'200 arrivées au 30 juin 2019), "
            "à Lille (+1,8%) et à Nantes (+1,1%).")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(2.4, "2019-06-30"), (51200, "2019-06-30"), (1.8, None), (1.1, None)]


def test_a_french_movement_start_takes_no_year_written_after_the_level_it_reaches(nlp):
    text = ("Le nombre de visas est monté de moins de 9 000 jusqu'à près de 14 000 en 2021. "
            "Les départs ont grimpé de 1 200 en 2015 jusqu'à 2 600 en 2020.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(9000, None), (14000, "2021"), (1200, "2015"), (2600, "2020")]


def test_a_french_opening_avec_phrase_with_a_decimal_comma_dates_only_its_own_figure(nlp):
    text = "Avec 3,6 % de titres refusés en 2020, la Belgique devance l'Autriche (2,1 %) et la Suède (1,4 %)."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3.6, "2020"), (2.1, None), (1.4, None)]


def test_a_french_scale_word_cut_short_at_the_end_of_a_line_is_still_its_scale(nlp):
    text = "Les envois ont atteint 2,4 milliards d'euros, dont 1,2 mil\n\nLe 12 mil est un nom."
    got = [(f.value, f.surface) for f in facts_in_text(text, nlp, "fr")]
    assert got[:2] == [(2400000000, "2,4 milliards d'euros"), (1200000, "1,2 mil")]


def test_a_french_level_after_apres_with_no_year_of_its_own_takes_none(nlp):
    text = "Au Portugal, 41 000 titres ont été délivrés en 2023, après 38 500 titres. En 2022, 12 000 départs, après 9 000 en 2021."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(41000, "2023"), (38500, None), (12000, "2022"), (9000, "2021")]


def test_french_years_after_a_plural_article_name_an_age_group_when_ranged_or_bounded(nlp):
    text = ("Le chômage frappe surtout les 25-34 ans (14 %), puis les plus de 55 ans (9 %). "
            "Durant les trois ans qui ont suivi, 800 personnes sont parties.")
    got = [(f.value, f.value_max, f.unit) for f in facts_in_text(text, nlp, "fr") if f.kind == "other"]
    assert got == [(25, 34, "years old"), (55, None, "years old"), (3, None, "year")]


def test_french_bondir_and_s_envoler_de_before_a_share_name_an_increase(nlp):
    text = "Les visas devraient bondir de 7 % cette année. Les départs se sont envolés de 12,5 %."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(7, "increase"), (12.5, "increase")]


def test_french_un_peu_moins_de_bounds_from_above_and_autour_des_hedges(nlp):
    text = "Un peu moins de 4 000 visas ont été refusés, et les arrivées tournent autour des 250 personnes par mois."
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4000, "at_most"), (250, "approximate")]


def test_a_french_figure_of_fois_in_the_hundreds_with_no_comparison_counts_occasions(nlp):
    text = "Les garde-côtes sont intervenus 1 240 fois en 2022, et les départs sont 300 fois plus nombreux qu'avant."
    got = [(f.value, f.kind, f.unit, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1240, "count", None, "fois"), (300, "other", "times", "fois")]


def test_a_french_reference_word_after_an_auxiliary_is_a_participle_not_a_decree(nlp):
    text = "Le compteur s'était arrêté à 3 180 demandes. L'arrêté 2021-345 fixe le plafond."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3180, "demandes")]


def test_a_french_spelled_number_after_tous_is_both_not_a_figure(nlp):
    text = "Les entrées et les sorties, toutes deux en hausse, ont atteint 5 200 et 3 100 personnes, tous les deux ans."
    got = [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(5200, None), (3100, None), (2, "year")]


def test_a_french_figure_with_its_own_undated_time_takes_no_later_year(nlp):
    text = "Les visas délivrés atteindraient 52 000 cette année, puis 55 000 en 2026."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(52000, None), (55000, "2026")]


def test_a_french_unit_and_a_half_is_one_figure(nlp):
    text = "L'instruction dure un an et demi, et l'attente deux mois et demi."
    got = [(f.value, f.unit) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1.5, "year"), (2.5, "month")]


def test_a_french_name_of_a_region_is_a_place_not_what_its_bracket_counts(nlp):
    text = "Les hausses les plus nettes touchent les cantons de Vaud (+2,1%), de Lucerne et Zoug (+1,8%) puis de Thurgovie (+1,2%)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(2.1, "hausses"), (1.8, "hausses"), (1.2, "hausses")]


def test_a_french_change_noun_opening_its_sentence_with_une_counts_bracketed_changes_after_places(nlp):
    text = "Une baisse marquée a été constatée chez les ressortissants de Serbie (-420) et de Turquie (-130)."
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(420, "baisse", "decrease"), (130, "baisse", "decrease")]


def test_a_french_bracketed_change_naming_its_own_level_keeps_that_noun(nlp):
    text = "Un recul a été noté pour les Géorgiens (-18% à 410 retours)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(18, "retours"), (410, "retours")]


def test_a_plus_sign_or_bracket_printed_against_the_word_before_still_signs_the_figure(nlp):
    text = "Les visas atteignent 52 000, soit une hausse de+ 12,4 % sur un an, et les titres connaissent une croissance(+ 8,1 %)."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(52000, None), (12.4, "increase"), (8.1, "increase")]


def test_a_french_list_led_by_au_sujet_de_a_year_takes_that_year(nlp):
    text = ("Voici les points que le bilan retient au sujet de 2024 :\n\n"
            "  • 1.200 demandes ont été introduites.\n  • Le taux de protection atteignait 43%.\n")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1200, "2024"), (43, "2024")]


def test_a_dated_title_over_a_header_of_words_counts_its_noun_and_dates_the_cells(nlp):
    text = ("Residentes extranjeros según provincia de residencia, por sexo. 15/03/2023\n\n"
            "Descargar: Excel | csv\n  Total Hombres Mujeres\nTotal 45.120 22.300 22.820\nBurgos 12.400 6.100 6.300\n")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(v, "Residentes extranjeros", "2023-03-15") for v in (45120, 22300, 22820, 12400, 6100, 6300)]
    text = ("| Index | Help | |||\n| Table 12 (Migration, Arrivals) | |||\n"
            "| Arrivals of Contract Workers, by Country of Origin - 1995 | |||\n"
            "| Country of origin | Skilled | Unskilled | Total | ||\n| Males | Females | Males | Females | | ||\n"
            "| Nepal | 120 | 14 | 30 | 2 | 166 | |\n| Bhutan | 12 | 3 | 0 | 1 | 16 | |\n")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(v, "Arrivals of Contract Workers", "1995") for v in (120, 14, 30, 2, 166, 12, 3, 0, 1, 16)]


def test_sub_columns_repeated_under_each_year_name_their_cells_past_the_labels_field(nlp):
    text = ("VISAS DÉLIVRÉS AUX ÉTUDIANTS EN 2016\n2010 2015 2016 % évolution 2016/2010\nRégion / Pays\n"
            "Demandes Accords Demandes Accords Demandes Accords Demandes Accords\n"
            "Maroc 120 80 150 95 140 90 16,67% 12,50%\nTunisie 30 20 - - - - - -\nSénégal 12 8 10 6 15 9 -25,00% -12,50%\n")
    got = [(f.value, f.counted, f.as_of, f.period_start, f.period_end, f.change)
           for f in facts_in_text(text, nlp, "fr") if f.rule_id.startswith("table-row")]
    assert got == [
        (120, "Demandes", "2010", None, None, None), (80, "Accords", "2010", None, None, None),
        (150, "Demandes", "2015", None, None, None), (95, "Accords", "2015", None, None, None),
        (140, "Demandes", "2016", None, None, None), (90, "Accords", "2016", None, None, None),
        (16.67, "Demandes", None, 2010, 2016, "increase"), (12.5, "Accords", None, 2010, 2016, "increase"),
        (30, "Demandes", "2010", None, None, None), (20, "Accords", "2010", None, None, None),
        (12, "Demandes", "2010", None, None, None), (8, "Accords", "2010", None, None, None),
        (10, "Demandes", "2015", None, None, None), (6, "Accords", "2015", None, None, None),
        (15, "Demandes", "2016", None, None, None), (9, "Accords", "2016", None, None, None),
        (25, "Demandes", None, 2010, 2016, "decrease"), (12.5, "Accords", None, 2010, 2016, "decrease")]


def test_a_row_of_other_places_counts_what_the_title_over_the_places_counts(nlp):
    text = "Migrant workers abroad, by destination\n\nDestination   2019   2018\nQatar   1,200   1,100\nOther countries   3.1   2.5 - -\n"
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(1200, "Migrant workers abroad"), (1100, "Migrant workers abroad"), (3.1, "Migrant workers abroad"), (2.5, "Migrant workers abroad")]


def test_a_source_sentence_between_two_tables_opens_the_second_ones_block(nlp):
    text = ("Llegadas desde el extranjero según continente de procedencia. Galicia, por provincias\n"
            "Otros UE Otros Europa África América Total\n2022 1.210 830 2.040 120 4.200\n2021 1.050 790 1.840 110 3.790\n"
            "2020 1.000 700 1.600 100 3.400\nFuente: elaboración propia con datos del padrón continuo.\n"
            "Salidas hacia el extranjero según continente de destino. Galicia, por provincias\n"
            "Otros UE Otros Europa África América Total\n2022 640 310 950 80 1.980\n2021 600 300 900 70 1.870\n"
            "2020 500 200 800 60 1.560\n")
    got = [f.counted for f in facts_in_text(text, nlp, "es") if f.rule_id.startswith("table-row")]
    assert got == ["Llegadas"] * 15 + ["Salidas"] * 15


def test_an_appendix_table_s_numbered_caption_dates_its_rows(nlp):
    text = ("Appendix table 2. Preliminary counts of arrivals, by province, 2021, quarter 3\n"
            "Province Arrivals Departures\nNORTH 1,240 310\nSOUTH 2,050 480\n")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.rule_id.startswith("table-row")]
    assert got == [(1240, "2021"), (310, "2021"), (2050, "2021"), (480, "2021")]


def test_a_table_one_cell_a_line_under_year_sub_columns_dates_its_cells_and_reads_its_change_column(nlp):
    text = ("Principaux chiffres du bilan annuel.\nVisas |\n2019 |\n2018 |\nÉvolution % |\nÉtudiants |\n4 120 |\n3 980 |\n"
            "+ 3,5 |\nSaisonniers |\n2 310 |\n2 650 |\n– 12,8 |\nRefus | |||\nRecours |\n1 205 |\n1 310 |\n– 8 |\n"
            "Annulations |\n402 |\n388 |\n+ 3,6 |\n")
    got = [(f.value, f.counted, f.as_of, f.period_start, f.change)
           for f in facts_in_text(text, nlp, "fr") if f.rule_id.startswith("table-row")]
    assert got == [(4120, "Étudiants", "2019", None, None), (3980, "Étudiants", "2018", None, None),
                   (3.5, "Étudiants", None, 2018, "increase"),
                   (2310, "Saisonniers", "2019", None, None), (2650, "Saisonniers", "2018", None, None),
                   (12.8, "Saisonniers", None, 2018, "decrease"),
                   (1205, "Recours", "2019", None, None), (1310, "Recours", "2018", None, None),
                   (8, "Recours", None, 2018, "decrease"),
                   (402, "Annulations", "2019", None, None), (388, "Annulations", "2018", None, None),
                   (3.6, "Annulations", None, 2018, "increase")]


def test_a_flags_caption_before_a_place_in_a_box_under_its_lead_keeps_the_item(nlp):
    text = ("Diaspora sénégalaise\nPopulations significatives par pays\nDrapeau de la France France 120 000[1]\n"
            "Drapeau de l'Italie Italie 95 000\nDrapeau du pays de Galles Pays de Galles 1 200\n")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(120000, "Populations"), (95000, "Populations"), (1200, "Populations")]


def test_a_barred_header_whose_fields_name_their_year_unit_and_change_reads_each_column(nlp):
    text = ("Provincia | Envíos 2023 en millones de dólares | Envíos 2022 en millones de dólares | "
            "Variación porcentual, 2023 frente a 2022 |\nLoja | 84 | 70 | 20 |\nAzuay | 410 | 380 | 8 |\n")
    got = [(f.value, f.kind, f.unit, f.as_of, f.period_start, f.change)
           for f in facts_in_text(text, nlp, "es") if f.rule_id.startswith("table-row")]
    assert got == [(84000000, "money", "USD", "2023", None, None), (70000000, "money", "USD", "2022", None, None),
                   (20, "percent", "%", None, 2022, "increase"),
                   (410000000, "money", "USD", "2023", None, None), (380000000, "money", "USD", "2022", None, None),
                   (8, "percent", "%", None, 2022, "increase")]


def test_a_barred_sub_header_closing_on_a_share_field_makes_each_rows_last_cell_a_share(nlp):
    text = ("| Index | Help | |||\n| Arrivals of Contract Workers, by Country of Origin - 1995 | |||\n"
            "| Country of origin | Skilled | Unskilled | Total | ||\n| Males | Females | Males | Females | Total | % | ||\n"
            "| Nepal | 120 | 14 | 30 | 2 | 166 | 91.21 | |\n| Bhutan | 12 | 3 | 0 | 1 | 16 | 8.79 | |\n")
    got = [(f.value, f.kind) for f in facts_in_text(text, nlp, "en") if f.rule_id.startswith("table-row")]
    assert got == [(120, "count"), (14, "count"), (30, "count"), (2, "count"), (166, "count"), (91.21, "percent"),
                   (12, "count"), (3, "count"), (0, "count"), (1, "count"), (16, "count"), (8.79, "percent")]


def test_columns_of_kinds_and_decisions_count_the_noun_their_header_names(nlp):
    text = ("Visa figures by citizenship are compiled once a year for the visas issued or refused.\n\n"
            "Year 2003\n\nCitizenship\n\nNew visas\n\nExtensions\n\nIssued\n\nRefused\n\n"
            "Chile\n\n21\n\n4\n\n25\n\n3\n\nPeru\n\n8\n\n1\n\n9\n\n0\n")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.rule_id.startswith("table-row")]
    assert got == [(21, "visas"), (4, "visas"), (25, "visas"), (3, "visas"),
                   (8, "visas"), (1, "visas"), (9, "visas"), (0, "visas")]


def test_a_row_named_by_a_programmes_level_counts_the_titles_noun(nlp):
    text = ("TRAINEES IN ALL NATIONAL APPRENTICESHIP SCHEMES, 2019-2021\n  2021 2020 2019\n"
            "Total Trainees 1,204 1,310 1,275\nTotal Coastal High Skill 208 231 240\n")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.rule_id.startswith("table-row")]
    assert [c.lower() for _, c in got[3:]] == ["trainees"] * 3


def test_a_barred_column_of_shares_of_a_whole_counts_the_whole(nlp):
    text = ("Región | Envíos 2022 en millones de dólares | Envíos 2021 en millones de dólares | "
            "Envíos como porcentaje del PIB |\nCusco | 61 | 55 | 3 |\nPuno | 48 | 40 | 5 |\n")
    got = [(f.value, f.counted.lower()) for f in facts_in_text(text, nlp, "es") if f.kind == "percent"]
    assert got == [(3, "pib"), (5, "pib")]


def test_a_list_led_by_kinds_of_place_for_a_noun_counts_that_noun(nlp):
    text = "Main destination countries for seasonal permits issued: Spain (12,400), Greece (8,100) and Malta (2,300)."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12400, "permits"), (8100, "permits"), (2300, "permits")]


def test_an_english_level_of_the_same_month_of_a_year_takes_the_month_the_sentence_named(nlp):
    text = "Exports of labour brought in $512 million in March 2021, 6% more than the $483 million of the same month of 2020."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en") if f.kind == "money"]
    assert got == [(512000000, "2021-03"), (483000000, "2020-03")]


def test_an_english_span_named_before_a_total_or_after_seen_in_is_no_fact(nlp):
    text = "Applications reached 41,200, a level not seen in 15 years. The nine-month total came to 30,100 arrivals."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(41200, "Applications"), (30100, "arrivals")]


def test_an_english_span_opening_its_sentence_or_after_a_scaled_figure_is_no_fact(nlp):
    text = "In nine months the agency logged 61,300 arrivals. The diaspora grew by nearly two million in three years."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(61300, "arrivals"), (2000000, "diaspora")]


def test_an_english_span_closing_a_headline_after_its_figure_is_no_fact(nlp):
    text = "Agency resettles 2,300 refugees in four years\n\nThe agency said the programme would go on."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2300, "refugees")]


def test_an_english_change_keeps_its_verb_across_words_that_frame_its_figure(nlp):
    text = "Arrivals fell by a record 12,000 to 48,000. Remittances grew by a further 3.1 percent."
    got = [(f.value, f.value_max, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12000, None, "decrease"), (48000, None, None), (3.1, None, "increase")]


def test_an_english_gap_between_those_who_came_and_those_who_left_is_no_change(nlp):
    text = "Last year 8,400 more people came to the island than left it, and 2,100 more settled than went away."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(8400, None), (2100, None)]


def test_an_english_bare_figure_of_a_median_age_is_an_age_in_years(nlp):
    text = "The median age was 29 for Kenyan arrivals and 33 for those from Uganda."
    got = [(f.value, f.kind, f.unit, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(29, "other", "years old", "years"), (33, "other", "years old", "years")]


def test_an_english_change_verb_gives_its_change_to_the_figure_in_the_bracket_after_it(nlp):
    text = "Work permits fell a little (by 4 percent) last year, and study permits rose sharply (by 12 percent)."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4, "decrease"), (12, "increase")]


def test_an_english_one_before_a_noun_of_no_counted_thing_is_an_article(nlp):
    text = "One reason is that 4,100 permits went to One-way Permit holders. One person was deported."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4100, "permits"), (1, "person")]


def test_an_english_figure_before_year_on_year_is_no_span_of_years(nlp):
    text = "Departures rose 4,300 year on year, and arrivals came to 61,200 year-on-year."
    got = [(f.value, f.kind, f.unit, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4300, "count", None, "increase"), (61200, "count", None, None)]


def test_an_english_share_of_the_total_counts_the_one_count_its_sentence_gave_before(nlp):
    text = "Some 48,200 students were enrolled in 2021, with women slightly ahead of men at 52.3 percent of the total."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(48200, "students"), (52.3, "students")]


def test_an_english_ratio_to_a_whole_counts_that_whole(nlp):
    text = ("Deaths, at 12 300, stood in a ratio of 41% to the overall population growth. "
            "The dependency ratio rose to 54%.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(41, "growth"), (54, "ratio")]


def test_an_english_share_of_a_named_possessor_s_noun_counts_that_noun(nlp):
    text = ("Nurses made up 41.5 per cent of the Health stream's intake, and 12.8 per cent of the whole 2019–20 "
            "training programme intake.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(41.5, "intake"), (12.8, "training programme intake")]


def test_an_english_adverb_of_concession_after_the_subject_is_no_head(nlp):
    text = "The bank said inflows had nonetheless decreased by 2.1 percent, and outflows nevertheless rose by 3 percent."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2.1, "inflows"), (3, "outflows")]


def test_an_english_subject_keeps_its_head_across_an_article_inside_its_complement(nlp):
    text = "Requests for a work visa based on family ties rose by 14 per cent."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(14, "Requests")]


def test_an_english_year_after_than_any_other_dates_the_sentence(nlp):
    text = "Italy saw more landings than any other country in 2016, recording 181,400 arrivals."
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(181400, "2016")]


def test_an_english_inline_list_after_a_colon_counts_what_its_lead_names(nlp):
    text = ("The five main source countries of the new students were: Peru (12.1%); then Chile (9.8%), next Ghana (6.0%) "
            "and, last, Nepal (2.5%). The top destination regions were: Asia (40%), then Europe (31%).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(12.1, "students"), (9.8, "students"), (6.0, "students"), (2.5, "students"),
                   (40, "regions"), (31, "regions")]


def test_an_english_bracketed_count_passes_its_noun_to_the_items_after_it_across_the_object(nlp):
    text = ("In 2016, Peru's nationals (41 200 arrivals, 60% of them by air) again came first, ahead of nationals of "
            "Chile (22 100, half of them by sea) and Bolivia (9 800).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "count"]
    assert got == [(41200, "arrivals"), (22100, "arrivals"), (9800, "arrivals")]


def test_an_english_of_them_opening_after_a_sentence_of_no_figure_counts_its_plural(nlp):
    text = ("In 2023, 11,528 more residents arrived than left. For foreign graduates, the balance was positive. "
            "Of them, 2,310 stayed on, while 870 left.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(11528, "residents"), (2310, "graduates"), (870, "graduates")]


def test_a_spanish_date_only_inside_a_bracket_dates_the_figure_of_that_bracket(nlp):
    text = "La Fiscalía abrió 25 expedientes de investigación (en 2022 fueron 9)."
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(25, "expedientes", None), (9, "expedientes", "2022")]


def test_an_english_change_after_an_amount_counts_what_the_amount_is_of(nlp):
    text = ("Kenya took in $412 million in diaspora remittances in March, 6.5% more than a year earlier. "
            "Nepal received about US$1.3 billion of household transfers in 2021-22, 4.2 per cent up on the year before. "
            "Treasury data show the island took in $95 million in remittances in May, 3.1% more than in May 2020.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(6.5, "remittances"), (4.2, "transfers"), (3.1, "remittances")]


def test_an_english_change_set_off_after_a_count_counts_that_count_over_the_subject(nlp):
    text = ("Irish residents made 98,300 trips abroad in May 2019, 11 percent up on May 2018. "
            "Farms in the south hired 2,410 seasonal pickers, a year-on-year rise of 6.2%.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(11, "trips"), (6.2, "seasonal pickers")]


def test_an_english_change_after_a_count_of_heads_or_places_keeps_the_subject(nlp):
    text = ("Among graduates, net emigration came to 12 600 persons, 8% lower than in 2019. "
            "Between 1 March and 30 June, a total of 41,300 visa requests were lodged in the 12 member states, a fall "
            "of 9 percent on the preceding quarter.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.kind == "percent"]
    assert got == [(8, "emigration"), (9, "visa requests")]


def test_an_english_date_of_the_base_a_change_is_measured_against_dates_no_figure(nlp):
    text = ("At the close of June, the register held 41,870 foreign students, 5.8 percent over the last day in 2021. "
            "Officials reported a 14% decrease on the figures for March 2019. "
            "Arrivals rose 5% over the year to June 2019.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(41870, None), (5.8, None), (14, None), (5, "2019-06")]


def test_an_english_change_after_a_count_of_places_counts_the_things_counted_before_it(nlp):
    text = "Officials said 52,400 work permits were issued last year across 31 countries, a 12 percent increase on 2020."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(52400, "work permits"), (31, "countries"), (12, "work permits")]


def test_an_english_participle_after_an_uncountable_noun_is_no_head(nlp):
    text = ("Net outflows eased, with immigration rising (up 3,100) to 27,400. "
            "Since spring, emigration has been running at about 2,600 a month.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.value in (27400, 2600)]
    assert got == [(27400, "immigration"), (2600, "emigration")]


def test_an_english_length_of_a_stay_takes_no_date_of_its_sentence(nlp):
    text = ("In 2021, 48,300 students, counting only those who came for a stay of 6 months or more, enrolled. "
            "By 2019, nurses waited 14 months on average.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(48300, "2021"), (6, None), (14, "2019")]


def test_an_english_bare_count_after_the_largest_group_counts_that_group(nlp):
    text = ("Kenyans again remain the largest nationality among seasonal workers this year, at 8,420. "
            "Arrivals rose to 31,000, with Nepali nationals the biggest group with 6,150. "
            "Ghanaian nurses formed the biggest group with 2,300 people.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en") if f.value in (8420, 6150, 2300)]
    assert got == [(8420, "Kenyans"), (6150, "nationals"), (2300, "people")]


def test_a_spanish_figure_in_an_outlet_s_name_on_its_own_line_is_no_fact(nlp):
    text = ("Canal 9 Noticias | Sociedad\n\nRadio Valle 1020\nEconomía\n\n"
            "Llegaron 240 personas en 12 horas.\n\nTabasco 14%\n")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(240, "personas"), (12, "horas"), (14, None)]


def test_a_spanish_share_of_the_whole_of_a_set_counts_that_set(nlp):
    text = ("Los nacidos en el extranjero representan ya el 18,4% del conjunto del censo. "
            "Ese grupo supone el 9,1% del conjunto de afiliados en marzo. "
            "En el conjunto de España se presentaron 41.200 solicitudes.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(18.4, "censo"), (9.1, "afiliados"), (41200, "solicitudes")]


def test_a_spanish_balance_its_sign_names_is_an_increase_or_a_decrease(nlp):
    text = ("El crecimiento se explicó por un saldo natural negativo de 6.410 personas y por un saldo migratorio "
            "positivo de 22.704 personas. El saldo migratorio fue de 12.300 personas.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(6410, "personas", "decrease"), (22704, "personas", "increase"), (12300, "personas", None)]


def test_a_spanish_region_by_its_common_name_is_no_counted_head(nlp):
    text = ("Los saldos más favorables se registraron en la Comunidad Valenciana (1.952), en Baleares (1.142) y en "
            "Aragón (837). Castilla-La Mancha fue la que más afiliados extranjeros ganó, con un 10,44%, seguida por "
            "Navarra (+9,79%), Cataluña (+9,24%) y el País Vasco (+9,23%).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(1952, "saldos"), (1142, "saldos"), (837, "saldos"), (10.44, None), (9.79, "afiliados"),
                   (9.24, "afiliados"), (9.23, "afiliados")]


def test_a_spanish_age_open_upwards_is_at_least_but_not_a_figure_before_a_mas_de(nlp):
    text = ("Quedaron fuera los tramos de 0 a 10 años y el de 71 años en adelante. La población de 15 años a más "
            "creció. La proporción de niños subió de un 10% a más del 30%.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es") if f.value not in (0,)]
    assert got == [(71, "at_least"), (15, "at_least"), (10, None), (30, "at_least")]


def test_a_spanish_subject_after_a_change_and_an_adverbial_is_counted(nlp):
    text = ("Suben 6.2% anual las remesas que llegan a Honduras. Aumenta 31.5% en marzo el número de migrantes en "
            "Panamá. Crece a 3,1 millones el número de extranjeros residentes en Chile.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(6.2, "remesas"), (31.5, "migrantes"), (3100000, "extranjeros")]


def test_a_french_change_after_heads_a_subject_gained_counts_the_subject(nlp):
    text = ("En un an, la population urbaine a gagné 12'400 personnes (+2,1 %). "
            "La population rurale compte 2,4 millions d'habitants. Celle-ci perd 3 100 habitants (-0,4 %). "
            "La population du canton atteint 510 000 habitants. En 2020, elle a gagné 9.870 habitants, "
            "soit une croissance de 0,7 %.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"]
    assert got == [(2.1, "population"), (0.4, "population"), (0.7, "population")]


def test_a_french_relative_clause_between_commas_keeps_its_date_to_itself(nlp):
    text = ("Lyon, qui comptait 520 000 habitants en 2015, enregistre un recul de 2,4 % de sa population. "
            "Les envois des pays du Golfe, où vivent 90 000 Tunisiens, ont atteint 812 MDT en 2022. "
            "En 2021, les demandes, qui ont progressé de 12 %, ont atteint 5 000.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(520000, "2015"), (2.4, None), (90000, None), (812000000, "2022"), (12, "2021"), (5000, "2021")]


def test_a_french_ranked_item_of_a_set_of_places_counts_the_whole_its_sentence_names(nlp):
    text = ("La nationalité la plus touchée par ces expulsions est celle du Mali (1 200), devant le Niger (950). "
            "Les nationalités les plus représentées dans les arrivées sont l'allemande (10 %) et la française (7 %). "
            "Les deux principaux pays d'accueil sont le Gabon (4 100), puis le Tchad (2 900).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1200, "expulsions"), (950, "expulsions"), (10, "arrivées"), (7, "arrivées"), (2, "pays"),
                   (4100, None), (2900, None)]


def test_a_french_share_of_a_pointed_figure_counts_the_figure_s_noun(nlp):
    text = ("Le pays a reçu 2,1 milliards de dollars en 2022. Près de 40 % de ce total proviennent de France, "
            "et la moitié de cette somme finance le logement. Les visas étudiants expliquent un quart de ce chiffre.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.kind == "percent"]
    assert got == [(40, "total"), (50, "somme"), (25, "chiffre")]


def test_a_french_figure_pointer_opening_its_paragraph_counts_the_count_before(nlp):
    text = ("En 2019, l'agence a aidé 41.210 migrants à rentrer chez eux.\n\n"
            "Ce nombre représente un recul de 9 % par rapport à 2018.\n\n"
            "Le pays a accueilli 12 300 étudiants.\n\n"
            "Selon un bilan qui retrace les grandes tendances de l'année, ce chiffre est en hausse de 6 %.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(41210, "migrants"), (9, "migrants"), (12300, "étudiants"), (6, "étudiants")]


def test_a_french_share_whose_subject_is_a_share_noun_counts_that_noun(nlp):
    text = ("Enfin, la part des réfugiés de longue durée demeure faible (4 %). "
            "Quant à la part des retraités, elle reste modeste, avec 2,8 % seulement. "
            "Si la part de diplômés est moindre parmi les arrivants (21 %), elle atteint 7 % du PIB des régions.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4, "part"), (2.8, "part"), (21, "part"), (7, "PIB")]


def test_a_french_yearly_rate_takes_no_date_from_a_level_after_it(nlp):
    text = ("Les envois devraient progresser au rythme de 6 % par an pour atteindre 52 milliards de dollars d'ici 2027. "
            "Les recettes ont crû à un rythme annuel moyen de 3,5 %, partant de 12 milliards de dollars en 2010. "
            "En 2022, les envois ont progressé de 4 % par an.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(6, None), (52000000000, "2027"), (3.5, None), (12000000000, "2010"), (4, "2022")]


def test_a_french_pronoun_for_the_set_before_counts_that_set(nlp):
    text = ("Les candidats au retour viennent surtout du Niger. Environ 42 % d'entre eux ont obtenu une aide. "
            "Les familles accueillies logent à Niamey. Parmi elles, 121 ont été relogées. "
            "Sur les 90 mineurs, 30 % d'entre eux sont scolarisés.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(42, "candidats"), (121, "familles"), (90, "mineurs"), (30, "mineurs")]


def test_a_growth_qualified_only_by_modifiers_and_linked_to_a_percentage_counts_itself(nlp):
    text = ("The ministry had forecast that arrivals would grow by 3 per cent; in the end the growth stood at 4.1 per cent. "
            "The central bank puts next year's economic growth at 2 percent. "
            "Growth in remittances to the region slowed to 6 percent. "
            "The growth in asylum claims was 12 percent, while in the south the growth came to 9 percent.")
    got = [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3, "arrivals", "increase"), (4.1, "growth", "increase"), (2, "growth", "increase"),
                   (6, "remittances", "increase"), (12, "asylum claims", "increase"), (9, "asylum claims", "increase")]


def test_a_figure_named_as_the_record_a_change_is_measured_from_or_past_counts_the_record(nlp):
    text = ("Visa grants dropped 18 percent since the spring peak of 52,300. "
            "The monthly tally moved past the previous record of 8,100. "
            "Claims slowed, from their highs of 11 per cent in 2015 and of 14 per cent in 2016. "
            "Student arrivals reached their peak of 61,000 in 2019. "
            "Departures were well above the earlier record of 7,500.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(18, "Visa grants"), (52300, "peak"), (8100, "record"), (11, "highs"), (14, "highs"),
                   (61000, "arrivals"), (7500, "Departures")]


def test_the_percentages_of_a_sentence_whose_subject_is_a_growth_of_something_measure_an_increase(nlp):
    text = ("Meanwhile, growth in the number of student visas eased to 3.5 per cent, from its highs of 9 per cent. "
            "Across provinces, the growth of refugee arrivals ranged from about 4 percent up to 10 percent. "
            "Growth in deportations was led by the capital, which accounted for 45 percent of removals.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3.5, "increase"), (9, "increase"), (4, "increase"), (10, "increase"), (45, None)]


def test_a_french_change_of_a_data_subject_counts_the_count_of_its_sentence(nlp):
    text = ("Selon l'office, les données reculent de 4 % sur un an, avec 8 150 expulsions enregistrées. "
            "Les chiffres du trimestre progressent de 3 %.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(4, "expulsions"), (8150, "expulsions"), (3, "chiffres")]


def test_a_french_change_summed_up_by_a_bare_change_noun_counts_that_noun(nlp):
    text = ("Trois pays voisins expliquent cette baisse, à commencer par le Mali (-8 %) et le Niger (-5 %). "
            "Les Sénégalais et les Guinéens affichent une progression nette, soit respectivement 12 % et 9 % de plus qu'en 2021. "
            "On relève une hausse des visas accordés au Maroc (+6 %), tandis que la Tunisie (-2 %) recule.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3, "pays"), (8, "baisse"), (5, "baisse"), (12, "progression"), (9, "progression"), (6, "visas"),
                   (2, "visas")]


def test_a_french_unsigned_bracketed_share_after_a_verb_of_change_is_that_change(nlp):
    text = ("Les arrivées devraient à peine reculer cet hiver ( 0,8 %). "
            "Les visas ont progressé surtout vers le Sénégal (6,2 %), puis vers le Mali (4,1 %). "
            "Les retours ont progressé, portés par la Guinée (38 %).")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(0.8, "decrease"), (6.2, "increase"), (4.1, "increase"), (38, None)]


def test_a_french_figure_after_froler_or_avoisiner_is_approximate(nlp):
    text = ("Les transferts ont frôlé les 3 milliards d'euros l'an dernier. "
            "Le nombre de demandes avoisine 4 800 par mois, et la ville frôlait le seuil symbolique des 50 000 habitants. "
            "Le pays a accueilli 1 200 réfugiés.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(3000000000, "approximate"), (4800, "approximate"), (50000, "approximate"), (1200, None)]


def test_a_spanish_bare_level_after_a_change_counts_the_clause_subject(nlp):
    text = ("La matrícula de alumnos extranjeros bajó en 3.150 estudiantes durante el curso pasado, hasta quedar en 81.240. "
            "En el último trienio, la flota pesquera creció en un 6%, según el ministerio, hasta alcanzar 2.900. "
            "Los afiliados del sector subieron en 1.200, hasta situarse en 45.600 trabajadores.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3150, "estudiantes"), (81240, "matrícula"), (6, "flota"), (2900, "flota"),
                   (1200, "afiliados"), (45600, "trabajadores")]


def test_a_spanish_share_restating_a_change_counted_in_persons_counts_the_persons(nlp):
    text = ("El censo de la comarca descendió en 1.430 habitantes (un 2,1%) a lo largo de 2019. "
            "La población rural aumentó durante la década en 8.200 personas, un 4,4%, según el informe. "
            "Las solicitudes crecieron en 2.300 expedientes (un 5%) durante el año.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(1430, "habitantes"), (2.1, "habitantes"), (8200, "personas"), (4.4, "personas"),
                   (2300, "expedientes"), (5, "solicitudes")]


def test_a_spanish_share_named_as_a_weight_within_a_whole_counts_the_whole(nlp):
    text = ("El peso de las mujeres en la plantilla docente pasó del 41% en 2010 al 47% en 2020. "
            "Su cuota dentro del alumnado universitario no llegaba al 9%. "
            "El peso de los jubilados en el país ronda el 18%.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es") if f.kind == "percent"]
    assert got == [(41, "plantilla"), (47, "plantilla"), (9, "alumnado"), (18, "jubilados")]


def test_a_spanish_bound_verb_set_off_from_its_figure_by_an_adverb_still_bounds_it(nlp):
    text = ("Las solicitudes de visado rebasaron ya por primera vez los 12.000 expedientes. "
            "El censo de temporeros se ha superado, por vez primera, la barrera de 900 personas. "
            "Los cruces no superaban ya las 400 personas. "
            "Esa cifra supera con creces las 7.000 solicitudes del año anterior.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12000, "at_least"), (900, "at_least"), (400, "at_most"), (7000, None)]


def test_a_spanish_figure_s_own_bound_beats_the_estimate_that_governs_it(nlp):
    text = ("La cámara prevé que las exportaciones superarán en total los 3.000 millones de dólares. "
            "Se espera que el flujo pueda superar en agosto los 90 millones de dólares. "
            "Se calcula que la patrulla interceptó al menos a 450 migrantes. "
            "Se calcula que llegaron 320 migrantes.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3000000000, "at_least"), (90000000, "at_least"), (450, "at_least"), (320, "approximate")]


def test_a_spanish_figure_after_practicamente_is_approximate(nlp):
    text = ("En la comarca, prácticamente tres de cada diez vecinos trabajan fuera. "
            "Los visados de estudio prácticamente se triplicaron en 2021. "
            "Prácticamente todas las 640 plazas del albergue estaban ocupadas.")
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(30, "approximate"), (3, "approximate"), (640, None)]


def test_a_spanish_verbal_participle_after_a_figure_is_not_what_it_counts(nlp):
    text = ("Las remesas sumaron 45 millones de dólares, por encima de los 40 millones captados en 2020. "
            "De los 900 pasajeros, el 60% de ellos llegados en marzo eran estudiantes. "
            "Ese año hubo 300 deportados.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(45000000, "USD"), (40000000, "USD"), (900, "pasajeros"), (60, "pasajeros"), (300, "deportados")]


def test_a_spanish_adjective_after_a_noun_is_not_what_a_figure_counts(nlp):
    text = ("Hay cifras altas en el norte (3.400) y en el sur (2.100). "
            "Más de 9.000 temporeros trabajan en la zona, de los cuales 5.100 son irregulares. "
            "Llegaron además 700 menores.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3400, None), (2100, None), (9000, "temporeros"), (5100, "temporeros"), (700, "menores")]


def test_a_spanish_span_of_time_opening_a_clause_or_introduced_in_it_is_not_what_figures_count(nlp):
    text = ("Mes a mes, la matrícula de alumnos extranjeros sube en todas las provincias, excepto en Lugo (-3,1%), "
            "Provincia de Soria (-2,2%), Teruel (-0,8%) y Ceuta (-0,5%). "
            "Las provincias con la mayor subida durante esos meses fueron Cuenca (4,1%) y Huesca (3,2%). "
            "Los visitantes, en cambio, suben en Zamora (1,5%) y Ávila (2,5%).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3.1, "matrícula"), (2.2, "matrícula"), (0.8, "matrícula"), (0.5, "matrícula"),
                   (4.1, None), (3.2, None), (1.5, "visitantes"), (2.5, "visitantes")]


def test_a_spanish_second_change_joined_to_a_dated_one_shares_its_date(nlp):
    text = ("Durante 2021, las matrículas crecieron con un alza del 12% frente a 2020 y del 30% en comparación con 2018. "
            "El puerto recibió 4.000 cruceros durante 2019, un aumento de 5% respecto de 2018 y triplica lo que llegó en 2010. "
            "Las llegadas subieron un 8% frente a 2019 y las salidas un 3% frente a 2018.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12, "2021"), (30, "2021"), (4000, "2019"), (5, "2019"), (3, "2019"), (8, None), (3, None)]


def test_a_spanish_year_of_a_whole_named_after_a_figure_with_its_own_time_dates_the_whole_only(nlp):
    text = ("Durante el primer trimestre, las matrículas supusieron ya el 40% del total registrado en 2019. "
            "En solo tres semanas, los visados sumaron 900, con lo que superan el total expedido en 2018. "
            "Los puertos andaluces reunieron el 62% del total recibido en 2020.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es") if f.unit != "week"]
    assert got == [(40, None), (900, None), (62, "2020")]


def test_a_spanish_year_of_a_compared_thing_written_after_a_figure_does_not_date_it(nlp):
    text = ("La matrícula creció en 2.300 alumnos, una subida superior a la de todo el año 2019. "
            "El municipio registró 640 bajas, aunque mantiene la tendencia que mostraba en 2017. "
            "Hoy son el 12% de los vecinos, frente al 7% que representaban en 2010. "
            "El 8 % de la población que vivía en la isla en 2020 era extranjera.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2300, None), (640, None), (12, None), (7, "2010"), (8, "2020")]


def test_a_spanish_figure_a_change_noun_reaches_as_its_subject_is_that_change(nlp):
    text = ("La variación interanual de la matrícula se ha quedado en el 2,4%. "
            "La caída registrada entre 2019 y 2020 llegó al 11%. "
            "La cuota de mercado llega al 30%.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2.4, "increase"), (11, "decrease"), (30, None)]


def test_a_spanish_change_noun_of_another_clause_does_not_make_a_level_a_change(nlp):
    text = ("El aumento de las llegadas fue notable y el número total de alumnos es de 50.000. "
            "La caída del turismo afectó a Lanzarote, donde la matrícula alcanzó 3.000 plazas. "
            "El descenso de visados preocupa a la región, cuya tasa de paro se sitúa en el 18%. "
            "El crecimiento de la plantilla en términos anuales es de 1.200 empleados.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "es")]
    assert got == [(50000, None), (3000, None), (18, None), (1200, "increase")]


def test_a_french_change_of_data_counts_neither_a_count_of_another_clause_nor_the_data(nlp):
    text = ("Le décompte des morts en Méditerranée baisse de 10 % alors que 50 000 personnes ont traversé. "
            "Les statistiques augmentent de 5 % pour les naturalisations, et 20 000 visas ont été délivrés. "
            "Comparés à 2022, les chiffres progressent de 8,6 %, avec 131 000 demandes déposées.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(10, "morts"), (50000, "personnes"), (5, "statistiques"), (20000, "visas"), (8.6, "demandes"),
                   (131000, "demandes")]


def test_a_spanish_adjective_written_right_after_its_figure_is_what_it_counts(nlp):
    text = ("El Gobierno desplegó 2.000 oficiales de migración en la frontera. "
            "La policía detuvo a 3.000 irregulares en el puerto. "
            "Las cifras oficiales indican 4.000 solicitudes.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2000, "oficiales"), (3000, "irregulares"), (4000, "solicitudes")]


def test_a_peak_that_opens_a_span_to_a_later_figure_is_a_level_of_what_the_sentence_counts(nlp):
    text = ("Net migration fell from a peak of 745,000 to 685,000 in 2023. "
            "Applications have dropped 56 percent since the May peak of 144,255.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(745000, "Net migration"), (685000, "Net migration"), (56, "Applications"), (144255, "peak")]


def test_a_spanish_noun_of_a_state_or_an_order_is_not_what_ranked_figures_count(nlp):
    text = ("Por provincias, la actividad inspectora sigue encabezada por Sevilla (31) y Málaga (18). "
            "Por este orden, Perú (2,3 %) y Chile (1,1 %) completan la lista. "
            "En la ciudad viven 40.000 familias, según la entidad.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(31, None), (18, None), (2.3, None), (1.1, None), (40000, "familias")]


def test_a_spanish_noun_of_a_manner_or_an_aspect_is_not_what_a_figure_counts(nlp):
    text = ("Respecto de la forma de viajar, 3.000 (40 por ciento) lo hicieron solos. "
            "Del sexo femenino son más de 9.000. "
            "El porcentaje de mujeres fue del 45 %.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3000, None), (40, None), (9000, None), (45, "mujeres")]


def test_french_items_of_a_place_set_with_no_whole_count_the_set_of_the_sentence_before(nlp):
    text = ("Les pays d'Afrique de l'Ouest abritent 84 000 Maliens (7%). Les quatre principaux pays d'accueil y sont "
            "la Côte d'Ivoire (30 500), puis le Sénégal (18 200). "
            "Le rapport couvre 12 pays. Les principaux pays d'accueil sont le Gabon (4 100), puis le Tchad (2 900).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(84000, "Maliens"), (7, "Maliens"), (4, "pays"), (30500, "Maliens"), (18200, "Maliens"), (12, "pays"),
                   (4100, None), (2900, None)]


def test_french_participles_and_adjectives_after_a_figure_are_not_what_it_counts(nlp):
    text = ("Le pays a accueilli 1,8 million de nouveaux migrants, contre un record de 2,1 millions relevé en 2019. "
            "Le solde naturel reste minime (+ 300) en 2022. "
            "Au total, 3 400 personnes sont arrivées : 2 900 venus par la mer et 500 par la terre. "
            "La ville compte 2 000 Portugais venus du nord.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1800000, "nouveaux migrants"), (2100000, "nouveaux migrants"), (300, None), (3400, "personnes"),
                   (2900, "personnes"), (500, "personnes"), (2000, "Portugais")]


def test_a_change_verb_parted_from_its_by_by_an_aside_or_a_hedge_still_makes_a_change(nlp):
    text = ("Work permits rose in March–June by 14 per cent. "
            "The town's population shrank through emigration by 1,200 and 300 people respectively. "
            "The number of students still grew, if only by a modest 2,500. "
            "Visitors came through Dover by ferry, some 5,000 in all.")
    facts = facts_in_text(text, nlp, "en")
    assert [(f.value, f.change) for f in facts] == [(14, "increase"), (1200, "decrease"), (300, "decrease"),
                                                    (2500, "increase"), (5000, None)]
    assert [f.counted for f in facts[1:3]] == ["people", "people"]


def test_a_number_shaped_like_a_year_counts_people_after_a_level_verb_or_in_brackets(nlp):
    text = ("Nurses from Ghana made up 12 percent (1987 people) of the new registrations. "
            "Returns from the Gulf came to 1902 persons. "
            "The count of seasonal workers stands at 2041. "
            "Arrivals rose by 4 percent (2019 data), and the rate stood at 2019 levels.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12, "new registrations"), (1987, "people"), (1902, "persons"), (2041, "seasonal workers"),
                   (4, "Arrivals")]


def test_a_changed_count_before_a_count_of_its_own_clause_keeps_its_subject(nlp):
    text = ("The number of work permits rose by 5,000 and 2,000 people were naturalised. "
            "Las solicitudes de asilo aumentaron en 12.000 y 3.500 personas fueron retornadas. "
            "The town's population shrank through emigration by 1,200 and 300 people, respectively.")
    got = [(f.value, f.counted) for f in facts_in_text(text[:text.index("Las")], nlp, "en")]
    got += [(f.value, f.counted) for f in facts_in_text(text[text.index("Las"):text.index("The town")], nlp, "es")]
    got += [(f.value, f.counted) for f in facts_in_text(text[text.index("The town"):], nlp, "en")]
    assert got == [(5000, "work permits"), (2000, "people"), (12000, "solicitudes"), (3500, "personas"),
                   (1200, "people"), (300, "people")]


def test_a_spanish_set_named_after_a_noun_of_activity_is_not_what_a_change_counts(nlp):
    text = ("La actividad de los centros de acogida bajó un 15 % en 2021. "
            "La actividad laboral de las mujeres migrantes creció un 4 %. "
            "La presencia de venezolanos aumentó un 20 %.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(15, None), (4, None), (20, "venezolanos")]


def test_french_items_of_a_place_set_do_not_count_a_part_named_with_dont_before_them(nlp):
    text = ("La diaspora malienne est estimée à 1,5 million de personnes, dont 400 000 étudiants. "
            "Les quatre principaux pays d'accueil y sont la Côte d'Ivoire (350 000), puis le Sénégal (18 200).")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(1500000, "personnes"), (400000, "étudiants"), (4, "pays"), (350000, None), (18200, None)]


def test_a_year_a_level_verb_ends_a_sentence_on_is_a_count_only_after_a_number_of(nlp):
    text = ("Inflows are now roughly where they stood at 2019. "
            "The base year of the series stood at 2010. "
            "Of those, the number of Filipinos stands at 1953.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(1953, "Filipinos")]


def test_a_subject_followed_by_as_a_whole_is_what_its_verb_figure_counts(nlp):
    text = ("In 2020 the migrant workforce as a whole grew by 8 400. "
            "Across Canada as a whole, asylum claims fell by 12 percent. "
            "Migrants made up 14 percent of the labour force as a whole.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(8400, "migrant workforce"), (12, "asylum claims"), (14, "labour force")]


def test_a_change_right_after_a_noun_and_its_verb_in_ing_counts_that_noun(nlp):
    text = ("Arrivals were shaped by students, with enrolments falling (down 3,100) and work visas climbing (up 2,400). "
            "The gain was partly offset by departures rising 4.5 per cent. "
            "Nepalis held third place after falling 2.1 per cent. "
            "Visas for students kept rising by 12 percent.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(3100, "enrolments"), (2400, "work visas"), (4.5, "departures"), (2.1, "Nepalis"), (12, "Visas")]


def test_a_french_figure_after_a_relative_clause_on_the_opening_subject_counts_that_subject(nlp):
    texts = ["Les montants que les expatriés adressent à leurs proches se sont accrus de 14 % en dix ans.",
             "Les dons privés, qui forment 40 % du total des revenus des ménages, ont poursuivi leur progression "
             "(+6 %) en 2022.",
             "Les sommes que les migrants envoient ont permis de loger 5 000 migrants en 2020.",
             "Le bilan montre que les naturalisations ont baissé de 7 %."]
    got = [[(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(14, "montants")], [(40, "revenus"), (6, "dons privés")], [(5000, "migrants")],
                   [(7, "naturalisations")]]


def test_a_french_name_read_as_what_its_bracketed_figure_counts_goes_on_with_the_list_before_it(nlp):
    texts = ["Le classement des naturalisations place les Maliens (2 310 naturalisations), les Béninois (1 874) "
             "puis les Congolais (1 149).",
             "Un recul touche les Albanais (-22 % à 362 retours) comme les Kosovars (-14 % à 243).",
             "On compte 3 449 Serbes (-21 %) et 3 444 Allemands (-7 %).",
             "Les Syriens (93 %) devancent les Afghans (86 %)."]
    got = [[(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(2310, "naturalisations"), (1874, "naturalisations"), (1149, "naturalisations")],
                   [(22, "retours"), (362, "retours"), (14, "retours"), (243, "retours")],
                   [(3449, "Serbes"), (21, "Serbes"), (3444, "Allemands"), (7, "Allemands")],
                   [(93, "Syriens"), (86, "Afghans")]]


def test_a_minus_set_apart_after_a_comma_or_colon_in_brackets_or_at_the_head_of_a_cell_is_a_sign(nlp):
    texts = ["Les demandes par pays : Mali (1 961, – 6 %), Niger (1 542, + 9 %).",
             "La demande recule (Mali : - 6,3 % ; Niger : - 12,8 %).",
             "Évolution de la population\n\nAnnée | Population | Solde migratoire | Taux (‰) |\n---|---|---|---|\n"
             "1960 | 8 826 040 | 55 534 | 7,2 |\n1965 | 9 028 750 | 60 422 | - 6,7 |\n",
             "Les cas relevés :\n- 12 cas au Mali ;\n- 5 cas au Niger."]
    got = [[(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(1961, None), (6, "decrease"), (1542, None), (9, "increase")],
                   [(6.3, "decrease"), (12.8, "decrease")],
                   [(8826040, None), (55534, None), (7.2, None), (9028750, None), (60422, None), (6.7, "decrease")],
                   [(12, None), (5, None)]]


def test_a_spanish_sentence_may_open_on_a_capitalised_fraction_after_a_full_stop(nlp):
    # "Tres cuartas partes" is one token: after a full stop it opens a sentence, so the places listed after it count
    # its own set, not the set of the bracketed figure that closed the sentence before; after a colon it goes on
    text = ("A los afganos les corresponde el 12 por ciento del total de casos (9.000). Tres cuartas partes de las "
            "solicitudes llegadas desde Afganistán se registraron en dos países: Austria (4.100) y Bélgica (2.650).")
    got = [(f.value, f.counted, f.sentence.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12, "casos", "A"), (9000, "casos", "A"), (75, "solicitudes", "Tres"), (2, "países", "Tres"),
                   (4100, "solicitudes", "Tres"), (2650, "solicitudes", "Tres")]
    text = "A los afganos les corresponde el 12 por ciento del total de casos: Tres cuartas partes de ellos se registraron en 2020."
    got = [(f.value, f.counted, f.sentence.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12, "casos", "A"), (75, "casos", "A")]


def test_a_spanish_line_of_prose_under_a_heading_with_no_stop_starts_a_sentence(nlp):
    # the heading lends the prose under it no words: "Récord de permisos: 7.500 concedidos" / "En diciembre de 2023 ..."
    text = ("Récord de permisos: 7.500 concedidos\n"
            "En diciembre de 2023 se otorgaron otros 600 permisos de residencia a ciudadanos venezolanos.")
    got = [(f.value, f.counted, f.as_of, f.sentence.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert got == [(7500, None, None, "Récord"), (600, "permisos", "2023-12", "En")]
    # a line that breaks off on a function word goes on with the next; so does one over a line that is no prose
    text = ("Récord de permisos: 7.500 concedidos en\n"
            "Diciembre de 2023, cuando se otorgaron otros 600 permisos de residencia a ciudadanos venezolanos.")
    assert [f.sentence.split()[0] for f in facts_in_text(text, nlp, "es")] == ["Récord", "Récord"]
    text = "Récord de permisos: 7.500 concedidos\nEn diciembre de 2023: 600"
    assert [f.sentence.split()[0] for f in facts_in_text(text, nlp, "es")] == ["Récord", "Récord"]


def test_a_spanish_paragraph_broken_at_a_fixed_width_keeps_its_sentence_across_a_capital(nlp):
    # a line no shorter than the prose under it is no heading: the paragraph goes on past the name that opens the next
    text = ("En 2023 las solicitudes presentadas ante la oficina alcanzaron las 12.000, según explicó el presidente\n"
            "Andrés López, que habló de 300 casos ante la comisión de asuntos migratorios.")
    got = [(f.value, f.counted, f.as_of, f.sentence.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12000, "solicitudes", "2023", "En"), (300, "casos", "2023", "En")]


def test_a_noun_after_a_preposition_before_a_verb_in_ing_is_not_what_the_figure_counts(nlp):
    text = ("The year saw more grants, with visas for nurses rising to 24,000. "
            "Detention numbers peaked in March, with people in detention rising to 2,400.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(24000, "visas"), (2400, "people")]


def test_a_french_noun_of_a_relative_named_again_before_the_figure_keeps_the_figure(nlp):
    texts = ["Les communes que les réfugiés rejoignent ont vu le nombre de réfugiés croître de 5 % en 2022.",
             "Les logements que les réfugiés occupent ont diminué de 6 % en 2022."]
    got = [[(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(5, "réfugiés")], [(6, "logements")]]


def test_a_french_part_in_brackets_is_no_item_of_the_list_of_names_after_it(nlp):
    texts = ["Le centre héberge 4 200 réfugiés (dont 1 800 enfants), surtout des Syriens (2 000) et des Irakiens (1 100).",
             "Les traversées (9 000 personnes, dont 2 000 femmes) concernent surtout les Guinéens (2 500)."]
    got = [[(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(4200, "réfugiés"), (1800, "enfants"), (2000, "Syriens"), (1100, "Irakiens")],
                   [(9000, "personnes"), (2000, "femmes"), (2500, "personnes")]]


def test_a_french_bracketed_name_after_an_item_that_counts_its_own_noun_keeps_its_name(nlp):
    texts = ["La préfecture a accordé des titres à des étudiants (3 000), puis aux Tunisiens (1 200).",
             "Les premiers titres (90 000 titres) sont allés aux Algériens (15 000) et aux Marocains (14 200)."]
    got = [[(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] for text in texts]
    assert got == [[(3000, "étudiants"), (1200, "Tunisiens")],
                   [(90000, "titres"), (15000, "titres"), (14200, "titres")]]


def test_a_spanish_capitalised_fraction_followed_by_a_pronoun_goes_on_with_the_set_before_it(nlp):
    text = "En 2022 se presentaron 4.000 solicitudes. Tres cuartas partes de ellas, unas 3.000, procedían de Venezuela."
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(4000, "solicitudes", "2022"), (75, "solicitudes", "2022"), (3000, "solicitudes", "2022")]


def test_a_spanish_line_that_goes_on_from_the_line_above_it_is_no_heading(nlp):
    text = ("Según los datos de Salvamento Marítimo, durante el primer semestre de\n"
            "2023 llegaron en cayuco y en patera a las costas de las islas\n"
            "Canarias unas 7.000 personas, en su mayoría procedentes de Senegal y Mali.")
    got = [(f.value, f.counted, f.as_of, f.sentence.split()[0]) for f in facts_in_text(text, nlp, "es")]
    assert got == [(7000, "personas", "2023", "Según")]


def test_a_noun_after_of_before_a_verb_in_ing_counts_only_after_a_measure_noun(nlp):
    text = ("Net migration fell, with emigration of nationals rising 11 percent. "
            "Women now make up most arrivals, with the share of women rising to 52 percent.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(11, "emigration"), (52, "women")]


def test_a_spanish_list_item_line_above_a_prose_line_still_ends_its_sentence(nlp):
    text = ("Entre los delitos denunciados figuran:\n"
            "- 3.120 lesiones graves\n"
            "- 1.480 robos con fuerza\n"
            "- 960 estafas\n"
            "Por otra parte, en marzo de 2022 la fiscalía abrió 610 expedientes más.")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(3120, "lesiones", None), (1480, "robos", None), (960, "estafas", None),
                   (610, "expedientes", "2022-03")]


def test_a_spanish_byline_opened_by_a_dash_gives_no_date_to_the_post_above_it(nlp):
    text = ("En 2023 se registraron 1.200 llegadas. Antes de Navidad llegaron 1,840 migrantes retornados. "
            "pic.twitter.com/abc\n"
            "— @Migracion 23 de diciembre de 2023\n"
            "Ingresos por tierra\n"
            "Según el registro del instituto, en 2023 volvieron 5.000 personas.")
    got = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")]
    assert got == [(1200, "llegadas", "2023"), (1840, "migrantes", None), (5000, "personas", "2023")]


def test_a_spanish_count_after_a_relative_level_verb_counts_the_articled_noun_before_the_comma(nlp):
    text = ("El número de residentes creció en 40.000 personas, sobre todo por los ecuatorianos, que suman 6.200, "
            "y los bolivianos, que llegan a 3.100. Crecieron las peticiones presentadas por hondureños, que llegaron "
            "a 4.500. Entre los asiáticos destacan los chinos, que suman 900 solicitudes. "
            "La región, que suma 12.000, tiene tres provincias.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(40000, "residentes"), (6200, "ecuatorianos"), (3100, "bolivianos"), (4500, "peticiones"),
                   (900, "solicitudes"), (12000, None), (3, "provincias")]


def test_a_spanish_bare_count_set_against_the_count_before_it_counts_the_same_set(nlp):
    text = ("Las denuncias que recibió la fiscalía en 2024 fueron 150 en total, frente a las 162 de 2023. "
            "En 2022 fueron 140, frente a las 120 de 2021.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(150, "denuncias"), (162, "denuncias"), (140, None), (120, None)]


def test_a_spanish_count_after_a_level_verb_counts_the_set_named_after_it(nlp):
    text = ("El instituto informó que suman 4.300 los venezolanos regularizados. "
            "Las solicitudes suman 900 en total. Ya suman 12 las oficinas abiertas.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(4300, "venezolanos"), (900, "solicitudes"), (12, "oficinas")]


def test_an_ordinal_alone_is_no_counted_phrase(nlp):
    text = ("Entre los países de acogida, Chile ocupa el primer puesto, con 2,1 millones, por delante de Perú "
            "(1,3 millones). El tercer grupo suma 800 personas.")
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")]
    assert got == [(2100000, "países"), (1300000, None), (800, "personas")]


def test_a_ranked_list_written_in_one_line_keeps_every_figure_and_drops_the_ranks(nlp):
    text = "Leading destinations in 2023: 1 Canada 412,300 2 Australia 198,750 3 New Zealand 61,020"
    got = [(f.value, f.surface) for f in facts_in_text(text, nlp, "en")]
    assert got == [(412300, "412,300"), (198750, "198,750"), (61020, "61,020")]
    text = "1. Chile 45.210 2. Perú 38.900 3. Ecuador 12.004"
    got = [(f.value, f.surface) for f in facts_in_text(text, nlp, "es")]
    assert got == [(45210, "45.210"), (38900, "38.900"), (12004, "12.004")]


def test_counts_after_a_colon_are_no_ranks_and_codes_stay_traps(nlp):
    text = "At the border: 2 Syrians and 3 Afghans were stopped. Call 0800 123 456 7 days a week."
    got = [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")]
    assert got == [(2, "Syrians"), (3, "Afghans"), (7, "days")]


def test_circa_and_a_tilde_mark_an_approximate_figure_and_keep_it(nlp):
    text = ("The ministry counted 1,200 arrivals, c. 3,000 departures and ~4,000 pending cases. "
            "The camp hosts ca. 25,000 refugees. Approx. 40% were women. See C. 189 on domestic work.")
    got = [(f.value, f.counted, f.qualifier) for f in facts_in_text(text, nlp, "en")]
    assert got == [(1200, "arrivals", None), (3000, "departures", "approximate"),
                   (4000, "pending cases", "approximate"), (25000, "refugees", "approximate"),
                   (40, None, "approximate")]
    got = [(f.value, f.counted, f.qualifier) for f in facts_in_text("Llegaron ~4.000 migrantes y aprox. 900 "
                                                                    "menores.", nlp, "es")]
    assert got == [(4000, "migrantes", "approximate"), (900, "menores", "approximate")]


def test_each_figure_takes_the_end_or_mid_year_date_right_after_it(nlp):
    text = ("Refugees numbered 6.1 million at mid-2022 and 6.5 million at mid-2023. "
            "The stock was 12,000 at end-2021 and 15,000 at end-2022. "
            "Claims reached 8,000 in 2021 and 9,500 at end-2022. "
            "Arrivals stood at 7 061 200 at mid-2010, up by 0.8% on mid-2009.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(6100000, "2022"), (6500000, "2023"), (12000, "2021-12-31"), (15000, "2022-12-31"),
                   (8000, "2021"), (9500, "2022-12-31"), (7061200, "2010"), (0.8, "2010")]


def test_a_figure_after_a_span_of_years_in_two_digits_is_no_range_from_its_end(nlp):
    text = ("Remittances rose by 6.1 percent in fiscal year 2021-22 to US$31.2 billion. "
            "Deployments rose from 123,800 in 2004-05 to 277,330 in 2007-08. Ages ran from 15-24 years.")
    got = [(f.value, f.value_max, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en")]
    assert got == [(6.1, None, 2021, 2022), (31200000000, None, 2021, 2022), (123800, None, 2004, 2005),
                   (277330, None, 2007, 2008), (15, 24, None, None)]


def test_a_row_of_a_grouped_count_then_its_share_keeps_the_count(nlp):
    text = "China 786,241 27.8% (+2.8%)\nUnited States 23,683.8 (95.6%)\nCall 12 3456 7890 today."
    got = [(f.value, f.kind, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(786241, "count", None), (27.8, "percent", None), (2.8, "percent", "increase"),
                   (23683.8, "count", None), (95.6, "percent", None)]


def test_up_to_after_a_verb_of_change_is_the_level_reached_not_a_ceiling(nlp):
    text = "Arrivals climbed up to 52,000 in May. The scheme admits up to 5,000 workers a year."
    got = [(f.value, f.qualifier, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(52000, None, None), (5000, "at_most", None)]
    text = "Las remesas subieron 12,4% anual, hasta 98 millones de dólares. El programa admite hasta 5.000 trabajadores."
    got = [(f.value, f.qualifier) for f in facts_in_text(text, nlp, "es")]
    assert got == [(12.4, None), (98000000, None), (5000, "at_most")]


def test_a_french_comma_before_three_digits_and_a_scale_or_percent_marks_decimals(nlp):
    text = ("En 2000, les transferts ont atteint 10,732 milliards de dirhams. Le PIB a progressé de 1,125 %. "
            "On compte 2,125 millions de personnes et 1,250 résidents.")
    got = [(f.value, f.kind) for f in facts_in_text(text, nlp, "fr")]
    assert got == [(10732000000, "money"), (1.125, "percent"), (2125000, "count"), (1250, "count")]
    got = [f.value for f in facts_in_text("Llegaron 2,800 millones de dólares.", nlp, "es")]
    assert got == [2800000000]


def test_a_bare_figure_of_a_list_takes_the_scale_another_figure_of_the_list_writes(nlp):
    text = ("Inflows were US$387.4, US$340.7 and US$325.1 million respectively. "
            "Arrivals reached 2.5 million in 2022 and 3.1 in 2023. "
            "The country had 7.5 million people; 2.3 children per woman were born. "
            "The fund spent 1.2 million on housing and 4,500 on food.")
    got = [f.value for f in facts_in_text(text, nlp, "en")]
    assert got == [387400000, 340700000, 325100000, 2500000, 3100000, 7500000, 2.3, 1200000, 4500]
    text = "Hay 22,88 millones de hombres y 23,72 de mujeres. Canadá aportó $79.4 millones; España $48.7."
    got = [(f.value, f.kind) for f in facts_in_text(text, nlp, "es")]
    assert got == [(22880000, "count"), (23720000, "count"), (79400000, "money"), (48700000, "money")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Les demandes et les décisions ont baissé de 2,6 % et 2,4 % respectivement.",
     [(2.6, "demandes", "decrease"), (2.4, "décisions", "decrease")]),
    ("es", "Las solicitudes y las resoluciones disminuyeron respectivamente un 3% y un 5%.",
     [(3, "solicitudes", "decrease"), (5, "resoluciones", "decrease")]),
    ("en", "Applications and decisions fell respectively by 2.6% and 2.4%.",
     [(2.6, "Applications", "decrease"), (2.4, "decisions", "decrease")]),
    ("es", "Los solicitantes sirios y afganos crecieron hasta sumar 44.000 y 27.000 personas, respectivamente.",
     [(44000, "personas", None), (27000, "personas", None)]),
])
def test_two_figures_given_respectively_count_the_two_sets_in_order_and_share_the_change(nlp, lang, text, expected):
    assert [(f.value, f.counted, f.change) for f in facts_in_text(text, nlp, lang)] == expected


def test_from_and_to_after_a_change_and_a_comma_are_two_levels_not_a_range(nlp):
    text = ("Admissions rose 137 percent, from 184,575 to 437,590. Ages ranged widely, from 18 to 35 years.")
    got = [(f.value, f.value_max) for f in facts_in_text(text, nlp, "en")]
    assert got == [(137, None), (184575, None), (437590, None), (18, 35)]


def test_a_change_named_by_a_superlative_noun_an_adjective_or_a_cut_sets_the_direction(nlp):
    text = ("Asia saw the largest rise, at 7.7 percent. The Western Balkans saw the biggest drop – 72 percent. "
            "Flows showed a 0.2 percent average increase. The plan means a cut of 52% in the programme. "
            "The largest group, at 41 percent, came from Syria.")
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(7.7, "increase"), (72, "decrease"), (0.2, "increase"), (52, "decrease"), (41, None)]


def test_a_sentence_opened_by_for_the_year_and_a_spanish_first_month_are_dated(nlp):
    got = [(f.value, f.as_of) for f in facts_in_text("For the year 2022, 2,022,874 OFWs were deployed.", nlp, "en")]
    assert got == [(2022874, "2022")]
    text = "En el primer mes de 2018 las familias recibieron 634,5 millones de dólares."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "es")] == [(634500000, "2018")]


def test_a_day_stamped_with_its_hour_dates_no_figure(nlp):
    text = ("Wednesday, 12 October 2022, 10:29 am\nProvisional estimates for the year ended\nAugust 2022 were:\n"
            "- migrant arrivals: 59,600, down 1 percent\n- migrant departures: 70,500, up 0.5 percent\n")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(59600, "2022-08"), (1, "2022-08"), (70500, "2022-08"), (0.5, "2022-08")]
    got = [(f.value, f.as_of) for f in facts_in_text("On 12 October 2022, 4,100 people arrived.", nlp, "en")]
    assert got == [(4100, "2022-10-12")]


def test_a_note_number_in_round_brackets_printed_against_a_share_or_word_is_no_figure(nlp):
    text = "The rate fell 4%(1) in 2014 and arrivals(2) rose to 4,000. Chad (12) and Niger (31) sent families."
    got = [(f.value, f.change) for f in facts_in_text(text, nlp, "en")]
    assert got == [(4, "decrease"), (4000, None), (12, None), (31, None)]
    text = "Les demandes ont reculé de 9,4 %(1) en 2014."
    assert [(f.value, f.change) for f in facts_in_text(text, nlp, "fr")] == [(9.4, "decrease")]


def test_french_counts_given_respectively_after_en_count_what_en_stands_for(nlp):
    text = ("Les Marocains arrivent en tête avec 36 648 titres, devant les Algériens et les Tunisiens, qui en ont "
            "reçu respectivement 31 943 et 22 630.")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (36648, "titres"), (31943, "titres"), (22630, "titres")]


def test_a_figure_after_a_day_is_no_hour_and_shares_take_their_own_end_of_year(nlp):
    text = ("At 31 December 2022, 12.50 percent of residents were foreign-born. "
            "The share was 12% at end-2021 and 15% at end-2022.")
    got = [(f.value, f.as_of) for f in facts_in_text(text, nlp, "en")]
    assert got == [(12.5, "2022-12-31"), (12, "2021-12-31"), (15, "2022-12-31")]
