"""``cxrviewer-cli review`` and ``reviews``: record decisions, list them, CSV round trip, exit codes."""

from __future__ import annotations

import csv
import hashlib
import os
import stat
import subprocess
import sys

import cv2
import pytest

from cxrviewer.core.review.decisions import REVIEW_CSV_COLUMNS, ReviewStore
from cxrviewer.core.screening.store import ResultStore, default_results_path
from cxrviewer.core.types import ModelInfo, ScreeningRow

REQUIRED = ("file", "sha256", "probability", "flagged", "model_version", "decision", "reviewer", "reviewed_at", "note")


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "cxrviewer", *args], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


@pytest.fixture
def images(tmp_path, synthetic_xray):
    paths = []
    for i, name in enumerate(("one.png", "two.png")):
        path = tmp_path / name
        cv2.imwrite(str(path), synthetic_xray if i == 0 else 255 - synthetic_xray)
        paths.append(path)
    return paths


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return tuple(reader.fieldnames), list(reader)


def test_review_then_reviews_csv_round_trip(images, tmp_path):
    one, two = images
    result = _cli("review", str(one), str(two), "--decision", "abnormal", "--reviewer", "Dr A", "--note", "right apex")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("saved: ") == 2 and "Abnormal by Dr A" in result.stdout
    result = _cli("review", str(two), "--decision", "normal", "--reviewer", "Dr B")  # a correction
    assert result.returncode == 0, result.stderr

    out = tmp_path / "exports" / "reviews.csv"
    result = _cli("reviews", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 reviewed images: 1 abnormal, 1 normal" in result.stdout and "sensitivity" in result.stdout
    columns, rows = _read_csv(out)
    assert columns == REVIEW_CSV_COLUMNS and set(REQUIRED) <= set(columns)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    by_file = {row["file"]: row for row in rows}
    assert set(by_file) == {str(one), str(two)}  # one row per reviewed image
    first, second = by_file[str(one)], by_file[str(two)]
    assert first["sha256"] == hashlib.sha256(one.read_bytes()).hexdigest()
    assert (first["decision"], first["reviewer"], first["note"]) == ("abnormal", "Dr A", "right apex")
    assert (second["decision"], second["reviewer"], second["note"]) == ("normal", "Dr B", "")  # the latest counts
    for row in rows:
        probability, threshold = float(row["probability"]), float(row["threshold"])
        assert 0 <= probability <= 1 and row["flagged"] == ("true" if probability >= threshold else "false")
        assert row["model_version"] and row["model_name"] and row["reviewed_at"].endswith("+00:00")
        assert row["agrees_with_model"] == ("true" if (row["flagged"] == "true") == (row["decision"] == "abnormal") else "false")

    history = tmp_path / "history.csv"
    result = _cli("reviews", "--history", "--out", str(history))
    assert result.returncode == 0 and "3 decisions in all" in result.stdout
    _, rows = _read_csv(history)
    assert [(r["file"], r["decision"]) for r in rows] == [(str(one), "abnormal"), (str(two), "abnormal"), (str(two), "normal")]


def test_review_uses_the_stored_screening_score(images):
    one, _ = images
    sha256 = hashlib.sha256(one.read_bytes()).hexdigest()
    with ResultStore() as results:  # what a screening of the folder stored
        run = results.start_run(one.parent, ModelInfo("screening-model", "7.0", "0" * 64))
        results.add_row(run, ScreeningRow(str(one), sha256, 0.4242, 0.4, True, "screening-model", "7.0", "2025-01-01T00:00:00+00:00"))
    result = _cli("review", str(one), "--decision", "normal", "--reviewer", "Dr A")
    assert result.returncode == 0, result.stderr
    assert "score 42.4%, review recommended (screening-model 7.0)" in result.stdout and "DISAGREES" in result.stdout
    with ReviewStore() as store:
        decision = store.latest(sha256)
    assert (decision.probability, decision.flagged, decision.model_version) == (0.4242, True, "7.0")


def test_review_exit_codes(images, tmp_path):
    one, _ = images
    junk = tmp_path / "notes.png"
    junk.write_text("not an image")
    result = _cli("review", str(one), str(junk), str(tmp_path / "gone.png"), "--decision", "normal", "--reviewer", "Dr A")
    assert result.returncode == 1
    assert "notes.png: NOT RECORDED" in result.stderr and "gone.png: NOT RECORDED" in result.stderr
    assert result.stdout.count("saved: ") == 1
    result = _cli("review", str(junk), "--decision", "unreadable", "--reviewer", "Dr A")  # a damaged file can be "not readable"
    assert result.returncode == 0 and "Not readable by Dr A; no score" in result.stdout
    assert _cli("review", str(one), "--decision", "maybe").returncode == 2
    result = _cli("review", str(one), "--decision", "normal", "--reviewer", "   ")
    assert result.returncode == 2 and "reviewer" in result.stderr
    broken = tmp_path / "model"
    broken.mkdir()
    fresh = tmp_path / "fresh.png"
    fresh.write_bytes(images[1].read_bytes())  # never scored: the model is needed, and refused
    result = _cli("review", str(fresh), "--decision", "normal", "--reviewer", "Dr A", "--model", str(broken))
    assert result.returncode == 3
    with ReviewStore(default_results_path()) as store:
        assert {d.file for d in store.latest_decisions()} == {str(one), str(junk)}  # nothing recorded for the refused one


def test_reviews_with_nothing_reviewed_and_a_folder_as_out(tmp_path):
    result = _cli("reviews")
    assert result.returncode == 0 and "0 reviewed images" in result.stdout
    result = _cli("reviews", "--out", str(tmp_path))
    assert result.returncode == 4 and "folder" in result.stderr
