"""`factcheck run`: extract (cached), merge with reviewed claims, check, report, gate."""

from __future__ import annotations

from pathlib import Path

from factcheck import console
from factcheck.config import Config
from factcheck.analysis import analyse, analyse_cached
from factcheck.errors import FactcheckError


def run(cfg: Config, paths: list[Path], fmt: str = "rich", output: Path | None = None,
        show: str = "", fail_on: str | None = None, use_cache: bool = True, engine: str = "local",
        scheduler: str | None = None, diff: str | None = None) -> int:
    from factcheck import baseline
    from factcheck.report import Report, render

    changed = None
    if diff is not None:  # before the work: a bad revision is a usage error
        from factcheck.gitdiff import changed_lines

        changed = changed_lines(cfg.root, diff)

    if engine == "dask":
        try:
            from factcheck import dask_engine
        except ImportError:
            raise FactcheckError("--engine dask needs Dask: pip install 'factcheck[dask]'") from None
        with dask_engine.engine(scheduler, cfg.jobs) as eng:
            articles, n_claims, findings, notes = analyse_cached(cfg, paths, use_cache, eng)
        sources = ()
    elif fmt == "html":  # the page marks every figure, so it needs the claims, not just findings
        from factcheck.report import Source

        articles, claims, findings, notes = analyse(cfg, paths, use_cache)
        n_claims = len(claims)
        by_article: dict[str, list] = {}
        for c in claims:
            by_article.setdefault(c.article, []).append(c)
        sources = tuple(Source(a.key, a.text, tuple(by_article.get(a.key, ()))) for a in articles)
    else:
        articles, n_claims, findings, notes = analyse_cached(cfg, paths, use_cache)
        sources = ()
    if changed is not None:
        from factcheck.gitdiff import copied_passages, in_a_copied_passage, touches

        copied = copied_passages(findings, changed)
        findings = [f for f in findings if touches(f, changed) or in_a_copied_passage(f, copied)]
        notes = [*notes, f"--diff {diff}: only findings whose evidence touches lines changed since {diff}"]
    entries = baseline.load(cfg.path(cfg.baseline), cfg.root)
    findings, accepted, stale = baseline.split(findings, entries)
    report = Report(articles=tuple(a.key for a in articles), claims=n_claims,
                    findings=tuple(findings), notes=tuple(notes), baselined=tuple(accepted),
                    stale_baseline=tuple(stale), sources=sources)
    if output is not None and fmt == "rich":
        raise FactcheckError("the rich report is for the terminal; write a file with --format markdown, "
                             "json, sarif or html")
    text = render(report, fmt, show_agree=(show == "agree"))
    if text is not None:
        if output is not None:
            from factcheck.yamlio import atomic_write

            atomic_write(output, text)
            console.info(f"report written to {output}")
        else:
            console.write_text(text)
    return exit_code(report, fail_on or cfg.fail_on)


def exit_code(report, fail_on: str) -> int:
    failing = [f for f in report.findings if f.severity != "info"
               and (f.status == "conflict" or (fail_on == "review" and f.status == "review"))]
    return 1 if failing else 0
