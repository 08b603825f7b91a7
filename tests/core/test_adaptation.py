"""Adaptation to a clinic and the local check, on synthetic embeddings where the truth is known."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from cxrviewer.core import metrics
from cxrviewer.core.admin import adaptation, local_check
from cxrviewer.core.errors import DataFolderError, ModelIntegrity
from cxrviewer.core.model.card import ADAPTED_HEAD_NAME, CARD_NAME, read_card, verify_model
from cxrviewer.core.model.head import AdaptedHead


def synthetic(n: int, shipped_signal: float, embedding_signal: float, seed: int = 0, width: int = 16):
    """Labels; the shipped logit carries ``shipped_signal``, embedding feature 0 carries ``embedding_signal``.
    Two images per patient (group), so grouping matters."""
    rng = np.random.default_rng(seed)
    patients = n // 2
    y = np.repeat(rng.integers(0, 2, patients), 2)
    groups = np.repeat([f"p{i}" for i in range(patients)], 2)
    E = rng.normal(size=(n, width))
    E[:, 0] += embedding_signal * (2 * y - 1)
    z = shipped_signal * (2 * y - 1) + rng.normal(size=n)
    return z, E, y, groups


def check(z, E, y, groups, **kw):
    current = metrics.sigmoid(z)
    return local_check.run_local_check(z, E, y, groups, current, 0.5, rounds=kw.pop("rounds", 500), **kw)


def test_guard_recommends_a_clearly_better_head():
    z, E, y, groups = synthetic(300, shipped_signal=0.3, embedding_signal=1.5)
    result = check(z, E, y, groups)
    assert result.recommended
    assert result.difference.ci[0] > 0
    assert result.candidate.auc > result.current.auc + 0.1
    assert result.images == 300 and result.more_images is None


@pytest.mark.parametrize("embedding_signal", [0.0])
def test_guard_refuses_an_equal_or_worse_head(embedding_signal):
    z, E, y, groups = synthetic(200, shipped_signal=1.0, embedding_signal=embedding_signal, seed=3)
    result = check(z, E, y, groups)
    assert not result.recommended
    assert "keep the current model" in result.reason
    assert result.difference.auc <= 0.02


def test_recalibration_keeps_the_ranking():
    z, E, y, groups = synthetic(120, shipped_signal=1.0, embedding_signal=0.0, seed=4)
    candidate = adaptation.fit_candidate(z, E, y, groups, recipe="recalibrate")
    assert metrics.roc_auc(y, candidate.probability(z, E)) == pytest.approx(metrics.roc_auc(y, z))
    assert 0 < candidate.threshold < 1


@pytest.mark.parametrize("shipped_signal", [1.0, -1.0], ids=["ranks-right", "ranks-backwards"])
def test_a_recalibration_check_shows_the_ranking_of_the_model_it_makes(shipped_signal):
    """A recalibrated model ranks images as the current one does, so the check's AUCs are equal, even where the
    folds' maps are nearly flat (a model that ranks these images backwards); pooled folds showed 0.13 against 0.00."""
    z, E, y, groups = synthetic(40, shipped_signal=shipped_signal, embedding_signal=0.0, seed=5)
    result = check(z, E, y, groups, recipe="recalibrate")
    assert result.candidate.auc == pytest.approx(result.current.auc, abs=1e-12)
    assert result.difference.auc == pytest.approx(0.0, abs=1e-12) and not result.recommended


def test_recalibration_on_a_perfectly_separated_sample_keeps_new_images_ranked():
    """20 local images the model already separates perfectly: plain Platt's slope runs away (100+), new images'
    probabilities saturate at exactly 0 and 1 and their AUC drops; Platt's smoothed targets keep the slope finite."""
    z, E, y, groups = synthetic(400, shipped_signal=1.0, embedding_signal=0.0, seed=3)
    local = np.concatenate([np.flatnonzero(y == 0)[:10], np.flatnonzero(y == 1)[:10]])
    rest = np.setdiff1d(np.arange(len(y)), local)
    z[local] = np.concatenate([np.linspace(-3, 0.1, 10), np.linspace(0.2, 4, 10)])  # separated, by a narrow gap
    for recipe in ("recalibrate", "head"):
        candidate = adaptation.fit_candidate(z[local], E[local], y[local], groups[local], recipe=recipe)
        assert 0 < candidate.a < 10, recipe
        probs = candidate.probability(z[rest], E[rest])
        assert len(np.unique(probs)) == len(rest)  # no ties made by saturation
    recalibrated = adaptation.fit_candidate(z[local], E[local], y[local], groups[local], recipe="recalibrate")
    assert metrics.roc_auc(y[rest], recalibrated.probability(z[rest], E[rest])) == pytest.approx(metrics.roc_auc(y[rest], z[rest]))


def test_cross_validation_never_scores_an_image_with_a_model_that_saw_it():
    z, E, y, groups = synthetic(100, shipped_signal=1.0, embedding_signal=1.0, seed=5)
    fitted_on: list[set] = []

    def spy(zt, Et, yt, gt, **kw):
        fitted_on.append(set(gt.tolist()))
        return adaptation.fit_candidate(zt, Et, yt, gt, **kw)

    result = check(z, E, y, groups, fit=spy, rounds=50)
    scored = [i for _, test in result.folds for i in test]
    assert sorted(scored) == list(range(100))  # every image scored exactly once
    assert len(fitted_on) == len(result.folds)
    for (train_groups, test), seen in zip(result.folds, fitted_on, strict=True):
        assert train_groups == seen
        assert not {groups[i] for i in test} & seen  # no patient of the scored fold was in the fit


def test_too_few_images_of_a_class_are_refused():
    z, E, y, groups = synthetic(40, 1.0, 1.0)
    y = np.zeros_like(y)
    y[:5] = 1
    with pytest.raises(DataFolderError, match="At least 10 normal and 10 abnormal"):
        check(z, E, y, groups)


def test_more_images_formula():
    # interval half-width 0.1 at n = 100 with gain 0.05: n * (z sd / gain)^2 = 100 * (0.1 / 0.05)^2 = 400 -> 300 more
    assert local_check.more_images_needed(100, 0.05, (-0.05, 0.15)) == 300
    assert local_check.more_images_needed(100, -0.01, (-0.1, 0.08)) is None


def test_head_composition_is_the_same_score():
    rng = np.random.default_rng(0)
    inner, outer = AdaptedHead(rng.normal(size=4), 0.7, 0.1), AdaptedHead(rng.normal(size=4), 1.3, -0.2)
    E, raw = rng.normal(size=(5, 4)), rng.normal(size=5)
    assert np.allclose(inner.then(outer).logit(E, raw), outer.logit(E, inner.logit(E, raw)))


@pytest.fixture(scope="module")
def candidate_folder(model_dir, tmp_path_factory):
    rng = np.random.default_rng(1)
    head = AdaptedHead(rng.normal(scale=0.01, size=128), 0.9, 0.05)
    candidate = adaptation.Candidate("head", head, 1.1, -0.2, 0.4, 1.0)
    out = tmp_path_factory.mktemp("adapted") / "candidate"
    adaptation.write_candidate(model_dir, out, candidate, {"images": 60})
    return out


def test_candidate_folder_is_a_verified_model(candidate_folder, model_dir):
    from cxrviewer.core.model.runtime import ModelRuntime

    card = verify_model(candidate_folder)
    assert card.head == "adapted" and ADAPTED_HEAD_NAME in card.manifest
    assert card.threshold == pytest.approx(0.4) and "+adapted." in card.version
    runtime, base = ModelRuntime(candidate_folder), ModelRuntime(model_dir)
    size = base.card.preprocessing.size  # the model's own input size
    x = np.random.default_rng(2).normal(size=(size, size)).astype(np.float32)
    raw, _, emb = base.run(x)
    assert runtime.run(x)[0] == pytest.approx(float(runtime.head.logit(emb, raw)), rel=1e-5)
    # cards without a head are unchanged: no "head" key written
    assert "head" not in json.loads((model_dir / CARD_NAME).read_text())


def test_tampered_adapted_head_is_refused(candidate_folder, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(candidate_folder, copy)
    head = AdaptedHead.load(copy / ADAPTED_HEAD_NAME)
    AdaptedHead(head.coef * 2, head.shipped_weight, head.bias).save(copy / ADAPTED_HEAD_NAME)
    with pytest.raises(ModelIntegrity, match="adapted_head.npz"):
        verify_model(copy)


def test_switching_the_head_off_in_the_card_is_refused(candidate_folder, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(candidate_folder, copy)
    data = json.loads((copy / CARD_NAME).read_text())
    data.pop("head")
    (copy / CARD_NAME).write_text(json.dumps(data))
    with pytest.raises(ModelIntegrity, match="checksum"):
        read_card(copy)


def test_stored_figures_round_trip(tmp_path):
    assert local_check.figures_text(local_check.load_figures("a" * 64, "1.0", tmp_path)) == local_check.NOT_CHECKED
    local_check.save_figures("a" * 64, "1.0", {"auc": 0.8, "sensitivity": 0.9, "specificity": 0.5, "images": 30}, tmp_path)
    assert local_check.load_figures("a" * 64, "1.0", tmp_path) is None  # fewer than 50 images: not a check
    path = local_check.save_figures("a" * 64, "1.0", {"auc": 0.8, "sensitivity": 0.9, "specificity": 0.5, "images": 80},
                                    tmp_path)
    assert (path.stat().st_mode & 0o777) == 0o600
    text = local_check.figures_text(local_check.load_figures("a" * 64, "1.0", tmp_path))
    assert "AUC 0.80" in text and "80 images" in text and "specificity 50%" in text
    assert local_check.load_figures("a" * 64, "1.0+adapted.1", tmp_path) is None
