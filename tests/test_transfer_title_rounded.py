"""A transfer news item whose headline gives the allocation rounded (…补助资金14亿元) and whose text gives it exactly
(…补助资金预算140804万元): the exact amount is the budget (``transfer_choice.rounded_title``). A headline amount the
text's does not round to, or a rounded amount inside a sentence, leaves the budget unread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_file
from jixiao.read.recognise.transfer_stated import recognise

_CHROME = "政府信息公开指南\n\n政府信息公开制度\n\n法定主动公开内容\n\n依申请公开\n\n  • 示财000000/2020-00221\n  • 2020-11-30\n\n"


def _news(headline: str, exact: str, parts: tuple[str, str]) -> str:
    return (f"{_CHROME}财政部提前下达示例区2021年城镇保障性安居工程补助资金{headline}\n\n"
            "发布日期:2020-11-30 11:36 来源:示例区财政厅 浏览次数:\n\n"
            "为进一步加快转移支付预算执行进度,提高预算编制的完整性,财政部提前下达示例区2021年部分中央财政城镇"
            f"保障性安居工程补助资金预算{exact},其中:公租房保障和棚户区改造{parts[0]}万元,城镇老旧小区改造{parts[1]}万元。\n\n"
            "此次提前下达的资金待2021年预算年度开始后,按规定程序拨付使用。\n")


def _budget(tmp_path: Path, text: str) -> tuple[Decimal | None, list[str]]:
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    docs = recognise(read_file(path))
    if not docs:  # (no amount sure: nothing read, and the file is reported not recognised)
        return None, []
    val = docs[0].funds["total"].annual_budget
    return (val.dec if val is not None else None), [p.message for p in docs[0].problems]


@pytest.mark.parametrize(("headline", "exact", "parts", "budget"), [
    ("14亿元", "140804万元", ("44427", "96377"), Decimal("140804")),
    ("3亿元", "25610.5万元", ("10000", "15610.5"), Decimal("25610.5")),
    ("2.5亿元", "24871万元", ("871", "24000"), Decimal("24871")),
    ("8612万元", "8612.37万元", ("612.37", "8000"), Decimal("8612.37")),
])
def test_the_exact_amount_the_headline_rounds_is_the_budget(tmp_path: Path, headline: str, exact: str,
                                                            parts: tuple[str, str], budget: Decimal) -> None:
    got, _ = _budget(tmp_path, _news(headline, exact, parts))
    assert got == budget


@pytest.mark.parametrize(("headline", "exact", "parts"), [
    ("15亿元", "140804万元", ("44427", "96377")),  # 14.0804亿 is not 15亿 rounded
    ("2.4亿元", "24871万元", ("871", "24000")),  # 2.4871亿 rounds to 2.5, not 2.4
])
def test_a_headline_the_text_does_not_round_to_leaves_the_budget_unread(tmp_path: Path, headline: str, exact: str,
                                                                       parts: tuple[str, str]) -> None:
    assert _budget(tmp_path, _news(headline, exact, parts))[0] is None


def test_a_rounded_amount_inside_a_sentence_is_no_headline(tmp_path: Path) -> None:
    text = _news("资金", "140804万元", ("44427", "96377")).replace(
        "此次提前下达的资金", "加上此前下达的资金,今年共下达补助资金14亿元,此次提前下达的资金")
    assert _budget(tmp_path, text)[0] is None
