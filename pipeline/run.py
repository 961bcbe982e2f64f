"""One document from file to Extraction, the documents of a folder, and a whole run.

``process_file`` never raises for a bad document: whatever goes wrong becomes
a status and a one-line message, so that a run over many documents goes on.

A run: ``plan`` says which documents the cache does not hold yet;
``extract_job`` extracts one of them into the cache (here, in a worker process
of ``workers.Workers``, or on a Dask worker) and gives back a small
``Outcome``; ``Plan.collect`` gathers every document's extraction from the
cache in folder order; ``publish_tables`` writes the tables.
"""

from __future__ import annotations

import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable


from .cache import ExtractionCache, cache_folder, cacheable
from .read.evidence import read_evidence
from .read.extract import extract
from .read.nlp import Pipelines, pipelines
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
    on_page: Callable[[int, int], None] | None = None,
) -> Extraction:
    """Ingest, segment and extract one file. Errors become status ``error``.
    ``on_page(number, pages)`` is called before each PDF page is read, and
    ``on_page(0, 0)`` once the file is read and its extraction begins."""
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
        document = replace(ingest(path, limits, on_page=on_page), doc_id=doc_id)
        if on_page is not None:
            on_page(0, 0)
        segmentation = segment(document)
        doc, mentions, facts = extract(document, segmentation, nlp)
        evidence = read_evidence(segmentation, mentions, doc, skip=Lines(document.text).is_toc)
    except IngestError as exc:
        return failed(str(exc), traceback.format_exc())
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc}", traceback.format_exc())
    except MemoryError:
        return failed(OUT_OF_MEMORY, traceback.format_exc())
    except Exception as exc:  # a bug must not stop the other documents
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return failed(f"internal error, please report it with the file ({message})", traceback.format_exc())
    warnings = list(document.warnings) + list(segmentation.warnings)
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


@dataclass(frozen=True)
class Outcome:
    """What extracting one document gives back to the run: its status, and the
    extraction itself where the cache does not hold it (an error, which is never
    cached; a document extracted on a machine with another cache). A document
    whose worker died has an error outcome and no extraction."""

    doc_id: str
    status: str
    message: str
    detail: str = ""
    pages: int = 0  # pages read (none for an error)
    extraction: Extraction | None = None

    def __repr__(self) -> str:  # as Prefect shows a task's result: short
        return f"Outcome({self.doc_id}: {self.status})"


def extract_job(
    job: Job,
    nlp: Pipelines,
    limits: Limits,
    cache: ExtractionCache | None,
    *,
    read: Callable[..., Extraction] = process_file,
    on_page: Callable[[int, int], None] | None = None,
) -> Outcome:
    """Extract one document into ``cache``; without one (on a machine that does
    not share it), the extraction comes back in the outcome. ``read`` is
    ``process_file``, or a stand-in in tests."""
    extraction = read(job.path, nlp, doc_id=job.doc_id, limits=limits, on_page=on_page)
    if cache is not None:
        cache.put(extraction)
    kept = cache is not None and cacheable(extraction)
    pages = extraction.document.pages if extraction.document.text else 0
    return Outcome(job.doc_id, extraction.status, extraction.message, extraction.detail, pages,
                   None if kept else extraction)


@dataclass
class Plan:
    """A run's documents: all of them, in folder order, and the ones to extract now."""

    jobs: list[Job]
    todo: list[Job]
    cache: ExtractionCache
    metadata: MetadataFile = MetadataFile()  # raw/metadata.csv: its values win over the text's

    def collect(self, outcomes: dict[str, Outcome]) -> list[Extraction]:
        """Every document's extraction, in folder order, with raw/metadata.csv's
        values: from the outcomes of this run where they carry one, else from the
        cache (which keeps extractions without those values: the file may change,
        the document not)."""
        extractions = []
        for job in self.jobs:
            outcome = outcomes.get(job.doc_id)
            if job.duplicate_of is not None:
                extraction = duplicate(job)
            elif outcome is not None and outcome.extraction is not None:
                extraction = outcome.extraction
            elif outcome is not None and outcome.status == STATUS_ERROR:  # its worker died
                document = _document(job.path, job.doc_id, job.sha256)
                extraction = Extraction(document, STATUS_ERROR, outcome.message, detail=outcome.detail)
            else:
                extraction = self.cache.get(job.sha256, job.doc_id, job.path.name)
                if extraction is None:  # gone since it was extracted: the cache folder was removed
                    extraction = Extraction(_document(job.path, job.doc_id, job.sha256), STATUS_ERROR, LOST)
            extractions.append(self.metadata.apply(extraction))
        return extractions

    def forget_others(self) -> None:
        """Prune the cache to this run's documents (unless another run holds it)."""
        self.cache.prune({job.sha256 for job in self.jobs})


LOST = "the extraction was removed from the cache before the tables were written: run again"
OUT_OF_MEMORY = "out of memory while reading this file: raise --max-memory to read it"


def plan(raw: Path, cache: ExtractionCache, *, reuse: bool = True) -> Plan:
    """What a run over ``raw`` must extract: what the cache does not hold yet
    (everything, without ``reuse``). Duplicates are never extracted."""
    jobs = discover(raw)
    todo = [job for job in jobs
            if job.duplicate_of is None and not (reuse and cache.has(job.sha256, job.path.name))]
    return Plan(jobs, todo, cache, MetadataFile.load(Path(raw) / METADATA))


def has_work(raw: Path, out: Path, *, use_cache: bool = True) -> bool:
    """Whether a run over ``raw`` would extract anything (rather than find it all in the cache)."""
    return bool(plan(raw, ExtractionCache(cache_folder(out)), reuse=use_cache).todo)


def run_folder(
    raw: Path,
    out: Path,
    nlp: Pipelines | None = None,
    limits: Limits = Limits(),
    *,
    use_cache: bool = True,
    workers: int = 0,
    max_memory: int | None = None,
) -> RunSummary:
    """A whole run without Prefect: every new or changed document of ``raw``,
    then the tables in ``out``. ``workers=0`` extracts in this process with
    ``nlp`` (built if not given); ``workers=N`` in N worker processes, each
    limited to ``max_memory`` bytes, a crash costing only its document."""
    cache = ExtractionCache(cache_folder(out))
    with cache.in_use():
        work = plan(raw, cache, reuse=use_cache)
        if workers:
            from .workers import WorkerSettings, Workers

            with Workers(workers, WorkerSettings(limits, cache, max_memory)) as pool:
                outcomes = extract_all(work.todo, pool)
        else:
            if work.todo and nlp is None:
                nlp = pipelines()
            outcomes = {job.doc_id: extract_job(job, nlp, limits, cache) for job in work.todo}
        summary = publish_tables(work.collect(outcomes), out, extracted=len(outcomes))
        work.forget_others()
    return summary


def extract_all(jobs: list[Job], pool) -> dict[str, Outcome]:
    """Every job through a pool of worker processes, as many at a time as it has."""
    with ThreadPoolExecutor(pool.size) as threads:
        return dict(zip([job.doc_id for job in jobs], threads.map(pool.extract, jobs)))


if __name__ == "__main__":  # python -m pipeline.run RAW OUT: the same run, without Prefect
    import sys

    print(run_folder(Path(sys.argv[1]), Path(sys.argv[2])).line())
