"""Extraction quality against reviewed claims (the gold): precision and recall of numeric
claims, accuracy of their fields, and precision and recall of stated relations.

A fresh claim matches a gold claim when both stand on the same line with the same value and
unit. Gold claims marked ``rejected`` are figures that are not claims: extracting them counts
against precision. Relations are compared by type and by the claim they point at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.model import Claim

FIELDS = ("metric", "entity", "period", "modality", "bound")


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    field_hits: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    gold_relations: int = 0
    extracted_relations: int = 0
    matched_relations: int = 0
    misses: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def relation_recall(self) -> float:
        return self.matched_relations / self.gold_relations if self.gold_relations else 1.0

    @property
    def relation_precision(self) -> float:
        return self.matched_relations / self.extracted_relations if self.extracted_relations else 1.0

    def field_accuracy(self, name: str) -> float:
        return self.field_hits[name] / self.matched if self.matched else 1.0

    def add(self, other: "Score") -> None:
        for name in ("gold", "extracted", "matched", "gold_relations", "extracted_relations", "matched_relations"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for f in FIELDS:
            self.field_hits[f] += other.field_hits[f]
        self.misses += other.misses
        self.spurious += other.spurious

    def lines(self) -> list[str]:
        out = [f"claims: recall {self.recall:.1%} ({self.matched}/{self.gold}), "
               f"precision {self.precision:.1%} ({self.matched}/{self.extracted})",
               f"relations: recall {self.relation_recall:.1%} ({self.matched_relations}/{self.gold_relations}), "
               f"precision {self.relation_precision:.1%} ({self.matched_relations}/{self.extracted_relations})"]
        out.append("fields on matched claims: " + ", ".join(
            f"{f} {self.field_accuracy(f):.1%}" for f in FIELDS))
        return out


def _key(c: Claim) -> tuple:
    return (c.line, round(c.value, 9), c.unit)


def score(gold: list[Claim], fresh: list[Claim]) -> Score:
    s = Score()
    wanted = [g for g in gold if g.reviewed and not g.rejected]
    s.gold = len(wanted)
    by_key: dict[tuple, list[Claim]] = {}
    for c in fresh:
        by_key.setdefault(_key(c), []).append(c)
    fresh_to_gold: dict[str, str] = {}
    used: set[str] = set()
    for g in wanted:
        cands = [c for c in by_key.get(_key(g), []) if c.id not in used]
        if not cands:
            s.misses.append(g)
            continue
        c = next((x for x in cands if x.id == g.id), cands[0])
        used.add(c.id)
        fresh_to_gold[c.id] = g.id
        s.matched += 1
        for f in FIELDS:
            mine = "" if f == "period" and c.period_inferred else getattr(c, f)  # the text's, not the guess
            s.field_hits[f] += mine == getattr(g, f)
    s.extracted = len(fresh)  # anything not matched — a rejected figure included — is spurious
    s.spurious = [c for c in fresh if c.id not in used]
    # Relations: (type, source gold id, target gold id).
    gold_rels = {(r.type, g.id, r.of) for g in wanted for r in g.relations}
    fresh_rels = {(r.type, fresh_to_gold.get(c.id, "?" + c.id), fresh_to_gold.get(r.of, r.of))
                  for c in fresh for r in c.relations}
    s.gold_relations = len(gold_rels)
    s.extracted_relations = len(fresh_rels)
    s.matched_relations = len(gold_rels & fresh_rels)
    return s
