"""Editions of a review and what changed between two: series, pairing, the CSV of
`gcm-extract compare` and changes.csv, the Markdown of the Prefect artifact."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE
from pipeline.editions import NotAnEdition, compare, markdown, series
from pipeline.tables import SCHEMAS, frame
from reports import two_editions
from test_readme import README, block, replace_block


# --- small tables -----------------------------------------------------------------------

def document(doc_id, year=None, *, country="JPN", kind="imrf_review", status="ok", chars=100, language="en"):
    return {"doc_id": doc_id, "source_file": f"{doc_id}.txt", "country": country, "country_name": "Japan",
            "review_kind": kind, "review_year": year, "status": status, "chars": chars, "language": language,
            "message": "empty file: nothing to extract" if status == "error" else ""}


def fact(doc_id, n, value, counted, *, kind="count", unit=None, sentence=None, area=3, value_max=None):
    return {"doc_id": doc_id, "fact_id": f"f{n:03d}", "section_id": "s01", "area": area, "value": value,
            "value_max": value_max, "kind": kind, "unit": unit, "counted": counted,
            "sentence": sentence or f"{doc_id}: {value:g} {counted}.", "char_start": 100 * n, "char_end": 100 * n + 5}


def mention(doc_id, objective, char_start, sentence):
    return {"doc_id": doc_id, "section_id": "s01", "area": 1, "objective": objective, "source": "text",
            "sentence": sentence, "char_start": char_start, "char_end": char_start + 5}


def tables(documents, facts=(), mentions=(), sections=()):
    records = {"documents": documents, "numeric_facts": facts, "objective_mentions": mentions, "sections": sections}
    return {name: frame(name, list(rows)) for name, rows in records.items()}


def rows(changes, *columns):
    return [tuple(row.get(c) for c in columns) for row in changes]


FACT_COLUMNS = ("change", "counted", "kind", "unit", "old_value", "new_value")


def test_editions_are_ordered_by_year_then_file_date_then_doc_id():
    documents = frame("documents", [
        document("b-2026", 2026), document("a-2022", 2022), document("no-year"),
        document("same-year-x", 2024), document("same-year-y", 2024),
        document("broken", 2030, status="error", chars=0),
        document("repeat", 2031, status="warning", chars=0),  # same bytes as another file: no text of its own
        document("regional", 2021, kind="regional_review"),
        document("other-country", 2022, country="PER"),
        document("no-country", 2022, country=None),
    ])
    dates = {"same-year-x": "2025-03-01T00:00:00Z", "same-year-y": "2024-11-30T00:00:00Z"}
    assert series(documents, dates) == {
        ("JPN", "imrf_review"): ["no-year", "a-2022", "same-year-y", "same-year-x", "b-2026"],
        ("JPN", "regional_review"): ["regional"],
        ("PER", "imrf_review"): ["other-country"],
    }
    assert series(documents)[("JPN", "imrf_review")][2:4] == ["same-year-x", "same-year-y"]


def test_equal_values_pair_first_then_the_rest_in_document_order():
    old = [fact("old", 1, 2600000, "foreign residents"), fact("old", 2, 304000, "special permanent residents"),
           fact("old", 3, 2900000, "residents in Japan")]
    new = [fact("new", 1, 304000, "special permanent residents"), fact("new", 2, 3100000, "residents in Japan")]
    changes = compare(tables([document("old", 2022), document("new", 2026)], old + new), "old", "new")
    # 304,000 pairs with 304,000 (not listed); the rest pair in document order.
    assert rows(changes, *FACT_COLUMNS) == [
        ("changed", "residents in Japan", "count", None, 2600000, 3100000),
        ("removed", "residents in Japan", "count", None, 2900000, None),
    ]
    assert rows(changes, "old_sentence", "new_sentence") == [
        ("old: 2.6e+06 foreign residents.", "new: 3.1e+06 residents in Japan."),
        ("old: 2.9e+06 residents in Japan.", None),
    ]


def test_a_measure_is_its_head_noun_in_the_singular_its_kind_and_its_unit():
    old = [fact("old", 1, 1, "shelter"), fact("old", 2, 40, "shelters", kind="percent", unit="%"),
           fact("old", 3, 5, "hours", kind="other", unit="hour"), fact("old", 4, 2, "víctimas")]
    new = [fact("new", 1, 3, "new shelters"), fact("new", 2, 40, "shelters", kind="percent", unit="%"),
           fact("new", 3, 5, "hours", kind="other", unit="day"), fact("new", 4, 7, "víctima")]
    spanish = [document("old", 2022, language="es"), document("new", 2026, language="es")]
    changes = compare(tables(spanish, old + new), "old", "new")
    # Spanish heads come first: "new shelters" is read with Spanish rules here, and its head is "new".
    assert rows(changes, *FACT_COLUMNS) == [
        ("added", "new shelters", "count", None, None, 3),
        ("added", "hours", "other", "day", None, 5),
        ("changed", "víctima", "count", None, 2, 7),
        ("removed", "shelter", "count", None, 1, None),
        ("removed", "hours", "other", "hour", 5, None),
    ]
    english = [document("old", 2022), document("new", 2026)]
    assert rows(compare(tables(english, old + new), "old", "new"), *FACT_COLUMNS) == [
        ("added", "hours", "other", "day", None, 5),
        ("changed", "new shelters", "count", None, 1, 3),
        ("changed", "víctima", "count", None, 2, 7),
        ("removed", "hours", "other", "hour", 5, None),
    ]


def test_the_same_measure_at_two_dates_is_changed_and_equal_values_are_not_listed():
    old = [fact("old", 1, 283, "officials", sentence="As of 2020, 283 officials were trained."),
           fact("old", 2, 13, "sessions", sentence="As of 2020, 13 sessions were held.")]
    new = [fact("new", 1, 301, "officials", sentence="As of 2024, 301 officials were trained."),
           fact("new", 2, 13, "sessions", sentence="As of 2024, 13 sessions were held.")]
    changes = compare(tables([document("old", 2022), document("new", 2026)], old + new), "old", "new")
    assert rows(changes, "change", "old_value", "new_value", "old_sentence", "new_sentence") == [
        ("changed", 283, 301, "As of 2020, 283 officials were trained.", "As of 2024, 301 officials were trained."),
    ]


def test_a_range_differs_by_its_upper_bound_too():
    old = [fact("old", 1, 10, "days", value_max=20)]
    new = [fact("new", 1, 10, "days", value_max=30)]
    changes = compare(tables([document("old", 2022), document("new", 2026)], old + new), "old", "new")
    assert rows(changes, "change", "old_value", "new_value") == [("changed", 10, 10)]


def test_objectives_added_and_removed_by_any_mention_with_their_first_sentence():
    mentions = [
        mention("old", 4, 10, "Objective 4 heading."), mention("old", 8, 20, "As for objective 8, ..."),
        mention("old", 8, 30, "Objective 8 again."),
        mention("new", 4, 10, "Objective 4 heading."), mention("new", 23, 50, "Under objective 23, ..."),
        mention("new", 5, 60, "Objective 5 too."),
    ]
    changes = compare(tables([document("old", 2022), document("new", 2026)], mentions=mentions), "old", "new")
    assert rows(changes, "country", "table", "change", "objective", "area", "old_sentence", "new_sentence") == [
        ("JPN", "objectives", "added", 5, 1, None, "Objective 5 too."),
        ("JPN", "objectives", "added", 23, 4, None, "Under objective 23, ..."),
        ("JPN", "objectives", "removed", 8, 2, "As for objective 8, ...", None),
    ]


def test_a_document_that_is_no_edition_is_refused_in_one_line():
    small = tables([document("old", 2022), document("broken", status="error", chars=0)])
    with pytest.raises(NotAnEdition, match=r"^no document 'nope' in documents.csv$"):
        compare(small, "old", "nope")
    with pytest.raises(NotAnEdition, match=r"^'broken' has nothing to compare: empty file: nothing to extract$"):
        compare(small, "broken", "old")


def test_markdown_is_a_short_escaped_table():
    old = [fact("old", n, n, counted) for n, counted in enumerate(["cars", "boats", "trains", "planes"], start=1)]
    new = [fact("new", 1, 9, "cars"), fact("new", 5, 1, "<script>alert(1)</script> | [x](javascript:y) *z*")]
    small = tables([document("old", 2022), document("new", 2026)], old + new,
                   [mention("new", 5, 1, "Objective 5.")])
    small["changes"] = frame("changes", compare(small, "old", "new"))
    assert markdown(small, ["old"]) is None
    assert markdown(small, ["new"], limit=4) == "\n".join([
        "### Japan: imrf review 2026 (new) since imrf review 2022 (old)",
        "",
        "Objectives: 1 added, 0 removed. Figures: 1 added, 1 changed, 3 removed.",
        "",
        "| change | what | old | new |",
        "|---|---|---|---|",
        "| objective added | objective 5 (Regular pathways) |  |  |",
        r"| figure added | \<script\>alert(1)\</script\> \| \[x\](javascript:y) \*z\* |  | 1 |",
        "| figure changed | cars | 1 | 9 |",
        "| figure removed | boats | 2 |  |",
        "",
        "and 2 more rows in changes.csv",
        "",
    ])


# --- two editions of the sample review ---------------------------------------------------

SAMPLE_ID = SAMPLE.stem
TRENDS_2020 = ("As of the end of 2020, the number of mid- to long-term foreign residents in Japan was about 2.6 "
               "million and the number of special permanent residents was about 304 thousand, and the total number "
               "of foreign residents in Japan was about 2.9 million.")
TRENDS_2024 = TRENDS_2020.replace("2020", "2024").replace("2.6", "2.8").replace("2.9", "3.1")
OBJECTIVE_5 = "As for objective 5, the Specified Skilled Worker programme was extended to 12 fields."
CASES = "The number of human rights counseling related to discrimination against foreign nationals {} cases"
EXPECTED = "\n".join([
    ",".join(c.name for c in SCHEMAS["changes"]),
    f'JPN,{SAMPLE_ID},japan-2026,objectives,added,5,1,,,,,,,"{OBJECTIVE_5}"',
    f'JPN,{SAMPLE_ID},japan-2026,facts,added,,1,fields,count,,,12,,"{OBJECTIVE_5}"',
    f'JPN,{SAMPLE_ID},japan-2026,facts,changed,,3,mid- to long-term foreign residents in Japan,count,,2600000,2800000,'
    f'"{TRENDS_2020}","{TRENDS_2024}"',
    f'JPN,{SAMPLE_ID},japan-2026,facts,changed,,3,foreign residents in Japan,count,,2900000,3100000,'
    f'"{TRENDS_2020}","{TRENDS_2024}"',
    f"JPN,{SAMPLE_ID},japan-2026,facts,changed,,4,cases,count,,598,612,{CASES.format(598)},{CASES.format(612)}",
    f'JPN,{SAMPLE_ID},japan-2026,facts,removed,,1,training sessions,count,,13,,"In the specialized training on '
    f'measures to combat trafficking for Immigration Services Agency staffs, 13 training sessions were conducted '
    f'from 2009 to 2021.",',
    f"JPN,{SAMPLE_ID},japan-2026,facts,removed,,1,officials,count,,283,,A total of 283 officials attended the training.,",
]) + "\n"


def test_compare_lists_what_the_next_edition_of_the_sample_changed_and_changes_csv_holds_the_same(
        nlp, tmp_path, update_goldens):
    from pipeline.run import run_folder

    run_folder(two_editions(tmp_path / "raw"), tmp_path / "output", nlp)
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "compare", SAMPLE_ID, "japan-2026", "--out", str(tmp_path / "output")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == EXPECTED
    assert (tmp_path / "output" / "changes.csv").read_text(encoding="utf-8") == EXPECTED
    # The README's transcript, `| cut -d, -f4-12` (cut splits on every comma, as here).
    command = f"$ gcm-extract compare {SAMPLE_ID} japan-2026 | cut -d, -f4-12"
    cut = "".join(",".join(line.split(",")[3:12]) + "\n" for line in result.stdout.splitlines())
    expected = f"```console\n{command}\n{cut}```\n"
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, "compare", expected), encoding="utf-8")
    assert block(text, "compare") == expected


def test_the_edition_of_the_same_year_with_the_later_file_date_is_the_newer(nlp, tmp_path):
    from pipeline.run import run_folder

    raw = two_editions(tmp_path / "raw")
    (raw / "metadata.csv").write_text("source_file,country,review_kind,review_year\n"
                                      "japan-2026.txt,JPN,imrf_review,\n", encoding="utf-8")
    os.utime(raw / SAMPLE.name, (1_700_000_000, 1_700_000_000))
    os.utime(raw / "japan-2026.txt", (1_600_000_000, 1_600_000_000))  # older: the sample is the new edition
    run_folder(raw, tmp_path / "output", nlp)
    header, first, *_ = (tmp_path / "output" / "changes.csv").read_text(encoding="utf-8").splitlines()
    assert first.startswith(f"JPN,japan-2026,{SAMPLE_ID},objectives,removed,5,1,")


@pytest.mark.parametrize("argv, message", [
    (["compare", SAMPLE_ID, "nope"], "gcm-extract: no document 'nope' in documents.csv\n"),
    (["compare", SAMPLE_ID, "japan", "--out", "missing"], "gcm-extract: no documents.csv in missing; run 'gcm-extract run' first\n"),
])
def test_compare_refuses_in_one_line(argv, message, capsys, monkeypatch):
    from pipeline.cli import main

    monkeypatch.chdir(ROOT)
    assert main(argv) == 2
    assert capsys.readouterr() == ("", message)
