"""jixiao score: the seeds' published totals from their forms, located data problems, exact sums."""

from __future__ import annotations

import json
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.source import Source
from jixiao.frameworks import Framework, Indicator, get_builtin, load_framework_text
from jixiao.scoring import score_data, score_file, score_tree

D = Decimal
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()

# (framework, example file, published total, published 执行率得分)
PUBLISHED = [
    ("shanghai-2023-project", "shanghai-2023-project.yaml", "92.58", "2.58"),  # seed 001 纪检其他工作
    ("yangpu-2022-project", "yangpu-2022-project.yaml", "99.01", "9.01"),  # seed 004 全区数字信息化建设及管理专项
    ("mof-2020-project", "mof-2020-project.yaml", "99.19", "9.19"),  # seed 001 信息化发展重点工作
]


@pytest.mark.parametrize(("fid", "example", "total", "execution"), PUBLISHED)
def test_score_example_as_published(fid: str, example: str, total: str, execution: str) -> None:
    res = runner.invoke(app, ["score", fid, str(EXAMPLES / example), "--json"])
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    assert set(out) == {"framework", "total", "grade", "subtotals", "indicators"}
    assert out["framework"] == fid and out["total"] == total and out["grade"] == "优"
    assert all(set(i) == {"code", "name", "weight", "score", "explanation"} for i in out["indicators"])
    first = out["indicators"][0]
    assert (first["code"], first["name"], first["weight"], first["score"]) == ("E", "预算执行率", "10", execution)


def test_score_explains_in_the_seeds_words() -> None:
    res = runner.invoke(app, ["score", "shanghai-2023-project", str(EXAMPLES / "shanghai-2023-project.yaml"), "--json"])
    first = json.loads(res.stdout)["indicators"][0]
    assert first["explanation"].startswith("预算执行率=(2.22÷8.60)×100%=25.81%")
    assert "2.58" in first["explanation"]
    res = runner.invoke(
        app, ["score", "yangpu-2022-project", str(EXAMPLES / "yangpu-2022-project.yaml"), "--json", "--lang", "en"]
    )
    first = json.loads(res.stdout)["indicators"][0]
    assert first["explanation"].startswith("execution rate = (13769083 ÷ 15276100.00) × 100% = 90.14%")


def test_score_table_output() -> None:
    res = runner.invoke(app, ["score", "yangpu-2022-project", str(EXAMPLES / "yangpu-2022-project.yaml"), "--explain"])
    assert res.exit_code == 0
    assert "总分: 99.01  评分等级: 优" in res.stdout and "全区数字信息化建设及管理专项" in res.stdout
    res = runner.invoke(app, ["score", "yangpu-2022-project", str(EXAMPLES / "yangpu-2022-project.yaml"), "--lang", "en"])
    assert "total: 99.01  grade: 优" in res.stdout


def test_policy_example_self_scores_add_up_to_100() -> None:
    res = runner.invoke(app, ["score", "yangpu-2022-policy", str(EXAMPLES / "yangpu-2022-policy.yaml"), "--json"])
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["total"] == "100.00"
    assert [i["score"] for i in out["indicators"]] == ["10", "3", "3", "10", "9", "15", "15", "8", "7", "20"]
    assert "E" not in [i["code"] for i in out["indicators"]]  # policy forms have no execution score


def test_policy_group_over_its_weight_is_a_located_problem(tmp_path: Path) -> None:
    text = (EXAMPLES / "yangpu-2022-policy.yaml").read_text(encoding="utf-8").replace("score: 9}", "score: 19}")
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    result, problems = score_file(get_builtin("yangpu-2022-policy"), path)
    assert result is not None
    assert [p.format() for p in problems] == [f"{path}:14: 一级指标 产出指标 自评分之和 45 超过一级权重 35"]


DEPT = """\
id: tiny-dept
title: 小型部门整体评价
kind: dept
indicators:
  - code: B
    name: 过程
    weight: 100
    children:
      - code: B11
        name: 预算执行率
        weight: 60
        rule: proportional
        params: {full_at: 100, measure: {formula: ratio, numerator: executed, denominator: adjusted_budget}, label: 预算执行率}
      - code: B12
        name: 资料完整性
        weight: 40
        rule: qualitative_band
        params: {bands: [{band: 完整, min: 0.8, max: 1}, {band: 不完整, min: 0, max: 0.8}]}
"""


def dept() -> Framework:
    fw, problems = load_framework_text(DEPT, "tiny.yaml")
    assert fw is not None, problems
    return fw


def test_tree_scores_and_subtotals(tmp_path: Path) -> None:
    data = tmp_path / "d.yaml"
    data.write_text(
        textwrap.dedent("""\
            inputs:
              B11: {executed: "87877569.18", adjusted_budget: "93367667.77"}
              B12: {band: 完整, score: 35}
            """),
        encoding="utf-8",
    )
    result, problems = score_file(dept(), data)
    assert problems == [] and result is not None
    assert result.subtotals() == {"B": D("91.47")}
    assert result.total == D("91.47") and result.grade is None
    assert [(i.code, i.score) for i in result.leaves()] == [("B11", D("56.47")), ("B12", D("35"))]
    assert result.leaves()[0].explain().startswith("预算执行率=(87877569.18÷93367667.77)×100%=94.12%")


def test_missing_input_and_out_of_band_score_are_located(tmp_path: Path) -> None:
    data = tmp_path / "d.yaml"
    data.write_text("title: 缺数据\ninputs:\n  B12: {band: 完整, score: 20}\n  B99: {score: 1}\n", encoding="utf-8")
    res = runner.invoke(app, ["score", str(tmp_path / "fw.yaml"), str(data)])
    assert res.exit_code == 2  # the framework file does not exist
    assert f"{tmp_path / 'fw.yaml'}: 既不是内置框架也不是文件" in res.stderr
    (tmp_path / "fw.yaml").write_text(DEPT, encoding="utf-8")
    res = runner.invoke(app, ["score", str(tmp_path / "fw.yaml"), str(data), "--json"])
    assert res.exit_code == 2
    out = json.loads(res.stdout)
    assert out["total"] is None and out["grade"] is None  # nothing invented
    errors = res.stderr.splitlines()
    assert f"{data}:4: 框架 tiny-dept 中没有指标 B99" in errors
    assert any(e.startswith(f"{data}:2: B11 预算执行率: 缺少输入") for e in errors), errors
    assert any(e.startswith(f"{data}:3: B12 资料完整性: 得分20不在“完整”档") for e in errors), errors


def test_unreadable_data_file_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "d.json"
    data.write_text('{"inputs": {"B11": [}', encoding="utf-8")
    res = runner.invoke(app, ["score", "yangpu-2022-project", str(data)])
    assert res.exit_code == 2 and f"{data}:1: JSON 语法错误" in res.stderr


def test_project_form_weights_must_add_up_to_90() -> None:
    data = {"funds": {"annual_budget": "100", "executed": "100"},
            "indicators": [{"level1": "产出指标", "name": "x", "target": "≥2", "actual": "1", "weight": "80"}]}  # fmt: skip
    result = score_data(get_builtin("mof-2020-project"), data, file="form.json")
    assert result.leaves()[1].score == D("40.00")  # 80 × 1 / 2
    assert [p.format() for p in result.problems] == ["form.json: 指标分值之和 80 不等于 90"]


# ---------------------------------------------------------------- properties

amounts = st.decimals(min_value=D("0.1"), max_value=D("1000"), places=2)
weights = st.decimals(min_value=D("0.5"), max_value=D("30"), places=2)


@st.composite
def trees(draw: st.DrawFn) -> tuple[Framework, dict[str, dict[str, str]]]:
    leaves = draw(st.lists(st.tuples(weights, amounts, amounts, st.booleans()), min_size=1, max_size=12))
    kids, inputs = [], {}
    for n, (w, actual, target, down) in enumerate(leaves):
        params = {"direction": "down"} if down else {}
        kids.append(Indicator(f"L{n}", f"叶{n}", w, Source("p.yaml"), rule="proportional", params=params))
        inputs[f"L{n}"] = {"actual": str(actual), "target": str(target)}
    total = sum((k.weight for k in kids), D(0))
    top = Indicator("A", "一级", total, Source("p.yaml"), children=tuple(kids))
    return Framework("p", "性质", "dept", Source("p.yaml"), total_weight=total, indicators=(top,)), inputs


@settings(max_examples=80, deadline=None)
@given(trees())
def test_total_is_the_sum_of_leaves_and_scores_stay_in_weight(case: tuple[Framework, dict]) -> None:
    fw, inputs = case
    result = score_tree(fw, inputs)
    assert result.problems == ()
    leaves = result.leaves()
    assert result.total == sum((i.score or D(0) for i in leaves), D(0))
    assert result.subtotals()["A"] == result.total
    for i in leaves:
        assert i.score is not None and i.weight is not None and D(0) <= i.score <= i.weight


targets = st.sampled_from(["≥{t}", "={t}", "<={t}", "{t}-{u}", "{t}以上", "有效", "满意", "≥{t}%"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(targets, amounts, amounts, st.integers(1, 20)), min_size=1, max_size=15), amounts, amounts)
def test_project_forms_scores_in_weight(rows: list, budget: Decimal, executed: Decimal) -> None:
    items = []
    for form, t, a, w in rows:
        lo, hi = sorted((t, a))
        text = form.format(t=lo, u=hi)
        items.append({"level1": "产出指标", "name": text, "target": text, "actual": str(a), "weight": w,
                      "score": str(D(w) * D("0.9"))})  # fmt: skip
    fw = get_builtin("mof-2020-project")
    result = score_data(fw, {"funds": {"annual_budget": str(budget), "executed": str(executed)}, "indicators": items})
    for i in result.leaves():  # every row is scorable: a leaf left unscored would pass a looser check unseen
        assert i.score is not None and i.weight is not None and D(0) <= i.score <= i.weight, i.name
    assert result.total == sum((i.score or D(0) for i in result.leaves()), D(0))


def test_policy_form_with_a_lost_score_has_no_total() -> None:
    """Seed 004 小巨人 policy form: the 可持续影响指标 row lost its 自评分 in the PDF text."""
    data = {
        "indicators": [
            {"level1": "产出指标", "name": "培育新一批杨浦区双创小巨人企业和科技小巨人", "score": "10"},
            {"name": "组织举办小巨人企业交流活动", "target": ">=2场", "score": "10"},
            {"name": "政策条件合规率", "target": "100%", "actual": "100%", "score": "10"},
            {"name": "政策结果时效性", "score": "5"},
            {"level1": "效益指标", "name": "企业盈利能力和成长性稳步增长", "score": "13"},
            {"name": "稳定研发人员就业", "score": "11"},
            {"name": "优化科技创新环境", "score": "11"},
            {"name": "培育市科技小巨人（含培育）企业", "target": "=5家"},
            {"level1": "满意度指标", "name": "区小巨人企业满意度", "target": ">=95%", "score": "20"},
        ]
    }
    result = score_data(get_builtin("yangpu-2022-policy"), data, file="xiaojuren.yaml")
    assert result.total is None and result.grade is None
    assert [p.format() for p in result.problems] == ["xiaojuren.yaml: 8 培育市科技小巨人（含培育）企业: 缺少自评分"]
    assert result.subtotals() == {"产出指标": D(35), "效益指标": None, "满意度指标": D(20)}


def test_qualitative_score_outside_its_band_is_a_problem() -> None:
    data = {"funds": {"annual_budget": "151.00", "executed": "139.31"},
            "indicators": [{"level1": "效益指标", "name": "群团工作影响力", "target": "有所提升", "actual": "提升",
                            "weight": "90", "band": "达成", "score": "50"}]}  # fmt: skip
    result = score_data(get_builtin("shanghai-2023-project"), data, file="f.yaml")
    assert result.leaves()[0].score == D("9.22")  # seed 001 系统群团工作: 92.25% → 9.22
    assert result.leaves()[1].score is None and result.total is None
    assert result.problems[0].format() == "f.yaml: 1 群团工作影响力: 得分50不在“达成”档的72-90分内"
