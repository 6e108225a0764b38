"""The pipeline on a Dask cluster, for archives that outgrow one machine (``--engine dask``).

The work that grows with the corpus runs on the cluster; the checks, which read the grouped
results, run where the command runs:

- extraction is a map over articles (each task normalizes, extracts and fingerprints one);
- duplicate candidates are a shuffle: fingerprints are grouped by hash across the cluster,
  and the pairs of articles that share enough of them are folded together;
- same-figure groups are a shuffle of claims by entity, metric and period.

Without ``--scheduler`` a local cluster of processes is started (one worker per core), which is
how the tests run it. Results are the same as the local engine's.
"""

from __future__ import annotations

from contextlib import contextmanager


class DaskEngine:
    """What the pipeline asks of a cluster; ``None`` in its place means: run here."""

    def __init__(self, client, partitions: int):
        self.client = client
        self.partitions = partitions

    def extract(self, articles):
        return extract(articles, self.partitions)

    def candidate_pairs(self, prints, max_doc_freq, min_shared):
        return candidate_pairs(prints, max_doc_freq, min_shared, self.partitions)

    def same_figure_groups(self, claims, across_articles):
        return same_figure_groups(claims, across_articles, self.partitions)


@contextmanager
def engine(scheduler: str | None = None, workers: int = 0):
    with client(scheduler, workers) as c:
        n = sum(c.nthreads().values()) or 1
        yield DaskEngine(c, partitions=4 * n)


@contextmanager
def client(scheduler: str | None = None, workers: int = 0):
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as c:
            yield c
        return
    import os

    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def extract(articles, partitions: int):
    import dask.bag as db

    from factcheck.pipeline import _extract_one

    bag = db.from_sequence(articles, npartitions=max(1, min(partitions, len(articles))))
    return bag.map(_extract_one).compute()


def candidate_pairs(prints: dict, max_doc_freq: int, min_shared: int, partitions: int) -> dict:
    """The same result as ``factcheck.dupes.fingerprint.candidate_pairs``, as a shuffle."""
    import dask.bag as db

    keys = sorted(prints)
    postings = ((int(v) >> 32, (i, int(v) & 0xFFFFFFFF)) for i, k in enumerate(keys) for v in prints[k])
    bag = db.from_sequence(list(postings), npartitions=max(1, partitions))

    def seeds(group):
        _, posts = group
        if len(posts) < 2 or len({d for d, _ in posts}) > max_doc_freq:
            return []
        posts = sorted(posts)
        out = []
        for i in range(len(posts)):
            da, pa = posts[i]
            for j in range(i + 1, len(posts)):
                db_, pb = posts[j]
                if (da, pa) != (db_, pb):
                    out.append(((da, db_), (pa, pb)))
        return out

    pairs = (bag.groupby(lambda kv: kv[0], shuffle="tasks")
             .map(lambda g: (g[0], [p for _, p in g[1]]))
             .map(seeds).flatten()
             .foldby(lambda kv: kv[0], lambda acc, kv: acc + [kv[1]], [], lambda a, b: a + b, [])
             .filter(lambda kv: len(kv[1]) >= min_shared)
             .compute())
    return {(keys[a], keys[b]): sorted(seeds_) for (a, b), seeds_ in pairs}


def same_figure_groups(claims, across_articles: bool, partitions: int) -> dict:
    import dask.bag as db

    from factcheck.checks.same_figure import group_key

    bag = db.from_sequence(claims, npartitions=max(1, partitions))
    grouped = (bag.map(lambda c: (group_key(c, across_articles), c))
               .filter(lambda kc: kc[0] is not None)
               .groupby(lambda kc: kc[0], shuffle="tasks")
               .map(lambda g: (g[0], [c for _, c in g[1]]))
               .compute())  # single figures too: one indicator written short meets its full name across groups
    # Within a group, keep the order of the claims in the corpus, as the local engine does.
    position = {c.id: i for i, c in enumerate(claims)}
    return {k: sorted(v, key=lambda c: position[c.id]) for k, v in grouped}
