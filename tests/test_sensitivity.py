"""Error injection on one real article: related figures draw conflicts, others draw none.
The full corpus figures come from benchmarks/sensitivity.py; this holds a floor on 001."""

from sensitivity import run_trials


def test_injected_errors_in_one_article(corpus, default_rules, capsys):
    target = next(a for a in corpus if a.key.startswith("articles/001"))
    trials = run_trials(corpus, target, default_rules, direction=1)
    related = [t for t in trials if t.related]
    unrelated = [t for t in trials if not t.related]
    detected = sum(t.cites for t in related)
    false = sum(1 for t in unrelated if t.new_conflicts)
    with capsys.disabled():
        print(f"\nerror injection on {target.key}: {detected}/{len(related)} related figures detected, "
              f"{false}/{len(unrelated)} unrelated figures with a new conflict")
    assert false == 0
    assert detected >= 4 and len(related) >= 11  # the floor is what the checks reach today
