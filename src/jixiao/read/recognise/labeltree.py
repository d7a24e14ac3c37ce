"""Indicator tables whose weights are printed in the labels (相关性(5分), 部门决策(25分)): department score tables
and scoring-rule tables (评价指标体系, 评分细则), read by meaning in any layout text gives them.

The table is found by its header: two or more level columns (一级指标 / 二级指标 / 三级指标 …) and a weight or
score column (分值, 权重, 得分 …), wherever the words stand (cells, one line, split by a wrap: ``一级指 标``).
After it the text is a stream of atoms: weighted labels (a name and ``(N分)``), plain labels (a short name
right before a number), numbers and texts. The tree is rebuilt from the labels' weights: a label is a leaf
when numbers follow it (its weight and score columns), when it is the last label of a table row, or when it
stands at the header's deepest level; otherwise it opens a group that the following weights fill. The numbers
after a leaf fill the header's number columns in order (分值, then 得分). A table with scores is a department
score table (``dept_evaluation``) when the document says it is a department's; a table with no score at all
is a scoring-rule table (``assessment_rules``), read into records that ``framework draft`` turns into a draft.

Nothing is guessed: a weight or score not printed is missing; a label's weight that its group's leaves do not
make is left to the audit's tree checks, which see the labels' weights.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import HALF_READ, MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.deptmark import is_department_title

LEVEL_WORDS = ("一级指标", "二级指标", "三级指标", "四级指标")
WEIGHT_WORDS = ("指标分值", "分值", "权重", "权数", "标准分", "满分", "指标权重")
SCORE_WORDS = ("自评得分", "考评得分", "评价得分", "实际得分", "自评分", "得分")
RULE_WORDS = ("评分标准", "评分依据", "评分细则", "评分办法", "评分方法", "评分规则", "计分标准", "评价标准",
              "考核标准", "指标说明", "指标解释", "评价要点")
TOTAL_WORDS = ("合计", "总分", "总计")
# Document.extra key: some levels were told by the weights alone, so a level's sum that fails may be a misplacement
LEVELS_FROM_WEIGHTS = "levels_from_weights"
PROJECT_ANCHORS = ("项目名称", "年度资金总额", "项目资金", "年度总体目标", "实施单位", "资金总额")
DEPARTMENT = re.compile(r"部门|履职|机关")  # a first level of a department's evaluation (部门决策, 履职效能)
_MARK = re.compile(r"[(（]\s*[^()（）\d]{0,8}?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_BARE_MARK = re.compile(r"^\s*[(（]\s*(\d+(?:\.\d+)?)\s*[)）]\s*$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?%?$")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff])\s+(?=[\u3000-\u9fff(（])")
_SENTENCE = re.compile(r"[。；;，,：:]")
_CODED = re.compile(r"^[A-Z]\d{0,4}(?![A-Za-z\d])")
_MAX_NAME = 30
_END_GAP = 80  # atoms without a label or a number after which the table has ended


@dataclass(slots=True)
class Atom:
    kind: str  # "label" (a name, weight may be None), "num", "text", "break" (end of a row or line)
    text: str
    source: Source
    weight: Decimal | None = None
    value: Decimal | None = None
    in_label: bool = True  # a label's weight printed in it (相关性(5分)), not in a 分值 column after it


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _name(text: str, cell: bool) -> tuple[list[str], str]:
    """The words before a label's weight mark: (leading words that are not the name, the name). In a table
    cell the whole text is the name; in a line of running text the name is the last word, joined to the short
    fragments before it that a wrap split off (``部门决 策``)."""
    text = text.strip()
    if cell:
        return [], _CJK_GAP.sub("", text)
    words = text.split()
    if not words:
        return [], ""
    k = len(words) - 1
    name = words[k]
    while k > 0 and _fragment(words[k - 1]) and len(words[k - 1] + name) <= _MAX_NAME:
        k -= 1
        name = words[k] + name
    return words[:k], name


def _fragment(word: str) -> bool:
    """A word that may be the start of a label a wrap split (部门决 | 策): Chinese text, no number, no sentence,
    no header word, no total."""
    return (not _NUMBER.match(word) and not _is_header_word(word) and not _SENTENCE.search(word)
            and word not in TOTAL_WORDS and re.search(r"[\u4e00-\u9fff]", word) is not None
            and not re.search(r"\d", word))


def _is_header_word(word: str) -> bool:
    w = _squash(word)
    return any(w.startswith(x) for x in (*LEVEL_WORDS, *WEIGHT_WORDS, *SCORE_WORDS, *RULE_WORDS))


def _words(text: str, source: Source, cell: bool) -> list[Atom]:
    """Numbers and texts of a stretch without weight marks; a cell that is not a number is one text."""
    t = text.strip()
    if not t:
        return []
    if cell and not _NUMBER.match(t):
        return [Atom("text", t, source)]
    out: list[Atom] = []
    for w in t.split() if not cell else [t]:
        if _NUMBER.match(w):
            out.append(Atom("num", w, source, value=None if w.endswith("%") else parse_decimal(w)))
        elif out and out[-1].kind == "text" and not cell:
            out[-1].text += " " + w
        else:
            out.append(Atom("text", w, source))
    return out


def _scan(text: str, source: Source, cell: bool) -> list[Atom]:
    """One cell or line as atoms."""
    text = _fold(text)
    bare = _BARE_MARK.match(text)
    if bare:  # a cell that is only "(10)": a level whose name was lost, with its weight
        return [Atom("label", "", source, weight=Decimal(bare.group(1)))]
    out: list[Atom] = []
    pos = 0
    for m in _MARK.finditer(text):
        before, name = _name(text[pos : m.start()], cell)
        for w in before:
            out += _words(w, source, False)
        if len(name) > _MAX_NAME or _SENTENCE.search(name):
            out += _words(text[pos : m.end()], source, cell)  # a rule's sentence that mentions points
        else:
            out.append(Atom("label", name, source, weight=Decimal(m.group(1))))
        pos = m.end()
    out += _words(text[pos:], source, cell)
    return out


def atoms(fr: FileRead) -> list[Atom]:
    """Every table row and body line as atoms, in reading order, each row or line closed by a break."""
    items: list[tuple[tuple[int, int, int], list[tuple[str, Source]], bool]] = []
    seq = 0
    for t in fr.tables:
        for row in t.rows:
            cells = [(c.text, c.source) for c in row if c.text.strip() and not c.merged]
            if cells:
                s = cells[0][1]
                items.append(((s.page or 0, s.line or 0, seq), cells, True))
                seq += 1
    for text, s in fr.body:
        items.append(((s.page or 0, s.line or 0, seq), [(text, s)], False))
        seq += 1
    items.sort(key=lambda x: x[0])
    out: list[Atom] = []
    for _, cells, is_table in items:
        for text, src in cells:
            out += _scan(text, src, is_table)
        out.append(Atom("break", "", cells[-1][1]))
    return out


@dataclass(slots=True)
class Header:
    levels: int
    numbers: list[str]  # the number columns in order: "weight", "score"
    rules: bool  # a scoring-standard column
    end: int  # index of the first atom after the header
    in_rows: bool  # the header stood in one row or line with its words: rows are real rows
    texts: list[str]


def find_header(at: list[Atom], start: int = 0) -> Header | None:
    """The first run of texts from ``start`` that names two or more levels and a weight or score column."""
    k = start
    while k < len(at):
        if at[k].kind != "text":
            k += 1
            continue
        j = k
        while j < len(at) and at[j].kind in ("text", "break") and j - k < 40:
            j += 1
        run = [a for a in at[k:j] if a.kind == "text"]
        joined = _squash("".join(a.text for a in run))
        first = min((joined.find(w) for w in LEVEL_WORDS if w in joined), default=-1)
        joined = joined[first:] if first >= 0 else joined
        levels = sum(w in joined for w in LEVEL_WORDS)
        if levels >= 2:
            order = []
            for words, kind in ((WEIGHT_WORDS, "weight"), (SCORE_WORDS, "score")):
                pos = min((joined.find(w) for w in words if w in joined), default=-1)
                if pos >= 0:
                    order.append((pos, kind))
            rules = any(w in joined for w in RULE_WORDS)
            rows = len({a.source.line for a in run}) < len(run) or any(
                sum(w in _squash(a.text) for w in LEVEL_WORDS) >= 2 for a in run)
            rows = rows and sum(a.kind == "break" for a in at[j : j + 40]) >= 2  # not one line of everything
            return Header(levels, [kind for _, kind in sorted(order)], rules, j, rows, [a.text for a in run])
        k = j
    return None


@dataclass(slots=True)
class Node:
    name: str
    weight: Decimal | None
    source: Source
    parent: Node | None = None
    remaining: Decimal | None = None
    depth: int = 1
    children: list[Node] = field(default_factory=list)
    score: Val = MISSING
    weight_val: Val = MISSING
    rule: list[str] = field(default_factory=list)
    leaf: bool = False
    cut: bool = False  # a group still open where the table's text ends: its leaves may be missing
    in_label: bool = True  # its weight printed in its label

    def path(self) -> list[Node]:
        out: list[Node] = []
        n: Node | None = self
        while n is not None:
            out.append(n)
            n = n.parent
        return out[::-1]


def _plain_labels(at: list[Atom], hd: Header) -> None:
    """A short text right before a number is an indicator's name when the header has a weight column (必要性 | 5)."""
    if "weight" not in hd.numbers:
        return
    solid = [a for a in at[hd.end :] if a.kind != "break"]
    for a, nxt in zip(solid, solid[1:]):
        if a.kind == "text" and nxt.kind == "num" and nxt.value is not None and len(a.text) <= 20 \
                and not _SENTENCE.search(a.text) and not _is_header_word(a.text) and a.text not in TOTAL_WORDS:
            a.kind, a.in_label, a.weight = "label", False, nxt.value
            a.text = _CJK_GAP.sub("", a.text)


class _Tree:
    def __init__(self, hd: Header) -> None:
        self.hd = hd
        self.roots: list[Node] = []
        self.stack: list[Node] = []
        self.leaves: list[Node] = []
        self.total_weight: Val = MISSING
        self.total_score: Val = MISSING
        self.closed = False
        self.by_weights = False  # some label placed by the weights alone (no row, no score told its level)

    def place(self, a: Atom, leaf: bool, depth: int | None = None, parent: Node | None = None) -> Node:
        """Put ``a`` in the tree: under ``parent`` (the label before it in its row), at ``depth`` (the row's
        labels aligned to the header's deepest level) unless that group is exactly full already, else under
        the deepest open group that can hold its weight."""
        w = a.weight
        if parent is not None and parent in self.stack:
            self.stack = self.stack[: self.stack.index(parent) + 1]
        elif depth is not None and self._aligned(depth, w):
            self.stack = self.stack[: depth - 1]
        else:
            self.by_weights = True
            while self.stack and (self.stack[-1].remaining is not None and w is not None
                                  and self.stack[-1].remaining < w or self.stack[-1].remaining == 0):
                self.stack.pop()
        if len(self.stack) >= self.hd.levels:
            self.stack = self.stack[: self.hd.levels - 1]
        up = self.stack[-1] if self.stack else None
        node = Node(a.text, w, a.source, up, w, (up.depth + 1) if up else 1, in_label=a.in_label)
        node.weight_val = Val(w, a.text, a.source) if w is not None else MISSING
        if up is not None:
            up.children.append(node)
            if up.remaining is not None and w is not None:
                up.remaining -= w
        else:
            self.roots.append(node)
        if leaf or node.depth >= self.hd.levels:
            node.leaf = True
            self.leaves.append(node)
        else:
            self.stack.append(node)
        return node

    def _aligned(self, depth: int, w: Decimal | None) -> bool:
        """Whether the row's alignment can be followed: the groups above ``depth`` are open (a label's weight
        that its group does not make is the document's mistake, for the audit to say, never a reason to move
        the label elsewhere)."""
        return depth <= 1 or len(self.stack) >= depth - 1


def _subtree_end(labels: list[Atom], j: int, depth: int, levels: int) -> int | None:
    """Whether label ``j`` (at ``depth``) opens a group: the labels after it, each a leaf or a group of its own,
    add up to exactly its weight. Returns the index of the first label after the group, else None."""
    weight = labels[j].weight
    if weight is None or depth >= levels:
        return None
    total, pos = Decimal(0), j + 1
    while total < weight and pos < len(labels):
        child = labels[pos].weight
        if child is None:
            return None
        end = _subtree_end(labels, pos, depth + 1, levels)
        pos = end if end is not None else pos + 1
        total += child
    if total < weight and pos >= len(labels) and pos > j + 1:
        return pos  # the text ends inside the group (an excerpt cut short): a group all the same, marked cut
    return pos if total == weight else None


def build(at: list[Atom], hd: Header) -> tuple[_Tree, int]:
    """The tree of the table after ``hd``; returns it and the index where the table ended."""
    _plain_labels(at, hd)
    tree = _Tree(hd)
    k, gap = hd.end, 0
    last: Node | None = None
    row_parent: Node | None = None
    scored = "score" in hd.numbers
    while k < len(at) and gap < _END_GAP:
        a = at[k]
        if a.kind == "text" and _squash(a.text) in TOTAL_WORDS:
            _total(tree, at, k)
            k += 1
            break
        if a.kind == "text" and find_header(at[k : k + 40]) is not None and tree.leaves:
            break  # another table's header
        if a.kind == "break":
            row_parent = None
        if a.kind != "label":
            gap = 0 if a.kind == "num" else gap + (a.kind == "text")
            if last is not None and a.kind == "text" and hd.rules:
                last.rule.append(a.text)
            k += 1
            continue
        gap = 0
        following = _following(at, k)
        nums = [x for x in following if x.kind == "num" and x.value is not None]
        last_in_row = hd.in_rows and not any(x.kind == "label" for x in _rest_of_row(at, k))
        if nums or last_in_row:
            leaf = True
        elif hd.in_rows or scored:  # a score table's leaves are the labels with numbers after them
            leaf = False
        else:
            labels = []
            for x in at[k:]:
                if x.kind == "text" and _squash(x.text) in TOTAL_WORDS:
                    break
                if x.kind == "label":
                    labels.append(x)
            leaf = _subtree_end(labels, 0, _depth(tree, a), hd.levels) is None
        weight, score = _numbers(hd, a, nums) if leaf else (MISSING, MISSING)
        if not a.in_label:
            a.weight = weight.dec
        depth = None
        if hd.in_rows and row_parent is None:
            depth = max(1, hd.levels - _cells_after(at, k, hd))
        elif not hd.in_rows and scored and not leaf:
            depth = _chain_depth(at, k, hd.levels)
        node = tree.place(a, leaf, depth, row_parent if hd.in_rows else None)
        row_parent = node if hd.in_rows and not node.leaf else None
        last = node if node.leaf else None
        if not a.in_label:
            node.weight_val = weight
        node.score = score
        k += 1
    return tree, k


def _chain_depth(at: list[Atom], k: int, levels: int) -> int | None:
    """The depth of a group label in a score table without rows: the labels from it to the next scored leaf
    are its chain down to the deepest level (部门管理(19分) 资金管理(20分) 预算执行率(10分) 8.5)."""
    chain = 0
    for j in range(k, len(at)):
        x = at[j]
        if x.kind == "label":
            chain += 1
            if any(y.kind == "num" for y in _following(at, j)):
                return max(1, levels - chain + 1)
    return None


def _depth(tree: _Tree, a: Atom) -> int:
    """The depth ``a`` will take: under the deepest open group that can still hold its weight."""
    depth = len(tree.stack)
    for node in reversed(tree.stack):
        if node.remaining is None or a.weight is None or (node.remaining >= a.weight and node.remaining > 0):
            break
        depth -= 1
    return min(depth, tree.hd.levels - 1) + 1


def _following(at: list[Atom], k: int) -> list[Atom]:
    out = []
    for x in at[k + 1 :]:
        if x.kind == "label" or (x.kind == "text" and _squash(x.text) in TOTAL_WORDS):
            break
        out.append(x)
    return out


def _cells_after(at: list[Atom], k: int, hd: Header) -> int:
    """The level cells after label ``k`` in its row: the labels, and a short text closing a row that holds no
    number (a placeholder in the deepest level's column: 履职成效(20分) | 部门特性指标)."""
    rest = _rest_of_row(at, k)
    labels = sum(x.kind == "label" for x in rest)
    if not hd.rules and not any(x.kind == "num" for x in rest):
        labels += sum(x.kind == "text" and len(x.text) <= 20 and not _SENTENCE.search(x.text) for x in rest)
    return labels


def _rest_of_row(at: list[Atom], k: int) -> list[Atom]:
    out = []
    for x in at[k + 1 :]:
        if x.kind == "break":
            break
        out.append(x)
    return out


def _numbers(hd: Header, a: Atom, nums: list[Atom]) -> tuple[Val, Val]:
    """The numbers after a leaf, into the header's number columns (分值, then 得分): a weight printed in the label
    leaves the first number to the score when the header has a score column and fewer numbers follow."""
    cols = list(hd.numbers)
    if a.in_label and a.weight is not None and len(nums) < len(cols) and "score" in cols:
        cols = ["score"]
    weight = score = MISSING
    for col, x in zip(cols, nums):
        val = Val(x.value, x.text, x.source)
        if col == "weight":
            weight = val
        else:
            score = val
    return weight, score


def _total(tree: _Tree, at: list[Atom], k: int) -> None:
    nums: list[Atom] = []
    for x in at[k + 1 : k + 30]:  # the total row's numbers, over the blank cells and breaks a layout leaves
        if x.kind in ("label", "text") or len(nums) == 2:
            break
        if x.kind == "num" and x.value is not None:
            nums.append(x)
    tree.closed = True
    vals = [Val(x.value, x.text, x.source) for x in nums]
    if len(vals) >= 2:
        tree.total_weight, tree.total_score = vals[0], vals[1]
    elif vals:
        if "score" in tree.hd.numbers and any(n.score.value is not None for n in tree.leaves):
            tree.total_score = vals[0]
        else:
            tree.total_weight = vals[0]


def _label(node: Node | None) -> Val:
    """A group's label as the audit's tree checks read it: its weight in it (部门决策(25分)), unless the table was
    cut before the group was whole (``cut``)."""
    if node is None:
        return MISSING
    text = f"{node.name}({node.weight}分)" if node.weight is not None and not node.leaf and not node.cut \
        else node.name
    return Val(text if node.name else None, text, node.source)  # a level whose name was lost: no group


def _indicator(node: Node) -> IndicatorRow:
    above = node.path()[:-1]
    rule = "".join(node.rule)
    return IndicatorRow(
        level1=_label(above[0]) if above else MISSING, level2=_label(above[-1]) if len(above) > 1 else MISSING,
        level3=Val(node.name or None, node.name, node.source), weight=node.weight_val, score=node.score,
        rule_text=Val(rule, rule, node.source) if rule else MISSING, source=node.source,
    )


def _document(fr: FileRead, at: list[Atom], hd: Header, tree: _Tree, start: int) -> Document | None:
    leaves = tree.leaves
    in_label = sum(n.in_label and n.weight is not None for n in leaves)
    if len(leaves) < 3 or not any(n.weight is not None for n in tree.roots):
        return None
    if sum(bool(_CODED.match(n.name)) for n in leaves) * 2 >= len(leaves):
        return None  # rows anchored on indicator codes (A11, B1041): recognise.dept reads them
    if ("weight" in hd.numbers and hd.rules) or ("weight" not in hd.numbers and in_label * 2 < len(leaves)):
        return None  # a 分值 column beside the rules: the other readers' family (recognise.scoretable, dept)
    scored = sum(n.score.value is not None for n in leaves)
    before = [a.text for a in at[max(0, hd.end - 80) : hd.end] if a.kind == "text"]
    if any(_squash(t).startswith(PROJECT_ANCHORS) or len(_squash(t)) <= 15 and any(w in _squash(t) for w in
           PROJECT_ANCHORS) for t in before):
        return None  # a project form's indicator block (a label, not a word in a report's sentence): not ours
    if scored * 2 >= len(leaves):
        if not (is_department_title(" ".join(before)) or any(DEPARTMENT.search(n.name) for n in tree.roots)):
            return None  # a project's score table: the project readers' own
        kind = "dept_evaluation"
    elif scored == 0:
        kind = "assessment_rules"
    else:
        return None
    open_groups = [n for n in tree.stack if n.remaining] if not tree.closed else []
    for n in open_groups:
        n.cut = True
    src = at[hd.end - 1].source
    title = next((t for t in reversed(before) if re.search(r"(评分|评价|得分|考核|指标体系)[表细]|指标体系", t)), None)
    doc = Document(type=kind, title=_squash(title) if title else None,
                   source=Source(src.file, src.line, src.page, None, src.sheet),
                   year=find_year(before), indicators=[_indicator(n) for n in leaves],
                   total_score=tree.total_score, total_weight=tree.total_weight)
    lines = {a.source.line for a in at[hd.end - len(hd.texts) : start]}
    doc.tables = [t for t in fr.tables if any(c.source.line in lines for r in t.rows for c in r)]  # claimed
    doc.problems.append(problem(
        "按标签读取的指标表：权重印在指标名称中（如“相关性(5分)”），层级由各级权重的加总还原",
        "an indicator table read by its labels: the weights printed in the names (相关性(5分)), the levels "
        "rebuilt from how the weights add up", doc.source))
    if open_groups:
        names = "、".join(n.name or f"({n.weight}分)" for n in open_groups)
        doc.problems.append(problem(f"表格在“{names}”中截断：其分值之和不予核对", f"the table ends inside "
                                    f"'{names}': its weights are not summed", open_groups[-1].source))
    for n in leaves:
        if n.weight is None:
            doc.problems.append(problem(f"“{n.name}”的分值未能读出", f"the weight of '{n.name}' could not be read",
                                        n.source))
    if tree.by_weights:
        doc.extra[LEVELS_FROM_WEIGHTS] = True
    if not tree.closed and kind == "dept_evaluation":
        doc.extra[HALF_READ] = "评分表后没有合计或总分行"
    return doc


def recognise(fr: FileRead) -> list[Document]:
    """The weighted-label tables of a file, each a document."""
    at = atoms(fr)
    out: list[Document] = []
    k = 0
    while k < len(at):
        hd = find_header(at, k)
        if hd is None:
            break
        tree, end = build(at, hd)
        doc = _document(fr, at, hd, tree, end)
        if doc is not None:
            out.append(doc)
        k = max(end, hd.end)
    return out
