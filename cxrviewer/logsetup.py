"""Logging to a rotating file in the user log folder, and a crash log via faulthandler.

The log folder and its files are owner-only (folder 0700, files 0600 from their first byte): the log
names the files that were screened. When the folder cannot be created or written (a read-only home,
a full disk), logging falls back to stderr and the program carries on: a log must never be the
reason a screening fails.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path

CRASH_LOG = "crash.log"
LOG_NAME = "cxrviewer.log"
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
_crash_file = None
_log_file: Path | None = None


def _open_private(path: Path, mode: str = "a"):
    """A text handle on ``path``, created owner-only (0600); an existing file is made owner-only too."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    if hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, 0o600)
        except OSError:
            pass
    return os.fdopen(fd, mode, encoding="utf-8")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and each new one after a rollover) is 0600."""

    def _open(self):
        return _open_private(Path(self.baseFilename), self.mode)


def _private_log_dir() -> Path:
    from cxrviewer.paths import user_log_dir

    folder = user_log_dir()
    if os.name == "posix":
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass
    return folder


def setup_logging(level: int = logging.INFO, crash_log: bool = True) -> Path | None:
    """Configure the root logger once; returns the log folder, or None when logging goes to stderr only.

    ``crash_log``: faulthandler writes to ``crash.log`` (which the GUI offers at the next start);
    without it (the command line) a crash is printed on stderr, where the user sees it.
    """
    global _crash_file, _log_file
    root = logging.getLogger()
    try:
        folder = _private_log_dir()
    except OSError as exc:
        folder = None
        reason = f"the log folder cannot be created ({exc})"
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler: logging.Handler | None = None
        if folder is not None:
            try:
                handler = PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
                _log_file = folder / LOG_NAME
            except OSError as exc:
                reason = f"{folder / LOG_NAME} cannot be written ({exc})"
        if handler is None:
            _log_file = None
            if not any(getattr(h, "_cxrviewer_fallback", False) for h in root.handlers):
                handler = logging.StreamHandler(sys.stderr)
                handler.setLevel(logging.WARNING)
                handler._cxrviewer_fallback = True  # type: ignore[attr-defined]
        if handler is not None:
            handler.setFormatter(logging.Formatter("cxrviewer %(levelname)s: %(message)s" if _log_file is None else FORMAT))
            root.addHandler(handler)
        root.setLevel(level)
        if _log_file is None:
            logging.getLogger(__name__).warning("logging to stderr only: %s", reason)
    elif folder is None:
        return None
    if crash_log and _crash_file is None and folder is not None:
        try:
            _crash_file = _open_private(folder / CRASH_LOG)
            faulthandler.enable(_crash_file)
        except OSError:
            _crash_file = None
    if _crash_file is None and not faulthandler.is_enabled():
        try:
            faulthandler.enable()  # stderr
        except (RuntimeError, ValueError, OSError):  # no usable stderr (a windowed program)
            pass
    return folder if _log_file is not None else None


def log_file() -> Path | None:
    """The log file this process writes, or None when it logs to stderr only (or has not set up logging)."""
    return _log_file


def where_details_are() -> str:
    """How a message ends that says the details were logged: the log file, or stderr above."""
    return f"the details are in {_log_file}" if _log_file is not None else "the details were printed above"


def take_crash_report() -> str | None:
    """Text of a crash log left by an earlier run (then cleared), or None."""
    try:
        path = _private_log_dir() / CRASH_LOG
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if text:
        try:
            with _open_private(path.with_suffix(".previous.log"), "w") as handle:
                handle.write(text)
            with _open_private(path, "w"):
                pass
        except OSError:
            return None
        return text
    return None
