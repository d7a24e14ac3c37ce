"""Which framework a document is audited under: by type, locality and year (``--framework`` overrides)."""

from __future__ import annotations

import functools
import re
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


KINDS = {"project_self_evaluation": "project", "policy_self_evaluation": "policy", "dept_evaluation": "dept"}
_PLACE = re.compile(r"(.+?)(?:自治区|特别行政区|省|市|区|县)")


def place_names(locality: str | None) -> list[str]:
    """The place names of a framework's locality, widest first: 上海市杨浦区 → [上海, 杨浦]; 全国 → []."""
    return _PLACE.findall(locality or "")


def pick_framework(doc: Document) -> str | None:
    """The built-in framework for a document, from the frameworks' own metadata: the same kind; a locality
    whose most specific place the document names (杨浦 before 上海 before 全国); the same year, else the
    nearest. A new locality is a new framework file: nothing here names a place."""
    kind = KINDS.get(doc.type)
    if kind is None:
        return None
    text = " ".join(v.str_ or "" for v in doc.header.values()) + (doc.title or "") + " ".join(
        t for t, _ in doc.body[:5])
    best: tuple[int, int, int, str] | None = None
    for fid in sorted(_builtin_ids()):
        fw = framework_of(fid)
        if fw is None or fw.kind != kind:
            continue
        names = place_names(fw.locality)
        if names and names[-1] not in text:
            continue
        same_year = int(doc.year is not None and fw.year == doc.year)
        distance = -abs((fw.year or 0) - doc.year) if doc.year is not None and fw.year is not None else -9999
        key = (len(names), same_year, distance, fid)
        if best is None or key[:3] > best[:3]:
            best = key
    return best[3] if best else None
