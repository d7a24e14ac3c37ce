"""科目表 — classification code lists, one per year: built-in (``jixiao/data/codes-YEAR.csv``) or imported.

``jixiao codes import FILE --year 2024`` reads a user's CSV or xlsx (columns code, name) into a per-year
store (``$JIXIAO_DATA/codes`` or ``~/.local/share/jixiao/codes``, or ``--store DIR``); an imported list
takes precedence over the built-in one for its year. Codes change by year, so a table is checked only
against the list of its own year.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import Accounts, clean_name, normalise_code, parent_code
from jixiao.atomic import write_text
from jixiao.core.findings import Finding
from jixiao.core.records import Problem
from jixiao.core.safetext import printable
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.encoding import decode

_CODE_HEADS = {"code", "编码", "科目编码", "科目代码", "代码"}
_NAME_HEADS = {"name", "名称", "科目名称"}


@dataclass(slots=True)
class CodeList:
    """One year's codes → names, and where the list came from (its header's ``source:`` line or file)."""

    year: int
    names: dict[str, str] = field(default_factory=dict)
    origin: str = ""

    def name(self, code: str) -> str | None:
        return self.names.get(code)


def default_store() -> Path:
    base = os.environ.get("JIXIAO_DATA") or os.path.join(
        os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "jixiao"
    )
    return Path(base) / "codes"


def parse_code_csv(text: str, year: int, origin: str) -> tuple[CodeList, list[Problem]]:
    """``#`` lines are comments (``# source: …`` is kept as the origin); then a header and code,name rows."""
    out = CodeList(year, origin=origin)
    problems: list[Problem] = []
    rows: list[tuple[int, list[str]]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            if line.lstrip("# ").startswith("source:"):
                out.origin = line.split(":", 1)[1].strip()
            continue
        if line.strip():
            rows.append((lineno, next(csv.reader(io.StringIO(line)))))
    _fill(out, rows, origin, problems)
    return out, problems


def _fill(out: CodeList, rows: list[tuple[int, list[str]]], file: str, problems: list[Problem]) -> None:
    ci, ni, start = 0, 1, 0
    if rows:
        head = [str(c).strip().lower() for c in rows[0][1]]
        if any(h in _CODE_HEADS for h in head):
            ci = next(i for i, h in enumerate(head) if h in _CODE_HEADS)
            ni = next((i for i, h in enumerate(head) if h in _NAME_HEADS), ci + 1)
            start = 1
    for lineno, cells in rows[start:]:
        raw = str(cells[ci]).strip() if ci < len(cells) else ""
        name = str(cells[ni]).strip() if ni < len(cells) else ""
        code = normalise_code(raw)
        if code is None or not name:
            problems.append(Problem(
                f"无法读取科目「{raw}」「{name}」（编码须为 3、5 或 7 位数字，名称不能为空）",
                Source(file, line=lineno), f"unreadable code row {raw!r} {name!r}",
            ))
            continue
        out.names[code] = name


def read_code_file(path: Path, year: int) -> tuple[CodeList, list[Problem]]:
    """A user's CSV (UTF-8 or GB18030) or xlsx with columns code, name."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        # read as ``jixiao read`` reads a workbook (limits, damaged files as one located problem:
        # ``UnreadableError``); the first sheet's rows, by their row number
        from openpyxl.utils import column_index_from_string

        from jixiao.read import read_file

        fr = read_file(path)
        first = next((t.source.sheet for t in fr.tables), None)
        cells = [c for t in fr.tables if t.source.sheet == first for row in t.rows for c in row]
        cells += [Cell(text, src) for text, src in fr.body if src.sheet == first]
        by_row: dict[int, dict[int, str]] = {}
        for c in cells:
            m = _REF.match(c.source.cell or "")
            if m and not c.merged:
                by_row.setdefault(int(m[2]), {})[column_index_from_string(m[1])] = c.text
        left = min((k for r in by_row.values() for k in r), default=0)
        rows = [(i, [r.get(k, "") for k in range(left, max(r) + 1)]) for i, r in sorted(by_row.items())
                if any(v.strip() for v in r.values())]
        out, problems = CodeList(year, origin=str(path)), list[Problem]()
        _fill(out, rows, str(path), problems)
        return out, problems
    text, _ = decode(path.read_bytes())
    return parse_code_csv(text, year, str(path))


_REF = re.compile(r"^([A-Z]+)([0-9]+)$")


def import_codes(path: Path, year: int, store: Path | None = None) -> tuple[Path, CodeList, list[Problem]]:
    """Read ``path`` and write it to the store as ``codes-YEAR.csv``; the problems say which rows were skipped."""
    codes, problems = read_code_file(path, year)
    return write_codes(codes, path, store), codes, problems


def write_codes(codes: CodeList, path: Path, store: Path | None = None) -> Path:
    """Write a list read from ``path`` to the store as ``codes-YEAR.csv``."""
    year = codes.year
    target = (store or default_store()) / f"codes-{year}.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    # the name on one line: a line break in it would start a row read back as a code
    buf.write(f"# year: {year}\n# source: {printable(path.name, lines=False)}\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["code", "name"])
    for code, name in sorted(codes.names.items()):
        w.writerow([code, name])
    write_text(target, buf.getvalue())
    return target


def load_codes(year: int | None, store: Path | None = None) -> CodeList | None:
    """The list for ``year``: the store's import first, else the built-in one, else None."""
    if year is None:
        return None
    user = (store or default_store()) / f"codes-{year}.csv"
    if user.is_file():
        return parse_code_csv(user.read_text(encoding="utf-8"), year, str(user))[0]
    builtin = resources.files("jixiao") / "data" / f"codes-{year}.csv"
    if builtin.is_file():
        return parse_code_csv(builtin.read_text(encoding="utf-8"), year, f"jixiao/data/codes-{year}.csv")[0]
    return None


def check_codes(ctx: Ctx, acc: Accounts, codes: CodeList | None) -> list[Finding]:
    """A code whose name disagrees with the year's list; a code whose parent row is not in its table;
    rows that repeat their 款 code because the 项 code is missing."""
    out: list[Finding] = []
    for t in acc.tables:
        present = {r.code for r in t.coded}
        for r in t.coded:
            assert r.code is not None
            if r.code_incomplete:
                continue
            listed = codes.name(r.code) if codes else None
            if listed is not None and clean_name(listed) != clean_name(r.name):
                out.append(Finding(
                    "code_name", "suspect", ctx.document, r.source,
                    f"{t.name}科目 {r.code_text} 名为「{clean_name(r.name)}」，{codes.year if codes else ''} "
                    f"年科目表为「{listed}」",
                    f"{t.name_en}: code {r.code_text} is named {clean_name(r.name)!r}; the "
                    f"{codes.year if codes else ''} list says {listed!r}",
                    reported=clean_name(r.name), recomputed=listed, row=r.label(),
                ))
            parent = parent_code(r.code)
            if parent and parent not in present:
                out.append(Finding(
                    "code_no_parent", "suspect", ctx.document, r.source,
                    f"{t.name}科目 {r.code_text} 没有上级科目 {parent} 的行",
                    f"{t.name_en}: code {r.code_text} has no row for its parent {parent}",
                    row=r.label(),
                ))
        groups: dict[str, list[str]] = {}
        for r in t.coded:
            if r.code_incomplete and r.code:
                groups.setdefault(r.code, []).append(clean_name(r.name))
        for code, names in groups.items():
            row = next(r for r in t.coded if r.code == code and r.code_incomplete)
            out.append(Finding(
                "code_missing_item", "suspect", ctx.document, row.source,
                f"{t.name}有 {len(names)} 行只写了款级编码 {row.code_text}，缺少项级编码"
                f"（{'、'.join(names)}）；合计关系按其为该款下的项检查",
                f"{t.name_en}: {len(names)} rows carry only the 款 code {row.code_text}, their 项 code missing; "
                f"summed as that 款's items",
                row=row.label(),
            ))
    return out
