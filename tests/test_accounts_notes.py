"""The notes' own consistency (accounts/items.py), on sentences as published: a comparison stated in words
against the amounts it follows, the document's year, template leftovers, and an item's rate checked with
the rounding of the figures it is computed from."""

from __future__ import annotations

from jixiao.accounts.identity import Ctx
from jixiao.accounts.items import check_items, rate_fits
from jixiao.accounts.model import Accounts
from jixiao.accounts.prose import paragraphs
from jixiao.core.source import Source


def _found(*lines: str, year: int = 2023, stage: str = "final") -> list[tuple[str, str, str | None]]:
    acc = Accounts(year=year, stage=stage)
    body = [(x, Source("notes.txt", line=i + 1)) for i, x in enumerate(lines)]
    return [(f.kind, f.severity, f.reported) for f in check_items(Ctx("t"), acc, paragraphs(body))]


def test_comparison_in_words_against_its_amounts() -> None:
    said = "2023年度一般公共预算财政拨款支出年初预算为120.50万元，支出决算为118.20万元，完成年初预算的98.09%。"
    assert _found(said + "决算数小于预算数的主要原因是项目结余。") == []
    assert _found(said + "决算数大于预算数的主要原因是追加了项目。") == [("text_compare", "error", "决算数大于预算数")]
    assert _found(said + "决算数与预算数持平。") == [("text_compare", "error", "决算数与预算数持平")]
    equal = "年初预算为80.00万元，支出决算为80.00万元。决算数等于预算数。"
    assert _found(equal) == []


def test_a_comparison_is_of_the_line_it_names() -> None:
    """"2031年度“三公”经费支出决算大于预算数" after the items' own figures (接待 决算6.15 of 预算6.16 last): the claim is
    of the 三公 total (28.98 of 21.55), never of the item quoted last; a claim of the total that does not hold is still
    found, and one naming a line no amount before it is of is left."""
    said = ("某局2031年度“三公”经费财政拨款支出决算为{total}万元,完成预算21.55万元的134%。其中:公务用车购置及运行维护费支出决算"
            "为22.83万元,完成预算15.40万元的148%;公务接待费支出决算为6.15万元,完成预算6.16万元的99.8%。")
    claim = "2031年度“三公”经费支出决算大于预算数的主要原因是部分公车运行费从专项资金中支出。"
    assert _found(said.format(total="28.98") + claim) == []
    assert _found(said.format(total="20.98") + claim) == [("text_compare", "error", "决算大于预算数")]
    assert _found(said.format(total="28.98") + "会议费支出决算大于预算数。") == []


def test_year_and_leftovers() -> None:
    assert _found("2024年收入预算100万元，比2024年预算增加5万元。", year=2024, stage="budget") == [
        ("text_year", "suspect", "2024")]
    assert _found("2024年收入预算100万元，比2023年预算增加5万元。", year=2024, stage="budget") == []
    assert _found("实施周期：2023年1月1日-2023年12月31日", year=2024, stage="budget") == [("text_year", "suspect", "2023")]
    assert _found("实施周期：2024年1月1日-2024年12月31日", year=2024, stage="budget") == []
    assert [k for k, *_ in _found("支出增加（减少）的主要原因是XX局工作量变化，某某项目完成。")] == ["template_leftover"] * 3
    assert _found("主要原因是业务量增加。") == []
    # the template's placeholder for a project's or a town's name (a 目录's attachment "2023年度XX项目绩效评价报告")
    assert [r for *_, r in _found("2.2023年度XX项目绩效评价报告", "XX镇人民政府部门决算")] == ["XX项目", "XX镇"]
    # a figure left blank in the template: the share and the change are gone, their words stay
    assert [(k, r) for k, _, r in _found("因公出国(境)费 0 万元,占 %,比上年减少 万元;公务接待费30万元,比上年减少2 万元。")] == [
        ("template_leftover", "占 %"), ("template_leftover", "减少 万元")]
    assert _found("公务接待费30万元,占85.71%,比上年减少2 万元。") == []


def test_rate_allows_for_the_rounding_of_its_figures() -> None:
    # 0.62 over 0.50 is +24%, yet 0.616 over 0.504 (printed 0.62 and 0.50) is +22.22%: no error
    assert rate_fits("0.62", "0.50", "22.22", down=False)
    assert not rate_fits("0.62", "0.50", "30.00", down=False)
    assert rate_fits("1672.67", "1690.69", "1.07", down=True)
    assert not rate_fits("1672.67", "1690.69", "1.07", down=False)  # the direction word is wrong
    assert not rate_fits("3845.49", "43269.3", "17.62", down=False)  # the real dept PDF's misprinted base


def test_unit_name_spelt_another_way() -> None:
    acc = Accounts(year=2026, stage="budget", unit_name="上海市普陀区司法局")
    body = [("2026年，上海市普沱区司法局收入预算100万元；上海市普陀区财政局下达。", Source("notes.txt", line=1))]
    found = [(f.kind, f.reported) for f in check_items(Ctx("t"), acc, paragraphs(body))]
    assert found == [("unit_name", "上海市普沱区司法局")]  # 财政局 is another body, not a misspelling
