"""A small real training run, end to end, the way the admin dialog runs it.

60 real X-rays (NIH, both classes in every split), ``cxrviewer train --jsonl`` in a child process
built by ``training_command``, JSON lines parsed by the dialog's parser; then the new model is
verified, loaded, compared with the bundled one on its held-out images, registered and activated.
One round at 64 px keeps it to well under two minutes on two cores.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from cxrviewer.core import config
from cxrviewer.core.admin import audit
from cxrviewer.core.admin.comparison import compare_models, held_out_split
from cxrviewer.core.admin.datacheck import check_data
from cxrviewer.core.admin.dataset import split_of_group
from cxrviewer.core.admin.registry import Registry
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.model.card import CARD_NAME, TFLITE_NAME, file_sha256, read_card, verify_model
from cxrviewer.core.model.runtime import ModelRuntime

pytestmark = pytest.mark.training

VAL_FRACTION = 0.25
TEST_FRACTION = 0.25
PER_SPLIT_AND_CLASS = 10  # 3 splits x 2 classes x 10 = 60 images
SOURCE = "nih_cxr14"


def write_small_manifest(shared_cxr: Path, out: Path) -> Path:
    """A CSV of 60 images chosen so every split (by the training's own group hash) has both classes."""
    quota = {(split, label): PER_SPLIT_AND_CLASS for split in ("train", "val", "test") for label in (0, 1)}
    rows = []
    with (shared_cxr / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["source"] != SOURCE:
                continue
            key = (split_of_group(row["group"], VAL_FRACTION, TEST_FRACTION, 0), int(row["label"]))
            if quota[key] > 0:
                quota[key] -= 1
                rows.append([str((shared_cxr / row["file"]).resolve()), row["label"], row["group"], row["source"]])
            if not any(quota.values()):
                break
    assert not any(quota.values()), f"not enough {SOURCE} images in the shared data"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "label", "group", "source"])
        writer.writerows(rows)
    return out


def run_training(data: Path, out: Path) -> list[dict]:
    """The dialog's command, run to the end; returns the JSON events it printed."""
    from cxrviewer.qt.training_process import JsonLineParser, training_command

    program, args = training_command(data, out, epochs=1, val_fraction=VAL_FRACTION, test_fraction=TEST_FRACTION, size=64)
    completed = subprocess.run([program, *args], capture_output=True, input=b"", timeout=600)
    parser = JsonLineParser()
    events = parser.feed(completed.stdout) + parser.flush()
    assert completed.returncode == 0, completed.stderr.decode(errors="replace")[-3000:]
    return events


def test_small_real_training_end_to_end(shared_cxr, tmp_path, bundled_model_dir):
    config.save_settings(config.Settings())  # start from the bundled model, as a fresh install does
    data = write_small_manifest(shared_cxr, tmp_path / "clinic.csv")
    registry = Registry()
    out = registry.new_staging_dir()

    events = run_training(data, out)
    kinds = [e["event"] for e in events]
    assert kinds[0] == "preprocess" and "data" in kinds and kinds[-1] == "done"
    epoch = next(e for e in events if e["event"] == "epoch")
    assert epoch["epoch"] == 1 and epoch["epochs"] == 1 and epoch["loss"] > 0
    assert Path(events[-1]["model_dir"]) == out

    # the exported model: weights + card, checksum matching, loadable, scores in [0, 1]
    assert (out / TFLITE_NAME).is_file() and (out / CARD_NAME).is_file()
    card = verify_model(out)
    assert card.sha256 == file_sha256(out / TFLITE_NAME)
    assert card.preprocessing.size == 64
    split = card.extra["training"]["split"]
    assert (split["val_fraction"], split["test_fraction"]) == (VAL_FRACTION, TEST_FRACTION)
    runtime = ModelRuntime(out)
    image = load_image(next(csv.DictReader(data.open()))["file"])
    assert 0.0 <= runtime.predict(image, check_input=False).probability <= 1.0

    # the admin's path: check the data, compare on the images neither model trained on, approve
    report = check_data(data, val_fraction=VAL_FRACTION, test_fraction=TEST_FRACTION)
    assert report.ok, report.refusal
    held_out = held_out_split(report.readable, card)
    assert len(held_out) == 2 * PER_SPLIT_AND_CLASS
    current = registry.active()
    assert current.bundled
    comparison = compare_models((out, card), (current.path, current.card), report.readable)
    assert comparison.images == 2 * PER_SPLIT_AND_CLASS
    assert comparison.normal == comparison.abnormal == PER_SPLIT_AND_CLASS
    assert 0.0 <= comparison.candidate.auc <= 1.0 and 0.0 <= comparison.current.auc <= 1.0
    assert comparison.verdict

    model = registry.register(out, note={"data": str(data), "data_fingerprint": report.fingerprint,
                                         "comparison": comparison.to_audit()})
    registry.activate(model)
    audit.append_entry(audit.ACTIVATED, model=model.audit_fields(), data_folder=str(data),
                       data_fingerprint=report.fingerprint, counts=report.counts(), metrics=comparison.to_audit())
    assert config.active_model_dir() == model.path.resolve()
    assert registry.active().id == model.id
    assert read_card(config.active_model_dir()).sha256 == card.sha256
    assert model.metrics["auc"] == pytest.approx(comparison.candidate.auc)
    assert audit.read_entries()[-1]["model"]["id"] == model.id
