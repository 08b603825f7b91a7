"""Training augmentations change what they should and leave the rest alone."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.training


def _padded_batch() -> np.ndarray:
    """Two standardised 'X-rays' with zero padding at the sides, as the preprocessing makes them."""
    rng = np.random.default_rng(0)
    batch = np.zeros((2, 64, 64, 1), np.float32)
    for n in range(2):
        content = np.cumsum(rng.normal(0, 1, (64, 48)), axis=1)
        batch[n, :, 8:56, 0] = (content - content.mean()) / content.std()
    return batch


def test_style_changes_contrast_and_sharpness_but_keeps_padding_and_scale():
    import tensorflow as tf

    from cxrviewer.core.admin.training import _augmenter

    batch = _padded_batch()
    out = _augmenter(("style",), seed=0)(tf.constant(batch)).numpy()
    assert np.all(out[:, :, :8] == 0) and np.all(out[:, :, 56:] == 0)  # padding untouched
    content = out[:, :, 8:56]
    assert np.allclose(content.mean(axis=(1, 2, 3)), 0, atol=1e-3)
    assert np.allclose(content.std(axis=(1, 2, 3)), 1, atol=1e-2)  # standardised again, as the app's input is
    assert np.abs(content - batch[:, :, 8:56]).mean() > 0.05  # but it is a different look


def test_style_leaves_the_lesion_mask_channel_alone():
    import tensorflow as tf

    from cxrviewer.core.admin.training import _augmenter

    mask = np.zeros((2, 64, 64, 1), np.float32)
    mask[:, 20:30, 20:30] = 1
    both = np.concatenate([_padded_batch(), mask], axis=-1)
    out = _augmenter(("style",), seed=0)(tf.constant(both), channels=(0,)).numpy()
    assert np.array_equal(out[..., 1], mask[..., 0])
