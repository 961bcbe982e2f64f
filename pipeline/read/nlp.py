"""nlp: the spaCy pipeline, built from ``spacy.blank("en")`` and rule components.

    tokenizer            + a prefix rule that splits numbers glued to words ("60cases")
    gcm_quantity_tokens  merges multi-token vocabulary ("per cent", "years old",
                         "1 234" with a no-break or thin space) and tags number
                         vocabulary in ``token.norm_`` (<NUM>, <RANGE>, <WNUM>,
                         <SCALE>, <CUR>, <PCT>, <UNIT>, <FRAC>), so that the
                         patterns can name the vocabulary without repeating it
    gcm_sentences        sentence starts after . ! ? (not after abbreviations)
                         and at blank lines
    quantities           SpanRuler, rules/quantity_patterns.jsonl -> doc.spans["quantities"]
    objective_refs       SpanRuler, rules/objective_patterns.jsonl -> doc.spans["objective_refs"]

Nothing is downloaded: the pipeline is code and the rule files in ``rules/``.
"""

from __future__ import annotations

import re
from functools import cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex, compile_suffix_regex, filter_spans

from ..rules import VOCABULARY, read_jsonl

NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
GROUPED_NUMBER = re.compile(r"^\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$")
RANGE = re.compile(r"^\d+(?:[.,]\d+)*[-–—]\d+(?:[.,]\d+)*$")
# A number glued to the word after it ("60cases", "5km"), but not an ordinal ("2nd").
GLUED_NUMBER_PREFIX = r"\d+(?:[.,]\d+)*(?=(?!(?:st|nd|rd|th)\b)[A-Za-z]{2,})"
# A scale glued after a number ("2m", "3.5bn", "5k"): split off, then tagged as a scale.
GLUED_SCALE_SUFFIX = r"(?<=\d)(?:m|mn|bn|k)$"
# The sign of a change in a table ("+19.6", "-47.0").
SIGN_PREFIX = r"[+\-−](?=\d)"
# A French or Italian elided article ("l'objectif", "d'asile").
ELISION_PREFIX = r"[lLdD][’'](?=[^\W\d_])"
_GROUP_SPACES = ("\u00a0", "\u202f", "\u2009")

_ABBREVIATIONS = frozenset(
    "no nos art arts para paras p pp mr mrs ms dr st vs approx obj fig vol ed eds jan feb mar apr jun "
    "jul aug sep sept oct nov dec inc ltd co dept gov govt min res op cf al".split()
)


_VOCABULARY_TAGS = (
    ("scales", "<SCALE>"),
    ("units", "<UNIT>"),
    ("spelled_numbers", "<WNUM>"),
    ("percent_signs", "<PCT>"),
    ("currencies", "<CUR>"),
    ("fractions", "<FRAC>"),
)


def _tags() -> dict[str, str]:
    """Single-token vocabulary -> NORM tag."""
    return {word: tag for key, tag in _VOCABULARY_TAGS for word in VOCABULARY[key] if " " not in word}


def _multiword() -> dict[str, str]:
    """Multi-token vocabulary -> NORM tag; these phrases are merged into one token."""
    phrases = {"per cent": "<PCT>", "por ciento": "<PCT>", "pour cent": "<PCT>", "percentage points": "<PCT>",
               "us dollars": "<CUR>", "u.s. dollars": "<CUR>", "us$": "<CUR>"}
    phrases.update({age: "<UNIT>" for age in VOCABULARY["ages"]})
    phrases.update({unit: "<UNIT>" for unit in VOCABULARY["units"] if " " in unit})
    phrases.update({f: "<FRAC>" for f in VOCABULARY["fractions"] if " " in f})
    return phrases


@Language.factory("gcm_quantity_tokens")
class QuantityTokens:
    def __init__(self, nlp: Language, name: str):
        self.tags = _tags()
        self.multiword = _multiword()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.multiword:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc[s:e] for _, s, e in self.matcher(doc)] + list(self._digit_groups(doc))
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                if len(span) > 1:
                    retokenizer.merge(span)
        for token in doc:
            tag = self._tag(token)
            if tag:
                token.norm_ = tag
        return doc

    @staticmethod
    def _digit_groups(doc: Doc):
        """'1 234 567' written with no-break or thin spaces: one number."""
        i = 0
        while i < len(doc) - 2:
            end = i
            if doc[i].text.isdigit() and len(doc[i].text) <= 3:
                while end + 2 < len(doc) and doc[end + 1].text in _GROUP_SPACES and re.fullmatch(
                    r"\d{3}(?:[.,]\d+)?", doc[end + 2].text
                ):
                    end += 2
            if end > i:
                yield doc[i:end + 1]
            i = end + 1

    def _tag(self, token) -> str | None:
        text = token.text
        if NUMBER.match(text) or GROUPED_NUMBER.match(text):
            return "<NUM>"
        if RANGE.match(text):
            return "<RANGE>"
        lower = " ".join(text.lower().split())
        if lower in self.multiword:
            return self.multiword[lower]
        if lower in VOCABULARY["glued_scales"] and token.i and token.nbor(-1).like_num and not token.nbor(-1).whitespace_:
            return "<SCALE>"  # "£2m", "3.5bn", "5k": a scale glued to its number
        tag = self.tags.get(lower)
        # An ISO currency code counts only in capitals ("MAD", not "mad"; "yen" is a word).
        if tag == "<CUR>" and VOCABULARY["currencies"][lower] == lower.upper() and not text.isupper():
            return None
        return tag


@Language.component("gcm_sentences")
def set_sentences(doc: Doc) -> Doc:
    # Set all at once: assigning token.is_sent_start one by one rescans the Doc each time.
    starts = numpy.full((len(doc), 1), -1, dtype="int32")
    last = None  # the last token that is not white space
    paragraph = False  # a blank line or page break since then
    for token in doc:
        if token.is_space:
            paragraph = paragraph or token.text.count("\n") >= 2 or "\f" in token.text
            continue
        if last is None or paragraph or (
            last.text in (".", "!", "?", "…") and _starts_sentence(token) and not _abbreviation(doc, last.i)
        ):
            starts[token.i, 0] = 1
        last, paragraph = token, False
    if len(doc):
        starts[0, 0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy itself stores it
    return doc


def _starts_sentence(token) -> bool:
    return token.is_title or token.is_upper or token.is_digit or token.text[:1] in "\"'“‘("


def _abbreviation(doc: Doc, period: int) -> bool:
    if period == 0:
        return False
    before = doc[period - 1]
    return before.lower_ in _ABBREVIATIONS or (len(before.text) == 1 and before.is_alpha)


@cache
def build_pipeline() -> Language:
    """The pipeline, built once per process and shared."""
    nlp = spacy.blank("en")
    prefixes = list(nlp.Defaults.prefixes) + [GLUED_NUMBER_PREFIX, ELISION_PREFIX, SIGN_PREFIX]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(nlp.Defaults.suffixes) + [GLUED_SCALE_SUFFIX]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("gcm_quantity_tokens")
    nlp.add_pipe("gcm_sentences")
    # Quantities keep every match, overlapping ones too: the longest that reads as
    # a quantity wins, which only the reader can tell ("1,985 -17.6" is no range).
    for name, patterns, longest in (
        ("quantities", "quantity_patterns.jsonl", False),
        ("objective_refs", "objective_patterns.jsonl", True),
    ):
        config = {"spans_key": name, "validate": True}
        if longest:
            config["spans_filter"] = {"@misc": "spacy.first_longest_spans_filter.v1"}
        ruler = nlp.add_pipe("span_ruler", name=name, config=config)
        ruler.add_patterns(read_jsonl(patterns))
    return nlp
