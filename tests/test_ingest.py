from pathlib import Path

import pytest

from pdfs import make_pdf
from pipeline.ingest import IngestError, decode_text, doc_id_for, ingest, normalise_pages

PAGE_1 = [
    "1 Ensuring that migration is voluntary, orderly and regular",
    "a) Progress",
    "In 2020, the ministry trained 283 officials in 13 training sessions on fair recruitment "
    "and decent work across the country, with the support of IOM and the social partners.",
]
PAGE_2 = [
    "b) Challenges",
    "The number of labour inspections rose by 12% to 4,500 in 2021, covering some 300 employers.",
]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("000_336938581adf79a7.txt", "000_336938581adf79a7"),
        ("Revue nationale – Sénégal 2022.pdf", "revue-nationale-senegal-2022"),
        ("a b;rm -rf $(x).txt", "a-b-rm-rf-x"),
        ("---.txt", "document"),
    ],
)
def test_doc_id(name, expected):
    assert doc_id_for(Path(name)) == expected


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Sénégal – 12 %".encode("utf-8"), "Sénégal – 12 %", "utf-8"),
        ("\ufeffSénégal".encode("utf-8"), "Sénégal", "utf-8-sig"),
        ("Sénégal – 12 %".encode("cp1252"), "Sénégal – 12 %", "cp1252"),
        ("Sénégal".encode("utf-16"), "Sénégal", "utf-16"),
    ],
)
def test_decode_text(data, text, encoding):
    assert decode_text(data) == (text, encoding)


@pytest.mark.parametrize(
    "page, expected",
    [
        ("**2 Protecting migrants**", "2 Protecting migrants"),
        ("the whole-\nof-society approach", "the whole-of-society approach"),
        ("the migra-\ntion office", "the migration office"),
        ("long-\nterm residents", "long-term residents"),
        ("lntroduction\n\nln this regard, lt is", "Introduction\n\nIn this regard, It is"),
        ("protect migrants3 and workers12.", "protect migrants and workers."),
        ("as reported.4 The ministry", "as reported. The ministry"),
        ("Main residence82,42563,848", "Main residence82,42563,848"),  # a table's figure, not a footnote
        ("numbers glued: 60cases", "numbers glued: 60cases"),
        ("a  b\t c  \n\n\n\nd", "a b c\n\nd"),
        # a minus sign (U+2212) garbled by an encoding slip: whole ("âˆ’") or cut to its first byte ("â")
        ("Solde | âˆ’5,2 | 13,4 | â55 534 | (â12)", "Solde | \u22125,2 | 13,4 | \u221255 534 | (\u221212)"),
        ("un château 12 et l'âge 40", "un château 12 et l'âge 40"),
    ],
)
def test_normalise(page, expected):
    assert normalise_pages([page]) == [expected]


def test_running_headers_footers_and_page_numbers_are_removed():
    pages = [
        "Voluntary GCM review – Japan\nFirst page text.\nPage 1 of 3",
        "Voluntary GCM review – Japan\nSecond page text.\nPage 2 of 3",
        "Voluntary GCM review – Japan\nThird page text.\n3",
    ]
    assert normalise_pages(pages) == ["First page text.", "Second page text.", "Third page text."]


def test_headings_that_open_pages_are_not_running_headers():
    topics = ["Labour migration.", "Border governance.", "Integration.", "Data and cooperation."]
    pages = [f"Thematic area {n}\n{topic}\nPage {n}" for n, topic in enumerate(topics, start=1)]
    assert normalise_pages(pages) == [f"Thematic area {n}\n{topic}" for n, topic in enumerate(topics, start=1)]


def test_section_headings_that_end_pages_are_not_running_footers():
    pages = ["Retos\nSólo un caso de cada diez.\nPróximos pasos\nEn 2022 abrirán refugios.",
             "Avances\nSe abrió una línea.\nPróximos pasos\nSe prevé una cuenta digital.",
             "Conclusiones\nFin."]
    assert normalise_pages(pages)[1] == "Avances\nSe abrió una línea.\nPróximos pasos\nSe prevé una cuenta digital."


def test_lettered_section_headings_at_page_edges_are_kept():
    pages = ["1. Área uno\nc) Desafíos", "Texto.\nc) Desafíos", "3. Área tres\nTexto final."]
    assert normalise_pages(pages)[:2] == ["1. Área uno\nc) Desafíos", "Texto.\nc) Desafíos"]


def test_text_file_pages_split_on_form_feed(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text("Header\nOne.\n1\fHeader\nTwo.\n2\fHeader\nThree.\n3", encoding="utf-8")
    document = ingest(path)
    assert document.text == "One.\fTwo.\fThree."
    assert document.page_starts == (0, 5, 10)
    assert [document.page_at(i) for i in (0, 4, 5, 10, 14)] == [1, 1, 2, 3, 3]


def test_pdf_pages_headers_footers_and_paragraphs(tmp_path):
    path = make_pdf(tmp_path / "review.pdf", [PAGE_1, PAGE_2])
    document = ingest(path)
    assert document.format == "pdf" and document.pages == 2
    assert document.text == (
        "1 Ensuring that migration is voluntary, orderly and regular\n\na) Progress\n\n"
        "In 2020, the ministry trained 283 officials in 13 training sessions on fair recruitment and decent work across\n"
        "the country, with the support of IOM and the social partners."
        "\fb) Challenges\n\n"
        "The number of labour inspections rose by 12% to 4,500 in 2021, covering some 300 employers."
    )
    assert document.page_at(document.text.index("4,500")) == 2
    assert document.title == "1 Ensuring that migration is voluntary, orderly and regular"


def test_pdf_two_columns_are_read_column_by_column(tmp_path):
    left = ["Left column paragraph number %d talks about migration policy and its results." % i for i in range(4)]
    right = ["Right column paragraph number %d talks about consular protection abroad." % i for i in range(4)]
    path = make_pdf(tmp_path / "columns.pdf", [left + right, PAGE_2], columns=2)
    text = ingest(path).text.split("\f")[0]
    lines = [" ".join(p.split()) for p in text.split("\n\n")]
    assert lines == left + right


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file: nothing to extract"),
        ("blank.txt", b"  \n\n ", "empty file: nothing to extract"),
        ("binary.txt", bytes(range(256)) * 4, "binary data, not text: the file is damaged or not a text document"),
        ("digits.txt", b"12 34 56", "no readable text: the document contains no words"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx': expected .pdf, .txt or .md"),
    ],
)
def test_unreadable_files(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as error:
        ingest(path)
    assert str(error.value) == message


def test_letters_set_as_superscripts_after_an_ordinal_are_plain_letters_in_the_same_places(nlp):
    from pipeline.read.extract import facts_in_text

    (text,) = normalise_pages(["Au 1ᵉʳ janvier 2021, la France comptait 7,0 millions d'immigrés, au XXIᵉ siècle."])
    assert text == "Au 1er janvier 2021, la France comptait 7,0 millions d'immigrés, au XXIe siècle."
    assert [(f.value, f.as_of) for f in facts_in_text(text, nlp, "fr")] == [(7000000, "2021-01-01")]
