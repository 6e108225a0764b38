"""Articles on disk: discovery, decoding, and sidecar metadata.

Any ``.txt`` or ``.md`` file under the articles folder, at any depth, is an article. Its
metadata lives beside it in ``<name>.meta.yaml`` (title, date, outlet, script, subject,
aliases); the article text itself is never edited. Without a sidecar the publication date
is inferred from the text where it can be, and the assumption is recorded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from factcheck import lexicon
from factcheck.errors import FactcheckError, did_you_mean
from factcheck.layout import SOURCE_FORMATS
from factcheck.periods import Period

ARTICLE_SUFFIXES = (".txt", ".md")
META_KEYS = {"title", "date", "outlet", "script", "source_format", "subject", "aliases", "url", "note"}
MAX_ARTICLE_BYTES = 16 * 1024 * 1024  # one news article is kilobytes; larger is a dump to split


@dataclass
class Article:
    key: str  # path relative to the project root, with forward slashes
    path: Path
    text: str  # decoded raw text (BOM removed; line breaks as in the file)
    sha256: str
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)
    date: Period | None = None
    date_assumed: str = ""  # how the date was inferred, when no sidecar gave it
    year_guessed: bool = False  # the year is only the latest the text names: 去年 and 今年 stay unresolved

    @cached_property
    def subject(self) -> str:
        """The unit the article reports on, in simplified script as the text is read (a sidecar of a
        traditional-script article may write 江蘇省: it is 江苏省, the same unit as elsewhere)."""
        return _simplified(str(self.meta.get("subject") or ""))

    @property
    def source_format(self) -> str | None:
        return self.meta.get("source_format") or None

    @cached_property
    def aliases(self) -> list[str]:
        """Words the text uses for the subject (全市, 該區), matched against the simplified text."""
        return [_simplified(str(a)) for a in self.meta.get("aliases") or []]

    @property
    def reporting_year(self) -> int | None:
        """The year 今年/全年/本年 refer to: a single year named in the title beats the
        publication date, and a statistical bulletin (统计公报) reports on the year before it
        is published. Without either, the publication year."""
        named = title_year(self)
        if named is not None:
            return named
        title = title_of(self)
        if self.year is not None and any(w in title for w in lexicon.load("reporting.yaml")["previous_year_titles"]):
            return self.year - 1
        return self.year

    @property
    def calendar_year(self) -> int | None:
        """The year 今年 and 去年 count from: the publication year in news of a year just ended
        (a title naming the whole of 2021, published in 2022: 去年全年 is 2021, 今年 is 2022), the
        reporting year otherwise. A bulletin's 今年 is the year it reports on, and a title naming
        part of a year (2018年上半年) published the next year is a repost, its 今年 the title's."""
        named = title_year(self)
        title = title_of(self)
        dated = self.date is not None and not self.year_guessed and (self.date.end or self.date.start).month
        words = lexicon.load("reporting.yaml")
        if named is None or not dated or self.year != named + 1 \
                or any(w in title for w in words["previous_year_titles"] + words["part_of_year_titles"]):
            return self.reporting_year
        return self.year

    @property
    def year(self) -> int | None:
        if self.date is None:
            return None
        if self.date.end is not None:
            return self.date.end.year if self.date.start is None else self.date.start.year
        return self.date.start.year if self.date.start else None


_YEAR_IN_TITLE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*全?年")  # 2021年, 2014全年
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}")


def _simplified(text: str) -> str:
    from factcheck.normalize import to_simplified  # (OpenCC loads its tables only when there is text)

    return to_simplified(text) if text else text


def _years_named(pattern: re.Pattern, text: str) -> list[int]:
    """The years ``pattern`` finds in ``text``, less those a span starts from (创2008年以来新高: before
    the text was written, not its year; ``title_year_starts`` in ``reporting.yaml``)."""
    starts = tuple(lexicon.load("reporting.yaml")["title_year_starts"])
    return [int(m.group(1)) for m in pattern.finditer(text) if not text.startswith(starts, m.end())]


def title_year(article: Article) -> int | None:
    """The single year the title names (2021年全市国民经济…), None when it names none, two or a span."""
    title = title_of(article)
    named = set(_years_named(_YEAR_IN_TITLE, title))
    return named.pop() if len(named) == 1 and not _YEAR_SPAN.search(title) else None


def title_of(article: Article) -> str:
    """The sidecar's title, else the text's first line when it is short enough to be one."""
    return str(article.meta.get("title") or "") or _first_line(article.text)


def _first_line(text: str) -> str:
    """A text's first non-blank line, when it is short enough to be its title."""
    for line in text[:2000].splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 60 else ""
    return ""


def meta_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yaml")


def discover(paths: list[Path], root: Path) -> list[Path]:
    """Article files under ``paths`` (files or folders), sorted, without duplicates."""
    found: dict[Path, None] = {}
    for p in paths:
        if not p.exists():
            raise FactcheckError("no such file or folder", str(p))
        p = p.resolve()
        if p.is_file():
            found[p] = None
            continue
        for f in sorted(p.rglob("*")):
            if f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith(".") and f.is_file():
                found[f] = None
    root = root.resolve()
    return sorted(found, key=lambda f: relkey(f, root, resolved=True))


def relkey(path: Path, root: Path, resolved: bool = False) -> str:
    if not resolved:
        path, root = path.resolve(), root.resolve()
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Text and encoding of an article's bytes: UTF-8 (with or without BOM), UTF-16 with BOM,
    or the Chinese legacy encodings GB18030 and Big5, which real Chinese sites still serve."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FactcheckError("binary file, not an article (it contains NUL bytes)", where)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_score(text), enc, text))
    if not candidates:
        raise FactcheckError("cannot decode: not UTF-8, GB18030 or Big5", where)
    candidates.sort(reverse=True)
    _, enc, text = candidates[0]
    return text, enc


def _cjk_score(text: str) -> float:
    """Share of common CJK characters: the right legacy decoding yields ordinary Chinese text."""
    if not text:
        return 0.0
    common = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    rare = sum(1 for c in text if "\u3400" <= c <= "\u4dbf" or "\ue000" <= c <= "\uf8ff")
    return (common - 5 * rare) / len(text)


def load_meta(path: Path, root: Path) -> dict:
    from factcheck import yamlio

    mp = meta_path(path)
    if not mp.exists():
        return {}
    data = yamlio.load_with_lines(mp, root)
    if data is None:
        return {}
    where = relkey(mp, root)
    if not isinstance(data, dict):
        raise FactcheckError("a sidecar must be a mapping of keys to values", where, 1)
    for key in data:
        if key not in META_KEYS:
            yamlio.reject_unknown({key: None}, META_KEYS, where, data.line_of(key))
    fmt = data.get("source_format")
    if fmt is not None and fmt not in SOURCE_FORMATS:
        raise FactcheckError(f"source_format {fmt!r} is not one of {', '.join(SOURCE_FORMATS)}"
                             f"{did_you_mean(str(fmt), SOURCE_FORMATS)}", where, data.line_of("source_format"))
    meta = dict(data)
    if meta.get("date") in (None, ""):
        meta.pop("date", None)  # (date: null — not known: read from the text, as with no key)
    else:
        try:
            Period.parse(str(meta["date"]))
        except ValueError as exc:
            raise FactcheckError(f"bad date: {exc}", where, data.line_of("date")) from None
    return meta


def load_article(path: Path, root: Path) -> Article:
    key = relkey(path, root)
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise FactcheckError(f"article is {size / (1024 * 1024):.0f} MB, over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB "
                             "limit for one article; split the file into its articles", key)
    data = path.read_bytes()
    text, encoding = decode(data, key)
    meta = load_meta(path, root)
    article = Article(key=key, path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
                      encoding=encoding, meta=meta)
    if "date" in meta:
        article.date = Period.parse(str(meta["date"]))  # (checked by load_meta)
    else:
        article.date, article.date_assumed = infer_date(text)
        # (a dateline gives a day; a year alone is the latest the text names, not when it was published)
        article.year_guessed = article.date is not None and article.date.start.month is None
    return article


_DATE_LINE = re.compile(r"(?:日期|发布时间|发布日期|时间)\s*[:：]\s*((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_CN_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")  # 13.01.2017
_YEAR = re.compile(r"((?:19|20)\d{2})年")


def infer_date(text: str) -> tuple[Period | None, str]:
    """Guess the publication date from a dateline, a date near the top, or the latest year named."""
    head = text[:3000]
    # 新华社北京1月26日电: a dateline of no year says the day; a full date near the top that is another
    # day (2020年1月3日,中央财经委员会第六次会议…) is an event the text tells of, not when it came out.
    filed = re.search(r"(\d{1,2})月(\d{1,2})日(?:" + lexicon.load("extraction.yaml")["dates"]["dateline_after"] + ")",
                      _simplified(head[:300]))  # (新華社…1月26日電)
    for pattern, why, order in ((_DATE_LINE, "the dateline", (1, 2, 3)), (_ISO, "a date near the top", (1, 2, 3)),
                                (_CN_DATE, "a date near the top", (1, 2, 3)), (_DMY, "a dateline", (3, 2, 1))):
        m = pattern.search(head)
        if m:
            y, mo, d = (int(m.group(i)) for i in order)
            if filed and (mo, d) != (int(filed.group(1)), int(filed.group(2))) and pattern is not _DATE_LINE:
                continue
            try:
                p = Period.parse(f"{y:04d}-{mo:02d}-{d:02d}")
            except ValueError:
                continue
            return p, f"date {p} taken from {why} (no sidecar)"
    years = _years_named(_YEAR, text)
    if years:
        y = max(years)
        return Period.year(y), f"year {y} assumed: the latest year the text names (no sidecar)"
    return None, "no date found: relative periods (今年, 去年) are left unresolved"


def load_corpus(paths: list[Path], root: Path) -> list[Article]:
    articles = [load_article(p, root) for p in discover(paths, root)]
    return articles
