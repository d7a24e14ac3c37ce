"""部门决算 — final accounts: the tables as records, classification codes and the checks over them."""
