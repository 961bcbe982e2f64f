"""Unattended runs on Prefect's temporary API: the scheduled sync-and-extract flow
against a review site on 127.0.0.1, the watcher, and a run on a Dask cluster."""

import threading
import time
from pathlib import Path

import pytest

from pipeline.tables import read_csv
from reviewserver import ReviewSite, review


def sources_file(folder: Path, site: ReviewSite) -> Path:
    path = folder / "sources.toml"
    path.write_text(
        'raw = "raw"\n\n[http]\ntimeout = 0.5\nretries = 1\nbackoff = 0.05\ndelay = 0\n\n'
        f'[[source]]\nname = "site"\ntype = "listing"\nurl = "{site.listing}"\nallow_private = true\n',
        encoding="utf-8",
    )
    return path


def documents(out: Path) -> list[str]:
    return read_csv(out / "documents.csv", "documents")["doc_id"].tolist()


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_scheduled_runs_extract_only_what_is_new_or_changed(prefect_api, tmp_path):
    from flows.schedules import sync_and_extract

    out = tmp_path / "output"
    with ReviewSite() as site:
        sources = sources_file(tmp_path, site)
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40), "/reviews/norland.txt": review("Norland", 50)}
        first = sync_and_extract(sources=sources, out=out)
        assert (first.extracted, first.documents, documents(out)) == (2, 2, ["kelmar", "norland"])

        site.files["/reviews/valdoria.txt"] = review("Valdoria", 60)
        second = sync_and_extract(sources=sources, out=out)
        assert (second.extracted, second.documents, documents(out)) == (1, 3, ["kelmar", "norland", "valdoria"])

        site.files["/reviews/kelmar.txt"] = review("Kelmar", 45)
        third = sync_and_extract(sources=sources, out=out)
        assert third.extracted == 1
        facts = read_csv(out / "numeric_facts.csv", "numeric_facts")
        assert facts[facts["doc_id"] == "kelmar"]["value"].tolist() == [45]

        (tmp_path / "raw" / "norland.txt").unlink()
        site.files.pop("/reviews/norland.txt")
        fourth = sync_and_extract(sources=sources, out=out)
        assert (fourth.extracted, documents(out)) == (0, ["kelmar", "valdoria"])

        before_raw, before_out = tree(tmp_path / "raw"), tree(out)
        site.mode = "error"
        down = sync_and_extract(sources=sources, out=out)
        assert site.hits["/reviews/"] == 4 + 2, "one attempt and one retry"
    assert down.extracted == 0
    assert tree(tmp_path / "raw") == before_raw
    assert tree(out) == before_out


def test_serve_builds_a_cron_deployment(prefect_api):
    from flows.schedules import deployment

    built = deployment(cron="0 6 * * *", sources=Path("sources.toml"), out=Path("output"))
    assert built.name == "scheduled"
    assert [s.schedule.cron for s in built.schedules] == ["0 6 * * *"]
    assert built.parameters == {"sources": "sources.toml", "out": "output", "dask_address": None, "keep_history": None}


def test_watch_extracts_a_new_review_within_seconds(prefect_api, tmp_path):
    from flows.schedules import watch

    raw, out = tmp_path / "raw", tmp_path / "output"
    raw.mkdir()
    (raw / "kelmar.txt").write_bytes(review("Kelmar", 40))
    stop, runs = threading.Event(), []
    thread = threading.Thread(target=watch, args=(raw, out), kwargs={"interval": 0.2, "stop": stop, "on_run": runs.append})
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not runs and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [r.extracted for r in runs] == [1]
        (raw / "norland.txt").write_bytes(review("Norland", 50))
        added = time.monotonic()
        while len(runs) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert time.monotonic() - added < 15
        assert [r.extracted for r in runs] == [1, 1]
        assert documents(out) == ["kelmar", "norland"]
    finally:
        stop.set()
        thread.join(timeout=30)


def test_dask_cluster_gives_the_same_tables(prefect_api, tmp_path, monkeypatch, capsys):
    distributed = pytest.importorskip("distributed")
    from flows.extract import extract_reviews
    from pipeline.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    for n, country in enumerate(["Kelmar", "Norland", "Valdoria", "Beloria"]):
        (raw / f"{country.lower()}.txt").write_bytes(review(country, 40 + n))
    extract_reviews(raw=raw, out=tmp_path / "local", use_cache=False)
    monkeypatch.setenv("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "ERROR")
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "10s")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = main(["run", "--raw", str(raw), "--out", str(tmp_path / "dask"), "--no-cache",
                     "--dask", cluster.scheduler_address])
    assert (code, capsys.readouterr().out) == (0, (
        "4 documents (4 ok, 0 warning, 0 error; 4 extracted, 0 unchanged, 0 duplicate): "
        f"4 numeric facts, 28 objective mentions -> {tmp_path / 'dask'}\n"))
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


@pytest.mark.parametrize("given, expected", [(None, "120"), ("45", "45")])
def test_the_server_a_run_starts_for_itself_has_two_minutes_to_start(given, expected):
    # on busy cores Prefect's 20 s were not enough; a value the user sets is kept
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"}
    if given:
        env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = given
    code = ("import flows\nfrom prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS as s\n"
            "print(s.value())")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    assert out.stdout.strip() == expected
