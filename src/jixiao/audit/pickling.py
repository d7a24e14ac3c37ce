"""Fast pickling of the audit's records, for the worker pipe and the spill file.

Python 3.11 pickles a slotted dataclass through a ``__getstate__`` that calls ``dataclasses.fields()`` for
every object: a file's ~300 sources, values and cells made passing a file back from a worker cost more than
auditing it (1.6 ms of CPU a form). Here each class is reduced to its constructor and its field values,
with the field names looked up once (``copyreg``, which only the processes that import this module use).
"""

from __future__ import annotations

import copyreg
import dataclasses
import operator
from collections.abc import Callable
from typing import Any


def _reducer(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    names = [f.name for f in dataclasses.fields(cls)]
    values = operator.attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),))

    def reduce(obj: Any) -> tuple[Any, ...]:
        return cls, values(obj)

    return reduce


def register(*classes: type) -> None:
    """Pickle these dataclasses by constructor (every field must be an ``__init__`` argument)."""
    for cls in classes:
        if all(f.init for f in dataclasses.fields(cls)):
            copyreg.pickle(cls, _reducer(cls))


def register_audit_records() -> None:
    from jixiao.audit.result import FileAudit
    from jixiao.audit.rounding_detect import Convention
    from jixiao.core.findings import Finding
    from jixiao.core.records import Document, FundsRow, IndicatorRow, Problem, Val
    from jixiao.core.rounding import Rounding
    from jixiao.core.source import Source
    from jixiao.core.table import Cell, Table
    from jixiao.read.base import FileRead

    register(Source, Val, Cell, Table, FundsRow, IndicatorRow, Document, Problem, Finding, Rounding, Convention,
             FileAudit, FileRead)
