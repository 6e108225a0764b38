"""The terminal report as a person sees it, recorded from a Rich console."""

from rich.console import Console

from factcheck import console
from factcheck.report.terminal import render


def recorded(monkeypatch, report, show_agree=False, **kw):
    rec = Console(record=True, width=100, force_terminal=True, highlight=False, **kw)
    monkeypatch.setattr(console, "out", lambda: rec)
    render(report, show_agree)
    return rec


def test_summary_then_conflicts_with_quotes_and_arithmetic(monkeypatch, report):
    text = recorded(monkeypatch, report).export_text()
    lines = text.splitlines()
    assert lines[0].split() == ["articles", "claims", "agree", "conflict", "review"]
    assert lines[1].split()[:2] == ["1", "6"]
    conflicts = text.index("CONFLICTS (1)")
    assert conflicts < text.index("agreements")
    block = text[conflicts:]
    assert "CONFLICT share of the whole" in block  # the check's plain name, not its id
    assert "141.1亿元 ÷ 183.2亿元 = 76.97–77.07%, but the stated share is 87%" in block
    assert "articles/t0.txt:2" in block
    assert "show them with --show agree" in text


def test_agreements_listed_on_request(monkeypatch, report):
    text = recorded(monkeypatch, report, show_agree=True).export_text()
    assert "AGREEMENTS" in text and "the part 31人 is no more than its total 47人" in text


def test_trivial_agreements_are_counted_apart(monkeypatch, report):
    agrees = report.by_status("agree")
    trivial = sum(f.trivial for f in agrees)
    assert trivial and all(f.trivial for f in agrees if f.check == "subset")
    text = " ".join(recorded(monkeypatch, report).export_text().split())
    assert (f"{len(agrees)} agreements: {len(agrees) - trivial} corroborated, {trivial} trivially consistent"
            in text)


def test_colour_on_a_terminal_and_none_with_no_color(monkeypatch, report):
    import io

    original = console.out

    def shown(no_color: bool) -> str:
        buf = io.StringIO()
        monkeypatch.setattr(console, "out", lambda: Console(file=buf, force_terminal=True, highlight=False,
                                                            no_color=no_color, width=100))
        render(report)
        return buf.getvalue()

    assert "\x1b[1;31m" in shown(False)  # conflicts in bold red
    assert "\x1b[31" not in shown(True) and "\x1b[1;31" not in shown(True)
    original.cache_clear()
    monkeypatch.setenv("NO_COLOR", "1")
    assert original().no_color
    original.cache_clear()
