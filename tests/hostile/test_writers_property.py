"""Any text a document holds, through every writer (HTML, xlsx, terminal, JSON): no formula cell, no markup or
escape interpreted, no crash."""

from __future__ import annotations

import io
import json
import re
from html import escape
from pathlib import Path

import hostile_files as h
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from jixiao.audit import audit_paths
from jixiao.audit.common import doc_name
from jixiao.core.safetext import printable, sheet_text
from jixiao.read.normalise_forms import mend_slips
from jixiao.report import html as html_report
from jixiao.report import jsonout, terminal
from jixiao.report import xlsx as xlsx_report
from jixiao.report.safe import console

FORM = h.forms(1)
# a cell of a tab-separated line: anything but what ends the line or the cell, and NUL (a NUL in the first
# 8 KB makes the file binary, not text; a late NUL is in test_writers)
TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    min_size=1, max_size=24,
).filter(lambda s: s.strip() and "财政项目支出绩效自评表" not in s)
# formulas, markup and escapes, more often than chance would give them
NASTY = st.sampled_from(["=1+2", "+A1", "-A1", "@SUM(A1)", "[/x]", "[a]", "[bold]", "\x1b[2J", "\x1b]0;t\x07",
                         "<script>", "&amp;", "\x01", "\u202e", ":smile:"])
# a name holding what OCR gives for digits (0O:0O, IO) is mended as digits in a file with enough such slips, by design
# (normalise_forms.mend_slips); the writers are what this test is about, so such names are left to the OCR tests
NAME = st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "=", "[/"]), st.one_of(NASTY, TEXT), TEXT).filter(
    lambda s: mend_slips(s) == s)
SGR = re.compile(r"\x1b\[[0-9;]*m")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME)
@example(name="=1+2\u3000 、")  # (a clean clone's CI drew it: a space beside Chinese punctuation, closed in the value)
def test_any_name_through_every_writer(tmp_path: Path, name: str) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM.replace(h.PROJECT_NAME, name, 1), encoding="utf-8")
    result = audit_paths([str(path)])
    doc = result.files[0].documents[0]
    assert doc.header["项目名称"].text == name.strip()
    # what every writer shows: the name's value, its spaces beside Chinese punctuation closed ("=1+2\u3000 、" reads
    # "=1+2\u3000、"), the cell's text kept as its source
    read_name = doc_name(doc)

    # xlsx: text stays text, never a formula
    notices: list[str] = []
    xlsx_report.write(result, tmp_path / "f.xlsx", notices=notices)
    cells = [c for ws in load_workbook(tmp_path / "f.xlsx").worksheets for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    shown, replaced = sheet_text(read_name)
    assert shown in {c.value for c in cells}
    assert bool(notices) == replaced

    # HTML: escaped, never markup
    page = html_report.render(result)
    assert escape(read_name) in page
    if re.search(r"<[A-Za-z/!?]", read_name):  # only "<" before a letter, / ! or ? opens markup; "0<" cannot,
        assert read_name not in page  # and a page holds "0<" of its own ("…0</td>")

    # terminal: no markup read, no escape sequence of the document's reaches the screen
    out = io.StringIO()
    terminal.render(result, console(file=out, force_terminal=True, width=160), "zh")
    screen = SGR.sub("", out.getvalue())
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", screen)
    assert printable(read_name[:30]).strip() in screen  # shown as written: "[a]" is not a style tag

    # JSON: the text as data, exactly
    buf = io.StringIO()
    jsonout.write_json(result, buf)
    assert read_name in {d["name"] for d in json.loads(buf.getvalue())["documents"]}
