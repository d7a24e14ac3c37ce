"""项目支出绩效目标表 of a budget disclosure: the project's funds, read by their labels.

A disclosure publishes a 项目支出绩效目标(申报)表 for each project: its name, its funds (年度资金总额, 项目总投资,
预算申报数, (一)财政拨款小计 with 1、一般公共预算 / 2、政府性基金 / 3、国有资本经营预算 under it, 其中:财政拨款,
上年结转, 其他资金 …) and its indicators. Published as text its cells come one a line, as pipes, indented, or run
together ("项目总投资20万元中央补助安排0…"); the funds are read by label wherever they stand: each label with
the first amount after it (separators and a colon allowed between). One table of stated funds per title
(kind ``target_funds``) makes one ``budget_disclosure``; its check: a 小计 = the numbered lines under it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import TO_WAN, AccountRow, Accounts, AccountTable
from jixiao.accounts.target_cells import cell_rows, header_run
from jixiao.accounts.target_columns import cells_of, has_amount_column, project_amounts
from jixiao.accounts.target_costs import read_costs
from jixiao.accounts.target_tasks import read_tasks
from jixiao.accounts.target_titles import table_titles
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document, Problem, Val
from jixiao.core.source import Source

# a self-evaluation (绩效目标自评表, 实际完成值, 全年执行数): a project form, never a target table; not 执行率 alone,
# which a target table's indicators name (预算执行率 ≥90%), nor a past year's 执行数 a budget quotes as the basis of
# its cost (项目预算成本构成 … 2020年实际执行数 | 2021年实际执行数), nor the same project's last year (同名项目上年预算执行数)
_SELF = re.compile(r"自评|实际完成|(?<!\d年)(?<!\d年实际)(?<!上年)(?<!上年度)(?<!上年预算)(?<!上年度预算)(?<!上年实际)"
                   r"(?<!上年度实际)执行数")
# a report the table is an attachment of (a 绩效评价报告 whose annex is the project's 绩效目标表): the report's readers'.
# Only a title says so (the file's opening, or a line of its own): a budget's 说明 that mentions 开展绩效自评，形成自评报告
# is still the budget's
_REPORT = re.compile(r"评价报告|自评报告|自评表|转移支付")
# what only an evaluation measures, said anywhere on a page (得分, 自评, 评分, an actual, an executed amount): a page that
# never says any of it holds no self-evaluation
EVALUATION = re.compile(r"得分|评分|完成值|实际值|" + _SELF.pattern)
_TARGET_VALUE = re.compile(r"指标值|目标值")
_NAMED = re.compile(r"项目(?:[(（]专项[)）])?名称|资金名称")  # the project's (or fund's) name: where the table starts
_INDICATORS = re.compile(r"[一二]级指标|绩效指标|产出指标")  # where its indicators start (一级 cut from its 指标: 二级指标)
_TARGETS_ROW = re.compile(r"(?:项目|年度)绩效目标")  # its row of targets, where a text cut before its indicators ends
# the title of a target table that printed none (``_untitled``): what the table is, said as jixiao recognised it
NO_TITLE = "绩效目标表（表无标题，按其内容认定）"
_HEADER_SPAN = 80  # characters after 一级指标 / 绩效指标 where a self-evaluation's columns (实际完成值) are named
_SECTION = re.compile(r"(?:^|\|\s)[一二三四五六七八九十]{1,3}、")  # the 说明's next section (八、名词解释): past the table
_BODY = re.compile(r"项目名称|一级指标|绩效指标")  # a target table's own words after its title
_OPENING = 120  # characters: where a file's own title stands
_HEADING = 50  # characters: a line no longer than this, without a sentence's punctuation, may be a title
_ORD = r"(?:[(（][一二三四五六七八九十][)）]|\d[、.])?"
_FUNDS = ("年度资金总额", "项目总投资", "预算申报数", "财政拨款小计", "自有资金小计", "一般公共预算", "政府性基金预算",
          "政府性基金", "国有资本经营预算", "事业收入", "经营性收入", "其他收入", "其他资金", "中央补助安排",
          "省级财政安排", "市级财政安排", "县级财政安排", "上年结转", "财政拨款",
          # the project's funds over the medium term (中期资金总额, before the year's): never read as the year's 资金总额
          "中期资金总额",
          # other templates' words for the same lines: the whole (资金总额, 总额 under 资金总额及构成, 项目资金总额), the
          # fiscal part (财政资金, 本级财政资金, 上级财政资金, 本级财政), the rest (自有资金, 单位自筹, 自筹资金, 其他)
          "项目资金总额", "资金总额", "总额", "上级财政资金", "本级财政资金", "财政资金", "本级财政", "上级财政",
          "自有资金", "单位自筹", "自筹资金", "单位资金", "其他",
          # the year's part and last year's, named as printed (当年财政拨款 is not read as 财政拨款), and the sources by
          # level of government: run together, no cell says where a label begins
          "当年资金总额", "当年财政拨款", "上年结转资金", "中央资金", "省级资金", "市级资金", "县级资金", "区级资金",
          "上级资金", "本级资金")
# (its unit in brackets after the label, 资金总额（万元） | 50, or after the amount, 项目总投资20万元)
_LABEL = re.compile("(?P<label>" + _ORD + "(?:其中[:：])?(?:" + "|".join(_FUNDS) + "))" +
                    # (the amount said with the word 安排 before it: 一般公共预算安排77300万元)
                    r"[\s|:：]*?(?:安排)?(?:[(（](?P<stated>万元|元)[)）][\s|:：]*?)?"
                    # run together, a two-place amount ends where the next line's "1、" begins (607.872、政府性基金)
                    r"(?P<amount>\d[\d,]*\.\d{2}(?=\d[、.．])|\d[\d,]*(?:\.\d+)?(?![\d.%]))\s*(?P<unit>万元|元)?")
# any money line that states its unit in brackets ("中期市财政预算(万元) | 284500.00", "本年度申请市财政预算资金(万元)"):
# named as printed
_UNIT_LABEL = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:预算|资金|投资|拨款|金额))[\s|]*[(（](万元|元)[)）][\s|:：]*?"
                         r"(\d[\d,]*(?:\.\d+)?)(?![\d.%])")
AMOUNT = "金额"
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*(万元|元)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _stream(fr_body: list[tuple[str, Source]]) -> tuple[str, list[tuple[int, Source]]]:
    """The text as one string (cells and lines joined by " | ") and where each piece starts."""
    parts: list[str] = []
    starts: list[tuple[int, Source]] = []
    at = 0
    for text, src in fr_body:
        starts.append((at, src))
        parts.append(text)
        at += len(text) + 3
    return " | ".join(parts), starts


def _source(starts: list[tuple[int, Source]], pos: int) -> Source:
    best = starts[0][1]
    for at, src in starts:
        if at > pos:
            break
        best = src
    return best


def read_targets(pieces: list[tuple[str, Source]]) -> list[tuple[str, Source, AccountTable]]:
    """(title, where, funds table) for each 绩效目标表 the text holds, with its funds read by label."""
    text, starts = _stream(pieces)
    titles: list[tuple[int, int, str]] = [(m.start(), m.end(), re.sub(r"\s*\|\s*", "", m.group(0)))
                                          for m in table_titles(text)]
    out = _tables(pieces, text, starts, titles)
    if not out and (untitled := _untitled(text)) is not None:
        # (no title, or none that heads a table read: the page's table by what it holds)
        out = _tables(pieces, text, starts, [untitled])
    # a title printed again before its table (the file's name, a heading) makes one table: a reading of no amount is
    # kept only where no other reading bears its title
    def named(x: tuple[str, Source, AccountTable]) -> str:
        return re.sub(r"（\d{4}年度）$", "", x[0])

    return [x for k, x in enumerate(out) if x[2].rows or not any(named(y) == named(x) and (y[2].rows or j < k)
                                                                 for j, y in enumerate(out) if j != k)]


def _untitled(text: str) -> tuple[int, int, str] | None:
    """A target table printed without its title (the page's heading lost, a table cut from its page): the project's
    name (项目名称, 项目(专项)名称, 资金名称), its funds by their labels, then its indicators with their 指标值 (or 目标值;
    where the text was cut before them, its row of targets: 项目绩效目标, 年度绩效目标), in a text that nowhere says what
    only an evaluation measures (``EVALUATION``: 得分, 自评, 实际完成值, 执行数 …). A form that holds targets alone is
    the project's target table, never a self-evaluation; it starts at its name's label."""
    if EVALUATION.search(text):
        return None
    named = _NAMED.search(text)
    if named is None:
        return None
    indicators = _INDICATORS.search(text, named.start())
    if indicators is not None and not _TARGET_VALUE.search(text, indicators.start()):
        indicators = None
    # (or, the indicators cut from the text, the table's row of its targets: 项目绩效目标(含项目概况…), 年度绩效目标)
    indicators = indicators or _TARGETS_ROW.search(text, named.start())
    if indicators is None or not any(x.search(text, named.start(), indicators.start()) for x in (_LABEL, _UNIT_LABEL)):
        return None
    return named.start(), named.start(), NO_TITLE


def _tables(pieces: list[tuple[str, Source]], text: str, starts: list[tuple[int, Source]],
            titles: list[tuple[int, int, str]]) -> list[tuple[str, Source, AccountTable]]:
    """(title, where, funds table) for the table each of ``titles`` (start, end, title) heads."""
    out: list[tuple[str, Source, AccountTable]] = []
    for k, (m_start, m_end, m_title) in enumerate(titles):
        end = titles[k + 1][0] if k + 1 < len(titles) else len(text)
        # the indicators start the table's second half: funds stand before 绩效指标 / 一级指标
        stop = min((x for x in (text.find("一级指标", m_end, end), text.find("绩效指标", m_end, end)) if x >= 0),
                   default=end)
        # a self-evaluation says so in its funds block (全年执行数) or its indicators' header (实际完成值): not in the
        # text after the table (a budget's 名词解释 naming 执行数, a plan to 开展绩效自评)
        section = _SECTION.search(text, stop, end)
        upto = min(end, stop + _HEADER_SPAN, section.start() if section else end)
        if _SELF.search(text, m_start, upto) or _under_report(pieces, text, m_start):
            continue
        where = _source(starts, m_start)
        t = AccountTable("target_funds", "项目资金", where, columns=[AMOUNT], own_name="项目支出绩效目标表 项目资金")
        t.stage = "budget"
        t.unit = _unit(text, m_end, stop)
        seen: set[str] = set()
        # a department's funds by task (总额 | 财政拨款 | 其他资金 over the tasks, 金额合计): the 合计 under each label
        by_task, tasks, block = read_tasks(cells_of(text, m_end, stop), lambda pos: _source(starts, pos), t.unit, seen)
        t.rows.extend(by_task)
        for label, value_text, pos in _header_rows(text, m_end, stop, seen):  # labels over their amounts
            src = _source(starts, pos)
            t.rows.append(AccountRow(label, {AMOUNT: Val(parse_decimal(value_text), value_text, src)}, src))
        # labels as printed where the cells stand apart (当年资金总额 | 10000万元), then the known words anywhere else
        lines: list[tuple[int, AccountRow]] = []
        spans: list[tuple[int, int]] = [block] if block else []
        for label, value_text, unit, pos, at in cell_rows(cells_of(text, m_end, stop)):
            if any(a <= at < b for a, b in spans[:1] if block):
                continue
            spans.append((at, pos + len(value_text)))
            if label not in seen and (value := parse_decimal(value_text)) is not None:
                seen.add(label)
                src = _source(starts, pos)
                lines.append((pos, AccountRow(label, {AMOUNT: Val(_in(value, unit, t), value_text, src)}, src)))
        for f in _LABEL.finditer(text, m_end, stop):
            label = re.sub(r"\s+", "", f.group("label"))
            value = parse_decimal(f.group("amount"))
            if label in seen or value is None or any(a <= f.start("amount") < b for a, b in spans):
                continue
            seen.add(label)
            src = _source(starts, f.start("amount"))
            lines.append((f.start("amount"), AccountRow(label, {AMOUNT: Val(_in(value, _stated(f), t),
                                                                               f.group("amount"), src)}, src)))
        t.rows.extend(r for _, r in sorted(lines, key=lambda x: x[0]))
        for f in _UNIT_LABEL.finditer(text, m_end, stop):
            label = f.group(1)
            if label not in seen and not any(label.endswith(x) or x.endswith(label) for x in seen):
                seen.add(label)
                src = _source(starts, f.start(3))
                t.rows.append(AccountRow(label, {AMOUNT: Val(_in(parse_decimal(f.group(3)), f.group(2), t), f.group(3),
                                                             src)}, src))
        costs, cost_table = read_costs(text, m_end, stop, lambda pos: _source(starts, pos), t.unit)
        for r in costs:  # the cost lines of its 项目预算成本构成, under their names
            if r.name not in seen:
                seen.add(r.name)
                t.rows.append(r)
        header = [x for x, _ in cells_of(text, m_end, min(end, stop + _HEADER_SPAN))]
        if has_amount_column(header):  # one row per indicator, each project's amount in the header's column
            body_end = section.start() if section else end
            # (a table whose indicators no 一级指标/绩效指标 heads, its tree of 产出指标 … under 项目 | 指标值 | 绩效金额,
            # 石嘴山's 批复表: its rows from the title on)
            for name, value_text, pos in project_amounts(cells_of(text, stop if stop < end else m_end, body_end)):
                if name not in seen:
                    seen.add(name)
                    src = _source(starts, pos)
                    t.rows.append(AccountRow(name, {AMOUNT: Val(parse_decimal(value_text), value_text, src)}, src))
        # (the words before the title's own, with the year they start with: 2024年部门整体支出)
        lead = re.search(r"(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]{0,10}$", text[max(0, m_start - 16):m_start])
        # a table the title calls a budget's (部门预算项目支出绩效目标表) is the budget's even where no amount could be read,
        # when the table follows its title (its 项目名称, its indicators), not a 目录's entry naming it
        if t.rows or m_title != NO_TITLE and lead and "预算" in lead.group(0) and _BODY.search(text, m_end, end):
            year = _YEAR.search(text, m_end, m_end + 24)
            title = m_title if m_title == NO_TITLE else (lead.group(0) if lead else "") + m_title + (
                f"（{year.group(1)}年度）" if year else "")
            out.append((title, where, t))
            out.extend((title, where, x) for x in (cost_table, tasks) if x is not None)
    return out


def _under_report(pieces: list[tuple[str, Source]], text: str, before: int) -> bool:
    """Whether a report's or self-evaluation's title stands before ``before``: in the file's opening, or as a line
    of its own (short, no sentence punctuation)."""
    if _REPORT.search(text, 0, min(before, _OPENING)):
        return True
    at = 0
    for piece, _src in pieces:
        if at >= before:
            break
        line = piece.strip()
        if len(line) <= _HEADING and not re.search(r"[，。；,;]", line) and _REPORT.search(line):
            return True
        at += len(piece) + 3
    return False


def _unit(text: str, start: int, stop: int) -> str | None:
    """The table's money unit: the one its byline states (单位：万元), else the first a label or an amount states
    ("中期市财政预算(万元) | 284500.00", "项目总投资20万元")."""
    stated = _TABLE_UNIT.search(text, start, stop)
    if stated:
        return stated.group(1)
    stating = [(f.start(), u) for f in _LABEL.finditer(text, start, stop) if (u := _stated(f))]
    stating += [(f.start(), f.group(2)) for f in _UNIT_LABEL.finditer(text, start, stop)]
    return min(stating)[1] if stating else None


def _stated(f: re.Match[str]) -> str | None:
    """The unit a funds line states, after its label or after its amount."""
    return f.group("unit") or f.group("stated")


def _in(value: Decimal | None, unit: str | None, t: AccountTable) -> Decimal | None:
    """An amount in the unit its row states, in the table's unit (exact: 2845000 元 in a 万元 table is 284.5)."""
    if value is None or unit is None or t.unit is None or unit == t.unit:
        return value
    return value * TO_WAN[unit] / TO_WAN[t.unit]


_ONE_LABEL = re.compile("(" + _ORD + "(?:其中[:：])?(?:" + "|".join(_FUNDS) + r"))\s*(?:[(（]万元[)）])?")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BETWEEN = re.compile(r"金额|预算数|资金|万元|[(（]万元[)）]|")  # a row's own label before its amounts ("金额 | 100 | 80")


def _header_rows(text: str, start: int, stop: int, seen: set[str]) -> list[tuple[str, str, int]]:
    """(label, amount, where) for fund labels printed as a header row over a row of amounts ("年度资金总额 | 财政拨款 |
    其他资金" then "100 | 80 | 20"): two or more labels in a row, then as many amounts, paired in order. A run of
    labels followed by another number of amounts is not paired (which amount is whose is not known): its labels are
    added to ``seen`` so that no amount is read for them by the label-then-amount rule either."""
    cells: list[tuple[str, int]] = []
    at = start
    for piece in text[start:stop].split("|"):
        if piece.strip():
            cells.append((piece.strip(), at + piece.index(piece.strip())))
        at += len(piece) + 1
    out: list[tuple[str, str, int]] = []
    k = 0
    while k < len(cells):
        run = header_run(cells, k)  # labels as printed over as many amounts (其中:同级财政资金 | 其他, 25.00 | 0.00)
        if run is not None:
            out.extend(x for x in run[0] if x[0] not in seen)
            seen.update(x[0] for x in run[0])
            k = run[1]
            continue
        labels: list[str] = []
        while k < len(cells) and (m := _ONE_LABEL.fullmatch(cells[k][0])) is not None:
            labels.append(re.sub(r"\s+", "", m.group(1)))
            k += 1
        if len(labels) < 2:
            k += 1 if not labels else 0
            continue
        while k < len(cells) and _BETWEEN.fullmatch(cells[k][0]) and not _NUMBER.fullmatch(cells[k][0]):
            k += 1
        amounts: list[tuple[str, int]] = []
        while k < len(cells) and _NUMBER.fullmatch(cells[k][0]):
            amounts.append(cells[k])
            k += 1
        if len(amounts) == len(labels):
            out.extend((label, a, pos) for label, (a, pos) in zip(labels, amounts, strict=True) if label not in seen)
        seen.update(labels)
    return out


def target_documents(pieces: list[tuple[str, Source]]) -> list[Document]:
    docs: list[Document] = []
    for title, where, t in read_targets(pieces):
        if t.kind in ("target_costs", "target_tasks") and docs:  # the cost basis or tasks of the table read before it
            docs[-1].extra["accounts"].tables.append(t)
            continue
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", title)]
        acc = Accounts(tables=[t], year=years[0] if years else None, stage="budget")
        problems = [] if t.rows else [Problem(
            "绩效目标表的资金未能按标签读取（项目资金的行名不是已知的资金行），只认出这是部门预算的绩效目标表", where,
            "the target table's funds could not be read by their labels (no known funds line): only recognised as "
            "a budget's target table")]
        if title == NO_TITLE:
            problems.append(Problem(
                "这张表没有标题：按其内容认作项目的绩效目标表（项目名称、资金、指标值；全文没有得分、自评、实际完成值或执行数，"
                "不是自评表）", where, "the table prints no title: recognised by what it holds as a project's target table "
                "(its name, funds and target values; nothing on the page says a score, a self-evaluation, an actual or an "
                "executed amount, so it is no self-evaluation)"))
        docs.append(Document(type="budget_disclosure", title=title, source=where, year=acc.year, tables=[],
                             problems=problems, extra={"accounts": acc}))
    return docs


_SUB = re.compile(r"^\d[、.]")


def check_target_funds(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """A 小计 line = the numbered lines under it ((一)财政拨款小计 = 1、一般公共预算 + 2、政府性基金 + 3、…)."""
    out: list[Finding | None] = []
    for i, r in enumerate(t.rows):
        if not r.name.endswith("小计"):
            continue
        parts = []
        for x in t.rows[i + 1:]:
            if not _SUB.match(x.name):
                break
            parts.append(x)
        if parts:
            out.append(compare(ctx, "total_sum", (f"{t.name}：{r.name} = " + " + ".join(p.name for p in parts),
                                                  f"project funds: {r.name} = the sum of the lines under it"),
                               r.get(AMOUNT), [p.get(AMOUNT) for p in parts], r.source, r.name,
                               [p.name for p in parts], blame_blank=False))
    return [f for f in out if f]
