"""The append-only records of a form: ``Transition`` (the workflow ledger) and ``Change`` (every save).

Both refuse to be updated or deleted through the ORM: history is written once.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from jixiao.web.review.stages import STAGES
from jixiao.web.selfeval.models import Form


class AppendOnly(models.Model):
    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("history is append-only / 记录只能追加")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ValueError("history is append-only / 记录只能追加")


ACTIONS = [("submit", "提交"), ("return", "退回"), ("approve", "通过"), ("exception", "逾期例外"),
           ("framework", "更换框架版本")]


class Transition(AppendOnly):
    form = models.ForeignKey(Form, on_delete=models.PROTECT, related_name="transitions")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=16, choices=ACTIONS)
    from_stage = models.CharField(max_length=20, choices=STAGES)
    to_stage = models.CharField(max_length=20, choices=STAGES)
    note = models.TextField(blank=True, default="")
    row_notes = models.JSONField(default=dict)  # row number (str) → note
    snapshot = models.JSONField(default=dict)  # the form's data at this moment
    content_hash = models.CharField(max_length=64, default="")
    via = models.CharField(max_length=64)  # the screen or API call

    class Meta:
        ordering = ["at", "id"]


class Change(AppendOnly):
    form = models.ForeignKey(Form, on_delete=models.PROTECT, related_name="changes")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField()  # the version this change made
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    via = models.CharField(max_length=64)

    class Meta:
        ordering = ["at", "id"]
