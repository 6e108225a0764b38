"""How tools/inject_eval.py edits a figure and scores what the checks say of the edit."""

from __future__ import annotations

import random

import pytest

import inject_eval


def test_an_amount_moves_by_about_a_tenth_and_keeps_its_decimals():
    old, new = inject_eval.edited_number("5.32亿元", random.Random(1))
    assert old == "5.32" and len(new.split(".")[1]) == 2
    assert abs(float(new) / 5.32 - 1) == pytest.approx(0.1, abs=0.002)  # (a tenth, rounded to two decimals)


def test_a_small_count_moves_by_one_and_a_grouped_number_is_left_alone():
    assert inject_eval.edited_number("3个", random.Random(1))[1] in ("2", "4")
    assert inject_eval.edited_number("1,234万元", random.Random(1)) is None


def _corpus(tmp_path, text: str, relation: str):
    (tmp_path / "articles").mkdir()
    (tmp_path / "truth").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "articles" / "a.meta.yaml").write_text("url: https://example.org\ndate: 2024-03-01\n", encoding="utf-8")
    (tmp_path / "truth" / "a.yaml").write_text(f"article: a.txt\nrelations:\n{relation}", encoding="utf-8")
    return tmp_path


def test_an_edit_to_a_part_of_a_whole_partition_is_caught(tmp_path):
    corpus = _corpus(tmp_path, "2023年全县地区生产总值200.0亿元，其中第一产业增加值20.0亿元，第二产业增加值80.0亿元，"
                               "第三产业增加值100.0亿元。\n", """  - id: r1
    type: sum
    expected: agree
    figures:
      - {line: 1, text: "200.0亿元"}
      - {line: 1, text: "20.0亿元"}
      - {line: 1, text: "80.0亿元"}
      - {line: 1, text: "100.0亿元"}
""")
    tally = inject_eval.run(corpus, sample=0, seed=3)
    assert tally["sum"]["edits"] == 1 and tally["sum"]["found"] == 1
    assert tally["sum"]["caught"] == 1 and tally["sum"]["false"] == 0


def test_an_edit_no_check_links_is_missed(tmp_path):
    corpus = _corpus(tmp_path, "2023年全县粮食产量20.5万吨。\n2023年全县生猪出栏31.6万头。\n", """  - id: r1
    type: same_figure
    expected: agree
    figures:
      - {line: 1, text: "20.5万吨"}
      - {line: 2, text: "31.6万头"}
""")
    tally = inject_eval.run(corpus, sample=0, seed=3)
    assert tally["all"]["missed"] == 1 and tally["all"]["found"] == 0
