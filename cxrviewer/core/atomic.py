"""Atomic file writes: a crash or a full disk leaves the previous file exactly as it was.

Write to a temporary file in the target's folder, flush and fsync it, rename it over the target,
then fsync the folder so the rename itself survives a power cut (POSIX).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def fsync_folder(folder: Path) -> None:
    """Make a rename durable where the platform allows it (folders cannot be opened on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path, newline: str | None = None, mode: int = 0o644) -> Iterator[IO[str]]:
    """A text handle whose contents replace ``path`` only if the block finishes without error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def write_json_atomic(path: Path, data: dict, mode: int = 0o644) -> None:
    with atomic_open(path, mode=mode) as handle:
        json.dump(data, handle, indent=2)
        handle.write("\n")
