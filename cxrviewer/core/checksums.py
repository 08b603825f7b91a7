"""The sha256 checksums every part of the core compares: of a file's bytes, and of a card's content.

Shared plumbing, like ``atomic``: the model card and the lung card seal their folders with the same two
functions, so a model folder and the lung segmenter's are checked the same way (the registry, a reviewed
set's images and training use ``file_sha256`` too).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

_CHUNK = 1 << 20  # 1 MiB at a time: a model file of hundreds of MB is never read whole


def file_sha256(path: str | Path) -> str:
    """The sha256 (hex) of the file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def canonical_sha256(content: dict) -> str:
    """The sha256 (hex) of ``content`` as canonical JSON: sorted keys, no spaces, ASCII, UTF-8.

    What a card's ``content_sha256`` is computed from; NaN and infinity are refused (``ValueError``), since
    canonical JSON has no spelling for them.
    """
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
