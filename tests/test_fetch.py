"""pipeline.fetch against sites on 127.0.0.1: politeness, and the address check."""

import ipaddress
import threading
from importlib.metadata import version

import pytest

from pipeline.fetch import Access, Disallowed, Fetcher, Settings, _kind
from reviewserver import Answer, ReviewSite

OPEN = Access.build(["127.0.0.1"], allow_private=True)


def fetcher(delay: float = 0) -> Fetcher:
    return Fetcher(Settings(timeout=2, retries=0, backoff=0, max_bytes=10_000, delay=delay))


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"),
    ("192.168.1.1", "private"), ("172.16.0.1", "private"), ("fc00::1", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("100.64.0.1", "non-public"), ("8.8.8.8", None),
    ("2606:4700::1111", None),
])
def test_address_kinds(address, kind):
    assert _kind(ipaddress.ip_address(address)) == kind


def test_requests_name_the_project_and_its_url():
    with ReviewSite() as site:
        site.answers["/a.txt"] = Answer(200, b"a")
        fetcher().get(f"{site.root}/a.txt", OPEN)
    agents = {r.headers["User-Agent"] for r in site.requests}
    assert agents == {f"gcm-extract/{version('gcm-extract')} (+https://pypi.org/project/gcm-extract/)"}


def test_robots_txt_is_read_once_and_honoured():
    with ReviewSite() as site:
        site.robots = "User-agent: *\nDisallow: /\n\nUser-agent: gcm-extract\nDisallow: /private/\n"
        site.answers["/open.txt"] = site.answers["/private/x.txt"] = Answer(200, b"x")
        polite = fetcher()
        assert polite.get(f"{site.root}/open.txt", OPEN).body == b"x"
        with pytest.raises(Disallowed) as refusal:
            polite.get(f"{site.root}/private/x.txt", OPEN)
    assert str(refusal.value) == f"{site.root}/private/x.txt: its site's robots.txt asks robots not to fetch it"
    assert [r.path for r in site.requests] == ["/robots.txt", "/open.txt"]


def test_requests_to_one_host_are_spaced_by_the_delay_and_by_crawl_delay():
    with ReviewSite() as site:
        site.answers["/a.txt"] = site.answers["/b.txt"] = Answer(200, b"x")
        polite = fetcher(delay=0.3)
        for path in ("/a.txt", "/b.txt", "/a.txt"):
            polite.get(site.root + path, OPEN)
    gaps = [b.start - a.end for a, b in zip(site.requests, site.requests[1:])]
    assert [r.path for r in site.requests] == ["/robots.txt", "/a.txt", "/b.txt", "/a.txt"]
    assert min(gaps) >= 0.3

    with ReviewSite() as site:
        site.answers["/a.txt"] = site.answers["/b.txt"] = Answer(200, b"x")
        site.robots = "User-agent: *\nCrawl-delay: 1\n"
        polite = fetcher(delay=0)
        polite.get(f"{site.root}/a.txt", OPEN)
        polite.get(f"{site.root}/b.txt", OPEN)
    assert [r.path for r in site.requests] == ["/robots.txt", "/a.txt", "/b.txt"]
    assert site.requests[2].start - site.requests[1].end >= 1


def test_one_request_at_a_time_per_host_even_from_several_threads():
    with ReviewSite() as site:
        site.pause = 0.1
        for n in range(4):
            site.answers[f"/{n}.txt"] = Answer(200, b"x")
        shared = fetcher()
        threads = [threading.Thread(target=shared.get, args=(f"{site.root}/{n}.txt", OPEN)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(r.path for r in site.requests) == ["/0.txt", "/1.txt", "/2.txt", "/3.txt", "/robots.txt"]
    assert site.most_at_once == 1


def test_a_robots_txt_that_cannot_be_read_keeps_sync_off_the_site():
    with ReviewSite() as site:
        site.answers["/robots.txt"] = Answer(503, b"down")
        site.robots = None
        with pytest.raises(Exception) as failure:
            fetcher().get(f"{site.root}/a.txt", OPEN)
    assert str(failure.value) == (
        f"{site.root}/a.txt: its site's robots.txt could not be read "
        "(HTTP 503 Service Unavailable (after 1 attempts)): nothing is fetched from it"
    )
    assert [r.path for r in site.requests] == ["/robots.txt"]
