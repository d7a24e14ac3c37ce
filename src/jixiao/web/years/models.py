"""A year with the deadline of each stage, and the framework files in force, stored with their hash.

A framework version is never edited: a changed file is a new row with a new hash, and every form records
the exact version it was scored with.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from django.db import models

from jixiao.core.source import Source
from jixiao.frameworks import Framework, FrameworkError, LoadProblem, load_framework_text


class Year(models.Model):
    year = models.PositiveIntegerField(unique=True)
    fill_deadline = models.DateField(null=True, blank=True)  # 单位填报截止
    dept_deadline = models.DateField(null=True, blank=True)  # 主管部门审核截止
    finance_deadline = models.DateField(null=True, blank=True)  # 财政审核截止

    class Meta:
        ordering = ["-year"]

    def __str__(self) -> str:
        return str(self.year)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=64)
def _load(digest: str, text: str, name: str) -> Framework:
    fw, problems = load_framework_text(text, name)
    if fw is None:
        raise FrameworkError(problems or [LoadProblem(Source(name), "框架无法读取", "framework unreadable")])
    return fw


class FrameworkVersion(models.Model):
    year = models.ForeignKey(Year, on_delete=models.PROTECT, related_name="frameworks")
    fid = models.CharField(max_length=100)
    kind = models.CharField(max_length=16)
    title = models.CharField(max_length=300)
    text = models.TextField()
    sha256 = models.CharField(max_length=64, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["year", "fid", "sha256"], name="one_version_per_hash")]
        ordering = ["year", "fid", "created"]

    def __str__(self) -> str:
        return f"{self.fid} ({self.sha256[:8]})"

    def framework(self) -> Framework:
        """The loaded framework (cached by content hash)."""
        return _load(self.sha256, self.text, f"{self.fid}.yaml")

    @classmethod
    def store(cls, year: Year, text: str) -> FrameworkVersion:
        """Check a framework file and store it (the same text twice is one version)."""
        fw, problems = load_framework_text(text, "framework.yaml")
        if fw is None:
            raise FrameworkError(problems)
        digest = sha256(text)
        obj, _ = cls.objects.get_or_create(
            year=year, fid=fw.id, sha256=digest, defaults={"kind": fw.kind, "title": fw.title, "text": text}
        )
        return obj
