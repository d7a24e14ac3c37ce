"""情况说明 wordings met on fresh pages (session 44), with invented figures:

- an amount in the reasons of the whole's sentence ("…增长35.8%,主要原因是支付了200万元综合楼建设款。其中:基本支出
  794.01万元,占68.5%", 重庆巫山's) is never the whole the shares after 其中 are of (before: two false errors, 397.0%);
- 年初结转和结余 said after this year's income's parts (收入合计959.78万元 … 其中:财政拨款收入…;事业收入…;年初结转和
  结余200万元) is a part of 收入总计, not of 收入合计 (before: a false "parts exceed the whole"); a budget's 部门收入预算
  holds its 上年结转, and is still checked with it;
- a whole split twice in one sentence, by kind and then by source (湖南津市五中's 收入预算总额 … 人员经费 …, 日常公用经费 …,
  预算中财政补助收入 …, 其他收入 …): no sum of the four (before: a false suspect at twice the whole); a small part after
  the ones that make the whole is still the list's (重庆万州's 其他收入0.10万元: found). The budget's 上年结转 and the small
  part are controls: they pass on the commit before too."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths


def _found(tmp_path: Path, text: str) -> list[tuple[str, str, str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(["2031年东山镇卫生院部门决算公开", "二、部门决算情况说明", "(一)收入支出决算总体情况说明", text])
                 + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


def _reasons(share: str) -> str:
    return ("3.支出情况。2031年度支出合计1,000.00万元,较上年决算增加300.00万元,增长42.9%,主要原因是支付了200万元综合楼建设款,"
            f"另外因工资标准提高。其中:基本支出600.00万元,占{share}%;项目支出400.00万元,占40.0%。")


def test_an_amount_in_the_reasons_is_not_the_whole(tmp_path: Path) -> None:
    assert _found(tmp_path, _reasons("60.0")) == []
    assert _found(tmp_path, _reasons("61.0")) == [("text_percent", "error", "61.0%", "60.0%")]


def _carried(grant: str) -> str:
    return (f"2.收入情况。2031年度收入合计800.00万元,较上年决算数增加100.00万元,增长14.3%。其中:财政拨款收入{grant}万元,"
            "占62.5%;事业收入300.00万元,占37.5%;年初结转和结余150万元。")


def test_the_carried_in_line_is_no_part_of_this_years_income(tmp_path: Path) -> None:
    assert _found(tmp_path, _carried("500.00")) == []
    assert _found(tmp_path, _carried("560.00")) == [("text_percent", "error", "62.5%", "70.0%"),
                                                    ("total_sum", "error", "800.00", "860.00")]


@pytest.mark.parametrize(("carried", "found"), [("100.00", []), ("120.00", [("total_sum", "suspect", "1000.00", "1020.00")])])
def test_a_budgets_income_holds_its_carried_in_line(tmp_path: Path, carried: str, found: list[object]) -> None:
    text = f"部门收入预算1000.00万元,其中:财政拨款600.00万元,事业收入300.00万元,上年结转{carried}万元。"
    assert _found(tmp_path, text) == found


def _twice(other: str) -> str:
    return (f"我校2031年收入预算总额为1000000元,其中,人员经费为900000元,日常公用经费为100000元,2031年预算中财政补助收入为"
            f"990000元,其他收入为{other}元。")


def test_a_whole_split_twice_in_one_sentence(tmp_path: Path) -> None:
    assert _found(tmp_path, _twice("10000")) == []
    assert _found(tmp_path, _twice("12000")) == []  # (the second split's own slip is not proven: its list may be short)


def test_a_small_part_after_the_whole_is_made_is_the_lists(tmp_path: Path) -> None:
    text = "2031年年初预算数1000.00万元,其中:一般公共预算拨款300.00万元,政府性基金预算拨款0万元,事业收入700.00万元,其他收入0.10万元。"
    assert _found(tmp_path, text) == [("total_sum", "suspect", "1000.00", "1000.10")]


def _one_part(basic: str) -> str:
    # (the whole said twice, income and spending one figure; the 其中 in a sentence of its own)
    return ("2031年一般公共预算财政拨款收入629.31万元,一般公共预算财政拨款支出629.31万元,比2030年减少88.85万元。"
            f"其中:基本支出{basic}万元,比2030年减少55.08万元,主要原因是在职教师减少。")


def test_one_part_over_its_whole(tmp_path: Path) -> None:
    """重庆高新's: the one part its 其中 lists over the whole (768.93 of 629.31): found, suspect (the two amounts before
    the 其中 are one figure, so the whole is known)."""
    assert _found(tmp_path, _one_part("540.12")) == []
    assert _found(tmp_path, _one_part("768.93")) == [("total_sum", "suspect", "629.31", "768.93")]
