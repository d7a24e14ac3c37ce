"""A department's (or a project's) form whose funds columns are printed under the other labels forms use
(实际支出数, 决算数, 调整预算数, 满分, 评分, 支出进度 …), in any column order and layout: each column is read by
what its label means (``recognise.fundscolumn``), and a planted mistake is still found. A form filed under a
unit's name label whose heading was left off the page is a department's when its own cells name department-wide
spending (部门整体支出总额), and its total printed with its unit (100分) is read (generators in ``tests/layouts``)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.recognise.fundscolumn import column_by_meaning
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, budget_spanning, rows
from layouts.model import invent
from layouts.render import RENDERERS

# the labels of the department template's funds header (``layouts.grid``) → labels other forms print
SYNONYMS = {
    "年初预算数": ("年初批复预算数", "年初预算金额", "年初预算数（A）"),
    "全年预算数": ("调整后预算数", "预算调整数", "全年（调整）预算数", "调整预算数（B）"),
    "全年执行数": ("实际支出数", "实际执行数", "决算数", "全年支出数", "全年实际支出数", "实际支出（C）"),
    "分值": ("满分", "指标分值", "权重"),
    "执行率": ("支出进度", "预算执行率（%）", "执行率（C/B）"),
    "得分": ("评分", "自评得分", "执行率得分"),
}
FIELDS = {"年初预算数": "initial_budget", "全年预算数": "annual_budget", "全年执行数": "executed", "分值": "weight",
          "执行率": "rate", "得分": "score"}


def _relabelled(seed: int, mistake: str | None = None) -> tuple[list[list[str]], object]:
    """The department form with every funds column relabelled (a synonym drawn by ``seed``) and the columns
    (and the figures under them) in an order drawn by ``seed``."""
    rnd = random.Random(seed)
    p = invent(40 + seed, mistake=mistake)
    grid = rows(p, VARIANTS["department"])
    at = next(i for i, r in enumerate(grid) if r[0].startswith("项目资金"))
    head = grid[at][1:]
    order = list(range(len(head)))
    rnd.shuffle(order)
    for r in grid[at : at + 5]:
        cells = r[1:] + [""] * (len(head) - len(r[1:]))
        r[1:] = [cells[i] for i in order]
    grid[at][1:] = [rnd.choice(SYNONYMS[label]) for label in (head[i] for i in order)]
    return grid, p


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "flattened", "row_lines"])
def test_funds_columns_under_other_labels_in_any_order(tmp_path: Path, layout: str, seed: int) -> None:
    grid, p = _relabelled(seed)
    doc = _one(tmp_path, RENDERERS[layout](grid))
    t = doc.funds["total"]
    got = (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec)
    assert got == (p.initial, p.budget, p.executed, p.exec_weight, p.rate, p.exec_score), grid[3:5]
    assert "部门" in doc.header


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("layout", ["pipes", "cell_lines"])
def test_a_planted_rate_under_other_labels_is_found(tmp_path: Path, layout: str, seed: int) -> None:
    grid, _ = _relabelled(seed, mistake="rate")
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](grid)))])
    errors = {f.kind for f in result.findings if f.severity == "error"}
    assert errors == {"execution_rate"}, [(f.kind, f.message) for f in result.findings]


@pytest.mark.parametrize(("label", "field"), [
    ("执行率权重", "weight"), ("执行率得分(分)", "score"), ("预算执行率", "rate"), ("全年(调整)预算数", "annual_budget"),
    ("年初预算数(A)", "initial_budget"), ("全年执行数(B)", "executed"), ("得分(20分*执行率)", "score"),
    ("实际支出数（万元）", "executed"), ("预算数", "annual_budget"), ("执行数", "executed"),
])
def test_a_label_is_what_its_last_word_names(label: str, field: str) -> None:
    assert column_by_meaning(label) == field


@pytest.mark.parametrize("label", ["年度预算数", "项目支出", "基本支出", "年度资金总额", "完成率", "指标值", "预算资金执行率说明文字很长很长"])
def test_labels_that_are_no_funds_column(label: str) -> None:
    """A block's title (年度预算数（万元）over its columns), a row's label, an indicator's: none is a column."""
    assert column_by_meaning(label) is None


def _town(name_label: str, total_label: str, score: str, layout: str = "pipes") -> str:
    head = f"{name_label}:示例镇政府 填报日期:2021.5.18\n"
    return head + RENDERERS[layout]([
        [name_label, "示例镇人民政府"],
        ["基本支出总额", "864.2万", "项目支出总额", "0"],
        ["预算执行情况(万元) (20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"],
        [total_label, "864.2", "864.2", "100%", "20"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["产出指标", "数量指标", "办结信访案件", "168起", "168起", "40"],
        ["效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", "40"],
        ["总分", score],
    ])


@pytest.mark.parametrize("name_label", ["单位名称", "部门名称", "预算单位名称"])
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "row_lines"])
def test_a_unit_form_naming_department_wide_spending_is_a_departments(tmp_path: Path, name_label: str,
                                                                      layout: str) -> None:
    doc = _one(tmp_path, _town(name_label, "部门整体支出总额", "100分", layout))
    assert doc.header["部门"].str_ == "示例镇人民政府"
    assert doc.total_score.dec == Decimal(100) and doc.total_score.text == "100分"
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (Decimal("864.2"), Decimal("864.2"),
                                                                             Decimal(100), Decimal(20))


def test_a_project_form_or_a_plain_total_is_no_departments(tmp_path: Path) -> None:
    """项目名称 is a project's name label, and 年度资金总额 names no department-wide spending."""
    assert "部门" not in _one(tmp_path, _town("项目名称", "部门整体支出总额", "100")).header
    assert "部门" not in _one(tmp_path, _town("单位名称", "年度资金总额", "100")).header


def test_a_planted_total_with_its_unit_is_found(tmp_path: Path) -> None:
    """总分 96分 where the scores sum to 20 + 40 + 40 = 100: read, so the sum check finds it."""
    result = audit_paths([str(_write(tmp_path, _town("单位名称", "部门整体支出总额", "96分")))])
    errors = {f.kind for f in result.findings if f.severity == "error"}
    assert errors == {"total_sum"}, [(f.kind, f.message) for f in result.findings]


@pytest.mark.parametrize("total_label", ["单位整体支出总额", "部门（单位）整体支出", "单位整体支出", "部门整体支出合计"])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_the_whole_spending_row_under_its_other_labels(tmp_path: Path, total_label: str, layout: str) -> None:
    """单位整体支出总额 (one word: 单位 is no label to split at), 部门（单位）整体支出: the funds' total row."""
    doc = _one(tmp_path, _town("单位名称", total_label, "100", layout))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (Decimal("864.2"), Decimal("864.2"),
                                                                             Decimal(100), Decimal(20))
    assert doc.header["部门"].str_ == "示例镇人民政府"


@pytest.mark.parametrize("layout", ["pipes", "cell_lines"])
def test_a_planted_rate_on_the_whole_spending_row_is_found(tmp_path: Path, layout: str) -> None:
    text = _town("单位名称", "单位整体支出总额", "100", layout).replace("100%", "90%")
    result = audit_paths([str(_write(tmp_path, text))])
    assert "execution_rate" in {f.kind for f in result.findings if f.severity == "error"}


# labels the probe of session 21 found unread, each a word of the kind the grammar names (``fundscolumn``): the
# year's start by any word after 年初 or the approval (批复), a budget 调整后 without 数, a score 实际 / 执行
OTHER_WORDINGS = {
    "年初预算数": ("年初预算资金", "年初安排数", "年初批复数", "年初数", "年初部门预算", "年初计划数", "预算批复数", "批复预算数"),
    "全年预算数": ("调整后预算", "全年预算总额"),
    "得分": ("实际得分", "执行得分"),
}


def _one_relabelled(seed: int, label: str, other: str, mistake: str | None = None) -> tuple[list[list[str]], object]:
    p = invent(60 + seed, mistake=mistake)
    grid = rows(p, VARIANTS["department"])
    at = next(i for i, r in enumerate(grid) if r[0].startswith("项目资金"))
    grid[at] = [other if c == label else c for c in grid[at]]
    return grid, p


@pytest.mark.parametrize(("label", "other"), [(k, w) for k, ws in OTHER_WORDINGS.items() for w in ws])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "flattened", "row_lines"])
def test_funds_columns_under_wordings_of_their_kind(tmp_path: Path, layout: str, label: str, other: str) -> None:
    """年初预算资金 was lost alone (the year's start missing, the rest read); 年初安排数, 预算批复数, 调整后预算, 实际得分
    lost the whole funds block: the column is read by the kind of word it is, not a list of aliases."""
    grid, p = _one_relabelled(len(other), label, other)
    t = _one(tmp_path, RENDERERS[layout](grid)).funds["total"]
    got = (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec)
    assert got == (p.initial, p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)


@pytest.mark.parametrize("other", ["年初安排数", "预算批复数", "执行得分"])
def test_a_planted_rate_under_those_wordings_is_found(tmp_path: Path, other: str) -> None:
    label = "得分" if other.endswith("得分") else "年初预算数"
    grid, _ = _one_relabelled(3, label, other, mistake="rate")
    result = audit_paths([str(_write(tmp_path, RENDERERS["pipes"](grid)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}


@pytest.mark.parametrize("label", ["年初", "年度预算数", "预算", "部门年初"])
def test_words_of_no_funds_column_stay_none(label: str) -> None:
    """年初 alone (a label wrapped before its noun), a block's 年度预算数 title, a bare 预算: no column."""
    assert column_by_meaning(label) is None


@pytest.mark.parametrize("total_label", ["年度部门整体支出", "年度预算资金总额", "部门预算总额", "支出合计", "资金合计"])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines", "flattened"])
def test_the_total_row_named_by_what_it_totals(tmp_path: Path, total_label: str, layout: str) -> None:
    """A total (总额 / 合计) of the funds named before it, or the department's spending of the year: the funds' total
    row (the funds were lost: nothing read under any column)."""
    doc = _one(tmp_path, _town("单位名称", total_label, "100", layout))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (Decimal("864.2"), Decimal("864.2"),
                                                                             Decimal(100), Decimal(20))


@pytest.mark.parametrize(("upper", "lower"), [("预算数", ("年初预算", "全年预算")), ("预算金额", ("年初预算数", "调整后预算数"))])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_a_budget_label_over_two_budget_columns(tmp_path: Path, layout: str, upper: str, lower: tuple[str, str]) -> None:
    """预算数 over 年初预算 | 全年预算 (a header over two rows, a merged cell): the two budgets take the upper label's
    place (they were read after the score: the score as the 年初预算数, the weight as the rate, a false error)."""
    p = invent(80 + len(layout))
    grid = budget_spanning(rows(p, VARIANTS["department"]), upper, lower)
    t = _one(tmp_path, RENDERERS[layout](grid)).funds["total"]
    got = (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec)
    assert got == (p.initial, p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](grid)))])
    assert [f.kind for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_a_planted_rate_under_a_spanning_budget_label_is_found(tmp_path: Path, layout: str) -> None:
    p = invent(90, mistake="rate")
    grid = budget_spanning(rows(p, VARIANTS["department"]))
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](grid)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}


@pytest.mark.parametrize(("kinds", "columns"), [
    (["annual_budget", "executed", "weight", "rate", "score", "initial_budget", "annual_budget"],
     ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"]),
    (["initial_budget", "annual_budget", "executed", "rate"], ["initial_budget", "annual_budget", "executed", "rate"]),
    (["annual_budget", "executed", "initial_budget"], ["annual_budget", "executed", "initial_budget"]),
])
def test_only_a_budget_over_two_budgets_side_by_side_spans(kinds: list[str], columns: list[str]) -> None:
    from jixiao.read.recognise.fundsspan import spanned

    assert spanned(kinds) == columns
