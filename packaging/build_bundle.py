"""Build the desktop bundle: ``dist/workbench/``, the app with its own Python and Qt.

    python3 packaging/build_bundle.py [--dist DIR] [--work DIR] [--venv DIR]

From a clean checkout, with Python 3.11 or newer (on Debian and Ubuntu also
``binutils`` and ``libpython3-dev``, which PyInstaller needs). It makes a build
virtual environment of its own (``build/bundle-venv``: the app's dependencies and
the PyInstaller of ``packaging/requirements.txt``, from PyPI), reused while those
requirements stay the same, then runs PyInstaller on ``packaging/workbench.spec``.
The app's own code is taken from this checkout. Prints the bundle's folder last.
Details: docs/packaging.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.tempfiles import atomic_write  # noqa: E402 (the standard library only)

SPEC = ROOT / "packaging" / "workbench.spec"
BUILD_REQUIREMENTS = ROOT / "packaging" / "requirements.txt"
STAMP = "workbench-build-requirements.txt"
"""Written into the build venv: what it was made with, to tell when to make it again."""


def requirements() -> list[str]:
    """The app's dependencies (pyproject.toml) and the build tools, one per line."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tools = BUILD_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    tools = [line.split("#")[0].strip() for line in tools]
    return [*project["project"]["dependencies"], *(line for line in tools if line)]


def venv_python(folder: Path) -> Path:
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    return folder / scripts / ("python.exe" if sys.platform == "win32" else "python")


def build_environment(folder: Path) -> Path:
    """The build venv's interpreter, the venv made or brought up to date first."""
    wanted = "\n".join(requirements()) + "\n"
    stamp = folder / STAMP
    python = venv_python(folder)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    print(f"making the build environment {folder} ...", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *requirements()], check=True)
    with atomic_write(stamp, "w") as written:
        written.write(wanted)
    return python


def build(python: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller; the bundle's folder."""
    command = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    name = "Workbench.app" if sys.platform == "darwin" else "workbench"
    return dist / name


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv")
    arguments = parser.parse_args()
    python = build_environment(arguments.venv.resolve())
    print(f"building with {python} ...", flush=True)
    bundle = build(python, arguments.dist.resolve(), arguments.work.resolve())
    print(f"{folder_size(bundle) / 2**20:.0f} MB in {bundle}", flush=True)
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
