"""Numbers that are not facts: years, dates, references, codes, numbering.

``is_trap`` says whether a quantity span, read in its context, is one of the
cases GCM.md lists as no fact: a year or a period, a date, an article,
paragraph, law or objective number, a postal code or house number, a phone
number, list or page numbering, a footnote, a time of day.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from .context import Context, is_month, lex_of, line_start, next_token, phrase_before, previous_token
from .counted import NUMBER_TAGS, counted_after, counted_from_number_of
from .numbers import is_year


def age_cues(doc: Doc) -> dict[str, str]:
    return {p: p for p in lex_of(doc).words.age_cues}


def is_reference(doc: Doc, index: int) -> bool:
    """Whether the number at ``index`` is part of a reference: "Article 46 and 53", where
    the words of ``reference_chain`` link the numbers of one reference ("para. 26 (b)")."""
    words = lex_of(doc).words
    references, chain = frozenset(words.reference_words), frozenset(words.reference_chain)
    i = index - 1
    while i >= 0:
        token = doc[i]
        if token.is_space and "\n" not in token.text:
            i -= 1
            continue
        lower = token.lower_
        if lower in references or lower.rstrip(".") in references:
            return True
        chained = lower in chain or token.norm_ in NUMBER_TAGS or (len(lower) == 1 and lower.isalpha())
        if not chained:
            return False
        i -= 1
    return False


def is_date(doc: Doc, span: Span) -> bool:
    """A day or a year beside a month name ("1 September", "31 de diciembre", "1er janvier")."""
    joiners = lex_of(doc).words.dates.day_month_joiner
    before, after = previous_token(doc, span.start), next_token(doc, span.end)
    if before is not None and before.lower_ in joiners:
        before = previous_token(doc, before.i)
    if after is not None and after.lower_ in joiners:
        after = next_token(doc, after.i + 1)
    near = [t for t in (before, after) if t is not None]
    if after is not None and after.lower_ in ("st", "nd", "rd", "th"):
        near.append(next_token(doc, after.i + 1))
    return any(t is not None and is_month(t) for t in near)


def is_address(previous: Token | None, following: Token | None, numbers: list[Token], context: Context) -> bool:
    """A house number or postal code: "Rue des Alpes 14,", "9490 Montavia-Ville"."""
    digits = max(len(t.text) for t in numbers)
    after_name = previous is not None and previous.is_title and previous.idx != context.start
    before_name = following is not None and following.is_title and following.idx < context.end
    if after_name and (digits >= 4 or following is None or following.text in (",", ")", ";")):
        return True
    return digits >= 4 and "," not in numbers[0].text and before_name




def is_trap(doc: Doc, span: Span, quantity: Quantity, qualifier, context: Context) -> bool:
    """Whether this quantity is one of the numbers that are no facts."""
    first = span[0]
    lex = lex_of(doc)
    bare = quantity.unit is None and not any(t.norm_ == "<SCALE>" for t in span)
    numbers = [t for t in span if t.norm_ in NUMBER_TAGS]
    if bare and all(is_year(t.text) for t in numbers) and quantity.kind == "count":
        # A year, or a period, unless it counts something: "some 2000 migrants".
        before = phrase_before(doc, span.start, {p: p for p in lex.words.qualified_year_phrases})
        if len(numbers) > 1 or not (qualifier or before):
            return True
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None:
            return True
    if bare and first.norm_ == "<NUM>" and len(first.text) > 1 and first.text.startswith("0"):
        return True  # "00100", "0800": codes, not quantities
    if is_date(doc, span) or is_reference(doc, span.start):
        return True
    if first.norm_ == "<FRAC>":
        previous = previous_token(doc, span.start)
        if previous is not None and previous.lower_ in lex.words.ordinal_words:
            return True  # "the first half of 2020"
        following = next_token(doc, span.end)
        if following is not None and is_year(following.text):
            return True
    previous, following = previous_token(doc, span.start), next_token(doc, span.end)
    if bare and len(span) == 1 and first.text.isdigit() and previous is not None and previous.text == "(" \
            and following is not None and following.text == ")":
        return True  # "(1702)": a hotline, a code or a note, not a figure
    if bare and following is not None and following.lower_ in lex.words.clock_words:
        return True  # "5 p.m.", "12 noon": a time of day
    if bare and line_start(doc, span.start):
        if following is None or following.text in (".", ")") or following.is_title and len(numbers[0].text) <= 3:
            return True  # list numbering, a page number, a footnote
    if bare and first.norm_ == "<NUM>" and quantity.value_max is None:
        # Numbers side by side on one line: a phone number ("+81 3 5253 4111"), a code.
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and (before.text == "+" or before.norm_ == "<NUM>"):
            return True
        if after is not None and after.norm_ == "<NUM>":
            return True
    if first.norm_ == "<WNUM>" and len(span) == 1 and not phrase_before(doc, span.start, age_cues(doc), limit=3):
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None:
            return True  # "two of them": a spelled number quantifies a noun or nothing

    if not bare or not is_address(previous, following, numbers, context):
        return False
    # A bare number that counts nothing, beside a name: a house number or a postal code.
    counted = counted_after(doc, context.text, span.end, context.end, after_of=False)
    return counted is None and counted_from_number_of(context.text, span.start_char, context.start, lex) is None
