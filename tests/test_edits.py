"""Edits to reviewed figures are checked (issue 12 §2).

For every reviewed claim of the bundled corpus that takes part in a relation, its figure is
changed in a copy of the article, up and then down (tools/sensitivity.py: perturbed_number),
and the reviewed claims files are merged with the edited text as `factcheck run` does. The
edit must draw a conflict that cites the edited line — or the relation must still hold, which
the run shows by computing it again and agreeing (an inequality the change leaves true: a part
still below its total, Jan–Sep still below the full year) — or its relation has nothing stated
to be compared with (a growth rate whose prior value no article gives), before and after. An
edit that silently switches a check off fails. The detection rate is printed.
"""

from __future__ import annotations


import pytest

from factcheck import claimsfile, rules
from factcheck.checking import build_facts, run_rules
from factcheck.extract import extract_article
from sensitivity import _alter, perturbed_number


@pytest.fixture(scope="module")
def setting(root, corpus):
    from factcheck.config import find_config
    from factcheck.pipeline import claims_file_for

    cfg = find_config(root)
    ruleset = rules.load(cfg.rules_dir, cfg.root)
    reviewed = {a.key: claimsfile.read(claims_file_for(cfg, a), root).claims for a in corpus}
    texts = {a.key: a.text for a in corpus}
    fresh = {a.key: extract_article(a) for a in corpus}

    def run(edited=None):
        claims, tx = [], dict(texts)
        for a in corpus:
            article = edited if edited is not None and edited.key == a.key else a
            new = extract_article(article) if article is not a else fresh[a.key]
            merged = claimsfile.merge(reviewed[a.key], new, article.text)
            stale = {c.id for c in merged.stale}
            claims += [c for c in merged.claims if not c.rejected and c.id not in stale]
            tx[a.key] = article.text
        return run_rules(build_facts(claims, tx, ruleset), ruleset)

    clean = run()
    in_findings = {cid for f in clean for cid in f.claims}
    linked = {c.id for cs in reviewed.values() for c in cs if c.relations}
    linked |= {ref for cs in reviewed.values() for c in cs for r in c.relations for ref in (r.of, r.by) if ref}
    targets = [(a, c) for a in corpus for c in reviewed[a.key] if c.reviewed and c.id in in_findings | linked]
    return run, clean, targets, in_findings


def _trial(run, clean, article, claim, direction):
    change = perturbed_number(claim, direction)
    if change is None:
        return None
    edited = _alter(article, claim, *change)
    if edited is None:
        return None
    before = {(f.id, f.status) for f in clean}
    found = run(edited)
    line_hit = [f for f in found if f.status == "conflict" and (f.id, f.status) not in before and any(
        e.path == article.key and e.line <= claim.end_line and claim.line <= e.end_line for e in f.evidence)]
    mine = [f for f in found if claim.id in f.claims]
    if line_hit:
        return "detected", change
    if mine and all(f.status in ("agree", "review") for f in mine):
        return "holds", change
    if not mine and claim.id not in {cid for f in clean for cid in f.claims}:
        return "unchecked", change  # a stated relation with nothing to compare: no prior, no total stated
    return "silent", change


@pytest.mark.parametrize("direction", [1, -1], ids=["raised", "lowered"])
def test_every_edit_to_a_reviewed_related_figure_is_checked(setting, direction, capsys):
    run, clean, targets, in_findings = setting
    results = {}
    for article, claim in targets:
        r = _trial(run, clean, article, claim, direction)
        if r is not None:
            results[claim.id] = (article.key, claim, *r)
    detected = [v for v in results.values() if v[2] == "detected"]
    holds = [v for v in results.values() if v[2] == "holds"]
    silent = [v for v in results.values() if v[2] == "silent"]
    unchecked = [v for v in results.values() if v[2] == "unchecked"]
    with capsys.disabled():
        word = "raised" if direction > 0 else "lowered"
        print(f"\nedits to reviewed figures ({word} ~30%): {len(detected)}/{len(results)} drew a conflict on the "
              f"edited line; {len(holds)} left their relations holding (recomputed, agree); {len(unchecked)} in "
              f"relations with nothing stated to compare them with; {len(silent)} silent")
    assert not silent, [f"{k}:{c.line} {c.describe()} {ch}" for k, c, _, ch in silent]
    assert len(detected) >= 23  # the floor is what the checks reach today
