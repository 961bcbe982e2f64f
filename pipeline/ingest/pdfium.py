"""The fast PDF reader: a page's words from pdfium's characters.

pdfium (through pypdfium2) decodes a page's text some fifty times faster than
pdfminer, on which pdfplumber is built. Its characters are turned into the
words pdfplumber's ``extract_words`` gives, computed the way pdfminer computes
them: ``x0`` at the glyph's origin, ``x1`` at the end of its advance, ``top``
and ``bottom`` from the baseline, the font size and the font's descent. Both
readers then feed the one layout in ``layout.py``.

A page whose characters pdfium cannot place as pdfminer would (a rotated page,
text that is not upright and horizontal, a glyph without a Unicode mapping) is
not read here: ``read_page`` returns None and the page goes to pdfplumber.

pdfium is not thread-safe: one document is read at a time in a process.
"""

from __future__ import annotations

import ctypes
from operator import itemgetter
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium
from pdfminer.fontmetrics import FONT_METRICS
from pypdfium2 import PdfiumError  # what open_pdf and read_page raise
from pdfplumber.utils.text import LIGATURES

from .layout import X_TOLERANCE, Y_TOLERANCE

_LIGATURES = frozenset(LIGATURES)



def _bare(function, restype):
    """One of pdfium's functions without pypdfium2's argument checks, which
    cost more than the call itself: these are called for every character."""
    bare = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    bare.argtypes, bare.restype = None, restype
    return bare


# The text object a character belongs to, as an address (None: pdfium made the
# character up, a space or line break it inferred from the gaps).
_text_object = _bare(pdfium.FPDFText_GetTextObject, ctypes.c_void_p)
_unicode = _bare(pdfium.FPDFText_GetUnicode, ctypes.c_uint)
_unmapped = _bare(pdfium.FPDFText_HasUnicodeMapError, ctypes.c_int)
_origin = _bare(pdfium.FPDFText_GetCharOrigin, ctypes.c_int)
_loose_box = _bare(pdfium.FPDFText_GetLooseCharBox, ctypes.c_int)


# pdfium marks a hyphen or soft hyphen that ends a line with this code; a
# hyphen it is, so that normalisation rejoins the word ("migra-" "tion").
_LINE_END_HYPHEN = 0x02
_HYPHEN = "-"


def open_pdf(path: Path) -> pypdfium2.PdfDocument:
    """The document, for ``read_page``; raises pypdfium2.PdfiumError when pdfium cannot open it."""
    return pypdfium2.PdfDocument(str(path))


def read_page(pdf: pypdfium2.PdfDocument, index: int) -> tuple[list[dict], float] | None:
    """The words of page ``index`` (0-based) and the page's width, or None when
    the page is for pdfplumber to read."""
    page = pdf[index]
    try:
        if page.get_rotation():
            return None
        box = _mediabox(page)
        if box is None:
            return None
        left, bottom, right, top = box
        textpage = page.get_textpage()
        try:
            # pdfplumber measures tops from the MediaBox's height above its
            # bottom edge as if that edge were at y = 0 (it is, for most PDFs).
            chars = _chars(textpage.raw, top - bottom)
        finally:
            textpage.close()
    finally:
        page.close()
    if chars is None:
        return None
    return words(chars), right - left


def page_inches(pdf: pypdfium2.PdfDocument, index: int) -> float:
    """The area of page ``index`` in square inches (from its box alone: the page is not loaded)."""
    width, height = pdf.get_page_size(index)
    return width * height / 72**2


def drawn(pdf: pypdfium2.PdfDocument, index: int) -> bool:
    """Whether anything at all is drawn on page ``index``."""
    page = pdf[index]
    try:
        return pdfium.FPDFPage_CountObjects(page.raw) > 0
    finally:
        page.close()


def image_inches(pdf: pypdfium2.PdfDocument, index: int) -> float:
    """The area that the images drawn on page ``index`` cover, in square inches (clipped to
    the page; overlapping images counted once each, up to the page's area)."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        covered = 0.0
        for image in page.get_objects(filter=(pdfium.FPDF_PAGEOBJ_IMAGE,), max_depth=1):
            left, bottom, right, top = image.get_bounds()
            covered += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    finally:
        page.close()
    return min(covered, width * height) / 72**2


def _mediabox(page) -> tuple[float, float, float, float] | None:
    """The page's MediaBox, from which pdfplumber measures (pdfium's own getter
    does not look up a box the page inherits from the page tree)."""
    box = page.get_mediabox(fallback_ok=False)
    if box is None and page.get_cropbox(fallback_ok=False) is None:
        box = page.get_bbox()  # the inherited MediaBox, since no CropBox narrows it
    return box


class _Font:
    """What the characters of one text object share: their scale, descent and
    whether they are upright and horizontal."""

    __slots__ = ("height", "descent", "upright")

    def __init__(self, textpage, index: int, obj: int):
        matrix = pdfium.FS_MATRIX()
        pdfium.FPDFText_GetMatrix(textpage, index, matrix)
        self.upright = matrix.a > 0 and matrix.d > 0 and matrix.b == 0 and matrix.c == 0
        # pdfminer's character box is one font size tall, in text space.
        size = pdfium.FPDFText_GetFontSize(textpage, index)
        self.height = size * matrix.d
        self.descent = _descent(pdfium.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium.FPDF_PAGEOBJECT)), size) * matrix.d


def _descent(font, size: float) -> float:
    """The font's descent below the baseline at ``size``, as pdfminer takes it:
    from its own metrics for the standard fonts, else from the font descriptor."""
    buffer = ctypes.create_string_buffer(256)
    length = pdfium.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
    name = buffer.value.decode("latin-1") if 0 < length <= len(buffer) else ""
    if name in FONT_METRICS:
        return -abs(FONT_METRICS[name][0].get("Descent", 0)) * size / 1000
    descent = ctypes.c_float()
    if not pdfium.FPDFFont_GetDescent(font, ctypes.c_float(size), descent):
        return 0.0
    return -abs(descent.value)


def _chars(textpage, page_top: float) -> list[tuple] | None:
    """The page's characters as (text, x0, x1, top, bottom), in the order of the
    content stream; None when one of them cannot be placed."""
    handle = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
    x, y, box = ctypes.c_double(), ctypes.c_double(), pdfium.FS_RECTF()
    x_at, y_at, box_at = ctypes.byref(x), ctypes.byref(y), ctypes.byref(box)
    fonts: dict[int, _Font] = {}
    chars: list[list] = []
    for index in range(pdfium.FPDFText_CountChars(textpage)):
        obj = _text_object(handle, index)
        if obj is None:
            continue
        font = fonts.get(obj)
        if font is None:
            font = fonts[obj] = _Font(textpage, index, obj)
        if not font.upright or _unmapped(handle, index):
            return None
        _origin(handle, index, x_at, y_at)
        _loose_box(handle, index, box_at)
        code = _unicode(handle, index)
        bottom = page_top - (y.value + font.descent)
        chars.append([_HYPHEN if code == _LINE_END_HYPHEN else chr(code), x.value, box.right,
                      bottom - font.height, bottom, obj, y.value])
    # The loose box reaches past the advance where a glyph overhangs it (italics);
    # the next glyph of the same run starts where the advance ends.
    for char, following in zip(chars, chars[1:]):
        if following[5] == char[5] and following[6] == char[6] and char[1] < following[1] < char[2]:
            char[2] = following[1]
    return [tuple(c[:5]) for c in chars]


def words(chars: list[tuple]) -> list[dict]:
    """Characters (text, x0, x1, top, bottom) -> words, as pdfplumber's
    ``extract_words(x_tolerance=1.5, y_tolerance=3)`` groups upright characters:
    lines of characters whose tops lie within the tolerance of each other, each
    line left to right, a word ending at a space or a gap wider than the tolerance."""
    out: list[dict] = []
    for line in _lines(chars):
        word: list[tuple] = []
        for char in line:
            if char[0].isspace():
                _flush(word, out)
                word = []
            elif word and _begins_word(word[-1], char):
                _flush(word, out)
                word = [char]
            else:
                word.append(char)
        _flush(word, out)
    return out


def _lines(chars: list[tuple]) -> list[list[tuple]]:
    # pdfplumber's cluster_objects: distinct tops sorted, a new cluster wherever
    # one is more than the tolerance below the previous; characters ordered by
    # cluster (stably), then each cluster by x0 (stably).
    cluster: dict[float, int] = {}
    number, last = 0, None
    for top in sorted({c[3] for c in chars}):
        if last is not None and top > last + Y_TOLERANCE:
            number += 1
        cluster[top] = number
        last = top
    lines: dict[int, list[tuple]] = {}
    for char in chars:
        lines.setdefault(cluster[char[3]], []).append(char)
    return [sorted(lines[k], key=itemgetter(1)) for k in sorted(lines)]


def _begins_word(previous: tuple, char: tuple) -> bool:
    return char[1] < previous[1] or char[1] > previous[2] + X_TOLERANCE or abs(char[3] - previous[3]) > Y_TOLERANCE


def _flush(word: list[tuple], out: list[dict]) -> None:
    if word:
        texts, x0, x1, top, bottom = zip(*word)
        text = "".join(texts)
        if not _LIGATURES.isdisjoint(text):  # as extract_words: "ﬁ" -> "fi"
            text = "".join(LIGATURES.get(c, c) for c in text)
        out.append({"text": text, "x0": min(x0), "x1": max(x1), "top": min(top), "bottom": max(bottom)})
