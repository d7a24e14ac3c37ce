"""Indicator rows run together whose 权重 column prints each weight as a share of the full marks (四川's 普惠金融
发展专项资金 self-evaluation, a fresh page of session 46: "…指标值完成值权重得分…创业担保贷款发放额增长率≥10%115.25%20%20"):
the weight is the number before its % sign, right before the score. Before, no cut of such a row was read (and one
row, ≥80%≥80%10%10, was cut as weight 1, score 0). Read so only where plain weights give no reading, and never a
percentage before the values (诊断准确率95%以上97%55: tests/test_read_weight_order.py). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_path
from jixiao.read.recognise.runsplit import read_rows
from layouts.files import write

_ORDER = ["target", "actual", "weight", "score"]


def test_percent_weights_before_their_scores() -> None:
    got = read_rows("贷款回收率≥90%96.40%25%25资金足额拨付率100%100%15%15网点覆盖率≥60%54%10%8", _ORDER)
    assert got is not None
    assert [(r.name, r.get("values"), r.get("weight"), r.get("score")) for r in got.rows] == [
        ("贷款回收率", "≥90%96.40%", "25", "25"), ("资金足额拨付率", "100%100%", "15", "15"),
        ("网点覆盖率", "≥60%54%", "10", "8")]


def test_plain_weights_read_as_before() -> None:
    got = read_rows("贷款回收率≥90%96.40%2525资金足额拨付率100%100%1515", _ORDER)
    assert got is not None and [(r.get("weight"), r.get("score")) for r in got.rows] == [("25", "25"), ("15", "15")]


_FORM = ("专项名称示例金融发展专项资金省级主管部门示例省财政厅资金情况(万元)年度金额:150万元"
         "绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分"
         "产出指标数量指标贷款发放额增长率≥10%112.5%30%30质量指标贷款回收率≥90%96.40%30%30"
         "效益指标社会效益指标网点覆盖率≥60%54%20%16满意度指标服务对象满意度指标贴息个人满意度≥80%100%20%20得分合计96。\n")


def test_a_form_run_together_with_percent_weights(tmp_path: Path) -> None:
    docs = [d for d in read_path(write(tmp_path, _FORM)).documents if d.indicators]
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators] == [
        ("贷款发放额增长率", Decimal(30), Decimal(30)), ("贷款回收率", Decimal(30), Decimal(30)),
        ("网点覆盖率", Decimal(20), Decimal(16)), ("贴息个人满意度", Decimal(20), Decimal(20))]
