"""ndarray -> QImage: right format, right pixels, and the image owns its memory."""

from __future__ import annotations

import gc

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from cxrviewer.qt.convert import array_to_qimage, gray_to_qimage, rgba_to_qimage


def test_gray_image_keeps_pixels_after_array_is_freed(qapp):
    pixels = np.arange(67 * 35, dtype=np.uint32).reshape(35, 67).astype(np.uint8)  # odd width: rows not 4-aligned
    expected = pixels.copy()
    image = gray_to_qimage(pixels)
    del pixels
    gc.collect()
    assert image.format() == QImage.Format.Format_Grayscale8
    assert (image.width(), image.height()) == (67, 35)
    for x, y in [(0, 0), (66, 0), (13, 20), (66, 34)]:
        assert QColor(image.pixel(x, y)).red() == expected[y, x]


def test_non_contiguous_slice_is_converted_correctly(qapp):
    pixels = np.random.default_rng(1).integers(0, 256, (40, 80), dtype=np.uint8)
    view = pixels[::2, 1::3]
    image = gray_to_qimage(view)
    assert (image.width(), image.height()) == (view.shape[1], view.shape[0])
    assert QColor(image.pixel(5, 7)).red() == view[7, 5]


def test_rgba_image_keeps_straight_alpha(qapp):
    rgba = np.zeros((10, 13, 4), np.uint8)
    rgba[3, 4] = (200, 100, 50, 128)
    image = array_to_qimage(rgba)
    del rgba
    gc.collect()
    assert image.format() == QImage.Format.Format_RGBA8888
    colour = image.pixelColor(4, 3)
    assert (colour.red(), colour.green(), colour.blue(), colour.alpha()) == (200, 100, 50, 128)


def test_wrong_arrays_are_refused(qapp):
    with pytest.raises(ValueError):
        gray_to_qimage(np.zeros((4, 4), np.uint16))
    with pytest.raises(ValueError):
        rgba_to_qimage(np.zeros((4, 4, 3), np.uint8))
