"""A headless Chromium for the report's tests and for docs/report.png.

Debian's /usr/bin/chromium driven by Playwright's Python package: no browser
is downloaded. The flags keep Chromium from reaching for the network.

    python tests/browser.py output/report.html docs/report.png
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def missing() -> str | None:
    """Why the browser cannot run here, or None."""
    if not Path(CHROMIUM).exists():
        return "no Chromium at /usr/bin/chromium: `make test` installs Debian's chromium (needs root and apt)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright's Python package is not installed: pip install -e '.[dev]'"
    return None


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def watched_page(browser, *, width: int = 1400, height: int = 1000):
    """A new page that records in ``page.seen`` the console errors, page errors, requests
    and dialogs it sees (a dialog is dismissed: a test then fails on it)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))

    def dialog(d):
        seen["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.seen = seen
    return page


def open_report(browser, path: Path, *, width: int = 1400, height: int = 1000):
    """A watched page showing the report, once its script has unpacked the data."""
    page = watched_page(browser, width=width, height=height)
    page.goto(Path(path).resolve().as_uri())
    page.wait_for_selector("html[data-ready=true]", timeout=15000)
    return page


def screenshot(report: Path, png: Path) -> None:
    """The top of the report: the heatmap with one cell's mentions listed."""
    with chromium() as browser:
        page = open_report(browser, report, width=1280, height=900)
        cell = page.locator("#heatmap button.c.h").first
        cell.click()
        page.locator("#coverage-h").scroll_into_view_if_needed()
        page.evaluate("window.scrollTo(0, document.getElementById('coverage').offsetTop - 8)")
        page.screenshot(path=str(png))


if __name__ == "__main__":
    screenshot(Path(sys.argv[1]), Path(sys.argv[2]))
