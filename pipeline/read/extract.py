"""extract: (Document, Segmentation, pipelines) -> (spaCy Doc, mentions, facts).

Runs the rule pipeline of the document's language over its text once, then reads each
matched span in its section. A document compiled from contributions in several languages
is read by each language's pipeline where that language is written (``language_regions``).
The spans are also left on the Doc of the document's language:
``doc.spans["sections"]`` (label: kind, id: section id),
``doc.spans["objective_mentions"]`` (label: objective number, id: rule id) and
``doc.spans["numeric_facts"]`` (label: kind, id: rule id) and
``doc.spans["objective_evidence"]`` (label: the term, read/evidence.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import takewhile
from dataclasses import replace
from collections import Counter
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .counted import TIME_UNITS, compares_a_time, counted_after, counted_subject, first_plural_noun, gapped_agent_share, is_people, is_place, is_plural, names_place, is_time_word, trim_participle, verb_form
from .context import Context, is_month, lex_of, next_token, phrase_before, previous_token, year_prepositions
from .evidence import SPANS_KEY as EVIDENCE
from .facts import read_cell, read_fact, read_quantity, recorded_change_words
from .mentions import objective_numbers, trim_list
from ..models import Document, NumericFact, ObjectiveMention, Section, Segmentation
from ..rules import COMMON, DEFAULT_LANGUAGE, lexicon, lexicons
from .nlp import Pipelines
from .numbers import alternation, is_year, parse_number
from .segment import Lines
from .table_rows import BAND_LABEL, SPAN_LABEL, TOTAL_WORDS, find_rows

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


class Region(NamedTuple):
    """A stretch of text written in one language."""

    start: int
    end: int
    lang: str


@cache
def _distinctive_function_words() -> dict[str, frozenset[str]]:
    """Each language's function words that no other language the rules read shares:
    "de", "la" and "en" are Spanish and French alike, so they tell neither."""
    listed = {lex.lang: frozenset(lex.words.function_words) for lex in lexicons()}
    return {lang: words - frozenset().union(*(w for other, w in listed.items() if other != lang))
            for lang, words in listed.items()}


def _paragraph_language(text: str) -> str | None:
    """The language of a paragraph when its function words make it plain, else None."""
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))
    scores = sorted(((sum(words[w] for w in distinctive), lang)
                     for lang, distinctive in _distinctive_function_words().items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    return lang if best >= 4 and best >= 2 * max(second, 1) else None


def language_regions(text: str, language: str) -> list[Region]:
    """Where each language is written: paragraphs whose function words plainly belong to
    another language than the document's form regions of their own; the rest, headings and
    short lines included, belong to the language of what precedes them."""
    main = language if language in {lex.lang for lex in lexicons()} else DEFAULT_LANGUAGE
    regions: list[Region] = []
    current, start = main, 0
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n|\f", text)]
    for begin, end in zip([0] + breaks, breaks + [len(text)]):
        lang = _paragraph_language(text[begin:end])
        if lang is not None and lang != current:
            if begin > start:
                regions.append(Region(start, begin, current))
            current, start = lang, begin
    regions.append(Region(start, len(text), current))
    return regions


class _Languages:
    """The language of a character offset."""

    def __init__(self, regions: list[Region]):
        self.regions = regions
        self.starts = [r.start for r in regions]

    def at(self, offset: int) -> str:
        return self.regions[max(0, bisect_right(self.starts, offset) - 1)].lang


def extract(
    document: Document, segmentation: Segmentation, pipelines: Pipelines
) -> tuple[Doc, tuple[ObjectiveMention, ...], tuple[NumericFact, ...]]:
    """Objective mentions and numeric facts of one segmented document."""
    regions = language_regions(document.text, document.language)
    languages = _Languages(regions)
    main = languages.at(0) if len(regions) == 1 else (document.language or DEFAULT_LANGUAGE)
    sections = _Sections(segmentation.sections)
    lines = Lines(document.text)
    mentions: list[ObjectiveMention] = []
    facts: list[NumericFact] = []
    docs = {}
    evidence: list[Span] = []
    for lang in sorted({r.lang for r in regions}, key=lambda lang: lang != main):
        doc = docs[lang] = run_nlp(document.text, pipelines[lang])
        evidence += [s for s in doc.spans[EVIDENCE] if languages.at(s.start_char) == lang]
        mentions += [m for m in _mentions(doc, lines, sections) if languages.at(m.char_start) == lang]
        facts += [f for f in _facts(doc, lines, sections, decimal_comma=lexicon(lang).words.decimal_comma)
                  if languages.at(f.char_start) == lang]
    mentions.sort(key=lambda m: (m.char_start, m.objective))
    facts.sort(key=lambda f: (f.char_start, f.char_end))
    doc = docs[main] if main in docs else next(iter(docs.values()))
    doc.spans["sections"] = [
        doc.char_span(s.char_start, s.char_end, label=s.kind, span_id=s.section_id, alignment_mode="expand")
        for s in segmentation.sections
    ]
    doc.spans["objective_mentions"] = [
        doc.char_span(m.char_start, m.char_end, label=str(m.objective), span_id=m.rule_id, alignment_mode="expand")
        for m in mentions
    ]
    doc.spans["numeric_facts"] = [
        doc.char_span(f.char_start, f.char_end, label=f.kind, span_id=f.rule_id, alignment_mode="expand")
        for f in facts
    ]
    doc.spans[EVIDENCE] = sorted(
        (doc.char_span(s.start_char, s.end_char, label=s.label_, alignment_mode="expand") for s in evidence),
        key=lambda s: s.start,
    )
    return doc, tuple(mentions), tuple(facts)


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
        brk = next((t.i for t in span if t.is_space and t.text.count("\n") >= 2), None)
        if brk is not None and all(t.norm_ == "<CUR>" or t.is_space for t in doc[brk:span.end]):
            continue  # "Report 2009" / "US$ 3.3 billion ...": the currency of the next paragraph is no unit of a year
        if not span or any(taken[span.start:span.end]) or _ends_in_date(doc, span) or _movement(doc, span) \
                or _mixed_range(span) or _year_label(span) or _year_tail_range(doc, span) \
                or _dated_level(doc, span) or _signed_pair(span) or read_quantity(span, decimal_comma=decimal_comma) is None:
            continue
        taken[span.start:span.end] = [True] * len(span)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


_GROUPED = re.compile(r"\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+")  # grouped in thousands; "15 -24" is a loose range


def _year_tail_range(doc: Doc, span: Span) -> bool:
    """Whether a range opens on the last two digits of a span of years printed against its first year ("in fiscal
    year 2021-22 to US$31.2 billion", "from 123,800 in 2004-05 to 277,330"): a year's end, then the figure after "to",
    not a range from 22 to 31.2."""
    if not span.id_.startswith("range"):
        return False
    first = span[0]
    dash = previous_token(doc, span.start)
    year = previous_token(doc, dash.i) if dash is not None and dash.text in ("-", "–", "/") else None
    return bool(re.fullmatch(r"\d\d", first.text)) and year is not None and is_year(year.text) \
        and not year.whitespace_ and not dash.whitespace_


def _signed_pair(span: Span) -> bool:
    """Whether a range's dash is the sign of its second figure ("- 7,800 -34,500" in a table row,
    "7,800 -34,500", "3.425 222 -2.027"): spaced from the figure before it (grouped in thousands, or
    itself after a figure), glued to the figure after it."""
    if not span.id_.startswith("range"):
        return False
    dash = next((t for t in span if t.text in ("-", "–", "−") and t.i > span.start), None)
    before = previous_token(span.doc, span.start)
    after = next_token(span.doc, span.end)
    # "-6.297 222 -2.027 18": a cell among cells
    row = before is not None and before.norm_ == "<NUM>" or after is not None and after.norm_ == "<NUM>"
    return dash is not None and bool(span.doc[dash.i - 1].whitespace_) and not dash.whitespace_ \
        and dash.i + 1 < span.end and span.doc[dash.i + 1].norm_ == "<NUM>" \
        and bool(_GROUPED.fullmatch(span.doc[dash.i + 1].text)) \
        and (bool(_GROUPED.fullmatch(span.doc[dash.i - 1].text)) or row)


_FROM_WORDS = frozenset(COMMON.words.from_words)  # where a movement starts: "from 4,000", "de 2.000", "du 1er"


def _movement(doc: Doc, span: Span) -> bool:
    """ "rose from 56 per cent to 58 per cent", "up 379,000 to 704,000", "increased by 450 to
    3,200": two figures of a movement, a level before and after (or a change and a level), not
    a range."""
    if not span.id_.startswith(("range-from-to", "range-to")):
        return False
    lex = lex_of(doc)
    joiner = next((t for t in span[1:] if t.lower_ in lex.words.range_words or t.text in ("-", "–", "—")), None)
    if joiner is None or not joiner.is_alpha:
        return False  # "rose by 5-7 percent": one range
    before = previous_token(doc, span.start)
    start = span.start
    if before is not None and before.norm_ == "<CUR>" and span.id_.startswith("range-to"):
        start = before.i
        before = previous_token(doc, before.i)  # "de US$322 a US$347": the lead word before the currency
    while before is not None and before.i > 0 and before.lower_ in lex.words.change_adverbs \
            and span.start - before.i <= 3:
        before = previous_token(doc, before.i)  # "ha pasado además de US$322 a US$347", "rose sharply from"
    for frame in lex.words.figure_frames if before is not None and before.i == span.start - 1 else ():
        size = len(frame.split())
        if start >= size and [t.lower_ for t in doc[start - size:start]] == frame.split():
            before = previous_token(doc, start - size)  # "fell by a record 12,000 to 48,000": the change before the frame
            break
    changes = lex.phrases("changes") | lex.phrases("changes_before_percent")
    if before is not None and before.lower_ in lex.words.change_prepositions:
        if _shared_percent(span, joiner):
            return False  # "grow by 3 to 4 percent": one range
        verb = previous_token(doc, before.i)
        while verb is not None and verb.lower_ in lex.words.change_adverbs and before.i - verb.i <= 3:
            verb = previous_token(doc, verb.i)  # "rose sharply by 1,200 to 14,600"
        if verb is not None and (verb.lower_ in changes or phrase_before(doc, verb.i + 1, changes) is not None):
            return True
    if span.id_.startswith("range-from-to") and _after_movement(doc, span.start, changes, lex):
        return True  # "rose from 4,000 to 5,000 in Spain and from 2,000 to 2,500 in Italy": the same movement again
    if span.id_.startswith("range-from-to") and before is not None and before.text == "," \
            and _change_figure_before(doc, before.i, changes, lex):
        return True  # "admissions rose 137%, from 184,575 to 437,590": the change, then the levels it moved between
    if span.id_.startswith("range-from-to") and _clause_moves(doc, span.start, changes):
        return True  # "emigration still on the rise, from 27,700 to 40,200"; "went up too in the same span, from"
    return before is not None and (before.lower_ in changes or phrase_before(doc, start, changes) is not None
                                   or before.lower_ in lex.words.movement_words  # "passe de 198,8 à 213,8"
                                   or before.lower_ in _FROM_WORDS and span.id_.startswith("range-to")
                                   or before.text == "(" and span.id_.startswith("range-from-to")
                                   and _after_change(doc, before.i, lex))


def _change_figure_before(doc: Doc, comma: int, changes, lex) -> bool:
    """Whether a share or a figure of change stands right before the comma at ``comma``, after its verb: "rose 137%,",
    "fell by 12 percent,"."""
    k = comma - 1
    while k >= 0 and (doc[k].norm_ == "<PCT>" or doc[k].text == "%"):
        k -= 1
    if k < 0 or doc[k].norm_ != "<NUM>" or k == comma - 1:
        return False
    verb = previous_token(doc, k)
    if verb is not None and verb.lower_ in lex.words.change_prepositions:
        verb = previous_token(doc, verb.i)
    return verb is not None and (verb.lower_ in changes or phrase_before(doc, verb.i + 1, changes) is not None)


def _clause_moves(doc: Doc, index: int, changes) -> bool:
    """Whether a change word stands in the twelve words before ``index`` in its sentence, with no figure
    and no clause break (";", ":", a bracket) between: a "from X to Y" there gives its two levels."""
    k = index - 1
    while k >= 0 and index - k <= 12 and not doc[k].is_sent_start:
        token = doc[k]
        span_of_time = k + 1 < index and is_time_word(doc[k + 1].lower_.rstrip("s"), lex_of(doc))  # "12 month span"
        if (token.like_num or any(c.isdigit() for c in token.text)) and not span_of_time \
                or token.text in (";", ":", "(", ")"):
            return False
        if token.lower_ in changes:
            return True
        k -= 1
    return k >= 0 and index - k <= 12 and doc[k].lower_ in changes


def _after_movement(doc: Doc, index: int, changes, lex) -> bool:
    """Whether the clause before token ``index`` already moved a figure "from" one level to another
    ("They went from 551,000 to 588,000 in Quebec, and nationally ...")."""
    for token in reversed(doc[max(0, index - 40):index]):
        if token.text in (".", ";", ":") or "\n\n" in token.text:
            return False
        if token.lower_ not in _FROM_WORDS or not token.i:
            continue
        verb = previous_token(doc, token.i)
        while verb is not None and verb.lower_ in lex.words.change_adverbs and token.i - verb.i <= 3:
            verb = previous_token(doc, verb.i)
        if verb is not None and (verb.lower_ in changes or verb.lower_ in lex.words.movement_words
                                 or phrase_before(doc, verb.i + 1, changes) is not None):
            following = next_token(doc, token.i + 1)
            return following is not None and following.norm_ in ("<NUM>", "<CUR>")  # "from 4,000", not "from Syria"
    return False


def _mixed_range(span: Span) -> bool:
    """A "range" whose ends are of two kinds, a share and an amount ("grimper de 14,2% à 159,66 MMDH"): a
    change and the level it reached, two figures."""
    if not span.id_.startswith("range"):
        return False
    numbers = [t.i for t in span if t.norm_ in ("<NUM>", "<WNUM>")]
    if len(numbers) < 2:
        return False
    first = {t.norm_ for t in span.doc[numbers[0] + 1:numbers[1]]}
    second = {t.norm_ for t in span.doc[numbers[-1] + 1:min(span.end + 1, len(span.doc))]}  # and the word after
    return "<PCT>" in first and "<PCT>" not in second and bool(second & {"<CUR>", "<SCALE>"})


def _year_label(span: Span) -> bool:
    """A "range" from a year to a figure grouped in thousands ("2016 - 530,250 unauthorized immigrants are
    caught", "FY2017 - 40,810"): a year that labels a figure, not the low end of a range."""
    if not span.id_.startswith("range"):
        return False
    numbers = [t for t in span if t.norm_ in ("<NUM>", "<WNUM>")]
    return len(numbers) == 2 and is_year(numbers[0].text) and bool(_GROUPED.fullmatch(numbers[1].text))


def _shared_percent(span: Span, joiner) -> bool:
    """ "3 to 4 percent": a bare figure whose percent sign comes only after the second, close
    above it, is one end of a range of shares, not a change before a level ("by 0.3 to 4.1
    percent" stays a change and a level)."""
    first = [t for t in span[:joiner.i - span.start] if not t.is_space]
    second = [t for t in span[joiner.i - span.start + 1:] if not t.is_space]
    if [t.norm_ for t in first] != ["<NUM>"] or not second or second[-1].norm_ != "<PCT>" \
            or [t.norm_ for t in second[:-1]] != ["<NUM>"]:
        return False
    comma = lex_of(span.doc).words.decimal_comma
    low = parse_number(first[0].text, decimal_comma=comma)
    high = parse_number(second[0].text, decimal_comma=comma)
    return low is not None and high is not None and 0 < low < high <= 2 * low


def _after_change(doc: Doc, index: int, lex) -> bool:
    """Whether a bracket follows a change in its clause: "subieron un 139% respecto de 2016 (de
    11.298 a 27.075 casos)": the figures in it are the levels before and after."""
    changes = lex.phrases("changes")
    for token in reversed(doc[max(0, index - 10):index]):
        if token.text in (".", ";", ")", "(") or "\n\n" in token.text:
            return False
        if token.lower_ in changes or "%" in token.text or token.lower_ in lex.words.multiples:
            return True  # "more than doubled between 2012 and 2022 (from 805 to 1,656 persons)"
    return False


def _dated_level(doc: Doc, span: Span) -> bool:
    """ "passant de 85 726 en 2016 à 91 422", "from 12,400 in 2019 to 15,900": a year after its
    lead word and the figure of the next level, not a range."""
    if not span.id_.startswith("range-to") or not is_year(span[0].text):
        return False
    words = lex_of(doc).words
    before = previous_token(doc, span.start)
    if before is not None and before.lower_ in words.dates.year_articles:
        before = previous_token(doc, before.i)  # "pasó de 2.000 en el 2015 a 3.000"
    return before is not None and before.lower_ in words.year_leads


def _ends_in_date(doc: Doc, span: Span) -> bool:
    """A span of several tokens whose last number is the day of a date ("de 7,3 % al 31 de
    diciembre"): the figure is the shorter span before it."""
    if len(span) < 2 or span[-1].norm_ != "<NUM>":
        return False
    following = next_token(doc, span.end)
    if following is not None and following.lower_ in lex_of(doc).words.dates.day_month_joiner:
        following = next_token(doc, following.i + 1)
    return following is not None and is_month(following)


def _own_relative_times(facts, text: str, lex) -> list[NumericFact]:
    """A figure followed by a time of its own that names no year ("les envois s'élèvent à 33 milliards de dollars cette
    année, puis à 34 milliards en 2015") takes no as_of from a year written later in its sentence, which dates the
    later figure."""
    words = lex.words
    if not words.own_relative_times:
        return list(facts)
    own = re.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{alternation(words.own_relative_times)})\b", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        found = own.match(text, fact.char_end) if fact.as_of and fact.period_start is None else None
        if found is None or "," in text[fact.char_end:found.end()]:
            continue
        start = _sentence_start(text, fact)
        if start < 0 or fact.as_of[:4] in text[start:found.end()]:
            continue  # "En 2014, ... 33 milliards cette année": the year the sentence opened on
        facts[index] = replace(fact, as_of=None)
    return facts


def _stay_durations(facts, text: str, lex) -> list[NumericFact]:
    """The length of a stay that defines who is counted ("people who enter the country for a stay of 90 days or more",
    "residents had stayed at least three months", "(persons planning a stay of one year or more)") is a rule of the
    count, not a figure of its time: it takes no as_of from the sentence's date."""
    words = lex.words
    if not words.stay_words:
        return list(facts)
    stay = re.compile(rf"\b(?:{alternation(words.stay_words)})\b[^\d.;:()]{{0,25}}$", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind == "other" and fact.as_of and is_time_word((fact.unit or "").lower(), lex) \
                and stay.search(text, max(0, fact.char_start - 40), fact.char_start):
            facts[index] = replace(fact, as_of=None)
    return facts


def _largest_group_counts(facts, text: str, lex) -> list[NumericFact]:
    """A bare count after a group said to be the largest counts that group, not the set it is the largest of: "Iraqis
    remain the biggest nationality among asylum seekers, at 17,500" -> Iraqis; "with ROK citizens the biggest group
    with 12,766" -> citizens. A count that names its own noun ("the biggest group with 570,708 people") keeps it."""
    words = lex.words
    if not words.largest_group_nouns or not words.ranked_set_modifiers:
        return list(facts)
    ranked = rf"(?:(?:second|third)[- ])?(?:{alternation(words.ranked_set_modifiers)})"
    group = re.compile(rf"\b((?:[^\W\d_][\w-]*\s+){{1,4}})the\s+{ranked}\s+(?:{alternation(words.largest_group_nouns)})"
                       rf"\b[^\d;:()]{{0,80}}?,?\s+(?:at|with)\s+$", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "count" or re.search(r"[^\W\d_]", fact.surface):
            continue
        start = _sentence_start(text, fact)
        found = group.search(text, max(start, 0, fact.char_start - 160), fact.char_start) if start >= 0 else None
        # the group: the first plural of the words before "the biggest group" ("with ROK citizens", "Iraqis remain")
        named = next((w for w in found.group(1).split() if w.lower() not in lex.spacy_stop_words
                      and is_plural(w.lower(), lex) and not is_place(w, lex)), None) if found else None
        if named:
            facts[index] = replace(fact, counted=named)
    return facts


def _counted_occasions(facts, text: str, lex) -> list[NumericFact]:
    """A figure of "fois" in the hundreds or more, with no comparison after it ("ont déposé une demande d'asile 142 500
    fois en 2023", "a fait appel à l'Office 30.757 fois"), counts occasions (`count`, `fois`), not a multiple: a
    multiple that large is written with its comparison ("100 fois plus")."""
    words = lex.words
    if not words.occasion_counts:
        return list(facts)
    compared = re.compile(rf"\s*(?:{alternation([*words.comparative_words, *words.of_words, *words.determiners])})\b", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.unit != "times" or fact.value < 100 or fact.change or fact.value_max is not None \
                or compared.match(text, fact.char_end):
            continue
        facts[index] = replace(fact, kind="count", unit=None)
    return facts


def _undated_prior_levels(facts, text: str, lex) -> list[NumericFact]:
    """The level before, after "après" and a comma, with no year of its own ("950 000 dossiers ont été enregistrés en
    2024, après 1,05 million"): the year dates the level the sentence gives first, not the one it follows (no as_of),
    as "après 77.000 en 2011" takes its own year."""
    words = lex.words
    if not words.prior_level_leads:
        return list(facts)
    lead = re.compile(rf",\s*(?:{alternation(words.prior_level_leads)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}$", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.as_of or fact.period_start is not None or not lead.search(text, max(0, fact.char_start - 40), fact.char_start):
            continue
        year = fact.as_of[:4]
        first = next((f for f in facts[:index] if f.sentence == fact.sentence and f.as_of == fact.as_of), None)
        after = re.split(r"[,;.](?:\s|$)", text[fact.char_end:fact.char_end + 120], maxsplit=1)[0]
        if first is None or year not in text[first.char_start:fact.char_start] or _WRITTEN_YEAR.search(after):
            continue
        facts[index] = replace(fact, as_of=None)
    return facts


def _undated_movement_starts(facts, text: str, lex) -> list[NumericFact]:
    """The level a movement starts from, with no date of its own, before "jusqu'à" and a level its year dates ("Il est
    monté de moins de 80'000 personnes avant 2005 jusqu'à près de 220'000 en 2022", "montant d'un peu plus de 20'000
    jusqu'à près de 35'000 en 2008"): the year dates the level reached, not the start (no as_of), as "passant de 43 en
    2011 à 399 en 2018" gives each level its own year."""
    words = lex.words
    if not words.movement_until or not words.undated_movement_starts:
        return list(facts)
    of = re.compile(rf"(?:^|[\s'’])(?:{alternation([w for w in words.of_words if w[-1:].isalpha()])}|d['’])\s*$", re.I)
    until = re.compile(rf"(?:\s+[^\W\d_]+\s+(?:19|20)\d\d)?\s*,?\s*(?:{alternation(words.movement_until)})\s*", re.I)
    facts = list(facts)
    for index, (start, end) in enumerate(zip(facts, facts[1:])):
        if not start.as_of or start.as_of != end.as_of or start.sentence != end.sentence or start.kind != end.kind \
                or start.period_start is not None or not until.fullmatch(text, start.char_end, end.char_start) \
                or not of.search(text, max(0, start.char_start - 12), start.char_start):
            continue
        sentence = _sentence_start(text, start)
        if sentence < 0 or start.as_of[:4] in text[sentence:end.char_start]:
            continue  # "de 14 820 en 1961 jusqu'à": the start's own year
        facts[index] = replace(start, as_of=None)
    return facts


def _written_years(text: str, fact: NumericFact, start: int, end: int) -> list[int]:
    """Where the year of ``fact``'s as_of is written in ``text[start:end]``, as offsets into ``text``."""
    return [start + m.start() for m in re.finditer(rf"(?<!\d){fact.as_of[:4]}(?!\d)", text[start:end])]


def _bracket_around(text: str, start: int, end: int, low: int) -> tuple[int, int] | None:
    """The innermost bracket of ``text`` that holds ``start``..``end``, looked for back to ``low``: its "(" and ")"."""
    depth, k = 0, start - 1
    while k >= low:
        if text[k] == ")":
            depth += 1
        elif text[k] == "(":
            if depth == 0:
                close = text.find(")", end)
                return (k, close) if close >= 0 else None
            depth -= 1
        k -= 1
    return None


def _dates_of_bracketed_items(facts, text: str, lex) -> list[NumericFact]:
    """A date written only inside an item's bracket that holds a figure of its own ("les cantons de Fribourg (+1,9%
    avec au total 303'377 habitants comptés au 31 décembre 2014), de Genève et Zoug (+1,7%), de Vaud (+1,6%)") dates
    the figures of that bracket, not those of the other items of the sentence (1,7 % and 1,6 % take none)."""
    if not lex.words.bracketed_item_dates:
        return list(facts)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.as_of or fact.period_start is not None:
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        end = start + len(fact.sentence) + 10  # the stored sentence folds its white space
        written = _written_years(text, fact, start, end)
        brackets = [_bracket_around(text, at, at + 4, start) for at in written]
        if not written or any(b is None for b in brackets) or len(set(brackets)) != 1:
            continue  # the year stands outside brackets, or in more than one
        opened, closed = brackets[0]
        if opened <= fact.char_start and fact.char_end <= closed + 1:
            continue  # the fact stands in the bracket with its date
        if not any(opened < f.char_start and f.char_end <= closed for f in facts if f.sentence == fact.sentence):
            continue  # "(données 2019)": a bracket holding no figure of its own may date the sentence
        facts[index] = replace(fact, as_of=None)
    return facts


def _ranked_national_shares(facts, text: str, lex) -> list[NumericFact]:
    """A bare share after nationals in a ranking whose sentence names no whole ("Les Monégasques forment près d'un quart
    (24,1%) de la population. Ils précèdent les Français (21,8%), puis les Italiens (19,5%)", "Viennent ensuite les
    Français avec 7,3%") is their share of the whole the paragraph's share before it counts (`population`), not a share
    of the nationals themselves; a share "chez les Syriens" or a sentence naming its share ("le taux de reconnaissance
    ... les Syriens (93 %)") stays theirs."""
    words = lex.words
    if not words.ranked_national_shares:
        return list(facts)
    named = re.compile(rf"(?:^|\s)({alternation(words.definite_articles)}|{alternation(words.of_words)})\s+"
                       rf"([^\W\d_][\w-]*)\s*(?:\(\s*|{alternation(words.ranked_national_shares)}\s+)$", re.I)
    share_nouns = re.compile(rf"\b(?:{alternation(words.share_nouns)})\b", re.I)
    groups = [g.split()[0] for g in words.group_after_share]
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or not fact.counted or " " in fact.counted:
            continue
        found = named.search(text, max(0, fact.char_start - 60), fact.char_start)
        if found is None or found.group(2).lower() != fact.counted.lower() or not found.group(2)[:1].isupper() \
                or not is_people(found.group(2)) or is_place(found.group(2), lex) or share_nouns.search(fact.sentence):
            continue
        lead = text[max(0, found.start(1) - 12):found.start(1)].split()
        if lead and lead[-1].lower() in groups:
            continue  # "chez les Suisses (-5,1%)": a share of that group
        previous = next((f for f in reversed(facts[:index]) if f.char_end <= fact.char_start and f.kind == "percent"), None)
        if previous is None or previous.change or not previous.counted or previous.counted[:1].isupper() \
                or "\n" in text[previous.char_end:fact.char_start] \
                or any(w[:1].isupper() and w.lower() == previous.counted.lower()
                       for w in re.findall(r"[^\W\d_][\w-]*", text[max(0, previous.char_start - 40):previous.char_start])):
            continue  # a share of nationals of their own ("chez les Suisses (-5,1%)") gives no whole to carry
        facts[index] = replace(fact, counted=previous.counted)
    return facts


def _own_noun(fact: NumericFact) -> bool:
    """Whether a figure writes what it counts in its own span ("195 000 personnes", "16.000 titres"), rather
    than taking it from the words around it."""
    return bool(fact.counted) and fact.counted.lower() in fact.surface.lower()


def _bracket_before(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is no white space opens a bracket, as
    ``text[:at].rstrip().endswith("(")`` says, without copying the text before ``at``."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] == "("


def _facts(doc: Doc, lines: Lines, sections: _Sections, *, decimal_comma: bool):
    lex = lex_of(doc)
    facts = list(_read_facts(doc, lines, sections, decimal_comma=decimal_comma))
    # a counted "un" ("al menos un miembro", "un panameño y un peruano") is read on its own: no later figure takes its
    # noun, which the article gives in passing
    ones = [f for f in facts if _counted_article(f, lex)]
    facts = _listed_percent([f for f in facts if not _counted_article(f, lex)], lines.text, lex)
    facts = _labelled_after_percent(facts, lines.text, lex)
    facts = _superlative_brackets(_listed_noun(facts, lines.text, lex), lines.text, lex)
    facts = _elliptical(_own_place_nouns(facts, lines.text, lex), lines.text, lex)
    facts = _listed_places(_place_values(facts, lines.text, lex), lines.text, lex)
    facts = _estimated_objects(_shares_by_origin(facts, lines.text, lex), lines.text, lex)
    facts = _estimated_clauses(_most_changed(_changes_by_place(facts, lines.text, lex), lines.text, lex), lines.text, lex)
    facts = _respective_pair_qualifiers(facts, lines.text, lex)
    facts = _bracketed_change_items(facts, lines.text, lex)
    facts = _listed_nationalities(_year_lines(facts, lines.text, lex), lines.text, lex)
    token_at = {t.idx: t.i for t in doc}  # the token a fact's first character starts, for the passes below
    facts = _antecedents(_continued_sets(_list_leads(facts, doc, token_at, lines.text, lex), lines.text, lex),
                         lines.text, lex)
    facts = _inline_list_leads(facts, doc, token_at, lines.text, lex)
    facts = _opening_pronoun_sets(facts, lines.text, lex)
    facts = _gapped_counts(facts, doc, token_at, lines.text, lex)
    facts = _shared_change(_shared_currency(facts, lines.text, lex), lines.text, lex)
    facts = _year_labels(_paired_years(_bracketed_years(_movement_years(facts, lines.text, lex), lines.text), lines.text, lex))
    facts = _list_dates(_respective_years(facts, lex), lines.text, lex)
    facts = _bracketed_own_years(_years_of_determined_figures(facts, lines.text, lex), lines.text)
    facts = _membership_counts(facts, lines.text, lex)
    facts = _sentence_nouns(_respective_sets(facts, doc, token_at, lines.text, lex), doc, token_at, lines.text, lex)
    facts = _changed_nouns(_pronoun_counts(facts, lines.text, lex), lines.text, lex)
    facts = _bracketed_items(_changes_of_named_levels(facts, lines.text, lex), lines.text, lex)
    facts = _most_counted(_shares_of_totals(facts, lines.text, lex), lines.text, lex)
    facts = _linked_items(facts, lines.text, lex)
    facts = _unnamed_changes(_pronoun_changes(facts, lines.text, lex), doc, token_at, lines.text, lex)
    facts = _plausible_heads(_sex_shares(_movement_starts(facts, lines.text, lex), lines.text, lex), lex)
    facts = _bracketed_shares_of_counts(_change_subjects(facts, lines.text, lex), lines.text, lex)
    facts = _repeated_share_verbs(_parallel_shares_of(facts, lines.text, lex), lines.text, lex)
    facts = _closing_wholes(facts, lines.text, lex)
    facts = _infobox_items(facts, lines.text, lex)
    facts = _pointed_figures(_topic_pronouns(facts, lines.text, lex), lines.text, lex)
    facts = _compared_groups(_heading_years(_restated_shares(facts, lines.text, lex), lines.text), lines.text, lex)
    facts = _ratios_to_wholes(facts, lines.text, lex)
    facts = _paired_ages(_average_ages(_measured_ages(facts, lex), lines.text, lex), lines.text, lex)
    facts = _age_group_shares(_ranges_beside_ages(facts, lines.text, lex), lines.text, lex)
    facts = _bracketed_nationals(_numbers_of_people(facts, lines.text, lex), lines.text, lex)
    facts = _respective_pairs(_signed_balances(facts, lines.text, lex), doc, token_at, lines.text, lex)
    facts = _subject_change_brackets(_linked_parts(facts, lines.text, lex), lines.text, lex)
    facts = _restated_changes(_movement_periods(facts, lines.text, lex), lines.text, lex)
    facts = _changes_from_compared_levels(_changes_to_dated_levels(facts, lines.text, lex), lines.text, lex)
    facts = _nationality_items(facts, lines.text, lex)
    facts = _figure_noun_subjects(facts, lines.text, lex)
    facts = _framed_shares(_shares_beside_totals(facts, lines.text, lex), lines.text, lex)
    facts = _share_noun_levels(_pronoun_opened_changes(facts, lines.text, lex), lines.text, lex)
    facts = _shares_among_set(_predicate_shares(facts, lines.text, lex), lines.text, lex)
    facts = _shares_in_group(facts, lines.text, lex)
    facts = _side_topics(facts, lines.text, lex)
    facts = _standing_demonstrative_items(facts, lines.text, lex)
    facts = _figures_among_them(facts, lines.text, lex)
    facts = _elided_participle_sets(facts, lines.text, lex)
    facts = _sentence_set_totals(facts, doc, token_at, lines.text, lex)
    facts = _transfer_costs(_rate_subjects(facts, lines.text, lex), lines.text, lex)
    facts = _standing_pronoun_shares(facts, lines.text, lex)
    facts = _shared_scales(_ratio_totals(_bracketed_item_nouns(facts, lines.text, lex), lines.text, lex), lines.text, lex)
    facts = _restated_count_changes(_ranking_sets(facts, lines.text, lex), lines.text, lex)
    facts = _linked_change_nouns(_shares_restating_counts(facts, lines.text, lex), lines.text, lex)
    facts = _relative_partitives(_counts_restating_shares(_opening_list_sets(facts, lines.text, lex), lines.text, lex),
                                 lines.text, lex)
    facts = _bare_share_subjects(facts, lines.text, lex)
    facts = _bracketed_counts_of_whole_shares(facts, lines.text, lex)
    facts = _bracketed_siblings(facts, lines.text) if lex.words.bracketed_siblings else facts
    facts = _bare_flows(facts, lines.text, lex)
    facts = _measured_people(facts, lines.text, lex)
    facts = _share_items(facts, lines.text, lex)
    facts = _bracketed_restatements(facts, lines.text, lex)
    facts = _bracketed_changes_of_counts(facts, lines.text, lex)
    facts = _changes_of_compared_sets(facts, lines.text, lex)
    facts = _compared_sets(facts, lines.text, lex)
    facts = _restated_comparisons(facts, lines.text, lex)
    facts = _object_changes(facts, lines.text, lex)
    facts = _pronoun_carried_sets(facts, lines.text, lex)
    facts = _nationality_list_items(facts, lines.text, lex)
    facts = _dated_set_parts(facts, lines.text, lex)
    facts = _origin_items(facts, lines.text, lex)
    facts = _changes_before_movements(facts, lines.text, lex)
    facts = _dated_change_nouns(facts, lines.text, lex)
    facts = _fractions_with_digits(facts, lines.text) if lex.words.fraction_then_digits_one_fact else facts
    facts = _unnamed_growths(facts, lines.text, lex)
    facts = _growths_linked_to_levels(facts, lines.text, lex)
    facts = _reference_records(facts, lines.text, lex)
    facts = _growth_subject_levels(facts, lines.text, lex)
    facts = _balance_gains(facts, lines.text, lex)
    facts = _head_count_gains(facts, doc, token_at, lines.text, lex)
    facts = _aside_relative_dates(facts, lines.text, lex)
    facts = _items_of_place_sets(facts, lines.text, lex)
    facts = _shares_of_pointed_figures(facts, lines.text, lex)
    facts = _share_noun_subjects(facts, lines.text, lex)
    facts = _yearly_rates_before_dated_levels(facts, lines.text, lex)
    facts = _antecedent_pronoun_sets(facts, lines.text, lex)
    facts = _gapped_change_amounts(facts, lines.text, lex)
    facts = _parallel_groups(facts, lines.text, lex)
    facts = _shares_of_named_wholes(facts, lex)
    facts = _topic_set_counts(facts, lex)
    facts = _other_counts(facts, lines.text, lex)
    facts = _ranked_national_shares(facts, lines.text, lex)
    facts = _dates_of_bracketed_items(facts, lines.text, lex)
    facts = _undated_movement_starts(facts, lines.text, lex)
    facts = _undated_prior_levels(facts, lines.text, lex)
    facts = _counted_occasions(facts, lines.text, lex)
    facts = _own_relative_times(facts, lines.text, lex)
    facts = _stay_durations(facts, lines.text, lex)
    facts = _largest_group_counts(facts, lines.text, lex)
    facts = _changes_of_data_subjects(facts, lines.text, lex)
    facts = _changes_of_bare_change_nouns(_bracketed_verb_changes(facts, lines.text, lex), lines.text, lex)
    facts = _coordinated_change_dates(facts, lines.text, lex)
    facts = _totals_of_other_times(facts, lines.text, lex)
    facts = _years_of_compared_things(facts, lines.text, lex)
    facts = _changes_named_as_subjects(facts, lines.text, lex)
    facts = _participle_subjects(facts, lines.text, lex)
    facts = _subjects_past_relatives(facts, lines.text, lex)
    facts = _named_bracket_items(facts, lines.text, lex) if lex.words.named_bracket_items else facts
    facts = _relative_level_antecedents(facts, lines.text, lex)
    facts = _compared_counts(facts, lines.text, lex)
    facts = _ordinal_phrases(facts, lex)
    return sorted([*facts, *ones], key=lambda f: f.char_start) if ones else facts


def _whole_articles(words) -> str:
    """The definite articles written as words of their own, as a pattern ("los", "las"; not "l'")."""
    return alternation([a for a in words.definite_articles if not a.endswith(("'", "’"))])


def _relative_level_antecedents(facts, text: str, lex) -> list[NumericFact]:
    """(relative_level_verbs) A count that names nothing of its own, right after a relative clause whose verb gives a
    level ("los marroquíes, que suman 10.366", "los guatemaltecos, que suman 80.964"), counts the articled plural noun
    the clause follows after its comma, not a noun named earlier in the sentence: "el número de extranjeros avanzó
    ..., a los que siguieron los marroquíes, que suman 10.366" counts marroquíes. A count with its own noun keeps it
    ("los rumanos, que suman 1.705 nacionalizaciones"), and so does one after a name ("Colombia, que suma 209.946"),
    a noun with no article ("presentadas por colombianos, que llegaron a 8.700": the relative may be the
    applications') or a singular noun ("la comunidad, que suma 5.000")."""
    words = lex.words
    if not words.relative_level_verbs or not words.copula_relatives:
        return list(facts)
    articles = _whole_articles(words)
    clause = re.compile(rf"(?<![^\W\d_])(?:{articles})\s+([^\W\d_]+)(?:\s+[^\W\d_]+)?\s*,\s*"
                        rf"(?:{alternation(words.copula_relatives)})\s+(?:[^\W\d_]+\s+)?"
                        rf"(?:{alternation(words.relative_level_verbs)})\s+(?:[^\W\d_]+\s+){{0,3}}$")
    skipped = {*lex.spacy_stop_words, *words.not_heads, *words.generic_heads}
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "count" or _own_noun(fact) or fact.rule_id.startswith("table-row"):
            continue
        found = clause.search(text, max(0, fact.char_start - 100), fact.char_start)
        noun = found.group(1) if found else ""
        if not noun or not noun.islower() or noun in skipped or not is_plural(noun, lex) or is_place(noun, lex) \
                or is_time_word(noun, lex):
            continue
        facts[index] = replace(fact, counted=noun)
    return facts


def _ordinal_phrases(facts, lex) -> list[NumericFact]:
    """(ordinal_numerals) A count or share whose counted phrase is an ordinal number alone counts nothing named:
    "Pakistán ocupa el primer puesto, con 1,9 millones, por delante de Irán (1,1 millones)" leaves Irán's figure with
    no counted phrase, where it read "primer"; "Es la sexta cifra más baja ..., mientras Extremadura (976)" likewise.
    An ordinal before its noun is no phrase of one word and stays ("the third country of origin")."""
    ordinals = frozenset(lex.words.ordinal_numerals)
    determiners = frozenset(lex.words.determiners)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind not in ("count", "percent") or not fact.counted:
            continue
        words = [w for w in fact.counted.lower().split() if w not in determiners]
        if len(words) == 1 and words[0] in ordinals:
            facts[index] = replace(fact, counted=None)
    return facts


def _compared_counts(facts, text: str, lex) -> list[NumericFact]:
    """(compared_count_links) A count that names nothing, set against the count right before it in its sentence
    ("que en 2024 fueron 150 en total, frente a las 162 de 2023", "los paraguayos, que fueron 116 ..., frente a 48 de
    un año antes"), counts what that count counts, whether the count names it or takes it from its subject. Not
    where the figure before is no count ("un alza del 8 %, frente a 1.200 ...") or counts nothing."""
    words = lex.words
    if not words.compared_count_links:
        return list(facts)
    articles = _whole_articles(words)
    link = re.compile(rf"\b(?:{alternation(words.compared_count_links)})\s+(?:(?:{articles})\s+)?$", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if index == 0 or fact.counted or fact.kind != "count" or fact.change or fact.rule_id.startswith("table-row"):
            continue
        before = facts[index - 1]
        if before.sentence != fact.sentence or before.kind != "count" or not before.counted or before.change \
                or not link.search(text, max(0, fact.char_start - 40), fact.char_start):
            continue
        facts[index] = replace(fact, counted=before.counted)
    return facts


def _participle_subjects(facts, text: str, lex) -> list[NumericFact]:
    """(participle_subject_verbs) A count or percentage right after a change verb in -ing that follows its own noun
    counts that noun, not the subject of the sentence the participle hangs on: "with immigration falling (down
    25,000) to 48,000 and emigration climbing (up 16,000)" (immigration, then emigration), "partly offset by outflows
    rising 5.5 per cent" (outflows). The noun and up to two words before it follow a word that opens such a
    construction (participle_subject_leads) or a comma: "Visas for students kept rising by 12 percent" is a clause of
    its own. The noun is a lower-case word that is no verb form, stop word, time word or measure noun: "after falling
    4.4 per cent", "with its share rising to 63.2 per cent" keep their readings."""
    words = lex.words
    if not words.participle_subject_verbs or not words.participle_subject_leads:
        return facts
    before = re.compile(rf"(?:\b(?:{alternation(words.participle_subject_leads)})|[,;–—])\s+"
                        rf"(?:(?:{alternation(words.determiners)})\s+)?((?:[a-z-]+\s+){{0,2}}?)"
                        rf"([a-z][a-z-]+)\s+(?:[a-z]+ly\s+)?(?:{alternation(words.participle_subject_verbs)})"
                        rf"(?:\s+(?:{alternation([*words.change_prepositions, 'to'])}))?"
                        rf"(?:\s*\(\s*(?:up|down))?\s*$")
    skipped = {*lex.spacy_stop_words, *words.not_heads, *words.generic_heads, *words.irregular_past_forms}
    out: list[NumericFact] = []
    for fact in facts:
        found = before.search(text, max(0, fact.char_start - 80), fact.char_start) \
            if fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row") else None
        noun = found.group(2) if found else None
        if noun and noun not in skipped and not noun.endswith("ly") and not verb_form(noun, lex) \
                and not is_time_word(noun, lex):
            modifiers = list(takewhile(lambda w: w not in skipped, reversed(found.group(1).split())))[::-1]
            rest = found.group(1).split()[:len(found.group(1).split()) - len(modifiers)]
            if rest and rest[-1] in lex.spacy_stop_words and rest[-1] not in (*words.of_words, *words.participle_subject_leads, "or") \
                    or rest and rest[-1] in words.of_words and (len(rest) < 2 or rest[-2] not in skipped):
                # "with people in detention rising to 2,400", "with emigration of nationals rising 11 percent": the noun
                # is a preposition's, not the verb's, unless "of" follows a measure noun ("the share of women rising")
                out.append(fact)
                continue
            fact = replace(fact, counted=" ".join([*modifiers, noun]))  # "with asylum claims dropping 12 percent"
        out.append(fact)
    return out


def _named_bracket_items(facts, text: str, lex) -> list[NumericFact]:
    """A figure in the brackets of a name that was read as counting that name ("les Malgaches (1 274) puis les
    Comoriens (1 149)" -> Comoriens) is the next item of the list of its sentence: it counts what the bracketed
    figure of its kind before it in the sentence counts, where that one names a noun that is no name ("... (1 274
    naturalisations) puis les Comoriens (1 149)" -> naturalisations; "les Albanais (-22 % à 362 départs) comme les
    Serbes (-14 % à 243)" -> départs). A first item, or one after items that count their names, keeps its name
    ("les Syriens (93 %), devant les Afghans (86 %)"), and so does a name that is a count's noun, its bracket the
    count's change ("3449 Serbes (-21 %)")."""
    def bracket(fact) -> int:  # where the bracket that holds the figure opens, or -1
        before = text[max(0, fact.char_start - 60):fact.char_start]
        opening = before.rfind("(")
        if opening < 0 or ")" in before[opening:] or re.search(r"[.;:]\s", before[opening:]):
            return -1
        return max(0, fact.char_start - 60) + opening

    facts = list(facts)
    opened = [bracket(fact) for fact in facts]
    part = re.compile(rf"(?<![^\W\d_])(?:{alternation(lex.words.part_links)})\s+$", re.I)  # a part is no list item
    for index, fact in enumerate(facts):
        if opened[index] < 0 or not fact.counted or len(fact.counted.split()) != 1 or not fact.counted[:1].isupper():
            continue
        label = re.search(r"(\S?)\s*([^\W\d_]+)\s*$", text[max(0, opened[index] - 40):opened[index]])
        if label is None or label.group(2) != fact.counted or label.group(1).isdigit():
            continue  # the name is not the bracket's label, or it is a count's noun ("3449 Serbes (-21 %)")
        before = [other for position, other in enumerate(facts[:index]) if opened[position] >= 0
                  and other.sentence == fact.sentence and other.kind == fact.kind and opened[position] < opened[index]
                  and not part.search(text, max(0, other.char_start - 20), other.char_start)]  # "(dont 1 800 enfants)"
        if not before or not before[-1].counted or not before[-1].counted[:1].islower():
            continue
        source = opened[facts.index(before[-1])]
        inside = text[source:text.find(")", source) + 1 or len(text)]
        if re.search(rf"{re.escape(before[-1].counted)}\s*\($", text[max(0, source - 60):source + 1]) \
                and before[-1].counted.lower() not in inside.lower():
            continue  # "à des étudiants (3 000), puis aux Tunisiens (1 200)": the item before counts its own name
        facts[index] = replace(fact, counted=before[-1].counted)
    return facts


def _subjects_past_relatives(facts, text: str, lex) -> list[NumericFact]:
    """(opening_subject_relatives) A sentence that opens on its subject and a relative clause about it ("Les sommes que
    les migrants envoient chez eux ont progressé de 12 %", "Les flux d'argent, qui restent la première ressource du
    pays, ont augmenté de 4 %"): a figure after the clause whose head was read inside the clause counts the subject.
    The clause is the object relative's subject right after its pronoun ("que les migrants"), or an aside set off by
    commas that closes before the figure; a figure in the clause keeps its noun ("Les ménages, qui comptent 12 000
    étudiants, ...": 12 000 étudiants), and so does one whose noun is no subject of the clause ("Les pays qui
    accueillent les réfugiés ont vu leur nombre croître de 5 %")."""
    words = lex.words
    relatives = words.opening_subject_relatives
    if not relatives:
        return list(facts)
    determiners = [*words.definite_articles, *words.demonstratives]
    spaced = alternation([d for d in determiners if not d.endswith(("'", "’"))])
    elided = alternation([d for d in determiners if d.endswith(("'", "’"))])
    article = rf"(?:{spaced}\s+|{elided}\s*)"
    whole = alternation([r for r in relatives if not r.endswith(("'", "’"))])
    cut = alternation([r for r in relatives if r.endswith(("'", "’"))])
    pronoun = rf"(?:{whole}(?![^\W\d_])|{cut})"
    # the noun, and an adjective only before an aside's comma ("Le rapport indique que ..." opens no relative)
    opening = re.compile(rf"\W*{article}([^\W\d_]+(?:-[^\W\d_]+)*)(?:(\s+[^\W\d_]+)?(\s*,))?\s+{pronoun}", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.counted or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        found = opening.match(text, start, fact.char_start) if start >= 0 else None
        if found is None:
            continue
        noun, adjective, comma = found.group(1), found.group(2), found.group(3)
        if noun.lower() in lex.spacy_stop_words or is_place(noun, lex):
            continue
        head = re.escape(fact.counted.split()[0 if words.head_first else -1])
        named = re.compile(rf"(?<![^\W\d_]){head}(?![^\W\d_])", re.I)  # the head as a word of its own
        clause = text[found.end():fact.char_start]
        if comma:
            close = re.search(r",(?!\d)", clause)  # not the decimal comma of "87,5 %"
            if close is None or named.search(clause[:close.start()]) is None:
                continue  # the figure is in the aside, or its noun is not
            past = clause[close.end():]
        else:
            subject = re.match(rf"\s*{article}(?:[^\W\d_]+\s+)?{head}(?![^\W\d_])", clause, re.I)
            if not is_plural(noun.lower(), lex) or subject is None:
                # "Les pays qui accueillent les réfugiés": the noun is no subject of the relative; "Le fait que les
                # demandes ...": a singular noun's "que" opens what it states
                continue
            past = clause[subject.end():]
        if named.search(past):
            continue  # "Les communes que les réfugiés rejoignent ont vu le nombre de réfugiés croître de 5 %": named again
        if re.search(r"[.;:!?]", clause) or named.search(fact.surface) \
                or re.match(rf"[\W\d]*(?:[^\W\d_]+\s+)?{head}(?![^\W\d_])", text[fact.char_end:fact.char_end + 40], re.I):
            continue  # "... ont permis d'aider 5 000 migrants": the figure names its own noun
        counted = noun + (adjective if comma and adjective else "")
        facts[index] = replace(fact, counted=counted.strip())
    return facts


def _changes_named_as_subjects(facts, text: str, lex) -> list[NumericFact]:
    """(subject_change_level_verbs) A figure that a change noun, as its clause's subject, reaches through a linking verb
    is that change ("la variación anual ha llegado al 6,52%", "El alza registrada entre 2022 y 2023 llega al 37%", "la
    variación se ha quedado en el 0,36 por ciento", "el crecimiento de la población ... es de 590.184 personas"): an
    increase, or a decrease for a noun of decrease; an unsigned "variación" is an increase. No figure but years stands
    between the noun and the figure, and no comma or clause break (subject_change_clause_breaks): "El aumento de las
    llegadas fue notable y el número total de migrantes es de 50.000" is a level."""
    words = lex.words
    if not words.subject_change_level_verbs or not words.subject_change_nouns:
        return list(facts)
    decreases = {w.lower() for w in lex.phrases("change_nouns") if lex.phrases("change_nouns")[w] == "decrease"}
    subject = re.compile(rf"\b(?:{alternation(words.definite_articles)})\s+({alternation(words.subject_change_nouns)})\b"
                         rf"([^;]{{0,80}}?)\b(?:{alternation(words.subject_change_level_verbs)})"
                         rf"(?:\s+(?:{alternation([*words.definite_articles, *words.indefinite_articles])}))?\s*$", re.I)
    breaks = (re.compile(rf",|\b(?:{alternation(words.subject_change_clause_breaks)})\b(?!\s*\d)", re.I)
              if words.subject_change_clause_breaks else None)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.change or fact.kind not in ("percent", "count") or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        before = text[start:fact.char_start]
        before = before[before.rfind(";") + 1:]
        found = subject.search(before)
        if found is None or re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", found.group(2))):
            continue
        if breaks is not None and breaks.search(found.group(2)):
            continue  # "El aumento de las llegadas fue notable y el número total ... es de 50.000": another clause's level
        if re.match(r"\s*[-−–]", text[fact.char_start - 1:fact.char_start + 1]):
            continue  # a signed figure says its own way
        change = "decrease" if found.group(1).lower() in decreases else "increase"
        facts[index] = replace(fact, change=change)
    return facts


def _years_of_compared_things(facts, text: str, lex) -> list[NumericFact]:
    """(compared_elided_leads, compared_relative_endings) A year written only after a figure, in a comparison with
    something else ("con un alza de 43.561 personas, superior a la de todo el año 2015", "9,79% mayor que la de
    abril-junio de 2017", "con 7.174, aunque conserva la tendencia que registraba en 2018", "el 14% ..., por el 9,6% que
    representaban en 2015", "rebasó en casi mil 500 millones los 12 mil 522 millones que había captado en ... 2022"): the
    year dates the thing compared, and the figure takes no as_of from it; the figure a relative clause itself describes
    ("el 9,6% que representaban en 2015") keeps it."""
    words = lex.words
    if not words.compared_elided_leads or not words.compared_relative_endings:
        return list(facts)
    determiners = alternation(words.definite_articles)
    elided = re.compile(rf"\b(?:{alternation(words.compared_elided_leads)})\b", re.I)
    endings = "|".join(re.escape(e) for e in words.compared_relative_endings)
    relative = re.compile(rf"\bque\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:{endings})\b", re.I)
    # "conserva la tendencia que registraba en 2018" (not "de la población que vivía en", the set a figure is of)
    named_relative = re.compile(rf"(?<!\bde\s)\b(?:{determiners})\s+[^\W\d_]+\s+que\s+(?:[^\W\d_]+\s+)?"
                                rf"[^\W\d_]+(?:{endings})\b", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.as_of or fact.period_start is not None:
            continue
        year = fact.as_of[:4]
        start, end = _sentence_start(text, fact), _sentence_end(text, fact)
        if start < 0 or year in text[start:fact.char_start]:
            continue  # the year is written before the figure: its own
        written = re.search(rf"(?<!\d){year}(?!\d)", text[fact.char_end:max(end, fact.char_end)])
        if written is None:
            continue
        between = text[fact.char_end:fact.char_end + written.start()]
        if re.search(r"[;.](?:\s|$)", between):
            continue
        other_figure = re.search(r"\d", between) is not None
        described = relative.search(between)
        if described is not None and re.search(rf"\b(?:(?:{alternation(words.of_words)})\s+(?:{determiners})|del)\s+"
                                               r"[^\W\d_]+\s*$", between[:described.start()], re.I):
            described = None  # "El 10,2 % de la población que vivía en Euskadi a 1 de enero de 2025": the set a figure is of
        if elided.search(between) or named_relative.search(between) or other_figure and described is not None:
            facts[index] = replace(fact, as_of=None)
    return facts


def _totals_of_other_times(facts, text: str, lex) -> list[NumericFact]:
    """(dated_total_leads, dated_total_links) A year that dates a whole named after a figure, where the sentence gives the
    figure a time of its own before it ("durante el primer bimestre equivalió al 15% del total de las remesas ingresadas
    a lo largo de 2022", "En apenas cinco meses, los permisos equivalen ya al 47% del total concedido en 2022", "se
    situaron, en la tercera semana de octubre, en 5.826 millones de dólares, con lo que dejan atrás el total recibido en
    2020"): the year is the whole's, and the figure takes no as_of from it; not where no other time is named ("sumaron
    el 97,3 % del total ingresado en enero de 2023" is of January)."""
    words = lex.words
    if not words.dated_total_leads or not words.dated_total_links:
        return list(facts)
    total = re.compile(rf"[^.;]{{0,40}}?\b(?:{alternation(words.dated_total_leads)})\b(?:\s+[^\W\d_]+){{0,6}}?"
                       rf"\s+(?:{alternation(words.dated_total_links)})\s+((?:19|20)\d\d)\b", re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        found = total.match(text, fact.char_end, fact.char_end + 200) if fact.as_of else None
        if found is None or fact.as_of[:4] != found.group(1) or fact.period_start is not None:
            continue
        start = _sentence_start(text, fact)
        before = text[start:fact.char_start] if start >= 0 else ""
        if found.group(1) in before:
            continue  # the year is written before the figure too
        if not any(is_time_word(w.lower(), lex) or w.lower() in words.months or w.lower() in words.dated_total_own_times
                   for w in re.findall(r"[^\W\d_]+", before)):
            continue  # no time of the figure's own: the whole's date is the figure's
        facts[index] = replace(fact, as_of=None)
    return facts


def _is_change(fact: NumericFact) -> bool:
    """A change, or a multiple of a level ("duplica"), which states a change by so many times."""
    return bool(fact.change) or fact.unit == "times"


def _coordinated_change_dates(facts, text: str, lex) -> list[NumericFact]:
    """(coordinated_change_links) A second change joined to a dated change of the same clause, each compared with its
    own earlier time ("Durante 2023, los eventos ... con un alza del 77% frente a 2022 y del 132% en comparación con
    2020", "58,497 mdd durante 2022, lo que supone un aumento de 13.4% respecto de 2021 y duplica lo que llegó en
    2016"): the second change is as of the first one's date, its compared time being no date of its own. Only years,
    months and words stand between the two, no other figure and no clause break."""
    words = lex.words
    if not words.coordinated_change_links:
        return list(facts)
    link = re.compile(rf"\b(?:{alternation(words.coordinated_change_links)})\b", re.I)
    facts = list(facts)
    for index, (first, second) in enumerate(zip(facts, facts[1:])):
        if first.sentence != second.sentence or not first.as_of or second.as_of or not _is_change(first) \
                or not _is_change(second) or first.period_start is not None or second.period_start is not None:
            continue
        between = text[first.char_end:second.char_start]
        figures = [m.group() for m in re.finditer(r"\d+(?:[.,]\d+)*", between)]
        if len(between) > 90 or re.search(r"[;:.()](?:\s|$)", between) or not link.search(between) \
                or any(not re.fullmatch(r"(?:19|20)\d\d", figure) for figure in figures):
            continue
        facts[index + 1] = replace(second, as_of=first.as_of)
    return facts


@cache
def _parallel_group(lang: str) -> re.Pattern | None:
    """The end of the words before a figure that open a parallel clause on a group of people, the group caught: "y los
    hombres el ", "frente a los hombres con el ", "que el de mujeres, ", ": hombres (" (None where the language has no
    such links)."""
    words = lexicon(lang).words
    if not words.group_links or not words.group_figure_leads:
        return None
    articles = rf"(?:(?:{alternation(words.group_articles)})\s+)?" if words.group_articles else ""
    return re.compile(rf"(?:(?<![^\W\d_])({alternation(words.group_links)})\s+|[,;:]\s*){articles}([^\W\d_]+)\s*"
                      rf"(?:{alternation(words.group_figure_leads)})\s*$", re.I)


def _parallel_groups(facts, text: str, lex) -> list[NumericFact]:
    """A figure of a clause that names its own group of people right before it, in parallel with a figure of another
    group before it in its sentence, counts its own group, not the one before nor the sentence's subject: "las mujeres
    suponen un 44% y los hombres el 56%", "con el 55% frente a los hombres con el 45%", "el número de hombres, 763.776,
    fue mayor que el de mujeres, 728.746", "un 59,6 % de los migrantes trabaja: hombres (74,3 %) frente a mujeres
    (45,2 %)". A rate keeps its noun, and two groups joined ("niños y niñas (150)") are one item."""
    pattern = _parallel_group(lex.lang)
    if pattern is None:
        return facts
    words = lex.words
    result, previous = [], None
    for fact in facts:
        if previous is not None and previous.sentence == fact.sentence and previous.counted \
                and fact.kind in ("count", "percent") and fact.change is None \
                and not fact.rule_id.startswith("table-row") \
                and (fact.counted or "").lower() not in words.rate_nouns \
                and previous.counted.lower().split()[0 if words.head_first else -1] in words.age_holders:
            found = pattern.search(text, max(previous.char_end, fact.char_start - 60), fact.char_start)
            group = found.group(2) if found else None
            joined = found and found.group(1) and re.search(r"([^\W\d_]+)\s*$", text[max(0, found.start() - 30):found.start()])
            if group and group.islower() and group in words.age_holders and is_plural(group, lex) \
                    and not (joined and joined.group(1).lower() in words.age_holders) \
                    and group != (fact.counted or "").lower():
                fact = replace(fact, counted=group)
        result.append(fact)
        previous = fact
    return result


@cache
def _named_whole(lang: str) -> re.Pattern | None:
    """A share's noun and the whole it names after "de", up to three words between them ("el porcentaje más alto de
    población", "la porción más grande de la población"), the whole caught (None where the language names no such
    shares)."""
    words = lexicon(lang).words
    if not words.whole_share_nouns:
        return None
    return re.compile(rf"\b(?:{alternation(words.whole_share_nouns)})(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{alternation(words.of_words)})\s+"
                      rf"(?:(?:{alternation(words.definite_articles)})\s+)?([^\W\d_]+)", re.I)


def _unnamed_sets_named(facts, kind: str, noun_of, accept) -> list[NumericFact]:
    """Facts of `kind` that no reading gave a noun, outside table rows and changes, count the noun `noun_of` finds in
    their sentence where `accept` takes it."""
    result = []
    for fact in facts:
        if fact.kind == kind and fact.counted is None and fact.change is None \
                and not fact.rule_id.startswith("table-row") and (noun := noun_of(fact.sentence or "")) and accept(noun):
            fact = replace(fact, counted=noun)
        result.append(fact)
    return result


def _shares_of_named_wholes(facts, lex) -> list[NumericFact]:
    """A share that no reading gave a noun, in a sentence that names a share of a whole ("el mayor porcentaje de
    población extranjera"), counts that whole: the shares of places the sentence ranks by it ("Las regiones Norte
    (31,2%) y Sur (8,4%) son las que reúnen el mayor porcentaje de población extranjera", "la región Centro reúne la
    porción más grande de la población extranjera, con un 40,5%, y tras ella viene Oeste, con un 9,1%")."""
    pattern = _named_whole(lex.lang)
    if pattern is None:
        return facts
    return _unnamed_sets_named(facts, "percent", lambda sentence: (found := pattern.search(sentence)) and found.group(1),
                               lambda whole: whole.islower() and not is_place(whole, lex))


@cache
def _topic_set(lang: str) -> re.Pattern | None:
    """A sentence that opens on a topic named by a bare or determined noun ("En cuanto a aprobaciones de protección",
    "En cuanto a las radicaciones"): group 1 is the topic's first word (None where the language has no topic openers)."""
    words = lexicon(lang).words
    if not words.topic_openers:
        return None
    return re.compile(rf"\W*(?:{alternation(words.topic_openers)})\s+(?:(?:{alternation(words.definite_articles)})\s+)?"
                      rf"([^\W\d_]+)", re.I)


def _topic_set_counts(facts, lex) -> list[NumericFact]:
    """A count that no reading gave a noun, in a sentence that opens on a set named by a plural noun, counts that set:
    "En cuanto a aprobaciones de asilo, el país las concedió sobre todo a estas nacionalidades: la siria (812), la
    afgana (95)" (aprobaciones). A topic in the singular ("En cuanto a la nacionalidad") names a way to divide a set,
    and shares are left to the readings of their own clause."""
    pattern = _topic_set(lex.lang) if lex.words.head_first else None
    if pattern is None:
        return facts
    words = lex.words

    def accept(head: str) -> bool:
        return head.islower() and is_plural(head, lex) and head not in words.generic_heads \
            and head not in words.figure_words and head not in words.determiners and not is_place(head, lex) \
            and not is_time_word(head, lex)

    return _unnamed_sets_named(facts, "count", lambda sentence: (found := pattern.match(sentence)) and found.group(1),
                               accept)


def _other_counts(facts, text: str, lex) -> list[NumericFact]:
    """A count opened by "otros"/"otras" that writes no noun of its own counts what the last count of its sentence that
    wrote one counts, "otros" standing for more of the same: "repartió más de 63.000 carnés entre los solicitantes, y
    otros 36.000 esperan ser recogidos" (carnés, not the solicitantes named between)."""
    if not lex.words.other_words:
        return facts
    other = re.compile(rf"\b(?:{alternation(lex.words.other_words)})\s+$", re.I)
    result, named = [], None
    for fact in facts:
        if named is not None and named.sentence != fact.sentence:
            named = None
        if fact.kind == "count" and fact.change is None and not _own_noun(fact) and named is not None \
                and not fact.rule_id.startswith("table-row") and fact.counted != named.counted \
                and other.search(text, max(0, fact.char_start - 20), fact.char_start):
            fact = replace(fact, counted=named.counted)
        if fact.kind == "count" and _own_noun(fact):
            named = fact
        result.append(fact)
    return result


def _unnamed_growths(facts, text: str, lex) -> list[NumericFact]:
    """A change's percentage that no reading gave a noun, measuring a growth named right before it, counts the growth,
    as "registered growth of 11 100" does: "Tuscany is the exception, which posted a growth of 1.5%" (the clause's
    subject being no set), "Pakistan saw moderate remittance growth in 2018 (7%)"."""
    words = lex.words
    if not words.self_counting_changes:
        return facts
    growth = alternation(words.self_counting_changes)
    before = re.compile(rf"\b({growth})\s+(?:(?:{alternation(words.of_words)})\s+(?:[^\W\d_]+\s+){{0,2}}"
                        rf"|(?:(?:{alternation(words.year_leads)})\s+(?:19|20)\d\d\s*)?\(\s*)$", re.I)
    result = []
    for fact in facts:
        if fact.kind == "percent" and fact.change and fact.counted is None and not fact.rule_id.startswith("table-row"):
            found = before.search(text, max(0, fact.char_start - 40), fact.char_start)
            start = _sentence_start(text, fact)
            if found and start >= 0 and found.start() >= start:
                fact = replace(fact, counted=found.group(1).lower())
        result.append(fact)
    return result


def _growths_linked_to_levels(facts, text: str, lex) -> list[NumericFact]:
    """A percentage that a growth is linked to as its subject by a verb or "at" alone ("in the end the growth stood at
    2.75 per cent", "puts this year's economic growth at three to four percent") counts that growth, and measures
    its direction, as "a growth of 1.5%" does; not "growth was above the national average of 0.2%"."""
    words = lex.words
    if not words.self_counting_changes:
        return facts
    directions = lex.phrases("change_nouns")
    links = alternation(w for w in words.subject_links if w.isalpha())
    linked = re.compile(rf"\b({alternation(words.self_counting_changes)})(?:\s+(?:{links})){{1,3}}\s+$", re.I)
    result = []
    for fact in facts:
        if fact.kind == "percent" and fact.change is None and _head(fact.counted, lex) in words.self_counting_changes:
            found = linked.search(text, max(0, fact.char_start - 40), fact.char_start)
            start = _sentence_start(text, fact)
            if found and start >= 0 and found.start() >= start and found.group(1).lower() in directions:
                fact = replace(fact, change=directions[found.group(1).lower()])
        result.append(fact)
    return result


@cache
def _reference_record(lang: str) -> re.Pattern | None:
    """The words before a figure that name it as an earlier record or peak that a change is measured from or past:
    "since the May peak of", "just past the earlier annual record of", "from its highs of", and the "and of" that
    goes on to a second such figure (built once per language; group 1 is the record's noun)."""
    words = lexicon(lang).words
    if not words.record_reference_leads or not words.record_words:
        return None
    records = alternation([*words.record_words, *(w + "s" for w in words.record_words)])
    determiners = alternation([*words.determiners, *words.possessive_determiners])
    of = alternation(words.of_words)
    return re.compile(rf"\b(?:{alternation(words.record_reference_leads)})\s+(?:(?:{determiners})\s+)?"
                      rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?({records})\s+(?:{of})\s+"
                      rf"(?:[^.;]{{0,40}}?\b(?:{alternation(words.conjunctions)})\s+(?:{of})\s+)?$", re.I)


def _reference_records(facts, text: str, lex) -> list[NumericFact]:
    """A figure named as the earlier record or peak a change is measured from or has gone past, with no noun of its
    own, counts that record: "a 56 percent fall since the May peak of 144,255" (peak), "That edges just past the
    earlier annual record of 70,300" (record), "eased to 4.1 per cent, from its highs of 15 per cent in 2007 and of 19
    per cent in 2008" (highs). A record compared ("well above the previous record of 1.7 million", "lower than the
    peak of") or reached ("reached their peak of 44,400") is a level of what the sentence counts, and keeps it, as is
    the start of a span ("fell from a peak of 745,000 to 685,000", record_span_leads)."""
    pattern = _reference_record(lex.lang)
    if pattern is None:
        return facts
    spans = re.compile(rf"(?:{alternation(lex.words.record_span_leads)})\b", re.I) if lex.words.record_span_leads else None
    result = []
    for fact in facts:
        if fact.kind in ("count", "percent") and not _own_noun(fact) and not fact.rule_id.startswith("table-row"):
            start = _sentence_start(text, fact)
            found = pattern.search(text, max(0, start, fact.char_start - 100), fact.char_start) if start >= 0 else None
            if found and spans is not None and spans.match(found.group(0)) \
                    and re.match(rf"[^,;.\d]{{0,30}}?\s(?:{alternation(lex.words.range_words)})\s+(?:\D{{0,3}})\d",
                                 text[fact.char_end:fact.char_end + 40], re.I):
                found = None  # "fell from a peak of 745,000 to 685,000": the start of a span
            if found:
                fact = replace(fact, counted=found.group(1).lower())
        result.append(fact)
    return result


@cache
def _growth_subject(lang: str) -> re.Pattern | None:
    """A sentence opening on a growth of something as its subject, past a short phrase closed by a comma ("Likewise,
    growth in the number of non-residents eased to", "Across regions, the growth of remittance inflows ran from",
    "Growth in remittances to low-income countries is projected"); group 1 is the growth's noun, group 2 what follows
    its "in" or "of" (built once per language)."""
    words = lexicon(lang).words
    if not words.self_counting_changes or not words.change_complement_leads:
        return None
    return re.compile(rf"{_LEAD_ASIDE}(?:(?:{alternation(words.determiners)})\s+)?({alternation(words.self_counting_changes)})"
                      rf"\s+(?:{alternation(words.change_complement_leads)})\s+([^\d]*)", re.I)


def _growth_subject_levels(facts, text: str, lex) -> list[NumericFact]:
    """The percentages of a sentence whose subject is a growth of something are levels of that growth, and so measure
    its direction: "growth in the number of non-residents eased to 4.1 per cent in 2010, from its highs of 15 per cent",
    "the growth of remittance inflows ran from almost 7 percent ... up to 12 percent", "Growth in remittances ... slowed
    to 5.3 percent in 2012 but is expected to pick up to 8.8 percent". A percentage read as counting a noun the subject
    does not name ("which accounted for 40 percent of inflows") is no level of the growth and is left alone."""
    pattern = _growth_subject(lex.lang)
    if pattern is None:
        return facts
    directions = lex.phrases("change_nouns")
    records = {*lex.words.record_words, *(w + "s" for w in lex.words.record_words)}
    result = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.kind == "percent" and fact.change is None \
            and not fact.rule_id.startswith("table-row") else -1
        subject = pattern.match(text, start) if start >= 0 else None
        if subject and subject.end(1) <= fact.char_start and subject.group(1).lower() in directions:
            head = _head(fact.counted, lex)
            named = re.search(rf"\b{re.escape(head)}\b", subject.group(2), re.I) if head else None
            if not head or named or head == subject.group(1).lower() or head in records:
                fact = replace(fact, change=directions[subject.group(1).lower()])
        result.append(fact)
    return result


def _balance_gains(facts, text: str, lex) -> list[NumericFact]:
    """A gain of people in a sentence that speaks of a net balance is a level of that balance, not a change, as "a net
    gain of 9,300 NZ citizens" is: "there was a net migration gain in most age groups, including a gain of 20,000
    across the main school ages", "the region gained 4,070 people on balance from migration"."""
    words = lex.words
    if not words.balance_gains or not words.balance_words:
        return facts
    gains = alternation(words.balance_gains)
    gain_before = re.compile(rf"\b(?:{gains})\s+(?:(?:{alternation(words.of_words)})\s+)?(?:[^\W\d_]+\s+)?$", re.I)
    net_gain = re.compile(rf"\b(?:{alternation(words.balance_words)})\s+(?:[^\W\d_]+\s+)?(?:{gains})\b", re.I)
    marker = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{alternation(words.balance_markers)})\b", re.I) \
        if words.balance_markers else None
    result = []
    for fact in facts:
        if fact.kind == "count" and fact.change == "increase" and not fact.rule_id.startswith("table-row") \
                and gain_before.search(text, max(0, fact.char_start - 30), fact.char_start):
            start = _sentence_start(text, fact)
            if start >= 0 and (net_gain.search(text, start, fact.char_start)
                               or marker is not None and marker.match(text, fact.char_end)):
                fact = replace(fact, change=None)
        result.append(fact)
    return result


def _head_count_gains(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """A percentage change right after a count of heads its subject gained or lost ("la population étrangère a gagné
    12'400 personnes (+2,1 %)", "elle a gagné 9.870 habitants, soit une croissance de 0,7 %") measures the subject's
    change, as "s'est accrue de 16 090 personnes (+ 14,1 %)" does: it counts the subject, not the heads; where a
    pronoun stands for the subject ("Celle-ci gagne ...", "elle a gagné ..."), the subject of the sentence before."""
    words = lex.words
    if not words.head_count_nouns or not words.referring_subjects:
        return facts
    changes = alternation([*words.change_nouns.increase, *words.change_nouns.decrease])
    restating = alternation([*words.restatement_words, "ou"])
    between = re.compile(rf"\s*(?:\(|,\s*(?:{restating})\s+(?:{_ARTICLES})\s+(?:[^\W\d_]+\s+)?(?:{changes})\s+"
                         rf"(?:de\s+|d['’]\s*))\s*[+\-−–]?\s*", re.I)
    pronoun = re.compile(rf"\W*(?:[^,.;:]{{0,40}},\s*)?(?:{alternation(words.referring_subjects)})\s", re.I)
    heads = {w.lower() for w in words.head_count_nouns}
    facts = list(facts)
    for index in range(1, len(facts)):
        count, fact = facts[index - 1], facts[index]
        if fact.kind != "percent" or count.kind != "count" or not count.change or fact.sentence != count.sentence \
                or not count.counted or count.counted.split()[-1].lower() not in heads \
                or fact.counted and fact.counted.split()[-1].lower() not in heads \
                or not between.fullmatch(text, count.char_end, fact.char_start):
            continue
        start = _sentence_start(text, count)
        if start < 0 or count.char_start not in token_at:
            continue
        if pronoun.match(text, start, count.char_start):
            subject = _previous_subject(text, start, lex)  # "Celle-ci gagne 87'500 personnes (+1,1%)"
        else:
            subject = counted_subject(doc, start, token_at[count.char_start])
        if subject and subject.split()[-1].lower() not in heads and not is_place(subject, lex) and not is_people(subject):
            facts[index] = replace(fact, counted=subject)
    return facts


def _aside_relative_dates(facts, text: str, lex) -> list[NumericFact]:
    """A date governs its clause, and a relative clause set off by commas is a clause of its own: a year inside it
    dates only its own figures ("Lyon, qui comptait 500 000 habitants en 2015, enregistre un recul de 2 %": the recul
    takes no as_of), and a figure inside it takes no as_of from a year outside it ("les envois des pays du Golfe, où
    vivent 90 000 Tunisiens, ont atteint 800 MDT en 2022": the 90 000 take none)."""
    relatives = lex.words.aside_relatives
    if not relatives:
        return facts
    # the clause runs to its closing comma, past brackets and the marks inside a figure ("1,5 million", "7.730")
    aside = re.compile(rf",\s*(?:{alternation(relatives)})\s(?:[^,;:.()]|(?<=\d)[,.](?=\d)|\([^()]*\))*(?=,)", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.as_of and not fact.rule_id.startswith("table-row") else -1
        if start >= 0:
            end = _sentence_end(text, fact)
            clauses = [(m.start(), m.end()) for m in aside.finditer(text, start, end)]
            years = _written_years(text, fact, start, end)
            own = next(((a, b) for a, b in clauses if a < fact.char_start and fact.char_end <= b), None)
            if clauses and years and own is None:
                # every mention of the year stands in an aside that does not hold the figure
                if all(any(a < y < b for a, b in clauses) for y in years):
                    fact = replace(fact, as_of=None)
            elif own is not None and years and all(y > own[1] for y in years):
                # a year after the aside, in the main clause; one opening the sentence ("En 2021, les demandes, qui
                # ont progressé de 12 %, ...") frames all its clauses
                fact = replace(fact, as_of=None)
        result.append(fact)
    return result


def _items_of_place_sets(facts, text: str, lex) -> list[NumericFact]:
    """A figure in brackets after an item of a ranked list whose sentence names the list's set of places or
    nationalities ("Les principaux pays d'accueil sont le Gabon (4 100), puis le Tchad (2 900)") does not count that
    set: it counts the whole the sentence names after "dans les", "par ces" ... ("Les nationalités les plus
    représentées dans les arrivées sont l'allemande (10 %)": arrivées; "La nationalité la plus touchée par ces
    expulsions est celle du Mali (1 200)": expulsions), and nothing where it names none. Where it names none, the
    items count what the figure of their kind just before the sentence counts, if that is a set of persons or things
    of its own, not of places, read in the sentence before or the one before that with no other sentence's figure
    between ("Les pays d'Afrique de l'Ouest abritent 84 000 Maliens (7%). Les quatre principaux pays d'accueil y sont
    la Côte d'Ivoire (30 500), puis le Sénégal (18 200)": Maliens; "Les immigrés vivent surtout à Abidjan (40 %) [of
    immigrés]. C'est la ville qui les attire le plus. Viennent ensuite, parmi les régions d'accueil, Bouaké (9 %)":
    immigrés); a figure before that names no such set or is a part ("dont 400 000 étudiants"), a flattened table ("|") or a sentence of other
    figures between ("... devant le Niger (950). Les nationalités ... sont l'allemande (10 %). Les deux principaux pays
    d'accueil sont le Gabon (4 100)") leaves them nothing."""
    words = lex.words
    if not words.item_set_nouns or not words.item_whole_links:
        return facts
    sets = {w.lower() for w in (*words.item_set_nouns, *words.place_sets)}
    bracket = re.compile(r"\(\s*(?:[^\W\d_]+\s+){0,2}$")
    whole = re.compile(rf"\b(?:{alternation(words.item_whole_links)})\s+([^\W\d_][\w-]*)", re.I)
    part_of = re.compile(rf"\b(?:{alternation(words.part_links)})\s*(?:[^\W\d_]+\s+){{0,2}}$", re.I)

    def own_set(noun: str | None) -> bool:  # "ces refus", "Tunisiens": a set of its own, not of places
        word = (noun or "").split()[-1:] or [""]
        return bool(word[0]) and word[0].lower() not in sets and not is_place(word[0], lex) \
            and (is_plural(word[0].lower(), lex) or word[0].lower().endswith(("s", "x")))

    result: list[NumericFact] = []
    for index, fact in enumerate(facts):
        start = _sentence_start(text, fact) if fact.counted and fact.counted.split()[-1].lower() in sets \
            and fact.kind in ("count", "percent") and bracket.search(text, max(0, fact.char_start - 20), fact.char_start) \
            and not fact.rule_id.startswith("table-row") else -1
        if start >= 0:
            found = [m.group(1) for m in whole.finditer(text, start, fact.char_start)]
            noun = found[0] if found and own_set(found[0]) else None
            if noun is None:
                before = next((f for f in reversed(facts[:index]) if f.kind == fact.kind and f.char_end <= start), None)
                if before is not None and part_of.search(text, max(0, before.char_start - 30), before.char_start):
                    before = None  # "1,5 million de personnes, dont 400 000 étudiants": a part, not the set
                if before is not None and not before.change and own_set(before.counted) \
                        and not before.rule_id.startswith("table-row") and start - before.char_end <= 300 \
                        and "|" not in text[before.char_end:fact.char_start] \
                        and not any(before.char_end <= f.char_start < start and f.sentence != before.sentence
                                    for f in facts) \
                        and len(re.findall(r"[.!?](?=\s)", text[before.char_end:start])) <= 2:
                    noun = before.counted
            fact = replace(fact, counted=noun)
        result.append(fact)
    return result


def _shares_of_pointed_figures(facts, text: str, lex) -> list[NumericFact]:
    """A share of a figure named before by a demonstrative ("Près de 40 % de ce total proviennent de France", "La
    moitié de cette somme", "(soit 71,86 %) de cette somme", "plus d'un tiers de ce chiffre") counts the figure's
    noun (`total`, `somme`, `chiffre`), as a share "du total" counts `total`."""
    wholes = lex.words.pointed_share_wholes
    if not wholes:
        return facts
    of = alternation([w for w in lex.words.of_words if w.strip()] + ["dans"])
    # (a fraction's span ends on its own "de": "La moitié de| cette somme")
    after = re.compile(rf"\s*\)?\s*(?:(?:{of})\s*)?({alternation(wholes)})\b", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        found = after.match(text, fact.char_end) if fact.kind == "percent" and not fact.change \
            and not fact.rule_id.startswith("table-row") else None
        if found:
            fact = replace(fact, counted=found.group(1).split()[-1])
        result.append(fact)
    return result


@cache
def _bracketed_change_verbs(lang: str) -> dict[str, re.Pattern] | None:
    """The verbs of change whose unsigned bracketed share is their change, by direction: a word that opens on one of
    the language's stems ("progress", "recul") and is no change noun ("progression", "recul") (built once per
    language)."""
    words = lexicon(lang).words
    nouns = [*words.change_nouns.increase, *words.change_nouns.decrease, *words.event_change_nouns]
    noun = rf"(?!(?:{alternation(nouns)})s?(?![^\W\d_]))" if nouns else ""
    found = {name: re.compile(rf"(?<![^\W\d_']){noun}(?:{alternation(stems)})[^\W\d_]*", re.I)
             for name in ("increase", "decrease") if (stems := getattr(words.bracketed_change_verbs, name))}
    return found or None


def _bracketed_verb_changes(facts, text: str, lex) -> list[NumericFact]:
    """An unsigned share that no reading made a change, in brackets (or after ", de") a few words after a verb of change
    with no figure or comma between, is that change: "Ces flux ne devraient guère progresser cette année ( 1,5 %)", "les
    envois ne progresseraient que modérément cette année, de 2,9%", and the brackets of places that go on from it in its
    clause ("ont progressé d'abord vers l'Amérique latine (7,7%), puis vers l'Asie du Sud (5,2%)"); a share of a whole
    ("(12 % du total)") stays a share."""
    verbs = _bracketed_change_verbs(lex.lang)
    if verbs is None:
        return facts
    of = alternation([w.strip() for w in lex.words.of_words if w.strip()])
    gap = re.compile(rf"^[^\W\d_]*(?:[\s'’]+[^\W\d_]+){{0,10}}?\s*(?:\(|,\s*(?:{of}))\s*$", re.I)
    share_of = re.compile(rf"\s*(?:{of})(?![^\W\d_])", re.I)
    breaks = re.compile(rf"[;:]|(?:^|\s)(?:{alternation(lex.words.change_noun_clause_breaks)})(?:\s|$)", re.I) \
        if lex.words.change_noun_clause_breaks else re.compile(r"[;:]")
    result: list[NumericFact] = []
    carried: NumericFact | None = None  # the last share made a change here, for the brackets that go on from it
    for fact in facts:
        if fact.kind != "percent" or fact.change or fact.rule_id.startswith("table-row") \
                or share_of.match(text, fact.char_end):
            result.append(fact)
            continue
        start = _sentence_start(text, fact)
        change = None
        if _compares_levels(text, fact):
            result.append(fact)
            continue  # "progresse (18% en 2022 contre 9% en 2021)", "a progressé, de 31% en 2015 jusqu'à 38%": levels
        for name, verb in verbs.items():
            if start >= 0 and any(gap.match(text[v.end():fact.char_start]) for v in verb.finditer(text, start, fact.char_start)):
                change = name
        if change is None and carried is not None and carried.sentence == fact.sentence \
                and _bracket_before(text, fact.char_start) and not breaks.search(text[carried.char_end:fact.char_start]) \
                and not any(carried.char_end <= f.char_start < fact.char_start for f in facts):
            change = carried.change  # "..., puis vers l'Asie du Sud (5,2%)": the places that go on from it
        if change is not None:
            fact = replace(fact, change=change)
            carried = fact
        result.append(fact)
    return result


def _compares_levels(text: str, fact: NumericFact) -> bool:
    """Whether the words right after a share, up to its closing bracket or its clause's comma, date it or go on to
    another level ("18% en 2022 contre 9%", "de 44 à 42%"): a level, not the size of a change."""
    ends = [at for at in (text.find(")", fact.char_end), text.find(",", fact.char_end), text.find(".", fact.char_end))
            if at >= 0]
    after = text[fact.char_end:min(ends) if ends else fact.char_end + 60]
    return bool(_WRITTEN_YEAR.search(after) or re.search(r"(?<![^\W\d_])(?:à|jusqu['’]à|contre)(?![^\W\d_])", after))


def _changes_of_bare_change_nouns(facts, text: str, lex) -> list[NumericFact]:
    """Changes that a sentence sums up by a bare change noun, one not followed by what changes, count that noun:
    signed shares in brackets after places in the noun's clause ("Plusieurs pays expliquent ce repli, au premier rang
    desquels la France (-3 %), puis l'Allemagne (-12 %)", "quelques pays, dont l'Italie (+16 %), ont connu de fortes
    hausses") and the shares of a respective list after the noun ("une hausse marquée, soit respectivement 37 %, 16 %
    et 13 %", "une hausse respective de 0,6% et 0,5%") count `repli`, `hausses`, `hausse`. "une hausse des demandes
    (+73 %)" names what changes, and a clause break ("tandis que l'Allemagne (-30 %)") ends the noun's reach."""
    words = lex.words
    if not words.change_noun_list_marks:
        return facts
    changes = [*words.change_nouns.increase, *words.change_nouns.decrease, *words.event_change_nouns]
    of = alternation([w.strip() for w in words.of_words if w.strip()])
    change_noun = re.compile(rf"(?<![^\W\d_])((?:{alternation(changes)})s?)(?![^\W\d_'])", re.I)
    names_what = re.compile(rf"\s*(?:{of})(?![^\W\d_])", re.I)  # "une hausse des demandes": no bare noun
    list_lead = re.compile(rf"^(?:\s+[^\W\d_]+)?\s*,?\s*(?:[^\W\d_]+\s+)?(?:{alternation(words.change_noun_list_marks)})"
                           rf"(?:\s+(?:{of}))?\s*$", re.I)
    list_joint = re.compile(rf"^\s*(?:,|{alternation(words.conjunctions)})\s*$", re.I)
    breaks = re.compile(rf"(?:^|\s)(?:{alternation(words.change_noun_clause_breaks)})(?:\s|$)|;", re.I)
    place_before = re.compile(r"([^\W\d_][\w-]*)\s*\(\s*$")
    result: list[NumericFact] = []
    listed: NumericFact | None = None  # the last share of a respective list given the noun
    for fact in facts:
        if fact.kind != "percent" or not fact.change or fact.rule_id.startswith("table-row"):
            result.append(fact)
            continue
        start, end = _sentence_start(text, fact), _sentence_end(text, fact)
        if start < 0:
            result.append(fact)
            continue
        nouns = list(change_noun.finditer(text, start, end))
        noun = None
        before = [n for n in nouns if n.end() <= fact.char_start]
        if before and not names_what.match(text, before[-1].end()) and list_lead.match(text[before[-1].end():fact.char_start]):
            noun = before[-1].group(1)  # "une hausse marquée, soit respectivement 37 %"
        elif listed is not None and listed.sentence == fact.sentence \
                and list_joint.match(text[listed.char_end:fact.char_start]):
            noun = listed.counted  # "..., 16 % et 13 %": the list goes on
        elif _bracket_before(text, _sign_start(text, fact)) and _place_in_brackets(text, fact, place_before, lex) \
                and not _own_count_in_bracket(fact, facts, text):
            # the change nouns of the figure's clause: no break between the noun and the figure, on either side
            reach = [n for n in nouns if not breaks.search(text[min(n.end(), fact.char_end):max(n.start(), fact.char_start)])]
            nearest = min(reach, key=lambda n: min(abs(n.start() - fact.char_end), abs(fact.char_start - n.end())),
                          default=None)
            if nearest is not None and not names_what.match(text, nearest.end()):
                noun = nearest.group(1)  # the nearest change noun of the clause, when it names no changing thing
        if noun:
            fact = replace(fact, counted=noun.lower())
            listed = fact
        else:
            listed = None
        result.append(fact)
    return result


def _place_in_brackets(text: str, fact: NumericFact, place_before: re.Pattern, lex) -> bool:
    """Whether the word before a figure's opening bracket names a place ("la France (-3 %)", "l'Italie (+16 %)")."""
    found = place_before.search(text, max(0, fact.char_start - 40), _sign_start(text, fact))
    if found is None:
        return False
    word = re.sub(r"^[^\W\d_]['’]", "", found.group(1))
    return is_place(word, lex)


def _sign_start(text: str, fact: NumericFact) -> int:
    """Where a figure starts with the sign printed before it ("(-3 %)", "(+ 16 %)"), its span holding the number only."""
    at = fact.char_start
    while at > 0 and (text[at - 1].isspace() or text[at - 1] in "+-−–"):
        at -= 1
    return at


def _own_count_in_bracket(fact: NumericFact, facts, text: str) -> bool:
    """Whether the bracket of a figure also holds a count that writes its own noun ("(-22% à 362 départs)")."""
    close = text.find(")", fact.char_end)
    return close >= 0 and any(f.kind == "count" and _own_noun(f) and fact.char_end <= f.char_start < close for f in facts)


def _changes_of_data_subjects(facts, text: str, lex) -> list[NumericFact]:
    """A change whose subject names data rather than things ("les chiffres progressent de 8,6 %, avec 131 000 demandes
    déposées", "ces données progressent de 12 % ... avec 2 027 victimes", "Le décompte fait état de ... 155 773
    demandes ..., ce qui correspond à une hausse de 28,3 %") counts what the nearest count of its sentence counts, the
    count that writes its own noun, unless another clause opens between the two (data_subject_clause_breaks: "Le
    décompte baisse de 10 % alors que 50 000 personnes ont traversé"); with no such count it keeps its subject. Data
    of a plural set ("Le décompte des morts baisse de 10 %") count that set."""
    words = lex.words
    nouns = words.data_subject_nouns
    if not nouns:
        return facts
    breaks = re.compile("|".join(rf"{re.escape(b)}\b" if b[-1].isalpha() else re.escape(b)
                                 for b in words.data_subject_clause_breaks) or r"(?!)", re.I)
    of_set = re.compile(rf"\b(?:{alternation(nouns)})\s+des\s+([^\W\d_]+)", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        if fact.kind == "percent" and fact.change and fact.counted and fact.counted.lower() in nouns \
                and not fact.rule_id.startswith("table-row"):
            start = _sentence_start(text, fact)
            named = [m for m in of_set.finditer(text, max(start, 0), fact.char_start)] if start >= 0 else []
            if named and named[-1].group(1).lower() not in words.generic_heads:
                result.append(replace(fact, counted=named[-1].group(1)))
                continue
            counts = [f for f in facts if f.sentence == fact.sentence and f.kind == "count" and _own_noun(f)
                      and f.counted.lower() not in nouns
                      and not breaks.search(text, min(f.char_end, fact.char_end), max(f.char_start, fact.char_start))]
            if counts:
                nearest = min(counts, key=lambda f: abs(f.char_start - fact.char_start))
                fact = replace(fact, counted=nearest.counted)
        result.append(fact)
    return result


def _yearly_rates_before_dated_levels(facts, text: str, lex) -> list[NumericFact]:
    """An average yearly rate of change ("au rythme de 7 % par an", "à un rythme annuel moyen de 4,2 %") takes no as_of
    from a year that dates a level after it ("pour se hisser à 467 milliards de dollars d'ici 2014", "partant de 296
    milliards $ en 2007"): the year dates that level only, as "avec une croissance moyenne de 9 % par an, et
    s'élèveraient à 540 milliards de dollars en 2016" gives the growth none."""
    marks = lex.words.yearly_rate_marks
    if not marks:
        return facts
    mark = re.compile(rf"\b(?:{alternation(marks)})\b", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.kind == "percent" and fact.change and fact.as_of \
            and not fact.rule_id.startswith("table-row") else -1
        if start >= 0 and mark.search(text, max(start, fact.char_start - 30), min(len(text), fact.char_end + 12)):
            end = _sentence_end(text, fact)
            years = _written_years(text, fact, start, end)
            levels = [f.char_start for f in facts if f is not fact and f.sentence == fact.sentence
                      and f.char_start > fact.char_end]
            if years and all(any(fact.char_end < at < year for at in levels) for year in years):
                fact = replace(fact, as_of=None)
        result.append(fact)
    return result


def _antecedent_pronoun_sets(facts, text: str, lex) -> list[NumericFact]:
    """A figure of a set named by a pronoun for the sentence before ("Environ 39 % d'entre eux ont obtenu une décision
    favorable", "Parmi elles, 121 ont été relogées") counts the plural subject that opens the sentence before ("Les
    demandeurs de protection viennent ...", "Les familles ..."), as "of them" does in English; a sentence that names
    a count before the figure holds its own set."""
    pronouns = lex.words.antecedent_pronouns
    if not pronouns:
        return facts
    pronoun = alternation(pronouns)
    after = re.compile(rf"\s*\)?\s*(?:{pronoun})\b", re.I)
    opening = re.compile(rf"\W*(?:{pronoun})\s*,?\s*$", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.kind in ("count", "percent") and not fact.change \
            and not fact.rule_id.startswith("table-row") else -1
        if start >= 0 and (after.match(text, fact.char_end) or opening.fullmatch(text, start, fact.char_start)) \
                and not any(f.sentence == fact.sentence and f.char_end <= fact.char_start and f.counted for f in result):
            subject = _previous_subject(text, start, lex)
            if not (subject and is_plural(subject.lower(), lex) and subject.lower() not in lex.words.generic_heads
                    and not is_place(subject, lex)):
                subject = None
            if subject:
                fact = replace(fact, counted=subject)
        result.append(fact)
    return result


def _gapped_change_amounts(facts, text: str, lex) -> list[NumericFact]:
    """A figure after a bare "by" that "and" or a dash joins to a change told before it in its sentence is an amount
    of that change, its verb left out: "grew in number by 553 persons (2.9%), and foreigners immigrating to Lithuania
    – by 1.7 thousand", "Migrant arrivals into Auckland were up in July at 5440 (5069), and by 6234 for the year"."""
    words = lex.words
    if not words.change_prepositions or words.head_first:
        return facts
    by = alternation(words.change_prepositions)
    gapped = re.compile(rf"(?:\s[–—-]|,?\s(?:{alternation(words.conjunctions)}))\s+(?:{by})\s+$", re.I)
    moved = lex.phrases("changes_before_percent")
    stated = re.compile(rf"\b(?:{alternation(words.counted_stop)})\s+({alternation(moved)})\b", re.I) if moved else None
    result: list[NumericFact] = []
    for fact in facts:
        if fact.change is None and fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row") \
                and gapped.search(text, max(0, fact.char_start - 12), fact.char_start):
            start = _sentence_start(text, fact)
            earlier = [f for f in result if f.sentence == fact.sentence and f.char_end <= fact.char_start]
            change = next((f.change for f in reversed(earlier) if f.change and f.unit != "times"), None)
            if change is None and start >= 0 and stated is not None:
                found = stated.search(text, start, fact.char_start)  # "were up in July at 5440"
                change = moved[found.group(1).lower()] if found else None
            if change and start >= 0:
                fact = replace(fact, change=change)
        result.append(fact)
    return result


# a pronoun standing for the set the sentence before counted: "their number has risen", "38 percent of them are from
# Poland"; not "this"/"that" opening a change ("That is an 83 per cent rise", "This was an increase of 47%"), which
# the labels mostly leave with an empty head
_CARRYING_PRONOUN = re.compile(r"\b(?:their\s+numbers?|of\s+(?:them|these))\b", re.I)


def _pronoun_carried_sets(facts, text: str, lex) -> list[NumericFact]:
    """A sentence that speaks of the set of the sentence just before by a pronoun and names no noun for its own
    figures ("... 1,048,900 first-time asylum applicants ... After a considerable fall in 2020 (417 100), their number
    has risen ... (1 216 900 and 1 166 800)"; "immigrants made up ..., or 27,445. Nearly 38 percent of them are from
    Poland (10,933)") counts what the last count of people or things of the sentence before counted, as batch 13's
    "it" and batch 14's "They" do. "of them" after a count of the same sentence ("A total of 2,798 ..., some 66.8
    percent of them") or before a named part ("70 per cent of them are women") is left alone."""
    facts = list(facts)
    if lex.lang != "en":
        return facts
    last_count: NumericFact | None = None  # the last count with a noun of the sentence before
    current: NumericFact | None = None  # that of the fact's own sentence so far
    previous: NumericFact | None = None
    for index, fact in enumerate(facts):
        if previous is None or fact.sentence != previous.sentence:
            last_count = current if previous is not None and not _sentence_between(
                text, previous.char_end, fact.char_start) else None
            current = None
        previous = fact
        if fact.kind == "count" and fact.counted:
            head = fact.counted.split()[-1].lower()
            if is_plural(head, lex) and head not in lex.words.generic_heads and head not in lex.words.place_sets \
                    and not is_place(fact.counted, lex):
                current = fact
            continue
        if last_count is None or fact.kind not in ("count", "percent"):
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        sentence = text[start:_sentence_end(text, fact)]

        def written(other: NumericFact) -> bool:  # a figure of the sentence that names its own noun there
            return bool(other.counted) and other.kind in ("count", "percent") \
                and other.counted.split()[-1].lower() in sentence.lower()

        # "38 percent of them", read as a share of the whole the sentence before named: the pronoun's set
        of_them = re.match(r"\s+of\s+(?:them|these)\b", text[fact.char_end:fact.char_end + 12], re.I)
        if fact.counted is not None and (written(fact) or not of_them) \
                or any(f.sentence == fact.sentence and f is not fact and written(f)
                       for f in facts[max(0, index - 8):index + 8]) \
                or not (pronoun := _CARRYING_PRONOUN.search(sentence)):
            continue
        at = start + pronoun.start()
        if not pronoun.group().lower().startswith("their") and any(
                f.sentence == fact.sentence and f.char_end < at and text[f.char_end:at].strip()
                for f in facts[max(0, index - 8):index + 1]) \
                or not pronoun.group().lower().startswith("their") and any(
                    w not in lex.spacy_stop_words and is_plural(w, lex)
                    for w in re.findall(r"[^\W\d_]+", sentence[pronoun.end():].lower())[:3]):
            continue  # "A total of 2,798 ..., some 66.8 percent of them": the pronoun's set is in its own sentence;
            # "70 per cent of them are women": the part is named
        facts[index] = replace(fact, counted=last_count.counted)
    return facts


def _counted_article(fact: NumericFact, lex) -> bool:
    """Whether a fact is a count of one written as the article "un", "una" before its noun."""
    return fact.kind == "count" and fact.value == 1 \
        and any(w.lower() in lex.words.indefinite_articles for w in fact.surface.split()) \
        and not any(c.isdigit() for c in fact.surface)


def _relative_partitives(facts, text: str, lex) -> list[NumericFact]:
    """A figure that opens a relative of a part after a comma counts what the last count of its sentence before the comma
    counts, past the figures between: "peticiones de asilo, con unas 55.600 tramitadas de enero a diciembre, de las que unas
    20.000 correspondieron a venezolanos", "sumaron 109 mil 553 eventos, lo que es 23.1 por ciento más ..., de los cuales el
    10.9 por ciento correspondió a menores" (peticiones, eventos). Not a change ("de los que 1.200 más ..."), and not where
    the count before names a place or people's place of origin."""
    words = lex.words
    if not words.relative_partitives:
        return list(facts)
    lead = re.compile(r",\s*(?:{})\s+(?:(?:{})\s+)?$".format(
        alternation(words.relative_partitives), alternation(words.determiners)), re.I)
    facts = list(facts)
    own_set = re.compile(r"\s*(?:%|{})?\s*(?:{})\b".format(alternation(words.percent_words), alternation(words.of_words)), re.I)
    for position, fact in enumerate(facts):
        # a share there counts the relative's antecedent over the predicate noun after its copula ("6.708 venezolanos en
        # total, de los cuales un 30 % eran niños" → venezolanos), unless it names its own set ("el 30 % de los niños")
        named = fact.counted is not None and not (fact.kind == "percent" and not own_set.match(text, fact.char_end))
        if named or fact.kind not in ("count", "percent") or fact.change \
                or fact.rule_id.startswith("table-row"):
            continue
        found = lead.search(text, max(0, fact.char_start - 40), fact.char_start)
        if found is None:
            continue
        whole = next((f for f in reversed(facts[:position]) if f.sentence == fact.sentence and f.kind == "count"
                      and f.char_end <= found.start()), None)
        if whole is None or not whole.counted or whole.change or is_place(whole.counted, lex) \
                or re.search(r"[;.:](?!\d)", text[whole.char_end:found.start()]):
            continue
        facts[position] = replace(fact, counted=whole.counted)
    return facts


def _changes_before_movements(facts, text: str, lex) -> list[NumericFact]:
    """A percentage just before a movement between two levels of two times ("un retroceso de 11.4 por ciento en la
    cantidad de refugiados, que bajó de 220 solicitudes aceptadas en 2013, a 195 el año pasado", "del 175,8%, pasando de
    los 2.136 de 2013 a los 5.891 en 2017") is the change between those times: it takes neither level's date."""
    words = lex.words
    if not words.movement_from:
        return list(facts)
    starts = alternation([*words.dates.period_from, *words.movement_from])
    ranges = alternation([w for w in words.range_words if w.isalpha()])
    opening = re.compile(rf"\b(?:{starts})\s+(?:(?:{alternation(words.determiners)})\s+)?$", re.I)
    between_levels = re.compile(rf"[^\d;:()]{{0,40}}\s(?:{ranges})\s+(?:(?:{alternation(words.determiners)})\s+)?", re.I)
    facts = list(facts)
    for k, fact in enumerate(facts[:-2]):
        first, second = facts[k + 1], facts[k + 2]
        if fact.kind != "percent" or not fact.as_of or fact.period_start is not None \
                or not fact.sentence == first.sentence == second.sentence \
                or re.search(r"[\d;:()]", text[fact.char_end:first.char_start]) \
                or not opening.search(text, max(fact.char_end, first.char_start - 12), first.char_start) \
                or not between_levels.fullmatch(re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", text[first.char_end:second.char_start])) \
                or first.as_of == second.as_of or fact.as_of not in (first.as_of, second.as_of) \
                or fact.as_of[:4] in text[max(0, _sentence_start(text, fact)):fact.char_start]:
            continue  # "En 2017, ... un 80 % más, pasando de ...": a date of its own before it
        facts[k] = replace(fact, as_of=None)
    return facts


def _origin_items(facts, text: str, lex) -> list[NumericFact]:
    """In a breakdown of a named set by origin, a figure followed straight by a people's name names an origin, not what
    is counted: "De las 900 solicitudes, 300 correspondieron a peruanos, 200 a bolivianos, 150 chilenos", "80 fueron
    casos de personas peruanas, 40 bolivianas, 30 de Chile" count the set an earlier item of the list counted (solicitudes,
    casos), as does a figure followed by the place it comes from."""
    if not lex.words.origin_items:
        return list(facts)
    facts = list(facts)
    gap = re.compile(rf"[^.;:()\d]{{0,60}}(?:,|\s(?:{alternation(lex.words.conjunctions)}))\s*", re.I)
    # "180 de El Salvador": a place the figure comes from, as a people's name after it says
    place = re.compile(rf"\d\s+(?:{alternation(lex.words.of_words)})\s+((?-i:[A-ZÀ-Ý])[\w-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w-]*)*)$", re.I)
    for k, fact in enumerate(facts):
        words = (fact.counted or "").split()
        people = len(words) == 1 and words[0].islower() and is_people(words[0]) \
            and re.search(rf"\d\s+{re.escape(words[0])}$", fact.surface) is not None
        came = fact.counted is None and (m := place.search(fact.surface)) is not None and is_place(m.group(1), lex)
        if fact.kind != "count" or fact.change or not (people or came) or fact.rule_id.startswith("table-row"):
            continue
        later, counted = fact, None
        for before in reversed(facts[:k]):
            if before.sentence != fact.sentence or before.kind != "count" or before.change \
                    or not gap.fullmatch(text, before.char_end, later.char_start):
                break
            if before.counted and not is_people(before.counted):
                counted = before.counted if is_plural(before.counted.split()[-1].lower(), lex) else None
                break
            later = before
        if counted:
            facts[k] = replace(fact, counted=counted)
    return facts


def _bracketed_counts_of_whole_shares(facts, text: str, lex) -> list[NumericFact]:
    """Where heads come first, a count alone in brackets right after a share of a whole ("les titres étudiants ont
    représenté un tiers du total (109 300)", "Ces procédures pèsent presque deux tiers du total (61.640)") restates the
    part the share picks out: it counts the plural noun the sentence's subject opens with, not the whole."""
    words = lex.words
    if not words.head_first:
        return list(facts)
    wholes = frozenset(words.generic_heads)
    facts = list(facts)
    for index in range(1, len(facts)):
        share, fact = facts[index - 1], facts[index]
        if fact.kind != "count" or fact.counted is not None or fact.change or share.kind != "percent" \
                or share.sentence != fact.sentence or (share.counted or "").lower() not in wholes \
                or not re.fullmatch(r"\s*\(\s*", text[share.char_end:fact.char_start]) \
                or not re.match(r"\s*[),]", text[fact.char_end:fact.char_end + 3]):
            continue
        subject = _previous_subject(text, fact.char_start, lex)  # the sentence up to the count: its subject
        if subject and _plural_content_noun(subject, lex) and subject.lower() not in wholes:
            facts[index] = replace(fact, counted=subject)
    return facts


def _bare_share_subjects(facts, text: str, lex) -> list[NumericFact]:
    """Where heads come first, a share with no noun of its own that stands as the subject of its sentence's first clause,
    a verb right after it ("Plus de 45% sont installés en Europe", "Et 85% affirment en recevoir davantage", "De fait,
    69,6 % d'entre eux avaient moins de 35 ans"), counts the set the text just spoke of: the subject of the sentence
    before when that sentence holds no figure ("Les nouveaux immigrants forment une population jeune"), else the noun of
    the last count written with its noun in the sentences before ("plus de 600.000 sénégalais dénombrés hors du pays"),
    else what the last share of the sentence before counted. The sentence's other shares with no noun ("39% se trouvent
    en Afrique de l'Ouest, l'Amérique du Nord en accueille 8%") count the same set."""
    words = lex.words
    if not words.head_first or not words.copulas:
        return list(facts)
    opening = re.compile(r"\W*(?:(?:{})\s+)?(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}},\s*)?".format(
        alternation(words.conjunctions)), re.I)  # "Et ", "De fait, "
    verb_after = re.compile(r"\s*(?:(?:{})\s+)?(?:(?:{}|y|en|ne|n['’])\s*)?([^\W\d_][\w'’-]*)".format(
        alternation(words.set_pronouns), alternation(words.reflexives)), re.I)  # "d'entre eux avaient", "se trouvent"
    facts = list(facts)
    for position, fact in enumerate(facts):
        if fact.kind != "percent" or fact.counted is not None or fact.change or fact.rule_id.startswith("table-row") \
                or not any(c.isdigit() for c in fact.surface):
            continue  # "Casi la mitad llegaron": a fraction in words is left alone
        start = _sentence_start(text, fact)
        if start < 0 or any(f.sentence == fact.sentence for f in facts[:position]) \
                or not opening.fullmatch(text, start, fact.char_start):
            continue
        verb = verb_after.match(text, fact.char_end)
        link = verb.group(0).strip().lower() if verb else ""
        if verb is None or not (verb.group(1).lower() in words.copulas or verb_form(verb.group(1), lex)
                                or link != verb.group(1).lower()):
            continue  # "45% des envois": a noun after it, read elsewhere; "Plus de 45% sont", "20% y sont nés": a verb
        paragraph = max(text.rfind("\n\n", 0, start), 0)
        earlier = [f for f in facts[:position] if f.char_start >= paragraph and f.sentence != fact.sentence]
        previous_sentence = [f for f in earlier if f.sentence == earlier[-1].sentence] if earlier else []
        named = None
        if not previous_sentence or _sentence_between(text, previous_sentence[-1].char_end, start):
            subject = _previous_subject(text, start, lex)  # the sentence before holds no figure
            named = subject if subject and _plural_content_noun(subject, lex) else None
        if named is None:
            count = next((f for f in reversed(earlier) if f.kind == "count" and _own_noun(f) and not f.change
                          and _plural_content_noun(f.counted.split()[0], lex)), None)
            named = count.counted if count is not None else None
        if named is None:
            share = next((f for f in reversed(previous_sentence) if f.kind == "percent" and f.counted), None)
            named = share.counted if share is not None else None
        if named is None:
            continue
        for k in range(position, len(facts)):
            other = facts[k]
            if other.sentence == fact.sentence and other.kind == "percent" and other.counted is None and not other.change:
                facts[k] = replace(other, counted=named)
    return facts


@cache
def _ratio_link(lang: str) -> re.Pattern | None:
    """The one-word ratio word between a part and its base ("590 000 immigrés sur 10 300 000 habitants"), or None
    where the language has none (built once per language)."""
    ratio = [w for w in lexicon(lang).words.ratio_words if " " not in w]
    return re.compile(rf"\s+{alternation(ratio)}\s+", re.I) if ratio else None


def _ratio_base(fact, facts, text: str, lex) -> bool:
    """Whether a count is the base of a ratio, right after a count of its sentence and a ratio word ("590 000 immigrés
    sur 10 300 000 habitants"): the sentence counts the part, not the base."""
    link = _ratio_link(lex.lang)
    return link is not None and any(
        f.sentence == fact.sentence and f.kind == "count" and f.char_end <= fact.char_start
        and link.fullmatch(text, f.char_end, fact.char_start) for f in facts)


def _restated_count_changes(facts, text: str, lex) -> list[NumericFact]:
    """A change that names nothing, after a pronoun or a restating word that sums up its clause ("soit 1,9 % de
    plus", "c'est-à-dire 3,3 % de plus", "ce qui correspond à une progression de 20%"), is the change of the last
    count its sentence wrote with its own noun before it, asides and brackets between them notwithstanding: "on
    recensait 877 601 personnes originaires des 25 Etats de l'UE (UE-25/AELE), soit 1,9 % de plus" (personnes).
    A count set in a determined phrase ("des 25 Etats"), in an aside a part link opens ("dont") or in brackets ("(dont 13 612 mineurs
    ainsi que 5 511 réexamens)") is a part named in passing, not the clause's count; "15 mar" is a date."""
    facts = list(facts)
    words = lex.words
    if not words.change_pronouns:
        return facts
    lead = re.compile(r"(?:^|[\s,–—-])(?:{})\s+(?:(?:{})\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,4}}$".format(
        alternation([*words.change_pronouns, *words.restatement_words]),
        alternation(words.change_copulas or words.singular_copulas)), re.I)
    pointer = _pass_words(lex.lang).pointer
    determined = re.compile(r"(?:^|\s)(?:{}|{})\s*$".format(
        alternation(words.determiners), alternation(words.subject_relatives)), re.I)
    part_link = re.compile(rf"\b{alternation(words.part_links)}\s*$", re.I)  # "(dont 13 612 mineurs"
    # "56 000 demandes ont reçu une réponse favorable, soit 42%": a share that restates a count is of its set
    restated_share = re.compile(r"[,–—-]\s*(?:{})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$".format(
        alternation(words.restatement_words) or "(?!)"), re.I)
    of_whole = _share_wholes(lex.lang)[0]
    for index, fact in enumerate(facts):
        before = text[max(0, fact.char_start - 60):fact.char_start]
        share = fact.kind == "percent" and not fact.change and fact.counted is None \
            and restated_share.search(before) and not of_whole.match(text, fact.char_end)
        # "and this number rose by 38%": a pointer names its figure, which the labels do not carry
        if not share and (fact.kind != "percent" or not fact.change or fact.counted is not None
                          or not lead.search(before) or pointer.search(before)):
            continue
        counts = [f for f in facts[:index] if f.sentence == fact.sentence and f.kind == "count" and _own_noun(f)
                  and not f.change and not determined.search(text[max(0, f.char_start - 12):f.char_start])
                  and not part_link.search(text, max(0, f.char_start - 8), f.char_start)
                  and not is_place(f.counted, lex) and f.counted.lower().rstrip(".") not in words.months
                  and not re.search(r"[;.]\s|^[^(]*\)", text[f.char_end:fact.char_start])
                  and not _ratio_base(f, facts, text, lex)]
        if counts:
            facts[index] = replace(fact, counted=counts[-1].counted)
    return facts


def _opening_list_sets(facts, text: str, lex) -> list[NumericFact]:
    """Figures in brackets after the places of a list that opens its sentence count the noun its predicate names
    after "el número de" or after a set of nationalities and "de": "Galicia (10,29%), País Vasco (9,87%)
    y Navarra (9,63%) son las comunidades donde más ha aumentado el número de trabajadores" (trabajadores), "Perú
    (17.200), ... y Rumanía (5.700) figuran también entre las nacionalidades de inmigrantes llegados" (inmigrantes):
    the places are the items, not what is counted. A figure with its own noun keeps it."""
    words = lex.words
    if not words.number_of or not words.of_words:
        return list(facts)
    joiner = alternation(words.conjunctions)
    article = alternation(words.definite_articles)
    item = rf"(?:(?i:{article})\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|{alternation(words.of_words)}))*\s*\([^()]*\d[^()]*\)"
    # "A su vez, Colombia (2,5 millones), el Perú (976.400) y Ecuador (555.400) fueron ...": a short lead may stand first
    listed = re.compile(rf"(?:[^\W\d_][^,()\d.;:]{{0,30}},\s*)?{item}(?:(?:\s*,\s*|\s+{joiner}\s+|\s+){item})+")
    first_label = re.compile(rf"(?:[^\W\d_][^,()\d.;:]{{0,30}},\s*)?([^(]*)\(")
    named = re.compile(rf"\b(?:{alternation(words.number_of)}|(?:{alternation(words.nationality_words)})\s+(?:{alternation(words.of_words)}))\s+(?:{article}\s+)?"
                       r"([^\W\d_][\w-]*)", re.I)
    named_facts = []
    for fact in facts:
        if fact.kind not in ("count", "percent") or _own_noun(fact) \
                or not _bracket_before(text, fact.char_start):
            named_facts.append(fact)
            continue
        start = _sentence_start(text, fact)
        found = listed.match(text, start) if start >= 0 else None
        # the items are places ("Galicia (10,29%)"), not peoples counted themselves ("Syriens (102.400)")
        label = first_label.match(found.group()) if found is not None else None
        if found is None or found.end() < fact.char_end or not any(is_place(w, lex) for w in label.group(1).split()):
            named_facts.append(fact)
            continue
        rest = text[found.end():_sentence_end(text, fact)]
        noun = named.search(rest) if rest[:1].isspace() and re.match(r"\s+[a-záéíóúñ]", rest) else None
        if noun and not noun.group(1)[0].isupper() and noun.group(1).lower() not in lex.spacy_stop_words:
            fact = replace(fact, counted=noun.group(1))
        named_facts.append(fact)
    return named_facts


def _ranking_sets(facts, text: str, lex) -> list[NumericFact]:
    """The size of a ranking written with its ranking word and no set after it counts the set the language's
    rankings are of: "Complètent le top 5 à nos côtés le Tadjikistan (28%)", "Les États-Unis referment le Top 5",
    "ferment le top 3" (pays); "le top 10 des nationalités" names its own set. A language with ranking_words reads the
    spelled sizes of its rankings first (_ranking_sizes)."""
    if lex.words.ranking_words:
        facts = _ranking_sizes(facts, text, lex)
    if not lex.words.ranking_sets:
        return list(facts)
    sets = {" ".join(word.lower().split()): noun for word, noun in lex.words.ranking_sets.items()}
    ranking = re.compile(rf"\b({alternation(sets)})\s*$", re.I)
    of_set = re.compile(rf"\s*(?:{alternation(lex.words.of_words)})(?:\s+|(?<=['’]))[^\W\d_]", re.I)
    named = []
    for fact in facts:
        word = ranking.search(text, max(0, fact.char_start - 20), fact.char_start) \
            or ranking.search(fact.surface.split()[0] if fact.surface.split() else "")
        if word and fact.kind == "count" and not fact.change and not _own_noun(fact) and not of_set.match(text, fact.char_end):
            fact = replace(fact, counted=sets[" ".join(word.group(1).lower().split())])
        named.append(fact)
    return named


def _ranking_sizes(facts, text: str, lex) -> list[NumericFact]:
    """A ranking's size spelled after its ranking word with no noun of its own counts what the sentence names as
    ranked in it ("were the countries in the top ten for deploying" -> countries), or nothing named ("have ranked
    in the top ten in each of the last five years", "has not been back in the top ten since")."""
    ranking = re.compile(rf"(?:\b([^\W\d_]+)\s+in\s+)?\bthe\s+(?:{alternation(lex.words.ranking_words)})\s+$", re.I)
    named = []
    for fact in facts:
        if fact.kind != "count" or fact.change or any(c.isdigit() for c in fact.surface) or _own_noun(fact):
            named.append(fact)
            continue
        word = ranking.search(text, max(0, fact.char_start - 60), fact.char_start)
        if word is None:
            named.append(fact)
            continue
        # its sentence, back to a full stop, a line or a page break (looked for only here: each rfind may run back to
        # the text's start)
        start = max(text.rfind(". ", 0, fact.char_start), text.rfind("\n", 0, fact.char_start),
                    text.rfind("\f", 0, fact.char_start)) + 1
        if not (fact.counted and fact.counted.lower() in text[start:fact.char_start].lower()):
            # ("14 different countries have featured among the top ten": the set its sentence counted before)
            noun = word.group(1)
            fact = replace(fact, counted=noun.lower() if noun and is_plural(noun.lower(), lex)
                           and noun.lower() not in lex.spacy_stop_words else None)
        named.append(fact)
    return named


_WORD_AFTER_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\s+([^\W\d_]+)")  # "246.751 presentadas": the word after a figure


def _elided_participle_sets(facts, text: str, lex) -> list[NumericFact]:
    """A determined count whose noun is left out before its participle ("221.805 aplicaciones, un 89,92% de las
    246.751 presentadas", "18.400 retornados ... frente a los 7.088 inscritos en 2013") counts the noun of the count
    before it in its sentence, as does the share of it right before ("de las"); with no such count, nothing is named."""
    endings = tuple(e for e in lex.words.participle_endings if e.endswith("s"))
    if not endings or not lex.words.head_first:
        return list(facts)
    facts = list(facts)
    determiners = alternation([w for w in lex.words.determiners if w.isalpha()])
    determined = re.compile(rf"\b(?:{determiners})\s+$", re.I)
    of_determiner = re.compile(rf"\s*(?:{alternation(lex.words.of_words)})\s+(?:{determiners})\s*", re.I)  # "de las"
    for index, fact in enumerate(facts):
        if fact.kind != "count" or not fact.sentence:
            continue
        word = _WORD_AFTER_FIGURE.search(text[fact.char_start:fact.char_start + 60])
        if word is None or not word.group(1).lower().endswith(endings) or len(word.group(1)) < 6 \
                or not determined.search(text, max(0, fact.char_start - 20), fact.char_start):
            continue
        noun = next((f.counted for f in reversed(facts[:index]) if f.sentence == fact.sentence and f.kind == "count"
                     and f.counted and len(f.counted.split()) == 1 and is_plural(f.counted.lower(), lex)
                     and not f.counted.lower().endswith(endings) and not is_place(f.counted, lex)), None)
        if noun is None or fact.counted not in (None, word.group(1), noun):
            continue
        facts[index] = replace(fact, counted=noun)
        share = facts[index - 1] if index else None
        if share is not None and share.kind == "percent" and share.sentence == fact.sentence \
                and share.counted in (None, word.group(1)) and of_determiner.fullmatch(text, share.char_end, fact.char_start):
            facts[index - 1] = replace(share, counted=noun)
    return facts


# what may stand before a sentence's opening words: punctuation, and a short phrase closed by a comma ("Hors effet
# de change, ils ...", "Au total, parmi ces ...")
_LEAD_ASIDE = r"\W*(?:[^\W\d_][^,.;:\d]{0,40},\s*)?"


def _plural_content_noun(word: str, lex) -> bool:
    """Whether a word can name a set of things counted: a plural that is no function word, place or span of time."""
    return is_plural(word.lower(), lex) and word.lower() not in lex.spacy_stop_words and not is_place(word, lex) \
        and not is_time_word(word.lower(), lex)


@cache
def _determined_plural(lang: str) -> re.Pattern:
    """A word after a plural determiner ("les recettes", "des hommes"); group 1 is the word. Built once per language."""
    plural_determiners = alternation([w for w in lexicon(lang).words.determiners if w.endswith("s")])
    return re.compile(rf"\b(?:{plural_determiners})\s+([^\W\d_][\w-]*)", re.I)


@cache
def _share_noun(lang: str) -> re.Pattern | None:
    """A share noun after its determiner ("la part", "une proportion", "leur part"), group 1 the noun (built once per
    language)."""
    words = lexicon(lang).words
    if not words.share_noun_determiners or not words.share_nouns:
        return None
    return re.compile(rf"\b(?:{alternation(words.share_noun_determiners)})\s+(?:«\s*)?({alternation(words.share_nouns)})\b",
                      re.I)


def _share_noun_subjects(facts, text: str, lex) -> list[NumericFact]:
    """A share in a sentence whose subject is a share noun and its complement ("Enfin, la part des étrangers de
    deuxième génération demeure très faible (3 %)", "Quant à la part des séniors, elle demeure modeste, avec 3,9 %",
    "Si la part de natifs est moindre parmi les arrivants (15 %)") counts the share noun (`part`), as "la part des
    transferts est passée de 0,5 % à 1,3 %" does, not a noun of its complement; a share of a whole named after it
    ("atteint 10 % du PIB") keeps that whole, and a share read with a share noun of its own ("la moyenne nationale se
    situant à 18,5 %") keeps it."""
    noun = _share_noun(lex.lang)
    if noun is None:
        return facts
    # past an opener and its comma ("Enfin, ", "Chez ces victimes, "), or one word and perhaps its "à" ("Quant à", "Si")
    subject_noun = re.compile(r"\W*(?:[^,.;:\d]{0,40},\s*)?(?:[^\W\d_]+\s+(?:[àa]\s+)?)?" + noun.pattern, re.I)
    of = alternation(lex.words.of_words)
    whole_after = re.compile(rf"\s*\)?\s*(?:{of})\s*[^\W\d_]", re.I)
    result: list[NumericFact] = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.kind == "percent" and not fact.change and fact.counted \
            and not fact.rule_id.startswith("table-row") and not whole_after.match(text, fact.char_end) else -1
        subject = subject_noun.match(text, start) if start >= 0 else None
        if subject and subject.end() < fact.char_start and fact.counted.lower() not in lex.words.share_nouns \
                and re.search(rf"\b{re.escape(fact.counted)}\b", text[subject.end():fact.char_start], re.I):
            fact = replace(fact, counted=subject.group(1))
        result.append(fact)
    return result


def _share_noun_levels(facts, text: str, lex) -> list[NumericFact]:
    """A share that no reading gave a noun, in a sentence that names a share noun with its determiner ("une
    proportion de travailleurs migrants inférieure à 2%", "la part des décisions prises par ordonnance a atteint
    32 %", "comme l'Afghanistan (31,8%) et la Moldavie (32,9%), cette proportion reste élevée"), is a level of
    that noun: the nearest before it, or else the first after it in its sentence."""
    facts = list(facts)
    noun = _share_noun(lex.lang)
    if noun is None:
        return facts
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or fact.counted is not None or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        end = _sentence_end(text, fact)
        # (a share noun in a gloss bracketed before the figure, "Le « taux d'accord » (la part des demandeurs ...) a
        # progressé, de 31% ...", names the noun before the bracket, not the figure)
        found = [m for m in noun.finditer(text, start, fact.char_start)
                 if not re.search(r"\([^()]*$", text[start:m.start()]) or not re.search(r"\)", text[m.end():fact.char_start])] \
            or [m for m in [next(noun.finditer(text, fact.char_end, end), None)] if m]
        if found:
            facts[index] = replace(fact, counted=found[-1].group(1))
    return facts


def _pronoun_opened_changes(facts, text: str, lex) -> list[NumericFact]:
    """A change that opens its sentence on a plural pronoun and its verb ("Ils progressent donc de 11,6%",
    "Hors effet de change, ils auraient progressé de 25,9%") and names nothing is a change of the subject of
    the sentence before: its last plural noun after a plural determiner before its first plural auxiliary,
    past relative clauses ("les recettes Voyages, portées par la reprise, ont plus que doublé" -> recettes)."""
    facts = list(facts)
    words = lex.words
    if not words.opening_pronouns or not words.plural_auxiliaries:
        return facts
    opening = re.compile(rf"{_LEAD_ASIDE}{alternation(words.opening_pronouns)}\s+"
                         r"(?:[^\W\d_]++['’]?\s*){1,4}$", re.I)  # possessive: a long run of letters splits one way
    auxiliary = re.compile(rf"\b(?:{alternation(words.plural_auxiliaries)})\b", re.I)
    named = _determined_plural(lex.lang)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or not fact.change or fact.counted is not None \
                or index > 0 and facts[index - 1].sentence == fact.sentence:
            continue
        start = _sentence_start(text, fact)
        if start < 0 or not opening.fullmatch(text, start, fact.char_start):
            continue
        pieces = [p for p in re.split(r"(?<=[.!?])\s+", text[max(0, start - 600):start].strip()) if p]
        if not pieces:
            continue
        # ", qui pèsent 87,5% du total des revenus du travail,", ", portées par la reprise,": asides with no auxiliary
        before = re.sub(r"(?<=\d),(?=\d)", ".", pieces[-1])
        before = re.sub(r",[^,;:]*,", lambda m: m.group() if auxiliary.search(m.group()) else " ", before)
        verb = auxiliary.search(before)
        nouns: list[str] = []
        for m in named.finditer(before, 0, verb.start() if verb else 0):
            if not _plural_content_noun(m.group(1), lex):
                continue
            if nouns and m.group().split()[0].lower() in words.of_words \
                    and nouns[-1] in before[max(0, m.start() - 30):m.start()].split()[-2:]:
                continue  # "Les envois des travailleurs": the complement of the noun before, not a subject
            nouns.append(m.group(1))
        if nouns:
            facts[index] = replace(fact, counted=nouns[-1])
    return facts


def _framed_shares(facts, text: str, lex) -> list[NumericFact]:
    """Shares after a frame that names their whole, in its sentence ("Rapportés au PIB, les envois de fonds
    pesaient le plus lourd au Tadjikistan (48%)", "en part du produit intérieur brut (PIB) pour 2017, Haïti
    (31.2%)"), are shares of that whole, named by its acronym where the page gives one; not a change."""
    facts = list(facts)
    if not lex.words.share_frames:
        return facts
    frame = re.compile(r"\b(?:{})\s+([^\W\d_][\w-]*)((?:\s+[^\W\d_][\w-]*){{0,2}}\s*\(((?-i:[A-Z]{{2,}}))\))?".format(
        alternation(lex.words.share_frames)), re.I)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change:
            continue
        start = _sentence_start(text, fact)
        found = list(frame.finditer(text, start, fact.char_start)) if start >= 0 else []
        if not found or found[-1].group(1).lower() in lex.words.generic_heads:
            continue  # "Rapporté au nombre d'OQT remis, le nombre d'éloignements": a ratio of counts, not a whole
        if re.search(rf"\b{alternation(lex.words.share_nouns)}\b", text[found[-1].end():fact.char_start], re.I):
            continue  # "Rapportée au PIB, cette proportion varie 0,9 pc": the share's own noun
        facts[index] = replace(fact, counted=found[-1].group(3) or found[-1].group(1))
    return facts


def _predicate_shares(facts, text: str, lex) -> list[NumericFact]:
    """A share in brackets right after the predicate of a plural copula, read as counting that predicate ("les
    demandeurs d'asile sont le plus souvent des hommes (63%)", "plus de la moitié des migrants installés au Maroc
    sont célibataires (54,1%)", "Les victimes ... sont pour la plupart des femmes (82%), majeures (84%)"), is the
    share of the subject the predicate picks out: the subject's first plural noun after a plural determiner, in
    its clause before the copula. A name ("sont les Syriens (93 %)") is no such predicate."""
    facts = list(facts)
    words = lex.words
    if not words.predicate_copulas:
        return facts
    # the copula, up to five words of predicate (an earlier predicate's share and its comma between), the bracket
    predicate = re.compile(r"\b(?:{})((?:\s+[^\W\d_][\w'’-]*){{1,5}}(?:\s*\([^()]{{1,12}}\)\s*,\s*[^\W\d_][\w-]*)?)\s*\(\s*$"
                           .format(alternation(words.predicate_copulas)), re.I)
    named = _determined_plural(lex.lang)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or not fact.counted or not _in_brackets(text, fact):
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        found = predicate.search(text, start, fact.char_start)
        if not found:
            continue
        last = found.group(1).split()[-1]
        if last != last.lower() or fact.counted.lower() != last.lower() or found.group(1).split()[0].lower() == "les":
            continue  # the figure's reading is its predicate, written in lower case after no "les"
        clause = max(text.rfind(",", start, found.start()), text.rfind(";", start, found.start()),
                     text.rfind(":", start, found.start()), start)
        subject = next((m.group(1) for m in named.finditer(text, clause, found.start())
                        if _plural_content_noun(m.group(1), lex)), None)
        if subject and subject.lower() != last.lower():
            facts[index] = replace(fact, counted=subject)
    return facts


def _shares_among_set(facts, text: str, lex) -> list[NumericFact]:
    """A share written "N % de X" in a sentence opened by "among" and a determined set ("Parmi ces immigrations
    européennes, on compte 19,8 % de Belges ..., 12,7 % de ressortissants français", "Parmi les personnes d'origine
    étrangère, 48,7% sont des Européens, contre 51,3% de non-Européens") is a share of that set, X being the part
    it picks out, as "86% d'hommes" is of the clause's subject; a whole with its article ("16,08 % de la population
    totale") stays the share's own."""
    facts = list(facts)
    words = lex.words
    if not words.among_set_determiners or not words.among_words:
        return facts
    opening = re.compile(_LEAD_ASIDE + r"(?:{})\s+(?:{})\s+((?:[^\W\d_][\w'’-]*\s+){{0,2}}"
                         r"[^\W\d_][\w'’-]*)".format(alternation(words.among_words), alternation(words.among_set_determiners)),
                         re.I)
    partitive = re.compile(r"\s*(?:de\s+|d['’]\s*)([^\W\d_][\w-]*)", re.I)
    # "7 % étaient des enfants et 5 % des femmes": after a predicate "étaient des", a "des" repeats it
    elided = re.compile(r"\s*des\s+([^\W\d_][\w-]*)", re.I)
    predicate = re.compile(r"\b(?:{})\s+des\b".format(alternation(words.predicate_copulas or ["(?!)"])), re.I)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or not fact.counted or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        found = opening.match(text, start) if start >= 0 else None
        part = partitive.match(text, fact.char_end)
        if found and not part and predicate.search(text, found.end(), fact.char_start):
            part = elided.match(text, fact.char_end)
        if not found or not part or found.end() > fact.char_start or fact.counted.split()[-1].lower() != part.group(1).lower():
            continue
        whole = next((w for w in found.group(1).split() if is_plural(w.lower(), lex)
                      and w.lower() not in words.prenominal_modifiers and w.lower() not in lex.spacy_stop_words), None)
        if whole and whole.lower() != part.group(1).lower() and not is_place(whole, lex):
            facts[index] = replace(fact, counted=whole)
    return facts


def _shares_in_group(facts, text: str, lex) -> list[NumericFact]:
    """A share followed right away by the group it is measured in ("Cette propension monte à 40 % chez les jeunes,
    contre 22 % chez les retraités", "elle atteint 91,7% parmi les femmes migrantes, contre 85,8% parmi les hommes")
    counts that group's noun, not the propensity or proportion its clause speaks of; a rate stays the rate's ("le
    taux de chômage atteint 12 % chez les jeunes"), and a change is left to its own reading."""
    facts = list(facts)
    words = lex.words
    if not words.group_after_share:
        return facts
    group = re.compile(r"\s*»?\s*(?:{})\s+([^\W\d_][\w'’-]*)".format(alternation(words.group_after_share)), re.I)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or fact.rule_id.startswith("table-row"):
            continue
        if fact.counted and fact.counted.split()[0].lower() in words.rate_nouns:
            continue
        found = group.match(text, fact.char_end)
        if found is None:
            continue
        noun = found.group(1)
        if noun.lower() in lex.spacy_stop_words or not is_plural(noun.lower(), lex) or is_place(noun, lex) \
                or is_time_word(noun.lower(), lex):
            continue
        facts[index] = replace(fact, counted=noun)
    return facts


def _side_topics(facts, text: str, lex) -> list[NumericFact]:
    """A figure that names nothing, or only the place it is given for, in a sentence opened on a side of things
    ("Côté immigration internationale : la Guinée (43%), devant le Mali (10%)", "Côté transferts expédiés,
    l'essentiel vient de l'Ouest : 197 millions de dollars (72,7 %)") counts that side's noun, where it is a plural
    or a flow (immigration, transferts); a side that is no such noun ("Côté statut professionnel, ...") names nothing."""
    facts = list(facts)
    words = lex.words
    if not words.side_openers:
        return facts
    determiners = alternation([w for w in words.determiners if w.isalpha()])
    opening = re.compile(r"\W*(?:{})\s+(?:(?:{})\s+)?([^\W\d_][\w'’-]*)[^,;:.\d]*[,:]".format(
        alternation(words.side_openers), determiners), re.I)
    place_sets = {w.lower() for w in words.place_sets}
    for index, fact in enumerate(facts):
        if fact.kind not in ("count", "percent") or fact.rule_id.startswith("table-row"):
            continue
        head = fact.counted.split()[0 if words.head_first else -1].lower() if fact.counted else None
        # "l'Ouest": a proper name read as the figure's noun is the place it is given for
        named = fact.counted is not None and fact.counted[:1].isupper() and not is_plural(head, lex)
        if head is not None and head not in place_sets and not is_place(fact.counted, lex) and not named:
            continue
        start = _sentence_start(text, fact)
        found = opening.match(text, start) if start >= 0 else None
        if found is None or found.end() > fact.char_start:
            continue
        side = found.group(1)
        lower = side.lower()
        if lower in lex.spacy_stop_words or is_place(side, lex) or lower in place_sets \
                or not (is_plural(lower, lex) or lower in words.flow_nouns):
            continue
        facts[index] = replace(fact, counted=side)
    return facts


def _standing_demonstrative_items(facts, text: str, lex) -> list[NumericFact]:
    """A bare figure in brackets after a pronoun that stands for the noun of a figure before it in its sentence
    ("le taux d'emploi (56,1 %) reste en deçà de celui des non-immigrés (65,8 %)", "les titres pour motif familial
    (92 759), suivis de ceux des étudiants (78 758)") counts that figure's noun (taux, titres), not the group after
    the pronoun; where that noun was the one "le nombre de" named ("le nombre de Syriens ... jusqu'à 362 800, tandis
    que celui des Afghans a presque quadruplé (178 200)"), the pronoun is that number, of its own group (Afghans)."""
    facts = list(facts)
    words = lex.words
    if not words.standing_demonstratives:
        return facts
    links = alternation(words.standing_demonstrative_links)  # "celui des", "celle de l'"
    pronoun = re.compile(r"\b(?:{})\s+(?:{}\s*)([^\W\d_][\w'’-]*)[^.;:()\d]{{0,60}}\(\s*$"
                         .format(alternation(words.standing_demonstratives), links), re.I)
    numbered = alternation(words.number_of_leads) if words.number_of_leads else None
    own_groups: set[int] = set()  # figures this pass gave the group after their pronoun
    for index, fact in enumerate(facts):
        if fact.kind not in ("count", "percent") or fact.change or _own_noun(fact) or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        found = pronoun.search(text, max(start, fact.char_start - 120), fact.char_start) if start >= 0 else None
        if found is None:
            continue
        group = found.group(1)
        if not is_plural(group.lower(), lex) or is_place(group, lex) or group.lower() in lex.spacy_stop_words:
            continue
        before = next((k for k in range(index - 1, -1, -1) if facts[k].sentence == fact.sentence
                       and facts[k].kind == fact.kind and facts[k].counted and facts[k].char_end <= found.start()), None)
        if before is None:
            continue
        noun = facts[before].counted
        counted = numbered and re.search(rf"\b(?:{numbered})\s*{re.escape(noun)}\b", fact.sentence, re.I)
        facts[index] = replace(fact, counted=group if counted or before in own_groups else noun)
        if counted or before in own_groups:
            own_groups.add(index)
    return facts


def _figures_among_them(facts, text: str, lex) -> list[NumericFact]:
    """A figure followed by "d'entre eux" counts the set the pronoun stands for in its sentence: the noun a count
    before it wrote ("2 336 299 demandes ...; 500 433 d'entre elles"), or else the plural the sentence opened its
    subject with ("Les descendants d'immigrés forment 11 % de la population ; la moitié d'entre eux ont entre 18 et
    50 ans" -> descendants, not population); with neither in its sentence, the figure keeps its reading."""
    facts = list(facts)
    words = lex.words
    if not words.among_them_phrases or not words.among_them_articles:
        return facts
    them = re.compile(r"\s*(?:%|{})?\s*(?:{})\b".format(alternation(words.percent_words), alternation(words.among_them_phrases)), re.I)
    article = re.compile(r"\b(?:{})\s+([^\W\d_][\w'’-]*)".format(alternation(words.among_them_articles)), re.I)
    sources = re.compile(r"(?:^|\s)(?:{})\s".format(alternation(words.among_them_sources)), re.I) \
        if words.among_them_sources else None
    for index, fact in enumerate(facts):
        # "la moitié d’entre eux": a fraction's span may end on the elided "d’" of the phrase
        end = fact.char_end - 2 if fact.surface.lower().endswith(("d'", "d’")) else fact.char_end
        if fact.kind not in ("count", "percent") or fact.rule_id.startswith("table-row") or not them.match(text, end):
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        count = next((f for f in reversed(facts[:index]) if f.sentence == fact.sentence and f.kind == "count"
                      and _own_noun(f) and f.char_end <= fact.char_start), None)
        if count is not None:
            facts[index] = replace(fact, counted=count.counted)
            continue
        subject = next((m.group(1) for m in article.finditer(text, start, fact.char_start)
                        if m.group(1)[:1].islower() and is_plural(m.group(1).lower(), lex)
                        and m.group(1).lower() not in lex.spacy_stop_words and not is_place(m.group(1), lex)
                        and m.group(1).lower() not in words.place_sets and not (sources and sources.search(
                            text[max(start, text.rfind(",", start, m.start()) + 1):m.start()]))), None)
        if subject is not None:
            facts[index] = replace(fact, counted=subject)
    return facts


def _shares_beside_totals(facts, text: str, lex) -> list[NumericFact]:
    """Bare shares after a share "of the total" in their sentence ("la France ... d'où partent ces transferts,
    avec 30,8 % du total, devant l'Espagne (12,6 %)", "des migrants ... (21 % du total), après les Marocains
    (29 %)") are shares of the whole the sentence named before that total: its last plural noun after a
    determiner that is no place, nationality or span of time. The share "du total" itself counts the total."""
    facts = list(facts)
    words = lex.words
    if not words.total_share_phrases:
        return facts
    of_total = re.compile(r"\s*(?:{})\b".format(alternation(words.total_share_phrases)), re.I)
    determiners = {w.rstrip("'’") for w in words.determiners} | {w.rstrip("'’") for w in words.of_words}
    totals = {p.split()[-1].lower() for p in words.total_share_phrases}
    total_share: NumericFact | None = None
    whole: str | None = None
    for index, fact in enumerate(facts):
        if total_share is not None and fact.sentence != total_share.sentence:
            total_share, whole = None, None
        if fact.kind != "percent" or fact.change:
            continue
        if of_total.match(text, fact.char_end):
            if total_share is None:
                total_share = fact
                start = _sentence_start(text, fact)
                found = [b for a, b in re.findall(r"(?<![\w'’-])(?=([^\W\d_]+)['’\s]\s*([^\W\d_][\w-]*))", text[start:fact.char_start])
                         if a.lower() in determiners]
                nouns = [b for b in found if _plural_content_noun(b, lex)
                         and b.lower() not in words.nationality_words and b.lower() not in totals]
                whole = nouns[-1] if nouns else None
            continue
        # in brackets after its item ("devant l'Espagne (12,6 %)"); "celles du Venezuela en représentaient chacune
        # 6 %" is of the total its "en" stands for
        if total_share is not None and whole and fact.counted and _in_brackets(text, fact) \
                and fact.counted.lower().split()[0 if words.head_first else -1] in totals:
            facts[index] = replace(fact, counted=whole)
    return facts


def _movement_periods(facts, text: str, lex) -> list[NumericFact]:
    """Where the labels give a change the years of the movement that spells it out ("subió en un 140,8%, desde
    2.576 en 2013 hasta 6.203 en 2017", "pasaron de los 2.622 de 2013 a los 5.282 en 2017, lo que equivale a una
    subida del 101,4%"): a share that changes, with no date of its own, takes the movement's two years."""
    facts = list(facts)
    if not lex.words.movement_period_of_change:
        return facts
    words = lex.words
    start = re.compile(rf"\b(?:{alternation(words.dates.period_from)})\s+(?:(?:{alternation(words.determiners)})\s+)?$", re.I)
    end = re.compile(rf"\b(?:{alternation(words.dates.period_to)})\s+(?:(?:{alternation(words.determiners)})\s+)?$", re.I)

    def years(first, second):
        y1, y2 = (f.as_of[:4] if f.as_of and re.fullmatch(r"\d{4}(?:-\d\d)*", f.as_of) else None for f in (first, second))
        return (int(y1), int(y2)) if y1 and y2 and int(y1) < int(y2) else None

    for k, fact in enumerate(facts):
        if fact.kind != "percent" or not fact.change or fact.period_start is not None:
            continue
        span = None
        if k + 2 < len(facts):  # the share, then the movement
            first, second = facts[k + 1], facts[k + 2]
            if first.sentence == second.sentence == fact.sentence and first.kind == second.kind != "percent" \
                    and start.search(text[fact.char_end:first.char_start]) and end.search(text[first.char_end:second.char_start]) \
                    and not re.search(r"[;.]", text[fact.char_end:first.char_start]):
                span = years(first, second)
        if span is None and k >= 2:  # the movement, then the share that restates it
            first, second = facts[k - 2], facts[k - 1]
            if first.sentence == second.sentence == fact.sentence and first.kind == second.kind != "percent" \
                    and start.search(text[max(0, first.char_start - 20):first.char_start]) \
                    and end.search(text[first.char_end:second.char_start]) \
                    and not re.search(r"[;.]", text[second.char_end:fact.char_start]):
                span = years(first, second)
        # the movement writes its years ("de los 2.622 de 2013 a los 5.282 en 2017"); a date the share took from the
        # movement's end is the movement's, not its own
        written = span and str(span[0]) in text[first.char_end:second.char_start] \
            and str(span[1]) in re.split(r"[;.]\s", text[second.char_end:second.char_end + 80])[0]
        if written and (fact.as_of is None or fact.as_of[:4] in (str(span[0]), str(span[1]))):
            facts[k] = replace(fact, period_start=span[0], period_end=span[1], as_of=None)
    return facts


# a year written in running text, not part of a longer number ("2015", not "12.2015" or "20155"); group 1 is the year
_WRITTEN_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)")


def _restated_changes(facts, text: str, lex) -> list[NumericFact]:
    """A change restating two levels given before it with their years, after a link that opens its own phrase ("En
    2016, ... 22.207 décisions, contre 16.929 en 2015, ce qui représente une progression de 30 %", "..., soit une
    progression de 25,7%"): the change is between the two years, dated by neither; not where its own phrase names a
    year ("soit une hausse de 5 % en 2016")."""
    facts = list(facts)
    links = lex.words.restated_change_links
    if not links:
        return facts
    link = re.compile(rf",\s*(?:{alternation(links)})\s[^,;()]*$", re.I)
    for k, fact in enumerate(facts):
        if fact.kind != "percent" or not fact.change or fact.period_start is not None or k == 0:
            continue
        levels = [f for f in facts[:k] if f.sentence == fact.sentence and not f.change and f.kind != "percent"]
        previous = facts[k - 1]
        linked = link.search(text, previous.char_end, fact.char_start)
        if len(levels) < 2 or previous.sentence != fact.sentence or previous.change or previous.kind == "percent" \
                or not linked:
            continue
        years = {f.as_of[:4] for f in levels if f.as_of and re.fullmatch(r"\d{4}(?:-\d\d)*", f.as_of)}
        end = _sentence_end(text, fact)
        own = text[linked.start():end if end > fact.char_end else fact.char_end + 80]
        if len(years) != 2 or _WRITTEN_YEAR.search(own) \
                or (fact.as_of is not None and fact.as_of[:4] not in years):
            continue
        if lex.words.restated_change_periods:  # the change covers the span between the two levels' years
            first, last = sorted(map(int, years))
            facts[k] = replace(fact, as_of=None, period_start=first, period_end=last)
        else:
            facts[k] = replace(fact, as_of=None)
    return facts


def _changes_to_dated_levels(facts, text: str, lex) -> list[NumericFact]:
    """A change given before the level it reaches, whose year dates that level, in a sentence that also names an
    earlier year it is measured from ("ont progressé de 19% pour atteindre 663,6 milliards en 2022, contre 557,2
    milliards en 2021", "progressent de 12% en comparaison de 2021 avec 2 027 victimes comptabilisées en 2022",
    "a progressé de 25 % depuis 2019, ..., pour s'établir en 2023 à 74 785"): the change is between the two years,
    dated by neither; a year before the change still dates it ("en 2022, progressant d'environ 5 % pour s'établir
    à 626 milliards")."""
    facts = list(facts)
    if not lex.words.changes_between_years:
        return facts
    for k, fact in enumerate(facts):
        if fact.kind != "percent" or not fact.change or fact.period_start is not None \
                or not fact.as_of or not re.fullmatch(r"\d{4}", fact.as_of):
            continue
        start = _sentence_start(text, fact)
        if start < 0 or _WRITTEN_YEAR.search(text, start, fact.char_start):
            continue
        later = [f for f in facts[k + 1:] if f.sentence == fact.sentence]
        if not any(not f.change and f.kind != "percent" and f.as_of == fact.as_of for f in later):
            continue
        end = _sentence_end(text, fact)
        named = {int(y) for y in _WRITTEN_YEAR.findall(text, fact.char_end, end)}
        if int(fact.as_of) in named and any(y < int(fact.as_of) for y in named):
            facts[k] = replace(fact, as_of=None)
    return facts


def _changes_from_compared_levels(facts, text: str, lex) -> list[NumericFact]:
    """A change given after a level compared with and that level's year ("Une place a été attribuée à 16.566 personnes,
    contre 15.455 personnes en 2013 (+7%)", "face à 298,3 milliards de FCFA lors du premier trimestre 2020, d'où une
    progression de 25,5%", "Comparés au premier trimestre 2020, où leur montant se chiffrait à 254,2 milliards, ... une
    progression de 30,0%"): the year dates the level compared with only, and the change takes no as_of from it; not
    where the change's own phrase names a year after it."""
    facts = list(facts)
    if not lex.words.compared_level_words:
        return facts
    compared = re.compile(rf"\b(?:{alternation(lex.words.compared_level_words)})\b", re.I)
    for k, fact in enumerate(facts):
        if fact.kind != "percent" or not fact.change or fact.period_start is not None or not fact.as_of:
            continue
        year = fact.as_of[:4]
        levels = [f for f in facts[:k] if f.sentence == fact.sentence and not f.change and f.as_of
                  and f.as_of[:4] == year and f.char_end <= fact.char_start]
        if not levels:
            continue
        level = levels[-1]
        start = _sentence_start(text, fact)
        if start < 0 or start > level.char_start:
            continue
        # the word of comparison opens the level's phrase, or the compared time's before it; the year stands between it
        # and the change
        word = None
        for m in compared.finditer(text, start, level.char_start):
            word = m
        if word is None or not re.search(rf"(?<![\d.,]){year}(?![\d]|[.,]\d)", text[word.end():fact.char_start]):
            continue
        # the level's own: no other figure of another year between the word and the level
        if any(f is not level and word.end() <= f.char_start < level.char_start and f.as_of and f.as_of[:4] != year
               for f in facts[:k]):
            continue
        after = re.split(r"[;.](?:\s|$)", text[fact.char_end:fact.char_end + 200], maxsplit=1)[0]
        if _WRITTEN_YEAR.search(after):
            continue
        facts[k] = replace(fact, as_of=None)
    return facts


@cache
def _subject_change(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """A change noun a definite word leads, opening its sentence or the clause after an opening phrase ("Ce recul
    touche", "..., leur progression reste", "Du 1er septembre 2004 au 31 août 2005, la progression la plus marquée"),
    or an indefinite word only where it opens the sentence ("Une baisse sensible a été observée chez"), with no "de"
    after it (group 1 is the noun); and a change noun that names what changes ("la vive progression des envois").
    Built once per language."""
    words = lexicon(lang).words
    nouns = [*words.change_nouns.increase, *words.change_nouns.decrease]
    leads = words.subject_change_leads
    if not nouns or not leads:
        return None
    opening = rf"^\s*(?:{alternation(words.opening_change_leads)})\s+|" if words.opening_change_leads else ""
    alone = re.compile(rf"(?:{opening}(?:^|,)\s*(?:{alternation(leads)})\s*)({alternation(nouns)})\b"
                       rf"(?!\s+(?:{alternation(words.of_words)})\b)(?!\s*d['’])", re.I)
    named = re.compile(rf"\b(?:{alternation(nouns)})\b(?:\s+[^\W\d_]+)?\s+(?:{alternation(words.of_words)})\b", re.I)
    return alone, named


@cache
def _people_words(lang: str) -> frozenset[str]:
    """The nouns that name persons rather than things ("ressortissants", "femmes", "personnes")."""
    words = lexicon(lang).words
    return frozenset(words.people_nouns) | frozenset(words.age_holders) | frozenset(words.head_count_nouns)


def _subject_change_brackets(facts, text: str, lex) -> list[NumericFact]:
    """Signed changes in brackets right after places or nationals ("Hormis la Tunisie (+ 5,2 %), leur progression reste
    plus modeste que celle de ... la Côte d'Ivoire (+ 11,0 %)", "la progression la plus marquée a été relevée chez les
    Allemands (+ 11 374)") count the change the sentence opens on (`progression`), where it names nothing after it;
    "la vive progression des envois ... du Ghana (+12 %)" names what grows, and a figure with its own noun keeps it."""
    patterns = _subject_change(lex.lang)
    if patterns is None:
        return list(facts)
    alone, named_change = patterns
    before = re.compile(r"([^\W\d_][\w'’/-]*(?:\s+[^\W\d_][\w'’/-]*)?)\s*\(\s*[-+−–]\s*$")
    people = _people_words(lex.lang)

    def things(counted: str | None) -> bool:  # "les demandes ont reculé (-54,1 %)": what changes, named
        head = _head(counted, lex)
        return bool(head) and is_plural(head, lex) and head not in people and not is_people(counted) \
            and not is_place(counted, lex)

    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.change or fact.kind not in ("count", "percent") or _own_noun(fact) \
                or any(f.sentence == fact.sentence and f.change and things(f.counted) for f in facts[:index]):
            continue  # "La baisse touche les Géorgiens, dont les demandes ont reculé (-54,1 %), puis les Albanais (-31,7 %)"
        held = before.search(text, max(0, fact.char_start - 60), fact.char_start)
        if held is None:
            continue
        close = text.find(")", fact.char_end)
        if any(fact.char_end < f.char_start < close and f.kind == "count" and _own_noun(f) for f in facts):
            continue  # "pour les Albanais (-22% à 362 départs)": the bracket names what changes
        last = held.group(1).split()[-1]
        if not (is_place(held.group(1), lex) or is_place(last, lex) or is_people(last)):
            continue  # "un solde ... particulièrement fort (+19 498)": no place or nationals before the bracket
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        clause = text[start:start + len(fact.sentence) + 40]  # "Hormis la Tunisie (+ 5,2 %), leur progression": before it too
        subject = alone.search(clause)
        if subject is not None and not named_change.search(clause) and _head(fact.counted, lex) != subject.group(1).lower():
            facts[index] = replace(fact, counted=subject.group(1))
    return facts


def _linked_parts(facts, text: str, lex) -> list[NumericFact]:
    """A figure that names nothing, given as a part of the one just before it ("tombant de 38% en 2016 à 36% ..., dont
    27% octroyés par l'Office"), counts what that one counts (`taux`)."""
    if not lex.words.part_links:
        return list(facts)
    link = re.compile(rf",\s*(?:{alternation(lex.words.part_links)})\s+(?:(?:{alternation(lex.phrases('qualifiers'))})\s+)?$", re.I)
    facts = list(facts)
    for index in range(1, len(facts)):
        fact, whole = facts[index], facts[index - 1]
        if fact.counted is None and whole.counted and fact.kind == whole.kind and fact.kind in ("count", "percent") \
                and fact.sentence == whole.sentence and link.search(text, whole.char_end, fact.char_start):
            facts[index] = replace(fact, counted=whole.counted)
    return facts


def _respective_pairs(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """Where heads come first, two bare counts given "respectivement" ("soient respectivement 210 206 puis 194 044",
    "52 633 et 53 901 respectivement") after two sets joined earlier in their sentence ("22% des entrées et 24% des
    sorties", "moins d'entrées que de sorties") count those sets in order (`entrées`, then `sorties`)."""
    words = lex.words
    if not words.head_first or not words.respective_words or not words.respective_set_joiners:
        return list(facts)
    respective = re.compile(rf"\b{alternation(words.respective_words)}\b", re.I)
    joiner = re.compile(rf"\s*,?\s*(?:{alternation([*words.conjunctions, *words.list_continuations])})\s+", re.I)
    joiners = frozenset(words.respective_set_joiners)

    def noun(token: Token) -> bool:
        lower = token.lower_
        return token.is_alpha and is_plural(lower, lex) and lower not in lex.spacy_stop_words \
            and lower not in words.determiners and not is_place(token.text, lex) and not is_people(token.text)
        # "devant les Algériens et les Tunisiens, qui en ont reçu respectivement 31 943 et 22 630": who received them

    facts = list(facts)
    for index in range(len(facts) - 1):
        first, second = facts[index], facts[index + 1]
        start = token_at.get(first.char_start)
        if first.kind != "count" or second.kind != "count" or first.sentence != second.sentence or start is None \
                or _own_noun(first) or _own_noun(second) or first.change or second.change \
                or not joiner.fullmatch(text[first.char_end:second.char_start]):
            continue
        if not (respective.search(text[max(0, first.char_start - 20):first.char_start])
                or respective.match(text[second.char_end:second.char_end + 20].lstrip(" ,"))):
            continue
        sentence = doc[start].sent
        pair = None
        for token in doc[sentence.start:start]:
            if token.lower_ not in joiners:
                continue
            left = next((t for t in reversed(doc[max(sentence.start, token.i - 4):token.i]) if noun(t)), None)
            right = next((t for t in doc[token.i + 1:min(start, token.i + 6)] if noun(t)), None)
            if left is not None and right is not None and left.lower_ != right.lower_:
                pair = (left.text, right.text)
        if pair:
            facts[index], facts[index + 1] = replace(first, counted=pair[0]), replace(second, counted=pair[1])
    return facts


@cache
def _signed_balance_noun(lang: str) -> re.Pattern | None:
    """A balance its sign names, in the clause that ends at a figure, as facts.py reads its change ("un solde positif
    de", "le solde positif le plus important, avec"); group 1 is the balance's noun (built once per language)."""
    lex = lexicon(lang)
    if not lex.words.balance_nouns:
        return None
    return re.compile(rf"\b({alternation(lex.words.balance_nouns)})\b[^\d.;:!?()]{{0,40}}?\b(?:{alternation(lex.phrases('balance_signs'))})\b"
                      r"[^\d.;!?()]{0,60}$", re.I)


def _signed_balances(facts, text: str, lex) -> list[NumericFact]:
    """A count a signed balance reaches with no noun of its own ("ce qui leur laisse un solde positif de 16 162", "pour un
    solde négatif de 1 268", "le solde positif le plus important, avec 75 084") counts the balance (`solde`), as a
    "Solde" column does; "un solde négatif de 910 personnes" keeps its own noun."""
    balance = _signed_balance_noun(lex.lang)
    if balance is None:
        return list(facts)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "count" or not fact.change or _own_noun(fact) or any(
                w.lower() not in lex.words.scales for w in re.findall(r"[^\W\d_]+", re.sub(r"^\D*", "", fact.surface))):
            continue  # "910 personnes": a noun of its own, whatever the reading took
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        signed = balance.search(text, start, fact.char_start)
        if signed is not None:
            facts[index] = replace(fact, counted=signed.group(1))
    return facts


def _bracketed_nationals(facts, text: str, lex) -> list[NumericFact]:
    """A bare count in brackets right after nationals ("derrière les Marocains ( 2 860 164)", "puis aux Afghans
    (830)"), after a first count in its sentence that wrote its own noun: where that noun names people ("avec
    1 615 ressortissants"), the bracketed count is the nationals themselves (`afghans`); where it names anything
    else ("ont décroché 1 326 688 permis de séjours ..."), it counts that noun (`permis`)."""
    if not lex.words.people_nouns:
        return list(facts)
    people = _people_words(lex.lang)
    nationals = re.compile(r"([^\W\d_][\w-]*)\s*\(\s*$")
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "count" or fact.change or _own_noun(fact):
            continue
        named = nationals.search(text, max(0, fact.char_start - 60), fact.char_start)
        if named is None or not named.group(1)[:1].isupper() or not is_people(named.group(1)) \
                or is_place(named.group(1), lex):
            continue  # "devant la Turquie (43.715)": a place, not its nationals
        first = next((f for f in reversed(facts[:index]) if f.sentence == fact.sentence and f.kind == "count"
                      and _own_noun(f) and not f.change), None)
        if first is None or first.char_end > named.start() or _head(first.counted, lex) in lex.words.place_sets:
            continue  # "le classement des 10 pays d'origine ..., les Algériens (6.737)": a ranking of places
        noun = _head(first.counted, lex)
        own = noun in people or is_people(first.counted)
        facts[index] = replace(fact, counted=named.group(1) if own else first.counted)
    return facts


def _numbers_of_people(facts, text: str, lex) -> list[NumericFact]:
    """The level "le nombre de X" reaches, written with a noun that only says its members are people ("Le nombre
    des recrutés a atteint 3140 personnes", "le nombre total des recrutés ... s'élevait à 20227 personnes"), counts
    X, as "le nombre de X" does: the subject's phrase runs unbroken (no comma, no figure) to the linking words
    just before the figure; in English, past an adjective and a year ("the number of Vietnamese labourers sent
    abroad in August 2016 stood at 11,189 people"). ("L'effectif des travailleurs ... a atteint 308.581 personnes" is labelled `personnes`, and
    so are such levels in Spanish: only the languages and subjects listed in people_level_leads.)"""
    people = frozenset(lex.words.head_count_nouns)
    if not people or not lex.words.people_level_leads:
        return list(facts)
    relatives = frozenset(lex.words.people_level_relatives)
    links = (frozenset(lex.words.subject_links) | frozenset(lex.words.counted_stop)) - {":"}
    leads = sorted((k.replace("’", "'") for k in lex.words.people_level_leads), key=len, reverse=True)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "count" or fact.change and not relatives or not _own_noun(fact) \
                or _head(fact.counted, lex) not in people:
            continue
        start = _sentence_start(text, fact)
        if start < 0:
            continue
        before = text[start:fact.char_start].replace("’", "'")
        words = before.split()
        k = len(words)
        while k and words[k - 1].lower() in links:
            k -= 1  # "a atteint", "s'élevait à", "est passé à près de": the words linking the subject to its level
        if k == len(words) or not k:
            continue
        subject = " ".join(words[:k])
        lower = subject.lower()
        found = max(((lower.rfind(lead + ("" if lead.endswith("'") else " ")), lead) for lead in leads), default=(-1, ""))
        pos, lead = found
        if pos < 0 or (pos and lower[pos - 1].isalpha()):
            continue
        phrase = subject[pos + len(lead):].strip()
        if not lex.words.head_first:
            phrase = re.sub(r"\b(?:19|20)\d\d\b", "", phrase)  # "the number of labourers sent abroad in August 2016"
        if not phrase or any(c.isdigit() or c in ",;:()" for c in phrase):
            continue  # "Le nombre de demandes a baissé, mais 3 000 personnes": another clause
        noun, *rest = phrase.split()
        if not lex.words.head_first and not is_plural(noun.lower(), lex) and rest and is_plural(rest[0].lower(), lex):
            noun, *rest = rest  # "the number of Vietnamese workers": the noun after its adjective
        if relatives and rest and rest[0].lower() not in relatives:
            continue  # "el número de residentes extranjeros aumentó en 100.793 personas": not a bare set
        if noun.lower() in people or noun.lower() in lex.words.determiners or not is_plural(noun.lower(), lex) \
                or is_place(noun, lex):
            continue
        facts[index] = replace(fact, counted=noun)
    return facts


def _ratio_totals(facts, text: str, lex) -> list[NumericFact]:
    """The total after "out of" counts what the part before it counts ("came from Poland, 710 out of
    2,300": immigrants), where it names nothing of its own."""
    facts = list(facts)
    between = _pass_words(lex.lang).ratio_between
    if between is None:
        return facts
    for index in range(1, len(facts)):
        fact, part = facts[index], facts[index - 1]
        if fact.counted is None and part.counted and fact.kind == part.kind == "count" and fact.sentence == part.sentence \
                and between.fullmatch(text, part.char_end, fact.char_start):
            facts[index] = replace(fact, counted=part.counted)
        elif part.kind == fact.kind == "count" and _own_noun(fact) and not _own_noun(part) and not part.change \
                and fact.sentence == part.sentence and between.fullmatch(text, part.char_end, fact.char_start):
            # "1,837 out of 2,640 immigrants came from them", "2 078 out of 7 030 refugee travel documents": the
            # part counts the noun its total writes, not a noun named before it
            facts[index - 1] = replace(part, counted=fact.counted)
    return facts


def _bracketed_item_nouns(facts, text: str, lex) -> list[NumericFact]:
    """A count in brackets after a list's item, right after one that wrote its own noun, counts that
    noun ("Romanians (29 700 persons) and Poles (19 800)", "de travail (16.000 titres) et pour celle des
    étudiants (58.430)"), over a set the sentence opened with. Shares inside the first bracket may stand between, and
    the items after pass the noun on: "Peru's nationals (41 200 arrivals, 60% of them by air) again came first,
    ahead of nationals of Chile (22 100, half of them by sea) and Bolivia (9 800)" (arrivals, all three). An item
    labelled by a plural noun of its own past the first ("en beneficio de alemanes (150.692)") counts that noun."""
    facts = list(facts)
    carrier: NumericFact | None = None  # the last bracketed count of the sentence whose noun goes on
    for index in range(1, len(facts)):
        fact, before = facts[index], facts[index - 1]
        if before.kind == "count" and before.sentence == fact.sentence and _own_noun(before) \
                and _bracket_before(text, before.char_start):
            carrier = before
        elif before.kind == "count" and before is not carrier or before.sentence != fact.sentence:
            carrier = None  # another count between, or a new sentence
        first = carrier
        if first is None or fact.kind != "count" or fact.change or _own_noun(fact):
            continue
        if _bracket_before(text, fact.char_start) \
                and text[first.char_end:fact.char_start].count("(") == 1 and ";" not in text[first.char_end:fact.char_start]:
            label = re.search(r"([^\W\d_]+)\s*\(\s*$", text[max(0, fact.char_start - 60):fact.char_start])
            if (first is not before or not _own_noun(first)) and label is not None and label.group(1).islower() \
                    and is_plural(label.group(1).lower(), lex):
                carrier = None
                continue
            facts[index] = replace(fact, counted=first.counted)
            carrier = facts[index]
    return facts


class _PassWords(NamedTuple):
    """The word patterns of the late passes over a document's figures, built once per language."""

    movement_lead: re.Pattern  # "grimpant de", "subiendo de": a movement's start
    movement_to: re.Pattern  # "à", "a", "to" between a movement's two levels
    # "en 1961 jusqu'à", "en 2019 à": the year of a changed figure's level, or "jusqu'à", before a second level
    dated_movement_to: re.Pattern
    movement_of: re.Pattern  # "de" right before a movement's first level
    pointer: re.Pattern  # "this number", "this figure": a figure named before
    set_pronoun_after: re.Pattern  # "of these", "de ellos" after a share
    change_pronoun: re.Pattern  # "though this is a", "which is a" before a change
    level_link: re.Pattern  # "at", "à" between a change and the level it reached
    item_words: frozenset  # the small words before the label of a list's item
    year_article: re.Pattern  # "los" before "2.622 de 2013"
    year_of: re.Pattern  # "de 2013" after a figure, not "de 2013 a 2017"
    most_noun: re.Pattern  # "más inmigrantes", "the most workers": what places ranked by it count
    item_link: re.Pattern  # "con", "on" between a place and its figure
    total_joiner: re.Pattern  # ", or", " (" between a count and its share of the total
    of_total: re.Pattern  # "of the overall total" after a share
    superlative_lead: re.Pattern | None  # "the largest number of applications refused (": what the count in it counts
    ratio_between: re.Pattern | None  # " out of " between a part and its total


@cache
def _pass_words(lang: str) -> _PassWords:
    words = lexicon(lang).words
    return _PassWords(
        movement_lead=re.compile(
            rf"\b{alternation(words.movement_words)}\s+{alternation([*words.dates.period_from, *words.movement_from])}\s*$", re.I),
        movement_to=re.compile(rf"\s*{alternation(words.dates.period_to)}\s*", re.I),
        dated_movement_to=re.compile(
            rf"\s*(?:\(?\s*{alternation(words.year_leads)}\s+(?:19|20)\d\d\s*\)?\s*,?\s*{alternation([*words.dates.period_to, *words.movement_until])}"
            rf"|{alternation(words.movement_until) if words.movement_until else '(?!)'})\s*", re.I),
        movement_of=re.compile(rf"(?<![\w'’])(?:{alternation([*words.dates.period_from, *words.movement_from])})\s*$", re.I),
        pointer=re.compile(rf"\b{alternation(words.demonstratives)}\s+{alternation([*words.figure_words, *words.generic_heads])}\b",
                           re.I),
        set_pronoun_after=re.compile(rf"\s*{alternation(words.set_pronouns)}\b", re.I),
        change_pronoun=re.compile(rf"\b{alternation(words.change_pronouns)}\s+(?:{alternation(words.change_copulas)}\s+)?"
                                  r"(?:[^\W\d_][\w-]*\s+){0,4}$", re.I) if words.change_copulas else
        re.compile(rf"\b{alternation(words.change_pronouns)}\s+{alternation(words.singular_copulas)}\s+"
                   r"(?:an?\s+)?(?:[^\W\d_][\w-]*\s+)?$", re.I),
        level_link=re.compile(rf"\s*,?\s*{alternation(words.level_links)}\s*", re.I),
        item_words=frozenset(w.rstrip("'’") for w in (*words.conjunctions, *words.of_words, *words.determiners,
                                                       *words.location_prepositions)),
        year_article=re.compile(rf"\b{alternation(words.determiners)}\s*$", re.I),
        year_of=re.compile(rf"\s+{alternation(words.year_of_words)}\s+((?:19|20)\d\d)\b"
                           rf"(?!\s*(?:[-–/]|{alternation([*words.dates.period_to, *words.conjunctions])}\s+(?:19|20)?\d\d))",
                           re.I),
        most_noun=re.compile(r"\b(?:{})\s*([^\W\d_][\w-]*)".format(alternation(words.most_words) or "(?!)"), re.I),
        item_link=re.compile(r"\b(?:{})\s*,?\s*$".format(alternation(words.item_links) or "(?!)"), re.I),
        total_joiner=re.compile(r"\s*(?:,\s*)?(?:\(|(?:{})\b)?\s*".format(alternation(words.list_words) or "(?!)"), re.I),
        of_total=re.compile(r"\s*(?:{})\s+(?:[^\W\d_]+\s+){{0,2}}(?:{})\b".format(
            alternation(words.of_words) or "(?!)", alternation(words.total_words) or "(?!)"), re.I),
        # "... granted protection status in 2016 (": a year of the sentence may stand before the bracket
        superlative_lead=re.compile(r"\b(?:{})\s+((?:[^\W\d_][\w'’-]*\s+){{0,8}}?)(?:(?:{})\s+(?:19|20)\d\d\s*)?\(\s*$".format(
            alternation(words.superlative_counts), alternation(year_prepositions(lang))), re.I)
        if words.superlative_counts else None,
        ratio_between=re.compile(rf"\s+{alternation([w for w in words.ratio_words if ' ' in w])}\s+", re.I)
        if any(" " in w for w in words.ratio_words) else None)


def _movement_starts(facts, text: str, lex) -> list[NumericFact]:
    """The level a movement starts from is no change ("grimpant de 12% à 28%", "subiendo de 3.000 a
    4.000"): the change word before it names the movement, which the two levels state."""
    facts = list(facts)
    words = lex.words
    if not words.movement_words:
        return facts
    lead, to = _pass_words(lex.lang).movement_lead, _pass_words(lex.lang).movement_to
    dated_to, of = _pass_words(lex.lang).dated_movement_to, _pass_words(lex.lang).movement_of
    for index, (start, end) in enumerate(zip(facts, facts[1:])):
        if start.change and not end.change and start.kind == end.kind and start.sentence == end.sentence \
                and (to.fullmatch(text, start.char_end, end.char_start)
                     and lead.search(text, max(0, start.char_start - 40), start.char_start)
                     # "a grimpé de 14 820 en 1961 jusqu'à 53 985", "une baisse (de 34% en 2019 à 28%": a change's
                     # "de" before a level its year dates, or before "jusqu'à", opens the movement's first level
                     or words.head_first and dated_to.fullmatch(text, start.char_end, end.char_start)
                     and of.search(text, max(0, start.char_start - 12), start.char_start)):
            facts[index] = replace(start, change=None)
    return facts


def _unnamed_changes(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """English: a share or change that no reading named, later in its sentence than the first figure,
    is of the sentence's first set ("Applications in 29 industrialised countries ... showed a 12 per
    cent drop", "Taken together, applications in the first half of 2003 were 19 per cent fewer"); not
    where the sentence points back at a figure ("this number rose by 38%", "60 per cent of these") nor
    in a table's row."""
    facts = list(facts)
    if lex.words.head_first:
        return facts
    pointer, pronoun_after = _pass_words(lex.lang).pointer, _pass_words(lex.lang).set_pronoun_after
    for position, fact in enumerate(facts):
        index = token_at.get(fact.char_start)
        if fact.counted is not None or fact.kind != "percent" or index is None \
                or fact.rule_id.startswith("table-row"):
            continue
        sentence = doc[index].sent
        if pointer.search(text, sentence.start_char, fact.char_start) or pronoun_after.match(text, fact.char_end):
            continue  # "this number rose by 38%", "over 60 per cent of these work": a figure or set named before
        before = [f for f in facts[:position] if f.sentence == fact.sentence]
        if any(f.kind in ("money", "other") for f in before):
            continue  # "sent $13.2 billion, 4.4% higher": a change of the money, which counts no set
        noun = first_plural_noun(doc, sentence.start, index, lex)
        last = before[-1] if before else None
        if noun and last is not None and last.kind == "count" and (last.counted or "").lower() == noun.lower() \
                and "," in text[last.char_end:fact.char_start] and not _bracket_before(text, last.char_start):
            # "412 transfers in 2021 and 2022, an increase of 9% on 2020": a clause other readings declined; but
            # "Tourists arriving from 'other' African countries (15 057), down 1,6%" is the change of the group's count
            continue
        if not noun and fact.change and last is not None and last.kind == "count" and last.counted and not last.change \
                and len(text[last.char_end:fact.char_start]) < 80 and "," in text[last.char_end:fact.char_start] \
                and not re.search(r"[;:]", text[last.char_end:fact.char_start]) \
                and not re.search(r"\(\s*[+\-−–]?\s*$", text[max(0, fact.char_start - 4):fact.char_start]):
            # "Iceland's population ... stood at 337,610, Statistics Iceland reports, having grown by 1%": a change
            # that goes on from a level with no set before it is of what that level counts; not a signed change in
            # brackets after an item ("countries ..., second-ranked UAE (-8.95 percent)")
            noun = last.counted
        if noun:
            facts[position] = replace(fact, counted=noun)
    return facts


def _pronoun_changes(facts, text: str, lex) -> list[NumericFact]:
    """A change whose subject is a pronoun for the count or the money just before it in its sentence
    ("15,740 claims - though this is a 7 percent decrease", "12,000 in May, which is a 15% increase",
    "sent $433 million home, which is 67% up") is a change of what that count counts, or of the money.
    A pronoun that opens the next sentence ("That is 12% more") is left alone: what it restates is not
    always a count."""
    facts = list(facts)
    words = lex.words
    if not words.change_pronouns:
        return facts
    pronoun = _pass_words(lex.lang).change_pronoun
    # "358.300 personnes ont déposé ... (de juillet à septembre) leur demande ..., un chiffre en progression de 17%":
    # a noun restating the figure before it (brackets aside) makes the change that figure's, whatever else was read
    restating = re.compile(r"(?:^|[,–—-])\s*(?:(?:{})\s+)?(?:{})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}$".format(
        alternation(words.restatement_words), alternation(words.restating_figures)), re.I) \
        if words.restating_figures else None
    for index in range(1, len(facts)):
        previous, fact = facts[index - 1], facts[index]
        between = text[previous.char_end:fact.char_start]
        flat = re.sub(r"\([^()]*\)", " ", between)
        if restating is not None and fact.kind == "percent" and fact.change and previous.kind in ("count", "other") \
                and previous.counted and fact.sentence == previous.sentence and len(flat) < 200 \
                and not re.search(r"[;:()]", flat) and restating.search(flat):
            facts[index] = replace(fact, counted=previous.counted)
            continue
        # Spanish and French money names what it is after it ("$4,112.3 millones en remesas, lo que supone un alza
        # del 10.3 %"): there the change is of that, not of the currency
        if fact.kind == "percent" and fact.change and fact.counted is None \
                and (previous.kind == "count" or previous.kind == "money" and not words.head_first) \
                and previous.counted and fact.sentence == previous.sentence and len(between) < 80 \
                and not re.search(r"[;:()]", between) \
                and pronoun.search(between):
            if index >= 2 and _ratio_base(previous, facts, text, lex):
                previous = facts[index - 2]  # "590 000 immigrés sur 10 300 000 habitants, ce qui représente une hausse"
            facts[index] = replace(fact, counted=previous.counted)
    return facts


# the label of an item of a list before its bracket: ") and manufacturing (", "), dans l'hébergement ("
_ITEM_LABEL = re.compile(r"\s*\)\s*(?:[,;]\s*)?(?:(?P<joiner>[^\W\d_]+)\s+)?(?:(?P<prep>[^\W\d_]+)\s+)?"
                         r"(?:(?P<article>[^\W\d_]+\s+|[^\W\d_]['’]))?(?P<label>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s*\(\s*")


def _bracketed_items(facts, text: str, lex) -> list[NumericFact]:
    """Figures in brackets after the items of a list ("concentrated in construction (45%),
    manufacturing (28%) and services (19%)", "dans la restauration (200.000), dans l'hébergement
    (180.000)") count what the first item's figure counts, where that is no item's own label."""
    facts = list(facts)
    words = lex.words
    small = _pass_words(lex.lang).item_words
    for index in range(1, len(facts)):
        previous, fact = facts[index - 1], facts[index]
        if fact.kind != previous.kind or fact.kind not in ("count", "percent") or fact.sentence != previous.sentence \
                or not previous.counted or fact.change or previous.change \
                or not _bracket_before(text, previous.char_start):
            continue
        item = _ITEM_LABEL.fullmatch(text, previous.char_end, fact.char_start)
        if item is None or any(part and part.strip(" '’").lower() not in small
                               for part in (item.group("joiner"), item.group("prep"), item.group("article"))):
            continue
        label = item.group("label")
        own_label = re.search(r"([^\W\d_][\w-]*)\s*\(\s*$", text[max(0, previous.char_start - 60):previous.char_start])
        if own_label and own_label.group(1).lower() == previous.counted.split()[-1].lower() \
                or is_people(previous.counted) or is_place(previous.counted, lex) or is_place(label, lex) \
                or is_people(label) or previous.counted.lower() in words.verbs_after_counted:
            continue  # "les Syriens (2.610), les Afghans (2.225)": each people counts itself
        if fact.counted is None or fact.counted.lower() == label.split()[-1].lower():
            facts[index] = replace(fact, counted=previous.counted)
    return facts


def _alone_in_brackets(text: str, fact: NumericFact) -> bool:
    """Whether a figure stands alone in brackets, past spaces: "Germany (15%)", "( 8,669 )"."""
    start, end = fact.char_start, fact.char_end
    while start and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isspace():
        end += 1
    return start > 0 and text[start - 1] == "(" and end < len(text) and text[end] == ")"


def _measured_people(facts, text: str, lex) -> list[NumericFact]:
    """A figure read as counting "numbers" counts the people the numbers are of (batch 19): "the Vietnamese, whose
    numbers increased 26.1 percent" (what "whose" stands for), "numbers of Vietnamese ... saw an 64.7 percent jump"
    (the noun after "of"), "Expatriate worker numbers dropped by 3.3 per cent" (the noun before it, in the plural)."""
    nouns = lex.words.people_measure_nouns
    if not nouns:
        return facts
    measure = alternation(nouns)
    whose = re.compile(rf"\b([^\W\d_]+),\s+(?:{alternation(lex.words.relative_words)})\s+(?:{measure})\b", re.I)
    of = re.compile(rf"\b(?:{measure})\s+(?:{alternation(lex.words.of_words)})\s+(?:(?:{alternation(lex.words.determiners)})\s+)?"
                    rf"([^\W\d_]+)", re.I)
    before = re.compile(rf"\b([^\W\d_]+)\s+(?:{measure})\b", re.I)
    out: list[NumericFact] = []
    for fact in facts:
        start = _sentence_start(text, fact)
        if fact.counted and _head(fact.counted, lex) in nouns and start >= 0:
            span = text[start:fact.char_start]
            found = [m for m in whose.finditer(span)]
            noun = found[-1].group(1) if found else None
            if noun is None and (found := list(of.finditer(span))):
                noun = found[-1].group(1)
            if noun is None and (found := list(before.finditer(span))):
                word = found[-1].group(1)
                if word.lower() not in lex.spacy_stop_words and not is_plural(word.lower(), lex) \
                        and not verb_form(word.lower(), lex) and not is_place(word, lex):
                    # "worker numbers": the workers; "bus numbers": the buses
                    noun = word + ("es" if re.search(r"(?:s|x|z|ch|sh)$", word, re.I) else "s")
            if noun and noun.lower() not in lex.spacy_stop_words:  # "the Vietnamese": a nationality names people
                fact = replace(fact, counted=noun)
        out.append(fact)
    return out


def _bare_flows(facts, text: str, lex) -> list[NumericFact]:
    """A count followed by a bare flow word and nothing else of its clause ("12,276 in (12,220), 2315 out (2110)",
    "(1866 arriving, 18877 leaving)") names no counted noun: its head is empty, as is that of the last-year figure
    in brackets right after it, whatever set the sentence's earlier figures named ("The net inflow ... was 9961")."""
    if not lex.words.bare_flow_words:
        return facts
    flow = alternation(lex.words.bare_flow_words)
    bare = re.compile(rf"\s+(?:{flow})(?=\s*[(),;.]|\s*$)", re.I)
    bracketed = re.compile(rf"\s+(?:{flow})\s*\(\s*$", re.I)
    out: list[NumericFact] = []
    for fact in facts:
        # "174 300 persons arriving in Austria in 2016 and 109 600 leaving": a sibling count that names its noun
        # right after its figure makes the bare one an elliptical item of that noun
        def named() -> bool:
            return any(f.sentence == fact.sentence and f.kind == "count" and f.counted and f.char_end > f.char_start
                       and f.surface.split()[-1].lower() == f.counted.split()[-1].lower() for f in out)
        if fact.kind == "count" and fact.counted and (
                bare.match(text, fact.char_end)
                or out and out[-1].kind == "count" and out[-1].counted is None
                and bracketed.fullmatch(text, out[-1].char_end, fact.char_start)) and not named():
            fact = replace(fact, counted=None)
        out.append(fact)
    return out


def _bracketed_siblings(facts, text: str) -> list[NumericFact]:
    """A figure alone in brackets that names nothing counts what the other figures alone in brackets of its
    sentence count, where they are of its kind and all count one thing: "were Germany (15%), Nigeria (12%) and
    Guinea (8%)" after the first item, "all people in forced labour (15.1 million); the other regions are Europe
    and Central Asia (4.1 million), ...", "over the two years to September 2024 (8,669) than across the earlier
    seven years (7,267)". Items that name their own noun before their bracket give none. Read where the vocabulary's
    ``bracketed_siblings`` says so (English): Spanish and French lists of places in brackets name no counted set as
    often as not."""
    def own_label(other) -> bool:  # "foreign domestic employees (92,338)": an item that names its own noun
        label = text[max(0, other.char_start - 80):other.char_start].split()[-5:]
        return other.counted.split()[-1].lower() in (w.strip("(/,").lower() for w in label)

    facts = list(facts)
    alone = [_alone_in_brackets(text, fact) for fact in facts]
    for index, fact in enumerate(facts):
        if fact.counted or fact.kind not in ("count", "percent") or not alone[index]:
            continue
        siblings = [other for position, other in enumerate(facts) if position != index and other.sentence == fact.sentence
                    and other.kind == fact.kind and bool(other.change) == bool(fact.change) and alone[position]
                    and not (other.counted and own_label(other))]
        heads = {other.counted.split()[-1].lower() for other in siblings if other.counted}
        if len(heads) != 1:
            continue
        nearest = min((other for other in siblings if other.counted), key=lambda o: abs(o.char_start - fact.char_start))
        facts[index] = replace(fact, counted=nearest.counted)
    return facts


def _fractions_with_digits(facts, text: str) -> list[NumericFact]:
    """A fraction written in a word and then in digits in brackets ("un quart (25%) de ces demandeurs", "pour un tiers
    (32 %) du travail") is one fact: the printed digits, its surface the whole span. Only a bare fraction ("un quart",
    "la moitié") near its digits (a rounding of them): a hedged one ("près des trois quarts (73 %)") or one of a
    count ("deux traversées sur cinq (41 %)", "la moitié des personnes (50%)") is labelled as a fact of its own."""
    facts = list(facts)
    merged: list[NumericFact] = []
    skip = False
    for index, fact in enumerate(facts):
        if skip:
            skip = False
            continue
        digits = facts[index + 1] if index + 1 < len(facts) else None
        if digits is not None and fact.kind == "percent" == digits.kind and fact.sentence == digits.sentence \
                and "%" not in fact.surface and not re.search(r"\d", fact.surface) and not fact.qualifier \
                and len(fact.surface.split()) <= 2 \
                and not fact.change and not digits.change and abs(fact.value - digits.value) <= 10 \
                and re.fullmatch(r"\s*(?:[^\W\d_]+\s*)?\(\s*", text[fact.char_end:digits.char_start]) \
                and (close := re.match(r"\s*\)", text[digits.char_end:])):
            end = digits.char_end + close.end()
            merged.append(replace(digits, char_start=fact.char_start, char_end=end, surface=text[fact.char_start:end],
                                  counted=digits.counted or fact.counted))
            skip = True
            continue
        merged.append(fact)
    return merged


@cache
def _dated_change_noun(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The change noun and its article before a figure ("après une hausse de", "l'augmentation de", "un boom de plus
    de"), and the year the change's own words give it after the figure ("en 2016", "enregistrée en 2021") (built once
    per language)."""
    words = lexicon(lang).words
    if not words.change_continuations or not words.recorded_change_participles:
        return None
    articles = alternation([*words.definite_articles, *words.indefinite_articles])
    of = alternation(words.of_words)
    nouns = alternation([*recorded_change_words(lang)[0], *words.event_change_nouns])
    qualifiers = alternation(lexicon(lang).phrases("qualifiers"))
    word = r"[^\W\d_][\w-]*"
    # "après un net recul de", "une reprise presque record de": a word may stand before the noun, two after it
    lead = re.compile(rf"(?:\b({alternation(words.change_continuations)})\s+)?(?<![\w'’])(?:{articles})(?:\s+|(?<=['’]))"
                      rf"(?:{word}\s+)?({nouns})(?:\s+{word}){{0,2}}?\s+(?:{of})(?:\s+|(?<=['’]))(?:(?:{qualifiers})\s+)?$", re.I)
    year = re.compile(rf"\s*(?:%|{alternation(words.percent_words)})?\s*(?:({alternation(words.recorded_change_participles)})\s+)?"
                      rf"(?:{alternation(year_prepositions(lang))})\s+(?:19|20)\d\d\b", re.I)
    return lead, year


def _dated_change_nouns(facts, text: str, lex) -> list[NumericFact]:
    """A change named by its own noun and dated by its own year, apart from the change the sentence is about,
    counts that noun: an earlier change after "après" ("les entrées ont crû de 9 %, après une hausse de 4,1 % en
    2019"), or a change a participle records ("bien loin de la progression de 12 % observée en 2018"). An earlier
    change with no year of its own ("après un recul de 8,1% l'année précédente") goes on counting what changes."""
    patterns = _dated_change_noun(lex.lang)
    if patterns is None:
        return list(facts)
    lead, year = patterns
    facts = list(facts)
    for index, fact in enumerate(facts):
        if not fact.change or fact.kind != "percent" or fact.rule_id.startswith("table-row"):
            continue
        named = lead.search(text, max(0, fact.char_start - 80), fact.char_start)
        dated = year.match(text, fact.char_end)
        if named is None or dated is None or not (named.group(1) or dated.group(1)):
            continue
        facts[index] = replace(fact, counted=named.group(2))
    return facts


# a lowercase word and a capitalised name after it: "14 desde El Salvador" (the word after a figure, and its name)
_LED_NAME = re.compile(r"\s+([^\W\d_]+)\s+(?=[A-ZÀ-Ý])")


def _linked_items(facts, text: str, lex) -> list[NumericFact]:
    """The items of a list each joined to its place by "con" count what the item before them counts: "países de
    América con un 10%, Italia con un 9%, y Canadá con un 6%", "la mayor proporción, 35,2%, seguido de las provincias
    de Santiago y Santo Domingo, con 14,3% y 8,7%". Only where the words between two items are names, places, months
    and the small words of a list, so no other noun can be what an item counts, and never back from a later item
    ("mayo con 38 mil 962; marzo con 38 mil 099; junio con 29 mil 722 entradas" is read both ways by the labels)."""
    words = lex.words
    if not words.item_links or not words.head_first:
        return list(facts)
    link = re.compile(r"\b(?:{})\s+(?:(?:{})\s+)?$".format(
        alternation(words.item_links), alternation([*words.indefinite_articles, *words.definite_articles])), re.I)
    small = {*words.conjunctions, *words.of_words, *words.determiners, *words.location_prepositions,
             *words.list_continuations, *_opener_words(lex.lang), *words.place_sets, *words.months, *words.item_links}
    conjunction = re.compile(r"\s*(?:{})\s*".format(alternation(words.conjunctions)), re.I)
    # a comma or a conjunction that ends the gap before the second item
    list_joint = re.compile(r"(?:,\s*(?:(?:{0})\s+)?|\s+(?:{0})\s+)$".format(alternation(words.conjunctions)), re.I)

    def item(fact) -> bool:
        return fact.kind in ("count", "percent") and fact.change is None and not fact.rule_id.startswith("table-row") \
            and link.search(text, max(0, fact.char_start - 12), fact.char_start) is not None

    def joined(first, second) -> bool:  # the words between two items of one list
        if first.sentence != second.sentence or first.kind != second.kind or first.change or second.change:
            return False
        gap = text[first.char_end:second.char_start]
        if len(gap) > 90 or re.search(r"[\d.!?():]", gap):
            return False
        if conjunction.fullmatch(gap):
            return item(first)  # "con 14,3% y 8,7%"
        # "14 desde El Salvador, 45 desde Guatemala, 368 desde Honduras": items that each give their figure, then the
        # same preposition and a name, in parallel
        lead = _LED_NAME.match(gap)
        parallel = bool(lead) and lead.group(1).islower() and lead.group(1) in lex.spacy_stop_words
        if not item(second) and not (
                parallel and list_joint.search(gap)
                and (again := _LED_NAME.match(text, second.char_end)) is not None and again.group(1) == lead.group(1)):
            return False
        return all(w[:1].isupper() or w.lower() in small or parallel and w == lead.group(1)
                   for w in re.findall(r"[^\W\d_]+", gap))

    facts = list(facts)
    changed = True
    while changed:
        changed = False
        for index, fact in enumerate(facts):
            if fact.counted or fact.kind not in ("count", "percent") or fact.change:
                continue
            previous = facts[index - 1] if index else None
            # the list's places name no counted set ("sobresale Miami, con el 45,48%" among "ciudades")
            if previous is not None and previous.counted and joined(previous, fact) \
                    and previous.counted.lower().split()[0] not in words.place_sets and not is_place(previous.counted, lex):
                facts[index] = replace(fact, counted=previous.counted)
                changed = True
    return facts


@cache
def _restating_share(lang: str) -> re.Pattern | None:
    """The words between a count and a share that restates it as a part of a whole: ", que representan el", ", lo
    que equivale al", ", equivalentes al", ", casi el", ", un" (built once per language)."""
    words = lexicon(lang).words
    if not words.restating_share_links:
        return None
    articles = alternation([*words.definite_articles, *words.indefinite_articles, *words.restating_share_articles])
    return re.compile(r"\s*(?:[^\W\d_]+\s+){{0,4}}?[^\W\d_]*,\s*(?:(?:{})\s+)?(?:(?:{})\s+){{0,2}}$".format(
        alternation(words.restating_share_links), articles), re.I)


def _nounless_shares_after_counts(facts):
    """(index, count, share) for each share that names no noun right after a count that names one, in the same
    sentence: the pairs in which a share may restate the count before it (the passes that read them change
    ``facts[index]``, so the pairs are read from the list as it is changed)."""
    for index in range(1, len(facts)):
        count, share = facts[index - 1], facts[index]
        if share.kind == "percent" and not share.counted and count.kind == "count" and count.counted \
                and count.sentence == share.sentence and count.char_end <= share.char_start:
            yield index, count, share


def _shares_restating_counts(facts, text: str, lex) -> list[NumericFact]:
    """A share with no noun right after a count, set off by a comma and restating it as a part of a whole, counts
    what the count counts: "852.142, que representan el 49 %, son mujeres", "8.204.206 personas nacidas en otros
    países, casi el 17,1%", "48.085.361 habitantes, 598.634 más, un 1,26%"."""
    link = _restating_share(lex.lang)
    if link is None:
        return list(facts)
    facts = list(facts)
    for index, previous, fact in _nounless_shares_after_counts(facts):
        if bool(previous.change) != bool(fact.change):
            continue
        opened = text.rfind("(", 0, previous.char_start)
        if opened >= 0 and ")" not in text[opened:previous.char_start] and "\n" not in text[opened:previous.char_start]:
            continue  # "por delante de Italia (22.300, 8%)": a place's count and share in one bracket
        found = link.fullmatch(text, previous.char_end, fact.char_start)
        if found and (not text[fact.char_start].isdigit() or not text[previous.char_end:fact.char_start].rstrip().endswith(",")):
            # a word between the comma and the share ("un", "casi el", "que representan el")
            facts[index] = replace(fact, counted=previous.counted)
    return facts


def _linked_change_nouns(facts, text: str, lex) -> list[NumericFact]:
    """A figure after "con un" and a change noun that no reading named counts the change noun: "A Colombia le sigue
    Guatemala, con un incremento de 13%", "y en el Perú, con un aumento de 178.400" (where the sentence names what
    changed, a reading before has already named it: "8,392.5 millones de dólares en remesas, con un aumento del 5.8").
    Spanish only: French labels read "avec une hausse de 5,3%" as the subject's."""
    words = lex.words
    nouns = [*words.change_nouns.increase, *words.change_nouns.decrease]
    if not words.change_noun_links or not nouns:
        return list(facts)
    lead = re.compile(r"\b(?:{})\s+(?:{})\s+({})\s+(?:{})\s+(?:(?:{})\s+)?$".format(
        alternation(words.change_noun_links), alternation(words.indefinite_articles), alternation(nouns),
        alternation(words.of_words), alternation(words.indefinite_articles)), re.I)
    # "se observa un aumento de 86.15 por ciento y otro de 142 por ciento": "otro de" repeats the change noun before it
    other = re.compile(r"\s{}\s+(?:{})\s+$".format(alternation(words.change_repeats), alternation(words.of_words)), re.I)
    named = []
    for fact in facts:
        if fact.counted is None and fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row"):
            found = lead.search(text, max(0, fact.char_start - 40), fact.char_start)
            previous = named[-1] if named else None
            if found:
                fact = replace(fact, counted=found.group(1))
            elif previous is not None and previous.sentence == fact.sentence and previous.kind == fact.kind \
                    and previous.counted and previous.counted.lower() in nouns and previous.change == fact.change \
                    and other.search(text, previous.char_end, fact.char_start):
                fact = replace(fact, counted=previous.counted)
        named.append(fact)
    return named


def _superlative_brackets(facts, text: str, lex) -> list[NumericFact]:
    """A count in brackets after "the most", "the largest number of" and their noun counts that noun:
    "Indian nationals saw the largest number of applications refused (113)", "Germany recorded the most
    persons granted protection status in 2016 (445 210, ...)": not the subject that has the most."""
    lead = _pass_words(lex.lang).superlative_lead
    if lead is None:
        return list(facts)
    named = []
    for fact in facts:
        own = _own_noun(fact)
        if fact.kind == "count" and not fact.change and not own and _bracket_before(text, fact.char_start):
            # "le plus de nationalités (195 000 personnes)": a figure with its own noun keeps it
            found = lead.search(text, max(0, fact.char_start - 120), fact.char_start)
            words = found.group(1).split() if found and not re.search(r"[.;!?]", found.group()) else []
            noun = next((w for w in words if is_plural(w.lower(), lex) and w.lower() not in lex.spacy_stop_words
                         and not is_place(w, lex)), None)
            if noun is not None:
                fact = replace(fact, counted=noun)
        named.append(fact)
    return named


def _most_counted(facts, text: str, lex) -> list[NumericFact]:
    """The counts of places in a sentence that ranks them by "the most" of something count that thing:
    "los diez países de los que llegan más inmigrantes son Estados Unidos con 13 mil 524; España con 6 mil
    720" (inmigrantes), "the countries that sent the most workers were ..." (workers)."""
    if not lex.words.most_words:
        return list(facts)
    most, linked = _pass_words(lex.lang).most_noun, _pass_words(lex.lang).item_link
    named = []
    for fact in facts:
        if fact.kind != "count" or fact.change or not most.search(fact.sentence):
            named.append(fact)  # no ranking by the most of a thing in the sentence
            continue
        # a count of places itself ("En cuatro comunidades") keeps its noun; a figure with no noun must follow its
        # place's "con" ("España con 6 mil 720")
        places = fact.counted is not None and not _own_noun(fact) and (
            fact.counted.lower() in lex.words.place_sets
            # "... qui comptent le plus d'acquisitions, les Marocains ... précèdent les Algériens (6.737)": a people
            # named as the label of its bracket is an item of the ranking, not what it counts
            or is_people(fact.counted) and re.search(rf"\b{re.escape(fact.counted)}\s*\(\s*$",
                                                     text[max(0, fact.char_start - 40):fact.char_start])
            # "con más peticiones de asilo ..., por delante de Italia (22.300, 8%)": a place's bracket, where no
            # plural was read for it
            or not is_plural(fact.counted.lower(), lex)
            and (label := _PLACE_BRACKET.search(text, max(0, fact.char_start - 40), fact.char_start)) is not None
            and is_place(label.group(1).split()[-1], lex))
        unnamed = fact.counted is None and (linked.search(text, max(0, fact.char_start - 20), fact.char_start)
                                            or _ranked_item(facts, fact, text, lex))
        if places or unnamed:
            start = _sentence_start(text, fact)
            found = most.search(text, start, fact.char_start) if start >= 0 else None
            noun = found.group(1) if found else None
            if noun and is_plural(noun.lower(), lex) and noun.lower() not in lex.words.place_sets \
                    and noun.lower() not in lex.spacy_stop_words and not is_place(noun, lex):
                fact = replace(fact, counted=noun)
        named.append(fact)
    return named


def _ranked_item(facts, fact: NumericFact, text: str, lex) -> bool:
    """Whether a count that names nothing is an item of a ranking whose items name their place without "con": a
    place, perhaps with its verb, alone since the last comma or semicolon ("..., y después Tamaulipas sumó dos mil
    294, Veracruz mil 748"), in a sentence where an item before it took its figure with "con"."""
    linked = _pass_words(lex.lang).item_link
    if not any(f.sentence == fact.sentence and f.char_end <= fact.char_start and f.kind == "count"
               and linked.search(text, max(0, f.char_start - 20), f.char_start) for f in facts):
        return False
    start = max(text.rfind(",", 0, fact.char_start), text.rfind(";", 0, fact.char_start))
    words = text[start + 1:fact.char_start].split() if start >= 0 and fact.char_start - start < 60 else []
    skipped = {*lex.words.conjunctions, *lex.words.list_continuations}
    while words and words[0].lower() in skipped:
        words = words[1:]  # "y después Tamaulipas"
    # the place's name in capitals, then at most one lower-case word, its verb ("sumó")
    names = [w for w in words if w[:1].isupper()]
    return bool(names) and words[0][:1].isupper() and len(words) <= 4 and len(words) - len(names) <= 1 \
        and not words[-1][:1].isdigit() and all(c.isalpha() for w in words for c in w)


def _shares_of_totals(facts, text: str, lex) -> list[NumericFact]:
    """A share "of the total" right after a count that names its set is a share of that set: "9,560
    applications or 9.6% of the overall total", "1,000 applications (20% of the total)"."""
    facts = list(facts)
    if not lex.words.total_words:
        return facts
    between, of_total = _pass_words(lex.lang).total_joiner, _pass_words(lex.lang).of_total
    for index in range(1, len(facts)):
        previous, fact = facts[index - 1], facts[index]
        if fact.kind != "percent" or fact.change or not fact.counted or fact.counted.lower() not in lex.words.total_words \
                or previous.kind != "count" or not previous.counted or previous.sentence != fact.sentence \
                or is_place(previous.counted, lex) or is_people(previous.counted) or previous.change:
            continue
        named = of_total.match(text, fact.char_end, fact.char_end + 60)
        link = text[previous.char_end:fact.char_start]
        # "Of the total, 4,200 (35%)": not so; "53,164, equal to 28 percent of the total", "106.8 million workers
        # make up 71.1 per cent of the total": a few words with no figure and no clause's end link them
        # "2,731,093 foreigners were on the register ..., with women ahead of men at 51.4 percent of the total": the
        # one count the sentence gives before the share, in the same clause chain, names what the total is of
        sole = index < 2 or facts[index - 2].sentence != fact.sentence
        if named and (between.fullmatch(link) or len(link.split()) <= 4 and not re.search(r"[\d;:.()]", link)
                      or sole and _plural_content_noun(previous.counted.split()[-1], lex)
                      and not re.search(r"[\d;:.()]", re.sub(r"\b(?:19|20)\d\d\b", "", link))):
            facts[index] = replace(fact, counted=previous.counted)
    return facts


def _gapped_counts(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """A count in a list whose verb is left out after the first items ("163,800 received refugee status, 100,300 got
    subsidiary protection and 69,300 leave to remain", "200 of which brought refugee status and 1,025 subsidiary
    protection") counts the set of the count before it, not the singular noun after it (what each item got): the
    count before it is followed by its own verb, and it has none."""
    facts = list(facts)
    if lex.words.head_first:
        return facts
    words = lex.words
    joiner = re.compile(r"(?:,|\b(?:{}))\s*$".format(alternation(words.conjunctions) or "(?!)"), re.I)
    gapped: list[NumericFact] = []
    for position in range(1, len(facts)):
        fact = facts[position]
        if fact.kind != "count" or not _own_noun(fact) or fact.value <= 1 or fact.rule_id.startswith("table-row") \
                or is_plural(fact.counted.split()[-1].lower(), lex) or is_people(fact.counted):
            continue
        previous = next((f for f in reversed(facts[:position]) if f.kind == "count" and f.sentence == fact.sentence), None)
        if previous is None or not previous.counted or previous.rule_id.startswith("table-row") \
                or not joiner.search(text, previous.char_end, fact.char_start) \
                or any(f.kind == "count" and previous.char_end <= f.char_start < fact.char_start for f in facts):
            continue
        first = token_at.get(previous.char_start)
        if first is None:
            continue
        if previous in gapped:  # "..., 263 755 subsidiary protection (37%) and 56 970 leave to stay": the list goes on
            facts[position] = replace(fact, counted=previous.counted)
            gapped.append(facts[position])
            continue
        after = next((t for t in doc[first:] if t.idx >= previous.char_end), None)
        if after is not None and after.lower_ in words.of_words:  # "200 of which brought"
            relative = next_token(doc, after.i + 1)
            after = next_token(doc, relative.i + 1) if relative is not None and relative.lower_ in words.relative_words else None
        verbs = (*words.verbs_after_counted, *words.counted_stop)
        if after is None or not (after.lower_ in verbs or verb_form(after.text, lex)):
            continue
        index = token_at.get(fact.char_start)
        ending = next((t for t in doc[index:] if t.idx >= fact.char_end), None) if index is not None else None
        if ending is not None and (ending.lower_ in verbs or verb_form(ending.text, lex)):
            continue  # "100,300 protection was given": the item has its own verb
        facts[position] = replace(fact, counted=previous.counted)
        gapped.append(facts[position])
    return facts


def _rate_subjects(facts, text: str, lex) -> list[NumericFact]:
    """A percentage in a clause whose subject is a measure with its determiner, followed by its verb ("which put the
    Caymanian unemployment rate at 3.7%", "while the weighted average fell in the first quarter of 2013 to a record
    low of 6.9 percent"), counts that measure, not the sentence's first subject. A measure after the vocabulary's
    rate_manner_leads ("at a", "by an": "expand at an average annual rate of 8.8 percent") is a manner of the change,
    and "of" after it names what it is of: neither is the clause's subject; nor does a rate_non_links word after it
    ("to") link it to a figure."""
    facts = list(facts)
    words = lex.words
    if not words.rate_heads or words.head_first:
        return facts
    links = {*words.counted_stop, *words.level_links} - {*words.of_words, *words.rate_non_links}
    compared = re.compile(r"\s*,?\s*(?:{})\s+".format(alternation(words.dates.group_compared) or "(?!)"), re.I)
    # "the global average cost of sending $200 is still high at 6.9 percent": what the measure is of comes between
    subject = re.compile(r"\b(?:{})\s+(?:[^\W\d_][\w-]*\s+){{0,3}}?({})(?:\s+(?:{})\s+[^,;]*?)?\s+(?:{})\b[^,;]*$".format(
        alternation(words.determiners), alternation(words.rate_heads), alternation(words.of_words),
        alternation(links)), re.I)
    manner = re.compile(rf"\b{alternation(words.rate_manner_leads)}\s*$", re.I)
    for position, fact in enumerate(facts):
        if fact.kind != "percent" or fact.rule_id.startswith("table-row") or _own_noun(fact):
            continue
        start = max(_sentence_start(text, fact), text.rfind(",", 0, fact.char_start) + 1, text.rfind(";", 0, fact.char_start) + 1)
        found = subject.search(text, start, fact.char_start)
        if found is None or manner.search(text[start:found.start()]):
            continue
        if (fact.counted or "").lower() != found.group(1).lower():
            facts[position] = replace(fact, counted=found.group(1))
            following = facts[position + 1] if position + 1 < len(facts) else None
            if following is not None and following.kind == "percent" and following.sentence == fact.sentence \
                    and compared.fullmatch(text, fact.char_end, following.char_start):
                facts[position + 1] = replace(following, counted=found.group(1))  # "at 3.7%, against 5.1%"
    return facts


def _standing_pronoun_shares(facts, text: str, lex) -> list[NumericFact]:
    """A percentage that names nothing in a clause opened by a standing pronoun and its preposition ("Inflows from
    North America rose by 11% .... Those from Europe grew by 4.8% as well", "receipts from land-based workers went
    up by 7.1 percent ... and those from workers at sea by 6.5 percent") counts the noun the pronoun stands for:
    what the last percentage before it, in its sentence or the one before, counted."""
    facts = list(facts)
    words = lex.words
    if not words.standing_pronouns or words.head_first:
        return facts
    clause = re.compile(r"(?:^|[.;,]\s+|\b(?:{})\s+)(?:{})\s+(?:{})\s+[^\d.;,()]*$".format(
        alternation(words.conjunctions or ["and"]), alternation(words.standing_pronouns),
        alternation(words.subject_prepositions)), re.I)
    for position, fact in enumerate(facts):
        if fact.kind != "percent" or fact.counted or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        if start < 0 or not clause.search(text[start:fact.char_start]):
            continue
        earlier = [f for f in facts[max(0, position - 6):position]
                   if f.kind == "percent" and f.counted and f.char_start >= max(0, start - 400)
                   and not is_place(f.counted, lex)]
        earlier = [f for f in earlier if bool(f.change) == bool(fact.change)] or earlier  # a change, like a change
        if earlier and (earlier[-1].sentence == fact.sentence or _sentence_start(text, earlier[-1]) < start):
            facts[position] = replace(fact, counted=earlier[-1].counted)
    return facts


def _transfer_costs(facts, text: str, lex) -> list[NumericFact]:
    """A percentage that names nothing in a sentence that speaks of what a transfer costs before it ("sending
    NZD$200.00 to Samoa cost 7.67 per cent on average, down from 9.64 per cent", "Sending $200 still cost a lot on
    the global average, at around 7 percent") counts the cost, as "the average cost ... went down, to 5.96 per
    cent" does; so with a rate ("the population grew at an annualised rate of 1.1 per cent, a little above the
    0.8 per cent recorded in the five-year period before that")."""
    facts = list(facts)
    words = lex.words
    if not words.cost_words:
        return facts
    cost = re.compile(r"\b({})\b".format(alternation(words.cost_words)), re.I)
    for position, fact in enumerate(facts):
        if fact.kind != "percent" or fact.counted or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        found = list(cost.finditer(text, start, fact.char_start)) if start >= 0 else []
        if found:
            facts[position] = replace(fact, counted=found[-1].group(1).lower())
    return facts


def _sentence_set_totals(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """A share "of the total" that no count before it names counts what the total is a total of: the set its
    sentence names before it ("Most workers were aged 25 to 54, making up 78.9 percent of the total" → workers,
    "which took in more asylum applications than any other country - around 29% of the total" → applications),
    and the bare shares after it in its sentence that were given the total ("with 26.7 million (17.8 per cent)")
    count the same set. A nationality standing as the subject is a part of the set, not the set."""
    facts = list(facts)
    words = lex.words
    if not words.total_words or words.head_first:
        return facts
    of_total = _pass_words(lex.lang).of_total
    totals = frozenset(w.lower() for w in words.total_words)
    wholes: dict[int, str] = {}  # a sentence's whole, from its first share "of the total"
    for position, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or fact.rule_id.startswith("table-row"):
            continue
        counted = (fact.counted or "").lower()
        if of_total.match(text, fact.char_end, fact.char_end + 60):
            if counted not in totals:
                wholes.setdefault(fact.sentence, fact.counted)
                continue
            index = token_at.get(fact.char_start)
            if index is None:
                continue
            sentence = doc[index].sent
            if any(f.sentence == fact.sentence and f.kind == "count" for f in facts[:position]):
                continue  # a count before it names the set (or names none): other readings' business
            noun = first_plural_noun(doc, sentence.start, index, lex, skip=frozenset(
                t.lower_ for t in doc[sentence.start:index] if t.text[:1].isupper()))
            found = next((t for t in doc[sentence.start:index] if t.text == noun), None) if noun else None
            before = previous_token(doc, found.i) if found is not None else None
            if before is not None and before.lower_ in words.of_words:
                continue  # "India was the leading country of birth of arrivals, with 14.3 per cent of the total": the
                # labels keep `total` where the set stands only in a complement of the subject
            if noun and not is_people(noun):
                facts[position] = replace(fact, counted=noun)
                wholes.setdefault(fact.sentence, noun)
        elif counted in totals and fact.sentence in wholes:
            facts[position] = replace(fact, counted=wholes[fact.sentence])
    return facts


def _changes_of_named_levels(facts, text: str, lex) -> list[NumericFact]:
    """A change followed by the level it reached, where that level names its noun ("the UK, down 20
    percent at 10,590 claims", "les Albanais (-22% à 362 départs)"), is a change of that noun, not of
    the place or the people before it."""
    facts = list(facts)
    if not lex.words.level_links:
        return facts
    link = _pass_words(lex.lang).level_link
    for index, (change, level) in enumerate(zip(facts, facts[1:])):
        if change.kind == "percent" and change.change and level.kind == "count" and level.counted \
                and _own_noun(level) and change.sentence == level.sentence \
                and (change.counted is None or is_people(change.counted) or is_place(change.counted, lex)) \
                and link.fullmatch(text, change.char_end, level.char_start):
            facts[index] = replace(change, counted=level.counted)
    return facts


def _head(counted: str | None, lex) -> str:
    words = (counted or "").split()
    return (words[0] if lex.words.head_first else words[-1]).lower() if words else ""


def _sex_shares(facts, text: str, lex) -> list[NumericFact]:
    """A share of a set by sex counts the set, not the sex: "Les flux d'asile venus d'Afghanistan sont très
    masculins (86% d'hommes)", "11.780 migrants actuels, plus des deux tiers sont des hommes (68,3%)": the
    count before it in its sentence, or else the sentence's subject. A share *of* the women ("52% of women",
    "52 % des femmes") is a share of them and stays so. (Spanish text names the sex as what such a share
    counts, "el 35,6 % son mujeres": its vocabulary lists no sex words.)"""
    sexes = frozenset(lex.words.sex_words)
    if not sexes:
        return facts
    within = re.compile(r"\s*(?:%|{})?\s*(?:{})\s+(?:\w+\s+)?(?:{})\b".format(
        alternation(lex.words.percent_words), alternation(lex.words.sex_set_links) or "(?!)", alternation(sexes)), re.I)
    of_set = re.compile(r"\b(?:{})\s+(?:(?:{})\s+)?([^\W\d_][\w-]*)\b".format(
        alternation(lex.words.of_words), alternation(lex.words.determiners)), re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind != "percent" or fact.change or _head(fact.counted, lex) not in sexes or fact.rule_id.startswith("table-row") \
                or within.match(text, fact.char_end) or within.match(text, fact.char_start + len(fact.surface.split()[0])):
            continue
        start = _sentence_start(text, fact)
        whole = next((f.counted for f in reversed(facts[:index]) if f.sentence == fact.sentence and f.counted
                      and f.kind in ("count", "percent") and _head(f.counted, lex) not in sexes
                      and _head(f.counted, lex) not in lex.words.place_sets and 0 <= start <= f.char_start), None)
        whole = whole or (_previous_subject(text, fact.char_start, lex) if start >= 0 else None)
        if not whole and start >= 0:
            # "Men made up most of the immigrants – 52.8%": the set the sex is a part of
            whole = next((m.group(1) for m in reversed(list(of_set.finditer(text, start, fact.char_start)))
                          if is_plural(m.group(1).lower(), lex) and m.group(1).lower() not in sexes
                          and m.group(1).lower() not in lex.words.place_sets), whole)
        if whole and whole.lower() not in sexes:
            facts[index] = replace(fact, counted=whole)
    return facts


def _plausible_heads(facts, lex) -> list[NumericFact]:
    """No reading may name a conjunction, a preposition, a dash or a scale word as what a figure counts
    ("entre el 82 y el 85 %": not "y"; "Sweden - down 25 percent": not "-"): such a figure names nothing. Nor may
    it end on a participle that says what its noun did ("emigration climbing"): the noun is counted."""
    named = []
    countries: set[str] = set()  # the names of countries read as counted, which the items after them may have taken
    for fact in facts:
        words = (fact.counted or "").split()
        if len(words) > 1 and fact.kind in ("count", "percent") and words[-1].lower().endswith("ing") \
                and verb_form(words[-1], lex):
            # "emigration climbing (up 16,000) to 43,000", "emigration has been running at about 5000": a participle
            # closing the phrase says what the noun before it did
            fact = replace(fact, counted=trim_participle(fact.counted, lex))
            words = fact.counted.split()
        head = _head(fact.counted, lex)
        # "(plus d'un million), la Jordanie (657.000)": a scale counts nothing; "lo que equivale al 44 %", "quedan
        # las personas": nor does a verb
        junk = not any(c.isalpha() for c in head) or head in lex.words.conjunctions or head in lex.words.of_words \
            or head in lex.words.scales or head in lex.words.not_heads \
            and not (head in lex.words.figure_nouns and _own_noun(fact)) \
            or len(head) > 5 and head.endswith(tuple(lex.words.head_verb_endings))  # "dos procedían de Estados Unidos"
        country = bool(words) and (_names_country(fact.counted, fact.sentence) or fact.counted in countries
                                   and not _own_noun(fact))
        if words and fact.kind in ("count", "percent") and (junk or country):
            countries |= {fact.counted} if country else set()  # "Estados Unidos: 1.407" / "Italia: 1.347"
            fact = replace(fact, counted=None)
        named.append(fact)
    return named


@cache
def _change_subject(lang: str) -> re.Pattern | None:
    """A clause whose subject is a change and whose verb links it to the figure after it: "Cette hausse
    s'est chiffrée à près de", "the international migratory increase was", "in the end the growth stood at"
    (built once per language; group 1 is the change's noun)."""
    words = lexicon(lang).words
    nouns = [*words.change_nouns.increase, *words.change_nouns.decrease]
    if not nouns:
        return None
    article = alternation([*words.determiners, *words.demonstratives])
    links = alternation(w for w in words.subject_links if w not in words.of_words and w not in (":", "=", "–", "—"))
    # the clause opens the sentence or follows a comma; up to two words qualify the noun ("international migratory");
    # a sentence may open on the bare noun, capitalised ("Economic growth in 2022, Mehmeti added, reaches"), its year and a
    # reporting clause standing between the noun and its verb
    year = alternation(sorted(year_prepositions(lang)))
    # "the growth in the net gain from abroad was": a complement naming what changed, with no verb in it
    verbs = [w for w in words.counted_stop if w in words.subject_links]  # "was", "stood", "reached": no complement's
    complement = rf"(?P<complement>\s+(?:{alternation(words.change_complement_leads)})(?:\s+(?!(?:{alternation(verbs)})\b)" \
                 rf"[^\W\d_][\w'’-]*){{1,5}}?)?" if words.change_complement_leads else "(?P<complement>)"
    aside = rf"(?P<aside>(?:\s+(?:{year})\s+\d{{4}})?(?:\s*,\s*(?:[^\W\d_][\w'’-]*\s+){{1,3}}(?:{alternation(words.speech_verbs)})\s*,)?)"
    # "..., où la hausse atteint 822 %", "alors que la baisse s'établit à": a clause of its own opens on these too
    openers = alternation([*words.conjunctions, *words.change_subject_openers])
    return re.compile(rf"(?:(?:^|[,;]\s*|(?<=\s)(?:{openers})\s+)(?:{article})\s+|^\W*(?-i:(?=[A-ZÀ-Ý])))"
                      rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?({alternation(nouns)}){complement}{aside}"
                      rf"(?P<link>(?:(?:\s+|(?<=['’]))(?:{links})(?:(?<=['’])|(?![\w'’]))|\s+(?:{alternation(lexicon(lang).phrases('qualifiers'))})\b)+)"
                      r"\s*[+-]?\s*$", re.I)


def _change_subjects(facts, text: str, lex) -> list[NumericFact]:
    """A figure that a clause links to a change as its subject measures that change ("La hausse s'est
    élevée à 40 %", "the growth stood at 2.75 per cent"): the change's noun is what it counts, and
    its direction the figure's change; the figures of its sentence that go on naming nothing and no
    change of their own ("après 77.000 en 2011") measure the same change."""
    pattern = _change_subject(lex.lang)
    if pattern is None:
        return list(facts)
    directions = lex.phrases("change_nouns")
    named = re.compile(rf"\b{alternation(directions)}\b", re.I)  # the sentence names a change at all
    result: list[NumericFact] = []
    for fact in facts:
        previous = result[-1] if result else None
        start = _sentence_start(text, fact) if fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row") \
            and named.search(fact.sentence) else -1
        subject = pattern.search(text[start:fact.char_start]) if start >= 0 else None
        if subject and subject.group("complement"):
            # "the growth in the net gain from abroad was over 50 per cent": the complement's noun, read already, is
            # what is counted, the change noun its direction; with no such reading, the clause is left alone
            verb = re.match(r"\s*([^\W\d_]+)", subject.group("link"))
            verb = verb and (verb.group(1).lower() in lex.words.counted_stop or verb_form(verb.group(1).lower(), lex))
            if verb and fact.counted and fact.change is None and re.search(rf"\b{re.escape(fact.counted.split()[-1])}\b",
                                                                 subject.group("complement"), re.I):
                fact = replace(fact, change=directions[subject.group(1).lower()])
            subject = None
        if subject and fact.counted is not None and fact.counted.lower() != subject.group(1).lower() \
                and fact.counted.lower() not in subject.group(0)[:subject.start(1)].lower():
            subject = None  # "the international migratory increase was": not what a reading named elsewhere
        verb = re.match(r"\s*([^\W\d_]+['’]?)", subject.group("link")) if subject else None
        # the first word after the noun is a verb ("was", "s'est", "fue"), not a preposition ("the rise to")
        if verb and verb.group(1).lower().replace("’", "'") in (*lex.words.counted_stop, *lex.words.reflexives) \
                and subject.end("link") - subject.end(1) - len(subject.group("aside")) < 40:
            noun = subject.group(1)
            fact = replace(fact, counted=noun, change=fact.change or directions[noun.lower()])
        elif previous is not None and fact.counted is None and fact.change is None and previous.sentence == fact.sentence \
                and previous.kind == fact.kind and previous.counted and previous.counted.lower() in directions \
                and not _own_noun(previous):
            fact = replace(fact, counted=previous.counted, change=previous.change)
        result.append(fact)
    return result


@cache
def _topic_opening(lang: str) -> re.Pattern | None:
    """A sentence that opens on its topic and goes on with a pronoun for it ("Quant à l'immigration
    économique, elle a crû de", "As for asylum seekers, they numbered"): group 1 is the topic's noun
    phrase (built once per language)."""
    words = lexicon(lang).words
    if not words.topic_openers:
        return None
    article = alternation(words.determiners)
    # a relative clause or a phrase led by a preposition, not a participle ("Quant aux prévisions de la banque, rendues
    # publiques en septembre, elles anticipent": what they anticipate is no topic's figure)
    aside = rf"(?:\s*(?:{alternation(words.topic_aside_openers)})(?:\s+|(?<=['’]))[^;:.]*?,)?" if words.topic_aside_openers else ""
    return re.compile(rf"\W*(?:{alternation(words.topic_openers)})(?:\s+|(?<=['’]))(?:(?:{article})(?:\s+|(?<=['’])))?"
                      # an aside may stand between the topic and its pronoun ("Quant à l'admission pour motif familial,
                      # qui demeure la première source de titres, elle a légèrement fléchi (- 0,9 %")
                      rf"([^,;:.]+?)\s*,{aside}\s*(?:{alternation(words.topic_pronouns)})\s+[^,;:.\d]*$", re.I)


def _topic_pronouns(facts, text: str, lex) -> list[NumericFact]:
    """A figure in the clause of a pronoun that stands for the topic the sentence opened on counts that
    topic, where it names no noun of its own: "Quant à l'immigration économique, elle a crû de 20,5%"
    (immigration), "Quant aux citoyens d'Etats tiers, ils étaient 636'620 au total" (citoyens)."""
    pattern = _topic_opening(lex.lang)
    if pattern is None:
        return list(facts)
    opens = re.compile(rf"\W*(?:{alternation(lex.words.topic_openers)})", re.I)
    of_after = _share_wholes(lex.lang)[0]
    named = []
    for fact in facts:
        start = _sentence_start(text, fact) if fact.kind in ("count", "percent") and opens.match(fact.sentence) \
            and not _own_noun(fact) else -1
        whole = of_after.match(text, fact.char_end)
        topic = pattern.match(text[start:fact.char_start]) if start >= 0 and not whole else None  # "14,1 % de la population"
        if topic:
            words = re.findall(r"[^\W\d_][\w'’-]*", topic.group(1))
            head = words[0] if lex.words.head_first else (next((w for w in words if is_plural(w.lower(), lex)), None))
            fact = replace(fact, counted=head) if head and not is_place(head, lex) else fact
        named.append(fact)
    return named


def _counts_restating_shares(facts, text: str, lex) -> list[NumericFact]:
    """A count with no noun that restates a share beside it ("S, or N", "N or S", "S ... , N in all") counts the part
    the share picks out, not the whole the share is of: the plural predicate of a copula after the share ("88 percent
    of the returnees were women or girls, 4,261 in all", "some 173,000 or 32 per cent of the asylum seekers given
    protection were Syrians"), a plural right after the share in an elliptical item ("99,800 or 19 per cent
    Afghanis"), or the subject of a verb of parts before it ("immigrants made up 8.4 percent of the country's
    population, or 27,445", "Indian nationals formed the largest group, making up 17 per cent of ... or more than
    36,000")."""
    facts = list(facts)
    words = lex.words
    if not words.part_verbs:
        return facts
    copula = alternation(words.copulas)
    # the share's "of" phrase (brackets and all) up to a plural copula and up to three words after it
    predicate = re.compile(rf"(?:[^,;:()]|\([^()]*\))*?\b(?:{copula})((?:\s+[^\W\d_][\w'’-]*){{1,3}})", re.I)
    elliptical = re.compile(r"\s+([^\W\d_][\w'’-]*)\s*(?:[,.;]|and\b|$)", re.I)
    part_verb = re.compile(rf"\b(?:{alternation(words.part_verbs)})\s+$", re.I)
    restating_or = re.compile(r"(?:\s+of\s+[^,;:()\d]{1,80}?)?(?:\s*,\s*|\s+|\s*\(\s*)or\s+", re.I)
    closed = re.compile(r"(?:\s+of\s+[^,;:()\d]{1,80}?)?\s+(?:" + copula + r")\s+[^,;:()\d]{1,40},\s*", re.I)
    closer = re.compile(rf"\s+(?:{alternation(words.restating_closers)})\b", re.I)

    def plural(word: str) -> bool:
        return is_plural(word.lower(), lex) and word.lower() not in lex.spacy_stop_words and not is_place(word, lex)

    for index, fact in enumerate(facts):
        if fact.kind != "count" or fact.counted or fact.change:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(facts):
                continue
            share = facts[other]
            if share.kind != "percent" or share.change or share.sentence != fact.sentence:
                continue
            if other < index:
                between = text[share.char_end:fact.char_start]
                linked = restating_or.fullmatch(between) \
                    or closed.fullmatch(between) and closer.match(text, fact.char_end)
            else:
                linked = re.fullmatch(r"\s+or\s+", text[fact.char_end:share.char_start], re.I)
            if not linked:
                continue
            part = None
            found = predicate.match(text, share.char_end, _sentence_end(text, share))
            if found and (noun := next((w for w in found.group(1).split() if plural(w)), None)):
                part = noun  # "were Congolese nationals": past the adjectives
            elif other > index and (found := elliptical.match(text, share.char_end)) and plural(found.group(1)) \
                    and found.group(1).lower() not in words.of_words:
                part = found.group(1)
            else:
                start = _sentence_start(text, share)
                verb = part_verb.search(text, max(start, 0), share.char_start) if start >= 0 else None
                if verb:
                    # the subject of the verb's clause; a participle ("making up") takes the sentence's opening one
                    clause_start = max(start, text.rfind(",", start, verb.start()) + 1)
                    if verb.group(0).split()[0].lower().endswith("ing"):
                        comma = text.find(",", start, verb.start())
                        clause_start, clause_end = start, comma if comma >= 0 else verb.start()
                    else:
                        clause_end = verb.start()
                    part = next((w for w in re.findall(r"[^\W\d_][\w'’-]*", text[clause_start:clause_end])
                                 if plural(w)), None)
            if part:
                facts[index] = replace(fact, counted=part)
                break
    return facts


def _restated_shares(facts, text: str, lex) -> list[NumericFact]:
    """A count in brackets that closes the relative clause of a share's whole restates the share: "25% of
    all first residence permits that the EU issued to non-EU citizens (724,000)" counts permits, not the
    citizens the clause names; the counts of the sentence's list that took the citizens from it follow."""
    named = list(facts)
    if not lex.words.relative_words:
        return named
    of = alternation(lex.words.of_words)
    # the relative clause after the whole, up to the count's bracket: "that the EU issued to non-EU citizens ("
    clause = re.compile(rf"[^,;:()\d]*\b(?:{alternation(lex.words.relative_words)})\b[^,;:()\d]*\(\s*", re.I)
    for index in range(1, len(named)):
        share, fact = named[index - 1], named[index]
        if share.kind != "percent" or share.change or not share.counted or fact.kind != "count" or not fact.counted \
                or fact.sentence != share.sentence or fact.counted == share.counted:
            continue
        between = text[share.char_end:fact.char_start]
        whole = re.match(rf"\s*(?:{of})\s+(?:\w+\s+)?{re.escape(share.counted)}\b", between, re.I)  # "of all ... permits"
        if whole is None or not clause.fullmatch(between, whole.end()):
            continue
        old = fact.counted
        for later in range(index, len(named)):
            if named[later].sentence != fact.sentence:
                break
            if named[later].kind == "count" and named[later].counted == old:
                named[later] = replace(named[later], counted=share.counted)
    return named


@cache
def _pointer_opening(lang: str) -> re.Pattern:
    """The words before a figure of a sentence that points at a count named before ("Ce chiffre a progressé
    de", "En 2019, ce nombre est monté à") or goes on with a list ("Viennent ensuite") (built once per language)."""
    words = lexicon(lang).words
    # a ranking that goes on names only places where ``rankings_go_on_unnamed`` says so ("Le siguen Atlántico (160.736)")
    openers = () if words.rankings_go_on_unnamed else words.continuation_openers
    # "Ce niveau, inédit depuis 2016, traduit une augmentation de": an aside between commas may follow the pointer
    return re.compile(r"(?:^|[,:]\s*)\W*(?:{})\b(?:\s*,[^,;:]*,)?(?:[^,;:]|,(?=\d))*$|^\W*(?:{})\b".format(
        alternation(words.pointed_figures) or "(?!)", alternation(openers) or "(?!)"), re.I)


@cache
def _figure_pointer(lang: str) -> re.Pattern:
    """The words before a figure of a sentence whose subject points at a count named before ("Ce volume représente"),
    not one that goes on with a list (built once per language)."""
    return re.compile(r"(?:^|[,:]\s*)\W*(?:{})\b".format(alternation(lexicon(lang).words.pointed_figures) or "(?!)"), re.I)


@cache
def _figure_noun_subject(lang: str) -> re.Pattern | None:
    """A subject that names only the figure, right before it in its clause: "la cifra subió en 2021 a",
    "esa cifra llega a", "ese valor se duplica al", "la cifra del año se sitúa ya en" (built once per language)."""
    words = lexicon(lang).words
    if not words.bare_figure_subjects:
        return None
    articles = [*words.demonstratives, *words.definite_articles]
    of = alternation(words.of_words)
    between = rf"(?:(?!(?:{of}|que)\b)[^\W\d_]+\s+|(?:19|20)\d\d\s+)"
    nouns = alternation(words.bare_figure_subjects)
    copulas = alternation([*words.copulas, *words.singular_copulas])  # "la cifra fue de 8 mil 594": its copula and "de"
    # "el número" in a sentence naming a group counts that group (corpus_es batch 18): only a demonstrative points with it
    return re.compile(rf"(?<![^\W\d_])(?:(?:{alternation(articles)})\s+(?!número\b)(?:{nouns})|(?:{alternation(words.demonstratives)})\s+número)"
                      rf"(?:\s+{of}\s+(?:año|mes))?\s+(?:{between}{{0,6}}|(?:{copulas})\s+(?:{of})\s+)$", re.I)


def _figure_noun_subjects(facts, text: str, lex) -> list[NumericFact]:
    """A count or share whose subject names only the figure ("En 2020 fueron 8 mil 594; la cifra subió en 2021
    a 133 mil 726", "para el Magdalena esa cifra llega a 3,54%", "este número subió a 87") counts nothing, as
    "esa cifra" does: what an earlier figure counted is not carried to it."""
    pointer = _figure_noun_subject(lex.lang)
    if pointer is None:
        return facts
    of_set = re.compile(rf"\s*(?:{alternation(lex.words.of_words)})\b", re.I)
    named = list(facts)
    carried: tuple[str, str] | None = None  # the sentence and the head an emptied figure would have carried
    for index, fact in enumerate(named):
        if fact.counted is None or fact.kind not in ("count", "percent") or _own_noun(fact) \
                or fact.rule_id.startswith("table-row"):
            continue
        if pointer.search(text, max(0, fact.char_start - 80), fact.char_start) and not fact.rule_id.startswith("ratio") \
                and not of_set.match(text, fact.char_end):  # "la cifra llega a 70 por ciento de las víctimas": a share of a set
            carried = (fact.sentence, fact.counted)
            named[index] = replace(fact, counted=None)
        elif carried == (fact.sentence, fact.counted):
            # "la cifra subió en 2021 a 133 mil 726 y llegó a 248 mil 284", "esa cifra llega a 3,54%; para Vichada,
            # a 3,31%": the clauses that go on from it
            named[index] = replace(fact, counted=None)
    return named


def _pointed_figures(facts, text: str, lex) -> list[NumericFact]:
    """Figures of a sentence whose subject points at a figure named before ("Ce chiffre a progressé de
    0,4 % (soit 13 000)", "ce nombre est monté à 661 000"), or that goes on with a list ("Viennent ensuite
    l'Allemagne (460.000 ou 16%)"), count what the last count of the sentences before it in its
    paragraph counts, where they name nothing themselves."""
    pointer = _pointer_opening(lex.lang)
    named = list(facts)
    for index, fact in enumerate(named):
        if fact.kind not in ("count", "percent") or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        if start < 0 or not pointer.search(text[start:fact.char_start]):
            continue
        figure = _figure_pointer(lex.lang).search(text[start:fact.char_start])
        if fact.counted is not None and not (figure and re.search(rf"\b{re.escape(fact.counted)}\b",
                                                                  text[start:start + figure.start()], re.I)):
            continue  # "D'après une note qui résume les faits saillants, ce chiffre ...": a head read from the opener
        paragraph = max(text.rfind("\n\n", 0, start), 0)
        if figure and not text[paragraph:start].strip():
            # "Ce nombre représente un bond de 118%" opening its paragraph: the count of the paragraph before
            paragraph = max(text.rfind("\n\n", 0, paragraph), 0)
        before = next((f for f in reversed(named[:index]) if f.char_end <= start), None)
        if before is not None and before.kind == "percent" and _figure_pointer(lex.lang).search(text[start:fact.char_start]):
            # "1,7 million de demandes, c'est-à-dire 55 % du total. Ce volume représente": the share restates the count
            before = next((f for f in reversed(named[:index]) if f.sentence == before.sentence and f.kind == "count"
                           and not _ratio_base(f, named, text, lex)), before)
        if before is not None and before.kind == "count" and before.counted and before.char_start >= paragraph \
                and not is_place(before.counted, lex):
            named[index] = replace(fact, counted=before.counted)
    return named


@cache
def _scale_words(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A scale word standing alone ("billion", "mdd"), and what joins two listed amounts (built once per language)."""
    words = lexicon(lang).words
    return (re.compile(r"(?<![^\W\d_])({})(?![^\W\d_])".format(alternation(sorted(words.scales, key=len, reverse=True))), re.I),
            re.compile(r"\s*,?\s*(?:{})\s*".format(alternation(words.conjunctions) or "(?!)"), re.I))


def _shared_scales(facts, text: str, lex) -> list[NumericFact]:
    """Amounts that leave their scale word to a neighbour: an amount of money with decimals joined to the
    one before it and written without that one's scale word takes it ("to US$11.2 billion and US$3.0,
    respectively": 3.0 billion; but not "$5 billion and $200"), and a bare figure right before an amount
    that writes its scale and currency after it is an amount in them ("• Jalisco 5,235 5,403 mdd + 3.2%":
    two columns of millions of dollars)."""
    facts = list(facts)
    scales = lex.words.scales
    scale_word, joined = _scale_words(lex.lang)
    for index in range(1, len(facts)):
        previous, fact = facts[index - 1], facts[index]
        if previous.kind == fact.kind == "money" and previous.unit == fact.unit and previous.sentence == fact.sentence \
                and fact.value_max is None and fact.value < 1000 and not scale_word.search(fact.surface) \
                and re.search(r"\d[.,]\d", fact.surface) \
                and joined.fullmatch(text[previous.char_end:fact.char_start]) \
                and (scale := scale_word.search(previous.surface)) is not None:
            factor = scales[scale.group(1).lower()]
            facts[index] = replace(fact, value=fact.value * factor)
    for index in range(len(facts) - 1, 0, -1):
        previous, fact = facts[index - 1], facts[index]
        if previous.kind == "count" and fact.kind == "money" and previous.value_max is None and previous.counted is None \
                and previous.sentence == fact.sentence and re.fullmatch(r"[ \t]+", text[previous.char_end:fact.char_start]) \
                and re.fullmatch(r"\d[\d.,]*", previous.surface.strip()) \
                and (scale := scale_word.search(fact.surface)) is not None:
            # "• Jalisco 5,235 5,403 mdd + 3.2%": two columns of amounts, the unit written after the last
            factor = scales[scale.group(1).lower()]
            facts[index - 1] = replace(previous, value=previous.value * factor, kind="money", unit=fact.unit,
                                       counted=fact.counted)
    return facts


def _compared_groups(facts, text: str, lex) -> list[NumericFact]:
    """A figure set against the figure before it in its sentence, for another group and with no date of its
    own, is of that figure's date: "in 2022, 908 female victims were identified, against 166 male victims",
    "en 2007, 29 487 suisses sont partis à l'étranger contre 21 779 entrants". A figure of the same thing set
    against it ("remittances reached $5 billion, against $4.5 billion") is of another, unnamed time."""
    words = lex.words
    if not words.dates.group_compared:
        return list(facts)
    against = re.compile(rf"\b{alternation(words.dates.group_compared)}\s+(?:[^\W\d_]+\s+){{0,2}}$", re.I)
    # "frente a un 20% de hombres y un 15% de niños": the next group of the same list
    joined = re.compile(rf"^(?:\s+(?:{alternation(words.of_words)})\s+[^\W\d_]+)?\s*,?\s*(?:{alternation(words.conjunctions)})\s+"
                        rf"(?:[^\W\d_]+\s+)?$", re.I)
    result: list[NumericFact] = []
    compared: NumericFact | None = None
    for fact in facts:
        previous = result[-1] if result else None
        if previous is not None and fact.as_of is None and fact.period_start is None and previous.as_of \
                and fact.sentence == previous.sentence and fact.kind == previous.kind and fact.kind in ("count", "percent") \
                and not fact.change and not previous.change \
                and fact.counted and previous.counted and fact.counted.lower() != previous.counted.lower() \
                and previous.as_of[:4] in text[max(0, previous.char_start - len(previous.sentence)):previous.char_start] \
                and (against.search(text, previous.char_end, fact.char_start)
                     or previous is compared and joined.search(text[previous.char_end:fact.char_start])) \
                and not re.search(r"\d", text[previous.char_end:fact.char_start]):
            # (the date is written before the first figure, in its sentence: "in 2022, 908 female victims"); shares
            # too: "En 2018, las mujeres fueron el 50% de las víctimas, frente a un 20% de hombres y un 15% de niños"
            fact = replace(fact, as_of=previous.as_of)
            compared = fact
        result.append(fact)
    return result


def _paired_ages(facts, text: str, lex) -> list[NumericFact]:
    """Years set beside an age in its sentence, after a conjunction or "contre", are an age too: "l'âge moyen
    s'établissait à 40,2 ans pour les femmes et 38,7 ans pour les hommes", "entre les Luxembourgeoises (42,8 ans)
    et les femmes de nationalité étrangère (37 ans)"; not "âgés de 18 ans et présents depuis 5 ans"."""
    words = lex.words
    joined = re.compile(r"(?:^|[\s(])(?:{})(?:$|[\s(])".format(
        alternation([*words.conjunctions, *words.dates.group_compared])), re.I)
    opening = re.compile(r"(?:(?:^|\s)(?:{})\s*|\s*\(\s*)$".format(
        alternation([*words.conjunctions, *words.dates.group_compared])), re.I)
    result: list[NumericFact] = []
    for fact in facts:
        previous = result[-1] if result else None
        between = text[previous.char_end:fact.char_start] if previous is not None else ""
        if previous is not None and previous.unit == "years old" and fact.unit == "year" and fact.sentence == previous.sentence \
                and 0 < len(between) <= 60 and not re.search(r"[\d.;:]", between) \
                and joined.search(between) and opening.search(between):
            fact = replace(fact, unit="years old")
        result.append(fact)
    return result


def _average_ages(facts, text: str, lex) -> list[NumericFact]:
    """Years given as an average are an age where the sentence speaks of age or its paragraph gave one before:
    "Ils sont plus jeunes - en moyenne 31 ans contre 36 ans", "Au 1er janvier 2018, il atteint 40,1 ans chez les
    femmes. Les Luxembourgeois affichent, eux, en moyenne 40,3 ans alors que les étrangers en comptent 36,9" (the
    bare decimal after it being one too); not "ils attendent en moyenne 2 ans"."""
    words = lex.words
    if not words.average_before:
        return list(facts)
    average = re.compile(r"(?:^|\W)(?:{})\W{{0,3}}$".format(alternation(words.average_before)), re.I)
    aged = re.compile(r"(?<!\w)(?:{})(?!\w)".format(alternation(words.age_words) or "(?!)"), re.I)
    facts = list(facts)

    def an_age(index: int, fact) -> bool:  # years of an age: after an average, or the years of a people
        start = _sentence_start(text, fact)
        earlier = any(f.unit == "years old" and f.char_end <= fact.char_start
                      and "\n" not in text[f.char_end:fact.char_start] for f in facts[:index])
        before = text[max(start, fact.char_start - 40):fact.char_start]
        holder = re.search(r"(\w+)\s*\(\s*$", before)
        return bool(average.search(before) and (earlier or aged.search(fact.sentence))
                    # "entre les Luxembourgeoises (42,8 ans)" after the paragraph's ages: the years of a people
                    or earlier and holder and (holder.group(1).lower() in words.age_holders
                                               or holder.group(1).istitle() and is_people(holder.group(1))))

    for index, fact in enumerate(facts):
        if fact.unit == "year" and fact.value_max is None and 15 <= fact.value < 120 and an_age(index, fact):
            facts[index] = replace(fact, unit="years old")
        elif fact.kind == "count" and fact.value < 120 and index > 0 \
                and re.fullmatch(r"\d+[.,]\d+", fact.surface.strip()) \
                and (previous := facts[index - 1]).unit == "years old" and previous.sentence == fact.sentence \
                and re.fullmatch(r"[^\d\n;:]{1,60}", text[previous.char_end:fact.char_start]):
            facts[index] = replace(fact, kind="other", unit="years old", counted=previous.counted)  # "en comptent 36,9"
    return facts


def _ratios_to_wholes(facts, text: str, lex) -> list[NumericFact]:
    """A percentage read as a ratio counts the whole the ratio is "to": "a ratio of 85% to the overall
    population increase", "a number whose ratio to the overall population increase stood at 147%" (the
    increase), as a share counts what it is a share of."""
    words = lex.words
    if not words.ratio_nouns or not words.ratio_links:
        return list(facts)
    links = alternation(words.ratio_links)
    after = re.compile(rf"\s*(?:{links})\s+((?:[^\W\d_][\w-]*\s*){{1,5}})", re.I)
    named = re.compile(rf"\b(?:{alternation(words.ratio_nouns)})\s+(?:{links})\s+((?:[^\W\d_][\w-]*\s*){{1,5}})", re.I)
    result = []
    for fact in facts:
        head = (fact.counted or "").lower().split()[-1:]
        if fact.kind == "percent" and head and head[0] in words.ratio_nouns:
            start = _sentence_start(text, fact)
            found = after.match(text, fact.char_end) or named.search(text, max(start, fact.char_start - 120), fact.char_start)
            whole = _whole_head(found.group(1).split(), lex) if found else None
            if whole:
                fact = replace(fact, counted=whole)
        result.append(fact)
    return result


def _whole_head(phrase: list[str], lex) -> str | None:
    """The last noun of the words after a ratio's "to", before a verb or a function word ("the overall
    population increase stood"): increase."""
    words = []
    for word in phrase:
        lower = word.lower()
        if lower in lex.words.determiners and not words:
            continue
        if lower in lex.spacy_stop_words or verb_form(lower, lex) \
                or lower in lex.words.subject_links and lower not in lex.phrases("change_nouns"):
            break  # "... increase stood at": the verb after the whole; "increase" is its noun
        words.append(word)
    return words[-1] if words else None


def _measured_ages(facts, lex) -> list[NumericFact]:
    """A bare figure that counts an average of ages is an age in years: "the median age was 30 for
    Zambian immigrants, 31 for those from the DRC" (age_measures)."""
    measures = {m.lower() for m in lex.words.age_measures}
    result = []
    for fact in facts:
        counted = " ".join((fact.counted or "").lower().split())
        if measures and fact.kind == "count" and fact.unit is None and fact.value_max is None and fact.value < 120 \
                and counted in measures and re.fullmatch(r"\d+(?:[.,]\d+)?", fact.surface.strip()):
            fact = replace(fact, kind="other", unit="years old", counted=lex.words.age_measure_unit)
        result.append(fact)
    return result


def _ranges_beside_ages(facts, text: str, lex) -> list[NumericFact]:
    """In a sentence that gives an age, a range of years and an upper bound of years are ages too: "69,6 % avaient
    moins de 35 ans : les jeunes de 15 à 24 ans 10,9 % et ceux de 25 à 34 ans 37,6 %", "76 mil 464 contaban con
    menos de 11 años, mientras que 30 mil 314 tenían entre 12 y 17 años"; and a bare range listed after such an
    age, its unit elided ("entre 30 a 44 años (19.4 %), de 45 a 59 (17.7 %)"), or a bare lower bound ("y de 60 a
    más (17.6 %)"). A single span of years ("depuis 5 ans") is left to its own words."""
    facts = list(facts)
    open_ended = re.compile(r"\s+(?:{})\b".format(alternation(lex.words.age_marks_after_years) or "(?!)"), re.I)
    aged = {f.sentence for f in facts if f.unit == "years old"}

    def last_age(index: int, fact):  # the age given last before the fact in its sentence
        return next((f for f in reversed(facts[:index]) if f.sentence == fact.sentence and f.unit == "years old"), None)

    for index, fact in enumerate(facts):
        if fact.sentence not in aged:
            continue
        if fact.unit == "year" and (fact.value_max is not None or fact.qualifier == "at_most"):
            facts[index] = replace(fact, unit="years old")
        elif fact.kind == "count" and fact.value_max is not None and fact.counted is None and fact.value_max < 120 \
                and not re.search(r"[^\W\d_]{3,}", fact.surface) and (age := last_age(index, fact)) is not None:
            facts[index] = replace(fact, kind="other", unit="years old", counted=age.counted)  # "de 45 a 59"
        elif fact.kind == "count" and fact.value_max is None and fact.counted is None and fact.value < 120 \
                and fact.surface.strip().isdigit() and open_ended.match(text, fact.char_end) \
                and (age := last_age(index, fact)) is not None:
            facts[index] = replace(fact, kind="other", unit="years old", counted=age.counted,
                                   qualifier=fact.qualifier or "at_least")  # "y de 60 a más"
    return facts


def _heading_years(facts, text: str) -> list[NumericFact]:
    """The rows of a table that no header, caption or line dates are of the one year of the heading of
    their section: "Origines et pays d'accueil 2021" / a paragraph / "Top 50 : les pays de provenance" /
    "Afghanistan | 125.483 | 3.129 |". Only headings are looked at, up past the paragraphs and the
    captions that name no year, and not past another table."""
    headings: dict[int, str | None] = {}  # the year of the heading above a table's first line, by that line's start
    dated = []
    for fact in facts:
        if not fact.rule_id.startswith("table-row") or fact.as_of or fact.period_start or fact.change:
            dated.append(fact)
            continue
        start, _ = _line_bounds(text, fact)
        if start not in headings:
            walked, year = [start], None
            for above, line in _lines_above(text, start):
                if above in headings:
                    year = headings[above]
                    break
                stripped = line.strip()
                if not stripped or "|" in stripped or stripped[-1] in ".!?:":
                    walked.append(above)  # blank lines, the table's own lines and the section's sentences
                    continue
                years = set(_LIST_YEAR.findall(stripped))
                if years:  # a heading or caption with a year: the table's year if it names only one
                    year = years.pop() if len(years) == 1 and len(stripped) <= 80 \
                        and not re.search(r"\d", _LIST_YEAR.sub("", stripped)) else None
                    break
                walked.append(above)  # a caption that names no year
            headings.update(dict.fromkeys(walked, year))
        year = headings[start]
        dated.append(replace(fact, as_of=year) if year else fact)
    return dated


def _infobox_items(facts, text: str, lex) -> list[NumericFact]:
    """The lines of an encyclopedia's box of a people's numbers by country, under its lead ("Overseas
    Filipinos" ... "Regions with significant populations" / " United States 3,416,840[2]"), count the people
    the page's title names ("Filipinos", "Les Portugais"), or else the lead's noun ("Populations importantes
    selon le pays ou la région")."""
    facts = list(facts)
    if not lex.words.infobox_leads:
        return facts
    lead_pattern = re.compile(rf"^\s*(?:{alternation(lex.words.infobox_leads)})\b", re.I | re.M)
    if not lead_pattern.search(text):
        return facts  # no box in the text
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    # "Overseas Filipinos", "Les Portugais" (a people's noun takes a capital in French); not "Diaspora libanaise"
    people = next((w for w in reversed(re.findall(r"[^\W\d_][\w'’-]*", title)) if is_people(w) and w[:1].isupper()
                   and (is_plural(w.lower(), lex) or lex.words.head_first)), None)
    leads: dict[int, str | None] = {}  # the lead of the box an item line is in, by the line's start
    for index, fact in enumerate(facts):
        start, _ = _line_bounds(text, fact)
        item = text[start:fact.char_start]
        if fact.rule_id.startswith("table-row"):  # a box's item read as a table's row: its label
            item = item if re.fullmatch(r"[^\d|]+", item) and item.split() and item.split()[0].lower() in lex.words.flag_words else ""
        if fact.kind != "count" or not _infobox_item(item, lex):
            continue
        if start not in leads:  # up past the items above to the line that leads them
            line = next((line for _, line in _lines_above(text, start) if lead_pattern.match(line)
                         or line.strip() and not _infobox_item(re.split(r"\d", line, maxsplit=1)[0], lex)), "")
            leads[start] = line if lead_pattern.match(line) else None
        lead = leads[start]
        if lead is not None:
            head = people or _first_plural_word(lead, lex)
            facts[index] = replace(fact, counted=head) if head else fact
    return facts


def _infobox_item(label: str, lex) -> bool:
    """Whether the words before a figure on its line are a place alone (" United States ", " Brésilc. "): an item
    of a box of numbers by country."""
    label = label.strip(" \t:|")
    words = label.split()
    if len(words) > 2 and words[0].lower() in lex.words.flag_words:
        # "Drapeau de la France France", "Drapeau du pays de Galles Pays de Galles": the place after its flag's caption
        return any(" ".join(words[k:]).lower() in " ".join(words[1:k]).lower() for k in range(len(words) - 1, 1, -1))
    return bool(label) and (is_place(label, lex) or is_place(label.rstrip("c."), lex))


def _first_plural_word(line: str, lex) -> str | None:
    """The first plural noun of a line of words ("Populations importantes selon le pays": Populations)."""
    return next((w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if is_plural(w.lower(), lex)
                 and w.lower() not in lex.spacy_stop_words), None)


def _parallel_shares_of(facts, text: str, lex) -> list[NumericFact]:
    """Shares that go on from one that names its whole after it ("ces transferts ont pesé 3,3% du PIB
    en RDC, contre 3,8% à Sao Tomé, puis 2,4% pour le Rwanda") are shares of that whole too, where they
    name none of their own; what the sentence's subject named for them gives way."""
    facts = list(facts)
    of_after, of_inside, of_whole = _share_wholes(lex.lang)
    whole: NumericFact | None = None  # the last share of the sentence that named its whole, while shares go on from it
    for index, fact in enumerate(facts):
        if fact.kind != "percent":
            whole = None
            continue
        previous = facts[index - 1] if index else None
        # "la mitad de los casos", "un tiers de la population": a fraction's span may hold its "of" and its whole
        of = of_after.match(text, fact.char_end)
        own = of or of_inside.search(fact.surface)
        goes_on = whole is not None and previous is not None and not fact.change \
            and fact.sentence == previous.sentence and previous.kind == "percent" \
            and not re.search(r"[.;:()]", text[previous.char_end:fact.char_start]) \
            and fact.char_start - previous.char_end < 80
        # "1 in every 97 people": a ratio that ends in its noun names what it is a share of
        noun_in_span = fact.rule_id.startswith("ratio") and bool(fact.counted) and fact.surface[-1:].isalpha()
        if goes_on and not own and not noun_in_span:
            facts[index] = fact = replace(fact, counted=whole.counted)
            continue
        named = of is not None and not fact.change and fact.counted \
            and (after := of_whole.match(text, of.end())) is not None \
            and after.group(1).lower().startswith(fact.counted.lower()) \
            and not after.group(1)[len(fact.counted):len(fact.counted) + 1].isalnum()
        whole = fact if named or noun_in_span and goes_on else None
    return facts


def _nationality_items(facts, text: str, lex) -> list[NumericFact]:
    """A count printed straight after a people's name in a list of nationalities ("The three leading
    nationalities ... were Syrians 1,000, or 82 per cent, Somalian 35, or 3 per cent, and Iraqi 35") counts
    that name as written, and so does its share restated after "or"; a country's name there ("Top 3
    nationalities: India 16%") is a place, and its figures keep the set's noun."""
    from ..countries import is_region, names_country

    if lex.words.head_first:
        return list(facts)
    facts = list(facts)
    before = re.compile(rf"(?:\b(?:{alternation(lex.words.copulas)}|{alternation(lex.words.conjunctions)})|,)\s+"
                        r"([A-Z][a-z]+)\s+$")
    restated = re.compile(rf"\s*,?\s*(?:{alternation(lex.words.restatement_words)})\s+$", re.I)
    for index, fact in enumerate(facts):
        head = (fact.counted or "").split()[-1:]
        if fact.kind != "count" or not head or head[0].lower() not in lex.words.nationality_words \
                or head[0].lower() in fact.surface.lower():
            continue
        name = before.search(text[max(0, fact.char_start - 40):fact.char_start])
        if name is None or names_country(name.group(1)) or is_region(name.group(1)) \
                or name.group(1).lower() in lex.words.place_words:
            continue  # ("Iraqi" reads as a place by its likeness to "Iraq", so no likeness is asked)
        facts[index] = replace(fact, counted=name.group(1))
        following = facts[index + 1] if index + 1 < len(facts) else None
        if following is not None and following.kind == "percent" and following.sentence == fact.sentence \
                and restated.fullmatch(text[fact.char_end:following.char_start] + " "):
            facts[index + 1] = replace(following, counted=name.group(1))
    return facts


def _closing_wholes(facts, text: str, lex) -> list[NumericFact]:
    """Shares listed close together with nothing between them but places, ages and bracketed earlier
    values, before a last share that names its whole ("Ireland was picked by 8.4% (in 2013, 8.5%), Germany by
    7.9% ..., Belarus by 2.8% (in 2013, 2.5%) of emigrants", "those aged 25-29 - 17.9%, and those aged 30-34 -
    13.3% of all emigrants"), are shares of that whole, where they name none."""
    facts = list(facts)
    of_after, _, of_whole = _share_wholes(lex.lang)
    for index in range(len(facts) - 1, 0, -1):
        last = facts[index]
        if last.kind != "percent" or not last.counted or last.change:
            continue
        aside = re.compile(r"\s*\([^()\n]*\)").match(text, last.char_end)  # "2.8% (in 2013, 2.5%) of emigrants"
        of = of_after.match(text, aside.end() if aside else last.char_end)
        after = of_whole.match(text, of.end()) if of else None
        if after is None or not after.group(1).lower().startswith(last.counted.lower()) \
                or not is_plural(last.counted.split()[-1].lower(), lex):
            continue  # "el 26.4 % de la sierra": a place, no whole
        k = index - 1
        # the items are set apart by commas, brackets or dashes ("85% Developing regions were host to 85 per cent
        # of the refugees": a headline's share before its sentence is none)
        while k >= 0 and facts[k].sentence == last.sentence and facts[k + 1].char_start - facts[k].char_end < 40 \
                and re.search(r"[,()–—-]", text[facts[k].char_end:facts[k + 1].char_start]) \
                and not re.search(r"[.;:]", text[facts[k].char_end:facts[k + 1].char_start]) and (
                facts[k].kind == "percent" and not facts[k].counted and not facts[k].change
                or facts[k].kind == "other" and facts[k].unit in lex.words.ages):
            if facts[k].kind == "percent":
                facts[k] = replace(facts[k], counted=last.counted)
            k -= 1
    return facts


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+\s+[^\W\d_]+)\s+$")  # "made up " before a share: the verb it repeats


def _repeated_share_verbs(facts, text: str, lex) -> list[NumericFact]:
    """A share that repeats the verb of an earlier share of its sentence which named its whole is a
    share of that whole too, where it names none ("Lithuanian citizens made up 66 percent of people who
    left ..., while foreign nationals made up 34 percent"): its subject is a part, not the whole."""
    facts = list(facts)
    of_after, _, of_whole = _share_wholes(lex.lang)
    wholes: dict[str, NumericFact] = {}  # the verb before a share of the sentence that named its whole
    for index, fact in enumerate(facts):
        if index and fact.sentence != facts[index - 1].sentence:
            wholes = {}
        if fact.kind != "percent" or fact.change:
            continue
        before = _TWO_WORDS_BEFORE.search(text, max(0, fact.char_start - 40), fact.char_start)
        if before is None:
            continue
        said = " ".join(before.group(1).lower().split())
        of = of_after.match(text, fact.char_end)
        if of is None and said in wholes and wholes[said].counted:
            facts[index] = replace(fact, counted=wholes[said].counted)
        elif of is not None and fact.counted and (after := of_whole.match(text, of.end())) is not None \
                and after.group(1).lower().startswith(fact.counted.lower()):
            wholes[said] = fact
    return facts


@cache
def _share_wholes(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The "of" right after a share, an "of" inside a fraction's span, and the words of the whole after the
    "of" past an article (built once per language)."""
    words = lexicon(lang).words
    of = alternation(words.of_words)
    return (re.compile(rf"\s*(?:{of})\b", re.I), re.compile(rf"\s(?:{of})(?:\s|$)", re.I),
            re.compile(rf"\s*(?:(?:{alternation(words.determiners)})\s+)?([^\n]{{1,60}})", re.I))


@cache
def _qualified_count(lang: str) -> re.Pattern:
    """The words between a count's noun and a share in brackets that only qualify the noun: " with single
    adults (", " from Syria (" (built once per language)."""
    words = lexicon(lang).words
    return re.compile(rf"\s+(?:{alternation(words.subject_prepositions)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}"
                      r"[^\W\d_][\w'’-]*\s*\(\s*", re.I)


def _bracketed_shares_of_counts(facts, text: str, lex) -> list[NumericFact]:
    """A share in brackets after a count and the words that qualify its noun is a share of what the
    count counts: "85,563 encounters with single adults (78 percent)", "1 155 individuals from Syria
    (81%)" count encounters and individuals, not adults or Syria."""
    facts = list(facts)
    pattern, of_total = _qualified_count(lex.lang), _pass_words(lex.lang).of_total
    for index, (count, share) in enumerate(zip(facts, facts[1:]), start=1):
        if share.kind == "percent" and share.change is None and count.kind == "count" and count.counted \
                and count.sentence == share.sentence \
                and pattern.fullmatch(text, count.char_end, share.char_start) \
                and (re.match(r"\s*\)", text[share.char_end:share.char_end + 3])
                     or (total := of_total.match(text, share.char_end)) and re.match(r"\s*\)", text[total.end():total.end() + 3])):
            facts[index] = replace(share, counted=count.counted)  # "(60.8 percent of the total)": of the count's set
        elif share.kind == "percent" and share.change is None and count.kind == "count" and count.counted is None \
                and share.counted and count.sentence == share.sentence and count.change is None \
                and re.fullmatch(r"\s*\(\s*", text[count.char_end:share.char_start]) \
                and re.match(r"\s*\)", text[share.char_end:share.char_end + 3]) \
                and is_plural(share.counted.lower().split()[0 if lex.words.head_first else -1], lex) \
                and not is_place(share.counted, lex):
            # "ahead of Pakistan on 2.0 million (13.1 percent)": a count with no noun counts what its share is of
            facts[index - 1] = replace(count, counted=share.counted)
    return facts


def _names_country(counted: str, sentence: str) -> bool:
    """Whether what a reading counts is a country's name, not its people's, whole ("Côte d'Ivoire") or cut
    before its "d'" or hyphen as the sentence writes it ("Côte" of "Côte d'Ivoire : 4 442"): a place counts
    nothing."""
    from ..countries import names_country

    if not counted[:1].isupper():
        return False
    if names_country(counted):
        return True
    rest = re.search(rf"\b{re.escape(counted)}((?:\s+d['’]|-)[^\W\d_]+)", sentence)
    if rest is not None and names_country(counted + rest.group(1)):
        return True
    # "Estados Unidos: 1.407", "Gran Bretaña: 632": the last word of a country's name of two words
    first = re.search(rf"([^\W\d_]+)\s+{re.escape(counted)}\b", sentence)
    return first is not None and names_country(f"{first.group(1)} {counted}")


@cache
def _changed_noun(lang: str) -> re.Pattern | None:
    """ "avec une demande en recul de", "voit sa demande croître de": a noun with its determiner, then
    a change in apposition or in the infinitive, up to the figure (built once per language)."""
    words = lexicon(lang).words
    infinitives = [p for p in (*words.changes.increase, *words.changes.decrease)
                   if re.fullmatch(r"[^\W\d_]+(?:er|ir|re)\s+(?:de|d')", p)]
    if not words.change_appositions or not infinitives:
        return None
    return re.compile(rf"\b{alternation(words.determiners)}\s+([^\W\d_][\w-]*)\s+"
                      rf"{alternation([*words.change_appositions, *infinitives])}\s*$", re.I)


def _changed_nouns(facts, text: str, lex) -> list[NumericFact]:
    """A change counts the noun whose change it is, right before it, singular too, whatever the sentence's
    subject: "la Géorgie glisse au septième rang, avec une demande en recul de 30 %" (demande)."""
    pattern = _changed_noun(lex.lang)
    if pattern is None:
        return list(facts)
    named = []
    for fact in facts:
        # "la balance des services a vu son excédent grimper de 14,2%": the noun right before names it, not the subject
        if fact.kind == "percent" and fact.change:
            found = pattern.search(text, max(0, fact.char_start - 80), fact.char_start)
            noun = found.group(1) if found else None
            # over a reading's noun only after an article or a possessive, not an "of" ("Les transferts des MRE en
            # hausse de 8,3%": the transferts)
            article = found.group(0).split()[0].lower() not in lex.words.of_words if found else False
            if noun and noun.lower() not in lex.words.figure_words and not is_place(noun, lex) \
                    and (fact.counted is None or article):
                fact = replace(fact, counted=noun)
        named.append(fact)
    return named


def _list_leads(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """Lines of labelled figures that name nothing count what the line leading into the list names:
    "Así se reparten los migrantes venezolanos en la región:" then "Colombia: 1,84 millones",
    "Ecuador: 508.900" (migrantes)."""
    facts = list(facts)
    place_sets = frozenset(lex.words.place_sets)
    index = 0
    while index < len(facts):
        fact = facts[index]
        line_start, line_end = _line_bounds(text, fact)
        index += 1
        # "-- California (24%)": an item may give its place's share alone
        if fact.counted is not None or fact.kind not in ("count", "percent") or fact.change \
                or not _list_line(text[line_start:line_end]):
            continue
        lead_end = _lead_end(text, line_start)
        if lead_end is None:
            continue
        lead_start = text.rfind("\n", 0, lead_end) + 1
        # "2017 - 1,127,167 people receive ... . The leading countries of origin among these recipients:": the
        # lead is the line's last sentence
        lead_start += max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÀ-Ý])", text[lead_start:lead_end])), default=0)
        if index > 1 and facts[index - 2].char_end > lead_start:
            # "Se contaron 1.830.214 habitantes, repartidos de este modo:": the lead's one count names the items' set
            in_lead = [f for f in facts[:index - 1] if f.char_start >= lead_start]
            noun = in_lead[0].counted if len(in_lead) == 1 and in_lead[0].kind == "count" and not in_lead[0].change \
                and not in_lead[0].rule_id.startswith("table-row") else None
        else:
            colon = token_at.get(lead_end - 1)
            first = next((i for i in range(lead_start, lead_end) if i in token_at), None)
            # the places the items name are no set: "The leading countries of origin among the recipients:"
            noun = first_plural_noun(doc, token_at[first], colon, lex, figure=False, skip=place_sets) \
                if colon is not None and first is not None else None
        if noun is None:
            continue
        facts[index - 1] = replace(fact, counted=noun)
        while index < len(facts) and facts[index].kind in ("count", "percent") and facts[index].counted is None:
            if facts[index].kind == "percent":
                # "- Maroc : 5 654 (10,5%)": an item's share in brackets after its count is of the same set
                if facts[index].char_start > line_end or not _bracketed_after(text, facts[index - 1], facts[index]):
                    break
                facts[index] = replace(facts[index], counted=noun)
                index += 1
                continue
            start, end = _line_bounds(text, facts[index])
            if not _list_line(text[start:end]) or text[line_end:start].strip():
                break  # the list ends at a line that is no labelled figure
            facts[index] = replace(facts[index], counted=noun)
            line_end = end
            index += 1
    return facts


def _inline_list_leads(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """Figures in brackets after the names a sentence lists after its colon, and that name nothing, count what the
    words before the colon name: "The five main origins of the arrivals were: Peru (12.1%), then Chile (9.8%)"
    (arrivals); the kind of place the names are is the set only where the lead names nothing else ("The top
    destination regions were: Asia (40%); next Europe (31%)": regions)."""
    facts = list(facts)
    place_sets = frozenset(lex.words.place_sets)
    item = _inline_list_item(lex.lang)
    for index, fact in enumerate(facts):
        if fact.counted is not None or fact.kind not in ("count", "percent") or fact.change \
                or fact.rule_id.startswith("table-row") or not re.search(r"\b[A-Z][\w.’'-]*\s*\(\s*$", text[:fact.char_start]):
            continue
        start = _sentence_start(text, fact)
        colon = text.find(":", start, fact.char_start) if start >= 0 else -1
        if colon < 0:
            continue
        listed = text[colon + 1:fact.char_start - 1]
        while (bare := re.sub(r"\([^()]*\)", " ", listed)) != listed:
            listed = bare  # the items before, with their brackets
        if not item.fullmatch(listed):
            continue
        first = next((token_at[i] for i in range(start, colon) if i in token_at), None)
        end = token_at.get(colon)
        if first is None or end is None:
            continue
        noun = first_plural_noun(doc, first, end, lex, figure=False, skip=place_sets) \
            or next((t.text for t in doc[first:end] if t.lower_ in place_sets and is_plural(t.lower_, lex)), None)
        if noun is not None:
            facts[index] = replace(fact, counted=noun)
    return facts


@cache
def _inline_list_item(lang: str) -> re.Pattern:
    """The words between a sentence's colon and an item of the list after it (built once per language): names,
    commas and semicolons, a conjunction, a word that goes on a list ("then", "next") and an article."""
    words = lexicon(lang).words
    links = alternation([*words.conjunctions, *words.list_continuations, *words.determiners])
    return re.compile(rf"(?:\s*(?:[,;]|(?i:{links})\b|[A-Z][\w.’'-]*))*\s*")


def _opening_pronoun_sets(facts, text: str, lex) -> list[NumericFact]:
    """A sentence opened by "Of them," or "Of these," right after a sentence of no figure counts the one plural noun
    that sentence names: "For foreign graduates, the balance was positive. Of them, 2,310 stayed on, while 870 left"
    (graduates). Figures that write their own noun keep it."""
    facts = list(facts)
    if lex.lang != "en":
        return facts
    opening = re.compile(rf"{alternation(lex.words.set_pronouns)}\s*,", re.I)
    for index, fact in enumerate(facts):
        if fact.kind not in ("count", "percent") or _own_noun(fact) or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        if start <= 0 or not opening.match(text, start):
            continue
        before_start = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 1)) + 1
        before = text[before_start:start]
        if re.search(r"\d", before):
            continue
        nouns = {w for w in re.findall(r"\b[a-z]+\b", before) if is_plural(w, lex) and w not in lex.spacy_stop_words
                 and w not in lex.words.generic_heads and w not in lex.words.place_sets}
        if len(nouns) == 1:
            facts[index] = replace(fact, counted=nouns.pop())
    return facts


def _lead_end(text: str, line_start: int) -> int | None:
    """Where the line that leads into a list ending at ``line_start`` ends in its colon: the line right
    above, or the one above a title line of no figure ("... repartidos de este modo:" / "Resultados Primer
    Censo del País" / "Buenos Aires 495.107")."""
    above = text[:line_start].rstrip()
    if above.endswith(":"):
        return len(above)
    title_start = above.rfind("\n") + 1
    title = above[title_start:].strip()
    if not title or len(title) > 60 or re.search(r"[\d:.;]", title):
        return None
    lead = text[:title_start].rstrip()
    return len(lead) if lead.endswith(":") else None


def _list_dates(facts, text: str, lex) -> list[NumericFact]:
    """The items of a list led by a line that ends in a colon and names one year ("Les immigrants
    admis en 2010 ont pour pays de naissance les pays que voici:" / "- Maroc : 5 654 (10,5%)") are as of
    that year, where their lines give no date of their own."""
    dated = []
    leads: dict[int, str | None] = {}  # the year of the lead of the list a line is in, by the line's start
    for fact in facts:
        start, end = _line_bounds(text, fact)
        if start not in leads:
            walked, year = [start], None
            for above, line in _lines_above(text, start):
                if above in leads:  # a line of the same list, whose lead is known
                    year = leads[above]
                    break
                if line.strip() and not _list_line(line):  # blank lines between the items go on with the list
                    year = _lead_year(line, lex)
                    break
                walked.append(above)
            leads.update(dict.fromkeys(walked, year))
        year = leads[start]
        if year and fact.as_of is None and fact.period_start is None and fact.kind in ("count", "percent") and not fact.change \
                and _list_line(text[start:end]) and not _LIST_YEAR.search(text[start:end]):
            fact = replace(fact, as_of=year)
        dated.append(fact)
    return dated


def _lines_above(text: str, start: int):
    """The lines over the line at offset ``start``, nearest first, each with its offset."""
    k = start
    while k > 0:
        above = text.rfind("\n", 0, k - 1) + 1
        yield above, text[above:k - 1]
        k = above


def _lead_year(line: str, lex) -> str | None:
    """The one year a list's lead dates its items by ("admis en 2010 ... :", "2017 - The US states where
    ... are:"), not "depuis 2015"."""
    years = set(_LIST_YEAR.findall(line))
    if not line.rstrip().endswith(":") or len(years) != 1:
        return None
    year = years.pop()
    return year if re.search(rf"\b{alternation(year_prepositions(lex.lang))}\s+{year}\b|^\s*{year}\s*[-–—]\s[^.]*$", line, re.I) \
        else None  # a year that opens the line dates the list where one sentence leads it


_LIST_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _bracketed_after(text: str, previous: NumericFact, fact: NumericFact) -> bool:
    """Whether ``fact`` opens a bracket right after ``previous``: "5 654 (10,5%)"."""
    return re.fullmatch(r"\s*\(\s*", text[previous.char_end:fact.char_start]) is not None


def _line_bounds(text: str, fact: NumericFact) -> tuple[int, int]:
    """Where the line of a fact begins and ends in ``text``."""
    end = text.find("\n", fact.char_end)
    return text.rfind("\n", 0, fact.char_start) + 1, len(text) if end < 0 else end


@cache
def _pronoun_opening(lang: str) -> re.Pattern | None:
    """"Ils sont 212 693", "They went from 551,000": a pronoun, its verb and a preposition at most
    before a sentence's first figure (built once per language)."""
    pronouns = lexicon(lang).words.opening_pronouns
    return re.compile(rf"\W*{alternation(pronouns)}\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?$", re.I) if pronouns else None


def _pronoun_counts(facts, text: str, lex) -> list[NumericFact]:
    """A sentence that opens on a plural pronoun and its verb, then a count ("Ils sont 212 693 à avoir
    gagné la RDC, 118 849 le Tchad", "They numbered 4,100"), counts what the first count of the
    sentence before it counted (réfugiés), not a share's whole."""
    words = lex.words
    opening = _pronoun_opening(lex.lang)
    if opening is None:
        return facts
    facts = list(facts)
    groups: list[list[int]] = []
    for index, fact in enumerate(facts):
        if groups and facts[groups[-1][0]].sentence == fact.sentence:
            groups[-1].append(index)
        else:
            groups.append([index])
    for before, group in zip([[]] + groups, groups):
        first = facts[group[0]]
        start = _sentence_start(text, first)
        if first.kind != "count" or start < 0 or not opening.fullmatch(text, start, first.char_start):
            continue
        adjacent = before and not _sentence_between(text, facts[before[-1]].char_end, start)
        named = next((facts[i] for i in before if facts[i].kind == "count" and facts[i].counted
                      and is_plural(facts[i].counted.split()[0 if words.head_first else -1].lower(), lex)), None) \
            if adjacent else None
        own = _own_noun(first)
        if not adjacent and not own and not words.head_first:
            # "Non-permanent residents keep growing in number. They went from 551,000 to 588,000": after a sentence
            # with no figure, the plural noun its subject opens with
            subject = _figureless_subject(text, start, lex)
            named = replace(first, counted=subject) if subject else None
        if named is None or named.counted == first.counted or own:
            continue  # "They included 11.8 million individuals": the count names its own noun
        borrowed = first.counted
        for i in group:
            if facts[i].kind == "count" and facts[i].counted in (borrowed, None) \
                    and (not facts[i].counted and not adjacent  # a blank figure takes the noun only where none came before
                         and not _place_held(text, facts[i], lex)
                         or facts[i].counted and facts[i].counted.lower() not in facts[i].surface.lower()):
                facts[i] = replace(facts[i], counted=named.counted)
    return facts


def _place_held(text: str, fact: NumericFact, lex) -> bool:
    """Whether a place right before a figure holds it ("ahead of Pakistan on 2.0 million", "Egypt 1.6 million"):
    an item of a list by place, which counts what the list's set counts, not the pronoun's noun."""
    label = re.search(r"([^\W\d_][\w'’-]*)\s+(?:(?:on|at|with)\s+)?$", text[max(0, fact.char_start - 40):fact.char_start])
    return bool(label) and label.group(1)[:1].isupper() and is_place(label.group(1), lex)


def _figureless_subject(text: str, start: int, lex) -> str | None:
    """The plural noun that opens the subject of the sentence just before ``start`` in its paragraph, where
    that sentence holds no figure and opens, past a short aside ("Even so, "), on an
    article or adjectives and that noun: "Even so, non-permanent residents keep growing" -> residents."""
    paragraph = text.rfind("\n\n", 0, start) + 1
    pieces = [p for p in re.split(r"(?<=[.!?])\s+", text[paragraph:start].strip()) if p]
    if not pieces or re.search(r"\d", pieces[-1]) or not pieces[-1].endswith("."):
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*|,", re.sub(r"^[^,.;:\d]{0,20},\s*", "", pieces[-1]))
    for k, word in enumerate(words[:4]):
        lower = word.lower()
        if word == "," or lower in lex.spacy_stop_words and lower not in lex.words.determiners:
            return None
        if _plural_content_noun(lower, lex) and not verb_form(word, lex):
            following = words[k + 1].lower() if k + 1 < len(words) else ""
            return word if following and following not in lex.words.subject_prepositions else None
    return None


def _respective_sets(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """Two figures given "respectively" for two sets named before them, in order: "migrant workers and
    international students, whose numbers rose by 16.6 percent and 8.9 percent, respectively, to 67,111 and
    16,932" (workers, students; workers, students). A figure that names its own noun keeps it."""
    facts = list(facts)
    words = lex.words
    if not words.respective_words:
        return facts
    respective = re.compile(rf"\b{alternation(words.respective_words)}\b", re.I)
    if not respective.search(text):
        return facts
    # "ont baissé de 2,6 % et 2,4 %", "disminuyeron un 3% y un 5%": an article or a "de" may stand before the second
    links = alternation([*words.one_words, *COMMON.words.repeated_prepositions, *words.change_by_words])
    joiner = re.compile(rf"\s*,?\s*{alternation(words.conjunctions)}\s+(?:(?:{links})\s*)?", re.I)
    said_before = re.compile(rf"\b(?:{alternation(words.respective_words)})\s+(?:(?:{links})\s*)?$", re.I)
    reached = re.compile(rf"[\s,]*{alternation(words.dates.period_to)}\s+", re.I)  # "..., respectively, to 67,111"
    index = 0
    while index < len(facts) - 1:
        first, second = facts[index], facts[index + 1]
        start = token_at.get(first.char_start)
        if not (first.kind == second.kind != "money" and first.sentence == second.sentence and start is not None
                and joiner.fullmatch(text[first.char_end:second.char_start])):
            index += 1
            continue
        said = respective.match(text[second.char_end:second.char_end + 20].lstrip(" ,"))
        before_said = said_before.search(text, max(0, first.char_start - 30), first.char_start)
        if before_said and not first.change and not second.change:
            # "reculent respectivement de 2,6% et 2,4%", "disminuyeron respectivamente un 3% y un 5%": the verb of change
            # before the adverb changes both
            verb = re.search(r"([^\W\d_][\w'’]*)\s*$", text[max(0, before_said.start() - 30):before_said.start()])
            link = before_said.group().split()[1:]
            changes = lex.phrases("changes")
            direction = verb and (changes.get(" ".join([verb.group(1).lower(), *link]).lower())
                                  or changes.get(verb.group(1).lower()))
            if direction:
                facts[index], facts[index + 1] = replace(first, change=direction), replace(second, change=direction)
                first, second = facts[index], facts[index + 1]
        if not said and not before_said:
            index += 1
            continue
        sentence = doc[start].sent
        # the end of the pair and of an adverb after it ("..., respectively,"); none said after the figures ends them
        end = second.char_end + (said.end() if said else 0) \
            + (len(text[second.char_end:]) - len(text[second.char_end:].lstrip(" ,")))
        of = re.match(rf"[\s,]*(?=(?:{alternation(words.of_words)})\s)", text[end:end + 12], re.I)
        whole = counted_after(doc, text, token_at[end + of.end()], sentence.end_char, after_of=True) \
            if first.kind == "percent" and of and end + of.end() in token_at else None
        if whole is not None:
            # "made up 4.7 percent and 3.4 percent, respectively, of the employed labour force": two shares of one whole
            for position in (index, index + 1):
                if not _own_noun(facts[position]):
                    facts[position] = replace(facts[position], counted=whole.text)
            index += 2
            continue
        pairs = []
        if words.head_first and first.kind != "percent":
            index += 2  # "devant les Algériens et les Tunisiens, qui en ont reçu respectivement 31 943 et 22 630": the
            continue  # counts of what "en" stands for, read by _respective_pairs
        if _own_noun(first) or _own_noun(second):
            # "hasta sumar 44.000 y 27.000 personas, respectivamente": the pair counts the noun one of them names
            index += 2
            continue
        for token in doc[sentence.start:start]:
            if token.lower_ not in words.conjunctions:
                continue
            before = [t for t in doc[max(sentence.start, token.i - 4):token.i] if t.is_alpha]
            after = [t for t in doc[token.i + 1:min(start, token.i + 5)] if t.is_alpha]
            left = next((t for t in reversed(before) if is_plural(t.lower_, lex) and not is_place(t.text, lex)
                         and t.lower_ not in lex.spacy_stop_words), None)
            right = next((t for t in after if is_plural(t.lower_, lex) and not is_place(t.text, lex)
                          and t.lower_ not in lex.spacy_stop_words), None)  # "les décisions": not the article
            # "remittances sent by land-based workers and sea-based workers": the senders, not what is counted
            agents = any(t.lower_ in words.agent_words for t in doc[max(sentence.start, token.i - 8):token.i])
            if left is not None and right is not None and not agents:
                pairs.append((left.text, right.text))
        if pairs:
            group = [index, index + 1]
            if index + 3 < len(facts) and facts[index + 2].sentence == first.sentence \
                    and facts[index + 2].kind == facts[index + 3].kind != "money" \
                    and reached.fullmatch(text[end:facts[index + 2].char_start]) \
                    and joiner.fullmatch(text[facts[index + 2].char_end:facts[index + 3].char_start]):
                group += [index + 2, index + 3]  # the levels they reached: "..., respectively, to 67,111 and 16,932"
            for k, position in enumerate(group):
                fact = facts[position]
                if not _own_noun(fact):
                    facts[position] = replace(fact, counted=pairs[-1][k % 2])
            index = group[-1] + 1
        else:
            index += 1
    return facts


def _modified_head(doc: Doc, start: int, index: int, noun: str, lex) -> str | None:
    """The singular noun a change's clause opens with, where the first plural noun only modifies it from an
    "of" phrase or a participle's agent ("the outflow of migrant workers ... has fallen by 55 per cent",
    "Money sent by sea- and land-based workers ... rising 6.4 percent"): the change is the head's. Only
    determiners and a lead before a colon or a conjunction stand before the head; a figure word, a share
    word ("the number of", "the share of"), a change noun or a unit is no such head."""
    words = lex.words
    if words.head_first:
        return None
    plural = next((t for t in doc[start:index] if t.text == noun), None)
    if plural is None:
        return None
    colon = max((t.i for t in doc[start:plural.i] if t.text == ":"), default=start - 1)
    opening = [t for t in doc[colon + 1:plural.i] if not t.is_space]
    k = 0
    while k < len(opening) and (not opening[k].is_alpha or opening[k].lower_ in lex.spacy_stop_words):
        k += 1  # "Though the", "However, the": no content word before the head
    if k >= len(opening) - 1:
        return None
    head, link = opening[k], opening[k + 1]
    modifiers = opening[k + 2:]
    if link.lower_ in words.of_words:
        pass
    elif (verb_form(link.text, lex) or link.lower_ in words.irregular_participles) and modifiers \
            and modifiers[0].lower_ in words.agent_words:
        modifiers = modifiers[1:]  # "Money sent by ... workers"
    else:
        return None
    if len(modifiers) > 6 or not all(t.text in ("-", "‐") or t.is_alpha and (
            t.lower_ not in lex.spacy_stop_words or t.lower_ in words.determiners or t.lower_ == "and") for t in modifiers):
        return None  # "This edition of the Brief also puts": an adverb and a verb are no modifiers of a noun
    lower = head.lower_
    shares = {p.split()[0] for p in words.number_of}
    changes = lex.phrases("change_nouns")
    if not head.is_alpha or is_plural(lower, lex) or verb_form(lower, lex) or is_place(head.text, lex) \
            or lower in shares or lower in words.figure_words or lower in changes or lower in words.units \
            or lower in words.partitives or lower in words.remainder_nouns or lower in TOTAL_WORDS \
            or is_time_word(lower, lex) or lower in words.counted_stop:
        return None
    return head.text


def _sentence_nouns(facts, doc: Doc, token_at: dict[int, int], text: str, lex) -> list[NumericFact]:
    """The last resort for a sentence's first figure that no reading named: the first plural noun
    before it in its sentence ("Smuggling cases reported by the police show a 14 per cent increase",
    "Seasonal permits issued this spring were, at the last count, 6% above plan"). Later
    figures of the sentence are left alone: they restate or list what the first one counts, bar the end of
    a movement that starts at it ("from 2,386 in 2020 to 4,446 in 2021") and a change restated as a count
    ("grew by 2.8 percent, or 7,809"), which take the noun before them."""
    seen: set[int] = set()
    # "from 2,386 in 2020 to 4,446", "de los 2.622 de 2013 a los 5.400"
    moved = re.compile(rf"(?:\s+{alternation([*lex.words.dates.in_, *lex.words.year_of_words])}\s+(?:19|20)\d\d)?,?\s+"
                       rf"{alternation(lex.words.dates.period_to)}\s+(?:{alternation(lex.words.determiners)}\s+)?", re.I)
    restated = re.compile(rf"\s*,?\s*(?:{alternation(lex.words.restatement_words)})\s+", re.I)  # "2.8 percent, or 7,809"
    # "un 134,8% entre 2013 y 2017, pasando de 4.231 a 9.936": the levels a change moved between
    mover = alternation(lex.words.movement_words) if lex.words.head_first else "(?!)"
    starts = re.compile(rf",\s+(?:(?:{mover})\s+{alternation(lex.words.dates.period_from)}|from)\s+"
                        rf"(?:{alternation(lex.words.determiners)}\s+)?$", re.I)
    # "del total estimado de trabajadores migrantes, ": a total named before its figure set off by commas
    totals = [k.split()[-2] for k in lex.words.number_of if len(k.split()) >= 2 and k.split()[-2] in TOTAL_WORDS]
    totalled = re.compile(rf"\b(?:{alternation(totals) or '(?!)'})\b(?:\s+[^\W\d_]+)?\s+(?:{alternation(lex.words.of_words)})"
                          rf"\s+[^,;.:()\d]+,\s*$", re.I)
    named: list[NumericFact] = []
    for fact in facts:
        index = token_at.get(fact.char_start)
        sentence = doc[index].sent if index is not None else None
        first = sentence is not None and sentence.start not in seen
        if sentence is not None and fact.kind != "other":
            seen.add(sentence.start)  # a duration before ("whose contracts last less than one year") is no first figure
        if first and fact.counted is None and fact.kind in ("count", "percent") \
                and not gapped_agent_share(doc, index, lex):
            noun = first_plural_noun(doc, sentence.start, index, lex)
            if noun and fact.kind == "percent" and fact.change:
                noun = _modified_head(doc, sentence.start, index, noun, lex) or noun
            fact = replace(fact, counted=noun) if noun else fact
        elif named and fact.counted is None and named[-1].counted and fact.kind == named[-1].kind \
                and fact.sentence == named[-1].sentence and named[-1].change is None \
                and moved.fullmatch(text, named[-1].char_end, fact.char_start):
            fact = replace(fact, counted=named[-1].counted)
        elif named and fact.counted is None and named[-1].counted and fact.sentence == named[-1].sentence \
                and fact.kind == "count" and named[-1].kind == "percent" and named[-1].change and fact.change \
                and restated.fullmatch(text, named[-1].char_end, fact.char_start):
            fact = replace(fact, counted=named[-1].counted)  # "grew by 2.8 percent, or 7,809": the same change
        elif named and fact.counted is None and named[-1].counted and fact.sentence == named[-1].sentence \
                and fact.kind == "count" and named[-1].kind == "percent" and named[-1].change and fact.change is None \
                and starts.search(text[named[-1].char_end:fact.char_start]):
            fact = replace(fact, counted=named[-1].counted)
        elif named and fact.counted is None and named[-1].counted and fact.sentence == named[-1].sentence \
                and fact.kind == named[-1].kind == "count" and fact.change is None and named[-1].change is None \
                and re.fullmatch(r"\s*,\s*", text[named[-1].char_end:fact.char_start]) \
                and totalled.search(text, max(0, named[-1].char_start - 80), named[-1].char_start):
            # "del total estimado de trabajadores migrantes, 169 millones, 113,9 millones (67,4%) se desplazó": a part
            # of the total just stated in apposition, of its set
            fact = replace(fact, counted=named[-1].counted)
        elif len(named) > 1 and fact.counted is None and fact.kind == "percent" and fact.change is None \
                and named[-1].kind == named[-2].kind == "count" and named[-1].counted \
                and named[-1].counted == named[-2].counted and fact.sentence == named[-1].sentence == named[-2].sentence \
                and re.fullmatch(r"\s*\(\s*", text[named[-1].char_end:fact.char_start]) \
                and re.fullmatch(r"\s*,\s*", text[named[-2].char_end:named[-1].char_start]) \
                and totalled.search(text, max(0, named[-2].char_start - 80), named[-2].char_start):
            fact = replace(fact, counted=named[-1].counted)  # "..., 113,9 millones (67,4%)": that part's share of the total
        elif named and fact.counted is None and named[-1].counted and fact.sentence == named[-1].sentence \
                and fact.kind == "percent" and fact.change and named[-1].kind == "count" and named[-1].change is None \
                and _change_after_clause(text, named[-1], fact, lex):
            # "aparecen los hondureños, 78,248 en total, esto es, un 75.1% más": the change of the count just named
            fact = replace(fact, counted=named[-1].counted)
        named.append(fact)
    return named


# the mark that may open a line of a list: "- Siria — 6,7 millones", "• Kenya: 410"
_LIST_MARK = r"(?:--|[-–—•*▪◦])"
# a year that labels a line of a series, up to its colon: "2024:", "- 2025 (hasta octubre):"
_YEAR_LABEL = rf"{_LIST_MARK}?[^\S\n]*(?:19|20)\d\d\b[^:\n\d]{{0,30}}:"
_YEAR_LINE = re.compile(rf"[^\S\n]*{_YEAR_LABEL}[^\S\n]*$")


def _year_lines(facts, text: str, lex) -> list[NumericFact]:
    """The lines of a yearly series under a lead that names its figures: "... arrojan estas cifras de guatemaltecos
    deportados:" / "2024: 66 mil 435" / "2023: 20 mil 179" (guatemaltecos, each)."""
    figures = alternation(lex.words.figure_words)
    of = alternation([*lex.words.of_words, *lex.words.group_prepositions])  # "cifras de", "figures for"
    named: list[NumericFact] = []
    facts = list(facts)
    facts_counted = [f.counted for f in facts]  # what each figure counted before this pass
    for fact in facts:
        line_start = text.rfind("\n", 0, fact.char_start) + 1
        if fact.counted is None and fact.kind == "count" and _YEAR_LINE.fullmatch(text[line_start:fact.char_start]):
            lead_end = line_start
            while lead_end > 0:  # past blank lines and the series' other lines, up to its lead
                previous_start = text.rfind("\n", 0, lead_end - 1) + 1
                line = text[previous_start:lead_end].strip()
                if line and not re.match(_YEAR_LABEL, line):
                    break
                lead_end = previous_start
            lead = text[text.rfind("\n", 0, max(lead_end - 1, 0)) + 1:lead_end].strip()
            noun = re.search(rf"\b{figures}\s+(?:{of})\s+([^\W\d_][\w-]*)[^:]*:$", lead, re.I) if lead.endswith(":") else None
            # "Très vive progression des autorisations d'occupation temporaire (AOT), grâce auxquelles ... :": else the
            # first plural a plural determiner introduces in the lead
            noun = noun if noun and is_plural(noun.group(1).lower(), lex) else next(
                (m for m in _determined_plural(lex.lang).finditer(lead) if _plural_content_noun(m.group(1), lex)
                 and m.group(1)[:1].islower()), None) if lead.endswith(":") else None
            if noun:
                fact = replace(fact, counted=noun.group(1))
        elif fact.kind == "percent" and fact.counted is None and named and named[-1].kind == "count" \
                and named[-1].counted and named[-1].counted != facts_counted[len(named) - 1] \
                and _bracketed_after(text, named[-1], fact):
            fact = replace(fact, counted=named[-1].counted)  # "2024: 371 (+167% comparé à 2023)": the item's change
        named.append(fact)
    return named


def _dated_set_parts(facts, text: str, lex) -> list[NumericFact]:
    """A part of a dated count that a set pronoun opens right after it takes the count's date: "the population
    growth of 2022: 21,798 persons, of whom 83.1% were nationals of third countries" (2022 for both)."""
    pronouns = lex.words.set_pronouns
    if not pronouns or lex.words.head_first:
        return list(facts)
    gap = re.compile(rf"[\s,]*(?:{alternation(pronouns)})[\s,]*(?:[^\W\d_]+\s+)?", re.I)
    facts = list(facts)
    for index in range(1, len(facts)):
        fact, whole = facts[index], facts[index - 1]
        if fact.as_of is None and fact.period_start is None and whole.as_of and whole.kind == "count" \
                and fact.kind in ("count", "percent") and fact.sentence == whole.sentence \
                and gap.fullmatch(text, whole.char_end, fact.char_start):
            facts[index] = replace(fact, as_of=whole.as_of)
    return facts


@cache
def _nationality_list(lang: str) -> re.Pattern | None:
    """A list of names that a clause on nationalities opens, up to the bracket of one of its figures: "the top
    nationalities were Nigeriens (37 percent), Malians (" (built once per language)."""
    words = lexicon(lang).words
    if not words.nationality_list_verbs or not words.nationality_words:
        return None
    name = r"(?-i:[A-ZÀ-Ý])[\w'’.-]*"  # a capitalised word
    return re.compile(rf"\b({alternation(words.nationality_words)})\s+(?:{alternation(words.nationality_list_verbs)})\s+"
                      rf"(?:{name}|\([^()\n]*\)|,|\s+|\b(?:{alternation(words.conjunctions)})\b)*?{name}\s*\(\s*$", re.I)


def _nationality_list_items(facts, text: str, lex) -> list[NumericFact]:
    """The figures in brackets after the names that a clause on nationalities lists count the nationalities, as a
    list after "Top 3 nationalities:" does: "the top nationalities were Nigeriens (37 percent), Malians (13
    percent)", "Nigerien (40 percent), Malian (11 percent)" -> nationalities."""
    pattern = _nationality_list(lex.lang)
    if pattern is None:
        return list(facts)
    result = []
    for fact in facts:
        if fact.kind in ("percent", "count") and not fact.change and not fact.rule_id.startswith("table-row"):
            start = _sentence_start(text, fact)
            listed = pattern.search(text, start, fact.char_start) if start >= 0 else None
            if listed is not None:
                fact = replace(fact, counted=listed.group(1))
        result.append(fact)
    return result


def _listed_nationalities(facts, text: str, lex) -> list[NumericFact]:
    """Where heads come first, a nationality listed after a noun and its first nationality is that noun's:
    "les ressortissants ukrainiens (71,7 %), biélorusses (52,3 %) et indiens (45,2 %)", "los trabajadores
    colombianos (12 %) y peruanos (9 %)": all three count ressortissants, the workers both."""
    if not lex.words.head_first:
        return list(facts)
    conjunctions = alternation(lex.words.conjunctions)
    listed: list[NumericFact] = []
    for fact in facts:
        previous = listed[-1] if listed else None
        words = (fact.counted or "").split()
        first = (previous.counted or "").split() if previous else []
        if previous is not None and len(words) == 1 and words[0].islower() and is_people(words[0]) \
                and len(first) >= 1 and is_plural(first[0].lower(), lex) and not is_people(first[0]) \
                and fact.sentence == previous.sentence and re.fullmatch(
                    rf"[\s)]*(?:,|\s{conjunctions})\s*{re.escape(words[0])}\s*\(?\s*",
                    text[previous.char_end:fact.char_start], re.I):
            fact = replace(fact, counted=first[0])
        listed.append(fact)
    return listed


def _continued_sets(facts, text: str, lex):
    """A sentence of bare figures continues the set of the sentence before it: "Cuba tiene el
    mayor número, con 185 personas, seguida de México con 149. Guatemala y Haití registraron 92
    cada uno, República Dominicana 59 ..." (persons, all of them)."""
    facts = [_without_place_label(f, lex) for f in facts]
    sentences: list[list[NumericFact]] = []
    for fact in facts:
        if sentences and sentences[-1][0].sentence == fact.sentence:
            sentences[-1].append(fact)
        else:
            sentences.append([fact])
    originals = [list(sentence) for sentence in sentences]  # a continued set is not continued further
    continuation = re.compile(rf"\W*(?:{alternation(lex.words.continuation_openers) or '(?!)'})\b", re.I)
    pronoun = re.compile(r"\s*(?:{})\b".format("|".join(
        r"\s+".join(map(re.escape, p.split())) for p in lex.words.set_pronouns if "total" not in p) or "(?!)"), re.I)
    for index, current in enumerate(sentences):
        previous = sentences[index - 1] if index else None
        # its shares restate its counts: "They were followed by Italy (15 200, or 8%), France (14 800, or 8%)"
        # (a part its copula names among them stays its own: "Australia (25,800 – 15,600 of which were citizens)")
        bare = current[0].kind == "count" and current[0].counted is None and all(
            f.kind in ("count", "percent") and (f.counted is None or _copula_part(text, f, lex)) and f.change is None
            and not f.rule_id.startswith("table-row") for f in current) and all(
            f.kind == "count" or before.kind == "count" and _restated(text, before, f, lex)
            for before, f in zip(current, current[1:])) and not _opens_on_people(current[0], lex) \
            and not _names_own_set(current[0], lex) and not _gets_object(current[0], text, lex) \
            and not _names_figure(current[0].sentence, lex) and not _gives_own_time(current[0], lex) \
            and not _elided_own_set(current[0], text, lex)
        # a line of a list ("Guatemala: 32 mil (15%)" under "México: 111 mil personas (53%)") goes on with the
        # set its line before went on with; a sentence of prose continues only the sentence before it
        source = sentences if index and _list_line(current[0].sentence) and _list_line(sentences[index - 1][0].sentence) \
            else originals
        # "590 000 immigrés sur 10 300 000 habitants. ... ce nombre est monté à 661 000": the part, not the ratio's base
        named = [f for f in source[index - 1] if f.kind == "count" and f.counted
                 and not _ratio_base(f, source[index - 1], text, lex)] if index else []
        shares = [f for f in previous or () if f.kind == "percent" and f.counted]
        # "... son las comunidades donde más ha aumentado ... Les siguen Castilla y León (8,71%)": the ranking goes on,
        # with the change of the sentence before
        goes_on = previous is not None and continuation.match(current[0].sentence) is not None
        # "Le siguen Atlántico (160.736), Antioquia (156.163) y Cundinamarca (95.122).": where the labels read a ranking
        # that goes on as naming places only (Spanish), its bare figures count no set of the sentence before
        if goes_on and lex.words.rankings_go_on_unnamed:
            bare = False
        for position, fact in enumerate(current):
            if goes_on and fact.change is None:
                changes = {f.change for f in previous if f.kind == fact.kind}
                if len(changes) == 1 and None not in changes:
                    fact = replace(fact, change=changes.pop())
            if bare and named and named[-1].counted.split()[-1].lower() in lex.words.partition_nouns:
                # "Visitors fell into two groups:" then "387 291 who came in and left again": the items are parts of
                # the subject the parts are of, not groups
                lead = named[-1].sentence[:max(0, named[-1].sentence.find(named[-1].surface))]
                subject = next((w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", lead)
                                if is_plural(w.lower(), lex) and not is_place(w, lex)), None)
                if subject:
                    fact = replace(fact, counted=subject)
            elif bare and named and fact.counted is None:
                fact = replace(fact, counted=named[-1].counted)
            elif shares and fact.kind == "percent" and fact.counted is None and fact.change is None \
                    and (lex.lang == "en" and _early(fact) or _opens(fact)):
                # "Less than half (45 percent) were naturalized citizens", "About 18 percent worked as service
                # workers": in English a share that names nothing is of the set the sentence before shared out
                fact = replace(fact, counted=shares[0].counted)  # "... foreign-born people ... Most (56 percent) lived in"
            elif named and fact.kind == "percent" and fact.counted is None and lex.words.head_first \
                    and pronoun.match(text[fact.char_end:fact.char_end + 30]):
                fact = replace(fact, counted=named[-1].counted)  # "... 5.787 solicitantes. El 60 % de ellos tiene"
            current[position] = fact
        yield from current


def _gives_own_time(fact: NumericFact, lex) -> bool:
    """(own_time_leads) Whether the words of a sentence before its first figure name a year of their own ("Para 2020,
    15.362 de Honduras; 5.009 desde Haití", "Con la administración previa, en 2013 se anotaron 1.296"): the sentence
    gives another time, and its bare figures count no set of the sentence before, as the corpus README leaves a count
    whose subject is only understood from the sentence before empty."""
    leads = lex.words.own_time_leads
    lead = fact.sentence[:max(0, fact.sentence.find(fact.surface))]
    return bool(leads) and re.search(rf"(?<![^\W\d_]){alternation(leads)}\s+(?:19|20)\d\d(?!\d)", lead, re.I) is not None


def _elided_own_set(fact: NumericFact, text: str, lex) -> bool:
    """Whether a figure stands between a plural article and a participle, its noun elided ("De las 40.592 concedidas
    por razones humanitarias, ..."): the phrase names a set of its own, only understood, and the sentence does not go
    on with the set of the sentence before (its figures count no noun, as the corpus README reads such subjects)."""
    dates = lex.words.dates
    if not (dates.elided_relative_bases and dates.elided_base_endings):
        return False
    return re.search(rf"(?<![^\W\d_]){alternation(dates.elided_relative_bases)}\s+$", text[max(0, fact.char_start - 12):fact.char_start],
                     re.I) is not None \
        and re.match(rf"\s+[^\W\d_]+{alternation(dates.elided_base_endings)}(?![^\W\d_])", text[fact.char_end:fact.char_end + 40],
                     re.I) is not None


def _copula_part(text: str, fact: NumericFact, lex) -> bool:
    """Whether what a figure counts is the predicate its copula gives ("15,600 of which were New Zealand citizens",
    "217.508 de ellos son niñas", "one million are asylum seekers"): a part of a set, not the set a list goes on with."""
    if not fact.counted or not lex.words.copulas:
        return False
    linked = _copula_link(lex.lang).match(text, fact.char_end, fact.char_end + 60)
    end = linked.end() if linked else 0
    while linked and end < fact.char_end + 60 and text[end].isspace():
        end += 1
    return linked is not None and _opens_with(text, end, fact.counted)


@cache
def _copula_link(lang: str) -> re.Pattern:
    """A copula right after a figure, past a set pronoun of its own: "one million are", "217.508 de ellos son",
    "15,600 of which were"."""
    words = lexicon(lang).words
    pronouns = alternation([w for w in words.set_pronouns if w.split()[0] in words.of_words])
    return re.compile(rf"(?:\s+(?:{pronouns}))?\s+(?:{alternation(words.copulas)})\s", re.I)


def _opens_with(text: str, at: int, phrase: str) -> bool:
    """Whether the text from ``at`` opens with a phrase, in any case; reads only the phrase's length (a lower-case
    letter is never shorter than its capital)."""
    return text[at:at + 3 * len(phrase) + 3].lower().startswith(phrase.lower())


def _names_figure(sentence: str, lex) -> bool:
    """(figure_naming_phrases) Whether a sentence names its figure as a figure ("Es el número más bajo del año
    fiscal ..., cuando llegaron 7749", "Haití ocupó el segundo lugar, con un total de 1,922", "En 2020 fueron 8 mil
    594; la cifra subió ..."): what it gives is a figure, as "esa cifra" is, not a set going on from the sentence
    before."""
    naming = _figure_naming(lex.lang)
    return naming is not None and naming.search(sentence) is not None


@cache
def _figure_naming(lang: str) -> re.Pattern | None:
    """The pattern of _names_figure, or None where the language has no figure_naming_phrases (built once per language)."""
    phrases = lexicon(lang).words.figure_naming_phrases
    return re.compile(r"(?<![^\W\d_])(?:{})(?![^\W\d_])".format(
        "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)), re.I) if phrases else None


def _gets_object(fact: NumericFact, text: str, lex) -> bool:
    """Whether a figure is followed by a verb of getting and its object ("63,039 got labor permits while 76,403 got
    them"): the sentence says what the figures got, it is no bare list going on with the set before it."""
    getting = _getting_verb(lex.lang)
    return getting is not None and getting.match(text[fact.char_end:fact.char_end + 20]) is not None


@cache
def _getting_verb(lang: str) -> re.Pattern | None:
    """The pattern of _gets_object, or None where the language has no getting_verbs (built once per language)."""
    verbs = lexicon(lang).words.getting_verbs
    return re.compile(rf"\s+(?:{alternation(verbs)})\b", re.I) if verbs else None


def _names_own_set(fact: NumericFact, lex) -> bool:
    """(own_set_sentences) Whether the words of a sentence before its first figure name a set of
    its own, a plural common noun ("Algo parecido pasó con los paraguayos, que fueron 116", "Junio
    resultó el mes que concentró más deportaciones, cuando ... se contabilizaron 22,397", "un máximo
    histórico de peticiones de asilo, con unas 55.600"): the sentence does not go on with the set of the
    sentence before. A name, a place, a time word, a verb, a word for figures ("En números absolutos") and
    the "procedentes" of an origin are none."""
    if not lex.words.own_set_sentences:
        return False
    at = fact.sentence.find(fact.surface)
    if at <= 0:
        return False
    origins = {link.split()[0] for link in lex.words.origin_links}
    figures = set(lex.words.bare_figure_subjects)  # "En números absolutos": words for figures name no set
    words = re.findall(r"[^\W\d_]+", fact.sentence[:at])
    stop = lex.spacy_stop_words
    for first, previous, word in zip(["", "", *words], ["", *words], words):
        lower = word.lower()
        # a noun stands after a little word ("los paraguayos", "de peticiones", "más deportaciones"), or after a
        # plural adjective that does ("de otras naciones"); "números absolutos" is an adjective after its noun
        after_little = previous.lower() in stop or first.lower() in stop and is_plural(previous.lower(), lex) \
            and previous.lower()[:-1] not in figures and previous.lower() not in figures
        if word[:1].isupper() or lower in stop or not after_little \
                or lower in origins or not is_plural(lower, lex) or lower in figures or lower[:-1] in figures \
                or is_place(word, lex) or is_time_word(lower, lex) or verb_form(word, lex):
            continue
        return True
    return False


def _opens_on_people(fact: NumericFact, lex) -> bool:
    """Whether a figure's sentence opens on the people of a country before it ("Les Américains, en
    revanche, ne sont que 11.811"): the sentence names its own set."""
    opening = re.match(r"\W*([^\W\d_]+)\s+([^\W\d_]+)", fact.sentence)
    if opening is None or fact.surface not in fact.sentence[opening.end():]:
        return False
    first, second = opening.group(1), opening.group(2)
    article = first.lower() in lex.words.determiners
    word = second if article else first
    # French writes the people of a country with a capital: "Les Américains"
    return word[:1].isupper() and is_plural(word.lower(), lex) and (is_people(word) or article and lex.lang == "fr")


def _without_place_label(fact: NumericFact, lex) -> NumericFact:
    """A figure on a line of a list whose label is a place ("Costa Rica: 112") counts no part of the
    place's name: what it counts is the list's set."""
    if not fact.counted or not _list_line(fact.sentence):
        return fact
    label = fact.sentence.split(":", 1)[0].strip()
    if fact.counted.lower() in label.lower() and all(is_place(part.strip(), lex)
                                                     for part in _conjunction(lex.lang).split(label)):
        return replace(fact, counted=None)
    return fact


@cache
def _conjunction(lang: str) -> re.Pattern:
    """A conjunction between two names: "Brasil y Cuba"."""
    return re.compile(r"\s+{}\s+".format(alternation(lexicon(lang).words.conjunctions)))


def _list_line(sentence: str) -> bool:
    """Whether a sentence is a line of a list of labelled figures: "Honduras: 27 mil (13%)",
    "Costa Rica: 112", "Brasil y Cuba: 2 mil cada uno", "• South Africa – 320", "Ecuador: 508.900"."""
    line = sentence.strip()
    return bool(re.fullmatch(rf"(?:{_LIST_MARK}\s*)?[^\W\d_][^:.;=\d]{{0,40}}?(?::|\s[–—=-])\s*[+\-−]?\d++(?:[.,]\d++)*+[^.;:]{{0,40}}",
                             line) or _BARE_LIST_LINE.fullmatch(line) or _BRACKETED_LIST_LINE.fullmatch(line))


# "-- California (24%)": a marked line of a label and its figure in brackets
_BRACKETED_LIST_LINE = re.compile(rf"{_LIST_MARK}\s*[^\W\d_][^:.;=\d()]{{0,40}}?\(\s*[+\-−]?\d++(?:[.,]\d++)*+\s*%?\s*\)")
# "Guyana 24.500": a capitalised label and its figure alone on a line
_BARE_LIST_LINE = re.compile(r"[^\W\d_a-z][^\W\d_]*+(?:\s+[^\W\d_][^\W\d_]*+){0,3}\s+\d++(?:[.,]\d++)*+")


def _words_follow(text: str, at: int, words: list[str], end: int) -> int:
    """Where ``words`` end when they follow ``at`` in ``text[:end]``, each after a run of white space, or -1."""
    for word in words:
        gap = at
        while gap < end and text[gap].isspace():
            gap += 1
        if gap == at or not text.startswith(word, gap, end):
            return -1
        at = gap + len(word)
    return at


def _sentence_start(text: str, fact: NumericFact, end: int | None = None) -> int:
    """Where a fact's sentence begins in ``text``, at or before ``end`` (the fact's own start by
    default), or -1. The sentence is stored with its whitespace folded, so its first words are
    looked for with any whitespace between them ("In the year\nto June")."""
    words = (fact.sentence or "").split()[:4]
    if not words:
        return -1  # no sentence, or one of white space alone
    end = fact.char_start if end is None else end
    first, *rest = words
    # the last place at or before ``end`` where the first words stand, found left to right without overlaps
    stop, found = min(fact.char_start + 200, len(text)), -1
    at = text.find(first, max(0, end - 2000), stop)
    while at != -1 and at <= end:
        after = _words_follow(text, at + len(first), rest, stop)
        if after != -1:
            found = at
        at = text.find(first, after if after != -1 else at + 1, stop)
    return found


def _antecedents(facts, text: str, lex):
    """A figure whose clause speaks of its subject by a pronoun counts what the sentence before it
    counted: "Le solde migratoire était positif (+52.000). Il l'avait déjà été (-13.111) en 2020",
    "Pour 2019, leur nombre est estimé à 276 576", "Le « regroupement familial » en représentait 28 %"."""
    words = lex.words
    if not words.anaphors:
        return facts
    anaphors = re.compile(r"(?:^|[\s,;:«(])(?:{})(?=[\s'’,])".format(
        "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words.anaphors, key=len, reverse=True))), re.I)
    facts = list(facts)
    for index, fact in enumerate(facts):
        if fact.kind not in ("count", "percent") or fact.rule_id.startswith("table-row"):
            continue
        start = _sentence_start(text, fact)
        before = text[start:fact.char_start] if start >= 0 else ""
        found = anaphors.search(before)
        # "les Belges d'origine belge en représentaient 74,3 %": a part "of it", not of its subject
        of_it = bool(found) and found.group().split()[0].lower() == "en"
        if not found or not (of_it or fact.counted is None or fact.counted.lower() in words.figure_words):
            continue
        sentence_start = fact.char_start - len(before)
        earlier = [f for f in facts[:index] if f.sentence != fact.sentence and f.counted
                   and f.kind in ("count", "percent") and "\n\n" not in text[f.char_end:fact.char_start]
                   and not _sentence_between(text, f.char_end, sentence_start)]
        colon = max(before.rfind(":", 0, found.start() + 1), before.rfind(";", 0, found.start() + 1))
        # "Les étudiants étrangers sont plus nombreux : ils étaient 412 000": the clause before the colon
        clause_subject = _previous_subject(text, sentence_start + colon, lex) if colon > 0 else None
        if clause_subject:
            facts[index] = replace(fact, counted=clause_subject)
            continue
        if not earlier:
            subject = _previous_subject(text, sentence_start, lex)  # "La population vivant en Belgique est ..."
            if subject:
                facts[index] = replace(fact, counted=subject)
            continue
        last = earlier[-1].sentence
        # "590 000 immigrés sur 10 300 000 habitants. ... ce nombre est monté à": the part, not the ratio's base
        same_kind = [f for f in earlier if f.sentence == last and f.kind == fact.kind
                     and not _ratio_base(f, earlier, text, lex)] or \
            [f for f in earlier if f.sentence == last]
        facts[index] = replace(fact, counted=same_kind[-1].counted)
    return facts


def _sentence_end(text: str, fact: NumericFact) -> int:
    """Where a fact's sentence ends in ``text``: its stored sentence has its whitespace folded, so its last
    words are looked for after the figure, with any whitespace between them."""
    closing = re.compile(r"\s+".join(map(re.escape, fact.sentence.split()[-4:])))
    found = closing.search(text, fact.char_start - 2000 if fact.char_start > 2000 else 0, fact.char_end + 2000)
    while found and found.end() < fact.char_end:
        found = closing.search(text, found.start() + 1, fact.char_end + 2000)
    return found.end() if found else min(len(text), fact.char_end + len(fact.sentence))


def _sentence_between(text: str, start: int, end: int) -> bool:
    """Whether a whole sentence stands between two offsets: the figure before is not the one just before."""
    return len(re.findall(r"[.!?](?:\s+|$)", text[start:end].rstrip())) > 1


def _previous_subject(text: str, start: int, lex) -> str | None:
    """The head of the subject that opens the sentence before ``start`` in its paragraph ("La
    population vivant en Belgique est ..." -> population), after an opening adverbial."""
    words = lex.words
    paragraph = max(text.rfind("\n\n", 0, start), text.rfind("\f", 0, start)) + 1
    pieces = [p for p in re.split(r"(?<=[.!?])\s+", text[paragraph:start].strip()) if p]
    if not pieces:
        return None
    tokens = re.findall(r"[^\W\d_]+['’]|[^\W\d_][\w-]*|,", pieces[-1])
    if len(tokens) > 1 and tokens[0].lower().replace("’", "'") in words.clause_openers and "," in tokens[:12]:
        tokens = tokens[tokens.index(",") + 1:]  # "En 2020, le solde ..."
    if len(tokens) < 2 or tokens[0].lower().replace("’", "'") not in words.determiners:
        return None
    names = [t for t in tokens[1:4] if t != "," and t.lower() not in words.prenominal_modifiers
             and t.lower() not in lex.spacy_stop_words]  # "Un tel solde négatif reste exceptionnel"
    if names and names[0] == tokens[1] and tokens[1].lower() in words.generic_heads and len(tokens) > 3 \
            and tokens[2].lower().replace("’", "'") in words.of_words and tokens[3].lower() not in lex.spacy_stop_words:
        return tokens[3]  # "Le nombre de réfugiés progresse. Il atteint ...": the refugees
    return names[0] if names else None


def _early(fact) -> bool:
    """Whether a figure stands among its sentence's first words ("About 18 percent worked as", "In
    2019, 60% were"), where a share that names nothing is of a set named before, not of a noun of
    its own sentence ("In 2016-17 most of the available places fell in the Skill stream (67%)")."""
    position = fact.sentence.find(fact.surface)
    before = fact.sentence[:max(position, 0)]
    # "Between January and April 2024, it even climbed to 100 per cent": a dated lead stands aside, as "In 2019, " does
    dated = re.match(r"[^,;:()\d]{0,40}\b(?:19|20)\d\d\s*,\s*", before)
    before = before[dated.end():] if dated else before
    return 0 <= position and len(re.findall(r"[^\W\d_]+", before)) <= 4


def _opens(fact) -> bool:
    """Whether a share in brackets opens its sentence after a word or two that stand for a part of
    a set named before ("Most (56 percent) lived in", "Less than half (45 percent) were")."""
    match = re.match(r"[^\w(]*((?:[^\W\d_]+\s+){1,3})\(\s*", fact.sentence)
    return bool(match) and fact.sentence[match.end():].startswith(fact.surface)


def _listed_money(facts, index: int, text: str, joiners: set[str], scales: set[str]) -> NumericFact | None:
    """The money that closes a list of bare scaled amounts the figure at ``index`` opens or goes on ("13,8
    milliards et 619,7 millions de francs CFA", "40,6 milliards, 52,2 milliards, puis 41,7 milliards de francs
    CFA"): the amounts before it are in its currency."""
    fact = facts[index]
    for after in facts[index + 1:]:
        between = re.findall(r"[^\W\d_]+|,", text[fact.char_end:after.char_start].lower())
        if after.sentence != fact.sentence or not between or any(w not in joiners for w in between):
            return None
        if after.kind == "money":
            return after
        if after.kind != "count" or not scales & set(after.surface.lower().split()):
            return None
        fact = after
    return None


def _paragraph_money(facts, index: int, last: NumericFact | None, text: str, scales: set[str]) -> bool:
    """Whether millions that name nothing go on with the money in millions their paragraph gave last, no count in
    millions standing between: "Italia, con 36,8 millones de dólares (5,9 %). Al resto del mundo correspondieron
    57,4 millones (9,2 %)"."""
    if last is None or last.kind != "money" or not scales & set(last.surface.lower().split()) \
            or facts[index].char_start - last.char_end > 600 or re.search(r"\n[ \t]*\n", text[last.char_end:facts[index].char_start]):
        return False
    return not any(f.kind == "count" and f.counted is not None and scales & set(f.surface.lower().split())
                   and last.char_end <= f.char_start for f in facts[:index])


def _shared_currency(facts, text: str, lex):
    """An amount in millions or billions that names nothing after money is money too: "mandaron
    6.097,3 millones de dólares, por encima de los 5,274.9 millones"; so is one joined to the money
    after it ("13,8 milliards et 619,7 millions de francs CFA"); billions that name nothing are in
    the currency of the money before them ("Le Mali arrive en tête avec 70,8 milliards"), and so are
    millions that name nothing just after money ("... US$ 5.2 million. In 2023 they rose to 5.9 million");
    a headline's billions before any money are in the currency of the first money after them."""
    facts = list(facts)
    scales = {w for w in lex.words.scales if " " not in w}
    joined = {w for w in lex.words.list_words if w.isalpha()} | {","}
    words_then = set(lex.words.list_continuations)  # "40,6 milliards, 52,2 milliards, puis 41,7 milliards de francs CFA"
    last: NumericFact | None = None
    previous: NumericFact | None = None
    item_scale = 1  # the scale a bare list item took from the item before
    for index, fact in enumerate(facts):
        words = fact.surface.lower().split()
        listed = False
        glued = re.fullmatch(r"[\d.,]+([^\W\d_]+)", words[-1])
        if glued and glued.group(1) in lex.words.glued_scales:
            words[-1] = glued.group(1)  # "2.4bn" is scaled like "2.4 billion"
        # a noun taken from around a bare scale ("44,6 millones" after "668 millones de dólares"; "Ils ont progressé
        # de 72 milliards" after francs CFA) does not stand against the money before it: a currency word, or billions
        bare = fact.kind == "count" and words[-1] in scales and fact.counted is not None \
            and (fact.counted.lower() in lex.currencies or fact.value >= 1e9)
        of_money = fact.counted is not None and _head(fact.counted, lex) in lex.words.money_nouns
        # "giraron a sus países de origen 74,9 millones en remesas": millions "in" a noun of money are money
        held = re.match(r"\s+(?:{})\s+([^\W\d_]+)".format(alternation(lex.words.amount_in_words) or "(?!)"),
                        text[fact.char_end:fact.char_end + 40], re.I)
        if fact.kind == "count" and held and held.group(1).lower() in lex.words.money_nouns:
            fact, of_money = replace(fact, counted=None), True
        scaled = fact.kind == "count" and ((fact.counted is None or of_money) and bool(scales & set(words)) or bare)
        if scaled:
            before = last if last is not None and last.sentence == fact.sentence else None
            after = _listed_money(facts, index, text, joined | words_then, scales)
            # a headline's billions before any money: the currency of the first money after them
            ahead = next((f for f in facts[index + 1:] if f.kind == "money"), None) \
                if last is None and fact.value >= 1e9 else None
            money = before or after or (last if last is not None and fact.value >= 1e9 else None) \
                or (last if fact.counted is None and index and facts[index - 1] is last
                    and not _sentence_between(text, last.char_end, fact.char_start) else None) \
                or (ahead if ahead is not None and ahead.char_start - fact.char_end < 1500 else None) \
                or (last if of_money else None) \
                or (last if fact.counted is None and _paragraph_money(facts, index, last, text, scales) else None)
            if money is not None:  # "remittances 171.4 million": a noun of money after money named before
                fact = replace(fact, kind="money", unit=money.unit, counted=money.unit)
        elif fact.kind == "count" and fact.counted is None and re.fullmatch(r"\d[\d.,]*", fact.surface) \
                and (money := _listed_money(facts, index, text, joined | words_then | set(lex.words.of_words), scales)) \
                and not scales & set(money.surface.lower().split()):
            fact = replace(fact, kind="money", unit=money.unit, counted=money.unit)  # "D'abord de 650 puis de 1.000 euros"
        elif fact.kind == "count" and last is not None and last is previous \
                and last.sentence == fact.sentence and re.fullmatch(r"\d[\d.,]*", fact.surface) \
                and _bracket_before(text, last.char_start) and _ITEM_LABEL.fullmatch(text, last.char_end, fact.char_start):
            # "le Ghana (4,6 milliards), le Kenya (4,09) et le Sénégal (2,7)": a bare figure of a list item goes on
            # in the money, and the scale, of the item before; a noun it was given from elsewhere in its sentence
            # ("Parmi les dix pays ..., on trouve : l'Inde (64 milliards de dollars), la Chine (62)": pays) is not
            # its own, the figure standing alone in its brackets
            listed, scale = True, item_scale
            fact = replace(fact, kind="money", unit=last.unit, counted=last.unit, value=fact.value * scale,
                           value_max=fact.value_max * scale if fact.value_max is not None else None)
        if fact.kind == "money":
            if not listed:
                item_scale = next((lex.words.scales[w] for w in words if w in scales), 1)
            converted = last is not None and last is previous and last.unit != fact.unit \
                and _bracket_before(text, fact.char_start) and last.sentence == fact.sentence
            # "Ksh 41.6 Billion (USD 415.58 Million)": a conversion in brackets leaves the money in its own currency
            last = last if converted else fact
        previous = fact
        yield fact


def _shared_change(facts, text: str, lex):
    """A figure joined to a change ("Hausse de 13,7 % des titres et de 14,6 % des expulsions",
    "up by 15% on the quarter before and by 85% on the same quarter of 2014",
    "reculent de 1,3 % en AE et de 0,9 % en CP") or restating it ("diminuent d'environ 20 %,
    soit 110 milliards de dollars", "soit de 113.549 habitants", "up 3,200 (6.6%)") is a change too; so is a
    difference restated by a change after it ("$ 83 million or 4.4 percent less than the $ 1.907 billion"),
    and each share of a list a change word follows ("2.6 percent and 15.2 percent lower respectively")."""
    words = lex.words
    joined, named = (re.compile(r"(?:{})\s+{}(?:{})\s*$".format(
        "|".join(re.escape(w) for w in words.list_words if w.isalpha()), noun,
        "|".join(re.escape(w) for w in [*words.of_words, *words.change_prepositions])), re.I)
        for noun in ("", r"[^\W\d_]+\s+"))  # "and by 85%"; "imports down by 0.6 percent and exports by 9.6 percent"
    restated = re.compile(r"^[\s,(]*(?:{})\s*(?:(?:{})\s*)?[+]?$".format(
        "|".join(re.escape(w) for w in words.restatement_words) or "(?!)",
        "|".join(re.escape(w) for w in words.of_words)), re.I)  # "soit 110 milliards", "soit de 113.549 habitants"
    changed_after = re.compile(rf"\s*{alternation(lex.phrases('change_after'))}\b", re.I)  # "4.4 percent less"
    facts = list(facts)
    than = re.compile(r"\s*(?:{})\s+(?:{}\s+)?$".format(alternation(words.dates.compared), alternation(words.determiners)),
                      re.I)
    for k, fact in enumerate(facts[:-2]):
        after, base = facts[k + 1], facts[k + 2]
        # "$ 83 million or 4.4 percent less than the $ 1.907 billion": a difference from a base of its own kind, the
        # change after its restatement is its own too; "reached $1.8 billion, or 4 percent more than" is a level
        changed = changed_after.match(text, after.char_end)
        if fact.change is None and after.change and after.sentence == fact.sentence == base.sentence \
                and fact.kind != after.kind == "percent" and base.kind == fact.kind and base.change is None \
                and restated.match(text[fact.char_end:after.char_start]) and changed \
                and than.match(text[changed.end():base.char_start]):
            facts[k] = replace(fact, change=after.change)
    # "2.6 percent, 2.1 percent and 15.2 percent lower respectively": a change word after a list is each item's
    listed = re.compile(r"\s*,?\s*(?:(?:{})\s+)?".format(alternation(words.conjunctions)), re.I)
    carried: set[int] = set()
    for k in range(len(facts) - 2, -1, -1):
        fact, after = facts[k], facts[k + 1]
        same_kind = fact.kind == after.kind == "percent" and listed.fullmatch(text[fact.char_end:after.char_start]) \
            and (k + 1 in carried or changed_after.match(text, after.char_end))
        # "a 32 percent or US$7.7 million decrease in outflows": a share restated by an amount the change word follows
        restating = fact.kind == "percent" != after.kind and restated.match(text[fact.char_end:after.char_start]) \
            and changed_after.match(text, after.char_end)
        if fact.change is None and after.change and fact.sentence == after.sentence and (same_kind or restating):
            facts[k] = replace(fact, change=after.change)
            carried.add(k)
    previous: NumericFact | None = None
    changed: NumericFact | None = None  # the last share of the sentence, when it is a change
    gap_joined = re.compile(r"\s*,?\s*(?:{})\s*".format(alternation(words.conjunctions) or "(?!)"), re.I)
    gap_named = re.compile(r"\s*,?\s*(?:{})\s+(?:[^\W\d_][\w'’-]*\s+){{1,6}}(?:{})\s*".format(
        alternation(words.conjunctions) or "(?!)", alternation(words.change_prepositions) or "(?!)"), re.I)
    for fact in facts:
        if fact.change is None and previous is not None and previous.change and fact.sentence == previous.sentence:
            between = text[previous.char_end:fact.char_start]
            # "sumaron 42.319 más (1,74 %)", "598.634 más, un 1,26%": past the word of the change after the count too
            between = re.sub(rf"^\s*{alternation(words.changes_after_noun)}(?=[\s,(])", " ", between, flags=re.I) \
                if words.changes_after_noun and (previous.kind, fact.kind) == ("count", "percent") else between
            # "4 % de plus (112 000)": past the word of the change after the share too
            between = re.sub(rf"^\s*{alternation(lex.phrases('change_after'))}(?=\s*\()", " ", between, flags=re.I) \
                if (previous.kind, fact.kind) == ("percent", "count") else between
            bracketed = re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", text[fact.char_end:]) \
                and ({fact.kind, previous.kind} == {"count", "percent"} or (previous.kind, fact.kind) == ("money", "percent"))
            # "up 3,200 (6.6%)", "grew by $4.4 million (18.5%)": the change restated
            # "se redujo en 25 personas, un 1,73%, de enero a febrero": a share set off after a changed count
            apposed = words.head_first and (previous.kind, fact.kind) == ("count", "percent") \
                and re.fullmatch(rf"\s*,\s*{alternation(words.indefinite_articles)}\s+", between, re.I) and re.match(r"\s*(?:[,;.)]|$)", text[fact.char_end:])
            if ";" not in between and (joined.search(between) and fact.kind == previous.kind
                                       or named.search(between) and fact.kind == previous.kind == "percent"
                                       or restated.match(between)
                                       or bracketed or apposed):
                fact = replace(fact, change=previous.change)
        if fact.change is None and fact.kind == "percent" and changed is not None and changed.sentence == fact.sentence:
            # "grew by 0.7% (from ...) and 1.2% (from ...)", "had risen by 36% and detected victims by 25%": a share
            # joined to a changed share, past the asides in brackets after it, changes the same way
            gap = re.sub(r"\([^()]*\)", " ", text[changed.char_end:fact.char_start])
            # "un alza de 11% en el total de migrantes, de 13% en el de ...": the change's preposition repeated
            lead = re.search(r"(?<![\w'’])([^\W\d_]+)\s*$", text[max(0, changed.char_start - 12):changed.char_start])
            repeated = lead is not None and lead.group(1).lower() in (*words.change_prepositions, *words.of_words) and re.fullmatch(
                rf"[^\d;:.]*,\s*(?:{alternation(words.conjunctions)}\s+)?{re.escape(lead.group(1))}\s+", gap, re.I)
            # "se sont accrus de 5,2 %, après 16,4 % l'année précédente": the earlier change of the same measure
            continued = bool(words.change_continuations) and re.search(
                rf",\s*(?:{alternation(words.change_continuations)})\s*$", gap, re.I) is not None
            if gap_joined.fullmatch(gap) or gap_named.fullmatch(gap) or repeated or continued:
                fact = replace(fact, change=changed.change)
                if fact.period_start is None and fact.as_of is None and changed.period_start is not None:
                    fact = replace(fact, period_start=changed.period_start, period_end=changed.period_end)
        yield fact
        previous = fact
        if fact.kind == "percent":
            changed = fact if fact.change else None


def _listed_percent(facts, text: str, lex) -> list[NumericFact]:
    """Bare figures listed before a percentage are percentages too: "del 121 y 142%
    respectivamente", "rates of 5, 6 and 7%", "53,2 frente a 46,8 por ciento" (in Spanish), and in any
    language a fraction before the next item's label ("Guerrero aportó 12.4, Tamaulipas 10.9 y
    Guanajuato el 7.3 por ciento"); a bare figure listed before a measure is one in its unit ("42,7 et
    40,1 ans")."""
    facts = list(facts)
    joiners = "|".join(re.escape(w) for w in lex.words.list_words if w.isalpha() and w not in lex.words.range_words) \
        or "(?!)"
    listed = re.compile(r"\s*,?\s*(?:(?:{})\s+)?".format(joiners), re.I)
    # "53,2 frente a 46,8 por ciento", "del 50.6 a 49.4 por ciento": two shares compared, or falling from one to the
    # other (no range, the first being the larger)
    compared = re.compile(r"\s+(?:{})\s+(?:(?:{})\s+)?".format(
        alternation([*lex.words.dates.compared, *(w for w in lex.words.range_words if w.isalpha())]),
        alternation([w for w in lex.words.determiners if w.isalpha()])), re.I)
    # "Guerrero aportó 12.4, Tamaulipas 10.9 ... y Guanajuato el 7.3 por ciento": a fraction before the next item's label
    labelled = re.compile(r"\s*,?\s*(?i:(?:{})\s+)?[^\W\d_a-zß-ÿ][\w.-]*\s+(?:[^\W\d_][\w.-]*\s+){{0,2}}?(?i:(?:{})\s+)?".format(
        joiners, "|".join(map(re.escape, lex.words.determiners)) or "(?!)"))  # the label opens on a capital
    for index in range(len(facts) - 2, -1, -1):
        fact, following = facts[index], facts[index + 1]
        if fact.kind != "count" or following.kind not in ("percent", "other") or fact.value_max is not None \
                or not fact.surface.strip().replace(".", "").replace(",", "").isdigit() \
                or fact.sentence != following.sentence:
            continue
        between = text[fact.char_end:following.char_start]
        if following.kind == "other":
            if following.unit and listed.fullmatch(between) and between.strip() and "\n" not in between:
                # "(42,7 et 40,1 ans)": a bare figure listed before a measure is one in the same unit
                facts[index] = replace(fact, kind="other", unit=following.unit, counted=following.counted)
            continue
        if fact.value >= 1000 or _bracket_before(text, fact.char_start) \
                and re.match(r"\s*\)", text[following.char_end:following.char_end + 3]):
            continue  # "Italia (22.300, 8%)": a count and its share in one bracket, no two shares
        ranged = any(w == between.strip().lower() for w in lex.words.range_words)
        if lex.words.listed_percents and (listed.fullmatch(between) or compared.fullmatch(between)
                                          and (not ranged or fact.value > following.value)) \
                or fact.value != int(fact.value) and labelled.fullmatch(between) and "\n" not in between:
            facts[index] = replace(fact, kind="percent", unit="%")
    return _bracketed_after_percent(facts, text)


def _labelled_after_percent(facts, text: str, lex) -> list[NumericFact]:
    """A bare decimal after a percentage of its sentence, given for the next item's label as the percentage was, is a
    percentage too, the unit being printed once: "la de Venezuela, con 26.4 por ciento, seguida por Honduras, con 14.5;
    Guatemala, 11.6, y Ecuador, 9.7" (the corpus README reads bare decimals that parallel figures call percentages as
    percentages). A whole number, or a decimal with a word of its own after it ("14.5 millones"), stays as it is."""
    if not lex.words.listed_percents:
        return facts
    links = rf"(?:(?:{alternation(lex.words.item_links)})\s+)?" if lex.words.item_links else ""
    articles = rf"(?:(?:{alternation(lex.words.determiners)})\s+)?"
    # from the figure before to this one: a comma or a semicolon, a few linking words, a label opening on a capital
    labelled = re.compile(rf"\s*[,;]\s*(?:(?:{alternation(lex.words.conjunctions)})\s+)?(?:[^\W\d_]+\s+){{0,2}}?"
                          rf"[^\W\d_a-zß-ÿ][\w.-]*(?:\s+[^\W\d_][\w.-]*){{0,2}}\s*,?\s*{links}{articles}")
    facts = list(facts)
    for index in range(1, len(facts)):
        fact, previous = facts[index], facts[index - 1]
        if fact.kind != "count" or previous.kind != "percent" or fact.value_max is not None or fact.change \
                or fact.value == int(fact.value) or fact.value >= 100 or fact.sentence != previous.sentence \
                or not re.fullmatch(r"\d+[.,]\d+", fact.surface.strip()) \
                or not labelled.fullmatch(text[previous.char_end:fact.char_start]) \
                or not re.match(r"\s*(?:[,;.]|(?:{})\s)".format(alternation(lex.words.conjunctions)),
                                text[fact.char_end:fact.char_end + 4] + " "):
            continue
        facts[index] = replace(fact, kind="percent", unit="%")
    return facts


# "second-ranked UAE (-8.95 percent), third-ranked Qatar (": from a share's closing bracket to the next item's opening
# one, over a label with no figure of its own
_ITEM_BETWEEN = re.compile(r"\s*\)[^\d()\n;]{1,60}\(\s*[-+−–]?\s*")


def _bracketed_after_percent(facts, text: str) -> list[NumericFact]:
    """A bare decimal in brackets after a list item whose bracket held a percentage is a percentage too, the
    unit being printed once: "UAE (-8.95 percent), Qatar (-8.61), and Bahrain (-11.34)", "San Miguel (12.5%),
    La Unión (8.5 ), Santa Ana (8.3 %)", "plus forte (56,9%) que la Wallonie (37,4" (cut off)."""
    facts = list(facts)
    for index in range(1, len(facts)):
        fact, previous = facts[index], facts[index - 1]
        if fact.kind != "count" or previous.kind != "percent" or fact.value_max is not None \
                or fact.value == int(fact.value) or fact.value >= 100 or fact.sentence != previous.sentence \
                or not re.fullmatch(r"\d+[.,]\d+", fact.surface.strip()) \
                or not text[:previous.char_start].rstrip().rstrip("-+−–").rstrip().endswith("(") \
                or not _ITEM_BETWEEN.fullmatch(text[previous.char_end:fact.char_start]) \
                or not re.match(r"[ \t]*(?:\)|\n|$)", text[fact.char_end:fact.char_end + 3]):
            continue
        facts[index] = replace(fact, kind="percent", unit="%")
    return facts


def _closes_a_list(between: str, following: NumericFact, text: str, lex) -> bool:
    """Whether a count that names its noun closes a list of two counts of one change ("grew by 853 and 442 persons",
    "by 853 and 442 persons respectively"): only a conjunction or a comma stands between the two, and the clause ends
    after the noun, rather than going on with a verb of its own ("rose by 5,000 and 2,000 people were naturalised",
    "fell by 12,000, and 3,500 persons were returned")."""
    joined = between.strip(" ,").lower()
    if joined and joined not in lex.words.conjunctions:
        return False
    return re.match(rf"\s*(?:[.;:)]|$|,?\s*(?:{alternation(lex.words.respective_words)})\b)",
                    text[following.char_end:following.char_end + 40], re.I) is not None


def _listed_noun(facts, text: str, lex) -> list[NumericFact]:
    """Bare counts or shares listed before one that names its noun count that noun too: "1,200,
    3,400 and 5,600 refugees", "7.806.078, 2.259.912 et 1.426.651 habitants", "el 1.1% y el 0.3%
    del monto total"."""
    facts = list(facts)
    listed = re.compile(r"\s*,?\s*(?:(?:{})\s+)?(?:(?:{})\s+)?".format(
        "|".join(re.escape(w) for w in lex.words.list_words if w.isalpha()) or "(?!)",
        "|".join(re.escape(w) for w in lex.words.determiners if w.isalpha())), re.I)
    ranges = {w for w in lex.words.range_words if w.isalpha()} if lex.words.head_first else set()
    # "made up 48% and 52% of arrivals": shares listed before the one a noun is "of" are of that noun too
    of_after = re.compile(r"\s+(?:{})\s".format("|".join(map(re.escape, lex.words.of_words))), re.I) \
        if not lex.words.head_first else None
    of_shared: set[int] = set()
    named_chain: set[int] = set()
    for index in range(len(facts) - 2, -1, -1):
        fact, following = facts[index], facts[index + 1]
        between = text[fact.char_end:following.char_start]
        share = following if following.kind == "percent" and re.fullmatch(r"\s*\(\s*", between) else None
        if share is not None and index + 2 < len(facts) and fact.kind == "count" and fact.counted is None \
                and share.counted is None and re.match(r"\s*\)", text[share.char_end:]):
            # "avec 18 156 (10,9 %) et 18 001 (10,8 %) départs": a count and its share in brackets, listed before
            # the count that names the noun, count that noun too
            following = facts[index + 2]
            between = text[text.index(")", share.char_end) + 1:following.char_start]
            named_after = re.match(r"(?:\s*\([^()]*\))?\s*(\S+)", text[following.char_end:following.char_end + 80])
            if following.kind == "count" and following.counted and fact.sentence == following.sentence \
                    and (_own_noun(following)
                         or named_after is not None and named_after.group(1).lower().startswith(following.counted.lower())) \
                    and listed.fullmatch(between):
                facts[index] = replace(fact, counted=following.counted)
                facts[index + 1] = replace(share, counted=following.counted)
            continue
        # "falls to 4,255 and 4,565 new applications"; "957, 193 and 182 Nigerians": the noun named last is each's
        named = bool(following.counted) and (_own_noun(following)
                                             or index + 1 in named_chain) \
            and not re.search(r"[^\W\d_]", fact.surface)
        shared = of_after is not None and fact.kind == following.kind == "percent" and fact.change is None \
            and following.change is None and (index + 1 in of_shared or of_after.match(text, following.char_end))
        if following.counted and fact.kind == following.kind in ("count", "percent") \
                and fact.sentence == following.sentence and listed.fullmatch(between) \
                and (fact.counted is None or between.strip().lower() in ranges and fact.counted != following.counted
                     or (named or shared) and fact.counted != following.counted and fact.change is None
                     and following.change is None
                     # "their populations grew by 853 and 442 persons": two counts of one change, the noun after
                     # both, not the subject, is what each counts
                     or named and fact.kind == "count" and fact.change is not None
                     and following.change in (None, fact.change) and fact.counted != following.counted
                     and _own_noun(following) and _closes_a_list(between, following, text, lex)):
            facts[index] = replace(fact, counted=following.counted)  # "(de 11.298 a 27.075 casos)": cases, both
            if named:
                named_chain.add(index)
            if shared:
                of_shared.add(index)
    return facts


def _bracketed_own_years(facts, text: str) -> list[NumericFact]:
    """A year alone in brackets right after a figure is the figure's ("reached $4.2 billion (2023), up
    from $3.9 billion (2022)")."""
    named = []
    for fact in facts:
        year = re.match(r"\s*\(\s*((?:19|20)\d\d)\s*\)", text[fact.char_end:fact.char_end + 12])
        if year and fact.kind in ("count", "money", "percent") and fact.period_start is None:
            fact = replace(fact, as_of=year.group(1))
        named.append(fact)
    return named


def _years_of_determined_figures(facts, text: str, lex) -> list[NumericFact]:
    """A figure after its article and before "de" and a year is that year's ("pasaron de los 2.622
    de 2013 a los 5.400 de 2017", "frente a las 231 de 2022"); "de 2013 a 2017" is a period."""
    facts = list(facts)
    words = lex.words
    if not words.year_of_words:
        return facts
    article, year = _pass_words(lex.lang).year_article, _pass_words(lex.lang).year_of
    for index, fact in enumerate(facts):
        found = year.match(text, fact.char_end)
        # "the two middle quarters of 2018": a span of time of the year, not a figure of it
        last = fact.surface.split()[-1].lower()
        bare = not (is_time_word(last, lex) or is_time_word(last.rstrip("s"), lex))
        if found and bare and fact.kind in ("count", "money") and not fact.change \
                and not (fact.as_of or "").startswith(found.group(1)) \
                and fact.period_start is None and article.search(text, max(0, fact.char_start - 12), fact.char_start):
            # its own year, over one read from elsewhere in the sentence ("a los 5.891 en 2017")
            facts[index] = replace(fact, as_of=found.group(1))
    return facts


def _respective_years(facts, lex):
    """Figures given "respectively" for as many years, in order: "En los dos años siguientes, 2016 y
    2017, los aumentos fueron del 121 y 142% respectivamente" (2016, 2017)."""
    facts = list(facts)
    words = "|".join(map(re.escape, lex.words.respective_words)) or "(?!)"
    start = 0
    while start < len(facts):
        end = start
        while end < len(facts) and facts[end].sentence == facts[start].sentence:
            end += 1
        sentence, group = facts[start].sentence, facts[start:end]
        years = list(dict.fromkeys(re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?!\d|[.,]\d)", sentence)))
        if re.search(rf"\b(?:{words})\b", sentence, re.I) and len(years) == len(group) > 1 \
                and len({f.kind for f in group}) == 1 and all(f.as_of in (None, *years) for f in group):
            facts[start:end] = [replace(f, as_of=year, period_start=None, period_end=None) for f, year in zip(group, years)]
        start = end
    return facts


def _year_labels(facts):
    """A figure on a line of a list labelled by its year is as of that year: "2024: 66 mil 435",
    "2025 (hasta octubre): 32 mil", "- 2019: 4,210 returns", "2016 - 530,250 immigrants are caught",
    "2019 123,528"."""
    for fact in facts:
        # "-- FY2017 - 40,810": a fiscal year's label, after a list's double dash
        # "2016 - 530,250 unauthorized immigrants are caught." too, and "2019 123,528" alone on its line
        label = re.match(r"\s*(?:[-–•*]{1,2}\s*)?(?:FY\s?)?((?:19|20)\d\d)(?:\s*\([^()\d]{0,30}\))?\s*"
                         r"(?::\s|[-–]\s+(?!(?:19|20)\d\d\b)|\s(?=\d{1,3}(?:[.,]\d{3})+\s*$))", fact.sentence)
        # one figure after the label ("2016 - ", "2024: 66 mil 435"), the fact's own words read as one
        rest = fact.sentence[label.end():].replace(" ".join(fact.surface.split()), "0", 1) if label else ""
        listed = label is not None and (
            _list_line(re.sub(r"^\s*[-–•*]\s*", "", fact.sentence).replace(label.group(1), "Year", 1))
            or len(re.findall(r"\d+(?:[.,]\d+)*", rest)) == 1)
        if listed and fact.as_of is None and fact.period_start is None and not fact.change:
            fact = replace(fact, as_of=label.group(1))
        yield fact


def _bracketed_years(facts, text: str):
    """A figure in brackets right after a year is as of that year: "tras las de 2022 (248.000) y
    2021 (133.000)", "compared with 2022 (873 700)", "than in 2018, (34,921)"; so is one after a year
    and a dash that open its bracket: "(in 2009 - 55%)"."""
    for fact in facts:
        before = text[max(0, fact.char_start - 20):fact.char_start]
        year = _YEAR_BEFORE_BRACKET.search(before) if fact.kind in ("count", "money") else None
        year = year or _YEAR_OPENING_BRACKET.search(before)
        if year and fact.kind in ("count", "money", "percent") and not fact.change \
                and not (fact.as_of or "").startswith(year.group(1)):
            fact = replace(fact, as_of=year.group(1), period_start=None, period_end=None)
        yield fact


_YEAR_BEFORE_BRACKET = re.compile(r"(?<![\d.,])((?:19|20)\d\d),?\s*\(\s*$")  # "compared with 2022 ("
_YEAR_OPENING_BRACKET = re.compile(r"\(\s*(?:[^\W\d_]{2,3}\s+)?((?:19|20)\d\d)\s*[-–—]\s*$")  # "(in 2009 – "


def _paired_years(facts, text: str, lex):
    """Figures listed in a bracket right after as many years ("the peaks of 2015 and 2016 (1 216 900 and
    1 166 800)"): each is as of its year, in order."""
    facts = list(facts)
    joiners = alternation([w for w in lex.words.conjunctions if w.isalpha()])
    years = re.compile(rf"((?:19|20)\d\d)((?:\s*,\s*(?:19|20)\d\d)*)\s+(?:{joiners})\s+((?:19|20)\d\d),?\s*\(\s*$", re.I)
    listed = re.compile(rf"\s*(?:,|(?:,\s*)?(?:{joiners}))\s*", re.I)
    for index, fact in enumerate(facts):
        found = years.search(text, max(0, fact.char_start - 60), fact.char_start)
        if found is None:
            continue
        named = [found.group(1), *re.findall(r"(?:19|20)\d\d", found.group(2)), found.group(3)]
        group = facts[index:index + len(named)]
        closes = len(group) == len(named) and re.match(r"\s*\)", text[group[-1].char_end:])
        if not closes or any(not listed.fullmatch(text[a.char_end:b.char_start]) for a, b in zip(group, group[1:])) \
                or any(f.change or f.kind not in ("count", "money", "percent") for f in group):
            continue
        for k, year in enumerate(named):
            facts[index + k] = replace(group[k], as_of=year, period_start=None, period_end=None)
    return facts


def _movement_years(facts, text: str, lex):
    """The two levels of a movement in brackets after two years ("un 162% entre 2016 y 2017 (de
    1.561 a 4.092 casos)", "en 2017 subieron un 139% respecto de 2016 (de 11.298 a 27.075 casos)"), or
    led by a movement word ("entre 2013 y 2017, pasando de 4.231 a 9.936"): the first is as of the
    earlier year, the second as of the later: levels, not the period."""
    facts = list(facts)
    ranges = "|".join(re.escape(w) for w in lex.words.range_words if w.isalpha()) or "(?!)"
    froms = "|".join(re.escape(w) for w in lex.words.dates.period_from if w.isalpha()) or "(?!)"
    # "(from 3.61 million up to 3.64 million)": a change word before the second level says which way it went
    ways = alternation(lex.phrases("changes_before_percent"))
    months = lex.words.months
    for index, (fact, following) in enumerate(zip(facts, facts[1:])):
        if fact.sentence != following.sentence or fact.change or following.change \
                or not re.fullmatch(rf"\s*(?:(?:{ways})\s+)?(?:{ranges})\s*", text[fact.char_end:following.char_start], re.I):
            continue
        opening = re.search(rf"\(\s*(?:{froms})\s*$", text[max(0, fact.char_start - 12):fact.char_start], re.I)
        in_period = False
        if opening is None and lex.words.dated_movement_levels and fact.period_start is not None:
            # "entre 2013 y 2017, pasando de 4.231 a 9.936": the levels of the sentence's period too
            lead = text[max(0, fact.char_start - 30):fact.char_start]
            opening = _pass_words(lex.lang).movement_lead.search(lead)
            # "retrocedió dos puntos porcentuales, del 44 por ciento al 42 por ciento", "un descenso ..., de 44 a 42":
            # the levels set off by a comma after the change; "al pasar de tasas de 78.5 a 29.5": a noun of the levels
            # between the movement word and them
            of = alternation([*lex.words.dates.period_from, *lex.words.movement_from])
            opening = opening or re.search(rf",\s*{of}\s*$", lead, re.I) \
                or _pass_words(lex.lang).movement_lead.search(re.sub(rf"\s[^\W\d_]+\s+{of}\s*$", " ", lead))
            opening = opening or _verb_after_span(text, fact, lex)
            in_period = opening is not None
        if opening is None:
            continue
        start = _sentence_start(text, fact)
        before = text[start:fact.char_start] if start >= 0 else ""
        # "entre noviembre de 2023 y febrero de 2024": a month joined to its year by "de"
        join = rf"(?:(?:{alternation(lex.words.dates.day_month_joiner)})\s+)?" if lex.words.dates.day_month_joiner else ""
        dated = {(year, months.get(month.lower().rstrip("."))) for month, year
                 in re.findall(rf"(?:([^\W\d_]+)\.?\s+{join})?\b((?:19|20)\d\d)\b", before)}
        if len({year for year, _ in dated}) == len(dated) and all(month for _, month in dated):
            # "Between June 2023 and June 2024, ... (from 3.61 million up to 3.64 million)": as of each month
            years = sorted(f"{year}-{month:02d}" for year, month in dated)
        else:
            years = sorted({year for year, _ in dated})
        if len(years) != 2 and in_period and fact.period_end is not None and fact.period_start < fact.period_end \
                and str(fact.period_start) in before and str(fact.period_end) in before:
            # "al cuarto trimestre de 2012, ... en el periodo 2006-2011 ..., al pasar de tasas de 78.5 a 29.5": the years of
            # the period named before the figures, not another date of the sentence (a period named after them, "pasó de
            # 4.5 % a 3.9 % entre 2019 y 2021", is the figures' own)
            years = [str(fact.period_start), str(fact.period_end)]
        if len(years) == 2:
            facts[index] = replace(fact, as_of=years[0], period_start=None, period_end=None)
            facts[index + 1] = replace(following, as_of=years[1], period_start=None, period_end=None)
    return facts


def _membership_counts(facts, text: str, lex) -> list[NumericFact]:
    """A count right after "the" that names a fixed set of countries or states ("the 27 Member States of the EU
    registered 123,300 claims in the first half of 2012", "in one of the 28 EU Member States during 2015", "the 44
    industrialized countries covered"): a category count, not a finding of the sentence's date, so no as_of; a set
    ranked by a word before its noun or just after it ("the top five countries", "the 10 leading source countries",
    "the five countries receiving the most remittances in 2022") keeps the date."""
    facts = list(facts)
    words = lex.words
    if not words.membership_set_nouns:
        return facts
    ranked = {w.lower() for w in words.ranked_set_modifiers}
    named = re.compile(rf"(?:\d[\d,.]*|[^\W\d_]+)\s+((?:[^\W\d_][\w-]*\s+){{0,3}}?)(?:{alternation(words.membership_set_nouns)})\b"
                       r"((?:[^\w.;:]+[\w-]+){0,6})", re.I)

    def ranks(phrase: str) -> bool:
        return any(w in ranked or w.endswith("est") for w in re.findall(r"[^\W\d_]+", phrase.lower()))

    for k, fact in enumerate(facts):
        if fact.kind != "count" or fact.change or not fact.as_of or fact.period_start is not None:
            continue
        if not re.search(r"(?<![\w-])the\s+$", text[max(0, fact.char_start - 8):fact.char_start], re.I):
            continue
        found = named.match(text, fact.char_start)
        if found is None or ranks(found.group(1)) or ranks(found.group(2)):
            continue
        facts[k] = replace(fact, as_of=None)
    return facts


def _verb_after_span(text: str, fact, lex) -> re.Match | None:
    """A change verb and "from" right before a movement's first level, in the clause its span of years opens
    ("between 2017 and 2019 the number of international migrants climbed from 164 to 169 million"): no comma, no
    other figure between the span and the verb ("From 2016 to 2021, 6.6 million more ..., so prevalence climbed from
    2.1 to 2.8" keeps the period)."""
    start = _sentence_start(text, fact)
    if start < 0:
        return None
    first, last = str(fact.period_start), str(fact.period_end)
    froms = alternation([w for w in lex.words.dates.period_from if w.isalpha()])
    tos = alternation([*lex.words.dates.period_to, *lex.words.conjunctions])
    span = None
    for span in re.finditer(rf"\b(?:{froms})\s+{first}\s+(?:{tos})\s+{last}\b", text[start:fact.char_start], re.I):
        pass
    if span is None:
        return None
    clause = text[start + span.end():fact.char_start]
    verb = re.search(rf"\s([^\W\d_]+)\s+(?:{froms})\s*$", clause, re.I)
    if verb is None or re.search(r"[\d,;:()]", clause) or verb.group(1).lower() not in lex.phrases("changes"):
        return None
    return verb


def _names_its_subject(before: str, lex) -> bool:
    """Whether the words of a sentence before its "leur nombre" name the set it is the number of: "les
    ressortissants de pays extérieurs à l'UE ont vu leur nombre progresser de 0,4 %"."""
    own = re.search(rf"\b{alternation(lex.words.own_number_phrases)}\b", before, re.I)
    words = re.findall(r"[^\W\d_][\w'’-]*", before[:own.start()] if own else before)
    return any(a.lower() in lex.words.determiners and _plural_content_noun(b, lex) for a, b in zip(words, words[1:]))


def _elliptical(facts, text: str, lex):
    """A figure that names nothing takes what the figure before it in its sentence counts:
    "69,200 immigrants arrived, nearly 7,600 more than a year earlier", "88 victims were
    rescued, rising to 109 in February"; elliptical list items take the noun of their set."""
    pronouns = alternation(lex.words.set_pronouns)
    of_them_before = re.compile(rf"\b(?:{pronouns})\b", re.I)
    # "De estos, 385 mil 753 se ubican en ...", "De ellos el 50.4 % vino de México"
    of_them_opening = re.compile(rf"\W*{pronouns}\s*(?:,|(?=(?:{alternation(lex.words.determiners)})\s))", re.I)
    # "Two-thirds (65%) of them": past the share's restatement in brackets
    of_them_after = re.compile(rf"^\s*(?:\([^()\n]*\)\s*|\)\s*)?(?:{pronouns})\b", re.I)
    previous: NumericFact | None = None
    sets: dict[str, NumericFact] = {}  # the last figure of each kind in the sentence that names its set
    subject: str | None = None  # the first thing counted in the sentence that is no place
    whole: NumericFact | None = None  # the count before the previous figure of the sentence
    whole_share: NumericFact | None = None  # a share of the sentence that names its whole: "el 37.8 % de las remesas"
    before_sets: dict = {}  # the sets the sentence before named
    named_sets: dict = {}  # the sets the last sentence that named any named
    owner: NumericFact | None = None  # the sentence's first count of people or things
    named_owner: NumericFact | None = None  # that of the last sentence that had one
    openers = alternation(lex.words.continuation_openers)
    ranking = re.compile(rf"\b{alternation(lex.words.ranking_phrases)}\b", re.I)
    # "les trois premières nationalités de demandeurs", "the main nationalities of applicants": the set of the list
    of = r"(?:{})(?:\s+|(?<=['’]))".format("|".join(re.escape(w) for w in lex.words.of_words) or "(?!)")
    nationalities = [re.compile(r"\b{}\s+{}{}([^\W\d_][\w-]*)".format(alternation(lex.words.nationality_words), between, of), re.I)
                     for between in ("", rf"{of}[^\W\d_]+\s+")]  # "nationalités d'origine des demandeurs"
    moved_from = re.compile(r"\b{}\s*$".format(alternation([*lex.words.dates.period_from, *lex.words.dates.period_to])), re.I)
    own_number = re.compile(rf"\b{alternation(lex.words.own_number_phrases)}\b[^.;:()]*$", re.I)  # "leur nombre a progressé de"
    topic = re.compile(rf"\W*(?:{alternation(lex.words.topic_openers)})", re.I) if lex.words.topic_openers else None
    remainder_before = re.compile(rf"\b{alternation(lex.words.remainder_words)}\s*$", re.I)  # "the remaining 16%"
    remainder_after = re.compile(rf"\s*{alternation(lex.words.remainder_words)}\b", re.I)  # "el 16% restante"
    continued = False  # the figure before continued a list whose first item named its noun
    changed: dict[str, NumericFact] = {}  # the last figure of each kind in the sentence, where it is a change
    copula = _copula_link(lex.lang)  # "one million are asylum seekers", "217.508 de ellos son niñas"
    for fact in facts:
        if previous is None or fact.sentence != previous.sentence:
            # the sets of the last sentence that named one: "... 298.559 ciudadanos. La cifra se triplicó. De ese total,"
            named_sets = sets or named_sets
            named_owner = owner or named_owner
            owner = None
            before_sets = sets if previous is not None else {}
            sets, subject, whole_share = {}, None, None
            changed = {}  # the last figure of each kind in the sentence, where it names a change
        # a percentage of a count's pronoun is a share of it: "28,5 millones de latinoamericanos,
        # 70 % de ellos en Estados Unidos", "3.288 hogares, de los cuales el 67,9%"
        between = text[previous.char_end:fact.char_start] if previous is not None else ""
        # "half of them children": a fraction's span ends with its "of"
        of = re.search(r"\s(?:{})$".format("|".join(map(re.escape, lex.words.of_words)) or "(?!)"), fact.surface, re.I)
        tail = (of.group().strip() if of else "") + text[fact.char_end:fact.char_end + 40]
        after = of_them_after.match(tail)
        named = after and re.match(r"\s*([^\W\d_]+)", tail[after.end():] + text[fact.char_end + 40:fact.char_end + 80])
        if named and named.group(1).lower() not in lex.spacy_stop_words and is_plural(named.group(1).lower(), lex):
            after = None  # "45 per cent of them women": the women are counted; "69% of which went to": a verb
        share = previous is not None and (fact.kind, previous.kind) == ("percent", "count") and bool(
            of_them_before.search(between) or after)
        kinds = previous is not None and (fact.kind == previous.kind or share)
        # "(70 % del total)": the total is the set the figure before counts
        head = (fact.counted or "").lower().split()[0 if lex.words.head_first else -1] if fact.counted else ""
        unnamed = fact.counted is None or share and head in lex.words.generic_heads
        if share and lex.words.head_first and fact.kind == "percent" and previous.counted and fact.counted \
                and fact.sentence == previous.sentence and re.match(r"\s*(?:(?:{})\s|d['’])".format(
                    alternation(lex.words.of_words)), text[fact.char_end:fact.char_end + 8] + " ", re.I) \
                and not is_place(previous.counted, lex):
            # "490 578 habitants résidants, dont 41,2 % d'étrangers": a share of the count before its pronoun, whatever
            # its part is named
            fact = replace(fact, counted=previous.counted)
        elif (fact.counted is None or not re.search(r"[^\W\d_]", fact.surface)) and named and not after \
                and fact.kind in ("count", "percent") and is_plural(named.group(1).lower(), lex):
            # "28,000 migrants have died ..., 1,143 of them children"; "3,395 persons – 2,415 of them females": the noun
            # after "of them" before a subject read across a dash
            fact = replace(fact, counted=named.group(1))
        elif fact.counted is None and after and fact.kind == "percent" and "count" in sets \
                and not (previous is not None and previous.kind == "count"):
            # "received 432,225 study visas ..., 13% fewer than a year earlier ... Two-thirds (65%) of them": the
            # last count's set, past the figures between
            fact = replace(fact, counted=sets["count"].counted)
        elif (fact.kind == "percent" or fact.kind == "count" and fact.counted is None) and previous is not None \
                and previous.kind == fact.kind and previous.counted \
                and fact.sentence == previous.sentence and (linked := copula.match(text, previous.char_end)) \
                and _opens_with(text, linked.end(), previous.counted) \
                and (gapped := re.match(r",?\s+([^\W\d_]+)\b(?!\s*(?:{}))".format(alternation(lex.words.of_words)),
                                        text[fact.char_end:fact.char_end + 40])) \
                and gapped.group(1).lower() not in lex.spacy_stop_words and is_plural(gapped.group(1).lower(), lex):
            # "el 53% eran hombres y el 47% mujeres", "102,7 millones eran varones y 64,9 millones, mujeres": the
            # copula left out, the noun after the share or count is its own
            fact = replace(fact, counted=gapped.group(1))
        elif (unnamed and previous is not None and previous.counted and kinds
                and fact.kind in ("count", "percent") and fact.sentence == previous.sentence):
            # "The recognition rate for Syrians was 94%, compared with 12% for Turks": a group of its own
            # "one million are asylum seekers, and another seventeen million have been displaced": what the
            # figure before was said to be is a part; the sentence's set continues
            part = subject if subject and fact.kind == "count" and copula.match(text, previous.char_end) \
                and not _own_noun(previous) else None
            # "in two batches of 485 and 487": what a batch holds is the sentence's set, not batches
            of = rf"\b{re.escape(previous.counted)}\s+(?:{alternation(lex.words.of_words)})\s+$"
            part = part or (subject if subject and subject != previous.counted
                            and re.search(of, text[max(0, fact.char_start - 80):fact.char_start], re.I) else None)
            # "Australia (25,800 – 15,600 of which were New Zealand citizens) China (15,800)": what a figure was said
            # to be is its own part, not the set of the list's items in brackets
            fact = fact if _copula_part(text, previous, lex) and not part and _bracket_before(text, fact.char_start) else replace(fact, counted=part or _own_group(text, previous, fact, lex)
                           or _gapped_subject(text, previous, fact, lex)
                           or _carried_count(text, whole, previous, fact, lex) or previous.counted)
        elif fact.counted is None and fact.kind == "percent" and "percent" in sets and fact.change is None \
                and sets["percent"].change is None and not fact.rule_id.startswith("table-row"):
            # "More than three-fourths of the cash remittances came from land-based workers, while less than a
            # quarter came from sea-based workers": a share of the set the share before named
            fact = replace(fact, counted=sets["percent"].counted)
        elif fact.counted is None and fact.kind == "percent" and fact.change and "percent" in sets \
                and sets["percent"].change and not fact.rule_id.startswith("table-row") \
                and not (previous is not None and previous.kind == "count" and previous.counted
                         and re.fullmatch(r"\s*\(\s*(?:[^\W\d_]+\s+)?", between)):
            # (but "seguidos por los marroquíes, con 420.556 (un 11% más)": the change of the count it restates)
            # "receipts were 29.3 percent higher than February's $1.56 billion and 8.5 percent higher than
            # $1.85 billion a year earlier": a change of what the change before in the sentence measured
            fact = replace(fact, counted=sets["percent"].counted)
        elif fact.counted is None and fact.kind == "count" and "percent" in sets and sets["percent"].change \
                and moved_from.search(text[max(0, fact.char_start - 12):fact.char_start]):
            # "Net migration ... was down by 42 per cent on the year before, from 67,300 to 38,500": the levels
            # the change moved between are of what changed
            fact = replace(fact, counted=sets["percent"].counted)
        elif fact.counted is None and fact.kind == "count" and "count" in sets and not fact.rule_id.startswith("table-row") \
                and not (_head(sets["count"].counted, lex) in lex.words.place_sets
                         and names_place(text[sets["count"].char_end:fact.char_start], lex)):
            # "Germany (73 100 first time applicants, or 40% of all ...) and Hungary (32 800, or 18%)"; but "Among
            # the top ten destination countries, ... Qatar (-8.61)": the named place's figure, not the places'
            fact = replace(fact, counted=sets["count"].counted)
        elif fact.counted is None and fact.kind == "count" and previous is not None and previous.kind == "percent" \
                and previous.counted and fact.sentence == previous.sentence \
                and previous.counted.lower().split()[-1 if not lex.words.head_first else 0] not in lex.words.generic_heads \
                and (re.fullmatch(r"\s*(?:[;,]|,?\s*(?:{})\b)\s*".format(alternation(lex.words.restatement_words)), between)
                     and _bracket_before(text, previous.char_start)
                     or re.fullmatch(r"\s*(?:[^\W\d_]+\s*)?\(\s*", between) and re.match(r"\s*\)", text[fact.char_end:])):
            # "UK nationals were the most commonly referred (26%; 1,135)", "The remaining OFWs (4.0% or 92 thousand)",
            # "El 16% restante (45.242)": a share and its count, of one set
            fact = replace(fact, counted=previous.counted)
        elif fact.kind == "count" and fact.change and previous is not None and previous.kind == "percent" \
                and previous.change == fact.change and previous.counted and fact.sentence == previous.sentence \
                and re.fullmatch(r"\s*\(\s*[+\-−]?\s*", between) and re.match(r"\s*\)", text[fact.char_end:]):
            # "soit une progression de 6,4 % (+58 943)": a change and its count, of one set
            fact = replace(fact, counted=previous.counted)
        elif fact.counted is None and fact.kind == "percent" and previous is not None and previous.kind == "count" \
                and whole is not None and fact.sentence == previous.sentence and _restated(text, previous, fact, lex) \
                and of_them_before.search(text[whole.char_end:previous.char_start]):
            # "1.251.225 extranjeros, y de ellos 288.233, el 23 %, son venezolanos": a share of the whole
            fact = replace(fact, counted=whole.counted)
        elif (fact.counted is None or _of_total_in_bracket(text, previous, fact, lex)) \
                and fact.kind == "percent" and previous is not None and previous.kind == "count" \
                and previous.counted and fact.sentence == previous.sentence \
                and (_restated(text, previous, fact, lex) or fact.change and (_change_after_clause(text, previous, fact, lex)
                                                                         or _change_in_apposition(text, previous, fact, lex))):
            # "Hungary (32 800, or 18%)", "17,000 aliens entered ..., an 85 percent decrease": a share of the same set;
            # "Italy (213 700, or 22 % of the EU total)": the total is that set's
            of_set = re.match(r"\s*(?:{})\b".format("|".join(map(re.escape, lex.words.of_words))), text[fact.char_end:])
            if fact.counted is not None or not of_set \
                    or fact.change and fact.surface.strip()[-1:] == "%" and _change_word_after(text, fact, lex):
                # "or 39.4% of the increase" names its own set
                fact = replace(fact, counted=_changed_beyond_places(previous, whole, fact, lex))
        if fact.kind == "percent" and fact.change and previous is not None and previous.kind == "count" \
                and previous.counted and fact.sentence == previous.sentence and not lex.words.head_first \
                and re.fullmatch(r"\s*;\s*(?:{})\s+(?:by\s+)?".format(
                    "|".join(map(re.escape, lex.phrases("changes_before_percent"))) or "(?!)"), between, re.I):
            # "Nepal (98,400 people; up 18.2%)": the change of the count it stands beside in its bracket
            fact = replace(fact, counted=previous.counted)
        continued = previous is not None and _parallel_frame(text, previous, fact, lex, continued=continued)
        if continued:
            # "Syria with 4,210 applicants, Afghanistan with 3,870 and Iraq with 1,450": the items after the first
            # count the noun it named, not the sentence's subject
            fact = replace(fact, counted=previous.counted)
        if fact.kind == "percent" and fact.change and fact.counted and previous is not None and previous.kind == "count" \
                and previous.counted and fact.counted != previous.counted and fact.sentence == previous.sentence \
                and not previous.change and (_change_in_apposition(text, previous, fact, lex)
                                             or not lex.words.head_first and _change_after_clause(text, previous, fact, lex)
                                             and _head(previous.counted, lex) not in (*lex.words.head_count_nouns,
                                                                                      *lex.words.place_sets)):
            # "près de 5 200 premières demandes introduites (soit une hausse de 102%)", "Residents made 98,300 trips
            # abroad in May, 11 percent up on May 2019": the change of the count it stands beside, whatever an earlier
            # subject of the sentence named; a rate of a count that is itself a change ("la population a augmenté de
            # 9.418 personnes, soit une hausse de 0,3 %") keeps the subject, and so does one after a count of heads or
            # places ("net migration came to 44 000 persons, 30% lower", "lodged in the 29 countries, a fall of 16%")
            fact = replace(fact, counted=previous.counted)
        if fact.kind == "percent" and fact.change and previous is not None and previous.kind == "percent" \
                and previous.counted and not previous.change and fact.sentence == previous.sentence \
                and lex.words.restating_clauses and not lex.words.head_first \
                and _restates(text[previous.char_end:fact.char_start], lex):
            # "taking 34 per cent of all migrants helped to return, which means a decrease of 39 per cent": of them
            fact = replace(fact, counted=previous.counted)
        if (lex.words.head_first or lex.words.gapped_links) and previous is not None and fact.sentence == previous.sentence \
                and fact.kind == previous.kind == "percent" and previous.counted and _parallel_subject(text, previous, fact, lex):
            # "les hommes représentaient 67,6 % des demandeurs, et les femmes 32,4 %": of the same applicants;
            # "Women accounted for 54 per cent of the total, men for 46 per cent"
            fact = replace(fact, counted=previous.counted)
        if fact.kind == "percent" and lex.words.head_first and whole_share is not None \
                and _bracket_before(text, fact.char_start):
            # "con el 37.8 % de las remesas, seguidas de los hermanos (20.2 %)": shares of the same whole
            fact = replace(fact, counted=whole_share.counted)
        elif fact.kind == "percent" and _share_of(text, fact, lex):
            whole_share = fact
        if fact.counted and is_place(fact.counted, lex) and subject and _bracket_before(text, fact.char_start) \
                and fact.counted == (previous.counted if previous is not None else None):
            # "refugees come from five countries: Afghanistan (2.7 million)": the refugees, not the countries
            fact = replace(fact, counted=subject)
        name = re.search(r"([^\W\d_][\w'’-]*)\s*\(\s*$", text[max(0, fact.char_start - 60):fact.char_start])
        # the set the sentence before named last: a count's, or a share's of a set it names ("Trois quarts des immigrants")
        prior = max((f for f in before_sets.values() if f.kind == "count" or _own_noun(f)),
                    key=lambda f: f.char_start, default=None)
        if fact.kind == "count" and fact.change is None and name \
                and (fact.counted is None or fact.counted.lower() == name.group(1).lower()) and prior is not None \
                and not _bracket_before(text, prior.char_start) \
                and not any(is_people(f.counted) for f in before_sets.values() if f.kind == "count") \
                and not is_people(prior.counted) and (re.match(rf"\W*(?:{openers})\b", fact.sentence, re.I)
                                                      or ranking.search(fact.sentence)) \
                and not (lex.words.most_words and _pass_words(lex.lang).most_noun.search(fact.sentence)):
            # (but "la lista de países con más peticiones de asilo, casi 175.000, por delante de Italia (22.300)":
            # a sentence that ranks by the most of a thing names its own set, which _most_counted reads)
            # "... avec 2 999 expulsions. Suivent les Géorgiens (1 844), les Marocains (1 658)", "Les Allemands arrivent
            # en tête (26 400), devant les Portugais (20 000)": the list goes on
            # with the set of the sentence before; after "252.000 venezolanos", "Después vienen los ecuatorianos
            # (47.724)" goes on with nationalities, each counting itself
            fact = replace(fact, counted=prior.counted)
        prior_share = before_sets.get("percent")
        if fact.kind == "percent" and fact.change is None and name and fact.counted is None and prior_share is not None \
                and prior_share.change is None and re.match(rf"\W*(?:{openers})\b", fact.sentence, re.I) \
                and re.search(rf"%\s*(?:{alternation(lex.words.of_words)})\s*(?:[^\W\d_]+\s+)?{re.escape(prior_share.counted)}\b",
                              prior_share.sentence, re.I):
            # "... devant le Sénégal (10,7% du PIB) ... Viennent ensuite le Cap-Vert (9,3 %)": shares of the whole the
            # sentence before named after a share
            fact = replace(fact, counted=prior_share.counted)
        # "... les trois premières nationalités d'origine des demandeurs. Suivent les Somaliens (725)": a list that goes
        # on takes the set the sentence before named its nationalities of
        going_on = re.match(rf"\W*(?:{openers})\b", fact.sentence, re.I) and next(iter(before_sets.values()), None)
        of_nationalities = next((m for m in (p.search(s) for p in nationalities
                                             for s in (fact.sentence, going_on.sentence if going_on else ""))
                                 if m and is_plural(m.group(1).lower(), lex)), None) if name and fact.kind == "count" else None
        if of_nationalities and fact.counted and fact.counted.lower() == name.group(1).lower() and is_people(fact.counted):
            fact = replace(fact, counted=of_nationalities.group(1))  # "les Syriens (2.610) ... nationalités de demandeurs"
        if fact.kind == "percent" and fact.change and lex.words.own_number_phrases \
                and own_number.search(text, max(0, fact.char_start - 60), fact.char_start) \
                and (owner or named_owner) is not None and not (topic and topic.match(fact.sentence)) \
                and not _names_its_subject(text[_sentence_start(text, fact):fact.char_start], lex):
            # "1'751'301 étrangers résidaient en Suisse ... En un an, leur nombre s'est accru de 2,9%": of the étrangers;
            # not where the sentence opens on its topic ("Quant aux citoyens d'Etats tiers, leur nombre a augmenté de")
            fact = replace(fact, counted=(owner or named_owner).counted)
        if (fact.counted is None or fact.counted.lower() in lex.words.remainder_words) \
                and fact.kind in ("count", "percent") and lex.words.remainder_words \
                and (remainder_before.search(text, max(0, fact.char_start - 20), fact.char_start)
                     or remainder_after.match(text, fact.char_end)):
            # "De ese total, el 84% (253.317) tiene ... El 16% restante (45.242)": the rest of the set named before
            rest = sets.get(fact.kind) or named_sets.get(fact.kind) or sets.get("count") or named_sets.get("count")
            fact = replace(fact, counted=rest.counted) if rest is not None else fact
        if fact.counted is None and fact.kind in ("count", "percent") and "count" in named_sets \
                and of_them_opening.match(fact.sentence) and (previous is None or previous.sentence != fact.sentence
                                                               or previous.counted == named_sets["count"].counted
                                                               or _copula_part(text, previous, lex)):
            # "... 426 mil 726 hogares ... De estos, 385 mil 753 se ubican en la zona urbana, o sea, el 90.4 %": a part of
            # the set the sentence before counted
            fact = replace(fact, counted=named_sets["count"].counted)
        whole = previous if previous is not None and previous.counted and previous.kind == "count" \
            and previous.sentence == fact.sentence else None  # the set the next figure may be taken from
        if fact.counted and fact.kind in ("count", "percent"):
            if fact.kind == "count" and owner is None and fact.counted.lower().split()[-1] not in lex.words.place_sets:
                owner = fact  # the first count of people or things in the sentence, not of places: what "their" is
            # "les Syriens (2.610) ... restaient les trois premières nationalités": a count of the list's groups frames
            # it; the set the list counts stays the one before
            framing = fact.kind in sets and any(w in lex.words.nationality_words for w in fact.counted.lower().split())
            if not _copula_part(text, fact, lex) and not framing:  # "15,600 of which were citizens": a part, not the list's set nor its subject
                sets[fact.kind] = fact
                subject = subject or (fact.counted if not is_place(fact.counted, lex) else None)
        # a sign printed against the figure before is its own: "-7.342 3.423" in a table row
        signed = previous is not None and (previous.surface[:1] in "+-−" or text[:previous.char_start].rstrip(" \u00a0")[-1:] in ("+", "-", "−"))
        broken_down = "(" in between and fact.kind == "count" and fact.counted and previous.counted \
            and fact.counted != previous.counted  # "atteint 7660 personnes (16962 arrivées et 9302 départs)": its parts
        if fact.change is None and previous is not None and previous.change and fact.kind == previous.kind and not signed \
                and not broken_down and (_listed_after(text, previous, fact, lex) or _parallel_change(text, previous, fact, lex)):
            fact = replace(fact, change=previous.change)  # "grew by 23.7 percent, 53.5 percent and 11.3 percent"
        elif fact.change is None and not signed and (earlier := changed.get(fact.kind)) is not None \
                and (previous is earlier or _in_brackets(text, previous)) and _elided_change(text, earlier, fact, lex):
            # (a figure between them only in brackets: "un alza de 1,5% (1.460.047) respecto a 2020; de 2,3%"; "al sumar
            # 736.090 personas, un 9,86%" restates its own count, not the change before)
            fact = replace(fact, change=earlier.change)  # "un aumento de un 121,8% ... y de un 75,9%": the same kind of change
        elif fact.change is None and not signed and fact.kind == "percent" and (earlier := changed.get("percent")) is not None \
                and _change_item_after(text, earlier, fact, lex):
            fact = replace(fact, change=earlier.change)  # "grown by 42% in Libya (10,836), 14% in South Sudan (718,560)"
        elif fact.change is None and not signed and (earlier := changed.get(fact.kind)) is not None \
                and _ranked_item_after(text, earlier, fact, lex):
            fact = replace(fact, change=earlier.change)  # "the biggest rise, 16.8% went to ..., with Malawi next, 9.8%"
        elif fact.change is None and previous is not None and previous.change and not signed and fact.kind == "count" \
                and previous.kind == "count" and fact.sentence == previous.sentence \
                and re.fullmatch(rf"[^\d;.:()]*,\s*(?:{pronouns})\s*,?\s*", between, re.I):
            fact = replace(fact, change=previous.change)  # "a gagné 289 000 personnes, dont 66 000": part of the same gain
        elif fact.change is None and previous is not None and previous.change and not signed \
                and (fact.kind, previous.kind) in (("percent", "count"), ("count", "percent")) \
                and fact.sentence == previous.sentence \
                and _restated(text, previous, fact, lex) and not text[fact.char_end:fact.char_end + 4].lstrip().startswith(
                    tuple(lex.words.of_words)):
            fact = replace(fact, change=previous.change)  # "en augmentation de 7,2 milliards ou 1,4%": the same change
        if fact.kind in ("count", "percent"):
            changed[fact.kind] = fact if fact.change else None
        yield fact
        # "30% of all applications, nearly twice as many as Spain (17%)": a multiple compares two figures and is none
        # of the list's; "106 000 immigrants (persons planning a stay of one year or more), 18% fewer": an aside's
        # duration in brackets neither
        if fact.unit != "times" and not (fact.kind == "other" and _in_brackets(text, fact)) \
                and not _framing_duration(text, previous, fact, lex):
            previous = fact


def _changed_beyond_places(previous: NumericFact, whole: NumericFact | None, fact: NumericFact, lex) -> str:
    """What a change set off after a count counts: that count's noun, but past a count of places to the count of
    things its clause gave before it ("866,000 claims were lodged across 44 countries, a 45 percent increase" ->
    claims; "2,790 persons from 68 countries settled (3.8% more)" -> persons)."""
    if fact.change and whole is not None and whole.counted and _head(previous.counted, lex) in lex.words.place_sets \
            and _head(whole.counted, lex) not in lex.words.place_sets:
        return whole.counted
    return previous.counted


@cache
def _duration_frame(lang: str) -> re.Pattern | None:
    """The words between a count and a duration that frames it ("afiliados extranjeros en"), or None where the
    language has no such words (built once per language)."""
    frames = lexicon(lang).words.count_duration_frames
    return re.compile(rf"[^\d;.:()]*\s(?:{alternation(frames)})\s+", re.I) if frames else None


def _framing_duration(text: str, previous: NumericFact | None, fact: NumericFact, lex) -> bool:
    """Whether a figure is a duration that frames the count just before it in its clause ("gana 127.612 afiliados
    extranjeros en un año, un 7,30% más"): the change after it is the count's, so it is no figure of the list."""
    frame = _duration_frame(lex.lang)
    return frame is not None and previous is not None and fact.kind == "other" and fact.unit in TIME_UNITS \
        and previous.kind == "count" and previous.counted is not None and previous.sentence == fact.sentence \
        and bool(frame.fullmatch(text[previous.char_end:fact.char_start]))


def _in_brackets(text: str, fact: NumericFact) -> bool:
    """Whether a figure stands inside brackets of its sentence: "(persons planning a stay of one year or more)"."""
    opening = text.rfind("(", max(0, fact.char_start - 200), fact.char_start)
    closing = text.find(")", fact.char_end, fact.char_end + 200)
    return opening >= 0 and ")" not in text[opening:fact.char_start] and closing >= 0 \
        and "(" not in text[fact.char_end:closing]


# up to three words before an opening bracket, past an elided article: "d'Asie (", "Costa Rica ("
_PLACE_BRACKET = re.compile(r"(?:\b[dlDL]['’])?((?:[^\W\d_][\w.-]*\s+){0,2}[^\W\d_][\w.-]*)\s*\(\s*[-+−]?\s*$")
# a list line's label: "- Siria — 6,7 millones", "• Kenya: 410"
_PLACE_LABEL = re.compile(rf"(?:^|\n)[^\S\n]*{_LIST_MARK}?[^\S\n]*((?:[^\W\d_][\w.-]*[^\S\n]+){{0,2}}[^\W\d_][\w.-]*)"
                          r"[^\S\n]*[—–:][^\S\n]*$")


@cache
def _place_inline(lang: str) -> re.Pattern:
    """An item of a list run into a sentence after a colon: "Top 3 nationalities: India 16%, Russia 15%, and
    China 11%" (built once per language: its conjunctions join the last item)."""
    conjunctions = alternation(lexicon(lang).words.conjunctions)
    name = r"(?=[^\W\d_])[^\W\d_a-zà-ÿ][\w.-]*"  # a capitalised word
    return re.compile(rf"(?=:[^\n.;]*$)[^\n.;]*?(?:[:,]\s*|\b{conjunctions}\s+)((?:{name}\s+){{0,2}}{name})\s+$")


def _place_values(facts, text: str, lex):
    """A figure in brackets after a place, which names nothing or only the kind of place, counts
    what the clause around the list speaks of: "Asia and the Pacific holds more than half of all
    people in forced labour (15.1 million)", "En cuatro comunidades la población mengua: Castilla y
    León (-3.773), Galicia (-3.137)", "donde menos extranjeros hay inscritos es en Extremadura (3,7 %)"."""
    words = lex.words
    place_sets = frozenset(words.place_sets)
    result = []
    originals: list[str | None] = []  # what each figure of ``result`` counted before this pass
    carried: set[int] = set()  # figures of ``result`` that took the noun the first item of their list named
    renamed: dict = {}  # an item's own place name read as its noun, by sentence, and the set it stands for
    for fact in facts:
        counted_before = fact.counted
        head = (fact.counted or "").lower().split()
        head = (head[0] if words.head_first else head[-1]) if head else None
        # "The present protection rate is very high as well for refugees from Somalia (90.8 per cent)": a rate read
        # for a share stays; it is no people that a list of origins could name
        inferred = fact.counted is not None and not _own_noun(fact) \
            and not (fact.kind == "percent" and head in words.rate_nouns)
        if fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row") \
                and (head is None or head in place_sets or inferred):
            before = text[max(0, fact.char_start - 200):fact.char_start]
            place = _PLACE_BRACKET.search(before) or _PLACE_LABEL.search(before) or _place_inline(lex.lang).search(before)
            names = place.group(1).split() if place else []
            n = next((n for n in range(1, len(names) + 1) if is_place(" ".join(names[-n:]), lex)), None)
            if n is not None and not (head is None or head in place_sets):
                # "The list includes refugees from Yemen (four)": a subject read for the figure gives way
                # to the people of a list of origins, and to nothing else
                start = fact.char_start - len(before) + before.rfind(names[-n], 0, place.end(1))
                origin = _origin_topic(text, fact, _sentence_start(text, fact, start), start, lex)
                # "les Iraquiens formaient le groupe le plus nombreux, avec 5.661 rapatriés, devant la Guinée (5.088)":
                # the list's first item names what the items after it count, whatever the sentence opened with
                previous = result[-1] if result else None
                named = previous.counted if previous is not None and previous.sentence == fact.sentence \
                    and previous.kind == fact.kind == "count" and previous.counted \
                    and (_own_noun(previous) or len(result) - 1 in carried) \
                    and is_plural(previous.counted.lower(), lex) and not is_place(previous.counted, lex) \
                    and previous.counted.lower().split()[0 if words.head_first else -1] not in place_sets else None
                if named and not origin:
                    carried.add(len(result))
                fact = replace(fact, counted=origin) if origin else replace(fact, counted=named) if named else fact
            # "avec une augmentation de 37 %, devant l'Arabie Saoudite (+27,2 %)", "Côte d'Ivoire : 1 055": the item's
            # own place name, read as what it counts, names no set; the figure counts what the list's item before counts
            at = before.rfind(fact.counted) if fact.counted and fact.counted == counted_before and not _own_noun(fact) else -1
            name = before[at:].rstrip(" \u00a0(:—–+-−") if at >= 0 else ""
            own_name = bool(name) and len(name) < 40 and is_place(name, lex)
            item = next((f for f in reversed(result) if f.sentence == fact.sentence and f.kind == fact.kind), None) \
                if own_name else None
            if item is not None and item.counted and bool(item.change) == bool(fact.change) \
                    and is_plural(item.counted.lower().split()[0 if words.head_first else -1], lex) \
                    and item.counted.lower().split()[0 if words.head_first else -1] not in place_sets \
                    and not is_place(item.counted, lex):
                renamed[(fact.sentence, fact.counted)] = item.counted
                fact = replace(fact, counted=item.counted)
            elif inferred and (fact.sentence, fact.counted) in renamed:
                # "Côte d'Ivoire : 1 055 (1,9 %) - Autres pays : 19 060": the figures after it that took its name
                fact = replace(fact, counted=renamed[(fact.sentence, fact.counted)])
            elif n is not None and (head is None or head in place_sets):
                start = before.rfind(names[-n], 0, place.end(1))  # "los procedentes de Ecuador (": Ecuador
                topic = _topic(text, fact, fact.char_start - len(before) + start, lex)
                # "... go home (over 54,000 migrants), ahead of Greece (6,153)": the list's first item names it
                named = next((f.counted for f in reversed(result) if f.sentence == fact.sentence and f.kind == fact.kind
                              and _own_noun(f)
                              and f.counted.lower().split()[-1] not in place_sets), None) if head is not None else None
                topic = topic or named
                if topic:
                    fact = replace(fact, counted=topic)
        if fact.kind == "percent" and fact.counted is None and result and result[-1].kind == "count" \
                and result[-1].counted and result[-1].sentence == fact.sentence and result[-1].counted != originals[-1] \
                and _bracketed_after(text, result[-1], fact):
            fact = replace(fact, counted=result[-1].counted)  # "Maroc : 5 654 (10,5%)": the share of the count's set
        originals.append(counted_before)
        result.append(fact)
    return result


def _topic(text: str, fact: NumericFact, place: int, lex) -> str | None:
    """The first noun a determiner or a quantifier introduces in the clause that ends at a place
    (or, when the place opens its clause, in the clause before it): "most migrants set off from
    ...", "la población crece con más fuerza en ...", "plus de la moitié ..."."""
    words = lex.words
    sentence = _sentence_start(text, fact, place)
    if sentence < 0:
        return None
    clauses = re.split(r"[,;:](?=\s)", text[sentence:place])
    introducers, stop = _topic_words(lex.lang)
    origin = _origin_topic(text, fact, sentence, place, lex)
    if origin:
        return origin  # "asylum seekers from Syria (12,000), Afghanistan (8,000)": the people of the origins
    lead = re.search(r"([^,;:]*):([^:]*)$", text[sentence:place])
    listed = lead is not None and all(w[:1].isupper() or w.lower() in words.conjunctions
                                      for w in re.findall(r"[^\W\d_][\w-]*", lead.group(2)))
    if lead and listed and not words.head_first:  # only names and figures between the colon and the place
        # "Top 3 visa-applicant nationalities: India 16%, ...": the noun a list's lead ends with
        names = re.findall(r"[^\W\d_][\w-]*", lead.group(1))
        served = _served_by_places(names, stop, lex)
        if served:
            return served  # "Top five countries for asylum applications received: Germany (65,700)": the applications
        if names and is_plural(names[-1].lower(), lex) and names[-1].lower() not in stop \
                and not is_place(names[-1], lex):
            return names[-1]
    for clause in reversed(clauses):
        tokens = re.findall(r"[^\W\d_]+['’]|[^\W\d_][\w-]*", clause)
        introduced_nouns = []
        for previous, token in zip(tokens, tokens[1:]):
            lower = token.lower()
            # "menos extranjeros", but "plus modeste": after a comparative, only a plural is a noun
            introduced = previous.lower().replace("’", "'") in introducers \
                or previous.lower() in words.comparative_words and is_plural(lower, lex)
            # "el mayor crecimiento relativo durante esos años": a span of time is no topic
            if introduced and token[:1].islower() and len(token) > 3 \
                    and lower not in stop and not is_time_word(lower, lex) \
                    and (words.head_first or is_plural(lower, lex)) and not verb_form(token, lex):
                introduced_nouns.append(token)
        # "pour une large part à la vive progression des envois de la diaspora à destination du Ghana (+12 %)": a
        # plural the clause introduces is what its places' figures count, before a singular word that may be an adjective
        plural = next((t for t in introduced_nouns if is_plural(t.lower(), lex)), None)
        if plural or introduced_nouns:
            return plural or introduced_nouns[0]
    # "Refugees under UNHCR's mandate came mainly from five countries: Afghanistan (6.4M)": a bare plural subject
    opening = re.findall(r"[^\W\d_][\w-]*", clauses[0])[:3] if clauses else []
    if opening and opening[0].lower() in words.comparative_words:
        opening = opening[1:]  # "More Sri Lankans are turning to destinations like South Korea (7,002)"
    if len(opening) > 1 and " ".join(opening[:2]).lower() in words.head_nouns.compounds:
        return " ".join(opening[:2])  # "Sri Lankans": a people of two words
    opening = opening[:1]
    if opening and not words.head_first and is_plural(opening[0].lower(), lex) and not is_place(opening[0], lex) \
            and opening[0].lower() not in stop and opening[0].lower() not in words.place_sets \
            and not verb_form(opening[0], lex):
        return opening[0]
    return None


def _origin_topic(text: str, fact: NumericFact, sentence: int, place: int, lex) -> str | None:
    """The people whose origins a list of places gives, from the sentence's start at ``sentence``
    to the place at ``place``: "asylum seekers from Syria (12,000), Afghanistan (8,000)" (seekers)."""
    lower = fact.sentence.lower()
    if sentence < 0 or not any(link in lower for link in lex.words.origin_links):
        return None  # no origin named in the sentence
    noun = _origin_noun(text[sentence:place], lex)
    if noun is None or noun.lower() in _topic_words(lex.lang)[1] or not is_plural(noun.lower(), lex) \
            or is_place(noun, lex) or verb_form(noun, lex):
        return None
    return noun


def _origin_noun(before: str, lex) -> str | None:
    """The word before the origin that opens the list a place ends: "asylum seekers from " or
    "asylum seekers from Syria (12,000), Afghanistan (8,000) and " (seekers)."""
    links = lex.words.origin_links
    if not links:
        return None
    matches = list(re.finditer(rf"([^\W\d_][\w'’-]*)\s+{alternation(links)}\s+", before, re.I))
    if not matches:
        return None
    found = matches[-1]  # the origin nearest the place
    # only the items of the list between: capitalised names, figures in brackets, commas and conjunctions
    items = re.sub(r"\([^()\n]*\)|[,\s]", " ", before[found.end():]).split()
    if any(not w[:1].isupper() and w.lower() not in lex.words.conjunctions for w in items):
        return None
    return found.group(1)


def _served_by_places(names: list[str], stop, lex) -> str | None:
    """The plural a list's lead names after its kind of place and a link ("countries for migrant
    workers", "destinations of new claims"): what the places' figures count; not "countries of origin"."""
    words = lex.words
    for i in range(len(names) - 2, -1, -1):
        if names[i].lower() in words.place_sets and names[i + 1].lower() in words.place_set_links:
            noun = next((n for n in names[i + 2:i + 5] if is_plural(n.lower(), lex)), None)
            if noun is not None and noun.lower() not in stop and not is_place(noun, lex) and not verb_form(noun, lex):
                return noun
            return None
    return None


@cache
def _topic_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that introduce a noun ("the", "most", "la"), and the words no topic is: verbs, places
    and kinds of place, determiners, modifiers, and the language's stop words."""
    lex = lexicon(lang)
    words = lex.words
    stop = {*words.not_heads, *words.subject_links, *words.verbs_after_counted, *words.place_words,
            *words.place_sets, *words.determiners, *words.prenominal_modifiers, *lex.spacy_stop_words,
            *words.postnominal_participles}  # "los procedentes de Reino Unido (65.360)": those from, no noun
    return frozenset([*words.determiners, *words.partitives]), frozenset(stop)


def _listed_places(facts, text: str, lex):
    """Each item of a list of places counts the people its first item named: "les ressortissants du
    Kosovo (+17'864), d'Allemagne (+14'395)", "mais aussi ceux de Bosnie (-1'079)"."""
    previous, listed = None, None
    for fact in facts:
        listed = _listed_of_place(text, previous, fact, lex, chained=bool(listed)) if previous is not None else None
        fact = replace(fact, counted=listed) if listed else fact
        yield fact
        previous = fact


@cache
def _change_verbs(lang: str) -> dict[str, str]:
    """The words of the language's change phrases that say the change alone: "rose", "avanzó", "augmente"."""
    lex = lexicon(lang)
    words = lex.words  # the words after a change verb: "rose by", "avanzó en un", "augmente de", "rose to"
    links = {*words.of_words, *words.determiners, *words.change_prepositions, *words.dates.period_to,
             *words.location_prepositions, *words.estimate_links}
    verbs = {}
    for phrase, name in lex.phrases("changes").items():
        parts = phrase.split()
        while parts and parts[-1] in links:
            parts = parts[:-1]
        if len(parts) == 1 and parts[0].isalpha():
            verbs.setdefault(parts[0], name)
    return verbs


@cache
def _place_list_lead(lang: str) -> re.Pattern | None:
    """A change verb, its place preposition and the list of places up to a bracket (built once per language)."""
    words = lexicon(lang).words
    verbs = _change_verbs(lang)
    if not verbs or not words.location_prepositions:
        return None
    # the list opens on a name, past a determiner ("rises in first-time applicants were in Hungary (": not "first-time")
    determiner = rf"(?:(?:{alternation(w for w in words.determiners if w.isalpha())})\s+)?"
    # the verb's own words before the list may end on a comma ("went up in every region, most notably in Europe (")
    return re.compile(rf"\b({alternation(verbs)})\s+(?:[^\W\d_][\w-]*,?\s+){{0,5}}?{alternation(words.location_prepositions)}\s+"
                      rf"({determiner}(?=[^\W\d_])(?-i:(?![a-zà-ÿ]))(?:[^\W\d_][\w.'’-]*+|\([^()\n]*\)|[,\s])*?)\(\s*[-+−]?\s*$",
                      re.I)


def _estimated_clauses(facts, text: str, lex):
    """The figures a sentence reports after words that make them an estimate are approximate: "La OIT calcula que hay
    164 millones de personas ..., lo que supone un alza del 9 %", "se estiman 744.213 hombres y 738.177 mujeres"."""
    if not lex.words.estimate_openers:
        return facts
    opener = re.compile(rf"\b{alternation(lex.words.estimate_openers)}\b", re.I)
    result = []
    for fact in facts:
        if fact.qualifier is None and fact.kind in ("count", "percent", "money") and not fact.rule_id.startswith("table-row"):
            start = _sentence_start(text, fact)
            if start >= 0 and opener.search(text, start, fact.char_start):
                fact = replace(fact, qualifier="approximate")
        result.append(fact)
    return result


def _respective_pair_qualifiers(facts, text: str, lex):
    """A pair of figures given "respectively" that shares one unit shares the qualifier before its first figure too:
    "reaching almost 44 000 and 27 000 respectively", "around 87 and 86 million international migrants respectively"
    (both approximate). A first figure written with its own unit or scale ("over 50 percent and 38 percent,
    respectively") bounds itself alone."""
    if not lex.words.respective_words or not lex.words.conjunctions:
        return facts
    joiner = re.compile(rf"\s+(?:{alternation(lex.words.conjunctions)})\s+")
    respective = re.compile(rf"[^\d.;:!?()]{{0,40}}?\b(?:{alternation(lex.words.respective_words)})\b", re.I)
    facts = list(facts)
    for index, (first, second) in enumerate(zip(facts, facts[1:])):
        if first.qualifier and second.qualifier is None and first.kind == second.kind and first.sentence == second.sentence \
                and not first.rule_id.startswith("table-row") and first.surface[-1:].isdigit() \
                and joiner.fullmatch(text, first.char_end, second.char_start) and respective.match(text, second.char_end):
            facts[index + 1] = replace(second, qualifier=first.qualifier)
    return facts


def _changes_by_place(facts, text: str, lex):
    """Shares in brackets after the places a change verb lists are changes: "enrolments rose in
    Valencia (2.9%), Murcia (2.3%) and Andalusia (1.9%)", "la afiliación avanzó en la Comunidad
    Valenciana (2,88%), Región de Murcia (2,26%)"."""
    lead = _place_list_lead(lex.lang)
    if lead is None:
        return facts
    words, verbs = lex.words, _change_verbs(lex.lang)
    result = []
    for fact in facts:
        if fact.kind == "percent" and fact.change is None and not fact.rule_id.startswith("table-row") and fact.sentence \
                and "(" in text[max(0, fact.char_start - 3):fact.char_start]:
            start = _sentence_start(text, fact)
            found = lead.search(text, start, fact.char_start) if start >= 0 else None
            if found and any(text[start:found.end(1)].lower().endswith(p) for p in words.part_verbs if " " in p):
                found = None  # "made up about three-quarters of total inflows in France (74%)": a part, no change
            names = re.sub(r"\([^()\n]*\)|,", " ", found.group(2)) if found else ""
            if words.place_list_followers:  # "(13.5 percent), followed by Sub-Saharan Africa (": the list goes on
                names = re.sub(rf"\b(?:{alternation(words.place_list_followers)})\b", " ", names, flags=re.I)
            names = names.split()
            listed = [w for w in names if w.lower() not in words.conjunctions and w.lower() not in words.determiners]
            # names only: places and regions ("la Comunidad Valenciana", "Región de Murcia")
            if listed and listed[0][:1].isupper() \
                    and all(w[:1].isupper() or w.lower() in lex.spacy_stop_words for w in listed):
                fact = replace(fact, change=verbs[found.group(1).lower()])
            elif found is None and (place := _PLACE_BRACKET.search(text, max(0, fact.char_start - 40), fact.char_start)) \
                    and any(is_place(" ".join(place.group(1).split()[-n:]), lex) for n in range(1, 4)):
                fact = replace(fact, change=_change_after_list(text, fact, lex))
        result.append(fact)
    return result


def _bracketed_change_items(facts, text: str, lex):
    """Each share in brackets after the next group of a list is the same change as the bracketed share of the group
    before it: "aumentaron los italianos residentes en España (4,4 %), los argentinos (2,7 %) y los marroquíes
    (1,5 %)". Only the next group's few words (no figure, no clause break), a comma or a conjunction stand between the
    two brackets, and each bracket holds its share alone; a share with a sign of its own keeps it."""
    item = re.compile(r"\s*\)\s*(?:,\s*)?(?:(?:{})\s+)?((?:[^\W\d_][\w'’.-]*\s+){{1,6}})\(\s*".format(
        alternation(lex.words.conjunctions)), re.I)
    result: list[NumericFact] = []
    for fact in facts:
        previous = result[-1] if result else None
        if previous is not None and fact.change is None and previous.change and fact.kind == previous.kind == "percent" \
                and fact.sentence and fact.sentence == previous.sentence and not fact.rule_id.startswith("table-row") \
                and text[max(0, previous.char_start - 2):previous.char_start].rstrip(" \u00a0").endswith("(") \
                and (group := item.fullmatch(text, previous.char_end, fact.char_start)) \
                and _opens_a_group(group.group(1).split()[0], lex) \
                and re.match(r"\s*\)", text[fact.char_end:fact.char_end + 3]):
            fact = replace(fact, change=previous.change)
        result.append(fact)
    return result


def _opens_a_group(word: str, lex) -> bool:
    """A list's next group opens on a name or an article ("los argentinos", "France"), not on a word that opens a
    clause of its own ("while the rate in Barcelona (12%)", "mientras que la población de ...")."""
    return word[:1].isupper() or word.lower() in lex.words.determiners


@cache
def _most_changed_lead(lang: str) -> re.Pattern | None:
    """A change verb that "más" ranks, before or after it ("donde más subieron", "la que más afiliados ganó", "crece
    con más fuerza") (built once per language)."""
    words = lexicon(lang).words
    verbs = _change_verbs(lang)
    if not words.most_changed or not verbs:
        return None
    most, verb = alternation(words.most_changed), alternation(verbs)
    # not "más de la mitad": a share of a whole, not a ranking
    return re.compile(rf"\b{most}\s+(?!(?:{alternation(words.of_words)})\b)(?:[^\W\d_]+\s+){{0,3}}?{verb}\b"
                      rf"|\b{verb}\s+(?:[^\W\d_]+\s+){{0,1}}{most}\b(?!\s+(?:{alternation(words.of_words)})\b)", re.I)


def _most_changed(facts, text: str, lex):
    """The figures a sentence ranks by how much something changed are changes: "los departamentos donde más subieron
    las remesas resultaron ser La Paz (11.1%), La Libertad (9.7%)", "fue la que más afiliados ganó, con un 10,44%",
    "las que más cayeron, con un 25%": each in a bracket or after its "con", with no other figure between it and the
    ranking but the bracketed ones and the changes before it."""
    lead = _most_changed_lead(lex.lang)
    if lead is None:
        return facts
    words = lex.words
    link = re.compile(r"(?:\(\s*|\b(?:{})\s+(?:(?:{})\s+)?)$".format(
        alternation(words.item_links), alternation([*words.one_words, *words.determiners])), re.I)
    verbs = _change_verbs(lex.lang)
    result: list[NumericFact] = []
    for fact in facts:
        if fact.change is None and fact.kind in ("percent", "count") and fact.sentence \
                and not fact.rule_id.startswith("table-row") and link.search(text, max(0, fact.char_start - 12), fact.char_start):
            start = _sentence_start(text, fact)
            found = list(lead.finditer(text, start, fact.char_start)) if start >= 0 else []
            if found:
                gap = list(text[found[-1].end():fact.char_start])
                for other in result:  # the changes between the ranking and this figure
                    if other.change and found[-1].end() <= other.char_start and other.char_end <= fact.char_start:
                        gap[other.char_start - found[-1].end():other.char_end - found[-1].end()] = " " * (other.char_end - other.char_start)
                gap = re.sub(r"\([^()\n]*\)", " ", "".join(gap))
                # one colon may open the ranked list: "las entidades cuyo flujo creció más ... fueron: Ciudad de México
                # con 24.7%"
                if not re.search(r"[\d;.!?]", gap) and gap.count(":") <= 1 and len(gap.split()) <= 25:
                    verb = next(w for w in found[-1].group().lower().split() if w in verbs)
                    fact = replace(fact, change=verbs[verb])
        result.append(fact)
    return result


@cache
def _trailing_change(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    """A change verb or noun in the words after a list of places, and the change each word names (built once per
    language)."""
    lex = lexicon(lang)
    named = {p.split()[-1]: n for p, n in lex.phrases("changes").items() if p.split()[-1] not in lex.spacy_stop_words}
    named.update({w: n for w, n in lex.phrases("change_nouns").items()})
    return re.compile(rf"\b({alternation(named)})\b", re.I), named


def _change_after_list(text: str, fact: NumericFact, lex) -> str | None:
    """The change the words after a list of places in brackets name, before any other figure: "Galicia (10,29%), País
    Vasco (9,87%) y Navarra (9,63%) son las comunidades donde más ha aumentado el número de trabajadores"."""
    rest = text[fact.char_end:fact.char_end + 300]
    end = re.search(r"[.;!?](?:\s|$)|\n\s*\n", rest)
    rest = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), rest[:end.start() if end else len(rest)])
    pattern, named = _trailing_change(lex.lang)
    found = pattern.search(rest)
    if found is None or re.search(r"\d", rest[:found.start()]) or len(rest[:found.start()].split()) > 16:
        return None
    return named.get(found.group(1).lower())


@cache
def _estimate_patterns(lang: str) -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern] | None:
    """The words and patterns of an estimate (built once per language): its verbs; "cifra los solicitantes
    ... en"; "estime à"; and "le nombre de réfugiés" after the figure."""
    words = lexicon(lang).words
    if not words.estimating_verbs or not words.estimate_links:
        return None
    verbs, link = alternation(words.estimating_verbs), alternation(words.estimate_links)
    determiners = alternation([w for w in words.determiners if w.isalpha()])
    # "nombre", "total", "número": the words of "le nombre de" that are neither "of" nor a determiner
    number = alternation({w for p in words.number_of for w in re.findall(r"[^\W\d_]+", p)
                          if w not in words.of_words and w not in words.determiners})
    of = r"(?:{})(?:\s+|(?<=['’]))".format("|".join(re.escape(w) for w in words.of_words) or "(?!)")
    # "l'effectif des travailleurs": an article may be elided onto the thing or onto its "nombre"
    elided = [w for w in words.determiners if not w.isalpha()]
    article = rf"(?:(?:{determiners})\s+|(?:{alternation(elided)})\s*)" if elided else rf"(?:{determiners})\s+"
    thing = rf"{article}(?:{number}\s+{of}(?:(?:{determiners})\s+)?)?([^\W\d_][\w-]*)"
    return (frozenset(w.lower() for w in words.estimating_verbs),
            re.compile(rf"\b{verbs}\s+{thing}[^.;:!?\d]{{0,80}}?\s{link}\s+$", re.I),
            re.compile(rf"\b{verbs}\s+{link}\s+$|^{verbs}\s+{link}\s", re.I), re.compile(rf"\s+{thing}", re.I))


def _estimated_objects(facts, text: str, lex):
    """A figure an estimate puts on a thing counts the thing, not who estimates: "L'OIM évalue à 3 000
    les migrants bloqués", "estime à 1,2 million le nombre de réfugiés", "El organismo cifra los
    solicitantes de asilo en 160.000" (migrants, réfugiés, solicitantes)."""
    patterns = _estimate_patterns(lex.lang)
    if patterns is None:
        return facts
    verbs, before, first, after = patterns
    result = []
    for fact in facts:
        if fact.kind == "count" and fact.sentence and not verbs.isdisjoint(fact.sentence.lower().split()):
            start = _sentence_start(text, fact)
            lead = text[start:fact.char_start] if start >= 0 else ""
            # "estime à 1,2 million le nombre de": the verb and its "à" may be read into the figure as its hedge
            found = before.search(lead) or ((first.search(lead) or first.match(fact.surface)) and after.match(text, fact.char_end))
            noun = found.group(1) if found else None
            if noun and noun.lower() not in lex.spacy_stop_words and is_plural(noun.lower(), lex) \
                    and not verb_form(noun, lex) and (fact.counted or "").lower() != noun.lower():
                fact = replace(fact, counted=noun)
        result.append(fact)
    return result


@cache
def _origin_share_patterns(lang: str) -> tuple[str, re.Pattern]:
    """The words that link a share to its set or origin, and the origin after a share (built once per language)."""
    words = lexicon(lang).words
    links = alternation([*words.of_words, *words.place_prepositions])
    return links, re.compile(rf"\s+{links}(?:\s+|(?<=['’]))(?:the\s+)?((?:[^\W\d_][\w.-]*\s*){{1,3}})")


def _shares_by_origin(facts, text: str, lex):
    """A share of a list by origin counts the set its first share named: "36 per cent of victims came
    from African countries, 32 per cent from Europe", "36 pour cent des victimes venaient de pays
    africains, 32 pour cent d'Europe" (victims, victimes; not the report, nor Europe)."""
    links, origin = _origin_share_patterns(lex.lang)
    first: NumericFact | None = None
    for fact in facts:
        if first is not None and first.sentence != fact.sentence:
            first = None
        if fact.kind != "percent":
            yield fact
            continue
        if first is None:
            after = text[fact.char_end:fact.char_end + 60]
            named = fact.counted and fact.counted.lower() in after.lower() and re.match(
                rf"\s+{links}(?:\s+|(?<=['’]))(?:\S+\s+){{0,2}}{re.escape(fact.counted)}\b", after, re.I)
            first = fact if named and is_plural(fact.counted.split()[-1].lower(), lex) \
                and not is_place(fact.counted, lex) else None
            yield fact
            continue
        after = origin.match(text, fact.char_end)
        names = after.group(1).split() if after else []
        # the place ends the item: "32 per cent from Europe,"; not "12% of Germany's population"
        place = names and names[0][:1].isupper() and any(
            is_place(" ".join(names[:n]).rstrip(".,;"), lex) and (n == len(names) or names[n - 1][-1:] in ".,;"
                                                                  or names[n].lower() in lex.words.conjunctions)
            for n in range(len(names), 0, -1))
        yield replace(fact, counted=first.counted) if place and fact.counted != first.counted else fact


def _own_place_nouns(facts, text: str, lex):
    """A figure in brackets after a noun of a place counts that noun: "... Turks (116 800) and
    nationals of Bosnia-Herzegovina (94 600)", "Les hausses concernent les ressortissants du Kosovo
    (+17'864)" (nationals, ressortissants), not the item before it nor the sentence's subject."""
    agent = alternation(lex.words.agent_words) if lex.words.agent_words and not lex.words.head_first else None
    by_people = None  # the set a bracket after "applications by Iraqis (" counted, and where that bracket ended
    for fact in facts:
        inferred = not _own_noun(fact)
        if inferred and fact.kind in ("count", "percent") and "(" in text[max(0, fact.char_start - 3):fact.char_start]:
            found = _of_place(text, fact.char_start, lex)
            noun = (found.group(1) or "") if found else ""
            if noun.lower() in lex.words.postnominal_participles:
                # "une hausse des demandes venues de l'Ukraine (+73 %)": the noun the participle follows
                window = max(0, fact.char_start - 80)
                before = re.search(r"([^\W\d_][\w-]*)\s+$", text[window:window + found.start(1)])
                noun = before.group(1) if before else ""
            lower = noun.lower()
            if noun and lower not in lex.spacy_stop_words and lower not in lex.words.conjunctions \
                    and lower not in lex.words.partitives and lower not in lex.words.place_sets \
                    and noun[:1].islower() and is_plural(lower, lex) and not verb_form(noun, lex) \
                    and lower not in _opener_words(lex.lang):  # "seguidos de Italia (158.978)": a list goes on
                fact = replace(fact, counted=noun)
        if agent and fact.counted and is_people(fact.counted) and fact.kind == "count":
            window = text[max(0, fact.char_start - 80):fact.char_start]
            found = re.search(rf"\b([^\W\d_]+)\s+(?:[^\W\d_]+ed\s+)?{agent}\s+(?:the\s+)?([^\W\d_]+)\s*\(\s*$", window, re.I)
            listed = by_people and re.fullmatch(rf"\s*\)\s*(?:,|{alternation(lex.words.conjunctions)})\s+(?:the\s+)?"
                                                rf"{re.escape(fact.counted)}\s*\(\s*", text[by_people[1]:fact.char_start], re.I)
            if found and found.group(2).lower() == fact.counted.lower() and is_plural(found.group(1).lower(), lex) \
                    and found.group(1).lower() not in lex.spacy_stop_words and not verb_form(found.group(1), lex) \
                    and not is_people(found.group(1)):
                # "applications by Iraqis (2 300)", "claims lodged by Afghans (12,000)": the applications, where
                # "Turks (2 500) ranked third" counts the people
                fact = replace(fact, counted=found.group(1))
            elif listed:
                fact = replace(fact, counted=by_people[0])  # "... by Iraqis (2 300) and Syrians (1 900)"
            by_people = (fact.counted, fact.char_end) if found or listed else None
        yield fact


@cache
def _age_group_share(lang: str) -> re.Pattern | None:
    """A share after an age group named by a noun, in a relative clause or after "con" ("el grupo de 31 a 40
    años, que representa el", "el tramo de 21 a 30 años con un", the noun elided in "el de 41 a 50 años, que suma
    el"): group 1 is the noun, if written (built once per language)."""
    words = lexicon(lang).words
    years = [w for w, unit in words.units.items() if unit == "year"]
    if not words.age_group_shares or not years:
        return None
    article = alternation([d for d in words.determiners if d.isalpha()])
    among, to = alternation(words.among_words), alternation([w for w in words.range_words if w.isalpha()])
    relative, link = alternation(words.copula_relatives), alternation(words.item_links)
    share_article = alternation([*words.determiners, *words.percent_articles])
    return re.compile(rf"\b(?:{article})\s+(?:([^\W\d_]+)\s+)?(?:{alternation(words.of_words)})\s+(?:(?:{among})\s+)?\d+\s+"
                      rf"(?:{to})\s+\d+\s+(?:{alternation(years)})\s*(?:,\s*(?:{relative})\s+(?:[^\W\d_]+\s+){{1,3}}?"
                      rf"|,?\s*(?:{link})\s+)(?:(?:{share_article})\s+)?$", re.I)


def _age_group_shares(facts, text: str, lex) -> list[NumericFact]:
    """A share that names nothing after an age group named by a noun counts that noun ("el grupo de 31 a 40 años,
    que representa el 23,21%": grupo), and one after the group's elided noun ("y le sigue el de 41 a 50 años, que
    suma el 19,43%") the noun of the group before it in its sentence."""
    pattern = _age_group_share(lex.lang)
    if pattern is None:
        return list(facts)
    result: list[NumericFact] = []
    noun, sentence = None, None
    for fact in facts:
        if fact.sentence != sentence:
            noun, sentence = None, fact.sentence
        start = _sentence_start(text, fact)
        found = pattern.search(text, max(start, fact.char_start - 120), fact.char_start) \
            if fact.kind == "percent" and start >= 0 else None
        if found:
            written = found.group(1)
            if written and written.lower() not in lex.spacy_stop_words:
                noun = written
            if noun and fact.counted is None:
                fact = replace(fact, counted=noun)
        result.append(fact)
    return result


@cache
def _opener_words(lang: str) -> frozenset[str]:
    """The words of the phrases that go on with a list ("seguidos de", "les siguen"): no noun of a place."""
    return frozenset(w for phrase in lexicon(lang).words.continuation_openers for w in phrase.lower().split())


_THE = rf"(?:{alternation(COMMON.words.definite_articles)}\s+|{alternation(COMMON.words.elided_articles)})?"


def _of_place(text: str, end: int, lex, *, known: bool = True) -> re.Match | None:
    """The noun and place before a bracket that ends at ``end``: "les ressortissants du Kosovo (+",
    "nationals of Kosovo (", or with no noun, "d'Allemagne ("."""
    of = "|".join(re.escape(w) for w in sorted(lex.words.of_words, key=len, reverse=True)) or "(?!)"
    the = _THE  # "citizens of the DRC ("
    found = re.search(rf"(?:([^\W\d_][\w-]*)\s+)?(?:{of})(?:\s+|(?<=['’])){the}((?:[^\W\d_][\w.-]*\s+){{0,2}}[^\W\d_][\w.-]*)"
                      r"\s*\(\s*[-+−]?\s*$", text[max(0, end - 80):end], re.I)
    return found if found and (is_place(found.group(2), lex) or not known and found.group(2)[:1].isupper()) else None


def _listed_of_place(text: str, previous: NumericFact, fact: NumericFact, lex, *, chained: bool) -> str | None:
    """What an item of a list of places counts, where the first item named its people: "Les hausses
    concernent les ressortissants du Kosovo (+17'864), d'Allemagne (+14'395)" (ressortissants, not
    hausses), "les ressortissants de Serbie (-19'910), mais aussi ceux de Bosnie (-1'079)". The item
    before is the first, or one this rule read (``chained``)."""
    if fact.sentence != previous.sentence or fact.kind != previous.kind or not previous.counted \
            or re.search(r"\d", text[previous.char_end:fact.char_start - 1]) \
            or fact.char_start - previous.char_end > 120:
        return None
    # the first item's place may be one the country names do not know ("du Kosovo"): its noun is what counts
    first, item = _of_place(text, previous.char_start, lex, known=False), _of_place(text, fact.char_start, lex)
    if first is None or item is None:
        return None

    def noun(found: re.Match) -> str:  # "ressortissants", not "et" or "ceux"
        word = (found.group(1) or "").lower()
        return "" if word in lex.spacy_stop_words or word in lex.words.conjunctions else word

    if noun(item):
        return None  # the item names its own noun
    words = previous.counted.split()
    head = (words[0] if lex.words.head_first else words[-1]).lower()
    named = noun(first)
    if named in lex.words.postnominal_participles:
        named = head  # "des demandes venues de l'Ukraine (+73 %), du Soudan (+77 %)": the noun the participle follows
    if named and head != named or not named and not chained:
        return None  # the first item names another noun, or the item before is no part of such a list
    if not is_plural(head, lex) or is_place(previous.counted, lex) or head in lex.words.generic_heads:
        return None
    return words[0] if lex.words.head_first else words[-1]


def _own_group(text: str, previous: NumericFact, fact: NumericFact, lex) -> str | None:
    """The group a share names after it with the word the share before took its group from:
    "the rate for Syrians was 94%, compared with 12% for Turks" (Turks)."""
    links = "|".join(re.escape(w) for w in lex.words.group_prepositions)
    determiners = "|".join(re.escape(w) for w in lex.words.determiners if w.isalpha())
    if not links or fact.kind != "percent" or not re.search(
            rf"\b(?:{links})\s+(?:(?:{determiners})\s+)?{re.escape(previous.counted)}\b", previous.sentence, re.I):
        return None
    after = re.match(rf"\s+(?:{links})\s+(?:(?:{determiners})\s+)?([^\W\d_][\w'’-]*)",
                     text[fact.char_end:fact.char_end + 60], re.I)
    if after is None or not is_plural(after.group(1).lower(), lex) or is_place(after.group(1), lex):
        return None
    return after.group(1)


def _carried_count(text: str, whole: NumericFact | None, previous: NumericFact, fact: NumericFact, lex) -> str | None:
    """The set of the count before a count that only frames it, for a bare count after them: a count of places it
    was spread over ("212,600 applications were recorded in the 44 countries covered, almost as many as in 2011
    (210,100)"), or of the vehicles or operations it came by ("1.307 inmigrantes a bordo de 69 embarcaciones,
    cuando ... habían llegado 425"): the bare count goes on with the applications, the inmigrantes."""
    if whole is None or fact.kind != "count" or previous.kind != "count" or whole.kind != "count" \
            or not whole.counted or whole.change or previous.change or whole.sentence != fact.sentence \
            or _head(whole.counted, lex) in lex.words.place_sets or is_place(whole.counted, lex) \
            or _head(whole.counted, lex) == _head(previous.counted, lex):
        return None
    gap = text[whole.char_end:previous.char_start]
    if len(gap) > 100 or re.search(r"[;:()\n]", gap):
        return None
    # "les quatre autres pays": a place set behind its adjective
    framed = any(w in lex.words.place_sets for w in previous.counted.lower().split()[:3]) \
        or _carrier_end(lex.lang).search(gap)
    return whole.counted if framed else None


@cache
def _carrier_end(lang: str) -> re.Pattern:
    """A preposition of the place or vehicle a count came by, and its article, ending a gap: "a bordo de", "in the"
    (built once per language; never matches where the language has none)."""
    words = lexicon(lang).words
    determiners = alternation([w for w in words.determiners if w.isalpha()])
    return re.compile(rf"\b(?:{alternation(words.carrier_prepositions)})\s+(?:(?:{determiners})\s+)?$", re.I)


def _gapped_subject(text: str, previous: NumericFact, fact: NumericFact, lex) -> str | None:
    """The subject of a second clause whose verb is left out, standing right before its figure, where
    the first clause's subject stood before its verb: "Males numbered 170,510 and females 167,100", "Los
    argentinos eran 1.531.360 y los extranjeros 210.993" (females, extranjeros)."""
    if fact.kind != "count" or previous.kind != "count" or _own_noun(previous) \
            or not re.search(rf"\b{re.escape(previous.counted)}\s+(?:[^\W\d_]+\s+){{1,2}}$", previous.sentence[:max(
                0, previous.sentence.find(previous.surface))], re.I):
        return None
    gap = re.fullmatch(r"\s*,?\s*(?:{})\s+(?:(?:{})\s+)?([^\W\d_][\w'’-]*)\s*".format(
        alternation(lex.words.conjunctions), alternation([w for w in lex.words.determiners if w.isalpha()])),
        text[previous.char_end:fact.char_start], re.I)
    if gap is None or gap.group(1).lower() in lex.spacy_stop_words or not is_plural(gap.group(1).lower(), lex) \
            or is_place(gap.group(1), lex):
        return None
    return gap.group(1)


def _parallel_frame(text: str, previous: NumericFact, fact: NumericFact, lex, *, continued: bool) -> bool:
    """Whether a bare count is the next item of a list whose item before named its noun (or
    continued one that did), each after the same word: "Syria with 4,210 applicants, Afghanistan
    with 3,870"."""
    if lex.words.head_first or fact.kind != "count" or previous.kind != "count" or fact.sentence != previous.sentence \
            or fact.change or previous.change or not previous.counted or fact.counted == previous.counted \
            or not _own_noun(previous) and not continued \
            or _own_noun(fact):
        return False
    frame = re.search(r"\b([a-z]+)\s+$", text[max(0, fact.char_start - 20):fact.char_start])
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, previous.char_start - 20):previous.char_start])
    between = text[previous.char_end:fact.char_start]
    return bool(frame and before) and frame.group(1) == before.group(1) and frame.group(1) in lex.words.subject_prepositions \
        and not re.search(r"[.;:]|\d", between)


def _share_items(facts, text: str, lex) -> list[NumericFact]:
    """"Santa Cruz ... recibe, con el 40,2%; a continuación figuran Cochabamba con el 29,5%, La Paz con un 16,4%": the
    shares after the first of a list, each given by its preposition with no figure between, are of the set the first
    named."""
    out: list[NumericFact] = []
    for fact in facts:
        previous = out[-1] if out else None
        if lex.words.share_item_prepositions and fact.kind == "percent" and fact.counted is None and fact.change is None \
                and previous is not None and previous.kind == "percent" and previous.counted and previous.change is None \
                and fact.sentence == previous.sentence \
                and not _share_item_break(lex.lang).search(text[previous.char_end:fact.char_start]) \
                and _share_item(text, previous, lex) and _share_item(text, fact, lex):
            # (but "con 0.99%, en tanto que ... el monto de los envíos fueron Hidalgo, con 7.9%": a set of its own between)
            fact = replace(fact, counted=previous.counted)
        out.append(fact)
    return out


@cache
def _bracketed_restatement(lang: str) -> re.Pattern | None:
    """The words between a bracketed count and the share that restates it in the same bracket: ", or ", " or ",
    ", i.e. ", and a sign the change carries (the language's restatement words; built once per language)."""
    words = lexicon(lang).words
    if not words.restatement_words:
        return None
    return re.compile(r"\s*,?\s*(?:{})\s+[+-]?".format(alternation(words.restatement_words)), re.I)


def _bracketed_restatements(facts, text: str, lex) -> list[NumericFact]:
    """A share or a change that restates a count alone in its bracket counts what the count counts: "then Italy
    (35 450, or +20%), France (35 170, or +35%)" among persons granted protection, "Sweden (69 350 or 9%)": the
    bracket holds one figure and its restatement, so both are of one set (a share with a noun of its own is left)."""
    link = _bracketed_restatement(lex.lang)
    if link is None:
        return list(facts)
    facts = list(facts)
    for index, count, share in _nounless_shares_after_counts(facts):
        if count.change or not re.search(r"\(\s*$", text[max(0, count.char_start - 3):count.char_start]) \
                or not link.fullmatch(text, count.char_end, share.char_start) \
                or not re.match(r"\s*\)", text[share.char_end:share.char_end + 3]):
            continue
        facts[index] = replace(share, counted=count.counted)
    return facts


def _bracketed_changes_of_counts(facts, text: str, lex) -> list[NumericFact]:
    """A change in percent alone in brackets right after a change in a count is the same change and counts what the
    count counts: "Arrivals climbed by 29,000 (4.1%) to 727,000, and departures grew by 25,000 (4.3%)": the
    departures, not the sentence's first subject. A count of mere people ("grew in number by 553 persons (2.9%)")
    leaves the change with the subject that changed. English only: read on French text it lowered a held-out part."""
    facts = list(facts)
    if lex.lang != "en":
        return facts
    for index in range(1, len(facts)):
        count, change = facts[index - 1], facts[index]
        if change.kind != "percent" or not change.change or count.kind != "count" or not count.change \
                or not count.counted or change.counted == count.counted or count.sentence != change.sentence \
                or count.counted.lower().split()[-1] in lex.words.irregular_plurals:
            continue
        if re.fullmatch(r"\s*\(\s*[+-]?", text[count.char_end:change.char_start]) \
                and re.match(r"\s*\)", text[change.char_end:change.char_end + 3]):
            facts[index] = replace(change, counted=count.counted)
    return facts


def _changes_of_compared_sets(facts, text: str, lex) -> list[NumericFact]:
    """A change that names nothing, compared with a time whose "when" clause counts a set right after it, is a change
    of that set: "That is an increase of 33,950 on the previous year, when 437,600 new permanent residents were
    admitted", "a 45.5% rise on 2021, when the island had 13,670 first-time asylum applications": the residents, the
    applications. A figure word there ("when the figure stood at 533,000") names no set. English only: read on the
    Spanish and French "cuando" and "lorsque" clauses it lowered their development and held-out measures."""
    when = lex.words.dates.when
    if lex.lang != "en" or not when:
        return list(facts)
    # the time compared with, its comma and the clause up to the count: " on the previous year, when "
    clause = re.compile(rf"[^,;:()]{{0,40}},\s+(?:{alternation(when)})\b[^,;:()\d]*", re.I)
    facts = list(facts)
    for index in range(len(facts) - 1):
        change, count = facts[index], facts[index + 1]
        if not change.change or change.counted or change.kind not in ("count", "percent") or count.kind != "count" \
                or not count.counted or count.change or count.sentence != change.sentence \
                or count.counted.lower().split()[-1] in lex.words.figure_words:
            continue
        if clause.fullmatch(text, change.char_end, count.char_start):
            facts[index] = replace(change, counted=count.counted)
    return facts


@cache
def _set_comparison(lang: str) -> re.Pattern | None:
    """A comparative, the noun it counts more of and "than", after a figure or inside its surface: " more citizens
    arrived in Lithuania than " (None where the language has no such links; built once per language)."""
    words = lexicon(lang).words
    if not words.set_comparison_links or not words.comparative_words:
        return None
    return re.compile(rf"\s+(?:{alternation(words.comparative_words)})\s+(?:[^\W\d_][\w'’-]*\s+){{1,5}}?"
                      rf"(?:{alternation(words.set_comparison_links)})\s+([^\W\d_][\w'’-]*)", re.I)


def _compared_sets(facts, text: str, lex) -> list[NumericFact]:
    """A figure of more of a set than of another set is a gap between two sets, not a change: "5,500 more citizens
    arrived in Lithuania than departed", "almost 15,000 more immigrants than emigrants": what "than" compares with
    is a verb or a bare plural noun. A time or an earlier figure ("than in 2015", "than a year before", "than the
    earlier data showed") keeps the change."""
    pattern = _set_comparison(lex.lang)
    if pattern is None:
        return list(facts)
    result = []
    for fact in facts:
        if fact.change and fact.kind in ("count", "percent") and not fact.rule_id.startswith("table-row") \
                and (found := pattern.search(text, fact.char_start, fact.char_end + 80)) \
                and found.start() <= fact.char_end and found.end() <= _sentence_end(text, fact):
            if _compared_with_set(found.group(1), lex):
                fact = replace(fact, change=None)
        result.append(fact)
    return result


def _compared_with_set(word: str, lex) -> bool:
    """Whether the word after "than" opens another set ("emigrants", "departed"), not a time or a figure."""
    lower = word.lower()
    if lower in lex.words.irregular_past_forms or lower in lex.words.irregular_participles:
        return True  # "327,000 more persons came to Germany than left Germany", "than went away"
    return lower not in lex.spacy_stop_words and not is_time_word(lower, lex) \
        and (verb_form(lower, lex) or is_plural(lower, lex))


@cache
def _restated_comparison(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The link of a figure restated in other terms (", or ") and the comparative that closes the pair (", more than
    "), with the word after it (built once per language; None where the language has no such links)."""
    words = lexicon(lang).words
    if not words.set_comparison_links or not words.comparative_words or not words.restatement_words:
        return None
    return (re.compile(rf"\s*,\s*(?:{alternation(words.restatement_words)})\s+", re.I),
            re.compile(rf"\s*,?\s*({alternation(words.comparative_words)})\s+(?:{alternation(words.set_comparison_links)})"
                       rf"\s+([^\W\d_][\w'’-]*)", re.I))


def _restated_comparisons(facts, text: str, lex) -> list[NumericFact]:
    """A count and the same figure restated as a share, that one comparative closes, are both changes: "22,300 foreign
    nationals arrived, 2,600, or 13 percent, more than a year before" (an increase of 2,600 and of 13 percent)."""
    patterns = _restated_comparison(lex.lang)
    facts = list(facts)
    if patterns is None:
        return facts
    link, closing = patterns
    for index in range(len(facts) - 1):
        first, second = facts[index], facts[index + 1]
        if first.change or second.change or {first.kind, second.kind} != {"count", "percent"} \
                or first.sentence != second.sentence or first.rule_id.startswith("table-row"):
            continue
        found = closing.match(text, second.char_end)
        if link.fullmatch(text, first.char_end, second.char_start) and found and not _compared_with_set(found.group(2), lex) \
                and compares_a_time(text[found.start(2):found.start(2) + 60].split(), lex):
            change = lex.phrases("change_after").get(found.group(1).lower())
            facts[index], facts[index + 1] = replace(first, change=change), replace(second, change=change)
    return facts


@cache
def _object_change(lang: str) -> re.Pattern | None:
    """A verb whose object is what changes, its object, and the word before the change's amount: "reduced the
    country's population by " (None where the language has no such verbs; built once per language)."""
    lex = lexicon(lang)
    verbs, by, determiners = lex.phrases("object_change_verbs"), lex.words.change_by_words, lex.words.determiners
    if not verbs or not by or not determiners:
        return None
    # the object opens on its determiner ("cut the number", not "increased for units run by"); the word before "by"
    # is captured, to be told from a participle whose agent "by" names ("run by 14 agencies")
    return re.compile(rf"\b({alternation(verbs)})\s+(?:{alternation(determiners)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,7}}?"
                      rf"([^\W\d_][\w'’-]*)\s+(?:{alternation(by)})\s+[^\w\s]{{0,3}}$", re.I)


def _object_changes(facts, text: str, lex) -> list[NumericFact]:
    """The amount after "by" of a verb that changes its object is a change: "long-term migration cut the number of
    people in Latvia by 7912 persons", "when this factor reduced the country's population by 4700 persons"."""
    pattern = _object_change(lex.lang)
    if pattern is None:
        return list(facts)
    result = []
    for fact in facts:
        if fact.change is None and fact.kind in ("count", "percent", "money") and fact.sentence \
                and not fact.rule_id.startswith("table-row"):
            start = _sentence_start(text, fact)
            found = pattern.search(text, max(start, fact.char_start - 120), fact.char_start) if start >= 0 else None
            last = found.group(2).lower() if found else ""
            if found and not verb_form(last, lex) and last not in lex.words.irregular_participles:
                fact = replace(fact, change=lex.phrases("object_change_verbs")[found.group(1).lower()])
        result.append(fact)
    return result


@cache
def _share_item_break(lang: str) -> re.Pattern:
    """What between two shares ends a list of them: a stop, a bracket, a figure, or a set of its own ("de")."""
    return re.compile(rf"[.:()]|\d|\b(?:{alternation(lexicon(lang).words.of_words)})\b", re.I)


@cache
def _share_item_lead(lang: str) -> re.Pattern | None:
    """A list item's word and the preposition that gives it its share, ending a text: "Cochabamba con el " (None
    where the language has no such prepositions; built once per language)."""
    words = lexicon(lang).words
    if not words.share_item_prepositions:
        return None
    return re.compile(rf"[^\W\d_],?\s+(?:{alternation(words.share_item_prepositions)})\s+"
                      rf"(?:(?:{alternation(words.determiners)})\s+)?$", re.I)


def _share_item(text: str, fact: NumericFact, lex) -> bool:
    """Whether a share is given to a list item by its preposition: "Cochabamba con el 29,5%", "recibe, con el 40,2%"."""
    lead = _share_item_lead(lex.lang)
    return lead is not None and bool(lead.search(text[max(0, fact.char_start - 40):fact.char_start]))


def _change_word_after(text: str, fact: NumericFact, lex) -> bool:
    """Whether the words after a figure make it a change ("soit 2,9 % de plus"), not a set ("de la population")."""
    after = " ".join(text[fact.char_end:fact.char_end + 40].lower().split())
    return any(after.startswith(p + " ") or after == p or after.startswith(p + ",") or after.startswith(p + ".")
               for p in lex.phrases("change_after"))


def _parallel_subject(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a share follows the one before with only a new subject and no verb of its own:
    "67,6 % des demandeurs, et les femmes 32,4 %"; the one before names its set after "de"."""
    between = text[previous.char_end:fact.char_start]
    determiners = "|".join(re.escape(w) for w in lex.words.determiners if w.isalpha())
    conjunctions = "|".join(re.escape(w) for w in lex.words.conjunctions) or "(?!)"
    of_after = re.match(r"\s*(?:{})\s".format("|".join(map(re.escape, lex.words.of_words))), text[previous.char_end:])
    if lex.words.head_first and not of_after:
        # "el 42% de las residencias, los brasileños el 17% y los venezolanos el 14%": the last item of a list whose
        # share before it took the set from the first
        match = re.fullmatch(rf"\s+(?:{conjunctions})\s+(?:{determiners})\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})"
                             rf"\s+(?:{determiners})\s*", between, re.I)
        return bool(match) and previous.change is None and fact.change is None \
            and not any(w.lower() in lex.words.subject_links or w.lower() in lex.words.copulas for w in match.group(1).split())
    if not of_after:
        return False
    if lex.words.head_first:
        match = re.search(rf"[,;]\s*(?:(?:{conjunctions})\s+)?(?:{determiners})\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}})\s*$",
                          between, re.I)
    else:  # the verb left out and a link word kept: ", men for 46 per cent"
        if fact.change or previous.change:
            return False
        links = "|".join(re.escape(w) for w in lex.words.gapped_links)
        match = re.search(rf"[,;]\s*(?:(?:{conjunctions})\s+)?(?:(?:{determiners})\s+)?"
                          rf"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,2}})\s+(?:{links})\s*$", between, re.I)
    return bool(match) and not any(w.lower() in lex.words.subject_links or w.lower() in lex.words.copulas
                                   for w in match.group(1).split())


def _share_of(text: str, fact: NumericFact, lex) -> bool:
    """Whether a share names its whole after "de" and a determiner: "el 37.8 % de las remesas"."""
    if not fact.counted:
        return False
    at = fact.char_end
    while at < len(text) and text[at].isspace():
        at += 1
    whole = fact.counted.lower()
    articles = [w.lower() for w in lex.words.determiners if w.isalpha()]
    for of in lex.words.of_words:
        after = _word_after(text, at, of.lower())
        if after == -1:
            continue
        ends = [after] + [e for e in (_word_after(text, after, a) for a in articles) if e != -1]
        if any(_word_after(text, e, whole, last=True) != -1 for e in ends):
            return True
    return False


def _word_after(text: str, at: int, word: str, last: bool = False) -> int:
    """Where the white space after ``word`` ends when ``word`` (lowercase) stands at ``at``, whatever its
    case, or -1; when ``last``, where the word itself ends, at a word boundary."""
    end = at + len(word)
    if text[at:end].lower() != word:
        return -1
    if last:
        inside = bool(word) and (word[-1].isalnum() or word[-1] == "_")
        beyond = end < len(text) and (text[end].isalnum() or text[end] == "_")
        return end if inside != beyond else -1
    gap = end
    while gap < len(text) and text[gap].isspace():
        gap += 1
    return gap if gap > end else -1


def _of_total_in_bracket(text: str, previous: NumericFact | None, fact: NumericFact, lex) -> bool:
    """Whether a share is "of the total" inside the bracket of the count before it ("Italy (213 700,
    or 22 % of the EU total)"), where the total is that count's set; outside a bracket ("4.2 million
    refugees, or about 26 per cent of the global total") the total is named as such."""
    if previous is None or not fact.counted or not _bracket_before(text, previous.char_start):
        return False
    head = fact.counted.lower().split()[0 if lex.words.head_first else -1]
    return head in lex.words.total_words and ")" not in text[previous.char_end:fact.char_start]


# "a", "un", "une": the indefinite articles of every language, for the readings that do not know it
_ARTICLES = alternation(sorted({w for lex in lexicons() for w in lex.words.indefinite_articles}))


def _restated(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a percentage restates the count before it as a share: "32 800, or 18%",
    "390,509 (or 1.6%)", "17,000 aliens entered the United States, an 85 percent decrease"."""
    between = text[previous.char_end:fact.char_start]
    if previous.counted and not _own_noun(previous):
        # "104.636 son hombres (o sea un 74.6%)": past the verb and the noun the count was read with
        between = re.sub(rf"^\s+(?:[^\W\d_]+\s+)?{re.escape(previous.counted)}(?=\s*\()", "", between, flags=re.I)
    if previous.change and previous.kind == "count" and lex.words.location_prepositions:
        # "un aumento de 150.264 ciudadanos en Régimen de Libre Circulación UE (4,8%)": past where the change was
        where = alternation(lex.words.location_prepositions)
        between = re.sub(rf"^\s+{where}\s+[^\W\d][^\d;.:()]{{0,60}}?(?=\s*\()", "", between, flags=re.I)
    return bool(_restating(lex.lang).fullmatch(between))


@cache
def _restating(lang: str) -> re.Pattern:
    """The words between a count and a share that restates it ("32 800, or 18%", "(o sea un 74.6%)"), built once
    per language."""
    restating = alternation([*lexicon(lang).words.restatement_words, "or", "o", "ou", "soit", "el"])
    return re.compile(rf"[\s,(]*(?:{restating}\s+)?(?:{_ARTICLES}\s+)?", re.I)


def _past_references(between: str, lex) -> str:
    """The words between two figures without a bracketed reference to a table or a chart: "(Diagram 1)", "(see
    Table 2)"."""
    return _bracketed_reference(lex.lang).sub("", between)


@cache
def _bracketed_reference(lang: str) -> re.Pattern:
    """A bracketed reference to a table or a chart, built once per language."""
    return re.compile(rf"\s*\(\s*(?:see\s+)?(?:{alternation(lexicon(lang).words.reference_words)})\.?\s*[\dA-Za-z.-]{{1,6}}\s*\)",
                      re.I)


_CHANGE_CLAUSE_OPENERS = alternation(COMMON.words.change_clause_openers)


def _change_after_clause(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a change set off by a comma and "a" closes the clause of the count before it: "Over
    17,000 aliens entered the United States as new arrivals, an 85 percent decrease", "casi 445.000
    eventos ..., un 44% más", "1,204 carpetas de investigación ..., 18.6 % más que en 2020"."""
    between = _past_references(text[previous.char_end:fact.char_start], lex)  # "6.04 million (Diagram 1), a 2.0 per cent rise"
    if lex.words.head_first:
        between = re.sub(r"\b(?:19|20)\d\d\b", "", between)  # "... de asilo en 2023, un 37 % más"
        # "18.6 % más que en 2020"; "12 856 personnes ont été expulsées, soit +9,7 %", "soit une hausse de 5 %",
        # "336 700 premiers titres, un chiffre en hausse de 1,8%", "..., lo que representa un aumento del 9.5%"
        # "728.967 empadronados, con un incremento del 38,3%": a change that goes with the count
        changed = _change_after_count(lex.lang).fullmatch(between)
    elif re.fullmatch(r"\s*[(;]\s*(?:up|down)\s+(?:by\s+)?", between, re.I):
        return True  # "Immigration: 1.2 million (up 20%)", "(411,968 people; up 24.5%"
    elif re.match(r"\s+(?:(?:more|fewer|less|lower|higher)\s+than|(?:up|down)\s+(?:on|from))\b",
                  text[fact.char_end:fact.char_end + 20], re.I):
        # "164 million migrant workers worldwide, 9.0 per cent more than in 2013"; "received 432,225 sponsored
        # study visas in the year ending June 2024, 13% fewer than a year earlier"
        # past an aside in brackets: "106 000 immigrants in 2016 (persons planning a stay of one year or more), 18% fewer"
        changed = re.fullmatch(r"(?:[^\d;.:()]|\b(?:19|20)\d\d\b)*,\s*", re.sub(r"\([^()\d]*\)", "", between))
    else:
        # "Emigration was estimated at 557,000, an increase of 8%"; "received 412 complaints in 2021, an increase of
        # 9%"; "1,048,900 first-time asylum applicants (non-EU citizens) applied ..., up by 20%"
        # "..., or reductions of 52% and 49%": the change restated after "or"; "U.S." is no sentence end
        # "5,336 labourers, a year-on-year rise of 10.18%": a compound adjective before the change noun; "584,249
        # individuals- a 67% increase": a dash glued to the word before it
        changed = re.fullmatch(rf"{_CLAUSE_RUN}(?:,|\s[-–—]|(?<=[^\W\d_])[-–—](?=\s))\s*(?:or\s+)?"
                               r"(?:an?\s+(?:[^\W\d_]+(?:-[^\W\d_]+)+\s+)?(?:[^\W\d_]+\s+of\s+)?|[^\W\d_]+s\s+of\s+"
                               r"|(?:up|down)\s+(?:by\s+)?)", between, re.I)
    # "and" between two words joins a noun phrase ("reports of modern slavery and human trafficking offences");
    # before a figure, a year or after a comma it joins clauses or dates ("in 2021 and 2022")
    # "y" between two names joins a list of places ("ciudadanos de Honduras, Guatemala y El Salvador llegaron ..., un 29 %
    # menos", "las 15.435 llegadas a la Península y Baleares ..., un 19% más"), not two clauses
    between = re.sub(r"\b([A-ZÁÉÍÓÚÑ][^\W\d_]*)\s+(?:y|et)\s+(?=[A-ZÁÉÍÓÚÑ])", r"\1 ", between)
    return bool(changed) and not re.search(
        rf"{_OWN_CLAUSE}|\b{_CHANGE_CLAUSE_OPENERS}\b|\band\s+(?:in\s+)?\d", between, re.I)


_APPOSITION_CLAUSE = re.compile(rf"\b{alternation(COMMON.words.apposition_clause_openers)}\b", re.I)


def _change_in_apposition(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a change set off by a comma or a bracket describes the count before it, where heads
    come first: "L'Ofpra a enregistré 73 802 premières demandes (hors mineurs), en hausse de 7,1 %",
    "près de 5 200 premières demandes introduites (soit une hausse de 102%)", "1,13 million de
    demandes ont été enregistrées en 2023 dans l'Union européenne18(*) (UE), en hausse de près de 80 %"."""
    if lex.words.restating_clauses and not lex.words.head_first:
        return _restates(text[previous.char_end:fact.char_start], lex)
    patterns = _apposition(lex.lang)
    if patterns is None:
        return False
    days, apposition = patterns
    between = re.sub(r"\([^()]*\)", "", text[previous.char_end:fact.char_start])  # "(hors mineurs)", "(*)", "(UE)"
    between = re.sub(r"^\s*\)", "", between)  # "26,4 % (986 453) de l'ensemble des permis, soit": the count's bracket
    between = days.sub("", between)  # "au 31 décembre"
    between = re.sub(r"\b(?:19|20)\d\d\b|(?<=[^\W\d_])\d{1,3}\b", "", between)  # years; footnote numbers on a word
    return bool(apposition.fullmatch(between)) and not _APPOSITION_CLAUSE.search(between)


@cache
def _change_after_count(lang: str) -> re.Pattern:
    """Where heads come first, the words between a count's comma and a change of it: "soit",
    "un chiffre en hausse de", "con un incremento del" (built once per language)."""
    words = lexicon(lang).words
    restated, figures = alternation(words.restatement_words), alternation(words.figure_words)
    companions, articles = alternation(words.change_companions), alternation(words.indefinite_articles)
    # "54 094 visas ..., une nette progression de 62,9%": an adjective may stand between the article and the change
    return re.compile(rf"[^\d;.:()]*[,(]\s*(?:(?:{restated})\s*,?\s+)?(?:(?:{companions})\s+)?"
                      rf"(?:{articles}\s+(?:(?!{figures}\b)[^\W\d_]+\s+(?=[^\W\d_]+\s+(?:de|del|d['’])))?)?"
                      rf"(?:(?:{figures})\s+)?(?:(?:en\s+)?[^\W\d_]+\s+(?:de|del|d['’])\s*(?:{articles}\s+)?)?[+]?\s*", re.I)


# The words of one clause up to a figure: no other figure, sentence end or bracketed figure; years ("2019-20"),
# bracketed words and "U.S." may stand in it ("U.S." read at once, so that a run of initials cannot be split in
# many ways).
_CLAUSE_RUN = r"(?:[^\d;.:()]|\b(?:19|20)\d\d(?:[-/–]\d\d)?\b|\([^\d;.:()]*\)|(?:[^\W\d_]\.){2,}+)*"
# A clause of its own between two figures: "3,000 migrants, while arrivals in Spain fell, ..."
_OWN_CLAUSE = r"\b(?:while|whereas|where|but)\b|,\s*and\b"


def _restates(between: str, lex) -> bool:
    """Whether the words between two figures are a clause restating the first as a change ("..., which represents a"),
    with no clause of its own before it ("3,000 migrants, while arrivals in Spain fell, representing a")."""
    match = _restating_clause(lex.lang).fullmatch(between)
    return bool(match) and not re.search(rf"{_OWN_CLAUSE}|\balthough\b", between[:match.start(1)], re.I)


@cache
def _restating_clause(lang: str) -> re.Pattern:
    """The words between a count and a change that a clause restates as its own: "3,324 Nigerian voluntary
    returnees received assistance, which represents a 125 per cent increase" (built once per language)."""
    words = lexicon(lang).words
    nouns = alternation([*words.change_nouns.increase, *words.change_nouns.decrease])
    return re.compile(rf"{_CLAUSE_RUN},\s*((?:{alternation(words.restating_clauses)})\s+(?:an?\s+(?:{nouns}\s+of\s+)?)?)",
                      re.I)


@cache
def _apposition(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """Where heads come first, a day's date to skip and the words of a change set off after a
    count ("(soit une hausse de", ", en hausse de près de"), built once per language."""
    lex = lexicon(lang)
    words = lex.words
    nouns = [*words.change_nouns.increase, *words.change_nouns.decrease]
    if not words.head_first or not nouns:
        return None
    days = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{alternation(words.months)})\b", re.I)
    of = rf"(?:{alternation(words.of_words)}|d’)"
    # "en recul des deux tiers": a fraction's span holds its own "des"
    noun = rf"(?:(?:una?|une|en)\s+)?{alternation(nouns)}(?:\s*{of}|\s+(?=$))"
    restated = alternation(words.restatement_words)
    # "avec 4 420 demandes, soit + 5 %": a signed figure restated after the count is its change, as "soit une hausse de"
    apposition = re.compile(
        rf"[^\d;.:()]*[,(]\s*(?:(?:(?:{restated})\s+)?(?:{alternation(words.change_appositions)}|{noun})"
        rf"\s*(?:{alternation(lex.phrases('qualifiers'))}\s*)?[+-]?|(?:{restated})\s+[+-])\s*", re.I)
    return days, apposition


@cache
def _joined(lang: str) -> re.Pattern:
    """The end of the words that join a figure to the one before it: ", ", " and ", " y un "."""
    words = lexicon(lang).words
    return re.compile(rf"(?:,|\b{alternation(words.conjunctions)})\s*(?:{alternation(words.determiners)}\s+)?$", re.I)


def _parallel_change(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a percentage repeats the frame of the change before it, after "and" or "while", with
    the same word after each ("rose 12 percent on the month and 30 percent on the year", "29.3
    percent higher than February and 8.5 percent higher than a year earlier")."""
    if fact.kind != "percent" or previous.kind != "percent":
        return False
    between = text[previous.char_end:fact.char_start]
    if len(between) > 80 or re.search(r"[.;:\d]", between) or not _joined(lex.lang).search(between):
        return False
    first = re.match(r"\s*([^\W\d_]+)", text[previous.char_end:previous.char_end + 30])
    again = re.match(r"\s*([^\W\d_]+)", text[fact.char_end:fact.char_end + 30])
    return bool(first and again) and first.group(1).lower() == again.group(1).lower() \
        and first.group(1).lower() not in lex.words.of_words


def _elided_change(text: str, earlier: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a figure opens a second change of its sentence whose noun or verb is left out, after a comma, semicolon
    or conjunction and the change's own small words again: "un aumento de un 121,8% en las llegadas y de un 75,9% en
    cuanto a embarcaciones", "un alza de 1,5% respecto a 2020; de 2,3% frente a 2019", "aumentó en 100.793 personas, y
    la española lo hizo en 14.819"; not a share of a set ("y un 24% de los encuestados")."""
    leads = lex.words.elided_change_leads
    if not leads or fact.sentence != earlier.sentence:
        return False
    between = text[earlier.char_end:fact.char_start]
    if len(between) > 160 or re.search(r"[.:](?!\d)", between):
        return False
    words = lex.words
    joint = re.compile(rf"(?:[,;]\s*(?:(?:{alternation(words.conjunctions)})\s+)?|\s(?:{alternation(words.conjunctions)})\s+)"
                       rf"(?:[^\W\d_]+\s+){{0,6}}?(?:{alternation(leads)})\s+$", re.I)
    match = joint.search(between)
    if match is None and fact.qualifier:
        # "después de ganar 195.129 afiliados durante el último año y alrededor de 800.000": a qualifier opens it
        return bool(re.search(rf"(?:[,;]\s*)?\s(?:{alternation(words.conjunctions)})\s+$", between, re.I)) \
            and not re.match(rf"\s*(?:{alternation(words.of_words)})\b", text[fact.char_end:fact.char_end + 8], re.I)
    if match is None:
        return False
    gap = between[match.start():]
    # "la española lo hizo en": a pro-verb after its own subject
    pronoun = re.search(rf"\b{alternation(words.elided_change_pronouns)}\s", gap, re.I)
    if not pronoun and re.search(r"[^\W\d_]", re.sub(rf"^[\s,;]*(?:(?:{alternation(words.conjunctions)})\s+)?", "", gap, flags=re.I)
                                 [:-len(re.search(rf"(?:{alternation(leads)})\s+$", gap, re.I).group())]):
        return False  # words of a clause of its own between the joint and the lead: no left-out change
    return not re.match(rf"\s*(?:{alternation(words.of_words)})\b", text[fact.char_end:fact.char_end + 8], re.I)


def _change_item_after(text: str, earlier: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a percentage is the next item of a list of changes, each set before the place or level it is of: "have
    grown by 42% in Libya (10,836), 14% in South Sudan (718,560) and 8% in Chad", "a rise of 6 per cent at 47,296 and
    of 11.1 per cent at 31,143": only the first item's place or level (its brackets aside), a comma, "and" or "or" and
    the change's own "of" or "by" stand between them."""
    leads = lex.words.change_item_leads
    if not leads or fact.sentence != earlier.sentence:
        return False
    between = re.sub(r"\([^()]*\)", " ", text[earlier.char_end:fact.char_start])
    if len(between) > 120:
        return False
    return _change_item_gap(lex.lang).fullmatch(between) is not None


@cache
def _change_item_gap(lang: str) -> re.Pattern:
    """The pattern of _change_item_after, for a language with change_item_leads (built once per language)."""
    words = lexicon(lang).words
    place = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:and|of)\s+)?(?:the\s+)?[A-Z][\w'’.-]*){0,3}"
    item = rf"(?:{alternation(words.change_item_leads)})\s+(?:{place}|\d[\d,.]*\d)"
    again = rf"(?:(?:{alternation([*words.change_prepositions, *words.of_words])})\s+)?"
    return re.compile(rf"\s*{item}\s*(?:,\s*)?(?:(?:and|or)\s+)?{again}")


def _ranked_item_after(text: str, earlier: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a figure is the next item of a ranked list of changes that ``earlier`` opened: a place and its rank
    word end the words between them, past brackets and with no figure of their own ("Arrivals rose 12% in Italy,
    with Greece next at 8%", "the largest rise, 20.0% came for Ivorian tourists (...), and Cameroon followed, 14.1%")."""
    ranks = lex.words.continuation_ranks
    if not ranks or fact.sentence != earlier.sentence:
        return False
    between = re.sub(r"\([^()]*\)", " ", text[earlier.char_end:fact.char_start])
    if len(between) > 160 or re.search(r"[\d;:.]", between):
        return False
    place = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:and|of)\s+)?(?:the\s+)?[A-Z][\w'’.-]*){0,3}"
    return re.search(rf",\s*(?:with|and|then)\s+{place}\s+(?:{alternation(ranks)})\s*(?:,|\bat\b|\bwith\b)?\s*$",
                     between) is not None


def _listed_after(text: str, previous: NumericFact, fact: NumericFact, lex) -> bool:
    """Whether a figure is the next item of a list that began with ``previous``: only commas,
    "and" or "or" between them ("5.3% and 13.2%", "390,509 (or 1.6%)"), and the change's own "by" again
    ("higher by $9.3 million, by $2.5 million and by $0.7 million")."""
    return bool(_list_joint(lex.lang).fullmatch(text, previous.char_end, fact.char_start))


@cache
def _list_joint(lang: str) -> re.Pattern:
    """What may stand between two items of a list of figures (built once per language): commas, a conjunction,
    and the change's own preposition again."""
    prepositions = lexicon(lang).words.change_prepositions
    again = rf"(?:(?:{alternation(prepositions)})\s+)?" if prepositions else ""
    return re.compile(rf"[\s,;(]*(?:{alternation(COMMON.words.list_conjunctions)}\s+)?{again}[\s(]*", re.I)


def _read_facts(doc: Doc, lines: Lines, sections: _Sections, *, decimal_comma: bool):
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
        if row is not None and any(s <= span.start_char < e for s, e in row.cells) \
                and (parts := _cells_run_over(doc, span, row)):
            for part in parts:  # "9 -25,00%": a range read over two cells of a row is a figure in each
                fact = read_cell(doc, part, _context(text, part, section), row, decimal_comma=decimal_comma)
                if fact is not None:
                    yield fact
            continue
        if row is not None and any(s <= span.start_char < e for s, e in row.cells):
            fact = read_cell(doc, span, _context(text, span, section), row, decimal_comma=decimal_comma)
        elif row is not None and (row.chart or row.header):
            continue  # the axes of a chart, a header's years
        elif row is not None and row.cells and span.start_char < row.cells[0][0] \
                and (BAND_LABEL.fullmatch(row.label) and not is_year(row.label) or SPAN_LABEL.fullmatch(row.label)):
            continue  # "20 – 29 | 1 | 2 |", "1850-1888 | 2918 |": the age band or span of years that labels a row
        elif (end := rows.get(lines.start(span.end_char - 1))) is not None and end.header and end is not row:
            continue  # "..., 1990-2020" / "Year": a title's span read with the header word under it
        elif re.fullmatch(r"\d{1,3}", span.text) and _row_code(text, lines.start(span.start_char), span, row):
            continue  # "| 15 | autre pays d'Europe | 1818 |", "3 Syria 98,900": a row's number or code before its label
        else:
            fact = read_fact(doc, span, _context(text, span, section), decimal_comma=decimal_comma)
        if fact is not None:
            yield fact


def _cells_run_over(doc: Doc, span: Span, row) -> list[Span]:
    """The quantities read in each cell of a row that a span runs over ("9 -25,00%" under "2016" and "% évolution":
    a count and a change, not a range), the longest in each; none for a span within one cell."""
    cells = [(s, e) for s, e in row.cells if s < e and s < span.end_char and span.start_char < e]
    text = doc.text
    if len(cells) < 2 or not all(text[s] in "+-−–" for s, _ in cells[1:]) or not row.names:
        return []  # "1 164": the groups of one number, however the row's cells were cut; a row of unnamed columns
    parts = []
    for start, end in cells:
        inside = [q for q in doc.spans["quantities"] if start <= q.start_char and q.end_char <= end]
        if inside:
            parts.append(max(inside, key=lambda q: (len(q), -q.start)))
    return parts


def _row_code(text: str, line_start: int, span, row) -> bool:
    """Whether a small number opens a table row before its label: a row of cells ("3 Syria 98,900"),
    or a line of a table printed with bars ("| 15 | autre pays d'Europe | 1818 |")."""
    before = text[line_start:span.start_char]
    end = text.find("\n", span.end_char)
    after = text[span.end_char:end if end >= 0 else len(text)]
    if row is not None:
        return not before.strip(" |") and re.match(r"[\s|]+[^\W\d_]", after) is not None
    return "|" in before and not before.strip(" |") and re.match(r"\s*\|\s*[^\W\d_][^|]*\|\s*\d", after) is not None


def facts_in_text(text: str, pipelines: Pipelines, lang: str | None = None) -> tuple[NumericFact, ...]:
    """Numeric facts of a plain text, with no document structure: offsets index ``text`` as given.
    ``lang`` chooses the rules (default: the language the text's function words show)."""
    from ..ingest import detect_language

    lang = lang or detect_language(text) or DEFAULT_LANGUAGE
    whole = Section("s01", "text", None, None, None, "", 0, len(text), 0, 0)
    doc = run_nlp(text, pipelines[lang])
    decimal_comma = lexicon(lang).words.decimal_comma
    return tuple(_facts(doc, Lines(text), _Sections((whole,)), decimal_comma=decimal_comma))
