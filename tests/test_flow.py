"""The Prefect flow, on Prefect's temporary local API: one run over a folder
with a good review, a PDF review and a broken document; runs that extract a
review's next edition, or nothing new."""

import json
import time

import pandas as pd

from conftest import SAMPLE
from pdfs import make_pdf
from pipeline.tables import read_csv
from reports import second_edition

SAMPLE_ID = SAMPLE.stem


def prefect_records(flow_run_id, documents):
    """The task runs and artifacts of a flow run, as the Prefect API has them (task run
    states reach it as events, recorded in batches: wait until the extract task runs of all
    `documents` have arrived, each in a final state)."""
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        for _ in range(100):
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            extracts = [r for r in runs if r.name.startswith("extract ")]
            if len(extracts) == documents and all(r.state is not None and r.state.is_final() for r in runs):
                break
            time.sleep(0.1)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    tasks = sorted((r.name, r.state.type.value, r.state.name) for r in runs if r.name.startswith("extract "))
    return tasks, [(a.key, a.type, json.loads(a.data)) for a in artifacts]


def test_flow_extracts_every_document_and_survives_a_broken_one(prefect_api, raw, tmp_path):
    from flows.extract import UnreadDocuments, extract_reviews

    make_pdf(raw / "kelmar review.pdf", [
        ["3 Supporting the integration of migrants and their contribution to development",
         "a) Progress", "Some 5,600 migrants attended language courses under objective 16."],
        ["b) Challenges", "Only a third of the migrant children attended pre-school."],
    ])
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a PDF")
    out = tmp_path / "output"

    state = extract_reviews(raw=raw, out=out, return_state=True)

    assert (state.type.value, state.name) == ("FAILED", "Unread documents")
    failure = state.result(raise_on_failure=False)
    assert isinstance(failure, UnreadDocuments)
    summary = failure.summary
    assert (summary.documents, summary.ok, summary.warning, summary.error) == (3, 2, 0, 1)
    documents = read_csv(out / "documents.csv", "documents")
    assert documents[["doc_id", "format", "pages", "status"]].values.tolist() == [
        ["000_336938581adf79a7", "txt", 1, "ok"],
        ["broken", "pdf", pd.NA, "error"],
        ["kelmar-review", "pdf", 2, "ok"],
    ]
    assert documents["message"].iloc[1].startswith("not a readable PDF")
    facts = read_csv(out / "numeric_facts.csv", "numeric_facts")
    kelmar = facts[facts["doc_id"] == "kelmar-review"]
    assert kelmar[["value", "counted", "page", "area"]].values.tolist() == [
        [5600, "migrants", 1, 3], [33.33, "migrant children", 2, 3],
    ]
    assert (facts["doc_id"] == "000_336938581adf79a7").sum() == 8
    assert sorted(p.name for p in (out / "text").iterdir()) == ["000_336938581adf79a7.txt", "kelmar-review.txt"]
    assert sorted(p.name for p in out.iterdir()) == [
        "changes.csv", "coverage.csv", "datapackage.json", "documents.csv", "gcm.sqlite", "numeric_facts.csv",
        "objective_evidence.csv", "objective_mentions.csv", "objectives.csv", "pages.csv", "report.html",
        "sections.csv", "text",
    ]
    tasks, artifacts = prefect_records(state.state_details.flow_run_id, 3)
    assert tasks == [
        ("extract 000_336938581adf79a7", "COMPLETED", "Completed"),
        ("extract broken", "FAILED", "Unreadable"),
        ("extract kelmar-review", "COMPLETED", "Completed"),
    ]
    assert artifacts == [("gcm-extract-problems", "table", [
        {"document": "broken", "status": "error", "message": documents["message"].iloc[1]},
    ])]


def test_a_green_flow_run_read_every_document(prefect_api, raw, tmp_path):
    from flows.extract import extract_reviews

    (raw / "french.txt").write_text("Les ministères ont participé à la consultation, et le rapport présente "
                                    "les mesures prises pour les migrants dans le pays et à l'étranger.", encoding="utf-8")
    state = extract_reviews(raw=raw, out=tmp_path / "output", return_state=True)
    assert (state.type.value, state.name) == ("COMPLETED", "Completed")
    assert state.result().line().startswith("2 documents (1 ok, 1 warning, 0 error; 2 extracted, 0 unchanged, 0 duplicate)")
    tasks, artifacts = prefect_records(state.state_details.flow_run_id, 2)
    assert tasks == [("extract 000_336938581adf79a7", "COMPLETED", "Completed"),
                     ("extract french", "COMPLETED", "Warning")]
    [(key, kind, rows)] = artifacts
    assert (key, kind, [(r["document"], r["status"]) for r in rows]) == (
        "gcm-extract-problems", "table", [("french", "warning")])


def test_cli_run_exits_1_and_shows_a_traceback_only_with_debug(prefect_api, raw, tmp_path, capsys, monkeypatch):
    import logging

    from pipeline.cli import main

    # The unreadable document's failed task run is logged as an error; Prefect's console
    # handler, set up once per process, may hold the stream an earlier test captured.
    monkeypatch.setattr(logging, "raiseExceptions", False)

    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a PDF")
    out = tmp_path / "output"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "broken: error: not a readable PDF" in err and "Traceback" not in err
    assert main(["run", "--raw", str(raw), "--out", str(out), "--debug"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err
    assert (out / "documents.csv").read_text(encoding="utf-8").count("\n") == 3


def test_a_run_that_extracts_a_new_edition_shows_its_changes_in_prefect(prefect_api, raw, tmp_path):
    """The artifact is read back through Prefect's client, as the UI reads it."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.extract import extract_reviews

    def artifacts(state):
        with get_client(sync_client=True) as client:
            found = client.read_artifacts(artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])))
        return [(a.key, a.type, a.description, a.data) for a in found]

    out = tmp_path / "output"
    first = extract_reviews(raw=raw, out=out, return_state=True)
    assert artifacts(first) == []  # one edition: nothing to compare
    (raw / "japan-2026.txt").write_text(second_edition((raw / f"{SAMPLE_ID}.txt").read_text(encoding="utf-8")),
                                        encoding="utf-8")
    (raw / "metadata.csv").write_text("source_file,review_year\njapan-2026.txt,2026\n", encoding="utf-8")
    second = extract_reviews(raw=raw, out=out, return_state=True)
    assert second.result().extracted == 1
    assert artifacts(second) == [(
        "gcm-extract-changes", "markdown", "What the new editions changed since the last ones (changes.csv)",
        "\n".join([
            f"### Japan: imrf review 2026 (japan-2026) since imrf review ({SAMPLE_ID.replace('_', chr(92) + '_')})",
            "",
            "Objectives: 1 added, 0 removed. Figures: 1 added, 3 changed, 2 removed.",
            "",
            "| change | what | old | new |",
            "|---|---|---|---|",
            "| objective added | objective 5 (Regular pathways) |  |  |",
            "| figure added | fields |  | 12 |",
            "| figure changed | mid- to long-term foreign residents in Japan | 2,600,000 | 2,800,000 |",
            "| figure changed | foreign residents in Japan | 2,900,000 | 3,100,000 |",
            "| figure changed | cases | 598 | 612 |",
            "| figure removed | training sessions | 13 |  |",
            "| figure removed | officials | 283 |  |",
            "",
        ]),
    )]
    third = extract_reviews(raw=raw, out=out, return_state=True)  # nothing new: no artifact
    assert (third.result().extracted, artifacts(third)) == (0, [])


def test_cli_run_with_a_memory_bomb_writes_the_other_documents(prefect_api, raw, tmp_path, capsys):
    import badfiles
    from pipeline.cli import main

    badfiles.memory_bomb_pdf(raw / "inflates.pdf", gib=1.5)
    out = tmp_path / "output"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--workers", "2", "--max-memory", "1G"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines()[-1] == (
        "inflates: error: the reader crashed on this file (signal 6): the file may be damaged, "
        "or need more memory than --max-memory allows")
    assert captured.out.splitlines()[-1].startswith("2 documents (1 ok, 0 warning, 1 error; 2 extracted")
    assert read_csv(out / "documents.csv", "documents")["status"].tolist() == ["ok", "error"]
