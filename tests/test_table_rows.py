import pytest

from pipeline.read.extract import facts_in_text
from pipeline.read.table_rows import find_rows

TABLE = (
    "The table below presents key indicators.\n\n"
    "Indicator 2019 2020 Change 2019-2020 (%)\n"
    "Victims of trafficking identified 112 134 +19.6\n"
    "Migrants rescued at sea 2,410 1,985 -17.6\n"
)


def test_rows_cells_and_header_columns():
    rows = find_rows(TABLE)
    assert [(r.label, [TABLE[s:e] for s, e in r.cells]) for r in rows.values()] == [
        ("Victims of trafficking identified", ["112", "134", "+19.6"]),
        ("Migrants rescued at sea", ["2,410", "1,985", "-17.6"]),
    ]
    row = next(iter(rows.values()))
    columns = [row.column(s) for s, _ in row.cells]
    assert [(c.year, c.change, c.period, c.percent) for c in columns] == [
        (2019, False, None, False), (2020, False, None, False), (None, True, (2019, 2020), True),
    ]


def test_key_figure_lists_are_rows():
    text = "Key figures\nWork permits issued (2021) 512,300\nLabour inspections carried out (2021) 38,950\n"
    assert [r.label for r in find_rows(text).values()] == [
        "Work permits issued (2021)", "Labour inspections carried out (2021)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, the Coast Guard took part in 14\nrescue operations in the North Atlantic.\n",
        "The Returning Citizens Office assisted around 2,000\nNorlandic citizens who returned from abroad.\n",
        "Four ministries and 23\nmunicipalities contributed written inputs.\n",
    ],
)
def test_wrapped_paragraph_lines_are_not_rows(text):
    assert find_rows(text) == {}


def test_a_sentence_naming_two_years_is_no_header():
    text = "Between 2019 and 2021 the Ministry trained foreign workers, and the number of participants\nreached 1,250\npeople.\n"
    assert find_rows(text) == {}


def test_facts_from_a_table(nlp):
    facts = [(f.value, f.kind, f.counted, f.change, f.as_of, f.period_start) for f in facts_in_text(TABLE, nlp)]
    assert facts == [
        (112, "count", "Victims of trafficking", None, "2019", None),
        (134, "count", "Victims of trafficking", None, "2020", None),
        (19.6, "percent", "Victims of trafficking", "increase", None, 2019),  # a change column counts its row's label
        (2410, "count", "Migrants", None, "2019", None),
        (1985, "count", "Migrants", None, "2020", None),
        (17.6, "percent", "Migrants", "decrease", None, 2019),
    ]


@pytest.mark.parametrize(
    "second, dates",
    [
        # a run of months splits the year before the spans; the spans' years stay years
        ("            Jan Feb   Jan-Feb", ["2023", "2024", "2025", "2026-01", "2026-02", "2025", "2026"]),
        # a run of quarters with no span splits the last year; a quarter dates by its year
        ("Q1 Q2", None),
    ],
)
def test_a_second_header_line_splits_a_year_into_months(second, dates):
    years = "  Country     2023   2024   2025p   2026p   2025p 2026p" if dates else "Indicator 2022 2023"
    cells = "301 332 194 633 1,043 1,058 2,858" if dates else "410 120 135"
    text = f"{years}\n{second}\n  Cambodia     {cells}\n"
    (row,) = find_rows(text).values()
    columns = [row.column(s) for s, _ in row.cells]
    assert [c.date for c in columns] == (dates or ["2022", "2023", "2023"])
    assert [c.label for c in columns][-2:] == (["2025p", "2026p"] if dates else ["Q1 2023", "Q2 2023"])


def test_a_second_header_line_of_other_words_ends_the_header():
    text = "Indicator 2022 2023\nMigrants returned home\nCambodia 301 332\n"
    assert [r.columns for r in find_rows(text).values()] == [()]


def test_cells_whose_thousands_a_plain_space_sets_off_follow_the_header_and_caption():
    text = ("Tableau n° 6 : premiers titres de séjour selon la décomposition officielle\n"
            "Motifs d'admission 2010 2012 2019*\n"
            "A. Économique 18 772 16 406 38 843\n"
            "Total 204 271 200 060 276 576\n")
    rows = list(find_rows(text).values())
    assert [(r.label, [text[s:e] for s, e in r.cells]) for r in rows] == [
        ("A. Économique", ["18 772", "16 406", "38 843"]),
        ("Total", ["204 271", "200 060", "276 576"]),
    ]
    assert [c.year for c in rows[0].columns] == [2010, 2012, 2019]
    assert rows[0].title == "premiers titres de séjour selon la décomposition officielle"


def test_figures_run_into_one_another_and_into_the_label_are_cells_of_the_caption_scale(nlp):
    text = ("Population, 2016, by migrant background\n"
            "in 1,000\n\n"
            "Main residence82,42563,84818,576\n"
            "Further residence94383011333264410\n")
    rows = list(find_rows(text).values())
    assert [(r.label, [text[s:e] for s, e in r.cells], r.scale) for r in rows] == [
        ("Main residence", ["82,425", "63,848", "18,576"], 1000),
    ]
    assert [(f.value, f.surface) for f in facts_in_text(text, nlp, "en")] == [
        (82425000, "82,425"), (63848000, "63,848"), (18576000, "18,576"),
    ]


def test_cells_whose_columns_wider_gaps_set_off_keep_their_spaced_thousands():
    text = ("Immigrés                7 010       10,3\n"
            "Étrangers               5\u00a0306 7,8\n"
            "Ensemble                67 916      100,0\n")
    rows = list(find_rows(text).values())
    assert [(r.label, [text[s:e] for s, e in r.cells]) for r in rows] == [
        ("Immigrés", ["7 010", "10,3"]),
        ("Étrangers", ["5\u00a0306", "7,8"]),
        ("Ensemble", ["67 916", "100,0"]),
    ]


def test_a_share_whose_percent_sign_a_space_sets_off_is_one_cell():
    text = ("en milliers\n\n"
            "Tableau 2 – Demandes de protection internationale\n"
            "2016 2017 Évolution\n"
            "Premières demandes 63 935 73 802 15,4 %\n")
    (row,) = find_rows(text).values()
    assert (row.label, [text[s:e] for s, e in row.cells]) == ("Premières demandes", ["63 935", "73 802", "15,4 %"])
    assert [c.year for c in row.columns] == [2016, 2017, None] and row.scale == 1


def test_a_chart_flattened_to_a_line_keeps_its_figures_not_its_axes():
    text = ("Evolución de la población (2001-2013) 48.000.000 47.000.000 46.239.271 46.667.175 46.000.000 "
            "45.668.938 45.000.000 2003 2002 2001 44.000.000 Año\n")
    (row,) = find_rows(text).values()
    assert (row.label, row.chart) == ("Evolución de la población (2001-2013)", True)
    assert [text[s:e] for s, e in row.cells] == ["46.239.271", "46.667.175", "45.668.938"]


def test_rows_of_dates_count_what_their_columns_name(nlp):
    text = ("Permanent and long-term migrants\n"
            "Date Arrivals (Number s.a.) Departures (Number s.a.) Residents (Number)\n"
            "Mar 2017 33,150 14,830 4,776,500\n"
            "Dec 2018 26,010 .. 4,929,700\n")
    rows = list(find_rows(text).values())
    assert [[r.name(s) for s, _ in r.cells] for r in rows] == [
        ["Arrivals", "Departures", "Residents"], ["Arrivals", "Residents"],
    ]
    facts = [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp)]
    assert facts == [
        (33150, "Arrivals", "2017-03"), (14830, "Departures", "2017-03"), (4776500, "Residents", "2017-03"),
        (26010, "Arrivals", "2018-12"), (4929700, "Residents", "2018-12"),
    ]


def test_columns_that_name_no_noun_count_what_their_group_names(nlp):
    text = ("Permanent & long-term migrants Estimated resident population\n"
            "Date Arrivals (Number s.a.) Departures (Number s.a.) Net (Number s.a.) (Number)\n"
            "Mar 2017 33,150 14,830 18,260 4,776,500\n")
    (row,) = find_rows(text).values()
    assert [row.name(s) for s, _ in row.cells] == ["Arrivals", "Departures", "migrants", "population"]
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp)] == [
        (33150, "Arrivals"), (14830, "Departures"), (18260, "migrants"), (4776500, "population")]


def test_rows_of_other_labels_count_their_label():
    text = "Indicator Arrivals Departures\nWork permits issued 512,300 38,950\nVisas granted 1,200 800\n"
    assert [[r.name(s) for s, _ in r.cells] for r in find_rows(text).values()] == [[None, None], [None, None]]


def test_a_header_of_half_years_and_empty_cells_that_keep_their_column(nlp):
    years = " ".join(f"{y}S{h}" for y in range(2022, 2015, -1) for h in (2, 1))
    text = (f"Provincia Nacionalidad {years}\n"
            "Total Nacional Total 258.547 144.117 3.953 101.741 117.616 241.658 212.574 217.052 117.106 126.342 "
            "36.930 67.323 20.098 16.643\n"
            'Bélgica "" "" "" "" 672 1.202 1.241 1.314 878 952 755 991 534 827\n')
    facts = facts_in_text(text, nlp, "es")
    assert [(f.value, f.as_of) for f in facts][:3] == [(258547, "2022"), (144117, "2022"), (3953, "2021")]
    assert [(f.value, f.as_of) for f in facts][14:17] == [(672, "2020"), (1202, "2020"), (1241, "2019")]


def test_a_sentence_that_leads_a_table_names_what_its_cells_count(nlp):
    text = ("En la tabla que sigue se resumen los afiliados de cada comunidad autónoma:\n"
            "General | Autónomos | Total |\n"
            "ANDALUCÍA | 90.872 | 26.819 | 215.500 |\n"
            "COM. VALENCIANA | 115.351 | 27.999 | 195.847 |\n")
    assert {f.counted for f in facts_in_text(text, nlp, "es")} == {"afiliados"}
    text = ("Estos son los lugares del país que más venezolanos han acogido:\n"
            "Ciudad | Cantidad de personas |\nBogotá | 204.000 |\nGuajira | 101.000 |\nCúcuta | 90.000 |\n")
    assert {f.counted for f in facts_in_text(text, nlp, "es")} != {"lugares"}


def test_a_signed_cell_after_a_cell_among_cells_is_no_range(nlp):
    text = "Española 241 -7.342 3.423 222 -2.027\n"
    assert [(f.value, f.value_max, f.change) for f in facts_in_text(text, nlp, "es")] == [
        (241, None, None), (7342, None, "decrease"), (3423, None, None), (222, None, None), (2027, None, "decrease")]


def test_the_title_above_a_units_line_and_a_blank_line_names_what_cells_count(nlp):
    text = ("Saldo migratorio con el exterior según provincia y semestre\nUnidades: Movimientos migratorios\n\n"
            "2022S1 2021S2 2021S1\nTotal Nacional 258.547 144.117 3.953\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "es")] == [
        (258547, "Saldo migratorio", "2022"), (144117, "Saldo migratorio", "2021"), (3953, "Saldo migratorio", "2021")]


def test_a_title_line_right_above_the_years_names_what_cells_count(nlp):
    text = ("Population immigrée par pays de naissance depuis 1982 | |||\n| 1982 | 1990 |\n"
            "Algérie | 597 644 | 555 715 |\nMaroc | 367 896 | 457 456 |\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (597644, "Population immigrée", "1982"), (555715, "Population immigrée", "1990"),
        (367896, "Population immigrée", "1982"), (457456, "Population immigrée", "1990")]


def test_rows_that_open_on_their_year_and_set_thousands_off_by_a_space(nlp):
    text = ("Population historique\nAn Pop. ±%\n1864 4 188 419 -\n1878 4 550 699 +8,6%\n"
            "1950 8.510.240 +10,2%\n1970 8 648 369 -2,3%\n")
    assert [(f.value, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (4188419, "Population historique", "1864", None),
        (4550699, "Population historique", "1878", None), (8.6, "Population historique", "1878", "increase"),
        (8510240, "Population historique", "1950", None), (10.2, "Population historique", "1950", "increase"),
        (8648369, "Population historique", "1970", None), (2.3, "Population historique", "1970", "decrease")]
    # three-digit cells that are columns of their own stay apart when merging them would not even the rows out
    text = "Year North South East\n2019 120 340 560\n2020 130 350 570\n2021 140 360 580\n"
    assert [f.value for f in facts_in_text(text, nlp, "en")] == [120, 340, 560, 130, 350, 570, 140, 360, 580]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "| Valeur | Modalité | Cas |\n| 15 | autre pays d'Europe | 2818 |\n| 21 | Algérie | 6883 |\n",
     [(2818, None), (6883, None)]),
    ("en", "| Rank | Country | Applications |\n| 1 | Syria | 98,900 |\n| 2 | Afghanistan | 41,500 |\n",
     [(98900, None), (41500, None)]),
    # the row's number is no part of its label either: a place's row counts nothing its label names
    ("en", "Rank Country 2021 2022\n1 Syria 98,900 131,900\n2 Afghanistan 41,500 45,000\n",
     [(98900, "2021"), (131900, "2022"), (41500, "2021"), (45000, "2022")]),
])
def test_a_rows_number_or_code_before_its_label_is_no_fact(nlp, lang, text, expected):
    facts = facts_in_text(text, nlp, lang)
    assert [(f.value, f.as_of) for f in facts] == expected
    assert all(f.counted is None or not f.counted[:1].isdigit() for f in facts)


def test_rows_under_a_total_of_100_are_shares_and_never_scaled(nlp):
    text = ("Place of Work   Both   Male   Female\n\n"
            " Philippines   1,747   890   857\n   Number (In thousands)\n\n"
            " Total   100.0   100.0   100.0\n\n Africa   1.2   2.0   0.4\n")
    # "Number (In thousands)" under the first row scales that row alone
    assert [(f.value, f.kind) for f in facts_in_text(text, nlp, "en")] == [
        (1747000, "count"), (890000, "count"), (857000, "count"), (100, "percent"), (100, "percent"), (100, "percent"),
        (1.2, "percent"), (2.0, "percent"), (0.4, "percent")]


def test_a_table_whose_years_span_sub_columns_over_rules_blank_lines_and_wrapped_labels(nlp):
    text = ("Table 4  Overseas Filipino Workers, Number and Percent Share, by Sex:\n         2006 and 2007\n\n"
            "==========================================\n"
            "                   2007        |         2006\n"
            "Place of Work   Both  Male Female |  Both  Male Female\n"
            "------------------------------------------\n\n"
            " Total   100.0  100.0  100.0   100.0  100.0  100.0\n\n"
            " Africa    1.2    2.0    0.4     1.7    3.0    0.3\n"
            "   Other Countries in East Asia (China,\n"
            "   South Korea, etc.)   3.1  4.3  1.9   3.5  5.4  1.7\n")
    facts = facts_in_text(text, nlp, "en")
    assert [(f.value, f.kind, f.as_of) for f in facts][6:12] == [
        (1.2, "percent", "2007"), (2.0, "percent", "2007"), (0.4, "percent", "2007"),
        (1.7, "percent", "2006"), (3.0, "percent", "2006"), (0.3, "percent", "2006")]
    assert {f.counted for f in facts[:12]} == {"Overseas Filipino Workers"}
    assert [f.as_of for f in facts[12:]] == ["2007"] * 3 + ["2006"] * 3


def test_an_english_row_under_a_title_read_above_its_header_counts_its_own_label(nlp):
    text = ("Population and Migration Estimates\nApril 2010\n\nYear ending April 2009 April 2010\n"
            "Natural increase 45,100 45,900\nNet migration - 7,800 -34,500\n")
    assert [f.counted for f in facts_in_text(text, nlp, "en")] == [
        "Natural increase", "Natural increase", "Net migration", "Net migration"]


def test_a_table_printed_one_cell_per_line(nlp):
    text = ("Table 2: Top asylum applications (dependants excluded) 2014\n2015\n% change\n"
            "Eritrea\n3,233\n3,729\n+15%\nIran\n2,000\n3,248\n+62%\n")
    assert [(f.value, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (3233, "Top asylum applications", "2014", None), (3729, "Top asylum applications", "2015", None),
        (15, "Top asylum applications", None, "increase"),  # a column of changes: of what the title counts
        (2000, "Top asylum applications", "2014", None), (3248, "Top asylum applications", "2015", None),
        (62, "Top asylum applications", None, "increase")]


def test_cells_one_per_line_under_group_headings_take_the_day_their_title_gives_the_years(nlp):
    text = ("Unaccompanied asylum seeking children starting to be looked after, years to 31 March 2004 and 2005\n\n"
            "numbers\n\n2004\n\n2005\n\nEngland\n\n1,600\n\n1,800\n\nShire counties\n\nDurham\n\n0\n\n2\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (1600, "Unaccompanied asylum seeking children", "2004-03-31"),
        (1800, "Unaccompanied asylum seeking children", "2005-03-31"),
        (0, "Unaccompanied asylum seeking children", "2004-03-31"),
        (2, "Unaccompanied asylum seeking children", "2005-03-31")]


def test_a_table_printed_one_cell_per_line_with_bars_and_a_total_column(nlp):
    text = ("Voluntary removals of UASC, counted by year, 1st October 2006 to 31st December 2008:\n"
            "Year of application |\n2006 |\n2007 |\n2008 |\nTotal |\nTotal |\n7 |\n28 |\n23 |\n58 |\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (7, "Voluntary removals of UASC", "2006"), (28, "Voluntary removals of UASC", "2007"),
        (23, "Voluntary removals of UASC", "2008"),
        (58, "Voluntary removals of UASC", None)]
    assert [(f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en")][-1] == (2006, 2008)


def test_a_table_printed_one_cell_per_line_with_its_label_beside_the_first_cell(nlp):
    text = ("Así se reparten los afiliados entre las comunidades autónomas:\nGeneral  | \n    Autónomos  | \n"
            "    Total  | \n  |\n| ANDALUCÍA | 85.400  | \n    27.549  | \n    112.949  | \n  \n"
            "| ARAGÓN | 39.945  | \n    6.122  | \n    -  | \n\nEtiquetas: afiliación, extranjeros\n")
    assert [(f.value, f.counted, f.sentence) for f in facts_in_text(text, nlp, "es")] == [
        (85400, "afiliados", "| ANDALUCÍA | 85.400 |"), (27549, "afiliados", "27.549 |"),
        (112949, "afiliados", "112.949 |"), (39945, "afiliados", "| ARAGÓN | 39.945 |"),
        (6122, "afiliados", "6.122 |")]
    rows = find_rows(text)
    assert [rows[start].label for start in sorted(rows) if not rows[start].header] == ["ANDALUCÍA"] * 3 + ["ARAGÓN"] * 2


def test_a_table_with_bars_names_its_cells_by_the_header_field_above_them(nlp):
    text = ("Fréquences\n| Valeur | Modalité | Cas | |\n|---|---|---|---|\n| 1 | France | 257579 |\n88.9%\n|\n"
            "| 12 | Italie | 3172 | 1.1% |\n| 44 | autres pays | 78 |\n0%\n|\n")
    assert [(f.value, f.kind, f.counted, f.sentence) for f in facts_in_text(text, nlp, "fr")] == [
        (257579, "count", "Cas", "| 1 | France | 257579 |"), (88.9, "percent", "Cas", "88.9%"),
        (3172, "count", "Cas", "| 12 | Italie | 3172 | 1.1% |"), (1.1, "percent", "Cas", "| 12 | Italie | 3172 | 1.1% |"),
        (78, "count", "Cas", "| 44 | autres pays | 78 |"), (0, "percent", "Cas", "0%")]


def test_a_caption_above_a_table_with_bars_names_what_its_cells_count_over_the_header(nlp):
    text = ("Immigrants by country of birth on 1 January 2009, main countries | |||\nTotal | Males | Females | |\n"
            "Total | 28,644 | 15,499 | 13,145 |\nPoland | 11,575 | 7,158 | 4,417 |\n")
    assert {f.counted for f in facts_in_text(text, nlp, "en")} == {"Immigrants"}


def test_a_table_printed_one_cell_per_line_under_bands_and_sub_columns(nlp):
    text = ("Table 4 Moves into and out of the region by age group: 2010-2011\n\nMoves from abroad\n\n"
            "0-15\n\n16-64\n\nN\n\n%\n\nN\n\n%\n\nIN\n\n1,200\n\n20\n\n4,800\n\n80\n\n"
            "OUT\n\n900\n\n30\n\n2,100\n\n70\n\n")
    assert [(f.value, f.kind, f.counted, f.period_start, f.period_end) for f in facts_in_text(text, nlp, "en")] == [
        (1200, "count", "Moves", 2010, 2011), (20, "percent", "Moves", 2010, 2011),
        (4800, "count", "Moves", 2010, 2011), (80, "percent", "Moves", 2010, 2011),
        (900, "count", "Moves", 2010, 2011), (30, "percent", "Moves", 2010, 2011),
        (2100, "count", "Moves", 2010, 2011), (70, "percent", "Moves", 2010, 2011)]


def test_rows_of_a_table_printed_one_cell_per_line_under_their_year(nlp):
    text = ("Migration by sex, arrivals and departures, 1990-2020\nYear\nArrivals\nDepartures\nWomen\nMen\n"
            "1990\n1 310\n1 205\n410\n388\n1991\n920\n874\n-31\n402\n")
    assert [(f.value, f.as_of, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (1310, "1990", None), (1205, "1990", None), (410, "1990", None), (388, "1990", None),
        (920, "1991", None), (874, "1991", None), (31, "1991", "decrease"), (402, "1991", None)]


def test_a_table_set_off_by_bars_with_years_spanning_named_columns(nlp):
    text = ("Arrivals and departures, by country | 2022 | 2021 |\n---|\n"
            "Arrivals | Departures | Net arrivals | Net arrivals |\n---|\n"
            "Total | 12 400 | 9 100 | 3 300 | 2 750 |\n---|\n| | | | |\nSelected countries | | | | |\n---|\n"
            "Chile | 1 020 | 1 310 | -290 | 115 |\n---|\n")
    assert [(f.value, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "en")] == [
        (12400, "Arrivals", "2022", None), (9100, "Departures", "2022", None), (3300, "Net arrivals", "2022", None),
        (2750, "Net arrivals", "2021", None),
        (1020, "Arrivals", "2022", None), (1310, "Departures", "2022", None), (290, "Net arrivals", "2022", "decrease"),
        (115, "Net arrivals", "2021", None)]


def test_a_caption_of_places_producing_something_counts_what_they_produce(nlp):
    text = ("Table 3: Top five countries sending asylum seekers (dependants excluded) 2016\n2017\n"
            "Eritrea\n1,233\n1,729\nIran\n900\n1,248\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (5, "countries"), (1233, "asylum seekers"), (1729, "asylum seekers"), (900, "asylum seekers"),
        (1248, "asylum seekers")]


def test_cells_one_per_line_under_years_that_repeat_the_same_named_sub_columns(nlp):
    text = ("Población migrante por departamento según los censos\n\nDepartamento\nCENSO 1992\nCENSO 2001\n"
            "Inmigrantes\nEmigrantes\nTasa %\nInmigrantes\nEmigrantes\nTasa %\n"
            "Oruro\n56,689\n134,184\n-22.86\n61,867\n162,629\n-25.80\n"
            "Tarija\n57,493\n33,474\n8.46\n66,150\n40,002\n7.10\n")
    assert [(f.value, f.kind, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "es")][:6] == [
        (56689, "count", "Inmigrantes", "1992", None), (134184, "count", "Emigrantes", "1992", None),
        (22.86, "percent", "Tasa", "1992", "decrease"), (61867, "count", "Inmigrantes", "2001", None),
        (162629, "count", "Emigrantes", "2001", None), (25.80, "percent", "Tasa", "2001", "decrease")]


def test_rows_under_numbered_columns_with_a_formula_and_a_spaced_minus_in_the_last_cell(nlp):
    text = ("Résidents étrangers : flux annuels (en milliers de personnes)\n"
            "Entrées (1) Sorties (2) Solde = (1) - (2)\n2015 70 121 - 51\n2016 88 80 8\n2017 64 99 -35\n2018 61 91 - 30\n")
    assert [(f.value, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "fr") if f.value > 2][:6] == [
        (70000, "Entrées", "2015", None), (121000, "Sorties", "2015", None), (51000, "Solde", "2015", "decrease"),
        (88000, "Entrées", "2016", None), (80000, "Sorties", "2016", None), (8000, "Solde", "2016", None)]


def test_a_rule_under_a_header_set_off_by_bars_does_not_hide_its_names(nlp):
    text = ("Top 20 : pays d'origine\nOrigine | Demandes d'asile | Acceptées |\n---|---|---|\n"
            "Afghanistan | 25.483 | 3.129 |\nSyrie | 19.790 | 5.149 |\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr") if f.value > 20] == [
        (25483, "Demandes d'asile"), (3129, "Acceptées"), (19790, "Demandes d'asile"), (5149, "Acceptées")]


def test_a_header_of_many_years_closed_by_a_change_column_under_a_caption_in_capitals(nlp):
    years = " | ".join(str(y) for y in range(2001, 2016))
    text = (f"| VISAS ISSUED, BY NATIONALITY, YEARLY 2001 - 2015 | |||\n| NATIONALITY | {years} | % Change 2015/14 | |||\n"
            f"| Peru | {' | '.join(str(10 + i) for i in range(15))} | 4.2% | |||\n")
    facts = [f for f in facts_in_text(text, nlp, "en") if f.value < 1000]
    assert [(f.value, f.counted, f.as_of) for f in facts][:2] == [(10, "VISAS", "2001"), (11, "VISAS", "2002")]
    assert [(f.value, f.kind, f.change, f.period_start, f.period_end) for f in facts][-1] == (
        4.2, "percent", "increase", 2014, 2015)


def test_a_table_set_off_by_bars_under_nationality_columns_counts_what_its_caption_names(nlp):
    text = ("Residence Permits Granted, by Age, Sector and Nationality, 2019(1-4)\nEurope | |||\n---|---|---|---|\n"
            "U.K | Canada | India | Total | |\nConstruction | 4 | 6 | 9 | 19 |\n20 – 29 | 1 | 2 | 3 | 6 |\n"
            "50+ | 3 | 4 | 6 | 13 |\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en") if f.value not in (1, 4, 2019)][:5] == [
        (6, "Residence Permits", "2019"), (9, "Residence Permits", "2019"), (19, "Residence Permits", "2019"),
        (2, "Residence Permits", "2019"), (3, "Residence Permits", "2019")]


def test_year_rows_of_counts_and_shares_under_a_header_of_unit_marks(nlp):
    text = ("Immigrants selon le pays de naissance, Québec, 1990-2019\n\n\nAnnée Europe   Afrique   Total\n\n"
            "  n %   n %   n %\n\n1990 2 711 12,0   17 411 77,1   22 574 100,0\n1991 3 043 14,4   15 656 74,2   21 089 100,0\n"
            "1992 3 032 14,2   16 207 75,8   21 375 100,0\n")
    assert [(f.value, f.kind, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")][:6] == [
        (2711, "count", "Immigrants", "1990"), (12.0, "percent", "Immigrants", "1990"),
        (17411, "count", "Immigrants", "1990"), (77.1, "percent", "Immigrants", "1990"),
        (22574, "count", "Immigrants", "1990"), (100.0, "percent", "Immigrants", "1990")]


def test_years_of_shares_over_repeated_sub_columns_under_a_numbered_caption(nlp):
    text = ("Tableau 2,4 : Résidents temporaires du Québec et de l'Ontario, profil comparé\n"
            "Caractéristiques 2001 (%) 2011 (%)\nQuébec Ontario Québec Ontario\n"
            "Niveau A — professionnels 10,6 9,2 24,7 37,7\nNiveau B — techniciens 14,1 17,8 20,5 12,6\n")
    assert [(f.value, f.kind, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")][:4] == [
        (10.6, "percent", "Résidents temporaires du Québec", "2001"), (9.2, "percent", "Résidents temporaires du Québec", "2001"),
        (24.7, "percent", "Résidents temporaires du Québec", "2011"),
        (37.7, "percent", "Résidents temporaires du Québec", "2011")]


def test_rows_of_a_table_set_off_by_bars_labelled_by_their_year(nlp):
    text = ("Année | Émigration | Immigration | Solde |\n---|---|---|---|\n"
            "2010 | 26776 | 19354 | -7422 |\n2011 | 27655 | 19179 | -8476 |\n")
    assert [(f.value, f.counted, f.as_of, f.change) for f in facts_in_text(text, nlp, "fr")] == [
        (26776, "Émigration", "2010", None), (19354, "Immigration", "2010", None), (7422, "Solde", "2010", "decrease"),
        (27655, "Émigration", "2011", None), (19179, "Immigration", "2011", None), (8476, "Solde", "2011", "decrease")]


def test_a_year_row_marked_estimated_or_provisional_keeps_its_cells(nlp):
    text = ("Résidents : flux annuels (en milliers de personnes)\nEntrées (1) Sorties (2) Solde = (1) - (2)\n"
            "2018 113 135 - 22\n2019 113 167 -55\n2020 (e) (p) 68 108 -40\n2021 (p) 91 131 -40\n")
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr") if f.value > 2][6:] == [
        (68000, "2020"), (108000, "2020"), (40000, "2020"), (91000, "2021"), (131000, "2021"), (40000, "2021")]


@pytest.mark.parametrize("caption, expected", [
    ("USD millions", [(12500000, "USD"), (3100000, "USD")]),
    ("(EUR bn)", [(12500000000, "EUR"), (3100000000, "EUR")]),
    ("TOP$ millions", [(12500000, "TOP"), (3100000, "TOP")]),
])
def test_a_line_of_only_a_currency_and_a_scale_above_a_table_makes_its_cells_money(nlp, caption, expected):
    text = f"{caption}\n\nInward transfers 12.5\nOutward transfers 3.1\n"
    assert [(f.value, f.unit) for f in facts_in_text(text, nlp, "en")] == expected


def test_a_barred_table_by_spans_of_years_with_ranges_dashes_and_its_scale_below(nlp):
    # a span of years labels each row, a run of dashes is an empty cell, a range is one cell, and the note
    # under the rows gives their scale
    text = ("Période | Population | Émigration |\n"
            "---|---|---|\n"
            "1600-1700 | 1200 | 40-50 |\n"
            "1700-1800 | 1680 | --- |\n"
            "(données en milliers).\n")
    assert [(f.value, f.value_max, f.counted, f.period_start, f.period_end)
            for f in facts_in_text(text, nlp, "fr")] == [
        (1200000, None, "Population", "1600", "1700"), (40000, 50000, "Émigration", "1600", "1700"),
        (1680000, None, "Population", "1700", "1800"),
    ]


def test_a_header_of_months_with_two_digit_years_dates_its_cells(nlp):
    # months with two-digit years, a last field of shares wrapped onto the next line
    text = ("USD millions\n"
            "  Mar 18 Feb 18 Jan 18 Shares\n"
            "of totals*\n\n"
            "Remittance Receipts 28.0 23.6 25.1 100.0\n")
    assert [(f.value, f.unit, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (28000000, "USD", "2018-03"), (23600000, "USD", "2018-02"), (25100000, "USD", "2018-01"), (100, "%", None)]


def test_a_spreadsheet_error_is_an_empty_cell_and_a_change_column_counts_the_title_noun(nlp):
    # "#DIV/0!" holds its column, so the cells after it keep their years; the "% Change" column's cells
    # are changes of what the title counts, between the two years it names
    text = ("| WORK PERMITS GRANTED, BY COUNTRY OF BIRTH, YEARLY |\n"
            "| COUNTRY OF BIRTH | 2013 | 2014 | 2015 | % Change 2015/14 | ||\n"
            "| Italy | 4 | #DIV/0! | 3 | -25.0% | ||\n")
    assert [(f.value, f.counted, f.as_of, f.change, f.period_start, f.period_end)
            for f in facts_in_text(text, nlp, "en")] == [
        (4, "WORK PERMITS", "2013", None, None, None), (3, "WORK PERMITS", "2015", None, None, None),
        (25, "WORK PERMITS", None, "decrease", 2014, 2015)]



def test_a_ranking_dates_each_value_by_its_year_and_takes_the_currency_noted_above(nlp):
    text = ("Personal remittances, received (current US$) - Country Ranking\n\nFind indicator:\n"
            "Rank Country Value Year\n1 India 83,149,180,000.00 2020\n17 Yemen 3,770,584,000.00 2016\n")
    assert [(f.value, f.kind, f.unit, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (83149180000, "money", "USD", "2020"), (3770584000, "money", "USD", "2016")]


@pytest.mark.parametrize("lang, text, expected", [
    # a row labelled by a country written with a hyphen counts the title's noun
    ("en", "| WORK PERMITS GRANTED, BY COUNTRY OF BIRTH |\n| COUNTRY OF BIRTH | 2013 | 2014 | ||\n"
           "| St. Kitts-Nevis | 29 | 31 | ||\n",
     [(29, "WORK PERMITS", "2013"), (31, "WORK PERMITS", "2014")]),
    # a header of quarters dates its cells by year; the place before the title's colon is what the table is
    # about, not what it counts; the bracketed note closing the title does not make it too long to be one
    ("en", "Oman: Foreign workers in the public and the private sectors by country of citizenship and by sex "
           "(selected countries, Q4 2020-Q4 2022)\n\n  Q4 2020 Q4 2021 Q4 2022\nEgypt 8,951 9,141 10,193\n",
     [(8951, "Foreign workers", "2020"), (9141, "Foreign workers", "2021"), (10193, "Foreign workers", "2022")]),
])
def test_cells_count_the_title_noun_and_take_their_column_year(nlp, lang, text, expected):
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a ranking printed one field a line dates each value, and its ranks are no facts
    ("en", "Rank\nCountries\nAmount\nDate\n# 1\nPakistan :\n1,084,694\n2005\n# 2\nIran :\n974,296\n2004\n",
     [(1084694, "2005"), (974296, "2004")]),
    # "--" is an empty cell that keeps its column
    ("es", "Remesas (millones de dólares)\nCrédito Débito\n1993 1999 1993 1999\nBurkina Faso 117 -- 62 --\n"
           "Benin 103 0 21 --\n",
     [(117000000, "1993"), (62000000, "1993"), (103000000, "1993"), (0, "1999"), (21000000, "1993")]),
])
def test_cells_take_their_column_or_row_year(nlp, lang, text, expected):
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a barred header of years each with its unit in brackets dates, scales and prices its cells
    ("fr", "Transferts des MRE par pays de résidence\n"
           "Pays | 2014 (en millions de dirhams) | 2023 (en millions de dirhams) |\nFrance | 20.909,6 | 35.500 |\n",
     [(20909600000, "MAD", "2014"), (35500000000, "MAD", "2023")]),
    # a ranking keeps the scale of its caption and ends at the next table
    ("en", "Remittance inflows, in millions of US dollars\nRank Country Value Year\n1 India 83,149 2020\n"
           "Table 2: Migrants by country\nIndia 1,234 2019\n",
     [(83149000000, "USD", "2020"), (1234, None, None)]),
])
def test_cells_take_their_scale_currency_and_year(nlp, lang, text, expected):
    assert [(f.value, f.unit, f.as_of) for f in facts_in_text(text, nlp, lang)] == expected


def test_a_table_one_cell_per_line_under_a_header_of_names_counts_each_column_by_its_name(nlp):
    text = ("Population migration by region\n\n(number of persons)\n\nArrivals\nDepartures\nNet migration, decrease (–)\n"
            "Volyn\n5958\n5899\n59\nDonetsk\n3214\n3156\n58\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "en")] == [
        (5958, "Arrivals"), (5899, "Departures"), (59, "Net migration"),
        (3214, "Arrivals"), (3156, "Departures"), (58, "Net migration")]


def test_a_header_of_a_dimension_the_caption_splits_by_leaves_the_cells_to_the_caption(nlp):
    text = ("SY 2017 Table 4.26 Permits Granted to Non-Resident Workers, by Month and Industry, CNMI: FY 2004\n\n"
            "Industry: Banking Construction Hotels\nOctober 167 1,051 304\nNovember 118 1,135 127\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")][:4] == [
        (167, "Permits", "2004"), (1051, "Permits", "2004"), (304, "Permits", "2004"), (118, "Permits", "2004")]
    # a dimension the caption does not split by is no such header
    other = text.replace("by Month and Industry", "by Month")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(other, nlp, "en")][:1] == [(167, "October", None)]


def test_a_header_of_a_name_and_a_year_to_a_line_gives_each_column_its_year(nlp):
    text = ("Table 4.27 Permits Granted to Non-Resident Workers, by Industry, CNMI: 2004-2003\n\n"
            "Industry Chinese\n2004\nChinese\n2003\nFilipino\n2004\nFilipino\n2003\n"
            "Source: Department of Labor & Immigration (LIIDS)\nBanking 1 4 10 13\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (1, "Permits", "2004"), (4, "Permits", "2003"), (10, "Permits", "2004"), (13, "Permits", "2003")]


def test_a_title_year_with_a_footnote_number_glued_to_it_dates_the_table_and_is_no_figure(nlp):
    text = ("Population migration in January-June  20181\n\n(number of persons)\n\nArrivals\nDepartures\nNet migration\n"
            "Volyn\n5958\n5899\n59\nDonetsk\n3214\n3156\n58\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")][:3] == [
        (5958, "Arrivals", "2018"), (5899, "Departures", "2018"), (59, "Net migration", "2018")]


def test_a_rate_column_named_by_its_base_counts_what_the_column_before_it_counts(nlp):
    text = ("Origine | Demandes d'asile | par mio habitants |\n---|---|---|\n"
            "Afghanistan | 125.483 | 3.129 |\nSyrie | 109.790 | 5.149 |\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "fr")] == [
        (125483, "Demandes d'asile"), (3129, "Demandes d'asile"), (109790, "Demandes d'asile"), (5149, "Demandes d'asile")]


def test_a_share_in_the_row_of_a_group_is_of_the_whole_the_caption_names(nlp):
    caption = "Résidents permanents du Québec profil comparé"
    text = ("Tableau 3.1 : Résidents permanents du Québec, profil comparé\nCaractéristiques 1991 (%) 2001 (%)\n"
            "Immigrants économiques 43,7 58,3\nRéfugiés 30,2 19,0\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [
        (43.7, caption, "1991"), (58.3, caption, "2001"), (30.2, caption, "1991"), (19.0, caption, "2001")]


def test_rows_with_no_header_under_a_numbered_caption_wrapped_at_its_comma_count_its_noun(nlp):
    text = ("CUADRO N° A-4.2.4 PERU: MIGRANTES RECIENTES ENTRE DEPARTAMENTOS,\nMATRIZ DE ORIGEN Y DESTINO\n"
            "+-------------------+----------+----------+----------+----------+----------+----------+----------+\n"
            "AREQUIPA -- 6,194 5,647\nMOQUEGUA 6,440 -- 2,935\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (6194, "MIGRANTES RECIENTES"), (5647, "MIGRANTES RECIENTES"), (6440, "MIGRANTES RECIENTES"),
        (2935, "MIGRANTES RECIENTES")]


def test_a_vertical_ranking_counts_what_the_last_step_of_the_breadcrumb_above_it_names(nlp):
    text = ("Immigration Statistics > Refugee population by country/territory of asylum (latest), by country\n"
            "Latest data shown.\nRank\nCountries\nAmount\nDate\n# 1\nPakistan :\n1,084,694\n2005\n"
            "# 2\nIran :\n974,296\n2005\n")
    assert [(f.value, f.counted, f.as_of) for f in facts_in_text(text, nlp, "en")] == [
        (1084694, "Refugee population", "2005"), (974296, "Refugee population", "2005")]


def test_a_total_row_of_a_group_counts_the_group_not_the_caption(nlp):
    text = ("CUADRO N° 4 PERU: MIGRANTES RECIENTES ENTRE DEPARTAMENTOS\n"
            "AREQUIPA -- 6,194 5,647\nTOTAL INMIGRANTES 69,544 19,091\n")
    assert [(f.value, f.counted) for f in facts_in_text(text, nlp, "es")] == [
        (6194, "MIGRANTES RECIENTES"), (5647, "MIGRANTES RECIENTES"), (69544, "INMIGRANTES"), (19091, "INMIGRANTES")]
