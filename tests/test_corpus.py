"""The development corpus: every article has a sidecar and a hand-written truth file whose
figures stand on the lines it names; and factcheck's scores on it stay at their floors.

The floors (tests/corpus/floors.yaml) are the scores ``make eval`` printed when they were
last raised; a change that lowers conflict precision or recall, or raises the review load,
fails here. See tools/corpus_eval.py for how findings are matched to the truth.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

import corpus_eval

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted(p for p in (CORPUS / "articles").glob("*") if p.suffix in (".txt", ".md"))
HUNAN = re.compile("湖南|湘潭|株洲|衡阳|衡陽|郴州|永州|岳阳|岳陽|常德|益阳|益陽|娄底|婁底|邵阳|邵陽|"
                   "怀化|懷化|张家界|張家界|湘西|长沙|長沙")


@cache  # two tests per article read its truth: once is enough
def _truth(article: Path) -> dict:
    return corpus_eval.read_yaml(CORPUS / "truth" / (article.stem + ".yaml"))


def test_corpus_is_large_enough():
    floors = yaml.safe_load((CORPUS / "floors.yaml").read_text(encoding="utf-8"))
    assert len(ARTICLES) >= floors["articles"], f"{len(ARTICLES)} articles, fewer than the {floors['articles']} held"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_has_sidecar_truth_and_no_hunan(article):
    meta = corpus_eval.read_yaml(article.with_name(article.stem + ".meta.yaml"))
    assert str(meta.get("url", "")).startswith("http"), "sidecar must name the source url"
    assert not HUNAN.search(article.read_text(encoding="utf-8")), "Hunan is reserved for the hidden evaluation"
    truth = _truth(article)
    assert truth["article"] == article.name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_truth_figures_stand_where_the_truth_says(article):
    truth = _truth(article)
    lines_of: dict[str, list[str]] = {}
    for kind in ("relations", "traps", "disputes"):
        for rel in truth.get(kind) or []:
            if kind == "disputes":
                assert rel.get("reason"), "a dispute says why factcheck's verdict differs from the truth's"
            if kind == "relations":
                assert rel["type"] in corpus_eval.TYPES, rel
                assert rel["expected"] in corpus_eval.STATUSES, rel
                assert rel.get("arithmetic"), f"{rel.get('id')}: the arithmetic is part of the truth"
            assert len(rel["figures"]) >= 1
            for fig in rel["figures"]:
                name = fig.get("article", article.name)
                if name not in lines_of:
                    lines_of[name] = (CORPUS / "articles" / name).read_text(encoding="utf-8").split("\n")
                line = lines_of[name][fig["line"] - 1]
                assert str(fig["text"]) in line, f"{name}:{fig['line']}: {fig['text']!r} not on that line"
                assert corpus_eval.figure_value(str(fig["text"])) is not None or rel.get("type") in ("copy", "date", "rank", None)


@pytest.fixture(scope="module")
def scores():
    return corpus_eval.evaluate(CORPUS)


def test_scores_hold_their_floors(scores):
    floors = yaml.safe_load((CORPUS / "floors.yaml").read_text(encoding="utf-8"))
    corpus_eval.print_report(scores)
    assert scores["precision"] >= floors["conflict_precision"]
    assert scores["false_per_50"] <= floors["false_per_50"]
    assert scores["recall"] >= floors["recall"]
    assert scores["reviews_per_article"] <= floors["reviews_per_article"]
    assert len(scores["disputed"]) <= floors["disputed"], "a new dispute needs its reason in the truth file"
