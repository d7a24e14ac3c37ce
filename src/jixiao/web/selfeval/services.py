"""The service layer of forms: each action atomic, on a queryset already scoped to the person.

Out of scope → ``Http404`` (a record outside one's units does not exist for them); in scope but not
allowed → ``PermissionDenied``; allowed but refused (stale version, wrong stage, errors) → ``Refused`` with
a Chinese and an English message. Views and the API only translate these.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from jixiao.web.orgs.models import OrgUnit
from jixiao.web.orgs.scope import Person
from jixiao.web.review.stages import APPROVED, DEPT_REVIEW, DRAFT, EDITABLE, FINANCE_REVIEW, RETURNED
from jixiao.web.selfeval.evaluate import Evaluation, evaluate
from jixiao.web.selfeval.models import Form
from jixiao.web.years.models import FrameworkVersion, Year


class Refused(Exception):
    def __init__(self, zh: str, en: str, status: int = 409) -> None:
        super().__init__(zh)
        self.zh, self.en, self.status = zh, en, status

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


def scoped_forms(user: object) -> QuerySet[Form]:
    """Every form the person may see: those of units in their scope."""
    return Form.objects.filter(Person.of(user).unit_filter("unit__"))


def get_form(user: object, pk: int, *, for_update: bool = False) -> Form:
    qs = scoped_forms(user).select_related("unit", "year", "framework")
    if for_update:
        qs = qs.select_for_update(of=("self",))
    try:
        return qs.get(pk=pk)
    except (Form.DoesNotExist, ValueError, TypeError):
        raise Http404("form not found") from None


def apply_evaluation(form: Form, ev: Evaluation) -> None:
    form.total, form.grade, form.exec_rate = ev.total, ev.grade, ev.exec_rate
    form.total_text = "" if ev.total is None else str(ev.total)
    form.result = ev.result_json()
    form.findings = ev.findings
    form.errors, form.suspects = ev.errors, ev.suspects


def evaluate_form(form: Form, data: Mapping[str, Any] | None = None) -> Evaluation:
    return evaluate(form.framework.framework(), form.kind, form.data if data is None else data, form.year.year)


def overdue(form: Form, today: date | None = None) -> bool:
    """Past the deadline of the stage it is in (and, for the unit's stage, without a 财政 exception)."""
    y = form.year
    return is_overdue(form.stage, y.fill_deadline, y.dept_deadline, y.finance_deadline, form.exception_until, today)


def is_overdue(stage: str, fill: date | None, dept: date | None, finance: date | None,
               exception_until: date | None, today: date | None = None) -> bool:
    """``overdue`` on plain values (the API's list reads them with one query, without building models)."""
    today = today or timezone.localdate()
    if stage in (DRAFT, RETURNED):
        late = fill is not None and today > fill
        return late and not (exception_until is not None and today <= exception_until)
    if stage == DEPT_REVIEW:
        return dept is not None and today > dept
    if stage == FINANCE_REVIEW:
        return finance is not None and today > finance
    return False


def create_form(
    user: Any, *, unit: OrgUnit, year: Year, framework: FrameworkVersion, title: str,
    data: Mapping[str, Any], via: str, stage: str = DRAFT,
) -> Form:
    person = Person.of(user)
    found = person.units().filter(pk=unit.pk).first()  # and as the database has it now (active or not)
    if found is None:
        raise Http404("unit not found")
    unit = found
    if not person.can_fill(unit.path):
        raise PermissionDenied
    if framework.year_id != year.pk:
        raise Refused("框架不属于该年度", "the framework is not one of that year's", 400)
    if not unit.active:
        raise Refused(f"“{unit.name}”已停用，不能新建自评表", f"'{unit.name}' is deactivated: no new forms there", 400)
    from jixiao.web.review.models import Change

    with transaction.atomic():
        form = Form(year=year, unit=unit, framework=framework, kind="dept" if framework.kind == "dept" else "project",
                    title=title, data=dict(data), stage=stage, created_by=user)
        apply_evaluation(form, evaluate_form(form))
        form.save()
        Change.objects.create(form=form, actor=user, version=form.version, before={}, after=form.data, via=via)
    return form


def save_form(user: Any, pk: int, *, version: int, data: Mapping[str, Any], via: str, title: str | None = None) -> Form:
    """Save new data if ``version`` is still the form's: otherwise refused, and the caller keeps what was typed."""
    from jixiao.web.review.models import Change

    with transaction.atomic():
        form = get_form(user, pk, for_update=True)
        if not Person.of(user).can_fill(form.unit.path):
            raise PermissionDenied
        if form.stage not in EDITABLE:
            raise Refused(f"表单处于“{form.get_stage_display()}”阶段，不能修改",
                          f"the form is in stage '{form.stage}' and cannot be changed")
        if form.version != version:
            raise Refused(
                f"表单已被他人修改（您打开的是第{version}版，现在是第{form.version}版）。您输入的内容仍在页面上，"
                "请复制后刷新页面再合并保存。",
                f"someone else saved this form meanwhile (you opened version {version}, it is now version "
                f"{form.version}). What you typed is still on the page: copy it, reload, and save again.",
            )
        before = form.data
        form.data = dict(data)
        if title is not None:
            form.title = title
        apply_evaluation(form, evaluate_form(form))
        form.version += 1
        form.save()
        Change.objects.create(form=form, actor=user, version=form.version, before=before, after=form.data, via=via)
    return form


def is_stale(form: Form) -> bool:
    """An approval went stale: what it covered (data and framework version) has changed since."""
    from jixiao.web.selfeval.evaluate import content_hash

    if not form.approved_hash or form.stage not in (FINANCE_REVIEW, APPROVED):
        return False
    return content_hash(form.data, form.framework.sha256) != form.approved_hash
