"""A 三公 table across the page, one cell a line, whose vehicles' head wrapped in a narrow column (公务用车购置及运 /
行费, then the second header row 小计 | 公务用车运行费 | 公务用车购置费): the piece 行费 ends the head before it, never
begins 小计. Before, 行费小计公务用车运行费 was read as one head, the 小计 lost, the vehicles' head and both its parts
made columns of their own and the 合计 recomputed with the vehicles counted twice: a false `error`. With every
figure printed the table is read; with the 购置费 cell left blank (its figure gone) the placement is not known and
the file says the table was not read, where before the reading said nothing. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

HEADS = ["“三公”经费合计", "因公出国(境)费", "公务接待费", "公务用车购置及运", "行费", "小计", "公务用车运行费",
         "公务用车购置费"]
NOTES = ("二、2025年一般公共预算“三公”经费支出预算情况说明\n"
         "某县水利局2025年一般公共预算“三公”经费支出预算为{total}万元。其中:因公出国(境)费支出预算为0万元,"
         "公务接待费支出预算为{guest}万元,公务用车购置及运行费支出预算为{cars}万元。\n")


def _text(guest: str, run: str, buy: str | None) -> str:
    cars = Decimal(run) + Decimal(buy or 0)
    total = Decimal(guest) + cars
    figures = [str(total), "0", guest, str(cars), run, *([buy] if buy is not None else [])]
    return ("某县水利局单位2025年一般公共预算“三公”经费预算\n一、2025年一般公共预算“三公”经费支出预算表\n单位:万元\n"
            + "\n".join(HEADS + figures) + "\n" + NOTES.format(total=total, guest=guest, cars=cars))


def _rows(path: Path) -> dict[str, Decimal | None]:
    out: dict[str, Decimal | None] = {}
    for d in read_path(path).documents:
        for t in getattr(d.extra.get("accounts"), "tables", None) or []:
            if t.kind == "three_public":
                out.update({r.name: next(iter(r.values.values())).dec for r in t.rows})
    return out


@pytest.mark.parametrize(("guest", "run", "buy"), [("3", "8.1", "0"), ("12.5", "20.4", "18"), ("0.6", "4", "0")])
def test_the_wrapped_head_is_read_whole(tmp_path: Path, guest: str, run: str, buy: str) -> None:
    path = tmp_path / "sangong.txt"
    path.write_text(_text(guest, run, buy), encoding="utf-8")
    rows = _rows(path)
    cars = Decimal(run) + Decimal(buy)
    assert rows == {"“三公”经费合计": Decimal(guest) + cars, "因公出国(境)费": 0, "公务接待费": Decimal(guest),
                    "公务用车购置及运行费": cars, "公务用车运行费": Decimal(run), "公务用车购置费": Decimal(buy)}
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize(("guest", "run"), [("3", "8.1"), ("12.5", "20.4")])
def test_a_blank_cell_that_leaves_the_placement_open_is_said(tmp_path: Path, guest: str, run: str) -> None:
    path = tmp_path / "sangong.txt"
    path.write_text(_text(guest, run, None), encoding="utf-8")  # 购置费 blank: 运行费 or 购置费 may hold the run figure
    read = read_path(path)
    assert _rows(path) == {}
    assert [p for p in read.problems if "横排" in p.message and "未读入" in p.message]
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]
