"""The duplicated passages of a corpus, and the claims they copy (pairs of the same figure on
the two sides of a passage, which the same-figure check leaves to the duplicates check)."""

from __future__ import annotations

from factcheck.model import Claim


def find_duplicates(texts: dict[str, str], options: dict, prints: dict | None = None, engine=None) -> list:
    from factcheck.dupes.passages import doc_prints, make_doc, matches_from_prints
    from factcheck.normalize import normalize

    k, w = options["k"], options["window"]
    if prints is None:
        prints = {key: doc_prints(normalize(text), k, w) for key, text in sorted(texts.items())}
    return matches_from_prints(prints, lambda key: make_doc(key, normalize(texts[key])), k=k, w=w,
                               min_chars=options["min_chars"], min_similarity=options["min_similarity"],
                               max_doc_freq=options["max_doc_freq"], engine=engine)


def copied_claims(matches, claims: list[Claim], texts: dict) -> set[frozenset[str]]:
    """Pairs of claims that stand at the two sides of a duplicated passage with the same figure."""
    from factcheck.claimsfile import line_starts

    involved = {m.a.article for m in matches} | {m.b.article for m in matches}
    starts = {key: line_starts(texts[key]) for key in involved}

    def raw_index(c: Claim) -> int:
        ls = starts.get(c.article)
        if not ls or c.line < 1 or c.line > len(ls):
            return -1
        return ls[c.line - 1] + c.column - 1

    by_article: dict[str, list[tuple[int, Claim]]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append((raw_index(c), c))
    pairs: set[frozenset[str]] = set()
    for m in matches:
        inside_a = [c for r, c in by_article.get(m.a.article, []) if m.a.raw_start <= r < m.a.raw_end]
        inside_b = [c for r, c in by_article.get(m.b.article, []) if m.b.raw_start <= r < m.b.raw_end]
        for ca in inside_a:
            for cb in inside_b:
                if ca.id != cb.id and ca.unit == cb.unit and ca.value == cb.value:
                    pairs.add(frozenset((ca.id, cb.id)))
    return pairs
