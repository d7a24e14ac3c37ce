"""Pages of a form: the list (with filters), the form itself (entry with the live score, findings, review
notes, the resubmission diff), the live-score fragment, saving, a new form, export, history. Thin: the
services do the work."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from jixiao.scoring.engine import EXECUTION_CODE
from jixiao.web.orgs.scope import Person
from jixiao.web.review.diff import diff
from jixiao.web.review.services import last_return, last_reviewed_snapshot, unexplained
from jixiao.web.review.stages import EDITABLE, IN_REVIEW, STAGES
from jixiao.web.selfeval import services
from jixiao.web.selfeval.filters import filter_forms
from jixiao.web.selfeval.formdata import FUNDS_FIELDS, blocking, parse_post
from jixiao.web.selfeval.models import Form
from jixiao.web.templatetags.jx import fieldlabel, lang


def _int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


@login_required
def form_list(request: HttpRequest) -> HttpResponse:
    person = Person.of(request.user)
    qs = filter_forms(services.scoped_forms(request.user), request.GET)
    page = Paginator(qs.select_related("unit", "year"), 100).get_page(request.GET.get("page"))
    depts = person.units().filter(kind="dept")
    return render(request, "jixiao/form_list.html", {
        "page": page, "stages": STAGES, "depts": depts, "q": request.GET,
        "overdue_ids": {f.pk for f in page if services.overdue(f)},
    })


def _context(request: HttpRequest, form: Form, data: dict[str, Any] | None = None,
             errors: dict[str, str] | None = None, ev: Any = None) -> dict[str, Any]:
    person = Person.of(request.user)
    path = form.unit.path
    data = form.data if data is None else data
    result = ev.result_json() if ev is not None else form.result
    findings = ev.findings if ev is not None else form.findings
    rows = {r["code"]: r for r in result.get("indicators", [])}
    ret = last_return(form)
    snapshot = last_reviewed_snapshot(form)
    return {
        "form": form, "data": data, "errors": errors or {}, "result": result, "rows": rows,
        "findings": findings, "explanations": data.get("explanations") or {},
        "indicators": list(enumerate(data.get("indicators") or [], start=1)),
        "inputs": sorted((data.get("inputs") or {}).items()),
        "can_edit": form.stage in EDITABLE and person.can_fill(path),
        "can_submit": form.stage in EDITABLE and person.can_submit(path),
        "can_review": form.stage in IN_REVIEW and person.can_review(form.stage, path),
        "can_except": person.has("finance", path),
        "overdue": services.overdue(form), "stale": services.is_stale(form),
        "returned": ret if form.stage in EDITABLE or form.stage in IN_REVIEW else None,
        "diff": diff(snapshot, form.data) if snapshot is not None and form.stage in IN_REVIEW else None,
        "unexplained": {f["key"] for f in unexplained(form)},
        "unscored": _unscored(findings, data),
    }


def _unscored(findings: list[dict[str, Any]], data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows the engine could not score (why the total is missing), each with its row's target."""
    rows = data.get("indicators") or []
    out = []
    for f in findings:
        if f["kind"] == "score_problem":
            n = f.get("row")
            target = rows[n - 1].get("target") if isinstance(n, int) and 0 < n <= len(rows) else None
            code = n if n is not None else (EXECUTION_CODE if f.get("where") == "funds" else None)
            prefix = f"{code} {f.get('label')}: "  # the row (or block) and name are said before it on the page
            text = {k: f[k].removeprefix(prefix) for k in ("message", "message_en")}
            for key in FUNDS_FIELDS:  # the engine names the funds' inputs by key: the page by their labels
                text["message"] = text["message"].replace(f"“{key}”", f"“{fieldlabel('f_' + key)}”")
                text["message_en"] = text["message_en"].replace(f"'{key}'", f"'{key.replace('_', ' ')}'")
            out.append({"finding": f, "text": text, "row": n, "target": target, "funds": code == EXECUTION_CODE})
    return out


@login_required
def form_detail(request: HttpRequest, pk: int) -> HttpResponse:
    form = services.get_form(request.user, pk)
    return render(request, "jixiao/form_detail.html", _context(request, form))


@login_required
@require_POST
def form_score(request: HttpRequest, pk: int) -> HttpResponse:
    """The live score: what the engine says of the values on the page, nothing saved."""
    form = services.get_form(request.user, pk)
    data, errors = parse_post(form.kind, request.POST, form.data)
    ev = services.evaluate_form(form, data)
    return render(request, "jixiao/_score.html", _context(request, form, data, errors, ev))


@login_required
@require_POST
def form_save(request: HttpRequest, pk: int) -> HttpResponse:
    form = services.get_form(request.user, pk)
    data, errors = parse_post(form.kind, request.POST, form.data)
    status = 400
    if not blocking(errors):
        try:
            services.save_form(request.user, pk, version=_int(request.POST.get("version")) or 0, data=data,
                               title=data.get("title") or form.title, via="web:form")
        except services.Refused as e:
            messages.error(request, e.text(lang()))
            status = e.status
        else:
            messages.success(request, gettext("已保存"))
            return redirect("form", pk=pk)
    else:
        messages.error(request, gettext("有字段需要改正，未保存"))
    ev = services.evaluate_form(form, data)
    ctx = _context(request, form, data, errors, ev)
    ctx["version"] = request.POST.get("version")
    return render(request, "jixiao/form_detail.html", ctx, status=status)


@login_required
def form_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The form in the official xlsx layout (read/export.py), as it stands now."""
    from jixiao.read.export import write_form_xlsx
    from jixiao.web.selfeval.document import to_document

    form = services.get_form(request.user, pk)
    if form.kind != "project":
        messages.error(request, gettext("部门整体自评没有官方 xlsx 格式"))
        return redirect("form", pk=pk)
    ev = services.evaluate_form(form)
    doc = to_document(form.data, ev.result, form.year.year)
    with tempfile.TemporaryDirectory(prefix="jixiao-export-") as tmp:
        path = Path(tmp) / "form.xlsx"
        write_form_xlsx(doc.to_json(), str(path))
        body = path.read_bytes()
    response = HttpResponse(body, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="form-{form.pk}.xlsx"'
    return response


@login_required
def form_history(request: HttpRequest, pk: int) -> HttpResponse:
    form = services.get_form(request.user, pk)
    events: list[dict[str, Any]] = []
    for c in form.changes.select_related("actor"):
        events.append({"at": c.at, "who": c.actor, "what": f"v{c.version}", "via": c.via, "diff": diff(c.before, c.after)})
    for t in form.transitions.select_related("actor"):
        events.append({"at": t.at, "who": t.actor, "what": t.get_action_display(), "via": t.via,
                       "stages": (t.from_stage, t.to_stage), "note": t.note, "row_notes": t.row_notes})
    events.sort(key=lambda e: e["at"])
    return render(request, "jixiao/form_history.html", {"form": form, "events": events})


@login_required
def form_new(request: HttpRequest) -> HttpResponse:
    from jixiao.web.selfeval.create import new_form_from_request

    person = Person.of(request.user)
    units = [u for u in person.units().filter(active=True) if person.can_fill(u.path)]
    if request.method == "POST":
        form, problems = new_form_from_request(request, units)
        if form is not None:
            return redirect("form", pk=form.pk)
        for p in problems:
            messages.error(request, p)
    from jixiao.web.years.models import FrameworkVersion

    return render(request, "jixiao/form_new.html", {
        "units": units, "frameworks": FrameworkVersion.objects.select_related("year").order_by("-year__year", "fid"),
    })

