"""extract: (Document, Segmentation, nlp) -> (spaCy Doc, mentions, facts).

Runs the rule pipeline over the document's text once, then reads each
matched span in its section. The spans are also left on the Doc:
``doc.spans["sections"]`` (label: kind, id: section id),
``doc.spans["objective_mentions"]`` (label: objective number, id: rule id) and
``doc.spans["numeric_facts"]`` (label: kind, id: rule id).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from .context import Context
from .facts import read_cell, read_fact, read_quantity
from .mentions import objective_numbers, trim_list
from ..models import Document, NumericFact, ObjectiveMention, Section, Segmentation
from .segment import Lines
from .table_rows import find_rows

HEADING = "heading"
TEXT = "text"


class _Sections:
    """Find the section of a character offset."""

    def __init__(self, sections: tuple[Section, ...]):
        self.sections = sections
        self.starts = [s.char_start for s in sections]

    def at(self, offset: int) -> Section | None:
        i = bisect_right(self.starts, offset) - 1
        return self.sections[i] if i >= 0 else None


def _context(text: str, span: Span, section: Section) -> Context:
    """The sentence of a span, clipped to its section's body."""
    sentence = span.sent
    body_start = max(section.heading_end, section.char_start)
    start = max(sentence.start_char, body_start)
    end = min(sentence.end_char, section.char_end)
    return Context(text=text, start=start, end=max(end, start), section_id=section.section_id, area=section.area)


def run_nlp(text: str, nlp: Language) -> Doc:
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)


def extract(
    document: Document, segmentation: Segmentation, nlp: Language
) -> tuple[Doc, tuple[ObjectiveMention, ...], tuple[NumericFact, ...]]:
    """Objective mentions and numeric facts of one segmented document."""
    doc = run_nlp(document.text, nlp)
    sections = _Sections(segmentation.sections)
    doc.spans["sections"] = [
        doc.char_span(s.char_start, s.char_end, label=s.kind, span_id=s.section_id, alignment_mode="expand")
        for s in segmentation.sections
    ]
    lines = Lines(document.text)
    mentions = tuple(_mentions(doc, lines, sections))
    facts = tuple(_facts(doc, lines, sections, decimal_comma=document.language in ("es", "fr")))
    doc.spans["objective_mentions"] = [
        doc.char_span(m.char_start, m.char_end, label=str(m.objective), span_id=m.rule_id, alignment_mode="expand")
        for m in mentions
    ]
    doc.spans["numeric_facts"] = [
        doc.char_span(f.char_start, f.char_end, label=f.kind, span_id=f.rule_id, alignment_mode="expand")
        for f in facts
    ]
    return doc, mentions, facts


def _mentions(doc: Doc, lines: Lines, sections: _Sections):
    text = lines.text
    for span in doc.spans["objective_refs"]:
        span = Span(doc, span.start, span.start + trim_list(span), label=span.label, span_id=span.id)
        section = sections.at(span.start_char)
        if section is None or section.kind == "contents" or lines.is_toc(span.start_char):
            continue  # a table of contents lists objectives; it does not report on them
        in_heading = section.heading_start <= span.start_char < section.heading_end
        if in_heading:
            sentence = section.heading
        else:
            context = _context(text, span, section)
            sentence = " ".join(text[context.start:context.end].split())
        for number in objective_numbers(span.text):
            yield ObjectiveMention(
                section_id=section.section_id,
                area=section.area,
                objective=number,
                source=HEADING if in_heading else TEXT,
                surface=span.text,
                sentence=sentence,
                char_start=span.start_char,
                char_end=span.end_char,
                rule_id=span.id_,
            )


def _quantity_spans(doc: Doc, *, decimal_comma: bool) -> list[Span]:
    """Of overlapping quantity matches, the longest that reads as a quantity."""
    taken = [False] * len(doc)
    chosen = []
    for span in sorted(doc.spans["quantities"], key=lambda s: (-len(s), s.start)):
        end = span.end
        while end > span.start and doc[end - 1].is_space:  # a pattern's optional space may end a match
            end -= 1
        span = Span(doc, span.start, end, label=span.label, span_id=span.id)
        if not span or any(taken[span.start:span.end]) or read_quantity(span, decimal_comma=decimal_comma) is None:
            continue
        taken[span.start:span.end] = [True] * len(span)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _facts(doc: Doc, lines: Lines, sections: _Sections, *, decimal_comma: bool):
    text = lines.text
    rows = find_rows(text)
    for span in _quantity_spans(doc, decimal_comma=decimal_comma):
        section = sections.at(span.start_char)
        if section is None or section.kind == "contents":
            continue
        if section.heading_start <= span.start_char < section.heading_end:
            continue  # numbers in headings are numbering
        if lines.is_toc(span.start_char):
            continue
        row = rows.get(lines.start(span.start_char))
        if row is not None and any(s <= span.start_char < e for s, e in row.cells):
            fact = read_cell(doc, span, _context(text, span, section), row, decimal_comma=decimal_comma)
        else:
            fact = read_fact(doc, span, _context(text, span, section), decimal_comma=decimal_comma)
        if fact is not None:
            yield fact


def facts_in_text(text: str, nlp: Language) -> tuple[NumericFact, ...]:
    """Numeric facts of a plain text, with no document structure: offsets index ``text`` as given."""
    from ..ingest import detect_language

    whole = Section("s01", "text", None, None, None, "", 0, len(text), 0, 0)
    doc = run_nlp(text, nlp)
    decimal_comma = detect_language(text) in ("es", "fr")
    return tuple(_facts(doc, Lines(text), _Sections((whole,)), decimal_comma=decimal_comma))
