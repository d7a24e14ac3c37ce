"""The audit on the seeds (bundled as samples/): it finds the real mistakes, named here with their figures,
and raises no ``error`` that is not one. Final-accounts findings are the accounts checks' (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import AuditResult, audit_paths
from jixiao.core.records import ACCOUNT_TYPES
from jixiao.core.rounding import Rounding

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
@pytest.fixture(scope="module")
def result() -> AuditResult:
    return audit_paths([str(SAMPLES)])


def seed(result: AuditResult, prefix: str):  # type: ignore[no-untyped-def]
    return [f for f in result.findings if f.location is not None and Path(f.location.file).name.startswith(prefix)]


def has(findings, kind, reported=None, recomputed=None, row=None) -> bool:  # type: ignore[no-untyped-def]
    return any(
        f.kind == kind
        and (reported is None or f.reported == reported)
        and (recomputed is None or f.recomputed == recomputed)
        and (row is None or f.row == row)
        for f in findings
    )


def test_every_error_outside_final_accounts_is_a_real_one(result: AuditResult) -> None:
    """Each error the seeds produce, with why it is real (the report's note lists them too)."""
    accounts = {id(f) for fa in result.files for j, d in enumerate(fa.documents) if d.type in ACCOUNT_TYPES
                for f in fa.by_doc[j]}
    errors = sorted(
        (Path(f.location.file).name[:3] if f.location else "", f.kind, f.row or "", f.reported or "", f.recomputed or "")
        for f in result.findings
        if f.severity == "error" and id(f) not in accounts
    )
    assert errors == sorted([
        # 002 body: 8787.76/9336.77 = 94.12%, the text says 96.26% (that is 基本支出's published rate) …
        ("002", "rate_wrong_row", "合计", "96.26%", "94.12%"),
        # … 7328.87/7612.64 = 96.27%, the text says 84.62% (项目支出's) …
        ("002", "rate_wrong_row", "基本支出", "84.62%", "96.27%"),
        # … 1458.89/1724.13 = 84.62%, the text says 94.12% (合计's).
        ("002", "rate_wrong_row", "项目支出", "94.12%", "84.62%"),
        # 002 表1: 7328.87/7612.64 = 96.2725%; no rounding gives 96.26%.
        ("002", "execution_rate", "基本支出", "96.26%", "96.27%"),
        # 003: 部门管理 rows 3.72 + 4.7 + 1.11 + 3 + 10.6 = 23.13, the text says 23.23.
        ("003", "section_total", "B 部门管理", "23.23", "23.13"),
        # 003 score table: the rows sum to 88.83, its 合计 says 88.93.
        ("003", "table_total", "合计", "88.93", "88.83"),
        # 003 the cause of both: 表3-0-1 gives B2 财务管理 4.7, its leaves score 1 + 2 + 1 + 0.8 = 4.8.
        ("003", "tree_score", "B2 财务管理", "4.7", "4.8"),
        # 004 科学技术普及: 8 + 86.3 = 94.3, the total 94.48 adds the unrounded 8.18.
        ("004", "total_sum", "总分", "94.47999999999999", "94.3"),
        # 004 产业扶持: 年初预算数 964246000.00 in total, 0 in every sub-row.
        ("004", "funds_sum", "年度资金总额", "964246000.00", "0"),
        # 004 policy 小巨人: 区级补助 8000000 of 8000000 spent, rate published 0%.
        ("004", "execution_rate", "区级补助", "0%", "100%"),
    ])


def test_rounding_conventions_found(result: AuditResult) -> None:
    convs = {Path(f.path).name[:3]: f.conventions for f in result.files}
    c001 = convs["001"]["project_self_evaluation"]
    assert (c001.rate, c001.score) == (Rounding("truncate", 2), Rounding("truncate", 2))
    c004 = convs["004"]["project_self_evaluation"]
    assert (c004.rate, c004.score) == (Rounding("ceiling", 2), Rounding("half_up", 2))
    assert has(seed(result, "004"), "rounding_departure", "8", "8.18")


def test_seed_001_low_execution_rated_excellent(result: AuditResult) -> None:
    found = [f for f in seed(result, "001") if f.kind == "low_rate_top_grade"]
    assert {f.document: f.reported for f in found} == {
        "纪检专项工作经费": "2.20%", "纪检其他工作": "25.81%", "综治稳定工作": "44.05%",
        "政府软件体系（信创产业发展）": "49.80%", "机关党委工作": "50.28%",
    }


def test_seed_001_spending_above_budget_and_missing_grades(result: AuditResult) -> None:
    found = seed(result, "001")
    assert has(found, "over_budget", "298771.40", "187229.00", "年度资金总额")  # 159.57%
    assert {f.document for f in found if f.kind == "missing_grade"} == {
        "上海市促进产业高质量发展专项资金", "上海市中小企业发展专项资金",
    }


def test_seed_004_float_artefact(result: AuditResult) -> None:
    assert has(seed(result, "004"), "float_artefact", "94.47999999999999", "94.48")


def test_seed_003_figures_quoted_twice(result: AuditResult) -> None:
    found = seed(result, "003")
    assert has(found, "figure_mismatch", "88.93", "89.47", "评价总分")
    assert has(found, "figure_mismatch", "97.25", "97.66", "服务对象综合满意度")
    assert has(found, "figure_mismatch", "2", "3", "C2031服务对象满意度")  # its paragraph: 得满分 2 分; weight 3
    assert has(found, "figure_mismatch", "3", "6", "C1022信息化推进完成情况")  # 得满分 3 分; weight 6


def test_seed_000_band_gaps(result: AuditResult) -> None:
    found = seed(result, "000")
    assert has(found, "band_gap", "7-8", None, "规模以上工业总产值较上年度增长情况")  # 8-10 and 6-7: 7.5 fits no band
    assert any(f.kind == "ambiguous_formula" and "5%" in f.message for f in found)


def test_every_finding_is_located_and_explained(result: AuditResult) -> None:
    for f in result.findings:
        assert f.location is not None and f.location.file
        assert f.message and f.message_en
        assert f.severity in ("error", "suspect", "info")


def test_each_document_gets_its_framework(result: AuditResult) -> None:
    by_seed: dict[str, set[str]] = {}
    for fa in result.files:
        for fid in fa.frameworks.values():
            by_seed.setdefault(Path(fa.path).name[:3], set()).add(fid)
    assert by_seed["001"] == {"shanghai-2023-project"}
    assert by_seed["004"] == {"yangpu-2022-project", "yangpu-2022-policy"}
    assert by_seed["002"] == {"nanjing-2024-dept"}
    assert by_seed["003"] == {"baoshan-2016-dept"}
