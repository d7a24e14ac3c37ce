"""Scope: what a person may see and do, from the roles they hold at units of the tree.

A role at a unit covers that unit and everything below it. Every query of the web goes through
``Person``: records outside the scope are never fetched (the views answer 404 for them, not 403).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from jixiao.web.orgs.models import DEPT, FILL, FINANCE, REVIEW, OrgUnit, Role


@dataclass(frozen=True)
class Person:
    user_id: int
    superuser: bool
    grants: tuple[tuple[str, str], ...]  # (role, unit path)

    @classmethod
    def of(cls, user: object) -> Person:
        cached = getattr(user, "_jixiao_person", None)
        if cached is not None:
            return cached
        uid = getattr(user, "pk", None)
        grants: tuple[tuple[str, str], ...] = ()
        if uid is not None:
            grants = tuple(Role.objects.filter(user_id=uid).values_list("role", "unit__path"))
        person = cls(uid or 0, bool(getattr(user, "is_superuser", False)), grants)
        with contextlib.suppress(AttributeError):
            user._jixiao_person = person  # type: ignore[attr-defined]
        return person

    @property
    def roles(self) -> set[str]:
        return {r for r, _ in self.grants}

    def has(self, role: str, unit_path: str) -> bool:
        """Holds ``role`` at the unit or one of its ancestors."""
        return self.superuser or any(r == role and unit_path.startswith(p) for r, p in self.grants)

    def can_fill(self, unit_path: str) -> bool:
        return self.has(FILL, unit_path)

    def can_submit(self, unit_path: str) -> bool:
        return self.has(FILL, unit_path) or self.has(REVIEW, unit_path)

    def can_review(self, stage: str, unit_path: str) -> bool:
        from jixiao.web.review.stages import DEPT_REVIEW, FINANCE_REVIEW

        if stage == DEPT_REVIEW:
            return self.has(DEPT, unit_path)
        if stage == FINANCE_REVIEW:
            return self.has(FINANCE, unit_path)
        return False

    def is_finance(self) -> bool:
        return self.superuser or FINANCE in self.roles

    def is_admin(self) -> bool:
        """May edit the organisation tree and who holds which role: 财政绩效科 at a root of the tree (the
        finance bureau itself, not a 财政 role granted lower down), or a Django superuser."""
        return self.superuser or any(r == FINANCE and p.count(".") == 1 for r, p in self.grants)

    def unit_filter(self, field: str = "") -> Q:
        """A Q on ``<field>path`` matching the units in scope (nothing for a person without roles)."""
        if self.superuser:
            return Q()
        paths = {p for _, p in self.grants}
        q = Q(pk__in=[])
        for p in paths:
            q |= Q(**{f"{field}path__startswith": p})
        return q

    def units(self) -> QuerySet[OrgUnit]:
        return OrgUnit.objects.filter(self.unit_filter())
