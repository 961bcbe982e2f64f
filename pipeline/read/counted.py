"""What a number counts: the noun phrase after it, or the X of "the number of X was ...".

There is no tagger in the pipeline, so a noun phrase is read from word shapes:
a run of content words (hyphenated compounds as one word) that ends at a
function word, a number or punctuation, after a plural noun, or before a verb.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from .context import is_month
from ..rules import VOCABULARY

NUMBER_TAGS = frozenset({"<NUM>", "<RANGE>", "<WNUM>"})
OF_WORDS = frozenset(VOCABULARY["of_words"])
_COUNTED_STOP = frozenset(VOCABULARY["counted_stop"])
_VERBS_AFTER = frozenset(VOCABULARY["verbs_after_counted"])
_PLURAL_MODIFIERS = frozenset(VOCABULARY["plural_modifiers"])
_DETERMINERS = frozenset(VOCABULARY["determiners"])
_IRREGULAR_PLURALS = frozenset(VOCABULARY["irregular_plurals"])


def is_plural(word: str) -> bool:
    """A plural noun ends a noun phrase, bar a few that modify ("human rights cases")."""
    if word in _IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _PLURAL_MODIFIERS


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
        yield token, doc[last], "".join(t.text_with_ws for t in doc[i:last + 1]).strip().lower()
        i = last + 1


def _content_word(token: Token, last: Token, lower: str) -> bool:
    if token.norm_.startswith("<") or len(lower) < 2:
        return False
    if token.i != last.i:  # a hyphenated compound
        return any(c.isalpha() for c in lower)
    return token.is_alpha and lower not in STOP_WORDS and lower not in _COUNTED_STOP and not is_month(token)


def counted_after(doc: Doc, text: str, index: int, end: int, *, after_of: bool) -> tuple[str, int] | None:
    """The noun phrase right after a quantity ("13 training sessions"): (text, end char).

    With ``after_of`` the phrase must follow "of" ("12% of the migrants");
    otherwise "of" and a determiner may stand between ("31 of their projects").
    Without a tagger, a phrase is a run of content words (hyphenated compounds
    count as one) that ends at a function word, a number or punctuation, after
    a plural noun, or before a verb ("officials attended").
    """
    units = list(islice(_units(doc, index, end), 12))  # a phrase is short; the sentence may be long
    if units and units[0][2] in OF_WORDS and (after_of or doc[index - 1].norm_ == "<SCALE>"
                                                or len(units) > 1 and units[1][2] in _DETERMINERS):
        units = units[1:]
        while units and units[0][2] in _DETERMINERS:
            units = units[1:]
        while units and (units[0][0].norm_ in NUMBER_TAGS | {"<SCALE>", "<CUR>"}):
            units = units[1:]  # "half of the 4,500 farmworkers", "12% of the US$ 3.1 billion appeal"
    elif after_of:
        return None
    words: list[tuple[Token, Token, str]] = []
    for position, (token, last, lower) in enumerate(units[:8]):
        if words and lower in ("and", "or") and not is_plural(words[-1][2]):
            following = units[position + 1] if position + 1 < len(units) else None
            if following and _content_word(*following):
                words.append((token, last, lower))
                continue
        if not _content_word(token, last, lower):
            break
        if words and lower in _VERBS_AFTER and not words[-1][2].endswith("ly"):
            break  # "officials attended", but "newly arrived migrants"
        words.append((token, last, lower))
        if is_plural(lower) or len(words) >= 5:
            break
    while words and words[-1][2] in ("and", "or"):
        words.pop()
    if not words:
        return None
    start, stop = words[0][0].idx, words[-1][1].idx + len(words[-1][1])
    return text[start:stop], stop


def counted_from_number_of(text: str, start: int, sentence_start: int) -> str | None:
    """X in "the number of X was about 2.6 million", the nearest such phrase before."""
    text = text[sentence_start:start]
    lower = text.lower()
    for key in ("number of ", "share of ", "proportion of ", "percentage of "):
        pos = lower.rfind(key)
        if pos < 0:
            continue
        phrase = text[pos + len(key):]
        words = []
        for word in phrase.split():
            bare = word.strip(",;:()").lower()
            if bare in _COUNTED_STOP or word.endswith((",", ";", ":")):
                if word.endswith((",", ";", ":")) and bare not in _COUNTED_STOP:
                    words.append(word.rstrip(",;:"))
                break
            words.append(word)
        else:
            return None  # no verb between the phrase and the number
        phrase = " ".join(words).strip()
        return phrase or None
    return None


def label_phrase(label: str) -> str | None:
    """What a table row counts: its label without notes in brackets, "Share of",
    or the participle that says what happened to it ("Asylum applications lodged")."""
    label = re.sub(r"\([^)]*\)", " ", label)
    label = re.sub(r"^(?:number|share|percentage|proportion|total)\s+of\s+", "", label.strip(), flags=re.I)
    words = label.split()
    for i, word in enumerate(words):
        after_noun = i and words[i - 1].lower() not in STOP_WORDS  # "of trafficking" names, "lodged" tells
        if after_noun and re.fullmatch(r"[a-z]+(?:ed|ing)", word):
            words = words[:i]
            break
    return " ".join(words) or None


