from dataclasses import replace

from helpers import claims_of

from factcheck.checking import build_facts
from factcheck.checks import tally

TEXT = "八大类价格“四涨四降”,其中食品烟酒类上涨7.4%(畜肉类上涨39.0%、菜及食用菌上涨6.5%、蛋类下降12.1%、粮食类下降0.2%),衣着类下降0.5%,居住类上涨0.1%,交通通信类下降3.9%。"


def test_rates_read_from_one_quote_keep_their_written_order():
    """Claims read back from a claims file may share one quote and column (a list in brackets):
    the tally's items are still the rates as written, not as the file happens to list them."""
    claims = claims_of(TEXT, date="2021-04", subject="双鸭山市")
    rates = [c for c in claims if c.relation("growth") is not None]
    shared = replace(rates[0], quote=TEXT[TEXT.find("其中"):TEXT.find(")") + 1])
    together = [replace(c, column=shared.column, quote=shared.quote) if c.line == shared.line
                and shared.quote.find(f"{c.value:g}") > 0 else c for c in rates]
    others = [c for c in claims if c.relation("growth") is None]
    found = list(tally.check(build_facts(others + list(reversed(together))), {}))
    assert [f.message.split(": ")[-1] for f in found] == \
        ["7.4%, 39.0%, 6.5%, 12.1%, 0.2%, 0.5%, 0.1%, 3.9%"], [f.message for f in found]
