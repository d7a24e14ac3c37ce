"""``jixiao manage loaddemo``: the demo organisation, its 29 forms at different stages, the scores equal to
``jixiao score`` on the same data (seed 002: 93.98), and the refusal of a database holding other data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
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
