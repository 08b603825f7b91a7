"""Append-only audit log of administrator decisions about the clinical model.

One JSON object per line in ``user_data_dir()/audit.log``: who, when (UTC), what was decided, on
which data (folder and a fingerprint of its file list), with which counts and metrics. Lines are
appended with ``O_APPEND`` and ``fsync`` in one ``write`` call, so concurrent writers never
interleave and a crash loses at most the line being written, never an earlier one. The log is never
rewritten; a damaged last line is skipped when reading. The file is owner-only (0600) in an owner-only
folder (0700): it names users, data folders and every wrong administrator passphrase.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
import logging
import math
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

AUDIT_NAME = "audit.log"

ACTIVATED = "activated"
REJECTED = "rejected"
ROLLED_BACK = "rolled back"
RECALIBRATED = "recalibrated"
TRAINING_FAILED = "training failed"
PASSPHRASE_SET = "passphrase set"
WRONG_PASSPHRASE = "wrong passphrase"
DECISIONS = (ACTIVATED, REJECTED, ROLLED_BACK, RECALIBRATED, TRAINING_FAILED, PASSPHRASE_SET, WRONG_PASSPHRASE)
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def audit_path(data_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_data_dir

    return (data_dir or user_data_dir()) / AUDIT_NAME


def current_user() -> str:
    """The operating-system account name; 'unknown' where it cannot be found (some service accounts)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return "unknown"


def _json_safe(value: Any) -> Any:
    """NaN/inf are not valid JSON: store them as null so every line parses anywhere."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return _json_safe(value.item())
    return value


def append_entry(decision: str, *, path: Path | None = None, **details: Any) -> dict:
    """Append one decision with who/when; returns the entry written.

    ``details`` are free-form JSON-able fields; the dialog uses ``model``, ``data_folder``,
    ``data_fingerprint``, ``counts``, ``metrics`` and ``note``.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown audit decision {decision!r}")
    entry = {
        "when": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "who": current_user(),
        "decision": decision,
        **_json_safe(details),
    }
    line = (json.dumps(entry, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
    target = path or audit_path()
    private_folder(target.parent)
    fd = os.open(target, os.O_RDWR | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
    try:
        _make_private(fd)  # a log written by an earlier version was readable by everyone
        if _ends_mid_line(fd):  # an earlier write was cut by a crash: start a fresh line, keep the damage visible
            line = b"\n" + line
        written = os.write(fd, line)
        if written != len(line):  # only on a full disk or similar; the reader skips the partial line
            raise OSError(f"short write to {target}: {written} of {len(line)} bytes")
        os.fsync(fd)
    finally:
        os.close(fd)
    log.info("audit: %s %s", decision, details.get("model", ""))
    return entry


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) owner-only (0700), and close it to others if it is ours and was
    left open. For the folders of the audit log and the passphrase files; the same folders hold the user's
    screening results, which are no one else's business either."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix":
        info = folder.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o777 != PRIVATE_FOLDER:
            os.chmod(folder, PRIVATE_FOLDER)


def _make_private(fd: int) -> None:
    if os.name == "posix":
        info = os.fstat(fd)
        if info.st_uid == os.getuid() and info.st_mode & 0o777 != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)


def _ends_mid_line(fd: int) -> bool:
    size = os.fstat(fd).st_size
    if size == 0:
        return False
    os.lseek(fd, size - 1, os.SEEK_SET)
    return os.read(fd, 1) != b"\n"


def read_entries(path: Path | None = None) -> list[dict]:
    """All readable entries, oldest first; a damaged line (e.g. cut by a crash) is skipped and logged."""
    target = path or audit_path()
    if not target.is_file():
        return []
    entries = []
    with target.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except ValueError:
                log.warning("audit log %s line %d is damaged; skipped", target, number)
    return entries
