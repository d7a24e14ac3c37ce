"""The figures of the dashboard, over the forms in the person's scope (nothing else is counted)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.utils.translation import gettext, pgettext

from jixiao.web.review.stages import STAGES
from jixiao.web.selfeval.filters import overdue_q
from jixiao.web.selfeval.models import Form


def figures(qs: QuerySet[Form]) -> dict[str, Any]:
    by_stage = dict(qs.values_list("stage").annotate(n=Count("id")).values_list("stage", "n"))
    grades = dict(qs.exclude(grade="").values_list("grade").annotate(n=Count("id")).values_list("grade", "n"))
    points = [
        {"id": pk, "title": title, "rate": str(rate), "total": str(total), "grade": grade}
        for pk, title, rate, total, grade in qs.filter(exec_rate__isnull=False, total__isnull=False)
        .values_list("pk", "title", "exec_rate", "total", "grade")
    ]
    return {
        "stages": [{"stage": s, "label": pgettext("stage", zh), "n": by_stage.get(s, 0)} for s, zh in STAGES],
        "overdue": qs.filter(overdue_q()).count(),
        "grades": [{"grade": g, "n": n} for g, n in sorted(grades.items())],
        "points": points,
        "count": qs.count(),
        "labels": {"stages": gettext("各阶段表单数"), "grades": gettext("评分等级分布"),
                   "scatter": gettext("预算执行率（%）与总分"), "rate": gettext("执行率%"), "total": gettext("总分")},
    }
