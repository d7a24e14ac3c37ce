"""Project forms as the world prints them beyond the generators' clean tables: each case a generated form (invented
figures, a planted mistake) in a layout a real page showed, read by labels and the form's own arithmetic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from layouts.files import write
from layouts.grid import VARIANTS, rows
from layouts.model import Project, assert_read_as_invented, invent
from layouts.render import RENDERERS, one_run, run_together

# The opening of a 部门决算 page: its 目录 names the project forms it prints after its tables.
CONTENTS = ("2021年度某某县某某局部门决算\n目录\n第一部分 部门概况\n第二部分 2021年度部门决算表\n一、收入支出决算总表\n"
            "二、收入决算表\n十五、2021年度项目支出绩效自评表\n第三部分 2021年度部门决算情况说明\n\n")


def _read_whole(doc: Document, p: Project) -> None:
    """The form's execution row, every indicator's weight and score and the total read as invented."""
    assert_read_as_invented(doc, p, named=True, total=True)


@pytest.mark.parametrize("layout", ["lone_pipes", "cell_lines", "pipes"])
def test_a_project_form_after_a_final_accounts_contents_is_read_and_its_mistake_found(
        tmp_path: Path, layout: str) -> None:
    # one cell a run of lines closed by "|": the form's labels alone were once taken for a 决算 table's rows
    # (the 目录 above names 决算 tables), which read no figure and kept the form from being read
    p = invent(5, mistake="total")
    result = audit_paths([str(write(tmp_path, CONTENTS + RENDERERS[layout](rows(p, VARIANTS["national"]))))])
    (doc,) = result.documents
    assert doc.type == "project_self_evaluation" and doc.title == p.name
    _read_whole(doc, p)
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def _named(label: str) -> object:
    """The form's name row under another label (专项资金名称 | X, or 项目名称：X in one cell)."""
    def rename(rs: list[list[str]]) -> list[list[str]]:
        return [([label + r[1]] if label.endswith("：") else [label, *r[1:]]) if r and r[0] == "项目名称" else r
                for r in rs]
    return rename


def _from_funds(rs: list[list[str]]) -> list[list[str]]:
    """An excerpt that begins inside the form, at its funds block: no title, no name row, no units."""
    return rs[next(k for k, r in enumerate(rs) if r and r[0].startswith("项目资金")):]


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines", "lone_pipes"])
@pytest.mark.parametrize("cut", ["专项资金名称", "项目(政策)名称", "项目名称：", "from_funds"])
def test_a_form_read_by_its_blocks_whatever_its_name_label_or_without_one(tmp_path: Path, layout: str,
                                                                          cut: str) -> None:
    p = invent(9, mistake="rate")
    shape = _from_funds if cut == "from_funds" else _named(cut)
    result = audit_paths([str(write(tmp_path, RENDERERS[layout](shape(rows(p, VARIANTS["national"])))))])  # type: ignore[operator]
    (doc,) = result.documents
    _read_whole(doc, p)
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}  # 1.50 points too high
    if cut == "from_funds":  # what the excerpt does not hold is said, not invented
        assert doc.title is None and any("项目名称" in x.message or "表格结构已丢失" in x.message for x in doc.problems)
    else:
        assert doc.title == p.name


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_a_score_table_without_target_columns_is_not_taken_for_a_headless_project_form(tmp_path: Path,
                                                                                        layout: str) -> None:
    from layouts.scores import invent_scores, score_rows

    result = audit_paths([str(write(tmp_path, RENDERERS[layout](score_rows(invent_scores(4)))))])
    assert all(d.type != "project_self_evaluation" for d in result.documents)


def _twenty_point_rows(p: Project, rate: str) -> list[list[str]]:
    """The 20-point form of 湖北 / 云南 (预算数(A) | 执行数(B) | 执行率(B/A) | 得分（20分*执行率）; indicator rows with a
    score and no weight), its rate printed as ``rate``."""
    out = [[f"{p.year}年度项目支出绩效自评表"], ["项目名称", p.name], ["主管部门", p.dept, "项目实施单位", p.unit],
           [f"预算执行情况（万元）（{p.exec_weight}分）", "预算数(A)", "执行数(B)", "执行率(B/A)", f"得分（{p.exec_weight}分*执行率）"],
           ["年度财政资金总额", f"{p.budget}", f"{p.executed}", rate, f"{p.exec_score}"],
           [f"年度绩效目标（{100 - p.exec_weight}分）", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]]
    out += [["", i.level1, i.level2, i.name, i.target, i.actual, f"{i.score}"] for i in p.indicators]
    return [*out, ["总分", f"{p.total}"]]


def test_a_rate_printed_as_the_fraction_1_places_run_together_digits(tmp_path: Path) -> None:
    # 年度财政资金总额1739.621739.62118: budget, executed, 执行率(B/A) 1 (all spent: the fraction 1 = B ÷ A), score 18
    # where 20 × 100% = 20 (the planted mistake); only the fraction reading of the rate explains the digits
    p = invent(21, exec_weight=20)
    p.executed = p.budget
    p.exec_score = p.exec_weight - 2
    p.total = p.exec_score + sum((i.score for i in p.indicators), Decimal(0))  # the total sums the scores printed
    result = audit_paths([str(write(tmp_path, run_together(_twenty_point_rows(p, "1"))))])
    (doc,) = result.documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.text, total.score.dec) == (
        p.budget, p.executed, "1", p.exec_score)
    assert any(f.kind == "rate_as_fraction" for f in result.findings)  # the rate is said to be a fraction, not 1%
    assert [f.kind for f in result.findings if f.severity == "error"] == ["execution_score"]
    # the indicator rows have no weight column: 验收合格率≥95%99%9 splits as target, actual and score all the same
    scores = {i.level3.value: i.score.dec for i in doc.indicators}
    assert {i.name: scores.get(i.name) for i in p.indicators if any(ch.isdigit() for ch in i.target)} == {
        i.name: i.score for i in p.indicators if any(ch.isdigit() for ch in i.target)}


def test_funds_printed_as_label_value_pairs_are_read_by_their_labels(tmp_path: Path) -> None:
    # 河北's form: 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%) / 预算数 6.84 到位数 6.84 执行数 6.84 100.00
    p = invent(17, mistake="rate")
    lines = [f"某某县某某局{p.year}年度预算项目绩效自评表",
             f"一、基本情况 项目名称: {p.name} 实施(主管)单位 {p.unit} 金额单位: 万元",
             "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)",
             f"预算数 {p.budget} 到位数 {p.budget} 执行数 {p.executed} {p.rate:.2f}",
             f"其中:财政资金 {p.budget} 其中:财政资金 {p.budget} 其中:财政资金 {p.executed}",
             "三、年度绩效指标完成情况 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"]
    lines += [f"{i.level1} {i.level2} {i.name} {i.target} {i.actual} {i.weight} {i.score}" for i in p.indicators]
    result = audit_paths([str(write(tmp_path, "\n".join(lines) + "\n"))])
    (doc,) = result.documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (p.budget, p.executed, p.rate)
    assert any("成对读取" in x.message for x in doc.problems)
    assert "execution_rate" in {f.kind for f in result.findings if f.severity in ("error", "suspect")}


@pytest.mark.parametrize("layout", [one_run])
def test_a_project_form_whose_figures_were_all_lost_is_recognised_saying_so(tmp_path: Path, layout: object) -> None:
    # a document-preview page that kept the form's labels and lost every number (预算数() 执行数() 得分(分*执行率)):
    # a project form, named, none of whose figures could be read; never "not recognised", never a number invented
    p = invent(6)
    blank = [[("" if any(ch.isdigit() for ch in c) and c not in (p.name,) else c) for c in r]
             for r in rows(p, VARIANTS["national"])]
    result = audit_paths([str(write(tmp_path, layout(blank)))])  # type: ignore[operator]
    (doc,) = result.documents
    assert doc.type == "project_self_evaluation" and doc.title == p.name
    total = doc.funds["total"]
    assert all(getattr(total, c).value is None for c in ("annual_budget", "executed", "rate", "score"))
    assert not any(i.weight.value is not None or i.score.value is not None for i in doc.indicators)
    assert any("均未能读取" in x.message for x in doc.problems)
    assert [f for f in result.findings if f.severity == "error"] == []


def _decision_text(p: Project, items: list[tuple[str, int, int]], rate: str) -> str:
    """湖北's older form as PDF text gives it: one line, its columns interleaved with the 评价标准 prose; the funds
    by source (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) with no total row's label, the 评价内容 items of
    项目决策 (the first) and 项目管理 (the others) each a name, its weight, its score, the rules' points among them."""
    (n1, w1, s1), (n2, w2, s2), (n3, w3, s3), (n4, w4, s4), (n5, w5, s5) = items
    return (f"{p.year}年度{p.name}绩效自评表.pdf\n广水市财政预算支出项目绩效目标自评表 填报日期:{p.year + 1} 年 3 月 2 日 "
            f"自评总分: {p.total} 单位领导审签: 项目名称 {p.name} 项目实施单位 {p.unit} 项目主管单位 {p.dept} "
            f"项目负责人 张三 项目属性 项目资金 1、常年性 √ 2、延续性□ 4、新增性□ 中央 省、地 本级 其他 合计 执行数 "
            f"(万元) (万元) (万元) (万元) (万元) (万元) {p.budget} {p.budget} 来源 项目年度目标 3、一次性□ "
            f"{p.executed} 执行率 {rate} 1. 完成年度工作任务。 项目权重 评价内容 分值 自评分 项目决策 {w1} 分 {n1} {w1} {s1} "
            f"复核分 评价标准及依据 有项目年度工作计划或有上级文件或审批报 告计 {w1} 分,没有不得分。 1、单位财务管理制度 1 分; "
            f"{n2} {w2} {s2} 2、项目管理制度 1 分; 3、有制度执行佐证资料 1 分。没有不得分。 {n3} 项目管理 "
            f"{w2 + w3 + w4 + w5} 分 {w3} 有明确的绩效管理机构或专人负责 {w3} 分。没 {s3} 有不得分 1、运行监管记录 3 分; "
            f"{n4} {w4} {s4} 2、填报《项目支出绩效监控表》1 分。没有 不得分。 1、项目绩效目标全申报的 1 分,缺一项扣 "
            f"{n5} {w5} 0.5 分,扣完为止; {s5} 2、绩效目标规范 1 分,不规范扣 0.5 分。 项目年度目标 1:完成年度工作任务。 "
            "一级 指标 二级 指标名称 年初指 年终完 自评 复核 指标 (三级指标) 标值 成值 分 分\n")


@pytest.mark.parametrize("mistake", ["rate", "score_over_weight"])
def test_an_interleaved_decision_form_reads_its_items_funds_and_total(tmp_path: Path, mistake: str) -> None:
    p = invent(31)
    items = [("决策依据", 2, 2), ("财务制度", 3, 3), ("组织机构", 2, 2), ("运行监管", 4, 3), ("目标申报", 4, 4)]
    if mistake == "score_over_weight":
        items[3] = ("运行监管", 4, 5)
    rate = f"{p.rate + (Decimal('1.50') if mistake == 'rate' else 0):.2f}%"
    result = audit_paths([str(write(tmp_path, _decision_text(p, items, rate)))])
    (doc,) = result.documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.text) == (p.budget, p.executed, rate)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, Decimal(w), Decimal(s)) for n, w, s in items]
    assert doc.total_score.dec == p.total and doc.title == p.name
    errors = {f.kind for f in result.findings if f.severity == "error"}
    assert errors == {"execution_rate" if mistake == "rate" else "score_bounds"}, errors


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines", "flattened", "lone_pipes"])
def test_the_decision_form_as_a_table_reads_in_every_layout(tmp_path: Path, layout: str) -> None:
    # the same form as a table (an HTML or docx page): the points of 项目决策2分 in the level's own cell, the funds by
    # source under 合计 | 执行数 | 执行率; the planted mistake: the rate 1.50 points above 执行数 ÷ 合计
    p = invent(33)
    items = [("决策依据", 2, 2), ("财务制度", 3, 3), ("组织机构", 2, 2), ("运行监管", 4, 3), ("目标申报", 4, 4)]
    table = [["广水市财政预算支出项目绩效目标自评表"], ["填报日期:2021年3月2日", "自评总分", f"{p.total}"],
             ["项目名称", p.name, "项目实施单位", p.unit], ["项目主管单位", p.dept, "项目负责人", "张三"],
             ["项目资金", "来源", "中央", "省、地", "本级", "其他", "合计", "执行数", "执行率"],
             ["", "(万元)", "", "", f"{p.budget}", "", f"{p.budget}", f"{p.executed}", f"{p.rate + Decimal('1.50')}%"],
             ["项目年度目标", "完成年度工作任务"], ["项目权重", "评价内容", "分值", "自评分", "复核分", "评价标准及依据"]]
    for k, (name, w, s) in enumerate(items):
        table.append([("项目决策2分" if k == 0 else "项目管理13分" if k == 1 else ""), name, str(w), str(s), "",
                      f"有相关制度或资料计{w}分，没有不得分"])
    result = audit_paths([str(write(tmp_path, RENDERERS[layout](table)))])
    (doc,) = result.documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (p.budget, p.executed)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, Decimal(w), Decimal(s)) for n, w, s in items]
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}
    assert not [f for f in result.findings if f.kind == "missing_reason"]  # the form has no 偏差原因 column


def test_run_together_rows_without_a_weight_column_split_whole(tmp_path: Path) -> None:
    # 年初目标值 | 实际完成值 | 得分 and no 分值: 验收合格率≥95%97%7.00 is name, target, actual and score; a qualitative
    # row 长效机制建立健全健全 12.00 is its name and a value printed twice; the planted mistake: the total 2 too high
    p = invent(9, exec_weight=20, mistake="total")
    table = _twenty_point_rows(p, f"{p.rate}%")
    table = [[f"{Decimal(c):.2f}" if k == len(r) - 1 and r[0] == "" else c for k, c in enumerate(r)] for r in table]
    result = audit_paths([str(write(tmp_path, run_together(table)))])
    (doc,) = result.documents
    assert [(i.level3.value, i.score.dec) for i in doc.indicators] == [(i.name, i.score) for i in p.indicators]
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


@pytest.mark.parametrize("scored", [False, True])
def test_the_end_of_a_form_alone_is_recognised_with_no_number_invented(tmp_path: Path, scored: bool) -> None:
    # a page that begins inside the indicator rows of the form before it (四川's pages print one form after
    # another): level labels, rows of a name, a target and one number, 合计, then 评价结论 / 存在问题 / 改进措施.
    # 合计 100 alone: the total weight, or a full score whose every row's score is its weight, so each row's one
    # number is its weight either way; the block half read (session 20, ``streamtail``). 合计 below 100 (the rows'
    # numbers are scores, 9, 8.5 …): none is read, and the document says so
    p = invent(12)
    nums = [i.score if scored else i.weight for i in p.indicators[:4]]
    tail = [[i.level1, i.level2, i.name, i.target, f"{n}"] for i, n in zip(p.indicators[:4], nums, strict=True)]
    total = sum(nums, Decimal(0)) if scored else Decimal(100)
    tail += [["合计", f"{total}"], ["评价结论", "完成年度目标。"], ["存在问题", "无"], ["改进措施", "无"],
             ["项目负责人:", "财务负责人:"]]
    result = audit_paths([str(write(tmp_path, RENDERERS["flattened"](tail)))])
    (doc,) = result.documents
    assert doc.type == "project_self_evaluation" and not result.not_recognised()
    assert any("只有项目支出绩效自评表的末尾" in x.message for x in doc.problems)
    assert [f for f in result.findings if f.severity == "error"] == []
    if scored:
        assert total != 100 and not [r for r in doc.indicators if r.weight.value is not None or r.score.value is not None]
        assert any("未读取" in x.message for x in doc.problems)
        return
    assert [(r.level3.str_, r.weight.dec, r.score.value) for r in doc.indicators] == [
        (i.name, i.weight, None) for i in p.indicators[:4]]
    assert (doc.total_weight.dec, doc.total_score.value) == (Decimal(100), None)
