"""审核 — the audit: checks over records (reported vs recomputed), each finding located and explained."""

from jixiao.audit.engine import InputError, audit_files, audit_one, audit_paths
from jixiao.audit.result import AuditResult, FileAudit, sort_findings

__all__ = ["AuditResult", "FileAudit", "InputError", "audit_files", "audit_one", "audit_paths", "sort_findings"]
