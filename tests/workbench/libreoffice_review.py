"""A document reviewed by LibreOffice itself: a Basic macro, run by a headless
soffice in a profile of its own, opens the document, turns Track Changes on,
replaces words and comments on others as a reviewer would at the keyboard,
and saves it as Word 2007 XML. The reviewer's name is the profile's user name,
which LibreOffice writes as the author of every change.

No UNO bridge is needed (python3-uno is not installed): the macro lives in the
profile's Standard library, and soffice runs it from a ``macro:///`` URL.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

ANNOTATION = "com.sun.star.text.textfield.Annotation"


@dataclass(frozen=True)
class Edit:
    find: str
    """The first occurrence of this text is edited."""
    replace: str | None = None
    """Typed over it with tracking on (None: left as it is)."""
    comment: str = ""
    """A comment on it (after any replacement, on the text then found)."""


def review_in_libreoffice(source: Path, target: Path, reviewer: str, edits: list[Edit]) -> Path:
    """``source`` edited by LibreOffice as ``reviewer`` and saved to ``target``."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.fail("LibreOffice is needed (.ci/run installs it)")
    profile = target.parent / "lo-profile"
    _make_profile(office, profile, reviewer)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    module.write_text(_module(reviewer, edits), encoding="utf-8")
    macro = f'macro:///Standard.Module1.Review("{source}","{target}")'
    command = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", macro]
    subprocess.run(command, capture_output=True, check=True, timeout=180)
    if not target.exists():
        pytest.fail("LibreOffice's macro saved nothing")
    return target


def _make_profile(office: str, profile: Path, reviewer: str) -> None:
    """A fresh profile (its Standard library made by a first start), its user
    named ``reviewer``."""
    command = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    subprocess.run([*command, "--terminate_after_init"], capture_output=True, timeout=180)
    settings = profile / "user" / "registrymodifications.xcu"
    name = (
        '<item oor:path="/org.openoffice.UserProfile/Data">'
        f'<prop oor:name="givenname" oor:op="fuse"><value>{escape(reviewer)}</value></prop>'
        "</item>"
    )
    text = settings.read_text(encoding="utf-8").replace("</oor:items>", f"{name}</oor:items>")
    settings.write_text(text, encoding="utf-8")


def _basic(text: str) -> str:
    """A Basic string literal, escaped for the module's XML."""
    return escape('"' + text.replace('"', '""') + '"', {'"': "&quot;"})


def _module(reviewer: str, edits: list[Edit]) -> str:
    steps = []
    for edit in edits:
        steps.append(f"  search.SearchString = {_basic(edit.find)}")
        steps.append("  found = document.findFirst(search)")
        if edit.replace is not None:
            steps.append(f"  found.setString({_basic(edit.replace)})")
        if edit.comment:
            steps += [
                f"  note = document.createInstance({_basic(ANNOTATION)})",
                f"  note.Author = {_basic(reviewer)}",
                f"  note.Content = {_basic(edit.comment)}",
                "  note.DateTimeValue = written",
                "  found.getText().insertTextContent(found, note, True)",
            ]
    body = "\n".join(steps)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script"
  script:name="Module1" script:language="StarBasic">
Sub Review(source As String, target As String)
  Dim opening(0) As New com.sun.star.beans.PropertyValue
  opening(0).Name = {_basic("Hidden")}
  opening(0).Value = True
  frame = {_basic("_blank")}
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), frame, 0, opening())
  document.RecordChanges = True
  search = document.createSearchDescriptor()
  Dim written As New com.sun.star.util.DateTime
  written.Year = 2026
  written.Month = 12
  written.Day = 2
  written.Hours = 9
  written.Minutes = 30
{body}
  Dim saving(0) As New com.sun.star.beans.PropertyValue
  saving(0).Name = {_basic("FilterName")}
  saving(0).Value = {_basic("MS Word 2007 XML")}
  document.storeToURL(ConvertToURL(target), saving())
  document.close(True)
  StarDesktop.terminate()
End Sub
</script:module>
"""
