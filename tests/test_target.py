"""年度指标值: every form the seeds write parses into a typed target; anything else stays qualitative."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.core.target import parse_target

D = Decimal

CASES = [
    ("=2(场)", "=", D("2"), None, None, "场"),
    ("≥60.00(家)", ">=", D("60.00"), None, None, "家"),
    (">=150场", ">=", D("150"), None, None, "场"),
    ("》99", ">=", D("99"), None, None, None),
    ("≤2", "<=", D("2"), None, None, None),
    ("<=48小时", "<=", D("48"), None, None, "小时"),
    ("80以上", ">=", D("80"), None, None, None),
    ("90%以上", ">=", D("90"), None, None, "%"),
    ("1-2次", "range", None, D("1"), D("2"), "次"),
    ("5-8家", "range", None, D("5"), D("8"), "家"),
    ("0-1个", "range", None, D("0"), D("1"), "个"),
    (">= 95%", ">=", D("95"), None, None, "%"),
    ("1年内", "<=", D("1"), None, None, "年"),
    ("不低于1:3", ">=", D("3"), None, None, "1:x"),
    ("≥1:3", ">=", D("3"), None, None, "1:x"),
    ("＞＝５０", ">=", D("50"), None, None, None),
    ("＜５", "<", D("5"), None, None, None),
    ("2.00(场)", "=", D("2.00"), None, None, "场"),
    ("93.94%", "=", D("93.94"), None, None, "%"),
    ("> 100人/场", ">", D("100"), None, None, "人/场"),
    ("≥95%", ">=", D("95"), None, None, "%"),
    ("100. 00%", "=", D("100.00"), None, None, "%"),
    ("满意度≥90%", ">=", D("90"), None, None, "%"),
    ("=100(%)", "=", D("100"), None, None, "%"),
]


@pytest.mark.parametrize("text,op,value,low,high,unit", CASES)
def test_seed_forms_parse(text, op, value, low, high, unit):
    t = parse_target(text)
    assert (t.op, t.value, t.low, t.high, t.unit) == (op, value, low, high, unit)
    assert t.text == text


@pytest.mark.parametrize(
    "text", ["有效", "有所提升", "按时完成", "活动8场，课题1项", "2023年完成", "前三名", "年内完成", ""]
)
def test_unparsed_stays_qualitative(text):
    t = parse_target(text)
    assert t.qualitative and t.op == "qualitative" and t.value is None and t.text == text


def test_comparator_and_unit_columns():
    t = parse_target("50", op_hint="≥", unit_hint="家")
    assert (t.op, t.value, t.unit) == (">=", D("50"), "家")
    assert parse_target("满意", op_hint="定性").qualitative
    assert parse_target("2", op_hint="≤").op == "<="


def test_met_by():
    assert parse_target("≥60(家)").met_by(parse_target("60.00(家)")) is True
    assert parse_target(">=2500").met_by(parse_target("1458")) is False
    assert parse_target("≤2").met_by(parse_target("3")) is False
    assert parse_target("1-2个").met_by(parse_target("1个")) is True
    assert parse_target("有效").met_by(parse_target("有效")) is None


@given(st.text())
def test_parse_never_raises(text):
    t = parse_target(text)
    assert t.op in ("=", ">=", ">", "<=", "<", "range", "qualitative")
    assert t.text == text


def test_target_command():
    from typer.testing import CliRunner

    from jixiao.cli import app

    runner = CliRunner()
    out = runner.invoke(app, ["target", "≥60.00(家)", "--json"])
    assert out.exit_code == 0 and '"op": ">="' in out.output and '"value": "60.00"' in out.output
    assert runner.invoke(app, ["target", "有效"]).output.strip() == "有效: 定性"
    assert runner.invoke(app, ["target", "1-2次", "--lang", "en"]).output.strip() == "1-2次: range 1–2 次"
