"""A budget's 说明 printed after a project's form on the same page, its last section a 三公 statement: the dispatch
reads the form, and of the text only the 三公 statement (a 三公 document); the 说明's own figures were lost. The text
the forms leave is read again when the only other reading is a 三公 statement (``read.complement.after_forms``),
and a document read twice is not added again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.read import read_path
from layouts.archive import form

_NOTES = ["五、一般公共预算支出情况说明",
          "2023年一般公共预算支出911000.39元,其中:基本支出881300.39元,项目支出29700元。",
          "1. 基本支出预算881300.39元,占一般公共预算支出的96.74%,同比减少166271.4元,下降15.87%。",
          "2. 项目支出29700元,占一般公共预算支出的3.26%,同比减少13900元,下降31.88%。",
          "六、一般公共预算“三公”经费情况说明",
          "2023年单位预算安排“三公”经费支出预算0元,同比无变化。其中,因公出国(境)费0元,公务接待费0元,"
          "公务用车购置及运行费0元。"]


def test_the_notes_after_a_form_are_read(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text("\n".join([*form(), *_NOTES]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs].count("project_self_evaluation") == 1
    budget = [d for d in docs if d.type == "budget_disclosure"]
    assert len(budget) == 1
    stated = {r.name: v.dec for t in budget[0].extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert stated.get("基本支出") == Decimal("881300.39") and stated.get("项目支出") == Decimal("29700")
    assert [d.type for d in docs].count("sangong") <= 1
