""""Is this a frontal chest X-ray at all?" — refuse to score what the model cannot judge.

Two layers, both cheap:

1. Image checks that need no model: a near-uniform (blank) image, a colourful image (a photograph),
   an extreme aspect ratio (a strip, a panorama).
2. Two Mahalanobis distances to the training X-rays (shrunk covariance), each with its cut-off at
   the 99.75th percentile of the distances of *validation* X-rays (so together about 1 in 200 real
   X-rays is refused by design):
   * ``embedding``: the model's own pooled features (what the score is computed from);
   * ``layout``: a 24x24 thumbnail of the preprocessed image. Chest radiographs share one layout
     (two dark lung fields either side of a bright mediastinum); a gray photograph does not, even
     when its texture happens to look X-ray-like to the network.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from cxrviewer.core.errors import NotChestXray
from cxrviewer.core.types import XrayImage

OOD_NAME = "ood.npz"
MIN_STD = 6.0  # grey levels; a real radiograph has far more contrast
MAX_COLOURFULNESS = 12.0  # mean channel spread; exported X-rays are gray (< 2)
MAX_ASPECT = 2.2
LAYOUT_SIDE = 24
CUTOFF_PERCENTILE = 99.8


def layout_features(model_input: np.ndarray) -> np.ndarray:
    """A coarse thumbnail of the preprocessed (standardised, padded) image."""
    return cv2.resize(model_input.astype(np.float32), (LAYOUT_SIDE, LAYOUT_SIDE), interpolation=cv2.INTER_AREA).ravel()


def texture_features(model_input: np.ndarray) -> np.ndarray:
    """Sharpness and intensity-shape statistics: a text page is far sharper than a radiograph,
    a gradient or cartoon far smoother; a radiograph's histogram has a typical skew."""
    x = model_input.astype(np.float32)
    half = cv2.resize(x, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    gx, gy = cv2.Sobel(x, cv2.CV_32F, 1, 0), cv2.Sobel(x, cv2.CV_32F, 0, 1)
    centred = x - x.mean()
    squared = centred * centred  # products, not ** (numpy's float power is ~30x slower here)
    var = float(squared.mean()) + 1e-6
    return np.array([
        np.log(np.abs(cv2.Laplacian(x, cv2.CV_32F)).mean() + 1e-4),
        np.log(np.abs(cv2.Laplacian(half, cv2.CV_32F)).mean() + 1e-4),
        np.log(np.hypot(gx, gy).mean() + 1e-4),
        float((squared * centred).mean() / var**1.5),
        np.log(float((squared * squared).mean() / var**2)),
        float((x > 2.0).mean()),
        float((x < -2.0).mean()),
    ])


FEATURES = {"layout": layout_features, "texture": texture_features}


def image_checks(image: XrayImage) -> None:
    """Raise ``NotChestXray`` for inputs that are plainly not a radiograph."""
    aspect = max(image.width, image.height) / min(image.width, image.height)
    small = image.pixels[:: max(1, image.height // 256), :: max(1, image.width // 256)]
    if float(small.std()) < MIN_STD:
        raise NotChestXray(detail="near-uniform image")
    if image.colourfulness > MAX_COLOURFULNESS:
        raise NotChestXray(detail=f"colourful image ({image.colourfulness:.1f})")
    if aspect > MAX_ASPECT:
        raise NotChestXray(detail=f"aspect ratio {aspect:.2f}")


@dataclass(frozen=True)
class EmbeddingModel:
    mean: np.ndarray
    precision: np.ndarray
    threshold: float

    def distance(self, embedding: np.ndarray) -> float:
        delta = np.asarray(embedding, np.float64).reshape(-1) - self.mean
        return float(np.sqrt(max(delta @ self.precision @ delta, 0.0)))



@dataclass(frozen=True)
class InputGate:
    """The distance checks of one model, by feature name ("embedding", "layout")."""

    detectors: dict[str, EmbeddingModel]

    def distances(self, features: dict[str, np.ndarray]) -> dict[str, float]:
        return {name: model.distance(features[name]) for name, model in self.detectors.items()}

    def check(self, features: dict[str, np.ndarray]) -> None:
        for name, distance in self.distances(features).items():
            if distance > self.detectors[name].threshold:
                raise NotChestXray(detail=f"{name} distance {distance:.1f} > {self.detectors[name].threshold:.1f}")

    def save(self, path: Path) -> None:
        arrays = {}
        for name, model in self.detectors.items():
            arrays[f"{name}.mean"] = model.mean
            arrays[f"{name}.precision"] = model.precision
            arrays[f"{name}.threshold"] = np.array(model.threshold)
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> InputGate:
        data = np.load(path)
        if "mean" in data.files:  # first format (embedding distance only)
            return cls({"embedding": EmbeddingModel(data["mean"], data["precision"], float(data["threshold"]))})
        names = sorted({key.split(".")[0] for key in data.files})
        return cls({n: EmbeddingModel(data[f"{n}.mean"], data[f"{n}.precision"], float(data[f"{n}.threshold"])) for n in names})


def fit_embedding_model(
    train: np.ndarray, validation: np.ndarray, quantile: float = CUTOFF_PERCENTILE, shrinkage: float = 0.1
) -> EmbeddingModel:
    """Fit mean and shrunk covariance on training embeddings; cut-off from validation distances."""
    train = np.asarray(train, np.float64)
    mean = train.mean(axis=0)
    cov = np.cov(train - mean, rowvar=False)
    cov = (1 - shrinkage) * cov + shrinkage * np.eye(len(mean)) * np.trace(cov) / len(mean)
    precision = np.linalg.inv(cov)
    provisional = EmbeddingModel(mean, precision, np.inf)
    distances = np.array([provisional.distance(e) for e in validation])
    return EmbeddingModel(mean, precision, float(np.percentile(distances, quantile)))
