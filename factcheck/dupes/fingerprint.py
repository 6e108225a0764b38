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

import numpy as np


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


def fingerprints(s: str, k: int, w: int) -> np.ndarray:
    """Winnowed fingerprints packed one per int64: hash << 32 | position."""
    fps = winnow(kgram_hashes(s, k), w)
    if not fps:
        return np.zeros(0, dtype=np.int64)
    arr = np.array(fps, dtype=np.int64)
    return (arr[:, 0] << 32) | arr[:, 1]


def candidate_pairs(prints: dict[str, np.ndarray], max_doc_freq: int,
                    min_shared: int) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Document pairs (a ≤ b; a == b for repeats inside one article) with the positions of
    the fingerprints they share. Fingerprints found in more than ``max_doc_freq`` articles are
    boilerplate and skipped.

    All fingerprints are laid end to end and sorted by hash (8 bytes each), so finding the
    shared ones is a sort, not a dictionary of lists: memory stays linear and small."""
    keys = sorted(prints)
    arrays = [np.asarray(prints[k], dtype=np.int64) for k in keys]
    if not arrays:
        return {}
    packed = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
    docs = np.concatenate([np.full(len(a), i, dtype=np.int32) for i, a in enumerate(arrays)])
    hashes = packed >> 32
    positions = (packed & 0xFFFFFFFF).astype(np.int64)
    order = np.argsort(hashes, kind="stable")
    hashes, docs, positions = hashes[order], docs[order], positions[order]
    if len(hashes) == 0:
        return {}
    starts = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
    ends = np.append(starts[1:], len(hashes))
    multi = (ends - starts) >= 2
    seeds: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for a, b in zip(starts[multi].tolist(), ends[multi].tolist()):
        group_docs = docs[a:b].tolist()
        if len(set(group_docs)) > max_doc_freq:
            continue
        postings = list(zip(group_docs, positions[a:b].tolist()))
        for i in range(len(postings)):
            da, pa = postings[i]
            for j in range(i + 1, len(postings)):
                db, pb = postings[j]
                if da == db and pa == pb:
                    continue
                if (da, pa) > (db, pb):
                    seeds[(keys[db], keys[da])].append((pb, pa))
                else:
                    seeds[(keys[da], keys[db])].append((pa, pb))
    return {pair: sorted(s) for pair, s in seeds.items() if len(s) >= min_shared}
