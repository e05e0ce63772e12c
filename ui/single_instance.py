"""One window per user: a second launch hands its file to the running app.

Double-clicking a ``.wbproj`` or a ``.wbshare`` in a file manager starts
``workbench gui FILE`` (the desktop entry, resources/desktop). If the app is
already running, a second process opening the project would fail on its lock
and a second window would be confusing; instead it passes the file to the
running one over a local socket (:class:`QLocalServer`: a Unix socket, a named
pipe on Windows) and exits. The running window comes to the front and opens
the project, or offers the bundle in Merge from a Colleague… of the project
it has open.

The server's name is derived from the user's data folder, so a portable copy
(``WORKBENCH_HOME``) and tests each have their own. A socket left by a crashed
app answers nobody; the next app to start removes it and listens in its place.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.paths import AppPaths

if TYPE_CHECKING:  # QtNetwork loads only when a socket is there to talk to
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

WAIT_MS = 1_000
"""How long a second launch waits for the running app to answer; past that it
starts on its own (the running app is hung, or is not one)."""


def server_name(paths: AppPaths) -> str:
    """The user's own name for the running app (a socket's path on Unix, short
    enough for a socket address; a pipe's name on Windows)."""
    digest = hashlib.sha256(str(paths.data.resolve()).encode()).hexdigest()[:16]
    name = f"workbench-{digest}"
    if sys.platform == "win32":
        return name
    return str(Path(tempfile.gettempdir()) / f"{name}-{os.getuid()}.sock")


def hand_over(paths: AppPaths, file: Path | None) -> bool:
    """Give ``file`` (or nothing: come to the front) to the app already running for
    this user; False when none answers."""
    name = server_name(paths)
    if sys.platform != "win32" and not Path(name).exists():
        return False  # nothing listens: do not wait for Qt's connection to fail
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    message = {"open": str(file.resolve()) if file is not None else None}
    socket.write(json.dumps(message).encode() + b"\n")
    socket.waitForBytesWritten(WAIT_MS)
    answered = socket.waitForReadyRead(WAIT_MS) and bytes(socket.readLine().data()) == b"ok\n"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later launches; ``received`` carries the file each one handed
    over (None: it only asked for the window)."""

    received = Signal(object)

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.name = server_name(paths)

    def listen(self) -> bool:
        """Start listening, replacing a socket a crashed app left; False (logged) if
        another app holds it or the system refuses: launches then simply open
        their own window, as before."""
        if self.server.listen(self.name):
            return True
        self.server.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("cannot listen for later launches: %s", self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            opened = json.loads(line).get("open")
        except (ValueError, AttributeError):
            log.warning("a launch handed over something unreadable; ignored")
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        # Later, not from inside the socket's signal: what the file starts (a modal
        # dialog's own event loop) must not run while Qt is still delivering it, as
        # the socket may be deleted meanwhile.
        file = Path(opened) if isinstance(opened, str) else None
        QTimer.singleShot(0, self, lambda: self.received.emit(file))
