"""Scanned and garbled PDFs for the OCR tests, written by the tests themselves.

``scanned_pdf`` typesets a text with fpdf2, renders each page to a grey image
with pypdfium2 at 200 dpi, then spoils it as a scanner would (a slight skew, a
blur, dust specks) and wraps the images, one per A4 page, in a PDF without any
text layer. ``garbled_pdf`` draws pages in Helvetica, some of them with a
second Helvetica whose ToUnicode map sends every letter to another: they look
right and read wrong, as a PDF with a broken font encoding does.
"""

from __future__ import annotations

import random
import textwrap
import zlib
from pathlib import Path

import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

from pdfs import FIXED_DATE, write_objects

SCAN_DPI = 200


def pages_of(text: str) -> list[list[str]]:
    """A text file's pages (form feeds) as lists of paragraphs (blank lines), with the
    markdown bold markers gone and the characters no core PDF font has replaced."""
    text = text.replace("**", "").replace("\u202f", " ").replace("\u00a0", " ")
    return [[p.strip() for p in page.split("\n\n") if p.strip()] for page in text.split("\f")]


def typeset(pages: list[list[str]]) -> bytes:
    """The paragraphs as a PDF: Helvetica 10 on 13, a gap between paragraphs, a page
    of the text on a page of the PDF (or more, when it does not fit)."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=56)
    pdf.set_margins(56, 56)
    pdf.set_font("Helvetica", size=10)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(pdf.w - 112, 13, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(9)
    return bytes(pdf.output())


def scanned_pdf(path: Path, pages: list[list[str]], *, seed: int = 1, skew: float = 0.6) -> Path:
    """The paragraphs typeset, then scanned: each page an image turned by ``skew``
    degrees, blurred and flecked with dust, in a PDF with no text."""
    rng = random.Random(seed)
    document = pypdfium2.PdfDocument(typeset(pages))
    images = []
    for page in document:
        image = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.8))
        draw = ImageDraw.Draw(image)
        for _ in range(300):
            x, y, size = rng.randrange(image.width), rng.randrange(image.height), rng.choice((1, 1, 2, 3))
            draw.ellipse((x, y, x + size, y + size), fill=rng.randrange(0, 120))
        images.append(image)
    document.close()
    out = FPDF(format="A4", unit="pt")
    out.set_creation_date(FIXED_DATE)
    for image in images:
        out.add_page()
        out.image(image, 0, 0, out.w, out.h)
    out.output(str(path))
    return Path(path)


def garbled_pdf(path: Path, pages: list[list[str]], garbled: set[int], *, seed: int = 5) -> Path:
    """The paragraphs in Helvetica 10 on 13, a page each; the pages numbered (1-based)
    in ``garbled`` drawn with a Helvetica whose ToUnicode map shuffles the letters."""
    count = len(pages)
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    shuffled = letters[:]
    random.Random(seed).shuffle(shuffled)
    swap = dict(zip(letters, shuffled)) | {a.upper(): b.upper() for a, b in zip(letters, shuffled)}
    cmap = _to_unicode({code: swap.get(chr(code), chr(code)) for code in range(0x20, 0x7F)})
    first_font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * n) for n in range(count)), count)]
    for number, paragraphs in enumerate(pages, start=1):
        font = b"/F2" if number in garbled else b"/F1"
        content = _content(paragraphs, font)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                       % (first_font, first_font + 1, 4 + 2 * (number - 1)))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
                   b"/ToUnicode %d 0 R >>" % (first_font + 2))
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap))
    return write_objects(path, objects)


def _content(paragraphs: list[str], font: bytes) -> bytes:
    """A page's content stream: lines of at most 95 characters from the top left, 13 pt
    apart, 9 pt more between paragraphs (as ``typeset`` lays them out)."""
    ops = [b"BT " + font + b" 10 Tf 13 TL 56 776 Td"]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 95):
            escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        ops.append(b"0 -9 Td")
    ops.append(b"ET")
    return zlib.compress(b"\n".join(ops))


def _to_unicode(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap for one-byte codes."""
    entries = b"".join(b"<%02X> <%04X>\n" % (code, ord(char)) for code, char in sorted(mapping.items()))
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Shuffled def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"%d beginbfchar\n%sendbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end" % (len(mapping), entries))
