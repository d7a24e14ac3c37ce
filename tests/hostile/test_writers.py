"""Document text reaching the writers: never a formula, never markup or a terminal escape, never a lost
report, never a crash on characters a cell cannot hold or on a file name that is not UTF-8."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import hostile_files as h
import pytest
from conftest import jixiao
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.core.safetext import put_cell
from jixiao.report import html as html_report
from jixiao.report import xlsx as xlsx_report

FORMULAS = ['=HYPERLINK("http://x.example","点我")', "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A2)"]


def _cells(path: Path) -> list:  # type: ignore[type-arg]
    wb = load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def test_names_that_start_like_formulas_are_text_in_findings_xlsx(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    h.seed_with_names(docs / "names.txt", FORMULAS)
    h.small_seed(docs / "=1+1.txt")  # a file name too
    r = jixiao("audit", str(docs), "--xlsx", str(tmp_path / "f.xlsx"), "--html", str(tmp_path / "r.html"), "-q")
    r.clean()
    assert r.code == 0, r.stderr
    cells = _cells(tmp_path / "f.xlsx")
    assert not [c for c in cells if c.data_type == "f"]
    starting = [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))]
    assert {c.value for c in starting} >= {*FORMULAS, "=1+1.txt"}
    assert all(c.data_type == "s" and c.quotePrefix for c in starting)


@pytest.mark.parametrize("name", [*FORMULAS, "\t=1+2", "\r=1+2", "\n=1+2"])
def test_export_form_writes_the_name_as_text(tmp_path: Path, name: str) -> None:
    record = json.loads(CliRunner().invoke(app, ["read", str(h.SEED_001), "--json"]).stdout)["documents"][0]
    record["header"]["项目名称"] = {"value": name, "text": name}
    (tmp_path / "r.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(app, ["export-form", str(tmp_path / "r.json"), "--xlsx", str(tmp_path / "o.xlsx")])
    assert r.exit_code == 0, r.output
    (cell,) = [c for c in _cells(tmp_path / "o.xlsx") if c.coordinate == "B3"]
    assert cell.value == name and cell.data_type == "s" and cell.quotePrefix


@pytest.mark.parametrize("text", ["=1+2", "+A1", "-A1", "@A1", "\t=A1", "\r=A1", "plain"])
def test_put_cell_never_makes_a_formula(tmp_path: Path, text: str) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    put_cell(ws["A1"], text)
    wb.save(tmp_path / "t.xlsx")
    (cell,) = _cells(tmp_path / "t.xlsx")
    assert (cell.value, cell.data_type, bool(cell.quotePrefix)) == (text, "s", text != "plain")


NAMES = ["[/x]", "[a]项目", "[bold]粗[/bold]", "\x1b[2J\x1b]0;pwned\x07清屏", ":smile: 表情"]


def test_markup_and_escapes_in_names_print_as_text(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    h.seed_with_names(docs / "names.txt", NAMES)
    h.small_seed(docs / "[red]good.txt")
    for args in (("audit", str(docs)), ("read", str(docs))):
        r = jixiao(*args, env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
        r.clean()
        assert r.code == 0, r.stderr
        out = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)  # the console's own colours
        assert "\x1b" not in out and "\x07" not in out  # nothing of the documents' escapes reaches the terminal
        flat = "".join(out.split()).replace("│", "").replace("┃", "")
        for shown in ("[/x]", "[a]项目", "[bold]粗[/bold]", "\\x1b[2J\\x1b]0;pwned\\x07清屏", ":smile:"):
            assert shown in flat, (args, shown)
        assert "[red]good.txt" in flat


def test_a_failed_write_leaves_the_previous_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = audit_paths([str(h.SEED_001)])
    html, xlsx = tmp_path / "report.html", tmp_path / "findings.xlsx"
    html_report.write(result, html)
    xlsx_report.write(result, xlsx)
    before = html.read_bytes(), xlsx.read_bytes()

    def half_then_fail(*_: object, **__: object):  # type: ignore[no-untyped-def]
        yield "<!DOCTYPE html><html>"
        raise RuntimeError("killed while writing")

    save = Workbook.save

    def broken_save(self: Workbook, filename: object) -> None:
        save(self, io.BytesIO())  # the sheets are made (write-only sheets are streams to be closed) …
        Path(str(filename)).write_bytes(b"PK\x03\x04 half a zip")  # … and the disk fills half way
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html_report, "render_parts", half_then_fail)
    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(RuntimeError):
        html_report.write(result, html)
    with pytest.raises(OSError):
        xlsx_report.write(result, xlsx)
    assert (html.read_bytes(), xlsx.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.xlsx", "report.html"]  # no temp files left


def test_export_form_failure_keeps_the_old_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.read.export import write_form_xlsx

    record = json.loads(CliRunner().invoke(app, ["read", str(h.SEED_001), "--json"]).stdout)["documents"][0]
    out = tmp_path / "form.xlsx"
    write_form_xlsx(record, str(out))
    before = out.read_bytes()
    monkeypatch.setattr(Workbook, "save", lambda self, f: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(OSError):
        write_form_xlsx(record, str(out))
    assert out.read_bytes() == before and os.listdir(tmp_path) == ["form.xlsx"]


def test_control_characters_are_replaced_and_said_and_a_late_nul_removed(tmp_path: Path) -> None:
    """Control characters reach the xlsx report as U+FFFD, said; a NUL carries no text and the text reader removes
    it (and says where), wherever it stands in the file."""
    docs = tmp_path / "docs"
    docs.mkdir()
    h.seed_with_name(docs / "ctl.txt", "控制\x01\x02字符")
    seed = h.forms(8)
    last = re.findall(r"项目名称\t+([^\t\n]+)", seed)[-1]
    at = seed.rindex(last)
    assert len(seed[:at].encode()) > 8192  # past the bytes the text reader looks at for binary data
    (docs / "nul.txt").write_text(seed[:at] + "末\x00尾" + seed[at + len(last):], encoding="utf-8")
    r = jixiao("audit", str(docs), "--xlsx", str(tmp_path / "f.xlsx"), "-q")
    r.clean()
    assert r.code == 0
    (notice,) = r.stderr.splitlines()
    assert re.fullmatch(rf"{re.escape(str(tmp_path / 'f.xlsx'))}: \d+ 个单元格含 Excel 不能保存的控制字符，已替换为 �（.*）",
                        notice), notice
    values = {c.value for c in _cells(tmp_path / "f.xlsx")}
    assert "控制\ufffd\ufffd字符" in values and "末尾" in values


def test_file_names_that_are_not_utf8_print_everywhere(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    gbk = h.small_seed(h.gbk_name(docs))
    strict = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}
    r = jixiao("read", str(docs), "--json", env=strict)
    r.clean()
    assert r.code == 0
    files = {d["source"]["file"] for d in json.loads(r.stdout)["documents"]}
    assert files == {str(gbk)}  # the name as Python holds it, escapes kept: it opens the same file again
    r = jixiao("audit", str(docs), "--html", str(tmp_path / "r.html"), "--xlsx", str(tmp_path / "f.xlsx"), env=strict)
    r.clean()
    assert r.code == 0 and "项目报告.txt" in "".join(r.stdout.split()), r.stderr
    assert "项目报告.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "项目报告.txt" in {c.value for c in _cells(tmp_path / "f.xlsx")}
