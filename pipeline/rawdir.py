"""rawdir: what sync writes into raw/, and the names it may use there.

Files are written atomically (a temporary file beside the final name, renamed
into place when complete) with the mode a plain ``open`` gives under the
user's umask (0644 under umask 022), so that other users and a Dask worker
running as another user can read them. ``manifest.csv`` is sync's record of
where each file came from; ``metadata.csv`` says what each document is
(country, kind and year of review, language), and is the user's as much as
sync's: a value the user wrote there is never overwritten.

How sync tells its own values from the user's: the manifest keeps, for each
file, the values sync last wrote to metadata.csv (``meta_*``). A field that
still holds that value is sync's to update when the listing changes; a field
that holds anything else was edited by hand, and stays. A row that was there
before sync wrote one for the file (``meta_url`` empty) is the user's whole.
"""

from __future__ import annotations

import csv
import email.utils
import io
import os
import re
import secrets
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

from .fetch import Refused, SyncError
from .ingest import FORMATS

MANIFEST = "manifest.csv"
METADATA = "metadata.csv"
RESERVED = (MANIFEST, METADATA)  # sync's own files in raw/, and the user's document metadata
METADATA_COLUMNS = ["source_file", "url", "country", "review_kind", "review_year", "language"]
LISTED = METADATA_COLUMNS[1:]  # what a listing says about a file
MANIFEST_COLUMNS = ["url", "file", "sha256", "fetched_at", "etag", "last_modified"] + [f"meta_{c}" for c in LISTED]


def file_name(url: str) -> str:
    """The name a URL's file takes in raw/: its last path segment, decoded.

    Refused when that name would leave raw/ (``../``, a separator, a control
    character), would replace manifest.csv or metadata.csv, or is not a .pdf,
    .txt or .md file.
    """
    segment = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1]
    name = urllib.parse.unquote(segment)
    if "/" in name or "\\" in name or name in (".", "..") or re.search(r"[\x00-\x1f\x7f]", name):
        raise Refused(url, f"its file name {name!r} would leave raw/")
    name = name.strip(" .")
    if name.casefold() in RESERVED:
        raise Refused(url, f"its file name {name} would replace raw/{name.lower()}")
    if Path(name).suffix.lower() not in FORMATS:
        raise Refused(url, f"{name or 'its name'} is not a .pdf, .txt or .md file")
    return name


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all, with the mode the umask gives a new file."""
    path = Path(path)
    temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    # os.open with 0o666 is what open() does: the umask alone decides the mode (mkstemp would give 0600).
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_manifest(raw: Path) -> dict[str, dict[str, str]]:
    """url -> the manifest's row for it."""
    path = Path(raw) / MANIFEST
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["url"]: {c: row.get(c) or "" for c in MANIFEST_COLUMNS} for row in csv.DictReader(handle)}


def file_dates(raw: Path) -> dict[str, str]:
    """File name -> the file's date, to order two editions of one review year: the
    Last-Modified its server gave when sync fetched it, else the file's modification
    time; ISO 8601 in UTC, to the second. A manifest that cannot be read is passed over."""
    raw = Path(raw)
    dates: dict[str, str] = {}
    try:
        manifest = read_manifest(raw)
    except (OSError, UnicodeDecodeError, csv.Error):
        manifest = {}
    for row in manifest.values():
        try:
            when = email.utils.parsedate_to_datetime(row["last_modified"])
        except (TypeError, ValueError, IndexError):
            continue
        dates[row["file"]] = _iso(when if when.tzinfo else when.replace(tzinfo=timezone.utc))
    for path in raw.iterdir() if raw.is_dir() else ():
        if path.name not in dates and path.is_file():
            dates[path.name] = _iso(datetime.fromtimestamp(path.stat().st_mtime, timezone.utc))
    return dates


def _iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_manifest(raw: Path, manifest: dict[str, dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(sorted(manifest.values(), key=lambda r: (r["file"], r["url"])))
    write_atomic(Path(raw) / MANIFEST, buffer.getvalue().encode("utf-8"))


def update_metadata(raw: Path, manifest: dict[str, dict[str, str]], listed: dict[str, dict[str, str]]) -> None:
    """Bring ``raw/metadata.csv`` up to date with what the listings say now, never over a hand-written value.

    ``listed``: file name -> its values (``LISTED``). The manifest's ``meta_*``
    fields are updated to what was written. SyncError when metadata.csv cannot be read
    as a table with a ``source_file`` column; it is then left as it is.
    """
    path = Path(raw) / METADATA
    columns, rows = list(METADATA_COLUMNS), []
    if path.exists():
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                reader = csv.DictReader(handle)
                rows = list(reader)
                header = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            raise SyncError(f"raw/{METADATA} cannot be read ({exc}): left as it is") from None
        for number, row in enumerate(rows, start=2):
            if None in row:
                raise SyncError(f"raw/{METADATA} line {number} has more cells than its header: left as it is")
        rows = [{k: v or "" for k, v in row.items()} for row in rows]
        if "source_file" not in header:
            raise SyncError(f"raw/{METADATA} has no source_file column: left as it is; its first line "
                            f"should be {','.join(METADATA_COLUMNS)}")
        columns += [c for c in header if c not in columns]  # the user's own columns are kept
    before = [dict(row) for row in rows]
    by_file = {}
    for row in rows:
        by_file.setdefault(row.get("source_file", ""), row)
    records = {row["file"]: row for row in manifest.values()}
    for name, values in listed.items():
        record, row = records[name], by_file.get(name)
        if row is None:  # no row yet (or the user removed it: it held nothing of theirs)
            rows.append(row := {"source_file": name, **values})
            record.update({f"meta_{c}": values[c] for c in LISTED})
        elif record["meta_url"]:
            for column in LISTED:
                if values[column] and row.get(column, "") == record[f"meta_{column}"]:
                    row[column] = record[f"meta_{column}"] = values[column]
    if rows != before:
        rows.sort(key=lambda row: row.get("source_file", ""))
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", restval="")
        writer.writeheader()
        writer.writerows(rows)
        write_atomic(path, buffer.getvalue().encode("utf-8"))
