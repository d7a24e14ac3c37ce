"""A disk cache of the built-in frameworks, keyed by content: parsing the eleven YAML files with ruamel
took 0.3–1.2 s of every ``jixiao audit`` run (18% of a 1,000-form run); unpickling them takes 2 ms.

The key is a hash of the framework file, its path, and the source of the code that loads and checks it
(``frameworks/`` and ``rules/``): any change to either is a new key, never a stale framework. Only the
built-in frameworks are cached, in the user's cache folder (``$XDG_CACHE_HOME/jixiao``, else
``~/.cache/jixiao``; ``JIXIAO_CACHE=0`` turns it off). A cache that cannot be read or written is ignored:
the framework is then parsed as always.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1]


def folder() -> Path | None:
    if os.environ.get("JIXIAO_CACHE", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jixiao" / "frameworks"


@functools.lru_cache(maxsize=1)
def _code_hash() -> bytes:
    h = hashlib.sha256(sys.version.encode())
    for sub in ("frameworks", "rules", "core"):
        for p in sorted((PACKAGE / sub).glob("*.py")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.digest()


def _key(path: Path) -> str:
    h = hashlib.sha256(_code_hash())
    h.update(str(path.resolve()).encode())
    h.update(path.read_bytes())
    return h.hexdigest()[:32]


def cached(path: Path, load: Any) -> Any:
    """``load(path)``'s result, from the cache when the same file and code made it before."""
    where = folder()
    if where is None:
        return load(path)
    try:
        entry = where / f"{path.stem}-{_key(path)}.pickle"
    except OSError:
        return load(path)
    # absent, unreadable or from another version: parse instead
    with contextlib.suppress(Exception), entry.open("rb") as f:
        return pickle.load(f)
    value = load(path)
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)  # whole or not at all, also with another run writing beside it
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    return value
