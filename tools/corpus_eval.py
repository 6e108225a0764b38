"""Score factcheck on the development corpus against hand-written truth (``make eval``).

The corpus (``tests/corpus/``) holds real articles the extractor was never tuned on, each
with a truth file written by hand before factcheck ran on it (format: tests/corpus/README.md).
This script copies nothing and reviews nothing: it points a throw-away project at the
articles, runs ``factcheck extract`` and ``factcheck run -f json`` as a user would (so no
claim is reviewed), and matches every finding to the truth through its evidence:

- a truth figure ``{line, text}`` is *cited* by a finding when one of the finding's evidence
  claims sits on that raw line with that value (passages cite every line they span);
- a finding *covers* a truth relation when it cites at least ``max(2, ceil(n/2))`` of the
  relation's ``n`` figures (all of them when the relation has two);
- a relation is *recalled* when an ``agree`` or ``conflict`` finding covers it;
- a conflict is *right* when it covers a relation whose expected status is ``conflict``;
  any other conflict is false, and printed with its sentences.

Usage: ``python tools/corpus_eval.py [--corpus DIR] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from factcheck.contracts import DATE_UNIT, WEEKDAY_UNIT

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
TYPES = ("growth", "increment", "difference", "net_change", "share", "sum", "subset", "structure",
         "completion", "multiple", "points", "contribution", "average", "average_growth",
         "enumeration", "same_figure", "period", "span", "date", "copy", "hierarchy", "rank")
STATUSES = ("agree", "conflict", "review")
# The C build of the safe loader when PyYAML has one: the same documents, read five times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_CHINESE = re.compile(r"[零〇一二两兩三四五六七八九十百千万萬亿億]+")


@dataclass(frozen=True)
class Figure:
    article: str  # file name in the corpus
    line: int
    text: str
    entity: str = ""  # what the truth says the figure is about, when it says
    metric: str = ""

    @property
    def value(self) -> float | None:
        return figure_value(self.text)


@dataclass
class Relation:
    article: str
    id: str
    type: str
    figures: tuple[Figure, ...]
    expected: str
    arithmetic: str = ""
    covered_by: list[str] = field(default_factory=list)  # statuses of covering findings

    def needed(self) -> int:
        n = len(self.figures)
        return n if n <= 2 else max(2, math.ceil(n / 2))


@dataclass
class Cited:
    """One evidence item of a finding, resolved to article, lines and (for claims) value."""

    article: str
    first: int
    last: int
    value: float | None  # None for a passage
    quote: str = ""  # a day's or weekday's clause: its value is YYYYMMDD or the weekday, not the number written


_TIMES = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}[-—–~至]\d{1,2}月|\d{1,2}月)?|\d{1,2}[-—–~至]\d{1,2}月")


# A class of things written before their count: a range (20-50亿元) or a bar (50亿元以上).
_CLASSES = re.compile(r"\d+(?:\.\d+)?\s*[-—~～至]\s*\d+(?:\.\d+)?[^\d,，;；]{0,3}?(?=[\u4e00-\u9fff])"
                      r"|\d+(?:\.\d+)?[^\d,，;；]{0,3}?(?:及以上|以上|及以下|以下)")


# A name with a number in it, before the figure: 4G基站18.8万个, 3A级景区14个, PM2.5浓度上升2.8%.
_NAMES = re.compile(r"(?<![\d.])(?:\d+[A-Za-z]+|[A-Za-z]+\d+(?:\.\d+)?)(?=[\u4e00-\u9fff])")
_HALF = re.compile(r"(?:近|过|超过|逾)?一?半数?")
_DOUBLED = re.compile(r"(?:实现)?翻(?:了)?一?番")


@cache  # every finding's evidence is matched against the figures near it: one parse per text
def figure_value(text: str) -> float | None:
    """The number a truth figure states (``5.32亿元`` → 5.32, ``三`` → 3)."""
    text = re.sub(r"\s+", "", text).translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    untimed = _TIMES.sub("", text)
    if _ARABIC.search(untimed):
        text = untimed  # 比2019年1-11月增长3.5%: the figure is the number after the times it names
    unclassed = _CLASSES.sub("", text)
    if _ARABIC.search(unclassed):
        text = unclassed  # 20-50亿元项目2个, 50亿元以上项目1个: the count, not the class it counts in
    unnamed = _NAMES.sub("", text)
    if _ARABIC.search(unnamed):
        text = unnamed  # 4G基站18.8万个: the figure, not the number in its name
    m = _ARABIC.search(text)
    if m:
        negative = text[:m.start()].endswith(("-", "−", "－"))
        return (-1 if negative else 1) * float(m.group().replace(",", ""))
    if _HALF.fullmatch(text):
        return 50.0  # 半数, 过半: half, as a share in percent
    if _DOUBLED.fullmatch(text):
        return 2.0  # 翻番: doubled, a multiple
    m = _CHINESE.search(text)
    if m:
        from factcheck.numbers import parse_chinese

        try:
            return parse_chinese(m.group().translate(str.maketrans("兩萬億", "两万亿"))).value
        except ValueError:
            return None
    return None


def read_yaml(path: Path):
    """One YAML document of the corpus (truth, claims), read safely (no Python objects)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def load_truth(corpus: Path) -> list[Relation]:
    relations: list[Relation] = []
    for path in sorted((corpus / "truth").glob("*.yaml")):
        doc = read_yaml(path) or {}
        article = doc["article"]
        for kind, items in (("relation", doc.get("relations") or []), ("trap", doc.get("traps") or []),
                            ("dispute", doc.get("disputes") or [])):
            for i, r in enumerate(items):
                figs = tuple(Figure(f.get("article", article), int(f["line"]), str(f["text"]),
                                    str(f.get("entity") or ""), str(f.get("metric") or ""))
                             for f in r["figures"])
                if kind == "trap":
                    relations.append(Relation(article, f"trap{i + 1}", "trap", figs, "none"))
                elif kind == "dispute":  # written after the run: factcheck's verdict against the truth's
                    relations.append(Relation(article, f"dispute{i + 1}", "dispute", figs, "disputed",
                                              str(r.get("reason", ""))))
                else:
                    relations.append(Relation(article, str(r.get("id", i + 1)), r["type"], figs,
                                              r["expected"], str(r.get("arithmetic", ""))))
    return relations


def run_factcheck(corpus: Path, work: Path) -> tuple[dict, dict[str, dict]]:
    """Extract and check the corpus in a throw-away project; returns the JSON report and the
    claims by id (with article, line span and value)."""
    (work / "factcheck.yaml").write_text(
        yaml.safe_dump({"articles": str((corpus / "articles").resolve()), "claims": "claims",
                        "cache": ".factcheck-cache"}), encoding="utf-8")
    cmd = [sys.executable, "-m", "factcheck"]
    proc = subprocess.run([*cmd, "extract"], cwd=work, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"factcheck extract failed ({proc.returncode}): {proc.stderr.strip()}")
    out = work / "report.json"
    proc = subprocess.run([*cmd, "run", "-f", "json", "-o", str(out), "--show", "agree"],
                          cwd=work, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factcheck run failed ({proc.returncode}): {proc.stderr.strip()}")
    report = json.loads(out.read_text(encoding="utf-8"))
    claims: dict[str, dict] = {}
    for path in (work / "claims").rglob("*.yaml"):
        doc = read_yaml(path) or {}
        name = Path(str(doc.get("article", ""))).name
        for c in doc.get("claims") or []:
            quote = str(c.get("quote", ""))
            claims[c["id"]] = {"article": name, "first": int(c.get("line", 0)),
                               "last": int(c.get("line", 0)) + quote.count("\n"),
                               "value": c.get("value"), "entity": str(c.get("entity") or ""),
                               "unit": str(c.get("unit") or ""), "quote": quote,
                               "metric": str(c.get("metric") or ""),
                               "relations": [str(r.get("type")) for r in c.get("relations") or []]}
    return report, claims


def cited(finding: dict, claims: dict[str, dict]) -> list[Cited]:
    out = []
    for e in finding["evidence"]:
        c = claims.get(e.get("claim") or "")
        if c is not None:
            out.append(Cited(c["article"], c["first"], c["last"], _num(c["value"]),
                             c["quote"] if c["unit"] in (WEEKDAY_UNIT, DATE_UNIT) else ""))
        else:
            out.append(Cited(Path(e["path"]).name, int(e["line"]), int(e.get("end_line") or e["line"]), None))
    return out


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def cites(ev: Cited, fig: Figure) -> bool:
    if ev.article != fig.article or not ev.first <= fig.line <= ev.last:
        return False
    if ev.value is None:  # a passage cites every figure on its lines
        return True
    if ev.quote and _A_DAY.search(fig.text) and re.sub(r"\s+", "", fig.text) in re.sub(r"\s+", "", ev.quote):
        return True  # 2021-8-11 星期三, 8月3日: the day a weekday or a day figure stands on
    v = fig.value
    if v is not None and math.isclose(ev.value, v, rel_tol=1e-9, abs_tol=1e-9):
        return True
    return _only_times(fig.text)  # 2014年至2016年 (…连续3年): a time is no claim; a finding on its line reads it


@cache
def _only_times(text: str) -> bool:
    """The figure is times and nothing else (2014年至2016年, 2021年): no claim can stand for it."""
    text = re.sub(r"\s+", "", text)
    return bool(_TIMES.search(text)) and not re.search(r"\d", _TIMES.sub("", text))


_A_DAY = re.compile(r"\d\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")  # the figure is a day


def covers(evidence: list[Cited], rel: Relation) -> bool:
    hit = sum(1 for fig in rel.figures if any(cites(ev, fig) for ev in evidence))
    return hit >= rel.needed()


def spoken_of(finding: dict, relations: list[Relation]) -> list[Relation]:
    """The relations near a finding's evidence that it can speak to: a figure changed in a copied
    passage (a duplicates conflict) is right or wrong about a copy, not about whatever other
    relation the passage's lines happen to hold."""
    if finding["check"] == "duplicates" and finding["status"] == "conflict":
        return [r for r in relations if r.type in ("copy", "dispute", "trap")]
    return relations


def relations_by_article(relations: list[Relation]) -> dict[str, list[Relation]]:
    """The relations with a figure in each article: a finding can cover only those of the
    articles it cites (which keeps scoring linear in the corpus, not quadratic)."""
    index: dict[str, list[Relation]] = {}
    for r in relations:
        for name in dict.fromkeys(fig.article for fig in r.figures):
            index.setdefault(name, []).append(r)
    return index


def candidates(evidence: list[Cited], by_article: dict[str, list[Relation]]) -> list[Relation]:
    """The relations a finding with this evidence may cover, each once, in the truth's order."""
    seen: dict[int, Relation] = {}
    for name in dict.fromkeys(ev.article for ev in evidence):
        for r in by_article.get(name, ()):
            seen.setdefault(id(r), r)
    return list(seen.values())


def _covered_in_pieces(relations: list[Relation], pieces: dict[int, list[tuple[set[int], str]]]) -> None:
    """A relation of many figures (three shares of one whole, 23.68 + 56.61 + 19.71 of 500073)
    is checked whole when findings that each tie two or more of its figures together (one
    share each) tie every one of its figures between them: it counts as found, as a conflict
    when one of them is. Agreements and conflicts only; a review covers nothing."""
    for r in relations:
        if len(r.figures) <= 2 or {"agree", "conflict"} & set(r.covered_by):
            continue
        done = [(hit, status) for hit, status in pieces.get(id(r), []) if status in ("agree", "conflict")]
        if set().union(*(hit for hit, _ in done)) == set(range(len(r.figures))):
            r.covered_by.append("conflict" if any(st == "conflict" for _, st in done) else "agree")


def conflict_is_right(matched: list[Relation], tied: list[Relation]) -> bool:
    """A conflict is right when it covers a relation the truth expects to conflict, or when it ties
    two or more figures of one of many figures that the truth expects to conflict, and no relation it
    covers is expected to agree (基础研究经费…占52.3%, one of three shares of one whole, two of them
    off: a conflict on that share alone is the truth's, though it cites three of the seven figures)."""
    if any(r.expected == "conflict" for r in matched):
        return True
    return any(r.expected == "conflict" for r in tied) and not any(r.expected == "agree" for r in matched)


def evaluate(corpus: Path = CORPUS) -> dict:
    relations = load_truth(corpus)
    articles = sorted(p.name for p in (corpus / "articles").iterdir()
                      if p.suffix in (".txt", ".md"))
    with tempfile.TemporaryDirectory(prefix="factcheck-eval-") as tmp:
        report, claims = run_factcheck(corpus, Path(tmp))
    findings = report["findings"]
    false_conflicts, right_conflicts, disputed = [], 0, []
    by_article = relations_by_article(relations)
    pieces: dict[int, list[tuple[set[int], str]]] = defaultdict(list)  # relation → (figures hit, status)
    reviewed: list[dict] = []  # each review item with the truth relations it covers
    for f in findings:
        evidence = cited(f, claims)
        near = spoken_of(f, candidates(evidence, by_article))
        matched = [r for r in near if covers(evidence, r)]
        for r in matched:
            r.covered_by.append(f["status"])
        tied = []
        for r in near:
            if len(r.figures) > 2 and r not in matched:
                hit = {k for k, fig in enumerate(r.figures) if any(cites(ev, fig) for ev in evidence)}
                if len(hit) >= 2:
                    pieces[id(r)].append((hit, f["status"]))
                    tied.append(r)
        if f["status"] == "review":
            reviewed.append({"message": f["message"], "check": f["check"],
                             "matches": [f"{r.article}:{r.id} ({r.type}, expected {r.expected})" for r in matched]})
        if f["status"] == "conflict":
            if conflict_is_right(matched, tied):
                right_conflicts += 1
            elif any(r.type == "dispute" for r in matched):
                d = next(r for r in matched if r.type == "dispute")
                disputed.append({"id": f["id"], "check": f["check"], "message": f["message"],
                                 "dispute": f"{d.article}:{d.id}", "reason": d.arithmetic})
            else:
                why = ", ".join(f"{r.article}:{r.id} ({r.type}, expected {r.expected})" for r in matched)
                false_conflicts.append({"id": f["id"], "check": f["check"], "message": f["message"],
                                        "matches": why or "no relation in the truth",
                                        "evidence": [f"{Path(e['path']).name}:{e['line']}  {e['quote']}"
                                                     for e in f["evidence"]]})
    _covered_in_pieces(relations, pieces)
    fields = field_accuracy(relations, claims)
    real = [r for r in relations if r.type not in ("trap", "dispute")]
    per_type: dict[str, Counter] = defaultdict(Counter)
    for r in real:
        t = per_type[r.type]
        t["relations"] += 1
        if "agree" in r.covered_by or "conflict" in r.covered_by:
            t["recalled"] += 1
        elif "review" in r.covered_by:
            t["review"] += 1
        if r.expected == "conflict":
            t["expected_conflict"] += 1
            t["conflict_found"] += "conflict" in r.covered_by
    by_check = Counter(f["check"] for f in findings if f["status"] == "conflict")
    conflicts = right_conflicts + len(false_conflicts)
    recalled = sum(t["recalled"] for t in per_type.values())
    reviews = sum(1 for f in findings if f["status"] == "review")
    return {
        "articles": len(articles),
        "relations": len(real),
        "traps": sum(1 for r in relations if r.type == "trap"),
        "recalled": recalled,
        "recall": recalled / len(real) if real else 0.0,
        "conflicts": conflicts,
        "right_conflicts": right_conflicts,
        "false_conflicts": false_conflicts,
        "precision": right_conflicts / conflicts if conflicts else 1.0,
        "false_per_50": 50 * len(false_conflicts) / len(articles) if articles else 0.0,
        # If every dispute went the truth's way (the disputed conflicts counted false):
        "disputed": disputed,
        "precision_if_truth_right": right_conflicts / (conflicts + len(disputed)) if conflicts + len(disputed) else 1.0,
        "false_per_50_if_truth_right": 50 * (len(false_conflicts) + len(disputed)) / len(articles) if articles else 0.0,
        "expected_conflicts": sum(1 for r in real if r.expected == "conflict"),
        "expected_conflicts_found": sum(1 for r in real if r.expected == "conflict" and "conflict" in r.covered_by),
        "errors_found": [f"{r.article}:{r.id}" for r in real if r.expected == "conflict" and "conflict" in r.covered_by],
        "conflicts_by_check": dict(by_check),
        "reviews": reviews,
        "reviews_per_article": reviews / len(articles) if articles else 0.0,
        "review_messages": sorted(f["message"] for f in findings if f["status"] == "review"),
        "review_items": reviewed,
        "agrees": sum(1 for f in findings if f["status"] == "agree"),
        "traps_linked": sum(1 for r in relations if r.type == "trap" and r.covered_by),
        "per_type": {k: dict(v) for k, v in sorted(per_type.items())},
        "fields": fields,
        "missed": [f"{r.article}:{r.id} {r.type} ({r.arithmetic})" for r in real
                   if not {"agree", "conflict"} & set(r.covered_by)],
    }


def _as_factcheck_names(metric: str, relations: list[str], unit: str = "") -> list[str]:
    """The truth's name of a figure, and the name factcheck gives it when the figure is a rate
    of another: factcheck names a growth rate or a share by the indicator it is the rate of
    (the relation says which rate), where the truth may write 工业增加值增速 or 高新技术产业产值
    占规上工业比重."""
    import re

    from factcheck import lexicon

    names = [metric]
    if "growth" in relations:
        words = sorted(lexicon.load("metrics.yaml")["growth_words"], key=len, reverse=True)
        names += [metric[: -len(w)] for w in words if metric.endswith(w) and len(metric) > len(w)]
    if "share" in relations:
        names += [m.group(1) for m in [re.match(r"(.+?)(?:占.+)?(?:的)?(?:比重|占比|比例)$", metric)] if m]
    if "average_growth" in relations:
        # 地区生产总值两年平均增长率, 年均增长: factcheck names an average rate by its indicator (the
        # relation says it is the average rate)
        names += [m.group(1) for m in [_AVERAGE_NAMED.match(metric)] if m]
    if {"difference", "points"} & set(relations):
        # 谷物产量增加量, 60岁及以上人口比重变化: factcheck names a change by what changed (the relation
        # says it is a change); a change of a rate or a share (地区生产总值增速高于全国, 第三产业比重变动)
        # by the indicator the rate or share is of
        changed = [m.group(1) for m in [_CHANGE_NAMED.match(metric)] if m]
        names += changed + [m.group(1) for c in changed + [metric] for m in [_RATE_NAMED.match(c)] if m]
    # 男性人口 as 男性 in 万人, 耕地面积 as 耕地 in 万公顷: factcheck names a headcount or an area by
    # whose or what it is, the unit saying what is measured
    names += [metric[: -len(w)] for w in _UNIT_NAMED.get(_dimension(unit), ()) if metric.endswith(w)
              and len(metric) > len(w) + 1]
    if "structure" in relations and metric.endswith(_STRUCTURE_WORDS):
        # 15.2:39.1:45.7 (三次产业结构): factcheck reads a ratio as its members' shares, the first
        # standing where the ratio does — named by what it is a share of (第一产业增加值占比)
        names += [c for c in _first_member_names(metric)]
    if unit == "%" and metric.endswith(_PRICE_RISE):
        # 居民消费价格同比涨幅: factcheck names a price index's rise by the index (居民消费价格)
        names += [metric[: -len(w)] for w in _PRICE_RISE if metric.endswith(w) and len(metric) > len(w) + 1]
    # 新开工项目数, 高新技术企业数量: factcheck names a count by what it counts (新开工项目), not by
    # "the number of" it (not 指数, 人数, 户数: the character before 数 belongs to another noun)
    names += [m.group(1) for m in [_COUNT_NAMED.match(metric)] if m]
    return names


_STRUCTURE_WORDS = ("产业结构", "三次产业比例", "产业比例", "三次产业比", "产业结构比")
_PRICE_RISE = ("同比涨幅", "涨幅", "同比上涨", "上涨")


def _first_member_names(metric: str) -> list[str]:
    """The names factcheck gives the first share of a 三次产业 ratio, with the ratio's scope
    (民营经济三次产业结构 → 民营经济第一产业增加值占比)."""
    scope = next((metric[: metric.find(w)] for w in ("三次产业", "产业") if w in metric), "")
    return [f"{scope}第一产业增加值占比", f"{scope}第一产业占比", f"{scope}第一产业增加值"]


_UNIT_NAMED = {"[count3]": ("人口", "人数"), "[count4]": ("人次", "人数"), "[count11]": ("户数",),
               "[length] ** 2": ("面积",)}


def _dimension(unit: str) -> str:
    from factcheck import units

    return str(units.dimension(unit)) if unit else ""


_AVERAGE_NAMED = re.compile(r"(.{2,}?)(?:[两二三四五六七八九十]年)?(?:年均|平均)(?:增长率|增速|增幅|增长)$")
_RATE_NAMED = re.compile(r"(.{2,}?)(?:增速|增幅|增长率|比重|占比)(?:同比|比上年)?(?:高于|低于|快于|慢于)?(?:全国|全省|全市|全区)?$")
_CHANGE_NAMED = re.compile(r"(.{2,}?)(?:的)?(?:增量|增加量|减少量|增加额|减少额|增收额|减收额|增加|减少|变化|变动|提高|下降|上升)$")
_COUNT_NAMED = re.compile(r"(.{2,}?[^指系倍分人户次件岁位函参基复多少总半整小大天周年月日票字页点度万亿千百十])(?:总数|个数|数量|数)$")


def field_accuracy(relations: list[Relation], claims: dict[str, dict]) -> dict:
    """Entity and metric of the claims that stand where the truth's annotated figures stand.

    An entity matches when factcheck's is the truth's, both folded the way factcheck identifies
    entities (重庆高新技术产业开发区 = 重庆高新区: ``entities.canonical``), or the truth's ends with
    it (涪陵区 for 重庆市涪陵区); a reference word (全区) or nothing does not. A metric matches when the two
    name the same indicator (``indicators.relation``: one canonical metric, or one indicator of
    the vocabulary with no modifier of its own)."""
    from factcheck.extract.entities import canonical
    from factcheck.indicators import SAME, relation
    from factcheck.normalize import to_simplified

    seen: dict[tuple, tuple[bool | None, bool | None]] = {}
    by_article: dict[str, list[dict]] = defaultdict(list)  # (each figure looks among its article's claims only)
    for c in claims.values():
        by_article[c["article"]].append(c)
    for r in relations:
        for fig in r.figures:
            key = (fig.article, fig.line, fig.text)
            if key in seen or not (fig.entity or fig.metric):
                continue
            v = fig.value
            c = next((c for c in by_article.get(fig.article, ()) if c["first"] <= fig.line <= c["last"]
                      and v is not None and _num(c["value"]) is not None
                      and math.isclose(_num(c["value"]), v, rel_tol=1e-9, abs_tol=1e-9)), None)
            if c is None:
                continue
            ent = None
            if fig.entity and fig.entity != "unknown":
                # (a truth written in a traditional-script article's own script: 重慶市 is 重庆市,
                # as factcheck reads every text in simplified script)
                got, want = canonical(c["entity"]), canonical(to_simplified(fig.entity))
                ent = bool(got) and len(got) >= 2 and not got.startswith(("全", "该", "本")) and (
                    got == want or want.endswith(got) or got.endswith(want))
            met = None
            if fig.metric:
                met = bool(c["metric"]) and any(relation(c["metric"], m) == SAME for m in _as_factcheck_names(
                    to_simplified(fig.metric), c.get("relations", []), c.get("unit", "")))
            seen[key] = (ent, met)
    ents = [e for e, _ in seen.values() if e is not None]
    mets = [m for _, m in seen.values() if m is not None]
    return {"entity": sum(ents) / len(ents) if ents else None, "entity_n": len(ents),
            "metric": sum(mets) / len(mets) if mets else None, "metric_n": len(mets)}


def print_report(res: dict) -> None:
    p = print
    p(f"development corpus: {res['articles']} articles, {res['relations']} relations, {res['traps']} traps")
    p(f"conflict precision: {res['precision']:.1%} ({res['right_conflicts']}/{res['conflicts']} conflicts right); "
      f"{res['false_per_50']:.1f} false conflicts per 50 articles")
    if res["disputed"]:
        p(f"  disputed with the truth (not counted above): {len(res['disputed'])}; if the truth is right, "
          f"precision {res['precision_if_truth_right']:.1%}, {res['false_per_50_if_truth_right']:.1f} false per 50")
    p(f"real errors in the text (truth expects a conflict): {res['expected_conflicts_found']}"
      f"/{res['expected_conflicts']} reported as conflicts")
    p(f"recall of relations (agree or conflict): {res['recall']:.1%} ({res['recalled']}/{res['relations']})")
    p(f"review items per article: {res['reviews_per_article']:.2f} ({res['reviews']} reviews)")
    p(f"agreements: {res['agrees']}; traps linked by some finding: {res['traps_linked']}/{res['traps']}")
    f = res["fields"]
    if f["entity"] is not None or f["metric"] is not None:
        p(f"fields on annotated figures: entity {f['entity'] or 0:.1%} (of {f['entity_n']}), "
          f"metric {f['metric'] or 0:.1%} (of {f['metric_n']})")
    p("")
    p(f"{'type':<16}{'relations':>10}{'recalled':>10}{'review':>8}{'recall':>8}")
    for t, c in res["per_type"].items():
        n = c.get("relations", 0)
        p(f"{t:<16}{n:>10}{c.get('recalled', 0):>10}{c.get('review', 0):>8}"
          f"{(c.get('recalled', 0) / n if n else 0):>8.0%}")
    if res["conflicts_by_check"]:
        p("\nconflicts by check: " + ", ".join(f"{k} {v}" for k, v in sorted(res["conflicts_by_check"].items())))
    if res["disputed"]:
        p(f"\ndisputed conflicts ({len(res['disputed'])}): factcheck says conflict, the truth does not")
        for f in res["disputed"]:
            p(f"- {f['id']} {f['check']}: {f['message']}")
            p(f"  {f['dispute']}: {f['reason']}")
    if res["false_conflicts"]:
        p(f"\nfalse conflicts ({len(res['false_conflicts'])}):")
        for f in res["false_conflicts"]:
            p(f"- {f['id']} {f['check']}: {f['message']}")
            p(f"  truth: {f['matches']}")
            for e in f["evidence"]:
                p(f"    {e}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--missed", action="store_true", help="list the relations not recalled")
    args = ap.parse_args(argv)
    res = evaluate(args.corpus)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print_report(res)
        if args.missed:
            print(f"\nmissed ({len(res['missed'])}):")
            for m in res["missed"]:
                print(f"- {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
