"""An evidence item as our export writes it, read back into its fields:
"**Title** (value, date): summary[@source]"."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from workbench.export.dates import parsed_written_date
from workbench.word_import.reading import unescaped, without_emphasis

TITLE_LIMIT = 200
_ITEM = re.compile(
    r"^\*\*(?P<title>.+?)\*\*(?:\s*\((?P<detail>[^()]*)\))?(?:\s*:\s*(?P<summary>.*))?$", re.S
)
_TRAILING_CITATION = re.compile(r"\s*\[@(?P<key>[^\],;\s]+)\]\s*$")
_PRECISION = {10: "day", 7: "month", 4: "year"}
"""A written date read back, by the length of its ISO form."""


def evidence_fields(text: str, sources: Collection[str]) -> tuple[dict[str, Any], str | None]:
    """The item's title, value, date (with how much of it is known) and summary, and
    the key of the source its closing citation names when that is one of ``sources``
    (the export cites an evidence item's source at its end)."""
    match = _ITEM.match(text.strip())
    if match is None:
        title = unescaped(without_emphasis(text)).strip()
        short = title if len(title) <= TITLE_LIMIT else title[: TITLE_LIMIT - 1] + "…"
        fields: dict[str, Any] = {"title": short, "summary": text.strip()}
    else:
        fields = {"title": unescaped(match.group("title")).strip()}
        fields.update(_value_and_date((match.group("detail") or "").strip()))
        fields["summary"] = (match.group("summary") or "").strip()
    source = _TRAILING_CITATION.search(fields["summary"])
    if source is None or source.group("key") not in sources:
        return fields, None
    fields["summary"] = fields["summary"][: source.start()]
    return fields, source.group("key")


def _value_and_date(detail: str) -> dict[str, Any]:
    """ "20 days, 3 July 2023" as value and date; a detail without a date is the value."""
    head, comma, last = detail.rpartition(",")
    written = parsed_written_date(last if comma else detail)
    if not written:
        return {"value": detail}
    precision = _PRECISION[len(written)]
    observed = {"day": written, "month": f"{written}-01", "year": f"{written}-01-01"}[precision]
    return {
        "value": head.strip() if comma else "",
        "observed_on": observed,
        "observed_precision": precision,
    }
