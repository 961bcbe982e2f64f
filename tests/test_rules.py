"""The rule files are data: check them against their declared classes and vocabularies."""

from collections import Counter

import pytest
import spacy

from pipeline.read.nlp import build_pipeline, vocabulary_tags
from pipeline.rules import COMMON, GCM, LANGUAGES, Common, RuleError, Vocabulary, lexicon, loads_rules, read_jsonl
from pipeline.rules import _read as read_rule_file

PATTERN_FILES = {"quantity_patterns.jsonl": {"quantity"}, "objective_patterns.jsonl": {"objective_ref"}}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pattern_ids_are_unique_and_labels_known(lang):
    ids = []
    for name, labels in PATTERN_FILES.items():
        for pattern in read_jsonl(lang, name):
            assert pattern["label"] in labels, (name, pattern["label"])
            assert pattern["id"] and pattern["pattern"]
            ids.append(pattern["id"])
    assert [i for i, n in Counter(ids).items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_patterns_validate_when_the_pipeline_is_built(lang):
    nlp = build_pipeline(lang)
    assert nlp.lang == lang
    assert nlp.pipe_names == ["gcm_quantity_tokens", "gcm_sentences", "quantities", "objective_refs",
                              "gcm_objective_evidence"]


def test_a_key_written_twice_is_an_error_when_the_file_is_loaded():
    with pytest.raises(RuleError, match=r"rules/en/vocabulary.json: key written twice: 'as_words'"):
        loads_rules('{"as_words": ["as"], "dates": {"on": ["on"]}, "as_words": ["like"]}', "en/vocabulary.json")
    with pytest.raises(RuleError, match=r"key written twice: 'on'"):
        loads_rules('{"dates": {"on": ["on"], "on": ["upon"]}}', "en/vocabulary.json")
    assert loads_rules('{"dates": {"on": ["on"]}}', "en/vocabulary.json") == {"dates": {"on": ["on"]}}


def test_a_misspelt_key_is_an_error_when_the_file_is_loaded():
    data = read_rule_file("en/vocabulary.json")
    data["qualifers"] = data.pop("qualifiers")
    with pytest.raises(RuleError, match=r"rules/en/vocabulary.json: unknown key 'qualifers'"):
        Vocabulary.from_dict(data, "rules/en/vocabulary.json")
    nested = read_rule_file("en/vocabulary.json")
    nested["qualifiers"]["aproximate"] = nested["qualifiers"].pop("approximate")
    with pytest.raises(RuleError, match=r"qualifiers: unknown key 'aproximate'"):
        Vocabulary.from_dict(nested, "rules/en/vocabulary.json")
    missing = read_rule_file("en/vocabulary.json")
    del missing["months"]
    with pytest.raises(RuleError, match=r"missing key 'months'"):
        Vocabulary.from_dict(missing, "rules/en/vocabulary.json")


def test_the_shared_words_of_common_json_are_checked_when_the_file_is_loaded():
    data = read_rule_file("common.json")
    data["words"]["clause_brakes"] = data["words"].pop("clause_breaks")
    with pytest.raises(RuleError, match=r"rules/common.json: words: unknown key 'clause_brakes'"):
        Common.from_dict(data, "rules/common.json")
    assert "et" in COMMON.words.clause_breaks  # French "et" is read in English text too ("et al.")


def test_objectives_and_areas():
    assert GCM.objectives == list(range(1, 24))
    listed = sorted(n for a in GCM.areas for n in GCM.area_objectives(a))
    assert listed == list(range(1, 24)), "each objective in exactly one area"
    assert GCM.areas == [1, 2, 3, 4]
    for lang in LANGUAGES:
        assert sorted(map(int, lexicon(lang).gcm.objectives)) == GCM.objectives, lang
        assert sorted(map(int, lexicon(lang).gcm.areas)) == GCM.areas, lang
    assert GCM.title(10, "es") == "Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional"
    assert GCM.title(15, "fr") == "Assurer l’accès des migrants aux services de base"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_word_has_two_tags(lang):
    lex = lexicon(lang)
    tagged = [w.lower() for words in (lex.words.scales, lex.currencies, lex.units, lex.words.spelled_numbers,
                                      lex.words.fractions, lex.percent_words) for w in words]
    assert [w for w, n in Counter(tagged).items() if n > 1] == []
    assert set(tagged) <= set(vocabulary_tags(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_phrase_in_two_classes(lang):
    lex = lexicon(lang)
    for key in ("qualifiers", "changes", "change_after"):
        phrases = [p.lower() for p in lex.phrases(key)]
        named = [p.lower() for name in ("approximate", "at_least", "at_most", "increase", "decrease")
                 for p in getattr(getattr(lex.words, key), name, ())]
        assert [p for p, n in Counter(named).items() if n > 1] == [], key
        assert len(phrases) == len(set(named))
    sections = lex.sections
    headings = [p for name in ("trends", "progress", "best_practices", "challenges", "next_steps", "other")
                for p in getattr(sections.subsections, name)]
    headings += sections.contents + sections.front + sections.back
    assert [p for p, n in Counter(headings).items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_currency_maps_to_an_iso_code(lang):
    assert all(len(code) == 3 and code.isupper() for code in lexicon(lang).currencies.values())
    for word, codes in lexicon(lang).words.currency_cues.items():
        assert all(len(code) == 3 and code.isupper() for code in codes), word
    assert set(COMMON.currencies.values()) >= {"USD", "EUR", "GBP", "JPY", "XOF", "MXN"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_saved_pipeline_loads_back_and_reads_the_same(lang, tmp_path):
    text = {
        "en": "About 2.6 million migrants, up 3% in 2021; one in four, $5bn and twenty-five officials.",
        "es": "Alrededor de 2,6 millones de migrantes; 38 mil 212 millones de dólares; uno de cada cinco, 65 000 personas.",
        "fr": "Environ 2,6 millions de migrants ; 12,4 millions d'euros ; une personne sur huit, 65 000 titres.",
    }[lang]
    nlp = build_pipeline(lang)
    nlp.to_disk(tmp_path / lang)
    loaded = spacy.load(tmp_path / lang)
    assert loaded.to_bytes() == nlp.to_bytes()

    def read(pipeline):
        doc = pipeline(text)
        return ([(t.text, t.norm_) for t in doc], [(s.start_char, s.end_char, s.id_) for s in doc.spans["quantities"]])

    assert read(loaded) == read(nlp)
