"""Closed vocabularies of the domain (docs/architecture.md, "The domain").

Kept as plain tuples of stable identifiers: they are stored in the database,
written to interchange files and translated for display by the GUI, so they
must never be renamed once released (add new ones instead).
"""

from __future__ import annotations

INSTRUMENT_KINDS = (
    "constitution",
    "code",
    "law",
    "draft_law",
    "bylaw",
    "policy",
    "international_treaty",
    "international_standard",
    "other",
)
INSTRUMENT_STATUSES = ("in_force", "draft", "repealed", "not_in_force")
PROVISION_STATUSES = ("in_force", "draft", "repealed", "proposed")
CRITIQUE_CATEGORIES = (
    "vagueness",
    "discrimination",
    "disproportionate_sanction",
    "extrajudicial_power",
    "international_standard_conflict",
    "privacy",
    "chilling_effect",
    "inconsistency",
    "procedural",
    "other",
)
SEVERITIES = ("low", "medium", "high", "critical")
EVIDENCE_KINDS = (
    "statistic",
    "case",
    "ranking",
    "report",
    "expert_statement",
    "survey",
    "monitoring",
    "standard",
    "other",
)
CONFIDENTIALITY = ("public", "internal", "confidential")
SOURCE_KINDS = ("web_page", "report", "legal_act", "article", "book", "court_decision", "other")
RECOMMENDATION_ACTIONS = (
    "repeal",
    "amend",
    "adopt",
    "refrain",
    "reconsider",
    "implement",
    "other",
)
RECOMMENDATION_STATUSES = (
    "draft",
    "in_review",
    "final",
    "submitted",
    "accepted",
    "partly_accepted",
    "rejected",
    "implemented",
)
PRIORITIES = ("high", "medium", "low")
DATE_PRECISIONS = ("day", "month", "year")
"""How much of a date is known: an evidence observed "in 2022" is not observed on
1 January 2022, and the document must not say so."""

WORDING_TRANSLATIONS = ("official", "unofficial")
"""What the translations of a statute's current wording are: its official texts in
those languages, or the authors' own (the document then says so under its table)."""

REVIEW_NOTE_STATUSES = ("open", "resolved")
"""Whether a reviewer's comment brought in from a Word document still asks for
something (``open``) or has been dealt with (``resolved``)."""

CITATION_STYLES = ("full_then_short", "always_full")
"""How a submission cites a source in its footnotes: in full the first time, then by
author and short title ("Ibid." for the same source in the very next note), or in full
every time (for readers who read one recommendation alone)."""

DOCUMENT_LANGUAGES = ("en", "ru", "kk")
SECOND_LANGUAGES = ("none", *DOCUMENT_LANGUAGES)
"""A submission's second language: its texts side by side with the first ("none": one)."""
CONFLICT_POLICIES = ("refuse", "mine", "theirs", "both")
"""What a merge does with the conflicts nobody resolved (``workbench.merge.ConflictPolicy``);
here so the command line offers them without loading the merge."""
RECORD_KIND_NAMES = (
    "instrument",
    "provision",
    "critique",
    "evidence",
    "source",
    "recommendation",
    "submission",
    "tag",
)
"""Every record kind's stable name, in the order lists and dumps use: the one list of
them, which the models (db.models.RECORD_KINDS) and the kinds registry
(workbench.kinds) follow and check themselves against."""
