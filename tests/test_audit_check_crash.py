"""A bug in a check is that file's located failure, never a traceback, and the other files are still audited — in
the audit's own process (``jobs=0``, the library call) as in its workers."""

from __future__ import annotations

import pytest

from jixiao.accounts import checks
from jixiao.audit import audit_paths

SEED_ACCOUNTS = "samples/003_0eb4043571347fc0.txt"
SEED_FORMS = "samples/001_cf1bceb3fa2c9cc3.txt"


def test_a_crashing_check_fails_its_file_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> list[object]:
        raise NameError("name '_SCALE' is not defined")

    monkeypatch.setattr(checks, "check_text", broken)
    result = audit_paths([SEED_ACCOUNTS, SEED_FORMS])
    failed, other = result.files
    assert failed.error is not None and "NameError" in failed.error and SEED_ACCOUNTS in failed.error
    assert other.error is None and len(other.documents) > 1  # the next file still read and audited
