"""A cache of per-document extractions, so that a re-run extracts only what changed.

An entry is keyed on the file's SHA-256, its format and the pipeline's version:
a digest of the library's code and rule files, so that a change to either
re-extracts everything. The tables are always rebuilt from the entries of the
documents present now: a removed document leaves the tables, a renamed one
keeps its extraction under its new name.

The cache is also how extractions travel: a worker process puts what it
extracted here and sends back only its status, and the tables are built from
the entries.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import pickle
import secrets
import shutil
import time
from dataclasses import replace
from functools import cache
from pathlib import Path

from .ingest import FORMATS
from .models import STATUS_ERROR, Extraction


@cache
def pipeline_version() -> str:
    """A digest of every source and rule file of the library."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".jsonl") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cacheable(extraction: Extraction) -> bool:
    """Whether ``put`` keeps an extraction (see there)."""
    document = extraction.document
    return extraction.status != STATUS_ERROR and bool(document.sha256) and not document.ocr_skipped


def cache_folder(out: Path) -> Path:
    """Where the cache of an output folder lives: beside it, not inside (it is replaced whole)."""
    out = Path(out)
    return out.parent / f".{out.name}.cache"


class ExtractionCache:
    def __init__(self, folder: Path, version: str | None = None):
        self.version = version or pipeline_version()
        self.root = Path(folder)
        self.folder = self.root / self.version
        self._held = None  # the lock file while a run holds the cache (see ``in_use``)

    def __getstate__(self) -> dict:  # sent to worker processes: the lock stays here
        return {**self.__dict__, "_held": None}

    def _path(self, sha256: str, source_file: str) -> Path:
        # The same bytes renamed from .txt to .md are read another way: another entry.
        fmt = FORMATS.get(Path(source_file).suffix.lower(), "other")
        return self.folder / f"{sha256}.{fmt}.pickle"

    def has(self, sha256: str, source_file: str) -> bool:
        """Whether the cache holds the extraction of a file with these bytes and this format."""
        return self._path(sha256, source_file).exists()

    def get(self, sha256: str, doc_id: str, source_file: str) -> Extraction | None:
        """The extraction of a file with these bytes, under its present name; None when absent
        (or when it was read as another format: the same bytes renamed .txt to .md)."""
        try:
            with open(self._path(sha256, source_file), "rb") as handle:
                extraction: Extraction = pickle.load(handle)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None
        document = replace(extraction.document, doc_id=doc_id, source_file=source_file)
        return replace(extraction, document=document)

    def put(self, extraction: Extraction) -> None:
        """Keep an extraction; errors are not kept, so a failed document is tried again,
        nor is a document with pages that OCR should have read (Tesseract may be installed,
        or --no-ocr left out, by the next run)."""
        if not cacheable(extraction):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        # Not tempfile.mkstemp: its 0600 would keep the entry from a Dask worker or a
        # colleague running as another user; the umask decides, as for any file.
        temporary = self.folder / f"{os.getpid()}-{secrets.token_hex(4)}.part"
        with open(temporary, "xb") as out:
            pickle.dump(extraction, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self._path(extraction.document.sha256, extraction.document.source_file))

    @contextlib.contextmanager
    def in_use(self):
        """Hold the cache for a run. Runs share it; ``prune`` waits for none of
        them and removes nothing while another run holds it, since that run may
        still need entries that are not in this run's folder."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_SH)
            self._held = handle
            try:
                yield self
            finally:
                self._held = None

    @contextlib.contextmanager
    def _alone(self):
        """True when no other run holds the cache (for as long as the block runs)."""
        if self._held is not None:
            handle, closing = self._held, contextlib.nullcontext()
        else:
            self.root.mkdir(parents=True, exist_ok=True)
            handle = closing = open(self.root / ".lock", "a+")
        with closing:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_SH if self._held is not None else fcntl.LOCK_UN)

    def prune(self, keep: set[str]) -> None:
        """Forget other pipeline versions and files no longer present (``keep``:
        the SHA-256 of the files present), unless another run holds the cache."""
        with self._alone() as alone:
            if alone:
                self._prune(keep)

    def _prune(self, keep: set[str]) -> None:
        if self.root.exists():
            for other in self.root.iterdir():
                if other.is_dir() and other.name != self.version:
                    shutil.rmtree(other, ignore_errors=True)
        if self.folder.exists():
            for entry in self.folder.iterdir():
                # A ".part" file may be another run's entry being written: leave it unless old.
                stale = entry.suffix == ".part" and time.time() - entry.stat().st_mtime > 3600
                if stale or (entry.suffix == ".pickle" and entry.name.split(".")[0] not in keep):
                    entry.unlink(missing_ok=True)
