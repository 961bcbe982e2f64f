"""sync: bring new or changed reviews from the sources into raw/.

Sources are listed in a TOML file (``sources.toml``): HTTP listing pages whose
links to .pdf, .txt or .md files are reviews, and direct file URLs. Each
download is conditional (ETag / Last-Modified from the last fetch), bounded
(timeout, size limit), retried with exponential backoff, and written
atomically: a temporary file beside its final name, renamed into place only
when complete. ``raw/manifest.csv`` records where each file came from. A
source that is down changes nothing in raw/.
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import io
import os
import re
import tempfile
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

from .ingest import FORMATS

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ["url", "file", "sha256", "fetched_at", "etag", "last_modified"]


class SyncError(Exception):
    """A source or a file that could not be fetched; the message is one line."""


@dataclass(frozen=True)
class Settings:
    timeout: float = 30.0  # seconds for each request
    retries: int = 3  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_bytes: int = 200 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # "listing" or "file"
    url: str


@dataclass(frozen=True)
class Config:
    raw: Path
    settings: Settings
    sources: tuple[Source, ...]


@dataclass
class SyncReport:
    downloaded: list[str] = field(default_factory=list)  # files new or changed in raw/
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per source or file that failed

    def lines(self) -> list[str]:
        return (
            [f"downloaded {name}" for name in self.downloaded]
            + [f"error: {message}" for message in self.errors]
            + [f"{len(self.downloaded)} downloaded, {len(self.unchanged)} unchanged, {len(self.errors)} failed"]
        )


def load_config(path: Path) -> Config:
    """Read a sources file (see sources.toml); a relative ``raw`` is taken from its folder."""
    path = Path(path)
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    raw = Path(data.get("raw", "raw"))
    raw = raw if raw.is_absolute() else path.parent / raw
    sources = []
    for entry in data.get("source", []):
        kind = entry.get("type")
        if kind not in ("listing", "file"):
            raise ValueError(f"{path}: source {entry.get('name', '?')!r} has type {kind!r}: use 'listing' or 'file'")
        sources.append(Source(name=entry["name"], kind=kind, url=entry["url"]))
    return Config(raw=raw, settings=Settings(**data.get("http", {})), sources=tuple(sources))


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def review_links(html: str, base: str) -> list[str]:
    """Absolute URLs of the links to reviews (.pdf, .txt, .md) in a listing page, in page order."""
    parser = _Links()
    parser.feed(html)
    seen, out = set(), []
    for href in parser.links:
        url = urllib.parse.urljoin(base, href.strip())
        suffix = Path(urllib.parse.urlparse(url).path).suffix.lower()
        if suffix in FORMATS and url not in seen:
            seen.add(url)
            out.append(url)
    return out


def file_name(url: str) -> str:
    """A safe file name for a URL: its last path segment, without directories or oddities."""
    name = urllib.parse.unquote(Path(urllib.parse.urlparse(url).path).name)
    name = re.sub(r"[\x00-\x1f/\\\\]", "_", name).strip(" .")
    return name or "review.pdf"


def _request(url: str, settings: Settings, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    """GET with retries and backoff: (status, headers, body). 304 comes back as such."""
    delay = settings.backoff
    last = ""
    for attempt in range(settings.retries + 1):
        if attempt:
            time.sleep(delay)
            delay *= 2
        request = urllib.request.Request(url, headers={"User-Agent": "gcm-extract", **headers})
        try:
            with urllib.request.urlopen(request, timeout=settings.timeout) as response:
                body = _read_bounded(response, settings.max_bytes, url)
                return response.status, {k.lower(): v for k, v in response.headers.items()}, body
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return 304, {}, b""
            last = f"HTTP {exc.code} {exc.reason}"
            if exc.code < 500 and exc.code != 429:
                break  # a client error will not mend itself
        except SyncError:
            raise
        except http.client.HTTPException as exc:  # a body cut off on the way: try again
            last = f"incomplete response ({type(exc).__name__})"
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            last = "timed out" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else str(reason)
    raise SyncError(f"{url}: {last} (after {attempt + 1} attempts)")


def _read_bounded(response, limit: int, url: str) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise SyncError(f"{url}: {int(length):,} bytes, over the limit of {limit:,}")
    chunks, total = [], 0
    while chunk := response.read(1 << 16):
        total += len(chunk)
        if total > limit:
            raise SyncError(f"{url}: over the limit of {limit:,} bytes")
        chunks.append(chunk)
    if length and length.isdigit() and total != int(length):
        # http.client returns a cut-off body without complaint: never keep half a file.
        raise http.client.IncompleteRead(b"".join(chunks), int(length) - total)
    return b"".join(chunks)


def read_manifest(raw: Path) -> dict[str, dict[str, str]]:
    path = Path(raw) / MANIFEST
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["url"]: row for row in csv.DictReader(handle)}


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_manifest(raw: Path, manifest: dict[str, dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(sorted(manifest.values(), key=lambda r: (r["file"], r["url"])))
    _write_atomic(Path(raw) / MANIFEST, buffer.getvalue().encode("utf-8"))


def sync(config: Config) -> SyncReport:
    """Download new or changed reviews from every source into ``config.raw``."""
    raw = config.raw
    raw.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(raw)
    before = {url: dict(row) for url, row in manifest.items()}
    report = SyncReport()
    owners = {row["file"]: url for url, row in manifest.items()}
    for source in config.sources:
        try:
            urls = [source.url]
            if source.kind == "listing":
                _, _, body = _request(source.url, config.settings, {})
                urls = review_links(body.decode("utf-8", errors="replace"), source.url)
        except SyncError as exc:
            report.errors.append(f"source {source.name}: {exc}")
            continue
        for url in urls:
            try:
                _fetch(url, raw, manifest, owners, config.settings, report)
            except SyncError as exc:
                report.errors.append(f"source {source.name}: {exc}")
    if manifest != before:
        _write_manifest(raw, manifest)
    return report


def _fetch(url, raw: Path, manifest, owners, settings: Settings, report: SyncReport) -> None:
    known = manifest.get(url)
    name = known["file"] if known else file_name(url)
    if not known:
        # A new URL never takes a name that another URL, or a file put in raw/ by hand, has.
        base, suffix, n = Path(name).stem, Path(name).suffix, 2
        while name in owners or name == MANIFEST or (raw / name).exists():
            name, n = f"{base}-{n}{suffix}", n + 1
    headers = {}
    if known and (raw / name).exists():
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    status, response_headers, body = _request(url, settings, headers)
    if status == 304:
        report.unchanged.append(name)
        return
    digest = hashlib.sha256(body).hexdigest()
    if known and known["sha256"] == digest and (raw / name).exists():
        report.unchanged.append(name)
    else:
        _write_atomic(raw / name, body)
        report.downloaded.append(name)
    manifest[url] = {
        "url": url,
        "file": name,
        "sha256": digest,
        "fetched_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "etag": response_headers.get("etag", ""),
        "last_modified": response_headers.get("last-modified", ""),
    }
    owners[name] = url
