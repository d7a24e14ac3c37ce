"""Importing the organisation tree from CSV and xlsx (generated here): any depth, any order, located problems
for bad rows, the good rows kept; re-import updates; the web upload is for 财政绩效科 at the root only."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook

from jixiao.web.orgs.importer import import_orgs
from jixiao.web.orgs.models import OrgUnit
from web.world import World

ROWS = [
    ("编码", "名称", "类型", "上级编码"),
    ("k1", "科室1", "预算单位", "u1"),  # before its parent: order does not matter
    ("bureau", "示例财政局", "财政局", ""),
    ("d1", "部门1", "主管部门", "bureau"),
    ("u1", "单位1", "预算单位", "d1"),
    ("", "无编码", "预算单位", "d1"),
    ("u2", "单位2", "预算单位", "nowhere"),
    ("u3", "单位3", "衙门", "d1"),
    ("u1", "单位1重复", "预算单位", "d1"),
    ("x1", "环1", "预算单位", "x2"),
    ("x2", "环2", "预算单位", "x1"),
]


def csv_file(tmp: Path, rows: list[tuple[str, ...]]) -> Path:
    p = tmp / "orgs.csv"
    p.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return p


def test_csv_with_located_problems(db: None, tmp_path: Path) -> None:
    r = import_orgs(csv_file(tmp_path, ROWS), "orgs.csv")
    assert r.created == 4 and r.updated == 0
    assert {u.code: u.depth for u in OrgUnit.objects.all()} == {"bureau": 1, "d1": 2, "u1": 3, "k1": 4}
    text = "\n".join(r.problems)
    assert "orgs.csv:6" in text and "缺少编码" in text
    assert "orgs.csv:7" in text and "上级编码 nowhere 不存在" in text
    assert "orgs.csv:8" in text and "不认识的类型 “衙门”" in text
    assert "orgs.csv:9" in text and "编码 u1 重复" in text
    assert "orgs.csv:10" in text and "orgs.csv:11" in text and "成环" in text
    assert len(r.problems) == 6


def test_xlsx_and_reimport_updates(db: None, tmp_path: Path) -> None:
    wb = Workbook()
    for row in ROWS[:5]:
        wb.active.append(row)
    p = tmp_path / "orgs.xlsx"
    wb.save(p)
    r = import_orgs(p)
    assert (r.created, r.problems) == (4, [])
    csv_rows = [ROWS[0], ("d1", "部门一（改名）", "主管部门", "bureau"), ("d2", "部门2", "主管部门", "bureau"),
                ("u1", "单位1", "预算单位", "d2")]  # u1 moves to d2, with its subtree
    r = import_orgs(csv_file(tmp_path, csv_rows))
    assert (r.created, r.updated, r.problems) == (1, 2, [])
    assert OrgUnit.objects.get(code="d1").name == "部门一（改名）"
    k1 = OrgUnit.objects.get(code="k1")
    assert k1.path.startswith(OrgUnit.objects.get(code="d2").path) and k1.depth == 4


def test_the_web_import_is_for_the_bureau(world: World) -> None:
    body = "编码,名称,类型,上级编码\nbureau,测试财政局,财政局,\nb9,单位B9,预算单位,dept-b\nbad,,预算单位,dept-b\n"
    for name, status in (("dept-a", 403), ("fill-a1", 403), ("finance", 200)):
        c = Client()
        c.force_login(world.users[name])
        r = c.post("/orgs/", {"file": SimpleUploadedFile("orgs.csv", body.encode("utf-8"))})
        assert r.status_code == status, name
    assert OrgUnit.objects.filter(code="b9").exists()
    assert "orgs.csv:4" in r.content.decode() and "缺少名称" in r.content.decode()
    page = r.content.decode()
    # the import form and its result are shown once, in the page, not also inside <title>
    title = page[page.index("<title>"):page.index("</title>")]
    assert "<form" not in title and "orgs.csv:4" not in title
    assert page.count('name="file"') == 1 and page.count('id="import-result"') == 1
