"""serve and watch as a service manager runs them: started in their own process
group, stopped with SIGTERM (or SIGHUP), and then nothing of theirs is left running.

Each test starts the real command in a subprocess, without PREFECT_API_URL and with
its own PREFECT_HOME, so that it starts the Prefect servers a user's would."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE
from pipeline.run import run_folder
from pipeline.service import descendants
from reviewserver import ReviewSite, review


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Command:
    """A gcm-extract command in its own session, its output lines collected as they come."""

    def __init__(self, tmp_path: Path, *args: str):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_")}
        env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.cli", *args], cwd=tmp_path, env=env, start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.process.stdout), daemon=True).start()

    def wait_for(self, predicate, timeout: float = 120, what: str = "") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert self.process.poll() is None, f"exited {self.process.returncode}: {''.join(self.lines)}"
            assert time.monotonic() < deadline, f"no {what} within {timeout} s: {''.join(self.lines)}"
            time.sleep(0.1)

    def line_starting(self, prefix: str) -> str | None:
        return next((line for line in self.lines if line.startswith(prefix)), None)

    def stop(self, *signals: signal.Signals, gap: float = 0.3, timeout: float = 15,
             group: bool = False) -> tuple[int, float, list[int]]:
        """Send the signals (to the whole process group, as a terminal does, with ``group``);
        return the exit status, the seconds it took and the processes it had started
        that are still alive afterwards."""
        started = descendants(self.process.pid)
        assert started, "the command had started no process"
        begin = time.monotonic()
        for n, sig in enumerate(signals):
            if n:
                time.sleep(gap)
            if group:
                os.killpg(self.process.pid, sig)
            else:
                self.process.send_signal(sig)
        code = self.process.wait(timeout=timeout)
        took = time.monotonic() - begin
        time.sleep(0.5)  # let the kernel finish what was killed
        return code, took, [pid for pid in started + group_members(self.process.pid) if alive(pid)]


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def group_members(pgid: int) -> list[int]:
    """Processes still in the command's original process group, read from /proc."""
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[3]) == pgid:
                members.append(int(entry))
    return members


def corpus(raw: Path, copies: int) -> None:
    raw.mkdir(exist_ok=True)
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(copies):
        (raw / f"review-{n:03d}.txt").write_text(text + f"\n\nAnnex {n}: {n + 1} additional cases.", encoding="utf-8")


def expected_tables(nlp, raw: Path, out: Path) -> dict[str, bytes]:
    scratch = out.parent / f"{out.name}-expected-raw"
    shutil.copytree(raw, scratch)
    run_folder(scratch, out, nlp)
    return tree(out)


def test_watch_stops_on_sigterm_mid_run_and_leaves_nothing_running(nlp, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "output"
    corpus(raw, 2)
    first = expected_tables(nlp, raw, tmp_path / "first")
    command = Command(tmp_path, "watch", "--raw", "raw", "--out", "output", "--interval", "0.2")
    command.wait_for(lambda: command.line_starting("2 documents"), what="first run")
    assert tree(out) == first
    corpus(raw, 10)  # eight more: the next run is under way when the signal comes
    time.sleep(1.5)
    code, took, left = command.stop(signal.SIGTERM)
    assert (code, left) == (0, [])
    assert took < 15
    now = tree(out)
    assert now == first or now == expected_tables(nlp, raw, tmp_path / "second"), "the output is one run's, whole"
    assert command.lines[0] == "watching raw (SIGTERM or Ctrl-C to stop)\n"
    assert [line for line in command.lines if "Traceback" in line] == []


@pytest.mark.parametrize("how", ["SIGHUP", "Ctrl-C"])
def test_watch_stops_alike_on_sighup_and_ctrl_c(tmp_path, how):
    """Ctrl-C in a terminal reaches the whole process group: the Prefect server too,
    which stops at once; watch must not then wait for it for ever."""
    corpus(tmp_path / "raw", 1)
    command = Command(tmp_path, "watch", "--raw", "raw", "--out", "output", "--interval", "0.2")
    command.wait_for(lambda: command.line_starting("1 documents"), what="first run")
    if how == "SIGHUP":
        code, took, left = command.stop(signal.SIGHUP)
    else:
        code, took, left = command.stop(signal.SIGINT, group=True)
    assert (code, left) == (0, [])
    assert took < 15
    assert command.lines[1:] == [
        "1 documents (1 ok, 0 warning, 0 error; 1 extracted, 0 unchanged, 0 duplicate): "
        "8 numeric facts, 21 objective mentions -> output\n"]


def test_a_second_signal_stops_watch_at_once_and_still_takes_its_children(tmp_path):
    raw = tmp_path / "raw"
    corpus(raw, 150)
    command = Command(tmp_path, "watch", "--raw", "raw", "--out", "output", "--interval", "0.2")
    # The temporary Prefect server is up once the first run has begun.
    command.wait_for(lambda: descendants(command.process.pid), what="Prefect server")
    time.sleep(2.0)
    code, took, left = command.stop(signal.SIGHUP, signal.SIGTERM)
    assert (code, left) == (128 + signal.SIGTERM, [])
    assert took < 5
    assert not (tmp_path / "output").exists(), "the run was stopped before it published anything"


def _api(url: str, path: str, body: dict | None = None) -> dict:
    """A call to the Prefect API; a 503 (its SQLite database busy) is tried again, as Prefect's client does."""
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(10):
        request = urllib.request.Request(url + path, data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as exc:
            if exc.code != 503 or attempt == 9:
                raise
            time.sleep(1)


def test_serve_stops_on_sigterm_mid_run_and_leaves_nothing_running(nlp, tmp_path):
    with ReviewSite() as site:
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40)}
        (tmp_path / "sources.toml").write_text(
            f'raw = "raw"\n\n[[source]]\nname = "site"\ntype = "listing"\nurl = "{site.listing}"\n', encoding="utf-8")
        command = Command(tmp_path, "serve", "--sources", "sources.toml", "--out", "output")
        command.wait_for(lambda: command.line_starting("serving"), what="serving line")
        line = command.line_starting("serving")
        url = line.split("Prefect API ")[1].split()[0]
        assert line == f'serving gcm-sync-and-extract/scheduled on "0 6 * * *", Prefect API {url} (SIGTERM or Ctrl-C to stop)\n'
        deployment = _api(url, "/deployments/name/gcm-sync-and-extract/scheduled")

        _api(url, f"/deployments/{deployment['id']}/create_flow_run", {})
        out = tmp_path / "output"
        command.wait_for(lambda: (out / "documents.csv").exists(), what="scheduled run's tables")
        first = tree(out)
        assert first == expected_tables(nlp, tmp_path / "raw", tmp_path / "first")

        server = descendants(command.process.pid)
        site.files |= {f"/reviews/country-{n:02d}.txt": review(f"Country {n}", n) for n in range(40)}
        _api(url, f"/deployments/{deployment['id']}/create_flow_run", {})
        # The runner starts the run in a process of its own, beside the server.
        command.wait_for(lambda: set(descendants(command.process.pid)) - set(server), what="flow run process")
        time.sleep(2.0)
        code, took, left = command.stop(signal.SIGTERM)
    assert (code, left) == (0, [])
    assert took < 15
    now = tree(out)
    assert now == first or now == expected_tables(nlp, tmp_path / "raw", tmp_path / "second")
    assert [line for line in command.lines if "Traceback" in line] == []


def test_the_prefect_server_of_serve_ends_with_it_even_after_kill_9(tmp_path):
    (tmp_path / "sources.toml").write_text('raw = "raw"\n', encoding="utf-8")
    command = Command(tmp_path, "serve", "--sources", "sources.toml")
    command.wait_for(lambda: command.line_starting("serving"), what="serving line")
    server = descendants(command.process.pid)
    assert len(server) == 1
    command.process.kill()
    command.process.wait()
    deadline = time.monotonic() + 15
    while any(alive(pid) for pid in server) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [pid for pid in server if alive(pid)] == []
