"""自评 — self-evaluation forms: entry, the live score with each row's explanation, the audit's checks, export."""
