"""The progress bar of a long audit: files done of all, the file at work, files a second — on a terminal only.

Drawn on stderr, and only when stderr is a terminal: piped or redirected output gets nothing, so logs and
``--json`` stay clean. ``--quiet`` turns it off too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO, Any

from jixiao.core.i18n import tr
from jixiao.core.safetext import printable


class Progress:
    """``start(path)`` as a file is handed out, ``done()`` as each one finishes; ``close()`` at the end."""

    def __init__(self, total: int, lang: str = "zh", stream: IO[str] | None = None, enabled: bool | None = None,
                 every: float = 0.1) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = (self.stream.isatty() if enabled is None else enabled) and total > 0
        self.total, self.lang, self.every = total, lang, every
        self.count = 0
        self.current = ""
        self.t0 = time.monotonic()
        self._last = 0.0
        self._bar: Any = None
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            console = Console(file=self.stream, force_terminal=True)
            self._bar = Bar(
                TextColumn(tr("审核", "auditing", lang)), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("{task.fields[current]}", markup=False),
                console=console, transient=True, auto_refresh=False,
            )
            self._task = self._bar.add_task("", total=total, rate="", current="")
            self._bar.start()

    def rate(self) -> float:
        dt = time.monotonic() - self.t0
        return self.count / dt if dt > 0 else 0.0

    def start(self, path: str) -> None:
        self.current = printable(Path(path).name)  # a file name is data: no markup, no escapes
        self._draw()

    def done(self, *_: object) -> None:
        self.count += 1
        self._draw(self.count == self.total)

    def _draw(self, force: bool = False) -> None:
        if self._bar is None:
            return
        now = time.monotonic()
        if not force and now - self._last < self.every:
            return
        self._last = now
        rate = tr(f"{self.rate():.0f} 个/秒", f"{self.rate():.0f} files/s", self.lang)
        self._bar.update(self._task, completed=self.count, rate=rate, current=self.current[:40])
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
