"""Review metadata: from the title and opening text, and from raw/metadata.csv."""

import os

import pytest

from pipeline.cache import ExtractionCache
from pipeline.ingest import Limits
from pipeline.metadata import MetadataFile, read_metadata
from pipeline.models import Document, Extraction, ReviewMetadata
from pipeline.run import extract_job, plan


def metadata_of(text: str) -> ReviewMetadata:
    return read_metadata(Document(doc_id="t", source_file="t.txt", sha256="", format="txt", text=text))


# (opening text, country, review_kind, review_year, what the message says decided)
OPENINGS = [
    # the examples of the review metadata's specification
    ("Voluntary GCM review by Japan\n\n1 Ensuring that migration is voluntary", "JPN", "imrf_review", None,
     ("country JPN from the title ('review by Japan')",
      "review_kind imrf_review from the title ('Voluntary GCM review')")),
    ("Contribution by the Kingdom of the Netherlands\n\nThe Netherlands works with Viet Nam on return.",
     "NLD", None, None, ("country NLD from the title ('Contribution by the Kingdom of the Netherlands')",)),
    ("Voluntary Contribution of the Republic of Moldova to the First Regional Review", "MDA", "regional_review",
     None, ("country MDA from the title ('Contribution of the Republic of Moldova')",
            "review_kind regional_review from the title ('Regional Review')")),
    ("Informe nacional de Guatemala\n\nEl presente informe describe la cooperación con México.", "GTM", None, None,
     ("country GTM from the title ('Informe nacional de Guatemala')",)),
    ("Rapport national du Sénégal", "SEN", None, None, ("country SEN from the title ('Rapport national du Sénégal')",)),
    # English
    ("JAPAN\n\nVoluntary review for the second International Migration Review Forum", "JPN", "imrf_review", 2026,
     ("country JPN from the title ('JAPAN')",
      "review_kind imrf_review from the opening text ('International Migration Review Forum')",
      "review_year 2026 from the opening text ('second International Migration Review Forum')")),
    ("Mexico's voluntary GCM review 2021", "MEX", "imrf_review", 2021,
     ("country MEX from the title ('Mexico's voluntary GCM review')",
      "review_kind imrf_review from the title ('voluntary GCM review')",
      "review_year 2021 from the title ('voluntary GCM review 2021')")),
    ("Report on migration governance\n\nThis report covers cooperation with Viet Nam and Mexico since 2019.",
     None, None, None, ()),
    # Spanish
    ("Informe del Gobierno de la República Dominicana para el Examen Regional de América Latina y el Caribe 2021",
     "DOM", "regional_review", 2021,
     ("country DOM from the title ('Gobierno de la República Dominicana')",
      "review_kind regional_review from the title ('Examen Regional')",
      "review_year 2021 from the title ('Examen Regional de América Latina y el Caribe 2021')")),
    ("Examen voluntario del Pacto Mundial – Ecuador", "ECU", "imrf_review", None,
     ("country ECU from the title ('Examen voluntario del Pacto Mundial – Ecuador')",
      "review_kind imrf_review from the title ('Examen voluntario del Pacto Mundial')")),
    ("Informe sobre migración\n\nEl Gobierno colabora con Colombia y con el Perú en el Foro de Examen de la "
     "Migración Internacional.", None, "imrf_review", None,
     ("review_kind imrf_review from the opening text ('Foro de Examen de la Migración Internacional')",)),
    # French
    ("Rapport du Gouvernement japonais sur la mise en œuvre du Pacte mondial", "JPN", None, None,
     ("country JPN from the title ('Gouvernement japonais')",)),
    ("Contribution de la République de Côte d'Ivoire au premier Forum d'examen des migrations internationales",
     "CIV", "imrf_review", 2022,
     ("country CIV from the title ('Contribution de la République de Côte d'Ivoire')",
      "review_kind imrf_review from the title ('Forum d'examen des migrations internationales')",
      "review_year 2022 from the title ('premier Forum d'examen des migrations internationales')")),
    ("Examen régional\n\nLe Maroc et la Tunisie ont présenté leurs travaux.", None, "regional_review", None,
     ("review_kind regional_review from the title ('Examen régional')",)),
]


@pytest.mark.parametrize("text, country, kind, year, decided", OPENINGS)
def test_metadata_from_the_opening(text, country, kind, year, decided):
    assert metadata_of(text) == ReviewMetadata(country, kind, year, None, decided)


def test_a_country_named_in_passing_in_the_body_does_not_decide():
    opening = "Annual report\n\n" + "Cooperation with Viet Nam on labour migration continued. " * 3
    assert metadata_of(opening).country is None


def test_two_authors_are_as_good_as_none():
    assert metadata_of("Joint report of Chile and Peru").country is None


def test_the_regional_review_and_the_imrf_both_named_leave_the_kind_empty():
    assert metadata_of("Report for the regional review and the IMRF 2022").review_kind is None


def extraction(source_file: str, status: str = "ok", message: str = "", **metadata) -> Extraction:
    document = Document(doc_id=source_file.split(".")[0], source_file=source_file, sha256="", format="txt", text="x")
    return Extraction(document, status, message, metadata=ReviewMetadata(**metadata))


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_metadata_file_wins_over_the_text(tmp_path):
    file = MetadataFile.load(write(tmp_path / "metadata.csv",
                                   "source_file,url,country,review_year,review_kind,language\n"
                                   "a.txt,https://example.org/a,Japon,2022,imrf_review,fr\n"))
    from_text = extraction("a.txt", country="NLD", review_kind="regional_review",
                           decided=("country NLD from the title ('x')", "review_kind regional_review from the title ('y')"))
    result = file.apply(from_text)
    assert result.metadata == ReviewMetadata(
        "JPN", "imrf_review", 2022, "fr", ("country, review_year, review_kind, language from raw/metadata.csv",)
    )
    assert (result.status, result.message) == ("ok", "")


def test_metadata_file_with_some_columns_keeps_the_text_for_the_others(tmp_path):
    file = MetadataFile.load(write(tmp_path / "metadata.csv", "review_year,source_file\n2026,a.txt\n"))
    result = file.apply(extraction("a.txt", country="JPN", decided=("country JPN from the title ('Japan')",)))
    assert result.metadata == ReviewMetadata(
        "JPN", None, 2026, None, ("country JPN from the title ('Japan')", "review_year from raw/metadata.csv")
    )


def test_a_wrong_value_is_ignored_with_a_warning(tmp_path):
    file = MetadataFile.load(write(tmp_path / "metadata.csv",
                                   "source_file,country,review_kind,review_year\na.txt,Narnia,imrf,20x2\n"))
    result = file.apply(extraction("a.txt", message="decoded as cp1252", country="JPN"))
    assert result.metadata.country == "JPN"
    assert (result.status, result.message) == ("warning", (
        "decoded as cp1252; "
        "raw/metadata.csv: country 'Narnia' is not a country name or ISO code; ignored; "
        "raw/metadata.csv: review_kind 'imrf' is not one of imrf_review, regional_review, other; ignored; "
        "raw/metadata.csv: review_year '20x2' is not a year from 2018 on; ignored"
    ))


@pytest.mark.parametrize("content, problem", [
    (b"url,country\nhttps://example.org/a,JPN\n", "raw/metadata.csv has no source_file column: it is not used"),
    (b"source_file,country\na.txt,\xff\xfe\n",
     "raw/metadata.csv is not UTF-8 (byte 0xff at offset 26): it is not used; save it as UTF-8 CSV"),
])
def test_an_unusable_metadata_file_is_a_warning_on_every_document(tmp_path, content, problem):
    (tmp_path / "metadata.csv").write_bytes(content)
    result = MetadataFile.load(tmp_path / "metadata.csv").apply(extraction("a.txt", status="error", message="empty"))
    assert (result.status, result.message) == ("error", f"empty; {problem}")
    assert MetadataFile.load(tmp_path / "metadata.csv").apply(extraction("b.txt")).status == "warning"


def test_rows_for_other_files_and_a_missing_file_change_nothing(tmp_path):
    original = extraction("a.txt", country="JPN")
    assert MetadataFile.load(tmp_path / "missing.csv").apply(original) == original
    file = MetadataFile.load(write(tmp_path / "metadata.csv", "source_file,country\nb.txt,PER\n"))
    assert file.apply(original) == original


def test_a_run_reads_raw_metadata_csv(raw, nlp, tmp_path):
    write(raw / "metadata.csv", "source_file,country,review_kind,review_year\n000_336938581adf79a7.txt,jpn,,2022\n")
    os.utime(raw / "000_336938581adf79a7.txt", (1_700_000_000, 1_700_000_000))
    work = plan(raw, ExtractionCache(tmp_path / "cache"))
    assert [j.path.name for j in work.jobs] == ["000_336938581adf79a7.txt"]  # metadata.csv is no document
    [result] = work.collect({job.doc_id: extract_job(job, nlp, Limits(), None) for job in work.todo})
    assert result.metadata == ReviewMetadata("JPN", "imrf_review", 2022, None, (
        "review_kind imrf_review from the title ('Voluntary GCM review')",
        "country, review_year from raw/metadata.csv",
    ), file_date="2023-11-14T22:13:20Z")  # to order editions of one year; in no table
