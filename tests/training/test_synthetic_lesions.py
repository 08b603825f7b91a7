"""Synthetic lesions: drawn into the lungs of normal films only, labelled abnormal, marked for the heatmap."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.training

SIDE = 64


def _batch(n: int = 8, seed: int = 0):
    """``n`` standardised 'films' with zero padding at the sides, their (empty) lesion masks, two rectangular
    'lungs', and labels: the first half normal, the rest abnormal; a second target column (a source number)."""
    rng = np.random.default_rng(seed)
    x = np.zeros((n, SIDE, SIDE, 2), np.float32)
    x[:, :, 8:56, 0] = rng.normal(0, 1, (n, SIDE, 48))
    lungs = np.zeros((n, SIDE, SIDE), np.float32)
    lungs[:, 10:54, 12:28] = 1
    lungs[:, 10:54, 36:52] = 1
    y = np.column_stack([np.repeat([0.0, 1.0], n // 2), np.arange(n)]).astype(np.float32)
    return x, y, lungs


def _insert(fraction: float, x, y, lungs, seed: int = 0):
    import tensorflow as tf

    from cxrviewer.core.admin.synthetic_lesions import make_lesion_inserter

    out, targets = make_lesion_inserter(fraction, seed)(tf.constant(x), tf.constant(y), tf.constant(lungs))
    return out.numpy(), targets.numpy()


def test_every_normal_film_gets_a_lesion_inside_its_lungs_and_becomes_abnormal():
    x, y, lungs = _batch()
    out, targets = _insert(1.0, x, y, lungs)
    assert np.array_equal(targets[:, 0], np.ones(8))  # normals now abnormal, abnormal ones still abnormal
    assert np.array_equal(targets[:, 1], y[:, 1])  # the source column is kept
    for n in range(4):
        added = out[n, ..., 0] - x[n, ..., 0]
        assert added.min() >= -1e-6 and added.max() > 0.1  # brighter, as a denser area is on an X-ray
        assert np.all(out[n, :, :8] == 0) and np.all(out[n, :, 56:] == 0)  # padding stays padding
        mask = out[n, ..., 1]
        assert set(np.unique(mask)) == {0.0, 1.0}
        rows, cols = np.nonzero(mask)
        assert lungs[n, int(rows.mean()), int(cols.mean())] == 1  # centred in a lung
        assert added[mask > 0].mean() > 3 * max(added[mask == 0].mean(), 1e-6)  # the mask marks where it was drawn


def test_abnormal_films_and_a_fraction_of_zero_are_left_alone():
    x, y, lungs = _batch()
    out, targets = _insert(1.0, x, y, lungs)
    assert np.array_equal(out[4:], x[4:]) and np.array_equal(targets[4:], y[4:])
    out, targets = _insert(0.0, x, y, lungs)
    assert np.array_equal(out, x) and np.array_equal(targets, y)


def test_about_the_asked_fraction_of_normal_films_get_one_and_sizes_range_from_nodule_to_opacity():
    x, y, lungs = _batch(n=64, seed=1)
    y[:, 0] = 0
    flipped, areas = 0, []
    for seed in range(5):
        out, targets = _insert(0.3, x, y, lungs, seed=seed)
        flipped += int(targets[:, 0].sum())
        areas += [float(out[n, ..., 1].sum()) for n in np.nonzero(targets[:, 0])[0]]
        assert np.array_equal(out[targets[:, 0] == 0], x[targets[:, 0] == 0])
    assert 0.2 < flipped / 320 < 0.4
    fractions = np.array(areas) / SIDE**2
    assert fractions.min() < 0.005 and fractions.max() > 0.02  # small nodules and large opacities both occur
    assert fractions.max() < 0.25


def test_without_lungs_found_the_lesion_goes_on_the_darker_content_not_the_padding():
    x, y, lungs = _batch()
    x[:, :, 8:32, 0] -= 2.0  # the left of the content is darker
    out, targets = _insert(1.0, x, y, np.zeros_like(lungs))
    assert np.all(targets[:, 0] == 1)
    for n in range(4):
        rows, cols = np.nonzero(out[n, ..., 1])
        assert 8 <= cols.mean() < 32


@pytest.mark.real_data
def test_the_lung_fields_are_found_on_the_model_input_itself(shared_cxr):
    from cxrviewer.core.admin.synthetic_lesions import lung_masks
    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.lungs.segmenter import LungSegmenter, bundled_lung_model_dir
    from cxrviewer.core.model.card import PreprocessSpec
    from cxrviewer.core.model.inputs import prepare_input

    segmenter = LungSegmenter(bundled_lung_model_dir())
    film = load_image(shared_cxr / "images" / "jsrt" / "normal" / sorted(
        p.name for p in (shared_cxr / "images" / "jsrt" / "normal").iterdir())[0]).pixels
    array = prepare_input(film, PreprocessSpec(size=128, lung_crop=True), segmenter).array
    mask = lung_masks(array[None], segmenter)[0]
    assert mask.shape == (128, 128) and mask.dtype == np.uint8
    assert 0.25 < mask.mean() < 0.75  # the crop is to the lungs: they fill much of it
    assert mask[:, :40].any() and mask[:, 88:].any() and not mask[:, 60:68].all(axis=0).any()  # two lungs apart
