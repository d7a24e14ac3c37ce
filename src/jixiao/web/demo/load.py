"""The demo organisation: a finance bureau, three departments, eight units; the seeds' 28 project forms
(seed 001's 23, seed 004's 5, read by ``jixiao.read``) and seed 002's department evaluation (the data of
``examples/nanjing-2024-dept.yaml``), taken to different stages through the real workflow services, so
that the ledger and history are those of real actions. Refuses a database that holds other data."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from jixiao.frameworks import builtin_path
from jixiao.web.orgs.models import DEPT, FILL, FINANCE, READONLY, OrgUnit, Role
from jixiao.web.review import services as review
from jixiao.web.selfeval import services
from jixiao.web.selfeval.document import data_from_document
from jixiao.web.selfeval.models import Form
from jixiao.web.years.models import FrameworkVersion, Year

ROOT = Path(__file__).resolve().parents[4]
PASSWORD = "demo"
SEED_001 = "samples/001_cf1bceb3fa2c9cc3.txt"
SEED_004 = "samples/004_7e677134512249db.txt"
DEPT_DATA = "examples/nanjing-2024-dept.yaml"

DEPTS = {
    "dept-a": ("经济和信息化委员会（演示部门A）", ["a1", "a2", "a3"]),
    "dept-b": ("杨浦区财政局所属部门（演示部门B）", ["b1", "b2", "b3"]),
    "dept-c": ("科学技术委员会（演示部门C）", ["c1", "c2"]),
}
ACCOUNTS = [  # username, role, unit code, what for
    ("finance", FINANCE, "bureau", "财政绩效科 / finance bureau"),
    ("dept-a", DEPT, "dept-a", "主管部门审核（部门A）/ department A reviewer"),
    ("unit-a1", FILL, "a1", "填报（单位A1）/ fills for unit A1"),
    ("unit-b1", FILL, "b1", "填报（单位B1）/ fills for unit B1"),
]
HIDDEN = [("dept-b", DEPT, "dept-b"), ("dept-c", DEPT, "dept-c"), ("auditor", READONLY, "bureau")] + [
    (f"unit-{u}", FILL, u) for u in ("a2", "a3", "b2", "b3", "c1", "c2")
]
DEMO_NOTE = "（演示数据）已核实，属实。"


class NotEmpty(Exception):
    pass


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def _read_forms(path: str) -> list[dict[str, Any]]:
    from jixiao.read import read_path

    docs = read_path(ROOT / path).documents
    return [data_from_document(d) for d in docs if d.type == "project_self_evaluation"]


def _dept_data() -> dict[str, Any]:
    from jixiao.frameworks.yamlio import plain
    from jixiao.scoring.engine import load_data

    data, problems = load_data(ROOT / DEPT_DATA)
    if data is None:
        raise NotEmpty("; ".join(p.format() for p in problems))
    return jsonable(plain(data))


@dataclass
class Demo:
    users: dict[str, Any]
    units: dict[str, OrgUnit]
    forms: list[Form]


def _org() -> dict[str, OrgUnit]:
    units = {"bureau": OrgUnit.objects.create(code="bureau", name="示例市财政局", kind="bureau")}
    for code, (name, kids) in DEPTS.items():
        units[code] = OrgUnit.objects.create(code=code, name=name, kind="dept", parent=units["bureau"])
        for k in kids:
            units[k] = OrgUnit.objects.create(code=k, name=f"预算单位{k.upper()}", kind="unit", parent=units[code])
    return units


def _users(units: dict[str, OrgUnit]) -> dict[str, Any]:
    User = get_user_model()
    users = {}
    for name, role, unit, *_ in [*ACCOUNTS, *HIDDEN]:
        u = User.objects.create_user(username=name, password=PASSWORD)
        Role.objects.create(user=u, unit=units[unit], role=role)
        users[name] = u
    return users


def _year(year: int, fill: int, dept: int, finance: int, fid: str) -> FrameworkVersion:
    today = timezone.localdate()
    y = Year.objects.create(year=year, fill_deadline=today + timedelta(days=fill),
                            dept_deadline=today + timedelta(days=dept), finance_deadline=today + timedelta(days=finance))
    return FrameworkVersion.store(y, builtin_path(fid).read_text(encoding="utf-8"))


def _explain_all(form: Form, user: Any) -> Form:
    """The demo unit writes an explanation for each suspect finding (marked as demo data)."""
    need = review.unexplained(form)
    if not need:
        return form
    data = dict(form.data)
    data["explanations"] = {**(data.get("explanations") or {}), **{f["key"]: DEMO_NOTE for f in need}}
    return services.save_form(user, form.pk, version=form.version, data=data, via="demo")


def _advance(form: Form, target: str, users: dict[str, Any], filler: Any, reviewer: Any) -> None:
    """Take a form through the workflow to ``target`` with the services (a form with errors stays a draft)."""
    if target == "draft" or form.errors:
        return
    form = _explain_all(form, filler)
    review.submit(filler, form.pk, via="demo")
    if target == "dept_review":
        return
    if target == "returned":
        rows = form.data.get("indicators") or []
        review.return_form(reviewer, form.pk, note="请补充偏差原因并核实实际完成值（演示）",
                           row_notes={"1": f"“{rows[0]['name']}”的实际完成值请附佐证（演示）"} if rows else {},
                           via="demo")
        return
    review.approve(reviewer, form.pk, via="demo")
    if target == "finance_review":
        return
    review.approve(users["finance"], form.pk, via="demo")


PLAN_001 = ["draft", "dept_review", "approved", "returned", "finance_review"]
PLAN_004 = ["draft", "dept_review", "draft", "approved", "returned"]


def load() -> Demo:
    User = get_user_model()
    if OrgUnit.objects.exists() or Form.objects.exists() or User.objects.exists() or Year.objects.exists():
        raise NotEmpty("数据库里已有数据，演示数据只装入空数据库 / the database already holds data: the demo loads "
                       "only into an empty one")
    with transaction.atomic():
        units = _org()
        users = _users(units)
        fw23 = _year(2023, 30, 45, 60, "shanghai-2023-project")
        fw22 = _year(2022, 30, 15, 30, "yangpu-2022-project")
        fw24 = _year(2024, 30, 45, 60, "nanjing-2024-dept")
        forms: list[Form] = []
        owners_a = itertools.cycle(["a1", "a2", "a3", "c1", "c2"])
        for n, data in enumerate(_read_forms(SEED_001)):
            forms.append(_create(users, units, next(owners_a), fw23, data, PLAN_001[n % len(PLAN_001)]))
        owners_b = itertools.cycle(["b1", "b2", "b3"])
        for n, data in enumerate(_read_forms(SEED_004)):
            forms.append(_create(users, units, next(owners_b), fw22, data, PLAN_004[n % len(PLAN_004)]))
        # The 2022 forms went through before the fill deadline, which has passed since: drafts are overdue.
        Year.objects.filter(pk=fw22.year_id).update(fill_deadline=timezone.localdate() - timedelta(days=30))
        late = next((f for f in forms if f.year_id == fw22.year_id and f.stage == "draft"), None)
        if late is not None:
            review.grant_exception(users["finance"], late.pk, until=timezone.localdate() + timedelta(days=7),
                                   note="单位负责人调整，准予延期一周（演示）", via="demo")
        dept = services.create_form(_dept_filler(users, units), unit=units["dept-a"],
                                    year=fw24.year, framework=fw24, title="南京市工业和信息化局2024年度部门整体绩效自评价",
                                    data=_dept_data(), via="demo")
        _advance(dept, "finance_review", users, users["dept-a-fill"], users["dept-a"])
        forms.append(dept)
    return Demo(users, units, [Form.objects.get(pk=f.pk) for f in forms])


def _dept_filler(users: dict[str, Any], units: dict[str, OrgUnit]) -> Any:
    User = get_user_model()
    u = User.objects.create_user(username="dept-a-fill", password=PASSWORD)
    Role.objects.create(user=u, unit=units["dept-a"], role=FILL)
    users["dept-a-fill"] = u
    return u


def _create(users: dict[str, Any], units: dict[str, OrgUnit], owner: str, fv: FrameworkVersion,
            data: dict[str, Any], target: str) -> Form:
    filler = users[f"unit-{owner}"]
    dept_code = units[owner].parent.code if units[owner].parent else "dept-a"
    form = services.create_form(filler, unit=units[owner], year=fv.year, framework=fv,
                                title=str(data.get("title") or "")[:300], data=data, via="demo")
    _advance(form, target, users, filler, users[dept_code])
    return form
