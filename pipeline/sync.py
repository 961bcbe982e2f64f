"""sync: bring new or changed reviews from the sources into raw/.

Sources are listed in a TOML file (``sources.toml``): listing pages whose links
(directly, or through document pages) lead to .pdf, .txt or .md files, and
single file URLs. Fetching, with everything it refuses, is in ``fetch``; which
links are reviews is in ``listing``; names and writes in raw/ are in
``rawdir``. Each download is conditional (ETag / Last-Modified from the last
fetch), checked (a .pdf must be a PDF, a review must not be an HTML page) and
written atomically. ``raw/manifest.csv`` records where each file came from. A
source that is down, and a file that is refused, change nothing in raw/.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .fetch import Disallowed, Fetcher, Refused, Response, Settings, SyncError
from .listing import describe, language_of_name, parse
from .rawdir import LISTED, MANIFEST, file_name, read_manifest, update_metadata, write_atomic, write_manifest
from .sources import Config, Source, load_config

__all__ = ["Config", "Settings", "Source", "SyncError", "SyncReport", "load_config", "read_manifest", "sync"]

MAX_PAGES = 500  # document pages followed from one listing


@dataclass(frozen=True)
class Listed:
    """A file that a source lists, and what the listing says about it."""

    url: str
    source: Source
    country: str = ""  # ISO 3166-1 alpha-3
    language: str = ""  # ISO 639-1

    def metadata(self) -> dict[str, str]:
        """Its row of raw/metadata.csv, but for the file name."""
        year = self.source.review_year
        return {"url": self.url, "country": self.country, "review_kind": self.source.review_kind,
                "review_year": "" if year is None else str(year), "language": self.language}


@dataclass
class SyncReport:
    downloaded: list[str] = field(default_factory=list)  # files new or changed in raw/
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per source or file that failed or was refused
    skipped: list[str] = field(default_factory=list)  # URLs that a site's robots.txt keeps us from

    def add(self, source: Source, exc: SyncError) -> None:
        (self.skipped if isinstance(exc, Disallowed) else self.errors).append(f"source {source.name}: {exc}")

    def lines(self) -> list[str]:
        return (
            [f"downloaded {name}" for name in self.downloaded]
            + [f"skipped {message}" for message in self.skipped]
            + [f"error: {message}" for message in self.errors]
            + [f"{len(self.downloaded)} downloaded, {len(self.unchanged)} unchanged, {len(self.errors)} failed"
               + (f", {len(self.skipped)} skipped" if self.skipped else "")]
        )


def sync(config: Config) -> SyncReport:
    """Download new or changed reviews from every source into ``config.raw``."""
    raw = config.raw
    raw.mkdir(parents=True, exist_ok=True)
    fetcher = Fetcher(config.settings)
    manifest = read_manifest(raw)
    before = {url: dict(row) for url, row in manifest.items()}
    report = SyncReport()
    listed: dict[str, dict[str, str]] = {}  # file -> what its listing says, for raw/metadata.csv
    for source in config.sources:
        try:
            found = list_source(source, fetcher, report)
        except SyncError as exc:
            report.add(source, exc)
            continue
        for item in found:
            try:
                name = _fetch(item, raw, manifest, fetcher, report)
            except SyncError as exc:
                report.add(source, exc)
                continue
            listed.setdefault(name, item.metadata())
    try:
        update_metadata(raw, manifest, listed)
    except SyncError as exc:
        report.errors.append(str(exc))
    if manifest != before:
        write_manifest(raw, manifest)
    return report


def list_source(source: Source, fetcher: Fetcher, report: SyncReport) -> list[Listed]:
    """The files a source lists, in page order, each once; a document page that fails is reported."""
    if source.kind == "file":
        return [Listed(source.url, source, source.country, source.language or language_of_name(source.url) or "")]
    access, rules = source.access, source.rules
    response = fetcher.get(source.url, access)
    page = parse(_text(response), response.url)  # relative links are relative to where a redirect led
    found, followed = [], 0
    for link in page.links:
        if rules.is_file(link.url):
            found.append(Listed(link.url, source, *describe(link)))
        elif rules.is_page(link.url) and followed < MAX_PAGES:
            followed += 1
            try:
                document = fetcher.get(link.url, access)
            except SyncError as exc:
                report.add(source, exc)
                continue
            inner = parse(_text(document), document.url)
            found += [Listed(f.url, source, *describe(f, outer=link, title=inner.title))
                      for f in inner.links if rules.is_file(f.url)]
    unique: dict[str, Listed] = {}
    for item in found:
        if item.country or not source.require_country:
            unique.setdefault(item.url, item)  # a file linked twice: its first link speaks for it
    return list(unique.values())


def _text(response: Response) -> str:
    charset = "utf-8"
    for part in response.headers.get("content-type", "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"')
    try:
        return response.body.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return response.body.decode("utf-8", errors="replace")


def _fetch(item: Listed, raw: Path, manifest, fetcher: Fetcher, report: SyncReport) -> str:
    url = item.url
    known = manifest.get(url)
    name = known["file"] if known else _new_name(url, raw, manifest)
    headers = {}
    if known and (raw / name).exists():
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    response = fetcher.get(url, item.source.access, headers)
    if response.status == 304:
        report.unchanged.append(name)
        return name
    check_body(url, name, response)
    digest = hashlib.sha256(response.body).hexdigest()
    unchanged = bool(known) and known["sha256"] == digest and (raw / name).exists()
    if unchanged:
        report.unchanged.append(name)
    else:
        write_atomic(raw / name, response.body)
        report.downloaded.append(name)
    manifest[url] = {
        **{f"meta_{column}": "" for column in LISTED},
        **(known or {}),  # keeps what sync last wrote to metadata.csv
        "url": url,
        "file": name,
        "sha256": digest,
        # when these bytes were fetched: a re-check that finds the same bytes keeps the time
        "fetched_at": known["fetched_at"] if unchanged else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "etag": response.headers.get("etag", ""),
        "last_modified": response.headers.get("last-modified", ""),
    }
    return name


def _new_name(url: str, raw: Path, manifest) -> str:
    """A name for a URL sync has not fetched before: never one another URL, or the user, has in raw/."""
    name = file_name(url)
    ours = {row["file"].casefold() for row in manifest.values()} | {MANIFEST}
    present = {p.name.casefold(): p.name for p in raw.iterdir()}
    by_hand = present.get(name.casefold())
    if by_hand and by_hand != name and by_hand.casefold() not in ours:
        raise Refused(url, f"its file name {name} differs only in case from {by_hand}, put in raw/ by hand")
    base, suffix, n = Path(name).stem, Path(name).suffix, 2
    while name.casefold() in ours or name.casefold() in present:
        name, n = f"{base}-{n}{suffix}", n + 1
    return name


def check_body(url: str, name: str, response: Response) -> None:
    """Refused unless the body is what its name says: a PDF for .pdf, never an HTML page."""
    html = _looks_like_html(response)
    if name.lower().endswith(".pdf") and not response.body.startswith(b"%PDF-"):
        what = "an HTML page" if html else f"data that begins {response.body[:8]!r}"
        raise Refused(url, f"{what}, not a PDF (a PDF begins with %PDF-)")
    if html and not name.lower().endswith(".pdf"):
        raise Refused(url, "an HTML page where a review was expected")


def _looks_like_html(response: Response) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    start = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return kind in ("text/html", "application/xhtml+xml") or start.startswith((b"<!doctype html", b"<html"))
