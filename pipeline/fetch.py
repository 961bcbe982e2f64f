"""fetch: HTTP GET for sync, with what it refuses and how it behaves towards a site.

A listing page is written by someone else: every URL it gives, and every
redirect on the way, is checked before a connection is made.

- Schemes: only http and https, at every hop.
- Hosts: only those the source allows (``hosts`` in sources.toml).
- Addresses: the host name is resolved, and loopback, private, link-local,
  multicast and reserved addresses are refused, unless the source allows them
  (``allow_private``). The connection goes to the address that was checked, so
  a second DNS answer cannot swap it for another.
- Bodies: at most ``max_bytes``, counted after ``Content-Encoding`` is undone,
  so that a small gzip body cannot unpack into gigabytes.

Towards each site: one request at a time per host, at least ``delay`` seconds
apart (longer when its robots.txt asks with ``Crawl-delay``), a User-Agent that
names the project, and robots.txt honoured. Server errors and time-outs are
retried with exponential backoff; a refusal never is.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

REDIRECTS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
ROBOTS_AGENT = "gcm-extract"
_SAFE = "/%:@!$&'()*+,;=-._~?"  # characters a request target may hold as they are


def user_agent() -> str:
    try:
        number = version("gcm-extract")
    except PackageNotFoundError:  # run from a source tree that was never installed
        number = "0"
    return f"gcm-extract/{number} (+https://pypi.org/project/gcm-extract/)"


class SyncError(Exception):
    """A source or a file that could not be fetched; the message is one line."""


class Refused(SyncError):
    """A URL or a body that sync will not take, whatever the server does next."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"refused {url}: {reason}")


class Disallowed(SyncError):
    """A URL that the site's robots.txt asks us not to fetch."""


@dataclass(frozen=True)
class Settings:
    timeout: float = 30.0  # seconds for each request
    retries: int = 3  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_bytes: int = 200 * 1024 * 1024
    delay: float = 1.0  # seconds between two requests to the same host


@dataclass(frozen=True)
class Access:
    """Where one source may go: host names, and which non-public addresses (if any)."""

    hosts: frozenset[str]
    private: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()  # allowed non-public networks

    @classmethod
    def build(cls, hosts, allow_private: bool | list[str] = False) -> Access:
        if allow_private is True:
            private = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
        else:
            private = tuple(ipaddress.ip_network(n, strict=False) for n in (allow_private or []))
        return cls(frozenset(h.lower() for h in hosts), private)


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes


class _Failed(SyncError):
    def __init__(self, message: str, code: int | None):
        super().__init__(message)
        self.code = code  # the last HTTP status, if the last attempt got one


class _Status(Exception):
    def __init__(self, code: int, reason: str):
        super().__init__(f"HTTP {code} {reason}".strip())
        self.code = code


def check_url(url: str, access: Access) -> urllib.parse.SplitResult:
    """The parts of a URL that may be fetched; Refused when its scheme or host is not allowed."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise Refused(url, "only http and https links are followed")
    host = (parts.hostname or "").lower()
    if not host:
        raise Refused(url, "no host")
    try:
        parts.port
    except ValueError:
        raise Refused(url, "its port is not a number from 0 to 65535") from None
    if host not in access.hosts:
        allowed = ", ".join(sorted(access.hosts))
        raise Refused(url, f"host {host} is not one this source allows ({allowed}); add it to the source's hosts")
    return parts


def _kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What makes an address non-public, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for name, flag in (("loopback", address.is_loopback), ("link-local", address.is_link_local),
                       ("multicast", address.is_multicast), ("private", address.is_private),
                       ("reserved", address.is_reserved or address.is_unspecified)):
        if flag:
            return name
    return None if address.is_global else "non-public"


def resolve(url: str, parts: urllib.parse.SplitResult, access: Access) -> list[str]:
    """The host's addresses, every one of them checked; Refused if any is not allowed."""
    host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SyncError(f"{url}: cannot resolve {host} ({exc.strerror})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        kind = _kind(address)
        if kind and not any(address in network for network in access.private):
            named = f"{host} is" if text == host else f"{host} resolves to {text},"
            raise Refused(url, f"{named} a {kind} address; only public addresses are fetched "
                               "unless the source sets allow_private")
    return addresses


class _Connection(http.client.HTTPConnection):
    """Connects to an address checked beforehand, not to whatever the name resolves to now."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _TLSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _decoder(encoding: str, url: str):
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise Refused(url, f"unsupported Content-Encoding {encoding!r}")


def read_body(response: http.client.HTTPResponse, limit: int, url: str) -> bytes:
    """The body, decoded, refused once it passes ``limit`` bytes before or after decoding."""
    length = response.getheader("Content-Length")
    length = int(length) if length and length.isdigit() else None
    if length is not None and length > limit:
        raise Refused(url, f"{length:,} bytes, over the limit of {limit:,}")
    decoder = _decoder(response.getheader("Content-Encoding", ""), url)
    chunks, wire, total = [], 0, 0
    while chunk := response.read(1 << 16):
        wire += len(chunk)
        while chunk:
            if decoder is None:
                out, chunk = chunk, b""
            else:
                try:
                    out = decoder.decompress(chunk, limit + 1 - total)
                except zlib.error:
                    raise Refused(url, "a body that does not decode as its Content-Encoding says") from None
                chunk = decoder.unconsumed_tail
            total += len(out)
            if total > limit:
                unpacked = " once decompressed" if decoder is not None else ""
                raise Refused(url, f"over the limit of {limit:,} bytes{unpacked}")
            chunks.append(out)
    if length is not None and wire != length:
        # http.client returns a cut-off body without complaint: never keep half a file.
        raise http.client.IncompleteRead(b"", length - wire)
    return b"".join(chunks)


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)  # held during each request
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = float("-inf")  # monotonic time of the last request's end
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_error: str | None = None


class Fetcher:
    """GETs for one sync run: remembers each host's robots.txt and when it was last asked."""

    def __init__(self, settings: Settings, agent: str | None = None):
        self.settings = settings
        self.agent = agent or user_agent()
        self._hosts: dict[str, _Host] = {}
        self._guard = threading.Lock()

    def get(self, url: str, access: Access, headers: dict[str, str] | None = None) -> Response:
        """GET with retries and backoff. A 304 comes back as such; a refusal is raised at once."""
        return self._retried(url, access, headers or {}, robots=True, limit=self.settings.max_bytes)

    def _retried(self, url: str, access: Access, headers: dict[str, str], robots: bool, limit: int) -> Response:
        settings, delay, last, code = self.settings, self.settings.backoff, "", None
        for attempt in range(settings.retries + 1):
            if attempt:
                time.sleep(delay)
                delay *= 2
            code = None
            try:
                return self._follow(url, access, headers, robots, limit)
            except _Status as exc:
                last, code = str(exc), exc.code
                if exc.code < 500 and exc.code != 429:
                    break  # a client error will not mend itself
            except http.client.HTTPException as exc:  # a body cut off on the way: try again
                last = f"incomplete response ({type(exc).__name__})"
            except (TimeoutError, ConnectionError, OSError) as exc:
                last = "timed out" if isinstance(exc, TimeoutError) or "timed out" in str(exc) else str(exc)
        raise _Failed(f"{url}: {last} (after {attempt + 1} attempts)", code)

    def _follow(self, url: str, access: Access, headers: dict[str, str], robots: bool, limit: int) -> Response:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            status, response_headers, body = self._exchange(current, access, headers, robots, limit)
            location = response_headers.get("location")
            if status in REDIRECTS and location:
                target = urllib.parse.urljoin(current, location.strip())
                try:
                    resolve(target, check_url(target, access), access)
                except Refused as exc:
                    raise Refused(f"{target} (a redirect from {current})", str(exc).split(": ", 1)[1]) from None
                current = target
                continue
            if status == 304:
                return Response(current, 304, response_headers, b"")
            if not 200 <= status < 300:
                raise _Status(status, response_headers.get(":reason", ""))
            return Response(current, status, response_headers, body)
        raise SyncError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _exchange(self, url: str, access: Access, headers: dict[str, str], robots: bool, limit: int):
        """One request, no redirect followed: (status, headers, body)."""
        parts = check_url(url, access)
        addresses = resolve(url, parts, access)
        if robots and not self._allowed(url, parts, access):
            raise Disallowed(f"{url}: its site's robots.txt asks robots not to fetch it")
        host = self._host(parts)
        with host.lock:  # one request at a time per host
            wait = host.last + self._delay(host) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return self._request(url, parts, addresses[0], headers, limit)
            finally:
                host.last = time.monotonic()

    def _request(self, url: str, parts: urllib.parse.SplitResult, address: str, headers: dict[str, str],
                 limit: int):
        kind = _TLSConnection if parts.scheme == "https" else _Connection
        connection = kind(parts.hostname, parts.port, address, self.settings.timeout)
        # A page may link "Revue Sénégal.pdf" as written: the request line takes it percent-encoded.
        target = urllib.parse.quote(parts.path or "/", safe=_SAFE) + ("?" + urllib.parse.quote(parts.query, safe=_SAFE)
                                                                       if parts.query else "")
        try:
            connection.request("GET", target, headers={
                "User-Agent": self.agent, "Accept-Encoding": "gzip, deflate", "Connection": "close", **headers,
            })
            response = connection.getresponse()
            names = {k.lower(): v for k, v in response.getheaders()} | {":reason": response.reason}
            if response.status in REDIRECTS or response.status == 304 or response.status >= 400:
                return response.status, names, b""
            return response.status, names, read_body(response, limit, url)
        finally:
            connection.close()

    def _host(self, parts: urllib.parse.SplitResult) -> _Host:
        with self._guard:
            return self._hosts.setdefault(f"{parts.scheme}://{parts.netloc.lower()}", _Host())

    def _delay(self, host: _Host) -> float:
        asked = host.robots.crawl_delay(ROBOTS_AGENT) if host.robots else None
        return max(self.settings.delay, float(asked or 0))

    def _allowed(self, url: str, parts: urllib.parse.SplitResult, access: Access) -> bool:
        """Whether the host's robots.txt (read once per run) lets us fetch ``url``."""
        host = self._host(parts)
        with host.robots_lock:  # read once, even when several threads ask at the same time
            if host.robots is None and host.robots_error is None:
                self._read_robots(host, parts, access)
        if host.robots_error:
            raise SyncError(f"{url}: {host.robots_error}")
        return host.robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, host: _Host, parts: urllib.parse.SplitResult, access: Access) -> None:
        url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        robots = urllib.robotparser.RobotFileParser(url)
        try:
            body = self._retried(url, access, {}, robots=False, limit=ROBOTS_MAX_BYTES).body
            robots.parse(body.decode("utf-8", errors="replace").splitlines())
        except _Failed as exc:
            if exc.code is None or not 400 <= exc.code < 500:
                # RFC 9309: a robots.txt that cannot be read puts the whole site off limits for now.
                reason = str(exc).split(": ", 1)[1]
                host.robots_error = f"its site's robots.txt could not be read ({reason}): nothing is fetched from it"
                return
            robots.allow_all = True  # RFC 9309: no robots.txt (any 4xx) means no rules
            robots.modified()
        except SyncError as exc:  # refused, or too many redirects
            host.robots_error = f"its site's robots.txt could not be read ({exc})"
            return
        host.robots = robots
