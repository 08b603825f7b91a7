"""LiteRT inference: one interpreter, owned by one thread.

The interpreter is not thread-safe; the GUI keeps one ``ModelRuntime`` on its model thread,
the CLI one per process. The model's checksum is verified against its card before loading,
and one warm-up call is made so the first real image is not slow.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from cxrviewer.core.errors import ModelIntegrity
from cxrviewer.core.image.preprocess import preprocess
from cxrviewer.core.metrics import sigmoid
from cxrviewer.core.model.card import TFLITE_NAME, ModelCard, verify_model
from cxrviewer.core.model.gate import OOD_NAME, InputGate, image_checks
from cxrviewer.core.types import ModelInfo, Prediction, XrayImage

log = logging.getLogger(__name__)


class ModelRuntime:
    def __init__(self, model_dir: str | Path, num_threads: int = 2) -> None:
        from ai_edge_litert.interpreter import Interpreter

        self.model_dir = Path(model_dir)
        self.card: ModelCard = verify_model(self.model_dir)
        try:
            self._interpreter = Interpreter(model_path=str(self.model_dir / TFLITE_NAME), num_threads=num_threads)
            self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError) as exc:
            message = "The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator."
            raise ModelIntegrity(message, repr(exc)) from exc
        self._input = self._interpreter.get_input_details()[0]["index"]
        outputs = self._interpreter.get_output_details()
        # identify outputs by shape: the score is (1, 1), the activation map (1, h, w), the embedding (1, C)
        self._logit = next(o["index"] for o in outputs if int(np.prod(o["shape"])) == 1)
        self._cam = next(o["index"] for o in outputs if len(o["shape"]) == 3)
        self._embedding = next((o["index"] for o in outputs if len(o["shape"]) == 2 and o["shape"][1] > 1), None)
        ood_path = self.model_dir / OOD_NAME
        self.input_gate = InputGate.load(ood_path) if ood_path.is_file() and self._embedding is not None else None
        self.info = ModelInfo(self.card.name, self.card.version, self.card.sha256)
        size = self.card.preprocessing.size
        self.run(np.zeros((size, size), np.float32))  # warm-up
        log.info("model %s %s loaded from %s", self.card.name, self.card.version, self.model_dir)

    @property
    def threshold(self) -> float:
        return self.card.threshold

    def run(self, model_input: np.ndarray) -> tuple[float, np.ndarray, np.ndarray | None]:
        """Raw outputs for one preprocessed (size, size) array: (logit, activation map, embedding)."""
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

    def calibrate(self, logit: float | np.ndarray) -> float | np.ndarray:
        cal = self.card.calibration
        return sigmoid(cal.get("a", 1.0) * np.asarray(logit) + cal.get("b", 0.0))

    def predict(self, image: XrayImage, threshold: float | None = None, check_input: bool = True) -> Prediction:
        """Score one image; raises ``NotChestXray`` for what the model cannot judge.

        ``check_input=False`` skips that refusal (the self-test scores a generated pattern).
        """
        if check_input:
            image_checks(image)
        model_input, box = preprocess(image.pixels, self.card.preprocessing)
        logit, cam, embedding = self.run(model_input)
        if check_input:
            self.check_features(model_input, embedding)
        return Prediction(
            probability=float(self.calibrate(logit)),
            threshold=self.threshold if threshold is None else threshold,
            model=self.info,
            heatmap=normalize_map(cam),
            heatmap_box=box,
        )


def normalize_map(cam: np.ndarray) -> np.ndarray:
    """Scale the activation map to [0, 1] for display (where the model looked, relatively)."""
    lo, hi = float(cam.min()), float(cam.max())
    return ((cam - lo) / (hi - lo) if hi > lo else np.zeros_like(cam)).astype(np.float32)
