"""The year dashboard (ECharts from the vendored static file; the figures as a JSON script element, no inline
script)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.web.dashboard.figures import figures
from jixiao.web.selfeval.services import scoped_forms
from jixiao.web.years.models import Year


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    years = list(Year.objects.all())
    chosen = request.GET.get("year")
    year = next((y for y in years if str(y.year) == chosen), years[0] if years else None)
    qs = scoped_forms(request.user)
    if year is not None:
        qs = qs.filter(year=year)
    return render(request, "jixiao/dashboard.html", {"years": years, "year": year, "figures": figures(qs)})
