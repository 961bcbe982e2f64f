"""nlp: the spaCy pipeline of each language, ``spacy.blank(lang)`` plus rule components.

    tokenizer            + prefixes that split numbers glued to words ("60cases", but not
                         an ordinal: "2nd", "1er"), signs ("+19.6") and elided articles
                         ("l'objectif"); a suffix that splits glued scales ("£2m")
    gcm_quantity_tokens  merges multi-token vocabulary ("per cent", "mil millones", "1 234"
                         with a no-break or thin space, spelled compounds such as "twenty-five")
                         and tags vocabulary in ``token.norm_`` (<NUM>, <RANGE>, <WNUM>,
                         <SCALE>, <CUR>, <PCT>, <UNIT>, <FRAC>, <MULT>, <ONE>, <OBJ>, <GCM>), so that
                         the patterns can name the vocabulary without repeating it
    gcm_sentences        sentence starts after . ! ? (not after abbreviations) and at blank lines
    quantities           SpanRuler, rules/<lang>/quantity_patterns.jsonl -> doc.spans["quantities"]
    objective_refs       SpanRuler, rules/<lang>/objective_patterns.jsonl -> doc.spans["objective_refs"]
    gcm_objective_evidence  the GCM's words for each objective (read/evidence.py)
                         -> doc.spans["objective_evidence"]

The two gcm_ components are spaCy factories whose settings are config and whose word tables
travel with ``nlp.to_bytes()`` / ``to_disk()``: a saved pipeline loads back (``spacy.load``,
once this module is imported) and reads text exactly as the one built here. Nothing is
downloaded: the pipeline is code and the rule files in ``rules/``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy
import spacy
import srsly
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from ..rules import COMMON, LANGUAGES, lexicon, lexicons, read_jsonl
from . import evidence  # noqa: F401  (registers the gcm_objective_evidence factory)
from .context import is_dated_year, text_of
from .numbers import alternation, spelled_value
from .table_rows import find_rows

NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
# A fraction written with a slash or as one character ("1/2", "10 1/2", "½"): a denominator of a
# fraction, and a numerator below it, so that "24/7" or a date "3/4/2020" is none.
FRACTION = re.compile(r"^(?:\d+[ \u00a0])?(?:[1-9]/(?:2|3|4|5|8|10|16|32)|1[1-5]/16|[1-9][13579]?/32)$|^\d*[½¼¾⅓⅔⅛]$")
GROUPED_NUMBER = re.compile(r"^\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?$")
# Swiss pages group thousands with an apostrophe: "1'751'301", "12’500".
APOSTROPHE_GROUPED = re.compile(r"^\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?$")
RANGE = re.compile(r"^\d+(?:[.,]\d+)*[-–—]\d+(?:[.,]\d+)*$")
# A scale glued after a number ("2m", "3.5bn", "5k"): split off, then tagged as a scale.
NOTE_BRACKET_INFIX = r"(?<=\w)\[(?=\d)"
# "fell 4%(1) in 2014", "arrivals(2)": a note's number in round brackets printed against a percent sign or a word
NOTE_PAREN_INFIX = r"(?<=\d)%(?=\(\d)|(?<=[%A-Za-z\u00C0-\u024F])\((?=\d{1,2}\)?$)"
# "registered in 2023(862,625)": a bracket printed against the year before it
YEAR_BRACKET_INFIX = r"(?<=(?:19|20)\d\d)\((?=\d{1,3}(?:,\d{3})+|\d{4,})"  # not "2017(1-4)", a note
# "(42,800),France", "(142).-Bernama": a figure's closing bracket and the mark after it, printed against the next word
GLUED_BRACKET_INFIXES = [r"(?<=\d)\)(?=[.,;:]-?[A-Z])", r"(?<=\d\))[.,;:](?=-?[A-Z])"]
GLUED_SCALE_SUFFIX = r"(?<=\d)(?i:{})$"  # "3.5bn", "Ksh 54B"
# the full stop after a glued scale at a sentence's end: "to Ksh 54B." (one look-behind per scale word)
GLUED_SCALE_STOP = r"(?:{})\.$"
# A currency symbol printed against a scale abbreviation: "3,2 Md€", "450 M€", "1,5 Mds$"; a full stop after one.
SCALE_CURRENCY_SUFFIX = r"(?:(?<=\d[Mk])|(?<=^M)|(?<=^k)|(?<=^Md)|(?<=^Mds)|(?<=^Mrd)|(?<=^Mrds))(?:€|\$)$|(?<=[€$])\.$"
PERCENT_SUFFIX = r"(?<=\d)(?:{})$"
# The sign of a change in a table ("+19.6", "-47.0").
SIGN_PREFIX = r"[+\-−](?=[$€£¥₹₱₦]?\d)"  # "-2.4%", "-€20.4 bn"
# "une croissance(+ 69,3 %)": a bracket and a plus sign printed against the word before its figure; a plus sign
# printed against a link word ("une hausse de+ 28,3 %") is split off by the vocabulary's glued_sign_links
# ("Canal+" keeps its sign)
GLUED_SIGN_SUFFIXES = [r"(?<=[a-zà-ÿ]\()\+$", r"(?<=[a-zà-ÿ])\($"]
# An elided article or preposition ("l'objectif", "d'asile"); "d'" also before a figure ("d'1,5 %").
# "~4,000", "≈5%": a mark of an approximate figure printed against it
APPROX_PREFIX = r"[~≈](?=[$€£¥₹₱₦]?\d)"
ELISION_PREFIX = r"(?:[lLdD][’'](?=[^\W\d_])|[dD][’'](?=\d))"
# "un total de1738151 visas": a preposition run into the figure after it (a conversion slip).
GLUED_OF_PREFIX = r"(?:{})(?=\d{{3}})"
# Spaces that group the digits of a number ("1 234", "65 000").
_NARROW_SPACES = ("\u00a0", "\u202f", "\u2009")
_SPELLED_JOINERS = frozenset(COMMON.words.spelled_number_joiners)  # "treinta y cinco", "vingt et un"

NUMBER_TAGS = ("<NUM>", "<RANGE>", "<WNUM>")


def glued_number_prefix(ordinal_suffixes) -> str:
    """A number glued to the word after it ("60cases", "5km"), but not an ordinal ("2nd", "1er")."""
    ordinals = "|".join(sorted((re.escape(s) for s in ordinal_suffixes), key=len, reverse=True))
    return rf"\d+(?:[.,]\d+)*(?=(?!(?:{ordinals})\b)[^\W\d_]{{2,}})"


def vocabulary_tags(lang: str) -> dict[str, str]:
    """Every vocabulary word or phrase of a language (lower case) -> its NORM tag."""
    lex = lexicon(lang)
    words = lex.words
    tags: dict[str, str] = {}
    for tag, listed in (
        ("<SCALE>", words.scales),
        ("<UNIT>", lex.units),
        ("<WNUM>", words.spelled_numbers),
        ("<PCT>", lex.percent_words),
        ("<CUR>", lex.currencies),
        ("<FRAC>", words.fractions),
        ("<MULT>", words.multiples),
        ("<ONE>", words.one_words),
        # Objectives are named in every language's words: a review may quote another's headings.
        ("<OBJ>", [w for other in lexicons() for w in other.gcm.objective_words]),
        ("<GCM>", [w for other in lexicons() for w in other.gcm.gcm_words]),
    ):
        for word in listed:
            tags[" ".join(word.lower().split())] = tag
    for scale in words.scale_currencies:
        tags[scale] = "<SCALE>"
    for word in words.currency_cues:
        tags[word] = "<CUR>"
    for word in words.currency_subunits:
        tags.setdefault(word, "<SUB>")
    return tags


@Language.factory(
    "gcm_quantity_tokens",
    assigns=["token.norm"],
    default_config={"plain_space_groups": "two"},
)
class QuantityTokens:
    """Merges and tags the number vocabulary of the pipeline's language.

    ``plain_space_groups``: where an ordinary space groups thousands ("412 300"). "two": one
    space between two groups, followed by a word (English, where tables print figures side by
    side); "many": up to three groups, at a line end too (Spanish and French write "65 000").
    """

    def __init__(self, nlp: Language, name: str, plain_space_groups: str):
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.plain_space_groups = plain_space_groups
        self.lang = nlp.lang
        self.decimal_comma = lexicon(nlp.lang).words.decimal_comma
        self.listed = frozenset((",", ";", *lexicon(nlp.lang).words.conjunctions))
        self.set_tags(vocabulary_tags(nlp.lang), lexicon(nlp.lang).words.glued_scales,
                      COMMON.currencies, lexicon(nlp.lang).words.spelled_numbers)

    def set_tags(self, tags: dict[str, str], glued_scales, iso_codes, spelled, glued=None) -> None:
        self.glued = dict(glued if glued is not None else lexicon(self.lang).words.glued_currencies)
        prefixes = "|".join(sorted(map(re.escape, self.glued), key=len, reverse=True)) or "(?!)"
        self.glued_search = re.compile(rf"(?<![\w])(?:{prefixes})\d", re.I)
        self.tags = dict(tags)
        self.glued_scales = dict(glued_scales)
        self.iso_codes = {k for k, v in iso_codes.items() if k == v.lower()}
        self.spelled = dict(spelled)
        self.single: dict[str, str] = {}
        self.matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for phrase, tag in self.tags.items():
            # The tokenizer splits by case ("U.S." is one token, "u.s." three): match every form
            # the phrase is written in.
            forms = {tuple(t.text for t in self.tokenizer(form)): form
                     for form in (phrase, phrase.upper(), phrase.title())}
            multi = [self.tokenizer(form) for words, form in forms.items() if len(words) > 1]
            if multi:
                self.matcher.add(phrase, multi)
            if any(len(words) == 1 for words in forms):
                self.single[phrase] = tag

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built once: splitting tokens changes no character of it
        _split_glued_cells(doc, text)
        _split_signed_currencies(doc, text)
        notes = _split_glued_notes(doc)
        currencies = self._split_glued_currencies(doc, text)
        compounds = list(self._spelled_compounds(doc))
        # "A$200" is Australian dollars, "a $200 transfer" is not: a one-letter mark is glued to its sign
        spans = [doc[s:e] for _, s, e in self.matcher(doc) if not (len(doc[s].text) == 1 and doc[s].is_alpha and doc[s].whitespace_ and doc[s + 1].text == "$")]
        spans += list(_within_cells(self._digit_groups(doc), text)) + compounds \
            + list(_spaced_cells(doc, text)) + list(self._broken_percent_words(doc))
        damaged = list(self._damaged_groups(doc)) + (list(_damaged_decimals(doc, self.listed)) + list(_damaged_dotted_groups(doc))
                                                     if self.decimal_comma else [])
        spans += list(self._mixed_fractions(doc)) + damaged
        spelled = {span.start_char for span in compounds}
        numbers = {span.start_char for span in damaged}
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                if len(span) > 1:
                    retokenizer.merge(span)
        for token in doc:
            tag = ("<WNUM>" if token.idx in spelled else "<NUM>" if token.idx in numbers
                   else "<CUR>" if token.idx in currencies else "<NOTE>" if token.idx in notes else self._tag(token))
            if tag:
                token.norm_ = tag
        return doc

    def _broken_percent_words(self, doc: Doc):
        """ "a 37.5 per" / "cent increase": a percent word of two words cut by a line break (hard-wrapped text)."""
        for token in doc[1:-2]:
            gap, second = token.nbor(1), token.nbor(2)
            if gap.is_space and gap.text.strip(" ") == "\n" and (token.nbor(-1).like_num or token.nbor(-1).lower_ in self.spelled) \
                    and self.tags.get(f"{token.lower_} {second.lower_}") == "<PCT>":
                yield doc[token.i:token.i + 3]

    def _split_glued_currencies(self, doc: Doc, text: str) -> set[int]:
        """ "P137", "Sh14.65", "USD115", "Rs.500": a currency printed against its number becomes two tokens,
        the first tagged <CUR>, where the letters name a currency here (by the text's cue words
        for a letter that could be anything: "P" is pesos only in Philippine text)."""
        splits = []
        for found in self.glued_search.finditer(text):  # a regex over the text, not a look at every token
            token = doc.char_span(found.start(), found.end(), alignment_mode="expand")[0]
            match = re.fullmatch(r"([^\W\d_]{1,4}[$.]?|[^\W\d_]/)(\d[\d.,]*)", token.text)  # "Rs.500"
            if not match or match.group(1).lower() not in self.glued:
                continue
            code = self.glued[match.group(1).lower()]
            if isinstance(code, dict) and not _cued(doc, code):
                continue
            splits.append((token, len(match.group(1))))
        if not splits:
            return set()
        starts = {token.idx for token, _ in splits}
        with doc.retokenize() as retokenizer:
            for token, cut in splits:
                retokenizer.split(token, [token.text[:cut], token.text[cut:]], heads=[(token, 0), (token, 0)])
        return starts  # where the currency tokens now begin
    def _digit_groups(self, doc: Doc):
        """'1 234 567' written with no-break or thin spaces, or plain ones where that is
        unambiguous: one number."""
        i = 0
        while i < len(doc) - 1:
            end = i
            if doc[i].text.isdigit() and len(doc[i].text) <= 3 and not _follows_number(doc, i):
                groups = 1
                while True:
                    narrow = end + 2 < len(doc) and doc[end + 1].text in _NARROW_SPACES and _group(doc[end + 2].text)
                    plain = (doc[end].whitespace_ == " " and end + 1 < len(doc) and _group(doc[end + 1].text)
                             and not doc[end + 1].text.count(",") + doc[end + 1].text.count("."))
                    if narrow:
                        end += 2
                    elif plain and self._plain_ok(doc, end + 1, groups + 1):
                        end += 1
                    else:
                        break
                    groups += 1
            if end > i:
                yield doc[i:end + 1]
            i = end + 1

    def _plain_ok(self, doc: Doc, last: int, groups: int) -> bool:
        after = doc[last + 1] if last + 1 < len(doc) else None
        if (self.plain_space_groups == "many" and groups < 3 and after is not None
                and doc[last].whitespace_ == " " and _group(after.text)):
            return self._plain_ok(doc, last + 1, groups + 1)  # "1 234 567": the next group is this number's
        if (self.plain_space_groups == "two" and groups == 2 and after is not None and doc[last].whitespace_ == " "
                and _group(after.text) and len(doc[last].text) == 3 and re.fullmatch(r"\d{3}", after.text)):
            return self._plain_ok(doc, last + 1, 3)  # "1 082 669 asylum applications": the third group is this number's
        ordinal = after is not None and re.fullmatch(
            r"\d+(?:{})".format("|".join(map(re.escape, lexicon(self.lang).words.ordinal_suffixes))), after.text, re.I)
        if after is not None and not ordinal and (after.text[:1].isdigit() or (
                after.is_space and after.nbor(1).text[:1].isdigit() if after.i + 1 < len(doc) else False)):
            return False  # more figures follow: cells of a table; an ordinal does not ("258 929 1ers titres")
        if self.plain_space_groups == "many":
            return groups <= 3
        # English prints tables with figures side by side: one space joins two groups, or three, only
        # before a word or a closing mark ("412 300 people", "Italy (15 200, or 8%)", "1 082 669 asylum
        # applications"), or an opening bracket ("to about 7 300 (+ 21 % from June)")
        # ... or a note's asterisk ("at about 114 720*.")
        return groups in (2, 3) and after is not None and (after.is_alpha or after.text in (",", ")", ";", ":", ".", "(", "*"))

    @staticmethod
    def _mixed_fractions(doc: Doc):
        """ "10 1/2 miles", "7 3/4 %": a whole number and a fraction, one number."""
        for token in doc[:-1]:
            following = token.nbor(1)
            if token.text.isdigit() and token.whitespace_ == " " and FRACTION.match(following.text) \
                    and "/" in following.text:
                yield doc[token.i:token.i + 2]

    @staticmethod
    def _damaged_groups(doc: Doc):
        """ "80, 000 spectators", "10, 685 trafficked victims": a thousands group cut off by a
        space after its comma (a conversion slip), where a word follows and no list goes on; or alone in
        brackets ("par rapport à 2022 (873, 700)")."""
        for token in doc[:-3]:
            comma, group, after = token.nbor(1), token.nbor(2), token.nbor(3)
            bracketed = after.text == ")" and token.i > 0 and token.nbor(-1).text == "("
            if token.text.isdigit() and len(token.text) <= 3 and not token.whitespace_ and comma.text == "," \
                    and comma.whitespace_ == " " and re.fullmatch(r"\d{3}", group.text) and (after.is_alpha or bracketed) \
                    and (token.i == 0 or not token.nbor(-1).text in (",", "and", "y", "et")) \
                    and (token.i == 0 or token.nbor(-1).norm_ not in ("<NUM>", "<OBJ>")) and after.lower_ not in ("and", "or"):
                yield doc[token.i:token.i + 3]

    def _spelled_compounds(self, doc: Doc):
        """'twenty-five', 'two hundred', 'treinta y cinco', 'quatre-vingt-dix': one spelled number."""
        i = 0
        while i < len(doc):
            if not self._spelled_word(doc[i].lower_):
                i += 1
                continue
            end = i
            while True:
                nxt = end + 1
                if nxt < len(doc) and doc[nxt].text in ("-", "‐") and nxt + 1 < len(doc) \
                        and doc[nxt + 1].lower_ in self.spelled and not doc[end].whitespace_:
                    end = nxt + 1
                elif nxt < len(doc) and self._spelled_word(doc[nxt].lower_) and doc[end].whitespace_:
                    end = nxt
                elif nxt + 1 < len(doc) and doc[nxt].lower_ in _SPELLED_JOINERS and doc[nxt + 1].lower_ in self.spelled \
                        and spelled_value([doc[end].lower_, doc[nxt + 1].lower_], self.spelled) is not None \
                        and self.spelled[doc[nxt + 1].lower_] < 10 <= self.spelled[doc[end].lower_] < 100:
                    end = nxt + 1  # "treinta y cinco", "vingt et un"
                else:
                    break
            words = [t.lower_ for t in doc[i:end + 1] if self._spelled_word(t.lower_)]
            if end > i and spelled_value(words, self.spelled) is not None:
                yield doc[i:end + 1]
            i = end + 1

    def _spelled_word(self, lower: str) -> bool:
        """A spelled number word, or a hyphenated compound of them kept as one token ("trente-cinq")."""
        return lower in self.spelled or "-" in lower and lower[:1].isalpha() \
            and spelled_value([lower], self.spelled) is not None

    def _tag(self, token) -> str | None:
        text = token.text
        if NUMBER.match(text) or GROUPED_NUMBER.match(text) or APOSTROPHE_GROUPED.match(text) or FRACTION.match(text):
            return "<NUM>"
        if RANGE.match(text):
            return "<RANGE>"
        lower = " ".join(text.lower().split())
        if lower in self.glued_scales and token.i and token.nbor(-1).like_num and not token.nbor(-1).whitespace_:
            if lower == "m" and not _money_before(token) and (text == "m" and not _count_after(token)):
                return "<UNIT>"  # "1.8m tall", "48m": metres; "£2m", "5m people", "1.8M dollars": millions
            if lower == "b" and not _money_before(token):
                return None  # "5b": a paragraph's letter; "$1.2b": billions
            return "<SCALE>"  # "£2m", "3.5bn", "5k": a scale glued to its number
        if lower in self.glued_scales and token.i and token.nbor(-1).like_num and _money_before(token):
            return "<SCALE>"  # "$ 548.1 m", "$ 1.2 b": a headline's scale set apart from its amount
        if lower in lexicon(self.lang).words.cut_scales and token.i and token.nbor(-1).like_num \
                and (token.i + 1 == len(token.doc) or "\n" in token.whitespace_ or "\n" in token.nbor(1).text):
            return "<SCALE>"  # "(3,31 mil" where the page was cut: a scale whose word the cut shortened
        if lower in self.glued_scales and token.i and token.nbor(-1).like_num and not token.whitespace_ \
                and token.i + 1 < len(token.doc) and token.nbor(1).text in ("€", "$"):
            return "<SCALE>"  # "450 M€", "12 k€": a scale printed against its currency
        tag = self.tags.get(lower)
        if tag is None and "-" in lower and self._spelled_word(lower):
            return "<WNUM>"  # "trente-cinq", "quatre-vingt-dix": one token the tokenizer kept whole
        # An ISO code that is also a word counts only in capitals ("MAD", not "mad"; "try", "pen").
        if tag == "<CUR>" and lower in self.iso_codes and not text.isupper() and lower in _WORD_CODES:
            return None
        return tag

    # Serialisation: the word tables travel with the pipeline.
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self._load(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tags.json", self._state())

    def from_disk(self, path, *, exclude=tuple()):
        self._load(srsly.read_json(Path(path) / "tags.json"))
        return self

    def _state(self) -> dict:
        return {"tags": dict(sorted(self.tags.items())), "glued_scales": self.glued_scales,
                "iso_codes": sorted(self.iso_codes), "spelled": dict(sorted(self.spelled.items())),
                "glued": dict(sorted(self.glued.items()))}

    def _load(self, state: dict) -> None:
        self.set_tags(state["tags"], state["glued_scales"], {c: c.upper() for c in state["iso_codes"]},
                      state["spelled"], state["glued"])


# ISO 4217 codes that are also words of English, Spanish or French.
_WORD_CODES = frozenset("mad try pen cop bob sar all cup top mop gel lak bam nad ron ars dop par".split())


def _damaged_decimals(doc: Doc, listed):
    """ "el 10, 2% del total", "con un 17, 51%": where a comma marks decimals, a share whose decimals a
    space cut off after the comma (a conversion slip), where no list goes on before it."""
    for token in doc[:-3]:
        if token.whitespace_ or not token.text.isdigit() or len(token.text) > 3:
            continue  # most tokens: no look at their neighbours
        comma, decimals, sign = token.nbor(1), token.nbor(2), token.nbor(3)
        after = sign.nbor(1).lower_ if sign.i + 1 < len(doc) else ""
        if token.text.isdigit() and len(token.text) <= 3 and not token.whitespace_ and comma.text == "," \
                and comma.whitespace_ == " " and re.fullmatch(r"\d{1,2}", decimals.text) and sign.text == "%" \
                and after not in listed and (token.i == 0 or token.nbor(-1).lower_ not in listed
                                             and not re.search(r"\d", token.nbor(-1).text)):
            yield doc[token.i:token.i + 3]


def _damaged_dotted_groups(doc: Doc):
    """ "475. 622 Sénégalais", "à 434. 000 en 2013", "mars : 1. 183, environ": where a point groups thousands,
    a group cut off by a space after its point (a conversion slip), where no other figure follows or goes before."""
    for token in doc[:-2]:
        if token.whitespace_ or not token.text.isdigit() or len(token.text) > 3:
            continue  # most tokens: no look at their neighbours
        point, group = token.nbor(1), token.nbor(2)
        after = group.nbor(1) if group.i + 1 < len(doc) else None
        if point.text == "." and point.whitespace_ == " " and re.fullmatch(r"\d{3}", group.text) \
                and (after is None or not after.text[:1].isdigit() and not (after.text == "." and not group.whitespace_
                                                                         and after.i + 1 < len(doc) and after.nbor(1).like_num)) \
                and (token.i == 0 or not re.search(r"\d", token.nbor(-1).text)):
            yield doc[token.i:token.i + 3]


def _money_before(token) -> bool:
    return token.i >= 2 and token.nbor(-2).norm_ == "<CUR>"


def _count_after(token) -> bool:
    """A plural noun or a currency after "5m": millions of them ("5m people", "2m dollars")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    while following is not None and following.is_space:
        following = following.nbor(1) if following.i + 1 < len(token.doc) else None
    plural = following is not None and following.is_alpha and (
        following.lower_ in lexicon(token.doc.lang_).words.irregular_plurals
        or following.lower_.endswith("s") and following.lower_ not in ("is", "was", "has", "as"))
    return following is not None and (following.norm_ == "<CUR>" or plural)


def _cued(doc: Doc, codes: dict[str, list[str]]) -> bool:
    """Whether the text names a place or word that one of these currencies belongs to."""
    text = text_of(doc)[:50000].lower()
    return any(cue in text for cues in codes.values() for cue in cues)


_SIGNED_CURRENCY = re.compile(r"(?<![^\s(\[;:])[-−](?:[^\W\d_]{1,3})?[$€£](?=\s*\d)")


def _split_signed_currencies(doc: Doc, text: str) -> None:
    """ "(-US$ 4.4 millones; -3.8%)": a minus glued to a currency sign before a number becomes its own token,
    the sign of the change, as a plus is ("+US$ 667.4")."""
    splits = []
    for found in _SIGNED_CURRENCY.finditer(text):  # a regex over the text, not a look at every token
        span = doc.char_span(found.start(), found.end())
        if span is not None and len(span) == 1 and span.end < len(doc) and doc[span.end].like_num:
            splits.append(span[0])
    if splits:
        with doc.retokenize() as retokenizer:
            for token in splits:
                retokenizer.split(token, [token.text[0], token.text[1:]], heads=[(token, 0), (token, 0)])


def _split_glued_cells(doc: Doc, text: str) -> None:
    """Table cells printed against one another or against their row's label ("residence82,42563,848"),
    as ``table_rows`` reads them: a token each."""
    cuts: dict[int, set[int]] = {}
    for row in find_rows(text).values():
        for start, end in row.cells:
            if doc.char_span(start, end) is None:
                for token in doc.char_span(start, end, alignment_mode="expand"):
                    cuts.setdefault(token.i, set()).update(
                        c - token.idx for c in (start, end) if token.idx < c < token.idx + len(token.text))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(offsets), len(token.text)]
            parts = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))


# "281 million3", "de réfugiés12": a word and the number of its footnote, printed against it
_GLUED_NOTE = re.compile(r"([^\W\d_]{3,})(\d{1,2})")
_GLUED_NAME = re.compile(r"([^\W\d_]{3,})(\d{1,3})")


def _split_glued_notes(doc: Doc) -> set[int]:
    """Splits a footnote's number from the word it is printed against ("million3" -> "million",
    "3"); returns where each such number starts, to be tagged as a note, never a figure. Words in
    capitals keep their digits ("COVID19", "G20")."""
    # "France2 000 000", "Suisse460 173" (an infobox's list): a name printed against a number grouped by spaces
    # is followed by its figure, not by a note
    glued, figures = [], set()
    for token in doc:
        found = _GLUED_NAME.fullmatch(token.text)
        if found is None:
            continue
        if found.group(1)[0].isupper() and not found.group(1).isupper() and token.whitespace_ in (" ", "\u00a0") \
                and token.i + 1 < len(doc) and re.fullmatch(r"\d{3}", doc[token.i + 1].text):
            glued.append((token, found))
            figures.add(token.i)
        elif (note := _GLUED_NOTE.fullmatch(token.text)) and not note.group(1).isupper():
            glued.append((token, note))
    if not glued:
        return set()
    notes = {token.idx + found.start(2) for token, found in glued if token.i not in figures}
    with doc.retokenize() as retokenizer:
        for token, found in glued:
            retokenizer.split(token, [found.group(1), found.group(2)], heads=[(token, 0), (token, 0)])
    return notes


def _spaced_cells(doc: Doc, text: str):
    """The cells of table rows whose thousands are set off by a plain space ("18 772 16 406"
    under two year columns), as ``table_rows`` reads them: one number each."""
    for row in find_rows(text).values():
        for start, end in row.cells:
            end = end - 2 if re.search(r"[ \u00a0\u202f]%$", text[start:end]) else end  # "15,4 %": the number
            span = doc.char_span(start, end)
            if span is not None and len(span) > 1 and any(t.whitespace_ for t in span[:-1]):
                yield span


def _within_cells(spans, text: str):
    """Digit groups that run over no cell's edge in a row of as many cells as its header has columns
    ("Soignants 275 195" under "2022 janvier - août 2023" is two cells, not 275195)."""
    starts = {start for row in find_rows(text).values() if row.columns and len(row.cells) == len(row.columns) > 1
              for start, end in row.cells[1:]}
    for span in spans:
        if not any(span.start_char < start < span.end_char for start in starts):
            yield span


def _group(text: str) -> bool:
    return bool(re.fullmatch(r"\d{3}(?:[.,]\d+)?", text))


def _follows_number(doc: Doc, i: int) -> bool:
    """Whether the token before ``i`` (on the same line) is a figure: then ``i`` is a cell, not a group."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    while j >= 2 and doc[j].text == ")" and doc[j - 1].is_alpha and len(doc[j - 1].text) <= 3 and doc[j - 2].text == "(":
        j -= 3  # "2020 (e) (p) 68 108 -40": a year's marks of an estimate or a provisional figure
        while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
            j -= 1
    return j >= 0 and bool(re.fullmatch(r"[+\-−]?\d[\d.,%]*", doc[j].text)) and doc[j].whitespace_ == " " \
        and not is_dated_year(doc, j)  # "in 2019 111 094 applications": a date, then a number grouped by spaces


@Language.factory("gcm_sentences", assigns=["token.is_sent_start"], default_config={"abbreviations": None})
class Sentences:
    """Sentence starts after . ! ? … (not after an abbreviation) and at blank lines and page breaks."""

    def __init__(self, nlp: Language, name: str, abbreviations: list[str] | None):
        if abbreviations is None:
            abbreviations = lexicon(nlp.lang).words.abbreviations
        self.abbreviations = frozenset(abbreviations)
        self.headings = lexicon(nlp.lang).words.heading_line_starts

    def __call__(self, doc: Doc) -> Doc:
        # Set all at once: assigning token.is_sent_start one by one rescans the Doc each time.
        starts = numpy.full((len(doc), 1), -1, dtype="int32")
        last = None  # the last token that is not white space
        paragraph = False  # a blank line or page break since then
        line_start = True  # a line break since then
        for token in doc:
            if token.is_space:
                paragraph = paragraph or token.text.count("\n") >= 2 or "\f" in token.text
                line_start = line_start or "\n" in token.text
                continue
            if last is None or paragraph or (line_start and token.text in BULLETS) or (
                last.text in (".", "!", "?", "…") and _starts_sentence(token) and not self._abbreviation(doc, last.i)
            ) or (line_start and self.headings and _after_heading(doc, last, token)):
                starts[token.i, 0] = 1
            last, paragraph, line_start = token, False, False
        if len(doc):
            starts[0, 0] = 1
            doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy itself stores it
        return doc

    def _abbreviation(self, doc: Doc, period: int) -> bool:
        if period == 0:
            return False
        before = doc[period - 1]
        if before.is_digit and len(before.text) <= 2 and period >= 2 and doc[period - 2].text in (":", ";"):
            return True  # "les pays sont : 1. Albanie ; 2. Afghanistan": an item's number, no sentence end
        return before.lower_ in self.abbreviations or (len(before.text) == 1 and before.is_alpha)

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(sorted(self.abbreviations))

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.abbreviations = frozenset(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "abbreviations.json", sorted(self.abbreviations))

    def from_disk(self, path, *, exclude=tuple()):
        self.abbreviations = frozenset(srsly.read_json(Path(path) / "abbreviations.json"))
        return self


# A bullet at the start of a line opens a list item, and a list item is a sentence of its own
# even when the item before it ends with no full stop.
BULLETS = frozenset("•●▪◦■►‣")
_ITEM_MARK = re.compile(rf"[-–—*·{''.join(sorted(BULLETS))}]\s")  # a list item's or byline's mark: "- 2.423 secuestros"


def _after_heading(doc: Doc, last, token) -> bool:
    """Whether ``token`` opens a line of prose right under a heading, a line that ends in no stop ("Récord de
    estatutos de refugiado: 7.521 concedidos" / "En ese mismo periodo se otorgaron 7.521 estatutos ...", "Crecen los
    migrantes jóvenes" / "Un 60 por ciento de los migrantes ..."): the prose starts a sentence of its own. A line that
    breaks off on a function word or a comma goes on with the next ("... procedentes de" / "Venezuela y Colombia ..."),
    as does a line under which stands no prose (a table's cell, a name, a short label)."""
    if not token.text[:1].isupper() or not token.text[:1].isalpha() or not last.text[-1:].isalnum() or last.is_stop:
        return False
    text = doc.text
    top = text.rfind("\n", 0, last.idx) + 1
    above = text[top:last.idx + len(last.text)]
    previous = text[text.rfind("\n", 0, max(0, top - 1)) + 1:max(0, top - 1)].strip() if top else ""
    if previous and previous[-1:] not in ".!?…:;" and len(previous) >= len(above.strip()) \
            and not any(_ITEM_MARK.match(line) for line in (above, previous)):
        # the line above goes on from a line of the same paragraph no shorter than it: no heading; a line opened by a
        # dash or bullet ("- 2.423 secuestros", "— @agencia 23 de diciembre") is an item or a byline of its own
        return False
    end = text.find("\n", token.idx)
    line = text[token.idx:len(text) if end < 0 else end]
    # a heading is shorter than the prose under it: lines of one width are a paragraph broken at a fixed width
    return len(above.strip()) <= min(120, len(line.strip())) \
        and len(re.findall(r"\b[^\W\d_A-ZÀ-Ý][^\W\d_]*\b", line)) >= 6


@cache
def _merged_start_pronoun(lang: str) -> re.Pattern | None:
    """A pronoun back to the sentence before, right after a merged token ("Tres cuartas partes de ellas")."""
    pronouns = lexicon(lang).words.merged_start_pronouns
    return re.compile(rf"\s*{alternation(pronouns)}\b", re.I) if pronouns else None


def _starts_sentence(token) -> bool:
    if token.text in ("-", "–", "—", "•") and token.i + 2 < len(token.doc):  # ". - El número de extranjeros": a list item
        following = token.nbor(1) if not token.nbor(1).is_space else token.nbor(2)
        return following.is_title
    pronoun = _merged_start_pronoun(token.doc.lang_)
    if token.text[:1].isupper() and lexicon(token.doc.lang_).words.capital_merged_starts and not (
            pronoun and not token.is_title and not token.is_upper
            and pronoun.match(token.doc.text, token.idx + len(token.text))):
        return True  # "in 2019. Two-thirds (65%)", "Italy. A quarter of": any token opening with a capital, a merged
        # one that is no title word ("Two-thirds") included; "Tres cuartas partes de ellas" goes on with the set it refers to
    if token.text[:1].isdigit() and token.i >= 2 and token.doc[token.i - 2].is_alpha and len(token.doc[token.i - 2]) > 1:
        return True  # "in all. 67.4% of them", "status. 438,580 Asian citizens": a figure right after a word's full stop
        # (or "!", "?", "…"; not past white space), not a list item's number ("4. 6,701 as special immigrants")
    return token.is_title or token.is_upper or token.is_digit or token.text[:1] in "\"'“‘(¿¡«"


def _configure_tokenizer(nlp: Language) -> Language:
    words = lexicon(nlp.lang).words
    prefixes = list(nlp.Defaults.prefixes) + [glued_number_prefix(words.ordinal_suffixes), ELISION_PREFIX, SIGN_PREFIX,
                                              APPROX_PREFIX]
    of_words = sorted((re.escape(w) for w in words.of_words if w.isalpha() and len(w) > 1), key=len, reverse=True)
    if of_words:
        prefixes.append(GLUED_OF_PREFIX.format("|".join(of_words)))
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # A currency symbol or a one-letter unit printed after its number ("100元", "100t"); a percent
    # sign glued to its number ("13,4%"), which spaCy's Spanish suffixes leave on.
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=\d)(?:元|€|\$|£|¥|₹|₱|₦)$", r"(?<=\d)(?:t|m2|km2|m²|km²|g|‰)$",
                                              PERCENT_SUFFIX.format("|".join(map(re.escape, COMMON.percent_signs))),
                                              SCALE_CURRENCY_SUFFIX]
    if words.glued_scales:
        glued = "|".join(sorted(map(re.escape, words.glued_scales), key=len, reverse=True))
        behind = "|".join(rf"(?<=\d(?i:{re.escape(scale)}))" for scale in sorted(words.glued_scales))
        suffixes += [GLUED_SCALE_SUFFIX.format(glued), GLUED_SCALE_STOP.format(behind)]
    # "99 million- are men": a dash printed against the scale word that closes a figure, before a space
    dashed = [rf"(?<=(?i:{re.escape(w)}))[-–]$" for w in sorted(words.scales) if w.isalpha() and len(w) > 3]
    signed = [rf"(?<=\b(?i:{re.escape(w)}))\+$" for w in sorted(words.glued_sign_links)]  # "de+ 28,3 %"
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes + dashed + signed + GLUED_SIGN_SUFFIXES).search
    # a note's number in square brackets glued to a figure or a word: "120 000[3]", "du pays[1]"
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, NOTE_BRACKET_INFIX, NOTE_PAREN_INFIX, YEAR_BRACKET_INFIX,
                                                         *GLUED_BRACKET_INFIXES]).finditer
    # spaCy's emoticons made of digits ("(-8", "8)", ":3", "<3") are figures in these texts: "(-8%)";
    # its initials "b.", "m.", "k." are scales at a sentence's end: "rose to $9.3b."
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items()
                           if not (any(c.isdigit() for c in text) and not any(c.isalpha() for c in text))
                           and not (text[:-1] in words.glued_scales and text.endswith("."))}
    for word in words.single_tokens:  # "main-d'œuvre": one word, not "main", "-", "d'", "œuvre"
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for word in words.qualifiers.approximate:  # "approx. 1,200", "ca. 25,000": one word, read as a qualifier
        if word.endswith(".") and word[:-1].isalpha():
            for form in {word, word.capitalize()}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


@cache
def build_pipeline(lang: str = "en") -> Language:
    """The pipeline of one language, built once per process and shared."""
    nlp = _configure_tokenizer(spacy.blank(lang))
    groups = "many" if lexicon(lang).words.decimal_comma else "two"
    nlp.add_pipe("gcm_quantity_tokens", config={"plain_space_groups": groups})
    nlp.add_pipe("gcm_sentences")
    # Quantities keep every match, overlapping ones too: the longest that reads as
    # a quantity wins, which only the reader can tell ("1,985 -17.6" is no range).
    for name, patterns, longest in (
        ("quantities", "quantity_patterns.jsonl", False),
        ("objective_refs", "objective_patterns.jsonl", True),
    ):
        config = {"spans_key": name, "validate": True}
        if longest:
            config["spans_filter"] = {"@misc": "spacy.first_longest_spans_filter.v1"}
        ruler = nlp.add_pipe("span_ruler", name=name, config=config)
        ruler.add_patterns(read_jsonl(lang, patterns))
    nlp.add_pipe("gcm_objective_evidence")
    return nlp


class Pipelines:
    """The pipeline of each language the rules know, built on first use (spaCy's French
    tokenizer alone takes seconds to build) and kept."""

    languages = LANGUAGES

    def __getitem__(self, lang: str | None) -> Language:
        return build_pipeline(lang if lang in LANGUAGES else "en")


@cache
def pipelines() -> Pipelines:
    return Pipelines()


__all__ = ["NUMBER_TAGS", "Pipelines", "build_pipeline", "pipelines", "lexicons"]
