import pytest

from pipeline.models import Document
from pipeline.read.segment import is_toc_entry, segment


def sections_of(text):
    document = Document(doc_id="t", source_file="t.txt", sha256="", format="txt", text=text)
    return segment(document)


def outline(text):
    return [(s.kind, s.area, s.objective, s.subsection) for s in sections_of(text).sections]


@pytest.mark.parametrize(
    "heading",
    [
        "2 Protecting migrants through rights-based border governance measures",
        "2. Protecting migrants through rights-based border governance measures",
        "II. Protecting migrants through rights-based border governance measures",
        "- 2 Protecting migrants through rights-based border governance measures",
        "Thematic area 2: Protecting migrants through rights-based border governance measures",
        "Thematic area 2",
        "2 Protecting migrants through rights-based border governance measures (GCM Objectives: 4, 8, 9)",
        "2 Protecting migrants through rights-based\nborder governance measures",
        "2 Protecting migrants through rights-based border governance measures\n(GCM Objectives: 4, 8, 9, 10, 11, 13, 21)",
        "2 Protecting migrants through rights-based border",
        "Protecting migrants through rights-based border governance measures",
    ],
)
def test_area_heading_variants(heading):
    text = f"Title\n\n{heading}\n\na) Progress\n\nWe trained 40 officers.\n"
    assert outline(text) == [("front", None, None, None), ("area", 2, None, None), ("subsection", 2, None, "progress")]


def test_split_heading_is_one_heading():
    text = "Title\n\n2 Protecting migrants through rights-based\nborder governance measures\n(GCM Objectives: 4, 8)\n\nBody.\n"
    (front, area) = sections_of(text).sections
    assert area.heading == "2 Protecting migrants through rights-based border governance measures (GCM Objectives: 4, 8)"
    assert text[area.heading_start:area.heading_end].endswith("(GCM Objectives: 4, 8)")


def test_an_objective_heading_right_after_an_area_heading_is_its_own_section():
    text = "1 Ensuring that migration is voluntary, orderly and regular\nObjective 2: Minimize adverse drivers\n\nText.\n"
    assert outline(text) == [("area", 1, None, None), ("objective", 1, 2, None)]


def test_empty_objectives_list_is_noted():
    text = "- 1 Ensuring that migration is voluntary, orderly and regular\n(GCM Objectives:\n\nBody.\n"
    assert sections_of(text).notes == ("area 1 heading announces GCM objectives but lists none",)


@pytest.mark.parametrize(
    "heading, subsection",
    [
        ("a) Trends", "trends"),
        ("b) Progress", "progress"),
        ("Best practices", "best_practices"),
        ("c) Good practices:", "best_practices"),
        ("Challenges", "challenges"),
        ("d. Next steps", "next_steps"),
        ("The way forward", "next_steps"),
        ("1.2 Challenges", "challenges"),
        ("e) Partnerships with civil society", "other"),
    ],
)
def test_subsections(heading, subsection):
    text = f"3 Supporting the integration of migrants and their contribution to development\n\n{heading}\n\nBody.\n"
    assert outline(text)[-1] == ("subsection", 3, None, subsection)


@pytest.mark.parametrize(
    "heading, objective",
    [
        ("Objective 1: Collect and utilize accurate and disaggregated data", 1),
        ("Objective 10 – Prevent, combat and eradicate trafficking in persons", 10),
        ("Objetivo 10 - Prevenir, combatir y erradicar la trata de personas", 10),
        ("Objectif 23 : Renforcer la coopération internationale", 23),
        ("Objective 16", 16),
    ],
)
def test_objective_headings(heading, objective):
    from pipeline.rules import OBJECTIVE_AREA

    text = f"Review\n\n{heading}\n\nChallenges\n\nBody.\n"
    area = OBJECTIVE_AREA[objective]
    assert outline(text) == [
        ("front", None, None, None),
        ("objective", area, objective, None),
        ("subsection", area, objective, "challenges"),
    ]


@pytest.mark.parametrize(
    "line",
    ["Objective 6 was addressed by the ministry through seminars and consultations with employers.",
     "2 ministries took part in the consultation on rights-based border governance measures."],
)
def test_sentences_are_not_headings(line):
    assert outline(f"Title\n\n{line}\n") == [("front", None, None, None)]


def test_front_matter_contents_and_back_matter():
    text = (
        "Voluntary review\n\nTable of contents\n\nIntroduction 2\n"
        "1 Ensuring that migration is voluntary, orderly and regular ..... 3\n\n"
        "lntroduction\n\nText.\n\nMethodology\n\nText.\n\n"
        "1 Ensuring that migration is voluntary, orderly and regular\n\nText.\n\n"
        "Means of implementation\n\nText.\n\nAnnex\n\nText.\n"
    ).replace("lntroduction", "Introduction")
    assert [(s.kind, s.area, s.heading) for s in sections_of(text).sections] == [
        ("front", None, ""),
        ("contents", None, "Table of contents"),
        ("front", None, "Introduction"),
        ("front", None, "Methodology"),
        ("area", 1, "1 Ensuring that migration is voluntary, orderly and regular"),
        ("back", None, "Means of implementation"),
        ("back", None, "Annex"),
    ]


def test_no_structure_is_one_section_and_a_warning():
    segmentation = sections_of("Some text about migration.\n\nMore text.\n")
    assert outline("Some text about migration.\n\nMore text.\n") == [("front", None, None, None)]
    assert segmentation.warnings == ("no thematic area or objective headings found: all text is kept without area",)


def test_sections_partition_the_text():
    text = "T\n\n1 Ensuring that migration is voluntary, orderly and regular\n\na) Trends\n\nx\n\nb) Progress\n\ny"
    sections = sections_of(text).sections
    assert sections[0].char_start == 0 and sections[-1].char_end == len(text)
    assert all(a.char_end == b.char_start for a, b in zip(sections, sections[1:]))


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Objective 1: Collect and utilize accurate data ........ 4", True),
        ("Objective 10: Prevent, combat and eradicate trafficking 7", True),
        ("Objective 10", False),
        ("Thematic area 1", False),
        ("(GCM Objectives: 4, 8, 9, 10, 11, 13, 21", False),
    ],
)
def test_is_toc_entry(line, expected):
    assert is_toc_entry(line) is expected


@pytest.mark.parametrize(
    "heading",
    [
        # the title worded a little differently from the official one
        "2. Proteger a las personas migrantes mediante medidas de gobernanza fronteriza basadas en los derechos",
        # a title of the review's own, and the objectives that tell the area
        "2. Fronteras y derechos (Objetivos del PMM: 4, 8, 9, 10, 11, 13, 21)",
        "2. Fronteras y derechos\n(Objetivos del PMM: 4, 8, 9, 10, 11, 13 y 21)",
    ],
)
def test_spanish_area_heading_variants(heading):
    text = f"Informe\n\n{heading}\n\na) Avances\n\nSe capacitó a 40 agentes.\n"
    assert outline(text) == [("front", None, None, None), ("area", 2, None, None), ("subsection", 2, None, "progress")]


def test_a_sentence_that_ends_with_objectives_is_no_heading():
    text = "Informe\n\nKenya will go on working on its diaspora (objectives 19 and 20).\n\nMore.\n"
    assert outline(text) == [("front", None, None, None)]


def test_contents_set_in_two_columns_titles_then_page_numbers():
    text = ("Informe\n\nÍNDIC\n\nEI. Preámbulo\n\nII. Conformación del informe\n\nObjetivo 10\n\nObjetivo 15\n\n"
            "IV. Retos identificados\n\n4\n\n5\n\n7\n\n8\n\n9\n\n"
            "I. Preámbulo\n\nTexto.\n\n"
            "Objetivo 10: Prevenir, combatir y erradicar la trata de personas\n\nTendencias\n\nTexto.\n\n"
            "Objetivo 15: Proporcionar a los migrantes acceso a los servicios básicos\n\nTexto.\n\n"
            "IV. Retos identificados\n\nTexto.\n")
    assert [(s.kind, s.objective, s.subsection, s.heading) for s in sections_of(text).sections] == [
        ("front", None, None, ""),
        ("contents", None, None, "ÍNDIC"),
        ("front", None, None, "I. Preámbulo"),
        ("objective", 10, None, "Objetivo 10: Prevenir, combatir y erradicar la trata de personas"),
        ("subsection", 10, "trends", "Tendencias"),
        ("objective", 15, None, "Objetivo 15: Proporcionar a los migrantes acceso a los servicios básicos"),
        ("back", None, None, "IV. Retos identificados"),
    ]


@pytest.mark.parametrize(
    "heading, subsection",
    [("Desafíos para la integración", "challenges"), ("Retos y próximos pasos", "challenges"),
     ("Next steps for 2023", None)],
)
def test_a_subsection_heading_may_go_on_a_little(heading, subsection):
    text = f"Title\n\n1 Ensuring that migration is voluntary, orderly and regular\n\n{heading}\n\nText.\n"
    assert outline(text)[-1][3] == subsection


def test_a_part_numbered_after_the_areas_is_back_matter_whatever_its_words():
    text = ("Title\n\nI. Introducción\n\nTexto.\n\n"
            "1 Ensuring that migration is voluntary, orderly and regular\n\nTendencias\n\nTexto.\n\n"
            "V. Próximos pasos\n\nTexto.\n")
    assert outline(text) == [("front", None, None, None), ("front", None, None, None), ("area", 1, None, None),
                             ("subsection", 1, None, "trends"), ("back", None, None, None)]
