"""Normalisation, the same for every reader: page headers, footers and page
numbers that repeat across pages removed, words hyphenated across line ends
rejoined, markdown emphasis, glued footnote markers and common OCR slips
mended; then the document's title and language."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..rules import function_words, lexicons

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


# Letters set as superscripts after an ordinal ("1ᵉʳ janvier", "XXIᵉ siècle", "2ⁿᵈ"): the plain letters,
# one for one, so that the ordinal reads as "1er" and offsets do not move
_SUPERSCRIPT_LETTERS = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "abcdefghijklmnoprstuvwxyz")


_GARBLED_MINUS = re.compile(r"(?<![^\s|(\[;:])\u00e2(?=\d)")


def _clean_page(text: str, *, markdown: bool) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_SUPERSCRIPT_LETTERS)
    text = text.replace("\u00ad", "").replace("\t", " ")
    # A minus sign (U+2212) whose UTF-8 bytes were read as Windows-1252 ("âˆ’5,2") or cut to their first
    # byte ("â55 534"): the minus sign again. No word of the three languages puts "â" before a digit.
    text = _GARBLED_MINUS.sub("\u2212", text.replace("\u00e2\u02c6\u2019", "\u2212"))
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
    # Footnote markers glued to a word ("migrants3") or after its punctuation ("migration.3 The");
    # not the head of a grouped figure run into a table row's label ("residence81,005").
    text = re.sub(r"(?<=[a-z]{3})\d{1,2}(?=[\s;:)]|[.,](?!\d{3})|$)", "", text, flags=re.M)
    text = re.sub(r"(?<=[a-z][.,;:])\d{1,2}(?= [A-Z])", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")



def title_of(text: str) -> str:
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
