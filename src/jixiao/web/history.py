"""History written once: an abstract model whose rows refuse to be updated or deleted through the ORM.

The form's records (``review.models``) and the organisation's (``orgs.models``) are built on it."""

from __future__ import annotations

from typing import Any

from django.db import models


class AppendOnly(models.Model):
    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("history is append-only / 记录只能追加")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ValueError("history is append-only / 记录只能追加")
