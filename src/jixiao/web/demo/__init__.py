"""演示数据 — ``jixiao manage loaddemo``: a demo organisation with the seeds' forms at different stages."""
