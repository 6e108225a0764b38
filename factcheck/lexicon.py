"""The genre knowledge shipped as data files in ``factcheck/data``, loaded once on first use."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("factcheck") / "data" / name


@cache
def load(name: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_path(name).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe


@cache
def counters() -> dict[str, dict]:
    return {k: (v or {}) for k, v in load("counters.yaml")["counters"].items()}


@cache
def qualifiers() -> dict:
    return load("qualifiers.yaml")


@cache
def metrics() -> dict[str, dict]:
    return {k: (v or {}) for k, v in load("metrics.yaml")["metrics"].items()}


@cache
def metric_synonyms() -> dict[str, str]:
    """Every written form (canonical names included) → canonical metric name."""
    table: dict[str, str] = {}
    for name, spec in metrics().items():
        table[name] = name
        for syn in spec.get("synonyms", []) or []:
            table[syn] = name
    return table


def canonical_metric(phrase: str) -> str:
    return metric_synonyms().get(phrase, phrase)


def is_flow(metric: str) -> bool:
    return bool(metrics().get(metric, {}).get("flow"))


def flow_by_head(metric: str) -> bool:
    """快递服务企业业务量, 港口货物吞吐量: a metric the lexicon does not list whose name ends with the
    head of a quantity summed over time (``flow_heads`` in ``metrics.yaml``), and names no average."""
    spec = load("metrics.yaml")
    return metric.endswith(tuple(spec["flow_heads"])) and not any(w in metric for w in spec["not_flows"])


@cache
def entities() -> dict:
    return load("entities.yaml")


@cache
def chrome() -> dict:
    return load("chrome.yaml")


@cache
def _vague() -> "re.Pattern":
    import re

    return re.compile("|".join(load("metrics.yaml")["vague_metric_words"]))


def names_an_indicator(metric: str) -> bool:
    """False for a metric made only of words that name no indicator (同期平均水平, 比2012年增速),
    or of one character left over from a phrase (两 of 两年平均增长)."""
    return len(indicator_words(metric)) >= 2


def indicator_words(metric: str) -> str:
    """The metric without the words that name no indicator (在校生比2012年 → 在校生)."""
    return _vague().sub("", metric).strip()


def bare_measure(metric: str) -> bool:
    """True for a metric that is a measure alone (产值, 增加值: ``paragraph_topic.measures`` in
    ``extraction.yaml``): whose output it is was lost, so it tells no sector from another."""
    return metric in _measures()


@cache
def _measures() -> frozenset[str]:
    return frozenset(load("extraction.yaml")["paragraph_topic"]["measures"])


@cache
def field_frames() -> re.Pattern:
    """在全省重点关注的10个州(市)中: the field the figures after it are taken among, its name in the
    group ``field`` (``linking.field_frames`` in ``extraction.yaml``)."""
    return re.compile("|".join(load("extraction.yaml")["linking"]["field_frames"]))
