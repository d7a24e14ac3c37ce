"""Amounts a notice or a report states in 万 alone (500万, never 万元), wherever the sentence goes on after it: sent
on by its verb (…资金500万下达给你们, 予以拨付), parted in brackets or after 其中 (3039万(其中:中央资金…), 17347万其中第一批…),
generated with invented amounts: the amount is read, in 万元. A count in 万 (3万人, 2万亩) is never an amount."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

VERBS = ("下达给你们", "拨付给你们", "下拨给你们", "分配给你们", "安排给你们", "予以下达", "给予拨付")
PARTED = ("(其中:中央资金{a}万,省级资金{b}万)", "(含省级资金{b}万)", "(具体项目见附件)", "(详见附件1)")


def _total(path: Path) -> tuple[Decimal | None, Decimal | None]:
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    row = docs[0].funds.get("total") if docs else None
    return (row.annual_budget.dec, row.executed.dec) if row else (None, None)


def _notice(tmp_path: Path, sentence: str) -> Path:
    path = tmp_path / "notice.txt"
    path.write_text(f"关于下达2031年示例补助资金的通知\n各乡镇人民政府:\n{sentence}请按规定使用,惠及群众3万人、耕地2万亩。\n"
                    "示例县财政局\n2031年3月1日\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("verb", "parted"), list(itertools.product(VERBS, ("", *PARTED))))
def test_a_sent_amount_in_wan(tmp_path: Path, verb: str, parted: str) -> None:
    amount = Decimal(len(verb) * 100 + len(parted) * 7) + Decimal("0.5")
    a, b = amount - 10, Decimal(10)
    path = _notice(tmp_path, f"现将2031年示例补助资金{amount}万{parted.format(a=a, b=b)}{verb},用于示例工作。")
    assert _total(path)[0] == amount


@pytest.mark.parametrize("k", range(4))
def test_a_reports_grant_parted_after_wan(tmp_path: Path, k: int) -> None:
    """获得…资金X万其中第一批A万…第二批B万 (the parts after it add up to it): the budget; the spending in 万 too."""
    whole, first = Decimal(300 + k * 17), Decimal(100 + k)
    path = tmp_path / "report.txt"
    path.write_text("示例县2031年度示例转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
                    f"我县获得2031年度示例资金{whole}万其中第一批资金{first}万,第二批资金{whole - first}万。\n"
                    f"二、绩效目标完成情况分析\n截至年底,已支出{whole - 5}万,惠及群众3万人。\n", encoding="utf-8")
    assert _total(path) == (whole, whole - 5)


def test_a_count_in_wan_is_no_amount(tmp_path: Path) -> None:
    path = _notice(tmp_path, "现将2031年示例补助资金下达给你们,惠及群众5万人。")
    assert _total(path)[0] is None
