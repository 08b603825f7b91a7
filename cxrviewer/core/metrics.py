"""Evaluation arithmetic in plain NumPy: AUC, ROC, threshold choice, Platt calibration, ECE.

Kept here (not in training) so the viewer-side admin comparison and ``bench/evaluate.py`` use
exactly the figures the training run wrote into the model card.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Area under the ROC curve (Mann-Whitney, ties count half). NaN when one class is absent."""
    y = np.asarray(labels, dtype=np.int64)
    s = np.asarray(scores, dtype=np.float64)
    pos, neg = s[y == 1], s[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    _, inverse, counts = np.unique(np.concatenate([pos, neg]), return_inverse=True, return_counts=True)
    average_rank = np.cumsum(counts) - (counts - 1) / 2.0  # ties share the mean of their ranks
    ranks = average_rank[inverse]
    rank_sum = ranks[: len(pos)].sum()
    return float((rank_sum - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg)))


def roc_curve(labels: Sequence[int], scores: Sequence[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(false-positive rate, true-positive rate, thresholds), thresholds descending."""
    y = np.asarray(labels, dtype=np.int64)
    s = np.asarray(scores, dtype=np.float64)
    thresholds = np.unique(s)[::-1]
    tpr = np.array([np.mean(s[y == 1] >= t) for t in thresholds])
    fpr = np.array([np.mean(s[y == 0] >= t) for t in thresholds])
    return np.concatenate([[0.0], fpr]), np.concatenate([[0.0], tpr]), np.concatenate([[np.inf], thresholds])


def sensitivity_specificity(labels: Sequence[int], scores: Sequence[float], threshold: float) -> tuple[float, float]:
    y = np.asarray(labels, dtype=np.int64)
    flagged = np.asarray(scores, dtype=np.float64) >= threshold
    sens = float(flagged[y == 1].mean()) if np.any(y == 1) else float("nan")
    spec = float((~flagged[y == 0]).mean()) if np.any(y == 0) else float("nan")
    return sens, spec


def threshold_for_sensitivity(labels: Sequence[int], scores: Sequence[float], target: float = 0.90) -> float:
    """The highest threshold whose sensitivity is at least ``target`` (so specificity is highest)."""
    y = np.asarray(labels, dtype=np.int64)
    pos = np.sort(np.asarray(scores, dtype=np.float64)[y == 1])
    if len(pos) == 0:
        raise ValueError("no abnormal images to set a threshold on")
    # flag at least ceil(target * n) positives: threshold at the k-th highest positive score
    k = int(np.ceil(target * len(pos)))
    return float(pos[len(pos) - k])


def sigmoid(x: np.ndarray | float) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=np.float64)))  # no overflow for large |x|


def _log_loss(x: np.ndarray, y: np.ndarray, a: float, b: float) -> float:
    z = a * x + b
    return float(np.sum(np.logaddexp(0.0, z) - y * z))


def fit_platt(logits: Sequence[float], labels: Sequence[int], iterations: int = 100) -> tuple[float, float]:
    """Fit p = sigmoid(a * logit + b) on the log-loss (Platt scaling), Newton steps with backtracking."""
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    a, b = 1.0, 0.0
    loss = _log_loss(x, y, a, b)
    for _ in range(iterations):
        p = sigmoid(a * x + b)
        w = np.maximum(p * (1 - p), 1e-9)
        grad = np.array([np.sum((p - y) * x), np.sum(p - y)])
        hess = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]]) + 1e-6 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while scale > 1e-6:
            new_loss = _log_loss(x, y, a - scale * step[0], b - scale * step[1])
            if new_loss <= loss:
                break
            scale /= 2
        else:
            break
        a, b, loss = a - scale * step[0], b - scale * step[1], new_loss
        if np.max(np.abs(scale * step)) < 1e-9:
            break
    return float(a), float(b)


def expected_calibration_error(labels: Sequence[int], probs: Sequence[float], bins: int = 10) -> tuple[float, list[dict]]:
    """ECE over equal-width bins, and the reliability table (mean predicted vs observed per bin)."""
    y = np.asarray(labels, dtype=np.float64)
    p = np.asarray(probs, dtype=np.float64)
    edges = np.linspace(0, 1, bins + 1)
    table, ece = [], 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if not mask.any():
            continue
        conf, acc = float(p[mask].mean()), float(y[mask].mean())
        ece += mask.mean() * abs(conf - acc)
        table.append({"bin": [float(lo), float(hi)], "n": int(mask.sum()), "predicted": conf, "observed": acc})
    return float(ece), table


def bootstrap_auc_ci(
    labels: Sequence[int], scores: Sequence[float], groups: Sequence[str] | None = None, n: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """95% interval of the AUC, resampling groups (patients) when given, else images."""
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=np.float64)
    rng = np.random.default_rng(seed)
    keys = np.asarray(groups) if groups is not None else np.arange(len(y)).astype(str)
    unique, inverse = np.unique(keys, return_inverse=True)
    members = [np.flatnonzero(inverse == i) for i in range(len(unique))]
    aucs = []
    for _ in range(n):
        pick = rng.integers(0, len(unique), len(unique))
        idx = np.concatenate([members[i] for i in pick])
        auc = roc_auc(y[idx], s[idx])
        if not np.isnan(auc):
            aucs.append(auc)
    return float(np.percentile(aucs, 2.5)), float(np.percentile(aucs, 97.5))


def per_source_auc(labels: np.ndarray, scores: np.ndarray, sources: np.ndarray) -> dict[str, float]:
    """AUC within each source that has both classes (the yardstick: pooled AUC rewards telling sources apart)."""
    out = {}
    for source in sorted(set(sources.tolist())):
        mask = sources == source
        auc = roc_auc(labels[mask], scores[mask])
        if not np.isnan(auc):
            out[source] = auc
    return out


def source_mean_auc(labels: np.ndarray, scores: np.ndarray, sources: np.ndarray) -> float:
    """Mean within-source AUC over sources with both classes; falls back to pooled AUC."""
    aucs = per_source_auc(labels, scores, sources)
    return float(np.mean(list(aucs.values()))) if aucs else roc_auc(labels, scores)
