"""jixiao (绩效) — performance management of public spending (预算绩效管理)."""

__version__ = "0.1.0"
