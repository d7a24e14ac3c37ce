"""A 三公 table whose row labels a narrow column cut, the rest on the next line (公务用车购置及运 | 245 | 165.23 ⏎ 行维护费,
其中:公务用车运 | 165 | 87.07 ⏎ 行维护费): 公务用车购置及运 is the vehicles' whole (购置及运行), never 购置费. Before, the whole
was taken for 购置费 and the 合计 recomputed with the vehicles' whole and their running costs both in it: a false
`error`. 公务用车运 alone names no item (taken for 运行费, a table whose 3.公务用车购置 is the whole cut short and a later
公务用车购置 the part counted the part twice): its row is not read. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.sangong import PURCHASE, VEHICLES, row_item
from jixiao.audit import audit_paths


@pytest.mark.parametrize(("label", "item"), [("公务用车购置及运", VEHICLES), ("公务用车购置及", VEHICLES),
                                             ("其中:公务用车运", None), ("公务用车购置费", PURCHASE),
                                             ("公务用车购置及运行维护费", VEHICLES)])
def test_a_cut_label_names_its_item(label: str, item: str | None) -> None:
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


def test_a_whole_cut_to_its_purchase_words_is_no_false_error(tmp_path: Path) -> None:
    """3.公务用车购置 (… / 及运行维护费) then 其中:公务用车运 (… / 行维护费) and 公务用车购置, one row of a table flattened
    by its wrapped cells: the vehicles' whole and its purchase both read as 购置费 never make an `error`."""
    text = ("2021年区本级“三公”经费预算支出表\n单位:万元\n项目 预算数 合计 4432 1.因公出国(境 39 2.公务接待费 323 3.公务用车购置 "
            "4070 其中:公务用车运 2648 公务用车购置 1422\n)费用 及运行维护费 行维护费\n"
            "2021年区本级一般公共预算中“三公”经费支出预算为4432万元,其中:因公出国(境)费39万元,公务接待费323万元,"
            "公务用车购置及运行维护费4070万元。\n")
    path = tmp_path / "sangong.txt"
    path.write_text(text, encoding="utf-8")
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
