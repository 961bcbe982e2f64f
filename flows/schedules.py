"""Unattended runs: sync then extract on a schedule (Prefect serve), and a
watcher that extracts as soon as a review lands in raw/.

    gcm-extract serve [--cron "0 6 * * *"] [--sources sources.toml] [--dask ADDRESS]
    gcm-extract watch [--raw raw] [--out output]
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from prefect import flow, get_run_logger, serve, task
from prefect.cache_policies import NO_CACHE
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

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
    """Serve the deployment until interrupted (Ctrl-C).

    A schedule needs a Prefect server with its scheduler service: Prefect's
    temporary server has none. Where no server is configured (PREFECT_API_URL),
    one is started on 127.0.0.1 for as long as this runs.
    """
    if get_current_settings().api.url:
        serve(deployment(cron, sources, out, dask_address))
        return
    with local_server() as url, temporary_settings(updates={PREFECT_API_URL: url}):
        serve(deployment(cron, sources, out, dask_address))


@contextlib.contextmanager
def local_server(timeout: float = 120.0):
    """A Prefect server with its scheduler on a free port of 127.0.0.1: yields its API URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port),
         "--analytics-off"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server did not start on port {port}; try `prefect server start`")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def snapshot(raw: Path) -> dict[str, tuple[int, int]]:
    """What the documents of a folder look like now: name -> (size, modification time)."""
    out = {}
    for path in Path(raw).iterdir():
        if not path.name.startswith(".") and path.suffix.lower() in FORMATS:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue  # removed while we looked
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
