"""Claim ids are the same in every process: they may not depend on Python's hash seed."""

import subprocess
import sys

SCRIPT = """
from pathlib import Path
from factcheck.config import find_config
from factcheck.pipeline import articles_for
from factcheck.extract import extract_article
cfg = find_config(Path('.'))
print(','.join(c.id for a in articles_for(cfg, []) for c in extract_article(a)))
"""


def test_claim_ids_do_not_change_with_the_hash_seed(root):
    runs = [subprocess.run([sys.executable, "-c", SCRIPT], cwd=root, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1] and runs[0].count(",") > 200
