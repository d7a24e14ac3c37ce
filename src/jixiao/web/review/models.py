"""The append-only records of a form: ``Transition`` (the workflow ledger) and ``Change`` (every save).

Both refuse to be updated or deleted through the ORM (``history.AppendOnly``): history is written once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from jixiao.web.history import AppendOnly
from jixiao.web.review.stages import STAGES
from jixiao.web.selfeval.models import Form

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
