"""The API's JSON shapes. Numbers are strings (exact decimals), as in ``jixiao score --json``."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class TokenIn(Schema):
    username: str
    password: str


class TokenOut(Schema):
    token: str


class Indicator(Schema):
    code: str
    name: str
    weight: str | None
    score: str | None
    explanation: str


class FormOut(Schema):
    id: int
    title: str
    year: int
    unit: str
    kind: str
    stage: str
    version: int
    framework: str
    total: str | None
    grade: str | None
    errors: int
    suspects: int
    overdue: bool


class FormDetail(FormOut):
    stale: bool
    indicators: list[Indicator]
    findings: list[dict[str, Any]]
    data: dict[str, Any]


class FormCreate(Schema):
    unit: int
    framework: int
    title: str
    data: dict[str, Any]


class FormUpdate(Schema):
    version: int
    data: dict[str, Any]
    title: str | None = None


class ReturnIn(Schema):
    note: str = ""
    row_notes: dict[str, str] = {}


class NoteIn(Schema):
    note: str = ""


class Message(Schema):
    detail: str
