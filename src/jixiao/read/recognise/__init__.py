"""Recognisers: each turns a ``FileRead`` into the documents of its type it finds there.

Every module here but the helpers (``common``, ``funds``, ``indicators``, ``bands``) has ``recognise(fr)``;
the dispatcher (``jixiao.read``) calls them all, in this order, on every file.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise import accounts, assessment, dept, policy, project

Recogniser = Callable[[FileRead], list[Document]]

RECOGNISERS: tuple[tuple[str, Recogniser], ...] = (
    ("project_self_evaluation", project.recognise),
    ("policy_self_evaluation", policy.recognise),
    ("dept_evaluation", dept.recognise),
    ("final_accounts", accounts.recognise),
    ("assessment_rules", assessment.recognise),
)
