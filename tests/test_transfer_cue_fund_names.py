"""Words of a fund's name are not a sentence's cue (``transfer_cues``): 价格 in 成品油价格补贴 names the subsidy, not a
price, and 标准 in 标准化 names a programme, not a standard; so a news item stating the subsidy sent down is read
(腾冲 2013's wording, invented figures). Money secured from above (争取上级补助资金X) is what the place was allocated;
a price or a standard stated as such stays no budget."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path
from jixiao.read.recognise.transfer_cues import ALLOC, OTHER, stated


def test_a_price_subsidy_sent_down_is_read(tmp_path: Path) -> None:
    p = tmp_path / "news.txt"
    p.write_text("某县下达成品油价格补贴清算资金\n2031-05-20 10:00 来源:某县财政局\n"
                 "为保障城乡道路客运行业稳定,近日县财政下达了2031年成品油价格补贴清算资金600.50万元,其中城市公交100.25万元、"
                 "出租车150.25万元、农村客运350万元。\n", encoding="utf-8")
    doc = next(d for d in read_path(p).documents if d.type == "project_self_evaluation")
    assert doc.funds["total"].annual_budget.text == "600.50"


def test_cues_by_meaning_not_by_a_names_letters() -> None:
    kinds = {s.text: s.kind for s in stated(
        "县财政下达了农业标准化示范项目资金30万元。地区再次争取上级补助资金2.5亿元。汽油价格为每升8元,补助标准为每户200元。")}
    assert kinds["30"] == ALLOC and kinds["2.5"] == ALLOC
    assert kinds["8"] == OTHER and kinds["200"] == OTHER


def test_a_pages_source_line_opens_no_list() -> None:
    """来源: on a news page names where the item came from (来源: 打印正文, run into the text where a page's lines were
    joined), not the fund's sources: the amount after it is no part; a fund's sources (资金来源:…) still open a list."""
    said = {s.text: s.part for s in stated(
        "作者:某某 来源: 打印正文为了落实补贴政策,近日县财政下达了补贴资金600.50万元,其中城市公交100.25万元。")}
    assert said == {"600.50": False, "100.25": True}
    said = {s.text: s.part for s in stated("项目总投资300万元。资金来源:中央资金200万元、省级资金100万元。")}
    assert said == {"300": False, "200": True, "100": True}
