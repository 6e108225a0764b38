"""HTML report: one self-contained file (CSS and JavaScript inline, no network) showing each
article as written, every figure marked by status, with its claim and findings on a click.

The page is rendered with Jinja2 (autoescaped); the articles, claims and findings travel as a
JSON block that the script turns into an article's DOM only when the article is opened, so a
report on a thousand articles stays light to open. Article text is untrusted: it reaches the
page only through that JSON (with ``<``, ``>`` and ``&`` escaped) and ``textContent``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache

from factcheck.report import Report

RANK = {"conflict": 0, "review": 1, "agree": 2}
LABELS = {
    "en": {"title": "factcheck report", "conflict": "conflict", "review": "review", "agree": "agree",
           "none": "checked by nothing", "articles": "articles", "claims": "figures", "check": "check",
           "all_checks": "all checks", "by_article": "Findings per article", "by_check": "Findings per check",
           "findings": "Findings", "article": "article", "pick": "Choose an article on the left.",
           "details": "figure details", "entity": "entity", "metric": "metric", "period": "period",
           "interval": "interval", "bound": "bound", "modality": "modality", "passage": "repeated passage",
           "unchecked": "No check uses this figure.",
           "shortcuts": "n / p: next / previous conflict · Esc: close · Tab: the figures in turn"},
    "zh_CN": {"title": "factcheck 核对报告", "conflict": "矛盾", "review": "待核", "agree": "一致",
              "none": "未核对", "articles": "文章", "claims": "数字", "check": "核对项", "all_checks": "全部核对项",
              "by_article": "按文章", "by_check": "按核对项", "findings": "核对结果", "article": "文章",
              "pick": "请在左侧选择文章。", "details": "数字详情", "entity": "主体", "metric": "指标",
              "period": "时期", "interval": "取值区间", "bound": "界限", "modality": "性质", "passage": "重复段落",
              "unchecked": "没有核对用到这个数字。",
              "shortcuts": "n / p：下一处 / 上一处矛盾 · Esc：关闭 · Tab：逐个数字"},
}


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("factcheck.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]))


def _script() -> str:
    from importlib import resources

    return resources.files("factcheck.report").joinpath("templates/report.js").read_text(encoding="utf-8")


def render(report: Report) -> str:
    from factcheck import messages

    lang = "zh_CN" if messages.language() == "zh_CN" else "en"
    data = page_data(report, LABELS[lang])
    per_check = Counter()
    checks: dict[str, Counter] = {}
    for f in report.findings:
        checks.setdefault(f.check, Counter())[f.status] += 1
        per_check[f.check] += 1
    check_rows = [{"id": c, "name": messages.check_name(c), "count": per_check[c],
                   **{st: counts.get(st, 0) for st in ("conflict", "review", "agree")}}
                  for c, counts in sorted(checks.items(), key=lambda kv: (-kv[1]["conflict"], -kv[1]["review"], kv[0]))]
    return _environment().get_template("report.html.j2").render(
        lang="zh" if lang == "zh_CN" else "en", t=LABELS[lang], summary=report.summary(), checks=check_rows,
        articles=data["overview"], data_json=_script_json(data), script=_script())


def page_data(report: Report, labels: dict) -> dict:
    """Everything the page's script needs, as plain data."""
    from factcheck import messages

    sources = report.sources
    index = {s.key: i for i, s in enumerate(sources)}
    findings, by_claim = [], {}
    for fi, f in enumerate(sorted(report.findings, key=lambda f: (RANK[f.status], f.check, f.id))):
        evidence = [{"path": e.path, "line": e.line, "claim": e.claim, "note": e.note, "article": index.get(e.path, -1)}
                    for e in f.evidence]
        findings.append({"id": f.id, "check": f.check, "name": messages.check_name(f.check), "status": f.status,
                         "message": f.message, "derivation": list(f.derivation), "evidence": evidence,
                         "articles": sorted({e["article"] for e in evidence if e["article"] >= 0}),
                         "ops": list(f.derivation) if f.check == "duplicates" else []})
        for cid in f.claims:
            by_claim.setdefault(cid, []).append(fi)
    claims, articles, overview = {}, [], []
    for s in sources:
        lines = [ln.rstrip("\r") for ln in s.text.split("\n")]
        figures, counts = [], Counter()
        for c in s.claims:
            fis = by_claim.get(c.id, [])
            status = min((findings[i]["status"] for i in fis), key=RANK.get, default="none")
            counts[status] += 1
            line, col, text = figure_span(lines, c)
            figures.append({"id": c.id, "line": line, "col": col, "text": text, "status": status})
            claims[c.id] = {"text": c.describe(), "status": status, "entity": c.entity, "metric": c.metric,
                            "period": c.period, "interval": _interval(c), "bound": c.bound, "modality": c.modality,
                            "findings": fis}
        articles.append({"key": s.key, "lines": lines, "figures": figures})
        n = {st: sum(1 for f in findings if f["status"] == st and index[s.key] in f["articles"])
             for st in ("conflict", "review", "agree")}
        overview.append({"key": s.key, **n, "total": sum(n.values())})
    order = sorted(range(len(overview)), key=lambda i: (-overview[i]["conflict"], -overview[i]["review"], i))
    return {"t": labels, "articles": articles, "claims": claims, "findings": findings,
            "overview": [dict(overview[i], index=i) for i in order]}


_DIGITS = re.compile(r"[0-9０-９][0-9０-９,，.．]*%?|[〇零一二两三四五六七八九十百千万亿]+")


def figure_span(lines: list[str], c) -> tuple[int, int, str]:
    """(line, column, text) of the written number inside a claim's quote, to mark it; the
    quote's first line when the number cannot be placed."""
    first = c.quote.split("\n")[0]
    for k, part in enumerate(c.quote.split("\n")):
        for m in _DIGITS.finditer(part):
            if _same_number(m.group(), c.value):
                col = (c.column if k == 0 else 1) + m.start()
                line = c.line + k
                if 0 < line <= len(lines) and lines[line - 1][col - 1:col - 1 + len(m.group())] == m.group():
                    return line, col, m.group()
    return c.line, c.column, first


def _same_number(text: str, value: float) -> bool:
    from factcheck.numbers import parse_number

    clean = text.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,")).rstrip("%").replace(",", "")
    try:
        return abs(parse_number(clean).value - abs(value)) < 1e-9
    except ValueError:
        return False


def _interval(c) -> str:
    from factcheck.interval import fmt_interval
    from factcheck.lexicon import qualifiers

    q = qualifiers()
    return f"{fmt_interval(c.interval(q.get('approx_tolerance', 0.1), q.get('near_tolerance', 0.1)))} {c.unit}".strip()


def _script_json(data: dict) -> str:
    """JSON safe inside <script>: no </script>, <!-- or & can close or confuse the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
