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


def test_injected_errors_in_a_quoted_passage(corpus, default_rules):
    """004 quotes a passage of 000 (a feature of another year): a figure changed in either copy is
    a changed copy, however the two articles' own periods differ."""
    target = next(a for a in corpus if a.key.startswith("articles/004"))
    related = [t for t in run_trials(corpus, target, default_rules, direction=1) if t.related]
    assert sum(t.cites for t in related) >= 3 and len(related) >= 6  # the floor is what the checks reach today
