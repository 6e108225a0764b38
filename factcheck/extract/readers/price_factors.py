"""A price index's change in its two parts: last year's carry-over (翘尾) and this year's new rises (新涨价).

Reads: a sentence whose figures in points are named with a carry-over word and with a new-rise
word (``price_factors`` in ``extraction.yaml``), after the rate of a price index (居民消费价格, CPI)
in the sentence, its paragraph or the article: each is a part of that rate's change, named as
the factor it is (翘尾因素, 新涨价因素) and of the rate's period — a partition the check
``contribution`` sums against the rate. A category's rate (居住类价格上涨0.7%) is no index's.

Example: 2月份居民消费价格总水平同比上涨0.8%,上年价格变动的翘尾因素约为-1.28个百分点,新涨价因素约为2.14个
百分点 → −1.28 + 2.14 = 0.86 against 0.8%.

Leaves alone: a sentence naming one factor only (受政策翘尾等因素影响, a cause, no figure of its
own); factors with no price index's rate before them; factors in another unit than points.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.contracts import POINT_UNITS, RATE_UNITS
from factcheck.extract.draft import Draft, Link, SentenceContext
from factcheck.indicators import indicator_name

ID = "price_factors"
STAGE = "relations"


def read(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    words = lexicon.load("extraction.yaml")["price_factors"]
    factors = {}
    for d in drafts:
        if d.unit not in POINT_UNITS:
            continue
        named = next((name for name, marks in words["factors"].items()
                      if any(m in d.metric or m in d.lead for m in marks)), None)
        if named is not None and named not in factors:
            factors[named] = d
    if len(factors) != len(words["factors"]):
        return []
    first = min(d.mention.start for d in factors.values())
    rate = _price_rate(ctx, drafts, first, words)
    if rate is None:
        return []
    for name, d in factors.items():
        d.metric, d.own_metric, d.period = name, True, rate.period
        d.relations = [Link("contribution", of=rate)]
    return []


def _price_rate(ctx: SentenceContext, drafts: list[Draft], first: int, words: dict) -> Draft | None:
    """The price index's rate the factors split: the last rate before them in the sentence, the
    paragraph or the article that names the index (居民消费价格总水平同比上涨0.8%; not 居住类价格上涨0.7%, a
    category's) — or a rate of no name in their sentence with the index named after it (在7月份1.1%的
    CPI同比涨幅中), which takes the index's name."""
    indexes = {indicator_name(w) for w in words["price_indexes"]}
    before = [d for d in drafts if d.unit in RATE_UNITS and d.mention.start < first]
    if before and not before[-1].metric:
        index = next((w for w in words["price_indexes"] if w in ctx.text[before[-1].mention.end:first]), None)
        if index is not None:
            before[-1].metric, before[-1].own_metric = indicator_name(index), True
    seen = [*ctx.state.rates, *before]  # (the article's rates hold the paragraph's: ArticleState.remember)
    return next((r for r in reversed(seen) if r.unit in RATE_UNITS and indicator_name(r.metric) in indexes), None)
