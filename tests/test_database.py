"""output/gcm.sqlite: the CSVs' rows exactly, keys, a full-text index; and `gcm-extract browse`."""

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pandas as pd
import pytest

from conftest import ROOT
from pipeline.database import create_statements, datasette_arguments, write_database
from pipeline.tables import SCHEMAS, build_tables, read_csv
from reports import HOSTILE_EDITION_FILE, HOSTILE_FILE, review_folder


@pytest.fixture(scope="module")
def output(nlp, tmp_path_factory):
    from pipeline.run import run_folder

    folder = tmp_path_factory.mktemp("database")
    run_folder(review_folder(folder / "raw"), folder / "output", nlp)
    return folder / "output"


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_a_query_per_table_returns_exactly_the_csv_rows(output, name):
    columns = [c.name for c in SCHEMAS[name]]
    with sqlite3.connect(output / "gcm.sqlite") as connection:
        rows = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
    expected = read_csv(output / f"{name}.csv", name)
    assert len(expected) > 0
    got = pd.DataFrame(rows, columns=columns)
    for column in SCHEMAS[name]:
        got[column.name] = pd.array(got[column.name].map(lambda v: pd.NA if v is None else v), dtype=column.dtype)
    # A text cell that a spreadsheet would run gets a leading apostrophe in the CSV only.
    for column in SCHEMAS[name]:
        if column.dtype == "string":
            expected[column.name] = expected[column.name].str.replace(r"^'(?=[=+\-@\t\r])", "", regex=True)
    pd.testing.assert_frame_equal(got, expected)


def test_keys_follow_the_declarations(output):
    with sqlite3.connect(output / "gcm.sqlite") as connection:
        primary = [r[1] for r in connection.execute('PRAGMA table_info("numeric_facts")') if r[5]]
        foreign = sorted((r[2], r[3], r[4]) for r in connection.execute('PRAGMA foreign_key_list("numeric_facts")'))
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert primary == ["doc_id", "fact_id"]
    assert foreign == [("documents", "doc_id", "doc_id"), ("sections", "doc_id", "doc_id"),
                       ("sections", "section_id", "section_id")]


def test_full_text_search_on_sentences(output):
    with sqlite3.connect(output / "gcm.sqlite") as connection:
        found = connection.execute(
            "SELECT f.doc_id, f.fact_id, f.surface FROM numeric_facts_fts JOIN numeric_facts f "
            "ON f.rowid = numeric_facts_fts.rowid WHERE numeric_facts_fts MATCH ? ORDER BY f.rowid",
            ["trafficking victims"],
        ).fetchall()
    assert found == [("peru-2026-b", "f001", "52 victims"), ("peru-img-src-x-onerror-alert-5", "f001", "37 victims")]


def test_text_is_stored_as_given_never_as_sql(tmp_path, sample):
    from dataclasses import replace

    hostile = "x'); DROP TABLE documents; --"
    document = replace(sample.document, title=hostile, source_file='"; DELETE FROM sections; --.txt')
    write_database(build_tables([replace(sample, document=document)]), tmp_path / "gcm.sqlite")
    with sqlite3.connect(tmp_path / "gcm.sqlite") as connection:
        assert connection.execute("SELECT title, source_file FROM documents").fetchall() == [
            (hostile, '"; DELETE FROM sections; --.txt')]
        assert connection.execute("SELECT count(*) FROM sections").fetchone() == (10,)


@pytest.fixture(scope="module")
def sample(nlp):
    from conftest import SAMPLE
    from pipeline.run import process_file

    return process_file(SAMPLE, nlp)


def test_every_table_is_created_with_its_primary_key():
    statements = create_statements()
    assert [s.split('"')[1] for s in statements] == [*SCHEMAS, "numeric_facts_fts", "objective_mentions_fts"]
    assert 'PRIMARY KEY ("doc_id", "objective")' in statements[list(SCHEMAS).index("coverage")]
    # changes.csv has none: two figures removed may read the same in every column.
    assert "PRIMARY KEY" not in statements[list(SCHEMAS).index("changes")]


def test_changes_refer_to_both_editions(output):
    with sqlite3.connect(output / "gcm.sqlite") as connection:
        foreign = sorted((r[2], r[3], r[4]) for r in connection.execute('PRAGMA foreign_key_list("changes")'))
        found = connection.execute(
            "SELECT o.source_file, n.source_file, c.change, c.old_value, c.new_value FROM changes c "
            "JOIN documents o ON o.doc_id = c.old_doc_id JOIN documents n ON n.doc_id = c.new_doc_id "
            "WHERE c.\"table\" = 'facts' ORDER BY c.rowid").fetchall()
    assert foreign == [("documents", "new_doc_id", "doc_id"), ("documents", "old_doc_id", "doc_id"),
                       ("objectives", "objective", "objective")]
    assert found == [(HOSTILE_FILE, HOSTILE_EDITION_FILE, "added", None, 12.0),
                     (HOSTILE_FILE, HOSTILE_EDITION_FILE, "changed", 37.0, 52.0)]


def test_the_database_is_not_written_over(tmp_path, sample):
    (tmp_path / "gcm.sqlite").write_bytes(b"")
    with pytest.raises(FileExistsError):
        write_database(build_tables([sample]), tmp_path / "gcm.sqlite")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_browse_serves_the_database_on_127_0_0_1(output):
    port = free_port()
    log = output.parent / "browse.log"
    with open(log, "w") as handle:
        server = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", "browse", "--out", str(output), "--port", str(port)],
            stdout=handle, stderr=handle, text=True, cwd=ROOT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/gcm/documents.json?_shape=array&_sort=doc_id"
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.load(response)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        assert [(r["doc_id"], r["country"]) for r in rows] == [
            ("empty", None), ("guatemala", "GTM"), ("japan", "JPN"), ("peru-2026-b", "PER"),
            ("peru-img-src-x-onerror-alert-5", "PER")]
        search = f"http://127.0.0.1:{port}/gcm/numeric_facts.json?_shape=array&_search=officials"
        with urllib.request.urlopen(search, timeout=5) as response:
            assert [r["surface"] for r in json.load(response)] == ["283 officials"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert log.read_text().startswith(
        f"serving {output / 'gcm.sqlite'} at http://127.0.0.1:{port}/ (Ctrl-C to stop)\n")


def test_datasette_listens_on_loopback_unless_told_otherwise(tmp_path):
    command = datasette_arguments(tmp_path / "gcm.sqlite", tmp_path / "metadata.json")
    assert command[command.index("--host") + 1] == "127.0.0.1" and "--immutable" in command
    command = datasette_arguments(tmp_path / "gcm.sqlite", tmp_path / "m.json", host="0.0.0.0", port=9000)
    assert command[command.index("--host") + 1:command.index("--host") + 4] == ["0.0.0.0", "--port", "9000"]


def test_browse_without_datasette_or_without_a_database(monkeypatch, capsys, output, tmp_path):
    from pipeline.cli import main

    assert main(["browse", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"gcm-extract: no gcm.sqlite in {tmp_path}; run 'gcm-extract run' first\n"
    monkeypatch.setitem(sys.modules, "datasette", None)  # as if it were not installed
    assert main(["browse", "--out", str(output)]) == 2
    assert capsys.readouterr().err == "gcm-extract: Datasette is not installed: pip install 'gcm-extract[browse]'\n"
