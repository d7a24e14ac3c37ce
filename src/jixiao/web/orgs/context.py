"""Template context: the signed-in person's roles (for the navigation)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from jixiao.web.orgs.scope import Person


def person(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"person": Person.of(user)}
