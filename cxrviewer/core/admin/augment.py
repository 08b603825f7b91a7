"""Training augmentations: what changes between X-ray machines and hospitals, applied to standardised batches.

Names (``--augment``, comma-separated): ``affine`` (small rotation, zoom, shift), ``intensity`` (gain and offset),
``resolution`` (down- and up-sampling: a lower-resolution detector), ``noise``, ``style`` (another machine's
processing curve and edge enhancement) and ``histmatch`` (the grey-level distribution of another image of the
batch, usually another hospital's: the strongest appearance randomisation, arm (d) of the leave-one-source-out
ablation). Only the training process imports this module (it imports TensorFlow).
"""

from __future__ import annotations

import numpy as np

HISTMATCH_LEVELS = 33  # quantiles matched (the curve between them is linear)


def _restyle(image, rng):
    """Another scanner's look: a random gamma and random sharpening or softening of a standardised
    batch (B, H, W, 1), standardised again over its content (the zero padding stays zero).

    Per-image standardisation removes gain and offset but not these; processing curves and edge
    enhancement differ most between X-ray machines.
    """
    import tensorflow as tf

    content = tf.cast(tf.not_equal(image, 0.0), tf.float32)
    count = tf.reduce_sum(content, axis=[1, 2, 3], keepdims=True) + 1.0
    lo = tf.reduce_min(tf.where(content > 0, image, 1e3), axis=[1, 2, 3], keepdims=True)
    hi = tf.reduce_max(tf.where(content > 0, image, -1e3), axis=[1, 2, 3], keepdims=True)
    unit = tf.clip_by_value((image - lo) / (hi - lo + 1e-3), 0.0, 1.0)
    batch = tf.shape(image)[0]
    gamma = tf.exp(rng.uniform([batch, 1, 1, 1], np.log(0.6), np.log(1.7)))
    unit = tf.pow(unit + 1e-4, gamma)
    taps = np.exp(-0.5 * (np.arange(-3, 4) / 1.5) ** 2)
    kernel = tf.constant((np.outer(taps, taps) / np.outer(taps, taps).sum())[:, :, None, None], tf.float32)
    blurred = tf.nn.conv2d(unit, kernel, 1, "SAME")
    unit = unit + rng.uniform([batch, 1, 1, 1], -0.7, 1.5) * (unit - blurred)
    mean = tf.reduce_sum(unit * content, axis=[1, 2, 3], keepdims=True) / count
    var = tf.reduce_sum(tf.square((unit - mean) * content), axis=[1, 2, 3], keepdims=True) / count
    return (unit - mean) * tf.math.rsqrt(var + 1e-6) * content


def make_augmenter(names: tuple[str, ...], seed: int):
    import tensorflow as tf
    from keras import layers

    geometric = [
        layers.RandomRotation(0.03, fill_mode="constant", seed=seed),
        layers.RandomZoom((-0.12, 0.12), fill_mode="constant", seed=seed + 1),
        layers.RandomTranslation(0.06, 0.06, fill_mode="constant", seed=seed + 2),
    ]
    rng = tf.random.Generator.from_seed(seed)

    def augment(x, channels: tuple[int, ...] | None = None):
        """Augment a batch; intensity changes touch only ``channels`` (default: all)."""
        if "histmatch" in names:  # before anything moves the zero padding: it finds the content by it
            x = tf.concat([_histmatch(x[..., :1], rng), x[..., 1:]], axis=-1)
        if "style" in names:  # the same
            x = tf.concat([_restyle(x[..., :1], rng), x[..., 1:]], axis=-1)
        if "resolution" in names:
            size = tf.shape(x)[1]
            factor = rng.uniform([], 0.35, 1.0)
            small = tf.cast(tf.cast(size, tf.float32) * factor, tf.int32)
            x = tf.image.resize(tf.image.resize(x, [small, small], antialias=True), [size, size])
        if "affine" in names:
            for layer in geometric:
                x = layer(x, training=True)
        depth = x.shape[-1]
        selected = tf.constant([1.0 if channels is None or c in channels else 0.0 for c in range(depth)])
        if "intensity" in names:
            batch = tf.shape(x)[0]
            gain = rng.uniform([batch, 1, 1, 1], 0.8, 1.25)
            bias = rng.uniform([batch, 1, 1, 1], -0.25, 0.25)
            x = x + (x * (gain - 1.0) + bias) * selected
        if "noise" in names:
            x = x + rng.normal(tf.shape(x), stddev=0.05) * selected
        return x

    return augment


def _histmatch(image, rng):
    """Give each image of a standardised batch (B, H, W, 1) the grey-level distribution of another image of the
    batch (a random permutation), by matching ``HISTMATCH_LEVELS`` quantiles of their content (the zero padding
    stays zero and is left out), then standardise the content again. Half the images are left as they are."""
    import tensorflow as tf

    batch = tf.shape(image)[0]
    flat = tf.reshape(image, [batch, -1])
    content = tf.not_equal(flat, 0.0)
    count = tf.reduce_sum(tf.cast(content, tf.int32), axis=1)
    ordered = tf.sort(tf.where(content, flat, np.float32(np.inf)), axis=1)  # content first, padding at the end
    steps = tf.linspace(0.0, 1.0, HISTMATCH_LEVELS)
    index = tf.cast(tf.round(steps[None, :] * tf.cast(tf.maximum(count - 1, 0), tf.float32)[:, None]), tf.int32)
    quantiles = tf.gather(ordered, index, batch_dims=1)  # (B, levels)
    partner = rng.uniform([batch], 0, 2**30, dtype=tf.int32) % tf.maximum(batch, 1)
    target = tf.gather(quantiles, partner)
    # piecewise-linear map from this image's quantiles to the partner's
    position = tf.clip_by_value(tf.searchsorted(quantiles, flat, side="right") - 1, 0, HISTMATCH_LEVELS - 2)
    low, high = tf.gather(quantiles, position, batch_dims=1), tf.gather(quantiles, position + 1, batch_dims=1)
    t = tf.clip_by_value((flat - low) / tf.maximum(high - low, 1e-6), 0.0, 1.0)
    mapped = tf.gather(target, position, batch_dims=1) * (1 - t) + tf.gather(target, position + 1, batch_dims=1) * t
    keep = rng.uniform([batch, 1]) < 0.5
    mask = tf.cast(content, tf.float32)
    mapped = tf.where(keep, flat, mapped) * mask
    n = tf.maximum(tf.cast(count, tf.float32)[:, None], 1.0)
    mean = tf.reduce_sum(mapped, axis=1, keepdims=True) / n
    var = tf.reduce_sum(tf.square((mapped - mean) * mask), axis=1, keepdims=True) / n
    return tf.reshape((mapped - mean) * tf.math.rsqrt(var + 1e-6) * mask, tf.shape(image))
