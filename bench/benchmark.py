"""Benchmark: pages per second end to end, and where the time goes.

Writes a multi-page review PDF (running headers and footers, the sample
review's paragraphs varied page by page), then times each stage over it
several times and reports medians. The baseline, measured in the same run on
the same file, is pdfplumber's own ``page.extract_text()`` over every page:
the least any PDF pipeline built on pdfplumber must spend. Ratios against it
stay comparable on a shared, noisy machine where absolute seconds do not.

    python bench/benchmark.py [--pages 60] [--repeat 5] [--documents=24]

It then measures incremental extraction: a first run over a corpus of
review documents, and a re-run with nothing new, which the cache answers;
and the report and the database for a hundred reviews: size and time.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pdfs import make_pdf  # noqa: E402

from pipeline.read.evidence import read_evidence  # noqa: E402
from pipeline.read.extract import extract, run_nlp  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.models import Extraction  # noqa: E402
from pipeline.read.nlp import pipelines  # noqa: E402
from pipeline.read.segment import Lines, segment  # noqa: E402
from pipeline.tables import write_tables  # noqa: E402

SAMPLE = ROOT / "raw" / "000_336938581adf79a7.txt"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--documents", type=int, default=24, help="corpus size for the incremental run")
    args = parser.parse_args()

    import pdfplumber

    nlp = pipelines()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = make_pdf(Path(tmp) / "bench.pdf", review_pages(args.pages))

        def baseline():
            with pdfplumber.open(pdf) as handle:
                return [page.extract_text() for page in handle.pages]

        t_base, _ = timed(baseline, args.repeat)
        t_ingest, document = timed(lambda: ingest(pdf), args.repeat)
        t_segment, segmentation = timed(lambda: segment(document), args.repeat)
        t_nlp, _ = timed(lambda: run_nlp(document.text, nlp[document.language]), args.repeat)
        t_extract, (doc, mentions, facts) = timed(lambda: extract(document, segmentation, nlp), args.repeat)
        t_evidence, evidence = timed(
            lambda: read_evidence(segmentation, mentions, doc, skip=Lines(document.text).is_toc), args.repeat)
        extraction = Extraction(document, "ok", "", segmentation.sections, mentions, facts, evidence=evidence)
        out = Path(tmp) / "out"
        t_tables, _ = timed(lambda: write_tables([extraction], out), args.repeat)

    total = t_ingest + t_segment + t_extract + t_evidence + t_tables
    pages = document.pages
    print(f"document: {pages} pages, {len(document.text):,} characters, {len(segmentation.sections)} sections, "
          f"{len(mentions)} mentions, {len(facts)} facts (median of {args.repeat} runs)")
    print(f"{'stage':<34}{'seconds':>9}{'pages/s':>10}{'share':>8}{'x baseline':>12}")
    rows = [
        ("baseline: pdfplumber extract_text", t_base),
        ("ingest (pdfplumber words, layout)", t_ingest),
        ("segment", t_segment),
        ("extract (spaCy + reading)", t_extract),
        ("  of which spaCy pipeline", t_nlp),
        ("evidence (objectives addressed)", t_evidence),
        ("tables (build + write CSV)", t_tables),
        ("end to end", total),
    ]
    for name, seconds in rows:
        share = "" if name.startswith("baseline") else f"{seconds / total:7.1%}"
        print(f"{name:<34}{seconds:>9.3f}{pages / seconds:>10.1f}{share:>8}{seconds / t_base:>12.2f}")


def incremental(documents: int) -> None:
    """A first run over a corpus, then a run with nothing new (the cache answers)."""
    import shutil

    from pipeline.run import run_folder

    nlp = pipelines()
    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "output"
        raw.mkdir()
        for path in corpus:
            shutil.copy(path, raw / path.name)
        spec = importlib.util.spec_from_file_location("pdfspec", ROOT / "tests" / "corpus" / "pdfspec.py")
        pdfspec = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(pdfspec)
        for path in sorted((ROOT / "tests" / "corpus").glob("*.pdf.json")):
            pdfspec.build_pdf(path, raw / path.name.replace(".pdf.json", ".pdf"))
        # The rest: 10-page PDF reviews, as most published reviews are PDFs.
        for n in range(max(0, documents - len(list(raw.iterdir())))):
            make_pdf(raw / f"review-{n:02d}.pdf", review_pages(10 + n % 3), header=f"Voluntary GCM Review {n}")
        start = time.perf_counter()
        first = run_folder(raw, out, nlp)
        t_first = time.perf_counter() - start
        before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        start = time.perf_counter()
        again = run_folder(raw, out, nlp)
        t_again = time.perf_counter() - start
        after = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    print(f"\nincremental: {first.documents} documents ({len(corpus)} text, {first.documents - len(corpus)} PDF)")
    print(f"  first run            {t_first:8.3f} s  ({first.extracted} extracted)")
    print(f"  re-run, nothing new  {t_again:8.3f} s  ({again.extracted} extracted)  "
          f"= {t_again / t_first:.3f} of the first run; output byte-identical: {before == after}")


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


if __name__ == "__main__":
    main()
    incremental(int(next((a.split("=")[1] for a in sys.argv if a.startswith("--documents=")), 24)))
    report_and_database()
