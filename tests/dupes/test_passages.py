"""Duplicated passages read as numbers and words at their edges (issue 12 §5, issue 15 §7)."""

from helpers import findings_of

SOURCE = ("面对世界复杂形势及疫情防控不利影响，临武产业开发区出台一系列普惠性纾困扶持政策，选派70名企业（项目）"
          "服务专员，联结帮扶44家企业（项目）解决融资、用电、用工等困难。")


def _dupes(*texts):
    return [f for f in findings_of(*texts) if f.check == "duplicates"]


def test_a_changed_figure_is_shown_whole_on_both_sides():
    copy = SOURCE.replace("选派70名", "选派75名")
    [f] = _dupes(SOURCE, "今年，" + copy)
    assert f.status == "conflict"
    assert "选派70 → 75" in f.message, f.message
    assert "775" not in f.message


def test_a_decimal_change_is_shown_whole():
    text = "1-9月，全市规模以上工业总产值同比增长36.8%，工业投资增长23.3%，高新技术产业增加值同比增长38.6%，增速居全省前列。"
    [f] = _dupes(text, "据统计，" + text.replace("38.6%", "36.8%"))
    assert "38.6% → 36.8%" in f.message, f.message
    assert "38.38" not in f.message


def test_a_passage_ends_on_a_whole_figure_and_a_whole_word():
    text = ("今年前三季度，园区坚持把项目建设作为经济工作的生命线，规模以上工业总产值同比增长36.8%，"
            "工业投资增长23.3%，高新技术产业增加值占规模以上工业增加值的比重达37.5%")
    a = "据园区管委会介绍，" + text + "，创历史新高。"
    b = "从园区获悉，" + text + "，较上年提高2个百分点。"
    [f] = _dupes(a, b)
    assert "37.5%" in f.message and ", 3 " not in f.message + " ", f.message
    quote = f.evidence[0].quote
    assert quote.lstrip(",，").startswith(("今年", "园区")), quote  # a clause's first word, not its middle


PARALLEL = ("2020年全县(全口径)实现生产总值2416417万元,比上年下降5.9%,第一产业增加值339357万元,增长3.9%,"
            "第二产业增加值1678110万元,下降9.6%,第三产业增加值398950万元,增长5.5%。其中:县属实现生产总值804890万元,"
            "增长4.5%,其中:第一产业增加值339357万元,增长3.9%,第二产业增加值66583万元,增长1.2%,第三产业增加值398950万元,增长5.5%。")


def test_one_paragraph_stating_two_scopes_is_no_copy():
    assert _dupes(PARALLEL) == []


def test_a_paragraph_repeated_later_in_the_article_with_a_change_is_a_copy():
    first = PARALLEL.split("其中:县属")[0]
    [f] = _dupes(first + "\n" + "另据统计," + first.replace("下降9.6%", "下降9.2%"))
    assert f.status == "conflict" and "9.6% → 9.2%" in f.message, f.message


def _table(period: str, rows: str) -> str:
    head = f"注:绝对数按现行价计算,相对数按可比价格计算。 | |||\n2、本地生产总值构成 | |||\n{period} | |||\n增减百分点 | |||\n"
    return head + "\n".join(f"{r} | |||" for r in rows.split(";"))


def test_two_periods_tables_of_one_release_are_no_copy():
    """Two months' tables of one city's release (d23, d24 of the development corpus): the
    headings' numbers and 100.0 stand on both sides, as do a few small rates by chance, but more
    figures changed in place than stayed — a template, not a copy with fifteen edits."""
    from dataclasses import replace

    from factcheck import rules
    from factcheck.checking import build_facts, run_rules
    from factcheck.extract import extract_article
    from helpers import article

    a = _table("9月 | 1-9月累计 | 累计", "本地生产总值(%) | —— | 100.0 | ——;第一产业 | —— | 2.3 | 0.4;第二产业 | —— | 50.8 | 1.4;"
               "第三产业 | —— | 46.9 | -1.8;3、第三产业增加值构成;交通运输仓储邮政业 | —— | 1.5 | -0.1;批发和零售业 | —— | 9.6 | 0.1;"
               "住宿和餐饮业 | —— | 1.3 | 持平;金融业 | —— | 8.4 | -0.4;4、农业生产;农业总产值(亿元) | —— | 112.25 | 38.1")
    b = _table("6月 | 1-6月累计 | 累计", "本地生产总值(%) | —— | 100.0 | ——;第一产业 | —— | 1.9 | 0.1;第二产业 | —— | 47.2 | -2.7;"
               "第三产业 | —— | 50.9 | 2.6;3、第三产业增加值构成;交通运输仓储邮政业 | —— | 1.4 | -0.1;批发和零售业 | —— | 10.4 | -0.5;"
               "住宿和餐饮业 | —— | 1.2 | -0.4;金融业 | —— | 9.3 | 1.3;4、农业生产;农业总产值(亿元) | —— | 46.21 | -2.1")
    arts = [replace(article(t, key=f"articles/t{i}.txt", date=d), meta={"source_format": "web-scrape"})
            for i, (t, d) in enumerate(((a, "2021-10"), (b, "2020-07")))]
    rs = rules.load(rules.default_rules_dir())
    facts = build_facts([c for x in arts for c in extract_article(x)], {x.key: x.text for x in arts}, rs)
    found = [f for f in run_rules(facts, rs) if f.check == "duplicates"]
    assert found == [], [f.message for f in found]
