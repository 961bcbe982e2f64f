from decimal import Decimal

import pytest

from pipeline.read.numbers import find_as_of, find_period, is_year, parse_number, split_digit_groups, split_glued_cells


@pytest.mark.parametrize(
    "text, decimal_comma, expected",
    [
        ("283", False, "283"),
        ("1,234", False, "1234"),
        ("185,000", True, "185000"),
        ("5,200,000", False, "5200000"),
        ("1.6", False, "1.6"),
        ("2,6", False, "2.6"),
        ("2,6", True, "2.6"),
        ("1.234", False, "1.234"),
        ("1.234", True, "1234"),
        ("1.234.567", False, "1234567"),
        ("1.234,5", True, "1234.5"),
        ("1,234.5", False, "1234.5"),
        ("1\u00a0234", False, "1234"),
        ("1\u202f234", False, "1234"),
        ("1\u202f234,5", True, "1234.5"),
        ("1,00,000", False, "100000"),
        ("3,50,000", False, "350000"),
    ],
)
def test_parse_number(text, decimal_comma, expected):
    assert parse_number(text, decimal_comma=decimal_comma) == Decimal(expected)


@pytest.mark.parametrize("text", ["1.2.3", "12,34,5", "abc", "", "1,2,3"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, expected", [("2020", True), ("1999", True), ("2101", False), ("283", False), ("2,020", False)])
def test_is_year(text, expected):
    assert is_year(text) is expected


@pytest.mark.parametrize(
    "sentence, anchor, expected",
    [
        ("As of the end of 2020, the number was about 2.6 million.", 40, "2020-12-31"),
        ("As of 31 December 2021, 300 people were registered.", 30, "2021-12-31"),
        ("As of December 31, 2021, 300 people were registered.", 30, "2021-12-31"),
        ("At the end of March 2021 there were 300 people.", 40, "2021-03-31"),
        ("The human rights bodies accepted 598 cases in 2020.", 30, "2020"),
        ("In March 2019, 40 officials were trained.", 20, "2019-03"),
        ("As of June 2022, 12 centres were open.", 20, "2022-06"),
        ("In 2019 there were 300 arrivals; in 2020 there were 400.", 50, "2020"),
        ("In 2019 there were 300 arrivals; in 2020 there were 400.", 20, "2019"),
        ("In 2020, the office issued 41,350 permits, and 12% of them went to women.", 60, "2020"),
        ("300 people came on 31 February 2020.", 0, None),
        ("There were 300 arrivals.", 12, None),
        ("About 41,000 people were naturalised in the second quarter (Q2) of Fiscal Year (FY) 2019.", 6, "2019"),
        ("Forty percent of FY 2019 Q2 naturalisations went to women.", 0, "2019"),
        ("Some 9,200 permits were issued in the first half of fiscal year 2021.", 5, "2021"),
        ("The records show that 2018 brought about 23,000 arrivals.", 40, "2018"),
        ("May 2021 recorded the highest figure, 412 returns.", 40, "2021-05"),
        ("Naturalisation Report Fiscal Year 2019: 4,100 pages.", 40, None),
        ("In mid-2020, 281 million people lived abroad.", 20, "2020"),
        ("At end-2021, 89.3 million people were displaced.", 20, "2021-12-31"),
        ("In Q1 2016, 287,100 people applied.", 20, "2016"),
        ("In January-March 2021, 4,000 people arrived.", 30, "2021"),
        ("Over the 12 months to September 2023, 4,000 people arrived.", 40, "2023-09"),
        ("In calendar year 2022, 4,000 people arrived.", 30, "2022"),
    ],
)
def test_find_as_of(sentence, anchor, expected):
    found = find_as_of(sentence, anchor)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    "sentence, figure, expected",
    [
        ("Arrivals reached 5,400, 8% more than the 5,000 recorded in 2019.", "5,400", None),
        ("Arrivals reached 5,400, 8% more than the 5,000 recorded in 2019.", "8%", None),
        ("Arrivals reached 5,400, 8% more than the 5,000 recorded in 2019.", "5,000", "2019"),
        ("Remittances came to $12 billion in 2021, against $10 billion in 2020.", "$12", "2021"),
        ("Remittances came to $12 billion in 2021, against $10 billion in 2020.", "$10", "2020"),
        ("In the year ended June 2022, 4,100 people arrived, compared with 3,900 in the previous year.", "3,900", None),
        ("In the year ended June 2022, 4,100 people arrived, compared with 3,900 in the previous year.", "4,100",
         "2022-06"),
        ("In the year ended June 2022, 4,100 people arrived, compared with 3,900 departures.", "3,900", "2022-06"),
        ("Arrivals rose 12% in 2021 to more than 3,000.", "3,000", "2021"),
        ("In 2021 the stay of less than one year was granted to 1,200 people.", "1,200", "2021"),
        ("Some 300 people were born in a country other than Spain in 2020.", "300", "2020"),
        ("Arrivals rose from 4,100 in 2019 to 5,200 in 2021.", "5,200", "2021"),
        ("Arrivals rose from 4,100 in 2019 to 5,200 in 2021.", "4,100", "2019"),
        ("Arrivals fell in the year to June 2023, but the year before they had reached 88,000.", "88,000", None),
        ("Arrivals were 6,000, three times the number in 2010.", "three", None),
        ("Arrivals were 6,000, three times the number in 2010.", "6,000", None),
        ("Some 1.2 million came in 2016/17, twice the 2014 level.", "twice", None),
        ("During 2019 the register lost 2,100 names and held 51,300 as of 1 January 2020.", "2,100", "2019"),
        ("During 2019 the register lost 2,100 names and held 51,300 as of 1 January 2020.", "51,300", "2020-01-01"),
        ("The office has assisted 2,300 victims since it opened in 2015.", "2,300", None),
        ("Net migration has moved between 40,000 and 52,000 since the year ended May 2016.", "40,000", None),
        # "Over" opening a sentence frames a time; "As in" still compares
        ("Over the first eight months of 2017, the number sent abroad reached 78,938.", "78,938", "2017"),
        ("As in 2015, most migrants set off from the European Economic Area (83 per cent).", "83", None),
        # a figure in words holds as many figures before its year as one in digits
        ("The share grew from one per cent in 2016 and six per cent in 2018.", "one", "2016"),
        ("The share grew from one per cent in 2016 and six per cent in 2018.", "six", "2018"),
        # a currency's words before a figure are no figure in words
        ("The fee was CFA francs 1,000 in 2016 and CFA francs 1,500 in 2017.", "CFA francs 1,500", "2017"),
    ],
)
def test_a_date_compared_with_dates_the_figures_after_the_comparison(sentence, figure, expected):
    found = find_as_of(sentence, sentence.index(figure))
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("es", "Al 31 de diciembre de 2020 residían 2.315.408 personas.", "2020-12-31"),
        ("es", "A finales de 2021 había 312 personas.", "2021-12-31"),
        ("es", "En 2021 se registraron 300 solicitudes.", "2021"),
        ("es", "De enero a mayo de 2021 llegaron 4.500 personas.", "2021"),
        ("es", "En marzo de 2022 llegaron 4.500 personas.", "2022-03"),
        ("fr", "Au 1er janvier 2020, 65 000 personnes résidaient en France.", "2020-01-01"),
        ("fr", "Fin 2020, 312 440 titres étaient valides.", "2020-12-31"),
        ("fr", "En 2021, 3 450 enfants étaient inscrits.", "2021"),
        ("fr", "Depuis 2015, 3 450 enfants ont été inscrits.", None),
        ("fr", "Ils progressent de 9,1 % par rapport à fin mars 2021.", None),
        ("fr", "À la fin de l'année 2019, 79,5 millions de personnes étaient déracinées.", "2019-12-31"),
        ("fr", "2021 a été marquée par une hausse de 0,62 %, soit 71 000 habitants.", "2021"),
        ("fr", "En 2019, 3 120 titres ont été délivrés, selon le chiffre publié en mai.", "2019"),
        ("fr", "Parmi elles, 16,2 millions l’ont été au cours de la seule année 2017 – pour la première fois.", "2017"),
        ("fr", "Avec 320 330 titres de séjour délivrés, l'année 2022 renoue avec la hausse.", "2022"),
        ("fr", "Les immigrants pourraient former 29,1 % de la population d'ici 2041.", "2041"),
        ("fr", "Un an plus tard, les 25 et 26 mai 2016, 805 migrants sont morts.", "2016-05"),
        ("fr", "Entre 2015-2020, 450 000 titres ont été délivrés.", None),
        ("es", "Las remesas perderían 8,2% de su poder adquisitivo frente a 2021.", None),
        ("es", "El banco estima que en 2021 llegarán 4.500 millones de dólares.", "2021"),
        ("es", "Llegaron 4.500 personas, más que en 2021.", None),
        ("es", "Para enero-febrero de 2022 el 24,2% de los migrantes vivía en Bogotá.", "2022"),
    ],
)
def test_find_as_of_in_spanish_and_french(lang, sentence, expected):
    found = find_as_of(sentence, len(sentence) // 2, lang)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("13 training sessions were conducted from 2009 to 2021.", (2009, 2021)),
        ("Between 2018 and 2021, 40 centres opened.", (2018, 2021)),
        ("In the 2015-2020 period, 40 centres opened.", (2015, 2020)),
        ("During 2018–20, 40 centres opened.", (2018, 2020)),
        ("Since 2005, Japan has contributed US$ 5 million.", None),
        ("There were 9,100 arrests from July 2022 to the end of 2023.", (2022, 2023)),
        ("4,10,200 workers returned from June 2019-December 2020.", (2019, 2020)),
        ("The review covers September 2018 to September 2021.", (2018, 2021)),
        ("In March 2020 and April 2021, 300 people arrived.", None),
        ("From 1 April to 30 September 2022, inspectors made 840 visits.", (2022, 2022)),
        ("There were 300 arrivals in 2020.", None),
        ("Between October 1, 2017 and January 1, 2018, the increase was 55,048.", (2017, 2018)),
    ],
)
def test_find_period(sentence, expected):
    found = find_period(sentence)
    assert ((found.first, found.last) if found else None) == expected


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("es", "Entre 2018 y 2021, se identificaron 156 víctimas.", (2018, 2021)),
        ("es", "De 2015 a 2020 llegaron 4.500 personas.", (2015, 2020)),
        ("es", "Desde 2015 llegaron 4.500 personas.", None),
        ("fr", "Entre 2015 et 2020, 4 500 personnes sont arrivées.", (2015, 2020)),
        ("fr", "De 2015 à 2020, 4 500 personnes sont arrivées.", (2015, 2020)),
        ("fr", "Depuis 2015, 4 500 personnes sont arrivées.", None),
        ("fr", "Entre le 1er janvier 2020 et le 1er janvier 2021, la population a gagné 289 000 personnes.", (2020, 2021)),
        ("es", "Entre el 1 de enero de 2020 y el 1 de enero de 2021 llegaron 12.000 personas.", (2020, 2021)),
    ],
)
def test_find_period_in_spanish_and_french(lang, sentence, expected):
    found = find_period(sentence, lang)
    assert ((found.first, found.last) if found else None) == expected


@pytest.mark.parametrize(
    "groups, count, expected",
    [
        ("18 772 16 406 19 428", 3, [2, 2, 2]),  # a group under three digits starts a number
        ("204 271 200 060 220 599", 3, [2, 2, 2]),  # several readings: numbers of equal width
        ("1 204 271 200 060", 2, None),  # several readings, none of equal width
        ("85 726 100 412 17,1", 3, [2, 2, 1]),  # several readings: the most even one
        ("112 134", 2, [1, 1]),
        ("65 000,5 3", 2, [2, 1]),  # decimals end a number
        ("112 134", 3, None),  # fewer groups than numbers
        ("12 5", 1, None),  # "5" cannot follow a group
    ],
)
def test_split_digit_groups(groups, count, expected):
    assert split_digit_groups(groups.split(), count) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("82,42563,84818,5765,1444,4717,5941,367",
         ["82,425", "63,848", "18,576", "5,144", "4,471", "7,594", "1,367"]),
        ("1,2345,678,901", ["1,234", "5,678,901"]),
        ("1,234,567", None),  # one figure
        ("1,4201,25516556386010", None),  # figures with no comma run together: no unique reading
        ("12,3456", None),  # a last run of four digits
    ],
)
def test_split_glued_cells(text, expected):
    found = split_glued_cells(text)
    assert (found and [text[a:b] for a, b in found]) == expected
