"""Pre-training on radiological signs: the list is read strictly, and a training run can start from it."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cxrviewer.core.admin.signs import FINDINGS, read_signs_manifest, signs_targets
from cxrviewer.core.errors import DataFolderError

SIGNS_CSV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cxr14" / "manifest.csv"


def _write(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_findings_become_multi_hot_targets_and_no_finding_is_all_zero(tmp_path):
    images = read_signs_manifest(_write(tmp_path / "s.csv", [
        {"file": "a.jpg", "source": "x", "patient": "1", "findings": "Infiltration|Mass"},
        {"file": "b.jpg", "source": "x", "patient": "2", "findings": "No Finding"},
    ]))
    targets = signs_targets(images)
    assert targets.shape == (2, len(FINDINGS))
    assert targets[0, FINDINGS.index("Infiltration")] == 1 and targets[0, FINDINGS.index("Mass")] == 1
    assert targets[0].sum() == 2 and not targets[1].any()
    assert images[0].path == tmp_path / "a.jpg" and images[1].patient == "2"


def test_an_unknown_finding_is_refused_by_name(tmp_path):
    with pytest.raises(DataFolderError, match="Tuberculoma"):
        read_signs_manifest(_write(tmp_path / "s.csv", [{"file": "a.jpg", "findings": "Tuberculoma"}]))


@pytest.mark.training
@pytest.mark.real_data
def test_training_after_signs_pretraining_records_it_and_refuses_a_left_out_hospital(shared_cxr, tmp_path):
    if not SIGNS_CSV.is_file():
        pytest.skip(f"needs the signs data at {SIGNS_CSV}")
    from cxrviewer.core.model.card import verify_model
    from tests.training.test_training_small import write_small_manifest

    with SIGNS_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:40]
    for row in rows:
        row["file"], row["source"] = str((SIGNS_CSV.parent / row["file"]).resolve()), "hospital_b"
    signs = _write(tmp_path / "signs.csv", rows)
    data = write_small_manifest(shared_cxr, tmp_path / "small.csv")
    common = [sys.executable, "-m", "cxrviewer", "train", str(data), "--epochs", "1", "--size", "64",
              "--val-fraction", "0.25", "--test-fraction", "0.25", "--signs", str(signs), "--signs-epochs", "1"]
    completed = subprocess.run([*common, "--out", str(tmp_path / "model")], capture_output=True, timeout=600, text=True)
    assert completed.returncode == 0, completed.stderr[-3000:]
    record = verify_model(tmp_path / "model").extra["training"]["signs_pretraining"]
    assert record["images"] == 40 and record["epochs"] == 1 and np.isfinite(record["final_loss"])

    # a run that leaves a hospital out must not learn from its signs images either
    refused = subprocess.run([*common, "--out", str(tmp_path / "other"), "--exclude-source", "hospital_b"],
                             capture_output=True, timeout=600, text=True)
    assert refused.returncode != 0 and "left-out sources" in refused.stdout + refused.stderr
