"""The window's reader process reads what the window would read itself: the same
preview and the same exported document, every change the window committed
seen, errors as raised, and nothing left open on the project between requests."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZipFile

import pytest

from workbench.composition import Composition
from workbench.errors import (
    ExportTargetError,
    ProjectLocked,
    RecordNotFound,
    SchemaTooNew,
    TemplateError,
    WorkbenchError,
)
from workbench.library import Library
from workbench.outline import read_outline
from workbench.preview import read_preview
from workbench.project import Project
from workbench.reader_process import READER_NICENESS, ReaderProcess
from workbench.services import ProjectServices
from workbench.starter import create_project

_NOW = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def reader() -> Iterator[ReaderProcess]:
    reader = ReaderProcess()
    yield reader
    reader.close()


@pytest.fixture
def starter(tmp_path: Path) -> Iterator[Project]:
    """The starter library open for writing, as the window holds it."""
    create_project(tmp_path / "p.wbproj").close()
    with Project.open(tmp_path / "p.wbproj", clock=lambda: _NOW) as project:
        yield project


def _submission(project: Project) -> uuid.UUID:
    return Library(project).page("submission", limit=1)[0].id


def test_the_preview_is_the_one_read_here_and_sees_each_commit(
    reader: ReaderProcess, starter: Project
) -> None:
    submission = _submission(starter)
    first = reader.read(starter, read_preview, submission, None, False)
    assert reader.pid not in (None, os.getpid())
    assert first == read_preview(starter, submission, None, False)
    [recommendation, *_] = read_outline(starter, submission).recommendations()
    Library(starter).update(recommendation, {"title": "Жала жабуды қылмыстық емес ету"})
    again = reader.read(starter, read_preview, submission, None, False)
    assert "Жала жабуды қылмыстық емес ету" in again.html
    assert again == read_preview(starter, submission, None, False)


def test_an_export_rendered_there_is_the_document_rendered_here(
    reader: ReaderProcess, starter: Project, tmp_path: Path
) -> None:
    submission = _submission(starter)
    Library(starter).update(
        read_outline(starter, submission).recommendations()[-1], {"title": "Отменить реестр"}
    )
    there = ProjectServices(starter, reader).exports.export(submission, tmp_path / "there.docx")
    here = ProjectServices(starter).exports.export(submission, tmp_path / "here.docx")

    def parts(path: Path) -> dict[str, bytes]:
        with ZipFile(path) as package:
            return {name: package.read(name) for name in package.namelist()}

    made_there, made_here = parts(there.path), parts(here.path)
    assert "Отменить реестр".encode() in made_there["word/document.xml"]
    # Every part the same but the export's own id, which each log entry has.
    ids = [made.pop("docProps/custom.xml") for made in (made_there, made_here)]
    assert made_there == made_here
    logged = Composition(starter).export_log(submission)
    assert len(logged) == 2  # both logged by the writer
    assert [str(entry.id).encode() in made for entry, made in zip(logged, ids, strict=True)] == [
        True,
        True,
    ]


def test_a_missing_submission_comes_back_as_record_not_found(
    reader: ReaderProcess, starter: Project
) -> None:
    missing = uuid.uuid4()
    with pytest.raises(RecordNotFound) as raised:
        reader.read(starter, read_preview, missing, None, False)
    assert raised.value.record_id == missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="Unix niceness")
def test_the_reader_gives_way_to_the_window_for_the_cpu(
    reader: ReaderProcess, starter: Project
) -> None:
    reader.read(starter, read_preview, _submission(starter), None, False)
    assert reader.pid is not None
    window = os.getpriority(os.PRIO_PROCESS, os.getpid())
    assert os.getpriority(os.PRIO_PROCESS, reader.pid) == min(19, window + READER_NICENESS)


def test_nothing_is_held_open_between_requests(reader: ReaderProcess, starter: Project) -> None:
    """The window may replace the file (a restore) at any time, which Windows refuses
    while another process has it open."""
    reader.read(starter, read_preview, _submission(starter), None, False)
    held = {
        os.path.realpath(f"/proc/{reader.pid}/fd/{fd}")
        for fd in os.listdir(f"/proc/{reader.pid}/fd")
    }
    assert not any(name.startswith(str(starter.path.resolve())) for name in held)


def test_a_reader_that_died_is_replaced(starter: Project) -> None:
    reader = ReaderProcess()
    try:
        submission = _submission(starter)
        reader.read(starter, read_preview, submission, None, False)
        ended = reader.pid
        assert ended is not None
        os.kill(ended, signal.SIGKILL)
        assert (
            reader.read(starter, read_preview, submission, None, False).submission_id == submission
        )
        assert reader.pid not in (None, ended)
    finally:
        reader.close()


@pytest.mark.parametrize(
    "error",
    [
        RecordNotFound(uuid.uuid4(), "submission"),
        ProjectLocked(Path("/проекты/доклад.wbproj"), "Әйгерім", datetime(2026, 12, 6, tzinfo=UTC)),
        SchemaTooNew(Path("p.wbproj"), 99, 11),
        TemplateError(Path("шаблон.dotx"), "no styles part"),
        ExportTargetError(Path("/nowhere/out.docx"), "its folder does not exist"),
    ],
)
def test_errors_cross_processes_as_they_were(error: WorkbenchError) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.__dict__ == error.__dict__


def _fails(_project: Project, *, kept: object) -> None:
    raise RuntimeError("Сбой при чтении")


def test_an_unexpected_error_there_arrives_with_where_it_happened(
    reader: ReaderProcess, starter: Project
) -> None:
    """The window logs the traceback of what failed in the reader, not only its words."""
    with pytest.raises(RuntimeError, match="Сбой при чтении") as raised:
        reader.read(starter, _fails)
    assert "in _fails" in str(raised.value.__cause__)
    assert reader.pid not in (None, os.getpid())


_KILLED_WINDOW = """
import os, signal, sys, uuid
from pathlib import Path
from workbench.preview import read_preview
from workbench.project import Project
from workbench.reader_process import ReaderProcess
from workbench.library import Library

if __name__ == "__main__":
    with Project.open(Path(sys.argv[1])) as project:
        reader = ReaderProcess()
        submission = Library(project).page("submission", limit=1)[0].id
        reader.read(project, read_preview, submission, None, False)
        print(reader.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_reader_ends_when_the_window_is_killed(tmp_path: Path) -> None:
    """A window killed (or crashed) leaves no reader behind, waiting forever."""
    create_project(tmp_path / "Жоба.wbproj").close()
    script = tmp_path / "killed_window.py"
    script.write_text(_KILLED_WINDOW, encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "Жоба.wbproj")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert ran.returncode == -signal.SIGKILL, ran.stderr
    reader = int(ran.stdout.split()[0])
    deadline = time.monotonic() + 10
    while Path(f"/proc/{reader}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(f"/proc/{reader}").exists() or _is_zombie(reader)


def _is_zombie(pid: int) -> bool:
    return " Z " in Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1][:4]


def test_where_no_process_can_start_the_read_is_made_here(
    starter: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A system without working semaphores (or memory to start Python) still previews."""
    import workbench.reader_process

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(workbench.reader_process, "ProcessPoolExecutor", refused)
    reader = ReaderProcess()
    reader.warm_up()  # no error where a project opens
    submission = _submission(starter)
    preview = reader.read(starter, read_preview, submission, None, False)
    assert preview == read_preview(starter, submission, None, False)
    assert reader.pid is None
