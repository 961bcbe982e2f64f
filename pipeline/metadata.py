"""Review metadata: which country wrote a review, and for which review and year.

    read_metadata: Document -> ReviewMetadata (from the title and opening text)
    MetadataFile.load: raw/metadata.csv -> the values a user or sync wrote down
    MetadataFile.apply: Extraction -> Extraction (a value in the file always wins)

The text decides only where it says so: a country counts when the title or
the opening names it as the author ("review by Japan", "Informe nacional de
Guatemala", "Rapport du Gouvernement du Sénégal", "JAPAN" alone on a line),
never when it is named in passing ("cooperation with Viet Nam"). Two
candidates are as good as none: the value stays empty. The cue words are data
in ``rules/review.json``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pycountry

from .countries import Country, lookup, matches
from .models import REVIEW_KINDS, STATUS_OK, STATUS_WARNING, Document, Extraction, ReviewMetadata
from .rawdir import METADATA_COLUMNS, file_dates
from .rules import read_json

OPENING_CHARS = 1500  # how much of the text is the "opening": the title page and the first paragraph or two


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (offsets stay valid)."""
    return "".join(
        (unicodedata.normalize("NFKD", ch)[:1] or ch).lower() if not ch.isascii() else ch.lower() for ch in text
    )


def _phrases(words: list[str]) -> str:
    """An alternation of phrases whose words may be joined by any spaces or punctuation."""
    return "|".join(r"\W+".join(map(re.escape, p.split())) for p in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Cues:
    author_before: re.Pattern  # ends just before the author: "report of the ", "informe nacional de "
    author_after: re.Pattern  # starts just after it: "'s report", " – Voluntary GCM Review", " Government"
    demonym_before: re.Pattern  # "gouvernement " before "japonais"
    kinds: dict[str, re.Pattern]
    rounds: dict[str, int]


@cache
def _cues() -> _Cues:
    rules = read_json("review.json")
    languages = [v for k, v in rules.items() if not k.startswith("_")]
    words = {key: [w for lang in languages for w in lang[key]] for key in
             ("authored", "modifiers", "links", "articles", "imrf", "regional", "gcm_review")}
    authored, modifiers = _phrases(words["authored"]), _phrases(words["modifiers"])
    links, articles = _phrases(words["links"]), _phrases(words["articles"])
    noun = rf"\b(?:{authored})(?:\s+(?:{modifiers}))*"
    return _Cues(
        author_before=re.compile(
            rf"{noun}(?:\s+(?:{links})(?:\W+(?:{articles}))?|\s*[:–—-])\W*$"
        ),
        author_after=re.compile(rf"^(?:['’]s)?[\s:–—,-]+(?:(?:{modifiers}|{authored})\s+)*(?:{authored})\b"),
        demonym_before=re.compile(rf"{noun}\s+$"),
        kinds={kind: re.compile(rf"\b(?:{_phrases(words[key])})\b") for kind, key in
               (("imrf_review", "imrf"), ("regional_review", "regional"), ("gcm_review", "gcm_review"))},
        rounds={k: v for lang in languages for k, v in lang["imrf_rounds"].items()},
    )


@dataclass(frozen=True)
class _Finding:
    value: object
    start: int
    end: int


def _one_line(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


_JOINED = re.compile(r"\W*(?:,|\band\b|\by\b|\be\b|\bet\b)\W*(?:(?:the|la|le|el|l)\W+)?")


def _title_span(text: str) -> tuple[int, int]:
    """Offsets of the title: the first line with a word in it."""
    spans = ((m.start(), m.end()) for m in re.finditer(r"[^\n\f]+", text))
    return next(((a, b) for a, b in spans if re.search(r"[^\W\d_]{2}", text[a:b])), (0, 0))


def _author(text: str, folded: str) -> list[_Finding]:
    """Where the opening names its author: after or before a cue ("report of X", "X's
    review"); else the one country the title names; else a line that is a country name."""
    cues = _cues()
    found = matches(text)
    by_cue: list[_Finding] = []
    for previous, m in zip([None, *found], found):
        if by_cue and previous and by_cue[-1].end >= previous.end and _JOINED.fullmatch(folded[previous.end:m.start]):
            by_cue.append(_Finding(m.country, m.start, m.end))  # "report of Chile and Peru": both wrote it
            continue
        # Within the paragraph: "JAPAN" on a title page is not the author of the next paragraph's "review".
        before = folded[max(0, m.start - 80):m.start].rpartition("\n\n")[2]
        after = folded[m.end:m.end + 60].partition("\n\n")[0]
        cue = (cues.demonym_before if m.demonym else cues.author_before).search(before)
        follows = cues.author_after.match(after)
        if cue:
            by_cue.append(_Finding(m.country, m.start - len(before) + cue.start(), m.end))
        elif follows:
            by_cue.append(_Finding(m.country, m.start, m.end + follows.end()))
    if by_cue:
        return by_cue
    start, end = _title_span(text)
    in_title = [m for m in found if start <= m.start < end]
    named = {m.country for m in in_title if not m.demonym} or {m.country for m in in_title}
    if len(named) == 1:
        return [_Finding(named.pop(), start, end)]
    lines = ((m.start(), m.end()) for m in re.finditer(r"[^\n\f]+", text))
    return [_Finding(c, a, b) for a, b in lines if (c := lookup(text[a:b].strip(" \t*#-–•.:")))]


def _kind_and_year(folded: str) -> tuple[_Finding | None, _Finding | None]:
    cues = _cues()
    hits = {kind: list(pattern.finditer(folded)) for kind, pattern in cues.kinds.items()}
    named = [k for k in ("imrf_review", "regional_review") if hits[k]]
    if len(named) > 1:
        return None, None  # "the regional review ... the IMRF": which one is this?
    kind = named[0] if named else ("imrf_review" if hits["gcm_review"] else None)
    if kind is None:
        return None, None
    spots = hits[kind] or hits["gcm_review"]
    first = spots[0]
    years: dict[int, _Finding] = {}
    for spot in spots:
        line_start = folded.rfind("\n", 0, spot.start()) + 1
        line_end = len(folded) if folded.find("\n", spot.end()) < 0 else folded.find("\n", spot.end())
        near = folded[max(line_start, spot.start() - 40):min(line_end, spot.end() + 40)]
        offset = max(line_start, spot.start() - 40)
        for y in re.finditer(r"\b(20[1-4]\d)\b", near):
            years.setdefault(int(y.group(1)), _Finding(int(y.group(1)), min(spot.start(), offset + y.start()),
                                                       max(spot.end(), offset + y.end())))
        ordinal = re.search(r"\b(\w+)\W+$", folded[max(0, spot.start() - 20):spot.start()])
        if kind == "imrf_review" and not years and ordinal and ordinal.group(1) in cues.rounds:
            year = cues.rounds[ordinal.group(1)]
            years.setdefault(year, _Finding(year, spot.start() - len(ordinal.group(0)), spot.end()))
    year = next(iter(years.values())) if len(years) == 1 else None
    return _Finding(kind, first.start(), first.end()), year


def read_metadata(document: Document) -> ReviewMetadata:
    """Country, kind of review and year from a document's title and opening text;
    None for each that the text does not state for certain."""
    text = document.text[:OPENING_CHARS]
    folded = _fold(text)
    authors = _author(text, folded)
    country = authors[0] if len({f.value for f in authors}) == 1 else None
    kind, year = _kind_and_year(folded)
    title_start, title_end = _title_span(text)
    decided = []
    for name, finding in (("country", country), ("review_kind", kind), ("review_year", year)):
        if finding is not None:
            value = finding.value.alpha3 if name == "country" else finding.value
            where = "the title" if title_start <= finding.start and finding.end <= title_end else "the opening text"
            decided.append(f"{name} {value} from {where} ('{_one_line(text[finding.start:finding.end])}')")
    return ReviewMetadata(
        country=country.value.alpha3 if country else None,
        review_kind=kind.value if kind else None,
        review_year=year.value if year else None,
        decided=tuple(decided),
    )


# --- raw/metadata.csv -----------------------------------------------------------------


def _country_value(value: str) -> Country | None:
    if re.fullmatch(r"[A-Za-z]{2,3}", value):
        record = pycountry.countries.get(**{f"alpha_{len(value)}": value.upper()})
        if record is not None:
            return lookup(record.alpha_3)
    return lookup(value)


def _checked(column: str, value: str) -> tuple[object, str | None]:
    """A cell of raw/metadata.csv as its column's value, or a one-line complaint."""
    if column == "country":
        country = _country_value(value)
        return (country.alpha3, None) if country else (None, f"country '{value}' is not a country name or ISO code")
    if column == "review_kind":
        if value in REVIEW_KINDS:
            return value, None
        return None, f"review_kind '{value}' is not one of {', '.join(REVIEW_KINDS)}"
    if column == "review_year":
        if re.fullmatch(r"\d{4}", value) and 2018 <= int(value) <= 2100:
            return int(value), None
        return None, f"review_year '{value}' is not a year from 2018 on"
    if column == "language":
        if re.fullmatch(r"[a-z]{2}", value.lower()) and pycountry.languages.get(alpha_2=value.lower()):
            return value.lower(), None
        return None, f"language '{value}' is not an ISO 639-1 code"
    return None, None


@dataclass(frozen=True)
class MetadataFile:
    """What raw/metadata.csv says, row by source file; ``problem`` when it cannot be used at all;
    and the date of each file in its folder (``rawdir.file_dates``)."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    problem: str | None = None
    dates: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "MetadataFile":
        return replace(cls._read(Path(path)), dates=file_dates(Path(path).parent))

    @classmethod
    def _read(cls, path: Path) -> "MetadataFile":
        if not path.exists():
            return cls()
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                if "source_file" not in (reader.fieldnames or []):
                    return cls(problem=f"{path.name} has no source_file column: it is not used")
                rows: dict[str, dict[str, str]] = {}
                for row in reader:
                    name = (row.get("source_file") or "").strip()
                    values = {k: v.strip() for k, v in row.items()
                              if k in METADATA_COLUMNS[2:] and isinstance(v, str) and v.strip()}
                    if name and name not in rows:  # the first row of a file counts
                        rows[name] = values
        except UnicodeDecodeError as exc:
            return cls(problem=f"{path.name} is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}): "
                               "it is not used; save it as UTF-8 CSV")
        except csv.Error as exc:
            return cls(problem=f"{path.name} is not a readable CSV file ({_one_line(str(exc), 60)}): it is not used")
        return cls(rows)

    def apply(self, extraction: Extraction) -> Extraction:
        """The extraction with the file's values in place of the text's; a value the file
        gets wrong is ignored, and the document gets a warning saying so."""
        date = self.dates.get(extraction.document.source_file)
        if date:
            extraction = replace(extraction, metadata=replace(extraction.metadata, file_date=date))
        if self.problem:
            return _warn(extraction, f"raw/{self.problem}")
        row = self.rows.get(extraction.document.source_file)
        if not row:
            return extraction
        metadata, complaints, used = extraction.metadata, [], []
        for column, value in row.items():
            checked, complaint = _checked(column, value)
            if complaint:
                complaints.append(f"raw/metadata.csv: {complaint}; ignored")
            else:
                metadata = replace(metadata, **{column: checked},
                                   decided=tuple(d for d in metadata.decided if not d.startswith(column + " ")))
                used.append(column)
        if used:
            metadata = replace(metadata, decided=metadata.decided + (f"{', '.join(used)} from raw/metadata.csv",))
        extraction = replace(extraction, metadata=metadata)
        for complaint in complaints:
            extraction = _warn(extraction, complaint)
        return extraction


def _warn(extraction: Extraction, message: str) -> Extraction:
    status = STATUS_WARNING if extraction.status == STATUS_OK else extraction.status
    return replace(extraction, status=status, message="; ".join(m for m in (extraction.message, message) if m))
