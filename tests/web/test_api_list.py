"""The API's form list is read with a fixed number of queries whatever the number of forms, writes the JSON
itself, and says for every form exactly what the form's detail says (the ``FormOut`` shape), overdue included."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from jixiao.web.api.models import Token
from jixiao.web.api.schemas import FormOut
from jixiao.web.selfeval import services
from web.world import World


def _get(token: str, path: str) -> Any:
    r = Client().get(path, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert r.status_code == 200, r.content
    return r.json()


def test_the_list_says_what_the_detail_says(world: World, django_assert_max_num_queries: Any) -> None:
    a = world.form("a1", "甲")
    world.form("b1", "乙", funds={"initial_budget": "1", "annual_budget": "1", "executed": "x"})
    late = world.form("a1x", "丙")
    world.year.fill_deadline = timezone.localdate() - timedelta(days=1)
    world.year.save()
    services.Form.objects.filter(pk=late.pk).update(exception_until=timezone.localdate() + timedelta(days=2))
    token = Token.issue(world.users["finance"])
    listed = _get(token, "/api/v1/forms")
    assert [f["title"] for f in listed] == ["甲", "丙", "乙"]  # ordered by unit path: a1, its sub-unit, then b1
    for item in listed:
        assert FormOut.model_validate(item).model_dump() == item
        detail = _get(token, f"/api/v1/forms/{item['id']}")
        assert {k: detail[k] for k in item} == item  # the stored total is the engine's, as the detail gives it
    by = {f["title"]: f for f in listed}
    assert by["甲"]["total"] == "92.58" and by["甲"]["grade"] == "优" and by["甲"]["overdue"] is True
    assert by["丙"]["overdue"] is False  # a 财政 exception runs until after today
    assert by["乙"]["errors"] > 0
    assert by["甲"]["suspects"] == services.get_form(world.users["finance"], a.pk).suspects == 1
    for n in range(20):
        world.form("b1", f"多{n}")
    with django_assert_max_num_queries(4):  # token, roles, years, forms: not one per form
        assert len(_get(token, "/api/v1/forms")) == 23
    assert [f["title"] for f in _get(token, "/api/v1/forms?limit=2&offset=1")] == ["丙", "乙"]
