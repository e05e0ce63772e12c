"""Assembling submissions: outline, live preview, preflight."""
