"""API tokens: a random key given by ``POST /api/v1/auth/token``; only its hash is stored."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class Token(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    @classmethod
    def issue(cls, user: object) -> str:
        key = secrets.token_urlsafe(32)
        cls.objects.create(user=user, key_hash=digest(key))
        return key
