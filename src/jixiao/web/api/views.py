"""The API. Every form is fetched through the person's scope (out of scope: 404); refusals are 400/409
with the message; a missing role is 403."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import NinjaAPI, Query, Schema, Status
from ninja.security import HttpBearer

from jixiao.web.api import schemas as s
from jixiao.web.api.models import Token, digest
from jixiao.web.orgs.scope import Person
from jixiao.web.review import services as review
from jixiao.web.selfeval import services
from jixiao.web.selfeval.filters import filter_forms
from jixiao.web.selfeval.models import Form
from jixiao.web.years.models import FrameworkVersion, Year


class Bearer(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        t = Token.objects.select_related("user").filter(key_hash=digest(token), user__is_active=True).first()
        return t.user if t is not None else None


api = NinjaAPI(title="jixiao API", version="1", urls_namespace="api", auth=Bearer(),
               docs_url=None)


@api.exception_handler(services.Refused)
def refused(request: HttpRequest, exc: services.Refused) -> HttpResponse:
    return api.create_response(request, {"detail": exc.zh, "detail_en": exc.en}, status=exc.status)


@api.exception_handler(PermissionDenied)
def denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": "无权操作 / not allowed"}, status=403)


@api.exception_handler(Http404)
def missing(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "不存在 / not found"}, status=404)


@api.post("/auth/token", auth=None, response={200: s.TokenOut, 401: s.Message})
def token(request: HttpRequest, body: s.TokenIn) -> Any:
    user = authenticate(request, username=body.username, password=body.password)
    if user is None:
        return Status(401, {"detail": "用户名或密码错误 / wrong username or password"})
    return {"token": Token.issue(user)}


def _out(f: Form) -> dict[str, Any]:
    return {
        "id": f.pk, "title": f.title, "year": f.year.year, "unit": f.unit.name, "kind": f.kind, "stage": f.stage,
        "version": f.version, "framework": f.framework.fid, "total": f.total_text or None,
        "grade": f.grade or None, "errors": f.errors, "suspects": f.suspects, "overdue": services.overdue(f),
    }


def _detail(f: Form) -> dict[str, Any]:
    out = _out(f)
    out["total"] = f.result.get("total")
    out["stale"] = services.is_stale(f)
    out["indicators"] = [{k: i.get(k) for k in ("code", "name", "weight", "score", "explanation")}
                         for i in f.result.get("indicators", [])]
    out["findings"] = f.findings
    out["data"] = f.data
    return out


class ListQuery(Schema):
    stage: str | None = None
    year: int | None = None
    dept: int | None = None
    grade: str | None = None
    overdue: bool | None = None
    findings: str | None = None
    limit: int = 500
    offset: int = 0


# The list reads the columns it shows with one query (the total, grade, stage and findings counts are stored
# on the row at every save) and writes the JSON itself: building 500 model objects and validating 500
# schema objects made a list of 500 cost 36 ms of CPU, this 6 ms. The shape is ``FormOut``'s (the schema says so
# and a test checks the list against it).
_LIST = ("id", "title", "year", "unit", "kind", "stage", "version", "framework", "total", "grade", "errors",
         "suspects")
_COLUMNS = ("pk", "title", "year__year", "unit__name", "kind", "stage", "version", "framework__fid", "total_text",
            "grade", "errors", "suspects", "year_id", "exception_until")


@api.get("/forms", response=list[s.FormOut])
def forms(request: HttpRequest, q: Query[ListQuery]) -> Any:
    qs = filter_forms(services.scoped_forms(request.auth), {k: v for k, v in q.dict().items() if v is not None})
    limit = max(1, min(q.limit, 1000))
    today = timezone.localdate()
    deadlines = {y.pk: (y.fill_deadline, y.dept_deadline, y.finance_deadline) for y in Year.objects.all()}
    out = []
    for row in qs.values_list(*_COLUMNS)[q.offset:q.offset + limit]:
        item = dict(zip(_LIST, row, strict=False))
        item["total"] = item["total"] or None
        item["grade"] = item["grade"] or None
        item["overdue"] = services.is_overdue(item["stage"], *deadlines[row[-2]], row[-1], today)
        out.append(item)
    return HttpResponse(json.dumps(out, ensure_ascii=False), content_type="application/json; charset=utf-8")


@api.get("/forms/{pk}", response=s.FormDetail)
def form(request: HttpRequest, pk: int) -> Any:
    return _detail(services.get_form(request.auth, pk))


@api.post("/forms", response={201: s.FormDetail})
def create(request: HttpRequest, body: s.FormCreate) -> Any:
    unit = Person.of(request.auth).units().filter(pk=body.unit).first()
    fv = FrameworkVersion.objects.select_related("year").filter(pk=body.framework).first()
    if unit is None or fv is None:
        raise Http404
    f = services.create_form(request.auth, unit=unit, year=fv.year, framework=fv, title=body.title, data=body.data,
                             via="api:create")
    return Status(201, _detail(services.get_form(request.auth, f.pk)))


@api.put("/forms/{pk}", response=s.FormDetail)
def update(request: HttpRequest, pk: int, body: s.FormUpdate) -> Any:
    return _detail(services.save_form(request.auth, pk, version=body.version, data=body.data, title=body.title,
                                      via="api:update"))


@api.post("/forms/{pk}/submit", response=s.FormDetail)
def submit(request: HttpRequest, pk: int) -> Any:
    review.submit(request.auth, pk, via="api:submit")
    return _detail(services.get_form(request.auth, pk))


@api.post("/forms/{pk}/return", response=s.FormDetail)
def return_form(request: HttpRequest, pk: int, body: s.ReturnIn) -> Any:
    review.return_form(request.auth, pk, note=body.note, row_notes=body.row_notes, via="api:return")
    return _detail(services.get_form(request.auth, pk))


@api.post("/forms/{pk}/approve", response=s.FormDetail)
def approve(request: HttpRequest, pk: int, body: s.NoteIn) -> Any:
    review.approve(request.auth, pk, note=body.note, via="api:approve")
    return _detail(services.get_form(request.auth, pk))

