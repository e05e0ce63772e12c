"""Make docs/screenshot.png: the main window on a fresh starter project, offscreen.

Run from the repository root: ``python docs/make_screenshot.py``. Everything
(project, settings) lives in a temporary folder; only the PNG is written here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from ui.app import application, build_window
from workbench.paths import AppPaths
from workbench.starter import create_project

OUTPUT = Path(__file__).resolve().parent / "screenshot.png"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["WORKBENCH_HOME"] = str(root / "home")
        os.environ.setdefault("WORKBENCH_AUTHOR", "A. Advocate")
        path = root / "Freedom of expression.wbproj"
        create_project(path).close()
        app = application()
        window = build_window(path, AppPaths.rooted_at(root / "home"))
        window.resize(1400, 860)
        window.show()
        settle(app)
        view = window.view
        assert view is not None
        view.show_kind("recommendation")
        settle(app)
        view.list.view.selectRow(0)
        view.list.view.setFocus()
        settle(app)
        window.grab().save(str(OUTPUT))
        window.close()
        settle(app)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
