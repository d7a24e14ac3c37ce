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
