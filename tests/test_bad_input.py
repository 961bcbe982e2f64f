"""Bad documents get a clear row and lose nothing: the other documents are
extracted as usual, and the output folder is only ever replaced whole."""

import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import badfiles
from conftest import ROOT, SAMPLE
from pipeline.ingest import Limits
from pipeline.run import process_file, run_folder
from pipeline.tables import read_csv

SAMPLE_ID = "000_336938581adf79a7"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def sample_only(nlp, tmp_path_factory) -> dict[str, bytes]:
    """The tables of a run over the sample review alone."""
    raw = tmp_path_factory.mktemp("sample") / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw)
    out = raw.parent / "out"
    run_folder(raw, out, nlp)
    return tree(out)


@pytest.fixture(scope="module")
def bad_raw(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("bad") / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw)
    shutil.copy(SAMPLE, raw / "copy of the review.txt")
    (raw / "empty.txt").write_bytes(b"")
    badfiles.random_bytes(raw / "random.pdf", seed=1)
    badfiles.random_bytes(raw / "random.txt", seed=2)
    badfiles.truncated_pdf(raw / "truncated.pdf")
    badfiles.corrupt_pdf(raw / "corrupt.pdf")
    badfiles.encrypted_pdf(raw / "locked.pdf", user_password="secret")
    badfiles.encrypted_pdf(raw / "owner-only.pdf", user_password="")
    badfiles.scanned_pdf(raw / "scanned.pdf")
    badfiles.pictures_pdf(raw / "pictures.pdf")
    badfiles.long_pdf(raw / "annex.pdf", pages=2000)
    (raw / "cp1252.txt").write_bytes("Revue – Sénégal\n\nSome 40 “reception” centres.".encode("cp1252"))
    (raw / "utf16.txt").write_bytes("Revue – Sénégal\n\nSome 40 reception centres.".encode("utf-16"))
    (raw / "portuguese.txt").write_text(badfiles.PORTUGUESE, encoding="utf-8")
    (raw / "Revue nationale – Sénégal; rm -rf $(x) & co.txt").write_text(
        "A review.\n\nThe ministry trained 25 officers.", encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def bad_run(nlp, bad_raw):
    before = tree(bad_raw)
    out = bad_raw.parent / "out"
    summary = run_folder(bad_raw, out, nlp)
    return summary, out, before


NO_AREA = "no thematic area or objective headings found: all text is kept without area"
DAMAGED = "the file is damaged or not a PDF; download or export it again"
OCR_READ = "2 of 2 pages read by OCR, mean confidence N%"


def test_each_bad_document_gets_one_clear_row(bad_run):
    summary, out, _ = bad_run
    documents = read_csv(out / "documents.csv", "documents")
    rows = [tuple(r) for r in documents[["doc_id", "status", "message"]].fillna("").itertuples(index=False)]
    # Tesseract's confidence is its own: the message gives it, as a whole percentage.
    scanned = next(i for i, row in enumerate(rows) if row[0] == "scanned")
    confidence = re.fullmatch(r"2 of 2 pages read by OCR, mean confidence (\d+)%", rows[scanned][2])
    assert confidence and 80 <= int(confidence.group(1)) <= 100, rows[scanned]
    rows[scanned] = rows[scanned][:2] + (OCR_READ,)
    assert rows == [
        (SAMPLE_ID, "ok", "area 1 heading announces GCM objectives but lists none; country JPN from the title "
                          "('review by Japan'); review_kind imrf_review from the title ('Voluntary GCM review')"),
        ("annex", "error", "2000 pages, over the limit of 1000: raise --max-pages to read it"),
        ("copy-of-the-review", "warning", f"same content as {SAMPLE.name}: extracted once, as {SAMPLE_ID}"),
        ("corrupt", "error", f"not a readable PDF (Unexpected EOF): {DAMAGED}"),
        ("cp1252", "warning", f"{NO_AREA}; decoded as cp1252; country SEN from the title ('Revue – Sénégal')"),
        ("empty", "error", "empty file: nothing to extract"),
        ("locked", "error", "encrypted PDF: it needs a password; save a copy without one"),
        ("owner-only", "ok", ""),
        ("pictures", "error", "no text layer, and OCR read no words on its 2 pages"),
        ("portuguese", "warning",
         f"{NO_AREA}; language 'pt': the rules are written for English, Spanish and French, figures may be missed"),
        ("random-pdf", "error", f"not a readable PDF (No /Root object! - Is this really a PDF?): {DAMAGED}"),
        ("random-txt", "error", "binary data, not text: the file is damaged or not a text document"),
        ("revue-nationale-senegal-rm-rf-x-co", "warning", NO_AREA),
        ("scanned", "warning", OCR_READ),
        ("truncated", "error", f"not a readable PDF (Unexpected EOF): {DAMAGED}"),
        ("utf16", "warning", f"{NO_AREA}; decoded as utf-16; country SEN from the title ('Revue – Sénégal')"),
    ]
    assert (summary.ok, summary.warning, summary.error) == (2, 6, 8)


def test_text_in_other_encodings_is_decoded(bad_run):
    _, out, _ = bad_run
    assert (out / "text" / "cp1252.txt").read_text(encoding="utf-8") == "Revue – Sénégal\n\nSome 40 “reception” centres."
    assert (out / "text" / "utf16.txt").read_text(encoding="utf-8") == "Revue – Sénégal\n\nSome 40 reception centres."


def test_good_documents_are_untouched_by_the_bad_ones(bad_run, sample_only):
    _, out, _ = bad_run
    for table in ("sections", "objective_mentions", "numeric_facts"):
        mixed = read_csv(out / f"{table}.csv", table)
        alone = (sample_only[f"{table}.csv"]).decode("utf-8").splitlines()
        lines = (out / f"{table}.csv").read_text(encoding="utf-8").splitlines()
        assert [line for line in lines if line.startswith(SAMPLE_ID)] == alone[1:], table
        assert SAMPLE_ID in set(mixed["doc_id"])
    assert (out / "text" / f"{SAMPLE_ID}.txt").read_bytes() == sample_only[f"text/{SAMPLE_ID}.txt"]


def test_inputs_are_never_modified(bad_run, bad_raw):
    _, _, before = bad_run
    assert tree(bad_raw) == before


def test_time_limit_stops_a_slow_pdf(nlp, tmp_path):
    path = badfiles.good_pdf(tmp_path / "slow.pdf")
    extraction = process_file(path, nlp, limits=Limits(time_limit=0))
    assert (extraction.status, extraction.message) == (
        "error", "reading stopped at page 1 of 2: over the time limit; raise --time-limit to read it")


def test_same_input_gives_byte_identical_output(nlp, bad_raw, bad_run, tmp_path):
    _, out, _ = bad_run
    run_folder(bad_raw, tmp_path / "again", nlp)
    assert tree(tmp_path / "again") == tree(out)


# --- nothing lost: killed runs and concurrent runs ----------------------------------


def _corpus(raw: Path, copies: int) -> None:
    raw.mkdir(parents=True)
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(copies):
        (raw / f"review-{n:02d}.txt").write_text(text + f"\n\nAnnex {n}: {n + 1} additional cases.", encoding="utf-8")


def _run(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.run", str(raw), str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_killed_run_leaves_the_previous_tables_intact(nlp, tmp_path):
    old_raw, new_raw, out = tmp_path / "old", tmp_path / "new", tmp_path / "output"
    _corpus(old_raw, 2)
    _corpus(new_raw, 40)
    run_folder(old_raw, out, nlp)
    old = tree(out)
    run_folder(new_raw, tmp_path / "expected", nlp)
    new = tree(tmp_path / "expected")
    outcomes = []
    for delay in (0.3, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.2, 4.0):
        process = _run(new_raw, out)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = tree(out)
        assert now in (old, new), f"a mix after a kill at {delay}s"
        outcomes.append(now == new)
        if now == new:  # the run had finished: start again from the old tables
            run_folder(old_raw, out, nlp)
    assert not all(outcomes), "no kill landed before the run finished"
    process = _run(new_raw, out)
    assert process.wait(timeout=120) == 0, process.stderr.read()
    assert tree(out) == new
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".output."))
    assert left == [".output.cache", ".output.lock"], "no staging folder of a killed run is left"


def test_two_runs_at_once_do_not_corrupt_each_other(nlp, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "output"
    _corpus(raw, 10)
    run_folder(raw, tmp_path / "expected", nlp)
    first, second = _run(raw, out), _run(raw, out)
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0
    assert tree(out) == tree(tmp_path / "expected")


# --- fuzz ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".pdf"]))
def test_any_bytes_give_a_status_never_an_exception(nlp, tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"doc{suffix}"
    path.write_bytes(data)
    extraction = process_file(path, nlp)
    assert extraction.status in ("ok", "warning", "error")
    assert "\n" not in extraction.message
    if extraction.status == "error":
        assert extraction.message and not extraction.facts


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory) -> bytes:
    return badfiles.good_pdf(tmp_path_factory.mktemp("pdf") / "good.pdf").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=20),
    cut=st.floats(0.05, 1.0),
)
def test_mutated_pdfs_never_stop_a_run(nlp, tmp_path_factory, sample_only, pdf_bytes, edits, cut):
    data = bytearray(pdf_bytes[: max(1, int(len(pdf_bytes) * cut))])
    for position, value in edits:
        data[min(len(data) - 1, int(position * len(data)))] = value
    raw = tmp_path_factory.mktemp("mutated") / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw)
    (raw / "mutated.pdf").write_bytes(bytes(data))
    summary = run_folder(raw, raw.parent / "out", nlp)
    assert summary.documents == 2
    documents = read_csv(raw.parent / "out" / "documents.csv", "documents")
    assert documents["doc_id"].tolist() == [SAMPLE_ID, "mutated"]
    facts = (raw.parent / "out" / "numeric_facts.csv").read_text(encoding="utf-8").splitlines()
    assert [line for line in facts if line.startswith(SAMPLE_ID)] == sample_only["numeric_facts.csv"].decode().splitlines()[1:]
