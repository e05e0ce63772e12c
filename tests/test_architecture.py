"""The layering rule, enforced: db and workbench never load Qt."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules(package: str) -> list[str]:
    names = [package]
    for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_core_layers_never_import_qt() -> None:
    modules = _modules("db") + _modules("workbench")
    assert "workbench.cli" in modules and "db.models" in modules
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []


def test_ui_never_writes_sql() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in ("sqlalchemy", "sqlite3"))
    ]
    assert offenders == []


def test_the_app_shows_its_window_before_loading_the_project_layer() -> None:
    """`workbench` imports only what its first window needs; SQLAlchemy, python-docx
    and the rest load once the window is on screen (issue 5's cold start)."""
    script = (
        "import json, sys\n"
        "import workbench.cli, ui.app\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert "PySide6" in loaded
    heavy = {"sqlalchemy", "alembic", "docx", "lxml", "markdown_it", "orjson", "cryptography"}
    assert loaded & heavy == set()
