"""What changed between two versions of a form's data, field by field, for people: the resubmission diff
and the history page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from jixiao.web.selfeval.formdata import ROW_FIELDS


class Diff(NamedTuple):
    where: str  # 资金 / 第3行 三级指标 / A11
    field: str
    before: str
    after: str


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, Mapping):
        return "，".join(f"{k}={_s(x)}" for k, x in v.items())
    return str(v)


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Diff]:
    out: list[Diff] = []
    if _s(old.get("title")) != _s(new.get("title")):
        out.append(Diff("表头", "title", _s(old.get("title")), _s(new.get("title"))))
    of, nf = old.get("funds") or {}, new.get("funds") or {}
    for k in sorted(set(of) | set(nf)):
        if _s(of.get(k)) != _s(nf.get(k)):
            out.append(Diff("资金", k, _s(of.get(k)), _s(nf.get(k))))
    orows, nrows = old.get("indicators") or [], new.get("indicators") or []
    for n in range(max(len(orows), len(nrows))):
        a = orows[n] if n < len(orows) else {}
        b = nrows[n] if n < len(nrows) else {}
        for k in ROW_FIELDS:
            if _s(a.get(k)) != _s(b.get(k)):
                out.append(Diff(f"第{n + 1}行", k, _s(a.get(k)), _s(b.get(k))))
    oi, ni = old.get("inputs") or {}, new.get("inputs") or {}
    for code in sorted(set(oi) | set(ni)):
        if _s(oi.get(code)) != _s(ni.get(code)):
            out.append(Diff(str(code), "inputs", _s(oi.get(code)), _s(ni.get(code))))
    ox, nx = old.get("explanations") or {}, new.get("explanations") or {}
    for k in sorted(set(ox) | set(nx)):
        if _s(ox.get(k)) != _s(nx.get(k)):
            out.append(Diff("说明", k, _s(ox.get(k)), _s(nx.get(k))))
    return out
