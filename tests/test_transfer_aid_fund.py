"""A 公示 of student-aid money (学生资助资金) is a special fund's statement even where it never says 转移支付 nor 补助资金:
the prose reader (``recognise.transfer_stated``) reads its stated whole, in simplified or traditional script, with its
parts by level (上级资金/本级资金) in a 其中 list that adds up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_file, read_path
from jixiao.read.recognise.transfer_stated import recognise

TITLES = ("{year}年学生资助资金情况公示", "关于{year}年度学生资助资金安排情况的公告", "{year}年學生資助資金情況公示")
OPENINGS = ("{year}年，市本级财政学生资助共投入{total}万元，其中上级资金{up}万元，本级资金{own}万元。",
            "{year}年,全县學生資助共投入{total}萬元,其中上級資金{up}萬元,本級資金{own}萬元。",
            "按照省厅文件要求，{year}年学生资助资金合计安排{total}万元（其中：上级资金{up}万元，本级资金{own}万元）。")


def _cases() -> list[tuple[str, Decimal]]:
    out = []
    for i, title in enumerate(TITLES):
        for j, opening in enumerate(OPENINGS):
            up, own = Decimal("370.10") + i, Decimal("64.30") + j
            total = up + own
            text = "\n".join([title.format(year=2021), "", opening.format(year=2021, total=total, up=up, own=own),
                              "1、学前教育。困难幼儿入园资助1000元/生，惠及学生4819人。"])
            out.append((text, total))
    return out


@pytest.mark.parametrize(("text", "total"), _cases())
def test_a_student_aid_notice_is_read_for_its_whole(tmp_path: Path, text: str, total: Decimal) -> None:
    path = tmp_path / "aid.txt"
    path.write_text(text, encoding="utf-8")
    docs = recognise(read_file(path))
    assert docs, text
    assert docs[0].funds["total"].annual_budget.dec == total, text


@pytest.mark.parametrize(("text", "total"), _cases())
def test_under_a_sites_breadcrumb_it_is_a_transfer_not_a_budget(tmp_path: Path, text: str, total: Decimal) -> None:
    """A site's breadcrumb (首页 > 政务公开 > 预决算公开) above the announcement does not make it a budget's prose: the
    title announcing the fund (…资金情况公示/公告) leaves it to the transfer readers."""
    path = tmp_path / "aid.txt"
    path.write_text("首页 > 政务公开 > 预决算公开 > 主要民生资金\n" + text, encoding="utf-8")
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["project_self_evaluation"], text
    assert docs[0].extra.get("form") == "transfer"
    assert docs[0].funds["total"].annual_budget.dec == total, text
