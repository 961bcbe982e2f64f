"""gcm-extract sync against review sites on 127.0.0.1: downloads, and everything it refuses."""

import socket
import threading
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.sync import Config, Settings, Source, read_manifest, sync
from reviewserver import Answer, ReviewSite, gzip_bomb, html, redirect, review

FAST = Settings(timeout=0.5, retries=2, backoff=0.05, max_bytes=100_000, delay=0)
PDF = b"%PDF-1.4\n% a review\n"


def config(raw: Path, site: ReviewSite, settings: Settings = FAST) -> Config:
    return Config(raw=raw, settings=settings, sources=(Source("site", "listing", site.listing, allow_private=True),))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_new_files_then_only_changes_are_downloaded(tmp_path):
    raw = tmp_path / "raw"
    with ReviewSite() as site:
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40), "/reviews/norland.txt": review("Norland", 50)}
        report = sync(config(raw, site))
        assert (report.downloaded, report.errors) == (["kelmar.txt", "norland.txt"], [])
        assert sorted(read_manifest(raw)) == [site.listing + "kelmar.txt", site.listing + "norland.txt"]

        report = sync(config(raw, site))  # nothing new: conditional requests answer 304
        assert (report.downloaded, report.unchanged) == ([], ["kelmar.txt", "norland.txt"])

        site.files["/reviews/kelmar.txt"] = review("Kelmar", 45)
        site.files["/reviews/valdoria.txt"] = review("Valdoria", 60)
        report = sync(config(raw, site))
        assert (report.downloaded, report.unchanged) == (["kelmar.txt", "valdoria.txt"], ["norland.txt"])
    assert (raw / "kelmar.txt").read_bytes() == review("Kelmar", 45)
    assert sorted(p.name for p in raw.iterdir()) == [
        "kelmar.txt", "manifest.csv", "metadata.csv", "norland.txt", "valdoria.txt"]
    assert (raw / "metadata.csv").read_text(encoding="utf-8") == (
        "source_file,url,country,review_kind,review_year,language\n"
        f"kelmar.txt,{site.listing}kelmar.txt,,,,\n"
        f"norland.txt,{site.listing}norland.txt,,,,\n"
        f"valdoria.txt,{site.listing}valdoria.txt,,,,\n"
    )
    manifest = (raw / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert manifest[0] == ("url,file,sha256,fetched_at,etag,last_modified,"
                           "meta_url,meta_country,meta_review_kind,meta_review_year,meta_language")


@pytest.mark.parametrize("mode, reason", [("error", "HTTP 500 Internal Server Error"), ("hang", "timed out")])
def test_a_source_that_is_down_changes_nothing(tmp_path, mode, reason):
    raw = tmp_path / "raw"
    with ReviewSite() as site:
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40)}
        sync(config(raw, site))
        before = tree(raw)
        site.mode = mode
        report = sync(config(raw, site))
        assert site.hits["/reviews/"] == 1 + 3, "one attempt and two retries, then it gives up"
    assert report.errors == [f"source site: {site.listing}: {reason} (after 3 attempts)"]
    assert tree(raw) == before


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    raw = tmp_path / "raw"
    with ReviewSite() as site:
        site.files = {"/reviews/big.txt": b"x" * 2000, "/reviews/small.txt": review("Kelmar", 40)}
        report = sync(config(raw, site, Settings(timeout=1, retries=0, backoff=0, max_bytes=1000, delay=0)))
    assert report.downloaded == ["small.txt"]
    assert report.errors == [f"source site: refused {site.listing}big.txt: 2,000 bytes, over the limit of 1,000"]
    assert not any(p.name.endswith(".part") for p in raw.iterdir())


def test_a_file_put_in_raw_by_hand_is_never_overwritten(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kelmar.txt").write_text("kept by hand", encoding="utf-8")
    with ReviewSite() as site:
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40)}
        report = sync(config(raw, site))
    assert report.downloaded == ["kelmar-2.txt"]
    assert (raw / "kelmar.txt").read_text(encoding="utf-8") == "kept by hand"


def test_a_body_cut_short_is_retried_then_refused(tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    hits = []

    def answer():
        for _ in range(4):  # robots.txt, then three attempts at the file
            connection, _ = server.accept()
            request = connection.recv(4096)
            hits.append(request.split(b"\r\n")[0])
            if request.startswith(b"GET /robots.txt"):
                connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            else:
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly 23 bytes of review")
            connection.close()

    threading.Thread(target=answer, daemon=True).start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/review.txt"
    raw = tmp_path / "raw"
    report = sync(Config(raw=raw, settings=FAST, sources=(Source("site", "file", url, allow_private=True),)))
    server.close()
    assert hits == [b"GET /robots.txt HTTP/1.1"] + [b"GET /review.txt HTTP/1.1"] * 3
    assert report.errors == [f"source site: {url}: incomplete response (IncompleteRead) (after 3 attempts)"]
    assert list(raw.iterdir()) == []


# What sync refuses. Each case runs `gcm-extract sync` on a sources file and checks the one-line
# message, the exit status 1, and that raw/ is byte for byte what it was.


def sources(tmp_path: Path, url: str, kind: str = "listing", more: str = "allow_private = true") -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        'raw = "raw"\n\n[http]\ntimeout = 2\nretries = 0\nbackoff = 0\ndelay = 0\nmax_bytes = 100000\n\n'
        f'[[source]]\nname = "site"\ntype = "{kind}"\nurl = "{url}"\n{more}\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def raw(tmp_path) -> Path:
    """raw/ with a review put there by hand and one that sync fetched earlier (with its manifest)."""
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "by-hand.txt").write_bytes(review("Kelmar", 40))
    (folder / "manifest.csv").write_text(
        "url,file,sha256,fetched_at,etag,last_modified\nhttp://example.org/earlier.txt,earlier.txt,0,,,\n")
    (folder / "earlier.txt").write_bytes(review("Norland", 50))
    return folder


def refused(tmp_path, raw, capsys, site, url, *, kind="listing", more="allow_private = true") -> list[str]:
    before = tree(raw)
    with site:
        code = main(["sync", "--sources", str(sources(tmp_path, url, kind, more))])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert tree(raw) == before
    return lines


def test_links_to_other_schemes_are_refused(tmp_path, raw, capsys):
    secret = tmp_path / "x" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("a local file nobody should publish")
    site = ReviewSite()
    site.answers["/reviews/"] = html(
        f'<a href="file://{secret}">review</a> <a href="ftp://127.0.0.1/review.pdf">review</a>'
        '<a href="data:text/plain,review.txt">review</a>'
    )
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused file://{secret}: only http and https links are followed",
        "error: source site: refused ftp://127.0.0.1/review.pdf: only http and https links are followed",
        "error: source site: refused data:text/plain,review.txt: only http and https links are followed",
        "0 downloaded, 0 unchanged, 3 failed",
    ]


def test_a_source_url_of_another_scheme_is_refused(tmp_path, raw, capsys):
    assert refused(tmp_path, raw, capsys, ReviewSite(), "ftp://127.0.0.1/reviews/") == [
        "error: source site: refused ftp://127.0.0.1/reviews/: only http and https links are followed",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_redirect_to_a_file_url_is_refused(tmp_path, raw, capsys):
    site = ReviewSite()
    site.answers["/reviews/"] = html('<a href="review.pdf">Kelmar</a>')
    site.answers["/reviews/review.pdf"] = redirect("file:///etc/passwd", 302)
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused file:///etc/passwd (a redirect from {site.listing}review.pdf): "
        "only http and https links are followed",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


@pytest.mark.parametrize("address, kind", [("10.0.0.1", "private"), ("169.254.169.254", "link-local"),
                                           ("127.0.0.2", "loopback")])
def test_a_redirect_to_a_private_address_is_refused_before_any_connection(tmp_path, raw, capsys, address, kind):
    site = ReviewSite()
    site.answers["/reviews/"] = html('<a href="review.pdf">Kelmar</a>')
    site.answers["/reviews/review.pdf"] = redirect(f"http://{address}/latest/review.pdf", 307)
    more = f'hosts = ["127.0.0.1", "{address}"]\nallow_private = ["127.0.0.1"]'
    assert refused(tmp_path, raw, capsys, site, site.listing, more=more) == [
        f"error: source site: refused http://{address}/latest/review.pdf (a redirect from {site.listing}review.pdf): "
        f"{address} is a {kind} address; only public addresses are fetched unless the source sets allow_private",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_loopback_source_is_refused_without_allow_private(tmp_path, raw, capsys):
    site = ReviewSite()
    assert refused(tmp_path, raw, capsys, site, site.listing, more="") == [
        f"error: source site: refused {site.listing}: 127.0.0.1 is a loopback address; "
        "only public addresses are fetched unless the source sets allow_private",
        "0 downloaded, 0 unchanged, 1 failed",
    ]
    assert site.hits == {}


def test_a_name_is_checked_after_dns_resolution(tmp_path, raw, capsys):
    site = ReviewSite()
    url = f"http://localhost:{site.server.server_address[1]}/reviews/"
    first = socket.getaddrinfo("localhost", 80, type=socket.SOCK_STREAM)[0][4][0]
    assert refused(tmp_path, raw, capsys, site, url, more="") == [
        f"error: source site: refused {url}: localhost resolves to {first}, a loopback address; "
        "only public addresses are fetched unless the source sets allow_private",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_link_to_a_host_the_source_does_not_allow_is_refused(tmp_path, raw, capsys):
    site = ReviewSite()
    site.answers["/reviews/"] = html('<a href="http://127.0.0.2:8080/review.pdf">Kelmar</a>')
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        "error: source site: refused http://127.0.0.2:8080/review.pdf: host 127.0.0.2 is not one this source "
        "allows (127.0.0.1); add it to the source's hosts",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_gzip_bomb_is_refused_once_unpacked_past_the_limit(tmp_path, raw, capsys):
    site = ReviewSite()
    bomb = gzip_bomb(50_000_000)
    assert len(bomb) < 100_000, "small on the wire"
    site.answers["/reviews/"] = html('<a href="review.pdf">Kelmar</a>')
    site.answers["/reviews/review.pdf"] = Answer(200, bomb, {"Content-Encoding": "gzip"})
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused {site.listing}review.pdf: over the limit of 100,000 bytes once decompressed",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_gzipped_review_under_the_limit_is_unpacked(tmp_path):
    import gzip

    with ReviewSite() as site:
        site.answers["/reviews/"] = html('<a href="review.pdf">Kelmar</a>')
        site.answers["/reviews/review.pdf"] = Answer(200, gzip.compress(PDF), {"Content-Encoding": "gzip"})
        report = sync(config(tmp_path / "raw", site))
    assert (report.downloaded, report.errors) == (["review.pdf"], [])
    assert (tmp_path / "raw" / "review.pdf").read_bytes() == PDF


@pytest.mark.parametrize("name, message", [
    ("kelmar.pdf", "an HTML page, not a PDF (a PDF begins with %PDF-)"),
    ("kelmar.txt", "an HTML page where a review was expected"),
])
def test_an_html_error_page_where_a_review_was_expected_is_refused(tmp_path, raw, capsys, name, message):
    site = ReviewSite()
    site.answers["/reviews/"] = html(f'<a href="{name}">Kelmar</a>')
    site.answers[f"/reviews/{name}"] = html("<!DOCTYPE html><html><title>Error</title><p>Session expired</p></html>")
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused {site.listing}{name}: {message}",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_pdf_that_is_not_one_is_refused(tmp_path, raw, capsys):
    site = ReviewSite()
    site.answers["/reviews/"] = html('<a href="kelmar.pdf">Kelmar</a>')
    site.answers["/reviews/kelmar.pdf"] = Answer(200, b"PK\x03\x04 a zip file", {"Content-Type": "application/pdf"})
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused {site.listing}kelmar.pdf: data that begins b'PK\\x03\\x04 a z', "
        "not a PDF (a PDF begins with %PDF-)",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


@pytest.mark.parametrize("href, name", [("..%2F..%2Fevil.txt", "../../evil.txt"),
                                        ("..%5C..%5Cevil.txt", "..\\\\..\\\\evil.txt")])
def test_a_name_that_would_leave_raw_is_refused(tmp_path, raw, capsys, href, name):
    site = ReviewSite()
    site.answers["/reviews/"] = html(f'<a href="{href}">Kelmar</a>')
    site.answers[f"/reviews/{href}"] = Answer(200, review("Kelmar", 1))
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused {site.listing}{href}: its file name '{name}' would leave raw/",
        "0 downloaded, 0 unchanged, 1 failed",
    ]
    assert site.hits[f"/reviews/{href}"] == 0
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("name", ["manifest.csv", "METADATA.csv"])
def test_a_name_that_would_replace_sync_files_is_refused(tmp_path, raw, capsys, name):
    site = ReviewSite()
    site.answers[f"/{name}"] = Answer(200, b"url,file\n")
    url = f"{site.root}/{name}"
    assert refused(tmp_path, raw, capsys, site, url, kind="file") == [
        f"error: source site: refused {url}: its file name {name} would replace raw/{name.lower()}",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_name_that_differs_only_in_case_from_a_file_put_there_by_hand_is_refused(tmp_path, raw, capsys):
    site = ReviewSite()
    site.files = {"/reviews/By-Hand.txt": review("Kelmar", 41)}
    assert refused(tmp_path, raw, capsys, site, site.listing) == [
        f"error: source site: refused {site.listing}By-Hand.txt: its file name By-Hand.txt differs only in case "
        "from by-hand.txt, put in raw/ by hand",
        "0 downloaded, 0 unchanged, 1 failed",
    ]


def test_a_misspelt_key_in_the_sources_file_is_a_usage_error(tmp_path, capsys):
    path = sources(tmp_path, "https://example.org/", more="allow_privat = true")
    assert main(["sync", "--sources", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"gcm-extract: {path}: source 'site' has unknown key 'allow_privat'; known keys: allow_private, country, "
        "files, hosts, language, name, pages, require_country, review_kind, review_year, type, url\n"
    )


def test_names_written_as_on_the_page_are_fetched_and_a_port_that_is_none_is_refused(tmp_path):
    with ReviewSite() as site:
        site.answers["/reviews/"] = html('<a href="Revue Sénégal.txt">Sénégal</a> <a href="http://127.0.0.1:x/a.txt">A</a>')
        site.answers["/reviews/Revue%20S%C3%A9n%C3%A9gal.txt"] = Answer(200, review("Senegal", 7))
        report = sync(config(tmp_path / "raw", site))
    assert report.downloaded == ["Revue Sénégal.txt"]
    assert report.errors == ["source site: refused http://127.0.0.1:x/a.txt: its port is not a number from 0 to 65535"]
