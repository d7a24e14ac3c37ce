"""The pages through Django's test client: sign-in (argon2, axes), the form page with its live score and
explanations, a field error at its field, the refused second save keeping what was typed, export, history,
dashboard, CSP headers, language."""

from __future__ import annotations

import io

from django.contrib.auth.hashers import identify_hasher
from django.test import Client
from openpyxl import load_workbook

from web.world import PASSWORD, World


def client_for(w: World, name: str) -> Client:
    c = Client()
    c.force_login(w.users[name])
    return c


def post_rows(form, **changes):  # type: ignore[no-untyped-def]
    data = {"version": str(form.version), "title": form.title, "rows": str(len(form.data["indicators"]))}
    for k, v in form.data["funds"].items():
        data[f"f_{k}"] = v
    for n, row in enumerate(form.data["indicators"], start=1):
        for k, v in row.items():
            data[f"r{n}_{k}"] = v
    data.update(changes)
    return data


def test_passwords_are_argon2(world: World) -> None:
    assert identify_hasher(world.users["fill-a1"].password).algorithm == "argon2"


def test_login_is_throttled(world: World) -> None:
    c = Client()
    for _ in range(5):
        c.post("/login/", {"username": "fill-a1", "password": "wrong"})
    r = c.post("/login/", {"username": "fill-a1", "password": PASSWORD})
    assert r.status_code == 429  # locked out: even the right password waits
    assert "_auth_user_id" not in c.session


def test_the_form_page_shows_scores_and_explanations(world: World) -> None:
    f = world.form("a1")
    r = client_for(world, "fill-a1").get(f"/forms/{f.pk}/")
    html = r.content.decode()
    assert r.status_code == 200
    assert 'id="total">92.58<' in html and 'id="grade">优<' in html
    assert "预算执行率=(2.22÷8.60)×100%=25.81%" in html
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in html  # no inline script: only src= scripts


def test_live_score_follows_typed_values(world: World) -> None:
    f = world.form("a1")
    r = client_for(world, "fill-a1").post(f"/forms/{f.pk}/score/", post_rows(f, r1_actual="2.00(次)"))
    html = r.content.decode()
    assert r.status_code == 200
    assert 'id="total">85.91<' in html  # row 1: 20 × 2/3 = 13.33
    assert 'id="s-1" hx-swap-oob="true">13.33<' in html
    assert "实际完成值2.00次" in html


def test_a_number_that_is_not_a_number_is_refused_at_its_field(world: World) -> None:
    f = world.form("a1")
    r = client_for(world, "fill-a1").post(f"/forms/{f.pk}/save/", post_rows(f, f_executed="两万"))
    html = r.content.decode()
    assert r.status_code == 400
    assert "“两万”不是数值" in html and 'value="两万"' in html
    assert world.fresh(f).version == f.version


def test_a_target_that_does_not_parse_is_kept_as_qualitative(world: World) -> None:
    f = world.form("a1")
    r = client_for(world, "fill-a1").post(f"/forms/{f.pk}/score/", post_rows(f, r1_target="稳步推进"))
    assert "按定性指标处理" in r.content.decode()


def test_the_second_save_is_refused_and_the_typed_values_stay_on_the_page(world: World) -> None:
    f = world.form("a1")
    a, b = client_for(world, "fill-a1"), client_for(world, "fill-a1")
    assert a.post(f"/forms/{f.pk}/save/", post_rows(f, f_executed="4.30")).status_code == 302
    r = b.post(f"/forms/{f.pk}/save/", post_rows(f, r1_actual="2.00(次)"))
    html = r.content.decode()
    assert r.status_code == 409
    assert "表单已被他人修改" in html and 'value="2.00(次)"' in html
    f2 = world.fresh(f)
    assert f2.data["funds"]["executed"] == "4.30" and f2.data["indicators"][0]["actual"] == "3.00(次)"


def test_export_gives_the_official_layout(world: World) -> None:
    f = world.form("a1")
    r = client_for(world, "readonly-a").get(f"/forms/{f.pk}/export.xlsx")
    assert r.status_code == 200
    ws = load_workbook(io.BytesIO(r.content)).active
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert texts[0] == "财政项目支出绩效自评表" and "纪检其他工作" in texts and "相关会议调研次数" in texts


def test_history_shows_who_what_and_from_where(world: World) -> None:
    f = world.form("a1")
    c = client_for(world, "fill-a1")
    c.post(f"/forms/{f.pk}/save/", post_rows(f, f_executed="4.30"))
    html = c.get(f"/forms/{f.pk}/history/").content.decode()
    assert "web:form" in html and "fill-a1" in html and "2.22" in html and "4.30" in html


def test_english(world: World) -> None:
    f = world.form("a1")
    c = client_for(world, "fill-a1")
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = c.get(f"/forms/{f.pk}/").content.decode()
    assert "Indicators" in html and "execution rate" in html.lower()


def test_dashboard(world: World) -> None:
    world.form("a1")
    world.form("b1", title="B单位项目")
    html = client_for(world, "finance").get("/dashboard/").content.decode()
    assert 'id="count">2<' in html and "echarts-5.6.0.min.js" in html
    html = client_for(world, "dept-a").get("/dashboard/").content.decode()
    assert 'id="count">1<' in html and "B单位项目" not in html


def test_signed_out_goes_to_login(world: World) -> None:
    r = Client().get("/forms/")
    assert r.status_code == 302 and r.headers["Location"].startswith("/login/")


def test_vendored_scripts_are_served_by_the_app(world: World) -> None:
    c = client_for(world, "fill-a1")
    for path in ("/static/jixiao/vendor/htmx-2.0.11.min.js", "/static/jixiao/vendor/echarts-5.6.0.min.js",
                 "/static/jixiao/dashboard.js", "/static/jixiao/app.css"):
        r = c.get(path)
        assert r.status_code == 200, path
        assert len(b"".join(r.streaming_content)) > 1000, path  # type: ignore[attr-defined]


def test_the_diff_speaks_the_pages_language(world: World) -> None:
    f = world.form("a1")
    c = client_for(world, "fill-a1")
    c.post(f"/forms/{f.pk}/save/", post_rows(f, f_executed="4.30"))
    html = c.get(f"/forms/{f.pk}/history/").content.decode()
    assert "<td>资金</td><td>全年执行数</td>" in html
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = c.get(f"/forms/{f.pk}/history/").content.decode()
    assert "<td>funds</td><td>executed</td>" in html and "资金" not in html
