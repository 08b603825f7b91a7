"""A generated chest-like image for ``selftest`` (no patient data ships with the program)."""

from __future__ import annotations

import cv2
import numpy as np


def synthetic_chest_png(size: int = 512) -> bytes:
    """PNG bytes of a smooth chest-like pattern: bright mediastinum, two dark lung fields, ribs."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    img = 0.85 - 0.55 * (np.exp(-(((xx - 0.3) / 0.14) ** 2 + ((yy - 0.5) / 0.28) ** 2))
                         + np.exp(-(((xx - 0.7) / 0.14) ** 2 + ((yy - 0.5) / 0.28) ** 2)))
    img += 0.05 * np.sin(yy * 60) * (img < 0.6)
    ok, data = cv2.imencode(".png", np.clip(img * 255, 0, 255).astype(np.uint8))
    assert ok
    return data.tobytes()
