"""From an X-ray's pixels to the model's input: lung fields, the crop a card asks for, preprocessing.

One function for training and inference (``prepare_input``), so a model sees in the app exactly what
it saw in training. The lung segmenter works on a copy reduced to at most ``LUNG_SIDE`` pixels: its
own input is 128 px, so a full-size mask of a 3000 x 3000 film would cost ~100 MB of temporaries and
tens of milliseconds for nothing. The lung mask kept with the result has that reduced size; it is
used for the input check (no lungs, one lung, lungs cut off), the crop, and to keep the heatmap inside
the lungs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from cxrviewer.core.errors import ModelIntegrity, _
from cxrviewer.core.image.preprocess import LUNG_MASKS, Box, PreprocessSpec, halve, preprocess, standardize
from cxrviewer.core.lungs.segmenter import LungFields, LungSegmenter, model_to_image_matrix

LUNG_SIDE = 512  # long side of the image the segmenter's mask is computed at
LUNGS_FOLDER = "lungs"  # a lung-cropping model folder carries the segmenter it was trained with
LUNG_MASK_WIDENING = 0.04  # the lung mask is widened by this share of the model input's side (pleura, angles)
MIN_MASKED_SHARE = 0.05  # a lung mask smaller than this share of the input is not trusted: the input is kept whole


@dataclass(frozen=True, eq=False)
class ModelInput:
    """What the model is given for one image, and where it came from in the image."""

    array: np.ndarray  # float32 (size, size)
    box: Box  # the square the model saw, in image pixels
    lungs: LungFields | None  # at ``scale`` of the image (long side <= LUNG_SIDE); None without a segmenter
    scale: float = 1.0  # lung-mask pixels per image pixel


def find_lungs(pixels: np.ndarray, segmenter: LungSegmenter) -> tuple[LungFields, float]:
    """Lung fields on a copy reduced to ``LUNG_SIDE``; returns them and the reduction scale."""
    scale = min(1.0, LUNG_SIDE / max(pixels.shape))
    if scale < 1.0:
        size = (max(1, round(pixels.shape[1] * scale)), max(1, round(pixels.shape[0] * scale)))
        # halvings while at least twice LUNG_SIDE remains (OpenCV's fastest path), then one bilinear step of
        # less than 2x: 3000 px to 512 in ~0.7 ms instead of ~5 ms with whole-factor and area steps. Only images
        # larger than LUNG_SIDE take this path, never the training data (at most 512 px), and the segmenter's
        # own input is 128 px: what it finds does not depend on the last step's filter (tests/core/test_lungs.py)
        while max(pixels.shape) >= 2 * LUNG_SIDE:
            pixels = halve(pixels)
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_LINEAR)
    return segmenter.segment(pixels), scale


def lung_region(fields: LungFields, scale: float, margin: float, shape: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The lungs' box plus margin, in image pixels; None when no lung was found (the whole film is used)."""
    if not fields.lung_areas:
        return None
    x0, y0, x1, y1 = fields.box(margin)
    h, w = shape
    region = (int(x0 / scale), int(y0 / scale), min(w, int(np.ceil(x1 / scale))), min(h, int(np.ceil(y1 / scale))))
    return region if region[2] - region[0] >= 8 and region[3] - region[1] >= 8 else None


def prepare_input(pixels: np.ndarray, spec: PreprocessSpec, segmenter: LungSegmenter | None) -> ModelInput:
    """The model input for an 8-bit image: lungs found (when a segmenter is given), cropped when the
    card says so, then ``preprocess``."""
    if spec.lung_mask not in LUNG_MASKS:
        raise ValueError(f"unknown lung mask {spec.lung_mask!r}")
    if spec.lung_mask and not spec.lung_crop:
        raise ValueError("the lung mask is used only with the lung crop")
    if spec.lung_crop and segmenter is None:
        raise ValueError("this model crops to the lungs and needs the lung segmenter")
    fields, scale = find_lungs(pixels, segmenter) if segmenter is not None else (None, 1.0)
    region = lung_region(fields, scale, spec.lung_margin, pixels.shape) if spec.lung_crop else None
    array, box = preprocess(pixels, spec, region=region)
    if spec.lung_mask:
        array = keep_lungs_only(array, box, fields, scale, thorax=spec.lung_mask == "thorax")
    return ModelInput(array, box, fields, scale)


def keep_lungs_only(array: np.ndarray, box: Box, fields: LungFields, scale: float, thorax: bool = False) -> np.ndarray:
    """The model input with everything outside the lung fields (``thorax``: outside their convex hull, so the heart,
    the mediastinum and what lies behind them stay), widened by ``LUNG_MASK_WIDENING``, set to 0, the value of the
    padding, and what is left standardised again on its own: labels, markers, collimation, shoulders and the
    hospital's grey levels there are gone. The training augmentations already treat 0 as "not the image", so they
    change only what is kept. Without a trustworthy mask (no lungs, or a speck) the input is returned as it is; the
    input check reports such films anyway."""
    size = array.shape[0]
    to_model = model_to_image_matrix(box, size)  # image pixels -> model pixels
    # mask pixel m is image pixel (m + 0.5) / scale - 0.5
    matrix = np.hstack([to_model[:, :2] / scale, (to_model[:, :2] @ np.full(2, 0.5 / scale - 0.5) + to_model[:, 2])[:, None]])
    return blank_outside(array, cv2.warpAffine(fields.mask.astype(np.uint8), matrix, (size, size), flags=cv2.INTER_NEAREST),
                         thorax)


def blank_outside(array: np.ndarray, mask: np.ndarray, thorax: bool = False) -> np.ndarray:
    """``array`` (a model input) with everything outside ``mask`` (1 = lung, the input's size; ``thorax``: outside the
    lungs' convex hull), widened by ``LUNG_MASK_WIDENING``, set to 0 and the rest standardised again; ``array`` as it
    is when the mask covers under ``MIN_MASKED_SHARE`` of it."""
    mask = mask.astype(np.uint8)
    if thorax and mask.any():
        mask = cv2.fillConvexPoly(np.zeros_like(mask), cv2.convexHull(cv2.findNonZero(mask)), 1)
    widen = 2 * round(LUNG_MASK_WIDENING * array.shape[0]) + 1
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (widen, widen))).astype(bool)
    mask &= array != 0  # not the padding
    if mask.sum() < MIN_MASKED_SHARE * array.size:
        return array
    out = np.zeros_like(array)
    out[mask] = standardize(array[mask])
    return out


def segmenter_for(model_dir: Path, spec: PreprocessSpec, fallback: Path | None, num_threads: int = 2) -> LungSegmenter | None:
    """The segmenter a model uses: its own copy (``lungs/``, checked against the card) when it crops to
    the lungs; otherwise the one at ``fallback`` (the bundled one) for the input check and the heatmap."""
    if spec.lung_crop:
        segmenter = LungSegmenter(Path(model_dir) / LUNGS_FOLDER, num_threads)
        if segmenter.sha256 != spec.lung_segmenter_sha256:
            raise ModelIntegrity(
                _(
                    "The screening model's lung-finding part is not the one it was trained with. "
                    "Please reinstall cxrviewer or ask your administrator."
                ),
                f"lungs sha256 {segmenter.sha256} != card {spec.lung_segmenter_sha256}",
            )
        return segmenter
    return LungSegmenter(fallback, num_threads) if fallback is not None else None


class ThreadSegmenters:
    """One segmenter per thread (a LiteRT interpreter is not thread-safe), for training's decode pool."""

    def __init__(self, model_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self._local = threading.local()

    def get(self) -> LungSegmenter:
        if not hasattr(self._local, "segmenter"):
            self._local.segmenter = LungSegmenter(self.model_dir)
        return self._local.segmenter
