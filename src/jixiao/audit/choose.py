"""Which framework a document is audited under: by type, locality and year (``--framework`` overrides)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from jixiao.audit.totals import DEFAULT_GRADES, GradeBand
from jixiao.core.records import Document

if TYPE_CHECKING:
    from jixiao.frameworks.model import Framework


@functools.lru_cache(maxsize=64)
def framework_grades(fid: str | None) -> tuple[GradeBand, ...]:
    """The grade bands of a built-in framework (评分等级), or the national default."""
    fw = framework_of(fid)
    if fw is None:
        return DEFAULT_GRADES
    return tuple(GradeBand(b.label, b.min, b.max) for b in fw.grades) or DEFAULT_GRADES


@functools.lru_cache(maxsize=64)
def framework_of(fid: str | None) -> Framework | None:
    """A built-in framework by id (the one chosen for a document); None when there is none or it is broken."""
    if not fid:
        return None
    from jixiao.frameworks import FrameworkError, get_builtin

    try:
        return get_builtin(fid)
    except FrameworkError:
        return None


@functools.lru_cache(maxsize=1)
def _builtin_ids() -> frozenset[str]:
    from jixiao.frameworks import builtin_ids

    return frozenset(builtin_ids())


PLACES = {"yangpu": ("杨浦", 3), "baoshan": ("宝山", 3), "nanjing": ("南京", 2), "shanghai": ("上海", 2), "mof": ("", 1)}
KINDS = {"project_self_evaluation": "project", "policy_self_evaluation": "policy", "dept_evaluation": "dept"}


def pick_framework(doc: Document) -> str | None:
    """The built-in framework for a document: by type, then locality (杨浦 before 上海 before 全国), then year.

    Built-in ids read ``<place>-<year>-<kind>`` (``yangpu-2022-project``)."""
    kind = KINDS.get(doc.type)
    if kind is None:
        return None
    text = " ".join(v.str_ or "" for v in doc.header.values()) + (doc.title or "") + " ".join(
        t for t, _ in doc.body[:5])
    best: tuple[int, int, str] | None = None
    for fid in sorted(_builtin_ids()):
        parts = fid.split("-")
        if len(parts) != 3 or parts[2] != kind or parts[0] not in PLACES:
            continue
        word, rank = PLACES[parts[0]]
        if word and word not in text:
            continue
        same_year = int(doc.year is not None and parts[1] == str(doc.year))
        key = (rank, same_year, fid)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None
