"""The rule files are data: check them against their declared vocabularies."""

from collections import Counter

from pipeline.rules import AREAS, OBJECTIVES, SECTION_WORDS, VOCABULARY, read_jsonl

PATTERN_FILES = {"quantity_patterns.jsonl": {"quantity"}, "objective_patterns.jsonl": {"objective_ref"}}


def test_pattern_ids_are_unique_and_labels_known():
    ids = []
    for name, labels in PATTERN_FILES.items():
        for pattern in read_jsonl(name):
            assert pattern["label"] in labels, (name, pattern["label"])
            assert pattern["id"] and pattern["pattern"]
            ids.append(pattern["id"])
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_patterns_validate_when_the_pipeline_is_built(nlp):
    assert nlp.pipe_names == ["gcm_quantity_tokens", "gcm_sentences", "quantities", "objective_refs"]


def test_objectives_and_areas():
    assert [o["objective"] for o in OBJECTIVES] == list(range(1, 24))
    listed = sorted(n for a in AREAS for n in a["objectives"])
    assert listed == list(range(1, 24)), "each objective in exactly one area"
    assert [a["area"] for a in AREAS] == [1, 2, 3, 4]


def test_no_word_has_two_tags():
    tagged = [w.lower() for key in ("scales", "currencies", "units", "spelled_numbers", "fractions") for w in VOCABULARY[key]]
    tagged += [w.lower() for w in VOCABULARY["percent_signs"]]
    assert [w for w, n in Counter(tagged).items() if n > 1] == []


def test_no_phrase_in_two_classes():
    for key in ("qualifiers", "changes", "change_after"):
        phrases = [p.lower() for values in VOCABULARY[key].values() for p in values]
        assert [p for p, n in Counter(phrases).items() if n > 1] == [], key
    headings = [p for values in SECTION_WORDS["subsections"].values() for p in values]
    headings += SECTION_WORDS["contents"] + SECTION_WORDS["front"] + SECTION_WORDS["back"]
    assert [p for p, n in Counter(headings).items() if n > 1] == []


def test_every_currency_maps_to_an_iso_code():
    assert all(len(code) == 3 and code.isupper() for code in VOCABULARY["currencies"].values())
