"""PDF -> the text of each page, each page read by the first reader that can.

Readers are tried in order for every page: pdfium first (fast), pdfplumber for
the pages pdfium declines (see ``pdfium.read_page``) and for documents pdfium
cannot open. Then the pages whose text layer is missing or fails the checks of
``quality.py`` are read by OCR (``ocr.py``), when it is on and installed.
Whichever reads a page, its words go through the same layout
(``layout.page_text``), and the name of the reader is kept for the ``pages``
table, with Tesseract's confidence for a page it read.

pdfminer (under pdfplumber) opens every PDF first, so that a damaged or
encrypted file gets the same one-line message whichever reader reads it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from . import pdfium, quality
from .errors import IngestError
from .layout import X_TOLERANCE, Y_TOLERANCE, page_text
from .normalise import detect_language

_ENCRYPTED = "encrypted PDF: it needs a password; save a copy without one"
_DAMAGED = "the file is damaged or not a PDF; download or export it again"

Words = tuple[list[dict], float]  # a page's words (text, x0, x1, top, bottom) and its width


class PageReader(Protocol):
    name: str

    def read(self, index: int) -> Words | None:
        """Page ``index`` (0-based), or None to leave it to the next reader."""

    def close(self) -> None: ...


class PdfiumReader:
    name = "pdfium"

    def __init__(self, path: Path, pages: int):
        try:
            self.pdf = pdfium.open_pdf(path)
        except pdfium.PdfiumError:
            self.pdf = None  # pdfplumber reads it all, and no page can be rendered for OCR
        if self.pdf is not None and len(self.pdf) != pages:  # the two disagree on a damaged page tree
            self.close()

    def read(self, index: int) -> Words | None:
        if self.pdf is None:
            return None
        try:
            return pdfium.read_page(self.pdf, index)
        except pdfium.PdfiumError:
            return None

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None


class PlumberReader:
    name = "pdfplumber"

    def __init__(self, pdf):
        self.pdf = pdf

    def read(self, index: int) -> Words:
        page = self.pdf.pages[index]
        words = page.extract_words(x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE, keep_blank_chars=False)
        width = float(page.width)
        page.close()  # pdfplumber caches each page's objects; a long review would keep them all
        return words, width

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class PdfPages:
    """A PDF's pages as read: the text of each, its reader, Tesseract's mean confidence
    for a page read by OCR (None for the others), and what the tables should warn of."""

    texts: list[str]
    readers: list[str]
    confidence: list[float | None]
    warnings: list[str]
    ocr_skipped: int = 0  # pages that need OCR but keep their text layer


def read_pdf(
    path: Path, *, max_pages: int, deadline: float | None, on_page: Callable[[int, int], None] | None = None,
    ocr: bool = True, ocr_threads: int = 1,
) -> PdfPages:
    """The text of every page, the reader of each and what is worth a warning.
    ``on_page(number, pages)`` is called before each page is read (again before a
    page is read by OCR). ``ocr`` off, a page that needs OCR keeps its text layer,
    with a warning; ``ocr_threads`` pages are read by OCR at once."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    texts: list[str] = []
    names: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            if count > max_pages:
                raise IngestError(f"{count} pages, over the limit of {max_pages}: raise --max-pages to read it")
            scans = PdfiumReader(path, count)  # kept open after the text layers: OCR renders its pages
            readers: list[PageReader] = [scans, PlumberReader(pdf)]
            try:
                for index in range(count):
                    _check(deadline, index, count)
                    if on_page is not None:
                        on_page(index + 1, count)
                    for reader in readers:
                        read = reader.read(index)
                        if read is not None:
                            break
                    texts.append(page_text(*read))
                    names.append(reader.name)
            except BaseException:
                scans.close()
                raise
    except IngestError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestError(_ENCRYPTED) from exc
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError(_ENCRYPTED) from exc
        raise IngestError(f"not a readable PDF ({_one_line(cause)}): {_DAMAGED}") from exc
    except PDFSyntaxError as exc:
        raise IngestError(f"not a readable PDF ({_one_line(exc)}): {_DAMAGED}") from exc
    except RecursionError as exc:
        raise IngestError(f"not a readable PDF (its objects refer to each other endlessly): {_DAMAGED}") from exc
    except Exception as exc:  # pdfminer raises many kinds of error on damaged files
        raise IngestError(f"not a readable PDF ({type(exc).__name__}: {_one_line(exc)}): {_DAMAGED}") from exc
    try:
        return _read_scans(scans.pdf, texts, names, ocr=ocr, threads=ocr_threads, deadline=deadline, on_page=on_page)
    finally:
        scans.close()


def _check(deadline: float | None, index: int, count: int) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise IngestError(stopped_message(index + 1, count))


def _read_scans(
    pdf, texts: list[str], names: list[str], *, ocr: bool, threads: int, deadline: float | None,
    on_page: Callable[[int, int], None] | None,
) -> PdfPages:
    """The pages with their text layers, those that need OCR read by it where it can."""
    count = len(texts)
    confidence: list[float | None] = [None] * count
    reasons = _needs_ocr(pdf, texts)
    wholly = not any(text.strip() for i, text in enumerate(texts) if i not in reasons)
    if not reasons:
        if wholly:
            raise IngestError("no text layer, and nothing drawn on any page: the document is blank")
        return PdfPages(texts, names, confidence, [])
    try:
        read = _ocr(pdf, texts, reasons, ocr=ocr, threads=threads, deadline=deadline, on_page=on_page)
    except OcrUnavailable as unavailable:
        if wholly:
            raise IngestError(f"no text layer: the document needs OCR; {unavailable}") from None
        return PdfPages(texts, names, confidence, [
            f"{len(reasons)} of {count} pages need OCR ({_reasons(reasons)}) and keep their text layer: {unavailable}"
        ], ocr_skipped=len(reasons))
    words, weighted = 0, 0.0
    for index, page in sorted(read.items()):
        if page.confidence is None or not _better(page, texts[index], reasons[index]):
            continue
        texts[index] = page_text(page.words, page.width)
        names[index] = OCR_READER
        confidence[index] = round(page.confidence, 1)
        words += len(page.words)
        weighted += page.confidence * len(page.words)
    if not words:
        if wholly:
            raise IngestError(f"no text layer, and OCR read no words on its {count} pages")
        return PdfPages(texts, names, confidence, [])
    pages = names.count(OCR_READER)
    return PdfPages(texts, names, confidence, [
        f"{pages} of {count} pages read by OCR, mean confidence {weighted / words:.0f}%"
    ])


OCR_READER = "ocr"


class OcrUnavailable(Exception):
    """The pages that need OCR cannot have it; the message says why and what to do."""


def _ocr(pdf, texts: list[str], reasons: dict[int, str], *, ocr: bool, threads: int,
         deadline: float | None, on_page: Callable[[int, int], None] | None) -> dict:
    """The pages of ``reasons`` read by OCR, in the language of the other pages."""
    if not ocr:
        raise OcrUnavailable("--no-ocr turned it off")
    if pdf is None:
        raise OcrUnavailable("pdfium cannot render its pages")
    from . import ocr as tesseract

    def before(index: int) -> None:
        _check(deadline, index, len(texts))
        if on_page is not None:
            on_page(index + 1, len(texts))

    language = detect_language("\f".join(t for i, t in enumerate(texts) if i not in reasons))
    try:
        return tesseract.ocr_pages(pdf, sorted(reasons), language, threads=threads, before=before)
    except tesseract.OcrUnavailable as missing:
        raise OcrUnavailable(str(missing)) from missing


def _needs_ocr(pdf, texts: list[str]) -> dict[int, str]:
    """Page index -> why it needs OCR, for the pages that do."""
    reasons = {}
    for index, text in enumerate(texts):
        if pdf is None:
            reason = quality.NO_TEXT if not text.strip() else None
        else:
            try:
                reason = quality.verdict(text, drawn=lambda: pdfium.drawn(pdf, index),
                                         page_inches=pdfium.page_inches(pdf, index),
                                         image_inches=lambda: pdfium.image_inches(pdf, index))
            except pdfium.PdfiumError:  # a page pdfium cannot load is read as its text layer says
                reason = quality.NO_TEXT if not text.strip() else None
        if reason:
            reasons[index] = reason
    return reasons


def _reasons(reasons: dict[int, str]) -> str:
    counts: dict[str, int] = {}
    for reason in reasons.values():
        counts[reason] = counts.get(reason, 0) + 1
    return ", ".join(f"{n} {reason}" if len(counts) > 1 else reason for reason, n in counts.items())


def _better(page, text: str, reason: str) -> bool:
    """Whether what OCR read replaces the page's text layer: always where the layer is
    missing or garbled; where it is only sparse for the images (a cover photograph and
    its title), when OCR read more than twice its dictionary words."""
    if reason != quality.SPARSE:
        return bool(page.words)
    read = quality.known_count(" ".join(w["text"] for w in page.words))
    return read >= quality.MIN_WORDS and read > 2 * quality.known_count(text)


def stopped_message(page: int, pages: int) -> str:
    """What a document gets when reading it passed the time limit at ``page``."""
    return f"reading stopped at page {page} of {pages}: over the time limit; raise --time-limit to read it"


def _one_line(exc: BaseException | object, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
