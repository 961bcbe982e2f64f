"""The pdfium reader reads every page as the pdfplumber reader does, on the
corpus PDFs and on every kind of PDF the tests write; the pages it declines go
to pdfplumber, and the pages table says which reader read each page."""

import importlib.util
import sys
from pathlib import Path

import pdfplumber
import pytest

import badfiles
from conftest import ROOT
from pdfs import hand_pdf, make_pdf
from pipeline.ingest import ingest
from pipeline.ingest.layout import page_text
from pipeline.ingest.pdf import PdfiumReader, PlumberReader
from pipeline.models import Extraction
from pipeline.tables import build_tables
from test_ingest import PAGE_1, PAGE_2

sys.path.insert(0, str(ROOT / "bench"))
from benchmark import review_pages  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
KELMAR = [  # the flow test's review
    ["3 Supporting the integration of migrants and their contribution to development",
     "a) Progress", "Some 5,600 migrants attended language courses under objective 16."],
    ["b) Challenges", "Only a third of the migrant children attended pre-school."],
]
# Text matrices fpdf2 never writes: a scaled text matrix, a scaled CTM,
# character and word spacing, kerning, a rise, a line-end hyphen.
MATRICES = (
    b"BT /F1 1 Tf 10 0 0 10 72 700 Tm (Scaled text matrix words) Tj ET "
    b"q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 300 Td (Scaled by the CTM) Tj ET Q "
    b"BT /F1 10 Tf 72 500 Td 3 Tc (Spaced characters) Tj 0 Tc 5 Tw 0 -12 Td (Spaced words here) Tj ET "
    b"BT /F1 10 Tf 72 400 Td [(Kern) -300 (ed) 200 (Text)] TJ ET "
    b"BT /F1 10 Tf 72 380 Td 5 Ts (Raised) Tj 0 Ts (and the long-) Tj 0 -12 Td (term plan.) Tj ET"
)


def _corpus_pdf(name: str, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("pdfspec", CORPUS / "pdfspec.py")
    pdfspec = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdfspec)
    pdfspec.build_pdf(CORPUS / f"{name}.pdf.json", folder / f"{name}.pdf")
    return folder / f"{name}.pdf"


GENERATED = {
    **{p.name.removesuffix(".pdf.json"): (lambda f, n=p.name.removesuffix(".pdf.json"): _corpus_pdf(n, f))
       for p in sorted(CORPUS.glob("*.pdf.json"))},
    "ingest-pages": lambda f: make_pdf(f / "a.pdf", [PAGE_1, PAGE_2]),
    "two-columns": lambda f: make_pdf(f / "a.pdf", [[f"Left column paragraph {i} on migration policy." for i in range(4)]
                                                    + [f"Right column paragraph {i} on consular help." for i in range(4)],
                                                    PAGE_2], columns=2),
    "flow-kelmar": lambda f: make_pdf(f / "a.pdf", KELMAR),
    "bad-input-good": lambda f: badfiles.good_pdf(f / "a.pdf"),
    "owner-password-only": lambda f: badfiles.encrypted_pdf(f / "a.pdf", user_password=""),
    "benchmark-review": lambda f: make_pdf(f / "a.pdf", review_pages(12), header="Voluntary GCM Review 3"),
    "matrices": lambda f: hand_pdf(f / "a.pdf", [MATRICES]),
    "offset-mediabox": lambda f: hand_pdf(f / "a.pdf", [b"BT /F1 10 Tf 72 700 Td (Moved) Tj 0 -14 Td (box) Tj ET"],
                                          mediabox="20 30 615 872"),
}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_pdfium_reads_every_page_as_pdfplumber_does(name, tmp_path):
    path = GENERATED[name](tmp_path)
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        fast, slow = PdfiumReader(path, pages), PlumberReader(pdf)
        for index in range(pages):
            read = fast.read(index)
            assert read is not None, f"page {index + 1} declined"
            assert page_text(*read) == page_text(*slow.read(index)), f"page {index + 1}"
        fast.close()
    assert set(ingest(path).page_readers) == {"pdfium"}


def test_a_soft_hyphen_that_ends_a_line_rejoins_the_word(tmp_path):
    # pdfminer loses the soft hyphen, and "migra\ntion" stayed two words.
    path = hand_pdf(tmp_path / "soft.pdf", [b"BT /F1 10 Tf 72 700 Td (The migra\xad) Tj 0 -12 Td (tion office.) Tj ET"])
    with pdfplumber.open(path) as pdf:
        assert page_text(*PlumberReader(pdf).read(0)) == "The migra\ntion office."
    assert ingest(path).text == "The migration office."


@pytest.mark.parametrize(
    "content, rotate, text",
    [
        (b"BT /F1 10 Tf 72 700 Td (A turned page) Tj ET", 90, "A\nturned\npage"),
        (b"BT /F1 10 Tf 0 1 -1 0 300 300 Tm (Upwards) Tj ET BT /F1 10 Tf 72 700 Td (Level line) Tj ET", 0,
         "Level line\n\nsdrawpU"),  # as pdfplumber reads it
        (b"BT /F1 10 Tf 72 700 Td (Glyphs \x01\x02 without Unicode) Tj ET", 0,
         "Glyphs (cid:1)(cid:2) without Unicode"),
    ],
    ids=["rotated-page", "rotated-text", "unmapped-glyphs"],
)
def test_pages_pdfium_cannot_place_go_to_pdfplumber(tmp_path, content, rotate, text):
    plain = b"BT /F1 10 Tf 72 700 Td (A plain page of text) Tj ET"
    path = hand_pdf(tmp_path / "mixed.pdf", [plain, content], rotate=[0, rotate])
    document = ingest(path)
    assert document.page_readers == ("pdfium", "pdfplumber")
    assert document.text.split("\f") == ["A plain page of text", text]


def test_the_pages_table_says_which_reader_read_each_page(tmp_path):
    plain = b"BT /F1 10 Tf 72 700 Td (Page one) Tj ET"
    path = hand_pdf(tmp_path / "review.pdf", [plain, plain.replace(b"one", b"two")], rotate=[0, 90])
    pages = build_tables([Extraction(ingest(path), "ok", "")])["pages"]
    assert pages.astype(object).where(pages.notna(), None).values.tolist() == [
        ["review", 1, "pdfium", 0, 8, None], ["review", 2, "pdfplumber", 9, 17, None]]
