"""An allocation table whose title ran into its header's first label (the lines run together: ``…分配表 序号 | 乡镇名单
| … |``, the page's text as a document preview gives it): the 序号 column is still its row numbers, never amounts
(1 + 50 + 2 + 30 read as the rows' sum), so the 合计 is checked against the rows' own amounts
(``transfer_allochead.column_kind``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_NOTICE = ("甲镇、乙乡人民政府:现下达2025年市级财政乡村振兴专项资金{total}万元,用于整镇推进项目建设补助。"
           "附件:2025年市级财政乡村振兴专项资金分配表")


def _page(total: str, rows: list[tuple[str, str]]) -> str:
    cells = ["序号", "乡镇名单", "乡镇类型", "补助资金(万元)", "任务清单"]
    for k, (place, amount) in enumerate(rows, start=1):
        cells += [str(k), place, "农业生态型", amount, "用于整镇推进项目建设补助,项目预算总投资不低于100万元"]
    cells += ["合计", total, ""]
    table = "附件1 2025年市级财政乡村振兴专项资金分配表 " + " | ".join(cells) + " |"
    return _NOTICE.format(total=total) + "\n" + table + "\n"


@pytest.mark.parametrize("rows", [[("甲镇", "50"), ("乙乡", "30")], [("甲镇", "40"), ("乙乡", "20"), ("丙乡", "20")]])
def test_row_numbers_are_no_amounts(tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    path = write(tmp_path, _page("80", rows), "notice.txt")
    assert read_path(path).documents
    assert [f.message for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_a_wrong_total_is_still_found(tmp_path: Path) -> None:
    path = write(tmp_path, _page("90", [("甲镇", "50"), ("乙乡", "30")]), "notice.txt")
    found = [(f.kind, f.severity, f.reported) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect")]
    assert found == [("table_total", "suspect", "90")]  # (cells run together: which is wrong is not proven)
