"""gcm-extract sync against a review site on 127.0.0.1."""

from pathlib import Path

import pytest

from pipeline.sync import Config, Settings, Source, file_name, read_manifest, review_links, sync
from reviewserver import ReviewSite, review

FAST = Settings(timeout=0.5, retries=2, backoff=0.05, max_bytes=100_000)


def config(raw: Path, site: ReviewSite, settings: Settings = FAST) -> Config:
    return Config(raw=raw, settings=settings, sources=(Source("site", "listing", site.listing),))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_review_links_keeps_documents_only():
    html = '<a href="a.pdf">A</a> <a href="/x/b.TXT">B</a> <a href="c.html">C</a> <a href="a.pdf">again</a>'
    assert review_links(html, "http://h/list/") == ["http://h/list/a.pdf", "http://h/x/b.TXT"]


@pytest.mark.parametrize(
    "url, name",
    [("http://h/files/Revue%20S%C3%A9n%C3%A9gal.pdf", "Revue Sénégal.pdf"), ("http://h/a/../b.txt", "b.txt")],
)
def test_file_name(url, name):
    assert file_name(url) == name


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
    assert sorted(p.name for p in raw.iterdir()) == ["kelmar.txt", "manifest.csv", "norland.txt", "valdoria.txt"]
    manifest = (raw / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert manifest[0] == "url,file,sha256,fetched_at,etag,last_modified"


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
        report = sync(config(raw, site, Settings(timeout=1, retries=0, backoff=0, max_bytes=1000)))
    assert report.downloaded == ["small.txt"]
    assert report.errors == [f"source site: {site.listing}big.txt: 2,000 bytes, over the limit of 1,000"]
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
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    hits = []

    def answer():
        for _ in range(3):
            connection, _ = server.accept()
            hits.append(connection.recv(4096))
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly 23 bytes of review")
            connection.close()

    threading.Thread(target=answer, daemon=True).start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/review.txt"
    raw = tmp_path / "raw"
    report = sync(Config(raw=raw, settings=FAST, sources=(Source("site", "file", url),)))
    server.close()
    assert len(hits) == 3
    assert report.errors == [f"source site: {url}: incomplete response (IncompleteRead) (after 3 attempts)"]
    assert list(raw.iterdir()) == []
