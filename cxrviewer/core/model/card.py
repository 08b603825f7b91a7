"""The model card: the JSON beside the weights that says what the model is and how to use it.

Everything the runtime needs beyond the weights lives here: input size, preprocessing,
calibration, threshold and the checksum of the ``.tflite`` file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.errors import ModelIntegrity, ModelMissing
from cxrviewer.core.image.preprocess import PreprocessSpec

CARD_NAME = "model_card.json"
TFLITE_NAME = "model.tflite"
KERAS_NAME = "model.keras"


@dataclass(frozen=True)
class ModelCard:
    name: str
    version: str
    sha256: str
    preprocessing: PreprocessSpec
    threshold: float
    calibration: dict = field(default_factory=lambda: {"method": "platt", "a": 1.0, "b": 0.0})
    extra: dict = field(default_factory=dict)  # metrics, training summary, intended use, ...

    def to_dict(self) -> dict:
        data = dict(self.extra)
        data.update(
            {
                "name": self.name,
                "version": self.version,
                "sha256": self.sha256,
                "input": {"size": self.preprocessing.size, "channels": 1, "dtype": "float32"},
                "preprocessing": self.preprocessing.to_dict(),
                "calibration": self.calibration,
                "threshold": {**data.get("threshold", {}), "value": self.threshold},
            }
        )
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ModelCard:
        known = {"name", "version", "sha256", "preprocessing", "calibration"}
        return cls(
            name=data["name"],
            version=str(data["version"]),
            sha256=data["sha256"],
            preprocessing=PreprocessSpec.from_dict(data["preprocessing"]),
            threshold=float(data["threshold"]["value"]),
            calibration=data.get("calibration", {"method": "platt", "a": 1.0, "b": 0.0}),
            extra={k: v for k, v in data.items() if k not in known},
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_card(model_dir: str | Path) -> ModelCard:
    path = Path(model_dir) / CARD_NAME
    if not path.is_file() or not (Path(model_dir) / TFLITE_NAME).is_file():
        raise ModelMissing(detail=f"missing {path} or {TFLITE_NAME}")
    try:
        return ModelCard.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        message = "The screening model's description file is damaged. Please reinstall cxrviewer or ask your administrator."
        raise ModelIntegrity(message, repr(exc)) from exc


def verify_model(model_dir: str | Path) -> ModelCard:
    """Read the card and check the weights' sha256 against it."""
    card = read_card(model_dir)
    actual = file_sha256(Path(model_dir) / TFLITE_NAME)
    if actual != card.sha256:
        raise ModelIntegrity(detail=f"sha256 {actual} != card {card.sha256}")
    return card


def write_card(model_dir: str | Path, card: ModelCard) -> Path:
    path = Path(model_dir) / CARD_NAME
    write_json_atomic(path, card.to_dict())
    return path
