"""The structure, enforced: db and workbench never load Qt, the ui never writes SQL,
workbench modules import one another without loops, and none grows past the size at
which a module stops being about one thing."""

import ast
import json
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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


def _top_packages_loaded_by(*modules: str) -> set[str]:
    """The top-level packages a fresh interpreter holds after importing ``modules``."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_the_app_shows_its_window_before_loading_the_project_layer() -> None:
    """`workbench` imports only what its first window needs; SQLAlchemy, python-docx
    and the rest load once the window is on screen, so the app starts quickly (and
    on the worker that opens a project: what the GUI thread does meanwhile,
    ``ui.warm_up``, must not load them there, which held it for half a second)."""
    loaded = _top_packages_loaded_by("workbench.cli", "ui.app", "ui.warm_up")
    assert "PySide6" in loaded
    heavy = {"sqlalchemy", "alembic", "docx", "lxml", "markdown_it", "orjson", "cryptography"}
    assert loaded & heavy == set()


def test_an_open_project_loads_no_cryptography_until_something_is_shared() -> None:
    """Sharing and reading a colleague's bundle need cryptography; opening and editing a
    project do not, and its ~45 modules would cost every open time and memory."""
    loaded = _top_packages_loaded_by("ui.workspace", "ui.project_view")
    assert "sqlalchemy" in loaded and "cryptography" not in loaded


# --- import cycles -------------------------------------------------------------------


def _source_modules(package: str, root: Path = ROOT) -> dict[str, Path]:
    """Every module of ``package`` by dotted name (a package by its ``__init__``)."""
    modules: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported_names(module: str, path: Path, modules: dict[str, Path]) -> Iterator[str]:
    """The dotted names every ``import`` of ``module`` reaches, wherever it stands (in a
    function, under ``TYPE_CHECKING``): an import inside a function still loops at run
    time, only later. ``from X import n`` reaches module ``X.n`` when there is one."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield submodule if submodule in modules else base


def _dependencies(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of the package that importing ``module`` runs: each imported module
    and the ``__init__`` of every package above it, except the packages ``module``
    itself is in (Python has begun running those before it)."""
    found: set[str] = set()
    for name in _imported_names(module, path, modules):
        while name and name not in modules:
            name = name.rpartition(".")[0]  # a name inside a module: the module
        while name:
            if name != module and not module.startswith(f"{name}."):
                found.add(name)
            name = name.rpartition(".")[0]
    return found & modules.keys()


def import_graph(package: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Each module of ``package`` and the modules of ``package`` it imports."""
    modules = _source_modules(package, root)
    return {name: _dependencies(name, path, modules) for name, path in modules.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components: every group of modules each of which imports, directly or
    through others, every other one of the group."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = lowest[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                lowest[node] = min(lowest[node], lowest[target])
            elif target in stack:
                lowest[node] = min(lowest[node], index[target])
        if lowest[node] == index[node]:
            component: list[str] = []
            while not component or component[-1] != node:
                component.append(stack.pop())
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def a_cycle_in(component: list[str], graph: dict[str, set[str]]) -> list[str]:
    """One loop through the component's first module, shortest first, to name in a failure."""
    start = component[0]
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for target in sorted(graph[node] & set(component)):
                if target == start:
                    return [*paths[node], start]
                if target not in paths:
                    paths[target] = [*paths[node], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"{component} is not a cycle")


def test_the_cycle_finder_sees_imports_inside_functions_and_relative_ones(
    tmp_path: Path,
) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg.b import g\n")
    (package / "b.py").write_text("from .sub import c\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "c.py").write_text("from .. import a\n")
    (package / "d.py").write_text("import pkg.a\n")
    graph = import_graph("pkg", tmp_path)
    assert graph["pkg.b"] == {"pkg.sub", "pkg.sub.c"}
    components = [c for c in strongly_connected(graph) if len(c) > 1]
    assert components == [["pkg.a", "pkg.b", "pkg.sub.c"]]
    assert a_cycle_in(components[0], graph) == ["pkg.a", "pkg.b", "pkg.sub.c", "pkg.a"]


@pytest.mark.parametrize("package", ["db", "workbench"])
def test_no_module_imports_itself_through_others(package: str) -> None:
    """A loop of imports (hidden in functions or not) means two modules are one concept
    split badly, or a lower one reaching up: move what both need below them both."""
    graph = import_graph(package)
    assert len(graph) > 5
    loops = [
        " -> ".join(a_cycle_in(component, graph))
        for component in strongly_connected(graph)
        if len(component) > 1
    ]
    assert loops == [], "import cycles:\n" + "\n".join(loops)


# --- writing files -------------------------------------------------------------------

WRITES_IN_PLACE = {
    ("workbench/lock.py", "_open_lock_file"): "the lock file is locked where it lies",
    ("workbench/backups.py", "_set_aside"): "moves a damaged file aside; writes nothing",
    ("workbench/backups.py", "_copy"): "into make_backup's partial file, synced then renamed",
    ("workbench/project.py", "copy_with_log"): "a scratch copy in a temporary folder",
    ("workbench/starter.py", "write_starter_json"): "a build step writing into the checkout",
}
"""Writes allowed outside :mod:`workbench.tempfiles`, each with its reason."""

_FILE_CALLS = {"os.replace", "os.rename", "os.fsync", "shutil.move", "shutil.copytree"}
_FILE_CALLS |= {"shutil.copy", "shutil.copyfile", "shutil.copy2"}
_FILE_METHODS = {"write_text", "write_bytes"}


def _raw_write(call: ast.Call) -> str | None:
    """What ``call`` is, if it writes or renames a file by hand: ``os.replace``, a
    ``write_text``, an ``open`` (builtin, ``Path.open`` or ``os.fdopen``) with a mode
    that writes."""
    function = call.func
    if not isinstance(function, ast.Attribute | ast.Name):
        return None
    written = ast.unparse(function)
    method = function.attr if isinstance(function, ast.Attribute) else None
    if written in _FILE_CALLS or method in _FILE_METHODS:
        return written
    if written in ("open", "os.fdopen") or (method == "open" and written != "os.open"):
        position = 1 if written in ("open", "os.fdopen") else 0
        modes = [*call.args[position : position + 1]]
        modes += [keyword.value for keyword in call.keywords if keyword.arg == "mode"]
        if any(isinstance(m, ast.Constant) and set(str(m.value)) & set("wxa+") for m in modes):
            return written
    return None


class _RawWrites(ast.NodeVisitor):
    """Every hand-made write in a module, under the function or method it is in."""

    def __init__(self) -> None:
        self.scope: list[str] = []
        self.found: dict[str, str] = {}

    def _enter(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _enter

    def visit_Call(self, node: ast.Call) -> None:
        what = _raw_write(node)
        if what is not None:
            self.found.setdefault(".".join(self.scope), f"{what} (line {node.lineno})")
        self.generic_visit(node)


def raw_writes(package: str, root: Path = ROOT) -> dict[tuple[str, str], str]:
    """(module path, function): the first hand-made write in it."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted((root / package).rglob("*.py")):
        if path.name == "tempfiles.py":
            continue
        visitor = _RawWrites()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        where = path.relative_to(root).as_posix()
        found.update(((where, scope), what) for scope, what in visitor.found.items())
    return found


def test_the_write_finder_sees_hand_made_writes_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text(
        "import os\n"
        "def a(p):\n    p.write_text('x')\n"
        "class B:\n    def save(self, p):\n        with open(p, 'w') as f: f.write('x')\n"
        "def c(p, q):\n    os.replace(p, q)\n"
        "def d(p):\n    with p.open('xb') as f: pass\n"
        "def e(n):\n    os.fdopen(n, 'r+')\n"
        "def reads(p, s):\n    open(p).read(); p.open('rb'); os.open(p, os.O_RDONLY)\n"
        "    return s.replace('a', 'b')\n"
    )
    assert set(raw_writes("pkg", tmp_path)) == {
        ("pkg/m.py", "a"),
        ("pkg/m.py", "B.save"),
        ("pkg/m.py", "c"),
        ("pkg/m.py", "d"),
        ("pkg/m.py", "e"),
    }


def test_files_are_written_only_through_the_atomic_write_helper() -> None:
    """A file written in place is half a file after a crash: every writer goes through
    :func:`workbench.tempfiles.atomic_write` or ``replace_atomically``."""
    found = raw_writes("workbench")
    assert {where: what for where, what in found.items() if where not in WRITES_IN_PLACE} == {}
    assert set(WRITES_IN_PLACE) <= set(found), "an allowed write is gone: drop it from the list"


# --- size ----------------------------------------------------------------------------

MAX_MODULE_LINES = 600
"""Past this a module is usually doing more than one thing; split it by concept."""


def test_no_workbench_module_is_over_the_size_limit() -> None:
    """Resources (the starter's authored content) are data, not code, and live outside."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "workbench").rglob("*.py")
    }
    over = {path: lines for path, lines in sorted(sizes.items()) if lines > MAX_MODULE_LINES}
    assert over == {}, f"over {MAX_MODULE_LINES} lines: {over}"


# --- references -------------------------------------------------------------------

OUTSIDE_REFERENCE = re.compile(r"DESIGN\.md|\.\./shared|\b[Ii]ssues? #?\d+\b")
"""What the code cites must be in the repository: a design document outside it or an
issue number means nothing to the next reader."""


def test_code_cites_only_what_is_in_the_repository() -> None:
    cited = {
        f"{path.relative_to(ROOT)}:{number}": line.strip()
        for folder in ("db", "workbench", "ui", "benchmarks", "tools")
        for path in (ROOT / folder).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE_REFERENCE.search(line)
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert cited == {}
    assert OUTSIDE_REFERENCE.search(readme) is None
