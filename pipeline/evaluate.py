"""evaluate: measure the extraction against hand-labelled gold tables.

A gold folder holds one case per stem: the document (``<case>.txt``, ``.md``,
``.pdf``, or ``<case>.pdf.json`` built into a PDF by the folder's own
``pdfspec.py``) and its gold tables ``<case>.facts.csv``,
``<case>.mentions.csv`` and ``<case>.sections.csv`` (columns in
tests/corpus/README.md), with ``<case>.traps.csv`` listing the numbers that are
no facts (a false alarm on one is reported with its reason). Facts are matched by
document and value, mentions by document, objective and source, sections by
document, area, objective and subsection; each match pairs rows in document order.
A folder's ``SOURCES.csv`` may name a ``part`` for each document: each part other
than ``dev`` (the held-out one) is reported on its own as well.

A quantity test set (a JSON list of {"text", "quantities": [{"value"}]}, as the CQE
paper's evaluation data) is scored on values alone: ``evaluate_quantities``.
"""

from __future__ import annotations

import csv
import importlib.util
import math
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .read.nlp import Pipelines

from .evaluate_evidence import EvidenceScore, language_of, score_weak_labels
from .evaluate_evidence import report_lines as evidence_lines
from .models import Extraction
from .read.extract import language_regions
from .rules import lexicon
from .run import process_file

FACT_ATTRIBUTES = ("kind", "unit", "counted_head", "qualifier", "change", "period", "as_of", "area", "value_max")
_PREPOSITIONS = frozenset("in of from for with at on by under across among within between per into through".split())


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Finding:
    """A miss, a false alarm or a wrong attribute, for the reader to look at."""

    table: str
    problem: str  # miss, false_alarm, wrong_<attribute>
    doc: str
    key: str
    expected: str
    got: str
    sentence: str


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    findings: list[Finding] = field(default_factory=list)
    overlaps: int = 0
    documents: int = 0
    parts: dict[str, "Evaluation"] = field(default_factory=dict)  # held-out and other named parts
    evidence: dict[str, EvidenceScore] = field(default_factory=lambda: defaultdict(EvidenceScore))  # by language

    def accuracy(self, attribute: str) -> float:
        right, total = self.attributes[attribute]
        return right / total if total else 1.0

    def add(self, other: "Evaluation") -> None:
        """Count another evaluation's documents in this one."""
        for table, score in other.scores.items():
            mine = self.scores[table]
            mine.true_positive += score.true_positive
            mine.false_positive += score.false_positive
            mine.false_negative += score.false_negative
        for attribute, (right, total) in other.attributes.items():
            self.attributes[attribute][0] += right
            self.attributes[attribute][1] += total
        self.findings += other.findings
        self.overlaps += other.overlaps
        self.documents += other.documents
        for lang, score in other.evidence.items():
            self.evidence[lang].add(score)
        for name, part in other.parts.items():  # the held-out part of a corpus stays reported
            self.parts.setdefault(name, Evaluation()).add(part)


def counted_head(phrase: str | None, lang: str = "en") -> str:
    """The head noun of a counted phrase: its last word before a preposition or
    a participle after a plural ("migrant workers holding a permit", "nationals living abroad",
    but "illegal working arrests");
    in a language whose heads come first, its first word after the modifiers that
    precede a noun ("emigrantes latinoamericanos" -> emigrantes, "premiers titres" -> titres)."""
    words = (phrase or "").lower().split()
    lex = lexicon(lang)
    if lex.words.head_first:
        elided = tuple(d for d in lex.words.determiners if d.endswith(("'", "’")))
        # an elided article printed against its noun is no word of its own: "l’immigration" -> immigration
        words = [w[len(next((d for d in elided if w.startswith(d) and len(w) > len(d)), "")):] for w in words]
        words = [w for w in words if w not in lex.words.prenominal_modifiers and w not in lex.words.determiners]
        return words[0] if words else ""
    for i, word in enumerate(words):
        if i and (word in _PREPOSITIONS or word.endswith("ing") and len(word) > 5 and words[i - 1].endswith("s")):
            words = words[:i]
            break
    compound = " ".join(words[-2:])
    if len(words) > 1 and compound in lex.words.head_nouns.compounds:
        return compound  # "200,000 Sri Lankans", "3.9 percentage points"
    return words[-1] if words else ""


def _language_at(regions, offset: int) -> str:
    """The language a fact is written in (a review may be compiled from several)."""
    return next((r.lang for r in reversed(regions) if r.start <= offset), regions[0].lang)


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _num(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=0.006)


def _year(label: str) -> str:
    """A period end as the tables record it, a year: a label written to the month or the day
    ("2021-05", "2004-09-01") is scored on its year, the precision of ``period_start`` and ``period_end``."""
    return label[:4]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    return str(value)


def documents(gold: Path, build_dir: Path) -> list[tuple[str, Path]]:
    """(case, document path) for every case in a gold folder, PDFs built from their specs."""
    cases = []
    for path in sorted(gold.iterdir()):
        name = path.name
        if name.endswith(".pdf.json"):
            case = name.removesuffix(".pdf.json")
            out = build_dir / f"{case}.pdf"
            _pdfspec(gold).build_pdf(path, out)
            cases.append((case, out))
        elif path.suffix in (".txt", ".md", ".pdf") and (gold / f"{path.stem}.facts.csv").exists():
            cases.append((path.stem, path))
    return cases


def _pdfspec(gold: Path):
    spec = importlib.util.spec_from_file_location("gold_pdfspec", gold / "pdfspec.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{gold} has .pdf.json cases but no pdfspec.py to build them")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parts(gold: Path) -> dict[str, str]:
    """case -> part ("dev", "heldout") from a folder's SOURCES.csv, where it names one."""
    return {Path(row["file"]).stem: row.get("part") or "dev" for row in _read(Path(gold) / "SOURCES.csv")}


def evaluate(gold: Path, nlp: Pipelines) -> Evaluation:
    gold = Path(gold)
    result = Evaluation()
    part_of = parts(gold)
    with tempfile.TemporaryDirectory() as tmp:
        for case, path in documents(gold, Path(tmp)):
            extraction = process_file(path, nlp, doc_id=case)
            one = score_case(gold, case, extraction)
            if (gold / f"{case}.sections.csv").exists():
                one.evidence[language_of(extraction)].add(
                    score_weak_labels(extraction, _read(gold / f"{case}.sections.csv"), nlp, case))
            result.add(one)
            part = part_of.get(case, "dev")
            if part != "dev":
                result.parts.setdefault(part, Evaluation()).add(one)
    return result


def score_case(gold: Path, case: str, extraction: Extraction) -> Evaluation:
    """One extraction against the gold tables of ``case`` in a gold folder: facts,
    mentions and sections (another reading of the same document, a scan of it say,
    can be held to the gold of its text)."""
    gold = Path(gold)
    one = Evaluation(documents=1)
    _facts(one, case, _read(gold / f"{case}.facts.csv"), extraction, _read(gold / f"{case}.traps.csv"))
    _mentions(one, case, _read(gold / f"{case}.mentions.csv"), extraction)
    _sections(one, case, _read(gold / f"{case}.sections.csv"), extraction)
    return one


def _trap_reason(fact, traps: list[dict]) -> str:
    """The reason a labeller gave for a number that is no fact, where a false alarm hits one."""
    for trap in traps:
        surface = trap["surface"]
        if surface and (surface in fact.surface or fact.surface in surface) and \
                " ".join(trap["sentence"].split())[:60] in " ".join(fact.sentence.split()):
            return f"trap: {trap['reason']}"
    return ""


def _facts(result: Evaluation, case: str, gold: list[dict], extraction: Extraction, traps: list[dict] = ()) -> None:
    score = result.scores["numeric_facts"]
    predicted = list(extraction.facts)
    regions = language_regions(extraction.document.text, extraction.document.language)
    used = [False] * len(predicted)
    for row in gold:
        value = _num(row["value"])
        match = next((i for i, f in enumerate(predicted) if not used[i] and _same(f.value, value)), None)
        if match is None:
            score.false_negative += 1
            result.findings.append(Finding("numeric_facts", "miss", case, row["value"], row["value"], "", row["sentence"]))
            continue
        used[match] = True
        score.true_positive += 1
        fact = predicted[match]
        got = {
            "kind": fact.kind, "unit": fact.unit or "", "counted_head": counted_head(fact.counted, _language_at(regions, fact.char_start)),
            "qualifier": fact.qualifier or "", "change": fact.change or "",
            "period": f"{_text(fact.period_start)}-{_text(fact.period_end)}", "as_of": fact.as_of or "",
            "area": _text(fact.area), "value_max": _text(fact.value_max),
        }
        expected = {
            "kind": row["kind"], "unit": row["unit"], "counted_head": row["counted_head"].lower(),
            "qualifier": row["qualifier"], "change": row["change"],
            "period": f"{_year(row['period_start'])}-{_year(row['period_end'])}", "as_of": row["as_of"],
            "area": row["area"], "value_max": _text(_num(row["value_max"])),
        }
        for attribute in FACT_ATTRIBUTES:
            right = got[attribute] == expected[attribute]
            result.attributes[attribute][0] += right
            result.attributes[attribute][1] += 1
            if not right:
                result.findings.append(Finding(
                    "numeric_facts", f"wrong_{attribute}", case, row["value"], expected[attribute],
                    got[attribute], fact.sentence,
                ))
    for i, fact in enumerate(predicted):
        if not used[i]:
            score.false_positive += 1
            result.findings.append(Finding(
                "numeric_facts", "false_alarm", case, _text(fact.value), _trap_reason(fact, traps), fact.surface,
                fact.sentence,
            ))


def _mentions(result: Evaluation, case: str, gold: list[dict], extraction: Extraction) -> None:
    score = result.scores["objective_mentions"]
    predicted = list(extraction.mentions)
    used = [False] * len(predicted)
    for row in gold:
        key = (int(row["objective"]), row["source"])
        match = next((i for i, m in enumerate(predicted) if not used[i] and (m.objective, m.source) == key), None)
        label = f"{row['objective']} ({row['source']})"
        if match is None:
            score.false_negative += 1
            result.findings.append(Finding("objective_mentions", "miss", case, label, label, "", row["sentence"]))
            continue
        used[match] = True
        score.true_positive += 1
        mention = predicted[match]
        right = _text(mention.area) == row["area"]
        result.attributes["mention_area"][0] += right
        result.attributes["mention_area"][1] += 1
        if not right:
            result.findings.append(Finding(
                "objective_mentions", "wrong_area", case, label, row["area"], _text(mention.area), mention.sentence,
            ))
    for i, mention in enumerate(predicted):
        if not used[i]:
            score.false_positive += 1
            label = f"{mention.objective} ({mention.source})"
            result.findings.append(Finding("objective_mentions", "false_alarm", case, label, "", label, mention.sentence))


def _sections(result: Evaluation, case: str, gold: list[dict], extraction: Extraction) -> None:
    score = result.scores["sections"]
    predicted = [s for s in extraction.sections if s.kind in ("area", "objective", "subsection") and s.area]
    used = [False] * len(predicted)
    for row in gold:
        key = (row["area"], row["objective"], row["subsection"])
        match = next(
            (i for i, s in enumerate(predicted)
             if not used[i] and (_text(s.area), _text(s.objective), s.subsection or "") == key),
            None,
        )
        if match is None:
            score.false_negative += 1
            result.findings.append(Finding("sections", "miss", case, "/".join(key), row["heading"], "", row["heading"]))
        else:
            used[match] = True
            score.true_positive += 1
    for i, section in enumerate(predicted):
        if not used[i]:
            score.false_positive += 1
            key = "/".join((_text(section.area), _text(section.objective), section.subsection or ""))
            result.findings.append(Finding("sections", "false_alarm", case, key, "", section.heading, section.heading))
    ordered = sorted(extraction.sections, key=lambda s: s.char_start)
    result.overlaps += sum(1 for a, b in zip(ordered, ordered[1:]) if a.char_end > b.char_start)


def _table_lines(result: Evaluation) -> list[str]:
    lines = [f"{'table':<20}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>7}{'found':>7}"]
    for table in ("numeric_facts", "objective_mentions", "sections"):
        s = result.scores[table]
        lines.append(
            f"{table:<20}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}"
            f"{s.true_positive + s.false_negative:>7}{s.true_positive + s.false_positive:>7}"
        )
    lines.append(f"section overlaps: {result.overlaps}")
    lines.append("")
    lines.append("accuracy on matched rows")
    for attribute in FACT_ATTRIBUTES + ("mention_area",):
        right, total = result.attributes[attribute]
        lines.append(f"  {attribute:<14}{result.accuracy(attribute):>7.3f}  ({right}/{total})")
    for name, part in sorted(result.parts.items()):
        s = part.scores["numeric_facts"]
        lines.append("")
        lines.append(f"{name} part: {part.documents} documents, {s.true_positive + s.false_negative} facts")
        lines.append(f"  facts P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}; " + ", ".join(
            f"{a} {part.accuracy(a):.3f}" for a in ("counted_head", "period", "as_of", "change")))
    return lines


def report_lines(result: Evaluation) -> list[str]:
    lines = _table_lines(result) if result.documents else []
    if result.evidence:
        lines += ([""] if lines else []) + evidence_lines(result.evidence)
    evidence_findings = [f for score in result.evidence.values() for f in score.findings]
    if result.findings or evidence_findings:
        lines.append("")
        lines.append("findings")
        for f in result.findings:
            detail = f"expected {f.expected!r}, got {f.got!r}" if f.problem.startswith("wrong") else f.key
            if f.problem == "false_alarm":
                detail = f"{f.key}: {f.got!r}" + (f" ({f.expected})" if f.expected else "")
            lines.append(f"  {f.table:<18} {f.problem:<18} {f.doc:<32} {detail}")
            lines.append(f"  {'':<18} {'':<18} {'':<32} | {f.sentence[:160]}")
        lines += [f"  objective_evidence {finding}" for finding in evidence_findings]
    return lines


def write_report(result: Evaluation, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["table", "measure", "doc", "key", "expected", "got", "value", "sentence"])
        for table, s in result.scores.items():
            for measure in ("precision", "recall", "f1"):
                writer.writerow([table, measure, "", "", "", "", f"{getattr(s, measure):.4f}", ""])
        for attribute in FACT_ATTRIBUTES + ("mention_area",):
            writer.writerow(["numeric_facts" if attribute != "mention_area" else "objective_mentions",
                             f"accuracy_{attribute}", "", "", "", "", f"{result.accuracy(attribute):.4f}", ""])
        for f in result.findings:
            writer.writerow([f.table, f.problem, f.doc, f.key, f.expected, f.got, "", f.sentence])


def evaluate_quantities(path: Path, nlp: Pipelines, lang: str = "en") -> tuple[Score, list[Finding]]:
    """Value precision, recall and F1 on a quantity test set: each sentence read on its own, each
    gold value paired with a found one within a relative tolerance of 1e-6 (a range gives both
    ends), with the misses and false alarms as findings."""
    import json

    from .read.extract import facts_in_text

    score, findings = Score(), []
    for number, item in enumerate(json.loads(Path(path).read_text(encoding="utf-8")), start=1):
        gold = [float(x) for q in item["quantities"] for x in _ends(q["value"])]
        found = [v for f in facts_in_text(item["text"], nlp, lang) for v in (f.value, f.value_max) if v is not None]
        used = [False] * len(found)
        for value in gold:
            match = next((i for i, v in enumerate(found) if not used[i] and math.isclose(v, value, rel_tol=1e-6)), None)
            if match is None:
                score.false_negative += 1
                findings.append(Finding("quantities", "miss", str(number), _text(value), _text(value), "", item["text"]))
            else:
                used[match] = True
                score.true_positive += 1
        for i, value in enumerate(found):
            if not used[i]:
                score.false_positive += 1
                findings.append(Finding("quantities", "false_alarm", str(number), _text(value), "", _text(value),
                                        item["text"]))
    return score, findings


def _ends(value: str) -> list[str]:
    """"10-20" is a range: both ends; "-5" is a negative number."""
    head, sep, tail = value.lstrip("-").partition("-")
    return [value] if not sep else [value[: len(value) - len(tail) - 1], tail]
