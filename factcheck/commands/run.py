"""`factcheck run`: extract (cached), merge with reviewed claims, check, report, gate."""

from __future__ import annotations

from pathlib import Path

from factcheck import console
from factcheck.config import Config
from factcheck.errors import FactcheckError
from factcheck.model import Evidence, Finding


def analyse(cfg: Config, paths: list[Path], use_cache: bool = True, engine=None, ruleset=None, articles=None):
    """Everything a report needs: (articles, claims, findings, notes). ``engine`` is a Dask
    engine (factcheck.dask_engine) or None to run here; ``ruleset`` and ``articles`` are
    passed when the caller has loaded them already."""
    from factcheck import rules
    from factcheck.engine import build_facts, run_rules
    from factcheck.messages import EXTRACTION_ERROR, STALE_CLAIM, STALE_NOTE, say
    from factcheck.pipeline import articles_for, gather

    ruleset = ruleset or rules.load(cfg.rules_dir, cfg.root)
    articles = articles if articles is not None else articles_for(cfg, paths)
    gathered = gather(cfg, articles, use_cache=use_cache, engine=engine)
    claims = [c for ac in gathered for c in ac.claims]
    notes = []
    extra = []
    for ac in gathered:
        if ac.article.date_assumed:
            notes.append(f"{ac.article.key}: {ac.article.date_assumed}")
        if ac.error:
            extra.append(Finding(
                check="extraction", status="review", rule="extraction-error", severity="error",
                message=say(EXTRACTION_ERROR, error=ac.error),
                extra={"key": EXTRACTION_ERROR.format(error=ac.error)},  # the id does not follow the language
                evidence=(Evidence(ac.article.key, 1, 1, 1, ac.article.text[:80], ""),)))
        for c in ac.stale:
            # Cite the claim where it still stands, in the claims file: the article's line
            # c.line may now hold other text.
            line = ac.claim_lines.get(c.id, 1)
            extra.append(Finding(
                check="stale_claim", status="review", rule="stale-claim", severity="warning",
                message=say(STALE_CLAIM, id=c.id, figure=c.describe(), metric=c.metric, line=c.line),
                evidence=(Evidence(ac.claims_file, line, line, 1, c.quote, c.id, say(STALE_NOTE, line=c.line)),)))
    dup = next((r for r in ruleset.rules if r.check == "duplicates"), None)
    texts = {a.key: a.text for a in articles} if dup else None
    matches = None
    if dup is not None:
        from factcheck.dupes import cache as dupes_cache
        from factcheck.engine import find_duplicates

        matches = dupes_cache.load(cfg.cache_dir, articles, dup.options) if use_cache else None
        if matches is None:
            matches = find_duplicates(texts, dup.options, fingerprints_for(gathered, dup.options), engine)
            if use_cache:
                dupes_cache.save(cfg.cache_dir, articles, dup.options, matches)
    facts = build_facts(claims, texts, ruleset, None, matches)
    same = next((r for r in ruleset.rules if r.check == "same_figure"), None)
    if engine is not None and same is not None:
        facts.groups["same_figure"] = engine.same_figure_groups(facts.claims, same.options["across_articles"])
    findings = run_rules(facts, ruleset, extra)
    return articles, claims, findings, notes


def cached_analyse(cfg: Config, paths: list[Path], use_cache: bool = True, engine=None):
    """``analyse`` for a report: (articles, number of claims, findings, notes). On an unchanged
    corpus — same articles, claims files, rules, extractor code and data — the findings of the
    last run are read back from the cache instead of being computed again."""
    import hashlib
    import json

    from factcheck import rules
    from factcheck.pipeline import _data_fingerprint, articles_for, claims_file_for

    if not use_cache:
        articles, claims, findings, notes = analyse(cfg, paths, use_cache, engine)
        return articles, len(claims), findings, notes
    ruleset = rules.load(cfg.rules_dir, cfg.root)  # configuration errors first, as in a full run
    articles = articles_for(cfg, paths)
    from factcheck.messages import language

    h = hashlib.sha256(_data_fingerprint().encode())  # the package's code and data
    h.update(language().encode())  # messages are stored in the language of the run
    for a in articles:
        h.update(f"{a.key}\0{a.sha256}\0{json.dumps(a.meta, sort_keys=True, default=str)}".encode())
        cf = claims_file_for(cfg, a)
        h.update(cf.read_bytes() if cf.exists() else b"-")
    rules_dir = cfg.rules_dir if cfg.rules_dir.is_dir() else rules.default_rules_dir()
    for f in sorted(rules_dir.glob("*.y*ml")):
        h.update(f.name.encode() + f.read_bytes())
    path = cfg.cache_dir / "results" / (h.hexdigest()[:32] + ".json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        findings = [finding_from_json(d) for d in data["findings"]]
        return articles, data["claims"], findings, data["notes"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    _, claims, findings, notes = analyse(cfg, paths, use_cache, engine, ruleset, articles)
    try:
        from dataclasses import asdict

        from factcheck.yamlio import atomic_write

        atomic_write(path, json.dumps({"claims": len(claims), "notes": notes,
                                       "findings": [{k: v for k, v in asdict(f).items() if k != "extra"}
                                                    for f in findings]},
                                      ensure_ascii=False, separators=(",", ":")))
    except OSError:
        pass
    return articles, len(claims), findings, notes


def finding_from_json(d: dict) -> Finding:
    return Finding(**{**d, "evidence": tuple(Evidence(**e) for e in d["evidence"]),
                      "derivation": tuple(d["derivation"])})


def fingerprints_for(gathered, options) -> dict | None:
    """The fingerprints the extraction computed, when they were made with the rule's k and window."""
    prints = {}
    for ac in gathered:
        if ac.prints is None or ac.prints_kw != (options["k"], options["window"]):
            return None
        prints[ac.article.key] = ac.prints
    return prints


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
            articles, n_claims, findings, notes = cached_analyse(cfg, paths, use_cache, eng)
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
        articles, n_claims, findings, notes = cached_analyse(cfg, paths, use_cache)
        sources = ()
    if changed is not None:
        from factcheck.gitdiff import touches

        findings = [f for f in findings if touches(f, changed)]
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
