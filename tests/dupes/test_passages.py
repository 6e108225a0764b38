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
