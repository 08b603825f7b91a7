"""The lung-field segmenter: the bundled model, its checksums, its masks on real films, its refusals."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest

from cxrviewer.core.errors import CxrError, ModelIntegrity
from cxrviewer.core.lungs.segmenter import (
    CARD_NAME,
    TFLITE_NAME,
    LungFields,
    LungsCutOff,
    LungSegmenter,
    LungsNotUpright,
    NoLungsFound,
    OneLungOnly,
    bundled_lung_model_dir,
    check_lung_fields,
    lung_cautions,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_LUNGS = REPO.parent / "shared" / "data" / "lungs"


@pytest.fixture(scope="module")
def segmenter() -> LungSegmenter:
    return LungSegmenter(bundled_lung_model_dir())


@pytest.fixture(scope="module")
def lungs_data() -> Path:
    if not (SHARED_LUNGS / "manifest.csv").is_file():
        pytest.skip(f"real X-rays with lung outlines not available: {SHARED_LUNGS} is absent (it sits beside the repository in CI)")
    return SHARED_LUNGS


@pytest.fixture(scope="module")
def held_out(lungs_data, segmenter) -> list[dict]:
    """Test-split images named by the card (patients the segmenter never saw), with their outlines."""
    with (lungs_data / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        masks = {row["image"]: row["lungs"] for row in csv.DictReader(handle)}
    return [{**item, "lungs": masks[item["image"]]} for item in segmenter.card["test_images"]]


def _read(data: Path, name: str) -> np.ndarray:
    pixels = cv2.imread(str(data / name), cv2.IMREAD_GRAYSCALE)
    assert pixels is not None, name
    return pixels


def _dice(a: np.ndarray, b: np.ndarray) -> float:
    return 2.0 * float(np.logical_and(a, b).sum()) / float(a.sum() + b.sum())


def _fields(mask: np.ndarray) -> LungFields:
    """``LungFields`` for a drawn mask, as the segmenter builds them (regions largest first)."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    regions = sorted(((int(a), (int(x), int(y), int(x + w), int(y + h))) for x, y, w, h, a in stats[1:]), reverse=True)
    return LungFields(mask.astype(bool), tuple(a for a, _ in regions), tuple(b for _, b in regions))


def _two_lungs(h: int = 400, w: int = 400) -> np.ndarray:
    mask = np.zeros((h, w), bool)
    mask[80:320, 60:180] = True
    mask[80:330, 220:340] = True
    return mask


# ------------------------------------------------------------------ the model folder


def test_bundled_segmenter_loads_with_its_card(segmenter):
    assert segmenter.name == "lung-fields" and segmenter.version == "1.0.0"
    assert segmenter.threshold == 0.5
    size = segmenter.spec.size
    assert segmenter.probability(np.zeros((size, size), np.float32)).shape == (size, size)
    for source in ("jsrt_scr", "v7_covid", "v7_covid_dense"):
        assert segmenter.card["metrics"]["test"][source]["images"] > 0
    assert len(segmenter.card["citations"]) >= 4


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "lungs"
    shutil.copytree(bundled_lung_model_dir(), copy)
    return copy


def test_tampered_weights_are_refused(tmp_path):
    copy = _copy(tmp_path)
    weights = bytearray((copy / TFLITE_NAME).read_bytes())
    weights[len(weights) // 2] ^= 0xFF
    (copy / TFLITE_NAME).write_bytes(bytes(weights))
    with pytest.raises(ModelIntegrity, match="checksum"):
        LungSegmenter(copy)


def test_hand_edited_threshold_is_refused(tmp_path):
    copy = _copy(tmp_path)
    card = json.loads((copy / CARD_NAME).read_text(encoding="utf-8"))
    card["threshold"]["value"] = 0.2
    (copy / CARD_NAME).write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelIntegrity, match="changed after"):
        LungSegmenter(copy)


@pytest.mark.parametrize("missing", [TFLITE_NAME, CARD_NAME])
def test_missing_file_is_refused_with_a_sentence(tmp_path, missing):
    copy = _copy(tmp_path)
    (copy / missing).unlink()
    with pytest.raises(ModelIntegrity) as info:
        LungSegmenter(copy)
    assert info.value.user_message.endswith(".") and "missing" in info.value.user_message


# ------------------------------------------------------------------ masks


@pytest.mark.parametrize("shape", [(300, 217), (512, 512), (1203, 977)])
def test_mask_has_the_input_shape(segmenter, shape):
    rng = np.random.default_rng(0)
    gray = rng.integers(0, 256, shape, dtype=np.uint8)
    fields = segmenter.segment(gray)
    assert fields.mask.shape == shape and fields.mask.dtype == bool
    assert not fields.mask.flags.writeable
    assert 0.0 <= fields.area_fraction <= 1.0


def test_only_8_bit_grayscale_is_accepted(segmenter):
    with pytest.raises(ValueError):
        segmenter.segment(np.zeros((64, 64), np.uint16))
    with pytest.raises(ValueError):
        segmenter.segment(np.zeros((64, 64, 3), np.uint8))


@pytest.mark.parametrize("value", [0, 128, 255])
def test_blank_image_has_no_lungs(segmenter, value):
    fields = segmenter.segment(np.full((480, 400), value, np.uint8))
    assert fields.area_fraction == 0.0
    with pytest.raises(NoLungsFound):
        check_lung_fields(fields)


def test_held_out_masks_match_the_outlines_and_the_card(segmenter, lungs_data, held_out):
    """A few test-split films per source: high Dice at full resolution, and the very value the card reports
    (the card's numbers come from this inference path)."""
    for source, floor in (("jsrt_scr", 0.93), ("v7_covid", 0.85)):
        chosen = [item for item in held_out if item["source"] == source][:4]
        assert len(chosen) == 4
        values = []
        for item in chosen:
            gray = _read(lungs_data, item["image"])
            truth = _read(lungs_data, item["lungs"]) > 127
            fields = segmenter.segment(gray)
            assert fields.mask.shape == gray.shape
            values.append(_dice(fields.mask, truth))
            assert values[-1] == pytest.approx(item["dice"], abs=2e-3), item["image"]
        assert np.mean(values) >= floor, (source, values)


def test_a_large_film_gives_the_lungs_of_its_careful_reduction(segmenter, lungs_data, held_out):
    """A detector-sized film (3000 px) is reduced for the segmenter by fast halvings and a bilinear last step;
    the lungs found are those of a careful one-step area reduction of the same film."""
    from cxrviewer.core.model.inputs import LUNG_SIDE, find_lungs

    for item in held_out[:8]:
        small = _read(lungs_data, item["image"])
        big = cv2.resize(small, (3000, round(3000 * small.shape[0] / small.shape[1])), interpolation=cv2.INTER_CUBIC)
        fields, scale = find_lungs(big, segmenter)
        careful = cv2.resize(big, fields.mask.shape[::-1], interpolation=cv2.INTER_AREA)
        assert max(fields.mask.shape) == LUNG_SIDE and scale == pytest.approx(LUNG_SIDE / 3000)
        assert _dice(fields.mask, segmenter.segment(careful).mask) > 0.97, item["image"]


def test_a_whole_clear_film_passes_the_check(segmenter, lungs_data, held_out):
    item = next(i for i in held_out if i["source"] == "jsrt_scr" and i["check"] == "accepted")
    fields = segmenter.segment(_read(lungs_data, item["image"]))
    check_lung_fields(fields)
    assert len(fields.lung_areas) == 2 and 0.1 < fields.area_fraction < 0.6


def test_half_a_film_is_scored_with_cautions(segmenter, lungs_data, held_out):
    """One lung cut away (the film split down the spine): not refused, but cautioned as one lung found."""
    item = next(i for i in held_out if i["source"] == "jsrt_scr" and i["check"] == "accepted")
    gray = _read(lungs_data, item["image"])
    for half in (gray[:, : gray.shape[1] // 2], gray[:, gray.shape[1] // 2 :]):
        fields = segmenter.segment(np.ascontiguousarray(half))
        check_lung_fields(fields)
        assert OneLungOnly in {type(c) for c in lung_cautions(fields)}


# ------------------------------------------------------------------ the checks and the crop box, on drawn masks


def test_check_accepts_two_whole_lungs():
    check_lung_fields(_fields(_two_lungs()))


def test_check_names_the_problem():
    empty = np.zeros((400, 400), bool)
    with pytest.raises(NoLungsFound):
        check_lung_fields(_fields(empty))
    assert lung_cautions(_fields(empty)) == ()
    assert lung_cautions(_fields(_two_lungs())) == ()


def test_one_lung_found_is_scored_with_a_caution_not_refused():
    """A lung the segmenter cannot find is most often a white lung: the X-ray that must not go unscored."""
    one = _two_lungs()
    one[:, 200:] = False
    tiny_second = one.copy()
    tiny_second[100:110, 250:260] = True
    for mask in (one, tiny_second):
        check_lung_fields(_fields(mask))
        cautions = lung_cautions(_fields(mask))
        assert [type(c) for c in cautions] == [OneLungOnly]
        assert "completely white" in str(cautions[0]) and "look at the image" in str(cautions[0])


def test_lungs_along_the_film_edge_are_cautioned_by_side():
    cut = _two_lungs()
    cut[80:320, 0:180] = True  # the right lung runs into the left edge of the film
    check_lung_fields(_fields(cut))  # not a refusal: tightly collimated films are common
    cautions = lung_cautions(_fields(cut))
    assert [type(c) for c in cautions] == [LungsCutOff] and "left edge" in str(cautions[0])


def test_lungs_turned_sideways_are_refused():
    with pytest.raises(LungsNotUpright):
        check_lung_fields(_fields(np.ascontiguousarray(np.rot90(_two_lungs()))))
    stacked = np.zeros((400, 400), bool)
    stacked[40:180, 150:230] = True  # two tall regions, one above the other
    stacked[220:360, 160:240] = True
    with pytest.raises(LungsNotUpright):
        check_lung_fields(_fields(stacked))


def test_a_film_turned_sideways_is_refused(segmenter, lungs_data, held_out):
    item = next(i for i in held_out if i["source"] == "jsrt_scr" and i["check"] == "accepted")
    gray = np.ascontiguousarray(np.rot90(_read(lungs_data, item["image"])))
    with pytest.raises(CxrError):
        check_lung_fields(segmenter.segment(gray))


def test_errors_speak_to_a_clinician():
    for error in (NoLungsFound(), OneLungOnly(), LungsCutOff(), LungsNotUpright()):
        assert isinstance(error, CxrError)
        assert str(error) == error.user_message and error.user_message.endswith(".")
        assert "mask" not in error.user_message and "component" not in error.user_message


def test_box_is_the_lungs_plus_margin_clipped_to_the_image():
    fields = _fields(_two_lungs())
    assert fields.box(margin=0.0) == (60, 80, 340, 330)
    x0, y0, x1, y1 = fields.box()  # 8 % of 280 x 250 on each side
    assert (x0, y0, x1, y1) == (60 - 22, 80 - 20, 340 + 22, 330 + 20)
    assert fields.box(margin=1.0) == (0, 0, 400, 400)
    with pytest.raises(NoLungsFound):
        _fields(np.zeros((50, 50), bool)).box()
