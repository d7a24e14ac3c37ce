"""The organisation tree and the roles people hold in it.

A unit's ``path`` is its ancestors' ids and its own, each zero-padded (``000001.000004.000012.``): a
subtree is one ``path__startswith`` query, at any depth, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.web.history import AppendOnly

KINDS = [("bureau", "财政局"), ("dept", "主管部门"), ("unit", "预算单位")]

FILL, REVIEW, DEPT, FINANCE, READONLY = "fill", "review", "dept_review", "finance", "readonly"
ROLES = [
    (FILL, "填报"),
    (REVIEW, "审核"),
    (DEPT, "主管部门审核"),
    (FINANCE, "财政绩效科"),
    (READONLY, "只读"),
]


class OrgUnit(models.Model):
    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=KINDS, default="unit")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    path = models.CharField(max_length=700, db_index=True, editable=False, default="")
    active = models.BooleanField(default=True)  # a deactivated unit keeps its records; no new form is made there

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


ORG_ACTIONS = [("add", "新增单位"), ("rename", "修改名称或编码"), ("move", "移动"), ("deactivate", "停用"),
               ("activate", "启用"), ("delete", "删除"), ("grant", "授予角色"), ("revoke", "撤销角色")]


class OrgChange(AppendOnly):
    """One change to the tree or to who holds which role: who, when, what before, what after, from where.
    ``unit_code`` and the snapshots keep it readable after the unit itself is deleted."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=16, choices=ORG_ACTIONS)
    unit = models.ForeignKey(OrgUnit, null=True, blank=True, on_delete=models.SET_NULL, related_name="changes")
    unit_code = models.CharField(max_length=64)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    via = models.CharField(max_length=64)

    class Meta:
        ordering = ["at", "id"]
