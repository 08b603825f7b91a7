"""The one preprocessing used by training and inference, described by the model card.

Steps: trim uniform borders (film edges, burnt-in frames) or, for a model trained that way, crop
to the lung fields with a margin (the region comes from the lung segmenter, a layer above:
``core.model.inputs`` finds it and passes it in), CLAHE (optional), resize the long
side to ``size`` keeping the aspect ratio, pad to a square, then standardise intensities per
image (zero mean, unit variance over the content). Per-image standardisation removes much of
the brightness/contrast difference between scanners, which is one of the ways a model can
recognise the source instead of the disease.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import cv2
import numpy as np

Box = tuple[float, float, float, float]
LUNG_MASKS = ("", "lungs", "thorax")  # ``PreprocessSpec.lung_mask``: none, the lung fields, their convex hull


@dataclass(frozen=True)
class PreprocessSpec:
    size: int = 256
    crop_border: bool = True
    clahe: bool = False
    normalization: str = "per_image_standardize"
    lung_crop: bool = False  # crop to the lung fields' box (segmenter) plus ``lung_margin`` of its size
    lung_margin: float = 0.08
    lung_segmenter_sha256: str = ""  # the segmenter the model was trained with (its weights' checksum)
    # with lung_crop, what outside the lungs is set to 0 (like padding): "lungs" all but the lung fields, "thorax" all
    # but their convex hull (heart and mediastinum kept), "" nothing; both widened a little (core.model.inputs)
    lung_mask: str = ""

    def to_dict(self) -> dict:
        """The card's ``preprocessing``; the lung settings only when the crop is used, so the cards of
        models made before the crop existed keep their exact content (and checksum)."""
        data = asdict(self)
        if not self.lung_crop:
            for key in ("lung_crop", "lung_margin", "lung_segmenter_sha256"):
                del data[key]
        if not self.lung_mask:
            del data["lung_mask"]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> PreprocessSpec:
        names = ("size", "crop_border", "clahe", "normalization", "lung_crop", "lung_margin", "lung_segmenter_sha256",
                 "lung_mask")
        return cls(**{k: data[k] for k in names if k in data})


def border_box(pixels: np.ndarray, tolerance: float = 4.0, max_fraction: float = 0.25) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) after trimming rows/columns that are uniform (std below ``tolerance``).

    At most ``max_fraction`` of each side is trimmed so a dark lung field is never cut.
    """
    h, w = pixels.shape
    small = pixels[:: max(1, h // 256), :: max(1, w // 256)].astype(np.float32)
    row_std = small.std(axis=1)
    col_std = small.std(axis=0)

    def trim(std: np.ndarray) -> tuple[int, int]:
        n = len(std)
        limit = int(n * max_fraction)
        start = 0
        while start < limit and std[start] < tolerance:
            start += 1
        end = n
        while n - end < limit and std[end - 1] < tolerance:
            end -= 1
        return start, end

    r0, r1 = trim(row_std)
    c0, c1 = trim(col_std)
    sy = h / small.shape[0]
    sx = w / small.shape[1]
    return int(c0 * sx), int(r0 * sy), int(min(w, round(c1 * sx))), int(min(h, round(r1 * sy)))


def reduce_by_integer_factor(content: np.ndarray, size: int) -> tuple[np.ndarray, int]:
    """Area-average a large image by a power of two first, by halvings (OpenCV's fastest area path), leaving at
    least twice the model's size for the final area resize. Images up to 4x the model size (all the training data)
    are returned as they are. Up to ``factor - 1`` pixels at the right and bottom edges are dropped so the factor
    divides exactly. Another whole factor (3, 5, 6...) in one step costs about ten times as much (a 3000 px film by
    5: 3.4 ms against under 1 ms for two halvings); the final area resize takes the rest, and the model input differs
    from one area step by a few hundredths of a standard deviation (tested).
    """
    factor = max(content.shape) // (2 * size)
    if factor < 2:
        return content, 1
    factor = 1 << (factor.bit_length() - 1)
    h, w = (content.shape[0] // factor) * factor, (content.shape[1] // factor) * factor
    reduced, rest = content[:h, :w], factor
    while rest > 1:
        reduced, rest = halve(reduced), rest // 2
    return reduced, factor


def halve(content: np.ndarray) -> np.ndarray:
    """Each 2 x 2 block to its mean (an odd last row or column is dropped)."""
    return cv2.resize(content, (content.shape[1] // 2, content.shape[0] // 2), interpolation=cv2.INTER_AREA)


def standardize(values: np.ndarray) -> np.ndarray:
    mean = float(values.mean())
    std = float(values.std())
    return (values - mean) / max(std, 1e-3)


def preprocess(pixels: np.ndarray, spec: PreprocessSpec, region: tuple[int, int, int, int] | None = None) -> tuple[np.ndarray, Box]:
    """uint8 (H, W) -> float32 (size, size) model input, and the square it covers in image pixels.

    ``region`` (x0, y0, x1, y1), when given, is the part of the image the model sees (the lung
    fields' box); otherwise uniform borders are trimmed (``spec.crop_border``) or the whole image is used.
    """
    if pixels.dtype != np.uint8 or pixels.ndim != 2:
        raise ValueError("preprocess expects an 8-bit grayscale image")
    if region is not None:
        x0, y0, x1, y1 = (int(v) for v in region)
        if not (0 <= x0 < x1 <= pixels.shape[1] and 0 <= y0 < y1 <= pixels.shape[0]):
            raise ValueError(f"region {region} is not inside the image {pixels.shape[::-1]}")
    elif spec.crop_border:
        x0, y0, x1, y1 = border_box(pixels)
    else:
        x0, y0, x1, y1 = 0, 0, pixels.shape[1], pixels.shape[0]
    content, factor = reduce_by_integer_factor(pixels[y0:y1, x0:x1], spec.size)
    if spec.clahe:
        content = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(content)
    h, w = content.shape
    scale = spec.size / max(h, w) / factor  # model pixels per original image pixel
    new_w, new_h = max(1, round(w * scale * factor)), max(1, round(h * scale * factor))
    interpolation = cv2.INTER_AREA if scale * factor < 1 else cv2.INTER_LINEAR
    resized = cv2.resize(content, (new_w, new_h), interpolation=interpolation).astype(np.float32)
    normalized = standardize(resized)
    out = np.zeros((spec.size, spec.size), dtype=np.float32)
    pad_y, pad_x = (spec.size - new_h) // 2, (spec.size - new_w) // 2
    out[pad_y : pad_y + new_h, pad_x : pad_x + new_w] = normalized
    side = spec.size / scale
    box = (x0 - pad_x / scale, y0 - pad_y / scale, x0 - pad_x / scale + side, y0 - pad_y / scale + side)
    return out, box
