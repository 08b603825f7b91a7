"""Training objectives that cannot profit from recognising a hospital (leave-one-source-out arms).

The plain objective is a balanced binary cross-entropy: every (source, label) stratum has the same weight.
It still pays a network to learn *which source* an image comes from whenever the sources' abnormal
fractions differ (TBX11K has no normals; Mendeley's normals come from one scanner). Two alternatives:

- ``within_source_rank``: a pairwise logistic AUC surrogate that only compares an abnormal image with a
  normal image **of the same source** in the batch. A per-source offset in the score changes no such pair,
  so it earns nothing; a source with one label only (TBX11K) then teaches through its lesion boxes alone.
- ``group_dro``: online worst-group optimisation (Sagawa et al., ICLR 2020) over the (source, label)
  strata: the weight of each stratum grows with its loss (exponentiated gradient), so the network cannot
  trade a hard stratum, such as NIH's normals, for an easy one.

Both read the label and a group number packed as ``y_true = [label, group]``; Keras imports happen inside
the functions, because only the training process may import TensorFlow.
"""

from __future__ import annotations

import numpy as np

OBJECTIVES = ("bce", "within_source_rank", "group_dro")
DRO_STEP = 0.01  # exponentiated-gradient step of the stratum weights, per batch (Sagawa et al.)


def group_numbers(keys: list) -> np.ndarray:
    """A small integer per distinct key (source, or (source, label)), in sorted order of the keys."""
    order = {key: n for n, key in enumerate(sorted(set(keys)))}
    return np.array([order[k] for k in keys], dtype=np.float32)


def within_source_rank_loss(y_true, logit):
    """Per image: the mean pairwise logistic loss over the opposite-label images of its own source in the batch
    (zero for an image without such a partner)."""
    from keras import ops

    label, group = y_true[:, 0], y_true[:, 1]
    score = ops.cast(logit[:, 0], "float32")
    same = ops.cast(ops.equal(group[:, None], group[None, :]), "float32")
    pairs = same * ops.cast(label[:, None] > 0.5, "float32") * ops.cast(label[None, :] < 0.5, "float32")  # i abnormal, j normal
    pair_loss = ops.softplus(score[None, :] - score[:, None])  # large when the normal j outranks the abnormal i
    total = ops.sum(pairs * pair_loss, axis=1) + ops.sum(pairs * pair_loss, axis=0)
    count = ops.sum(pairs, axis=1) + ops.sum(pairs, axis=0)
    return total / ops.maximum(count, 1.0)


def group_dro_loss(groups: int, step: float = DRO_STEP):
    """A loss whose batch mean is sum_g q_g * (mean cross-entropy of stratum g), q updated after every batch."""
    import keras
    from keras import ops

    weights = keras.Variable(np.full(groups, 1.0 / groups, dtype=np.float32), trainable=False, name="dro_weights")
    bce = keras.losses.BinaryCrossentropy(from_logits=True, reduction=None)

    def loss(y_true, logit):
        label, group = y_true[:, :1], ops.cast(y_true[:, 1], "int32")
        per_image = bce(label, logit)
        one_hot = ops.one_hot(group, groups)  # (B, G)
        counts = ops.sum(one_hot, axis=0)
        group_loss = ops.sum(one_hot * per_image[:, None], axis=0) / ops.maximum(counts, 1.0)
        updated = weights * ops.exp(step * ops.stop_gradient(group_loss))
        weights.assign(updated / ops.sum(updated))
        batch = ops.cast(ops.shape(per_image)[0], "float32")
        share = ops.take(weights, group) / ops.maximum(ops.take(counts, group), 1.0)
        return per_image * ops.stop_gradient(share) * batch

    loss.weights = weights
    return loss
