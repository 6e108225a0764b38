"""The command line as a user runs it: exit codes, formats, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INCONSISTENT = ("今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。\n"
                "今年前9个月，实现高新技术产业主营业务收入141.1亿元，同比增长88%，占园区技工贸比重87%。\n")
CONSISTENT = INCONSISTENT.replace("87%", "77%")


def fc(*args, cwd, check=None):
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)
    if check is not None:
        assert proc.returncode == check, proc.stdout + proc.stderr
    return proc


@pytest.fixture
def project(tmp_path):
    fc("init", str(tmp_path), cwd=tmp_path, check=0)
    return tmp_path


def write(project: Path, name: str, text: str, meta: str = "date: 2022-10\nsubject: 临武产业开发区\n") -> Path:
    p = project / "articles" / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    if meta:
        p.with_name(p.stem + ".meta.yaml").write_text(meta, encoding="utf-8")
    return p


def test_bundled_corpus(tmp_path):
    out = fc("run", cwd=ROOT, check=0).stdout
    assert "articles" in out and "agreements" in out


def test_help_lists_commands(tmp_path):
    out = fc("--help", cwd=tmp_path, check=0).stdout
    for cmd in ("extract", "claims", "run", "dupes", "rules", "explain", "baseline", "init"):
        assert cmd in out


def test_consistent_article_exits_0_and_conflict_exits_1(project):
    write(project, "a.txt", CONSISTENT)
    assert fc("run", cwd=project).returncode == 0
    write(project, "a.txt", INCONSISTENT)
    proc = fc("run", cwd=project, check=1)
    assert "CONFLICT" in proc.stdout and "141.1亿元 ÷ 183.2亿元" in proc.stdout
    assert "\x1b[" not in proc.stdout, "output to a pipe is plain text"


def test_json_report_is_versioned_with_relative_paths(project):
    write(project, "sub/a.txt", INCONSISTENT)
    doc = json.loads(fc("run", "--format", "json", cwd=project, check=1).stdout)
    assert doc["version"] == 1 and doc["summary"]["conflict"] >= 1
    conflict = next(f for f in doc["findings"] if f["status"] == "conflict")
    ev = conflict["evidence"][0]
    assert ev["path"] == "articles/sub/a.txt" and ev["line"] >= 1 and set(ev) == {
        "path", "line", "end_line", "column", "quote", "claim", "note"}


def test_output_file_and_fail_on_review(project):
    write(project, "a.txt", "1至11月，全市累计月度新增入规工业企业57家，全市在库规模以上工业企业达到1309家，比去年同期多107家。\n",
          meta="date: 2022-12\nsubject: 郴州市\n")
    assert fc("run", cwd=project).returncode == 0
    assert fc("run", "--fail-on", "review", cwd=project).returncode == 1
    fc("run", "-o", "report.md", cwd=project, check=0)
    assert (project / "report.md").read_text(encoding="utf-8").startswith("# factcheck report")


def test_baseline_accepts_and_reports_stale(project):
    write(project, "a.txt", INCONSISTENT)
    fc("baseline", "--reason", "checked with the park", cwd=project, check=0)
    assert fc("run", cwd=project).returncode == 0
    write(project, "a.txt", CONSISTENT)
    assert "stale baseline entry" in fc("run", cwd=project, check=0).stdout


def test_extract_writes_reviewable_claims_and_explain(project):
    write(project, "a.txt", INCONSISTENT)
    fc("extract", cwd=project, check=0)
    text = (project / "claims" / "a.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=") and "183.2" in text
    fid = next(f["id"] for f in json.loads(fc("run", "-f", "json", cwd=project).stdout)["findings"]
               if f["status"] == "conflict")
    out = fc("explain", fid[:6], cwd=project, check=0).stdout
    assert "derivation" in out and "evidence" in out


def test_claims_filters_and_formats(project):
    write(project, "a.txt", INCONSISTENT)
    rows = json.loads(fc("claims", "--metric", "技工贸", "--format", "json", cwd=project, check=0).stdout)
    assert rows and all("技工贸" in r["metric"] for r in rows)


def test_rules_documents_checks(project):
    out = fc("rules", cwd=project, check=0).stdout
    assert "growth" in out and "duplicates" in out
    assert "Passes" in fc("rules", "share", cwd=project, check=0).stdout


@pytest.mark.parametrize("fmt", ["markdown", "sarif", "github", "json", "rich"])
def test_every_format_renders(project, fmt):
    write(project, "a.txt", INCONSISTENT)
    assert fc("run", "-f", fmt, cwd=project).returncode == 1


def test_usage_errors_exit_2(project):
    assert fc("run", "--format", "pdf", cwd=project).returncode == 2
    proc = fc("run", "articles/missing.txt", cwd=project)
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_init_refuses_to_overwrite(project):
    proc = fc("init", str(project), cwd=project)
    assert proc.returncode == 2 and "nothing was changed" in proc.stderr


def _review_all(project):
    import yaml

    fc("extract", cwd=project, check=0)
    path = project / "claims" / "a.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for c in doc["claims"]:
        c["reviewed"] = True
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_an_edit_to_a_reviewed_figure_is_checked_and_shown_as_changed(project):
    write(project, "a.txt", CONSISTENT)
    _review_all(project)
    # The reviewed 77% becomes 87%: it follows its sentence and is checked with its reviewed relations.
    write(project, "a.txt", INCONSISTENT)
    doc = json.loads(fc("run", "-f", "json", cwd=project, check=1).stdout)
    [conflict] = [f for f in doc["findings"] if f["status"] == "conflict"]
    assert "87%" in conflict["message"]
    notes = [e["note"] for e in conflict["evidence"] if e["note"]]
    assert notes == ["changed since review: 77% → 87%, reviewed at line 2"]
    assert not [f for f in doc["findings"] if f["rule"] == "stale-claim"]
    for fmt, needle in (("markdown", "changed since review: 77% → 87%"), ("github", "77%25 → 87%25"),
                        ("sarif", "77% → 87%"), ("rich", "changed since review: 77% → 87%")):
        assert needle in fc("run", "-f", fmt, cwd=project, check=1).stdout, fmt
    # extract writes the new value, so a reviewer confirms the edit in one diff.
    fc("extract", cwd=project, check=0)
    assert "value: 87" in (project / "claims" / "a.yaml").read_text(encoding="utf-8")


def test_a_reviewed_claim_whose_sentence_is_gone_is_a_review_citing_the_claims_file(project):
    write(project, "a.txt", CONSISTENT)
    claims = _review_all(project)
    write(project, "a.txt", CONSISTENT.split("\n")[0] + "\n")
    doc = json.loads(fc("run", "-f", "json", cwd=project).stdout)
    stale = [f for f in doc["findings"] if f["rule"] == "stale-claim"]
    assert stale and all(f["status"] == "review" for f in stale)
    ev = stale[0]["evidence"][0]
    assert ev["path"] == "claims/a.yaml"
    cited = claims.read_text(encoding="utf-8").split("\n")[ev["line"] - 1]
    assert "id: " + ev["claim"] in cited, "the cited line is the claim's own line in the claims file"


def test_progress_bar_only_on_a_terminal(monkeypatch):
    import contextlib
    import io

    from factcheck import pipeline

    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert isinstance(pipeline._progress(10_000), contextlib.nullcontext)


def test_an_article_linked_from_outside_the_project_keeps_its_claims_under_claims(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "a.txt").write_text(CONSISTENT, encoding="utf-8")
    (project / "articles" / "a.txt").symlink_to(elsewhere / "a.txt")
    fc("extract", cwd=project, check=0)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["a.txt"]  # nothing written beside the article
    assert list((project / "claims").rglob("a.yaml"))
    fc("run", cwd=project, check=0)
