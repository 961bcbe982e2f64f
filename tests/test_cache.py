from conftest import SAMPLE
from pipeline.cache import ExtractionCache, pipeline_version
from pipeline.models import Document, Extraction
from pipeline.run import process_file


def test_an_extraction_comes_back_under_the_file_s_present_name(nlp, tmp_path):
    extraction = process_file(SAMPLE, nlp)
    cache = ExtractionCache(tmp_path)
    cache.put(extraction)
    again = cache.get(extraction.document.sha256, "renamed", "renamed.txt")
    assert (again.document.doc_id, again.document.source_file) == ("renamed", "renamed.txt")
    assert again.facts == extraction.facts and again.sections == extraction.sections
    assert cache.get("0" * 64, "x", "x.txt") is None


def test_another_pipeline_version_misses_and_is_pruned(nlp, tmp_path):
    extraction = process_file(SAMPLE, nlp)
    ExtractionCache(tmp_path, version="old").put(extraction)
    current = ExtractionCache(tmp_path)
    assert current.version == pipeline_version() != "old"
    assert current.get(extraction.document.sha256, "a", "a.txt") is None
    current.put(extraction)
    current.prune(keep=set())
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", pipeline_version()]
    assert list((tmp_path / pipeline_version()).iterdir()) == []


def test_the_same_bytes_under_another_format_are_read_again(nlp, tmp_path):
    extraction = process_file(SAMPLE, nlp)
    cache = ExtractionCache(tmp_path)
    cache.put(extraction)
    assert cache.get(extraction.document.sha256, "r", "r.md") is None
    assert cache.get(extraction.document.sha256, "r", "r.txt") is not None


def test_errors_are_not_kept(tmp_path):
    document = Document(doc_id="bad", source_file="bad.pdf", sha256="f" * 64, format="pdf", text="")
    cache = ExtractionCache(tmp_path)
    cache.put(Extraction(document, "error", "no text layer: the document needs OCR"))
    assert cache.get("f" * 64, "bad", "bad.pdf") is None
