"""Plain records passed between the core, the CLI and the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class StudyInfo:
    """Who and what a DICOM image is of, from its header, for the viewer's caption and the worklist.

    Empty strings where the header has nothing (or nothing valid); ``study_date`` is ISO yyyy-mm-dd.
    ``patient_name`` is "Family, Given" as DICOM's Family^Given is shown to people.
    """

    patient_id: str = ""
    patient_name: str = ""
    study_date: str = ""
    accession_number: str = ""
    modality: str = ""  # "CR", "DX", ... as written in the file
    body_part: str = ""  # Body Part Examined as written ("CHEST"), upper case


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
    # DICOM only (None for PNG/JPEG). source_mode is then "monochrome1"/"monochrome2" (both already shown
    # bright = dense in ``pixels``), "rgb", "ybr" or "palette"; source_bit_depth is Bits Stored.
    study: StudyInfo | None = None
    # (centre, width) of the window that made ``pixels``, in the units of ``stored_values`` (the
    # Modality LUT output, as DICOM's Window Center/Width are); None when no linear window from the
    # file was used (VOI LUT table or percentile fallback). For MONOCHROME1 the viewer inverts after it.
    display_window: tuple[float, float] | None = None
    # Modality LUT output (read-only), for the value under the cursor; kept only when it costs at most
    # 2 bytes a pixel (uint8/uint16/int16), i.e. at most twice ``pixels``; None otherwise (non-integer
    # rescale slope, colour images, 32-bit data).
    stored_values: np.ndarray | None = None

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
    lung_mask: np.ndarray | None = None  # bool, the lung fields over the whole image (reduced size); keeps the heatmap inside
    cautions: tuple[str, ...] = ()  # sentences shown beside the score (e.g. lungs cut off at the film's edge)

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
    # from a DICOM file's header ("" for PNG/JPEG, for files that could not be read, and for rows of
    # results databases older than schema version 3); study_date is ISO yyyy-mm-dd
    patient_id: str = ""
    patient_name: str = ""
    study_date: str = ""
    accession_number: str = ""
    # the prediction's cautions (``Prediction.cautions``: sentences in the language of the run, e.g. lungs cut
    # off at the film's edge); () without a score and for rows of results databases older than schema version 4
    cautions: tuple[str, ...] = ()


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
