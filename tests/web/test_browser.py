"""The web app in a real browser (Playwright driving Debian's chromium; never a browser download): a unit
signs in, types an actual value and sees the score and its explanation change, explains the suspect and
submits; the department returns a row; the unit fixes it and resubmits; the department sees the diff and
approves. Screenshots are saved in out/web/ for people to look at."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections

from jixiao.web.selfeval.models import Form
from web.world import PASSWORD, World, build

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
SHOTS = Path(__file__).resolve().parents[2] / "out" / "web"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/system-deps installs it)")


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def live_world(transactional_db: None) -> World:
    return build()


def sign_in(browser: Any, base: str, user: str) -> Any:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN").new_page()
    page.set_default_timeout(60_000)
    page.on("console", lambda m: print("console:", m.text))  # CSP violations and script errors show here
    page.goto(f"{base}/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(f"{base}/forms/")
    return page


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_fill_return_fix_approve(live_server: Any, live_world: World, browser: Any) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)  # a loaded CI machine: live updates may take seconds
    form = live_world.form("a1")
    base, url = live_server.url, f"{live_server.url}/forms/{form.pk}/"

    unit = sign_in(browser, base, "fill-a1")
    unit.goto(url)
    expect(unit.locator("#total")).to_have_text("92.58")
    expect(unit.locator("#x-1")).to_have_text("实际完成值3.00次，目标值≥3次，得满分20分")
    assert unit.evaluate("typeof htmx") == "object"  # the vendored file, served by the app
    unit.fill("input[name=r1_actual]", "2.00(次)")  # live: the score follows the typed value
    expect(unit.locator("#s-1")).to_have_text("13.33")
    expect(unit.locator("#x-1")).to_contain_text("实际完成值2.00次")
    expect(unit.locator("#total")).to_have_text("85.91")
    shot(unit, "1-unit-typed-actual")
    expect(unit.locator("#grade")).to_have_text("良")
    expect(unit.locator("#score-panel")).to_contain_text("未填写偏差原因")  # a suspect, live
    unit.fill("input[name=r1_deviation_note]", "一次调研因会期调整取消")
    expect(unit.locator("#score-panel")).not_to_contain_text("未填写偏差原因")
    unit.click("#save")
    expect(unit.locator(".messages")).to_contain_text("已保存")
    unit.click("#submit")
    expect(unit.locator(".messages")).to_contain_text("已提交")
    expect(unit.locator("#stage")).to_have_text("主管部门审核")

    dept = sign_in(browser, base, "dept-a")
    dept.goto(url)
    dept.fill("textarea[name=note]", "调研次数未达标，请核实")
    dept.fill("input[name=rn_1]", "请附调研记录；如实际为3次请更正")
    dept.click("#return")
    expect(dept.locator("#stage")).to_have_text("已退回")
    shot(dept, "2-dept-returned-a-row")

    unit.goto(url)
    expect(unit.locator("#returned")).to_contain_text("请附调研记录")
    expect(unit.locator("tr.row-note")).to_contain_text("请附调研记录")
    shot(unit, "3-unit-sees-the-return")
    unit.fill("input[name=r1_actual]", "3.00(次)")
    expect(unit.locator("#total")).to_have_text("92.58")
    # 25.81% spent yet rated 优: a suspect that needs the unit's written explanation before submission
    unit.fill("textarea[name='x_low_rate_top_grade:评分等级']", "年中调减预算，余款已上缴")
    unit.click("#save")
    expect(unit.locator(".messages")).to_contain_text("已保存")
    unit.click("#submit")
    expect(unit.locator("#stage")).to_have_text("主管部门审核")

    dept.goto(url)
    expect(dept.locator("#diff")).to_contain_text("2.00(次)")
    expect(dept.locator("#diff")).to_contain_text("3.00(次)")
    shot(dept, "4-dept-sees-the-diff")
    dept.click("#approve")
    expect(dept.locator("#stage")).to_have_text("财政审核")
    shot(dept, "5-dept-approved")
    f = Form.objects.get(pk=form.pk)
    assert f.stage == "finance_review" and str(f.total) == "92.580000"
    assert list(f.transitions.values_list("action", flat=True)) == ["submit", "return", "submit", "approve"]
    assert {c.via for c in f.changes.all()} == {"test", "web:form"}
    # These queries ran while Playwright's event loop was running, so Django kept their connection in a
    # context-local slot that the test database's teardown never closes: PostgreSQL then refused to drop
    # the test database ("being accessed by other users"). Close it here, in the same context.
    connections.close_all()
