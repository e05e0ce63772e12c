"""Bringing a reviewed Word document back: a copy of an export that
someone edited with tracked changes, commented on and sent back is read
(:mod:`workbench.review.reading`) and set against the export it came from and
the project as it is now (:mod:`workbench.review.comparing`)."""

from workbench.review.comparing import FieldReview, Review, review_document
from workbench.review.reading import ReviewRefused

__all__ = ["FieldReview", "Review", "ReviewRefused", "review_document"]
