"""Every sentence a reader sees in a report, in one place, translatable.

Templates are English (the source language) and marked with ``N_`` so that Babel extracts
them into ``factcheck/locale/factcheck.pot`` (``babel.cfg``); ``say(TEMPLATE, **params)``
translates through the gettext catalog of the current language and fills in the figures.
Catalogs live in ``factcheck/locale/<lang>/LC_MESSAGES/factcheck.po`` with the compiled
``.mo`` committed next to them, so the standard library reads them at run time.

The language is chosen once per command (``factcheck.cli``): ``--lang``, then ``lang`` in the
configuration, then the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). A locale that names
Chinese, or names no language at all (C, POSIX, unset), gives Chinese — factcheck's readers
are Chinese-language editors; a locale naming another language gives English.

Finding ids never depend on these texts (``factcheck.checking.finding_id``).
"""

from __future__ import annotations

import gettext
import math
from pathlib import Path

DOMAIN = "factcheck"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("zh_CN", "en")
_state: dict = {"lang": "en", "tr": gettext.NullTranslations()}


def N_(text: str) -> str:
    """Marks a template for extraction; translated later by ``say``."""
    return text


def normalize_language(value: str) -> str | None:
    """'zh', 'zh_CN', 'zh-Hans', 'zh_CN.UTF-8' → 'zh_CN'; 'en', 'en_US' → 'en'; else None."""
    v = value.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if v == "zh" or v.startswith("zh_"):
        return "zh_CN"
    if v == "en" or v.startswith("en_"):
        return "en"
    return None


def from_locale(environ) -> str:
    """The language the locale asks for: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG set."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if not value:
            continue
        first = value.split(":")[0]
        if first.split(".")[0] in ("C", "POSIX", ""):
            return "zh_CN"  # names no language: the readers' language
        return normalize_language(first) or "en"
    return "zh_CN"


def set_language(lang: str) -> None:
    code = normalize_language(lang)
    if code is None:
        raise ValueError(lang)
    _state["lang"] = code
    if code == "en":
        _state["tr"] = gettext.NullTranslations()
    else:
        _state["tr"] = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code])


def language() -> str:
    return _state["lang"]


def _(text: str) -> str:
    return _state["tr"].gettext(text)


def say(template: str, **params) -> str:
    return _(template).format(**params)


def span(lo: float, hi: float, decimals: int = 0, digits: int = 5) -> str:
    """An interval as a reader writes it, at least to ``decimals`` places: 41.8–42.0."""
    from factcheck.interval import fmt_number

    def one(x: float) -> str:
        # (1361.40–1361.44 to two places: as many digits as the places asked for need, 6 here)
        s = fmt_number(x, max(digits, len(str(int(abs(x)))) + decimals) if math.isfinite(x) else digits)
        if decimals > 0 and math.isfinite(x):
            have = len(s.split(".")[1]) if "." in s else 0
            if have < decimals:
                s = s + ("" if "." in s else ".") + "0" * (decimals - have)
        return s

    return one(lo) if lo == hi else f"{one(lo)}–{one(hi)}"


def decimals_of(*claims) -> int:
    """Decimal places written in the claims: 18.6 → 1."""
    out = 0
    for c in claims:
        if c.precision and c.precision < 1:
            out = max(out, round(-math.log10(c.precision)))
    return out


# Plain names of the checks, shown to readers instead of the ids (which stay in JSON, SARIF
# and GitHub output).
CHECK_NAMES = {
    "growth": N_("growth rate"),
    "difference": N_("change against earlier value"),
    "increment": N_("increase and growth rate"),
    "net_change": N_("net increase and additions"),
    "share": N_("share of the whole"),
    "listed_share": N_("share of a listed sum"),
    "share_change": N_("change of a share and the growth rates"),
    "structure": N_("structure adds up to 100"),
    "ratios": N_("multiple, plan or point gap"),
    "per_unit": N_("average per unit"),
    "weighted_mean": N_("average of the parts"),
    "subset": N_("part within its total"),
    "sum": N_("parts and total"),
    "enumeration": N_("count of listed items"),
    "tally": N_("rises and falls counted"),
    "bounded": N_("share of a whole within 100%"),
    "headline": N_("title restated in the body"),
    "same_figure": N_("same figure stated twice"),
    "period": N_("part of the year within the year"),
    "time_logic": N_("dates and spans of years"),
    "times": N_("use of 倍"),
    "contribution": N_("contributions to growth"),
    "average_growth": N_("average annual growth"),
    "duplicates": N_("repeated passage"),
    "hierarchy": N_("lower level within higher level"),
    "custom": N_("custom assertion"),
    "stale_claim": N_("reviewed figure no longer in the text"),
    "extraction": N_("article could not be read"),
}


def check_name(check: str) -> str:
    name = CHECK_NAMES.get(check)
    return _(name) if name else check


STATUS = {"conflict": N_("CONFLICT"), "review": N_("REVIEW"), "agree": N_("agree")}
STATUS_PLURAL = {"conflict": N_("CONFLICTS"), "review": N_("REVIEWS"), "agree": N_("AGREEMENTS")}


def status_label(status: str) -> str:
    return _(STATUS[status])


def status_heading(status: str) -> str:
    return _(STATUS_PLURAL[status])


def period_label(period: str) -> str:
    """A period as a reader writes it: 2022年1—11月 / January–November 2022; the ISO form for
    anything else. Templates get month numbers and English month names; each language uses
    the one it writes."""
    import calendar

    from factcheck.periods import Period

    if not period:
        return _(UNDATED)
    try:
        p = Period.parse(period)
    except ValueError:
        return period
    if p.is_calendar_year():
        return say(FULL_YEAR, period=p.start.year)
    a, b = p.start, p.end
    if a is None and b is not None and b.month is not None and b.day is None:  # ..2024-10: a stock at the month's end
        return say(MONTH_END, last=b.month, last_name=calendar.month_name[b.month], year=b.year)
    if a is None or b is None or a.year != b.year or a.month is None or b.month is None:
        return period
    names = {"first": a.month, "last": b.month, "first_name": calendar.month_name[a.month],
             "last_name": calendar.month_name[b.month], "year": a.year}
    if a == b and a.day is not None:
        return say(ONE_DAY, day=a.day, **names)
    if a.day is not None or b.day is not None:
        return period
    if a.month == b.month:
        return say(ONE_MONTH, **names)
    return say(MONTH_SPAN, **names)


UNDATED = N_("undated")
FULL_YEAR = N_("{period} full year")
ONE_DAY = N_("{first_name} {day}, {year}")
ONE_MONTH = N_("{first_name} {year}")
MONTH_SPAN = N_("{first_name}–{last_name} {year}")
MONTH_END = N_("end of {last_name} {year}")

# --- report frame --------------------------------------------------------------------------
COL_ARTICLES = N_("articles")
COL_CLAIMS = N_("claims")
COL_AGREE = N_("agree")
COL_CONFLICT = N_("conflict")
COL_REVIEW = N_("review")
BASELINED = N_("{n} finding(s) accepted in the baseline are not shown.")
NOTE = N_("note:")
MORE_NOTES = N_("… and {n} more notes (all are in the JSON and markdown reports)")
AGREEMENTS_SUMMARY = N_("{n} agreements: {real} corroborated, {trivial} trivially consistent (a part within its total, "
                        "a part-year within its year, a list no longer than its count, a day no later than the article)")
AGREEMENTS_REAL_ONLY = N_("{n} agreements, all corroborated")
AGREEMENTS_BY_CHECK = N_("by check: {listing}")
AGREEMENTS_BY_CHECK_HINT = N_("by check: {listing}; show them with --show agree")
LIST_SEP = N_(", ")
STALE_BASELINE = N_("stale baseline entry")
COPY = N_("(copy)")
TRIVIAL_MARK = N_("(trivially consistent)")
MD_TITLE = N_("factcheck report")
MD_CONFLICTS = N_("Conflicts")
MD_REVIEWS = N_("Reviews")
MD_AGREEMENTS = N_("Agreements")
MD_DUPLICATES = N_("Duplicated passages")
MD_NO_FINDINGS = N_("No findings.")
MD_BASELINED = N_("{n} finding(s) accepted in the baseline are not listed.")
GH_SUMMARY = N_("factcheck: {articles} articles, {claims} claims, {agree} agree, {conflict} conflict, {review} review")

# --- check messages --------------------------------------------------------------------------
# growth, difference: an earlier value implied by a rate or a difference, against a stated one
EARLIER_MATCHES = N_("implied earlier value {how} matches the {stated} stated for {period}")
PLAN_GAP_OK = N_("{how}, the plan stated: {plan}")
PLAN_GAP_BAD = N_("{how}, but the plan is stated as {plan}")
DEFINED_DIFFERENCE_OK = N_("{metric}: {how}, matching the stated {stated}")
DEFINED_DIFFERENCE_REVIEW = N_("{metric}: {how}, but {stated} is stated")
PRIOR_BESIDE_OK = N_("implied earlier value {how} matches the {stated} the sentence gives as the year before")
PRIOR_BESIDE_BAD = N_("implied earlier value {how} does not match the {stated} the sentence gives as the year before")
EARLIER_DIFFERS = N_("implied earlier value {how} does not match the {stated} stated for {period}")
BASE_MATCHES = N_("implied value of {entity} {how} matches the {stated} stated for {period}")
BASE_DIFFERS = N_("implied value of {entity} {how} does not match the {stated} stated for {period}")
STATED_STEP = N_("stated: {value}")
CONVERTED_OK = N_("{first} and {second} in brackets are one quantity: {how}")
CONVERTED_BAD = N_("{first} and {second} in brackets should be one quantity, but {how}")
PRIOR_ROUNDED_TWICE = N_("; the rate rounded twice (to two decimals, then to the digit written) would fit: a slip in "
                         "rounding, or a base revised since")
PRIOR_FROM_ANOTHER_ARTICLE = N_("; the earlier value comes from another article and may have been revised since")
FALL_LEAVES_NOTHING_OK = N_("{value} after a fall of {rate}: nothing is left, as a fall that large implies")
FALL_LEAVES_NOTHING_BAD = N_("{value} remains after a fall of {rate}, but a fall of a hundred percent or more leaves nothing")
WHOLE_PRIOR_OK = N_("{how}: the earlier count is a whole number, {whole}")
WHOLE_PRIOR_BAD = N_("{how}: no whole number fits the earlier count, so the count or the rate is wrong")
WHOLE_PRIOR_STOCK = N_("{how}: no whole number fits the earlier count of additions, but the rate may be the "
                       "growth of the stock stated beside them, {stock}")
WHOLE_STEP = N_("a count of discrete things must be a whole number")
TIMES_MISREAD = N_("增长{rate} means {rate} more than the base, but the base stated, {stated}, fits {level} being "
                   "{rate} as much ({how}): 增长 may be misused for 是…的")
# increment
INCREMENT_OK = N_("the earlier value from the increase, {by_diff}, matches the one from the rate, {by_rate}")
INCREMENT_TWICE_OK = N_("the earlier value from the increase, {by_diff}, matches the one from the rate only if "
                        "the rate was rounded twice, to one decimal and then to the digit written: {by_rate}")
INCREMENT_BAD = N_("the earlier value from the increase, {by_diff}, does not match the one from the rate, {by_rate}")
INCREMENT_RATE_BAD = N_("the rate the increase implies over one earlier value, {how}, does not match the {rate} stated")
INCREMENT_RATE_CUT = N_("{text} — a review, not a conflict: the rate the increase implies, {how}, is the {rate} "
                        "stated cut off after its last digit instead of rounded")
# net_change
NET_WITHIN = N_("net increase {diff} of {metric} is no more than the {flow} added ({prefix}) in {period}")
NET_OVER = N_("net increase {diff} of {metric} is more than the {flow} added ({prefix}) in {period}: exits only "
              "lower a stock, so the two are counted differently")
SAME_PERIOD = N_("the same period")
# share
SHARE_OK = N_("{how}, matching the stated share {share}")
SHARE_OK_BY_VALUE = N_("{how}, matching the stated share {share}; the whole was found by its value, as no figure "
                       "bears the name the share gives it")
SAME_EDITED_APART = N_("{what}: stated differently: {values}; these figures agreed when they were reviewed, and one "
                       "has changed since")
SAME_EDITED_AWAY = N_("{what}: stated differently: {values}; the figures agreed when they were reviewed, and one has "
                      "changed since (their times are written differently, so whether they are one figure is unsure)")
SUM_EDITED_AWAY = N_("parts add up to {sum}, not the total {total}: they were found to add up to it by their values "
                     "when the figures were reviewed, and a figure has changed since")
SHARE_EDITED_AWAY = N_("{how}, but the stated share is {share}: the whole was found by its value when the figures "
                       "were reviewed, and a figure has changed since")
SHARE_OK_SIBLING = N_("{how}, matching the stated share {share}; the share names no whole, so it was taken of the "
                      "whole of the share before it in its sentence")
SHARE_BAD = N_("{how}, but the stated share is {share}")
LISTED_SHARE_OK = N_("{how}, matching the stated share {share} of the amounts listed before it")
LISTED_SHARE_BAD = N_("{how}, but the stated share of the amounts listed before it is {share}")
LISTED_SHARE_REVIEW = N_("{how}, but the stated share of the amounts listed before it is {share}; the whole was "
                         "found by a looser name, or as the total of the share's measure, so it may not be the one "
                         "the share was taken of")
IMPLIED_WHOLE_OK = N_("{how}: the shares imply one {whole}")
IMPLIED_WHOLE_REVIEW = N_("{how}: the shares imply different values of {whole} (one whole, or two?)")
DEFINED_RATE_OK = N_("{metric}: {how}, matching the stated {rate}")
DEFINED_RATE_REVIEW = N_("{metric}: {how}, but {rate} is stated; only their names join the figures: are they of "
                         "one date and one population?")
SHARE_FORCED = N_("{how}, and the stated share {share} is off in its last digits: the shares stated add up "
                  "to 100 where the computed ones do not, so it was likely adjusted to close the sum")
SHARE_CONSTANT_PRICES = N_("{how}, but the stated share is {share}; the amounts are at a base year's constant "
                           "prices (2010年可比价), while shares are usually taken at current prices")
SHARE_TRUNCATED = N_("{how}, and the stated share {share} is that cut short rather than rounded "
                     "(shares are often cut so that they add up to 100)")
SHARE_BY_NAME = N_("{how}, but the stated share is {share}; a figure was linked to it by name alone (in "
                   "another sentence, or by a looser name), so it may not be the one the share was taken of")
SHARE_WHOLE_BY_MEASURE = N_("{how}, but the stated share is {share}; the share names no whole, so it was taken "
                            "of the one total of its measure stated for the same unit and period, and may be of "
                            "another")
SHARE_WHOLE_OF_FRAME = N_("{how}, but the stated share is {share}; the share names no whole, so it was taken "
                          "of the one amount named by the words of its 在…中 frame, and may be of another")
SHARE_OF_ITS_TOTAL = N_("{how}, but the stated share is {share}; that is what the part makes of the total it "
                        "was counted in, so the text may give that total the wider whole's name")
SHARE_UNNAMED_WHOLE = N_("{how}, but the stated share is {share}; the share names no whole, so it was taken of "
                         "the total its part was counted in, and may be of a total above that one")
# structure
STRUCTURE_OK = N_("structure {written}: the components add up to {total}, i.e. 100")
STRUCTURE_BAD = N_("structure {written}: the components add up to {total}, not 100")
RESTATED_OK = N_("the structure's component {component} and the sector's share of GDP {share} stated apart agree")
RESTATED_BAD = N_("the structure's component {component} and the sector's share of GDP {share} stated apart differ")
SHARES_OK = N_("shares of one whole by every member: {written} = {total}, i.e. 100")
SHARES_REVIEW = N_("shares of one whole by every member: {written} = {total}, not 100")
PARTS_SHARE_REVIEW = N_("{how}, but the stated share is {share}; the shares name no whole, so each was taken of "
                        "the sum of the amounts stated under the listed names, which may be named otherwise")
STRUCTURE_CHANGE_OK = N_("{how} points, as the change {change} stated")
STRUCTURE_CHANGE_BAD = N_("{how} points, but the change stated is {change}")
STRUCTURE_CHANGES_OK = N_("the changes of every part's share add up to zero: {how}")
STRUCTURE_CHANGES_BAD = N_("the changes of every part's share should add up to zero: {how}")
# ratios
BENCHMARK_OK = N_("one benchmark {base} from every rate and its gap: {how}, which meet")
RATIO_OK = N_("{how} matches the {stated} stated for {entity} {metric} ({period})")
TIME_PROGRESS_OK = N_("{how}: the completion differs from the year's elapsed share ({period}) by the points stated")
TIME_PROGRESS_REVIEW = N_("{how}: the completion and the points stated do not give the year's elapsed share "
                          "({period}), counted in months or in days; it may be counted another way")
RATIO_BAD = N_("{how} does not match the {stated} stated for {entity} {metric} ({period})")
STATED_BASE_OK = N_("{how}, the base's rate {stated} stated beside the gap")
STATED_BASE_BAD = N_("{how}, but the base's rate stated beside the gap is {stated}")
WORD_BASE = N_("(base)")
WORD_WHOLE = N_("(whole)")
WORD_PLAN = N_("(plan)")
# per_unit
PER_UNIT_OK = N_("{how}, matching the stated average {avg}")
PER_UNIT_BAD = N_("{how}, but the stated average is {avg}")
HEADLINE_RESTATED = N_("the title's {head} is restated in the body: {body} (line {line})")
SUBHEADING_RESTATED = N_("the subheading's {head} is restated in its section: {body} (line {line})")
HEADLINE_DIFFERS = N_("the title's {head} is not restated in the body, whose figure named alike is {body} (line "
                      "{line}): one of them edited?")
BOUNDED_WITHIN = N_("{metric} {rate} is within 100%, as a share of its whole must be")
BOUNDED_ABOVE = N_("{metric} {rate} is above 100%: a share of its whole cannot be (a decimal point lost?)")
PER_DAY_OK = N_("{how} ({days} days, {period}), matching the stated daily average {avg}")
PER_DAY_BAD = N_("{how} ({days} days, {period}), but the stated daily average is {avg}")
PER_DAY_REVIEW = N_("{how} ({days} days, {period}), but the stated daily average is {avg}; a unit (万, 亿) may "
                    "be left out")
PER_AREA_OK = N_("{how}, as the yield {avg} stated")
PER_AREA_REVIEW = N_("{how}, but the yield stated is {avg}; the area may be the harvested one, not the sown")
PER_AREA_GROWTH_OK = N_("area × yield growth factors {how}, as the output's growth {rate} stated")
PER_AREA_GROWTH_REVIEW = N_("area × yield growth factors {how}, but the output's growth stated is {rate}")
PER_HEAD_OK = N_("{how} of average population, consistent with {population} at the year's end")
PER_HEAD_GROWTH_OK = N_("{how}: the population change the two growth rates imply fits {population} and its change")
PER_HEAD_GROWTH_REVIEW = N_("{how}: the population change the two growth rates imply does not fit {population} and its "
                            "change: was the population base revised (a census)?")
PER_HEAD_REVIEW = N_("{how} of average population, far from {population} at the year's end: which population was divided by?")
# share_change
SHARE_CHANGE_OK = N_("{how}: the change the growth rates give fits the stated {change}")
SHARE_CHANGE_REVIEW = N_("{how}: the growth rates give another change than the stated {change}; rates at "
                         "comparable prices, or another set of firms, can explain it — or a figure is mistyped")
# weighted_mean
MEAN_WITHIN = N_("{how}: the whole lies between its parts")
MEAN_OUTSIDE = N_("{whole} lies outside {low}–{high}: an average over the whole cannot leave the range of its parts'")
MEAN_GROWTH_OUTSIDE = N_("{whole} lies outside {low}–{high}: possible only if people moved between the parts; "
                         "is one of the rates mistyped?")
SECTOR_GROWTH_OUTSIDE = N_("{whole} lies outside {low}–{high}: a rate weighted by the parts' values a year before "
                           "cannot; is one of the rates mistyped?")
# subset, sum
PART_WITHIN = N_("the part {part} is no more than its total {total}")
PART_OVER = N_("the part {part} is more than its total {total}")
ADDED_WITHIN = N_("{part} added is no more than the total {total} it brought the stock to")
ADDED_OVER = N_("{part} added is more than the total {total} it brought the stock to")
SUM_EQUALS_WHOLE = N_("parts add up to {sum}, equal to the total {total} (they cover every category)")
SUM_OVER = N_("parts add up to {sum}, more than the total {total}")
SUM_UNDER_WHOLE = N_("parts add up to {sum}, less than the total {total}, though they cover every category")
SUM_TRUNCATED = N_("{text} — a review, not a conflict: the sum fits the total cut off after its last digit "
                   "instead of rounded")
SUM_UNIT_SLIP = N_("{text} — a review, not a conflict: {part} is the one figure not written in {unit}, and "
                   "read in {unit} the parts add up; its unit may have slipped in print")
SUM_OTHER_WHOLE = N_("{text} — a review, not a conflict: the parts add up to {other}, stated just before the "
                     "total; the breakdown may belong to it")
SUM_WITHIN = N_("parts add up to {sum}, no more than the total {total} (categories that do not overlap)")
SUM_ROOM = N_("parts add up to {sum}, within the total {total} (they may overlap or leave some out)")
SUM_EQUALS = N_("parts add up to {sum}, equal to the total {total}")
SUM_CHANGES_OK = N_("the parts' changes add up to {how}, as the total {total} changed ({change})")
SUM_CHANGES_REVIEW = N_("the parts' changes add up to {how}, but the total {total} changed {change}")
WEIGHTED_GROWTH_OK = N_("the parts a year before: {how}; the total {total} grew {implied}%, as the {rate} stated")
WEIGHTED_GROWTH_REVIEW = N_("the parts a year before: {how}; the total {total} grew {implied}%, not the {rate} "
                            "stated")
WEIGHTED_PARTS_OVER = N_("the listed parts a year before: {how}, more than the total {total} a year before "
                         "({before}, with its {rate}): parts cannot have been more than their whole; a price basis "
                         "(可比价) may account for a small gap")
# enumeration
LIST_MATCHES = N_("{n} items listed ({listed}), as the count {count} says")
LIST_DIFFERS = N_("{n} items listed ({listed}), but the count is {count}")
LIST_OVER = N_("{n} items listed ({listed}), more than the count {count}")
LIST_WITHIN = N_("{n} items listed ({listed}), no more than the count {count} ({why})")
LIST_OPEN = N_("等: the list need not be complete")
LIST_SLOGAN = N_("a quoted slogan names the themes of what is counted, not each one")
LIST_APPROX = N_("the count is approximate")
LIST_TOP_SOME = N_("members named before a ranking's top group may be only some of it")
POINTS_MATCH = N_("{n} numbered points set out ({heads}), as the count {count} says")
POINTS_DIFFER = N_("{n} numbered points set out ({heads}), but the count is {count}: a numbering may stop short "
                   "or go on in other words, so check the points")
# tally
TALLY_MATCHES = N_("the tally ({tally}) matches the rates that follow: {rates}")
TALLY_DIFFERS = N_("the tally ({tally}) differs from the rates that follow ({found}): {rates}")
# same_figure
SAME_AGREE = N_("{what}: stated {n} times, the same each time: {values}")
SAME_DIFFER = N_("{what}: stated differently: {values}")
SAME_ROUND_ELSEWHERE = N_("; one article gives a round figure, which may be an early estimate revised since")
SAME_UNDATED = N_("; {undated} names no time of its own and may be of another period")
SAME_REVISED = N_("; the two releases differ by less than 1%, as a preliminary figure and its revision may")
SAME_CUT_SHORT = N_("; {short} is {precise} cut short after its last digit, not rounded (a headline's habit, or a slip)")
SAME_SHORT_AGREE = N_("{short} reads as {long} written short, and the figures agree: {values}")
SAME_SHORT_DIFFER = N_("{short} may be {long} written short; if so, the figures differ: {values}")
SAME_CURRENCIES = N_("{what} is stated in different currencies: {values}; not compared")
SAME_WHAT = N_("{entity} {metric} ({period})")
SAME_WHAT_GROWTH = N_("{entity} {metric} growth ({period})")
# period
PART_YEAR_WITHIN = N_("{entity} {metric}: {short} for {short_period} is no more than {long} for {long_period}")
PART_YEAR_OVER = N_("{entity} {metric}: {short} for {short_period} is more than {long} for the whole of "
                    "{long_period}, which contains it")
# time_logic
SPAN_OK = N_("{span} holds {years} years, as 连续{count} says")
SPAN_BAD = N_("{span} holds {years} years, but the text says 连续{count}")
WEEKDAY_OK = N_("{date} is a 星期{actual}, as the text says")
WEEKDAY_BAD = N_("{date} is a 星期{actual}, but the text says 星期{said}")
REPORTED_BEFORE = N_("{day} is no later than the day the article came out, {published}")
REPORTED_AFTER = N_("{day} is after the day the article came out, {published}: a day to come, or a wrong day?")
ORDER_OK = N_("第{first}次{what} on {first_date} comes before 第{second}次{what} on {second_date}")
ORDER_BAD = N_("第{first}次{what} on {first_date} does not come before 第{second}次{what} on {second_date}")
# times
TIMES_SAME = N_("增长{rate} makes {as_growth} times the base, the same ratio as 是…的{multiple}")
TIMES_MISUSED = N_("增长{rate} makes {as_growth} times the base, but 是…的{multiple} says {multiple}: "
                   "增长{rate} is used for “{multiple} as much”")
TIMES_DIFFER = N_("增长{rate} makes {as_growth} times the base, but 是…的{multiple} says {multiple}: the two ratios differ")
TIMES_STEP = N_("增长{rate} = {as_growth}倍 of the base; 是…的{multiple}")
# duplicates
DUP_WITHIN = N_("passage repeated within one article: {chars} characters, {similarity} similar")
DUP_ACROSS = N_("passage repeated across articles: {chars} characters, {similarity} similar")
DUP_CHANGED = N_("{head}; a figure changed in the copy: {diffs}")
DUP_SAME = N_("{head}; the figures agree: {figures}")
DUP_NO_FIGURES = N_("{head}; no figures")
# links: a conflict on weak links
WEAK_REVIEW = N_("{message} (a review, not a conflict: {why})")
WHY_ARTICLES = N_("figures in {n} articles linked without a resolved {fields}")
WHY_ENTITIES = N_("figures in different articles about different entities")
WHY_AMBIGUOUS = N_("a figure's entity is a guess: its clause names another unit")
WHY_PERIOD_INFERRED = N_("a figure's period is a guess: the text gives it no time, so it took the article's main period")
FIELD_NAMES = {"entity": N_("entity"), "metric": N_("metric"), "period": N_("period")}
AND = N_(" and ")
# hierarchy
LEVEL_WITHIN = N_("{metric}: {lower} is within {higher}, the place it is part of")
LEVEL_OVER = N_("{metric}: {lower} is more than {higher}, the place it is part of")
RANK_WITHIN = N_("{rank} within a field of {field}")
RANK_OVER = N_("{rank}, but the field it is ranked in has only {field}")
RANK_ORDER_WITHIN = N_("{metric}: the better place has the larger value: {order}")
RANK_ORDER_OVER = N_("{metric}: {better} is ranked above {worse} with a smaller value")
ORDER_DOWN_WITHIN = N_("listed from the largest, and so they are: {order}")
ORDER_DOWN_OVER = N_("listed from the largest, but {later} comes after {earlier}")
ORDER_UP_WITHIN = N_("listed from the smallest, and so they are: {order}")
ORDER_UP_OVER = N_("listed from the smallest, but {later} comes after {earlier}")
RANK_PLACES_WITHIN = N_("{value}, {rank} in {scope}: the text states a larger value for {n} of {peers} other place(s) there")
RANK_PLACES_OVER = N_("{value}, {rank} in {scope}, but the text states a larger value for {n} other place(s) there: {larger}")
# notes on evidence
CHANGED_NOTE = N_("changed since review: {change}, reviewed at line {line}")
STALE_NOTE = N_("as reviewed, at line {line} of the article")
# contribution and average_growth
CONTRIBUTION_OK = N_("contributions {parts} add up to {sum} points, the growth of {metric}, {rate}")
CONTRIBUTION_BAD = N_("contributions {parts} add up to {sum} points, not the growth of {metric}, {rate}")
CONTRIBUTION_WEIGHT_OK = N_("{how}: the part's weight in {total} a year earlier, within 0–100%")
CONTRIBUTION_WEIGHT_REVIEW = N_("{how}: the part's weight in {total} a year earlier would be outside 0–100%")
CONTRIBUTION_LEVELS_OK = N_("the part's weight a year before, from the levels: {levels}; from the pull: {pull}, "
                            "the same")
CONTRIBUTION_LEVELS_BAD = N_("the part's weight a year before, from the levels: {levels}; from the pull: {pull}, "
                             "which does not meet it")
CONTRIBUTION_IMPLIED_OK = N_("{how}: each part's pull over its contribution rate gives one growth rate of {total}")
CONTRIBUTION_IMPLIED_REVIEW = N_("{how}: each part's pull over its contribution rate should give one growth rate of "
                                 "{total}, and these do not meet")
CONTRIBUTION_SHARE_OK = N_("{how} points, as the {points} stated")
CONTRIBUTION_SHARE_BAD = N_("{how} points, but {points} is stated")
CONTRIBUTION_RATES_OK = N_("contribution rates {how}: together they make up the whole growth")
CONTRIBUTION_RATES_REVIEW = N_("contribution rates {how}, not 100%: the members' rates should make up the "
                               "whole growth")
AVERAGE_OK = N_("{how} for {start}, as stated: {base}")
AVERAGE_BAD = N_("{how} for {start}, but {base} is stated for {start}")
AVERAGE_STEP = N_("{level} ÷ (1{sign}{rate})^{years} = {value}")
AVERAGE_OVER_SPAN_STEP = N_("(1{sign}{rate})^{years} = {value}")
AVERAGE_OVER_SPAN_OK = N_("{how}, the growth since {start} stated: {growth}")
AVERAGE_OVER_SPAN_BAD = N_("{how}, but the growth since {start} is stated as {growth}")
AVERAGE_MULTIPLE_OK = N_("(1{sign}{rate})^{years} = {value} times the {start} level, as {multiple} states")
AVERAGE_MULTIPLE_BAD = N_("(1{sign}{rate})^{years} = {value} times the {start} level, but {multiple} is stated: "
                          "is the rate at comparable prices or caliber, the multiple of current values?")
# findings made by the run itself
STALE_CLAIM = N_("reviewed claim {id} ({figure}, {metric}) is no longer in the article at line {line}: the text "
                 "changed since it was reviewed")
EXTRACTION_ERROR = N_("factcheck could not read the figures of this article ({error}); its claims are not checked. "
                      "This is a bug: please report it with the article")
