"""The HTML report: self-contained, safe with hostile article text, and working in a real browser
(headless Chromium driven by Playwright). Without a browser the browser tests are skipped with
the reason shown (`pytest -rs`); `.ci/run` installs one, so CI runs them."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser

import pytest

from test_cli import INCONSISTENT, fc, write

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = ('<script>alert("x")</script>"><img src=x onerror=alert(1)>\n'
           "今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。\n")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture
def report(tmp_path):
    fc("init", str(tmp_path), cwd=tmp_path, check=0)
    write(tmp_path, "a.txt", INCONSISTENT)
    write(tmp_path, "evil.txt", HOSTILE)
    out = tmp_path / "report.html"
    fc("run", "-o", str(out), cwd=tmp_path, check=1)  # the format follows the suffix
    return out


def test_the_report_is_one_self_contained_file(report):
    html = report.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    assert not [t for t, a in parser.tags if t in ("link", "img", "iframe") or a.get("src")], "no network, no images"
    assert [a.get("type") for t, a in parser.tags if t == "script"] == ["application/json", None]


def test_article_text_cannot_inject_markup(report):
    html = report.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t == "img"]
    assert html.count("<script") == 2 and 'alert("x")</script>' not in html
    assert "\\u003cscript\\u003ealert" in html  # the text is there, as data


def _browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium); .ci/run installs it")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install '.[test]')")
    return sync_playwright


ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_in_a_real_browser_a_conflict_shows_its_arithmetic_and_keys_step_through(report, tmp_path):
    sync_playwright = _browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        conflicts = page.locator("mark.fig.st-conflict")
        assert conflicts.count() >= 2  # 141.1亿元 ÷ 183.2亿元 vs 87%: three figures, two marked
        conflicts.first.click()
        popover = page.locator("#popover")
        assert popover.is_visible()
        assert "141.1亿元 ÷ 183.2亿元" in popover.inner_text()  # the arithmetic
        page.keyboard.press("Escape")
        assert not popover.is_visible()
        page.locator("body").click(position={"x": 5, "y": 5})
        page.keyboard.press("n")
        focused = page.evaluate("document.activeElement.className")
        assert "st-conflict" in focused
        assert popover.is_visible()
        page.locator('#filters input[data-status="agree"]').uncheck()
        page.screenshot(path=str(tmp_path / "report.png"))
        # The hostile article renders as text.
        page.locator("#overview tr", has_text="evil.txt").click()
        assert '<script>alert("x")</script>' in page.locator("#article").inner_text()
        assert page.evaluate("document.querySelectorAll('#article img').length") == 0
        assert errors == []
        browser.close()
