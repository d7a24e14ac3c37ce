"""年度看板 — the bureau's view of a year: forms by stage, overdue, grades, execution rate against score."""
