"""tables: [Extraction] -> {table name: DataFrame}, and the files written from them.

changes.csv compares the latest two editions of each series (``editions``).

Every table is declared once in ``SCHEMAS`` (ordered columns, pandas dtype,
description). The same declaration builds the DataFrames, orders their rows,
writes the CSVs and produces ``datapackage.json``, so the documentation of a
column cannot drift from the column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .countries import lookup
from .editions import latest_changes
from .models import Extraction
from .rules import AREA_TITLE, GCM, OBJECTIVE_AREA, OBJECTIVE_TITLE


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "Int64", "Float64" or "boolean"
    description: str


_DOC = Column("doc_id", "string", "Document id, from the file name (stable, filesystem-safe)")
_SECTION = Column("section_id", "string", "Section id within the document (s01, s02, ... in text order)")
_AREA = Column("area", "Int64", "Thematic area (1-4) of the section; empty outside the areas")
_PAGE = Column("page", "Int64", "Page (1-based) where the surface starts")
_START = Column("char_start", "Int64", "Offset of the first character in the normalised text (text/<doc_id>.txt)")
_END = Column("char_end", "Int64", "Offset after the last character: text[char_start:char_end] == surface")
_SENTENCE = Column("sentence", "string", "The sentence (or heading) it stands in, on one line")
_RULE = Column("rule_id", "string", "Id of the pattern that matched (rules/*.jsonl)")
_OCR = Column("ocr_confidence", "Float64",
              "Tesseract's mean word confidence (0-100) on the page, where OCR read it; empty elsewhere")

SCHEMAS: dict[str, list[Column]] = {
    "documents": [
        _DOC,
        Column("source_file", "string", "File name in the input folder"),
        Column("sha256", "string", "SHA-256 of the file's bytes"),
        Column("format", "string", "pdf, txt or md"),
        Column("pages", "Int64", "Number of pages (text files: pages separated by form feeds)"),
        Column("language", "string", "ISO 639-1 code of the text's language, empty when unsure"),
        Column("title", "string", "First line of text (the review's title)"),
        Column("status", "string", "ok, warning (extracted, but see message) or error (not extracted)"),
        Column("message", "string", "One line: what went wrong or is worth knowing, and what to do"),
        Column("country", "string", "ISO 3166-1 alpha-3 code of the reporting country; empty when unsure"),
        Column("country_name", "string", "English short name of that country"),
        Column("review_kind", "string", "imrf_review, regional_review or other; empty when unsure"),
        Column("review_year", "Int64", "Year of the review (IMRF or regional review) the document was written for"),
        Column("chars", "Int64", "Length of the normalised text"),
        Column("sections", "Int64", "Rows in sections.csv for this document"),
        Column("objective_mentions", "Int64", "Rows in objective_mentions.csv for this document"),
        Column("numeric_facts", "Int64", "Rows in numeric_facts.csv for this document"),
        Column("ocr_pages", "Int64", "Pages read by OCR (a scan, or a garbled text layer): see pages.csv"),
    ],
    "pages": [
        _DOC,
        Column("page", "Int64", "Page number (1-based)"),
        Column("reader", "string",
               "What read the page: pdfium, pdfplumber (a page pdfium cannot place), ocr (a scanned page, "
               "or a text layer that fails the quality check) or text"),
        Column("char_start", "Int64", "Offset of the page's first character in the normalised text"),
        Column("char_end", "Int64", "Offset after the page's last character (the form feed between pages excluded)"),
        _OCR,
    ],
    "sections": [
        _DOC,
        _SECTION,
        _AREA,
        Column("area_title", "string", "Title of the thematic area"),
        Column("objective", "Int64", "GCM objective (1-23) of an objective-organised section"),
        Column("subsection", "string", "trends, progress, best_practices, challenges, next_steps or other"),
        Column("heading", "string", "The heading as written, on one line; empty for the text before any heading"),
        Column("page_start", "Int64", "Page where the section starts"),
        Column("page_end", "Int64", "Page where the section ends"),
        Column("char_start", "Int64", "Offset of the section's first character (its heading included)"),
        Column("char_end", "Int64", "Offset after the section's last character; sections never overlap"),
        Column("kind", "string", "front, contents, area, objective, subsection or back"),
    ],
    "objective_mentions": [
        _DOC,
        _SECTION,
        _AREA,
        Column("objective", "Int64", "GCM objective (1-23) mentioned"),
        Column("objective_title", "string", "Official title of the objective"),
        Column("source", "string", "heading (in a section heading) or text (in the body)"),
        Column("surface", "string", "The words that name it, e.g. 'GCM Objectives: 4, 8, 9' (one row per objective)"),
        _SENTENCE,
        _PAGE,
        _START,
        _END,
        _RULE,
        _OCR,
    ],
    "numeric_facts": [
        _DOC,
        Column("fact_id", "string", "Fact id within the document (f001, f002, ... in text order)"),
        _SECTION,
        _AREA,
        Column("value", "Float64", "The number, normalised: 'about 2.6 million' is 2600000, '12 per cent' is 12"),
        Column("value_max", "Float64", "Upper bound of a range ('between 10 and 20'); empty otherwise"),
        Column("kind", "string", "count, percent, money or other (a measure with a unit)"),
        Column("unit", "string", "% for percent, ISO 4217 code for money, a unit word for other"),
        Column("counted", "string", "What the number counts, as a noun phrase ('training sessions')"),
        Column("qualifier", "string", "approximate, at_least or at_most"),
        Column("change", "string", "increase or decrease, when the number is itself a change"),
        Column("period_start", "Int64", "First year of the period the sentence gives"),
        Column("period_end", "Int64", "Last year of that period"),
        Column("as_of", "string", "Reference date the sentence gives: YYYY, YYYY-MM or YYYY-MM-DD"),
        Column("surface", "string", "The words of the fact: qualifier, number, scale, unit, counted noun"),
        _SENTENCE,
        _PAGE,
        _START,
        _END,
        _RULE,
        _OCR,
    ],
    "coverage": [
        _DOC,
        Column("country", "string", "ISO 3166-1 alpha-3 code of the reporting country (as in documents.csv)"),
        Column("objective", "Int64", "GCM objective (1-23); every document has a row for each"),
        Column("objective_title", "string", "Official title of the objective"),
        Column("area", "Int64", "Thematic area the objective belongs to"),
        Column("heading_mentions", "Int64", "Mentions of the objective in section headings"),
        Column("text_mentions", "Int64", "Mentions of the objective in the body text"),
        Column("sections", "Int64", "Sections whose heading names the objective, or that belong to its objective section"),
        Column("facts", "Int64", "Numeric facts in those sections"),
        Column("reported", "boolean", "true when any of the four counts is above 0"),
        Column("evidence_score", "Float64",
               "0-1: how densely the document uses the objective's GCM terms, named or not (objective_evidence.csv); 0 when it does not"),
    ],
    "changes": [
        Column("country", "string", "ISO 3166-1 alpha-3 code of the country whose editions are compared"),
        Column("old_doc_id", "string", "The older edition (a doc_id of documents.csv)"),
        Column("new_doc_id", "string", "The newer edition (a doc_id of documents.csv)"),
        Column("table", "string", "objectives or facts: what the row compares"),
        Column("change", "string", "added (in the new edition only), removed (in the old one only) or changed (a figure whose value differs)"),
        Column("objective", "Int64", "The objective added or removed; for a figure, the objective of its section"),
        Column("area", "Int64", "Thematic area of the objective, or of the figure's section"),
        Column("counted", "string", "What the figure counts, as the new edition words it (the old one, for a figure removed)"),
        Column("kind", "string", "count, percent, money or other"),
        Column("unit", "string", "% for percent, ISO 4217 code for money, a unit word for other"),
        Column("old_value", "Float64", "The figure in the old edition (a range's lower bound)"),
        Column("new_value", "Float64", "The figure in the new edition (a range's lower bound)"),
        Column("old_sentence", "string", "The sentence that gives it in the old edition (an objective: its first mention)"),
        Column("new_sentence", "string", "The sentence that gives it in the new edition (an objective: its first mention)"),
    ],
    "objective_evidence": [
        _DOC,
        Column("section_id", "string", "Section id within the document; empty for the row that sums the whole document"),
        _AREA,
        Column("objective", "Int64", "GCM objective (1-23) that the section addresses, named or not"),
        Column("score", "Float64", "0-1: how densely the section uses the objective's terms, comparable across documents"),
        Column("rank", "Int64", "Rank of the objective within the section (1: best supported)"),
        Column("terms", "string", "The GCM terms found, most telling first, separated by '; ' (rules/<lang>/objective_terms.jsonl)"),
        Column("term_count", "Int64", "Occurrences of those terms"),
        Column("explicit", "boolean", "True when the section (or document) also names the objective"),
    ],
    "objectives": [
        Column("objective", "Int64", "GCM objective number (1-23)"),
        Column("title", "string", "Official title (A/RES/73/195)"),
        Column("area", "Int64", "Thematic area (IMRF round table) it belongs to"),
        Column("area_title", "string", "Title of that area"),
        Column("label", "string", "Short label used by the UN Network on Migration"),
        Column("title_es", "string", "Official Spanish title (Pacto Mundial para una Migración Segura, Ordenada y Regular)"),
        Column("title_fr", "string", "Official French title (Pacte mondial pour des migrations sûres, ordonnées et régulières)"),
    ],
}

SORT_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "pages": ["doc_id", "page"],
    "sections": ["doc_id", "char_start"],
    "objective_mentions": ["doc_id", "char_start", "objective", "source"],
    "numeric_facts": ["doc_id", "char_start", "char_end"],
    "coverage": ["doc_id", "objective"],
    "changes": ["country", "old_doc_id", "new_doc_id"],  # within a comparison, the order editions.compare gives
    "objective_evidence": ["doc_id", "section_id", "rank"],
    "objectives": ["objective"],
}
# changes.csv has none: two figures removed may read the same in every column.
PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "pages": ["doc_id", "page"],
    "sections": ["doc_id", "section_id"],
    "objective_mentions": ["doc_id", "char_start", "objective"],
    "numeric_facts": ["doc_id", "fact_id"],
    "coverage": ["doc_id", "objective"],
    "objective_evidence": ["doc_id", "section_id", "objective"],
    "objectives": ["objective"],
}
# Its document rows have no section_id: SQLite takes the key, a Table Schema primary key may hold no empty value.
NO_SCHEMA_PRIMARY_KEY = {"objective_evidence"}



@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


_TO_DOCUMENT = ForeignKey(("doc_id",), "documents", ("doc_id",))
_TO_SECTION = ForeignKey(("doc_id", "section_id"), "sections", ("doc_id", "section_id"))
_TO_OBJECTIVE = ForeignKey(("objective",), "objectives", ("objective",))
FOREIGN_KEYS: dict[str, list[ForeignKey]] = {
    "pages": [_TO_DOCUMENT],
    "sections": [_TO_DOCUMENT],
    "objective_mentions": [_TO_DOCUMENT, _TO_SECTION, _TO_OBJECTIVE],
    "numeric_facts": [_TO_DOCUMENT, _TO_SECTION],
    "coverage": [_TO_DOCUMENT, _TO_OBJECTIVE],
    "changes": [
        ForeignKey(("old_doc_id",), "documents", ("doc_id",)),
        ForeignKey(("new_doc_id",), "documents", ("doc_id",)),
        _TO_OBJECTIVE,
    ],
    "objective_evidence": [_TO_DOCUMENT, _TO_SECTION, _TO_OBJECTIVE],
}


def _records(extraction: Extraction) -> dict[str, list[dict]]:
    document = extraction.document
    page = document.page_at
    doc = {"doc_id": document.doc_id}
    ends = [start - 1 for start in document.page_starts[1:]] + [len(document.text)]
    confidence = document.page_confidence or (None,) * len(document.page_readers)
    pages = [
        {**doc, "page": number, "reader": reader, "char_start": start, "char_end": end, "ocr_confidence": ocr}
        for number, (reader, start, end, ocr) in enumerate(
            zip(document.page_readers, document.page_starts, ends, confidence), start=1)
    ]
    sections = [
        {
            **doc,
            "section_id": s.section_id,
            "area": s.area,
            "area_title": AREA_TITLE.get(s.area),
            "objective": s.objective,
            "subsection": s.subsection,
            "heading": s.heading,
            "page_start": page(s.char_start),
            "page_end": page(max(s.char_start, s.char_end - 1)),
            "char_start": s.char_start,
            "char_end": s.char_end,
            "kind": s.kind,
        }
        for s in extraction.sections
    ]
    mentions = [
        {
            **doc,
            "section_id": m.section_id,
            "area": m.area,
            "objective": m.objective,
            "objective_title": OBJECTIVE_TITLE[m.objective],
            "source": m.source,
            "surface": m.surface,
            "sentence": m.sentence,
            "page": page(m.char_start),
            "char_start": m.char_start,
            "char_end": m.char_end,
            "rule_id": m.rule_id,
            "ocr_confidence": document.confidence_at(m.char_start),
        }
        for m in extraction.mentions
    ]
    facts = [
        {
            **doc,
            "fact_id": f"f{n:03d}",
            **{k: getattr(f, k) for k in (
                "section_id", "area", "value", "value_max", "kind", "unit", "counted", "qualifier",
                "change", "period_start", "period_end", "as_of", "surface", "sentence",
            )},
            "page": page(f.char_start),
            "char_start": f.char_start,
            "char_end": f.char_end,
            "rule_id": f.rule_id,
            "ocr_confidence": document.confidence_at(f.char_start),
        }
        for n, f in enumerate(sorted(extraction.facts, key=lambda f: (f.char_start, f.char_end)), start=1)
    ]
    metadata = extraction.metadata
    country = lookup(metadata.country) if metadata.country else None
    evidence = [
        {
            **doc,
            "section_id": e.section_id,
            "area": e.area,
            "objective": e.objective,
            "score": e.score,
            "rank": e.rank,
            "terms": "; ".join(e.terms),
            "term_count": e.term_count,
            "explicit": e.explicit,
        }
        for e in extraction.evidence
    ]
    documents = [
        {
            **doc,
            "source_file": document.source_file,
            "sha256": document.sha256,
            "format": document.format,
            "pages": document.pages if document.text else None,
            "language": metadata.language or document.language,
            "title": document.title,
            "country": metadata.country,
            "country_name": country.name if country else None,
            "review_kind": metadata.review_kind,
            "review_year": metadata.review_year,
            "status": extraction.status,
            "message": "; ".join(m for m in (extraction.message, *metadata.decided) if m),
            "chars": len(document.text),
            "sections": len(sections),
            "objective_mentions": len(mentions),
            "numeric_facts": len(facts),
            "ocr_pages": document.ocr_pages if document.text else None,
        }
    ]
    return {
        "documents": documents, "pages": pages, "sections": sections, "objective_mentions": mentions,
        "numeric_facts": facts, "coverage": _coverage(document.doc_id, metadata.country, extraction),
        "objective_evidence": evidence,
    }


def _coverage(doc_id: str, country: str | None, extraction: Extraction) -> list[dict]:
    """One row per objective: how a document reports on it (see SCHEMAS["coverage"])."""
    addressed = {e.objective: e.score for e in extraction.evidence if e.section_id is None}
    rows = []
    for objective in sorted(OBJECTIVE_TITLE):
        mentions = [m for m in extraction.mentions if m.objective == objective]
        sections = {s.section_id for s in extraction.sections if s.objective == objective}
        sections |= {m.section_id for m in mentions if m.source == "heading"}
        counts = {
            "heading_mentions": sum(m.source == "heading" for m in mentions),
            "text_mentions": sum(m.source == "text" for m in mentions),
            "sections": len(sections),
            "facts": sum(f.section_id in sections for f in extraction.facts),
        }
        rows.append({
            "doc_id": doc_id,
            "country": country,
            "objective": objective,
            "objective_title": OBJECTIVE_TITLE[objective],
            "area": OBJECTIVE_AREA[objective],
            **counts,
            "reported": any(counts.values()),
            "evidence_score": addressed.get(objective, 0.0),
        })
    return rows


def frame(name: str, records: list[dict]) -> pd.DataFrame:
    """A table from records: declared columns and dtypes, rows in the fixed order."""
    columns = SCHEMAS[name]
    data = {c.name: pd.array([r.get(c.name) for r in records], dtype=c.dtype) for c in columns}
    df = pd.DataFrame(data, columns=[c.name for c in columns])
    return df.sort_values(SORT_KEYS[name], kind="stable", ignore_index=True)


def build_tables(extractions: list[Extraction]) -> dict[str, pd.DataFrame]:
    """All the tables for a set of extracted documents."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for extraction in extractions:
        for name, records in _records(extraction).items():
            rows[name].extend(records)
    rows["objectives"] = [
        {
            "objective": n,
            "title": OBJECTIVE_TITLE[n],
            "title_es": GCM.title(n, "es"),
            "title_fr": GCM.title(n, "fr"),
            "area": OBJECTIVE_AREA[n],
            "area_title": AREA_TITLE[OBJECTIVE_AREA[n]],
            "label": GCM.labels[n],
        }
        for n in GCM.objectives
    ]
    tables = {name: frame(name, records) for name, records in rows.items() if name != "changes"}
    dates = {e.document.doc_id: e.metadata.file_date for e in extractions}
    tables["changes"] = frame("changes", latest_changes(tables, dates))
    return {name: tables[name] for name in SCHEMAS}


# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == "string":
            values = out[column]
            risky = values.str.startswith(_FORMULA_STARTS).fillna(False)
            out.loc[risky, column] = "'" + values[risky]
    return out


def to_csv(df: pd.DataFrame, target) -> None:
    """The one way a table is written (to a path or an open text file):
    UTF-8, '\\n' line ends, numbers without a needless '.0'."""
    neutralise(df).to_csv(target, index=False, lineterminator="\n", float_format="%.15g")


def read_csv(path: Path, name: str) -> pd.DataFrame:
    """A table written by ``to_csv``, read back with its declared dtypes."""
    dtypes = {c.name: c.dtype for c in SCHEMAS[name]}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])


def read_tables(out: Path) -> dict[str, pd.DataFrame]:
    """Every table of an output folder; FileNotFoundError (with a message to show)
    when one is missing or has other columns than ``SCHEMAS`` declares."""
    tables = {}
    for name, columns in SCHEMAS.items():
        path = Path(out) / f"{name}.csv"
        if not path.is_file():
            raise FileNotFoundError(f"no {name}.csv in {out}")
        with open(path, encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split(",")
        if header != [c.name for c in columns]:
            raise FileNotFoundError(f"{path} was written by another version of gcm-extract")
        tables[name] = read_csv(path, name)
    return tables


_TYPES = {"string": "string", "Int64": "integer", "Float64": "number", "boolean": "boolean"}


def datapackage() -> dict:
    """A Frictionless Data Package descriptor for the tables, from ``SCHEMAS``."""
    return {
        "profile": "tabular-data-package",
        "name": "gcm-extract",
        "title": "Tables extracted from voluntary GCM reviews",
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": c.name, "type": _TYPES[c.dtype], "description": c.description}
                        for c in columns
                    ],
                    **({"primaryKey": PRIMARY_KEYS[name]}
                       if name in PRIMARY_KEYS and name not in NO_SCHEMA_PRIMARY_KEY else {}),
                    **({"foreignKeys": [
                        {"fields": list(k.columns), "reference": {"resource": k.table, "fields": list(k.references)}}
                        for k in FOREIGN_KEYS[name]
                    ]} if name in FOREIGN_KEYS else {}),
                    "missingValues": [""],
                },
            }
            for name, columns in SCHEMAS.items()
        ],
    }


def write_tables(extractions: list[Extraction], folder: Path) -> dict[str, pd.DataFrame]:
    """Write the tables, datapackage.json and text/<doc_id>.txt into ``folder``
    (a staging folder: publishing it atomically is ``store.publish``'s job)."""
    folder = Path(folder)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    tables = build_tables(extractions)
    for name, df in tables.items():
        to_csv(df, folder / f"{name}.csv")
    (folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2) + "\n", encoding="utf-8")
    for extraction in extractions:
        document = extraction.document
        if document.text:
            (folder / "text" / f"{document.doc_id}.txt").write_text(document.text, encoding="utf-8", newline="")
    return tables
