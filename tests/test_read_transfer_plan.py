"""A transfer's allocation table printed as pipe rows with no pipe opening them (``单位 | 小计 | … |``: the text
reader keeps such rows as lines of text) under a 补助资金安排表 title and no notice sentence (乐昌): the file is a
transfer's allocation, its table kept whole; the 合计 row read and checked where the table prints one, and a table
without one kept with its total said to be unread (generators in ``tests/layouts``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import traditional
from layouts.render import RENDERERS, pipes_unled
from layouts.transfer import allocation_grid


def _retitled(seed: int, mistake: str | None = None) -> tuple[list[list[str]], object]:
    rows, total = allocation_grid(seed, mistake)
    rows[0] = ["附件1", "2023年中等职业学校国家助学金补助资金安排表"]
    return rows, total


def _transfer(path: Path) -> list:
    return [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("seed", range(3))
def test_an_unled_plan_with_its_total(tmp_path: Path, seed: int, trad: bool) -> None:
    rows, total = _retitled(seed)
    path = tmp_path / "plan.txt"
    text = pipes_unled(rows)
    path.write_text(traditional(text) if trad else text, encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total
    assert docs[0].tables and any(c.text == "合计" for r in docs[0].tables[0].rows for c in r)


def test_a_planted_total_in_an_unled_plan_is_found(tmp_path: Path) -> None:
    rows, _ = _retitled(4, "total")
    path = tmp_path / "plan.txt"
    path.write_text(pipes_unled(rows), encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    # every cell printed, each at its column: the sum is proven on the table as printed
    assert [(f.kind, f.row) for f in findings if f.severity == "error"] == [("table_total", "合计")]
    assert not [f for f in findings if f.severity == "suspect"]
    rows[4][2] = ""  # one cell left blank: the cells beside it are placed by the column model
    rows[4][1] = str(Decimal(rows[4][3]))
    path.write_text(pipes_unled(rows), encoding="utf-8")
    findings = audit_paths([str(path)]).findings
    assert [(f.kind, f.row) for f in findings if f.severity == "suspect"] == [("table_total", "合计")]
    assert not [f for f in findings if f.severity == "error"]


def test_a_plan_without_a_total_row_is_kept_not_summed(tmp_path: Path) -> None:
    """One school's row and no 合计: the table is the document's, its total is not made up."""
    rows, _ = _retitled(5)
    rows = [r for r in rows if r[0] != "合计"][:4]
    path = tmp_path / "plan.txt"
    path.write_text(pipes_unled(rows), encoding="utf-8")
    docs = _transfer(path)
    assert len(docs) == 1
    assert docs[0].funds.get("total") is None
    assert rows[3][0] in [c.text for r in docs[0].tables[0].rows for c in r]
    assert any("没有合计行" in p.message for p in docs[0].problems)


def _notice_with_targets(seed: int) -> tuple[list[list[str]], Decimal]:
    """A county's notice sending a fund down (现将…资金X万元下达给你局) with the fund's 绩效目标表 attached."""
    amount = Decimal(100 + seed * 37)
    rows = [["关于下达2020年第二批省级财政水利发展资金的通知"], ["某某区水利局:"],
            [f"现将2020年省级财政第二批水利发展资金{amount}万元下达给你局,用于农村饮水安全巩固提升。"],
            ["附件:2020年省级财政水利发展资金绩效目标表"], ["2020年省级财政水利发展资金绩效目标表"],
            ["专项(项目)名称", "农村饮水安全巩固提升工程专项"], ["区级主管部门", "某某区水利局"],
            ["资金情况(万元)", "资金来源", "资金总额", f"{amount}"], ["其中:财政拨款", f"{amount}"], ["其他资金", ""],
            ["年度绩效目标", "解决9200人的饮水问题"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "受益人口", "≥9200人"]]
    return rows, amount


@pytest.mark.parametrize("layout", ["cell_lines", "row_lines", "pipes"])
@pytest.mark.parametrize("seed", range(2))
def test_a_notice_with_its_target_table_is_the_transfers(tmp_path: Path, layout: str, seed: int) -> None:
    """The attachment's 资金情况 is no budget disclosure's 项目支出绩效目标表: the notice's allocation is the document,
    the target table kept with it."""
    rows, amount = _notice_with_targets(seed)
    path = tmp_path / "notice.txt"
    path.write_text(RENDERERS[layout](rows), encoding="utf-8")
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["project_self_evaluation"] and docs[0].extra.get("form") == "transfer"
    assert docs[0].funds["total"].annual_budget.dec == amount


@pytest.mark.parametrize("shape", ["indented", "cell_pipes"])
def test_a_budgets_target_table_stays_a_budgets(tmp_path: Path, shape: str) -> None:
    """No notice: a disclosure's 项目支出绩效目标表 is still read as the budget's."""
    from layouts.targets import text

    path = tmp_path / "budget.txt"
    path.write_text(text(3, shape), encoding="utf-8")
    docs = read_path(path).documents
    assert "budget_disclosure" in [d.type for d in docs] and not any(d.extra.get("form") == "transfer" for d in docs)


@pytest.mark.parametrize("firm", [True, False])
def test_the_old_reading_takes_its_severity_from_the_same_place(firm: bool) -> None:
    """The table rows the text reader made, checked by ``check_total_row``: the severity is not that check's but
    the allocation check's, by what the reader established (every cell at its column: error; else suspect)."""
    from jixiao.audit.transfer import check_allocation
    from jixiao.core.records import Document
    from jixiao.core.source import Source
    from jixiao.core.table import Cell, Table
    from jixiao.read.recognise.transfer_alloc import FIRM

    src = Source("plan.txt", 1)
    grid = [["单位", "金额"], ["城关镇", "10"], ["东坝乡", "5"], ["合计", "16"]]
    table = Table(rows=[[Cell(t, Source("plan.txt", k + 1, cell=f"C{j + 1}")) for j, t in enumerate(r)]
                        for k, r in enumerate(grid)], source=src)
    doc = Document("transfer", "2023年补助资金分配表", src, tables=[table],
                   extra={"form": "transfer", "layout_family": "transfer-allocation", FIRM: firm})
    assert [(f.severity, f.row, f.recomputed) for f in check_allocation(doc)] == [
        ("error" if firm else "suspect", "合计", "15")]
