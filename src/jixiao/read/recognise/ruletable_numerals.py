"""A first level's Chinese numerals whose 、 was lost (一保障指标10分 / 二人口控制指标24分 / 三工作质量指标66分), as a
model-essay page prints an outline: where such numerals open lines in order from 一 (two at least), each is the
label's list mark, not its name's (``ruletable_names.labels_in``; ``ruletable_weighttree`` then tells the levels
by the marks)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

NUMERALS = "一二三四五六七八九十"


class _Labelled(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def start(self) -> int: ...


L = TypeVar("L", bound=_Labelled)


def glued_numerals(text: str, labels: list[L]) -> list[L]:
    """``labels`` with the numerals glued before their names taken off as marks, where they run on in order from
    一 over the labels opening lines (else ``labels`` as they are)."""
    opening = [k for k, lab in enumerate(labels) if lab.name[:1] in NUMERALS and len(lab.name) > 2
               and text[: lab.start].rstrip(" \t|").endswith("\n")]
    run = [k for n, k in enumerate(opening) if labels[k].name[0] == NUMERALS[min(n, 9)]]
    if len(run) < 2 or run != opening[: len(run)]:
        return labels
    out = list(labels)
    for k in run:
        out[k] = replace(labels[k], name=labels[k].name[1:], start=labels[k].start + 1)  # type: ignore[type-var]  # (a dataclass: Label)
    return out


__all__ = ["NUMERALS", "glued_numerals"]
