"""The model registry: register, list, activate, roll back, recalibrate; a crash never leaves no model."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from cxrviewer.core import config
from cxrviewer.core.admin.registry import BUNDLED_ID, KIND_RECALIBRATED, KIND_TRAINED, Registry
from cxrviewer.core.errors import ModelIntegrity, ModelMissing
from cxrviewer.core.model.card import TFLITE_NAME, file_sha256, read_card, write_card


def stage_copy_of(registry: Registry, source: Path, version: str = "2026.12.01-test", threshold: float | None = None) -> Path:
    """A finished 'training run' in the staging area: the bundled weights under a new version."""
    staged = registry.new_staging_dir()
    shutil.copytree(source, staged)
    card = read_card(staged)
    extra = {**card.extra, "created": "2026-12-01T10:00:00+00:00"}
    write_card(staged, dataclasses.replace(card, version=version, threshold=threshold or card.threshold, extra=extra))
    return staged


@pytest.fixture
def registry(isolated_home) -> Registry:
    """A registry with the shipped default: nothing activated yet (conftest activates a lenient copy)."""
    config.save_settings(config.Settings())
    return Registry()


@pytest.fixture
def model_dir(bundled_model_dir) -> Path:
    """Registry tests use the real bundled model (they never score generated images)."""
    return bundled_model_dir


def test_fresh_registry_lists_the_bundled_model_as_active(registry, model_dir):
    models = registry.models()
    assert [m.id for m in models] == [BUNDLED_ID]
    assert models[0].bundled and models[0].path == model_dir
    assert registry.active().bundled
    assert registry.root == Path(os.environ["CXRVIEWER_HOME"]) / "data" / "models"


def test_register_moves_a_verified_model_in(registry, model_dir):
    staged = stage_copy_of(registry, model_dir)
    model = registry.register(staged, note={"data": "/clinic"})
    assert not staged.exists()
    assert model.path.parent == registry.root and model.kind == KIND_TRAINED
    assert model.card.extra["registry"]["data"] == "/clinic"
    assert model.version == "2026.12.01-test" and model.name == read_card(model_dir).name
    assert model.created and model.metrics.get("auc") is not None
    assert model.card.sha256 == file_sha256(model.path / TFLITE_NAME)  # weights untouched
    assert [m.id for m in registry.models()] == [BUNDLED_ID, model.id]
    assert registry.active().bundled  # registering never activates


def test_register_refuses_damaged_weights(registry, model_dir):
    staged = stage_copy_of(registry, model_dir)
    with (staged / TFLITE_NAME).open("r+b") as handle:
        handle.seek(1000)
        handle.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelIntegrity):
        registry.register(staged)
    assert [m.id for m in registry.models()] == [BUNDLED_ID]


def test_activate_and_roll_back(registry, model_dir):
    first = registry.register(stage_copy_of(registry, model_dir, "v1"))
    second = registry.register(stage_copy_of(registry, model_dir, "v2"))
    registry.activate(second)
    assert config.load_settings().active_model == str(second.path.resolve())
    assert config.active_model_dir() == second.path.resolve()
    assert registry.active().id == second.id
    registry.activate(first)  # roll back to an earlier model
    assert registry.active().id == first.id
    registry.activate(registry.bundled())  # and to the one supplied with the program
    assert config.load_settings().active_model is None
    assert config.active_model_dir() == model_dir


def test_damaged_model_is_not_activated(registry, model_dir):
    good = registry.register(stage_copy_of(registry, model_dir, "good"))
    registry.activate(good)
    bad = registry.register(stage_copy_of(registry, model_dir, "bad"))
    with (bad.path / TFLITE_NAME).open("r+b") as handle:
        handle.seek(500)
        handle.write(b"\xff\xfe")
    with pytest.raises(ModelIntegrity):
        registry.activate(bad)
    assert registry.active().id == good.id


def test_crash_while_saving_settings_leaves_the_old_model_active(registry, model_dir, monkeypatch):
    old = registry.register(stage_copy_of(registry, model_dir, "old"))
    registry.activate(old)
    new = registry.register(stage_copy_of(registry, model_dir, "new"))
    before = config.settings_path().read_bytes()

    def crash(*args, **kwargs):
        raise OSError("simulated power cut during rename")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", crash)
        with pytest.raises(OSError):
            registry.activate(new)
    assert config.settings_path().read_bytes() == before
    json.loads(before)  # still a complete settings file
    assert config.active_model_dir() == old.path.resolve()
    assert not list(config.settings_path().parent.glob("*.tmp"))  # no temp file left behind


def test_crash_while_registering_leaves_nothing_half_registered(registry, model_dir, monkeypatch):
    staged = stage_copy_of(registry, model_dir)

    def crash(*args, **kwargs):
        raise OSError("simulated crash")

    with monkeypatch.context() as patch:
        patch.setattr("cxrviewer.core.admin.registry.os.replace", crash)
        with pytest.raises(OSError):
            registry.register(staged)
    assert [m.id for m in registry.models()] == [BUNDLED_ID]
    registry.clean_staging()
    assert not staged.exists()


def test_missing_active_folder_falls_back_to_the_bundled_model(registry, model_dir):
    model = registry.register(stage_copy_of(registry, model_dir))
    registry.activate(model)
    shutil.rmtree(model.path)
    assert config.active_model_dir() == model_dir
    assert registry.active().bundled


def test_recalibrated_entry_keeps_the_weights(registry, model_dir):
    base = registry.bundled()
    evaluation = {"images": 50, "sensitivity": 0.92, "specificity": 0.6, "auc": 0.8}
    note = {"method": "test method", "target_sensitivity": 0.9, "data": "/clinic", "data_fingerprint": "f" * 64}
    model = registry.add_recalibrated(base, 0.42, evaluation, note)
    assert model.kind == KIND_RECALIBRATED and model.threshold == pytest.approx(0.42)
    assert model.card.sha256 == base.card.sha256
    assert (model.path / TFLITE_NAME).read_bytes() == (base.path / TFLITE_NAME).read_bytes()
    assert sorted(p.name for p in model.path.iterdir()) == sorted(p.name for p in base.path.iterdir())  # ood.npz too
    assert model.version.startswith(base.version + "+local.")
    assert model.metrics == evaluation
    assert model.card.extra["recalibration"]["from"]["threshold"] == pytest.approx(base.threshold)
    assert model.card.extra["threshold"]["method"] == "test method"
    assert read_card(model_dir).threshold == base.threshold  # the original is untouched
    again = registry.add_recalibrated(model, 0.5, evaluation, note)
    assert again.version.count("+local.") == 1


def test_discard_and_clean_staging(registry, model_dir, tmp_path):
    staged = stage_copy_of(registry, model_dir)
    registry.discard_staging(staged)
    assert not staged.exists()
    with pytest.raises(ValueError):
        registry.discard_staging(tmp_path)  # never deletes outside its staging area
    assert tmp_path.exists()


def test_model_activated_outside_the_registry_is_listed(registry, tmp_path, model_dir):
    outside = tmp_path / "hand-made"
    shutil.copytree(model_dir, outside)
    config.save_settings(config.Settings(active_model=str(outside)))
    listed = registry.models()
    assert listed[-1].path == outside and listed[-1].external
    assert registry.active().path == outside


def test_get_unknown_model(registry):
    with pytest.raises(ModelMissing):
        registry.get("no-such-model")


# ---------------------------------------------------------------- the whole folder is checked, and private


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_registered_models_are_owner_only(registry, model_dir):
    trained = registry.register(stage_copy_of(registry, model_dir))
    recalibrated = registry.add_recalibrated(trained, 0.4, {"images": 10}, {"method": "test"})
    assert _mode(registry.root) == 0o700
    assert _mode(registry.root / ".staging") == 0o700
    for model in (trained, recalibrated):
        assert _mode(model.path) == 0o700
        for path in model.path.rglob("*"):
            assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_registered_model_with_a_deleted_gate_is_neither_listed_nor_activated(registry, model_dir):
    model = registry.register(stage_copy_of(registry, model_dir))
    (model.path / "ood.npz").unlink()
    assert [m.id for m in registry.models()] == [BUNDLED_ID]
    with pytest.raises(ModelIntegrity, match="ood.npz"):
        registry.activate(model)
    with pytest.raises(ModelIntegrity, match="ood.npz"):
        registry.get(model.id)
    assert registry.active().bundled


def test_registered_model_whose_threshold_was_edited_by_hand_is_refused(registry, model_dir):
    model = registry.register(stage_copy_of(registry, model_dir))
    card = json.loads((model.path / "model_card.json").read_text())
    card["threshold"]["value"] = 0.2
    (model.path / "model_card.json").write_text(json.dumps(card))
    with pytest.raises(ModelIntegrity, match="changed after the model was exported"):
        registry.activate(model)


def test_staged_model_without_a_manifest_is_not_registered(registry, model_dir):
    staged = stage_copy_of(registry, model_dir)
    card = json.loads((staged / "model_card.json").read_text())
    del card["integrity"]
    (staged / "model_card.json").write_text(json.dumps(card))
    with pytest.raises(ModelIntegrity, match="older version"):
        registry.register(staged)


def test_recalibrated_copy_is_checked_against_the_base_and_keeps_sub_folders(registry, model_dir):
    base = registry.register(stage_copy_of(registry, model_dir))
    (base.path / "lungs").mkdir(exist_ok=True)
    (base.path / "lungs" / "model_card.json").write_text("{}")  # another unit with its own card: copied, not covered
    model = registry.add_recalibrated(base, 0.4, {"images": 10}, {"method": "test"})
    assert (model.path / "lungs" / "model_card.json").is_file()
    assert model.card.manifest == base.card.manifest
