"""Reading a project file ahead (workbench.read_ahead): the whole file, in order;
never a named pipe or a device (which would wait or never end); and a command
that reads ahead gives what it gave without."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from workbench.read_ahead import CHUNK, read_through, reading_ahead


def test_a_file_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "Жоба.wbproj"
    path.write_bytes(os.urandom(CHUNK * 2 + 12_345))
    assert read_through(path, threading.Event()) == CHUNK * 2 + 12_345


def test_reading_stops_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "проект.wbproj"
    path.write_bytes(bytes(CHUNK * 3))
    stop = threading.Event()
    stop.set()
    assert read_through(path, stop) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "не проект.wbproj"
    os.mkfifo(pipe)
    done = threading.Event()

    def enter_and_leave() -> None:
        with reading_ahead(pipe):
            pass
        done.set()

    threading.Thread(target=enter_and_leave, daemon=True).start()
    assert done.wait(5), "reading ahead waited for a writer of the pipe"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_read() -> None:
    assert read_through(Path("/dev/zero"), threading.Event()) == 0


def test_a_missing_file_is_left_to_the_command(tmp_path: Path) -> None:
    with reading_ahead(tmp_path / "жоқ.wbproj"):
        pass


def test_check_reads_ahead_and_reports_as_before(tmp_path: Path, monkeypatch, capsys) -> None:
    """The command's outcome is its own: the same exit and findings with reading
    ahead as with it left out."""
    import workbench.commands
    from workbench.cli import main
    from workbench.starter import create_project

    create_project(tmp_path / "p.wbproj").close()
    read: list[int] = []
    real = workbench.read_ahead.read_through

    def counted(path: Path, stop: threading.Event) -> int:
        read.append(real(path, stop))
        return read[-1]

    monkeypatch.setattr(workbench.read_ahead, "read_through", counted)
    with_ahead = main(["check", str(tmp_path / "p.wbproj"), "--json"])
    reported = capsys.readouterr().out
    assert len(read) == 1  # (a small file may be checked before it was read far)
    monkeypatch.setattr(workbench.commands, "reading_ahead", _nothing)
    assert main(["check", str(tmp_path / "p.wbproj"), "--json"]) == with_ahead
    assert capsys.readouterr().out == reported


def _nothing(_path: Path):
    from contextlib import nullcontext

    return nullcontext()
