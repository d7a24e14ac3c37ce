"""A completion rate said after a spending whose unit is lost and whose parts stand in a bracket's aside
(执行数1032849.44(含中央资金…万元,…其他资金11185.14万元),总预算执行率95.61%; 广西 2022, met under the after_sangong
perturbation): the rate is never checked against the aside's last part (a false error); said of a spending with its
unit, a wrong rate is still found."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from layouts.files import write

_HEAD = "东县民政局2022年度部门决算情况说明\n一、收入支出决算总体情况\n"


def _errors(tmp_path: Path, line: str) -> list[str | None]:
    path = write(tmp_path, _HEAD + line + "\n")
    return [f.reported for f in audit_paths([str(path)]).findings if f.kind == "text_percent" and f.severity == "error"]


def test_a_part_in_the_aside_is_not_the_spending(tmp_path: Path) -> None:
    line = ("2022年,本部门支出决算年初预算数1080.79万元,全年执行数1032.44(含基本支出689.31万元,项目支出332.99万元,"
            "其他支出10.14万元),总预算执行率95.53%。")
    assert _errors(tmp_path, line) == []


def test_a_wrong_rate_of_a_stated_spending_is_found(tmp_path: Path) -> None:
    line = "2022年,本部门支出决算年初预算数1080.79万元,全年执行数1032.44万元,完成年初预算的90.53%。"
    assert _errors(tmp_path, line) == ["90.53%"]
