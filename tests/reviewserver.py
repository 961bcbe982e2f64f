"""A review site on 127.0.0.1 for the tests: a listing page, files with ETags,
any other page, redirect or raw answer a test sets up, a robots.txt, and
switches to make it fail (HTTP 500) or hang. It records every request."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    """What the site answers on one path, whatever the request."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def redirect(location: str, status: int = 301) -> Answer:
    return Answer(status, b"", {"Location": location})


def html(text: str) -> Answer:
    return Answer(200, text.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    start: float  # time.monotonic() when it arrived
    end: float  # when its answer was sent


class ReviewSite:
    def __init__(self):
        self.files: dict[str, bytes] = {}  # path -> body, listed on /reviews/, with ETags
        self.answers: dict[str, Answer] = {}  # path -> a fixed answer (pages, redirects, anything)
        self.robots: str | None = None  # the text of /robots.txt; None: 404
        self.pause = 0.0  # seconds each answer takes
        self.mode = "ok"  # ok, error, hang: how the site's application behaves (robots.txt is a static file)
        self.hits: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.busy = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                start = time.monotonic()
                with site._lock:
                    site.hits[self.path] += 1
                    site.busy += 1
                    site.most_at_once = max(site.most_at_once, site.busy)
                self._busy = True
                try:
                    self._answer()
                finally:
                    self._idle()
                    with site._lock:
                        site.requests.append(Request(self.path, dict(self.headers.items()), start, time.monotonic()))

            def _idle(self):
                # A request stops counting as busy before its answer goes out: once the client
                # has the answer it may send its next request, before this thread runs again.
                with site._lock:
                    if self._busy:
                        site.busy -= 1
                        self._busy = False

            def _answer(self):
                time.sleep(site.pause)
                if self.path == "/robots.txt" and self.path not in site.answers:
                    if site.robots is None:
                        self._send(404, b"not found", {})
                    else:
                        self._send(200, site.robots.encode(), {"Content-Type": "text/plain"})
                    return
                if site.mode == "hang":
                    time.sleep(3)
                    return
                if site.mode == "error":
                    self._send(500, b"Internal Server Error", {})
                    return
                if self.path in site.answers:
                    answer = site.answers[self.path]
                    self._send(answer.status, answer.body, answer.headers)
                    return
                if self.path == "/reviews/":
                    links = "".join(f'<li><a href="{p.split("/")[-1]}">{p}</a></li>' for p in sorted(site.files))
                    body = f"<html><body><ul>{links}<li><a href='/about.html'>About</a></li></ul></body></html>"
                    self._send(200, body.encode(), {"Content-Type": "text/html"})
                    return
                body = site.files.get(self.path)
                if body is None:
                    self._send(404, b"not found", {})
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", {"ETag": etag})
                    return
                self._send(200, body, {"ETag": etag})

            def _send(self, status, body, headers):
                self.send_response(status)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Connection", "close")
                self._idle()
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
                self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def listing(self) -> str:
        return f"{self.root}/reviews/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        deadline = time.monotonic() + 5
        while self.busy and time.monotonic() < deadline:  # let the last answers be recorded
            time.sleep(0.01)
        self.requests.sort(key=lambda r: r.start)
        self.server.shutdown()
        self.server.server_close()


def review(country: str, officials: int) -> bytes:
    return (
        f"Voluntary GCM review of {country}\n\n"
        "2 Protecting migrants through rights-based border governance measures\n"
        "(GCM Objectives: 4, 8, 9, 10, 11, 13, 21)\n\n"
        f"a) Progress\n\nIn 2021, the border police trained {officials} officials on victim identification.\n"
    ).encode("utf-8")


def gzip_bomb(unpacked: int) -> bytes:
    """A gzip body of ``unpacked`` zero bytes: a few kilobytes on the wire."""
    return gzip.compress(b"\0" * unpacked, compresslevel=9)
