from dataclasses import replace
from pathlib import Path

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
        assert claimsfile.render(cf, claimsfile.schema_ref(path, root / "claims")) == path.read_text(encoding="utf-8")


def test_schema_validates_the_committed_files(root):
    import json

    import jsonschema
    import yaml

    schema = json.loads((root / "factcheck" / "data" / "claims.schema.json").read_text())
    for path in sorted((root / "claims").glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=claims.schema.json\n")
    # The project's copy is the schema this factcheck ships, so the reference works anywhere.
    assert (root / "claims" / "claims.schema.json").read_bytes() == \
        (root / "factcheck" / "data" / "claims.schema.json").read_bytes()


def test_claims_files_are_byte_identical_across_machines(tmp_path):
    """The schema reference is relative to the project's own copy, never to the installed
    package, so two clones in different folders write the same bytes."""
    paths = []
    for where in ("a/deep/clone", "b"):
        claims_dir = tmp_path / where / "claims"
        path = claims_dir / "sub" / "t.yaml"
        claimsfile.install_schema(claims_dir)
        claimsfile.write(path, claimsfile.ClaimsFile("articles/sub/t.txt", "abc", 1, claims_of(TEXT)), claims_dir)
        paths.append(path)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert paths[0].read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../claims.schema.json\n")
    assert (paths[0].parent.parent / "claims.schema.json").exists()


def test_merge_keeps_reviewed_manual_and_rejected_claims():
    fresh = claims_of(TEXT)
    reviewed = replace(fresh[0], metric="我改的指标", reviewed=True)
    rejected = replace(fresh[2], rejected=True, reviewed=True)
    manual = Claim(id="m1", article="articles/t.txt", line=1, column=1, quote="今年前9个月", value=9,
                   unit="个月", origin="manual")
    edited = TEXT.replace("47人", "48人")
    merged = claimsfile.merge([reviewed, rejected, manual], claims_of(edited), edited)
    ids = {c.id: c for c in merged.claims}
    assert ids[reviewed.id].metric == "我改的指标"
    assert ids[rejected.id].rejected and ids[rejected.id].value == 48  # it follows its sentence
    assert "m1" in ids and merged.stale == []
    assert len(merged.claims) == len(claims_of(edited)) + 1, "the fresh 48人 is the rejected claim, not a new one"


def test_an_edited_reviewed_figure_follows_its_sentence_with_its_reviewed_fields():
    fresh = claims_of(TEXT)
    kept = replace(fresh[-1], reviewed=True, entity="临东公司", metric="青年干部")  # 其中35岁以下青年31人
    edited = TEXT.replace("31人", "33人")
    merged = claimsfile.merge([kept], claims_of(edited), edited)
    [new] = [c for c in merged.claims if c.id == kept.id]
    assert (new.value, new.entity, new.metric, new.relations) == (33, "临东公司", "青年干部", kept.relations)
    assert (new.changed, new.reviewed_line) == ("31人 → 33人", 2)
    assert merged.stale == [] and merged.reanchored == [(kept, new)]


def test_a_reviewed_claim_whose_sentence_is_gone_is_stale_and_kept():
    fresh = claims_of(TEXT)
    kept = replace(fresh[-1], reviewed=True)
    gone = TEXT.split("\n")[0] + "\n"
    merged = claimsfile.merge([kept], claims_of(gone), gone)
    assert kept in merged.claims and merged.stale == [kept]


def test_a_rejected_claim_whose_text_is_gone_is_dropped_quietly():
    fresh = claims_of(TEXT)
    rejected = replace(fresh[-1], rejected=True)
    gone = TEXT.split("\n")[0] + "\n"
    merged = claimsfile.merge([rejected], claims_of(gone), gone)
    assert rejected.id not in {c.id for c in merged.claims} and merged.stale == []


def test_a_moved_claim_is_written_at_its_new_line():
    fresh = claims_of(TEXT)
    kept = replace(fresh[0], reviewed=True)
    moved = "新闻导语。\n\n" + TEXT
    merged = claimsfile.merge([kept], claims_of(moved), moved)
    [c] = [c for c in merged.claims if c.id == kept.id]
    assert c.line == kept.line + 2 and merged.moved == [(kept, kept.line + 2, kept.column)]


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


def test_the_shipped_schema_is_generated_from_the_field_table():
    from factcheck.fields import schema_text

    shipped = (Path(__file__).parent.parent / "factcheck" / "data" / "claims.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), "regenerate: python -c 'from factcheck.fields import schema_text; print(schema_text())'"


def test_every_claim_field_is_declared_in_the_field_table():
    from dataclasses import fields

    from factcheck.fields import CLAIM_KEYS, RUNTIME
    from factcheck.model import Claim

    assert {f.name for f in fields(Claim)} == set(CLAIM_KEYS) | RUNTIME
    assert not set(CLAIM_KEYS) & RUNTIME


def test_a_claim_survives_the_claims_file_and_the_cache_codec():
    from factcheck.fields import claim_from_json, claim_to_json, claim_to_dict
    from factcheck.model import Claim, Ref, Relation

    c = Claim(id="c1", article="a.txt", line=3, column=2, quote="增长6.5%", value=6.5, unit="%", precision=0.1,
              bound="approx", entity="某县", metric="地区生产总值", period="2023", modality="estimate",
              relations=(Relation("average_growth", of="c0", base=Ref(metric="地区生产总值"), period="2018..2023"),),
              sentence="s", note="n", reviewed=True)
    assert claim_from_json(claim_to_json(c)) == c
    assert claimsfile.parse_claim(claim_to_dict(c), "a.txt", "t") == c


def test_an_edited_figure_whose_old_quote_is_stated_again_elsewhere_is_re_anchored_not_moved():
    """规模以上工业总产值同比增长36.8% twice; the first edited to 47.8%: its old words now stand only on
    the second line, which has its own claim — the first is the edit at its place, not a move."""
    text = ("2025年,郴州高新区在改革创新中取得了多项成绩,规模以上工业总产值同比增长36.8%,外贸进出口额增长12%。\n"
            "2025年,郴州高新区交出一份成绩单:规模以上工业总产值同比增长36.8%;外贸进出口额增长12%。\n")
    fresh = claims_of(text, date="2026-01", subject="郴州高新区")
    reviewed = [replace(c, reviewed=True) for c in fresh]
    edited = text.replace("36.8%,外贸", "47.8%,外贸")
    merged = claimsfile.merge(reviewed, claims_of(edited, date="2026-01", subject="郴州高新区"), edited)
    first = next(c for c in merged.claims if c.id == reviewed[0].id)
    assert (first.line, first.value, first.changed) == (1, 47.8, "36.8% → 47.8%")
    assert merged.moved == []
    assert sorted((c.line, c.value) for c in merged.claims if c.value in (36.8, 47.8)) == [(1, 47.8), (2, 36.8)]
