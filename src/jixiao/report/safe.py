"""Writers' safety: a terminal console that never reads document text as markup or control, and xlsx rows
whose text cells stay text.

``console()`` is the rich console every command prints with. Its markup is off, so ``[/x]`` and
``[a]项目`` in a name print as they are (rich would raise MarkupError on the first and hide ``[a]`` in the
second); every string it renders goes through ``printable`` (no escape sequence, no control character, no
undecodable file name reaches the terminal). Styling is given as ``rich.text.Text`` with a style, never as
markup in a string.

``SheetWriter`` puts rows into openpyxl worksheets through ``put_cell`` (text as text, never a formula) and
remembers the cells whose characters an xlsx cell cannot hold were replaced, so the command can say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.segment import Segment
from rich.text import Text

from jixiao.core.safetext import UNSAFE as _UNSAFE
from jixiao.core.safetext import printable, put_cell, replaced_notice


class SafeConsole(Console):
    """A rich console for document text: no markup, no emoji codes, control characters made visible."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        kwargs.setdefault("emoji", False)
        super().__init__(**kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:  # type: ignore[override]
        kwargs["markup"] = False
        kwargs["emoji"] = False
        return super().render_str(printable(text), **kwargs)

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        # the last step before the terminal: text that came as a ``Text`` (not through render_str) is made
        # printable too; the console's own control segments (cursor moves of a live display) pass
        return super()._render_buffer(
            s if s.control or not _UNSAFE.search(s.text) else Segment(printable(s.text), s.style, s.control)
            for s in buffer
        )


def console(**kwargs: Any) -> Console:
    """The console commands print with (see the module docstring)."""
    return SafeConsole(**kwargs)


def styled(text: str, style: str) -> Text:
    """A styled piece of text (what markup such as ``[bold]…[/bold]`` was used for), printable."""
    return Text(printable(text), style=style)


@dataclass
class SheetWriter:
    """Rows into worksheets, text as text; ``replaced`` lists the cells whose characters were replaced."""

    replaced: list[str] = field(default_factory=list)

    def cells(self, ws: Any, values: Iterable[object], row: int) -> list[Any]:
        """The cells of row ``row`` of a write-only sheet ``ws``, each value put by ``put_cell``."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        out = []
        for c, value in enumerate(values, start=1):
            cell = WriteOnlyCell(ws)
            if put_cell(cell, value):
                self.replaced.append(f"{ws.title}!{get_column_letter(c)}{row}")
            out.append(cell)
        return out

    def notice(self, path: str | Path, lang: str = "zh") -> str | None:
        """The line telling the user which cells had characters replaced, or None."""
        return replaced_notice(path, self.replaced, lang) if self.replaced else None
