"""The rows of a project evaluation's score table (决策 / 过程 / 产出 / 效益), read by their weights.

The table's text is cut into cells (``evaltree_cells``): texts, plain numbers (a weight or a score), values (a
number with its unit or percent sign: 2370人, 15万元, 100%, 2021年12月) and level weights (``(10分)``). A level's
weight opens a node, which holds rows until the weights under it add up to it; a first level's weight never goes
under another's. Two layouts are read:

- every level with its weight in a column of its own (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分): a name
  with one number opens a level, a name with two is a scored row (weight, score), and a name with its weight at
  the last level is a row whose criteria (评价标准) may stand before its score;
- the weight of the third level only, the upper levels' in their labels (项目决策(10分)): a name, its weight,
  the cells of the other columns (指标值, 实际值, 评价内容: texts or values), and its score, the plain number
  that closes the row (the next cell is text or the table ends).

Where the header prints 分值得分 run together and a row's cells were too (目标内容22, 经济效益108), the digits glued
after the name are its weight and its score (``evaltree_glued``); a run that reads more than one way is said.

Where a row's weight ran into its target (``102370人2370人``: 10 and 2370人, or 1 and 02370人?), the split that
makes the target read like the actual value is taken, else the one that fits the room left under the row's
level; the choice is recorded. A row that does not close (the text ends inside it) is left out and said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.read.recognise.evaltree_cells import Cell, clean_name
from jixiao.read.recognise.evaltree_glued import glued_options


@dataclass(slots=True)
class Node:
    name: str | None
    weight: Decimal
    pos: int
    left: Decimal = Decimal(0)
    depth: int = 0


@dataclass(slots=True)
class Leaf:
    name: str
    pos: int
    weight: Decimal
    weight_pos: int
    score: Decimal | None
    score_pos: int | None
    path: list[Node]
    between: str = ""  # the texts and values between weight and score (指标值, 实际值, 评价内容)


@dataclass(slots=True)
class Tree:
    roots: list[Node] = field(default_factory=list)
    leaves: list[Leaf] = field(default_factory=list)
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # (zh, en, position)
    cut: bool = False  # the text ended inside a row or a level whose weights were not all read
    doubt: bool = False  # a row not read, or a level whose rows do not make its weight: no sum is to be checked


class Reader:
    """Reads the cells after a score table's header into a ``Tree``."""

    def __init__(self, cs: list[Cell], per_level: bool, marker_first: bool, criteria: bool = False,
                 levels: int = 3, glued: bool = False) -> None:
        self.c = cs
        self.glued = glued  # 分值 and 得分 side by side in the header: a run of digits glued after a name is both
        self.levels = levels  # 一级 / 二级 / 三级指标: the rows stand at the last
        self.criteria = criteria  # a column of criteria (评分标准, 指标解释) between weight and score: its "(1分)" are text
        self.per_level = per_level  # every level's weight in a column
        self.marker_first = marker_first  # (20分)项目决策: the level weight printed before its label
        self.tree = Tree()
        self.stack: list[Node] = []

    # ------------------------------------------------------------ levels
    def _open(self, name: str | None, weight: Decimal, pos: int) -> None:
        while self.stack and self.stack[-1].left < weight:
            self._close_top()
        node = Node(name, weight, pos, weight, len(self.stack))
        if not self.stack:
            self.tree.roots.append(node)
        self.stack.append(node)

    def _close_top(self) -> None:
        node = self.stack.pop()
        if node.left > 0:
            self.tree.cut = self.tree.doubt = True
            self.tree.notes.append((f"“{node.name or '（无名）'}”（{node.weight}分）下的行只读到{node.weight - node.left}分",
                                    f"the rows under '{node.name}' ({node.weight}) add up to only {node.weight - node.left}",
                                    node.pos))

    def _add(self, leaf: Leaf) -> None:
        leaf.path = list(self.stack)
        for node in self.stack:
            node.left -= leaf.weight
        self.tree.leaves.append(leaf)
        while self.stack and self.stack[-1].left <= 0:
            node = self.stack.pop()
            if node.left < 0:
                self.tree.doubt = True
                self.tree.notes.append((f"“{node.name or '（无名）'}”下各行分值之和超过其分值{node.weight}",
                                        f"the weights under '{node.name}' exceed its weight {node.weight}", node.pos))

    # ------------------------------------------------------------ rows
    def read(self) -> Tree:
        i, name, name_pos, marker = 0, "", -1, None
        cs = self.c
        while i < len(cs):
            c = cs[i]
            if c.kind == "text":
                name, name_pos = name + c.text, (name_pos if name else c.pos)
                i += 1
                continue
            if c.kind in ("marker", "bare"):
                if c.kind == "bare" and not (i > 0 and cs[i - 1].kind == "plain"):
                    name, name_pos = name + c.text, (name_pos if name else c.pos)
                    i += 1
                    continue
                if not self.marker_first and clean_name(name):
                    self._open(clean_name(name), c.value or Decimal(0), name_pos)
                    name, name_pos = "", -1
                else:
                    if marker is not None:  # two weights in a row: the first names its label
                        self._open(clean_name(name) or None, marker[0], marker[1])
                        name, name_pos = "", -1
                    marker = (c.value or Decimal(0), c.pos)
                i += 1
                continue
            if marker is not None:  # (10分)科学决策必要性5: the level's label and the row's name run together
                self._open(None, marker[0], marker[1])
                marker = None
            if not clean_name(name):
                self.tree.doubt = True
                self.tree.notes.append((f"数值“{c.text}”前没有指标名称，未读取", f"the number {c.text} has no name; not read", c.pos))
                i += 1
                continue
            i = self._row(i, clean_name(name), name_pos)
            name, name_pos = "", -1
        if name and clean_name(name) and marker is None and self.stack:
            self.tree.cut = True
        while self.stack:
            self._close_top()
        return self.tree

    def _row(self, i: int, name: str, pos: int) -> int:
        cs = self.c
        c = cs[i]
        if self.glued and self._glued_pair(i, name, pos):
            return i + 1
        if c.kind == "value":  # 102370人: the weight ran into the target
            split = self._split_weight(i)
            nxt = cs[i + 1] if i + 1 < len(cs) else None
            if split is None and len(c.text) == 2 and c.text[0].isdigit() and nxt is not None and nxt.kind == "text":
                split = (c.value or Decimal(0), c.pos)  # 5人均培训成本: the weight, then a text that begins with 人
            if split is None:
                self.tree.doubt = True
                self.tree.notes.append((f"“{name}”的分值与指标值连在一起（{c.text}），无法拆开，未读取",
                                        f"'{name}': weight and target run together ({c.text}); not read", c.pos))
                return i + 1
            weight, wpos = split
        else:
            weight, wpos = c.value or Decimal(0), c.pos
        if self.per_level:
            nxt = cs[i + 1] if i + 1 < len(cs) else None
            if nxt is not None and nxt.kind == "plain":
                self._add(Leaf(name, pos, weight, wpos, nxt.value, nxt.pos, []))
                return i + 2
            if nxt is None:
                self.tree.cut = True
                return i + 1
            if len(self.stack) < self.levels - 1:
                self._open(name, weight, pos)
                return i + 1
            # a name and its weight at the last level: a row whose criteria stand before its score
        j = i + 1
        # a level's weight ends the search for this row's score (8分 may be the score, as 10分 was the weight); in a
        # table with criteria, a weight printed as this row's was (4分) ends it, the criteria's "(1分)" being text
        stops: tuple[str, ...] = ("marker",) if not self.criteria else ("points",) if c.kind == "points" else ()
        while j < len(cs) and cs[j].kind not in stops:
            if cs[j].kind in ("plain", "points") and (j + 1 == len(cs) or cs[j + 1].kind in ("text", "marker", "bare")):
                between = "".join(x.text for x in cs[i + 1 : j])
                self._add(Leaf(name, pos, weight, wpos, cs[j].value, cs[j].pos, [], between))
                return j + 1
            j += 1
        self.tree.cut = self.tree.doubt = True
        if j < len(cs) and cs[j].kind == "points":  # the next row's weight: this row prints no score
            self._add(Leaf(name, pos, weight, wpos, None, None, []))
            self.tree.notes.append((f"“{name}”没有读到得分", f"no score printed for '{name}'", pos))
            return j - 1 if j - 1 > i and cs[j - 1].kind == "text" else j  # the text before it names the next row
        self.tree.notes.append((f"“{name}”一行没有读到得分，未读取", f"no score found for '{name}'; row not read", pos))
        return j

    def _glued_pair(self, i: int, name: str, pos: int) -> bool:
        """Whether the cell at ``i`` is a row's weight and score glued to its name, no other number after it
        (目标内容22进度计划…); read (or said unreadable) when it is."""
        c = self.c[i]
        nxt = self.c[i + 1] if i + 1 < len(self.c) else None
        if c.kind != "plain" or not c.tight or nxt is not None and nxt.kind == "plain":
            return False
        options = glued_options(c.text, c.value, self.stack[-1].left if self.stack else Decimal(100))
        if len(options) == 1:
            (weight, score), = options
            self._add(Leaf(name, pos, weight, c.pos, score, c.pos if score is not None else None, []))
            return True
        self.tree.doubt = True
        self.tree.notes.append((f"“{name}”的分值与得分连在一起（{c.text}），拆法不唯一或超出所在层级的分值，未读取",
                                f"'{name}': weight and score run together ({c.text}) split no single way; not read",
                                c.pos))
        return True

    def _split_weight(self, i: int) -> tuple[Decimal, int] | None:
        """The weight at the head of a value it ran into (102370人 → 10 and 2370人)."""
        c = self.c[i]
        m = re.match(r"(\d+)(.*)$", c.text)
        if m is None:
            return None
        digits, unit = m.group(1), m.group(2)
        nxt = self.c[i + 1] if i + 1 < len(self.c) else None
        room = self.stack[-1].left if self.stack else None
        rate = unit == "%"  # 6100%: 6 and 100% (a rate is not 0%, nor above 100%)
        options = [(k, digits[:k], digits[k:]) for k in range(1, min(len(digits), 3))
                   if not digits[k:].startswith("0") and (not rate or 0 < int(digits[k:]) <= 100)
                   or digits[k:] == "0" and not rate]
        same = [o for o in options if nxt is not None and nxt.text == o[2] + unit]
        fits = [o for o in options if room is not None and Decimal(o[1]) <= room]
        pick = same if len(same) == 1 else options if rate and len(options) == 1 else fits if len(fits) == 1 else []
        if len(pick) != 1:
            return None
        k, w, rest = pick[0]
        how = "与实际值写法一致" if pick is same else "唯一的拆法" if pick is options else "按所在层级余下的分值"
        self.tree.notes.append((f"分值与指标值连在一起（{c.text}），读作分值{w}、指标值{rest}{unit}（{how}）",
                                f"weight and target run together ({c.text}): weight {w}, target {rest}{unit}", c.pos))
        return Decimal(w), c.pos
