"""A rule table of items parted into sub-items: 序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法, the item's cell
(项目 (10分)) printed only in its first row, as an HTML table's rowspan leaves it (杭州's 禁毒示范创建 rules). Before,
小项内容, 具体内容 and 打分方法 named no column: the header was not found, and the labels reader glued each row's
sub-item to the content beside it (强化组织领导以党委或政府名义召开会议…). Now 小项内容 names the row, 具体内容 explains
it and 打分方法 is its rule (``rulewords``). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML

from jixiao.read import read_file, read_path
from jixiao.read.draft import draft_framework
from layouts.files import write

_ITEMS = [  # (项目, its points, [(小项内容, 具体内容, 分值, 打分方法)])
    ("宣传教育", "12", [("开展专题宣传", "每季度至少开展一次专题宣传活动。", "4", "每开展一次得1分。"),
                     ("建设宣传阵地", "建成固定宣传栏或宣传角。", "3", "建成的得3分,未建成不得分。"),
                     ("培训骨干队伍", "组织骨干培训不少于2次。", "5", "每组织一次得2.5分。")]),
    ("督查考核", "8", [("开展督查", "每半年开展一次督查。", "6", "每开展一次得3分。"),
                    ("通报结果", "按时通报督查结果。", "2", "按时通报的得2分。")]),
]


def _text() -> str:
    out = ["某市示范创建工作考核细则", "序号 | 项目 | 小项内容 | 具体内容 | 分值 | 打分方法 |"]
    n = 0
    for item, points, rows in _ITEMS:
        for k, (sub, what, w, how) in enumerate(rows):
            n += 1
            lead = [str(n), f"{item} ({points}分)"] if k == 0 else [str(n)]
            out.append(" | ".join([*lead, sub, what, w, how]) + " |")
    return "\n".join(out) + "\n"


def test_sub_items_are_the_rows_under_their_items(tmp_path: Path) -> None:
    docs = [d for d in read_path(write(tmp_path, _text())).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [(i.level1.str_, i.level3.str_, i.weight.dec, i.rule_text.str_) for i in docs[0].indicators]
    assert got == [(f"{item}({points}分)", sub, Decimal(w), how)
                   for item, points, rows in _ITEMS for sub, _, w, how in rows]
    draft = draft_framework(read_file(write(tmp_path, _text())))
    assert draft is not None and draft.leaves == 5
    drafted = YAML(typ="safe").load(draft.text)["indicators"]  # (its rules left to fill: TODO)
    assert [(i["name"], str(i["weight"]), [(c["name"], str(c["weight"])) for c in i["children"]]) for i in drafted] == [
        (item, points, [(sub, w) for sub, _, w, _ in rows]) for item, points, rows in _ITEMS]
