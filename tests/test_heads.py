"""What a figure measures: the head noun of its counted phrase, in the singular."""

import pytest

from pipeline.read.heads import head_noun


@pytest.mark.parametrize("phrase, lang, head", [
    ("mid- to long-term foreign residents in Japan", "en", "resident"),
    ("special permanent residents", "en", "resident"),
    ("resident", "en", "resident"),
    ("training sessions", "en", "session"),
    ("cases (started newly in the year)", "en", "case"),
    ("countries of origin", "en", "country"),
    ("classes", "en", "class"),
    ("boxes", "en", "box"),
    ("women and children", "en", "woman"),
    ("people", "en", "person"),
    ("persons", "en", "person"),
    ("status", "en", "status"),
    ("", "en", ""),
    (None, "en", ""),
    ("Víctimas de trata", "es", "victima"),
    ("víctima", "es", "victima"),
    ("trabajadores migrantes", "es", "trabajador"),
    ("trabajador", "es", "trabajador"),
    ("nuevos empleos", "es", "empleo"),
    ("acciones", "es", "accion"),
    ("acción", "es", "accion"),
    ("hombres", "es", "hombre"),
    ("veces", "es", "vez"),
    ("países", "es", "pais"),
    ("país", "es", "pais"),
    ("demandeurs d’asile", "fr", "demandeur"),
    ("jeunes migrants", "fr", "migrant"),
    ("bateaux", "fr", "bateau"),
    ("journaux", "fr", "journal"),
    ("personnes immigrées", "fr", "personne"),
    ("pays", "fr", "pays"),
    ("trabalhadores migrantes", "pt", "migrante"),  # no rules for Portuguese: read as English
])
def test_head_noun_in_the_singular(phrase, lang, head):
    assert head_noun(phrase, lang) == head


@pytest.mark.parametrize("lang, label, expected", [
    ("es", "TOTAL INMIGRANTES", "INMIGRANTES"),
    ("fr", "Total étrangers", "étrangers"),
    ("fr", "Total général", "Total général"),  # no plural noun after it: the label as it is
])
def test_a_row_label_opening_on_total_counts_the_noun_after_it(lang, label, expected):
    from pipeline.read.counted import label_phrase
    from pipeline.rules import lexicon

    assert label_phrase(label, lexicon(lang)) == expected
