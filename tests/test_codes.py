"""Code lists (科目表): the built-in lists, `jixiao codes import`, and the code findings."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.codes import import_codes, load_codes
from jixiao.accounts.model import code_level, normalise_code, parent_code
from jixiao.cli import app
from jixiao.core.findings import Finding
from jixiao.read.recognise.accounts import recognise
from jixiao.read.text import read_text_tables


def test_normalise_codes() -> None:
    assert normalise_code("201 05 04") == "2010504"
    assert normalise_code("2010504") == "2010504"
    assert normalise_code("301 01") == "30101"
    assert normalise_code("20") is None and normalise_code("类") is None
    assert (code_level("201"), code_level("20105"), code_level("2010504")) == (1, 2, 3)
    assert (parent_code("2010504"), parent_code("20105"), parent_code("201")) == ("20105", "201", None)


def test_builtin_lists_are_labelled_by_year(tmp_path: Path) -> None:
    y2017 = load_codes(2017, tmp_path)
    y2024 = load_codes(2024, tmp_path)
    assert y2017 is not None and y2024 is not None
    assert y2017.name("210") == "医疗卫生与计划生育支出" and y2024.name("210") == "卫生健康支出"
    assert y2024.name("30101") == "基本工资" and y2024.name("302") == "商品和服务支出"
    assert "2024" in y2024.origin and "财政部" in y2024.origin
    assert load_codes(1999, tmp_path) is None


def test_import_csv_into_the_year_store(tmp_path: Path) -> None:
    src = tmp_path / "科目.csv"
    src.write_text("科目编码,科目名称\n201 05 04,信息事务\n2011350,事业运行\n20x,坏行\n", encoding="gb18030")
    target, codes, problems = import_codes(src, 2017, tmp_path / "store")
    assert target == tmp_path / "store" / "codes-2017.csv"
    assert codes.names == {"2010504": "信息事务", "2011350": "事业运行"}
    assert [(p.source.line if p.source else None) for p in problems] == [4]
    loaded = load_codes(2017, tmp_path / "store")
    assert loaded is not None and loaded.name("2011350") == "事业运行" and loaded.name("201") is None


def test_import_xlsx(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["code", "name"])
    ws.append(["30101", "基本工资"])
    ws.append([30102, "津贴补贴"])
    wb.save(tmp_path / "codes.xlsx")
    _, codes, problems = import_codes(tmp_path / "codes.xlsx", 2024, tmp_path)
    assert codes.names == {"30101": "基本工资", "30102": "津贴补贴"} and problems == []


def test_cli_import(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("code,name\n2080505,机关事业单位基本养老保险缴费支出\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["codes", "import", str(src), "--year", "2024", "--store", str(tmp_path / "s")])
    assert r.exit_code == 0, r.output
    assert "1" in r.output and (tmp_path / "s" / "codes-2024.csv").is_file()
    bad = CliRunner().invoke(app, ["codes", "import", str(tmp_path / "none.csv"), "--year", "2024"])
    assert bad.exit_code == 2


TABLE = """2024年度一般公共预算财政拨款支出决算表

单位：万元

项目\t\t\t科目名称\t合计\t基本支出\t项目支出
类\t款\t项\t\t\t\t
201\t\t\t一般公共服务\t10.00\t10.00\t0.00
201\t13\t01\t行政运行\t10.00\t10.00\t0.00
合计\t\t\t\t10.00\t10.00\t0.00
"""


def _findings(tmp_path: Path, text: str = TABLE) -> list[Finding]:
    doc = recognise(read_text_tables(text, "t.txt"))[0]
    return check_accounts(doc, codes=load_codes(doc.year, tmp_path))


def test_name_disagreeing_with_the_year_list(tmp_path: Path) -> None:
    names = [f for f in _findings(tmp_path) if f.kind == "code_name"]
    assert [(f.location.line, f.reported, f.recomputed) for f in names] == [(7, "一般公共服务", "一般公共服务支出")]


def test_code_without_parent_row(tmp_path: Path) -> None:
    orphans = [f for f in _findings(tmp_path) if f.kind == "code_no_parent"]
    assert [(f.location.line, f.row) for f in orphans] == [(8, "201 13 01 行政运行")]
    # 201 = Σ 款 cannot be checked through a missing 款; the sums that can be checked hold
    assert not [f for f in _findings(tmp_path) if f.severity == "error"]


def test_imported_list_overrides_builtin(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("code,name\n201,一般公共服务\n2011301,行政运行\n", encoding="utf-8")
    import_codes(src, 2024, tmp_path)
    assert [f for f in _findings(tmp_path) if f.kind == "code_name"] == []


def test_cli_show(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["codes", "show", "--year", "2017", "--store", str(tmp_path)])
    assert r.exit_code == 0 and "210\t医疗卫生与计划生育支出" in r.stdout and "财政部" in r.stdout
    assert CliRunner().invoke(app, ["codes", "show", "--year", "1990", "--store", str(tmp_path)]).exit_code == 2
