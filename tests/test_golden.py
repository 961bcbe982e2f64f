"""Golden documents: tests/golden/<case>.txt with its expected tables beside it
(<case>.<table>.csv). One behaviour per case; `pytest --update-goldens`
rewrites the expected tables, so that a rule change shows up as a reviewed diff."""

import io
from pathlib import Path

import pytest

from pipeline.run import process_file
from pipeline.tables import build_tables, to_csv

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))
TABLES = ["documents", "sections", "objective_mentions", "numeric_facts", "coverage", "objective_evidence"]


def rendered(df) -> str:
    buffer = io.StringIO()
    to_csv(df, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("case", CASES)
def test_golden(case, nlp, update_goldens):
    tables = build_tables([process_file(GOLDEN / f"{case}.txt", nlp)])
    for table in TABLES:
        expected_file = GOLDEN / f"{case}.{table}.csv"
        actual = rendered(tables[table])
        if update_goldens:
            expected_file.write_text(actual, encoding="utf-8")
        assert actual == expected_file.read_text(encoding="utf-8"), f"{case}: {table} differs"


def test_every_case_has_all_its_tables():
    assert len(CASES) >= 5
    for case in CASES:
        assert all((GOLDEN / f"{case}.{t}.csv").exists() for t in TABLES), case
