"""The rule engine: claims → facts (stated and derived) → findings, stamped with rule ids."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from factcheck.checks import REGISTRY
from factcheck.derive import derive_all
from factcheck.dupes.find import copied_claims, find_duplicates
from factcheck.facts import Facts
from factcheck.lexicon import qualifiers
from factcheck.model import Claim, Finding
from factcheck.rules import RuleSet

STATUS_ORDER = {"conflict": 0, "review": 1, "agree": 2}


def finding_id(rule: str, f: Finding) -> str:
    """Stable across runs and languages: the rule, the claims involved, and for a finding
    without claims (a duplicated passage) its identity key — never the translated message."""
    key = f.extra.get("key") or f.message
    basis = "\x00".join([rule, f.check, *sorted(f.claims)] + ([] if f.claims else [key]))
    return "F" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:10]


def build_facts(claims: list[Claim], texts: dict[str, str] | None = None, ruleset: RuleSet | None = None,
                prints: dict | None = None, matches: list | None = None) -> Facts:
    """Facts for a run. With the articles' raw ``texts`` (key → text) and a ``duplicates`` rule,
    duplicated passages are found first, so that copied figures are known to every check.
    ``prints`` are the articles' fingerprints when the extraction already computed them."""
    q = qualifiers()
    facts = Facts(_unique_ids([c for c in claims if not c.rejected]), approx_tolerance=q.get("approx_tolerance", 0.1),
                  near_tolerance=q.get("near_tolerance", 0.1))
    dup_rule = next((r for r in ruleset.rules if r.check == "duplicates"), None) if ruleset else None
    if texts and dup_rule is not None:
        facts.matches = matches if matches is not None else find_duplicates(texts, dup_rule.options, prints)
        facts.copies = copied_claims(facts.matches, facts.claims, texts)
    derive_all(facts)
    return facts


def _unique_ids(claims: list[Claim]) -> list[Claim]:
    """Claim ids are short hashes, unique within an article but not across thousands of them (32
    bits: about ten pairs among 300,000 claims). A relation names its target by id within its own
    article, so where two articles hold one id, the later article's claim, and its relations to it,
    take a suffix naming the article — else a rate could be set against another article's figure."""
    first: dict[str, str] = {}
    clashing: set[tuple[str, str]] = set()
    for c in claims:
        if first.setdefault(c.id, c.article) != c.article:
            clashing.add((c.article, c.id))
    if not clashing:
        return claims

    def renamed(article: str, cid: str) -> str:
        if (article, cid) not in clashing:
            return cid
        return f"{cid}-{hashlib.sha1(article.encode('utf-8')).hexdigest()[:4]}"

    out = []
    for c in claims:
        rels = tuple(replace(r, of=renamed(c.article, r.of) if r.of else r.of, by=renamed(c.article, r.by) if r.by else r.by)
                     for r in c.relations)
        out.append(replace(c, id=renamed(c.article, c.id), relations=rels))
    return out


def _copies(facts: Facts, claims, earlier) -> bool:
    """Each of ``claims`` is a copy of the one in the same place of ``earlier``."""
    return len(claims) == len(earlier) and all(facts.is_copy(a, b) for a, b in zip(claims, earlier))


def run_rules(facts: Facts, ruleset: RuleSet, extra=()) -> list[Finding]:
    from factcheck.links import one_period_articles, weigh

    one_period = one_period_articles(facts.claims)
    out: list[Finding] = []
    seen: set[str] = set()
    said: dict[tuple, list[tuple[str, ...]]] = {}  # (rule, status, message) → the claims it was said of
    for rule in ruleset.rules:
        module = REGISTRY[rule.check]
        for f in module.check(facts, rule.options):
            f = weigh(replace(f, rule=rule.id, severity=rule.severity), facts.by_id, one_period)
            fid = finding_id(rule.id, f)
            if fid in seen:
                continue
            seen.add(fid)
            key = (rule.id, f.status, f.message)
            if f.claims and any(_copies(facts, f.claims, earlier) for earlier in said.get(key, [])):
                continue  # the same finding on a copy of its passage (a page scraped twice)
            said.setdefault(key, []).append(tuple(f.claims))
            out.append(replace(f, id=fid))
    if ruleset.assertions:
        from factcheck.assertions import check as check_assertions, compile_all

        out.extend(check_assertions(facts, compile_all(ruleset.assertions)))
    out.extend(extra)
    # Findings made outside the rules (assertions, stale claims, extraction errors) get their
    # stable id here too.
    out = [f if f.id else replace(f, id=finding_id(f.rule, f)) for f in out]
    out.sort(key=lambda f: (STATUS_ORDER[f.status], f.evidence[0].path if f.evidence else "",
                            f.evidence[0].line if f.evidence else 0, f.rule, f.id))
    return out
