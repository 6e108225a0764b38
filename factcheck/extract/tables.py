"""Tables in an article: rows of cells separated by ``|`` or tabs, read with their header.

Statistical bulletins print their figures twice, in the text and in a table::

    指标 | 总量(万元) | 增长(%) | 构成(%) |
    地区生产总值 | 686065 | 7.7 | 100 |
    第一产业 | 159948 | 7.4 | 23.3 |

A row a scraper broke into lines (``| 港北區人口 |``, then ``76.86 |`` and ``100 |`` on lines of
their own) is read as one row; each cell keeps its own line. So are tables printed one cell a
line, the cells ending in a bar, standing between lone bars, between blank lines, or in a run of
short lines with nothing between them (指标 / 总量 / 比上年增长 / 生产总值 / 356.26 / 6.3 / …); a column of
units between label and numbers is read when the header names it (单位), and an item's number whose
、 a scraper turned into 。 (一。财政总收入) does not make a cell a sentence.

A monthly release's columns of periods are read with the month its title (or its header: 6月 |
1-6月累计) names: 本月 is that month, 1-本月 and 累计 the year to it; a table with any other time
column is left alone — unless it has a column of earlier amounts (below), when the amounts of a
column of no known period (本年本月累计 in a release that names no month) are named by their column.

A column of earlier amounts beside the current ones (数量 | 上期 | 环比, 本年本月累计 | 上年同期 |
增长速度(%): ``year_ago_columns``, ``previous_columns``) is what the rate after it is against: the
rate is the growth of the row's amount ``by`` the earlier one. A year-ago amount takes the name of
the current one and its period a year before; an amount of the period before (上期), whose period
the table does not say, is named apart (民政事业费累计支出上期) and meets only its rate. Two columns of
whole years, the later first, followed by a column of rates that says so (指标名称 | 单位 | 2008年 |
2007年 | 增长%; not 增减, a change in the amounts' unit), are the year's amounts and the year before's.
A row naming no measure (#工业) in a table whose first row is an indicator at comparable prices
(地区生产总值) is a value added: its rate is real, and its earlier amount is not read. A row whose
label names a time of its own (地区生产总值(1-6月) over 1-8月累计 columns) is not read. A rate against
the period before (环比) is read only beside such a column, never as a year-on-year rate; a real rate
(增加值, at comparable prices) is not held to the current amounts. Amounts may be marked in
thousands (1,161,111.0). A period written over the labels (2024年一季度 | 增加值(亿元) |
增长(%)) is every figure's; in an annual bulletin, a column named by its year (指标名称 单位 2023年
增长(%)) holds that year's amounts. A header of one column naming a rate or a unit (指标名称 |
涨跌幅(%)) heads rows of a label and one number.

Each number in a data row becomes a claim: its metric is the row's label (the unit written in
the label or the column header), the header says what the column is — an amount, a growth
rate (增长, 同比) of the amount to its left in the same row, or a share (构成, 比重) of the first
row's amount (or of the last row above it that is 100% of itself). A label that names no
measure (第一产业 under 地区生产总值) takes the measure its parts are stated in (增加值). The
claims then meet the text's figures in every check. A column of amounts at a base year's prices
(现价 | 不变价) is not read: the text states the current ones.

A row whose label names its unit and comes once in the table (货物运输量(万吨)) opens a section: the
rows under it whose labels come again under another such row (铁路, 公路) are its breakdown, named
with its measure (铁路货物运输量) and in its unit; a 其中 row is in the unit of the row above it.

A table whose rows are places and whose columns name measures (县(市、区) | 常住人口(万人) |
出生率(‰) over 泉州市 | 885 | 8.7, 晋江市 | 206.9 | 8.0) gives each place its figures: entity the
row's place, metric the column's name. Its period is the one over the labels, else none (the
article's main one, inferred: such figures agree with the text but never contradict it). No row is
joined to another as a part (鲤城区(含开发区) stands beside 鲤城区 and 开发区), and a row named by a park
word alone (开发区: which park?) is left out.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import replace
from functools import cache

from factcheck import lexicon, parts
from factcheck.extract.entities import canonical
from factcheck.extract.readers.part_of import part_metric
from factcheck.indicators import indicator_of
from factcheck.model import Claim, Ref, Relation
from factcheck.normalize import fold_width, plain_cell
from factcheck.numbers import parse_number

_SEPARATOR = re.compile(r"\s*[|\t｜]\s*")
_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")  # (1,161,111.0: thousands marked)
# 一、 (二) 3. — and A / II before a space (A 城市低保累计支出, II 城市低保临时补助): a row's number in its list
_ITEM_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、。]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]"
                          r"|(?:[A-Z]|[IVX]{1,4})(?:[.、．]|\s+)(?=[\u4e00-\u9fff]))")
_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]")


def _words(key: str) -> list[str]:
    return lexicon.load("extraction.yaml")["tables"][key]


@cache
def _header(key: str, extra: str = "") -> re.Pattern:
    """A header word of the kind ``key`` lists (growth, share or time columns)."""
    return re.compile("|".join([re.escape(w) for w in _words(key)] + ([extra] if extra else [])))


def read_tables(raw: str, key: str, entity: str, period: str, month: tuple[int, int] | None = None) -> list[Claim]:
    """The claims of every table in ``raw`` (the article's raw text, key ``key``); ``month`` is the
    (year, month) a monthly release is of, which its columns 本月 and 1-本月 name."""
    claims: list[Claim] = []
    for block, lines in _vertical_tables(raw):
        claims.extend(_read_block(block, raw, key, entity, period, month))
        raw = _blank_lines(raw, lines)  # read once: the row reader below sees blank lines there
    rows = _rows(raw)
    block: list[tuple[int, int, list[tuple[int, str]]]] = []
    for row in rows + [(0, 0, None)]:
        if row[2] is not None:
            if len(row[2]) >= 2:
                block.append(row)
            continue
        if len(block) >= 2:
            claims.extend(_read_block(block, raw, key, entity, period, month))
        block = []
    return claims


def _rows(raw: str) -> list[tuple[int, int, list[tuple[int, str]] | None]]:
    """(line, line start, cells) of every line; a cell's column is its offset from the line start.
    None for a line that is no row (prose), [] for one that holds no cells of its own."""
    rows: list[tuple[int, int, list[tuple[int, str]] | None]] = []
    pos = 0
    spaced = False  # inside a table whose columns are separated by spaces
    open_row: int | None = None  # a row of one cell (| 港北區人口 |) whose other cells may follow
    for number, line in enumerate(raw.split("\n"), 1):
        # A line with a separator belongs to the table even with one cell (分产业 |, a bare |).
        if _SEPARATOR.search(line):
            spaced = False
            cells = _cells(line)
            if not cells and open_row is not None and _CELL_ALONE.match(line):
                # 76.86 |: a cell a scraper put on a line of its own, after its row's label
                first, start, before = rows[open_row]
                lead = len(line) - len(line.lstrip())
                rows[open_row] = (first, start, before + [(pos - start + lead, plain_cell(line.strip(" |｜\t")))])
                rows.append((number, pos, []))
                pos += len(line) + 1
                continue
            open_row = len(rows) if len(cells) == 1 and line.strip().startswith(("|", "｜")) else None
            rows.append((number, pos, cells))
        else:
            open_row = None
            cells = _spaced_cells(line, header=not spaced)
            spaced = cells is not None
            rows.append((number, pos, cells))
        pos += len(line) + 1
    return rows


def _blank_lines(raw: str, numbers: set[int]) -> str:
    """``raw`` with the given lines (1-based) emptied of everything but their spaces, so that
    offsets and line numbers stay put."""
    lines = raw.split("\n")
    return "\n".join(" " * len(line) if n in numbers else line for n, line in enumerate(lines, 1))


def _vertical_tables(raw: str):
    """Tables a scraper printed one cell per line (指標 |, 年末數(萬人) |, 比重(%) |, 戶籍總人口 |,
    55.66 |, 100.0 |, …, or each cell on a line between lines holding a bar alone), read back into
    rows: the first row is a label and the numbers after it, the header the cells just before that
    label, one per column; each later row is a label and as many numbers; a label with no numbers
    (按城鄉分:) heads the rows after it. Anything that does not fit that shape ends the table.
    Yields (rows, the lines used)."""
    cells: list[tuple[int, int, int, str]] = []  # (line, line start, column, text)
    pos = 0
    lines = raw.split("\n") + [""]
    in_runs = _runs_of_cells(lines)
    for number, line in enumerate(lines, 1):
        # 指 標 / | / 總 量 / | / …: a line between lone bars is a cell too (another scraper's way)
        m = _CELL_ALONE.match(line) or (line.strip() and not _SEPARATOR.search(line) and any(
            0 < k <= len(lines) and _LONE_BAR.match(lines[k - 1]) for k in (number - 1, number + 1))) \
            or _between_blank_lines(lines, number) or number in in_runs
        text = plain_cell(line.strip(" |｜\t")) if m else ""
        if m:
            cells.append((number, pos, len(line) - len(line.lstrip(" |｜\t")), text))
        elif line.strip(" |｜\t"):
            yield from _vertical_block(cells)
            cells = []
        pos += len(line) + 1
    yield from _vertical_block(cells)


def _between_blank_lines(lines: list[str], number: int) -> bool:
    """指标 / 本月 / … / 1414.39 / 2.5, each on a line between blank lines: a short line with no
    punctuation of a sentence, a blank line (or the text's start) before it and after it."""
    text = lines[number - 1].strip()
    before = lines[number - 2].strip() if number >= 2 else ""
    after = lines[number].strip() if number < len(lines) else ""
    return _short_cell(text) and not _UNIT.fullmatch(text) and not before and not after  # ((亿元) alone: half of a header cell)


def _short_cell(text: str) -> bool:
    """A stripped line that can be one cell: short, with no punctuation of a sentence and no bar."""
    # (一。财政总收入: an item's number, its 、 scraped to 。, is no sentence)
    return 0 < len(text) <= _CELL_CHARS and not _SENTENCE_MARKS.search(_ITEM_NUMBER.sub("", text)) \
        and not _SEPARATOR.search(text)


def _runs_of_cells(lines: list[str]) -> set[int]:
    """指标 / 总量 / 比上年增长 / 生产总值 / 356.26 / 6.3 / …, each on a line of its own with nothing
    between: the lines (1-based) of runs of at least ``_RUN_LINES`` short lines with no punctuation
    of a sentence, ``_RUN_NUMBERS`` of them numbers. Whether a run is a table is ``_vertical_block``'s
    call (a header naming units or rates, rows of one width)."""
    out: set[int] = set()
    run: list[int] = []
    for number, line in enumerate(lines + [""], 1):
        if _short_cell(line.strip()):
            run.append(number)
            continue
        if len(run) >= _RUN_LINES and sum(1 for k in run if _NUMBER.match(lines[k - 1].strip())) >= _RUN_NUMBERS:
            out.update(run)
        run = []
    return out


_RUN_LINES, _RUN_NUMBERS = 8, 4
_CELL_CHARS = 24  # 社会消费品零售总额(亿元): no cell of a table is longer
_SENTENCE_MARKS = re.compile(r"[。，；：,;:!?！？、]")


def _vertical_block(cells: list[tuple[int, int, int, str]]):
    numbers = [bool(_NUMBER.match(t)) for *_, t in cells]
    if numbers.count(True) < 4:
        return
    first = numbers.index(True)  # the first row: the label before it and the numbers from it on
    # 财政总收入 / 万元 / 52364 / 42022 / 24.6 under 指标名称 / 单位 / 2008年 / 2007年 / 增长%: a column of
    # units between the label and the numbers, read when the header names it (单位)
    lead = 2 if first >= 2 and _a_unit(cells[first - 1][3]) and not numbers[first - 2] else 1
    width = next((i for i, n in enumerate(numbers[first:]) if not n), len(numbers) - first) + lead
    if width < lead + 1 or first - lead < width - 1 or (lead == 1 and _a_unit(cells[first - 1][3])):
        return  # (…参保人数 | 万人 | 1796.99 with no 单位 over it: not read here)
    # The header: one cell per column, or one short when nothing stands over the labels.
    header = cells[first - lead - width:first - lead] if first - lead >= width else [None, *cells[:first - lead]]
    texts = [c[3] for c in header if c is not None]
    if len(header) != width or any(_NUMBER.match(t) for t in texts) or not any(
            _UNIT.search(t) or _header("growth_headers").search(t) or _header("share_headers").search(t) for t in texts) \
            or (lead == 2 and texts[-width + 1] not in _words("unit_headers")):
        return
    rows, i = [], first - lead
    while i < len(cells):
        if numbers[i]:
            break
        take = numbers[i + lead:i + width]
        if len(take) == width - lead and all(take) and (lead == 1 or _a_unit(cells[i + 1][3])):
            rows.append(cells[i:i + width])
            i += width
        elif i + 1 == len(cells) or not numbers[i + 1]:
            rows.append(cells[i:i + 1])  # 按城鄉分: — a heading over the rows after it
            i += 1
        else:
            break
    if sum(1 for r in rows if len(r) == width) < 2:
        return
    top = next(c for c in header if c is not None)
    used = {c[0] for c in header if c is not None} | {c[0] for r in rows for c in r}
    yield [_as_row(top, header), *(_as_row(r[0], r) for r in rows)], used


def _as_row(first, cells) -> tuple[int, int, list[tuple[int, str]]]:
    """(line, line start, cells) of a row whose cells stand on lines of their own, from ``first``'s
    on; a missing cell (None) is an empty one."""
    line, start = first[0], first[1]
    return line, start, [((c[1] - start) + c[2], c[3]) if c is not None else (0, "") for c in cells]


# 76.86 | or 比重(%) |: one cell ending in the only separator of its line (or opening with it:
# | 比上年增长(%), | 规模以上工业增加值, | 2.7 — a scraper's other way of printing one cell a line).
_CELL_ALONE = re.compile(r"^\s*(?:[^|\t｜\s][^|\t｜]*[|｜]|[|｜]\s*[^|\t｜\s][^|\t｜]*)\s*$")
_SPACES = re.compile(r"\S+")
_LONE_BAR = re.compile(r"^\s*[|｜]\s*$")


_LABEL_PIECES = 4  # 农 林 牧 渔: at most this many pieces of one spaced-out label


def _spaced_cells(line: str, header: bool) -> list[tuple[int, str]] | None:
    """产品名称 产量(吨) 比上年增长(%) / 粮食 122800 -3.9: a table printed with spaces. A header has
    three or more cells, none a number, one naming a unit or a growth or share column; a row, a
    label and numbers only."""
    raw = [(m.start(), fold_width(m.group())) for m in _SPACES.finditer(line)]
    # Shape first, on width-folded tokens (numbers read the same in any script): most lines are
    # prose, and converting the script of every token is the costly part.
    if len(raw) < (3 if header else 2) or _NUMBER.match(raw[0][1]):
        return None
    if not header:
        # 林  业  11056 11.4: a label spaced out to the width of the others is one cell
        first = next((i for i, (_, t) in enumerate(raw) if _NUMBER.match(t)), len(raw))
        if 1 < first <= _LABEL_PIECES and all(len(t) <= 2 for _, t in raw[:first]):
            raw = [(raw[0][0], "".join(t for _, t in raw[:first])), *raw[first:]]
    else:
        # 指    标 绝对数 比上年增长(%): the header over the labels spaced out, one character a piece
        first = next((i for i, (_, t) in enumerate(raw) if len(t) > 1), len(raw))
        if 1 < first <= _LABEL_PIECES:
            raw = [(raw[0][0], "".join(t for _, t in raw[:first])), *raw[first:]]
    # 一、农林牧渔业总产值 万元 1028555 3.5: a row may name its unit in a column of its own (单位)
    numbers = [bool(_NUMBER.match(t)) or (not header and i == 0 and _a_unit(t)) for i, (_, t) in enumerate(raw[1:])]
    if (any(numbers) if header else not all(numbers) or not any(_NUMBER.match(t) for _, t in raw[1:])):
        return None
    cells = [(col, plain_cell(t)) for col, t in raw]
    if header and not any(_UNIT.search(t) or _header("growth_headers").search(t) for _, t in cells[1:]):
        return None
    return cells


def _a_place(text: str) -> bool:
    from factcheck import gazetteer

    return len(text.replace(" ", "")) >= 2 and bool(gazetteer.resolve(text.replace(" ", "")))


@cache  # (asked of every row of a table, and again of a table of places)
def _names_a_unit(label: str) -> bool:
    """定 海, 岱山县, 舟山经济开发区: a row label that is a place or a park names whose figure it is,
    not which indicator (the section's heading says that, and this reader does not read headings)."""
    from factcheck.extract.entities import find_entities

    name = label.replace(" ", "")
    return _a_place(name) or any(e.start == 0 and e.end == len(name) for e in find_entities(name))


def _a_unit(text: str) -> bool:
    from factcheck import units

    return units.is_known(text) or units.is_count(text)


def _cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of every cell of a table row, or [] for a line that is no row."""
    if line.count("|") + line.count("\t") + line.count("｜") < 2:
        return []
    out, start = [], 0
    for m in list(_SEPARATOR.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        text = plain_cell(line[start:end].strip())
        if text or m is not None:
            lead = len(line[start:end]) - len(line[start:end].lstrip())
            out.append((start + lead, text))
        start = m.end() if m else len(line)
    while out and not out[-1][1]:
        out.pop()
    if out and not out[0][1] and line.lstrip().startswith(("|", "｜")):
        out.pop(0)  # | 地区生产总值 | 327.32 |: a row drawn with a leading bar
    return out


def _read_block(block, raw, key, entity, period, month=None) -> list[Claim]:
    header = next((r for r in block if sum(1 for _, t in r[2][1:] if t and not _NUMBER.match(t)) >= 2
                   or _lacks_label(r, block) or _over_the_numbers(r) or _one_column(r, block)), None)
    if header is not None and _lacks_label(header, block):
        at = block.index(header)  # | 绝对数(亿元) | 比上年增长(%) |: no cell over the labels
        header = (*header[:2], [(0, ""), *header[2]])
        block = [*block[:at], header, *block[at + 1:]]
    if header is None:
        return []
    month = month or _month_named(header[2], period)
    over_labels = _labels_period(header[2][0][1])  # 2024年一季度 | 增加值(亿元) | 增长(%)
    # 2023年四川省规模以上文化及相关产业企业相关指标情况 | 绝对值 | …: the table's title over its labels,
    # no column; the year it names, if one, is the table's
    titled = _a_title(header[2][0][1])
    over_labels = over_labels or (_labels_period(header[2][0][1], _TITLE_CELL) if titled else "")
    period = over_labels or period
    times = {j: _column_period(t, month) for j, (_, t) in enumerate(header[2])
             if (j or not (over_labels or titled)) and _header("time_headers", r"\d{4}").search(t) and _column(t)[0] == "level"}
    ago = _year_ago_by_year(times, header[2])  # 2008年 | 2007年 | 增长%: the year before's amounts, the rate against them
    times = {j: p for j, p in times.items() if j not in ago}
    unresolved = {j for j, p in times.items() if p is None}
    if (unresolved and not any(_column(t)[0] in _PRIOR for _, t in header[2])) \
            or (times and not _a_monthly_layout(header[2], times, block, ago)):
        return []  # columns of months or quarters (1-3月 in no month's release): periods unresolved
    # 本年本月累计 | 上年同期 | 增长速度(%) in a release that names no month: an amount of a column of
    # no known period is named by its column, and meets the rate and the earlier amount beside it
    named_by_column = {j: _UNIT.sub("", header[2][j][1]).replace(" ", "") for j in unresolved}
    times = {j: "" if j in unresolved else p for j, p in times.items()}
    if any(_a_place(t) for _, t in header[2][1:]):
        return []  # | 北 京 市 | 西 城 区 |: columns of places (and periods under them), not of measures
    columns = _first_group(header[2], [("year_ago", _column(t)[1]) if j in ago else _column(t)
                                       for j, (_, t) in enumerate(header[2])], times)
    kinds = [kind for kind, _ in columns[1:]]
    if kinds.count("growth") >= 2 and "level" not in kinds and not times:
        # 比上年同期 | 增长(%) over 地区生产总值 | 19349.31 | -5.7: a header broken over lines lost its amount's
        # column (总量(亿元)); two rates of one row and period would be one rate stated twice
        return []
    body = block[block.index(header) + 1:]
    data = [r for r in body if any(_NUMBER.match(t) for _, t in r[2][1:])]
    if not data:
        return []
    if len(header[2]) + 1 < min(len(r[2]) for r in data):
        # 按输出地分 | 规模 | 构成 over rows of seven cells: a header of column groups, each spanning
        # columns its second line names (跨省流动 | 省内流动). Only the first column is the first
        # group's own (外出农民工 17190 under 规模; 企业个数 971); which of the others is a share is unsaid.
        columns = columns[:2]
    if not times and _rows_of_places(data) and _measures_named(header[2], columns):
        return _read_places(header[2], columns, data, raw, key, entity, over_labels)
    # 按城鄉分: — a row with a label and no numbers (in a table printed one cell per line) heads
    # the rows after it: the first of them opens parts, like a 其中.
    headed = {id(r) for before, r in zip(body, body[1:])
              if r in data and before not in data and len(before[2]) >= 1 and before[2][0][1]}
    total_label, total_unit = _label(data[0][2][0][1])
    total_metric = total_label
    claims: list[Claim] = []
    whole_read = False  # the first row's amount, or a later row's that is 100% of itself: the shares' whole
    # 产量(吨): a level column named by its measure gives a bare label (粮食) that measure.
    measure = next((_label(t)[0] for (_, t), (kind, _) in zip(header[2][1:], columns[1:]) if kind == "level"), "")
    measure = measure if measure in parts.words()["measure_heads"] and measure not in _words("generic_columns") else ""
    row_levels: list[tuple[bool, str, tuple[Claim, ...]]] = []  # (opens a 其中, label, the row's amounts)
    priors: set[str] = set()  # ids of the earlier amounts among them
    share_base = total_metric  # the whole the share column is of
    # 社会消费品零售总额(亿元) over # 批发零售业, 住宿餐饮业…: a unit only the first row's label names
    # is the table's, in a table with no unit column
    table_unit = total_unit if not any(_label(r[2][0][1])[1] for r in data[1:]) \
        and not any(kind == "unit" for kind, _ in columns) else ""
    # 单位:亿元 on a line just before the table: the unit of the amounts no column names
    line_unit = _unit_line_before(raw, header[1]) if not any(kind == "unit" for kind, _ in columns) else ""
    sections = _sections_repeating_labels(data)
    above_unit = ""  # the unit of the row above
    for row in data:
        line, start, cells = row
        label, label_unit = _label(cells[0][1])
        section_label, section_unit, by_unit = sections.get(id(row), ("", "", False))
        # (其中:出港货邮 under 民航(吨): a part is in its whole's unit)
        label_unit = label_unit or section_unit or (above_unit if _opens_parts(cells[0][1]) else "") or table_unit
        above_unit = label_unit
        row_levels.append((_opens_parts(cells[0][1]) or id(row) in headed, label, ()))
        if _names_a_unit(label):
            continue  # | 其中:定 海 | 亿元 | -25.9 |: a place's row under a section's indicator, which its label does not name
        if times and _names_a_time(cells[0][1]):
            continue  # 地区生产总值(1-6月) under 1-8月累计: a row of another period than its columns
        metric = _metric(label, total_metric)
        if measure and metric == label and not label.endswith(tuple(parts.words()["measure_heads"])):
            metric = label + measure
        metric = part_metric(metric, section_label) if by_unit else section_label + metric
        level: Claim | None = None
        nearest: Claim | None = None  # the amount in the column nearest to the left (本月 | 增长 | 1-本月 | 增长)
        # 二、产业活动单位 | 1029 | 100: a row that is 100% of itself heads the shares of the rows after it
        whole_row = line != data[0][0] and any(
            kind == "share" and _NUMBER.match(t) and float(t.replace(",", "")) == 100 for (_, t), (kind, _) in zip(cells[1:], columns[1:]))
        if whole_row:
            share_base = metric
        row_unit = next((t for (_, t), (kind, _) in zip(cells[1:], columns[1:]) if kind == "unit"), "")
        if row_unit and not _a_unit(row_unit):
            continue  # 移动电话普及率 | 部/百人 | 120.6: a unit the registry lacks names no figure a check can compare
        prior: Claim | None = None  # the earlier amount after ``nearest`` (上年同期, 上期)
        real = _real_by_its_table(metric, total_metric)
        for j, (col, text) in enumerate(cells[1:], 1):
            if j >= len(columns) or not _NUMBER.match(text):
                continue
            kind, unit = columns[j]
            if kind in ("level", *_PRIOR):
                unit = label_unit or row_unit or unit or line_unit
            relations: tuple[Relation, ...] = ()
            at_period = times.get(j, period)
            name = metric + named_by_column.get(j, "")
            if kind in _PRIOR:
                if nearest is None or real:
                    continue  # an earlier amount of no current one (or of a value added its name does not say)
                name, at_period = _earlier(kind, nearest, header[2][j][1])
            elif kind == "growth":  # of the row's amount; in a table of rates only, of the label's metric
                against = _against(header[2][j][1], nearest.metric if nearest is not None else metric, nearest, prior)
                if against is None:
                    continue  # 环比 with no amount of the period before: not a year-on-year rate
                relations, name = against
                if real:
                    relations = (Relation("growth"),)  # (a real rate: the current amounts need not meet it)
                at_period = nearest.period if nearest is not None else period
            elif kind == "share" and whole_read and level is not None and line != data[0][0] and not whole_row:
                relations = (Relation("share", of=level.id, base=Ref(entity, share_base, period)),)
            elif kind != "level":
                continue  # a rate of no amount this row states
            c = _cell_claim(raw, key, (line, start, col, text), unit, entity, name, at_period, relations)
            claims.append(c)
            if kind in _PRIOR:
                prior = c
                priors.add(c.id)
                row_levels[-1] = (*row_levels[-1][:2], (*row_levels[-1][2], c))
            if kind == "level":
                nearest, prior = c, None
                row_levels[-1] = (*row_levels[-1][:2], (*row_levels[-1][2], c))
            if kind == "level" and level is None:
                level = c
                if line == data[0][0] or whole_row:
                    whole_read = True
    # (only the first amount of a row is joined where its columns are no periods: a header read
    # one cell off would join the growth rates as parts)
    # (an earlier amount is no part of a partition: its name is the row's, its period another)
    current = [(o, label, tuple(c for c in levels if c.id not in priors)) for o, label, levels in row_levels]
    claims = _join_parts(claims, current if times else [(o, label, levels[:1]) for o, label, levels in current])
    # (rows that add up in every column, each column a period of its own, are parts all the same:
    # 入境游客 + 国内游客 = 接待过夜游客 in 本月 and in 本月止累计)
    return _join_by_value(claims, row_levels)


def _earlier(kind: str, current: Claim, header: str) -> tuple[str, str]:
    """(name, period) of an earlier amount beside the ``current`` one: a year ago, the same name a
    year before; the period before (上期), or a year before a period not known, a name of its own
    (民政事业费支出上期), as which period that is the table does not say."""
    from factcheck.periods import Period

    p = Period.parse(current.period) if current.period and kind == "year_ago" else None
    if p is not None:
        return current.metric, str(p.shift_years(-1))
    return current.metric + _UNIT.sub("", header).replace(" ", ""), current.period


def _real_by_its_table(metric: str, total: str) -> bool:
    """#工业 | 亿元 | 153.86 | 125.02 | 21.4 under 地区生产总值: a row naming no measure (``measure_heads``)
    in a table whose first row is an indicator at comparable prices is a value added by its place
    in the table, its rate real — though its name does not say so, its current amounts need not
    meet it."""
    return _at_comparable_prices(total) and not _at_comparable_prices(metric) \
        and not metric.endswith(tuple(parts.words()["measure_heads"]))


def _at_comparable_prices(metric: str) -> bool:
    """增加值, 地区生产总值 (``comparable_price_metrics`` in ``growth.yaml``): a real rate's indicator."""
    return any(w in metric for w in lexicon.load("growth.yaml")["comparable_price_metrics"])


def _against(header: str, metric: str, nearest: Claim | None, prior: Claim | None):
    """(relations, name) of a rate in the column ``header``: the growth of the row's amount
    ``nearest``, against the earlier amount ``prior`` beside it — except at comparable prices
    (增加值: a real rate, which current amounts need not meet). A rate against the period before
    (环比) is named so, and read only beside that period's amount (None)."""
    mom = _header("month_on_month_headers").search(header)
    if mom and (prior is None or nearest is None):
        return None
    name = metric + mom.group() if mom else metric
    if nearest is None:
        return (Relation("growth"),), name
    if prior is not None and not _at_comparable_prices(metric):
        return (Relation("growth", of=nearest.id, by=prior.id),), name
    if mom:
        return None  # (a real rate against the period before: nothing here to check it by)
    return (Relation("growth", of=nearest.id),), name


def _first_group(cells, columns: list[tuple[str, str]], times: dict) -> list[tuple[str, str]]:
    """法人单位 | 个体经营户 over 数量(个) | 比重(%) | 数量(个) | 比重(%): an amount's column named again is
    another group's (named on a row above, which this reader does not join to its columns); only
    the columns before it are read. Columns of periods (本月 | 增长 | 累计 | 增长) are not groups."""
    if times:
        return columns
    seen: set[str] = set()
    for j, ((_, text), (kind, _)) in enumerate(zip(cells, columns)):
        if j and kind == "level" and re.search(r"[\u4e00-\u9fff]", text):  # (not a rule line, ---)
            if text in seen:
                return columns[:j]
            seen.add(text)
    return columns


def _sections_repeating_labels(data) -> dict[int, tuple[str, str, bool]]:
    """一、接待过夜游客(人次) | … over 入 境 游 客, 国 内 游 客, then 二、接待过夜游客人均停留天数(天/人) over the
    same labels: rows under numbered sections (``_SECTION``) whose labels come again under another
    section are that section's indicator's breakdown — each row's (section label, section unit,
    whether the section is named by its unit) by ``id`` of the row, for those rows only (a label
    under one section alone names its figure). A row whose label names its unit and comes once
    opens a section too (货物运输量(万吨) over 铁路, 公路, then 客运量(万人) over 铁路, 公路): its
    rows are 铁路货物运输量, 铁路客运量."""
    labels = [_label(r[2][0][1].strip()) for r in data]
    once = {name for name, _ in labels if [n for n, _ in labels].count(name) == 1}
    section = None
    under: list[tuple[int, str, tuple[str, str, bool]]] = []  # (row id, label, section)
    for row, (name, unit) in zip(data, labels):
        text = row[2][0][1].strip()
        if _SECTION.match(text):
            section = (*_label(text), False)
        elif unit and name in once and not _opens_parts(text):
            section = (name, unit, True)
        elif section is not None:
            under.append((id(row), name, section))
    sections_of: dict[str, set] = defaultdict(set)
    for _, label, sec in under:
        sections_of[label].add(sec)
    return {key: sec for key, label, sec in under if len(sections_of[label]) > 1}


_LINES_BEFORE = 3  # lines between a unit line and its table's header at most (a title, blanks)


@cache
def _unit_line() -> re.Pattern:
    """单位:亿元 (or 计量单位：万元,%): a line naming the unit of a table's amounts."""
    return re.compile(r"(?:" + "|".join(map(re.escape, _words("unit_headers"))) + r")\s*[:：]\s*([^\s;；|｜]+)")


def _unit_line_before(raw: str, header_start: int) -> str:
    """The unit a line just before the table's header (which starts at ``header_start``) states
    for its amounts (单位:亿元; 单位:万元,% — the first unit is the amounts'), or ''. Only blank lines
    and one title may stand between."""
    texts, end = 0, header_start - 1
    for _ in range(_LINES_BEFORE):
        if end < 0:
            return ""
        start = raw.rfind("\n", 0, end) + 1
        text, end = raw[start:end].strip(" |｜\t"), start - 1
        if not text:
            continue
        m = _unit_line().match(text)
        if m:
            # (单位:亿元、元、%: amounts in more than one unit, which row has which unknown)
            amounts = [u for u in re.split(r"[,，、/]", m.group(1)) if u and u not in ("%", "‰")]
            return amounts[0] if len(amounts) == 1 and _a_unit(amounts[0]) else ""
        texts += 1
        if texts > 1:
            return ""
    return ""


def _rows_of_places(data) -> bool:
    """泉州市 | 885 | 8.7, 丰泽区 | 72.0 | 8.0, …: most rows are named by a place or a park (or by a
    word for the article's subject, 全市), at least two of them by a name."""
    named = sum(1 for r in data if _names_a_unit(_label(r[2][0][1])[0]))
    subject = sum(1 for r in data if _label(r[2][0][1])[0].replace(" ", "") in lexicon.entities()["references"])
    return named >= 2 and 3 * (named + subject) >= 2 * len(data)


def _measures_named(cells, columns) -> bool:
    """县(市、区) | 常住人口(万人) | 出生率(‰): every column of amounts names what it measures — an
    indicator, or a name ending in a measure (年末存款余额) — so each cell can be a place's figure of
    it, or a name with its unit (城镇化水平(%)). A column of 绝对数 or 总量 under a caption this reader
    does not see names nothing."""
    levels = [_label(t) for (_, t), (kind, _) in zip(cells[1:], columns[1:]) if kind == "level"]
    heads = tuple(parts.words()["measure_heads"])
    return bool(levels) and all(
        len(m := name.replace(" ", "")) >= 2 and m not in _words("generic_columns") and not _NUMBER.match(m)
        and (bool(unit) or indicator_of(m) is not None or any(m.endswith(h) and len(m) > len(h) + 1 for h in heads))
        for name, unit in levels)


def _read_places(cells, columns, data, raw, key, subject, period) -> list[Claim]:
    """A table whose rows are places and whose columns are measures: each amount is its row's
    place's figure of its column's measure; a growth column is of the amount to its left. No
    part is joined to a whole (a row 鲤城区(含开发区) before 鲤城区 and 开发区: rows can overlap), and
    the period is the one the header names or none — the article's main one, so a table of
    last year's figures in this year's bulletin can agree with the text but not conflict."""
    refs = lexicon.entities()["references"]
    claims: list[Claim] = []
    for line, start, row in data:
        label = _label(row[0][1])[0].replace(" ", "")
        if refs.get(label) == "park":
            continue  # 开发区: which park, in a table of the city's counties?
        if label in refs:
            who = subject
        elif _names_a_unit(label):
            who = canonical(label)
        else:
            continue  # 合计, 其他: no place of its own
        nearest: Claim | None = None
        for j, (col, text) in enumerate(row[1:], 1):
            if j >= len(columns) or not _NUMBER.match(text):
                continue
            kind, unit = columns[j]
            if kind not in ("level", "growth"):
                continue
            name, named_unit = _label(cells[j][1])
            relations: tuple[Relation, ...] = ()
            if kind == "growth":
                if nearest is None:
                    continue
                relations, name, unit = (Relation("growth", of=nearest.id),), nearest.metric, "%"
            else:
                unit = named_unit or unit
            c = _cell_claim(raw, key, (line, start, col, text), unit, who, name.replace(" ", ""), period, relations)
            claims.append(c)
            if kind == "level":
                nearest = c
    return claims


def _cell_claim(raw: str, key: str, cell: tuple[int, int, int, str], unit: str, entity: str, metric: str,
                period: str, relations: tuple[Relation, ...]) -> Claim:
    """The claim of one numeric cell (its row's line and start, its column, its text), placed on the
    line it stands on."""
    line, start, col, text = cell
    n = parse_number(text.lstrip("-"))
    at, column, line_start = _place(raw, start, line, col)
    return Claim(id=_id(key, at, column, text), article=key, line=at, column=column + 1, quote=text,
                 value=-n.value if text.startswith("-") else n.value, unit=unit, precision=n.precision,
                 entity=entity, metric=metric, period=period, relations=relations,
                 sentence=raw[line_start:].split("\n")[0])


def _year_ago_by_year(times: dict, cells) -> set[int]:
    """指标名称 | 单位 | 2008年 | 2007年 | 增长%: a column of a whole year right after the column of the
    year after it, and followed by a column of rates that says it is one (增长%, not 增减: a change
    in the amounts' unit), holds the amounts a year before — the earlier amounts the rate is against."""
    from factcheck.periods import Period

    years = {j: Period.parse(p) for j, p in times.items() if p}
    marks = tuple(_words("rate_header_marks"))
    return {j for j, p in years.items() if j - 1 in years and p is not None and years[j - 1] is not None
            and p.is_calendar_year() and str(p.shift_years(1)) == str(years[j - 1]) and j + 1 < len(cells)
            and _column(cells[j + 1][1])[0] == "growth" and any(m in cells[j + 1][1] for m in marks)}


def _a_monthly_layout(cells, times: dict, block, ago: set[int] = frozenset()) -> bool:
    """指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%): a label's column first, each
    period's amount followed by its rate (or last), no column of a plan, and no row wider than the
    header — the one layout of periods read (two-row headers and plans beside actuals are not)."""
    from factcheck.extract.relations import plan_words

    texts = [t for _, t in cells]
    if not texts or texts[0] in times or _NUMBER.match(texts[0]) or any(plan_words().search(t) for t in texts):
        return False
    kinds = ["year_ago" if j in ago else _column(t)[0] for j, t in enumerate(texts)]
    # (本月 | 上年同期 | 增长: an earlier amount may stand between an amount and its rate)
    if any(next((k for k in kinds[j + 1:] if k not in _PRIOR), "growth") != "growth" for j in times):
        return False
    return all(len(r[2]) <= len(cells) for r in block if r[2] is not cells)


def _month_named(cells, period: str) -> tuple[int, int] | None:
    """(year, month) of a header that names its month (6月 | 1-6月累计 | 累计) in a release of the
    year ``period``, when the title named none."""
    from factcheck.extract.timeexpr import find_time_exprs

    if not period.isdigit():
        return None
    ends = {t.period.end.month for _, text in cells for t in find_time_exprs(_UNIT.sub("", text), int(period))
            if t.period is not None and not t.vague and t.period.end is not None and t.period.end.month}
    return (int(period), ends.pop()) if len(ends) == 1 else None


def _a_title(text: str) -> bool:
    """2023年四川省规模以上文化及相关产业企业相关指标情况: a cell over the labels too long for a
    header cell and short enough for a title, with no punctuation of a sentence."""
    label = _UNIT.sub("", text).replace(" ", "")
    return _HEADER_CELL < len(label) <= _TITLE_CELL and not re.search(r"[,，;；。:：]", label)


def _names_a_time(label: str) -> bool:
    """地区生产总值(1-6月): a row's label that names a time of its own."""
    from factcheck.extract.timeexpr import find_time_exprs

    return any(not t.vague for t in find_time_exprs(label, _ANY_YEAR))


_ANY_YEAR = 2000  # (a month with no year still names a time; which year does not matter here)


def _labels_period(text: str, longest: int = 0) -> str:
    """The period the cell over the labels names (2024年一季度 | 增加值(亿元) | 增长(%)): every
    figure of the table's; '' when it names none, or no year. ``longest``: the cell's length at
    most (a header cell's by default)."""
    from factcheck.extract.timeexpr import find_time_exprs

    label = _UNIT.sub("", text).replace(" ", "")
    if len(label) > (longest or _HEADER_CELL) or re.search(r"[,，;；。:：]", label):
        return ""  # (全县实现…表1 2020年主要农产品产量 产品名称: prose run into a table, no header cell)
    named = [t.period for t in find_time_exprs(label, 0) if t.period is not None and not t.vague]
    if len(named) == 1 and named[0].start is not None and named[0].start.year > 0 \
            and re.search(r"\d{4}", label):
        return str(named[0])
    return ""


_HEADER_CELL = 16  # characters at most in a header cell that names a period
_TITLE_CELL = 40  # and in a table's title printed as that cell


def _column_period(text: str, month: tuple[int, int] | None) -> str | None:
    """The period a column of a monthly release holds: 本月 (the month), 1-本月 or 累计 (the year
    to it), or one it names (9月, 1-9月累计); None when it cannot be told (no month, 上年同期)."""
    from factcheck.extract.timeexpr import find_time_exprs
    from factcheck.periods import Period, Point

    if month is None:
        return _labels_period(text) or None  # 指标名称 单位 2023年 增长(%): a column of a year it names
    year, m = month
    label = _UNIT.sub("", text).replace(" ", "")
    named = [t.period for t in find_time_exprs(label, year) if t.period is not None and not t.vague]
    if len(named) == 1 and named[0].start is not None and named[0].start.year == year:
        return str(named[0])
    if any(w in label for w in _words("to_date_columns")):
        return str(Period.year(year) if m == 12 else Period(Point(year, 1), Point(year, m)))
    if any(label.startswith(w) for w in _words("month_columns")):
        return str(Period(Point(year, m), Point(year, m)))
    return None


def _over_the_numbers(row) -> bool:
    """| 比上年增长(%) over | 规模以上工业增加值 | 2.7: a header with nothing over the labels (a
    table printed one cell per line, whose header cell stands alone)."""
    cells = row[2]
    return len(cells) >= 2 and not cells[0][1] and all(t and not _NUMBER.match(t) for _, t in cells[1:])


def _one_column(row, block) -> bool:
    """指标名称 | 涨跌幅(%) over 食品烟酒 | -2.1: a header of one column, which names a rate or a
    unit, over rows of a label and one number."""
    cells = row[2]
    if len(cells) != 2 or not cells[0][1] or any(_NUMBER.match(t) for _, t in cells):
        return False
    kind, unit = _column(cells[1][1])
    if not unit and kind == "level":
        return False
    after = block[block.index(row) + 1:]
    return bool(after) and all(len(r[2]) == 2 and _NUMBER.match(r[2][1][1]) for r in after[:2])


def _lacks_label(row, block) -> bool:
    """A header of words only, one cell short of the data row after it: a scraper dropped the
    empty cell above the labels (| 绝对数(亿元) | 比上年增长(%) | over 地区生产总值 | 617.50 | 5.2 |)."""
    cells = row[2]
    if len(cells) < 2 or any(_NUMBER.match(t) or not t for _, t in cells):
        return False
    after = block[block.index(row) + 1:]
    nxt = next((r for r in after if any(_NUMBER.match(t) for _, t in r[2][1:])), None)
    return nxt is not None and len(nxt[2]) == len(cells) + 1 and not _NUMBER.match(nxt[2][0][1]) \
        and all(_NUMBER.match(t) for _, t in nxt[2][1:])


def _opens_parts(label: str) -> bool:
    """其中:城镇, or # 批发零售业 (the statistical mark of 其中) — the row opens the parts of a row
    above it."""
    return label.lstrip().startswith("#") or any(label.lstrip("# ").startswith(w) for w in _words("part_label_prefixes"))


def _join_parts(claims: list[Claim], rows: list[tuple[bool, str, tuple[Claim, ...]]]) -> list[Claim]:
    """其中:城镇 | 48443, 乡村 | 50066 under 全县人口 | 98509: the rows from a 其中 to the next are
    parts of the last row above them outside any 其中, column by column (本月 | 1-本月) — only where
    they name a whole partition (城镇/乡村, 男性/女性): without indentation, a 其中 under 第二产业
    (工业, 建筑业) cannot be told from the 第三产业 row after it."""
    groups: list[tuple[tuple[Claim, ...], list[tuple[str, tuple[Claim, ...]]]]] = []
    total: tuple[Claim, ...] = ()
    for opens, label, levels in rows:
        if opens:
            groups.append((total, [(label, levels)]))
        elif groups and groups[-1][1] and not _closes(groups[-1], label):
            groups[-1][1].append((label, levels))
        else:
            total = levels
    joined: dict[str, Claim] = {}
    named: dict[str, str] = {}  # a part row's amount (id) → the part's full name
    for wholes, members in groups:
        if not wholes or any(len(levels) != len(wholes) for _, levels in members):
            continue
        if parts.partition_cover([label for label, _ in members], wholes[0].metric) == "whole":
            for _, levels in members:
                for c, whole in zip(levels, wholes):
                    joined[c.id] = replace(c, relations=(*c.relations, Relation("part_of", of=whole.id)))
                    # 其中:城镇 under 常住人口: the row's figures are 城镇常住人口's, as the text names them
                    named[c.id] = part_metric(c.metric, whole.metric)
    out = [joined.get(c.id, c) for c in claims]
    # (its rate and share, on its row — or on lines of their own in a table printed one cell a line —
    # are of that name too)
    row_of = {c.id: next((r.of for r in c.relations if r.type in ("growth", "share") and r.of in named), c.id)
              for c in out}
    by_id = {c.id: c for c in out}
    return [replace(c, metric=named[row_of[c.id]]) if row_of[c.id] in named
            and c.metric == by_id[row_of[c.id]].metric else c for c in out]


_PRIOR = ("year_ago", "previous")  # kinds of a column of earlier amounts (``_column``)
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])")  # 一.医院, (二)
_CHANCE = 100  # a whole below this in a table's only amount column is matched by value only with others


def _join_by_value(claims: list[Claim], rows: list[tuple[bool, str, tuple[Claim, ...]]]) -> list[Claim]:
    """总计 | 2901 | 100587 over 一.医院 | 414 | 95386 … 二.基层医疗卫生机构 | 2465 | 3016 …, or 专科医院 | 135 |
    19130 over the rows of its kinds right after it: rows that add up, in every amount column, to a
    row above them are its parts — the numbered sections of the table (一., 二., …) to the row before
    the first, or a run of two or more rows right after a row; whole numbers exactly, and no part
    below zero (a column of changes adds up to anything). Found only by their values (a table
    read without its indentation says no more), the parts are joined to say that they agree; a run
    whose sum misses is no run, so nothing is said against it."""
    rows = [(label, levels) for _, label, levels in rows if levels]
    joined: dict[str, tuple[Claim, ...]] = {}  # row's first claim id → the row's totals

    def adds_up(parts, whole) -> bool:
        if any(len(levels) != len(whole) for _, levels in parts):
            return False
        if len([w for w in whole if w.value > 0]) < 2 and max(w.value for w in whole) < _CHANCE:
            return False  # (2 = 1 + 1: small counts in one column add up by chance)
        for k, w in enumerate(whole):
            values = [levels[k] for _, levels in parts]
            # whole numbers add up exactly (counts; a table's rounding is in its decimals)
            exact = all(float(v.value).is_integer() and v.precision >= 1 for v in (*values, w))
            # (a 0 is none: it holds no rounding, though written without decimals)
            slack = 0 if exact else sum(v.precision for v in values if v.value) / 2 + w.precision / 2
            if w.value <= 0 or any(v.value < 0 for v in values) or abs(sum(v.value for v in values) - w.value) > slack + 1e-9:
                return False
        return True

    sections = [i for i, (label, _) in enumerate(rows) if _SECTION.match(label)]
    if len(sections) >= 2 and sections[0] > 0 and adds_up([rows[i] for i in sections], rows[sections[0] - 1][1]):
        for i in sections:
            joined[rows[i][1][0].id] = rows[sections[0] - 1][1]
    for i, (_, whole) in enumerate(rows):
        for j in range(i + 3, len(rows) + 1):
            run = rows[i + 1:j]
            if any(levels[0].id in joined for _, levels in run) or any(
                    _SECTION.match(label) for label, _ in run):
                break  # (a section's rows end at the next section)
            if adds_up(run, whole):
                for _, levels in run:
                    joined[levels[0].id] = whole
                break
    # each amount's row and column, by id (a claim joined by ``_join_parts`` is a new object)
    place = {c.id: (levels[0].id, k) for _, levels in rows for k, c in enumerate(levels)}
    out = []
    for c in claims:
        row, k = place.get(c.id, (None, 0))
        wholes = joined.get(row)
        if wholes is None or c.relation("part_of") is not None:
            out.append(c)
            continue
        out.append(replace(c, relations=(*c.relations, Relation("part_of", of=wholes[k].id))))
    return out


def _closes(group, label: str) -> bool:
    """A row after a whole partition's last member is no member of it."""
    return parts.partition_cover([name for name, _ in group[1]]) == "whole" and \
        parts.partition_cover([name for name, _ in group[1]] + [label]) != "whole"


def _place(raw: str, start: int, line: int, col: int) -> tuple[int, int, int]:
    """(line, column, line start) of the cell ``col`` characters after its row's start: a cell
    of a row broken by a scraper sits on a line of its own, below its label."""
    nl = raw.rfind("\n", start, start + col)
    if nl < 0:
        return line, col, start
    return line + raw.count("\n", start, start + col), start + col - nl - 1, nl + 1


def _bracketed_unit(text: str) -> tuple[str, bool]:
    """(the unit in brackets, whether brackets hold a remark instead): 总量(万元) → (万元, False);
    固定资产投资(不含农户) → ("", True)."""
    m = _UNIT.search(text)
    unit = m.group(1).strip() if m else ""
    if unit and not _a_unit(unit) and unit != "%":
        return "", True
    return unit, False


def _column(text: str) -> tuple[str, str]:
    """What a header cell's column holds: (level | growth | share | unit | constant | year_ago |
    previous, unit)."""
    if text in _words("unit_headers"):
        return "unit", ""  # 单位: each row's unit (万元, 吨)
    unit, _ = _bracketed_unit(text)
    if _header("growth_headers").search(text):
        return "growth", "%"
    if _header("share_headers").search(text):
        return "share", "%"
    label = _UNIT.sub("", text).replace(" ", "")
    for kind in ("year_ago", "previous"):  # (上年同期数, 上年同期累计: a word or two after the name)
        if any(label.startswith(w) and len(label) <= len(w) + 2 for w in _words(f"{kind}_columns")):
            return kind, "" if unit in ("%",) else unit
    if _header("constant_price_headers").search(text):
        return "constant", unit  # 不变价(万元): not read (see ``constant_price_headers``)
    return "level", "" if unit in ("%",) else unit


def _label(text: str) -> tuple[str, str]:
    """地区生产总值(亿元) → (地区生产总值, 亿元); 其中:限额以上… → (限额以上…, ""); 固定资产投资
    (不含农户): a remark in brackets, no unit, stays in the label."""
    unit, remark = _bracketed_unit(text)
    return _label_without_unit(text if remark else _UNIT.sub("", text)), unit


def _label_without_unit(label: str) -> str:
    parts_words = "|".join(map(re.escape, _words("part_label_prefixes")))
    label = re.sub(rf"^(?:#\s*|(?:{parts_words})\s*[:：]?|\s)+", "", label).strip()
    label = _FOOTNOTE.sub("", label)  # 第一产业[2]: a note's number, no part of the name
    label = _SPACED.sub("", label)  # 入 境 游 客: a label spaced out to the column's width is one word
    return _ITEM_NUMBER.sub("", label)  # 一、农林牧渔业总产值: the row's number in its list


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_FOOTNOTE = re.compile(r"\s*(?:\[\d{1,2}\]|[①-⑩])\s*$")


def _metric(label: str, total: str) -> str:
    """第一产业 in a table of 地区生产总值 → 第一产业增加值: a label naming no measure takes the
    measure its total's parts are stated in."""
    words = parts.words()
    heads = words["measure_heads"]
    if label == total or label.endswith(tuple(heads)):
        return label
    head = next((h for h in words["distinct_measures"] if total.endswith(h)), "")
    made_of = words["made_of"].get(head, [])
    if made_of:
        return label + made_of[0]
    return label + head if head else label


def _id(key: str, line: int, column: int, text: str) -> str:
    return "c" + hashlib.sha1(f"{key}\x00table\x00{line}\x00{column}\x00{text}".encode("utf-8")).hexdigest()[:8]
