"""Any text of pipe rows and lines is read without the reader failing on it: a page's cells, blank or not, in any
order and number, give documents or a located "not recognised", never the catch-all "damaged file" that a reader's
own exception becomes (``jixiao.read.read_file``). Found by the ``run_together`` perturbation: a row of two cells
each followed by a blank one (| 三、部门收支总体情况 | | (一)收入预算 | |) made the doubled-separator cleaning index past
the row."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.read import read_path

_CELLS = ["", "", " ", "合计", "100.00", "2626.61", "三、部门收支总体情况", "(一)收入预算", "项目名称", "预算数",
          "一般公共预算拨款收入", "50%", "201", "一般公共服务支出", "分值", "得分", "—"]
_LINES = ["包括一般公共预算拨款收入2626.61万元。", "", "2022年部门预算", "单位:万元", "|---|---|"]


def _row(cells: list[str], lead: bool, trail: bool) -> str:
    return ("| " if lead else "") + " | ".join(cells) + (" |" if trail else "")


_ROW = st.builds(_row, st.lists(st.sampled_from(_CELLS), min_size=1, max_size=9), st.booleans(), st.booleans())
_TEXT = st.lists(st.one_of(_ROW, st.sampled_from(_LINES)), min_size=1, max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_pipe_rows_never_fail_the_reader(tmp_path: Path, text: str) -> None:
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    read = read_path(f)
    failed = [p.message for p in read.problems if p.message.startswith("文件已损坏")]
    assert not failed, (text, failed)


def test_two_cells_each_followed_by_a_blank_one() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "page.txt"
        f.write_text("前言一段文字说明情况\n| 三、部门收支总体情况 | | (一)收入预算 | |\n包括一般公共预算拨款收入2626.61万元。\n",
                     encoding="utf-8")
        read = read_path(f)
    assert [p.message for p in read.problems] == ["未能识别：没有找到任何表式标志（项目名称、绩效指标、预算执行情况等）"]
