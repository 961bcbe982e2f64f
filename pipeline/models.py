"""The types that pass between the stages.

    ingest:   Path -> Document
    segment:  Document -> Segmentation (sections, notes)
    extract:  Document, Segmentation, nlp -> mentions, facts (and spans on a spaCy Doc)
    evidence: Segmentation, mentions, Doc -> the objectives each section addresses
    tables:   [Extraction] -> {table name: DataFrame}

Every offset is a character offset into ``Document.text``, the document's
normalised text, which is written out beside the tables so that
``text[char_start:char_end] == surface`` can be checked by anyone.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

STATUS_OK = "ok"
STATUS_WARNING = "warning"
STATUS_ERROR = "error"


@dataclass(frozen=True)
class Document:
    """A review read from disk: normalised text plus where each page begins."""

    doc_id: str
    source_file: str
    sha256: str
    format: str  # "pdf", "txt" or "md"
    text: str
    page_starts: tuple[int, ...] = (0,)  # offset of the first character of each page
    title: str = ""
    language: str = ""
    notes: tuple[str, ...] = ()  # what ingest noticed and the reader should know
    warnings: tuple[str, ...] = ()  # what ingest noticed that makes the tables less sure: pages read by OCR
    page_readers: tuple[str, ...] = ()  # per page, what read it: "pdfium", "pdfplumber", "ocr" or "text"
    # Per page, Tesseract's mean word confidence (0-100) where OCR read it, else None;
    # empty when no page was read by OCR.
    page_confidence: tuple[float | None, ...] = ()
    ocr_skipped: int = 0  # pages that need OCR but were not read by it (OCR off, or not installed)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_at(self, offset: int) -> int:
        """1-based page number of the character at ``offset``."""
        return max(1, bisect_right(self.page_starts, offset))

    def confidence_at(self, offset: int) -> float | None:
        """OCR's confidence on the page of the character at ``offset``; None when no OCR read it."""
        if not self.page_confidence:
            return None
        return self.page_confidence[self.page_at(offset) - 1]

    @property
    def ocr_pages(self) -> int:
        return self.page_readers.count("ocr")


@dataclass(frozen=True)
class Section:
    """A contiguous stretch of the text; the sections of a document partition it.

    ``kind`` is one of: front (before the first area: title, introduction,
    methodology), contents (a table of contents), area (a thematic area's
    heading and lead text), objective (a section per GCM objective),
    subsection (a lettered or named part of an area or objective section),
    back (after the areas: means of implementation, conclusion, annexes).
    """

    section_id: str
    kind: str
    area: int | None
    objective: int | None
    subsection: str | None
    heading: str
    char_start: int
    char_end: int
    heading_start: int
    heading_end: int


@dataclass(frozen=True)
class Segmentation:
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()  # worth knowing
    warnings: tuple[str, ...] = ()  # the tables are less complete than they should be


@dataclass(frozen=True)
class ObjectiveMention:
    section_id: str
    area: int | None
    objective: int
    source: str  # "heading" or "text"
    surface: str
    sentence: str
    char_start: int
    char_end: int
    rule_id: str


@dataclass(frozen=True)
class ObjectiveEvidence:
    """An objective that a section (or, with section_id None, the whole document) addresses,
    told by the GCM's own words in it."""

    section_id: str | None
    area: int | None
    objective: int
    score: float  # 0-1, comparable across documents
    rank: int  # 1 for the best-supported objective of the section
    terms: tuple[str, ...]  # the matched terms, most telling first
    term_count: int
    explicit: bool  # the section (or document) also names the objective


@dataclass(frozen=True)
class Quantity:
    """What a matched quantity says, before its context is read."""

    value: float
    value_max: float | None
    kind: str  # count, percent, money, other
    unit: str | None


@dataclass(frozen=True)
class NumericFact:
    section_id: str | None
    area: int | None
    value: float
    value_max: float | None
    kind: str
    unit: str | None
    counted: str | None
    qualifier: str | None  # approximate, at_least, at_most
    change: str | None  # increase, decrease
    period_start: int | None
    period_end: int | None
    as_of: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    surface: str
    sentence: str
    char_start: int
    char_end: int
    rule_id: str


REVIEW_KINDS = ("imrf_review", "regional_review", "other")


@dataclass(frozen=True)
class ReviewMetadata:
    """Which country wrote a review, and for which review. Every value is known or None:
    ``decided`` says, one phrase per value, where it came from (the file's date aside: it
    is in no table, only orders the editions of a series)."""

    country: str | None = None  # ISO 3166-1 alpha-3
    review_kind: str | None = None  # one of REVIEW_KINDS
    review_year: int | None = None
    language: str | None = None  # set only by raw/metadata.csv
    decided: tuple[str, ...] = ()
    file_date: str | None = None  # the file's date (rawdir.file_dates): orders editions of one year


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document, ready for the tables."""

    document: Document
    status: str
    message: str
    sections: tuple[Section, ...] = ()
    mentions: tuple[ObjectiveMention, ...] = ()
    facts: tuple[NumericFact, ...] = field(default=())
    metadata: ReviewMetadata = ReviewMetadata()
    evidence: tuple[ObjectiveEvidence, ...] = ()
    detail: str = ""  # the traceback behind an error, for --debug; never written to the tables
