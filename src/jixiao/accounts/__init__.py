"""部门决算 — final accounts: the tables as records, classification codes and the checks over them."""

from decimal import Decimal

DEFAULT_TOLERANCE = Decimal("0.005")  # a sum may differ from its parts by this much (rounding to 0.01 of the unit)
