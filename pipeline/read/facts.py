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
from functools import cache
from decimal import Decimal

from spacy.tokens import Doc, Span

from ..models import NumericFact, Quantity
from ..rules import COMMON, Lexicon, lexicon
from .context import (Context, Found, dated_text, is_month, lead_date, lex_of, next_token, phrase_after, phrase_before,
                      previous_token, text_of, year_prepositions)
from .counted import (
    NUMBER_TAGS,
    caption_phrase, change_verbs, is_people, is_place, is_plural, counted_after, counted_after_copula, counted_among, counted_before,
    counted_amount_share, counted_at_level, counted_bracketed, counted_by_place, counted_change_level, counted_distributed, counted_from_number_of, counted_inverted,
    counted_of_noun, counted_measured, counted_money_subject, counted_of_places, counted_destination_holders, counted_example_nationals, counted_rate_of_change, counted_rate_subject,
    counted_relative_set, counted_share_of_change_count, counted_subject_level, counted_weight_whole,
    counted_share_noun, counted_share_after, counted_subject, label_phrase, counted_for_listed_place, counted_colon_lead,
    counted_carried_subject, counted_opening_figure, counted_changed_after, counted_moved_subject,
    counted_subject_of_set, counted_as, without_verbs, counted_number_changed, counted_changed_in, counted_with_clause, is_time_word, TIME_UNITS,
    compares_a_time,
    counted_item_holder, verb_form,
)
from .numbers import (
    AsOf, alternation, clause_break, figures_between, find_as_of, find_period, is_year, parse_number, spelled_value,
)
from .table_rows import ROW_NUMBER, SLASHED_DATE, SPAN_LABEL, TOTAL_WORDS, YEAR_IN_TITLE, Row
from .traps import age_cues, is_code, is_date, is_reference, is_trap


def _ratio(span: Span, decimal_comma: bool) -> Quantity | None:
    """"one in four", "3 out of 10", "uno de cada cinco": a share of a whole, as a percentage."""
    lex = lex_of(span.doc)
    numbers = []
    for token in span:
        if token.norm_ == "<ONE>" and not numbers:
            numbers.append(Decimal(1))
        elif token.norm_ == "<NUM>":
            numbers.append(parse_number(token.text, decimal_comma=decimal_comma))
        elif token.norm_ == "<WNUM>":
            numbers.append(spelled_value([token.lower_], lex.words.spelled_numbers))
    if len(numbers) != 2 or None in numbers:
        return None
    part, whole = numbers
    if part != part.to_integral() and whole not in (10, 100, 1000) or whole != whole.to_integral() \
            or not 0 < part < whole <= 1000:
        return None  # "300 in 2020" is no share; "1,6 sur 10" is (16 %)
    return Quantity(value=round(float(part / whole * 100), 2), value_max=None, kind="percent", unit="%")


def _multiple(span: Span, decimal_comma: bool) -> Quantity | None:
    """ "a plus que doublé", "près du triple", "multiplié par 2,5": how many times, as a measure."""
    lex = lex_of(span.doc)
    last = next((t for t in span if t.norm_ == "<MULT>"), None) \
        or next((t for t in reversed(span) if t.norm_ in ("<NUM>", "<WNUM>")), span[-1])  # "four-fold": four
    if last.norm_ == "<MULT>":
        value = Decimal(str(lex.words.multiples[last.lower_]))
    elif last.norm_ == "<NUM>":
        value = parse_number(last.text, decimal_comma=decimal_comma)
    else:
        value = spelled_value([last.lower_], lex.words.spelled_numbers)
    if value is None or value <= 1:
        return None
    return Quantity(value=float(value), value_max=None, kind="other", unit="times")


def _cue_counts(doc, key: str, cues: dict) -> tuple[dict, dict]:
    """How often the sentences that hold a currency word, and the whole document, name each
    country's cue words as words of their own ("Samoa", not "Catalan" for "tala")."""
    cache = doc.user_data.setdefault("currency_cues", {})
    if key not in cache:
        near = " ".join(s.text for s in doc.sents if any(" ".join(t.lower_.split()) == key for t in s)).lower()
        whole = text_of(doc)[:50000].lower()

        def count(text: str, words) -> int:
            return sum(len(re.findall(rf"(?<!\w){re.escape(cue)}(?!\w)", text)) for cue in words)
        cache[key] = ({code: count(near, words) for code, words in cues.items()},
                      {code: count(whole, words) for code, words in cues.items()})
    return cache[key]


def _not_places(counted: str | None, kind: str, lex: Lexicon) -> str | None:
    """A share's subject that is a set of places holds the share, it is not what the share is of:
    "América, al 35,6%; los países árabes, al 14,3%" (of the workforce named before)."""
    if counted is None or kind != "percent":
        return counted
    words = counted.split()
    head = words[0] if lex.words.head_first else words[-1]
    return None if head.lower() in lex.words.place_sets else counted


def _not_proper_name(counted: str | None, text: str, sentence_start: int, start: int, lex: Lexicon) -> str | None:
    """(head-first languages, whose common nouns are written in lower case) A name written after its own
    capitalised article inside a sentence ("La Guajira", "Las Condes", "La Rioja") is a proper name, a
    place the figure is given for, not what it counts."""
    if counted is None or not lex.words.head_first:
        return counted
    head = counted.split()[0]
    if not head[:1].isupper() or head.isupper():
        return counted
    articles = alternation([a.capitalize() for a in lex.words.definite_articles])
    named = re.search(rf"(?<=[^\W_])[^\w\n]*[ \u00a0](?:{articles})\s+{re.escape(head)}\b", text[sentence_start:start])
    return None if named else counted


def currency_code(token, lex: Lexicon) -> str | None:
    """The ISO code of a currency word; one that depends on the country ("pesos") is read
    from the cue words the document uses most ("México", "Banxico" -> MXN)."""
    lower = " ".join(token.lower_.split())
    cues = lex.words.currency_cues.get(lower)
    glued = lex.words.glued_currencies.get(lower)
    if isinstance(glued, str) and lower not in lex.currencies:
        return glued
    if isinstance(glued, dict) and lower not in lex.currencies:
        cues = glued
    if cues:
        near, whole = _cue_counts(token.doc, lower, cues)
        most = max(near.values())
        leaders = [code for code, n in near.items() if n == most]
        if most and len(leaders) == 1:
            return leaders[0]  # "Nepal received Rs 1.1 trillion": a country named beside the amounts
        # where none is, or several are as often ("inflows from ... Australia, Canada and Japan ... $181.78
        # million"), the country the document names most, if it names it more than once in passing ("... followed
        # by Samoa and Lesotho (both 23%)" in a story on India's remittances in "$"); the first listed where nothing says
        best, first = max(whole.items(), key=lambda kv: kv[1]), next(iter(cues))
        return best[0] if best[1] > 1 else first
    return lex.currencies.get(lower, "USD" if "dollar" in lower else None)


def _with_subunits(span: Span, decimal_comma: bool) -> Quantity | None:
    """ "3 dollars 50 cents" -> 3.5, "15 USD 50" -> 15.5, "one kuai and five mao five" -> 1.55:
    a currency's units and hundredths (tenths, then hundredths, for "mao") as one amount."""
    lex = lex_of(span.doc)
    after = next_token(span.doc, span.end)
    if after is not None and after.norm_ in ("<CUR>", "<SCALE>", "<UNIT>", "<PCT>"):
        return None  # "5 dollars and 10 dollars": two amounts
    numbers, currency, divisor = [], None, None
    for token in span:
        if token.norm_ == "<NUM>":
            numbers.append(parse_number(token.text, decimal_comma=decimal_comma))
        elif token.norm_ == "<WNUM>":
            numbers.append(spelled_value([token.lower_], lex.words.spelled_numbers))
        elif token.norm_ == "<CUR>":
            currency = currency or currency_code(token, lex)
        elif token.norm_ == "<SUB>":
            divisor = Decimal(lex.words.currency_subunits[token.lower_])
    if None in numbers or len(numbers) not in (2, 3) or currency is None:
        return None
    divisor = divisor or Decimal(100)
    whole, part = numbers[0], numbers[1]
    if part != part.to_integral() or not part < divisor or whole != whole.to_integral():
        return None
    value = whole + part / divisor
    if len(numbers) == 3:  # "five mao five": tenths, then hundredths
        if numbers[2] >= 10:
            return None
        value += numbers[2] / (divisor * 10)
    return Quantity(value=float(value), value_max=None, kind="money", unit=currency)


def _compound_chain(span: Span, decimal_comma: bool, code, lex: Lexicon) -> Quantity | None:
    """ "US $10 mil 508 millones 307 mil 400", "cinco mil 489 millones de dólares": figures and
    scale words read as one amount, as the words of a spelled number are (thousands multiply
    what comes before them; millions and more close a group)."""
    total, current, currency, groups = Decimal(0), Decimal(0), None, 0
    for token in span:
        if token.norm_ == "<ONE>" and token.i == span.start:
            current += 1  # "un millón 433 mil 945"
        elif token.norm_ in ("<NUM>", "<WNUM>"):
            number = (parse_number(token.text, decimal_comma=decimal_comma) if token.norm_ == "<NUM>"
                      else spelled_value([token.lower_], lex.words.spelled_numbers))
            if number is None:
                return None
            current += number
        elif token.norm_ == "<SCALE>":
            lower = " ".join(token.lower_.split())
            scale = Decimal(str(lex.words.scales.get(lower) or lex.words.glued_scales.get(lower) or 0))
            if not scale:
                return None
            if scale < 10 ** 6:
                current = (current or 1) * scale
            else:
                total, current, groups = total + (current or 1) * scale, Decimal(0), groups + 1
        elif token.norm_ == "<CUR>":
            currency = currency or code(token, lex)
    value = total + current
    if not value:
        return None
    return Quantity(value=float(value), value_max=None, kind="money" if currency else "count", unit=currency)


def _slash_share(token, lex) -> bool:
    """ "3/4 des refus", "les 2/3 sont de sexe masculin": a fraction written with a slash, below one, before "of" or after
    a definite article, is a share of a set (75 and 66.67 per cent), as "les trois quarts" and "les deux tiers" are."""
    match = re.fullmatch(r"([1-9])/([1-9]|10)", token.text)
    if not match or int(match.group(1)) >= int(match.group(2)):
        return False
    doc, words = token.doc, lex.words
    following = next((t for t in doc[token.i + 1:token.i + 2] if not t.is_space), None)
    previous = doc[token.i - 1] if token.i else None
    return following is not None and following.lower_ in words.of_words \
        or previous is not None and previous.lower_ in words.definite_articles


def _number_text(span: Span) -> str:
    return next((t.text for t in span if t.norm_ == "<NUM>"), "")


def read_quantity(span: Span, *, decimal_comma: bool = False) -> Quantity | None:
    """Value, range, kind and unit of a quantity span, from its tagged tokens."""
    if span.id_.startswith("ratio"):
        return _ratio(span, decimal_comma)
    if span.id_.startswith("money-subunits"):
        return _with_subunits(span, decimal_comma)
    if span.id_.startswith("multiple"):
        return _multiple(span, decimal_comma)
    lex = lex_of(span.doc)
    words = lex.words
    values: list[Decimal] = []
    scales: list[Decimal | None] = []
    currency = unit = None
    factor = None  # a unit's share of the unit it names: "décimas", tenths of a point
    percent = False
    for token in span:
        tag = token.norm_
        if tag == "<NUM>":
            number = parse_number(token.text, decimal_comma=decimal_comma)
            if number is None:
                return None
            if len(span) == 1 and _slash_share(token, lex):
                number, percent = (number * 100).quantize(Decimal("0.01")).normalize(), True
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
            number = spelled_value([token.lower_], words.spelled_numbers)
            if number is None:
                return None
            values.append(number)
            scales.append(None)
        elif tag == "<SCALE>":
            lower = " ".join(token.lower_.split())
            scale = Decimal(str(words.scales.get(lower) or words.glued_scales.get(lower) or words.cut_scales[lower]))
            if percent and span[0].norm_ in ("<FRAC>", "<ONE>") and values:
                values[-1], percent = values[-1] / 100, False  # "half million", "a quarter million": a part of it
            if not values:  # "a million", "one million"; "MAUD 60": the figure comes after
                values.append(Decimal(1) if span.id_ != "amount-scale-code-first" else Decimal(0))
                scales.append(None)
            if scale >= 10 ** 9 and not decimal_comma and len(values) == 1 and re.fullmatch(r"\d{1,3},\d{3}", _number_text(span)) \
                    and currency not in COMMON.small_unit_currencies:  # "VND 2,000 billion" is two thousand billions
                # "USD$ 2,417 bn": a thousand billions would be written as trillions; the comma
                # is a decimal mark here
                values = [values[0] / 1000]
            elif scale >= 10 ** 6 and decimal_comma and len(values) == 1 and re.fullmatch(r"\d{1,3}, \d{3}", _number_text(span)):
                # "2, 036 milliards de dollars": where a comma marks decimals, a space after it before a scale cuts no
                # thousands group off (a thousand milliards would be written otherwise): two and a fraction
                values = [values[0] / 1000]
            elif scale >= 10 ** 6 and decimal_comma and len(values) == 1 and words.comma_decimal_before_scale \
                    and re.fullmatch(r"\d{1,3},\d{3}", _number_text(span)) and not _number_text(span).startswith("1,"):
                # "10,732 milliards de dirhams": where a comma never groups thousands, ten and a fraction; one and a
                # fraction takes a singular scale, so "1,206 millions" groups thousands
                values = [values[0] / 1000]
            elif scale >= 10 ** 6 and decimal_comma and len(values) == 1 and not lower.endswith("s") \
                    and re.fullmatch(r"1,\d{3}", _number_text(span)):
                # "tombant de 1,206 million à 649.855": a singular scale after a decimal comma, one and a fraction
                values = [values[0] / 1000]
            if span.id_.startswith("amount-compound-scale") and len(values) == 2 and scales[0] and scale > scales[0]:
                # "38 mil 212 millones": 38 thousand 212 millions is 38,212 millions
                values, scales = [values[0] * scales[0] + values[1]], [None]
            elif span.id_.startswith("amount-compound-scale") and len(values) == 2 and scales[0] and scale < scales[0] \
                    and values[1] < 1000 and values[1] == int(values[1]):
                # "10 million 633 thousand operations": 10 millions and 633 thousands
                values, scales, scale = [values[0] * scales[0] + values[1] * scale], [None], Decimal(1)
            scales[-1] = scale
            currency = currency or words.scale_currencies.get(lower)
        elif tag == "<CUR>":
            currency = currency_code(token, lex)
        elif tag == "<PCT>":
            percent = True
        elif tag == "<UNIT>":
            unit = lex.units.get(" ".join(token.lower_.split()))
            factor = words.unit_factors.get(" ".join(token.lower_.split()))  # "tres décimas": 0.3 of a point
        elif tag == "<FRAC>":
            values.append(Decimal(str(words.fractions[" ".join(token.lower_.split())])))
            scales.append(None)
            percent = True
    if percent and words.comma_decimal_before_scale and len(values) == 1 and not any(scales) \
            and re.fullmatch(r"\d{1,3},\d{3}", _number_text(span)):
        values = [values[0] / 1000]  # "progressé de 1,125 %": a share with three decimals
    if span.id_ == "amount-hundred" and len(values) == 2:
        values, scales = [values[0] * values[1]], [scales[1]]  # "3 hundred thousand": 300,000
    if span.id_ == "amount-scale-code-first" and len(values) == 2:
        values, scales = [values[1]], [scales[0]]
    if span.id_.startswith("amount-compound-chain"):
        return _compound_chain(span, decimal_comma, currency_code, lex)
    if span.id_ in ("amount-compound-thousands", "amount-compound-thousands-mil", "amount-compound-millions"):
        # "42 mil 500" is 42,500; "2 millones 207 mil 900" is 2,207,900
        values, scales = [sum(v * (s or 1) for v, s in zip(values, scales))], [None]
    if span.id_ in ("one-unit", "one-noun", "one-percent"):
        values, scales = [Decimal(1)], [None]  # "hace un año", "au moins un an": one of the unit; "un panameño";
        # "supera el uno por ciento": one per cent
    if span.id_ == "amount-half-scale":
        values = [Decimal("0.5")]  # "medio millón"
    elif span.id_ == "amount-scale-and-half":
        values[-1] += Decimal("0.5")  # "un millón y medio", "un million et demi"
    elif span.id_ == "unit-and-half":
        values, scales = [(values[-1] if values else Decimal(1)) + Decimal("0.5")], [None]  # "un an et demi", "deux ans
        # et demi": one and a half of the unit
    if not values or len(values) > 2:
        return None
    # "between 2 and 3 million": the last scale applies to a bare first number.
    if len(scales) == 2 and scales[0] is None:
        scales[0] = scales[1]
    amounts = [v * (s or 1) * Decimal(str(factor or 1)) for v, s in zip(values, scales)]
    if len(amounts) == 2 and amounts[1] <= amounts[0]:
        return None  # "2019-20" is not a range of values
    if currency:
        kind, unit = "money", currency
    elif percent:
        kind, unit = "percent", "%"
    elif unit == "per mille":
        kind, unit = "count", None  # "16 ‰", "5 pour mille": a rate per thousand counts its subject, as "5.3 per thousand"
    elif unit:
        kind = "other"
    else:
        kind = "count"
        if not decimal_comma and len(amounts) == 1 and scales == [None] and factor is None \
                and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", _number_text(span)):
            # "immigrants number 3.846", "stood at 11.189 people": a bare count with a point before three
            # digits, where the text writes decimal points, is a thousands group set in the continental way
            amounts = [amounts[0] * 1000]
    return Quantity(
        value=float(amounts[0]),
        value_max=float(amounts[1]) if len(amounts) == 2 else None,
        kind=kind,
        unit=unit,
    )


def _label_date(label: str, months: dict[str, int]) -> str | None:
    """The date a row's label gives its cells: "Work permits issued (2021)", "Sep 2018", "2019"."""
    year = re.search(r"\((1[89]\d\d|20\d\d)\)", label)
    if year:
        return year.group(1)
    # "2007 (r)", "2008 (p)": a revision mark after the year changes nothing
    match = re.fullmatch(r"(?:([^\W\d_]+)\.?\s+)?(1[89]\d\d|20\d\d)(?:\s*\([a-z]\))?", label.strip())
    if match and (match.group(1) is None or match.group(1).lower() in months):
        month = months.get((match.group(1) or "").lower())
        return f"{match.group(2)}-{month:02d}" if month else match.group(2)
    return None


def read_cell(doc: Doc, span: Span, context: Context, row: Row, *, decimal_comma: bool = False) -> NumericFact | None:
    """The fact in one cell of a table row: about the row's label, as of its column's year."""
    quantity = read_quantity(span, decimal_comma=decimal_comma)
    if quantity is None or is_year(span.text) or is_date(doc, span) or is_reference(doc, span.start) \
            or is_code(doc, span) or re.fullmatch(r"0\d+", span.text):
        return None  # a date, a reference, a code or a phone number printed like a row
    line_start = context.text.rfind("\n", 0, span.start_char) + 1
    counter = re.search(r"(?:^|[|·•])\s*([^\W\d_]+)\s*:?\s*$", context.text[line_start:span.start_char])
    if counter and counter.group(1).lower() in lex_of(doc).words.counter_words:
        return None  # "Publié le 13 juillet 2020 | Vues : 2 417": a byline's view counter, not a row of a table
    column = row.column(span.start_char)
    scale = column.scale if column and (column.scale != 1 or column.percent) else row.scale  # its own unit first
    currency = column.currency if column and column.currency else row.currency
    if scale != 1 and quantity.kind == "count" and not row.percent:  # a share is never in thousands
        value = float(Decimal(str(quantity.value)) * scale)
        value_max = float(Decimal(str(quantity.value_max)) * scale) if quantity.value_max is not None else None
        quantity = replace(quantity, value=value, value_max=value_max, kind="money" if currency else "count",
                           unit=currency)
    elif currency and quantity.kind == "count" and not row.percent and not (column and column.percent):
        quantity = replace(quantity, kind="money", unit=currency)  # "(current US$)" over a ranking: dollars
    sign = context.text[span.start_char - 1:span.start_char]
    percent = quantity.kind == "percent" or "%" in row.label or bool(column and column.percent) or row.percent \
        or row.share_last and bool(row.cells) and row.cells[-1][0] <= span.start_char < row.cells[-1][1]
    change = None
    # "-34,500", "+1,250", or a sign set apart right after the label: "Net migration - 7,800" (not an empty
    # cell's dash: "26,010 - - 4,929,700")
    spaced = re.search(r"[^\W\d_]\s+([-−–+])\s$", context.text[max(row.start, span.start_char - 6):span.start_char])
    if spaced is None and len(row.cells) in (len(row.names), len(row.columns)):
        # "2006 80 131 - 51" under three columns: the dash is the last cell's sign, not an empty cell
        spaced = re.search(r"\d\s+([-−–])\s$", context.text[max(row.start, span.start_char - 6):span.start_char])
    if spaced is None:
        # "| - 6,7 |": a sign set apart at the head of a cell its pipes close
        spaced = re.search(r"\|[ \t]*([-−–+])[ \t]+$", context.text[max(row.start, span.start_char - 6):span.start_char])
    mark = sign if sign in ("-", "−", "+") else spaced.group(1) if spaced else None
    # "– 22,6" alone in its cell: the sign opens the cell, set off by a space
    opening = re.search(r"(?:^|\n)[ \t|]*([+\-−–])[ \t]+$", context.text[max(0, span.start_char - 8):span.start_char]) \
        if len(row.cells) == 1 else None
    sign = opening.group(1) if opening and sign not in ("-", "−", "–", "+") else sign
    mark = mark or (opening.group(1) if opening else None)
    moved = bool(column and column.change)  # a column of changes counts and dates what its row's levels do
    if moved:
        change = "decrease" if sign in ("-", "−", "–") else "increase"
    elif mark:  # a signed cell is a change
        change = "increase" if mark == "+" else "decrease"
    as_of = column.date if column and column.year else _label_date(row.label, lex_of(doc).words.months)
    if column and column.year and not column.month and row.title and str(column.year) in row.title:
        # "... looked after, years to 31 March 2004, 2005 and 2006": each year's column ends on that day
        day = _title_day(lex_of(doc).lang).search(row.title)
        as_of = f"{column.year}-{lex_of(doc).words.months[day.group(2).lower()]:02d}-{int(day.group(1)):02d}" \
            if day else as_of
    if as_of is None and row.title and all(c.year is None for c in row.columns):
        # "Population, 2016, by migrant background", "2017(1-4)"; "January-June  20181": a footnote's number after it
        years = set(YEAR_IN_TITLE.findall(row.title)) or set(re.findall(r"(?<!\d)((?:19|20)\d\d)\d\s*$", row.title))
        as_of = years.pop() if len(years) == 1 else None  # "Population, 2016, by migrant background"
        dated = find_as_of(row.title, len(row.title), lex_of(doc).lang) if as_of else None
        as_of = dated.date if dated and dated.date.startswith(as_of) else as_of  # "... on 1 January 2009": that day
        as_of = as_of or _slashed_title_date(row.title, lex_of(doc).lang)
    if as_of and re.fullmatch(r"(?:1[89]|20)\d\d", as_of) and re.match(rf"{as_of}(?:\s*\(\w\))?$", row.label.strip(" |")) \
            and _year_end_header(context.text, row.start, lex_of(doc).words.year_end_headers):
        as_of = f"{as_of}-12-31"  # "Year end | Resident population |" over "2001 | 87,400 |": the year's last day
    line = context.text[row.start:row.end]
    period = column.period if column and column.period else None
    span_label = SPAN_LABEL.fullmatch(row.label.strip())
    if period is None and span_label and int(span_label.group(1)) < int(span_label.group(2)):
        period = (span_label.group(1), span_label.group(2))  # "1850-1888 | 2918 |": the row's span of years
    if period is None and row.blanks == "lost" and row.title and (span_title := SPAN_LABEL.search(row.title)):
        # a row that lost its empty cells under "..., by Industry, CNMI: 2004-1999": each cell is of the title's span
        period = tuple(sorted((span_title.group(1), span_title.group(2))))
    if period is None and row.chart:
        found = find_period(row.label, lex_of(doc).lang)  # "Evolución de la población (2001-2013)"
        period = (found.first, found.last) if found else None
    return NumericFact(
        section_id=context.section_id,
        area=context.area,
        value=quantity.value,
        value_max=quantity.value_max,
        kind="percent" if percent and quantity.kind == "count" else quantity.kind,
        unit="%" if percent and quantity.kind == "count" else quantity.unit,
        counted=quantity.unit if quantity.kind == "money" else (_column_phrase(
            row.name(span.start_char), lex_of(doc)) or _moved_phrase(row, lex_of(doc))  # "Dossiers" under "% évolution"
            or (_row_label(row.label, lex_of(doc)) if _label_counts(row.label, lex_of(doc)) or not row.title else None)) if moved
        else _cell_counted(row, span.start_char, lex_of(doc), percent=percent),
        qualifier=None,
        change=change,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        as_of=None if moved or period else as_of,  # a column over a span of years has no one date
        surface=span.text,
        sentence=" ".join(line.split()),
        char_start=span.start_char,
        char_end=span.end_char,
        rule_id=f"table-row:{span.id_}",
    )


def _slashed_title_date(title: str, lang: str) -> str | None:
    """The date a table's title gives as day, month and year set off by slashes ("... por ámbitos territoriales
    (1). 01/07/2024"): the day first, as written outside English; in English a day only where the first number
    can be no month, else the year."""
    found = [m for m in SLASHED_DATE.finditer(title)]
    if len(found) != 1:
        return None
    first, second, year = (int(g) for g in found[0].groups())
    day, month = (first, second) if lang != "en" or first > 12 else (None, None)
    if day is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return str(year)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _year_end_header(text: str, start: int, headers) -> bool:
    """Whether the header over a table's rows, in the lines above up to a blank one, opens with a field that
    dates its years' rows at the year's end ("Year end | Resident population | Annual change |")."""
    if not headers:
        return False
    above = text[max(0, start - 3000):start].split("\n\n")[-1]
    return any(line.split("|")[0].strip().lower() in headers for line in above.split("\n") if "|" in line)


@cache
def _title_day(lang: str) -> re.Pattern:
    """A day and month in a table's title before the list of years they end ("years to 31 March 2004,
    2005 and 2006"), built once per language."""
    months = lexicon(lang).words.months
    return re.compile(r"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+({})\s+(?:de\s+)?(?:1[89]|20)\d\d\b"
                      r"(?=\s*(?:,|and|et|y)\s*(?:1[89]|20)\d\d\b)".format(
                          "|".join(map(re.escape, sorted(months, key=len, reverse=True)))), re.I)


def _moved_phrase(row: Row, lex) -> str | None:
    """What a cell of a column of changes ("% Change 2015/14") counts: the noun the table's title names
    ("WORK PERMITS GRANTED, BY ... YEARLY 1994 - 2015": permits), unless the row's label names a group
    of its own; a row's label alone names no change's set (its cells may run into it: "Jalisco 5,235
    5,403 mdd +")."""
    if not row.title or _label_counts(row.label, lex):
        return None
    return caption_phrase(row.title, lex)


def _cell_counted(row: Row, offset: int, lex: Lexicon, *, percent: bool) -> str | None:
    """What the cell at ``offset`` counts: what its column's name names; else what the table's caption
    names, unless the row's label names a group of its own (a share in a group's row is of the caption's
    whole all the same: "Immigrants économiques 43,7" under "Résidents permanents ..., profil comparé"
    with its "1991 (%)"); else the noun of the list's lead or of the row's label."""
    named = _column_phrase(row.name(offset, lex.words.per_words), lex)
    if named:
        return named
    if row.title and (percent or row.categories or not _label_counts(row.label, lex)) and not _label_names_own(row, lex):
        return caption_phrase(row.title, lex)
    if lex.words.head_first and row.lead and _labels_lead(row.lead, lex)[1] and not _label_counts(row.label, lex):
        # "Solicitudes presentadas:" / ... / "Provincia:" / "Madrid: 11.621": a lead that names the kind of its
        # labels names no set, nor do the labels; the lines count what the nearest lead above naming one names
        return next((phrase for lead in row.leads[1:] for phrase, kind in [_labels_lead(lead, lex)]
                     if phrase and not kind), None)
    return _lead_phrase(row, lex) or _row_label(row.label, lex)


def _column_phrase(name: str | None, lex) -> str | None:
    """What a column counts by its name: "Cantidad de personas" counts personas; a column of shares of a whole
    ("Remesas como porcentaje del PIB", "Remittances as a percentage of GDP") counts the whole."""
    if not name:
        return None
    whole = _share_of_whole(lex).search(name)
    return label_phrase(whole.group(1) if whole else name, lex)


@cache
def _share_of_whole(lex: Lexicon) -> re.Pattern:
    """A column's percent word and the whole its shares are of: "porcentaje del PIB" -> PIB."""
    if not lex.words.percent_column_words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{alternation(lex.words.percent_column_words)})\s+(?:{alternation(lex.words.of_words)})"
                      rf"(?:\s+|(?<=['’]))(?:(?:{alternation(lex.words.determiners)})\s+)?([^\W\d_].*)", re.I)


def _row_label(label: str, lex) -> str | None:
    """What a row counts by its label; a place's row counts nothing the label names ("Syria  98,900"),
    nor does the row's number before it ("1 Syria 98,900")."""
    label = ROW_NUMBER.sub("", label)
    phrase = label_phrase(label, lex)
    # "St. Kitts-Nevis": the whole label may name the place where its phrase does not; "Territorios 93.291" among
    # the provinces' rows: a label that names a kind of place ("territorios", "regions") is a place's row too
    if phrase and phrase.lower() in lex.words.place_sets:
        return None
    return None if phrase and (is_place(phrase, lex) or is_place(label.strip(" |:•-–"), lex)) else phrase


def _labels_lead(lead: str, lex: Lexicon) -> tuple[str | None, bool]:
    """The phrase of a short lead of a list ("Provincia:" -> Provincia), and whether it names the kind of
    the list's labels (a place's or an age's) rather than what its lines count."""
    words = lead.strip(" :•-–").split()
    phrase = caption_phrase(" ".join(words), lex) if len(words) <= 6 else None
    kinds = (*lex.words.place_sets, *lex.words.label_kinds)
    return phrase, bool(phrase) and phrase.split()[0].lower() in kinds


def _lead_phrase(row: Row, lex: Lexicon) -> str | None:
    """What the items of a list of places count: the noun of the line that opens the list
    ("Arrivées par pays :" / "- Italie : 29 028" -> Arrivées)."""
    if not lex.words.head_first or not row.lead:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", row.label)
    if not words or _label_counts(row.label, lex):
        return None
    lead = row.lead.strip(" :•-–").split()
    if len(lead) <= 6:
        return caption_phrase(" ".join(lead), lex)
    # a sentence leads the table ("En la tabla que sigue se resumen los afiliados de cada comunidad:"): its first
    # plural noun after an article
    return next((word for before, word in zip(lead, lead[1:])
                 if before.lower() in lex.words.determiners and is_plural(word.lower(), lex)
                 and word.lower() not in lex.words.place_sets), None)  # "Estos son los lugares ... que más ... han acogido:"


def _label_names_own(row: Row, lex: Lexicon) -> bool:
    """Whether an English row under a title read from the line above its header counts its own label
    ("Natural increase 45,100 45,900"), being neither a place's ("Syria") nor the total's."""
    if not row.inferred or lex.words.head_first:
        return False
    label = ROW_NUMBER.sub("", row.label).strip(" |")
    if label.count(")") > label.count("(") or label[:1].islower():
        return False  # "South Korea, etc.)", "and South Central Asia (Brunei, etc.)": the tail of a label wrapped from the line above
    if label.split() and label.split()[-1].lower() in lex.words.level_label_words:
        return False  # "Canadian Low Skill": a programme named by its level counts what the title names
    return bool(label_phrase(label, lex)) and not is_place(label, lex) and label.lower() not in lex.words.total_words \
        and not _other_places(label, lex)


def _other_places(label: str, lex: Lexicon) -> bool:
    """Whether a row's label names only a set of places ("Other countries", "Autres pays", "Otros países"): the row
    of the places the table lists no one by one, which counts what the others count."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", label) if w.lower() not in lex.spacy_stop_words]
    return len(words) == 1 and words[0].lower() in lex.words.place_sets


def _label_counts(label: str, lex: Lexicon) -> bool:
    """Whether a row's label names a group of its own ("Immigrés", "dont : étrangers"), which its
    cells count rather than what the table's caption names; a category ("Économique") or a place
    ("Algérie") counts what the caption names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", label) if w.lower() not in lex.spacy_stop_words]
    if len(words) > 1 and words[0].lower() in TOTAL_WORDS:
        words = words[1:]  # "TOTAL INMIGRANTES": the noun after the total
    head = words[0 if lex.words.head_first else -1] if words else ""
    if _other_places(label, lex):
        return False
    # "ILLES BALEARS", "Países Bajos": a place's name whose first word looks plural names no group
    return bool(words) and is_plural(head.lower(), lex) and not is_place(head, lex) \
        and not is_place(ROW_NUMBER.sub("", label).strip(" |:•-–*"), lex)


def _caption_below(doc: Doc, span: Span, context: Context, share: bool):
    """What a key figure standing alone on its line counts, named by the line of words under it
    ("69%" / "of international migrants were migrant workers", "169 million" / "migrant workers
    globally"): its phrase, read from the next line when that line goes on in lower case."""
    if context.text[context.start:context.end].strip() != span.text.strip() or span.end >= len(doc):
        return None
    k = span.end
    if not doc[k].is_space or doc[k].text.count("\n") > 3 or "\f" in doc[k].text or k + 1 >= len(doc):
        return None
    first = doc[k + 1]
    if not first.text[:1].islower():
        return None
    end = context.text.find("\n", first.idx)
    return counted_after(doc, context.text, first.i, len(context.text) if end < 0 else end, after_of=share)


@cache
def _coordinated_share_pattern(lang: str) -> re.Pattern:
    words = lexicon(lang).words
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words.conjunctions))})\s+(?:[^\W\d_]+\s+)?[\d.,]+\s*%\s*"
                      rf"(?:{'|'.join(map(re.escape, words.of_words))})\b", re.I)


def _coordinated_share(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a share is joined to a next one that names its whole ("el 1.1% y el 0.3% del monto
    total"): the whole is the first's too, not the sentence's subject."""
    return _coordinated_share_pattern(lex.lang).match(text, end) is not None


@cache
def _number_of_keys(lang: str) -> frozenset[tuple[str, ...]]:
    """The words of "number of", "share of", "le nombre de" ..., as token tuples."""
    return frozenset(tuple(key.split()) for key in lexicon(lang).words.number_of)


def _defined_after(doc: Doc, span: Span, context: Context):
    """What a key figure counts where a colon or a dash after it says what the figure is ("281
    million: The estimated number of international migrants", "3.6% – the share of migrants in the
    world's population"): the phrase after "number of", "share of" and the like, at most three words
    of determiner and modifier from the mark."""
    lex = lex_of(doc)
    k = span.end
    if k >= len(doc) or doc[k].text not in (":", "–", "—") or doc[k].idx >= context.end:
        return None
    keys = _number_of_keys(lex.lang)
    words = [t for t in doc[k + 1:min(len(doc), k + 9)] if not t.is_space and t.idx < context.end]
    for lead in range(4):
        for size in (3, 2):
            if tuple(t.lower_ for t in words[lead:lead + size]) in keys:
                if any(t.norm_ in NUMBER_TAGS or t.text in ",;" for t in words[:lead]):
                    return None
                start = words[lead + size - 1].i + 1
                phrase = counted_after(doc, context.text, start, context.end, after_of=False)
                return phrase._replace(end=span.end_char) if phrase else None
    return None


# units of a span of time: a figure in one is a duration ("tres meses", "hace diez años")
DURATION_UNITS = TIME_UNITS | {"hour"}


def read_fact(
    doc: Doc, span: Span, context: Context, *, decimal_comma: bool = False
) -> NumericFact | None:
    """The numeric fact a quantity span states, or None when it states none."""
    quantity = read_quantity(span, decimal_comma=decimal_comma)
    if quantity is None:
        return None
    multiplied_from = span.start if span.id_ in ("multiple-verb", "multiple-infinitive") else None
    if span.id_ in ("multiple-verb", "multiple-noun", "multiple-infinitive"):
        word = next(t.i for t in span if t.norm_ == "<MULT>")
        span = Span(doc, word, word + 1, label=span.label, span_id=span.id)  # "a plus que doublé": doublé
    lex = lex_of(doc)
    words = lex.words
    first = span[0]
    qualifier = phrase_before(doc, span.start, lex.phrases("qualifiers"))
    if qualifier is None and span.start and doc[span.start - 1].norm_ == "<ONE>" \
            and (first.norm_ in ("<WNUM>", "<SCALE>") or words.head_first and quantity.kind == "percent"):
        # "More than a hundred thousand"; "retrocedió más de un 10%", "creció casi un 5%": the qualifier before the
        # percentage's "un", which the change verb stands before in turn
        qualifier = phrase_before(doc, span.start - 1, lex.phrases("qualifiers"))
    if qualifier is None and first.norm_ == "<FRAC>" and span.start \
            and doc[span.start - 1].lower_ in words.fraction_qualifiers:
        qualifier = Found(words.fraction_qualifiers[doc[span.start - 1].lower_], span.start - 1)  # "plus du tiers"
    if qualifier is None and span.id_ in ("multiple-verb", "multiple-infinitive") and multiplied_from is not None:
        qualifier = _multiple_qualifier(doc, multiplied_from, span.start)  # "a plus que doublé", "a presque triplé"
    if qualifier is None and span.id_ == "multiple-divided":
        qualifier = _multiple_qualifier(doc, max(0, span.start - 3), span.start)  # "a presque été divisé par deux"
    if qualifier and qualifier.token == span.start - 1 and doc[qualifier.token].lower_ in words.object_taking_qualifiers \
            and span.end < len(doc) and doc[span.end].is_alpha and doc[span.end].lower_ not in lex.spacy_stop_words \
            and doc[span.end].lower_ != "per":
        qualifier = None  # "passed 50 per boat", "had passed 120 million" bound a level; "passed 12 laws" does a thing
    if qualifier and qualifier.name == "at_most" and quantity.kind == "count" and quantity.value_max is None \
            and quantity.value >= 100 and quantity.value == int(quantity.value) and int(quantity.value) % 10 \
            and doc[qualifier.token:span.start].text.lower() in words.exact_count_bounds:
        qualifier = None  # "as many as 141,036 workers are back", "is up to 6,315 people": no bound on an exact count
    if qualifier and qualifier.name == "at_most":
        before = previous_token(doc, qualifier.token)
        before = previous_token(doc, before.i) if before is not None and before.text == "," else before
        if before is not None and before.lower_ in (*words.period_adverbs, *words.inverted_adverbs):
            before = previous_token(doc, before.i)  # "subieron 12,4% anual, hasta 98 millones": past the rate's span
        if before is not None and before.text == ")":  # "leur progression (+28,4%) jusqu'à 7.542 MDT"
            before = previous_token(doc, before.i)
        noun_of_figure = before is not None and before.is_alpha and (figure := previous_token(doc, before.i)) is not None \
            and figure.norm_ in ("<NUM>", "<SCALE>") and previous_token(doc, qualifier.token).text == ","
        if before is not None and before.norm_ in ("<NUM>", "<PCT>", "<SCALE>", "<CUR>", "<UNIT>") or noun_of_figure:
            # "aumentaron 27,1 % hasta 3.450,7 millones", "aumentaron en 129.788 personas, hasta 47,1 millones": the
            # level reached, not "up to"
            qualifier = None
        elif before is not None and before.lower_ in words.summing_verbs:
            qualifier = None  # "inflows adding up to Ksh 9.3b": a sum, not "at most"
        elif before is not None and (before.lower_ in words.movement_words or before.lower_ in change_verbs(lex.lang)
                                     and before.lower_ not in lex.spacy_stop_words
                                     and doc[qualifier.token:span.start].text.lower() in words.reached_bounds):
            qualifier = None  # "it went up to 8.33 lakh in 2021", "climbed up to 52,000", "bajaron hasta 3,33
            # millones": the level reached
        elif re.search(r"\b(?:{})\s+(?:[^\W\d_]+\s+){{0,2}}[-+−]?\d[^,;:()]*$".format(alternation(words.dates.level_from)),
                       context.text[context.start:doc[qualifier.token].idx], re.I):
            qualifier = None  # "ran from almost 7 percent for East Asia and the Pacific up to 12 percent": a range's end

    if qualifier and qualifier.name == "at_least" and _compared_level_after(doc, span, qualifier, context, lex):
        qualifier = None  # "superó los 7,933.1 millones que habían llegado ...": the level compared with, no bound

    if span.id_ == "one-noun" and not _one_counts(doc, span, qualifier, words):
        return None  # "al menos un miembro", "con una persona ... con cuatro o más personas"; not a bare article
    if span.id_ != "one-noun" and is_trap(doc, span, quantity, qualifier, context):
        return None  # a counted "un" has no digits to be a code, a date or a page's number
    if span.id_ == "fraction-alone" and not _stands_alone(doc, span, qualifier, context):
        return None
    if span.id_ == "one-unit" and not _one_unit_framed(doc, span, qualifier, words):
        return None  # "más que hace un año", "arrivés pour au moins un an"; not "un año récord", "en un an"
    quantity = _shared_scale(doc, span, quantity, decimal_comma)

    following = next_token(doc, span.end)
    if words.percent_articles and quantity.kind == "count" and quantity.unit is None and len(span) == 1 \
            and re.fullmatch(r"\d{1,3}[.,]\d{1,2}", span.text) and qualifier is None \
            and (article := previous_token(doc, span.start)) is not None and article.lower_ in words.percent_articles \
            and not (following is not None and following.is_alpha and is_plural(following.lower_, lex)
                     and following.lower_ not in lex.spacy_stop_words):
        quantity = replace(quantity, kind="percent", unit="%")  # "aquí el 83.9 viajó sin compañía", "un 2,35 menos"
    cue = qualifier.token if qualifier else span.start  # where the words before the figure end
    surface_start = doc[cue].idx
    change = _change_before(doc, cue, quantity, lex)
    if change is not None and qualifier is not None and doc[qualifier.token].lower_ in words.crossing_qualifiers \
            and qualifier.token > 0 and doc[qualifier.token - 1].lower_ not in (*words.change_prepositions, *words.of_words):
        # "the quarterly count of claims has dropped below 100,000": the level crossed, not the fall; but "fell by
        # under 5%" is a fall
        change = None
    bounded = None  # the change or rate noun a qualified figure bounds: "aumentos superiores al 5 %"
    if change is None and qualifier is not None and words.head_first and quantity.kind in ("percent", "count", "money"):
        bounded = _change_before_qualifier(doc, qualifier.token, lex)
        change = bounded.name if bounded else None
    if change is None and span.id_.startswith("range") and span[1:2].text == "+":
        change = "increase"  # "entre +19 % et +38 %"
    if change is None and following is not None:
        start = following.i
        while start < len(doc) and (doc[start].lower_ in words.change_modifiers or doc[start].text in ("-", "‐")
                                    and start > following.i):
            start += 1  # "a 12 per cent year-on-year increase", "a 3% annual rise"
        if start < len(doc) and doc[start].text == "(" and start == following.i:
            # "is 5.5 percent (counting remittances only) more than the year before": past an aside in brackets
            closing = next((t.i for t in doc[start:min(len(doc), start + 10)] if t.text == ")"), None)
            start = closing + 1 if closing is not None and not any(
                t.norm_ in NUMBER_TAGS for t in doc[start:closing]) else start
            while start < len(doc) and doc[start].is_space:
                start += 1
        after_change = phrase_after(doc, start, lex.phrases("change_after"))  # "26 % de plus"
        if after_change and (to := next_token(doc, after_change.token)) is not None and to.lower_ in words.range_words \
                and (level := next_token(doc, to.i + 1)) is not None and level.norm_ in NUMBER_TAGS \
                and (opening := previous_token(doc, cue)) is not None and opening.lower_ in words.dates.level_from:
            after_change = None  # "(from 3.61 million up to 3.64 million)": the way the movement went to its second level
        if after_change and (to := next_token(doc, after_change.token)) is not None and to.lower_ in words.range_words \
                and (until := next_token(doc, to.i + 1)) is not None and (is_month(until) or is_year(until.text)):
            after_change = None  # "taking in USD 5,961.6 million up to November 2024": the time the sum runs to
        change = after_change.name if after_change else None
    if change is None and following is not None:
        change = _change_past_restatement(doc, span, following, lex)  # "84,300 (7.5%) more than a year earlier"
    if change is None and words.change_superlatives:
        change = _superlative_change_before(doc, span, lex)  # "saw the largest rise, at 7.7 percent"
    if change is None and quantity.kind == "count" and (balance := _signed_balance(lex.lang)) is not None \
            and (signed := balance.search(context.text, context.start, surface_start)):
        change = lex.phrases("balance_signs")[signed.group(1).lower()]  # "leur solde positif atteint 22 376"
    if change is None and quantity.kind == "count" and words.addition_verbs and cue > 0 \
            and (verb := previous_token(doc, cue)) is not None and verb.lower_ in words.addition_verbs \
            and re.match(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,3}to\b", context.text[span.end_char:span.end_char + 40]):
        change = "increase"  # "Net overseas migration added 239,600 people to Australia's population"
    if quantity.unit == "times":
        change = None  # "rose four-fold", "three times higher": a multiple of a level, not an amount of change
    if quantity.kind == "other" and quantity.unit in DURATION_UNITS and _unit_opens_period_adverb(span, context, lex):
        quantity = replace(quantity, kind="count", unit=None)  # "came to 82,161 year-on-year": no span of years
    if quantity.kind == "other" and (quantity.unit in DURATION_UNITS or quantity.unit == "years old"):
        change = None  # "subió en cinco años", "240 cinco años más tarde", "llevan tres años por encima": a span, no change
    if span.id_ == "multiple-divided":
        change = "decrease"  # "a été divisé par deux": so many times fewer
    qualifier_name = qualifier.name if qualifier else None
    if qualifier_name is None:
        after = phrase_after(doc, span.end, lex.phrases("qualifiers_after"))  # "15 and over", "12 months or more"
        qualifier_name = after.name if after and not _bounds_next_figure(doc, after.token, lex) else None
    if qualifier_name is None and words.separable_qualifiers \
            and (separated := _separated_qualifier(doc, span.start, lex)) is not None:
        qualifier_name = separated.name  # "excède désormais les cinq millions": a bound, the figure's words left as they are
    if qualifier_name is None and words.bound_marks and span.start >= 2 and span.end < len(doc) \
            and doc[span.start - 1].lower_ in words.determiners and doc[span.end].lower_ in words.bound_marks \
            and (bound := phrase_before(doc, span.start - 1, lex.phrases("qualifiers"), limit=2)) is not None \
            and bound.name in ("at_least", "at_most"):
        qualifier_name = bound.name  # "stayed below the 50% mark": a bound on the level, past the mark's article
    if qualifier_name is None and any(t.lower_ in words.approximate_numbers for t in span):
        qualifier_name = "approximate"  # "une centaine de personnes"
    noun = _noun_unit(doc, span, lex)
    if noun is not None:
        quantity = replace(quantity, kind="count", unit=None)  # "12 points de passage": points, counted
    if (quantity.kind == "count" or quantity.unit == "year") and (
            phrase_before(doc, cue, age_cues(doc), limit=3)
            or phrase_after(doc, span.end, {p: p for p in words.age_marks_after})
            or _YEARS_OLD_AFTER.match(context.text, span.end_char) is not None
            or quantity.unit == "year" and (_held_age(doc, cue, words)
                                            # "la franja 18-34 años": a range of years right after an age group's noun
                                            or span.id_.startswith("range") and cue > 0
                                            and doc[cue - 1].lower_ in words.age_holders
                                            # "chez les jeunes (15-29 ans)": a band of years alone in brackets
                                            or span.id_.startswith("range") and cue > 0 and doc[cue - 1].text == "("
                                            and span.end < len(doc) and doc[span.end].text == ")"
                                            or _had_age(doc, cue, words, ranged=span.id_.startswith("range-between"))
                                            or _age_in_clause(doc, cue, words)
                                            or phrase_after(doc, span.end, {p: p for p in words.age_marks_after_years})
                                            or _group_age(doc, span, words)
                                            or _age_band(doc, span, cue, qualifier, words))):
        # "aged 18 to 30", "under the age of five", "the age group 30 to 34 years", "residents 25 and older",
        # "el migrante, de 26 años", "la población de 15 años a más"
        quantity = replace(quantity, kind="other", unit="years old")
        if qualifier_name is None and (bound := _age_bound(doc, cue, lex)) is not None:
            qualifier_name = bound.name  # "under the age of 18", "above the age of 85": the bound before the age's words

    counted = None
    surface_end = span.end_char
    if noun is not None:
        counted = noun
    elif quantity.kind in ("count", "percent"):
        # A fraction's pattern ends with its "of": read the phrase from there.
        after = span.end - 1 if span[-1].lower_ in words.of_words else span.end
        share = quantity.kind == "percent" and not span.id_.startswith("ratio")  # "one in four care workers"
        share = share or span.id_ == "amount-scale-and-half"  # "un millón y medio de venezolanos"
        if span.id_.startswith("ratio-noun"):  # "un résident belge sur huit": the noun is inside
            link = span[-3] if span[-3].lower_ == "out" else span[-2]  # "one Slovenian out of 24": before "out of"
            phrase = counted_after(doc, context.text, span.start + 1, link.idx, after_of=False)
        elif _ends_labelled_line(doc, span, context.text):
            phrase = None  # "Refugees hosted: 3.4 million" above "Asylum-seekers: 1.1 million": the next line is no noun
        else:
            phrase = counted_after(doc, context.text, after, context.end, after_of=share)
            if phrase is not None and share and words.head_first:
                gapped = _gapped_share(doc, context, span, lex)
                if gapped is not None:  # "18 % des personnes relèvent de l'exploitation, 6 % de la contrainte"
                    phrase = gapped or None
            if phrase is not None and phrase.text.lower() in words.threshold_nouns:
                phrase = None  # "have passed the 300,000 mark": what passed it is counted (counted_at_level)
            if phrase is not None and phrase.text.split()[0].lower() in words.place_modifiers \
                    and is_place(phrase.text, lex):
                phrase = None  # "45 de la vecina Guatemala": where they came from, the noun is the set's before
            if phrase is None and quantity.kind == "percent" and (amount := _restating_amount(doc, span.end, lex)):
                # "a 32 percent or US$7.7 million decrease in outflows": the noun after the amount both restate
                phrase = counted_after(doc, context.text, amount, context.end, after_of=share)
            if phrase is not None and phrase.text.lower() in words.remainder_words \
                    and (predicate := counted_after_copula(doc, span.end, context.end)):
                phrase, counted = None, predicate  # "los 877.395 restantes son hombres": the copula's noun
        if phrase is None:
            phrase = _caption_below(doc, span, context, share)  # a key figure: "69%" / "of international migrants ..."
            if phrase:
                phrase = phrase._replace(end=span.end_char)
        if phrase is None:
            phrase = _defined_after(doc, span, context)  # "281 million: the estimated number of international migrants"
        if phrase is None and quantity.kind == "count":
            counted = counted_as(doc, cue, span.end, context.end)  # "classed 93 as potential victims"
        if phrase is None and counted is None and lex.lang == "en" and quantity.kind == "count":
            counted = counted_after_copula(doc, span.end, context.end)  # "Of the 112 rescued, 30 were children"
        if phrase is None and counted is None and lex.lang == "en" and change is None:  # a change counts its subject
            if quantity.kind == "count":
                counted = counted_subject_of_set(doc, cue, context.start)  # "Among the returnees, women numbered 4,100"
            # "Of the 164 million migrant workers, 111.2 million (67.9 per cent) live in"
            counted = counted or counted_among(context.text, span.start_char, context.start, lex)
        if phrase is None and counted is None and after < len(doc) and doc[after].text == "(":
            closing = next((t.i for t in doc[after:min(len(doc), after + 12)] if t.text == ")"), None)
            if closing is not None:  # "two-fifth (43.9%) of the total number of OFWs", "Two in every five (39.6%) OFWs"
                of = closing + 1 < len(doc) and doc[closing + 1].lower_ in words.of_words
                # "595 604 (71,5%) of tourists came by road": a count before a bracketed share of a group counts it
                phrase = counted_after(doc, context.text, closing + 1, context.end, after_of=share or of)
                if phrase and not of and not words.head_first and not is_plural(phrase.text.split()[-1].lower(), lex):
                    phrase = None  # "about one in three (33 percent) spoke Spanish": a verb, no noun
                phrase = phrase._replace(end=span.end_char) if phrase else None
        restated = span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].norm_ == "<PCT>"
        if phrase is None and (share or restated) and after < len(doc) and doc[after].text == ")" and after + 1 < len(doc) \
                and doc[after + 1].lower_ in words.of_words:  # "made up 38% (30,700) of the 80,200 departures"
            phrase = counted_after(doc, context.text, after + 1, context.end, after_of=True)  # "The majority (84 percent) of residents"
            phrase = phrase._replace(end=span.end_char) if phrase else None
        if phrase is None and counted is None and share and not words.head_first and after + 1 < len(doc) \
                and doc[after].text == ",":
            of = _of_past_restatement(doc, after, lex)
            if of is not None:  # "Two-thirds, or 66.2 percent, of all immigrants": the share's "of" past the commas
                phrase = counted_after(doc, context.text, of, context.end, after_of=True)
                phrase = phrase._replace(end=span.end_char) if phrase else None
        if phrase is None and counted is None and not span.id_.startswith("ratio-noun") \
                and not (lex.lang == "en" and quantity.kind == "percent"):
            # (an English share before a copula counts the set it is a share of, not the predicate noun: "21,798
            # persons, of whom 83.1% were nationals of third countries" → persons)
            counted = counted_after_copula(doc, span.end, context.end)  # "el 15,7% eran mujeres"
            counted = counted or counted_inverted(doc, cue, span.end, context.end)  # "son 400.000 los migrantes"
        if phrase:
            counted = phrase.text
            if change is None and quantity.kind in ("count", "percent"):
                # "se sumaron 85.851 migrantes más", "6,2 % de Belges supplémentaires"
                change = _change_after_noun(doc, span.end, phrase.end, lex)
            inside = span.id_.startswith("ratio-noun")
            if not inside and (quantity.kind == "count" or first.norm_ == "<FRAC>" or span.id_.startswith("ratio")):
                surface_end = phrase.end
        elif counted is None and quantity.kind == "percent" and (
                rate := _rate_of(context.text, span.start_char, context.start, lex)
                or counted_rate_subject(doc, cue, context.start)):
            # "giving an unemployment rate of 4.6%", "The present protection rate is very high as well for refugees
            # from Somalia (90.8 per cent)": the rate, not the subject that has it
            counted = rate
        elif counted is None and quantity.kind == "percent" and (rate := _rate_subject(context.text, span.start_char,
                                                                                        context.start, lex)):
            counted = rate  # "la tasa de paro de las mujeres (8,7%)": the rate, not the group that has it
        elif counted is None and not (quantity.kind == "percent" and change is None and cue >= 2
                                      and doc[cue - 1].text == "(" and doc[cue - 2].norm_ in NUMBER_TAGS):
            # (a share in brackets right after a count, "los peruanos, 86.742 (13,72%)", is left to the count's
            # reading, _elliptical)
            # "d'Irak (530 demandes, -96)": a figure after the count that opens its bracket is of that count's noun
            counted = (_bracket_mate(doc, cue, context.start, lex)
                       # "cayó en 21.287 personas (un 0,5%)": a share restating a change counted in persons counts them
                       or (counted_share_of_change_count(doc, cue, context.start) if quantity.kind == "percent" else None)
                       # "el peso de los migrantes en la fuerza laboral subió del 22,5%": a weight's share counts the whole
                       or (counted_weight_whole(context.text, span.start_char, context.start, lex)
                           if quantity.kind == "percent" else None)
                       # "Ce recul touche ... les ressortissants de l'UE (-20,8%)": the change the sentence opens on
                       or (_pointed_change_subject(doc, cue, context.start, lex)
                           if change and quantity.kind == "percent" else None)
                       or (counted_changed_after(doc, context.text, span.end, context.end) if change else None)
                       or (counted_with_clause(doc, cue, context.start) if change else None)
                       or (counted_rate_of_change(doc, cue, context.start) if change and quantity.kind == "percent" else None)
                       # "après le recul subi en 2020 (-7,1%)": a change a participle records counts the change noun
                       or (_recorded_change(doc, cue, context.start, lex) if change and quantity.kind == "percent" else None)
                       or (counted_change_level(doc, cue, context.start) if quantity.kind == "count" else None)
                       # "cayó en 21.287 personas (un 0,5%) ..., hasta quedar en 4.396.871": a bare level of the subject
                       or (counted_subject_level(doc, cue, context.start) if quantity.kind == "count" else None)
                       or (counted_at_level(doc, cue, context.start) if quantity.kind in ("count", "percent") else None)
                       or counted_relative_set(doc, cue, context.start)  # "visas, of which 89,095 were issued"
                       or (counted_example_nationals(doc, cue, context.start) if quantity.kind == "count" else None)
                       or (_share_changed_by(context.text, span.start_char, context.start, lex)
                           if change and quantity.kind == "percent" else None)
                       or counted_from_number_of(context.text, span.start_char, context.start, lex)
                       or (counted_of_noun(doc, cue, context.start) if quantity.kind == "count" else None)
                       or (counted_amount_share(doc, cue, context.start)
                           if quantity.kind == "percent" and not words.head_first and _after_amount(doc, cue) else None)
                       or _not_proper_name(counted_bracketed(doc, cue, context.start), context.text, context.start,
                                           span.start_char, lex)
                       or counted_of_places(context.text, surface_start, context.start, lex)
                       or counted_destination_holders(context.text, surface_start, context.start, lex)
                       # "Islas Baleares fue la comunidad ..., con un incremento del 9,54%": a place's change counts the change
                       or (_change_of_place(doc, cue, context.start, lex) if quantity.kind == "percent" and change else None)
                       # "el aumento fue todavía superior, del 144,8%": a change noun that is the subject counts itself
                       or (_change_as_subject(doc, cue, context.start, lex) if quantity.kind == "percent" else None)
                       # a share of what "those from ..." stands for is named as a share's whole, not by the pronoun
                       or _not_proper_name(_not_places(counted_before(doc, _subject_cue(doc, cue, lex) if change else cue,
                                                                      context.start,
                                                                      pronouns=quantity.kind != "percent" or bool(change)),
                                                       quantity.kind, lex), context.text, context.start, span.start_char, lex)
                       or counted_by_place(doc, cue, span.end, context.start)
                       or (counted_item_holder(doc, cue, context.start) if quantity.kind == "count" else None)
                       or (counted_for_listed_place(doc, cue, context.start) if quantity.kind == "count" else None))
            if counted is None and quantity.kind == "percent":
                counted = (counted_share_noun(context.text, span.start_char, context.start, lex)
                           or counted_measured(context.text, span.start_char, context.start, lex)
                           or counted_share_after(context.text, span.end_char, context.end, lex))
            if counted is None:
                counted = counted_among(context.text, span.start_char, context.start, lex)
            if counted is None and quantity.kind == "percent" and change:
                counted = counted_money_subject(doc, cue, context.start)  # "remittances came to $4.2 billion, 4.2 percent more"
            if counted is None and quantity.kind == "percent" and change:
                counted = _paired_change_set(doc, cue, context.start, lex)  # "el alza de los flujos ... (+US$ 667.4 millones; +81.3%)"
            if counted is None and (quantity.kind == "percent" or change) \
                    and not _coordinated_share(context.text, span.end_char, lex):
                counted = _not_proper_name(_not_places(counted_subject(doc, context.start, cue), quantity.kind, lex),
                                           context.text, context.start, span.start_char, lex)
            colon = previous_token(doc, cue)
            if counted is None and quantity.kind == "count" and colon is not None and colon.text == ":":
                counted = counted_subject(doc, context.start, colon.i)  # "Le nombre d'étrangers est en hausse : 5,3 millions"
            if counted is None:
                counted = counted_carried_subject(doc, cue, context.start)  # "Ese año pasaron de 2636 a 5798"
            if counted is None and quantity.kind == "count":
                counted = counted_moved_subject(doc, cue, context.start)  # "Immigrants ... dropped, from 14,100 to 10,300"
            if counted is None:
                counted = counted_opening_figure(doc, cue, span.end, context.start, context.end)  # "Con 23 por ciento, los venezolanos"
            if counted is None and change:
                counted = _demonstrated_change(doc, cue, context.start, lex)  # "Ce recul de 23 %"
            if counted is None and quantity.kind == "percent" and (amount := _restated_amount(doc, cue, lex)) is not None \
                    and _change_before(doc, amount, quantity, lex):
                # "February's inflows were up by $ 242.6 million or 15.3 percent", "reached US$1,585.6 million, a
                # growth of US$102.2 million or 6.9 per cent": the change is the amount's, read where the amount stands
                counted = _not_proper_name(_not_places(counted_before(doc, _subject_cue(doc, amount, lex), context.start),
                                                       quantity.kind, lex), context.text, context.start, span.start_char, lex) \
                    or counted_money_subject(doc, amount, context.start)
        if phrase is None and words.number_changed_phrases:
            # "Germany stayed the second largest host country, with a rise of 18 per cent, from 5,732 in 2020 to
            # 6,785 in 2021 in the number of migrants it helped": what changed, not the place that names it
            counted = counted_number_changed(context.text, span.end_char, context.end, lex) or counted
        if quantity.kind == "percent" and change and words.apposed_amount_changes and re.search(
                rf",\s*(?:(?:{alternation(words.indefinite_articles)})\s+)?(?:{alternation(words.apposed_amount_changes)})"
                rf"(?:\s+(?:{alternation(words.indefinite_articles)}))?\s*$",
                context.text[max(context.start, surface_start - 40):surface_start], re.I):
            # "sumó 2.200 millones de dólares, monto inferior en 2.4% al observado", "291 dólares, cantidad inferior en
            # 6.4%": the apposition names the amount as a figure, as "esa cifra" does: nothing counted is named
            counted, phrase = None, None
        elided = bool(words.changed_in_elided) and re.search(
            rf"(?<!\w)(?:{alternation(words.changed_in_elided)})\s*$", context.text[max(context.start, surface_start - 20):surface_start], re.I)
        if phrase is None and (change or elided) and quantity.kind == "percent":
            # "un alza de 11% en el total de migrantes", "un incremento del 1,9 por ciento en la población
            # inmigrante": the set the change is in, over the sentence's subject
            counted = counted_changed_in(context.text, span.end_char, context.end, lex) or counted
        if quantity.kind == "percent" and not span.id_.startswith("ratio"):
            counted = counted_distributed(context.text, surface_start, context.start, lex) or counted
        before_figure = context.text[max(context.start, surface_start - 60):surface_start]
        # a subject read for a percent gives way to the growth only where it is the growth's own modifier ("after
        # robust growth of 7.8 percent") or the growth stands in a phrase led by "after" ("rose 12% to $131bn in
        # 2018, after growth of 6% in 2017"); "people from Uganda recorded the strongest growth of 38.7 per cent"
        # keeps its subject
        modifier = counted is not None and re.search(
            rf"\b{re.escape(counted.split()[-1])}\s+{alternation(words.self_counting_changes)}\s+(?:{alternation(words.of_words)})\s+$",
            before_figure, re.I)
        led = re.search(rf"\b(?:{alternation(words.self_counting_after)})\s+{alternation(words.self_counting_changes)}\s+"
                        rf"(?:{alternation(words.of_words)})\s+$", before_figure, re.I) if words.self_counting_after else None
        if words.self_counting_changes and quantity.kind in ("count", "percent") \
                and (quantity.kind == "count" or counted is None or modifier or led) \
                and re.search(rf"(?<![\d%])\s(?:a\s+|the\s+)?{alternation(words.self_counting_changes)}\s+(?:{alternation(words.of_words)})"
                              r"\s+(?:[^\W\d_]+\s+){0,2}$", context.text[max(context.start, surface_start - 60):surface_start], re.I) \
                and not re.search(r"(?:(?<!\b[12]\d\d)\d|%)\s*,\s*(?:a\s+)?[^\W\d_]+\s+(?:[^\W\d_]+\s+){0,3}$",
                                  context.text[max(context.start, surface_start - 60):surface_start]):
            # "Over 2016 the group of immigrants from Syria registered growth of 11 100", "a year marked by a growth of
            # 10.75 percent": the growth counts itself; but "reached 293,049, a growth of 0.56 percent" is the level's
            counted = next(w for w in words.self_counting_changes
                           if re.search(rf"\b{re.escape(w)}\b", context.text[max(context.start, surface_start - 60):surface_start], re.I))
        if bounded is not None and phrase is None and doc[bounded.token + 1].lower_ not in words.of_words:
            # "anotaron aumentos superiores al 5 %", "crecen a tasas ... superiores al 1%": the noun the figure bounds
            # (a change's "de" leaves it to what the change is of: "une augmentation d'environ 2 %")
            counted = doc[bounded.token].text
        # "desplegó 2.000 oficiales de migración": the phrase written right after the figure
        after_figure = phrase is not None and counted == phrase.text \
            and re.match(rf"\s+{re.escape(phrase.text)}", context.text[span.end_char:phrase.end]) is not None
        counted = without_verbs(counted, lex, after_figure=after_figure)
        if counted is None and phrase is None and quantity.kind == "percent":
            counted = _change_as_subject(doc, cue, context.start, lex)  # "el crecimiento ... resultó ..., concretamente del 175,8%"
        heads = [w for w in (counted or "").lower().split() if w not in words.determiners and w not in words.prenominal_modifiers]
        if heads and heads[0 if words.head_first else -1] in words.source_nouns:
            counted = None  # "Le rapport relève une hausse des demandes venues de l'Ukraine (+73 %)": the report says it
        if counted is None and phrase is None and quantity.kind == "count" and change is None:
            counted = counted_colon_lead(doc, span.start, context.start)  # "el perfil de los expulsados: 88.763"
        if phrase and counted is None:
            surface_end = span.end_char  # "8,542 died": the figure alone
    elif quantity.kind == "money":
        counted = quantity.unit  # what money counts is its currency
    else:
        counted = _unit_word(span, quantity, lex)
    sentence = context.text[context.start:context.end]
    dated, anchor = dated_text(doc, context, span.start_char)
    aside, dated = _dated_aside(dated, anchor, lex)
    period = None if aside else find_period(dated, lex.lang, anchor)
    as_of = aside or find_as_of(dated, anchor, lex.lang)
    if as_of and period and as_of.end <= period.start < period.end <= anchor and clause_break(dated, as_of.end, period.start):
        as_of = None  # "peaked in 2016 at $ 7.24 billion, while between 2014 and 2018 the average stood at $ 7 billion"
    if as_of and period and as_of.end <= period.start < period.end <= anchor and as_of.date[:4] == str(period.last) \
            and not clause_break(dated, as_of.end, period.start):
        # "À fin août 2022, les revenus ... ont augmenté de 16%, passant, entre fin août 2021 et août 2022, de 5,1 à 6
        # milliards": a date before the period that names its last year restates the period's end
        as_of = None
    if as_of and period and period.start <= as_of.start < period.end:
        as_of = None  # the end of a period: "from July 2024 to the end of 2025"
        if period.end <= anchor and "(" in dated[period.end:anchor]:
            # "tripler entre 2021 et 2022 (15% de la totalité des victimes en 2022)": an aside in brackets that
            # dates itself is of its own date, not of the period before it
            masked = dated[:period.start] + " " * (period.end - period.start) + dated[period.end:]
            own = find_as_of(masked, anchor, lex.lang)
            if own and own.start > anchor and ")" not in dated[anchor:own.start]:
                as_of, period = own, None
    if as_of and period and anchor < period.start and not anchor < as_of.start < period.start \
            and figures_between(dated, anchor, period.start) == 1 and not clause_break(dated, anchor, period.start):
        # "a rate of 8.8 percent during 2013-2015, reaching about $515 billion in 2015", "slowed to 5.3 percent in
        # 2012 but is expected to pick up to 8.8 percent during 2013-15": a period just after a figure is its own
        # time, and the figure takes no date besides
        as_of = None
    if as_of is None and (between := _days_between(dated, anchor, period, lex)):
        as_of, period = between, None  # "Between 28 July and 6 August 2020, DTM tracked 839 individuals": 2020
    date = as_of.date if as_of else None if period else lead_date(context.text, context.start, lex.lang)
    if words.undated_multiples and as_of and as_of.start > anchor and any(t.norm_ == "<MULT>" for t in span) \
            and figures_between(dated, anchor, as_of.start) >= 1:
        date = None  # "ont plus que doublé : elles sont passées de 32,28 milliards à fin novembre 2021 à ...": the level's date
    duration = any(t.norm_ == "<UNIT>" for t in span)  # "in the 12 months to October 2023": the 12 months
    timeless = words.undated_durations and quantity.kind == "other" and quantity.unit in DURATION_UNITS
    if timeless:
        date = None  # "Diez años atrás, en marzo de 2013, sumaban 1,61 millones": ten years, of no date
    if words.undated_ages and quantity.kind == "other" and quantity.unit == "years old" and qualifier_name in ("at_least", "at_most"):
        date = None  # "los menores de 16 años": an age bound marking out a group, of no date
    if words.undated_duration_nouns and quantity.kind == "other" and quantity.unit in DURATION_UNITS and counted \
            and counted.lower().split()[-1] in map(str.lower, words.undated_duration_nouns):
        date = None  # "s'est redressé pendant 3 années consécutives": the years counted, of no date
    if not duration and any(found and found.start <= anchor < found.end for found in (period, as_of)):
        return None  # a day or a year of a date or a period ("2018-19", "as of 31 December")
    if timeless:
        period = None  # "entre 2013 y 2017 ..., a 240 cinco años más tarde": nor of the sentence's period
    return NumericFact(
        section_id=context.section_id,
        area=context.area,
        value=quantity.value,
        value_max=quantity.value_max,
        kind=quantity.kind,
        unit=quantity.unit,
        counted=" ".join(counted.split()) if counted else None,
        qualifier=qualifier_name,
        change=change,
        period_start=period.first if period else None,
        period_end=period.last if period else None,
        as_of=date,
        surface=context.text[surface_start:surface_end],
        sentence=" ".join(sentence.split()),
        char_start=surface_start,
        char_end=surface_end,
        rule_id=span.id_,
    )


@cache
def _days_between_patterns(lang: str) -> tuple[re.Pattern, ...] | None:
    """Two days of one month after a word of ``days_between``, the month and year after the second ("between 17 and 27
    July 2020") or the month before the first ("between July 17 and 27, 2020"); group 1 the month, group 2 the year
    (built once per language)."""
    words = lexicon(lang).words
    if not words.dates.days_between:
        return None
    lead, to = alternation(words.dates.days_between), alternation(words.dates.period_to)
    month, day = alternation(words.months), r"\d{1,2}(?:st|nd|rd|th)?"
    # "between 18-24 June 2021": the two days joined by a dash
    return (re.compile(rf"\b(?:{lead})\s+{day}\s*(?:\s(?:{to})\s|[-–])\s*{day}\s+({month})\.?,?\s+((?:19|20)\d\d)\b", re.I),
            re.compile(rf"\b(?:{lead})\s+({month})\.?\s+{day}\s+(?:{to})\s+{day},?\s+((?:19|20)\d\d)\b", re.I))


def _days_between(text: str, anchor: int, period, lex: Lexicon) -> AsOf | None:
    """The date of days of one year named after "between" before the figure at ``anchor``: the year of a period of
    days within it ("between April 1 and December 31, 2023"), the month of two days of one month ("between 17 and 27
    July 2020"). Days said with "from ... to" stay a period ("From 5 July to 31 October 2024")."""
    patterns = _days_between_patterns(lex.lang)
    if patterns is None:
        return None
    if period is not None:
        lead = re.match(rf"(?:{alternation(lex.words.dates.days_between)})\b", text[period.start:], re.I)
        if lead and period.first == period.last:
            return AsOf(str(period.first), period.start, period.end)
        return None
    for pattern in patterns:
        for m in pattern.finditer(text, 0, anchor):
            month = lex.words.months[m.group(1).lower().rstrip(".")]
            return AsOf(f"{m.group(2)}-{month:02d}", m.start(), m.end())
    # "25,009 Afghans in all crossed back ... between 18-24 June 2021.": the days closing the sentence after its one
    # figure, with no clause break between
    for pattern in patterns:
        for m in pattern.finditer(text, anchor):
            if figures_between(text, anchor, m.start()) == 1 and not clause_break(text, anchor, m.start()) \
                    and not re.search(r"[,;:](?=\s)", text[anchor:m.start()]) and not text[m.end():].strip(" .\"”'"):
                month = lex.words.months[m.group(1).lower().rstrip(".")]
                return AsOf(f"{m.group(2)}-{month:02d}", m.start(), m.end())
    return None


@cache
def _dated_aside_opening(lang: str) -> re.Pattern:
    """ "(in 2013,", "(en 2013,": a bracket that opens on a year of its own (built once per language)."""
    return re.compile(r"\(\s*(?:{})\s+((?:19|20)\d\d)\s*,".format(alternation(year_prepositions(lang))), re.I)


def _dated_aside(text: str, anchor: int, lex: Lexicon) -> tuple[AsOf | None, str]:
    """A bracket that opens on a year of its own ("(in 2013, 19.3 thousand (49.8%) against 19.5 thousand
    (50.2%))", "(en 2013, 46,1 %)") dates each figure inside it, and no figure outside: the date of the
    figure at ``anchor`` when it stands inside such a bracket, and the text with the brackets it stands
    outside of blanked."""
    for m in _dated_aside_opening(lex.lang).finditer(text):
        depth, end = 0, None
        for k in range(m.start(), len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                end = k + 1
                break
        if end is None:
            continue
        if m.start() < anchor < end:
            return AsOf(m.group(1), m.start(1), m.end(1)), text
        text = text[:m.start()] + " " * (end - m.start()) + text[end:]
    return None, text


def _after_amount(doc: Doc, cue: int) -> bool:
    """Whether a share stands in brackets or after "or" right after an amount of money ("grew by $4.4
    million (18.5%)", "up by $ 242.6 million or 15.3 percent"): the share is of what the clause's subject
    counts, as the amount is."""
    if cue < 3 or doc[cue - 1].text != "(" and doc[cue - 1].lower_ not in lex_of(doc).words.restatement_words:
        return False
    k = cue - 2
    while k > 0 and doc[k].norm_ in ("<SCALE>", "<CUR>"):
        k -= 1
    return doc[k].norm_ in NUMBER_TAGS and any(t.norm_ == "<CUR>" for t in doc[max(0, k - 2):cue - 1])


@cache
def _signed_balance(lang: str) -> re.Pattern | None:
    """A balance its sign names, in the clause that ends at a figure: "leur solde positif atteint", "le solde migratoire,
    lui aussi positif, de", "un solde migratoire nettement positif, de l'ordre de" (group 1 is the sign; built once per
    language)."""
    words = lexicon(lang).words
    if not words.balance_nouns:
        return None
    signs = lexicon(lang).phrases("balance_signs")
    return re.compile(rf"\b(?:{alternation(words.balance_nouns)})\b[^\d.;:!?()]{{0,40}}?\b({alternation(signs)})\b"
                      r"[^\d.;!?()]{0,60}$", re.I)


@cache
def _rate_pattern(lang: str) -> re.Pattern:
    """A rate's noun after a determiner and before its "of", at the end of the text before a share (built once
    per language)."""
    words = lexicon(lang).words
    return re.compile(rf"\b(?:{alternation(words.determiners)})\s+(?:[^\W\d_]+\s+){{0,3}}?({alternation(words.rate_nouns)})"
                      rf"\s+(?:{alternation(words.of_words)})\s*$", re.I)


def _rate_of(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """The rate a share is, named right before it with "of" ("an unemployment rate of 4.6%", "a growth rate
    of 7.7%"); not a change's pace ("expand at an average annual rate of 8.8 percent": what expands)."""
    if not lex.words.rate_nouns:
        return None
    match = _rate_pattern(lex.lang).search(text[sentence_start:start])
    if match is None or re.search(r"\bat\s*$", text[sentence_start:sentence_start + match.start()], re.I):
        return None
    return match.group(1)


def _rate_subject(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """(head-first languages) The rate a share's clause speaks of, named before it with its article and
    no other figure between ("la tasa de desempleo en marzo de 2023 se situó en el 3,5 %", "la tasa de
    resoluciones favorables ..., que bajó de 16.5% a 12%", "la tasa de paro de las mujeres (8,7%) fue más
    alta que la de los hombres (6,2%)"): the rate is what the share measures, not the group it is of. A
    figure between is passed only where it opens a pair ("de 16.5% a") or where the rate is taken up again
    by its elided article ("que la de"); a change noun after the rate's own complement ("la tasa de
    desempleo ..., con un aumento del 2%") names the change instead; a year is no figure."""
    words = lex.words
    if not words.head_first or not words.rate_nouns:
        return None
    before = text[sentence_start:start]
    rates = list(re.finditer(rf"\b(?:{alternation(words.determiners)})\s+({alternation(words.rate_nouns)})\b",
                             before, re.I))
    if not rates or re.search(r"[;.!?]", before[rates[-1].end():]):
        return None
    rate = rates[-1]
    between = before[rate.end():]
    if words.copulas and re.search(rf"\b(?:{alternation(words.copulas)})\b[^()]*\(\s*[+\-−]?\s*$", between, re.I):
        return None  # "le taux le plus haut sont les Syriens (93 %)": a bracket after the predicate is the predicate's
    # the figures between the rate and the share (a year is none): each must go on with the rate
    figures = [m for m in re.finditer(r"\d+(?:[.,\s]\d+)*", between) if not re.fullmatch(r"(?:19|20)\d\d", m.group())]
    segments = [between[:figures[0].start()] if figures else between]
    segments += [between[a.end():b.start() if b is not None else len(between)]
                 for a, b in zip(figures, [*figures[1:], None])]
    of = alternation(words.of_words)
    changes = {*words.subject_change_nouns, *lex.phrases("change_nouns")}
    # "la tasa de crecimiento de": a change noun that is the rate's own complement is no change of it
    opening = re.sub(rf"^\s+(?:{of})\s+[^\W\d_]+", "", segments[0], flags=re.I)
    if any(w.lower() in changes for w in re.findall(r"[^\W\d_]+", opening)):
        return None
    percent = alternation(lex.percent_words)
    pair = re.compile(rf"\s*(?:{percent})?\s*\)?\s*(?:a|al|y|hasta)\s+(?:(?:{alternation(words.indefinite_articles)})\s+)?$",
                      re.I)
    elided = re.compile(rf"\b(?:{alternation(words.definite_articles)})\s+(?:{of})\b", re.I)
    for segment in segments[1:]:
        if not (pair.match(segment) or elided.search(segment)):
            return None
    return rate.group(1)


def _bracket_mate(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """(head-first languages) The noun of the count that opens the bracket a figure stands in, after a comma:
    "d'Irak (530 demandes, -96)", "de Syrie (812 demandes, 41 de plus qu'en février)": the second figure of the
    bracket names nothing and is of the same thing as the first (its change), not the sentence's subject."""
    words = lex.words
    if not words.head_first:
        return None
    i = cue - 1
    if i >= 0 and doc[i].text in ("+", "-", "−", "–"):
        i -= 1  # "(530 demandes, -96)": a signed change
    if i < 3 or doc[i].text != "," or doc[i].idx < start:
        return None
    # the bracket's opening, with no other bracket or figure between it and the count's noun
    opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if doc[k].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or doc[opening].idx < start or opening + 2 >= i:
        return None
    count, noun = doc[opening + 1], doc[opening + 2]
    if count.norm_ not in NUMBER_TAGS or not noun.is_alpha or noun.lower_ in lex.spacy_stop_words \
            or not is_plural(noun.lower_, lex) or is_time_word(noun.lower_, lex) or noun.lower_ in lex.currencies:
        return None
    return noun.text


def _pointed_change_subject(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """(head-first languages) The change noun a demonstrative opens the sentence with, for a signed share in
    brackets after the groups it touches: "Ce recul touche aussi bien les ressortissants de l'UE (-20,8%) que ceux
    d'Etats tiers (-13%)": each share is a part of that change, not of the group before its bracket. No figure
    but such brackets stands between."""
    words = lex.words
    nouns = list(lex.phrases("change_nouns"))
    if not words.head_first or not nouns or not words.demonstratives:
        return None
    i = cue - 1
    if i < 1 or doc[i].text not in ("+", "-", "−", "–") or doc[i - 1].text != "(":
        return None
    text = text_of(doc)
    opening = re.match(rf"\W*(?:{alternation(words.demonstratives)})\s+({alternation(nouns)})\b", text[start:doc[i].idx], re.I)
    if opening is None:
        return None
    between = re.sub(r"\(\s*[+\-−–][^()]*\)", "", text[start + opening.end():doc[i - 1].idx])
    if re.search(r"\d", between) or re.search(rf"\b(?:{alternation(nouns)})\b", between, re.I):
        return None  # "Cette hausse tient à la vive progression des envois vers le Ghana (+12 %)": the nearer change's
    return opening.group(1)


def _demonstrated_change(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """The change noun a demonstrative points to, which names what the figure measures when
    nothing else does: "Ce recul de 23 %", "Cette augmentation (de 8,6 %)", "This rise of 12%"."""
    i = cue - 1
    if i < 0 or doc[i].idx < start or doc[i].lower_ not in lex.words.of_words:
        return None
    i -= 1 if i > 0 and doc[i - 1].text == "(" else 0
    noun, demonstrative = i - 1, i - 2
    if demonstrative < 0 or doc[demonstrative].idx < start or doc[demonstrative].lower_ not in lex.words.demonstratives \
            or not doc[noun].is_alpha or doc[noun].lower_ in lex.spacy_stop_words:
        return None
    return doc[noun].text


def _paired_change_set(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """Where heads come first, what a change in brackets paired with an amount of money counts: the
    noun whose change is named before the bracket ("el alza de los flujos llegados desde Estados Unidos
    (+US$ 667.4 millones; +81.3%)": flujos), which a later place's pair keeps ("así como desde Costa Rica
    (+US$19.7 millones; +17.6%)"), and a later change noun replaces ("las caídas de las remesas ...")."""
    words = lex.words
    if not words.head_first:
        return None
    i = cue - 1
    while i >= 0 and doc[i].text in ("+", "-", "−", "–") or i >= 0 and doc[i].is_space:
        i -= 1
    if i < 2 or doc[i].text != ";":
        return None
    opening = next((k for k in range(i - 1, max(i - 8, 0), -1) if doc[k].text == "("), None)
    if opening is None or not any(t.norm_ == "<CUR>" for t in doc[opening + 1:i]) \
            or any(t.text in (";", ")") for t in doc[opening + 1:i]):
        return None  # not "(+US$ 667.4 millones; +81.3%)"
    nouns = lex.phrases("change_nouns")
    for k in range(opening - 1, 1, -1):
        if doc[k].idx < start:
            return None
        if _named_change(doc[k], nouns) and k + 3 < opening and doc[k + 1].lower_ in words.of_words \
                and doc[k + 2].lower_ in words.determiners and doc[k + 3].is_alpha:
            return doc[k + 3].text  # "el alza de los flujos", "las caídas de las remesas"
    return None


def _change_of_place(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """The change noun a place's clause gives its figure by "con" ("Islas Baleares fue la comunidad
    donde ... creció más, con un incremento del 9,54%", "Guatemala, Honduras y México lograron
    resultados positivos, con alzas de 16.5%"): the place names where, not what is counted, and no level before it in its clause names a set ("Honduras recibió
    8,392.5 millones de dólares en remesas, con un aumento del 5.8 por ciento" counts the remittances)."""
    words = lex.words
    if not words.place_change_openers:
        return None
    nouns = {*words.subject_change_nouns, *lex.phrases("change_nouns")}
    nouns |= {f"{noun}s" for noun in nouns if noun[-1] in "aeo"}  # "con subidas de"
    i = cue - 1
    if doc[i].idx >= start and doc[i].lower_ in words.indefinite_articles:
        i -= 1  # "de un 16%"
    if i < 1 or doc[i].lower_ not in words.of_words:
        return None
    i -= 1
    if doc[i].lower_ not in nouns and i > 0 and doc[i].is_alpha and doc[i - 1].lower_ in nouns:
        i -= 1  # "un alza anual de"
    if doc[i].lower_ not in nouns:
        return None
    noun = doc[i]
    i -= 1
    if i >= 0 and doc[i].lower_ in words.indefinite_articles:
        i -= 1
    if i < 1 or doc[i].lower_ not in words.place_change_openers or doc[i - 1].text != ",":
        return None
    comma = i - 1
    k = comma - 1
    while k >= 0 and doc[k].idx >= start and doc[k].text not in (",", ";") and doc[k].lower_ not in words.conjunctions:
        k -= 1
    opening = next((t.i + 1 for t in reversed(doc[:comma]) if t.idx < start or t.text == ";"), 0)
    clause = doc[opening:comma]
    if any(t.norm_ in NUMBER_TAGS and not re.fullmatch(r"(?:19|20)\d\d", t.text) for t in clause):
        return None  # "8,392.5 millones de dólares en remesas, con un aumento": the level's set
    segment = [t for t in doc[k + 1:comma] if not t.is_space]
    if not segment or not (is_place(segment[0].text, lex) or len(segment) > 1
                           and is_place(f"{segment[0].text} {segment[1].text}", lex)):
        return None
    return noun.text


@cache
def _gapped_list(lang: str) -> re.Pattern:
    """The first share of a list whose verb is left out after it, its own phrase, its verb, and the items after it up
    to the end of the text searched: "18 % des personnes accompagnées relèvent de ..., 6 % de la contrainte ..., "
    (built once per language)."""
    lex = lexicon(lang)
    of = alternation(lex.words.of_words)
    percent = alternation(lex.percent_words)
    and_ = alternation(lex.words.conjunctions)
    item = rf"[\d.,]+\s*(?:%|{percent})\s+(?:{of})\b[^\d,;:()]*"
    return re.compile(rf"([\d.,]+\s*(?:%|{percent}))\s+((?:(?:{of})\s*[^\d,;:()]*?\s+)?)([^\W\d_]+)\s+(?:{of})\b[^\d;:()]*?"
                      rf"(?:,|\s+{and_})\s*(?:{item}(?:,|\s+{and_})\s*)*$", re.I)


def _gapped_share(doc: Doc, context: Context, span: Span, lex: Lexicon):
    """A share in a list whose verb is left out after the first ("18 % des personnes accompagnées relèvent de
    l'exploitation par le travail, 6 % de la contrainte ..., 1 % de la mendicité", "9% viennent des USA, 8,5% du
    reste du monde, 6% de l'UEMOA"): its "de" phrase is the verb's complement, not what is counted. Returns the
    first share's own phrase ("des personnes accompagnées"), False where it has none (the sentence names the
    whole), or None where the share is no such item."""
    m = _gapped_list(lex.lang).search(context.text, context.start, span.start_char)
    if m is None or not verb_form(m.group(3), lex):
        return None
    if not m.group(2):
        return False
    k = span.start  # the first token that is no space at or after the first share's own phrase
    while k > 0 and doc[k - 1].idx >= m.start(2):
        k -= 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k == len(doc):
        return False
    return counted_after(doc, context.text, k, context.end, after_of=True) or False


@cache
def recorded_change_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The change nouns (with their plurals in "s") and the articles before them that _recorded_change reads
    (built once per language)."""
    lex = lexicon(lang)
    words = lex.words
    nouns = {*words.subject_change_nouns, *lex.phrases("change_nouns")}
    nouns |= {f"{noun}s" for noun in nouns}
    articles = {*words.definite_articles, *words.indefinite_articles, *words.subject_change_leads, *words.noun_demonstratives}
    return frozenset(nouns), frozenset(articles)


def _share_changed_by(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """The share noun whose subject phrase a percent change measures ("the share of immigrants went up by 51%",
    "whereas the share of emigrants fell by 23%"): the share changes by that percent, not what it is a share of
    (levels, "rose from 56 per cent to 58 per cent", are read as shares of their whole elsewhere)."""
    words = lex.words
    if not words.share_change_nouns or not words.change_by_words:
        return None
    before = text[sentence_start:start]
    found = list(re.finditer(rf"\b({alternation(words.share_change_nouns)})\s+(?:{alternation(words.of_words)})\s+"
                             rf"[^\W\d_][^\d,;:()]*?\s(?:{alternation(words.change_by_words)})\s*$", before, re.I))
    if not found:
        return None
    changed = before[found[-1].end(1):]
    if not re.search(rf"\b{alternation(lex.phrases('changes'))}\b", changed, re.I):
        return None  # "the share of women by region": no verb of change
    return found[-1].group(1)


def _recorded_change(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """The change noun a participle records, when only a frame of time or place stands between it and the
    bracketed figure: "après le recul subi en 2020 (-7,1%)", "la hausse enregistrée en Flandre comme en Wallonie
    (+0,5 %)": the figure measures the change, not the year or the place that frames it. A complement of the noun
    ("la hausse des demandes enregistrée ...") names what changed and reads otherwise, and at most four words stand
    between the noun and its participle ("Les hausses les plus fortes ont été enregistrées ..." is not read here)."""
    words = lex.words
    if not words.recorded_change_participles:
        return None
    nouns, articles = recorded_change_words(lex.lang)
    i = cue - 1
    while i >= 0 and doc[i].idx >= start and doc[i].text in ("+", "-", "–", "−"):
        i -= 1
    if i < 0 or doc[i].idx < start or doc[i].text != "(":
        return None
    frame = 0
    i -= 1
    while i >= 0 and doc[i].idx >= start and doc[i].lower_ not in words.recorded_change_participles:
        token = doc[i]
        if frame >= 7 or not (token.is_alpha or token.text in ("'", "’") or token.text.endswith(("'", "’"))
                              or re.fullmatch(r"(?:19|20)\d\d", token.text)):
            return None  # a comma, a figure other than a year: no frame
        frame += 1
        i -= 1
    if i < 0 or doc[i].idx < start:
        return None
    first = doc[i + 1] if frame else None
    if first is not None and first.lower_ not in words.recorded_change_frames:
        return None  # "Un recul a été relevé pour les Albanais (-22% à 362 départs)": a group's change counts what changes
    i -= 1
    between = 0
    while i >= 1 and doc[i].idx >= start and doc[i].lower_ not in nouns:
        if between >= 4 or not doc[i].is_alpha or doc[i].lower_ in words.of_words:
            return None  # "la hausse des demandes enregistrée": the complement names what changed
        between += 1
        i -= 1
    if i < 1 or doc[i].idx < start or doc[i].lower_ not in nouns:
        return None
    if doc[i - 1].lower_ not in articles:
        return None
    return doc[i].text


def _change_as_subject(doc: Doc, cue: int, start: int, lex: Lexicon) -> str | None:
    """A change noun with its definite article as the subject of the verb that links it to the
    figure names what the figure measures ("En Galicia, el aumento fue todavía superior, del 144,8%",
    "la variación interanual alcanza el 7,19%", "el crecimiento en 2023 resulta más contenido
    (2,6%)"): the nearest such noun before the figure, with no other figure but years between, not
    the complement of a preposition ("debido al aumento"), not an indefinite apposition ("lo que
    supone un aumento del 5%", whose set is the level before it) and with no complement naming what
    changed ("el aumento de las remesas", "la variación en el ingreso de divisas")."""
    words = lex.words
    nouns = set(words.subject_change_nouns)
    if not nouns:
        return None
    articles = {*words.noun_demonstratives, *words.definite_articles, *words.subject_change_leads}  # "la hausse"
    linked = False
    for i in range(cue - 1, 0, -1):
        token = doc[i]
        lower = token.lower_
        if token.idx < start or token.text == ";" or lower in words.copula_relatives or lower in words.subject_relatives:
            return None  # "el descenso de la tasa ..., que bajó de 16.5%": the relative's antecedent is its subject
        if token.norm_ in NUMBER_TAGS and not re.fullmatch(r"(?:19|20)\d\d", token.text):
            return None  # "supone un alza de 64%, frente a los 3.000 de 2022": the figure before is the one changed
        if lower in nouns or lower in lex.phrases("change_nouns"):
            if doc[i - 1].lower_ not in articles:
                return None  # "una tasa de crecimiento de 20,4%", "un aumento del 318.4%": the nearest change is no subject
            before = doc[i - 2] if i >= 2 and doc[i - 2].idx >= start else None
            if before is not None and (before.lower_ in words.subject_prepositions or before.lower_ in words.of_words):
                return None
            if _inside_relative(doc, i - 2, start, words.copula_relatives):
                return None  # "le secteur qui a connu la croissance la plus vive": inside a relative, no subject
            if i + 1 < len(doc) and doc[i + 1].lower_ in words.of_words:
                return None  # "Los aumentos de las visas fueron del 121%": the complement names what grew
            complement = doc[i + 1:i + 5]
            if any(t.lower_ in words.location_prepositions and k + 1 < len(complement)
                   and complement[k + 1].lower_ in words.definite_articles for k, t in enumerate(complement[:3])):
                return None  # "la variación interanual en el ingreso de estas divisas": the change in what it names
            return token.text if linked else None
        linked = linked or lower in words.subject_links and lower not in words.subject_prepositions \
            and lower not in words.of_words or lower in words.change_copulas or verb_form(lower, lex)
    return None


def _inside_relative(doc: Doc, i: int, start: int, relatives) -> bool:
    """Whether token ``i`` stands in a relative clause: a relative pronoun before it in its clause, back to the
    sentence start at character ``start`` or to a comma or semicolon ("Selon l'Insee, qui publie ces chiffres,
    la hausse ...": the aside is closed)."""
    for k in range(i, -1, -1):
        if doc[k].idx < start or doc[k].text in (",", ";"):
            return False
        if doc[k].lower_ in relatives:
            return True
    return False


def _compared_level_after(doc: Doc, span: Span, qualifier: Found, context: Context, lex: Lexicon) -> bool:
    """(compared_level_marks) Whether a figure after a bound that ends on an article ("superó los", "por encima
    de los", "superior a los") is a level of another time or set that the sentence's own figure is compared with,
    not a bound: a participle right after it or after its "de" noun ("26 millones contabilizados en ...", "589,7
    millones de dólares anotados en ..."), "de"/"del" with a year or a mark of another time ("380 dólares del mismo
    periodo de 2022", "124 de 2014", "372 dólares de igual periodo"), "que había(n)" ("que habían llegado en el
    mismo lapso"), or "a" and a second figure ("pasaron de los 2.622 de 2013 a los 5.282": the level moved from)."""
    words = lex.words
    marks = words.compared_level_marks
    last = previous_token(doc, span.start)
    if not marks or last is None or qualifier.token >= span.start or last.lower_ not in words.bound_articles:
        return False
    after = [t for t in doc[span.end:min(len(doc), span.end + 5)] if not t.is_space and t.idx < context.end]
    endings = tuple(words.participle_endings)
    pairs = {tuple(m.split()) for m in marks if " " in m}  # "que habían"

    def participle(token) -> bool:
        return token.is_alpha and len(token.text) > 5 and token.lower_.endswith(endings)

    for k, token in enumerate(after[:3]):
        if not token.is_alpha:
            return False
        nxt = after[k + 1] if k + 1 < len(after) else None
        if participle(token) and (k == 0 or k == 2 and after[0].lower_ in words.of_words
                                   and after[1].lower_ not in words.definite_articles):
            return True  # "26 millones contabilizados", "589,7 millones de dólares anotados"
        if nxt is not None and (token.lower_, nxt.lower_) in pairs:
            return True  # "que habían llegado"
        if token.lower_ in words.of_words and nxt is not None \
                and (re.fullmatch(r"(?:19|20)\d\d", nxt.text) or nxt.lower_ in marks):
            return True  # "del 2016", "del mismo periodo", "de igual periodo"
        if token.lower_ in words.range_words and nxt is not None \
                and (nxt.norm_ in NUMBER_TAGS or nxt.lower_ in words.definite_articles):
            return True  # "de los 2.622 a los 5.282": a movement's first level
        if k == 0 and token.lower_ not in words.of_words:
            return False
    return False


@cache
def _insert_pattern(lang: str) -> re.Pattern:
    """The words that may stand between a qualifying verb and its figure's article: adverbs ("désormais") and
    dates ("au 1er janvier 2013", "en 2013"), one or more, the article last ("les", "la barre des")."""
    words = lexicon(lang).words
    date = r"{}\s+(?:(?:{}|\d{{1,2}})\s+)?(?:(?:{})\s+)?\d{{4}}".format(
        alternation(words.qualifier_insert_date_leads), alternation(words.qualifier_insert_first_days),
        alternation(words.months))
    insert = r"(?:{}|{})".format(alternation(words.qualifier_inserts), date)
    return re.compile(r"(?<!\S){insert}(?:\s*,?\s*{insert})*\s*,?\s+{article}?\s*$".format(
        insert=insert, article=alternation(words.qualifier_insert_articles)), re.I)


def _separated_qualifier(doc: Doc, start: int, lex: Lexicon) -> Found | None:
    """The qualifier a verb gives its figure across an adverb or a date: "excède désormais les cinq millions",
    "jusqu'à dépasser au 1er janvier 2013 les 1,15 million" (at least)."""
    if not start:
        return None
    first = doc[max(0, start - 12)].idx
    found = _insert_pattern(lex.lang).search(text_of(doc)[first:doc[start].idx])
    if not found:
        return None
    at = first + found.start()
    # "se ha rebasado, por vez primera, los 3 millones": a comma may set the inserted words off from their verb
    verb_end = next((t.i + 1 for t in reversed(doc[:start])
                     if t.idx + len(t.text) <= at and not t.is_space and t.text != ","), None)
    if verb_end is None:
        return None
    return phrase_before(doc, verb_end, lex.phrases("separable_qualifiers"), limit=2)


def _multiple_qualifier(doc: Doc, start: int, end: int) -> Found | None:
    """The qualifier the words between an auxiliary and its multiple give: "a plus que doublé" (at
    least), "a presque triplé" (about)."""
    lex = lex_of(doc)
    for token in doc[start:end]:
        if token.lower_ in lex.words.multiple_more:
            return Found("at_least", token.i)  # "a plus que doublé", "más que se duplicó"
        name = lex.phrases("qualifiers").get(token.lower_)
        if name in ("approximate", "at_least"):
            return Found(name, token.i)  # "a presque triplé", "casi se duplicó"
    return None


def _unit_opens_period_adverb(span: Span, context: Context, lex: Lexicon) -> bool:
    """Whether a figure's unit word is the first word of an adverb of comparison ("year-on-year",
    "year on year", "month-over-month"), which dates a change and measures nothing."""
    rest = context.text[span[-1].idx:span[-1].idx + 30].lower()
    return any(re.match(re.escape(adverb).replace(r"\-", r"[\s-]+") + r"\b", rest) for adverb in lex.words.period_adverbs
               if "-" in adverb)


def _noun_unit(doc: Doc, span: Span, lex: Lexicon) -> str | None:
    """A unit word that is a noun here ("12 points de passage", "5 points focaux", but "+4 points",
    "2 points de plus"): the word, where a noun's complement or adjective follows it."""
    unit = span[-1]
    if unit.norm_ != "<UNIT>" or unit.lower_ not in lex.words.noun_units:
        return None
    following = next_token(doc, span.end)
    if following is None or not following.is_alpha and not following.lower_.endswith(("'", "’")):
        return None
    of = following.lower_.replace("’", "'") in lex.words.of_words
    if of and phrase_after(doc, following.i, lex.phrases("change_after")) is None:
        return unit.text  # "de passage", "d'entrée"
    return unit.text if not of and following.lower_ not in lex.spacy_stop_words else None


# "-year-old", "-year-olds" after a figure or a range ("20–39-year-olds"), or "-old" after "17-year": an age
_YEARS_OLD_AFTER = re.compile(r"(?:[-‐](years?))?[-‐]olds?\b")


def _unit_word(span: Span, quantity: Quantity, lex: Lexicon) -> str | None:
    """What a measure counts: its unit as written ("40 hours" -> hours); an age, years."""
    for token in span:
        if token.norm_ == "<UNIT>":
            words = token.lower_.split()
            return words[0] if quantity.unit == "years old" else token.lower_
    if quantity.unit == "years old":
        written = _YEARS_OLD_AFTER.match(text_of(span.doc), span.end_char)
        if written and written.group(1):
            return written.group(1)  # "20–39-year-olds": the unit as written after the figures
        return next((w for w, u in lex.words.units.items() if u == "year" and w.endswith(("s", "ans", "años"))), None)
    if quantity.unit == "times":  # "a doublé": the language's word for times
        return next((w for w, u in lex.words.units.items() if u == "times"), quantity.unit)
    return quantity.unit


def _age_bound(doc: Doc, cue: int, lex: Lexicon) -> Found | None:
    """The qualifier before the words that name an age ("under the age of 18", "above the age of 85")."""
    found = phrase_before(doc, cue, age_cues(doc), limit=3)
    if found is None:
        return None
    if found.name in lex.words.age_cue_bounds:  # "los menores de 16 años", "los mayores de 65 años"
        return found._replace(name=lex.words.age_cue_bounds[found.name])
    bound = phrase_before(doc, found.token, lex.phrases("qualifiers"), limit=1)
    return bound if bound is not None and bound.name in ("at_least", "at_most") else None


def _held_age(doc: Doc, cue: int, words) -> bool:
    """Whether years follow a person and "de" or "entre": "el migrante, de 26 años", "mujeres de entre
    40 y 65 años", "los jóvenes entre 15 y 24 años", "un migrant de 26 ans" (a person's age, not a span
    of time)."""
    i = cue - 1
    if doc[cue].lower_ in words.among_words:  # "los jóvenes entre 15 y 24 años": a range's pattern may begin with "entre"
        i -= 1 if i > 0 and doc[i].lower_ in words.of_words else 0  # "personas adultas de entre 25 y 64 años"
    elif doc[cue].lower_ not in words.of_words:  # "de 40 à 65 ans": a range's pattern may begin with its "de"
        if i >= 0 and (doc[i].lower_ in words.range_words or doc[i].lower_ in words.among_words):
            i -= 1  # "de entre 40 y 65 años", "jóvenes de entre 15 a 29 años"
        if i < 1 or doc[i].lower_ not in words.of_words:
            return False
        i -= 1
    if doc[i].text == ",":
        i -= 1
    # "los ecuatorianos de 30 a 40 años": a people's name holds an age as a noun of persons does
    if i >= 0 and (doc[i].lower_ in words.age_holders or doc[i].is_alpha and is_people(doc[i].text)):
        return True
    # "el grupo de 31 a 40 años ..., y le sigue el de 41 a 50 años": an article standing for the age group the
    # sentence named before
    return i > 0 and doc[i].lower_ in words.determiners and doc[i].lower_ not in words.one_words \
        and any(t.lower_ in words.age_holders for t in doc[doc[i].sent.start:i])


def _age_band(doc: Doc, span: Span, cue: int, qualifier, words) -> bool:
    """Whether years after a plural article name an age group: "le poids des 50-64 ans", "les 21 – 24 ans sont les plus
    touchés", "la part des plus de 60 ans", "Les moins de 18 ans" (people of that age, not a span of time); a single
    figure with no bound ("les cinq ans qui ont suivi") stays a duration."""
    if not words.age_band_articles:
        return False
    ranged = span.id_.startswith("range") and qualifier is None
    bounded = qualifier is not None and qualifier.name in ("at_least", "at_most") and cue == span.start - 2
    return (ranged or bounded) and cue > 0 and doc[cue - 1].lower_ in words.age_band_articles


def _group_age(doc: Doc, span: Span, words) -> bool:
    """Whether years are those of a group of persons named right after them: "il atteint 40,1 ans chez les
    femmes", "la moyenne atteint 38 ans pour les femmes" (an age, not a span of time)."""
    link = next_token(doc, span.end)
    if link is None or link.lower_ not in words.age_group_links:
        return False
    holder = next_token(doc, link.i + 1)
    if holder is not None and holder.lower_ in words.determiners:
        holder = next_token(doc, holder.i + 1)
    return holder is not None and holder.lower_ in words.age_holders


def _age_in_clause(doc: Doc, cue: int, words) -> bool:
    """Whether the clause of years names an age a few words before them: "con una edad promedio de 39
    años", "La edad media es de 34,1 años" (an age, not a span of time)."""
    ages = {word for word in words.age_cues if " " not in word}
    commas = 0
    for k in range(cue - 1, max(-1, cue - 12), -1):
        commas += doc[k].text == ","  # "en la franja de edad más productiva, entre 25 y 64 años": the range it names
        if doc[k].text in (".", ";", ":") or commas > 1 or "\n" in doc[k].text:
            return False
        if doc[k].lower_ in ages:
            return True
    return False


def _had_age(doc: Doc, cue: int, words, *, ranged: bool = False) -> bool:
    """Whether years are what persons or a share of them "have" ("el 62,1 % (375) tiene entre 0 y 30 años",
    "los migrantes tienen 25 años"): an age, where the language says it so; "la ley tiene 10 años" is not."""
    verb = next((k for k in range(cue - 1, max(-1, cue - 4), -1) if doc[k].lower_ in words.age_verbs), None)
    if verb is None or verb > 0 and doc[verb - 1].lower_ == "y":
        return False  # "il y a 10 ans": a time ago
    if ranged and verb == cue - 1:
        return True  # "la moitié d'entre eux ont entre 18 et 50 ans": a range of years had is an age range
    before = doc[max(0, verb - 4):verb]
    return any(t.norm_ in NUMBER_TAGS or t.text == ")" or t.lower_ in words.age_holders
               or t.is_alpha and t.is_title and is_people(t.text) for t in before)


def _bounds_next_figure(doc: Doc, end: int, lex: Lexicon) -> bool:
    """Whether a bound read after a figure ends before "of" and a figure, so that it is the bound of that next figure:
    "subió de un 10% a más del 30%", "pasaron de 12 millones a más de 14 millones"; not "15 años a más", "30% or more
    of the population"."""
    of = next_token(doc, end)
    if of is None or of.lower_ not in lex.words.of_words:
        return False
    figure = next_token(doc, of.i + 1)
    if figure is not None and figure.lower_ in lex.words.determiners:
        figure = next_token(doc, figure.i + 1)
    return figure is not None and figure.norm_ in NUMBER_TAGS


def _one_counts(doc: Doc, span: Span, qualifier, words) -> bool:
    """Whether "un", "una" before a noun is a count of one: after "al menos" ("hogares que tienen al menos un
    miembro"; not "al menos una vez"), before the singular of a noun that a figure of the sentence counts ("con una
    persona, ... con cuatro o más personas", "a dos comidas ... a una comida"), or a people's name in a list of
    counted peoples ("cinco colombianos; un panameño y un peruano"). A bare article is no number."""
    noun = next_token(doc, span.end)
    if noun is None or not noun.is_alpha or noun.norm_.startswith("<") or noun.lower_ in words.one_noun_excluded:
        return False
    if qualifier and " ".join(t.lower_ for t in doc[qualifier.token:span.start]) in words.one_noun_qualifiers:
        return True
    sentence = noun.sent
    plurals = (noun.lower_ + "s", noun.lower_ + "es")
    for token in sentence:
        if token.lower_ in plurals and any(t.norm_ in ("<NUM>", "<WNUM>") for t in doc[max(sentence.start, token.i - 3):token.i]):
            return True  # "con una persona ... con cuatro o más personas"
    previous = previous_token(doc, span.start)
    if noun.is_lower and is_people(noun.text) and previous is not None and previous.lower_ in (",", ";", *words.conjunctions):
        return any(t.norm_ in ("<NUM>", "<WNUM>") and (n := next_token(doc, t.i + 1)) is not None and is_people(n.text)
                   for t in doc[sentence.start:span.start])  # "cinco colombianos; un panameño y un peruano"
    return False


def _one_unit_framed(doc: Doc, span: Span, qualifier, words) -> bool:
    """Whether "un año", "una década", "un an" is a duration of one: after a qualifier that takes one ("arrivés
    pour au moins un an"), or after a word that frames a span of time and before punctuation, a conjunction or a
    line's end ("más que hace un año", "en una década, por encima", "válidos por un año y renovables"), or after "de" and
    before a word that sets it back ("los 48 de un año antes"); not "fue un año récord", "en un año de crisis", "en un an"."""
    if qualifier and " ".join(t.lower_ for t in doc[qualifier.token:span.start]) in words.one_unit_qualifiers:
        return True
    before = previous_token(doc, span.start)
    if span.end < len(doc) and doc[span.end].lower_ in words.one_unit_after \
            and before is not None and before.lower_ in words.of_words:
        return True  # "frente a los 1.100 de un año antes", "de igual lapso de un año atrás": the time of a level
    return before is not None and before.lower_ in words.one_unit_before \
        and (span.end >= len(doc) or not doc[span.end].is_alpha or doc[span.end].lower_ in words.conjunctions)


def _stands_alone(doc: Doc, span: Span, qualifier, context: Context) -> bool:
    """A fraction with no "of" after it is a share only after a qualifier ("more than half
    applied") or a change ("fell by a third"), before its figure in brackets ("Half (50.1%) of
    ..."), or opening a sentence ("Half are Kosovars"); "a year and a half" is no share."""
    following = next_token(doc, span.end)
    previous = previous_token(doc, span.start)
    opens_clause = previous is not None and previous.text in (";", ":")  # "... ; les trois quarts ont moins de 35 ans"
    lex = lex_of(doc)
    if following is not None and following.lower_ in lex.words.negation_particles:
        following = next_token(doc, following.i + 1)  # "dont les deux tiers ne sont pas nés en Europe": the verb after "ne"
    changed = phrase_before(doc, span.start, lex.phrases("changes")) is not None  # "fell by a third"
    words = lex.words
    # "Of these applications, two-thirds were lodged in Germany", "Sur ces demandes, les deux tiers ont été":
    # a fraction before its verb is the subject's share; "the first half was" is a time
    # "de los cuales dos tercios residían en la región": a verb known by its ending follows its subject as well (not an
    # adverb that ends as one does: "à un quart seulement")
    subject = following is not None and (following.lower_ in (*words.auxiliaries, *words.copulas, *words.verbs_after_counted)
                                         or bool(words.verb_endings) and verb_form(following.text, lex)
                                         and not following.lower_.endswith("ment")) \
        and not (previous is not None and previous.lower_ in words.ordinal_words
                 and previous.lower_ not in words.remainder_ordinals)  # "the other half is split between ..."
    # "des travailleurs migrants (trois quarts)": a fraction that is all its bracket holds is the share of what is before
    bracketed = previous is not None and previous.text == "(" and following is not None and following.text == ")"
    return bool(qualifier) or changed or (following is not None and following.text == "(") \
        or span.start_char <= context.start or opens_clause or subject or bracketed


def _inside_bracket(doc: Doc, index: int) -> bool:
    """Whether token ``index`` stands in an open bracket of its sentence: "(1 345 300; - 30 534)"."""
    for token in reversed(doc[doc[index].sent.start:index]):
        if token.text == ")":
            return False
        if token.text == "(":
            return True
    return False


def _restated_amount(doc: Doc, cue: int, lex: Lexicon) -> int | None:
    """The first token of an amount of money, its currency before its number, that a percentage restates after a
    one-token restating word (restatement_words: "or"; "February's inflows were up by $ 242.6 million or 15.3
    percent", "posted an increase of US$74.6 million or 7.0 per cent"): the percentage stands in the amount's place
    and counts what the amount's change is of, not the currency."""
    k = cue - 1
    if k < 2 or doc[k].lower_ not in lex.words.restatement_words:
        return None
    k -= 1
    if doc[k].text == ",":
        k -= 1
    while k > 0 and doc[k].norm_ == "<SCALE>":
        k -= 1
    if doc[k].norm_ not in NUMBER_TAGS or k == 0 or doc[k - 1].norm_ != "<CUR>":
        return None
    return k - 1


def _of_past_restatement(doc: Doc, comma: int, lex: Lexicon) -> int | None:
    """The token of a share's "of" set off by commas from the share, with only a restatement of the share between:
    "66.2 percent, of all immigrants", "Two-thirds, or 66.2 percent, of all immigrants"."""
    of_words = lex.words.of_words
    if comma + 1 < len(doc) and doc[comma + 1].lower_ in of_words:
        return comma + 1
    if comma + 1 >= len(doc) or doc[comma + 1].lower_ not in lex.words.restatement_words:
        return None
    for k in range(comma + 2, min(len(doc) - 1, comma + 8)):
        token = doc[k]
        if token.text == ",":
            return k + 1 if doc[k + 1].lower_ in of_words and k > comma + 2 else None
        if token.norm_ not in (*NUMBER_TAGS, "<PCT>", "<SCALE>", "<FRAC>") and token.lower_ not in lex.phrases("qualifiers"):
            return None
    return None


def _restating_amount(doc: Doc, end: int, lex: Lexicon) -> int | None:
    """The token after an amount of money, its currency before its number, that restates a percentage after a
    one-token restating word ("or": "a 32 percent or US$7.7 million decrease in outflows"), as _restated_amount
    reads it the other way round."""
    k = end
    if k + 2 >= len(doc) or doc[k].lower_ not in lex.words.restatement_words or doc[k + 1].norm_ != "<CUR>" \
            or doc[k + 2].norm_ not in NUMBER_TAGS:
        return None
    k += 3
    while k < len(doc) and doc[k].norm_ == "<SCALE>":
        k += 1
    return k if k < len(doc) else None


def _change_before(doc: Doc, cue: int, quantity: Quantity, lex: Lexicon) -> str | None:
    """Whether the words before a figure make it a change: "decreased by 1.6%", "up 3%",
    "were up 1600", or a sign printed against it ("+8,412", "-2.4%", "-€20.4 bn")."""
    at = cue - 1
    if at > 0 and doc[at].is_space and "\n" not in doc[at].text:
        at -= 1  # "+\u00a014 %": a no-break space after the sign
    sign = doc[at] if at >= 0 else None
    # French typography sets a space after a plus ("(+ 10,8 %"); then no figure may precede it ("5 + 3"),
    # and a spaced minus is a list's dash ("- 12 cas").
    spaced = sign is not None and (bool(sign.whitespace_) or at < cue - 1)
    before = previous_token(doc, at) if sign is not None else None
    # a spaced minus right inside a bracket is a sign, not a list's dash: "pour l'Italie (- 3957)", and so is one after
    # a comma or colon inside a bracket: "Russie (1 961, – 6 %)", "(Mali : - 6,3 % ; Niger : - 12,8 %)"
    if sign is not None and sign.text in ("+", "-", "−", "–") \
            and (not spaced or sign.text == "+" and (before is None or before.norm_ not in ("<NUM>", "<WNUM>"))
                 or before is not None and before.text == "("
                 or before is not None and before.text in (";", ",", ":") and _inside_bracket(doc, before.i)) \
            and (at < 1 or doc[at - 1].whitespace_ or not doc[at - 1].text[-1:].isalnum()
                 or spaced and sign.text == "+" and doc[at - 1].text.isalpha()):  # "une hausse de+ 28,3 %"
        return "increase" if sign.text == "+" else "decrease"
    if cue >= 1 and quantity.kind == "percent" and doc[cue - 1].lower_ in lex.words.sign_words \
            and (doc[cue - 1].is_sent_start or (word_before := previous_token(doc, cue - 1)) is None
                 or word_before.text in ("(", ":")):
        return lex.words.sign_words[doc[cue - 1].lower_]  # "Retours forcés : moins 13%": a sign written as a word
    change = phrase_before(doc, cue, lex.phrases("changes")) or _change_over_adverbs(doc, cue, lex) \
        or _change_over_aside(doc, cue, lex) or _change_over_bracket(doc, cue, lex) or _change_over_comma_aside(doc, cue, lex) \
        or _change_over_hedge(doc, cue, lex)
    if change is None and cue >= 2 and doc[cue - 1].lower_ in lex.words.figure_adverbs:
        # "a growth of only 0.56 percent", "rose by just 3%": the change before the word that limits its figure
        change = phrase_before(doc, cue - 1, lex.phrases("changes")) or _change_over_adverbs(doc, cue - 1, lex)
    for frame in lex.words.figure_frames if change is None else ():
        size = len(frame.split())
        if cue > size and [t.lower_ for t in doc[cue - size:cue]] == frame.split():
            # "have dropped by an average of 22 percent", "up by a net 4802": the change before the figure's frame
            change = phrase_before(doc, cue - size, lex.phrases("changes")) \
                or phrase_before(doc, cue - size, lex.phrases("changes_before_percent"), limit=1) \
                or _change_over_hedge(doc, cue - size, lex)
            break
    if change is not None and lex.words.gap_words:
        after = cue
        while after < len(doc) and doc[after].norm_ in NUMBER_TAGS | {"<SCALE>"}:
            after += 1
        if after + 1 < len(doc) and after > cue and doc[after].lower_ in lex.words.gap_words \
                and doc[after + 1].lower_ in lex.words.of_words:
            return None  # "falling two short of its planned 185,000 places": a gap to a level, not a fall
    if change is None and lex.words.head_first and cue >= 2:
        at = cue - 1 if doc[cue - 1].lower_ in lex.words.one_words else cue  # "subieron un 139%", "suben un 11.4 %"
        if at >= 2 and (is_year(doc[at - 1].text) and doc[at - 2].lower_ in lex.words.year_leads
                        or doc[at - 1].lower_ in lex.words.year_leads and is_year(doc[at - 2].text)):
            at -= 2  # "aumentó [en 2017] un 2,6 %", "creció en [2017 en] más de 2,9 millones"
        change = phrase_before(doc, at, lex.phrases("changes")) if at < cue else None
        change = change or _change_over_time_phrase(doc, cue, lex) or _change_over_object(doc, cue, lex)
    if change is not None and any(t.lower_ in lex.words.balance_words for t in doc[max(change.token - 2, 0):change.token]) \
            and cue > 0 and doc[cue - 1].lower_ in lex.words.of_words:
        return None  # "a net migration gain of 128,500": a balance, not a change; but "Net migration fell by 42 per cent"
    if change is None and cue >= 2 and doc[cue - 1].text in ("(", ",") and not _change_beside(doc, cue, lex):
        change = _change_noun_in_clause(doc, cue - 1, lex, dated_level=quantity.kind == "count")
    if change is None and lex.words.head_first and cue >= 2 and doc[cue - 1].lower_ in lex.words.of_words \
            and doc[cue].norm_ == "<NUM>" and quantity.kind in ("count", "percent", "money"):  # "de plus de 60 ans": no
        change = _change_noun_of(doc, cue - 1, lex)
    if change is None and quantity.kind == "percent" and lex.words.head_first:
        change = _change_subject(doc, cue, lex) or _change_noun_rate(doc, cue, lex)
    if change is None:
        change = phrase_before(doc, cue, lex.phrases("changes_before_percent"), limit=1)  # "up 3%"
        verb = previous_token(doc, change.token) if change else None
        if verb is not None and verb.lower_ in lex.words.phrasal_up_verbs:
            change = None  # "make up 79%" is a share, not a rise
    return change.name if change else None


def _change_before_qualifier(doc: Doc, qualifier: int, lex: Lexicon):
    """Where heads come first, the change a change noun names straight before a figure's qualifier, past its "de":
    "anotaron aumentos superiores al 5 %", "caídas de más del 3 %"; or a change verb before a rate the qualifier
    bounds: "crecen a tasas interanuales superiores al 1%"."""
    words = lex.words
    i = qualifier - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 1 and doc[i].lower_ in words.of_words:
        i -= 1  # "aumentos de más del 5 %"
    if i < 0:
        return None
    name = _named_change(doc[i], lex.phrases("change_nouns"))
    if name:
        return Found(name, i)
    k = i
    while k > 0 and i - k < 2 and doc[k].lower_ not in words.rate_nouns and doc[k].is_alpha:
        k -= 1  # "tasas interanuales": the rate's own adjective
    if doc[k].lower_ not in words.rate_nouns or k < 2 or doc[k - 1].lower_ not in ("a", *words.determiners):
        return None
    verb = k - 1 if doc[k - 1].lower_ == "a" else k - 2  # "crecen a tasas", "crecieron a unas tasas"
    if verb < 1 or doc[verb].lower_ != "a":
        return None
    found = phrase_before(doc, verb, lex.phrases("changes"), limit=2)
    return Found(found.name, k) if found else None


def _change_over_time_phrase(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "en" or "un" by the time it happened in: "subió el último mes en
    23.309", "subió entre octubre y diciembre en 72.504", "creció en el segundo trimestre un 13,9 %"."""
    words = lex.words
    if cue < 3 or doc[cue - 1].lower_ not in (*words.one_words, *words.year_leads):
        return None
    time, verbs = _time_phrase_words(lex.lang)
    k = cue - 1
    # "aumentó en los primeros nueve meses del año en cerca de 366.000": a number of months is a time word too
    while k > 0 and cue - k <= 9 and (doc[k - 1].lower_ in time or is_year(doc[k - 1].text) or is_month(doc[k - 1])
                                      or is_time_word(doc[k - 1].lower_, lex)
                                      or doc[k - 1].lower_ in words.spelled_numbers and k > 1
                                      and is_time_word(doc[k].lower_, lex)):
        k -= 1
    if k == cue - 1 or not any(is_year(t.text) or is_month(t) or is_time_word(t.lower_, lex) for t in doc[k:cue - 1]):
        return None  # no time between the verb and its figure
    return phrase_before(doc, k, verbs) or phrase_before(doc, k, lex.phrases("changes"), limit=1)


def _change_over_object(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "un" by what changed: "vio crecer sus retornados un 134,8%" (the
    object, opened by a determiner, between the verb and its amount)."""
    words = lex.words
    # "tras aumentar su presencia en 15.840": the change's "en" after its object
    if cue < 4 or doc[cue - 1].lower_ not in words.one_words and (doc[cue - 1].lower_ not in words.year_leads
                                                               or doc[cue - 1].lower_ in words.dates.period_from):
        return None
    k = cue - 2
    while k > 0 and cue - k <= 5 and doc[k].is_alpha and doc[k].lower_ not in words.determiners:
        k -= 1
    if k == cue - 2 or doc[k].lower_ not in words.determiners or not doc[k + 1].is_alpha:
        return None
    return phrase_before(doc, k, lex.phrases("changes"), limit=1)


@cache
def _time_phrase_words(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    """The small words a time phrase between a change verb and its figure is made of, and the change verbs of
    one word ("subió", "crecieron") that stand before it (built once per language)."""
    words = lexicon(lang).words
    time = frozenset({*words.year_leads, *words.determiners, *words.ordinal_words, *words.dates.period_from,
                      *words.dates.period_to, *words.change_adverbs,
                      *(w for phrase in words.dates.relative for w in phrase.split())})  # "del año pasado"
    return time, {p: n for p, n in lexicon(lang).phrases("changes").items() if " " not in p}


def _change_subject(doc: Doc, cue: int, lex: Lexicon):
    """A share whose clause opens with a change noun linked to it is that change: "La hausse des
    demandes atteint 12 %", "le rythme de progression des recours se situe autour de 5 %"."""
    words = lex.words
    top = cue - 1
    if top >= 1 and doc[top].lower_ in words.definite_articles:
        top -= 1  # "la variación interanual alcanza el 7,19%": the figure's own article after the verb
    i = top
    while i >= 0 and (doc[i].is_space or doc[i].lower_.replace("’", "'") in words.subject_links):
        i -= 1
    if i == top or i < 0:
        return None  # no verb links the subject to the figure
    start = i
    while start > 0 and not doc[start].is_sent_start and doc[start - 1].text not in (",", ";", ":", "(") \
            and doc[start - 1].norm_ not in ("<NUM>", "<WNUM>", "<PCT>", "<RANGE>") and i - start < 12:
        start -= 1
    phrase = [t for t in doc[start:i + 1] if not t.is_space]
    nouns = lex.phrases("change_nouns")
    if len(phrase) > 2 and phrase[0].lower_.replace("’", "'") not in words.determiners:
        # "..., cuando la variación llegó a 6,4 por ciento", "respecto del trimestre la variación se ha quedado en el
        # 0,36 por ciento": a change noun and its article close the words that open the clause (not after a
        # preposition: "l'apport à la croissance atteint 78 %" is no change)
        k = max((k for k in range(1, len(phrase) - 1) if phrase[k].lower_ in words.definite_articles
                 and phrase[k - 1].lower_ not in (*words.subject_prepositions, *words.of_words)
                 and (_named_change(phrase[k + 1], nouns) or phrase[k + 1].lower_ in words.subject_change_nouns)),
                default=None)
        phrase = phrase[k:] if k is not None and len(phrase) - k <= 3 else phrase
    if len(phrase) < 2 or phrase[0].lower_.replace("’", "'") not in words.determiners:
        return None
    head = 1
    if len(phrase) > 3 and not _named_change(phrase[1], nouns) and phrase[1].lower_ in words.generic_heads \
            and phrase[2].lower_ in words.of_words:
        head = 3  # "le rythme de progression des recours"
    name = _named_change(phrase[head], nouns)
    if name is None and phrase[head].lower_ in words.subject_change_nouns:
        name = "increase"  # "la variación ... alcanza el 7,19%": an unsigned variation is a rise (a sign is read before)
    return Found(name, phrase[head].i) if name else None


def _change_noun_rate(doc: Doc, cue: int, lex: Lexicon):
    """A share given as the rate of the change noun it follows, across a participle or a linking verb and
    the change's own "de" complement: "avec une croissance ramenée à 3,9 %", "une progression avoisinant
    les 3%", "une croissance du taux de ces transferts à 3,2%"; the change noun has its article, or is
    the "de" of a rate noun: "le taux annuel moyen de croissance de ces transferts a atteint 19,2 %"."""
    words = lex.words
    if not words.change_noun_predicates:
        return None
    links = {*words.subject_links, *words.change_noun_predicates, *words.determiners}
    i = cue - 1
    while i >= 0 and cue - i <= 4 and (doc[i].is_space or doc[i].lower_.replace("’", "'") in links):
        i -= 1
    nouns = lex.phrases("change_nouns")
    k = i
    # the change's own complement: "du taux de ces transferts"; no verb nor punctuation inside it
    while k > 0 and i - k < 6 and not _named_change(doc[k], nouns) \
            and (doc[k].lower_.replace("’", "'") in (*words.of_words, *words.determiners)
                 or doc[k].is_alpha and doc[k].lower_ not in words.subject_links):
        k -= 1
    if k < 1 or not _named_change(doc[k], nouns):
        return None
    if k < i and doc[k + 1].lower_ not in words.of_words:
        return None  # "une hausse, pour les femmes, à 3 %": only its own "de" stands between
    before = doc[k - 1].lower_.replace("’", "'")
    if before in words.determiners and k >= 2 and doc[k - 2].lower_.replace("’", "'") in (*words.subject_prepositions, *words.location_prepositions) \
            and doc[k - 2].lower_ not in words.change_companions:
        return None  # "[l'apport du solde migratoire] à la croissance atteint 78 %", "dans la croissance": a complement
    if before not in words.determiners:
        j = k - 2  # "le taux annuel moyen de croissance": a rate noun and its adjectives before the change's "de"
        while j >= 0 and k - j <= 4 and doc[j].lower_ not in words.change_rate_heads and doc[j].is_alpha:
            j -= 1
        if before not in words.of_words or j < 0 or doc[j].lower_ not in words.change_rate_heads:
            return None
    return Found(_named_change(doc[k], nouns), k)


def _change_over_bracket(doc: Doc, cue: int, lex: Lexicon):
    """A change whose "de" opens a bracket after it: "Cette hausse (de 8,6 %)", "ont augmenté (de 3 %)"."""
    if cue < 3 or doc[cue - 1].lower_ not in lex.words.bracketed_change_of or doc[cue - 2].text != "(":
        return None
    end = cue - 2
    while end > 1 and doc[end - 1].lower_ in lex.words.change_adverbs and cue - end < 5:
        end -= 1  # "rose sharply (by 7%)": past the verb's adverbs
    degree = phrase_before(doc, end, {p: p for p in lex.words.change_degrees}, limit=3)
    end = degree.token if degree else end  # "fell a little (by seven percent or 850 people)"
    return phrase_before(doc, end, _unlinked_changes(lex, doc[cue - 1].lower_))


def _unlinked_changes(lex: Lexicon, of: str) -> dict[str, str]:
    """The change phrases that end in this "de", without it ("hausse de" -> "hausse")."""
    return {phrase[:-len(of) - 1]: name for phrase, name in lex.phrases("changes").items() if phrase.endswith(f" {of}")}


def _change_over_adverbs(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "de" or "by" by adverbs or an aside: "progressent quant à eux de
    14,6 %", "a encore augmenté de 3 %", "rose sharply by 5%"."""
    adverbs = lex.words.change_adverbs
    if not adverbs or cue < 2 or doc[cue - 1].lower_.replace("’", "'") not in (*lex.words.of_words,
                                                                             *lex.words.change_prepositions,
                                                                             *(lex.words.one_words if lex.words.head_first else ())):
        return None  # "rose sharply by 5%" too; "aumentó en promedio un 8%": a verb's "un" after its adverbs
    of = doc[cue - 1].lower_.replace("’", "'")
    i = cue - 2
    while i >= 0 and cue - 2 - i < 5 and (doc[i].lower_ in adverbs or doc[i].text == "," and i == cue - 2
                                          or doc[i].text in ("-", "‐") and not doc[i].whitespace_
                                          and i and not doc[i - 1].whitespace_):
        # "dropped sharply, by 69.8 percent, to": the comma too; "went up year-on-year by 3,000": a hyphened adverb
        i -= 1
    if i == cue - 2 or i < 0:
        return None
    changes = lex.phrases("changes")
    for start in (i - 1, i):  # "ont progressé", "progressent"
        if start >= 0:
            words = " ".join(t.lower_ for t in doc[start:i + 1]) + (" " + of if not of.endswith("'") else " " + of)
            name = changes.get(words.replace("' ", "'")) or changes.get(" ".join(t.lower_ for t in doc[start:i + 1]) + " de")
            if name is None and of in lex.words.one_words:
                name = changes.get(" ".join(t.lower_ for t in doc[start:i + 1]))  # "aumentó en promedio un 8%"
            if name:
                return Found(name, start)
    return None


def _change_past_restatement(doc: Doc, span: Span, following, lex: Lexicon) -> str | None:
    """The change a word after a figure's bracketed restatement names, for both figures: "84,300
    (7.5%) more than a year earlier" (the count and its share)."""
    figure = ("<NUM>", "<PCT>", "<SCALE>", "<CUR>")
    if following.text == "(":  # the count before its restatement
        closing = next((t.i for t in doc[following.i + 1:following.i + 8] if t.text == ")"), None)
        inside = doc[following.i + 1:closing] if closing is not None else []
        if not inside or not any(t.norm_ in figure for t in inside) \
                or not all(t.norm_ in figure or t.text in ("+", "-", "−", ".", ",") for t in inside):
            return None
    elif following.text == ")":  # the restatement itself, after a figure and its bracket
        before = previous_token(doc, span.start)
        figure_before = previous_token(doc, before.i) if before is not None and before.text == "(" else None
        if figure_before is None or figure_before.norm_ not in figure:
            return None
        closing = following.i
    elif following.lower_ in lex.words.restatement_words:  # "18 534 or 14,3% fewer than a year earlier"
        closing = following.i
        while closing + 1 < len(doc) and (doc[closing + 1].norm_ in figure or doc[closing + 1].is_space):
            closing += 1
        if closing == following.i or doc[closing].norm_ != "<PCT>":
            return None
    else:
        return None
    after = next_token(doc, closing + 1)
    found = phrase_after(doc, after.i, lex.phrases("change_after")) if after is not None else None
    return found.name if found else None


def _ends_labelled_line(doc: Doc, span: Span, text: str) -> bool:
    """Whether a figure ends a line that a label and its colon open: "Refugees hosted: 3.4 million".
    ``text`` is the document's text, read once (``doc.text`` is rebuilt from the tokens on each call)."""
    if span.end >= len(doc) or "\n" not in doc[span.end].text and "\n" not in span[-1].whitespace_:
        return False
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return re.fullmatch(r"[^\W\d_][^\d\n:]{1,80}:\s*", text[line_start:span.start_char]) is not None


def _change_beside(doc: Doc, cue: int, lex: Lexicon) -> bool:
    """Whether a bracketed figure has its change beside it in its bracket ("the largest rises were
    for Nepal (98,400 people; up 18.2%)"): the figure is the level, the change is the other's."""
    if doc[cue - 1].text != "(":
        return False
    words = lex.phrases("changes_before_percent")
    for token in doc[cue:cue + 8]:
        if token.text in (")", "("):
            return False
        if token.text == ";":
            following = next_token(doc, token.i + 1)
            return following is not None and following.lower_ in words
    return False


def _change_over_aside(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "by" by an aside of place or time: "rose in Lakeshire by 5%",
    "fell sharply in the second quarter by 12%", "increased last year by 3.2 percent", "rising in 2018, by 4.1 per
    cent"."""
    asides = lex.words.change_asides
    if not asides or cue < 3:
        return None
    by = doc[cue - 1].lower_
    changes = lex.phrases("changes")
    i = cue - 2
    if doc[i].text == ",":
        i -= 1  # "are expected to keep rising in 2018, by 4.1 per cent": the aside set off by a comma before its "by"
    while i >= 0 and cue - 2 - i < 7 and not doc[i].is_space \
            and (doc[i].is_alpha or is_year(doc[i].text)
                 or doc[i].text in ("-", "–", "‐") and not doc[i].whitespace_ and i and not doc[i - 1].whitespace_):
        # "grew in January–April by 20 per cent": a span of months joined by a dash is one word of the aside
        if doc[i].lower_ in asides:
            if lex.words.change_asides_of_names and not all(
                    word.text[:1].isupper() or is_year(word.text) or word.lower_ in lex.words.determiners
                    for word in doc[i + 1:cue - 1] if word.text != ","):
                return None  # "en raison de", "dans le cadre de": a phrase of its own, no place between verb and "de"
            verb = i - 1
            while verb >= 0 and doc[verb].lower_ in lex.words.change_adverbs:
                verb -= 1
            name = changes.get(f"{doc[verb].lower_} {by}") if verb >= 0 else None
            if name:
                return Found(name, verb)
        i -= 1
    return None


def _change_over_hedge(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "by" by a comma and a hedge (change_hedges): "the population still grew, if
    only by a modest 13,600", "arrivals rose, albeit by 2%". The verb and its "by" make a change phrase."""
    hedges = lex.words.change_hedges
    if not hedges or cue < 4 or doc[cue - 1].lower_ not in lex.words.change_prepositions:
        return None
    hedge = phrase_before(doc, cue - 1, {h: h for h in hedges}, limit=3)
    comma = previous_token(doc, hedge.token) if hedge is not None else None
    if comma is None or comma.text != ",":
        return None
    verb = previous_token(doc, comma.i)
    name = lex.phrases("changes").get(f"{verb.lower_} {doc[cue - 1].lower_}") if verb is not None else None
    return Found(name, verb.i) if name else None


def _change_over_comma_aside(doc: Doc, cue: int, lex: Lexicon):
    """A change verb parted from its "by" by a short aside between commas: "auraient augmenté, estime-t-on,
    de 5,2 %", "rose, officials said, by 5%"."""
    if cue < 5:
        return None
    by = previous_token(doc, cue)
    comma = previous_token(doc, by.i) if by is not None else None
    if comma is None or comma.text != ",":
        return None
    i = comma.i - 1
    while i >= 0 and comma.i - i <= 6 and doc[i].text != ",":
        if doc[i].is_punct and doc[i].text not in ("-", "‐"):
            return None
        i -= 1
    if i < 1 or doc[i].text != "," or i == comma.i - 1:
        return None
    verb = previous_token(doc, i)
    name = lex.phrases("changes").get(f"{verb.lower_} {by.lower_}") if verb is not None else None
    return Found(name, verb.i) if name else None


def _subject_cue(doc: Doc, cue: int, lex: Lexicon) -> int:
    """Where a change's subject is read back from: after its verb, past an aside before its "by"
    ("Arrivals rose in 2022 by 5%": Arrivals, not 2022)."""
    aside = _change_over_aside(doc, cue, lex)
    return aside.token + 1 if aside else cue


def _change_noun_in_clause(doc: Doc, mark: int, lex: Lexicon, dated_level: bool = False):
    """The change a figure set off by a bracket or a comma measures: a change noun just before
    it ("a slight drop (2.4%)", "large increases, between 21 and 35%") or, before a bracket,
    heading its clause ("the growth in overall migrant arrivals (8300)", "The increase was
    smaller in Canada (8%)")."""
    nouns = lex.phrases("change_nouns")
    reach = 8 if doc[mark].text == "(" else 1
    i = mark - 1
    while i >= 0 and mark - i <= reach:
        token = doc[i]
        if i and doc[i - 1].lower_ in lex.words.year_leads and re.fullmatch(r"(?:19|20)\d\d", token.text):
            if dated_level:
                return None  # "after a considerable fall in 2020 (417 100)": the level of that year
            i -= 2  # "de fortes hausses en 2022 (entre 21 % et 35 %)": a year is no figure measured
            continue
        if token.text in ("-", "‐") and not token.whitespace_ and i and not doc[i - 1].whitespace_:
            i -= 2  # "the steepest rises in first-time applicants were in Hungary (323%)": a hyphen inside a word
            reach += 2
            continue
        if token.is_punct or token.norm_ in ("<NUM>", "<WNUM>", "<PCT>", "<CUR>", "<SCALE>"):
            return None  # the clause ends, or another figure is what the noun measures
        name = _named_change(token, nouns)
        if name:
            return Found(name, i)
        i -= 1
    return None


def _superlative_change_before(doc: Doc, span: Span, lex: Lexicon) -> str | None:
    """The direction of a change noun after a superlative, set off by a comma, a dash or a colon just before the
    figure: "saw the largest rise, at 7.7 percent", "the biggest drop – 72 percent"."""
    mark = previous_token(doc, span.start)
    if mark is not None and mark.lower_ in ("at", "of"):
        mark = previous_token(doc, mark.i)
    if mark is None or mark.text not in (",", "–", "—", ":", "-"):
        return None
    noun = previous_token(doc, mark.i)
    direction = lex.phrases("change_nouns").get(noun.lower_) if noun is not None else None
    superlative = previous_token(doc, noun.i) if direction else None
    return direction if superlative is not None and superlative.lower_ in lex.words.change_superlatives else None


def _change_after_noun(doc: Doc, index: int, end: int, lex: Lexicon) -> str | None:
    """ "más" or "menos" right after a count's noun makes the count a
    change, where the clause goes on or ends there: "se sumaron 85.851 migrantes más en el
    territorio", "300 personas menos que en 2020"; so do words of extra that close the noun phrase:
    "10 000 habitants en plus", "6,2 % de Belges supplémentaires"."""
    i = index
    while i < len(doc) and (doc[i].idx < end or doc[i].is_space):
        i += 1
    compared = {w for phrase in lex.words.dates.compared for w in phrase.split()[:1]}  # "que", "than"
    for skip in range(3):  # "28 341 résidents non permanents de moins que": past the noun's own words
        found = next((p for p in (*lex.words.changes_after_noun, *lex.words.extras_after_noun)
                      if [t.lower_ for t in doc[i + skip:i + skip + len(p.split())]] == p.split()), None)
        if found is None:
            if i + skip >= len(doc) or not doc[i + skip].is_alpha:
                return None
            continue
        following = next_token(doc, i + skip + len(found.split()))
        if found in lex.words.extras_after_noun:
            return lex.phrases("change_after").get(found)  # "6,2 % de Belges supplémentaires": extra, so a change
        if following is not None and following.is_alpha and following.lower_ not in lex.words.subject_prepositions \
                and following.lower_ not in lex.words.postnominal_participles \
                and following.lower_.replace("’", "'") not in compared | {"qu'"} or skip and following is None:
            # "personas más jóvenes": a comparison of the noun, no change; but "596.052 trabajadores más llegados de
            # otros países" are more of them
            return None
        if skip and following.text in (".", ";"):
            return lex.phrases("change_after").get(found)  # "es decir, 14.558 permisos temporales menos."
        if skip and following.lower_.replace("’", "'") not in compared | {"qu'"}:
            return None  # past the noun's words, only a comparison that goes on ("de moins que") makes a change
        bound = next_token(doc, following.i + 1) \
            if following is not None and following.lower_.replace("’", "'") in compared | {"qu'"} else None
        if bound is not None and (bound.norm_ in ("<NUM>", "<RANGE>", "<WNUM>", "<FRAC>", "<PCT>", "<CUR>")
                                  or any(p.split() == [t.lower_ for t in doc[bound.i:bound.i + len(p.split())]]
                                         for p in lex.words.fractions)):
            return None  # "accounted for more than half", "and more than 41,500 arrests": the bound of another figure
        if bound is not None and following.lower_ in lex.words.set_comparison_links \
                and not compares_a_time([t.text for t in doc[bound.i:bound.i + 5]], lex):
            return None  # "3,000 asylum seekers more than Spain": two sets compared, no change of one
        return lex.phrases("change_after").get(found)
    return None


def _named_change(token, nouns: dict) -> str | None:
    """The change a noun names, in the singular or the plural ("increase", "increases")."""
    lower = token.lower_
    return nouns.get(lower) or (nouns.get(lower[:-1]) if lower.endswith("s") else None)


def _change_noun_of(doc: Doc, of: int, lex: Lexicon):
    """Where heads come first, the change noun whose "de" a figure follows across the set it
    measures or the word "respectivement": "une croissance de la population de 0,98 %", "sont
    en baisse, respectivement de 10 et de 5 millions d'euros"."""
    nouns = lex.phrases("change_nouns")
    i = of - 1
    while i >= 0 and of - i <= 6:
        token = doc[i]
        if token.lower_ in lex.words.respective_words and i > 0 and doc[i - 1].text == ",":
            i -= 2
            continue
        if not token.is_alpha or token.norm_ in ("<NUM>", "<WNUM>", "<PCT>", "<CUR>", "<SCALE>", "<UNIT>"):
            return None  # the clause ends, or another figure is what the noun measures
        name = _named_change(token, nouns)
        if name:
            return Found(name, i)
        i -= 1
    return None


_SHARED_SCALE_JOINTS = frozenset(COMMON.words.list_conjunctions) | frozenset(COMMON.words.range_joiners)
_REPEATED_PREPOSITIONS = frozenset(COMMON.words.repeated_prepositions)


def _list_figure_followers(lex: Lexicon) -> frozenset[str]:
    """The words a bare figure may stand before and still be one of a list whose scale another figure writes: "23,72
    de mujeres", "3.1 in 2023", "US$340.7 and ... respectively"."""
    words = lex.words
    return frozenset({*words.of_words, *words.respective_words, *(w for w in words.dates.in_ if " " not in w)})


def _scale_of(doc: Doc, number: Token, scale: Token, decimal_comma: bool) -> tuple[Decimal, Decimal] | None:
    """The figure and the multiplier of a figure written with its scale word ("22,88 millones")."""
    other = parse_number(number.text, decimal_comma=decimal_comma)
    multiplier = lex_of(doc).words.scales.get(scale.lower_)
    return (other, Decimal(str(multiplier))) if other is not None and multiplier else None


def _currency_before(doc: Doc, i: int) -> str | None:
    token = previous_token(doc, i)
    return currency_code(token, lex_of(doc)) if token is not None and token.norm_ == "<CUR>" else None


def _listed_scale(doc: Doc, span: Span, quantity: Quantity, decimal_comma: bool) -> Quantity:
    """A bare figure of a list whose scale one of its figures writes: "US$387.4, US$340.7 and US$325.1 million
    respectively" (the scale after the list), "22,88 millones de hombres y 23,72 de mujeres", "$79.4 millones;
    España $48.7" (the scale of the figure before, for a figure with decimals). The figures share a currency or
    have none, and are of one size ("2.3 children per woman" after "7.5 million people" is no such figure)."""
    joints = {*_SHARED_SCALE_JOINTS, ",", ";"}
    currency = quantity.unit if quantity.kind == "money" else None
    value = Decimal(str(quantity.value))
    found = None
    joint = next_token(doc, span.end)  # after the list: its items joined by commas up to the one with the scale
    for _ in range(6):
        item = next_token(doc, joint.i + 1) if joint is not None and joint.lower_ in joints else None
        if item is not None and item.norm_ == "<CUR>":
            item = next_token(doc, item.i + 1) if currency_code(item, lex_of(doc)) == currency else None
        if item is None or item.norm_ != "<NUM>" or item.i + 1 >= len(doc):
            break
        if doc[item.i + 1].norm_ == "<SCALE>":
            found = _scale_of(doc, item, doc[item.i + 1], decimal_comma)
            break
        joint = next_token(doc, item.i + 1)
    if found is None and value != int(value) and value < 1000:  # before it: "22,88 millones de hombres y 23,72"
        following = next_token(doc, span.end)
        if following is None or not following.is_alpha or following.lower_ in _list_figure_followers(lex_of(doc)):
            k, passed, joined = span.start - 1, 0, False
            while k > 0 and passed <= 4:
                token = doc[k]
                if token.norm_ == "<SCALE>" and doc[k - 1].norm_ == "<NUM>" and joined:
                    if _currency_before(doc, k - 1) == currency:  # the same currency, or none on both
                        found = _scale_of(doc, doc[k - 1], token, decimal_comma)
                    break
                if token.lower_ in joints:
                    joined = True
                elif not (token.is_alpha or token.is_space or is_year(token.text)):
                    break  # "2.5 million in 2022 and 3.1 in 2023": a year between is a word of the list's items
                passed += not token.is_space
                k -= 1
    if found is None:
        return quantity
    other, multiplier = found
    if not other / 10 <= value <= other * 10:
        return quantity
    return replace(quantity, value=float(value * multiplier))


def _shared_scale(doc: Doc, span: Span, quantity: Quantity, decimal_comma: bool) -> Quantity:
    """The scale a bare figure shares with another: joined to the figure after it (``_joined_scale``), else as one
    of a list (``_listed_scale``)."""
    if quantity.kind not in ("count", "money") or any(t.norm_ == "<SCALE>" for t in span) \
            or quantity.value_max is not None:
        return quantity
    joined = _joined_scale(doc, span, quantity, decimal_comma) if quantity.kind == "count" else quantity
    return joined if joined is not quantity else _listed_scale(doc, span, quantity, decimal_comma)


def _joined_scale(doc: Doc, span: Span, quantity: Quantity, decimal_comma: bool) -> Quantity:
    """ "around 87 and 86 million", "10 et 5 millions d'euros": a bare first figure takes the
    scale (and currency) of the one joined to it; a level before a percentage is a percentage
    too ("rose from 3 to 4.1 percent")."""
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i + 2 >= len(doc) or doc[i].lower_ not in _SHARED_SCALE_JOINTS:
        return quantity
    j = i + 1
    while j < len(doc) and (doc[j].is_space or doc[j].lower_ in _REPEATED_PREPOSITIONS):
        j += 1
    if j + 1 >= len(doc) or doc[j].norm_ != "<NUM>" or doc[j + 1].norm_ not in ("<SCALE>", "<PCT>"):
        return quantity
    other = parse_number(doc[j].text, decimal_comma=decimal_comma)
    if other is None or not (other / 10 <= Decimal(str(quantity.value)) <= other * 10):
        return quantity  # "2 and 3 million" shares; "2020 and 3 million" does not
    if doc[j + 1].norm_ == "<PCT>":
        if is_year(span[0].text):
            return quantity
        return replace(quantity, kind="percent", unit="%")  # "from 3 to 4.1 percent", "del 50.6 a 49.4 por ciento"
    scale = lex_of(doc).words.scales.get(doc[j + 1].lower_)
    if not scale:
        return quantity
    k = j + 2
    while k < len(doc) and (doc[k].is_space or doc[k].lower_ in lex_of(doc).words.of_words):
        k += 1
    currency = currency_code(doc[k], lex_of(doc)) if k < len(doc) and doc[k].norm_ == "<CUR>" else None
    value = float(Decimal(str(quantity.value)) * Decimal(str(scale)))
    return replace(quantity, value=value, kind="money" if currency else "count", unit=currency)
