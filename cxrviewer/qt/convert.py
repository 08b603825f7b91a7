"""The one place where numpy arrays become ``QImage`` objects.

A ``QImage`` built on a Python buffer does not own the memory: once the array is freed, the image
points at garbage (a crash or a corrupted picture far from the cause). Every conversion here
therefore makes a deep copy, and the row stride is passed explicitly so non-contiguous slices and
odd widths (rows not padded to 4 bytes) come out right.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def gray_to_qimage(pixels: np.ndarray) -> QImage:
    """An 8-bit grayscale (H, W) array as a ``Format_Grayscale8`` image that owns its pixels."""
    if pixels.ndim != 2 or pixels.dtype != np.uint8:
        raise ValueError(f"expected a uint8 (H, W) array, got {pixels.dtype} {pixels.shape}")
    data = np.ascontiguousarray(pixels)
    height, width = data.shape
    return QImage(data.data, width, height, data.strides[0], QImage.Format.Format_Grayscale8).copy()


def rgba_to_qimage(rgba: np.ndarray) -> QImage:
    """An RGBA uint8 (H, W, 4) array as a ``Format_RGBA8888`` image that owns its pixels.

    Not premultiplied: the alpha channel of ``core.heatmap.overlay_rgba`` is straight alpha.
    """
    if rgba.ndim != 3 or rgba.shape[2] != 4 or rgba.dtype != np.uint8:
        raise ValueError(f"expected a uint8 (H, W, 4) array, got {rgba.dtype} {rgba.shape}")
    data = np.ascontiguousarray(rgba)
    height, width = data.shape[:2]
    return QImage(data.data, width, height, data.strides[0], QImage.Format.Format_RGBA8888).copy()


def array_to_qimage(array: np.ndarray) -> QImage:
    """Dispatch on the array's shape: (H, W) grayscale or (H, W, 4) RGBA."""
    if array.ndim == 2:
        return gray_to_qimage(array)
    return rgba_to_qimage(array)


def qimage_to_gray(image: QImage) -> np.ndarray:
    """A ``QImage`` (any format) as a uint8 (H, W) grayscale array that owns its memory.

    For reading back what a widget shows (``widget.grab().toImage()``): tests compare brightness and
    contrast of the displayed pixels with it. The row padding of the image is cut off.
    """
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    if width == 0 or height == 0:
        return np.zeros((height, width), np.uint8)
    rows = np.frombuffer(gray.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return rows[:, :width].copy()
