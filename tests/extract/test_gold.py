"""The extractor against the reviewed claims committed in claims/ (the extraction gold).

Floors are set at what the extractor reaches today and only ever raised."""

from __future__ import annotations

from factcheck import claimsfile
from gold_eval import Score, score
from factcheck.extract import extract_article

FLOOR = {"recall": 1.0, "precision": 1.0, "relation_recall": 1.0, "relation_precision": 0.92,
         "metric": 0.69, "entity": 0.87, "period": 0.98}


def test_extraction_against_reviewed_claims(root, corpus, capsys):
    total = Score()
    for a in corpus:
        gold_path = root / "claims" / (a.path.stem + ".yaml")
        gold = claimsfile.read(gold_path, root).claims
        assert all(c.reviewed for c in gold), f"{gold_path.name} has unreviewed claims"
        s = score(gold, extract_article(a))
        total.add(s)
    with capsys.disabled():
        print("\nextraction vs reviewed claims: " + "; ".join(total.lines()))
        for g in total.misses:
            print(f"  missed {g.article}:{g.line} {g.describe()}")
        for c in total.spurious:
            print(f"  spurious {c.article}:{c.line} {c.describe()}")
    assert total.recall >= FLOOR["recall"]
    assert total.precision >= FLOOR["precision"]
    assert total.relation_recall >= FLOOR["relation_recall"]
    assert total.relation_precision >= FLOOR["relation_precision"]
    for f in ("metric", "entity", "period"):
        assert total.field_accuracy(f) >= FLOOR[f], f
