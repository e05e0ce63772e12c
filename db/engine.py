"""Engines and sessions for a project file."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from db.sqlite import install_pragmas


def create_project_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one project file, with the project's pragmas on every connection.

    ``read_only`` opens through SQLite's own read-only mode: used by commands
    that only look (info, search), so they work while the app has the file open.
    On a read-only disk that mode cannot open a project in WAL mode whose
    ``-shm`` index is missing (SQLite would have to create it); a project closed
    cleanly has no ``-wal`` either, so nothing is lost by opening it as immutable.
    """
    url = f"sqlite:///{read_only_uri(Path(path))}&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, future=True, json_deserializer=parsed_json)
    install_pragmas(engine)
    return engine


def parsed_json(text: str) -> Any:
    """A JSON column's value: orjson reads it in a fraction of the time (a large
    preview reads thirteen thousand), and every stored value reads as the standard
    reader reads it. What orjson refuses (NaN, lone surrogates) goes to that reader,
    and so does text with a run of 19 digits: orjson turns an integer beyond 64 bits
    into an inexact float where the standard reader keeps it whole."""
    if _LONG_NUMBER.search(text):
        return json.loads(text)
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


_LONG_NUMBER = re.compile(r"[0-9]{19}")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit: results are handed on as plain data."""
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


_CANTOPEN = 14


def read_only_uri(path: Path) -> str:
    """``mode=ro``; ``immutable=1`` when that cannot open the file and no write-ahead
    log holds changes not yet in it (the only case where immutable reads the truth)."""
    uri = path.resolve().as_uri()
    if _opens(f"{uri}?mode=ro") or _has_log(path):
        return f"{uri}?mode=ro"
    return f"{uri}?immutable=1"


def _opens(uri: str) -> bool:
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return getattr(error, "sqlite_errorcode", None) != _CANTOPEN
    except UnicodeDecodeError:
        return True  # it opened: the damage (a schema that is not UTF-8) is reported later
    return True


def _has_log(path: Path) -> bool:
    log = path.with_name(path.name + "-wal")
    try:
        return log.stat().st_size > 0
    except OSError:
        return False
