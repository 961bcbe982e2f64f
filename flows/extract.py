"""The extraction flow: every document in a folder -> the tables in an output folder.

One task run per document; a document that fails becomes an ``error`` row and
the others go on. Run it with ``gcm-extract run`` or ``python -m flows.extract``.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT, Limits
from pipeline.models import Extraction
from pipeline.nlp import build_pipeline
from pipeline.run import Job, RunSummary, discover, duplicate, process_file, publish_tables


@task(name="extract-document", task_run_name="extract {job.doc_id}", cache_policy=NO_CACHE)
def extract_document(job: Job, limits: Limits) -> Extraction:
    extraction = process_file(job.path, build_pipeline(), doc_id=job.doc_id, limits=limits)
    if extraction.status != "ok":
        get_run_logger().warning("%s: %s: %s", job.doc_id, extraction.status, extraction.message)
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
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> RunSummary:
    """Extract every review in ``raw`` and write all tables to ``out``."""
    limits = Limits(max_pages=max_pages, max_bytes=max_bytes, time_limit=time_limit)
    jobs = discover(raw)
    futures = {job.doc_id: extract_document.submit(job, limits) for job in jobs if job.duplicate_of is None}
    extractions = [duplicate(job) if job.duplicate_of else futures[job.doc_id].result() for job in jobs]
    summary = write_tables(extractions, out)
    get_run_logger().info("%s", summary.line())
    return summary


if __name__ == "__main__":
    extract_reviews()
