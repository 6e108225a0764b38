"""Names the extractor writes and the checks read: one place for each, so the two sides cannot
drift apart. A check that looks for a metric suffix or a unit the extractor gives imports it
from here."""

from __future__ import annotations

RATE_UNITS = ("%", "‰")  # a figure in these units is a rate or a ratio, never an amount
POINT_UNITS = ("个百分点", "百分点")  # a gap between two rates
SHARE_SUFFIX = "占比"  # 第二产业增加值占比: the share of the metric before it in its whole
SECTOR_METRICS = ("第一产业增加值", "第二产业增加值", "第三产业增加值")  # 三次产业结构 a:b:c, in order
ECONOMY_METRIC = "地区生产总值"  # the whole that a 三次产业结构 divides
VALUE_ADDED = "增加值"  # the whole of a scoped structure (民营经济增加值)
EVENT_PREFIX = "第N次"  # 第N次握手: ordered events of one kind share this metric prefix
WEEKDAY_UNIT = "星期"  # 2022年9月19日（星期一）: the weekday figure, 1 = Monday … 7 = Sunday
WEEKDAY_METRIC = "星期"
DATE_UNIT = "日期"  # 8月3日 as a figure: its value the day as YYYYMMDD, against the day the article came out
DATE_METRIC = "日期"
REAL_GROWTH_SUFFIX = "实际增速"  # 实际增长1.3%: the real rate, a figure of its own
ADJUSTED_GROWTH_SUFFIX = "同口径增速"  # 剔除留抵退税后同口径增长0.67%: a rate on another basis, a figure of its own
NOMINAL_GROWTH_SUFFIX = "名义增速"  # 名义增长6.8%: still the change of the value, but not the rate stated plain
MULTIPLE_UNIT = "倍"  # 是…的3倍, 增长2.6倍
RANK_UNIT = "名次"  # 排名第3: a rank, not an amount
CLOSING_COUNTER = "大"  # 等5大产业: N大 names the N major kinds, so a list of nearly N is complete despite 等
