"""Progress of a run's extractions, for whoever watches it.

On a terminal: a rich progress bar (documents done of total, pages per
second, the current file). Anywhere else (a log file, CI, a Prefect worker):
one log line per document, which Prefect also shows in its UI.
"""

from __future__ import annotations

import sys
import time


class DocumentProgress:
    def __init__(self, total: int, logger, stream=None, clock=time.monotonic):
        self.total, self.done, self.pages = total, 0, 0
        self.logger, self.clock = logger, clock
        self.started = clock()
        stream = stream or sys.stderr
        self.bar = None
        if total and stream.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from rich.default_styles import DEFAULT_STYLES
            from rich.theme import Theme

            console = _console(stream)
            # Prefect's console has a theme of its own, without the progress bar's styles.
            console.push_theme(Theme({k: v for k, v in DEFAULT_STYLES.items() if k.startswith(("bar.", "progress."))}))
            self.bar = Progress(
                TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(), TextColumn("{task.description}"),
                console=console, transient=False,
            )
            self.task = self.bar.add_task("", total=total, rate="")
            self.bar.start()

    def rate(self) -> float:
        return self.pages / max(self.clock() - self.started, 1e-9)

    def reading(self, name: str) -> None:
        """The file being extracted (or waited for) now."""
        if self.bar is not None:
            self.bar.update(self.task, description=name)

    def finished(self, name: str, status: str, pages: int) -> None:
        """A file done: its status and how many pages were read (0 when none were)."""
        self.done += 1
        self.pages += pages
        if self.bar is not None:
            self.bar.update(self.task, advance=1, rate=f"{self.rate():.1f} pages/s")
        else:
            self.logger.info("%d/%d %s: %s, %d page%s, %.1f pages/s", self.done, self.total, name,
                             status, pages, "" if pages == 1 else "s", self.rate())

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar.console.pop_theme()


def _console(stream):
    """The rich console that Prefect's log handler writes to, where it writes to ``stream``:
    sharing it keeps log lines above the bar instead of through it."""
    import logging

    from rich.console import Console

    for handler in logging.getLogger().handlers:
        console = getattr(handler, "console", None)
        if isinstance(console, Console) and getattr(handler, "stream", None) is stream:
            return console
    return Console(file=stream)
