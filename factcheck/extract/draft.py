"""A figure while its sentence is being read (``Draft``), the relations it states while they
still point at other drafts (``Link``), and what every reader sees of the sentence
(``SentenceContext``). Drafts become ``Claim``s, and links ``Relation``s with claim ids, in
``to_claims``."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.contracts import RATE_UNITS
from factcheck.extract.mentions import Mention
from factcheck.extract.relations import LeadRelation
from factcheck.extract.split import Sentence
from factcheck.extract.timeexpr import TimeExpr
from factcheck.model import Ref
from factcheck.periods import Period


@dataclass
class Link:
    """A relation of a draft. ``of`` and ``by`` are the drafts it points at (of this sentence or
    an earlier one); ``None`` when the other figure is not in the text read so far."""

    type: str
    of: Draft | None = None
    by: Draft | None = None
    sign: int = 1
    base: Ref | None = None
    items: tuple[str, ...] = ()
    open: bool = False
    period: str = ""
    date: str = ""


@dataclass(eq=False)
class Draft:
    mention: Mention
    clause: int
    lead: str  # clause text from the previous figure (or clause start) up to this figure
    lead_start: int
    rel: LeadRelation | None
    metric: str = ""
    counted: str = ""
    entity: str = ""
    entity_ambiguous: bool = False
    period: Period | None = None
    modality: str = "actual"
    relations: list[Link] = field(default_factory=list)
    id: str = ""
    own_metric: bool = False
    qualifier: str = ""  # a count's 的-qualifier (新材料产业的88家规上企业), for what its clause says of them
    quote_span: tuple[int, int] = (0, 0)  # the clause, in normalized-text offsets (set by to_claims)
    restates: bool = False  # a threshold the figure before crossed (5445.8亿元,首次站上5000亿元台阶)
    framed: bool = False  # the value compared with, framed by 与…相比 (与2010年…的184483人相比)

    @property
    def unit(self) -> str:
        return self.mention.unit

    @property
    def is_anchor(self) -> bool:
        """An amount stated without a relation marker of its own: what a rate, a share or a
        part after 其中 can point at. (Not ``facts.is_level``, which judges a finished claim.)"""
        return self.rel is None and not self.mention.rank and self.mention.unit != "" and not self.restates

    @property
    def is_rate(self) -> bool:
        return self.unit in RATE_UNITS


def one_value_stated(drafts: list[Draft]) -> bool:
    """The drafts state one value in one unit (one figure, or the same written again): which of them
    is meant makes no difference."""
    return len({(d.mention.value, d.unit) for d in drafts}) == 1


@dataclass
class SentenceContext:
    """One sentence as every reader sees it: its text, time expressions, clauses, named
    entities and references, and the article state carried from the sentences before."""

    sentence: Sentence
    times: list[TimeExpr]  # time expressions that give a figure its period
    all_times: list[TimeExpr]  # … and those naming a comparison base (比去年同期)
    clauses: list[tuple[int, int]]
    entities: list
    refs: list
    state: "ArticleState"  # noqa: F821 - factcheck.extract.context, imported there
    structure: list = field(default_factory=list)  # 三次产业结构 components found before mentions
    first_figure: int = 0  # where the sentence's first figure starts (its length when it has none)

    @property
    def text(self) -> str:
        return self.sentence.text

    def clause_of(self, pos: int) -> int:
        return next(i for i, (s, e) in enumerate(self.clauses) if s <= pos <= e)
