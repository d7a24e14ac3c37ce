"""A weight or a score read is the document's, or it is missing with a located problem (issue 8 §2): never a
figure from another column. Each case below read a WRONG figure before (a value, not the document's):

- a header that prints 得分 before 分值 (… | 实际完成值 | 得分 | 分值 | 偏差原因): the stream reader took the row's
  last two figures as weight then score whatever the header said, so every row scored below its weight came
  out swapped (weight 9, score 11 for 11 / 9);
- a 分值-first header whose rows open with the target (覆盖率 | >= | 98 | % …): the figure after a comparator is
  the target's value, never the weight;
- cells run together split by shape alone into a score above its weight (诊断准确率95%以上97%55 as weight 9,
  score 55): a cut no column and no sum confirms;
- a row's weight above its first level's printed weight (产出指标（25分）over a row read as 43).

The forms are generated (``layouts``) in the shapes real pages reach us in; the figures are asserted.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read.recognise.runsplit import read_rows
from layouts.files import one as _one
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS, run_together

_SHAPES = {**RENDERERS, "run_together": run_together}


def _score_first(table: list[list[str]]) -> list[list[str]]:
    """The indicator block with its 得分 column printed before its 分值 / 权重 column."""
    out: list[list[str]] = []
    at: tuple[int, int] | None = None
    for r in table:
        r = list(r)
        if "三级指标" in r:
            at = (r.index(next(c for c in r if c in ("分值", "权重"))), r.index("得分"))
        if at is not None and len(r) > max(at) and r[0] != "总分":
            r[at[0]], r[at[1]] = r[at[1]], r[at[0]]
        out.append(r)
    return out


@pytest.mark.parametrize("shape", sorted(_SHAPES))
@pytest.mark.parametrize("variant", ["national", "sichuan", "department", "nature"])
def test_score_before_weight_is_read_in_the_header_order(tmp_path: Path, shape: str, variant: str) -> None:
    p = invent(1)  # 完成培训人次 11 / 9, 按期完成率 11 / 10, 长效机制建立 13 / 10, 群众满意度 20 / 17: scores below weights
    doc = _one(tmp_path, _SHAPES[shape](_score_first(rows(p, VARIANTS[variant]))))
    got = {i.level3.str_: (i.weight.dec, i.score.dec) for i in doc.indicators}
    wrong = {i.name: (got.get(i.name), (i.weight, i.score)) for i in p.indicators
             if got.get(i.name, (None, None)) not in ((i.weight, i.score), (None, None))}
    assert wrong == {}
    assert got["完成培训人次"] == (Decimal(11), Decimal(9))  # every shape but run-together reads it whole
    assert got["长效机制建立"] == (Decimal(13), Decimal(10))


_COMPARATOR_FIRST = """成安县民政局2020年度预算项目绩效自评表
一、基本情况 项目名称: 高龄津贴 实施(主管)单位 示例县民政局 金额单位: 万元
二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
预算数 6.84 到位数 6.84 执行数 6.84 100.00
四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 自评得分
产出指标 质量指标 申报对象覆盖率 >= 98 %(百分比) 100% 完成 25.00 25.00 6.25
时效指标 审批完成率 >= 99 %(百分比) 100% 完成 25.00 25.00 6.25
"""


def test_a_figure_after_a_comparator_is_never_a_weight(tmp_path: Path) -> None:
    rows_read = {i.level3.str_: i for i in _one(tmp_path, _COMPARATOR_FIRST).indicators}
    assert {i.weight.dec for i in rows_read.values()} <= {None}  # 98 and 99 were read as weights
    doc = _one(tmp_path, _COMPARATOR_FIRST)
    said = [p for p in doc.problems if "比较符号" in p.message]
    assert len(said) == 2 and said[0].source is not None and said[0].source.line == 6


def test_a_run_together_cut_is_never_a_score_over_its_weight() -> None:
    # 分值 first: 诊断准确率 | 5 | 95%以上 | 97% | 5 printed as 诊断准确率95%以上97%55 admits 9 | 5%以上 | 97%5 | 5 or
    # 9 | 5%以上 | 97% | 55 by shape alone (read before): a score over its weight is no cut, a name holds no percentage
    weight_first = ["weight", "target", "actual", "score"]
    assert read_rows("诊断准确率95%以上97%55", weight_first) is None
    assert read_rows("任务1:诊断准确率95%以上97%55任务2:健康档案管理率100%完成33", weight_first) is None
    last = read_rows("诊断准确率95%以上97%55", ["target", "actual", "weight", "score"])
    assert last is not None and [(r.get("weight"), r.get("score")) for r in last.rows] == [("5", "5")]
    whole = read_rows("诊断准确率5.00≥95%97%4.00", weight_first)  # a sign between: 5.00 | ≥95% | 97% | 4.00
    assert whole is not None and [(r.get("weight"), r.get("score")) for r in whole.rows] == [("5.00", "4.00")]
    sure = read_rows("项目(工程)验收合格率20100%100%20", weight_first)  # 20 | 100% | 100% | 20: the one cut
    assert sure is not None and [(r.get("weight"), r.get("score")) for r in sure.rows] == [("20", "20")]


def test_a_weight_above_its_first_levels_weight_is_not_kept(tmp_path: Path) -> None:
    p = invent(2)
    table = rows(p, VARIANTS["no_initial"])  # 产出指标（44分）: four rows of 11
    for r in table:
        if "验收合格率" in r:
            r[-3] = "45.00"  # a weight no row under a 44-point first level can have
    doc = _one(tmp_path, RENDERERS["flattened"](table))
    row = next(i for i in doc.indicators if i.level3.str_ == "验收合格率")
    assert (row.weight.dec, row.score.dec) == (None, None)
    assert any("大于其一级指标" in x.message and "验收合格率" in x.message for x in doc.problems)
    kept = next(i for i in doc.indicators if i.level3.str_ == "完成培训人次")
    assert kept.weight.dec == Decimal(11)


@pytest.mark.parametrize("shape", ["flattened", "trailing_pipes", "cell_lines"])
def test_one_figure_under_weight_and_score_is_read_only_where_the_sums_confirm(tmp_path: Path, shape: str) -> None:
    p = invent(1)  # 按期完成率: weight 11, score 10; its weight cell printed blank, the blank lost in the text
    table = rows(p, VARIANTS["anhui"])  # no 偏差原因 column: the row ends in its one figure
    for r in table:
        if "按期完成率" in r:
            r[-2] = ""
    doc = _one(tmp_path, _SHAPES[shape](table))
    row = next(i for i in doc.indicators if i.level3.str_ == "按期完成率")
    assert row.weight.dec is None  # the lone 10.00 was read as the weight (11)
    assert any("按期完成率" in x.message and "无法确定" in x.message for x in doc.problems)
    assert next(i for i in doc.indicators if i.level3.str_ == "验收合格率").weight.dec == Decimal(11)
