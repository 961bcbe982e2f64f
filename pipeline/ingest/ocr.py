"""The OCR reader: a scanned page's words, read by Tesseract from a rendering.

A page is rendered by pdfium at 300 dpi in grey and read by Tesseract 5
(through tesserocr, in this process, so that the worker's time and memory
limits hold for it too), in the document's language, or in English, Spanish and
French at once when it is not known. Tesseract's words become the words a text
layer gives (``text``, ``x0``, ``x1``, ``top``, ``bottom`` in points), so that
the one layout in ``layout.py`` makes their lines, columns and paragraphs:

- a slightly skewed scan is straightened first: every word's box is turned by
  the skew its lines' baselines show;
- a line's words share the line's top and bottom, as a text layer's words share
  their font's, whatever letters they have (a word without ascenders is no
  lower than the others, and a paragraph gap is measured between lines);
- a speck read as a mark is dropped: a lone mark the size of a dot, and where
  Tesseract is unsure of a word, the marks at its ends, or the whole word when it
  is only a mark or one character;
- a word Tesseract is not sure of that is one letter off a heading word of the
  rules (``(Qbjectifs``, ``Ârea``) is mended: a slip there costs a whole section.

Tesseract releases the GIL while it reads, so the pages of a long scan are read
by a few threads at once, each with its own engine; pdfium, which is not
thread-safe, renders them one at a time in the calling thread.
"""

from __future__ import annotations

import glob
import math
import os
import re
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Callable, Iterable

from .normalise import detect_language

DPI = 300
TESSERACT_LANGUAGES = {"en": "eng", "es": "spa", "fr": "fra"}
ALL_LANGUAGES = "eng+spa+fra"  # for a document whose language is not known
PROBES = 3  # pages read in all three languages, at most, to tell a document's language
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-fra"
_MEND_BELOW = 90  # a word Tesseract is less sure of may be mended to the heading word it nearly is
_UNSURE = 50  # below this confidence, Tesseract may have read a speck as part of a word, or as one
_SPECK_MARKS = "'\"`‘’“”_|~^"

# Where Debian, Fedora, Homebrew and a build from source put Tesseract's language data.
_TESSDATA = (
    "/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata", "/usr/local/share/tesseract-ocr/*/tessdata",
)


class OcrUnavailable(Exception):
    """Tesseract or one of its languages is not installed; the message says what to install."""


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on a page: its words (as a text layer's), the page's width in
    points, and the mean confidence of the words (0-100; None when it read none)."""

    words: list[dict]
    width: float
    confidence: float | None

    @property
    def text(self) -> str:
        return " ".join(word["text"] for word in self.words)


def tesseract_languages(language: str) -> str:
    """Tesseract's name of a document's language, all three when it is unknown."""
    return TESSERACT_LANGUAGES.get(language, ALL_LANGUAGES)


def tessdata(languages: str) -> str:
    """The folder of Tesseract's language data that holds every one of ``languages``
    ("eng+spa"); OcrUnavailable when none does or tesserocr is missing."""
    try:
        import tesserocr  # noqa: F401
    except ImportError as exc:
        raise OcrUnavailable("Tesseract's Python binding is not installed: pip install tesserocr") from exc
    wanted = languages.split("+")
    folders = [os.environ.get("TESSDATA_PREFIX", "")] + [f for pattern in _TESSDATA for f in sorted(glob.glob(pattern))]
    for folder in folders:
        if folder and all((Path(folder) / f"{lang}.traineddata").is_file() for lang in wanted):
            return str(folder).rstrip("/") + "/"
    raise OcrUnavailable(f"Tesseract is not installed (no {', '.join(wanted)} language data found): {INSTALL}")


class _Engines:
    """Tesseract engines kept for the life of the process, one per thread at a time:
    loading a language's model costs more than reading a sparse page."""

    def __init__(self):
        self._idle: dict[tuple[str, str], list] = {}
        self._lock = threading.Lock()

    def take(self, path: str, languages: str):
        with self._lock:
            idle = self._idle.get((path, languages))
            if idle:
                return idle.pop()
        from tesserocr import OEM, PSM, PyTessBaseAPI

        try:
            return PyTessBaseAPI(path=path, lang=languages, psm=PSM.AUTO, oem=OEM.LSTM_ONLY)
        except RuntimeError as exc:  # the data is there but Tesseract cannot load it
            raise OcrUnavailable(f"Tesseract cannot load {languages} from {path} ({exc}): {INSTALL}") from exc

    def give_back(self, path: str, languages: str, engine) -> None:
        with self._lock:
            self._idle.setdefault((path, languages), []).append(engine)


_ENGINES = _Engines()


def ocr_pages(
    pdf, indexes: Iterable[int], language: str, *, threads: int = 1,
    before: Callable[[int], None] | None = None,
) -> dict[int, OcrPage]:
    """Pages ``indexes`` (0-based) of a pypdfium2 document read by Tesseract, up to
    ``threads`` at a time, in ``language`` (an ISO 639-1 code). When it is not one of
    Tesseract's here, the first pages are read one at a time in all three languages,
    until their words tell the language (at most ``PROBES`` of them); the others are
    read in it. ``before(index)`` is called before each page is rendered (to report
    progress, or to stop by raising). OcrUnavailable when Tesseract cannot run."""
    todo = deque(indexes)
    read: dict[int, OcrPage] = {}
    while language not in TESSERACT_LANGUAGES and todo and len(read) < PROBES:
        index = todo.popleft()
        read[index] = _read_page(pdf, index, ALL_LANGUAGES, before)
        language = detect_language("\n".join(page.text for page in read.values()))
    if todo:
        read |= _read_pages(pdf, list(todo), tesseract_languages(language), threads, before)
    return read


def _read_page(pdf, index: int, languages: str, before: Callable[[int], None] | None) -> OcrPage:
    path = tessdata(languages)
    if before is not None:
        before(index)
    return _read_image(render(pdf, index), path, languages)


def _read_pages(pdf, indexes: list[int], languages: str, threads: int,
                before: Callable[[int], None] | None) -> dict[int, OcrPage]:
    """Pages read by ``threads`` threads, rendered one at a time in this thread."""
    path = tessdata(languages)
    threads = max(1, min(threads, len(indexes)))
    read: dict[int, OcrPage] = {}
    with ThreadPoolExecutor(threads, thread_name_prefix="ocr") as pool:
        pending: deque[tuple[int, Future]] = deque()
        try:
            for index in indexes:
                while len(pending) > threads:  # a rendering waits only for a free thread: memory stays bounded
                    done, future = pending.popleft()
                    read[done] = future.result()
                if before is not None:
                    before(index)
                image = render(pdf, index)
                pending.append((index, pool.submit(_read_image, image, path, languages)))
            for done, future in pending:
                read[done] = future.result()
        except BaseException:
            for _, future in pending:
                future.cancel()
            raise
    return read


def render(pdf, index: int):
    """Page ``index`` as a grey Pillow image at ``DPI``, turned as the page is shown."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        try:
            return bitmap.to_pil().copy()  # the bitmap's buffer is freed with it
        finally:
            bitmap.close()
    finally:
        page.close()


def _read_image(image, path: str, languages: str) -> OcrPage:
    engine = _ENGINES.take(path, languages)
    try:
        engine.SetImage(image)
        engine.Recognize()
        lines = _lines(engine)
        engine.Clear()
    finally:
        _ENGINES.give_back(path, languages, engine)
    codes = [code for code, name in TESSERACT_LANGUAGES.items() if name in languages.split("+")]
    return page_words(lines, image.width, codes)


# A word as Tesseract gives it: its confidence, and its characters, each with its box in
# pixels (left, top, right, bottom).
Box = tuple[int, int, int, int]
Word = tuple[float, list[tuple[str, Box]]]


@dataclass(frozen=True)
class Line:
    """A line as Tesseract gives it, in pixels: its words, its baseline ((x1, y1), (x2, y2)),
    and its height above and below the baseline, from the shapes of all its letters."""

    words: list[Word]
    baseline: tuple[tuple[int, int], tuple[int, int]]
    height: float  # from the lowest descender to the highest ascender
    descent: float  # below the baseline


def _lines(engine) -> list[Line]:
    """The lines Tesseract read on the page it was given."""
    from tesserocr import PT, RIL, iterate_level

    lines: list[Line] = []
    iterator = engine.GetIterator()
    if iterator is None:
        return lines
    text_blocks = {PT.FLOWING_TEXT, PT.HEADING_TEXT, PT.PULLOUT_TEXT, PT.TABLE, PT.CAPTION_TEXT, PT.VERTICAL_TEXT}
    for symbol in iterate_level(iterator, RIL.SYMBOL):
        if symbol.BlockType() not in text_blocks:
            continue  # a picture, a rule, noise: no line to measure (asking for one crashes)
        if symbol.IsAtBeginningOf(RIL.TEXTLINE) or not lines:
            row = symbol.RowAttributes()
            lines.append(Line([], symbol.Baseline(RIL.TEXTLINE), row["row_height"], -row["descenders"]))
        words = lines[-1].words
        if symbol.IsAtBeginningOf(RIL.WORD) or not words:
            words.append((symbol.Confidence(RIL.WORD), []))
        text = symbol.GetUTF8Text(RIL.SYMBOL)
        if text and not text.isspace():
            words[-1][1].append((text, symbol.BoundingBox(RIL.SYMBOL)))
    return lines


def page_words(lines: list[Line], width: int, languages: list[str] = ()) -> OcrPage:
    """Tesseract's lines (in pixels) -> a text layer's words (in points): straightened
    by the skew of the baselines, specks dropped, heading words mended (in the
    ``languages`` read, ISO 639-1 codes), each word as tall as its line, as a text
    layer's words are as tall as their font (however many specks touch them)."""
    mend = _Mender(languages)
    slope = _skew(line.baseline for line in lines)
    cos, sin = 1 / math.hypot(1, slope), slope / math.hypot(1, slope)
    scale = 72 / DPI
    words: list[dict] = []
    confidences: list[float] = []
    for line in lines:
        kept = [part for word in line.words for part in _unspecked(word, line.height)]
        if not kept or not line.baseline:
            continue
        (x1, y1), (x2, y2) = line.baseline
        bottom = ((y1 + y2) / 2 * cos - (x1 + x2) / 2 * sin + line.descent) * scale
        top = bottom - line.height * scale
        for text, conf, (left, upper, right, lower) in kept:
            # The box's centre turned back by the skew.
            x = ((left + right) / 2 * cos + (upper + lower) / 2 * sin) * scale
            half = (right - left) / 2 * scale
            text = mend(text) if conf < _MEND_BELOW else text
            words.append({"text": text, "x0": x - half, "x1": x + half, "top": top, "bottom": bottom})
            confidences.append(conf)
    confidence = sum(confidences) / len(confidences) if confidences else None
    return OcrPage(words, width * scale, confidence)


def _unspecked(word: Word, line_height: float) -> list[tuple[str, float, Box]]:
    """A word as text, confidence and box, without the specks Tesseract may have read
    as marks: a mark other than a full stop or a comma no bigger than a fifth of the
    line's height (a quote, a colon, a dash are longer than that), which parts the word
    in two where it stood between letters; where Tesseract is unsure of a word, the
    marks at its ends, or the whole word when it is only a mark or one character. A
    word may so give none, one or two words."""
    confidence, characters = word
    dot = line_height / 5
    parts: list[list[tuple[str, Box]]] = [[]]
    for text, box in characters:
        if not text.isalnum() and text not in ".," and max(box[2] - box[0], box[3] - box[1]) <= dot:
            parts.append([])
        else:
            parts[-1].append((text, box))
    words = []
    for part in parts:
        text = "".join(t for t, _ in part)
        if confidence < _UNSURE:
            text = text.lstrip(_SPECK_MARKS + ".,:;").rstrip(_SPECK_MARKS)
            if len(text) < 2:
                continue
        if not any(c.isalnum() for c in text):
            if not text or confidence < _UNSURE or all(max(b[2] - b[0], b[3] - b[1]) <= dot for _, b in part):
                continue
        boxes = [b for _, b in part]
        words.append((text, confidence, (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                         max(b[2] for b in boxes), max(b[3] for b in boxes))))
    return words


class _Mender:
    """Mends a word one letter off a heading word of the rules ("(Qbjectifs" -> "(Objectifs",
    "Ârea" -> "Área"): a slip there costs a whole section. A word of the dictionary, or
    one letter off two heading words, is left as it is."""

    def __init__(self, languages: list[str]):
        from ..rules import lexicon
        from .quality import dictionaries

        self.headings = sorted({w for lang in languages for w in lexicon(lang).heading_words if len(w) >= 4})
        self.known = dictionaries()

    def __call__(self, text: str) -> str:
        match = re.fullmatch(r"(\W*)([^\W\d_]{4,})(\W*)", text)
        if not match or not self.headings:
            return text
        lead, word, trail = match.groups()
        lower = word.lower()
        if any(lower in known for known in self.known.values()):
            return text
        near = [heading for heading in self.headings if _one_edit(lower, heading)]
        if len(near) != 1:
            return text
        mended = near[0].upper() if word.isupper() else near[0].capitalize() if word[0].isupper() else near[0]
        return lead + mended + trail


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or removing one letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


def _skew(baselines: Iterable[tuple]) -> float:
    """The page's skew as a slope (down to the right is positive): the median of its
    long lines' baselines; 0 when no line is long enough to tell."""
    slopes = [(y2 - y1) / (x2 - x1) for (x1, y1), (x2, y2) in (b for b in baselines if b)
              if x2 - x1 > DPI]  # a baseline an inch long
    return median(slopes) if slopes else 0.0
