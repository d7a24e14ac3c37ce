"""项目绩效目标表: the funds whole against its sources where the template lists them all (安徽's 年度资金总额 = 财政拨款 +
上年结转 + 其他资金, 甘肃's 项目总投资 = 中央补助安排 + 省级财政安排 + 其他资金, 湖南's 总额 = 财政拨款 + 自有资金 + 其他
with 财政拨款 = 上级财政资金 + 本级财政), one label and amount a line or run together; a whole its sources do not make is
found, and a list of sources that is not a known template's whole list is never summed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding

HEAD = ["项目支出绩效目标表", "填报单位:示例县文化馆", "项目名称", "公共文化服务项目", "主管部门", "示例县文旅局"]
TAIL = ["年度绩效目标", "完成全年公共文化服务", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
        "开展活动场次", "≥20场"]

# (label, amount) in order as each template prints them
ANHUI = [("年度资金总额", "125.50"), ("其中:财政拨款", "100.00"), ("上年结转", "20.50"), ("其他资金", "5.00")]
GANSU = [("项目总投资", "60"), ("中央补助安排", "30"), ("省级财政安排", "20"), ("其他资金", "10"), ("预算申报数", "60")]
HUNAN = [("总额", "1060.7522万元"), ("财政拨款:", "692.3552万元(其中:"), ("上级财政资金:", "600.3552万元;"),
         ("本级财政:", "92万元)"), ("二、自有资金:", "0万元"), ("三、其他:", "368.3970万元")]


def _text(pairs: list[tuple[str, str]], together: bool) -> str:
    if together:  # a preview that ran the cells together on one line
        return "\n".join([*HEAD, "".join(f"{k}{v}" for k, v in pairs), *TAIL]) + "\n"
    return "\n".join([*HEAD, *(x for k, v in pairs for x in (k, v)), *TAIL]) + "\n"


def _sums(tmp_path: Path, pairs: list[tuple[str, str]], together: bool) -> list[Finding]:
    p = tmp_path / "target.txt"
    p.write_text(_text(pairs, together), encoding="utf-8")
    return [f for f in audit_paths([str(p)]).findings if f.kind == "total_sum" and f.severity != "info"]


def _planted(pairs: list[tuple[str, str]], label: str, amount: str) -> list[tuple[str, str]]:
    return [(k, amount if k == label else v) for k, v in pairs]


@pytest.mark.parametrize("together", [False, True])
@pytest.mark.parametrize("pairs", [ANHUI, GANSU, HUNAN], ids=["anhui", "gansu", "hunan"])
def test_sources_that_make_the_whole_say_nothing(tmp_path: Path, pairs: list[tuple[str, str]], together: bool) -> None:
    assert _sums(tmp_path, pairs, together) == []


@pytest.mark.parametrize("together", [False, True])
@pytest.mark.parametrize(("pairs", "label", "amount", "row", "recomputed"), [
    (ANHUI, "上年结转", "21.50", "年度资金总额", "126.50"),
    (GANSU, "项目总投资", "70", "项目总投资", "60"),
    (HUNAN, "三、其他:", "369.3970万元", "总额", "1061.7522"),
    (HUNAN, "本级财政:", "93万元)", "财政拨款", "693.3552"),
], ids=["anhui", "gansu", "hunan", "hunan-nested"])
def test_a_whole_its_sources_do_not_make_is_an_error(tmp_path: Path, pairs: list[tuple[str, str]], label: str,
                                                     amount: str, row: str, recomputed: str, together: bool) -> None:
    found = _sums(tmp_path, _planted(pairs, label, amount), together)
    assert [(f.severity, f.row, f.recomputed) for f in found] == [("error", row, recomputed)]


def test_a_list_short_of_the_templates_sources_is_not_summed(tmp_path: Path) -> None:
    """甘肃's list without its 其他资金 line (cut, or a template not known): the whole is not the sum of what is there."""
    short = [(k, v) for k, v in GANSU if k != "其他资金"]
    assert _sums(tmp_path, short, False) == []
    assert Decimal(GANSU[0][1]) != sum(Decimal(v) for k, v in short[1:3])
