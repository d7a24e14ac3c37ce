"""The permission matrix: every role × every form view and API endpoint × a form in and out of the person's
scope. In scope and allowed: the action happens; in scope, not allowed: 403 and nothing changes; out of
scope: 404 (never 403) and nothing changes. Lists, the dashboard and the API list never show a form out of
scope."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from jixiao.web.api.models import Token
from jixiao.web.selfeval.models import Form
from web.world import LOW_RATE_KEY, PASSWORD, ROLES, World

TITLES = {"a1": "甲单位项目", "b1": "乙单位项目"}
SCOPE = {  # role → units whose forms it may see
    "finance": {"a1", "b1"}, "dept-a": {"a1"}, "fill-a1": {"a1"}, "review-a1": {"a1"},
    "readonly-a": {"a1"}, "fill-b1": {"b1"}, "nobody": set(),
}
READ = set(ROLES)
FILL = {"fill-a1", "fill-b1"}
SUBMIT = {"fill-a1", "review-a1", "fill-b1"}
REVIEW = {"dept-a", "finance"}  # each at its own stage
FINANCE = {"finance"}


def stage_for(role: str, action: str) -> str:
    if action in ("return", "approve"):
        return "finance_review" if role == "finance" else "dept_review"
    return "draft"


# (name, method, path, allowed roles, status when allowed, stage after when allowed)
WEB = [
    ("detail", "get", "/forms/{pk}/", READ, 200, None),
    ("history", "get", "/forms/{pk}/history/", READ, 200, None),
    ("export", "get", "/forms/{pk}/export.xlsx", READ, 200, None),
    ("score", "post", "/forms/{pk}/score/", READ, 200, None),
    ("save", "post", "/forms/{pk}/save/", FILL, 302, None),
    ("submit", "post", "/forms/{pk}/submit/", SUBMIT, 302, "dept_review"),
    ("return", "post", "/forms/{pk}/return/", REVIEW, 302, "returned"),
    ("approve", "post", "/forms/{pk}/approve/", REVIEW, 302, "approved?"),
    ("exception", "post", "/forms/{pk}/exception/", FINANCE, 302, None),
]
API = [
    ("api-detail", "get", "/api/v1/forms/{pk}", READ, 200, None),
    ("api-update", "put", "/api/v1/forms/{pk}", FILL, 200, None),
    ("api-submit", "post", "/api/v1/forms/{pk}/submit", SUBMIT, 200, "dept_review"),
    ("api-return", "post", "/api/v1/forms/{pk}/return", REVIEW, 200, "returned"),
    ("api-approve", "post", "/api/v1/forms/{pk}/approve", REVIEW, 200, "approved?"),
]


def body_for(action: str, form: Form) -> dict[str, Any]:
    if action == "save":
        data = {"version": str(form.version), "title": form.title, "rows": str(len(form.data["indicators"])),
                "f_executed": "4.30"}
        return data
    if action == "return":
        return {"note": "请补充佐证", "rn_1": "附会议记录"}
    if action == "exception":
        return {"until": "2999-01-01", "note": "顺延"}
    if action == "api-update":
        return {"version": form.version, "data": {**form.data, "funds": {**form.data["funds"], "executed": "4.30"}}}
    if action == "api-return":
        return {"note": "请补充佐证", "row_notes": {"1": "附会议记录"}}
    if action == "api-approve":
        return {"note": ""}
    return {}


def make_form(w: World, unit: str, stage: str) -> Form:
    f = w.form(unit, title=TITLES[unit], explanations={LOW_RATE_KEY: "年中调减预算"})
    Form.objects.filter(pk=f.pk).update(stage=stage)
    return w.fresh(f)


def request(w: World, role: str, method: str, path: str, body: dict[str, Any], api: bool) -> Any:
    c = Client()
    if api:
        headers = {"Authorization": f"Bearer {Token.issue(w.users[role])}"}
        if method == "get":
            return c.get(path, headers=headers)
        return getattr(c, method)(path, data=json.dumps(body), content_type="application/json", headers=headers)
    c.force_login(w.users[role])
    return c.get(path) if method == "get" else c.post(path, body)


CASES = [(role, unit, case, api) for role in ROLES for unit in ("a1", "b1")
         for api, cases in ((False, WEB), (True, API)) for case in cases]


@pytest.mark.parametrize(("role", "unit", "case", "api"), CASES,
                         ids=[f"{r}-{u}-{c[0]}" for r, u, c, _ in CASES])
def test_matrix(world: World, role: str, unit: str, case: tuple[Any, ...], api: bool) -> None:
    name, method, path, allowed, ok_status, stage_after = case
    action = name.removeprefix("api-")
    form = make_form(world, unit, stage_for(role, action))
    before = (form.stage, form.version, form.exception_until)
    r = request(world, role, method, path.format(pk=form.pk), body_for(name, form), api)
    after_form = world.fresh(form)
    after = (after_form.stage, after_form.version, after_form.exception_until)
    if unit not in SCOPE[role]:
        assert r.status_code == 404, (r.status_code, r.content[:300])
        assert after == before
        assert TITLES[unit].encode() not in r.content
    elif role not in allowed:
        assert r.status_code == 403, (r.status_code, r.content[:300])
        assert after == before
    else:
        assert r.status_code == ok_status, (r.status_code, r.content[:300])
        if stage_after == "approved?":
            assert after_form.stage == ("approved" if role == "finance" else "finance_review")
        elif stage_after is not None:
            assert after_form.stage == stage_after
        if action in ("save", "update"):
            assert after_form.version == form.version + 1 and after_form.data["funds"]["executed"] == "4.30"
        if action == "exception":
            assert after_form.exception_until is not None


LISTS = ["/forms/", "/forms/?stage=draft", "/dashboard/", "/orgs/", "/api/v1/forms", "/api/v1/forms?overdue=false"]


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("path", LISTS)
def test_lists_show_only_the_scope(world: World, role: str, path: str) -> None:
    make_form(world, "a1", "draft")
    make_form(world, "b1", "draft")
    r = request(world, role, "get", path, {}, path.startswith("/api/"))
    assert r.status_code == 200
    text = r.content.decode()
    if path.startswith("/api/"):
        text = json.dumps(r.json(), ensure_ascii=False)
    for unit, title in TITLES.items():
        if path == "/orgs/":
            title = {"a1": "单位A1", "b1": "单位B1"}[unit]
        if path == "/dashboard/":
            continue  # the dashboard shows counts: checked below
        assert (title in text) == (unit in SCOPE[role]), (unit, text[:500])
    if path == "/dashboard/":
        assert f'id="count">{len(SCOPE[role])}<' in text


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("unit", ["a1", "b1"])
def test_api_create(world: World, role: str, unit: str) -> None:
    body = {"unit": world.units[unit].pk, "framework": world.fv.pk, "title": "新项目",
            "data": {"title": "新项目", "funds": {}, "indicators": []}}
    r = request(world, role, "post", "/api/v1/forms", body, True)
    if unit not in SCOPE[role]:
        assert r.status_code == 404
    elif role not in FILL:
        assert r.status_code == 403
    else:
        assert r.status_code == 201 and r.json()["title"] == "新项目"
    assert Form.objects.filter(title="新项目").count() == (1 if r.status_code == 201 else 0)


def test_token_needs_the_password(world: World) -> None:
    c = Client()
    r = c.post("/api/v1/auth/token", {"username": "fill-a1", "password": "wrong"}, content_type="application/json")
    assert r.status_code == 401
    r = c.post("/api/v1/auth/token", {"username": "fill-a1", "password": PASSWORD}, content_type="application/json")
    assert r.status_code == 200
    assert c.get("/api/v1/forms", headers={"Authorization": f"Bearer {r.json()['token']}"}).status_code == 200
    assert c.get("/api/v1/forms").status_code == 401
    assert c.get("/api/v1/forms", headers={"Authorization": "Bearer not-a-token"}).status_code == 401


def test_csrf_on_every_form(world: World) -> None:
    f = make_form(world, "a1", "draft")
    c = Client(enforce_csrf_checks=True)
    c.force_login(world.users["fill-a1"])
    for path in ("save", "submit", "score"):
        assert c.post(f"/forms/{f.pk}/{path}/", {"version": "1"}).status_code == 403
    assert world.fresh(f).stage == "draft"
