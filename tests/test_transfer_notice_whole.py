"""A notice whose amount is said of the whole place or asked for, its allocation table printing no 合计 (fresh pages
of session 46): "…每户补助资金一般不超过10000元,全县共安排671万元" (仙游's 扶贫 notice) and a letter asking for a fund's
adjustment, "补助资金共需67.5万元。现特请贵局调减…29.7万元、…37.8万元" (大足's 危房改造 letter). Before, neither amount was
read and the documents stood without a budget. Where the table's text ends inside a numbered row (a page or an
excerpt cut it: 13 | 书峰乡 | 191 | 21, then 14 / 社硎), its rows are not all there: they are not compared with the
notice's amount (a complete table is: tests/test_transfer_allocgrid.py). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

_TABLE = [["附表1:"], ["2019年度第一批中央财政专项扶贫发展资金安排表"], ["序号", "乡镇(街道)", "现有贫困户数", "资金安排额(万元)"],
          ["1", "城关镇", "310", "34"], ["2", "东坝乡", "402", "44"], ["3", "西山镇", "288", "32"]]

_WHOLE = ("示农〔2019〕6号\n各乡镇人民政府:\n根据《关于提前下达2019年度第一批中央财政专项扶贫发展资金的通知》文件精神,经研究,"
          "现将有关事项通知如下:\n一、扶持内容及标准\n用于扶持建档立卡贫困户发展特色优势农业等项目,每户补助资金一般不超过10000元,"
          "全县共安排{total}万元。\n示例县农业局\n2019年1月8日\n")

_ASKED = ("区财政局:\n你局《关于下达2024年农村危房改造补助资金预算的通知》,累计下达农村危房改造补助资金96.5万元到区住房城乡建委。"
          "经核查验收,2024年二次通过验收危房改造对象共20户,补助资金共需56.4万元。现特请贵局调减我委2024年中央危房改造补助资金"
          "24.6万元、区级配套补助资金31.8万元到相关镇街(资金分配表见附件)。\n此函。\n附件:2024年第二批农村危房改造资金分配表\n")


def _cells(rows: list[list[str]]) -> str:
    """The table as 仙游's page prints it: a lone | line before each row, then each cell on a line ending " |"."""
    return "附表1:\n" + "".join("|\n" + "".join(f"{c} |\n" for c in row) for row in rows[1:])


def _budget(tmp_path: Path, text: str) -> Decimal | None:
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1
    return docs[0].funds["total"].annual_budget.dec


def test_the_whole_places_sum(tmp_path: Path) -> None:
    assert _budget(tmp_path, _WHOLE.format(total="120") + _cells(_TABLE)) == Decimal(120)


def test_the_sum_a_letter_asks_for(tmp_path: Path) -> None:
    assert _budget(tmp_path, _ASKED) == Decimal("56.4")


@pytest.mark.parametrize(("cut", "suspects"), [(True, 0), (False, 1)])
def test_a_table_cut_inside_a_numbered_row_is_not_compared(tmp_path: Path, cut: bool, suspects: int) -> None:
    """The notice says 120; the rows printed make 110: a suspect where the table is whole, none where it is cut."""
    text = _WHOLE.format(total="120") + _cells(_TABLE) + ("|\n4 |\n南岭乡" if cut else "")
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    found = [f for f in audit_paths([str(path)]).findings if f.severity in ("suspect", "error")]
    assert [(f.kind, f.reported, f.recomputed) for f in found] == [("table_total", "120", "110")] * suspects
