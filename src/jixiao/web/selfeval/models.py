"""A self-evaluation form as stored: the data the scoring engine reads (``funds`` and ``indicators`` for a
project form, ``inputs`` by leaf code for a department form — the shape of a ``jixiao score`` data file),
the framework version it is scored with, its stage and version, and what the engine and the audit said the
last time it was saved (total, grade, rows with explanations, findings), so that lists never rescore."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.web.orgs.models import OrgUnit
from jixiao.web.review.stages import DRAFT, STAGES
from jixiao.web.years.models import FrameworkVersion, Year

KINDS = [("project", "项目支出绩效自评"), ("dept", "部门整体绩效自评")]


class Form(models.Model):
    year = models.ForeignKey(Year, on_delete=models.PROTECT, related_name="forms")
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="forms")
    framework = models.ForeignKey(FrameworkVersion, on_delete=models.PROTECT, related_name="forms")
    kind = models.CharField(max_length=16, choices=KINDS, default="project")
    title = models.CharField(max_length=300)
    data = models.JSONField(default=dict)
    stage = models.CharField(max_length=20, choices=STAGES, default=DRAFT, db_index=True)
    version = models.PositiveIntegerField(default=1)
    # What the engine and the audit said at the last save (never typed by hand).
    total = models.DecimalField(max_digits=14, decimal_places=6, null=True, blank=True)
    total_text = models.CharField(max_length=32, blank=True, default="")  # the total as the engine gives it
    grade = models.CharField(max_length=16, blank=True, default="")
    exec_rate = models.DecimalField(max_digits=14, decimal_places=6, null=True, blank=True)
    result = models.JSONField(default=dict)  # ScoreResult.to_json("zh") plus "problems"
    findings = models.JSONField(default=list)
    errors = models.PositiveIntegerField(default=0)
    suspects = models.PositiveIntegerField(default=0)
    # Deadlines: a 财政 exception lets a late form be submitted until the given day.
    exception_until = models.DateField(null=True, blank=True)
    exception_note = models.TextField(blank=True, default="")
    approved_hash = models.CharField(max_length=64, blank=True, default="")  # what the last approval covered
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year__year", "unit__path", "id"]
        indexes = [models.Index(fields=["year", "stage"])]

    def __str__(self) -> str:
        return self.title
