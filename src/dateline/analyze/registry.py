"""The analysis pipeline: named steps, each a pure function Article -> Article.

A step declares the Article fields it `requires` and `produces`; `build_pipeline()`
checks that every requirement is produced by an earlier step (or by extraction), so
a mis-ordered pipeline fails at start-up, not on page 10,000.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from dateline.errors import ConfigError
from dateline.model import Analysis, Article

StepFn = Callable[[Article], Article]

# The modules of the default pipeline, in the order their steps run.
BUILTIN_STEP_MODULES = (
    "dateline.analyze.sentences",
    "dateline.analyze.entities",
    "dateline.analyze.timex",
    "dateline.analyze.quotes",
    "dateline.analyze.events",
    "dateline.analyze.quote_settings",
)

# Fields every extracted article has before analysis starts.
EXTRACTED = frozenset({"text", "paragraphs", "headline", "images", "published"})


@dataclass(frozen=True)
class Step:
    name: str
    fn: StepFn
    requires: frozenset[str]
    produces: frozenset[str]


_STEPS: dict[str, Step] = {}
_ORDER: list[str] = []


def step(name: str, *, requires: set[str], produces: set[str]) -> Callable[[StepFn], StepFn]:
    """Register an analysis step under `name` (order of registration is run order)."""

    def register(fn: StepFn) -> StepFn:
        existing = _STEPS.get(name)
        if existing is not None and existing.fn is not fn:
            raise ConfigError(f"analysis step {name!r} is registered twice")
        _STEPS[name] = Step(name, fn, frozenset(requires), frozenset(produces))
        if name not in _ORDER:
            _ORDER.append(name)
        return fn

    return register


def build_pipeline(names: list[str]) -> list[Step]:
    """The steps named, checked for order: each one's inputs exist before it runs."""
    available = set(EXTRACTED)
    steps = []
    for name in names:
        if name not in _STEPS:
            raise ConfigError(f"unknown analysis step {name!r}; known: {', '.join(_ORDER)}")
        current = _STEPS[name]
        missing = current.requires - available
        if missing:
            raise ConfigError(f"step {name!r} needs {sorted(missing)} before it runs")
        available |= current.produces
        steps.append(current)
    return steps


@cache
def default_pipeline() -> tuple[Step, ...]:
    """Every registered step: the built-in ones in the order of `BUILTIN_STEP_MODULES`
    (whatever order their modules happened to be imported in), then any others in
    registration order."""
    _load_builtin_steps()
    rank = {module: i for i, module in enumerate(BUILTIN_STEP_MODULES)}
    ordered = sorted(
        _ORDER,
        key=lambda name: (rank.get(_STEPS[name].fn.__module__, len(rank)), _ORDER.index(name)),
    )
    return tuple(build_pipeline(ordered))


def analyze(article: Article) -> Article:
    """Run the default analysis pipeline over an extracted article."""
    steps = default_pipeline()
    for current in steps:
        article = current.fn(article)
    # Steps use model_copy, which skips validation: check every span once, here.
    article.check_spans()
    return article.model_copy(
        update={"analysis": Analysis(pipeline=[s.name for s in steps], lexicons=lexicon_hashes())}
    )


def lexicon_hashes() -> dict[str, str]:
    """Hashes of the lexicons the analysis loaded, stored with archived facts."""
    from dateline.lexicons import loaded_hashes

    return loaded_hashes()


def _load_builtin_steps() -> None:
    """Import the modules whose steps form the default pipeline (they self-register).

    Run order comes from this explicit list, not from import statements a formatter may
    re-sort or a caller may import early.
    """
    for module in BUILTIN_STEP_MODULES:
        importlib.import_module(module)
