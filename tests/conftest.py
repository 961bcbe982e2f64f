from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "raw" / "000_336938581adf79a7.txt"


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens", action="store_true",
        help="rewrite tests/golden/*.csv from the current output (review the diff before committing)",
    )


@pytest.fixture(scope="session")
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


@pytest.fixture(scope="session")
def nlp():
    from pipeline.read.nlp import pipelines

    return pipelines()


@pytest.fixture(scope="session")
def evaluated(nlp):
    """``evaluate`` of a gold folder, read once a session: the corpora's figures are held by their own test files
    and printed in the README's transcripts, and reading one of them takes minutes. The results are read, never
    changed."""
    from pipeline.evaluate import evaluate

    results = {}

    def of(folder):
        folder = Path(folder).resolve()
        if folder not in results:
            results[folder] = evaluate(folder, nlp)
        return results[folder]

    return of


@pytest.fixture(scope="session")
def prefect_api():
    """One temporary Prefect API for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def raw(tmp_path) -> Path:
    """A raw/ folder holding the sample review."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    return folder


@pytest.fixture
def analyse(nlp):
    """Segment and extract a text as if it were a whole document."""
    from pipeline.read.extract import extract
    from pipeline.models import Document
    from pipeline.read.segment import segment

    def run(text: str):
        document = Document(doc_id="t", source_file="t.txt", sha256="", format="txt", text=text)
        segmentation = segment(document)
        _, mentions, facts = extract(document, segmentation, nlp)
        return segmentation, mentions, facts

    return run
