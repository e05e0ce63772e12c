"""The log file: what happened and what went wrong, never what anyone wrote.

One rotating file (``workbench.log``, 1 MiB, five old ones kept) in the logs
folder of :class:`~workbench.paths.AppPaths`, so under ``$WORKBENCH_HOME``
when that is set. The app and the command line set it up the same way, with
:func:`setup_logging`; everything else just uses ``logging.getLogger``.

Projects hold confidential material, and a log file gets attached to emails.
So the file holds ids, kinds, counts, paths, exception types and tracebacks,
and never an exception's message: the message of a database error carries
the statement's parameters, a validation error quotes the value refused, a
decoding error quotes the bytes. :class:`RedactingFormatter` renders every
exception (logged with ``exc_info`` or passed as an argument) as its type,
its safe attributes (path, errno…) and its frames. What remains is on the
callers: never pass record text as a log argument.

Third-party loggers stay at WARNING: at INFO, SQLAlchemy logs every statement
with its parameters.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

from workbench.paths import AppPaths

LOG_NAME = "workbench.log"
MAX_BYTES = 1024 * 1024
KEPT_FILES = 5
OUR_LOGGERS = ("workbench", "ui", "db")
"""Logged from INFO up; every other logger (SQLAlchemy, alembic) from WARNING up."""

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

SAFE_ATTRIBUTES = ("path", "folder", "filename", "filename2", "errno", "strerror", "record_id")
"""What an exception may show of itself in the log: places and codes, never content."""

FILE_ATTRIBUTES = frozenset({"path", "filename", "filename2"})
"""Attributes naming a file, whose name the log leaves out: an export is named after
its submission's title by default, and a title is record text."""


def describe_error(error: BaseException) -> str:
    """``error`` as the log may hold it: its type and safe attributes, not its message."""
    facts = [
        f"{name}={without_file_name(value) if name in FILE_ATTRIBUTES else value}"
        for name in SAFE_ATTRIBUTES
        if (value := getattr(error, name, None)) is not None
    ]
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    return f"{name} ({', '.join(facts)})" if facts else name


def without_file_name(path: object) -> str:
    """``/folder/….docx`` for ``/folder/Title of a submission.docx``: where, and what kind
    of file, which is what a problem report needs."""
    place = Path(str(path))
    return str(place.with_name("…" + place.suffix)) if place.name else str(place)


def redacted_traceback(error: BaseException) -> str:
    """The frames of ``error`` and of what caused it, each exception by its type only."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        hidden = current.__suppress_context__
        current = current.__cause__ or (None if hidden else current.__context__)
    lines: list[str] = []
    for position, exception in enumerate(reversed(chain)):
        if position:
            lines.append("\nwhich led to:\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(
            traceback.StackSummary.extract(traceback.walk_tb(exception.__traceback__)).format()
        )
        lines.append(describe_error(exception) + "\n")
    return "".join(lines).rstrip("\n")


def safe_message(record: logging.LogRecord) -> str:
    """The record's message with every exception among its arguments described safely."""
    message = record.msg
    if isinstance(message, BaseException):
        return describe_error(message)
    args = record.args
    if isinstance(args, tuple):
        args = tuple(_safe(value) for value in args)
    elif isinstance(args, dict):
        args = {key: _safe(value) for key, value in args.items()}
    return str(message) % args if args else str(message)


def _safe(value: object) -> object:
    return describe_error(value) if isinstance(value, BaseException) else value


class RedactingFormatter(logging.Formatter):
    """A formatter that never writes an exception's message (see the module's docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        copy = logging.makeLogRecord(record.__dict__)
        copy.msg, copy.args = safe_message(record), None
        error = record.exc_info[1] if record.exc_info else None
        copy.exc_info = None
        copy.exc_text = redacted_traceback(error) if error is not None else None
        return super().format(copy)


class _StandardError(logging.StreamHandler[TextIO]):
    """Warnings on whatever ``sys.stderr`` is at the time, as Python shows them when
    no logging is set up: the command line keeps telling its user what went wrong."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setLevel(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # not setStream: that flushes the old one, maybe closed
        super().emit(record)


_installed: list[logging.Handler] = []


def log_file(paths: AppPaths) -> Path:
    return paths.logs / LOG_NAME


def setup_logging(paths: AppPaths, *, stderr: bool = True) -> Path | None:
    """Log to the rotating file under ``paths`` (and warnings to stderr); the file's
    path, or None if its folder cannot be made (logging then only goes to stderr).

    Calling it again (the app started from the command line) replaces what the
    first call installed, so there is always one file handler.
    """
    stop_logging()
    root = logging.getLogger()
    handlers: list[logging.Handler] = [_StandardError()] if stderr else []
    path = log_file(paths)
    problem: OSError | None = None
    # Imported here, not at the top: logging.handlers brings socket, pickle and
    # queue, which the app's first window would otherwise wait for.
    from logging.handlers import RotatingFileHandler

    try:
        paths.ensure(paths.logs)
        file_handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8"
        )
    except OSError as error:  # a read-only home: work on without the file
        problem = error
    else:
        file_handler.setFormatter(RedactingFormatter(FORMAT))
        handlers.append(file_handler)
    for handler in handlers:
        root.addHandler(handler)
    _installed.extend(handlers)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    logging.captureWarnings(True)
    if problem is not None:
        logging.getLogger(__name__).warning("not logging to %s: %s", path, problem)
        return None
    return path


def stop_logging() -> None:
    """Undo :func:`setup_logging`: its handlers removed and closed, levels as they were."""
    root = logging.getLogger()
    if not _installed:
        return
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
    logging.captureWarnings(False)


def log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A ``sys.excepthook`` body: the crash goes to the log as well as the terminal."""
    if not issubclass(kind, KeyboardInterrupt):
        logging.getLogger("workbench").critical("uncaught exception", exc_info=(kind, error, trace))
