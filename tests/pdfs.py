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
