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
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from jixiao.web.review import services
from jixiao.web.selfeval.services import Refused
from jixiao.web.templatetags.jx import lang


def action(done: str | Promise) -> Callable[[Callable[[HttpRequest, int], object]], Callable[..., HttpResponse]]:
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
                messages.success(request, str(done))
            return redirect("form", pk=pk)

        return view

    return wrap


@action(gettext_lazy("已提交"))
def submit(request: HttpRequest, pk: int) -> object:
    return services.submit(request.user, pk, via="web:submit")


@action(gettext_lazy("已退回"))
def return_form(request: HttpRequest, pk: int) -> object:
    rows = {k[len("rn_"):]: v for k, v in request.POST.items() if k.startswith("rn_")}
    return services.return_form(request.user, pk, note=request.POST.get("note", ""), row_notes=rows, via="web:return")


@action(gettext_lazy("已通过"))
def approve(request: HttpRequest, pk: int) -> object:
    return services.approve(request.user, pk, via="web:approve", note=request.POST.get("note", ""))


@action(gettext_lazy("已批准逾期例外"))
def exception(request: HttpRequest, pk: int) -> object:
    try:
        until = date.fromisoformat(request.POST.get("until", ""))
    except ValueError:
        raise Refused("日期格式应为 YYYY-MM-DD", "the date must be YYYY-MM-DD", 400) from None
    return services.grant_exception(request.user, pk, until=until, note=request.POST.get("note", ""), via="web:exception")
