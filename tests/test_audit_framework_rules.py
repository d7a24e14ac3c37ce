"""The audit scores with the rules of the document's framework, not copies of its own: the same evidence
text (seed 002's 业绩值及评分过程, seed 004's indicator rows) gives a different expected score under a
framework whose leaf B12 (or whose ``indicator_rules``) says something else."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.audit.dept import check_evidence_table
from jixiao.audit.indicators import check_indicators
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.frameworks import Framework, builtin_path, get_builtin, load_framework
from jixiao.read.text import read_text_tables
from jixiao.scoring.engine import score_form, score_form_item
from test_audit import SEED_002_B1  # seed 002 综合评分表, rows B11-B13 as extracted

SEEDS = Path(__file__).resolve().parents[1] / "samples"


def name(_src: Source) -> str:
    return "南京市工业和信息化局"


def table(rate: str = "94.12", score: str = "1.88"):  # type: ignore[no-untyped-def]
    return read_text_tables(SEED_002_B1.format(rate=rate, score=score), "002.txt").tables[0]


def framework_with(tmp_path: Path, fid: str, *edits: tuple[str, str]) -> Framework:
    """A built-in framework copied to ``tmp_path`` with passages of its text replaced (old, new)."""
    text = builtin_path(fid).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / f"{fid}.yaml"
    path.write_text(text, encoding="utf-8")
    fw, problems = load_framework(path)
    assert fw is not None, problems
    return fw


B12_RULE = """            rule: proportional
            params:
              direction: up
              full_at: 100
              over: zero
              label: 预算执行率"""


def test_b12_scored_by_the_seed_framework() -> None:
    nanjing = get_builtin("nanjing-2024-dept")
    assert check_evidence_table(table(), name, lambda _s: nanjing) == []
    [f] = [f for f in check_evidence_table(table(score="1.90"), name, lambda _s: nanjing) if f.severity == "error"]
    assert (f.kind, f.row, f.reported, f.recomputed) == ("evidence_score", "B12预算执行率", "1.90", "1.88")


def test_b12_with_another_full_score_value(tmp_path: Path) -> None:
    """满分值 95% instead of 100%: 2 × 94.12 ÷ 95 = 1.9815… → 1.98, so the published 1.88 is wrong."""
    fw = framework_with(tmp_path, "nanjing-2024-dept", (B12_RULE, B12_RULE.replace("full_at: 100", "full_at: 95")))
    found = check_evidence_table(table(), name, lambda _s: fw)
    [f] = [f for f in found if f.severity == "error"]
    assert (f.kind, f.row, f.reported, f.recomputed) == ("evidence_score", "B12预算执行率", "1.88", "1.98")
    assert "应得1.98分" in f.message


def test_b12_with_another_rule(tmp_path: Path) -> None:
    """B12 as a threshold (≥ 90% full marks): 94.12% earns the full 2.00."""
    threshold = """            rule: threshold
            params:
              op: ">="
              limit: 90
              label: 预算执行率"""
    fw = framework_with(tmp_path, "nanjing-2024-dept", (B12_RULE, threshold))
    [f] = [f for f in check_evidence_table(table(), name, lambda _s: fw) if f.severity == "error"]
    assert (f.kind, f.reported, f.recomputed) == ("evidence_score", "1.88", "2.00")


def test_the_leaf_weighs_what_the_framework_says(tmp_path: Path) -> None:
    """The leaf's weight, not the row's: with B12 at 1 point and B13 at 2, B12 scores 1 × 94.12% = 0.94 and
    B13 (2.91%, two whole steps of 10%) 2 − 0.4 = 1.60."""
    b12, b13 = '            name: "预算执行率"\n            weight: 2.00', '            name: "结转结余率"\n            weight: 1.00'
    fw = framework_with(tmp_path, "nanjing-2024-dept", (b12, b12.replace("2.00", "1.00")), (b13, b13.replace("1.00", "2.00")))
    found = [f for f in check_evidence_table(table(), name, lambda _s: fw) if f.severity == "error"]
    assert {(f.row, f.reported, f.recomputed) for f in found} == {
        ("B12预算执行率", "1.88", "0.94"),
        ("B13结转结余率", "0.80", "1.60"),
    }
    assert all("权重1.00" in f.message for f in found if f.row == "B12预算执行率")


def test_no_framework_checks_the_rate_only() -> None:
    found = check_evidence_table(table(score="1.90"), name)
    assert not [f for f in found if f.severity == "error"]  # no rule: 1.90 is not called wrong
    infos = [f for f in found if f.kind == "cannot_verify"]
    assert [f.row for f in infos] == ["B11预算调整率", "B12预算执行率", "B13结转结余率"]
    assert all("未找到适用的指标框架" in f.message and "未复核得分" in f.message for f in infos)
    [said] = [f for f in found if f.kind == "evidence_score"]  # the text's own 得1.88分 still counts
    assert (said.severity, said.reported, said.recomputed) == ("suspect", "1.90", "1.88")
    [wrong] = [f for f in check_evidence_table(table(rate="94.21"), name) if f.kind == "evidence_formula"]
    assert (wrong.reported, wrong.recomputed) == ("94.21%", "94.12%") and "未复核得分" in wrong.message


def test_no_leaf_with_the_row_code(tmp_path: Path) -> None:
    fw = framework_with(tmp_path, "nanjing-2024-dept", ("code: B12\n", "code: B19\n"))
    found = check_evidence_table(table(score="1.90"), name, lambda _s: fw)
    [info] = [f for f in found if f.kind == "cannot_verify"]
    assert info.row == "B12预算执行率" and "没有代码为B12的末级指标" in info.message
    assert not [f for f in found if f.severity == "error"]


def test_the_audit_passes_the_chosen_framework_down() -> None:
    """Seed 002 is audited under nanjing-2024-dept: every formula row of its score table is scored by it."""
    result = audit_paths([str(SEEDS / "002_ed484e597a242ea2.txt")])
    assert "nanjing-2024-dept" in result.frameworks.values()
    assert not [f for f in result.findings if f.kind in ("cannot_verify", "evidence_score", "evidence_formula")]


def test_the_report_compares_under_the_framework_named_on_the_command_line() -> None:
    """``--framework`` reaches the HTML comparison too: each document's framework is the one named."""
    result = audit_paths([str(SEEDS / "004_7e677134512249db.txt")], framework="mof-2020-project")
    forms = [d for d in result.documents if d.type == "project_self_evaluation"]
    assert forms and {result.framework_for(d).id for d in forms} == {"mof-2020-project"}  # type: ignore[union-attr]
    picked = audit_paths([str(SEEDS / "004_7e677134512249db.txt")])
    first = next(d for d in picked.documents if d.type == "project_self_evaluation")
    assert picked.framework_for(first).id != "mof-2020-project"  # type: ignore[union-attr]


# ---------------------------------------------------------------- project forms (seed 004 产业扶持)


def row(label: str, target: str, actual: str, weight: str, score: str) -> IndicatorRow:
    def v(text: str) -> Val:
        return Val(Decimal(text) if text.replace(".", "").isdigit() else text, text, Source("004.txt", line=118))

    return IndicatorRow(level3=v(label), target=v(target), actual=v(actual), weight=v(weight), score=v(score),
                        source=Source("004.txt", line=118))


def form(*rows: IndicatorRow) -> Document:
    doc = Document("project_self_evaluation", "项目支出绩效自评表", Source("004.txt", line=90))
    doc.header["项目名称"] = Val("产业扶持", "产业扶持")
    doc.indicators.extend(rows)
    return doc


POSITIVE = "  positive: {rule: proportional}\n"


def test_partial_scores_by_the_framework_indicator_rules(tmp_path: Path) -> None:
    """yangpu-2022-project scores ≥100% targets in proportion: 93.8% of 2 points is 1.88. A framework
    whose positive rule gives full marks from 90% finds nothing wrong with the 2 the seed gives, and
    scores 85% at 2 × 85 ÷ 90 = 1.89 rather than the 1.70 the proportion gives."""
    yangpu = get_builtin("yangpu-2022-project")
    lenient = framework_with(tmp_path, "yangpu-2022-project",
                             (POSITIVE, "  positive: {rule: proportional, params: {full_at: 90}}\n"))
    missed = form(row("境外和海外回流高端紧缺人才个人所得税补贴发放及时率", ">=100%", "93.8%", "2", "2"))
    [f] = check_indicators(missed, yangpu)
    assert (f.kind, f.recomputed) == ("full_score_missed_target", "1.88")
    assert check_indicators(missed, lenient) == []
    partial = form(row("补贴发放及时率", ">=100%", "85%", "2", "1.7"))
    assert check_indicators(partial, yangpu) == []
    [f] = check_indicators(partial, lenient)
    assert (f.kind, f.reported, f.recomputed) == ("partial_score", "1.7", "1.89")


def test_without_a_framework_no_partial_score_is_judged() -> None:
    doc = form(row("补贴发放及时率", ">=100%", "85%", "2", "1"), row("区块链企业满意度", ">=95%", "", "20", "20"))
    assert [f.kind for f in check_indicators(doc, None)] == ["score_without_actual"]


def test_score_form_item_is_score_form_for_one_row() -> None:
    fw = get_builtin("yangpu-2022-project")
    item = {"name": "办案人员被投诉次数", "target": "≤2", "actual": "4", "weight": "10.00"}
    one = score_form_item(fw, item)
    whole = score_form(fw, {"indicators": [dict(item, level1="产出指标")]})
    assert one.score == Decimal("5.00") == whole.leaves()[-1].score
    assert score_form_item(fw, {"name": "满意度", "target": "较好", "actual": "较好", "weight": "10"}).score is None
