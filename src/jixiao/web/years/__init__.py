"""年度与框架 — a year, its stage deadlines, and the frameworks in force (YAML kept with its hash)."""
