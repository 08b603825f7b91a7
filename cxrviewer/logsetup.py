"""Logging to a rotating file in the user log folder, and a crash log via faulthandler."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path

from cxrviewer.paths import user_log_dir

CRASH_LOG = "crash.log"
_crash_file = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Configure the root logger once; returns the log folder."""
    global _crash_file
    folder = user_log_dir()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(folder / "cxrviewer.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    if _crash_file is None:
        _crash_file = (folder / CRASH_LOG).open("a", encoding="utf-8")
        faulthandler.enable(_crash_file)
    return folder


def take_crash_report() -> str | None:
    """Text of a crash log left by an earlier run (then cleared), or None."""
    path = user_log_dir() / CRASH_LOG
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if text:
        path.with_suffix(".previous.log").write_text(text, encoding="utf-8")
        path.write_text("", encoding="utf-8")
        return text
    return None
