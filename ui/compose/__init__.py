"""Composing recommendations: proposed wordings, status, citations."""
