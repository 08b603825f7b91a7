"""The administrator passphrase: set when cxrviewer is installed, asked for before models can be changed.

Only a salted scrypt hash is stored (``admin.json``), never the passphrase itself, so copying the file
does not reveal it. scrypt is memory-hard, which makes guessing on a stolen file slow; the comparison is
constant-time. This is a guard against a casual change of the clinical model, not against someone with
write access to the folder that holds the hash (who could delete it: the audit log records what follows).

Where the hash lives:

- **System-wide** (``install.sh --system``): ``/etc/opt/cxrviewer/admin.json`` (FHS: configuration of a
  package installed in ``/opt``), written by root, readable by every user (each user's viewer checks
  against it), writable by nobody else. When this file exists it is the only one that counts, so no user
  can become administrator by setting a passphrase of their own. The location is fixed, not taken from
  the environment, for the same reason.
- **Per user** (a per-user installation): ``admin.json`` in the user's config folder, owner-only.

The viewer never sets a passphrase: ``install.sh`` does, through ``cxrviewer-cli set-passphrase``
(``set_passphrase_command`` says the exact command for this installation). Otherwise the first person to
open Administration on a shared computer would own it.

Wrong passphrases are slowed down (``unlock``): after ``FREE_TRIES`` wrong tries in a row each further try
must wait, twice as long each time, up to ``MAX_DELAY_S``. The count is kept in the user's config folder
(``admin-attempts.json``) so restarting the viewer does not reset it, and every wrong try is written to
the audit log.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import shlex
import sys
import time
from pathlib import Path

from cxrviewer.core.admin import audit
from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.errors import N_, CxrError, _

log = logging.getLogger(__name__)

AUTH_NAME = "admin.json"
ATTEMPTS_NAME = "admin-attempts.json"
SYSTEM_CONFIG_DIR = Path("/etc/opt/cxrviewer")  # install.sh --system writes here (see the module docstring)
MIN_LENGTH = 8
# n=2**14, r=8 uses 16 MiB and about 50 ms: slow enough against guessing, fast enough for a dialog.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_LENGTH = 32
FREE_TRIES = 3  # wrong tries in a row before each further try must wait
FIRST_DELAY_S = 5.0  # the wait after the FREE_TRIES-th wrong try; doubles with every further wrong try
MAX_DELAY_S = 300.0
PRIVATE_FILE = 0o600
SHARED_FILE = 0o644  # the system-wide hash: every user reads it, only root writes it
SHARED_FOLDER = 0o755
DAMAGED = N_("The administrator passphrase file is damaged; IT must set the passphrase again.")


class PassphraseError(CxrError):
    default_message = N_("The passphrase could not be set.")


class TooManyAttempts(CxrError):
    """A try came before the wait that follows several wrong passphrases was over."""

    def __init__(self, wait_s: float) -> None:
        self.wait_s = wait_s
        super().__init__(_("Too many wrong passphrases. Try again in {wait}.").format(wait=wait_words(wait_s)))


def wait_words(seconds: float) -> str:
    """'1 second', '40 seconds', '3 minutes' (rounded up: never promise a wait shorter than it is)."""
    whole = max(1, int(-(-seconds // 1)))
    if whole == 1:
        return _("1 second")
    if whole < 90:
        return _("{count} seconds").format(count=whole)
    return _("{count} minutes").format(count=-(-whole // 60))


# ---------------------------------------------------------------- where the hash is


def system_auth_path() -> Path:
    return SYSTEM_CONFIG_DIR / AUTH_NAME


def user_auth_path(config_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_config_dir

    return (config_dir or user_config_dir()) / AUTH_NAME


def auth_path(config_dir: Path | None = None) -> Path:
    """The passphrase file in force: the system-wide one when it exists, else the user's
    (``config_dir`` stands for the user's config folder)."""
    system = system_auth_path()
    return system if system.is_file() else user_auth_path(config_dir)


def is_system_wide(config_dir: Path | None = None) -> bool:
    return auth_path(config_dir) == system_auth_path()


def is_passphrase_set(config_dir: Path | None = None) -> bool:
    """True once an administrator passphrase exists; until then administration stays closed."""
    return auth_path(config_dir).is_file()


def set_passphrase_command() -> str:
    """The command that sets the passphrase for this installation, as IT would type it in a terminal.

    Where a system-wide passphrase exists, or a frozen program is installed where its user cannot write
    (``install.sh --system``), it is set system-wide with sudo; any other installation for the user who
    runs it (with the same ``CXRVIEWER_HOME``, which decides where the user's files are).
    """
    exe = Path(sys.executable)
    frozen = getattr(sys, "frozen", False)
    if frozen:
        program = shlex.quote(str(exe.with_name("cxrviewer-cli" + (".exe" if exe.suffix.lower() == ".exe" else ""))))
    else:
        script = exe.with_name("cxrviewer-cli")
        program = shlex.quote(str(script)) if script.is_file() else f"{shlex.quote(str(exe))} -m cxrviewer"
    if system_auth_path().is_file() or (frozen and not os.access(exe.parent, os.W_OK)):
        return f"sudo {program} set-passphrase --system-dir {shlex.quote(str(SYSTEM_CONFIG_DIR))}"
    home = os.environ.get("CXRVIEWER_HOME")
    return f"{'CXRVIEWER_HOME=' + shlex.quote(home) + ' ' if home else ''}{program} set-passphrase"


# ---------------------------------------------------------------- setting and checking


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 1024 * 1024)


def _read_record(path: Path) -> dict | None:
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("kdf") != "scrypt" or not record.get("hash") or not record.get("salt"):
            raise ValueError("not an scrypt record")
        return record
    except (OSError, ValueError, AttributeError) as exc:
        # a damaged file must not silently become "no passphrase set": administration stays closed
        raise PassphraseError(DAMAGED, f"{path}: {exc!r}") from exc


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str | None:
    """Why a new passphrase is refused, as a sentence, or None when it is acceptable."""
    if not passphrase.strip():
        return _("The passphrase is empty.")
    if len(passphrase) < MIN_LENGTH:
        return _("Use at least {minimum} characters.").format(minimum=MIN_LENGTH)
    if repeated is not None and passphrase != repeated:
        return _("The two passphrases are not the same.")
    return None


def set_passphrase(passphrase: str, config_dir: Path | None = None, *, replace: bool = False,
                   system_wide: bool = False) -> Path:
    """Store a new salted scrypt hash in ``config_dir`` (default: the user's config folder); returns the file.

    Refuses to overwrite an existing one unless ``replace`` is given. ``system_wide`` (``install.sh
    --system``, as root; ``config_dir`` defaults to ``SYSTEM_CONFIG_DIR`` then) makes the file readable by
    every user (0644 in a 0755 folder); otherwise file and folder are owner-only (0600, 0700).
    """
    problem = check_new_passphrase(passphrase)
    if problem:
        raise PassphraseError(problem)
    path = (config_dir or SYSTEM_CONFIG_DIR) / AUTH_NAME if system_wide else user_auth_path(config_dir)
    if path.exists() and not replace:
        raise PassphraseError(_("An administrator passphrase is already set."), str(path))
    if system_wide:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, SHARED_FOLDER)  # whatever root's umask: every user's viewer must read the hash
    else:
        audit.private_folder(path.parent)
    salt = secrets.token_bytes(16)
    digest = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_LENGTH)
    record = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": salt.hex(), "hash": digest.hex()}
    # the temporary file is owner-only from its first byte (mkstemp); the mode is set before the rename
    write_json_atomic(path, record, mode=SHARED_FILE if system_wide else PRIVATE_FILE)
    log.info("administrator passphrase %s in %s", "changed" if replace else "set", path)
    return path


def verify_passphrase(passphrase: str, config_dir: Path | None = None) -> bool:
    """True when ``passphrase`` matches the hash in force; False when it does not or none is set.
    No slowing down and no audit entry: the administration window uses ``unlock``."""
    record = _read_record(auth_path(config_dir))
    if record is None:
        return False
    try:
        expected = bytes.fromhex(record["hash"])
        salt = bytes.fromhex(record["salt"])
        actual = _derive(passphrase, salt, int(record["n"]), int(record["r"]), int(record["p"]), len(expected))
    except (ValueError, KeyError, TypeError) as exc:
        raise PassphraseError(DAMAGED, repr(exc)) from exc
    return hmac.compare_digest(actual, expected)


# ---------------------------------------------------------------- slowing down wrong passphrases


def attempts_path(config_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_config_dir

    return (config_dir or user_config_dir()) / ATTEMPTS_NAME


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row: 0 before FREE_TRIES, then 5, 10, 20, … 300."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - FREE_TRIES, 16))


def _read_attempts(config_dir: Path | None) -> tuple[int, float]:
    """(wrong tries in a row, time of the last one). A damaged file counts as FREE_TRIES wrong tries at
    the time it was last written: deleting the file resets the count, damaging it does not."""
    path = attempts_path(config_dir)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return max(0, int(record["failures"])), float(record["last_failure"])
    except FileNotFoundError:
        return 0, 0.0
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("%s is damaged; treated as %d wrong tries", path, FREE_TRIES)
        try:
            return FREE_TRIES, path.stat().st_mtime
        except OSError:
            return FREE_TRIES, time.time()


def _write_attempts(config_dir: Path | None, failures: int, last_failure: float) -> None:
    path = attempts_path(config_dir)
    audit.private_folder(path.parent)
    write_json_atomic(path, {"failures": failures, "last_failure": last_failure}, mode=PRIVATE_FILE)


def wrong_tries(config_dir: Path | None = None) -> int:
    return _read_attempts(config_dir)[0]


def seconds_to_wait(config_dir: Path | None = None, now: float | None = None) -> float:
    """How long until the next try is allowed (0 when it is allowed now)."""
    now = time.time() if now is None else now
    failures, last = _read_attempts(config_dir)
    delay = delay_after(failures)
    if delay <= 0:
        return 0.0
    if last > now:  # the clock was set back: count the wait from now, not from a time in the future
        _write_attempts(config_dir, failures, now)
        last = now
    return max(0.0, last + delay - now)


def unlock(passphrase: str, config_dir: Path | None = None, *, now: float | None = None) -> bool:
    """Check the passphrase the way the administration window does: refuse a try made too soon after
    several wrong ones (``TooManyAttempts``), count and audit a wrong one, clear the count on success."""
    now = time.time() if now is None else now
    wait = seconds_to_wait(config_dir, now)
    if wait > 0:
        raise TooManyAttempts(wait)
    if verify_passphrase(passphrase, config_dir):
        attempts_path(config_dir).unlink(missing_ok=True)
        return True
    failures = wrong_tries(config_dir) + 1
    _write_attempts(config_dir, failures, now)
    log.warning("wrong administrator passphrase entered (%d in a row)", failures)
    try:
        audit.append_entry(audit.WRONG_PASSPHRASE, wrong_tries_in_a_row=failures,
                           next_try_allowed_after_s=delay_after(failures))
    except OSError:
        log.exception("the wrong passphrase could not be written to the audit log")
    return False
