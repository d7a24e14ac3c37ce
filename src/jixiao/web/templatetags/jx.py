"""Template helpers: ``{% t "中文" "English" %}`` (Chinese first, English when the request's language is en),
``|stage`` (a stage's label), ``|get`` (a mapping's item)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from jixiao.core.i18n import tr
from jixiao.web.orgs.models import KINDS, ORG_ACTION_EN, ORG_ACTIONS, ROLE_EN, ROLES
from jixiao.web.review.stages import STAGE_EN, STAGES

register = template.Library()
_STAGE_ZH = dict(STAGES)
_KIND_ZH, _KIND_EN = dict(KINDS), {"bureau": "finance bureau", "dept": "department", "unit": "budget unit"}
_ROLE_ZH, _ACTION_ZH = dict(ROLES), dict(ORG_ACTIONS)


def lang() -> str:
    return "en" if (get_language() or "").startswith("en") else "zh"


@register.simple_tag
def t(zh: str, en: str) -> str:
    return tr(zh, en, lang())


def _label(zh: dict[str, str], en: dict[str, str], value: str) -> str:
    return tr(zh.get(value, value), en.get(value, value), lang())


@register.filter
def stage(value: str) -> str:
    return _label(_STAGE_ZH, STAGE_EN, value)


@register.filter
def kind(value: str) -> str:
    return _label(_KIND_ZH, _KIND_EN, value)


@register.filter
def role(value: str) -> str:
    return _label(_ROLE_ZH, ROLE_EN, value)


@register.filter
def orgaction(value: str) -> str:
    return _label(_ACTION_ZH, ORG_ACTION_EN, value)


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
