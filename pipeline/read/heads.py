"""What a figure measures: the head noun of its counted phrase, in the singular.

    head_noun: counted phrase, language -> its head noun's singular ("" for none)

"mid- to long-term foreign residents in Japan" -> "resident", "víctimas de
trata" -> "victima", "demandeurs d'asile" -> "demandeur". Two editions of a
review pair their figures on it, so it only has to give the same word for
the same noun, whether written in the singular or the plural: words are
lower-cased and stripped of accents, and made singular by a few endings per
language (``head_nouns`` in ``rules/<lang>/vocabulary.json``), not by a
dictionary. English takes the last word of the phrase before a preposition;
Spanish and French, whose heads come first, the first word that is neither a
determiner nor an adjective that stands before its noun.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..rules import lexicon

# Words: letters, hyphenated compounds kept whole ("long-term"); digits, brackets and
# apostrophes ("d'asile", "l'État") separate them.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def fold(text: str) -> str:
    """Lower case without accents: "Víctimas" -> "victimas"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _Rules:
    head_first: bool
    ends: frozenset[str]
    skipped: frozenset[str]
    singular: tuple[tuple[re.Pattern, str], ...]
    irregular: dict[str, str]


@cache
def _rules(lang: str | None) -> _Rules:
    words = lexicon(lang).words
    heads = words.head_nouns
    return _Rules(
        head_first=words.head_first,
        ends=frozenset(map(fold, heads.phrase_ends)),
        skipped=frozenset(map(fold, [*heads.skipped, *words.determiners])),
        singular=tuple((re.compile(ending), replacement) for ending, replacement in heads.singular),
        irregular={fold(k): fold(v) for k, v in heads.irregular.items()},
    )


def singular(word: str, lang: str | None) -> str:
    """A folded word in the singular, by the language's endings: "countries" -> "country"."""
    rules = _rules(lang)
    if word in rules.irregular:
        return rules.irregular[word]
    for ending, replacement in rules.singular:
        if ending.search(word):
            return ending.sub(replacement, word, count=1)
    return word


def head_noun(phrase: str | None, lang: str | None) -> str:
    """The head noun of a counted phrase, folded and in the singular; "" when it has no word.
    A language the rules are not written for is read as English."""
    rules = _rules(lang)
    words = _WORD.findall(_BRACKETS.sub(" ", fold(phrase or "")))
    for i, word in enumerate(words):
        if i and word in rules.ends:
            words = words[:i]
            break
    kept = [w for w in words if w not in rules.skipped] or words
    if not kept:
        return ""
    return singular(kept[0] if rules.head_first else kept[-1], lang)
