"""Reviewed claims follow the text: when an article changes, a reviewed claim whose quote is no
longer where it was is found again by its sentence.

The sentence is located among the freshly extracted claims by alignment (rapidfuzz): the
fresh claim whose sentence is most like the reviewed claim's, and whose quote is the same
with its digits masked (完成技工贸总收入###亿元), stands at the same place in the new text.
Its figure becomes the reviewed claim's new value; every reviewed field — entity, metric,
period, bound, modality, relations — is kept. So an edit to a reviewed figure is checked
against every relation the reviewer confirmed, and the report says the figure changed.

A claim is stale only when no sentence is similar enough, or when two figures of it fit
equally (the place is ambiguous).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Claim

MIN_SENTENCE_SIMILARITY = 80.0  # rapidfuzz ratio, 0–100
MIN_QUOTE_SIMILARITY = 70.0
_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def masked(text: str) -> str:
    """The text with every number written as #: what stays when a figure is edited."""
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def reanchor(old: Claim, fresh: list[Claim]) -> Claim | None:
    """The reviewed claim moved onto the fresh claim at its place in the new text, or None."""
    from rapidfuzz.fuzz import ratio

    scored = []
    for f in fresh:
        if f.unit != old.unit:
            continue
        s = ratio(old.sentence, f.sentence) if old.sentence and f.sentence else 0.0
        q = ratio(masked(old.quote), masked(f.quote))
        if s >= MIN_SENTENCE_SIMILARITY and q >= MIN_QUOTE_SIMILARITY:
            scored.append((s + q, -abs(f.line - old.line), f))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    best = scored[0]
    if len(scored) > 1 and scored[1][0] == best[0] and scored[1][2].value != best[2].value:
        return None  # two figures fit the place equally: no guessing
    f = best[2]
    changed = ""
    relations = old.relations
    if (f.value, f.upper) != (old.value, old.upper):
        changed = f"{old.describe()} → {f.describe()}"
        relations = tuple(_as_reviewed(r, old) for r in relations)
    return replace(old, value=f.value, precision=f.precision, upper=f.upper, quote=f.quote, line=f.line,
                   column=f.column, sentence=f.sentence, relations=relations, changed=changed,
                   reviewed_line=old.line if changed else 0, reviewed_value=old.value if changed else None)


def _as_reviewed(rel, old: Claim):
    """A list closed by 等 as reviewed (物业管理等3个, three items listed) stays closed: the
    count the reviewer confirmed matched the items, so a new count must match them too."""
    if rel.type == "enumeration" and rel.open and rel.items and len(rel.items) == old.value:
        return replace(rel, open=False)
    return rel
