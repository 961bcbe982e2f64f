"""evidence: the GCM objectives a section addresses, named or not, and the words that show it.

    gcm_objective_evidence   spaCy factory: folds every word to a key (lower case, accents
                             removed, plural ending undone: "Remittances" -> "remittance") and
                             matches the keys of rules/<lang>/objective_terms.jsonl with a
                             PhraseMatcher, across line breaks -> doc.spans["objective_evidence"]
                             (label: "<lang>:<term id>"); a stop phrase voids the terms it
                             overlaps, and of overlapping terms the longest counts
    rank_objectives          terms found in a stretch of text -> objectives, scored and ranked
    read_evidence            Document, Segmentation, mentions, Doc -> ObjectiveEvidence rows,
                             one per section and objective it addresses, and per document

The score is meant to be read and checked by hand. Each term weighs how specific it is to
its objectives: an idf over the 23 objectives, ln(23 / n) / ln(23) for a term that n
objectives' texts use (1 for a term of one objective, 0.55 for one of four), and a term said
again adds less each time: weight x (1 + ln(occurrences)). An objective's evidence is the
sum over its terms; its density, that evidence per
100 words of the section (a section under 100 words counts as 100, so that one word in a
short paragraph does not score as a page about it); its score, density / (density + 1):
0.5 at one specific term per 100 words, 0.75 at three, so that scores compare across
documents of any length. An objective needs evidence of at least 1 (one specific term, or
several shared ones) to be counted as addressed.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import asdict
from functools import cache
from math import log
from pathlib import Path
from typing import NamedTuple

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..models import ObjectiveEvidence, ObjectiveMention, Section, Segmentation
from ..rules import GCM, LANGUAGES, TermRule, lexicon, objective_terms

SPANS_KEY = "objective_evidence"
STOP = "STOP"

MIN_EVIDENCE = 1.0  # one term specific to the objective, or several shared with others
MIN_WORDS = 100  # a shorter stretch of text counts as this long
HALF_DENSITY = 1.0  # weighted terms per 100 words that score 0.5
NOT_COUNTED = ("contents",)  # a table of contents lists objectives; it does not address them
HEADING_NAMES = ("area", "objective")  # such a heading names its objectives: not evidence
HYPHENS = ("-", "\u2010")  # "capacity-building" is matched as "capacity building"


def fold(word: str, plural_endings, min_stem: int) -> str:
    """The key a word is matched by: lower case, accents removed, one apostrophe for all
    ("d’asile" as "d'asile"), a plural ending undone."""
    key = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    key = key.replace("\u2019", "'")
    if key.isalpha():
        for ending, replacement in plural_endings:
            if key.endswith(ending) and len(key) - len(ending) >= min_stem:
                return key[: len(key) - len(ending)] + replacement
    return key


@Language.factory("gcm_objective_evidence", assigns=["doc.spans"])
class ObjectiveTerms:
    """Finds the objective terms of the pipeline's language (rules/<lang>/objective_terms.jsonl)."""

    def __init__(self, nlp: Language, name: str):
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.lang = nlp.lang
        words = lexicon(nlp.lang).evidence
        self.set_terms([asdict(rule) for rule in objective_terms(self.lang)], words.plural_endings, words.min_stem)

    def set_terms(self, terms: list[dict], plural_endings, min_stem: int) -> None:
        self.terms = terms
        self.plural_endings = [tuple(pair) for pair in plural_endings]
        self.min_stem = min_stem
        self._keys: dict[str, str] = {}
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        for term in terms:
            label = STOP if term["stop"] else f"{self.lang}:{term['id']}"
            words = [self._key(t.text) for t in self.tokenizer(term["phrase"]) if _matched(t)]
            self.matcher.add(label, [Doc(self.vocab, words=words)])

    def _key(self, text: str) -> str:
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = fold(text, self.plural_endings, self.min_stem)
        return key

    def __call__(self, doc: Doc) -> Doc:
        # Match on a Doc of the words' keys, white space and hyphens left out, so that a phrase
        # broken over two lines ("trafficking in\npersons") is still one phrase.
        words = [t for t in doc if _matched(t)]
        keys = Doc(self.vocab, words=[self._key(t.text) for t in words])
        found = [(self.vocab.strings[match_id], words[start].i, words[end - 1].i + 1, end - start)
                 for match_id, start, end in self.matcher(keys)]
        stopped = [False] * len(doc)
        for label, start, end, _ in found:
            if label == STOP:
                stopped[start:end] = [True] * (end - start)
        taken = [False] * len(doc)
        spans = []
        for label, start, end, _ in sorted(found, key=lambda m: (-m[3], m[1])):  # most words first
            if label == STOP or any(stopped[start:end]) or any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            spans.append(Span(doc, start, end, label=label))
        doc.spans[SPANS_KEY] = sorted(spans, key=lambda s: s.start)
        return doc

    # Serialisation: the terms travel with the pipeline.
    def _state(self) -> dict:
        return {"terms": self.terms, "plural_endings": [list(p) for p in self.plural_endings],
                "min_stem": self.min_stem}

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        state = srsly.msgpack_loads(data)
        self.set_terms(state["terms"], state["plural_endings"], state["min_stem"])
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "terms.json", self._state())

    def from_disk(self, path, *, exclude=tuple()):
        state = srsly.read_json(Path(path) / "terms.json")
        self.set_terms(state["terms"], state["plural_endings"], state["min_stem"])
        return self


def _matched(token) -> bool:
    return not token.is_space and token.text not in HYPHENS


# --- scoring ------------------------------------------------------------------------------


@cache
def terms() -> dict[str, TermRule]:
    """Every language's terms by span label ("en:remittances")."""
    return {f"{lang}:{rule.id}": rule for lang in LANGUAGES for rule in objective_terms(lang) if not rule.stop}


def specificity(rule: TermRule) -> float:
    """How telling a term is of its objectives: an idf over the 23 objectives, from 0 to 1."""
    total = len(GCM.objectives)
    return log(total / len(set(rule.objectives))) / log(total)


class Addressed(NamedTuple):
    """An objective that a stretch of text addresses."""

    objective: int
    score: float
    evidence: float  # the summed weights of its terms' occurrences
    terms: tuple[str, ...]  # most telling first: weight times occurrences, then the phrase
    term_count: int  # occurrences


def rank_objectives(labels: list[str], words: int) -> list[Addressed]:
    """The objectives that the terms found in a text of ``words`` words address, best first."""
    counts: dict[int, dict[str, list]] = defaultdict(dict)  # objective -> phrase -> [weight, occurrences]
    for label in labels:
        rule = terms()[label]
        for objective in set(rule.objectives):
            counts[objective].setdefault(rule.phrase, [specificity(rule), 0])[1] += 1
    addressed = []
    for objective, found in counts.items():
        # A term said again adds less each time: its weight times 1 + ln(occurrences).
        weights = {phrase: weight * (1 + log(n)) for phrase, (weight, n) in found.items()}
        evidence = sum(weights.values())
        if evidence < MIN_EVIDENCE - 1e-9:
            continue
        density = 100 * evidence / max(words, MIN_WORDS)
        telling = sorted(weights, key=lambda phrase: (-round(weights[phrase], 9), phrase))
        addressed.append(Addressed(objective, round(density / (density + HALF_DENSITY), 3), round(evidence, 9),
                                   tuple(telling), sum(n for _, n in found.values())))
    return sorted(addressed, key=lambda a: (-a.score, -a.evidence, a.objective))


# --- reading a document ----------------------------------------------------------------------


class TermIndex:
    """Evidence terms and words between two offsets of a document."""

    def __init__(self, doc: Doc, skip=lambda offset: False):
        found = [s for s in doc.spans[SPANS_KEY] if s.label_ in terms() and not skip(s.start_char)]
        self.starts = [s.start_char for s in found]
        self.labels = [s.label_ for s in found]
        self.words = [t.idx for t in doc if t.is_alpha]

    def labels_in(self, start: int, end: int) -> list[str]:
        return self.labels[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def words_in(self, start: int, end: int) -> int:
        return bisect_left(self.words, end) - bisect_left(self.words, start)


def counted_part(section: Section) -> tuple[int, int] | None:
    """Where a section's evidence is read: all of it but a heading that names objectives."""
    if section.kind in NOT_COUNTED:
        return None
    start = section.heading_end if section.kind in HEADING_NAMES else section.char_start
    return max(start, section.char_start), section.char_end


def read_evidence(segmentation: Segmentation, mentions: tuple[ObjectiveMention, ...], doc: Doc,
                  skip=lambda offset: False) -> tuple[ObjectiveEvidence, ...]:
    """The objectives each section addresses and those the whole document addresses (section_id
    None), with ``explicit`` where the section (or the document) also names the objective.
    ``skip(offset)`` leaves out terms at offsets that do not count (a table of contents line)."""
    index = TermIndex(doc, skip)
    named = defaultdict(set)
    for mention in mentions:
        named[mention.section_id].add(mention.objective)
        named[None].add(mention.objective)
    rows: list[ObjectiveEvidence] = []
    all_labels, all_words = [], 0
    for section in segmentation.sections:
        part = counted_part(section)
        if part is None:
            continue
        labels, words = index.labels_in(*part), index.words_in(*part)
        all_labels += labels
        all_words += words
        explicit = named[section.section_id] | ({section.objective} if section.objective else set())
        named[None] |= explicit
        rows += _rows(section.section_id, section.area, rank_objectives(labels, words), explicit)
    rows += _rows(None, None, rank_objectives(all_labels, all_words), named[None])
    return tuple(rows)


def _rows(section_id, area, addressed: list[Addressed], explicit: set[int]) -> list[ObjectiveEvidence]:
    return [
        ObjectiveEvidence(section_id=section_id, area=area, objective=a.objective, score=a.score, rank=rank,
                          terms=a.terms, term_count=a.term_count, explicit=a.objective in explicit)
        for rank, a in enumerate(addressed, start=1)
    ]
