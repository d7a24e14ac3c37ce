"""Indicator levels' labels printed short (一级 | 二级 | 三级), as some templates print them, are read as the full labels
wherever a header holds two or more of them: as cells of a row, words of a line, or lines of their own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path


def _form(head: list[str], sep: str) -> str:
    rows = [["项目名称", "社区养老服务补助"], ["主管部门", "区民政局"],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "100.00", "100.00", "90.00", "10", "90.00%", "9"],
            [*head, "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "补助人数", "≥120人", "126人", "50", "50"],
            ["效益指标", "社会效益指标", "老人生活改善", "有所改善", "改善", "30", "28"],
            ["满意度指标", "服务对象满意度指标", "受益老人满意度", "≥90%", "95%", "10", "10"],
            ["总分", "", "", "", "", "100", "97"]]
    if sep == "lines":
        return "项目支出绩效自评表\n" + "\n".join(c + " |" for r in rows for c in r) + "\n"
    return "项目支出绩效自评表\n" + "\n".join(sep.join(r) for r in rows) + "\n"


def _doc(tmp_path: Path, text: str) -> Document:
    p = tmp_path / "form.txt"
    p.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "project_self_evaluation"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("sep", [" | ", "  ", "lines"])
@pytest.mark.parametrize("head", [["一级", "二级", "三级"], ["一级指标", "二级指标", "三级指标"]])
def test_short_level_labels(tmp_path: Path, sep: str, head: list[str]) -> None:
    doc = _doc(tmp_path, _form(head, sep))
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        ("补助人数", Decimal(50), Decimal(50)), ("老人生活改善", Decimal(30), Decimal(28)),
        ("受益老人满意度", Decimal(10), Decimal(10))]
    assert doc.total_score.dec == Decimal(97)


def test_a_lone_short_level_word_is_untouched(tmp_path: Path) -> None:
    from jixiao.read.levelwords import _line

    assert _line("县人民医院为三级医院") == "县人民医院为三级医院"
    assert _line("一级 二级 三级 指标值") == "一级指标 二级指标 三级指标 指标值"
