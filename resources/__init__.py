"""Data files shipped with Workbench, found the same way from a checkout and a wheel."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A bundled file, e.g. ``resource("starter", "library.json")``."""
    location = files(__name__)
    for part in parts:
        location = location.joinpath(part)
    return location
