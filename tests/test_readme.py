"""The README tells the truth: its commands come first, its transcripts are
what the commands print, and its column tables are the declared schemas.
`pytest --update-goldens` rewrites the generated parts."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.report import summary
from pipeline.tables import SCHEMAS

README = ROOT / "README.md"


def schema_markdown() -> str:
    parts = []
    for name, columns in SCHEMAS.items():
        parts.append(f"#### `{name}.csv`\n\n| column | type | meaning |\n|---|---|---|")
        parts.extend(f"| `{c.name}` | {c.dtype} | {c.description.replace('|', '/')} |" for c in columns)
        parts.append("")
    return "\n".join(parts)


def block(text: str, marker: str) -> str:
    match = re.search(rf"<!-- {marker}:start -->\n(.*?)<!-- {marker}:end -->", text, re.S)
    assert match, f"README has no {marker} block"
    return match.group(1)


def replace_block(text: str, marker: str, body: str) -> str:
    return re.sub(rf"(<!-- {marker}:start -->\n).*?(<!-- {marker}:end -->)", lambda m: m.group(1) + body + m.group(2),
                  text, flags=re.S)


def facts_transcript(marker: str = "facts") -> str:
    command = block(README.read_text(encoding="utf-8"), marker).split("\n")[1]
    match = re.match(r"\$ echo \"(.*)\" \| gcm-extract facts((?: --lang [a-z]{2})?)$", command)
    text, options = match.group(1), match.group(2).split()
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "facts", *options], input=text + "\n",
                            capture_output=True, text=True, check=True)
    return f"```console\n{command}\n{result.stdout}```\n"


def run_transcript(tmp_path) -> str:
    """`make run` on a fresh checkout: make's echo of the recipe, then all that the run prints
    (standard output and error), with Prefect's temporary server as a user without one gets."""
    recipe = re.search(r"^run: .*\n\t(.*)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    recipe = recipe.replace("$(BIN)", ".venv/bin")
    shutil.copytree(ROOT / "raw", tmp_path / "raw")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_", "PREFECT_LOGGING_"))}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", *recipe.split()[1:]], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert result.returncode == 0, result.stdout
    return f"```console\n$ make run\n{recipe}\n{result.stdout}```\n"


def test_readme_run_transcript_is_all_a_run_prints(update_goldens, tmp_path):
    expected = run_transcript(tmp_path)
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, "run", expected), encoding="utf-8")
    assert block(text, "run") == expected


def test_make_run_and_make_test_come_first():
    text = README.read_text(encoding="utf-8")
    first_block = re.search(r"```[a-z]*\n(.*?)```", text, re.S).group(1)
    assert first_block.split() == ["make", "run", "make", "test"]


def test_readme_documents_every_column(update_goldens):
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, "tables", schema_markdown()), encoding="utf-8")
    assert block(text, "tables") == schema_markdown()


@pytest.mark.parametrize("marker", ["facts", "facts-es"])
def test_readme_facts_transcripts_are_real(update_goldens, marker):
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, marker, facts_transcript(marker)), encoding="utf-8")
    assert block(text, marker) == facts_transcript(marker)


def test_readme_inspect_transcript_matches_the_shipped_output(update_goldens):
    expected = f"```console\n$ gcm-extract inspect\n{summary(ROOT / 'output')}```\n"
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, "inspect", expected), encoding="utf-8")
    assert block(text, "inspect") == expected


@pytest.mark.parametrize("corpus, marker", [
    ("corpus", "evaluate"), ("corpus_real", "evaluate-real"), ("corpus_es", "evaluate-es"), ("corpus_fr", "evaluate-fr"),
])
def test_readme_evaluate_transcripts_are_real(evaluated, update_goldens, corpus, marker):
    from pipeline.evaluate import report_lines

    lines = report_lines(evaluated(ROOT / "tests" / corpus))
    lines = lines[: lines.index("findings") - 1] if "findings" in lines else lines
    expected = f"```console\n$ gcm-extract evaluate tests/{corpus} --quiet\n" + "\n".join(lines) + "\n```\n"
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, marker, expected), encoding="utf-8")
    assert block(text, marker) == expected


def test_readme_evidence_figures_are_real(nlp, evaluated, update_goldens):
    from pipeline.evaluate import Evaluation, report_lines
    from pipeline.evaluate_evidence import evaluate_hand_labels
    from pipeline.evaluate_evidence import report_lines as evidence_lines

    folders = ["tests/corpus", "tests/corpus_real", "tests/corpus_es", "tests/corpus_fr"]
    result = Evaluation()
    for folder in folders:
        result.add(evaluated(ROOT / folder))
    for lang, score in evaluate_hand_labels(ROOT / "tests" / "evidence", nlp).items():
        result.evidence[lang].add(score)
    shown = evidence_lines(result.evidence)
    printed = report_lines(result)
    printed = printed[: printed.index("findings") - 1] if "findings" in printed else printed
    assert printed[-len(shown):] == shown
    command = f"$ gcm-extract evaluate {' '.join(folders)} tests/evidence --quiet | tail -n {len(shown)}"
    expected = "```console\n" + command + "\n" + "\n".join(shown) + "\n```\n"
    text = README.read_text(encoding="utf-8")
    if update_goldens:
        README.write_text(text := replace_block(text, "evidence", expected), encoding="utf-8")
    assert block(text, "evidence") == expected


def test_shipped_output_is_what_the_pipeline_writes_for_raw(nlp, tmp_path):
    """output/ in the repository is exactly what a run over raw/ writes."""
    from pipeline.run import run_folder

    run_folder(ROOT / "raw", tmp_path / "out", nlp)
    tmp_path = tmp_path / "out"
    shipped = sorted(p.relative_to(ROOT / "output") for p in (ROOT / "output").rglob("*") if p.is_file())
    assert shipped == sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    for relative in shipped:
        if relative.suffix == ".sqlite":  # the file's header names the SQLite version: compare the content
            assert sqlite_dump(ROOT / "output" / relative) == sqlite_dump(tmp_path / relative)
        else:
            assert (ROOT / "output" / relative).read_bytes() == (tmp_path / relative).read_bytes(), relative


def sqlite_dump(path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_every_command_is_in_the_readme_table():
    from pipeline.cli import _parser

    text = README.read_text(encoding="utf-8")
    commands = next(a for a in _parser()._actions if a.dest == "command").choices
    assert [c for c in commands if f"| `gcm-extract {c}" not in text] == []


def test_the_readme_shows_the_report_screenshot():
    assert "![The report: " in README.read_text(encoding="utf-8") and "](docs/report.png)" in README.read_text(encoding="utf-8")
    assert (ROOT / "docs" / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
