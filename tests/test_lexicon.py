"""Which metric phrases name an indicator that figures can be compared under."""

from factcheck.lexicon import names_an_indicator


def test_a_phrase_naming_an_indicator_does():
    assert names_an_indicator("规模以上工业增加值") and names_an_indicator("投资")


def test_vague_words_or_one_character_left_over_name_nothing():
    assert not names_an_indicator("两")  # 两年平均增长 cut before 年
    assert not names_an_indicator("同期平均水平")
