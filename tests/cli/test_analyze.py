"""The analyze/selftest command-line contract: JSON lines and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import cv2
import pytest


def _cli(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "cxrviewer", *args], capture_output=True, text=True, timeout=120,
                          env=env or os.environ.copy(), cwd=cwd)


def _png(tmp_path, name, pixels):
    path = tmp_path / name
    cv2.imwrite(str(path), pixels)
    return path


def test_analyze_json_reports_each_file_and_fails_when_one_failed(tmp_path, synthetic_xray):
    good = _png(tmp_path, "good.png", synthetic_xray)
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    result = _cli("analyze", str(good), str(bad), "--json")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in lines] == [str(good), str(bad)]
    ok, failed = lines
    assert set(ok) == {"file", "probability", "threshold", "flagged", "model", "error", "patient_id", "study_date",
                       "accession_number", "cautions"}
    assert ok["cautions"] == [] and failed["cautions"] == []  # lungs inside the image; no score, no caution
    assert ok["patient_id"] is ok["study_date"] is ok["accession_number"] is None  # a PNG has no identifiers
    assert ok["error"] is None and 0 <= ok["probability"] <= 1
    assert ok["flagged"] == (ok["probability"] >= ok["threshold"])
    assert set(ok["model"]) == {"name", "version", "sha256"}
    assert failed["probability"] is None and failed["flagged"] is None
    assert "not an image" in failed["error"]


def test_analyze_exit_zero_when_all_scored_and_human_output(tmp_path, synthetic_xray):
    good = _png(tmp_path, "good.png", synthetic_xray)
    result = _cli("analyze", str(good))
    assert result.returncode == 0
    assert "abnormality score" in result.stdout and "not a diagnosis" in result.stdout


def test_analyze_with_model_folder_and_broken_model(tmp_path, synthetic_xray, model_dir):
    good = _png(tmp_path, "good.png", synthetic_xray)
    copy = tmp_path / "model"
    shutil.copytree(model_dir, copy)
    assert _cli("analyze", str(good), "--json", "--model", str(copy)).returncode == 0
    (copy / "model.tflite").write_bytes(b"tampered")
    result = _cli("analyze", str(good), "--json", "--model", str(copy))
    assert result.returncode == 3 and "damaged" in result.stderr


def test_selftest_passes_on_the_bundled_model():
    result = _cli("selftest")
    assert result.returncode == 0, result.stderr
    assert "selftest passed" in result.stdout


def test_gui_without_display_explains_xvfb():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _cli("gui", env=env)
    assert result.returncode == 2 and "xvfb-run" in result.stderr


def test_analyze_json_gives_a_dicom_files_identifiers_but_not_the_name(tmp_path):
    pytest.importorskip("pydicom", reason="pydicom is not installed in this environment")
    from tests.dicom_files import write_chest_dicom

    dicom = write_chest_dicom(tmp_path, "IM000001")  # no extension, as PACS exports are
    result = _cli("analyze", str(dicom), "--json")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["error"] is None and 0 <= record["probability"] <= 1
    assert (record["patient_id"], record["study_date"], record["accession_number"]) == ("PID-0042", "2024-03-15", "ACC-7781")
    assert "Doe" not in result.stdout and "patient_name" not in record  # names stay out of machine output


@pytest.mark.real_data
def test_analyze_gives_the_caution_of_a_film_whose_lungs_are_cut_off(tmp_path, shared_cxr):
    """JSON: the "cautions" list; text: a "caution:" line under the score, in the user's language too."""
    from tests.core.cut_off_film import BOTTOM_EDGE, whole_film, write_cut_off_film

    cut = write_cut_off_film(shared_cxr, tmp_path)
    whole = whole_film(shared_cxr)
    result = _cli("analyze", str(cut), str(whole), "--json")
    assert result.returncode == 0, result.stderr
    cut_record, whole_record = [json.loads(line) for line in result.stdout.splitlines()]
    assert cut_record["error"] is None and 0 <= cut_record["probability"] <= 1
    assert len(cut_record["cautions"]) == 1 and BOTTOM_EDGE in cut_record["cautions"][0]
    assert whole_record["error"] is None and whole_record["cautions"] == []

    text = _cli("analyze", str(cut), str(whole))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith(f"{cut}: abnormality score ")
    assert lines[1] == f"  caution: {cut_record['cautions'][0]}"
    assert lines[2].startswith(f"{whole}: abnormality score ") and "caution" not in text.stdout.split(str(whole))[1]

    french = _cli("analyze", str(cut), env={**os.environ, "LANG": "fr_FR.UTF-8"})
    assert french.returncode == 0, french.stderr
    assert "  attention\u00a0: Une partie des poumons" in french.stdout, french.stdout
