"""A review site on 127.0.0.1 for the tests: a listing page, files with ETags,
and switches to make it fail (HTTP 500) or hang."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ReviewSite:
    def __init__(self):
        self.files: dict[str, bytes] = {}  # path -> body
        self.mode = "ok"  # ok, error, hang
        self.hits: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.hits[self.path] += 1
                if site.mode == "hang":
                    time.sleep(3)
                    return
                if site.mode == "error":
                    self.send_error(500, "Internal Server Error")
                    return
                if self.path == "/reviews/":
                    links = "".join(f'<li><a href="{p.split("/")[-1]}">{p}</a></li>' for p in sorted(site.files))
                    body = f"<html><body><ul>{links}<li><a href='/about.html'>About</a></li></ul></body></html>"
                    self._send(200, body.encode(), {})
                    return
                body = site.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(200, body, {"ETag": etag})

            def _send(self, status, body, headers):
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def listing(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/reviews/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def review(country: str, officials: int) -> bytes:
    return (
        f"Voluntary GCM review of {country}\n\n"
        "2 Protecting migrants through rights-based border governance measures\n"
        "(GCM Objectives: 4, 8, 9, 10, 11, 13, 21)\n\n"
        f"a) Progress\n\nIn 2021, the border police trained {officials} officials on victim identification.\n"
    ).encode("utf-8")
