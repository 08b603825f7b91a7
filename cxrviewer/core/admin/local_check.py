"""The honest local check: the model in use against an adapted candidate, on the same local images.

Every image is scored by a candidate fitted *without it*: grouped k-fold cross-validation (k = 5) over
the whole local set, a patient's images always in one fold (``adaptation.group_folds``). The threshold
the candidate would flag at is chosen inside each fold too (on that fold's training images only). The
model in use is scored as it stands (it did not see these images, unless it was itself adapted on them).

Verdict: a paired bootstrap over patients (2000 resamples, seeded) gives the 95% interval of
AUC(candidate) - AUC(current). Activation is recommended only when its lower bound is above zero.
Otherwise: "not enough evidence, keep the current model", with an estimate of how many labelled images
would settle it when the observed gain is positive. The interval's half-width shrinks about as 1/sqrt(n),
so the lower bound clears zero once ``z * sd * sqrt(n / n_needed) < gain``, i.e.
``n_needed = n * (z * sd / gain)^2`` with ``sd = (high - low) / (2 z)``, ``z = 1.96`` (assuming the gain
stays what was observed; a rough guide, not a promise).

The figures of the model in use (AUC, sensitivity, specificity at its own threshold, number of images,
date) are kept in the user data folder, one owner-only JSON file per model weights' sha256 (the version
tells apart cards that share the weights: a recalibrated or adapted model), written atomically. The app
shows them beside every score; "Not yet checked at this clinic" until a check with at least
``MIN_CHECK_IMAGES`` images exists for the model in use.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cxrviewer.core import metrics
from cxrviewer.core.admin.adaptation import TARGET_SENSITIVITY, Candidate, check_counts, fit_candidate, group_folds
from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.errors import _, english, join

log = logging.getLogger(__name__)

FOLDS = 5
BOOTSTRAP_ROUNDS = 2000
Z95 = 1.959964
MIN_CHECK_IMAGES = 50  # fewer: the check is kept but the app still says "Not yet checked at this clinic"
MIN_HEAD_IMAGES = 50  # fewer: no new head, recalibration only (see adapt_and_check)
NOT_CHECKED = "Not yet checked at this clinic"
NOT_CHECKED_TIP = (
    "This model's figures come from the public X-rays it was trained on. How well it works on this clinic's "
    "X-rays has not been measured yet: an administrator can check it on at least 50 labelled local images "
    "(Tools \u25b8 Administration \u25b8 Adapt, or cxrviewer-cli adapt)."
)


@dataclass(frozen=True)
class Figures:
    auc: float
    sensitivity: float
    specificity: float
    threshold: float
    fpr: np.ndarray
    tpr: np.ndarray

    def to_dict(self) -> dict:
        return {"auc": _num(self.auc), "sensitivity": _num(self.sensitivity), "specificity": _num(self.specificity),
                "threshold": _num(self.threshold)}


@dataclass(frozen=True)
class Difference:
    auc: float
    ci: tuple[float, float]

    def to_dict(self) -> dict:
        return {"auc": _num(self.auc), "ci": [_num(self.ci[0]), _num(self.ci[1])]}


@dataclass(frozen=True)
class LocalCheck:
    recommended: bool
    current: Figures
    candidate: Figures
    difference: Difference
    images: int
    normal: int
    abnormal: int
    reason: str
    more_images: int | None  # estimated extra labelled images to settle it (None: not estimable or settled)
    folds: tuple[tuple[frozenset, tuple[int, ...]], ...]  # (groups the fold's candidate was fitted on, images it scored)
    recipe: str

    def to_dict(self) -> dict:
        return {"recommended": self.recommended, "current": self.current.to_dict(),
                "candidate": self.candidate.to_dict(), "difference": self.difference.to_dict(),
                "images": self.images, "normal": self.normal, "abnormal": self.abnormal, "reason": english(self.reason),
                "more_images_needed": self.more_images, "recipe": self.recipe, "folds": len(self.folds),
                "bootstrap_rounds": BOOTSTRAP_ROUNDS}


def _num(x: float) -> float | None:
    return None if x is None or not math.isfinite(float(x)) else round(float(x), 6)


def cross_fit(fit: Callable[[np.ndarray], Candidate], z: np.ndarray, E: np.ndarray, y: np.ndarray, groups: Sequence,
              k: int = FOLDS, seed: int = 0):
    """Out-of-fold probabilities and thresholds: ``fit(train_indices)`` never gets an image of the fold it scores."""
    groups = np.asarray(groups, dtype=object)
    probs, thresholds = np.full(len(y), np.nan), np.full(len(y), np.nan)
    folds = []
    for test in group_folds(groups, y, k, seed):
        train = np.setdiff1d(np.arange(len(y)), test)
        model = fit(train)
        probs[test] = model.probability(z[test], E[test])
        thresholds[test] = model.threshold
        folds.append((frozenset(groups[train].tolist()), tuple(int(i) for i in test)))
    return probs, thresholds, tuple(folds)


def paired_bootstrap(labels: np.ndarray, new: np.ndarray, old: np.ndarray, groups: Sequence,
                     rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of AUC(new) - AUC(old), resampling groups (patients), both models on each sample."""
    rng = np.random.default_rng(seed)
    _unique, inverse = np.unique(np.asarray(groups, dtype=str), return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(inverse.max() + 2))
    members = [order[bounds[g]:bounds[g + 1]] for g in range(inverse.max() + 1)]
    diffs = []
    for _round in range(rounds):
        idx = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        d = metrics.roc_auc(labels[idx], new[idx]) - metrics.roc_auc(labels[idx], old[idx])
        if math.isfinite(d):
            diffs.append(d)
    if not diffs:
        return float("nan"), float("nan")
    return float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))


def more_images_needed(n: int, gain: float, ci: tuple[float, float]) -> int | None:
    """Extra images for the lower bound to clear zero if the gain held: n * (z * sd / gain)^2 - n (module doc)."""
    low, high = ci
    if not (gain > 0 and math.isfinite(low) and math.isfinite(high)) or low > 0:
        return None
    sd = (high - low) / (2 * Z95)
    return max(1, int(math.ceil(n * (Z95 * sd / gain) ** 2)) - n)


def run_local_check(z: np.ndarray, E: np.ndarray, labels: np.ndarray, groups: Sequence, current_probs: np.ndarray,
                    current_threshold: float, recipe: str = "head", target_sensitivity: float = TARGET_SENSITIVITY,
                    k: int = FOLDS, rounds: int = BOOTSTRAP_ROUNDS, seed: int = 0,
                    fit: Callable[..., Candidate] = fit_candidate) -> LocalCheck:
    """Cross-validate ``recipe`` against the model in use on the same images; the verdict and its reason."""
    y = np.asarray(labels, np.int64)
    check_counts(y)
    groups = np.asarray(groups, dtype=object)
    z, E, old = np.asarray(z, np.float64), np.asarray(E, np.float64), np.asarray(current_probs, np.float64)

    def fit_on(train: np.ndarray) -> Candidate:
        return fit(z[train], E[train], y[train], groups[train], recipe=recipe, target_sensitivity=target_sensitivity,
                   seed=seed)

    new, thresholds, folds = cross_fit(fit_on, z, E, y, groups, k, seed)
    flagged = new >= thresholds
    cand_sens, cand_spec = float(flagged[y == 1].mean()), float((~flagged[y == 0]).mean())
    cur_sens, cur_spec = metrics.sensitivity_specificity(y, old, current_threshold)
    current = Figures(metrics.roc_auc(y, old), cur_sens, cur_spec, float(current_threshold), *metrics.roc_curve(y, old)[:2])
    # a recalibration is one increasing map of the logit ``z`` (its slope is kept above zero): the model it makes
    # ranks every image as ``z`` does. Its folds' maps differ a little, and pooling them would show a ranking no
    # model has (far off where a fold's map is nearly flat); the folds still give its threshold's figures.
    ranking = z if recipe == "recalibrate" else new
    candidate = Figures(metrics.roc_auc(y, ranking), cand_sens, cand_spec, float(np.median(thresholds)),
                        *metrics.roc_curve(y, ranking)[:2])
    ci = paired_bootstrap(y, ranking, old, groups, rounds, seed)
    gain = candidate.auc - current.auc
    recommended = bool(math.isfinite(ci[0]) and ci[0] > 0)
    more = None if recommended else more_images_needed(len(y), gain, ci)
    # the figures keep their decimal point in every language, as in every core sentence; "95%" is a phrase of its
    # own so that no "% i" in a sentence looks like a printf placeholder to the catalogue tools
    values = {"candidate": f"{candidate.auc:.3f}", "current": f"{current.auc:.3f}", "level": _("95%"),
              "low": f"{ci[0]:+.3f}", "high": f"{ci[1]:+.3f}"}
    if recommended:
        reason = _("The adapted model ranks this clinic's X-rays better: AUC {candidate} against {current}, and even the "
                   "low end of the {level} interval of the gain ({low} to {high}) is above zero.").format(**values)
    else:
        reason = (_("Not enough evidence, keep the current model: AUC {candidate} (adapted) against {current} (in use); "
                    "the {level} interval of the gain ({low} to {high}) includes zero.") if ci[1] >= 0 else
                  _("Not enough evidence, keep the current model: AUC {candidate} (adapted) against {current} (in use); "
                    "the {level} interval of the gain ({low} to {high}) includes only losses.")).format(**values)
        if more:
            reason = join(" ", [reason, _("About {count} more labelled images might settle it, if the observed gain held.")
                                .format(count=more)])
        elif gain <= 0:
            reason = join(" ", [reason, _("The adapted model did no better on these images, so more images are unlikely "
                                          "to change that.")])
    return LocalCheck(recommended, current, candidate, Difference(gain, ci), len(y), int(np.sum(y == 0)),
                      int(np.sum(y == 1)), reason, more, folds, recipe)


# ---------------------------------------------------------------- the stored figures of a model at this clinic


def _folder(data_dir: Path | None) -> Path:
    if data_dir is None:
        from cxrviewer.paths import user_data_dir

        data_dir = user_data_dir()
    return Path(data_dir) / "local_checks"


def save_figures(sha256: str, version: str, figures: dict, data_dir: Path | None = None,
                 when: _dt.datetime | None = None) -> Path:
    """Add a check's figures for model (sha256, version): ``figures`` has auc, sensitivity, specificity, images."""
    folder = _folder(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    path = folder / f"{sha256}.json"
    checks = _read(path)
    entry = {**figures, "version": version, "date": (when or _dt.datetime.now()).isoformat(timespec="seconds")}
    write_json_atomic(path, {"sha256": sha256, "checks": [*checks, entry]}, mode=0o600)
    return path


def _read(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("local check file %s unreadable: %s", path, exc)
        return []
    checks = data.get("checks") if isinstance(data, dict) else None
    return [c for c in checks if isinstance(c, dict)] if isinstance(checks, list) else []


def load_figures(sha256: str, version: str, data_dir: Path | None = None) -> dict | None:
    """The newest check of this model with at least ``MIN_CHECK_IMAGES`` images, or None."""
    for check in reversed(_read(_folder(data_dir) / f"{sha256}.json")):
        if check.get("version") == version and isinstance(check.get("images"), int) and check["images"] >= MIN_CHECK_IMAGES:
            return check
    return None


def figures_text(check: dict | None) -> str:
    """One line for the result panel and About: the local figures, or "Not yet checked at this clinic"."""
    if not check:
        return NOT_CHECKED

    def pct(key: str) -> str:
        value = check.get(key)
        return f"{100 * value:.0f}%" if isinstance(value, int | float) else "?"

    auc = check.get("auc")
    auc_text = f"{auc:.2f}" if isinstance(auc, int | float) else "?"
    return (f"At this clinic ({check.get('images')} images, {str(check.get('date', ''))[:10]}): AUC {auc_text}, "
            f"sensitivity {pct('sensitivity')}, specificity {pct('specificity')}")


# ---------------------------------------------------------------- the whole job: embed, check, write the candidate


@dataclass(frozen=True)
class Adaptation:
    check: LocalCheck
    candidate_dir: Path
    candidate_card: object  # ModelCard
    base_card: object  # ModelCard

    def to_dict(self) -> dict:
        return {**self.check.to_dict(), "candidate_dir": str(self.candidate_dir),
                "base": {"name": self.base_card.name, "version": self.base_card.version, "sha256": self.base_card.sha256},
                "candidate_model": {"name": self.candidate_card.name, "version": self.candidate_card.version,
                                    "sha256": self.candidate_card.sha256}}


def adapt_and_check(base_dir: Path, items: Sequence, out_dir: Path, data_label: str, recipe: str = "head",
                    progress=None, cancel=None, data_dir: Path | None = None) -> Adaptation:
    """Run the base model once per image, check ``recipe`` by cross-validation against it, write the candidate
    fitted on all images to ``out_dir``, and keep both models' local figures. ``DataFolderError`` (a sentence)
    for unreadable files or too few images of a class; the candidate is written whatever the verdict."""
    from cxrviewer.core.admin.adaptation import embed_images, write_candidate
    from cxrviewer.core.errors import DataFolderError
    from cxrviewer.core.model.card import verify_model

    base_card = verify_model(base_dir)
    embedded = embed_images(Path(base_dir), items, progress, cancel)
    if embedded.skipped:
        path, why = embedded.skipped[0]
        raise DataFolderError(_("{count} of the {total} labelled images cannot be read (first: {path}: {why}); remove or "
                                "replace them, so the check covers exactly the images listed.").format(
            count=len(embedded.skipped), total=len(items), path=path, why=why))
    y, groups = embedded.labels, embedded.groups
    check_counts(y)
    if recipe == "head" and len(y) < MIN_HEAD_IMAGES:
        # measured (docs/adaptation.md): with ~20 images a new head was worse than no change on average at one
        # of four hospitals; from 50 on it never was. Below that, only the threshold and calibration are refitted.
        log.info("%d labelled images (< %d): recalibration only instead of a new head", len(y), MIN_HEAD_IMAGES)
        recipe = "recalibrate"
    result = run_local_check(embedded.logits, embedded.embeddings, y, groups, embedded.current_probs,
                             base_card.threshold, recipe=recipe)
    candidate = fit_candidate(embedded.logits, embedded.embeddings, y, groups, recipe=recipe)
    note = {"data": data_label, "images": result.images, "normal": result.normal, "abnormal": result.abnormal,
            "target_sensitivity": TARGET_SENSITIVITY, "local_check": result.to_dict()}
    card = write_candidate(Path(base_dir), Path(out_dir), candidate, note)
    for model, figures in ((base_card, result.current), (card, result.candidate)):
        save_figures(model.sha256, model.version, {**figures.to_dict(), "images": result.images, "data": data_label,
                                                   "cross_validated": model is card}, data_dir)
    return Adaptation(result, Path(out_dir), card, base_card)
