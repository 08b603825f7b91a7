"""Window/level for the viewer: which grey each value of the image is shown as, computed fast.

Pure numpy/OpenCV (no Qt), so it can be benchmarked and tested on its own (``bench/viewer_wl.py``).

**Which values are windowed.** When the image keeps its stored values (``XrayImage.stored_values``:
DICOM's Modality LUT output, 12-16 bits), the window is applied to them, so widening the window
really brings back detail the 8-bit image clipped (a dense mediastinum, the edge of the collimation).
Otherwise the window is applied to the 8-bit pixels the reader sees (PNG, JPEG, DICOM with a
non-integer rescale). The value under the cursor follows the same rule.

**"Default (from file)"** shows ``XrayImage.pixels`` exactly as decoded: the file's own VOI window,
its VOI LUT table or the loader's percentile window, MONOCHROME1 already inverted and padding
black. A drag starts from that window: the file's (centre, width) when it gave one, else the
0.5-99.5 percentile range of the stored values (what the loader uses for files without a window).

**Presets.** Radiograph values have no fixed unit (unlike CT's Hounsfield units: a "lung window"
of W 1500 L -600 means nothing for a detector's raw counts), so the presets are defined on the
0-255 scale of the default display and scaled onto the stored values through the default window:
"Lung" gives the lung fields more contrast (45-195 of the default display; the mediastinum turns
white), "Soft tissue" the brighter part (100-250: mediastinum, heart, the retrocardiac area, lines
and tubes; the lungs turn dark), "Bone" a wide window over the dense half (80-280: ribs over the
lungs up to the spine behind the heart; above 255 it shows what the stored values hold beyond the
default's white, for 8-bit data that top is simply white). Chosen by looking at chest X-rays of
../shared/data/cxr (lungs mostly 60-150, mediastinum 170-230 on the default display); fixed
windows, so a dark or bright film reads differently under the same preset, as in any viewer.
For an 8-bit image the default window is the identity, so the presets are plain 0-255 windows.

**Speed.** Every update is one lookup table over all possible values (256 for 8-bit data,
65,536 for 16-bit) and one table lookup per pixel: ``cv2.LUT`` for 8-bit, ``np.take`` for 16-bit.
While the mouse drags, a downscaled copy (at most ``PROXY_SIDE`` pixels a side, made once per image
with area averaging) is windowed instead; the full image is windowed when the button is released.
Measured in ``bench/viewer_wl.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

PROXY_SIDE = 1280  # the drag copy's longest side: above a fitted view's size on common screens
MIN_WIDTH_8BIT = 2.0  # narrowest window, in default-display grey levels (0-255 scale)
DISPLAY_SPAN = 255.0


@dataclass(frozen=True)
class Window:
    """A linear window: values below ``centre - width/2`` are black, above ``centre + width/2`` white."""

    centre: float
    width: float

    @property
    def low(self) -> float:
        return self.centre - self.width / 2

    @property
    def high(self) -> float:
        return self.centre + self.width / 2


@dataclass(frozen=True)
class Preset:
    """A named window on the 0-255 scale of the default display (see the module docstring)."""

    name: str
    shortcut: str
    centre: float
    width: float


DEFAULT = "Default (from file)"
FULL_RANGE = "Full range"
PRESETS: tuple[Preset, ...] = (
    Preset(DEFAULT, "F2", 127.5, 255.0),
    Preset(FULL_RANGE, "F3", float("nan"), float("nan")),  # the image's lowest to highest value
    Preset("Lung", "F4", 120.0, 150.0),  # 45-195: more contrast in the lung fields, mediastinum white
    Preset("Soft tissue", "F5", 175.0, 150.0),  # 100-250: mediastinum, heart, retrocardiac area, lines and tubes
    Preset("Bone", "F6", 180.0, 200.0),  # 80-280: ribs over the lungs to the spine, beyond the default's white
)
PRESET_NAMES = tuple(preset.name for preset in PRESETS)


def lut_8bit(window: Window, inverted: bool = False) -> np.ndarray:
    """The 256-entry table that windows 8-bit values."""
    return _table(np.arange(256, dtype=np.float32), window, inverted)


def _table(values: np.ndarray, window: Window, inverted: bool) -> np.ndarray:
    width = max(float(window.width), 1e-6)
    scaled = (values - np.float32(window.low)) * np.float32(DISPLAY_SPAN / width) + np.float32(0.5)
    table = np.clip(scaled, 0, 255).astype(np.uint8)
    if inverted:
        np.subtract(255, table, out=table)
    return table


def _downscale(array: np.ndarray, side: int) -> np.ndarray:
    longest = max(array.shape)
    if longest <= side:
        return array
    scale = side / longest
    size = (max(1, round(array.shape[1] * scale)), max(1, round(array.shape[0] * scale)))
    return cv2.resize(array, size, interpolation=cv2.INTER_AREA)


class Windowing:
    """The grey-level mapping of one image: its values, its default window, and a fast renderer.

    ``pixels`` is the decoded 8-bit image; ``stored_values`` (uint8/uint16/int16, same shape) the
    values to window when present; ``display_window`` the (centre, width) from the file in those
    values' units; ``monochrome1`` says higher stored values are darker (DICOM MONOCHROME1).
    """

    def __init__(self, pixels: np.ndarray, stored_values: np.ndarray | None = None,
                 display_window: tuple[float, float] | None = None, monochrome1: bool = False) -> None:
        if pixels.ndim != 2 or pixels.dtype != np.uint8:
            raise ValueError(f"expected a uint8 (H, W) array, got {pixels.dtype} {pixels.shape}")
        usable = (stored_values is not None and stored_values.shape == pixels.shape
                  and stored_values.dtype in (np.uint8, np.uint16, np.int16))
        self.pixels = pixels
        self.values = stored_values if usable else None
        self.monochrome1 = bool(monochrome1) and self.values is not None
        self._proxy_pixels: np.ndarray | None = None
        self._proxy_values: np.ndarray | None = None
        self._range: tuple[float, float] | None = None
        if self.values is None:
            self.default = Window(127.5, DISPLAY_SPAN)
            self._codes = np.arange(256, dtype=np.float32)
        else:
            self.default = self._stored_default(display_window)
            if self.values.dtype == np.int16:  # indexed through a uint16 view: code u is the value int16(u)
                self._codes = np.arange(65536, dtype=np.uint16).view(np.int16).astype(np.float32)
            elif self.values.dtype == np.uint16:
                self._codes = np.arange(65536, dtype=np.float32)
            else:
                self._codes = np.arange(256, dtype=np.float32)

    # ---- what the values are ------------------------------------------------------------------

    @property
    def uses_stored_values(self) -> bool:
        return self.values is not None

    @property
    def shape(self) -> tuple[int, int]:
        return self.pixels.shape  # type: ignore[return-value]

    def value_at(self, x: int, y: int) -> int | None:
        """The value at image pixel (x, y) (stored value when kept, else the 8-bit pixel); None outside."""
        height, width = self.pixels.shape
        if not (0 <= x < width and 0 <= y < height):
            return None
        source = self.values if self.values is not None else self.pixels
        return int(source[y, x])

    def value_range(self) -> tuple[float, float]:
        """The lowest and highest value of the image (computed once)."""
        if self._range is None:
            source = self.values if self.values is not None else self.pixels
            low, high = cv2.minMaxLoc(source if source.dtype != np.int16 else source.astype(np.float32))[:2]
            self._range = (float(low), float(high))
        return self._range

    def _stored_default(self, display_window: tuple[float, float] | None) -> Window:
        if display_window is not None and display_window[1] > 0 and np.isfinite(display_window).all():
            return Window(float(display_window[0]), float(display_window[1]))
        values = self.values
        assert values is not None
        sample = values[:: max(1, values.shape[0] // 512), :: max(1, values.shape[1] // 512)]
        low, high = (float(v) for v in np.percentile(sample, [0.5, 99.5]))
        if high <= low:
            high = low + 1.0
        return Window((low + high) / 2, high - low)

    # ---- windows --------------------------------------------------------------------------------

    def units_per_display_level(self) -> float:
        """How many value units one grey level of the default display spans (drag speed, presets)."""
        return self.default.width / DISPLAY_SPAN

    def min_width(self) -> float:
        return max(1.0, MIN_WIDTH_8BIT * self.units_per_display_level()) if self.values is not None else MIN_WIDTH_8BIT

    def clamp(self, window: Window) -> Window:
        """Keep a window usable: at least ``min_width`` wide, centre within reach of the image's values."""
        low, high = self.value_range()
        span = max(high - low, self.default.width, 1.0)
        centre = float(np.clip(window.centre, low - span, high + span))
        width = float(np.clip(window.width, self.min_width(), 4 * span))
        return Window(centre, width)

    def preset(self, name: str) -> Window:
        """The window of a preset, in this image's value units."""
        found = next((p for p in PRESETS if p.name == name), None)
        if found is None:
            raise KeyError(name)
        if name == DEFAULT:
            return self.default
        if name == FULL_RANGE:
            low, high = self.value_range()
            return Window((low + high) / 2, max(high - low, 1.0))
        unit = self.units_per_display_level()
        low = self.default.low
        return Window(low + found.centre * unit, found.width * unit)

    # ---- rendering -------------------------------------------------------------------------------

    def render(self, window: Window, inverted: bool = False, proxy: bool = False) -> np.ndarray:
        """The 8-bit image shown for ``window`` (uint8 (H, W); the drag copy's size when ``proxy``).

        The default window shows ``pixels`` as decoded (only the optional inversion is applied).
        """
        if window == self.default or self.values is None:
            source = self._proxy(self.pixels, "_proxy_pixels") if proxy else self.pixels
            if window == self.default:
                table = np.arange(256, dtype=np.uint8) if not inverted else np.arange(255, -1, -1, dtype=np.uint8)
            else:
                table = lut_8bit(window, inverted)
            if not inverted and window == self.default:
                return source
            return cv2.LUT(source, table)
        source = self._proxy(self.values, "_proxy_values") if proxy else self.values
        table = _table(self._codes, window, inverted != self.monochrome1)
        if source.dtype == np.uint8:
            return cv2.LUT(source, table)
        index = source.view(np.uint16) if source.dtype == np.int16 else source
        return np.take(table, index)

    def proxy_scale(self) -> float:
        """Image pixels per pixel of the drag copy (1.0 when the image is small enough already)."""
        return max(self.pixels.shape) / max(self._proxy(self.pixels, "_proxy_pixels").shape)

    def _proxy(self, array: np.ndarray, attribute: str) -> np.ndarray:
        cached = getattr(self, attribute)
        if cached is None:
            cached = _downscale(array, PROXY_SIDE)
            setattr(self, attribute, cached)
        return cached
