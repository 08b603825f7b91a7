"""Preprocessing is one function, shared by training and inference, described by the card."""

from __future__ import annotations

import numpy as np
import pytest

from cxrviewer.core.image.preprocess import PreprocessSpec, border_box, preprocess, reduce_by_integer_factor


def test_output_shape_and_standardisation(synthetic_xray):
    x, box = preprocess(synthetic_xray, PreprocessSpec(size=128))
    assert x.shape == (128, 128) and x.dtype == np.float32
    content = x[x != 0]
    assert abs(content.mean()) < 0.1 and 0.8 < content.std() < 1.2


def test_uniform_border_is_trimmed_and_box_maps_back(synthetic_xray):
    framed = np.zeros((synthetic_xray.shape[0] + 40, synthetic_xray.shape[1] + 60), np.uint8)
    framed[20:-20, 30:-30] = synthetic_xray
    x0, y0, x1, y1 = border_box(framed)
    assert abs(x0 - 30) <= 2 and abs(y0 - 20) <= 2
    assert abs(x1 - (framed.shape[1] - 30)) <= 2 and abs(y1 - (framed.shape[0] - 20)) <= 2
    # the framed and unframed image give (nearly) the same model input
    a, _ = preprocess(framed, PreprocessSpec(size=128))
    b, _ = preprocess(synthetic_xray, PreprocessSpec(size=128))
    assert np.abs(a - b).mean() < 0.1


def test_aspect_ratio_is_kept_with_padding():
    wide = np.tile(np.linspace(0, 255, 400, dtype=np.float32), (200, 1)).astype(np.uint8)
    x, box = preprocess(wide, PreprocessSpec(size=100, crop_border=False))
    rows_with_content = np.flatnonzero(np.abs(x).sum(axis=1) > 0)
    assert 45 <= len(rows_with_content) <= 55  # 400x200 -> 100x50, centred
    x0, y0, x1, y1 = box
    assert x1 - x0 == 400 and y1 - y0 == 400 and y0 == -100


def test_brightness_and_contrast_differences_are_removed(synthetic_xray):
    """Two scanners differing only in gain/offset give the same model input."""
    darker = (synthetic_xray.astype(np.float32) * 0.6 + 20).astype(np.uint8)
    spec = PreprocessSpec(size=128, crop_border=False)
    a, _ = preprocess(synthetic_xray, spec)
    b, _ = preprocess(darker, spec)
    assert np.abs(a - b).mean() < 0.05


def test_training_and_inference_use_identical_preprocessing(real_xray_path, model_dir):
    """The training cache and the runtime give the model the same input for the card's spec (with the model's own
    lung segmenter when it crops to the lungs)."""
    from cxrviewer.core.admin.dataset import LabelledImage
    from cxrviewer.core.admin.training import _preprocess_one
    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.model.inputs import LUNGS_FOLDER, ThreadSegmenters
    from cxrviewer.core.model.runtime import ModelRuntime

    runtime = ModelRuntime(model_dir)
    spec = runtime.card.preprocessing
    segmenters = ThreadSegmenters(model_dir / LUNGS_FOLDER) if spec.lung_crop else None
    trained_on, box = _preprocess_one(LabelledImage(real_xray_path, 0, "g", "s"), spec, segmenters)
    at_inference = runtime.prepare(load_image(real_xray_path))
    np.testing.assert_allclose(trained_on.astype(np.float32), at_inference.array, atol=2e-3)
    assert tuple(box) == tuple(at_inference.box)


def test_spec_round_trips_through_the_card():
    spec = PreprocessSpec(size=320, clahe=True)
    assert PreprocessSpec.from_dict(spec.to_dict()) == spec


@pytest.mark.parametrize(("factor", "halvings"), [(4, 2), (5, 2), (6, 2), (8, 3)])
def test_large_image_is_reduced_by_halvings_like_one_area_step(synthetic_xray, factor, halvings):
    """A large image is first halved (OpenCV's fastest path) down to no less than twice the model's size; the
    pixels are those of one area step by the same power of two, give or take one grey level of rounding."""
    import cv2

    big = cv2.resize(synthetic_xray, (512 * factor + 3, 512 * factor + 1), interpolation=cv2.INTER_CUBIC)
    reduced, used = reduce_by_integer_factor(big, 256)
    assert used == 2**halvings and min(reduced.shape) >= 512
    side_h, side_w = (big.shape[0] // used) * used, (big.shape[1] // used) * used
    one_step = cv2.resize(big[:side_h, :side_w], (side_w // used, side_h // used), interpolation=cv2.INTER_AREA)
    assert reduced.shape == one_step.shape
    assert np.abs(reduced.astype(int) - one_step.astype(int)).max() <= 1


def test_large_image_fast_path_matches_a_single_area_resize(synthetic_xray):
    """A 3000 px detector image is reduced in two area steps; the model input barely differs from one step."""
    import cv2

    big = cv2.resize(synthetic_xray, (2600, 3000), interpolation=cv2.INTER_CUBIC)
    spec = PreprocessSpec(size=256, crop_border=False)
    fast, box = preprocess(big, spec)
    direct = cv2.resize(big, (222, 256), interpolation=cv2.INTER_AREA).astype(np.float32)
    direct = (direct - direct.mean()) / direct.std()
    content = fast[:, (256 - 222) // 2 : (256 - 222) // 2 + 222]
    assert np.abs(content - direct).mean() < 0.02
    x0, y0, x1, y1 = box
    assert abs((x1 - x0) - 3000) <= 6 and abs(y0) <= 1 and abs(x0 + 1500 - 1300) <= 6  # square centred on the image
