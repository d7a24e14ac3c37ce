"""A new form: blank against a framework, or imported from an official-layout file through the reader
(its limits and its located problems)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from jixiao.web.orgs.models import OrgUnit
from jixiao.web.selfeval import services
from jixiao.web.selfeval.document import data_from_document
from jixiao.web.selfeval.models import Form
from jixiao.web.templatetags.jx import lang
from jixiao.web.years.models import FrameworkVersion

BLANK_ROW = {"level1": "产出指标", "level2": "数量指标", "name": "", "target": "", "actual": "", "weight": "",
             "deviation_note": ""}
UPLOAD_SUFFIXES = (".xlsx", ".xls", ".csv", ".txt", ".docx", ".pdf", ".html", ".htm")


def blank_data(fv: FrameworkVersion, title: str) -> dict[str, Any]:
    if fv.kind == "dept":
        fw = fv.framework()
        return {"title": title, "inputs": {ind.code: {} for _, ind in fw.walk() if ind.is_leaf}}
    return {"title": title, "funds": {"initial_budget": "", "annual_budget": "", "executed": ""},
            "indicators": [dict(BLANK_ROW)]}


def read_upload(upload: Any) -> tuple[dict[str, Any] | None, list[str]]:
    """The first project form in an uploaded file, read by ``jixiao.read`` (problems located in the file)."""
    from jixiao.read import read_path

    name = Path(str(upload.name)).name
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return None, [f"{name}: 不支持的文件类型 {suffix} / unsupported file type"]
    with tempfile.TemporaryDirectory(prefix="jixiao-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        with path.open("wb") as f:
            for chunk in upload.chunks():
                f.write(chunk)
        result = read_path(path)
    def where(p: Any) -> str:
        return str(p.source).replace(str(path), name) if p.source is not None else name

    problems = [f"{where(p)}: {p.message}" for d in result.documents for p in d.problems]
    problems += [f"{where(p)}: {p.message}" for p in [*result.problems, *result.unreadable]]
    forms = [d for d in result.documents if d.type == "project_self_evaluation"]
    if not forms:
        return None, problems or [f"{name}: 没有识别出项目支出绩效自评表 / no project form recognised"]
    return data_from_document(forms[0]), problems


def new_form_from_request(request: HttpRequest, units: list[OrgUnit]) -> tuple[Form | None, list[str]]:
    post = request.POST
    unit = next((u for u in units if str(u.pk) == post.get("unit")), None)
    fv = FrameworkVersion.objects.select_related("year").filter(pk=post.get("framework") or 0).first() \
        if str(post.get("framework") or "").isdigit() else None
    if unit is None or fv is None:
        return None, ["请选择单位和框架 / choose a unit and a framework"]
    title = str(post.get("title") or "").strip()[:300]
    upload = request.FILES.get("file")
    problems: list[str] = []
    if upload is not None:
        data, problems = read_upload(upload)
        if data is None:
            return None, problems
        title = title or data.get("title") or upload.name
    else:
        if not title:
            return None, ["请填写项目名称 / the title is missing"]
        data = blank_data(fv, title)
    try:
        form = services.create_form(request.user, unit=unit, year=fv.year, framework=fv, title=title, data=data,
                                    via="web:new")
    except services.Refused as e:
        return None, [e.text(lang())]
    except PermissionDenied:
        return None, ["无权在该单位填报 / not allowed to fill for that unit"]
    return form, problems
