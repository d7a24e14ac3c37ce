"""Workflow actions, each atomic on a form fetched through the person's scope; each writes the ledger.

submit (填报/审核 of the unit) → 主管部门审核 → 财政审核 → approved (locked). A reviewer may return the
form with a note and notes on rows; the unit fixes and resubmits. Submission is refused while the audit
reports an error, while a suspect finding has no written explanation, and after the fill deadline unless
财政 granted an exception.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from jixiao.web.orgs.scope import Person
from jixiao.web.review.models import Transition
from jixiao.web.review.stages import (
    APPROVED,
    DEPT_REVIEW,
    EDITABLE,
    FINANCE_REVIEW,
    IN_REVIEW,
    NEXT,
    RETURNED,
)
from jixiao.web.selfeval.evaluate import content_hash
from jixiao.web.selfeval.models import Form
from jixiao.web.selfeval.services import Refused, apply_evaluation, evaluate_form, get_form, overdue
from jixiao.web.years.models import FrameworkVersion


def _log(form: Form, user: Any, action: str, before: str, via: str, note: str = "",
         row_notes: dict[str, str] | None = None) -> Transition:
    return Transition.objects.create(
        form=form, actor=user, action=action, from_stage=before, to_stage=form.stage, note=note,
        row_notes=row_notes or {}, snapshot=form.data, content_hash=content_hash(form.data, form.framework.sha256),
        via=via,
    )


def unexplained(form: Form) -> list[dict[str, Any]]:
    given = form.data.get("explanations") or {}
    return [f for f in form.findings if f["severity"] == "suspect" and not str(given.get(f["key"], "")).strip()]


def submit(user: Any, pk: int, *, via: str, today: date | None = None) -> Form:
    with transaction.atomic():
        form = get_form(user, pk, for_update=True)
        if not Person.of(user).can_submit(form.unit.path):
            raise PermissionDenied
        if form.stage not in EDITABLE:
            raise Refused("表单不在填报阶段，不能提交", "the form is not being filled: it cannot be submitted")
        if form.errors:
            raise Refused(f"审核发现{form.errors}处错误，改正后才能提交", f"{form.errors} error(s) found: fix them first", 400)
        missing = unexplained(form)
        if missing:
            raise Refused(f"{len(missing)}处疑似问题需要书面说明后才能提交",
                          f"{len(missing)} suspect finding(s) need a written explanation first", 400)
        if overdue(form, today):
            raise Refused("已过填报截止日期：需财政绩效科批准逾期例外后才能提交",
                          "past the fill deadline: a finance-bureau exception is needed to submit", 400)
        before = form.stage
        form.stage = DEPT_REVIEW
        form.save(update_fields=["stage", "updated"])
        _log(form, user, "submit", before, via)
    return form


def _reviewable(user: Any, pk: int) -> Form:
    form = get_form(user, pk, for_update=True)
    person = Person.of(user)
    if not (person.has("dept_review", form.unit.path) or person.has("finance", form.unit.path)):
        raise PermissionDenied
    if form.stage not in IN_REVIEW:
        raise Refused(f"表单处于“{form.get_stage_display()}”阶段，不在审核中", f"the form is not awaiting review ({form.stage})")
    if not person.can_review(form.stage, form.unit.path):
        raise PermissionDenied
    return form


def repin_framework(user: Any, pk: int, *, framework: FrameworkVersion, via: str) -> Form:
    """财政绩效科: score a form with another version of its framework. An approval given under the old
    version goes stale (and says so) until it is given again."""
    with transaction.atomic():
        form = get_form(user, pk, for_update=True)
        if not Person.of(user).has("finance", form.unit.path):
            raise PermissionDenied
        if framework.year_id != form.year_id or framework.fid != form.framework.fid:
            raise Refused("只能换成同一框架的另一版本", "only another version of the same framework", 400)
        form.framework = framework
        apply_evaluation(form, evaluate_form(form))
        form.version += 1
        form.save()
        _log(form, user, "framework", form.stage, via, framework.sha256[:12])
    return form


def return_form(user: Any, pk: int, *, note: str, row_notes: dict[str, str] | None = None, via: str) -> Form:
    row_notes = {str(k): v.strip() for k, v in (row_notes or {}).items() if v and v.strip()}
    if not note.strip() and not row_notes:
        raise Refused("退回须写明理由（表单或行的意见）", "a return needs a reason (a note on the form or a row)", 400)
    with transaction.atomic():
        form = _reviewable(user, pk)
        before = form.stage
        form.stage = RETURNED
        form.save(update_fields=["stage", "updated"])
        _log(form, user, "return", before, via, note.strip(), row_notes)
    return form


def approve(user: Any, pk: int, *, via: str, note: str = "") -> Form:
    with transaction.atomic():
        form = _reviewable(user, pk)
        before = form.stage
        form.stage = NEXT[before]
        form.approved_hash = content_hash(form.data, form.framework.sha256)
        form.save(update_fields=["stage", "approved_hash", "updated"])
        _log(form, user, "approve", before, via, note)
    return form


def grant_exception(user: Any, pk: int, *, until: date, note: str, via: str) -> Form:
    """财政绩效科: let a late form be submitted until ``until``."""
    with transaction.atomic():
        form = get_form(user, pk, for_update=True)
        if not Person.of(user).has("finance", form.unit.path):
            raise PermissionDenied
        if not note.strip():
            raise Refused("逾期例外须写明理由", "an exception needs a reason", 400)
        if until < timezone.localdate():
            raise Refused("例外截止日期已过", "the exception's date is already past", 400)
        form.exception_until, form.exception_note = until, note.strip()
        form.save(update_fields=["exception_until", "exception_note", "updated"])
        _log(form, user, "exception", form.stage, via, f"{until.isoformat()} {note.strip()}")
    return form


def last_return(form: Form) -> Transition | None:
    return form.transitions.filter(action="return").order_by("-at", "-id").first()


def last_reviewed_snapshot(form: Form) -> dict[str, Any] | None:
    """The data the reviewers last saw (at the last return), for the resubmission diff."""
    t = last_return(form)
    return t.snapshot if t is not None else None


__all__ = ["APPROVED", "FINANCE_REVIEW", "approve", "grant_exception", "return_form", "submit"]
