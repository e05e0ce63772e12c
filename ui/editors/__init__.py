"""Editors for records: fields, rich text, links and backlinks."""
