"""Real PDFs for the tests, written with fpdf2: pages of paragraphs, a running
header and footer with the page number, optionally two columns."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


def make_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    header: str | None = "Voluntary GCM Review",
    footer: str | None = "Page {page}",
    columns: int = 1,
) -> Path:
    """Write ``pages`` (each a list of paragraphs) to ``path``, one list per page."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    pdf.core_fonts_encoding = "windows-1252"  # curly quotes, dashes and € in the core fonts
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    width = pdf.w - 2 * 56
    for number, paragraphs in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_xy(56, 30)
            pdf.cell(width, 12, header, align="C")
        if footer:
            pdf.set_xy(56, pdf.h - 40)
            pdf.cell(width, 12, footer.format(page=number), align="C")
        column_width = (width - 20 * (columns - 1)) / columns
        per_column = -(-len(paragraphs) // columns)
        for column in range(columns):
            pdf.set_xy(56 + column * (column_width + 20), 70)
            for paragraph in paragraphs[column * per_column:(column + 1) * per_column]:
                pdf.set_x(56 + column * (column_width + 20))
                pdf.multi_cell(column_width, 13, paragraph, align="L")
                pdf.ln(9)
    pdf.output(str(path))
    return Path(path)


def hand_pdf(path: Path, contents: list[bytes], *, rotate: list[int] | None = None,
             mediabox: str = "0 0 595 842") -> Path:
    """A PDF written byte by byte: one page per content stream, drawn with
    Helvetica (WinAnsi), so that a test can use what fpdf2 never writes:
    scaled or rotated text matrices, kerning, rotated pages, odd MediaBoxes,
    unmapped glyphs."""
    count = len(contents)
    font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (3 + 2 * n) for n in range(count)), count)]
    for n, content in enumerate(contents):
        turn = b" /Rotate %d" % rotate[n] if rotate and rotate[n] else b""
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources << /Font << /F1 %d 0 R >> >> "
                       b"/Contents %d 0 R%s >>" % (mediabox.encode(), font, 4 + 2 * n, turn))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    return write_objects(path, objects)


def write_objects(path: Path, objects: list[bytes]) -> Path:
    """A PDF of these objects, numbered from 1 (the first is the catalog), with its
    cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)
