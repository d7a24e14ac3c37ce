"""The organisation tree and the roles people hold in it.

A unit's ``path`` is its ancestors' ids and its own, each zero-padded (``000001.000004.000012.``): a
subtree is one ``path__startswith`` query, at any depth, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

KINDS = [("bureau", "财政局"), ("dept", "主管部门"), ("unit", "预算单位")]

FILL, REVIEW, DEPT, FINANCE, READONLY = "fill", "review", "dept_review", "finance", "readonly"
ROLES = [
    (FILL, "填报"),
    (REVIEW, "审核"),
    (DEPT, "主管部门审核"),
    (FINANCE, "财政绩效科"),
    (READONLY, "只读"),
]
ROLE_EN = {FILL: "fill", REVIEW: "review", DEPT: "department review", FINANCE: "finance bureau", READONLY: "read-only"}


class OrgUnit(models.Model):
    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=KINDS, default="unit")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    path = models.CharField(max_length=700, db_index=True, editable=False, default="")

    class Meta:
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    @property
    def depth(self) -> int:
        return self.path.count(".")

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is None:
            super().save(*args, **kwargs)  # type: ignore[arg-type]
            kwargs = {}
        prefix = self.parent.path if self.parent_id and self.parent else ""
        self.path = f"{prefix}{self.pk:06d}."
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def department(self) -> OrgUnit | None:
        """The nearest ancestor (or self) that is a 主管部门."""
        node: OrgUnit | None = self
        while node is not None and node.kind != "dept":
            node = node.parent
        return node


def rebuild_paths() -> None:
    """Recompute every unit's path from the roots down (after units moved)."""
    level = list(OrgUnit.objects.filter(parent__isnull=True))
    while level:
        for unit in level:
            unit.save()
        level = list(OrgUnit.objects.filter(parent__in=level))


class Role(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles")
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=16, choices=ROLES)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="one_role_per_unit")]

    def __str__(self) -> str:
        return f"{self.user} {self.get_role_display()} @ {self.unit}"
