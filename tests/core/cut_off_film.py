"""A real chest X-ray whose lungs are cut off: the bottom 40 % of an NIH film cut away, so the lungs run along
the image's bottom edge and the model scores it with a caution (``lung_cautions``), not a refusal.

Shared by the store/screening tests (tests/core) and the command-line tests (tests/cli).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

CUT_AWAY = 0.4  # of the film's height, from the bottom
BOTTOM_EDGE = "cut off at the bottom edge"  # in the English caution (segmenter.CUT_OFF_AT["bottom"])


def whole_film(shared_cxr: Path) -> Path:
    """The first normal NIH X-ray by name (512 x 512 JPEG): both lungs inside the image, no caution."""
    return sorted((shared_cxr / "images" / "nih_cxr14" / "normal").glob("*.jpg"))[0]


def write_cut_off_film(shared_cxr: Path, folder: Path, name: str = "cut_off.png") -> Path:
    """``whole_film`` without its bottom 40 %, as a PNG in ``folder``."""
    source = whole_film(shared_cxr)
    pixels = cv2.imread(str(source), cv2.IMREAD_GRAYSCALE)
    assert pixels is not None, source
    cut = np.ascontiguousarray(pixels[: round(pixels.shape[0] * (1 - CUT_AWAY))])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert cv2.imwrite(str(path), cut)
    return path
