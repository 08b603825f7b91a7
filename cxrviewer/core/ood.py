""""Is this a frontal chest X-ray at all?" — refuse to score what the model cannot judge.

Two layers, both cheap:

1. Image checks that need no model: a near-uniform (blank) image, a colourful image (a photograph),
   an extreme aspect ratio (a strip, a panorama).
2. A distance in the model's own embedding space (the global-average-pooled features that feed
   the score): Mahalanobis distance to the training X-rays, with a shrunk covariance. Images unlike
   anything the model was trained on land far away. The cut-off is the 99.5th percentile of the
   distances of *validation* X-rays, so about 1 in 200 real X-rays is refused by design.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cxrviewer.core.errors import NotChestXray
from cxrviewer.core.types import XrayImage

OOD_NAME = "ood.npz"
MIN_STD = 6.0  # grey levels; a real radiograph has far more contrast
MAX_COLOURFULNESS = 12.0  # mean channel spread; exported X-rays are gray (< 2)
MAX_ASPECT = 2.2


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

    def check(self, embedding: np.ndarray) -> float:
        distance = self.distance(embedding)
        if distance > self.threshold:
            raise NotChestXray(detail=f"embedding distance {distance:.1f} > {self.threshold:.1f}")
        return distance

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, mean=self.mean, precision=self.precision, threshold=np.array(self.threshold))
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> EmbeddingModel:
        data = np.load(path)
        return cls(data["mean"], data["precision"], float(data["threshold"]))


def fit_embedding_model(train: np.ndarray, validation: np.ndarray, quantile: float = 99.5, shrinkage: float = 0.1) -> EmbeddingModel:
    """Fit mean and shrunk covariance on training embeddings; cut-off from validation distances."""
    train = np.asarray(train, np.float64)
    mean = train.mean(axis=0)
    cov = np.cov(train - mean, rowvar=False)
    cov = (1 - shrinkage) * cov + shrinkage * np.eye(len(mean)) * np.trace(cov) / len(mean)
    precision = np.linalg.inv(cov)
    provisional = EmbeddingModel(mean, precision, np.inf)
    distances = np.array([provisional.distance(e) for e in validation])
    return EmbeddingModel(mean, precision, float(np.percentile(distances, quantile)))
