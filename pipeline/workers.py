"""Worker processes: documents read in parallel, a crash contained to its document.

``Workers`` keeps up to N processes (one per core by default). Each builds the
spaCy pipeline once, then extracts one document at a time into the cache and
sends back only a small ``Outcome``. ``extract(job)`` may be called from several
threads at once; each call has a worker to itself while it lasts.

A worker that dies (a segfault or an abort in a native PDF library, the
kernel's OOM killer) or that passes the time limit, even in the middle of a
single page, is replaced: its document alone gets an ``error`` outcome that says
so, and the other documents go on. ``concurrent.futures.ProcessPoolExecutor``
cannot do this: one dead worker breaks the whole pool and every future in it.
Each worker's address space is capped (``RLIMIT_AS``), so that a document that
needs too much memory fails in its worker (a ``MemoryError``, or pdfium
aborting) instead of pushing the machine into swap and the OOM killer.

Workers are forked from a fork server that has imported the library and built
the spaCy pipeline once (``forkserver``): the process that runs a Prefect flow
has threads, and forking it is not safe.
"""

from __future__ import annotations

import multiprocessing
import queue
import resource
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable

from .cache import ExtractionCache
from .ingest import DEFAULT_MAX_MEMORY, Limits, cores
from .ingest.pdf import stopped_message
from .models import STATUS_ERROR, Extraction
from .run import OUT_OF_MEMORY, Job, Outcome, extract_job, process_file

STARTUP_LIMIT = 300.0  # seconds a new worker may take to import and build its pipeline
GRACE = 1.0  # seconds past the time limit before a worker is killed: first, it gets to stop between pages
_READY = "ready"


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.forkserver"])
    return context


def warm_up() -> None:
    """Start the fork server now: it imports the library and builds the pipeline
    (a second or so) while the caller does something else, and the first worker
    then starts at once."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


def default_workers() -> int:
    """One worker per core this process may run on."""
    return cores()


@dataclass(frozen=True)
class WorkerSettings:
    """What every worker needs: the limits of one document, the cache to put
    extractions in, and how much memory a worker may address (None: no cap)."""

    limits: Limits
    cache: ExtractionCache
    max_memory: int | None = DEFAULT_MAX_MEMORY


class WorkerLost(Exception):
    """The worker reading a document died or was stopped; the message is the document's."""


def crash_message(exitcode: int) -> str:
    """The one-line message of a document whose worker ended with ``exitcode``."""
    if exitcode == -signal.SIGKILL:
        return ("the reader was killed on this file (signal 9), most likely by the system for want of memory: "
                "lower --max-memory or --workers")
    if exitcode < 0:
        return (f"the reader crashed on this file (signal {-exitcode}): the file may be damaged, "
                "or need more memory than --max-memory allows")
    return f"the reader stopped on this file (exit status {exitcode}): please report it with the file"


def over_time_message(page: int, pages: int, time_limit: float) -> str:
    if 0 < page <= pages:
        return stopped_message(page, pages)
    return f"extraction stopped after {time_limit:g} s: over the time limit; raise --time-limit to read it"


class Workers:
    """Up to ``size`` worker processes, started as documents come; a context manager."""

    def __init__(self, size: int, settings: WorkerSettings, *, read: Callable[..., Extraction] = process_file):
        self.size = max(1, size)
        self.settings = settings
        self._read = read
        self._context = _context()
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._slots = threading.BoundedSemaphore(self.size)
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()

    def extract(self, job: Job) -> Outcome:
        """Extract one document in a worker; never raises for the document's sake."""
        with self._slots:
            worker = self._take()
            try:
                outcome = worker.run(job, self.settings.limits.time_limit)
            except WorkerLost as lost:
                self._drop(worker)
                return Outcome(job.doc_id, STATUS_ERROR, str(lost))
            except BaseException:  # interrupted: the worker may be half-way through a document
                self._drop(worker)
                raise
            self._idle.put(worker)
            return outcome

    def _take(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            worker = _Worker(self._context, self.settings, self._read)
            with self._lock:
                self._all.add(worker)
            return worker

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        """Stop every worker: idle ones are asked to, the others killed."""
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Worker:
    """One worker process, its end of a pipe, and where it says which page it reads."""

    def __init__(self, context, settings: WorkerSettings, read: Callable[..., Extraction]):
        self.connection, theirs = context.Pipe()
        self.progress = context.RawArray("l", 2)  # page being read, of how many
        self.process = context.Process(
            target=_serve, args=(theirs, self.progress, settings, read), name="gcm-extract worker", daemon=True,
        )
        self.process.start()
        theirs.close()
        self.ready = False

    def run(self, job: Job, time_limit: float | None) -> Outcome:
        if not self.ready:
            try:
                self._receive(time.monotonic() + STARTUP_LIMIT, lambda: "over the start-up limit")
            except WorkerLost as lost:
                raise WorkerLost(f"the reader could not start ({lost}): is --max-memory too low?") from None
            self.ready = True
        try:
            self.connection.send(job)
        except OSError:
            self._died()
        deadline = None if time_limit is None else time.monotonic() + time_limit + GRACE
        return self._receive(deadline, lambda: over_time_message(*self.progress, time_limit))

    def _receive(self, deadline: float | None, over_time: Callable[[], str]):
        while True:
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready = wait([self.connection, self.process.sentinel], timeout)
            if self.connection in ready:
                try:
                    return self.connection.recv()
                except (EOFError, OSError):
                    self._died()
            elif ready:
                self._died()
            elif deadline is not None and time.monotonic() >= deadline:
                message = over_time()  # before the kill: the page the worker was on
                self.kill()
                raise WorkerLost(message)

    def _died(self):
        self.process.join(5)
        raise WorkerLost(crash_message(self.process.exitcode if self.process.exitcode is not None else -9))

    def stop(self) -> None:
        try:
            self.connection.send(None)
        except OSError:
            pass
        self.process.join(5)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def _serve(connection, progress, settings: WorkerSettings, read: Callable[..., Extraction]) -> None:
    """A worker's life: build the pipeline, then extract jobs until told to stop."""
    from .read.nlp import pipelines

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the run to handle: it stops the workers
    if settings.max_memory:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = settings.max_memory if hard == resource.RLIM_INFINITY else min(settings.max_memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    nlp = pipelines()  # each language's pipeline is built when a document first needs it
    connection.send(_READY)

    def on_page(number: int, pages: int) -> None:
        progress[0], progress[1] = number, pages

    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        on_page(0, 0)
        try:
            outcome = extract_job(job, nlp, settings.limits, settings.cache, read=read, on_page=on_page)
        except MemoryError:  # where process_file could not catch it
            outcome = Outcome(job.doc_id, STATUS_ERROR, OUT_OF_MEMORY)
        connection.send(outcome)
