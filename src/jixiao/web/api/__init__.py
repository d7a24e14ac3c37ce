"""``/api/v1/`` — the UI's actions over JSON (django-ninja, OpenAPI at ``/api/v1/openapi.json``), with the
same scoping: token auth, forms list/detail/create/update/submit/return/approve."""
