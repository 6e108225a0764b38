from helpers import check_findings, findings_of, the_edit_review


def test_a_share_naming_no_whole_after_a_share_of_another_measures_whole_takes_none():
    """出口…占全市出口总额的40%;进口…占比为50%: the import share is not of the exports' total (a
    share before it names a whole of another measure), so 150 ÷ 500 is never worked out."""
    text = "2021年,全市出口总额500亿元,进口总额300亿元。\n2021年,全市机电产品出口额200亿元,占全市出口总额的40%;机电产品进口额150亿元,占比为50%。"
    found = [f for f in findings_of(text, date="2022-02", subject="某某市") if f.check == "share"]
    assert not any("150亿元 ÷ 500亿元" in f.message for f in found), [f.message for f in found]


def test_a_structure_at_current_prices_against_amounts_at_a_base_years_prices_is_a_question():
    """英山县: the output of each sector at 2010 prices (…下同) beside 三次产业结构 51.6:21.7:26.7, a
    structure at current prices: 223291 ÷ 534001 = 41.8% is no error in the 51.6%."""
    from factcheck import rules
    from factcheck.checking import build_facts, run_rules
    from factcheck.extract import extract_article
    from helpers import article

    text = ("国民经济平稳发展。据反馈资料,全年实现英山生产总值534001万元(2010年可比价,下同),比上年增长11.1%。"
            "其中,第一产业增加值223291万元,增长5.8%;第二产业增加值178211万元,比上年增长17.8%;第三产业增加值132499万元,"
            "比上年增长11.8%。现价英山生产总值520744万元,人均现价英山生产总值达到14669元(按常住人口计算),比上年增加1314元,"
            "三次产业结构比由上年的43.9:31.5:24.6调整为今年的51.6:21.7:26.7。")
    a = article(text, date="", subject="英山县", title="英山县2011年国民经济和社会发展统计公报", aliases=["英山", "全县"])
    found = [f for f in run_rules(build_facts(extract_article(a)), rules.load(rules.default_rules_dir()))
             if f.check == "share"]
    assert found and all(f.status == "review" and "constant prices" in f.message for f in found), \
        [(f.status, f.message) for f in found]


TRADE = ("今年前8个月,我国货物贸易延续平稳增长态势,进出口总值29.57万亿元,同比增长3.5%。\n"
         "前8个月,民营企业进出口16.89万亿元,增长7.4%,占我外贸总值的57.1%,比去年同期提升2.1个百分点。\n")


def _edited_share_findings(edit: tuple[str, str]):
    """The share's findings after ``edit`` to a text whose claims were all reviewed first."""
    return check_findings("share", TRADE.replace(*edit), TRADE, date="2025-09", subject="中华人民共和国")


def test_an_edit_that_breaks_a_share_found_by_value_is_a_review():
    """The whole of 占我外贸总值的57.1% was found by its value (16.89 ÷ 29.57 = 57.12%); once the share is
    edited to 59.1% no whole fits, and a new figure would say nothing — an edited one is a review."""
    [before] = _edited_share_findings(("57.1%", "57.1%"))
    assert before.status == "agree" and "found by its value" in before.message
    the_edit_review(_edited_share_findings(("57.1%", "59.1%")), "57.1% → 59.1%")


def test_an_edit_of_the_part_that_breaks_the_share_is_a_review_too():
    the_edit_review(_edited_share_findings(("16.89万亿元", "18.89万亿元")))


def test_a_share_that_misses_a_whole_of_another_paper_is_a_question():
    """河南's 2023 GDP as one paper gives it (59132.39亿元, before the census revision) and another's
    share of the culture industries (4.47%, of the revised GDP): a whole of another article may be
    of another release — a review, not an error."""
    culture = "2023年河南省文化及相关产业增加值达到2711.86亿元,较2018年增长26.6%,占GDP比重为4.47%。"
    gdp = "2023年,河南全省实现地区生产总值(GDP)59132.39亿元,同比增长4.1%。"
    found = [f for f in findings_of(culture, gdp, date=["2025-04-07", "2024-03-01"], subject="河南省")
             if f.check == "share"]
    assert [f.status for f in found] == ["review"], [f.message for f in found]
