"""The extraction flow: every document in a folder -> the tables in an output folder.

One task run per document, run in worker processes (one per core by default),
so that documents are read in parallel and a crash costs only its document.
A task receives a path and a digest; the extraction goes to the cache and the
tables task reads it from there, so that Prefect never walks thousands of
extracted rows looking for task inputs. A document that could not be read
ends its task run in the state ``Unreadable``, and the flow run is then not
green: it ends ``Failed`` (the tables of the other documents are written all
the same, and calling the flow raises ``UnreadDocuments``) and publishes a
table artifact of the documents that failed or warned. A run that extracts a
new edition of a review publishes what changed since the last one as a
Markdown artifact.

Run it with ``gcm-extract run`` or ``python -m flows.extract``.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import replace
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline.cache import ExtractionCache, cache_folder, cacheable
from pipeline.editions import published_markdown
from pipeline.ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT, Limits
from pipeline.models import STATUS_ERROR, STATUS_OK, STATUS_WARNING
from pipeline.read.nlp import pipelines
from pipeline.run import Job, Outcome, Plan, RunSummary, extract_job, plan, publish_tables
from pipeline.workers import DEFAULT_MAX_MEMORY, WorkerSettings, Workers, default_workers

from .progress import DocumentProgress


class UnreadDocuments(Exception):
    """The run is done, but some documents could not be read; ``summary`` says which."""

    def __init__(self, summary: RunSummary):
        super().__init__(f"{summary.error} of {summary.documents} documents could not be read: {summary.line()}")
        self.summary = summary


# The worker processes of the flow run in this process. A task that finds none
# runs where Prefect put it: on a Dask worker.
_WORKERS: ContextVar[Workers | None] = ContextVar("gcm_extract_workers", default=None)

# NO_CACHE on both tasks: Prefect's default policy would hash every input and
# keep every result so as to skip a task run it has seen, but the extraction
# cache already skips a document it has read (keyed on the file's SHA-256 and
# on the pipeline's code and rules, which Prefect cannot see), and the tables
# must be written on every run.


@task(name="extract-document", task_run_name="extract {job.doc_id}", cache_policy=NO_CACHE)
def extract_document(job: Job, settings: WorkerSettings):
    """One document, into the cache. Ends ``Unreadable`` when it cannot be read."""
    workers = _current_workers()
    if workers is not None:
        outcome = workers.extract(job)
    else:  # on a Dask worker, perhaps on another machine: the extraction comes back with the result
        outcome = extract_job(job, pipelines(), settings.limits, None)
    if outcome.status != STATUS_OK:
        get_run_logger().warning("%s: %s: %s", job.doc_id, outcome.status, outcome.message)
    if outcome.status == STATUS_ERROR:
        return Failed(name="Unreadable", message=f"{job.doc_id}: {outcome.message}", data=outcome)
    if outcome.status == STATUS_WARNING:
        return Completed(name="Warning", message=f"{job.doc_id}: {outcome.message}", data=outcome)
    return outcome


@task(name="write-tables", cache_policy=NO_CACHE)
def write_tables(work: Plan, outcomes: dict[str, Outcome], out: Path) -> RunSummary:
    return publish_tables(work.collect(outcomes), out, extracted=len(outcomes))


def _task_threads(workers: int) -> ThreadPoolTaskRunner:
    # Two task threads per worker process: while one thread does Prefect's bookkeeping of a task
    # run (before and after its document), the other's document keeps the worker busy. With one,
    # a worker idles for that bookkeeping between two documents.
    return ThreadPoolTaskRunner(max_workers=2 * workers)


@flow(name="gcm-extract", task_runner=_task_threads(default_workers()))
def extract_reviews(
    raw: Path = Path("raw"),
    out: Path = Path("output"),
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_limit: float = DEFAULT_TIME_LIMIT,
    use_cache: bool = True,
    workers: int | None = None,
    max_memory: int | None = DEFAULT_MAX_MEMORY,
    ocr: bool = True,
):
    """Extract every new or changed review in ``raw`` and write all tables to ``out``,
    with ``workers`` processes (default: one per core) of ``max_memory`` bytes each;
    scanned pages are read by OCR unless ``ocr`` is off."""
    limits = Limits(max_pages=max_pages, max_bytes=max_bytes, time_limit=time_limit, ocr=ocr)
    cache = ExtractionCache(cache_folder(out))
    with cache.in_use():
        work = plan(raw, cache, reuse=use_cache)
        settings = WorkerSettings(limits, cache, max_memory or None)
        with _local_workers(workers or default_workers(), settings):
            futures = [extract_document.submit(job, settings) for job in work.todo]
            outcomes = _outcomes(work.todo, futures, cache)
        summary = write_tables(work, outcomes, out)
        work.forget_others()
    get_run_logger().info("%s", summary.line())
    _publish_artifacts(summary, out, work.todo)
    if summary.error:
        failure = UnreadDocuments(summary)
        return Failed(name="Unread documents", message=str(failure), data=failure)
    return summary


def _current_workers() -> Workers | None:
    # A function, so that a task sent to Dask (pickled by value) does not carry the ContextVar.
    return _WORKERS.get()


def _publish_artifacts(summary: RunSummary, out: Path, extracted: list[Job]) -> None:
    """Beside the run in Prefect's UI: what new editions changed, and the documents that failed or warned."""
    changes = published_markdown(out, [job.doc_id for job in extracted])
    if changes:
        create_markdown_artifact(markdown=changes, key="gcm-extract-changes",
                                 description="What the new editions changed since the last ones (changes.csv)")
    if summary.problems:
        create_table_artifact(
            key="gcm-extract-problems",
            table=[{"document": d, "status": s, "message": m} for d, s, m, _ in summary.problems],
            description=f"Documents that failed or warned: {summary.line()}",
        )


@contextlib.contextmanager
def _local_workers(size: int, settings: WorkerSettings):
    """Worker processes for the tasks that run in this process (they start when a task needs one)."""
    with Workers(size, settings) as workers:
        token = _WORKERS.set(workers)
        try:
            yield workers
        finally:
            _WORKERS.reset(token)


def _outcomes(jobs: list[Job], futures: list, cache: ExtractionCache) -> dict[str, Outcome]:
    """Each document's outcome, as its task run ends, with the run's progress."""
    progress = DocumentProgress(len(futures), get_run_logger())
    outcomes = {}
    try:
        for job, future in zip(jobs, futures):
            progress.reading(job.path.name)
            outcome = outcomes[job.doc_id] = _outcome(job, future, cache)
            progress.finished(job.path.name, outcome.status, outcome.pages)
    finally:
        progress.close()
    return outcomes


def _outcome(job: Job, future, cache: ExtractionCache) -> Outcome:
    """A document's outcome, from its task run's final state, whatever that is."""
    outcome = future.result(raise_on_failure=False)
    if not isinstance(outcome, Outcome):  # the task itself failed
        return Outcome(job.doc_id, STATUS_ERROR, f"internal error, please report it ({outcome!r})"[:200])
    if outcome.extraction is not None and cacheable(outcome.extraction):  # brought back from a Dask worker
        cache.put(outcome.extraction)
        outcome = replace(outcome, extraction=None)
    return outcome


def run(flow_, **parameters) -> RunSummary:
    """Run the flow (or a variant of it) and return its summary, whether or not
    every document could be read; raises when the run itself failed."""
    try:
        return flow_(**parameters)
    except UnreadDocuments as unread:
        return unread.summary


def with_task_runner(flow_, dask_address: str | None = None, workers: int | None = None):
    """The flow with task threads for ``workers`` worker processes, or running its
    per-document tasks on an existing Dask cluster."""
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return flow_.with_options(task_runner=DaskTaskRunner(address=dask_address))
    if workers:
        return flow_.with_options(task_runner=_task_threads(workers))
    return flow_


if __name__ == "__main__":
    print(run(extract_reviews).line())
