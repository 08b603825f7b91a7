""""Is this a frontal chest X-ray at all?" — refuse to score what the model cannot judge.

Two layers, both cheap:

1. Image checks that need no model: a near-uniform (blank) image, a colourful image (a photograph),
   an extreme aspect ratio (a strip, a panorama).
2. Mahalanobis distances to the training X-rays (shrunk covariance), each with its cut-off at
   the 99.95th percentile of a log-normal fitted to the distances of *validation* X-rays (together
   about 1 in 100 real X-rays is refused; see ``fit_embedding_model``):
   * ``embedding``: the model's own pooled features (what the score is computed from);
   * ``outline``: an 8x8 thumbnail of the preprocessed image. Frontal chest radiographs share one
     layout (two dark lung fields either side of a bright mediastinum); a gray photograph, an X-ray
     turned sideways, an inverted X-ray or a crop of one lung does not, even when its texture looks
     X-ray-like to the network. (Models before 1.1 used a 24x24 ``layout``; measured on held-out
     X-rays, the coarser thumbnail catches 94-100% of turned, inverted and cropped X-rays against
     13-75% at the same false-rejection rate, since its covariance is estimated far better.)
   * ``texture``: sharpness and histogram-shape statistics.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from statistics import NormalDist

import cv2
import numpy as np

from cxrviewer.core.errors import N_, ModelIntegrity, NotChestXray
from cxrviewer.core.model.card import OOD_NAME  # noqa: F401 - where callers have always found it
from cxrviewer.core.types import XrayImage

UNREADABLE_GATE = N_(
    "The screening model's chest X-ray check (ood.npz) cannot be read, so images cannot be checked before "
    "scoring. Please reinstall cxrviewer or ask your administrator."
)
MIN_STD = 6.0  # grey levels; a real radiograph has far more contrast
MAX_COLOURFULNESS = 12.0  # mean channel spread; exported X-rays are gray (< 2)
MAX_ASPECT = 2.2
CUTOFF_PERCENTILE = 99.95  # of a log-normal fitted to the validation X-rays' distances


def thumbnail_features(model_input: np.ndarray, side: int) -> np.ndarray:
    """A coarse thumbnail of the preprocessed (standardised, padded) image."""
    return cv2.resize(model_input.astype(np.float32), (side, side), interpolation=cv2.INTER_AREA).ravel()


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
        np.log(cv2.mean(cv2.magnitude(gx, gy))[0] + 1e-4),  # cv2.magnitude: 10x faster than np.hypot
        float((squared * centred).mean() / var**1.5),
        np.log(float((squared * squared).mean()) / var**2 + 1e-6),
        float((x > 2.0).mean()),
        float((x < -2.0).mean()),
    ])


FEATURES = {
    "layout": partial(thumbnail_features, side=24),  # read by gates of models trained before 1.1
    "outline": partial(thumbnail_features, side=8),
    "texture": texture_features,
}
FITTED = ("embedding", "outline", "texture")  # what a new model's gate is fitted on
# Each cut-off is widened by this factor so that X-rays from a hospital the model never saw are not refused:
# the mean over the four sources of the 99th percentile of their distance ratios when left out of training
# (bench/new_site_refusal.py). The model's own features move most between hospitals; the thumbnail and
# texture statistics hardly at all.
NEW_SITE_MARGIN = {"embedding": 1.32, "outline": 1.0, "texture": 1.0}
# A film on which only one lung is found is scored (with a caution) only when every distance is within this share
# of its cut-off: a white lung on a real chest X-ray looks typical to the check (the 6 such validation and test
# X-rays of model 2.0: at most 0.66), a negative, a quarter of a film or a film turned sideways mostly does not
# (their outline distance: mostly 0.76-1.0). See docs/model.md, "One lung found".
ONE_LUNG_FRACTION = 0.75


def input_features(names, model_input: np.ndarray, embedding: np.ndarray) -> dict[str, np.ndarray]:
    """The named features of one preprocessed image ("embedding" is the model's own output)."""
    return {n: np.asarray(embedding).reshape(-1) if n == "embedding" else FEATURES[n](model_input) for n in names}


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
    threshold: float  # the cut-off, new-site margin included
    margin: float = 1.0  # the new-site margin the cut-off was widened by

    def distance(self, embedding: np.ndarray) -> float:
        delta = np.asarray(embedding, np.float64).reshape(-1) - self.mean
        return float(np.sqrt(max(delta @ self.precision @ delta, 0.0)))



@dataclass(frozen=True)
class InputGate:
    """The distance checks of one model, by feature name ("embedding", "outline", "texture")."""

    detectors: dict[str, EmbeddingModel]

    def distances(self, model_input: np.ndarray, embedding: np.ndarray) -> dict[str, float]:
        features = input_features(self.detectors, model_input, embedding)
        return {name: model.distance(features[name]) for name, model in self.detectors.items()}

    def check(self, model_input: np.ndarray, embedding: np.ndarray, fraction: float = 1.0) -> None:
        """Raise ``NotChestXray`` when a distance is over its cut-off (``fraction`` of it, for a stricter check)."""
        for name, distance in self.distances(model_input, embedding).items():
            cutoff = fraction * self.detectors[name].threshold
            if not distance <= cutoff:  # a NaN distance is refused too
                raise NotChestXray(detail=f"{name} distance {distance:.1f} > {cutoff:.1f}")

    def save(self, path: Path) -> None:
        arrays = {}
        for name, model in self.detectors.items():
            arrays[f"{name}.mean"] = model.mean
            arrays[f"{name}.precision"] = model.precision
            arrays[f"{name}.threshold"] = np.array(model.threshold)
            arrays[f"{name}.margin"] = np.array(model.margin)
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        path.write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> InputGate:
        """Read a gate; raises ``ModelIntegrity`` (a sentence) for a missing, truncated, garbage or
        nonsensical file (a NaN in it would let every image through: ``NaN > cut-off`` is False)."""
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
        except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as exc:
            raise ModelIntegrity(UNREADABLE_GATE, f"{path}: {exc!r}") from exc
        try:
            if "mean" in arrays:  # first format (embedding distance only)
                detectors = {"embedding": _detector(arrays, "mean", "precision", "threshold", None)}
            else:
                names = sorted({key.split(".")[0] for key in arrays})
                detectors = {n: _detector(arrays, f"{n}.mean", f"{n}.precision", f"{n}.threshold", f"{n}.margin")
                             for n in names}
            unknown = set(detectors) - {"embedding", *FEATURES}
            if not detectors or unknown:
                raise ValueError(f"no detectors or unknown ones: {sorted(unknown)}")
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelIntegrity(UNREADABLE_GATE, f"{path}: {exc!r}") from exc
        return cls(detectors)


def _detector(arrays: dict, mean: str, precision: str, threshold: str, margin: str | None) -> EmbeddingModel:
    """One detector from the saved arrays, checked: finite numbers, matching shapes, positive cut-off."""
    m = np.asarray(arrays[mean], np.float64)
    p = np.asarray(arrays[precision], np.float64)
    t = float(arrays[threshold])
    g = float(arrays[margin]) if margin is not None and margin in arrays else 1.0
    if m.ndim != 1 or m.size == 0 or p.shape != (m.size, m.size):
        raise ValueError(f"{mean}: shapes {m.shape} and {p.shape}")
    if not (np.isfinite(m).all() and np.isfinite(p).all() and np.isfinite(t) and t > 0 and np.isfinite(g) and g > 0):
        raise ValueError(f"{mean}: values not finite or cut-off not positive")
    return EmbeddingModel(m, p, t, g)


def fit_embedding_model(
    train: np.ndarray, validation: np.ndarray, percentile: float = CUTOFF_PERCENTILE, shrinkage: float = 0.1, margin: float = 1.0
) -> EmbeddingModel:
    """Fit mean and shrunk covariance on training features; the cut-off comes from validation distances.

    The cut-off is the ``percentile`` of a log-normal fitted to the validation distances rather than
    their raw percentile: with a few hundred validation images a raw 99.8th percentile is the second
    largest value, and it swung the false-rejection rate on other X-rays between 0.6% and 1.5%.
    """
    train = np.asarray(train, np.float64)
    mean = train.mean(axis=0)
    cov = np.cov(train - mean, rowvar=False)
    cov = (1 - shrinkage) * cov + shrinkage * np.eye(len(mean)) * np.trace(cov) / len(mean)
    precision = np.linalg.inv(cov)
    provisional = EmbeddingModel(mean, precision, np.inf)
    logs = np.log([max(provisional.distance(e), 1e-9) for e in validation])
    z = NormalDist().inv_cdf(percentile / 100)
    return EmbeddingModel(mean, precision, float(np.exp(logs.mean() + z * logs.std())) * margin, margin)
