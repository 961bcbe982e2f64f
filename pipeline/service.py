"""Running as a service (``serve``, ``watch``): stopping on a signal, and taking
every process it started along.

SIGTERM (what systemd, Docker and Kubernetes send), SIGHUP (the terminal went
away) and SIGINT (Ctrl-C) all mean the same: stop taking work, let the work in
hand end, stop the child processes, exit 0. A second signal means now: every
descendant is killed and the process exits with 128 + the signal's number.

Children that a library starts are not always ours to wait for (a Prefect
server, a flow run's process, what those start in turn), so the service makes
itself their subreaper on Linux: an orphaned grandchild comes back to it
instead of to PID 1, and ``end_descendants`` finds every one of them in /proc.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Callable

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36


def _prctl(option: int, value: int) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux
        return False


def adopt_orphans() -> bool:
    """Become the subreaper of our descendants (Linux); False where the system cannot."""
    return _prctl(_PR_SET_CHILD_SUBREAPER, 1)


# Run as `python -c _BOUND PID argv...`: dies with process PID (Linux), then becomes argv.
_BOUND = (
    "import ctypes, ctypes.util, os, signal, sys\n"
    "try:\n"
    "    libc = ctypes.CDLL(ctypes.util.find_library('c') or 'libc.so.6')\n"
    f"    libc.prctl({_PR_SET_PDEATHSIG}, int(signal.SIGTERM), 0, 0, 0)\n"
    "except (OSError, AttributeError):\n"
    "    pass\n"
    "if os.getppid() != int(sys.argv[1]):\n"
    "    sys.exit(1)  # the parent died before prctl: nobody wants us\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


def bound_to_parent(argv: list[str]) -> list[str]:
    """A command line that runs ``argv`` (a Python program: ``[sys.executable, ...]``)
    so that it gets SIGTERM when this process dies, even by ``kill -9``, on Linux.
    The thread that starts it must live as long as it should."""
    return [sys.executable, "-c", _BOUND, str(os.getpid()), *argv]


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rpartition(")")[2].split()[1])  # after "pid (comm)": state, ppid, ...


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return True


def descendants(pid: int | None = None) -> list[int]:
    """Every living process below ``pid`` (default: this one), read from /proc."""
    root = os.getpid() if pid is None else pid
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            parent = _parent(int(entry))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return [p for p in found if not _zombie(p)]


def _reap() -> None:
    """Collect the exit status of children that ended (adopted orphans are nobody else's)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def end_descendants(grace: float = 10.0) -> None:
    """SIGTERM every descendant, wait up to ``grace`` seconds, then SIGKILL what is left."""
    deadline = time.monotonic() + grace
    sig = signal.SIGTERM if grace > 0 else signal.SIGKILL
    while True:
        left = descendants()
        if not left:
            return
        for pid in left:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        time.sleep(0.05)
        _reap()
        if time.monotonic() > deadline:
            sig = signal.SIGKILL


class Service:
    """Runs the work of a service in a thread, while the main thread minds the signals.

    ``run(work)`` calls ``work(stop)`` in a thread and returns what it raised
    (None when it returned). The first stop signal sets ``stop`` and waits for
    ``work`` to return; a second kills every descendant and exits at once.
    ``exit(code)`` then ends the process with no process of its own left behind.
    """

    def __init__(self, grace: float = 10.0):
        self.grace = grace
        self.stop = threading.Event()
        self.signalled = 0  # the first stop signal; set by the handler (a plain int: no lock in a handler)

    def _handle(self, signum, frame) -> None:
        if self.signalled:
            end_descendants(grace=0)
            os._exit(128 + signum)
        self.signalled = signum

    def run(self, work: Callable[[threading.Event], None]) -> BaseException | None:
        adopt_orphans()
        atexit.register(end_descendants, self.grace)  # should the process end some other way
        for sig in STOP_SIGNALS:  # kept until exit: a second signal while stopping still counts
            signal.signal(sig, self._handle)
        failure: list[BaseException] = []

        def target() -> None:
            try:
                work(self.stop)
            except BaseException as exc:  # handed to the main thread
                failure.append(exc)

        thread = threading.Thread(target=target, name="service")
        thread.start()
        while thread.is_alive():
            thread.join(0.2)
            if self.signalled:
                self.stop.set()
        return failure[0] if failure else None

    def exit(self, code: int) -> None:
        """End the process: its descendants first, then itself, without waiting for
        the exit handlers of libraries, which may wait for ever for a server that a
        Ctrl-C in the terminal has already stopped (Prefect's flush of its logs)."""
        sys.stdout.flush()
        sys.stderr.flush()
        end_descendants(self.grace)
        os._exit(code)
