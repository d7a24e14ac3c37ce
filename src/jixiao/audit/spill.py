"""The spill file: files audited, written to disk as they finish and read back one at a time by the reports.

A province-year (50,000 forms) does not fit in memory as records with their tables; the audit pickles each
``FileAudit`` to one temporary file and keeps only its offset. The reports walk the files in order, reading
each back when they come to it. The file is removed when the run ends (``close``, or leaving the ``with``).
Only this process writes and reads it: nothing from outside is ever unpickled.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import overload

from jixiao.audit.result import FileAudit

RECENT = 4  # files read back kept at hand: a report asks about a file's documents while it is on that file


class Spill(Sequence[FileAudit]):
    """An append-only sequence of ``FileAudit`` on disk."""

    def __init__(self, folder: str | None = None) -> None:
        from jixiao.audit.pickling import register_audit_records

        register_audit_records()
        fd, self.path = tempfile.mkstemp(prefix="jixiao-audit-", suffix=".spill", dir=folder)
        self._f = os.fdopen(fd, "w+b")
        self._offsets: list[int] = []
        self._end = 0
        self._recent: OrderedDict[int, FileAudit] = OrderedDict()
        self._at_end = True  # the file position is at its end (no seek before the next append)

    def append(self, fa: FileAudit) -> None:
        self.append_blob(pickle.dumps(fa, protocol=pickle.HIGHEST_PROTOCOL))

    def append_blob(self, blob: bytes) -> None:
        """A ``FileAudit`` already pickled (by the worker that audited it: ``audit.packed``)."""
        if not self._at_end:
            self._f.seek(self._end)
            self._at_end = True
        self._f.write(blob)
        self._offsets.append(self._end)
        self._end += len(blob)

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, i: int) -> FileAudit: ...

    @overload
    def __getitem__(self, i: slice) -> list[FileAudit]: ...

    def __getitem__(self, i: int | slice) -> FileAudit | list[FileAudit]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        hit = self._recent.get(i)
        if hit is not None:
            self._recent.move_to_end(i)
            return hit
        start = self._offsets[i]
        end = self._offsets[i + 1] if i + 1 < len(self._offsets) else self._end
        self._f.seek(start)
        self._at_end = False
        fa: FileAudit = pickle.loads(self._f.read(end - start))
        self._recent[i] = fa
        if len(self._recent) > RECENT:
            self._recent.popitem(last=False)
        return fa

    def __iter__(self) -> Iterator[FileAudit]:
        for i in range(len(self)):
            yield self[i]

    def recent(self) -> list[FileAudit]:
        """The files most recently read back, newest first."""
        return list(reversed(self._recent.values()))

    @property
    def size(self) -> int:
        """Bytes on disk."""
        return self._end

    def close(self) -> None:
        """Close and remove the file (idempotent)."""
        self._recent.clear()
        if not self._f.closed:
            self._f.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
