"""导出自评表 — one project form (the JSON of ``jixiao read --json``) written in the official layout.

The layout of 财政项目支出绩效自评表 (eight columns, as the seeds' forms):

    财政项目支出绩效自评表                                   (A:H merged)
    (2023年度)                                               (A:H merged)
    项目名称 | <name>                                        (B:H merged)
    主管部门 | <dept> (B:D) | 实施单位 | <unit> (F:H)
    项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
      (A merged down)  年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows
    年度总体目标 | 预期目标 (B:D) | 实际完成情况 (E:H)          (A merged down over two rows)
                 | <text> (B:D)  | <text> (E:H)
    一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
    <rows: 一级 merged down over its rows, 二级 over its rows>
    总分 (A:E) | <total weight> | <total score> |
    评分等级 | <grade> (B:H)

Every cell gets the value's text as read (``text``, else ``value``), so reading the file back gives the
same values and texts. A text that is a plain number (``10.00``, ``2,270.00``, ``81.84%``) is written as a
number with the matching number format, as in a real workbook; the xlsx reader shows it the same way.
``form_grid`` gives the layout alone, for writing other formats (the tests write xls, docx and pdf).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.atomic import replacing
from jixiao.core.safetext import put_cell
from jixiao.read.grid import Grid

WIDTH = 8
TITLE = "财政项目支出绩效自评表"
FUNDS_LABELS = {
    "total": "年度资金总额",
    "current_year": "其中：当年财政拨款",
    "carried_over": "上年结转资金",
    "other": "其他资金",
}
FUNDS_COLUMNS = (
    ("initial_budget", "年初预算数"),
    ("annual_budget", "全年预算数"),
    ("executed", "全年执行数"),
    ("weight", "分值"),
    ("rate", "执行率"),
    ("score", "得分"),
)
INDICATOR_HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
INDICATOR_KEYS = ("level1", "level2", "level3", "target", "actual", "weight", "score", "deviation_note")
GOAL_KEYS = (("预期目标", ("年度总体目标-预期目标", "预期目标", "年度总体目标")), ("实际完成情况", ("年度总体目标-实际完成情况", "实际完成情况")))

_PLAIN = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?%?$")
_GROUPED = re.compile(r"^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?%?$")


def spreadsheet_number(text: str) -> tuple[Decimal | int, str] | None:
    """A text that is a plain number as (value, number format): ``2,270.00`` → (2270.00, ``#,##0.00``)."""
    if not (_PLAIN.match(text) or _GROUPED.match(text)):
        return None
    pct = text.endswith("%")
    digits = text.rstrip("%").replace(",", "")
    _, _, frac = digits.partition(".")
    if not pct and not frac and "," not in text:
        return int(digits), "General"
    value = Decimal(digits) / 100 if pct else Decimal(digits)
    fmt = ("#,##0" if "," in text else "0") + ("." + "0" * len(frac) if frac else "") + ("%" if pct else "")
    return value, fmt


def set_cell(cell: Any, text: str) -> bool:
    """Put a text into an openpyxl cell: a plain number as a number with its format, else a string
    (never a formula: targets are written ``=2(场)``; see ``put_cell``). True when characters a cell
    cannot hold were replaced."""
    number = spreadsheet_number(text)
    if number is not None:
        cell.value, cell.number_format = number
    elif text:
        return put_cell(cell, text)
    return False


def val_text(val: object) -> str:
    """The text of one JSON value (``{"value", "text", "source"}``): as read, else the parsed value.
    A bare string or number (a record typed by hand) is taken as it is."""
    if val is None or val == {}:
        return ""
    if not isinstance(val, Mapping):
        return str(val)
    text = val.get("text")
    if text is None:
        text = val.get("value")
    return "" if text is None else str(text)


def _goal(header: Mapping[str, Any], names: tuple[str, ...]) -> str:
    for name in names:
        if name in header:
            return val_text(header[name])
    return ""


def form_grid(doc: Mapping[str, Any]) -> Grid:
    """The official layout of one project form (a document's JSON) as texts and merged ranges."""
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []

    def add(cells: list[str], *spans: tuple[int, int]) -> int:
        r = len(rows)
        rows.append(cells + [""] * (WIDTH - len(cells)))
        for c0, c1 in spans:
            merges.append((r, c0, r, c1))
        return r

    header = doc.get("header") or {}
    # a recogniser may title the document by its project name; the form's own title is kept when it has one
    title = doc.get("title") or ""
    add([title if "自评表" in title else TITLE], (0, 7))
    if doc.get("year"):
        add([f"({doc['year']}年度)"], (0, 7))
    add(["项目名称", val_text(header.get("项目名称"))], (1, 7))
    add(["主管部门", val_text(header.get("主管部门")), "", "", "实施单位", val_text(header.get("实施单位"))], (1, 3), (5, 7))

    funds = doc.get("funds") or {}
    unit = doc.get("money_unit") or "万元"
    rates = [val_text((funds.get(k) or {}).get("rate")) for k in FUNDS_LABELS]
    rate_label = "执行率" if any(r.endswith("%") for r in rates) else "执行率(%)"
    top = add([f"项目资金\n({unit})", ""] + [rate_label if k == "rate" else label for k, label in FUNDS_COLUMNS])
    for key, label in FUNDS_LABELS.items():
        if key in funds or not funds:
            row = funds.get(key) or {}
            add(["", label] + [val_text(row.get(k)) for k, _ in FUNDS_COLUMNS])
    merges.append((top, 0, len(rows) - 1, 0))

    goal_top = add(["年度总体目标", "预期目标", "", "", "实际完成情况"], (1, 3), (4, 7))
    add(["", _goal(header, GOAL_KEYS[0][1]), "", "", _goal(header, GOAL_KEYS[1][1])], (1, 3), (4, 7))
    merges.append((goal_top, 0, goal_top + 1, 0))

    add(list(INDICATOR_HEADER))
    first = len(rows)
    indicators = doc.get("indicators") or []
    for ind in indicators:
        add([val_text(ind.get(k)) for k in INDICATOR_KEYS])
    merges.extend(_runs(indicators, first))

    weight = val_text(doc.get("total_weight"))
    add(["总分", "", "", "", "", weight, val_text(doc.get("total_score"))], (0, 4))
    add(["评分等级", val_text(doc.get("grade"))], (1, 7))
    for r0, c0, r1, c1 in merges:  # a merged range shows its first cell's text only
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    rows[r][c] = ""
    return Grid(rows, merges)


def _key(ind: Mapping[str, Any], level: str) -> object:
    v = ind.get(level)
    return v.get("value") if isinstance(v, Mapping) else v


def _runs(indicators: list[Mapping[str, Any]], first: int) -> list[tuple[int, int, int, int]]:
    """Merged ranges for the 一级 column (runs of one level-1 name) and the 二级 column (runs within)."""
    out = []
    for col, keys in ((0, ("level1",)), (1, ("level1", "level2"))):
        start = 0
        for i in range(1, len(indicators) + 1):
            same = i < len(indicators) and all(_key(indicators[i], k) == _key(indicators[start], k) for k in keys)
            # A row whose 二级 could not be read starts a new 一级 range: under a range its blank 二级 cell
            # would read as "same as above".
            same = same and (_key(indicators[i], "level2") is not None or _key(indicators[i - 1], "level2") is None)
            if same:
                continue
            if i - 1 > start and _key(indicators[start], keys[-1]) is not None:
                out.append((first + start, col, first + i - 1, col))
            start = i
    return out


def write_form_xlsx(doc: Mapping[str, Any], path: str) -> list[str]:
    """Write one project form to an xlsx file in the official layout, atomically. Returns the cells whose
    characters an xlsx cell cannot hold were replaced (``自评表!C3``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    grid = form_grid(doc)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    n_title = 2 if doc.get("year") else 1
    replaced: list[str] = []
    for r, row in enumerate(grid.texts, 1):
        for c, text in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            if set_cell(cell, text):
                replaced.append(f"{ws.title}!{cell.coordinate}")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c < 3 else None)
            if r > n_title:
                cell.border = border
    ws.cell(row=1, column=1).font = Font(bold=True, size=16)
    for r0, c0, r1, c1 in grid.merges:
        ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    for letter, width in zip("ABCDEFGH", (12, 16, 28, 14, 14, 10, 12, 24)):
        ws.column_dimensions[letter].width = width
    with replacing(path) as tmp:
        wb.save(tmp)
    return replaced
