"""The organisation tree in the person's scope, a unit's page (its sub-units, the roles held there, its
history), and for administrators (``Person.is_admin``) the changes: import from a file, add, rename, move,
deactivate, delete, grant and remove roles. Thin: ``orgs.admin`` does each change."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from jixiao.web.orgs import admin
from jixiao.web.orgs.importer import ImportResult, import_orgs
from jixiao.web.orgs.models import KINDS, ROLES, OrgChange
from jixiao.web.orgs.scope import Person
from jixiao.web.selfeval.services import Refused
from jixiao.web.templatetags.jx import lang


@login_required
def org_tree(request: HttpRequest) -> HttpResponse:
    """The tree in scope; an administrator may import it from a file and sees the latest changes."""
    person = Person.of(request.user)
    may_admin = person.is_admin()
    result = None
    if request.method == "POST":
        if not may_admin:
            raise PermissionDenied
        upload = request.FILES.get("file")
        if upload is not None:
            result = _import(upload)
    changes = OrgChange.objects.select_related("actor").order_by("-at", "-id")[:50] if may_admin else []
    return render(request, "jixiao/orgs.html", {"units": person.units(), "may_import": may_admin,
                                                "result": result, "changes": changes})


def _import(upload: Any) -> Any:
    name = Path(str(upload.name)).name
    suffix = Path(name).suffix.lower()
    if suffix not in (".xlsx", ".xls", ".csv", ".txt"):
        return ImportResult(problems=[f"{name}: 只接受 xlsx、xls、csv / xlsx, xls or csv only"])
    with tempfile.TemporaryDirectory(prefix="jixiao-orgs-") as tmp:
        path = Path(tmp) / f"orgs{suffix}"
        with path.open("wb") as f:
            for chunk in upload.chunks():
                f.write(chunk)
        return import_orgs(path, name)


@login_required
def unit_page(request: HttpRequest, pk: int) -> HttpResponse:
    person = Person.of(request.user)
    unit = admin.get_unit(request.user, pk)
    may_admin = person.is_admin()
    parents = [u for u in person.units() if not u.path.startswith(unit.path)] if may_admin else []
    return render(request, "jixiao/unit.html", {
        "unit": unit, "may_admin": may_admin, "children": unit.children.all(), "parents": parents,
        "roles": unit.roles.select_related("user").order_by("role", "user__username"),
        "changes": unit.changes.select_related("actor"), "kinds": KINDS, "role_choices": ROLES,
        "forms": unit.forms.count(),
    })


def _int(request: HttpRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        raise Http404(f"no {name}") from None


_ACTIONS: dict[str, Callable[[HttpRequest, int, str], Any]] = {
    "add": lambda r, pk, via: admin.add_unit(r.user, pk, code=r.POST.get("code", ""), name=r.POST.get("name", ""),
                                             kind=r.POST.get("kind", "unit"), via=via),
    "rename": lambda r, pk, via: admin.rename(r.user, pk, code=r.POST.get("code", ""), name=r.POST.get("name", ""),
                                              via=via),
    "move": lambda r, pk, via: admin.move(r.user, pk, parent_pk=_int(r, "parent"), via=via),
    "deactivate": lambda r, pk, via: admin.set_active(r.user, pk, active=False, via=via),
    "activate": lambda r, pk, via: admin.set_active(r.user, pk, active=True, via=via),
    "delete": lambda r, pk, via: admin.delete_unit(r.user, pk, via=via),
    "grant": lambda r, pk, via: admin.grant(r.user, pk, username=r.POST.get("username", ""),
                                            role=r.POST.get("role", ""), via=via),
    "revoke": lambda r, pk, via: admin.revoke(r.user, pk, role_pk=_int(r, "role"), via=via),
}
ACTIONS = tuple(_ACTIONS)


@login_required
@require_POST
def unit_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """One change to the unit (404 out of scope or for an unknown action, 403 for a non-administrator)."""
    if action not in _ACTIONS:
        raise Http404("no such action")
    try:
        done = _ACTIONS[action](request, pk, f"web:orgs:{action}")
    except Refused as e:
        messages.error(request, e.text(lang()))
        return redirect("unit", pk=pk)
    messages.success(request, gettext("已保存"))
    if action == "delete":
        return redirect("orgs")
    if action == "add":
        return redirect("unit", pk=done.pk)
    return redirect("unit", pk=pk)
