"""listing: which links of a listing page are reviews, and what the page says about each.

A source's rules (in sources.toml) name the shapes of its links as path patterns:

    files = ["/sites/g/files/*"]        file links: a path matching one of these, ending in .pdf, .txt or .md
    pages = ["/resources/*", "/node/*"] document pages: followed once, their file links taken

Without ``files``, any link ending in .pdf, .txt or .md is a file link. What a
link says about its file comes from its words, then from the row, list item or
paragraph it stands in, then from the heading above it: the country it names
(one country, else none) and the language ('English', 'Español', or a file
name such as ``gcm_spanish.pdf``).
"""

from __future__ import annotations

import fnmatch
import re
import urllib.parse
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePosixPath

from .countries import country_in
from .ingest import FORMATS
from .rules import read_json

BLOCKS = {"tr", "li", "p", "dt", "dd", "article"}  # what a link's context is the text of
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "caption"}
SKIPPED = {"script", "style", "template", "noscript"}
INLINE = {"a", "abbr", "b", "em", "i", "img", "small", "span", "strong", "sub", "sup", "u"}  # no word break


@dataclass(frozen=True)
class Link:
    url: str  # absolute, without fragment
    text: str  # the link's own words
    context: str  # the words of the row, list item or paragraph it stands in
    heading: str  # the last heading before it


@dataclass(frozen=True)
class Page:
    title: str  # the first <h1>, else <title>
    links: tuple[Link, ...]  # in page order, each URL once


def _words(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


class _Parser(HTMLParser):
    def __init__(self, base: str):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.stack: list[tuple[str, list[str]]] = []  # open blocks and headings, with their text
        self.anchor: tuple | None = None  # href, its text, its block's text, heading, title attribute
        self.found: list[tuple[str, list[str], list[str], str]] = []
        self.heading, self.title, self.h1 = "", [], None
        self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in INLINE:
            self._break()
        if tag in SKIPPED:
            self.skipping += 1
        elif tag == "base" and attrs.get("href"):
            self.base = urllib.parse.urljoin(self.base, attrs["href"].strip())
        elif tag == "title":
            self.in_title = True
        elif tag == "a" and attrs.get("href") is not None:
            block = next((text for name, text in reversed(self.stack) if name in BLOCKS), [])
            label = attrs.get("title") or attrs.get("aria-label") or ""
            self.anchor = (attrs["href"], [], block, self.heading or "", label)
        elif tag == "img" and attrs.get("alt"):
            self.handle_data(f" {attrs['alt']} ")  # an image's words are its alt text
        if tag in BLOCKS or tag in HEADINGS:
            if tag in BLOCKS and any(name == tag for name, _ in self.stack):
                self._close(tag)  # an <li> or <p> left open by the page ends at the next one
            self.stack.append((tag, []))

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self._break()
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        elif tag == "a" and self.anchor is not None:
            href, text, block, heading, label = self.anchor
            self.found.append((href, text if _words(text) else [label], block, heading))
            self.anchor = None
        if tag in BLOCKS or tag in HEADINGS:
            self._close(tag)

    def _break(self):  # a cell, a line break: words on either side are separate words
        for _, text in self.stack:
            text.append(" ")

    def _close(self, tag):
        while self.stack:
            name, text = self.stack.pop()
            if name in HEADINGS:
                self.heading = _words(text)
                if name == "h1" and self.h1 is None:
                    self.h1 = self.heading
            if name == tag:
                break

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
        for _, text in self.stack:
            text.append(data)
        if self.anchor is not None:
            self.anchor[1].append(data)


def parse(html: str, url: str) -> Page:
    """The links of a page fetched from ``url`` (its final URL, after redirects)."""
    parser = _Parser(url)
    parser.feed(html)
    parser.close()
    links, seen = [], set()
    for href, text, block, heading in parser.found:
        absolute = urllib.parse.urldefrag(urllib.parse.urljoin(parser.base, href.strip()))[0]
        if absolute and absolute not in seen:
            seen.add(absolute)
            links.append(Link(absolute, _words(text), _words(block), heading))
    return Page(parser.h1 or _words(parser.title), tuple(links))


@dataclass(frozen=True)
class Rules:
    files: tuple[str, ...] = ()  # path patterns of file links; none: any path ending in .pdf, .txt or .md
    pages: tuple[str, ...] = ()  # path patterns of document pages, followed once

    def is_file(self, url: str) -> bool:
        path = _path(url)
        if PurePosixPath(path).suffix.lower() not in FORMATS:
            return False
        return not self.files or any(fnmatch.fnmatchcase(path, pattern) for pattern in self.files)

    def is_page(self, url: str) -> bool:
        path = _path(url)
        return not self.is_file(url) and any(fnmatch.fnmatchcase(path, pattern) for pattern in self.pages)


def _path(url: str) -> str:
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path)


_LANGUAGES: dict[str, list[str]] = {k: v for k, v in read_json("link_languages.json").items() if not k.startswith("_")}
_LANGUAGE_WORD = {word: code for code, words in _LANGUAGES.items() for word in words}


def language_in(text: str) -> str | None:
    """The one language a link's words name ('English', 'versión en español'), else None."""
    found = {_LANGUAGE_WORD[w] for w in re.findall(r"\w+", text.lower()) if w in _LANGUAGE_WORD}
    return found.pop() if len(found) == 1 else None


def without_languages(text: str) -> str:
    """The words of a link without the names of languages: 'Español' names no country."""
    return re.sub(r"\w+", lambda m: "" if m.group().lower() in _LANGUAGE_WORD else m.group(), text)


def language_of_name(url: str) -> str | None:
    """The language a file name gives in its last word: ``gcm_spanish.pdf``, ``review-fr.pdf``."""
    stem = PurePosixPath(_path(url)).stem.lower()
    last = re.split(r"[\W_]+", stem)[-1] if stem else ""
    return last if last in _LANGUAGES else _LANGUAGE_WORD.get(last)


def describe(link: Link, outer: Link | None = None, title: str = "") -> tuple[str, str]:
    """What a listing says about the file a link leads to: (ISO 3166-1 alpha-3 country, ISO 639-1
    language), each empty when it does not say.

    The country: the one its link's words name (a language's name is no country's: 'Español'),
    else the row or item it stands in, else the heading above it; for a file on a document
    page, the words of the link to that page come first, then the page's title. The language: the link's words (then the page link's), else
    the file name, else the row or item the link stands in.
    """
    if outer is None:
        places = [link.text, link.context, link.heading]
    else:
        places = [outer.text, outer.context, title, link.text, link.context, outer.heading]
    country = next((found for text in places if (found := country_in(without_languages(text)))), None)
    language = (language_in(link.text) or (outer and language_in(outer.text)) or language_of_name(link.url)
                or language_in((outer or link).context))
    return (country.alpha3 if country else "", language or "")
