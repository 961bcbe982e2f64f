"""What a command checks before it starts: a mistake in its configuration is a
usage error, told in one line before any work is done, not a traceback at
06:00 in every scheduled run.

Each check returns what it validated or raises ``UsageError`` with that line.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
from pathlib import Path

from .sources import Config, load_config


class UsageError(Exception):
    """A command cannot start as given; the message is one line."""


def check_folder(raw: Path) -> Path:
    """A folder of reviews that exists."""
    if not Path(raw).is_dir():
        raise UsageError(f"no such folder: {raw}")
    return Path(raw)


def check_sources(path: Path) -> Config:
    """A sources file that exists and reads (see sources.toml)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    try:
        return load_config(path)
    except ValueError as exc:  # says which file, and what in it
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from exc


def _probe(folder: Path, label: Path) -> None:
    """Create and remove a folder in ``folder``: what a run does there, as this user."""
    probe = folder / f".gcm-extract-probe-{os.getpid()}-{secrets.token_hex(4)}"
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise UsageError(f"cannot write to {label}: {blocking} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.mkdir()
        probe.rmdir()
    except OSError as exc:
        raise UsageError(f"cannot write to {label}: {exc.strerror or exc}") from exc


def check_output(out: Path) -> Path:
    """An output folder that a run can replace: a folder (or nothing yet) in a folder we may write."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"cannot write to {out}: it is a file, not a folder")
    _probe(out.parent, out)  # the tables are staged beside it, then renamed into place
    return out


def check_writable_folder(folder: Path) -> Path:
    """A folder that files can be written into (sync's raw/)."""
    _probe(Path(folder), Path(folder))
    return Path(folder)


def check_dask(address: str, timeout: float) -> None:
    """A Dask scheduler that answers at ``address`` within ``timeout`` seconds."""
    try:
        from distributed.comm import connect, parse_address, parse_host_port
    except ImportError as exc:
        raise UsageError("--dask needs the Dask extra: pip install 'gcm-extract[dask]'") from exc

    def unreachable(reason: str) -> UsageError:
        return UsageError(f"cannot reach the Dask scheduler at {address}: {reason}")

    try:
        scheme, location = parse_address(address)
    except ValueError as exc:
        raise unreachable("not an address such as tcp://host:8786") from exc
    if scheme in ("tcp", "tls"):
        # A plain connection first: it tells "refused" or "unknown host" at once,
        # where Dask's own connect retries until its timeout and says only that.
        try:
            host, port = parse_host_port(location)
            socket.create_connection((host, port), timeout=timeout).close()
        except socket.gaierror as exc:
            raise unreachable("unknown host") from exc
        except (TimeoutError, socket.timeout) as exc:
            raise unreachable(f"no answer within {timeout:g} s") from exc
        except ConnectionRefusedError as exc:
            raise unreachable("connection refused") from exc
        except (OSError, ValueError) as exc:
            raise unreachable(str(getattr(exc, "strerror", None) or exc).lower()) from exc

    async def handshake() -> None:
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:  # bounded here too: Dask's handshake with a silent listener waits for ever
        asyncio.run(asyncio.wait_for(handshake(), timeout))
    except Exception as exc:  # anything but a scheduler's handshake in time
        raise unreachable(f"no Dask scheduler answered within {timeout:g} s") from exc
