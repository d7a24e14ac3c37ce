"""Labels for the renderers: the one table is ``jixiao.core.labels`` (audit and scoring name codes too)."""

from jixiao.core.labels import (
    kind_name,
    mode_name,
    rating_name,
    rule_name,
    severity_name,
    tie_rule_name,
    type_name,
)

__all__ = ["kind_name", "mode_name", "rating_name", "rule_name", "severity_name", "tie_rule_name", "type_name"]
