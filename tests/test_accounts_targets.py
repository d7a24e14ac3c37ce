"""项目支出绩效目标表 in a budget disclosure, read from text in the shapes published: the funds by label, a
budget_disclosure document per table, and a 小计 that does not add up found (generator: ``tests/layouts/targets.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.targets import SHAPES, funds, midterm, text


def _read(tmp_path: Path, body: str) -> Document:
    p = tmp_path / "target.txt"
    p.write_text(body, encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "budget_disclosure"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("shape", SHAPES)
def test_funds_read_by_label_and_subtotals_hold(tmp_path: Path, shape: str) -> None:
    doc = _read(tmp_path, text(9, shape))
    assert doc.title == "项目支出绩效目标申报表（2024年度）" and doc.year == 2024
    t = doc.extra["accounts"].tables[0]
    assert [(r.name, r.get("金额").dec) for r in t.rows] == funds(9)
    assert all(r.source.line is not None for r in t.rows)
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert [ok for k, _, ok in made if k == "total_sum"] == [True, True]


@pytest.mark.parametrize("seed", [3, 9])
@pytest.mark.parametrize("shape", SHAPES)
def test_the_medium_terms_total_is_its_own_line(tmp_path: Path, shape: str, seed: int) -> None:
    """中期资金总额 is the project's funds over the medium term: read under its own name, never as the year's
    资金总额, and the year's lines after it as before."""
    t = _read(tmp_path, text(seed, shape, medium=True)).extra["accounts"].tables[0]
    assert [(r.name, r.get("金额").dec) for r in t.rows] == [("中期资金总额", midterm(seed)), *funds(seed)]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_subtotal_that_does_not_add_up_is_found(tmp_path: Path, shape: str) -> None:
    doc = _read(tmp_path, text(9, shape, planted=True))
    found = [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert found == [("total_sum", "error", "(一)财政拨款小计")]


def test_a_self_evaluation_is_never_a_target_table(tmp_path: Path) -> None:
    """绩效目标自评表 with 全年执行数 is a project form (read by the project readers), not a disclosure's target table."""
    body = text(9, "indented").replace("项目支出绩效目标申报表", "项目支出绩效目标自评表").replace("金额(万元)", "全年执行数")
    p = tmp_path / "self.txt"
    p.write_text(body, encoding="utf-8")
    assert [d for d in read_path(p).documents if d.type == "budget_disclosure"] == []


@pytest.mark.parametrize("byline", ["单位：万元", ""])
def test_a_row_that_states_its_own_unit_is_in_the_tables_unit(tmp_path: Path, byline: str) -> None:
    """"本年度申请市财政预算资金(元) | 2845000" in a 万元 table is 284.5 万元, never 2,845,000 万元; the table's unit is
    the one its byline states, else the first a label states."""
    body = "\n".join(["区文旅局2024年部门预算", "项目支出绩效目标申报表", "(2024年度)", byline,
                      "项目名称 | 文化惠民演出", "中期市财政预算(万元) | 1200.00",
                      "本年度申请市财政预算资金(元) | 2845000", "一级指标 | 二级指标 | 三级指标 | 指标值"]) + "\n"
    t = _read(tmp_path, body).extra["accounts"].tables[0]
    assert t.unit == "万元"
    assert [(r.name, r.get("金额").dec, r.get("金额").text) for r in t.rows] == [
        ("中期市财政预算", Decimal("1200.00"), "1200.00"), ("本年度申请市财政预算资金", Decimal("284.5"), "2845000")]


_PLAN = "七、预算绩效管理情况：本单位组织对上年度项目开展绩效自评，形成绩效自评报告，自评表在网站公开。"
_GLOSSARY = "八、名词解释：一般公共预算支出执行数，指本年度实际支出的财政拨款。部门将按要求开展绩效自评。"
_DUTIES = "一、部门主要职能：贯彻执行国家和省有关方针政策和法律法规，拟订相关发展规划并组织实施，负责本行业的监督管理工作。"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("where", ["plan before", "glossary after", "both"])
def test_a_budgets_own_words_about_self_evaluation_keep_its_target_table(tmp_path: Path, shape: str,
                                                                        where: str) -> None:
    """A budget's 说明 that plans 绩效自评 and a 自评报告, or a 名词解释 after the table naming 执行数, does not make the
    target table a self-evaluation's: only a title (the file's opening, a line of its own) or the table's own
    columns say that. Before, one such sentence anywhere left the whole disclosure unrecognised."""
    lead = ["区文旅局2024年部门预算公开说明", *[_DUTIES] * 4] + ([_PLAN] if where != "glossary after" else [])
    tail = [_GLOSSARY] if where != "plan before" else []
    doc = _read(tmp_path, "\n".join([*lead, text(9, shape).rstrip("\n"), *tail]) + "\n")
    assert [(r.name, r.get("金额").dec) for r in doc.extra["accounts"].tables[0].rows] == funds(9)


@pytest.mark.parametrize("title", ["项目支出绩效评价报告", "2023年度项目支出绩效自评报告", "项目支出绩效自评表"])
def test_a_table_annexed_to_a_report_is_the_reports(tmp_path: Path, title: str) -> None:
    """A report's title (the file's opening, or a heading line) before the target table: the table is the report's
    annex, left to the report's readers."""
    body = "\n".join([*[_DUTIES] * 4, title, "附件：", text(9, "indented")])
    p = tmp_path / "annex.txt"
    p.write_text(body, encoding="utf-8")
    assert [d for d in read_path(p).documents if d.type == "budget_disclosure"] == []
