"""Error injection on the bundled corpus: every figure of every article is raised by ~30%, then
lowered by ~30%, one at a time, and the corpus is checked again (see tools/sensitivity.py).

Prints, per direction, how many figures that take part in a checked relation draw a conflict
citing them (detection), and how many figures in no relation draw any new conflict (false
alarms). Usage: python benchmarks/sensitivity.py [-v]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from factcheck import rules  # noqa: E402
from factcheck.config import find_config  # noqa: E402
from factcheck.pipeline import articles_for  # noqa: E402
from sensitivity import run_trials  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    cfg = find_config(ROOT)
    arts = articles_for(cfg, [])
    rs = rules.load(cfg.rules_dir, cfg.root)
    t0 = time.perf_counter()
    print("## Error injection (bundled corpus)")
    print("| direction | related figures detected | unrelated figures with a new conflict |")
    print("|---|---:|---:|")
    for direction, label in ((1, "raised ~30%"), (-1, "lowered ~30%")):
        related = detected = unrelated = false = 0
        for a in arts:
            for t in run_trials(arts, a, rs, direction=direction):
                if t.related:
                    related += 1
                    detected += t.cites
                    if verbose and not t.cites:
                        print(f"  missed {a.key}:{t.claim.line} {t.claim.describe()} {t.claim.metric}")
                else:
                    unrelated += 1
                    false += bool(t.new_conflicts)
                    if verbose and t.new_conflicts:
                        print(f"  false alarm {a.key}:{t.claim.line} {t.claim.describe()}")
        print(f"| {label} | {detected}/{related} ({detected / max(related, 1):.0%}) | {false}/{unrelated} |")
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
