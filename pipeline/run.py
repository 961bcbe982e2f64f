"""One document from file to Extraction, the documents of a folder, and a whole run.

``process_file`` never raises for a bad document: whatever goes wrong becomes
a status and a one-line message, so that a run over many documents goes on.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from pathlib import Path


from .cache import ExtractionCache, cache_folder
from .read.evidence import read_evidence
from .read.extract import extract
from .read.nlp import Pipelines
from .ingest import FORMATS, IngestError, Limits, doc_id_for, file_sha256, ingest
from .metadata import MetadataFile, read_metadata
from .rawdir import METADATA
from .models import STATUS_ERROR, STATUS_OK, STATUS_WARNING, Document, Extraction
from .rules import LANGUAGES
from .read.segment import Lines, segment

# Files that look like documents but that the pipeline cannot read: reported, not skipped.
UNSUPPORTED = {".doc", ".docx", ".odt", ".rtf", ".html", ".htm", ".epub"}


@dataclass(frozen=True)
class Job:
    """One file of a run: its id, its content's digest, and the file it repeats, if any."""

    path: Path
    doc_id: str
    sha256: str
    duplicate_of: "Job | None" = None


def discover(raw: Path) -> list[Job]:
    """The documents in a folder, sorted by name, each with a unique doc_id;
    a file with the same bytes as an earlier one is marked as its duplicate."""
    paths = sorted(
        (p for p in Path(raw).resolve().iterdir()
         if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in FORMATS.keys() | UNSUPPORTED),
        key=lambda p: p.name,
    )
    counts: dict[str, int] = {}
    for path in paths:
        counts[doc_id_for(path)] = counts.get(doc_id_for(path), 0) + 1
    jobs: list[Job] = []
    used: set[str] = set()
    first: dict[str, Job] = {}
    for path in paths:
        doc_id = doc_id_for(path)
        if counts[doc_id] > 1:  # "review.pdf" and "review.txt"
            doc_id = f"{doc_id}-{path.suffix.lower().lstrip('.')}"
        base, n = doc_id, 2
        while doc_id in used:
            doc_id, n = f"{base}-{n}", n + 1
        used.add(doc_id)
        sha = file_sha256(path)
        job = Job(path, doc_id, sha, first.get(sha))
        first.setdefault(sha, job)
        jobs.append(job)
    return jobs


def _document(path: Path, doc_id: str, sha256: str) -> Document:
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    return Document(doc_id=doc_id, source_file=path.name, sha256=sha256, format=fmt, text="")


def duplicate(job: Job) -> Extraction:
    """The row for a file whose bytes were already extracted under another name."""
    original = job.duplicate_of
    return Extraction(
        document=_document(job.path, job.doc_id, job.sha256),
        status=STATUS_WARNING,
        message=f"same content as {original.path.name}: extracted once, as {original.doc_id}",
    )


def process_file(
    path: Path,
    nlp: Pipelines,
    *,
    doc_id: str | None = None,
    limits: Limits = Limits(),
) -> Extraction:
    """Ingest, segment and extract one file. Errors become status ``error``."""
    path = Path(path)
    doc_id = doc_id or doc_id_for(path)

    def failed(message: str, detail: str = "") -> Extraction:
        try:
            digest = file_sha256(path)
        except OSError:
            digest = ""
        return Extraction(_document(path, doc_id, digest), STATUS_ERROR, message, detail=detail)

    if path.suffix.lower() in UNSUPPORTED:
        return failed(f"unsupported file type '{path.suffix}': save it as PDF or plain text")
    try:
        document = replace(ingest(path, limits), doc_id=doc_id)
        segmentation = segment(document)
        doc, mentions, facts = extract(document, segmentation, nlp)
        evidence = read_evidence(segmentation, mentions, doc, skip=Lines(document.text).is_toc)
    except IngestError as exc:
        return failed(str(exc), traceback.format_exc())
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc}", traceback.format_exc())
    except Exception as exc:  # a bug must not stop the other documents
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return failed(f"internal error, please report it with the file ({message})", traceback.format_exc())
    warnings = list(segmentation.warnings)
    if document.language and document.language not in LANGUAGES:
        warnings.append(
            f"language '{document.language}': the rules are written for English, Spanish and French, "
            "figures may be missed"
        )
    notes = list(document.notes) + list(segmentation.notes)
    return Extraction(
        document=document,
        status=STATUS_WARNING if warnings else STATUS_OK,
        message="; ".join(warnings + notes),
        sections=segmentation.sections,
        mentions=mentions,
        facts=facts,
        metadata=read_metadata(document),
        evidence=evidence,
    )


@dataclass(frozen=True)
class RunSummary:
    extracted: int  # documents extracted in this run
    documents: int
    ok: int
    warning: int
    error: int
    facts: int
    mentions: int
    out: str
    problems: tuple[tuple[str, str, str, str], ...] = ()  # doc_id, status, message, detail
    duplicates: int = 0  # files with the same bytes as an earlier one: extracted once, under that one

    @property
    def unchanged(self) -> int:
        """Documents whose extraction came from the cache."""
        return self.documents - self.extracted - self.duplicates

    def line(self) -> str:
        return (
            f"{self.documents} documents ({self.ok} ok, {self.warning} warning, {self.error} error; "
            f"{self.extracted} extracted, {self.unchanged} unchanged, {self.duplicates} duplicate): "
            f"{self.facts} numeric facts, {self.mentions} objective mentions -> {self.out}"
        )


def nothing_to_extract(raw: Path) -> str:
    """What a run over a folder without any review says instead of "0 documents"."""
    return f"no .pdf, .txt or .md files in {Path(raw)}/: nothing to extract"


def publish_tables(extractions: list[Extraction], out: Path, *, extracted: int | None = None) -> RunSummary:
    """Write every table for ``extractions`` and replace ``out`` with them in one step."""
    from . import store
    from .database import write_database
    from .html_report import write_report
    from .tables import write_tables

    out = Path(out)
    stage = store.staging(out)
    try:
        tables = write_tables(extractions, stage)
        write_database(tables, stage / "gcm.sqlite")
        texts = {e.document.doc_id: e.document.text for e in extractions if e.document.text}  # as in text/
        write_report(tables, texts, stage / "report.html")
        with store.lock(out, wait=True):
            store.publish(stage, out)
    except BaseException:
        store.discard(stage)
        raise
    statuses = [e.status for e in extractions]
    digests = [e.document.sha256 for e in extractions if e.document.sha256]
    duplicates = len(digests) - len(set(digests))  # as `discover` marks them: same bytes as an earlier file
    return RunSummary(
        extracted=len(extractions) - duplicates if extracted is None else extracted,
        duplicates=duplicates,
        documents=len(extractions),
        ok=statuses.count(STATUS_OK),
        warning=statuses.count(STATUS_WARNING),
        error=statuses.count(STATUS_ERROR),
        facts=sum(len(e.facts) for e in extractions),
        mentions=sum(len(e.mentions) for e in extractions),
        out=str(out),
        problems=tuple(
            (e.document.doc_id, e.status, e.message, e.detail) for e in extractions if e.status != STATUS_OK
        ),
    )


@dataclass
class Plan:
    """A run's documents: the ones to extract now and the ones already extracted."""

    jobs: list[Job]
    done: dict[str, Extraction]  # doc_id -> extraction from the cache, or a duplicate's row
    cache: ExtractionCache | None
    metadata: MetadataFile = MetadataFile()  # raw/metadata.csv: its values win over the text's

    @property
    def todo(self) -> list[Job]:
        return [job for job in self.jobs if job.doc_id not in self.done]

    def finish(self, extracted: dict[str, Extraction]) -> list[Extraction]:
        """All extractions in document order, with raw/metadata.csv's values; new ones go
        into the cache (without those values: the file may change, the document not)."""
        if self.cache is not None:
            for extraction in extracted.values():
                self.cache.put(extraction)
            self.cache.prune({job.sha256 for job in self.jobs})
        return [self.metadata.apply(self.done.get(job.doc_id) or extracted[job.doc_id]) for job in self.jobs]


def plan(raw: Path, cache: ExtractionCache | None = None) -> Plan:
    """What a run over ``raw`` must extract, given what the cache holds."""
    jobs = discover(raw)
    done: dict[str, Extraction] = {}
    for job in jobs:
        if job.duplicate_of is not None:
            done[job.doc_id] = duplicate(job)
        elif cache is not None:
            cached = cache.get(job.sha256, job.doc_id, job.path.name)
            if cached is not None:
                done[job.doc_id] = cached
    return Plan(jobs, done, cache, MetadataFile.load(Path(raw) / METADATA))


def run_folder(
    raw: Path, out: Path, nlp: Pipelines, limits: Limits = Limits(), *, use_cache: bool = True
) -> RunSummary:
    """A whole run without Prefect: every document of ``raw``, then the tables in ``out``."""
    work = plan(raw, ExtractionCache(cache_folder(out)) if use_cache else None)
    extracted = {job.doc_id: process_file(job.path, nlp, doc_id=job.doc_id, limits=limits) for job in work.todo}
    return publish_tables(work.finish(extracted), out, extracted=len(extracted))


if __name__ == "__main__":  # python -m pipeline.run RAW OUT: the same run, without Prefect
    import sys

    from .read.nlp import pipelines

    print(run_folder(Path(sys.argv[1]), Path(sys.argv[2]), pipelines()).line())
