"""Objective mentions: spans found by rules/objective_patterns.jsonl, read as lists.

A span such as "GCM Objectives: 4, 8, 9", "objectives 2 and 5" or
"objectives 4 to 8" names one or more objectives; ``objective_numbers`` reads
them. Numbers outside 1-23 are not objectives ("objective 26" does not exist;
"paragraph 26" never matches, as the pattern needs the word "objective").
"""

from __future__ import annotations

import re

from ..rules import GCM, lexicons

# Mentions are read with the words of every language: a review may quote another's headings.
_LIST_WORDS = frozenset(w for lex in lexicons() for w in lex.words.list_words)
_RANGE = "|".join(sorted({re.escape(w) for lex in lexicons() for w in lex.words.range_words}, key=len, reverse=True))
_ITEM = re.compile(rf"(\d{{1,2}})(?:\s*(?:{_RANGE})\s*(\d{{1,2}}))?")


def objective_numbers(text: str) -> list[int]:
    """The objectives a matched phrase names, in order, each once.

    >>> objective_numbers("objectives 4 to 8 and 10")
    [4, 5, 6, 7, 8, 10]
    """
    numbers: list[int] = []
    for match in _ITEM.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if last < first or last - first > 22:
            last = first
        for number in range(first, last + 1):
            if number in GCM.objective_area and number not in numbers:
                numbers.append(number)
    return numbers


def trim_list(tokens) -> int:
    """How many tokens of a matched span to keep: up to its last number, and not
    past a line break unless the list goes on over it ("4, 8,\n9")."""
    keep = len(tokens)
    for i, token in enumerate(tokens):
        if i and token.is_space and "\n" in token.text and tokens[i - 1].lower_ not in _LIST_WORDS:
            keep = i
            break
    while keep and not tokens[keep - 1].text[:1].isdigit():
        keep -= 1
    return keep
