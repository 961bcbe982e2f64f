"""Unattended runs: sync then extract on a schedule (Prefect serve), and a
watcher that extracts as soon as a review lands in raw/.

    gcm-extract serve [--cron "0 6 * * *"] [--sources sources.toml] [--dask ADDRESS]
    gcm-extract watch [--raw raw] [--out output]
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from prefect import flow, get_run_logger, serve, task
from prefect.cache_policies import NO_CACHE

from pipeline.ingest import FORMATS
from pipeline.run import RunSummary
from pipeline.sync import SyncReport, load_config, sync

from .extract import extract_reviews, with_task_runner

DEFAULT_CRON = "0 6 * * *"


@task(name="sync-sources", cache_policy=NO_CACHE)
def sync_sources(sources: Path) -> SyncReport:
    report = sync(load_config(sources))
    logger = get_run_logger()
    for line in report.lines():
        (logger.warning if line.startswith("error") else logger.info)("%s", line)
    return report


@flow(name="gcm-sync-and-extract")
def sync_and_extract(
    sources: Path = Path("sources.toml"),
    out: Path = Path("output"),
    dask_address: str | None = None,
) -> RunSummary:
    """Download new or changed reviews, then extract what changed and rewrite the tables."""
    sync_sources(sources)
    raw = load_config(sources).raw
    return with_task_runner(extract_reviews, dask_address)(raw=raw, out=out)


def deployment(cron: str = DEFAULT_CRON, sources: Path = Path("sources.toml"), out: Path = Path("output"),
               dask_address: str | None = None):
    """The scheduled deployment that ``gcm-extract serve`` serves."""
    return sync_and_extract.to_deployment(
        name="scheduled",
        cron=cron,
        parameters={"sources": str(sources), "out": str(out), "dask_address": dask_address},
        description="Sync the review sources, then extract new or changed reviews.",
    )


def serve_schedule(cron: str = DEFAULT_CRON, sources: Path = Path("sources.toml"), out: Path = Path("output"),
                   dask_address: str | None = None) -> None:
    """Serve the deployment until interrupted (Ctrl-C)."""
    serve(deployment(cron, sources, out, dask_address))


def snapshot(raw: Path) -> dict[str, tuple[int, int]]:
    """What the documents of a folder look like now: name -> (size, modification time)."""
    out = {}
    for path in Path(raw).iterdir():
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in FORMATS:
            stat = path.stat()
            out[path.name] = (stat.st_size, stat.st_mtime_ns)
    return out


def watch(raw: Path, out: Path, *, interval: float = 1.0, stop: threading.Event | None = None,
          dask_address: str | None = None, on_run=None) -> None:
    """Extract whenever a document in ``raw`` appears, changes or goes, until ``stop`` is set.

    A change is acted on once the folder has stayed the same for one interval,
    so that a file still being copied is not read half-written. Only new or
    changed documents are extracted (the cache holds the others).
    """
    stop = stop or threading.Event()
    runner = with_task_runner(extract_reviews, dask_address)
    seen = None  # the state last extracted; None: extract once at start
    while not stop.is_set():
        current = snapshot(raw)
        time.sleep(interval)
        if stop.is_set():
            break
        if snapshot(raw) != current or current == seen:
            continue  # still changing, or nothing new
        summary = runner(raw=raw, out=out)
        seen = current
        if on_run is not None:
            on_run(summary)
