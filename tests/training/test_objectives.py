"""The leave-one-source-out objectives reward what they should: ranking within a source, the worst stratum."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.training

# two sources: source 0 has both labels, source 1 only abnormal images (as TBX11K)
LABELS = np.array([1, 0, 1, 0, 1, 1], np.float32)
SOURCES = np.array([0, 0, 0, 0, 1, 1], np.float32)


def _rank_loss(scores) -> np.ndarray:
    from cxrviewer.core.admin.objectives import within_source_rank_loss

    y = np.column_stack([LABELS, SOURCES]).astype(np.float32)
    return np.asarray(within_source_rank_loss(y, np.asarray(scores, np.float32)[:, None]))


def test_a_per_source_offset_earns_nothing_under_the_within_source_ranking():
    scores = np.array([2.0, -1.0, 0.5, 0.0, 0.3, -0.2])
    shifted = scores + np.where(SOURCES == 1, 5.0, 0.0)  # "recognise the all-abnormal source"
    assert np.allclose(_rank_loss(scores), _rank_loss(shifted))
    assert np.all(_rank_loss(scores)[SOURCES == 1] == 0)  # no normal of its own source to rank against


def test_the_within_source_ranking_prefers_abnormal_above_normal():
    right = _rank_loss([3.0, -3.0, 3.0, -3.0, 0.0, 0.0])
    wrong = _rank_loss([-3.0, 3.0, -3.0, 3.0, 0.0, 0.0])
    assert right[:4].mean() < 0.1 < 2.0 < wrong[:4].mean()


def test_group_dro_moves_weight_to_the_stratum_with_the_largest_loss():
    from cxrviewer.core.admin.objectives import group_dro_loss

    strata = np.array([0, 0, 1, 1], np.float32)
    y = np.column_stack([np.array([1, 1, 0, 0], np.float32), strata]).astype(np.float32)
    logits = np.array([[3.0], [3.0], [3.0], [3.0]], np.float32)  # stratum 1 (normals) is scored badly
    loss = group_dro_loss(2, step=0.5)
    first = np.asarray(loss(y, logits))
    for _ in range(5):
        latest = np.asarray(loss(y, logits))
    weights = np.asarray(loss.weights)
    assert weights[1] > 0.8 > 0.2 > weights[0] and np.isclose(weights.sum(), 1)
    assert latest[2:].sum() / latest.sum() > first[2:].sum() / first.sum()  # the bad stratum counts for more


def test_unknown_objective_is_a_clear_error():
    from cxrviewer.core.admin.training import score_objective

    with pytest.raises(ValueError, match="within_source_rank"):
        score_objective("focal", [], np.zeros((0, 1), np.float32), np.zeros(0, np.float32))


@pytest.mark.real_data
@pytest.mark.parametrize("objective, boxes, extra", [
    ("within_source_rank", True, ["--synthetic-lesions", "0.5"]),
    ("group_dro", True, []),
    ("bce", True, ["--mixstyle"]),
    ("bce", False, ["--synthetic-lesions", "0.5"]),
    ("bce", True, ["--pooling", "lse"]),
    ("bce", True, ["--lung-mask", "thorax", "--epochs", "3"]),  # one round at 64 px is not enough to beat chance here
    ("bce", True, ["--blank-outside-thorax", "0.5", "--epochs", "3", "--keep-epoch", "last"]),
    ("bce", True, ["--epochs", "4", "--keep-epoch", "average"]),
])
def test_training_with_each_objective_makes_a_working_model(objective, boxes, extra, shared_cxr, tmp_path):
    """One round at 64 px through the real command, with the lesion-box channel and the strongest appearance
    randomisation (the LOSO arms' path); feature-statistics mixing, synthetic lesions (with and without the
    lesion boxes), log-sum-exp pooling, the lung mask and blanking outside the thorax while training (keeping the last round)
    are more arms of the same path."""
    import subprocess
    import sys

    from cxrviewer.core.model.card import verify_model
    from tests.training.test_training_small import write_small_manifest

    data = write_small_manifest(shared_cxr, tmp_path / "small.csv")
    out = tmp_path / "model"
    command = [sys.executable, "-m", "cxrviewer", "train", str(data), "--out", str(out), "--epochs", "1",
               "--size", "64", "--val-fraction", "0.25", "--test-fraction", "0.25", "--objective", objective,
               "--augment", "affine,style,histmatch,noise", "--lung-crop",
               *(["--lesion-boxes", str(shared_cxr / "tbx11k_boxes.csv")] if boxes else []), *extra]
    completed = subprocess.run(command, capture_output=True, timeout=600, text=True)
    assert completed.returncode == 0, completed.stderr[-3000:]
    card = verify_model(out)
    assert 0 < card.threshold < 1
    training = card.extra["training"]
    assert training["objective"] == objective
    assert training["mixstyle"] is ("--mixstyle" in extra)
    assert training["synthetic_lesions"] == (0.5 if "--synthetic-lesions" in extra else 0.0)
    assert training["pooling"] == ("lse" if "--pooling" in extra else "average")
    assert training["blank_outside_thorax"] == (0.5 if "--blank-outside-thorax" in extra else 0.0)
    assert card.preprocessing.lung_mask == ("thorax" if "--lung-mask" in extra else "")  # training-only blanking
    keep = extra[extra.index("--keep-epoch") + 1] if "--keep-epoch" in extra else "best"
    assert training["keep_epoch"] == keep
    if keep != "best":  # the last round's weights or the average up to it, whichever round validated best
        assert training["best_epoch"] == training["epochs_run"] == int(extra[extra.index("--epochs") + 1])
    if "--lung-mask" in extra:  # the app gives the model the lungs only, as training did
        from cxrviewer.core.image.reading import load_image
        from cxrviewer.core.model.runtime import ModelRuntime

        shown = ModelRuntime(out).prepare(load_image(shared_cxr / "images" / "jsrt" / "normal" / "JPCNN001.jpg")).array
        assert not shown[0].any() and 0.3 < (shown != 0).mean() < 0.9  # the top row (neck, labels) is blank


def test_averaged_weights_are_the_mean_of_the_rounds_and_keep_the_last_random_state():
    import numpy as np

    from cxrviewer.core.admin.training import average_weights

    rounds = [[np.full((2, 2), v, np.float32), np.array([v], np.uint32)] for v in (1, 2, 6)]
    kernel, state = average_weights(rounds)
    assert kernel.dtype == np.float32 and np.allclose(kernel, 3.0)
    assert state.dtype == np.uint32 and state.tolist() == [6]
