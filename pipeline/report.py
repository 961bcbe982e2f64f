"""A short, readable summary of an output folder (``gcm-extract inspect``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .rules import AREA_TITLE, GCM
from .tables import read_csv


def _load(out: Path, name: str):
    path = Path(out) / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(f"no {name}.csv in {out}")
    return read_csv(path, name)


def summary(out: Path) -> str:
    documents = _load(out, "documents")
    facts = _load(out, "numeric_facts")
    mentions = _load(out, "objective_mentions")
    lines: list[str] = []
    counts = documents["status"].value_counts()
    lines.append(
        f"{len(documents)} documents: {counts.get('ok', 0)} ok, {counts.get('warning', 0)} warning, "
        f"{counts.get('error', 0)} error"
    )
    for row in documents.itertuples():
        pages = "" if pd.isna(row.pages) else f"{row.pages} p., "
        lines.append(
            f"  {row.doc_id:<28} {row.status:<8} {row.format:<4} {pages}{row.sections} sections, "
            f"{row.objective_mentions} mentions, {row.numeric_facts} facts"
        )
        if isinstance(row.message, str) and row.message:
            lines.append(f"  {'':<28} {row.message}")
    lines.append("")
    lines.append("Per thematic area           facts  mentions (heading + text)")
    for area in [1, 2, 3, 4, None]:
        in_area = (lambda df: df["area"].isna()) if area is None else (lambda df: df["area"] == area)
        f = facts[in_area(facts).fillna(False)]
        m = mentions[in_area(mentions).fillna(False)]
        heading = int((m["source"] == "heading").sum())
        label = f"{area} {AREA_TITLE[area][:24]}" if area else "- outside the areas"
        lines.append(f"  {label:<26} {len(f):>5}  {len(m):>8} ({heading} + {len(m) - heading})")
    mentioned = set(mentions["objective"].dropna().astype(int))
    never = [n for n in GCM.objectives if n not in mentioned]
    lines.append("")
    if never:
        lines.append(f"Objectives never mentioned ({len(never)}):")
        lines.extend(f"  {n:>2} {GCM.labels[n]}" for n in never)
    else:
        lines.append("Every objective is mentioned.")
    return "\n".join(lines) + "\n"
