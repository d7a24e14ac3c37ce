"""The domain: pure Python, no I/O. Decimal for every amount, rate, weight and score."""
