"""sources: the sources file (sources.toml) that tells sync where reviews come from.

    raw = "raw"
    [http]           timeout, retries, backoff, max_bytes, delay (see fetch.Settings)
    [[source]]       name, type ("listing" or "file"), url, and for a listing its rules
                     (hosts, allow_private, files, pages, require_country) and what its
                     files are (review_kind, review_year); a file source may give its
                     country and language

A misspelt key, a missing url or a value of the wrong kind is a ValueError that names
the file, the source and the key, so that ``gcm-extract sync`` can say it in one line.
"""

from __future__ import annotations

import tomllib
import urllib.parse
from dataclasses import dataclass, fields
from pathlib import Path

from .fetch import Access, Settings
from .listing import Rules

REVIEW_KINDS = ("imrf_review", "regional_review", "other")


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # "listing" or "file"
    url: str
    hosts: tuple[str, ...] = ()  # hosts its links and redirects may go to; none: the URL's own host
    allow_private: bool | tuple[str, ...] = False  # True, or the non-public addresses it may reach
    files: tuple[str, ...] = ()  # listing rules: see pipeline.listing
    pages: tuple[str, ...] = ()
    require_country: bool = False  # take only the files whose link names one country
    review_kind: str = ""  # what its files are, for raw/metadata.csv
    review_year: int | None = None
    country: str = ""  # a file source's country (ISO 3166-1 alpha-3) and language (ISO 639-1)
    language: str = ""

    @property
    def access(self) -> Access:
        own = urllib.parse.urlsplit(self.url).hostname
        hosts = self.hosts or ((own,) if own else ())
        return Access.build(hosts, self.allow_private if self.allow_private is True else list(self.allow_private or ()))

    @property
    def rules(self) -> Rules:
        return Rules(files=self.files, pages=self.pages)


@dataclass(frozen=True)
class Config:
    raw: Path
    settings: Settings
    sources: tuple[Source, ...]


_SOURCE_KEYS = {f.name for f in fields(Source)} - {"kind"} | {"type"}


def load_config(path: Path) -> Config:
    """Read a sources file (see sources.toml); a relative ``raw`` is taken from its folder.

    ValueError, with the file and the source named, for anything misspelt or out of place.
    """
    path = Path(path)
    with open(path, "rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from None
    _known(path, "the file", data, {"raw", "http", "source"})
    _known(path, "[http]", data.get("http", {}), {f.name for f in fields(Settings)})
    raw = Path(data.get("raw", "raw"))
    raw = raw if raw.is_absolute() else path.parent / raw
    sources = tuple(_source(path, entry) for entry in data.get("source", []))
    return Config(raw=raw, settings=Settings(**data.get("http", {})), sources=sources)


def _known(path: Path, where: str, table: dict, keys: set[str]) -> None:
    unknown = sorted(set(table) - keys)
    if unknown:
        raise ValueError(f"{path}: {where} has unknown key {unknown[0]!r}; known keys: {', '.join(sorted(keys))}")


def _source(path: Path, entry: dict) -> Source:
    name = entry.get("name", "?")
    _known(path, f"source {name!r}", entry, _SOURCE_KEYS)
    kind = entry.get("type")
    if kind not in ("listing", "file"):
        raise ValueError(f"{path}: source {name!r} has type {kind!r}: use 'listing' or 'file'")
    if entry.get("review_kind", "") not in ("", *REVIEW_KINDS):
        raise ValueError(f"{path}: source {name!r} has review_kind {entry['review_kind']!r}: "
                         f"use one of {', '.join(REVIEW_KINDS)}")
    if not isinstance(entry.get("url"), str):
        raise ValueError(f"{path}: source {name!r} has no url")
    year = entry.get("review_year")
    if year is not None and not isinstance(year, int):
        raise ValueError(f"{path}: source {name!r} has review_year {year!r}: write a year, e.g. 2022")
    private = entry.get("allow_private", False)
    try:
        Access.build(entry.get("hosts", ()), private)
    except (ValueError, TypeError):
        raise ValueError(f"{path}: source {name!r} has allow_private {private!r}: write true, or a list of "
                         'addresses or networks such as ["10.0.0.7", "192.168.1.0/24"]') from None
    return Source(
        name=name, kind=kind, url=entry["url"], hosts=tuple(entry.get("hosts", ())),
        allow_private=private if isinstance(private, bool) else tuple(private),
        files=tuple(entry.get("files", ())), pages=tuple(entry.get("pages", ())),
        require_country=entry.get("require_country", False),
        review_kind=entry.get("review_kind", ""), review_year=entry.get("review_year"),
        country=entry.get("country", ""), language=entry.get("language", ""),
    )
