"""Rows of figures: lines of a table or a list of key figures.

Reviews print indicators as tables that reach the text as lines such as

    Indicator 2019 2020 Change 2019-2020 (%)
    Victims of trafficking identified 112 134 +19.6
    Work permits issued (2021) 512,300

A row is a label (words) followed by its cells (numbers). Its numbers are
facts about the label, dated by the column they stand in; a sentence reader
would see only numbers side by side and take them for a phone number.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Collection, Mapping

from ..rules import COMMON, lexicons
from .numbers import split_digit_groups, split_glued_cells

_CELL = re.compile(r"^[+\-−–]?\d(?:[\d,.\u00a0\u202f]|['’]\d)*(?:[ \u00a0\u202f]?%)?$")
_RANGE_CELL = re.compile(r"^\d[\d,.]*[-–]\d[\d,.]*$")  # "50-100": a range in a cell between bars
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)(?:[pre*]|[SQT][1-4])?$")  # "2025p": provisional; "2022S1", "2023Q4": a part of it
# a year in a table's title: "Population, 2016, by migrant background", "..., 2017(1-4)"
YEAR_IN_TITLE = re.compile(r"(?:^|[\s(,])(1[89]\d\d|20\d\d)(?=[\s),(]|$)")
# the label of a row by an age band or a year: "20 – 29 | 1 |", "50+ | 3 |", "2004 | 26776 |"
# "1850-1888 | 2918 | 287 |": a row of a table set off by bars labelled by a span of years
SPAN_LABEL = re.compile(r"(1[0-9]\d\d|20\d\d)\s*[-–]\s*(1[0-9]\d\d|20\d\d)")
# "Under 20 | 0 | 0 |": an open lower band, as "50+" is an open upper one
BAND_LABEL = re.compile(r"\d{1,3}\s*(?:[-–]\s*\d{1,3}|\+)|(?:1[89]|20)\d\d|[Uu]nder \d{1,3}")


def _union(words_of) -> frozenset[str]:
    return frozenset(w for lex in lexicons() for w in words_of(lex))


# A row label ends with a noun, not a function word, a qualifier or a verb ("around", "was").
_FUNCTION_WORDS = _union(lambda lex: lex.words.toc_title_end_words + [w for w in lex.phrases("qualifiers") if " " not in w])
_CHANGE_WORDS = tuple(sorted(_union(lambda lex: lex.words.table_change_words)))
TOTAL_WORDS = _union(lambda lex: lex.words.total_words)
# "1 Syria 98,900", "| 15 | autre pays d'Europe |": a row's number or code before its label
ROW_NUMBER = re.compile(r"^[\s|]*\d{1,3}[\s|]+(?=[^\W\d_])")
_SCALES = {phrase: value for lex in lexicons() for phrase, value in lex.words.table_scales.items()}
_UNIT_LINE = re.compile(r"^\s*(?:{})\s*:".format("|".join(map(re.escape, _union(lambda lex: lex.words.unit_labels)))), re.I)
_SCALE_CAPTION = re.compile("|".join(re.escape(p) for p in sorted(_SCALES, key=len, reverse=True)), re.I)
# A caption that makes every cell below it a share: "en %", "(en %)"
_PERCENT_CAPTION = re.compile("|".join(re.escape(p) for p in sorted(
    _union(lambda lex: lex.words.percent_captions), key=len, reverse=True)) or "(?!)", re.I)
# Currency words in a caption ("in thousand US dollars"): the longest first.
_CURRENCIES = {w: code for lex in lexicons() for w, code in lex.currencies.items() if len(w) > 1}
_CURRENCY_CAPTION = re.compile(
    r"(?<![\w$€£])(" + "|".join(re.escape(w) for w in sorted(_CURRENCIES, key=len, reverse=True)) + r")(?![\w])", re.I)
# A currency word whose accented letter a stored copy's broken encoding printed, with the letter after it, as one
# mark ("(millones de d・ares)" for "dólares"): the word by its other letters
_GARBLED_CURRENCIES = {
    re.compile(r"(?<!\w){}[・?\ufffd]{}(?!\w)".format(re.escape(w[:i]), re.escape(w[i + 2:])), re.I): code
    for w, code in _CURRENCIES.items() for i, c in enumerate(w) if not c.isascii() and c.isalpha() and i + 2 < len(w)}
# A line that is only a currency and a scale ("TOP$ millions", "(USD million)", "EUR bn"): the cells below are
# that money, at that scale
_NUMBER_SCALES = {w: v for lex in lexicons() for w, v in lex.words.scales.items() if v >= 1000 and len(w) > 1}
_PRICES = {w: code for lex in lexicons() for w, code in lex.currencies.items()}
_CURRENCY_SCALE_CAPTION = re.compile(r"\(?\s*({})\s*({})\s*\)?".format(
    "|".join(re.escape(w) for w in sorted(_PRICES, key=len, reverse=True)),
    "|".join(re.escape(w) for w in sorted(_NUMBER_SCALES, key=len, reverse=True))), re.I)
# "Tableau n° 6 : premiers titres de séjour selon ...", "Table 3: Work permits issued", "CUADRO N° A-4.2.4 PERU: ..."
_TABLE_WORDS = "|".join(sorted(map(re.escape, _union(lambda lex: lex.words.table_words)), key=len, reverse=True))
_TITLE = re.compile(r"^\s*(?:{})\s+(?:n[°º.]?\s*)?(?:[a-z]-)?\d+(?:[.,]\d+)*[a-z]?(?:\s*[:.–—-]\s*|\s+)(\S.*)$".format(
    _TABLE_WORDS), re.I)
# "Table 4  Overseas Filipino Workers, ...": a table's number before its caption, with or without a mark after it
_TITLE_NUMBER = re.compile(r"^\s*(?:{})\s+(?:n[°º.]?\s*)?\d+[a-z]?\s*[:.–—-]?\s+".format(_TABLE_WORDS), re.I)


@dataclass(frozen=True)
class Column:
    label: str
    year: int | None  # a year column: the figures are as of that year
    change: bool  # a change column: the figures are changes
    period: tuple[int, int] | None
    percent: bool
    month: int | None = None  # a month column under its year ("2026p" over "Jan Feb")
    scale: int = 1  # "Effectif (en milliers)": the column's own scale
    currency: str | None = None  # "2014 (en millions de dirhams)": the column's own currency

    @property
    def date(self) -> str | None:
        """The reference date of the column's figures: "2026-01", "2024"; None for no year."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}" if self.month else str(self.year)


@dataclass(frozen=True)
class Row:
    label: str  # the words before the cells, e.g. "Victims of trafficking identified"
    start: int  # offset of the line in the text
    end: int  # offset of the end of the line
    cells: tuple[tuple[int, int], ...]  # character ranges of the cells, left to right
    columns: tuple[Column, ...]  # from the header above, if any
    scale: int = 1  # "in thousand US dollars" above the table: the cells are thousands
    currency: str | None = None  # ... of US dollars
    percent: bool = False  # "en %" above the table: its cells are shares
    title: str | None = None  # what the caption says the table holds: "premiers titres de séjour ..."
    chart: bool = False  # a chart flattened to a line: its figures not in ``cells`` are its axes
    names: tuple[str | None, ...] = ()  # the columns' names, from a header of words above a row of a date or a place
    lead: str | None = None  # the line that opens the list the row is an item of: "Arrivées par pays :"
    leads: tuple[str, ...] = ()  # the lines above it that open a list, nearest first: "Provincia:", "Solicitudes:"
    header: bool = False  # a header cell on a line of its own ("2015" under a title): no figure of it is a fact
    inferred: bool = False  # the title is the line above the header, not a numbered caption: in English it
    # names what a place's row or a total counts, while another row counts its own label
    categories: bool = False  # the rows are the categories of a dimension the caption splits its count by
    # ("Industry" over "Hotels 316 263" under "Table 4.27 Permits ..., by Industry"): they count the caption's noun
    blanks: str | None = None  # "lost": a row of fewer cells than its header's columns, whose years come round in
    # groups, that keeps nothing in place of its empty cells ("Government 1 2 2 145 60 30 43 58 43" under twelve);
    # "cut": a row of fewer cells than the ``full`` ones above it on the text's last line, where the stored copy breaks off
    full: int = 0
    share_last: bool = False  # "| Males | Females | Total | % |" right over the row, of no columns: its last cell is a share

    def name(self, offset: int, per_words: Collection[str] = ()) -> str | None:
        """The name of the column of the cell at ``offset``, if the header above names its columns; a
        rate's column named by its base alone ("par mio habitants" after "Demandes d'asile") goes by the
        name of the column before it, whose figures it rates."""
        for index, (start, end) in enumerate(self.cells):
            if start <= offset < end and len(self.names) == len(self.cells):
                name = self.names[index]
                rate = bool(name) and index > 0 and name.split()[0].lower() in per_words
                return self.names[index - 1] if rate and self.names[index - 1] else name
        return None

    def column(self, offset: int) -> Column | None:
        """The header column of the cell at ``offset``."""
        for index, (start, end) in enumerate(self.cells):
            if start <= offset < end:
                shift = len(self.columns) - len(self.cells)
                if self.blanks == "cut" and self.full and self.columns and self.full % len(self.columns) == 0:
                    # the stored copy breaks off in the row: its cells are the first ones of a row as wide as those above
                    return self.columns[index // (self.full // len(self.columns))]
                if shift > 0 and self.blanks == "lost":
                    return None  # a row that lost its empty cells: none of its cells can be matched to a column
                if 0 <= index + shift < len(self.columns) and shift >= 0:
                    return self.columns[index + shift]
                if self.columns and len(self.cells) % len(self.columns) == 0:
                    # "2007 | 2006" over "Both Male Female | Both Male Female": a year spans its cells
                    return self.columns[index // (len(self.cells) // len(self.columns))]
                return None
        return None


_MONTHS = _union(lambda lex: list(lex.words.months))
_MONTH_NUMBERS = {name: number for lex in lexicons() for name, number in lex.words.months.items()}
_QUARTER = re.compile(r"^(?:Q[1-4]|H[12])$", re.I)  # "Q3", "H1": a part of its year, dated by the year


# a spreadsheet's error values, printed where a formula had no result: empty cells that keep their column
_SPREADSHEET_ERRORS = ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!")


def _lone_cell(start: int, line: str) -> tuple[int, int]:
    """The character range of a cell printed alone on its line ("    27.549  | "), past its spaces and bars."""
    return start + len(line) - len(line.lstrip(" |\t")), start + len(line.rstrip(" |\t"))


def _split_cells(line: str) -> tuple[str, list[tuple[int, int]]]:
    """A line's label and the ranges of its trailing numeric cells ("-" and ".." stand for
    empty cells, '""' for an empty cell that keeps its column); a year after a month stays in the label ("Mar 2017 33,150 14,830")."""
    # "15,4 %": a percent sign set off by a space belongs to its cell
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[+\-−–]?\d[\d,.]*[ \u00a0\u202f]%(?![^\s|])|[^\s|]+", line)]
    cells: list[tuple[int, int]] = []
    empty = ("-", "–", "..", "…", "---", "—")
    kept = ('""', "--", *_SPREADSHEET_ERRORS)  # empty cells that keep their column ("--" is never a sign)
    barred = "|" in line  # "| 50-100 | --- |": between bars a range is a cell and a run of dashes an empty one
    trailing = 0  # "Croatie 4 5 - - - - - -": empty cells closing a row after its figures keep their columns
    while trailing < len(pieces) and line[pieces[-1 - trailing][0]:pieces[-1 - trailing][1]] in empty:
        trailing += 1
    closing = not barred and trailing >= 2 and trailing < len(pieces) \
        and _CELL.match(line[pieces[-1 - trailing][0]:pieces[-1 - trailing][1]]) is not None
    while pieces:
        text = line[pieces[-1][0]:pieces[-1][1]]
        apart = bool(cells) and _apart(line, pieces)  # "5,403 mdd + 3.2%": a sign set apart before a cell, a money scale after one
        if not (_CELL.match(text) or text in kept or barred and "|" in line[:pieces[-1][0]] and _RANGE_CELL.match(text)
                or text in empty and (cells or barred or closing) or apart):
            break
        piece = pieces.pop()
        if apart:
            continue
        if line[piece[0]:piece[1]] in kept or closing and line[piece[0]:piece[1]] in empty and not any(a < b for a, b in cells):
            # an empty cell of a table saved as text ('""', "#DIV/0!"): it keeps its column
            cells.insert(0, (piece[0], piece[0]))
        elif line[piece[0]:piece[1]] not in empty:
            cells.insert(0, piece)
    if not any(a < b for a, b in cells):
        cells = []
    if cells and pieces and _YEAR.match(line[cells[0][0]:cells[0][1]]) \
            and line[pieces[-1][0]:pieces[-1][1]].lower().rstrip(".") in _MONTHS:
        pieces.append(cells.pop(0))
    cells = [part for cell in cells for part in _glued_cells(line, cell, alone=True) or [cell]]
    if not cells and pieces:
        cells = _glued_cells(line, pieces[-1], alone=False)
        if cells:
            pieces[-1] = (pieces[-1][0], cells[0][0])
    label = line[: pieces[-1][1]].strip(" |:") if pieces else ""
    band = re.match(rf"\s*\|?\s*({BAND_LABEL.pattern})\s*\|", line)
    if band and cells and cells[0][0] < band.end():
        # "20 – 29 | 1 | 1 | 0 |", "50+ | 3 | 1 |": a row of a table set off by bars labelled by an age band
        return band.group(1), [c for c in cells if c[0] >= band.end()]
    return label, cells


_SCALE_UNITS = {w.lower(): (lex.words.scales.get(w, 1), code) for lex in lexicons()
                for w, code in lex.words.scale_currencies.items()}  # "mdd": millions of US dollars


def _apart(line: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether the last piece is no cell but a part of one beside it, between two cells of a row: a "+" set apart
    from the cell after it ("5,403 mdd + 3.2%"), or a scale of money after a cell ("5,403 mdd")."""
    if len(pieces) < 2:
        return False
    text = line[pieces[-1][0]:pieces[-1][1]]
    before = line[pieces[-2][0]:pieces[-2][1]]
    return text == "+" and line[pieces[-1][1]:pieces[-1][1] + 1] == " " \
        or text.lower() in _SCALE_UNITS and _CELL.match(before) is not None


def _glued_cells(line: str, piece: tuple[int, int], *, alone: bool) -> list[tuple[int, int]]:
    """The cells of a row whose figures run into one another (and, not ``alone``, into its
    label), as a table flattened without spaces prints them ("Main residence82,42563,84818,576")."""
    start, end = piece
    glued = re.search(r"\d[\d,]*$", line[start:end])
    split = split_glued_cells(glued.group()) if glued else None
    if not split or (glued.start() == 0) != alone or not alone and not line[start + glued.start() - 1].isalpha():
        return []
    offset = start + glued.start()
    return [(offset + a, offset + b) for a, b in split]


def _regroup(line: str, cells: list[tuple[int, int]], columns: int) -> list[tuple[int, int]]:
    """Cells whose thousands are set off by a plain space ("18 772 16 406" under two year
    columns): the groups read as one number per column, where they read so one way."""
    # "15,4 %": a share's cell; "+15,4 %": a change's
    texts = [re.sub(r"^[+\-−–]|[ \u00a0\u202f]?%$", "", line[a:b]) for a, b in cells]
    gaps = [line[b:a] for (_, b), (a, _) in zip(cells, cells[1:])]
    if not all(re.fullmatch(r"\d+(?:[.,]\d+)?", t) for t in texts) or any(len(g) != 1 for g in gaps):
        return cells
    sizes = split_digit_groups(texts, columns)
    if sizes is None:
        return cells
    merged, i = [], 0
    for size in sizes:
        merged.append((cells[i][0], cells[i + size - 1][1]))
        i += size
    return merged


def _spaced_thousands(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells whose thousands are set off by one space ("Immigrés   7 010   10,3"), where the
    columns are set off by wider gaps or the space is a no-break one: one number each."""
    gaps = [line[b:a] for (_, b), (a, _) in zip(cells, cells[1:])]
    # an empty cell that keeps its column ('""', "--") sets no gap, nor do the cells on either side of it
    wide = any(len(line[b:a]) > 1 for (s1, b), (a, e2) in zip(cells, cells[1:]) if s1 < b and a < e2) \
        or line.rstrip().endswith(".")  # "Les retours ont dépassé 40 000.": prose
    merged = cells[:1]
    for (start, end), gap in zip(cells[1:], gaps):
        before = line[merged[-1][0]:merged[-1][1]]
        if start < end and re.fullmatch(r"\d{3}(?:,\d+)?%?\.?", line[start:end]) \
                and re.fullmatch(r"[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*", before) \
                and not ("," in line[start:end] and re.search(r"\s", before)) \
                and (gap in ("\u00a0", "\u202f") or wide and gap == " "):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _chart(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A chart flattened to one line: its title, then its figures mixed with its axes ("Evolución
    de la población (2001-2013) 48.000.000 47.000.000 46.239.271 ... 2013 2012 ... 40.000.000
    Año"). The round values in even steps are the value axis and the years the time axis; the
    other figures (at least three) are the chart's, as (title, their ranges)."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    numbers = [(a, b) for a, b in pieces if re.fullmatch(r"\d{1,3}(?:[.,\u00a0]\d{3})+|\d+", line[a:b])]
    if len(numbers) < 8 or not pieces or (pieces[0] in numbers):
        return None
    first = pieces.index(numbers[0])
    if any(p not in numbers for p in pieces[first:-1]):
        return None  # words among the figures (a trailing axis label aside): prose
    values = {(a, b): int(re.sub(r"\D", "", line[a:b])) for a, b in numbers}
    years = {p for p in numbers if _YEAR.match(line[p[0]:p[1]])}
    round_values = sorted({v for p, v in values.items() if p not in years and v >= 1000 and str(v).rstrip("0") != str(v)
                           and len(str(v)) - len(str(v).rstrip("0")) >= len(str(v)) // 2})
    steps = {b - a for a, b in zip(round_values, round_values[1:])}
    if len(round_values) < 3 or len(steps) != 1:
        return None
    cells = [p for p in numbers if p not in years and values[p] not in round_values]
    if len(cells) < 3:
        return None
    return line[:pieces[first - 1][1]].strip(), cells


def _title_above(text: str, lines: list[tuple[int, str]], index: int) -> str | None:
    """The title of a table whose header opens a block: the last line of the block above, or the
    line before it when that one gives the unit ("Saldo migratorio con el exterior según provincia" /
    "Unidades: Movimientos migratorios" / blank / "2022S1 2021S2 ...")."""
    k = index - 1
    while k > 0 and index - k < 4 and len(re.findall(r"[^\W\d_]{2,}", lines[k][1])) < 2:
        k -= 1  # "=====", "2006 and 2007" (a caption's second line): up to the caption's words
    if k > 0 and _UNIT_LINE.match(lines[k][1]) and not re.search(r"\n\s*\n|\f", text[lines[k - 1][0]:lines[k][0]]):
        k -= 1
    candidate = " ".join(_TITLE_NUMBER.sub("", lines[k][1]).replace("|", " ").split())  # "Table 4  Overseas ..."
    words = re.findall(r"[^\W\d_]+", candidate)
    figures = [candidate[a:b] for a, b in _split_cells(candidate)[1] if not _YEAR.match(candidate[a:b])]
    # "... by country of citizenship (selected countries, Q4 2015-Q4 2022)": a closing bracket's note is no length
    # "..., 2022 - août 2023": nor is a closing span of dates
    if _UNIT_LINE.match(candidate) or len(re.sub(r"\s*\([^()]*\)$|,(?:\s*(?:[^\W\d_]+\.?|[-–]|(?:1[89]|20)\d\d))+$", "", candidate)) > 120 or len(words) < 2 or candidate.endswith((".", ";")) \
            or figures:
        return None
    return candidate


_DECISION_WORDS = _union(lambda lex: lex.words.decision_column_words)


def _decided_noun(names: list[str]) -> str | None:
    """The noun that a header's columns of kinds and decisions all count ("New permits | Renewals | Group |
    Issued | Refused" -> "permits"): where a column names only a decision, the head of the one column that
    names a noun with its kind (two words or more) counts in every column."""
    if not any(n.strip(" |").lower() in _DECISION_WORDS for n in names):
        return None
    nouns = {n.split()[-1] for n in (n.strip(" |") for n in names)
             if len(n.split()) >= 2 and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", n)}
    return nouns.pop() if len(nouns) == 1 else None


_PERCENT_COLUMN = re.compile(r"%|\b(?:{})\b".format("|".join(map(re.escape, sorted(
    _union(lambda lex: lex.words.percent_column_words), key=len, reverse=True))) or "(?!)"), re.I)


def _named_fields(fields: list[str]) -> tuple[Column, ...] | None:
    """The columns of a header set off by bars whose fields name what they hold with its year, unit or span
    ("País | Remesas totales 2021 en millones de dólares | Remesas totales 2020 en millones de dólares |
    Crecimiento porcentual, 2021 frente a 2020 | Remesas como porcentaje del PIB"): each field's year, scale and
    currency, a change over its two years, a share where it says so. None unless two fields give one year each."""
    if len(fields) < 3 or re.search(r"\d", fields[0]) or not re.search(r"[^\W\d_]", fields[0]):
        return None
    columns = []
    for field in fields[1:]:
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", field)]
        if len(re.findall(r"[^\W\d_]{3,}", field)) < 2 or re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", field)):
            return None
        change = any(w in field.lower() for w in _CHANGE_WORDS)
        scale, currency, _ = _caption(field) or (1, None, False)
        columns.append(Column(label=field, year=years[0] if len(years) == 1 and not change else None, change=change,
                              period=(min(years), max(years)) if change and len(years) == 2 else None,
                              percent=_PERCENT_COLUMN.search(field) is not None, scale=scale, currency=currency))
    return tuple(columns) if sum(1 for c in columns if c.year) >= 2 else None


def _header(line: str) -> tuple[Column, ...] | None:
    """The columns of a header line: a label, then at least two year columns."""
    fields = [f.strip() for f in line.split("|") if f.strip()]
    united = [re.fullmatch(r"((?:19|20)\d\d)\s*\(([^()]+)\)", f) for f in fields[1:]]
    if len(fields) >= 3 and re.search(r"[^\W\d_]", fields[0]) and all(united):
        # "Pays | 2014 (en millions de dirhams) | 2023 (en millions de dirhams) |": years with their units
        units = [_caption(m.group(2)) or (1, None, "%" in m.group(2)) for m in united]
        return tuple(Column(label=m.group(), year=int(m.group(1)), change=False, period=None, percent=unit[2],
                            scale=unit[0], currency=unit[1]) for m, unit in zip(united, units))
    named = _named_fields(fields)
    if named:
        return named
    if len(fields) >= 3 and re.search(r"[^\W\d_]", fields[0]) and all(_YEAR.match(f) for f in fields[1:]):
        # "In-migration and out-migration, by citizenship | 2020 | 2019 |": a title in the labels' field, years after it
        return tuple(Column(label=f, year=int(f[:4]), change=False, period=None, percent=False) for f in fields[1:])
    tokens = line.replace("|", " ").split()
    first = next((i for i, t in enumerate(tokens) if _YEAR.match(t)), None)
    if first is None or sum(1 for t in tokens if _YEAR.match(t)) < 2:
        return None
    if all(_YEAR.match(t) or t in ("(%)", "%") for t in tokens[first:]) and "(%)" in tokens[first:]:
        # "Caractéristiques 1991 (%) 2001 (%) 2010 (%)": years of shares
        return tuple(Column(label=t, year=int(t[:4]), change=False, period=None, percent=True)
                     for t in tokens[first:] if _YEAR.match(t))
    fields = [f.strip() for f in line.split("|") if f.strip()]
    # "| 1994 | ... | 2015 | % Change 2015/14 |": a change column may close a header of many years
    tail = len(fields[-1].split()) if "|" in line and any(w in fields[-1].lower() for w in _CHANGE_WORDS) else 0
    many = len(tokens) - first > 12 and not all(_YEAR.match(t) for t in tokens[first:len(tokens) - tail])  # a header may hold many years
    if first > 4 or many or line.rstrip().endswith((".", ",", ";")):
        return None  # a sentence that names two years ("Between 2019 and 2021 the Ministry ...")
    dated = first and tokens[first - 1].lower() in _MONTHS and first + 2 < len(tokens) \
        and tokens[first + 1].lower() in _MONTHS and _YEAR.match(tokens[first + 2])  # "Year ending April 2009 April 2010"
    if not _YEAR.match(tokens[first + 1]) and not dated and not any(w in line.lower() for w in _CHANGE_WORDS):
        return None
    if any(re.search(r"\d[,.]\d{3}", t) for t in tokens):
        return None  # figures: a row, not a header
    columns: list[Column] = []
    current: list[str] = []

    def close():
        if current:
            text = " ".join(current)
            years = [int(y) for y in re.findall(r"(?:1[89]|20)\d\d", text)]
            short = re.search(r"\b((?:1[89]|20)\d\d)\s*/\s*(\d\d)\b", text)  # "% Change 2015/14"
            if short:
                years = sorted({int(short.group(1)), int(short.group(1)[:2] + short.group(2))})
            change = any(w in text.lower() for w in _CHANGE_WORDS)
            month = _MONTH_NUMBERS.get(current[0].lower()) if dated and len(current) == 2 else None
            columns.append(Column(
                label=text,
                year=years[0] if len(years) == 1 and not change else None,
                change=change,
                period=(min(years), max(years)) if change and len(years) == 2 else None,  # "% évolution 2015/2006"
                percent="%" in text,
                month=month,
            ))
            current.clear()

    # "Entidad federativa Año 2021 Año 2022 Var. %": a word standing before each year labels its column
    labelled = not dated and first and tokens[first - 1][:1].isalpha() and sum(
        1 for a, b in zip(tokens, tokens[1:]) if a == tokens[first - 1] and _YEAR.match(b)) >= 2
    for token in tokens[first - 1 if dated or labelled else first:]:
        current.append(token)
        if _YEAR.match(token) and (len(current) == 1 or (dated or labelled and current[0] == tokens[first - 1])
                                   and len(current) == 2):
            close()  # a bare year is a column of its own, as is a month and its year; words start a longer one
    close()
    if len(columns) == 3 and columns[0].year and columns[1].year and columns[2].change and columns[2].period is None \
            and columns[2].year is None and not re.search(r"(?:1[89]|20)\d\d", columns[2].label):
        # "2021 | 2022 | Var. %": a change column with no year of its own compares the two year columns before it
        columns[2] = dataclasses.replace(columns[2], period=tuple(sorted((columns[0].year, columns[1].year))))
    return tuple(columns)


def _month_header(line: str) -> tuple[Column, ...] | None:
    """The columns of a header of months with two-digit years ("Mar 18 Feb 18 Jan 18 Dec 17", "Mar-18 Feb-18
    Jan-18"), as central banks print them: each column is that month's."""
    pairs = list(re.finditer(r"\b([^\W\d_]{3,9})\.?[\s-]+'?(\d{2})\b(?![\d,.])", line))
    pairs = [m for m in pairs if m.group(1).lower() in _MONTH_NUMBERS]
    if len(pairs) < 3 or any(line[a.end():b.start()].strip() for a, b in zip(pairs, pairs[1:])):
        return None
    if re.search(r"\d", line[:pairs[0].start()]) or len(line[:pairs[0].start()].split()) > 4:
        return None
    columns = [Column(label=m.group().strip(), year=2000 + int(m.group(2)), change=False, period=None, percent=False,
                      month=_MONTH_NUMBERS[m.group(1).lower()]) for m in pairs]
    tail = line[pairs[-1].end():].strip(" |")
    if tail:  # "... Mar 17 Shares": a last column of another kind, shares where it says so
        columns.append(Column(label=tail, year=None, change=any(w in tail.lower() for w in _CHANGE_WORDS), period=None,
                              percent=re.search(r"%|\bshares?\b|\bpercent", tail, re.I) is not None))
    return tuple(columns)


_RANKING_HEADERS = frozenset(" ".join(re.findall(r"[^\W\d_]+", h.lower()))
                             for h in _union(lambda lex: lex.words.ranking_headers))
# "Personal remittances, received (current US$)" above a ranking: its values are dollars
_BRACKETED_CURRENCY = re.compile(r"\((?:BoP,\s*)?(?:(?:{})(?:\s+\d{{4}})?)?\s*({})\)".format(
    "|".join(sorted(map(re.escape, _union(lambda lex: lex.words.price_bases)), key=len, reverse=True)),
    "|".join(sorted(map(re.escape, _PRICES), key=len, reverse=True))), re.I)


def _ranking_header(line: str) -> bool:
    """Whether a line is the header of a ranking ("Rank Country Value Year"): each row a rank, a
    place, a value and the year the value is of."""
    return " ".join(re.findall(r"[^\W\d_]+", line.lower())) in _RANKING_HEADERS


def _ranked_columns(line: str, cells: list[tuple[int, int]]) -> tuple[Column, ...] | None:
    """The columns of a ranking's row ("1 India 83,149,180,000.00 2020"): its value as of the year
    that closes it, the year a column of its own."""
    if len(cells) != 2 or not _YEAR.fullmatch(line[cells[1][0]:cells[1][1]]):
        return None
    year = int(line[cells[1][0]:cells[1][1]])
    return (Column(label="value", year=year, change=False, period=None, percent=False),
            Column(label="year", year=None, change=False, period=None, percent=False))


def _vertical_ranking(text: str, lines: list[tuple[int, str]]) -> dict[int, Row]:
    """A ranking printed one field a line under its header's four fields ("Rank" / "Countries" /
    "Amount" / "Date", then "# 1" / "Pakistan :" / "1,084,694" / "2005"): each value a row of its
    place, as of the year after it."""
    rows: dict[int, Row] = {}
    index = 0
    while index + 4 <= len(lines):
        if not _ranking_header(" ".join(line for _, line in lines[index:index + 4])) \
                or any(len(line.split()) != 1 for _, line in lines[index:index + 4]):
            index += 1
            continue
        title = _ranking_caption(lines, index)
        index += 4
        while index + 4 <= len(lines):
            place, (start, value), (_, year) = lines[index + 1][1], lines[index + 2], lines[index + 3]
            rank = lines[index][1].strip()
            if not re.fullmatch(r"#?\s*\d{1,3}", rank) or not re.search(r"[^\W\d_]", place) \
                    or not _CELL.match(value.strip()) or not _YEAR.fullmatch(year.strip()):
                break
            cell = _lone_cell(start, value)
            column = Column(label="value", year=int(year.strip()), change=False, period=None, percent=False)
            rows[start] = Row(place.strip(" :"), start, start + len(value), (cell,), (column,), title=title)
            index += 4
    return rows


def _ranking_caption(lines: list[tuple[int, str]], index: int) -> str | None:
    """What a ranking whose header is line ``index`` ranks, named above it: a numbered caption, or the last
    step of a site's breadcrumb ("Immigration Statistics > Refugee population by country/territory of
    asylum (latest), by country")."""
    for _, above in reversed(lines[max(0, index - 20):index]):
        numbered = _TITLE.match(above)
        if numbered:
            return numbered.group(1).strip()
        if " > " in above:
            return above.rsplit(" > ", 1)[1].strip()
    return None


_QUARTER_YEAR = re.compile(r"\b(?:[QTH][1-4]\s*[/-]?\s*((?:19|20)\d\d)|((?:19|20)\d\d)\s*[/-]?\s*[QTH][1-4])\b(?![\d,.])")


def _quarter_header(line: str) -> tuple[Column, ...] | None:
    """The columns of a header of quarters or halves with their years ("Q4 2015 Q4 2016 Q4 2017",
    "2021Q1 2021Q2", "T1 2024 T2 2024"): each column is as of its year."""
    found = list(_QUARTER_YEAR.finditer(line))
    if len(found) < 3 or any(line[a.end():b.start()].strip(" |") for a, b in zip(found, found[1:])):
        return None
    if re.search(r"\d", line[:found[0].start()]) or len(line[:found[0].start()].split()) > 4 \
            or line[found[-1].end():].strip(" |"):
        return None
    return tuple(Column(label=m.group(), year=int(m.group(1) or m.group(2)), change=False, period=None, percent=False)
                 for m in found)


@lru_cache(maxsize=1)
def _range_column() -> re.Pattern:
    """A header's column of a year, or of a run of months with their year ("janvier - août 2023",
    "Jan-Jun 2023"), built once."""
    months = "|".join(map(re.escape, sorted(_MONTHS, key=len, reverse=True)))
    return re.compile(r"(?:({0})\.?\s*[-–]\s*({0})\.?\s+)?((?:1[89]|20)\d\d)(?![\d,.])".format(months), re.I)


def _month_range_header(line: str) -> tuple[Column, ...] | None:
    """The columns of a header whose columns are years or runs of months with their year, after the
    labels' field ("Programme ou volet 2022 janvier - août 2023"): a run of months is a column of that
    span of its year, of no one date, a year a column as of that year."""
    found = list(_range_column().finditer(line))
    if len(found) < 2 or not any(m.group(1) for m in found) \
            or any(line[a.end():b.start()].strip(" |") for a, b in zip(found, found[1:])):
        return None
    if re.search(r"\d", line[:found[0].start()]) or len(line[:found[0].start()].split()) > 6 \
            or line[found[-1].end():].strip(" |"):
        return None
    return tuple(Column(label=m.group(), year=None if m.group(1) else int(m.group(3)), change=False,
                        period=(int(m.group(3)), int(m.group(3))) if m.group(1) else None, percent=False)
                 for m in found)


_UNIT_FIELD = re.compile(r"\s*\|?\s*([^\W\d_][^()|\d]*?)\s*\(([^()]+)\)")  # "Effectif (en milliers)"


def _unit_header(line: str) -> tuple[Column, ...] | None:
    """The columns of a header that names each column with its unit in brackets: "Effectif (en
    milliers) Part (en %)", "Number (in thousands) | Share (%)". A share's column is not scaled
    by a caption's thousands, and the cells of a row regroup into as many columns."""
    columns, end = [], 0
    while end < len(line) and (match := _UNIT_FIELD.match(line, end)):  # each field right where the last ended
        unit, scale = match.group(2), _SCALE_CAPTION.search(match.group(2))
        if scale is None and "%" not in unit:
            return None
        columns.append(Column(label=match.group(1).strip(), year=None, change=False, period=None,
                              percent="%" in unit, scale=int(_SCALES[scale.group().lower()]) if scale else 1))
        end = match.end()
    return tuple(columns) if len(columns) >= 2 and not line[end:].strip(" |") else None


def _repeats(line: str, count: int) -> bool:
    """Whether a line of words repeats one run of sub-column names under each of ``count`` columns
    ("Québec Reste du Canada Québec Reste du Canada" under "1991 (%) 2001 (%)")."""
    tokens = line.split()
    return count >= 2 and len(tokens) >= count and len(tokens) % count == 0 \
        and tokens == tokens[:len(tokens) // count] * count and not _split_cells(line)[1]


def _sub_names(line: str, count: int) -> tuple[str, ...]:
    """The names of the sub-columns a line repeats under each of ``count`` columns, one word each
    ("Dossiers Bénéficiaires Dossiers Bénéficiaires" under "2014 2015"), in the order of the cells; none
    where a name runs over several words ("Québec Reste du Canada") or names a place ("Québec Ontario Québec
    Ontario" splits what the caption counts by place, and the caption still names it)."""
    tokens = line.split()
    if not _repeats(line, count) or len(tokens) == count \
            or not all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]{2,}", t) and t[0].isupper() for t in tokens) \
            or any(_place_name(t) for t in tokens):
        return ()
    return tuple(tokens)


def _share_last(lines: list[tuple[int, str]], index: int, rows: Mapping[int, Row]) -> bool:
    """Whether the header set off by bars over a table's rows (right over the first, or over the row above) closes
    on a field of shares alone ("| Males | Females | Total | % | |||"), so that a row's last cell is a share."""
    k = index - 1
    while k >= 0 and lines[k][0] in rows and index - k < 200:
        k -= 1
    if k < 0 or "|" not in lines[k][1]:
        return False
    fields = [f.strip() for f in lines[k][1].split("|") if f.strip()]
    return len(fields) >= 3 and fields[-1] in ("%", "(%)") and not any(re.search(r"\d", f) for f in fields)


def _labels_field(lines: list[tuple[int, str]], index: int, count: int) -> bool:
    """Whether a line of a few words with no figure names the field of the rows' labels between a header of
    ``count`` columns and the run of sub-column names repeated under each ("2006 2014 2015 % évolution" /
    "Continent / Nationalité" / "Dossiers Bénéficiaires Dossiers Bénéficiaires ...")."""
    words = lines[index][1].split()
    return 0 < len(words) <= 4 and not re.search(r"\d", lines[index][1]) and index + 1 < len(lines) \
        and _repeats(lines[index + 1][1], count)


def _mark_header(line: str) -> tuple[Column, ...] | None:
    """The columns of a sub-header of unit marks alone, a count and a share under each group ("n %   n %
    n %"): a "%" column holds shares."""
    tokens = line.replace("|", " ").split()
    if len(tokens) < 4 or "%" not in tokens or any(t.lower() not in ("n", "nb", "%") for t in tokens):
        return None
    return tuple(Column(label=t, year=None, change=False, period=None, percent=t == "%") for t in tokens)


# "Industry: Banking Construction Garment Hotels": a dimension of a table and the names of its categories
_DIMENSION_HEADER = re.compile(r"\s*([^\W\d_]+):\s+(?:[^\W\d_][\w&/-]*\s+){2,}[^\W\d_][\w&/-]*\s*")
# "SY 2017 Table 4.26 Permits Granted ...": a numbered caption, whatever stands before its number
_NUMBERED_CAPTION = re.compile(r"(?:^|\s)(?:{})\s+\d+(?:[.,]\d+)*[a-z]?\s*[:.–—-]?\s+(\S.*)$".format(_TABLE_WORDS), re.I)


def _numbered_caption_above(lines: list[tuple[int, str]], index: int) -> str | None:
    """The nearest numbered caption in the few lines over line ``index`` ("SY 2017 Table 4.26 Permits
    Granted ..."), without its number."""
    return next((c.group(1).strip() for _, above in reversed(lines[max(0, index - 6):index])
                 if (c := _NUMBERED_CAPTION.search(above))), None)


_NAME_LINE = re.compile(r"\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*")


def _stacked_header(lines: list[tuple[int, str]], index: int) -> tuple[Column, ...] | None:
    """The columns of a header printed a name and a year to a line, column after column (a page's
    table whose header cells hold a line break), opening at line ``index``:

        Industry Chinese
        2004
        Chinese
        2003
        Filipino
        2004

    Three columns or more; the first line may hold the label column's name before the first column's."""
    columns: list[Column] = []
    k = index
    while k + 1 < len(lines) and _NAME_LINE.fullmatch(lines[k][1]) and _YEAR.fullmatch(lines[k + 1][1].strip()):
        name = lines[k][1].split()[-1]
        year = int(lines[k + 1][1].strip()[:4])
        columns.append(Column(label=f"{name} {year}", year=year, change=False, period=None, percent=False))
        k += 2
    if len(columns) < 3 or index and _stacked_header_continues(lines, index):
        return None
    return tuple(columns)


def _stacked_header_continues(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether line ``index`` is itself within a stacked header (a name under the year of the column before)."""
    return index > 1 and _YEAR.fullmatch(lines[index - 1][1].strip()) is not None \
        and _NAME_LINE.fullmatch(lines[index - 2][1]) is not None


def _label_dimension(line: str, caption: str | None) -> bool:
    """Whether the label column's name opening a header line ("Industry Chinese" over "2004") is a dimension
    the caption splits its count by ("Table 4.27 Permits Granted ..., by Industry"): the rows are then its
    categories."""
    words = line.split()
    return bool(caption) and len(words) >= 2 and re.search(
        rf"\bby\b[^:]*\b{re.escape(words[0])}\b", caption, re.I) is not None


def _dimension_caption(lines: list[tuple[int, str]], index: int) -> str | None:
    """The caption of a table whose header line names one of the dimensions the caption splits it by and
    that dimension's categories ("Industry: Banking Construction Garment ..." under "Table 4.26 Permits
    Granted to Non-Resident Workers, by Month and Industry, CNMI: FY 2004"): the categories split what
    the caption counts, so the caption names what the cells count, with its date. None for any other line."""
    header = _DIMENSION_HEADER.fullmatch(lines[index][1])
    if header is None:
        return None
    caption = _numbered_caption_above(lines, index)
    by = caption and re.search(rf"\bby\b[^:]*\b{re.escape(header.group(1))}\b", caption, re.I)
    return caption if by else None


def _caption_above(lines: list[tuple[int, str]], index: int) -> str | None:
    """The caption of a table a few lines over its header: the nearest line of words with a year and
    no figure ("Immigrants selon la langue maternelle, Québec, 1980-2019")."""
    for k in range(index - 1, max(-1, index - 12), -1):
        line = lines[k][1].strip()
        if len(re.findall(r"[^\W\d_]{2,}", line)) >= 2 and (_SPAN_IN_TITLE.search(line) or YEAR_IN_TITLE.search(line)):
            figures = [line[a:b] for a, b in _split_cells(line)[1] if not _YEAR.match(line[a:b])]
            if not figures and len(line) <= 160 and not line.endswith("."):
                return line
    return None


# "01/07/2024": a day, a month and a year set off by slashes (the year alone is what dates a table's cells)
SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_FOOTNOTE_CALL = re.compile(r"\(\d{1,2}\)|\[\d{1,2}\]")  # "(1)", "[2]": a note's number in a caption


def _dated_caption_above(lines: list[tuple[int, str]], index: int, rows: Mapping[int, Row]) -> str | None:
    """The caption of a table whose rows stand under no header of years, a few lines over them past its
    header of words and the page's furniture ("Descargar: Excel | csv"), blank lines included: the nearest
    line of words giving one date and no other figure, as a table's title does ("| Placements in Foreign
    Employment ..., by Destination - 1988 | ||||", "Población de ... por ámbitos territoriales (1). 01/07/2024").
    Prose, a row of figures or another table's caption above it ends the search."""
    for k in range(index - 1, max(-1, index - 9), -1):
        line = " ".join(lines[k][1].replace("|", " ").split())
        if not line or lines[k][0] in rows:
            return None
        bare = _FOOTNOTE_CALL.sub(" ", SLASHED_DATE.sub(lambda m: f" {m.group(3)} ", line))
        bare = re.sub(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\s+([^\W\d_]+)\.?(?=\s+(?:1[89]|20)\d\d)",
                      lambda m: " " if m.group(2).lower() in _MONTHS else m.group(), bare)  # "1 January 2009"
        years = set(YEAR_IN_TITLE.findall(bare))
        words = re.findall(r"[^\W\d_]{2,}", bare)
        if len(years) == 1 and len(words) >= 3 and line[:1].isupper() and not line.endswith((".", ":", ";")) \
                and len(words) <= 30 and not re.search(r"\d", YEAR_IN_TITLE.sub(" ", bare)):
            return line
        if _split_cells(line)[1] or len(words) >= 4 and line.endswith((".", ":")) or _TITLE.match(line):
            return None
    return None


def _group_heading(lines: list[tuple[int, str]], index: int, rows: Mapping[int, Row]) -> bool:
    """Whether the line over the one at ``index`` is a heading of a group of the table's rows, a few words with no
    figure right under a row ("Territorios Históricos", "Comarcas")."""
    if index < 2 or lines[index - 2][0] not in rows:
        return False
    heading = lines[index - 1][1].strip(" |\t")
    return 0 < len(heading.split()) <= 4 and not re.search(r"\d", heading)


def _header_name(line: str, above: str) -> str:
    """What a header's columns hold: the words before its years ("Demandes d'asile 2016 2017"), or
    the line of words right above a header of years alone ("Évolution de la demande ..." / "2013 2014")."""
    first = re.search(r"(?:^|\s)(?:1[89]\d\d|20\d\d)[pre*]?(?=\s|$)", line)
    own = line[:first.start()].strip(" |:") if first else ""
    if re.search(r"[^\W\d_]", own):
        return own
    return above.strip() if above and not _split_cells(above)[1] and re.search(r"[^\W\d_]", above) else ""


def _split_years(columns: tuple[Column, ...], line: str) -> tuple[Column, ...] | None:
    """The columns of a header whose second line splits a year into months or quarters:

        Country   2023   2024   2025p   2026p   2025p 2026p
                  Jan Feb   Jan-Feb

    A run of single months ("Jan Feb") splits one year into as many columns, each dated by
    its month; a span of months ("Jan-Feb") only says what part of the years after it the
    figures cover, so those stay dated by their year. The run splits the last year, or, when
    spans follow it, the year before the ones they cover: the years after the sequence
    starts again (2025p 2026p after 2026p), or as many years as there are spans. None when
    the line is not such a second header."""
    tokens = line.replace("|", " ").split()
    if not tokens or not all(c.year and not c.change for c in columns):
        return None
    kinds = []
    for token in tokens:
        word = token.lower().rstrip(".")
        ends = re.split(r"[-–]", word)
        if word in _MONTH_NUMBERS or _QUARTER.match(word):
            kinds.append("part")
        elif len(ends) == 2 and all(e.rstrip(".") in _MONTH_NUMBERS for e in ends):
            kinds.append("span")
        else:
            return None
    parts = [t for t, k in zip(tokens, kinds) if k == "part"]
    if not parts:
        return columns
    first = kinds.index("part")
    last = first + len(parts) - 1
    if "span" in kinds[:first] or "part" in kinds[last + 1:] or len(parts) < 2:
        return None  # months and spans mixed otherwise: not read
    spans = len(kinds) - last - 1
    years = [c.year for c in columns]
    if spans:
        again = max((i for i in range(1, len(years)) if years[i] <= years[i - 1]), default=len(years) - spans)
        split = again - 1
    else:
        split = len(columns) - 1
    if split < 0:
        return None
    year = columns[split]
    under = tuple(
        Column(label=f"{token} {year.label}", year=year.year, change=False, period=None, percent=year.percent,
               month=_MONTH_NUMBERS.get(token.lower().rstrip(".")))
        for token in parts)
    return columns[:split] + under + columns[split + 1:]


# a heading in capitals of a few words and no figure: "TASA DE PROTECCIÓN", "ARRIVÉES PAR PAYS"
_BLOCK_HEADING = re.compile(r"[^\W\d_a-z]{2,}(?:[^\S\n]+[^\W\d_a-z]+){0,4}")


def _column_names(line: str, count: int) -> tuple[str | None, ...] | None:
    """The names of ``count`` columns in a header of words ("Date Arrivals (Number s.a.) Departures
    (Number s.a.) Net (Number s.a.) (Number)" -> Arrivals, Departures, Net, None): each name ends at
    its note in brackets, or is one word where no column has a note; the first names the rows' labels.
    None when the header does not split into as many columns."""
    line = re.sub(r"\s*=\s*(?:\(\d+\)\s*[-+−]\s*)+\(\d+\)", "", line)  # "Solde = (1) - (2)": the formula goes
    if line.rstrip().endswith(":") and "|" not in line:
        return None  # "Solicitudes presentadas:", "Comunidad Autónoma:": the lead of a list, no header of columns
    tokens = re.findall(r"\([^)]*\)|[^\s()|]+", line)
    if not tokens or any(_CELL.match(t) for t in tokens):
        return None
    noted = any(t.startswith("(") for t in tokens)
    segments: list[list[str]] = []
    current: list[str] = []
    if line.count("|") >= 1 and not noted:  # "Ciudad | Cantidad de personas |": bars part the columns
        segments = [cell.split() for cell in line.split("|") if cell.strip()]
        tokens = []
    for token in tokens:
        if token.startswith("("):
            segments.append(current + [token])
            current = []
        elif current and not noted:
            segments.append(current)
            current = [token]
        else:
            current.append(token)
    if current:
        segments.append(current)
    if len(segments) == count + 1:
        segments = segments[1:]
    elif len(segments) == count and len(segments[0]) == 2 and segments[0][1] == "(1)":
        pass  # "Entrées (1) Sorties (2)": columns numbered from the first, no name over the labels
    elif len(segments) == count and len(segments[0]) > 1 and not segments[0][0].startswith("("):
        segments[0] = segments[0][1:]  # "Date Arrivals (Number s.a.)": the labels' column, then the first
    else:
        return None
    names = [" ".join(t for t in segment if not t.startswith("(")) for segment in segments]
    return tuple(name if re.search(r"[^\W\d_]", name) else None for name in names)  # "en %" names no column


def _cell_names(line: str, headings: list[str], count: int) -> tuple[str | None, ...]:
    """The names of a row's cells from the nearest header line that names as many columns as the row
    has slots; an empty cell ("-", "..") holds a slot ("Dec 2018 26,010 - - 4,929,700")."""
    pieces = re.findall(r"[^\s|]+", line)
    slots: list[bool] = []  # True for a cell, False for an empty one
    while pieces and (_CELL.match(pieces[-1]) or pieces[-1] in ("-", "–", "..", "…") and any(slots)):
        slots.insert(0, pieces.pop() not in ("-", "–", "..", "…"))
    if slots and pieces and pieces[-1].lower().rstrip(".") in _MONTHS:
        slots = slots[1:]  # "Mar 2017 33,150": the year is the label's
    if slots and not pieces and _YEAR.match(line.split()[0].strip("|")):
        slots = slots[1:]  # "2006 80 131 - 51": a row that opens on its year, its label
    if slots.count(True) != count:
        return ()
    headings = [h for h in headings if re.search(r"[^\W\d_]", h)]  # past a rule ("---|---|") to the names
    found = next(((k, names) for k, h in enumerate(headings[:3]) if (names := _column_names(h, len(slots)))), None)
    if found is None and len(slots) > count:
        # "2006 80 131 - 51" under three names: the dash is the last cell's sign, no empty cell
        slots = [True] * count
        found = next(((k, names) for k, h in enumerate(headings[:3]) if (names := _column_names(h, count))), None)
    if found is None:
        return ()
    k, names = found
    if k + 1 < len(headings):
        names = _grouped_names(headings[k], names, headings[k + 1])
    # "An Pop. ±%": an abbreviated name says less than the table's title
    return tuple(None if name and re.fullmatch(r"[^\W\d_]{1,4}\.", name) else name for name, cell in zip(names, slots) if cell)


# the rule under a header set off by bars: "---|---|---|", "|:---|---:|"
_BAR_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")


def _field_count(line: str) -> int:
    """The fields of a line set off by bars, its outer bars left aside: "| Year | Total |" has two."""
    return len(line.strip().strip("|").split("|"))


def _unwrapped_header(lines: list[tuple[int, str]], index: int, headings: list[str]) -> list[str]:
    """The headings with a header set off by bars whose fields wrapped over several lines ("Année | Population" /
    "(au 1er janvier) |" / "Naissances | ..." above "---|---|---|") joined into one line, once its rule is read:
    the lines of bars straight above the rule, joined, hold as many fields as the rule, which none of them alone does."""
    line = lines[index][1]
    if not _BAR_RULE.fullmatch(line):
        return headings
    width = len(re.findall(r"-{3,}", line))
    # the lines of bars straight above the rule, each the next line of the one before
    block = []
    k = index - 1
    while k >= 0 and "|" in lines[k][1] and not _BAR_RULE.fullmatch(lines[k][1]) \
            and lines[k + 1][0] == lines[k][0] + len(lines[k][1]) + 1 and not _split_cells(lines[k][1])[1]:
        block.insert(0, lines[k][1].strip())
        k -= 1
    joined = " ".join(block)
    if len(block) < 2 or _field_count(joined) != width or _field_count(block[-1]) == width \
            or headings[1:1 + len(block)] != list(reversed([text for _, text in lines[k + 1:index]])):
        return headings
    return [headings[0], joined, *headings[1 + len(block):]]


def _bar_names(line: str, headings: list[str], cells: list[tuple[int, int]]) -> tuple[str | None, ...]:
    """The names of a row's cells from a header of words set off by bars, field by field ("| Valeur |
    Modalité | Cas | |" over "| 1 | France | 257579 |"): a cell takes the name of its field; an unnamed
    field right after a named cell's ("Cas | |": the share beside the count) takes that name."""
    # past rules, empty rows and group headings ("Selected citizenship | | | |"), to the first line naming two columns
    header = next((h for h in headings[:60] if sum(1 for f in h.split("|") if re.search(r"[^\W\d_]", f)) >= 2), "")
    # (a note in brackets may hold a date, "Population (au 1er janvier)": no figure of a column)
    if header.count("|") < 3 or re.search(r"\d", re.sub(r"\([^()]*\)", "", header)) or line.count("|") < 2:
        return ()
    names = [field.strip() or None for field in header.strip().strip("|").split("|")]
    core = len(names)
    while core and names[core - 1] is None:
        core -= 1  # "... | Total | |": an empty field closes the header
    bounds = [m.start() for m in re.finditer(r"\|", line)]
    fields = [(a, b) for a, b in zip(bounds, bounds[1:])]
    if not line.strip().startswith("|"):
        fields.insert(0, (-1, bounds[0]))
    if not line.rstrip().endswith("|") and len(fields) < len(names):
        fields.append((bounds[-1], len(line)))  # "1975 | 8 879 130 | 179 648": a row whose last field no bar closes
    if len(fields) == core + 1 and not header.strip().startswith("|") \
            and not _CELL.match(line[fields[0][0] + 1:fields[0][1]].strip()):
        names.insert(0, None)  # "Immigration | Emigration |" over "Total | 38 075 | 26 744 |": no name over the labels
    if len(fields) > len(names):
        return ()
    found: list[str | None] = []
    for start, end in cells:
        index = next((i for i, (a, b) in enumerate(fields) if a < start and end <= b), None)
        if index is None:
            return ()
        name = names[index]
        if name is None and index and names[index - 1] and _CELL.match(line[fields[index - 1][0] + 1:fields[index - 1][1]].strip()):
            name = names[index - 1]
        found.append(name)
    return tuple(found)


_BARE_COLUMNS = frozenset(COMMON.words.bare_columns)


def _grouped_names(header: str, names: tuple[str | None, ...], above: str) -> tuple[str | None, ...]:
    """Columns that name no noun ("Net (Number s.a.)", "(Number)") under a header of groups
    ("Permanent & long-term migrants Estimated resident population") count what their group names:
    the groups, each begun by a capital, run over the columns in order, a new group where a
    column's note in brackets changes."""
    if all(name and name.lower() not in _BARE_COLUMNS for name in names):
        return names
    notes = re.findall(r"\([^)]*\)", header)
    groups = [g for g in re.split(r"\s+(?=[A-Z])", above.strip()) if re.search(r"[^\W\d_]", g)]
    if len(notes) != len(names) or len(groups) < 2 or _CELL.match(above.split()[-1]):
        return names
    runs = [0]
    for before, note in zip(notes, notes[1:]):
        runs.append(runs[-1] + (note != before))
    if runs[-1] + 1 != len(groups):
        return names
    heads = [re.findall(r"[^\W\d_][\w-]*", group)[-1] for group in groups]
    return tuple(heads[run] if not name or name.lower() in _BARE_COLUMNS else name for name, run in zip(names, runs))


def _names_columns(label: str) -> bool:
    """Whether a row's label is a date ("Mar 2017", "2019") or a place ("Germany"), so that what its
    cells count is named by their columns, not by the label."""
    words = label.lower().replace(".", " ").split()
    if words and all(_YEAR.match(w) or w in _MONTHS or re.fullmatch(r"q[1-4]", w) for w in words):
        return True
    return bool(label) and _place_name(label)


def _place_name(name: str) -> bool:
    """Whether a name is a country's or an ISO 3166-2 region's ("Germany", "Québec")."""
    from ..countries import is_region, lookup

    return lookup(name) is not None or is_region(name)


def page_number_at_edge(line: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` of a line is a page or chapter number: it stands at an
    edge of a line of capitals ("WORLD MIGRATION REPORT 2020 19", "24 WORLD MIGRATION REPORT
    2022", "2 MIGRATION AND MIGRANTS: A GLOBAL OVERVIEW")."""
    words = re.findall(r"[^\W\d_]+", line[:start] + " " + line[end:])
    at_edge = not line[:start].strip() or not line[end:].strip()
    # "12 | Viet Nam – Voluntary GCM Review", "Value CII | News | 462525": a number set off by a bar at an edge
    # of a line of words with no other figure
    # (a page number is short; an article's number ends a path of two bars or more; a figure grouped by thousands
    # is neither)
    bare = re.fullmatch(r"\d+", line[start:end]) is not None
    barred = not line[:start].strip() and re.match(r"\s*\|", line[end:]) is not None and end - start <= 4 \
        or not line[end:].strip() and re.search(r"\|\s*$", line[:start]) is not None and line[:start].count("|") >= 2
    if bare and barred and len(words) >= 2 and not re.search(r"\d", line[:start] + line[end:]):
        return True
    return at_edge and len(words) >= 2 and all(w.isupper() for w in words)


def _running_header(line: str, cells: list[tuple[int, int]]) -> bool:
    """ "WORLD MIGRATION REPORT 2020 19": a title in capitals, its edition's year and a page
    number. The page number is no cell of a table row."""
    values = [line[a:b] for a, b in cells]
    return re.fullmatch(r"\d{1,3}", values[-1]) is not None and all(_YEAR.match(v) for v in values[:-1]) \
        and page_number_at_edge(line, *cells[-1])


def _is_row_line(line: str) -> bool:
    """A line that could be one entry of a list of key figures: a short capitalised label, a figure."""
    label, cells = _split_cells(line)
    words = re.findall(r"[^\W\d_]+", label)
    return bool(cells) and 0 < len(words) <= 6 and label[:1].isupper() and words[-1].lower() not in _FUNCTION_WORDS


def _in_list(text: str, lines: list[tuple[int, str]], index: int) -> bool:
    """A line with one figure is a row of a list of key figures only when its
    neighbours are rows too, or blank: not a line of a wrapped paragraph."""
    start, line = lines[index]
    neighbours = []
    if index > 0 and "\n\n" not in text[lines[index - 1][0]:start]:
        neighbours.append(lines[index - 1][1])
    if index + 1 < len(lines) and "\n\n" not in text[start:lines[index + 1][0]]:
        neighbours.append(lines[index + 1][1])
    rows = [n for n in neighbours if _is_row_line(n)]
    prose = [n for n in neighbours if not _is_row_line(n) and (len(n) > 60 or n.rstrip().endswith((".", ",", ";")))]
    return bool(rows) and not prose


def _row_run(lines: list[tuple[int, str]], index: int, text: str) -> int:
    """How many lines in a row, around this one and within its block, read as entries of a list
    of key figures: a one-word label ("Algérie 12,5") is a row only in a run of three or more."""
    run = 1
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(lines) and _is_row_line(lines[k][1]) and not re.search(
                r"\n\s*\n|\f", text[min(lines[k][0], lines[k - step][0]):max(lines[k][0], lines[k - step][0])]):
            run, k = run + 1, k + step
    return run


def is_scale_caption(line: str) -> bool:
    """A line that only gives a table's scale ("in 1,000", "in thousands"): its figure is none."""
    return _SCALE_CAPTION.fullmatch(line.strip()) is not None


def _caption(line: str) -> tuple[int, str | None, bool] | None:
    """The scale, currency and share a table's caption gives its cells ("in thousand US dollars",
    "en %")."""
    if len(line) > 120:
        return None
    if _PERCENT_CAPTION.fullmatch(line.strip()):
        return 1, None, True
    match = _SCALE_CAPTION.search(line)
    if not match:
        priced = _CURRENCY_SCALE_CAPTION.fullmatch(line.strip())
        if priced:
            return (int(_NUMBER_SCALES[priced.group(2).lower()]), _PRICES[priced.group(1).lower()], False)
        return None
    currency = _CURRENCY_CAPTION.search(line)
    if currency is None:
        garbled = next((code for pattern, code in _GARBLED_CURRENCIES.items() if pattern.search(line)), None)
        return int(_SCALES[match.group().lower()]), garbled, False
    return int(_SCALES[match.group().lower()]), _CURRENCIES[currency.group().lower()], False


def _axis(text: str, cells) -> bool:
    """The labels of a chart's axis ("200,000 180,000 160,000 ... 0"): evenly spaced values."""
    values = []
    for a, b in cells:
        digits = re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", text[a:b].strip("+-−–%.,"))
        if digits is None:
            return False
        values.append(int(digits.group().replace(",", "")))
    steps = {b - a for a, b in zip(values, values[1:])}
    return len(values) >= 4 and len(steps) == 1 and steps != {0.0}


def _phone_number(line: str, cells) -> bool:
    """A phone number at a line's end ("Mobile : +41 79 103 8720"): a country code, then groups of
    bare digits, eight digits or more in all; a table's cells are no such run."""
    texts = [line[a:b] for a, b in cells]
    return len(texts) >= 3 and re.fullmatch(r"\+\d{1,3}", texts[0]) is not None \
        and all(re.fullmatch(r"\d{1,7}", t) for t in texts[1:]) and sum(len(t) for t in texts) - 1 >= 8


# "2020 (e) (p) 68 108 -40": a year's marks of an estimate or a provisional figure stay with it
_YEAR_ROW = re.compile(r"(1[89]\d\d|20\d\d)(?:[ \t\u00a0]*\([a-z]{1,3}\))*[ \t\u00a0]+(?=[+\-−–]?\d)")


def _merged_thousands(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells with every run of a 1-3 digit figure and the 3-digit groups after it, one space apart, as one."""
    merged: list[tuple[int, int]] = []
    for start, end in cells:
        if merged and re.fullmatch(r"\d{3}", line[start:end]) and line[merged[-1][1]:start] in (" ", "\u00a0", "\u202f") \
                and re.fullmatch(r"[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*", line[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _year_rows(text: str, lines: list[tuple[int, str]]) -> dict[int, tuple[str, list[tuple[int, int]]]]:
    """Rows that open on their year ("1864 4 188 419 -", "1950 8.510.240 +10,2%"), by line offset: the year
    and the cells after it. In a run of three or more such lines, thousands set off by one space are merged
    where that gives every line the same number of cells (an empty "-" counting as one) and leaving them
    apart does not."""
    found: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    run: list[tuple[int, str, str, list[tuple[int, int]]]] = []

    def close():
        if len(run) >= 3:
            width = lambda line, cells: len(cells) + (line.rstrip().endswith((" -", " –")))  # noqa: E731
            merged = [_merged_thousands(line, cells) for _, line, _, cells in run]
            apart = {width(line, cells) for _, line, _, cells in run}
            together = {width(line, cells) for (_, line, _, _), cells in zip(run, merged)}
            chosen = merged if len(together) == 1 and len(apart) > 1 else [cells for *_, cells in run]
            for (start, _, year, _), cells in zip(run, chosen):
                found[start] = (year, cells)
        run.clear()

    for index, (start, line) in enumerate(lines):
        if index and re.search(r"\n\s*\n|\f", text[lines[index - 1][0]:start]):
            close()
        year = _YEAR_ROW.match(line)
        rest = re.sub(r"\s[-–]\s*$", "", line[year.end():]) if year else ""  # "1864 4 188 419 -": an empty last cell
        label, cells = _split_cells(rest) if year else ("x", [])
        if year is None or label or not cells:
            close()
            continue
        offset = year.end()
        run.append((start, line, year.group(1), [(a + offset, b + offset) for a, b in cells]))
    close()
    return found


def _column_line(line: str) -> Column | None:
    """A header cell printed on a line of its own: a year ("2015", "2022S1") or a change ("% change")."""
    line = line.strip(" |\t")  # "2006 |": a cell of a table printed with bars
    if _YEAR.match(line):
        return Column(label=line, year=int(line[:4]), change=False, period=None, percent=False)
    if len(line) <= 30 and any(w in line.lower() for w in _CHANGE_WORDS) and not re.search(r"\d", line):
        return Column(label=line, year=None, change=True, period=None, percent="%" in line)
    if line.lower() in TOTAL_WORDS:  # "Total" after the years
        return Column(label=line, year=None, change=False, period=None, percent=False)
    return None


def _vertical_rows(text: str, lines: list[tuple[int, str]]) -> dict[int, Row]:
    """The rows of a table printed one cell per line, as pages saved as text print them:

        Table 2: Top ten countries producing asylum applicants 2014
        2015
        % change
        Eritrea
        3,233
        3,729
        +15%

    A header of column lines (two years or more, a year at the end of the title line counting), then
    groups of a label line and as many cell lines. Each cell's line is a row of one cell, of its column,
    under the title above the header."""
    found: dict[int, Row] = {}
    index = 0
    while index < len(lines):
        k = index
        columns: list[Column] = []
        while k < len(lines) and (column := _column_line(lines[k][1])) is not None \
                and not (column.year is None and not column.change and any(c.label == column.label for c in columns)):
            columns.append(column)  # a second "Total" is the first row's label
            k += 1
        if sum(c.year is not None for c in columns) + 1 < 2 or k == index:
            index = max(k, index + 1)
            continue
        above = lines[index - 1][1].strip() if index else ""
        if above.endswith("|") and index > 1:
            above = lines[index - 2][1].strip()  # "Year of application |": the label column's header, under the title
        glued = re.search(r"\s(1[89]\d\d|20\d\d)$", above)  # "Table 1: UK asylum applications 2011"
        if glued:
            columns.insert(0, Column(label=glued.group(1), year=int(glued.group(1)), change=False, period=None,
                                     percent=False))
            above = above[:glued.start()]
        elif index > 1 and len(re.findall(r"[^\W\d_]{2,}", above)) < 2:
            above = lines[index - 2][1].strip()  # "numbers" between the title and its years
        if sum(c.year is not None for c in columns) < 2:
            index = k
            continue
        title = " ".join(_TITLE_NUMBER.sub("", above).split()) or None
        years = [c.year for c in columns if c.year is not None]
        # "Total" after the years: the sum over their span
        columns = [Column(c.label, None, False, (min(years), max(years)), False) if c.label.lower() in TOTAL_WORDS
                   else c for c in columns]
        width = len(columns)
        for start, line in lines[index:k]:
            found[start] = Row(line.strip(), start, start + len(line), (), (), header=True)
        while k + width < len(lines):
            label = lines[k][1].strip(" |\t")
            if re.search(r"[^\W\d_]", label) and re.search(r"[^\W\d_]", lines[k + 1][1]) \
                    and not _split_cells(lines[k + 1][1])[1] and k + 1 + width < len(lines):
                k += 1  # "Shire counties" over "Durham": a heading of a group of rows
                continue
            cells = [lines[k + 1 + j] for j in range(width)]
            if not re.search(r"[^\W\d_]", label) or _split_cells(label)[1] \
                    or not all(_CELL.match(line.strip(" |\t")) or line.strip(" |\t") in ("-", "–", "..") for _, line in cells):
                break
            for j, (start, line) in enumerate(cells):
                if _CELL.match(line.strip(" |\t")):
                    a, b = _lone_cell(start, line)
                    found[start] = Row(label, start, start + len(line), ((a, b),), (columns[j],), title=title)
            k += 1 + width
        index = k
    return found


_NAME_CELL = re.compile(r"^\s*\|?\s*([^\W\d_][^|\d]*?)\s*\|\s*$")  # "    Autónomos  | ": a column's name on its line


def _labelled_vertical_rows(text: str, lines: list[tuple[int, str]]) -> dict[int, Row]:
    """The rows of a table printed one cell per line whose first cell shares its row label's line,
    as pages saved as text print a table with bars:

        Así se reparten los afiliados entre las comunidades autónomas:
        General  |
            Autónomos  |
            Total  |
          |
        | ANDALUCÍA | 85.400  |
            27.549  |
            112.949  |

    A header of column names, one a line (two or more), then groups of a line with the label and the
    first cell and as many lines of one cell as the header has names left. The columns name the rows'
    categories, not what they count: that is the lead sentence's ("los afiliados")."""
    found: dict[int, Row] = {}
    index = 0
    while index < len(lines):
        k = index
        while k < len(lines) and _NAME_CELL.match(lines[k][1]) and not _CELL.match(lines[k][1].strip(" |\t")):
            k += 1
        width = k - index
        if width < 2:
            index += 1
            continue
        while k < len(lines) and not lines[k][1].strip(" |\t"):
            k += 1  # "  |": the header's end
        above = [line.strip() for _, line in lines[max(0, index - 3):index]]
        lead = next((line for line in reversed(above) if line.endswith(":")), None)
        group_at = k
        while k + width <= len(lines):
            if not lines[k][1].strip(" |\t"):
                k += 1  # "  ": a line between two rows
                continue
            label, first = _split_cells(lines[k][1])
            cells = [lines[k + j][1].strip(" |\t") for j in range(1, width)]
            if len(first) != 1 or not re.search(r"[^\W\d_]", label) \
                    or not all(_CELL.match(c) or c in ("-", "–", "..") for c in cells):
                break
            label = label.strip(" |\t")
            for j in range(width):
                start, line = lines[k + j]
                if j == 0:
                    a, b = start + first[0][0], start + first[0][1]
                elif _CELL.match(cells[j - 1]):
                    a, b = _lone_cell(start, line)
                else:  # an empty cell ("-"): a line of the row with no figure
                    found[start] = Row(label, start, start + len(line), (), (), header=True)
                    continue
                found[start] = Row(label, start, start + len(line), ((a, b),), (), lead=lead)
            k += width
        if k > group_at:
            for start, line in lines[index:group_at]:
                found[start] = Row(line.strip(), start, start + len(line), (), (), header=True)
        index = max(k, index + 1)
    return found


_SPLIT_WORDS = _union(lambda lex: [*lex.words.total_words, *lex.words.sex_words, *(w.title() for w in lex.words.sex_words)])


def _splits_only(names: tuple[str | None, ...]) -> bool:
    """Whether a header's names only split a set by sex, place and total ("Total | Males | Females", "CARICOM |
    U.K | Other | U.S.A | Total"): then the caption above names what the cells count, not they."""
    named = [name for name in names if name and name.lower() not in _SPLIT_WORDS]
    places = sum(1 for name in named if _place_name(name) or _place_name(name.replace(".", "")))  # "U.K", "U.S.A"
    return not named or places * 2 > len(named)


def _spanned_years(columns: tuple[Column, ...], names: tuple[str | None, ...]) -> tuple[Column, ...] | None:
    """The columns of the cells under years that span groups of named columns, where each later year's
    group repeats the first group's last names ("2020 | 2019" over "Immigration | Emigration | Net
    immigration | Net immigration"): the first year spans three, the second one. None where they do not."""
    if len(columns) != 2:
        return None
    for split in range(1, len(names)):
        head, tail = names[:split], names[split:]
        if len(tail) <= len(head) and head[len(head) - len(tail):] == tail and all(tail):
            return (columns[0],) * split + (columns[1],) * len(tail)
    return None


def _wrapped_cell(lines: list[tuple[int, str]], index: int, rows: dict[int, Row], headings: list[str]) -> Row | None:
    """A row's last cell that the page printed on a line of its own, the row's closing bar after it
    ("| 1 | France | 257579 |" / "88.9%" / "|"): a cell of the row above, in its header's next field."""
    start, line = lines[index]
    above = rows.get(lines[index - 1][0]) if index else None
    closed = line.rstrip().endswith("|") or index + 1 < len(lines) and lines[index + 1][1].strip() == "|"
    previous = lines[index - 1][1].rstrip() if index else ""
    if above is None or above.header or not above.cells or not previous.endswith("|") or not closed:
        return None
    cell = line.strip().rstrip(" |")
    joined = f"{previous} {cell} |"
    names = _bar_names(joined, headings, [(len(previous) + 1, len(previous) + 1 + len(cell))])
    offset = start + line.index(cell)
    return Row(above.label, start, start + len(line), ((offset, offset + len(cell)),), above.columns, above.scale,
               above.currency, above.percent, above.title, names=names, lead=above.lead)


_SPAN_IN_TITLE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)(?!\d)")


def _block_rows(text: str, lines: list[tuple[int, str]]) -> dict[int, Row]:
    """The rows of a table printed one cell per line under a header of words or bands rather than
    years, each row a label line and as many cell lines as the others:

        Table 9 Moves to and from the rest of the UK/Overseas by age group: 2008-2009
        0-15
        16-24
        N
        %
        N
        %
        IN
        6,815
        15
        11,025
        24

    Two rows or more of the same width (three cells or more) make the table. Each cell is a row of one
    cell under the table's title, in a column that is a share where the header's sub-column of that
    place is "%", and that spans the title's years ("2008-2009") where the row's label is no year."""
    content = [(start, line) for start, line in lines if line.strip()]
    found: dict[int, Row] = {}

    def cell(line: str) -> bool:  # "1 476": a cell alone on its line may set its thousands off by a space
        text = re.sub(r"^([+\-−–]) (?=\d)", r"\1", line.strip(" |\t"))  # "+ 22,8", "– 9%": a change's sign set apart
        return bool(_CELL.match(text) or re.fullmatch(r"[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+", text))

    def year(line: str) -> int | None:
        return int(line.strip(" |\t")) if re.fullmatch(r"(?:1[89]|20)\d\d", line.strip(" |\t")) else None

    def width_at(k: int) -> int:
        """The number of cells of the row whose label is line ``k`` (a year's row ends at the next year)."""
        label = year(content[k][1]) if k < len(content) else None
        if k >= len(content) or cell(content[k][1]) and label is None or not re.search(r"[^\W_]", content[k][1]):
            return 0
        n = 0
        while k + 1 + n < len(content) and cell(content[k + 1 + n][1]) \
                and not (label and year(content[k + 1 + n][1]) in (label - 1, label + 1)):
            n += 1
        return n

    k = 0
    last_subs: tuple[int, list[str], str | None] = (-10, [], None)  # the last table's sub-columns and title, by the
    # index of its last line
    while k < len(content):
        width = width_at(k)
        if width < 3 or width_at(k + 1 + width) != width:
            k += 1
            continue
        first = k
        header = []
        j = first - 1
        while j >= 0 and (not cell(content[j][1]) or year(content[j][1]) and first - j <= width + 1) \
                and len(content[j][1].split()) <= 4 and first - j <= 3 * width + 10:
            header.insert(0, content[j][1].strip())
            j -= 1
        above = [content[i][1].strip() for i in range(max(0, j - 3), j + 1)]
        # the table's numbered caption names what all its blocks count ("Table 9 Moves to and from ...",
        # above "Movements to and from Overseas"), as far up as no prose stands between
        numbered = None
        for i in range(j, max(-1, j - 200), -1):
            if _TITLE_NUMBER.match(content[i][1]):
                numbered = content[i][1].strip()
                break
            if len(content[i][1].split()) >= 15:
                break
        # "(number of persons)" under the title gives the cells' unit, not what they count
        plain = [line for line in above if not (line.startswith("(") and line.endswith(")"))]
        if plain and plain[-1].endswith(".") and len(plain[-1].split()) >= 4 and not numbered:
            plain = above = []  # "Les données clés du rapport de l'OFPRA.": a sentence leads the table, no caption
        title = numbered or (plain[-1] if plain else above[-1] if above else None)
        title = " ".join(_TITLE_NUMBER.sub("", title).split()) if title else None
        subs = header[-width:] if len(header) >= width else []
        if not subs and len(header) <= 1 and first - len(header) - 1 == last_subs[0] and len(last_subs[1]) == width:
            subs, title = last_subs[1], last_subs[2]  # "Décisions" between two groups of rows under "2009" / "2008" /
            # "Variation %": the same columns
        # "2009" / "2008" / "Variation %": sub-columns that are years date their cells, and a change column
        # after them spans those years
        sub_years = [int(n.strip(" |")) if re.fullmatch(r"(?:1[89]|20)\d\d", n.strip(" |")) else None for n in subs]
        sub_span = tuple(sorted(y for y in sub_years if y)) if sum(1 for y in sub_years if y) == 2 else None
        # "CENSO 1992" / "CENSO 2001" over the sub-columns: each year spans as many of them
        years = [int(y.group(1)) for h in header[:len(header) - len(subs)] if (y := YEAR_IN_TITLE.search(h))]
        spans = width // len(years) if years and width % len(years) == 0 and subs else 0
        # under years that repeat the same sub-columns ("Población Inmigrantes Emigrantes" under each census), the
        # sub-columns' names count what they name, unless they only split a set or give a unit ("N", "%")
        repeated = bool(spans) and subs[:spans] * len(years) == subs
        # a header of names alone ("Arrivals", "Departures", "Net migration, decrease (–)") names its columns too,
        # unless it only splits a set by sex or place
        own = not spans and bool(subs) and all(re.search(r"[^\W\d_]{3}", n) for n in subs) and not _splits_only(tuple(subs))
        named = tuple(None if not (repeated or own) or not re.search(r"[^\W\d_]{3}", n) or n.lower() in _SPLIT_WORDS
                      else " ".join(re.split(r"\s*[,(]", n)[0].replace("%", " ").split()) for n in subs)
        # "Tasa %de migración": a rate; "Net migration, decrease (–)": what follows a comma says how to read the cells
        if (repeated or own) and (decided := _decided_noun(subs)):
            named = tuple(decided for _ in subs)  # "Issued", "Refused": decisions on the permits the header names
        span = _SPAN_IN_TITLE.search(title or "")
        for start, line in content[j + 1:first]:
            found[start] = Row(line.strip(), start, start + len(line), (), (), header=True)  # "0-15", "N", "%"
        # a last row with a cell for each count's sub-column only ("NET" under "IN" and "OUT" of "N" and "%"
        # pairs: a balance has no share) fills those sub-columns, in order
        counts = [n for n in range(width) if "%" not in subs[n]] if len(subs) == width else []
        while width_at(k) == width or 2 * len(counts) == width and width_at(k) == len(counts) \
                and all("%" in subs[n] for n in range(width) if n not in counts):
            places = list(range(width)) if width_at(k) == width else counts
            label = content[k][1].strip(" |\t")
            dated = bool(_YEAR.match(label))
            found[content[k][0]] = Row(label, content[k][0], content[k][0] + len(content[k][1]), (), (), header=True)
            for m, n in enumerate(places):
                start, line = content[k + 1 + m]
                a, b = _lone_cell(start, line)
                a += len(re.match(r"(?:[+\-−–] (?=\d))?", line[a - start:]).group())  # "+ 22,8": the figure after the sign
                moved = bool(subs) and sub_span is not None and any(w in subs[n].lower() for w in _CHANGE_WORDS)
                column = Column(label=subs[n] if subs else "",
                                year=years[n // spans] if spans else sub_years[n] if subs and sub_years[n] else None,
                                change=moved,
                                period=sub_span if moved else (int(span.group(1)), int(span.group(2)))
                                if span and not dated and not spans else None,
                                percent=bool(subs) and "%" in subs[n])
                found[start] = Row(label, start, start + len(line), ((a, b),), (column,), title=title,
                                   names=(named[n],) if named and named[n] else ())
            k += 1 + len(places)
            last_subs = (k - 1, subs, title)
            if len(places) < width:
                break
    return found


def _blanks(line: str, cells: list[tuple[int, int]], columns: tuple[Column, ...], *, last: bool = False,
            full: int = 0) -> str | None:
    """ "lost" for a row of single-space-separated cells that holds fewer cells than a header whose years come
    round again in groups ("Chinese 2004" ... "Chinese 1999", "Filipino 2004" ... "Filipino 1999"; "1993 1999
    1993 1999" under "Crédito Débito"): the row lost empty cells in flattening and nothing shows in which group,
    so none of its cells can be matched to a year ("Government 1 2 2 145 60 30 43 58 43" under twelve columns).
    Under one run of years a shorter row is a series that starts later, and takes the last columns. "cut" for a
    short row on the text's last line under such a run (or under years that span the rows' cells, "1991 (%) 2001
    (%) 2010 (%)" over six): the stored copy breaks off in it, and the cells it prints are the first."""
    years = [c.year for c in columns]
    if not cells or "|" in line or not years or not all(years) or len(cells) >= max(full, len(columns)):
        return None
    body = line[cells[0][0]:cells[-1][1]]
    if len(set(years)) < len(years) and len(cells) < len(columns):
        return "lost" if re.fullmatch(r"[\d,.]+(?: [\d,.]+)*", body) else None
    return "cut" if last else None


@lru_cache(maxsize=4)
def find_rows(text: str) -> Mapping[int, Row]:
    """Table rows by the offset of their line (read once per text: the tokenizer's table cells
    and the fact readers both ask)."""
    rows: dict[int, Row] = {}
    columns: tuple[Column, ...] = ()
    caption: tuple[int, str | None, bool] = (1, None, False)
    title: str | None = None
    headers: set[int] = set()  # offsets of header lines
    headings: list[str] = []  # the lines of words above the rows, nearest first
    earlier_leads: list[str] = []  # the lines ending in a colon above the blank lines before the rows, nearest first
    block_first, scale_title = "", None  # "Population, 2016, by migrant background" / "in 1,000"
    numbered_caption: str | None = None  # the last numbered caption, until prose
    dated_title: str | None = None  # a dated caption over a table of no header of years, up to a blank line
    after_prose = False  # the line before is prose
    header_name = ""  # what a header names: its words before the years, or the line of words above it
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n\f]+", text)]
    year_rows = _year_rows(text, lines)
    vertical = _block_rows(text, lines) | _vertical_rows(text, lines) | _labelled_vertical_rows(text, lines) \
        | _vertical_ranking(text, lines)
    shares = False  # a "Total 100.0" row made the rows of its table shares
    inferred = False
    categories = False
    ranking = False  # under a ranking's header ("Rank Country Value Year")
    header_at, body, width = -10, False, 0  # the index of the last header line; whether a row followed it; its cells
    sub_names: tuple[int, tuple[str, ...]] = (-10, ())  # the sub-columns' names repeated under the header at that index
    for index, (start, line) in enumerate(lines):
        if start in vertical:
            rows[start] = vertical[start]
            continue
        # the lines between a header and its first row (sub-headers, rules, blank lines) do not end the table
        pending = bool(columns) and not body and index - header_at <= 5
        blank = bool(index) and re.search(r"\n\s*\n|\f", text[lines[index - 1][0]:start]) is not None
        # "Total 100.0 100.0" after a blank line under "Philippines 1,747 890": rows of as many cells go on the table
        if blank and not pending and not (columns and body and len(_split_cells(line)[1]) == width):
            # the lines that opened lists above stay known past it, up to prose: "Solicitudes presentadas:" / ... / "" /
            # "Comunidad Autónoma:" / "Andalucía: 2.662"
            earlier_leads = [h for h in headings if h.rstrip().endswith(":")] + earlier_leads
            columns, title, headings, ranking = (), None, [], False  # a blank line or a page ends a table
            dated_title = None
        if not index or blank or after_prose:
            block_first = line  # a blank line or prose ("Fuente: elaboración de ... (INE).") opens a block
        after_prose = False
        if columns and index and lines[index - 1][0] in headers:
            split = _split_years(columns, line)  # "Jan Feb  Jan-Feb" under the years
            if split is not None:
                columns = split
                continue
        if _TITLE.match(line):
            # "CUADRO N° A-4.2.4 PERU: MIGRANTES RECIENTES ENTRE DEPARTAMENTOS," / "MATRIZ DE ORIGEN Y DESTINO": the
            # caption, wrapped at its comma, names what the rows of no header under it count
            numbered_caption = _TITLE.match(line).group(1).strip()
            if numbered_caption.endswith(",") and index + 1 < len(lines) and not re.search(r"\d", lines[index + 1][1]):
                numbered_caption = f"{numbered_caption} {lines[index + 1][1].strip()}"
            ranking = False
            caption = _caption(line) or (1, None, False)  # a new table's title: the scale above an earlier one is not its
        marks = _mark_header(line)
        if marks:  # "n %   n %" under "Année Français Anglais": the caption above names what the cells count
            headers.add(start)
            columns, header_at, body, inferred, ranking = marks, index, False, False, False
            categories = False
            title = _caption_above(lines, index)
            continue
        if _ranking_header(line):
            headers.add(start)
            columns, title, ranking, header_at, body, inferred = (), None, True, index, False, False
            categories = False
            noted = next((m for _, above in reversed(lines[max(0, index - 15):index])
                          if (m := _BRACKETED_CURRENCY.search(above))), None)
            if noted:  # a caption's scale above the ranking still holds
                caption = (caption[0], _PRICES.get(noted.group(1).lower()), False)
            continue
        stacked = _stacked_header(lines, index)
        if stacked is not None:  # "Chinese" / "2004" / "Chinese" / "2003" ...: a column's name over its year, line by line
            columns, ranking, body, inferred = stacked, False, False, False
            header_at = index + 2 * len(stacked) - 1
            headers.update(lines[k][0] for k in range(index, header_at + 1))
            title = _numbered_caption_above(lines, index)
            categories = _label_dimension(lines[index][1], title)
            continue
        if start in headers:
            continue  # a later line of a stacked header
        split_by = _dimension_caption(lines, index)
        if split_by is not None:  # "Industry: Banking Construction ..." under "Table 4.26 Permits ..., by Month and Industry"
            scale_title, headings = split_by, [line, *headings]
            continue
        header = _header(line) or _unit_header(line) or _month_header(line) or _quarter_header(line) \
            or _month_range_header(line)
        if header:
            headers.add(start)
            columns, ranking = header, False
            if "|" in line and _named_fields([f.strip() for f in line.split("|") if f.strip()]):
                sub_names = (index, tuple(c.label for c in header))  # the fields name what their cells hold
            header_at, body = index, False
            header_name = _header_name(line, lines[index - 1][1] if index and start - lines[index - 1][0] - len(
                lines[index - 1][1]) == 1 else "")
            above = _TITLE.match(lines[index - 1][1]) if index else None
            title = above.group(1).strip() if above and "\n\n" not in text[lines[index - 1][0]:start] else None
            own = line.split("|")[0].strip()
            if "|" in line and re.search(r"[^\W\d_]", own) and not YEAR_IN_TITLE.search(own) \
                    and all(_YEAR.match(f.strip()) for f in line.split("|")[1:] if f.strip()):
                title = own  # "In-migration and out-migration, by citizenship | 2020 | 2019 |": the title in the labels' field
            inferred, categories = False, False
            if title is None and index:
                title = _title_above(text, lines, index)
                inferred = title is not None
            if title is None and index and all(c.year is None for c in header):
                # "Population selon le lieu de naissance en 2021" above "Effectif (en milliers) Part (en %)"
                heading = lines[index - 1][1].strip()
                figures = [heading[a:b] for a, b in _split_cells(heading)[1] if not _YEAR.match(heading[a:b])]
                title = heading if not figures and len(YEAR_IN_TITLE.findall(heading)) == 1 else None
            continue
        chart = _chart(line)
        if chart:
            label, cells = chart
            rows[start] = Row(label, start, start + len(line), tuple((start + a, start + b) for a, b in cells), (),
                              chart=True)
            continue
        label, cells = _split_cells(line)
        words = [label] if (BAND_LABEL.fullmatch(label) or SPAN_LABEL.fullmatch(label)) and "|" in line \
            else re.findall(r"[^\W\d_]+", label)
        # "20 – 29 | 1 |", "2004 | 26776 | 19354 |": the row of an age band or a year in a table set off by bars
        dated = start in year_rows  # "1878 4 550 699 +8,6%": a row that opens on its year
        if dated:
            label, cells = year_rows[start]
            words = [label]
        wrapped_cell = _wrapped_cell(lines, index, rows, headings) if len(cells) == 1 and not words else None
        if wrapped_cell is not None:
            rows[start] = wrapped_cell
            continue
        if not label and len(cells) >= 2 and columns and header_name and index and lines[index - 1][0] in headers:
            label, words = header_name, re.findall(r"[^\W\d_]+", header_name)  # a chart's values under its years
        if not cells or is_scale_caption(line):
            if not cells:
                headings.insert(0, line)
                headings = _unwrapped_header(lines, index, headings)
            found = _caption(line)
            # "Number (In thousands)" between a row and a blank line: the unit of the row above it, named by its scale
            closing = re.fullmatch(r"\s*[^\W\d_]+\s+\([^()]*\)\s*", line) is not None \
                and (index + 1 == len(lines) or "\n\n" in text[start:lines[index + 1][0]])
            if found and found[0] != 1 and (re.fullmatch(r"\s*\([^()]*\)\.?\s*", line) or closing) and index \
                    and lines[index - 1][0] in rows:
                # "(données en milliers)." under the rows it scales: the rows just above, up to a line that is none
                k = index - 1
                while k >= 0 and lines[k][0] in rows:
                    above = rows[lines[k][0]]
                    if above.scale == 1 and not above.percent and not above.chart:
                        rows[lines[k][0]] = dataclasses.replace(above, scale=found[0], currency=found[1])
                    k -= 1
                continue
            if found:
                caption = found
                # the first line of the caption's block names the table, with its year
                scale_title = block_first if (is_scale_caption(line) or found[2]) and block_first != line \
                    and YEAR_IN_TITLE.search(block_first) else None
                numbered = _TITLE.match(scale_title) if scale_title else None
                scale_title = numbered.group(1).strip() if numbered else scale_title  # "Figure 1 – Immigrés ..."
            elif (len(line) > 80 or line.rstrip().endswith(".")) and re.search(r"[^\W\d_]{3}", line) and "|" not in line:
                # prose, not a rule ("+---+") or a header set off by bars
                caption, scale_title, shares, numbered_caption = (1, None, False), None, False, None  # prose ends what a caption said
                after_prose = line.rstrip().endswith(".")  # a sentence, not a long caption
                earlier_leads = []
        if not cells or not words or words[-1].lower() in _FUNCTION_WORDS and not label.isupper() or label.endswith((".", ",", ";")):
            # "Number (In thousands)" under a row, "Other Countries in East Asia (China," wrapped over its cells
            wrapped = body and index + 1 < len(lines) and len(_split_cells(lines[index + 1][1])[1]) == width
            # under the header, a rule ("-----") or a line of sub-headers set off by bars keeps it; words alone end it
            ruled = pending and (re.fullmatch(r"[\s\-=_|+]*", line) is not None or "|" in line
                                 or re.match(r"\s*(?:sources?|fuentes?)\s*:", line, re.I) is not None  # "Source: ..."
                                 or _repeats(line, len(columns))
                                 or _labels_field(lines, index, len(columns))
                                 or index - header_at == 1 and len(line.split()) <= 3 and line.strip()[:1].islower())
            # (the last: "of totals*", a header's field wrapped onto the next line)
            # between the rows of a table set off by bars, a rule ("---|"), an empty row ("| | | |") or a group's
            # heading ("Selected citizenship | | | |") keeps it
            ruled = ruled or body and "|" in line and re.fullmatch(r"[^|\d]*[|\s\-=_+]*", line) is not None
            columns = () if not cells and not ruled and not _caption(line) and not wrapped else columns
            if pending and columns and _sub_names(line, len(columns)):
                sub_names = (header_at, _sub_names(line, len(columns)))
            continue
        subs = sub_names[1] if sub_names[0] == header_at and columns else ()
        if subs and len(cells) > len(subs):
            cells = _regroup(line, cells, len(subs))  # "1 808 2 869 708 ..." under "Dossiers Bénéficiaires" in each year
            if len(cells) != len(subs):
                continue  # "1 164 1 991 451 670 ...": groups that read as the sub-columns' figures in more ways than one
        elif columns and len(cells) > len(columns):
            cells = _regroup(line, cells, len(columns))
        # a year's row keeps its cells, unless more than its header's columns ("1990 2 711 12,0   17 411 77,1")
        cells = cells if dated and not (columns and len(cells) > len(columns)) else _spaced_thousands(line, cells)
        if _axis(line, cells) or _running_header(line, cells) or _phone_number(line, cells):
            continue
        if dated and not columns and scale_title is None and block_first != line and not _split_cells(block_first)[1]:
            scale_title = block_first.replace("|", " ").strip()  # "Population historique" above "An Pop. ±%"
        bar_names = _bar_names(line, headings, cells)  # "| 1 | France | 257579 |" under "| Valeur | Modalité | Cas |"
        if len(cells) >= 2 or columns or dated or any(bar_names) or ((len(words) >= 2 or _row_run(lines, index, text) >= 3)
                                          and _is_row_line(line) and _in_list(text, lines, index)):
            if not columns and scale_title is None and "|" in line and block_first != line \
                    and ("|" in block_first or block_first in headings[:6] and not block_first.rstrip().endswith(".")) \
                    and YEAR_IN_TITLE.search(block_first) \
                    and not _split_cells(block_first.replace("|", " "))[1]:
                # "Immigrants by country of birth on 1 January 2009, main countries | |||" above the cells of a
                # table printed with bars, or "Work Permits ... Granted, by Age, Industry and Nationality, 2017(1-4)"
                # a few lines over its header: the table's caption, with its date
                scale_title = block_first.replace("|", " ").strip()
            if not columns and scale_title is None and numbered_caption is None and not (index and lines[index - 1][0] in rows):
                # a dated title over the table's header of words; a group's heading between its rows ("Comarcas") keeps it
                dated_title = _dated_caption_above(lines, index, rows) or (dated_title if _group_heading(lines, index, rows) else None)
            # "En la tabla que sigue se resumen los afiliados ...:" above a header of words: the lead of the table
            lead = next((h for h in headings[:3] if h.rstrip().endswith(":")), None)
            if lead is None and headings and _BLOCK_HEADING.fullmatch(headings[0].strip()):
                lead = headings[0]  # "TASA DE RECONOCIMIENTO" / "Eritrea: 100,00 %": a heading in capitals opens the list
            leads = tuple(h for h in headings[:8] if h.rstrip().endswith(":")) + tuple(earlier_leads[:8])
            # a header set off by bars names what its columns count ("Immigration | Emigration"), unless a lead
            # sentence does, or a caption does over names that only split its set ("Total | Males | Females")
            names = (subs if len(subs) == len(cells) else ()) \
                or (_cell_names(line, headings, len(cells)) if _names_columns(label) else ()) \
                or (bar_names if lead is None and ((title if columns else scale_title) is None
                                                   or not _splits_only(bar_names)) else ())
            texts = [line[a:b] for a, b in cells if a < b]
            if [w.lower() for w in words] in (["total"], ["ensemble"]) and texts \
                    and all(re.fullmatch(r"100(?:[.,]0+)?", t) for t in texts):
                shares = True  # "Total 100.0 100.0": the rows of the block are shares of that total
            if names and columns and len(names) == len(cells) > len(columns) and all(c.year for c in columns):
                columns = _spanned_years(columns, names) or columns
            scale, currency, percent = caption
            inside = re.findall(r"(?<=\d )([^\W\d_]+)(?= )", line[cells[0][0]:cells[-1][1]]) if cells else []
            if scale == 1 and currency is None and len(inside) == 1 and inside[0].lower() in _SCALE_UNITS:
                scale, currency = _SCALE_UNITS[inside[0].lower()]  # "5,235 5,403 mdd + 3.2%": the row's scale of money
            above = width if body else 0  # the cells of the rows above it in the table
            body, width = True, len(cells)
            ranked = _ranked_columns(line, cells) if ranking else None
            rows[start] = Row(label, start, start + len(line), tuple((start + a, start + b) for a, b in cells), ranked or columns,
                              scale, currency, percent or shares, title if columns else scale_title or numbered_caption or dated_title,
                              names=names, blanks=(blanks := _blanks(line, cells, ranked or columns,
                                                                     last=index == len(lines) - 1, full=above)),
                              full=max(above, len(columns)) if blanks == "cut" else 0,
                              lead=lead, leads=leads, inferred=inferred and bool(columns), categories=categories and bool(columns),
                              share_last=not columns and _share_last(lines, index, rows))
    return MappingProxyType(rows)
