"""Engines and sessions for a project file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from db.sqlite import install_pragmas


def create_project_engine(path: Path) -> Engine:
    """An engine on one project file, with the project's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    install_pragmas(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit: results are handed on as plain data."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
