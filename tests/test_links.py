"""Precision first: a conflict whose figures are tied only by weakly resolved fields becomes a
review, and every finding records how strongly its figures are linked."""

from helpers import findings_of

STRUCTURE = "2023年，全县三次产业结构为10.0:40.0:50.0。"
VALUES = "2023年，全县实现地区生产总值100亿元，其中第一产业增加值30亿元，第二产业增加值30亿元，第三产业增加值40亿元。"


def test_within_one_article_a_mismatch_is_a_conflict():
    shares = [f for f in findings_of(VALUES + STRUCTURE, date="2024-03") if f.check == "share"]
    assert shares and all(f.status == "conflict" for f in shares)
    assert all(f.links.startswith("resolved") for f in shares)


def test_across_articles_an_unnamed_county_is_no_link_for_a_conflict():
    found = findings_of(STRUCTURE + VALUES, "2023年，全县实现地区生产总值100亿元，第一产业增加值30亿元。",
                        date="2024-03")
    crossing = [f for f in found if len({e.path for e in f.evidence}) > 1]
    assert crossing, "the two articles share an unnamed 全县 and a metric: the check links them"
    assert all(f.status != "conflict" for f in crossing)
    assert all(f.links.startswith("weak") for f in crossing if f.status == "review")


def test_stated_relations_are_strong():
    found = findings_of("全年完成固定资产投资120亿元，同比增长350%。新增规模工业企业20家，同比增长350%。",
                        date="2024-03")
    growth = [f for f in found if f.check == "growth"]
    assert growth and all(f.links.startswith("stated") for f in growth)
    assert any(f.status == "conflict" for f in growth)


def test_an_entity_guessed_where_the_clause_names_another_unit_makes_a_review():
    from helpers import claims_of, findings_of

    text = "2023年，全市地区生产总值500亿元。2023年，会议听取裕华区地区生产总值520亿元。"
    claims = claims_of(text, date="2024-03")
    assert [c.entity_ambiguous for c in claims] == [False, True]
    found = [f for f in findings_of(text, date="2024-03") if f.check == "same_figure"]
    assert [f.status for f in found] == ["review"] and found[0].links.startswith("weak: an entity guessed")


def test_a_unit_named_after_the_first_figure_is_its_clause_own():
    from helpers import claims_of

    claims = claims_of("全市实现地区生产总值500亿元，其中裕华区完成120亿元，长安区完成90亿元。全年投资同比增长5%。",
                       date="2024-03")
    assert [c.entity for c in claims] == ["全市", "裕华区", "长安区", "全市"]


BULLETIN = ("2022年全县实现地区生产总值144.62亿元,同比增长2.2%。2022年全县规模以上工业增加值增长3.1%。\n"
            "2022年全县固定资产投资增长5.0%。\n非公有制经济增加值81.62亿元,占生产总值比重为{share}%。")


def test_an_undated_figure_takes_the_articles_main_period_and_says_so():
    from helpers import claims_of

    undated = [c for c in claims_of(BULLETIN.format(share="56.44"), date="2023-03") if c.line == 3]
    assert undated and all(c.period == "2022" and c.period_inferred for c in undated)


OTHER_YEAR = "2021年全县实现地区生产总值141.51亿元。\n"  # a second period named: the undated figure's is a guess


def test_an_undated_figure_agrees_but_never_conflicts_across_sentences_where_the_text_names_other_times():
    share = [f for f in findings_of(OTHER_YEAR + BULLETIN.format(share="56.44"), date="2023-03", subject="洛南县")
             if f.check == "share"]
    assert [f.status for f in share] == ["agree"]
    share = [f for f in findings_of(OTHER_YEAR + BULLETIN.format(share="66.44"), date="2023-03", subject="洛南县")
             if f.check == "share"]
    assert [f.status for f in share] == ["review"]
    assert share[0].links.startswith("weak: a period taken from the article")


def test_an_undated_figure_conflicts_where_every_dated_figure_has_its_period():
    # (every figure the bulletin dates is 2022's: the one it leaves undated is 2022's as surely)
    share = [f for f in findings_of(BULLETIN.format(share="66.44"), date="2023-03", subject="洛南县") if f.check == "share"]
    assert [f.status for f in share] == ["conflict"]
    assert share[0].links.startswith("resolved")


def test_within_one_sentence_an_undated_figure_still_conflicts():
    text = ("2022年全县实现地区生产总值144.62亿元。2022年全县规模以上工业增加值增长3.1%。2022年全县固定资产投资增长5.0%。\n"
            "三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%,地区生产总值增长1.8%,分别拉动经济增长0.9、-0.6和1.4个百分点。")
    found = [f for f in findings_of(text, date="2023-03") if f.check == "contribution"]
    assert "conflict" in [f.status for f in found], [(f.status, f.message, f.links) for f in found]


def test_the_bases_of_comparisons_do_not_give_the_article_its_main_period():
    from helpers import claims_of

    text = ("该省常住人口3952.9万人,与2010年第六次全国人口普查的3732.74万人相比,增加220.16万人。\n"
            "全省共有家庭户1421.13万户,平均每个家庭户的人口为2.53人,比2010年第六次人口普查的3.22人减少0.69人。\n"
            "全省常住人口中,男性人口为2022.65万人,占51.17%;与2010年第六次全国人口普查的1930.25万人相比,增长4.8%。")
    cs = {c.describe(): c for c in claims_of(text, date="2021-05-19", subject="陕西省")}
    assert cs["3732.74万人"].period == "2010"  # the base keeps its own year
    assert cs["3952.9万人"].period != "2010" and cs["2022.65万人"].period != "2010"  # not the bases' year
