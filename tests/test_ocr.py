"""Scanned reviews are read, not refused: which pages need OCR, how Tesseract's words
become a page's text, and the figures on generated scans (the sample review, a Spanish
and a French review-shaped document, a page whose font maps its letters to others)."""

import re
import shutil
from pathlib import Path

import pytest

import badfiles
from conftest import ROOT, SAMPLE
from pipeline.cli import main
from pipeline.evaluate import score_case
from pipeline.ingest import Limits, ingest, quality
from pipeline.ingest import ocr
from pipeline.ingest.layout import page_text
from pipeline.models import Extraction
from pipeline.run import process_file, run_folder
from pipeline.tables import build_tables, read_csv
from scans import garbled_pdf, pages_of, scanned_pdf

TESTS = Path(__file__).parent
SAMPLE_PAGES = pages_of(SAMPLE.read_text(encoding="utf-8"))
OCR_READ = re.compile(r"(\d+) of (\d+) pages read by OCR, mean confidence (\d+)%")

PROSE = ("The border police trained 150 officers on victim identification in 2021, and the ministry "
         "opened three new reception centres for the migrants who arrived by sea during the year.")


def _shuffled(text: str) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return text.translate(str.maketrans(letters + letters.upper(), "qwertyuiopasdfghjklzxcvbnm" + "QWERTYUIOPASDFGHJKLZXCVBNM"))


# --- which pages need OCR -------------------------------------------------------------


@pytest.mark.parametrize("text, drawn, images, reason", [
    ("", True, 93.0, quality.NO_TEXT),
    ("  \n ", True, 0.0, quality.NO_TEXT),  # drawn shapes, no text: text turned into outlines
    ("", False, 0.0, None),  # a blank page
    (PROSE, True, 0.0, None),
    (PROSE, True, 20.0, None),  # a photograph with a paragraph of text beside it
    (PROSE, True, 93.0, quality.SPARSE),  # a page-size image: OCR is tried, and kept if it reads more
    ("3", True, 93.0, quality.SPARSE),  # a scan with its page number as text
    ("Voluntary GCM review by Japan", True, 2.0, None),  # a title beside a small logo
    ("(cid:12)(cid:7)(cid:33) (cid:40)(cid:41)", True, 0.0, quality.UNMAPPED),
    ("Annex (cid:3)", True, 0.0, None),  # one glyph unmapped among words
    (_shuffled(PROSE), True, 0.0, quality.GARBLED),
    (_shuffled("Ensuring that migration is voluntary"), True, 0.0, None),  # too few words to tell
    ("La policía de fronteras capacitó a 150 agentes en la identificación de víctimas en 2021, y el "
     "ministerio abrió tres nuevos centros de acogida para los migrantes que llegaron por mar.", True, 0.0, None),
])
def test_which_pages_need_ocr(text, drawn, images, reason):
    assert quality.verdict(text, drawn=lambda: drawn, page_inches=96.7, image_inches=lambda: images) == reason


def test_prose_in_every_corpus_passes_the_dictionary_check():
    """Every review and article of the corpora, in pages of 2,500 characters, has at least
    39% of its words in a dictionary (place names counting as known), and a page that is mostly a
    table at least 35%; its letters shuffled, at most 15%. All stay well above the share below which
    a page is read again by OCR (25%)."""
    from pipeline.read.table_rows import find_rows

    shares, tables, garbled = [], [], []
    for path in sorted(TESTS.glob("corpus*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), 2500):
            page = re.sub(r"<[^>\n]+>", " ", text[start:start + 2500])  # "<br />" of a page saved as text: no word
            words = re.findall(r"[^\W\d_]{2,}", page.lower())
            if len(words) >= quality.MIN_WORDS:
                lines = [line for line in page.split("\n") if line.strip()]
                # half its lines or more are a table's rows, or lines mostly of figures (a table the reader
                # does not split into rows: a scanned yearbook's, a statistics office's)
                figures = sum(1 for line in lines if len(re.findall(r"\d+(?:[.,]\d+)*", line)) >= 3)
                tabular = max(len(find_rows(page)), figures) * 2 > len(lines)
                (tables if tabular else shares).append(quality.known_share(words))
                garbled.append(quality.known_share(re.findall(r"[^\W\d_]{2,}", _shuffled(page).lower())))
    assert len(shares) > 100 and tables
    # 0.40 until a regional statistics release came in whose first page is nearly half a table of district names
    # (0.396)
    assert min(shares) >= 0.39 > quality.MIN_KNOWN_SHARE > 0.15 >= max(garbled)
    assert min(tables) >= 0.35 > quality.MIN_KNOWN_SHARE


# --- Tesseract's words -> a page's text -----------------------------------------------


def _word(text: str, x: int, baseline: float, confidence: float = 95.0, slope: float = 0.0) -> ocr.Word:
    """A word as Tesseract gives it, its letters 20 px wide and 30 px tall on a baseline
    that falls by ``slope`` per pixel to the right."""
    chars = []
    for i, char in enumerate(text):
        left = x + 20 * i
        bottom = round(baseline + slope * left)
        chars.append((char, (left, bottom - 30, left + 18, bottom)))
    return confidence, chars


def _line(words: list[ocr.Word], baseline: float, slope: float) -> ocr.Line:
    return ocr.Line(words, ((0, round(baseline)), (2000, round(baseline + 2000 * slope))), 40.0, 9.0)


def test_a_skewed_speckled_page_reads_as_a_text_layer():
    """Three lines on a page turned by half a degree, a paragraph gap before the last:
    the lines and the gap come out as a text layer's would, the specks go."""
    slope = -0.009
    lines = []
    for baseline, texts in ((300, [("b)", 95), ("Progress", 96)]),
                            (354, [("The", 95), ("police", 96), ("trained", 90), ("150", 97), ("officers.", 93)]),
                            (446, [("“Some", 40), ("40", 95), ("centres", 95), (".", 88), ("remain.", 91), ("7", 30)])):
        words, x = [], 200
        for text, confidence in texts:
            words.append(_word(text, x, baseline, confidence, slope))
            x += 20 * len(text) + 25
        lines.append(_line(words, baseline + 200 * slope, slope))
    # A speck read as a full stop between two words: a lone mark the size of a dot.
    lines[2].words[3] = (88.0, [(".", (1000, 440, 1005, 446))])
    page = ocr.page_words(lines, 2480, ["en"])
    assert page_text(page.words, page.width) == "b) Progress\nThe police trained 150 officers.\n\nSome 40 centres remain."
    assert page.width == pytest.approx(595.2)
    tops = {round(w["top"], 3) for w in page.words}
    assert len(tops) == 3  # each line's words share its top, however the scan was turned
    assert page.confidence == pytest.approx((95 + 96 + 95 + 96 + 90 + 97 + 93 + 40 + 95 + 95 + 91) / 11)


@pytest.mark.parametrize("confidence, chars, words", [
    (95, "officers.", ["officers."]),
    (95, "de-cada", ["de-cada"]),  # a hyphen as long as a hyphen
    (40, "“a)", ["a)"]),  # a speck before a word Tesseract is unsure of
    (40, "7", []),  # a lone digit Tesseract is unsure of
    (95, "|", []),  # a bar the size of a dot
])
def test_specks(confidence, chars, words):
    word = _word(chars, 0, 100, confidence)
    if chars == "de-cada":  # a real hyphen: 16 px long
        word = (confidence, [(c, (20 * i, 70, 20 * i + 16, 100 if c != "-" else 84)) for i, c in enumerate(chars)])
    if chars == "|":
        word = (confidence, [("|", (0, 90, 4, 94))])
    assert [text for text, _, _ in ocr._unspecked(word, 40.0)] == words


def test_a_speck_between_letters_parts_the_word():
    word = (80.0, [("d", (0, 70, 18, 100)), ("e", (20, 70, 38, 100)), ("-", (41, 80, 44, 83)),
                   ("c", (60, 70, 78, 100)), ("a", (80, 70, 98, 100))])
    assert [(text, box) for text, _, box in ocr._unspecked(word, 40.0)] == [("de", (0, 70, 38, 100)), ("ca", (60, 70, 98, 100))]


@pytest.mark.parametrize("languages, word, mended", [
    (["fr"], "(Qbjectifs", "(Objectifs"),
    (["es"], "Ârea", "Área"),
    (["fr"], "Progrés", "Progrès"),
    (["en"], "CHALLENGFS", "CHALLENGES"),
    (["en"], "objectives", "objectives"),  # right already
    (["en"], "between", "between"),  # a word of the dictionary
    (["en"], "Japan", "Japan"),  # far from every heading word
    (["es"], "Busnes", "Busnes"),  # two letters off
])
def test_heading_words_one_letter_off_are_mended(languages, word, mended):
    assert ocr._Mender(languages)(word) == mended


# --- generated scans, read whole ------------------------------------------------------


@pytest.fixture(scope="module")
def sample_scan(tmp_path_factory, nlp):
    path = scanned_pdf(tmp_path_factory.mktemp("scan") / "sample-scan.pdf", SAMPLE_PAGES)
    return process_file(path, nlp), process_file(SAMPLE, nlp)


@pytest.mark.slow
def test_the_sample_review_scanned_is_read_with_a_warning(sample_scan):
    scan, text = sample_scan
    assert scan.status == "warning"
    read = OCR_READ.match(scan.message)
    assert read and read.group(1, 2) == ("2", "2") and 85 <= int(read.group(3)) <= 100, scan.message
    assert scan.document.page_readers == ("ocr", "ocr")
    values = [f.value for f in text.facts]
    assert len(values) == 8
    right = sum(1 for value in values if any(f.value == value for f in scan.facts))
    assert right >= 7, [f.surface for f in scan.facts]
    assert {s.area for s in scan.sections if s.area} == {1, 2, 3, 4}


@pytest.mark.slow
def test_ocr_confidence_is_carried_to_every_row_of_an_ocr_page(sample_scan):
    scan, _ = sample_scan
    tables = build_tables([scan])
    confidence = list(scan.document.page_confidence)
    pages = tables["pages"]
    assert pages["reader"].tolist() == ["ocr", "ocr"] and pages["ocr_confidence"].tolist() == confidence
    for name in ("numeric_facts", "objective_mentions"):
        rows = tables[name]
        assert len(rows) and rows["ocr_confidence"].tolist() == [confidence[p - 1] for p in rows["page"]], name
    assert tables["documents"][["status", "ocr_pages"]].values.tolist() == [["warning", 2]]
    plain = build_tables([Extraction(ingest(SAMPLE), "ok", "")])
    assert plain["numeric_facts"]["ocr_confidence"].isna().all() and plain["documents"]["ocr_pages"].tolist() == [0]


SCANS = {"es": ("corpus_es", "review_area_costa_alta"), "fr": ("corpus_fr", "senat_modele_review_area_morvanie")}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(SCANS))
def test_spanish_and_french_scans_keep_their_figures(lang, nlp, tmp_path):
    """Value F1 >= 0.85 against the gold of the text the scan was made from; two threads
    read the pages as one does."""
    folder, case = SCANS[lang]
    gold = TESTS / folder
    path = scanned_pdf(tmp_path / f"{case}.pdf", pages_of((gold / f"{case}.txt").read_text(encoding="utf-8")))
    scan = process_file(path, nlp, doc_id=case, limits=Limits(ocr_threads=2))
    assert scan.document.language == lang and set(scan.document.page_readers) == {"ocr"}
    assert score_case(gold, case, scan).scores["numeric_facts"].f1 >= 0.85
    alone = ingest(path, Limits(ocr_threads=1))
    assert (alone.text, alone.page_confidence) == (scan.document.text, scan.document.page_confidence)


@pytest.fixture(scope="module")
def garbled(tmp_path_factory) -> Path:
    """The sample review on three pages, the second drawn with a font whose ToUnicode map
    shuffles the letters."""
    paragraphs = SAMPLE_PAGES[0]
    pages = [paragraphs[:8], paragraphs[8:16], paragraphs[16:]]
    return garbled_pdf(tmp_path_factory.mktemp("garbled") / "garbled.pdf", pages, {2})


@pytest.mark.slow
def test_a_garbled_page_is_detected_and_read_by_ocr(garbled):
    document = ingest(garbled)
    assert document.page_readers == ("pdfium", "ocr", "pdfium")
    page = document.text.split("\f")[1]
    assert page.startswith("As for objective 8 (in March 2019, we issued a notice concerning the")
    assert "JICA, UNAFEI, UNODC and UN Women." in page
    read = OCR_READ.fullmatch(document.warnings[0])
    assert read and read.group(1, 2) == ("1", "3")
    assert document.page_confidence[0] is None and document.page_confidence[1] > 85


def test_without_ocr_a_garbled_page_keeps_its_text_layer_and_is_not_cached(garbled, nlp, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(garbled, raw)
    run_folder(raw, tmp_path / "out", nlp, Limits(ocr=False))
    document = read_csv(tmp_path / "out" / "documents.csv", "documents").iloc[0]
    assert (document["status"], document["ocr_pages"]) == ("warning", 0)
    assert document["message"].startswith(
        "1 of 3 pages need OCR (few dictionary words) and keep their text layer: --no-ocr turned it off; ")
    assert not list((tmp_path / ".out.cache").rglob("*.pickle"))


def test_a_scan_without_ocr_is_an_error_that_says_why(nlp, tmp_path, monkeypatch):
    path = badfiles.scanned_pdf(tmp_path / "scanned.pdf")
    off = process_file(path, nlp, limits=Limits(ocr=False))
    assert (off.status, off.message) == ("error", "no text layer: the document needs OCR; --no-ocr turned it off")
    # A machine without Tesseract's language data: none where it is looked for.
    monkeypatch.setattr(ocr, "_TESSDATA", ())
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    missing = process_file(path, nlp)
    assert (missing.status, missing.message) == (
        "error", "no text layer: the document needs OCR; Tesseract is not installed (no eng, spa, fra language "
                 "data found): apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-fra")


@pytest.mark.slow
def test_cli_no_ocr_refuses_a_scan_and_a_run_with_ocr_reads_it(prefect_api, tmp_path, capsys):
    """Through the command line and its worker processes: --no-ocr gives the error row (which
    is not cached), and the next run reads the scan."""
    raw = tmp_path / "raw"
    raw.mkdir()
    badfiles.scanned_pdf(raw / "scanned.pdf")
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--no-ocr"]) == 1
    assert "scanned: error: no text layer: the document needs OCR; --no-ocr turned it off\n" in capsys.readouterr().err
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    documents = read_csv(out / "documents.csv", "documents")
    assert documents[["doc_id", "status", "pages", "ocr_pages"]].values.tolist() == [["scanned", "warning", 2, 2]]
    assert OCR_READ.fullmatch(documents["message"][0])
    facts = read_csv(out / "numeric_facts.csv", "numeric_facts")
    assert facts["value"].tolist() == [150, 40] and facts["ocr_confidence"].notna().all()


@pytest.mark.slow
def test_ocr_runs_under_the_workers_time_limit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # Twelve pages: more than OCR reads in the second the limit allows, on any machine.
    pages = pages_of((TESTS / "corpus_es" / "review_area_costa_alta.txt").read_text(encoding="utf-8")) * 3
    scanned_pdf(raw / "slow-scan.pdf", pages)
    summary = run_folder(raw, tmp_path / "out", limits=Limits(time_limit=1.0), workers=1)
    (doc_id, status, message, _), = summary.problems
    assert (doc_id, status) == ("slow-scan", "error")
    stopped = re.fullmatch(r"reading stopped at page (\d+) of 12: over the time limit; raise --time-limit to read it",
                           message)
    assert stopped and 1 <= int(stopped.group(1)) < 12, message
