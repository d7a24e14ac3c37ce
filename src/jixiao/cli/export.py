"""``jixiao export-form RECORD.json --xlsx OUT``: write a project form in the official layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from jixiao.cli.common import JsonOpt, LangOpt, echo, fail, print_json
from jixiao.core.i18n import tr
from jixiao.core.numbers import NumberTooLarge, bounded_decimal
from jixiao.core.safetext import clip, replaced_notice
from jixiao.paths import special_file

PROJECT = "project_self_evaluation"


def load_form(path: str, index: int, lang: str = "zh") -> dict[str, Any]:
    """The ``index``-th (1-based) project form of a JSON file: one document, or ``jixiao read --json``."""
    special = special_file(Path(path))
    if special is not None:
        fail(f"{path}: " + tr(*special, lang))
    try:
        # numbers as bounded Decimal (a 100,000-digit number or 1e9999999 is refused, never a float)
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"), parse_float=bounded_decimal,
                          parse_int=bounded_decimal)
    except NumberTooLarge as e:
        fail(f"{path}: " + tr(str(e), e.en, lang))
    except RecursionError:
        fail(tr(f"{path}: JSON 嵌套过深，无法读取", f"{path}: JSON nested too deeply to read", lang))
    except OSError as e:
        fail(tr(f"{path}: 无法读取文件（{e.strerror or e}）", f"{path}: cannot read the file ({e.strerror or e})", lang))
    except UnicodeDecodeError as e:
        fail(tr(f"{path}: 不是 UTF-8 文本（{e.reason}）", f"{path}: not UTF-8 text ({e.reason})", lang))
    except json.JSONDecodeError as e:
        fail(tr(f"{path}:{e.lineno}:{e.colno}: JSON 格式错误：{e.msg}", f"{path}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}",
                lang))
    docs = data.get("documents", [data]) if isinstance(data, dict) else data
    if not isinstance(docs, list):  # {"documents": 5}, a bare number or string
        docs = []
    forms = [d for d in docs if isinstance(d, dict) and d.get("type") == PROJECT]
    if not forms:
        fail(tr(f"{path}: 文件中没有项目支出绩效自评表（type 为 {PROJECT}）的记录",
                f"{path}: no project self-evaluation form (type {PROJECT}) in the file", lang))
    if not 1 <= index <= len(forms):
        fail(tr(f"{path}: --index {index} 超出范围；文件中有 {len(forms)} 份项目自评表",
                f"{path}: --index {index} is out of range; the file holds {len(forms)} project form(s)", lang))
    form = forms[index - 1]
    year = form.get("year")
    if year is not None and not _is_year(year):
        fail(tr(f"{path}: 第 {index} 份项目自评表的年度“{clip(year, 40)}”不是年份（如 2023）",
                f"{path}: the year {clip(year, 40)!r} of project form {index} is not a year (such as 2023)", lang))
    return form


def _is_year(value: object) -> bool:
    """A year as a record gives it: 2023 or "2023" (four digits, 1900–2100); not nan, 2023.5 or "明年"."""
    text = str(value).strip()
    return not isinstance(value, bool) and text.isascii() and text.isdigit() and 1900 <= int(text) <= 2100


def register(app: typer.Typer) -> None:
    @app.command("export-form")
    def export_form(
        record: str = typer.Argument(..., metavar="RECORD", help="记录 JSON（jixiao read --json 的输出或其中一份文档）/ a record as JSON (jixiao read --json, or one document of it)"),
        xlsx: str = typer.Option(..., "--xlsx", metavar="FILE", help="输出 xlsx 文件 / output xlsx file"),
        index: int = typer.Option(1, "--index", metavar="N", help="第几份项目自评表（从 1 起）/ which project form, from 1"),
        as_json: bool = JsonOpt,
        lang: str = LangOpt,
    ) -> None:
        """按官方格式导出项目支出绩效自评表 / write a project form to xlsx in the official layout."""
        from jixiao.read.export import write_form_xlsx

        form = load_form(record, index, lang)
        try:
            replaced = write_form_xlsx(form, xlsx)
        except OSError as e:
            fail(tr(f"{xlsx}: 无法写入（{e.strerror or e}）", f"{xlsx}: cannot write ({e.strerror or e})", lang))
        except (AttributeError, TypeError) as e:  # a record typed by hand in another shape
            fail(tr(f"{record}: 第 {index} 份项目自评表的结构与 jixiao read --json 的输出不符（{e}）",
                    f"{record}: project form {index} is not in the shape `jixiao read --json` gives ({e})", lang))
        if replaced:
            echo(replaced_notice(xlsx, replaced, lang), err=True)
        header = form.get("header")
        entry = header.get("项目名称") if isinstance(header, dict) else None
        name = str((entry.get("value") if isinstance(entry, dict) else None) or form.get("title") or "")
        rows = form.get("indicators")
        count = len(rows) if isinstance(rows, list) else 0
        if as_json:
            print_json({"written": xlsx, "project": name, "indicators": count})
        else:
            echo(tr(f"已写入 {xlsx}：{name}，指标 {count} 行", f"wrote {xlsx}: {name}, {count} indicator rows", lang))
