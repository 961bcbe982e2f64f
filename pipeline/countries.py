"""Country names -> ISO 3166-1 countries, in English, Spanish and French.

    lookup("la República de Moldova")      -> Country("MDA", "Moldova")
    country_in("Rapport national du Sénégal") -> Country("SEN", "Senegal")

Names come from pycountry (ISO 3166-1 and its Spanish and French
translations: short, official and common names); ``rules/countries.json``
adds what pycountry lacks (the UN's short forms such as "República de
Moldova", older names such as "Turkey", and demonyms). Matching ignores case,
accents and punctuation.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache
from typing import NamedTuple

import pycountry

from .rules import read_json


class Country(NamedTuple):
    alpha3: str
    name: str  # English short name


# A name's rank: a name as written beats a shortened one ("Congo" is the Republic
# of the Congo, not the head of "Congo, The Democratic Republic of the").
_NAME, _HEAD = 0, 1
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def _key(text: str) -> tuple[str, ...]:
    """Words of a name without case, accents or punctuation: "Côte d'Ivoire" -> ("cote", "d", "ivoire")."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return tuple(_ABBREVIATIONS.get(w, w) for w in re.findall(r"[^\W_]+", plain))


def _forms(name: str) -> list[tuple[str, int]]:
    """A pycountry name and what else it stands for: "Moldova, Republic of" is also
    "Republic of Moldova", and "Moldova" (at a lower rank)."""
    if ", " not in name:
        return [(name, _NAME)]
    head, tail = name.split(", ", 1)
    return [(name, _NAME), (f"{tail} {head}", _NAME), (head, _HEAD)]


def _short_name(record) -> str:
    """The English short name as a table should show it: ISO's, except that an inverted one
    ("Moldova, Republic of") gives way to the common name ("Moldova") or is turned round
    ("Democratic Republic of the Congo"), and a gloss in brackets is dropped ("Holy See")."""
    name = re.sub(r" \([^)]*\)$", "", record.name)
    head, _, tail = name.partition(", ")
    if not re.search(r"\bof( the)?$|^[\w.]+$", tail):  # no inversion: "Bonaire, Sint Eustatius and Saba"
        return name
    return getattr(record, "common_name", None) or f"{tail.removeprefix('The ')} {head}"


@cache
def _data() -> dict:
    return read_json("countries.json")


@cache
def _index() -> tuple[dict[tuple[str, ...], str | None], dict[tuple[str, ...], str | None], int]:
    """(names, demonyms, longest key): each key -> alpha-3, or None where two countries share it."""
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("es", "fr")]
    ranked: dict[tuple[str, ...], tuple[int, set[str]]] = {}

    def add(name: str, alpha3: str, rank: int) -> None:
        key = _key(name)
        while key[:1] in (("the",), ("l",)):  # "the State of Palestine", "L'État de Palestine"
            key = key[1:]
        if not key:
            return
        best, codes = ranked.get(key, (rank, set()))
        if rank < best:
            ranked[key] = (rank, {alpha3})
        elif rank == best:
            ranked[key] = (rank, codes | {alpha3})

    for record in pycountry.countries:
        names = [n for n in (record.name, getattr(record, "official_name", None),
                             getattr(record, "common_name", None)) if n]
        for name in names:
            for language in [None, *translations]:
                written = language.gettext(name) if language else name
                for form, rank in _forms(written):
                    add(form, record.alpha_3, rank)
                    if "(" in form:  # "Holy See (Vatican City State)" is also "Holy See"
                        add(form.split("(")[0], record.alpha_3, _HEAD)
    for alpha3, by_language in _data()["names"].items():
        for name in (n for names in by_language.values() for n in names):
            add(name, alpha3, _NAME)
            if "(" in name:
                add(name.split("(")[0], alpha3, _HEAD)
    names = {key: (next(iter(codes)) if len(codes) == 1 else None) for key, (_, codes) in ranked.items()}
    demonyms: dict[tuple[str, ...], str | None] = {}
    for alpha3, by_language in _data()["demonyms"].items():
        for word in (w for words in by_language.values() for w in words):
            key = _key(word)
            demonyms[key] = alpha3 if demonyms.get(key, alpha3) == alpha3 else None
    longest = max(len(k) for k in [*names, *demonyms])
    return names, demonyms, longest


@cache
def _country(alpha3: str) -> Country:
    return Country(alpha3, _short_name(pycountry.countries.get(alpha_3=alpha3)))


def _strip_designation(key: tuple[str, ...]) -> tuple[str, ...]:
    """Drop one leading article or form of state: ("le", "royaume", "du", "maroc") -> ("royaume", "du", "maroc")."""
    return key[1:] if key and key[0] in _data()["designations"] else key


def lookup(name: str) -> Country | None:
    """The country a name stands for: a short, official or common name, in English,
    Spanish or French, a demonym, or an ISO alpha-3 code in capitals; with or
    without "the Kingdom of", "la República de", "le Royaume du" and the like.
    None when the name is unknown or could be two countries ("Korea")."""
    found = _resolve(name)
    return _country(found[0]) if found and found[0] else None


def names_country(name: str) -> bool:
    """Whether a name is a country's name, not its demonym: "Honduras" and "Países Bajos" are,
    "Hondureños" and "Nepalis" are not."""
    found = _resolve(name)
    return bool(found and found[0] and not found[1])


def _resolve(name: str) -> tuple[str | None, bool] | None:
    """(alpha-3 or None where two countries share the name, whether it is a demonym) for a name
    that is known; None for one that is not."""
    name = name.strip()
    if re.fullmatch(r"[A-Z]{3}", name) and pycountry.countries.get(alpha_3=name):
        return name, False
    names, demonyms, _ = _index()
    candidates = [name]
    if "(" in name:  # "Países Bajos (Reino de los)"
        candidates.append(name.split("(")[0])
    if ", " in name:  # "Moldova, Republic of"
        head, tail = name.split(", ", 1)
        candidates.append(f"{tail} {head}")
    if re.search(r"[^\W\d_]-[^\W\d_]", name):  # "St. Kitts-Nevis", "Bosnia-Herzegovina": the two parts of an "and" name
        candidates.extend(re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", f" {joiner} ", name) for joiner in _data()["name_joiners"])
    for candidate in candidates:
        key = _key(candidate)
        while key:
            if key in names:
                return names[key], False
            if key in demonyms:
                return demonyms[key], True
            shorter = _strip_designation(key)
            if shorter == key:
                break
            key = shorter
    return None


@cache
def _regions() -> frozenset[tuple[str, ...]]:
    """Keys of the names of ISO 3166-2 subdivisions (states, provinces, departments, regions), also by their Spanish
    and French names ("Zoug", "Argovie", "Cerdeña"): "Castilla y León", "Norte de Santander", "Guanajuato"; a capital
    district also by its city ("Distrito Capital de Bogotá" is Bogotá). Names that are common words are left out."""
    skip = {_key(w) for w in _data()["not_regions"]}
    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("es", "fr")]
    keys = set()
    for record in pycountry.subdivisions:
        for translated in {record.name, *(t.gettext(record.name) for t in translations)}:  # "Zug", and "Zoug" in French
            keys.add(_key(re.sub(r"\s*\[[^]]*\]|\s*\([^)]*\)", "", translated)))
        name = re.sub(r"\s*\[[^]]*\]|\s*\([^)]*\)", "", record.name)
        capital = re.match(r"(?:Distrito Capital|Capital District|District of|Ciudad de|Ville de)\s+(?:de\s+|of\s+)?(.+)", name)
        if capital:
            keys.add(_key(capital.group(1)))
    return frozenset(k for k in keys if k and k not in skip)


@cache
def place_words() -> frozenset[str]:
    """The words of the names of countries, regions and peoples, without case or accents ("mexico",
    "guanajuato", "filipinos"): words of migration statistics that no language's dictionary lists."""
    names, demonyms, _ = _index()
    return frozenset(word for key in (*names, *demonyms, *_regions()) for word in key if len(word) > 2)


def plain_word(word: str) -> str:
    """A word without case or accents, as ``place_words`` holds them."""
    return "".join(_key(word))


def is_region(name: str) -> bool:
    """Whether a name is that of a state, province, department or region of a country
    ("Aragón", "La Guajira", "Jalisco", "Ontario"), by ISO 3166-2."""
    return _key(name.strip()) in _regions()


class Match(NamedTuple):
    country: Country
    start: int  # character offsets of the name in the text
    end: int
    demonym: bool


def matches(text: str) -> list[Match]:
    """Every country name and demonym in a text, longest first where they overlap
    ("Papua New Guinea" is not also Guinea), in text order. A key shared by two
    countries, or listed in ``not_in_text`` (words such as "Jersey" or the Spanish
    "reunión"), is not a match."""
    names, demonyms, longest = _index()
    skip = {_key(w) for w in _data()["not_in_text"]}
    words = [(m.start(), m.end(), _key(m.group())) for m in re.finditer(r"[^\W_]+", text)]
    keys = [k[0] if k else "" for _, _, k in words]
    found: list[Match] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(keys[i:i + n])
            if key in skip:
                continue
            alpha3 = names.get(key) if key in names else demonyms.get(key)
            if alpha3:
                found.append(Match(_country(alpha3), words[i][0], words[i + n - 1][1], key not in names))
                i += n
                break
        else:
            i += 1
    return found


def country_in(text: str) -> Country | None:
    """The one country a short text names (a link label, a title): by name, or
    else by demonym ("the Japanese Government"). None when it names none, or
    several ("Japan and Viet Nam")."""
    found = matches(text)
    for kind in (False, True):
        countries = {m.country for m in found if m.demonym is kind}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None
