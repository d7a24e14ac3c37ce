"""The queue filters of the form list and the API: stage, year, department, grade, overdue, findings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from jixiao.web.orgs.models import OrgUnit
from jixiao.web.review.stages import DEPT_REVIEW, DRAFT, FINANCE_REVIEW, RETURNED
from jixiao.web.selfeval.models import Form


def overdue_q() -> Q:
    today = timezone.localdate()
    unit_late = Q(stage__in=(DRAFT, RETURNED), year__fill_deadline__lt=today) & ~Q(exception_until__gte=today)
    return (unit_late | Q(stage=DEPT_REVIEW, year__dept_deadline__lt=today)
            | Q(stage=FINANCE_REVIEW, year__finance_deadline__lt=today))


def filter_forms(qs: QuerySet[Form], q: Mapping[str, Any]) -> QuerySet[Form]:
    if q.get("stage"):
        qs = qs.filter(stage=q["stage"])
    if str(q.get("year") or "").isdigit():
        qs = qs.filter(year__year=int(q["year"]))
    if str(q.get("dept") or "").isdigit():
        dept = OrgUnit.objects.filter(pk=int(q["dept"])).first()
        qs = qs.filter(unit__path__startswith=dept.path) if dept else qs.none()
    if q.get("grade"):
        qs = qs.filter(grade=q["grade"])
    if q.get("overdue") in ("1", "true", True):
        qs = qs.filter(overdue_q())
    if q.get("findings") == "error":
        qs = qs.filter(errors__gt=0)
    elif q.get("findings") in ("suspect", "1", "true"):
        qs = qs.filter(Q(errors__gt=0) | Q(suspects__gt=0))
    return qs
