"""``accounts.prose.LIST_NO``, the one list number the 情况说明 checks take off a clause before it names a line
(``kind_split`` and ``text_rates`` each had a copy; text_rates' missed "2 、" and "(三)")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.accounts.identity import Ctx
from jixiao.accounts.kind_split import kind_split_findings
from jixiao.accounts.prose import LIST_NO, paragraphs
from jixiao.accounts.text_rates import growth_findings
from jixiao.core.source import Source

MARKS = ["1.", "2 、", "十二、", "(三)", "（3）", "1．"]


@pytest.mark.parametrize("mark", MARKS)
def test_the_list_number_is_not_part_of_the_line_named(mark: str) -> None:
    assert LIST_NO.sub("", f"{mark}一般公共预算支出") == "一般公共预算支出"


@pytest.mark.parametrize("mark", ["1.", "2 、", "十二、"])
def test_a_growth_is_said_of_the_line_after_the_list_number(mark: str) -> None:
    text = f"{mark}一般公共预算支出300万元,较上年增加30万元,增长12.0%。"
    found = [f for f in growth_findings(Ctx("t"), text, [(text, Source("a.txt", line=3))], [("其他支出", Decimal(500))]) if f]
    assert [(f.reported, f.recomputed) for f in found] == [("12.0%", "11.1%")]
    assert found[0].message.startswith("情况说明一般公共预算支出增减率 12.0%")


@pytest.mark.parametrize("mark", MARKS)
def test_a_split_is_said_of_the_line_after_the_list_number(mark: str) -> None:
    body = [(f"{mark}一般公共服务支出5,631万元,其中:基本支出3,931万元;项目1,745万元。", Source("a.txt", line=4))]
    found = [f for f in kind_split_findings(Ctx("t"), body, paragraphs(body)) if f]
    assert len(found) == 1 and found[0].row == "一般公共服务支出"
