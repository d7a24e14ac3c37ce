"""组织与人员 — the organisation tree (any depth), people's roles per unit, and the scope they give."""
