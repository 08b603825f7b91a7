"""Turn the model's activation map into an overlay on the original image, and find its peak.

The map covers the square the model saw (``Prediction.heatmap_box`` in image pixels); it is
upsampled smoothly (bicubic) to that square, cropped to the image, coloured with a perceptual
colour map (inferno: brightness rises monotonically, readable in grayscale and by most
colour-blind readers) and made transparent where the model paid little attention and, when the
lung fields are known, outside the lungs (a softened edge, so the tint fades at the lung border).
"""

from __future__ import annotations

import cv2
import numpy as np

Box = tuple[float, float, float, float]


def map_to_image(heatmap: np.ndarray, box: Box, width: int, height: int) -> np.ndarray:
    """The heatmap resampled onto the image grid (float32 (height, width), values in [0, 1])."""
    x0, y0, x1, y1 = box
    side_x, side_y = x1 - x0, y1 - y0
    h, w = heatmap.shape
    # affine from image pixel (x, y) to heatmap cell coordinates (cell centres at i + 0.5)
    matrix = np.array([[w / side_x, 0, -x0 * w / side_x - 0.5], [0, h / side_y, -y0 * h / side_y - 0.5]], np.float32)
    full = cv2.warpAffine(
        heatmap.astype(np.float32), matrix, (width, height),
        flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE,
    )
    return np.clip(full, 0.0, 1.0)


def lung_weight(lung_mask: np.ndarray, width: int, height: int) -> np.ndarray:
    """The lung mask (any size, covering the whole image) as a soft 0..1 weight on a width x height grid."""
    weight = cv2.resize(lung_mask.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    soften = max(3, (max(width, height) // 100) | 1)  # about 1% of the image: a soft border, not a hard cut
    return cv2.GaussianBlur(weight, (soften, soften), 0)


def overlay_rgba(heatmap: np.ndarray, box: Box, width: int, height: int, opacity: float = 0.5,
                 lung_mask: np.ndarray | None = None) -> np.ndarray:
    """RGBA uint8 (height, width, 4) to draw over the X-ray; low attention (and outside the lungs, when
    ``lung_mask`` is given) is transparent."""
    full = map_to_image(heatmap, box, width, height)
    colours = cv2.applyColorMap((full * 255).astype(np.uint8), cv2.COLORMAP_INFERNO)  # BGR
    rgba = np.empty((height, width, 4), np.uint8)
    rgba[..., :3] = colours[..., ::-1]
    # smoothstep from 0.35 to 0.85: the lower part of the map stays fully transparent, so the X-ray
    # keeps its contrast and only the regions that drove the score are tinted
    ramp = np.clip((full - 0.35) / 0.5, 0, 1)
    alpha = np.clip(opacity, 0, 1) * 255 * ramp * ramp * (3 - 2 * ramp)
    if lung_mask is not None:
        alpha *= lung_weight(lung_mask, width, height)
    rgba[..., 3] = alpha.astype(np.uint8)
    return rgba


def peak_location(heatmap: np.ndarray, box: Box, width: int, height: int) -> tuple[int, int]:
    """(x, y) in image pixels where the upsampled map is highest (for the pointing game)."""
    full = map_to_image(heatmap, box, width, height)
    y, x = np.unravel_index(int(np.argmax(full)), full.shape)
    return int(x), int(y)
