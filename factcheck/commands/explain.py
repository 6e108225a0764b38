"""`factcheck explain ID`: the full derivation of one finding."""

from __future__ import annotations

import inspect
from pathlib import Path

from factcheck import console
from factcheck.config import Config
from factcheck.errors import FactcheckError


def run(cfg: Config, finding_id: str, paths: list[Path]) -> int:
    from rich.markup import escape

    from factcheck.checks import REGISTRY
    from factcheck.analysis import analyse
    from factcheck.interval import fmt_interval
    from factcheck.lexicon import qualifiers

    _, claims, findings, _ = analyse(cfg, paths)
    matches = [f for f in findings if f.id.startswith(finding_id)]
    if not matches:
        raise FactcheckError(f"no finding with id {finding_id!r} (ids are listed by `factcheck run`)")
    if len(matches) > 1:
        raise FactcheckError(f"{finding_id!r} names {len(matches)} findings; give more of the id")
    f = matches[0]
    by_id = {c.id: c for c in claims}
    q = qualifiers()
    out = console.out()
    out.print(f"[bold]{escape(f.id)}[/]  rule [bold]{escape(f.rule)}[/] (check {escape(f.check)}, "
              f"severity {escape(f.severity)})  status [bold]{escape(f.status)}[/]")
    doc = inspect.cleandoc(getattr(REGISTRY.get(f.check), "__doc__", "") or "")
    if doc:
        out.print(f"[dim]{escape(doc.splitlines()[0])}[/]")
    out.print(f"\n{escape(f.message)}\n")
    if f.links:
        out.print(f"[bold]links[/] {escape(f.links)}\n")
    if f.derivation:
        out.print("[bold]derivation[/]")
        for step in f.derivation:
            out.print(f"  {escape(step)}")
        out.print()
    out.print("[bold]evidence[/]")
    for e in f.evidence:
        out.print(f"  {escape(e.path)}:{e.line}" + (f"-{e.end_line}" if e.end_line != e.line else "")
                  + f":{e.column}")
        out.print(f"    “{escape(' '.join(e.quote.split()))}”")
        c = by_id.get(e.claim)
        if c is not None:
            iv = c.interval(q.get("approx_tolerance", 0.1), q.get("near_tolerance", 0.1))
            out.print(f"    claim {escape(c.id)}: {escape(c.describe())} → [{escape(fmt_interval(iv))}] {escape(c.unit)}; "
                      f"entity {escape(c.entity or '—')}; metric {escape(c.metric or '—')}; "
                      f"period {escape(c.period or 'undated')}; {c.modality}"
                      + ("; reviewed" if c.reviewed else ""))
            for r in c.relations:
                out.print(f"      {escape(relation_in_words(r, by_id))}")
    return 0


RELATION_WORDS = {
    "growth": "a growth rate of {of}",
    "difference": "the change in {of}",
    "points": "percentage points between {of} and {base}",
    "share": "the share of {of} in {base}",
    "completion": "the completion of a plan by {of} ({base} is the plan)",
    "multiple": "{of} as a multiple of {base}",
    "part_of": "a part of {of}",
    "per_unit": "the average of {of} per {by}",
    "enumeration": "the count of the {n} items listed: {items}",
    "span": "a run of years over {period}",
    "weekday": "the weekday of {date}",
    "after": "an event after the one of {of}",
    "structure": "a component of the structure that starts with {of}",
}


def relation_in_words(r, by_id: dict) -> str:
    """A relation as a sentence: `a growth rate of c1a2b3c4d (56.8亿元, 社会消费品零售总额)`."""

    def claim(cid: str) -> str:
        c = by_id.get(cid)
        return f"{cid} ({c.describe()}, {c.metric or 'no metric'})" if c is not None else cid or "—"

    base = " ".join(x for x in (r.base.entity, r.base.metric, r.base.period) if x) if r.base else ""
    text = RELATION_WORDS.get(r.type, r.type + " of {of}").format(
        of=claim(r.of), by=claim(r.by), base=base or "the base named in the text", n=len(r.items),
        items="、".join(r.items), period=r.period.replace("..", "–"), date=r.date)
    if r.sign < 0:
        text += " (a fall)"
    if r.open:
        text += " (等: the list may be incomplete)"
    if r.base is not None and base and r.type not in ("points", "share", "completion", "multiple"):
        text += f", against {base}"
    return "relation: " + text
