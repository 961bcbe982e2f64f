"""report.html in a real headless browser (Debian's Chromium, driven by Playwright)."""

from pathlib import Path

import pytest

from browser import chromium, missing, open_report, watched_page
from conftest import ROOT
from reports import HOSTILE, HOSTILE_FILE, review_folder

pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")
if missing() is None:
    from playwright.sync_api import expect
ARTEFACTS = ROOT / "build" / "test-artifacts"


@pytest.fixture(scope="module")
def output(nlp, tmp_path_factory):
    from pipeline.run import run_folder

    folder = tmp_path_factory.mktemp("browser")
    run_folder(review_folder(folder / "raw"), folder / "output", nlp)
    return folder / "output"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser, output):
    page = open_report(browser, output / "report.html")
    yield page
    # No test may see a dialog: a script from a document would have run.
    assert page.seen["dialogs"] == []
    assert page.seen["errors"] == []
    page.close()


def test_it_renders_with_no_console_error_and_fetches_nothing(page, output):
    assert page.seen["requests"] == [(output / "report.html").resolve().as_uri()]
    assert page.title() == "GCM reviews: coverage and figures"
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "report.png"), full_page=True)
    assert (ARTEFACTS / "report.png").stat().st_size > 10_000


def test_the_heatmap_has_23_objective_columns_and_a_row_per_document(page):
    assert page.locator("#heatmap thead th.obj").count() == 23
    assert page.locator("#heatmap thead th[scope=colgroup]").evaluate_all("hs => hs.map(h => h.colSpan)") == [5, 7, 6, 5]
    rows = page.locator("#heatmap tbody tr")
    assert rows.count() == 5
    assert [rows.nth(i).locator("th").inner_text().split()[0] for i in range(5)] == [
        "Guatemala", "Japan", "Peru", "Peru", "empty"]
    assert rows.nth(0).locator("button.c").count() == 23


def test_documents_with_errors_or_warnings_come_first(page):
    items = page.locator("#attention li")
    assert items.count() == 2
    assert items.nth(0).inner_text() == "error empty empty.txt: empty file: nothing to extract"
    assert items.nth(1).inner_text().startswith(f"warning Peru {HOSTILE_FILE}: raw/metadata.csv: country ")


def test_filtering_by_a_country_shows_only_its_facts(page):
    assert page.inner_text("#facts-status") == "13 facts; showing 1–13"
    page.select_option("select[name=country]", "JPN")
    expect(page.locator("#facts-status")).to_have_text("8 facts; showing 1–8")
    assert page.locator("#facts-body tr").evaluate_all("rs => rs.map(r => r.dataset.country)") == ["JPN"] * 8
    page.select_option("select[name=country]", "GTM")
    expect(page.locator("#facts-body tr")).to_have_count(2)
    assert page.locator("#facts-body tr td:nth-child(4)").all_inner_texts() == ["migrant workers", "labour inspectors"]
    assert page.locator("#facts-body mark").all_inner_texts() == ["1,250 migrant workers", "45 labour inspectors"]
    page.fill("input[name=q]", "trafficking")
    expect(page.locator("#facts-status")).to_have_text("No fact matches these filters.")
    page.select_option("select[name=country]", "")
    expect(page.locator("#facts-body mark")).to_have_text(["13 training sessions", "52 victims", "37 victims"])


def test_clicking_a_cell_lists_its_mentions(page):
    japan = page.locator("#heatmap tbody tr", has=page.locator("th", has_text="Japan"))
    japan.locator("button[data-objective='8']").click()
    detail = page.locator("#cell-detail")
    expect(detail.locator("li")).to_have_count(2)
    assert detail.locator("h3").inner_text() == (
        "Japan · objective 8 (Save lives): Save lives and establish coordinated international efforts on missing migrants")
    assert detail.locator("p").first.inner_text() == "1 in headings, 1 in text; 1 section, 0 facts"
    items = detail.locator("li")
    assert items.count() == 2
    assert items.nth(0).locator("strong").inner_text() == "heading"
    assert items.nth(0).locator("mark").inner_text() == "GCM Objectives: 4, 8, 9, 10, 11, 13, 21"
    assert items.nth(1).locator("mark").inner_text() == "objective 8"


def test_a_cell_is_reached_and_read_with_the_keyboard(page):
    japan = page.locator("#heatmap tbody tr", has=page.locator("th", has_text="Japan"))
    cell = japan.locator("button[data-objective='6']")
    assert cell.evaluate("b => b.firstChild.textContent") == "1"  # the count shown; then words for screen readers
    assert cell.locator(".sr").inner_text() == "0 in headings, 1 in text; 0 sections, 0 facts"
    cell.focus()
    assert page.inner_text("#tip") == "Japan · objective 6 (Recruitment and decent work): 0 in headings, 1 in text; 0 sections, 0 facts"
    page.keyboard.press("Enter")
    expect(page.locator("#cell-detail li mark")).to_have_text(["objective 6"])


def test_a_fact_links_to_its_place_in_the_text(page):
    page.select_option("select[name=country]", "JPN")
    expect(page.locator("#facts-body tr")).to_have_count(8)
    page.locator("#facts-body tr").first.locator("a").click()
    expect(page.locator("#text-view")).to_be_visible()
    assert page.inner_text("#text-title") == "Japan"
    assert page.locator("#text-body mark.current").inner_text() == "13 training sessions"
    assert page.locator("#text-back").get_attribute("href") == "#facts"


def test_text_from_a_document_is_shown_never_run(page):
    """Hostile text in a review, its file name and raw/metadata.csv: visible as text, nothing runs."""
    assert page.locator("img, iframe, a[href^='javascript']").count() == 0
    body = page.inner_text("body")
    assert HOSTILE_FILE in body and "<script>alert(7)</script>" in body
    peru = page.locator("#heatmap tbody tr", has=page.locator("th", has_text="peru-img-src"))
    peru.locator("button[data-objective='10']").click()
    expect(page.locator("#cell-detail li")).to_have_count(2)
    sentences = page.locator("#cell-detail li").all_inner_texts()
    assert any(HOSTILE[2] in s and HOSTILE[3] in s for s in sentences)
    page.select_option("select[name=country]", "PER")
    expect(page.locator("#facts-body tr")).to_have_count(3)
    assert HOSTILE[3] in page.inner_text("#facts-body")
    page.locator("#facts-body a").last.click()
    expect(page.locator("#text-view")).to_be_visible()
    text = page.inner_text("#text-body")
    assert all(h in text for h in HOSTILE)
    assert page.evaluate("document.scripts.length") == 4  # the data blocks and the report's own script
    assert page.seen["dialogs"] == []


def test_changes_since_the_last_edition_are_shown_as_text(page):
    """Peru's second edition: a panel with its changes, hostile sentences shown as text,
    each figure marked in its sentence and linked to its place in the text."""
    panel = page.locator("#changes")
    assert panel.locator("h3").all_inner_texts() == [
        "Peru: imrf review 2026 peru-2026-b since imrf review peru-img-src-x-onerror-alert-5"]
    assert panel.locator("h3 + p").inner_text() == "Objectives: 1 added, 0 removed. Figures: 1 added, 1 changed, 0 removed."
    rows = panel.locator("table.changes tbody tr")
    expect(rows).to_have_count(3)
    cells = [rows.nth(i).locator("td").all_inner_texts()[:5] for i in range(3)]
    assert cells == [
        ["objective added", "3", "objective 14 (Consular protection)", "", ""],
        ["figure added", "2", "consular offices", "", "12"],
        ["figure changed", "2", "victims", "37", "52"],
    ]
    assert rows.nth(0).locator("td").nth(6).inner_text() == (
        f"Under objective 14, the country opened 12 consular offices {HOSTILE[0]}. page 1")
    changed = rows.nth(2).locator("td.sentence")
    assert changed.locator("mark").all_inner_texts() == ["37 victims", "52 victims"]
    assert HOSTILE[3] in changed.nth(0).inner_text() and HOSTILE[3] in changed.nth(1).inner_text()
    assert panel.locator("img, script, a[href^='javascript'], b").count() == 0
    changed.nth(0).locator("a").click()
    expect(page.locator("#text-view")).to_be_visible()
    assert page.inner_text("#text-title") == "Peru"
    assert page.locator("#text-body mark.current").inner_text() == "37 victims"
    assert page.locator("#text-back").get_attribute("href") == "#changes"


def test_the_dialog_watch_sees_a_script_that_runs(browser, tmp_path):
    """The control for the test above: where a script does run, the watch sees its dialog."""
    (tmp_path / "unsafe.html").write_text("<p>x</p><script>alert('ran')</script>", encoding="utf-8")
    page = watched_page(browser)
    page.goto((tmp_path / "unsafe.html").as_uri())
    assert page.seen["dialogs"] == ["ran"]


def test_the_heatmap_switches_between_named_and_addressed_objectives(page):
    from pipeline.html_report import MEASURES

    guatemala_6 = page.locator("#heatmap tbody tr").first.locator("button[data-objective='6']")
    assert guatemala_6.get_attribute("class") == "c s2 h"
    page.check("input[name=measure][value='1']")
    expect(page.locator("#legend")).to_have_text(MEASURES[1].legend)
    # Named in a heading and addressed in the text: a shade, no frame.
    assert (guatemala_6.get_attribute("class"), guatemala_6.text_content()) == ("c s3", "50 score 0.50: labour inspectors")
    page.check("input[name=measure][value='0']")
    assert guatemala_6.get_attribute("class") == "c s2 h"
