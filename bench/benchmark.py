"""Benchmark: where the time goes in one review, and what a run costs through the CLI.

Stages: a multi-page review PDF (running headers and footers, the sample
review's paragraphs varied page by page), each stage timed over it several
times (medians).

Runs: on a generated corpus (review PDFs of a few pages) and on the PDFs of
tests/corpus, the time of
  - pdfplumber's bare ``extract_text`` over every page (the baseline) and
    pypdfium2's bare text (the floor: decoding the text and nothing else);
  - the library in one process (``run_folder``, one core);
  - ``gcm-extract run`` over an empty folder: the fixed cost of a run
    (imports, Prefect's temporary server, the flow run), a process of its own;
  - ``gcm-extract run`` over the corpus, less a run over an empty folder: the
    extraction work, with the default pool of worker processes;
  - the same again with nothing new, less the empty run.
The last two are runs of the command (``pipeline.cli.main``) in one process
whose first run, over an empty folder, started Prefect's temporary server:
the start-up, which varies by seconds from one process to the next on a
busy machine, is then in none of the runs subtracted from each other, and is
measured on its own by the fixed-cost row. Each figure comes
with pages per second and its ratio to the baseline measured in the same
run: on a shared, noisy machine, ratios stay comparable where seconds do not.
Runs are interleaved and repeated; figures are medians.

``--before DIR`` times the library and CLI rows of another checkout too (its
own ``.venv``), in the same run, for a before-and-after table.

Then OCR: a scanned review (the pages of the stages' review typeset, rendered
at 200 dpi, turned, blurred and flecked, as the tests' scans are), read by OCR
on one core and with a thread per core; pages per second, against pdfium's
rendering of the same pages at 300 dpi alone.

Last, the report and the database for a hundred reviews: size and time.

    python bench/benchmark.py [--pages 60] [--repeat 3] [--documents 40] [--doc-pages 5] [--scan-pages 8] [--before DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pdfs import make_pdf  # noqa: E402

from pipeline.ingest import ingest  # noqa: E402
from pipeline.models import Extraction  # noqa: E402
from pipeline.read.evidence import read_evidence  # noqa: E402
from pipeline.read.extract import extract, run_nlp  # noqa: E402
from pipeline.read.nlp import pipelines  # noqa: E402
from pipeline.read.segment import Lines, segment  # noqa: E402
from pipeline.tables import write_tables  # noqa: E402

SAMPLE = ROOT / "raw" / "000_336938581adf79a7.txt"
CORPUS = ROOT / "tests" / "corpus"


def review_pages(pages: int) -> list[list[str]]:
    """Pages of review text: the sample's paragraphs, numbers varied per page."""
    paragraphs = [p.replace("**", "").strip() for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out = []
    for page in range(pages):
        chunk = paragraphs[(page * 4) % len(paragraphs):][:4] or paragraphs[:4]
        out.append([p.replace("283", str(283 + page)).replace("598", str(598 + page)) for p in chunk] * 2)
    return out


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


# --- stages of one review ----------------------------------------------------------


def stages(pages: int, repeat: int) -> None:
    nlp = pipelines()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_pdf(Path(tmp) / "bench.pdf", review_pages(pages))
        t_base, _ = timed(lambda: plumber_text([pdf]), repeat)
        t_pdfium, _ = timed(lambda: pdfium_text([pdf]), repeat)
        t_ingest, document = timed(lambda: ingest(pdf), repeat)
        t_segment, segmentation = timed(lambda: segment(document), repeat)
        t_nlp, _ = timed(lambda: run_nlp(document.text, nlp[document.language]), repeat)
        t_extract, (doc, mentions, facts) = timed(lambda: extract(document, segmentation, nlp), repeat)
        t_evidence, evidence = timed(
            lambda: read_evidence(segmentation, mentions, doc, skip=Lines(document.text).is_toc), repeat)
        extraction = Extraction(document, "ok", "", segmentation.sections, mentions, facts, evidence=evidence)
        out = Path(tmp) / "out"
        t_tables, _ = timed(lambda: write_tables([extraction], out), repeat)
    total = t_ingest + t_segment + t_extract + t_evidence + t_tables
    pages = document.pages
    readers = ", ".join(f"{document.page_readers.count(r)} by {r}" for r in sorted(set(document.page_readers)))
    print(f"One review: {pages} pages ({readers}), {len(document.text):,} characters, "
          f"{len(segmentation.sections)} sections, {len(mentions)} mentions, {len(facts)} facts "
          f"(median of {repeat} runs)")
    print(f"{'stage':<36}{'seconds':>9}{'pages/s':>10}{'share':>8}{'x pdfplumber':>14}")
    rows = [
        ("baseline: pdfplumber extract_text", t_base),
        ("floor: pypdfium2 bare text", t_pdfium),
        ("ingest (pdfium words, layout)", t_ingest),
        ("segment", t_segment),
        ("extract (spaCy + reading)", t_extract),
        ("  of which spaCy pipeline", t_nlp),
        ("evidence (objectives addressed)", t_evidence),
        ("tables (build + write CSV)", t_tables),
        ("end to end", total),
    ]
    for name, seconds in rows:
        share = "" if name.startswith(("baseline", "floor")) else f"{seconds / total:7.1%}"
        print(f"{name:<36}{seconds:>9.3f}{pages / seconds:>10.1f}{share:>8}{seconds / t_base:>14.2f}")


# --- runs over a corpus -------------------------------------------------------------


def plumber_text(paths: list[Path]) -> int:
    import pdfplumber

    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            pages += len([page.extract_text() for page in pdf.pages])
    return pages


def pdfium_text(paths: list[Path]) -> int:
    import pypdfium2

    pages = 0
    for path in paths:
        pdf = pypdfium2.PdfDocument(str(path))
        pages += len([page.get_textpage().get_text_range() for page in pdf])
        pdf.close()
    return pages


_LIBRARY_RUN = """
import sys, time
from pathlib import Path
import pandas, pdfplumber, pipeline.tables  # imported once per process: not timed
from pipeline.run import run_folder
try:
    from pipeline.read.nlp import pipelines
except ImportError:  # a checkout from before the rules by language
    from pipeline.read.nlp import build_pipeline as pipelines
nlp = pipelines()
start = time.perf_counter()
run_folder(Path(sys.argv[1]), Path(sys.argv[2]), nlp, use_cache=False)
print(time.perf_counter() - start)
"""

# Three runs of the command in one process, as `gcm-extract run` makes them, after
# a first run over an empty folder has started Prefect's temporary server (once
# per process): the first run, the re-run and the empty run again, each timed.
_CLI_RUNS = """
import sys, time
from pipeline.cli import main
raw, out, empty, empty_out = sys.argv[1:5]
try:
    from pipeline.workers import warm_up
    warm_up()  # as the command does when there is work: while Prefect's server starts
except ImportError:
    pass

def run(folder, target):
    start = time.perf_counter()
    main(["run", "--raw", folder, "--out", target])
    return time.perf_counter() - start

run(empty, empty_out)
print("seconds", run(raw, out), run(raw, out), run(empty, empty_out))
"""


class Checkout:
    """A checkout of the project with its own .venv: its library and its CLI, timed."""

    def __init__(self, root: Path, label: str):
        self.root, self.label = root, label
        self.python = root / ".venv" / "bin" / "python"
        self.cli = root / ".venv" / "bin" / "gcm-extract"
        self.env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        self.env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")

    def library(self, raw: Path, out: Path) -> float:
        result = subprocess.run([self.python, "-c", _LIBRARY_RUN, raw, out], cwd=self.root, env=self.env,
                                capture_output=True, text=True, check=True)
        return float(result.stdout.split()[-1])

    def cli_runs(self, raw: Path, out: Path, empty: Path, empty_out: Path) -> list[float]:
        """Seconds of a first run, a re-run and an empty run, in one process."""
        result = subprocess.run([self.python, "-c", _CLI_RUNS, raw, out, empty, empty_out], cwd=out.parent,
                                env=self.env, capture_output=True, text=True, check=True)
        line = next(line for line in result.stdout.splitlines() if line.startswith("seconds "))
        return [float(value) for value in line.split()[1:]]

    def cli_process(self, raw: Path, out: Path, env: dict | None = None) -> float:
        """Seconds of one `gcm-extract run` process, start-up included."""
        start = time.perf_counter()
        subprocess.run([self.cli, "run", "--raw", raw, "--out", out], cwd=out.parent, env=env or self.env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def fresh(out: Path) -> Path:
    """An output folder with no tables and no cache."""
    for path in (out, out.parent / f".{out.name}.cache"):
        shutil.rmtree(path, ignore_errors=True)
    return out


def measure(checkout: Checkout, raw: Path, empty: Path, work: Path, repeat: int) -> dict[str, float]:
    """Median seconds of each row for one checkout."""
    work.mkdir(exist_ok=True)
    samples: dict[str, list[float]] = {"library": [], "fixed": [], "first": [], "again": [], "empty": []}
    for _ in range(repeat):
        samples["library"].append(checkout.library(raw, fresh(work / "library")))
        samples["fixed"].append(checkout.cli_process(empty, fresh(work / "empty-out")))
        first, again, nothing = checkout.cli_runs(raw, fresh(work / "out"), empty, fresh(work / "empty-out"))
        samples["first"].append(first)
        samples["again"].append(again)
        samples["empty"].append(nothing)
    return {name: statistics.median(values) for name, values in samples.items()}


def report(title: str, pages: int, base: float, floor: float, results: dict[str, dict[str, float]]) -> None:
    after = results["after"]
    work = {label: r["first"] - r["empty"] for label, r in results.items()}
    again = {label: r["again"] - r["empty"] for label, r in results.items()}
    print(f"\n{title}: {pages} pages")
    header = f"{'what':<44}{'seconds':>9}{'pages/s':>10}{'x pdfplumber':>14}"
    if "before" in results:
        header += f"{'before s':>10}{'before x':>10}"
    print(header)

    def row(name: str, label_seconds: dict[str, float]) -> None:
        seconds = label_seconds["after"]
        line = f"{name:<44}{seconds:>9.3f}{pages / seconds if seconds > 0 else float('inf'):>10.1f}{seconds / base:>14.3f}"
        if "before" in label_seconds:
            line += f"{label_seconds['before']:>10.3f}{label_seconds['before'] / base:>10.3f}"
        print(line)

    def each(key: str) -> dict[str, float]:
        return {label: r[key] for label, r in results.items()}

    row("pdfplumber: bare extract_text (baseline)", {"after": base})
    row("pypdfium2: bare text", {"after": floor})
    row("library, one core (run_folder)", each("library"))
    row("CLI over an empty folder (fixed cost)", each("fixed"))
    row("CLI first run, less the empty run (work)", work)
    row("CLI re-run with nothing new, less empty", again)
    share = {label: again[label] / work[label] for label in results}
    line = f"{'  re-run / first run work':<44}{share['after']:>9.3f}"
    if "before" in share:
        line += f"{'':>24}{share['before']:>10.3f}"
    print(line)
    print(f"targets: CLI work <= 0.25 x pdfplumber: {work['after'] / base:.3f} "
          f"({'met' if work['after'] <= 0.25 * base else 'missed'}); re-run <= 5% of the work: "
          f"{share['after']:.3f} ({'met' if share['after'] <= 0.05 else 'missed'}); "
          f"library {after['library'] / base:.3f} x pdfplumber")


def corpus_pdfs(folder: Path) -> None:
    spec = importlib.util.spec_from_file_location("pdfspec", CORPUS / "pdfspec.py")
    pdfspec = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdfspec)
    for path in sorted(CORPUS.glob("*.pdf.json")):
        pdfspec.build_pdf(path, folder / path.name.replace(".pdf.json", ".pdf"))


def runs(documents: int, doc_pages: int, repeat: int, before: Path | None) -> None:
    checkouts = [Checkout(ROOT, "after")] + ([Checkout(before.resolve(), "before")] if before else [])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generated, corpus, empty = tmp / "generated", tmp / "corpus", tmp / "empty"
        for folder in (generated, corpus, empty):
            folder.mkdir()
        for n in range(documents):
            make_pdf(generated / f"review-{n:02d}.pdf", review_pages(doc_pages), header=f"Voluntary GCM Review {n}")
        corpus_pdfs(corpus)
        for title, raw in ((f"Generated corpus, {documents} review PDFs", generated),
                           ("tests/corpus PDFs", corpus)):
            paths = sorted(raw.glob("*.pdf"))
            base, pages = timed(lambda: plumber_text(paths), repeat)
            floor, _ = timed(lambda: pdfium_text(paths), repeat)
            results: dict[str, dict[str, float]] = {}
            for checkout in checkouts:
                results[checkout.label] = measure(checkout, raw, empty, tmp / checkout.label, repeat)
            report(f"{title} (median of {repeat} runs)", pages, base, floor, results)
        with_server(checkouts[0], empty, tmp, repeat)


def with_server(checkout: Checkout, empty: Path, tmp: Path, repeat: int) -> None:
    """The fixed cost when Prefect's server is already running (PREFECT_API_URL set)."""
    from flows.schedules import local_server

    with local_server() as url:
        env = {**checkout.env, "PREFECT_API_URL": url}
        seconds = statistics.median(checkout.cli_process(empty, fresh(tmp / "server-out"), env)
                                    for _ in range(repeat))
    print(f"\nCLI over an empty folder with a running Prefect server (PREFECT_API_URL): {seconds:.3f} s")


def ocr(pages: int, repeat: int) -> None:
    """A scanned review read by OCR, on one core and with a thread per core."""
    import pypdfium2
    from scans import scanned_pdf

    from pipeline.ingest import Limits, cores
    from pipeline.ingest.ocr import render

    with tempfile.TemporaryDirectory() as tmp:
        pdf = scanned_pdf(Path(tmp) / "scan.pdf", review_pages(pages))
        document = pypdfium2.PdfDocument(str(pdf))
        count = len(document)
        t_render, _ = timed(lambda: [render(document, index) for index in range(count)], repeat)
        document.close()
        t_one, read = timed(lambda: ingest(pdf, Limits(ocr_threads=1)), repeat)
        t_pool, _ = timed(lambda: ingest(pdf, Limits(ocr_threads=cores())), repeat)
    assert read.page_readers == ("ocr",) * count
    print(f"\nOCR: a scanned review of {count} pages, {len(read.text):,} characters; {read.warnings[0]} "
          f"(median of {repeat} runs)")
    print(f"{'what':<44}{'seconds':>9}{'pages/s':>10}{'x one core':>12}")
    for name, seconds in (("pdfium: render at 300 dpi alone", t_render),
                          ("ingest by OCR, one core", t_one),
                          (f"ingest by OCR, {cores()} threads (one per core)", t_pool)):
        print(f"{name:<44}{seconds:>9.3f}{count / seconds:>10.2f}{seconds / t_one:>12.2f}")


def report_and_database(documents: int = 100) -> None:
    """report.html and gcm.sqlite for a hundred reviews of 20 pages (150 facts each):
    their size and the time to write them, against writing the CSVs in the same run."""
    from reports import synthetic_extractions

    from pipeline.database import write_database
    from pipeline.html_report import write_report
    from pipeline.tables import build_tables

    extractions = synthetic_extractions(documents=documents)
    texts = {e.document.doc_id: e.document.text for e in extractions}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t_csv, tables = timed(lambda: write_tables(extractions, folder / "csv"), 1)
        t_report, _ = timed(lambda: write_report(tables, texts, folder / "report.html"), 1)
        t_db, _ = timed(lambda: write_database(tables, folder / "gcm.sqlite"), 1)
        report, database = (folder / "report.html").stat().st_size, (folder / "gcm.sqlite").stat().st_size
    print(f"\nreport and database: {documents} reviews, {sum(map(len, texts.values())):,} characters, "
          f"{len(tables['numeric_facts']):,} facts")
    print(f"  tables (CSV)   {t_csv:8.3f} s")
    print(f"  report.html    {t_report:8.3f} s  = {t_report / t_csv:.2f} x the CSVs; {report / 1e6:.2f} MB")
    print(f"  gcm.sqlite     {t_db:8.3f} s  = {t_db / t_csv:.2f} x the CSVs; {database / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60, help="pages of the one review timed stage by stage")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--documents", type=int, default=40, help="PDFs in the generated corpus")
    parser.add_argument("--doc-pages", type=int, default=5, help="pages of each generated PDF")
    parser.add_argument("--scan-pages", type=int, default=8, help="pages of the scanned review read by OCR")
    parser.add_argument("--before", type=Path, help="another checkout (with its .venv) to time as well")
    args = parser.parse_args()
    stages(args.pages, args.repeat)
    runs(args.documents, args.doc_pages, args.repeat, args.before)
    ocr(args.scan_pages, args.repeat)
    report_and_database()


if __name__ == "__main__":
    main()
