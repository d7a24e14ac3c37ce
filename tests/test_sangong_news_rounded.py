"""A news report of a city's 三公 accounts in 亿元 rounded to 0.1 (北京's 2015 决算 news, fresh page of session 43),
invented figures: its rates are of the unrounded sums, so each is judged within the rounding of the figures as
printed: "决算6.4亿元,比年初预算8.3亿元减少1.8亿多元,下降22.3%" (6.4 ÷ 8.3 is 22.9% to the printed figures, 21.8% to
23.9% within their rounding: a 尾差, not a suspect); the base the words state with 相比年初预算数的1.5亿元 is the base,
not this year's figure; an item's own sentence (…5亿元,相比预算数6.1亿元减少1.1亿元,下降17.9%) is never recomputed on
another figure of the item's (the purchase's 329万元) the text states elsewhere. A rate no rounding gives is still found."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _lines(total_rate: str = "22.3", abroad_rate: str = "24", cars_rate: str = "17.9") -> list[str]:
    return ["“三公”经费决算情况",
            "东山市财政局局长介绍,去年的“三公”经费财政拨款决算6.4亿元,比年初预算8.3亿元减少1.8亿多元,"
            f"下降{total_rate}%。",
            "分项看,公务接待费降幅最大,2031年决算数2352万元,相比年初预算数6200万元下降62.1%;因公出国(境)次之,共1.2亿元,"
            f"相比年初预算数的1.5亿元减少0.3亿元,下降{abroad_rate}%。",
            f"去年公务用车购置和运行维护费5亿元,相比预算数6.1亿元减少1.1亿元,下降{cars_rate}%。",
            "此外,全市更新购置车辆10辆,公务用车购置费329万元,车均购置费32.9万元。"]


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None, str | None]]:
    p = tmp_path / "news.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None, f.reported)
            for f in audit_paths([str(p)]).findings if f.severity != "info"]


def test_rates_of_rounded_figures_are_judged_within_their_rounding(tmp_path: Path) -> None:
    assert _found(tmp_path, _lines()) == []


def test_a_rate_no_rounding_gives_is_still_found(tmp_path: Path) -> None:
    assert [f[:3] for f in _found(tmp_path, _lines(total_rate="32.3"))] == [("text_compare", "suspect", 2)]
    assert [f[:3] for f in _found(tmp_path, _lines(cars_rate="27.9"))] == [("text_growth", "error", 4)]
