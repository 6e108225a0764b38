from __future__ import annotations

import os
from pathlib import Path

import pytest

# Reports follow the locale; the suite reads English (the source language) unless a test asks
# for another with --lang. Subprocesses inherit this.
os.environ["LANGUAGE"] = "en"

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
