"""Engines and sessions for a project file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from db.sqlite import install_pragmas


def create_project_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one project file, with the project's pragmas on every connection.

    ``read_only`` opens through SQLite's own read-only mode: used by commands
    that only look (info, search), so they work while the app has the file open.
    """
    if read_only:
        url = f"sqlite:///{Path(path).resolve().as_uri()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, future=True)
    install_pragmas(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit: results are handed on as plain data."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
