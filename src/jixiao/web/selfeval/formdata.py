"""The posted fields of the form page → the form's data, with a message at each field that is wrong.

Only numbers are checked here (a number that is not a number is an error at its field); a target that
does not parse is kept and scored as qualitative, and the page says so. Everything typed is kept, valid or
not, so that a refused save loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext

from jixiao.core.numbers import parse_decimal
from jixiao.core.target import parse_target

FUNDS_FIELDS = ("initial_budget", "annual_budget", "executed")
ROW_FIELDS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation_note")
MAX_ROWS = 200


def _clean(v: Any) -> str:
    return str(v or "").replace("\x00", "").strip()[:2000]


def _number_error(text: str) -> str | None:
    if text and parse_decimal(text) is None:
        return gettext("“%(text)s”不是数值") % {"text": text}
    return None


def parse_post(kind: str, post: Mapping[str, Any], old: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """``(data, errors)``: errors by field name; notes (``note:<field>``) tell a target read as qualitative."""
    data = dict(old)
    errors: dict[str, str] = {}
    if "title" in post:
        data["title"] = _clean(post.get("title"))
    if kind == "project":
        funds = dict(old.get("funds") or {})
        for k in FUNDS_FIELDS:
            name = f"f_{k}"
            if name in post:
                funds[k] = _clean(post.get(name))
                err = _number_error(funds[k])
                if err:
                    errors[name] = err
        data["funds"] = funds
        try:
            count = min(int(post.get("rows") or 0), MAX_ROWS)
        except ValueError:
            count = 0
        if "rows" in post:
            old_rows = list(old.get("indicators") or [])
            rows = []
            for n in range(1, count + 1):
                row = dict(old_rows[n - 1]) if n - 1 < len(old_rows) else {}
                for k in ROW_FIELDS:
                    name = f"r{n}_{k}"
                    if name in post:
                        row[k] = _clean(post.get(name))
                for k in ("weight", "score"):
                    err = _number_error(str(row.get(k) or ""))
                    if err:
                        errors[f"r{n}_{k}"] = err
                target = str(row.get("target") or "")
                if target and parse_target(target).qualitative:
                    errors[f"note:r{n}_target"] = gettext("按定性指标处理（无法读成数量）")
                rows.append(row)
            data["indicators"] = rows
    else:
        inputs = {str(code): dict(v) if isinstance(v, Mapping) else v for code, v in (old.get("inputs") or {}).items()}
        for name, value in post.items():
            if not name.startswith("in_"):
                continue
            _, code, key = name.split("_", 2) if name.count("_") >= 2 else (None, None, None)
            if code is None or code not in inputs or not isinstance(inputs[code], dict):
                continue
            inputs[code][key] = _clean(value)
        data["inputs"] = inputs
    explanations = dict(old.get("explanations") or {})
    for name, value in post.items():
        if name.startswith("x_"):
            explanations[name[2:]] = _clean(value)
    if explanations:
        data["explanations"] = {k: v for k, v in explanations.items() if v}
    return data, errors


def blocking(errors: Mapping[str, str]) -> bool:
    return any(not k.startswith("note:") for k in errors)
