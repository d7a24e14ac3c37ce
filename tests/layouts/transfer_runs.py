"""The central transfer's self-evaluation form (全年预算数(A) 全年执行数(B) 预算执行率(B/A)) as web pages print it when
the table's cells lose their borders: a row's budget and spending run together while its rate stands apart
(``年度资金总额:25002400 96%``), a whole row run together (``其中:中央补助18001800100%``), a source row with nothing
spent (``17500%``), each row on its line or the whole form on one line, simplified or traditional script.

``cases()`` yields ``Case``: the text and the funds rows a reader must read (row key → (budget, executed, rate));
the figures are invented and consistent: each rate is executed ÷ budget to two places, the total the sum of its
sources. A row that spent nothing, its 0 run onto its budget beside a rate printed apart (``1750 0%``), may as well be a
budget of 1750 with its spending left blank: nothing is guessed, its budget and spending are expected missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# (central budget, central spent, local budget, local spent); the total is their sum
FIGURES = (("1800", "1800", "700", "600"), ("175", "0", "80", "80"), ("3120.5", "2900", "416", "416"),
           ("96", "90", "24", "18"))
HEAD = ("{name}绩效目标自评表\n(2022年度)\n转移支付(项目)名称{name}\n中央主管部门财政部\n"
        "地方主管部门示例县示例局资金使用单位示例县示例局\n项目资金\n(万元)\n\n全年预算数(A)全年执行数(B)预算执行率(B/A)\n")
NAMES = ("示例防疫补助资金", "示例公路建设补助资金", "示例救助补助资金")
ROWS = (("total", "年度资金总额:"), ("central", " 其中:中央补助"), ("local", "地方资金"))
TAIL = " 其他资金\n\n\n总体目标完成情况总体目标全年实际完成情况\n完成示例任务。\n"
# a row's figures as the page prints them: budget and spending run together, the rate apart or run on too
SHAPES = ("{b}{s} {r}", "{b}{s}{r}", "{b}{s}\t{r}")
_TRAD = str.maketrans({"资": "資", "总": "總", "额": "額", "数": "數", "执": "執", "行": "行", "预": "預", "算": "算",
                       "补": "補", "助": "助", "门": "門", "项": "項", "转": "轉", "移": "移", "支": "支", "付": "付",
                       "财": "財", "其": "其", "他": "他", "实": "實", "际": "際", "标": "標", "评": "評", "绩": "績",
                       "效": "效", "单": "單", "位": "位", "务": "務", "县": "縣", "局": "局"})


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    rows: dict[str, tuple[Decimal | None, Decimal | None, Decimal]]  # row key → (budget, executed, rate in percent)


def _rate(b: Decimal, s: Decimal) -> Decimal:
    return (s / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _pct(r: Decimal) -> str:
    return f"{r.normalize():f}%" if r == r.to_integral() else f"{r}%"


def cases() -> Iterator[Case]:
    """Every set of figures in every shape, on lines or on one line, simplified or traditional."""
    n = 0
    for cb, cs, lb, ls in FIGURES:
        b = {"central": Decimal(cb), "local": Decimal(lb)}
        s = {"central": Decimal(cs), "local": Decimal(ls)}
        b["total"], s["total"] = b["central"] + b["local"], s["central"] + s["local"]
        want = {k: (b[k], s[k], _rate(b[k], s[k])) for k in b}
        for shape in SHAPES:
            for one_line in (False, True):
                for trad in (False, True):
                    name = NAMES[n % len(NAMES)]
                    body = "".join(label + shape.format(b=_plain(b[k]), s=_plain(s[k]), r=_pct(want[k][2])) + "\n"
                                   for k, label in ROWS)
                    text = HEAD.format(name=name) + body + TAIL
                    if one_line:
                        text = text.replace("\n", "")
                    if trad:
                        text = text.translate(_TRAD)
                    yield Case(text, {k: (None, None, r) if e == 0 and shape != "{b}{s}{r}" else (b_, e, r)
                                      for k, (b_, e, r) in want.items()})
                    n += 1


def _plain(d: Decimal) -> str:
    return f"{d.normalize():f}"


# rows of the funds block that name no fund source, printed between the sources with numbers of their own
UNNAMED = ("彩票公益金用于示例救助", "上年结转结余资金", "一般债券资金")
PIPE_HEAD = ("示例补助资金转移支付项目绩效目标自评表 | |||||||\n(2024年度) | |||||||\n转移支付(项目)名称 | 示例补助资金 | ||||||\n"
             "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n")
CELL_HEAD = ("示例补助资金转移支付绩效自评表\n（2023年度）\n转移支付（项目）名称\n示例补助资金\n资金投入情况（万元）\n"
             "全年预算数（A）\n全年执行数（B）\n预算执行率（B/A×100%）\n")


def unnamed_cases() -> Iterator[Case]:
    """A funds block with a row no fund source names between 中央财政资金 and 地方资金, in pipes and one cell a line;
    the named sources with it make the total (its own figures count), the named ones alone do not."""
    for n, label in enumerate(UNNAMED):
        for cells in (False, True):
            c, x, lo = (Decimal(800 + 10 * n), Decimal(750)), (Decimal(60), Decimal(60)), (Decimal(450.5), Decimal(400))
            t = (c[0] + x[0] + lo[0], c[1] + x[1] + lo[1])
            rows = (("年度资金总额:", t), ("其中:中央财政资金", c), (label, x), ("地方资金", lo))
            if cells:
                body = "".join(f"{name}\n{_plain(b)}\n\n{_plain(s)}\n\n{_pct(_rate(b, s))}\n\n" for name, (b, s) in rows)
                text = CELL_HEAD + body + "其他资金\n\n\n\n资金管理情况\n"
            else:
                body = "".join(f"{name} | {_plain(b)}万 | {_plain(s)}万 | {_pct(_rate(b, s))} | ||||\n"
                               for name, (b, s) in rows)
                text = PIPE_HEAD + body + "其他资金 | |||||||\n资金管理情况 | 情况说明 | 存在问题和改进措施 | |||||\n"
            yield Case(text, {k: (b, s, _rate(b, s)) for k, (b, s) in (("total", t), ("central", c), ("local", lo))})


def wrong_rate_cases() -> Iterator[Case]:
    """The total row run together with a rate that is not its spending ÷ budget (``2558031.00%``: 80 ÷ 255 = 31.37%),
    its sources run together too but consistent: the total's budget and spending are their sums and the digits after
    them its printed rate (the wrong one, for the audit to find), on lines or on one line, simplified or traditional."""
    for cb, cs, lb, ls in FIGURES:
        b = {"central": Decimal(cb), "local": Decimal(lb)}
        s = {"central": Decimal(cs), "local": Decimal(ls)}
        tb, ts = b["central"] + b["local"], s["central"] + s["local"]
        wrong = _rate(tb, ts) - Decimal("2.37") if _rate(tb, ts) > 3 else Decimal("5.5")
        for one_line in (False, True):
            for trad in (False, True):
                body = "年度资金总额:" + f"{_plain(tb)}{_plain(ts)}{_pct(wrong)}\n" + "".join(
                    label + f"{_plain(b[k])}{_plain(s[k])}{_pct(_rate(b[k], s[k]))}\n" for k, label in ROWS[1:])
                text = HEAD.format(name=NAMES[0]) + body + TAIL
                if one_line:
                    text = text.replace("\n", "")
                if trad:
                    text = text.translate(_TRAD)
                want: dict[str, tuple[Decimal | None, Decimal | None, Decimal]] = {
                    k: (b[k], s[k], _rate(b[k], s[k])) for k in b}
                yield Case(text, {**want, "total": (tb, ts, wrong)})


# the plain words a county's form may head its money columns with
PLAIN_HEADS = (("预算数", "执行数", "执行率"), ("下达数", "实际支出数", "支出率"), ("预算数", "支出数", "执行率"))


def plain_header_cases() -> Iterator[Case]:
    """The form headed 资金投入情况(万元) | 预算数 | 执行数 | 执行率 (or 下达数 | 实际支出数 | 支出率 …), in pipes, tabs or one
    cell a line, its sources 中央财政资金 and 地方资金 under the total, 其他资金 blank."""
    cb, cs, lb, ls = FIGURES[0]
    b = {"central": Decimal(cb), "local": Decimal(lb)}
    s = {"central": Decimal(cs), "local": Decimal(ls)}
    b["total"], s["total"] = b["central"] + b["local"], s["central"] + s["local"]
    labels = (("total", "年度资金总额"), ("central", "其中：中央财政资金"), ("local", "地方资金"))
    for head in PLAIN_HEADS:
        for shape in ("pipes", "tabs", "cells"):
            rows = [["资金投入情况（万元）", *head], *([label, _plain(b[k]), _plain(s[k]), _pct(_rate(b[k], s[k]))]
                                                  for k, label in labels), ["其他资金", "", "", ""]]
            if shape == "pipes":
                body = "".join("| " + " | ".join(r) + " |\n" for r in rows)
            elif shape == "tabs":
                body = "".join("\t".join(r) + "\n" for r in rows)
            else:
                body = "".join(c + "\n" for r in rows for c in r)
            text = "示例补助资金转移支付绩效自评表（2023年度）\n转移支付名称：示例补助资金\n" + body + "资金管理情况\n情况说明\n"
            yield Case(text, {k: (b[k], s[k], _rate(b[k], s[k])) for k in b})
