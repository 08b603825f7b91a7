"""Adapt the model in use to one clinic's labelled images, with numpy only (no TensorFlow, no retraining).

Two recipes, both on what the frozen network already gives for each image (one model run per image:
its logit ``z`` as the current model scores it, and its embedding ``E``, the features its chest X-ray
check uses):

* ``recalibrate``: refit Platt's ``a, b`` and the threshold on the local images. The ranking (AUC) is
  unchanged; only what a score means and where the flag falls move.
* ``head``: a new logistic head on ``[E, z]``. The embedding's weights carry a strong L2 penalty and the
  current logit is a feature of its own (unpenalised), starting from weight 1: with little local evidence
  the head *is* the current model, recalibrated. The penalty is chosen by grouped cross-validation inside
  the images it is given, from a grid whose first entry is "embedding unused" (recalibration), so the
  recipe can only choose to move away from the current model when that held up on unseen local images.
  Its calibration is fitted on those cross-fitted logits, and the threshold (the highest reaching the
  target sensitivity) on the cross-fitted probabilities, so neither is tuned on images the head saw.

Fine-tuning the last block of the network needs Keras and is not offered here (docs/adaptation.md).
Whether a candidate is better is decided by ``core.admin.local_check`` (every image scored by a
candidate fitted without it), never by this module's own fit.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import logging
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cxrviewer.core import metrics
from cxrviewer.core.admin.dataset import LabelledImage
from cxrviewer.core.checksums import file_sha256
from cxrviewer.core.errors import N_, CxrError, DataFolderError, ModelIntegrity, _
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.model.card import (
    ADAPTED_HEAD_NAME,
    CARD_NAME,
    OOD_NAME,
    ModelCard,
    seal_model,
    verify_model,
)
from cxrviewer.core.model.head import AdaptedHead
from cxrviewer.core.types import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

RECIPES = ("head", "recalibrate")
MIN_PER_CLASS = 10  # fewer normal or abnormal images than this: no adaptation, no check (exit 2)
# L2 penalties on the standardised embedding weights (mean log-loss + penalty/2 * |w|^2); inf = embedding unused
PENALTIES = (float("inf"), 3.0, 1.0, 0.3, 0.1)
INNER_FOLDS = 5
TARGET_SENSITIVITY = 0.90


class AdaptationCancelled(CxrError):
    default_message = N_("The adaptation was stopped before it finished.")


# ---------------------------------------------------------------- what the network gives for each image


@dataclass
class Embedded:
    """Per image: the current model's logit (adapted head included), the network's own logit and embedding."""

    items: list[LabelledImage]
    logits: np.ndarray  # (N,) the current model's logit, before its calibration
    network_logits: np.ndarray  # (N,) the network's own logit
    embeddings: np.ndarray  # (N, C)
    current_probs: np.ndarray  # (N,) what the current model shows (its calibration applied)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def labels(self) -> np.ndarray:
        return np.array([i.label for i in self.items], dtype=np.int64)

    @property
    def groups(self) -> np.ndarray:
        return np.array([i.group for i in self.items], dtype=object)


def check_counts(labels: Sequence[int], minimum: int = MIN_PER_CLASS) -> None:
    """Refuse (``DataFolderError``, a sentence) a set with fewer than ``minimum`` images of either class."""
    labels = np.asarray(labels)
    normal, abnormal = int(np.sum(labels == 0)), int(np.sum(labels == 1))
    if min(normal, abnormal) < minimum:
        raise DataFolderError(_(
            "At least {minimum} normal and {minimum} abnormal images are needed to adapt and check the model; "
            "there are {normal} normal and {abnormal} abnormal readable images."
        ).format(minimum=minimum, normal=normal, abnormal=abnormal))


def embed_images(model_dir: Path, items: Sequence[LabelledImage], progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> Embedded:
    """Run the model once per image (unreadable files are skipped and listed, with why)."""
    from cxrviewer.core.model.runtime import ModelRuntime

    runtime = ModelRuntime(model_dir)
    kept, rows, skipped = [], [], []
    for n, item in enumerate(items, 1):
        if cancel is not None and cancel.cancelled:
            raise AdaptationCancelled()
        try:
            image = load_image(item.path)
        except CxrError as exc:
            skipped.append((item.path, exc.sentence))
        else:
            # no chest X-ray check: the administrator vouches these are labelled X-rays (as in comparison.py)
            raw, _heatmap, embedding = runtime.run_network(runtime.prepare(image).array)
            if embedding is None:
                raise ModelIntegrity(detail=f"{model_dir}: no embedding output, cannot adapt")
            rows.append((raw, embedding))
            kept.append(item)
        if progress:
            progress(n, len(items))
    network = np.array([r[0] for r in rows], np.float64)
    embeddings = np.array([r[1] for r in rows], np.float64).reshape(len(rows), -1)
    logits = runtime.head.logit(embeddings, network) if runtime.head is not None else network.copy()
    return Embedded(kept, logits, network, embeddings, np.asarray(runtime.calibrate(logits), np.float64), skipped)


# ---------------------------------------------------------------- fitting


def fit_logistic(X: np.ndarray, y: np.ndarray, penalty: np.ndarray, start: np.ndarray, iterations: int = 50) -> np.ndarray:
    """Minimise mean log-loss + 1/2 sum(penalty * theta^2) by Newton steps with backtracking."""
    theta = start.astype(np.float64).copy()

    def loss(t: np.ndarray) -> float:
        s = X @ t
        return float(np.mean(np.logaddexp(0.0, s) - y * s) + 0.5 * np.sum(penalty * t * t))

    current = loss(theta)
    for _step in range(iterations):
        p = metrics.sigmoid(X @ theta)
        w = np.maximum(p * (1 - p), 1e-9)
        grad = X.T @ (p - y) / len(y) + penalty * theta
        hess = (X * w[:, None]).T @ X / len(y) + np.diag(penalty + 1e-8)
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while scale > 1e-6:
            new = loss(theta - scale * step)
            if new <= current:
                break
            scale /= 2
        else:
            break
        theta, current = theta - scale * step, new
        if np.max(np.abs(scale * step)) < 1e-8:
            break
    return theta


def platt_targets(y: np.ndarray) -> np.ndarray:
    """Platt's (1999) targets, (N+ + 1)/(N+ + 2) and 1/(N- + 2) instead of 1 and 0: with few images that the model
    already separates perfectly, plain log-loss drives the slope to infinity (slopes of 50-170 were fitted on 20-100
    Mendeley images), the probabilities of new images saturate at exactly 0.0 and 1.0 and their ranking is lost."""
    y = np.asarray(y, np.float64)
    positives, negatives = float(np.sum(y == 1)), float(np.sum(y == 0))
    return np.where(y == 1, (positives + 1) / (positives + 2), 1 / (negatives + 2))


def fit_platt_positive(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt's a, b with a > 0 (a card refuses any other): a model that ranks these images backwards gets a
    nearly flat calibration at the base rate instead (its ranking is then for the head to fix, not the slope)."""
    a, b = metrics.fit_platt(x, platt_targets(y))
    if a > 1e-3:
        return a, b
    rate = min(max(float(np.mean(y)), 1e-3), 1 - 1e-3)
    return 1e-3, float(np.log(rate / (1 - rate)) - 1e-3 * np.mean(x))


def fit_head_on(z: np.ndarray, E: np.ndarray, y: np.ndarray, penalty: float) -> AdaptedHead:
    """The head on ``[E, z]`` for one penalty (in terms of the *current* logit ``z``); inf: Platt on z alone."""
    y = y.astype(np.float64)
    if not np.isfinite(penalty):
        a, b = metrics.fit_platt(z, platt_targets(y))
        return AdaptedHead(np.zeros(E.shape[1]), a, b)
    mean, sd = E.mean(axis=0), E.std(axis=0)
    sd = np.where(sd > 1e-6, sd, 1.0)
    X = np.column_stack([(E - mean) / sd, z, np.ones(len(z))])
    pen = np.concatenate([np.full(E.shape[1], penalty), [1e-4, 1e-4]])
    start = np.concatenate([np.zeros(E.shape[1]), [1.0, 0.0]])
    theta = fit_logistic(X, y, pen, start)
    w = theta[: E.shape[1]] / sd
    return AdaptedHead(w, float(theta[-2]), float(theta[-1] - np.sum(w * mean)))


def group_folds(groups: Sequence, labels: Sequence[int], k: int, seed: int) -> list[np.ndarray]:
    """``k`` test folds of image indices; a group (patient) lies in one fold only; groups dealt by label so
    each fold gets both classes where there are enough."""
    groups, labels = np.asarray(groups, dtype=object), np.asarray(labels)
    unique = sorted(set(groups.tolist()), key=str)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(unique))
    label_of = {g: int(labels[groups == g].max()) for g in unique}
    dealt = sorted((unique[i] for i in order), key=lambda g: label_of[g])  # stable: shuffled within each label
    k = max(2, min(k, len(unique)))
    fold_of = {g: n % k for n, g in enumerate(dealt)}
    folds = np.array([fold_of[g] for g in groups.tolist()])
    return [np.flatnonzero(folds == f) for f in range(k)]


@dataclass(frozen=True)
class Candidate:
    """A fitted recipe: head (on the current logit) and calibration; probabilities for new images."""

    recipe: str
    head: AdaptedHead | None  # None for "recalibrate"
    a: float
    b: float
    threshold: float
    penalty: float

    def logit(self, z: np.ndarray, E: np.ndarray) -> np.ndarray:
        return self.head.logit(E, z) if self.head is not None else np.asarray(z, np.float64)

    def probability(self, z: np.ndarray, E: np.ndarray) -> np.ndarray:
        return metrics.sigmoid(self.a * self.logit(z, E) + self.b)

    def describe(self) -> dict:
        return {"recipe": self.recipe, "penalty": None if not np.isfinite(self.penalty) else self.penalty,
                "embedding_used": bool(self.head is not None and np.isfinite(self.penalty))}


def _threshold(y: np.ndarray, probs: np.ndarray, target: float) -> float:
    t = metrics.threshold_for_sensitivity(y, probs, target) if np.any(y == 1) else 0.5
    return float(min(max(t, 1e-6), 1 - 1e-6))  # a card's threshold lies strictly inside (0, 1)


def fit_candidate(z: np.ndarray, E: np.ndarray, y: np.ndarray, groups: Sequence, recipe: str = "head",
                  target_sensitivity: float = TARGET_SENSITIVITY, penalties: Sequence[float] = PENALTIES,
                  seed: int = 0) -> Candidate:
    """Fit ``recipe`` on these images; penalty, calibration and threshold from inner grouped CV (see module doc)."""
    if recipe not in RECIPES:
        raise ValueError(f"unknown recipe {recipe!r}")
    y = np.asarray(y, np.int64)
    z, E = np.asarray(z, np.float64), np.asarray(E, np.float64)
    if recipe == "recalibrate":
        a, b = fit_platt_positive(z, y)
        probs = metrics.sigmoid(a * z + b)
        return Candidate(recipe, None, a, b, _threshold(y, probs, target_sensitivity), float("inf"))
    folds = group_folds(groups, y, INNER_FOLDS, seed)
    best: tuple[float, float, np.ndarray] | None = None
    for penalty in penalties:
        oof = np.zeros(len(y))
        for test in folds:
            train = np.setdiff1d(np.arange(len(y)), test)
            oof[test] = fit_head_on(z[train], E[train], y[train], penalty).logit(E[test], z[test])
        loss = float(np.mean(np.logaddexp(0.0, oof) - y * oof))
        if best is None or loss < best[0] - 1e-9:  # ties keep the earlier (more cautious) penalty
            best = (loss, penalty, oof)
    _score, penalty, oof = best
    a, b = fit_platt_positive(oof, y)  # calibration of cross-fitted logits: not tuned on images the head saw
    head = fit_head_on(z, E, y, penalty)
    return Candidate(recipe, head, a, b, _threshold(y, metrics.sigmoid(a * oof + b), target_sensitivity), penalty)


# ---------------------------------------------------------------- the candidate model folder


def write_candidate(base_dir: Path, out_dir: Path, candidate: Candidate, note: dict,
                    now: Callable[[], _dt.datetime] = _dt.datetime.now) -> ModelCard:
    """A complete model folder in ``out_dir``: the base's files (checked against its card), the head and a card
    whose calibration, threshold and ``head`` say how to use it, sealed (checksums of every file)."""
    base_dir, out_dir = Path(base_dir), Path(out_dir)
    card = verify_model(base_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise DataFolderError(_("The folder {folder} is not empty; choose a new folder for the adapted model.").format(folder=out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    for source in base_dir.iterdir():
        if source.name.startswith(".") or source.name in (CARD_NAME, "__pycache__"):
            continue
        if source.is_dir():
            shutil.copytree(source, out_dir / source.name, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        elif source.is_file():
            shutil.copy2(source, out_dir / source.name)
    for name, digest in card.manifest.items():  # a copy damaged on the way is caught, not sealed
        if file_sha256(out_dir / name) != digest:
            raise ModelIntegrity(detail=f"copy of {name} differs from the base model's checksum")
    head_kind = card.head
    if candidate.head is not None:
        base_head = AdaptedHead.load(base_dir / ADAPTED_HEAD_NAME) if card.head == "adapted" else None
        head = base_head.then(candidate.head) if base_head is not None else candidate.head
        head.save(out_dir / ADAPTED_HEAD_NAME)
        head_kind = "adapted"
    stamp = now().strftime("%Y%m%d%H%M")
    threshold_info = {**card.extra.get("threshold", {}), "target_sensitivity": note.get("target_sensitivity"),
                      "method": "highest threshold with cross-validated sensitivity >= target on local images"}
    extra = {**card.extra, "threshold": threshold_info,
             "adaptation": {**note, **candidate.describe(), "from": {"name": card.name, "version": card.version,
                                                                    "sha256": card.sha256, "head": card.head},
                            "when": now().isoformat(timespec="seconds")}}
    extra.pop("registry", None)
    version = f"{card.version.split('+', 1)[0]}+adapted.{stamp}"
    calibration = {"method": "platt", "a": float(candidate.a), "b": float(candidate.b),
                   "fitted_on": "local images (cross-fitted)"}
    new = dataclasses.replace(card, version=version, threshold=float(candidate.threshold), calibration=calibration,
                              extra=extra, head=head_kind)
    seal_model(out_dir, new, require_gate=OOD_NAME in card.manifest)
    return verify_model(out_dir)
