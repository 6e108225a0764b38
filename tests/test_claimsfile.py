from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import claimsfile
from factcheck.errors import FactcheckError
from factcheck.model import Claim

from helpers import claims_of

TEXT = "今年前9个月，完成技工贸总收入183.2亿元，同比增长49.4%。\n目前，园区有干部职工47人，其中35岁以下青年31人。\n"


def test_round_trip_is_exact(tmp_path):
    claims = claims_of(TEXT)
    cf = claimsfile.ClaimsFile("articles/t.txt", "abc", 1, claims)
    path = tmp_path / "t.yaml"
    assert claimsfile.write(path, cf)
    again = claimsfile.read(path)
    assert again.claims == claims
    assert not claimsfile.write(path, again), "rewriting unchanged claims must leave the file byte-identical"


def test_real_claims_round_trip(root):
    for path in sorted((root / "claims").glob("*.yaml")):
        cf = claimsfile.read(path, root)
        assert claimsfile.render(cf, claimsfile.schema_ref(path)) == path.read_text(encoding="utf-8")


def test_schema_validates_the_committed_files(root):
    import json

    import jsonschema
    import yaml

    schema = json.loads((root / "factcheck" / "data" / "claims.schema.json").read_text())
    for path in sorted((root / "claims").glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../factcheck/data/")


def test_merge_keeps_reviewed_manual_and_rejected_claims():
    fresh = claims_of(TEXT)
    reviewed = replace(fresh[0], metric="我改的指标", reviewed=True)
    rejected = replace(fresh[2], rejected=True, reviewed=True)
    manual = Claim(id="m1", article="articles/t.txt", line=1, column=1, quote="今年前9个月", value=9,
                   unit="个月", origin="manual")
    stale_text = TEXT.replace("47人", "48人")
    existing = [reviewed, rejected, manual]
    merged = claimsfile.merge(existing, claims_of(stale_text), stale_text)
    ids = {c.id: c for c in merged.claims}
    assert ids[reviewed.id].metric == "我改的指标"
    assert ids[rejected.id].rejected and "m1" in ids
    assert [c.id for c in merged.stale] == [rejected.id]


def test_a_reviewed_claim_whose_quote_vanished_is_reported_not_dropped():
    fresh = claims_of(TEXT)
    kept = replace(fresh[-1], reviewed=True)  # 其中35岁以下青年31人
    changed = TEXT.replace("31人", "33人")
    merged = claimsfile.merge([kept], claims_of(changed), changed)
    assert kept in merged.claims and merged.stale == [kept]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.sampled_from(["reviewed", "manual", "plain", "rejected"])),
                max_size=8))
def test_property_reextraction_never_loses_reviewed_or_manual_claims(marks):
    fresh = claims_of(TEXT)
    existing = []
    for i, (idx, mark) in enumerate(marks):
        base = fresh[idx % len(fresh)]
        if mark == "manual":
            existing.append(Claim(id=f"m{i}", article=base.article, line=1, column=1, quote="", value=i,
                                  unit="家", origin="manual"))
        elif mark != "plain":
            existing.append(replace(base, note=f"n{i}", reviewed=True, rejected=mark == "rejected"))
    merged = claimsfile.merge(existing, fresh, TEXT)
    keep = {c.id: c for c in existing if c.reviewed or c.origin == "manual"}
    out = {c.id: c for c in merged.claims}
    for cid, c in keep.items():
        assert cid in out


@pytest.mark.parametrize("body, message, line", [
    ("article: a.txt\nclaims:\n- id: c1\n  vaule: 3\n", "unknown key 'vaule' (did you mean 'value'?)", 4),
    ("article: a.txt\nclaims:\n- id: c1\n  value: 3\n  unit: 斤斤\n", "unknown unit '斤斤'", 5),
    ("article: a.txt\nclaims:\n- id: c1\n  value: 3\n  relations:\n  - type: grwth\n", "unknown relation type", 6),
    ("article: a.txt\nclaims:\n- id: c1\n  value: [\n", "", 5),
    ("!!python/object:os.system\nx: 1\n", "YAML tag refused", 1),
    ("article: a.txt\nclaims:\n- id: c1\n  value: 3\n  period: 2022-13\n", "bad period", 5),
    ("article: a.txt\nclaims:\n- {id: c1, value: 3}\n- {id: c1, value: 4}\n", "duplicate claim id", 4),
])
def test_bad_claims_files_name_file_and_line(tmp_path, body, message, line):
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FactcheckError) as exc:
        claimsfile.read(path, tmp_path)
    assert message in exc.value.message
    assert exc.value.path == "bad.yaml" and exc.value.line == line
