import pytest

from pipeline.read.mentions import objective_numbers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("objective 6", [6]),
        ("objectives 2 and 5", [2, 5]),
        ("objectives 4 to 8", [4, 5, 6, 7, 8]),
        ("Objectives 4-8 and 10", [4, 5, 6, 7, 8, 10]),
        ("GCM Objectives: 4, 8, 9, 10, 11, 13, 21", [4, 8, 9, 10, 11, 13, 21]),
        ("objective 26", []),
        ("objectives 3, 3 and 7", [3, 7]),
    ],
)
def test_objective_numbers(text, expected):
    assert objective_numbers(text) == expected


BODY = "1 Ensuring that migration is voluntary, orderly and regular\n\n{}\n"


def mentions_of(analyse, sentence):
    _, mentions, _ = analyse(BODY.format(sentence))
    return [(m.objective, m.source, m.surface) for m in mentions]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("As for the objective 6, the ministry acted.", [(6, "text", "objective 6")]),
        ("This serves objectives 2 and 5.", [(2, "text", "objectives 2 and 5"), (5, "text", "objectives 2 and 5")]),
        ("See objectives 4 to 8.", [(n, "text", "objectives 4 to 8") for n in range(4, 9)]),
        ("In line with GCM objective 23, it works abroad.", [(23, "text", "GCM objective 23")]),
        ("Under Obj. 16 the city acts.", [(16, "text", "Obj. 16")]),
        ("Objectives 3, 7 and 17 apply.", [(3, "text", "Objectives 3, 7 and 17"), (7, "text", "Objectives 3, 7 and 17"),
                                           (17, "text", "Objectives 3, 7 and 17")]),
        ("En el marco del Objetivo 10, el país actuó.", [(10, "text", "Objetivo 10")]),
    ],
)
def test_inline_mentions(analyse, sentence, expected):
    assert mentions_of(analyse, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The review covers all 23 GCM objectives.",
        "This contributes to SDG 8 and Target 10.7.",
        "See paragraph 26 and para. 26 (b) of the resolution.",
        "Article 46 of the law applies.",
        "There is no objective 26 in the Compact.",
    ],
)
def test_not_mentions(analyse, sentence):
    assert mentions_of(analyse, sentence) == []


def test_heading_list_gives_one_heading_row_per_objective(analyse):
    text = "2 Protecting migrants through rights-based border governance measures\n(GCM Objectives: 4, 8, 9)\n\nText.\n"
    _, mentions, _ = analyse(text)
    assert [(m.objective, m.source, m.area) for m in mentions] == [(4, "heading", 2), (8, "heading", 2), (9, "heading", 2)]


def test_table_of_contents_is_not_a_mention(analyse):
    text = (
        "Contents\n\nObjective 1: Collect and utilize accurate data ........ 4\n"
        "Objective 10: Prevent, combat and eradicate trafficking 7\n\n"
        "Objective 10: Prevent, combat and eradicate trafficking in persons\n\nWe trained 40 officers.\n"
    )
    _, mentions, facts = analyse(text)
    assert [(m.objective, m.source, m.area) for m in mentions] == [(10, "heading", 2)]
    assert [(f.value, f.area) for f in facts] == [(40, 2)]
