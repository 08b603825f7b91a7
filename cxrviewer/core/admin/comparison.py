"""Compare a newly trained model with the one in use, on the clinic's own held-out images.

Both models score exactly the same images, none of which the new model trained or tuned on:
the candidate's *test* split, recomputed with the seed and fractions written in its card. The
admin sees ROC curves, AUC, and sensitivity/specificity at each model's own threshold, plus a
verdict that accounts for how few images a clinic usually has (a paired bootstrap of the AUC
difference, resampling patients/groups).

Threshold recalibration (choosing the threshold that reaches a target sensitivity on local
images) is here too, because it needs the same scoring and works with or without retraining.
Each function creates its own ``ModelRuntime`` objects, so the thread that calls it owns them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cxrviewer.core import metrics
from cxrviewer.core.admin.dataset import LabelledImage, split_of_group
from cxrviewer.core.errors import N_, CxrError, DataFolderError, _, join
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.model.card import ModelCard
from cxrviewer.core.types import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

MIN_ABNORMAL_FOR_THRESHOLD = 10
SMALL_CHECK_SET = 100
BOOTSTRAP_ROUNDS = 500


class ComparisonCancelled(CxrError):
    default_message = N_("The comparison was stopped before it finished.")


# ---------------------------------------------------------------- which images


def _same_path(a: str | Path | None, b: str | Path) -> bool:
    if not a:
        return False
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return False


def held_out_split(items: Sequence[LabelledImage], card: ModelCard) -> list[LabelledImage]:
    """The images a model held out for its final check, recomputed from its card's split settings."""
    split = card.extra.get("training", {}).get("split", {})
    val, test, seed = float(split.get("val_fraction", 0.15)), float(split.get("test_fraction", 0.15)), int(split.get("seed", 0))
    return [i for i in items if split_of_group(i.group, val, test, seed) == "test"]


def trained_on(card: ModelCard, data: str | Path) -> bool:
    """Whether the card says the model (or the recalibration it carries) was fitted on this data folder or list."""
    return _same_path(card.extra.get("training", {}).get("data"), data)


def unseen_images(items: Sequence[LabelledImage], card: ModelCard, data: str | Path) -> list[LabelledImage]:
    """Local images the model has not trained on: its test split if it trained on this data, else all of them."""
    return held_out_split(items, card) if trained_on(card, data) else list(items)


# ---------------------------------------------------------------- scoring


@dataclass
class ScoredImages:
    """Calibrated probabilities of several models on the same images (rows: images, columns: models)."""

    items: list[LabelledImage]
    probabilities: np.ndarray  # shape (images, models)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def labels(self) -> np.ndarray:
        return np.array([i.label for i in self.items], dtype=np.int64)

    @property
    def groups(self) -> list[str]:
        return [i.group for i in self.items]


def score_images(
    model_dirs: Sequence[Path],
    items: Sequence[LabelledImage],
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ScoredImages:
    """Decode each image once and score it with every model; unreadable files are skipped for all models."""
    from cxrviewer.core.model.runtime import ModelRuntime

    runtimes = [ModelRuntime(d) for d in model_dirs]
    kept: list[LabelledImage] = []
    rows: list[list[float]] = []
    skipped: list[tuple[Path, str]] = []
    for n, item in enumerate(items, 1):
        if cancel is not None and cancel.cancelled:
            raise ComparisonCancelled()
        try:
            image = load_image(item.path)
        except CxrError as exc:
            skipped.append((item.path, exc.sentence))
        else:
            # check_input=False: the admin vouches these are labelled chest X-rays, and both models must score
            # exactly the same images (each model's out-of-distribution check would refuse a different few)
            rows.append([rt.predict(image, check_input=False).probability for rt in runtimes])
            kept.append(item)
        if progress:
            progress(n, len(items))
    probs = np.array(rows, dtype=np.float64).reshape(len(rows), len(runtimes))
    return ScoredImages(kept, probs, skipped)


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class ModelResult:
    """One model's figures on the local check images."""

    role: str  # "Model in use" / "New model"
    name: str
    version: str
    threshold: float
    auc: float
    sensitivity: float
    specificity: float
    fpr: np.ndarray
    tpr: np.ndarray

    def to_dict(self) -> dict:
        return {"name": self.name, "version": self.version, "threshold": self.threshold, "auc": self.auc,
                "sensitivity": self.sensitivity, "specificity": self.specificity}


def evaluate(role: str, card: ModelCard, labels: np.ndarray, probs: np.ndarray, threshold: float | None = None) -> ModelResult:
    """AUC, ROC and sensitivity/specificity at ``threshold`` (default: the card's own)."""
    threshold = card.threshold if threshold is None else float(threshold)
    sens, spec = metrics.sensitivity_specificity(labels, probs, threshold)
    fpr, tpr, _thresholds = metrics.roc_curve(labels, probs)
    return ModelResult(role, card.name, card.version, threshold, metrics.roc_auc(labels, probs), sens, spec, fpr, tpr)


def paired_auc_difference(
    labels: np.ndarray, new: np.ndarray, old: np.ndarray, groups: Sequence[str], rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0
) -> tuple[float, float]:
    """95% interval of AUC(new) - AUC(old), resampling groups (patients) so both models see the same sample."""
    rng = np.random.default_rng(seed)
    unique, inverse = np.unique(np.asarray(groups), return_inverse=True)
    members = [np.flatnonzero(inverse == g) for g in range(len(unique))]
    diffs = []
    for _round in range(rounds):
        idx = np.concatenate([members[g] for g in rng.integers(0, len(unique), len(unique))])
        a, b = metrics.roc_auc(labels[idx], new[idx]), metrics.roc_auc(labels[idx], old[idx])
        if not (np.isnan(a) or np.isnan(b)):
            diffs.append(a - b)
    if not diffs:
        return float("nan"), float("nan")
    return float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))


@dataclass(frozen=True)
class Comparison:
    images: int
    normal: int
    abnormal: int
    current: ModelResult
    candidate: ModelResult
    auc_difference_interval: tuple[float, float]
    skipped: tuple[tuple[Path, str], ...] = ()

    @property
    def verdict(self) -> str:
        """One or two plain sentences: which model is better on these images, and how sure that is."""
        low, high = self.auc_difference_interval
        if np.isnan(low):
            text = _("The check images do not contain both normal and abnormal cases, so the models cannot be compared.")
        elif low > 0:
            text = _("The new model tells normal from abnormal images better than the model in use, on your images.")
        elif high < 0:
            text = _("The new model is worse than the model in use on your images. Keeping the model in use is recommended.")
        else:
            text = _("On your images there is no clear difference between the two models.")
        if self.images < SMALL_CHECK_SET:
            text = join(" ", [text, _("Only {count} images were set aside for this check, so small differences may be due "
                                      "to chance.").format(count=self.images)])
        return text

    @property
    def candidate_better(self) -> bool:
        return bool(self.auc_difference_interval[0] > 0)

    def to_audit(self) -> dict:
        low, high = self.auc_difference_interval
        return {"check_images": self.images, "normal": self.normal, "abnormal": self.abnormal,
                "current": self.current.to_dict(), "candidate": self.candidate.to_dict(),
                "auc_difference_95ci": [low, high]}


def compare_models(
    candidate: tuple[Path, ModelCard],
    current: tuple[Path, ModelCard],
    items: Sequence[LabelledImage],
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Comparison:
    """Score both models on the candidate's held-out images from ``items`` and compare them."""
    check = held_out_split(items, candidate[1])
    if not check:
        raise DataFolderError(_("No images were set aside for checking; set aside a larger share and train again."))
    scored = score_images([candidate[0], current[0]], check, progress, cancel)
    labels = scored.labels
    if len(set(labels.tolist())) < 2:
        raise DataFolderError(_("The images set aside for checking are all of one kind; add more images and train again."))
    new, old = scored.probabilities[:, 0], scored.probabilities[:, 1]
    return Comparison(
        images=len(labels),
        normal=int(np.sum(labels == 0)),
        abnormal=int(np.sum(labels == 1)),
        current=evaluate("Model in use", current[1], labels, old),
        candidate=evaluate("New model", candidate[1], labels, new),
        auc_difference_interval=paired_auc_difference(labels, new, old, scored.groups),
        skipped=tuple(scored.skipped),
    )


# ---------------------------------------------------------------- threshold recalibration


@dataclass(frozen=True)
class Recalibration:
    """What the model's current threshold gives on local images, and the threshold that reaches the target."""

    target_sensitivity: float
    images: int
    normal: int
    abnormal: int
    before: ModelResult
    after: ModelResult

    @property
    def threshold(self) -> float:
        return self.after.threshold

    def evaluation(self) -> dict:
        """Figures stored in the recalibrated card (``local_evaluation``) and the audit log."""
        return {"images": self.images, "normal": self.normal, "abnormal": self.abnormal, "auc": self.after.auc,
                "sensitivity": self.after.sensitivity, "specificity": self.after.specificity,
                "threshold_before": self.before.threshold, "sensitivity_before": self.before.sensitivity,
                "specificity_before": self.before.specificity}


def choose_threshold(labels: np.ndarray, probs: np.ndarray, target_sensitivity: float) -> float:
    """The highest threshold reaching ``target_sensitivity`` on these images (so specificity is highest)."""
    abnormal = int(np.sum(np.asarray(labels) == 1))
    if abnormal < MIN_ABNORMAL_FOR_THRESHOLD:
        raise DataFolderError(_("At least {minimum} abnormal images are needed to set a threshold; only {count} are available.")
                              .format(minimum=MIN_ABNORMAL_FOR_THRESHOLD, count=abnormal))
    if not 0.5 <= target_sensitivity <= 1.0:
        raise DataFolderError(_("Choose a target sensitivity between 50% and 100%."))
    return metrics.threshold_for_sensitivity(labels, probs, target_sensitivity)


def recalibrate(
    model: tuple[Path, ModelCard],
    items: Sequence[LabelledImage],
    target_sensitivity: float,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Recalibration:
    """Score ``items`` (images the model has not trained on) and choose the threshold for the target."""
    scored = score_images([model[0]], items, progress, cancel)
    labels, probs = scored.labels, scored.probabilities[:, 0]
    threshold = choose_threshold(labels, probs, target_sensitivity)
    return Recalibration(
        target_sensitivity=target_sensitivity,
        images=len(labels),
        normal=int(np.sum(labels == 0)),
        abnormal=int(np.sum(labels == 1)),
        before=evaluate("Current threshold", model[1], labels, probs),
        after=evaluate("New threshold", model[1], labels, probs, threshold),
    )
