"""指标框架: the strict loader says every problem with file:line; the built-in frameworks load clean."""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.frameworks import FrameworkError, builtin_ids, get_builtin, load_framework

MINE = ("mof-2020-project", "shanghai-2023-project", "yangpu-2022-project", "yangpu-2022-policy")
runner = CliRunner()

GOOD = """\
id: test-dept
title: 测试部门整体评价
kind: dept
year: 2024
locality: 南京市
grades:
  - {grade: 优, min: 90}
  - {grade: 良, min: 80, max: 90}
  - {grade: 中, min: 60, max: 80}
  - {grade: 差, min: 0, max: 60}
indicators:
  - code: A
    name: 决策
    weight: 40
    children:
      - code: A1
        name: 预算调整率
        weight: 20.00
        rule: step_deduction
        params: {base: 0, direction: up, deduct_share: 0.05, zero_at: {op: ">=", value: 20}}
      - code: A2
        name: 预算执行率
        weight: 20.00
        rule: proportional
  - code: B
    name: 满意度
    weight: 60
    rule: manual
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fw.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    fw, problems = load_framework(write(tmp_path, text))
    assert fw is None
    return [p.format() for p in problems]


def test_good_framework_loads_with_exact_weights(tmp_path: Path) -> None:
    fw, problems = load_framework(write(tmp_path, GOOD))
    assert problems == []
    assert fw is not None
    a1 = fw.find("A1")
    assert a1 is not None and a1.weight == Decimal("20.00") and str(a1.weight) == "20.00"
    assert a1.params["deduct_share"] == Decimal("0.05")
    assert [i.code for i in fw.leaves()] == ["A1", "A2", "B"]
    assert fw.grade_for(Decimal("90")) == "优" and fw.grade_for(Decimal("89.99")) == "良"
    assert fw.grade_for(Decimal("100")) == "优" and fw.grade_for(Decimal("0")) == "差"


def test_weights_as_decimals_add_up_where_floats_would_not(tmp_path: Path) -> None:
    text = GOOD.replace("weight: 40\n", "weight: 0.3\n").replace("weight: 20.00\n        rule: step", "weight: 0.1\n        rule: step")
    text = text.replace("weight: 20.00\n        rule: proportional", "weight: 0.2\n        rule: proportional")
    text = text.replace("weight: 60\n", "weight: 99.7\n")
    fw, problems = load_framework(write(tmp_path, text))
    assert problems == [] and fw is not None  # 0.1 + 0.2 == 0.3 exactly


def test_children_weights_that_do_not_add_up(tmp_path: Path) -> None:
    p = problems_of(tmp_path, GOOD.replace("weight: 20.00\n        rule: proportional", "weight: 15\n        rule: proportional"))
    assert p == [f"{tmp_path}/fw.yaml:14: 指标 A 的权重 40 不等于下级指标权重之和 35"]
    p = problems_of(tmp_path, GOOD.replace("weight: 60", "weight: 50"))
    assert p == [f"{tmp_path}/fw.yaml:11: 一级指标权重之和 90 不等于总分 100"]


def test_leaf_without_rule_and_unknown_rule(tmp_path: Path) -> None:
    p = problems_of(tmp_path, GOOD.replace("    rule: manual\n", "").replace("rule: proportional", "rule: proportionnel"))
    assert f"{tmp_path}/fw.yaml:25: 末级指标 B 没有评分规则 (rule)" in p
    assert any(x.startswith(f"{tmp_path}/fw.yaml:24: 未知评分规则 'proportionnel'") for x in p), p


def test_unknown_missing_and_ill_typed_params(tmp_path: Path) -> None:
    text = GOOD.replace("deduct_share: 0.05,", "deduct_share: 0.05, per_cent: 5,").replace(
        "rule: proportional", "rule: proportional\n        params: {direction: sideways}"
    ).replace("rule: manual", "rule: qualitative_band")
    p = problems_of(tmp_path, text)
    assert any(x.startswith(f"{tmp_path}/fw.yaml:20: 规则 step_deduction 没有参数 per_cent") for x in p), p
    assert any(x.startswith(f"{tmp_path}/fw.yaml:25: 规则 proportional 的参数 direction 应为选项") for x in p), p
    assert any(x.endswith("fw.yaml:29: 规则 qualitative_band 缺少必需参数 bands") for x in p), p


def test_duplicate_codes(tmp_path: Path) -> None:
    p = problems_of(tmp_path, GOOD.replace("code: A2", "code: A1"))
    assert any(x.endswith("fw.yaml:21: 指标编码 A1 重复（第一次在第 16 行）") for x in p), p


def test_grades_that_overlap_or_leave_gaps(tmp_path: Path) -> None:
    p = problems_of(tmp_path, GOOD.replace("{grade: 中, min: 60, max: 80}", "{grade: 中, min: 60, max: 85}"))
    assert any(x.endswith("fw.yaml:8: grades 重叠: 良 [80, …) 与 中 重叠（第 9 行）") for x in p), p
    p = problems_of(tmp_path, GOOD.replace("{grade: 中, min: 60, max: 80}", "{grade: 中, min: 60, max: 75}"))
    assert any(x.endswith("fw.yaml:8: grades 在 75 到 80 之间有空档") for x in p), p
    p = problems_of(tmp_path, GOOD.replace("{grade: 差, min: 0, max: 60}", "{grade: 差, min: 10, max: 60}"))
    assert any(x.endswith("fw.yaml:10: grades 在 0 到 10 之间有空档") for x in p), p


def test_bad_rounding_mode_and_every_problem_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("year: 2024\n", "year: 2024\nrounding:\n  score: {mode: round_half, digits: 2}\n")
    text = text.replace("rule: manual", "rule: nothing").replace("code: A2", "code: A1")
    p = problems_of(tmp_path, text)
    assert any(x.startswith(f"{tmp_path}/fw.yaml:6: 未知舍入方式 'round_half'") for x in p), p
    assert len(p) == 3, p


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    p = problems_of(tmp_path, GOOD.replace("    weight: 60\n", "    weight: [60\n"))
    assert len(p) == 1 and p[0].startswith(f"{tmp_path}/fw.yaml:28: YAML 语法错误")
    p = problems_of(tmp_path, GOOD.replace("  - code: B\n", "  - code: B\n    code: C\n"))
    assert len(p) == 1 and p[0].startswith(f"{tmp_path}/fw.yaml:26: YAML 语法错误: found duplicate key")


@pytest.mark.parametrize("fid", MINE)
def test_builtin_loads_clean(fid: str) -> None:
    fw = get_builtin(fid)
    assert fw.id == fid
    assert fw.execution is None or fw.execution.weight == Decimal(10)
    assert set(fw.indicator_rules) == {"positive", "reverse", "range", "qualitative"}


def test_builtin_roundings_found_from_the_seeds() -> None:
    sh, yp = get_builtin("shanghai-2023-project"), get_builtin("yangpu-2022-project")
    assert (sh.rounding.rate.mode, sh.rounding.score.mode) == ("truncate", "truncate")
    assert (yp.rounding.rate.mode, yp.rounding.score.mode) == ("ceiling", "half_up")
    assert sh.money_unit == "万元" and yp.money_unit == "元"
    assert dict(get_builtin("yangpu-2022-policy").level1_weights) == {"产出指标": 35, "效益指标": 45, "满意度指标": 20}
    assert dict(get_builtin("mof-2020-project").level1_weights) == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}


def test_unknown_builtin() -> None:
    with pytest.raises(FrameworkError):
        get_builtin("atlantis-2030-project")


def test_cli_frameworks_lists_builtins() -> None:
    res = runner.invoke(app, ["frameworks", "--json"])
    assert res.exit_code == 0
    rows = {r["id"]: r for r in json.loads(res.stdout)}
    assert set(MINE) <= set(rows) and set(rows) == set(builtin_ids())
    assert rows["yangpu-2022-project"] == {
        "id": "yangpu-2022-project", "title": "杨浦区财政项目支出绩效自评表（2022年度）", "kind": "project",
        "year": 2022, "locality": "上海市杨浦区",
    }  # fmt: skip
    res = runner.invoke(app, ["frameworks", "--lang", "en"])
    assert res.exit_code == 0 and "Built-in frameworks" in res.stdout and "project" in res.stdout


def test_cli_framework_check(tmp_path: Path) -> None:
    good = write(tmp_path, GOOD)
    res = runner.invoke(app, ["framework", "check", str(good)])
    assert res.exit_code == 0 and "通过" in res.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("rule: manual", "rule: nothing"), encoding="utf-8")
    res = runner.invoke(app, ["framework", "check", str(bad)])
    assert res.exit_code == 2
    assert f"{bad}:28: 未知评分规则 'nothing'" in res.stderr
    res = runner.invoke(app, ["framework", "check", str(bad), "--json", "--lang", "en"])
    assert res.exit_code == 2
    out = json.loads(res.stdout)
    assert out["ok"] is False
    assert out["problems"][0]["source"]["line"] == 28
    assert out["problems"][0]["message"].startswith("unknown rule 'nothing'")


def test_rule_sees_inside_its_params(tmp_path: Path) -> None:
    """Overlapping bands are found by the rule itself and reported at the leaf's params line."""
    text = GOOD.replace(
        "    rule: manual\n",
        "    rule: bands\n    params: {bands: [{min: 90, points: 60}, {min: 80, max: 95, points: 50}]}\n",
    )
    p = problems_of(tmp_path, text)
    assert p == [f"{tmp_path}/fw.yaml:29: 规则 bands: bands 的档次互相重叠"], p
