"""The administrator passphrase: set once, then asked for before models can be changed.

Only a salted scrypt hash is stored (``admin.json`` in the user config folder), never the
passphrase itself, so copying the config folder does not reveal it. scrypt is memory-hard, which
makes guessing on a stolen file slow; the comparison is constant-time. This is a guard against a
casual change of the clinical model, not against someone with write access to the config folder
(who could delete the file and set a new passphrase: the audit log records that).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from pathlib import Path

from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.errors import CxrError

log = logging.getLogger(__name__)

AUTH_NAME = "admin.json"
MIN_LENGTH = 8
# n=2**14, r=8 uses 16 MiB and about 50 ms: slow enough against guessing, fast enough for a dialog.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_LENGTH = 32
DAMAGED = "The administrator passphrase file is damaged. Ask IT to delete it so a new passphrase can be set."


class PassphraseError(CxrError):
    default_message = "The passphrase could not be set."


def auth_path(config_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_config_dir

    return (config_dir or user_config_dir()) / AUTH_NAME


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024)


def _read_record(config_dir: Path | None) -> dict | None:
    path = auth_path(config_dir)
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("kdf") != "scrypt" or not record.get("hash") or not record.get("salt"):
            raise ValueError("not an scrypt record")
        return record
    except (OSError, ValueError, AttributeError) as exc:
        # a damaged file must not silently become "no passphrase set": that would let anyone set a new one
        raise PassphraseError(
            DAMAGED, f"{path}: {exc!r}"
        ) from exc


def is_passphrase_set(config_dir: Path | None = None) -> bool:
    """True once an administrator passphrase exists (the dialog then asks for it instead of setting one)."""
    return auth_path(config_dir).is_file()


def check_new_passphrase(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase is refused, as a sentence, or None when it is acceptable."""
    if len(passphrase) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if passphrase != repeated:
        return "The two passphrases are not the same."
    return None


def set_passphrase(passphrase: str, config_dir: Path | None = None, *, replace: bool = False) -> None:
    """Store a new salted scrypt hash. Refuses to overwrite an existing one unless ``replace`` is given
    (the caller must have verified the old passphrase first)."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseError(f"Use at least {MIN_LENGTH} characters.")
    path = auth_path(config_dir)
    if path.exists() and not replace:
        raise PassphraseError("An administrator passphrase is already set.")
    salt = secrets.token_bytes(16)
    digest = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_LENGTH)
    record = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex(), "hash": digest.hex()}
    write_json_atomic(path, record, mode=0o600)  # owner-only from the first byte on disk
    log.info("administrator passphrase %s", "changed" if replace else "set")


def verify_passphrase(passphrase: str, config_dir: Path | None = None) -> bool:
    """True when ``passphrase`` matches the stored hash; False when it does not or none is set."""
    record = _read_record(config_dir)
    if record is None:
        return False
    try:
        expected = bytes.fromhex(record["hash"])
        salt = bytes.fromhex(record["salt"])
        actual = _derive(passphrase, salt, int(record["n"]), int(record["r"]), int(record["p"]), len(expected))
    except (ValueError, KeyError, TypeError) as exc:
        raise PassphraseError(DAMAGED, repr(exc)) from exc
    ok = hmac.compare_digest(actual, expected)
    if not ok:
        log.warning("wrong administrator passphrase entered")
    return ok
