"""factcheck.checking: the engine that runs the rules and keeps one finding per fact."""

from helpers import findings_of


def test_a_paragraph_the_page_holds_twice_gets_each_finding_once():
    para = ("全省678个5000万元以上项目集中开工,总投资约3700亿元。其中产业类项目447个,占57.7%;"
            "基础设施项目119个,占15.4%;民生环保项目139个,占17.9%,项目开工时间比上年提前了25天。")
    once = findings_of(para, date="2022-03", subject="吉林省")
    twice = findings_of(para + "\n" + para, date="2022-03", subject="吉林省")
    shares = [f for f in twice if f.check == "share"]
    assert shares and len(shares) == len([f for f in once if f.check == "share"])
    assert any(f.check == "duplicates" for f in twice)  # the copy itself is still reported


def test_an_id_two_articles_share_keeps_each_relation_in_its_own_article():
    """Claim ids are 32-bit hashes: among a large corpus's claims two articles can share one. A
    rate's relation names its amount by id within its article, never another article's figure."""
    from dataclasses import replace

    from helpers import claims_of

    from factcheck.checking import build_facts

    a = claims_of("全年实现地区生产总值100亿元,同比增长10%。", key="articles/a.txt", date="2022-01")
    b = claims_of("全年签约项目58个,同比增长20%。", key="articles/b.txt", date="2022-01")
    level_a = next(c for c in a if c.unit == "亿元")
    # b's count takes a's amount's id, and b's rate points at it
    b = [replace(c, id=level_a.id) if c.unit == "个" else
         replace(c, relations=tuple(replace(r, of=level_a.id) for r in c.relations)) for c in b]
    facts = build_facts(a + b)
    rate_b = next(c for c in facts.claims if c.article == "articles/b.txt" and c.unit == "%")
    assert facts.by_id[rate_b.relation("growth").of].article == "articles/b.txt"
    rate_a = next(c for c in facts.claims if c.article == "articles/a.txt" and c.unit == "%")
    assert facts.by_id[rate_a.relation("growth").of] == level_a


def test_findings_do_not_depend_on_the_order_or_the_ids_of_the_claims():
    """增长24.5%(按可比价计算,同比增长14.1%): two figures of one quote and column. Which is "the last
    written" was once decided by the claims' order, which followed their ids — hashes of the
    article's path — so whole-corpus runs flickered. Reversed and renamed, the claims give the same
    findings."""
    from dataclasses import replace

    from helpers import claims_of

    from factcheck import rules
    from factcheck.checking import build_facts, run_rules

    text = "全年实现地区生产总值623.13亿元,比上年增加122.66亿元,同比增长24.5%(按可比价计算,同比增长14.1%)。"
    claims = claims_of(text, date="2012-03", subject="常州国家高新区")
    renamed = {c.id: f"c{i:08x}" for i, c in enumerate(reversed(claims))}
    other = [replace(c, id=renamed[c.id], relations=tuple(replace(r, of=renamed.get(r.of, r.of)) for r in c.relations))
             for c in reversed(claims)]
    rs = rules.load(rules.default_rules_dir())

    def seen(cs):
        return sorted((f.check, f.status, f.message) for f in run_rules(build_facts(cs), rs))

    assert seen(claims) == seen(other)
    assert ("increment", "agree") in {(c, s) for c, s, _ in seen(claims)}
