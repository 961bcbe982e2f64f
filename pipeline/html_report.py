"""output/report.html: the tables as one page to look at, built from the tables alone.

    build_report: {table name: DataFrame}, {doc_id: text} -> HTML (str)
    write_report: output folder -> output/report.html

One self-contained file: its style and script are embedded (Jinja2 templates
in ``pipeline/templates/``), it fetches nothing, and its Content-Security-Policy
lets nothing but those two run. Every string from a document (text, sentences,
headings, file names, raw/metadata.csv's values) is escaped by Jinja2 or set
as text by the script, never parsed as HTML. The facts, the mentions and
each document's text travel compressed (deflate, base64) and are unpacked by
the browser when needed, so a hundred reviews stay a few megabytes.

The coverage heatmap shows one ``Measure`` at a time; a measure is a function
of the tables to one value per document and objective: the objectives a review
names, and those its words address, named or not (objective_evidence.csv); the
page switches between them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .editions import series
from .rules import AREA_TITLE, GCM, OBJECTIVE_AREA, OBJECTIVE_TITLE
from .tables import neutralise

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Cell:
    value: float  # what the shade shows
    shown: str  # the few characters in the cell
    label: str  # its counts in words, for the tooltip and screen readers
    marked: bool = False  # drawn with a frame (named in a heading)


@dataclass(frozen=True)
class Measure:
    key: str
    name: str
    legend: str
    levels: tuple[float, ...]  # lower bounds of shades 1, 2, ...; below the first: no shade
    cells: Callable[[dict[str, pd.DataFrame]], dict[tuple[str, int], Cell]]


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _named(tables: dict[str, pd.DataFrame]) -> dict[tuple[str, int], Cell]:
    """Mentions of each objective by number or title; a frame where a heading names it."""
    cells = {}
    for row in tables["coverage"].itertuples(index=False):
        heading, text = int(row.heading_mentions), int(row.text_mentions)
        if not row.reported:
            label = "not reported"
        else:
            label = (f"{heading} in headings, {text} in text; "
                     f"{_count(int(row.sections), 'section')}, {_count(int(row.facts), 'fact')}")
        cells[(row.doc_id, int(row.objective))] = Cell(heading + text, str(heading + text or ""), label, heading > 0)
    return cells


def _addressed(tables: dict[str, pd.DataFrame]) -> dict[tuple[str, int], Cell]:
    """The evidence score of each objective in the whole document, with its most telling
    terms; a frame where the review addresses the objective without ever naming it."""
    evidence = tables["objective_evidence"]
    document_rows = evidence[evidence["section_id"].isna()]
    terms = {(row.doc_id, int(row.objective)): (row.terms, bool(row.explicit))
             for row in document_rows.itertuples(index=False)}
    cells = {}
    for row in tables["coverage"].itertuples(index=False):
        key, score = (row.doc_id, int(row.objective)), float(row.evidence_score)
        if key not in terms:
            cells[key] = Cell(0, "", "not addressed")
            continue
        words, explicit = terms[key]
        label = f"score {score:.2f}: {words}" + ("" if explicit else "; never named")
        cells[key] = Cell(score, f"{round(100 * score)}", label, not explicit)
    return cells


MEASURES: list[Measure] = [
    Measure("named", "Objectives named", "Shade: mentions of the objective (in headings and text). "
            "A framed cell: a section heading names it.", (1, 2, 3, 5, 10), _named),
    Measure("addressed", "Objectives addressed", "Shade: evidence score (0-100) of the GCM's own words for the "
            "objective in the review, named or not. A framed cell: the review never names it.",
            (0.2, 0.35, 0.5, 0.65, 0.8), _addressed),
]


def _pack(value) -> str:
    """JSON, deflated, base64: unpacked in the page with DecompressionStream('deflate-raw')."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(compressor.compress(raw) + compressor.flush()).decode("ascii")


def _value(value):
    """A table value as JSON: None for missing, int where the number is whole."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.item() if hasattr(value, "item") else value


def _sentence_spans(frame: pd.DataFrame, texts: dict[str, str]) -> tuple[list, list, dict[int, str]]:
    """Where each row's sentence stands in its document's text, so that the page cuts it
    from the text instead of carrying it twice; the sentences not found there (no text,
    or a table row read across lines) travel as they are."""
    starts, ends, loose = [], [], {}
    for i, (doc_id, sentence, char_start, char_end) in enumerate(
        zip(frame["doc_id"], frame["sentence"], frame["char_start"], frame["char_end"])
    ):
        text, found = texts.get(doc_id, ""), None
        if text and isinstance(sentence, str) and sentence:
            reach = len(sentence) + 50
            window = max(0, int(char_start) - reach)
            at = text.find(sentence, window, int(char_end) + reach)  # most sentences sit on one line
            if at >= 0 and at <= char_start and char_end <= at + len(sentence):
                found = (at, at + len(sentence))
            else:  # the sentence was put on one line: its words may be apart
                pattern = re.compile(r"\s+".join(map(re.escape, sentence.split())))
                for match in pattern.finditer(text, window, int(char_end) + reach):
                    if match.start() <= char_start and char_end <= match.end():
                        found = match.span()
                        break
        starts.append(found[0] if found else None)
        ends.append(found[1] if found else None)
        if not found:
            loose[i] = sentence if isinstance(sentence, str) else ""
    return starts, ends, loose


def _section_objectives(tables) -> dict[tuple[str, str], list[int]]:
    """The objectives each section reports on, as coverage.csv counts them."""
    out: dict[tuple[str, str], set[int]] = {}
    for row in tables["sections"].itertuples(index=False):
        if not pd.isna(row.objective):
            out.setdefault((row.doc_id, row.section_id), set()).add(int(row.objective))
    mentions = tables["objective_mentions"]
    for row in mentions[mentions["source"] == "heading"].itertuples(index=False):
        out.setdefault((row.doc_id, row.section_id), set()).add(int(row.objective))
    return {key: sorted(value) for key, value in out.items()}


def _rows(tables, doc_index: dict[str, int], texts: dict[str, str]) -> dict:
    """Facts, mentions and texts, column by column (smaller than a list of objects)."""
    by_section = _section_objectives(tables)
    facts = tables["numeric_facts"]
    period = [
        "" if pd.isna(a) and pd.isna(b) else f"{'' if pd.isna(a) else a}–{'' if pd.isna(b) else b}"
        for a, b in zip(facts["period_start"], facts["period_end"])
    ]
    start, end, loose = _sentence_spans(facts, texts)
    fact_columns = {
        "doc": [doc_index[d] for d in facts["doc_id"]],
        "objectives": [by_section.get((d, s), []) for d, s in zip(facts["doc_id"], facts["section_id"])],
        "period": period,
        "sentence_start": start, "sentence_end": end, "sentence": loose,
    }
    for name in ("area", "value", "value_max", "kind", "unit", "counted", "qualifier", "change", "as_of",
                 "page", "char_start", "char_end"):
        fact_columns[name] = [_value(v) for v in facts[name]]
    mentions = tables["objective_mentions"]
    start, end, loose = _sentence_spans(mentions, texts)
    mention_columns = {
        "doc": [doc_index[d] for d in mentions["doc_id"]],
        "sentence_start": start, "sentence_end": end, "sentence": loose,
    }
    for name in ("objective", "source", "page", "char_start", "char_end"):
        mention_columns[name] = [_value(v) for v in mentions[name]]
    return {
        "facts": fact_columns,
        "mentions": mention_columns,
        "texts": {str(doc_index[d]): text for d, text in texts.items() if d in doc_index},
    }


def _changes(tables, documents: list[dict], rows: dict) -> dict:
    """The panel of changes since the last edition: a comparison per series whose latest
    two editions differ (changes.csv), the series whose latest two do not, and the rows
    (into ``rows``), column by column, a sentence given as its fact or mention where it is one."""
    by_id, order = {d["doc_id"]: d for d in documents}, {d["doc_id"]: d["index"] for d in documents}
    changes = [{k: _value(v) for k, v in r.items()} for r in tables["changes"].to_dict("records")]
    pairs = sorted({(r["old_doc_id"], r["new_doc_id"]) for r in changes}, key=lambda p: (order[p[1]], order[p[0]]))
    index = {pair: i for i, pair in enumerate(pairs)}
    facts, mentions = tables["numeric_facts"], tables["objective_mentions"]
    fact_at: dict[tuple, list[int]] = {}  # a fact by its document, sentence and value
    for i, key in enumerate(zip(facts["doc_id"], facts["sentence"], facts["value"])):
        fact_at.setdefault(tuple(_value(v) for v in key), []).append(i)
    mention_at: dict[tuple, int] = {}
    for i, key in enumerate(zip(mentions["doc_id"], mentions["objective"], mentions["sentence"])):
        mention_at.setdefault(tuple(_value(v) for v in key), i)

    def reference(row: dict, side: str) -> int | None:
        doc_id, sentence = row[f"{side}_doc_id"], row[f"{side}_sentence"]
        if row["table"] == "objectives":
            return mention_at.get((doc_id, row["objective"], sentence))
        found = fact_at.get((doc_id, sentence, row[f"{side}_value"]), [])
        return next((i for i in found if _value(facts["counted"][i]) == row["counted"]), found[0] if found else None)

    names = ("table", "change", "objective", "area", "counted", "kind", "unit", "old_value", "new_value")
    columns: dict = {"comparison": [index[(r["old_doc_id"], r["new_doc_id"])] for r in changes]}
    columns |= {name: [r[name] for r in changes] for name in names}
    columns |= {"old_ref": [], "new_ref": [], "old_sentence": {}, "new_sentence": {}}  # loose sentences by row
    counts: list[dict] = [{} for _ in pairs]
    for i, row in enumerate(changes):
        count = counts[columns["comparison"][i]]
        count[(row["table"], row["change"])] = count.get((row["table"], row["change"]), 0) + 1
        for side in ("old", "new"):
            ref = reference(row, side) if row[f"{side}_sentence"] is not None else None
            columns[f"{side}_ref"].append(ref)
            if ref is None and row[f"{side}_sentence"] is not None:
                columns[f"{side}_sentence"][i] = row[f"{side}_sentence"]
    rows["changes"] = columns
    comparisons = [
        {"old": by_id[old], "new": by_id[new], "summary": (
            f"Objectives: {count.get(('objectives', 'added'), 0)} added, "
            f"{count.get(('objectives', 'removed'), 0)} removed. Figures: "
            + ", ".join(f"{count.get(('facts', c), 0)} {c}" for c in ("added", "changed", "removed")) + ".")}
        for (old, new), count in zip(pairs, counts)
    ]
    compared = {(c["new"]["country"], c["new"]["review_kind"]) for c in comparisons}
    unchanged = [
        {"doc": by_id[editions[-1]], "editions": len(editions)}
        for (country, kind), editions in series(tables["documents"]).items()
        if len(editions) > 1 and (country, kind) not in compared
    ]
    return {"comparisons": comparisons, "unchanged": sorted(unchanged, key=lambda u: order[u["doc"]["doc_id"]])}


def _documents(tables) -> list[dict]:
    documents = tables["documents"]
    order = sorted(
        range(len(documents)),
        key=lambda i: (pd.isna(documents["country_name"][i]), str(documents["country_name"][i]),
                       documents["doc_id"][i]),
    )
    records = []
    for position, i in enumerate(order):
        row = {k: _value(v) for k, v in documents.iloc[i].items()}
        row["index"] = position
        row["label"] = row["country_name"] or row["doc_id"]
        records.append(row)
    return records


def _as_read(df: pd.DataFrame) -> pd.DataFrame:
    """A table as its CSV reads back (an empty text is missing, a formula-like one has its
    apostrophe), so that a report built during a run and one rebuilt from the files are the same."""
    out = neutralise(df)
    for column in out.columns:
        if out[column].dtype == "string":
            out[column] = out[column].mask(out[column] == "")
    return out


def _shade(measure: Measure, value: float) -> int:
    return sum(value >= level for level in measure.levels)


def _heatmap(tables, documents: list[dict], objectives: list[dict]) -> dict:
    cells = [measure.cells(tables) for measure in MEASURES]
    rows = []
    for doc in documents:
        row = []
        for objective in objectives:
            n = objective["objective"]
            shown = [c.get((doc["doc_id"], n), Cell(0, "", "no data")) for c in cells]
            row.append({
                "objective": n,
                "cells": [
                    {"shade": _shade(m, c.value), "shown": c.shown, "label": c.label, "marked": c.marked}
                    for m, c in zip(MEASURES, shown)
                ],
            })
        rows.append({"doc": doc, "cells": row})
    return {"measures": MEASURES, "rows": rows}


def _area_facts(tables, documents: list[dict]) -> dict:
    facts = tables["numeric_facts"]
    counts = facts.groupby([facts["doc_id"], facts["area"].fillna(0)], dropna=False).size()
    table = [
        {"doc": doc, "counts": [int(counts.get((doc["doc_id"], area), 0)) for area in (1, 2, 3, 4, 0)]}
        for doc in documents
    ]
    most = max([c for row in table for c in row["counts"]] or [0]) or 1
    for row in table:
        row["widths"] = [round(20 * c / most) for c in row["counts"]]  # bar length in twentieths
    return {"rows": table, "most": most}


@dataclass(frozen=True)
class _Asset:
    text: Markup
    digest: Markup  # for the Content-Security-Policy


def _asset(name: str) -> _Asset:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return _Asset(Markup(text), Markup(f"'sha256-{digest}'"))


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def build_report(tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> str:
    """The report page for a set of tables and the documents' normalised texts."""
    tables = {name: _as_read(df) for name, df in tables.items()}
    documents = _documents(tables)
    doc_index = {d["doc_id"]: d["index"] for d in documents}
    style, script = _asset("report.css"), _asset("report.js")
    attention = [d for d in documents if d["status"] != "ok"]
    attention.sort(key=lambda d: (d["status"] != "error", d["label"], d["doc_id"]))
    # Columns grouped under the thematic areas, as the IMRF round tables group them.
    objectives = sorted(
        ({"objective": n, "title": OBJECTIVE_TITLE[n], "label": GCM.labels[n], "area": OBJECTIVE_AREA[n]}
         for n in GCM.objectives),
        key=lambda o: (o["area"], o["objective"]),
    )
    heatmap = _heatmap(tables, documents, objectives)
    rows = _rows(tables, doc_index, texts)
    changes = _changes(tables, documents, rows)
    if len(MEASURES) > 1:  # the page switches between them: every measure's cells, in the heatmap's order
        rows["measures"] = [
            {"legend": m.legend,
             "cells": [[c["cells"][k][key] for key in ("shade", "shown", "label", "marked")]
                       for row in heatmap["rows"] for c in row["cells"]]}
            for k, m in enumerate(MEASURES)
        ]
    return _environment().get_template("report.html.j2").render(
        documents=documents,
        attention=attention,
        areas=[{"area": a, "title": t, "objectives": [o for o in objectives if o["area"] == a]}
               for a, t in AREA_TITLE.items()],
        objectives=objectives,
        heatmap=heatmap,
        area_facts=_area_facts(tables, documents),
        changes=changes,
        totals={
            "documents": len(documents),
            "countries": len({d["country"] for d in documents if d["country"]}),
            "facts": len(tables["numeric_facts"]),
            "mentions": len(tables["objective_mentions"]),
        },
        facet_countries=sorted({(d["country_name"], d["country"]) for d in documents if d["country"]}),
        kinds=sorted(set(tables["numeric_facts"]["kind"].dropna())),
        review_kinds=sorted({d["review_kind"] for d in documents if d["review_kind"]}),
        rows=_pack(rows),
        style=style,
        script=script,
    )


def read_texts(out: Path, doc_ids) -> dict[str, str]:
    """The normalised texts written beside the tables (text/<doc_id>.txt)."""
    texts = {}
    for doc_id in doc_ids:
        path = Path(out) / "text" / f"{doc_id}.txt"
        if path.exists():
            texts[doc_id] = path.read_text(encoding="utf-8")
    return texts


def write_report(tables: dict[str, pd.DataFrame], texts: dict[str, str], path: Path) -> None:
    Path(path).write_text(build_report(tables, texts), encoding="utf-8", newline="\n")


def rebuild_report(out: Path) -> Path:
    """Write report.html again from the tables and texts of an output folder, in one step.
    FileNotFoundError when the folder has no (or outdated) tables."""
    from . import store
    from .tables import read_tables

    out = Path(out)
    with store.lock(out, wait=True):
        tables = read_tables(out)
        texts = read_texts(out, tables["documents"]["doc_id"])
        # Made as any file is (the umask decides its mode), under a name no one else uses.
        temporary = out / f".report.{os.getpid()}-{secrets.token_hex(4)}.html"
        open(temporary, "x").close()
        try:
            write_report(tables, texts, temporary)
            os.replace(temporary, out / "report.html")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return out / "report.html"
