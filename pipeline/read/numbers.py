"""Pure functions that turn matched text into values: numbers, years, dates.

No spaCy here: strings in, values out, so that each rule of the number
grammar can be tested on its own.
"""

from __future__ import annotations

import calendar
import re
from decimal import Decimal, InvalidOperation

from ..rules import VOCABULARY

MONTHS: dict[str, int] = VOCABULARY["months"]
_SPACES = "\u00a0\u202f\u2009 "


def parse_number(text: str, *, decimal_comma: bool = False) -> Decimal | None:
    """The value of a written number, or None.

    "1,234" and "1.234.567" and "1 234" (no-break or thin space) group thousands;
    "2,6" and "1.6" are decimals. A lone "1.234" is a decimal in English and a
    thousands group where the document writes decimal commas (``decimal_comma``).
    Where both marks appear, the last one is the decimal mark ("1.234,5").
    """
    s = text.strip()
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
        groups_here = mark == "," or decimal_comma
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


def is_year(text: str) -> bool:
    """A bare four-digit number that reads as a year (1800-2100)."""
    return bool(re.fullmatch(r"(1[89]\d\d|20\d\d|2100)", text.strip()))


# --- reference dates and periods --------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(1[89]\d\d|20\d\d)"

_AS_OF_PATTERNS: list[tuple[re.Pattern, str]] = [
    # "as of 31 December 2021", "as at 1 January 2020", "on 30 June 2021"
    (re.compile(rf"\b(?:as\s+(?:of|at|on)|on)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+{_YEAR}", re.I), "dmy"),
    # "as of December 31, 2021"
    (re.compile(rf"\bas\s+(?:of|at|on)\s+({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I), "mdy"),
    # "as of the end of 2020", "at the end of March 2021", "by the end of 2020"
    (re.compile(rf"\b(?:as\s+(?:of|at)\s+|at\s+|by\s+)?the\s+end\s+of\s+(?:({_MONTH})\s+)?{_YEAR}", re.I), "end"),
    # "as of March 2021", "as of 2020"
    (re.compile(rf"\bas\s+(?:of|at)\s+(?:({_MONTH})\s+)?{_YEAR}", re.I), "my"),
    # "in the fourth quarter of 2022": the year
    (re.compile(rf"\bin\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of\s+()?{_YEAR}", re.I), "my"),
    # "in 2020", "in March 2019", "during 2021", "en 2020"; not "than in 2021", "from ... in 2017"
    (re.compile(rf"(?<!than )(?<!from )\b(?:in|during|en)\s+(?:({_MONTH})\s+)?{_YEAR}\b(?!\s*[-–/])", re.I), "my"),
]

_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\s", re.I)

_PERIOD_PATTERNS = [
    re.compile(
        rf"\b(?:from|between|entre|de)\s+(?:({_MONTH})\s+)?{_YEAR}\s+(?:to|and|until|till|through|y|et|a|à)\s+"
        rf"(?:({_MONTH})\s+)?{_YEAR}",
        re.I,
    ),
    re.compile(rf"(?<![\d/.-]){_YEAR}\s*[-–—]\s*{_YEAR}(?![\d/-])"),
    re.compile(rf"(?<![\d/.-]){_YEAR}\s*[-–—]\s*(\d\d)(?![\d/-])"),
]


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_as_of(sentence: str, anchor: int) -> tuple[str, int, int] | None:
    """The reference date a sentence gives, nearest to character ``anchor``:
    (ISO date as precise as written, start, end) or None."""
    found: list[tuple[int, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for rank, (pattern, form) in enumerate(_AS_OF_PATTERNS):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groups()
            if form == "dmy":
                iso = _iso(int(g[2]), _month(g[1]), int(g[0]))
            elif form == "mdy":
                iso = _iso(int(g[2]), _month(g[0]), int(g[1]))
            elif form == "end":
                year, month = int(g[1]), _month(g[0]) or 12
                iso = _iso(year, month, calendar.monthrange(year, month)[1])
            else:
                iso = _iso(int(g[1]), _month(g[0]))
            if iso:
                taken.append((m.start(), m.end()))
                found.append((rank, iso, m.start(), m.end()))
    if not found:
        return None
    # "as of ..." and "the end of ..." hold for the whole sentence (the first one
    # given wins); a plain "in 2020" holds for the figure nearest to it.
    explicit = [f for f in found if f[0] < len(_AS_OF_PATTERNS) - 1]
    if explicit:
        best = min(explicit, key=lambda f: f[2])
        return best[1], best[2], best[3]
    # A plain "in 2020" holds for the whole sentence when it is the only year so given;
    # where several are ("in 2019 ...; in 2020 ..."), each holds within its clause.
    if len({f[1] for f in found}) == 1:
        best = min(found, key=lambda f: f[2])
        return best[1], best[2], best[3]
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, anchor)), default=0)
    following = _CLAUSE_BREAK.search(sentence, anchor)
    clause_end = following.start() if following else len(sentence)
    near = [f for f in found if clause_start <= f[2] < clause_end]
    if not near:
        return None
    best = min(near, key=lambda f: (abs(f[2] - anchor), f[2]))
    return best[1], best[2], best[3]


def find_period(sentence: str) -> tuple[int, int | None, int, int] | None:
    """(start year, end year or None, start, end) of the first period in a sentence."""
    for pattern in _PERIOD_PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        years = [g for g in m.groups() if g and g.isdigit()]
        start = int(years[0])
        if len(years) == 1:
            return start, None, m.start(), m.end()
        end = int(years[1])
        if len(years[1]) == 2:
            end = start // 100 * 100 + end
        if end > start:
            return start, end, m.start(), m.end()
    return None
