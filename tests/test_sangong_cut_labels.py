"""A 三公 table whose row labels a narrow column cut, the rest on the next line (公务用车购置及运 | 245 | 165.23 ⏎ 行维护费,
其中:公务用车运 | 165 | 87.07 ⏎ 行维护费): 公务用车购置及运 is the vehicles' whole (购置及运行), never 购置费, and 公务用车运 their
running costs. Before, the whole was taken for 购置费 and the 合计 recomputed with the vehicles' whole and their
running costs both in it: a false `error`. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.sangong import PURCHASE, RUNNING, VEHICLES, row_item
from jixiao.audit import audit_paths


@pytest.mark.parametrize(("label", "item"), [("公务用车购置及运", VEHICLES), ("公务用车购置及", VEHICLES),
                                             ("其中:公务用车运", RUNNING), ("公务用车购置费", PURCHASE),
                                             ("公务用车购置及运行维护费", VEHICLES)])
def test_a_cut_label_names_its_item(label: str, item: str) -> None:
    assert row_item(label) == item


@pytest.mark.parametrize(("guest", "run", "buy"), [("2.14", "87.07", "78.16"), ("5", "12.5", "0")])
def test_a_table_of_cut_labels_holds_its_sums(tmp_path: Path, guest: str, run: str, buy: str) -> None:
    cars = Decimal(run) + Decimal(buy)
    total = Decimal(guest) + cars
    text = ("某中心2021年度一般公共预算财政拨款“三公”经费支出决算情况说明\n一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n"
            f"单位:万元\n项 目 决 算 数\n合 计 {total}\n因公出国(境)费 0\n公务接待费 {guest}\n公务用车购置及运 {cars}\n行维护费\n"
            f"其中:公务用车运 {run}\n行维护费\n公务用车购置费 {buy}\n")
    path = tmp_path / "sangong.txt"
    path.write_text(text, encoding="utf-8")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
