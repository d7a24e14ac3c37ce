"""Import the organisation tree from xlsx, xls or CSV (read by ``jixiao.read``, with its limits): a header row
with 编码, 名称, 类型 and 上级编码 (or code, name, kind, parent), one unit a row, any depth, in any order.

Every bad row gets a located problem (file:row [cell]) and is skipped with the rows below it in the tree;
the good rows are imported (a code already present is updated, never duplicated). Nothing is half-written:
the import of the good rows is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from jixiao.core.table import Cell
from jixiao.web.orgs.models import OrgUnit, rebuild_paths

HEADERS = {"code": ("编码", "单位编码", "code"), "name": ("名称", "单位名称", "name"),
           "kind": ("类型", "kind", "type"), "parent": ("上级编码", "上级", "parent")}
KINDS = {"财政局": "bureau", "财政": "bureau", "bureau": "bureau", "主管部门": "dept", "部门": "dept", "dept": "dept",
         "预算单位": "unit", "单位": "unit", "unit": "unit"}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass
class _Row:
    code: str
    name: str
    kind: str
    parent: str
    where: str


def _header(cells: list[Cell]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for k, c in enumerate(cells):
        text = c.text.strip().lower()
        for key, names in HEADERS.items():
            if text in names and key not in cols:
                cols[key] = k
    return cols if "code" in cols and "name" in cols else None


def _cell(row: list[Cell], cols: dict[str, int], key: str) -> str:
    k = cols.get(key)
    return row[k].text.strip() if k is not None and k < len(row) else ""


def _rows(path: Path, display: str) -> tuple[list[_Row], list[str]]:
    from jixiao.read import UnreadableError, read_file

    try:
        fr = read_file(path)
    except UnreadableError as e:
        return [], [f"{display}: {e.problem.message}"]
    problems = [f"{display}: {p.message}" for p in fr.problems]
    for table in fr.tables:
        for i, cells in enumerate(table.rows):
            cols = _header(cells)
            if cols is None:
                continue
            out = []
            for row in table.rows[i + 1:]:
                if not any(c.text.strip() for c in row):
                    continue
                where = str(row[0].source).replace(str(path), display)
                code, name, kind, parent = (_cell(row, cols, k) for k in ("code", "name", "kind", "parent"))
                out.append(_Row(code, name, kind, parent, where))
            return out, problems
    return [], problems + [f"{display}: 没有找到表头（编码、名称、类型、上级编码）/ no header row (code, name, kind, parent)"]


def _check(rows: list[_Row], existing: set[str]) -> tuple[list[_Row], list[str]]:
    problems: list[str] = []
    seen: dict[str, _Row] = {}
    good: list[_Row] = []
    for r in rows:
        if not r.code:
            problems.append(f"{r.where}: 缺少编码 / the code is missing")
        elif not r.name:
            problems.append(f"{r.where}: 缺少名称 / the name is missing")
        elif r.code in seen:
            problems.append(f"{r.where}: 编码 {r.code} 重复（{seen[r.code].where}）/ code {r.code} repeated")
        elif r.kind and r.kind.lower() not in KINDS:
            problems.append(f"{r.where}: 不认识的类型 “{r.kind}”（财政局、主管部门、预算单位）/ unknown kind")
        elif r.parent == r.code:
            problems.append(f"{r.where}: 上级编码不能是自己 / a unit cannot be its own parent")
        else:
            seen[r.code] = r
            good.append(r)
    # Parents must exist (in the file or the database) and lead to a root without a cycle.
    ok: dict[str, bool] = {}

    def reaches_root(code: str, trail: tuple[str, ...] = ()) -> bool:
        if code in ok:
            return ok[code]
        r = seen.get(code)
        if r is None:
            return code in existing
        if code in trail:
            return False
        ok[code] = not r.parent or reaches_root(r.parent, (*trail, code))
        return ok[code]

    kept = []
    for r in good:
        if reaches_root(r.code):
            kept.append(r)
        elif r.parent not in seen and r.parent not in existing:
            problems.append(f"{r.where}: 上级编码 {r.parent} 不存在 / parent {r.parent} not found")
        else:
            problems.append(f"{r.where}: 上级 {r.parent} 有问题或成环，本行未导入 / its parent is bad or a cycle: skipped")
    return kept, problems


def import_orgs(path: str | Path, display: str | None = None) -> ImportResult:
    p = Path(path)
    display = display or p.name
    rows, problems = _rows(p, display)
    existing = set(OrgUnit.objects.values_list("code", flat=True))
    kept, more = _check(rows, existing)
    result = ImportResult(problems=problems + more)
    by_code = {r.code: r for r in kept}
    done: dict[str, OrgUnit] = {}

    def place(r: _Row) -> OrgUnit:
        if r.code in done:
            return done[r.code]
        parent = None
        if r.parent:
            parent = place(by_code[r.parent]) if r.parent in by_code else OrgUnit.objects.get(code=r.parent)
        kind = KINDS.get(r.kind.lower(), "unit") if r.kind else ("bureau" if parent is None else "unit")
        unit = OrgUnit.objects.filter(code=r.code).first()
        if unit is None:
            unit = OrgUnit(code=r.code)
            result.created += 1
        else:
            result.updated += 1
        unit.name, unit.kind, unit.parent = r.name[:200], kind, parent
        unit.save()
        done[r.code] = unit
        return unit

    with transaction.atomic():
        for r in kept:
            place(r)
        rebuild_paths()  # a moved unit moves its subtree
    return result
