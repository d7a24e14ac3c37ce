"""The labels of a scoring table whose weights stand in them (``ruletable_labels``) as a tree, rebuilt by
meaning, not by position:

- a label directly followed by another label (nothing but separators or a list mark between) opens a group:
  its rows follow; so does one whose sentence says its parts follow (决策20分，包括项目立项8分、…); a label
  followed by text (its 评分标准) is a row;
- a label goes under the innermost open group whose weight it still fits; a group is closed when its rows
  make its weight. A row that fits no open group but stands at the depth of the rows read so far is still
  that group's (its weights then do not add up: the audit says so, as a suspect, since the levels were
  placed by the weights);
- a pure list of labels (no rule text or score between them) has its levels told by the weights alone
  (``ruletable_sums``); a group of one row that weighs less than it is that row and its grades;
- a numbered list whose every label has a list mark has its levels told by the marks' styles (``_by_marks``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.read.recognise.ruletable_names import LIST_MARKS, Label
from jixiao.read.recognise.ruletable_sums import parse as parse_sums

TOTAL = re.compile(r"(?:合计|总分|总计)\s*[:：|]?\s*(\d+(?:\.\d+)?)(?:\s*[|\s]\s*(\d+(?:\.\d+)?))?")
SEPARATORS = re.compile(r"[\s|]+")



@dataclass(eq=False)
class Node:
    """A label in the tree: a group (its rows and subgroups under it) or a row. The weights read under a group
    are summed once and kept; a change below it (``add``, ``make_row``) clears the kept sums up the tree."""

    label: Label
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    group: bool = False
    mark: str | None = None  # the style of the list mark its label is printed after (``_mark_style``)
    _used: Decimal | None = field(default=None, repr=False)

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    def used(self) -> Decimal:
        """The weights of the rows read under it (a group's label may print another weight: the audit says so)."""
        if self._used is None:
            self._used = sum((c.used() if c.group else c.label.weight for c in self.children), Decimal(0))
        return self._used

    def add(self, child: Node) -> None:
        """``child`` goes under this node."""
        child.parent = self
        self.children.append(child)
        self._changed()

    def make_row(self) -> None:
        """No group after all: its children dropped, it counts as a row of its own weight."""
        self.children, self.group = [], False
        self._changed()

    def _changed(self) -> None:
        node: Node | None = self
        while node is not None:
            node._used = None
            node = node.parent


_PARTS_FOLLOW = re.compile(r"^[,，:：]?(?:其中|包括|包含|含|分别为|分别是)[:：]?$")


def _opens_group(text: str, labels: list[Label], k: int) -> bool:
    """Whether label ``k`` opens a group: the next label follows it with nothing but separators or a list
    mark between (一级 二级 三级 printed side by side), and does not weigh more. A number between them is the
    row's score (相关性(5分)5明确性(5分)): the label is a row."""
    if k + 1 >= len(labels):
        return False
    nxt = labels[k + 1]
    gap = LIST_MARKS.sub("", SEPARATORS.sub("", text[labels[k].end : nxt.start]))
    if _PARTS_FOLLOW.match(gap):  # 决策20分，包括项目立项8分、…: the sentence says the parts follow
        return nxt.weight < labels[k].weight
    return len(gap) <= 4 and not re.search(r"[\d。；;，,：:、]", gap) and nxt.weight <= labels[k].weight  # 、: siblings


_HEADING_MARK = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分项条]*)[\s|]*$")


_NUMBERED_ITEM = re.compile(r"(?:^|(?<=[\s。；;:：|]))(?:\d+[.、．)）]|[(（]\d+[)）]|[①-⑳])")


def _made_by_next(text: str, labels: list[Label], k: int, styles: list[str | None]) -> bool:
    """Whether label ``k`` is a heading whose rows follow it after its own text: it carries a heading's mark (一、,
    (一), 第一部分) and the labels after it, each lighter, make its weight exactly ((二)规章制度(5分)。健全…(2分)；…
    (1分)；…(1分)；…(1分)) — or, at the end of the labels, fall short of it (the text cut inside the group). Rows
    that only happen to add up to a row's weight are not taken for its parts: the label must be a heading (a
    label alone on its line is not enough: every label of a table printed one cell a line is)."""
    lab = labels[k]
    head = _HEADING_MARK.search(text, max(0, lab.start - 12), lab.start)
    if head is None or k + 1 >= len(labels) or _NUMBERED_ITEM.search(text, lab.end, labels[k + 1].start):
        return False  # (items numbered (1)…〔1分〕: a numbered list's, each named by its first clause)
    if _same_marks(styles, k):
        return False  # ((三)…(20分) then (四)…(10分), (五)…(10分): siblings by their marks, whatever their sums)
    total = Decimal(0)
    for j in range(k + 1, len(labels)):
        if labels[j].weight >= lab.weight:
            return False
        total += labels[j].weight
        if total == lab.weight:
            return j > k + 1
        if total > lab.weight:
            return False
    return total > 0 and len(labels) - k > 2  # cut off by the end of the text


def _chains(opens: list[bool]) -> list[int]:
    """For each label, how many labels stand side by side from it on, each opening the next (部门决策 目标设定
    合理性: 3), from whether each label opens a group (worked out once, from the end)."""
    out = [1] * len(opens)
    for k in range(len(opens) - 2, -1, -1):
        if opens[k]:
            out[k] = out[k + 1] + 1
    return out


def _by_sums(text: str, labels: list[Label], opens: list[bool], styles: list[str | None]) -> list[Node] | None:
    """A pure list of labels (nearly every label followed directly by the next: no rule text, no score between
    them) has its levels told by the weights alone (``ruletable_sums``)."""
    side_by_side = sum(opens[k] or _gap_free(text, labels, k) for k in range(len(labels) - 1))
    if len(labels) < 4 or side_by_side < 0.8 * (len(labels) - 1):
        return None
    parents = parse_sums([lab.weight for lab in labels], cut=TOTAL.search(text, labels[-1].end) is None)
    if parents is None or any(up is not None and _same_marks(styles, up, i) for i, up in enumerate(parents)):
        return None  # (a group and its row opened by marks of one style: siblings, the sums a coincidence)
    nodes = [Node(lab) for lab in labels]
    roots: list[Node] = []
    for node, up in zip(nodes, parents):
        if up is None:
            roots.append(node)
        else:
            nodes[up].group = True
            nodes[up].add(node)
    # kept only when the weights settle it: every first level a group, each making its weight (the last may
    # be cut off by the end of the text)
    if any(not r.children or (r is not roots[-1] and r.used() != r.label.weight) for r in roots):
        return None
    return roots


_MARKS_AT_MOST = 64  # characters of list marks that can stand between two labels side by side (1.2.3. …, ①②)


def _gap_free(text: str, labels: list[Label], k: int) -> bool:
    """Nothing but separators and list marks between label k and the next. A gap longer than any run of marks is
    not free, decided before the marks are looked for: ``LIST_MARKS`` tries every start of a long digit run."""
    gap = SEPARATORS.sub("", text[labels[k].end : labels[k + 1].start])
    return len(gap) <= _MARKS_AT_MOST and not LIST_MARKS.sub("", gap)


# (an outline's number three levels deep, 1.2.1, glued to the weight before it or not: a level of its own)
# (or a Chinese numeral alone opening the line, its 、 lost: 一保障指标10分, ``ruletable_names._glued_numerals``)
_MARK_AT_END = re.compile(rf"(?:[1-9](?:[.．]\d+){{2,}}|{LIST_MARKS.pattern}|(?<=\n)[一二三四五六七八九十])[\s|]*$")
# the style of a list mark, whatever its number: 1. 1、 1) (1) (一) 一、 ① 第1部分
_MARK_STYLES = ((re.compile(r"^\d+[.．]\d+[.．]\d"), "n.n.n"), (re.compile(r"^\d+[.．]"), "n."), (re.compile(r"^\d+、"), "n、"), (re.compile(r"^\d+[)）]"), "n)"),
                (re.compile(r"^[(（]\d+"), "(n)"), (re.compile(r"^[(（]"), "(z)"), (re.compile(r"^[一二三四五六七八九十]"), "z、"),
                (re.compile(r"^[①-⑳]"), "c"), (re.compile(r"^第"), "第"))


def _same_marks(styles: list[str | None], k: int, j: int | None = None) -> bool:
    """Labels ``k`` and ``j`` (the next by default) each opened by a list mark, the two of one style (``styles``: each
    label's, ``_mark_style``): siblings, never group and row."""
    j = k + 1 if j is None else j
    return j < len(styles) and styles[k] is not None and styles[k] == styles[j]


def _style(mark: str) -> str | None:
    """The style of a list mark (``_MARK_STYLES``), None for none of them."""
    mark = mark.strip(" |\t\n")
    return next((name for pattern, name in _MARK_STYLES if pattern.match(mark)), None)


def _by_marks(labels: list[Label], styles: list[str | None]) -> list[Node] | None:
    """A numbered list (1.决策(20分) (1)目标设定(8分) ①绩效目标合理性(5分)…) has its levels told by its list marks:
    each style of mark is a level, in the order the styles first appear; a style seen before goes back to its
    level. Only when every label has a mark and there are two styles or more (else None)."""
    if None in styles or len(set(styles)) < 2:
        return None
    open_styles: list[str | None] = []  # the styles of the levels open, outermost first
    last: list[Node] = []  # the last node of each open level
    roots: list[Node] = []
    for lab, style in zip(labels, styles):
        if style in open_styles:
            del open_styles[open_styles.index(style) :]
        again = last[len(open_styles)] if len(last) > len(open_styles) else None
        if again is not None and again.group and (again.label.name, again.label.weight) == (lab.name, lab.weight):
            open_styles.append(style)  # a group's label printed again over a page's rows: the same group goes on
            continue
        node = Node(lab)
        depth = len(open_styles)
        del last[depth:]
        if depth:
            last[-1].group = True
            last[-1].add(node)
        else:
            roots.append(node)
        open_styles.append(style)
        last.append(node)
    # the styles' order is that of their first appearance: a text that starts inside a table (its first row a
    # second level's, 7、…(6分) before (三)资金管理(30分)) gets it wrong, which its weights then show (rows weighing
    # more than their group): not told by its marks. Rows each lighter than their group that overflow it together,
    # in a tree some group of which its rows make exactly, are the table's own mistake (五、课题研究5分: 2分 + 4分),
    # for the audit to say
    return roots if within(roots) or lighter(roots) and plausible(roots) else None


def label_tree(text: str, labels: list[Label], groups: frozenset[int] = frozenset()) -> list[Node]:
    """The labels as a tree: each goes under the innermost open group it fits (groups close when their rows
    make their weight); a label that fits no open group goes up, but not above its own depth (the depth of
    the rows, or a group's by its chain of labels down to a row): there it stays, its weights not adding up.
    A pure list of labels is told by its sums alone (``_by_sums``). ``groups``: the labels known to be levels (in a
    table whose rows print their weights elsewhere), each a group even when no row follows it (the text cut off)."""
    styles = [_mark_style(text, labels, k) for k in range(len(labels))]  # (each label's list mark, worked out once)
    marked = _by_marks(labels, styles)
    if marked is not None:
        return marked
    opens = [k in groups or not _same_marks(styles, k) and _opens_group(text, labels, k)
             or _made_by_next(text, labels, k, styles) for k in range(len(labels))]  # worked out once
    pure = _by_sums(text, labels, opens, styles)
    if pure is not None:
        return pure
    chains = [max(n, 2) if k in groups else n for k, n in enumerate(_chains(opens))]  # a level: rows below it
    roots: list[Node] = []
    stack: list[Node] = []  # the open groups, outermost first
    depths: Counter[int] = Counter()  # the depths of the rows read so far: the most common is the rows' depth
    level_of: dict[str, int] = {}  # the depth each style of list mark was first placed at
    last_at: list[Node] = []  # the last node placed at each depth
    for k, lab in enumerate(labels):
        style = styles[k]
        node = Node(lab, group=opens[k], mark=style)
        d = level_of.get(style) if style is not None else None
        up = last_at[d - 1] if d and len(last_at) >= d else None
        if up is not None and up.mark is None:
            d = None  # (the label above has no mark of its own: its place says nothing; placed by weight)
        if d is not None and (d == 0 or up is not None) and not (
                d == 0 and stack and stack[-1].used() + lab.weight <= stack[-1].label.weight):
            # a mark of a style seen before goes back to its level, under the last label placed above it
            # ((四)…(10分) after (三)'s items: (三)'s sibling; 1、 after (四): (四)'s row); not out of a group it
            # still fits at the top (a text begun inside a table, its first rows taken for first levels)
            if up is None:
                roots.append(node)
            else:
                up.group = True
                up.add(node)
            stack = [n for n in _path(up) if n.group]
            if node.group:
                stack.append(node)
            else:
                depths[node.depth] += 1
            del last_at[d:]
            last_at.append(node)
            continue
        leaf_depth = depths.most_common(1)[0][0] if depths else -1
        depth = None if leaf_depth < 0 else leaf_depth - (chains[k] - 1 if node.group else 0)
        while node.group and depth is not None and len(stack) > max(depth, 0):
            stack.pop()  # a group's chain of labels down to a row says its depth
        while stack and stack[-1].used() >= stack[-1].label.weight:
            stack.pop()  # full: its rows are all read
        while stack and stack[-1].used() + lab.weight > stack[-1].label.weight:
            if depth is not None and len(stack) <= depth and stack[-1].label.weight > lab.weight:
                break  # at its own depth: it stays, even where the weights do not add up
            stack.pop()
        if stack:
            stack[-1].add(node)
        else:
            roots.append(node)
        if node.group:
            stack.append(node)
        else:
            depths[node.depth] += 1
        if style is not None:
            level_of.setdefault(style, node.depth)
        del last_at[node.depth:]
        last_at.append(node)
    return roots


def _path(node: Node | None) -> list[Node]:
    """The nodes from the root down to ``node``, itself included (none for None)."""
    out: list[Node] = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out[::-1]


def _mark_style(text: str, labels: list[Label], k: int) -> str | None:
    """The style of the list mark right before label ``k`` (``_MARK_STYLES``), None where it has none."""
    found = _MARK_AT_END.search(text, max(labels[k - 1].end if k else 0, labels[k].start - 12), labels[k].start)
    return None if found is None else _style(found.group(0))


def collapse_tiers(nodes: list[Node], last: Label) -> None:
    """A group of one row that weighs less than it is no group: 技术指标全部完成(10分) 个别非关键指标未完成(8分)
    有一项关键指标未完成(5分) is one row and the grades of its 评分标准, printed like labels. (A group of one row
    at the end of the text is kept: its other rows may be cut off.)"""
    for n in nodes:
        collapse_tiers(n.children, last)
        if len(n.children) == 1 and not n.children[0].children and n.children[0].label.weight < n.label.weight \
                and n.children[0].label is not last:
            n.make_row()


def leaves_of(nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for n in nodes:
        out.extend(leaves_of(n.children) if n.children else [n])
    return out


def within(roots: list[Node]) -> bool:
    """No group whose rows weigh more than it: a tree whose weights may fall short (a row cut off, a group's weight
    misprinted: the audit says so) but never overflow."""
    return all(not n.children or (n.used() <= n.label.weight and within(n.children)) for n in roots)


def lighter(roots: list[Node]) -> bool:
    """Every row and subgroup weighs less than its group."""
    return all(c.label.weight < n.label.weight and lighter([c]) for n in roots for c in n.children)


def plausible(roots: list[Node]) -> bool:
    """A tree that the weights confirm: a group whose rows make its weight, or first levels making 100."""
    def whole(n: Node) -> bool:
        return bool(n.children) and (n.used() == n.label.weight or any(whole(c) for c in n.children))

    return any(whole(r) for r in roots) or sum((r.label.weight for r in roots), Decimal(0)) == 100
