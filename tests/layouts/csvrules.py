"""An invented department rule table (部门预算支出管理考核表) as a page gives a spreadsheet saved as quote-all CSV: every
cell quoted (``"项目","考核内容","考核指标","指标说明","评分标准","权数","考评得分"``), the rows run together on a line
with a space between them (``…,"20", ,"结转结余情况",…``: the blank score, the space, the next row's blank merged
group cell), and the page's own line breaks anywhere else (inside a quoted sentence, between the commas of blank
cells); blank lines of commas before the header (``,,``); weights as integers or as the floats a spreadsheet writes
(``5.0``, ``12.5``), a target column of binary float artefacts (``0.0900000762939453``); a second indicator row sharing
its predecessor's weight (二者择其一: no weight of its own); the excerpt cut inside a row, or closed by a 合计 row;
optionally in traditional script, or with digits and commas full-width (the separators too)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

GROUPS = (
    ("预算编制管理", ("预算编制", "项目库管理", "绩效目标")),
    ("预算执行管理", ("支出进度", "结转结余", "暂付款项")),
    ("资产财务管理", ("资产管理", "政府采购", "财务制度")),
)
MEASURES = ("完成率", "控制率", "合规率", "及时率", "覆盖率")
FLOATS = ("0.0900000762939453", "-0.300000152587891", "0.949999988079071", "1")
HEADER = ("项目", "考核内容", "考核指标", "指标说明", "年度工作目标", "评分标准", "权数", "考评得分")


@dataclass(frozen=True)
class Row:
    name: str
    weight: str | None  # as printed (20, 5.0, 12.5); None: the row shares the weight above (二者择其一)


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


_WIDE = str.maketrans("0123456789,.%:", "０１２３４５６７８９，．％：")


def invent(seed: int, *, floats: bool = False, cut: bool = True, script: str = "") -> tuple[str, list[Row]]:
    """The CSV text and the rows with a weight, as the reader must give them (a row sharing its weight is read
    without one and is not listed)."""
    rnd = random.Random(seed)
    cells: list[list[str]] = []
    rows: list[Row] = []
    total = Decimal(0)
    for label, contents in GROUPS:
        shown_all = [rnd.choice(("5.0", "7.5", "10.0", "12.5") if floats else ("5", "10", "15", "20")) for _ in contents]
        gw = sum((Decimal(w) for w in shown_all), Decimal(0))
        total += gw
        for k, (content, shown) in enumerate(zip(contents, shown_all, strict=True)):
            name = content + rnd.choice(MEASURES)
            rows.append(Row(name, shown))
            note = f"{name}=本年{content}完成数*100%/年初{content}计划数,用以反映和考核部门(单位){content}的实际情况."
            cells.append([f"{label}({gw.normalize():f}分)" if k == 0 else "", content, name, note, rnd.choice(FLOATS),
                          "按完成比例计算得分,满分为止.", shown, ""])
            if rnd.random() < 0.4:  # a second measure of the same content, scored instead of the first
                other = content + "变动率"
                cells.append(["", "", other, f"{other}=(本年数-上年数)*100%/上年数.", rnd.choice(FLOATS), "", "", ""])
    lines = ["编辑: 某某 | 2019-07-07 |", *([",,"] * rnd.randint(1, 4))]
    stream = ", " + ",".join(_q(h) for h in HEADER)
    for row in cells:
        stream += " " + ",".join(_q(c) if c else "" for c in row)
    if not cut:
        stream += " " + ",".join((_q("合计"), "", "", "", "", "", _q(str(total)), ""))
    text = _broken(stream, rnd)
    if cut:  # the excerpt stops inside the last row's rule
        text = text[: text.rindex("按完成比例") + 4]
        rows.pop()
    out = "\n".join(lines) + "\n" + text + "\n"
    if script == "trad":  # the export in traditional script
        from zhconv import convert

        out = str(convert(out, "zh-hant"))
    elif script == "wide":  # digits and the number punctuation full-width, the separators' commas among them
        out = out.translate(_WIDE)
    return out, [r for r in rows if r.weight is not None]


def _broken(stream: str, rnd: random.Random) -> str:
    """The page's line breaks: after some sentence ends inside quoted cells, and between some blank cells' commas."""
    out: list[str] = []
    for k, ch in enumerate(stream):
        out.append(ch)
        if ch == "." and stream[k + 1 : k + 2] == '"' and rnd.random() < 0.5:
            out.append("\n")  # inside the quoted cell, before its closing quote
        elif ch == "," and stream[k + 1 : k + 2] == "," and rnd.random() < 0.5:
            out.append("\n")  # between the commas of blank cells
    return "".join(out)
