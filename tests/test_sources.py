"""The shipped sources.toml against a site laid out like the Migration Network Hub, and what sync
writes into raw/metadata.csv, never over a value written by hand."""

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
from hubsite import DOCS, HUB, IMRF_2022, UNECE, hub_site
from pipeline.sync import load_config, sync
from reviewserver import html


def shipped(raw: Path, site) -> object:
    """sources.toml as shipped, pointed at the site on 127.0.0.1."""
    config = load_config(ROOT / "sources.toml")
    sources = tuple(
        replace(s, url=s.url.replace(HUB, site.root), hosts=("127.0.0.1",), allow_private=("127.0.0.1",))
        for s in config.sources
    )
    return replace(config, raw=raw, sources=sources, settings=replace(config.settings, delay=0, retries=0, timeout=5))


def metadata(raw: Path) -> list[list[str]]:
    with open(raw / "metadata.csv", newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_metadata(raw: Path, rows: list[list[str]]) -> None:
    with open(raw / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


EXPECTED = [  # file, source page, country, kind, year, language
    ("chile_-_voluntary_gcm_review.pdf", "CHL", "imrf_review", "2022", "en"),
    ("chile_-_voluntary_gcm_review_spanish.pdf", "CHL", "imrf_review", "2022", "es"),
    ("senegal_review_french.pdf", "SEN", "imrf_review", "2022", "fr"),
    ("philippines_gcm_review.pdf", "PHL", "imrf_review", "2022", "en"),
    ("kenya_voluntary_gcm_review_2026.pdf", "KEN", "imrf_review", "2026", "en"),
    ("maroc_revue_volontaire.pdf", "MAR", "imrf_review", "2026", "fr"),
    ("germany_written_input.pdf", "DEU", "regional_review", "2024", ""),
    ("republic_of_moldova.pdf", "MDA", "regional_review", "2024", ""),
    ("canada_regional_review_2020.pdf", "CAN", "regional_review", "", ""),
]


def test_shipped_sources_read_a_site_laid_out_like_the_hub(tmp_path):
    raw = tmp_path / "raw"
    with hub_site(tmp_path) as site:
        config = shipped(raw, site)
        assert [s.name for s in config.sources] == ["imrf-2022", "imrf-2026", "regional-unece-2024", "regional-reviews"]
        report = sync(config)
        assert report.downloaded == [name for name, *_ in EXPECTED]
        assert report.errors == [
            f"source imrf-2026: refused {site.root}{DOCS}/mexico_review.pdf: an HTML page, not a PDF "
            "(a PDF begins with %PDF-)"
        ]
        assert site.hits["/node/18441"] == 1 and site.hits["/regional-reviews/unece-region"] == 1  # moved
        assert site.hits[f"{DOCS}/gcm.pdf"] == site.hits[f"{DOCS}/caritas_input.pdf"] == 0, "names no country"
        assert site.hits["/robots.txt"] == 1
    assert sorted(p.name for p in raw.iterdir()) == sorted([n for n, *_ in EXPECTED] + ["manifest.csv", "metadata.csv"])
    assert (raw / "senegal_review_french.pdf").read_bytes() == (tmp_path / "senegal_review_french.pdf").read_bytes()
    assert metadata(raw) == [["source_file", "url", "country", "review_kind", "review_year", "language"]] + sorted(
        [name, f"{site.root}{DOCS}/{name}", country, kind, year, language]
        for name, country, kind, year, language in EXPECTED
    )


def test_a_listing_that_lost_a_link_keeps_the_file(tmp_path):
    raw = tmp_path / "raw"
    with hub_site(tmp_path) as site:
        sync(shipped(raw, site))
        before = {p.name: p.read_bytes() for p in raw.iterdir()}
        lost = f"{DOCS}/chile_-_voluntary_gcm_review_spanish.pdf"
        site.answers["/international-migration-review-forum-2022"] = html(IMRF_2022.replace(lost, f"{DOCS}/gone.pdf"))
        site.answers.pop(lost)
        report = sync(shipped(raw, site))
        assert site.hits[lost] == 1
    assert report.downloaded == []
    assert report.unchanged == [name for name, *_ in EXPECTED if name != "chile_-_voluntary_gcm_review_spanish.pdf"]
    assert report.errors == [
        f"source imrf-2022: {site.root}{DOCS}/gone.pdf: HTTP 404 Not Found (after 1 attempts)",
        f"source imrf-2026: refused {site.root}{DOCS}/mexico_review.pdf: an HTML page, not a PDF "
        "(a PDF begins with %PDF-)",
    ]
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == before, "the file, its manifest and metadata stay"


def test_values_written_by_hand_in_metadata_are_never_overwritten(tmp_path):
    raw = tmp_path / "raw"
    with hub_site(tmp_path) as site:
        sync(shipped(raw, site))
        rows = metadata(raw)
        for row in rows:
            if row[0] == "germany_written_input.pdf":
                row[5] = "de"  # sync wrote no language: the user knows it
            if row[0] == "philippines_gcm_review.pdf":
                row[4] = "2021"  # the user corrects sync's year
            if row[0] == "chile_-_voluntary_gcm_review.pdf":
                row[2] = ""  # the user clears a value on purpose
        rows += [["by-hand.txt", "", "FRA", "other", "2019", "fr"],  # a file put in raw/ by hand
                 ["peru_review.pdf", "", "", "", "2021", ""]]  # a row written before sync fetched the file
        rows[0].append("note")  # a column of the user's own
        rows[1].append("checked")
        noted = rows[1][0]
        write_metadata(raw, rows)
        (raw / "by-hand.txt").write_text("a review", encoding="utf-8")
        # The listings change: they now name languages, the Forum lists Peru, Chile's link names Chile.
        site.answers["/regional-reviews/unece-region"] = html(UNECE.replace(">Germany<", ">Germany (English)<")
                                                              .replace(">Republic of Moldova<", ">Moldova, English<"))
        site.answers["/international-migration-review-forum-2022"] = html(IMRF_2022.replace(
            "</tbody>", f'<tr><td>Peru</td><td><a href="{DOCS}/peru_review.pdf">English</a></td></tr></tbody>'))
        site.answers[f"{DOCS}/peru_review.pdf"] = site.answers[f"{DOCS}/chile_-_voluntary_gcm_review.pdf"]
        report = sync(shipped(raw, site))
        assert report.downloaded == ["peru_review.pdf"]
        after = metadata(raw)
        again = sync(shipped(raw, site))
    assert again.downloaded == [] and metadata(raw) == after
    by_file = {row[0]: row for row in after}
    assert after[0] == ["source_file", "url", "country", "review_kind", "review_year", "language", "note"]
    assert by_file["germany_written_input.pdf"][5] == "de", "the user's language stays"
    assert by_file["republic_of_moldova.pdf"][5] == "en", "sync's own empty value takes what the listing says now"
    assert by_file["philippines_gcm_review.pdf"][4] == "2021"
    assert by_file["chile_-_voluntary_gcm_review.pdf"][2:] == ["", "imrf_review", "2022", "en", ""]
    assert by_file["by-hand.txt"] == ["by-hand.txt", "", "FRA", "other", "2019", "fr", ""]
    assert by_file["peru_review.pdf"] == ["peru_review.pdf", "", "", "", "2021", "", ""], "the user's row is theirs"
    assert by_file[noted][6] == "checked"
    assert [row[0] for row in after[1:]] == sorted(row[0] for row in after[1:])


@pytest.mark.parametrize("text, message", [
    ("name,country\nx.pdf,DEU\n", "raw/metadata.csv has no source_file column: left as it is; its first line "
                                  "should be source_file,url,country,review_kind,review_year,language"),
    ("source_file,country\nx.pdf,DEU,extra\n", "raw/metadata.csv line 2 has more cells than its header: left as it is"),
])
def test_a_metadata_file_sync_cannot_read_is_left_as_it_is(tmp_path, text, message):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "metadata.csv").write_text(text, encoding="utf-8")
    with hub_site(tmp_path) as site:
        report = sync(shipped(raw, site))
    assert report.errors[-1] == message
    assert (raw / "metadata.csv").read_text(encoding="utf-8") == text
    assert len(report.downloaded) == len(EXPECTED)


@pytest.mark.parametrize("entry, message", [
    ('name = "a"\ntype = "page"\nurl = "https://h/"', "source 'a' has type 'page': use 'listing' or 'file'"),
    ('name = "a"\ntype = "listing"', "source 'a' has no url"),
    ('name = "a"\ntype = "listing"\nurl = "https://h/"\nreview_kind = "national"',
     "source 'a' has review_kind 'national': use one of imrf_review, regional_review, other"),
    ('name = "a"\ntype = "listing"\nurl = "https://h/"\nreview_year = "2022-23"',
     "source 'a' has review_year '2022-23': write a year, e.g. 2022"),
])
def test_a_wrong_source_is_named_in_one_line(tmp_path, entry, message):
    from pipeline.sources import load_config as load

    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load(path)
    assert str(error.value) == f"{path}: {message}"


def test_an_address_that_is_none_is_named(tmp_path):
    from pipeline.sources import load_config as load

    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "a"\ntype = "listing"\nurl = "https://h/"\nallow_private = ["intranet"]\n')
    with pytest.raises(ValueError) as error:
        load(path)
    assert str(error.value) == (f"{path}: source 'a' has allow_private ['intranet']: write true, or a list of "
                                'addresses or networks such as ["10.0.0.7", "192.168.1.0/24"]')
