"""Feature-statistics mixing (the MixStyle arm): another image's style on the same chest, in training only."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.training


def _batch() -> np.ndarray:
    """Four 'films' with the same kind of content and very different exposure: channel means 0, 10, 20, 30."""
    rng = np.random.default_rng(0)
    pattern = rng.normal(size=(4, 8, 8, 3)).astype(np.float32)
    return pattern * np.array([1, 2, 3, 4], np.float32)[:, None, None, None] + np.arange(4, dtype=np.float32)[:, None, None, None] * 10


def test_at_inference_the_layer_changes_nothing():
    from cxrviewer.core.admin.mixstyle import mixstyle_layer

    x = _batch()
    layer = mixstyle_layer()(probability=1.0, seed=1)
    assert np.array_equal(np.asarray(layer(x, training=False)), x)


def test_in_training_each_image_keeps_its_pattern_and_takes_on_a_mix_of_the_batch_s_styles():
    from cxrviewer.core.admin.mixstyle import mixstyle_layer

    x = _batch()
    layer = mixstyle_layer()(probability=1.0, alpha=1.0, seed=3)
    changed = 0
    for _ in range(10):
        y = np.asarray(layer(x, training=True))
        means = y.mean(axis=(1, 2))
        assert np.all(means >= -0.5) and np.all(means <= 30.5)  # a mix of the batch's own means, nothing else
        for n in range(4):  # the chest itself (the normalised pattern) is untouched
            assert np.corrcoef(y[n].ravel(), x[n].ravel())[0, 1] > 0.9
        changed += int(np.abs(means - x.mean(axis=(1, 2))).max() > 1.0)
    assert changed >= 5  # and the style really moves


def test_a_model_with_the_layers_saves_loads_and_exports_without_them_changing_its_output(tmp_path):
    from cxrviewer.core.admin.training import build_model
    from tests.training.exported import saved_and_exported_logits

    model = build_model(32, with_mixstyle=True, seed=0)
    assert [layer.name for layer in model.layers if "mixstyle" in layer.name] == ["mixstyle_1", "mixstyle_2"]
    x = np.random.default_rng(1).normal(size=(1, 32, 32, 1)).astype(np.float32)
    expected = np.asarray(model(x, training=False)[0])
    loaded, exported = saved_and_exported_logits(model, x, tmp_path)
    assert np.allclose(loaded, expected, atol=1e-6)
    assert np.allclose(exported.ravel(), expected.ravel(), atol=1e-4)
