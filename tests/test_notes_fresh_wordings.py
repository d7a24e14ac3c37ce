"""情况说明 wordings met on fresh pages (session 43), with invented figures:

- a fall printed as a negative growth ("收入减少15.65万元,增长-5.86%", 甘肃环县's): the fall's rate, checked (its
  printed 5.86% was the change over this year's figure, not last year's);
- the two kinds after the whole's sentence, a kind's remark holding an amount of its own ("…比2022年增加168.36万元,
  主要是因为2022年含上级转移支付年初下达金额767万元", 重庆沙坪坝's): still the two kinds, their changes summed
  against the whole's (before, the remark's amount left the sentence unread); the whole is named without the 年 of
  its year."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity != "info"]


def _negative(income_rate: str) -> list[str]:
    # income 412.5, fell 37.5 from 450: 8.33% (37.5 ÷ 412.5 = 9.09%, the mistake of dividing by this year's)
    return ["2031年东山中学部门决算公开", "三、收入支出决算总体情况说明",
            f"本部门2031年度收入合计412.5万元。与2030年决算数相比,收入减少37.5万元,增长-{income_rate}%,主要原因是人数减少。"]


def test_a_fall_printed_as_a_negative_growth(tmp_path: Path) -> None:
    assert _found(tmp_path, _negative("8.33")) == []
    assert _found(tmp_path, _negative("9.09")) == [("text_growth", "suspect", 3, "9.09%", "8.33%")]


def _kinds(project_change: str) -> list[str]:
    # 1800.5 = 300.25 + 1500.25; changes 30.5 + 170.25 = 200.75
    return ["东山县残联2031年部门预算情况说明", "三、部门预算总体情况说明",
            "2031年一般财政拨款收入支出预算1,800.5万元,比2030年增加200.75万元。其中基本支出预算300.25万元,比2030年增加30.5万元,"
            f"主要原因是增加人员绩效;项目支出预算1,500.25万元,比2030年增加{project_change}万元,主要是因为2030年含上级转移支付"
            "年初下达金额700万元。"]


def test_a_kinds_remark_with_an_amount_of_its_own(tmp_path: Path) -> None:
    assert _found(tmp_path, _kinds("170.25")) == []
    ((kind, severity, line, reported, recomputed),) = _found(tmp_path, _kinds("169.58"))
    assert (kind, severity, line, reported, recomputed) == ("total_sum", "suspect", 3, "200.75", "200.08")
    (f,) = [f for f in audit_paths([str(tmp_path / "notes.txt")]).findings if f.kind == "total_sum"]
    assert f.message.startswith("情况说明：一般财政拨款收入支出比上年的增减")
