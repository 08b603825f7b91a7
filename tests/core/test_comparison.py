"""Comparison on held-out local images, and threshold recalibration."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from cxrviewer.core.admin import comparison
from cxrviewer.core.admin.dataset import LabelledImage, find_labelled_images, split_of_group
from cxrviewer.core.errors import DataFolderError
from cxrviewer.core.model.card import read_card
from tests.core.test_datacheck import write_dataset


def card_with_split(card, data, val=0.25, test=0.25, seed=0):
    training = {**card.extra.get("training", {}), "data": str(data),
                "split": {"seed": seed, "val_fraction": val, "test_fraction": test}}
    return dataclasses.replace(card, extra={**card.extra, "training": training})


def items(n: int) -> list[LabelledImage]:
    from pathlib import Path

    return [LabelledImage(Path(f"/x/{i}.png"), i % 2, f"patient{i}", "local") for i in range(n)]


def test_held_out_split_follows_the_card(model_dir, tmp_path):
    card = card_with_split(read_card(model_dir), tmp_path, val=0.2, test=0.3, seed=4)
    all_items = items(200)
    held_out = comparison.held_out_split(all_items, card)
    assert held_out == [i for i in all_items if split_of_group(i.group, 0.2, 0.3, 4) == "test"]
    assert 30 < len(held_out) < 90


def test_unseen_images_depend_on_what_the_model_trained_on(model_dir, tmp_path):
    all_items = items(100)
    trained_here = card_with_split(read_card(model_dir), tmp_path)
    assert comparison.unseen_images(all_items, trained_here, tmp_path) == comparison.held_out_split(all_items, trained_here)
    assert comparison.unseen_images(all_items, trained_here, tmp_path / "elsewhere") == all_items


def test_evaluate_uses_the_models_threshold(model_dir):
    card = dataclasses.replace(read_card(model_dir), threshold=0.5)
    labels = np.array([0, 0, 0, 1, 1, 1])
    probs = np.array([0.1, 0.2, 0.6, 0.4, 0.7, 0.9])
    result = comparison.evaluate("Model in use", card, labels, probs)
    assert result.threshold == 0.5
    assert result.sensitivity == pytest.approx(2 / 3) and result.specificity == pytest.approx(2 / 3)
    assert result.auc == pytest.approx(8 / 9)
    assert result.fpr[0] == 0 and result.tpr[-1] == 1
    assert comparison.evaluate("x", card, labels, probs, threshold=0.35).sensitivity == 1.0


def test_paired_bootstrap_interval():
    rng = np.random.default_rng(0)
    labels = np.array([0] * 60 + [1] * 60)
    good = labels + rng.normal(0, 0.4, 120)
    noise = rng.normal(0, 1, 120)
    groups = [f"p{i}" for i in range(120)]
    low, high = comparison.paired_auc_difference(labels, good, noise, groups, rounds=200)
    assert low > 0.1
    low, high = comparison.paired_auc_difference(labels, good, good, groups, rounds=50)
    assert low == pytest.approx(0) and high == pytest.approx(0)


def _comparison(interval, images=300):
    dummy = comparison.ModelResult("r", "n", "v", 0.5, 0.8, 0.9, 0.6, np.array([0, 1]), np.array([0, 1]))
    return comparison.Comparison(images, images // 2, images // 2, dummy, dummy, interval)


def test_verdicts_are_plain_sentences():
    assert "better" in _comparison((0.01, 0.05)).verdict and _comparison((0.01, 0.05)).candidate_better
    assert "worse" in _comparison((-0.05, -0.01)).verdict
    assert "no clear difference" in _comparison((-0.02, 0.03)).verdict
    assert "chance" in _comparison((-0.02, 0.03), images=40).verdict
    assert "chance" not in _comparison((-0.02, 0.03), images=300).verdict
    audit = _comparison((0.01, 0.05)).to_audit()
    assert audit["auc_difference_95ci"] == [0.01, 0.05] and audit["candidate"]["auc"] == 0.8


def test_choose_threshold_reaches_the_target_and_refuses_too_few():
    labels = np.array([0] * 20 + [1] * 20)
    probs = np.concatenate([np.linspace(0, 0.5, 20), np.linspace(0.3, 1.0, 20)])
    threshold = comparison.choose_threshold(labels, probs, 0.9)
    assert np.mean(probs[labels == 1] >= threshold) >= 0.9
    with pytest.raises(DataFolderError, match="At least 10 abnormal"):
        comparison.choose_threshold(np.array([0] * 20 + [1] * 5), np.zeros(25), 0.9)
    with pytest.raises(DataFolderError, match="between 50% and 100%"):
        comparison.choose_threshold(labels, probs, 0.2)


def test_compare_models_scores_both_on_the_same_held_out_images(model_dir, tmp_path):
    data = write_dataset(tmp_path / "local", "folders", normal=24, abnormal=24)
    local = find_labelled_images(data)
    card = read_card(model_dir)
    candidate_card = card_with_split(card, data, val=0.25, test=0.4)
    seen = []
    result = comparison.compare_models((model_dir, candidate_card), (model_dir, card), local,
                                       progress=lambda done, total: seen.append(total))
    held_out = comparison.held_out_split(local, candidate_card)
    assert result.images == len(held_out) == seen[-1]
    assert result.normal + result.abnormal == result.images
    assert result.current.threshold == card.threshold and result.candidate.threshold == candidate_card.threshold
    # same weights: same scores, so same AUC and an interval of zero
    assert result.candidate.auc == pytest.approx(result.current.auc)
    assert result.auc_difference_interval == pytest.approx((0.0, 0.0))
    assert "no clear difference" in result.verdict


def test_compare_refuses_when_nothing_was_set_aside(model_dir, tmp_path):
    data = write_dataset(tmp_path / "local", "folders", normal=3, abnormal=3)
    card = card_with_split(read_card(model_dir), data, val=0.2, test=0.0)
    with pytest.raises(DataFolderError, match="set aside"):
        comparison.compare_models((model_dir, card), (model_dir, card), find_labelled_images(data))


def test_recalibrate_on_local_images(model_dir, tmp_path):
    data = write_dataset(tmp_path / "local", "suffix", normal=15, abnormal=15)
    (data / "CHNCXR_9999_1.png").write_bytes(b"broken")
    local = find_labelled_images(data)
    card = read_card(model_dir)
    result = comparison.recalibrate((model_dir, card), local, 0.8)
    assert result.images == 30 and result.abnormal == 15  # the broken file is skipped, not fatal
    assert result.after.sensitivity >= 0.8
    assert result.before.threshold == card.threshold
    assert result.threshold == result.after.threshold
    evaluation = result.evaluation()
    assert evaluation["threshold_before"] == card.threshold and evaluation["images"] == 30


def test_cancel_stops_scoring(model_dir, tmp_path):
    from cxrviewer.core.types import CancelToken

    data = write_dataset(tmp_path / "local", "folders", normal=5, abnormal=5)
    token = CancelToken()
    token.cancel()
    with pytest.raises(comparison.ComparisonCancelled):
        comparison.score_images([model_dir], find_labelled_images(data), cancel=token)
