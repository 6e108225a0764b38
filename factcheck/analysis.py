"""Everything a report needs, for every command: articles → claims (extracted, cached, merged
with the reviewed claims files) → findings. ``analyse`` computes; ``analyse_cached`` serves
the findings of an unchanged project from the cache."""

from __future__ import annotations

from pathlib import Path

from factcheck.config import Config
from factcheck.model import Evidence, Finding


def analyse(cfg: Config, paths: list[Path], use_cache: bool = True, engine=None, ruleset=None, articles=None):
    """Everything a report needs: (articles, claims, findings, notes). ``engine`` is a Dask
    engine (factcheck.dask_engine) or None to run here; ``ruleset`` and ``articles`` are
    passed when the caller has loaded them already."""
    from factcheck import rules
    from factcheck.checking import build_facts, run_rules
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
        from factcheck.dupes.find import find_duplicates

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


def analyse_cached(cfg: Config, paths: list[Path], use_cache: bool = True, engine=None):
    """``analyse`` for a report: (articles, number of claims, findings, notes). On an unchanged
    corpus — same articles, claims files, rules, extractor code and data — the findings of the
    last run are read back from the cache instead of being computed again."""
    from dataclasses import asdict

    from factcheck import cache, rules
    from factcheck.pipeline import articles_for, claims_file_for

    if not use_cache:
        articles, claims, findings, notes = analyse(cfg, paths, use_cache, engine)
        return articles, len(claims), findings, notes
    ruleset = rules.load(cfg.rules_dir, cfg.root)  # configuration errors first, as in a full run
    articles = articles_for(cfg, paths)
    from factcheck.messages import language

    parts: list[str | bytes] = [language()]  # messages are stored in the language of the run
    for a in articles:
        parts += [*cache.article_parts(a)]
        cf = claims_file_for(cfg, a)
        parts.append(cf.read_bytes() if cf.exists() else b"-")
    rules_dir = cfg.rules_dir if cfg.rules_dir.is_dir() else rules.default_rules_dir()
    for f in sorted(rules_dir.glob("*.y*ml")):
        parts += [f.name, f.read_bytes()]
    key = cache.key("results", *parts)
    data = cache.read_json(cfg.cache_dir, "results", key)
    try:
        findings = [finding_from_json(d) for d in data["findings"]]
        return articles, data["claims"], findings, data["notes"]
    except (ValueError, KeyError, TypeError):
        pass
    _, claims, findings, notes = analyse(cfg, paths, use_cache, engine, ruleset, articles)
    cache.write_json(cfg.cache_dir, "results", key, {
        "claims": len(claims), "notes": notes,
        "findings": [{k: v for k, v in asdict(f).items() if k != "extra"} for f in findings]})
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
