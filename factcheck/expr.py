"""The expression language of custom assertions in ``rules/``: arithmetic over claim ids,
numbers with units, comparisons and tolerances. It is parsed here by a whitelist grammar
(recursive descent), never evaluated by Python, and limited in size and depth.

::

    assertion := sum [cmp sum [± quantity]]
    cmp       := == | != | < | <= | > | >= | ≈
    sum       := product (('+' | '-') product)*
    product   := unary (('*' | '/') unary)*
    unary     := '-' unary | atom
    atom      := number [unit] | claim-id | '(' sum ')' | func '(' sum (',' sum)* ')'
    func      := abs | min | max

Examples: ``c86a9f160 / c89099820 == 77% ± 0.5%``, ``c726ddb1d - c0df19915 >= 0``,
``c3d27a1da + c1bb3f5b2 <= 60万平方米``. Values carry the interval of the written figures, so
a comparison fails only when no choice of the true values within rounding satisfies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.interval import Interval, fmt_interval

MAX_CHARS = 500
MAX_TOKENS = 200
MAX_DEPTH = 20
FUNCS = ("abs", "min", "max")

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d+)?)(?P<unit>%|‰|[^\W\d_][^\s()+\-*/,<>=!≈±]*)?
  | (?P<cmp>==|!=|<=|>=|<|>|≈)
  | (?P<pm>±|\+-)
  | (?P<op>[+\-*/(),])
  | (?P<name>[A-Za-z_][A-Za-z0-9_\-]*)
""", re.VERBOSE)


class ExprError(ValueError):
    def __init__(self, message: str, column: int | None = None):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    col: int
    unit: str = ""


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_CHARS:
        raise ExprError(f"expression longer than {MAX_CHARS} characters")
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ExprError(f"unexpected {text[pos]!r}", pos + 1)
        kind = m.lastgroup if m.lastgroup != "unit" else "num"
        if m.group("num") is not None:
            out.append(Token("num", m.group("num"), pos + 1, m.group("unit") or ""))
        elif kind != "ws":
            out.append(Token(kind, m.group(0), pos + 1))
        pos = m.end()
        if len(out) > MAX_TOKENS:
            raise ExprError(f"expression has more than {MAX_TOKENS} tokens")
    return out


# AST nodes are tuples: ("num", value, unit) | ("id", name) | ("neg", x) | ("bin", op, a, b)
# | ("call", func, args) | ("cmp", op, a, b, tolerance-or-None)


class Parser:
    def __init__(self, text: str):
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, kind: str | None = None, text: str | None = None) -> Token:
        t = self.peek()
        if t is None or (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind or "more"
            raise ExprError(f"expected {want}" + (f", found {t.text!r}" if t else " at the end"),
                            t.col if t else None)
        self.i += 1
        return t

    def parse(self):
        node = self.assertion()
        if self.peek() is not None:
            raise ExprError(f"unexpected {self.peek().text!r}", self.peek().col)
        return node

    def assertion(self):
        left = self.sum()
        t = self.peek()
        if t is None:
            return left
        if t.kind != "cmp":
            raise ExprError(f"expected a comparison, found {t.text!r}", t.col)
        self.i += 1
        right = self.sum()
        tol = None
        if self.peek() is not None and self.peek().kind == "pm":
            self.i += 1
            tol = self.unary()
        return ("cmp", t.text, left, right, tol)

    def _enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExprError(f"expression nested deeper than {MAX_DEPTH}")

    def sum(self):
        self._enter()
        node = self.product()
        while self.peek() is not None and self.peek().text in ("+", "-"):
            op = self.take().text
            node = ("bin", op, node, self.product())
        self.depth -= 1
        return node

    def product(self):
        node = self.unary()
        while self.peek() is not None and self.peek().text in ("*", "/"):
            op = self.take().text
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        t = self.peek()
        if t is not None and t.text == "-":
            self.i += 1
            self._enter()
            node = ("neg", self.unary())
            self.depth -= 1
            return node
        return self.atom()

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return ("num", float(t.text), t.unit)
        if t.text == "(":
            node = self.sum()
            self.take("op", ")")
            return node
        if t.kind == "name":
            if self.peek() is not None and self.peek().text == "(":
                if t.text not in FUNCS:
                    raise ExprError(f"unknown function {t.text!r} (known: {', '.join(FUNCS)})", t.col)
                self.take("op", "(")
                args = [self.sum()]
                while self.peek() is not None and self.peek().text == ",":
                    self.i += 1
                    args.append(self.sum())
                self.take("op", ")")
                return ("call", t.text, args)
            return ("id", t.text)
        raise ExprError(f"unexpected {t.text!r}", t.col)


def parse(text: str):
    return Parser(text).parse()


def claim_ids(node) -> set[str]:
    kind = node[0]
    if kind == "id":
        return {node[1]}
    if kind == "num":
        return set()
    if kind == "neg":
        return claim_ids(node[1])
    if kind == "bin":
        return claim_ids(node[2]) | claim_ids(node[3])
    if kind == "call":
        return set().union(*(claim_ids(a) for a in node[2]))
    if kind == "cmp":
        return claim_ids(node[2]) | claim_ids(node[3]) | (claim_ids(node[4]) if node[4] else set())
    return set()


@dataclass(frozen=True)
class Value:
    iv: Interval
    unit: object  # a pint unit in base units (dimensionless for plain numbers)

    def show(self) -> str:
        u = _pretty(str(self.unit))
        return fmt_interval(self.iv) + ("" if u == "dimensionless" else f" {u}")


def _pretty(unit: str) -> str:
    """Registry names back to written ones: count3 → 人, yuan → 元."""
    from factcheck.lexicon import counters

    names = list(counters())
    unit = re.sub(r"count(\d+)", lambda m: names[int(m.group(1))], unit)
    for internal, written in (("yuan", "元"), ("usd", "美元"), ("square_meter", "平方米"), ("meter", "米"),
                              ("ton", "吨"), ("watt_hour", "瓦时"), ("day", "天")):
        unit = re.sub(rf"\b{internal}\b", written, unit)
    return unit


def evaluate(node, lookup) -> Value:
    """``lookup(claim_id) -> (Interval, unit string)``."""
    from factcheck import units

    kind = node[0]
    if kind == "num":
        value, unit = node[1], node[2]
        q = units.registry().Quantity(1.0, unit or "")
        try:
            q = q.to_base_units()
        except Exception:
            pass
        return Value(Interval.point(value * float(q.magnitude)), q.units)
    if kind == "id":
        iv, unit = lookup(node[1])
        base = units.registry().Quantity(1.0, unit or "").to_base_units()
        return Value(iv * float(base.magnitude), base.units)
    if kind == "neg":
        v = evaluate(node[1], lookup)
        return Value(-v.iv, v.unit)
    if kind == "bin":
        a, b = evaluate(node[2], lookup), evaluate(node[3], lookup)
        op = node[1]
        if op in "+-":
            if a.unit != b.unit:
                raise ExprError(f"cannot {'add' if op == '+' else 'subtract'} {a.unit} and {b.unit}")
            return Value(a.iv + b.iv if op == "+" else a.iv - b.iv, a.unit)
        if op == "*":
            return Value(a.iv * b.iv, a.unit * b.unit)
        try:
            return Value(a.iv / b.iv, a.unit / b.unit)
        except ZeroDivisionError:
            raise ExprError("division by a value that can be zero") from None
    if kind == "call":
        vals = [evaluate(a, lookup) for a in node[2]]
        if node[1] == "abs":
            if len(vals) != 1:
                raise ExprError("abs takes one argument")
            v = vals[0].iv
            lo = 0.0 if v.lo <= 0 <= v.hi else min(abs(v.lo), abs(v.hi))
            return Value(Interval(lo, max(abs(v.lo), abs(v.hi))), vals[0].unit)
        if any(v.unit != vals[0].unit for v in vals):
            raise ExprError(f"{node[1]} of values in different units")
        pick = min if node[1] == "min" else max
        return Value(Interval(pick(v.iv.lo for v in vals), pick(v.iv.hi for v in vals)), vals[0].unit)
    raise ExprError("not a value")


def holds(node, lookup, relative_tolerance: float = 0.0) -> tuple[bool, str]:
    """(can the assertion hold?, the arithmetic in words)."""
    if node[0] != "cmp":
        raise ExprError("an assertion must compare two values (==, <=, …)")
    op, left, right, tol = node[1], evaluate(node[2], lookup), evaluate(node[3], lookup), node[4]
    if left.unit != right.unit:
        raise ExprError(f"cannot compare {left.unit} with {right.unit}")
    a, b = left.iv, right.iv
    if tol is not None:
        t = evaluate(tol, lookup)
        if t.unit != left.unit:
            raise ExprError(f"tolerance in {t.unit}, values in {left.unit}")
        b = b.widen(absolute=t.iv.hi)
    b = b.widen(relative=relative_tolerance)
    ok = {"==": a.meets(b), "≈": a.meets(b), "!=": not (a.lo == a.hi == b.lo == b.hi),
          "<": a.lo < b.hi, "<=": a.lo <= b.hi, ">": a.hi > b.lo, ">=": a.hi >= b.lo}[op]
    return ok, f"{left.show()} {op} {right.show()}" + (f" ± {evaluate(tol, lookup).show()}" if tol else "")
