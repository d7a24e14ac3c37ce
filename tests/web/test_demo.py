"""``jixiao manage loaddemo``: the demo organisation, its 29 forms at different stages, the scores equal to
``jixiao score`` on the same data (seed 002: 93.98), and the refusal of a database holding other data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.web.orgs.models import OrgUnit
from jixiao.web.selfeval.models import Form

ROOT = Path(__file__).resolve().parents[2]


def jixiao_score(framework: str, data: Path) -> dict[str, object]:
    r = CliRunner().invoke(app, ["score", framework, str(data), "--json"])
    assert r.exit_code in (0, 2), r.output
    return json.loads(r.stdout[: r.stdout.rindex("}") + 1])


@pytest.fixture
def demo(db: None, capsys: pytest.CaptureFixture[str]) -> str:
    call_command("loaddemo")
    return capsys.readouterr().out


def test_the_demo_organisation_and_accounts(demo: str) -> None:
    assert Counter(OrgUnit.objects.values_list("kind", flat=True)) == {"bureau": 1, "dept": 3, "unit": 8}
    for name in ("finance", "dept-a", "unit-a1", "unit-b1"):
        assert name in demo
    assert "demo" in demo
    stages = Counter(Form.objects.values_list("stage", flat=True))
    assert set(stages) == {"draft", "returned", "dept_review", "finance_review", "approved"}
    assert Form.objects.filter(kind="project").count() == 28 and Form.objects.filter(kind="dept").count() == 1


def test_seed_002_scores_93_98_as_jixiao_score(demo: str) -> None:
    cli = jixiao_score("nanjing-2024-dept", ROOT / "examples/nanjing-2024-dept.yaml")
    form = Form.objects.get(kind="dept")
    assert cli["total"] == form.result["total"] == "93.98"
    assert form.grade == cli["grade"] == "优"
    assert [(i["code"], i["score"]) for i in form.result["indicators"]] == [
        (i["code"], i["score"]) for i in cli["indicators"]]  # type: ignore[union-attr]


def test_every_project_form_scores_as_jixiao_score(demo: str, tmp_path: Path) -> None:
    forms = list(Form.objects.filter(kind="project").select_related("framework"))
    assert len(forms) == 28
    for f in forms:
        path = tmp_path / f"{f.pk}.json"
        path.write_text(json.dumps(f.data, ensure_ascii=False), encoding="utf-8")
        cli = jixiao_score(f.framework.fid, path)
        assert cli["total"] == f.result["total"], f.title
        assert [i["score"] for i in cli["indicators"]] == [i["score"] for i in f.result["indicators"]]  # type: ignore[union-attr]
    jixiao_example = jixiao_score("shanghai-2023-project", ROOT / "examples/shanghai-2023-project.yaml")
    assert Form.objects.get(title="纪检其他工作").result["total"] == jixiao_example["total"] == "92.58"


def test_refuses_a_database_with_other_data(demo: str) -> None:
    with pytest.raises(CommandError, match="已有数据"):
        call_command("loaddemo")


def test_a_total_that_cannot_be_computed_says_what_is_missing_and_where(demo: str) -> None:
    """Seed 001's 产业转型升级重点工作: row 9 (完成时间, target 1年内) has the actual value 全部完成, which the
    engine cannot compare: no total (never a made-up one), a draft; its page says which row and what, no None."""
    assert "产业转型升级重点工作 (9 完成时间: 实际完成值不是数值：'全部完成')" in demo
    f = Form.objects.get(title="产业转型升级重点工作")
    assert f.total is None and f.stage == "draft" and f.errors == 1
    c = Client()
    c.force_login(get_user_model().objects.get(username="finance"))
    html = c.get(f"/forms/{f.pk}/").content.decode()
    assert '<strong id="total">无法计算</strong>' in html
    assert ('<a href="#row-9">第9行</a>“完成时间”：实际完成值不是数值：&#x27;全部完成&#x27;'
            "（年度指标值：1年内；实际完成值须是能与它比较的数值）") in html
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = c.get(f"/forms/{f.pk}/").content.decode()
    assert '<strong id="total">cannot be computed</strong>' in html
    assert ('<a href="#row-9">row 9</a>“完成时间”：the actual value is not a number: &#x27;全部完成&#x27;'
            " (target: 1年内; the actual value must be a number that can be compared with it)") in html
    listing = c.get("/forms/?year=2023").content.decode()
    assert listing.count('<span class="missing">cannot be computed</span>') == Form.objects.filter(
        year__year=2023, total__isnull=True).count() >= 1
    for form in Form.objects.all():  # no page of the demo shows a Python None
        assert ">None<" not in c.get(f"/forms/{form.pk}/").content.decode(), form.title


def test_a_missing_budget_is_shown_at_the_funds(demo: str) -> None:
    """Seed 001's 系统干部培训专项工作 has no 全年预算数: the execution rate, and so the total, cannot be computed;
    the page points at the funds block and names the field as the form does. The audit's "no total"/"no grade"
    suspects, which only restate that, are not asked to be explained."""
    f = Form.objects.get(title="系统干部培训专项工作")
    assert f.total is None and f.errors == 1
    assert not [x for x in Form.objects.filter(total__isnull=True).values_list("findings", flat=True)
                if any(k["kind"] in ("missing_total", "missing_grade") for k in x)]
    c = Client()
    c.force_login(get_user_model().objects.get(username="finance"))
    html = c.get(f"/forms/{f.pk}/").content.decode()
    assert '<a href="#edit">项目资金</a>“预算执行率”：输入“全年预算数”不是数字：' in html
    assert "表中没有总分" not in html
