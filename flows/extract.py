"""The extraction flow: every document in a folder -> the tables in an output folder.

One task run per document; a document that fails becomes an ``error`` row and
the others go on. A run that extracts a new edition of a review publishes what
changed since the last one as a Markdown artifact. Run it with ``gcm-extract
run`` or ``python -m flows.extract``.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT, Limits
from pipeline.models import Extraction
from pipeline.read.nlp import pipelines
from pipeline.cache import ExtractionCache, cache_folder
from pipeline.editions import published_markdown
from pipeline.run import Job, RunSummary, plan, process_file, publish_tables

from .progress import DocumentProgress


@task(name="extract-document", task_run_name="extract {job.doc_id}", cache_policy=NO_CACHE)
def extract_document(job: Job, limits: Limits) -> Extraction:
    extraction = process_file(job.path, pipelines(), doc_id=job.doc_id, limits=limits)
    if extraction.status != "ok":
        get_run_logger().warning("%s: %s: %s", job.doc_id, extraction.status, extraction.message)
    return extraction


@task(name="write-tables", cache_policy=NO_CACHE)
def write_tables(extractions: list[Extraction], out: Path, extracted: int) -> RunSummary:
    return publish_tables(extractions, out, extracted=extracted)


@flow(name="gcm-extract", task_runner=ThreadPoolTaskRunner(max_workers=1))
def extract_reviews(
    raw: Path = Path("raw"),
    out: Path = Path("output"),
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_limit: float = DEFAULT_TIME_LIMIT,
    use_cache: bool = True,
) -> RunSummary:
    """Extract every new or changed review in ``raw`` and write all tables to ``out``."""
    limits = Limits(max_pages=max_pages, max_bytes=max_bytes, time_limit=time_limit)
    work = plan(raw, ExtractionCache(cache_folder(out)) if use_cache else None)
    futures = {job.doc_id: extract_document.submit(job, limits) for job in work.todo}
    progress = DocumentProgress(len(futures), get_run_logger())
    extracted = {}
    try:
        for job in work.todo:
            progress.reading(job.path.name)
            extracted[job.doc_id] = futures[job.doc_id].result()
            progress.finished(job.path.name, extracted[job.doc_id])
    finally:
        progress.close()
    summary = write_tables(work.finish(extracted), out, len(extracted))
    get_run_logger().info("%s", summary.line())
    changes = published_markdown(out, [job.doc_id for job in work.todo])
    if changes:  # a new edition of a review: what changed since the last one, beside the run in the UI
        create_markdown_artifact(markdown=changes, key="gcm-extract-changes",
                                 description="What the new editions changed since the last ones (changes.csv)")
    return summary


def with_task_runner(flow_, dask_address: str | None):
    """The flow as it is, or running its tasks on an existing Dask cluster."""
    if not dask_address:
        return flow_
    from prefect_dask import DaskTaskRunner

    return flow_.with_options(task_runner=DaskTaskRunner(address=dask_address))


if __name__ == "__main__":
    extract_reviews()
