"""Bad input, security and nothing lost: every case of the README's reliability table."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from test_cli import CONSISTENT, fc, write


@pytest.fixture
def project(tmp_path):
    fc("init", str(tmp_path / "p"), cwd=tmp_path, check=0)
    write(tmp_path / "p", "base.txt", CONSISTENT)
    return tmp_path / "p"


def one_line_error(proc, *fragments):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    for frag in fragments:
        assert frag in lines[0], lines[0]


def test_malformed_rules_yaml_gives_file_line_col(project):
    (project / "rules" / "extra.yaml").write_text("rules:\n  growth:\n    severity: [error\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "rules/extra.yaml:4:1")


def test_unknown_keys_and_options_suggest(project):
    (project / "rules" / "extra.yaml").write_text("rules:\n  shares:\n    severity: error\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "unknown check 'shares'", "did you mean 'share'")
    (project / "rules" / "extra.yaml").write_text("rules:\n  parts:\n    check: subset\n    rel_tolerence: 0.1\n",
                                                  encoding="utf-8")
    one_line_error(fc("run", cwd=project), "rules/extra.yaml:4", "did you mean 'rel_tolerance'")
    (project / "rules" / "extra.yaml").write_text("rules:\n  parts:\n    check: subset\n    tolerance: 0.1\n",
                                                  encoding="utf-8")
    one_line_error(fc("run", cwd=project), "rules/extra.yaml:4", "it was renamed: use rel_tolerance")
    (project / "rules" / "extra.yaml").unlink()
    (project / "factcheck.yaml").write_text("artciles: articles\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "did you mean 'articles'")


def test_yaml_tags_are_refused(project):
    (project / "rules" / "extra.yaml").write_text("rules: !!python/object/apply:os.system ['echo hi']\n",
                                                  encoding="utf-8")
    one_line_error(fc("run", cwd=project), "YAML tag refused")


def test_unknown_unit_missing_claim_and_cycles(project):
    write(project, "a.txt", CONSISTENT)
    fc("extract", cwd=project, check=0)
    path = project / "claims" / "a.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("unit: 亿元", "unit: 亿圆", 1), encoding="utf-8")
    one_line_error(fc("run", cwd=project), "claims/a.yaml:", "unknown unit '亿圆'")
    path.write_text(text.replace("type: growth\n    of: c", "type: growth\n    of: cX", 1), encoding="utf-8")
    one_line_error(fc("run", cwd=project), "claims/a.yaml:", "does not exist")
    import yaml

    doc = yaml.safe_load(text)
    ids = [c["id"] for c in doc["claims"]]
    doc["claims"][0]["relations"] = [{"type": "growth", "of": ids[1]}]
    doc["claims"][1]["relations"] = [{"type": "growth", "of": ids[0]}]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    one_line_error(fc("run", cwd=project), "cycle")


def test_empty_binary_and_huge_articles(project):
    write(project, "empty.txt", "", meta="")
    assert fc("run", cwd=project).returncode == 0
    (project / "articles" / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    one_line_error(fc("run", cwd=project), "articles/bin.txt", "binary")
    (project / "articles" / "bin.txt").unlink()
    huge = project / "articles" / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    one_line_error(fc("run", cwd=project), "articles/huge.txt", "50 MB", "split")


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_chinese_encodings_are_decoded(project, encoding):
    text = "今年1至11月，全市規模工業增加值同比增長8.4%，比全省平均增速高1.1個百分點。" if encoding == "big5" \
        else "今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。"
    (project / "articles" / "legacy.txt").write_bytes((text + "\n").encode(encoding))
    out = fc("claims", "--format", "json", cwd=project, check=0).stdout
    assert "8.4" in out or "183.2" in out


def test_bom_crlf_and_mixed_scripts(project):
    raw = "\ufeff今年前9个月，完成技工贸总收入183.2亿元，\r\n同比增長49.4%。\r\n目前，園區有幹部職工47人，其中35岁以下青年31人。\r\n"
    (project / "articles" / "a.txt").write_bytes(raw.encode("utf-8"))
    import json

    claims = json.loads(fc("claims", "--article", "a.txt", "--format", "json", cwd=project, check=0).stdout)
    text = raw[1:]
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    assert {c["value"] for c in claims} >= {183.2, 49.4, 47, 31}
    for c in claims:
        pos = starts[c["line"] - 1] + c["column"] - 1
        assert text[pos:pos + len(c["quote"])] == c["quote"]


def test_same_name_in_two_folders(project):
    write(project, "x/a.txt", CONSISTENT)
    write(project, "y/a.txt", CONSISTENT.replace("183.2", "183.3"))
    fc("extract", cwd=project, check=0)
    assert (project / "claims" / "x" / "a.yaml").exists() and (project / "claims" / "y" / "a.yaml").exists()


def test_debug_shows_the_traceback(project):
    (project / "rules" / "extra.yaml").write_text("rules:\n  shares: {}\n", encoding="utf-8")
    proc = fc("--debug", "run", cwd=project)
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_no_network_and_no_writes_outside_the_project(project, monkeypatch):
    import socket

    write(project, "a.txt", CONSISTENT)
    outside = project.parent
    before = {p for p in outside.iterdir()}

    def refuse(*a, **k):
        raise AssertionError("factcheck opened a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.chdir(project)
    from typer.testing import CliRunner

    from factcheck.cli import app

    for args in (["extract"], ["run"], ["run", "-f", "sarif"], ["dupes"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code in (0, 1), (args, result.output)
    assert {p for p in outside.iterdir()} == before


def test_an_interrupted_write_leaves_the_file_intact(tmp_path, monkeypatch):
    from factcheck import yamlio

    target = tmp_path / "claims.yaml"
    target.write_text("original\n", encoding="utf-8")

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        yamlio.atomic_write(target, "half written")
    assert target.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_concurrent_extracts_do_not_corrupt(project):
    for i in range(6):
        write(project, f"a{i}.txt", CONSISTENT.replace("183.2", f"18{i}.2"))
    cmd = [sys.executable, "-m", "factcheck", "extract", "--no-cache"]
    procs = [subprocess.Popen(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    from factcheck import claimsfile

    for f in (project / "claims").glob("*.yaml"):
        assert claimsfile.read(f).claims


def test_sidecar_source_format_is_validated(project):
    (project / "articles" / "base.meta.yaml").write_text("title: 某县新闻\nsource_format: wbe\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "articles/base.meta.yaml:2", "source_format 'wbe'", "web-scrape")
    (project / "articles" / "base.meta.yaml").write_text("title: 某县新闻\nsourceformat: web\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "articles/base.meta.yaml:2", "did you mean 'source_format'")


def test_sidecar_date_is_validated_and_may_be_left_unknown(project):
    (project / "articles" / "base.meta.yaml").write_text("title: 某县新闻\ndate: 2023-13\n", encoding="utf-8")
    one_line_error(fc("run", cwd=project), "articles/base.meta.yaml:2", "bad date")
    for unknown in ("null", '""'):  # a page with no date: read from the text, as with no key
        (project / "articles" / "base.meta.yaml").write_text(f"title: 某县新闻\ndate: {unknown}\n", encoding="utf-8")
        assert fc("run", cwd=project).returncode in (0, 1)
