"""The Dask engine on a local cluster gives the same findings as the local engine."""

import pytest

pytest.importorskip("distributed")


def test_dask_engine_matches_the_local_engine(root):
    from factcheck import dask_engine
    from factcheck.analysis import analyse
    from factcheck.config import find_config
    from factcheck.dupes.fingerprint import candidate_pairs
    from factcheck.pipeline import articles_for, extract_all

    cfg = find_config(root)
    _, _, local, _ = analyse(cfg, [], use_cache=False)
    with dask_engine.engine(workers=2) as eng:
        _, _, distributed, _ = analyse(cfg, [], use_cache=False, engine=eng)
        prints = {k: e.prints for k, e in extract_all(articles_for(cfg, []), None).items()}
        assert eng.candidate_pairs(prints, 50, 4) == candidate_pairs(prints, 50, 4)
    assert [(f.id, f.status, f.message) for f in distributed] == [(f.id, f.status, f.message) for f in local]
    assert any(f.check == "duplicates" for f in distributed) and any(f.check == "same_figure" for f in distributed)
