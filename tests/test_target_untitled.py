"""A budget's 项目支出绩效目标表 that prints its title in other words (…绩效目标情况表, 绩效目标公开表, 绩效目标设置表,
绩效目标编报表, 绩效目标批复情况表) or prints none at all (a page whose heading was lost, the table cut from its page: the
project's name, its funds, its indicators with their 指标值, nothing said of an actual, an executed amount or a score)
is the budget's target table, never a project self-evaluation missing its total score (a false suspicion).
A form on a page that says 得分 or 实际完成值 stays the self-evaluation it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

_TABLE = """项目名称 某镇安置小区物业管理
主管部门 某县财政局 实施单位 某镇人民政府
项目资金    (万元) 年度资金总额: {whole}
 其中:财政拨款 {fiscal}
      其他资金 {other}
年度目标
目标1:维护辖区安置小区安全巡逻、环境卫生及物业日常管理
绩效指标 一级指标 二级指标 三级指标 {value_head}
产出指标 数量指标 指标1:安置小区数 6个
时效指标 指标1:按时完成物业管理工作 2024年全年
成本指标 指标1:项目总成本 ≤{whole}万元
效益指标 社会效益指标 指标1:改善安置小区群众生活质量 显著改善
满意度指标 服务对象满意度指标 指标1:群众满意度 ≥90%
"""


def _write(tmp_path: Path, title: str, value_head: str = "指标值", whole: str = "860", fiscal: str = "800",
           other: str = "60") -> Path:
    p = tmp_path / "page.txt"
    p.write_text((title + "\n(2024年度)\n" if title else "") + _TABLE.format(
        whole=whole, fiscal=fiscal, other=other, value_head=value_head), encoding="utf-8")
    return p


def _funds(p: Path) -> dict[str, Decimal | None]:
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"], [(d.type, d.title) for d in docs]
    return {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows}


@pytest.mark.parametrize("title", ["项目支出绩效目标情况表", "项目支出绩效目标公开表", "项目绩效目标设置表",
                                   "项目支出绩效目标编报表", "项目支出绩效目标批复情况表"])
def test_a_title_in_other_words_heads_a_target_table(tmp_path: Path, title: str) -> None:
    p = _write(tmp_path, title)
    assert _funds(p) == {"年度资金总额": 860, "其中:财政拨款": 800, "其他资金": 60}
    doc = read_path(p).documents[0]
    assert doc.title == f"{title}（2024年度）"
    findings = audit_paths([str(p)]).findings
    assert not [f for f in findings if f.severity in ("error", "suspect")], [f.message for f in findings]


def test_a_table_without_a_title_is_read_by_what_it_holds(tmp_path: Path) -> None:
    p = _write(tmp_path, "")
    assert _funds(p) == {"年度资金总额": 860, "其中:财政拨款": 800, "其他资金": 60}
    doc = read_path(p).documents[0]
    assert doc.title == "绩效目标表（表无标题，按其内容认定）"
    assert any("没有标题" in x.message for x in doc.problems)
    findings = audit_paths([str(p)]).findings
    assert not [f for f in findings if f.severity in ("error", "suspect")], [f.message for f in findings]


@pytest.mark.parametrize("title", ["", "项目支出绩效目标完成情况表", "项目支出绩效目标执行情况表"])
def test_a_page_that_measures_is_no_target_table(tmp_path: Path, title: str) -> None:
    """A form whose page says 实际完成值 (or a title saying what was done: 完成情况, 执行情况) is no target table."""
    p = _write(tmp_path, title, value_head="年度指标值 实际完成值")
    assert all(d.type != "budget_disclosure" for d in read_path(p).documents)


def test_an_untitled_table_cut_before_its_indicators(tmp_path: Path) -> None:
    """The text ends in the table's row of targets (项目绩效目标(含项目概况…)), its indicators cut: still the target
    table, by its name, its funds and that row, on a page that says nothing of an evaluation."""
    p = tmp_path / "cut.txt"
    p.write_text("发布时间:2019-09-30 08:47信息来源: 某市卫生健康委阅读次数: 字体:【\n(2019年度)\n申报单位名称:(盖章)\n"
                 "项目名称 某病种筛查经费\n项目总预算(万元) 75.00      项目当年预算(万元) 25.00\n"
                 "同名项目上年预算额 同名项目上年预算执行数\n项目绩效目标(含项目概况、设立依据、必要性及预期目标) 项目概况:"
                 "用于开展某病种筛查工作。\n", encoding="utf-8")
    assert _funds(p) == {"项目总预算": 75, "项目当年预算": 25}


def test_a_title_that_heads_no_table_read_leaves_the_table_to_its_content(tmp_path: Path) -> None:
    """The table's name printed only after it (the attachment's file name, 附件：项目支出绩效目标表.xlsx): no table follows
    that title, so the table before it is read by what it holds."""
    p = tmp_path / "after.txt"
    p.write_text(_TABLE.format(whole="860", fiscal="800", other="60", value_head="指标值")
                 + "附件：项目支出绩效目标表.xlsx\n", encoding="utf-8")
    assert _funds(p) == {"年度资金总额": 860, "其中:财政拨款": 800, "其他资金": 60}
