"""The public quantity test sets of the CQE paper (tests/datasets/, see SOURCE.md there), scored
through `gcm-extract facts --lines` as a user would run it: each sentence a line, each gold value
paired with a found value or range end within a relative tolerance of 1e-6."""

import csv
import io
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import _ends

DATASETS = Path(__file__).parent / "datasets"


def value_f1(name: str) -> float:
    items = json.loads((DATASETS / name).read_text(encoding="utf-8"))
    text = "".join(" ".join(item["text"].split()) + "\n" for item in items)
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "facts", "--lines", "--lang", "en"],
                            input=text, capture_output=True, text=True, check=True)
    found: dict[int, list[float]] = {}
    for row in csv.DictReader(io.StringIO(result.stdout)):
        values = [float(row["value"])] + ([float(row["value_max"])] if row["value_max"] else [])
        found.setdefault(int(row["line"]), []).extend(values)
    tp = fp = fn = 0
    for number, item in enumerate(items, start=1):
        got = found.get(number, [])
        used = [False] * len(got)
        for value in (float(x) for q in item["quantities"] for x in _ends(q["value"])):
            match = next((i for i, v in enumerate(got) if not used[i] and math.isclose(v, value, rel_tol=1e-6)), None)
            if match is None:
                fn += 1
            else:
                used[match] = True
                tp += 1
        fp += used.count(False)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name, target", [("cqe-currency.json", 0.95), ("cqe-dimension.json", 0.93)])
def test_public_quantity_sets(name, target):
    assert value_f1(name) >= target
