"""The extractor takes any text: it never crashes, and every quote is the raw text at its place."""

from hypothesis import given, settings, strategies as st

from factcheck.claimsfile import line_starts
from factcheck.extract import extract_article

from helpers import article

ALPHABET = list("0123456789.%,，。；：、（）“”\n 年月日前个至-~同比增长下降占比重其中分别等大余多超过以上近约万亿元家项人第连续星期一二三五十百千园区全市")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_extraction_never_crashes_and_quotes_round_trip(text):
    a = article(text)
    starts = line_starts(text)
    for c in extract_article(a):
        pos = starts[c.line - 1] + c.column - 1
        assert text[pos:pos + len(c.quote)] == c.quote
