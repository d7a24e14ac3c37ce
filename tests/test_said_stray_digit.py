"""A transfer report's 其中 list that does not make its total because one part carries a digit too many (陇县's
中央资金522665.42万元 in 直达资金共计62539.49万元: 52665.42 + 6421.07 + 1153 + 2300 = 62539.49): the suspect names that
part and says what it would be; a list off by another amount, or by a dropped decimal (43.8 printed beside a total
that 43 makes), names no part."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write


def _report(central: str, total: Decimal, rest: tuple[Decimal, Decimal, Decimal]) -> str:
    return ("东县直达资金2023年度执行情况\n"
            f"截至12月26日,2023年上级下达我县直达资金共计{total}万元(其中中央资金{central}万元,省级资金{rest[0]}万元,"
            f"市级资金{rest[1]}万元,县级资金{rest[2]}万元),分配进度100%,已完成支出{(total * Decimal('0.9')).quantize(Decimal('0.01'))}"
            "万元,支出进度90%。\n")


def _sums(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    return [(f.row, f.message) for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "said_parts_sum"]


@pytest.mark.parametrize("seed", range(6))
def test_the_part_with_a_stray_digit_is_named(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    central = Decimal(rng.randint(1000000, 9999999)) / 100
    rest = (Decimal(rng.randint(10000, 99999)) / 100, Decimal(rng.randint(100, 9999)), Decimal(rng.randint(100, 9999)))
    digits = str(central)
    at = rng.randint(1, digits.index(".") - 1)
    stray = digits[:at] + str(rng.randint(0, 9)) + digits[at:]  # one digit printed too many in its whole number
    ((row, message),) = _sums(tmp_path, _report(stray, central + sum(rest), rest))
    assert row == "中央资金" and f"去掉一位数字为{central}" in message


def test_another_difference_names_no_part(tmp_path: Path) -> None:
    rest = (Decimal("6421.07"), Decimal(1153), Decimal(2300))
    ((row, message),) = _sums(tmp_path, _report("52665.42", Decimal("62540.49"), rest))  # 1 more than the parts
    assert row != "中央资金" and "去掉一位数字" not in message
