"""report.html without a browser: self-contained, deterministic, small, rebuilt from the tables."""

import base64
import hashlib
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLE
from pipeline.html_report import build_report, read_texts
from pipeline.tables import build_tables, read_tables
from reports import HOSTILE, review_folder, synthetic_extractions


@pytest.fixture(scope="module")
def output(nlp, tmp_path_factory):
    from pipeline.run import run_folder

    folder = tmp_path_factory.mktemp("report")
    run_folder(review_folder(folder / "raw"), folder / "output", nlp)
    return folder / "output"


def test_every_run_writes_the_report_and_the_database(output):
    assert (output / "report.html").is_file() and (output / "gcm.sqlite").is_file()


def test_the_report_fetches_nothing_and_runs_only_its_own_script_and_style(output):
    html = (output / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(link|img|iframe|object|embed|audio|video)\b|<[^>]*\s(src|srcset)=|@import|url\(", html)
    assert not re.search(r"https?://", html)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert len(scripts) == 1 and len(styles) == 1

    def digest(text):
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()

    assert policy == (f"default-src 'none'; script-src 'sha256-{digest(scripts[0])}'; "
                      f"style-src 'sha256-{digest(styles[0])}'; base-uri 'none'; form-action 'none'")


def test_document_strings_are_escaped_in_the_markup(output):
    html = (output / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript' not in html
    # The hostile file name and the metadata file's hostile value are shown, as text.
    assert "peru &#34;&gt;&lt;img src=x onerror=alert(5)&gt;.txt" in html
    assert "country &#39;&lt;script&gt;alert(7)&lt;/script&gt;&#39; is not a country name or ISO code" in html


def test_the_report_command_rebuilds_the_same_report_from_the_tables(output):
    written = (output / "report.html").read_bytes()
    (output / "report.html").unlink()
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "report", "--out", str(output)],
                            capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{output / 'report.html'}\n", "")
    assert (output / "report.html").read_bytes() == written


def test_the_report_command_without_tables(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "report", "--out", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, result.stderr) == (
        2, f"gcm-extract: no documents.csv in {tmp_path}; run 'gcm-extract run' first\n")
    assert not (tmp_path / "report.html").exists()


def test_the_report_is_the_same_for_the_same_tables(output):
    tables = read_tables(output)
    texts = read_texts(output, tables["documents"]["doc_id"])
    assert build_report(tables, texts) == build_report(tables, texts)


def test_a_hundred_reviews_stay_under_3_mb():
    extractions = synthetic_extractions(documents=100, pages=20, facts=150, mentions=60)
    assert sum(len(e.document.text) for e in extractions) > 6_000_000  # 60 KB of text each
    html = build_report(build_tables(extractions), {e.document.doc_id: e.document.text for e in extractions})
    assert len(html.encode("utf-8")) < 3_000_000


def test_hostile_strings_are_the_fixtures_expected():
    assert HOSTILE[0] == "<script>alert(1)</script>"  # what the browser test must see as text


def test_the_changes_panel_says_when_there_is_nothing_to_compare(nlp, tmp_path):
    from pipeline.run import process_file

    sample = process_file(SAMPLE, nlp)
    alone = build_report(build_tables([sample]), {})
    assert ('<p class="legend">No country has two editions of a review yet (documents of the same country and '
            'review kind).') in alone
    again = tmp_path / "japan-again.txt"  # the next edition, a sentence longer, with the same figures and objectives
    again.write_text(SAMPLE.read_text(encoding="utf-8") + "\n\nNothing else changed.\n", encoding="utf-8")
    html = build_report(build_tables([sample, process_file(again, nlp)]), {})
    assert '<p class="unchanged">Japan: 2 editions of its imrf review; nothing changed between the latest two.</p>' in html
    assert '<table class="changes"' not in html


def test_the_changes_panel_names_both_editions_escaped(output):
    html = (output / "report.html").read_text(encoding="utf-8")
    assert ('<h3>Peru: imrf review 2026 <span class="sub">peru-2026-b</span> since imrf review '
            '<span class="sub">peru-img-src-x-onerror-alert-5</span></h3>') in html
    assert "peru-2026 &lt;b&gt;.txt" in html and "<b>" not in html
