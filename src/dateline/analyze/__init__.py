"""Article -> facts: sentences, mentions, roles, coreference, quotes, time expressions,
events. Each step is registered in `registry.py`; `analyze()` runs them in order."""

from __future__ import annotations

from dateline.analyze.registry import analyze

__all__ = ["analyze"]
