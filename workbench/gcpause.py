"""Pausing the cyclic garbage collector around work that allocates millions of objects."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def gc_paused(function: Callable[P, T]) -> Callable[P, T]:
    """Run ``function`` with the cyclic garbage collector paused.

    A large document is millions of small objects; each collection walks them
    all again, and reading, planning and applying a merge allocate enough to
    set off hundreds (half the time of a large merge). Nothing such work makes
    is a reference cycle worth collecting; collection resumes as it was afterwards.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                _age_young_objects()
                gc.enable()

    return paused


def _age_young_objects() -> None:
    """Count what was allocated while the collector paused as old, without scanning it.

    Otherwise the first allocation once it resumes sets off a collection of all
    of it: the document just read or the plan just made, hundreds of thousands
    of objects the caller keeps (a tenth of a large merge, between its steps).
    Freezing then thawing moves every tracked object to the oldest generation
    (two list splices) and resets the count that starts a collection; cycles
    among them are still collected, by the next full collection. Skipped if
    anything else keeps objects frozen: thawing would release theirs.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
