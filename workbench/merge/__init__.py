"""Merge a colleague's work, record by record, offline.

Each record carries its revision and its recent ancestors, so a merge needs no
common base and no server. It runs in three steps, one module each:

* :mod:`.plan` validates their document and decides, record by record, what
  merging does (a dry run shows the plan and changes nothing);
* :mod:`.resolve` (pure: content in, content out) compares versions and
  resolves conflicts as ``mine``, ``theirs`` or ``both`` (theirs kept as a copy
  under a new id), for a whole record or field by field;
* :mod:`.apply` writes the outcome through :mod:`workbench.store` in one
  transaction, after a backup, and undoes or redoes a whole merge.

:mod:`.theirs` reads what the colleague sent (bundle, JSON or project file),
:mod:`.withheld` gives back links a share left out with confidential records,
and :mod:`.model` holds the shapes and closed sets all of them share.
"""

from workbench.merge.apply import MergeResult, MergeUndo, apply_merge, redo_merge, undo_merge
from workbench.merge.model import (
    CONFLICT_POLICIES,
    Change,
    Choice,
    Comparison,
    ConflictPolicy,
    ConflictShape,
    MergeAction,
    MergeConflicts,
    MergePlan,
    RecordItem,
    Resolution,
    Version,
)
from workbench.merge.plan import our_items, plan_merge
from workbench.merge.resolve import (
    COPY_SUFFIX,
    PART_NAMES,
    combinable,
    compare,
    differing_fields,
)
from workbench.merge.theirs import read_theirs

__all__ = [
    "CONFLICT_POLICIES",
    "COPY_SUFFIX",
    "PART_NAMES",
    "Change",
    "Choice",
    "Comparison",
    "ConflictPolicy",
    "ConflictShape",
    "MergeAction",
    "MergeConflicts",
    "MergePlan",
    "MergeResult",
    "MergeUndo",
    "RecordItem",
    "Resolution",
    "Version",
    "apply_merge",
    "combinable",
    "compare",
    "differing_fields",
    "our_items",
    "plan_merge",
    "read_theirs",
    "redo_merge",
    "undo_merge",
]
