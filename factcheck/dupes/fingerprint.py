"""k-gram winnowing (Schleimer, Wilkerson & Aiken, 2003) over the characters that matter.

Texts are compared on their *comparable* characters: CJK, letters, digits, '.' and '%', from
normalized text (simplified script, folded width, no page chrome), so script, punctuation
width, whitespace and line breaks cannot hide a copy. Every k-gram is hashed and, in every
window of w consecutive hashes, the smallest is kept: two texts sharing a passage of at least
w + k − 1 characters are guaranteed to share a fingerprint, while only about 2/(w+1) of the
positions are stored. Candidate pairs come from an inverted index of fingerprints, so the cost
grows with the number of shared fingerprints, not with the square of the corpus.
"""

from __future__ import annotations

import zlib
from collections import defaultdict, deque


def comparable(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    for i, ch in enumerate(text):
        if ch.isalnum() or ch in ".%":
            chars.append(ch.lower())
            index.append(i)
    return "".join(chars), index


def kgram_hashes(s: str, k: int) -> list[int]:
    data = s.encode("utf-32-le")
    width = 4 * k
    crc = zlib.crc32
    return [crc(data[4 * i:4 * i + width]) for i in range(len(s) - k + 1)]


def winnow(hashes: list[int], w: int) -> list[tuple[int, int]]:
    """(hash, position) selected by winnowing: the rightmost minimum of every window."""
    if not hashes:
        return []
    if len(hashes) <= w:
        pos = min(range(len(hashes)), key=lambda i: (hashes[i], -i))
        return [(hashes[pos], pos)]
    out: list[tuple[int, int]] = []
    window: deque[int] = deque()
    last = -1
    for i, h in enumerate(hashes):
        while window and hashes[window[-1]] >= h:
            window.pop()
        window.append(i)
        if window[0] <= i - w:
            window.popleft()
        if i >= w - 1:
            best = window[0]
            if best != last:
                out.append((hashes[best], best))
                last = best
    return out


def fingerprints(s: str, k: int, w: int) -> list[tuple[int, int]]:
    return winnow(kgram_hashes(s, k), w)


def candidate_pairs(prints: dict[str, list[tuple[int, int]]], max_doc_freq: int,
                    min_shared: int) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Document pairs (a ≤ b; a == b for repeats inside one article) with the positions of
    the fingerprints they share. Fingerprints found in more than ``max_doc_freq`` articles are
    boilerplate and skipped."""
    index: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for doc, fps in prints.items():
        for h, pos in fps:
            index[h].append((doc, pos))
    seeds: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for postings in index.values():
        if len(postings) < 2:
            continue
        docs = {d for d, _ in postings}
        if len(docs) > max_doc_freq:
            continue
        for i in range(len(postings)):
            da, pa = postings[i]
            for j in range(i + 1, len(postings)):
                db, pb = postings[j]
                if da == db and pa == pb:
                    continue
                if (da, pa) > (db, pb):
                    seeds[(db, da)].append((pb, pa))
                else:
                    seeds[(da, db)].append((pa, pb))
    return {pair: s for pair, s in seeds.items() if len(s) >= min_shared}
