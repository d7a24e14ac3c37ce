"""A file audited, packed where it was audited: what the main process of a run needs, and nothing to rebuild.

With ``--jobs`` each file is audited in a worker process. Sending the ``FileAudit`` back as objects made the
main process unpickle every file (its documents, findings and sources) only to pickle it again into the
spill file and to write its JSON line: on two cores the main process took a third of the CPU. The worker
now sends ``Packed``: the file pickled once (the spill's record, as bytes), its ``--jsonl`` line and its
error in the run's language, and the tally the run's totals add up; the main process writes bytes.
"""

from __future__ import annotations

import pickle
from typing import NamedTuple

from jixiao.audit.result import FileAudit


class Tally(NamedTuple):
    """What ``Totals`` adds up from a file."""

    documents: int
    error: bool
    with_conventions: bool
    findings: tuple[tuple[str, str], ...]  # (severity, kind) of each finding


class Packed(NamedTuple):
    path: str
    blob: bytes  # the FileAudit, pickled (a spill record); empty when the run keeps no files (--jsonl alone)
    line: str | None  # its --jsonl line, when asked for
    error: str | None  # why it could not be read, in the run's language
    tally: Tally


def tally(fa: FileAudit) -> Tally:
    return Tally(
        len(fa.documents),
        bool(fa.error),
        any(c.forms for c in fa.conventions.values()),
        tuple((f.severity, f.kind) for f in fa.findings),
    )


def pack(fa: FileAudit, lang: str = "zh", min_severity: str = "info", jsonl: bool = False, keep: bool = True) -> Packed:
    """``fa`` packed: pickled when the run ``keep``s its files (for the reports), its line when ``jsonl``."""
    from jixiao.report.jsonout import file_line

    return Packed(
        fa.path,
        pickle.dumps(fa, protocol=pickle.HIGHEST_PROTOCOL) if keep else b"",
        file_line(fa, lang, min_severity) if jsonl else None,
        fa.error_text(lang),
        tally(fa),
    )


def unpack(p: Packed) -> FileAudit:
    fa: FileAudit = pickle.loads(p.blob)  # made by this run's own workers, never from outside
    return fa
