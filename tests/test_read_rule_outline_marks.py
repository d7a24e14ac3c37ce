"""Rule outlines whose headings' list marks say their levels (``ruletable_weighttree``, ``ruletable_names``), on
invented texts:

- headings of one style are siblings, whatever their weights happen to add up to: (三)…(20分) is not the group of
  (四)…(10分) and (五)…(10分) that follow it (吕梁's 耕地保护 rules were drafted with the two under the third);
- a heading whose numbered items (1、…N分) overflow it is the table's own mistake, said by the audit, not a reason
  to drop the outline's levels (五、课题研究5分 with 2分 + 4分); a stop typed as a point after a weight (1分.3、…) still
  opens the next item, and a note after the points in a heading's bracket ((18分,一票否决)) keeps its weight.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write


def _rows(path: Path) -> list[tuple[str | None, str | None, Decimal | None]]:
    """Each row as (its heading with its points, its name, its weight): a row of no heading has None."""
    docs = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    return [(i.level1.str_, i.level3.str_ or i.level2.str_, i.weight.dec) for i in docs[0].indicators]


def test_headings_of_one_style_are_siblings(tmp_path: Path) -> None:
    text = "\n".join([
        "某市耕地保护目标责任考核办法",
        "(一)耕地保有量(30分)",
        "年末耕地保有量不低于下达的考核指标的,得30分;低于的,不得分。",
        "(二)执法检查(20分)",
        "执法检查中没有出现违法用地情况的,得20分。",
        "(三)占补平衡(10分)",
        "足额补充耕地的,得10分,未完成任务的不得分。",
        "(四)资金收缴使用(10分)",
        "按期足额缴纳耕地开垦费的,得10分;未足额缴纳的,按比例扣分。",
        "四、考核办法",
    ]) + "\n"
    assert _rows(write(tmp_path, text)) == [  # (no heading under another)
        (None, "耕地保有量", Decimal(30)), (None, "执法检查", Decimal(20)), (None, "占补平衡", Decimal(10)),
        (None, "资金收缴使用", Decimal(10))]


def _checks(more: str) -> str:
    return "\n".join([
        "某镇中小学常规教学检查细则",
        "项目", "具体内容", "评分标准",
        "一、备课20分",
        "备课环节齐全。环节不全扣1分,缺一课时扣2分。",
        "二、教研活动10分",
        "教研记录规范。",
        "1、教研活动与计划一致1分。2、教研次数达到规定要求6分。3、记录规范3分。",
        "三、集体备课10分",
        "合理分配任务。",
        "1、与计划相符1分。2、达到规定次数1分.3、有简案、研讨、详案8分。",
        f"四、课题研究5分{more}",
        "课题研究相关资料。",
        "1、有区级以上立项课题2分。2、有研究过程资料{}分。",
        "五、教学管理(18分,一票否决)",
        "1、有方案、有制度3分。2、有检查通报15分。",
    ]) + "\n"


def test_items_over_their_heading_are_found_not_a_reason_to_drop_the_levels(tmp_path: Path) -> None:
    for research, found in (("3", []), ("4", [("tree_weight", "suspect", "课题研究(5分)", "5", "6")])):
        path = write(tmp_path, _checks("").format(research))
        rows = _rows(path)
        assert rows == [
            (None, "备课", Decimal(20)),
            ("教研活动(10分)", "教研活动与计划一致", Decimal(1)), ("教研活动(10分)", "教研次数达到规定要求", Decimal(6)),
            ("教研活动(10分)", "记录规范", Decimal(3)),
            ("集体备课(10分)", "与计划相符", Decimal(1)), ("集体备课(10分)", "达到规定次数", Decimal(1)),
            ("集体备课(10分)", "有简案、研讨、详案", Decimal(8)),
            ("课题研究(5分)", "有区级以上立项课题", Decimal(2)), ("课题研究(5分)", "有研究过程资料", Decimal(research)),
            ("教学管理(18分)", "有方案、有制度", Decimal(3)), ("教学管理(18分)", "有检查通报", Decimal(15))]
        got = [(f.kind, f.severity, f.row, f.reported, f.recomputed) for f in audit_paths([str(path)]).findings
               if f.severity != "info"]
        assert got == found


def test_headings_whose_stop_precedes_their_points_are_one_list(tmp_path: Path) -> None:
    """"(一)项目完成情况。(60分)": a heading's stop before its bracketed points is no end of its name (before, the
    name was sought before the stop, and the weight taken for a sentence's closing points, another kind of row than
    "(三)示范区建设情况(10分)"); the seven headings of one style are one list, which the stated 总分130分 confirms."""
    heads = [("项目完成情况", "60", "。"), ("资金管理情况", "30", "。"), ("示范区建设情况", "10", ""),
             ("交办任务完成情况", "10", "。"), ("奖惩情况", "5", "。"), ("工作创新情况", "5", "。"), ("信息宣传情况", "10", "。")]
    marks = "一二三四五六七"
    text = "\n".join(["某市项目考核办法", "三、考核内容及分值", "考核内容包括七项,采取计分制,总分130分。", "",
                      *(f"({marks[i]}){name}{stop}({w}分)\n" for i, (name, w, stop) in enumerate(heads)),
                      "四、考核程序", "(一)考核程序", "1、成立考评小组。"]) + "\n"
    assert _rows(write(tmp_path, text)) == [(None, name, Decimal(w)) for name, w, _ in heads]



def test_a_rule_after_the_points_in_the_bracket_keeps_the_weight(tmp_path: Path) -> None:
    """"1、每季度召开一次专题会议(4分,少一次扣1分)。": the points, then the row's rule, in one bracket: the row's weight
    is 4 (before, the bracket was no label, and the group's items were lost)."""
    text = "\n".join([
        "某市信访工作目标考评实施细则",
        "一、考评内容及评分标准(总分:100分)",
        "(一)加强领导(10分)",
        "1、每季度召开一次专题会议(4分,少一次扣1分)。",
        "2、每月召开一次例会(6分,少一次扣0.5分)。",
        "(二)化解矛盾(90分)",
        "1、及时受理群众来信来访(50分,每漏一件扣2分)。",
        "2、按期办结交办案件(40分,逾期一件扣5分)。",
    ]) + "\n"
    assert [(name, w) for _, name, w in _rows(write(tmp_path, text))] == [
        ("每季度召开一次专题会议", Decimal(4)), ("每月召开一次例会", Decimal(6)),
        ("及时受理群众来信来访", Decimal(50)), ("按期办结交办案件", Decimal(40))]
