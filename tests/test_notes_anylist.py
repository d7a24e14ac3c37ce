"""A whole and the parts its 其中 lists in the text's own words (``accounts.notes_anylist``), on generated sentences
(``tests/layouts/notes_anylist.py``): the correct sentence is silent; a part ten units off makes the parts exceed the
whole, a ``suspect`` at the whole's line; a remark after the list, a change clause and a second whole after a ；are
no parts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.notes_anylist import PARTS, sentence


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None) for f in audit_paths([str(p)]).findings
            if f.severity != "info" and f.kind == "total_sum"]


@pytest.mark.parametrize("seed", range(12))
def test_a_correct_list_is_silent_and_a_part_over_is_found(tmp_path: Path, seed: int) -> None:
    lines, at = sentence(seed)
    assert _found(tmp_path, lines) == []
    for part in range(len(PARTS[seed % len(PARTS)])):
        lines, at = sentence(seed, Decimal(10), part)
        assert _found(tmp_path, lines) == [("total_sum", "suspect", at)], (seed, part)


@pytest.mark.parametrize("seed", range(4))
def test_a_spending_split_into_its_two_kinds_in_a_sentence_of_its_own(tmp_path: Path, seed: int) -> None:
    """"财政拨款支出A万元,与上年相比,增加D万元,增长x%。其中:基本支出B万元,项目支出C万元。": the two kinds are the whole
    by definition, so a whole ten units off is found though the parts fall short of it; a third kind after them (上缴
    上级支出) leaves it unchecked."""
    base, proj = Decimal(1000 + 37 * seed) + Decimal("0.25"), Decimal(0 if seed % 2 else 120 + seed)
    sep = ("，", "；")[seed % 2]

    def text(whole: Decimal, more: str = "") -> list[str]:
        return ["2017年度部门决算情况说明", f"财政拨款支出{whole}万元,与上年相比,增加16.54万元,增长3.92%。"
                f"其中:基本支出{base}万元{sep}项目支出{proj}万元{more}。"]
    assert _found(tmp_path, text(base + proj)) == []
    # (an error: the two kinds are the whole by definition, accounts.kind_split's, as in one sentence)
    assert _found(tmp_path, text(base + proj + 10)) == [("total_sum", "error", 2)]
    assert _found(tmp_path, text(base + proj + 10, f"{sep}上缴上级支出10万元")) == []


@pytest.mark.parametrize("rest", ["其他支出", "其他收入资金"])
def test_a_list_that_names_its_rest_is_the_whole_list(tmp_path: Path, rest: str) -> None:
    """重庆梁平's school: "(二)支出预算:2024年年初预算数777.03万元,其中:…教育支出预算614.70万元,…其他支出23万元。" A list
    that ends in its rest (其他支出, 其他收入资金) leaves nothing out, so parts short of the whole are found too (not only
    parts over it), at the whole's line; a list with no rest named may leave kinds out and stays silent. The whole is
    named by the line before its colon (支出预算) or by the stage after it (年初预算数), never 初预算数."""
    def text(education: str, last: str = rest) -> list[str]:
        return ["2031年单位预算情况说明", "二、单位收支总体情况",
                f"(二)支出预算:2031年年初预算数777.03万元,其中:一般公共服务支出预算0万元,教育支出预算{education}万元,"
                f"社会保障和就业支出预算69.58万元,卫生健康支出预算36.60万元,住房保障支出预算33.15万元,{last}23万元。"]
    assert _found(tmp_path, text("614.70")) == []
    assert _found(tmp_path, text("613.70")) == [("total_sum", "suspect", 3)]
    assert _found(tmp_path, text("613.70", "文化旅游体育与传媒支出")) == []
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(text("613.70")) + "\n", encoding="utf-8")
    [f] = [f for f in audit_paths([str(p)]).findings if f.kind == "total_sum"]
    assert f.message.startswith(("情况说明：支出预算 = ", "情况说明：年初预算数 = "))


# (the page's sentence with its part to plant as {x}; the part as printed; the part planted ten units off)
ENUMERATED = {
    # 天津's children's hospital: a list opened by 包括 is read as one opened by 其中 (the clause after the ；is the
    # sentence's, not the list's); its parts set off by , or by 、 (a clause of several amounts cut at each 、 that
    # closes an amount)
    "includes_commas": ("收入预算总计115218.1万元,与2030年预算相比增加20454.2万元,包括财政拨款{x}万元,事业收入105852.1万元,"
                        "其他收入3000万元;上年结转和结余7637.7万元。", "6366", "6376"),
    "includes_enumeration_commas": ("收入预算总计115218.1万元,与2030年预算相比增加20454.2万元,包括财政拨款{x}万元、"
                                    "事业收入105852.1万元、其他收入3000万元;上年结转和结余7637.7万元。", "6366", "6376"),
    # the 、 after 中央 is the name's, never a cut; and a list whose amounts the accounts' names do not all read
    # (市区级收入 is no line's) is not whole by the rest it names (notes_whole said 79062 ≠ 48650 + 598, a false
    # suspicion, on the session's start too)
    "a_names_own_enumeration_comma": ("2031年全镇财政总收入实现79062万元,同比增长14.26%。其中:中央、市区级收入29814万元、"
                                      "乡镇本级财政收入{x}万元、其他收入598万元。", "48650", "48660"),
}


@pytest.mark.parametrize("case", ENUMERATED)
def test_a_list_with_its_rest_named_in_other_shapes(tmp_path: Path, case: str) -> None:
    """Lists whose rest is named (其他收入), so whole: as written nothing is found; a part ten units off is found at
    the whole's line."""
    sentence, printed, planted = ENUMERATED[case]
    for x, found in ((printed, []), (planted, [("total_sum", "suspect", 3)])):
        assert _found(tmp_path, ["2031年部门预算情况说明", "一、收支总体情况", sentence.format(x=x)]) == found


@pytest.mark.parametrize("lead", ["主要用于以下方面:", "主要用于:", "具体如下:", "具体为："])
def test_a_list_opened_by_other_words_than_qizhong(tmp_path: Path, lead: str) -> None:
    """"2031年一般公共预算财政拨款支出1264.92万元,主要用于以下方面:社会保障和就业支出67.64万元,占5.35%;…" (四川's
    决算说明): the words that open the list are not 其中, the list is the whole's all the same. Its shares make 100%, so
    a part ten units short is found as well as one ten units over; without shares a list short of the whole (主要用于:
    the chief uses) proves nothing."""
    def text(social: str, shares: bool = True) -> list[str]:
        def share(x: str) -> str:
            return f",占{x}%" if shares else ""
        return ["2031年度部门决算情况说明", f"2031年一般公共预算财政拨款支出1264.92万元,{lead}社会保障和就业支出{social}万元"
                f"{share('5.35')};卫生健康支出1196.48万元{share('94.59')};农林水支出0.8万元{share('0.06')}。"]
    assert _found(tmp_path, text("67.64")) == []
    assert _found(tmp_path, text("77.64")) == [("total_sum", "suspect", 2)]
    assert _found(tmp_path, text("57.64")) == [("total_sum", "suspect", 2)]
    assert _found(tmp_path, text("57.64", shares=False)) == []
    assert _found(tmp_path, text("77.64", shares=False)) == [("total_sum", "suspect", 2)]


def test_amounts_with_thousands_commas_and_classes_that_are_siblings(tmp_path: Path) -> None:
    """綦江's school: "(二)支出预算:2024年年初预算数1,196.3万元,其中:一般公共服务支出预算1,196.3万元,教育支出预算894.1万元,…"
    The thousands' comma of 1,196.3 cuts no clause, and functional classes (类) are siblings, never one another's
    parts however their figures add up (the first class here repeats the whole: the rest make it): parts over the
    whole, found. Before: the list went unread."""
    def text(first: str) -> list[str]:
        return ["2031年单位预算情况说明", "二、单位收支总体情况",
                f"(二)支出预算:2031年年初预算数1,250.5万元,其中:一般公共服务支出预算{first}万元,教育支出预算1,000.5万元,"
                "社会保障和就业支出预算150万元,卫生健康支出预算50万元,住房保障支出预算50万元。"]
    assert _found(tmp_path, text("0")) == []
    assert _found(tmp_path, text("1,250.5")) == [("total_sum", "suspect", 3)]


def test_a_list_numbered_one_part_a_line(tmp_path: Path) -> None:
    """甘肃张家川's 决算说明: "收入总计为415.2644万元,其中:" then "1.财政拨款收入364.5594万元,为一般公共预算资金。", "2.事业
    收入…。", "3.上年结转和结余…。", one numbered part a line with its remark: the whole's list all the same, the
    numbers in turn; parts over the whole found (before: the list went unread), a list that keeps within it silent."""
    def text(carried: str) -> list[str]:
        return ["2031年度部门决算情况说明", "(一)收入决算情况。2031年度,收入总计为415.25万元,其中:",
                "1.财政拨款收入360.5万元,为一般公共预算资金。", "2.事业收入40.5万元,为事业单位开展专业业务活动取得的收入。",
                f"3.上年结转和结余{carried}万元,为以前年度结转到当年继续使用的资金。", "(二)支出决算情况"]
    assert _found(tmp_path, text("14.25")) == []
    assert _found(tmp_path, text("29.25")) == [("total_sum", "suspect", 2)]


@pytest.mark.parametrize(("share", "total", "found"), [
    ("占0%", "652.41", []), ("占%", "652.41", []), ("占0%", "652.52", [("total_sum", "suspect", 2)]),
    ("占%", "652.52", [("total_sum", "suspect", 2)]), ("占%", "702.41", [("total_sum", "suspect", 2)])])
def test_a_share_left_blank_and_a_whole_part_beside_a_total_to_the_cent(tmp_path: Path, share: str, total: str,
                                                                        found: list[tuple[str, str, int]]) -> None:
    """"本年支出合计T万元,其中:基本支出571.41万元,占88%;项目支出81万元,占12%;…经营支出0万元,占%。": the template's
    blank share (占%) beside shares that make 100% already leaves the list whole, so its sum is checked. 571.41 + 81
    = 652.41; a total of 652.52 (printed to the cent) is 0.11 off, which only the whole 81 taken as rounded (80.5 to
    81.49) could explain: suspect, not a 尾差 (before, the blank share left the list unchecked, and the whole part's
    printing made any such gap a 尾差). Invented figures."""
    lines = ["2031年度部门决算情况说明",
             f"2031年本年支出合计{total}万元,其中:基本支出571.41万元,占88%;项目支出81万元,占12%;上缴上级支出0万元,占0%;"
             f"经营支出0万元,{share}。"]
    assert _found(tmp_path, lines) == found


@pytest.mark.parametrize(("total", "parts", "found"), [
    ("2906", ("279", "2626"), []), ("61.5", ("18.8", "7.61", "35"), []),
    ("2936", ("279", "2626"), [("total_sum", "error", 2)]), ("71.5", ("18.8", "7.61", "35"), [("total_sum", "error", 2)])])
def test_whole_figures_throughout_stay_a_rounding_difference(tmp_path: Path, total: str, parts: tuple[str, ...],
                                                             found: list[tuple[str, str, int]]) -> None:
    """Every figure printed whole (收入合计2906 = 279 + 2626): a difference of 1 is the figures' own rounding, never a
    suspect; nor where the total itself is printed coarser than the cent (61.5 against 18.8 + 7.61 + 35). Gaps of 30
    and 10 in a list whose shares make it whole are errors all the same."""
    names = ("财政拨款收入", "事业收入", "其他收入")
    listed = ";".join(f"{n}{p}万元,占{k}%" for n, p, k in zip(names, parts, ("10", "90", "0")))
    lines = ["2031年度部门决算情况说明", f"2031年本年收入合计{total}万元,其中:{listed}。"]
    assert _found(tmp_path, lines) == found


@pytest.mark.parametrize("sep", ["；", ";", "，"])
def test_a_parts_own_parts_that_add_up_to_it_are_skipped_and_the_list_goes_on(tmp_path: Path, sep: str) -> None:
    """重庆涪陵's town: "…转移支付资金A万元,其中返还性收入52万元,一般性转移支付收入1937万元,主要是体制补助收入150万元,
    结算补助收入1745万元,其他一般转移支付收入42万元;专项转移支付收入110万元。" The three amounts after 主要是 add up to
    the part before them exactly, so they are its own parts: the list goes on after them to 专项转移支付收入, and parts
    over the whole are found. Sub-amounts that do not add up to the part end the list there, as before (nothing
    said: the list may leave kinds out)."""
    def text(whole: str, last_sub: str = "42") -> list[str]:
        return ["2031年财政决算报告",
                f"2031年上级共计下达我乡一般公共预算转移支付资金{whole}万元,其中返还性收入52万元,一般性转移支付收入1937"
                f"万元,主要是体制补助收入150万元,结算补助收入1745万元,其他一般转移支付收入{last_sub}万元{sep}"
                "专项转移支付收入110万元。"]
    assert _found(tmp_path, text("2099")) == []
    assert _found(tmp_path, text("2085")) == [("total_sum", "suspect", 2)]
    assert _found(tmp_path, text("2085", "41")) == []
