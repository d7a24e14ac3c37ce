"""审核流程 — submit → 主管部门 → 财政 → approved; returns with notes; the append-only ledger and history."""
