"""Build hook: compile the interface translations (.ts -> .qm) as part of the install.

Qt's ``pyside6-lrelease`` compiles them when it is at hand (PySide6 installed in
the building Python, or on PATH). The compiled files are also kept in the
repository (a test checks they match their sources), so a build that cannot
run lrelease, such as pip's isolated build environment holding only
setuptools, still ships working translations.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def _lrelease() -> str | None:
    return shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )


class BuildWithTranslations(build_py):
    def run(self) -> None:
        tool = _lrelease()
        if tool is None:
            print("pyside6-lrelease not found: shipping the committed .qm files")
        else:
            for source in sorted(TRANSLATIONS.glob("*.ts")):
                target = source.with_suffix(".qm")
                result = subprocess.run(
                    [tool, "-silent", str(source), "-qm", str(target)], check=False
                )
                if result.returncode != 0:
                    print(f"lrelease failed on {source.name}: keeping the committed .qm")
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
