"""PDF -> the text of each page, each page read by the first reader that can.

Readers are tried in order for every page: pdfium first (fast), pdfplumber for
the pages pdfium declines (see ``pdfium.read_page``) and for documents pdfium
cannot open. Whichever reads a page, its words go through the same layout
(``layout.page_text``), and the name of the reader is kept for the ``pages``
table. A new reader (OCR of scanned pages, say) is one more class with
``name``, ``read`` and ``close``, put in the list where it should be tried.

pdfminer (under pdfplumber) opens every PDF first, so that a damaged or
encrypted file gets the same one-line message whichever reader reads it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Protocol

from . import pdfium
from .errors import IngestError
from .layout import X_TOLERANCE, Y_TOLERANCE, page_text

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
            self.pdf = None  # pdfplumber reads it all
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


def read_pdf(
    path: Path, *, max_pages: int, deadline: float | None, on_page: Callable[[int, int], None] | None = None,
) -> tuple[list[str], list[str]]:
    """The text of every page, and the name of the reader that read each.
    ``on_page(number, pages)`` is called before each page is read."""
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
            readers: list[PageReader] = [PdfiumReader(path, count), PlumberReader(pdf)]
            try:
                for index in range(count):
                    if deadline is not None and time.monotonic() > deadline:
                        raise IngestError(stopped_message(index + 1, count))
                    if on_page is not None:
                        on_page(index + 1, count)
                    for reader in readers:
                        read = reader.read(index)
                        if read is not None:
                            break
                    texts.append(page_text(*read))
                    names.append(reader.name)
            finally:
                for reader in readers:
                    reader.close()
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
    if not any(text.strip() for text in texts):
        raise IngestError("no text layer: the document needs OCR")
    return texts, names


def stopped_message(page: int, pages: int) -> str:
    """What a document gets when reading it passed the time limit at ``page``."""
    return f"reading stopped at page {page} of {pages}: over the time limit; raise --time-limit to read it"


def _one_line(exc: BaseException | object, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
