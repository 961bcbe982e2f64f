"""Numeric facts: quantity spans (found by rules/quantity_patterns.jsonl) read in context.

For each span in ``doc.spans["quantities"]`` this module decides whether it
is a fact at all (the traps: years, dates, article and paragraph numbers,
list numbering, postal codes, phone numbers), reads its value and kind from
the span's tagged tokens, and its qualifier, change, counted noun phrase,
period and reference date from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice
from decimal import Decimal

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .models import NumericFact, Quantity
from .numbers import find_as_of, find_period, is_year, parse_number
from .rules import VOCABULARY
from .table_rows import Row

_SCALES = {k: Decimal(v) for k, v in VOCABULARY["scales"].items()}
_GLUED_SCALES = {k: Decimal(v) for k, v in VOCABULARY["glued_scales"].items()}
_CURRENCIES = VOCABULARY["currencies"]
_UNITS = {**VOCABULARY["units"], **{age: "years old" for age in VOCABULARY["ages"]}}
_SPELLED = VOCABULARY["spelled_numbers"]
_FRACTIONS = VOCABULARY["fractions"]
_MONTHS = VOCABULARY["months"]
_REFERENCE = frozenset(VOCABULARY["reference_words"])
_ORDINALS = frozenset(VOCABULARY["ordinal_words"])
_COUNTED_STOP = frozenset(VOCABULARY["counted_stop"])
_VERBS_AFTER = frozenset(VOCABULARY["verbs_after_counted"])
_PLURAL_MODIFIERS = frozenset(VOCABULARY["plural_modifiers"])
_QUALIFIERS = {p: name for name, phrases in VOCABULARY["qualifiers"].items() for p in phrases}
_CHANGES = {p: name for name, phrases in VOCABULARY["changes"].items() for p in phrases}
_CHANGES_AFTER = {p: name for name, phrases in VOCABULARY["change_after"].items() for p in phrases}
_CHANGES_BEFORE_PERCENT = {p: name for name, phrases in VOCABULARY["changes_before_percent"].items() for p in phrases}
_QUALIFIERS_AFTER = {p: name for name, phrases in VOCABULARY["qualifiers_after"].items() for p in phrases}
_AGE_CUES = {p: p for p in VOCABULARY["age_cues"]}
_CLOCK = frozenset(VOCABULARY["clock_words"])
_PHRASAL_UP_VERBS = frozenset(VOCABULARY["phrasal_up_verbs"])
# Words that link the numbers of one reference ("Articles 46 and 53", "para. 26 (b)").
_CHAIN = frozenset({",", "and", "or", "&", "to", "-", "–", ".", ":", "(", ")", "/", "nos", "no"})
_DETERMINERS = frozenset(VOCABULARY["determiners"])
_OF_WORDS = frozenset(VOCABULARY["of_words"])
_IRREGULAR_PLURALS = frozenset(VOCABULARY["irregular_plurals"])
_NUMBER_TAGS = frozenset({"<NUM>", "<RANGE>", "<WNUM>"})
_QUALIFIED_YEAR_PHRASES = frozenset({"total of", "a total of"})


@dataclass(frozen=True)
class Context:
    """Where a span stands: the text it may read, clipped to its section's body."""

    text: str  # the document's text (Doc.text rebuilds it on every call)
    start: int  # character range of the sentence, clipped
    end: int
    section_id: str | None
    area: int | None


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


def _phrase_before(doc: Doc, index: int, vocab: dict[str, str], limit: int = 4) -> tuple[str, int] | None:
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


def _phrase_after(doc: Doc, index: int, vocab: dict[str, str], limit: int = 3) -> tuple[str, int] | None:
    """The longest vocabulary phrase starting just after token ``index - 1``: (name, end token)."""
    for n in range(limit, 0, -1):
        words = [t.lower_ for t in doc[index:index + n] if not t.is_space]
        if len(words) == n and (name := vocab.get(" ".join(words))):
            return name, index + n
    return None


def _prev(doc: Doc, index: int) -> Token | None:
    for token in reversed(doc[:index]):
        if not token.is_space:
            return token
    return None


def _next(doc: Doc, index: int) -> Token | None:
    for token in doc[index:]:
        if not token.is_space:
            return token
    return None


def _line_start(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the first on its line."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return previous.is_space and "\n" in previous.text or "\f" in previous.text or previous.text_with_ws.endswith("\n")


def _is_reference(doc: Doc, index: int) -> bool:
    """Whether the number at ``index`` is part of a reference: "Article 46 and 53"."""
    i = index - 1
    while i >= 0:
        token = doc[i]
        if token.is_space and "\n" not in token.text:
            i -= 1
            continue
        lower = token.lower_
        if lower in _REFERENCE or lower.rstrip(".") in _REFERENCE:
            return True
        chained = lower in _CHAIN or token.norm_ in _NUMBER_TAGS or (len(lower) == 1 and lower.isalpha())
        if not chained:
            return False
        i -= 1
    return False


def _is_date(doc: Doc, span: Span) -> bool:
    before, after = _prev(doc, span.start), _next(doc, span.end)
    near = [t for t in (before, after) if t is not None]
    if after is not None and after.lower_ in ("st", "nd", "rd", "th"):
        near.append(_next(doc, after.i + 1))
    return any(t is not None and _month(t) for t in near)


# Month names that are also common words ("30 may apply") count only with a capital.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"})


def _month(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in _MONTHS and (word not in _AMBIGUOUS_MONTHS or token.is_title)


def _plural(word: str) -> bool:
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
    return token.is_alpha and lower not in STOP_WORDS and lower not in _COUNTED_STOP and not _month(token)


def counted_after(doc: Doc, text: str, index: int, end: int, *, after_of: bool) -> tuple[str, int] | None:
    """The noun phrase right after a quantity ("13 training sessions"): (text, end char).

    With ``after_of`` the phrase must follow "of" ("12% of the migrants");
    otherwise "of" and a determiner may stand between ("31 of their projects").
    Without a tagger, a phrase is a run of content words (hyphenated compounds
    count as one) that ends at a function word, a number or punctuation, after
    a plural noun, or before a verb ("officials attended").
    """
    units = list(islice(_units(doc, index, end), 12))  # a phrase is short; the sentence may be long
    if units and units[0][2] in _OF_WORDS and (after_of or doc[index - 1].norm_ == "<SCALE>"
                                                or len(units) > 1 and units[1][2] in _DETERMINERS):
        units = units[1:]
        while units and units[0][2] in _DETERMINERS:
            units = units[1:]
        while units and (units[0][0].norm_ in _NUMBER_TAGS | {"<SCALE>", "<CUR>"}):
            units = units[1:]  # "half of the 4,500 farmworkers", "12% of the US$ 3.1 billion appeal"
    elif after_of:
        return None
    words: list[tuple[Token, Token, str]] = []
    for position, (token, last, lower) in enumerate(units[:8]):
        if words and lower in ("and", "or") and not _plural(words[-1][2]):
            following = units[position + 1] if position + 1 < len(units) else None
            if following and _content_word(*following):
                words.append((token, last, lower))
                continue
        if not _content_word(token, last, lower):
            break
        if words and lower in _VERBS_AFTER and not words[-1][2].endswith("ly"):
            break  # "officials attended", but "newly arrived migrants"
        words.append((token, last, lower))
        if _plural(lower) or len(words) >= 5:
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


def _address(previous: Token | None, following: Token | None, numbers: list[Token], context: Context) -> bool:
    """A house number or postal code: "Rue des Alpes 14,", "9490 Montavia-Ville"."""
    digits = max(len(t.text) for t in numbers)
    after_name = previous is not None and previous.is_title and previous.idx != context.start
    before_name = following is not None and following.is_title and following.idx < context.end
    if after_name and (digits >= 4 or following is None or following.text in (",", ")", ";")):
        return True
    return digits >= 4 and "," not in numbers[0].text and before_name


def _label_phrase(label: str) -> str | None:
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
        counted=None if change else _label_phrase(row.label),
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
    bare = quantity.unit is None and not any(t.norm_ == "<SCALE>" for t in span)
    numbers = [t for t in span if t.norm_ in _NUMBER_TAGS]
    qualifier = _phrase_before(doc, span.start, _QUALIFIERS)

    # --- traps -------------------------------------------------------------------
    if bare and all(is_year(t.text) for t in numbers) and quantity.kind == "count":
        # A year, or a period, unless it counts something: "some 2000 migrants".
        before = _phrase_before(doc, span.start, {p: p for p in _QUALIFIED_YEAR_PHRASES})
        if len(numbers) > 1 or not (qualifier or before):
            return None
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None:
            return None
    if bare and first.norm_ == "<NUM>" and len(first.text) > 1 and first.text.startswith("0"):
        return None  # "00100", "0800": codes, not quantities
    if _is_date(doc, span) or _is_reference(doc, span.start):
        return None
    if first.norm_ == "<FRAC>":
        previous = _prev(doc, span.start)
        if previous is not None and previous.lower_ in _ORDINALS:
            return None  # "the first half of 2020"
        following = _next(doc, span.end)
        if following is not None and is_year(following.text):
            return None
    previous, following = _prev(doc, span.start), _next(doc, span.end)
    if bare and len(span) == 1 and first.text.isdigit() and previous is not None and previous.text == "(" \
            and following is not None and following.text == ")":
        return None  # "(1702)": a hotline, a code or a note, not a figure
    if bare and following is not None and following.lower_ in _CLOCK:
        return None  # "5 p.m.", "12 noon": a time of day
    if bare and _line_start(doc, span.start):
        if following is None or following.text in (".", ")") or following.is_title and len(numbers[0].text) <= 3:
            return None  # list numbering, a page number, a footnote
    if bare and first.norm_ == "<NUM>" and quantity.value_max is None:
        # Numbers side by side on one line: a phone number ("+81 3 5253 4111"), a code.
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and (before.text == "+" or before.norm_ == "<NUM>"):
            return None
        if after is not None and after.norm_ == "<NUM>":
            return None
    if first.norm_ == "<WNUM>" and len(span) == 1 and not _phrase_before(doc, span.start, _AGE_CUES, limit=3):
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None:
            return None  # "two of them": a spelled number quantifies a noun or nothing

    # --- attributes ----------------------------------------------------------------
    surface_start = span.start_char
    qualifier_name = None
    cue = span.start
    if qualifier:
        qualifier_name, cue = qualifier
        surface_start = doc[cue].idx
    change = _phrase_before(doc, cue, _CHANGES)
    if change is None and quantity.kind == "percent":
        change = _phrase_before(doc, cue, _CHANGES_BEFORE_PERCENT, limit=1)  # "up 3%", "down 12 per cent"
        verb = _prev(doc, change[1]) if change else None
        if verb is not None and verb.lower_ in _PHRASAL_UP_VERBS:
            change = None  # "make up 79%" is a share, not a rise
    change_name = change[0] if change else None
    if change_name is None and following is not None and following.lower_ in _CHANGES_AFTER:
        change_name = _CHANGES_AFTER[following.lower_]
    if qualifier_name is None:
        after = _phrase_after(doc, span.end, _QUALIFIERS_AFTER)  # "15 and over", "12 months or more"
        qualifier_name = after[0] if after else None
    if quantity.kind == "count" and _phrase_before(doc, cue, _AGE_CUES, limit=3):
        quantity = replace(quantity, kind="other", unit="years old")  # "aged 18 to 30", "under the age of five"

    counted = None
    surface_end = span.end_char
    if quantity.kind in ("count", "percent"):
        # A fraction's pattern ends with its "of": read the phrase from there.
        after = span.end - 1 if span[-1].lower_ in _OF_WORDS else span.end
        share = quantity.kind == "percent" and not span.id_.startswith("ratio")  # "one in four care workers"
        found = counted_after(doc, context.text, after, context.end, after_of=share)
        if found:
            counted = found[0]
            if quantity.kind == "count" or first.norm_ == "<FRAC>" or span.id_.startswith("ratio"):
                surface_end = found[1]
        elif quantity.kind == "count" or quantity.kind == "percent" and change_name is None:
            counted = counted_from_number_of(context.text, span.start_char, context.start)
    if bare and counted is None and _address(previous, following, numbers, context):
        return None

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
