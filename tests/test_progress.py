"""Progress of a run: a rich bar on a terminal, one log line per document elsewhere."""

import io
import logging

from flows.progress import DocumentProgress


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_one_line_per_document_where_output_is_no_terminal(caplog):
    clock = Clock()
    progress = DocumentProgress(2, logging.getLogger("test-progress"), stream=io.StringIO(), clock=clock)
    with caplog.at_level(logging.INFO, logger="test-progress"):
        progress.reading("a.pdf")
        clock.now += 2
        progress.finished("a.pdf", "ok", 10)
        progress.reading("b.txt")
        clock.now += 3
        progress.finished("b.txt", "warning", 1)
        progress.close()
    assert caplog.messages == ["1/2 a.pdf: ok, 10 pages, 5.0 pages/s", "2/2 b.txt: warning, 1 page, 2.2 pages/s"]


def test_a_bar_on_a_terminal(caplog):
    clock, terminal = Clock(), Terminal()
    progress = DocumentProgress(2, logging.getLogger("test-progress"), stream=terminal, clock=clock)
    with caplog.at_level(logging.INFO, logger="test-progress"):
        progress.reading("a.pdf")
        clock.now += 4
        progress.finished("a.pdf", "ok", 10)
        progress.reading("b.pdf")
        progress.close()
    shown = terminal.getvalue()
    assert caplog.messages == []  # no log lines under the bar
    assert "extracting" in shown and "1/2" in shown and "2.5 pages/s" in shown and "b.pdf" in shown


def test_no_bar_when_there_is_nothing_to_extract():
    terminal = Terminal()
    DocumentProgress(0, logging.getLogger("test-progress"), stream=terminal).close()
    assert terminal.getvalue() == ""
