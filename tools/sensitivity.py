"""Error injection: change one figure in a copy of a real article and see what the checks say.

For every claim of an article, the figure is rewritten in the raw text (the rest of the text is
untouched) and the whole corpus is checked again with the altered copy in place of the
original. A claim that takes part in a checked relation (it is evidence in some finding of the
clean run) should now draw a conflict that cites its line; a claim in no relation should draw
no new conflict. ``benchmarks/sensitivity.py`` prints the rates; the tests hold a floor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.corpus import Article
from factcheck.checking import build_facts, run_rules
from factcheck.extract import extract_article
from factcheck.model import Claim
from factcheck.rules import RuleSet


@dataclass
class Trial:
    claim: Claim
    related: bool  # took part in a finding of the clean run
    new_conflicts: int  # conflicts (or reviews) in the altered run that the clean run did not have
    cites: bool  # one of them cites the altered line


def perturbed_number(c: Claim, direction: int = 1) -> tuple[str, str] | None:
    """(written number, replacement) for a claim, or None when it cannot be found in its quote.
    ``direction`` +1 raises the figure by about 30% (at least 2), -1 lowers it."""
    text = _written(c)
    if text is None or text not in c.quote:
        return None
    step = max(abs(c.value) * 0.3, 2.0 if c.value >= 4 else 1.0)
    new = c.value + direction * step
    if new <= 0:
        return None
    decimals = len(text.split(".")[1]) if "." in text else 0
    new_text = f"{new:.{decimals}f}"
    if new_text == text:
        return None
    return text, new_text


def _written(c: Claim) -> str | None:
    for cand in re.findall(r"\d+(?:\.\d+)?", c.quote):
        try:
            if abs(float(cand) - abs(c.value)) < 1e-9:
                return cand
        except ValueError:
            continue
    return None


def _alter(article: Article, c: Claim, old: str, new: str) -> Article | None:
    lines_start = [0]
    for i, ch in enumerate(article.text):
        if ch == "\n":
            lines_start.append(i + 1)
    start = lines_start[c.line - 1] + c.column - 1
    quote_pos = article.text.find(c.quote, start)
    if quote_pos != start:
        return None
    inner = c.quote.find(old)
    pos = start + inner
    text = article.text[:pos] + new + article.text[pos + len(old):]
    return replace(article, text=text)


def _signature(findings) -> set[tuple]:
    return {(f.rule, f.status, f.evidence[0].line if f.evidence else 0, f.message) for f in findings
            if f.status in ("conflict", "review")}


def run_trials(articles: list[Article], target: Article, rules: RuleSet, limit: int | None = None,
               direction: int = 1) -> list[Trial]:
    base_claims = {a.key: extract_article(a) for a in articles}
    texts = {a.key: a.text for a in articles}
    all_claims = [c for cs in base_claims.values() for c in cs]
    clean = run_rules(build_facts(all_claims, texts, rules), rules)
    related_ids = {cid for f in clean for cid in f.claims}
    # Figures inside a duplicated passage are related to their copy.
    for f in clean:
        if f.check == "duplicates":
            for e in f.evidence:
                related_ids.update(c.id for c in base_claims.get(e.path, [])
                                   if e.line <= c.line <= e.end_line)
    clean_sig = _signature(clean)
    trials = []
    for c in base_claims[target.key][:limit]:
        change = perturbed_number(c, direction)
        if change is None:
            continue
        altered = _alter(target, c, *change)
        if altered is None:
            continue
        claims = [x for k, cs in base_claims.items() if k != target.key for x in cs]
        claims += extract_article(altered)
        found = run_rules(build_facts(claims, {**texts, target.key: altered.text}, rules), rules)
        new = [f for f in found if f.status in ("conflict", "review")
               and (f.rule, f.status, f.evidence[0].line if f.evidence else 0, f.message) not in clean_sig]
        cites = any(e.path == target.key and e.line <= c.line <= e.end_line for f in new for e in f.evidence
                    if f.status == "conflict")
        trials.append(Trial(c, c.id in related_ids, len([f for f in new if f.status == "conflict"]), cites))
    return trials
