"""Workbench services: projects, library, search, interchange, export, command line. No Qt."""

__version__ = "0.1.0"
