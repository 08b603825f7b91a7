from __future__ import annotations

import numpy as np
import pytest

from cxrviewer.core import metrics


def test_auc_known_values():
    assert metrics.roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert metrics.roc_auc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1]) == 0.0
    assert metrics.roc_auc([0, 1], [0.5, 0.5]) == 0.5
    assert metrics.roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
    assert np.isnan(metrics.roc_auc([1, 1], [0.2, 0.3]))


def test_threshold_reaches_target_sensitivity_with_best_specificity():
    rng = np.random.default_rng(0)
    y = np.array([0] * 200 + [1] * 100)
    s = np.concatenate([rng.normal(0, 1, 200), rng.normal(2, 1, 100)])
    t = metrics.threshold_for_sensitivity(y, s, 0.9)
    sens, spec = metrics.sensitivity_specificity(y, s, t)
    assert sens >= 0.9
    # a slightly higher threshold would miss the target
    assert metrics.sensitivity_specificity(y, s, t + 1e-9)[0] < 0.9
    assert spec > 0.6


def test_platt_calibration_makes_scores_match_frequencies():
    rng = np.random.default_rng(1)
    true_logit = rng.normal(0, 2, 5000)
    y = (rng.random(5000) < metrics.sigmoid(true_logit)).astype(int)
    overconfident = 3.0 * true_logit + 1.0
    a, b = metrics.fit_platt(overconfident, y)
    assert a == pytest.approx(1 / 3, rel=0.15) and b == pytest.approx(-1 / 3, abs=0.15)
    ece_before, _ = metrics.expected_calibration_error(y, metrics.sigmoid(overconfident))
    ece_after, table = metrics.expected_calibration_error(y, metrics.sigmoid(a * overconfident + b))
    assert ece_after < 0.03 < ece_before
    assert sum(row["n"] for row in table) == 5000


def test_bootstrap_interval_contains_the_estimate():
    rng = np.random.default_rng(2)
    y = np.array([0] * 100 + [1] * 100)
    s = np.concatenate([rng.normal(0, 1, 100), rng.normal(1.5, 1, 100)])
    lo, hi = metrics.bootstrap_auc_ci(y, s, n=200)
    assert lo < metrics.roc_auc(y, s) < hi and hi - lo < 0.2
