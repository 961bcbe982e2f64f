"""Unattended runs: sync then extract on a schedule (a Prefect deployment served
by a runner), and a watcher that extracts as soon as a review lands in raw/.

    gcm-extract serve [--cron "0 6 * * *"] [--sources sources.toml] [--dask ADDRESS]
    gcm-extract watch [--raw raw] [--out output]

Both run until a ``stop`` event is set (``pipeline.service`` sets it on SIGTERM,
SIGHUP or Ctrl-C), then end the work in hand and return.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runner import Runner
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

from pipeline.ingest import FORMATS
from pipeline.run import RunSummary
from pipeline.service import bound_to_parent
from pipeline.sync import SyncReport, load_config, sync

from .extract import extract_reviews, run, with_task_runner
from .history import own_history, prune_history

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
    keep_history: float | None = None,
) -> RunSummary:
    """Download new or changed reviews, then extract what changed and rewrite the tables.
    With ``keep_history``, this project's runs older than that many days are then deleted.
    Ends as the extraction does: failed when a document could not be read."""
    sync_sources(sources)
    raw = load_config(sources).raw
    state = with_task_runner(extract_reviews, dask_address)(raw=raw, out=out, return_state=True)
    if keep_history is not None:
        prune_history(keep_history)
    return state if state.is_failed() else state.result()


def deployment(cron: str = DEFAULT_CRON, sources: Path = Path("sources.toml"), out: Path = Path("output"),
               dask_address: str | None = None, keep_history: float | None = None):
    """The scheduled deployment that ``gcm-extract serve`` serves."""
    return sync_and_extract.to_deployment(
        name="scheduled",
        cron=cron,
        parameters={"sources": str(sources), "out": str(out), "dask_address": dask_address,
                    "keep_history": keep_history},
        description="Sync the review sources, then extract new or changed reviews.",
    )


def serve_schedule(stop: threading.Event, cron: str = DEFAULT_CRON, sources: Path = Path("sources.toml"),
                   out: Path = Path("output"), dask_address: str | None = None, keep_history: float | None = None,
                   on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve the deployment until ``stop`` is set, then stop its runs and return.

    A schedule needs a Prefect server with its scheduler service: Prefect's
    temporary server has none. Where no server is configured (PREFECT_API_URL),
    one is started on 127.0.0.1 for as long as this runs, and ``keep_history``
    days of this project's runs are kept in it. ``on_ready`` gets the API URL.
    """
    if get_current_settings().api.url:
        _serve_until(stop, deployment(cron, sources, out, dask_address), on_ready)
        return
    with local_server(stop) as url, temporary_settings(updates={PREFECT_API_URL: url}):
        try:
            _serve_until(stop, deployment(cron, sources, out, dask_address, keep_history), on_ready)
        finally:
            flush_prefect()


def flush_prefect(timeout: float = 3.0) -> None:
    """Send Prefect's queued logs and events while the server is still there to take
    them: once it has stopped, Prefect's own flush at exit waits for it for ever."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout)


def _serve_until(stop: threading.Event, served, on_ready: Callable[[str], None]) -> None:
    """Prefect's ``serve``, minus its own signal handling (this runs in a thread): the
    runner polls for scheduled runs until ``stop`` is set, then cancels the runs in
    hand (their output folder is left as it was) and pauses the schedule."""
    if stop.is_set():
        return
    runner = Runner(pause_on_shutdown=True)
    runner.add_deployment(served)
    on_ready(str(get_current_settings().api.url))

    async def main() -> None:
        running = asyncio.ensure_future(runner.start())
        while not stop.is_set() and not running.done():
            await asyncio.sleep(0.2)
        if not running.done():
            await runner.stop()
        await running

    asyncio.run(main())


@contextlib.contextmanager
def local_server(stop: threading.Event | None = None, timeout: float = 120.0):
    """A Prefect server with its scheduler on a free port of 127.0.0.1: yields its API URL.
    It ends with this process, however this process ends (Linux)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    # The logs of the runs that --keep-history deletes are cleared by the server's vacuum.
    env.setdefault("PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED", "events,orphans")
    server = subprocess.Popen(
        bound_to_parent([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                         "--port", str(port), "--analytics-off"]),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + timeout
        while not (stop and stop.is_set()):
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
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


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
          dask_address: str | None = None, keep_history: float | None = None, on_run=None) -> None:
    """Extract whenever a document in ``raw`` appears, changes or goes, until ``stop`` is set.

    A change is acted on once the folder has stayed the same for one interval,
    so that a file still being copied is not read half-written. Only new or
    changed documents are extracted (the cache holds the others). A run under
    way when ``stop`` is set is finished first. With ``keep_history`` and no
    configured server, runs older than that many days are deleted after each run.
    """
    stop = stop or threading.Event()
    runner = with_task_runner(extract_reviews, dask_address)
    prune = keep_history is not None and own_history()
    seen = None  # the state last extracted; None: extract once at start
    while not stop.is_set():
        current = snapshot(raw)
        if stop.wait(interval):
            break
        if snapshot(raw) != current or current == seen:
            continue  # still changing, or nothing new
        summary = run(runner, raw=raw, out=out)
        seen = current
        if prune:
            prune_history(keep_history)
        if on_run is not None:
            on_run(summary)
