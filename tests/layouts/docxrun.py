"""A form as document-sharing sites preview a docx (新洲 2020 in the corpus): each row's cells run together with
no separator, the rows one after another on a line, and the labels of the last first level broken by the
preview's words onto the row's name (满意度 / 指标服务对象 / 满意度指 / 标群众满意度≥90%95%2020). The form has
no 偏差原因 column."""

from __future__ import annotations

from layouts.grid import Variant, rows
from layouts.model import Project


def _broken(label: str) -> str:
    """A label cut by the preview's words before its last character: 满意度指标 → "满意度指 标"."""
    return f"{label[:-1]} {label[-1]}"


def docx_run(p: Project, broken: str = "满意度指标", empty_level: str = "") -> str:
    """The form as the preview gives it; rows of one second level run on with no space between them (their
    second-level cell blank), and ``empty_level`` (经济效益) printed as a second level with only the template's
    empty rows under it, its label broken (经济效益 指标指标1:指标2)."""
    out: list[str] = []
    for r in rows(p, Variant(reason_column=False)):
        if len(r) > 4 and r[0] == "" and r[1] == broken:  # the level's first row: its labels broken onto the name
            out.append(f"{_broken(r[1])} {_broken(r[2])}{''.join(r[3:])}")
        elif len(r) > 4 and r[0] == "" and not r[1] and not r[2] and out:
            out[-1] += "".join(r)  # the same second level: run on the row before
        else:
            out.append("".join(r))
        if empty_level and len(r) > 4 and r[0] == "" and r[2] == "成本指标":
            out.append(f"{empty_level} 指标指标1:指标2")
    return " ".join(out) + "\n"
