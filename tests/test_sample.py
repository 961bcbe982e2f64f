"""The sample review in raw/, checked row by row."""

import pandas as pd
import pytest

from conftest import SAMPLE
from pipeline.run import process_file


@pytest.fixture(scope="module")
def sample(nlp):
    return process_file(SAMPLE, nlp)


def test_document(sample):
    document = sample.document
    assert (document.doc_id, document.format, document.pages, document.language, document.title) == (
        "000_336938581adf79a7", "txt", 1, "en", "Voluntary GCM review by Japan",
    )
    assert (sample.status, sample.message) == ("ok", "area 1 heading announces GCM objectives but lists none")


def test_sections(sample):
    assert [(s.kind, s.area, s.subsection) for s in sample.sections] == [
        ("front", None, None),
        ("area", 1, None),
        ("subsection", 1, "best_practices"),
        ("area", 2, None),
        ("subsection", 2, "progress"),
        ("area", 3, None),
        ("subsection", 3, "trends"),
        ("subsection", 3, "progress"),
        ("area", 4, None),
        ("subsection", 4, "progress"),
    ]


def test_heading_mentions(sample):
    headings = [(m.area, m.objective) for m in sample.mentions if m.source == "heading"]
    assert headings == (
        [(2, n) for n in (4, 8, 9, 10, 11, 13, 21)]
        + [(3, n) for n in (14, 15, 16, 19, 20, 22)]
        + [(4, n) for n in (1, 3, 7, 17, 23)]
    )


def test_inline_mentions(sample):
    assert [(m.area, m.objective, m.surface) for m in sample.mentions if m.source == "text"] == [
        (1, 6, "objective 6"), (2, 8, "objective 8"), (3, 16, "objective 16"),
    ]


def test_facts(sample):
    fields = ("area", "value", "kind", "unit", "counted", "qualifier", "change",
              "period_start", "period_end", "as_of", "surface")
    assert [tuple(getattr(f, k) for k in fields) for f in sample.facts] == [
        (1, 13, "count", None, "training sessions", None, None, 2009, 2021, None, "13 training sessions"),
        (1, 283, "count", None, "officials", None, None, None, None, None, "283 officials"),
        (3, 2600000, "count", None, "mid- to long-term foreign residents in Japan", "approximate", None,
         None, None, "2020-12-31", "about 2.6 million"),
        (3, 304000, "count", None, "special permanent residents", "approximate", None,
         None, None, "2020-12-31", "about 304 thousand"),
        (3, 2900000, "count", None, "foreign residents in Japan", "approximate", None,
         None, None, "2020-12-31", "about 2.9 million"),
        (3, 1.6, "percent", "%", "number", None, "decrease", None, None, None, "1.6%"),
        (4, 598, "count", None, "cases", None, None, None, None, None, "598 cases"),
        (4, 60, "count", None, "cases", None, None, None, None, None, "60cases"),
    ]


def test_every_row_names_its_rule(sample):
    assert {m.rule_id for m in sample.mentions} == {"objective-numbers"}
    assert {f.rule_id for f in sample.facts} == {"amount"}


def test_every_surface_slices_back(sample):
    text = sample.document.text
    for row in sample.facts + sample.mentions:
        assert text[row.char_start:row.char_end] == row.surface


def test_review_metadata(sample):
    from pipeline.tables import build_tables

    [row] = build_tables([sample])["documents"].to_dict("records")
    assert (row["country"], row["country_name"], row["review_kind"]) == ("JPN", "Japan", "imrf_review")
    assert pd.isna(row["review_year"])  # the sample does not say which IMRF
    assert row["message"] == (
        "area 1 heading announces GCM objectives but lists none; "
        "country JPN from the title ('review by Japan'); "
        "review_kind imrf_review from the title ('Voluntary GCM review')"
    )


def test_coverage(sample):
    from pipeline.tables import build_tables

    coverage = build_tables([sample])["coverage"]
    rows = list(coverage[["objective", "area", "heading_mentions", "text_mentions", "sections", "facts",
                          "reported"]].itertuples(index=False, name=None))
    heading = {4, 8, 9, 10, 11, 13, 21, 14, 15, 16, 19, 20, 22, 1, 3, 7, 17, 23}
    text = {6, 8, 16}
    area = {n: a for a, objectives in {1: (2, 5, 6, 12, 18), 2: (4, 8, 9, 10, 11, 13, 21),
                                       3: (14, 15, 16, 19, 20, 22), 4: (1, 3, 7, 17, 23)}.items() for n in objectives}
    assert rows == [
        (n, area[n], int(n in heading), int(n in text), int(n in heading), 0, n in heading | text)
        for n in range(1, 24)
    ]
    assert set(coverage["country"]) == {"JPN"}
