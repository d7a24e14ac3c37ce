"""Audit checks on records typed from the seeds' figures: the input as the form writes it, the figure the
document reports, and what the arithmetic says."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.audit import rounding_detect
from jixiao.audit.artefacts import check_float_artefacts
from jixiao.audit.consistency import check_body_rates, check_repeated
from jixiao.audit.dept import check_evidence_table
from jixiao.audit.engine import FileAudit, audit_file
from jixiao.audit.funds import check_funds
from jixiao.audit.indicators import check_indicators
from jixiao.audit.plausibility import check_plausibility
from jixiao.audit.totals import DEFAULT_GRADES, check_bounds, check_grade, check_total, check_weights
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document, FundsRow, IndicatorRow, Val
from jixiao.core.rounding import Rounding
from jixiao.core.source import Source
from jixiao.frameworks import Framework, get_builtin
from jixiao.read.text import read_text_tables

F = "form.txt"
YANGPU = get_builtin("yangpu-2022-project")  # seed 004's forms
SHANGHAI = get_builtin("shanghai-2023-project")  # seed 001's forms


def v(text: str | None, line: int = 1) -> Val:
    if text is None:
        return Val(None)
    d = parse_decimal(text)
    return Val(d if d is not None else text, text, Source(F, line=line))


def form(
    name: str,
    funds: tuple[str, str, str, str | None, str | None],
    indicators: list[tuple[str, str, str, str, str, str]] = (),  # type: ignore[assignment]
    total: str | None = None,
    grade: str | None = None,
    subs: dict[str, tuple[str, str, str]] | None = None,
) -> Document:
    """A project form: funds (全年预算数, 全年执行数, 分值, 执行率, 得分) and rows (三级指标, 指标值, 实际值, 分值, 得分, 偏差原因)."""
    budget, executed, weight, rate, score = funds
    doc = Document("project_self_evaluation", "财政项目支出绩效自评表", Source(F, line=1))
    doc.header["项目名称"] = v(name)
    doc.funds["total"] = FundsRow(v(budget), v(budget), v(executed, 2), v(weight, 2), v(rate, 2), v(score, 2))
    for key, (init, annual, spent) in (subs or {}).items():
        doc.funds[key] = FundsRow(v(init, 3), v(annual, 3), v(spent, 3))
    for k, (label, target, actual, w, s, note) in enumerate(indicators):
        line = 10 + k
        doc.indicators.append(IndicatorRow(
            level3=v(label, line), target=v(target, line), actual=v(actual, line), weight=v(w, line),
            score=v(s, line), deviation_note=v(note or None, line), source=Source(F, line=line),
        ))
    doc.total_score = v(total, 40)
    doc.grade = v(grade, 41)
    return doc


def kinds(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.kind for f in findings]


# Seed 001 forms (万元): 全年预算数, 全年执行数, 分值, 执行率, 得分 as published.
SEED_001 = [
    ("产业转型升级重点工作", ("1995.03", "1984.00", "10.00", "99.44", "9.94")),
    ("干部人才工作", ("127.70", "103.37", "10.00", "80.94", "8.09")),
    ("机关党委工作", ("59.80", "30.07", "10.00", "50.28", "5.02")),
    ("纪检专项工作经费", ("30.00", "0.66", "10.00", "2.20", "0.22")),
    ("上海市城市数字化转型专项资金", ("15000.00", "14992.90", "10.00", "99.95", "9.99")),
    ("系统群团工作", ("151.00", "139.31", "10.00", "92.25", "9.22")),
    ("综治稳定工作", ("7.90", "3.48", "10.00", "44.05", "4.40")),
]
# Seed 004 forms (元).
SEED_004 = [
    ("科学技术普及发展专项", ("17556000.00", "14366388.61", "10", "81.84", "8")),
    ("产业扶持", ("937556000.00", "908613114.04", "10", "96.92", "9.69")),
    ("杨浦区“一网统管”建设专项", ("409954216.00", "400947074.63", "10", "97.81", "9.78")),
    ("全区数字信息化建设及管理专项", ("15276100.00", "13769083", "10", "90.14", "9.01")),
    ("社保卡管理专项经费", ("50000.00", "39974", "10", "79.95", "8")),
]


def test_seed_001_truncates_rate_and_score() -> None:
    conv = rounding_detect.infer([form(n, f) for n, f in SEED_001])
    assert conv.rate == Rounding("truncate", 2)  # 1984.00/1995.03 = 99.447…% is published 99.44
    assert conv.score == Rounding("truncate", 2)  # 10 × 50.28% = 5.028 is published 5.02
    assert conv.rate_matched == conv.forms == 7
    for n, f in SEED_001:
        assert [x for x in check_funds(form(n, f), conv) if x.kind != "over_budget"] == []


def test_seed_004_rounds_rate_up_and_score_half_up_and_flags_the_departure() -> None:
    docs = [form(n, f) for n, f in SEED_004]
    conv = rounding_detect.infer(docs)
    assert conv.rate == Rounding("ceiling", 2)  # 14366388.61/17556000 = 81.8318…% is published 81.84
    assert conv.score == Rounding("half_up", 2)  # 10 × 79.95% = 7.995 is published 8
    assert (conv.score_matched, conv.score_forms) == (4, 5)
    found = check_funds(docs[0], conv)
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [
        ("rounding_departure", "suspect", "8", "8.18")
    ]
    assert "四舍五入保留0位" in found[0].message
    assert check_funds(docs[4], conv) == []  # 8 is 7.995 rounded half-up: not a departure


def test_rounding_up_is_a_convention_only_where_two_forms_show_it() -> None:
    """云南隆阳's form prints 得分 2.16 for 20 × 30.00 ÷ 278.4449 = 2.1548 (10.77%): only rounding up (进位, in the
    unit's favour) gives it. One form alone is no convention: the score is a departure to report, not hidden."""
    lone = form("化肥减量增效示范县", ("278.4449", "30.00", "20", "10.77", "2.16"))
    conv = rounding_detect.infer([lone])
    assert conv.score == Rounding("half_up", 2)
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in check_funds(lone, conv)] == [
        ("rounding_departure", "suspect", "2.16", "2.15")]
    pair = [lone, form("耕地质量提升", ("100", "50.123", "10", "50.12", "5.02"))]  # 5.012 rounded up, too
    conv = rounding_detect.infer(pair)
    assert conv.score == Rounding("ceiling", 2) and conv.score_matched == 2
    assert [f for d in pair for f in check_funds(d, conv)] == []


def test_a_rate_no_rounding_explains_is_an_error() -> None:
    conv = rounding_detect.infer([form(n, f) for n, f in SEED_001])
    doc = form("干部人才工作", ("127.70", "103.37", "10.00", "80.49", "8.09"))
    [f] = check_funds(doc, conv)
    assert (f.kind, f.severity, f.reported, f.recomputed) == ("execution_rate", "error", "80.49%", "80.94%")
    assert "103.37÷127.70×100%=80.94%" in f.message


def test_a_rate_is_explained_only_to_the_places_it_is_printed_with() -> None:
    """宣城's transfer form prints 31.00% for 46 ÷ 148 = 31.08%. Truncated to one place, 31.08 is 31.0, but a rate
    printed to two places was not rounded to one: the lone form's convention is the default, and its rate an error.
    Before, the form explained itself (执行率截尾保留1位小数, 1 of 1) and the mistake was hidden. The same rate printed
    31.0% is truncation to one place, and no mistake."""
    wrong = form("动物防疫补助", ("148", "46", "10", "31.00", None))
    conv = rounding_detect.infer([wrong])
    assert conv.rate == Rounding("half_up", 2) and conv.rate_matched == 0
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in check_funds(wrong, conv)] == [
        ("execution_rate", "error", "31.00%", "31.08%")]
    one_place = form("动物防疫补助", ("148", "46", "10", "31.0", None))
    conv = rounding_detect.infer([one_place])
    assert conv.rate == Rounding("truncate", 1) and conv.rate_matched == 1
    assert check_funds(one_place, conv) == []


def test_a_rate_printed_as_a_fraction_is_read_as_one_not_flagged() -> None:
    """云南施甸's form heads its column 执行率(B/A) and prints 94÷650 as 0.1: read as a percent that is 0.1%
    against 14.46%, an error the form does not deserve. As a fraction rounded to its one place it agrees."""
    doc = form("新型农业经营主体扶持", ("650", "94", "20", "0.1", "2.9"))
    found = check_funds(doc, rounding_detect.DEFAULT)
    # the score 2.9 is 20 × 14.46% rounded to one place, not the default two: a departure, never an error
    assert [(f.kind, f.severity) for f in found] == [("rate_as_fraction", "info"), ("rounding_departure", "suspect")]
    assert "94÷650=0.1" in found[0].message and "14.46%" in found[0].message
    assert "按四舍五入保留1位小数得出" in found[1].message  # the plainest rounding that gives it, not 进位 to two places
    # a fraction that does not agree stays an error; a percent without its sign is not a fraction
    assert kinds(check_funds(form("x", ("650", "94", "20", "0.3", None)), rounding_detect.DEFAULT)) == ["execution_rate"]
    assert check_funds(form("x", ("650", "650", "20", "100", None)), rounding_detect.DEFAULT) == []
    assert rounding_detect.figures(doc).rate is None  # and it is no evidence of the file's percent rounding


@settings(max_examples=60, deadline=None)
@given(
    cents=st.lists(st.tuples(st.integers(100, 10**9), st.integers(0, 10**9)), min_size=3, max_size=8),
    mode=st.sampled_from(["truncate", "half_up", "ceiling"]),
)
def test_inferred_convention_reproduces_every_form_written_with_one(cents, mode) -> None:  # type: ignore[no-untyped-def]
    """Forms published under one convention: the inferred one reproduces all of them, and no funds finding."""
    r = Rounding(mode, 2)
    docs = []
    for budget_c, spent_c in cents:
        budget, spent = Decimal(budget_c) / 100, Decimal(min(spent_c, budget_c)) / 100
        rate = r.apply(spent / budget * 100)
        score = r.apply(Decimal(10) * rate / 100)
        docs.append(form("p", (str(budget), str(spent), "10", str(rate), str(score))))
    conv = rounding_detect.infer(docs)
    assert conv.rate_matched == conv.forms == len(docs)
    assert conv.score_matched == len(docs)
    assert all(check_funds(d, conv) == [] for d in docs)


def test_a_sub_rows_rate_printed_as_a_fraction_is_no_error() -> None:
    """安徽裕安's form prints 0.958 on both the total row and 其中：当年财政拨款 (27.8÷29): the total row was read as a
    fraction while the sub-row was reported as an error 0.958% → 95.86%, one the form does not deserve. A sub-row's
    fraction that no rounding gives is still wrong."""
    def doc(sub_rate: str) -> Document:
        d = form("文物保护专项经费", ("40", "38.3", "9", "0.958", "8.62"))
        d.funds["current_year"] = FundsRow(v("40", 3), v("40", 3), v("38.3", 3), v("9", 3), v(sub_rate, 3), v("8.62", 3))
        return d
    assert [(f.kind, f.severity) for f in check_funds(doc("0.958"), rounding_detect.DEFAULT)] == [
        ("rate_as_fraction", "info")]
    [wrong] = [f for f in check_funds(doc("0.948"), rounding_detect.DEFAULT) if f.severity == "error"]
    assert (wrong.kind, wrong.reported, wrong.recomputed) == ("execution_rate", "0.948%", "95.75%")


def test_sub_rows_must_sum_to_the_total() -> None:
    # Seed 004 产业扶持: 年初预算数 964246000.00 in total, 0 in every sub-row.
    doc = form("产业扶持", ("937556000.00", "908613114.04", "10", "96.92", "9.69"),
               subs={"current_year": ("0", "937556000", "908613114.04"), "carried_over": ("0", "0", "0"),
                     "other": ("0", "0", "0")})
    doc.funds["total"].initial_budget = v("964246000.00")
    found = [f for f in check_funds(doc, rounding_detect.DEFAULT) if f.kind == "funds_sum"]
    assert [(f.severity, f.reported, f.recomputed) for f in found] == [("error", "964246000.00", "0")]


def test_spent_above_budget_and_rate_on_a_row_without_budget() -> None:
    # Seed 001 上海市中小企业发展专项资金: 10127.42 spent of 10000.00; 上年结转资金 0 budgeted, 129.46 spent, rate 0.00.
    doc = form("上海市中小企业发展专项资金", ("10000.00", "10127.42", "10.00", "101.27", "10.00"),
               subs={"current_year": ("10000.00", "10000.00", "9997.96"), "carried_over": ("0.00", "0.00", "129.46")})
    doc.funds["carried_over"].rate = v("0.00", 4)
    found = check_funds(doc, rounding_detect.DEFAULT)
    assert ("over_budget", "10127.42", "10000.00") in [(f.kind, f.reported, f.recomputed) for f in found]
    assert "rate_wrong_row" in kinds(found)



def _with_scored_sub_row(weight: str, rate: str | None, score: str) -> Document:
    """六安 2021 公共文化服务体系经费: the total row 200 / 179.43 / 10 / 89.7% / 9, and 其中：当年财政拨款 printing
    its own 分值, 执行率 and 得分 for the same money."""
    doc = form("公共文化服务体系经费", ("200", "179.43", "10", "89.7", "9"),
               subs={"current_year": ("200", "200", "179.43")})
    row = doc.funds["current_year"]
    row.weight, row.rate, row.score = v(weight, 3), v(rate, 3), v(score, 3)
    return doc


def test_a_sub_row_score_is_its_own_weight_times_its_rate() -> None:
    conv = rounding_detect.Convention(Rounding("half_up", 1), Rounding("half_up", 0))
    assert check_funds(_with_scored_sub_row("10", "89.7", "9"), conv) == []
    found = [f for f in check_funds(_with_scored_sub_row("10", "89.7", "7"), conv) if f.row == "其中：当年财政拨款"]
    assert [(f.kind, f.severity, f.reported, f.recomputed) for f in found] == [("execution_score", "error", "7", "9")]
    assert found[0].message.startswith("当年财政拨款的执行得分应为10×min(89.7%, 100%)=9")
    # 8 is 8.97 cut off: another rounding explains it, so it departs from the file's convention (疑似)
    (dep,) = check_funds(_with_scored_sub_row("10", None, "8"), conv)
    assert (dep.kind, dep.severity, dep.reported) == ("rounding_departure", "suspect", "8")
    # a sub-row whose printed rate is itself wrong is left to the rate's finding
    assert kinds(check_funds(_with_scored_sub_row("10", "79.7", "7"), conv)) == ["execution_rate"]



def test_a_sub_row_rate_printed_to_its_forms_own_places() -> None:
    """稷山 2020: a form printing whole percents (99% for 65.07 ÷ 65.66 on the total row and on 其中：当年财政拨款) in a
    file whose other forms print two places (``bench.corpus_perturb`` after_project): the sub-row follows its own form,
    as the total row does (whose departure the rounding finding reports), no error; a sub-row rate no rounding to its
    form's places gives is still one, and so is a whole percent on the sub-row of a form printing two places."""
    conv = rounding_detect.Convention(Rounding("half_up", 2), Rounding("half_up", 2))

    def sub_row_findings(total_rate: str, sub_rate: str) -> list[tuple[str, str]]:
        doc = form("建档立卡个人缴费配套资金", ("65.66", "65.07", "10", total_rate, "9.91"),
                   subs={"current_year": ("65.66", "65.66", "65.07")})
        doc.funds["current_year"].rate = v(sub_rate, 3)
        return [(f.kind, f.severity) for f in check_funds(doc, conv) if f.row == "其中：当年财政拨款"]

    assert sub_row_findings("99%", "99%") == []
    assert sub_row_findings("99%", "95%") == [("execution_rate", "error")]
    assert sub_row_findings("99.10%", "99%") == [("execution_rate", "error")]

SEED_001_FORM = [
    ("时尚创意交流活动", "=2(场)", "2.00(场)", "10.00", "10.00", ""),
    ("产业投资年报", "=160(份)", "160.00(份)", "10.00", "10.00", ""),
    ("节能量审核", "=5(次)", "5.00(次)", "10.00", "10.00", ""),
    ("投资政策汇编", "=160(次)", "160.00(次)", "10.00", "10.00", ""),
    ("生产性服务业杂志", "=4(期)", "4.00(期)", "10.00", "10.00", ""),
    ("高新技术产业动态", "=400(份)", "400.00(份)", "10.00", "10.00", ""),
    ("重点结构调整项目审核", "=36(次)", "36.00(次)", "10.00", "10.00", ""),
    ("项目完成度", "80以上", "80以上", "5.00", "5.00", ""),
    ("完成时间", "1年内", "全部完成", "5.00", "5.00", ""),
    ("落实国家产业政策", "有效", "有效", "5.00", "5.00", ""),
    ("企业满意度", "90以上", "90以上", "5.00", "5.00", ""),
]


def test_weights_total_and_grade_of_a_form_that_adds_up() -> None:
    doc = form("产业转型升级重点工作", ("1995.03", "1984.00", "10.00", "99.44", "9.94"), SEED_001_FORM, "99.94", "优")
    assert check_weights(doc) == []
    assert check_total(doc) == []
    assert check_grade(doc, DEFAULT_GRADES, True) == []
    assert check_bounds(doc) == []


def test_wrong_total_wrong_grade_and_a_score_above_its_weight() -> None:
    rows = list(SEED_001_FORM)
    rows[0] = ("时尚创意交流活动", "=2(场)", "2.00(场)", "10.00", "12.00", "")
    doc = form("产业转型升级重点工作", ("1995.03", "1984.00", "10.00", "99.44", "9.94"), rows, "89.94", "优")
    [total] = check_total(doc)
    assert (total.kind, total.severity, total.reported, total.recomputed) == ("total_sum", "error", "89.94", "101.94")
    [grade] = check_grade(doc, DEFAULT_GRADES, True)
    assert (grade.reported, grade.recomputed) == ("优", "良")  # 89.94 is 良: [80, 90)
    [bound] = check_bounds(doc)
    assert (bound.kind, bound.reported, bound.recomputed) == ("score_bounds", "12.00", "10.00")


def test_weights_that_do_not_sum_to_100() -> None:
    rows = SEED_001_FORM[:-1]
    doc = form("产业转型升级重点工作", ("1995.03", "1984.00", "10.00", "99.44", "9.94"), rows, "94.94", "优")
    [f] = check_weights(doc)
    assert (f.kind, f.reported, f.recomputed) == ("weight_sum", "100", "95.00")


def test_missing_grade_is_suspect_only_when_the_file_gives_grades() -> None:
    doc = form("上海市促进产业高质量发展专项资金", ("187229.00", "298771.40", "10.00", "159.57", "10.00"), [], "100")
    [f] = check_grade(doc, DEFAULT_GRADES, True)
    assert (f.kind, f.severity, f.recomputed) == ("missing_grade", "suspect", "优")
    assert check_grade(doc, DEFAULT_GRADES, False) == []


# Seed 004 rows: (三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因).
def test_partial_scores_against_actual_over_target() -> None:
    rows = [
        ("完成外国人来华工作许可相关审批", ">=2500", "1458", "2.5", "1.5", "因疫情等"),  # 2.5×1458/2500 = 1.458
        ("引入企业是否工商注册完成", "5", "3", "2.5", "1.5", "因中美疫"),  # 2.5×3/5 = 1.5
        ("集成电路：市级拨付企业数配套拨付数", ">=100%", "0%", "2.5", "1", "因疫情原因"),  # rule gives 0
        ("境外和海外回流高端紧缺人才个人所得税补贴发放及时率", ">=100%", "93.8%", "2", "2", "部分资金延迟"),
        ("区块链企业满意度", ">=95%", "", "20", "20", ""),
        ("运维人员平均故障解决时间", "<=48小时", "<=48小时", "15", "15", ""),
    ]
    doc = form("产业扶持", ("937556000.00", "908613114.04", "10", "96.92", "9.69"), rows)
    found = {(f.row, f.kind, f.reported, f.recomputed) for f in check_indicators(doc, YANGPU)}
    assert found == {
        ("集成电路：市级拨付企业数配套拨付数", "partial_score", "1", "0.00"),
        ("境外和海外回流高端紧缺人才个人所得税补贴发放及时率", "full_score_missed_target", "2", "1.88"),
        ("区块链企业满意度", "score_without_actual", "20", None),
    }


def test_a_reverse_target_scores_target_over_actual() -> None:
    rows = [("办案人员被投诉次数", "≤2", "4", "10.00", "5.00", "投诉增加")]  # 10 × 2/4 = 5
    assert check_indicators(form("纪检", ("30.00", "0.66", "10.00", "2.20", "0.22"), rows), SHANGHAI) == []
    rows = [("办案人员被投诉次数", "≤2", "4", "10.00", "8.00", "投诉增加")]
    [f] = check_indicators(form("纪检", ("30.00", "0.66", "10.00", "2.20", "0.22"), rows), SHANGHAI)
    assert (f.kind, f.recomputed) == ("partial_score", "5.00")


def test_low_execution_rated_excellent_copied_actuals_and_missing_reason() -> None:
    # Seed 001 纪检专项工作经费: 0.66 of 30.00 spent (2.20%), rated 优, actuals equal to targets.
    rows = [
        ("审查调查次数", "8", "8", "20.00", "20.00", ""),
        ("问题线索处置率", "100", "100", "20.00", "20.00", ""),
        ("案件办理时限达标率", "100", "100", "20.00", "20.00", ""),
        ("信访举报办结率", "100", "100", "20.00", "18.00", ""),
        ("办案人员被投诉次数", "2", "≤2", "10.00", "10.00", ""),
    ]
    doc = form("纪检专项工作经费", ("30.00", "0.66", "10.00", "2.20", "0.22"), rows, "88.22", "优")
    found = {f.kind: f for f in check_plausibility(doc)}
    assert found["low_rate_top_grade"].reported == "2.20%"
    assert "2.20%" in found["low_rate_top_grade"].message and "优" in found["low_rate_top_grade"].message
    assert "5个指标中4个" in found["copied_actuals"].message
    assert found["missing_reason"].row == "信访举报办结率"
    assert found["vague_target"].severity == "info"  # "8", "100": numbers without units


def test_all_full_marks_is_info() -> None:
    doc = form("产业转型升级重点工作", ("1995.03", "1984.00", "10.00", "99.44", "9.94"), SEED_001_FORM, "99.94", "优")
    f = next(f for f in check_plausibility(doc) if f.kind == "all_full_marks")
    assert f.severity == "info" and "11" in f.message


def text_file(text: str):  # type: ignore[no-untyped-def]
    return read_text_tables(text, "report.txt")


def name(_src: Source) -> str:
    return "doc"


def test_float_artefact_is_found_where_published() -> None:
    fr = text_file("| 总分 | | | | | | 100 | 94.47999999999999 |\n| 合计 | 1 |\n")
    [f] = check_float_artefacts(fr.tables, fr.body, name)
    assert (f.kind, f.reported, f.recomputed) == ("float_artefact", "94.47999999999999", "94.48")
    assert f.location is not None and f.location.line == 1 and f.location.cell == "C8"


def test_amounts_run_together_are_no_float_artefact() -> None:
    """Cells run together with no separator (145000000.00145000000.00145000000.0010100.0%10: three amounts, a
    weight, a rate and a score) hold no thirteen-digit fraction; a long fraction that ends its number still counts."""
    for glued in ("145000000.00145000000.00145000000.0010100.0%10", "年度资金总额33.5000000000033.50000000000",
                  "| 其他资金 | 2400.002400.002400.00 |"):
        fr = text_file(f"{glued}\n")
        assert check_float_artefacts(fr.tables, fr.body, name) == [], glued
    fr = text_file("执行率为94.47999999999999。\n")
    [f] = check_float_artefacts(fr.tables, fr.body, name)
    assert (f.reported, f.recomputed) == ("94.47999999999999", "94.48")


SEED_002_B1 = (
    "一级指标\t二级指标\t三级指标\t权重 分\t标准值\t评分规则\t业绩值及评分过程\t得分\n"
    "\t\tB11预算调整率\t2.00\t0\t①比率=0%,得满分;\t预算调整率= (93367667.77-7701 1000) ÷77011000×100%=21.24% , 扣减2分, 不得分。\t0.00\n"
    "\t\tB12预算执行率\t2.00\t100%\t①比率=100%,得满分;\t预算执行率= (87877569.18÷ 93367667.77) ×100%={rate}%, 扣减0.12分, 得1.88分。\t{score}\n"
    "\t\tB13结转结余率\t1.00\t0%\t①比率=0%,得满分;\t结转结余率= (2717710.86÷ 93367667.77) ×100%=2.91%, 扣 减0.2分, 得0.8分。\t0.80\n"
)


def nanjing(_src: Source) -> Framework:
    return get_builtin("nanjing-2024-dept")


def test_evidence_formulas_hold_in_seed_002() -> None:
    fr = text_file(SEED_002_B1.format(rate="94.12", score="1.88"))
    assert check_evidence_table(fr.tables[0], name, nanjing) == []


def test_evidence_formula_that_does_not_hold() -> None:
    fr = text_file(SEED_002_B1.format(rate="94.21", score="1.88"))
    found = check_evidence_table(fr.tables[0], name, nanjing)
    rate = next(f for f in found if f.kind == "evidence_formula")
    assert (rate.severity, rate.reported, rate.recomputed, rate.row) == ("error", "94.21%", "94.12%", "B12预算执行率")
    fr = text_file(SEED_002_B1.format(rate="94.12", score="1.90"))
    found = check_evidence_table(fr.tables[0], name, nanjing)
    assert {(f.kind, f.severity, f.reported, f.recomputed) for f in found} == {
        ("evidence_score", "error", "1.90", "1.88"),  # 2 × 94.12% by the rule
        ("evidence_score", "suspect", "1.90", "1.88"),  # the text itself says 得1.88分
    }


SEED_002_BODY = (
    "2024年实际支出8,787.76万元, 预算执行率96.26%。其中: 基本支出7,328.87万元, 预算执行率84.62%; "
    "项目支出1,458.89万元, 预算执行率94.12%。详情见表1。\n\n"
    "表1: 2024年度南京市工业和信息化局(本级)部门预算安排与支出情况单位: 万元\n\n"
    "支出类别\t年初预算数\t调整后预算数\t实际支出数\t预算执行率\n"
    "基本支出\t7,196.93\t7,612.64\t7,328.87\t96.26%\n"
    "项目支出\t504.17\t1,724.13\t1,458.89\t84.62%\n"
    "合计\t7,701.10\t9,336.77\t8,787.76\t94.12%\n"
)


def test_seed_002_rates_in_the_text_belong_to_other_rows() -> None:
    fr = text_file(SEED_002_BODY)
    found = check_body_rates(fr.tables, fr.body, name)
    got = {(f.row, f.reported, f.recomputed) for f in found}
    assert got == {("合计", "96.26%", "94.12%"), ("基本支出", "84.62%", "96.27%"), ("项目支出", "94.12%", "84.62%")}
    by_row = {f.row: f for f in found}
    assert "84.62%是“项目支出”一行的执行率" in by_row["基本支出"].message
    assert "94.12%是“合计”一行的执行率" in by_row["项目支出"].message
    assert all(f.kind == "rate_wrong_row" and f.severity == "error" for f in found)


def test_seed_002_table_rate_of_basic_spending() -> None:
    from jixiao.audit.tables import check_tables

    fr = text_file(SEED_002_BODY)
    [f] = check_tables(fr.tables, name)
    assert (f.row, f.reported, f.recomputed) == ("基本支出", "96.26%", "96.27%")  # 7328.87/7612.64 = 96.2725%


SEED_003 = (
    "评价分值\t89.47\n\n"
    "此次部门整体绩效评价期间为 2016 年 1 月 1 日至 2016 年 12 月 31 日。绩效评价结果为 88.93 分，绩效评级为“良”。\n"
    "的绩效评价中，对各街镇、园区、企业开展了满意度调查，综合满意度 97.66%，服务对象满意度较高。\n"
    "部门管理类指标从投入管理、财务管理五方面考察，部门管理类指标总分 11.5 分，实际得分 8.52 分，得分率 74.09%。\n\n"
    "一级指标\t二级指标\t分值\t得分\t得分率\n"
    "A 部门决策\tA1 部门战略规划\t6.5\t6.2\t95.38%\n"
    "B 部门管理\tB1 投入管理\t6.5\t3.72\t57.23%\n"
    "\tB2 财务管理\t5\t4.7\t94.00%\n"
    "合计\t——\t18\t14.72\t81.78%\n\n"
    "C2031 服务对象满意度：对宝山区经信委服务对象进行了满意度调查，平均综合满意度 97.25%，得满分 2 分。\n\n"
    "\t\tC203 相关人员满意度\t6\tC2031 服务对象满意度\t3\t3\t100.00%\n"
)


def test_seed_003_the_same_figure_quoted_differently() -> None:
    fr = text_file(SEED_003)
    found = check_repeated(fr.tables, fr.body, name)
    got = {(f.kind, f.row, f.reported, f.recomputed) for f in found}
    assert ("figure_mismatch", "评价总分", "88.93", "89.47") in got
    assert ("figure_mismatch", "服务对象综合满意度", "97.25", "97.66") in got
    assert ("section_total", "B 部门管理", "8.52", "8.42") in got  # 3.72 + 4.7


def test_seed_003_total_row_that_does_not_add_up() -> None:
    from jixiao.audit.tables import check_tables

    fr = text_file(SEED_003)
    found = [f for f in check_tables(fr.tables, name) if f.kind == "table_total"]
    assert [(f.reported, f.recomputed) for f in found] == [("14.72", "14.62")]


def test_file_audit_files_findings_under_their_documents() -> None:
    doc = form("纪检专项工作经费", ("30.00", "0.66", "10.00", "2.20", "0.22"), [], "90.22", "优")
    fa = FileAudit(F, None, [doc])
    found = audit_file(fa)
    assert "low_rate_top_grade" in kinds(fa.by_doc[0])
    assert found[0].kind == "rounding_convention"


def test_dept_tree_scores_by_code() -> None:
    """Seed 003: 表3-0-1 gives B2 财务管理 4.7; its leaves B201–B204 score 1 + 2 + 1 + 0.8 = 4.8."""
    from jixiao.audit.dept_tree import check_tree_codes

    doc = Document("dept_evaluation", "部门整体支出绩效评价", Source(F, line=1))
    for k, (code, w, s) in enumerate([("B201", "1", "1"), ("B202", "2", "2"), ("B203", "1", "1"), ("B204", "1", "0.8")]):
        doc.indicators.append(IndicatorRow(code=v(code, 10 + k), weight=v(w, 10 + k), score=v(s, 10 + k)))
    doc.extra["nodes"] = {"B2": {"level": 2, "name": v("财务管理"), "weight": v("5", 3)}}
    doc.extra["level_scores"] = {"B2": v("4.7", 3)}
    [f] = check_tree_codes(doc)
    assert (f.kind, f.severity, f.row, f.reported, f.recomputed) == ("tree_score", "error", "B2 财务管理", "4.7", "4.8")
    doc.extra["level_scores"] = {"B2": v("4.8", 3)}
    assert check_tree_codes(doc) == []


def test_assessment_band_gap_and_a_formula_read_two_ways() -> None:
    """Seed 000: 完成好的得8-10分，完成较好的得6-7分 leaves 7 < x < 8 in no band; 每低于最高下载速率5%扣1分."""
    from jixiao.audit.assessment import check_assessment

    doc = Document("assessment_rules", "2024年度各区产业和信息化工作考核评分细则表", Source(F, line=1))
    doc.indicators = [
        IndicatorRow(level2=v("规模以上工业企业培育情况", 5), weight=v("10", 5),
                     rule_text=v("完成好的得 8-10 分，完成较好的得 6-7 分，完成一般的得 6 分以下。", 5)),
        IndicatorRow(level2=v("宽带用户下载速率", 6), weight=v("50", 6),
                     rule_text=v("最高下载速率的行政区为满分；每低于最高下载速率 5%扣 1 分（不足 5%的按 5%计算）。", 6)),
    ]
    doc.extra["section_sums"] = {"工业和信息服务业发展": Decimal(100), "城市数字赋能": Decimal(90)}
    doc.extra["draft_framework"] = {"indicators": [{"code": "A", "name": "工业", "children": [
        {"code": "A1", "name": "规模以上工业企业培育情况", "weight": "10", "params": {"bands": [
            {"band": "完成好", "min": "8", "max": "10"}, {"band": "完成较好", "min": "6", "max": "7"},
            {"band": "完成一般", "min": "0", "max": "6", "max_exclusive": True}]}}]}]}
    found = {f.kind: f for f in check_assessment(doc)}
    assert (found["section_points"].row, found["section_points"].reported) == ("城市数字赋能", "90")
    assert (found["band_gap"].reported, found["band_gap"].severity) == ("7-8", "suspect")
    assert "7.5" in found["band_gap"].message
    assert found["ambiguous_formula"].severity == "info" and "百分点" in found["ambiguous_formula"].message
    assert "band_gap" not in kinds(check_assessment(Document("assessment_rules", None, Source(F))))


def test_evidence_arithmetic_is_exact_and_only_arithmetic() -> None:
    from jixiao.audit.evidence import evaluate, find_formulas

    assert evaluate("(93367667.77-77011000)÷77011000") == (Decimal("93367667.77") - 77011000) / 77011000
    assert evaluate("__import__('os').system('true')") is None
    assert evaluate("2**10") is None
    [f] = find_formulas("预算调整率= (93367667.77-7701 1000) ÷77011000×100%=21.24% , 扣减2分, 不得分。")
    assert (f.name, f.published, f.recomputed) == ("预算调整率", Decimal("21.24"), Decimal("21.24"))


@given(st.decimals(min_value=1, max_value=10**9, places=2), st.decimals(min_value=1, max_value=10**9, places=2))
def test_evidence_division_matches_decimal(a: Decimal, b: Decimal) -> None:
    from jixiao.audit.evidence import evaluate

    assert evaluate(f"({a}÷{b})") == a / b


def test_a_table_that_lists_its_measures_down_the_side() -> None:
    """Seed 003 表1-4: 基本支出 / 项目支出 / 合计 across, 调整后预算 / 支出决算数 / 预算执行率 down."""
    from jixiao.audit.tables import check_tables

    text = (
        "\t基本支出\t项目支出\t合计\n年初预算\t1053.62\t1666.22\t2719.84\n调整后预算\t1365.01\t2876.62\t4241.63\n"
        "支出决算数\t1201.59\t1967.87\t3169.46\n预算执行率\t88.03%\t{rate}%\t74.72%\n"
    )
    assert check_tables(text_file(text.format(rate="68.41")).tables, name) == []
    [f] = check_tables(text_file(text.format(rate="74.72")).tables, name)
    assert (f.kind, f.row, f.reported, f.recomputed) == ("rate_wrong_row", "项目支出", "74.72%", "68.41%")
    assert "74.72%是“合计”的执行率" in f.message


def test_a_rate_quoted_after_its_own_budget_and_spending() -> None:
    """Seed 002: 预算29854万元…实际拨付29833.73万元,预算执行率为99.9% (29833.73/29854 = 99.93%) holds."""
    line = "2024年工业和信息化发展专项资金预算29854万元。截至2024年底,实际拨付29833.73万元,预算执行率为{rate}%。"
    fr = text_file(line.format(rate="99.9"))
    assert check_body_rates(fr.tables, fr.body, name) == []
    fr = text_file(line.format(rate="98.9"))
    [f] = check_body_rates(fr.tables, fr.body, name)
    assert (f.kind, f.severity, f.reported, f.recomputed) == ("body_rate", "suspect", "98.9%", "99.93%")


WORDS = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "总分", "评分等级", "合计", "执行率", "得分", "分值",
         "项目名称", "预算执行率", "调整后预算数", "实际支出数", "优", "良", "0", "0.00", "100", "-", "≥95%", "》99",
         "10.00", "99.99", "1,984.00", "94.47999999999999", "=2(场)", "有效", "", "B11预算调整率", "A1", "得满分2分",
         "预算执行率=(1÷0)×100%=1%", "财政项目支出绩效自评表", "一级指标", "三级指标", "年度指标值", "实际完成值"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=9), min_size=1, max_size=30),
       st.booleans())
def test_any_table_text_audits_without_raising(rows: list[list[str]], pipes: bool) -> None:
    from jixiao.read.documents import recognise_documents

    sep = " | " if pipes else "\t"
    text = "\n".join(("| " + sep.join(r) + " |") if pipes else sep.join(r) for r in rows)
    fr = read_text_tables("财政项目支出绩效自评表\n" + text, "fuzz.txt")
    fa = FileAudit("fuzz.txt", fr, recognise_documents(fr))
    for f in audit_file(fa):
        assert f.severity in ("error", "suspect", "info") and f.message


def test_recomputed_form_beside_the_published_one() -> None:
    from jixiao.audit.recompute import form_lines

    docs = [form(n, f) for n, f in SEED_004]
    conv = rounding_detect.infer(docs)
    rows = [("完成外国人来华工作许可相关审批", ">=2500", "1458", "2.5", "1.5", "因疫情等")]
    doc = form("科学技术普及发展专项", SEED_004[0][1], rows, "9.5")
    lines = {ln.label: ln for ln in form_lines(doc, conv)}
    assert (lines["执行率"].published, lines["执行率"].recomputed, lines["执行率"].differs) == ("81.84%", "81.84%", False)
    assert (lines["执行得分"].published, lines["执行得分"].recomputed, lines["执行得分"].differs) == ("8", "8.18", True)
    row = lines["完成外国人来华工作许可相关审批"]
    assert (row.recomputed, row.differs) == ("1.46", False)  # 2.5 × 1458/2500 = 1.458, published 1.5
    assert (lines["总分"].recomputed, lines["评分等级"].recomputed) == ("9.64", "差")


A22 = ("\t\tA22绩效指标明确性\t2. 00\t明确\t①是否将部门整体预算绩效目标细化分解为具体的重点工作任务;\t"
       "绩效指标细化分解为具体的重点 工作任务,指标清晰,但量化程度 不足,扣减{cut}分,得1.5分\t{score}\n")


def test_deductions_in_the_evidence_text() -> None:
    """Seed 002 A22: weight 2.00, 扣减0.5分, 得1.5分, score 1.50."""
    fr = text_file(A22.format(cut="0.5", score="1.50"))
    assert check_evidence_table(fr.tables[0], name) == []
    fr = text_file(A22.format(cut="0.3", score="1.50"))
    [f] = check_evidence_table(fr.tables[0], name)
    assert (f.kind, f.reported, f.recomputed, f.row) == ("evidence_arithmetic", "1.5", "1.70", "A22绩效指标明确性")
    fr = text_file(A22.format(cut="0.5", score="1.60"))
    [f] = check_evidence_table(fr.tables[0], name)
    assert (f.kind, f.reported, f.recomputed) == ("evidence_score", "1.60", "1.5")
    # 不得分 is none of the weight, 得满分 (with or without its figure) the whole of it
    fr = text_file(A22.format(cut="2", score="0").replace("得1.5分", "不得分"))
    assert check_evidence_table(fr.tables[0], name) == []
    for full in ("得满分", "得满分2分"):
        fr = text_file(A22.format(cut="0.5", score="2.00").replace("得1.5分", full))
        [f] = check_evidence_table(fr.tables[0], name)
        assert (f.kind, f.reported, f.recomputed) == ("evidence_arithmetic", "2.00", "1.50")


def test_an_indicator_paragraph_against_its_row() -> None:
    """Seed 003: C2031 服务对象满意度 weighs 3 in the score table; its paragraph says 得满分 2 分."""
    from jixiao.audit.dept import check_leaf_evidence

    def leaf(code: str, w: str, s: str, text: str) -> IndicatorRow:
        return IndicatorRow(code=v(code, 5), level4=v("服务对象满意度", 5), weight=v(w, 5), score=v(s, 5),
                            evidence=v(text, 40), source=Source(F, line=5))

    doc = Document("dept_evaluation", "部门整体支出绩效评价", Source(F, line=1))
    doc.indicators = [leaf("C2031", "3", "3", "平均综合满意度 97.25%，得满分 2 分。")]
    [f] = check_leaf_evidence(doc)
    assert (f.kind, f.row, f.reported, f.recomputed) == ("figure_mismatch", "C2031服务对象满意度", "2", "3")
    doc.indicators = [leaf("B204", "1", "0.8", "有 2 项不符，扣 0.2 分，得 0.8 分。")]
    assert check_leaf_evidence(doc) == []
    doc.indicators = [leaf("B204", "1", "0.7", "有 2 项不符，扣 0.2 分，得 0.8 分。")]
    [f] = check_leaf_evidence(doc)
    assert (f.kind, f.reported, f.recomputed) == ("evidence_score", "0.7", "0.8")
    doc.indicators = [leaf("B204", "1", "0.8", "有 2 项不符，扣 0.3 分，得 0.8 分。")]
    [f] = check_leaf_evidence(doc)
    assert (f.kind, f.reported, f.recomputed) == ("evidence_arithmetic", "0.8", "0.7")


def test_an_execution_rate_is_exact_and_absent_without_a_positive_budget() -> None:
    from jixiao.audit.common import percent

    # seed 002 表1, 基本支出: 7,328.87 ÷ 7,612.64 × 100% = 96.2725…%, published as 96.26%
    assert Rounding("half_up", 2).apply(percent(Decimal("7328.87"), Decimal("7612.64")) or Decimal(0)) == Decimal("96.27")
    assert percent(Decimal("1458.89"), Decimal("1724.13")) == Decimal("1458.89") / Decimal("1724.13") * 100
    assert percent(Decimal("5"), Decimal("0")) is None
    assert percent(Decimal("5"), Decimal("-1")) is None
    assert percent(None, Decimal("1")) is None and percent(Decimal("1"), None) is None


@pytest.mark.parametrize("rows", [3, 5, 20])
def test_a_form_whose_actual_column_is_blank_throughout_is_one_finding(rows: int) -> None:
    """No row holds an actual value, every scored row a target: the column is blank (or its header was not read,
    the actuals run into the targets), one fact said once at the first row, never a suspicion on each row."""
    data = [(f"指标{k}:访视数", f"{200 + k}人", "", "2", "1.8", "") for k in range(1, rows + 1)]
    doc = form("基本公共卫生服务", ("207.45", "207.45", "10", "100", "10"), data)
    [f] = check_indicators(doc, YANGPU)
    assert (f.kind, f.severity, f.reported, f.location.line) == ("score_without_actual", "suspect", None, 10)
    assert f.message.startswith(f"{rows} 个指标都没有实际完成值却有得分")


def test_two_rows_without_an_actual_are_each_said() -> None:
    data = [("指标1:访视数", "214人", "", "2", "1.8", ""), ("指标2:建册数", "120人", "", "2", "1", "")]
    doc = form("基本公共卫生服务", ("207.45", "207.45", "10", "100", "10"), data)
    assert [(f.kind, f.row) for f in check_indicators(doc, YANGPU)] == [
        ("score_without_actual", "指标1:访视数"), ("score_without_actual", "指标2:建册数")]
