"""Template helpers: ``{% t "中文" "English" %}`` (Chinese first, English when the request's language is en),
``|stage`` (a stage's label), ``|get`` (a mapping's item)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from jixiao.core.i18n import tr
from jixiao.web.review.stages import STAGE_EN, STAGES

register = template.Library()
_STAGE_ZH = dict(STAGES)


def lang() -> str:
    return "en" if (get_language() or "").startswith("en") else "zh"


@register.simple_tag
def t(zh: str, en: str) -> str:
    return tr(zh, en, lang())


@register.filter
def stage(value: str) -> str:
    return tr(_STAGE_ZH.get(value, value), STAGE_EN.get(value, value), lang())


@register.filter
def get(mapping: Any, key: Any) -> Any:
    if isinstance(mapping, dict):
        return mapping.get(key, mapping.get(str(key)))
    return None


@register.filter
def msg(finding: dict[str, Any]) -> str:
    return str(finding.get("message_en") if lang() == "en" else finding.get("message"))


@register.filter
def explain(row: dict[str, Any]) -> str:
    return str(row.get("explanation_en") if lang() == "en" else row.get("explanation"))


_FIELDS = {"initial_budget": ("年初预算数", "initial budget"), "annual_budget": ("全年预算数", "annual budget"),
           "executed": ("全年执行数", "executed"), "target": ("年度指标值", "target"), "actual": ("实际完成值", "actual"),
           "weight": ("分值", "weight"), "score": ("自评分", "own score")}


@register.filter
def fieldlabel(name: str) -> str:
    """``r3_weight`` → 第3行 分值; ``f_executed`` → 全年执行数 (a posted field's name, for people)."""
    name = name.removeprefix("note:")
    head, _, key = name.partition("_")
    zh, en = _FIELDS.get(key, (key, key))
    if head.startswith("r") and head[1:].isdigit():
        return tr(f"第{head[1:]}行 {zh}", f"row {head[1:]} {en}", lang())
    return tr(zh, en, lang())
