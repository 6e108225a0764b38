"""The fields of a claim and of its relations, declared once.

Each ``Field`` says how the value is written in a claims file (key, JSON Schema, whether it is
written when it holds its default) and what a reader is told about it. From these tables come
the keys ``claimsfile`` accepts, the YAML it writes, the cache codec (``claim_to_json``,
``claim_from_json``) and ``data/claims.schema.json`` (``schema()``; a test holds the shipped
file equal to it). A ``Claim`` field that is not in ``CLAIM_FIELDS`` must be in ``RUNTIME``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from factcheck.model import BOUNDS, MODALITIES, RELATION_TYPES, Claim, Ref, Relation

PERIOD_PATTERN = r"^$|^(\d{4}(-\d{2}(-\d{2})?)?)?(\.\.(\d{4}(-\d{2}(-\d{2})?)?)?)?$"


@dataclass(frozen=True)
class Field:
    name: str
    schema: dict
    types: tuple[type, ...]  # what a claims file may hold for it (checked on reading)
    doc: str = ""
    required: bool = False
    always: bool = False  # written even when it holds its default
    extra: dict = field(default_factory=dict)  # further JSON Schema keywords

    def json_schema(self) -> dict:
        out = dict(self.schema)
        out.update(self.extra)
        if self.doc:
            out["description"] = self.doc
        return out


def _s(t: str, **kw) -> dict:
    return {"type": t, **kw}


def _enum(values) -> dict:
    return {"enum": list(values)}


# The claims file's keys of one claim, in the order they are written.
CLAIM_FIELDS: tuple[Field, ...] = (
    Field("id", _s("string"), (str, int), "Stable id; other claims and custom rules refer to it.", required=True,
          always=True),
    Field("reviewed", _s("boolean"), (bool,), "A person has checked this claim."),
    Field("rejected", _s("boolean"), (bool,), "A person says this figure is not a claim."),
    Field("origin", _enum(("extracted", "manual")), (str,)),
    Field("quote", _s("string"), (str,), "Raw text of the article from (line, column).", always=True),
    Field("line", _s("integer", minimum=0), (int,), always=True),
    Field("column", _s("integer", minimum=1), (int,), always=True),
    Field("value", _s("number"), (int, float), required=True, always=True),
    Field("unit", _s("string"), (str,), always=True),
    Field("precision", _s("number", minimum=0), (int, float), "Place value of the last written digit."),
    Field("bound", _enum(BOUNDS), (str,)),
    Field("upper", _s("number"), (int, float)),
    Field("entity", _s("string"), (str,), always=True),
    Field("entity_ambiguous", _s("boolean"), (bool,),
          "Another unit is named in the figure's clause, so the entity is a guess; links through it are weak."),
    Field("metric", _s("string"), (str,), always=True),
    Field("counted", _s("string"), (str,)),
    Field("period", _s("string", pattern=PERIOD_PATTERN), (str, int), always=True),
    Field("period_inferred", _s("boolean"), (bool,),
          "The text names no time for the figure; its period is the article's main one, so links through it are weak."),
    Field("modality", _enum(MODALITIES), (str,)),
    Field("relations", {"type": "array"}, (list,)),
    Field("note", _s("string"), (str,)),
    Field("sentence", _s("string"), (str,)),
)
# Claim fields that live only while factcheck runs: never in a claims file.
RUNTIME = frozenset({"article", "changed", "reviewed_line", "reviewed_value"})

RELATION_FIELDS: tuple[Field, ...] = (
    Field("type", _enum(RELATION_TYPES), (str,), "What the relation states; see README 'Claims files'.",
          required=True, always=True),
    Field("of", _s("string"), (str,), "Id of the claim this figure is relative to."),
    Field("by", _s("string"), (str,), "per_unit: id of the count claim."),
    Field("sign", _enum((1, -1)), (int,), "-1 for a fall (下降, 减少, 低于)."),
    Field("base", {"type": "object", "additionalProperties": False,
                   "properties": {k: {"type": "string"} for k in ("entity", "metric", "period")}}, (dict,)),
    Field("items", {"type": "array", "items": {"type": "string"}}, (list,)),
    Field("open", _s("boolean"), (bool,), "enumeration: the list ends with 等."),
    Field("period", _s("string"), (str,)),
    Field("date", _s("string"), (str,)),
)
REF_KEYS = tuple(f.name for f in fields(Ref))
FILE_FIELDS: tuple[Field, ...] = (
    Field("article", _s("string"), (str,), required=True),
    Field("sha256", _s("string"), (str,)),
    Field("extractor", _s("integer"), (int,)),
    Field("claims", {"type": "array"}, (list,), required=True),
)

CLAIM_KEYS = tuple(f.name for f in CLAIM_FIELDS)
RELATION_KEYS = tuple(f.name for f in RELATION_FIELDS)
FILE_KEYS = tuple(f.name for f in FILE_FIELDS)
_DEFAULTS = {f.name: f.default for f in fields(Claim)}


def _object(table: tuple[Field, ...], **props) -> dict:
    properties = {f.name: f.json_schema() for f in table}
    for name, extra in props.items():
        properties[name] = {**properties[name], **extra}
    return {"type": "object", "additionalProperties": False,
            "required": [f.name for f in table if f.required], "properties": properties}


def schema() -> dict:
    """The JSON Schema of a claims file."""
    relation = _object(RELATION_FIELDS)
    claim = _object(CLAIM_FIELDS, relations={"items": relation})
    doc = {"$schema": "https://json-schema.org/draft/2020-12/schema",
           "$id": "https://factcheck.invalid/claims.schema.json", "title": "factcheck claims file"}
    return {**doc, **_object(FILE_FIELDS, claims={"items": claim})}


# ---------------------------------------------------------------- claims file (YAML) values

def default_precision(value: float) -> float:
    """The place value of the last digit of ``value`` as Python writes it (1.5 → 0.1)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return 1.0
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    return 10.0 ** -len(frac) if frac else 1.0


def _num(x):
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


def _default(c: Claim, name: str):
    return default_precision(c.value) if name == "precision" else _DEFAULTS[name]


def _yaml_value(name: str, v):
    if name == "value":
        return _num(round(v, 10))
    if name in ("precision", "upper"):
        return _num(v)
    if name == "relations":
        return [relation_to_dict(r) for r in v]
    return v


def claim_to_dict(c: Claim) -> dict:
    """A claim as its claims file writes it: every field in table order, those holding their
    default left out unless ``always``."""
    out: dict = {}
    for f in CLAIM_FIELDS:
        v = getattr(c, f.name)
        if f.always or v != _default(c, f.name):
            out[f.name] = _yaml_value(f.name, v)
    return out


def relation_to_dict(r: Relation) -> dict:
    out: dict = {}
    for f in RELATION_FIELDS:
        v = getattr(r, f.name)
        if f.name == "base":
            v = v.to_dict() if v else None
        elif f.name == "items":
            v = list(v)
        default = {"sign": 1}.get(f.name)
        if f.always or (v and v != default):
            out[f.name] = v
    return out


# ---------------------------------------------------------------- cache codec (JSON)

def claim_to_json(c: Claim) -> dict:
    return asdict(c)


def claim_from_json(d: dict) -> Claim:
    rels = []
    for r in d.get("relations", []):
        base = r.get("base")
        rels.append(Relation(**{**r, "base": Ref(**base) if base else None, "items": tuple(r.get("items", ()))}))
    return Claim(**{**d, "relations": tuple(rels)})


def schema_text() -> str:
    """``schema()`` as ``data/claims.schema.json`` holds it."""
    import json

    return json.dumps(schema(), ensure_ascii=False, indent=2)
