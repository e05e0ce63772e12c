"""Share bundles (``.wbshare``): a project's interchange document, compressed,
optionally encrypted, to hand to a colleague by USB stick, e-mail or messenger.

A bundle is a ZIP archive with exactly two members:

* ``manifest.json``: format name and version, and for encrypted bundles the
  cipher, the key derivation and its parameters;
* ``interchange.jsonl`` (plain bundles, deflated) or ``interchange.enc``
  (encrypted bundles: AES-256-GCM over the zlib-compressed document, key from
  the passphrase by scrypt; the manifest's bytes are the associated data, so
  changing the header is detected like changing the content).

Version 2 lays the document out one record per line behind an index of ids
and revisions (:mod:`workbench.interchange.record_lines`), so a merge parses
only the records that differ from ours. Version 1 (the whole document as one
JSON value in ``interchange.json``) is still read.

Reading never extracts to disk, accepts no other member, and caps every size
it reads (decompression bombs stop at the cap, whatever the archive claims).
"""

from __future__ import annotations

import base64
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from workbench import ancestors
from workbench.confidential import without_confidential
from workbench.errors import WorkbenchError
from workbench.filesystem import cannot_write
from workbench.inputs import what_is_wrong
from workbench.interchange import InterchangeError, dump_document
from workbench.interchange.record_lines import from_lines, to_lines
from workbench.project import Project
from workbench.tempfiles import atomic_write, refuse_link
from workbench.zip_limits import (
    MemberTooLarge,
    expansion_limit,
    read_capped,
    unsupported_storage,
)

FORMAT_NAME = "workbench-share"
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
PLAIN_MEMBER = "interchange.jsonl"
PLAIN_MEMBER_V1 = "interchange.json"
"""Version 1's plain member: the whole document as one JSON value."""
SEALED_MEMBER = "interchange.enc"
MAX_BUNDLE_BYTES = 1024**3
MAX_DOCUMENT_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 64 * 1024
SCRYPT_N = 2**17
"""scrypt cost: 128 MiB of memory and about half a second per derivation."""
SCRYPT_LIMITS = (2**14, 2**18)
"""A bundle may not ask for more than 256 MiB and a second or two per attempt (a
hostile manifest could ask for gigabytes, on every wrong passphrase)."""

PassphraseSource = Callable[[], str]


class ShareError(WorkbenchError):
    """A bundle that cannot be made or read; says what is wrong with it."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class WrongPassphrase(ShareError):
    pass


# --- writing -------------------------------------------------------------------------


def share(
    project: Project,
    target: Path,
    *,
    passphrase: str | None = None,
    include_confidential: bool = False,
) -> dict[str, int]:
    """Write a bundle of the project; returns how many records of each kind went in.

    A ``target`` that is a symbolic link is refused first (:class:`LinkRefused`).
    """
    refuse_link(Path(target))
    document = dump_document(project)
    if not include_confidential:
        document = without_confidential(document)
    with project.reading() as session:
        ancestors.carry(session, document, _sections(document))
    payload = to_lines(document)
    manifest: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if passphrase is None:
            manifest["encrypted"] = False
            manifest_bytes = json.dumps(manifest).encode()
            archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
            archive.writestr(PLAIN_MEMBER, payload, zipfile.ZIP_DEFLATED)
        else:
            salt, nonce = os.urandom(16), os.urandom(12)
            manifest.update(
                encrypted=True,
                cipher="AES-256-GCM",
                kdf={"name": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": _b64(salt)},
                nonce=_b64(nonce),
            )
            manifest_bytes = json.dumps(manifest).encode()
            key = _derive(passphrase, salt, SCRYPT_N)
            sealed = AESGCM(key).encrypt(nonce, zlib.compress(payload, 6), manifest_bytes)
            archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_STORED)
            archive.writestr(SEALED_MEMBER, sealed, zipfile.ZIP_STORED)
    _write_atomically(target, buffer.getvalue())
    return {section: len(document.get(section, [])) for section in _sections(document)}


def _sections(document: dict[str, Any]) -> list[str]:
    from workbench.interchange import SECTION_NAMES

    return [s for s in SECTION_NAMES.values() if s in document]


def _write_atomically(target: Path, data: bytes) -> None:
    try:
        with atomic_write(target) as handle:
            handle.write(data)
    except OSError as error:
        refusal = cannot_write(error, target)  # read-only, no folder, full: as everywhere
        raise refusal or ShareError(target, f"cannot be written ({error.strerror})") from error


# --- reading -------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """Whether reading ``path`` will need a passphrase (only its manifest is read).

    False for anything that is not a readable bundle: reading it says what is
    wrong with it, so the app asks for a passphrase only when one is needed.
    """
    if what_is_wrong(path) is not None:
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            _checked_members(path, archive)
            raw = _read_member(path, archive, MANIFEST, MAX_MANIFEST_BYTES)
        return bool(_manifest(path, raw).get("encrypted"))
    except (ShareError, zipfile.BadZipFile, OSError, EOFError, zlib.error):
        return False


def read_bundle(
    path: Path, passphrase: PassphraseSource | None = None, *, lazy: bool = False
) -> Any:
    """The interchange document in a bundle (parsed JSON, not yet validated).

    ``lazy`` leaves a version 2 bundle's records unparsed, as
    :class:`~workbench.interchange.record_lines.UnparsedRecord` (a merge parses
    the ones that differ from ours); only a merge's planning reads those."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ShareError(path, f"cannot be read ({error.strerror})") from error
    if size > MAX_BUNDLE_BYTES:
        raise ShareError(path, f"is {size:,} bytes, over the 1 GiB limit for a bundle")
    try:
        with zipfile.ZipFile(path) as archive:
            names = _checked_members(path, archive)
            manifest_bytes = _read_member(path, archive, MANIFEST, MAX_MANIFEST_BYTES)
            manifest = _manifest(path, manifest_bytes)
            if manifest.get("encrypted"):
                if SEALED_MEMBER not in names:
                    raise ShareError(path, f"is encrypted but has no {SEALED_MEMBER}")
                sealed = _read_member(path, archive, SEALED_MEMBER, MAX_DOCUMENT_BYTES)
                payload = _open_sealed(path, manifest, manifest_bytes, sealed, passphrase)
            else:
                member = PLAIN_MEMBER if manifest["version"] >= 2 else PLAIN_MEMBER_V1
                if member not in names:
                    raise ShareError(path, f"has no {member}")
                payload = _read_member(path, archive, member, MAX_DOCUMENT_BYTES)
    except zipfile.BadZipFile as error:
        raise ShareError(path, f"is damaged or not a share bundle ({error})") from error
    except (OSError, EOFError, zlib.error) as error:
        raise ShareError(path, f"is damaged (truncated or altered): {error}") from error
    try:
        # orjson parses a large bundle in two thirds of json's time (parsing is a
        # sixth of a large merge); it checks the UTF-8 itself and refuses nesting
        # deeper than 1,024 levels.
        if manifest["version"] >= 2:
            return from_lines(payload, lazy=lazy)
        return orjson.loads(payload)
    except InterchangeError as error:
        raise ShareError(path, f"is damaged: {error}") from error
    except (orjson.JSONDecodeError, RecursionError) as error:
        raise ShareError(path, "holds no readable interchange document") from error


def _checked_members(path: Path, archive: zipfile.ZipFile) -> set[str]:
    names = set()
    for info in archive.infolist():
        name = info.filename
        if (
            name.startswith(("/", "\\"))
            or ".." in name.replace("\\", "/").split("/")
            or ":" in name
        ):
            raise ShareError(path, f"holds a member with an unsafe name ({name!r}); refused")
        if name not in (MANIFEST, PLAIN_MEMBER, PLAIN_MEMBER_V1, SEALED_MEMBER):
            raise ShareError(path, f"holds an unexpected member {name!r}; refused")
        if name in names:
            raise ShareError(path, f"holds {name!r} twice; refused")
        if problem := unsupported_storage(info):
            raise ShareError(path, f"{name} {problem}, which share bundles never use; refused")
        names.add(name)
    if MANIFEST not in names:
        raise ShareError(path, "has no manifest: not a Workbench share bundle")
    return names


def _read_member(path: Path, archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes, whatever the archive claims the size is."""
    try:
        return read_capped(archive, archive.getinfo(name), limit)
    except MemberTooLarge as error:
        raise ShareError(path, error.problem) from error


def _manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ShareError(path, "has an unreadable manifest") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ShareError(path, "is not a Workbench share bundle")
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise ShareError(path, f"has an invalid bundle version {version!r}")
    if version > FORMAT_VERSION:
        raise ShareError(
            path,
            f"was made with bundle format version {version}; this Workbench reads "
            f"versions up to {FORMAT_VERSION}. Update Workbench to open it.",
        )
    return manifest


def _open_sealed(
    path: Path,
    manifest: dict[str, Any],
    manifest_bytes: bytes,
    sealed: bytes,
    passphrase: PassphraseSource | None,
) -> bytes:
    kdf = manifest.get("kdf") or {}
    try:
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt, nonce = _unb64(kdf["salt"]), _unb64(manifest["nonce"])
    except (KeyError, TypeError, ValueError) as error:
        raise ShareError(path, "has a damaged encryption header") from error
    if (
        manifest.get("cipher") != "AES-256-GCM"
        or kdf.get("name") != "scrypt"
        or (r, p) != (8, 1)
        or not SCRYPT_LIMITS[0] <= n <= SCRYPT_LIMITS[1]
        or n & (n - 1)
        or len(nonce) != 12
    ):
        raise ShareError(path, "uses encryption settings this Workbench does not accept")
    if passphrase is None:
        raise WrongPassphrase(path, "is encrypted: a passphrase is needed")
    key = _derive(passphrase(), salt, n)
    try:
        compressed = AESGCM(key).decrypt(nonce, sealed, manifest_bytes)
    except InvalidTag:
        raise WrongPassphrase(
            path, "wrong passphrase, or the bundle was altered after it was made"
        ) from None
    # The same caps as a plain bundle's member: its size, and how far it may expand.
    limit = expansion_limit(len(compressed), MAX_DOCUMENT_BYTES)
    decompressor = zlib.decompressobj()
    payload = decompressor.decompress(compressed, limit + 1)
    if len(payload) > limit or decompressor.unconsumed_tail:
        raise ShareError(path, "expands beyond a safe size; refused")
    return payload


def _derive(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
