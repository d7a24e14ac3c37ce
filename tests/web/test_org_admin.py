"""Editing the organisation tree in the web app: the permission matrix of its views (every role × every
action × a unit in and out of the person's scope: an administrator's change happens and is recorded; in scope
without the right, 403 and nothing changes; out of scope, 404 and nothing changes), then what each change
does: moves carry the subtree and so the scope, never into the unit's own subtree; only empty units are
deleted; roles granted and removed change what a person sees; every change is in the history; CSRF; messages
in Chinese and English."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from jixiao.web.orgs.models import READONLY, OrgChange, OrgUnit, Role
from jixiao.web.selfeval import services
from web.world import ROLES, World

ACTIONS = ("page", "add", "rename", "move", "deactivate", "activate", "delete", "grant", "revoke")
ADMINS = {"finance"}  # 财政绩效科 at the root


def leaves(w: World) -> dict[str, OrgUnit]:
    """An empty leaf under a1, under b1 and under a second tree's root z (out of everyone's scope); a role held
    by a user outside the matrix at each leaf's parent (what ``revoke`` removes)."""
    w.units["z"] = OrgUnit.objects.create(code="z", name="另一财政局", kind="bureau")
    extra = get_user_model().objects.create(username="extra")
    out = {}
    for parent in ("a1", "b1", "z"):
        out[parent] = OrgUnit.objects.create(code=f"{parent}-leaf", name=f"{parent}叶", parent=w.units[parent])
        Role.objects.create(user=extra, unit=w.units[parent], role=READONLY)
    return out


IN_SCOPE = {"finance": "a1", "dept-a": "a1", "fill-a1": "a1", "review-a1": "a1", "readonly-a": "a1", "fill-b1": "b1"}
OUT_OF_SCOPE = {"finance": "z", "dept-a": "b1", "fill-a1": "b1", "review-a1": "b1", "readonly-a": "b1",
                "fill-b1": "a1", "nobody": "a1"}
CASES = [(role, scope, action) for role in ROLES for scope, table in (("in", IN_SCOPE), ("out", OUT_OF_SCOPE))
         if role in table for action in ACTIONS]


def state() -> tuple[Any, ...]:
    return (tuple(OrgUnit.objects.order_by("pk").values_list("code", "name", "path", "active")),
            tuple(Role.objects.order_by("pk").values_list("user_id", "unit_id", "role")))


@pytest.mark.parametrize(("role", "scope", "action"), CASES, ids=[f"{r}-{s}-{a}" for r, s, a in CASES])
def test_matrix(world: World, role: str, scope: str, action: str) -> None:
    leaf = leaves(world)
    parent = (IN_SCOPE if scope == "in" else OUT_OF_SCOPE)[role]
    target = world.units[parent] if action == "revoke" else leaf[parent]
    if action == "activate":
        OrgUnit.objects.filter(pk=target.pk).update(active=False)
    body = {"add": {"code": "new", "name": "新单位", "kind": "unit"}, "rename": {"code": "renamed", "name": "改名"},
            "move": {"parent": (world.units[parent].parent or world.units[parent]).pk},
            "grant": {"username": "nobody", "role": READONLY},
            "revoke": {"role": Role.objects.get(unit=world.units[parent], user__username="extra").pk}}.get(action, {})
    c = Client()
    c.force_login(world.users[role])
    before, changes = state(), OrgChange.objects.count()
    if action == "page":
        r = c.get(f"/orgs/{target.pk}/")
    else:
        r = c.post(f"/orgs/{target.pk}/{action}/", body)
    if scope == "out":
        assert r.status_code == 404, r.status_code
        assert target.name.encode() not in r.content
        assert state() == before
    elif action == "page":
        assert r.status_code == 200
        assert target.name in r.content.decode()
        assert ('id="grant"' in r.content.decode()) == (role in ADMINS)
    elif role not in ADMINS:
        assert r.status_code == 403, r.status_code
        assert state() == before and OrgChange.objects.count() == changes
    else:
        assert r.status_code == 302, r.status_code
        assert state() != before
        change = OrgChange.objects.latest("id")
        assert OrgChange.objects.count() == changes + 1
        assert (change.action, change.actor.username, change.via) == (action, role, f"web:orgs:{action}")


@pytest.fixture
def admin(world: World) -> Client:
    c = Client()
    c.force_login(world.users["finance"])
    return c


def messages_of(r: Any) -> list[str]:
    return [str(m) for m in r.context["messages"]] if r.context else []


def test_moving_carries_the_subtree_and_the_scope(world: World, admin: Client) -> None:
    form = world.form("a1x")
    dept_a, a1 = world.users["dept-a"], world.units["a1"]
    assert services.get_form(dept_a, form.pk)
    r = admin.post(f"/orgs/{a1.pk}/move/", {"parent": world.units["dept-b"].pk}, follow=True)
    assert "已保存" in messages_of(r)
    a1x = OrgUnit.objects.get(code="a1x")
    assert a1x.path.startswith(OrgUnit.objects.get(code="dept-b").path)
    assert a1x.path == OrgUnit.objects.get(code="a1").path + f"{a1x.pk:06d}."
    with pytest.raises(services.Http404):  # dept-a (read afresh: roles are cached per user object) sees it no more
        services.get_form(get_user_model().objects.get(username="dept-a"), form.pk)
    change = OrgChange.objects.get(action="move")
    assert change.before["parent"] == "dept-a" and change.after["parent"] == "dept-b"


def test_never_into_its_own_subtree(world: World, admin: Client) -> None:
    a1, paths = world.units["a1"], state()
    for under in ("a1", "a1x"):
        r = admin.post(f"/orgs/{a1.pk}/move/", {"parent": world.units[under].pk}, follow=True)
        assert any("不能把“单位A1”移到它自己或它的下级单位" in m for m in messages_of(r)), messages_of(r)
    assert state() == paths and not OrgChange.objects.exists()
    admin.post("/i18n/setlang/", {"language": "en", "next": "/"})
    r = admin.post(f"/orgs/{a1.pk}/move/", {"parent": world.units["a1x"].pk}, follow=True)
    assert messages_of(r) == ["'单位A1' cannot move under itself or its own sub-unit '单位A1下属科室'"]


def test_only_empty_units_are_deleted_others_deactivated(world: World, admin: Client) -> None:
    world.form("a1x")
    a1, a1x = world.units["a1"], world.units["a1x"]
    r = admin.post(f"/orgs/{a1.pk}/delete/", follow=True)
    assert messages_of(r) == ["“单位A1”还有下级单位、角色，不能删除（可以停用）"]
    r = admin.post(f"/orgs/{a1x.pk}/delete/", follow=True)
    assert messages_of(r) == ["“单位A1下属科室”还有自评表，不能删除（可以停用）"]
    r = admin.post(f"/orgs/{a1.pk}/deactivate/", follow=True)
    assert messages_of(r) == ["“单位A1”还有启用的下级单位，先停用它们"]
    admin.post(f"/orgs/{a1x.pk}/deactivate/", follow=True)
    admin.post(f"/orgs/{a1.pk}/deactivate/", follow=True)
    assert not OrgUnit.objects.filter(code__in=["a1", "a1x"], active=True).exists()
    with pytest.raises(services.Refused, match="已停用"):
        world.form("a1")
    r = admin.post(f"/orgs/{a1x.pk}/activate/", follow=True)
    assert messages_of(r) == ["上级单位“单位A1”已停用，先启用它"]
    new = OrgUnit.objects.create(code="empty", name="空单位", parent=a1)
    admin.post(f"/orgs/{new.pk}/delete/")
    assert not OrgUnit.objects.filter(code="empty").exists()
    gone = OrgChange.objects.get(action="delete")
    assert gone.unit is None and gone.unit_code == "empty" and gone.before["name"] == "空单位"


def test_add_and_rename_are_checked(world: World, admin: Client) -> None:
    a1 = world.units["a1"]
    r = admin.post(f"/orgs/{a1.pk}/add/", {"code": "b1", "name": "重复", "kind": "unit"}, follow=True)
    assert messages_of(r) == ["编码 b1 已被另一单位使用"]
    r = admin.post(f"/orgs/{a1.pk}/add/", {"code": "a1y", "name": " ", "kind": "unit"}, follow=True)
    assert messages_of(r) == ["编码和名称都不能为空"]
    r = admin.post(f"/orgs/{a1.pk}/add/", {"code": "a1y", "name": "新科室", "kind": "unit"}, follow=True)
    a1y = OrgUnit.objects.get(code="a1y")
    assert a1y.parent == a1 and a1y.path == a1.path + f"{a1y.pk:06d}." and r.request["PATH_INFO"] == f"/orgs/{a1y.pk}/"
    admin.post(f"/orgs/{a1y.pk}/rename/", {"code": "a1y", "name": "新科室二"})
    change = OrgChange.objects.get(action="rename")
    assert (change.before["name"], change.after["name"]) == ("新科室", "新科室二")


def test_roles_granted_and_removed_change_the_scope(world: World, admin: Client) -> None:
    form = world.form("a1")
    b1_user, a1 = world.users["fill-b1"], world.units["a1"]
    viewer = Client()
    viewer.force_login(b1_user)
    assert viewer.get(f"/forms/{form.pk}/").status_code == 404
    r = admin.post(f"/orgs/{a1.pk}/grant/", {"username": "fill-b1", "role": READONLY}, follow=True)
    assert messages_of(r) == ["已保存"]
    assert viewer.get(f"/forms/{form.pk}/").status_code == 200
    r = admin.post(f"/orgs/{a1.pk}/grant/", {"username": "fill-b1", "role": READONLY}, follow=True)
    assert messages_of(r) == ["fill-b1 在“单位A1”已有这个角色"]
    r = admin.post(f"/orgs/{a1.pk}/grant/", {"username": "no-such", "role": READONLY}, follow=True)
    assert messages_of(r) == ["没有用户“no-such”"]
    held = Role.objects.get(user=b1_user, unit=a1)
    admin.post(f"/orgs/{a1.pk}/revoke/", {"role": held.pk})
    assert viewer.get(f"/forms/{form.pk}/").status_code == 404
    history = [(c.action, c.before, c.after) for c in OrgChange.objects.all()]
    assert history == [("grant", {}, {"user": "fill-b1", "role": "readonly"}),
                       ("revoke", {"user": "fill-b1", "role": "readonly"}, {})]
    page = admin.get(f"/orgs/{a1.pk}/").content.decode()
    assert "授予角色" in page and "撤销角色" in page and "user=fill-b1" in page and "finance" in page


def test_a_role_of_another_unit_is_not_revoked_through_this_one(world: World, admin: Client) -> None:
    held = Role.objects.get(user=world.users["fill-b1"])
    r = admin.post(f"/orgs/{world.units['a1'].pk}/revoke/", {"role": held.pk})
    assert r.status_code == 404 and Role.objects.filter(pk=held.pk).exists()


def test_csrf_and_unknown_actions(world: World) -> None:
    c = Client(enforce_csrf_checks=True)
    c.force_login(world.users["finance"])
    a1 = world.units["a1"]
    assert c.post(f"/orgs/{a1.pk}/rename/", {"code": "x", "name": "x"}).status_code == 403
    assert OrgUnit.objects.get(pk=a1.pk).name == "单位A1"
    c = Client()
    c.force_login(world.users["finance"])
    assert c.post(f"/orgs/{a1.pk}/explode/").status_code == 404
    assert c.get(f"/orgs/{a1.pk}/rename/").status_code == 405
