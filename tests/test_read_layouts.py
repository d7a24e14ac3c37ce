"""Project-layout forms in every layout published text gives them: the figures are read, the planted
mistakes found, and nothing false is flagged (generators in ``tests/layouts``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.audit import audit_paths
from jixiao.core.records import Document
from jixiao.read import read_file
from jixiao.read.draft import draft_framework
from layouts import degrade
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import MISTAKES, Project, invent
from layouts.render import RENDERERS, one_run, run_together


def _figures_match(doc: Document, p: Project, indicators: bool = True) -> None:
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    cur = doc.funds["current_year"]
    assert (cur.annual_budget.dec, cur.executed.dec) == (p.current[1], p.current[2])
    assert doc.title == p.name and doc.header["主管部门"].value == p.dept
    assert doc.total_score.dec == p.total
    if indicators:
        assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
            (i.name, i.weight, i.score) for i in p.indicators]
        assert [i.level1.value for i in doc.indicators][:1] == ["产出指标"]
    for row in (t, cur):
        assert row.executed.source is not None and row.executed.source.line is not None


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_every_layout_reads_the_figures(tmp_path: Path, variant: str, layout: str) -> None:
    p = invent(7, exec_weight=20 if variant == "anhui" else 10)
    doc = _one(tmp_path, RENDERERS[layout](rows(p, VARIANTS[variant])))
    _figures_match(doc, p)
    if not VARIANTS[variant].initial:
        assert doc.funds["total"].initial_budget.value is None


@pytest.mark.parametrize("slip", ["traditional", "full_width", "ocr_signs", "wrapped_labels"])
def test_slips_of_ocr_and_conversion(tmp_path: Path, slip: str) -> None:
    p = invent(11)
    layout = "cell_lines" if slip == "wrapped_labels" else "row_lines"
    text = getattr(degrade, slip)(RENDERERS[layout](rows(p, VARIANTS["national"])))
    doc = _one(tmp_path, text)
    _figures_match(doc, p)
    if slip == "traditional":
        assert "項目名稱" in text and doc.title == p.name  # read after conversion


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("render", [run_together, one_run])
def test_cells_run_together_are_split_by_the_forms_arithmetic(tmp_path: Path, render: object, variant: str) -> None:
    p = invent(3, exec_weight=20 if variant == "anhui" else 10)
    doc = _one(tmp_path, render(rows(p, VARIANTS[variant])))  # type: ignore[operator]
    _figures_match(doc, p)
    said = [x.message for x in doc.problems]
    if not VARIANTS[variant].amount_unit:  # 3405.63万元3214.93万元: the units keep the amounts apart
        assert any("年度资金总额行的数值" in m and "按表内算术关系确定" in m for m in said)
    assert any("指标行的单元格连在一起" in m for m in said)  # how the rows were split is recorded
    assert doc.total_weight.dec == 100
    result = audit_paths([str(_write(tmp_path, render(rows(p, VARIANTS[variant])), "b.txt"))])  # type: ignore[operator]
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("variant", ["national", "weight_first"])
def test_mistakes_planted_in_cells_run_together_are_found(tmp_path: Path, variant: str, mistake: str) -> None:
    p = invent(8, mistake=mistake)
    result = audit_paths([str(_write(tmp_path, one_run(rows(p, VARIANTS[variant]))))])
    errors = {f.kind for f in result.findings if f.severity == "error"}
    assert errors == {EXPECTED[mistake]}, [(f.kind, f.message) for f in result.findings if f.severity == "error"]


def test_run_together_rows_no_reading_decides_are_left_unread() -> None:
    from jixiao.read.recognise.runsplit import read_rows

    # 名称 10 1010 10: weight 10, target "10", actual "10", score 10 — or weight 10, target "101", actual "0"…
    # text values give nothing to tell the readings apart: no reading is taken
    assert read_rows("完成率1010010", ["weight", "target", "actual", "score"]) is None
    # the level's printed weight decides between readings that the shapes cannot
    got = read_rows("项目计划总投资1020万元20万元10", ["weight", "target", "actual", "score"], Decimal(70))
    assert got is not None and [(r.name, r.get("weight"), r.get("score")) for r in got.rows] == [
        ("项目计划总投资", "10", "10")]


EXPECTED = {"rate": "execution_rate", "total": "total_sum", "score_over_weight": "score_bounds"}


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("layout", ["pipes", "flattened", "cell_lines", "trailing_pipes"])
def test_planted_mistakes_are_found(tmp_path: Path, mistake: str, layout: str) -> None:
    p = invent(5, mistake=mistake)
    path = _write(tmp_path, RENDERERS[layout](rows(p, VARIANTS["national"])))
    result = audit_paths([str(path)])
    errors = [f for f in result.findings if f.severity == "error"]
    assert {f.kind for f in errors} == {EXPECTED[mistake]}, [(f.kind, f.message) for f in errors]
    if mistake == "rate":
        (f,) = errors
        assert f.reported == f"{p.rate:.2f}%" and f.location is not None and f.location.line is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), layout=st.sampled_from(sorted(RENDERERS)),
       variant=st.sampled_from(sorted(VARIANTS)), weight=st.sampled_from([10, 20]))
def test_any_consistent_form_reads_whole_and_audits_clean(
    tmp_path: Path, seed: int, layout: str, variant: str, weight: int
) -> None:
    p = invent(seed, exec_weight=weight)
    path = _write(tmp_path, RENDERERS[layout](rows(p, VARIANTS[variant])), f"f{seed}.txt")
    result = audit_paths([str(path)])
    (doc,) = result.documents
    _figures_match(doc, p)
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [238, 239, 4401])
def test_a_qualitative_row_whose_blank_unit_collapsed_keeps_its_name(tmp_path: Path, seed: int) -> None:
    """A 定性 row prints no unit; its blank cell lost with the pipes collapsed, the row's two ends shift apart
    (效益指标 | 社会效益指标 | 服务覆盖面 | 定性 | 有效提升 | 有效提升 | 13.00 | 12.00): the name is the cell before its 指标性质,
    never the second level's label (hypothesis found seed 238)."""
    p = invent(seed, exec_weight=10)
    path = _write(tmp_path, RENDERERS["pipes_collapsed"](rows(p, VARIANTS["nature"])), f"f{seed}.txt")
    result = audit_paths([str(path)])
    (doc,) = result.documents
    _figures_match(doc, p)
    assert [f.message for f in result.findings if f.severity == "error"] == []


def test_a_placement_no_arithmetic_decides_is_left_missing() -> None:
    from jixiao.read.recognise.placement import place

    # 10 after the rate: 分值 or 得分? 100% × 10 = 10 either way; the template prints 分值, so it is that
    got = place(["238.93", "251.89", "251.89", "100.00%", "10"],
                ["initial_budget", "annual_budget", "executed", "rate", "weight", "score"])
    assert got.how == "by template" and got.values["weight"].value == 10 and "score" not in got.values
    # the same row run together (四川青神, its 得分 cell blank): "10" is not 分值 1 and 得分 0, for 1 × 100% is
    # 1.00, which no rounding prints as 0 (read so, the audit called the form's score wrong)
    got = place(["238.93251.89251.89100.00%10"],
                ["initial_budget", "annual_budget", "executed", "rate", "weight", "score"])
    assert got.values["weight"].text == "10" and "score" not in got.values
    # two amounts for three amount columns, nothing to tell which: left missing, said
    got = place(["90", "89.974"], ["initial_budget", "annual_budget", "executed"])
    assert got.how == "ambiguous" and got.values == {} and set(got.undecided) == {
        "initial_budget", "annual_budget", "executed"}


def test_no_placement_hides_a_mistake() -> None:
    from jixiao.read.recognise.placement import place

    # every number present: read as printed, even though the rate is wrong (the audit says so)
    got = place(["100", "100", "80", "10", "90%", "8"],
                ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"])
    assert got.how == "label order" and got.values["rate"].value == Decimal(90)
    # fewer numbers, and none of the placements is consistent: label order, and the reader says so
    got = place(["100", "80", "10", "90%", "5"], ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"])
    assert got.how == "label order" and got.candidates > 1


def test_a_rate_printed_as_a_fraction_confirms_its_placement() -> None:
    """云南施甸: 执行率(B/A) printed 0.1 for 94÷650 and the score 2.9 = 20 × 14.46%. As a fraction the row's
    arithmetic holds (the audit says rate_as_fraction); read as 0.1% it was called inconsistent."""
    from jixiao.read.recognise.placement import Item, judge, place

    def row(rate: str) -> dict[str, Item]:
        texts = {"annual_budget": "650", "executed": "94", "rate": rate, "weight": "20", "score": "2.9"}
        return {k: Item(t, Decimal(t)) for k, t in texts.items()}

    assert judge(row("0.1")) == (0, 3)  # rate and score confirmed, amounts alike
    assert judge(row("0.3"))[0] == 2  # a fraction that disagrees: rate and score contradicted
    got = place(["650", "94", "0.1", "2.9"], ["annual_budget", "executed", "rate", "score"])
    assert got.how == "as printed"


# ---------------------------------------------------------------- department score tables

SCORE_EXPECTED = {"score_over_weight": {"score_bounds"}, "level_weight": {"tree_weight"}, "total": {"total_sum"}}


@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_score_tables_in_every_layout(tmp_path: Path, layout: str) -> None:
    from layouts.scores import invent_scores, score_rows

    t = invent_scores(4)
    doc = _one(tmp_path, RENDERERS[layout](score_rows(t)))
    assert doc.type == "dept_evaluation"
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert doc.indicators[0].level1.value == f"部门预算管理({t.level_weights['部门预算管理']}分)"
    assert doc.indicators[0].level2.value == f"预算编制({t.level_weights['预算编制']}分)"
    assert doc.total_score.dec == t.total
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](score_rows(t)), "s.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize(("weight", "score"), [("应得分", "实得分"), ("应得分数", "实得分数"), ("标准分", "考核得分")])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_score_tables_whose_columns_say_earnable_and_earned(tmp_path: Path, layout: str, weight: str,
                                                           score: str) -> None:
    """应得分 | 实得分 (the points a row can earn and earned) name the weight and score columns in every layout."""
    from layouts.scores import invent_scores, score_rows

    t = invent_scores(5)
    doc = _one(tmp_path, RENDERERS[layout](score_rows(t, weight=weight, score=score)))
    assert doc.type == "dept_evaluation"
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert doc.total_score.dec == t.total


@pytest.mark.parametrize("mistake", sorted(SCORE_EXPECTED))
@pytest.mark.parametrize("layout", ["cell_lines", "row_lines"])
def test_score_table_mistakes_are_found(tmp_path: Path, mistake: str, layout: str) -> None:
    from layouts.scores import invent_scores, score_rows

    t = invent_scores(9, mistake)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](score_rows(t))))])
    assert {f.kind for f in result.findings if f.severity == "error"} == SCORE_EXPECTED[mistake]


@pytest.mark.parametrize("mistake", [None, *sorted(SCORE_EXPECTED)])
@pytest.mark.parametrize("layout", ["lone_pipes", "cell_lines", "flattened"])
def test_score_tables_with_the_rule_before_the_weight(tmp_path: Path, layout: str, mistake: str | None) -> None:
    """一级 | 二级 | 三级 | 评分标准 | 分值 | 自评得分: the name is the text after the previous row, not the rule."""
    from layouts.scores import invent_scores, score_rows

    t = invent_scores(6, mistake)
    path = _write(tmp_path, RENDERERS[layout](score_rows(t, rule_first=True)))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert all(i.rule_text.str_ and i.rule_text.str_.startswith("以100%为标准") for i in doc.indicators)
    assert doc.total_score.dec == t.total
    assert {f.kind for f in result.findings if f.severity == "error"} == SCORE_EXPECTED.get(mistake or "", set())


def test_a_score_table_cut_short_is_not_summed(tmp_path: Path) -> None:
    from layouts.scores import invent_scores, score_rows

    rows_ = score_rows(invent_scores(4))[:-3]  # the last rows and the total are not in the excerpt
    result = audit_paths([str(_write(tmp_path, RENDERERS["cell_lines"](rows_)))])
    assert [f for f in result.findings if f.severity == "error"] == []
    assert any(f.kind == "cannot_verify" for f in result.findings)


def test_cells_run_together_in_any_variant_never_give_a_false_error(tmp_path: Path) -> None:
    for variant in sorted(VARIANTS):
        p = invent(13)
        path = _write(tmp_path, run_together(rows(p, VARIANTS[variant])), f"{variant}.txt")
        result = audit_paths([str(path)])
        (doc,) = result.documents
        assert doc.funds["total"].executed.dec == p.executed, variant
        assert [f.message for f in result.findings if f.severity == "error"] == [], variant


def test_funds_header_interleaved_after_the_row_label(tmp_path: Path) -> None:
    """PDF text whose columns interleave: 年度资金总额 comes before the header labels, its numbers after them."""
    p = invent(21)
    grid = rows(p, VARIANTS["no_initial"])
    h = next(k for k, r in enumerate(grid) if r[0].startswith("项目资金"))
    header, total = grid[h], grid[h + 1]
    grid[h : h + 2] = [[header[0], total[0]], header[1:], total[1:]]
    doc = _one(tmp_path, RENDERERS["flattened"](grid))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (p.budget, p.executed, p.rate, p.exec_score)
    assert any("表头与数值交错" in x.message for x in doc.problems)


def test_a_list_mark_is_not_a_number() -> None:
    """① folded by NFKC would be the number 1 and read as a weight; it stays a mark."""
    from jixiao.core.source import Source
    from jixiao.read.base import FileRead
    from jixiao.read.recognise.tokens import stream

    fr = FileRead(source=Source("x.txt"), format="text", body=[("① 5 ２０", Source("x.txt", line=1))])
    assert [t.text for t in stream(fr)] == ["①", "5", "20"]
    assert stream(fr)[0].number is None


# ---------------------------------------------------------------- 决策 / 过程 / 产出 / 效益 evaluation forms

DECISION_EXPECTED = {"total": "total_sum", "score_over_weight": "score_bounds", "rate": "execution_rate"}


@pytest.mark.parametrize("layout", [*sorted(RENDERERS), "one_run"])
def test_decision_process_forms_in_every_layout(tmp_path: Path, layout: str) -> None:
    from layouts.decision import decision_rows, invent_decision

    f = invent_decision(4)
    render = one_run if layout == "one_run" else RENDERERS[layout]
    path = _write(tmp_path, render(decision_rows(f)))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (
        f.initial, f.budget, f.executed, f.rate)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in f.rows]
    assert [i.level3.value for i in doc.indicators] == [r.name for r in f.rows]
    assert {k: v.dec for k, v in doc.level1_weights.items()} == f.level_weights()
    assert doc.indicators[-1].level2.value == "满意度指标"  # a second level under 项目效益, by its weight
    assert doc.total_score.dec == f.total
    assert any("预算执行作为指标之一计分" in p.message for p in doc.problems)
    assert [x.message for x in result.findings if x.severity == "error"] == []
    assert not [x for x in result.findings if x.kind == "cannot_verify"]  # the table is whole: checked


@pytest.mark.parametrize("mistake", sorted(DECISION_EXPECTED))
@pytest.mark.parametrize("layout", ["pipes", "flattened", "one_run"])
def test_decision_process_form_mistakes_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    from layouts.decision import decision_rows, invent_decision

    f = invent_decision(5, mistake)
    render = one_run if layout == "one_run" else RENDERERS[layout]
    result = audit_paths([str(_write(tmp_path, render(decision_rows(f))))])
    errors = {x.kind for x in result.findings if x.severity == "error"}
    if layout == "one_run" and mistake == "score_over_weight":
        # 培训人次15859人次884人次16: weight 1 or 15? With the score over either, no reading is best: the row
        # is left unread and said, the sums are not checked (never a guess, never a false error)
        (doc,) = result.documents
        assert any("培训人次" in p.message and "未读取" in p.message for p in doc.problems)
        assert errors == set() and any(x.kind == "cannot_verify" for x in result.findings)
        return
    assert errors == {DECISION_EXPECTED[mistake]}


@pytest.mark.parametrize("last_weight", ["10.00", "15.00"])
def test_two_numbers_after_a_unit_are_placed_by_the_weights_sum(tmp_path: Path, last_weight: str) -> None:
    """A 度量单位 table whose last row ends early (95, 10.00 after the unit: 完成值 and 分值, or 分值 and 得分?):
    only 10.00 as the weight makes the weights 100; with 15.00 neither reading does: the row is read in the header's
    order as 完成值 and 分值 (the weights then make 105, nearer 100 than 185 with 95 as a weight), and the sum found."""
    head = ("| 项目名称 | 示例专项 |\n| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 年度资金总额 | 8.00 | 8.00 | 8.00 | 10.00 | 100% | 10.00 |\n"
            "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n")
    rows = [("产出指标 | 数量指标 | 补助人数", "=", "500", "人", "500", "30.00", "28.00"),
            ("质量指标 | 验收合格率", "=", "100", "%", "100", "30.00", "30.00"),
            ("效益指标 | 社会效益指标 | 覆盖率", "≥", "95", "%", "95", "20.00", "19.00")]
    text = head + "".join(f"| {a} | {b} | {c} | {d} | {e} | {w} | {s} |\n" for a, b, c, d, e, w, s in rows)
    text += f"| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95 | % | 95 | {last_weight} |\n"
    path = tmp_path / "form.txt"
    path.write_text(" ".join(text.replace("|", " ").split()), encoding="utf-8")  # flattened: read by its labels
    doc = _one(tmp_path, path.read_text(encoding="utf-8"))
    last = doc.indicators[-1]
    assert (last.actual.value, last.weight.dec, last.score.value) == ("95", Decimal(last_weight), None)
    found = [(f.kind, f.severity) for f in audit_paths([str(path)]).findings if f.kind == "weight_sum"]
    if last_weight == "10.00":
        assert any("按分值之和（100）确定" in p.message for p in doc.problems)
        assert found == []
    else:
        assert any("按表头栏目顺序读取" in p.message for p in doc.problems)
        assert found == [("weight_sum", "suspect")]  # 30 + 30 + 20 + 15 + 10 = 105 (the table has no total row)


# ---------------------------------------------------------------- scoring-rule tables (分值 and 评分标准, no scores)


@pytest.mark.parametrize("rule_first", [False, True])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_scoring_rule_tables_are_read_and_drafted(tmp_path: Path, layout: str, rule_first: bool) -> None:
    from jixiao.frameworks.loader import load_framework_text
    from layouts.rules import invent_rules, rule_rows

    t = invent_rules(3)
    path = _write(tmp_path, RENDERERS[layout](rule_rows(t, rule_first=rule_first)))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert doc.type == "assessment_rules" and doc.total_weight.dec == 100
    assert [i.weight.dec for i in doc.indicators] == [x.weight for x in t.leaves]
    names = [i.level3.value for i in doc.indicators]
    if layout not in ("flattened", "row_lines") or not rule_first:  # a second-level label, the name and the
        assert names == [x.name for x in t.leaves]  # rule as one line of words: the first word is taken
    assert all(i.score.value is None for i in doc.indicators)  # never a score the table does not print
    assert [f.message for f in result.findings if f.severity == "error"] == []
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(t.leaves)
    fw, problems = load_framework_text(draft.text, str(path))  # what `jixiao framework check` validates
    assert fw is not None and problems == [], problems
    assert "TODO: grades" in draft.text and "TODO: locality" in draft.text  # what the table does not say


# the words departments print for the weight and rule columns beyond 分值 | 评分标准
RULE_WORDS = [("配分", "考核方法"), ("基础分", "评价方法"), ("考核分值", "评价办法"), ("分值", "考评标准"),
              ("分值", "评分标准及方法"), ("权重", "打分标准"), ("权重(%)", "评分标准"), ("分值（分）", "评分标准（扣分办法）")]


@pytest.mark.parametrize("words", RULE_WORDS)
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "lone_pipes", "trailing_pipes"])
def test_rule_tables_whose_columns_are_named_otherwise(tmp_path: Path, layout: str, words: tuple[str, str]) -> None:
    from layouts.rules import invent_rules, rule_rows

    t = invent_rules(2)
    doc = _one(tmp_path, RENDERERS[layout](rule_rows(t, words=words)))
    assert doc.type == "assessment_rules" and doc.total_weight.dec == 100
    assert [(i.level3.value, i.weight.dec) for i in doc.indicators] == [(x.name, x.weight) for x in t.leaves]
    assert all(i.rule_text.str_ and "扣完为止" in i.rule_text.str_ for i in doc.indicators)


@pytest.mark.parametrize("mistake", ["level_weight", "total"])
@pytest.mark.parametrize("layout", ["pipes", "flattened", "lone_pipes"])
def test_scoring_rule_table_mistakes_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    from layouts.rules import invent_rules, plant, rule_rows

    t = invent_rules(4)
    rows_ = plant(t, mistake, rule_rows(t))
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](rows_)))])
    kinds = {f.kind for f in result.findings if f.severity == "error"}
    assert kinds == {"tree_weight" if mistake == "level_weight" else "weight_sum"}


@pytest.mark.parametrize("layout", ["pipes", "lone_pipes", "pipes_collapsed"])
def test_rule_tables_with_the_weight_in_the_label(tmp_path: Path, layout: str) -> None:
    """评价指标 | 分值 | 评价标准: 任务分解 (2分) is a leaf (no rows of its own follow it), its first level the cell
    before it; no total row, so the sum is not checked (said), and no score is invented."""
    from layouts.rules import invent_rules, labelled_rows

    t = invent_rules(5)
    path = _write(tmp_path, RENDERERS[layout](labelled_rows(t)))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert doc.type == "assessment_rules"
    assert [(i.level1.value, i.level3.value, i.weight.dec) for i in doc.indicators] == [
        (x.level1, x.name, x.weight) for x in t.leaves]
    assert all(i.rule_text.str_ and i.rule_text.str_.startswith(i.level3.str_ or "?") for i in doc.indicators)
    assert [f.message for f in result.findings if f.severity == "error"] == []
    draft = draft_framework(read_file(path))
    assert draft is not None and "total_weight: 100" in draft.text


# ---------------------------------------------------------------- rows closed by a 是否核心指标 cell

CORE_EXPECTED = {None: set(), "total": {"total_sum"}, "score_over_weight": {"score_bounds"}}


@pytest.mark.parametrize("mistake", [None, "total", "score_over_weight"])
@pytest.mark.parametrize("layout", [*sorted(RENDERERS), "one_run"])
def test_rows_closed_by_the_core_flag(tmp_path: Path, layout: str, mistake: str | None) -> None:
    from layouts.coreflag import core_rows, invent_core

    f = invent_core(2, mistake)
    render = one_run if layout == "one_run" else RENDERERS[layout]
    result = audit_paths([str(_write(tmp_path, render(core_rows(f))))])
    (doc,) = result.documents
    assert doc.header["部门"].value == f.dept
    t = doc.funds["total"]
    assert (t.rate.dec, t.weight.dec, t.score.dec) == (f.rate, f.exec_weight, f.exec_score)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(r.weight, r.score) for r in f.rows]
    assert all((i.level3.str_ or "").startswith(r.name) for i, r in zip(doc.indicators, f.rows, strict=True))
    assert doc.total_score.dec == f.total
    assert {x.kind for x in result.findings if x.severity == "error"} == CORE_EXPECTED[mistake]


def test_weight_and_score_run_together_split_one_way_or_not_at_all() -> None:
    from jixiao.read.recognise.coreflag import weight_and_score

    assert weight_and_score("1010") == ("10", "10") and weight_and_score("107.6", Decimal(76)) == ("10", "7.6")
    assert weight_and_score("22", Decimal(100)) == ("2", "2") and weight_and_score("100100") == ("100", "100")
    assert weight_and_score("111") == ("11", "1")  # 1 and 11 would score over the weight
    # with the coefficient 100%, neither 11 and 1 nor 1 and 11 gives score = weight × 100%: not read
    assert weight_and_score("111", Decimal(100)) is None
    assert weight_and_score("1516", Decimal(107)) == ("15", "16")  # over its weight, as the coefficient says


@pytest.mark.parametrize("layout", ["flattened", "row_lines", "cell_lines"])
def test_an_indicator_table_without_a_weight_column(tmp_path: Path, layout: str) -> None:
    """三级指标 | 年初目标值 | 实际完成值 | 得分 (the 20-point forms print no 分值 per indicator): targets, actuals and
    scores are read, no weight is invented, and the sums that need weights are not checked."""
    p = invent(12)
    grid = rows(p, VARIANTS["national"])
    h = next(k for k, r in enumerate(grid) if r[:2] == ["绩效指标", "一级指标"])
    grid[h] = ["绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"]
    for r in grid[h + 1 : -1]:
        del r[6]  # the weight cell
        del r[7:]  # and the reason column
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](grid[:-1])))])
    (doc,) = result.documents
    assert [(i.level3.value, i.score.dec) for i in doc.indicators] == [(i.name, i.score) for i in p.indicators]
    assert all(i.weight.value is None for i in doc.indicators)
    assert doc.indicators[0].actual.value == p.indicators[0].actual
    assert any("没有分值栏" in x.message for x in doc.problems)
    assert [f.message for f in result.findings if f.severity == "error"] == []


def test_header_words_broken_inside_their_labels(tmp_path: Path) -> None:
    """年度 / 指标值实际 / 完成值分 / 值得 / 分偏差原因: the header read again as labels; 总分 100.0092.78 split by
    the weights' sum. Before, the indicator table had no weight column and no row was read."""
    p = invent(14)
    text = degrade.broken_label_words(RENDERERS["flattened"](rows(p, VARIANTS["national"])))
    assert "分 值得 分" in text and f"总分 100.00{p.total:.2f}" in text
    doc = _one(tmp_path, text)
    _figures_match(doc, p)


def test_a_year_or_a_template_number_is_never_a_weight(tmp_path: Path) -> None:
    from jixiao.read.recognise.tokens import _split_text_number

    # 指标2 (the next empty template row's label) is split off; 2020 stays whole, never a weight
    assert _split_text_number("质量等合格合格2020指标2") == ["质量等合格合格", "2020", "指标2"]
    assert _split_text_number("完成率2") == ["完成率", "2"]
    p = invent(15)
    grid = rows(p, VARIANTS["national"])
    h = next(k for k, r in enumerate(grid) if r[:2] == ["绩效指标", "一级指标"])
    grid[h + 1][6] = "2020"  # the first row's weight cell holds a year
    doc = _one(tmp_path, RENDERERS["flattened"](grid))
    assert all(i.weight.dec is None or i.weight.dec <= 100 for i in doc.indicators)
    assert any("不可能是分值" in x.message for x in doc.problems)
