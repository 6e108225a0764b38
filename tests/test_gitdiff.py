"""`factcheck run --diff REF`: findings on lines changed since REF only (issue 12 §3)."""

from __future__ import annotations

import json
import subprocess

import pytest

from test_cli import CONSISTENT, INCONSISTENT, fc, write

OLD_ERROR = "目前，园区有干部职工47人，其中35岁以下青年51人。\n"  # a conflict already in the repository


def git(project, *args):
    subprocess.run(["git", "-C", str(project), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(project), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repo(tmp_path):
    fc("init", str(tmp_path), cwd=tmp_path, check=0)
    write(tmp_path, "old.txt", OLD_ERROR)
    write(tmp_path, "edited.txt", CONSISTENT)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def test_only_findings_on_changed_lines_count(repo):
    assert fc("run", cwd=repo).returncode == 1  # the old conflict, in the whole corpus
    assert fc("run", "--diff", "HEAD", cwd=repo, check=0)  # nothing changed: nothing reported
    write(repo, "edited.txt", INCONSISTENT)  # the edit introduces a conflict on line 2
    doc = json.loads(fc("run", "--diff", "HEAD", "-f", "json", cwd=repo, check=1).stdout)
    conflicts = [f for f in doc["findings"] if f["status"] == "conflict"]
    assert conflicts and all(any(e["path"] == "articles/edited.txt" for e in f["evidence"]) for f in conflicts)
    for fmt in ("markdown", "sarif", "github", "rich"):
        out = fc("run", "--diff", "HEAD", "-f", fmt, cwd=repo, check=1).stdout
        assert "edited.txt" in out and "old.txt" not in out, fmt


def test_renamed_and_new_files_are_followed(repo):
    git(repo, "mv", "articles/edited.txt", "articles/renamed.txt")
    git(repo, "mv", "articles/edited.meta.yaml", "articles/renamed.meta.yaml")
    write(repo, "renamed.txt", INCONSISTENT, meta="")
    # untracked: every line is new (another text: a copy of renamed.txt would be reported once,
    # on whichever copy comes first)
    write(repo, "new.txt", "目前，园区有干部职工52人，其中35岁以下青年61人。\n")
    doc = json.loads(fc("run", "--diff", "HEAD", "-f", "json", cwd=repo, check=1).stdout)
    paths = {e["path"] for f in doc["findings"] if f["status"] == "conflict" for e in f["evidence"]}
    assert "articles/renamed.txt" in paths and "articles/new.txt" in paths and "articles/old.txt" not in paths


def test_unknown_revision_and_no_repository_are_usage_errors(repo, tmp_path_factory):
    proc = fc("run", "--diff", "no-such-ref", cwd=repo, check=2)
    assert "unknown git revision 'no-such-ref'" in proc.stderr and "Traceback" not in proc.stderr
    plain = tmp_path_factory.mktemp("plain")
    fc("init", str(plain), cwd=plain, check=0)
    write(plain, "a.txt", CONSISTENT)
    proc = fc("run", "--diff", "HEAD", cwd=plain, check=2)
    assert "needs a git repository" in proc.stderr


def test_an_error_pasted_in_from_another_article_is_reported_on_the_edit(repo):
    """The conflict of a copied passage is reported once, on the copy written first — here the
    unchanged orig.txt. An edit that pastes the passage into a new file still fails the gate."""
    write(repo, "orig.txt", INCONSISTENT)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "orig")
    assert fc("run", "--diff", "HEAD", cwd=repo, check=0)  # nothing changed: nothing reported
    write(repo, "zcopy.txt", INCONSISTENT)  # untracked, written after orig.txt in the corpus's order
    doc = json.loads(fc("run", "--diff", "HEAD", "-f", "json", cwd=repo, check=1).stdout)
    conflicts = [f for f in doc["findings"] if f["status"] == "conflict"]
    assert conflicts and all(e["path"] != "articles/old.txt" for f in conflicts for e in f["evidence"])
