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

    from cxrviewer.core.admin.augment import make_augmenter

    batch = _padded_batch()
    out = make_augmenter(("style",), seed=0)(tf.constant(batch)).numpy()
    assert np.all(out[:, :, :8] == 0) and np.all(out[:, :, 56:] == 0)  # padding untouched
    content = out[:, :, 8:56]
    assert np.allclose(content.mean(axis=(1, 2, 3)), 0, atol=1e-3)
    assert np.allclose(content.std(axis=(1, 2, 3)), 1, atol=1e-2)  # standardised again, as the app's input is
    assert np.abs(content - batch[:, :, 8:56]).mean() > 0.05  # but it is a different look


def test_style_leaves_the_lesion_mask_channel_alone():
    import tensorflow as tf

    from cxrviewer.core.admin.augment import make_augmenter

    mask = np.zeros((2, 64, 64, 1), np.float32)
    mask[:, 20:30, 20:30] = 1
    both = np.concatenate([_padded_batch(), mask], axis=-1)
    out = make_augmenter(("style",), seed=0)(tf.constant(both), channels=(0,)).numpy()
    assert np.array_equal(out[..., 1], mask[..., 0])


def test_histogram_matching_gives_an_image_another_images_grey_levels_and_keeps_the_padding():
    import tensorflow as tf

    from cxrviewer.core.admin.augment import make_augmenter

    batch = _padded_batch()
    # make the two looks very different: a skewed (gamma-like) distribution for the second image
    skewed = np.exp(batch[1, :, 8:56])
    batch[1, :, 8:56] = (skewed - skewed.mean()) / skewed.std()
    changed = 0
    for seed in range(6):
        out = make_augmenter(("histmatch",), seed=seed)(tf.constant(batch)).numpy()
        assert np.all(out[:, :, :8] == 0) and np.all(out[:, :, 56:] == 0)  # padding untouched
        content = out[:, :, 8:56]
        assert np.allclose(content.mean(axis=(1, 2, 3)), 0, atol=1e-3)
        assert np.allclose(content.std(axis=(1, 2, 3)), 1, atol=1e-2)
        # the order of the pixels (the anatomy) stays: the map is monotonic
        for n in range(2):
            flat_in, flat_out = batch[n, :, 8:56].ravel(), content[n].ravel()
            assert np.all(np.diff(flat_out[np.argsort(flat_in, kind="stable")]) >= -1e-4)
        skew = [float(((c - c.mean()) ** 3).mean()) for c in content]
        original = [float(((c - c.mean()) ** 3).mean()) for c in batch[:, :, 8:56]]
        changed += any(abs(a - b) > 0.5 for a, b in zip(skew, original, strict=True))
    assert changed >= 1  # over a few draws, an image did take the other's distribution
