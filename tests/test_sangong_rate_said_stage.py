"""A 三公 text's growth rates (寻甸 2021's wording, invented figures): the change said of the 决算 (“三公”经费支出决算数比
2030年增加…) is checked on the 决算 the text states, never on the budget beside it (支出预算为3.00万元), and a rate
grouped in thousands (增长1,200.00%) is read; rates that hold are silent, rates that do not are found."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths

TEXT = ("某某县某某局2031年度“三公”经费决算情况说明\n"
        "某某县某某局2031年度一般公共预算财政拨款“三公”经费支出预算为3.00万元,支出决算为25.00万元,完成预算的833.33%。其中:"
        "因公出国(境)费支出决算为0.00万元;公务用车购置及运行费支出决算为19.50万元;公务接待费支出决算为5.50万元。\n"
        "2031年度一般公共预算财政拨款“三公”经费支出决算数比2030年增加{total}万元,增长{rate}%。其中:因公出国(境)费支出决算无增减;"
        "公务用车购置及运行费支出决算增加18.00万元,增长{cars}%;公务接待费支出决算增加2.00万元,增长57.14%。\n")


def _growth(tmp: Path, rate: str, cars: str) -> list[tuple[str | None, str | None, str | None]]:
    p = tmp / "sangong.txt"
    p.write_text(TEXT.format(total="20.00", rate=rate, cars=cars), encoding="utf-8")
    return sorted((f.row, f.reported, f.recomputed) for f in audit_paths([p]).findings if f.kind == "text_growth")


def test_rates_that_hold_are_silent(tmp_path: Path) -> None:
    assert _growth(tmp_path, "400.00", "1,200.00") == []  # 20 ÷ (25 − 20); 18 ÷ (19.50 − 18)


def test_rates_that_do_not_hold_are_found_on_the_final_figures(tmp_path: Path) -> None:
    found = _growth(tmp_path, "398.00", "1,250.00")
    assert ("“三公”经费支出决算数", "398.00%", "400.00%") in found
    assert any(reported == "1250.00%" and recomputed == "1200.00%" for _, reported, recomputed in found)
