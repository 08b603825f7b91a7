"""The lung mask (``lung_mask`` in a card's preprocessing): the model sees only the lungs, the rest is padding."""

from __future__ import annotations

import numpy as np
import pytest

from cxrviewer.core.image.preprocess import PreprocessSpec
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.lungs.segmenter import LungFields, LungSegmenter, bundled_lung_model_dir, model_to_image_matrix
from cxrviewer.core.model.inputs import blank_outside, keep_lungs_only, prepare_input

CROP = PreprocessSpec(size=128, lung_crop=True)
MASK = PreprocessSpec(size=128, lung_crop=True, lung_mask="lungs")
THORAX = PreprocessSpec(size=128, lung_crop=True, lung_mask="thorax")


@pytest.fixture(scope="module")
def segmenter() -> LungSegmenter:
    return LungSegmenter(bundled_lung_model_dir())


def test_only_the_lungs_are_left_and_standardised_on_their_own(real_xray_path, segmenter):
    pixels = load_image(real_xray_path).pixels
    cropped = prepare_input(pixels, CROP, segmenter)
    masked = prepare_input(pixels, MASK, segmenter)
    assert masked.box == cropped.box  # the same crop: the mask only blanks
    kept = masked.array != 0
    assert 0.3 < kept.mean() < 0.8  # two lungs, not the whole crop and not a speck
    assert not kept[0, :].any() and not kept[:, :3].all()  # the top edge (neck, labels) is blanked
    assert abs(masked.array[kept].mean()) < 1e-3 and abs(masked.array[kept].std() - 1) < 1e-2
    # inside the lungs the grey levels are those of the cropped input, only shifted and rescaled
    assert np.corrcoef(masked.array[kept], cropped.array[kept])[0, 1] > 0.999


@pytest.mark.parametrize("spec", [MASK, THORAX], ids=["lungs", "thorax"])
def test_no_pixel_of_the_lung_fields_is_blanked(real_xray_path, segmenter, spec):
    pixels = load_image(real_xray_path).pixels
    masked = prepare_input(pixels, spec, segmenter)
    rows, cols = np.nonzero(masked.lungs.mask)
    image_xy = np.stack([(cols + 0.5) / masked.scale - 0.5, (rows + 0.5) / masked.scale - 0.5, np.ones(len(rows))])
    u, v = np.rint(model_to_image_matrix(masked.box, 128) @ image_xy).astype(int)
    inside = (u >= 0) & (u < 128) & (v >= 0) & (v < 128)
    assert inside.mean() > 0.99
    assert (masked.array[v[inside], u[inside]] != 0).mean() > 0.995


@pytest.mark.parametrize("lung_pixels", [0, 20])
def test_without_lungs_or_with_a_speck_the_input_is_left_whole(lung_pixels):
    """No lungs found, or a speck too small to trust (the input check cautions or refuses such a film in the
    app): nothing is blanked, nothing fails."""
    array = np.random.default_rng(0).normal(size=(128, 128)).astype(np.float32)
    mask = np.zeros((256, 256), bool)
    mask[100 : 100 + lung_pixels, 100:101] = True
    mask.setflags(write=False)
    fields = LungFields(mask, (lung_pixels,) if lung_pixels else (), ((100, 100, 101, 100 + lung_pixels),) if lung_pixels else ())
    np.testing.assert_array_equal(keep_lungs_only(array, (0.0, 0.0, 256.0, 256.0), fields, 1.0), array)


def test_the_thorax_keeps_the_heart_between_the_lungs(real_xray_path, segmenter):
    """The convex hull of the two lungs: what lies between them (heart, mediastinum) is kept, outside still blanked."""
    pixels = load_image(real_xray_path).pixels
    lungs = prepare_input(pixels, MASK, segmenter).array != 0
    thorax = prepare_input(pixels, THORAX, segmenter).array != 0
    assert (thorax | ~lungs).all() and thorax.mean() > lungs.mean() + 0.05  # more kept, never less
    row = 80  # a row through the heart, below the carina: blanked between the lungs in one, kept in the other
    middle = slice(56, 72)
    assert not lungs[row, middle].all() and thorax[row, middle].all()
    assert not thorax[0, :].any()


def test_the_mask_needs_the_crop():
    with pytest.raises(ValueError, match="lung crop"):
        prepare_input(np.zeros((64, 64), np.uint8), PreprocessSpec(size=64, lung_mask="lungs"), None)


def test_the_setting_is_in_the_card_only_when_used():
    assert "lung_mask" not in CROP.to_dict()  # cards of earlier models keep their exact content and checksum
    assert MASK.to_dict()["lung_mask"] == "lungs" and THORAX.to_dict()["lung_mask"] == "thorax"
    assert PreprocessSpec.from_dict(THORAX.to_dict()) == THORAX


def test_training_blanks_a_film_outside_the_thorax_found_on_the_model_input_itself(real_xray_path, segmenter):
    """``--blank-outside-thorax``: the lungs found on the 128 px training input, their convex hull kept (the
    mediastinum between them too), the rest blanked, as the thorax mask does in the app."""
    from cxrviewer.core.admin.synthetic_lesions import lung_masks

    film = prepare_input(load_image(real_xray_path).pixels, CROP, segmenter).array
    lungs = lung_masks(film[None], segmenter)[0]
    blanked = blank_outside(film, lungs, thorax=True)
    kept = blanked != 0
    assert kept[lungs.astype(bool)].mean() > 0.995  # no lung pixel lost
    rows = np.nonzero(lungs.any(axis=1))[0]
    middle = rows[len(rows) // 2]
    cols = np.nonzero(lungs[middle])[0]
    assert kept[middle, cols.min():cols.max() + 1].all()  # between the lungs (the heart) is kept
    assert not kept[0, :].any()  # the neck and labels above are gone
    assert abs(blanked[kept].mean()) < 1e-2 and abs(blanked[kept].std() - 1) < 2e-2
    assert blank_outside(film, np.zeros_like(lungs), thorax=True) is film  # no lungs: the film as it is
