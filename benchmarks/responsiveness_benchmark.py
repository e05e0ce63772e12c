"""Responsiveness: how long the window stops answering during a scripted session.

    python benchmarks/responsiveness_benchmark.py [--records 100000] [--project FILE]
        [--steps STEP ...] [--theirs FILE] [--why]

A monitor on the GUI event loop (a 5 ms timer measuring its own lateness) runs
through a session on a large synthetic project (benchmarks/generate.py; with
its 300-recommendation submission), driven as a user drives it: events sent to
the widgets, the event loop left to run between them at a typist's pace.

1. open the project (the window shows, the project opens, the first list fills);
2. scroll every list from top to bottom;
3. type search queries a letter at a time (Russian and English);
4. open 50 records of every kind;
5. type 200 characters into a recommendation of the large submission;
6. let the preview and preflight of that submission refresh;
7. export the submission (the export dialog shown, Export pressed, its background task);
8. merge a colleague's copy with 10,000 records changed, then undo the merge;
9. switch the interface language to Russian and back;
10. close the window (the project is closed, its search index compacted).

Prints, per step and in total, the stalls over 50 ms and over 100 ms, the
longest and the 99th percentile of the loop's lateness. Target (the RAIL
model: respond within 100 ms, no task over 50 ms): no stall over 100 ms, at
most 5 over 50 ms in the whole session. Runs under the xcb platform when an X
display (or Xvfb) is at hand, offscreen otherwise; which is printed.

``--steps`` runs only some of steps 2-9 (``--steps "scroll lists"`` on a
million records); ``--theirs`` merges a file made beforehand (``generate.py
--edited 10000 --only-edited`` for a million records) instead of generating
one. ``--why`` also prints where the GUI thread was during each stall: a watchdog
thread samples its stack while the loop is late and names the innermost
frames of Workbench's own code (or, when the GUI thread is in Qt's own code,
what the other threads are doing: one holding the GIL shows there), and the
app times each Qt event it delivers, naming those over 40 ms (a dialog's
first layout, a paint). Timing every event costs a little: compare stall
counts from runs without ``--why``.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import types
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TICK_MS = 5
STEPS = (
    "open",
    "scroll lists",
    "search",
    "open records",
    "type",
    "preview",
    "export",
    "merge and undo",
    "language",
    "close",
)


def choose_platform() -> subprocess.Popen[bytes] | None:
    """xcb on the display there is, or on an Xvfb started here; offscreen without."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    display = ":97"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return server


class LagMonitor:
    """A repeating timer that records, each time it fires, how late it is."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.lateness: dict[str, list[float]] = {step: [] for step in STEPS}
        self.step: str | None = None
        """The step measured now; None between steps, while the script itself reads
        what to do next (the window is not waited on then)."""
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.stalls: list[tuple[str, float, float]] = []
        """Each stall over 50 ms: its step, its length and the GUI thread's CPU time
        in it (near the length: the thread was working; far below: it waited, for
        the GIL, the X server or a core)."""
        self.running = False
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.running = True
        self._timer.start()

    def stop(self) -> None:
        self.running = False
        self._timer.stop()

    def watch(self) -> Counter[str]:
        """Sample the GUI thread's stack whenever the loop is 40 ms late; returns the
        tally of where it was (innermost frames of ui/, workbench/ and db/)."""
        gui = threading.get_ident()
        places: Counter[str] = Counter()

        def sample() -> None:
            while True:
                time.sleep(0.01)
                late = (time.perf_counter() - self._last) * 1000 >= 40
                if not (self.running and late and self.step is not None):
                    continue  # not late, or not measuring (the script's own work)
                frames = sys._current_frames()
                frame = frames.pop(gui, None)
                if frame is None:
                    return
                ours = _our_frames(frame)
                busy = [] if ours else [_innermost(other) for other in frames.values()]
                # Let go of the frames at once: a frame held here keeps its locals, the
                # wrappers of a Qt event among them, alive after Qt deletes the event,
                # and PySide then takes a new object at that address for the event.
                del frames, frame
                if ours:
                    places[f"{self.step}: " + " < ".join(reversed(ours[-3:]))] += 1
                    continue
                # In Qt's own code, or waiting there for the GIL another thread holds:
                # name what the other threads are doing.
                places[f"{self.step}: (in Qt) others: " + " | ".join(sorted(busy))] += 1

        threading.Thread(target=sample, daemon=True).start()
        return places

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        late = (now - self._last) * 1000 - TICK_MS
        if self.step is not None:
            self.lateness[self.step].append(max(0.0, late))
            if late > 50:
                self.stalls.append((self.step, late, (cpu - self._last_cpu) * 1000))
        self._last, self._last_cpu = now, cpu

    @contextmanager
    def measuring(self, step: str) -> Iterator[None]:
        self.step, started = step, time.perf_counter()
        self._last = started  # what the script did before the step is not the window's
        try:
            yield
        finally:
            self.step = None
        print(f"  {step}: {time.perf_counter() - started:.1f} s", flush=True)


def _our_frames(frame: types.FrameType) -> list[str]:
    """The stack's frames in Workbench's own code (not the benchmark's), outermost first."""
    return [
        f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} {f.name}"
        for f in traceback.extract_stack(frame)
        if f.filename.startswith(str(ROOT))
        and not f.filename.startswith(str(ROOT / "benchmarks"))
        and "/.venv/" not in f.filename
    ]


def _innermost(frame: types.FrameType) -> str:
    """A thread's innermost frame, and its innermost one in Workbench's code."""
    ours = _our_frames(frame)
    here = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"
    return f"{here} < {ours[-1]}" if ours else here


def report(monitor: LagMonitor) -> None:
    print(f"\n{'step':<16}{'ticks':>7}{'>50 ms':>8}{'>100 ms':>9}{'longest':>10}{'p99':>9}")
    every: list[float] = []
    for step, lateness in monitor.lateness.items():
        every.extend(lateness)
        print(_line(step, lateness))
    print(_line("whole session", every))
    print("target: no stall over 100 ms, at most 5 over 50 ms in the whole session")
    if monitor.stalls:
        print("\nstalls over 50 ms, and the GUI thread's CPU time in each:")
        for step, late, cpu in monitor.stalls:
            print(f"  {step:<16}{late:>5.0f} ms, CPU {cpu:>4.0f} ms")


def _line(name: str, lateness: list[float]) -> str:
    if not lateness:
        return f"{name:<16}{0:>7}"
    ordered = sorted(lateness)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    over_50 = sum(1 for late in lateness if late > 50)
    over_100 = sum(1 for late in lateness if late > 100)
    return (
        f"{name:<16}{len(lateness):>7}{over_50:>8}{over_100:>9}"
        f"{max(lateness):>8.0f} ms{p99:>6.0f} ms"
    )


SLOW_EVENT_MS = 40.0


def collector_pauses(step: Callable[[], str | None]) -> dict[tuple[str, int], list[float]]:
    """The pauses of Python's cyclic garbage collector, in ms, by step and generation:
    a full collection walks every object the window holds (a large list's ids)."""
    pauses: dict[tuple[str, int], list[float]] = {}
    started: list[float] = [0.0]

    def observe(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
            return
        key = (step() or "between steps", info["generation"])
        pauses.setdefault(key, []).append((time.perf_counter() - started[0]) * 1000)

    gc.callbacks.append(observe)
    return pauses


def timed_application(step: Callable[[], str | None]) -> dict[tuple[str, str], float]:
    """Make the app one that times each event it delivers (Qt's own work: layout,
    paint, a dialog shown), which the stack sampler sees only as an empty stack;
    returns where the slow ones are gathered: (``step()`` then, receiver and
    event) -> ms, the slowest of each."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    slow: dict[tuple[str, str], float] = {}
    depth = [0]

    class TimedApplication(QApplication):
        def notify(self, receiver: QObject, event: QEvent) -> bool:
            kind, started = event.type(), time.perf_counter()
            depth[0] += 1
            try:
                return super().notify(receiver, event)
            finally:
                depth[0] -= 1
                took = (time.perf_counter() - started) * 1000
                during = step()
                if took > SLOW_EVENT_MS and during is not None:
                    try:
                        name = receiver.objectName()
                    except RuntimeError:  # deleted while the event was delivered
                        name = "deleted"
                    what = f"{type(receiver).__name__}({name}) {kind.name} depth {depth[0]}"
                    slow[(during, what)] = max(took, slow.get((during, what), 0.0))

    TimedApplication(sys.argv[:1])
    return slow


Wait = int | Callable[[], bool]
"""What a session waits for before its next action: milliseconds, or a condition."""


def drive(session: Iterator[Wait], app: QApplication, timeout: float = 900.0) -> None:
    """Run ``session`` under ``app.exec()``, as the app runs: each wait is a timer.

    Waiting with ``QTest.qWait`` instead keeps Python's GIL on the GUI thread
    while Qt sleeps, and a worker reading SQLite row by row then waits for it
    at every row (a merge took minutes instead of seconds): the app itself
    waits in ``exec``, which lets the GIL go.
    """
    from PySide6.QtCore import QTimer

    deadline = time.monotonic() + timeout
    failure: list[BaseException] = []

    def advance() -> None:
        try:
            wait = next(session)
        except StopIteration:
            app.quit()
            return
        except BaseException as error:  # the session broke: stop and say why
            failure.append(error)
            app.quit()
            return
        if callable(wait):
            poll(wait)
        else:
            QTimer.singleShot(wait, advance)

    def poll(condition: Callable[[], bool]) -> None:
        if condition():
            QTimer.singleShot(0, advance)
        elif time.monotonic() > deadline:
            failure.append(TimeoutError("the session did not reach its next step in time"))
            app.quit()
        else:
            QTimer.singleShot(20, lambda: poll(condition))

    QTimer.singleShot(0, advance)
    app.exec()
    if failure:
        raise failure[0]


def type_into(widget: QWidget, text: str, pause_ms: int) -> Iterator[Wait]:
    """Type as a person does: one key, then the event loop runs until the next."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )
        yield pause_ms


def session(
    project: Path, theirs: Path, scratch: Path, monitor: LagMonitor, steps: frozenset[str]
) -> Iterator[Wait]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from ui.app import launch
    from ui.labels import KIND_ORDER
    from ui.translations import install_language
    from workbench.paths import AppPaths

    paths = AppPaths.rooted_at(scratch / "home")
    monitor.start()
    with monitor.measuring("open"):
        window = launch(project, paths)
        yield lambda: window.view is not None and window.view.list.model.rowCount() > 0
    view, workspace = window.view, window.workspace
    assert view is not None and workspace is not None
    # Only now: it loads the project layer, which the window must load itself (on the
    # worker that opens the project); loaded before, it hid any import on the GUI thread.
    from generate import SUBMISSION_TITLE

    if "scroll lists" in steps:
        with monitor.measuring("scroll lists"):
            for kind in KIND_ORDER:
                view.show_kind(kind)
                yield lambda: not view.list.model.loading  # a large list's ids come from a worker
                yield 50
                bar = view.list.view.verticalScrollBar()
                for step in range(0, 101, 2):
                    bar.setValue(bar.maximum() * step // 100)
                    yield 16
    if "search" in steps:
        with monitor.measuring("search"):
            for query in ("свободы слова", "journalist liability"):
                window.focus_search()
                yield from type_into(window.search_box, query, 120)
                yield 400
                window.search_box.clear()
                yield 100
    if "open records" in steps:
        # Which records to open is the script's choice, read before the clock starts:
        # the window never reads them so.
        chosen = [s.id for kind in KIND_ORDER for s in workspace.library.page(kind, limit=50)]
        yield 200
        with monitor.measuring("open records"):
            for record_id in chosen:
                view.open_record(record_id)
                yield 30
    [submission] = [s for s in workspace.library.page("submission") if s.title == SUBMISSION_TITLE]
    sections = workspace.library.get(submission.id).children["sections"]
    recommendation = sections[0]["recommendations"][0]
    if "type" in steps:
        with monitor.measuring("type"):
            view.open_record(submission.id)
            yield 1500
            view.open_record(recommendation)
            yield 500
            field = window.findChild(QPlainTextEdit, "field_text") or window.findChild(
                QTextEdit, "field_text"
            )
            assert field is not None, "the recommendation's text field was not found"
            field.setFocus()
            field.moveCursor(field.textCursor().MoveOperation.End)
            yield from type_into(field, ("Добавлено при проверке. " * 10)[:200], 40)
    if "preview" in steps:
        with monitor.measuring("preview"):
            yield 3000
    if "export" in steps:
        with monitor.measuring("export"):
            from ui.dialogs.export_dialog import ExportDialog  # imported as the window would

            dialog = ExportDialog(workspace, submission.id, window)
            dialog.path.setText(str(scratch / "submission.docx"))
            dialog.open_after.setChecked(False)
            dialog.show()
            yield 300  # seen, before Export is pressed (starting unseen timed its first paint
            # against the export's own work, which no user can do)
            QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            yield lambda: dialog.job is not None or dialog.report is not None
            yield lambda: dialog.job is None
            dialog.close()
            yield 200
    if "merge and undo" in steps:
        with monitor.measuring("merge and undo"):
            from ui.dialogs.merge_dialog import MergeDialog

            merge = MergeDialog(workspace, window, path=theirs, paths=paths)
            merge.show()
            merge.read()
            yield lambda: merge.plan is not None and merge.runner.task is None
            merge.apply()
            yield lambda: merge.outcome is not None and merge.runner.task is None
            merge.close()
            yield 300
            window.undo()
            yield 1000
    if "language" in steps:
        with monitor.measuring("language"):
            for language in ("ru", "en"):
                install_language(language)
                window.retranslate()
                yield 500
    with monitor.measuring("close"):
        window.close()
        yield 200
    monitor.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="a project made by generate.py")
    parser.add_argument("--why", action="store_true", help="name where each stall was")
    parser.add_argument(
        "--steps",
        nargs="+",
        choices=STEPS[1:-1],
        default=list(STEPS[1:-1]),
        help="only these steps (the project is always opened and closed)",
    )
    parser.add_argument(
        "--theirs", type=Path, help="their copy to merge (default: generate.py --edited 10000)"
    )
    arguments = parser.parse_args()
    server = choose_platform()
    try:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder)
            project, theirs = prepare(arguments, scratch)
            from ui.app import application

            monitors: list[LagMonitor] = []  # made once the app is (it needs one)

            def step() -> str | None:
                return monitors[0].step if monitors else None

            events = timed_application(step) if arguments.why else None
            app = application()
            monitor = LagMonitor()
            monitors.append(monitor)
            size = arguments.project.name if arguments.project else f"{arguments.records:,} records"
            print(f"platform: {app.platformName()}; {size}", flush=True)
            places = monitor.watch() if arguments.why else Counter()
            collections = collector_pauses(step) if arguments.why else None
            steps = frozenset(arguments.steps)
            drive(session(project, theirs, scratch, monitor, steps), app)
            report(monitor)
            if places:
                print("\nwhere the GUI thread was while late (10 ms samples):")
                for place, samples in places.most_common(25):
                    print(f"{samples:>5}  {place}")
            if events:
                print(f"\nQt events that took over {SLOW_EVENT_MS:.0f} ms (slowest first):")
                for (during, what), took in sorted(events.items(), key=lambda e: -e[1])[:25]:
                    print(f"{took:>5.0f} ms  {during}: {what}")
            if collections:
                print("\nPython's cyclic garbage collections (count, longest, total, by step):")
                for (during, generation), pauses in sorted(collections.items(), key=str):
                    print(
                        f"  {during}: generation {generation}: {len(pauses)}, longest "
                        f"{max(pauses):.0f} ms, total {sum(pauses):.0f} ms"
                    )
    finally:
        if server is not None:
            server.terminate()
    return 0


def prepare(arguments: argparse.Namespace, scratch: Path) -> tuple[Path, Path]:
    """A copy of the project to change, and their copy with 10,000 records edited."""
    generator = [sys.executable, str(ROOT / "benchmarks" / "generate.py")]
    size = ["--records", str(arguments.records)]
    project = scratch / "project.wbproj"
    if arguments.project:
        shutil.copyfile(arguments.project, project)
    else:
        subprocess.run([*generator, *size, "-o", str(project)], check=True)
    theirs = arguments.theirs or scratch / "theirs.json"
    if arguments.theirs is None and "merge and undo" in arguments.steps:
        edited = ["--edited", str(min(10_000, arguments.records // 10)), "-o", str(theirs)]
        subprocess.run([*generator, *size, *edited], check=True, stdout=subprocess.DEVNULL)
    return project, theirs


if __name__ == "__main__":
    sys.exit(main())
