"""A completion rate whose budget is said in 万元 and whose spending in 元 (昆明 科技局's 三公 说明 prints "预算为494,400.00
万元,支出决算为115,749.56元,完成预算的23.42%", its budget's unit a slip for 元): the spending is the figure in 元, never
the budget itself; before, the last figure in 万元 before the rate (the budget) was taken for the spending and the rate
"recomputed" as 100%, a false error. Invented figures."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths


def _rates(tmp_path: Path, spent: str) -> list[tuple[str, str | None, str | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join([
        "某局2031年部门一般公共预算财政拨款“三公”经费支出决算情况说明",
        "一、一般公共预算财政拨款“三公”经费支出决算总体情况",
        f"某局2031年度一般公共预算财政拨款“三公”经费支出预算为300,000.00万元,支出决算为{spent},完成预算的25.00%。",
    ]) + "\n", encoding="utf-8")
    return [(f.severity, f.reported, f.recomputed) for f in audit_paths([str(p)]).findings if f.kind == "text_percent"]


def test_a_spending_in_yuan_after_a_budget_in_wan_is_no_budget_done_by_itself(tmp_path: Path) -> None:
    assert not [r for r in _rates(tmp_path, "75,000.00元") if r[0] == "error"]
    # the same units throughout are checked as before: 60,000 ÷ 300,000 = 20%, not 25%
    assert ("error", "25.00%", "20.00%") in _rates(tmp_path, "60,000.00万元")
