"""What a number counts: the noun phrase after it, or the X of "the number of X was ...".

There is no tagger in the pipeline, so a noun phrase is read from word shapes:
a run of content words (hyphenated compounds as one word) that ends at a
function word, a number or punctuation, after a plural noun, or before a verb.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..rules import Lexicon
from .context import is_month, lex_of

NUMBER_TAGS = frozenset({"<NUM>", "<RANGE>", "<WNUM>"})
# Tags of number vocabulary: no part of what is counted ("<GCM>" and "<OBJ>" words are).
_QUANTITY_TAGS = NUMBER_TAGS | {"<SCALE>", "<CUR>", "<PCT>", "<UNIT>", "<FRAC>", "<ONE>"}


def is_plural(word: str, lex: Lexicon) -> bool:
    """A plural noun ends a noun phrase, bar a few that modify ("human rights cases")."""
    words = lex.words
    if word in words.irregular_plurals:
        return True
    if lex.lang == "fr" and word.endswith("x") and len(word) > 3:
        return word not in words.plural_modifiers  # "travaux", "réseaux"
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in words.plural_modifiers


def _units(doc: Doc, i: int, end_char: int):
    """Words from token ``i`` on, hyphenated compounds as one ("third-country"),
    line wraps skipped: (first token, last token, lower-case text)."""
    while i < len(doc) and doc[i].idx < end_char:
        token = doc[i]
        if token.is_space:
            if token.text.count("\n") >= 2 or "\f" in token.text:
                return  # a paragraph or page ends the phrase
            i += 1
            continue
        last = i
        while (
            last + 2 < len(doc) and doc[last + 1].text in ("-", "‐") and not doc[last].whitespace_
            and not doc[last + 1].whitespace_ and doc[last + 2].is_alpha
        ):
            last += 2
        yield Word(token, doc[last], "".join(t.text_with_ws for t in doc[i:last + 1]).strip().lower())
        i = last + 1


class Word(NamedTuple):
    """A word of a phrase: its first and last token (a hyphenated compound spans several)."""

    first: Token
    last: Token
    lower: str


def _content_word(word: Word, lex: Lexicon) -> bool:
    token, lower = word.first, word.lower
    if token.norm_ in _QUANTITY_TAGS or len(lower) < 2:
        return False
    if token.i != word.last.i:  # a hyphenated compound
        return any(c.isalpha() for c in lower)
    return (token.is_alpha and lower not in lex.spacy_stop_words and lower not in lex.words.counted_stop
            and not is_month(token))


class Phrase(NamedTuple):
    """A noun phrase read from the text, and the offset just after it."""

    text: str
    end: int


def counted_after(doc: Doc, text: str, index: int, end: int, *, after_of: bool) -> Phrase | None:
    """The noun phrase right after a quantity ("13 training sessions"): (text, end char).

    With ``after_of`` the phrase must follow "of" ("12% of the migrants");
    otherwise "of" and a determiner may stand between ("31 of their projects").
    Without a tagger, a phrase is a run of content words (hyphenated compounds
    count as one) that ends at a function word, a number or punctuation, after
    a plural noun, or before a verb ("officials attended").
    """
    lex = lex_of(doc)
    of_words, determiners = lex.words.of_words, lex.words.determiners
    units = list(islice(_units(doc, index, end), 12))  # a phrase is short; the sentence may be long
    if units and units[0].lower in of_words and (after_of or doc[index - 1].norm_ == "<SCALE>"
                                                  or len(units) > 1 and units[1].lower in determiners):
        units = units[1:]
        while units and units[0].lower in determiners:
            units = units[1:]
        while units and (units[0].first.norm_ in NUMBER_TAGS | {"<SCALE>", "<CUR>"}):
            units = units[1:]  # "half of the 4,500 farmworkers", "12% of the US$ 3.1 billion appeal"
    elif after_of:
        return None
    conjunctions = ("and", "or", "y", "o", "et", "ou")
    words: list[Word] = []
    for position, word in enumerate(units[:8]):
        if words and word.lower in conjunctions and not is_plural(words[-1].lower, lex):
            following = units[position + 1] if position + 1 < len(units) else None
            if following and _content_word(following, lex):
                words.append(word)
                continue
        if not _content_word(word, lex):
            break
        if words and word.lower in lex.words.verbs_after_counted and not words[-1].lower.endswith("ly"):
            break  # "officials attended", but "newly arrived migrants"
        words.append(word)
        if is_plural(word.lower, lex) or len(words) >= 5:
            break
    while words and words[-1].lower in conjunctions:
        words.pop()
    if not words:
        return None
    start, stop = words[0].first.idx, words[-1].last.idx + len(words[-1].last)
    return Phrase(text[start:stop], stop)


def counted_from_number_of(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """X in "the number of X was about 2.6 million", the nearest such phrase before."""
    text = text[sentence_start:start]
    lower = text.lower()
    stop = lex.words.counted_stop
    for key in lex.words.number_of:
        key = key if key.endswith("'") else key + " "
        pos = lower.rfind(key)
        if pos < 0:
            continue
        phrase = text[pos + len(key):]
        words = []
        for word in phrase.split():
            bare = word.strip(",;:()").lower()
            if bare in stop or word.endswith((",", ";", ":")):
                if word.endswith((",", ";", ":")) and bare not in stop:
                    words.append(word.rstrip(",;:"))
                break
            words.append(word)
        else:
            return None  # no verb between the phrase and the number
        phrase = " ".join(words).strip()
        return phrase or None
    return None


def label_phrase(label: str, lex: Lexicon) -> str | None:
    """What a table row counts: its label without notes in brackets, "Share of",
    or the participle that says what happened to it ("Asylum applications lodged")."""
    label = re.sub(r"\([^)]*\)", " ", label).strip()
    for lead in sorted(lex.words.number_of, key=len, reverse=True):
        if label.lower().startswith(lead + " ") or lead.endswith("'") and label.lower().startswith(lead):
            label = label[len(lead):].strip()
            break
    words = label.split()
    for i, word in enumerate(words):
        after_noun = i and words[i - 1].lower() not in lex.spacy_stop_words  # "of trafficking" names, "lodged" tells
        if after_noun and re.fullmatch(r"[a-z]+(?:ed|ing)", word):
            words = words[:i]
            break
    return " ".join(words) or None


