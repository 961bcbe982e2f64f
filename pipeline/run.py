"""One document from file to Extraction, and the list of documents in a folder.

``process_file`` never raises for a bad document: whatever goes wrong becomes
a status and a one-line message, so that a run over many documents goes on.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, FORMATS, IngestError, doc_id_for, ingest
from .models import STATUS_ERROR, STATUS_OK, STATUS_WARNING, Document, Extraction
from .segment import segment

# Files that look like documents but that the pipeline cannot read: reported, not skipped.
UNSUPPORTED = {".doc", ".docx", ".odt", ".rtf", ".html", ".htm", ".epub"}
RULE_LANGUAGES = {"en"}


def discover(raw: Path) -> list[tuple[Path, str]]:
    """The documents in a folder, sorted by name, each with a unique doc_id."""
    paths = sorted(
        (p for p in Path(raw).iterdir()
         if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in FORMATS.keys() | UNSUPPORTED),
        key=lambda p: p.name,
    )
    ids: dict[str, int] = {}
    for path in paths:
        ids[doc_id_for(path)] = ids.get(doc_id_for(path), 0) + 1
    out, used = [], set()
    for path in paths:
        doc_id = doc_id_for(path)
        if ids[doc_id] > 1:  # "review.pdf" and "review.txt"
            doc_id = f"{doc_id}-{path.suffix.lower().lstrip('.')}"
        base, n = doc_id, 2
        while doc_id in used:
            doc_id, n = f"{base}-{n}", n + 1
        used.add(doc_id)
        out.append((path, doc_id))
    return out


def failed(path: Path, doc_id: str, message: str) -> Extraction:
    import hashlib

    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = ""
    document = Document(
        doc_id=doc_id, source_file=path.name, sha256=digest,
        format=FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip(".")), text="",
    )
    return Extraction(document=document, status=STATUS_ERROR, message=message)


def process_file(
    path: Path,
    nlp: Language,
    *,
    doc_id: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    debug: bool = False,
) -> Extraction:
    """Ingest, segment and extract one file. Errors become status ``error``."""
    path = Path(path)
    doc_id = doc_id or doc_id_for(path)
    if path.suffix.lower() in UNSUPPORTED:
        return failed(path, doc_id, f"unsupported file type '{path.suffix}': save it as PDF or plain text")
    try:
        document = replace(ingest(path, max_pages=max_pages, max_bytes=max_bytes), doc_id=doc_id)
        segmentation = segment(document)
        _, mentions, facts = extract(document, segmentation, nlp)
    except IngestError as exc:
        return failed(path, doc_id, str(exc))
    except Exception as exc:  # a bug must not stop the other documents
        detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
        message = "internal error, please report it with the file: " + " ".join(detail.split())
        return failed(path, doc_id, message)
    warnings = list(segmentation.warnings)
    if document.language not in RULE_LANGUAGES:
        name = document.language or "unknown"
        warnings.append(f"language '{name}': the rules are written for English, figures may be missed")
    notes = list(document.notes) + list(segmentation.notes)
    return Extraction(
        document=document,
        status=STATUS_WARNING if warnings else STATUS_OK,
        message="; ".join(warnings + notes),
        sections=segmentation.sections,
        mentions=mentions,
        facts=facts,
    )


@dataclass(frozen=True)
class RunSummary:
    documents: int
    ok: int
    warning: int
    error: int
    facts: int
    mentions: int
    out: str

    def line(self) -> str:
        return (
            f"{self.documents} documents ({self.ok} ok, {self.warning} warning, {self.error} error): "
            f"{self.facts} numeric facts, {self.mentions} objective mentions -> {self.out}"
        )


def publish_tables(extractions: list[Extraction], out: Path) -> RunSummary:
    """Write every table for ``extractions`` and replace ``out`` with them in one step."""
    from . import store
    from .tables import write_tables

    out = Path(out)
    stage = store.staging(out)
    try:
        write_tables(extractions, stage)
        with store.lock(out, wait=True):
            store.publish(stage, out)
    except BaseException:
        store.discard(stage)
        raise
    statuses = [e.status for e in extractions]
    return RunSummary(
        documents=len(extractions),
        ok=statuses.count(STATUS_OK),
        warning=statuses.count(STATUS_WARNING),
        error=statuses.count(STATUS_ERROR),
        facts=sum(len(e.facts) for e in extractions),
        mentions=sum(len(e.mentions) for e in extractions),
        out=str(out),
    )
