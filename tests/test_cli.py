import io
import os
import socket
import sys
import time

import pytest

from pipeline.cli import main


def run_cli(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_facts_reads_stdin(monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, ["facts"], "A total of 283 officials attended; about 2.6 million residents.")
    assert code == 0
    assert out.splitlines() == [
        "value,value_max,kind,unit,counted,qualifier,change,period_start,period_end,as_of,surface,sentence,"
        "char_start,char_end,rule_id",
        "283,,count,,officials,,,,,,283 officials,A total of 283 officials attended; about 2.6 million residents.,"
        "11,24,amount",
        "2600000,,count,,residents,approximate,,,,,about 2.6 million residents,A total of 283 officials attended; "
        "about 2.6 million residents.,35,62,amount",
    ]


def test_facts_lines_numbers_each_line(monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, ["facts", "--lines"], "No figure here.\nIt rose by 12% in 2021.\n")
    assert code == 0
    assert out.splitlines()[1:] == ["2,12,,percent,%,,,increase,,,2021,12%,It rose by 12% in 2021.,11,14,amount"]
    assert out.splitlines()[0].startswith("line,value,")


def test_facts_lines_are_split_on_newlines_only(monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, ["facts", "--lines"], "first\f 12 officials\nsecond 40 officials\n")
    assert [row.split(",")[:2] for row in out.splitlines()[1:]] == [["1", "12"], ["2", "40"]]


def test_inspect_with_failed_and_duplicate_documents(monkeypatch, capsys, nlp, tmp_path):
    import shutil

    from conftest import SAMPLE
    from pipeline.run import run_folder

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "review.txt")
    shutil.copy(SAMPLE, raw / "copy.txt")
    (raw / "empty.txt").write_bytes(b"")
    run_folder(raw, tmp_path / "out", nlp)
    code, out, _ = run_cli(monkeypatch, capsys, ["inspect", "--out", str(tmp_path / "out")])
    assert code == 0
    assert out.splitlines()[:6] == [
        "3 documents: 1 ok, 1 warning, 1 error",
        "  copy                         ok       txt  1 p., 10 sections, 21 mentions, 8 facts",
        "                               area 1 heading announces GCM objectives but lists none; country JPN from the "
        "title ('review by Japan'); review_kind imrf_review from the title ('Voluntary GCM review')",
        "  empty                        error    txt  0 sections, 0 mentions, 0 facts",
        "                               empty file: nothing to extract",
        "  review                       warning  txt  0 sections, 0 mentions, 0 facts",
    ]


def test_facts_on_empty_input_writes_the_header(monkeypatch, capsys):
    code, out, _ = run_cli(monkeypatch, capsys, ["facts"], "")
    assert (code, out.count("\n"), out.startswith("value,value_max,")) == (0, 1, True)


def test_inspect_summarises_an_output_folder(monkeypatch, capsys, nlp, tmp_path):
    from conftest import SAMPLE
    from pipeline.run import process_file
    from pipeline.tables import write_tables

    write_tables([process_file(SAMPLE, nlp)], tmp_path)
    code, out, _ = run_cli(monkeypatch, capsys, ["inspect", "--out", str(tmp_path)])
    assert code == 0
    assert out.splitlines() == [
        "1 documents: 1 ok, 0 warning, 0 error",
        "  000_336938581adf79a7         ok       txt  1 p., 10 sections, 21 mentions, 8 facts",
        "                               area 1 heading announces GCM objectives but lists none; country JPN from the "
        "title ('review by Japan'); review_kind imrf_review from the title ('Voluntary GCM review')",
        "",
        "Per thematic area           facts  mentions (heading + text)",
        "  1 Ensuring that migration      2         1 (0 + 1)",
        "  2 Protecting migrants thro     0         8 (7 + 1)",
        "  3 Supporting the integrati     4         7 (6 + 1)",
        "  4 Improving value-driven a     2         5 (5 + 0)",
        "  - outside the areas            0         0 (0 + 0)",
        "",
        "Objectives never mentioned (4):",
        "   2 Minimize adverse drivers",
        "   5 Regular pathways",
        "  12 Screening and referral",
        "  18 Skills development and recognition",
    ]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["inspect", "--out", "/nonexistent"], "no documents.csv in /nonexistent"),
        (["run", "--raw", "/nonexistent"], "no such folder: /nonexistent"),
    ],
)
def test_usage_errors_exit_2(monkeypatch, capsys, argv, message):
    code, _, err = run_cli(monkeypatch, capsys, argv)
    assert code == 2 and message in err


def test_unknown_command_exits_2(monkeypatch, capsys):
    with pytest.raises(SystemExit) as exit_:
        run_cli(monkeypatch, capsys, ["frobnicate"])
    assert exit_.value.code == 2


# --- what `run`, `serve` and `watch` check before they start -----------------------


@pytest.fixture
def quiet_env(monkeypatch):
    """What the CLI sets in its own environment, put back after each test."""
    for name in ("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT"):
        monkeypatch.setenv(name, os.environ.get(name, "ERROR" if name.startswith("PREFECT") else "10s"))


@pytest.mark.parametrize(
    "argv, files, message",
    [
        (["serve", "--sources", "missing.toml"], {}, "no such file: missing.toml"),
        (["sync", "--sources", "missing.toml"], {}, "no such file: missing.toml"),
        (["serve", "--sources", "bad.toml"], {"bad.toml": "raw = \n"},
         "bad.toml: Invalid value (at line 1, column 7)"),
        (["serve", "--sources", "s.toml"], {"s.toml": '[[source]]\nname = "a"\ntype = "ftp"\nurl = "x"\n'},
         "s.toml: source 'a' has type 'ftp': use 'listing' or 'file'"),
        (["serve", "--sources", "s.toml"], {"s.toml": '[[source]]\nname = "a"\ntype = "file"\n'},
         "s.toml: source 'a' has no url"),
        (["serve", "--sources", "s.toml", "--out", "taken/output"], {"s.toml": "", "taken": ""},
         "cannot write to taken/output: taken is a file, not a folder"),
        (["serve", "--sources", "s.toml"], {"s.toml": 'raw = "taken"\n', "taken": ""},
         "cannot write to taken: taken is a file, not a folder"),
        (["watch", "--raw", "nowhere"], {}, "no such folder: nowhere"),
        (["watch", "--out", "taken"], {"raw/review.txt": "A review.", "taken": ""},
         "cannot write to taken: it is a file, not a folder"),
        (["run", "--out", "taken/output"], {"raw/review.txt": "A review.", "taken": ""},
         "cannot write to taken/output: taken is a file, not a folder"),
    ],
)
def test_configuration_is_checked_before_anything_starts(monkeypatch, capsys, tmp_path, quiet_env, argv, files, message):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(monkeypatch, capsys, argv)
    assert (code, out, err) == (2, "", f"gcm-extract: {message}\n")


@pytest.mark.parametrize("command", ["run", "serve", "watch"])
def test_an_unreachable_dask_scheduler_is_a_usage_error(monkeypatch, capsys, tmp_path, raw, quiet_env, command):
    (tmp_path / "sources.toml").write_text('raw = "raw"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    code, out, err = run_cli(monkeypatch, capsys, [command, "--dask", "tcp://127.0.0.1:1"])
    assert (code, out, err) == (2, "", "gcm-extract: cannot reach the Dask scheduler at tcp://127.0.0.1:1: connection refused\n")
    assert time.monotonic() - started < 10
    assert not (tmp_path / "output").exists()


def test_the_dask_traceback_shows_with_debug_only(monkeypatch, capsys, tmp_path, raw, quiet_env):
    code, _, err = run_cli(monkeypatch, capsys, ["run", "--raw", str(raw), "--dask", "tcp://127.0.0.1:1", "--debug"])
    assert code == 2
    assert err.splitlines()[0] == "gcm-extract: cannot reach the Dask scheduler at tcp://127.0.0.1:1: connection refused"
    assert "Traceback (most recent call last):" in err and "ConnectionRefusedError" in err


def test_a_silent_dask_address_fails_within_the_timeout(monkeypatch, capsys, tmp_path, raw, quiet_env):
    """A listener that never answers Dask's handshake: not a scheduler."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = "tcp://127.0.0.1:%d" % silent.getsockname()[1]
        started = time.monotonic()
        code, _, err = run_cli(monkeypatch, capsys, ["run", "--raw", str(raw), "--dask", address, "--dask-timeout", "1"])
    assert (code, err) == (2, f"gcm-extract: cannot reach the Dask scheduler at {address}: "
                              "no Dask scheduler answered within 1 s\n")
    assert time.monotonic() - started < 5


# --- what `run` says ------------------------------------------------------------------


def test_an_empty_folder_says_so_and_still_publishes_empty_tables(prefect_api, monkeypatch, capsys, tmp_path, quiet_env):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "manifest.csv").write_text("url,file\n", encoding="utf-8")  # not a review
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(monkeypatch, capsys, ["run"])
    assert (code, out, err) == (0, "no .pdf, .txt or .md files in raw/: nothing to extract\n", "")
    from pipeline.tables import SCHEMAS

    for name, columns in SCHEMAS.items():  # every table, with its header and no row
        if name != "objectives":  # the 23 objectives are a reference table, never empty
            expected = ",".join(column.name for column in columns) + "\n"
            assert (tmp_path / "output" / f"{name}.csv").read_text(encoding="utf-8") == expected, name
    assert list((tmp_path / "output" / "text").iterdir()) == []


def test_a_duplicate_is_counted_as_such_with_or_without_the_cache(prefect_api, monkeypatch, capsys, tmp_path, raw, quiet_env):
    import shutil

    from conftest import SAMPLE

    shutil.copy(SAMPLE, raw / "copy.txt")
    out = tmp_path / "output"
    tail = f"8 numeric facts, 21 objective mentions -> {out}\n"
    args = ["run", "--raw", str(raw), "--out", str(out)]
    assert run_cli(monkeypatch, capsys, args)[:2] == (
        0, f"2 documents (1 ok, 1 warning, 0 error; 1 extracted, 0 unchanged, 1 duplicate): {tail}")
    assert run_cli(monkeypatch, capsys, args)[:2] == (
        0, f"2 documents (1 ok, 1 warning, 0 error; 0 extracted, 1 unchanged, 1 duplicate): {tail}")
    assert run_cli(monkeypatch, capsys, args + ["--no-cache"])[:2] == (
        0, f"2 documents (1 ok, 1 warning, 0 error; 1 extracted, 0 unchanged, 1 duplicate): {tail}")


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--workers", "0", "argument --workers: not a number of workers: '0' (1 or more)"),
        ("--max-memory", "lots", "argument --max-memory: not a size: 'lots' (e.g. 4G, 512M)"),
    ],
)
def test_bad_run_options_exit_2(monkeypatch, capsys, tmp_path, option, value, message):
    with pytest.raises(SystemExit) as exit_:
        run_cli(monkeypatch, capsys, ["run", "--raw", str(tmp_path), option, value])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"gcm-extract run: error: {message}"


@pytest.mark.parametrize("text, size", [("4G", 4 * 1024**3), ("512M", 512 * 1024**2), ("1.5GiB", 1536 * 1024**2),
                                        ("100000", 100000), ("0", 0)])
def test_sizes(text, size):
    from pipeline.cli import _size

    assert _size(text) == size
