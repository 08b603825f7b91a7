"""``cxrviewer-cli adapt``: exit codes 0/1/2, the final JSON object, the candidate folder."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from cxrviewer.core.admin import local_check
from cxrviewer.core.model.card import verify_model

KEYS = {"recommended", "current", "candidate", "difference", "images", "reason"}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "cxrviewer", "adapt", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=os.environ.copy())


@pytest.fixture(scope="module")
def scored_images(tmp_path_factory, model_dir):
    """60 generated images (varied blobs and contrast) and the lenient model's score of each."""
    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.model.runtime import ModelRuntime

    folder = tmp_path_factory.mktemp("adapt_images")
    rng = np.random.default_rng(0)
    h, w = 260, 240
    yy, xx = np.mgrid[0:h, 0:w]
    runtime, paths, scores = ModelRuntime(model_dir), [], []
    for i in range(60):
        img = np.full((h, w), 150 + 60 * rng.random(), np.float32)
        for cx in (0.3 * w, 0.7 * w):
            img -= 110 * np.exp(-(((xx - cx) / (0.16 * w)) ** 2 + ((yy - 0.5 * h) / (0.3 * h)) ** 2))
        for _ in range(rng.integers(0, 6)):
            bx, by, r = rng.random() * w, rng.random() * h, 5 + 25 * rng.random()
            img += 80 * np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / r**2)
        img += rng.normal(0, 3 + 10 * rng.random(), img.shape)
        path = folder / f"img{i:02d}.png"
        cv2.imwrite(str(path), np.clip(img, 0, 255).astype(np.uint8))
        paths.append(path)
        scores.append(runtime.predict(load_image(path), check_input=False).probability)
    return paths, np.array(scores)


def _manifest(path, paths, labels):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "label", "group"])
        for p, label in zip(paths, labels, strict=True):
            writer.writerow([str(p), int(label), p.stem])
    return path


def _last_json(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


def test_a_model_ranking_backwards_is_fixed_and_recommended(scored_images, tmp_path, model_dir):
    paths, scores = scored_images
    labels = scores < np.median(scores)  # this clinic's truth is the reverse of the model's ranking
    out = tmp_path / "candidate"
    result = _cli(_manifest(tmp_path / "list.csv", paths, labels), "--out", out, "--base", model_dir)
    assert result.returncode == 0, result.stderr
    record = _last_json(result.stdout)
    assert KEYS <= set(record) and record["recommended"] is True
    assert record["current"]["auc"] < 0.1 and record["candidate"]["auc"] > 0.9
    assert record["difference"]["ci"][0] > 0 and record["images"] == 60
    card = verify_model(out)  # a complete, sealed model folder
    assert card.head == "adapted" and "+adapted." in card.version
    figures = local_check.load_figures(card.sha256, card.version)
    assert figures is not None and figures["images"] == 60  # >= 50 images: the app shows these local figures


def test_no_gain_is_not_recommended_and_the_candidate_is_still_written(scored_images, tmp_path, model_dir):
    paths, _ = scored_images
    labels = np.random.default_rng(7).permutation([0, 1] * 30)
    out = tmp_path / "candidate"
    result = _cli(_manifest(tmp_path / "list.csv", paths, labels), "--out", out, "--base", model_dir, "--json")
    assert result.returncode == 1, result.stderr
    record = json.loads(result.stdout)  # --json: the object only
    assert record["recommended"] is False and "keep the current model" in record["reason"]
    verify_model(out)


def test_too_few_abnormal_images_is_unusable_data(scored_images, tmp_path, model_dir):
    paths, _ = scored_images
    labels = [1] * 5 + [0] * 55
    result = _cli(_manifest(tmp_path / "list.csv", paths, labels), "--out", tmp_path / "c", "--base", model_dir)
    assert result.returncode == 2
    assert "At least 10 normal and 10 abnormal" in result.stderr


def test_reviewed_images_are_the_data_unreadable_left_out_changed_refused(scored_images, tmp_path, model_dir):
    """``adapt --reviewed``: exactly the images the clinicians decided abnormal/normal, as they were reviewed."""
    import hashlib
    import shutil

    from cxrviewer.core.review.decisions import ReviewStore
    from cxrviewer.core.types import StudyInfo

    paths, scores = scored_images
    folder = tmp_path / "reviewed"
    folder.mkdir()
    copies = [Path(shutil.copy2(p, folder / p.name)) for p in paths]  # the test changes one of them
    labels = scores < np.median(scores)  # the clinicians disagree with the model's ranking throughout
    extra = [folder / "blurred1.png", folder / "blurred2.png"]  # decided "not readable": no label to give
    for n, path in enumerate(extra):
        cv2.imwrite(str(path), np.full((64, 64), 40 * n, np.uint8))
    with ReviewStore() as store:  # the user's results database (isolated_home), as the GUI and `review` write it
        for n, (path, label) in enumerate(zip(copies, labels, strict=True)):
            study = StudyInfo(patient_id=f"P{n // 2}")  # two images per patient: grouped together in the check
            store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=path, reviewer="Dr A",
                         decision="abnormal" if label else "normal", study=study)
        for path in extra:
            store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=path, reviewer="Dr A",
                         decision="unreadable")
        changed = copies[5]
        store.record(sha256=hashlib.sha256(changed.read_bytes()).hexdigest(), file=changed, reviewer="Dr B",
                     decision="normal" if labels[5] else "abnormal")  # a correction: the newest decision counts
        labels[5] = not labels[5]
    cv2.imwrite(str(changed), 255 - cv2.imread(str(changed), cv2.IMREAD_GRAYSCALE))  # overwritten after review
    used = np.delete(labels, 5)

    out = tmp_path / "candidate"
    result = _cli("--reviewed", "--out", out, "--base", model_dir)
    assert result.returncode == 0, result.stderr
    assert (f"59 reviewed images can be used ({int(used.sum())} abnormal, {int((~used).sum())} normal); refused: "
            "1 changed since review; 2 marked not readable left out") in result.stderr
    record = _last_json(result.stdout)
    assert KEYS <= set(record) and record["recommended"] is True
    assert record["images"] == 59 and (record["abnormal"], record["normal"]) == (int(used.sum()), int((~used).sum()))
    assert record["reviewed"] == {"used": 59, "changed": 1, "missing": 0, "unreadable": 2}
    assert record["current"]["auc"] < 0.2 and record["candidate"]["auc"] > 0.8
    low, high = record["difference"]["ci"]
    assert 0 < low <= record["difference"]["auc"] <= high
    assert "ranks this clinic's X-rays better" in record["reason"]
    card = verify_model(out)
    assert card.extra["adaptation"]["data"] == "reviewed images" and card.extra["adaptation"]["images"] == 59


def test_fewer_than_50_images_refit_only_the_threshold_and_calibration(scored_images, tmp_path, model_dir):
    """Measured: with ~20 images a new head was worse than no change at one of four hospitals; below 50 the
    product only recalibrates, which cannot change the ranking (so it is never worse than no change)."""
    paths, scores = scored_images
    labels = scores < np.median(scores)
    out = tmp_path / "candidate"
    result = _cli(_manifest(tmp_path / "list.csv", paths[:40], labels[:40]), "--out", out, "--base", model_dir, "--json")
    record = json.loads(result.stdout)
    assert record["images"] == 40 and record["candidate"]["auc"] == pytest.approx(record["current"]["auc"], abs=1e-9)
    assert verify_model(out).head != "adapted"
