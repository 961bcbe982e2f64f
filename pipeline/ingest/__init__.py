"""ingest: Path -> Document.

The only package that knows about file formats. PDFs are read page by page,
each page by the reader that suits it (``pdf.py``: pdfium, else pdfplumber, and
OCR for a scanned page or a garbled text layer: ``quality.py``, ``ocr.py``),
their words laid out the same way (``layout.py``: two-column pages in reading
order, paragraph gaps kept as blank lines); text and markdown are decoded with
a fallback for legacy encodings (``text.py``). Both then go through the same
normalisation (``normalise.py``): repeated page headers and footers and page
numbers removed, words hyphenated across line ends rejoined, markdown
emphasis, glued footnote markers and common OCR slips mended. Pages are joined
with a form feed, so ``text.split("\\f")`` gives the pages back.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..models import Document
from .errors import IngestError
from .normalise import detect_language, normalise_pages, title_of
from .text import decode_text

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_MEMORY", "DEFAULT_MAX_PAGES", "DEFAULT_TIME_LIMIT", "FORMATS", "PAGE_BREAK", "IngestError",
    "Limits", "cores", "decode_text", "detect_language", "doc_id_for", "file_sha256", "ingest", "normalise_pages",
]

FORMATS = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md"}
PAGE_BREAK = "\f"
DEFAULT_MAX_PAGES = 1000
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_TIME_LIMIT = 300.0
DEFAULT_MAX_MEMORY = 4 * 1024**3  # bytes of address space for the process that reads a document
TEXT_READER = "text"  # the reader named in the pages table for the pages of a text file


@dataclass(frozen=True)
class Limits:
    """What one document may cost: pages, bytes and seconds; whether its scanned pages
    may be read by OCR (the costliest reading), and by how many threads at once
    (0: one per core)."""

    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float | None = DEFAULT_TIME_LIMIT
    ocr: bool = True
    ocr_threads: int = 0


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def doc_id_for(path: Path) -> str:
    """A stable, filesystem-safe id from the file name (its stem, slugged)."""
    stem = unicodedata.normalize("NFKD", path.stem)
    stem = "".join(c for c in stem if not unicodedata.combining(c)).lower()
    slug = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_.-]+", "-", stem)).strip("-.")
    return slug or "document"


def ingest(path: Path, limits: Limits = Limits(), *, on_page: Callable[[int, int], None] | None = None) -> Document:
    """Read one review. Raises IngestError with a one-line reason when it cannot;
    ``limits`` keep one document from stalling a run (the time is checked between
    PDF pages); ``on_page(number, pages)`` is called before each PDF page is read."""
    max_pages, max_bytes = limits.max_pages, limits.max_bytes
    deadline = None if limits.time_limit is None else time.monotonic() + limits.time_limit
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(f"unsupported file type '{path.suffix}': expected .pdf, .txt or .md")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"file is {size:,} bytes, over the limit of {max_bytes:,}: raise --max-bytes to read it")
    if size == 0 or (size < 4096 and not path.read_bytes().strip()):
        raise IngestError("empty file: nothing to extract")
    notes: list[str] = []
    warnings: list[str] = []
    confidence: list[float | None] = []
    skipped = 0
    if fmt == "pdf":
        from .pdf import read_pdf  # PDF libraries are loaded only when a PDF comes

        read = read_pdf(path, max_pages=max_pages, deadline=deadline, on_page=on_page,
                        ocr=limits.ocr, ocr_threads=limits.ocr_threads or cores())
        pages, readers, confidence, warnings = read.texts, read.readers, read.confidence, read.warnings
        skipped = read.ocr_skipped
    else:
        data = path.read_bytes()
        if not data.strip():
            raise IngestError("empty file: nothing to extract")
        raw, encoding = decode_text(data)
        if encoding not in ("utf-8", "utf-8-sig"):
            notes.append(f"decoded as {encoding}")
        pages = raw.split(PAGE_BREAK)
        readers = [TEXT_READER] * len(pages)
    pages = normalise_pages(pages, markdown=fmt == "md")
    text = PAGE_BREAK.join(pages)
    if not re.search(r"[^\W\d_]{2}", text):
        raise IngestError("no readable text: the document contains no words")
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    return Document(
        doc_id=doc_id_for(path),
        source_file=path.name,
        sha256=file_sha256(path),
        format=fmt,
        text=text,
        page_starts=tuple(starts),
        title=title_of(text),
        language=detect_language(text),
        notes=tuple(notes),
        warnings=tuple(warnings),
        page_readers=tuple(readers),
        page_confidence=tuple(confidence) if any(c is not None for c in confidence) else (),
        ocr_skipped=skipped,
    )
