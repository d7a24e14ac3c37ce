"""A 分配表 whose header prints a caption over its 合计 and the parts (本次下达中央财政补助金额 ⏎ 合计 ⏎ 一般预算 ⏎
彩票公益金 ⏎ 小计 …, one cell per line): the caption is no column, so the first amount of each row is its whole, the
rows that lost a blank cell too, and the 合计 is read where the rows add up to it (广元 2016's layout, invented
figures); where they do not, the 合计 is not taken and the audit says the rows do not make it."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path

HEAD = ["关于下达2016年中央财政城乡医疗救助补助资金的通知", "现下达2016年中央财政城乡医疗救助补助资金530万元。(具体金额详见附件)。",
        "附件", "某省2016年中央财政城乡医疗救助补助资金分配表", "单位:万元", "县区", "本次下达中央财政补助金额", "合计",
        "一般预算", "彩票公益金", "小计", "常规分配", "贫困县 定向分配"]


def _file(tmp: Path, last: str) -> Path:
    rows = ["合计", "530", "360", "160", "200", "170",
            "东州区", "300.5", "200.5", "90.5", "110", "100",
            "西山区", "199.5", "139.5", "69.5", "70", "60",
            "北岭区", last, "20", "20", "10"]  # (a blank cell vanished: 贫困县定向分配 is empty)
    p = tmp / "notice.txt"
    p.write_text("\n".join(HEAD + rows + ["联系电话:0000-1234567"]) + "\n", encoding="utf-8")
    return p


def _budget(path: Path) -> tuple[str | None, int | None] | None:
    doc = next(d for d in read_path(path).documents if d.type == "project_self_evaluation")
    val = (doc.extra.get("transfer_funds") or {}).get("total", {}).get("annual_budget")
    return None if val is None else (val.text, val.source.line if val.source else None)


def test_caption_over_the_total_is_no_column(tmp_path: Path) -> None:
    path = _file(tmp_path, "30")
    assert _budget(path) == ("530", len(HEAD) + 2)  # the table's 合计 (not the notice's sentence, line 2)
    doc = next(d for d in read_path(path).documents if d.type == "project_self_evaluation")
    assert doc.extra.get("layout_family") != "transfer-prose-stated"  # the table is read, not the sentence
    assert ["北岭区", "30", "20", "20", "10"] in doc.tables[0].texts()


def test_rows_that_do_not_make_the_total(tmp_path: Path) -> None:
    path = _file(tmp_path, "40")  # 300.5 + 199.5 + 40 = 540, not 530
    report = audit_paths([path])
    assert any("540" in f.message and "530" in f.message for f in report.findings), [f.message for f in report.findings]
