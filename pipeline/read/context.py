"""Where a span stands: its sentence clipped to its section, and the words around it.

Small readers shared by the fact rules: the vocabulary phrase just before or
after a token, the neighbouring words, whether a token opens its line or names
a month.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..rules import VOCABULARY

MONTHS = VOCABULARY["months"]
# Month names that are also common words ("30 may apply") count only with a capital.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"})


def phrases(key: str) -> dict[str, str]:
    """A vocabulary of named phrase lists ({"approximate": ["about", ...]}) as phrase -> name."""
    return {phrase: name for name, listed in VOCABULARY[key].items() for phrase in listed}


@dataclass(frozen=True)
class Context:
    """Where a span stands: the text it may read, clipped to its section's body."""

    text: str  # the document's text (Doc.text rebuilds it on every call)
    start: int  # character range of the sentence, clipped
    end: int
    section_id: str | None
    area: int | None


def phrase_before(doc: Doc, index: int, vocab: dict[str, str], limit: int = 4) -> tuple[str, int] | None:
    """The longest vocabulary phrase ending just before token ``index``: (name, first token)."""
    for n in range(limit, 0, -1):
        start = index - n
        if start < 0 or doc[start].is_space:
            continue
        words = [t.lower_ for t in doc[start:index] if not t.is_space]
        name = vocab.get(" ".join(words))
        if name:
            return name, start
    return None


def phrase_after(doc: Doc, index: int, vocab: dict[str, str], limit: int = 3) -> tuple[str, int] | None:
    """The longest vocabulary phrase starting just after token ``index - 1``: (name, end token)."""
    for n in range(limit, 0, -1):
        words = [t.lower_ for t in doc[index:index + n] if not t.is_space]
        if len(words) == n and (name := vocab.get(" ".join(words))):
            return name, index + n
    return None


def previous_token(doc: Doc, index: int) -> Token | None:
    for token in reversed(doc[:index]):
        if not token.is_space:
            return token
    return None


def next_token(doc: Doc, index: int) -> Token | None:
    for token in doc[index:]:
        if not token.is_space:
            return token
    return None


def line_start(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the first on its line."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return previous.is_space and "\n" in previous.text or "\f" in previous.text or previous.text_with_ws.endswith("\n")


def is_month(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in MONTHS and (word not in _AMBIGUOUS_MONTHS or token.is_title)
