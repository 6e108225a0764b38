"""How `make eval` scores findings against the truth (tools/corpus_eval.py)."""

from __future__ import annotations

import corpus_eval
from corpus_eval import Figure, Relation


def _relation(n: int) -> Relation:
    figures = tuple(Figure("a.txt", 1, f"{k + 1}%") for k in range(n))
    return Relation("a.txt", "r1", "share", figures, "agree")


def test_a_relation_of_many_figures_is_found_when_its_pieces_tie_every_figure():
    r = _relation(5)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2, 3}, "agree"), ({0, 4}, "conflict")]})
    assert r.covered_by == ["conflict"]


def test_pieces_that_leave_a_figure_untied_find_nothing():
    r = _relation(5)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2, 3}, "agree")]})
    assert r.covered_by == []


def test_a_review_ties_nothing():
    r = _relation(3)
    corpus_eval._covered_in_pieces([r], {id(r): [({0, 1}, "agree"), ({0, 2}, "review")]})
    assert r.covered_by == []
