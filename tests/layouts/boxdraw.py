"""A generated table drawn with box characters, as law sites and old word processors publish rule tables:
┌─┬─┐ borders, │ between cells, ├─┼─┤ between rows, each cell wrapped over as many lines as its text needs
(``wrap`` characters a line), the short cells of a wrapped row left empty on its other lines. Rows of one cell
(the title) are printed above the box."""

from __future__ import annotations


def _pieces(text: str, wrap: int) -> list[str]:
    return [text[k : k + wrap] for k in range(0, len(text), wrap)] or [""]


def boxed(rows: list[list[str]], wrap: int = 12) -> str:
    above = [r[0] for r in rows if len(r) == 1]
    body = [r for r in rows if len(r) > 1]
    width = max(len(r) for r in body)
    rule = "─" * 4
    lines = [*above, "┌" + "┬".join([rule] * width) + "┐"]
    for k, row in enumerate(body):
        cells = [_pieces(c, wrap) for c in [*row, *[""] * (width - len(row))]]
        for n in range(max(len(c) for c in cells)):
            lines.append("│" + "│".join(f" {c[n] if n < len(c) else ''} " for c in cells) + "│")
        lines.append(("├" + "┼".join([rule] * width) + "┤") if k < len(body) - 1 else "└" + "┴".join([rule] * width) + "┘")
    return "\n".join(lines) + "\n"


def boxed_items(groups: list[tuple[str, list[tuple[str, int]]]], wrap: int = 10) -> str:
    """A box-drawn rule table whose name column is merged down over its items (rowspan: the item rows below the
    first get a border only right of it, │ │ │ 卫 ├────┼──┼──┤) and whose 考核内容 header is split by the border under
    it (┬) into the group's number and its name, the name and its weight (︵45分︶) written one character a line down
    its merged cell; each item a rule (1)…, its weight, a blank 得分. ``groups``: (name, [(rule, weight)])."""
    rule, mark = "─" * 4, "┼"
    lines = ["某镇年度考核评分细则", "┌" + "┬".join([rule] * 5) + "┐",
             "│ 序号 │ 考核内容 │ 评分标准及考核办法 │ 分值 │ 得分 │",
             "├" + rule + mark + rule + "┬" + mark.join([rule] * 4) + "┤"]
    for g, (name, items) in enumerate(groups):
        chars = [*name, "︵", *str(sum(w for _, w in items)), "分", "︶"]  # its weight in vertical brackets, a digit a line
        for k, (text, weight) in enumerate(items):
            pieces = _pieces(text, wrap)
            for n, piece in enumerate(pieces):
                first = k == 0 and n == 0
                ch = chars.pop(0) if chars else ""
                lines.append(f"│ {g + 1 if first else ''} │ {g + 1 if first else ''} │ {ch} │ {piece} │ "
                             f"{weight if n == 0 else ''} │ │")
            if k < len(items) - 1:  # the next item: a border right of the merged cells only
                lines.append(f"│ │ │ {chars.pop(0) if chars else ''} ├" + mark.join([rule] * 3) + "┤")
        while chars:  # the name longer than its items' lines: the merged cell goes on down
            lines.append(f"│ │ │ {chars.pop(0)} │ │ │ │")
        last = g == len(groups) - 1
        lines.append(("└" + "┴".join([rule] * 6) + "┘") if last else "├" + mark.join([rule] * 6) + "┤")
    return "\n".join(lines) + "\n"
