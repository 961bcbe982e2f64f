"""Numbers that are not facts: years, dates, references, codes, numbering.

``is_trap`` says whether a quantity span, read in its context, is one of the
cases GCM.md lists as no fact: a year or a period, a date, an article,
paragraph, law or objective number, a postal code or house number, a phone
number, list or page numbering, a footnote, a time of day.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..models import Quantity
from ..rules import COMMON, lexicon
from .context import (Context, is_dated_year, is_month, lex_of, line_start, next_token, phrase_after, phrase_before,
                      previous_token, text_of)
from .counted import NUMBER_TAGS, counted_after, counted_from_number_of, is_people, is_place, is_plural
from .numbers import alternation, is_year, parse_number
from .table_rows import is_scale_caption, page_number_at_edge


def age_cues(doc: Doc) -> dict[str, str]:
    return {p: p for p in lex_of(doc).words.age_cues}


_REFERENCE_TOTALS = frozenset(COMMON.words.reference_totals)  # "Page 1 of 2", "page 1 sur 2"


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
        if i == index - 1 and token.text in words.qualifiers.approximate and token.text.endswith("."):
            return False  # "c. 3,000 departures": circa, not a convention's or clause's "C."
        if lower in references and lower in words.subject_links and i == index - 1 \
                and (subject := previous_token(doc, i)) is not None \
                and (subject.lower_ in words.change_adverbs or subject.lower_ in ("now", "still", "today")
                     or subject.lower_ == "to" and (said := previous_token(doc, subject.i)) is not None
                     and said.lower_.endswith("ed")  # "were estimated to number 330,000"
                     or (subject.is_lower or subject.is_sent_start) and is_plural(subject.lower_, lex_of(doc))):
            return False  # "Refugees now number 40,500": a verb, not "number 5"
        if (lower in references or lower.rstrip(".") in references) and len(lower) <= 2 and i and i + 1 < len(doc) \
                and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            return False  # "2020 (e) (p) 68 108": a year's mark of a provisional figure, no page
        if words.comma_closes_reference and (lower in references or lower.rstrip(".") in references) and i + 1 < index and (
                doc[i + 1].text == "," or doc[i + 1].text == ")" and i + 2 < index and doc[i + 2].text == ","):
            return False  # "Selon l'OIT, trois sous-régions", "du travail (OIT), trois": a comma closes the name, where a
            # reference's number follows its word
        if (lower in references or lower.rstrip(".") in references) and words.reference_verb_leads \
                and (lead := previous_token(doc, i)) is not None and lead.lower_ in words.reference_verb_leads:
            return False  # "le compteur s'était arrêté à 2 020 demandes": a verb's participle, not a decree ("l'arrêté")
        if lower in references or lower.rstrip(".") in references:
            return True
        chained = lower in chain or token.norm_ in NUMBER_TAGS or (len(lower) == 1 and lower.isalpha())
        if lower in _REFERENCE_TOTALS and not (i and previous_token(doc, i) is not None
                                                and previous_token(doc, i).norm_ in NUMBER_TAGS):
            return False  # "Page 1 of 2" is one reference; "a target of 1,500 workers" is none
        if not chained:
            return False
        i -= 1
    return False


# "Publié le 03 - 10 - 2013": a date of numbers with separators set off by spaces
_SPACED_DATE = re.compile(r"(?<![\d.,])\d{1,2}\s*([-/.])\s*\d{1,2}\s*\1\s*(?:19|20)\d\d(?!\d)")


def is_date(doc: Doc, span: Span) -> bool:
    """A day or a year beside a month name ("1 September", "31 de diciembre", "1er janvier"), or a part
    of a date of numbers ("03 - 10 - 2013")."""
    window = doc[max(0, span.start - 6):min(len(doc), span.end + 6)]  # a doc's text is built anew on each call
    start, end = span.start_char - window.start_char, span.end_char - window.start_char
    if any(m.start() <= start and end <= m.end() for m in _SPACED_DATE.finditer(window.text)):
        return True
    joiners = lex_of(doc).words.dates.day_month_joiner
    before, after = previous_token(doc, span.start), next_token(doc, span.end)
    if before is not None and before.text == "." and before.i:
        before = previous_token(doc, before.i)  # "nov. 15", "Sept. 30"
    if before is not None and before.lower_ == "may" and before.i:
        lead = previous_token(doc, before.i)  # "on may 19": "may" the month, in lower case
        if lead is not None and lead.lower_ in ("on", "in", "since", "until", "by", "from", "of", "to"):
            return True
    if before is not None and before.lower_ in joiners:
        before = previous_token(doc, before.i)
    if after is not None and after.lower_ in joiners:
        after = next_token(doc, after.i + 1)
    if span[0].norm_ == "<CUR>" or any(t.norm_ in ("<SCALE>", "<PCT>") for t in span):
        return False  # "en febrero $691.3 millones": an amount after a month, no day
    if before is not None and before.text in ("-", "–", "/") and not before.whitespace_ and before.i \
            and not doc[before.i - 1].whitespace_ and is_year(doc[before.i - 1].text) and len(span[0].text) == 2:
        return True  # "the 2022-23 year": the end of a year range, not "23 years"
    number = span[0].text if len(span) == 1 else ""
    if number and not (number.isdigit() and (int(number) <= 31 or is_year(number))):
        return False  # "$ 37,305.97 february expenses": no day of a month
    if before is not None and before.lower_ in lex_of(doc).words.weekdays:
        return True  # "el jueves 28", "Thursday 28"
    if before is not None and before.text == "(" and after is not None and after.text == ")" and before.i:
        day_of = previous_token(doc, before.i)  # "on Tuesday (7)": the day of the month after its weekday
        if day_of is not None and day_of.lower_ in lex_of(doc).words.weekdays:
            return True
    if after is not None and after.text in ("-", "–") and not after.whitespace_:
        last = next_token(doc, after.i + 1)  # "between 18-24 June 2021": the first day of a span of days
        if last is not None and last.text.isdigit() and int(last.text) <= 31:
            month = next_token(doc, last.i + 1)
            if month is not None and is_month(month):
                return True
    if before is not None and before.text == "," and after is not None and after.lower_ in lex_of(doc).words.months:
        agency = next_token(doc, after.i + 1)  # "Lima, 29 mar (EFE).-": a news agency's dateline, where
        if agency is not None and agency.text in ("(", ".-", "."):  # "mar", "may" are months in lower case too
            return True
    if before is not None and before.lower_ == "día" and re.match(r"\s+de\s+(?:este|ese|aquel)\s+mes\b", window.text[end:end + 20], re.I):
        return True  # "el pasado día 27 de este mes": a day of the month the page speaks in
    near = [t for t in (before, after) if t is not None]
    if after is not None and after.is_alpha and (after.lower_ in ("st", "nd", "rd", "th")
                                                 or after.lower_ in lex_of(doc).words.ordinal_suffixes):
        # "1st May", "Au 1 er janvier": an ordinal's suffix (set apart by a space) before the month
        near.append(next_token(doc, after.i + 1))
    if after is not None and after.lower_ in lex_of(doc).words.list_words and after.is_alpha:
        day = next_token(doc, after.i + 1)  # "les 21 et 22 avril", "on 21 and 22 April": two days
        if day is not None and day.text.isdigit() and int(day.text) <= 31:
            month = next_token(doc, day.i + 1)
            near.append(next_token(doc, month.i + 1) if month is not None and month.lower_ in joiners else month)
    return any(t is not None and is_month(t) for t in near)


def is_address(previous: Token | None, following: Token | None, numbers: list[Token], context: Context) -> bool:
    """A house number or postal code: "Rue des Alpes 14,", "9490 Montavia-Ville"."""
    digits = max(len(t.text) for t in numbers)
    if any(re.fullmatch(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?", t.text) for t in numbers):
        return False  # "United States 3,416,840[2]", "23,683.8": a figure grouped by thousands is no house number
    after_name = previous is not None and previous.is_title and previous.idx != context.start
    before_name = following is not None and following.is_title and following.idx < context.end
    if after_name and (digits >= 4 or following is None or following.text in (",", ")", ";")):
        return True
    return digits >= 4 and "," not in numbers[0].text and before_name




def _country_closes(town: Token, name: Token) -> bool:
    """Whether a capitalised word is a country's name that ends an address after a town ("Geneva
    19 Switzerland Tel.:"), not a people a figure counts ("19 Syrians were ...") nor the next of a
    list of countries and figures ("Germany 19 Switzerland 12")."""
    from ..countries import lookup

    following = next_token(name.doc, name.i + 1)
    return lookup(name.text) is not None and lookup(town.text) is None \
        and (following is None or not following.is_lower and following.norm_ not in NUMBER_TAGS)


def _after_street(doc: Doc, span: Span, context: Context, lex) -> bool:
    """Whether a postal code follows a house number and its street: "12 rue de la Paix, 75002 Paris"."""
    before = [t for t in doc[max(0, span.start - 10):span.start] if t.idx >= context.start and not t.is_space]
    return bool(before) and before[-1].text == "," and len(span.text) >= 4 and any(
        a.text.isdigit() and b.lower_.rstrip(".") in lex.words.street_words for a, b in zip(before, before[1:]))


def _in_enumeration(doc: Doc, span: Span) -> bool:
    """A figure in a list of names and figures ("República Dominicana 59, Nicaragua 57,
    Honduras 44", "Oman 12,000; Qatar 45,000"): another name and figure follow or precede it; an address's number is
    followed by a postal code or a town ("Rue des Alpes 14, 9490 Montavia-Ville")."""
    def name_then_number(i: int, step: int) -> bool:
        j, names = i, 0
        while 0 <= j < len(doc) and names < 4:
            token = doc[j]
            if token.is_space:
                j += step
                continue
            if token.norm_ == "<NUM>":
                return names > 0
            if not (token.is_title or token.is_upper and token.is_alpha):  # "Qatar", "UAE"
                return False
            names, j = names + 1, j + step
        return False

    following = next_token(doc, span.end)
    if following is not None and following.text in (",", ";") and name_then_number(following.i + 1, 1):
        return True
    previous = previous_token(doc, span.start)
    before = previous_token(doc, previous.i) if previous is not None else None
    while before is not None and before.is_title:
        before = previous_token(doc, before.i)
    joins = {w for w in lex_of(doc).words.list_words if w.isalpha()} | {",", ";"}  # "Medellín 86.201 y Cali 55.884"
    return before is not None and before.lower_ in joins and before.i > 0 and previous_token(doc, before.i) is not None \
        and previous_token(doc, before.i).norm_ == "<NUM>"


def is_code(doc: Doc, span: Span) -> bool:
    """A number glued by hyphens to other parts ("91-002-XWE", "1-800-263-1136", a score "2-1"),
    a year with a footnote ("2019.1"), a starred or numbered item ("*247")."""
    first = span[0]
    chain = 0
    i = span.start - 1
    while i >= 1 and doc[i].text in ("-", "‐", "/") and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
            and (doc[i - 1].norm_ == "<NUM>" or doc[i - 1].is_alpha):
        chain, i = chain + 1, i - 2
    i = span.end
    while i + 1 < len(doc) and doc[i].text in ("-", "‐", "/") and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and (doc[i + 1].norm_ == "<NUM>" or doc[i + 1].is_alpha and doc[i + 1].is_upper):
        chain, i = chain + 1, i + 2
    if chain >= 2 or chain and first.norm_ == "<RANGE>":
        return True
    if chain == 1 and len(span) == 1 and first.norm_ == "<NUM>":
        before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text == "-" else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "-" else None
        other = before if before is not None else after
        if other is not None and other.norm_ == "<NUM>":
            low, high = (other, first) if before is not None else (first, other)
            if parse_number(high.text) is not None and parse_number(low.text) is not None \
                    and parse_number(high.text) <= parse_number(low.text):
                return True  # "2-1": a score, not a range
    if re.fullmatch(r"(?:1[89]|20)\d\d\.\d{1,2}", first.text):
        following = next_token(doc, span.end)
        return following is None or following.is_title or following.text in (",", ";", ")")
    if len(span) == 1 and re.fullmatch(r"(?:19[5-9]|20[0-4])\d\d", first.text):
        # "14 % de plus qu'en 20191.": a year and its footnote's number, run together
        # "Population migration in January-June  20181" ending a title's line: after a month too
        before, following = previous_token(doc, span.start), next_token(doc, span.end)
        line_end = span.end >= len(doc) or "\n" in doc[span.end].text or "\n" in doc[span.end - 1].whitespace_
        return before is not None and (before.lower_ in lex_of(doc).words.year_leads or is_month(before) and line_end) \
            and (following is None or following.text in (".", ",", ";", ")") or line_end)
    previous = doc[span.start - 1] if span.start else None
    if previous is not None and previous.text == "#" and len(span) == 1 and first.text.isdigit() \
            and (previous.i == 0 or "\n" in doc[previous.i - 1].text or doc[previous.i - 1].text_with_ws.endswith("\n")):
        return True  # "# 1" opening its line: a rank in a list
    return previous is not None and previous.text in ("*", "#", "±", "+/-") and not previous.whitespace_


def _single_number_lines(text: str, start: int, end: int) -> list[float] | None:
    """The run of lines around the span's that hold one number each (a chart's axis printed as
    text: "200,000 / 180,000 / 160,000 ..."), or None when the span's line holds more."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    pattern = re.compile(r"\s*(\d{1,3}(?:,\d{3})*|\d+)\s*")
    if not pattern.fullmatch(text[line_start:line_end]):
        return None
    values, i = [], line_start
    while i > 0 and len(values) < 6:  # lines before
        prev_start = text.rfind("\n", 0, i - 1) + 1
        match = pattern.fullmatch(text[prev_start:i - 1])
        if not match:
            break
        values.insert(0, int(match.group(1).replace(",", "")))
        i = prev_start
    values.append(int(pattern.fullmatch(text[line_start:line_end]).group(1).replace(",", "")))
    j = line_end
    while j < len(text) and len(values) < 12:  # lines after
        next_end = text.find("\n", j + 1)
        next_end = len(text) if next_end < 0 else next_end
        match = pattern.fullmatch(text[j + 1:next_end])
        if not match:
            break
        values.append(int(match.group(1).replace(",", "")))
        j = next_end
    return values


def _is_axis(context: Context, span: Span) -> bool:
    values = _single_number_lines(context.text, span.start_char, span.end_char)
    steps = {b - a for a, b in zip(values, values[1:])} if values else set()
    return bool(values) and len(values) >= 4 and len(steps) == 1 and steps != {0}


def _page_header(doc: Doc, span: Span, context: Context) -> bool:
    """ "WORLD MIGRATION REPORT 2020 19", "24 WORLD MIGRATION REPORT 2022", "2 MIGRATION AND MIGRANTS:
    A GLOBAL OVERVIEW": a number at the edge of a line of capitals is a page or chapter number."""
    text = context.text
    line_start = max(text.rfind("\n", 0, span.start_char), text.rfind("\f", 0, span.start_char)) + 1  # a page starts a line
    line_end = text.find("\n", span.end_char)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    return len(span) == 1 and page_number_at_edge(line, span.start_char - line_start, span.end_char - line_start)


def _frames_a_figure(doc: Doc, span: Span, frame: set, context: Context) -> bool:
    """A duration that sets another figure in time: "des 15 années précédentes", "au cours des
    12 mois", "il y a 10 ans", "(+ 27 % en quatre ans", "En près de 20 ans, elle a doublé"."""
    words = lex_of(doc).words
    following = next_token(doc, span.end)
    if words.head_first and following is not None and following.lower_ in words.comparative_words:
        following = next_token(doc, following.i + 1)  # "los doce meses más recientes"
    if words.head_first and following is not None and following.lower_ in frame:
        return True  # the adjective after its noun ("années précédentes", "los tres años previos"); not "the six
        # months following"
    qualifier = phrase_before(doc, span.start, lex_of(doc).phrases("qualifiers"))
    cue = qualifier.token if qualifier else span.start
    if phrase_before(doc, cue, {p: p for p in words.duration_frames}) is not None:
        return True
    previous = previous_token(doc, cue)
    if not words.in_duration_frames or previous is None or previous.lower_ not in words.dates.in_:
        return False
    before = previous_token(doc, previous.i)
    if _closes_headline(doc, span, context):
        return True  # "IOM Brings 4,800 Migrants Home in Seven Years": a headline's span, after its figure
    # "In six months, ...", "In six months the country registered 827,352": the span opens its sentence
    opens = previous.idx <= context.start and following is not None \
        and (following.text == "," or following.lower_ in words.determiners)
    # "rose 12% in two years", "has risen by almost one million in one decade": the span of the change before it
    return opens or before is not None and (before.norm_ in ("<PCT>", "<NUM>", "<WNUM>", "<SCALE>") or before.text == "%")


def _closes_headline(doc: Doc, span: Span, context: Context) -> bool:
    """Whether a duration ends a line that has no final stop (a headline) and that gives a figure before it."""
    text = context.text
    line_end = text.find("\n", span.end_char)
    rest = text[span.end_char:len(text) if line_end < 0 else line_end]
    line = _line_of(text, span.start_char)
    head = line[:len(line) - len(rest) - len(span.text)]
    return not rest.strip() and bool(re.search(r"\d", head)) and not head.rstrip().endswith((".", ":"))


def _one_of_a_kind(doc: Doc, span: Span, lex) -> bool:
    """Whether a spelled "one" is glued to a word ("One-way") or stands before a noun that names no thing
    counted ("one reason", "one key finding", "into one system")."""
    following = doc[span.end] if span.end < len(doc) else None
    if following is None:
        return False
    if following.text in ("-", "‐") and not span[-1].whitespace_ and not following.whitespace_:
        return True
    nouns = [t.lower_ for t in doc[span.end:min(len(doc), span.end + 2)] if t.is_alpha]
    return any(n in lex.words.one_abstract_nouns for n in nouns)


# a line of short steps joined by " > ", a site's breadcrumb
_BREADCRUMB = re.compile(r"[^<>\n]{1,40}(?:\s+>\s+[^<>\n]{1,40})+")

_STREET_NAME_LINKS = frozenset(COMMON.words.street_name_links)  # "17 route des Morillons"


def is_furniture(doc: Doc, span: Span, quantity: Quantity, context: Context) -> bool:
    """Page furniture and framing words: counters ("1,036 views", "Hits: 1187"), file sizes
    ("8MB"), a frame for the figure ("the first nine months of 2023"), a rate's base ("per
    1,000 inhabitants"), a margin ("± 900"), a street address ("2 Marsham Street")."""
    words = lex_of(doc).words
    previous, following = previous_token(doc, span.start), next_token(doc, span.end)
    if following is not None and following.lower_ in COMMON.file_units:
        return True
    if quantity.unit is None and (_is_axis(context, span) or _page_header(doc, span, context)):
        return True
    line_start = context.text.rfind("\n", 0, span.start_char) + 1
    line_end = context.text.find("\n", span.end_char)
    if is_scale_caption(context.text[line_start:None if line_end < 0 else line_end]):
        return True  # "in 1,000" above a table
    if previous is not None and previous.text == "(" and (before := previous_token(doc, previous.i)) is not None \
            and before.lower_ in words.counter_words:
        return True  # "Comments (2)"
    first = span[0]
    if quantity.unit is None and len(span) == 1 and first.i + 1 < len(doc) and not first.whitespace_ \
            and doc[first.i + 1].is_alpha and doc[first.i + 1].is_upper and doc[first.i + 1].norm_ not in ("<UNIT>", "<CUR>", "<SCALE>"):
        return True  # "SW1P 4DF": a code, not four of anything
    if first.lower_ == "one" and words.reciprocal_words and re.match(
            rf"\s+(?:[^\W\d_][\w-]*\s+){{1,3}}(?:{alternation(words.reciprocal_words)})\b",
            context.text[first.idx + len(first.text):first.idx + 80], re.I):
        return True  # "moves from one region to another": "one" names no amount
    if first.lower_ == "one" and following is not None and following.lower_ == "of" \
            and (after := next_token(doc, following.i + 1)) is not None and after.lower_ in words.determiners:
        return True  # "one of the main reasons"
    after = next_token(doc, following.i + 1) if following is not None else None
    if following is not None and following.lower_ in words.counter_words and _ends_counter(doc, following):
        return True  # "| 1,036 views", "10 Downloads 25 vistas"; not "made 3,188 visits and ..."
    if previous is not None and (previous.lower_ in words.counter_words
                                 and (previous.lower_ not in words.subject_links or _labels_counter(doc, previous))
                                 or previous.text == ":" and (before := previous_token(doc, previous.i)) is not None
                                 and before.lower_ in words.counter_words):
        return True  # "Views 1,036", "| hits 12"; not "Global migrant workforce hits 150 million"
    if previous is not None and previous.lower_ in words.counter_leads and quantity.unit == "times" \
            and re.match(r"\s*(?:$|[|·•])", context.text[span.end_char:None if line_end < 0 else line_end]):
        return True  # "Consulté 356 fois", "Viewed 1,204 times", "Visto 1.243 veces | Compartir",
        # "Lu 1 284 fois | Partager": a counter that ends its line or its part of a byline
    if previous is not None and previous.text in ("±", "+/-"):
        return True
    if phrase_after(doc, span.end, {p: p for p in words.reading_times}):
        return True  # "October 6, 2023 · 4 min read": a byline
    if words.reading_leads and phrase_before(doc, span.start, {p: p for p in words.reading_leads}, limit=4) \
            and _in_minutes(doc, span):
        return True  # "| Lectura: 2 min", "Temps de lecture : 3 min": a byline's reading time
    line = context.text[line_start:None if line_end < 0 else line_end]
    if _BREADCRUMB.fullmatch(line.strip()):
        return True  # "Europe 1 > Société > Immigration", "Ge.ch > Statistique > Les 21 domaines": a site's breadcrumb
    if line_end >= 0 and len(line.split()) <= 3 and _BREADCRUMB.fullmatch(
            context.text[line_end + 1:(context.text.find("\n", line_end + 1) + 1 or len(context.text) + 1) - 1].strip()):
        return True  # "Actualités 24" over "Accueil > Couverture > Monde": the site's name above its breadcrumb
    if _in_outlet_name(doc, span, context):
        return True  # "Canal 12", "Zamora 24 Horas", "100% Noticias": an outlet's name in its masthead or byline
    if words.related_leads and (re.match(rf"[\W_]*(?:{alternation(words.related_leads)})\s*:", line, re.I)
                                or _under_related_lead(context.text, line_start, words.related_leads)):
        return True  # "Te puede interesar: Honduras recibe 3 vuelos de retornados", "➡️ Lee también: Remesas a México
        # crecen un 12.5%", "Lee también:" over "- Venezolanos en Perú superan los 860 mil": a link to another story
    if _in_minutes(doc, span) and re.fullmatch(r"\s*(?:[^\W\d_]+\.?)?[\s.|·•–—-]*", line[span.end_char - line_start:]) \
            and re.search(r"\b(?:19|20)\d\d\b", line[:span.start_char - line_start]) \
            and re.search(r"[-–—|·•]\s*$", line[:span.start_char - line_start]):
        return True  # "Par La rédaction de Mondafrique - 19 juin 2023 - 4 min": a byline that ends in its reading time
    if words.counter_phrases:
        rest = context.text[span.end_char:None if line_end < 0 else line_end]
        phrases = "|".join(re.escape(p) for p in sorted(words.counter_phrases, key=len, reverse=True))
        counter = r"\s*(?:[^\W\d_]+\s+)?(?:%s)\s*(?:[|·•]|$)" % phrases  # the counter ends its line
        if re.match(counter, rest, re.IGNORECASE):
            return True  # "3 hundred thousand Filipinos read this story | 1,254 shares"
    frame = set(words.period_frame_words)
    if quantity.unit in ("day", "week", "month", "year", "hour") and previous is not None and previous.lower_ in frame:
        return True  # "the first nine months of 2023": the months frame the figure
    if words.head_first and following is not None and following.lower_ in frame and after is not None \
            and (after.norm_ == "<UNIT>" or after.lower_ in words.decade_nouns or after.lower_ in words.span_nouns):
        return True  # "les onze premiers mois", "des trois dernières décennies", "sur les deux derniers exercices"; but
        # "rose to 52,000 last year"
    if quantity.unit in ("day", "week", "month", "year") and previous is not None \
            and previous.lower_ in words.noun_demonstratives:
        return True  # "en estos seis meses": a span named before, which the figures are set in
    if quantity.unit in ("day", "week", "month", "quarter", "year") and previous is not None \
            and previous.lower_ in words.framed_duration_articles and following is not None \
            and following.lower_ in words.of_words \
            and not ((of := previous_token(doc, previous.i)) is not None and of.lower_ in words.of_words
                     and (part := previous_token(doc, of.i)) is not None and part.norm_ in NUMBER_TAGS):
        return True  # "durante los tres meses del estudio", "en los cinco meses de este 2023", "en los cuatro trimestres
        # del año pasado": a definite span named by what it belongs to frames the figures; not the whole of a part
        # ("en 9 de los 12 meses del año pasado": a count of months)
    if quantity.unit in ("day", "week", "month", "year") and _frames_a_figure(doc, span, frame, context):
        return True
    if quantity.unit in ("day", "week", "month", "year") and _since_frame(doc, span, context):
        return True
    if quantity.unit in ("day", "week", "month", "year") and (record := _record_span(lex_of(doc).lang)) is not None \
            and record.search(context.text, max(context.start, span.start_char - 80), span.start_char):
        return True  # "hit highest level in seven years", "for the first time in six years": the span a record spans
    if quantity.unit in ("day", "week", "month", "year") and words.duration_ends and _ends_on_a_date(doc, span):
        return True  # "over the 12 months to November 2023": a span that frames the figure, up to its date
    if quantity.unit in ("day", "week", "month", "year") and following is not None and is_year(following.text):
        return True  # "(8 mois 2023)": the first eight months of 2023 frame the figure
    if quantity.unit in ("day", "week", "month", "year") and following is not None \
            and following.lower_ in words.duration_period_nouns \
            and not (previous is not None and previous.lower_ in words.duration_thresholds):
        return True  # "the third 12-month period in a row", "the almost two-year period studied": a period the
        # figures are set in; but "a minimum six-month period" is a definition's threshold
    if quantity.unit in ("day", "week", "month", "year") and following is not None \
            and (following.lower_ in words.relative_date_words or _closes_relative_date(doc, following, words)) \
            and not (previous is not None and (previous.lower_ in words.determiners or previous.lower_ in frame)):
        return True  # "two years ago the percentage stood at 22.4%", "from $515 million one year earlier.": a relative
        # date; but "6,725 in the 18 months before" is a span
    if quantity.unit in ("day", "week", "month") and words.duration_of_years and previous is not None \
            and previous.lower_ in words.determiners and following is not None \
            and (phrase_after(doc, following.i, {p: p for p in words.duration_of_years}, limit=5)
                 or following.lower_ in words.of_words and (year := next_token(doc, following.i + 1)) is not None
                 and is_year(year.text)):
        return True  # "in the 10 months of the current Fiscal Year", "the eleven months of 2020": a part of a year
    if quantity.unit in ("day", "week", "month") and words.duration_of_years and previous is not None \
            and previous.lower_ in words.determiners and (lead := previous_token(doc, previous.i)) is not None \
            and lead.lower_ in words.span_leads and lead.idx <= context.start and following is not None \
            and following.text == ",":
        return True  # "Over the eleven months, inflows added up to ...": a span named before, opening the sentence
    if quantity.unit in ("day", "week", "month", "year") and words.month_span_joiners and _names_month_span(doc, span, context.text):
        return True  # "in one month (mid-January to mid-February, 2023)", "In a mere five months – between April and August"
    per = phrase_before(doc, span.start, {p: p for p in words.per_words}, limit=3)  # "par tranche de 1 000 habitants"
    if per and (per.name == "per" or re.fullmatch(r"10+", str(int(quantity.value))) and quantity.value >= 100):
        return True  # "per 1,000 inhabitants", "pour 100 000 habitants"
    if quantity.unit is None and quantity.value == int(quantity.value) and quantity.value < 10000:
        j, names = span.end, 0
        while j < len(doc) and names <= 3:
            token = doc[j]
            if token.is_space:
                j += 1
                continue
            if token.lower_.rstrip(".") in words.street_words:
                return names > 0 or token.lower_ != "way"  # "2 Marsham Street", "17 route des Morillons"
            if not (token.is_title or token.lower_ in _STREET_NAME_LINKS):
                break
            names, j = names + 1, j + 1
    return False


_CAPITALISED_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _in_outlet_name(doc: Doc, span: Span, context: Context) -> bool:
    """Whether a figure is part of a news outlet's name standing on its own line: "Canal 12", "Zamora 24 Horas",
    "Radio Centro 870", "Redacción 100% Noticias": the part of the line around the figure (up to a "|") holds at most
    five words, all capitalised, one of them a word for an outlet; not a table's row "Tamaulipas 11%" nor a
    sentence ("Llegaron 24 personas en 12 horas")."""
    words = lex_of(doc).words
    if not words.outlet_words:
        return False
    text = context.text
    start = max(text.rfind("\n", 0, span.start_char), text.rfind("|", 0, span.start_char)) + 1
    ends = [at for at in (text.find("\n", span.end_char), text.find("|", span.end_char)) if at >= 0]
    part = text[start:min(ends) if ends else len(text)]
    names = _CAPITALISED_WORD.findall(part)
    if not names or len(names) > 5 or any(not name[0].isupper() for name in names):
        return False
    if re.search(r"[^\w\s%'’.|-]", part):
        return False
    outlets = set(words.outlet_words)
    return any(name.lower() in outlets for name in names)


def _under_related_lead(text: str, line_start: int, leads) -> bool:
    """Whether a line is one of the links listed under a lead that stands alone on its line ("Lee también:" over
    "- Venezolanos en Perú superan los 860 mil"): the lines above it up to the lead are links ("- ...") or blank."""
    lead = re.compile(rf"[\W_]*(?:{alternation(leads)})\s*:?\s*", re.I)
    end = line_start - 1
    for _ in range(6):  # a lead heads a short list of links
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if lead.fullmatch(above):
            return True
        if above.strip() and not re.match(r"\s*[-•·]\s", above):
            return False
        end = start - 1
    return False


def _closes_relative_date(doc: Doc, following: Token, words) -> bool:
    """Whether the words after a duration make it a relative date and close its clause: "one year earlier.",
    "que douze mois plus tôt."."""
    closer = phrase_after(doc, following.i, {p: p for p in words.relative_date_closers})
    after = next_token(doc, closer.token) if closer is not None else None
    return closer is not None and (after is None or not after.is_alpha)


@cache
def _since_frame(doc: Doc, span: Span, context: Context) -> bool:
    """ "Depuis 15 ans, la proportion recule", "du jamais-vu depuis trente ans", "une progression depuis deux ans",
    "la moyenne observée depuis 25 ans": a duration after "depuis" that opens its sentence, or that follows a record, a
    framing verb or a change, frames the figures; a stay with a lower bound ("installés dans le pays depuis quarante
    ans au moins", "depuis plus de 150 ans") is a fact."""
    lex = lex_of(doc)
    words = lex.words
    if not words.since_frames:
        return False
    qualifiers = lex.phrases("qualifiers")
    qualifier = phrase_before(doc, span.start, qualifiers)
    if qualifier is None and span[0].i + 1 < len(doc):
        qualifier = phrase_after(doc, span.start, qualifiers)  # a qualifier inside the span ("près de 20 ans")
        qualifier = qualifier if qualifier is not None and qualifier.token <= span.end else None
    bound = phrase_after(doc, span.end, lex.phrases("qualifiers_after"))
    if (qualifier is not None and qualifier.name == "at_least") or (bound is not None and bound.name == "at_least"):
        return False
    cue = qualifier.token if qualifier is not None and qualifier.token < span.start else span.start
    since = previous_token(doc, cue)
    if since is None or since.lower_ not in words.since_frames:
        return False
    following = next_token(doc, span.end)
    if since.idx <= context.start and following is not None and following.text == ",":
        return True
    lead = previous_token(doc, since.i)
    changes = {w for names in (words.change_nouns.increase, words.change_nouns.decrease) for w in names}
    return lead is not None and (lead.lower_ in words.since_frame_leads or lead.lower_ in changes)


def _record_span(lang: str) -> re.Pattern | None:
    """A record and the "in" or "for" of the span it is measured over, up to a duration (built once per language)."""
    lex = lexicon(lang)
    spans = lex.words.record_spans
    if not spans:
        return None
    words = r"(?:[^\W\d_][\w-]*\s+){0,4}?"  # "*": the words between the record and its "in" ("level", "number of")
    phrases = "|".join("".join(words if w == "*" else re.escape(w) + r"\s+" for w in p.split()) for p in spans)
    # before the duration: an article, a word of approximation or of a time frame ("in almost two years", "in the past
    # 15 years"); not "at least", which counts the span as a fact
    approximate = [q for q, name in lex.phrases("qualifiers").items() if name == "approximate"]
    fillers = alternation([*lex.words.determiners, *approximate, *lex.words.period_frame_words])
    return re.compile(rf"\b(?:{phrases})(?:(?:{fillers})\s+)*$", re.I)


def _labels_counter(doc: Doc, word: Token) -> bool:
    """Whether a counter's word that may be a verb labels the figure after it ("Hits 1,036", "| hits 12"):
    it opens its line or a field, or is written as a label is, not as a verb ("workforce hits 150 million")."""
    before = doc[word.i - 1] if word.i > 0 else None
    return before is None or "\n" in before.text or before.text in ("|", "·", "•", "(", "-", "–") \
        or word.is_title or word.is_upper


def _ends_counter(doc: Doc, word: Token) -> bool:
    """Whether a counter's word ("views", "comments") ends a page's counter: the line, a field
    set off by "|" or "·", or a run of counters ("10 Downloads 25 vistas") ends with it."""
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if following is not None and following.is_space:
        if "\n" in following.text or "\f" in following.text:
            return True
        following = next_token(doc, word.i + 1)
    if following is not None and following.text == ":" and (value := next_token(doc, following.i + 1)) is not None \
            and value.norm_ in NUMBER_TAGS:
        return True  # "Media: 0 Votos: 0": the counter's word labels a field of its own
    return following is None or following.text in ("|", "·", "•", "(", ")") or following.norm_ in NUMBER_TAGS


def _numbered_next(text: str, number: int, at: int) -> bool:
    """Whether the bracketed number before ``at`` has a neighbour in the same paragraph: "(1) ... (2)"."""
    start, end = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at)
    paragraph = text[start:end if end >= 0 else len(text)]
    return f"({number + 1})" in paragraph or number > 1 and f"({number - 1})" in paragraph \
        or number > 2 and f"({number - 2})" in paragraph and "(1)" in paragraph  # "(1) ... (5) ... (7)": an item lost


def _opens_item(doc: Doc, bracket: Token) -> bool:
    """Whether a bracket opens a list item rather than follows what its figure counts: after a mark or a figure (any
    token but a word), after "and" or "or", at a line's start or at the text's ("2010 (1) went on to settle, (2)
    departed"; not "Ghana (2) and Togo (1)")."""
    before = previous_token(doc, bracket.i)
    return before is None or "\n" in text_of(doc)[before.idx + len(before.text):bracket.idx] \
        or not before.is_alpha or before.lower_ in lex_of(doc).words.conjunctions


def _line_of(text: str, at: int) -> str:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _figure_before(doc: Doc, bracket: Token) -> bool:
    """ "migrant arrivals (8300)": a plural noun before the bracket names what the figure counts."""
    before = previous_token(doc, bracket.i)
    return before is not None and before.is_alpha and before.lower_.endswith("s")


def _counted_earlier(doc: Doc, span: Span, context: Context) -> bool:
    """Whether an earlier figure of the sentence counts a noun ("One person ..., eight from ...")."""
    for token in reversed(doc[:span.start]):
        if token.idx < context.start:
            return False
        if token.norm_ in NUMBER_TAGS and counted_after(doc, context.text, token.i + 1, context.end, after_of=False):
            return True
    return False


def _year_shaped_count(doc: Doc, span: Span, context: Context, lex) -> bool:
    """Whether a number shaped like a year counts people (year_shaped_count_leads): "(1939 people)", "it comes to
    1859 people", a word of head_count_nouns right after it; or "the number from the Philippines stands at 1953.", a
    level verb before it, the sentence's end after it and a "number of" (number_of) before the verb. "(2019 data)",
    "stood at 2019 levels" and "Inflows are now roughly where they stood at 2019." stay years."""
    leads = lex.words.year_shaped_count_leads
    lead = phrase_before(doc, span.start, {p: p for p in leads}) if leads else None
    if lead is None:
        return False
    following = next_token(doc, span.end)
    if following is not None and following.lower_ in lex.words.head_count_nouns:
        return True
    counted = re.search(rf"\b(?:{alternation(lex.words.number_of)})\b", context.text[context.start:doc[lead.token].idx], re.I)
    return doc[lead.token].text != "(" and counted is not None \
        and (following is None or following.text in (".", ";") or following.idx >= context.end)


def is_trap(doc: Doc, span: Span, quantity: Quantity, qualifier, context: Context) -> bool:
    """Whether this quantity is one of the numbers that are no facts."""
    first = span[0]
    lex = lex_of(doc)
    bare = quantity.unit is None and not any(t.norm_ == "<SCALE>" for t in span)
    numbers = [t for t in span if t.norm_ in NUMBER_TAGS]
    if bare and all(is_year(t.text) for t in numbers) and quantity.kind == "count":
        # A year, or a period, unless it counts something: "some 2000 migrants".
        before = phrase_before(doc, span.start, {p: p for p in lex.words.qualified_year_phrases})
        if len(numbers) == 1 and not (qualifier or before) and _year_shaped_count(doc, span, context, lex):
            return False
        if len(numbers) > 1 or not (qualifier or before):
            return True
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None:
            return True
    if bare and first.norm_ == "<NUM>" and len(first.text) > 1 and first.text.startswith("0") and first.text.isdigit():
        return True  # "00100", "0800": codes, not quantities; "0.3" is a figure
    if is_date(doc, span) or (bare or span.id_.startswith("ratio")) and is_reference(doc, span.start):
        # a reference is a bare number: "Figure 3", but "Key figures: 281 million migrants"; "Page 2 sur 3" is a page
        return True
    if first.norm_ == "<FRAC>":
        previous = previous_token(doc, span.start)
        following = next_token(doc, span.end)
        year_after = following is not None and (is_year(following.text) or following.lower_ in lex.words.of_words
                                                and (year := next_token(doc, following.i + 1)) is not None
                                                and is_year(year.text))
        if previous is not None and previous.lower_ in lex.words.ordinal_words \
                and (previous.lower_ not in lex.words.remainder_ordinals or year_after):
            return True  # "the first half of 2020"; but "the other half is split between spouses and children"
        if following is not None and is_year(following.text):
            return True
    previous, following = previous_token(doc, span.start), next_token(doc, span.end)
    if bare and len(span) == 1 and first.text.isdigit() and previous is not None and previous.text == "(" \
            and following is not None and following.text == ")" and (len(first.text) > 4 or first.text.startswith("1")
                                                                      and len(first.text) == 4 and not _figure_before(doc, previous)):
        return True  # "(1702)", "(91237)": a hotline, a code or a note; "arrivals (8300)" is a figure
    if bare and len(span) == 1 and first.text.isdigit() and len(first.text) <= 3 and previous is not None \
            and previous.text == "[" and following is not None and following.text == "]":
        return True  # "[1] Hors transport routier", "du pays[2]": a note's number in square brackets
    if span[-1].norm_ == "<UNIT>" and len(span) > 1 and span[-2].text in ("-", "‐") and following is not None \
            and following.lower_ in lex.words.record_words:
        return True  # "a four-year high", "a 12-year low": how far back the record reaches, no measure
    if bare and following is not None and following.lower_ in lex.words.clock_words:
        return True  # "5 p.m.", "12 noon": a time of day
    if bare and previous is not None and previous.lower_ in lex.words.clock_words and previous.i \
            and previous_token(doc, previous.i) is not None and previous_token(doc, previous.i).norm_ == "<NUM>":
        return True  # "8 h 30": the minutes of a time of day
    if bare and len(numbers) == 1 and re.fullmatch(r"[1-9]0", numbers[0].text) and previous is not None:
        decade = previous_token(doc, previous.i) if previous.text in ("'", "‘", "’") and previous.i else previous
        if decade is not None and decade.lower_ in lex.words.decade_words:
            return True  # "les années 70", "los años 90", "années '40": a decade
        if previous.lower_ in lex.words.decade_articles and (following is None or not following.is_alpha
                                                             or following.lower_ in lex.spacy_stop_words) \
                and any(t.lower_ in lex.words.decade_nouns for t in doc[max(0, span.start - 25):span.start]):
            return True  # "en la década de los 60 ...; partieron en los 80 y ... en los 90": decades
    if bare and following is not None and following.text == ")" and len(numbers) == 1 and numbers[0].text.isdigit() \
            and not any(t.text == "(" for t in doc[max(0, span.start - 12):span.start]):
        return True  # "what 1 ) explains ...; 2 ) cautions": list numbering
    if bare and len(span) == 1 and first.text.isdigit() and len(first.text) <= 2 and previous is not None \
            and previous.text == "(" and following is not None and following.text == ")" \
            and (item := next_token(doc, following.i + 1)) is not None \
            and (item.is_title or item.is_alpha and _opens_item(doc, previous)) \
            and _numbered_next(context.text, int(first.text), first.idx):
        return True  # "(1) People's Republic of China 813,675 residents (2) Republic of Korea": items numbered in a line;
        # "how many (1) went on to settle, (2) departed voluntarily, and (3) were removed": items numbered in a sentence
    if bare and len(span) == 1 and first.text.isdigit() and len(first.text) <= 2 and previous is not None \
            and previous.text == "(" and following is not None and following.text == ")" and previous.i > 0 \
            and not doc[previous.i - 1].whitespace_ and (doc[previous.i - 1].text == "%" or doc[previous.i - 1].is_alpha):
        return True  # "ont reculé de 9,4 %(1)", "les pays(2)": a note's number printed against what it notes
    if bare and len(span) == 1 and first.text.isdigit() and len(first.text) <= 3 and previous is not None \
            and previous.text == "(" and following is not None and following.text == ")" \
            and re.fullmatch(r"[ \t]*\(\d+\)[ \t]*", _line_of(context.text, first.idx)):
        return True  # "(2)" standing alone on its line: a page's number
    if bare and len(numbers) == 1 and len(first.text) <= 2 and first.text.isdigit() and previous is not None \
            and previous.text in (":", ";") and following is not None and following.text in (".", ")") \
            and (item := next_token(doc, following.i + 1)) is not None and item.is_title:
        return True  # "les pays sont : 1. Albanie (7 630) ; 2. Afghanistan": items numbered in a sentence
    if bare and len(numbers) == 1 and len(first.text) <= 2 and first.text.isdigit() and previous is not None \
            and previous.text in (":", ";") and following is not None and following.is_alpha and following.is_title \
            and _ranked_next(context.text, int(first.text), following.idx):
        return True  # "Top destinations: 1 Germany 123,456 2 France 98,000": items ranked in one line
    if bare and line_start(doc, span.start):
        if following is None or following.text in (".", ")") or following.is_title and len(numbers[0].text) <= 3:
            return True  # list numbering, a page number, a footnote
        heading = next_token(doc, following.i + 1) if following.text in ("-", "–", "—") else None
        if heading is not None and heading.is_title and len(numbers[0].text) <= 2:
            return True  # "1 - L'immigration mesurée par les titres": a heading's number
    if bare and first.norm_ == "<NUM>" and quantity.value_max is None:
        # Numbers side by side on one line: a phone number ("+81 3 5253 4111"), a code.
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        grouped = re.compile(r"\d{1,3}(?:,\d{3})+")  # "Population at 4,459,300 4,470,700": columns of figures
        share = after is not None and (mark := next_token(doc, after.i + 1)) is not None \
            and (mark.text == "%" or mark.lower_ in ("percent", "pct"))  # "China 786,241 27.8% (+2.8%)": a row's count and share
        if grouped.fullmatch(first.text) and all(t is None or t.norm_ != "<NUM>" or grouped.fullmatch(t.text)
                                                 for t in (before, after if not share else None)):
            before = after = None
        year_label = before is not None and is_year(before.text) and line_start(doc, before.i) \
            and (after is None or after.norm_ != "<NUM>") and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", first.text)
        if before is not None and before.norm_ == "<NUM>" and not is_dated_year(doc, before.i) and not year_label:
            return True  # but "In 2009 11,575 immigrants": a date, then the figure; "2019 123,528": a year's line
        if before is not None and before.text == "+" and first.text.isdigit() and len(first.text) <= 3 \
                and after is not None and after.norm_ == "<NUM>":
            return True  # "+81 3 ...": a country code; "+327,000" is a signed figure
        if after is not None and after.norm_ == "<NUM>" and not _rank_after(doc, first, after):
            return True
    if is_code(doc, span) or is_furniture(doc, span, quantity, context):
        return True
    alone = first.norm_ == "<WNUM>" or span.id_ == "amount-scale-alone"  # "three", "mil" with no figure
    if alone and len(span) == 1 and previous is not None and previous.lower_ in lex.words.both_leads \
            and not (following is not None and following.norm_ == "<UNIT>"):
        return True  # "tous deux restés positifs": "both", no figure; "tous les deux mois" is an interval
    if len(span) == 1 and first.lower_ in lex.words.determiner_ones and not qualifier and _one_of_a_kind(doc, span, lex):
        return True  # "One reason may be", "One key finding of", "One-way Permit holders": an article, no count
    bracketed = previous is not None and previous.text == "(" and following is not None and following.text == ")"
    ranked = previous is not None and previous.lower_ in lex.words.ranking_words  # "in the top ten since": a ranking's size
    if alone and len(span) == 1 and not bracketed and not ranked and not phrase_before(doc, span.start, age_cues(doc), limit=3):
        if counted_after(doc, context.text, span.end, context.end, after_of=False) is None \
                and not _counted_earlier(doc, span, context):
            return True  # "two of them": a spelled number quantifies a noun or nothing; but "Three
            # offenders received life sentences, and seven were sentenced": the noun of its set

    if bare and previous is not None and previous.is_title and following is not None and following.is_title \
            and len(numbers) == 1 and len(numbers[0].text) <= 3 and _country_closes(previous, following):
        return True  # "1211 Geneva 19 Switzerland": a postal district before its country
    if not bare or not is_address(previous, following, numbers, context) or _in_enumeration(doc, span) \
            or previous is not None and is_people(previous.text) and not is_place(previous.text, lex):
        return False  # "Somalian 35, or 3 per cent": a nationality's figure in a list, not a street's number
    # A bare number that counts nothing, beside a name: a house number or a postal code.
    counted = counted_after(doc, context.text, span.end, context.end, after_of=False)
    return (counted is None or _after_street(doc, span, context, lex)) and counted_from_number_of(context.text, span.start_char, context.start, lex) is None


_RANKED_ITEM = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,4}?\d")


def _ranked_next(text: str, number: int, at: int) -> bool:
    """Whether the name at ``at`` is followed by its figure, and the line goes on with the next rank before a name:
    "1 Germany 123,456 2 France"; not "2 Syrians and 3 Afghans", where the words after the number are no name."""
    end = text.find("\n", at)
    rest = text[at:end if end >= 0 else len(text)]
    item = _RANKED_ITEM.match(rest)
    if item is None or not all(w[0].isupper() or w in ("of", "de", "del", "des", "du", "la", "le", "the")
                               for w in item.group(0).split()[:-1]):
        return False
    return any(m.group(1).isupper() for m in re.finditer(rf"(?<![\d.,]){number + 1}\.?\s+([^\W\d_])", rest))


def _rank_after(doc: Doc, figure: Token, rank: Token) -> bool:
    """Whether the number after a figure grouped in thousands is the rank of the next item of a list written in
    one line, a named item after it: "1 Germany 123,456 2 France 234,567", "1. Kenya 48,200 2. Uganda 31,900". The
    figure's groups say where it ends, so the two are no code or phone number read in parts."""
    separator = "." if lex_of(doc).words.decimal_comma else ","
    if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+", figure.text) \
            or not re.fullmatch(r"[1-9]\d?", rank.text):
        return False
    item = next_token(doc, rank.i + 1)
    if item is not None and item.text == ".":
        item = next_token(doc, item.i + 1)
    return item is not None and item.is_alpha and item.is_title


def _in_minutes(doc: Doc, span: Span) -> bool:
    """Whether a figure is a number of minutes: "2 min", "3 minutos", "4 mn"."""
    after = doc[span.start:min(len(doc), span.end + 2)].text[len(span.text):].split()
    word = (span.text.split()[1:] or after[:1] or [""])[0].lower()
    return word in _MINUTE_MARKS or lex_of(doc).units.get(word) == "minute"


_MINUTE_MARKS = ("min", "mins", "mn")  # the abbreviations of a minute, the same in every language


@cache
def _month_span(lang: str) -> re.Pattern:
    """The span of months a duration names after it: "(April to September)", "from January to October"."""
    words = lexicon(lang).words
    # a month, where a language writes it with a capital, has one ("May"); a year may stand for it ("(2021 y 2022)")
    month = r"(?:(?:mid|end|early|late)-?\s*)?([A-Z][a-z]+|(?:19|20)\d\d)\.?" if words.months_capitalized \
        else r"([^\W\d_]+|(?:19|20)\d\d)\.?"
    nouns = rf"(?:[-\s]+{alternation(words.duration_period_nouns)})?" if words.duration_period_nouns else ""
    adjective = r"(?:\s+[^\W\d_]+(?=\s*\())?"  # "los dos años anteriores (2021 y 2022)"
    return re.compile(rf"{nouns}{adjective}[\s(,–—-]*(?:{alternation(words.month_span_leads)}\s*)?"
                      rf"{month}\s*(?:{alternation(words.month_span_joiners)}|[-–—])\s*{month}\b")


def _names_month_span(doc: Doc, span: Span, text: str) -> bool:
    """Whether a duration is followed by the span of months it covers ("the six months (April to September)");
    ``text`` is the document's text (``doc.text`` is built anew on each call)."""
    months = lex_of(doc).words.months
    found = _month_span(doc.lang_).match(text[span.end_char:span.end_char + 60])
    return found is not None and (all(m.lower() in months for m in found.groups())
                                  or all(is_year(m) for m in found.groups()))  # "los dos años anteriores (2021 y 2022)"


@cache
def _span_end(lang: str) -> re.Pattern:
    """What follows a duration that runs up to a date: "to September 2024", "up to this September"."""
    words = lexicon(lang).words
    return re.compile(rf"(?:[-\s]+(?:period|span))?\s+{alternation(words.duration_ends)}\s+(?:the\s+end\s+of\s+|this\s+|last\s+)?"
                      rf"(?:(?:\d{{1,2}}\s+)?{alternation(words.months)}\b|(?:19|20)\d\d\b)", re.I)


def _ends_on_a_date(doc: Doc, span: Span) -> bool:
    """Whether a duration runs up to a date named after it ("the two years to September 2024", "the 12
    months up to this September", "the 12 months ended June 2023")."""
    rest = doc[span.start:min(len(doc), span.end + 12)].text[span.end_char - span.start_char:]
    return _span_end(doc.lang_).match(rest) is not None
