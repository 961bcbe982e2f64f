"""A stand-in for process_file that misbehaves on the files named for it, as
a native PDF library or a memory bomb would: the tests of the worker
processes choose which document crashes its worker."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from pipeline.run import process_file


def misbehave(path: Path, nlp, **options):
    """``process_file``, except on ``segfault.*`` (the process kills itself with
    SIGSEGV), ``memory-bomb.*`` (reading it takes 2 GiB) and ``stuck.*`` (it
    hangs in the middle of its second page)."""
    stem = Path(path).stem
    on_page = options["on_page"]
    if stem == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)

    def misread(number: int, pages: int) -> None:
        on_page(number, pages)
        if stem == "memory-bomb":
            hoard = bytearray(2 * 1024**3)
            del hoard
        if stem == "stuck" and number == 2:
            time.sleep(3600)

    return process_file(path, nlp, **{**options, "on_page": misread})
