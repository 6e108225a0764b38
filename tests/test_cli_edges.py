"""The rough edges a new user hits on the command line (issue 15, item 6)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from test_cli import INCONSISTENT, ROOT, fc


@pytest.fixture
def project(tmp_path):
    fc("init", str(tmp_path), cwd=tmp_path, check=0)
    (tmp_path / "articles" / "a.txt").write_text(INCONSISTENT, encoding="utf-8")
    (tmp_path / "articles" / "a.meta.yaml").write_text("date: 2022-10\nsubject: 临武产业开发区\n", encoding="utf-8")
    return tmp_path


def closed_pipe_code(*args, cwd) -> tuple[int, str]:
    """Exit code and stderr of a command whose reader has gone before it writes (`| head -0`)."""
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode()


@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_a_closed_pipe_keeps_the_runs_own_code(project, fmt):
    assert closed_pipe_code("run", "-f", fmt, "--show", "agree", cwd=ROOT) == (0, "")  # no conflicts
    assert closed_pipe_code("run", "-f", fmt, cwd=project) == (1, "")  # a conflict


def test_baseline_never_overwrites_a_reason(project):
    fc("baseline", "--reason", "checked with the county", cwd=project, check=0)
    path = project / "factcheck-baseline.yaml"
    first = path.read_text(encoding="utf-8")
    proc = fc("baseline", "--reason", "something else", cwd=project, check=0)
    assert path.read_text(encoding="utf-8") == first
    assert "0 finding(s) accepted" in proc.stderr and "keep their reasons" in proc.stderr
    fid = re.search(r"id: (F[0-9a-f]+)", first).group(1)
    proc = fc("baseline", fid, "--reason", "something else", cwd=project, check=2)
    assert "already accepted" in proc.stderr and path.read_text(encoding="utf-8") == first


@pytest.mark.parametrize("name, check", [("r.md", lambda t: t.startswith("# ")),
                                         ("r.json", lambda t: json.loads(t)["version"] == 1),
                                         ("r.sarif", lambda t: json.loads(t)["version"] == "2.1.0")])
def test_the_output_suffix_names_the_format(project, name, check):
    fc("run", "-o", name, cwd=project, check=1)
    assert check((project / name).read_text(encoding="utf-8"))


def test_an_unknown_output_suffix_is_refused(project):
    proc = fc("run", "-o", "out.txt", cwd=project, check=2)
    assert "out.txt" in proc.stderr and "--format" in proc.stderr
    assert not (project / "out.txt").exists()
    from factcheck.cli import SUFFIX_FORMATS

    assert SUFFIX_FORMATS[".html"] == "html"


@pytest.mark.parametrize("args", [["run"], ["extract"], ["claims"], ["dupes"]])
def test_outside_a_project_nothing_is_created(tmp_path, args):
    (tmp_path / "a.txt").write_text(INCONSISTENT, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = fc(*args, cwd=tmp_path, check=2)
    assert "no factcheck.yaml" in proc.stderr and "factcheck init" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no claims/, no .factcheck-cache/


def test_claims_of_an_unknown_article_is_an_error(project):
    proc = fc("claims", "--article", "nosuch", cwd=project, check=2)
    assert "nosuch" in proc.stderr


def test_explain_says_relations_in_words(project):
    doc = json.loads(fc("run", "-f", "json", cwd=project).stdout)
    fid = next(f["id"] for f in doc["findings"] if f["check"] == "share")
    out = fc("explain", fid, cwd=project, check=0).stdout
    assert "{'type'" not in out and "relation: the share of" in out


def test_rules_gives_each_summary_whole():
    import inspect

    from factcheck.checks import REGISTRY

    out = " ".join(fc("rules", cwd=ROOT, check=0).stdout.split())
    for cid, module in REGISTRY.items():
        paragraph = " ".join(inspect.cleandoc(module.__doc__).split("\n\n")[0].split())
        assert paragraph.split(":", 1)[1].strip() in out, cid


def test_the_readme_table_lists_every_check():
    from factcheck.checks import REGISTRY

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\w+)`(?: / `(\w+)`)? \|", readme, re.M))
    names = {n for pair in listed for n in pair if n}
    assert set(REGISTRY) <= names, set(REGISTRY) - names


def test_the_licence_is_an_spdx_string():
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["license"] == "MIT"  # a table makes setuptools warn on every build
    assert any(re.fullmatch(r"setuptools>=(\d+)", r) and int(r.split(">=")[1]) >= 77
               for r in data["build-system"]["requires"])
