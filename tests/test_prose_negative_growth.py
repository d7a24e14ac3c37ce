"""A fall printed as a negative growth ("比上年12.00万元增长-20.00%") is a fall for every reader of a 说明's text, not
only for the growth-with-change check that first met it (甘肃环县's "增长-5.86%"): the wording is rewritten once, in
``accounts.prose.paragraphs``, so a 三公 item compared with last year's figure is checked too (figures invented;
before, the item's "增长-20.00%" went unchecked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.prose import paragraphs
from jixiao.audit import audit_paths
from jixiao.core.source import Source


def _said(tmp_path: Path, rate: str) -> list[tuple[str, str, str | None, str | None]]:
    p = tmp_path / "s.txt"
    p.write_text("2022年度某区区级“三公”经费决算情况说明\n"
                 f"公务接待费为10.00万元,比上年12.00万元增长-{rate}%。"
                 "公务用车购置及运行维护费为512.30万元,比上年612.80万元下降16.40%。\n", encoding="utf-8")
    return [(f.kind, f.severity, f.reported, f.recomputed)
            for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize(("rate", "found"), [("16.67", []), ("20.00", [("text_compare", "suspect", "20.00%", "16.67%")])])
def test_a_negative_growth_of_a_sangong_item_is_its_fall(tmp_path: Path, rate: str, found: list[object]) -> None:
    assert _said(tmp_path, rate) == found


def test_the_rewriting_keeps_every_position() -> None:
    text = "收入减少15.65万元,增长-5.86%,支出下降-2%"
    ((joined, _),) = paragraphs([(text, Source(file="x.txt", line=1))])
    assert joined == "收入减少15.65万元,下降 5.86%,支出增长 2%"
    assert len(joined) == len(text)
