"""The organisation tree in the person's scope, and its import from a file (财政绩效科 at the root, or an
administrator)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.web.orgs.importer import ImportResult, import_orgs
from jixiao.web.orgs.models import FINANCE, OrgUnit
from jixiao.web.orgs.scope import Person


@login_required
def org_tree(request: HttpRequest) -> HttpResponse:
    """The tree in scope; 财政绩效科 at the root (or an administrator) may import it from a file."""
    person = Person.of(request.user)
    root = OrgUnit.objects.filter(parent__isnull=True).first()
    may_import = person.superuser or (root is not None and person.has(FINANCE, root.path))
    result = None
    if request.method == "POST":
        if not may_import:
            raise PermissionDenied
        upload = request.FILES.get("file")
        if upload is not None:
            result = _import(upload)
    return render(request, "jixiao/orgs.html", {"units": person.units(), "may_import": may_import, "result": result})


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
