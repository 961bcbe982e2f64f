"""What a number counts: the noun phrase after it, or the X of "the number of X was ...".

There is no tagger in the pipeline, so a noun phrase is read from word shapes:
a run of content words (hyphenated compounds as one word) that ends at a
function word, a number or punctuation, after a plural noun, or before a verb.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice, takewhile
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..rules import COMMON, Lexicon, lexicon
from .context import is_month, lex_of, next_token, phrase_before, previous_token, text_of, year_prepositions
from .numbers import alternation, is_year

NUMBER_TAGS = frozenset({"<NUM>", "<RANGE>", "<WNUM>"})
# Tags of number vocabulary: no part of what is counted ("<GCM>" and "<OBJ>" words are).
_QUANTITY_TAGS = NUMBER_TAGS | {"<SCALE>", "<CUR>", "<PCT>", "<UNIT>", "<FRAC>", "<ONE>"}


def is_plural(word: str, lex: Lexicon) -> bool:
    """A plural noun ends a noun phrase, bar a few that modify ("human rights cases")."""
    words = lex.words
    if word in words.prenominal_modifiers:
        return False  # "nuevos desplazados": the noun follows
    if word in words.irregular_plurals:
        return True
    if lex.lang == "fr" and word.endswith("x") and len(word) > 3:
        return word not in words.plural_modifiers  # "travaux", "réseaux"
    if not words.head_first and word.endswith("is") and not word.endswith("sis") and len(word) > 4:
        from ..countries import lookup

        return lookup(word[:-1]) is not None  # "Nepalis", "Iraqis": a people in -i, but "analysis", "tennis"
    if lex.lang == "fr" and word.endswith(("ais", "ois")) and len(word) > 5:
        from ..countries import lookup, names_country

        if lookup(word) is not None and not names_country(word):
            return True  # "les Bangladais", "les Albanais": a people in -ais or -ois, the same in the plural
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in words.plural_modifiers


def _units(doc: Doc, i: int, end_char: int):
    """Words from token ``i`` on, hyphenated compounds as one ("third-country"),
    line wraps and footnote numbers skipped: (first token, last token, lower-case text)."""
    while i < len(doc) and doc[i].idx < end_char:
        token = doc[i]
        if token.is_space or token.norm_ == "<NOTE>":  # "281 million3 international migrants": past the note
            if token.text.count("\n") >= 2 or "\f" in token.text:
                return  # a paragraph or page ends the phrase
            i += 1
            continue
        if token.text in ("«", "“") and i + 1 < len(doc) and doc[i + 1].is_alpha:
            i += 1  # "3 millions de « Français »": an opening quotation mark before the noun
            continue
        last = i
        while (
            last + 2 < len(doc) and doc[last + 1].text in ("-", "‐") and not doc[last].whitespace_
            and not doc[last + 1].whitespace_ and doc[last + 2].is_alpha
        ):
            last += 2
        yield Word(token, doc[last], "".join(t.text_with_ws for t in doc[i:last + 1]).strip().lower())
        i = last + 1


class Word(NamedTuple):
    """A word of a phrase: its first and last token (a hyphenated compound spans several)."""

    first: Token
    last: Token
    lower: str


def _noun_of_count(units: list[Word], number: Token, lex: Lexicon) -> bool:
    """ "1.260.594 de personas": where heads come first, a plural noun after a plain figure and
    "de" is what it counts (a part of a set takes a determiner: "1.725 de los detenidos").
    In English a plain figure, "of" and no determiner before a plural noun, its modifiers
    with it, count that noun: "12,400 of foreign residents hold permanent status"."""
    if number.norm_ != "<NUM>" or len(units) < 2 or not _content_word(units[1], lex) or units[1].first.is_title:
        return False
    if lex.words.head_first:
        return is_plural(units[1].lower, lex)
    for word in units[1:4]:
        if not _content_word(word, lex):
            return False
        if is_plural(word.lower, lex):
            return True
    return False


def _verb_before_complement(units: list[Word], position: int, lex: Lexicon) -> bool:
    """Whether a word that may be a verb is one: a preposition, a determiner or the end of the
    phrase follows it ("40.000 llegan de la región"), not an adjective ("un résident belge")."""
    following = units[position + 1].lower if position + 1 < len(units) else None
    return following is None or following in lex.words.of_words or following in lex.words.determiners \
        or following in lex.words.subject_prepositions or not any(c.isalpha() for c in following)


def _object_follows(units: list[Word], position: int, lex: Lexicon) -> bool:
    """Whether an English word that may be a verb, right after a count, is one: no plural noun follows
    it ("163,800 received refugee status"; not "5,000 returned migrants")."""
    return not lex.words.head_first and not any(
        is_plural(u.lower, lex) for u in units[position + 1:position + 4] if _content_word(u, lex))


def _possessor(units: list[Word]) -> bool:
    """ "the world's", "the Islands' workers": a possessor before the noun that is counted (a plural possessor's
    apostrophe glued to its word, a noun after it)."""
    return len(units) > 1 and (units[1].lower in ("'s", "’s") or (units[1].lower in ("'", "’") and len(units) > 2
                                                                  and not units[0].last.whitespace_ and units[0].lower.endswith("s")
                                                                  and units[2].first.is_alpha))


def _linked_article(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether "a" at ``i`` is an article inside a subject's complement ("Applications for a residence permit"),
    after a preposition that links it and before a word, not a figure ("a thousand")."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    return doc[i].lower_ in lex.words.indefinite_articles and following is not None and following.is_alpha \
        and following.norm_ not in _QUANTITY_TAGS and following.norm_ not in ("<SCALE>", "<UNIT>", "<FRAC>") \
        and before is not None and before.lower_ in lex.words.article_links


def _named_possessor(units: list[Word], lex: Lexicon) -> int:
    """How many words a possessor of two or three words takes with its "'s" ("the Skill stream's outcome",
    "the Family stream's"): 0 where there is none."""
    for k in (2, 3):
        if len(units) > k + 1 and units[k].lower in ("'s", "’s") and units[k + 1].first.is_alpha \
                and all(u.first.is_alpha and u.lower not in lex.spacy_stop_words for u in units[:k]):
            return k + 1
    return 0


def _whole_before_period(units: list[Word], lex: Lexicon) -> bool:
    """Whether "whole" or "entire" stands before the period a measure's noun is of ("the whole 2015–16
    migration programme outcome"), as a determiner would."""
    return len(units) > 2 and units[0].lower in lex.words.whole_words \
        and re.fullmatch(r"(?:19|20)\d\d(?:\s*[-–/]\s*\d\d(?:\d\d)?)?", units[1].lower) is not None


_HYPHENATED = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)+")


def _content_word(word: Word, lex: Lexicon) -> bool:
    token, lower = word.first, word.lower
    if token.norm_ in _QUANTITY_TAGS or len(lower) < 2:
        return False
    if token.i != word.last.i:  # a hyphenated compound
        return any(c.isalpha() for c in lower)
    if re.fullmatch(r"(?:[^\W\d_]\.){2,}", lower):
        return True  # "of the U.S. population": an abbreviation that modifies the noun
    stop = lower in lex.spacy_stop_words and lower not in lex.words.prenominal_modifiers  # "nuevos desplazados"
    # "main-d'œuvre"; "primo-demandeurs", "ex-combatientes": a hyphenated word the tokenizer keeps whole
    whole = token.is_alpha or token.text in lex.words.single_tokens or _HYPHENATED.fullmatch(token.text) is not None
    return whole and not stop and lower not in lex.words.counted_stop and not is_month(token)


def _date_label(units: list[Word], lex: Lexicon) -> bool:
    """Whether a phrase opens with the label of a period before its noun: "FY2019", "Q3" (with a
    year after it or not), "January" with its year ("20% of January 2023 arrivals")."""
    labels = "|".join(map(re.escape, lex.words.date_labels))
    if len(units) < 2:
        return False
    if labels and re.fullmatch(rf"(?:{labels})(?:\d\d|\d{{4}})?", units[0].lower):
        return True
    return not lex.words.head_first and is_month(units[0].first) and units[1].first.norm_ in NUMBER_TAGS


class Phrase(NamedTuple):
    """A noun phrase read from the text, and the offset just after it."""

    text: str
    end: int


def _line_rest(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].rstrip()


def _after_part_link(doc: Doc, index: int, lex) -> bool:
    """Whether the figure ending before token ``index`` follows a word that opens a part ("dont 31 500")."""
    first = index - 1
    while first > 0 and (doc[first - 1].norm_ == "<NUM>" or doc[first - 1].like_num):
        first -= 1
    return first > 0 and doc[first - 1].lower_ in lex.words.part_links


def counted_after(doc: Doc, text: str, index: int, end: int, *, after_of: bool) -> Phrase | None:
    """The noun phrase right after a quantity ("13 training sessions"): (text, end char).

    With ``after_of`` the phrase must follow "of" ("12% of the migrants");
    otherwise "of" and a determiner may stand between ("31 of their projects").
    Without a tagger, a phrase is a run of content words (hyphenated compounds
    count as one) that ends at a function word, a number or punctuation, after
    a plural noun, or before a verb ("officials attended").
    """
    lex = lex_of(doc)
    of_words, determiners = lex.words.of_words, lex.words.determiners
    framed = False
    units = list(islice(_units(doc, index, end), 12))  # a phrase is short; the sentence may be long
    if units and "\n" in text[doc[index - 1].idx:units[0].first.idx] \
            and _line_rest(text, units[0].first.idx).endswith(":"):
        return None  # "Solicitudes presentadas:" / "28.682" / "Edad:": the heading of the next lines names nothing of it
    if len(units) > 1 and not lex.words.head_first and units[0].lower in lex.words.period_frame_words \
            and units[1].first.norm_ == "<UNIT>":
        return None  # "rose to 52,000 last year": a time, not what is counted
    if len(units) > 2 and lex.words.head_first and units[0].lower in lex.words.comparative_words \
            and units[1].lower in of_words:
        units = units[1:]  # "un 3,4 % más de ingresos"
    if len(units) > 2 and lex.words.head_first and units[0].lower in lex.words.comparative_words \
            and units[1].lower in lex.words.prenominal_modifiers and _content_word(units[2], lex):
        units = units[1:]  # "les cinq plus grands bénéficiaires": a superlative before its noun
    if len(units) > 2 and units[0].lower in ("-", "‐") and units[1].lower in lex.words.strength_words \
            and not units[0].first.whitespace_:
        units = units[2:]  # "the 1.5 million-strong Sri Lankan labour force"
    elif len(units) > 1 and units[0].lower in ("-", "‐") and not units[0].first.whitespace_ \
            and not doc[index - 1].whitespace_ and doc[index - 1].norm_ == "<NUM>" and units[1].first.is_alpha \
            and _content_word(units[1], lex) and not lex.words.head_first:
        word = units[1]  # "the 27-nation European Union": 27 nations
        return Phrase(text[word.first.idx:word.last.idx + len(word.last)], word.last.idx + len(word.last))
    if len(units) > 1 and after_of and not lex.words.head_first and units[0].lower in lex.words.comparative_words \
            and _content_word(units[1], lex):
        after_of = False  # "25 percent more migrants arrived": a change of the migrants
    if len(units) > 2 and units[0].lower in lex.words.generic_heads and units[1].lower in lex.words.measure_links:
        units = units[2:]  # "the 12.8 percent growth in remittances": what grew
        while units and units[0].lower in determiners:
            units = units[1:]
        after_of = False
    if units and units[0].lower in of_words and (after_of or doc[index - 1].norm_ == "<SCALE>"
                                                  or len(units) > 1 and units[1].lower in determiners
                                                  or len(units) > 4 and not lex.words.head_first
                                                  and units[1].lower in lex.words.period_frame_words and _possessor(units[2:])
                                                  or _noun_of_count(units, doc[index - 1], lex)):
        units = units[1:]
        pronoun = bool(units) and units[0].lower in lex.words.demonstratives
        while units and (units[0].lower in determiners or _possessor(units) or _named_possessor(units, lex)
                         or _whole_before_period(units, lex)):
            if units[0].lower in lex.words.generic_heads and (len(units) == 1 or not _content_word(units[1], lex)):
                return Phrase(text[units[0].first.idx:units[0].last.idx + len(units[0].last)],
                              units[0].last.idx + len(units[0].last))  # "almost 10% of the total."
            if _whole_before_period(units, lex):
                units = units[2:]  # "of the whole 2015–16 migration programme outcome": the outcome
                continue
            named = _named_possessor(units, lex)
            # "of the world's migrant population", "of the Skill stream's outcome"
            units = units[named:] if named else units[2:] if _possessor(units) else units[1:]
        if len(units) > 3 and not lex.words.head_first and units[0].lower in lex.words.period_frame_words \
                and _possessor(units[1:]):
            units = units[3:]  # "one in 30 of last year's asylum seekers": a time's possessive stands for a determiner
        if units and units[0].lower in lex.words.generic_heads and not lex.words.head_first \
                and (len(units) == 1 or not _content_word(units[1], lex) and units[1].lower not in of_words):
            return Phrase(text[units[0].first.idx:units[0].last.idx + len(units[0].last)],
                          units[0].last.idx + len(units[0].last))  # "39.4% of the increase."
        framed = len(units) > 1 and units[0].lower in lex.words.period_frame_words and units[1].first.norm_ in NUMBER_TAGS
        if framed:
            units = units[1:]  # "six of the past eight years", "12 of the next 16 months": a frame with its own figure
        while units and (units[0].first.norm_ in NUMBER_TAGS | {"<SCALE>", "<CUR>"} or _date_label(units, lex)):
            units = units[1:]  # "half of the 4,500 farmworkers", "12% of the US$ 3.1 billion appeal", "of FY 2020 Q3 LPRs"
            if len(units) > 1 and units[0].lower in of_words and lex.words.head_first \
                    and doc[units[0].first.i - 1].norm_ == "<SCALE>" and _content_word(units[1], lex):
                units = units[1:]  # "965.015 de los 48,2 millones de personas": the scale's noun
        if framed and units and units[0].first.norm_ == "<UNIT>":  # "six of the past eight years": years
            word = units[0]
            return Phrase(text[word.first.idx:word.last.idx + len(word.last)], doc[index - 1].idx + len(doc[index - 1]))
        if pronoun and not lex.words.head_first and not any(is_plural(u.lower, lex) for u in units[:3]):
            return None  # "60 per cent of these work in ...": a pronoun, no noun
    elif after_of:
        return None
    if len(units) > 1 and not lex.words.head_first and units[0].lower in lex.words.comparative_words \
            and _content_word(units[1], lex):
        units = units[1:]  # "five more losses"
    ordinal = re.compile(r"\d+(?:{})".format("|".join(map(re.escape, lex.words.ordinal_suffixes))), re.I)
    while len(units) > 1 and ordinal.fullmatch(units[0].lower) and _content_word(units[1], lex):
        units = units[1:]  # "258 929 1ers titres": the first titles
    conjunctions = lex.words.conjunctions
    words: list[Word] = []
    for position, word in enumerate(units[:8]):
        following = units[position + 1] if position + 1 < len(units) else None
        if words and word.lower == "," and words[-1].first.is_title and following is not None \
                and following.first.is_title and _content_word(following, lex) and not lex.words.head_first:
            words.append(word)  # "120 Eritrean, Sudanese and Somali migrants": a list of the noun's modifiers
            continue
        if words and word.lower in conjunctions and not is_plural(words[-1].lower, lex):
            following = units[position + 1] if position + 1 < len(units) else None
            if following and _content_word(following, lex):
                words.append(word)
                continue
        if not words and word.lower in lex.phrases("change_after"):
            return None  # "soit 20 millions supplémentaires": a change of what the sentence counts, no noun
        if word.lower in lex.words.dates.end_of and following is not None \
                and re.fullmatch(r"(?:19|20)\d\d", following.first.text):
            break  # "passé de 27 300 fin 2021 à 5,7 millions fin 2022": a date, no noun
        if not _content_word(word, lex):
            if words and after_of and not lex.words.head_first and word.lower in lex.words.generic_heads \
                    and word.first.norm_ not in _QUANTITY_TAGS:
                words.append(word)  # "60% of Canada's population growth", "of the annual increase": the measure is the whole
            elif words and word.first.norm_ == "<UNIT>" and word.first.i == word.last.i and not is_plural(words[-1].lower, lex):
                words.append(word)  # "for 3 consecutive years": the unit its adjective qualifies
            break
        # "163,800 received refugee status": in English a verb, not an adjective, where no plural noun follows it
        # "63,039 got labor permits": a verb of getting with no participle's form ("got", "took", "obtain") modifies
        # no noun, whatever follows it: its object is what each got, not what is counted
        finite = word.lower in lex.words.getting_verbs
        if word.lower in lex.words.verbs_after_counted and (
                words and not words[-1].lower.endswith("ly")
                or not words and (finite or _object_follows(units, position, lex)
                                  or _verb_before_complement(units, position, lex))):
            break  # "officials attended", "40.000 llegan de la región", but "newly arrived migrants", "un résident belge"
        if words and word.lower in lex.words.postnominal_participles:
            break  # "40% of the workforce going abroad"
        if word.first.i == index and lex.words.plural_verb_endings and word.lower.endswith(tuple(lex.words.plural_verb_endings)) \
                and word.first.i == word.last.i and word.first.is_lower and not is_plural(word.lower, lex) \
                and doc[index - 1].norm_ != "<ONE>" and doc[index - 1].text != "1":
            break  # "otros 250.000 cuentan ya con una cita", "otros 36.000 esperan ser recogidos": a verb, no noun
        words.append(word)
        following = units[position + 1] if position + 1 < len(units) else None
        if word.lower in lex.words.irregular_plurals and not word.lower.endswith("s") and following is not None \
                and _content_word(following, lex) and is_plural(following.lower, lex) \
                and not verb_form(following.lower, lex) and following.lower not in lex.words.verbs_after_counted:
            continue  # "40 staff members", "300 police officers": a collective noun that modifies
        if is_plural(word.lower, lex) or sum(w.lower not in conjunctions and w.lower != "," for w in words) >= 5:
            break
    while words and words[-1].lower in conjunctions:
        words.pop()
    before = words[0].first.i - 1 if words else -1
    # "80% of the funding": a determiner makes a noun of a word with a verb's ending; "of those arrested" does not
    determined = before >= 0 and doc[before].lower_ in determiners and doc[before].lower_ not in lex.words.demonstratives
    if not words or len(words) == 1 and verb_form(words[0].lower, lex) and not determined:
        return None  # "1,725 of those arrested": no noun
    if all(w.lower in lex.words.prenominal_modifiers for w in words):
        return None  # "1,2 million d'autres ont fui": a modifier with no noun stands for the noun before
    last = words[-1].last
    if len(words) == 1 and words[0].lower.endswith(tuple(lex.words.participle_endings)) \
            and last.i + 2 < len(doc) and doc[last.i + 1].lower_ in lex.words.agent_words \
            and doc[last.i + 2].lower_.replace("’", "'") in determiners:
        return None  # "102 564 financées par le programme 303": a participle and its agent
    if len(words) == 1 and words[0].lower.endswith(tuple(lex.words.complemented_participle_endings)) \
            and not words[0].lower.endswith(("ité", "ités")) and words[0].lower not in lex.words.people_nouns \
            and last.i + 1 < len(doc) and doc[last.i + 1].lower_ in lex.words.participle_complements \
            and _after_part_link(doc, index, lex):
        return None  # "dont 487 064 hébergés dans des camps", "inscrits comme hommes": a participle and its complement
        # after "dont"; "1 200 entreprises dans la région" counts its noun
    if words[-1].lower in lex.words.generic_heads and last.i + 1 < len(doc) and doc[last.i + 1].lower_ in of_words \
            and (len(words) == 1 or not lex.words.head_first
                 or all(w.lower in lex.words.generic_heads for w in words)):
        # "the total number of OFWs", "del total de la población", "du nombre total de franchissements"
        deeper = counted_after(doc, text, last.i + 1, end, after_of=True)
        if deeper and not is_place(deeper.text, lex) and not (deeper.text.isupper() and len(deeper.text) <= 5):
            # "9 % du total de l'UE", "del total de España": the total of a place or a union is the total
            return deeper
    start, stop = words[0].first.idx, words[-1].last.idx + len(words[-1].last)
    if framed:  # the frame's figure is a fact of its own: the phrase stays out of this one
        return Phrase(text[start:stop], doc[index - 1].idx + len(doc[index - 1]))
    return Phrase(text[start:stop], stop)


_CLAUSE_WORDS = frozenset(COMMON.words.clause_words)


_RELATIVES = frozenset(COMMON.words.relatives)


def counted_changed_after(doc: Doc, text: str, index: int, end: int) -> str | None:
    """X in "a 9 per cent jump in remittances", "a 20 percent year-on-year increase in migrant
    deaths": what the change noun after a figure measures, where heads come last."""
    lex = lex_of(doc)
    if lex.words.head_first:
        return None  # "une hausse de 8 % des titres": the set follows the figure, read as a share's
    nouns = lex.phrases("change_nouns")
    i, steps = index, 0
    while i < len(doc) and doc[i].idx < end and steps < 6:
        token = doc[i]
        lower = token.lower_
        name = nouns.get(lower) or (nouns.get(lower[:-1]) if lower.endswith("s") else None)
        if name:
            following = next_token(doc, i + 1)
            if following is None or following.lower_ not in lex.words.change_measures or following.idx >= end:
                return None
            phrase = counted_after(doc, text, following.i + 1, end, after_of=False)
            return phrase.text if phrase else None
        hyphenated = i and doc[i - 1].text in ("-", "‐")  # "year-on-year"
        if not (token.is_space or token.is_alpha or token.text in ("-", "‐")) \
                or lower in lex.spacy_stop_words and not hyphenated:
            return None
        i, steps = i + 1, steps + (not token.is_space)
    return None


_WEAK_LINKS = frozenset(COMMON.words.weak_subject_links)  # "of", "de": no link of a subject on their own


def _subject_aside(doc: Doc, i: int, start: int, lex: Lexicon) -> int | None:
    """Where words that stand aside between a subject and its verb begin, if they end at ``i`` ("the population as a
    whole grew by 57 500", "net migration as a whole reached 34,100"), right after a word of the sentence that is no
    place name: in "Across Europe as a whole, claims fell by 18 percent" the comma ends the subject's search first."""
    for aside in lex.words.subject_asides:
        words = aside.split()
        first = i - len(words) + 1
        if first >= 1 and doc[first - 1].idx >= start and [t.lower_ for t in doc[first:i + 1]] == words \
                and doc[first - 1].is_alpha and doc[first - 1].is_lower:
            return first
    return None


def counted_before(doc: Doc, index: int, start: int, *, pronouns: bool = True) -> str | None:
    """The subject of a figure that stands after its verb ("Asylum applications fell to 52,000",
    "remittances grew 7.3 percent", "las remesas sumaron 38 mil millones"): the head of the
    noun phrase before the words that link it to the figure, within the sentence (``start``).

    The subject's first noun is its head ("Funding for reception", "Remittances from Overseas
    Filipinos", "the average cost of sending remittances"), unless it only measures the next
    ("Growth in remittances", "the share of women"); a demonstrative subject ("This figure")
    counts what an earlier sentence named, so it gives nothing.
    """
    lex = lex_of(doc)
    links = frozenset(lex.words.subject_links)
    apposed = _apposed_share(doc, index, start, lex)
    if apposed:
        return apposed
    i, linked, steps = index - 1, False, 0
    auxiliary = index + 1 < len(doc) and doc[index].lower_ in lex.words.auxiliaries
    verb = index + 1 if auxiliary else index  # "ont dépassé 40 000", "have exceeded 40,000"
    if verb < len(doc) and doc[verb].is_alpha and (verb > index or verb_form(doc[verb].text, lex)) \
            and doc[verb].lower_ not in lex.words.not_heads and index > 0 and doc[index - 1].is_alpha \
            and doc[index - 1].lower_ not in lex.words.conjunctions:
        linked = True  # "Work permits exceeded 300,000": a qualifier that is a verb links its subject
    while i >= 0 and doc[i].idx >= start and steps < 8:
        token = doc[i]
        if token.is_space and "\n\n" not in token.text:
            i -= 1
            continue
        lower = token.lower_
        if i == index - 1 and token.text in ("+", "-", "−", "–") and not token.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            i -= 1  # "Net migration of EU nationals was -51,000": the sign is the figure's
            continue
        if token.text == "," and linked and i == index - 2 and i > 0 and doc[index - 1].lower_ in lex.words.change_prepositions \
                and (doc[i - 1].lower_ in links or lex.lang == "en" and doc[i - 1].lower_.endswith("ly")):
            i -= 1  # "dropped sharply, by 69.8 percent": the comma after the verb
            continue
        counts = [t.i for t in doc[max(0, i - 40):i] if t.idx >= start and t.norm_ in _QUANTITY_TAGS
                  and not re.fullmatch(r"(?:19|20)\d\d", t.text)] if token.text == ":" else []
        if counts and any(t.text == "," for t in doc[counts[-1]:i]):
            return None  # "cerró 116.614 expedientes, casi el doble que en el ejercicio previo: 62.351": the count's parts
        balance = i > 0 and doc[i - 1].lower_ in lex.words.balance_words and doc[i - 1].idx >= start \
            and lower in lex.phrases("change_nouns")  # "a natural increase of 45,900": the balance is the subject
        if balance:
            linked = True
            break
        if lower in lex.words.self_named_heads and i > 0 and doc[i - 1].lower_ in lex.words.self_named_openers \
                and not any(doc[k].norm_ in _QUANTITY_TAGS
                            for k in takewhile(lambda k: doc[k].idx >= start, range(i - 1, -1, -1))):
            # "That number was 6% higher": a noun after its article, not the verb of "applications number 900"; but
            # "England (986,000) ..., although the number has fallen": the number of what a figure before counts
            break
        qualified = i > 0 and doc[i - 1].idx >= start and doc[i - 1].is_alpha and _growth_head([doc[i - 1]], token, lex)
        if linked and qualified and doc[i + 1].lower_ not in lex.words.of_words \
                and not _growth_of_named_before(doc, i, start, lex):
            return token.text  # "puts this year's economic growth at 3 percent": the growth its words qualify
        if lower in links or token.norm_ == "<PCT>" or (lex.lang == "en" and lower.endswith("ly") and token.is_alpha):
            linked = linked or lower not in _WEAK_LINKS
            i, steps = i - 1, steps + 1
            continue
        if linked and lex.lang == "en" and (lower.endswith("fold") and lower.isalpha() or token.norm_ == "<MULT>"):
            i -= 1  # "Iraqi applications rose seven-fold to 121,500": the multiple the subject rose by
            while i >= 0 and (doc[i].text in ("-", "‐") or doc[i].norm_ in ("<NUM>", "<WNUM>")):
                i -= 1
            steps += 1
            continue
        glued = i
        while glued > 0 and not doc[glued - 1].whitespace_ and not doc[glued - 1].is_space:
            glued -= 1
        if doc[glued:i + 1].text.lower() in lex.words.period_adverbs:
            i, steps = glued - 1, steps + 1  # "dropped 18 per cent year-on-year to 52,000"
            continue
        aside = _subject_aside(doc, i, start, lex) if linked else None
        if aside is not None:
            i, steps = aside - 1, steps + 1  # "the population as a whole grew by 57 500": the subject stands before it
            continue
        if lex.lang == "en" and linked and token.norm_ == "<NUM>" and i + 1 < index and doc[i + 1].norm_ == "<PCT>" \
                and i >= 1 and doc[i - 1].lower_ in links:  # "fell by 18 percent to", "were up 63% at"
            i, steps = i - 1, steps + 1  # "applications fell by 18 percent to 190,000": the level the subject reached
            continue
        modifiers = (*lex.words.change_modifiers, "new", "all-time", "historic")
        following = next((t for t in doc[i + 1:index] if t.lower_ not in modifiers), None)
        modifies_record = lower in modifiers and following is not None \
            and following.lower_ in lex.words.record_words  # "a new monthly high of"
        if lex.lang == "en" and (modifies_record or lower in lex.words.record_words and (
                i == index - 1 or doc[i + 1].lower_ in links or doc[i + 1].lower_ in lex.words.record_words)):
            # "stood at a record 2.96 million", "remained high at 672,000", "hit a record high of 80,200"
            i, steps = i - 1, steps + 1  # the level, not what is counted
            continue
        break
    if not linked:
        return None
    link = i + 1  # where the words that link the subject to the figure begin
    if i >= 0 and doc[i].text == "," and doc[i].idx >= start:
        # "Kosovars, the top citizenship of first time asylum applicants ..., fell from almost 50 000":
        # the subject stands before its apposition
        opening = next((t.i for t in reversed(doc[max(0, i - 30):i]) if t.text == "," and t.idx >= start), None)
        if opening is None and lex.lang == "en" and doc[index - 1].lower_ in lex.words.clause_level_links:
            # "Acquisitions of citizenship ... reached a new high in 2022, at 2.8 million": the clause's subject
            found = _clause(doc, index, start, lex)
            if found and found[0] and found[0][-2:] and found[0][-2].text == "," \
                    and all(t.is_alpha and not verb_form(t.text, lex) and t.lower_ not in lex.words.subject_links
                            for t in found[0][:-2]):
                return _subject_head(found[0][:-2], lex)  # "Syrians, at 240,000, were the largest group"
            return _subject_phrase(found[0], lex, linking=True) if found else None
        if opening is None:
            return None
        if lex.words.head_first and any(t.norm_ in _QUANTITY_TAGS and not re.fullmatch(r"(?:19|20)\d\d", t.text)
                                        for t in doc[opening:i]):
            return None  # "L'an dernier, la France a accordé 336 700 titres, un chiffre en hausse de": a clause, no apposition
        if not any(t.is_alpha and t.lower_ not in lex.spacy_stop_words for t in doc[opening:i]) \
                and not (lex.lang == "en" and opening + 2 == i and doc[opening + 1].lower_ in lex.words.clause_openers
                         and i + 1 < index and doc[i + 1].lower_ in lex.words.counted_stop):  # "..., however, were"
            return None  # an apposition names something; ", however," stands aside: the subject is before it
        if lex.lang == "en":
            # "Taking population size into account, forced labour prevalence peaks in the Arab States, at 5.3": the
            # part after the comma is a clause with its verb, whose subject is what the figure counts
            segment = [t for t in doc[opening + 1:i + 1] if not t.is_space]
            verb = next((k for k, t in enumerate(segment) if k >= 1 and t.lower_ in links and t.is_alpha
                         and t.lower_ not in lex.words.subject_prepositions and t.lower_ not in lex.words.of_words
                         and t.lower_ not in lex.words.determiners and t.lower_ not in lex.spacy_stop_words), None)
            if verb is not None and all(t.is_alpha for t in segment[:verb]) and segment[verb].lower_ not in lex.words.speech_verbs \
                    and segment[0].lower_ not in _CLAUSE_WORDS:  # not ", Mehmeti added,", ", but much ..."
                return _subject_head(segment[:verb], lex)
        i = opening - 1
    phrase: list[Token] = []
    # up to 20 words: "les transferts de la diaspora établie en Côte d'Ivoire vers les autres pays de l'UEMOA ont crû" is one
    # subject, whose first noun a shorter window would cut off
    while i >= 0 and doc[i].idx >= start and len(phrase) < 20:
        token = doc[i]
        if token.text == ")":  # "Estimated Resident Population (ERP) was 24,992,369"
            while i >= 0 and doc[i].text != "(" and doc[i].idx >= start:
                i -= 1
            i -= 1
            continue
        if token.is_space and "\n\n" not in token.text:
            i -= 1
            continue
        if token.text in ("”", '"') and not phrase:
            # 'the “adjusted protection rate” was 18.9 per cent': a quoted noun phrase of a few words is the subject
            opening = next((k for k in range(i - 1, max(-1, i - 5), -1) if doc[k].text in ("“", '"')), None)
            if opening is not None and doc[opening].idx >= start and opening < i - 1 \
                    and all(t.is_alpha for t in doc[opening + 1:i]):
                phrase = list(doc[opening + 1:i])
                i = opening - 1
                continue
        if token.text in ("'s", "’s") and not phrase:
            return None
        if token.text in ("'s", "’s", "'", "’"):
            break  # "Canada's population": the population
        comma = i - 1
        while comma > 0 and doc[comma].is_space and "\n\n" not in doc[comma].text:
            comma -= 1  # "los colombianos,\nque suman 248.894": a line may break after the comma
        noun = comma  # the word before, past a line break
        if lex.lang == "en" and token.lower_ in lex.words.noun_relatives and not phrase and i + 1 == link and noun >= 0 \
                and doc[noun].idx >= start and doc[noun].is_alpha and doc[noun].lower_ not in lex.spacy_stop_words \
                and not verb_form(doc[noun].text, lex) and doc[noun].lower_ not in lex.words.speech_verbs:
            # "76.8 percent of a population that totalled 1.7 million": what "that" stands for
            k = noun
            while k - 1 >= 0 and doc[k - 1].idx >= start and doc[k - 1].is_alpha \
                    and doc[k - 1].lower_ not in lex.spacy_stop_words and not verb_form(doc[k - 1].text, lex):
                k -= 1
            return _subject_head(list(doc[k:noun + 1]), lex)
        if token.lower_ in _RELATIVES and not phrase and comma >= 0 and doc[comma].text == ",":
            # "Remittances from the U.A.E., Qatar ..., which grew by 23.7 percent": what "which" stands for
            before = [t for t in doc[:comma] if t.idx >= start and not t.is_space]
            if lex.words.head_first:  # "con los venezolanos a la cabeza, que suman": the phrase before the comma
                comma = max((k for k, t in enumerate(before) if t.text in (",", "(", ")", ";", ":")), default=-1)
                # "Interior contabilizó otras 6.800 llegadas por tierra, que son 937 más": from the figure on
                comma = max([comma] + [k for k, t in enumerate(before) if k > comma and t.norm_ in _QUANTITY_TAGS])
                return _subject_head([t for t in before[comma + 1:] if not t.is_punct], lex)
            before = [t for t in before if not t.is_punct]
            words = lex.words
            verbs = frozenset([*words.counted_stop, *words.verbs_after_counted, *words.agent_words, *words.speech_verbs,
                               *words.agent_verbs]) - frozenset([*words.determiners, *words.of_words])
            # "detected 18,935 irregular crossings, which", "was driven by inflows from the US, which": the phrase
            # before the comma, after the figure or the verb before it
            figure = max((k for k, t in enumerate(before) if t.norm_ in _QUANTITY_TAGS or t.lower_ in verbs
                          or verb_form(t.text, lex)), default=-1)
            return _subject_head(before[figure + 1:], lex)
        elided = token.lower_.replace("’", "'")  # "éloignements d’étrangers", "personnes déplacées à l’intérieur"
        elided = elided.endswith("'") and (elided in lex.words.of_words or elided in lex.words.determiners)
        if token.lower_ in lex.words.conjunctions and phrase and (phrase[0].lower_ in lex.words.agent_words or _agent_before(doc, i, start, lex)):
            i -= 1  # "Cash sent by land-based workers and (by) sea-based workers grew": one subject, two agents
            continue
        if (token.lower_ in lex.words.conjunctions or token.text == ",") and phrase and all(t.is_title for t in phrase) \
                and is_place(" ".join(t.text for t in phrase), lex):
            k = i - 1  # "Arrivals to Greece, Italy and Spain dropped": the places' list is one modifier
            while k >= 0 and doc[k].idx >= start and (doc[k].is_title or doc[k].text == "," or doc[k].lower_ in lex.words.conjunctions
                                                       or doc[k].lower_ in lex.words.determiners or doc[k].is_upper):
                k -= 1  # "from the U.A.E., Qatar and Oman"
            if k >= 0 and doc[k].idx >= start and doc[k].lower_ in lex.words.subject_prepositions:
                phrase = []  # the list gives no head; the noun before its preposition does
                i = k
                continue
        if token.lower_ in lex.words.conjunctions and phrase and _joins_complements(doc, i, start, lex):
            phrase.insert(0, token)  # "Reports of human trafficking and slavery ... rose": one subject, two complements
            i -= 1
            continue
        if phrase and token.lower_ in lex.words.source_prepositions:
            phrase = []  # "las peticiones, que según Interior llegaron a 55.668": the source stands aside, the subject is before it
            i -= 1
            continue
        if lex.words.head_first and len(phrase) == 1 and token.lower_ in lex.words.conjunctions \
                and all(t.is_alpha and t.is_lower and not is_plural(t.lower_, lex) and t.lower_ not in lex.spacy_stop_words
                        for t in (phrase[0], doc[i - 1])) and doc[i - 1].idx >= start:
            phrase.insert(0, token)  # "les sommes reçues par les économies à revenu faible ou intermédiaire ont": two
            i -= 1  # adjectives of one noun, inside the subject
            continue
        if lex.words.head_first and phrase and token.lower_ == "depuis" and i + 2 < len(doc) \
                and doc[i + 1].lower_ in lex.words.determiners and doc[i + 2].is_alpha \
                and not _time_unit(doc[i + 2], lex) and not is_month(doc[i + 2]) \
                and doc[i + 2].lower_ not in lex.words.period_frame_words:
            phrase.insert(0, token)  # "les interceptions de migrants depuis les côtes tunisiennes ont progressé": where
            i -= 1  # they set out from, inside the subject; not "depuis le début de l'année"
            continue
        named = token.text[:1].isalpha() and token.text.isalnum()  # "Immigration from the EU12 (...) fell"
        # "The unemployment rate in the second quarter was": an ordinal before a time unit is no figure
        ordinal = token.lower_ in lex.words.ordinal_words and i + 1 < len(doc) and _time_unit(doc[i + 1], lex)
        # "Net overseas migration over the 12 months to the end of June was": a count in digits of time units
        # after its article or frame word ("the 12 months", "the past 3 years") is a time frame, no figure
        counted_frame = _time_unit(token, lex) and i > 0 and doc[i - 1].norm_ == "<NUM>"
        number = counted_frame or token.norm_ == "<NUM>" and i + 1 < len(doc) and _time_unit(doc[i + 1], lex)
        lead = i - (2 if counted_frame else 1)
        ordinal = ordinal or number and not lex.words.head_first and lead >= 0 and doc[lead].idx >= start \
            and (doc[lead].lower_ in lex.words.determiners or doc[lead].lower_ in lex.words.period_frame_words)
        if not (token.is_alpha or named or elided or ordinal or token.text in ("-", "‐")) or token.lower_ in _CLAUSE_WORDS \
                or token.norm_ in _QUANTITY_TAGS and not ordinal and not _linked_article(doc, i, lex) \
                or phrase and token.lower_ in lex.words.speech_verbs:
            break  # "The ministry says returns reached 4,500": what was said has its own subject
        phrase.insert(0, token)
        i -= 1
    if len(phrase) == 1 and verb_form(phrase[0].text, lex):
        return None  # "... before easing to 95", "followed by 116": a verb, not a subject
    if lex.words.head_first and phrase and i >= 0 and doc[i].idx >= start \
            and doc[i].lower_.replace("’", "'") in lex.words.reflexives:
        return None  # "pour s'établir à 21 926": the walk stopped at a reflexive pronoun, before its verb
    if lex.words.head_first and any(t.lower_ in lex.phrases("change_nouns") for t in phrase):
        return None  # "un aumento anual del 18.7 por ciento": a change names its set elsewhere
    if phrase and i >= 0 and doc[i].lower_ in lex.words.conjunctions:
        qualified = _qualified_subject(doc, i, start, lex)
        if qualified:
            return qualified
    pronoun = phrase[0].i if phrase else None
    k = i
    standing = lex.words.standing_pronouns
    while phrase and pronouns and standing and k > 0 and doc[k].idx >= start and pronoun - k < 12 \
            and (doc[k].is_alpha or doc[k].text in ("-", "‐")) and doc[k].lower_ not in standing:
        k -= 1  # "those from sea-based workers and land-based workers on short-term contracts went up"
    if phrase and k >= 0 and doc[k].lower_ in standing and doc[k].idx >= start and k + 1 < len(doc) \
            and doc[k + 1].lower_ in lex.words.subject_prepositions and doc[k - 1].text in (",", "and", "while") \
            or pronouns and len(phrase) > 2 and phrase[0].lower_ in standing \
            and phrase[1].lower_ in lex.words.subject_prepositions:
        pronoun = k if doc[k].lower_ in standing else phrase[0].i
        # "Remittances from land-based workers ... increased by 2.5 percent, and those from sea-based workers went
        # up by 3.4 percent": the pronoun stands for the sentence's first subject
        found = _clause(doc, pronoun, start, lex)
        first = [t for t in doc[:pronoun] if t.idx >= start and not t.is_space]
        if found is not None and found[1]:
            first = first[len(found[1]) + 1:]  # past an opening adverbial and its comma
        while first and first[0].lower_ in lex.words.determiners and first[0].lower_ not in lex.words.demonstratives:
            first = first[1:]
        return _first_noun(first, lex) if first else None
    opening = "".join(t.lower_ for t in phrase[:3])
    if phrase and (phrase[0].lower_ in lex.words.anaphors or opening in lex.words.anaphors):
        return None  # "Celles-ci atteignent 142 500": what the pronoun stands for is named before
    head = _subject_head(phrase, lex)
    if head is None and i >= 0 and doc[i].idx >= start and (doc[i].norm_ in _QUANTITY_TAGS or doc[i].lower_ in lex.words.conjunctions):
        return _modified_subject(doc, link, start, lex)  # the phrase ran into a figure or a list inside the subject
    head = _nominal_adjective(doc, phrase, head, lex) or head
    if head and phrase[0].is_title and is_place(head, lex):
        return None  # "followed by the UK at 8.4% and Saudi Arabia at 5.4%": a place holds the figure, it is not counted
    return head


def _joins_complements(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """Whether the conjunction at ``i`` joins two complements of one noun's "of", within a few
    words: "Reports of human trafficking and slavery", "Las remesas de México y Guatemala"."""
    k = i - 1
    while k >= 1 and doc[k].idx >= start and i - k <= 5 and doc[k].is_alpha and doc[k].lower_ not in _CLAUSE_WORDS:
        if doc[k].lower_ in lex.words.of_words:
            return doc[k - 1].is_alpha and doc[k - 1].lower_ not in lex.spacy_stop_words and doc[k - 1].idx >= start
        k -= 1
    return False


def _apposed_share(doc: Doc, index: int, start: int, lex: Lexicon) -> str | None:
    """A share set off by commas after the noun phrase it measures: "The bulk of remittances, 78
    percent, came from land-based workers", "The majority of refugees, 52 percent, were children"."""
    article = index >= 3 and lex.words.head_first and doc[index - 1].lower_ in lex.words.determiners \
        and doc[index - 2].text == ","  # "Casi todas las solicitudes, el 97%, se registraron"
    if index < 2 or doc[index - 1 - article].text != "," or gapped_agent_share(doc, index, lex):
        return None
    k = index
    while k < len(doc) and doc[k].norm_ in _QUANTITY_TAGS:
        k += 1
    if k == index or k >= len(doc) or doc[k].text != "," or doc[k - 1].norm_ != "<PCT>":
        return None
    phrase: list[Token] = []
    i = index - 2 - article
    while i >= 0 and doc[i].idx >= start and (doc[i].is_alpha or doc[i].text in ("-", "‐")) \
            and doc[i].lower_ not in _CLAUSE_WORDS:
        phrase.insert(0, doc[i])
        i -= 1
    if i >= 0 and doc[i].idx >= start and doc[i].text not in ("(", ":"):
        return None  # the phrase must open its clause
    if len(phrase) > 2 and phrase[-2].lower_ in lex.words.of_words:
        phrase = phrase[-1:]  # "The bulk of remittances": what the part is of
    elif len(phrase) > 2 and any(t.lower_ in lex.words.of_words for t in phrase) \
            and phrase[0].lower_ in (*lex.words.determiners, *lex.words.partitives):
        phrase = phrase[next(k for k, t in enumerate(phrase) if t.lower_ in lex.words.of_words) + 1:]
    return _subject_head(phrase, lex) if phrase and is_plural(phrase[-1].lower_, lex) else None


def gapped_agent_share(doc: Doc, index: int, lex: Lexicon) -> bool:
    """Whether the share at token ``index`` stands in a clause whose verb is left out after the agent that gave the
    previous sentence's share: "Los bancos liquidaron el 48.4% de las remesas ... Las federaciones y demás empresas,
    el 48.6%" (the federations pay, as the banks did; they are not what the share is of)."""
    words = lex.words
    sentence = doc[index].sent
    if not words.agent_verbs or sentence.start == 0 \
            or not any("%" in u.text or u.lower_ in words.percent_words for u in doc[index:min(sentence.end, index + 3)]):
        return False
    lead = doc[sentence.start:index]
    if len(lead) < 3 or lead[-1].text != "," and not (lead[-1].lower_ in words.determiners and lead[-2].text == ",") \
            or any(verb_form(t.text, lex) or t.lower_ in words.agent_verbs for t in lead):
        return False  # "NP, el 48.6%": no verb of its own before the share
    previous = doc[sentence.start - 1].sent
    return any(t.lower_ in words.agent_verbs and any("%" in u.text or u.lower_ in words.percent_words
                                                      for u in doc[t.i + 1:min(previous.end, t.i + 5)])
               for t in previous)


def _modified_subject(doc: Doc, link: int, start: int, lex: Lexicon) -> str | None:
    """The head of a clause's subject whose modifiers hold a figure or a list: "personal remittances
    from land-based workers with work contracts of one year or more rose by 9.1 percent": the noun
    before the first preposition, a plural, with no verb or comma up to the linking words (``link``)."""
    if lex.words.head_first:
        return None
    found = _clause(doc, link, start, lex)
    if found is None or not found[0]:
        return None
    tokens = found[0]
    words = lex.words
    while tokens and tokens[0].lower_ in words.determiners and tokens[0].lower_ not in words.demonstratives:
        tokens = tokens[1:]  # "Total immigration to the UK": "total" here is no verb
    owner = next((k for k, t in enumerate(tokens[:4]) if t.text in ("'s", "’s")), None)
    if owner is not None:
        tokens = tokens[owner + 1:]  # "Ireland's emigration for the twelve months to April 2010": the emigration
        while tokens and tokens[0].lower_ in words.possessive_total_words:
            tokens = tokens[1:]  # "Fiji's total inward personal remittances recorded in 2016"
    # "of one year or more", "of less than one year": a qualifier's words are no verb
    qualifying = {w for phrase in lex.phrases("qualifiers") for w in phrase.split()} | set(words.subject_prepositions)
    verbs = frozenset([*words.subject_links, *words.counted_stop, *words.verbs_after_counted, *words.speech_verbs])

    def reduced(k: int) -> bool:  # "Remittances sent home by workers": a participle after its plural noun modifies it
        return 0 < k < len(tokens) - 1 and (tokens[k].lower_ in words.irregular_participles or dated(k)) \
            and is_plural(tokens[k - 1].lower_, lex) and tokens[k + 1].lower_ not in words.determiners

    def dated(k: int) -> bool:  # "remittances recorded in 2016 had grown": a regular participle dated by a year
        return tokens[k].lower_.endswith("ed") and k + 2 < len(tokens) and tokens[k + 1].lower_ in year_prepositions(lex.lang) \
            and re.fullmatch(r"(?:19|20)\d\d", tokens[k + 2].text) is not None
    if any(t.is_punct and t.text not in ("-", "‐") or t.lower_ in verbs and t.lower_ not in qualifying and not reduced(k)
           or t.lower_ in _RELATIVES for k, t in enumerate(tokens)):
        return None
    return _first_noun(tokens, lex)


def _first_noun(tokens: list[Token], lex: Lexicon) -> str | None:
    """The head of the noun phrase a clause's words open with (determiners already off): it ends
    at a function word ("into the EU", "in 2023") or at a participle after its noun ("Unaccompanied
    minors arriving in Italy"), past a measure's "of" ("The stock of emigrants")."""
    words = lex.words
    chunk: list[Token] = []
    for k, token in enumerate(tokens):
        if token.lower_ in words.of_words and chunk and chunk[-1].lower_ in words.generic_heads:
            chunk = []  # "The stock of emigrants from Mexico": what the measure is of
            continue
        if token.lower_ in words.subject_prepositions or token.lower_ in lex.spacy_stop_words \
                or chunk and verb_form(token.text, lex) and is_plural(chunk[-1].lower_, lex):
            tokens = tokens[k:]
            break
        chunk.append(token)
    else:
        return None
    if not chunk or len(chunk) > 6 or not all(t.is_alpha or t.text in ("-", "‐") for t in chunk) \
            or chunk[-1].lower_ in words.generic_heads or verb_form(chunk[-1].text, lex):
        return None
    return _subject_head(chunk, lex)


def counted_relative_set(doc: Doc, index: int, start: int) -> str | None:
    """The set a figure after ", of which" or ", of whom" is a part of: the noun before the comma
    ("'Health and Care Worker' visas, of which 89,095 were issued": visas)."""
    lex = lex_of(doc)
    if lex.words.head_first or index < 4 or doc[index - 1].lower_ not in _RELATIVES - {"que", "qui"} \
            or doc[index - 2].lower_ not in lex.words.of_words or doc[index - 3].text != ",":
        return None
    phrase: list[Token] = []
    i = index - 4
    while i >= 0 and doc[i].idx >= start and len(phrase) < 4 and (doc[i].is_alpha or doc[i].text in ("-", "‐")) \
            and doc[i].lower_ not in lex.spacy_stop_words and doc[i].norm_ not in _QUANTITY_TAGS:
        phrase.insert(0, doc[i])
        i -= 1
    if not phrase or not is_plural(phrase[-1].lower_, lex):
        return None
    return _subject_head(phrase, lex)


def _nominal_adjective(doc: Doc, phrase: list[Token], head: str | None, lex: Lexicon) -> str | None:
    """Where heads come first, the noun an adjective used as a noun stands for: "Y las permanentes
    aumentaron un 162%" after "las radicaciones permanentes y temporarias": radicaciones. The
    adjective must follow a plural noun earlier in the text, and never a determiner."""
    if not lex.words.head_first or head is None or not phrase or len(phrase) > 3:
        return None
    words = [t for t in phrase if t.text == head]
    if not words or words[0].i == 0 or doc[words[0].i - 1].lower_ not in lex.words.determiners:
        return None
    earlier = text_of(doc)[:words[0].idx]
    determiners = "|".join(re.escape(w) for w in lex.words.determiners if w.isalpha())
    if re.search(rf"\b(?:{determiners})\s+{re.escape(head)}\b", earlier, re.I):
        return None  # a noun used as such before
    conjunctions = "|".join(map(re.escape, lex.words.conjunctions))
    for match in reversed(list(re.finditer(
            rf"\b([^\W\d_]+)\s+(?:[^\W\d_]+\s+(?:{conjunctions})\s+)?{re.escape(head)}\b", earlier, re.I))):
        noun = match.group(1)
        if is_plural(noun.lower(), lex) and noun.lower() not in lex.spacy_stop_words \
                and noun.lower() not in lex.words.determiners and not verb_form(noun, lex):
            return noun
    return None


def _agent_before(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """Whether the words before a conjunction (token ``i``) are an agent after its participle:
    "sent by land-based workers and ...", "transferred by banks or ..."."""
    k = i - 1
    while k > 0 and doc[k].idx >= start and i - k <= 6 and (doc[k].is_alpha or doc[k].text in ("-", "‐")):
        if doc[k].lower_ in lex.words.agent_words:
            before = doc[k - 1]
            return before.idx >= start and (verb_form(before.text, lex) or before.lower_ in lex.words.irregular_participles)
        k -= 1
    return False


def _qualified_subject(doc: Doc, i: int, start: int, lex: Lexicon) -> str | None:
    """The subject before a participle whose clause runs over "and" up to the verb: "OFWs working
    as plant and machine operators and assemblers made up 12.2 percent": OFWs, not assemblers."""
    if lex.lang != "en":
        return None
    k = i
    while k > 0 and doc[k].idx >= start and i - k < 12 and (doc[k].is_alpha or doc[k].is_space):
        word = doc[k].lower_
        if verb_form(word, lex) and doc[k - 1].is_alpha and is_plural(doc[k - 1].lower_, lex) \
                and doc[k - 1].idx >= start and doc[k - 1].lower_ not in _CLAUSE_WORDS:
            phrase: list[Token] = []
            j = k - 1
            while j >= 0 and doc[j].idx >= start and len(phrase) < 6 and doc[j].is_alpha \
                    and doc[j].lower_ not in _CLAUSE_WORDS:
                phrase.insert(0, doc[j])
                j -= 1
            return _subject_head(phrase, lex)
        k -= 1
    return None


def counted_of_noun(doc: Doc, index: int, start: int) -> str | None:
    """A count that stands after "of" and a singular noun counts that noun: "last year's annual total
    of 29,437", "a workforce of around 225,000" (``index`` is where the words before the figure end);
    a record or a measure names what the sentence counts ("the previous record of 1.7 million")."""
    lex = lex_of(doc)
    if lex.lang != "en" or index < 2 or doc[index - 1].lower_ not in lex.words.of_words:
        return None
    noun = doc[index - 2]
    lower = noun.lower_
    if lower in lex.words.total_nouns and index >= 3 and doc[index - 3].lower_ in lex.words.one_words:
        return None  # "Asylum applications reached a total of 966,000": the subject is counted
    if noun.idx < start or not noun.is_alpha or lower in lex.spacy_stop_words or lower in lex.words.counted_stop \
            or is_plural(lower, lex) or verb_form(lower, lex) or is_place(noun.text, lex) or is_month(noun) \
            or lower in lex.phrases("qualifiers") or lower in lex.words.record_words \
            or lower in lex.words.generic_heads and lower not in lex.words.total_nouns or noun.is_title and noun.i > 0 and doc[noun.i - 1].is_title:
        return None  # "1,725 of those", "two batches of 485", "an increase of 450", "in excess of 100"
    return noun.text


def _clause(doc: Doc, index: int, start: int, lex: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """The words of the clause a figure stands in, up to the figure, without an opening adverbial
    ("According to the analysis, ", "In 2016, "), and that adverbial: (clause, opener)."""
    words = lex.words
    tokens = [t for t in doc[:index] if t.idx >= start and not t.is_space]
    clause = max((k for k, t in enumerate(tokens) if t.lower_ in ("while", "whereas", "but")
                  or t.lower_ in ("and", "that") and (k and tokens[k - 1].text == "," or t.lower_ == "that"
                                                      and k + 1 < len(tokens) and tokens[k + 1].text == ",")),
                 default=None)
    # "..., while transfers from sea-based workers rose by 5 percent", "..., and this number rose by 38%",
    # "The statistics show that, for Summer 2022, weekly flights ..."
    tokens = tokens[clause + 1:] if clause is not None else tokens
    colon = max((k for k, t in enumerate(tokens) if t.text == ":"), default=None)
    if colon is not None and sum(t.is_alpha for t in tokens[colon + 1:]) >= 3:
        tokens = tokens[colon + 1:]  # "January's result follows a record 2018: BCR data put remittances at ..."
    said = max((k for k, t in enumerate(tokens) if k and t.lower_ in words.speech_verbs and k + 1 < len(tokens)
                and (tokens[k + 1].lower_ in words.relative_words or tokens[k + 1].lower_ not in lex.spacy_stop_words)
                and tokens[k + 1].is_alpha), default=None)
    if said is not None:  # "The report said deportees most often went to Mexico (87,298)": what was said
        tokens = tokens[said + 1:]
        tokens = tokens[1:] if tokens and tokens[0].lower_ in words.relative_words else tokens
    opener: list[Token] = []
    for _ in range(2):
        while tokens and not tokens[0].is_alpha and tokens[0].norm_ not in _QUANTITY_TAGS:  # ", ", a quote
            tokens = tokens[1:]
        if tokens and (tokens[0].lower_ in words.subject_prepositions or tokens[0].lower_ in words.clause_openers):
            comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
            if comma is None:
                return None
            if opener and any(t.norm_ in _QUANTITY_TAGS and not re.fullmatch(r"(?:19|20)\d\d", t.text)
                              for t in tokens[:comma]):
                break  # "Among the regions, in 2019 Europe was host to ... (82 million), ahead of": a clause, no opener
            opener = opener or tokens[:comma]
            tokens = tokens[comma + 1:]
            if tokens and tokens[0].lower_ in ("when", "where"):
                # "Compared with the same month of 2019, when remittances amounted to $1.5 billion, February's
                # inflows ...": a relative clause on the opener's noun belongs to the opener
                comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
                if comma is not None:
                    tokens = tokens[comma + 1:]
    return tokens, opener


def _time_frames(tokens: list[Token], lex: Lexicon) -> set[int]:
    """The positions of the words of a time frame ("so far", "this fiscal year", "last month")."""
    words = lex.words
    # "The unemployment rate in the second quarter was 4.2%": an ordinal before a time unit is a frame too
    frames = (*words.demonstratives, *words.period_frame_words, *words.ordinal_words)
    found: set[int] = set()
    for k, token in enumerate(tokens):
        end = _phrase_end(tokens, k, words.frame_phrases)
        if end is not None:
            found |= set(range(k, end + 1))
        elif token.lower_ in frames:
            unit = next((j for j in range(k + 1, min(k + 3, len(tokens))) if _time_unit(tokens[j], lex)), None)
            if unit is not None and all(t.is_alpha for t in tokens[k:unit + 1]):
                found |= set(range(k, unit + 1))
    return found


def _phrase_end(tokens: list[Token], k: int, phrases) -> int | None:
    """Where a phrase of ``phrases`` that starts at token ``k`` ends, its words read as written
    ("jusqu'" + "ici"); None where none starts there."""
    written = ""
    for j in range(k, min(k + 4, len(tokens))):
        written += tokens[j].lower_ + (" " if tokens[j].whitespace_ else "")
        if written.strip() in phrases:
            return j
    return None



def _subject_phrase(tokens: list[Token], lex: Lexicon, *, linking: bool) -> str | None:
    """The head of the subject a clause opens with; it ends at its verb, which must link it to the
    figure where ``linking`` ("came to", "reached", not "The bank recorded")."""
    words = lex.words
    verbs = frozenset([*words.subject_links, *words.counted_stop, *words.verbs_after_counted, *words.speech_verbs])
    if not linking:  # "the highest shares of inflows from other EU Member States ... were recorded in Slovakia (99%)"
        verbs -= frozenset([*words.subject_prepositions, *words.of_words, *words.determiners, *words.one_words])
    qualifiers = {q for q in lex.phrases("qualifiers") if " " not in q}
    phrase: list[Token] = []
    depth = 0
    if len(tokens) > 2 and tokens[0].lower_ in words.partitives and tokens[1].lower_ in words.of_words:
        tokens = tokens[2:]  # "Most of the returning Indian workers came from ..."
    elif len(tokens) > 3 and tokens[0].lower_ in words.determiners and tokens[1].lower_ in words.remainder_nouns \
            and tokens[2].lower_ in words.of_words:
        tokens = tokens[3:]  # "The rest of the non-resident workers were mainly employed in ...": the workers
    hyphen = False
    frame = _time_frames(tokens, lex)
    for k, token in enumerate(tokens):
        if k in frame:
            continue  # "Remittances so far this fiscal year came to": a time inside the subject
        depth += (token.text == "(") - (token.text == ")")
        if depth or token.text == ")":
            continue  # "Personal remittances from Overseas Filipinos (OFs) came to"
        if hyphen and token.is_alpha:
            phrase.append(token)  # "full-year": the word after a hyphen, even a unit's
            hyphen = False
            continue
        if (token.text in ("'s", "’s") or token.text in ("'", "’") and phrase[-1:] and not phrase[-1].whitespace_
                and phrase[-1].lower_.endswith("s")) and phrase and not words.head_first:
            phrase = []  # "Kenya's diaspora remittances", "Workers' remittances": the possessor is no head
            continue
        if token.lower_ in words.causative_verbs and linking:
            phrase = []  # "This took remittance inflows ... to a total of US$4.8 billion": the object reached it
            continue
        if token.norm_ in _QUANTITY_TAGS or token.lower_ in qualifiers:
            if phrase and any(t.lower_ in words.subject_prepositions and t.lower_ not in words.of_words for t in phrase) \
                    and token.norm_ != "<CUR>":
                continue  # "Resettlement departures in 2022 were", "inflows for the first two months of the year to"
            if phrase:
                break
            continue  # "Over 17,000 aliens entered ..."
        if phrase and all(t.lower_.endswith("ly") for t in phrase) and verb_form(token.text, lex):
            phrase.append(token)  # "Officially recorded remittance flows": a participle after an adverb modifies
            continue
        if token.text in ("-", "‐") and phrase and not phrase[-1].whitespace_ and not token.whitespace_:
            phrase.append(token)  # "full-year remittances": a hyphen inside a word
            hyphen = True
            continue
        if not phrase and token.lower_ in words.determiners and token.lower_ in words.subject_links:
            continue  # "Total private remittances to Samoa came to": "total" opens the subject, it links nothing
        participle = phrase and verb_form(token.text, lex) and phrase[-1].lower_ not in words.determiners  # "the returning workers"
        if participle and linking and not words.head_first and token.lower_.endswith("ing") \
                and is_plural(phrase[-1].lower_, lex) and token.lower_ not in words.subject_links \
                and any(t.lower_ in words.subject_links and t.lower_ not in (*words.subject_prepositions, *words.of_words,
                                                                           *words.determiners, *words.one_words)
                        for t in tokens[tokens.index(token) + 1:]):
            return _subject_head(phrase, lex)  # "immigrants arriving in the country fell sharply, from": the immigrants
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if linking and not words.head_first and phrase and phrase[-1].lower_ not in words.determiners \
                and token.lower_ not in words.subject_links \
                and (participle and token.lower_.endswith("ed") or token.lower_ in words.irregular_participles) \
                and following is not None and (following.lower_ in words.subject_prepositions
                                               or following.lower_ in words.participle_adverbs) \
                and any(t.lower_ in words.subject_links and t.is_alpha and t.lower_ not in words.agent_verbs
                        and t.lower_ not in (*words.subject_prepositions, *words.of_words, *words.determiners,
                                             *words.one_words, *qualifiers)
                        and not t.lower_.endswith("ly") and t.lower_ not in words.link_adverbs
                        for t in tokens[k + 2:]):
            # "Inflows accumulated over the 12 months ... came to", "Money sent home to ... hit a record": a past
            # participle after the subject's noun, before its place or time, modifies it; the verb comes later
            return _subject_head(phrase, lex)
        if _modified_growth(phrase, token, following, lex):
            return token.text  # "this year's economic growth at", "in the end the growth stood at": the growth itself
        if token.lower_ in verbs or participle or not token.is_alpha:
            if linking and (token.lower_ not in words.subject_links or token.lower_ in words.agent_verbs) \
                    or not token.is_alpha:
                return None  # "The bank recorded 71.62 million transfers, 2.52% more": an agent, not what changed
            while len(phrase) > 2 and phrase[0].lower_.endswith("ly") and verb_form(phrase[1].text, lex) \
                    and not words.head_first:
                phrase = phrase[1:]  # "Officially recorded remittance flows": the adverb is no part of the name
            return _subject_head(phrase, lex) if phrase else None
        phrase.append(token)
    return None


def _modified_growth(phrase: list[Token], token: Token, following: Token | None, lex: Lexicon) -> bool:
    """Whether a subject ends on a growth that counts itself, after no more than an article and modifiers and before
    the verb or "at" that links it to its figure: "Population growth was", "this year's economic growth at", "in the
    end the growth stood at" (not "growth in remittances", whose set is named after it)."""
    words = lex.words
    if following is None:
        return False
    linked = following.lower_ in words.subject_links and (
        following.lower_ not in words.subject_prepositions or following.lower_ in words.level_links)
    return linked and _growth_head(phrase, token, lex)


def _growth_of_named_before(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """Whether the sentence named, before ``i``, a growth of something ("the growth in the net gain from abroad was
    over 50 per cent, whereas ..., the growth came to"): a later bare growth repeats that one and counts its set."""
    leads = frozenset(lex.words.change_complement_leads)
    return any(doc[k].lower_ in lex.words.self_counting_changes and doc[k + 1].lower_ in leads
               for k in range(i - 1, -1, -1) if doc[k].idx >= start)


def _growth_head(modifiers: list[Token], growth: Token, lex: Lexicon) -> bool:
    """Whether a growth closes a noun phrase whose other words only qualify it ("the", "economic", "Population"): the
    growth is then the phrase's head, not a verb after it."""
    words = lex.words
    if words.head_first or growth.lower_ not in (words.self_counting_changes or ()):
        return False
    return all(t.lower_ in words.determiners or t.is_alpha and not is_plural(t.lower_, lex) for t in modifiers)


def counted_as(doc: Doc, index: int, end: int, stop: int) -> str | None:
    """What a verb's figure is counted as ("Authorities classed 93 as potential victims",
    "identificó a 120 como víctimas"), or what it is added to ("natural increase and migration
    added 83,100 to the population")."""
    lex = lex_of(doc)
    verb = previous_token(doc, index)
    if verb is not None and verb.lower_ == "a" and lex.words.head_first:
        verb = previous_token(doc, verb.i)  # "identificó a 120": the personal "a"
    following = next_token(doc, end)
    if verb is not None and following is not None and verb.lower_ in lex.words.adding_verbs \
            and following.lower_ in lex.words.adding_prepositions:
        added = [t for t in doc[following.i + 1:min(len(doc), following.i + 5)] if t.idx < stop]
        while added and added[0].lower_ in lex.words.determiners:
            added = added[1:]  # "added 83,100 to the population": the population
        if added and added[0].is_alpha and added[0].lower_ not in lex.spacy_stop_words \
                and (len(added) == 1 or not added[1].is_alpha or added[1].lower_ in lex.spacy_stop_words):
            return added[0].text
        return None
    if verb is None or following is None or following.lower_ not in lex.words.as_words \
            or not (verb_form(verb.text, lex) or verb.lower_ in lex.words.agent_verbs):
        return None
    words = [t for t in doc[following.i + 1:min(len(doc), following.i + 5)] if t.idx < stop]
    while words and (words[0].lower_ in lex.words.determiners or words[0].lower_ in lex.words.of_words):
        words = words[1:]
    for k, token in enumerate(words[:3]):
        if not token.is_alpha or token.lower_ in lex.spacy_stop_words:
            return None
        if is_plural(token.lower_, lex) and not verb_form(token.text, lex):
            return token.text if lex.words.head_first or k == 0 else " ".join(t.text for t in words[:k + 1])
    return None


def counted_moved_subject(doc: Doc, index: int, start: int) -> str | None:
    """What moved between two levels: the subject a linking verb joins to its "from ... to":
    "Immigrants from elsewhere in the EU also dropped in number, from 14,100 to 10,300"."""
    lex = lex_of(doc)
    if lex.words.head_first or index < 1 or doc[index - 1].lower_ not in lex.words.moved_level_links:
        return None
    found = _clause(doc, index, start, lex)
    if found is None or not any(t.lower_ in lex.words.moved_level_starts for t in found[0]):
        return None
    return _subject_phrase(found[0], lex, linking=True)


def counted_subject_of_set(doc: Doc, index: int, start: int) -> str | None:
    """The subject a clause names after the set it opens with, joined to the figure by a linking
    verb: "Among the returnees, women numbered 4,100" (women, not returnees)."""
    lex = lex_of(doc)
    if lex.words.head_first:
        return None
    found = _clause(doc, index, start, lex)
    if found is None or not found[1] or found[1][0].lower_ not in (*lex.words.among_words, *lex.words.of_words) \
            or not found[0] or is_place(found[0][0].text, lex) and not (
                len(found[0]) > 1 and is_plural(found[0][1].lower_, lex)):
        return None  # "Of the host countries, Germany saw ...": a place's figure; but "Irish nationals formed"
    subject = _subject_phrase(found[0], lex, linking=True)
    head = subject.split()[-1].lower() if subject else ""
    # "Among them, the largest rise, 20,0% came for Ivorian tourists (from 175 ...": no noun, a superlative
    return subject if head and head not in lex.words.generic_heads and head not in lex.words.not_heads else None


def counted_money_subject(doc: Doc, index: int, start: int) -> str | None:
    """What a change counts when it follows an amount of money in its clause: the clause's subject
    ("Personal remittances from Overseas Filipinos came to US$2.4 billion in February 2017, up 3.3
    percent": remittances). An opening adverbial ("According to the Central Bank, ", "In the first
    two months of 2017, ") is skipped; the subject ends at a linking verb ("came to", "reached");
    a verb with an agent ("The bank recorded") gives nothing. What the amount is of, named after
    it ("took in $688 million in remittances"), where no subject is linked to the amount or where
    that names money."""
    lex = lex_of(doc)
    if lex.words.head_first:
        # Spanish and French reviews name a change's set after it ("une hausse de 8 % des titres");
        # where nothing follows, the set is what the amount before it is of
        return _money_set(doc, index, start, lex) if lex.words.money_purposes else None
    found = _clause(doc, index, start, lex)
    if found is None or not any(t.norm_ == "<CUR>" for t in found[0]):
        return None  # a clause's count names its own set, which the figures after it take (extract._elliptical)
    tokens = found[0]
    money = max(k for k, t in enumerate(tokens) if t.norm_ == "<CUR>")
    subject = _subject_phrase(tokens, lex, linking=True)
    if any(t.lower_ in lex.words.agent_verbs for t in tokens):
        return subject  # "The bank recorded $71.6 million in transfers, 2.52% more": an agent's record, nothing named
    # "Guatemala took in $688 million in remittances, 8% more": what the amount is of, where no subject is linked to
    # it or where it names money ("Bank of Guatemala data show the country took in $688 million in remittances")
    purpose = _amount_purpose(tokens, money, lex)
    return purpose if purpose is not None and (subject is None or purpose.lower() in lex.words.money_nouns) else subject


def counted_amount_share(doc: Doc, index: int, start: int) -> str | None:
    """What a share in brackets after an amount of money is of: the subject of the amount's clause
    ("total remittances grew by $4.4 million (18.5%)": remittances); no place ("the US alone
    supplied US$380mn (93.3%)") and no agent ("The bank recorded ...")."""
    lex = lex_of(doc)
    found = _clause(doc, index, start, lex)
    if found is None:
        return None
    if any(t.lower_ in lex.words.agent_verbs for t in found[0]):
        return None  # "The bank recorded US$4.4 million (18.5%)": an agent, not what the share is of
    subject = _subject_phrase(found[0], lex, linking=False)
    return None if subject is None or is_place(subject, lex) or is_place(subject.split()[-1], lex) else subject


def _money_set(doc: Doc, index: int, start: int, lex: Lexicon) -> str | None:
    """Where heads come first, what a change after an amount counts: what an amount of money is
    of ("8,392.5 millones de dólares en remesas, con un aumento del 5.8 por ciento", "remesas por 322
    millones de dólares, lo que representó un aumento"), or else the subject a linking verb joins
    to the amount ("Durante 2022, las remesas a México sumaron 58 mil 497 millones de dólares, un
    alza", "la población ... era de 46.704.314 habitantes, un 0,2% menos")."""
    words = lex.words
    tokens = [t for t in doc[:index] if t.idx >= start and not t.is_space]
    money = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].norm_ == "<CUR>"), None)
    if money is None:
        count = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].norm_ in NUMBER_TAGS), None)
        if count is None:
            return None
        before = tokens[:count]
        while before and (before[-1].lower_ in words.of_words or before[-1].lower_ in lex.phrases("qualifiers")):
            before = before[:-1]  # "era de 46.704.314 habitantes"
        return _linked_subject(before, lex, plural=False)
    purpose = _amount_purpose(tokens, money, lex)
    if purpose is not None:
        return purpose
    amount = money
    while amount > 0 and (tokens[amount - 1].norm_ in _QUANTITY_TAGS or tokens[amount - 1].lower_ in words.of_words
                          or tokens[amount - 1].lower_ in lex.phrases("qualifiers")):
        amount -= 1
    before = tokens[:amount]
    if len(before) > 1 and before[-1].lower_ in words.money_purposes and _set_noun(before[-2], lex) \
            and is_plural(before[-2].lower_, lex):
        return before[-2].text  # "salieron de México remesas por 322 millones de dólares"
    # a singular subject measures an amount of money ("el monto", "el ingreso"): its set is named elsewhere
    return _linked_subject(before, lex, plural=True)


def _amount_purpose(tokens: list[Token], money: int, lex: Lexicon) -> str | None:
    """What an amount of money whose currency sign stands at ``money`` is of, named after it by a
    purpose word ("8,392.5 millones de dólares en remesas", "$688 million in remittances",
    "US$402mn of family remittances"), past the amount's dates; the head of the noun phrase (its
    first noun where heads come first, its last otherwise)."""
    words = lex.words
    after = money + 1
    while after < len(tokens) and tokens[after].norm_ in (*NUMBER_TAGS, "<SCALE>"):
        after += 1  # "$4,112.3 millones en remesas": past the amount its symbol opens
    time = {*words.year_leads, *words.dates.period_from, *words.dates.period_to, *words.of_words, "y"}
    dated = after
    while dated < len(tokens) and dated - after < 8 and (tokens[dated].lower_ in time or is_month(tokens[dated])
                                                         or re.fullmatch(r"(?:19|20)\d\d", tokens[dated].text)):
        dated += 1  # "2.101,2 millones de dólares entre enero y marzo de 2024 en concepto de remesas": past its dates
    starts = [after]
    if dated > after and any(is_month(t) or re.fullmatch(r"(?:19|20)\d\d", t.text) for t in tokens[after:dated]):
        starts += list(range(after + 1, dated + 1))
    for at in starts:
        rest = [t.lower_ for t in tokens[at:]]
        for purpose in sorted(words.money_purposes, key=lambda p: -len(p.split())):
            n = len(purpose.split())
            if rest[:n] == purpose.split() and len(rest) > n and _set_noun(tokens[at + n], lex):
                if words.head_first:
                    return tokens[at + n].text
                end = at + n
                while end + 1 < len(tokens) and _set_noun(tokens[end + 1], lex):
                    end += 1  # "of family remittances": the noun the words before it modify
                return tokens[end].text
    return None


def _linked_subject(before: list[Token], lex: Lexicon, *, plural: bool) -> str | None:
    """The subject a clause opens with, where a linking verb joins it to the figure after
    ``before`` ("las remesas sumaron"); an agent's verb ("los migrantes enviaron") does not."""
    words = lex.words
    subject = _opening_subject(before, lex)
    if subject is None or plural and not is_plural(subject.lower(), lex):
        return None
    linking = set(words.subject_links) - set(words.subject_prepositions) - set(words.of_words) \
        - set(words.determiners) - set(words.one_words) - lex.phrases("qualifiers").keys()
    after = next(k for k, t in enumerate(before) if t.text == subject)
    return subject if any(t.lower_ in linking for t in before[after + 1:]) else None


def _set_noun(token: Token, lex: Lexicon) -> bool:
    """A word that may name what is counted: no function word, place, month, figure or verb."""
    lower = token.lower_
    return token.is_alpha and lower not in lex.spacy_stop_words and lower not in lex.words.counted_stop \
        and not is_place(token.text, lex) and not is_month(token) and not verb_form(lower, lex)


_OPENING_CONJUNCTIONS = frozenset(COMMON.words.opening_conjunctions)


def _opening_subject(tokens: list[Token], lex: Lexicon, *, reporting: bool = True) -> str | None:
    """Where heads come first, the head of the subject a clause opens with, after an adverbial up
    to its comma ("Entre enero y marzo, la remesa promedio se ubicó en"): the noun after its
    determiner, or a bare plural noun ("Remesas en Honduras suben")."""
    words = lex.words
    openers = {*words.subject_prepositions, *words.clause_openers, *words.adverbial_openers}
    lowered = [t.lower_ for t in tokens]
    # "El banco dio a conocer que en marzo las remesas llegaron a": the subject of the clause the source reports
    for lead in words.reporting_leads if reporting else ():
        n = len(lead.split())
        at = next((k for k in range(len(lowered) - n + 1) if lowered[k:k + n] == lead.split()), None)
        if at is not None:
            reported = tokens[at + n:]
            while reported and reported[0].text == ",":
                reported = reported[1:]
            # (a reported clause that opens on no subject of its own, "indicó que México creció", leaves the reading
            # of the whole sentence as it was)
            return _opening_subject(reported, lex, reporting=False) or _opening_subject(tokens, lex, reporting=False)
    for _ in range(2):
        while len(tokens) > 2 and tokens[0].lower_ in words.year_leads and re.fullmatch(r"(?:19|20)\d\d", tokens[1].text):
            tokens = tokens[2:]  # "De hecho, en 2024 las remesas rompieron récord": a year before the subject
        if len(tokens) > 2 and tokens[0].lower_ in openers and is_month(tokens[1]) \
                and tokens[2].lower_ in words.determiners:
            tokens = tokens[2:]  # "durante mayo las remesas alcanzaron": a month before the subject
        if len(tokens) > 4 and tokens[0].lower_ in openers and is_month(tokens[1]) and tokens[2].lower_ in words.of_words \
                and re.fullmatch(r"(?:19|20)\d\d", tokens[3].text) and tokens[4].lower_ in words.determiners:
            tokens = tokens[4:]  # "en marzo de 2025 las remesas llegaron a": a month and its year before the subject
        if tokens and tokens[0].lower_ in openers:
            comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
            if comma is None:
                return None
            tokens = tokens[comma + 1:]
    if tokens and _time_unit(tokens[0], lex):
        # "Mes a mes, la afiliación ... sube": an adverbial of time up to its comma, then the subject
        comma = next((k for k, t in enumerate(tokens[:5]) if t.text == ","), None)
        tokens = tokens[comma + 1:] if comma is not None else tokens
    while tokens and not tokens[0].is_alpha:
        tokens = tokens[1:]
    if tokens and tokens[0].lower_ in _OPENING_CONJUNCTIONS:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].lower_ in words.determiners and tokens[0].lower_ not in words.demonstratives:
        noun = tokens[2] if len(tokens) > 2 and tokens[1].lower_ in words.prenominal_modifiers else tokens[1]
        return noun.text if _set_noun(noun, lex) and noun.lower_ not in words.figure_words else None  # "las nuevas peticiones"
    if len(tokens) > 1 and tokens[0].lower_ in words.noun_demonstratives and _set_noun(tokens[1], lex) \
            and tokens[1].lower_ not in words.figure_words and is_plural(tokens[1].lower_, lex):
        return tokens[1].text  # "estas remesas sumaron": a set the sentence before named, named again; not "esta cifra"
    if tokens and _set_noun(tokens[0], lex) and is_plural(tokens[0].lower_, lex):
        return tokens[0].text
    return None


def counted_by_place(doc: Doc, index: int, end: int, start: int) -> str | None:
    """What a figure given for a place counts: the subject of its clause ("weekly flights between
    Kozhikode airport and the Gulf numbered 78 for the UAE", "Most of the returning Indian workers
    came from the United Arab Emirates (330,058)"), or where the subject is the place, the set an opening "among" names ("Among the
    returnees so far, Edo State has 533"). Tokens ``index`` to ``end`` are the figure's."""
    lex = lex_of(doc)
    if lex.lang != "en" or not _for_place(doc, index, end, lex):
        return None
    preposition = next_token(doc, end)
    for k in range(index - 1, -1, -1):  # "1 155 individuals from Syria (81%), 100 from Palestine"
        if doc[k].idx < start or doc[k].text in (".", ";", ":"):
            break
        if doc[k].norm_ in NUMBER_TAGS and k + 2 < index and doc[k + 1].is_alpha and is_plural(doc[k + 1].lower_, lex) \
                and preposition is not None and doc[k + 2].lower_ == preposition.lower_:
            return doc[k + 1].text  # the noun of the list's first item, before the same preposition
    listed = _set_before_items(doc, index, start, lex)
    if listed:
        return listed
    found = _clause(doc, index, start, lex)
    if found is None:
        return None
    tokens, opener = found
    subject = _subject_phrase(tokens, lex, linking=False)
    if subject is None and opener and opener[0].lower_ in lex.words.set_openers:
        words = [t for t in opener[1:] if t.is_alpha]
        plural = next((k for k, t in enumerate(words) if is_plural(t.lower_, lex)), None)
        subject = _subject_head(words[:plural + 1] if plural is not None else words, lex)  # "the returnees so far"
    return _group_members(subject, lex)


def counted_example_nationals(doc: Doc, index: int, start: int) -> str | None:
    """Where heads come last, what a count in brackets after nationals named as examples counts: the subject of
    the clause they exemplify ("Nationals of a number of Western Balkan countries applied more often, for example
    Georgians (1 300)" -> Nationals; "applications fell among many African nationalities, among them Moroccans
    (1 500)" -> applications), not the nationals themselves, as a count in a list of their own would."""
    lex = lex_of(doc)
    words = lex.words
    if words.head_first or not words.example_leads:
        return None
    before = [t for t in doc[max(0, index - 12):index] if t.idx >= start and not t.is_space]
    if len(before) < 3 or before[-1].text != "(" or not is_people(before[-2].text) or before[-2].lower_ in words.head_count_nouns:
        return None
    text = text_of(doc)[start:before[-1].idx]
    lead = None
    for match in re.finditer(rf",\s*{alternation(words.example_leads)}\s+", text, re.I):
        lead = match
    if lead is None or re.search(r"\d", re.sub(r"\([^()]*\)", "", text[lead.end():])):
        return None  # "... (980) and Albanians (640)": the items may follow one another, with no other figure
    if not re.fullmatch(r"[^\W\d_][\w'’-]*(?:\s*(?:,|and)\s*[^\W\d_][\w'’-]*)*\s*", re.sub(r"\([^()]*\)", "", text[lead.end():])):
        return None  # only nationals, each with its bracket, since the lead
    tokens = [t for t in doc[:index] if t.idx >= start and t.idx < start + lead.start() and not t.is_space]
    found = _clause(doc, tokens[-1].i + 1, start, lex) if tokens else None
    if not found:
        return None
    clause = found[0]
    of = next((k for k, t in enumerate(clause[:5]) if t.lower_ in words.of_words), None)
    if of and all(t.is_alpha for t in clause[:of]) and is_plural(clause[of - 1].lower_, lex):
        return clause[of - 1].text  # "Nationals of a number of ... countries": the set's noun, before its "of"
    subject = _subject_phrase(clause, lex, linking=False)
    return subject if subject and is_plural(subject.split()[-1].lower(), lex) else None


def _group_members(phrase: str | None, lex: Lexicon) -> str | None:
    """Where heads come last, whom a group noun's figures count when a member noun stands before it: "Other large
    immigrant groups" -> "immigrants" (a figure given for a place counts the groups' members, not groups)."""
    words = (phrase or "").split()
    if len(words) < 2 or words[-1].lower() not in lex.words.group_nouns \
            or words[-2].lower() not in lex.words.group_member_nouns:
        return phrase
    return f"{words[-2]}s"


def _set_before_items(doc: Doc, index: int, start: int, lex: Lexicon) -> str | None:
    """The set whose items by place follow ", among them" before token ``index``: the last plural noun of the
    phrase before the comma, back to the figure before or the sentence's start, that stands in no "of" phrase
    ("show over 750 thousand Kyrgyz citizens working abroad, among them 616 thousand in Russia, some 30 thousand
    in Kazakhstan" -> citizens; "counted some citizens of developed countries, among them 253 from the United
    States" -> citizens)."""
    leads = [phrase.split() for phrase in lex.words.set_item_leads]
    for k in range(index - 1, 0, -1):
        if doc[k].idx < start or doc[k].text in (".", ";", ":"):
            return None
        lead = next((words for words in leads if [t.lower_ for t in doc[k:k + len(words)]] == words), None)
        if lead is None or doc[k - 1].text != ",":
            continue
        j = k - 2
        while j >= 0 and doc[j].idx >= start and doc[j].norm_ not in NUMBER_TAGS and doc[j].text not in (",", ";", ":", "("):
            j -= 1
        phrase = list(doc[j + 1:k - 1])
        heads = [t.text for n, t in enumerate(phrase)
                 if t.is_alpha and is_plural(t.lower_, lex) and t.lower_ not in lex.words.scales and not is_place(t.text, lex)
                 and not any(w.lower_ in lex.words.of_words for w in phrase[max(0, n - 3):n])]
        return heads[-1] if heads else None
    return None


def counted_carried_subject(doc: Doc, index: int, start: int) -> str | None:
    """Where heads come first and a subject may be left out, what the figures of a movement count
    whose clause names no subject ("Ese año pasaron de 2636 a 5798, un salto del 120%"): the
    subject of the sentence before, in its paragraph, or of the one before that where that too
    names none ("las radicaciones ... crecen desde 2015")."""
    lex = lex_of(doc)
    words = lex.words
    if not words.head_first:
        return None
    tokens = [t for t in doc[:index] if t.idx >= start and not t.is_space]
    if not any(t.lower_ in words.movement_words for t in tokens) \
            or _opening_subject(tokens, lex) is not None:
        return None
    for _ in range(2):
        text = text_of(doc)
        paragraph = text.rfind("\n\n", 0, start)
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= paragraph + 2 or text[end - 1] not in ".;":
            return None
        begin = max(paragraph + 2, max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1)
        previous = [t for t in doc.char_span(begin, end, alignment_mode="expand") or () if not t.is_space]
        subject = _opening_subject(previous, lex)
        if subject is not None:  # "mes" ends as a plural does, but names a span of time
            return subject if is_plural(subject.lower(), lex) and not is_time_word(subject.lower(), lex) else None
        start = begin
    return None


def counted_opening_figure(doc: Doc, index: int, end: int, start: int, sentence_end: int) -> str | None:
    """Where heads come first, what a figure in an adverbial that opens its sentence counts: the
    subject after the adverbial's comma ("Con 23 por ciento, los venezolanos pasan a ser la primera
    comunidad": venezolanos). Tokens ``index`` to ``end`` are the figure's; ``start`` and
    ``sentence_end`` bound its sentence."""
    lex = lex_of(doc)
    words = lex.words
    if not words.head_first:
        return None
    opening = [t for t in doc[:index] if t.idx >= start and not t.is_space]
    if len(opening) != 1 or opening[0].lower_ not in words.subject_prepositions:
        return None  # the figure stands right after the preposition that opens the sentence
    after = [t for t in doc[end:] if t.idx < sentence_end and not t.is_space]
    comma = next((k for k, t in enumerate(after) if t.text == ","), None)
    if comma is None or any(t.norm_ in NUMBER_TAGS for t in after[:comma]):
        return None
    subject = _opening_subject(after[comma + 1:], lex)
    return subject if subject is not None and is_plural(subject.lower(), lex) else None


def counted_for_listed_place(doc: Doc, index: int, start: int) -> str | None:
    """Where heads come first, what a figure in brackets after a place counts: the set its clause
    names before the places ("Les siguen los extranjeros originarios de Haití (179.338), Colombia
    (146.582)": extranjeros), the first plural noun after a determiner, where no figure before
    names it."""
    lex = lex_of(doc)
    if not lex.words.head_first:
        return None
    i = index - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or not doc[j].is_title or not is_place(doc[j].text, lex) and not is_place(doc[j - 1].text, lex):
        return None  # "Colombia (146.582", "El Salvador (12.300"
    tokens = [t for t in doc[:j] if t.idx >= start and not t.is_space]
    if any(t.norm_ in NUMBER_TAGS for t in tokens):
        return None  # a figure before names the set, which the next items of its list take (extract._elliptical)
    # "... chargé de la jeunesse, ... que ces jeunes ivoiriens revenaient de pays tels que la Tunisie (207)": a
    # demonstrative before a plural noun takes up the set the clause of the places speaks of, over a noun before it
    pointed = [tokens[k + 1] for k, token in enumerate(tokens[:-1]) if token.lower_ in lex.words.demonstratives
               and _set_noun(tokens[k + 1], lex) and is_plural(tokens[k + 1].lower_, lex) and not tokens[k + 1].is_title
               and tokens[k + 1].lower_ not in lex.words.period_frame_words]
    if pointed:
        return pointed[-1].text
    for k, token in enumerate(tokens[:-1]):
        noun = tokens[k + 1]
        if token.lower_ in lex.words.determiners and token.lower_ not in lex.words.demonstratives \
                and _set_noun(noun, lex) and is_plural(noun.lower_, lex) and not noun.is_title:
            if noun.lower_ in lex.words.group_nouns:
                # "los grupos más numerosos de trabajadores extranjeros llegan de Rumanía (333.533)": the workers
                of = next((m for m in range(k + 2, min(k + 6, len(tokens) - 1))
                           if tokens[m].lower_ in lex.words.of_words), None)
                grouped = tokens[of + 1] if of is not None else None
                if grouped is not None and _set_noun(grouped, lex) and is_plural(grouped.lower_, lex) \
                        and not grouped.is_title:
                    return grouped.text
            return noun.text
    return None


def _for_place(doc: Doc, index: int, end: int, lex: Lexicon) -> bool:
    """Whether a figure is given for a place: "Edo State has 533", "Delta State with 128", "78 for the UAE",
    "came from the United Arab Emirates (330,058)". A bracketed figure counts for its place only after
    a preposition of place, and unsigned: "Slovakia (97%)" in a list or "Germany (+32%)" may say
    something else of it."""
    before = [t for t in doc[max(0, index - 8):index] if not t.is_space]
    if before and before[-1].text == "(" and doc[index].text not in ("+", "-", "−"):
        before = before[:-1]
        k = len(before) - 1
        while k > 0 and (before[k - 1].is_title or before[k - 1].lower_ in lex.words.determiners):
            k -= 1
        before = before if k > 0 and before[k - 1].lower_ in lex.words.place_prepositions else []
        name = " ".join(t.text for t in before[k:] if t.lower_ not in lex.words.determiners)
        if before and name and is_place(name, lex):
            return True  # "from Saudi Arabia (12,300)": the place's whole name
    else:
        before = before[:-1] if before and before[-1].lower_ in lex.words.place_verbs else []
    after = [t for t in doc[end:end + 4] if not t.is_space]
    if after and after[0].lower_ in lex.words.place_prepositions and len(after) > 1:
        after = after[2:] if after[1].lower_ in lex.words.determiners and len(after) > 2 else after[1:]
    else:
        after = []
    return bool(before) and is_place(before[-1].text, lex) or bool(after) and is_place(after[0].text, lex)


def _noun_end(phrase: str | None, lex: Lexicon) -> str | None:
    """A phrase read backwards from a figure, without the adverbs and the participle or verb of
    speech that follow its noun: "visas dropped sharply" -> "visas", "Cash remittances coursed"
    -> "Cash remittances"; None when no noun is left ("The Home Office said")."""
    if not phrase or lex.words.head_first:
        return phrase
    words = phrase.split()
    while words and (words[-1].lower().endswith("ly") and len(words[-1]) > 4 or words[-1].lower() in lex.words.speech_verbs):
        if words[-1].lower() in lex.words.speech_verbs:
            return None  # "The Home Office said this was ...": what follows is a clause
        words.pop()
    phrase = trim_participle(" ".join(words), lex)
    if not phrase or verb_form(phrase.split()[-1], lex) and len(phrase.split()) > 1 and not is_plural(phrase.split()[-2].lower(), lex):
        return phrase or None
    return phrase


def _verb_head(word: str, lex: Lexicon) -> bool:
    """Whether an English word is a verb in -ed ("transferred", "worked"), not a noun for people ("displaced")."""
    lower = word.lower()
    return bool(re.fullmatch(r"[a-z]+ed", lower)) and len(lower) > 5 and lower not in lex.words.participle_people


def _time_head(word: str, lex: Lexicon) -> bool:
    """A word that names a time, not a set: a month ("septembre"), a span ("l'exercice"), or a single time unit
    ("année"; the plural may count a duration: "45 ans")."""
    lower = word.lower().strip(".,;:")
    if lower in lex.words.months and (lower not in lex.words.ambiguous_months or word[:1].isupper()):
        return True
    if lower in lex.words.span_nouns:
        return True
    return lex.words.units.get(lower) in TIME_UNITS and lower not in ("mois", "an") and not is_plural(lower, lex)


def without_verbs(phrase: str | None, lex: Lexicon, *, after_figure: bool = False) -> str | None:
    """A counted phrase without the verb or adverb forms at its head's end of it, which no
    reading should have taken in: "Net migration shrank" -> "Net migration", "siguen británicos" ->
    "británicos", "seguidos de ecuatorianos" -> "ecuatorianos"; None when nothing else is left ("died").
    A phrase written right after its figure (``after_figure``) keeps the words that are nouns there
    (figure_nouns: "2.000 oficiales", "3.000 irregulares", where "cifras oficiales" is an adjective)."""
    if not phrase:
        return phrase
    words = phrase.split()
    stop = lex.words.not_heads
    if after_figure and lex.words.figure_nouns:
        stop = set(stop) - set(lex.words.figure_nouns)
    if lex.words.head_first:
        if _time_head(words[0], lex):
            return None  # "qu'en septembre (-11,4 %)", "la deuxième année de suite (-5,3 %)": a time, nothing counted
        if words[0].lower() not in stop:
            return phrase  # as written
        while words and words[0].lower() in stop:
            words.pop(0)
        if len(words) > 1 and words[0].lower() in lex.words.of_words:
            words.pop(0)  # "seguidos de ecuatorianos"
        if words and _time_head(words[0], lex):
            return None  # "à fin septembre": the time after its "fin"
        return " ".join(words) or None
    while words and (words[-1].lower() in stop or words[-1].lower().endswith("ly") and len(words[-1]) > 4):
        words.pop()  # "Total emigration barely changed"
    if lex.lang == "en":
        # "9.6% of the population SI reports that ...": a source named by its acronym and its verb of speech end the phrase,
        # after a noun of their own; "1,200 UN reports" is a noun
        said = next((k for k, w in enumerate(words) if k > 1 and w.lower() in lex.words.source_verbs
                     and len(words[k - 1]) > 1 and words[k - 1].isupper()), None)
        if said is not None:
            words = words[:said - 1]
            if not words:
                return None
        # "the money transferred from abroad", "marked falls" read as "marked", "2,798 worked in education": a verb in
        # -ed at the head's place is no noun, unless it names people ("the displaced", "the unemployed")
        head = next((k - 1 for k, w in enumerate(words) if k and w.lower() in lex.words.participle_head_prepositions),
                    len(words) - 1)
        if head >= 0 and _verb_head(words[head], lex):
            if head == 0 or all(w.lower().endswith("ly") for w in words[:head]):
                return None
            if head == len(words) - 1 and words[head - 1].isalpha() and not words[head - 1].lower().endswith("ly") \
                    and words[head - 1].lower() not in lex.spacy_stop_words:
                words.pop()  # "the final monthly level recorded": the noun before the participle
        elif 0 < head < len(words) - 1 and words[head].lower() in lex.words.irregular_participles \
                and words[head - 1].isalpha() and is_plural(words[head - 1].lower(), lex):
            words = words[:head]  # "asylum applications made in the UK": the plural before an irregular participle
    clause = next((k for k, w in enumerate(words) if k and w.lower() in lex.words.subject_pronouns), None)
    if clause is not None and clause + 1 < len(words):
        words = words[:clause]  # "the number of citizenships it granted": a clause of its own after the noun
    return " ".join(words) or None


def _subject_head(phrase: list[Token], lex: Lexicon) -> str | None:
    """The head of a subject phrase: its chunks are split at prepositions, and the first chunk
    that is not a mere measure gives the head (its last noun, or its first where heads come first)."""
    words = lex.words
    while phrase and not any(c.isalpha() for c in phrase[0].text):
        phrase = phrase[1:]  # "- El número de extranjeros bajó": a list item's dash
    if not words.head_first and 0 < len(phrase) <= 2 and phrase[-1].lower_ in words.self_named_heads \
            and all(t.lower_ in words.self_named_openers for t in phrase[:-1]):
        return phrase[-1].text  # "the number went down by 12 per cent", "That number was 6% higher": counts itself
    causative = max((k for k, t in enumerate(phrase) if t.lower_ in words.causative_verbs), default=None)
    if causative is not None:
        phrase = phrase[causative + 1:]  # "these pushed total long-term immigration to": the object is what reached it
    while phrase and phrase[0].lower_ in words.determiners and phrase[0].lower_ not in words.demonstratives:
        phrase = phrase[1:]
    if phrase and phrase[0].lower_ in words.noun_demonstratives and len(phrase) > 1 \
            and phrase[1].lower_ not in words.figure_words:
        phrase = phrase[1:]  # "ces transferts", but "cette hausse": named elsewhere
    if len(phrase) == 2 and phrase[0].lower_ in words.demonstratives and phrase[1].lower_ in words.figure_words \
            and not words.head_first:
        return phrase[1].text  # "This figure is 11 percent above": a noun subject counts itself
    if not phrase or phrase[0].lower_ in words.demonstratives:
        return None
    if len(phrase) == 1 and phrase[0].lower_ in words.figure_words and not words.head_first:
        return phrase[0].text  # "The figure is up 18%": a noun subject counts itself
    if len(phrase) == 1 and phrase[0].lower_ in words.bare_figure_subjects:
        return None  # "En 2021 la cifra cayó un 2,5 %": the figure's set was named before, not here
    chunks: list[list[Token]] = [[]]
    links: list[str] = [""]  # the preposition that opens each chunk
    frame = _time_frames(phrase, lex)
    for k, token in enumerate(phrase):
        if k in frame:
            if k - 1 not in frame:
                chunks.append([])  # "Remittances so far this fiscal year came to": a time inside the subject
                links.append("")
        elif token.lower_ in words.subject_prepositions:
            last = chunks[-1][-1] if len(chunks[-1]) > 1 else None
            if last is not None and not is_plural(last.lower_, lex) and (
                    verb_form(last.text, lex) or last.lower_ in words.irregular_participles) and (
                    token.lower_ in words.agent_words or is_plural(chunks[-1][-2].lower_, lex)):
                # "Cash sent by workers", "funds transferred by banks": the participle before its agent;
                # "children born in Germany": before its place
                chunks[-1].pop()
            chunks.append([])
            links.append(token.lower_)
        elif words.head_first and k and phrase[k - 1].lower_ in words.auxiliaries and not is_plural(token.lower_, lex):
            continue  # "ont capté le moins de transferts": the participle after its auxiliary is no noun
        elif k and phrase[k - 1].lower_ in words.balance_words and token.lower_ in lex.phrases("change_nouns"):
            chunks[-1].append(token)  # "a natural increase of 45,900": a balance's noun is no link
        elif token.lower_ not in lex.spacy_stop_words and token.lower_ not in words.subject_links \
                and token.lower_ not in words.counted_stop and token.lower_ not in words.verbs_after_counted \
                and not is_month(token):
            chunks[-1].append(token)
    if not words.head_first:  # "the number of people leaving Türkiye reached": the people, not where they leave
        chunks = [next((c[:k] for k in range(1, len(c)) if c[k].lower_.endswith("ing") and verb_form(c[k].text, lex)
                        and is_plural(c[k - 1].lower_, lex)), c) for c in chunks]
    links = [link for c, link in zip(chunks, links) if c]
    chunks = [c for c in chunks if c]
    # a measure counts what it is of ("Growth in remittances", "the share of women"), not where it goes
    # ("Flows to Mexico", "Remittance flows from the Gulf")
    for position, chunk in enumerate(chunks):
        # "la grande majorité des migrants": a measure after its modifier still counts what it is of
        head = next((t for t in chunk if t.lower_ not in words.prenominal_modifiers), chunk[0]) if words.head_first \
            else chunk[-1]
        if head.lower_ in words.generic_heads and position + 1 < len(chunks) \
                and links[position + 1] not in words.direction_prepositions:
            continue
        if len(chunk) == 1 and head.lower_ in words.prepositional_heads and position + 1 < len(chunks) \
                and links[position + 1] in words.of_words:
            continue  # "ahead of Koreans at 589,000": the Koreans
        if not words.head_first and len(chunk) > 1 and head.lower_.endswith("ed") and verb_form(head.text, lex) \
                and not chunk[-2].lower_.endswith("ly"):  # but "Internally displaced: 62.5 million"
            chunk = chunk[:-1]  # "Ireland was picked by 8.4%": the participle of a passive is no head
            head = chunk[-1]
        if is_place(head.text, lex) or verb_form(head.text, lex) and len(chunk) == 1:
            return None
        if words.head_first:
            lead = next((t for t in chunk if t.lower_ not in words.prenominal_modifiers), chunk[0])
            return _noun_end(lead.text, lex)  # "Les premiers titres de séjour délivrés s'élèvent à": titres
        # the last three words as written: "foreign-born workers" is two words of four tokens
        written = "".join(t.text_with_ws for t in chunk).split()
        return _noun_end(" ".join(written[-3:]), lex)
    return None


TIME_UNITS = frozenset({"day", "week", "month", "quarter", "year", "decade", "fortnight"})


def _time_unit(token: Token, lex: Lexicon) -> bool:
    """Whether a word names a span of time ("quarter", "months", "año"): what a time frame ends with."""
    return is_time_word(token.lower_, lex)


def is_time_word(lower: str, lex: Lexicon) -> bool:
    return lower in TIME_UNITS or lex.words.units.get(lower) in TIME_UNITS


def compares_a_time(words: list[str], lex: Lexicon) -> bool:
    """Whether the words after a comparison's "than" ("que") name an earlier time, as a change is measured against
    ("than a year before", "than in 2015", "que el año previo"), not another place or set ("more than Spain in 2022",
    "more than any other city", "than its capacity")."""
    if not words or words[0][:1].isupper() and not words[0].isdigit():
        return False
    words = [w.strip(",.;:()").lower() for word in words[:5] for w in re.split(r"['’]", word)]  # "l'an dernier"
    return any(is_year(w) or is_time_word(w, lex) or is_time_word(w.rstrip("s"), lex)
               or w in lex.words.months for w in words)


def counted_bracketed(doc: Doc, index: int, start: int) -> str | None:
    """The group a bracketed share belongs to: "Male OFWs (38.1%) outnumbered ...": a plural
    noun phrase just before the bracket (a place name there is no group: "Slovakia (97%)"); what
    a bracketed signed figure changes: "un solde naturel négatif (-2.787)"."""
    from ..countries import names_country

    lex = lex_of(doc)
    i = index - 1
    signed = i >= 1 and doc[i].text in ("+", "-", "−") and doc[i - 1].text == "("
    i -= signed  # "Un solde naturel négatif (-2.787)": a signed figure, of any noun before it
    if not signed and i >= 1 and doc[i].lower_ in lex.phrases("changes_before_percent") and doc[i - 1].text == "(":
        i, signed = i - 1, True  # "non-EU nationals (up 379,000 to 704,000)": a change of the group before
    elif not signed and i >= 1 and doc[i].lower_ in lex.words.dates.period_from and doc[i - 1].text == "(" \
            and not lex.words.head_first:
        i -= 1  # "went to Mozambican tourists (from 94 207 in September 2016 up to 110 076 ...)": the group's levels
    if i < 1 or doc[i].text != "(":
        return None
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    words = lex.words
    if signed and (changed := _bracketed_count_change(doc, i, start, lex)):
        return changed  # "34.651 afiliados más que el año previo (+19,7%)": the growth of that count's noun
    if i >= 1 and doc[i - 1].idx >= start and not signed \
            and _time_unit(doc[i], lex) \
            and doc[i - 1].lower_ in (*words.demonstratives, *words.period_frame_words):
        # "UK nationals were the most commonly referred this quarter (26%; 1,135)": a time, the subject's share
        found = _clause(doc, i, start, lex)
        return _subject_phrase(found[0], lex, linking=False) if found else None
    if i >= 0 and doc[i].norm_ in _QUANTITY_TAGS:
        return None  # "1.2 million (up 20%)": a change of the figure before, read with it (extract._elliptical)
    if i >= 0 and doc[i].idx >= start and not signed and not words.head_first and doc[i].lower_ in words.generic_heads:
        # "Asian migrants represented the largest share (41%)": the share is the subject's
        found = _clause(doc, i, start, lex)
        return _subject_phrase(found[0], lex, linking=False) if found else None
    # (French only: it writes a people's noun with a capital, so a lower-case one is an adjective; Spanish writes
    # "seguidos de ecuatorianos (359.076) y colombianos" in lower case, nouns)
    if lex.lang == "fr" and i >= 2 and doc[i].idx >= start and doc[i].is_alpha and doc[i].is_lower \
            and (doc[i].lower_.endswith(tuple(words.participle_endings)) or is_people(doc[i].text)) \
            and (doc[i - 1].text == "," or doc[i - 1].lower_ in words.conjunctions) and doc[i - 2].text == ")":
        # "des visas sollicités (+137,7%) et accordés (+137,1%)", "les personnes célibataires (40,4%), divorcées
        # (34,7%)": a lone adjective after the bracket before it qualifies the group of that bracket
        opening = next((k for k in range(i - 3, max(-1, i - 12), -1) if doc[k].text in ("(", ")")), None)
        if opening is not None and doc[opening].text == "(" and doc[opening].idx >= start:
            figure = opening + 1 + (doc[opening + 1].text in ("+", "-", "−"))
            group = counted_bracketed(doc, figure, start) if figure < i - 2 and doc[figure].norm_ in NUMBER_TAGS else None
            if group and (len(group.split()) > 1 or not group[:1].islower()
                          or not (group.lower().endswith(tuple(words.participle_endings)) or is_people(group))):
                # its noun, without the first bracket's own adjective; not where the first is a lone adjective
                # too: "sont soudanaises (8 %), syriennes (7 %)"
                return group.split()[0]
    if words.head_first and i >= 2 and doc[i - 1].lower_ in words.noun_prepositions and doc[i].is_alpha \
            and doc[i - 2].is_alpha and is_plural(doc[i - 2].lower_, lex) and doc[i - 2].idx >= start:
        i -= 2  # "des travailleurs sans papiers (10 330)": the head before its "sans"
    # "les Portugais (20 000)": after a plural determiner a people's name is a plural noun, no place
    # "les Comores (9 %)", "les Philippines (38 milliards)": a plural country's name is a place all the same
    # "les Caraïbes (7,7%)", "les Balkans occidentaux (26 %)": a plural region's name is a place too
    people = i >= 1 and doc[i - 1].lower_ in words.plural_determiners and doc[i].is_title and not names_country(doc[i].text) \
        and doc[i].lower_ not in words.place_words
    if not words.head_first and not signed and i >= 0 and doc[i].is_alpha and doc[i].is_lower \
            and not is_plural(doc[i].lower_, lex):
        # "were Italians leaving the country (117 thousand, + 1.9%)", "were citizens of a foreign country (286
        # thousand)": a singular noun ends a phrase that qualifies the group before it
        for k in range(i - 2, max(-1, i - 6), -1):
            if doc[k].idx < start or not doc[k].is_alpha:
                break
            if is_plural(doc[k].lower_, lex) and not is_place(doc[k].text, lex) and doc[k].lower_ not in words.place_sets \
                    and doc[k].lower_ not in lex.spacy_stop_words \
                    and doc[k + 1].lower_ in (*words.postnominal_participles, *words.of_words):
                return doc[k].text
    if i < 0 or doc[i].idx < start or not doc[i].is_alpha \
            or not (signed or people or is_plural(doc[i].lower_, lex) or doc[i].lower_ in words.flow_nouns) \
            or is_place(doc[i].text, lex) and not people or doc[i].lower_ in lex.spacy_stop_words \
            or doc[i].lower_ in words.counted_stop:
        return None
    if doc[i].lower_ in words.place_sets and words.origin_links and not words.head_first \
            and any(doc[k - 1].idx >= start and phrase_before(doc, k, {p: p for p in words.origin_links})
                    for k in range(max(1, i - 4), i)):
        # "Tourists arriving from 'other' African countries (15 057)": the people from the places, not the places
        found = _clause(doc, i, start, lex)
        return _subject_phrase(found[0], lex, linking=False) if found else None
    if _named_place(doc, i, start, lex):  # "Arrivals rose in Lakeshire (+5%)": the subject's, not the place's
        found = _clause(doc, i, start, lex)
        return _subject_phrase(found[0], lex, linking=False) if found else None
    if _verb_object(doc, i, start, lex):  # "Most OFWs remitted through banks (52.8%)": the subject's, not the banks'
        found = _clause(doc, i, start, lex)
        return _subject_phrase(found[0], lex, linking=False) if found else None
    if doc[i].lower_ in change_verbs(lex.lang):
        return None  # "n'ont que faiblement augmenté (+2,2 %)": a verb, its subject is meant
    if lex.lang == "fr" and doc[i].lower_.endswith("ment") and i > 0 and _adverb_lead(doc[i - 1], lex):
        return None  # "progresse très fortement (+137,7 %)": an adverb, the verb's subject is meant
    phrase = [doc[i]]
    # where heads come first, the phrase may run over its "of": "demandeurs d'asile (+ 10,8 %"
    while i > 0 and doc[i - 1].idx >= start and len(phrase) < 6 and doc[i - 1].norm_ != "<SCALE>" \
            and not (words.head_first and doc[i - 1].lower_ in words.counted_stop) \
            and not (lex.lang == "fr" and doc[i - 1].lower_.endswith("ment") and i > 1 and _adverb_lead(doc[i - 2], lex)) \
            and (doc[i - 1].is_alpha and doc[i - 1].lower_ not in lex.spacy_stop_words
            or doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and i > 1 and doc[i - 2].is_alpha
            and not doc[i - 2].whitespace_  # "foreign-born people (53 percent)"
            or words.head_first and doc[i - 1].lower_ in words.of_words and i > 1 and doc[i - 2].is_alpha
            and doc[i - 2].lower_ not in lex.spacy_stop_words and doc[i - 2].lower_ not in words.verbs_after_counted
            and doc[i - 2].lower_ not in words.subject_links):  # "figurent des ouvriers": an article after a verb
        i -= 1
        phrase.insert(0, doc[i])
    if words.head_first and len(phrase) > 2 and phrase[1].lower_ in words.of_words and phrase[0].i > 0 \
            and doc[phrase[0].i - 1].lower_ in lex.phrases("change_nouns") and not is_plural(phrase[0].lower_, lex):
        phrase = phrase[2:]  # "une progression marquée des visas sollicités (+137,7%)": the change's adjective, then its set
    while len(phrase) > 3 and words.head_first and phrase[0].lower_ in words.prenominal_modifiers:
        phrase = phrase[1:]  # "le premier destinataire des fonds (47,5 pc)"
    while phrase[0].lower_ in words.of_words or len(phrase) > 2 and phrase[0].lower_ in words.generic_heads \
            and phrase[1].lower_ in words.of_words:
        phrase = phrase[1:] if phrase[0].lower_ in words.of_words else phrase[2:]  # "nombre de demandeurs": applicants
    compared = next((k for k in range(min(2, len(phrase) - 2)) if phrase[k].lower_ in words.comparative_words
                     and phrase[k + 1].lower_.replace("’", "'") in words.of_words
                     and all(t.lower_ in words.not_heads for t in phrase[:k])), None)
    if compared is not None and words.head_first:
        phrase = phrase[compared + 2:]  # "presque autant d'expéditeurs (69%)": the senders, not "autant"
    share = not signed and any(t.norm_ == "<PCT>" for t in doc[index:index + 3])  # "des Syriens (37,1 %)": the group's
    # "L'immigration a gagné 16 090 personnes (+ 14,1 %)": a change in brackets after a head count is the subject's
    counts_heads = signed and len(phrase) == 1 and phrase[0].lower_ in words.head_count_nouns \
        and i >= 1 and doc[i - 1].norm_ in _QUANTITY_TAGS \
        and any(t.lower_ in change_verbs(lex.lang) and t.idx >= start for t in doc[max(0, i - 4):i - 1])
    if counts_heads and not words.head_first:  # "Immigration rose by 19,118 people (+11.8%)"
        found = _clause(doc, i, start, lex)
        subject = _subject_phrase(found[0], lex, linking=False) if found else None
        if subject and subject.split()[-1].lower() not in words.head_count_nouns and not is_place(subject, lex):
            return subject
    if len(phrase) == 1 and not share and (people or is_people(phrase[0].text) or counts_heads):
        # "Les expulsions concernent surtout des Algériens (2 500)": the expulsions of each people the sentence lists
        subject = counted_subject(doc, start, index)
        if subject and not is_people(subject.split()[0]) and not is_place(subject, lex):
            return subject
    if words.head_first and len(phrase) > 1 and all(t.is_title for t in phrase) and not people \
            and phrase[0].i > 0 and doc[phrase[0].i - 1].lower_ in lex.spacy_stop_words \
            and doc[phrase[0].i - 1].lower_ not in words.determiners:
        return None  # "sous Nicolas Sarkozy (+ 45 %)": a person's name after a preposition holds the figure, no group
    if words.head_first and not signed and len(phrase) > 1 and phrase[0].is_title \
            and phrase[0].lower_ in words.place_words:
        return None  # "devant les Balkans occidentaux (26 %)": a region and its adjective, a place
    return _noun_end(text_of(doc)[phrase[0].idx:phrase[-1].idx + len(phrase[-1])], lex)


def _named_place(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """Whether the name at token ``i`` ends a list of names after a preposition of place ("rose
    in Lakeshire (+5%)", "in Northmoor and Eastdale (+0.4% each)"): a place, not a group."""
    if not doc[i].is_title or not lex.words.place_prepositions:
        return False
    while i > 0 and doc[i - 1].idx >= start:
        if doc[i - 1].is_title or doc[i - 1].text == "," or doc[i - 1].lower_ in lex.words.conjunctions:
            i -= 1
        elif doc[i - 1].text == ")":  # "in Lakeshire (+5%) and Eastdale (+3%)": a name listed after another's figure
            opening = next((k for k in range(i - 2, -1, -1) if doc[k].text in "()"), None)
            if opening is None or doc[opening].text != "(" or doc[opening].idx < start:
                break
            i = opening
        else:
            break
    return i > 0 and doc[i - 1].idx >= start and doc[i - 1].lower_ in lex.words.place_prepositions \
        and doc[i].is_title


def _verb_object(doc: Doc, i: int, start: int, lex: Lexicon) -> bool:
    """Whether the plural noun at token ``i`` ends the object of a preposition right after a verb ("remitted
    through banks (52.8%)", "worked in elementary occupations (58.7%)"), or an item listed after such an object and
    its figure ("employed in wholesale & retail (19,524), in real-estate ... establishments (18,378)", "relied on
    money transfer services (45.0%), or agencies and local offices (2.0%)"): where or how the subject did it, not a
    group that is counted."""
    words = lex.words
    if not words.verb_object_prepositions or words.head_first or doc[i].is_title or is_people(doc[i].text):
        return False
    k = i
    while k > 0 and doc[k - 1].idx >= start and i - k < 30:
        token = doc[k - 1]
        if token.lower_ in words.verb_object_prepositions:
            verb = doc[k - 2] if k >= 2 and doc[k - 2].idx >= start else None
            if verb is not None and verb.is_alpha and verb_form(verb.text, lex) and not is_plural(verb.lower_, lex):
                return True
            if verb is None or not (verb.text == "," or verb.lower_ in words.conjunctions):
                return False  # "the growth in overall migrant arrivals (8,300)": a noun's complement
        elif token.text == ")":
            opening = next((m for m in range(k - 2, max(-1, k - 14), -1) if doc[m].text in "()"), None)
            if opening is None or doc[opening].text != "(" or doc[opening].idx < start:
                return False
            k = opening
            continue
        elif not (token.text in (",", "&", "-", "‐") or token.lower_ in words.conjunctions
                  or token.lower_ in words.determiners
                  or token.is_alpha and token.lower_ not in lex.spacy_stop_words and not verb_form(token.text, lex)):
            return False
        k -= 1
    return False


def _bracketed_count_change(doc: Doc, i: int, start: int, lex: Lexicon) -> str | None:
    """(changes_after_noun) The noun of a count stated as a change ("34.651 afiliados más que el año previo", "con
    41.677 ocupados extranjeros más que los registrados en febrero") that a signed figure in brackets closes: within
    its clause, the figure, its noun (an adjective after it allowed), "más" or "menos", and only words up to the
    bracket (token ``i`` is the last of them)."""
    words = lex.words
    if not words.changes_after_noun:
        return None
    k = i
    while k >= 0 and doc[k].idx >= start and doc[k].is_alpha:
        k -= 1
    if k < 0 or doc[k].idx < start or doc[k].norm_ not in NUMBER_TAGS:
        return None
    noun = doc[k + 1] if k + 1 <= i else None
    if noun is None or not (_set_noun(noun, lex) and is_plural(noun.lower_, lex)) or is_people(noun.text):
        return None
    more = next((t for t in doc[k + 2:min(i + 1, k + 4)] if t.lower_ in words.changes_after_noun), None)
    return noun.text if more is not None else None


def is_people(phrase: str | None) -> bool:
    """Whether a phrase's last word names the people of a country ("Algériens", "Sénégalais", "venezolanos")."""
    from ..countries import lookup

    words = (phrase or "").split()
    word = words[-1] if words else ""
    return len(word) > 3 and any(lookup(w) is not None for w in (word, word[:-1], word[:-2]) if len(w) > 3)


def _adverb_lead(token: Token, lex: Lexicon) -> bool:
    """Whether a word in -ment after this token is an adverb ("très fortement", "progresse
    nettement"), not a noun ("le logement", "d'hébergement")."""
    lower = token.lower_.replace("’", "'")
    if lower in lex.words.determiners or lower in lex.words.of_words:
        return False
    return lower in lex.spacy_stop_words or lower in lex.words.subject_links


def counted_share_after(text: str, end: int, sentence_end: int, lex: Lexicon) -> str | None:
    """X in "... (97%) ... the highest shares of intra-EU outflows": a share's whole named later."""
    after = text[end:sentence_end]
    for key in lex.words.number_of:
        if "share" not in key and "proport" not in key and "porcentaje" not in key and "part" not in key:
            continue
        for lead in (key, key.replace("share of", "shares of")):
            pos = after.lower().find(lead + " ")
            if pos >= 0:
                words = re.findall(r"[^\W\d_][\w-]*", after[pos + len(lead):])[:4]
                words = [w for w in words if w.lower() not in lex.words.determiners]
                return words[0] if words and lex.words.head_first else _first_plural(words, lex)
    return None


def _first_plural(words: list[str], lex: Lexicon) -> str | None:
    first = next((k for k, w in enumerate(words) if is_plural(w.lower(), lex)), len(words))
    # "Of the top ten countries,": the countries, not "top"; but "the 1,070 defendants ... under any of the three
    # kinds of offense": a number after the set's noun is no part of it
    spelled = [k for k, w in enumerate(words[:first]) if w.lower() in lex.words.spelled_numbers]
    if spelled:
        words = words[spelled[-1] + 1:]
    for i, word in enumerate(words):
        if is_plural(word.lower(), lex) or word.lower() in lex.spacy_stop_words:
            return " ".join(words[: i + 1]) if not word.lower() in lex.spacy_stop_words else " ".join(words[:i]) or None
    if len(words) >= 2 and re.fullmatch(r"[a-z]+ed", words[-1].lower()) and words[-2].lower() in lex.words.generic_heads:
        words = words[:-1]  # "Among the overall number recorded,": the number, not what was done to it
    return " ".join(words) or None


def is_place(word: str, lex: Lexicon) -> bool:
    """A place, not a counted thing: "the United Arab Emirates (330,058)", "Oceania", "Canada"."""
    from ..countries import is_region, lookup, names_country

    lower = word.lower()
    if lower in lex.words.place_words:
        return True
    parts = word.split(None, 1)
    if len(parts) > 1 and parts[0].lower() in lex.words.place_modifiers and parts[1][:1].isupper():
        return is_place(parts[1], lex)  # "la vecina Guatemala": an adjective that only qualifies the place after it
    if not word[:1].isupper():
        return False
    parts = re.split(r"[\s-]+", word.strip())
    if len(parts) > 1 and parts[0 if lex.words.head_first else -1].lower() in lex.words.place_words \
            and all(p[:1].isupper() or p.lower() in lex.words.conjunctions or lex.words.head_first for p in parts):
        return True  # "Central Asia", "Sub-Saharan Africa", "Middle East", "América Latina", "Afrique subsaharienne"
    if is_plural(lower, lex):  # "Nepalis" names people; "Honduras", "Asturias" name places
        return names_country(word) or is_region(word)
    if lex.lang == "en" and lower.endswith("ese") and not names_country(word):
        return False  # "Resident Vietnamese totaled 330,835": a people in -ese, the same in the plural, no place
    return lookup(word) is not None or is_region(word)


def verb_form(word: str, lex: Lexicon) -> bool:
    """A verb standing alone: an English participle ("followed", "applied", "arrested"), or a
    word with a verb's ending ("inmigraron"): no noun."""
    if lex.words.verb_endings and len(word) > 5 and word.lower().endswith(tuple(lex.words.verb_endings)):
        return True  # "314.358 inmigraron", "ils arrivèrent"
    return lex.lang == "en" and bool(re.fullmatch(r"[a-z]+(?:ed|ing)", word.lower())) and len(word) > 4


def trim_participle(phrase: str | None, lex: Lexicon) -> str | None:
    """An English phrase without the participle that says what happened to it: "workers deployed" ->
    "workers", "convictions recorded worldwide" -> "convictions", "WORK PERMITS GRANTED" -> "WORK PERMITS",
    "emigration climbing" -> "emigration" (an uncountable noun before a present participle)."""
    if not phrase or lex.words.head_first:
        return phrase
    words = phrase.split()
    for i, word in enumerate(words):
        # "Overseas Filipino Workers (OFWs) working overseas": a short name in brackets stands between
        noun = i - 1 if i < 2 or not re.fullmatch(r"\([^()]+\)", words[i - 1]) else i - 2
        mass = word.lower().endswith("ing") and words[noun].lower().endswith(tuple(lex.words.mass_noun_endings) or "\0")
        if i and re.fullmatch(r"[a-z]+(?:ed|ing)", word.lower()) and (is_plural(words[noun].lower(), lex) or mass):
            return " ".join(words[:noun + 1])
    return phrase


# a clause with a subject of its own after a comma: ", where the foreign residents numbered", ", while"
_NEW_SUBJECT = re.compile(rf",\s+{alternation(COMMON.words.new_subject_openers)}\s+(?:{alternation(COMMON.words.complementizers)}\s+|"
                          rf"{alternation(COMMON.words.elided_complementizers)})?{alternation(COMMON.words.definite_articles)}\s",
                          re.I)


def counted_from_number_of(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """X in "the number of X was about 2.6 million", the nearest such phrase before."""
    text = text[sentence_start:start]
    lower = text.lower()
    stop = lex.words.counted_stop
    for key in lex.words.number_of:
        key = key if key.endswith("'") else key + " "
        pos = lower.rfind(key)
        if pos < 0:
            continue
        phrase = text[pos + len(key):]
        if ";" in phrase or _NEW_SUBJECT.search(phrase):
            # "un total de 327.635 viven en Bogotá; 93.140 en Barranquilla": the phrase's clause has ended; so has it
            # at "the largest proportion of foreign workers ..., where the foreign residents numbered 1.3 million"
            continue
        words = []
        qualifiers = lex.phrases("qualifiers")
        for word in phrase.split():
            bare = word.strip(",;:()").lower()
            named = any(w.lower() not in lex.spacy_stop_words and w.lower() not in qualifiers for w in words)
            if bare in lex.words.relative_words and words or any(c.isdigit() for c in word) and named:
                break  # "the number of OFWs who worked abroad ... was", "The share of female OFWs (56.0%) was"
            if not named and (any(c.isdigit() for c in word) or bare in lex.words.scales or bare in lex.currencies):
                continue  # "the total of an estimated 281 million people", "a total of $13.2 billion, 4.4% higher"
            if (bare in lex.words.verbs_after_counted or bare in lex.phrases("changes")
                    or lex.words.head_first and verb_form(bare, lex)) and named:
                break  # "A total of 4,23,559 Indian migrant workers came back", "la tasa de desempleo ... bajó al"
            if bare in stop or word.endswith((",", ";", ":")):
                if word.endswith((",", ";", ":")) and bare not in stop:
                    words.append(word.rstrip(",;:"))
                break
            words.append(word)
        else:
            named = " ".join(words[:-1]).strip()
            if len(words) > 1 and words[-1] == "(" and words[-2].lower().endswith("s") and not is_place(named, lex):
                # "the largest number of Nepalis (19,783)": the figure in brackets after the phrase names a set;
                # "the share of Borduria (21%)" names a place
                return trim_participle(named, lex) or None
            if len(words) > 1 and words[-1].lower() in lex.words.place_verbs and words[-1].lower() in lex.spacy_stop_words \
                    and is_plural(words[-2].lower(), lex) and not is_place(named, lex):
                # "Kano recorded the highest number of returnees with 312": the figure the place has of them
                return trim_participle(named, lex) or None
            said = " ".join(words).lower()
            verb = next((q for q in qualifiers if " " in q and q.split()[0].endswith("ed") and said.endswith(" " + q)), None)
            if verb is None:
                return None  # no verb between the phrase and the number
            words = words[:-len(verb.split())]  # "Total Number of OFWs Estimated at 2.2 Million": a headline's verb
        while words and words[-1].lower() in lex.spacy_stop_words:
            words.pop()  # "the share of OFWs in 2019 was": the words before the year
        while words and (words[0].lower() in lex.spacy_stop_words or words[0].lower() in qualifiers):
            words.pop(0)  # "the total of an estimated 281 million people": people
        purpose = next((p.split() for p in lex.words.money_purposes if len(p.split()) > 1
                        and [w.lower() for w in words[:len(p.split()) - 1]] == p.split()[1:]), None)
        if purpose and len(words) >= len(purpose):
            words = words[len(purpose) - 1:]  # "un total de US$5,468.7 millones por concepto de remesas": the remittances
        among = next((k for k, w in enumerate(words) if w.lower() in lex.words.among_words and k), None)
        if among is not None and lex.words.head_first:
            # "la proporción de varones entre los trabajadores migrantes pasó del 56 por ciento": where heads come
            # first, the part whose proportion is given is counted, the set after "entre" only bounds it
            words = words[:among]
        elif among is not None and among + 1 < len(words):
            words = words[among + 1:]  # "the share of men among migrant workers": a share of the workers
            while words and words[0].lower() in lex.spacy_stop_words:
                words.pop(0)  # "la proporción de varones entre los trabajadores migrantes": the workers
            verb = next((k for k, w in enumerate(words) if k and (w.lower() in lex.words.movement_words
                                                                  or w.lower() in lex.words.counted_stop)), None)
            words = words[:verb] if verb is not None else words  # "... trabajadores migrantes pasó del 56 por ciento"
        elif len(words) == 1 and lex.words.among_words and not lex.words.head_first and re.search(
                r"\b{}\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:{})\s".format(
                    re.escape(key.strip()), "|".join(map(re.escape, lex.words.among_words))), lower[:pos]):
            # "The share of men among migrant workers rose ..., while the share of women fell": the same set
            return counted_from_number_of(text, pos, 0, lex)
        if len(words) > 1 and re.fullmatch(r"\([^\W\d_][\w-]*\)", words[-1]):
            return words[-1][1:-1]  # "the number of Overseas Filipino Workers (OFWs)": its short name
        phrase = " ".join(words).strip()
        return trim_participle(phrase, lex) or None
    return None


def label_phrase(label: str, lex: Lexicon) -> str | None:
    """What a table row counts: its label without notes in brackets, "Share of",
    or the participle that says what happened to it ("Asylum applications lodged")."""
    label = re.sub(r"\([^)]*\)", " ", label).strip()
    for lead in sorted(lex.words.number_of, key=len, reverse=True):
        if label.lower().startswith(lead + " ") or lead.endswith("'") and label.lower().startswith(lead):
            label = label[len(lead):].strip()
            break
    words = label.split()
    while lex.words.head_first and len(words) > 1 and (words[0].lower().strip(":") in lex.spacy_stop_words
                                                       or not any(c.isalpha() for c in words[0])):
        words = words[1:]  # "dont : étrangers": a part of the row above, which counts étrangers
    while lex.words.head_first and len(words) > 2 and words[0].lower() in lex.words.generic_heads \
            and words[1].lower() in lex.words.of_words:
        words = [w for w in words[2:] if w.lower() not in lex.words.determiners] or words[2:]
        # "Evolución de la población de España": the population
    if lex.words.head_first and len(words) == 2 and words[0].lower() in lex.words.generic_heads \
            and is_plural(words[1].lower(), lex) and not is_place(words[1], lex):
        words = words[1:]  # "TOTAL INMIGRANTES": the immigrants, all of them
    if lex.words.head_first and len(words) > 2 and words[0].lower() in lex.words.generic_heads \
            and words[1] in ("-", "–", "—") and is_plural(words[2].lower(), lex) and not is_place(words[2], lex):
        words = words[2:]  # "Total - Titulaires uniques de permis": the holders, all of them
    for i, word in enumerate(words):
        after_noun = i and words[i - 1].lower() not in lex.spacy_stop_words  # "of trafficking" names, "lodged" tells
        if after_noun and re.fullmatch(r"[a-z]+(?:ed|ing)", word):
            words = words[:i]
            break
    return " ".join(words) or None




def caption_phrase(caption: str, lex: Lexicon) -> str | None:
    """What a table's caption says its cells count: its noun phrase, up to the first function
    word that is no "of" ("premiers titres de séjour selon la décomposition officielle" ->
    "premiers titres de séjour")."""
    words = lex.words
    tokens = caption.split()
    # "Bahrain: Foreign workers in ...", "Canada - Titulaires de permis selon ...": the place the table is about
    for place in (re.match(r"([^:]{2,40}):\s+\S", caption), re.match(r"([^\W\d_][^:\-–—]{1,39}?)\s+[-–—]\s+\S", caption)):
        if place and is_place(place.group(1).strip(), lex):
            tokens = caption[place.end() - 1:].split()
            break
    colon = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(":") and (i or t != ":")), -1)
    if colon >= 0 and tokens[colon + 1].islower() and is_plural(tokens[colon + 1], lex) \
            and tokens[colon + 1] not in words.generic_heads and not is_place(tokens[colon + 1], lex):
        # "Permis de travail du PTET : titulaires ventilés par programme": the topic, then the set the table counts
        tokens = tokens[colon + 1:]
    for i, word in enumerate(tokens[:-2]):
        if word.lower() in words.place_sets and not words.head_first and tokens[i + 1].lower().endswith("ing"):
            # "Top ten countries producing asylum applicants": what the places produce
            return caption_phrase(" ".join(tokens[i + 2:]), lex)
    kept: list[str] = []
    for word in tokens:
        if kept and word.startswith("("):
            break  # "UK asylum applications (dependants excluded)": an aside
        lower = word.lower().strip(",;:()")
        if kept and kept[-1].lower() in words.of_words and lower in words.determiners:
            continue  # "Décomposition de la population": the article after an "of"
        if kept and lower in lex.spacy_stop_words and lower not in words.of_words \
                and lower not in words.prenominal_modifiers or not any(c.isalpha() for c in lower):
            break
        kept.append(word.strip(",;:"))
        if word.endswith((",", ";")) and not words.head_first:
            break  # "Overseas Filipino Workers, Number and Percent Share": the phrase before the comma
    while words.head_first and len(kept) > 2 and kept[0].lower() in words.generic_heads \
            and kept[1].lower() in words.of_words:
        # "Décomposition de la population ...": the population, as a row label's "Evolución de la población"
        kept = kept[2:]
    # "Unaccompanied asylum seeking children starting to be looked after": the participle after the noun goes
    return trim_participle(" ".join(kept), lex) or None


def counted_subject(doc: Doc, start: int, index: int) -> str | None:
    """The subject that opens a figure's sentence, when it opens with a determiner: "Ces
    investissements se concentrent dans l'immobilier (40,7%)", "El costo promedio de enviar 200
    dólares pasó de 4.5 % a 3.9 %": what a share or change with no noun of its own is about."""
    lex = lex_of(doc)
    words = lex.words
    if not words.head_first:
        return None  # the head is the subject's last word, which without a tagger is not told from its verb
    if gapped_agent_share(doc, index, lex):
        return None  # "Las federaciones y demás empresas, el 48.6%": who pays, after the verb of the sentence before
    tokens = [t for t in doc[:index] if t.idx >= start and not t.is_space]
    clause = max((i + 1 for i, t in enumerate(tokens) if (t.lower_.replace("’", "'") in (";", "que", "qu'")
                  and not any(b.lower_.replace("’", "'") in ("ne", "n'") for b in tokens[max(0, i - 3):i])
                  and not (i and tokens[i - 1].lower_ in words.comparative_words and i + 1 < len(tokens)
                           and tokens[i + 1].lower_.replace("’", "'") not in words.determiners)
                  or t.lower_ in words.subject_relatives)),
                 default=0)  # "n'ont que faiblement augmenté", "ont plus que doublé": no clause; "dont les éloignements",
    # "plus que la croissance de la population": one
    tokens = tokens[clause:]  # "...; les recettes reculent de 1,3 %", "destaca que los flujos": the clause's subject
    colon = max((i + 1 for i, t in enumerate(tokens) if t.text == ":"), default=0)
    if 1 < colon <= 4 and len(tokens) > colon + 1 and tokens[colon].lower_.replace("’", "'") in words.determiners:
        tokens = tokens[colon:]  # "Suisse : l'immigration en chute de 6,9%": a headline's short label, then its subject
    for _ in range(2):  # "En 2022, la délivrance de visas progresse", "Pour certains pays, comme l'Afghanistan, la proportion"
        comma = next((k for k, t in enumerate(tokens[:16]) if t.text == ","), None)
        opener = tokens[0].lower_.replace("’", "'") if tokens else ""
        if len(tokens) > 1 and opener.endswith("'") and opener + tokens[1].lower_ in words.clause_openers:
            opener += tokens[1].lower_  # "D'après la banque centrale, les transferts ...": an opener split at its apostrophe
        participle = bool(words.participle_endings) and opener.endswith(tuple(words.participle_endings)) \
            and tokens[0].is_title  # "Estimée à partir des tendances, la primo-délivrance ..."
        if comma is None or not tokens or opener not in words.clause_openers and not participle:
            break
        tokens = tokens[comma + 1:]
    if len(tokens) < 2 or tokens[0].lower_.replace("’", "'") not in words.determiners + words.noun_demonstratives:
        return None
    phrase: list[Token] = []
    for token in tokens:
        lower = token.lower_.replace("’", "'")
        linking = lower in words.subject_links and lower not in words.subject_prepositions \
            and lower not in words.determiners and lower not in words.generic_heads  # "La hausse des titres de séjour tient à"
        hyphen = _HYPHENATED.fullmatch(token.text) is not None  # "primo-délivrance"
        if not (token.is_alpha or lower.endswith("'") or hyphen) or lower in _CLAUSE_WORDS or linking and phrase \
                or token.norm_ in _QUANTITY_TAGS:
            break
        phrase.append(token)
    if len(phrase) < 2 or phrase[1].lower_ in words.figure_words \
            and (len(phrase) == 2 or phrase[2].lower_ not in words.subject_prepositions) \
            or len(phrase) == 2 and phrase[1].lower_ in words.generic_heads \
            and phrase[0].lower_ not in (*words.demonstratives, *words.noun_demonstratives):
        return None  # "Ce chiffre", "La cifra aumentó", "la mayoría, el 74%": named elsewhere; but "La hausse des titres"
    verb = tokens[len(phrase):len(phrase) + 3]
    if verb and verb[0].lower_ in words.conjunctions:
        # "Las federaciones y otras empresas pagadoras liquidaron el 56.4 %": a subject joined to another noun phrase
        # has its verb after both
        joined = tokens[len(phrase) + 1:len(phrase) + 9]
        verb = joined[:next((k for k, t in enumerate(joined) if not t.is_alpha), len(joined))]
    changes = {*words.change_nouns.increase, *words.change_nouns.decrease}
    acting = next((k for k, t in enumerate(phrase[1:], 1) if t.lower_ in words.agent_verbs), None)
    if any(t.lower_ in words.agent_verbs for t in verb) or acting is not None \
            and not any(t.lower_ in changes for t in (*phrase[acting + 1:], *verb)):
        return None  # "L'Ofpra a enregistré 73 802 demandes, en hausse de 7,1 %": an agent, not what changed; so is
        # the subject of a verb the phrase ran into ("La Seguridad Social contabilizó ..., 142.374 más"), unless the verb
        # names the subject's own change ("Ces titres enregistrent par ailleurs une nette hausse")
    return _subject_head(phrase[1:] if phrase[0].lower_ in words.noun_demonstratives else phrase, lex)


def counted_colon_lead(doc: Doc, index: int, start: int) -> str | None:
    """Where heads come first, what a count with no noun right after a colon counts (an adverb and its comma may
    stand between, "concretamente, 54.703"): the first plural noun of the words before the colon, which name the
    set the figure is of ("el perfil de los expulsados: 88.763", "el récord de afiliados de origen extranjero a la
    Seguridad Social: 2.785.473", "El grueso de las entradas por mar se produjo por las costas ...: concretamente,
    54.703"). Token ``index`` opens the figure. A lead whose first plural names where something happened names no
    set ("Casi todos desembarcaron en las costas de la península: 47.711")."""
    lex = lex_of(doc)
    words = lex.words
    if not words.head_first:
        return None
    colon = previous_token(doc, index)
    qualifiers = {w for phrase in lex.phrases("qualifiers") for w in phrase.split()}
    while colon is not None and colon.lower_ in qualifiers and colon.idx >= start:
        colon = previous_token(doc, colon.i)  # "...: unas 2.900"
    if colon is not None and colon.text == "," and (adverb := previous_token(doc, colon.i)) is not None \
            and adverb.is_alpha and adverb.lower_.endswith("mente"):
        colon = previous_token(doc, adverb.i)  # "...: concretamente, 54.703"
    if colon is None or colon.text != ":" or colon.idx < start:
        return None
    first = next((t.i for t in doc[:colon.i] if t.idx >= start), None)
    if first is None or any(t.norm_ in NUMBER_TAGS and not re.fullmatch(r"(?:19|20)\d\d", t.text) for t in doc[first:colon.i]):
        return None  # "46.659.302 habitantes a 1 de enero de 2018: 132.263 más": a figure before names its own set
    noun = first_plural_noun(doc, first, colon.i, lex, figure=False, skip=frozenset(words.prenominal_modifiers))
    if noun is None:
        return None
    token = next(t for t in doc[first:colon.i] if t.text == noun)
    before = [t.lower_ for t in doc[max(first, token.i - 2):token.i]]
    if any(w in words.location_prepositions for w in before):
        return None  # "desembarcaron en las costas": a place, not a set
    return noun


def counted_after_copula(doc: Doc, index: int, end: int) -> str | None:
    """X in "el 15,7% eran mujeres", "254.670 son venezolanos", "3,000 were women": a plural noun
    right after a copula that follows the figure (not a participle: "48 % sont nés en Afrique")."""
    lex = lex_of(doc)
    words = lex.words
    while index < len(doc) and doc[index].is_space and "\n\n" not in doc[index].text:
        index += 1
    if index < len(doc) and doc[index].text == "," and words.head_first:
        # "288.233, el 23 %, son venezolanos": a share in apposition stands between figure and copula
        closing = next((t.i for t in doc[index + 1:min(len(doc), index + 7)] if t.text == ","), None)
        if closing is not None and any(t.norm_ in NUMBER_TAGS for t in doc[index + 1:closing]):
            index = closing + 1
            while index < len(doc) and doc[index].is_space:
                index += 1
    if index < len(doc) and doc[index].text == "(" and not words.head_first:
        closing = next((t.i for t in doc[index:min(len(doc), index + 6)] if t.text == ")"), None)
        index = closing + 1 if closing is not None else index  # "4,200 (35%) were women": past the restatement
        while index < len(doc) and doc[index].is_space:
            index += 1
    if index < len(doc):
        # "el resto, 34 mil 239, son descendientes", "70 million, by contrast, are women", "105 million of them were
        # workers": past a bare comma, a short aside between commas or the set's pronoun, to the copula
        copulas = alternation(words.copulas) or "(?!)"
        pronouns = alternation([w for w in words.set_pronouns if w.split()[0] in words.of_words]) or "(?!)"
        start = doc[index - 1].idx + len(doc[index - 1]) if index > 0 else doc[index].idx
        skipped = re.match(rf"(?:\s*,(?:\s*[^\W\d_]+){{0,3}}\s*,|\s*,|\s+(?:{pronouns}))\s+(?=(?:{copulas})\s)",
                           text_of(doc)[start:start + 80], re.I)
        restating = re.search(r"\d\s*,[^,]*$", text_of(doc)[max(0, doc[index - 1].sent.start_char):start])
        if skipped and not (restating and "," in skipped.group()):  # "288.233, el 23 %, son": the share restates
            at = start + skipped.end()
            index = next((t.i for t in doc[index:min(len(doc), index + 8)] if t.idx == at), index)
    if index + 1 < len(doc) and doc[index].text in ("–", "—") and doc[index].whitespace_:
        index += 1  # "– 96 millones – son hombres": past the dash that closes the figure's aside
    if index + 1 < len(doc) and doc[index].lower_ in words.remainder_words and words.head_first:
        index += 1  # "y los 877.395 restantes son hombres": the remainder is what its copula says
    if index + 1 < len(doc) and doc[index].lower_ in words.copula_relatives and doc[index].whitespace_:
        index += 1  # "68 millones que son mujeres"
    if index + 2 >= len(doc) or doc[index].lower_ not in (*words.copulas, *words.singular_copulas):
        return None
    units = list(islice(_units(doc, index + 1, end), 3))  # "were non-EU nationals": a compound is one word
    noun = units[0] if units else None
    if doc[index].lower_ in words.singular_copulas:
        person = noun is not None and noun.first.i == noun.last.i and noun.lower in words.age_holders
        return noun.first.text if person else None  # "el 48.3 % es hombre y el 51.7 % es mujer"
    if noun is None or not (noun.first.is_alpha and noun.first.i == noun.last.i or noun.first.i != noun.last.i) \
            or noun.lower in lex.spacy_stop_words or verb_form(noun.lower, lex) \
            or words.participle_endings and noun.lower.endswith(tuple(words.participle_endings)):
        return None
    if noun.first.i == noun.last.i and noun.last.i + 1 < len(doc) and doc[noun.last.i + 1].idx < end \
            and doc[noun.last.i + 1].lower_ in words.agent_words:
        return None  # "216 étaient suivies par l'association": a passive participle and its agent, no noun
    if is_plural(noun.lower, lex):
        return text_of(doc)[noun.first.idx:noun.last.idx + len(noun.last)]
    following = units[1] if len(units) > 1 else None  # "169 million were migrant workers": a noun and its modifier
    if following is not None and len(units) > 2 and not words.head_first and noun.first.is_title \
            and following.first.is_title and following.last.whitespace_ and not is_plural(following.lower, lex):
        following = units[2]  # "981 616 were South African residents": a two-word place before the noun
    if words.head_first or following is None or not following.first.is_alpha or not noun.last.whitespace_ \
            or following.lower in lex.spacy_stop_words or not is_plural(following.lower, lex) \
            or verb_form(following.lower, lex):
        return None
    return text_of(doc)[noun.first.idx:following.last.idx + len(following.last)]


@cache
def change_verbs(lang: str) -> frozenset[str]:
    """The last word of each change phrase: "aumentó", "crecieron", "a augmenté"."""
    return frozenset(p.split()[-1] for p in lexicon(lang).phrases("changes"))


def _past_inverted_adverbial(doc: Doc, index: int, lex: Lexicon) -> Token | None:
    """The first word after a figure, past an adverb of the change's span or a time that stand between the figure
    and a subject after it: "Suben 8.6% anual las remesas", "Aumenta 54.6% en enero el número de migrantes"."""
    words = lex.words
    following = next_token(doc, index)
    if following is not None and following.lower_ in words.inverted_adverbs:
        return next_token(doc, following.i + 1)
    if following is not None and following.lower_ in words.inverted_time_links \
            and (time := next_token(doc, following.i + 1)) is not None and (is_month(time) or is_year(time.text)):
        return next_token(doc, time.i + 1)
    return following


def counted_inverted(doc: Doc, cue: int, index: int, end: int) -> str | None:
    """X in "ya son más de 400.000 los migrantes que han atravesado": after a copula, or a verb that gives a level
    ("suman 19.250 los haitianos devueltos"), the figure stands before its subject, a plural noun after a
    determiner."""
    lex = lex_of(doc)
    words = lex.words
    before = previous_token(doc, cue)
    following = _past_inverted_adverbial(doc, index, lex)
    while words.head_first and before is not None and before.lower_ in ("un", "una") and before.i > 0:
        before = previous_token(doc, before.i)  # "crecieron un 22,8 % los pakistaníes"
    if before is not None and before.lower_ in words.inverted_level_links and before.i > 0 \
            and (verb := previous_token(doc, before.i)) is not None and verb.lower_ in change_verbs(lex.lang):
        before = verb  # "Crece a 5,4 millones el número de extranjeros": the level the change reaches
    changed = words.head_first and before is not None and (
        before.lower_ in change_verbs(lex.lang) or before.text == ","
        or before.lower_ in words.conjunctions)  # "..., un 5 % los chinos y un 4 % los rumanos"
    if before is None or before.lower_ not in (*words.copulas, *words.inverted_level_verbs) and not changed \
            or following is None \
            or following.lower_ not in words.determiners or following.lower_ in words.noun_demonstratives:
        return None
    noun = next_token(doc, following.i + 1)
    # "Crece un 23.1 por ciento la deportación de mexicanos": after a verb of change, a singular subject too
    moved = before.lower_ in change_verbs(lex.lang) and following.lower_ not in words.one_words
    if noun is None or noun.idx >= end or not noun.is_alpha or not (moved or is_plural(noun.lower_, lex)) \
            or noun.lower_ in lex.spacy_stop_words or is_place(noun.text, lex) or is_time_word(noun.lower_, lex) \
            or noun.lower_ in words.ordinal_words:  # "suben un 11.4 % el primer trimestre": a time
        return None
    of = next_token(doc, noun.i + 1)
    if noun.lower_ in words.generic_heads and of is not None and of.lower_ in words.of_words:
        # "Sube un 35% el número de migrantes que llegan por mar": what the number is of
        measured = next_token(doc, of.i + 1)
        while measured is not None and measured.lower_ in words.determiners:
            measured = next_token(doc, measured.i + 1)
        if measured is not None and measured.idx < end and measured.is_alpha and is_plural(measured.lower_, lex) \
                and measured.lower_ not in lex.spacy_stop_words and not is_place(measured.text, lex):
            return measured.text
    return noun.text


def counted_among(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """X in "Parmi les immigrés, 48,2 % sont nés en Afrique", "Entre los españoles, emigraron
    59.724": the set a figure is taken from, named before it in its sentence."""
    words = lex.words
    among = "|".join(re.escape(w) for w in words.among_words) or "(?!)"
    # "parmi ces derniers": a demonstrative points back to a figure, which names the set
    determiners = "|".join(re.escape(w) for w in words.determiners if w not in words.demonstratives)
    scales = "|".join(re.escape(w) for w in sorted(words.scales, key=len, reverse=True)) or "(?!)"
    # "Of the 164 million migrant workers, approximately 111.2 million ...": the set's own size is skipped
    size = rf"(?:\d{{1,3}}(?:[.,]\d+|[ \u00a0\u202f]\d{{3}}(?!\d))*\s+(?:(?:{scales})\s+)?)?"
    # "Of the ...," opening a sentence or a line; "De los ...," only before a plural noun (_set_head)
    openers = "|".join(re.escape(w) for w in (*words.set_openers, *words.plural_set_openers)) or "(?!)"
    if words.head_first:
        # "Parmi ces migrants,": a demonstrative before a noun names the set; "parmi ces derniers" does not
        with_demonstratives = "|".join(re.escape(w) for w in words.determiners)
        return _set_head(text[sentence_start:start], among, openers, with_demonstratives, lex)
    # "foreign-born" is one word, and so is "U.S." ("Among the 1,070 defendants charged in U.S. courts ...,
    # 91% were men")
    word = r"(?:(?:[^\W\d_]\.){2,}+|[^\W\d_]+(?:-[^\W\d_]+)*)"
    # "Among foreign-born workers, 62 percent": in English the set may go without a determiner; its words may
    # hold a year or a fiscal year ("Of the 5,000 migrants admitted in 2023, 40% were women", "in 2022-23")
    bare = rf"|\b(?:{among})\s+(?!(?:{'|'.join(map(re.escape, words.demonstratives)) or '(?!)'})\b)"
    # "Of all the persons who obtained ...,": two determiners; "Of these applications,": a demonstrative before
    # its noun ("Of these, 40%" names none)
    determiners = "|".join(re.escape(w) for w in words.determiners)
    # "Of last year's emigrants, 62 percent": a time's possessive stands for a determiner
    frames = alternation([*words.period_frame_words, "this"])
    determiners += rf"|(?:{frames})\s+[^\W\d_]+['’]s"
    # after the set's noun its words may hold a day of a month or the set's own size in brackets ("Of those
    # individuals who returned between 28 July and 6 August,", "Of all applications handled in Cyprus (1 975 ),")
    # (a day's one or two digits, not the first digits of a figure grouped by a comma or point: "in 1,975 cases,")
    aside = r"\d{1,2}(?![\d.,]?\d)|\(\s*\d[\d\s.,\u00a0\u202f]*\)"
    match = re.search(rf"(?:(?:\b(?:{among})|(?:^|\n)\W*(?:{openers}))\s+(?:(?:{determiners})\s+){{1,2}}{bare}){size}"
                      rf"({word}(?:\s+(?:{word}|(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?|{aside}))*?)\s*,", text[sentence_start:start], re.I)
    if match is None:
        return None
    phrase = match.group(1).split()
    if phrase[0].lower() in lex.spacy_stop_words:
        return None  # "Among other things, ..."
    pointed = re.search(rf"\b(?:{alternation(words.demonstratives)})\s+{re.escape(match.group(1))}", match.group(), re.I)
    if pointed and verb_form(phrase[0], lex):
        return None  # "Of those leaving the country,": a pronoun and its participle, no noun
    head = _first_plural(phrase, lex)
    if head and (measure := _measure_after_set(text[sentence_start + match.start(1):start], head, lex)):
        return measure  # "Among Non-Caymanians the unemployment rate also dropped, from 2.1%": the rate, not the set
    if head and head.lower() in words.place_sets and text[sentence_start:start].rstrip().endswith("("):
        return None  # "Among the regions, ... ahead of Northern America (59 million)": a place's figure, not a region
    if head and head.lower().split()[-1] in words.place_sets and names_place(text[sentence_start + match.end():start], lex):
        # "Among countries of asylum, the largest falls were in the United Kingdom (down 34 per cent)": a figure
        # given for a place named after the set is that place's, and the set of places is not what it counts
        return None
    return head


def _named_figure_between(between: str, lex: Lexicon) -> bool:
    """Whether the words between a topic and a figure hold a figure that writes its own plural noun ("con 11.500
    salidas", "abandonaron el país 206.492 personas"), a year or a time span not being one."""
    scales = alternation(lex.words.scales) or "(?!)"
    of = alternation(lex.words.of_words) or "(?!)"
    for found in re.finditer(rf"(?<![\w.,])\d[\d.,\u00a0\u202f]*\s+(?:(?:{scales})\s+(?:(?:{of})\s+)?)?([^\W\d_]+)",
                             between, re.I):
        noun = found.group(1).lower()
        if is_plural(noun, lex) and not is_time_word(noun, lex) and noun not in lex.spacy_stop_words \
                and noun not in lex.currencies:
            return True
    return False


def _measure_after_set(rest: str, head: str, lex: Lexicon) -> str | None:
    """The measure the clause after a set's head has as its own subject: "among non-Irish persons
    emigration nearly halved, going from 20,200 to 11,000", "Among Non-Caymanians the unemployment rate also
    dropped", "Among foreigners, asylum seekers included, net migration came to 44 000": the figure is the
    measure's (a rate, a figure, a flow), as it would be with no set named; "the rate of women" is no such subject."""
    words = lex.words
    measures = (*words.rate_nouns, *words.figure_words, *words.flow_nouns)
    at = re.search(rf"\b{re.escape(head)}\b", rest, re.I)
    if not measures or at is None:
        return None
    determiners = alternation([*words.determiners, "its", "their"])
    found = re.search(rf"(?:^|[\s,])(?:(?:{determiners})\s+)?(?:[^\W\d_][\w-]*\s+){{0,2}}?({alternation(measures)})\s+"
                      rf"(?!(?:{alternation(words.of_words)})\b)[^\W\d_]", rest[at.end():], re.I)
    return found.group(1) if found else None


def names_place(text: str, lex: Lexicon) -> bool:
    """Whether a stretch of text names a place: a run of capitalised words ("the United Kingdom",
    "second-ranked UAE", "in Sweden - down") or one of them that is a place."""
    for run in re.finditer(r"\b[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*)*", text):
        names = run.group().split()
        if is_place(run.group(), lex) or any(is_place(name, lex) for name in names if name[:1].isupper()):
            return True
    return False


def _set_head(before: str, among: str, openers: str, determiners: str, lex: Lexicon) -> str | None:
    """The head of the set an opening phrase names, where heads come first: "Parmi les nouveaux
    arrivants de 2021," -> arrivants; "Sur les 56 216 migrants disparus depuis 2014," -> migrants;
    "Sur un échantillon de 11.780 migrants actuels," -> migrants (the set is what the sample counts)."""
    # "Parmi les nouveaux arrivants de 2021,"; "parmi 2 675 victimes suivies : - 76% ...": the set's size, then a colon
    # (a decimal comma is inside the set's size: "Sur les plus de 8,9 millions d'habitants recensés,")
    match = re.search(rf"(?:\b(?:{among})|^\W*(?:{openers}))\s+(?:(?:(?:{determiners})\s+){{1,2}}((?:[^,;:]|,(?=\d))+?)\s*,(?!\d)"
                      rf"|(\d[^,;:]+?)\s*:)", before, re.I)
    if match is None and lex.words.article_set_openers:
        # "Des 164 millions de travailleurs migrants que compte la planète,": an opener that holds its article,
        # before the set's size
        match = re.search(rf"(?:^|,)\W*(?:{alternation(lex.words.article_set_openers)})\s+(\d[^,;:]*?)\s*,", before, re.I)
    if match is None:
        return None
    opener = match.group().lstrip(" \n\t(•-–").lower()
    if any(opener.startswith(t + " ") for t in lex.words.topic_openers) and _named_figure_between(before[match.end():], lex):
        # "En cuanto a los emigrantes, ... la española (con 11.500 salidas), la marroquí (8.400)": after a topic, a
        # figure that names nothing has the noun of the figure before it in its sentence (read later), not the topic
        return None
    phrase = next(g for g in match.groups() if g is not None)
    of = "|".join(re.escape(w) for w in lex.words.of_words if w.isalpha())
    scales = "|".join(re.escape(w) for w in lex.words.scales) or "(?!)"
    # "109 mil 553 eventos": a size written with its scale word between its digit groups
    counted = re.search(r"\d[\d\s.,\u00a0\u202f'’]*(?:(?:{0})\s+\d[\d\s.,\u00a0\u202f'’]*)?\s+(?:(?:{0})\s+(?:(?:{1})\s+|d['’])?)?"
                        r"([^\W\d_][\w-]*)".format(scales, of or "(?!)"), phrase, re.I)
    if counted:
        return counted.group(1)
    names = re.findall(r"[^\W\d_][\w-]*", phrase)
    if len(names) == 1 and names[0].lower() in lex.words.period_frame_words:
        return None  # "Parmi ces derniers,": the figure before names the set
    if len(names) > 1 and (names[0].lower() in lex.words.spelled_numbers or names[0].lower() in lex.words.period_frame_words) \
            and any(w.lower() in lex.words.period_frame_words for w in names) and is_time_word(names[-1].lower(), lex):
        return None  # "Sur les cinq dernières années,": a span of time that frames the figure, no set
    lead = 1 if len(names) > 1 and names[0].lower() in lex.words.spelled_numbers else 0
    if names and is_time_word(names[lead].lower(), lex):
        return None  # "Sur les six mois écoulés,", "Sur le semestre,": a time the figure falls in, no set
    names = [w for w in names if w.lower() not in lex.words.prenominal_modifiers]
    sized = len(names) > 1 and names[0].lower() in lex.words.spelled_numbers
    if sized:
        names = names[1:]  # "Parmi les dix nationalités les plus représentées,": the set's size in words, then its noun
    if names and names[0].lower() in lex.words.nationality_words and not sized:
        return None  # "En cuanto a la nacionalidad, van en cabeza los ecuatorianos, con 475.698": a breakdown, no set
    if names and names[0].lower() in lex.words.figure_words:
        return None  # "De ese total, el 84%": the figure before names the set
    if names and names[0].lower() in lex.words.place_modifiers and is_place(" ".join(names), lex):
        return None  # "En cuanto a la vecina Costa Rica, el monto": a place, no set
    if names and not is_plural(names[0].lower(), lex) and names[0].lower() in lex.words.place_words:
        return None  # "Sur le continent européen, leur part s'est accrue": a place, no set
    if names and match.group(0).lstrip(" \n\t(•-–").split()[0].lower() in lex.words.plural_set_openers \
            and not is_plural(names[0].lower(), lex):
        return None  # "De la población extranjera, los venezolanos ...": the set is no plural noun, so no set
    return names[0] if names else None


def counted_measured(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """X in "une croissance annuelle de la population de 0,5 %", "la tasa de desempleo de 5 %": the
    thing a measure word names right before the figure."""
    words = lex.words
    alternation = "|".join(re.escape(w) for w in sorted(words.generic_heads, key=len, reverse=True))
    of = "|".join(re.escape(w) for w in words.of_words)
    determiners = "|".join(re.escape(w) for w in words.determiners)
    match = re.search(rf"\b(?:{alternation})(?:\s+[^\W\d_]+)?\s+(?:{of})\s*(?:(?:{determiners})\s+)?"
                      rf"([^\W\d_]+)\s+(?:{of})\s*$", text[sentence_start:start], re.I)
    return match.group(1) if match and words.head_first else None


def counted_of_places(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """What a figure bracketed after a place counts when the sentence lists places of a group:
    "Les pays de naissance les plus fréquents des immigrés sont l'Algérie (12,5 %)" -> immigrés."""
    before = text[sentence_start:start]
    if not lex.words.head_first or not re.search(r"\(\s*[+\-−]?\s*$", before):
        return None
    places = "|".join(re.escape(w) for w in lex.words.place_words)
    of = "|".join(re.escape(w) for w in lex.words.of_words)
    lead = re.search(rf"\b(?:{places})\b([^(),;:]*)", before, re.I)
    if lead is None or re.search(r"\d", re.sub(r"\([^()]*\)", "", before[lead.end():])):
        return None  # "... avec plus de 17 500 premières demandes, devant l'Irak (8 600)": the count names them
    of = "|".join(re.escape(w) + ("\\s*" if w.endswith(("'", "’")) else "\\s+")
                  for w in sorted(lex.words.of_words, key=len, reverse=True))
    for noun in re.findall(rf"(?:^|\s)(?:{of})([^\W\d_][\w-]*)", lead.group(1), re.I):
        if is_plural(noun.lower(), lex) and noun.lower() not in lex.spacy_stop_words:
            return noun
    return None


def counted_destination_holders(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """Where heads come last, what a figure bracketed after a place counts when its sentence names the places as
    destinations of a set ("The destinations most often picked by emigrants from Latvia were ... Russia (1.6
    thousand)", "the other destination countries for migrant workers in 2010: United Arab Emirates (201,214)"): the
    set (`emigrants`, `workers`); a sentence that names only destinations names no set."""
    before = text[sentence_start:start]
    if lex.words.head_first or not lex.words.destination_words or not re.search(r"\(\s*$", before):
        return None
    lead = re.search(rf"\b(?:{alternation(lex.words.destination_words)})\b([^(),;:]*)", before, re.I)
    if lead is None or re.search(r"\d", re.sub(r"\([^()]*\)|\b(?:19|20)\d\d\b", "", before[lead.end():])):
        return None  # "... 1,234 departures to Italy (45%)": a figure before names the set
    run = re.search(r"\b(?:by|for|of)\s+((?:[^\W\d_][\w-]*\s+){0,3}?[^\W\d_][\w-]*)(?=\s+(?:from|in|to|at|abroad|were|was|are|is)\b|\s*$)",
                    lead.group(1), re.I)
    if run is None:
        return None
    noun = run.group(1).split()[-1]
    lower = noun.lower()
    if not is_plural(lower, lex) or lower in lex.spacy_stop_words or lower in lex.words.destination_words \
            or is_place(noun, lex):
        return None
    return noun


def counted_rate_subject(doc: Doc, index: int, start: int) -> str | None:
    """The rate a share is, where a rate's noun heads the clause's subject ("The present protection rate is very
    high as well for refugees from Somalia (90.8 per cent)", "The rate is also well down on the rates recorded in
    Fall 2017 (4.9%)", "the growth rate of Jamaica's remittance inflows of 19.3 per cent beat") or moves as the
    object of "saw" ("saw their recognition rate fall to a mere 11.7 per cent"): the rate, not what it is of."""
    lex = lex_of(doc)
    words = lex.words
    if not words.rate_nouns or words.head_first:
        return None
    found = _clause(doc, index, start, lex)
    if not found:
        return None
    tokens = found[0]
    rates = {*words.rate_nouns, *(f"{w}s" for w in words.rate_nouns)}
    for k, token in enumerate(tokens[:12]):
        if token.lower_ in rates:
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            opening = all(t.is_alpha and (t.lower_ in words.determiners or t.lower_ not in lex.spacy_stop_words)
                          and not verb_form(t.text, lex) for t in tokens[:k])
            # "saw their recognition rate fall to": the rate that moves, after a possessive
            moved = following is not None and following.lower_ in change_verbs(lex.lang) and k >= 1 \
                and any(t.lower_ in words.possessive_determiners for t in tokens[max(0, k - 3):k])
            if following is not None and following.lower_ in words.subject_prepositions \
                    and following.lower_ not in words.of_words:
                return None  # "The unemployment rate for foreign-born workers was 5.6 per cent": left to the workers
            return token.text if opening or moved else None
        if not token.is_alpha:
            return None
    return None


def counted_share_noun(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """X in "avec une part de 86,4 %", "un taux moyen de 12 %": a share that only a share's noun
    names, just before it."""
    nouns = "|".join(re.escape(w) for w in sorted(lex.words.share_nouns, key=len, reverse=True))
    if not nouns:
        return None
    of = "|".join(re.escape(w) for w in lex.words.of_words)
    # not an adverb's noun: "ont progressé en moyenne de 18,8 %" is a change of what progressed
    match = re.search(rf"(?<!\ben\s)\b({nouns})(?:\s+[^\W\d_]+)?\s+(?:{of})\s*$", text[sentence_start:start], re.I)
    return match.group(1) if match else None


def counted_distributed(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """The whole a share is part of, where a clause shares it out ("la population du royaume se
    répartissait ainsi : 67,9 % de Belges ...") or names it just before ("la Belgique comptait
    dans sa population 12,4 % de non-Belges"): its head, not the part after "de"."""
    before = text[sentence_start:start]
    words = lex.words
    possessive = re.search(r"\b(?:{})\s+([^\W\d_]+)\s*$".format(
        "|".join(map(re.escape, words.whole_markers)) or "(?!)"), before, re.I)
    if possessive:
        return possessive.group(1)
    verb = re.search(r"([^,;:]*?)\s+(?:{})\b[^.;]*:[^;]*$".format(
        "|".join(map(re.escape, words.distribution_verbs)) or "(?!)"), before, re.I)
    if verb is None:
        return None
    subject = [w for w in re.findall(r"[^\W\d_][\w'’-]*", verb.group(1))
               if w.lower() not in words.determiners and w.lower() not in words.of_words]
    if not subject:
        return None
    return subject[0] if words.head_first else subject[-1]



def counted_rate_of_change(doc: Doc, index: int, start: int) -> str | None:
    """What a rate restating a change in a count grows: "la population a augmenté de 9.418
    personnes, soit une hausse de 0,3 %" is a growth of the population, not of the persons; the
    subject of the count's change, where it names one."""
    lex = lex_of(doc)
    words = lex.words
    nouns = {*words.change_nouns.increase, *words.change_nouns.decrease}
    if not nouns or not words.restatement_words:
        return None
    i, named = index - 1, False
    while i >= 0 and doc[i].idx >= start and index - i <= 6 and (
            doc[i].is_space or doc[i].text in (",", "(") or doc[i].lower_.replace("’", "'") in words.of_words
            or doc[i].lower_ in words.determiners or doc[i].lower_ in words.restatement_words or doc[i].lower_ in nouns):
        named = named or doc[i].lower_ in nouns
        i -= 1
    if not named or i < 1 or not doc[i].is_alpha or not is_plural(doc[i].lower_, lex):
        return None
    number = i - 1  # "9.418 personnes", "113.549 habitants"
    if doc[number].norm_ not in NUMBER_TAGS or doc[number].idx < start:
        return None
    if not any(doc[k].lower_ in words.restatement_words for k in range(i + 1, index)):
        return None  # "a augmenté de 9.418 personnes en hausse de 3 %": no restatement
    if phrase_before(doc, number, lex.phrases("changes")) is None:
        return None  # "9.418 personnes sont arrivées, soit une hausse de 3 %": a level, not a change
    return counted_before(doc, number, start)


def counted_change_level(doc: Doc, index: int, start: int) -> str | None:
    """What reached the level a change ends at: "les titres ont bondi de 19,6 %, à 88.100", "ont
    progressé de 9,2 % pour s'établir à 971,4 milliards": the subject of the change."""
    lex = lex_of(doc)
    leads = {phrase: phrase for phrase in lex.words.change_levels}
    found = phrase_before(doc, index, leads) if leads else None
    if found is None:
        return None
    i = found.token - 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    heads = lex.words.head_count_nouns
    if lex.words.head_first and i > 2 and doc[i].text == ")":
        # "l'immigration a gagné 16 090 personnes (+ 14,1 %) et atteint 130 483": past the bracketed rate, a change
        # counted in persons reaches a level of the sentence's subject
        opening = next((k for k in range(i - 1, max(0, i - 8), -1) if doc[k].text == "("), None)
        if opening is not None and opening > 1 and doc[opening - 1].lower_ in heads:
            i = opening - 1
    if i >= 1 and doc[i].idx >= start and doc[i].lower_ in heads and lex.words.head_first \
            and doc[i - 1].norm_ in NUMBER_TAGS and phrase_before(doc, i - 1, lex.phrases("changes")) is not None:
        subject = counted_subject(doc, start, i - 1)
        return subject if subject and subject.split()[-1].lower() not in heads else None
    if i < 1 or doc[i].idx < start or doc[i].norm_ not in ("<PCT>", *NUMBER_TAGS):
        return None
    number = i - 1 if doc[i].norm_ == "<PCT>" else i  # "de 19,6 %"
    while number > 0 and doc[number - 1].is_space:
        number -= 1
    if doc[number].norm_ not in NUMBER_TAGS or phrase_before(doc, number, lex.phrases("changes")) is None:
        return None
    return counted_before(doc, number, start)


def counted_subject_level(doc: Doc, index: int, start: int) -> str | None:
    """(subject_level_leads) What a bare level reached after a change counts: the clause's subject, even where the
    change between names its own unit or a time frame stands between ("La población extranjera cayó en 21.287
    personas (un 0,5%) en el primer semestre, hasta quedar en 4.396.871", "la población ... creció en un 8%, según
    Acnur, hasta alcanzar 4,6 millones"): the persons counted the change, the level is of the population."""
    lex = lex_of(doc)
    leads = {phrase: phrase for phrase in lex.words.subject_level_leads}
    if not leads or phrase_before(doc, index, leads) is None:
        return None
    return counted_subject(doc, start, index)


def _changed_count(doc: Doc, number: int, start: int, lex: Lexicon) -> bool:
    """Whether a count is a change: a change phrase right before it ("cayó en 21.287"), or a movement verb before it in
    the same stretch of its clause ("creció durante el último año en 507.548")."""
    if phrase_before(doc, number, lex.phrases("changes")) is not None:
        return True
    for k in range(number - 1, max(-1, number - 9), -1):
        if doc[k].idx < start or doc[k].is_punct or doc[k].norm_ in NUMBER_TAGS:
            return False
        if doc[k].lower_ in lex.words.movement_words:
            return True
    return False


def counted_share_of_change_count(doc: Doc, index: int, start: int) -> str | None:
    """(change_count_share_leads) What a share restating a change counted in persons counts, right after that count:
    "La población extranjera cayó en 21.287 personas (un 0,5%)", "creció durante el último año en 507.548 habitantes,
    un 1,06%": the persons the change is counted in, not the subject that changed."""
    lex = lex_of(doc)
    words = lex.words
    leads = {phrase: phrase for phrase in words.change_count_share_leads}
    found = phrase_before(doc, index, leads) if leads else None
    if found is None:
        return None
    noun = found.token - 1
    while noun > 0 and doc[noun].is_space:
        noun -= 1
    if noun < 1 or doc[noun].lower_ not in words.head_count_nouns:
        return None
    number = noun - 1
    if doc[number].idx < start or doc[number].norm_ not in NUMBER_TAGS or not _changed_count(doc, number, start, lex):
        return None
    return doc[noun].text


@cache
def _weight_pattern(lang: str) -> re.Pattern | None:
    """(weight_nouns, weight_links) A share's weight within a whole, with the whole's first noun as group 1 (built once
    per language): "el peso de los migrantes en la fuerza", "su cuota dentro de la población"."""
    words = lexicon(lang).words
    if not words.weight_nouns or not words.weight_links:
        return None
    determiners = alternation(words.determiners)
    # a link that ends in an article joined to its preposition ("dentro del") takes no determiner after it
    contracted = [link for link in words.weight_links if link.split()[-1] in ("del", "al")]
    plain = [link for link in words.weight_links if link not in contracted]
    whole = rf"(?:(?:{alternation(plain)})\s+(?:{determiners})" + (rf"|{alternation(contracted)})" if contracted else ")")
    return re.compile(rf"\b(?:{determiners})\s+(?:{alternation(words.weight_nouns)})\b"
                      rf"(?:\s+(?:{alternation(words.of_words)})\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?)?"
                      rf"\s+{whole}\s+([^\W\d_]+)", re.I)


def counted_weight_whole(text: str, start: int, sentence_start: int, lex: Lexicon) -> str | None:
    """What a share counts when its clause names it as a weight within a whole: "el peso de los migrantes en la fuerza
    laboral subió del 22,5% al 23,3%", "su cuota dentro de la población extranjera no superaba el 40%", "su peso
    frente a la población de cada región es mayor en el norte: equivalen a un 13,7% ..., a un 11% en Antofagasta":
    the whole (fuerza, población), not the group whose weight it is. Only figures of the same list of shares may stand
    between; a place is no whole ("el peso de los extranjeros en el país")."""
    pattern = _weight_pattern(lex.lang)
    if pattern is None:
        return None
    before = text[sentence_start:start]
    matches = list(pattern.finditer(before))
    if not matches:
        return None
    match = matches[-1]
    between = before[match.end():]
    if re.search(r"[;.!?]", between) or is_place(match.group(1), lex):
        return None
    percent = alternation(lex.percent_words)
    for figure in re.finditer(r"\d+(?:[.,]\d+)*", between):
        if not re.match(rf"\s*(?:%|{percent})", between[figure.end():], re.I) \
                and not re.fullmatch(r"(?:19|20)\d\d", figure.group()):
            return None  # a count between: the share is not of the weight's list
    return match.group(1)


def counted_at_level(doc: Doc, index: int, start: int) -> str | None:
    """What stands at a level named before its figure: "La demande d'asile ... s'établit au niveau
    record de 142 500", "dépasserait le niveau de 2021 (273 360)": the subject that opens the sentence."""
    lex = lex_of(doc)
    words = lex.words
    phrases = {phrase: phrase for phrase in words.level_phrases}
    tokens = [t for t in doc[max(0, index - 6):index] if not t.is_space]
    # "dépasserait le niveau de 2021 (273 360)", "semblable à celui de 2019 (11,9 %)": the level of a year
    dated = len(tokens) >= 4 and tokens[-1].text == "(" and re.fullmatch(r"(?:19|20)\d\d", tokens[-2].text) \
        and tokens[-3].lower_ in words.of_words and tokens[-4].lower_ in words.level_nouns
    if not dated and (not phrases or phrase_before(doc, index, phrases, limit=5) is None):
        return None
    first = index
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1  # the sentence's first token
    # "Sri Lankan migrant workers ... have passed the 300,000 mark, with the count at 300,162": a level named after
    # a comma is of the noun the sentence opened with
    return counted_subject(doc, start, index) or first_plural_noun(doc, first, index, lex)


def _bare_opening_end(doc: Doc, start: int, index: int, lex: Lexicon) -> int:
    """(bare_opening_prepositions) The end of a phrase that opens a sentence on a preposition with no article after
    it, up to its comma ("Por comunas,", "Por ciudades de destino,", "En términos porcentuales,"): it names how the
    figures are broken down or read, not what they count. ``start`` when there is none."""
    words = lex.words
    if not words.bare_opening_prepositions or start + 1 >= index or doc[start].lower_ not in words.bare_opening_prepositions \
            or doc[start + 1].lower_ in words.determiners or not doc[start + 1].is_alpha:
        return start
    for token in doc[start + 1:min(index, start + 6)]:
        if token.text == ",":
            return token.i
        if not token.is_alpha:
            break
    return start


@cache
def _time_frames_of(lang: str) -> frozenset[str]:
    """The first two words of the phrases that frame a time at the end or the middle of a year ("finales de", "mediados
    de", "fines del"), to tell their plural noun from a set's."""
    dates = lexicon(lang).words.dates
    return frozenset(" ".join(p.lower().split()[:2]) for p in (*dates.end_of, *dates.mid_year) if len(p.split()) >= 2)


def first_plural_noun(doc: Doc, start: int, index: int, lex: Lexicon, *, figure: bool = True,
                      skip: frozenset[str] = frozenset()) -> str | None:
    """The first plural noun among tokens ``start`` to ``index``: no place, month, span of time, unit,
    figure word or acronym, no verb after a pronoun ("This corresponds to a 17% increase"), and no subject
    of a verb of recording, speech or belief. ``index`` is a figure's token unless ``figure`` is false;
    words in ``skip`` are passed over ("The leading countries of origin among the recipients:")."""
    words = lex.words
    label = previous_token(doc, index)
    if figure and label is not None and label.i >= start and (is_place(label.text, lex) or _set_noun(label, lex)
                                                              and is_plural(label.lower_, lex)):
        return None  # "Workers over 30", "South Korea 64,000": a figure right after a noun labels it
    changes = lex.phrases("change_nouns")
    opening = _bare_opening_end(doc, start, index, lex)
    for token in doc[start:index]:
        lower = token.lower_
        if token.i < opening:
            continue  # "Por comunas, Santiago lidera con el 16%": the breakdown's categories are no set
        if not (_set_noun(token, lex) and is_plural(lower, lex)) or token.is_upper or _time_unit(token, lex) or lower in skip \
                or lower in words.figure_words or lower in words.units or lower in changes or lower[:-1] in changes \
                or lex.lang == "en" and lower in words.not_heads:  # "The BCRD further notes remittances": a verb in -s, no set
            continue  # "recorded large increases": a change is no set
        if any(t.text == ":" for t in doc[token.i:index]):
            return None  # "Main corridors: South Korea 64,000": the items of a list are named by their labels
        framing = next_token(doc, token.i + 1)
        if framing is not None and f"{lower} {framing.lower_}" in _time_frames_of(lex.lang):
            continue  # "A finales de 2019 sumaban ya 133.020": the time of the figure, not a set
        before = previous_token(doc, token.i)
        if before is not None and before.i >= start and before.lower_ in (
                *words.subject_pronouns, *words.demonstratives, *words.relative_words):
            continue
        if words.noun_not_heads:
            k = token.i - 1
            while k >= start and (doc[k].lower_ in words.determiners or doc[k].lower_ in words.of_words):
                k -= 1
            if k >= start and k < token.i - 1 and (doc[k].lower_ in words.noun_not_heads or k > start
                                                   and doc[k - 1].lower_ in words.noun_not_heads
                                                   and doc[k].is_alpha and not is_plural(doc[k].lower_, lex)):
                return None  # "La actividad (laboral) de los centros bajó un 15 %": the activity fell, it counts nothing
        if lower in words.source_verbs and before is not None and before.i >= start and (
                before.text == ")" or before.is_upper and len(before.text) > 1 or before.lower_ in words.source_nouns):
            continue  # "Statistics Iceland (SI) reports", "the IMF forecasts", "As the report points out": a source speaks
        after = next_token(doc, token.i + 1)
        if after is not None and not token.whitespace_ and after.text in ("'", "’", "'s", "’s"):
            continue  # "Workers' remittance inflows": a possessor is no set
        if after is not None and not after.lower_ in words.agent_verbs and words.verb_endings:
            # "Las federaciones y otras empresas pagadoras liquidaron el 56.4 %": a subject joined to another noun
            # phrase, or with an adjective, has its verb after them
            joined = takewhile(lambda t: t.is_alpha, doc[after.i:min(index, after.i + 6)])
            verb = next((t for t in joined if verb_form(t.text, lex) or t.lower_ in words.agent_verbs), None)
            if verb is not None and not any(t.lower_ in changes or t.lower_[:-1] in changes for t in doc[verb.i:index]):
                after = verb  # but "las remesas también anotaron un crecimiento de un 10%" names the subject's own change
        if after is not None and after.lower_ in (*words.agent_verbs, *words.speech_verbs, *words.opinion_verbs) and not (
                (by := next_token(doc, after.i + 1)) is not None and by.lower_ in words.agent_words):
            continue  # "Most countries recorded large increases, between 21 and 35%", "Ministers said 45 were detained",
            # "Experts believe 45% of them left": who records, speaks or believes is not counted
        if figure and lower in words.place_sets and any(t.lower_ in words.among_words for t in doc[start:token.i]) \
                and names_place(doc[token.i + 1:index].text, lex):
            return None  # "Among the other main destinations were Antalya (9.5%)": the place's figure, not the set's
        return token.text
    return None


def counted_number_changed(text: str, end: int, sentence_end: int, lex: Lexicon) -> str | None:
    """X in "with a rise of 18 per cent, from 5,732 in 2020 to 6,785 in 2021 in the number of migrants it
    helped": a number said to change after its figures, in the same clause (no other clause or verb between
    but the figures, their years and "to" or "from")."""
    words = lex.words
    match = _number_changed(lex.lang).match(text, end, sentence_end)
    if match is None:
        return None
    names = match.group(1).split()
    if words.head_first:
        return names[0]
    plural = next((k for k, w in enumerate(names) if is_plural(w.lower(), lex)), None)
    if plural is None or is_time_word(names[plural].lower(), lex):
        return None  # "in the number of days spent at sea": a span of time is no set
    return " ".join(names[:plural + 1])


@cache
def _number_changed(lang: str) -> re.Pattern:
    """The figures, years and joiners up to "in the number of X" (built once per language)."""
    words = lexicon(lang).words
    phrases = alternation(words.number_changed_phrases)
    # figures, their years and joiners only, read atomically: the scan cannot backtrack into a figure
    figure = r"[+-]?\d(?:[\d.,\u00a0\u202f]|\s(?=\d{3}\b))*%?"
    joiners = alternation([*words.dates.period_from, *words.dates.period_to, *words.dates.in_, *words.year_leads,
                           *words.percent_words])
    return re.compile(rf"(?:[\s,]*+(?!(?:{phrases})\b)(?>{figure}|(?:{joiners})\b))*+[\s,]*+(?:{phrases})\s+"
                      rf"((?:[^\W\d_][\w-]*\s+){{0,2}}[^\W\d_][\w-]*)", re.I)


def counted_changed_in(text: str, end: int, sentence_end: int, lex: Lexicon) -> str | None:
    """X in "un alza de 11% en el total de migrantes", "un incremento del 1,9 por ciento en la población
    inmigrante", "y de 9% en el de trabajadores migrantes": the set a change's figure is said to change in, named
    right after it; a measure word before it ("total de", "valor de") or an elided "el de" is transparent. A place,
    a span of time or a frame there ("en el primer trimestre", "en el mismo periodo", "en el caso de") is no set."""
    words = lex.words
    if not words.changed_in_leads:
        return None
    match = _changed_in(lex.lang).match(text, end, sentence_end)
    if match is None:
        return None
    noun = match.group(1)
    lower = noun.lower()
    if not noun.islower() or is_time_word(lower, lex) or lower in words.place_words or lower in words.place_sets \
            or lower in words.changed_in_frames or lower in lex.spacy_stop_words or lower in words.counted_stop \
            or lower in words.ordinal_words or lower in words.prenominal_modifiers or verb_form(lower, lex):
        return None
    return noun


@cache
def _changed_in(lang: str) -> re.Pattern:
    """The percent sign or words, then the lead, a measure word and its article, and the noun (built once)."""
    words = lexicon(lang).words
    articles = alternation(words.definite_articles)
    return re.compile(rf"\s*(?:%|{alternation(words.percent_words)})?\s+{alternation(words.changed_in_leads)}\s+"
                      rf"(?:{alternation(words.changed_in_measures)}\s+(?:{articles}\s+)?)?([^\W\d_][\w-]*)", re.I)


def counted_item_holder(doc: Doc, index: int, start: int) -> str | None:
    """X in "seguidos por los marroquíes, con 420.556", "suivis des Afghans, avec 8 000", "followed by
    Afghans, with 8,000": the plural noun whose figure a comma and "with" give, a determiner before it
    (or, without one, the people of a country). With no comma ("les siguen los haitianos con 33 mil 553",
    "después los migrantes irregulares de China con 8 mil 964"), only a plural of people or of an origin after
    a determiner that is no demonstrative, whose figure closes the item."""
    lex = lex_of(doc)
    words = lex.words
    i = index - 1
    if i < 2 or doc[i].lower_ not in words.item_links:
        return None
    comma = doc[i - 1].text == ","
    noun = doc[i - 2] if comma else doc[i - 1]
    origin = False
    if not comma and noun.is_title and i >= 5:
        # "después los migrantes irregulares de China con 8 mil 964": the noun before its adjectives and origin
        k = noun.i - 1
        while k > noun.i - 3 and doc[k].is_title and doc[k].is_alpha:
            k -= 1
        if doc[k].lower_ in words.of_words and doc[k].idx >= start:
            k -= 1
            for _ in range(2):  # past an adjective or two to the word its determiner opens
                if k < 1 or doc[k - 1].lower_ in words.determiners or not doc[k - 1].is_alpha:
                    break
                k -= 1
            noun, origin = doc[k], True
    if noun.i < 1 or noun.idx < start or not noun.is_alpha or noun.lower_ in lex.spacy_stop_words \
            or not is_plural(noun.lower_, lex) or is_place(noun.text, lex) or noun.lower_ in words.place_sets:
        return None
    before = doc[noun.i - 1]
    if not comma:
        # "les siguen los haitianos con 33 mil 553": with no comma, a determined plural of people and a figure that
        # closes the item (a noun after the figure is its own)
        k = index + 1
        while k < len(doc) and (doc[k].norm_ in _QUANTITY_TAGS or doc[k].like_num or doc[k].lower_ in words.scales):
            k += 1
        after = doc[k] if k < len(doc) else None
        if before.lower_ not in words.determiners or before.lower_ in words.demonstratives \
                or not (origin or is_people(noun.text)) \
                or after is not None and after.is_alpha and after.lower_ not in words.conjunctions:
            return None
        return noun.text
    if before.lower_.replace("’", "'") not in (*words.determiners, *words.of_words) and not is_people(noun.text):
        return None
    return noun.text


def counted_with_clause(doc: Doc, index: int, start: int) -> str | None:
    """X in "..., with girls showing a 38 per cent rise": in a clause of "with" and a participle, the noun
    before the participle is what the change it names is of."""
    lex = lex_of(doc)
    words = lex.words
    if not words.absolute_verbs:
        return None
    tokens = [t for t in doc[max(0, index - 8):index] if not t.is_space and t.idx >= start]
    while tokens and (tokens[-1].lower_ in words.change_modifiers or tokens[-1].lower_ in lex.spacy_stop_words):
        tokens.pop()  # "a", "an annual"
    if len(tokens) < 3 or tokens[-1].lower_ not in words.absolute_verbs:
        return None
    noun = tokens[-2]
    # the clause opens at the nearest function word before the noun and its modifiers: "with"
    opener = next((t for t in reversed(tokens[:-2]) if not (t.is_alpha and t.lower_ not in lex.spacy_stop_words)), None)
    if not (_set_noun(noun, lex) and is_plural(noun.lower_, lex)) or opener is None \
            or opener.lower_ not in words.absolute_openers:
        return None
    return noun.text
