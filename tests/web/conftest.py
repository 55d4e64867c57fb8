"""The room link's tests. A real headless Chromium for the room link's pages: Debian's `chromium` package, driven
by Playwright (which cannot download its own browser here). Without either, the browser
tests skip and say why."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",  # the test may run as root (CI does)
    "--disable-gpu",
    "--no-first-run",
    # Without these, Chromium reaches for Google's servers at start (refused here).
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip(
            "no Chromium: install Debian's package (`apt-get install chromium`; .ci/run does "
            "when it runs as root) to run the room link's browser tests"
        )
    return path


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is a test extra")
    executable = chromium_path()
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield launched
        finally:
            launched.close()
