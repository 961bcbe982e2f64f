"""Pure functions that turn matched text into values: numbers, spelled numbers, years, dates.

No spaCy here: strings in, values out, so that each rule of the number grammar can be
tested on its own. The words come from a language's lexicon; the grammar is here.
"""

from __future__ import annotations

import calendar
import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from ..rules import COMMON, lexicon

_SPACES = "\u00a0\u202f\u2009 "


def parse_number(text: str, *, decimal_comma: bool = False) -> Decimal | None:
    """The value of a written number, or None.

    "1,234" and "1.234.567" and "1 234" (a no-break, thin or plain space) and "1'234" group thousands;
    "2,6" and "1.6" are decimals. A lone "1.234" is a decimal in English and a thousands
    group where the text writes decimal commas (``decimal_comma``). Where both marks appear,
    the last one is the decimal mark ("1.234,5"); "3 450.7" keeps its point as a decimal.
    """
    s = re.sub(r"([.,]) (?=\d{3}\b)", r"\1", text.strip())  # "80, 000": a group cut off after its mark
    if re.fullmatch(r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?", s):
        s = s.replace("'", "").replace("’", "")  # "1'751'301": Swiss thousands; the mark left is a decimal
        return Decimal(s.replace(",", "."))
    fraction = _fraction(s)
    if fraction is not None:
        return fraction
    spaced = any(space in s for space in _SPACES)
    for space in _SPACES:
        s = s.replace(space, "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if re.fullmatch(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?", s):
        s = s.replace(",", "")  # Indian grouping: "1,00,000", "3,50,000"
    elif "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        s = s.replace(group, "").replace(decimal, ".")
    elif "," in s or "." in s:
        mark = "," if "," in s else "."
        parts = s.split(mark)
        grouped = len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
        # The mark groups thousands when it repeats, or when it stands before three digits
        # and is a group mark here (a comma; a point where decimals take a comma).
        # A comma before exactly three digits groups thousands in every language:
        # a decimal with three places is far rarer in these reports than a count.
        # After space-grouped digits the one mark left is the decimal ("3 450.7", "65 000,5").
        groups_here = (mark == "," or decimal_comma) and not spaced
        if len(parts) > 2 or (grouped and groups_here):
            if not grouped:
                return None  # "1.2.3" is a section number, not a value
            s = s.replace(mark, "")
        else:
            s = s.replace(mark, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3", "⅛": "1/8"}


def _fraction(text: str) -> Decimal | None:
    """ "1/2" -> 0.5, "10 1/2" -> 10.5, "7¾" -> 7.75; None for anything else."""
    for char, written in _VULGAR.items():
        if text.endswith(char):
            text = (text[:-1] + " " + written).strip()
    match = re.fullmatch(r"(?:(\d+)[ \u00a0])?(\d+)/(\d+)", text)
    if not match or int(match.group(3)) == 0:
        return None
    whole = Decimal(match.group(1) or 0)
    return whole + (Decimal(match.group(2)) / Decimal(match.group(3))).quantize(Decimal("0.0001")).normalize()


def split_digit_groups(groups: list[str], count: int) -> list[int] | None:
    """How ``count`` numbers written with a plain space between thousands share a run of
    digit groups ("18 772 16 406" is two numbers: [2, 2]): the number of groups of each, or
    None when the run cannot be read so.

    Each number is a group of one to three digits followed by groups of exactly three (the
    last may carry decimals: "65 000,5"). Where several readings fit, numbers of equal width
    are taken (the cells of one column), else the one reading more even than the others, else none.

    >>> split_digit_groups(["18", "772", "16", "406"], 2)
    [2, 2]
    """
    n = len(groups)

    def number(i: int, j: int) -> bool:
        body = [re.fullmatch(r"\d{3}", g) for g in groups[i + 1:j - 1]]
        last = groups[j - 1] if j - 1 > i else None
        # a number's first group opens on no zero ("1 085 940" is 1085 and 940, not 1 and 085 940)
        return (re.fullmatch(r"(?!0\d)\d{1,3}" if last else r"(?!0\d)\d{1,3}(?:[.,]\d+)?", groups[i]) is not None and all(body)
                and (last is None or re.fullmatch(r"\d{3}(?:[.,]\d+)?", last) is not None))

    # ways[i][k]: readings of groups[i:] as k numbers (counted up to 2: one, or more than one)
    ways = [[0] * (count + 1) for _ in range(n + 1)]
    ways[n][0] = 1
    for i in range(n - 1, -1, -1):
        for k in range(1, count + 1):
            ways[i][k] = min(2, sum(ways[j][k - 1] for j in range(i + 1, n + 1) if number(i, j)))
    if ways[0][count] == 1:
        sizes, i = [], 0
        for k in range(count, 0, -1):
            j = next(j for j in range(i + 1, n + 1) if number(i, j) and ways[j][k - 1])
            sizes.append(j - i)
            i = j
        return sizes
    width = n // count if count and n % count == 0 else 0
    if width and all(number(i, i + width) for i in range(0, n, width)):
        return [width] * count
    # "85 726 100 412 17,1" under 2016, 2017 and a change: the most even reading, where one is
    # more even than every other ("85 726 | 100 412", not "85 726 100 | 412")
    readings = []

    def read(i: int, k: int, sizes: list[int]) -> None:
        if k == 0:
            if i == n:
                readings.append(sizes)
            return
        for j in range(i + 1, n + 1):
            if number(i, j) and ways[j][k - 1] and len(readings) < 64:
                read(j, k - 1, sizes + [j - i])

    if n <= 16:
        read(0, count, [])
    def decimal_tails(sizes: list[int]) -> int:
        """How many numbers of several groups end in decimals ("574 100,0"): a share beside a count, more likely."""
        ends = [sum(sizes[:k + 1]) - 1 for k in range(len(sizes))]
        return sum(1 for size, end in zip(sizes, ends) if size > 1 and re.search(r"[.,]", groups[end]))

    evenness = sorted(((sum(size * size for size in sizes), decimal_tails(sizes)), sizes) for sizes in readings)
    if len(evenness) > 1 and evenness[0][0] < evenness[1][0]:
        return evenness[0][1]
    return None


def split_glued_cells(text: str) -> list[tuple[int, int]] | None:
    """Where figures grouped by commas run into one another in a table flattened to a line
    ("82,42563,84818,576" is 82,425 63,848 18,576): the character ranges of each, or None.

    After a comma a figure has exactly three digits; a longer run between commas is the end of
    one figure and the head (one to three digits) of the next, so the reading is unique. The
    last run must be three digits, and the figures must run into one another at least once.

    >>> split_glued_cells("82,42563,84818,576")
    [(0, 6), (6, 12), (12, 18)]
    """
    if not re.fullmatch(r"\d{1,3}(?:,\d{3,6})*,\d{3}", text) or not re.search(r",\d{4}", text):
        return None
    cells, start = [], 0
    for run in re.finditer(r",(\d+)", text):
        if len(run.group(1)) > 3:
            cells.append((start, run.start() + 4))
            start = run.start() + 4
    cells.append((start, len(text)))
    return cells


_SPELLED_JOINERS = frozenset(COMMON.words.spelled_number_joiners)  # "treinta y cinco", "vingt et un"


def spelled_value(words, table: dict[str, float]) -> Decimal | None:
    """The value of a spelled number ("twenty five", "two hundred", "treinta y cinco",
    "quatre-vingt-dix", "trois cents"), or None when the words do not make one.

    >>> spelled_value(["two", "hundred", "fifty"], {"two": 2, "hundred": 100, "fifty": 50})
    Decimal('250')
    """
    parts = [w for word in words for w in ([word.lower()] if word.lower() in table else re.split(r"[\s\-‐]+", word.lower()))
             if w and w not in _SPELLED_JOINERS]  # "quatre-vingts" is a word of its own
    if not parts or any(p not in table for p in parts):
        return None
    total = current = Decimal(0)
    for part in parts:
        value = Decimal(str(table[part]))
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = Decimal(0)
        elif value == 20 and current % 100 == 4:  # "quatre-vingt(s)", "cent quatre-vingt-dix-neuf": 4 x 20
            current += 76
        else:
            if current % 100 and value >= 10 and current % 10 == 0 and value % 10 == 0 and current % 100 not in (60, 80):
                return None  # "twenty thirty" is two numbers; "soixante-dix", "quatre-vingt-dix" are one
            current += value
    return total + current


def is_year(text: str) -> bool:
    """A bare four-digit number that reads as a year (1800-2100)."""
    return bool(re.fullmatch(r"(1[89]\d\d|20\d\d|2100)", text.strip()))


# --- reference dates and periods --------------------------------------------------


class AsOf(NamedTuple):
    """A reference date in a sentence: ISO date as precise as written, and where it stands."""

    date: str
    start: int
    end: int


class Period(NamedTuple):
    """A period in a sentence: its first and last year, and where it stands."""

    first: int
    last: int | None
    start: int
    end: int


_YEAR = r"(1[89]\d\d|20\d\d)"
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # a capital letter, accented ones included


def alternation(phrases, *, optional_word: str = r"\S+") -> str:
    """A regex alternation of phrases, longest first; "*" in a phrase stands for one word."""
    escaped = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [optional_word if w == "*" else re.escape(w) for w in phrase.split()]
        escaped.append(r"\s+".join(words))
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


class _DateGrammar:
    """The date and period patterns of one language, built from its words."""

    def __init__(self, lang: str):
        words = lexicon(lang).words
        dates = words.dates
        self.months = words.months
        self.item_opening = re.compile(rf",\s+{alternation(dates.item_openers)}\s+\d", re.I) if dates.item_openers else None
        month = "(" + "|".join(sorted(map(re.escape, self.months), key=len, reverse=True)) + ")"
        ordinal = "(?:" + "|".join(map(re.escape, words.ordinal_suffixes)) + ")?"
        join = (alternation(dates.day_month_joiner) + r"\s+") if dates.day_month_joiner else ""
        opt_join = f"(?:{join})?"
        as_of, on = alternation(dates.as_of), alternation(dates.on)
        year_determiners = alternation(dates.year_determiners)  # "the 2023 fiscal year"
        self.not_after = re.compile(rf"\b{alternation(dates.not_after)}\s*$", re.I)
        # "la publicación Estimación de residentes al 31 de diciembre de 2020": a date inside an unquoted title, a few
        # words past its capitalised first word, with no quote, bracket, clause mark or word that ends a title between
        breaks = rf"(?!{alternation(dates.title_breaks)}\b)" if dates.title_breaks else ""
        self.titled = re.compile(rf"\b{alternation(dates.title_nouns)}\s+(?-i:{_CAPITAL})[^\W\d_]*"
                                 rf"(?:\s+{breaks}[^\s,;:()\"«»“”.]+){{0,12}}\s*$",
                                 re.I) if dates.title_nouns else None
        self.reported = re.compile(rf"\b{alternation(dates.reported)}\s*$" if dates.reported else "(?!)", re.I)
        self.opening_frames = frozenset(w.lower() for w in dates.opening_frames)
        self.other_sets = re.compile(rf"\s*(?:{alternation(dates.other_set_leads)})\s", re.I) if dates.other_set_leads else None
        self.after_comparatives = frozenset(w.lower() for w in dates.after_comparatives)
        # "el banco proyecta que las divisas", "informó que los envíos": a verb's "que" opens the clause it reports
        leads = [lead.rsplit(" ", 1)[0] for lead in (*words.reporting_leads, *words.estimate_openers)
                 if lead.endswith(" que") and " " in lead]
        self.reporting_verb = re.compile(rf"\b{alternation(leads)}\s+$", re.I) if leads else None
        self.compared_relatives = tuple(w.lower() for w in dates.compared_relatives)
        # "cette même édition": no comparative
        self.demonstrative_same = re.compile(rf"\b{alternation(words.demonstratives)}\s+{alternation(dates.same_words)}\b",
                                             re.I) if dates.same_words and words.demonstratives else None
        # a contrasting conjunction just before a figure: "... below August 2018 but 12.25 percent above ..."
        self.joined_change = re.compile(rf"\s{alternation(dates.contrasts)}\s+$", re.I) if dates.contrasts else None
        self.comparatives = re.compile(rf"\b(?:{alternation(words.comparative_words) or '(?!)'})\b", re.I)
        self.compared = re.compile(rf"\b{alternation(dates.compared)}\b", re.I)
        # "12.25 percent above September 2017": a figure, a word at most, then a comparison (for _resumed_part)
        self.figure_compared = re.compile(rf"\S+(?:\s+[^\W\d_]+)?\s+(?:{self.compared.pattern})", re.I)
        # "more than double the 2015 figure", "double the figure for 2019": a multiple before an article compares, as
        # "twice" does; the "than" before it qualifies the multiple and compares nothing
        self.multiples = frozenset(w.lower() for w in words.multiples)
        self.multiple_compared = re.compile(rf"\b{alternation(words.multiples)}\s+(?={alternation(dates.compared_articles)}\b)",
                                            re.I) if words.multiples and dates.compared_articles else None
        # "frente a las recibidas en el mismo lapso de 2022": a level compared with, its noun elided, before its date
        self.compared_elided = re.compile(rf"\b{alternation(dates.compared)}\s+{alternation(words.determiners)}\s+"
                                          rf"(?:que\s+(?:se\s+)?)?[^\W\d_]+\s+$", re.I) if words.determiners else None
        # "YE March 2015 (265,000)": a figure in brackets after a date is the figure of that date
        self.bracketed = re.compile(rf"(?:\b{month}\s+{opt_join})?(?<![\d/.-]){_YEAR}\s*\(\s*[^\d\s()]{{0,3}}\s*$", re.I)
        # "(un 165,4% más)", "(2,6 veces más)": a bracket that holds a change, a comparative word closing it
        self.bracketed_change = re.compile(rf"[^()]*\d[^()]*\b(?:{alternation(words.comparative_words) or '(?!)'})\s*\)", re.I)
        # "at -13 000 (2015: -12 000)": a figure in brackets after its year and a colon is that year's
        self.year_labelled = re.compile(rf"\(\s*(?:{month}\s+{opt_join})?{_YEAR}\s*:\s*[^\d\s()]{{0,3}}\s*$", re.I)
        # "el registrado en 2024: $9,743 millones", "Prenons 2023 : 65 575 demandes": a figure after a year and a colon,
        # where no day and month date the year ("a 1 de enero de 2018: 132.263 más")
        self.year_colon = re.compile(rf"(?<![\d/.,:-])({_YEAR})\s*:\s*[^\d\s()]{{0,3}}\s*$", re.I)
        # "than the 2009 figure of 126,661", "the 2010 deployment figure of 173,670": a figure after an attributive year,
        # its noun ("figure", "total", "level") and a link; so after a noun of the flow itself ("the 2010 deployment of
        # 341,966", "a growth of 0.56 percent from 2009 deployment of 291,419")
        self.year_figure = re.compile(rf"\b{alternation([*dates.year_determiners, *dates.level_from])}\s+{_YEAR}\s+(?:[^\W\d_]+\s+)?"
                                      rf"(?:{alternation(dates.year_nouns)}|[^\W\d_]{{4,}})\s+"
                                      rf"{alternation(dates.year_figure_links)}\s+[^\d\s]{{0,4}}$",
                                      re.I) if dates.year_figure_links else None
        self.month_before = re.compile(rf"{month}\s+(?:{opt_join})?$", re.I)
        # "a 5% decrease on January to March 2024 (4,521)": the first month of a span of months before a date's month
        self.months_span_before = re.compile(rf"\b{month}(?:\s+{alternation(dates.period_to)}\s+|\s*[-–]\s*)$", re.I)
        self.end_before = re.compile(rf"\b{alternation(dates.end_of)}[\s-]*$", re.I)  # "fin septembre 2019 (60,15 MMDH)"
        # "from $326 in 2011 to $313 in 2012": a movement of two figures, each with its date
        month_year = rf"(?:{month}\s+{opt_join})?{_YEAR}"
        # "en 2021", "fin 2021", "in the year to April 2009"
        dated = rf"(?:{alternation(dates.in_)}|{alternation(dates.end_of)}|(?:{alternation(dates.in_)}\s+)?{alternation(dates.year_ended)})"
        figure = r"\d(?:[\d.,]|\s(?=\d{3}\b))*"  # "27 300": thousands grouped by a space
        # "from about 10 million in 2010 to 20.4 million at the end of 2019": a qualifier's words before a figure
        qualified = r"(?:[^\W\d_]+\s+){0,2}?"
        # "from 3 425 September 2016 up to 5 493 in September 2017": a date may follow its figure at once
        dated_after = rf"(?:[^,;\d]*?\b{dated}\s+|[^\W\d_]{{0,3}}\s+)"
        self.movement = re.compile(
            rf"\b{alternation(dates.period_from)}\s+{qualified}[^\d\s]{{0,4}}{figure}{dated_after}{month_year}"
            rf"\s+(?:up\s+)?{alternation(dates.period_to)}\s+{qualified}[^\d\s]{{0,4}}{figure}{dated_after}"
            rf"{month_year}", re.I)
        # "from 12,000 in 2018 to 15,000": a movement whose first figure only has its date (group 1 ends there)
        self.dated_start = re.compile(
            rf"\b{alternation(dates.period_from)}\s+{qualified}[^\d\s]{{0,4}}{figure}[^,;\d]*?\b({dated}\s+{month_year})"
            rf"\s+(?:up\s+)?{alternation(dates.period_to)}\s+{qualified}[^\d\s]{{0,4}}(?={figure})", re.I)
        # "up 6,4% from 196 098 in September 2016": an earlier level and its date, with no end after it (group 1: the date)
        self.dated_level_from = re.compile(
            rf"\b{alternation(dates.level_from)}\s+(?:[^\d\s]{{1,4}}\s?)?{figure}[^,;\d()]*?\b({dated}\s+{month_year})"
            rf"(?!\s+(?:up\s+|down\s+)?{alternation(dates.period_to)}\s)", re.I)
        # "from more than 70 per cent, reaching less than 50 per cent in 2018": a start level before the movement's
        # end (group 1: the end's first digit); not "set out from 110 countries and went back to 161 countries"
        ends = alternation(dates.movement_ends) if dates.movement_ends else "(?!)"
        # (or, where the word before a start is too common to mark one alone, a movement's verb and it: "bajó de más del 70%")
        start = alternation(dates.level_from) if dates.level_from else "(?!)"
        if dates.movement_start and words.movement_words:
            start = rf"(?:{start}|{alternation(words.movement_words)}\s+{alternation(dates.movement_start)})"
        self.start_level = re.compile(rf"\b{start}\s+(?:[^\W\d_]+\s+){{0,2}}[^\d\s]{{0,4}}$", re.I)
        joined = rf"\s{alternation(words.conjunctions)}\s" if words.conjunctions else "(?!)"
        self.end_level = re.compile(rf"{figure}(?:(?!{joined})[^,;\d()]){{0,40}}?,?\s+(?:[^\W\d_]+\s+)?{ends}\s+"
                                    rf"(?:[^\W\d_]+\s+){{0,2}}[^\d\s]{{0,4}}(\d)", re.I)
        # a figure compared with, or moved from: "down from 764,000", "compared with $322"
        # ... or named as a figure first: "up from a figure of 9 700"
        articles = [*words.indefinite_articles, *words.definite_articles]
        named = rf"(?:\s+{alternation(articles)}\s+{alternation(words.figure_words)}\s+{alternation(words.of_words)}\b)?" \
            if articles and words.figure_words and words.of_words else ""
        self.compared_figure = re.compile(
            rf"\b(?:{alternation(dates.compared)}|{alternation(dates.period_from)})"
            rf"(?:\s+{alternation(dates.compared_articles)}\b)?{named}[\s+\-−–$€£¥]*$", re.I)
        self.not_compared = {w.lower() for w in dates.not_compared}
        # "Avec 329 000 primo-demandeurs d'asile recensés en 2023, l'Allemagne ...": an opening phrase that holds a
        # figure, up to its comma
        # "535 446 titres de séjour octroyés en 2017, loin devant le Royaume-Uni (517 000)": a date after a participle
        # in a figure's own phrase, then a ranking word before the later figures
        self.figure_phrase = re.compile(rf"\d[^\d,;:()]{{0,60}}\s[^\W\d_]+{alternation(dates.ranked_participle_endings)}\s+$")
        self.ranked_after = re.compile(rf"^[^\d;]*?,\s+{alternation(dates.ranked_after)}\b", re.I) \
            if dates.ranked_after else None
        # a decimal comma ("Avec 2,4 % d'étrangers devenus nationaux en 2018, ...") does not close the opening
        self.holder_opening = re.compile(
            rf"[\s\"'«“‘(]*{alternation(dates.holder_openings)}\s+(?=(?:[^,;]|(?<=\d),(?=\d))*\d)(?:[^,;]|(?<=\d),(?=\d))*,",
            re.I) if dates.holder_openings else None
        # "a 68% decrease on the figures for October 2002", "6.6 percent over the last day in 2017": the base a change
        # is measured against, with or without its change noun, whose few words name no time of the figure's own
        # ("5% over the year to June 2019" dates the change)
        change_nouns = alternation([*words.change_nouns.increase, *words.change_nouns.decrease])
        times = alternation([*dates.ending_periods, *dates.period_nouns,
                             *(w for w, unit in words.units.items() if unit in ("week", "month", "year"))])
        self.change_base = re.compile(
            rf"(?:%|\bper\s?cent|\bpercent|\bpc)(?:\s+{change_nouns})?\s+{alternation(dates.change_bases)}\s+"
            rf"(?:(?!(?:{times})\b)[^\W\d_]+\s+){{0,3}}$", re.I) if dates.change_bases else None
        # "0.8% on mid-2009": a share, then the first word of a change's base, right before a date
        self.base_date = re.compile(
            rf"(?:%|\bper\s?cent|\bpercent|\bpc)\s+(?:{alternation({b.split()[0] for b in dates.change_bases})})\s+$",
            re.I) if dates.change_bases else None
        # "la mitad de las recibidas en 2023", "al anotado entre abril y junio de 2017", "las que se anotaron
        # en el año 2006", "que la de abril-junio de 2017": an elided level of the same kind, up to the date that names it
        relative = r"que\s+(?:se\s+)?(?:hab[ií]an?\s+|han?\s+)?[^\W\d_]+"
        participle = rf"[^\W\d_]+{alternation(dates.elided_base_endings)}"
        self.elided_base = re.compile(
            rf"\s(?:{alternation(dates.elided_bases)}\s+(?:{relative}|{participle}|de)|{alternation(dates.elided_relative_bases)}\s+{relative})"
            rf"\s+(?:[^\W\d_,;()]+[\s-]+){{0,5}}$", re.I) if dates.elided_bases else None
        self.present_verbs = re.compile(rf"\b{alternation(dates.present_verbs)}\b", re.I) if dates.present_verbs else None
        self.origin_aside = re.compile(rf",\s*{alternation(dates.origin_verbs)}\s+$", re.I) if dates.origin_verbs else None
        # "76.8 percent of a population that totalled 1.7 million by the close of 2010": a restrictive relative clause
        # (no comma before it) that holds a figure of its own, up to its date
        self.whole_relative = re.compile(rf"(?<![,;])\s{alternation(dates.whole_relatives)}\s+[^\W\d_]+\s+[^,;()]*?\d[^,;()]*$",
                                         re.I) if dates.whole_relatives else None
        self.other_events = re.compile(rf"\b{alternation(dates.other_events)}\b", re.I) if dates.other_events else None
        # "down from 89.9 per cent a year before in September 2020": a span of time before an event word goes back in time
        self.time_back = re.compile(rf"\b{alternation(dates.time_back_spans)}\s+$", re.I) if dates.time_back_spans else None
        self.starting = re.compile(rf"\b{alternation(dates.starting)}\b", re.I)
        self.relative = re.compile(rf"\b{alternation(dates.relative)}\b", re.I)
        # "qu'un an plus tôt, en octobre 2022": a relative time restated by a date set off by a comma after it
        self.relative_restated = re.compile(rf"\b{alternation(dates.relative)},\s+(?:{alternation(dates.in_)}\s+)?$", re.I)
        self.undated_time = re.compile(rf"\b{alternation(dates.undated_times)}\b", re.I) if dates.undated_times else None
        self.change_word = re.compile(rf"\b(?:{alternation(lexicon(lang).phrases('changes')) or '(?!)'})\b", re.I)
        # "un 5,7 % más que un año antes (8.683,6 millones)": a figure in brackets right after a relative time is that time's
        self.relative_bracketed = re.compile(rf"\b{alternation(dates.relative)}\s*\(\s*[^\d\s()]{{0,3}}\s*$", re.I)
        # the nouns of a time, which a one-word relative time may stand before ("the previous years", not "earlier convictions")
        self.time_nouns = frozenset({w.lower() for w, unit in words.units.items() if unit in ("day", "week", "month", "quarter", "year")}
                                    | {w.lower() for w in (*dates.year_nouns, *dates.period_nouns)})
        self.later_times = re.compile(rf"\b{alternation(dates.later_times)}\b", re.I) if dates.later_times else None
        # "in 2013, when", "since 2014, when", "a record 2018, when", "frente a 2021 cuando": the clause after dates its figures;
        # so does a part of a year compared with ("frente al mismo periodo de 2023 cuando ... giraron US$3.212,72 millones")
        self.when_words = re.compile(rf"\s*(?:{alternation(dates.when) if dates.when else '(?!)'})\b", re.I)
        # (a contrasting clause too, after a comma or in brackets: "..., mientras que en 2017 ...", "(mientras que en 2017 ...")
        self.when_clause = re.compile(rf",\s+(?:{alternation(dates.when) if dates.when else '(?!)'})\b"
                                      rf"|[,(]\s*(?:{alternation(dates.contrast_openers) if dates.contrast_openers else '(?!)'})\b",
                                      re.I)
        # "frente a 2017, cuando se registraron 10.629, que supusieron el 33%": the clause goes on past its figures'
        # separators and into a relative clause of its own; "since 2016 (when they represented a share of 57 per cent": the
        # "when" may open a bracket, or an aside set off by a dash ("en igual lapso de 2020 -cuando se situó en 338 dólares-")
        when_body = r"(?:[^,;.]|(?<=\d)[.,](?=\d))*"
        relatives = alternation(words.copula_relatives) if words.copula_relatives else "(?!)"
        self.when = re.compile(rf"(?:\b(?:{alternation(dates.in_)}|{alternation(dates.starting)}|{alternation(dates.compared)})\s+"
                               rf"(?:{alternation(dates.part_of_year)}\s+)?(?:{month}\s+{opt_join})?"
                               rf"{_YEAR},?|(?<![\d/.-])(?:{month}\s+{opt_join})?{_YEAR},)\s+[(\-–—]?"
                               rf"{alternation(dates.when)}\b{when_body}(?:,\s+{relatives}\b{when_body})*$", re.I) if dates.when else None
        self.spelled = words.spelled_numbers
        self.later_clause_date_figure = words.later_clause_date_figure
        # "las entradas del mismo periodo de 2017", "igual periodo de 2019": a time compared with; not "en ese mismo
        # lapso de 2022", the demonstrative before it
        self.same_time = re.compile(rf"\b{alternation(dates.same_times)}\b", re.I) if dates.same_times else None
        # "7 mil 829 millones": one figure written in two parts joined by a scale word
        self.scale_joined = re.compile(rf"(?<=\d)\s+{alternation(words.scales)}\s+(?=\d)", re.I) if words.scales else None
        self.same_month = re.compile(rf"\b{alternation(dates.same_month)}\s+{_YEAR}", re.I) if dates.same_month \
            else re.compile("(?!)")
        self.demonstrative_before = re.compile(rf"\b{alternation(words.noun_demonstratives) or '(?!)'}\s+$", re.I)
        # "monto inferior en 2.4% al observado en igual mes de 2015": a figure just after a word of change is the change,
        # not the level of the time compared with; "surged to SR58.6bn over the same months of 2010" is the level
        self.change_before = re.compile(rf"\b(?:{alternation(lexicon(lang).phrases('changes')) or '(?!)'})\s+"
                                        rf"(?:(?!(?:{alternation(words.level_links) or '(?!)'})\s)[^\W\d_]{{1,3}}\s+)?$", re.I)
        # "the two leading groups in 2001 and 2002", "fell sharply in 2009 and 2010": a plain date of two years
        self.second_year = re.compile(rf",?\s+(?:{alternation(words.conjunctions) or '(?!)'})\s+(?:{month}\s+{opt_join})?{_YEAR}\b",
                                      re.I)
        # "... 12.859 radicaciones y en 2017": a conjunction just before a date's phrase
        self.joined_before = re.compile(rf"\s(?:{alternation(words.conjunctions) or '(?!)'})\s+$", re.I)
        self.past_day = re.compile(rf"\s+{alternation(dates.past_day)}\b", re.I)
        # "el pasado 30 de junio", "el 31 de julio pasado": a day of the page's past, which names no year
        self.past_day_phrase = re.compile(
            rf"\b(?:{alternation(dates.past_day)})\s+(\d{{1,2}}){ordinal}\s+{opt_join}{month}\b(?!\.?,?\s+{opt_join}\d)"
            rf"|\b(\d{{1,2}}){ordinal}\s+{opt_join}{month}\s+(?:{alternation(dates.past_day)})\b", re.I) if dates.past_day \
            else re.compile("(?!)")
        self.qualifiers = set(lexicon(lang).phrases("qualifiers"))
        in_words = alternation(dates.in_)
        first_day = alternation(dates.first_day)  # "au premier janvier 2004": the first day of the month
        # "2015-2020" is a period; "en 2017 – pour la première fois" a date, and so is "en 2016 – 33 milliards"
        year_free = rf"(?!\s*[-–/]\s*\d+(?!\d)(?!\s*{alternation(words.scales)}\b))"
        # "in the first nine months of 2023", "over the first quarter of 2019": a part of a year; not of a year in
        # two ("pendant la même période de 2017/2018", "the whole of 2022-23": a fiscal year, no one year's date), but
        # "of 2023 – 28 percent more" is of 2023
        self.part_of_year = re.compile(rf"\b(?:{alternation(dates.in_)}\s+)?{alternation(dates.part_of_year)}(?:(?<=\bde)l)?"
                                       rf"\s+{_YEAR}(?!\s*/\s*\d|[-–]\d)", re.I)
        level_free = rf"(?!(?:{alternation(words.level_links)})\s)" if words.level_links else ""
        mid_part = rf"(?:(?:{alternation(dates.mid_year)})[-–])?" if dates.mid_year else ""  # "mid-January"
        not_after_start = "".join(r"(?<!%s\s)" % re.escape(w) for w in dates.start_not_after)  # "Depuis début 2017"
        start_lead = alternation([w for w in dates.end_of_lead if w not in dates.start_not_after])
        self.as_of: list[tuple[re.Pattern, str]] = [
            # "as of 31 December 2021", "al 31 de diciembre de 2020", "au 1er janvier 2020", "on 30 June 2021"
            (re.compile(rf"\b(?:{as_of}|{on})\s+(\d{{1,2}}|{first_day}){ordinal}\s+{opt_join}{month}\.?,?\s+{opt_join}{_YEAR}",
                        re.I), "dmy"),
            # "Vendredi 29 septembre 2023, la marine a intercepté": a full date with its weekday opening the sentence
            (re.compile(rf"^\W*(?:(?:{on})\s+)?(?:{alternation(words.weekdays) if words.weekdays else '(?!)'}),?\s+"
                        rf"(\d{{1,2}}){ordinal}\s+{opt_join}{month}\.?,?\s+{opt_join}{_YEAR}\s*,", re.I), "dmy"),
            # "en 2017 jusqu'au 16 avril": a day whose year the sentence gave before it, that day
            (re.compile(rf"\b(?:{as_of}|{on})\s+(\d{{1,2}}){ordinal}\s+{opt_join}{month}\b(?!\.?,?\s+{opt_join}\d)", re.I),
             "dm"),
            # "jobs in 2024 ..., with the count at 300,162 as of December 13": a day whose year the sentence gave before it
            (re.compile(rf"\b(?:{as_of}|{on})\s+{month}\.?\s+(\d{{1,2}}){ordinal}\b(?!\.?,?\s+\d)", re.I), "md"),
            # "as of December 31, 2021", "On July 1, 2008"
            (re.compile(rf"\b(?:{as_of}|{on})\s+{month}\.?\s+(\d{{1,2}}){ordinal},?\s+{_YEAR}", re.I), "mdy"),
            # "as of the end of 2020", "a finales de 2020", "fin mars 2021"
            # "Une capacité revue à la baisseFin 2014, ...": a heading glued to the date that opens the next sentence
            (re.compile(rf"(?:\b|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])))(?:{alternation(dates.end_of_lead)}\s+)?{alternation(dates.end_of)}\s+"
                        rf"(?:{month}\s+{opt_join})?{_YEAR}", re.I), "end"),
            # "When 2017 began, Norway counted": the first day of the year
            (re.compile(rf"\b(?:{'|'.join(re.escape(p).replace(re.escape('*'), _YEAR) for p in dates.year_began)})\b", re.I)
             if dates.year_began else re.compile("(?!)"), "start"),
            # "at the beginning of 2017", "at the start of March 2024": the first day
            # ("Début 2016, ils ne pesaient que 46,7%" is 2016-01-01; "Depuis début 2017" opens a span)
            (re.compile(rf"{not_after_start}\b(?:{start_lead}\s+)?{alternation(dates.start_of)}\s+"
                        rf"(?:{month}\s+{opt_join})?{_YEAR}", re.I), "start"),
            # "in the year ended February 2019", "YE June 2022", "the 12 months to October 2023"
            # with its day where one is given ("the year ending 30 June 2019")
            (re.compile(rf"\b{alternation(dates.year_ended)}\s+(?:\([A-Z]{{1,4}}\)\s+)?(?:(\d{{1,2}})\s+)?{month}\.?\s+"
                        rf"(?:(\d{{1,2}}),?\s+)?{opt_join}{_YEAR}", re.I), "my_day"),
            # "les 25 et 26 mai 2016", "on 21 and 22 April 2019": two days of one month, the month
            (re.compile(rf"\b(\d{{1,2}}){ordinal}\s+(?:{alternation(dates.period_to)}|[-–])\s+(\d{{1,2}}){ordinal}\s+"
                        rf"{opt_join}{month}\.?,?\s+{opt_join}{_YEAR}", re.I), "my"),
            # "in the June 2024 year", "the October 2023 year": the year that ends with the month
            (re.compile(rf"\b{month}\s+{_YEAR}\s+{alternation(dates.ending_periods)}\b", re.I), "my"),
            # "in the July-March 2024 fiscal year": a fiscal year's months up to the last one, dated by that month as
            # "the year ending March 2024" is
            (re.compile(rf"\b{year_determiners}\s+{month.replace('(', '(?:', 1)}\s*[-–]\s*{month}\s+{_YEAR}\s+"
                        rf"{alternation(dates.fiscal_year)}\b", re.I), "my"),
            # "received green cards last year, 2011": a relative time restated by its year, set off by a comma
            (re.compile(rf"\b{alternation(dates.restated_times)},\s+{_YEAR}\b{year_free}", re.I)
             if dates.restated_times else re.compile("(?!)"), "year"),
            # "from January to May 2021", "de enero a mayo de 2021", "the period April to September 2019": the year
            # "(mid-January to mid-February, 2023)", "(calendar January to November, 2011)", "from January to Dec 4, 2022"
            (re.compile(rf"\b(?:{alternation(dates.period_from)}\s+)?{mid_part}{month}(?:\s+{alternation(dates.period_to)}\s+|\s*[-–]\s*)"
                        rf"{mid_part}{month}\.?(?:\s+\d{{1,2}})?,?\s+{opt_join}{_YEAR}", re.I), "months"),
            # "at end-2020", "end-June 2023", "mid-2023": the end of the year or the month, the year
            (re.compile(rf"\b{alternation(dates.end_year)}[-–\s](?:{month}\s+{opt_join})?{_YEAR}\b{year_free}", re.I),
             "end"),
            # "as of 2019-end", "by 2019-end": the year's last day
            (re.compile(rf"\b{_YEAR}[-–](?:{alternation(dates.year_end) or '(?!)'})\b", re.I), "end"),
            (re.compile(rf"\b{alternation(dates.mid_year)}[-–\s]{_YEAR}\b{year_free}", re.I), "year"),
            # "as of March 2021", "as of 2020"; not "the number of Philippines stands at 1953": a level after its link
            (re.compile(rf"\b(?:{as_of}\s+{month}\s+{opt_join}|{level_free}{as_of}\s+){_YEAR}", re.I), "my"),
            # "en el mismo mes de 2016" after "en septiembre": that month of that year
            (re.compile(rf"\b{alternation(dates.same_month) if dates.same_month else '(?!)'}\s+{_YEAR}", re.I),
             "same_month"),
            # "in the first nine months of 2023", "in the first quarter 2015", "over the whole of 2016": the year
            # ("el primer trimestre del 2018": a "de" joined to the year's article)
            (self.part_of_year, "year"),
            # "fiscal year (FY) 2020", "FY 2020 Q3 LPRs": a fiscal year, dated by its number
            (re.compile(rf"\b{alternation(dates.fiscal_year)}\s*(?:\([A-Z]{{1,4}}\)\s*)?{_YEAR}\b{year_free}", re.I),
             "year"),
            # "in the 2015 calendar year", "the 2023 fiscal year": the year named before its kind
            (re.compile(rf"\b{year_determiners}\s+{_YEAR}\s+{alternation(dates.fiscal_year)}\b", re.I), "year"),
            # "FY19", "FY 2019-20" aside: a fiscal year in two digits
            (re.compile(rf"\b{alternation(dates.fiscal_year)}\s?(\d\d)\b{year_free}", re.I), "fy"),
            # "2016 brought some 181,000 arrivals", "April 2024 recorded 67 victims": a date as the subject
            (re.compile(rf"\b(?:{month}\s+{opt_join})?{_YEAR}\s+(?={alternation(dates.year_verbs)}\b)", re.I), "my"),
            # "The 2023 total, 29,437": a year that names its figure
            # "the 2010 deployment figure of 173,670": one noun may stand between the year and its figure's noun
            (re.compile(rf"\b{alternation(dates.year_noun_determiners)}\s+{_YEAR}\s+(?:[^\W\d_]+\s+)?(?={alternation(dates.year_nouns)}\b)",
                        re.I), "year"),
            # "Parmi les nouveaux arrivants de 2021", "53 % des immigrants de 2021", "the arrivals of 2022": the year
            # a group of people came in dates the figures about it ("los deportados de 2019"); not the first year of a
            # span ("los retornados del 2016 al 2019": a period)
            (re.compile(rf"\b{alternation(dates.cohort_nouns)}\s+{alternation(dates.cohort_links)}\s+{_YEAR}\b{year_free}"
                        rf"(?!\s+{alternation(dates.period_to)}\s+(?:{alternation(dates.year_articles)}\s+)?\d)", re.I)
             if dates.cohort_nouns else re.compile("(?!)"), "year"),
        ]
        # The plain dates, from here to the end, hold for their clause only (``plain``, the rank of the first).
        self.plain = len(self.as_of)
        self.as_of += [
            # "le seul mois d'août 2023", "le mois de mars 2021": the month, for its clause as "in March 2019"
            # "los ingresos de septiembre de 2023"; not the day's "12 de noviembre de 2014"
            (re.compile(rf"(?<!\d\s)\b{alternation(dates.month_leads)}\s*{month}\s+{opt_join}{_YEAR}", re.I), "my"),
            # "in 2020", "in March 2019", "during 2021", "en 2020"; not "than in 2021", "from ... in 2017"
            (re.compile(rf"\b{in_words}\s+(?:{month}\s+{opt_join})?{_YEAR}\b{year_free}", re.I), "my"),
            # "Of the rest of December 2019's remittances, the UK supplied 13.5 per cent", "puts 2022's rise in remittance
            # flows higher, at 8%": a possessive year (or month and year) names the time of what it owns
            (re.compile(rf"\b(?:{month}\s+{opt_join})?{_YEAR}['’]s\b", re.I), "my"),
            # "Over 2016 the group of immigrants from Syria registered growth of 11 100", "Over 2009 as a whole, ...": a
            # frame word opening the sentence before a year is its time, as "in 2016" (in running text "over 2017" compares)
            (re.compile(rf"^\W*(?:{alternation(dates.opening_frames) if dates.opening_frames else '(?!)'})\s+"
                        rf"(?:{month}\s+{opt_join})?{_YEAR}\b{year_free}", re.I), "my"),
            # "from 3 425 September 2016 up to 5 493": a month and year straight after a figure (not a day's two digits)
            (re.compile(rf"(?<=\d\d\d\s){month}\s+{_YEAR}\b{year_free}", re.I), "my"),
            # "at 31,812 1 January 2016, which was 9.6%": a day, month and year straight after a figure
            (re.compile(rf"(?<=\d\d\d\s)(\d{{1,2}})\s+{month}\s+{_YEAR}\b{year_free}", re.I), "dmy"),
            # "to $65.3bn 2017.": a year straight after an amount with its unit glued, closing its phrase
            (re.compile(rf"(?:(?<=\d[^\W\d_]\s)|(?<=\d[^\W\d_]{{2}}\s)){_YEAR}(?=\s*(?:[.,;)]|$))", re.I), "my"),
            # "after a record-setting 2018: ... at US$5.47bn", "thanks to a successful 2021, a year marked by a growth of
            # 10.75 percent": a year used as a noun, after an article and its adjectives, before a colon or "a year" in apposition
            (re.compile(rf"\b(?:{alternation(dates.year_noun_articles)})\s+(?:(?!(?:{alternation(dates.year_noun_not)})\b)"
                        rf"[^\W\d_][\w-]*\s+){{1,2}}{_YEAR}(?=\s*:\s|,\s+(?:{alternation(dates.year_noun_articles)})\s+year\b)", re.I)
             if dates.year_noun_articles else re.compile("(?!)"), "my"),
            # "después de la de 2019 con 116.567", "supera a la de 2024, que alcanzó $21,510 millones": an elided level's
            # year, before the figure that gives that level (a plain date, for the figures after it only)
            (re.compile(rf"\b(?:{alternation(dates.elided_levels)})\s+{_YEAR}(?=\s*,?\s+(?:{alternation(dates.elided_level_links)})\s)",
                        re.I) if dates.elided_levels else re.compile("(?!)"), "level_year"),
            # "El año con más menores devueltos fue 2016, con 34,056": a year named as what the subject was, before the
            # figure it had
            (re.compile(rf"\b(?:{alternation(dates.year_predicates)})\s+{_YEAR},?\s+(?=(?:{alternation(dates.year_predicate_links)})\s)",
                        re.I) if dates.year_predicates else re.compile("(?!)"), "my"),
            # "followed by 105 in October": a month whose year the sentence gives elsewhere
            (re.compile(rf"\b{in_words}\s+{month}\b(?!\.?\s*(?:{opt_join})?\d)", re.I), "month"),
        ]
        end_of = rf"(?:{alternation(dates.end_of)}\s+)?"
        the = rf"(?:{alternation(dates.year_articles)}\s+)?"  # "entre el 2001 y el 2018"
        # "In the same period of 2023, from 5 July to 31 October": days whose year the sentence gives
        self.days_without_year = re.compile(
            rf"\b{alternation(dates.period_from)}\s+(?:\d{{1,2}}{ordinal}\s+{opt_join}{month}|{month}\.?\s+\d{{1,2}}{ordinal})\s+"
            rf"{alternation(dates.period_to)}\s+(?:\d{{1,2}}{ordinal}\s+{opt_join}{month}|{month}\.?\s+\d{{1,2}}{ordinal})"
            rf"(?!,?\s+{opt_join}\d)", re.I)
        article = rf"(?:{alternation(words.determiners)}\s+)?"  # "le 1er janvier 2020", "el 1 de enero de 2020"
        day_date = rf"{article}(?:\d{{1,2}}{ordinal}\s+{opt_join}{month}|{month}\.?\s+\d{{1,2}}{ordinal},?)\s+{opt_join}{_YEAR}"
        # "d'avril 2018 à mars 2019": an opening word elided onto the month it opens
        elided = rf"|{alternation(dates.period_from_elided)}(?={month})" if dates.period_from_elided else ""
        self.periods = [
            # "from 2015 to 2021", "from July 2024 to the end of 2025", "entre fin août 2021 et août 2022"
            re.compile(
                rf"\b(?:{alternation(dates.period_from)}\s+{the}{end_of}{elided})(?:{month}\s+{opt_join})?{_YEAR}\s+"
                rf"{alternation(dates.period_to)}\s+{the}{end_of}(?:{month}\s+{opt_join})?{_YEAR}",
                re.I,
            ),
            # "June 2020-December 2021", "September 2021 to September 2024": months with their years
            re.compile(rf"\b{month}\s+{opt_join}{_YEAR}\s*(?:[-–—]|\s{alternation(dates.period_span)}\s)\s*"
                       rf"{month}\s+{opt_join}{_YEAR}", re.I),
            # "From 5 July to 31 October 2024": days of one year, a period within it
            re.compile(rf"\b{alternation(dates.period_from)}\s+\d{{1,2}}{ordinal}\s+{opt_join}{month}\s+"
                       rf"{alternation(dates.period_to)}\s+\d{{1,2}}{ordinal}\s+{opt_join}{month},?\s+{opt_join}{_YEAR}",
                       re.I),
            # "over the period 2015 to 2020", "between mid-2022 and mid-2023"
            re.compile(rf"\b(?:{alternation(dates.period_nouns)}|{alternation(dates.period_from)})\s+"
                       rf"(?:{alternation([*dates.mid_year, *dates.end_year])}[-–\s])?{_YEAR}\s+"
                       rf"(?:{alternation([*dates.period_span, *dates.period_to])})\s+"
                       rf"(?:{alternation([*dates.mid_year, *dates.end_year])}[-–\s])?{_YEAR}\b", re.I),
            # "Between April 1 and July 1, 2008": the same, the month first
            re.compile(rf"\b{alternation(dates.period_from)}\s+{month}\.?\s+\d{{1,2}}{ordinal}\s+"
                       rf"{alternation(dates.period_to)}\s+{month}\.?\s+\d{{1,2}}{ordinal},?\s+{_YEAR}", re.I),
            # "Between October 1, 2017 and January 1, 2018", "entre le 1er janvier 2020 et le 1er janvier 2021":
            # two full dates, each with its year
            re.compile(rf"\b{alternation(dates.period_from)}\s+{day_date}\s+{alternation(dates.period_to)}\s+{day_date}",
                       re.I),
            re.compile(rf"(?<![\d/.-]){_YEAR}\s*[-–—]\s*{_YEAR}(?![\d/-])"),
            # not "2016 - 98,020 visas", "(in 2009 - 55%)", "(6,1% en 2016 – 33 milliards de dollars)"
            re.compile(rf"(?<![\d/.-]){_YEAR}\s*[-–—]\s*(\d\d)(?![\d/-]|[.,]\d|\s*(?:%|{alternation(words.percent_words)}\b"
                       rf"|{alternation(words.scales)}\b))", re.I),
            # "in 2015/16", "FY2019/20": a fiscal or school year across two calendar years
            re.compile(rf"(?<![\d/.-]){_YEAR}/(\d\d|{_YEAR[1:-1]})(?![\d/-]|\.\d)"),
        ]

        # "les sommets de 2015 et 2016": an opening word with an end it does not take opens no period
        self.period_pairs = {w.lower(): {e.lower() for e in ends} for w, ends in dates.period_pairs.items()}
        self.period_ends = {w.lower() for w in dates.period_to}
        # "de plus qu'aux", "more than", "compared with": a comparison, whose year is another time's
        self.compared_after = re.compile(rf"{self.comparatives.pattern}\s+{alternation(dates.not_after)}|{self.compared.pattern}",
                                         re.I)
        # "sur 2021-2022", "pendant la même période de 2017/2018": a word of time, a few words of its own at most
        self.pronoun_clause = re.compile(rf",\s+{alternation(words.change_pronouns)}\b", re.I) \
            if words.change_pronouns else re.compile("(?!)")
        self.own_period_lead = re.compile(rf"\s{alternation(dates.in_)}(?:\s+[^\W\d_]+(?:['’][^\W\d_]*)?){{0,4}}\s+$",
                                          re.I)
        # "2,0% de la population totale en 2013": a year of its own after a figure, in its clause
        self.own_year_after = re.compile(rf"\S*[^\d,;()]*?\s{alternation(dates.in_)}\s+{_YEAR}(?![\d/-])", re.I)
        self.period_opening = re.compile(rf"{alternation(dates.period_from)}\s", re.I)

    def paired(self, text: str) -> bool:
        """Whether a period's words pair its opening word with an end that word takes (True if it has none)."""
        words = re.findall(r"[^\W\d_]+", text.lower())
        ends = self.period_pairs.get(words[0]) if words else None
        end = next((w for w in words[1:] if w in self.period_ends), None)
        return ends is None or end is None or end in ends

    def month(self, name: str | None) -> int | None:
        return self.months.get(name.lower().rstrip(".")) if name else None


@cache
def _grammar(lang: str) -> _DateGrammar:
    return _DateGrammar(lexicon(lang).lang)


def _last_year(groups) -> str:
    """The last year among a match's groups."""
    return [x for x in groups if x and re.fullmatch(_YEAR, x)][-1]


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")  # the digits of one figure: "4,755", "30.3"
# ... and one whose thousands are grouped by spaces ("27 300", "1 478,5"), as a movement's figures are read
_GROUPED_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d(?:[\d,.]*\d)?")


# ", 10:29 am", " à 14h30", ", 9.41 p.m.": the hour after a day; not a figure ("31 December 2022, 12.50 percent")
_STAMP_TIME = re.compile(r"\s*,?\s*(?:at\s+|à\s+|a\s+las\s+)?\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}\s*(?:[ap]\.?m\b))", re.I)


def _compared_gap(grammar, sentence: str, anchor: int, start: int) -> bool:
    """Whether the words between a figure and a date after it make that date a time compared with or another phrase's,
    not the figure's own: "67% up on the amount sent over the first quarter of 2016", "0.8% on mid-2009", "1,9 % de
    plus que lors du relevé de fin août 2004"; but "12,000 at end-2021", "505 kwassas repérés de janvier à
    septembre 2022"."""
    gap = sentence[anchor:start]
    if len(re.findall(r"[^\W\d_]+", gap)) > 3:
        return True  # "67% up on the amount sent over the first quarter of 2016": no date of the figure's own phrase
    return bool(grammar.change_word.search(gap) or grammar.compared.search(gap) or grammar.comparatives.search(gap)
                or grammar.change_base and grammar.change_base.search(gap)
                or grammar.base_date and grammar.base_date.search(gap))


def _compared_before(grammar, text: str, part_of_year: bool = False) -> re.Match | None:
    """The word of comparison that ``text`` ends with ("than", "over", "compared with"), unless it is
    one that frames a time where it opens the sentence: "Over the first eight months of 2017, ..."
    compares nothing, "As in 2015, ..." does; nor does it before a part of a year ("at around 7 percent over
    the first quarter of 2019")."""
    found = grammar.not_after.search(text)
    opening = found and (part_of_year or not text[:found.start()].strip(" \"'“‘(")) \
        and found.group().strip().lower() in grammar.opening_frames
    # "La DGEF souligne qu'en 2023": a "que" with no comparative a few words before it opens a clause
    clause = found and found.group().strip().lower() in grammar.after_comparatives \
        and not grammar.comparatives.search(" ".join(text[:found.start()].split()[-6:]))
    return None if opening or clause else found


def _compared_time(grammar, sentence: str, m: re.Match) -> bool:
    """Whether the date ``m`` names a time compared with by a "same" word ("del mismo periodo de 2017"), not the
    sentence's own time named again after a demonstrative ("en ese mismo lapso de 2022")."""
    same = grammar.same_time.search(sentence, m.start(), m.end())
    return same is not None and not grammar.demonstrative_before.search(sentence, 0, same.start())


# the close of the bracket an amount in brackets stands in ("$15.6bn) over the same months of 2010")
_CONVERSION_CLOSE = re.compile(r"^([^\W\d_]{0,3}\$?\s*\d[\d.,]*\s*[^\W\d_]*)\s*\)")


def _level_of_time(grammar, sentence: str, anchor: int, start: int, spelled: bool) -> bool:
    """Whether the figure at ``anchor`` is the level of the time compared with that starts at ``start``, named just
    before it in one phrase: "los 380 dólares del mismo periodo de 2022", "7 mil 829 millones que se recibieron en el
    mismo lapso de 2022"; not "10.55% más sobre igual periodo de 2019" (a change measured against it)."""
    between = sentence[anchor:start]
    # "SR58.6bn ($15.6bn) over the same months of 2010", "($4.02b) over the same period in 2022": a conversion in
    # brackets restates the amount, whichever of the two the figure is
    between = _CONVERSION.sub("", _CONVERSION_CLOSE.sub(r"\1", between, count=1))
    joined = grammar.scale_joined.sub("", between) if grammar.scale_joined else between
    if not anchor < start or _figures_from(joined, 0, len(joined), spelled) != 1:
        return False
    if grammar.change_before.search(sentence, max(0, anchor - 60), anchor):
        return False  # "inferior en 2.4% al observado en igual mes de 2015": a change measured against that time
    return not re.search(r"[;()]|,(?!\d)", between) and not grammar.comparatives.search(between) \
        and not grammar.compared.search(between) and len(between.split()) <= 8


def _figure_compared(sentence: str, anchor: int, grammar) -> re.Match | None:
    """The word of comparison or "from" just before the figure at ``anchor`` ("up from 2,480"), not the "de" of a
    qualifier ("soit près de 150.000 de moins que l'année précédente": about 150,000, from nothing)."""
    found = grammar.compared_figure.search(sentence, 0, anchor)
    if found is None:
        return None
    before = sentence[:found.start()].split()[-1:]
    phrase = " ".join(before + sentence[found.start():anchor].split()).lower()
    return None if phrase in grammar.qualifiers else found


def _relative_time(sentence: str, start: int, end: int, grammar) -> re.Match | None:
    """The first word of a time relative to another between ``start`` and ``end`` ("the previous year", "a year
    earlier"); not an adjective before a plural noun that names no time ("71% had no earlier convictions")."""
    for m in grammar.relative.finditer(sentence, start, end):
        noun = re.match(r"\s+([a-z]+s)\b", sentence[m.end():end])
        if " " not in m.group().strip() and noun and noun.group(1) not in grammar.time_nouns:
            continue
        return m
    return None


def _time_follows(between: str) -> bool:
    """Whether a time follows a figure at once, past its unit at most ("557,2 milliards l'année précédente",
    "1,1% l'année précédente"), and not past a word that links it ("rose by 1.6% on the year before")."""
    words = between.split()
    linked = any(len(w) <= 3 and w.isalpha() and w.islower() for w in words[1:])  # "on", "sur", "en"
    return len(words) <= 2 and not linked and not re.search(r"[,;](?=\s)|[()]", between)


def _figures_from(sentence: str, anchor: int, end: int, spelled: bool) -> int:
    """How many figures stand from the figure at ``anchor`` up to ``end``, itself included: "one
    per cent in 2016" holds one before its year, as "1 per cent in 2016" does."""
    converted = sum(len(_FIGURE.findall(m.group())) for m in _CONVERSION.finditer(sentence, anchor + 1, end))
    return len(_FIGURE.findall(sentence, anchor, end)) + spelled - converted


def _grouped_figures_from(sentence: str, anchor: int, end: int, spelled: bool) -> int:
    """As _figures_from, a figure whose thousands are grouped by spaces ("9 700") counted once."""
    converted = sum(len(_GROUPED_FIGURE.findall(m.group())) for m in _CONVERSION.finditer(sentence, anchor + 1, end))
    return len(_GROUPED_FIGURE.findall(sentence, anchor, end)) + spelled - converted


def figures_between(sentence: str, anchor: int, end: int) -> int:
    """How many figures stand from the figure at ``anchor`` up to ``end``, itself included."""
    return _figures_from(sentence, anchor, end, False)


# money restated in another currency in brackets: "Ksh 12.1 Billion (USD 121.0 million) recorded in March 2015"
_CONVERSION = re.compile(r"\(\s*(?:[A-Z]{3}\s?|US\$\s?|[$€£¥])\d[^()]*\)")


_CLAUSE_BREAK = re.compile(rf";|,\s+{alternation(COMMON.words.clause_breaks)}\s|,\s+{alternation(COMMON.words.elided_clause_breaks)}",
                           re.I)


# a sentence's end glued to the next one's first word by a page that lost its line break: "2007-2008.Des structures"
_GLUED_END = re.compile(r"(?<=[\da-zà-ÿ])[.!?](?=[A-ZÀ-Ý][a-zà-ÿ])")


def _undated_clause(text: str, anchor: int, end: int, grammar) -> bool:
    """Whether a new clause begins between the figure at ``anchor`` and ``end`` (", et ", ", mais "), the figure's
    own clause naming no year nor month ("160 in May, followed by 116 in June, and peaked at 164 in July 2024": the
    months take the later year)."""
    found = _CLAUSE_BREAK.search(text, anchor, end)
    if found is None:
        return False
    own = text[anchor:found.start()]
    # in Spanish text the later clause's date dates a figure of its own before it ("..., y la venezolana ..., con un 58 %
    # más de personas en 2019"); one that opens the clause ("..., y en lo corrido de 2019 se han registrado ...") is the
    # sentence's
    return not re.search(rf"(?<![\d.,]){_YEAR}(?!\d)", own) \
        and not any(grammar.month(w) for w in re.findall(r"[^\W\d_]+", own)) \
        and (not grammar.later_clause_date_figure or _FIGURE.search(text, found.end(), end) is not None)


def clause_break(text: str, start: int, end: int) -> bool:
    """Whether a new clause begins between ``start`` and ``end`` ("; ", ", while ", ", mais ")."""
    return _CLAUSE_BREAK.search(text, start, end) is not None
_COMMA = re.compile(r"[,;](?=\s)")  # a comma or semicolon that ends a phrase
_CLAUSE_MARK = re.compile(r"[,;:](?=\s)")  # ... or a colon, which ends a clause as well


# a signed percentage opening a bracket: "(-0,3%)", "(+ 11.8 %)"
_SIGNED_SHARE = re.compile(r"\s*[+\-−–]\s*\d[\d\s.,]*%")


def _clause_end(sentence: str, start: int) -> int:
    """Where the phrase from ``start`` ends: at the next comma, semicolon or bracket, or the sentence's end."""
    found = re.compile(r"[,;()]").search(sentence, start)
    return found.start() if found else len(sentence)


def _figure_aside(sentence: str, anchor: int, start: int) -> bool:
    """Whether the date at ``start`` stands in a bracket opened after the figure at ``anchor`` that holds a figure of its
    own: "$820 millones (y un máximo histórico en mayo de $899 millones)" dates the bracket's figure, not the one before."""
    bracket = sentence.rfind("(", anchor, start)
    if bracket < 0 or sentence.rfind(")", anchor, start) > bracket:
        return False
    close = sentence.find(")", start)
    inside = sentence[bracket + 1:close if close >= 0 else len(sentence)]
    return any(not re.fullmatch(_YEAR, m.group()) for m in _FIGURE.finditer(inside))


def find_as_of(sentence: str, anchor: int, lang: str = "en") -> AsOf | None:
    """The reference date a sentence gives for the figure at character ``anchor``."""
    grammar = _grammar(lang)
    word = re.match(r"[^\W\d_]+", sentence[anchor:anchor + 20])
    spelled = word is not None and word.group().lower() in lexicon(lang).words.spelled_numbers
    found: list[tuple[int, AsOf]] = []
    taken: list[tuple[int, int]] = []
    plain = grammar.plain  # "le mois d'août 2023", "in 2020" and "in October" hold for their clause only
    # A sentence in parts opened by words of comparison: a plain date dates the figures of its
    # own part; one given at the start ("as of", "the year ended") the parts after it too.
    parts = _compared_parts(sentence, grammar)
    figure_part = _part(parts, max(anchor - 1, 0))  # "twice the 2021 level": the figure "twice" stands before it
    figure_part = _resumed_part(sentence, parts, figure_part, anchor, grammar)
    bracket = sentence.rfind("(", 0, anchor)
    compared_year = re.search(rf"(?<![\d/.,-]){_YEAR}\s*$", sentence[:bracket]) \
        if bracket > 0 and ")" not in sentence[bracket:anchor] and _SIGNED_SHARE.match(sentence, bracket + 1) else None
    compared_word = grammar.compared.match(sentence, figure_part) if compared_year and figure_part in parts[1:] else None
    if compared_word and not sentence[compared_word.end():compared_year.start()].strip():
        # "L'emploi est demeuré en 2023 ..., soit un léger repli par rapport à 2022 (-0,4 % ou -4 662)": a signed change in
        # brackets just after the year compared with is a change of the part before the comparison, which its date dates
        figure_part = max(p for p in parts if p < figure_part)
    # the figure's own clause and part: where it names a time of its own ("the rise in the year
    # before, to a record 900,000"), a date given outside dates it not
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, anchor)), default=0)
    following = _CLAUSE_BREAK.search(sentence, anchor)
    clause_end = following.start() if following else len(sentence)
    own_start = max(figure_part, clause_start)
    own_end = min([p for p in parts if p > max(anchor - 1, 0)] + [clause_end])
    relative = _relative_time(sentence, own_start, own_end, grammar)
    if relative and figure_part in parts[1:] and relative.start() < anchor \
            and len(sentence[figure_part:relative.start()].split()) <= 3:
        # "13% fewer than a year earlier but still 61% more than in 2019": the time compared with
        # opening the part is the figure before it's, not the next figure's
        relative = _relative_time(sentence, relative.end(), own_end, grammar)
    # (a figure whose thousands are grouped by spaces, "up from a figure of 9 700 a year earlier", counts once in English
    # only: read so on French text, "un total de 326 954 premiers titres ..., un niveau supérieur à celui de l'année
    # précédente" lost its date, its "de" taken for a figure compared with)
    figures_from = _grouped_figures_from if lang == "en" else _figures_from
    if relative and relative.start() > anchor and figures_from(sentence, anchor, relative.start(), spelled) == 1 \
            and (_figure_compared(sentence, anchor, grammar) or _time_follows(sentence[anchor:relative.start()])) \
            and not re.match(rf"\s*,?\s*(?:[^\W\d_]+\s+)?{_YEAR}(?![\d/-])", sentence[relative.end():]):
        # "In 2023, 3,105 ..., up from 2,480 the year before": the figure compared with is of another time; so is one
        # the time follows at once ("alors qu'ils s'élevaient à 557,2 milliards l'année précédente"); not where a
        # year restates that time ("face à 110,8 milliards de dirhams un an plus tôt, en 2022")
        return None
    undated = grammar.undated_time.search(sentence, anchor) if grammar.undated_time else None
    if undated and _figures_from(sentence, anchor, undated.start(), spelled) == 1 \
            and not re.search(r"[,;:](?=\s)|[()]", sentence[anchor:undated.start()]) \
            and not re.search(rf"(?<![\d.,]){_YEAR}(?!\d)", sentence[anchor:undated.start()]) \
            and not grammar.comparatives.search(sentence, anchor, undated.start()) \
            and not grammar.change_word.search(sentence, anchor, undated.start()) \
            and not grammar.compared.search(sentence, anchor, undated.start()):
        # "to 1,797,613 in October of this year": a figure of the page's own now, with no year given for it; not a
        # change measured against that time ("a 36 per cent increase on the needs for this year")
        return None
    if grammar.relative_bracketed.search(sentence, 0, anchor) \
            and not re.search(rf"(?<![\d.,]){_YEAR}(?!\d)", sentence[anchor:(sentence.find(")", anchor) + 1 or len(sentence))]):
        # "del flujo del año previo (1.321,6 millones)": the level of a time the sentence gives no date for; not where
        # the bracket dates it ("par rapport à l'année précédente (16,7% en 2023, contre ...)")
        return None
    named = grammar.bracketed.search(sentence, 0, anchor)
    if named and _SIGNED_SHARE.match(sentence, sentence.rfind("(", 0, anchor) + 1):
        named = None  # "stables par rapport à 2022 (-0,3%)": a change from the year compared with, not of it
    if named and _part(parts, named.start()) and grammar.bracketed_change.match(sentence, sentence.rfind("(", 0, anchor) + 1):
        # "frente a los 21.971 que llegaron en 2017 (2,6 veces más)": a change in brackets after the date of a level
        # compared with is measured from it, and dated by neither
        return None
    named = named or grammar.year_labelled.search(sentence, 0, anchor)
    if named:  # "similar to YE March 2015 (265,000)", "in 2019 (12,000) and 2020 (15,000)"
        year, month = int(named.group(2)), grammar.month(named.group(1))
        if month and grammar.months_span_before.search(sentence, 0, named.start()):
            month = None  # "on January to March 2024 (4,521)": the months' year, as "from January to May 2021" gives
        if grammar.end_before.search(sentence, 0, named.start()):  # "leur niveau de fin septembre 2019 (60,15 MMDH)"
            month = month or 12
            return AsOf(_iso(year, month, calendar.monthrange(year, month)[1]), named.start(), named.end())
        return AsOf(_iso(year, month), named.start(), named.end())
    year_figure = grammar.year_figure.search(sentence, 0, anchor) if grammar.year_figure else None
    if year_figure:  # "5.75 percent less than the 2009 figure of 126,661": the year its noun names
        return AsOf(_iso(int(year_figure.group(1))), year_figure.start(), year_figure.end())
    colon = grammar.year_colon.search(sentence, 0, anchor)
    before = sentence[:colon.start()].split()[-1:] if colon else []
    # "Naturalisation Report Fiscal Year 2019: 4,100 pages": a year in a title's words names it
    if colon and not grammar.month_before.search(sentence, 0, colon.start()) and not (before and before[0][:1].isupper()):
        return AsOf(_iso(int(colon.group(1))), colon.start(), colon.end())
    when = grammar.when.search(sentence, 0, anchor) if grammar.when else None
    if when:  # "9.0 per cent more than in 2013, when they numbered 150 million"
        years = [g for g in when.groups() if g and re.fullmatch(_YEAR, g)]
        month = next((grammar.month(g) for g in when.groups() if g and grammar.month(g)), None)
        same = grammar.same_month.search(sentence, max(0, when.start() - 30), when.end())
        if month is None and same and same.end() > when.start():
            # "en marzo pasado ... inferior al observado en igual mes de 2015, cuando se ubicó en 2 254 millones": the
            # month the sentence named before, as "el mismo mes de 2016" gives it
            month = next((n for n in map(grammar.month, re.findall(r"[^\W\d_]+", sentence[:same.start()])) if n), None)
        return AsOf(_iso(int(years[-1]), month), when.start(), when.end())
    reported: set[int] = set()  # the years of the days the figures were given on
    level_times: set[int] = set()  # the starts of the times compared with whose level the figure is
    holder = grammar.holder_opening.match(sentence) if grammar.holder_opening else None
    for rank, (pattern, form) in enumerate(grammar.as_of):
        for m in pattern.finditer(sentence):
            lead = _compared_before(grammar, sentence[:m.start()] + m.group().split()[0])  # "par rapport à" + "à fin ..."
            if form in ("dmy", "mdy", "my_day") and _STAMP_TIME.match(sentence, m.end()):
                continue  # "Wednesday, 12 October 2022, 10:29 am": the day and hour a page was put out, no figure's date
            if form in ("dmy", "mdy", "dm", "md") and grammar.reported.search(sentence, 0, m.start()):
                if form in ("dmy", "mdy"):
                    reported.add(int(_last_year(m.groups())))  # "reported on November 16, 2024, that": no as_of, a year
                continue
            if any(m.start() < e and s < m.end() for s, e in taken) \
                    or _compared_before(grammar, sentence[:m.start()], pattern is grammar.part_of_year or form == "months") \
                    or lead and lead.start() < m.start():
                if pattern is grammar.part_of_year and grammar.same_time and _compared_time(grammar, sentence, m):
                    taken.append((m.start(), m.end()))  # "a 67% increase on the same period in 2020": nor its "in 2020"
                continue  # "down 9,000 from YE March 2015", "than in 2021": a date to compare with
            semicolon = sentence.rfind(";", m.end(), anchor) if m.end() <= anchor and rank >= plain else -1
            if semicolon >= 0 and (grammar.relative.search(sentence, semicolon, anchor)
                                   or grammar.later_times and grammar.later_times.search(sentence, semicolon, anchor)):
                continue  # "... contre 13,5 Mds$ en 2017 ; l'an dernier, ... l'Inde (78,6 Mds$)": a time of its own past the ";"
            if holder and m.end() <= holder.end() <= anchor:
                continue  # "Avec 8.7 milliards ... encaissés en 2017, le Guatemala ... et de ses 31 milliards": the opening's
            if grammar.ranked_after and rank >= plain and m.end() <= anchor and grammar.figure_phrase.search(sentence, 0, m.start()) \
                    and grammar.ranked_after.match(sentence[m.end():anchor]):
                continue  # "avec 2,94 milliards reçus en 2023, devant le Mali avec 1,15 milliard": the first amount's date
            restated = grammar.relative_restated.search(sentence, 0, m.start())
            if restated and _compared_before(grammar, sentence[:restated.start()]):
                # "soit 307 de plus qu'un an plus tôt, en octobre 2022": the date names again the time compared with,
                # which dates no figure; a level of that time ("face à 110,8 milliards un an plus tôt, en 2022") keeps it
                continue
            if grammar.titled and grammar.titled.search(sentence, 0, m.start()):
                continue  # "como indica la publicación Estimación de residentes al 31 de diciembre de 2020": the title's
            if grammar.compared_elided and grammar.compared_elided.search(sentence, 0, m.start()):
                continue  # "frente a las recibidas en el mismo lapso de 2022 (...), supuso un crecimiento de 60.8%"
            base = grammar.elided_base.search(sentence, 0, m.start()) if grammar.elided_base else None
            if base and _FIGURE.search(sentence, 0, base.start()) \
                    and not (anchor < base.start() and clause_break(sentence, anchor, base.start())) \
                    and not (m.end() <= anchor and _COMMA.search(sentence, m.end(), anchor)):
                continue  # "105.504 solicitudes, la mitad de las recibidas en 2023": the base's date, no figure's
            if grammar.same_time and (pattern is grammar.part_of_year or form == "same_month") \
                    and _compared_time(grammar, sentence, m):
                if _level_of_time(grammar, sentence, anchor, m.start(), spelled):
                    level_times.add(m.start())  # "un monto superior al de 7 mil 829 millones que se recibieron en el mismo lapso de 2022"
                elif not (m.end() <= anchor and grammar.when_words.match(sentence, m.end())
                          and not _CLAUSE_BREAK.search(sentence, m.end(), anchor)):
                    # "Otras 1.223 llegaron ..., que cuadruplica así las entradas del mismo periodo de 2017; 665 ...": not
                    # theirs; but "igual periodo de 2019 cuando fue de 17 mil 254 millones" dates the level after it
                    taken.append((m.start(), m.end()))  # nor does its year as a plain date ("on the same period in 2020")
                    continue
            past = grammar.past_day_phrase.search(sentence, m.end(), anchor) if m.end() <= anchor else None
            if past and "," in sentence[m.end():past.start()]:
                continue  # "Si al terminar 2006 sumaban ..., el pasado 30 de junio ya eran 2.823.048": that day's, no year
            if grammar.change_base and grammar.change_base.search(sentence, 0, m.start()):
                continue  # "a growth of 5.1% on the population estimated as at December 2017": the base's date
            aside = grammar.origin_aside.search(sentence, 0, m.start()) if grammar.origin_aside else None
            aside_end = sentence.find(",", m.end())
            if aside and not aside.start() < anchor < (aside_end if aside_end >= 0 else len(sentence)):
                continue  # "The category, created in 2019, allowed some 11,500 workers": when it began
            joined = _CLAUSE_BREAK.search(sentence, m.end(), anchor) if grammar.present_verbs and m.end() <= anchor else None
            if joined and grammar.present_verbs.search(sentence, joined.end(), clause_end):
                continue  # "over the last 11 months of 2020, 39,225 were visited, and 74,754 are still being monitored": now
            whole = grammar.whole_relative.search(sentence, 0, m.start()) if grammar.whole_relative else None
            if whole and not whole.start() < anchor < _clause_end(sentence, m.end()):
                continue  # "76.8 percent of a population that totalled 1.7 million by the close of 2010": that clause's
            if form == "level_year" and m.start() > anchor:
                continue  # "94.339 ..., después de la de 2019 con 116.567": the later level's year, not this figure's
            if rank >= plain and anchor < m.start() and grammar.second_year.match(sentence, m.end()):
                continue  # "the two leading groups in 2001 and 2002": a figure of both years takes neither
            date_part = _part(parts, m.start())
            # within the date's clause: "between 2011 and 2015, climbed to 42,000 in 2016" starts nothing in 2016
            # (a colon closes a clause too: "have more than doubled since 2015: Syrians formed the biggest group in
            # nineteen Member States during 2016")
            date_clause = max([date_part] + [c.end() for c in _CLAUSE_MARK.finditer(sentence, 0, m.start())])
            if grammar.starting.search(sentence, date_clause if date_clause <= anchor else date_part, m.start()):
                continue  # "4,755 cases since it was set up in 2003": a starting point
            if m.start() > anchor and rank >= plain and grammar.item_opening \
                    and (item := grammar.item_opening.search(sentence, anchor, m.start())) \
                    and not re.search(r"[,;:(]", sentence[item.end():m.start()]):
                continue  # "environ 60 000 décisions par an depuis 2021, dont 59 415 ... en 2023": the item's date
            if m.start() > anchor and rank >= plain and ";" in sentence[anchor:m.start()]:
                continue  # "un incremento del 603 %; y en 2017 fueron 10.627": the next clause's date
            if m.start() > anchor and rank >= plain and lexicon(lang).words.later_clause_dates \
                    and _undated_clause(sentence, anchor, m.start(), grammar):
                continue  # "une croissance moyenne de 9% par an, et s'élèveraient à 540 milliards en 2016": that clause's
            later = grammar.when_clause.search(sentence, anchor, m.start())
            if later and _figures_from(sentence, later.end(), m.start(), False) == 0 \
                    and _FIGURE.search(sentence, m.end()) is not None:
                continue  # "las 1.859 embarcaciones interceptadas, cuando en 2017 se contabilizaron 1.033": that clause's
            if date_part > figure_part or date_part < figure_part and rank >= plain \
                    or relative and not own_start <= m.start() < own_end:
                continue  # "7% more than the $33.67 billion sent in 2018"; "51,500 in the previous year"
            g = [x for x in m.groups()]
            if form == "same_month":
                named = [grammar.month(w) for w in re.findall(r"[^\W\d_]+", sentence[:m.start()])]
                named = [n for n in named if n]
                iso = _iso(int(_last_year(g)), named[0]) if named else None
                if iso:
                    taken.append((m.start(), m.end()))
                    found.append((rank, AsOf(iso, m.start(), m.end())))
                continue
            if form == "month":
                year = _context_year(sentence, found)
                if year is None and len(reported) == 1 and not found:
                    year = next(iter(reported))  # "reported on November 16, 2024, that ... in October": 2024-10
                if year is None:
                    continue
                iso = _iso(year, grammar.month(g[0]))
                taken.append((m.start(), m.end()))
                found.append((rank, AsOf(iso, m.start(), m.end())))
                continue
            years = [x for x in g if x and re.fullmatch(_YEAR, x)]
            months = [grammar.month(x) for x in g if x and grammar.month(x)]
            if form == "fy":
                years = [str(2000 + int(g[-1]))]
            if form in ("dm", "md"):
                if grammar.past_day.match(sentence, m.end()):
                    continue  # "rebasa la de 2018 ... firmado el 7 de junio pasado": a day of the page's past, no year
                years_given = set(re.findall(rf"(?<![\d/.-]){_YEAR}(?![\d/-])", sentence[:m.start()]))
                if len(years_given) != 1:
                    continue
                if form == "md" and (_COMMA.search(sentence, anchor, m.start()) or _COMMA.search(sentence, m.end(), anchor)):
                    continue  # "jobs in 2024 have passed the 300,000 mark, with the count at 300,162 as of December 13"
                day = [x for x in g if x and x.isdigit()][0]
                iso = _iso(int(years_given.pop()), months[0], int(day))
            elif form == "dmy":
                iso = _iso(int(years[-1]), months[0], int(g[0]) if g[0].isdigit() else 1)
            elif form == "mdy":
                iso = _iso(int(years[-1]), months[0], int(g[1]))
            elif form == "my_day":
                days = [int(x) for x in g if x and re.fullmatch(r"\d{1,2}", x) and 1 <= int(x) <= 31]
                iso = _iso(int(years[-1]), months[0] if months else None, days[0] if days and months else None)
            elif form == "start":
                iso = _iso(int(years[-1]), months[0] if months else 1, 1)
            elif form == "end":
                year, month = int(years[-1]), (months[0] if months else 12)
                iso = _iso(year, month, calendar.monthrange(year, month)[1])
            elif form in ("year", "months", "fy", "level_year"):
                iso = _iso(int(years[-1]))
            else:
                iso = _iso(int(years[-1]), months[0] if months else None)
            if iso:
                taken.append((m.start(), m.end()))
                found.append((rank, AsOf(iso, m.start(), m.end())))
    end = grammar.end_level.match(sentence, anchor) if grammar.start_level.search(sentence, 0, anchor) else None
    if end and not any(f.start <= end.start(1) < f.end for _, f in found):
        # "from 27,700 to 40,200 in the year to April 2011": the start level of a movement takes only a date of its own,
        # between it and its end, not the end's nor the sentence's
        found = [(rank, f) for rank, f in found if anchor < f.start < end.start(1)]
    moved = None
    for movement in grammar.movement.finditer(sentence):
        if movement.start() <= anchor < movement.end():
            # "passé de 27 300 fin 2021 à 5,7 millions fin 2022": each figure of a movement has the date after it
            # (a figure grouped by spaces, "de 27 300 fin 2021", is one figure)
            own = [f for _, f in found if anchor < f.start < movement.end()
                   and len(_GROUPED_FIGURE.findall(sentence, anchor, f.start)) + spelled == 1]
            moved = min(own, key=lambda f: f.start) if own else moved
        else:
            # "dropped by about 4%, from $326 in 2011 to $313 in 2012": the years of a movement
            # date its two figures, not a third
            found = [(rank, f) for rank, f in found if not movement.start() <= f.start < movement.end()]
    for start in grammar.dated_start.finditer(sentence):
        if start.end() <= anchor:  # "rose from 12,000 in 2018 to 15,000": 2018 is the first figure's, not a later one's
            found = [(rank, f) for rank, f in found if not start.start(1) <= f.start < start.end(1)]
    for start in grammar.dated_level_from.finditer(sentence):
        # "Overseas tourists (208 720), up 6,4% from 196 098 in September 2016"; "66 percent (down from
        # 84 pct in 2019), while ... 34 percent": a bracket's earlier level dates no figure after it either
        if anchor < start.start() or _closed_bracket(sentence, start.start(), anchor) \
                or _CLAUSE_BREAK.search(sentence, start.end(), anchor):
            # nor a figure of a later clause ("down from 9.64 per cent in September 2020, and the cost ... went
            # down, to 5.96 per cent")
            found = [(rank, f) for rank, f in found if not start.start(1) <= f.start < start.end(1)]
    if moved is not None:
        return moved
    if not found:
        return None
    own_time = [f for _, f in found if f.start in level_times]
    if own_time:
        return min(own_time, key=lambda f: f.start)
    if grammar.compared_figure.search(sentence, 0, anchor):
        # "In the year ending March 2024, 685,000 ..., down from 764,000 in the year ending
        # December 2023": the figure compared with is dated by the date just after it
        owned = [f for _, f in found if anchor < f.start < clause_end and _figures_from(sentence, anchor, f.start, spelled) == 1
                 and not _figure_aside(sentence, anchor, f.start)]
        if owned:
            return min(owned, key=lambda f: f.start)
    # "as of ..." and "the end of ..." hold for the whole sentence (the first one given
    # wins); a plain "in 2020" holds for the figure nearest to it.
    explicit = [f for rank, f in found if rank < plain]
    explicit = [f for f in explicit if _part(parts, f.start) == figure_part] or explicit  # its own part's first
    segment_start = max((m.end() for m in _COMMA.finditer(sentence, 0, anchor)), default=0)
    following_comma = _COMMA.search(sentence, anchor)
    segment_end = following_comma.start() if following_comma else len(sentence)
    own_plain = [f for rank, f in found if rank >= plain and anchor < f.start < segment_end
                 and _figures_from(sentence, anchor, f.start, spelled) == 1 and not _figure_aside(sentence, anchor, f.start)]
    if explicit and own_plain and not any(segment_start <= f.start < segment_end for f in explicit):
        # "Of the 84,000 claims lodged in 2022, 31% were granted by the end of 2023": the figure's own
        # phrase dates it
        return min(own_plain, key=lambda f: f.start)
    if explicit and own_plain and all(_figures_from(sentence, anchor, f.start, spelled) > 1
                                      for f in explicit if f.start > anchor) \
            and not any(f.start < anchor for f in explicit):
        # "12,000 in 2021 and 15,000 at end-2022": a date of that kind after a later figure is that figure's; this one
        # has its own plain date
        return min(own_plain, key=lambda f: f.start)
    if len({f.date for f in explicit}) > 1:
        own_next = [f for f in explicit if anchor < f.start and _figures_from(sentence, anchor, f.start, spelled) == 1
                    and not _figure_aside(sentence, anchor, f.start) and not _compared_gap(grammar, sentence, anchor, f.start)]
        if own_next:
            # "12,000 at end-2021 and 15,000 at end-2022", "6.1 million at mid-2022 and 6.5 million at mid-2023": where
            # the sentence gives several dates of that kind, each figure has the one right after it
            return min(own_next, key=lambda f: f.start)
    if explicit:
        first = min(explicit, key=lambda f: f.start)
        later = [f for f in explicit if first.start < segment_start <= f.start < anchor]
        if later:
            # "creció en el primer trimestre de 2023 ..., lo que lleva la población a 1 de abril de 2023 a 48.196.693": a
            # date of that kind in the figure's own phrase, after the sentence's first, is the figure's
            return max(later, key=lambda f: f.start)
        bracket = sentence.rfind("(", 0, anchor)
        own_explicit = [f for f in explicit if anchor < f.start and bracket > sentence.rfind(")", 0, anchor)
                        and ")" not in sentence[anchor:f.start] and _figures_from(sentence, anchor, f.start, spelled) == 1]
        if first.start < anchor and own_explicit:
            # "Au 31 août 2005, ... 20,3 % de la population (20,2 % à fin août 2004)": a figure in brackets followed at
            # once by a date of that kind in its bracket is of its own date
            return min(own_explicit, key=lambda f: f.start)
        opening = [f for rank, f in found if rank >= plain and first.end <= clause_start <= f.start < anchor
                   and len(sentence[clause_start:f.start].split()) <= 2 and not re.search(r"\d", sentence[clause_start:f.start])]
        if first.start < anchor and opening:
            # "De los deportados de 2016, el 64 % eran hombres, mientras que en 2017, el 51 %": a later clause that
            # opens on a date of its own is of that date, not of the one the sentence gave before
            return min(opening, key=lambda f: f.start)
        # "Durante 2012 la población se redujo en 113.902 personas y quedó en 46.704.314 habitantes
        # a 1 de enero de 2013": a later figure's date, of another year, leaves the earlier figure
        # the plain date before it
        if first.start > anchor and _figures_from(sentence, anchor, first.start, spelled) > 1:
            before = [f for rank, f in found if rank >= plain and clause_start <= f.start < anchor
                      and f.date[:4] != first.date[:4]]
            if before:
                return max(before, key=lambda f: f.start)
        return first
    dates = [f for _, f in found]
    # A plain "in 2020" holds for the whole sentence when it is the only year so given;
    # where several are ("in 2019 ...; in 2020 ..."), each holds within its clause.
    if len({f.date for f in dates}) == 1:
        return min(dates, key=lambda f: f.start)
    near = [f for f in dates if clause_start <= f.start < clause_end]
    if not near:
        return None
    # "from $126 billion in 2000 to $702 billion in 2020": the date just after a figure is its own
    own = [f for f in near if f.start > anchor and _figures_from(sentence, anchor, f.start, spelled) == 1
           and not _figure_aside(sentence, anchor, f.start)]
    # "s'était stabilisé en 2014 au niveau de 64.811 demandes (...), il repart ... en 2015": a date before the figure in
    # its own phrase is its own, where the date after it stands past a comma
    before = [f for f in near if segment_start <= f.start < anchor]
    if own and before and all(f.start > segment_end for f in own):
        return max(before, key=lambda f: f.start)
    # "en 2016 subió al cuarto con 12.859 radicaciones y en 2017 llegó al tercero con 31.167": a date after the
    # figure that opens a clause joined by "y" and goes on to a figure of its own is that clause's; the date
    # before the figure in its clause dates it
    first_own = min(own, key=lambda f: f.start) if own else None
    earlier = [f for f in near if f.start < anchor]
    if first_own and earlier and grammar.joined_before.search(sentence, anchor, first_own.start) \
            and _FIGURE.search(sentence, first_own.end, clause_end):
        return max(earlier, key=lambda f: f.start)
    if own:
        return min(own, key=lambda f: f.start)
    return min(near, key=lambda f: (abs(f.start - anchor), f.start))


def opens_with_date(text: str, lang: str = "en") -> bool:
    """Whether a text opens with a reference date ("In the first quarter 2015, ...", "As of 31
    December 2021 ...")."""
    return any(pattern.match(text) for pattern, _ in _grammar(lang).as_of)


def _compared_parts(sentence: str, grammar: _DateGrammar) -> list[int]:
    """Where the parts of a sentence start: at its start, and at each word of comparison
    ("compared with", "than the", "below"), not where the word qualifies the figure after it
    ("more than 500", "less than one year", "below 5%"), nor in "other than"; and at a clause of
    another event that names a year ("after a gain in 2021")."""
    starts = [0]
    multiples = grammar.multiple_compared.finditer(sentence) if grammar.multiple_compared else ()
    for m in sorted([*grammar.compared.finditer(sentence), *multiples], key=lambda m: m.start()):
        before = sentence[:m.start()].lower().split()[-1:]
        if before and before[0] in grammar.not_compared:
            continue
        if any(m.group().lower().startswith(w + " ") for w in grammar.compared_relatives) and before \
                and re.fullmatch(r"\d[\d.,]*", before[0]):
            continue  # "frente a los 2.426 que los recibieron en 2012": a relative clause of the figure, no comparison
        window = " ".join(sentence[:m.start()].split()[-6:])
        window = grammar.demonstrative_same.sub(" ", window) if grammar.demonstrative_same else window
        if m.group().lower().split()[0] in grammar.after_comparatives and not grammar.comparatives.search(window):
            continue  # "cette même édition de l'indice montre que les Sénégalais ... 2,7 milliards": a clause a verb opens
        if grammar.reporting_verb and grammar.reporting_verb.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "Para 2025, el banco proyecta que las divisas superarán ...": the clause the verb reports
        qualifier = m.group().lower() in grammar.qualifiers or " ".join(before + [m.group().lower()]) in grammar.qualifiers
        if qualifier and _figure_after(sentence, m.end(), grammar):
            continue
        compared = re.split(r"[,;]", sentence[m.end():], maxsplit=1)[0]
        if not re.search(r"\d", compared) and not grammar.relative.search(compared):
            continue  # "stood well above the rest, with remittances of $83 billion": no figure, no time compared
        if grammar.other_sets and grammar.other_sets.match(sentence, m.end()):
            continue  # "took in more asylum seekers than any other country in 2014": the year is the sentence's own
        starts.append(m.start())
    for m in grammar.other_events.finditer(sentence) if grammar.other_events else ():
        clause = _COMMA.split(sentence[m.end():], maxsplit=1)[0]  # "après 583,5 milliards pour l'année 2023"
        if grammar.time_back and grammar.time_back.search(sentence, 0, m.start()):
            continue  # "down from 89.9 per cent a year before in September 2020": a time back, no event
        if m.start() and sentence[m.start() - 1] not in "'’" and re.search(rf"\b{_YEAR}\b", clause):
            starts.append(m.start())  # "fell by 2.3 percent after a gain in 2021"
    return sorted(set(starts))


def _figure_after(sentence: str, at: int, grammar: _DateGrammar) -> bool:
    """Whether a figure follows: "500", "$326", "US$4.9bn", "USD 4.9 billion", "one year", "two-thirds"."""
    after = sentence[at:].split()[:2]
    if not after:
        return False
    if after[0].lower() in grammar.multiples:
        return True  # "more than double": the multiple is the figure
    if re.fullmatch(r"[A-Z]{1,3}[$€£¥₹₱]?", after[0]) and after[1:] and after[1][:1].isdigit():
        return True  # "more than USD 4.9 billion"
    return bool(after[0][:1].isdigit() or after[0][:1] in "$€£¥" or re.match(r"[A-Z]{1,3}[$€£¥₹₱]\d", after[0])
                or spelled_value(re.split(r"[-‐]", after[0].lower())[:1], grammar.spelled) is not None)


def _resumed_part(sentence: str, parts: list[int], part: int, anchor: int, grammar: _DateGrammar) -> int:
    """The part a figure belongs to where a comparison ends at a comma before it: "went up 31 per
    cent in 2022 compared to 2019, with girls showing a 38 per cent rise" is of the main part
    again; a clause of its own that names its time ("..., when it reached") is not."""
    if part == 0:
        return part
    if grammar.joined_change and grammar.joined_change.search(sentence, part, anchor) \
            and grammar.figure_compared.match(sentence, anchor):
        # "a level 28.70 percent below August 2018 but 12.25 percent above September 2017": a figure right after "but"
        # with a comparison of its own after it is a second change of the main level, not of the time compared with
        return _part(parts, part - 1)
    comma = _COMMA.search(sentence, part, anchor)
    if comma is None or len(sentence[part:comma.start()].split()) > 6:
        return part  # a comparison of a few words ("compared to 2019") ends at its comma; a clause does not
    after = sentence[comma.end():anchor]
    # "après 77.000 en 2011, à peine 27.000 en 2010": a figure whose own phrase names a year, not one compared
    # with ("et +35 % par rapport à 2020"), stays in the part
    following = _COMMA.search(sentence, anchor)
    years = re.compile(rf"(?<![\d/.,-]){_YEAR}(?![\d/-])")
    for year in years.finditer(sentence, anchor + 1, following.start() if following else len(sentence)):
        if not grammar.not_after.search(sentence, 0, year.start()):
            return part
    if grammar.when_words.match(after) or grammar.compared.search(after) \
            or re.search(rf"\b{_YEAR}\b", after) or grammar.relative.search(after):
        return part
    return _part(parts, part - 1)


def _closed_bracket(sentence: str, at: int, anchor: int) -> bool:
    """Whether character ``at`` stands in a bracket that closes before character ``anchor``."""
    opening = sentence.rfind("(", 0, at)
    if opening < 0 or ")" in sentence[opening:at]:
        return False
    closing = sentence.find(")", at)
    return 0 <= closing < anchor


def _part(parts: list[int], at: int) -> int:
    """The start of the part that holds character ``at``."""
    return max(p for p in parts if p <= at)


def _context_year(sentence: str, found) -> int | None:
    """The year a month-only date takes: the one the sentence's other dates give ("In January
    2024, 88 ..., rising to 109 in February"); a year it compares with ("fewer than March 2023")
    gives none."""
    years = {f.date[:4] for _, f in found}
    return int(next(iter(years))) if len(years) == 1 else None


@cache
def _own_year_after(lang: str) -> re.Pattern:
    leads = "|".join(re.escape(w) for w in lexicon(lang).words.year_leads if w.isalpha()) or "(?!)"
    return re.compile(rf"\S*(?:\s+[^\W\d_]+)?\s+(?:{leads})\s+{_YEAR}(?![\d/-])", re.I)


def _own_year(sentence: str, anchor: int, lang: str) -> bool:
    """Whether the figure at ``anchor`` is followed by a year of its own: "400,000 in 2006"."""
    return bool(_own_year_after(lang).match(sentence, anchor))


def _own_period(sentence: str, anchor: int, period: Period, grammar: _DateGrammar) -> bool:
    """Whether the period follows the figure at ``anchor`` as its own time: "7,1 % sur 2021-2022", "186,5 millions
    (73,5 %) sur 2022-2023", with no other figure, comma or clause between, after a word of time ("sur", "in",
    "during") or opening with its own ("between")."""
    between = re.sub(r"\([^()]*\)", " ", sentence[anchor:period.start])
    if _figures_from(between, 0, len(between), False) != 1 or re.search(r"[,;:](?=\s)", between):
        return False
    return bool(grammar.own_period_lead.search(between) or grammar.period_opening.match(sentence, period.start))


def _owned_by_figure_before(sentence: str, period: Period, grammar: _DateGrammar) -> bool:
    """Whether a period is the own time of the figure just before it ("6,9% en 1970-71")."""
    figures = [m for m in _FIGURE.finditer(sentence, 0, period.start) if not re.fullmatch(_YEAR, m.group())]
    return bool(figures) and _own_period(sentence, figures[-1].start(), period, grammar)


def find_period(sentence: str, lang: str = "en", anchor: int | None = None) -> Period | None:
    """The period a sentence gives ("from 2015 to 2021", "2019-20"); for the figure at character
    ``anchor``, the last one before it, else the first, and not one given in a later part of
    comparison ("2 million in 2022, well above the previous record of 1.7 million in 2015/16")."""
    grammar = _grammar(lang)
    parts = _compared_parts(sentence, grammar) if anchor is not None else [0]
    figure_part = _part(parts, max(anchor - 1, 0)) if anchor is not None else 0
    found: list[Period] = []
    for pattern in grammar.periods:
        for m in pattern.finditer(sentence):
            if _part(parts, m.start()) > figure_part:
                break
            if not grammar.paired(m.group(0)):
                continue
            years = [g for g in m.groups() if g and g.isdigit()]
            first = int(years[0])
            last = int(years[1]) if len(years) > 1 else first  # days of one year
            if len(years) > 1 and len(years[1]) == 2:
                last = first // 100 * 100 + last
            if last >= first and (last > first or len(years) == 1):
                found.append(Period(first, last, m.start(), m.end()))
            if not found:
                break  # "2019-17" is no period; the pattern's later matches are not looked at
    if found:
        # "186,5 millions (73,5 %) sur 2022-2023", "7,1 % sur 2021-2022 puis 6,2 % sur 2022-2023": a period just after
        # a figure, bracketed figures aside, is its own, over one before it
        own = [p for p in found if anchor is not None and p.start >= anchor and _own_period(sentence, anchor, p, grammar)]
        if own:
            return min(own, key=lambda p: p.start)
        # "In 2021-22, 3,400 visas were issued, and in 2022-23, 4,100": the last period before the figure
        before = [p for p in found if anchor is not None and p.end <= anchor]
        period = max(before, key=lambda p: p.start) if before else min(found, key=lambda p: p.start)
        if anchor is not None and period.end <= anchor and ";" in sentence[period.end:anchor]:
            return None  # "augmenté de 9% entre 2013 et 2017, ... ; il y a 5 ans, on en comptait 150 millions": another clause
        if anchor is not None and _GLUED_END.search(sentence, min(anchor, period.end), max(anchor, period.start)):
            return None  # "de l'accueil de 2007-2008.Des structures ... Si 16.566 personnes": another sentence's period
        if anchor is not None and period.start > anchor and grammar.pronoun_clause.search(sentence, anchor, period.start):
            return None  # "pour atteindre 16.636 places en 2015, ce qui ramènera ... de 2007-2008": a clause of its own
        if anchor is not None and period.start > anchor and _CLAUSE_BREAK.search(sentence, anchor, period.start):
            return None  # "peaked in 2016 at $ 7.24 billion, while between 2014 and 2018 ...": another clause's period
        if anchor is not None and period.end <= anchor and grammar.own_year_after.match(sentence, anchor) \
                and _owned_by_figure_before(sentence, period, grammar):
            return None  # "passant de 6,9% en 1970-71 à 2,9% en 1993": the period of another figure, this one's year its own
        if anchor is not None and period.end <= anchor and re.search(r"[,;]", sentence[period.end:anchor]) \
                and _own_year(sentence, anchor, lang):
            return None  # "averaged 250,000 a year between 2001 and 2005, climbed to almost 400,000 in 2006"
        return period
    days = grammar.days_without_year.search(sentence)
    found_years = list(re.finditer(rf"(?<![\d/.,-]){_YEAR}(?![\d/-])", sentence))
    years = {m.group(1) for m in found_years}
    # "Du 1er janvier au 31 août, ... 7,5 % de plus qu'aux mêmes mois de 2022": a year compared with is not the days'
    compared = days and any(grammar.compared_after.search(sentence, days.end(), m.start()) for m in found_years)
    if days and len(years) == 1 and not compared and (anchor is None or _part(parts, days.start()) <= figure_part):
        year = int(years.pop())
        return Period(year, year, days.start(), days.end())
    return None
