"""The stages of a form and who acts at each: submit → 主管部门 → 财政 → approved (locked)."""

from __future__ import annotations

DRAFT, RETURNED, DEPT_REVIEW, FINANCE_REVIEW, APPROVED = "draft", "returned", "dept_review", "finance_review", "approved"
STAGES = [
    (DRAFT, "填报中"),
    (RETURNED, "已退回"),
    (DEPT_REVIEW, "主管部门审核"),
    (FINANCE_REVIEW, "财政审核"),
    (APPROVED, "已通过"),
]
EDITABLE = (DRAFT, RETURNED)
IN_REVIEW = (DEPT_REVIEW, FINANCE_REVIEW)
NEXT = {DEPT_REVIEW: FINANCE_REVIEW, FINANCE_REVIEW: APPROVED}
