"""rawdir: what sync writes into raw/, and the names it may use there.

Files are written atomically (a temporary file beside the final name, renamed
into place when complete) with the mode a plain ``open`` gives under the
user's umask (0644 under umask 022), so that other users and a Dask worker
running as another user can read them. ``manifest.csv`` is sync's record of
where each file came from.
"""

from __future__ import annotations

import csv
import io
import os
import re
import secrets
import urllib.parse
from pathlib import Path

from .fetch import Refused
from .ingest import FORMATS

MANIFEST = "manifest.csv"
METADATA = "metadata.csv"
RESERVED = (MANIFEST, METADATA)  # sync's own files in raw/, and the user's document metadata
MANIFEST_COLUMNS = ["url", "file", "sha256", "fetched_at", "etag", "last_modified"]


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


def write_manifest(raw: Path, manifest: dict[str, dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(sorted(manifest.values(), key=lambda r: (r["file"], r["url"])))
    write_atomic(Path(raw) / MANIFEST, buffer.getvalue().encode("utf-8"))
