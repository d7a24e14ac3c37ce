"""Template helpers: the labels of stages, kinds of unit, roles, organisation changes and posted fields in the
request's language (Django's i18n: ``pgettext`` with a context each, the English in ``locale/en``);
``lang()`` for the texts that carry both languages themselves (the core's findings and explanations, the
services' refusals); ``|get`` (a mapping's item)."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.translation import get_language, gettext, pgettext

from jixiao.web.orgs.models import KINDS, ORG_ACTIONS, ROLES
from jixiao.web.review.stages import STAGES

register = template.Library()
_LABELS = {"stage": dict(STAGES), "kind": dict(KINDS), "role": dict(ROLES), "org action": dict(ORG_ACTIONS)}


def lang() -> str:
    return "en" if (get_language() or "").startswith("en") else "zh"


def _label(context: str, value: str) -> str:
    zh = _LABELS[context].get(value)
    return pgettext(context, zh) if zh is not None else value


@register.filter
def stage(value: str) -> str:
    return _label("stage", value)


@register.filter
def kind(value: str) -> str:
    return _label("kind", value)


@register.filter
def role(value: str) -> str:
    return _label("role", value)


@register.filter
def orgaction(value: str) -> str:
    return _label("org action", value)


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


_FIELDS = {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "executed": "全年执行数",
           "target": "年度指标值", "actual": "实际完成值", "weight": "分值", "score": "自评分", "level1": "一级指标",
           "level2": "二级指标", "name": "三级指标", "deviation_note": "偏差原因", "title": "项目名称"}
_PLACES = ("表头", "资金", "说明")  # review.diff's places (besides 第N行 and a department form's codes)


@register.filter
def fieldlabel(name: str) -> str:
    """``r3_weight`` → 第3行 分值; ``f_executed`` → 全年执行数 (a posted field's name, for people)."""
    name = name.removeprefix("note:")
    head, _, key = name.partition("_")
    label = pgettext("field", _FIELDS[key]) if key in _FIELDS else key
    if head.startswith("r") and head[1:].isdigit():
        return gettext("第%(n)s行 %(field)s") % {"n": head[1:], "field": label}
    return label


@register.filter
def diffwhere(where: str) -> str:
    """A place of ``review.diff`` (表头, 资金, 第3行, 说明, A11) in the page's language."""
    m = re.fullmatch(r"第(\d+)行", where)
    if m:
        return gettext("第%(n)s行") % {"n": m.group(1)}
    return gettext(where) if where in _PLACES else where


@register.filter
def difffield(field: str) -> str:
    """A field of ``review.diff`` (a key of the form's data) by its label; explanation keys stay as they are."""
    return pgettext("field", _FIELDS[field]) if field in _FIELDS else field
