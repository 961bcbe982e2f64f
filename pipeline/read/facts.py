"""Numeric facts: quantity spans (found by rules/quantity_patterns.jsonl) read in context.

For each span in ``doc.spans["quantities"]``: its value and kind from its
tagged tokens (``read_quantity``); whether it is a fact at all (``traps``);
then its qualifier, change, counted noun phrase (``counted``), period and
reference date from the words around it. A cell of a table row is read
against its row's label and its column's header instead (``read_cell``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from spacy.tokens import Doc, Span

from .context import Context, next_token, phrase_after, phrase_before, phrases, previous_token
from .counted import OF_WORDS, counted_after, counted_from_number_of, label_phrase
from ..models import NumericFact, Quantity
from .numbers import find_as_of, find_period, is_year, parse_number
from ..rules import VOCABULARY
from .table_rows import Row
from .traps import AGE_CUES, is_trap

_SCALES = {k: Decimal(v) for k, v in VOCABULARY["scales"].items()}
_GLUED_SCALES = {k: Decimal(v) for k, v in VOCABULARY["glued_scales"].items()}
_CURRENCIES = VOCABULARY["currencies"]
_UNITS = {**VOCABULARY["units"], **{age: "years old" for age in VOCABULARY["ages"]}}
_SPELLED = VOCABULARY["spelled_numbers"]
_FRACTIONS = VOCABULARY["fractions"]
_QUALIFIERS = phrases("qualifiers")
_QUALIFIERS_AFTER = phrases("qualifiers_after")
_CHANGES = phrases("changes")
_CHANGES_AFTER = phrases("change_after")
_CHANGES_BEFORE_PERCENT = phrases("changes_before_percent")
_PHRASAL_UP_VERBS = frozenset(VOCABULARY["phrasal_up_verbs"])


def _ratio(span: Span, decimal_comma: bool) -> Quantity | None:
    """"one in four", "3 out of 10": a share of a whole, as a percentage."""
    numbers = []
    for token in span:
        if token.lower_ == "one" and not numbers:
            numbers.append(Decimal(1))
        elif token.norm_ == "<NUM>":
            numbers.append(parse_number(token.text, decimal_comma=decimal_comma))
        elif token.norm_ == "<WNUM>":
            numbers.append(Decimal(_SPELLED[token.lower_]))
    if len(numbers) != 2 or None in numbers:
        return None
    part, whole = numbers
    if part != part.to_integral() or whole != whole.to_integral() or not 0 < part < whole <= 1000:
        return None  # "300 in 2020" is no share
    return Quantity(value=round(float(part / whole * 100), 2), value_max=None, kind="percent", unit="%")


def read_quantity(span: Span, *, decimal_comma: bool = False) -> Quantity | None:
    """Value, range, kind and unit of a quantity span, from its tagged tokens."""
    if span.id_.startswith("ratio"):
        return _ratio(span, decimal_comma)
    values: list[Decimal] = []
    scales: list[Decimal | None] = []
    currency = unit = None
    percent = False
    for token in span:
        tag = token.norm_
        if tag == "<NUM>":
            number = parse_number(token.text, decimal_comma=decimal_comma)
            if number is None:
                return None
            values.append(number)
            scales.append(None)
        elif tag == "<RANGE>":
            for part in token.text.replace("–", "-").replace("—", "-").split("-"):
                number = parse_number(part, decimal_comma=decimal_comma)
                if number is None:
                    return None
                values.append(number)
                scales.append(None)
        elif tag == "<WNUM>":
            values.append(Decimal(_SPELLED[token.lower_]))
            scales.append(None)
        elif tag == "<SCALE>":
            if not values:  # "a million", "one million"
                values.append(Decimal(1))
                scales.append(None)
            scales[-1] = _SCALES.get(token.lower_) or _GLUED_SCALES[token.lower_]
        elif tag == "<CUR>":
            currency = _CURRENCIES.get(token.lower_, "USD" if "dollar" in token.lower_ else None)
        elif tag == "<PCT>":
            percent = True
        elif tag == "<UNIT>":
            unit = _UNITS.get(" ".join(token.lower_.split()))
        elif tag == "<FRAC>":
            values.append(Decimal(str(_FRACTIONS[" ".join(token.lower_.split())])))
            scales.append(None)
            percent = True
    if not values or len(values) > 2:
        return None
    # "between 2 and 3 million": the last scale applies to a bare first number.
    if len(scales) == 2 and scales[0] is None:
        scales[0] = scales[1]
    amounts = [v * (s or 1) for v, s in zip(values, scales)]
    if len(amounts) == 2 and amounts[1] <= amounts[0]:
        return None  # "2019-20" is not a range of values
    if currency:
        kind, unit = "money", currency
    elif percent:
        kind, unit = "percent", "%"
    elif unit:
        kind = "other"
    else:
        kind = "count"
    return Quantity(
        value=float(amounts[0]),
        value_max=float(amounts[1]) if len(amounts) == 2 else None,
        kind=kind,
        unit=unit,
    )


def read_cell(doc: Doc, span: Span, context: Context, row: Row, *, decimal_comma: bool = False) -> NumericFact | None:
    """The fact in one cell of a table row: about the row's label, as of its column's year."""
    quantity = read_quantity(span, decimal_comma=decimal_comma)
    if quantity is None or is_year(span.text):
        return None
    column = row.column(span.start_char)
    sign = context.text[span.start_char - 1:span.start_char]
    percent = quantity.kind == "percent" or "%" in row.label or bool(column and column.percent)
    change = None
    if column and column.change:
        change = "decrease" if sign in ("-", "−", "–") else "increase"
    year = re.search(r"\((1[89]\d\d|20\d\d)\)", row.label)
    as_of = str(column.year) if column and column.year else (year.group(1) if year else None)
    line = context.text[row.start:row.end]
    return NumericFact(
        section_id=context.section_id,
        area=context.area,
        value=quantity.value,
        value_max=quantity.value_max,
        kind="percent" if percent and quantity.kind == "count" else quantity.kind,
        unit="%" if percent and quantity.kind == "count" else quantity.unit,
        counted=None if change else label_phrase(row.label),
        qualifier=None,
        change=change,
        period_start=column.period[0] if column and column.period else None,
        period_end=column.period[1] if column and column.period else None,
        as_of=None if change else as_of,
        surface=span.text,
        sentence=" ".join(line.split()),
        char_start=span.start_char,
        char_end=span.end_char,
        rule_id=f"table-row:{span.id_}",
    )


def read_fact(
    doc: Doc, span: Span, context: Context, *, decimal_comma: bool = False
) -> NumericFact | None:
    """The numeric fact a quantity span states, or None when it states none."""
    quantity = read_quantity(span, decimal_comma=decimal_comma)
    if quantity is None:
        return None
    first = span[0]
    qualifier = phrase_before(doc, span.start, _QUALIFIERS)

    if is_trap(doc, span, quantity, qualifier, context):
        return None

    following = next_token(doc, span.end)
    surface_start = span.start_char
    qualifier_name = None
    cue = span.start
    if qualifier:
        qualifier_name, cue = qualifier
        surface_start = doc[cue].idx
    change = phrase_before(doc, cue, _CHANGES)
    if change is None and quantity.kind == "percent":
        change = phrase_before(doc, cue, _CHANGES_BEFORE_PERCENT, limit=1)  # "up 3%", "down 12 per cent"
        verb = previous_token(doc, change[1]) if change else None
        if verb is not None and verb.lower_ in _PHRASAL_UP_VERBS:
            change = None  # "make up 79%" is a share, not a rise
    change_name = change[0] if change else None
    if change_name is None and following is not None and following.lower_ in _CHANGES_AFTER:
        change_name = _CHANGES_AFTER[following.lower_]
    if qualifier_name is None:
        after = phrase_after(doc, span.end, _QUALIFIERS_AFTER)  # "15 and over", "12 months or more"
        qualifier_name = after[0] if after else None
    if quantity.kind == "count" and phrase_before(doc, cue, AGE_CUES, limit=3):
        quantity = replace(quantity, kind="other", unit="years old")  # "aged 18 to 30", "under the age of five"

    counted = None
    surface_end = span.end_char
    if quantity.kind in ("count", "percent"):
        # A fraction's pattern ends with its "of": read the phrase from there.
        after = span.end - 1 if span[-1].lower_ in OF_WORDS else span.end
        share = quantity.kind == "percent" and not span.id_.startswith("ratio")  # "one in four care workers"
        found = counted_after(doc, context.text, after, context.end, after_of=share)
        if found:
            counted = found[0]
            if quantity.kind == "count" or first.norm_ == "<FRAC>" or span.id_.startswith("ratio"):
                surface_end = found[1]
        elif quantity.kind == "count" or quantity.kind == "percent" and change_name is None:
            counted = counted_from_number_of(context.text, span.start_char, context.start)
    sentence = context.text[context.start:context.end]
    anchor = span.start_char - context.start
    period = find_period(sentence)
    if period and period[2] <= anchor < period[3]:
        period = None
    as_of = find_as_of(sentence, anchor)
    if as_of and as_of[1] <= anchor < as_of[2]:
        as_of = None
    return NumericFact(
        section_id=context.section_id,
        area=context.area,
        value=quantity.value,
        value_max=quantity.value_max,
        kind=quantity.kind,
        unit=quantity.unit,
        counted=" ".join(counted.split()) if counted else None,
        qualifier=qualifier_name,
        change=change_name,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        as_of=as_of[0] if as_of else None,
        surface=context.text[surface_start:surface_end],
        sentence=" ".join(sentence.split()),
        char_start=surface_start,
        char_end=surface_end,
        rule_id=span.id_,
    )
