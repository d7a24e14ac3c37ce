"""Rebuild the indicator tree of a weighted-label table from its atoms (``build``).

A label is a leaf when numbers follow it, when it is the last label of a table row, or when it stands at the
header's deepest level; otherwise it opens a group that the following weights fill (``Tree.place`` puts each
label under the row's label before it, at the depth its row gives, or under the deepest open group that can hold
its weight). The numbers after a leaf fill the header's number columns in order (分值, then 得分); a 合计 row
gives the totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.records import MISSING, Val
from jixiao.core.source import Source
from jixiao.read.recognise.common import LABEL_GAP, squash
from jixiao.read.recognise.labeltree_atoms import (
    SENTENCE,
    TOTAL_WORDS,
    Atom,
    Header,
    find_header,
    is_header_word,
)

_END_GAP = 80  # atoms without a label or a number after which the table has ended


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


def plain_labels(at: list[Atom], hd: Header) -> bool:
    """A short text right before a number is an indicator's name when the header has a weight column (必要性 | 5).
    Whether it looked (the header has a weight column): the atoms after a later header were looked at then, and
    looking again changes none of them."""
    if "weight" not in hd.numbers:
        return False
    solid = [a for a in at[hd.end :] if a.kind != "break"]
    for a, nxt in zip(solid, solid[1:]):
        if a.kind == "text" and nxt.kind == "num" and nxt.value is not None and len(a.text) <= 20 \
                and not SENTENCE.search(a.text) and not is_header_word(a.text) and a.text not in TOTAL_WORDS:
            a.kind, a.in_label, a.weight = "label", False, nxt.value
            a.text = LABEL_GAP.sub("", a.text)
    return True


class Tree:
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


def build(at: list[Atom], hd: Header) -> tuple[Tree, int]:
    """The tree of the table after ``hd`` (its plain labels marked, ``plain_labels``); returns it and the index
    where the table ended."""
    tree = Tree(hd)
    k, gap = hd.end, 0
    last: Node | None = None
    row_parent: Node | None = None
    scored = "score" in hd.numbers
    while k < len(at) and gap < _END_GAP:
        a = at[k]
        if a.kind == "text" and squash(a.text) in TOTAL_WORDS:
            _total(tree, at, k)
            k += 1
            break
        if a.kind == "text" and tree.leaves and _header_here(at, k):
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
                if x.kind == "text" and squash(x.text) in TOTAL_WORDS:
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


def _header_here(at: list[Atom], k: int) -> bool:
    """Another table's header opens at text ``k``: found in the next atoms with no label nor number before its
    end (labels after a placeholder text, 部门特性指标 | | | 可持续发展能力(15分) …, are this table's rows still)."""
    hd = find_header(at[k : k + 40])
    return hd is not None and not any(x.kind in ("label", "num") for x in at[k : k + hd.end])


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


def _depth(tree: Tree, a: Atom) -> int:
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
        if x.kind == "label" or (x.kind == "text" and squash(x.text) in TOTAL_WORDS):
            break
        out.append(x)
    return out


def _cells_after(at: list[Atom], k: int, hd: Header) -> int:
    """The level cells after label ``k`` in its row: the labels, and a short text closing a row that holds no
    number (a placeholder in the deepest level's column: 履职成效(20分) | 部门特性指标)."""
    rest = _rest_of_row(at, k)
    labels = sum(x.kind == "label" for x in rest)
    if not hd.rules and not any(x.kind == "num" for x in rest):
        labels += sum(x.kind == "text" and len(x.text) <= 20 and not SENTENCE.search(x.text) for x in rest)
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


def _total(tree: Tree, at: list[Atom], k: int) -> None:
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
