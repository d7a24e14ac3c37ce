"""The web application (issue 11): a Django project over the same core.

Apps with one job each: ``orgs`` (organisations, people, roles, scope), ``years`` (years, stage deadlines,
frameworks stored with their content hash), ``selfeval`` (self-evaluation forms: entry, live score, checks,
export), ``review`` (workflow, the append-only ledger, history), ``dashboard`` (queues and the year
charts), ``api`` (``/api/v1/``, django-ninja), ``demo`` (``jixiao manage loaddemo``). Scoring, reading and
audit are called, never copied. Nothing below ``web`` imports it.
"""
