import io
import sys

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
