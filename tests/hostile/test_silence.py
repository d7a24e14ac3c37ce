"""Files that were skipped or passed without a word: each now a located problem; a FIFO is never opened;
codes import handles a malformed workbook as read does; export-form refuses a year that is not one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import hostile_files as h
import pytest
from conftest import jixiao
from typer.testing import CliRunner

from jixiao.cli import app


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    d = tmp_path / "odd"
    d.mkdir()
    h.small_seed(d / "good.txt")
    (d / "empty.txt").write_bytes(b"")
    h.encrypted_pdf(d / "owner.pdf", "", "owner-secret")
    h.encrypted_pdf(d / "user.pdf", "open-secret", "owner-secret")
    os.symlink("loop.txt", d / "loop.txt")
    os.symlink("nowhere.txt", d / "dangling.txt")
    os.mkfifo(d / "fifo.txt")
    os.symlink("/dev/null", d / "device.txt")
    return d


def test_every_odd_file_in_a_folder_is_said_and_a_fifo_never_blocks(odd_folder: Path) -> None:
    r = jixiao("read", str(odd_folder), "--json", seconds=30)  # a FIFO opened would block until the timeout
    r.clean()
    assert r.code == 2
    d = odd_folder
    assert r.stderr.splitlines() == [
        f"{d / 'dangling.txt'}: 符号链接指向不存在的文件“nowhere.txt”",
        f"{d / 'device.txt'}: 是设备文件，不是普通文件，未读取",
        f"{d / 'fifo.txt'}: 是命名管道（FIFO），不是文件，未读取",
        f"{d / 'loop.txt'}: 符号链接循环，无法读取",
        f"{d / 'user.pdf'}: PDF 已加密，需要打开密码，无法读取",
    ]
    data = json.loads(r.stdout)
    said = {(Path(p["source"]["file"]).name, p["source"].get("page"), p["message"]) for p in data["problems"]}
    assert ("empty.txt", None, "未能识别：文件为空") in said
    assert ("owner.pdf", 1, "本页有 19 个字符无法解码为文字（(cid:…)：字体没有 Unicode 映射，且文件已加密），读出的文字不可靠") in said
    assert [doc["source"]["file"] for doc in data["documents"]] == [str(d / "good.txt")] * 2


def test_audit_says_them_too(odd_folder: Path) -> None:
    r = jixiao("audit", str(odd_folder), "--json", "--jobs", "1", seconds=30)
    r.clean()
    assert r.code == 2 and len(r.stderr.splitlines()) == 5
    assert json.loads(r.stdout)["summary"]["files"] == 8


def test_codes_import_a_malformed_workbook_as_read_does(tmp_path: Path) -> None:
    bomb = h.xlsx_whole_sheet_merge(tmp_path / "codes.xlsx")
    r = CliRunner().invoke(app, ["codes", "import", str(bomb), "--year", "2030", "--store", str(tmp_path / "s")])
    assert r.exit_code == 2 and r.exception is None or isinstance(r.exception, SystemExit)
    assert r.stderr == f"{bomb}:Sheet: 合并单元格共覆盖 17179869184 个单元格，超过上限 1000000，未读取\n"
    assert not (tmp_path / "s").exists()


def test_a_line_break_in_the_file_name_makes_no_code(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["code", "name"], [201, "一般公共服务支出"], [20101, "人大事务"]):
        ws.append(row)
    path = tmp_path / "x\n99901,假科目\n.xlsx"
    wb.save(path)
    store = tmp_path / "s"
    r = CliRunner().invoke(app, ["codes", "import", str(path), "--year", "2031", "--store", str(store)])
    assert r.exit_code == 0, r.output
    shown = CliRunner().invoke(app, ["codes", "show", "--year", "2031", "--store", str(store), "--json"])
    assert json.loads(shown.stdout)["codes"] == {"201": "一般公共服务支出", "20101": "人大事务"}
    assert (store / "codes-2031.csv").read_text(encoding="utf-8").splitlines()[1] == "# source: x\\n99901,假科目\\n.xlsx"


@pytest.mark.parametrize("year", [float("nan"), "nan", "明年", 2023.5, True, "20233"])
def test_export_form_refuses_what_is_not_a_year(tmp_path: Path, year: object) -> None:
    record = json.loads(CliRunner().invoke(app, ["read", str(h.SEED_001), "--json"]).stdout)["documents"][0]
    record["year"] = year
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(app, ["export-form", str(path), "--xlsx", str(tmp_path / "o.xlsx")])
    assert r.exit_code == 2 and "不是年份（如 2023）" in r.stderr, r.output
    assert not (tmp_path / "o.xlsx").exists()


@pytest.mark.parametrize("args", [("score", "mof-2020-project"), ("framework", "check"), ("assess",),
                                  ("export-form", "--xlsx", "out.xlsx")])
def test_a_fifo_named_on_the_command_line_is_never_opened(tmp_path: Path, args: tuple[str, ...]) -> None:
    fifo = tmp_path / ("pipe.json" if args[0] == "export-form" else "pipe.yaml")
    os.mkfifo(fifo)
    command = {"export-form": [args[0], str(fifo), *args[1:]], "assess": ["assess", str(fifo), str(fifo)]}.get(
        args[0], [*args, str(fifo)])
    r = jixiao(*command, cwd=tmp_path, seconds=20)  # opened, it would block until the time limit
    r.clean()
    assert r.code == 2 and r.stderr.startswith(f"{fifo}: 是命名管道（FIFO），不是文件，未读取"), r.stderr


def test_a_workbook_that_lists_no_sheet_is_said_damaged_not_empty(tmp_path: Path) -> None:
    """An xlsx whose xl/workbook.xml lists no sheet (damaged, or emptied by a tool) once read as an empty file."""
    from jixiao.read import read_path

    path = h._rezip(h._workbook({"A1": "项目名称", "B1": "测试"}), tmp_path / "nosheet.xlsx",
                    lambda name, data: b"<x/>" if name == "xl/workbook.xml" else data)
    (p,) = read_path(path).unreadable
    assert p.message == "xlsx 工作簿中没有列出任何工作表（xl/workbook.xml 已损坏？），无法读取"
