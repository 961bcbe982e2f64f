"""Editions: the reviews of one series, and what changed from one edition to the next.

    series:         documents, file dates -> {(country, review_kind): [doc_id, ...]}, oldest first
    compare:        tables, old doc_id, new doc_id -> change rows (the columns of SCHEMAS["changes"])
    latest_changes: tables, file dates -> the change rows of every series' latest two editions
    markdown:       tables, doc_ids -> the changes those documents bring, as a short Markdown table
                    (published_markdown: the same, read from an output folder)

Documents with the same ``country`` and ``review_kind`` are editions of one series,
ordered by ``review_year`` (a document without one comes first), then by the file's
date, then by ``doc_id``. A document that could not be read, or that repeats another
file, is no edition.

Objectives: one reported (named in a heading or the text) in the new edition and not
in the old is ``added``; the other way round, ``removed``. Facts: paired by what they
measure, the head noun of ``counted`` in the singular (``read.heads``), ``kind`` and
``unit``. Among the facts of one measure, equal values pair first, then the rest in
document order: "as of 2020" in the old edition and "as of 2024" in the new is one
measure at two dates. A pair whose values differ is ``changed``; a fact left without a
partner is ``added`` or ``removed``; a pair with equal values is not listed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from .read.heads import head_noun
from .rules import GCM, OBJECTIVE_AREA

CHANGES = ("added", "changed", "removed")  # the order of the rows within a table


class NotAnEdition(ValueError):
    """A doc_id that names no document, or a document with nothing to compare."""


def _value(value):
    """A table value as Python: None for missing."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _value(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _is_edition(document: dict) -> bool:
    return document["status"] != "error" and bool(document["chars"])


def series(documents: pd.DataFrame, dates: Mapping[str, str | None] | None = None) -> dict[tuple[str, str], list[str]]:
    """The editions of each series (country, review kind), oldest first; ``dates``:
    doc_id -> the file's date (ISO 8601), where known."""
    dates = dates or {}
    found: dict[tuple[str, str], list[dict]] = {}
    for document in _records(documents):
        if _is_edition(document) and document["country"] and document["review_kind"]:
            found.setdefault((document["country"], document["review_kind"]), []).append(document)

    def order(document: dict):
        year = document["review_year"]
        return (year is not None, year or 0, dates.get(document["doc_id"]) or "", document["doc_id"])

    return {key: [d["doc_id"] for d in sorted(docs, key=order)] for key, docs in sorted(found.items())}


@dataclass(frozen=True)
class _Fact:
    measure: tuple[str, str, str]  # head noun, kind, unit
    row: dict  # the numeric_facts row, with "objective": its section's objective

    @property
    def value(self) -> tuple[float, float | None]:
        return self.row["value"], self.row["value_max"]


def _same(a: tuple, b: tuple) -> bool:
    return all(x == y if x is None or y is None else math.isclose(x, y, rel_tol=1e-12) for x, y in zip(a, b))


def _pair(old: list[_Fact], new: list[_Fact]) -> tuple[list[tuple[_Fact, _Fact]], list[_Fact], list[_Fact]]:
    """Facts of one measure in two editions: (pairs, unpaired old, unpaired new).
    Equal values pair first, then the rest in document order."""
    pairs, free, rest = [], list(old), []
    for fact in new:
        equal = next((o for o in free if _same(o.value, fact.value)), None)
        if equal is None:
            rest.append(fact)
        else:
            free.remove(equal)
            pairs.append((equal, fact))
    pairs += zip(free, rest)
    return pairs, free[len(rest):], rest[len(free):]


class _Edition:
    """One document's rows, read for comparing."""

    def __init__(self, tables: dict[str, pd.DataFrame], doc_id: str):
        documents = tables["documents"]
        found = _records(documents[documents["doc_id"] == doc_id])
        if not found:
            raise NotAnEdition(f"no document '{doc_id}' in documents.csv")
        self.document = found[0]
        if not _is_edition(self.document):
            raise NotAnEdition(f"'{doc_id}' has nothing to compare: {self.document['message']}")
        self.doc_id = doc_id
        sections = tables["sections"]
        objective_of = {
            s["section_id"]: s["objective"] for s in _records(sections[sections["doc_id"] == doc_id])
        }
        mentions = tables["objective_mentions"]
        self.mentions: dict[int, dict] = {}  # objective -> its first mention
        for mention in _records(mentions[mentions["doc_id"] == doc_id].sort_values("char_start", kind="stable")):
            self.mentions.setdefault(mention["objective"], mention)
        facts = tables["numeric_facts"]
        self.facts: list[_Fact] = []
        for row in _records(facts[facts["doc_id"] == doc_id].sort_values("char_start", kind="stable")):
            row["objective"] = objective_of.get(row["section_id"])
            measure = (head_noun(row["counted"], self.document["language"]), row["kind"] or "", row["unit"] or "")
            self.facts.append(_Fact(measure, row))

    def by_measure(self) -> dict[tuple[str, str, str], list[_Fact]]:
        out: dict[tuple[str, str, str], list[_Fact]] = {}
        for fact in self.facts:
            out.setdefault(fact.measure, []).append(fact)
        return out


def compare(tables: dict[str, pd.DataFrame], old_doc_id: str, new_doc_id: str) -> list[dict]:
    """What changed from one edition to another: objectives (added, removed, by number),
    then facts (added and changed in the new edition's order, removed in the old's).
    NotAnEdition when a doc_id names no document or one that could not be read."""
    old, new = _Edition(tables, old_doc_id), _Edition(tables, new_doc_id)
    base = {"country": new.document["country"] or old.document["country"],
            "old_doc_id": old_doc_id, "new_doc_id": new_doc_id}
    return [{**base, **row} for row in _objective_changes(old, new) + _fact_changes(old, new)]


def _objective_changes(old: _Edition, new: _Edition) -> list[dict]:
    rows = []
    for change, edition, other in (("added", new, old), ("removed", old, new)):
        for objective in sorted(set(edition.mentions) - set(other.mentions)):
            rows.append({
                "table": "objectives", "change": change, "objective": objective, "area": OBJECTIVE_AREA[objective],
                "old_sentence" if change == "removed" else "new_sentence": edition.mentions[objective]["sentence"],
            })
    return rows


def _fact_changes(old: _Edition, new: _Edition) -> list[dict]:
    found: dict[str, list[tuple[_Fact | None, _Fact | None]]] = {change: [] for change in CHANGES}
    old_facts, new_facts = old.by_measure(), new.by_measure()
    for measure in old_facts.keys() | new_facts.keys():
        pairs, removed, added = _pair(old_facts.get(measure, []), new_facts.get(measure, []))
        found["changed"] += [(o, n) for o, n in pairs if not _same(o.value, n.value)]
        found["removed"] += [(o, None) for o in removed]
        found["added"] += [(None, n) for n in added]
    position = {id(f): i for i, f in enumerate(old.facts)} | {id(f): i for i, f in enumerate(new.facts)}
    rows = []
    for change in CHANGES:
        for o, n in sorted(found[change], key=lambda pair: position[id(pair[1] or pair[0])]):
            shown = (n or o).row  # a figure as the new edition gives it, or the old one if it is gone
            rows.append({
                "table": "facts", "change": change, "objective": shown["objective"], "area": shown["area"],
                "counted": shown["counted"], "kind": shown["kind"], "unit": shown["unit"],
                "old_value": o and o.row["value"], "new_value": n and n.row["value"],
                "old_sentence": o and o.row["sentence"], "new_sentence": n and n.row["sentence"],
            })
    return rows


def latest_changes(tables: dict[str, pd.DataFrame], dates: Mapping[str, str | None] | None = None) -> list[dict]:
    """The changes between the latest two editions of every series that has two or more."""
    rows = []
    for editions in series(tables["documents"], dates).values():
        if len(editions) >= 2:
            rows += compare(tables, editions[-2], editions[-1])
    return rows


# --- Markdown, for the Prefect UI ----------------------------------------------------------

_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&"})


def _md(text) -> str:
    """Text for a Markdown table cell, on one line, shown as it is (never as markup)."""
    return " ".join(str(text).split()).translate(_MARKDOWN_SPECIAL) if text is not None else ""


def _number(value, unit) -> str:
    if value is None:
        return ""
    shown = f"{value:,.15g}"
    return shown + ("%" if unit == "%" else f" {unit}" if unit else "")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def markdown(tables: dict[str, pd.DataFrame], doc_ids: Iterable[str], limit: int = 20) -> str | None:
    """The changes that the editions ``doc_ids`` bring to their series, as Markdown: for each,
    a heading, the counts, and a table of at most ``limit`` rows; None when they bring none."""
    changes = tables["changes"]
    documents = {d["doc_id"]: d for d in _records(tables["documents"])}
    parts = []
    for (old_id, new_id), group in changes[changes["new_doc_id"].isin(list(doc_ids))].groupby(
            ["old_doc_id", "new_doc_id"], sort=True):
        rows = _records(group)
        new, old = documents[new_id], documents[old_id]
        counts = {(r["table"], r["change"]): 0 for r in rows}
        for r in rows:
            counts[(r["table"], r["change"])] += 1
        objectives = [f"{counts.get(('objectives', c), 0)} {c}" for c in ("added", "removed")]
        facts = [f"{counts.get(('facts', c), 0)} {c}" for c in CHANGES]
        parts += [
            f"### {_md(new['country_name'] or new['country'])}: {_md(_label(new))} ({_md(new_id)}) "
            f"since {_md(_label(old))} ({_md(old_id)})",
            "",
            f"Objectives: {', '.join(objectives)}. Figures: {', '.join(facts)}.",
            "",
            "| change | what | old | new |",
            "|---|---|---|---|",
        ]
        for r in rows[:limit]:
            if r["table"] == "objectives":
                what = f"objective {r['objective']} ({GCM.labels[r['objective']]})"
            else:
                what = r["counted"] or r["kind"]
            parts.append(f"| {'objective' if r['table'] == 'objectives' else 'figure'} {r['change']} | {_md(what)} "
                         f"| {_number(r['old_value'], r['unit'])} | {_number(r['new_value'], r['unit'])} |")
        if len(rows) > limit:
            parts.append(f"\nand {_count(len(rows) - limit, 'more row')} in changes.csv")
        parts.append("")
    return "\n".join(parts) if parts else None


def published_markdown(out: Path, doc_ids: Iterable[str]) -> str | None:
    """``markdown`` for the tables published in the output folder ``out``."""
    from .tables import read_csv  # here: tables builds changes.csv with this module

    tables = {name: read_csv(Path(out) / f"{name}.csv", name) for name in ("documents", "changes")}
    return markdown(tables, doc_ids)


def _label(document: dict) -> str:
    """'imrf review 2022', 'regional review', 'review' ..."""
    kind = (document["review_kind"] or "review").replace("_", " ")
    return f"{kind} {document['review_year']}" if document["review_year"] else kind
