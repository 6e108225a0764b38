from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus():
    from factcheck.config import find_config
    from factcheck.pipeline import articles_for

    cfg = find_config(ROOT)
    return articles_for(cfg, [])


@pytest.fixture(scope="session")
def default_rules():
    from factcheck import rules

    return rules.load(rules.default_rules_dir())
