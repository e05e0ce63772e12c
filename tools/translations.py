"""Keep the interface translations in step with the code: ``.ts`` sources and ``.qm``.

    python tools/translations.py update    # refresh resources/translations/*.ts
    python tools/translations.py release   # compile them to .qm (pyside6-lrelease)
    python tools/translations.py check     # exit 1 if a string is new or untranslated

Qt's ``pyside6-lupdate`` finds ``self.tr("...")``, ``QCoreApplication.translate``
and ``QT_TRANSLATE_NOOP`` calls. It cannot see what our code translates
indirectly, so this script adds, read off the syntax tree:

* calls of a module's translating helper (``def _tr(text): return
  QCoreApplication.translate("Messages", text)``), under that helper's context;
* ``tr(NAME)`` where NAME is a module-level string constant;
* ``translate("Ctx", words.get(...))`` where ``words`` is a literal dict;
* every vocabulary identifier (``in_force`` as "in force", context
  ``Vocabulary``), which ``ui.labels.value_label`` translates at run time.

Existing translations are kept; strings no longer in the code are dropped.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk")
Key = tuple[str, str]
"""(context, source text)."""


def tool(name: str) -> str | None:
    """A Qt tool installed with PySide6 next to this Python, or on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def ui_files() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_keys(files: Iterable[Path]) -> list[Key]:
    """What pyside6-lupdate itself finds in ``files``."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found: pip install PySide6-Essentials")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "found.ts"
        subprocess.run(
            [lupdate, "-silent", "-no-obsolete", *map(str, files), "-ts", str(target)],
            check=True,
            capture_output=True,
        )
        return [key for key, _ in read_ts(target)]


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that translate their argument: name -> context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _call_name(inner) == "translate"
                and len(inner.args) == 2
                and _literal(inner.args[0]) is not None
                and isinstance(inner.args[1], ast.Name)
            ):
                found[node.name] = str(_literal(inner.args[0]))
    return found


def _constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], _literal(node.value)
            if isinstance(target, ast.Name) and value is not None:
                constants[target.id] = value
    return constants


def _dicts(tree: ast.AST) -> dict[str, list[str]]:
    """Names bound to dict literals of strings, anywhere in the module (two dicts of
    one name, in different functions, both count: neither may hide the other)."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Dict)
        ):
            values = [_literal(v) for v in node.value.values]
            if values and all(v is not None for v in values):
                found.setdefault(node.targets[0].id, []).extend(str(v) for v in values)
    return found


def indirect_keys(path: Path) -> Iterator[Key]:
    """Strings translated through helpers, constants or dicts, which lupdate misses."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers, constants, dicts = _helpers(tree), _constants(tree), _dicts(tree)
    classes: dict[ast.AST, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                classes.setdefault(inner, node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, first = _call_name(node), node.args[0]
        if name in helpers and isinstance(node.func, ast.Name) and _literal(first) is not None:
            yield helpers[name], str(_literal(first))
        elif name == "tr" and isinstance(first, ast.Name) and first.id in constants:
            if node in classes:
                yield classes[node], constants[first.id]
        elif name == "translate" and len(node.args) == 2 and _literal(first) is not None:
            second = node.args[1]
            if (
                isinstance(second, ast.Call)
                and isinstance(second.func, ast.Attribute)
                and isinstance(second.func.value, ast.Name)
                and second.func.value.id in dicts
            ):
                yield from ((str(_literal(first)), v) for v in dicts[second.func.value.id])


NOT_SHOWN_AS_VALUES = ("RECORD_KIND_NAMES", "CONFLICT_POLICIES")
"""Vocabularies the interface never shows through ``ui.labels.value_label``: record
kinds are named by ``ui.labels.kind_name``; conflict policies are command-line words
(the merge dialog words its choices itself)."""


def vocabulary_keys() -> list[Key]:
    sys.path.insert(0, str(ROOT))
    from db import vocabulary

    values: dict[str, None] = {}
    for name in dir(vocabulary):
        group = getattr(vocabulary, name)
        if name.isupper() and isinstance(group, tuple) and name not in NOT_SHOWN_AS_VALUES:
            values.update(
                (v.replace("_", " "), None) for v in group if v not in vocabulary.DOCUMENT_LANGUAGES
            )
    return [("Vocabulary", v) for v in values]


def catalogue() -> list[Key]:
    """Every string the interface translates, in a stable order, without repeats."""
    files = ui_files()
    keys = lupdate_keys(files)
    for path in files:
        keys.extend(indirect_keys(path))
    keys.extend(vocabulary_keys())
    return sorted(dict.fromkeys(keys))


def read_ts(path: Path) -> list[tuple[Key, str | None]]:
    """(key, translation) pairs of a .ts file; None where unfinished or empty."""
    pairs: list[tuple[Key, str | None]] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            text = None if element is None else element.text
            if element is not None and element.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                text = None
            pairs.append(((name, source), text or None))
    return pairs


def write_ts(path: Path, language: str, keys: list[Key], known: dict[Key, str]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context_element: ET.Element | None = None
    current = None
    for context, source in keys:
        if context != current or context_element is None:
            context_element = ET.SubElement(root, "context")
            ET.SubElement(context_element, "name").text = context
            current = context
        message = ET.SubElement(context_element, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if (context, source) in known:
            translation.text = known[(context, source)]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def ts_path(language: str) -> Path:
    return TS_DIR / f"workbench_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"workbench_{language}.qm"


def update() -> None:
    keys = catalogue()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language)
        known = {k: t for k, t in read_ts(path) if t} if path.exists() else {}
        write_ts(path, language, keys, known)


def release(target_dir: Path = TS_DIR) -> list[Path]:
    """Compile each .ts to .qm in ``target_dir``; the files written."""
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease")
    written = []
    for language in LANGUAGES:
        out = target_dir / qm_path(language).name
        subprocess.run(
            [lrelease, "-silent", str(ts_path(language)), "-qm", str(out)],
            check=True,
            capture_output=True,
        )
        written.append(out)
    return written


def problems() -> list[str]:
    """New strings missing from a .ts, and strings left untranslated."""
    keys = catalogue()
    found = []
    for language in LANGUAGES:
        pairs = dict(read_ts(ts_path(language)))
        found += [f"{language}: new string {k!r}" for k in keys if k not in pairs]
        found += [f"{language}: untranslated {k!r}" for k, t in pairs.items() if not t]
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        issues = problems()
        print("\n".join(issues) or "all strings translated")
        return 1 if issues else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
