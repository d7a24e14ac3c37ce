"""A small world built by code for the web tests: a bureau, two departments, three units, people with every
role, and forms of units in and out of each person's scope."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from jixiao.frameworks import builtin_path
from jixiao.web.orgs.models import DEPT, FILL, FINANCE, READONLY, REVIEW, OrgUnit, Role
from jixiao.web.selfeval import services
from jixiao.web.selfeval.models import Form
from jixiao.web.years.models import FrameworkVersion, Year

PASSWORD = "a-long-test-password"

# Seed 001's "纪检其他工作" (examples/shanghai-2023-project.yaml): 2.22 of 8.60 spent, total 92.58.
PROJECT = {
    "title": "纪检其他工作",
    "funds": {"initial_budget": "16.00", "annual_budget": "8.60", "executed": "2.22"},
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "相关会议调研次数", "target": "≥3(次)", "actual": "3.00(次)", "weight": "20.00"},
        {"level1": "产出指标", "level2": "质量指标", "name": "问题整改落实率", "target": "≥100(%)", "actual": "100.00(%)", "weight": "20.00"},
        {"level1": "产出指标", "level2": "时效指标", "name": "立案案件办结率", "target": "≥100(%)", "actual": "100.00(%)", "weight": "20.00"},
        {"level1": "效益指标", "level2": "生态效益指标", "name": "问题线索办结率", "target": "≥100(%)", "actual": "100.00(%)", "weight": "20.00"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "系统纪检组织满意度", "target": "≥95(%)", "actual": "95.00(%)", "weight": "10.00"},
    ],
}
# The 25.81% execution rate rated 优 is a suspect finding: it needs the unit's written explanation.
LOW_RATE_KEY = "low_rate_top_grade:评分等级"

ROLES = {  # username → (role, unit code)
    "finance": (FINANCE, "bureau"),
    "dept-a": (DEPT, "dept-a"),
    "fill-a1": (FILL, "a1"),
    "review-a1": (REVIEW, "a1"),
    "readonly-a": (READONLY, "dept-a"),
    "fill-b1": (FILL, "b1"),
    "nobody": (None, None),
}


@lru_cache(maxsize=1)
def password_hash() -> str:
    """PASSWORD hashed once with argon2 (hashing it for every user of every test would take minutes)."""
    return make_password(PASSWORD)


def project_data(**changes: Any) -> dict[str, Any]:
    data = {**PROJECT, "indicators": [dict(r) for r in PROJECT["indicators"]], "funds": dict(PROJECT["funds"])}
    data.update(changes)
    return data


@dataclass
class World:
    units: dict[str, OrgUnit]
    users: dict[str, Any]
    year: Year
    fv: FrameworkVersion
    forms: dict[str, Form] = field(default_factory=dict)

    def form(self, unit: str, title: str = "纪检其他工作", **changes: Any) -> Form:
        filler = self.users["fill-a1"] if unit.startswith("a") else self.users["fill-b1"]
        return services.create_form(filler, unit=self.units[unit], year=self.year, framework=self.fv, title=title,
                                    data=project_data(title=title, **changes), via="test")

    def fresh(self, form: Form) -> Form:
        return Form.objects.get(pk=form.pk)


def build() -> World:
    units = {"bureau": OrgUnit.objects.create(code="bureau", name="测试财政局", kind="bureau")}
    units["dept-a"] = OrgUnit.objects.create(code="dept-a", name="部门A", kind="dept", parent=units["bureau"])
    units["dept-b"] = OrgUnit.objects.create(code="dept-b", name="部门B", kind="dept", parent=units["bureau"])
    units["a1"] = OrgUnit.objects.create(code="a1", name="单位A1", parent=units["dept-a"])
    units["a1x"] = OrgUnit.objects.create(code="a1x", name="单位A1下属科室", parent=units["a1"])  # depth 4
    units["b1"] = OrgUnit.objects.create(code="b1", name="单位B1", parent=units["dept-b"])
    User = get_user_model()
    users = {}
    for name, (role, unit) in ROLES.items():
        users[name] = User.objects.create(username=name, password=password_hash())
        if role is not None:
            Role.objects.create(user=users[name], unit=units[unit], role=role)
    today = timezone.localdate()
    year = Year.objects.create(year=2023, fill_deadline=today + timedelta(days=10),
                               dept_deadline=today + timedelta(days=20), finance_deadline=today + timedelta(days=30))
    fv = FrameworkVersion.store(year, builtin_path("shanghai-2023-project").read_text(encoding="utf-8"))
    return World(units, users, year, fv)
