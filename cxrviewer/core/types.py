"""Plain records passed between the core, the CLI and the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass(frozen=True, eq=False)
class XrayImage:
    """A decoded image as 8-bit grayscale, plus what it was before conversion."""

    pixels: np.ndarray  # uint8, shape (H, W)
    path: Path | None
    sha256: str
    source_format: str  # "PNG", "JPEG"
    source_bit_depth: int  # 8 or 16
    source_mode: str  # "gray", "rgb", "rgba", "palette"
    colourfulness: float = 0.0  # mean spread between colour channels (0 for gray); photographs are high

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    sha256: str


@dataclass(frozen=True, eq=False)
class Prediction:
    """A calibrated abnormality probability and where the model looked.

    ``heatmap`` is in [0, 1], shape (h, w) of the model's feature grid, covering the
    model input square; ``heatmap_box`` maps it back onto the original image:
    (x0, y0, x1, y1) in image pixels of the square the model saw (it may extend
    past the image where it was padded).
    """

    probability: float
    threshold: float
    model: ModelInfo
    heatmap: np.ndarray | None = None
    heatmap_box: tuple[float, float, float, float] | None = None

    @property
    def flagged(self) -> bool:
        return self.probability >= self.threshold


@dataclass(frozen=True)
class ScreeningRow:
    """One image of a screened folder: a score or the reason there is none."""

    file: str
    sha256: str | None
    probability: float | None
    threshold: float | None
    flagged: bool | None
    model_name: str
    model_version: str
    screened_at: str
    error: str | None = None


@dataclass
class CancelToken:
    """Set from any thread; long loops check ``cancelled`` between items."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


ProgressCallback = Callable[[int, int], None]  # (done, total)
