"""evaluate_evidence: do the GCM's words find the objectives that reviews give themselves?

Weak labels: structured reviews label their own sections. A gold folder's ``<case>.sections.csv``
(tests/corpus/README.md) names each heading's area and objective; each heading is found in the
text, and the text up to the next heading is its section. The evidence is then read with the
explicit mentions masked out: every objective reference the extraction finds, and every
official objective title quoted in full, in any language, is blanked, and headings that name
objectives are never read as evidence.

    objective sections   the text under an objective heading ("Objective 10: ..."), its lettered
                         subsections included: is the heading's objective ranked first, in the
                         top 3?
    area sections        the lead text and each subsection under an area heading: how many of
                         the objectives ranked in their top 3 belong to the area's list?

Hand labels: ``hand_labels.csv`` (tests/evidence/README.md) gives, for sections that no heading
labels, the objectives read from their text; precision at rank 1 is the share of sections with
evidence whose first objective is one of them.

Figures are kept per language of the document.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from .models import Extraction, Segmentation
from .read.evidence import TermIndex, rank_objectives
from .read.extract import extract
from .read.nlp import Pipelines
from .read.segment import Lines
from .rules import DEFAULT_LANGUAGE, GCM, LANGUAGES
from .run import process_file

TOP = 3


@dataclass
class EvidenceScore:
    """The evidence figures of one language."""

    objective_sections: int = 0
    first: int = 0
    top3: int = 0
    area_sections: int = 0
    area_ranked: int = 0  # objectives ranked in the top 3 of area sections
    area_in_list: int = 0  # of those, the ones of the area's list
    hand_sections: int = 0
    hand_found: int = 0  # with an objective at rank 1
    hand_right: int = 0
    findings: list[str] = field(default_factory=list)

    def add(self, other: "EvidenceScore") -> None:
        for name in ("objective_sections", "first", "top3", "area_sections", "area_ranked", "area_in_list",
                     "hand_sections", "hand_found", "hand_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.findings += other.findings

    @property
    def first_rate(self) -> float:
        return self.first / self.objective_sections if self.objective_sections else 1.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.objective_sections if self.objective_sections else 1.0

    @property
    def in_area_rate(self) -> float:
        return self.area_in_list / self.area_ranked if self.area_ranked else 1.0

    @property
    def precision_at_1(self) -> float:
        return self.hand_right / self.hand_found if self.hand_found else 1.0


def language_of(extraction: Extraction) -> str:
    lang = extraction.document.language
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


# --- weak labels --------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A stretch of text that a heading labels."""

    area: int | None
    objective: int | None
    start: int  # after the heading
    end: int
    heading: str


def _heading_pattern(heading: str) -> re.Pattern | None:
    words = re.findall(r"\w+", heading)
    return re.compile(r"\W+".join(map(re.escape, words)), re.I) if words else None


def gold_units(text: str, rows: list[dict], back_starts: list[int],
               skip=lambda offset: False) -> tuple[list[Unit], list[Unit]]:
    """Objective sections and area sections of a text, from its gold sections rows. A heading
    is looked for outside the lines ``skip(offset)`` rules out (a table of contents lists the
    headings first); one that cannot be found is left out; the last section ends where the
    back matter begins."""
    located = []  # (row, heading start, heading end)
    position = 0
    for row in rows:
        pattern = _heading_pattern(row["heading"])
        match = next((m for m in pattern.finditer(text, position) if not skip(m.start())), None) if pattern else None
        if match:
            located.append((row, match.start(), match.end()))
            position = match.end()
    if not located:
        return [], []
    last = located[-1][2]
    end_of_text = min([s for s in back_starts if s >= last] or [len(text)])
    bounds = [start for _, start, _ in located[1:]] + [end_of_text]
    objectives, areas = [], []
    for i, (row, start, heading_end) in enumerate(located):
        area = int(row["area"]) if row["area"] else None
        objective = int(row["objective"]) if row["objective"] else None
        if objective and not row["subsection"]:
            # An objective section runs to the next objective or area heading.
            stop = next((s for r, s, _ in located[i + 1:] if not r["subsection"]), end_of_text)
            objectives.append(Unit(area, objective, heading_end, stop, row["heading"]))
        elif area and not objective:
            areas.append(Unit(area, None, heading_end, bounds[i], row["heading"]))
    return objectives, areas


def masked_text(extraction: Extraction) -> str:
    """The text with every objective reference found and every official title blanked out,
    offsets kept."""
    text = list(extraction.document.text)
    spans = [(m.char_start, m.char_end) for m in extraction.mentions]
    for lang in LANGUAGES:
        for number in GCM.objectives:
            pattern = _heading_pattern(GCM.title(number, lang))
            spans += [m.span() for m in pattern.finditer(extraction.document.text)]
    for start, end in spans:
        text[start:end] = [c if c in "\n\f" else " " for c in text[start:end]]
    return "".join(text)


def score_weak_labels(extraction: Extraction, rows: list[dict], nlp: Pipelines, case: str) -> EvidenceScore:
    """The evidence figures of one gold document, its explicit mentions masked."""
    score = EvidenceScore()
    document = extraction.document
    masked = replace(document, text=masked_text(extraction))
    doc, _, _ = extract(masked, Segmentation(extraction.sections), nlp)
    lines = Lines(document.text)
    index = TermIndex(doc, skip=lines.is_toc)
    backs = [s.char_start for s in extraction.sections if s.kind == "back"]
    objective_units, area_units = gold_units(document.text, rows, backs, skip=lines.is_toc)
    for unit in objective_units:
        ranked = [a.objective for a in rank_objectives(index.labels_in(unit.start, unit.end),
                                                       index.words_in(unit.start, unit.end))]
        score.objective_sections += 1
        score.first += ranked[:1] == [unit.objective]
        score.top3 += unit.objective in ranked[:TOP]
        if ranked[:1] != [unit.objective]:
            score.findings.append(f"objective {unit.objective:>2} ranked {_place(unit.objective, ranked)}: "
                                  f"{case} | {unit.heading[:60]} | first {ranked[:TOP]}")
    for unit in area_units:
        addressed = rank_objectives(index.labels_in(unit.start, unit.end), index.words_in(unit.start, unit.end))
        ranked = [a.objective for a in addressed][:TOP]
        if not ranked:
            continue
        listed = GCM.area_objectives(unit.area)
        score.area_sections += 1
        score.area_ranked += len(ranked)
        score.area_in_list += sum(n in listed for n in ranked)
        outside = [f"{a.objective} ({'; '.join(a.terms)})" for a in addressed[:TOP] if a.objective not in listed]
        if outside:
            score.findings.append(f"area {unit.area} top 3 {ranked}, outside {', '.join(outside)}: "
                                  f"{case} | {unit.heading[:40]}")
    return score


def _place(objective: int, ranked: list[int]) -> str:
    return str(ranked.index(objective) + 1) if objective in ranked else "nowhere"


def _read(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# --- hand labels ----------------------------------------------------------------------------


def hand_labelled(folder: Path) -> bool:
    return (Path(folder) / "hand_labels.csv").is_file()


def evaluate_hand_labels(folder: Path, nlp: Pipelines) -> dict[str, EvidenceScore]:
    """Precision at rank 1 on hand-labelled sections, per language. Each row of
    ``hand_labels.csv`` names a corpus folder beside ``folder``, a case and a section id."""
    folder = Path(folder)
    scores: dict[str, EvidenceScore] = defaultdict(EvidenceScore)
    for row in _read(folder / "hand_labels.csv"):
        extraction = process_file(folder.parent / row["corpus"] / f"{row['case']}.txt", nlp, doc_id=row["case"])
        labels = [int(n) for n in row["objectives"].split(";")]
        first = [e.objective for e in extraction.evidence if e.section_id == row["section_id"] and e.rank == 1]
        score = scores[language_of(extraction)]
        score.hand_sections += 1
        score.hand_found += bool(first)
        score.hand_right += bool(first) and first[0] in labels
        if not first or first[0] not in labels:
            got = f"first {first[0]}" if first else "no evidence"
            score.findings.append(f"hand label {labels}, {got}: {row['case']} {row['section_id']}")
    return dict(scores)


# --- report ---------------------------------------------------------------------------------


def _rate(value: float, of: int) -> str:
    return f"{value:.3f}" if of else "-"


def report_lines(scores: dict[str, EvidenceScore]) -> list[str]:
    lines = []
    weak = {lang: s for lang, s in sorted(scores.items()) if s.objective_sections or s.area_sections}
    if weak:
        lines += ["objective evidence, explicit mentions masked",
                  f"  {'language':<10}{'objective sections':>19}{'first':>8}{'top 3':>8}"
                  f"{'area sections':>15}{'top-3 objectives':>18}{'in area':>9}"]
        lines += [f"  {lang:<10}{s.objective_sections:>19}{_rate(s.first_rate, s.objective_sections):>8}"
                  f"{_rate(s.top3_rate, s.objective_sections):>8}{s.area_sections:>15}{s.area_ranked:>18}"
                  f"{_rate(s.in_area_rate, s.area_ranked):>9}" for lang, s in weak.items()]
    hand = {lang: s for lang, s in sorted(scores.items()) if s.hand_sections}
    if hand:
        lines += ([""] if lines else []) + [
            "hand-labelled sections, no heading labels",
            f"  {'language':<10}{'sections':>9}{'with evidence':>15}{'right at 1':>12}{'precision at 1':>16}"]
        lines += [f"  {lang:<10}{s.hand_sections:>9}{s.hand_found:>15}{s.hand_right:>12}"
                  f"{_rate(s.precision_at_1, s.hand_found):>16}" for lang, s in hand.items()]
    return lines
