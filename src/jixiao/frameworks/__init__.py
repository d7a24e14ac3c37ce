"""指标框架 — frameworks as plain-text YAML, loaded strictly (every problem with file:line)."""

from jixiao.frameworks.loader import (
    builtin_ids,
    builtin_path,
    get_builtin,
    load_framework,
    load_framework_text,
    resolve_framework,
)
from jixiao.frameworks.model import (
    Band,
    Framework,
    FrameworkError,
    Group,
    Indicator,
    LoadProblem,
    Quota,
    RoundingSet,
    RuleRef,
)

__all__ = [
    "Band",
    "Framework",
    "FrameworkError",
    "Group",
    "Indicator",
    "LoadProblem",
    "Quota",
    "RoundingSet",
    "RuleRef",
    "builtin_ids",
    "builtin_path",
    "get_builtin",
    "load_framework",
    "load_framework_text",
    "resolve_framework",
]
