"""The grayscale pixel pipeline of a DICOM X-ray (DICOM PS3.4 N.2): padding, Modality LUT, VOI, colour.

Split from ``dicom`` (which reads the file, refuses what is not a chest X-ray and builds the record)
so that each reads on its own; see that module's docstring for the order of the steps and the decisions.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import numpy as np

from cxrviewer.core.errors import _
from cxrviewer.core.image.dicom import DicomNotSupported, DicomUnreadable, _float, _reading, _text

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

log = logging.getLogger(__name__)

_WINDOW_FLAT_FRACTION = 0.98  # a file's window that makes this much of the image one shade is ignored
_ROW_BLOCK = 256  # rows windowed at a time (bounds float32 temporaries)


def padding_mask(ds: Dataset, stored: np.ndarray) -> np.ndarray | None:
    """True where the stored value is Pixel Padding Value (or within its range to the Range Limit)."""
    first = _float(_text(ds, "PixelPaddingValue")) if "PixelPaddingValue" in ds else None
    if first is None:
        return None
    limit = _float(_text(ds, "PixelPaddingRangeLimit")) if "PixelPaddingRangeLimit" in ds else None
    # Files write the padding as US even for signed pixels (and the reverse): read it in the pixels' type.
    if stored.dtype.kind in "ui":
        bits = 8 * stored.dtype.itemsize
        info = np.iinfo(stored.dtype)
        first, limit = (_as_pixel_type(v, info, bits) if v is not None else None for v in (first, limit))
    low, high = (first, first) if limit is None else (min(first, limit), max(first, limit))
    mask = stored >= low
    mask &= stored <= high
    if not mask.any():
        return None
    if mask.all():
        raise DicomNotSupported(_("This DICOM image is blank (every pixel is padding)."), detail=f"padding {low}..{high}")
    return mask


def _as_pixel_type(value: float, info: np.iinfo, bits: int) -> float:
    if value > info.max and info.min < 0:
        return value - 2**bits
    if value < 0 and info.min == 0:
        return value + 2**bits
    return value


def modality_lut(stored: np.ndarray, ds: Dataset) -> np.ndarray:
    """Stored values -> modality values. Integer results stay integer (int16/uint16 when they fit)."""
    if ds.get("ModalityLUTSequence"):
        from pydicom.pixels import apply_modality_lut

        return apply_modality_lut(stored, ds)
    slope = _float(_text(ds, "RescaleSlope")) if "RescaleSlope" in ds else None
    intercept = _float(_text(ds, "RescaleIntercept")) if "RescaleIntercept" in ds else None
    slope = 1.0 if slope is None or slope == 0 else slope
    intercept = 0.0 if intercept is None else intercept
    if slope == 1.0 and intercept == 0.0:
        return stored
    lo, hi = float(stored.min()), float(stored.max())
    ends = (lo * slope + intercept, hi * slope + intercept)
    if slope.is_integer() and intercept.is_integer():
        for dtype in (np.uint16, np.int16, np.int32):
            info = np.iinfo(dtype)
            if info.min <= min(ends) and max(ends) <= info.max:
                break
        out = np.empty(stored.shape, dtype=dtype)
        for start in range(0, stored.shape[0], _ROW_BLOCK):
            block = stored[start : start + _ROW_BLOCK].astype(np.int64)
            out[start : start + _ROW_BLOCK] = block * int(slope) + int(intercept)
        return out
    out = np.empty(stored.shape, dtype=np.float32)
    for start in range(0, stored.shape[0], _ROW_BLOCK):
        block = stored[start : start + _ROW_BLOCK].astype(np.float32)
        block *= np.float32(slope)
        block += np.float32(intercept)
        out[start : start + _ROW_BLOCK] = block
    return out


def _first_window(ds: Dataset) -> tuple[float, float, str] | None:
    """(centre, width, VOI LUT function) of the file's first window, or None when absent or invalid."""
    centre = _float(_text(ds, "WindowCenter")) if "WindowCenter" in ds else None
    width = _float(_text(ds, "WindowWidth")) if "WindowWidth" in ds else None
    if centre is None or width is None or width <= 0:
        return None
    function = _text(ds, "VOILUTFunction", "LINEAR").upper() or "LINEAR"
    if function not in ("LINEAR", "LINEAR_EXACT", "SIGMOID"):
        function = "LINEAR"
    return centre, width, function


def _apply_window(values: np.ndarray, centre: float, width: float, function: str) -> np.ndarray:
    """DICOM PS3.3 C.11.2.1.2 windowing to 0..255, a block of rows at a time."""
    out = np.empty(values.shape, dtype=np.uint8)
    if function == "LINEAR" and width <= 1.0:
        np.greater(values, centre - 0.5, out=out, casting="unsafe")
        out *= 255
        return out
    if function == "LINEAR":
        scale, offset = 255.0 / (width - 1.0), (0.5 - (centre - 0.5) / (width - 1.0)) * 255.0
    else:  # LINEAR_EXACT, and the argument of SIGMOID
        scale, offset = 1.0 / width, 0.5 - centre / width
    for start in range(0, values.shape[0], _ROW_BLOCK):
        block = values[start : start + _ROW_BLOCK].astype(np.float32)
        if function == "SIGMOID":
            block -= np.float32(centre)
            block *= np.float32(-4.0 / width)
            np.exp(block, out=block)
            block += 1.0
            np.divide(255.0, block, out=block)
        else:
            block *= np.float32(scale if function == "LINEAR" else scale * 255.0)
            block += np.float32(offset if function == "LINEAR" else offset * 255.0)
        np.clip(block, 0.0, 255.0, out=block)
        np.rint(block, out=block)
        out[start : start + _ROW_BLOCK] = block
    return out


def _apply_voi_lut_sequence(values: np.ndarray, ds: Dataset) -> np.ndarray:
    """The first VOI LUT, its output range stretched to 0..255 (files often misstate the LUT's bit depth)."""
    from pydicom.pixels import apply_voi

    descriptor = ds.VOILUTSequence[0].LUTDescriptor
    entries, first = int(descriptor[0]) or 65536, int(descriptor[1])
    table = apply_voi(np.arange(first, first + entries, dtype=np.int64), ds, index=0)
    lo, hi = float(table.min()), float(table.max())
    if hi <= lo:
        raise ValueError("flat VOI LUT")
    if not np.issubdtype(values.dtype, np.integer):
        values = np.floor(values).astype(np.int64)
    out = np.empty(values.shape, dtype=np.uint8)
    for start in range(0, values.shape[0], _ROW_BLOCK):
        block = apply_voi(values[start : start + _ROW_BLOCK], ds, index=0).astype(np.float32)
        block -= np.float32(lo)
        block *= np.float32(255.0 / (hi - lo))
        np.rint(block, out=block)
        out[start : start + _ROW_BLOCK] = block
    return out


def _mostly_one_shade(pixels: np.ndarray, padding: np.ndarray | None) -> bool:
    step = max(1, max(pixels.shape) // 512)
    sample = pixels[::step, ::step]
    if padding is not None:
        sample = sample[~padding[::step, ::step]]
    if sample.size == 0:
        return True
    counts = np.bincount(sample.ravel(), minlength=256)
    return bool(counts.max() >= _WINDOW_FLAT_FRACTION * sample.size)


def _percentile_window(values: np.ndarray, padding: np.ndarray | None) -> np.ndarray:
    """``reading.window_to_uint8`` over the pixels that are not padding.

    ``window_to_uint8`` takes a 2-D image; the unpadded pixels are laid out as a near-square
    rectangle (its few trailing cells repeat the first values: a bias under 1/side, where side
    is the rectangle's height, so under 0.2 % for a 500 x 500 field), windowed, and put back in place.
    """
    window_to_uint8 = _reading().window_to_uint8
    if padding is None:
        return window_to_uint8(values)
    keep = ~padding
    count = int(np.count_nonzero(keep))
    side = max(1, math.isqrt(count))
    rectangle = np.empty((side, -(-count // side)), dtype=values.dtype)
    flat = rectangle.reshape(-1)
    filled = 0
    for start in range(0, values.shape[0], _ROW_BLOCK):  # block by block: no full-size temporary
        block = values[start : start + _ROW_BLOCK][keep[start : start + _ROW_BLOCK]]
        flat[filled : filled + block.size] = block
        filled += block.size
    flat[count:] = flat[: flat.size - count]
    mapped = window_to_uint8(rectangle).reshape(-1)[:count]
    del rectangle, flat
    out = np.zeros(values.shape, dtype=np.uint8)
    out[keep] = mapped
    return out


def voi(values: np.ndarray, ds: Dataset, padding: np.ndarray | None, bits_stored: int) -> tuple[np.ndarray, tuple[float, float] | None]:
    """Modality values -> 8 bits, and the display window (centre, width) that was used, if linear."""
    window = _first_window(ds)
    if window is not None:
        centre, width, function = window
        pixels = _apply_window(values, centre, width, function)
        if not _mostly_one_shade(pixels, padding):
            return pixels, (centre, width)
        log.warning("Ignoring the DICOM window centre %s width %s: it leaves the image one flat shade", centre, width)
    elif ds.get("VOILUTSequence"):
        try:
            pixels = _apply_voi_lut_sequence(values, ds)
        except Exception:  # noqa: BLE001 - a malformed VOI LUT falls back to the percentile window
            log.warning("Ignoring a malformed DICOM VOI LUT", exc_info=True)
        else:
            if not _mostly_one_shade(pixels, padding):
                return pixels, None
            log.warning("Ignoring the DICOM VOI LUT: it leaves the image one flat shade")
    if values.dtype == np.uint8 and bits_stored == 8:
        return values.copy(), None  # 8-bit data is shown as stored, as for an 8-bit PNG
    return _percentile_window(values, padding), None


def small_copy_or_none(values: np.ndarray) -> np.ndarray | None:
    """The modality values for the value under the cursor, when they cost at most 2 bytes a pixel."""
    if values.dtype.itemsize > 2 or not np.issubdtype(values.dtype, np.integer):
        return None
    values.flags.writeable = False
    return values


def colour_to_gray(stored: np.ndarray, ds: Dataset, photometric: str) -> tuple[np.ndarray, str, float]:
    if photometric == "PALETTE COLOR":
        from pydicom.pixels import apply_color_lut

        rgb, mode = apply_color_lut(stored, ds), "palette"
    elif photometric == "RGB" or photometric.startswith("YBR"):
        rgb, mode = stored, ("rgb" if photometric == "RGB" else "ybr")
    else:
        raise DicomNotSupported(
            _("This DICOM file stores its image in a form cxrviewer cannot read."), detail=f"photometric {photometric!r}"
        )
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise DicomUnreadable(detail=f"colour image of shape {rgb.shape}")
    reading = _reading()
    colour = reading.colourfulness(rgb)
    gray = np.empty(rgb.shape[:2], dtype=np.float32)
    for start in range(0, rgb.shape[0], _ROW_BLOCK):
        block = rgb[start : start + _ROW_BLOCK].astype(np.float32)
        gray[start : start + _ROW_BLOCK] = block @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    if rgb.dtype == np.uint8:
        return np.clip(np.rint(gray), 0, 255).astype(np.uint8), mode, colour
    return reading.window_to_uint8(gray), mode, colour


