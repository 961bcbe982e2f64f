import json

import pandas as pd
import pytest

from conftest import SAMPLE
from pipeline.models import Document, Extraction
from pipeline.run import process_file
from pipeline.tables import SCHEMAS, build_tables, datapackage, neutralise, read_csv, write_tables


@pytest.fixture(scope="module")
def sample(nlp):
    return process_file(SAMPLE, nlp)


def test_columns_and_dtypes_follow_the_schema(sample):
    tables = build_tables([sample])
    for name, columns in SCHEMAS.items():
        assert list(tables[name].columns) == [c.name for c in columns]
        assert [str(t) for t in tables[name].dtypes] == [c.dtype if c.dtype != "string" else "string" for c in columns]


def test_required_columns_come_first_in_order():
    required = {
        "documents": "doc_id source_file sha256 format pages language title status message",
        "sections": "doc_id section_id area area_title objective subsection heading page_start page_end char_start char_end",
        "objective_mentions": "doc_id section_id area objective objective_title source surface sentence page char_start char_end",
        "numeric_facts": "doc_id fact_id section_id area value value_max kind unit counted qualifier change period_start "
                         "period_end as_of surface sentence page char_start char_end",
        "objectives": "objective title area area_title",
        "coverage": "doc_id country objective objective_title area heading_mentions text_mentions sections facts "
                    "reported",
        "changes": "country old_doc_id new_doc_id table change objective area counted kind unit old_value new_value "
                   "old_sentence new_sentence",
    }
    for name, columns in required.items():
        names = columns.split()
        assert [c.name for c in SCHEMAS[name]][: len(names)] == names


def test_empty_tables_keep_their_header(tmp_path):
    write_tables([], tmp_path)
    assert (tmp_path / "numeric_facts.csv").read_text() == ",".join(c.name for c in SCHEMAS["numeric_facts"]) + "\n"
    assert len(pd.read_csv(tmp_path / "objectives.csv")) == 23


def test_written_tables_are_byte_identical_and_read_back(sample, tmp_path):
    write_tables([sample], tmp_path / "a")
    write_tables([sample], tmp_path / "b")
    for name in SCHEMAS:
        a, b = (tmp_path / "a" / f"{name}.csv").read_bytes(), (tmp_path / "b" / f"{name}.csv").read_bytes()
        assert a == b
    facts = read_csv(tmp_path / "a" / "numeric_facts.csv", "numeric_facts")
    assert facts["value"].tolist() == [13, 283, 2600000, 304000, 2900000, 1.6, 598, 60]
    assert (tmp_path / "a" / "numeric_facts.csv").read_text().splitlines()[3].split(",")[4] == "2600000"


def test_text_file_offsets_match_surfaces(sample, tmp_path):
    write_tables([sample], tmp_path)
    text = (tmp_path / "text" / f"{sample.document.doc_id}.txt").read_text(encoding="utf-8")
    facts = read_csv(tmp_path / "numeric_facts.csv", "numeric_facts")
    assert [text[s:e] for s, e in zip(facts["char_start"], facts["char_end"])] == facts["surface"].tolist()


def test_formula_cells_are_neutralised_and_numbers_untouched():
    df = pd.DataFrame({
        "a": pd.array(["=SUM(A1)", "+1", "-x", "@y", "\tz", "ok", None], dtype="string"),
        "n": pd.array([-1, 2, 3, 4, 5, 6, 7], dtype="Int64"),
    })
    out = neutralise(df)
    assert out["a"].tolist() == ["'=SUM(A1)", "'+1", "'-x", "'@y", "'\tz", "ok", pd.NA]
    assert out["n"].tolist() == [-1, 2, 3, 4, 5, 6, 7]


def test_error_documents_get_a_row_and_nothing_else():
    document = Document(doc_id="bad", source_file="bad.pdf", sha256="x", format="pdf", text="")
    tables = build_tables([Extraction(document, "error", "no text layer: the document needs OCR")])
    row = tables["documents"].iloc[0]
    assert (row["status"], row["message"], row["pages"] is pd.NA) == ("error", "no text layer: the document needs OCR", True)
    assert len(tables["sections"]) == len(tables["numeric_facts"]) == 0


def test_datapackage_documents_every_column():
    package = datapackage()
    assert [r["name"] for r in package["resources"]] == list(SCHEMAS)
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == [c.name for c in SCHEMAS[resource["name"]]]
        assert all(f["description"] and f["type"] in ("string", "integer", "number", "boolean") for f in fields)
    json.dumps(package)
