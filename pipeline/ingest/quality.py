"""Which pages of a PDF need OCR: a cheap look at each page's text layer.

A page needs OCR when it has no text layer but something is drawn on it, or when
its text layer fails one of three checks:

- too few characters for the area its images cover: a scan with a few words of
  text on it (a stamped page number, an index);
- mostly ``(cid:N)``: glyphs without a Unicode mapping, as pdfplumber writes them;
- a low share of dictionary-like words: letters mapped to the wrong glyphs (a font
  whose ToUnicode map is wrong) give words of no language. The share is that of
  the language that fits the page best (a review may quote another language), with
  the rules' words and spaCy's stop words as the dictionary.

Thresholds, measured on the text of tests/corpus*: a page of prose in any of the
rules' languages has at least 40% of its words in the dictionary; the same pages
with their letters shuffled have at most 15%.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

NO_TEXT = "no text layer"
SPARSE = "too few characters for its images"
UNMAPPED = "glyphs without Unicode"
GARBLED = "few dictionary words"

MIN_KNOWN_SHARE = 0.25
MIN_WORDS = 20  # fewer words than this tell nothing about their language (a table, a caption)
CHARS_PER_IMAGE_INCH = 5  # a page of scanned text holds some 30 characters a square inch
_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def verdict(text: str, *, drawn: Callable[[], bool], page_inches: float,
            image_inches: Callable[[], float]) -> str | None:
    """Why a page needs OCR (one of the reasons above), or None when its text layer
    will do. ``drawn()``: whether anything at all is drawn on the page (asked only of a
    page without text); ``page_inches``: its area in square inches; ``image_inches()``:
    the area its images cover (asked only of a page with little text)."""
    if not text.strip():
        return NO_TEXT if drawn() else None
    chars = len(re.sub(r"\s", "", text))
    cids = len(_CID.findall(text))
    if cids and cids > chars - sum(len(m) for m in _CID.findall(text)):
        return UNMAPPED
    words = _WORD.findall(text.lower())
    if len(words) >= MIN_WORDS and known_share(words) < MIN_KNOWN_SHARE:
        return GARBLED
    if chars < CHARS_PER_IMAGE_INCH * page_inches and chars < CHARS_PER_IMAGE_INCH * image_inches():
        return SPARSE
    return None


def known_share(words: list[str]) -> float:
    """The share of ``words`` (lower case) in the dictionary of the language they fit best."""
    return _known(words) / len(words) if words else 0.0


def known_count(text: str) -> int:
    """How many words of ``text`` are in the dictionary of the language it fits best."""
    return _known(_WORD.findall(text.lower()))


def _known(words: list[str]) -> int:
    from ..countries import place_words, plain_word

    places = place_words()  # a table of places and their figures is no garbled text layer
    placed = [plain_word(word) in places for word in words]
    return max(sum(word in known or place for word, place in zip(words, placed)) for known in dictionaries().values())


@cache
def dictionaries() -> dict[str, frozenset[str]]:
    """Language -> its dictionary-like words: the rules' words for the languages they
    read, spaCy's stop words and the function words (rules/languages.json) for the others."""
    from ..rules import LANGUAGES, function_words, lexicon, spacy_stop_words

    return {lang: lexicon(lang).known_words if lang in LANGUAGES else frozenset(words) | spacy_stop_words(lang)
            for lang, words in function_words().items()}
