import gettext
import pycountry
import pytest

from pipeline.countries import Country, country_in, is_region, lookup, matches, names_country
from pipeline.rules import read_json

JPN, NLD, MDA, SEN, GTM = (Country("JPN", "Japan"), Country("NLD", "Netherlands"), Country("MDA", "Moldova"),
                           Country("SEN", "Senegal"), Country("GTM", "Guatemala"))


@pytest.mark.parametrize("name, expected", [
    ("Japan", JPN),
    ("Japón", JPN),
    ("JAPON", JPN),
    ("Japanese", JPN),
    ("japonaise", JPN),
    ("JPN", JPN),
    ("Sénégal", SEN),
    ("Senegal", SEN),
    ("Países Bajos", NLD),
    ("Royaume des Pays-Bas", NLD),
    ("the Kingdom of the Netherlands", NLD),
    ("Pays-Bas (Royaume des)", NLD),
    ("Dutch", NLD),
    ("República de Moldova", MDA),
    ("Moldova, Republic of", MDA),
    ("la République de Moldova", MDA),
    ("Viet Nam", Country("VNM", "Viet Nam")),
    ("Vietnam", Country("VNM", "Viet Nam")),
    ("Türkiye", Country("TUR", "Türkiye")),
    ("Turkey", Country("TUR", "Türkiye")),
    ("la República de Guatemala", GTM),
    ("le Royaume du Maroc", Country("MAR", "Morocco")),
    ("Republic of Korea", Country("KOR", "South Korea")),
    ("Congo", Country("COG", "Congo")),
    ("Democratic Republic of the Congo", Country("COD", "Democratic Republic of the Congo")),
    ("Côte d’Ivoire", Country("CIV", "Côte d'Ivoire")),
    ("St. Lucia", Country("LCA", "Saint Lucia")),
    ("Bolivia (Estado Plurinacional de)", Country("BOL", "Bolivia")),
    ("Estados Unidos de América", Country("USA", "United States")),
    ("Holy See", Country("VAT", "Holy See")),
    ("Guinea", Country("GIN", "Guinea")),
    ("Guinea-Bissau", Country("GNB", "Guinea-Bissau")),
    ("St. Kitts-Nevis", Country("KNA", "Saint Kitts and Nevis")),  # a hyphen for the "and" of a name
    ("Trinidad-Tobago", Country("TTO", "Trinidad and Tobago")),
    ("Bosnie-Herzégovine", Country("BIH", "Bosnia and Herzegovina")),
])
def test_lookup(name, expected):
    assert lookup(name) == expected


@pytest.mark.parametrize("name", ["Korea", "Congolese", "Atlantis", "", "the Republic", "jpn", "XYZ", "Afro-Caribbean"])
def test_lookup_unknown_or_ambiguous(name):
    assert lookup(name) is None


@pytest.mark.parametrize("text, expected", [
    ("Voluntary GCM review by Japan", JPN),
    ("Contribution by the Kingdom of the Netherlands", NLD),
    ("Voluntary Contribution of the Republic of Moldova to the First Regional Review", MDA),
    ("Informe nacional de Guatemala", GTM),
    ("Rapport national du Sénégal", SEN),
    ("Guatemala (español)", GTM),  # a name beats a demonym
    ("Report of the Japanese Government", JPN),
    ("Papua New Guinea: national review", Country("PNG", "Papua New Guinea")),
    ("South Sudan", Country("SSD", "South Sudan")),
    ("Dominican Republic – IMRF 2022", Country("DOM", "Dominican Republic")),
])
def test_country_in(text, expected):
    assert country_in(text) == expected


@pytest.mark.parametrize("text", [
    "Japan and Viet Nam",  # two countries
    "Voluntary GCM review",  # none
    "Reunión regional de examen",  # 'reunión' is a meeting, not Réunion
    "Latin American and Caribbean regional review",
    "Korea",  # two countries share the name
])
def test_country_in_none(text):
    assert country_in(text) is None


def test_matches_give_offsets_and_prefer_the_longest_name():
    text = "Papua New Guinea and Niger"
    assert [(m.country.alpha3, text[m.start:m.end], m.demonym) for m in matches(text)] == [
        ("PNG", "Papua New Guinea", False), ("NER", "Niger", False),
    ]


def test_rule_file_names_real_countries_and_each_name_finds_its_own():
    data = read_json("countries.json")
    assert set(data) == {"_comment", "designations", "name_joiners", "not_in_text", "not_regions", "names", "demonyms"}
    for section in ("names", "demonyms"):
        for alpha3, by_language in data[section].items():
            assert pycountry.countries.get(alpha_3=alpha3) is not None, alpha3
            assert set(by_language) <= {"en", "es", "fr"}, alpha3
            for name in (n for names in by_language.values() for n in names):
                assert lookup(name).alpha3 == alpha3, name


def test_regions_are_iso_subdivisions_and_common_words_are_none():
    assert [is_region(n) for n in ("Aragón", "Castilla y León", "Norte de Santander", "La Guajira", "Jalisco",
                                    "Ontario", "Dakar", "Bogotá", "Île-de-France")] == [True] * 9
    assert [is_region(n) for n in ("Mayo", "Central", "Nord", "Applications", "Europe", "Honduras")] == [False] * 6
    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("es", "fr")]
    subdivisions = {name for s in pycountry.subdivisions for name in (s.name, *(t.gettext(s.name) for t in translations))}
    assert all(name in subdivisions for name in read_json("countries.json")["not_regions"])  # "Trente": Trento in French
    assert [is_region(n) for n in ("Zoug", "Argovie", "Cerdeña", "Trente", "Golfe")] == [True, True, True, False, False]


def test_a_country_is_named_by_its_name_not_by_its_demonym():
    assert [names_country(n) for n in ("Honduras", "Países Bajos", "Filipinas", "the Philippines")] == [True] * 4
    assert [names_country(n) for n in ("Hondureños", "Nepalis", "Filipinos", "Asturias")] == [False] * 4
