"""ingest: Path -> Document.

The only module that knows about file formats. PDFs are read with pdfplumber
page by page (two-column pages in reading order, paragraph gaps kept as blank
lines); text and markdown are decoded with a fallback for legacy encodings.
Both then go through the same normalisation: repeated page headers and
footers and page numbers removed, words hyphenated across line ends
rejoined, markdown emphasis, glued footnote markers and common OCR slips
mended. Pages are joined with a form feed, so ``text.split("\\f")`` gives
the pages back.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from .models import Document
from .rules import function_words, lexicons

FORMATS = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md"}
PAGE_BREAK = "\f"
DEFAULT_MAX_PAGES = 1000
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_TIME_LIMIT = 300.0


@dataclass(frozen=True)
class Limits:
    """What one document may cost: pages, bytes and seconds (checked between PDF pages)."""

    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float | None = DEFAULT_TIME_LIMIT


class IngestError(Exception):
    """A document that cannot be read; the message is one line for the tables."""


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


def ingest(path: Path, limits: Limits = Limits()) -> Document:
    """Read one review. Raises IngestError with a one-line reason when it cannot;
    ``limits`` keep one document from stalling a run."""
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
    if fmt == "pdf":
        pages = _read_pdf(path, max_pages=max_pages, deadline=deadline)  # pdfplumber reads the file itself
    else:
        data = path.read_bytes()
        if not data.strip():
            raise IngestError("empty file: nothing to extract")
        raw, encoding = decode_text(data)
        if encoding not in ("utf-8", "utf-8-sig"):
            notes.append(f"decoded as {encoding}")
        pages = raw.split(PAGE_BREAK)
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
        title=_title(text),
        language=detect_language(text),
        notes=tuple(notes),
    )


# --- text files ---------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file; returns the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"not valid {encoding} text despite its byte-order mark") from exc
    if b"\x00" in data:
        raise IngestError("binary data, not text: the file is damaged or not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 is what Windows converters write; latin-1 decodes any byte left over.
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if _control_ratio(text) > 0.05:
        raise IngestError("binary data, not text: the file is damaged or not a text document")
    return text, encoding


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls / max(1, len(text))


# --- PDF ----------------------------------------------------------------------


_ENCRYPTED = "encrypted PDF: it needs a password; save a copy without one"
_DAMAGED = "the file is damaged or not a PDF; download or export it again"


def _read_pdf(path: Path, *, max_pages: int, deadline: float | None) -> list[str]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    pages: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > max_pages:
                raise IngestError(
                    f"{len(pdf.pages)} pages, over the limit of {max_pages}: raise --max-pages to read it"
                )
            for page in pdf.pages:
                if deadline is not None and time.monotonic() > deadline:
                    raise IngestError(
                        f"reading stopped at page {len(pages) + 1} of {len(pdf.pages)}: over the time limit; "
                        "raise --time-limit to read it"
                    )
                pages.append(_page_text(page))
                page.close()  # pdfplumber caches each page's objects; a long review would keep them all
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
    if not any(page.strip() for page in pages):
        raise IngestError("no text layer: the document needs OCR")
    return pages


def _one_line(exc: BaseException | object, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page_text(page) -> str:
    """One page's text in reading order, a blank line between paragraphs."""
    words = page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False)
    if not words:
        return ""
    gutter = _find_gutter(words, float(page.width))
    if gutter is None:
        blocks = [_lines(words)]
    else:
        blocks = _column_blocks(words, gutter)
    out: list[str] = []
    for lines in blocks:
        out.extend(_layout_lines(lines))
        out.append("")
    return "\n".join(out).strip("\n")


def _lines(words: list[dict]) -> list[list[dict]]:
    """Group words into lines by their top coordinate, top to bottom."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _layout_lines(lines: list[list[dict]]) -> list[str]:
    """Lines as text, with a blank line where the space between two lines is
    wider than most of the text is tall: a new paragraph."""
    if not lines:
        return []
    height = median(w["bottom"] - w["top"] for line in lines for w in line)
    out = []
    for i, line in enumerate(lines):
        if i:
            gap = min(w["top"] for w in line) - max(w["bottom"] for w in lines[i - 1])
            if gap > 0.7 * height:
                out.append("")
        out.append(" ".join(w["text"] for w in line))
    return out


def _find_gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical band between two columns, or None."""
    if len(words) < 40:
        return None
    best = None
    for step in range(0, 41):
        x = width * (0.3 + 0.01 * step)
        # Words that touch a band 8pt wide: wider than the space between two words.
        crossing = sum(1 for w in words if w["x0"] < x + 4 and w["x1"] > x - 4)
        left = sum(1 for w in words if w["x1"] <= x)
        right = len(words) - left - crossing
        if min(left, right) < 0.2 * len(words) or crossing > max(3, 0.04 * len(words)):
            continue
        # Prefer the middle of the emptiest band.
        score = (crossing, abs(x - width / 2))
        if best is None or score < best[0]:
            best = (score, x)
    if best is None:
        return None
    x = best[1]
    # A real gutter has lines on both sides at the same heights.
    left_tops = {round(w["top"]) for w in words if w["x1"] <= x}
    right_tops = {round(w["top"]) for w in words if w["x0"] >= x}
    return x if len(left_tops & right_tops) >= 5 else None


def _column_blocks(words: list[dict], gutter: float) -> list[list[list[dict]]]:
    """Reading order for a two-column page: bands between full-width lines,
    each band's left column before its right column."""
    full = [ln for ln in _lines(words) if any(w["x0"] < gutter < w["x1"] for w in ln)]
    full_words = {id(w) for ln in full for w in ln}
    rest = [w for w in words if id(w) not in full_words]
    cuts = [ln[0]["top"] for ln in full] + [float("inf")]
    blocks: list[list[list[dict]]] = []
    previous = float("-inf")
    for index, cut in enumerate(cuts):
        band = [w for w in rest if previous <= w["top"] < cut]
        left = _lines([w for w in band if w["x1"] <= gutter])
        right = _lines([w for w in band if w["x1"] > gutter])
        blocks.extend(b for b in (left, right) if b)
        if index < len(full):
            blocks.append([full[index]])
        previous = cut
    return blocks


# --- normalisation --------------------------------------------------------------

# First halves of compounds that keep their hyphen when split over two lines
# ("whole-\nof-society", "long-\nterm"); any other "-\n" before a lower-case
# letter is a line-end hyphenation and is removed ("migra-\ntion").
_COMPOUND_HEADS = frozenset(
    "self well long short mid non cross full part high low whole one two three four five six "
    "ex co anti multi evidence rights gender age community government child state country "
    "data people cost time decision policy demand region sector follow".split()
)
_HEADING_WORDS = sorted({w for lex in lexicons() for w in lex.gcm.area_words + lex.gcm.objective_words}, key=len, reverse=True)
_HEADING_START = re.compile(r"^[\W#]*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _HEADING_WORDS) + r")\s*#", re.I)
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.I)


# Subsection and front/back matter headings ("Progress", "Challenges") may open or close several
# pages: they are no running headers.
_SECTION_WORDS = frozenset(
    w for lex in lexicons() for w in
    lex.sections.contents + lex.sections.front + lex.sections.back
    + [x for name in ("trends", "progress", "best_practices", "challenges", "next_steps", "other")
       for x in getattr(lex.sections.subsections, name)]
)


def normalise_pages(pages: list[str], *, markdown: bool = False) -> list[str]:
    pages = [_clean_page(p, markdown=markdown) for p in pages]
    pages = _drop_running_lines(pages)
    return [_mend(p) for p in pages]


def _clean_page(text: str, *, markdown: bool) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00ad", "").replace("\t", " ")
    text = text.replace("**", "").replace("__", "")
    if markdown:
        text = re.sub(r"(?m)^#{1,6}[ ]+", "", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    # Every kind of space at a line's ends goes, so that a line of no-break spaces is blank.
    lines = [line.strip(" \t\u00a0\u202f\u2009\u2007\u3000\v") for line in text.split("\n")]
    return "\n".join(lines)


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _edge_lines(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:2] + filled[-2:]


def _unmarked(key: str) -> str:
    """A line's words without its list marker: "c) desafíos" -> "desafíos" (digits are # in keys)."""
    return re.sub(r"^\W*(?:\(?[a-h#]{1,2}[.)]|[ivx]{1,4}\.)\s*", "", key.strip()).strip()


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove page headers and footers (a line at the top or bottom of most pages,
    digits aside) and bare page numbers at the top or bottom of a page."""
    split = [p.split("\n") for p in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update({_running_key(lines[i]) for i in _edge_lines(lines)})
    threshold = max(2, (len(pages) + 1) // 2)
    # A heading that opens several pages ("Thematic area 2", "Objective 10") is no running header.
    running = {k for k, n in counts.items()
               if n >= threshold and len(pages) >= 2 and not _HEADING_START.match(k) and _unmarked(k) not in _SECTION_WORDS}
    out = []
    for lines in split:
        drop = {i for i in _edge_lines(lines) if _running_key(lines[i]) in running or _PAGE_NUMBER.match(lines[i])}
        kept = [line for i, line in enumerate(lines) if i not in drop]
        out.append("\n".join(kept).strip("\n"))
    return out


def _dehyphenate(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    first = re.findall(r"[A-Za-z]+$", head)
    keep = "-" in tail or (first and first[0].lower() in _COMPOUND_HEADS)
    return head + ("-" if keep else "") + tail


def _mend(text: str) -> str:
    # Words hyphenated across a line end.
    text = re.sub(r"(\w+)-\n[ ]*([a-z][\w-]*)", _dehyphenate, text)
    # OCR reads a capital I as a lower-case l; no English word starts with "ln" or "lt".
    text = re.sub(r"\bl(?=n\b|t\b|n[a-z]{3,})", "I", text)
    # Footnote markers glued to a word ("migrants3") or after its punctuation ("migration.3 The").
    text = re.sub(r"(?<=[a-z]{3})\d{1,2}(?=[\s.,;:)]|$)", "", text)
    text = re.sub(r"(?<=[a-z][.,;:])\d{1,2}(?= [A-Z])", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --- document properties ----------------------------------------------------------


def _title(text: str) -> str:
    for line in text.split("\n"):
        line = line.strip(" \f-–•*#")
        if re.search(r"[^\W\d_]{2}", line):
            return line[:200]
    return ""


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language with the most function words ("" when unsure)."""
    words = Counter(re.findall(r"[^\W\d_]+", text[:20000].lower()))
    scores = {lang: sum(words[w] for w in listed) for lang, listed in function_words().items()}
    lang, score = max(sorted(scores.items()), key=lambda kv: kv[1])
    return lang if score >= 5 else ""
