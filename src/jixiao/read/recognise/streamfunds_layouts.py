"""The funds block's other layouts (``streamfunds``): funds printed by source with no total row, each column's
label printed beside its value, a rate reckoned on the 年初预算数, and the block's weight printed in its label.
Each reads what the usual row-by-row reading could not, says so, and keeps every value's source.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import Document, Problem, Val
from jixiao.read.recognise.common import BLOCK_WEIGHT, problem
from jixiao.read.recognise.formspec import funds_column, funds_row
from jixiao.read.recognise.placement import Item, Placed, judge
from jixiao.read.recognise.streamfunds_cut import funds_amount
from jixiao.read.recognise.streamfunds_put import put
from jixiao.read.recognise.tokens import Token, number

LABEL_REACH = 12  # tokens after the block's label in which its weight may stand


def by_source(toks: list[Token], doc: Document, problems: list[Problem], start: int, stop: int) -> None:
    """The funds printed by source (来源: 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) with no total row's
    label: the rate is the block's one percent, the spending the amount just before it, the budget the 合计
    before that, the sources' amounts before it adding up to it; kept only when the rate is the spending over
    the budget."""
    texts = [t.text for t in toks[max(0, start - 8) : stop]]  # the block may open at 执行数, after 合计
    if "合计" not in texts or "执行数" not in texts:
        return
    nums: list[Token] = []
    rate: Token | None = None
    for k in range(start, stop):
        x = toks[k].text
        if x == "%" and nums and nums[-1] is toks[k - 1]:  # 100 %: the sign printed apart
            last = nums.pop()
            rate = Token(last.text + "%", last.source)
            break
        if x.endswith("%") and number(x) is not None:
            rate = toks[k]
            break
        if number(x) is not None and not (k + 1 < stop and toks[k + 1].text.startswith(("年", "月", "日", "分"))):
            nums.append(toks[k])
    if rate is None or len(nums) < 2:
        return
    budget, spent = nums[-2], nums[-1]
    b, e, r = number(budget.text), number(spent.text), number(rate.text)
    if b is None or e is None or r is None:
        return
    parts = [v for t in nums[:-2] if (v := number(t.text)) is not None]
    values = {"annual_budget": Item(budget.text, b), "executed": Item(spent.text, e), "rate": Item(rate.text, r)}
    bad, good = judge(values)
    summed = bool(parts) and sum(parts, Decimal(0)) == b
    if not summed and (bad or not good):  # neither the sources' sum nor the rate confirms the places
        return
    put(doc, problems, "total", budget, [budget, spent, rate], Placed(values, "as printed"))
    problems.append(problem("资金按来源列出（合计、执行数、执行率），无年度资金总额行：合计读作预算数，其前一个数为执行数"
                            + ("（执行率与之不符）" if bad else ""),
                            "funds printed by source with no total row: 合计 read as the budget, the next "
                            "amount as the spending" + (" (the rate disagrees)" if bad else ""), budget.source))


def label_pairs(toks: list[Token], doc: Document, problems: list[Problem], pairs: list[tuple[str, Token]],
                loose: list[Token], columns: list[str]) -> None:
    """The block printed as its columns' labels each beside its value, the sums of the whole project (预算数 6.84
    到位数 6.84 执行数 6.84 100.00): each value under its label, and a last number alone under the one column
    left without a value (the labels place them: the audit, not the reading, judges their arithmetic)."""
    values = {col: Item(funds_amount(t.text) or t.text, v) for col, t in pairs if (v := number(funds_amount(t.text) or ""))}
    left = [c for c in columns if c not in values]
    if len(loose) == 1 and len(left) == 1 and (v := number(loose[0].text)) is not None:
        values[left[0]] = Item(loose[0].text, v)
        pairs = [*pairs, (left[0], loose[0])]
    put(doc, problems, "total", pairs[0][1], [t for _, t in pairs], Placed(values, "as printed"))
    problems.append(problem("资金表按“栏目 数值”成对读取（各栏目标签后紧随其数值）",
                            "funds read as label-value pairs (each column's label followed by its value)",
                            pairs[0][1].source))


def rate_on_initial(toks: list[Token], doc: Document, problems: list[Problem], start: int, stop: int) -> None:
    """A form with no 全年预算数 whose header names 年初预算数 (A) the base of 执行率(B/A): the rate is
    reckoned on the 年初预算数, which is then the budget the rate and the score are checked against."""
    labels = [t.text for t in toks[start:stop]]
    if not (any(funds_column(x) == "initial_budget" and "(A)" in x for x in labels)
            and any(funds_column(x) == "rate" and "B/A" in x for x in labels)):
        return
    based = [row for row in doc.funds.values()
             if row.initial_budget.value is not None and row.annual_budget.value is None]
    for row in based:
        row.annual_budget = row.initial_budget
    if based:
        problems.append(problem(
            "表中无全年预算数栏，执行率(B/A)以年初预算数(A)为基数，按年初预算数核对执行率和得分",
            "no 全年预算数 column: the rate (B/A) is reckoned on the 年初预算数 (A), against which the rate and "
            "the score are checked", based[0].initial_budget.source))


def weight_in_label(toks: list[Token], doc: Document, problems: list[Problem], start: int) -> None:
    """The block's weight printed in its label (预算执行情况(万元)(20分)), when no 分值 cell gave it."""
    total = doc.funds.get("total")
    if total is None or total.weight.value is not None:
        return
    head = toks[start : start + LABEL_REACH]
    stop = next((n for n, tok in enumerate(head) if n and funds_row(tok.text) is not None), len(head))
    text = "".join(tok.text for tok in head[:stop + 1])
    m = BLOCK_WEIGHT.search(text)
    if m is None:
        return
    total.weight = Val(Decimal(m.group(1)), f"({m.group(1)}分)", toks[start].source)
    problems.append(problem(f"预算执行的分值读自资金表的标题（{m.group(1)}分）",
                            f"the execution block's weight read from its label ({m.group(1)} points)",
                            toks[start].source))
