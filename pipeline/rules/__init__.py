"""Rules kept as data: one folder per language and one file that all languages share.

    common.json                 the GCM's numbering (areas, objectives, short labels), currency
                                codes and symbols, unit symbols, the percent sign, and the words
                                read in the text of every language alike
    <lang>/vocabulary.json      the words the number rules read: scales, currencies, units,
                                qualifiers, changes, months, reference words, spelled numbers ...
    <lang>/sections.json        heading words: contents, front and back matter, subsections
    <lang>/gcm.json             how the language names the GCM's objectives and areas, and their
                                official titles
    <lang>/quantity_patterns.jsonl, <lang>/objective_patterns.jsonl
                                spaCy SpanRuler patterns
    <lang>/objective_terms.jsonl
                                the GCM's own words for each objective (evidence that a
                                section addresses it), one ``TermRule`` a line
    <lang>/evidence.json        how a word is folded before terms are matched (plural endings)

Each JSON file is read through a class whose fields are its keys (as medspaCy's rule classes
do): an unknown key, a misspelt one, is an error when the file is loaded, not a rule that is
silently never applied. ``lexicon(lang)`` gives a language's words; ``GCM`` the reference lists.
"""

from __future__ import annotations

import json
import re
import typing
from dataclasses import MISSING, dataclass, field, fields
from functools import cache, cached_property
from importlib.resources import files
from types import MappingProxyType
from typing import Mapping

LANGUAGES = ("en", "es", "fr")
DEFAULT_LANGUAGE = "en"


class RuleError(ValueError):
    """A rule file that does not say what the code reads."""


class RuleFile:
    """A JSON object read into a frozen dataclass: its keys are the fields, "_comment" aside."""

    @classmethod
    def from_dict(cls, data: dict, where: str):
        if not isinstance(data, dict):
            raise RuleError(f"{where}: expected an object, got {type(data).__name__}")
        hints = typing.get_type_hints(cls)
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known) - {"_comment"})
        if unknown:
            raise RuleError(f"{where}: unknown key {unknown[0]!r}; known keys: {', '.join(sorted(known))}")
        values = {}
        for name, f in known.items():
            if name not in data:
                if f.default is MISSING and f.default_factory is MISSING:
                    raise RuleError(f"{where}: missing key {name!r}")
                continue
            kind = hints[name]
            value = data[name]
            if isinstance(kind, type) and issubclass(kind, RuleFile):
                value = kind.from_dict(value, f"{where}: {name}")
            elif not isinstance(value, typing.get_origin(kind) or kind):
                raise RuleError(f"{where}: {name!r} should be {getattr(kind, '__name__', kind)}")
            values[name] = value
        return cls(**values)


def _unique_keys(pairs: list) -> dict:
    """An object of a rule file whose keys are all different: a key written twice is an error, not
    a silent choice of the last one."""
    keys = [key for key, _ in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise RuleError(f"key written twice: {', '.join(map(repr, twice))}")
    return dict(pairs)


def loads_rules(text: str, path: str):
    """The JSON of a rule file, each object's keys written once."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except RuleError as error:
        raise RuleError(f"rules/{path}: {error}") from None


def _read(path: str):
    return loads_rules(files(__package__).joinpath(path).read_text(encoding="utf-8"), path)


def _apostrophes(value):
    """Words written with an apostrophe are read with either one: "d'euros" and "d’euros"
    (the typographic apostrophe that most French and Spanish text prints)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return [_apostrophes(v) for v in value] + [v.replace("'", "’") for v in value if isinstance(v, str) and "'" in v]
    if isinstance(value, dict):
        twins = {k.replace("'", "’"): _apostrophes(v) for k, v in value.items() if "'" in k}
        return {k: _apostrophes(v) for k, v in value.items()} | twins
    return value


def read_json(name: str):
    """A data file of this folder that is no rule file (countries.json, link_languages.json), as it is."""
    return _read(name)


def read_jsonl(lang: str, name: str) -> list[dict]:
    """A language's spaCy patterns (one JSON object per line)."""
    text = files(__package__).joinpath(lang, name).read_text(encoding="utf-8")
    return [_apostrophes(json.loads(line)) for line in text.splitlines() if line.strip()]


# --- the files -----------------------------------------------------------------------


@dataclass(frozen=True)
class Qualifiers(RuleFile):
    approximate: list = ()
    at_least: list = ()
    at_most: list = ()


@dataclass(frozen=True)
class Changes(RuleFile):
    increase: list = ()
    decrease: list = ()


@dataclass(frozen=True)
class DateWords(RuleFile):
    """The words around reference dates and periods ("as of 31 December 2021", "entre 2015 y 2020")."""

    as_of: list  # before a full date: "as of", "al", "au"
    on: list  # "on 30 June 2021", "el 30 de junio de 2021"
    end_of: list  # "the end of 2020", "finales de 2020", "fin 2020"
    end_of_lead: list  # words that may come before end_of: "as of", "at", "by"
    year_ended: list  # "in the year ended February 2019", "YE March 2016", "the 12 months to October"
    year_nouns: list  # "The 2023 total, 29,437": a year that names the figure
    in_: list  # "in 2020", "en 2020"
    not_after: list  # a year after these is no reference date: "than in 2021", "from ... in 2017"
    part_of_year: list  # "the first quarter of 2022": the year
    period_from: list
    period_to: list
    day_month_joiner: list  # "31 de diciembre de 2020": the word between day, month and year
    year_noun_determiners: list = ()  # "The 2023 total": the determiners before a year of year_nouns: "the", "la", "les"
    # "the 2023 fiscal year", "its July-March 2024 fiscal year", "the 2009 figure of": determiners before a year
    # named with its kind (fiscal_year) or its figure's noun (year_figure_links, after level_from too)
    year_determiners: list = ()
    # A date after these dates only the figures after them too: "7% more than the $33.67 billion
    # sent in 2018" dates the $33.67 billion, not the 7%.
    ending_periods: list = ()  # "the June 2024 year": the year (or quarter) that ends with that month
    first_day: list = ()  # "au premier janvier 2004", "al primero de enero": the first day of a month
    year_articles: list = ()  # "entre el 2001 y el 2018", "en el 2015": an article before a year
    period_nouns: list = ()  # "the period 2015 to 2020": a noun before two years that makes them a period
    # "avec 2,94 milliards de dollars reçus en 2023, devant le Mali avec 1,15 milliard": a word ranking the figures after
    # it below one before; a date in that one's own phrase is its alone
    ranked_after: list = ()
    # "535 446 titres de séjour octroyés en 2017, loin devant ...": the endings of a participle in that figure's phrase
    ranked_participle_endings: list = ()
    period_from_elided: list = ()  # "d'avril 2018 à mars 2019": an opening word elided onto the month after it
    period_span: list = ()  # "September 2021 to September 2024": between two dates, no "from" needed
    end_year: list = ()  # "end-2020": the last day of the year
    year_end: list = ()  # "by 2019-end": the last day of the year, the word after it
    mid_year: list = ()  # "mid-2023": the year
    fiscal_year: list = ()  # "fiscal year 2024", "FY 2020": the year
    year_verbs: list = ()  # "2016 brought ...", "April 2024 recorded ...": a date as the subject
    year_began: list = ()  # "When 2017 began, Norway counted ...": the year's first day ("*" stands for the year)
    compared: list = ()
    not_compared: list = ()  # "other than": no comparison
    # "frente a los 2.426 que los recibieron en 2012": the first word of a word of comparison that, right after a
    # figure, opens the figure's relative clause instead
    compared_relatives: list = ()
    # "a level 28.70 percent below August 2018 but 12.25 percent above September 2017": a contrasting conjunction
    # before a figure compared on its own, a second change of the main level
    contrasts: list = ()
    opening_frames: list = ()  # "Over the first eight months of 2017, ...": opening a sentence, a time, no comparison
    # "plus qu'en 2022" compares, "souligne qu'en 2023" does not: words of comparison only after a comparative
    after_comparatives: list = ()
    # "cette même édition de l'indice montre que ...": after a demonstrative (demonstratives), these are no comparative
    same_words: list = ()
    # An aside after a comma that tells when a thing began dates no figure outside it: "The
    # category, created in 2019, allowed some 11,500 workers to stay".
    origin_verbs: list = ()
    present_verbs: list = ()  # "..., and 74,754 labor migrants are still being monitored": a clause of now
    restated_times: list = ()  # "last year, 2011": a relative time its year restates
    # A time of the page's own now that follows a figure in its phrase, no other figure nor comma between: the figure
    # is of that time, which the page gives no year for ("to 1,797,613 in October of this year", "2 million refugees
    # will need resettlement next year, says the Assessment for 2023")
    undated_times: list = ()
    whole_relatives: list = ()  # "of a population that totalled 1.7 million by ...": a whole's own clause
    # A change's base after a share, up to a date with no figure between: "a growth of 5.1% on the population
    # estimated as at December 2017" (the base's date, no figure's).
    change_bases: list = ()
    # A share or change measured against a level of the same kind whose noun is elided and whose date names it: "la
    # mitad de las recibidas en 2023", "al 47% del total concedido en 2022", "rebasan en 8.232 personas las que se
    # anotaron en el año 2006": the base's date, not the figure's. The links before the elided level (elided_bases),
    # those only before a relative "que" (elided_relative_bases), and the endings of its participle.
    elided_bases: list = ()
    elided_relative_bases: list = ()
    elided_base_endings: list = ()
    # An article between a word of comparison and the figure compared with: "up by 11,100 from the 65,300 of the
    # year to April 2010".
    compared_articles: list = ()
    # An opening phrase after these that holds a figure dates that figure only: "Avec 8.7 milliards de dollars
    # d'envois encaissés en 2017, le Guatemala ..., à bonne distance du Mexique et de ses 31 milliards de dollars".
    holder_openings: list = ()
    # A clause of another event after a figure, with a date of its own, opens a part as a word of
    # comparison does: "fell by 2.3 percent after a gain in 2021" (the gain's year, not the fall's).
    other_events: list = ()
    # ... but not after a span of time, which makes the event word a time back: "down from 89.9 per cent a year before
    # in September 2020" (the date after it dates the level compared with)
    time_back_spans: list = ()
    # ... but a date given at the start ("in the year ended February 2019") dates the figures
    # compared with its own, unless their part names a time of its own ("in the previous year").
    relative: list = ()
    # After a semicolon, these move the time on from a date given before it: "En 2010, la CNDA était saisie de 27 000
    # recours ; le nombre de recours s'est ensuite envolé, avec au moins 60 000 recours par an" (no as_of for the 60 000).
    later_times: list = ()
    # A date after these dates no figure: "4,755 cases since it was set up in 2003".
    starting: list = ()
    # Days of one year after these date their figures by that year (by its month where both days fall in one), no
    # period: "Between 28 July and 6 August 2020, DTM tracked 839 individuals" (2020), "Between 17 and 27 July 2020" (2020-07)
    days_between: list = ()
    month_leads: list = ()  # "le seul mois d'août 2023": a month named after these, with its year
    # A clause after a date and these dates its figures, even a date compared with: "9.0 per cent
    # more than in 2013, when they numbered 150 million".
    when: list = ()
    # A clause opened by these after a comma or bracket sets another time against the figures before it: "el 63,9 %
    # salió de México, mientras que en 2017, el 50,9 %": its date dates its own figures only, as a "when" clause's.
    contrast_openers: list = ()
    same_month: list = ()  # "en el mismo mes de 2016": the month the sentence names, in that year
    other_set_leads: list = ()  # "more ... than any other country in 2014": a set compared with, not a time
    # A part of a year or a month named with these ("del mismo periodo de 2017", "igual periodo de 2019") is a time
    # compared with: it dates only the level named just before it ("los 380 dólares del mismo periodo de 2022"), not
    # the sentence's other figures; not after a demonstrative ("en ese mismo lapso de 2022": the sentence's own time).
    same_times: list = ()
    cohort_nouns: list = ()  # "les nouveaux arrivants de 2021", "the arrivals of 2022": the year a group came
    cohort_links: list = ()  # ... the word between such a noun and its year: "of", "de"
    # An attributive year on a year noun (year_nouns, one word before it at most) linked by these to a figure dates
    # that figure, even after a word of comparison: "5.75 percent less than the 2009 figure of 126,661", "the 2010
    # deployment figure of 173,670".
    year_figure_links: list = ()
    # A year used as a noun after these and an adjective or two, before a colon or "a year" in apposition, dates the
    # figures of its clause as "in 2018" would: "after a record-setting 2018: ... at US$5.47bn", "thanks to a
    # successful 2021, a year marked by a growth of 10.75 percent"; not after the words of year_noun_not ("a year
    # between 2001 and 2005").
    year_noun_articles: list = ()
    # "después de la de 2019 con 116.567", "la de 2024, que alcanzó ...": an elided level and its year ("la de"), and the
    # words that then give that level's figure ("con", "que")
    elided_levels: list = ()
    # "El año con más menores devueltos fue 2016, con 34,056": the verbs that name a year as what the subject was, and the
    # words that then give its figure
    year_predicates: list = ()
    year_predicate_links: list = ()
    elided_level_links: list = ()
    year_noun_not: list = ()
    # "rend environ 60 000 décisions par an depuis 2021, dont 59 415 ... en 2023": a date after an item these open,
    # past the figure, dates the item only
    item_openers: list = ()
    start_of: list = ()  # "at the beginning of 2017": the first day of the year (or of the month named)
    start_not_after: list = ()  # "Depuis début 2017, 32 800 migrants": a start that opens a span, no date of the figure
    # The earlier level a change is measured from, with its own date and no end after it: "up 6,4% from 196 098 in
    # September 2016" dates the 196 098 only, not the change or the level before it.
    level_from: list = ()
    # A full date after these is when the figures were given, no reference date, but its year is a month's that the
    # sentence names alone: "IOM reported on November 16, 2024, that arrivals jumped by 136% in October" (2024-10)
    reported: list = ()
    # The words that lead to a movement's end level after its start level "from" one: "from 27,700 to 40,200 in the
    # year to April 2011", "from more than 70 per cent, reaching less than 50 per cent in 2018" (the date is the end's)
    movement_ends: list = ()
    # Words before a movement's start level, after a movement verb (words.movement_words), where they are too common to
    # mark an earlier level alone (level_from): "bajó de más del 70% a menos del 50% en 2018", whose start takes not the
    # end's date.
    movement_start: list = ()
    # A figure for another group set against the one before after these takes its date: "908 female victims
    # in 2022, against 166 male victims".
    group_compared: list = ()
    # A day and month followed by these ("el 7 de junio pasado") is counted back from the page's own date: it takes
    # no year from the sentence.
    past_day: list = ()
    # The ends a period's opening word takes: "de 2015 à 2020" and "entre 2015 et 2020" are periods, "les sommets de
    # 2015 et 2016" two years ({opening word: [ending words]}; an opening word not listed takes any).
    period_pairs: dict = field(default_factory=dict)
    # A date inside the unquoted title these name, its first word capitalised, dates nothing: "la publicación
    # Estimación de residentes al 31 de diciembre de 2020" (a date after a quoted title is the report's own)
    title_nouns: list = ()
    # The words that end such a title: "el informe Migración y remesas señala que en 2020 ..." (the clause after
    # "que" is the text's own again)
    title_breaks: list = ()

    @classmethod
    def from_dict(cls, data: dict, where: str):
        data = dict(data)
        if "in" in data:
            data["in_"] = data.pop("in")
        return super().from_dict(data, where)


@dataclass(frozen=True)
class HeadNouns(RuleFile):
    """What a figure measures, to pair the figures of two editions: the head noun of its
    counted phrase, in the singular (words compared lower-cased and without accents)."""

    phrase_ends: list  # the head comes before the first of these: "residents in Japan", "víctimas de trata"
    skipped: list  # never the head (besides the determiners): "nuevos empleos", "jeunes migrants"
    singular: list  # [plural ending (a regular expression), its replacement]: the first that matches applies
    irregular: dict  # a plural (or singular) the endings would get wrong -> its singular: "children": "child"
    compounds: list = ()  # heads of two words: "percentage points", "Sri Lankans"


@dataclass(frozen=True)
class Vocabulary(RuleFile):
    decimal_comma: bool  # "2,6" is a decimal and "1.234" groups thousands
    function_words: list  # to tell the language of a text
    scales: dict
    glued_scales: dict  # "£2m", "3.5bn": a scale written against its number
    scale_currencies: dict  # a scale that is also a currency: "mdd" (millones de dólares)
    currencies: dict
    currency_cues: dict  # a currency word that depends on the country: {"pesos": {"MXN": [cues]}}
    glued_currencies: dict  # printed against the number ("P137 million", "Sh14.65 billion"): a code,
                            # or codes by cue words where the letter alone could be anything else
    currency_subunits: dict  # "3 dollars 50 cents": a hundredth (a tenth for "mao") of the currency
    percent_words: list
    units: dict
    ages: list
    spelled_numbers: dict
    one_words: list  # "one" / "a" before a scale word: "a million"
    fractions: dict  # as a percentage
    ratio_words: list  # "one in four", "uno de cada cinco", "un sur cinq"
    qualifiers: Qualifiers
    qualifiers_after: Qualifiers
    changes: Changes
    change_after: Changes
    changes_before_percent: Changes
    change_nouns: Changes  # "a slight drop (2.4%)": a change named just before a bracketed figure
    phrasal_up_verbs: list  # "make up 79%" is a share, not a rise
    months: dict
    ambiguous_months: list  # also common words ("may"): a month only with a capital
    reference_words: list  # numbers after these are references, never facts
    reference_chain: list  # words that link the numbers of one reference
    ordinal_words: list
    ordinal_suffixes: list  # "2nd", "1er", "3º": an ordinal, not a number glued to a word
    clock_words: list
    year_leads: list  # "in 20191.": a year (and a footnote) follows these, no count
    decade_words: list  # "les années 70", "los años 90": a decade, no fact
    counter_words: list  # "1,036 views", "14 Comments": page counters, no facts
    period_frame_words: list  # "in the first nine months of 2023": the nine frames the figure
    per_words: list  # "183 refugees per 1,000 inhabitants": the 1,000 is a rate's base
    street_words: list  # "2 Marsham Street", "17 route des Morillons": an address
    age_cues: list
    counted_stop: list
    content_words: list  # in spaCy's stop list, but nouns or adjectives of what is counted ("empty houses")
    plural_modifiers: list
    verbs_after_counted: list
    verb_endings: list  # "314.358 inmigraron": a verb, no noun, after a figure
    participle_endings: list  # "102 564 financées par le programme": a participle before its agent,
    agent_words: list  # no noun either
    # "dont 487 064 hébergés dans des camps", "dont 203 753 inscrits comme hommes": a participle (by these endings)
    # before the word that opens its complement is no noun either
    complemented_participle_endings: list
    participle_complements: list
    part_verbs: list  # "made up 8.4 percent of the population": a verb whose subject is the part a share picks out
    restating_closers: list  # "4,261 in all": words after a count that restate a share before it
    # "Es el número más bajo ..., cuando llegaron 7749", "con un total de 1,922", "En 2020 fueron 8 mil 594; la
    # cifra subió ...": phrases naming a figure as a figure; a sentence of bare figures with one does not go on
    # with the set of the sentence before
    figure_naming_phrases: list
    # "Por comunas, Santiago lidera con el 16%", "En términos porcentuales, los que más retroceden": a sentence opening
    # on one of these prepositions with no article after it, up to its comma, names a breakdown or a manner, no set
    bare_opening_prepositions: list
    # "une croissance ramenée à 3,9 %", "une progression avoisinant les 3 %": words that give a change noun its rate
    change_noun_predicates: list
    # "le taux annuel moyen de croissance de ces transferts a atteint 19,2 %": nouns whose "de" names the change they measure
    change_rate_heads: list
    # "superó los 7,933.1 millones que habían llegado ...", "por encima de los 380 dólares del mismo periodo": after a
    # bound ending on one of bound_articles, a figure these words (or a participle) follow is a level compared with
    compared_level_marks: list
    bound_articles: list
    irregular_plurals: list
    determiners: list
    demonstratives: list  # "this figure decreased by 3%": what it counts is named elsewhere,
    # but after a demonstrative that is never a pronoun, a noun that names more than a figure is
    # counted ("ces transferts progressent de 14,6 %", "esta población"; not "cette hausse")
    noun_demonstratives: list
    figure_words: list
    of_words: list
    head_first: bool  # a noun phrase's head is its first noun ("remesas familiares"), not its last
    head_nouns: HeadNouns
    subject_links: list  # words between a subject and its figure: "remittances grew by 7.3%"
    reflexives: list  # "La hausse s'est élevée à": a reflexive pronoun that opens a verb
    topic_openers: list  # "Quant à l'immigration économique, elle a crû de 20,5%": the topic a pronoun then stands for
    topic_pronouns: list
    pointed_figures: list  # "Ce chiffre a progressé de 0,4 %": the count named before (English and Spanish labels count the pointer itself or nothing)
    infobox_leads: list  # "Regions with significant populations": an encyclopedia's box of a people's numbers by country
    generic_heads: list  # "growth in remittances": the measure of a thing, which counts the thing
    place_words: list  # "North America came next with ...": a place is no counted thing
    subject_prepositions: list  # "Funding for reception decreased": the subject's head comes first
    number_of: list  # "the number of X was ...": X is counted
    copulas: list  # "el 15,7% eran mujeres": the plural noun after one is counted
    among_words: list  # "Parmi les immigrés, 48,2 % ...", "the share of men among migrant workers": the set a figure is taken from
    qualified_year_phrases: list  # "a total of 2000 migrants": not a year
    list_words: list  # "objectives 4, 8 and 9": words of a list of numbers
    range_words: list  # "objectives 4 to 8"
    table_change_words: list  # a table column of changes: "Change 2019-2020 (%)"
    table_scales: dict  # a table's caption "in thousand US dollars": its cells are thousands
    table_words: list  # a caption: "Tableau n° 6 : premiers titres de séjour ..."
    toc_title_end_words: list  # a line ending in one of these is no contents entry
    abbreviations: list  # a full stop after these ends no sentence
    dates: DateWords
    # Adjectives written before the noun they modify ("nuevos desplazados", "premiers titres"):
    # no head of a phrase, and no end of one where heads come first.
    prenominal_modifiers: list = ()
    place_modifiers: list = ()  # "vecina" in "la vecina Guatemala": a word that only qualifies a place name after it
    weekdays: list = ()  # "el jueves 28": the day of a date
    movement_words: list = ()  # "passe de 198,8 à 213,8 millions": two levels, no range
    movement_from: list = ()  # "pasó del 56 por ciento al 58": a contraction that opens a movement's first level
    movement_until: list = ()  # "a grimpé de 14 820 jusqu'à 53 985": the word before a movement's second level
    set_pronouns: list = ()  # "70 % de ellos", "dont 12 %", "of whom 40%": a share of the figure before
    # "55.600 tramitadas ..., de las que unas 20.000 correspondieron a": a relative of a part that opens its clause after a
    # comma, whose figure counts the set of the count before it in the sentence (Spanish only for now)
    relative_partitives: list = ()
    restatement_words: list = ()  # "20 %, soit 110 milliards": the same figure in other terms
    ranking_headers: list = ()  # "Rank Country Value Year": a ranking's header, each row's value as of its year
    duration_frames: list = ()  # "au cours des 12 mois", "il y a 10 ans": the time another figure is set in
    reading_times: list = ()  # "4 min read" in a byline: no fact
    counter_leads: list = ()  # "Consulté 356 fois", "Viewed 1,204 times" at the end of a line: a view counter
    counter_phrases: list = ()  # "3 hundred thousand Filipinos read this story": a page's counter
    balance_words: list = ()  # "a net gain of 128,500": a balance of two flows, not a change
    change_prepositions: list = ()  # "up by 15% ... and by 85%": the word that joins a second change to the first
    # "grown by 42% in Libya (10,836), 14% in South Sudan": the words that open the place a listed change is of
    change_item_leads: list = ()
    change_modifiers: list = ()  # "a 12 per cent year-on-year increase": words between a figure and its change noun
    age_marks_after: list = ()  # "residents 25 and older": words after a figure that make it an age
    age_marks_after_years: list = ()  # "de 15 años o más": words after years that make them an age
    amount_in_words: list = ()  # "74,9 millones en remesas": the word before a noun an amount is given in
    average_before: list = ()  # "en moyenne 31 ans", "on average 34 years": an average stated before its figure
    age_words: list = ()  # "plus jeunes", "older": words that say a sentence is about ages
    age_holders: list = ()  # "el migrante, de 26 años", "mujeres de entre 40 y 65 años": people whose "de" gives an age
    speech_verbs: list = ()  # "The Home Office said this was 35 per cent more": a clause, no subject before
    source_prepositions: list = ()  # "las peticiones, que según Interior llegaron a 55.668": the source stands aside
    agent_verbs: list = ()  # "The bank recorded 71.62 million transfers, 2.52% more": their subject acts, it is not counted
    measure_links: list = ()  # "a 12.8 percent growth in remittances": what a measure after a figure is of
    partitives: list = ()  # "Most of the returning workers came from ...": a part of the subject, not its head
    set_openers: list = ()  # "Among the returnees so far, Edo State has 533": the set its places' figures count
    # "L'OIM estime à 3 000 le nombre de migrants", "cifra los solicitantes en 160.000": what is estimated
    estimating_verbs: list = ()
    estimate_links: list = ()  # the word before the estimate: "à", "en"
    single_tokens: list = ()  # "main-d'œuvre": a compound the tokenizer keeps whole
    # "plus du tiers", "moins des deux tiers": a comparative before a fraction that took its article
    fraction_qualifiers: dict = field(default_factory=dict)
    # "Ils sont 212 693 à avoir gagné la RDC": a sentence that opens on a plural pronoun and its verb
    # counts the people the sentence before counted
    opening_pronouns: list = ()
    location_prepositions: list = ()  # "rose in Valencia (2.9%), Murcia (2.3%)": the changes of a list of places
    origin_links: list = ()  # "asylum seekers from Syria (12,000), Afghanistan (8,000)": the people of a list of origins
    place_prepositions: list = ()  # "came from the United Arab Emirates (330,058)", "78 for the UAE"
    remainder_nouns: list = ()  # "The rest of the non-resident workers": the workers that remain
    possessive_determiners: list = ()  # "saw their recognition rate fall to": the rate that moves
    verb_object_prepositions: list = ()  # "Most OFWs remitted through banks (52.8%)": where the subject went
    # "750 thousand citizens working abroad, among them 616 thousand in Russia, 30 thousand in ...": the items
    # of a set named before the phrase, given by place
    set_item_leads: list = ()
    place_verbs: list = ()  # "Edo State has 533", "Delta State with 128": a place's figure
    record_words: list = ()  # "the previous record of 1.7 million": a level of what the sentence counts
    record_reference_leads: list = ()  # "since the May peak of 144,255": a record a change is measured from
    # "Net migration fell from a peak of 745,000 to 685,000": the leads of record_reference_leads that open a span
    # when a range word and a figure follow the record's figure (its start, a level of what the sentence counts)
    record_span_leads: list = ()
    # "Acquisitions of citizenship ... reached a new high in 2022, at 2.8 million": after a comma, the words before a
    # figure whose clause's subject it counts (English)
    clause_level_links: list = ()
    # "76.8 percent of a population that totalled 1.7 million": a relative pronoun between a noun and its verb, which
    # stands for that noun (English)
    noun_relatives: list = ()
    # "Fiji's total inward personal remittances recorded in 2016": words after a possessive that are no head (English)
    possessive_total_words: list = ()
    # "Asylum applications reached a total of 966,000", "last year's annual total of 29,437": a noun of a count's total
    # before "of" (English)
    total_nouns: list = ()
    adding_prepositions: list = ()  # "migration added 83,100 to the population": "to" after adding_verbs (English)
    # "Immigrants from elsewhere in the EU also dropped in number, from 14,100 to 10,300": the words before a figure of a
    # movement between two levels (moved_level_links) and the one of them that opens it (moved_level_starts) (English)
    moved_level_links: list = ()
    moved_level_starts: list = ()
    clause_openers: list = ()  # "According to the analysis, ...": an adverbial before the subject, up to its comma
    relative_words: list = ()  # "the number of OFWs who worked abroad": a clause ends the phrase
    distribution_verbs: list = ()  # "la population se répartissait ainsi : 67,9 % de Belges": shares of the subject
    whole_markers: list = ()  # "comptait dans sa population 12,4 % de non-Belges": the whole just before a share
    respective_words: list = ()  # "en baisse, respectivement de 10 et de 5": a change noun reads over them
    direction_prepositions: list = ()  # "Flows to Mexico grew": where a measure goes, not what it is of
    causative_verbs: list = ()  # "This took remittance inflows to US$4.8 billion": the object reaches the figure
    strength_words: list = ()  # "the 1.5 million-strong labour force": the noun after the compound is counted
    irregular_participles: list = ()  # "Cash sent by land-based workers grew": the participle before its agent, no head
    # Verb and adverb forms that end (English) or open (heads first) a phrase read as counted but head
    # none: "Net migration shrank", "victims found", "les siguen británicos", "mucho más lejos"; also nouns of a state,
    # an origin, an order or a speaker, which no figure counts ("la actividad judicial sigue encabezada por Madrid (27)",
    # "por este orden, Panamá (1,4 %)", "según la entidad"), and of a manner or an aspect ("Respecto de la forma en que
    # viajaban, casi 12 mil", "Del sexo masculino son más de 18.700", "en términos absolutos ..., que sumó 47.119")
    not_heads: list = ()
    figure_nouns: list = ()  # "2.000 oficiales", "3.000 irregulares": not_heads that are nouns right after a figure
    # "La actividad de los centros bajó un 15 %": not_heads that are nouns, whose complement is no set a figure counts
    noun_not_heads: list = ()
    largest_group_nouns: list = ()  # "Iraqis remain the biggest nationality ..., at 17,500": what a ranked group is called
    stay_words: list = ()  # "a stay of 90 days or more": a duration a stay lasts defines who is counted and has no date
    mass_noun_endings: list = ()  # "emigration climbing": endings of uncountable nouns a participle after them does not head
    partition_nouns: list = ()  # "Visitors fell into two groups:": a lead's count of parts, whose items count the whole
    source_verbs: list = ()  # "Statistics Iceland (SI) reports", "the IMF forecasts": a source's verb of speech, no plural noun
    getting_verbs: list = ()  # "63,039 got labor permits": a verb of getting after a count, never its noun's modifier
    participle_people: list = ()  # "the displaced", "the unemployed": a verb in -ed that names people, a head
    # "the money transferred from abroad": the prepositions after a phrase's head, where a verb in -ed at the head's
    # place is no noun (English)
    participle_head_prepositions: list = ()
    # The sources that report figures ("Le rapport relève", "la Banque mondiale table sur"): no counted noun
    source_nouns: list = ()
    singular_copulas: list = ()  # "el 48.3 % es hombre": a person's noun after a singular copula counts the share
    own_number_phrases: list = ()  # "leur nombre s'est accru de 2,9 %": a change of the set the last count named
    frame_phrases: list = ()  # "Remittances so far this fiscal year came to": a time frame inside a subject
    remainder_words: list = ()  # "the remaining 16%", "el 16% restante": the rest of the set named before
    # "(213 700, or 22 % of the EU total)": a share of the set of the count in its bracket (Spanish and
    # French write "del total", "du total" for a share of the total as such)
    total_words: list = ()
    # "ces transferts, avec 30,8 % du total, devant l'Espagne (12,6 %)": after a share of the total so written, the
    # bare shares of its sentence are of the whole the sentence named before it (transferts), not of "total"
    total_share_phrases: list = ()
    # "Rapportés au PIB, les envois de fonds pesaient le plus lourd au Tadjikistan (48%)", "en part du produit intérieur
    # brut (PIB) pour 2017, Haïti (31.2%)": a frame naming the whole that the shares after it in their sentence are of
    share_frames: list = ()
    # "les demandeurs d'asile sont le plus souvent des hommes (63%)", "les migrants ... sont célibataires (54,1%)": the
    # plural copulas whose predicate, followed by a share in brackets, is what the share picks out of the subject
    predicate_copulas: list = ()
    # "Parmi ces immigrations européennes, on compte 19,8 % de Belges": the determiners of the set after an opening
    # "among" whose shares, written "N % de X", are shares of that set, X being what they pick out of it
    among_set_determiners: list = ()
    # "elle atteint 61,1% chez les adultes", "91,7% parmi les femmes migrantes": the words and determiner that, right
    # after a share, name the group it is measured in, which the share counts
    group_after_share: list = ()
    # "Côté immigration internationale : la Guinée (43%), devant le Mali (10%)": a word that opens a sentence on the
    # side of things it speaks of, whose noun the figures of places after it count
    side_openers: list = ()
    topic_aside_openers: list = ()  # "Quant à X, qui demeure ..., elle": the words that open an aside between a topic and its pronoun
    # "le taux d'emploi (56,1 %) reste en deçà de celui des non-immigrés (65,8 %)": the pronouns that stand for the
    # noun of a figure before them, and the words before a noun that make it a number of that noun
    standing_demonstratives: list = ()
    standing_demonstrative_links: list = ()  # ... the words between such a pronoun and its group: "celui des", "celle de l'"
    number_of_leads: list = ()
    # "la moitié d'entre eux", "20,6% d'entre eux": the words after a figure that take it out of a set named before,
    # and the articles before the plural noun that names that set as the sentence's subject
    among_them_phrases: list = ()
    among_them_articles: list = ()
    among_them_sources: list = ()  # "D'après les vérifications de La Presse, 89 000 d'entre eux": a source, no set
    # "les recettes Voyages ... ont plus que doublé ... Elles s'améliorent de 136,3%": the plural auxiliaries whose
    # subject, in the sentence before, a change opened by a plural pronoun stands for
    plural_auxiliaries: list = ()
    # "une proportion de travailleurs migrants inférieure à 2%", "comme l'Afghanistan (31,8%), cette proportion reste
    # élevée": the determiners before a share noun of the sentence that a share naming nothing else is a level of
    share_noun_determiners: list = ()
    nationality_words: list = ()  # "les Syriens (2.610) ... restaient les premières nationalités de demandeurs": demandeurs
    # "leur solde positif atteint 22 376", "un solde migratoire nettement positif, de l'ordre de 10.548": a balance
    # its sign names is a change in that direction
    # "the highest level in seven years", "for the first time in six years": a span a record is measured over is no
    # fact; "*" stands for the words between the record and its "in" or "for"
    record_spans: list = ()
    # "Depuis 15 ans, la proportion recule", "du jamais-vu depuis trente ans", "la moyenne observée depuis 25 ans",
    # "cette progression depuis deux ans": a duration after these words that opens its sentence, or after a record, a
    # framing verb or a change, is the span the figures are set in; a stay bounded by "au moins" or "plus de"
    # ("installés depuis quarante ans au moins") stays a fact
    since_frames: list = ()
    since_frame_leads: list = ()
    # "Ils précèdent les Français (21,8%)", "Viennent ensuite les Français avec 7,3%": a bare share after nationals
    # (in brackets, or after these words) whose sentence names no share noun counts the whole of the share before it
    ranked_national_shares: list = ()
    # "les chiffres progressent de 8,6 %, avec 131 000 demandes": a subject that names data rather than things; a change
    # of such a subject counts what a count of its sentence counts
    data_subject_nouns: list = ()
    # "Le décompte des morts baisse de 10 % alors que 50 000 personnes ont traversé": the words that open another clause
    # between such a change and a count, which then counts something else (with a comma before "et")
    data_subject_clause_breaks: list = ()
    # "une hausse marquée, soit respectivement 37 %, 16 %", "une hausse respective de 0,6% et 0,5%": the words that open a
    # list of changes a bare change noun sums up; the list, and signed bracketed shares of places in the noun's clause
    # ("ce repli, au premier rang desquels la France (-3 %)"), count that noun; change_noun_clause_breaks end its clause
    change_noun_list_marks: list = ()
    change_noun_clause_breaks: list = ()
    # "devraient guère progresser cette année ( 1,5 %)", "ont progressé d'abord vers l'Amérique latine (7,7%), puis vers
    # l'Asie du Sud (5,2%)": an unsigned share in brackets a few words after a verb of change is that change
    bracketed_change_verbs: Changes = Changes()  # the stems of those verbs, by direction
    # "Fribourg (+1,9% ... au 31 décembre 2014), Vaud (+1,6%)": a date only inside an item's bracket dates that item alone
    bracketed_item_dates: bool = False
    # "monté de moins de 80'000 personnes avant 2005 jusqu'à près de 220'000 en 2022": the year after the level reached
    # dates that level only, not the start before "jusqu'à" (movement_until)
    undated_movement_starts: bool = False
    # "après 1,050 mill" at the end of a line a page was cut at: a scale word the cut shortened, read only there
    cut_scales: dict = field(default_factory=dict)
    # "950 000 dossiers ... en 2024, après 1,05 million": a level before these words is the one before, not dated by the year
    prior_level_leads: list = ()
    age_band_articles: list = ()  # "le poids des 50-64 ans", "la part des plus de 60 ans": an age group after these
    occasion_counts: bool = False  # "a fait appel à l'Office 30.757 fois": a figure of times in the hundreds counts occasions
    reference_verb_leads: list = ()  # "s'était arrêté à 2 020": after these a reference word is a verb's participle
    both_leads: list = ()  # "tous deux restés positifs": a spelled number right after these is a pronoun ("both")
    own_relative_times: list = ()  # "33 milliards cette année, puis 34 milliards en 2015": a figure's own undated time
    glued_sign_links: list = ()  # "une hausse de+ 28,3 %": a link word a change's plus sign is printed against
    negation_particles: list = ()  # "dont les deux tiers ne sont pas nés": a particle between a subject and its verb
    estimate_openers: list = ()  # "La OIT calcula que hay ...": the figures after these in their sentence are approximate
    balance_nouns: list = ()
    balance_signs: Changes = Changes()
    # "migration cut the number of people in Latvia by 7912 persons": a verb whose object is what changes, the change's
    # amount after "by"
    object_change_verbs: Changes = Changes()
    ranking_phrases: list = ()  # "Les Allemands arrivent en tête (26 400), devant les Portugais": a list of the set before
    auxiliaries: list = ()  # "ont dépassé 40 000", "have exceeded 40,000": the verb that qualifies comes after one
    subject_pronouns: list = ()  # "the number of citizenships it granted": a clause of its own after the noun
    as_words: list = ()  # "classed 93 as potential victims": the word that names what a figure is counted as
    # "excède désormais les cinq millions", "jusqu'à dépasser au 1er janvier 2013 les": the qualifying verbs an adverb
    # of qualifier_inserts or a date ("au 1er janvier 2013", "en 2013") may stand between and their figure
    separable_qualifiers: Qualifiers = Qualifiers()
    qualifier_inserts: list = ()
    qualifier_insert_date_leads: list = ()  # ... the words that open such a date: "au", "en", "fin"
    qualifier_insert_first_days: list = ()  # ... the first day of a month written with its ordinal: "1er"
    qualifier_insert_articles: list = ()  # ... the figure's article after them: "les", "la", "un"
    object_taking_qualifiers: list = ()  # "passed 120 million" is at least, "Parliament passed 12 laws" is no bound
    summing_verbs: list = ()  # "inflows adding up to Ksh 9.3b": "up to" after them is the sum, no "at most"
    adding_verbs: list = ()  # "migration added 83,100 to the population": what a figure is added to is what it counts
    copula_relatives: list = ()  # "68 millones que son mujeres", "1,020 who were men": a relative before the copula
    sex_words: list = ()  # "86 % d'hommes", "48 % son mujeres": a share of a set by sex counts the set, not the sex
    sex_set_links: list = ()  # "52% of women", "57 % des femmes": a share of them, which they count
    head_verb_endings: list = ()  # "dos procedían de Estados Unidos": endings no noun a figure counts has
    place_sets: list = ()  # "En cuatro comunidades ...: Galicia (-3.137)": the kind of place a list names, not what it counts
    irregular_past_forms: list = ()  # "than went away", "than left it": a past verb with no "-ed"
    age_measures: list = ()  # "the median age was 30": an average whose bare figure is an age in years
    age_measure_unit: str = ""  # what such an age counts: "years"
    change_degrees: list = ()  # "fell a little (by 7%)": words of degree between a change verb and its figure
    determiner_ones: list = ()  # "one" written as a word, which may be an article
    one_abstract_nouns: list = ()  # "One reason may be", "into one system": after "one", a noun that makes it an article
    ratio_nouns: list = ()  # "a ratio of 85% to the overall population increase": a percentage that counts its whole
    ratio_links: list = ()  # the word that joins a ratio to its whole ("to")
    whole_words: list = ()  # "of the whole 2015–16 programme outcome": a word for all of a period's measure
    article_links: list = ()  # "Applications for a residence permit": a link before an article inside a subject
    place_set_links: list = ()  # "countries for migrant workers: ...": the link after a kind of place to what its figures count
    group_nouns: list = ()  # "los grupos más numerosos de trabajadores": a noun of groups, which counts what it groups
    # "Other large immigrant groups had been born in Lithuania (1,572)": a member noun before a group noun names
    # whom the groups' figures count
    group_member_nouns: list = ()
    label_kinds: list = ()  # "Edad:" / "18-34 años: 14.745", "Sexo:": the kind of label a list's lines have, not what they count
    approximate_numbers: list = ()  # "une centaine de personnes": a round number that is approximate
    noun_units: list = ()  # "+4 points" is a unit; "12 points de passage", "5 points focaux" count points
    flow_nouns: list = ()  # "non-EU citizens' immigration (282,000)": a singular noun of a flow, counted as a set is
    indefinite_articles: list = ()  # "25 personas, un 1,73%": the article before a figure set off in apposition
    definite_articles: list = ()  # "la variación en el ingreso": the article of a determined noun
    price_bases: list = ()  # "(current US$)" over a ranking: the words before its currency
    list_continuations: list = ()  # "40,6 milliards, 52,2 milliards, puis 41,7 milliards": a word that goes on a list
    unit_factors: dict = field(default_factory=dict)  # "tres décimas": tenths of the unit (0.3 percentage point)
    multiples: dict = field(default_factory=dict)  # "a plus que doublé", "près du triple": how many times
    multiple_more: list = ()  # "a plus que doublé": more than so many times
    conjunctions: list = ()  # "and", "or": join two nouns or two agents of one phrase
    comparative_words: list = ()  # "25 percent more migrants", "un 3,4 % más de ingresos"
    place_list_followers: list = ()  # "rose in Europe (20%), followed by Africa (9.8%)": words that go on a list of places
    # "5,500 more citizens arrived than departed", "15,000 more immigrants than emigrants": the word after a
    # comparative and its noun that opens what the figure is compared with
    set_comparison_links: list = ()
    standing_pronouns: list = ()  # "and those from sea-based workers went up": the first subject's noun
    # "the number went down by 12 per cent", "This group was made up of 87% men": a measure's noun standing alone
    # as a subject, after one of the openers, counts itself (not "Their number", which is the number of them)
    self_named_heads: list = ()
    self_named_openers: list = ()
    # "Immigrants from Poland showed growth of only 1 500", "Tuscany posted a growth of 1.5%": a change named as a
    # noun right before "of" and its figure counts itself, where the figure is a count or names nothing else
    self_counting_changes: list = ()
    self_counting_after: list = ()  # "after growth of 6% in 2017": a growth led by these counts itself, not the subject
    cost_words: list = ()  # "sending $200 cost 7.67 per cent", "at a rate of 1.1 per cent": a percentage naming nothing after these counts them
    rate_heads: list = ()  # nouns of a measure that a percentage after their verb counts: "the unemployment rate at 3.7%"
    rate_manner_leads: list = ()  # "expand at an average annual rate of 8.8 percent": a rate after these is a manner, no subject
    rate_non_links: list = ()  # words of counted_stop or level_links that do not link a rate head to its figure ("to")
    participle_adverbs: list = ()  # "Money sent home to ...": a word after a past participle that modifies the subject
    link_adverbs: list = ()  # subject links that are no verb ("up", "still"): a participle's clause ends only at a verb
    percent_captions: list = ()  # "en %" above a table: its cells are shares
    year_end_headers: list = ()  # "Year end | Resident population |" over a table: its years' rows are dated 31 December
    addition_verbs: list = ()  # "Net overseas migration added 239,600 people to Australia's population": an increase
    # "aumentó en 100.793 y la española lo hizo en 14.819", "un aumento de un 121,8% ... y de un 75,9%": the words
    # after a comma or conjunction that open a second change with its noun or verb left out
    elided_change_leads: list = ()
    elided_change_pronouns: list = ()  # "la española lo hizo en": a pro-verb's pronoun after the second change's own subject
    change_continuations: list = ()  # "augmenté de 5,2 %, après 16,4 % l'année précédente": the earlier change of the same kind
    age_cue_bounds: dict = field(default_factory=dict)  # "los menores de 16 años": an age cue that is a bound itself
    share_nouns: list = ()  # "avec une part de 86,4 %": a share named by its noun alone counts the noun
    change_adverbs: list = ()  # "progressent quant à eux de 14,6 %": words between a change verb and its "de"
    figure_adverbs: list = ()  # "rose by only 3 percent": a word between a change's "by" or "of" and its figure
    # "has dropped below 100,000", "crept up above 5800": a change verb before these bounds crosses a level, no amount of change
    crossing_qualifiers: list = ()
    figure_frames: list = ()  # "dropped by an average of 22 percent", "up by a net 4802": words that frame a change's figure
    gap_words: list = ()  # "falling two short of its planned 185,000": a figure's gap to a level, no change
    balance_gains: list = ()  # "a gain of 20,000", "gained 4,070 people": a gain that may be a net balance's level
    bound_marks: list = ()  # "stayed below the 50% mark": a figure named as a mark that a bound word before it bounds
    balance_markers: list = ()  # "gained 4,070 people on balance": words that make a gain a net balance
    change_complement_leads: list = ()  # "the growth in the net gain from abroad was over 50 per cent": what changed
    # "as many as 141,036 workers are back": a bound before an exact count (a translation's "a total of") bounds nothing
    exact_count_bounds: list = ()
    # "the top nationalities were Nigeriens (37 percent), Malians (13 percent)": the verbs after nationality_words that
    # open a list of names whose bracketed figures count the nationalities
    nationality_list_verbs: list = ()
    # "the biggest rise, 16.8% went to Mozambican tourists, with Malawi next, 9.8%": the words after a place that make
    # it the next item of a ranked list of changes
    continuation_ranks: list = ()
    plural_determiners: list = ()  # "les Portugais (20 000)": a name after these is a plural noun
    subject_relatives: list = ()  # "pour les Turcs, dont les éloignements ont doublé": a clause with its own subject
    change_levels: list = ()  # "ont bondi de 19,6 %, à 88.100": the words between a change and the level it reached
    # "la población cayó en 21.287 personas (un 0,5%) en el semestre, hasta quedar en 4.396.871": the words that lead
    # to the level a change of the clause's subject ends at, however far after the change (a bare level counts the subject)
    subject_level_leads: list = ()
    # "cayó en 21.287 personas (un 0,5%)", "creció en 507.548 habitantes, un 1,06%": the words between a change counted in
    # head_count_nouns and a share that restates it (the share is of those persons, not of the subject that changed)
    change_count_share_leads: list = ()
    # "su peso en la fuerza laboral no pasaba del 30%", "su cuota dentro de la población extranjera no superaba el 40%":
    # nouns naming a share held within a whole, and the words that introduce that whole (the share counts the whole)
    weight_nouns: list = ()
    weight_links: list = ()
    # "con un alza del 77% frente a 2022 y del 132% en comparación con 2020", "un aumento de 13.4% respecto de 2021 y
    # duplica lo que llegó en 2016": the words that join a second change, compared with another time, to a first
    # change of the same clause, whose date it shares
    coordinated_change_links: list = ()
    # "durante el primer bimestre equivalió al 15% del total de las remesas ingresadas a lo largo de 2022": the words
    # that name a whole ("del total") and those that date it ("en", "a lo largo de"); the year is the whole's, not
    # the figure's, where the sentence gives the figure a time of its own before it
    dated_total_leads: list = ()
    dated_total_links: list = ()
    dated_total_own_times: list = ()  # ... and the spans, beside time units and months, that give the figure its own time
    # "superior a la de todo el año 2015", "mayor que la de abril-junio de 2017": the words that open a comparison with
    # an elided noun ("a la de", "que la de") or a determined noun ("la tendencia que registraba en 2018"), whose
    # year dates what is compared, not a figure before it
    compared_elided_leads: list = ()
    compared_relative_endings: list = ()  # ... the endings of the imperfect verb of such a relative clause
    # "la variación anual ha llegado al 6,52%", "El alza registrada entre 2022 y 2023 llega al 37%", "la reducción fue de":
    # the verbs that link a change noun the clause opens on to the figure it reaches (the figure is that change)
    subject_change_level_verbs: list = ()
    # "El aumento de las llegadas fue notable y el número total ... es de", "La caída del turismo afectó a Canarias,
    # donde la población ... alcanzó": the words (besides a comma) that close the change noun's clause before such a verb
    # (not "y" between two years)
    subject_change_clause_breaks: list = ()
    year_of_words: list = ()  # "los 2.622 de 2013", "las 231 de 2022": a determined figure and its year
    change_pronouns: list = ()  # "15,740 claims - though this is a 7 percent decrease": the change of that count
    # "109 mil 553 eventos, lo que es 23,1 por ciento más": the verbs after such a pronoun, with up to four
    # words before the change ("un alza de un"; where unset, a singular copula and an article)
    change_copulas: list = ()
    # "2 999 expulsions – un chiffre en hausse de 17,1 %": a noun that restates the figure just before a change,
    # whose change it is (over the sentence's subject a reading may have named)
    restating_figures: list = ()
    restating_share_links: list = ()  # ", que representan el", ", lo que equivale al": a share restating the count before
    restating_share_articles: list = ()  # "a", "al" after those links
    change_noun_links: list = ()  # "con" in "con un incremento de 13%": a change noun no reading named counts itself
    change_repeats: list = ()  # "un aumento de 86% y otro de 142%": the words that repeat the change noun before them
    # "las mujeres suponen un 44% y los hombres el 56%", "frente a los hombres con el 44%", "que el de mujeres, 728.746":
    # the links that open a parallel clause on a group of people, the articles before the group, and the words between
    # the group and its figure
    group_links: list = ()
    group_articles: list = ()
    group_figure_leads: list = ()
    # "las que reúnen el mayor porcentaje de población extranjera", "la porción más grande de la población": the nouns of a
    # share whose whole the next noun names, for shares of places that name nothing
    whole_share_nouns: list = ()
    # "el banco dio a conocer que las remesas sumaron ...": a source's reporting verb and its "que", after which the clause
    # that states the figure opens on its own subject
    reporting_leads: list = ()
    # "otros 250.000 cuentan ya con una cita": the endings of a verb in the plural that, right after a figure above one, is
    # no noun (a plural noun ends otherwise)
    plural_verb_endings: list = ()
    other_words: list = ()  # "y otros 36.000 esperan": the words that make a count more of what the count before counted
    level_links: list = ()  # "down 20 percent at 10,590 claims", "(-22% à 362 départs)": a change, then its level
    level_phrases: list = ()  # "s'établit au niveau record de 142 500": a level of what the sentence's subject names
    number_changed_phrases: list = ()  # "from 5,732 in 2020 to 6,785 in 2021 in the number of migrants": what they count
    # "un alza de 11% en el total de migrantes", "un incremento del 1,9 por ciento en la población inmigrante": the
    # words after a change's figure that name the set it changes in; the measure words before that set ("total de",
    # "valor de", an elided "el de"); and nouns there that name a frame, not a set ("en el mismo periodo")
    changed_in_leads: list = ()
    changed_in_measures: list = ()
    changed_in_frames: list = ()
    # "sumó 2.200 millones de dólares, monto inferior en 2.4%": an apposition that names the amount before as a figure
    # and compares it ("monto inferior en", "cantidad superior en"); its change counts nothing named
    apposed_amount_changes: list = ()
    changed_in_elided: list = ()  # "y de 9% en el de trabajadores", "otro de 2.1% en el valor de": a change left out before
    opinion_verbs: list = ()  # "Experts believe 45% of them left": who believes is not what is counted
    absolute_openers: list = ()  # the word that opens such a clause: "with"
    absolute_verbs: list = ()  # "with girls showing a 38 per cent rise": the noun before these is what changed
    threshold_nouns: list = ()  # "passed the 300,000 mark": a noun after the figure that counts nothing
    level_nouns: list = ()  # "le niveau de 2021 (273 360)", "celui de 2019 (11,9 %)": a year's level of the subject
    noun_prepositions: list = ()  # "travailleurs sans papiers": a preposition inside a noun phrase, after its head
    bracketed_change_of: list = ()  # "Cette hausse (de 8,6 %)": the "de" of a change set inside a bracket after it
    change_appositions: list = ()  # "73 802 demandes, en hausse de 7,1 %": a change of the count before
    article_set_openers: list = ()  # "Des 164 millions de travailleurs migrants ..., 111,2 millions": an opener that holds its article
    superlative_counts: list = ()  # "the largest number of applications refused (113)": what the bracketed count counts
    rate_nouns: list = ()  # "an unemployment rate of 4.6%": a share that is a rate counts the rate
    decade_articles: list = ()  # "en la década de los 60": the article before a decade's number
    decade_nouns: list = ()  # ... after a word for decades in the sentence
    reading_leads: list = ()  # "Lectura: 2 min": a byline's reading time follows these
    outlet_words: list = ()  # "Canal 12", "Zamora 24 Horas": a short capitalised line holding these is an outlet's name
    percent_articles: list = ()  # "aquí el 83.9 viajó sin compañía", "un 2,35 menos": a bare decimal after these is a share
    age_group_links: list = ()  # "40,1 ans chez les femmes": years a group of persons is, an age
    # "el aumento fue ..., del 144,8%": a change noun with its article, subject of the verb before a figure, counts itself
    subject_change_nouns: list = ()
    # "the destinations most often picked by emigrants ...: Russia (1.6 thousand)": places named as these count whom they
    # are destinations of
    destination_words: list = ()
    # "Nationals of ... countries applied more often, for example Georgians (1 300)": nationals named as examples of
    # the clause's subject set, after these, count that set
    example_leads: list = ()
    # "the share of immigrants went up by 51%": a change by a percent of a share of something is the share's change
    share_change_nouns: list = ()
    change_by_words: list = ()  # "went up by 51%": the word before a change's amount
    bare_figure_subjects: list = ()  # "la cifra cayó un 2,5 %": a bare subject naming the figure itself counts nothing
    place_change_openers: list = ()  # "Guatemala ..., con alzas de 16.5%": a place's change after these counts the change noun
    # "après le recul subi en 2020 (-7,1%)", "la hausse enregistrée en Flandre (+0,5 %)": a change noun a participle
    # of these records, with only a frame of time or place before its bracketed figure, counts the change noun
    recorded_change_participles: list = ()
    # "après un boom de plus de 18 % en 2022", "une reprise de 8,6 % enregistrée en 2021": nouns that name a change as an
    # event of its own, besides ``change_nouns`` and ``subject_change_nouns``
    event_change_nouns: list = ()
    # "en Finlande, où la hausse atteint 822 %": words besides the conjunctions that open a clause whose subject is a change
    change_subject_openers: list = ()
    # "un quart (25%) de ces demandeurs": a bare fraction in a word and its digits in brackets are one fact (French labels;
    # English ones keep "two-thirds (65%)" as two)
    fraction_then_digits_one_fact: bool = False
    # "Selon l'OIT, trois sous-régions": a comma right after a reference word closes it, so the figure after is no
    # number of the reference (French text, where "OIT" names an organisation as often as a convention)
    comma_closes_reference: bool = False
    # ... and the prepositions that open such a frame ("en 2020", "du côté saoudien"); not "pour", "avec", "par", whose
    # group's change counts what changes ("Un recul a été relevé pour les Albanais (-22% à 362 départs)")
    recorded_change_frames: list = ()
    age_group_shares: bool = False  # "el grupo de 31 a 40 años, que representa el 23,21%": the share counts the group's noun
    restated_change_links: list = ()  # "contre 16.929 en 2015, ce qui représente une progression de 30 %": no as_of
    # ... and such a change covers the period between the two levels' years (French text labels so)
    restated_change_periods: bool = False
    # "progressé de 19% pour atteindre 663,6 milliards en 2022, contre 557,2 milliards en 2021": a change before the
    # level it reaches, in a sentence naming the earlier year it is measured from, takes no as_of
    changes_between_years: bool = False
    # "contre 15.455 personnes en 2013 (+7%)", "face à 298,3 milliards lors du premier trimestre 2020, d'où une progression
    # de 25,5%": a change after a compared level and its year is measured from that level, and takes no as_of from its
    # year; the words that open such a level or its time ("contre", "face à", "comparés au")
    compared_level_words: list = ()
    own_set_sentences: bool = False  # "Algo parecido pasó con los paraguayos, que fueron 116": a sentence naming a plural noun
    # before its first figure does not go on with the set of the sentence before
    movement_period_of_change: bool = False  # "subió un 140,8%, desde 2.576 en 2013 hasta 6.203 en 2017": 2013-2017
    related_leads: list = ()  # "Te puede interesar: Honduras recibe 3 vuelos": a link to another story, no fact
    age_verbs: list = ()  # "el 14 % tiene menos de veinte años": the years persons "have" are their age
    duration_ends: list = ()  # "the 12 months to November 2023": a duration up to a date frames the figure
    duration_period_nouns: list = ()  # "the third 12-month period in a row": a duration naming a period frames the figures
    duration_thresholds: list = ()  # "a minimum six-month period": a threshold, which is a fact
    relative_date_words: list = ()  # "two years ago": a duration that dates another figure
    relative_date_closers: list = ()  # "from $515 million one year earlier.": the same, closing its clause
    reciprocal_words: list = ()  # "from one province to another": "one" counts nothing
    # "in one month (mid-January to mid-February, 2023)", "over the three months from January to March 2016": a
    # duration followed by the span of months it names frames the figures
    month_span_leads: list = ()
    month_span_joiners: list = ()
    in_duration_frames: bool = True  # "(+ 27 % en quatre ans", "En près de 20 ans, elle a doublé": a duration after "in"
    # that opens the sentence or follows a figure frames it; Spanish labels these as durations ("creció 113% en 30 años")
    months_capitalized: bool = False  # "(April to September)": a month is written with a capital ("May", not "may")
    # "más que hace un año", "en una década,": an article before a unit is one of it after these words, with nothing
    # but punctuation or a conjunction after it ("un año récord" is none); or after these qualifiers ("au moins un an")
    one_unit_before: list = ()
    one_noun_qualifiers: list = ()
    one_noun_excluded: list = ()
    framed_duration_articles: list = ()
    one_unit_qualifiers: list = ()
    # "Suben 8.6% anual las remesas", "Aumenta 54.6% en enero el número de migrantes", "Crece a 5,4 millones el número
    # de extranjeros": an adverb of the change's span, the link of a time, and the link of a level reached, between a
    # verb of change, its figure and the subject after them
    inverted_adverbs: list = ()
    inverted_time_links: list = ()
    inverted_level_links: list = ()
    one_unit_after: list = ()  # "los 1.100 de un año antes", "de un año atrás": after "de", a unit before these is one of it
    head_count_nouns: list = ()  # "16 090 personnes (+ 14,1 %)": nouns that only count heads, so a change after them is the subject's
    # "Celle-ci gagne 87'500 personnes (+1,1%)": pronoun subjects that stand for the subject of the sentence before
    referring_subjects: list = ()
    # "Lyon, qui comptait 500 000 habitants en 2015, enregistre ...": relative words opening a clause set off by commas,
    # whose date dates only that clause's figures
    aside_relatives: list = ()
    # "Les sommes que les migrants envoient ont progressé de 12 %", "Les flux, qui ..., ont augmenté de 4 %": the
    # relative pronouns after a sentence's opening subject whose clause's nouns a figure after the clause does not count
    opening_subject_relatives: list = ()
    # "los marroquíes, que suman 10.366": verbs (with the word that links them to a figure) that give, in a relative
    # clause set off by a comma after an articled plural noun, the size of the set that noun names
    relative_level_verbs: list = ()
    # "fueron 150 en total, frente a las 162 de 2023": words that set a count against the count before it, of the
    # same set
    compared_count_links: list = ()
    # "suman 19.250 los haitianos devueltos": verbs that, like a copula, give the size of a set named after the figure
    inverted_level_verbs: list = ()
    # "saw the largest rise, at 7.7 percent": superlatives before a change noun set off from the figure after it
    change_superlatives: list = ()
    # "10,732 milliards", "1,125 %": a comma before three digits and a scale or a percent sign marks decimals, where
    # the language never groups thousands with a comma
    comma_decimal_before_scale: bool = False
    # "climbed up to 52,000", "crecieron hasta 98 millones": the words of a bound that, after a verb of change, name the
    # level reached, not a ceiling
    reached_bounds: list = ()
    # "Pakistán ocupa el primer puesto, con 1,9 millones": ordinal numbers in words, which name a rank, never what a
    # figure counts
    ordinal_numerals: list = ()
    # "Les nationalités les plus représentées dans les arrivées sont l'allemande (10 %)": the nouns (besides place_sets)
    # naming the set a ranked list's items belong to, which their bracketed figures do not count; and the links after
    # which the sentence names the whole those figures count
    item_set_nouns: list = ()
    item_whole_links: list = ()
    # "La moitié de cette somme", "40 % de ce total": a demonstrative and a noun naming a figure named before, whose
    # share counts that noun
    pointed_share_wholes: list = ()
    # "au rythme de 7 % par an", "un rythme annuel moyen de 4,2 %": words marking an average yearly rate of change
    yearly_rate_marks: list = ()
    # "39 % d'entre eux", "Parmi elles, 177": pronouns standing for the set the sentence before named
    antecedent_pronouns: list = ()
    # "Le nombre des recrutés a atteint 3140 personnes": the subjects whose X a level written with head_count_nouns counts
    people_level_leads: list = ()
    # "el número de extranjeros subió en 72.504 personas", "El número de extranjeros que cuentan con ... llega a 5.424.781
    # de personas": where set, the words that may follow the lead's noun (a relative clause), which must otherwise
    # stand alone before its verb ("el número de residentes extranjeros aumentó en 100.793 personas" is labelled
    # `personas`); a change written with head_count_nouns then counts that noun too, as the level does
    people_level_relatives: list = ()
    # "avec 1 615 ressortissants, puis aux Afghans (830)": nouns naming people, whose count makes the nationals after it
    # count themselves, where a count of anything else ("1 326 688 permis ... derrière les Marocains (2 860 164)") lends
    # them its noun (read with age_holders and head_count_nouns)
    people_nouns: list = ()
    # "22% des entrées et 24% des sorties ..., soient respectivement 210 206 puis 194 044", "moins d'entrées que de
    # sorties : 52 633 et 53 901 respectivement": the words joining two sets named before two figures given respectively,
    # where heads come first
    respective_set_joiners: list = ()
    # "Ce recul touche ... (-20,8%)", "..., leur progression reste ... (+ 11,0 %)": the definite words before a change noun
    # that opens a sentence of signed bracketed changes after places, which then count it
    subject_change_leads: list = ()
    # "Une baisse sensible a été observée chez les ressortissants de Croatie (-553)": the indefinite words before such a
    # change noun, read only where it opens the sentence
    opening_change_leads: list = ()
    part_links: list = ()  # "de 31% ... à 38%, dont 29% attribués par l'Ofpra": a part of the figure before, what it counts
    plural_set_openers: list = ()  # "De aquellos retornados de 2016, el 63,9 %": an opener naming a set only before a plural noun
    restating_clauses: list = ()  # "3,324 returnees ..., which represents a 125 per cent increase": a change of the count before
    anaphors: list = ()  # "Il l'avait déjà été (-13.111)", "leur nombre est estimé à": what the sentence before counts
    changes_after_noun: list = ()  # "85.851 migrantes más": words of change_after that may follow a count's noun
    # "6,2 % de Belges supplémentaires", "10 000 habitants en plus": words of change_after that close the noun
    # phrase and need no comparison after them (read with changes_after_noun)
    extras_after_noun: list = ()
    listed_percents: bool = False  # "del 121 y 142%": a bare figure listed before a percentage is one
    # "entre 2013 y 2017, pasando de 4.231 a 9.936": a movement's two levels after the sentence's period are as of
    # its two years (French text labels such levels with the period itself)
    dated_movement_levels: bool = False
    # "une croissance moyenne de 9% par an, et s'élèveraient à 540 milliards de dollars en 2016": a year after a
    # figure, past ", et" or ", mais", dates its own clause only, where the figure's clause names no time (French
    # text labels it so; Spanish text dates "más de 346 mil ..., y en lo corrido de 2019 ..." by the later year)
    later_clause_dates: bool = False
    # ... and only where a figure of the later clause stands before its year ("..., y la venezolana es la comunidad que
    # más ha crecido, con un 58 % más de personas en 2019"), not where the year opens it ("..., y en lo corrido de 2019
    # se han registrado ...": Spanish text dates the earlier figure by it)
    later_clause_date_figure: bool = False
    # "De las 900 solicitudes, 300 correspondieron a peruanos, 150 chilenos": a figure followed by a people's name in a
    # breakdown by origin counts the set the list's earlier item counted (Spanish text labels it so)
    origin_items: bool = False
    # "les recettes ... ont plus que doublé : elles sont passées de 32,28 milliards à fin novembre 2021 à ...": a multiple
    # a word of multiplying gives takes no date that stands after a level following it (the level's own date)
    undated_multiples: bool = False
    # "Diez años atrás, en marzo de 2013", "en solo tres meses se sumaron": a duration takes no date of the sentence
    # (Spanish text labels none)
    undated_durations: bool = False
    # "en 2022 los menores de 16 años bajaron en 40.625", "migrantes en edad laboral (mayores de 15 años)": an age bound
    # (at_least, at_most) marks out a group, and takes no date of the sentence (Spanish text labels none)
    undated_ages: bool = False
    # "pendant 3 années consécutives", "au sortir de deux années de baisse": a number of calendar years counted by these nouns
    # is a stretch of time, which a date of the sentence does not date (unlike a delay "4,2 mois en 2023")
    undated_duration_nouns: list = ()
    # "in 2019. Two-thirds (65%) of them", "Italy. A quarter of Slovenians", "(44.000). Tres cuartas partes de las
    # peticiones": a merged token that opens with a capital after a full stop starts a sentence, as a title word does
    # (English and Spanish; French text's "Une moitié se compose de ..." goes on with the sentence before it, its
    # figures counting that sentence's set)
    capital_merged_starts: bool = False
    # "4.000 solicitudes. Tres cuartas partes de ellas": the pronouns after which a merged token that opens with a
    # capital does not start a sentence, its set being the sentence before's
    merged_start_pronouns: list = ()
    # "Récord de estatutos de refugiado: 7.521 concedidos" over "En ese mismo periodo se otorgaron 7.521 ...": a line of
    # prose under a heading that ends in no stop starts a sentence, so the heading lends it no date, noun or year
    heading_line_starts: bool = False
    # "were Germany (15%), Nigeria (12%) and Guinea (8%)": a figure alone in brackets that names nothing counts what
    # its sentence's other bracketed figures of its kind count (English text; Spanish and French lists of places in
    # brackets name no counted set as often as not)
    bracketed_siblings: bool = False
    # "Le siguen Atlántico (160.736), Antioquia (156.163) ...": a sentence opened by one of ``continuation_openers`` whose
    # figures name nothing lists places and counts no set of the sentence before (Spanish labels: empty heads)
    rankings_go_on_unnamed: bool = False
    # "les Malgaches (1 274 naturalisations) puis les Comoriens (1 149)": a figure in the brackets of a name it was read as
    # counting counts what the bracketed figure of its kind before it in the sentence counts (French)
    named_bracket_items: bool = False
    # "12,276 in (12,220), 2315 out (2110)", "(1866 arriving, 18877 leaving)": a count followed only by one of these
    # names no counted noun (empty head), and so does the bracketed last-year figure after it
    bare_flow_words: list = ()
    # "ahead of Koreans at 589,000": a word that opens a complex preposition with "of" is no head; what follows it is
    prepositional_heads: list = ()
    # "Expatriate worker numbers dropped", "numbers of Vietnamese ... saw a jump", "the Vietnamese, whose numbers increased":
    # a plural measure noun that counts the people it names, not itself
    people_measure_nouns: list = ()
    # "sur les deux derniers exercices": nouns of a stretch of time that are no unit, framed as a span by "derniers" and the like
    span_nouns: list = ()
    period_adverbs: list = ()  # "dropped 18 per cent year-on-year to 52,000": an adverb between a change and its level
    participle_subject_verbs: list = ()  # "with immigration falling (down 25,000)": a change verb in -ing after its own noun
    participle_subject_leads: list = ()  # "with", "by": a word that opens such a noun and its verb in -ing ("offset by outflows rising 5%")
    subject_asides: list = ()  # "the population as a whole grew by 57 500": words between a subject and its verb that stand aside
    change_companions: list = ()  # "..., con un incremento del 38,3%": a change that goes with the count before it
    # "gana 127.612 afiliados en un año, un 7,30% más": the word before a duration that frames the count before it,
    # so that a change after the duration is still that count's
    count_duration_frames: list = ()
    # "Santa Cruz ..., con el 40,2%; ... Cochabamba con el 29,5%, La Paz con un 16,4%": the word that gives each item
    # of a list of shares its figure
    share_item_prepositions: list = ()
    change_measures: list = ()  # "a 9 per cent jump in remittances": the word after a change noun before what it measures
    continuation_openers: list = ()  # "Suivent les Géorgiens (1 844)": a sentence that goes on with the list before it
    # "Para 2020, 15.362 de Honduras": a sentence whose words before its first figure name a year of their own after
    # one of these gives its own time, not more of the set of the sentence before (its bare figures count no noun)
    own_time_leads: list = ()
    # "1.307 inmigrantes a bordo de 69 embarcaciones, cuando ... habían llegado 425": the words that carry a figure's
    # vehicle or frame after the figure of what it counts
    carrier_prepositions: list = ()
    group_prepositions: list = ()  # "a rate of 94% for Syrians, 12% for Turks": the group a share is given for
    gapped_links: list = ()  # "Women accounted for 54% of the total, men for 46%": the link a clause without its verb keeps
    change_asides: list = ()  # "rose in Lakeshire by 5%": words that open an aside between a change verb and its "by"
    # "grew, if only by a modest 13,600", "rose, albeit by 2%": a hedge after a change verb's comma, before its "by"
    change_hedges: list = ()
    # "(1939 people)", "it comes to 1859 people", "the number stands at 1953.": words before a year-shaped number that
    # make it a count when a word of head_count_nouns follows it, or (but after a bracket) when the sentence ends there
    year_shaped_count_leads: list = ()
    # "ont crû en France de 28,3 %": the aside names a place or a year, in capitals, digits and articles alone (French
    # "de" closes as many phrases as it opens: "baissé en raison de 3 accords" is no aside)
    change_asides_of_names: bool = False
    date_labels: list = ()  # "38% of FY 2020 Q3 admissions": a period's label before the noun, with or without its year
    adverbial_openers: list = ()  # "Según el análisis, las remesas sumaron ...": an adverbial before a subject read head first
    money_nouns: list = ()  # "remittances 171.4 million": nouns of money, whose bare millions are in the text's currency
    money_purposes: list = ()  # "8,392.5 millones de dólares en remesas": what an amount is of, named after it
    postnominal_participles: list = ()  # "40% of the workforce going abroad": a participle after the noun ends it
    unit_labels: list = ()  # "Unidades: Movimientos migratorios" under a table's title: the line that gives its unit
    most_words: list = ()  # "los países de los que llegan más inmigrantes son ...": what the places' figures count
    most_changed: list = ()  # "donde más subieron las remesas": a ranking by change, whose listed figures are changes
    item_links: list = ()  # "España con 6 mil 720", "Kuwait on 2.1 million": the word between a place and its figure
    # "Retours forcés : moins 13%", "(plus 80 %)": a word written for a sign before a share, opening its bracket, its
    # colon's phrase or its sentence -> the change it names
    sign_words: dict = field(default_factory=dict)
    # "Complètent le top 5 ... le Tadjikistan (28%)": a ranking word before a figure that names no set of its own,
    # and the set its figure then counts
    ranking_sets: dict = field(default_factory=dict)
    # "ranked in the top ten in each year": a ranking word before a spelled size that names no noun; the size is a fact
    ranking_words: list = ()
    # "the 27 Member States of the EU", "the 44 industrialized countries covered": a definite count of these nouns names
    # a fixed set, a category count the sentence's date does not date (words that rank the set, "leading", keep it)
    membership_set_nouns: list = ()
    ranked_set_modifiers: list = ()
    # "the other one-third is made up of students": an ordinal before a fraction that names the rest of a whole, not a
    # part of a year, unless a year follows ("the other half of 2020")
    remainder_ordinals: list = ()
    # "in the 10 months of the current fiscal year": what follows a duration that makes it a part of a year that frames
    # the figures (a year number after "of" does too)
    duration_of_years: list = ()
    span_leads: list = ()  # "Over the eleven months, ...": the words that open a span named before
    # "Drapeau de la France France 5 000 000": a flag's caption printed before the place it stands for in a box's item
    flag_words: list = ()
    # "Crecimiento porcentual, 2021 frente a 2020", "Remesas como porcentaje del PIB": a named column of shares
    percent_column_words: list = ()
    # "New permits | Renewals | Group | Issued | Refused": a column that names only a decision on what is counted
    decision_column_words: list = ()
    # "Canadian Low Skill 666 603": a row's label that closes on a level names a programme, not a group it counts
    level_label_words: list = ()


@dataclass(frozen=True)
class Subsections(RuleFile):
    trends: list = ()
    progress: list = ()
    best_practices: list = ()
    challenges: list = ()
    next_steps: list = ()
    other: list = ()


@dataclass(frozen=True)
class Sections(RuleFile):
    contents: list
    front: list
    back: list
    subsections: Subsections


@dataclass(frozen=True)
class GcmWords(RuleFile):
    objective_words: list  # "objective", "objetivo", "objectif"
    gcm_words: list  # "GCM objective 23", "objetivos del PMM"
    area_words: list  # "Thematic area 2", "Área temática 2"
    areas: dict  # area number -> title in this language
    objectives: dict  # objective number -> official title in this language


@dataclass(frozen=True)
class SharedWords(RuleFile):
    """Words that the rules read in the text of every language alike: each list mixes the words
    of the languages, and all of them apply to a text whatever its language (English "et al." meets
    French "et"). A list of one language's words belongs to that language's vocabulary instead."""

    # ", while ", ", pero ", ", alors que ": a conjunction after a comma that opens a new clause (";" does too)
    clause_breaks: list
    elided_clause_breaks: list  # ", alors qu'il": the same, elided onto the next word
    # "and", "which", "pero", "donde", "tandis", "lorsque": words that open a clause, no part of a noun phrase
    clause_words: list
    relatives: list  # "which", "que", "qui": the relative pronouns after a noun
    # ", where the foreign residents numbered", ", mientras que los": a clause with a subject of its own after a comma
    # opens with one of these, a complementizer (complementizers, elided_complementizers) perhaps, then an article
    new_subject_openers: list
    complementizers: list  # "que"
    elided_complementizers: list  # "qu'"
    definite_articles: list  # "the", "el", "les"
    # "y la venezolana", "mais les demandes": a conjunction before a clause's opening subject
    opening_conjunctions: list
    # "the share of", "un total de": words among a language's subject_links that alone do not link a subject to its
    # figure
    weak_subject_links: list
    from_words: list  # "from 4,000", "de 2.000", "du 1er": where a movement starts
    elided_articles: list  # "l'": a definite article elided onto the next word
    # "..., an increase of 8%, which ...", "..., y ...": words after a figure that open a clause of its own, so a change
    # after them is no restatement of the figure before (change_clause_openers) or no apposition to it
    # (apposition_clause_openers)
    change_clause_openers: list
    apposition_clause_openers: list
    list_conjunctions: list  # "5.3% and 13.2%", "10 et 5 millions": the conjunctions that join the items of a list
    range_joiners: list  # "from 3 to 4.1 percent", "de 2 a 3", "de 10 à 12": the words that join a range's figures
    # "respectivement de 10 et de 5 millions": a preposition that a conjunction's second figure repeats
    repeated_prepositions: list
    spelled_number_joiners: list  # "treinta y cinco", "vingt et un", "one hundred and five": a word inside a spelled number
    reference_totals: list  # "Page 1 of 2", "page 1 sur 2": the word before the total of a reference's numbers
    street_name_links: list  # "17 route des Morillons", "2 calle del Sol": the lower-case words of a street's name
    # "Net (Number s.a.)", "Total": a table's column that names no noun, so it counts what its group above names
    bare_columns: list
    gcm_word_links: list  # "Objetivos del PMM", "Objectifs du PMM": the words between "objectives" and the GCM's name


@dataclass(frozen=True)
class Common(RuleFile):
    areas: dict  # area number -> its objectives
    labels: dict  # objective number -> short label of the UN Network on Migration
    currencies: dict  # ISO codes and symbols, the same in every language
    units: dict  # unit symbols
    percent_signs: list
    file_units: list  # "8MB", "154 KB": a file's size; "48 pp.": a publication's length; no fact
    small_unit_currencies: list  # "VND 2,000 billion", "Rp 1,500 billion": amounts that run to thousands of billions
    words: SharedWords  # words read in the text of every language alike


@dataclass(frozen=True)
class TermRule(RuleFile):
    """A phrase of the GCM's text (an objective's title or actions, or the everyday word for
    the same thing) and the objectives whose text uses it; or, with ``stop``, a phrase that
    voids the terms it overlaps ("drug trafficking" is no trafficking in persons)."""

    id: str  # unique within the file; the table names the term by its phrase
    phrase: str
    objectives: list = ()
    stop: bool = False


@dataclass(frozen=True)
class EvidenceWords(RuleFile):
    """How a word is folded before the terms are matched: lower case, accents removed, then
    the first plural ending that fits is undone ("remittances" -> "remittance")."""

    plural_endings: list  # [ending, replacement] pairs, tried in order
    min_stem: int  # letters that must remain before an ending for it to be undone


def objective_terms(lang: str) -> list[TermRule]:
    """A language's evidence terms and stop phrases, checked: ids unique, objectives 1-23,
    a term with objectives, a stop phrase without."""
    where = f"rules/{lang}/objective_terms.jsonl"
    rules, seen = [], set()
    for number, data in enumerate(read_jsonl(lang, "objective_terms.jsonl"), start=1):
        rule = TermRule.from_dict(data, f"{where} line {number}")
        problem = (
            f"duplicate id {rule.id!r}" if rule.id in seen
            else "a stop phrase has no objectives" if rule.stop and rule.objectives
            else "a term needs its objectives" if not rule.stop and not rule.objectives
            else "objectives are numbers from 1 to 23"
            if any(not isinstance(n, int) or not 1 <= n <= 23 for n in rule.objectives) else None
        )
        if problem:
            raise RuleError(f"{where} line {number}: {problem}")
        seen.add(rule.id)
        rules.append(rule)
    return rules


# --- one language's words ---------------------------------------------------------------


class Lexicon:
    """One language's vocabulary, sections and GCM words, with the shared ones merged in."""

    def __init__(self, lang: str):
        self.lang = lang
        self.words: Vocabulary = Vocabulary.from_dict(_apostrophes(_read(f"{lang}/vocabulary.json")),
                                                      f"rules/{lang}/vocabulary.json")
        self.sections: Sections = Sections.from_dict(_read(f"{lang}/sections.json"), f"rules/{lang}/sections.json")
        self.gcm: GcmWords = GcmWords.from_dict(_read(f"{lang}/gcm.json"), f"rules/{lang}/gcm.json")
        self.evidence: EvidenceWords = EvidenceWords.from_dict(
            _read(f"{lang}/evidence.json"), f"rules/{lang}/evidence.json")

    def __repr__(self) -> str:
        return f"Lexicon({self.lang!r})"

    @cached_property
    def currencies(self) -> dict[str, str]:
        return {**COMMON.currencies, **self.words.currencies}

    @cached_property
    def units(self) -> dict[str, str]:
        """Unit word -> unit; an age phrase ("years old") -> "years old"."""
        return {**COMMON.units, **self.words.units, **{age: "years old" for age in self.words.ages}}

    @cached_property
    def percent_words(self) -> list[str]:
        return list(COMMON.percent_signs) + list(self.words.percent_words)

    @cached_property
    def spacy_stop_words(self) -> frozenset[str]:
        return spacy_stop_words(self.lang) - frozenset(self.words.content_words)

    @cached_property
    def heading_words(self) -> frozenset[str]:
        """The words of the headings the segmentation reads, lower case: "objectifs",
        "área", "temática", "tendencias", "progrès", and the words of the areas' titles."""
        phrases = [
            *self.gcm.objective_words, *self.gcm.area_words, *self.gcm.areas.values(),
            *self.sections.contents, *self.sections.front, *self.sections.back,
            *(phrase for f in fields(self.sections.subsections) for phrase in getattr(self.sections.subsections, f.name)),
        ]
        return frozenset(_words_of(phrases))

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Words of the language, lower case: spaCy's stop words, the function words, and every
        word of the GCM's titles, the evidence terms and the section headings. Most words of a
        page of prose are among them; few of a text layer whose letters map to the wrong glyphs."""
        phrases = [*self.gcm.objectives.values(), *(rule.phrase for rule in objective_terms(self.lang))]
        return frozenset(_words_of(phrases) | self.heading_words | set(self.words.function_words)
                         | set(self.spacy_stop_words))

    def phrases(self, key: str) -> Mapping[str, str]:
        """A vocabulary of named phrase lists (qualifiers, changes ...) as phrase -> name, built
        once per key (the fact readers ask for it for every figure)."""
        cached = self.__dict__.setdefault("_phrases", {})
        if key not in cached:
            named = getattr(self.words, key)
            cached[key] = MappingProxyType({phrase: f.name for f in fields(named) for phrase in getattr(named, f.name)})
        return cached[key]

    @cached_property
    def scale_values(self) -> dict[str, float]:
        return {**self.words.scales}


@cache
def spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of a language (empty for one spaCy does not have), read from
    their own module: importing ``spacy.lang.fr`` would also build the French tokenizer's
    exceptions, which takes seconds (a page's quality check needs the words alone)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / lang / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():
        return frozenset()
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(f"_stop_words_{lang}", path))
    module.__spec__.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _words_of(phrases) -> set[str]:
    return {word for phrase in phrases for word in re.findall(r"[^\W\d_]+", phrase.lower())}


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The words of ``lang`` (English for a language the rules do not know)."""
    return Lexicon(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def lexicons() -> list[Lexicon]:
    return [lexicon(lang) for lang in LANGUAGES]


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Function words by language, to tell a text's language: those the rules read, and a
    few more (rules/languages.json) so that a review in another is named, not misread."""
    other = {lang: words for lang, words in _read("languages.json").items() if lang != "_comment"}
    return {lex.lang: frozenset(lex.words.function_words) for lex in lexicons()} | {
        lang: frozenset(words) for lang, words in other.items()
    }


# --- the GCM's reference lists ------------------------------------------------------------


class _Gcm:
    """Areas and objectives: numbers, membership, labels, and titles in every language."""

    def __init__(self):
        self.common = COMMON
        self.objective_area: dict[int, int] = {
            int(n): int(area) for area, numbers in COMMON.areas.items() for n in numbers
        }
        self.objectives = sorted(self.objective_area)
        self.areas = sorted(int(a) for a in COMMON.areas)
        self.labels = {int(n): label for n, label in COMMON.labels.items()}

    def area_objectives(self, area: int) -> list[int]:
        return list(COMMON.areas[str(area)])

    def title(self, objective: int, lang: str = DEFAULT_LANGUAGE) -> str | None:
        return lexicon(lang).gcm.objectives.get(str(objective))

    def area_title(self, area: int | None, lang: str = DEFAULT_LANGUAGE) -> str | None:
        return lexicon(lang).gcm.areas.get(str(area)) if area is not None else None


COMMON: Common = Common.from_dict(_read("common.json"), "rules/common.json")
GCM = _Gcm()
OBJECTIVE_AREA: dict[int, int] = GCM.objective_area
OBJECTIVE_TITLE: dict[int, str] = {n: GCM.title(n) for n in GCM.objectives}
AREA_TITLE: dict[int, str] = {a: GCM.area_title(a) for a in GCM.areas}
