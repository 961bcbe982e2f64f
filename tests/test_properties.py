"""Invariants that must hold for any text: extraction never raises, every
reported span slices back to its surface, sections partition the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.read.extract import facts_in_text
from pipeline.ingest import normalise_pages

WORDS = [
    "about", "2.6", "million", "US$", "5,200,000", "%", "per", "cent", "objective", "objectives", "6", "and",
    "to", "8", "GCM", "Objectives:", "(", ")", "1 Ensuring that migration is voluntary, orderly and regular",
    "a) Progress", "Challenges", "from", "2009", "2021", "as", "of", "the", "end", "2020", "officials",
    "60cases", "three", "ministries", "a third of", "between", "Article", "46", "\n", "\n\n", "\f", ".", ",",
    "1\u202f234", "€3", "billion", "nearly", "more than", "decreased by", "Objective 10 –", "Table of contents",
    "........ 4", "-\n", "lntroduction", "migrants3", "**", "–", "12 %", "JPY", "300",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_facts_never_raise_and_slice_back(nlp, text):
    for fact in facts_in_text(text, nlp):
        assert text[fact.char_start:fact.char_end] == fact.surface
        assert fact.kind in ("count", "percent", "money", "other")
        assert fact.value_max is None or fact.value_max > fact.value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_documents_partition_and_slice_back(analyse, text):
    text = "\f".join(normalise_pages(text.split("\f")))
    segmentation, mentions, facts = analyse(text)
    sections = segmentation.sections
    if text.strip():
        assert sections[0].char_start == 0 and sections[-1].char_end == len(text)
    assert all(a.char_end == b.char_start for a, b in zip(sections, sections[1:]))
    assert all(s.char_start <= s.heading_start <= s.heading_end <= s.char_end for s in sections)
    for row in mentions + facts:
        assert text[row.char_start:row.char_end] == row.surface
    assert all(1 <= m.objective <= 23 for m in mentions)
