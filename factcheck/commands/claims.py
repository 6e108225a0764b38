"""`factcheck claims`: show the claims a run checks, as a table, JSON or YAML."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck import console
from factcheck.config import Config
from factcheck.fields import claim_to_json
from factcheck.pipeline import articles_for, gather


def run(cfg: Config, paths: list[Path], article: str | None, entity: str | None, metric: str | None,
        fmt: str) -> int:
    from factcheck.errors import FactcheckError

    gathered = gather(cfg, articles_for(cfg, paths))
    if article and not any(article in ac.article.key for ac in gathered):
        raise FactcheckError(f"no article whose path contains {article!r} "
                             f"({len(gathered)} articles in the corpus; `factcheck claims` lists them all)")
    rows = []
    for ac in gathered:
        if article and article not in ac.article.key:
            continue
        for c in ac.claims:
            if entity and not entity_matches(entity, c.entity):
                continue
            if metric and metric not in c.metric:
                continue
            rows.append(c)
    if fmt == "json":
        console.write_text(json.dumps([claim_to_json(c) for c in rows], ensure_ascii=False, indent=2))
        return 0
    if fmt == "yaml":
        from factcheck import yamlio
        from factcheck.claimsfile import claim_to_dict

        console.write_text(yamlio.dump([{"article": c.article, **claim_to_dict(c)} for c in rows]))
        return 0
    from rich.table import Table

    table = Table(title=f"{len(rows)} claims", show_lines=False)
    for col in ("article", "line", "figure", "entity", "metric", "period", "relations", "id"):
        table.add_column(col, overflow="fold")
    for c in rows:
        rels = ", ".join(r.type + (f"→{r.of}" if r.of else "") for r in c.relations)
        figure = c.describe() + ("" if c.modality == "actual" else f" ({c.modality})")
        table.add_row(Path(c.article).name, str(c.line), figure, c.entity, c.metric, c.period, rels,
                      c.id + (" ✓" if c.reviewed else ""))
    console.out().print(table)
    return 0


def entity_matches(query: str, entity: str) -> bool:
    """--entity 马鞍山 finds 马鞍山市 and every place and park in it; --entity 3405 does the same by
    division code (the gazetteer's); any other text matches entities that contain it."""
    from factcheck import gazetteer

    if query in entity:
        return True
    place = gazetteer.place_of(entity)
    if place is None:
        return False
    chain = gazetteer.parent_chain(place)
    if query.isdigit():
        return any(d.code.startswith(query) for d in chain)
    wanted = {d.code for d in gazetteer.resolve(query)}
    return any(d.code in wanted for d in chain)
