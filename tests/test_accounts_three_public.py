"""A standalone 三公 budget table, read and checked on its own, in the three layouts published as text (the
Anhui county pages: the table down the page flattened to one line of cells, or across the page with the
公务用车 sub-items on a second header row; a pipe table down the page), with invented figures and planted
mistakes: a 合计 that does not add, a notes figure that is not the table's, a rate that does not divide out."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from jixiao.read.recognise.accounts import recognise
from jixiao.read.text import read_text_tables

ITEMS = {"abroad": D("0"), "host": D("6.40"), "run": D("12.50"), "buy": D("25.00")}


def _figures(plant: set[str]) -> dict[str, D]:
    f = dict(ITEMS)
    f["vehicles"] = f["run"] + f["buy"]
    f["total"] = f["abroad"] + f["host"] + f["vehicles"] + (D("1.00") if "total" in plant else D(0))
    return f


def _notes(f: dict[str, D], plant: set[str]) -> list[str]:
    prior = D("50.00")
    change = prior - f["total"]
    rate = (change / prior * 100).quantize(D("0.01")) + (D("2") if "rate" in plant else D(0))
    host = f["host"] + (D("0.60") if "text" in plant else D(0))
    return ["二、2026年“三公”经费支出预算情况说明",
            f"东湖区审计局2026年“三公”经费支出预算为{f['total']}万元,比2025年预算减少{change}万元,下降{rate}%。"
            f"其中:因公出国(境)费支出预算为{f['abroad']}万元,公务接待费支出预算为{host}万元,"
            f"公务用车购置及运行费支出预算为{f['vehicles']}万元。"]


def flattened(f: dict[str, D]) -> list[str]:
    """项目 | 预算数 down the page, each cell on its own line (one row of label, value pairs once read)."""
    cells = ["项 目", "预 算 数", "合 计", f["total"], "因公出国(境)费", f["abroad"], "公务接待费", f["host"],
             "公务用车购置及运行费", f["vehicles"], "其中:公务用车运行费", f["run"], "公务用车购置费", f["buy"]]
    return [f"{c} |" for c in cells]


def across(f: dict[str, D]) -> list[str]:
    """合计 | 因公出国 | 公务用车购置及运行费 | 公务接待费 across, 小计 | 购置费 | 运行费 on a second header row."""
    head = ["“三公”经费合计 |", "因公出国(境)费 |", "公务用车购置及运行费 |", "公务 接待费 |", "||",
            "小计 |", "公务用车购置费 |", "公务用车运行费 |", "|||"]
    return head + [f"{v} |" for v in (f["total"], f["abroad"], f["vehicles"], f["buy"], f["run"], f["host"])]


def down(f: dict[str, D]) -> list[str]:
    """A pipe table down the page, numbered items, 公务用车费 with its two sub-items."""
    return ["| 项 目 | 本年预算数 |", f"| 合 计 | {f['total']} |", f"| 1.因公出国(境)费用 | {f['abroad']} |",
            f"| 2.公务接待费 | {f['host']} |", f"| 3.公务用车费 | {f['vehicles']} |",
            f"| 其中:(1)公务用车运行维护费 | {f['run']} |", f"| (2)公务用车购置 | {f['buy']} |"]


LAYOUTS = {"flattened": flattened, "across": across, "down": down}


def _audit(layout: str, plant: set[str]) -> tuple[dict[str, D | None], set[tuple[str, str, str | None]]]:
    f = _figures(plant)
    lines = ["东湖区审计局2026年“三公”经费预算", "一、2026年“三公”经费支出预算表", "单位:万元",
             *LAYOUTS[layout](f), *_notes(f, plant)]
    docs = recognise(read_text_tables("\n".join(lines) + "\n", "sangong.txt"))
    assert len(docs) == 1 and docs[0].problems == []
    acc = docs[0].extra["accounts"]
    assert isinstance(acc, Accounts) and [t.kind for t in acc.tables] == ["three_public"]
    t = acc.tables[0]
    assert t.stage == "budget" and len(t.rows) == 1
    values = {c.split("/")[0]: t.rows[0].get(c).dec for c in t.columns}
    made: list[tuple[str, str, bool]] = []
    findings = check_accounts(docs[0], made=made)
    assert len(made) == 2  # 合计 = 出国 + 购置及运行 + 接待; 购置及运行 = 购置 + 运行
    return values, {(x.kind, x.severity, x.row) for x in findings if x.severity != "info"}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_standalone_three_public_read_and_clean(layout: str) -> None:
    values, found = _audit(layout, set())
    assert values == {"合计": D("43.90"), "因公出国(境)费": D("0"), "公务接待费": D("6.40"),
                      "公务用车购置及运行费": D("37.50"), "公务用车运行费": D("12.50"), "公务用车购置费": D("25.00")}
    assert found == set()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_standalone_three_public_planted_mistakes(layout: str) -> None:
    assert _audit(layout, {"total"})[1] == {("three_public", "error", "合计/预算数")}
    assert _audit(layout, {"text"})[1] == {("text_amount", "error", "公务接待费")}
    assert _audit(layout, {"rate"})[1] == {("text_growth", "suspect", "增长率")}
