"""Two 三公 items' changes said together with 分别 ("公务用车购置费10万元和公务用车运行费50万元,与2021年相比,分别减少5万元
和10万元,下降33.3%和16.7%"; 福建省级 2016 news' wording): each rate checked on its own item's figures, the change over
this year's amount plus the fall; a rate no rounding gives is a suspicion, and a fall beyond 100% always (figures
invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths

_TEXT = ("某局2022年度“三公”经费决算情况说明\n"
         "2022年度“三公”经费支出决算80万元,其中:因公出国(境)费0万元,公务接待费20万元,公务用车购置及运行费60万元。\n"
         "公务用车购置费10万元和公务用车运行费50万元,与2021年相比,分别减少5万元和10万元,下降{r1}%和{r2}%。\n")


def _found(tmp_path: Path, r1: str, r2: str) -> list[str]:
    p = tmp_path / "s.txt"
    p.write_text(_TEXT.format(r1=r1, r2=r2), encoding="utf-8")
    return [f.message for f in audit_paths([str(p)]).findings if f.severity in ("error", "suspect")]


def test_rates_their_figures_give_raise_nothing(tmp_path: Path) -> None:
    assert _found(tmp_path, "33.3", "16.7") == []  # 5 ÷ 15, 10 ÷ 60


@pytest.mark.parametrize(("r1", "r2", "wrong", "right"), [("33.3", "26.7", "26.7%", "16.7%"),
                                                          ("133.3", "16.7", "133.3%", "33.3%")])
def test_a_paired_rate_off_is_found(tmp_path: Path, r1: str, r2: str, wrong: str, right: str) -> None:
    found = _found(tmp_path, r1, r2)
    assert len(found) == 1 and wrong in found[0] and right in found[0], found
