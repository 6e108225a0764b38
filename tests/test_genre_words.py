"""Genre knowledge lives in data files: the readers, the context, the relation grammar and the
checks hold no Chinese word in code, only the grammar of numerals, dates and a few particles
(listed here). A word list added in code fails this test; put it in factcheck/data/ instead."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
GOVERNED = [*sorted((PACKAGE / "checks").glob("*.py")), *sorted((PACKAGE / "extract" / "readers").glob("*.py")),
            *[PACKAGE / "extract" / f"{m}.py" for m in ("context", "whose", "carried", "naming", "read_sentence", "relations",
                                                          "to_claims", "draft", "tables")],
            *[PACKAGE / f"{m}.py" for m in ("links", "facts", "parts", "derive", "contracts")]]
# Numerals, the calendar (年 月 日 季度 上/下半年 前N 前N个月 全年 年末 年底 至 星期 周 礼拜 天), ordinals (第 次), the particles
# 的 and 为, and the bounds of the CJK block used in character classes.
GRAMMAR = set("零〇一二两三四五六七八九十百千万亿个年月日季度份上下半前全末底至星期周礼拜天第次的为\u4e00\u9fff")
CJK = re.compile(r"[\u4e00-\u9fff]")
DECLARATIONS = {"Option", "rel_tolerance", "abs_tolerance"}  # an option's default and doc are data


def _words_in_code(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))  # docstrings
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in DECLARATIONS:
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__doc__" for t in node.targets):
            skip.update(id(n) for n in ast.walk(node))
    if path.name == "contracts.py":  # names the extractor writes for the checks: contracts, not word lists
        return []
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            words = set(CJK.findall(node.value)) - GRAMMAR
            if words:
                out.append((node.lineno, node.value))
    return out


def test_no_genre_words_in_code():
    found = [f"{p.relative_to(PACKAGE.parent)}:{line}: {text!r}" for p in GOVERNED for line, text in _words_in_code(p)]
    assert found == [], "move these words to factcheck/data/:\n" + "\n".join(found)


def test_the_test_sees_a_word_list(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('"""doc 增长"""\nVERBS = ("增长", "下降")\n', encoding="utf-8")
    assert [line for line, _ in _words_in_code(bad)] == [2, 2]
