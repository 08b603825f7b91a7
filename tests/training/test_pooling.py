"""Log-sum-exp pooling: a small finding moves the score; the model saves, loads and exports unchanged."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.training


def _pool(maps: np.ndarray) -> np.ndarray:
    from cxrviewer.core.admin.pooling import lse_pooling_layer

    return np.asarray(lse_pooling_layer()()(maps.astype(np.float32)))[:, 0]


def test_one_bright_cell_moves_the_soft_maximum_far_more_than_the_average():
    flat = np.zeros((1, 8, 8, 1))
    spot = flat.copy()
    spot[0, 3, 5, 0] = 2.0  # a nodule lighting one cell of an 8x8 map, 2 logits above the rest
    lse_rise = _pool(spot)[0] - _pool(flat)[0]
    mean_rise = spot.mean() - flat.mean()
    assert lse_rise > 1.0 and mean_rise < 0.05


def test_it_lies_between_the_average_and_the_maximum_of_the_map():
    maps = np.random.default_rng(0).normal(size=(5, 8, 8, 1))
    pooled = _pool(maps)
    assert np.all(pooled >= maps.mean(axis=(1, 2, 3)) - 1e-5)
    assert np.all(pooled <= maps.max(axis=(1, 2, 3)) + 1e-5)
    assert np.allclose(_pool(np.full((1, 8, 8, 1), 1.5)), 1.5, atol=1e-5)  # a flat map scores its value


def test_a_model_with_it_saves_loads_and_exports_without_its_output_changing(tmp_path):
    from cxrviewer.core.admin.training import build_model
    from tests.training.exported import saved_and_exported_logits

    model = build_model(32, pooling="lse", seed=0)
    x = np.random.default_rng(1).normal(size=(1, 32, 32, 1)).astype(np.float32)
    logit, cam = (np.asarray(o) for o in model(x, training=False))
    assert logit[0, 0] > cam.mean() and logit[0, 0] <= cam.max()  # the score is the soft maximum of the map
    loaded, exported = saved_and_exported_logits(model, x, tmp_path)
    assert np.allclose(loaded, logit, atol=1e-6)
    assert np.allclose(exported.ravel(), logit.ravel(), atol=1e-4)
