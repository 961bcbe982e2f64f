"""The extraction flow: every document in a folder -> the tables in an output folder.

One task run per document; a document that fails becomes an ``error`` row and
the others go on. Run it with ``gcm-extract run`` or ``python -m flows.extract``.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES
from pipeline.models import Extraction
from pipeline.nlp import build_pipeline
from pipeline.run import RunSummary, discover, process_file, publish_tables


@task(name="extract-document", task_run_name="extract {doc_id}", cache_policy=NO_CACHE)
def extract_document(path: Path, doc_id: str, max_pages: int, max_bytes: int) -> Extraction:
    extraction = process_file(path, build_pipeline(), doc_id=doc_id, max_pages=max_pages, max_bytes=max_bytes)
    if extraction.status != "ok":
        get_run_logger().warning("%s: %s: %s", doc_id, extraction.status, extraction.message)
    return extraction


@task(name="write-tables", cache_policy=NO_CACHE)
def write_tables(extractions: list[Extraction], out: Path) -> RunSummary:
    return publish_tables(extractions, out)


@flow(name="gcm-extract", task_runner=ThreadPoolTaskRunner(max_workers=1))
def extract_reviews(
    raw: Path = Path("raw"),
    out: Path = Path("output"),
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RunSummary:
    """Extract every review in ``raw`` and write all tables to ``out``."""
    documents = discover(raw)
    futures = [extract_document.submit(path, doc_id, max_pages, max_bytes) for path, doc_id in documents]
    summary = write_tables([future.result() for future in futures], out)
    get_run_logger().info("%s", summary.line())
    return summary


if __name__ == "__main__":
    extract_reviews()
