"""Sums a 情况说明 states in its own sentences that hold by definition, and the adjustments a 预算调整 report states.

- a whole whose parts are complete by what the words mean, stated as "A万元,其中(包括):B万元…C万元" within one
  section of the text, or as "A万元(B万元、…C万元)" in the bracket after it: 基本支出 = 人员经费 + 公用经费 (人员经费支出,
  公用经费支出); 债务限额 = 一般债务限额 + 专项债务限额; 债务余额 = 一般债务余额 + 专项债务余额; 政府采购(支出/预算)总额 =
  货物 + 工程 + 服务 (the three kinds the procurement law knows); 上级补助收入 = 返还性收入 + 一般性转移支付收入 + 专项
  转移支付收入;
- an adjustment "A万元(拟)调整为B万元,调减(调增)C万元" (or "由A万元调整为B万元,减少C万元"): A ∓ C = B;
- two figures and their difference "A万元,年初预算为B万元,差值(差额)为D万元": |A − B| = D;
- a 收支总表 read from loose words: 收入总计 = 本年收入合计 + the carried lines; 本年收入合计 = its income lines.

Each sum is exact in the text's own figures (the parts are printed with the whole's decimals); a difference is
reported by ``identity.compare`` with the line it stands on.
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountTable
from jixiao.accounts.prose import NUMBER_START, YEAR_WORD, Paragraphs
from jixiao.accounts.prose import where as _line_of
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"\s*(亿元|万元|元)"
_FILL = r"(?:支出)?(?:预算|决算)?数?(?:完成|实现|预计)?[为是:：]?\s*"
# (the whole as printed, its row name, its parts, the identity said): the parts are by definition the whole of it
SPLITS: tuple[tuple[str, str, tuple[str, ...], tuple[str, str]], ...] = (
    ("基本支出", "基本支出", ("人员经费", "公用经费"),
     ("基本支出 = 人员经费 + 公用经费", "basic expenditure = personnel + running costs")),
    ("(?:政府)?债务限额", "债务限额", ("一般债务限额", "专项债务限额"),
     ("债务限额 = 一般债务限额 + 专项债务限额", "the debt limit = general + special debt limits")),
    ("(?:法定|政府)?债务余额", "债务余额", ("一般债务余额", "专项债务余额"),
     ("债务余额 = 一般债务余额 + 专项债务余额", "the debt balance = general + special debt balances")),
    # (上级补助收入 is the three kinds of transfer from above, however a report names it: "上级补助收入294842万元(返还性
    # 收入6544万元、一般性转移支付收入256585万元、专项转移支付收入31713万元)", 昌吉's)
    ("上级补助收入", "上级补助收入", ("返还性收入", "一般性转移支付收入", "专项转移支付收入"),
     ("上级补助收入 = 返还性收入 + 一般性转移支付收入 + 专项转移支付收入",
      "transfers from above = tax rebates + general transfers + special transfers")),
    ("政府采购(?:支出|预算|合同)?(?:总额|总计|合计)", "政府采购总额",
     (r"(?:政府采购)?货物(?:类)?(?:采购)?", r"(?:政府采购)?工程(?:类)?(?:采购)?", r"(?:政府采购)?服务(?:类)?(?:采购)?"),
     ("政府采购总额 = 货物 + 工程 + 服务", "government procurement = goods + works + services")),
)
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
# its parts said after 其中 or 包括, or in the bracket right after it ("…294842万元(返还性收入…、…)")
_THEN = re.compile(r"\s*(?:[,，。]?\s*(?:其中|包括)|[(（])")
_REACH = 600  # characters after the whole its parts may stand in
_CLOSE = re.compile(r"[)）]")
# the splits whose parts stand in the whole's own sentence: a kind it leaves out (a unit that bought no works) is
# never taken from the next sentence's own list (授予中小企业合同金额…，其中：货物…、工程…); a two-part split's first
# part may run on with its own sentence (其中:人员经费…,主要包括…。公用经费…)
_ONE_SENTENCE = frozenset(("政府采购总额",))


def _sections(paras: Paragraphs) -> list[tuple[str, list[tuple[str, Source]]]]:
    """The text cut at its numbered headings (一、, 第二部分): a split's parts are stated in the whole's section."""
    out: list[list[tuple[str, list[tuple[str, Source]]]]] = [[]]
    for text, lines in paras:
        if _SECTION.match(text) and out[-1]:
            out.append([])
        out[-1].append((text, lines))
    return [("".join(t for t, _ in s), [x for _, ls in s for x in ls]) for s in out if s]


def _val(m: re.Match[str], lines: list[tuple[str, Source]], group: int = 1) -> Val:
    return Val(parse_decimal(m.group(group)), m.group(group), _line_of(lines, m.group(group)))


def split_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding | None]:
    """Each whole of ``SPLITS`` followed by 其中/包括 and both its parts in the same unit: whole = Σ parts."""
    out: list[Finding | None] = []
    for text, lines in _sections(paras):
        for whole, row, parts, what in SPLITS:
            for m in re.finditer(r"(?<![一专])" + whole + _FILL + _NUM + _UNIT, text):
                then = _THEN.match(text, m.end())
                if then is None:
                    continue
                end = m.end() + _REACH
                if then.group().endswith(("(", "（")):  # the parts in its bracket, up to the bracket's close
                    close = _CLOSE.search(text, m.end(), end)
                    end = close.start() if close else end
                elif row in _ONE_SENTENCE and (stop := text.find("。", m.end(), end)) >= 0:
                    end = stop
                window = text[m.end():end]
                found = [re.search(p + _FILL + _NUM + _UNIT, window) for p in parts]
                if not all(f and f.group(2) == m.group(2) for f in found):
                    continue
                vals = [_val(f, lines) for f in found if f]
                out.append(compare(ctx, "total_sum", (f"情况说明：{what[0]}", f"the notes: {what[1]}"),
                                   _val(m, lines), vals, _line_of(lines, m.group(1)), row, list(parts),
                                   blame_blank=False))
                break
    return out


# "一般公共预算收入125,800万元拟调整为113,891万元,调减11,909万元"; "由年初预算的249,800万元调整为…,增加…"
# the first amount starts at a number's first digit (``prose.NUMBER_START``: a 10,000-digit line took 4.6 s)
ADJUSTED = re.compile(NUMBER_START + _NUM + _UNIT + r"\s*(?:拟|擬)?(?:调整|调)(?:为|至)\s*" + _NUM + _UNIT
                      + r"\s*[,，]?\s*(?:相比[^\d,，。]{0,8})?(调增|调减|增加|减少)\s*" + _NUM + _UNIT)
_LEAD = re.compile(r"^(?:[.．、]|将|把|拟将|年度|" + YEAR_WORD + r"|本年)+")  # "将2023年一般公共预算收入": the line is 一般公共预算收入
_NAME = re.compile(r"([^\d,，。;；:：、]{2,24}?)(?:由|从)?(?:年初)?(?:预算)?(?:的)?$")


def adjustment_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding | None]:
    """"A万元调整为B万元,调减C万元": A − C = B (调增/增加: A + C = B), the three in one unit."""
    out: list[Finding | None] = []
    for text, lines in paras:
        for m in ADJUSTED.finditer(text):
            if not m.group(2) == m.group(4) == m.group(7):
                continue
            before, after, change = _val(m, lines, 1), _val(m, lines, 3), _val(m, lines, 6)
            named = _NAME.search(text[max(0, m.start() - 24):m.start()])
            row = _LEAD.sub("", named.group(1).strip()) if named else None
            down = m.group(5) in ("调减", "减少")
            whole, parts = (before, [after, change]) if down else (after, [before, change])
            names = ["调整后", "调减数"] if down else ["调整前", "调增数"]
            out.append(compare(ctx, "total_sum", ("预算调整：调整前 ∓ 调整数 = 调整后",
                                                  "the adjustment: before ∓ change = after"),
                               whole, parts, _line_of(lines, m.group(3)), row, names, blame_blank=False))
    return out


# "支出2.05万元,年初预算为2.95万元,差值为0.9万元", "决算数8.47万元,预算数14万元,差额5.53万元": two figures of one
# line and the difference between them (which is larger, the words do not say); the second figure's words name what
# it is (预算, 决算, 上年), none ran in between (其中, 占)
DIFFERENCE = re.compile(NUMBER_START + _NUM + _UNIT + r"\s*[,，]\s*([^\d,，。;；:：]{0,16}?)" + _NUM + _UNIT
                        + r"\s*[,，]\s*(?:两者)?(?:差值|差额|相差)(?:为|是)?\s*" + _NUM + _UNIT)
_COMPARED = re.compile(r"预算|决算|上年|去年|\d{4}年")


def difference_findings(ctx: Ctx, paras: Paragraphs) -> list[Finding | None]:
    """"A万元,预算为B万元,差值为D万元": the larger of A and B = the smaller + D, the three in one unit."""
    out: list[Finding | None] = []
    for text, lines in paras:
        for m in DIFFERENCE.finditer(text):
            if not m.group(2) == m.group(5) == m.group(7) or not _COMPARED.search(m.group(3)) \
                    or re.search(r"其中|占|包括", m.group(3)):
                continue
            a, b, diff = _val(m, lines, 1), _val(m, lines, 4), _val(m, lines, 6)
            if a.dec is None or b.dec is None:
                continue
            named = _NAME.search(text[max(0, m.start() - 24):m.start()])
            row = _LEAD.sub("", named.group(1).strip()) if named else None
            (big, small), names = ((a, b), ["所比的数", "差值"]) if a.dec >= b.dec else ((b, a), ["本数", "差值"])
            out.append(compare(ctx, "total_sum", ("两数之差：较大的数 = 较小的数 + 所述差值",
                                                  "a difference: the larger figure = the smaller + the difference said"),
                               big, [small, diff], _line_of(lines, m.group(6)), row, names, blame_blank=False))
    return out


# a 收支总表 read from loose words (one cell a line): the lines that add to 收入总计 besides 本年收入合计, and the
# template's own income lines that make 本年收入合计 (no parent line among them: 财政拨款收入 holds two of them)
CARRIED_IN = ("上年结转结余", "上年结转", "上年结转和结余", "年初结转和结余", "使用非财政拨款结余", "用事业基金弥补收支差额",
              "年初财政拨款结转和结余")
# the budget template's income lines, then the 决算 template's (收入支出决算总表: …财政拨款收入, 经营收入)
INCOME_LINES = ("一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入",
                "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "单位资金收入",
                "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "经营收入")
_PARENTS = ("财政拨款收入", "财政拨款", "单位资金")


def summary_findings(ctx: Ctx, t: AccountTable) -> list[Finding | None]:
    """收入总计 = 本年收入合计 + the carried lines stated; 本年收入合计 = the template's income lines stated (a line
    left blank lost its cell with its zero: none is missing)."""
    col = t.columns[0] if t.columns else None
    stated = {r.name: r for r in t.rows}
    if col is None or "本年收入合计" not in stated or any(_unplaced(n) for n in stated):
        return []  # a label read with another run into it ("收入预算数一、一般公共预算拨款收入"): the parts are unsure
    out: list[Finding | None] = []
    name, name_en = t.name, t.name_en
    if "收入总计" in stated:
        parts = ["本年收入合计", *(n for n in CARRIED_IN if n in stated)]
        w = stated["收入总计"]
        out.append(compare(ctx, "balance", (f"{name}：收入总计 = " + " + ".join(parts),
                                            f"{name_en}: income total = " + " + ".join(parts)),
                           w.get(col), [stated[p].get(col) for p in parts], w.source, "收入总计", parts,
                           blame_blank=False))
    income = [n for n in INCOME_LINES if n in stated]
    if income and not any(p in stated for p in _PARENTS):
        w = stated["本年收入合计"]
        out.append(compare(ctx, "total_sum", (f"{name}：本年收入合计 = " + " + ".join(income),
                                              f"{name_en}: this year's income = the sum of its lines"),
                           w.get(col), [stated[p].get(col) for p in income], w.source, "本年收入合计", income,
                           blame_blank=False))
    return out


_INCOME_SIDE = re.compile(r"收入$|^(?:上年|年初|用事业基金|使用非财政)")


def _unplaced(name: str) -> bool:
    """A line of the income side that is none of the template's own (nor a total): two labels run together, or a
    line these sums do not know."""
    known = {*INCOME_LINES, *CARRIED_IN, *_PARENTS, "本年收入合计", "收入总计"}
    return bool(_INCOME_SIDE.search(name)) and name not in known
