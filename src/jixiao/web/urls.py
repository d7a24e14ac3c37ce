"""URLs: the pages, the workflow's buttons, the API (``/api/v1/``), sign-in, the language switch."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.urls import include, path

from jixiao.web.api.views import api
from jixiao.web.dashboard import views as dashboard
from jixiao.web.orgs import views as orgs
from jixiao.web.review import views as review
from jixiao.web.selfeval import views as forms

urlpatterns = [
    path("", lambda request: redirect("forms"), name="home"),
    path("login/", auth_views.LoginView.as_view(template_name="jixiao/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("forms/", forms.form_list, name="forms"),
    path("forms/new/", forms.form_new, name="form_new"),
    path("forms/<int:pk>/", forms.form_detail, name="form"),
    path("forms/<int:pk>/score/", forms.form_score, name="form_score"),
    path("forms/<int:pk>/save/", forms.form_save, name="form_save"),
    path("forms/<int:pk>/export.xlsx", forms.form_export, name="form_export"),
    path("forms/<int:pk>/history/", forms.form_history, name="form_history"),
    path("forms/<int:pk>/submit/", review.submit, name="form_submit"),
    path("forms/<int:pk>/return/", review.return_form, name="form_return"),
    path("forms/<int:pk>/approve/", review.approve, name="form_approve"),
    path("forms/<int:pk>/exception/", review.exception, name="form_exception"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("orgs/", orgs.org_tree, name="orgs"),
    path("orgs/<int:pk>/", orgs.unit_page, name="unit"),
    path("orgs/<int:pk>/<str:action>/", orgs.unit_action, name="unit_action"),
    path("api/v1/", api.urls),
]
