"""Guards that keep a misread from becoming an arithmetic ``error`` (issue 8 §1), each found on a real form.

- 湖北鄂州's layout prints the whole form's 分值 100 and 总分 in the funds row, and scores execution among the
  indicators (预算执行率 20): read as the execution block's, every sum of the form was off by 100.
- An indicator table with cells no column took (a name pushed past the last column, a value where the name
  belongs) is not read whole: its sums cannot be checked.
- Cells run together (OCR of a 宁夏 form, ``指标1采购的原原种合格率8…``) admit several splits: cutting the run into
  more rows must not win just because each row brings its own agreement bonus.

The forms below are invented (a 路灯 project); the layouts are the real ones.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.core.records import EXECUTION_AS_INDICATOR, HALF_READ
from jixiao.read import read_path
from jixiao.read.recognise.runsplit import read_rows

sys.path.insert(0, str(Path(__file__).parent))
import fixtures_gen as gen  # noqa: E402

# One cell per line ending in " |", as 鄂州's pages are published; the funds row's 分值 100 and 得分 97 are
# the form's; the five indicators (预算执行率 among them) weigh 20 each and score 17 + 20 + 20 + 20 + 20 = 97.
FUNDS_ROW_TOTAL = """项目支出绩效自评表 |
( 2023 年度) |
项目名称 |
城区路灯维护费 |
主管部门 |
|
实施单位 |
|
项目资金 (万元) |
|
年初预算数 |
全年预算数 |
全年执行数 |
分值 |
执行率 |
得分 |
年度资金总额 |
80 |
80 |
72 |
100 |
90% |
97 |
其中:当年财政拨款 |
80 |
80 |
72 |
— |
|
— |
年度总体目标 |
预期目标 |
实际完成情况 |
保障路灯正常运行 |
路灯正常运行 |
绩 效 指 标 |
一级指标 |
二级指标 |
三级指标 |
年度 指标值 |
实际 完成值 |
分值 |
得分 |
偏差原因分析及改进措施 |
产出指标 |
数量指标 |
预算执行率 |
100% |
90% |
20 |
17 |
|
||||||
路灯维修及时率 |
100% |
100% |
20 |
20 |
|
质量指标 |
路灯亮灯率 |
98% |
99% |
20 |
20 |
|
效益指标 |
社会效益指标 |
群众出行安全 |
提升 |
提升 |
20 |
20 |
|
满意度指标 |
服务对象满意度指标 |
群众满意度 |
90% |
95% |
20 |
20 |
|
"""


def _audit(tmp_path: Path, text: str, name: str = "form.txt") -> tuple[list, list]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    res = audit_paths([str(p)])
    (fa,) = list(res.files)
    return fa.documents, fa.findings


def test_funds_row_holding_the_whole_forms_points(tmp_path: Path) -> None:
    docs, findings = _audit(tmp_path, FUNDS_ROW_TOTAL)
    (doc,) = docs
    assert doc.total_weight.dec == Decimal(100) and doc.total_score.dec == Decimal(97)
    assert doc.funds["total"].weight.value is None and doc.funds["total"].score.value is None
    assert doc.funds["total"].executed.dec == Decimal(72)
    assert doc.extra.get(EXECUTION_AS_INDICATOR) and HALF_READ not in doc.extra
    assert any("资金行的分值100即全表总分" in p.message for p in doc.problems)
    assert [f for f in findings if f.severity == "error"] == []


def test_a_mistake_in_that_layout_is_still_found(tmp_path: Path) -> None:
    _, findings = _audit(tmp_path, FUNDS_ROW_TOTAL.replace("\n97 |\n", "\n99 |\n"))
    errors = [f for f in findings if f.severity == "error"]
    assert [(f.kind, f.reported, f.recomputed) for f in errors] == [("total_sum", "99", "97")]
    assert errors[0].message == "总分应为指标得分之和97，表中为99。"


def test_cells_no_column_took_leave_the_indicator_table_half_read(tmp_path: Path) -> None:
    p = tmp_path / "form.txt"
    gen.write_text([gen.INDUSTRY], str(p))
    text = p.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "产业投资年报" in line)
    # the name also left of the first level: a cell no column takes
    p.write_text(text.replace(row, "产业投资年报\t" + row), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.extra.get(HALF_READ) == "指标表有1处单元格未能归入栏目"
    assert any("产业投资年报" in pr.message and "未读取" in pr.message for pr in doc.problems)
    res = audit_paths([str(p)])
    kinds = {(f.kind, f.severity) for fa in res.files for f in fa.findings}
    assert ("cannot_verify", "info") in kinds
    assert not any(k in ("weight_sum", "total_sum") for k, _ in kinds)
    # text right of the table's last column: said, never dropped
    p.write_text(text.replace(row, row.rstrip("\t") + "\t\t\t160.00(份)"), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.extra.get(HALF_READ) == "指标表有1处单元格未能归入栏目"
    assert any("160.00(份)" in pr.message and "未读取" in pr.message for pr in doc.problems)
    # a number where the name belongs: the row was placed a column off
    p.write_text(text.replace(row, row.replace("产业投资年报", "160")), encoding="utf-8")
    (doc,) = read_path(p).documents
    assert doc.extra.get(HALF_READ) == "指标表有1处单元格未能归入栏目"


def test_a_run_with_several_splits_and_no_arithmetic_to_choose_is_left_unread() -> None:
    # one row (指标1… weight 8, score 8) or two (指标 weight 1 scoring 8; …) — the shape cannot tell them apart
    run = "指标3发放良种合格率6良种合格率290$290%6"
    assert read_rows(run, ["weight", "target", "actual", "score"]) is None
    # a run whose halves agree is still read, as one row
    one = read_rows("培训合格率10≥95%≥95%10", ["weight", "target", "actual", "score"])
    assert one is not None
    assert [(r.name, r.get("weight"), r.get("values"), r.get("score")) for r in one.rows] == [
        ("培训合格率", "10", "≥95%≥95%", "10")]
