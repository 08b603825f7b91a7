"""Find the lung fields on a frontal chest X-ray with a small U-Net run by LiteRT.

Why a segmenter at all: the lung mask lets the app crop to the lungs, refuse images that show no
lungs, one lung, cut-off lungs or lungs turned sideways before a score is shown, and keep the
heatmap inside the chest. The network and its card live in ``models/lungs`` (trained by
``bench/train_lung_segmenter.py``; see docs/lung_segmenter.md). The card carries the preprocessing,
the threshold and the sha256 of the ``.tflite``; both that and the card's own result-changing content
are checked before the interpreter is built, as for the screening model.

Only numpy, OpenCV and ai-edge-litert here: this runs in the viewer, which never imports TensorFlow.
The interpreter is not thread-safe: one ``LungSegmenter`` belongs to one thread.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from cxrviewer.core.checksums import canonical_sha256, file_sha256
from cxrviewer.core.errors import N_, ModelIntegrity, NotChestXray, _
from cxrviewer.core.image.preprocess import PreprocessSpec, preprocess

log = logging.getLogger(__name__)

CARD_NAME = "lungs_card.json"
TFLITE_NAME = "lungs.tflite"

PixelBox = tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels, x1/y1 exclusive

# Thresholds of ``check_lung_fields``, as fractions of the image (or of the larger lung).
MIN_LUNG_AREA = 0.03  # both lungs cover 9-61 % of the image on the 542 hand-drawn masks
MIN_SECOND_LUNG = 0.2  # the smaller lung is 54-100 % of the larger one on those masks
MIN_LUNG_HEIGHT_TO_WIDTH = 0.8  # every lung on those masks is taller than wide (1.07 at least)
MAX_LUNG_OFFSET = 0.6  # vertical offset of the two lungs' box centres over their horizontal distance (masks: <= 0.31)
MIN_CONTRAST = 2.0  # grey levels (standard deviation): below this the image is blank, there is nothing to find
MAX_EDGE_CONTACT = 0.05  # lung along more than 5 % of an image edge: the film cuts the lung off


class NoLungsFound(NotChestXray):
    default_message = N_(
        "No lung fields were found in this image. It may not be a frontal chest X-ray, "
        "or it may be blank, overexposed or very dark."
    )


class OneLungOnly(NotChestXray):
    default_message = N_(
        "Only one lung could be found in this image. The film may be cropped or rotated, or one lung may be "
        "completely white (for example a large effusion or a collapsed lung); please look at the image itself."
    )


class LungsCutOff(NotChestXray):
    default_message = N_(
        "Part of the lungs lies outside this image (the film is cut off at the edge). "
        "A score on an incomplete chest X-ray may miss disease in the part that is not shown."
    )


class LungsNotUpright(NotChestXray):
    default_message = N_(
        "The lungs in this image do not lie side by side as on an upright frontal chest X-ray. "
        "The image may be turned sideways, or it may not be a frontal chest view."
    )


@dataclass(frozen=True, eq=False)
class LungFields:
    """The lungs found on one image, at that image's resolution.

    ``mask`` is boolean (H, W) and read-only; it holds at most the two largest connected regions
    (the two lungs), holes filled. ``lung_areas`` are their sizes in pixels, largest first, and
    ``lung_boxes`` their bounding boxes in the same order.
    """

    mask: np.ndarray
    lung_areas: tuple[int, ...]
    lung_boxes: tuple[PixelBox, ...]

    @property
    def area_fraction(self) -> float:
        """Share of the image covered by lung, 0..1."""
        return float(sum(self.lung_areas)) / float(self.mask.size)

    def box(self, margin: float = 0.08) -> PixelBox:
        """Bounding box of the lungs, widened by ``margin`` of its width/height on each side and
        clipped to the image: the crop that keeps the costophrenic angles and apices.

        Raises ``NoLungsFound`` for an empty mask (there is nothing to crop to).
        """
        if not self.lung_boxes:
            raise NoLungsFound(detail="empty lung mask")
        x0, y0 = min(b[0] for b in self.lung_boxes), min(b[1] for b in self.lung_boxes)
        x1, y1 = max(b[2] for b in self.lung_boxes), max(b[3] for b in self.lung_boxes)
        dy, dx = round(margin * (y1 - y0)), round(margin * (x1 - x0))
        h, w = self.mask.shape
        return max(0, x0 - dx), max(0, y0 - dy), min(w, x1 + dx), min(h, y1 + dy)


def card_content_sha256(card: dict) -> str:
    """sha256 of the card's result-changing content in canonical JSON: the weights' checksum, the input,
    the preprocessing and the threshold. A hand edit of any of them is refused like damaged weights."""
    content = {key: card.get(key) for key in ("sha256", "input", "preprocessing")}
    content["threshold"] = card.get("threshold", {}).get("value")
    return canonical_sha256(content)


def read_lung_card(model_dir: Path) -> dict:
    """The card beside the weights, after checking that the weights and the card's result-changing
    numbers are the ones exported together."""
    card_path, tflite_path = model_dir / CARD_NAME, model_dir / TFLITE_NAME
    if not card_path.is_file() or not tflite_path.is_file():
        raise ModelIntegrity(
            _("The lung-finding model is missing. Please reinstall cxrviewer or ask your administrator."),
            f"missing {card_path} or {tflite_path}",
        )
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
        expected = str(card["sha256"])
        spec = PreprocessSpec.from_dict(card["preprocessing"])
        threshold = float(card["threshold"]["value"])
        if not 0.0 < threshold < 1.0 or not 32 <= spec.size <= 2048 or card["input"]["size"] != spec.size:
            raise ValueError(f"threshold {threshold} or input size {spec.size} out of range")
        if card["content_sha256"] != card_content_sha256(card):
            raise ValueError("content_sha256 does not match the card's content (edited after export)")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelIntegrity(
            _(
                "The lung-finding model's description file (lungs_card.json) is damaged or was changed after the model "
                "was exported. Please reinstall cxrviewer or ask your administrator."
            ),
            repr(exc),
        ) from exc
    actual = file_sha256(tflite_path)
    if actual != expected:
        raise ModelIntegrity(
            _(
                "The lung-finding model file is damaged (its checksum does not match). "
                "Please reinstall cxrviewer or ask your administrator."
            ),
            f"sha256 {actual} != card {expected}",
        )
    return card


def bundled_lung_model_dir() -> Path:
    """The lung model shipped with the program (``cxrviewer/models/lungs``)."""
    from cxrviewer.paths import bundled_model_dir

    return bundled_model_dir() / "lungs"


def model_to_image_matrix(box: tuple[float, float, float, float], size: int) -> np.ndarray:
    """2x3 affine matrix from image pixels to model pixels for the square ``box`` that
    ``preprocess`` returned (pixel centres, as ``cv2.resize`` places them)."""
    scale = size / (box[2] - box[0])
    return np.array(
        [[scale, 0.0, scale * (0.5 - box[0]) - 0.5], [0.0, scale, scale * (0.5 - box[1]) - 0.5]],
        dtype=np.float64,
    )


def fields_from_probability(probability: np.ndarray, box: tuple[float, float, float, float], shape: tuple[int, int],
                            threshold: float = 0.5) -> LungFields:
    """Model-resolution lung probability -> ``LungFields`` at the image's resolution.

    The probability (not a thresholded mask) is resampled, so the outline is smooth at any image size;
    then the two largest regions are kept (specks elsewhere are dropped) and their holes filled
    (a dense opacity inside a lung is still lung).
    """
    h, w = shape
    matrix = model_to_image_matrix(box, probability.shape[0])
    full = cv2.warpAffine(probability.astype(np.float32), matrix, (w, h),
                          flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
    binary = (full > threshold).astype(np.uint8)
    # outer outlines of the 8-connected regions (cheaper than labelling every pixel); drawing the two
    # largest filled keeps them and fills their holes in one step
    contours, _hierarchy = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    largest = sorted(contours, key=cv2.contourArea, reverse=True)[:2]
    labelled = np.zeros((h, w), np.uint8)
    lungs = []
    for value, contour in enumerate(largest, start=1):
        cv2.drawContours(labelled, [contour], -1, value, thickness=cv2.FILLED)
        x, y, bw, bh = cv2.boundingRect(contour)
        lungs.append((int(np.count_nonzero(labelled == value)), (x, y, x + bw, y + bh)))
    lungs.sort(key=lambda lung: lung[0], reverse=True)
    kept = labelled > 0
    kept.setflags(write=False)
    return LungFields(kept, tuple(area for area, _ in lungs), tuple(box for _, box in lungs))


class LungSegmenter:
    """LiteRT lung segmenter; the weights are checked against ``lungs_card.json`` before loading."""

    def __init__(self, model_dir: Path, num_threads: int = 2) -> None:
        from ai_edge_litert.interpreter import Interpreter

        self.model_dir = Path(model_dir)
        self.card = read_lung_card(self.model_dir)
        self.spec = PreprocessSpec.from_dict(self.card["preprocessing"])
        self.threshold = float(self.card["threshold"]["value"])
        self.sha256 = str(self.card["sha256"])  # the weights' checksum (verified above): what a model trained with it records
        self.name = str(self.card.get("name", "lungs"))
        self.version = str(self.card.get("version", ""))
        try:
            self._interpreter = Interpreter(model_path=str(self.model_dir / TFLITE_NAME), num_threads=num_threads)
            self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            raise ModelIntegrity(
                _("The lung-finding model could not be loaded. Please reinstall cxrviewer or ask your administrator."),
                repr(exc),
            ) from exc
        self._input = self._interpreter.get_input_details()[0]["index"]
        self._output = self._interpreter.get_output_details()[0]["index"]
        self.probability(np.zeros((self.spec.size, self.spec.size), np.float32))  # warm-up
        log.info("lung model %s %s loaded from %s", self.name, self.version, self.model_dir)

    def probability(self, model_input: np.ndarray) -> np.ndarray:
        """Lung probability (size, size) for one preprocessed (size, size) array."""
        self._interpreter.set_tensor(self._input, model_input[None, :, :, None].astype(np.float32))
        self._interpreter.invoke()
        return self._interpreter.get_tensor(self._output).reshape(self.spec.size, self.spec.size).copy()

    def segment(self, gray: np.ndarray) -> LungFields:
        """Lung fields of an 8-bit grayscale image of any size; the mask has the image's shape."""
        if gray.dtype != np.uint8 or gray.ndim != 2:
            raise ValueError("segment expects an 8-bit grayscale (H, W) image")
        step = max(1, max(gray.shape) // 512)
        if float(gray[::step, ::step].std()) < MIN_CONTRAST:
            # a blank film standardises to all zeros, and what a network answers to that means nothing
            empty = np.zeros(gray.shape, bool)
            empty.setflags(write=False)
            return LungFields(empty, (), ())
        model_input, box = preprocess(gray, self.spec)
        return fields_from_probability(self.probability(model_input), box, gray.shape, self.threshold)


def edge_contact(mask: np.ndarray) -> dict[str, float]:
    """Fraction of each image edge that lung touches ('top', 'bottom', 'left', 'right')."""
    return {
        "top": float(mask[0].mean()),
        "bottom": float(mask[-1].mean()),
        "left": float(mask[:, 0].mean()),
        "right": float(mask[:, -1].mean()),
    }


def check_lung_fields(fields: LungFields) -> None:
    """Raise if the image shows no lungs, or lungs that do not stand upright side by side (a film turned sideways).

    Neither one lung alone nor lungs touching the film's edge is refused here (see ``lung_cautions``): a lung
    the segmenter cannot find is most often a white lung (a large effusion, consolidation or collapse), the very
    X-ray that must not be sent away unscored (on the validation and test X-rays of model 2.0, 6 of 6 such films
    were abnormal), and on the development X-rays a third of one hospital's films are collimated so tightly that
    the lungs touch the edge (271 of 850 Mendeley TB films, measured).
    """
    if not fields.lung_areas or fields.area_fraction < MIN_LUNG_AREA:
        raise NoLungsFound(detail=f"lung area {fields.area_fraction:.3f} of the image < {MIN_LUNG_AREA}")
    if not both_lungs_found(fields):  # one lung (scored with a caution) still has to stand upright
        left, top, right, bottom = fields.lung_boxes[0]
        if (bottom - top) / max(1, right - left) < MIN_LUNG_HEIGHT_TO_WIDTH:
            raise LungsNotUpright(detail=f"one lung, height/width {(bottom - top) / max(1, right - left):.2f}")
        return
    (left, top, right, bottom), (left2, top2, right2, bottom2) = fields.lung_boxes[:2]
    tallness = min((bottom - top) / max(1, right - left), (bottom2 - top2) / max(1, right2 - left2))
    dx = abs((left + right) - (left2 + right2)) / 2
    dy = abs((top + bottom) - (top2 + bottom2)) / 2
    if tallness < MIN_LUNG_HEIGHT_TO_WIDTH or dy > MAX_LUNG_OFFSET * max(dx, 1.0):
        raise LungsNotUpright(detail=f"lung height/width {tallness:.2f}, centre offset dy {dy:.0f} px over dx {dx:.0f} px")


def both_lungs_found(fields: LungFields) -> bool:
    """Two lung regions, the smaller at least MIN_SECOND_LUNG of the larger."""
    return len(fields.lung_areas) >= 2 and fields.lung_areas[1] >= MIN_SECOND_LUNG * fields.lung_areas[0]


def lung_cautions(fields: LungFields) -> tuple[NotChestXray, ...]:
    """Cautions shown beside the score (not refusals): only one lung found (a white lung, or a cropped or
    rotated film), and a lung running along the film's edge (the score may miss disease in the part not shown).
    Empty when both lungs lie inside the image, and for an image without lungs (that one is refused)."""
    if not fields.lung_areas:
        return ()
    cautions: list[NotChestXray] = []
    if not both_lungs_found(fields):
        second = fields.lung_areas[1] if len(fields.lung_areas) > 1 else 0
        cautions.append(OneLungOnly(detail=f"lung regions {fields.lung_areas[0]} and {second} px"))
    contact = edge_contact(fields.mask)
    side, fraction = max(contact.items(), key=lambda item: item[1])
    if fraction > MAX_EDGE_CONTACT:
        cautions.append(LungsCutOff(_(CUT_OFF_AT[side]), f"lung along {fraction:.0%} of the {side} edge"))
    return tuple(cautions)


CUT_OFF_AT = {  # by the edge_contact side; whole sentences, for the translator
    "top": N_("Part of the lungs may lie outside this image (cut off at the top edge). "
              "The score cannot judge what is not shown."),
    "bottom": N_("Part of the lungs may lie outside this image (cut off at the bottom edge). "
                 "The score cannot judge what is not shown."),
    "left": N_("Part of the lungs may lie outside this image (cut off at the left edge). "
               "The score cannot judge what is not shown."),
    "right": N_("Part of the lungs may lie outside this image (cut off at the right edge). "
                "The score cannot judge what is not shown."),
}
