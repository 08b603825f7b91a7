"""LiteRT inference: one interpreter, owned by one thread.

The interpreter is not thread-safe; the GUI keeps one ``ModelRuntime`` on its model thread,
the CLI one per process. The model folder is verified against its card before loading (every
file's sha256, the card's own checksum and ranges; ``core.model.card``), the weights are checked
against the card's input size, and one warm-up call is made so the first real image is not slow
(and a chest X-ray check made for another model is found at load, not at the first image).
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from cxrviewer.core.errors import N_, ModelIntegrity, NotChestXray, _, english
from cxrviewer.core.lungs.segmenter import (
    OneLungOnly,
    both_lungs_found,
    bundled_lung_model_dir,
    check_lung_fields,
    lung_cautions,
)
from cxrviewer.core.metrics import sigmoid
from cxrviewer.core.model.card import ADAPTED_HEAD_NAME, OOD_NAME, TFLITE_NAME, ModelCard, verify_model
from cxrviewer.core.model.gate import ONE_LUNG_FRACTION, InputGate, image_checks
from cxrviewer.core.model.head import AdaptedHead
from cxrviewer.core.model.inputs import ModelInput, prepare_input, segmenter_for
from cxrviewer.core.types import ModelInfo, Prediction, XrayImage

log = logging.getLogger(__name__)

LOAD_FAILED = N_("The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.")
MISMATCH = N_(
    "The screening model file does not match its description (model_card.json): {problem}. "
    "Please reinstall cxrviewer or ask your administrator."
)
INVALID_SCORE = N_("The screening model returned an invalid score for this image, so no score is shown.")


class ModelRuntime:
    """The screening model of one folder, with the lung segmenter it needs.

    ``lung_model_dir`` is the segmenter used for the input check and the heatmap when the model does
    not carry its own (models that crop to the lungs do): by default the bundled one.
    """

    def __init__(self, model_dir: str | Path, num_threads: int = 2, lung_model_dir: Path | None = None) -> None:
        from ai_edge_litert.interpreter import Interpreter

        self.model_dir = Path(model_dir)
        self.card: ModelCard = verify_model(self.model_dir)  # every file and the card's result-changing content
        self.lungs = segmenter_for(self.model_dir, self.card.preprocessing, lung_model_dir or bundled_lung_model_dir(), num_threads)
        try:
            self._interpreter = Interpreter(model_path=str(self.model_dir / TFLITE_NAME), num_threads=num_threads)
            self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            raise ModelIntegrity(LOAD_FAILED, repr(exc)) from exc
        size = self.card.preprocessing.size
        details = self._interpreter.get_input_details()[0]
        if [int(n) for n in details["shape"]] != [1, size, size, 1] or details["dtype"] != np.float32:
            problem = _("it expects {shape} {dtype}, the card says {size} x {size}").format(
                shape=details["shape"].tolist(), dtype=np.dtype(details["dtype"]).name, size=size
            )
            raise ModelIntegrity(_(MISMATCH).format(problem=problem), english(problem))
        self._input = details["index"]
        outputs = self._interpreter.get_output_details()
        # identify outputs by shape: the score is (1, 1), the activation map (1, h, w), the embedding (1, C)
        self._logit = next((o["index"] for o in outputs if int(np.prod(o["shape"])) == 1), None)
        self._cam = next((o["index"] for o in outputs if len(o["shape"]) == 3), None)
        self._embedding = next((o["index"] for o in outputs if len(o["shape"]) == 2 and o["shape"][1] > 1), None)
        if self._logit is None or self._cam is None:
            problem = _("it lacks the score or the heatmap output")
            raise ModelIntegrity(_(MISMATCH).format(problem=problem), english(problem))
        self.head: AdaptedHead | None = None
        if self.card.head == "adapted":  # the score comes from the clinic's head on the embedding
            if self._embedding is None:
                problem = _("it has no feature output for its adapted head")
                raise ModelIntegrity(_(MISMATCH).format(problem=problem), english(problem))
            width = next(int(o["shape"][1]) for o in outputs if o["index"] == self._embedding)
            self.head = AdaptedHead.load(self.model_dir / ADAPTED_HEAD_NAME, width)
        self.input_gate: InputGate | None = None
        if OOD_NAME in self.card.manifest:  # verified above; an unlisted ood.npz was refused there
            if self._embedding is None:
                problem = _("it has no feature output for its chest X-ray check (ood.npz)")
                raise ModelIntegrity(_(MISMATCH).format(problem=problem), english(problem))
            self.input_gate = InputGate.load(self.model_dir / OOD_NAME)
        else:
            log.warning("model %s has no chest X-ray check (no ood.npz in its card): every image is scored", self.model_dir)
        self.info = ModelInfo(self.card.name, self.card.version, self.card.sha256)
        warm = np.zeros((size, size), np.float32)
        _logit, _cam, embedding = self.run(warm)  # warm-up
        if self.input_gate is not None:
            try:
                distances = self.input_gate.distances(warm, embedding)
            except (ValueError, KeyError) as exc:  # the gate was fitted on another model's features
                problem = _("its chest X-ray check (ood.npz) was made for another model")
                raise ModelIntegrity(_(MISMATCH).format(problem=problem), repr(exc)) from exc
            if not all(np.isfinite(d) for d in distances.values()):
                problem = _("its chest X-ray check (ood.npz) gives no valid distances")
                raise ModelIntegrity(_(MISMATCH).format(problem=problem), repr(distances))
        log.info("model %s %s loaded from %s (chest X-ray check %s)", self.card.name, self.card.version, self.model_dir,
                 "on" if self.input_gate is not None else "off")

    @property
    def threshold(self) -> float:
        return self.card.threshold

    def run(self, model_input: np.ndarray) -> tuple[float, np.ndarray, np.ndarray | None]:
        """Outputs for one preprocessed (size, size) array: (logit, activation map, embedding); the logit is the
        adapted head's when the card says so (``run_network`` gives the network's own)."""
        logit, cam, embedding = self.run_network(model_input)
        if self.head is not None:
            logit = float(self.head.logit(embedding, logit))
        return logit, cam, embedding

    def run_network(self, model_input: np.ndarray) -> tuple[float, np.ndarray, np.ndarray | None]:
        """The network's raw outputs: (its own logit, activation map, embedding)."""
        self._interpreter.set_tensor(self._input, model_input[None, :, :, None].astype(np.float32))
        self._interpreter.invoke()
        logit = float(self._interpreter.get_tensor(self._logit).reshape(-1)[0])
        cam = self._interpreter.get_tensor(self._cam)[0].copy()
        embedding = self._interpreter.get_tensor(self._embedding)[0].copy() if self._embedding is not None else None
        return logit, cam, embedding

    def check_features(self, model_input: np.ndarray, embedding: np.ndarray | None) -> None:
        """Raise ``NotChestXray`` when the image is far from every training X-ray (see ``core.ood``)."""
        if self.input_gate is not None and embedding is not None:
            self.input_gate.check(model_input, embedding)

    def check_lungs(self, prepared: ModelInput, embedding: np.ndarray | None) -> None:
        """The lung-field refusals: no lungs, lungs not upright side by side, and one lung only on a film that does
        not look like a typical chest X-ray to the check (a negative, part of a film, a film turned sideways).
        One lung only on a typical film is scored with a caution: most often the other lung is white."""
        if prepared.lungs is None:
            return
        check_lung_fields(prepared.lungs)
        if not both_lungs_found(prepared.lungs) and embedding is not None and self.input_gate is not None:
            try:
                self.input_gate.check(prepared.array, embedding, ONE_LUNG_FRACTION)
            except NotChestXray as exc:
                raise OneLungOnly(detail=f"one lung found, and {exc.detail}") from exc

    def calibrate(self, logit: float | np.ndarray) -> float | np.ndarray:
        cal = self.card.calibration  # checked when the card was read: a finite and > 0, b finite
        return sigmoid(float(cal["a"]) * np.asarray(logit) + float(cal["b"]))

    def prepare(self, image: XrayImage) -> ModelInput:
        """The model input for an image (lungs found, cropped when the card says so, preprocessed)."""
        return prepare_input(image.pixels, self.card.preprocessing, self.lungs)

    def predict(self, image: XrayImage, threshold: float | None = None, check_input: bool = True) -> Prediction:
        """Score one image; raises ``NotChestXray`` (or one of its lung-field kinds) for what the model
        cannot judge: not a radiograph, no lungs, lungs not side by side, far from every training X-ray.
        One lung only and lungs cut off at the film's edge are scored, with a caution (``lung_cautions``).

        ``check_input=False`` skips those refusals (the self-test scores a generated pattern); so does a model
        folder without its chest X-ray check (ood.npz), which scores every image (logged at load).
        """
        if check_input:
            image_checks(image)
        prepared = self.prepare(image)
        logit, cam, embedding = self.run(prepared.array)
        if check_input and self.input_gate is not None:  # the model's chest X-ray check, then the lung fields
            self.check_features(prepared.array, embedding)
            self.check_lungs(prepared, embedding)
        probability = float(self.calibrate(logit))
        if not 0.0 <= probability <= 1.0:  # NaN included: never shown, never written as a score
            raise ModelIntegrity(INVALID_SCORE, f"logit {logit!r}")
        return Prediction(
            probability=probability,
            threshold=self.threshold if threshold is None else threshold,
            model=self.info,
            heatmap=normalize_map(cam),
            heatmap_box=prepared.box,
            # the heatmap is kept inside the lungs only when both were found: a lung the segmenter missed is
            # often the white one, where the disease is
            lung_mask=prepared.lungs.mask if prepared.lungs is not None and both_lungs_found(prepared.lungs) else None,
            cautions=tuple(str(c) for c in lung_cautions(prepared.lungs)) if prepared.lungs is not None else (),
        )


def normalize_map(cam: np.ndarray) -> np.ndarray:
    """Scale the activation map to [0, 1] for display (where the model looked, relatively)."""
    lo, hi = float(cam.min()), float(cam.max())
    return ((cam - lo) / (hi - lo) if hi > lo else np.zeros_like(cam)).astype(np.float32)
