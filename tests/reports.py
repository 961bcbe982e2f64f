"""Review sets for the report's, the database's and the editions' tests: a real run over a few
reviews (one of them hostile), and a large synthetic set built without the NLP."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from conftest import ROOT, SAMPLE
from pipeline.models import Document, Extraction, NumericFact, ObjectiveMention, ReviewMetadata, Section

# Text that a browser would run if the report let it through as HTML.
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "javascript:alert(3)",
    "<a href=\"javascript:alert(4)\">click</a>",
]

GUATEMALA = """Informe nacional de Guatemala

Examen voluntario del Pacto Mundial para la Migración

1 Ensuring that migration is voluntary, orderly and regular (GCM Objectives: 2, 5, 6, 12, 18)

a) Progress

In 2021, 1,250 migrant workers were registered and 45 labour inspectors were trained under objective 6.
"""

HOSTILE_REVIEW = f"""Voluntary GCM review by Peru {HOSTILE[0]}

2 Protecting migrants through rights-based border governance measures (GCM Objectives: 4, 8, 9, 10, 11, 13, 21)

a) Progress {HOSTILE[1]}

As for objective 10 {HOSTILE[2]}, 37 victims of trafficking were identified {HOSTILE[3]} in 2021.
"""

# Peru's next edition: a figure changed, an objective and a figure added, hostile text throughout.
HOSTILE_EDITION = f"""Voluntary GCM review by Peru {HOSTILE[0]}

2 Protecting migrants through rights-based border governance measures (GCM Objectives: 4, 8, 9, 10, 11, 13, 21)

a) Progress {HOSTILE[1]}

As for objective 10 {HOSTILE[2]}, 52 victims of trafficking were identified {HOSTILE[3]} in 2023.

Under objective 14, the country opened 12 consular offices {HOSTILE[0]}.
"""

HOSTILE_FILE = 'peru "><img src=x onerror=alert(5)>.txt'
HOSTILE_EDITION_FILE = "peru-2026 <b>.txt"
METADATA = (
    "source_file,url,country,review_kind,review_year,language\n"
    f"guatemala.txt,javascript:alert(6),GTM,regional_review,2021,es\n"
    f"\"{HOSTILE_FILE.replace(chr(34), chr(34) * 2)}\",,<script>alert(7)</script>,,,\n"
    f"{HOSTILE_EDITION_FILE},,PER,imrf_review,2026,\n"
)


def review_folder(folder: Path) -> Path:
    """raw/ with the sample (Japan), a Spanish review (Guatemala), a hostile one and its next
    edition (Peru), and an empty file."""
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "japan.txt")
    (folder / "guatemala.txt").write_text(GUATEMALA, encoding="utf-8")
    (folder / HOSTILE_FILE).write_text(HOSTILE_REVIEW, encoding="utf-8")
    (folder / HOSTILE_EDITION_FILE).write_text(HOSTILE_EDITION, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "metadata.csv").write_text(METADATA, encoding="utf-8")
    return folder


def second_edition(text: str) -> str:
    """The sample's next edition: figures changed (as of the end of 2024 instead of 2020), one
    objective added (with a figure), one paragraph gone (the one on training, with two figures)."""
    gone = ("In the specialized training on measures to combat trafficking for Immigration Services Agency "
            "staffs, 13 training sessions were conducted from 2009 to 2021. A total of 283 officials attended "
            "the training.\n\n")
    assert gone in text
    text = text.replace(gone, "")
    for old, new in [("As of the end of 2020", "As of the end of 2024"), ("about 2.6 million", "about 2.8 million"),
                     ("about 2.9 million", "about 3.1 million"), ("598 cases", "612 cases"),
                     ("The training for the Organization", "As for objective 5, the Specified Skilled Worker "
                      "programme was extended to 12 fields.\n\nThe training for the Organization")]:
        assert old in text
        text = text.replace(old, new)
    return text


def two_editions(folder):
    """raw/ with the sample review and its next edition, raw/metadata.csv saying which is which."""
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    (folder / "japan-2026.txt").write_text(second_edition(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    (folder / "metadata.csv").write_text(
        f"source_file,country,review_kind,review_year\n{SAMPLE.name},JPN,imrf_review,2022\n"
        "japan-2026.txt,JPN,imrf_review,2026\n", encoding="utf-8")
    return folder


def _sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")))
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if 40 < len(s) < 400]


def synthetic_extractions(documents: int = 100, pages: int = 20, facts: int = 150, mentions: int = 60,
                          seed: int = 7) -> list[Extraction]:
    """Reviews of ``pages`` pages (about 3,000 characters each) made of the gold corpus's
    sentences in random order with their numbers varied, and facts and mentions on them:
    for measuring the report, not the extraction."""
    rng = random.Random(seed)
    pool = _sentences()
    countries = ["JPN", "MEX", "GTM", "SEN", "NLD", "MDA", "PHL", "MAR", "ECU", "CAN"]
    out = []
    for d in range(documents):
        page_texts = []
        for _ in range(pages):
            chunk = []
            while sum(map(len, chunk)) < 3000:
                chunk.append(re.sub(r"\d+", lambda m: str(rng.randint(1, 99999)), rng.choice(pool)))
            page_texts.append(" ".join(chunk))
        text = "\f".join(page_texts)
        starts = tuple(sum(len(p) + 1 for p in page_texts[:i]) for i in range(pages))
        document = Document(f"review-{d:03d}", f"review-{d:03d}.pdf", f"{d:064x}", "pdf", text, starts,
                            f"Voluntary GCM review {d}", "en")
        quarter = len(text) // 4
        sections = tuple(
            Section(f"s{a:02d}", "area", a, None, None, f"{a} Area", (a - 1) * quarter,
                    len(text) if a == 4 else a * quarter, (a - 1) * quarter, (a - 1) * quarter + 5)
            for a in range(1, 5)
        )
        numbers = [m for m in re.finditer(r"\d+", text)]
        picked = sorted(rng.sample(numbers, min(facts, len(numbers))), key=lambda m: m.start())

        def sentence(at: int) -> str:
            start = max(text.rfind(". ", 0, at) + 2, 0)
            end = text.find(". ", at)
            return " ".join(text[start:end + 1 if end > 0 else len(text)].split())

        def area(at: int) -> int:
            return min(at // quarter + 1, 4)

        fact_rows = tuple(
            NumericFact(f"s{area(m.start()):02d}", area(m.start()), float(m.group()), None, "count", None,
                        "people", None, None, None, None, None, m.group(), sentence(m.start()),
                        m.start(), m.end(), "amount")
            for m in picked
        )
        mention_rows = tuple(
            ObjectiveMention(f"s{area(m.start()):02d}", area(m.start()), rng.randint(1, 23), "text", m.group(),
                             sentence(m.start()), m.start(), m.end(), "objective-numbers")
            for m in sorted(rng.sample(numbers, min(mentions, len(numbers))), key=lambda m: m.start())
        )
        metadata = ReviewMetadata(countries[d % len(countries)], "imrf_review", 2022, None,
                                  ("country from raw/metadata.csv",))
        out.append(Extraction(document, "ok", "", sections, mention_rows, fact_rows, metadata))
    return out
