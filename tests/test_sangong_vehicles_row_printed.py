"""A 三公 text whose vehicles' figure does not make their two parts (德钦 2018's wording, invented figures: the vehicles
printed 0 while their running is 5.98): the finding names the line as the text prints it (公务用车购置及运行维护费),
not by jixiao's own name for the item, so a reader finds it where it stands."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths

TEXT = ("某某县机关2031年度“三公”经费决算情况说明\n"
        "2031年某某县机关一般公共预算财政拨款“三公”经费支出合计8.20万元。其中:因公出国(境)费为0万元;公务接待费为"
        "2.50万元;公务用车购置及运行维护费为0万元,其中:公务用车购置费0万元,公务用车运行维护费5.70万元。\n")


def test_the_vehicles_slip_is_named_as_printed(tmp_path: Path) -> None:
    p = tmp_path / "sangong.txt"
    p.write_text(TEXT, encoding="utf-8")
    found = [(f.severity, f.row, f.reported, f.recomputed) for f in audit_paths([p]).findings
             if f.kind == "three_public" and f.reported == "0"]
    assert found == [("error", "公务用车购置及运行维护费", "0", "5.70")]
