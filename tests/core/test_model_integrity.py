"""A model folder is one unit: every file and every result-changing number of its card is checked.

Each test tampers with a copy of the bundled model the way a tester did (a deleted ``ood.npz``, a NaN
threshold, a negated calibration, ...) and expects a refusal with a sentence, never a silent change
of results and never a traceback.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from cxrviewer.core.errors import ModelIntegrity, ModelMissing
from cxrviewer.core.model.card import (
    CARD_NAME,
    KERAS_NAME,
    OOD_NAME,
    TFLITE_NAME,
    file_sha256,
    read_card,
    seal_model,
    verify_model,
    write_card,
)
from cxrviewer.core.model.runtime import ModelRuntime


@pytest.fixture
def copy(bundled_model_dir, tmp_path) -> Path:
    """A full copy of the bundled model (weights, gate, .keras, sealed card)."""
    folder = tmp_path / "model"
    shutil.copytree(bundled_model_dir, folder)
    return folder


def edit_card(folder: Path, change) -> None:
    """Edit the card's JSON by hand (as a person with a text editor would), without re-sealing."""
    path = folder / CARD_NAME
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=2))  # NaN/Infinity are written as the tokens Python's json reads back


def refused(folder: Path) -> str:
    """The sentence a refused model folder gives (the runtime is what the CLI and the GUI load)."""
    with pytest.raises(ModelIntegrity) as info:
        ModelRuntime(folder)
    message = info.value.user_message
    assert message.endswith(".") and "Traceback" not in message and len(message) > 40
    return message


# ---------------------------------------------------------------- the bundled model and sealing


def test_bundled_model_is_sealed_and_every_file_is_covered(bundled_model_dir):
    card = verify_model(bundled_model_dir)
    assert set(card.manifest) == {TFLITE_NAME, OOD_NAME, KERAS_NAME}
    for name, digest in card.manifest.items():
        assert file_sha256(bundled_model_dir / name) == digest
    data = json.loads((bundled_model_dir / CARD_NAME).read_text())
    assert data["integrity"]["content_sha256"] == card.content_sha256()


def test_bundled_runtime_has_its_chest_xray_check(bundled_runtime):
    assert bundled_runtime.input_gate is not None


def test_seal_then_verify_round_trip(copy):
    (copy / CARD_NAME).write_text((copy / CARD_NAME).read_text())
    card = seal_model(copy)
    assert verify_model(copy).manifest == card.manifest


# ---------------------------------------------------------------- the files


def test_deleted_ood_is_refused_not_silently_skipped(copy):
    (copy / OOD_NAME).unlink()
    message = refused(copy)
    assert "incomplete" in message and "ood.npz" in message and "chest X-ray" in message


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_damaged_ood_is_refused(copy, damage):
    data = (copy / OOD_NAME).read_bytes()
    new = {"truncated": data[: len(data) // 2], "garbage": bytes(len(data)), "empty": b""}[damage]
    (copy / OOD_NAME).write_bytes(new)
    message = refused(copy)
    assert "ood.npz" in message and "damaged" in message


@pytest.mark.parametrize("damage", ["truncated", "garbage", "nan", "another model"])
def test_sealed_but_unusable_ood_is_refused(copy, damage):
    """Even re-sealed (checksums matching), a gate that cannot work is refused at load, not at the first image."""
    path = copy / OOD_NAME
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "garbage":
        path.write_bytes(b"not a numpy archive" * 100)
    else:
        with np.load(path) as npz:
            arrays = {k: npz[k] for k in npz.files}
        if damage == "nan":
            arrays["outline.precision"] = np.full_like(arrays["outline.precision"], np.nan)
        else:  # an embedding detector of another width
            arrays["embedding.mean"] = np.zeros(7)
            arrays["embedding.precision"] = np.eye(7)
        np.savez(path, **arrays)
    seal_model(copy)
    message = refused(copy)
    assert "ood.npz" in message


def test_ood_added_to_a_folder_sealed_without_one_is_refused(model_dir, bundled_model_dir, tmp_path):
    folder = tmp_path / "lenient"
    shutil.copytree(model_dir, folder)
    ModelRuntime(folder)  # sealed without a gate on purpose: loads
    shutil.copy2(bundled_model_dir / OOD_NAME, folder / OOD_NAME)
    assert "not cover" in refused(folder)


def test_seal_refuses_a_folder_without_its_gate_unless_asked(model_dir, tmp_path):
    folder = tmp_path / "lenient"
    shutil.copytree(model_dir, folder)
    with pytest.raises(ModelIntegrity, match="ood.npz"):
        seal_model(folder)
    card = seal_model(folder, require_gate=False)
    assert OOD_NAME not in card.manifest and "out_of_distribution" not in card.extra


@pytest.mark.parametrize("name", [TFLITE_NAME, KERAS_NAME])
def test_changed_weights_are_refused(copy, name):
    data = bytearray((copy / name).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (copy / name).write_bytes(bytes(data))
    assert "damaged" in refused(copy)


def test_deleted_keras_is_refused(copy):
    (copy / KERAS_NAME).unlink()
    assert "incomplete" in refused(copy) and KERAS_NAME in refused(copy)


def test_deleted_weights_are_missing(copy):
    (copy / TFLITE_NAME).unlink()
    with pytest.raises(ModelMissing):
        ModelRuntime(copy)


def test_sub_folders_hidden_and_other_files_are_not_part_of_the_unit(copy):
    """A lung segmenter in ``lungs/`` has its own card; a note or an editor's temp file is never read."""
    (copy / "lungs").mkdir(exist_ok=True)  # the bundled model's copy may already carry the segmenter
    (copy / "lungs" / "model.tflite").write_bytes(b"another model")
    (copy / ".model_card.json.abc.tmp").write_text("{")
    (copy / "notes.txt").write_text("exported on Tuesday")
    runtime = ModelRuntime(copy)
    assert set(runtime.card.manifest) == {TFLITE_NAME, OOD_NAME, KERAS_NAME}
    assert "lungs" not in seal_model(copy).manifest


# ---------------------------------------------------------------- the card's numbers


@pytest.mark.parametrize("value", [float("nan"), 5.0, -1.0, 0.0, 1.0, float("inf"), "0.5", None, True])
def test_threshold_out_of_range_or_not_a_number_is_refused(copy, value):
    edit_card(copy, lambda card: card["threshold"].update(value=value))
    assert "the threshold is not a number" in refused(copy)  # "... between 0 and 1" when it is one


def test_threshold_missing_is_refused(copy):
    edit_card(copy, lambda card: card.pop("threshold"))
    assert "threshold is not a number" in refused(copy)


def test_threshold_changed_by_hand_within_range_is_refused(copy):
    edit_card(copy, lambda card: card["threshold"].update(value=0.5))
    assert "changed after the model was exported" in refused(copy)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda c: c.pop("calibration"), "has no calibration"),
    (lambda c: c["calibration"].pop("a"), "slope (a) is not a number"),
    (lambda c: c["calibration"].update(a=-c["calibration"]["a"]), "slope (a) is not a positive number"),
    (lambda c: c["calibration"].update(a=0), "slope (a) is not a positive number"),
    (lambda c: c["calibration"].update(a="x"), "slope (a) is not a number"),
    (lambda c: c["calibration"].update(b=float("nan")), "offset (b) is not a finite number"),
    (lambda c: c["calibration"].update(b="1.2"), "offset (b) is not a number"),
    (lambda c: c["calibration"].update(method="isotonic"), "method 'isotonic' is not one cxrviewer knows"),
    (lambda c: c.update(calibration=[1, 2]), "calibration is not readable"),
])
def test_missing_or_wrong_calibration_is_refused(copy, change, expected):
    edit_card(copy, change)
    assert expected in refused(copy)


def test_calibration_changed_by_hand_is_refused(copy):
    edit_card(copy, lambda card: card["calibration"].update(b=card["calibration"]["b"] + 0.5))
    assert "changed after the model was exported" in refused(copy)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda c: c["preprocessing"].update(size="abc"), "input size is not a whole number"),
    (lambda c: c["preprocessing"].update(size=256.0), "input size is not a whole number"),
    (lambda c: c["preprocessing"].update(size=100000), "input size is not a whole number from 32 to 2048"),
    (lambda c: c["preprocessing"].update(size=0), "from 32 to 2048"),
    (lambda c: c["preprocessing"].update(clahe="yes"), "'clahe' is not true or false"),
    (lambda c: c["preprocessing"].update(lung_mask="heart"), "lung mask 'heart' is not one cxrviewer knows"),
    (lambda c: c["preprocessing"].update(lung_crop=False, lung_mask="lungs"), "keeps only the lungs but does not crop"),
    (lambda c: c["preprocessing"].update(normalization="none"), "normalization 'none' is not one cxrviewer knows"),
    (lambda c: c["preprocessing"].update(colour=True), "asks for 'colour', which this version of cxrviewer does not know"),
    (lambda c: c.update(preprocessing="256"), "preprocessing is not readable"),
    (lambda c: c["input"].update(size=512), "input description does not match"),
    (lambda c: c.update(sha256="abc"), "not a sha256"),
    (lambda c: c["integrity"]["files"].update({"../../etc/passwd": "0" * 64}), "not a file of the model folder"),
    (lambda c: c["integrity"]["files"].update({TFLITE_NAME: "0" * 64}), "two different checksums"),
])
def test_wrong_preprocessing_or_file_list_is_refused(copy, change, expected):
    edit_card(copy, change)
    assert expected in refused(copy)


def test_input_size_that_does_not_fit_the_weights_is_refused_even_when_sealed(copy):
    card = read_card(copy)
    import dataclasses

    from cxrviewer.core.image.preprocess import PreprocessSpec

    other = PreprocessSpec(size=card.preprocessing.size * 2)  # not the size the network was exported with
    write_card(copy, dataclasses.replace(card, preprocessing=other))  # a valid, sealed card
    assert "does not match its description" in refused(copy)


def test_card_that_is_not_json_is_refused(copy):
    (copy / CARD_NAME).write_text("{ not json")
    assert "is not valid JSON" in refused(copy)


def test_card_without_content_checksum_is_refused(copy):
    edit_card(copy, lambda card: card["integrity"].pop("content_sha256"))
    assert "changed after the model was exported" in refused(copy)


def test_card_of_an_older_version_without_a_manifest_is_refused_until_sealed(copy):
    edit_card(copy, lambda card: card.pop("integrity"))
    message = refused(copy)
    assert "older version" in message and "exports (seals) it again" in message
    seal_model(copy)  # what bench/seal_model.py does
    assert ModelRuntime(copy).input_gate is not None


def test_descriptive_fields_can_change_without_breaking_the_seal(copy):
    """Metrics, notes and the intended-use text change no result; the registry and the fake trainer edit them."""
    edit_card(copy, lambda card: card.update(intended_use="edited", metrics={}))
    ModelRuntime(copy)


def test_an_invalid_card_is_never_written(copy):
    import dataclasses

    card = read_card(copy)
    for bad in (dataclasses.replace(card, threshold=float("nan")),
                dataclasses.replace(card, calibration={"method": "platt", "a": -1.0, "b": 0.0})):
        with pytest.raises(ModelIntegrity, match="was not written"):
            write_card(copy, bad)
    assert verify_model(copy) == card
