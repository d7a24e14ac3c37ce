"""Editing the organisation tree and the roles people hold in it: add a unit under a parent, rename it, move
it (never into its own subtree), deactivate or reactivate it, delete it while it is empty, grant and remove
roles. Only an administrator (``Person.is_admin``: 财政绩效科 at the root, or a superuser) may; a unit out of
the person's scope answers 404, in scope without the right 403, a refused change says why in Chinese and
English. Every change is one transaction with its ``OrgChange`` record: who, when, before, after, from where.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404

from jixiao.web.orgs.models import KINDS, ROLES, OrgChange, OrgUnit, Role
from jixiao.web.orgs.scope import Person
from jixiao.web.selfeval.services import Refused

_KINDS = {k for k, _ in KINDS}
_ROLES = {r for r, _ in ROLES}


def get_unit(user: Any, pk: int, *, admin: bool = False) -> OrgUnit:
    """The unit if it is in the person's scope (else 404); with ``admin``, only for an administrator (403)."""
    person = Person.of(user)
    unit = person.units().select_related("parent").filter(pk=pk).first()
    if unit is None:
        raise Http404("unit not found")
    if admin and not person.is_admin():
        raise PermissionDenied
    return unit


def snapshot(unit: OrgUnit) -> dict[str, Any]:
    return {"code": unit.code, "name": unit.name, "kind": unit.kind, "active": unit.active,
            "parent": unit.parent.code if unit.parent is not None else None}


def _record(user: Any, action: str, unit: OrgUnit | None, code: str, before: dict[str, Any],
            after: dict[str, Any], via: str) -> None:
    OrgChange.objects.create(actor=user, action=action, unit=unit, unit_code=code, before=before, after=after,
                             via=via)


def _clean(code: str, name: str, kind: str, exclude: int | None = None) -> tuple[str, str]:
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise Refused("编码和名称都不能为空", "the code and the name may not be empty", 400)
    if len(code) > 64 or len(name) > 200:
        raise Refused("编码最长 64 字，名称最长 200 字", "a code has at most 64 characters, a name 200", 400)
    if kind not in _KINDS:
        raise Refused(f"未知的单位类型：{kind}", f"unknown kind of unit: {kind}", 400)
    if OrgUnit.objects.filter(code=code).exclude(pk=exclude).exists():
        raise Refused(f"编码 {code} 已被另一单位使用", f"the code {code} is another unit's", 409)
    return code, name


def add_unit(user: Any, parent_pk: int, *, code: str, name: str, kind: str, via: str) -> OrgUnit:
    with transaction.atomic():
        parent = get_unit(user, parent_pk, admin=True)
        code, name = _clean(code, name, kind)
        unit = OrgUnit.objects.create(code=code, name=name, kind=kind, parent=parent)
        _record(user, "add", unit, code, {}, snapshot(unit), via)
    return unit


def rename(user: Any, pk: int, *, code: str, name: str, via: str) -> OrgUnit:
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        before = snapshot(unit)
        unit.code, unit.name = _clean(code, name, unit.kind, exclude=unit.pk)
        unit.save()
        _record(user, "rename", unit, unit.code, before, snapshot(unit), via)
    return unit


def move(user: Any, pk: int, *, parent_pk: int, via: str) -> OrgUnit:
    """Under another parent; the unit's subtree (and so every form's scope) moves with it."""
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        parent = get_unit(user, parent_pk, admin=True)
        if parent.path.startswith(unit.path):
            raise Refused(f"不能把“{unit.name}”移到它自己或它的下级单位“{parent.name}”之下",
                          f"'{unit.name}' cannot move under itself or its own sub-unit '{parent.name}'", 400)
        before, old = snapshot(unit), unit.path
        unit.parent = parent
        unit.save()
        below = list(OrgUnit.objects.filter(path__startswith=old).exclude(pk=unit.pk))
        for u in below:
            u.path = unit.path + u.path[len(old):]
        OrgUnit.objects.bulk_update(below, ["path"])
        _record(user, "move", unit, unit.code, before, snapshot(unit), via)
    return unit


def set_active(user: Any, pk: int, *, active: bool, via: str) -> OrgUnit:
    """Deactivate a unit none of whose sub-units is active (its forms and history stay), or reactivate it."""
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        if unit.active == active:
            raise Refused(f"“{unit.name}”已是{'启用' if active else '停用'}状态",
                          f"'{unit.name}' is {'active' if active else 'deactivated'} already", 409)
        if not active and unit.children.filter(active=True).exists():
            raise Refused(f"“{unit.name}”还有启用的下级单位，先停用它们",
                          f"'{unit.name}' still has active sub-units: deactivate them first", 409)
        if active and unit.parent is not None and not unit.parent.active:
            raise Refused(f"上级单位“{unit.parent.name}”已停用，先启用它",
                          f"the parent unit '{unit.parent.name}' is deactivated: reactivate it first", 409)
        before = snapshot(unit)
        unit.active = active
        unit.save()
        _record(user, "activate" if active else "deactivate", unit, unit.code, before, snapshot(unit), via)
    return unit


def delete_unit(user: Any, pk: int, *, via: str) -> None:
    """Only an empty unit: no sub-units, no forms, no roles (otherwise deactivate it)."""
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        held = [(unit.children.exists(), "下级单位", "sub-units"), (unit.forms.exists(), "自评表", "forms"),
                (unit.roles.exists(), "角色", "roles")]
        if any(has for has, _, _ in held):
            zh = "、".join(z for has, z, _ in held if has)
            en = ", ".join(e for has, _, e in held if has)
            raise Refused(f"“{unit.name}”还有{zh}，不能删除（可以停用）",
                          f"'{unit.name}' still has {en}: it cannot be deleted (it can be deactivated)", 409)
        before = snapshot(unit)
        _record(user, "delete", None, unit.code, before, {}, via)
        unit.delete()


def grant(user: Any, pk: int, *, username: str, role: str, via: str) -> Role:
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        if role not in _ROLES:
            raise Refused(f"未知的角色：{role}", f"unknown role: {role}", 400)
        person = get_user_model().objects.filter(username=username.strip(), is_active=True).first()
        if person is None:
            raise Refused(f"没有用户“{username}”", f"there is no user '{username}'", 400)
        if Role.objects.filter(user=person, unit=unit, role=role).exists():
            raise Refused(f"{person.username} 在“{unit.name}”已有这个角色",
                          f"{person.username} already holds that role at '{unit.name}'", 409)
        held = Role.objects.create(user=person, unit=unit, role=role)
        _record(user, "grant", unit, unit.code, {}, {"user": person.username, "role": role}, via)
    return held


def revoke(user: Any, pk: int, *, role_pk: int, via: str) -> None:
    with transaction.atomic():
        unit = get_unit(user, pk, admin=True)
        held = Role.objects.select_related("user").filter(pk=role_pk, unit=unit).first()
        if held is None:
            raise Http404("role not found")
        _record(user, "revoke", unit, unit.code, {"user": held.user.username, "role": held.role}, {}, via)
        held.delete()
