"""Dialogs; each offers a classmethod returning (result, accepted)."""
