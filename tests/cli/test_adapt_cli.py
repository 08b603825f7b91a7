"""``cxrviewer-cli adapt``: exit codes 0/1/2, the final JSON object, the candidate folder."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

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
    """40 generated images (varied blobs and contrast) and the lenient model's score of each."""
    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.model.runtime import ModelRuntime

    folder = tmp_path_factory.mktemp("adapt_images")
    rng = np.random.default_rng(0)
    h, w = 260, 240
    yy, xx = np.mgrid[0:h, 0:w]
    runtime, paths, scores = ModelRuntime(model_dir), [], []
    for i in range(40):
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
    assert record["difference"]["ci"][0] > 0 and record["images"] == 40
    card = verify_model(out)  # a complete, sealed model folder
    assert card.head == "adapted" and "+adapted." in card.version
    figures = local_check.load_figures(card.sha256, card.version)
    assert figures is None  # 40 images: kept, but fewer than the 50 a local check needs to count in the app


def test_no_gain_is_not_recommended_and_the_candidate_is_still_written(scored_images, tmp_path, model_dir):
    paths, _ = scored_images
    labels = np.random.default_rng(7).permutation([0, 1] * 20)
    out = tmp_path / "candidate"
    result = _cli(_manifest(tmp_path / "list.csv", paths, labels), "--out", out, "--base", model_dir, "--json")
    assert result.returncode == 1, result.stderr
    record = json.loads(result.stdout)  # --json: the object only
    assert record["recommended"] is False and "keep the current model" in record["reason"]
    verify_model(out)


def test_too_few_abnormal_images_is_unusable_data(scored_images, tmp_path, model_dir):
    paths, _ = scored_images
    labels = [1] * 5 + [0] * 35
    result = _cli(_manifest(tmp_path / "list.csv", paths, labels), "--out", tmp_path / "c", "--base", model_dir)
    assert result.returncode == 2
    assert "At least 10 normal and 10 abnormal" in result.stderr
