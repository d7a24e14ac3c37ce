"""Rates a 情况说明 states with both their amounts (generated: ``layouts.notes_rates``): a share whose whole stands
inside the 占 phrase ("占年计划B万元的x%") and a change joined to its rate by 、 ("减少D万元、下降x%") or with the rate
said to be 同比 ("同比减少D万元,同比下降x%"), and a completion rate of figures in 元 ("年初预算为B元,支出决算为A元,
完成年初预算的x%") are recomputed;
a rate planted ten units of its last place off is found at its line, and the correct texts give no finding."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.findings import Finding
from jixiao.read import read_path
from layouts.files import write
from layouts.notes_rates import invent

KINDS = ("text_percent", "text_growth")


def _found(tmp_path: Path, lines: list[str], kind: str = "final_accounts") -> list[tuple[str, int | None]]:
    p = write(tmp_path, "\n".join(lines) + "\n", "notes.txt")
    (doc,) = read_path(p).documents
    assert doc.type == kind
    return [(f.kind, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info" and f.kind in KINDS]


@pytest.mark.parametrize("seed", range(12))
def test_rates_with_both_amounts(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, invent(seed).lines) == []
    share = invent(seed, "share_of")
    assert _found(tmp_path, share.lines) == [("text_percent", share.share_line)]
    growth = invent(seed, "growth")
    assert _found(tmp_path, growth.lines) == [("text_growth", growth.growth_line)]
    done = invent(seed, "exec_yuan")
    assert _found(tmp_path, done.lines) == [("text_percent", done.exec_line)]


@pytest.mark.parametrize("seed", range(4))
def test_a_zero_said_before_another_lines_fall_is_not_its_base(tmp_path: Path, seed: int) -> None:
    """"其中:因公出国(境)费支出0.00元;公务接待费支出决算减少D元,下降x%": the 0 is another item's, not the base of a
    fall of x% (a line at 0 would have fallen by 100%); the item's own amount is in another paragraph."""
    now, fall = 30000 + 1000 * seed, 7000 + 500 * seed
    rate = (Decimal(fall) / Decimal(now + fall) * 100).quantize(Decimal("0.01"))
    lines = [f"某县某局{2030 + seed}年度部门决算情况说明", "一、“三公”经费支出决算情况",
             f"{2030 + seed}年度“三公”经费支出决算为{now}.00元,其中:公务接待费支出决算为{now}.00元。",
             f"“三公”经费支出决算数比上年减少{fall}.00元,下降{rate}%。其中:因公出国(境)费支出0.00元;"
             f"公务接待费支出决算减少{fall}.00元,下降{rate}%。"]
    assert [f for f in _found(tmp_path, lines, "sangong") if f[0] == "text_growth"] == []


@pytest.mark.parametrize("seed", range(6))
def test_a_share_of_several_amounts_is_not_the_last_ones(tmp_path: Path, seed: int) -> None:
    """"人员经费A万元、公用经费B万元,占本年支出W万元的x%": the share is of the amounts listed together (x = (A + B) ÷ W),
    not of the last: no part of its own to recompute (the list's separator, length and place vary). The last amount
    alone before the same 占 phrase, with that share, is still found."""
    names = ("人员经费", "公用经费", "对个人和家庭的补助", "资本性支出")
    parts = [Decimal(100 + 37 * seed + 13 * k) for k in range(2 + seed % 2)]
    whole = sum(parts) + Decimal(50 + seed)
    share = (sum(parts) / whole * 100).quantize(Decimal("0.01"))
    sep = ("、", "和", "及")[seed % 3]
    listed = sep.join(f"{n}{a:.2f}万元" for n, a in zip(names, parts, strict=False))
    head = ["某县某局2023年度部门决算情况说明", "一、支出决算情况",
            f"2023年度本年支出合计{whole:.2f}万元，比上年减少10.00万元、下降{10 / (whole + 10) * 100:.2f}%，主要原因是项目调整。"]
    assert _found(tmp_path, [*head, f"2023年度{listed}，占本年支出{whole:.2f}万元的{share}%。"]) == []
    alone = [*head, f"2023年度{names[0]}{parts[-1]:.2f}万元，占本年支出{whole:.2f}万元的{share}%。"]
    assert _found(tmp_path, alone) == [("text_percent", 4)]


@pytest.mark.parametrize("seed", range(8))
def test_a_change_said_of_two_lines_at_once_is_of_those_lines(tmp_path: Path, seed: int) -> None:
    """"收、支总计各减少D万元,下降x%" (各, 均, 分别, 都): the line named is 收、支总计, whose figure is the base; another
    figure of the paragraph that a wrong whole percent would fit is not taken for it (``layouts.notes_rates``)."""
    assert _found(tmp_path, invent(seed).lines) == []
    from layouts.notes_rates import both_lines
    assert [f for f in _found(tmp_path, both_lines(seed).lines) if f[0] == "text_growth"] == []
    planted = both_lines(seed, plant=True)
    assert [f for f in _found(tmp_path, planted.lines) if f[0] == "text_growth"] == [("text_growth", 3)]


@pytest.mark.parametrize("seed", range(6))
def test_a_change_of_one_kinds_both_totals_is_of_that_kinds_totals(tmp_path: Path, seed: int) -> None:
    """"财政拨款收入、支出总计各减少D万元,下降x%": x over 财政拨款收入总计 said before, not over the document's 收入总计
    (``layouts.notes_rates.kind_lines``)."""
    from layouts.notes_rates import kind_lines

    assert [f for f in _found(tmp_path, kind_lines(seed).lines) if f[0] == "text_growth"] == []
    planted = kind_lines(seed, plant=True)
    assert [f for f in _found(tmp_path, planted.lines) if f[0] == "text_growth"] == [("text_growth", 4)]


# the rate's line named where the words before it do not say it plainly (each text holds, then its rate is planted off)
_NAMED_ELSEWHERE = [
    # a second comparison after ";" whose clause before says the change's word after the line ("…经费较上年…减少")
    ("sangong", ["某镇2031年度“三公”经费决算情况说明",
                 "2031年度镇本级“三公”经费决算6.5万元,因公出国(境)费0万元,公务接待费2万元,公务用车运行维护费4.5万元。",
                 "经比较,2031年度镇本级“三公”经费较上年决算数减少0.5万元,下降7.1%;较年初预算数减少3.5万元,下降35%。"],
     "下降35%", "下降38%"),
    # the line's amount, then a clause that goes on with it ("为…取得的收入"), then the change in the next sentence
    ("final_accounts", ["某单位2031年度部门决算情况说明", "一、收入决算情况说明",
                        "本年收入合计120.00万元。上级补助收入8.40万元,为事业单位开展业务活动取得的收入。"
                        "较2030年度决算数减少16.80万元,下降66.67%,主要原因是补助减少。"],
     "下降66.67%", "下降67.67%"),
    # a change printed without its unit, in the unit of the amounts before it
    ("final_accounts", ["某镇2031年度部门决算情况说明", "一、收入支出决算总体情况说明",
                        "2031年度收入总计3874.92万元,支出总计3874.92万元。收支较上年减少484.05,降低11.1%,主要原因是项目减少。"],
     "降低11.1%", "降低12.1%"),
]


@pytest.mark.parametrize("kind, lines, said, planted", _NAMED_ELSEWHERE)
def test_a_rate_whose_line_is_named_elsewhere_is_checked(tmp_path: Path, kind: str, lines: list[str], said: str,
                                                         planted: str) -> None:
    assert _found(tmp_path, lines, kind) == []
    off = [x.replace(said, planted) for x in lines]
    assert _found(tmp_path, off, kind) == [("text_growth", len(lines))]


@pytest.mark.parametrize("seed", range(6))
def test_a_share_off_in_a_list_is_recomputed_over_the_lists_whole(tmp_path: Path, seed: int) -> None:
    """"收入预算中,一般公共预算拨款收入A万元,占x%;事业收入B万元,占y%" with y planted one point up: y is recomputed over
    the whole x is exactly of (A + B), not over whatever figure of the text comes nearest to y."""
    import random

    rng = random.Random(seed)
    a, b = Decimal(rng.randrange(50000, 150000)) / 100, Decimal(rng.randrange(3000, 12000)) / 100
    whole = a + b
    x, y = (a / whole * 100).quantize(Decimal("0.01")), (b / whole * 100).quantize(Decimal("0.01"))
    lines = ["某局2031年部门预算情况说明", "一、收支预算总体情况说明",
             f"2031年收入预算{whole}万元,支出预算{whole}万元。收入预算中,一般公共预算拨款收入{a}万元,占{x}%;"
             f"事业收入{b}万元,占{y + 1}%。"]
    p = write(tmp_path, "\n".join(lines) + "\n", "notes.txt")
    (doc,) = read_path(p).documents
    found = [f for f in check_accounts(doc) if f.kind == "text_percent" and f.severity != "info"]
    assert [(f.reported, f.recomputed) for f in found] == [(f"{y + 1}%", f"{y}%")]


@pytest.mark.parametrize("said", ["上年为{p}万元", "2030年度为{p}万元", "上年决算数{p}万元", "去年为{p}万元"])
def test_a_change_on_last_years_figure_said_after_this_years_is_checked(tmp_path: Path, said: str) -> None:
    """"…支出1523.26万元,上年为1423.26万元,增加100.00万元": last year's figure said with no 比/较 after this year's is
    the figure the change is of (``text_prior``): it holds, and a change 0.10 off is found at its line."""
    def lines(change: str) -> list[str]:
        return ["某单位2031年度部门决算情况说明", "一、收入支出决算总体情况说明", "2031年度收入总计3000.00万元,支出总计3000.00万元。",
                "二、一般公共预算财政拨款支出决算情况说明",
                f"2031年度一般公共预算财政拨款支出1523.26万元,{said.format(p='1423.26')},增加{change}万元。"]

    def compared(found: list[Finding]) -> list[tuple[str | None, int | None]]:
        return [(f.reported, f.location.line if f.location else None) for f in found if f.kind == "text_compare"]

    p = write(tmp_path, "\n".join(lines("100.00")) + "\n", "holds.txt")
    assert compared(check_accounts(read_path(p).documents[0])) == []
    p = write(tmp_path, "\n".join(lines("110.00")) + "\n", "off.txt")
    assert compared(check_accounts(read_path(p).documents[0])) == [("110.00", 5)]


def test_a_later_years_figure_said_after_is_no_base(tmp_path: Path) -> None:
    """"2030年度…1423.26万元,2031年度为1523.26万元,增加100.00万元": the figure after is the later year's, not last year's:
    no difference of the two is taken the wrong way round."""
    text = ("某单位2031年度部门决算情况说明\n一、收入支出决算总体情况说明\n2031年度收入总计3000.00万元,支出总计3000.00万元。\n"
            "二、一般公共预算财政拨款支出决算情况说明\n2030年度一般公共预算财政拨款支出1423.26万元,2031年度为1523.26万元,增加100.00万元。\n")
    p = write(tmp_path, text, "later.txt")
    assert [f for f in check_accounts(read_path(p).documents[0]) if f.kind == "text_compare"] == []


@pytest.mark.parametrize(("said", "recomputed"), [("104.3%", None), ("105.3%", "104.3%")])
def test_a_completion_of_a_budget_named_with_its_approver_is_checked(tmp_path: Path, said: str,
                                                                      recomputed: str | None) -> None:
    """A county's budget report: "预计完成39.1亿元,完成区…人大常委会…批准收入调整预算37.5亿元的104.3%" — the budget named
    after the words of who approved it, in 亿元: 39.1 ÷ 37.5 = 104.3% (missed before, whatever the rate said)."""
    text = ("某区2023年预算执行情况和2024年预算草案的报告\n一、2023年预算执行情况\n"
            "1.一般公共预算收入情况。2023年区级一般公共预算收入预计完成39.1亿元，完成区第十八届人大常委会第十九次会议批准"
            f"收入调整预算37.5亿元的{said}。\n")
    p = write(tmp_path, text, "report.txt")
    (doc,) = read_path(p).documents
    found = [(f.reported, f.recomputed, f.location.line if f.location else None) for f in check_accounts(doc)
             if f.kind == "text_percent" and f.severity != "info"]
    assert found == ([] if recomputed is None else [(said, recomputed, 3)])


@pytest.mark.parametrize(("said", "recomputed"), [("25.00 %", None), ("26.00 %", "25.00%")])
def test_a_share_printed_with_a_space_before_its_percent_sign_is_checked(tmp_path: Path, said: str,
                                                                          recomputed: str | None) -> None:
    """"…116433.12 元,占支出总预算 10.73 %" (PDF text puts a space before %): the share is read and checked as any."""
    text = ("某单位2031年部门预算情况说明\n一、支出预算情况\n2031年支出预算400000.00元。\n"
            f"社会保障和就业支出100000.00元，占支出总预算 {said}。\n")
    p = write(tmp_path, text, "budget.txt")
    (doc,) = read_path(p).documents
    found = [(f.recomputed, f.location.line if f.location else None) for f in check_accounts(doc)
             if f.kind == "text_percent" and f.severity != "info"]
    assert found == ([] if recomputed is None else [(recomputed, 4)])


@pytest.mark.parametrize("shape", ["apart", "one_line", "heading_ends_the_line_above"])
@pytest.mark.parametrize("seed", range(4))
def test_a_completion_rate_is_named_by_its_own_line(tmp_path: Path, seed: int, shape: str) -> None:
    """A completion rate is said of the line its words name, 支出 kept ("财政拨款支出年初预算数为…" → 财政拨款支出), or,
    where its paragraph opens with the figures, of the heading alone on the line above ("一般公共预算财政拨款收入:"):
    the finding names that line, so a reader sees which of the two rates is wrong (both planted here); the same with
    the text run onto one line, the heading run into the text ("…其中: 一般公共预算财政拨款收入: 年初预算为…"), and
    with the heading ending the line above ("…完成年初预算的100%,其中:一般公共预算财政拨款收入:")."""
    budget, spent, income = 1200 + 50 * seed, 2100 + 10 * seed, 1800 + 10 * seed
    lines = [f"某县某中学{2030 + seed}年度部门决算情况说明", "五、财政拨款支出决算情况说明",
             f"{2030 + seed}年度财政拨款支出年初预算数为{budget}.00万元,支出决算数为{spent}.00万元,完成年初预算的100%,其中:",
             "一般公共预算财政拨款收入:",
             f"年初预算为{budget}.00万元,支出决算为{income}.00万元,完成年初预算的100%。"]
    one_line = shape == "one_line"
    if shape == "heading_ends_the_line_above":
        lines[2:4] = [lines[2] + lines[3]]
    p = write(tmp_path, (" " if one_line else "\n").join(lines) + "\n", "notes.txt")
    (doc,) = read_path(p).documents
    got = [(f.severity, f.row, f.location.line if f.location else None, f.recomputed)
           for f in check_accounts(doc) if f.kind == "text_percent"]
    want = [("error", "财政拨款支出预算完成率", 1 if one_line else 3, f"{Decimal(spent * 100) / budget:.0f}%"),
            ("error", "一般公共预算财政拨款收入预算完成率", 1 if one_line else 4 if shape != "apart" else 5,
             f"{Decimal(income * 100) / budget:.0f}%")]
    assert got == want

