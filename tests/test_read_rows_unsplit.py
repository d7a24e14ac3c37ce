"""A department form whose cells ran together so badly that some rows' names swallowed other cells' figures
(a document-sharing preview of a .docx, chunked "1、 2、 3、"): the reader says its rows' columns are in doubt,
and a score it finds above its "weight" is a reading suspicion (疑似), never an arithmetic error (错误).
The layout is generated here with invented names and figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit.engine import audit_one
from jixiao.core.records import ROWS_UNSPLIT
from jixiao.read.recognise.common import swallowed_figures


def _form(unit: str, rate: str) -> str:
    head = (f"{unit}整体支出绩效自评表(2022年度)评价部门名称某县{unit}下属单位个数0整体支出规模全年预算数全年执行数"
            f"执行率资金来源:(1)财政拨款{rate}资金结构:(1)基本支出{rate}(2)项目支出年度总年初设定目标全年完成情况"
            "体目标服务人次达到3000人次服务人次3260人次分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分"
            "偏差及原因分析")
    chunk1 = ("管理指标30预算编制管理完整、准确率100%100%44经费支出管理完成率、控制率100%按规定执行44结余资金管理"
              "结余率小于5%达成目标值44信息公")
    chunk2 = ("开管理信息公开完善按规定公开已公开44人员管理控制、规范不超编、无违规全部达成44采购管理执行率100%100%55"
              "资产使用安全性、利用率无损失、利用率高于80%达成目标55出标产指25数量指标任务1:服务人次增加增260人次55"
              "任务2:随访管理率超上年2%达成目标值55质量指标任务1:检查准确率95%以上97%55任务2:档案规范率100%完成33")
    chunk3 = "效果指标35经济效益指标服务收入超上年度增收12万元1313社会效益指标签约覆盖率提高1%达成目标126满意度指标"
    return f"{unit}整体支出绩效自评表.docx\n1、{head}{chunk1}\n2、{chunk2}\n3、{chunk3}\n"


def test_a_name_holding_glued_figures_is_seen() -> None:
    assert swallowed_figures("预算编制管理完整、准确率100%100%66经费支出管理")
    assert swallowed_figures("任务1:服务人次增加增260人次88任务2:随访管理率超上年3%达成目标值")
    assert not swallowed_figures("资金到位率")
    assert not swallowed_figures("2023年度第1批省级资金到位率")


def test_rows_whose_cells_ran_together_give_no_arithmetic_error(tmp_path: Path) -> None:
    f = tmp_path / "form.txt"
    f.write_text(_form("青苗镇卫生院", "97.40%"), encoding="utf-8")
    result = audit_one(str(f))
    bounds = [x for x in result.findings if x.kind == "score_bounds"]
    assert all(x.severity == "suspect" for x in bounds)  # a score over a misplaced "weight": a suspicion at most
    # the glued figures (44 = 4 | 4, 55, 1313) are read as no row's weight: missing, said (``streamrow``, ``runrows``)
    weights = {i.weight.dec for d in result.documents for i in d.indicators}
    assert not weights & {Decimal(44), Decimal(55), Decimal(1313)}
    assert not [x for x in result.findings if x.severity == "error"]
    # with no figure left it can trust, the form is either read with its rows said in doubt (or the rows whose cells
    # ran together said unread: the preview's chunks joined, the rest of the rows read) or not recognised, saying
    # why (never silent)
    assert any(d.extra.get(ROWS_UNSPLIT) or any("单元格连在一起" in p.message for p in d.problems)
               for d in result.documents) or not result.documents and any(
        x.kind == "not_recognised" and "lost beyond reading" in (x.message_en or x.message) for x in result.findings)
