"""The year a 说明 compares with (``accounts.items._years``): a budget compared with its own year's budget is amiss
(比2031年预算 in the 2031 budget: last year's was meant), but a 决算 compared with its own year's 年初预算 is the
comparison a final account makes (北京晨报's 2015 news: "2015年“三公”经费财政拨款决算数413.89万元,比年初预算…",
"…决算数…,比2015年年初预算325.55万元增加了88.34万元"; before: a false suspect each). Invented figures."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _years(tmp_path: Path, lines: list[str]) -> list[tuple[str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.reported, f.recomputed) for f in audit_paths([str(p)]).findings if f.kind == "text_year"]


def test_a_final_against_its_own_years_budget(tmp_path: Path) -> None:
    lines = ["东山县旅游委2031年“三公”经费决算情况说明",
             "2031年“三公”经费财政拨款决算数413.89万元,比2031年年初预算325.55万元增加了88.34万元,主要是接待任务增加。"]
    assert _years(tmp_path, lines) == []


def test_a_budget_against_its_own_year_is_amiss(tmp_path: Path) -> None:
    lines = ["东山县旅游委2031年“三公”经费预算情况说明",
             "2031年“三公”经费财政拨款预算数413.89万元,比2031年预算增加了88.34万元,主要是接待任务增加。"]
    assert _years(tmp_path, lines) == [("2031", "2030")]
