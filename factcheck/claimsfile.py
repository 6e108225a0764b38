"""Claims files: ``claims/<article>.yaml``, one per article, reviewed by people.

The file is the extractor's output and a reviewer's worksheet at once. A reviewer sets
``reviewed: true`` on a claim they have checked (correcting any field), ``rejected: true`` on
an extracted figure that is not a claim, and may add claims of their own (``origin: manual``).
Re-extraction merges: reviewed, rejected and hand-added claims are kept with every field a
reviewer set; unreviewed claims are replaced by the extractor's current reading. When the
article changes, a kept claim follows its sentence (``factcheck.reanchor``): its line, quote
and, if the figure was edited, its value are updated, so the edit is checked. Output is deterministic, so
re-running on unchanged input writes byte-identical files.
"""

from __future__ import annotations

import math
import os
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck import units, yamlio
from factcheck.errors import FactcheckError, did_you_mean
from factcheck.fields import (CLAIM_FIELDS, CLAIM_KEYS, FILE_KEYS, REF_KEYS, RELATION_FIELDS, RELATION_KEYS,
                              claim_to_dict, default_precision)
from factcheck.model import BOUNDS, MODALITIES, RELATION_TYPES, Claim, Ref, Relation
from factcheck.periods import Period

SCHEMA_NAME = "claims.schema.json"


@dataclass
class ClaimsFile:
    article: str
    sha256: str = ""
    extractor: int = 0
    claims: list[Claim] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # claim id → its line in the YAML file
    path: str = ""


def claims_path(claims_dir: Path, article_key: str, articles_dir_key: str = "") -> Path:
    """claims/<article path below the articles folder, suffix replaced by .yaml>."""
    rel = article_key
    prefix = articles_dir_key.rstrip("/") + "/" if articles_dir_key else ""
    if prefix and rel.startswith(prefix):
        rel = rel[len(prefix):]
    rel_path = Path(rel)
    if rel_path.is_absolute():
        # An article outside the project (a symlink into another folder) keys by its absolute
        # path: its claims still go under claims/, never beside the article.
        rel_path = Path(*rel_path.parts[1:])
    return claims_dir / rel_path.with_suffix(".yaml")


# ---------------------------------------------------------------- writing

def render(cf: ClaimsFile, schema_ref: str) -> str:
    header = (f"# yaml-language-server: $schema={schema_ref}\n"
              f"# Claims of {cf.article}, extracted by factcheck. Review each claim and set\n"
              "# `reviewed: true` (correct any field first); set `rejected: true` on a figure that is\n"
              "# not a claim. Reviewed, rejected and `origin: manual` claims survive re-extraction.\n")
    body = {"article": cf.article, "sha256": cf.sha256, "extractor": cf.extractor,
            "claims": [claim_to_dict(c) for c in cf.claims]}
    return header + yamlio.dump(body)


def schema_ref(target: Path, claims_dir: Path | None = None) -> str:
    """Path of the project's copy of the JSON Schema (``claims/claims.schema.json``) relative to
    the folder of ``target``: the same on every machine, so claims files are byte-identical."""
    folder = claims_dir if claims_dir is not None else target.parent
    return Path(os.path.relpath(folder / SCHEMA_NAME, target.parent)).as_posix()


def install_schema(claims_dir: Path) -> bool:
    """Keep ``claims/claims.schema.json`` equal to the schema this factcheck ships; True when
    it was written."""
    from factcheck.lexicon import data_path

    shipped = Path(str(data_path(SCHEMA_NAME))).read_bytes()
    target = claims_dir / SCHEMA_NAME
    if target.exists() and target.read_bytes() == shipped:
        return False
    yamlio.atomic_write(target, shipped)
    return True


def write(path: Path, cf: ClaimsFile, claims_dir: Path | None = None) -> bool:
    """Write atomically; return True when the file changed."""
    text = render(cf, schema_ref(path, claims_dir))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    yamlio.atomic_write(path, text)
    return True


# ---------------------------------------------------------------- reading

def read(path: Path, root: Path | None = None) -> ClaimsFile:
    where = yamlio.display_path(path, root)
    data = yamlio.load_with_lines(path, root)
    if data is None:
        raise FactcheckError("empty claims file", where, 1)
    if not isinstance(data, dict):
        raise FactcheckError("a claims file is a mapping with `article` and `claims`", where, 1)
    _keys(data, FILE_KEYS, where)
    article = data.get("article")
    if not isinstance(article, str) or not article:
        raise FactcheckError("`article` must name the article file", where, _line(data, "article"))
    raw_claims = data.get("claims") or []
    if not isinstance(raw_claims, list):
        raise FactcheckError("`claims` must be a list", where, _line(data, "claims"))
    claims = []
    seen: dict[str, int] = {}
    for item in raw_claims:
        c = parse_claim(item, article, where)
        if c.id in seen:
            raise FactcheckError(f"duplicate claim id {c.id!r} (first at line {seen[c.id]})", where,
                                 _line(item, "id"))
        seen[c.id] = _line(item, "id")
        claims.append(c)
    extractor = data.get("extractor", 0)
    return ClaimsFile(article=article, sha256=str(data.get("sha256") or ""),
                      extractor=int(extractor) if isinstance(extractor, int) else 0, claims=claims,
                      lines=seen, path=where)


def check_references(files: list[ClaimsFile], all_ids: set[str]) -> None:
    """Every `of`/`by` must name an existing claim, and `of` links must not loop."""
    of_map: dict[str, str] = {}
    where: dict[str, tuple[str, int]] = {}
    for cf in files:
        for c in cf.claims:
            where[c.id] = (cf.path, cf.lines.get(c.id, 0))
            for r in c.relations:
                for ref in (r.of, r.by):
                    if ref and ref not in all_ids:
                        raise FactcheckError(f"claim {c.id}: relation {r.type} refers to claim {ref!r}, "
                                             "which does not exist", cf.path, cf.lines.get(c.id))
                if r.of:
                    of_map.setdefault(c.id, r.of)
    for start in of_map:
        seen_ids = [start]
        node = of_map.get(start)
        while node is not None:
            if node in seen_ids:
                loop = " → ".join(seen_ids[seen_ids.index(node):] + [node])
                path, line = where.get(start, ("", 0))
                raise FactcheckError(f"relations form a cycle: {loop}", path or None, line or None)
            seen_ids.append(node)
            node = of_map.get(node)


def _line(d, key=None) -> int:
    if isinstance(d, yamlio.LineDict):
        return d.line_of(key) if key is not None else d.line
    return 0


def _keys(d: dict, allowed, where: str) -> None:
    for key in d:
        if key not in allowed:
            raise FactcheckError(f"unknown key {key!r}{did_you_mean(str(key), allowed)}", where,
                                 _line(d, key))


def _need(d, key, types, where, default=None, required=False):
    if key not in d or d[key] is None:
        if required:
            raise FactcheckError(f"claim is missing `{key}`", where, _line(d))
        return default
    v = d[key]
    types = types if isinstance(types, tuple) else (types,)
    if not isinstance(v, types) or (isinstance(v, bool) and bool not in types):  # YAML true is not a number
        names = "/".join(t.__name__ for t in types)
        raise FactcheckError(f"`{key}` must be {names}, not {type(v).__name__}", where, _line(d, key))
    return v


_CLAIM_TYPES = {f.name: f.types for f in CLAIM_FIELDS}
_RELATION_TYPES = {f.name: f.types for f in RELATION_FIELDS}


def parse_claim(item, article: str, where: str) -> Claim:
    if not isinstance(item, dict):
        raise FactcheckError("each claim must be a mapping", where)
    _keys(item, CLAIM_KEYS, where)

    def get(key, default=None, required=False):
        return _need(item, key, _CLAIM_TYPES[key], where, default=default, required=required)

    cid = str(get("id", required=True))
    value = get("value", required=True)
    if isinstance(value, float) and not math.isfinite(value):
        raise FactcheckError("`value` must be a finite number", where, _line(item, "value"))
    unit = str(get("unit", ""))
    if unit and not units.is_known(unit):
        raise FactcheckError(f"unknown unit {unit!r}", where, _line(item, "unit"))
    bound = get("bound", "exact")
    if bound not in BOUNDS:
        raise FactcheckError(f"unknown bound {bound!r}{did_you_mean(bound, BOUNDS)}", where, _line(item, "bound"))
    modality = get("modality", "actual")
    if modality not in MODALITIES:
        raise FactcheckError(f"unknown modality {modality!r}{did_you_mean(modality, MODALITIES)}", where,
                             _line(item, "modality"))
    period = str(get("period", "") or "")
    try:
        Period.parse(period)
    except ValueError as exc:
        raise FactcheckError(f"bad period: {exc}", where, _line(item, "period")) from None
    precision = get("precision")
    if precision is not None and precision < 0:
        raise FactcheckError("`precision` cannot be negative", where, _line(item, "precision"))
    rels = [parse_relation(r, where) for r in get("relations", []) or []]
    return Claim(
        id=cid, article=article, line=int(get("line", 0)), column=int(get("column", 1)),
        quote=str(get("quote", "")), value=float(value), unit=unit,
        precision=float(precision) if precision is not None else default_precision(float(value)),
        bound=bound, upper=get("upper"),
        entity=str(get("entity", "") or ""), entity_ambiguous=bool(get("entity_ambiguous", False)),
        metric=str(get("metric", "") or ""),
        counted=str(get("counted", "") or ""), period=period,
        period_inferred=bool(get("period_inferred", False)), modality=modality, relations=tuple(rels),
        sentence=str(get("sentence", "") or ""), reviewed=bool(get("reviewed", False)),
        rejected=bool(get("rejected", False)), origin=str(get("origin", "extracted")),
        note=str(get("note", "") or ""),
    )


def parse_relation(r, where: str) -> Relation:
    if not isinstance(r, dict):
        raise FactcheckError("each relation must be a mapping", where)
    _keys(r, RELATION_KEYS, where)

    def get(key, default=None, required=False):
        return _need(r, key, _RELATION_TYPES[key], where, default=default, required=required)

    rtype = get("type", required=True)
    if rtype not in RELATION_TYPES:
        raise FactcheckError(f"unknown relation type {rtype!r}{did_you_mean(rtype, RELATION_TYPES)}", where,
                             _line(r, "type"))
    base = get("base")
    ref = None
    if base is not None:
        _keys(base, REF_KEYS, where)
        ref = Ref(**{k: str(base.get(k) or "") for k in REF_KEYS})
    sign = get("sign", 1)
    if sign not in (1, -1):
        raise FactcheckError("`sign` is 1 or -1", where, _line(r, "sign"))
    return Relation(type=rtype, of=str(get("of", "") or ""), by=str(get("by", "") or ""), sign=sign, base=ref,
                    items=tuple(str(i) for i in get("items", [])), open=bool(get("open", False)),
                    period=str(get("period", "") or ""), date=str(get("date", "") or ""))


# ---------------------------------------------------------------- merging

@dataclass
class MergeResult:
    claims: list[Claim]  # kept claims at their current place, then the fresh ones
    stale: list[Claim]  # reviewed or manual claims whose sentence is gone from the article
    moved: list[tuple[Claim, int, int]]  # kept claims found at another (line, column), as they were
    reanchored: list[tuple[Claim, Claim]] = field(default_factory=list)  # (as reviewed, in the new text)


def quote_at(raw: str, line_starts: list[int], line: int, column: int, quote: str) -> bool:
    if line < 1 or line > len(line_starts) or not quote:
        return False
    start = line_starts[line - 1] + column - 1
    return raw[start:start + len(quote)] == quote


def line_starts(raw: str) -> list[int]:
    import re

    return [0] + [m.end() for m in re.finditer("\n", raw)]


def locate(raw: str, starts: list[int], quote: str) -> tuple[int, int] | None:
    """(line, column) of the only occurrence of ``quote`` in ``raw``, else None."""
    if not quote:
        return None
    first = raw.find(quote)
    if first < 0 or raw.find(quote, first + 1) >= 0:
        return None
    import bisect

    i = bisect.bisect_right(starts, first) - 1
    return i + 1, first - starts[i] + 1


def merge(existing: list[Claim], fresh: list[Claim], raw: str) -> MergeResult:
    """Kept: reviewed, rejected and manual claims, at their current place in ``raw``. Replaced:
    everything else. A kept claim whose quote is gone is re-anchored on its sentence
    (``factcheck.reanchor``); a rejected one whose text is gone is dropped, having nothing
    left to reject."""
    from factcheck.reanchor import reanchor

    if not existing:
        return MergeResult(sorted(fresh, key=lambda c: (c.line, c.column, c.id)), [], [])
    starts = line_starts(raw)
    fresh_at = {(f.line, f.column, f.quote): f for f in fresh}
    # the places other kept claims still stand on: a quote found there again is theirs, not a move
    # (规模以上工业总产值同比增长36.8% stated twice, the first edited to 47.8%: the first is re-anchored,
    # not moved onto the second)
    taken = {(e.line, e.column) for e in existing if e.quote and quote_at(raw, starts, e.line, e.column, e.quote)}
    kept, stale, moved, reanchored = [], [], [], []
    used: set[str] = set()  # ids of fresh claims a kept claim stands on
    for c in existing:
        if not (c.reviewed or c.rejected or c.origin == "manual"):
            continue
        if c.quote and not quote_at(raw, starts, c.line, c.column, c.quote):
            where = locate(raw, starts, c.quote)
            if where is not None and tuple(where) not in taken:
                moved.append((c, *where))
                c = relocate(c, *where)
            else:
                new = reanchor(c, [f for f in fresh if f.id not in used])
                if new is None:
                    if not c.reviewed and c.origin != "manual":
                        continue  # a rejected figure whose text is gone
                    stale.append(c)
                    kept.append(c)
                    continue
                reanchored.append((c, new))
                used.update(f.id for f in fresh if (f.line, f.column) == (new.line, new.column))
                c = new
        here = fresh_at.get((c.line, c.column, c.quote))
        if here is not None and here.sentence != c.sentence:
            # (a figure edited beside it changed its sentence: checks that group the figures of one
            # sentence must see it in the same sentence as its neighbours)
            c = replace(c, sentence=here.sentence)
        kept.append(c)
        used.update(f.id for f in fresh if (f.line, f.column, f.quote) == (c.line, c.column, c.quote))
    kept_ids = {c.id for c in kept}
    out = kept + [c for c in fresh if c.id not in kept_ids and c.id not in used]
    out.sort(key=lambda c: (c.line, c.column, c.id))
    return MergeResult(out, stale, moved, reanchored)


def relocate(c: Claim, line: int, column: int) -> Claim:
    return replace(c, line=line, column=column)


@contextmanager
def locked(claims_dir: Path):
    """An exclusive lock over the claims folder, so two `extract` runs cannot interleave."""
    claims_dir.mkdir(parents=True, exist_ok=True)
    lock_path = claims_dir / ".factcheck.lock"
    fh = open(lock_path, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - Windows has no fcntl; runs are then unguarded
            pass
        yield
    finally:
        fh.close()
