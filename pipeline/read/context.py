"""Where a span stands: its sentence clipped to its section, and the words around it.

Small readers shared by the fact rules: the vocabulary phrase just before or
after a token, the neighbouring words, whether a token opens its line or names
a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..rules import Lexicon, lexicon
from .numbers import alternation, find_as_of, opens_with_date


def lex_of(doc: Doc) -> Lexicon:
    """The words of the language the Doc was read in."""
    return lexicon(doc.lang_)


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once and kept with the Doc: ``Doc.text`` joins every token anew on each call, so a
    rule that reads it once per figure made a long document quadratic. A Doc's characters never change once it is
    read (splitting or merging tokens keeps them), so the kept text stays true."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


@dataclass(frozen=True)
class Context:
    """Where a span stands: the text it may read, clipped to its section's body."""

    text: str  # the document's text (Doc.text rebuilds it on every call)
    start: int  # character range of the sentence, clipped
    end: int
    section_id: str | None
    area: int | None


class Found(NamedTuple):
    """A vocabulary phrase found beside a span: its name ("approximate") and the token where
    it begins (before the span) or ends (after it)."""

    name: str
    token: int


def phrase_before(doc: Doc, index: int, vocab: dict[str, str], limit: int = 8) -> Found | None:
    """The longest vocabulary phrase ending just before token ``index``, of at most ``limit`` tokens (the
    longest phrase of the lists, "crecieron a un ritmo anual de", has six)."""
    low = max(0, index - limit)
    written = [None if t.is_space else _word(t) for t in doc[low:index]]  # each token's word, built once
    for n in range(limit, 0, -1):
        start = index - n
        if start < 0 or doc[start].is_space:
            continue
        name = vocab.get(_joined([w for w in written[start - low:] if w is not None]))
        if name:
            return Found(name, start)
    return None


def phrase_after(doc: Doc, index: int, vocab: dict[str, str], limit: int = 3) -> Found | None:
    """The longest vocabulary phrase starting at token ``index``."""
    for n in range(limit, 0, -1):
        words = [_word(t) for t in doc[index:index + n] if not t.is_space]
        if len(words) == n and (name := vocab.get(_joined(words))):
            return Found(name, index + n)
    return None


def _word(token: Token) -> str:
    return " ".join(token.lower_.split())


def _joined(words: list[str]) -> str:
    """Words as a phrase: an elided article joins the next word ("d'" "euros" -> "d'euros")."""
    return " ".join(words).replace("' ", "'").replace("’ ", "'")


def previous_token(doc: Doc, index: int) -> Token | None:
    for token in reversed(doc[:index]):
        if not token.is_space:
            return token
    return None


def next_token(doc: Doc, index: int) -> Token | None:
    for token in doc[index:]:
        if not token.is_space:
            return token
    return None


def line_start(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the first on its line."""
    if index == 0:
        return True
    previous = doc[index - 1]
    return previous.is_space and "\n" in previous.text or "\f" in previous.text or previous.text_with_ws.endswith("\n")


@cache
def year_prepositions(lang: str) -> frozenset[str]:
    """The one-word prepositions before a year that dates a phrase ("in", "en", "durante")."""
    return frozenset(w for w in lexicon(lang).words.dates.in_ if " " not in w)


def is_dated_year(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a year after its preposition ("In 2009 11,575 immigrants", "en 2019 111 094
    demandes"): a date that opens a phrase, not a cell of a row of figures."""
    if not re.fullmatch(r"(?:19|20)\d\d", doc[i].text):
        return False
    before = previous_token(doc, i)
    return before is not None and before.lower_ in year_prepositions(doc.lang_)


def is_month(token: Token) -> bool:
    """A month name; one that is also a common word ("30 may apply") only with a capital."""
    words = lex_of(token.doc).words
    word = token.lower_.rstrip(".")
    if word not in words.months:
        return False
    if word not in words.ambiguous_months or token.is_title or token.is_upper and len(word) > 2:  # "SEP 14, 2018"
        return True
    # "nov. 15": an abbreviation with its full stop is a month in lower case too
    abbreviated = token.text.endswith(".") or token.i + 1 < len(token.doc) and token.nbor(1).text == "."
    return abbreviated and word != "may"


_BULLET = re.compile(r"^\s*(?:[•▪◦‣∙·*\-–—]|\d{1,2}[.)])\s+")


def lead_date(text: str, start: int, lang: str) -> str | None:
    """The date a lead line gives the sentence at ``start`` when the sentence opens its line:
    a line that is a date alone ("In 2019" above "69%" in an infographic, "Year ending March
    2016:" above its list), or the lead of the list the sentence is an item of ("In the year
    ending March 2016 the main reasons were:" above "• work: 45,000")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    item = _BULLET.match(text[line_start:start + 2])  # the sentence may start at its bullet
    if before.strip() and not item:
        return None  # the sentence does not open its line
    blank = False
    end = line_start - 1  # the lines above, read back one at a time (not the whole text before, per figure)
    while end >= 0:
        begin = text.rfind("\n", 0, end) + 1
        line, end = text[begin:end], begin - 1
        if not line.strip():
            if blank:
                return None  # two blocks up: too far
            blank = True
            continue
        if item and _BULLET.match(line):
            blank = False  # an item of the same list, with or without blank lines between items
            continue
        lead = _BULLET.sub("", line).strip()
        if item and lead.endswith(":"):
            lead = re.split(r"(?<=[.!?])\s+", lead)[-1]  # "... in 2019. People born in:": the lead's own sentence
        alone = lead.rstrip(":").strip()
        found = find_as_of(alone, len(alone), lang)
        if found and found.start == 0 and found.end == len(alone):
            return found.date
        if item and lead.endswith(":") and found:
            return found.date
        return None
    return None


_HEADER_LINE = re.compile(r"[^a-z]*")  # a running header or a page number: no lower-case letter


def dated_text(doc: Doc, context: Context, at: int) -> tuple[str, int]:
    """The text whose dates bear on the figure at character ``at``, and where the figure stands
    in it. Headlines run together into one sentence ("... at €30.3 billion in 2016" / "Amounts
    received from non-EU countries at €9.9 bn") date their own lines only; a sentence cut by a
    running header and a page break ("In 2020, India ... with total inward remittances" / "24
    WORLD MIGRATION REPORT 2022" / "exceeding $83 billion") is read whole."""
    text = context.text
    start, end = context.start, context.end
    headlines = _opens_line(text, start)
    for m in re.finditer(r"[^\S\n]*\n[^\S\n]*(?=\S)", text[context.start:end]):
        cut, after = context.start + m.start(), context.start + m.end()
        line, following = text[start:cut], text[after:end]
        if _figure_lines(line, following) or _new_list_lead(line, following) or headlines and (
                _headline_break(line, following) or _dated_line_after(doc, line, following)):
            if cut < at:
                start = after
            else:
                end = cut
                break
    base = start
    for m in re.finditer(r"(?<=[.!?;])\s+[•▪◦‣]\s", text[base:end]):  # "... over the same period. • Children make up 40 percent"
        cut, after = base + m.start(), base + m.end()
        if cut < at:
            start = after
        else:
            end = cut
            break
    head = _cut_before(text, start) if start == context.start else ""
    dated, anchor = head + text[start:end], at - start + len(head)
    return _without_asides(dated, anchor, doc.lang_), anchor


@cache
def _aside_words(lang: str) -> tuple[re.Pattern, frozenset[str]]:
    """The opening of a bracket that states figures ("(105 in", "(the 10 accession"), and the words
    after a number that make it a date or a span ("1 January", "8 mois")."""
    words = lexicon(lang).words
    opening = re.compile(r"\(\s*(?:(?:{})\s+)?(\d[\d,.]*|(?:{})\b)(\S*)\s*([^\W\d_]*)".format(
        alternation(words.determiners), alternation(words.spelled_numbers)), re.I)
    dating = frozenset([*words.months, *(w for w, unit in words.units.items() if unit in ("day", "week", "month", "year"))])
    return opening, dating


# A bracket that gives a figure of another year: "(in 2013, 46.1%)", "(2013: 7.7%)", "(en 2013, 8,5 %)"
_COMPARED_YEAR = re.compile(r"\(\s*(?:[^\W\d_]+\s+)?(?:19|20)\d\d\s*[,:]\s*[+\-−–]?\s*\d")


def _without_asides(text: str, anchor: int, lang: str) -> str:
    """The text with the brackets blanked that open with figures of their own and do not hold the
    figure: their dates are theirs ("identified 95 victims (105 in 2017)", "the EU12 (the 10 states
    that joined on May 1st 2004)"). A bracket that is a date or a span of time ("(1 January 2020)",
    "(8 mois 2023)") still dates, and so does one that details the figure ("(up 379,000 to 704,000
    in the YE June 2022)")."""
    opening, dating = _aside_words(lang)

    def blank(m: re.Match) -> str:
        first = opening.match(m.group())
        if not m.start() <= anchor < m.end() and _COMPARED_YEAR.match(m.group()):
            return " " * len(m.group())  # "picked by 8.4% (in 2013, 8.5%)": the year is the bracket's figure's
        if m.start() <= anchor < m.end() or first is None or first.group(2)[:1].isalpha() \
                or re.fullmatch(r"(?:1[89]|20)\d\d", first.group(1).rstrip(".,")) or first.group(3).lower() in dating:
            return m.group()  # the figure's own bracket; a year, a day ("1st", "1 January"), a span
        return " " * len(m.group())
    return re.sub(r"\([^()]*\)", blank, text)


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def _figure_lines(line: str, following: str) -> bool:
    """A line that ends in a figure and a next line that opens with one or with a list mark
    ("... 2010-16" / "$ billion 2010 2011", "Q1 2014 4" / "Q2 2014"): the lines of a table or a
    chart flattened into one sentence, whose dates are each line's own."""
    return bool(re.search(r"[\d%)]$", line)) and bool(re.match(r"[\d(•▪·*–—-]", following))


_LIST_MARK = re.compile(r"[-–—•▪·*]\s")  # the mark an item of a list opens with: "- Maroc : 5 654"


def _new_list_lead(line: str, following: str) -> bool:
    """A list's last item, then a line that is no item and ends in a colon, then an item ("- Autres pays : 19 060
    (35,3 %)" / "Du côté de la langue:" / "- 14 336 (26,6 %) parlent seulement le français"): the lead of another list.
    Each list is dated by its own lead, not by the year of the lead before it or after it."""
    last = line.rsplit("\n", 1)[-1].strip()
    lead, _, rest = following.partition("\n")
    return bool(_LIST_MARK.match(last)) and not _LIST_MARK.match(lead) and lead.rstrip().endswith(":") \
        and bool(_LIST_MARK.match(rest.lstrip()))


def _headline_break(line: str, following: str) -> bool:
    """A line that ends in a year with no full stop ("... down at €30.3 billion in 2016") and a
    next line in capitals: two headlines, not one sentence wrapped ("around 2,000" / "Norlandic
    citizens")."""
    return bool(re.search(r"\b(?:1[89]|20)\d\d\W?$", line)) and following[:1].isupper()


def _dated_line_after(doc: Doc, line: str, following: str) -> bool:
    """A line with no full stop, and a next line that opens with a date ("More than half applied
    for asylum in Germany or Hungary" / "In the first quarter 2015, the highest numbers ..."): the
    date opens a sentence of its own. A wrapped sentence breaks after a word that leads on."""
    last = line.split()[-1:]
    if not last or last[0][-1] in ",;:-–—(/&" or doc.vocab[last[0].lower()].is_stop:
        return False
    return following[:1].isupper() and opens_with_date(following[:80], doc.lang_)


def _cut_before(text: str, start: int) -> str:
    """The first part of a sentence that a running header and a page break cut off before
    ``start``, when the sentence goes on there in lower case; else ""."""
    if not text[start:start + 1].islower():
        return ""
    before = re.split(r"[\n\f]", text[:start].rstrip())
    lines = list(before)
    while lines and (not lines[-1].strip() or _HEADER_LINE.fullmatch(lines[-1].strip())):
        lines.pop()  # "24                WORLD MIGRATION REPORT 2022", blank lines
    if not lines or len(lines) == len(before):
        return ""  # nothing was skipped: a sentence of its own
    last = lines[-1].rstrip()
    if not last or last[-1] in ".!?:":
        return ""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", last)[-1]
    return sentence + " "

