"""The workflow's buttons: submit, return (with notes on the form and rows), approve, a 财政 exception.
Each posts to a service; a refusal comes back as a message on the form's page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from jixiao.core.i18n import tr
from jixiao.web.review import services
from jixiao.web.selfeval.services import Refused
from jixiao.web.templatetags.jx import lang


def action(done_zh: str, done_en: str) -> Callable[[Callable[[HttpRequest, int], object]], Callable[..., HttpResponse]]:
    def wrap(fn: Callable[[HttpRequest, int], object]) -> Callable[..., HttpResponse]:
        @login_required
        @require_POST
        @wraps(fn)
        def view(request: HttpRequest, pk: int) -> HttpResponse:
            try:
                fn(request, pk)
            except Refused as e:
                messages.error(request, e.text(lang()))
            else:
                messages.success(request, tr(done_zh, done_en, lang()))
            return redirect("form", pk=pk)

        return view

    return wrap


@action("已提交", "submitted")
def submit(request: HttpRequest, pk: int) -> object:
    return services.submit(request.user, pk, via="web:submit")


@action("已退回", "returned")
def return_form(request: HttpRequest, pk: int) -> object:
    rows = {k[len("rn_"):]: v for k, v in request.POST.items() if k.startswith("rn_")}
    return services.return_form(request.user, pk, note=request.POST.get("note", ""), row_notes=rows, via="web:return")


@action("已通过", "approved")
def approve(request: HttpRequest, pk: int) -> object:
    return services.approve(request.user, pk, via="web:approve", note=request.POST.get("note", ""))


@action("已批准逾期例外", "exception granted")
def exception(request: HttpRequest, pk: int) -> object:
    try:
        until = date.fromisoformat(request.POST.get("until", ""))
    except ValueError:
        raise Refused("日期格式应为 YYYY-MM-DD", "the date must be YYYY-MM-DD", 400) from None
    return services.grant_exception(request.user, pk, until=until, note=request.POST.get("note", ""), via="web:exception")
