"""A fund's year told for the whole and for its 基本支出 and 项目支出 (湖南's 部门整体支出绩效自评报告): the whole's four
carry-over figures are the parts' sums. A gap is an error only where every sentence was read whole and in place (its
own 年初 + 收入 − 支出 = 年末 holds) and no coarser-printed part could round it away; else a suspect that says why."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.audit.carry_parts import check_carry_parts
from jixiao.core.findings import Finding
from jixiao.read import read_file

Year = tuple[str, str, str, str]  # 年初结转和结余, 本年收入, 本年支出, 年末结转和结余 as printed


def _said(who: str, y: Year, fund: str = "一般公共预算财政拨款") -> str:
    return (f"{who}2022年度{fund}年初结转和结余{y[0]}万元,本年收入{y[1]}万元,本年支出{y[2]}万元,"
            f"年末结转和结余{y[3]}万元。")


def _report(whole: Year, basic: Year, project: Year, cut: bool = False, part_fund: str = "一般公共预算财政拨款") -> str:
    text = ("2022年度示例县文化馆部门整体支出绩效自评报告\n一、部门基本情况\n示例县文化馆为全额拨款事业单位。\n"
            "二、一般公共预算支出情况\n" + _said("示例县文化馆", whole) + "\n(一)基本支出情况\n"
            + _said("示例县文化馆本级", basic, part_fund).replace(part_fund, part_fund + "基本支出") + "\n(二)项目支出情况\n"
            + _said("示例县文化馆本级", project, part_fund).replace(part_fund, part_fund + "项目支出") + "\n")
    if cut:  # the excerpt ends inside the last sentence, after its 本年收入
        text = text[: text.rindex("本年支出") + len("本年支出") + 3]
    return text


def _findings(tmp_path: Path, text: str) -> list[Finding]:
    p = tmp_path / "report.txt"
    p.write_text(text, encoding="utf-8")
    return [f for f in audit_paths([str(p)]).findings if f.kind == "dept_funds_parts"]


WHOLE: Year = ("2.27", "1446.02", "1448.11", "0.18")
BASIC: Year = ("0", "215.88", "215.88", "0")
PROJECT: Year = ("2.27", "1230.14", "1232.23", "0.18")


def test_parts_that_make_the_whole_say_nothing(tmp_path: Path) -> None:
    assert _findings(tmp_path, _report(WHOLE, BASIC, PROJECT)) == []


def test_a_whole_its_parts_do_not_make_is_an_error(tmp_path: Path) -> None:
    whole: Year = ("2.27", "1446.52", "1448.61", "0.18")  # both 0.50 above the parts, its own identity holding
    p = tmp_path / "report.txt"
    p.write_text(_report(whole, BASIC, PROJECT), encoding="utf-8")
    fs = check_carry_parts(read_file(p).body, lambda _: "示例县文化馆")
    assert [(f.severity, f.row, f.reported, f.recomputed) for f in fs] == [
        ("error", "本年收入", "1446.52", "1446.02"), ("error", "本年支出", "1448.61", "1448.11")]
    assert fs[0].location is not None and fs[0].location.line == 5  # the whole's sentence
    assert "基本支出215.88万元 + 项目支出1230.14万元 = 1446.02万元" in fs[0].message
    # in the audit the report's figures were read from its prose: any difference there is a suspect to check
    assert [(f.severity, f.row) for f in _findings(tmp_path, _report(whole, BASIC, PROJECT))] == [
        ("suspect", "本年收入"), ("suspect", "本年支出")]


def test_a_part_printed_coarser_is_a_suspect_that_says_so(tmp_path: Path) -> None:
    basic: Year = ("0", "216", "216", "0")  # 215.88 rounded: the gap of 0.12 is within its rounding
    fs = _findings(tmp_path, _report(WHOLE, basic, PROJECT))
    assert [(f.severity, f.row) for f in fs] == [("suspect", "本年收入"), ("suspect", "本年支出")]
    assert "四舍五入" in fs[0].message


def test_a_text_cut_inside_the_last_sentence_is_compared_on_what_it_gives(tmp_path: Path) -> None:
    basic: Year = ("0", "216", "216", "0")
    fs = _findings(tmp_path, _report(WHOLE, basic, PROJECT, cut=True))
    assert [(f.severity, f.row, f.recomputed) for f in fs] == [("suspect", "本年收入", "1446.14")]
    assert "截断" in fs[0].message


def test_a_sentence_whose_own_identity_fails_makes_only_a_suspect(tmp_path: Path) -> None:
    project: Year = ("2.27", "1230.14", "1232.23", "9.18")  # its own carry-over does not hold: a misreading?
    whole: Year = ("2.27", "1446.52", "1448.61", "9.18")
    p = tmp_path / "report.txt"
    p.write_text(_report(whole, BASIC, project), encoding="utf-8")
    fs = check_carry_parts(read_file(p).body, lambda _: "示例县文化馆")
    assert {f.severity for f in fs} == {"suspect"} and {f.row for f in fs} == {"本年收入", "本年支出"}
    assert "可能读错" in fs[0].message


@pytest.mark.parametrize("part_fund", ["政府性基金预算财政拨款", "财政拨款"])
def test_parts_of_another_fund_are_not_compared(tmp_path: Path, part_fund: str) -> None:
    whole: Year = ("2.27", "1446.52", "1448.61", "0.18")
    assert _findings(tmp_path, _report(whole, BASIC, PROJECT, part_fund=part_fund)) == []


def test_figures_are_decimals(tmp_path: Path) -> None:
    whole: Year = ("2.27", "1446.52", "1448.61", "0.18")
    (f, _) = _findings(tmp_path, _report(whole, BASIC, PROJECT))
    assert Decimal(f.recomputed or "") - Decimal(f.reported or "") == Decimal("-0.50")
