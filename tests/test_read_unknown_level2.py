"""A second-level label no vocabulary knows (日效性指标 for 时效指标, 群众满意度指标, a county's own 社会影响指标) before an
indicator's name, in a form with no weight column (三级指标 | 年初目标值(A) | 实际完成值(B) | 得分): the row holds one text
more than its columns, and the text that ends in 指标 is the row's second level, never its name."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from layouts.files import one

_HEAD = ("单位名称 | 某某镇人民政府 | ||||||||\n"
         "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
         "部门整体支出总额 | {b} | {b} | 100% | 20 | ||||||\n"
         "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||\n")


@pytest.mark.parametrize("label", ["日效性指标", "群众满意度指标", "社会影响指标", "服务质量指标"])
@pytest.mark.parametrize("seed", range(4))
def test_an_unknown_second_level_before_the_name_is_the_rows_level(tmp_path: Path, label: str, seed: int) -> None:
    rnd = random.Random(seed)
    scores = [rnd.randint(5, 20) for _ in range(4)]
    names = ["办结信访案件", "拆除违章建筑", "解决群众问题时间", "群众对政府工作满意度"]
    lines = [f"产出指标 | 数量指标 | {names[0]} | {rnd.randint(10, 200)}起 | 168起 | {scores[0]} | ||||",
             f"数量指标 | {names[1]} | 32座 | 32座 | {scores[1]} | |||||",
             f"{label} | {names[2]} | 2天以内 | 2天以内 | {scores[2]} | |||||",
             f"满意度指标 | 服务对象满意度指标 | {names[3]} | ≧90% | 95% | {scores[3]} | ||||",
             f"总分 | {20 + sum(scores)} | ||||||||"]
    doc = one(tmp_path, _HEAD.format(b=rnd.randint(100, 999)) + "\n".join(lines) + "\n")
    got = {r.level3.str_: (r.level2.str_, r.score.dec, r.target.str_) for r in doc.indicators}
    assert got[names[2]] == (label, scores[2], "2天以内"), got
    assert label not in got
    assert [got[n][1] for n in names] == scores


_HEAD1 = ("单位名称 | 某某镇人民政府 | ||||||||\n"
          "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
          "部门整体支出总额 | {b} | {b} | 100% | 20 | ||||||\n"
          "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 实际完成值 | 得分 | ||||\n")


@pytest.mark.parametrize("label", ["日效性指标", "社会影响指标"])
@pytest.mark.parametrize("seed", range(3))
def test_the_rows_columns_are_the_headers_with_one_value_column(tmp_path: Path, label: str, seed: int) -> None:
    # 三级指标 | 实际完成值 | 得分: a row is the name, one value and the score (3 cells), and with a second level no
    # vocabulary knows before the name, 4: the counts come from the header's columns, not from a two-value template
    rnd = random.Random(seed)
    scores = [rnd.randint(5, 20) for _ in range(3)]
    names = ["办结信访案件", "解决群众问题时间", "群众对政府工作满意度"]
    lines = [f"产出指标 | 数量指标 | {names[0]} | 168起 | {scores[0]} | ||||",
             f"{label} | {names[1]} | 2天以内 | {scores[1]} | |||||",
             f"满意度指标 | 服务对象满意度指标 | {names[2]} | 95% | {scores[2]} | ||||",
             f"总分 | {20 + sum(scores)} | ||||||||"]
    doc = one(tmp_path, _HEAD1.format(b=rnd.randint(100, 999)) + "\n".join(lines) + "\n")
    got = {r.level3.str_: (r.level2.str_, r.actual.str_, r.score.dec) for r in doc.indicators}
    assert got == {names[0]: ("数量指标", "168起", scores[0]), names[1]: (label, "2天以内", scores[1]),
                   names[2]: ("服务对象满意度指标", "95%", scores[2])}, got
