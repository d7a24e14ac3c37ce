"""A rule table read in part (no total row after it: a preview cut inside the table) keeps the one whole its text
states (考核实行百分制, 满分100分), as printed and unchecked (``read.recognise.ruletable_whole``): the rows read are not
the whole table, so their sum is never compared with it. Where the text states two wholes, or a "whole" no heavier
than a row (a row's own full marks), none is kept. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

_ROWS = ("一、组织管理(30分) 1.机构设置(10分)设有财政所并配备专职人员的得10分。 2.制度建设(20分)建立内控制度的得20分，"
         "每缺一项扣2分。 二、预算管理(40分) 3.预算编制(15分)按时编报的得15分。 4.预算执行(25分)执行率达到90%以上的"
         "得25分。 三、资金监管(30分) 5.专项资金(18分)专款专用的得18分。 6.惠民资金发放")  # (cut inside the last group)


def _text(said: str) -> str:
    return f"某县2025年度乡镇财政所目标管理考核评分细则\n{said}\n{_ROWS}\n"


@pytest.mark.parametrize(("said", "whole"), [
    ("考核实行百分制，各项目标按评分标准计分。", Decimal(100)),
    ("本细则满分100分，各项目标按评分标准计分。", Decimal(100)),
    # the whole said by the scale's own words
    ("市政府决定对乡镇财政工作实行量化考核，共计100分。具体办法如下：", Decimal(100)),
    ("考核内容分四个方面，考核基本分值100分。", Decimal(100)),
    ("考核共计100分，另设加分项，总分120分。", None),  # two wholes again
    ("本细则满分100分，另设加分项，总分120分。", None),  # two wholes: which is the table's is not said
    ("各项目标按评分标准计分，每项满分20分。", None),  # a row's full marks, lighter than 预算管理(40分)
])
def test_a_table_read_in_part_keeps_the_whole_its_text_states(tmp_path: Path, said: str, whole: Decimal | None) -> None:
    path = write(tmp_path, _text(said), "rules.txt")
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("机构设置", 10), ("制度建设", 20), ("预算编制", 15), ("预算执行", 25), ("专项资金", 18)]
    assert doc.total_weight.dec == whole
    found = audit_paths([str(path)]).findings
    assert not [f for f in found if f.severity in ("error", "suspect")]  # 88 of 100 read: the table is cut, not wrong
