"""Worker processes: documents read in parallel give the tables one process
gives, byte for byte; a worker that crashes, runs out of memory or hangs
inside a page costs its own document an error row, and the run goes on."""

import shutil
import time
from pathlib import Path

import pytest

import badfiles
import faults
from conftest import SAMPLE
from pdfs import make_pdf
from pipeline.cache import ExtractionCache, cache_folder
from pipeline.ingest import Limits
from pipeline.run import extract_all, plan, publish_tables, run_folder
from pipeline.tables import read_csv
from pipeline.workers import WorkerSettings, Workers
from test_ingest import PAGE_1, PAGE_2

SAMPLE_ID = "000_336938581adf79a7"
CRASHED = ("the reader crashed on this file (signal {}): the file may be damaged, "
           "or need more memory than --max-memory allows")


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def documents(out: Path) -> list[tuple]:
    table = read_csv(out / "documents.csv", "documents")
    return [tuple(row) for row in table[["doc_id", "status", "message"]].fillna("").itertuples(index=False)]


@pytest.fixture
def raw(tmp_path) -> Path:
    """The sample review, two PDF reviews, and a file that is no PDF."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SAMPLE, folder)
    make_pdf(folder / "kelmar.pdf", [PAGE_1, PAGE_2])
    badfiles.good_pdf(folder / "norland.pdf")
    badfiles.random_bytes(folder / "random.pdf")
    return folder


def run_with(raw: Path, out: Path, *, limits=Limits(), max_memory=None, read=faults.misbehave):
    """A run whose workers read with ``read``: as run_folder does with worker processes."""
    cache = ExtractionCache(cache_folder(out))
    work = plan(raw, cache)
    with Workers(2, WorkerSettings(limits, cache, max_memory), read=read) as pool:
        outcomes = extract_all(work.todo, pool)
    return publish_tables(work.collect(outcomes), out, extracted=len(outcomes))


def test_worker_processes_write_what_one_process_writes(nlp, raw, tmp_path):
    run_folder(raw, tmp_path / "serial", nlp)
    summary = run_folder(raw, tmp_path / "parallel", workers=2)
    assert summary.line().startswith("4 documents (3 ok, 0 warning, 1 error; 4 extracted, 0 unchanged, 0 duplicate)")
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")


def test_a_worker_that_segfaults_costs_only_its_document(nlp, raw, tmp_path):
    run_folder(raw, tmp_path / "without", nlp)
    make_pdf(raw / "segfault.pdf", [PAGE_2])
    make_pdf(raw / "zeta.pdf", [PAGE_2, PAGE_1])  # read after the crash, by a new worker
    summary = run_with(raw, tmp_path / "out")
    assert (summary.ok, summary.error) == (4, 2)
    rows = documents(tmp_path / "out")
    assert [row[:2] for row in rows] == [(SAMPLE_ID, "ok"), ("kelmar", "ok"), ("norland", "ok"),
                                         ("random", "error"), ("segfault", "error"), ("zeta", "ok")]
    assert rows[4] == ("segfault", "error", CRASHED.format(11))
    without = tree(tmp_path / "without")
    for name in ("sections.csv", "numeric_facts.csv", "objective_mentions.csv"):
        kept = [line for line in tree(tmp_path / "out")[name].decode().splitlines()
                if not line.startswith("zeta,")]
        assert kept == without[name].decode().splitlines(), name


def test_a_document_past_the_memory_limit_is_an_error_row(raw, tmp_path):
    (raw / "memory-bomb.txt").write_text("Some 40 reception centres remain overcrowded.", encoding="utf-8")
    summary = run_with(raw, tmp_path / "out", max_memory=1024**3)
    assert (summary.ok, summary.error) == (3, 2)
    assert ("memory-bomb", "error", "out of memory while reading this file: raise --max-memory to read it") in \
        documents(tmp_path / "out")


def test_the_time_limit_stops_a_worker_inside_a_page(raw, tmp_path):
    make_pdf(raw / "stuck.pdf", [PAGE_1, PAGE_2, PAGE_2])
    started = time.monotonic()
    summary = run_with(raw, tmp_path / "out", limits=Limits(time_limit=3))
    assert time.monotonic() - started < 30
    assert (summary.ok, summary.error) == (3, 2)
    assert ("stuck", "error", "reading stopped at page 2 of 3: over the time limit; raise --time-limit to read it") \
        in documents(tmp_path / "out")


def test_a_pdf_that_inflates_past_the_memory_limit_crashes_only_its_worker(raw, tmp_path):
    badfiles.memory_bomb_pdf(raw / "inflates.pdf", gib=1.5)
    summary = run_folder(raw, tmp_path / "out", workers=2, max_memory=1024**3)
    assert (summary.ok, summary.error) == (3, 2)
    # pdfium aborts when an allocation fails.
    assert ("inflates", "error", CRASHED.format(6)) in documents(tmp_path / "out")
