"""segment: Document -> Segmentation.

Headings are lines, so sections are found line by line. Each line is
stripped of its numbering and list markers and compared with the heading
vocabulary in ``rules/sections.json`` and the area and objective titles in
``rules/gcm.json``. The sections partition the text: each runs from its
heading to the next heading, so no two overlap and every character belongs
to exactly one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..models import Document, Section, Segmentation
from ..rules import COMMON, OBJECTIVE_AREA, lexicons

# A line's leading list marker ("- ", "• ") and numbering ("1", "1.", "I.", "2.1", "a)", "(b)").
_MARKER = re.compile(
    r"^\s*(?:[-–•*]\s*)?"
    r"(?P<num>\(?(?:[a-hA-H]|[ivxIVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)(?:[.):]|\s+[-–]\s+|(?=\s)))?\s*"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _words_of(listed) -> str:
    """A regex alternation of the words every language lists under one key."""
    words = {w for lex in lexicons() for w in listed(lex)}
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# Headings are read with the words of every language: a review compiled from contributions
# may carry headings in several ("Objetivo 10", "Objectif 15").
OBJECTIVE_WORDS = _words_of(lambda lex: lex.gcm.objective_words)
_GCM_WORDS = _words_of(lambda lex: lex.gcm.gcm_words)
_AREA_WORDS = _words_of(lambda lex: lex.gcm.area_words)
_GCM_LINKS = "|".join(r"\s+".join(map(re.escape, w.split())) for w in COMMON.words.gcm_word_links)  # "del", "du"
# "(GCM Objectives: 4, 8, 9)", "(Objetivos del PMM: 2, 5)", "(Objectifs du PMM : 1, 3)"
_OBJECTIVES_LIST = re.compile(
    rf"\(?\s*(?:(?:{_GCM_WORDS})\s+)?(?:{OBJECTIVE_WORDS})\b(?:\s+(?:{_GCM_LINKS})\s+(?:{_GCM_WORDS}))?\s*:?",
    re.I,
)
_SECTION_WORDS = {
    kind: frozenset(w for lex in lexicons() for w in getattr(lex.sections, kind)) for kind in ("contents", "front", "back")
}
_SUBSECTIONS = {
    name: frozenset(w for lex in lexicons() for w in getattr(lex.sections.subsections, name))
    for name in ("trends", "progress", "best_practices", "challenges", "next_steps", "other")
}


# "........ 12", "…… 12": dot leaders before a page number (no backtracking over long runs of dots).
_DOT_LEADERS = re.compile(r"(?:(?<!\.)\.{3,}|(?<!…)…+)\s*\d{1,3}\s*$")
_TOC_TITLE_END_WORDS = frozenset(w for lex in lexicons() for w in lex.words.toc_title_end_words)


def is_toc_entry(line: str) -> bool:
    """A table-of-contents line: a title of some words, then its page number.

    Dot leaders settle it. Without them, a line of running text may end with a
    number too ("took part in 14"), so the title must look like one: at least
    three words, not ending in a function word or comma, no other number
    after its first two words.
    """
    line = line.strip()
    if _DOT_LEADERS.search(line):
        return True
    match = re.match(r"^(?P<title>.*\S)\s+\d{1,3}$", line)
    if not match:
        return False
    title = match.group("title")
    words = title.split()
    if len(_words(title)) < 3 or title.endswith((",", ":", ";")) or words[-1].lower() in _TOC_TITLE_END_WORDS:
        return False
    return not any(re.search(r"\d", w) for w in words[2:])


def _ends_with_page(line: str) -> bool:
    return bool(re.search(r"[^\W\d_][^\d]*\s\d{1,3}\s*$", line))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


# Area titles in every language, as words: (area, words of its title).
_AREA_TITLES = [(int(area), _words(title)) for lex in lexicons() for area, title in lex.gcm.areas.items()]


@dataclass(frozen=True)
class _Heading:
    kind: str  # contents, area, objective, front, back, subsection
    start: int  # offset of the heading's first line
    end: int  # offset just after its last line
    text: str
    area: int | None = None
    objective: int | None = None
    subsection: str | None = None
    empty_objectives_list: bool = False


class Lines:
    """The lines of a text (split at line breaks and page breaks), found by offset."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int]] = []
        start = 0
        for match in re.finditer(r"[\n\f]", text):
            self.spans.append((start, match.start()))
            start = match.end()
        self.spans.append((start, len(text)))
        self._starts = [start for start, _ in self.spans]
        self._toc: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> str:
        if not 0 <= i < len(self.spans):
            return ""
        start, end = self.spans[i]
        return self.text[start:end]

    def index(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def start(self, offset: int) -> int:
        return self.spans[self.index(offset)][0]

    def is_toc(self, offset: int) -> bool:
        """Whether the line at ``offset`` is an entry of a table of contents: dot leaders,
        or a title and page number among lines that are blank or entries too (a wrapped
        paragraph line may end in a number)."""
        i = self.index(offset)
        if i not in self._toc:
            line = self[i]
            entry = len(line) <= 200 and is_toc_entry(line)
            if entry and not _DOT_LEADERS.search(line):
                # Among lines that are blank or entries too, and with another entry near: a single
                # line that ends with a figure is a sentence, not a contents.
                near = [self[j] for j in (i - 2, i - 1, i + 1, i + 2)]
                entry = all(not n.strip() or (len(n) <= 200 and is_toc_entry(n)) for n in (self[i - 1], self[i + 1])) \
                    and any(n.strip() and len(n) <= 200 and is_toc_entry(n) for n in near)
            self._toc[i] = entry
        return self._toc[i]


def _strip_marker(line: str) -> tuple[str, str | None]:
    match = _MARKER.match(line)
    rest = line[match.end():].strip() if match else line.strip()
    number = match.group("num") if match else None
    return rest.rstrip(":").strip(), (number.strip("().:–- ") if number else None)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if len(w) >= 5]


def _area_from_title(words: list[str]) -> int | None:
    """The area whose title these words begin (at least two words, up to six compared), or
    whose title they word a little differently ("Proteger a las personas migrantes mediante
    medidas ..."): the title's first four content words in order among the first eight, the
    first of them first."""
    if len(words) < 2:
        return None
    for area, title in _AREA_TITLES:
        n = min(len(words), len(title), 6)
        if words[:n] == title[:n]:
            return area
    heading = _content(words)[:8]
    for area, title in _AREA_TITLES:
        wanted = _content(title)[:4]
        if len(wanted) == 4 and heading[:1] == wanted[:1] and _in_order(wanted, heading):
            return area
    return None


def _in_order(wanted: list[str], words: list[str]) -> bool:
    found = iter(words)
    return all(any(w == x for x in found) for w in wanted)


def _area_heading(line: str) -> int | None:
    """The area of an area heading line ("2 Protecting migrants ...", "Thematic area 2",
    "II. Thematic area 1: Ensuring ...", a document's own numbering before the area's)."""
    area = _area_heading_text(line.strip(" -–•*#"))
    if area is None:
        rest, number = _strip_marker(line.strip(" -–•*#"))
        if number and re.match(rf"(?:{_AREA_WORDS})\s", rest, re.I):
            area = _area_heading_text(rest)
    return area


def _area_heading_text(clean: str) -> int | None:
    match = re.match(
        rf"^(?:{_AREA_WORDS})?\s*(?P<num>[1-4]|iv|i{{1,3}})\b\s*[.):–-]?\s*(?P<rest>.*)$",
        clean,
        re.I,
    )
    if match:
        number = match.group("num").lower()
        number = _ROMAN.get(number, int(number) if number.isdigit() else None)
        title = _OBJECTIVES_LIST.split(match.group("rest"), maxsplit=1)[0]
        area = _area_from_title(_words(title))
        if area is not None:
            return area
        prefixed = re.match(rf"^(?:{_AREA_WORDS})\s", clean, re.I)
        if prefixed and not _words(title):
            return number
    # A heading may carry the title alone, with no number.
    words = _words(_OBJECTIVES_LIST.split(clean, maxsplit=1)[0])
    if len(words) >= 5 and len(clean) < 200:
        area = _area_from_title(words)
        if area is not None:
            return area
    # ... or a title of its own, and the list of its objectives: "Movilidad laboral (Objetivos
    # del PMM: 2, 5, 6, 12, 18)". The objectives tell the area.
    before = _OBJECTIVES_LIST.split(clean, maxsplit=1)[0]
    if before != clean and _words(before) and _heading_like(before):
        return _listed_area(clean)
    return None


def _listed_area(line: str) -> int | None:
    """The area of a list of objectives ("(Objetivos del PMM: 2, 5, 6, 12 y 18)") whose
    numbers, two or more, all belong to one area."""
    match = _OBJECTIVES_LIST.search(line)
    if not match or not re.search(rf"[(:]|{_GCM_WORDS}", match.group(), re.I):
        return None  # "... work on objectives 14 and 19" ends a sentence, not a heading
    rest = line[match.end():]
    if not re.fullmatch(r"(?:[\d\s,;)–-]|\b(?:y|e|et|and)\b|&)*", rest, re.I):
        return None  # words after the list, or a full stop: the end of a sentence
    numbers = [int(n) for n in re.findall(r"\d{1,2}", rest)]
    areas = {OBJECTIVE_AREA.get(n) for n in numbers}
    return areas.pop() if len(numbers) >= 2 and len(areas) == 1 and None not in areas else None


def _heading_like(line: str) -> bool:
    """A line that could be a heading: short, no sentence's end, a capital or numbering first."""
    rest, _ = _strip_marker(line.strip())
    return 0 < len(rest) <= 200 and not rest.endswith((".", ",", ";")) and (rest[:1].isupper() or rest[:1].isdigit())


_OBJECTIVE_HEADING = re.compile(
    rf"^\s*(?:[-–•]\s*)?(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:(?:{_GCM_WORDS})\s+)?(?:{OBJECTIVE_WORDS})\s+"
    r"(?:(?:no|n°|nº)\.?\s*)?(?P<num>\d{1,2})\s*(?:(?P<sep>[:.\-–—)])\s*(?P<rest>.*))?$",
    re.I,
)


def _objective_heading(line: str) -> int | None:
    match = _OBJECTIVE_HEADING.match(line)
    if not match or len(line) > 300:
        return None
    number = int(match.group("num"))
    if number not in OBJECTIVE_AREA:
        return None
    rest = (match.group("rest") or "").strip()
    if match.group("sep") == "." and rest and len(rest.split()) > 25:
        return None  # "Objective 6. The ministry has ..." starts a paragraph
    return number


def _vocab_name(name: str, vocab: dict[str, list[str]]) -> str | None:
    """The name whose words a heading is, or begins with before a short tail ("Desafíos para la
    integración", "Retos y próximos pasos": the first named wins)."""
    words = _words(name)
    key = " ".join(words)
    for normal, variants in vocab.items():
        if key in variants:
            return normal
    if len(words) > 6 or re.search(r"\d", name):
        return None
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        for normal, variants in vocab.items():
            if head in variants:
                return normal
    return None


def _classify(line: str, in_body: bool) -> _Heading | None:
    """What heading, if any, this single line is (offsets filled in by the caller)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return None
    rest, number = _strip_marker(stripped)
    key = " ".join(_words(rest))
    if key in _SECTION_WORDS["contents"] and len(rest) < 40:
        return _Heading("contents", 0, 0, stripped)
    if is_toc_entry(stripped):
        return None
    area = _area_heading(stripped)
    if area:
        return _Heading("area", 0, 0, stripped, area=area)
    objective = _objective_heading(stripped)
    if objective:
        return _Heading("objective", 0, 0, stripped, area=OBJECTIVE_AREA[objective], objective=objective)
    if len(rest) > 80 or rest.endswith((".", ";", ",")) or rest[-1:].isdigit():
        return None
    if number is not None and re.fullmatch(r"[IVX]{1,4}", number) and rest[:1].isupper() and len(rest.split()) <= 10:
        # "IV. Retos identificados", "V. Próximos pasos": a part of the report numbered as its areas
        # would be, before the areas or objectives (front matter) or after them (back matter)
        return _Heading("back" if in_body else "front", 0, 0, stripped)
    if key in _SECTION_WORDS["back"]:
        return _Heading("back", 0, 0, stripped)
    if not in_body and key in _SECTION_WORDS["front"]:
        return _Heading("front", 0, 0, stripped)
    name = _vocab_name(rest, _SUBSECTIONS)
    if name:
        return _Heading("subsection", 0, 0, stripped, subsection=name)
    lettered = number is not None and re.fullmatch(r"[a-hA-H]", number)
    if in_body and lettered and rest[:1].isupper() and len(rest.split()) <= 6:
        return _Heading("subsection", 0, 0, stripped, subsection="other")
    return None


def _continues_area_heading(line: str, area: int, heading: str) -> bool:
    """Whether ``line`` is the rest of a split area heading or its objectives list."""
    stripped = line.strip()
    if not stripped or _objective_heading(stripped):
        return False  # "Objective 2: Minimize ..." starts a section of its own
    if _OBJECTIVES_LIST.match(stripped):
        return True
    if _OBJECTIVES_LIST.search(heading):
        # The list itself may wrap: "(GCM Objectives:" / "2, 5, 6, 12, 18)".
        return not heading.rstrip().endswith(")") and bool(re.fullmatch(r"[\d,;\s]+\)?", stripped))
    before_list = _OBJECTIVES_LIST.split(stripped, maxsplit=1)[0]
    if before_list != stripped and not _words(before_list):
        return False
    seen, words = _words(heading), _words(before_list)[:4]
    for number, title in _AREA_TITLES:
        if number != area:
            continue
        # Where the heading so far stops in the title: its longest ending that begins the title.
        position = next((k for k in range(min(len(seen), len(title)), 0, -1) if seen[-k:] == title[:k]), 0)
        if words and title[position:position + len(words)] == words:
            return True
    return False


def _number_column_contents(lines: Lines) -> dict[int, int]:
    """Tables of contents set in two columns, the titles above and their page numbers in a
    column of bare numbers below ("Objetivo 10", "Objetivo 15", …, "4", "5", "7"): first line
    -> last line. The numbers rise, and at least two of the titles are headings of the review."""
    blocks: dict[int, int] = {}
    i = 0
    while i < len(lines):
        numbers, j, last = [], i, i
        while j < len(lines) and (not lines[j].strip() or re.fullmatch(r"\d{1,3}", lines[j].strip())):
            if lines[j].strip():
                numbers.append(int(lines[j]))
                last = j
            j += 1
        rising = len(numbers) >= 3 and numbers[0] <= numbers[1] <= numbers[2]
        if not rising:
            i = max(j, i + 1)
            continue
        first, titles, headings = i, 0, 0
        # A title per number, give or take the contents' own heading; not the review's title.
        while first > 1 and titles <= len(numbers) + 1:
            above = lines[first - 1].strip()
            if above and (len(above) > 80 or above.endswith(".")):
                break
            first -= 1
            titles += bool(above)
            headings += bool(above) and _classify(above, in_body=False) is not None
        if headings >= 2:
            while first < i and not lines[first].strip():
                first += 1
            blocks[first] = last
        i = j
    return blocks


def segment(document: Document) -> Segmentation:
    """Split a document into sections (see ``Section``) and notes for its message."""
    lines = Lines(document.text)
    columns = _number_column_contents(lines)
    headings: list[_Heading] = []
    notes: list[str] = []
    in_body = False  # inside an area or objective section
    seen_structure = False
    in_contents = False
    i = 0
    while i < len(lines):
        line = lines[i]
        start, end = lines.spans[i]
        if in_contents:
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if not line.strip() or _ends_with_page(line) or (len(line) < 120 and _ends_with_page(following)):
                i += 1
                continue  # an entry, or the first line of one that wraps
            in_contents = False
            if _classify(line, in_body) is None:
                # The contents end where their entries do: what follows is front matter again.
                headings.append(_Heading("front", start, start, ""))
        if i in columns:
            last = columns[i]
            headings.append(_Heading("contents", start, end, line.strip()))
            in_body, in_contents, i = False, True, last + 1
            continue
        heading = _classify(line, in_body)
        if heading is None and _heading_like(line) and not is_toc_entry(line):
            area = _listed_area(lines[i + 1]) if _OBJECTIVES_LIST.match(lines[i + 1].strip()) else None
            heading = _Heading("area", 0, 0, line.strip(), area=area) if area else None  # the title, then its list
        if heading is None:
            i += 1
            continue
        if heading.kind == "subsection" and not seen_structure and not in_body:
            # "Challenges" before any area is front matter of its own.
            heading = _Heading("front", 0, 0, heading.text)
        last = i
        text = line.strip()
        if heading.kind == "area":
            # The title may run over the next lines, then "(GCM Objectives: ...)".
            while last + 1 < len(lines) and _continues_area_heading(lines[last + 1], heading.area, text):
                last += 1
                text = f"{text} {lines[last].strip()}"
        end = lines.spans[last][1]
        empty_list = heading.kind == "area" and bool(
            re.search(rf"(?:{OBJECTIVE_WORDS})(?:\s+\S+\s+(?:{_GCM_WORDS}))?\s*:?\s*\)?\s*$", text, re.I)
        )
        headings.append(
            _Heading(
                heading.kind, start, end, text, heading.area, heading.objective,
                heading.subsection, empty_list,
            )
        )
        if heading.kind == "contents":
            in_contents = True
        if heading.kind in ("area", "objective"):
            in_body = seen_structure = True
        elif heading.kind in ("back", "front", "contents"):
            in_body = False
        i = last + 1

    sections = _sections(document.text, headings)
    for h in headings:
        if h.empty_objectives_list:
            notes.append(f"area {h.area} heading announces GCM objectives but lists none")
    warnings = []
    if not seen_structure:
        warnings.append("no thematic area or objective headings found: all text is kept without area")
    return Segmentation(tuple(sections), tuple(notes), tuple(warnings))


def _sections(text: str, headings: list[_Heading]) -> list[Section]:
    sections: list[Section] = []
    area = objective = None

    def add(kind, start, end, heading, h_start, h_end, area, objective, subsection):
        if end <= start or (not heading and not text[start:end].strip()):
            return
        sections.append(
            Section(
                section_id=f"s{len(sections) + 1:02d}",
                kind=kind,
                area=area,
                objective=objective,
                subsection=subsection,
                heading=heading,
                char_start=start,
                char_end=end,
                heading_start=h_start,
                heading_end=h_end,
            )
        )

    first = headings[0].start if headings else len(text)
    add("front", 0, first, "", 0, 0, None, None, None)
    for index, h in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        if h.kind in ("area", "objective"):
            area, objective = h.area, h.objective
        elif h.kind in ("front", "back", "contents"):
            area = objective = None
        subsection = h.subsection if h.kind == "subsection" else None
        kind = h.kind if h.kind != "subsection" or area is not None else "back"
        add(kind, h.start, end, " ".join(h.text.split()).lstrip("-–•* "), h.start, h.end, area, objective, subsection)
    if sections and sections[0].char_start > 0:
        # Blank space before the first heading belongs to it rather than to a section of its own.
        sections[0] = replace(sections[0], char_start=0)
    return sections
