"""Injected errors on the development corpus: does an edited figure draw a conflict?

``make eval`` scores what factcheck finds in articles as written. This scores what a newsroom's
gate is for: a figure changed in an article that nobody has reviewed. For every relation the
truth expects to agree (within one article), one of its figures is rewritten in the raw text —
its number moved by about 10% (a count by one), everything else untouched — and the article is
extracted and checked again, alone. The edit is *caught* when a new conflict cites the edited
line, *flagged* when only a new review does, and *missed* otherwise. False alarms are new
conflicts that cite none of the relation's lines.

Prints, per relation type and overall, caught / flagged / missed, and whether the relation was
found (agree) before the edit: a link found only by value (a whole found because the share
works out) cannot survive an edit, and the split shows how many links can.

Usage: ``python tools/inject_eval.py [--sample N] [--seed S] [--type T] [-v]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from corpus_eval import CORPUS, Cited, Relation, covers, load_truth  # noqa: E402

from factcheck import rules as rules_mod  # noqa: E402
from factcheck.checking import build_facts, run_rules  # noqa: E402
from factcheck.config import find_config  # noqa: E402
from factcheck.corpus import load_article  # noqa: E402
from factcheck.extract import extract_article  # noqa: E402

# Relations that an edit of one number cannot be measured on here: passages, dates, year spans
# (their figures are not amounts), and the sets of several articles.
SKIPPED = {"copy", "date", "span"}
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def edited_number(text: str, rng: random.Random) -> tuple[str, str] | None:
    """(number as written in a figure, its replacement): about 10% up or down, same decimals;
    a whole number below 20 moves by one."""
    m = _NUMBER.search(text.replace(",", ""))
    if not m or "," in text:
        return None
    old = m.group()
    v = float(old)
    decimals = len(old.split(".")[1]) if "." in old else 0
    if decimals == 0 and v < 20:
        new_v = v + 1 if v < 2 or rng.random() < 0.5 else v - 1
    else:
        new_v = v * (1.1 if rng.random() < 0.5 else 0.9)
    new = f"{new_v:.{decimals}f}"
    if new == old or float(new) <= 0:
        return None
    return old, new


def _signature(findings) -> set[tuple]:
    return {(f.check, f.status, tuple(sorted((e.path, e.line) for e in f.evidence)), f.message)
            for f in findings if f.status in ("conflict", "review")}


def _cited(f, key: str, name: str, values: dict) -> list[Cited]:
    """A finding's evidence as the truth's figures are matched: claims by line and value."""
    out = []
    for e in f.evidence:
        if e.path == key:
            v = values.get(e.claim) if e.claim else None
            out.append(Cited(name, e.line, e.end_line or e.line, None if v is None else float(v)))
    return out


def run(corpus: Path = CORPUS, sample: int = 400, seed: int = 1, types: list[str] | None = None,
        verbose: bool = False) -> dict[str, Counter]:
    """Edit one figure of each relation the truth expects to agree; the tally by relation type
    (and ``all``): edits, caught, flagged, missed, found (agreed before the edit), found_<outcome>,
    false (new conflicts citing none of the relation's lines)."""
    rng = random.Random(seed)
    cfg = find_config(ROOT)
    ruleset = rules_mod.load(cfg.rules_dir, cfg.root)
    by_article: dict[str, list[Relation]] = defaultdict(list)
    for r in load_truth(corpus):
        if r.expected == "agree" and r.type not in SKIPPED and all(f.article == r.article for f in r.figures) \
                and (not types or r.type in types):
            by_article[r.article].append(r)
    names = sorted(by_article)
    if sample:
        names = sorted(rng.sample(names, min(sample, len(names))))
    tally: dict[str, Counter] = defaultdict(Counter)
    tally["all"]["articles"] = len(names)
    adir = corpus / "articles"
    for name in names:
        article = load_article(adir / name, adir)
        claims = extract_article(article)
        values = {c.id: c.value for c in claims}
        clean = run_rules(build_facts(claims, {article.key: article.text}, ruleset), ruleset)
        clean_sig = _signature(clean)
        lines = article.text.split("\n")
        for rel in by_article[name]:
            covering = [f for f in clean if f.status == "agree" and covers(_cited(f, article.key, name, values), rel)]
            fig = rng.choice(rel.figures)
            change = edited_number(fig.text, rng)
            raw = lines[fig.line - 1] if 0 < fig.line <= len(lines) else ""
            if change is None or fig.text not in raw:
                continue
            edited_fig = fig.text.replace(*change, 1)
            lines2 = list(lines)
            lines2[fig.line - 1] = raw.replace(fig.text, edited_fig, 1)
            edited = replace(article, text="\n".join(lines2))
            after = run_rules(build_facts(extract_article(edited), {article.key: edited.text}, ruleset), ruleset)
            new_findings = [f for f in after if f.status in ("conflict", "review") and not _signature([f]) <= clean_sig]
            conflicts = [f for f in new_findings if f.status == "conflict"]
            if any(_cites(f, article.key, {fig.line}) for f in conflicts):
                outcome = "caught"
            elif any(_cites(f, article.key, {fig.line}) for f in new_findings):
                outcome = "flagged"
            else:
                outcome = "missed"
            rel_lines = {x.line for x in rel.figures}
            for key in (rel.type, "all"):
                t = tally[key]
                t["edits"] += 1
                t[outcome] += 1
                t["found"] += bool(covering)
                t[f"found_{outcome}"] += bool(covering)
                t["false"] += sum(1 for f in conflicts if not _cites(f, article.key, rel_lines))
            if verbose and outcome != "caught":
                print(f"  {outcome}: {name}:{rel.id} {rel.type} L{fig.line} {fig.text} → {edited_fig}"
                      f" (found before: {bool(covering)})")
                for f in covering[:2]:
                    print(f"      was: {f.check}: {f.message[:110]}")
    return tally


def _cites(f, key: str, lines: set[int]) -> bool:
    return any(e.path == key and any(e.line <= ln <= (e.end_line or e.line) for ln in lines) for e in f.evidence)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", type=int, default=400, help="articles to edit (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--type", action="append", help="only relations of this type (repeatable)")
    ap.add_argument("-v", action="store_true", help="list every edit not caught")
    args = ap.parse_args(argv)
    tally = run(args.corpus, args.sample, args.seed, args.type, args.v)
    print(f"injected edits on {tally['all']['articles']} articles of the development corpus (seed {args.seed})")
    print(f"{'type':<16}{'edits':>7}{'caught':>8}{'flagged':>9}{'missed':>8}{'found':>7}"
          f"{'caught|found':>14}{'false':>7}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        t = tally[key]
        n = t["edits"]
        if not n:
            continue
        print(f"{key:<16}{n:>7}{t['caught'] / n:>8.0%}{t['flagged'] / n:>9.0%}{t['missed'] / n:>8.0%}"
              f"{t['found']:>7}{(t['found_caught'] / t['found'] if t['found'] else 0):>14.0%}{t['false']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
