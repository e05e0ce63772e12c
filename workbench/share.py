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
import json
import os
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from workbench import ancestors
from workbench.confidential import WITHHELD, confidential_ids, without_withheld_links
from workbench.errors import WorkbenchError
from workbench.filesystem import cannot_write
from workbench.inputs import what_is_wrong
from workbench.interchange import InterchangeError, header
from workbench.interchange.dumping import iter_records, iter_tombstones
from workbench.interchange.record_lines import from_lines, head_line, record_line
from workbench.kinds import SECTION_NAMES
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

    Records are gathered one at a time into a compressed buffer, then written
    behind the index line: a share holds the project compressed, not every
    record as Python objects (716 MiB for 100,000 records when it did). A
    ``target`` that is a symbolic link is refused first (:class:`LinkRefused`).
    """
    refuse_link(Path(target))
    gathered = _gather(project, include_confidential)
    try:
        with atomic_write(target) as handle:
            _write_bundle(handle, gathered, passphrase)
    except OSError as error:
        refusal = cannot_write(error, target)  # read-only, no folder, full: as everywhere
        raise refusal or ShareError(target, f"cannot be written ({error.strerror})") from error
    return gathered.counts


@dataclass
class _Gathered:
    """A bundle's document, ready to write: its first line, and its records' lines
    (each after a line break) compressed in pieces."""

    head: bytes
    body: list[bytes]
    size: int
    """Bytes of the whole document, uncompressed."""
    counts: dict[str, int]

    def payload(self) -> Iterator[bytes]:
        yield self.head
        decompressor = zlib.decompressobj()
        for piece in self.body:
            yield decompressor.decompress(piece)
        yield decompressor.flush()


def _gather(project: Project, include_confidential: bool) -> _Gathered:
    """The project's records, less non-public evidence and sources and every link
    to them unless ``include_confidential``, with the ancestors merges may need."""
    document = header(project, project.clock())
    compressor = zlib.compressobj(1)
    body: list[bytes] = []
    size = 0
    index: list[list[str]] = []
    ancestors_of: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    with project.reading() as session:
        withheld = frozenset(
            () if include_confidential else (str(i) for i in confidential_ids(session))
        )
        for kind, section in SECTION_NAMES.items():
            counts[section] = 0
            document[section] = []
            for item in iter_records(session, kind):
                if item["id"] in withheld:
                    continue
                item = without_withheld_links(item, withheld) if withheld else item
                index.append([section, item["id"], item["revision"]])
                ancestors_of[item["id"]] = item["ancestors"]
                line = b"\n" + record_line(item)
                size += len(line)
                if piece := compressor.compress(line):
                    body.append(piece)
                counts[section] += 1
        document["tombstones"] = list(iter_tombstones(session))
        if withheld:
            document[WITHHELD] = True
        present = set(ancestors_of) | {t["id"] for t in document["tombstones"]}
        document[ancestors.CARRIED_KEY] = ancestors.carried_for(session, ancestors_of, present)
    body.append(compressor.flush())
    head = head_line(document, index)
    return _Gathered(head, body, size + len(head), counts)


def _write_bundle(handle: BinaryIO, gathered: _Gathered, passphrase: str | None) -> None:
    manifest: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    with zipfile.ZipFile(handle, "w") as archive:
        if passphrase is None:
            manifest["encrypted"] = False
            archive.writestr(_member(MANIFEST, zipfile.ZIP_DEFLATED), json.dumps(manifest))
            with archive.open(
                _member(PLAIN_MEMBER, zipfile.ZIP_DEFLATED, gathered.size), "w"
            ) as out:
                for piece in gathered.payload():
                    out.write(piece)
            return
        salt, nonce = os.urandom(16), os.urandom(12)
        manifest.update(
            encrypted=True,
            cipher="AES-256-GCM",
            kdf={"name": "scrypt", "n": SCRYPT_N, "r": 8, "p": 1, "salt": _b64(salt)},
            nonce=_b64(nonce),
        )
        manifest_bytes = json.dumps(manifest).encode()
        archive.writestr(_member(MANIFEST, zipfile.ZIP_STORED), manifest_bytes)
        # AES-GCM in pieces over the compressed document: the same bytes as
        # AESGCM.encrypt (ciphertext, then the 16-byte tag) with the manifest as
        # associated data, without the document whole in memory.
        key = _derive(passphrase, salt, SCRYPT_N)
        encryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(manifest_bytes)
        compressor = zlib.compressobj(6)
        with archive.open(_member(SEALED_MEMBER, zipfile.ZIP_STORED, gathered.size), "w") as out:
            for piece in gathered.payload():
                out.write(encryptor.update(compressor.compress(piece)))
            out.write(encryptor.update(compressor.flush()))
            out.write(encryptor.finalize())
            out.write(encryptor.tag)


def _member(name: str, method: int, size: int = 0) -> zipfile.ZipInfo:
    """A member written now; ``size`` (what it may reach) decides whether it needs
    the zip64 extension, as zipfile cannot tell before the data is written."""
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = method
    info.file_size = size
    return info


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
