"""A standalone 三公 table cut by a page: the rows run onto the next page after its foot ("第 1 页,共 2 页") and the
header printed again (or not), as converted pages and PDF text give it. Built on ``layouts.sangong`` (its models,
shapes and planted mistakes): ``rest`` rows go to the second page."""

from __future__ import annotations

from layouts.sangong import SHAPES, Sangong, notes, rows

FOOTS = ("第 1 页,共 2 页", "第1页 共2页", "- 1 -")


def cut(s: Sangong, shape: str, rest: int, header: bool = True, foot: int = 0) -> str:
    rs = rows(s)
    head = rs[:len(s.header)]
    at = len(rs) - rest
    title = [f"{s.unit}{s.year}年“三公”经费{s.stage}", f"一、{s.year}年“三公”经费支出{s.stage}表", "单位:万元"]
    second = (head if header else []) + rs[at:]
    body = SHAPES[shape](rs[:at]) + ["", FOOTS[foot % len(FOOTS)], ""] + SHAPES[shape](second)
    return "\n".join([*title, *body, *notes(s)]) + "\n"
