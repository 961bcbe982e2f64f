"""Build the corpus PDF cases from their JSON specs.

``build_pdf(spec_path, out_path)`` reads ``<case>.pdf.json`` and writes a PDF that looks like a
page of a converted voluntary GCM review: a running header and footer on every page, headings,
justified paragraphs that wrap and break across pages, optional two-column pages and simple
tables. Output is deterministic: the same spec gives byte-identical files (fixed creation date,
no random document id).

Spec format (UTF-8 JSON object). All text is drawn with a core font (Helvetica or Times), so
every string must be encodable as latin-1 (use "-" rather than an en dash, straight quotes)::

    {
      "title": "metadata title",                     # optional
      "font": "Helvetica",                           # optional: "Helvetica" (default) or "Times"
      "font_size": 11,                               # optional: body size in points
      "creation_date": "2022-01-01T00:00:00+00:00",  # optional: fixed PDF creation date
      "header": "Kingdom of X - Voluntary GCM Review",   # optional, on every page
      "footer": "Page {page} of {pages}",            # optional, on every page
      "blocks": [ ... ]                              # the content, in reading order
    }

``{page}`` and ``{pages}`` in the header and footer become the page number and page count.

Blocks (each an object with a ``type``):

``{"type": "title", "text": "..."}``
    A large bold centred title; the text may contain line breaks.
``{"type": "heading", "text": "...", "level": 1}``
    A bold heading; level 1 (default) or level 2 (smaller). Line breaks in the text are kept,
    so a heading can be split over two lines as in converted reviews.
``{"type": "paragraph", "text": "..."}``
    Body text, justified and wrapped automatically; pages break automatically.
``{"type": "lines", "lines": ["...", "..."]}``
    Short lines printed as given, one per line (tables of contents, lists, key figures).
``{"type": "table", "rows": [["Indicator", "2019", "2020"], ["...", "1", "2"]], "col_widths": [3, 1, 1]}``
    A ruled table; the first row is the header row; ``col_widths`` (optional) are relative.
``{"type": "columns", "count": 2, "blocks": [ ... ]}``
    Heading and paragraph blocks flowed over ``count`` columns (default 2), continuing on new
    pages as needed; the columns of the last page are balanced.
``{"type": "page_break"}``
    Starts a new page.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fpdf import FPDF

DEFAULT_CREATION_DATE = "2022-01-01T00:00:00+00:00"
LINE_HEIGHT = 1.35  # line height as a multiple of the font size
PT_TO_MM = 0.3528  # millimetres per typographic point


class _ReviewPDF(FPDF):
    """FPDF with a running header and footer taken from the spec."""

    def __init__(self, spec: dict) -> None:
        super().__init__(format="A4", unit="mm")
        self.family = spec.get("font", "Helvetica")
        self.body_size = float(spec.get("font_size", 11))
        self.header_text = spec.get("header", "")
        self.footer_text = spec.get("footer", "")

    def _running(self, template: str) -> str:
        return template.replace("{page}", str(self.page_no())).replace(
            "{pages}", self.str_alias_nb_pages
        )

    def header(self) -> None:
        if self.header_text:
            self.set_font(self.family, "I", 9)
            self.cell(0, 6, self._running(self.header_text), align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-15)
            self.set_font(self.family, "I", 9)
            self.cell(0, 6, self._running(self.footer_text), align="C")

    def line_h(self, size: float) -> float:
        return size * PT_TO_MM * LINE_HEIGHT


def _check_latin1(value: object, where: str) -> None:
    """Fail early, with the place, on text the core fonts cannot draw."""
    if isinstance(value, str):
        try:
            value.encode("latin-1")
        except UnicodeEncodeError as err:
            raise ValueError(f"{where}: text is not latin-1: {value[err.start:err.end]!r}") from err
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_latin1(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_latin1(item, f"{where}.{key}")


def _heading_size(pdf: _ReviewPDF, level: int) -> float:
    return pdf.body_size + (2 if level <= 1 else 0)


def _render_block(pdf: _ReviewPDF, block: dict) -> None:
    kind = block["type"]
    size = pdf.body_size
    if kind == "title":
        pdf.set_font(pdf.family, "B", size + 6)
        pdf.multi_cell(0, pdf.line_h(size + 6), block["text"], align="C",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    elif kind == "heading":
        hsize = _heading_size(pdf, block.get("level", 1))
        pdf.ln(2)
        pdf.set_font(pdf.family, "B", hsize)
        pdf.multi_cell(0, pdf.line_h(hsize), block["text"], align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "paragraph":
        pdf.set_font(pdf.family, "", size)
        pdf.multi_cell(0, pdf.line_h(size), block["text"], align="J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind == "lines":
        pdf.set_font(pdf.family, "", size)
        for line in block["lines"]:
            pdf.multi_cell(0, pdf.line_h(size), line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind == "table":
        pdf.set_font(pdf.family, "", size - 1)
        rows = block["rows"]
        widths = block.get("col_widths") or [1] * len(rows[0])
        with pdf.table(col_widths=tuple(widths), first_row_as_headings=True,
                       line_height=pdf.line_h(size - 1) + 1, text_align="LEFT") as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(str(cell))
        pdf.ln(4)
    elif kind == "columns":
        _render_columns(pdf, block)
    elif kind == "page_break":
        pdf.add_page()
    else:
        raise ValueError(f"unknown block type: {kind!r}")


def _render_columns(pdf: _ReviewPDF, block: dict) -> None:
    size = pdf.body_size
    with pdf.text_columns(ncols=int(block.get("count", 2)), gutter=8, balance=True,
                          text_align="JUSTIFY", line_height=LINE_HEIGHT) as cols:
        for inner in block["blocks"]:
            if inner["type"] == "heading":
                pdf.set_font(pdf.family, "B", _heading_size(pdf, inner.get("level", 1)))
                with cols.paragraph(text_align="LEFT", top_margin=2, bottom_margin=2) as par:
                    par.write(inner["text"])
            elif inner["type"] == "paragraph":
                pdf.set_font(pdf.family, "", size)
                with cols.paragraph(bottom_margin=3) as par:
                    par.write(inner["text"])
            else:
                raise ValueError(f"block type {inner['type']!r} is not allowed inside columns")
    pdf.ln(3)


def build_pdf(spec_path: Path, out_path: Path) -> None:
    """Render the JSON spec at ``spec_path`` as a PDF written to ``out_path``."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    _check_latin1(spec, "spec")
    pdf = _ReviewPDF(spec)
    pdf.set_creation_date(dt.datetime.fromisoformat(spec.get("creation_date", DEFAULT_CREATION_DATE)))
    if spec.get("title"):
        pdf.set_title(spec["title"])
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.add_page()
    for block in spec["blocks"]:
        _render_block(pdf, block)
    pdf.output(str(out_path))
