"""The workflow through the services: the score stored, errors and suspects before submission, return with
notes, resubmission with its diff, stale approval, overdue and the 财政 exception, the concurrent save."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from jixiao.frameworks import builtin_path
from jixiao.web.review import services as review
from jixiao.web.review.diff import diff
from jixiao.web.review.models import Change, Transition
from jixiao.web.selfeval import services
from jixiao.web.years.models import FrameworkVersion
from web.world import LOW_RATE_KEY, World, project_data


def explained(w: World, form):  # type: ignore[no-untyped-def]
    data = project_data(explanations={LOW_RATE_KEY: "年中调整，资金已结转下年使用"})
    return services.save_form(w.users["fill-a1"], form.pk, version=form.version, data=data, via="test")


def test_the_score_is_the_engines(world: World) -> None:
    f = world.form("a1")
    assert f.total == Decimal("92.58") and f.grade == "优"
    rows = {r["code"]: r for r in f.result["indicators"]}
    assert rows["E"]["score"] == "2.58"
    assert rows["E"]["explanation"].startswith("预算执行率=(2.22÷8.60)×100%=25.81%")
    assert [x["kind"] for x in f.findings if x["severity"] == "suspect"] == ["low_rate_top_grade"]


def test_a_suspect_needs_a_written_explanation(world: World) -> None:
    f = world.form("a1")
    with pytest.raises(services.Refused, match="书面说明"):
        review.submit(world.users["fill-a1"], f.pk, via="test")
    f = explained(world, f)
    assert review.submit(world.users["fill-a1"], f.pk, via="test").stage == "dept_review"


def test_an_error_blocks_submission(world: World) -> None:
    f = world.form("a1")
    data = project_data(explanations={LOW_RATE_KEY: "x"})
    data["indicators"][0]["weight"] = "25.00"  # weights no longer add up to 90
    f = services.save_form(world.users["fill-a1"], f.pk, version=f.version, data=data, via="test")
    assert f.errors >= 1 and f.total is not None
    with pytest.raises(services.Refused, match="错误"):
        review.submit(world.users["fill-a1"], f.pk, via="test")


def test_return_with_notes_resubmit_with_diff_then_approve(world: World) -> None:
    u, dept, fin = world.users["fill-a1"], world.users["dept-a"], world.users["finance"]
    f = explained(world, world.form("a1"))
    review.submit(u, f.pk, via="test")
    with pytest.raises(services.Refused, match="理由"):
        review.return_form(dept, f.pk, note=" ", via="test")
    review.return_form(dept, f.pk, note="请核实执行数", row_notes={"2": "整改落实率请附佐证"}, via="test")
    f = world.fresh(f)
    assert f.stage == "returned"
    t = review.last_return(f)
    assert t is not None and t.note == "请核实执行数" and t.row_notes == {"2": "整改落实率请附佐证"}
    data = dict(f.data)
    data["indicators"] = [dict(r) for r in data["indicators"]]
    data["indicators"][1]["actual"] = "98.00(%)"
    f = services.save_form(u, f.pk, version=f.version, data=data, via="test")
    assert f.total == Decimal("92.18")  # 20 × 98/100 = 19.60 for row 2
    assert [x["kind"] for x in f.findings if x["severity"] == "suspect"] == ["low_rate_top_grade", "missing_reason"]
    data["indicators"][1]["deviation_note"] = "两项整改跨年完成"
    f = services.save_form(u, f.pk, version=f.version, data=data, via="test")
    review.submit(u, f.pk, via="test")
    changes = diff(review.last_reviewed_snapshot(world.fresh(f)) or {}, world.fresh(f).data)
    assert [(d.where, d.field, d.before, d.after) for d in changes] == [
        ("第2行", "actual", "100.00(%)", "98.00(%)"), ("第2行", "deviation_note", "", "两项整改跨年完成")]
    review.approve(dept, f.pk, via="test")
    with pytest.raises(PermissionDenied):
        review.approve(dept, f.pk, via="test")  # the department cannot give the bureau's approval
    assert review.approve(fin, f.pk, via="test").stage == "approved"
    with pytest.raises(services.Refused):
        services.save_form(u, f.pk, version=world.fresh(f).version, data=data, via="test")  # locked
    actions = list(Transition.objects.filter(form=f).values_list("action", "from_stage", "to_stage"))
    assert actions == [("submit", "draft", "dept_review"), ("return", "dept_review", "returned"),
                       ("submit", "returned", "dept_review"), ("approve", "dept_review", "finance_review"),
                       ("approve", "finance_review", "approved")]


def test_an_approval_goes_stale_when_the_framework_changes(world: World) -> None:
    f = explained(world, world.form("a1"))
    review.submit(world.users["fill-a1"], f.pk, via="test")
    review.approve(world.users["dept-a"], f.pk, via="test")
    review.approve(world.users["finance"], f.pk, via="test")
    assert not services.is_stale(world.fresh(f))
    text = builtin_path("shanghai-2023-project").read_text(encoding="utf-8").replace(
        "rate: {mode: truncate, digits: 2}", "rate: {mode: half_up, digits: 2}", 1)
    v2 = FrameworkVersion.store(world.year, text)
    assert v2.sha256 != world.fv.sha256
    review.repin_framework(world.users["finance"], f.pk, framework=v2, via="test")
    f = world.fresh(f)
    assert services.is_stale(f) and f.framework_id == v2.pk


def test_overdue_needs_an_exception(world: World) -> None:
    f = explained(world, world.form("a1"))
    world.year.fill_deadline = timezone.localdate() - timedelta(days=1)
    world.year.save()
    f = world.fresh(f)
    assert services.overdue(f)
    with pytest.raises(services.Refused, match="逾期例外"):
        review.submit(world.users["fill-a1"], f.pk, via="test")
    with pytest.raises(PermissionDenied):
        review.grant_exception(world.users["dept-a"], f.pk, until=timezone.localdate(), note="x", via="test")
    review.grant_exception(world.users["finance"], f.pk, until=timezone.localdate() + timedelta(days=3),
                           note="系统故障顺延", via="test")
    assert not services.overdue(world.fresh(f))
    assert review.submit(world.users["fill-a1"], f.pk, via="test").stage == "dept_review"


def test_the_second_save_is_refused_and_nothing_is_lost(world: World) -> None:
    f = world.form("a1")
    opened = f.version
    first = project_data()
    first["funds"]["executed"] = "4.30"
    second = project_data()
    second["indicators"][0]["actual"] = "2.00(次)"
    services.save_form(world.users["fill-a1"], f.pk, version=opened, data=first, via="test")
    with pytest.raises(services.Refused, match="已被他人修改") as e:
        services.save_form(world.users["fill-a1"], f.pk, version=opened, data=second, via="test")
    assert "第1版" in e.value.zh and "第2版" in e.value.zh
    f = world.fresh(f)
    assert f.version == 2 and f.data["funds"]["executed"] == "4.30" and f.total == Decimal("95.00")
    assert Change.objects.filter(form=f).count() == 2  # created + the first save; the refused one wrote nothing


def test_history_is_append_only(world: World) -> None:
    f = world.form("a1")
    c = Change.objects.get(form=f)
    with pytest.raises(ValueError):
        c.save()
    with pytest.raises(ValueError):
        c.delete()


def test_out_of_scope_is_404_not_403(world: World) -> None:
    f = world.form("b1")
    for name in ("fill-a1", "dept-a", "readonly-a", "nobody"):
        with pytest.raises(Http404):
            services.get_form(world.users[name], f.pk)
    assert services.get_form(world.users["finance"], f.pk).pk == f.pk


def test_scope_reaches_any_depth(world: World) -> None:
    deep = world.form("a1x")
    assert services.get_form(world.users["dept-a"], deep.pk).pk == deep.pk
    assert services.get_form(world.users["fill-a1"], deep.pk).pk == deep.pk
    assert world.units["a1x"].depth == 4
