"""Rules kept as data: the GCM reference lists, heading vocabulary, number
vocabulary and spaCy patterns, loaded once from this package."""

from __future__ import annotations

import json
from importlib.resources import files


def read_json(name: str):
    return json.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


def read_jsonl(name: str) -> list[dict]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


_GCM = read_json("gcm.json")
AREAS: list[dict] = _GCM["areas"]
OBJECTIVES: list[dict] = _GCM["objectives"]
AREA_TITLE: dict[int, str] = {a["area"]: a["title"] for a in AREAS}
OBJECTIVE_TITLE: dict[int, str] = {o["objective"]: o["title"] for o in OBJECTIVES}
OBJECTIVE_AREA: dict[int, int] = {n: a["area"] for a in AREAS for n in a["objectives"]}
SECTION_WORDS: dict = read_json("sections.json")
VOCABULARY: dict = read_json("vocabulary.json")
