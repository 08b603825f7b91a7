"""Synthetic lesions: a leave-one-source-out arm that teaches what is abnormal without a hospital to learn it from.

In the development data each source labels one finding abnormal (NIH pneumonia, RSNA opacities, JSRT nodules,
Mendeley and TBX11K tuberculosis), so a model trained without a source has never been told that its finding is
abnormal, and every abnormal image it was told about comes with its hospital's look. Here, while training, a
fraction of the **normal** images get a synthetic lesion drawn into the lung fields and are labelled abnormal:

- a **nodule** (half of them): a solid round or oval opacity, 5-30 mm at the lung crop's scale (radius 1.2-5% of
  the model input; the radiological definition of a nodule stops at 3 cm), with a sphere's projected profile and
  a little texture;
- an **opacity** (the other half): a soft, patchy area of 3-9 cm (radius 5-15%), as consolidation or TB
  infiltrates look, with a flat top, soft edge and blotchy texture.

Each is brighter than its surroundings by 0.3-1.5 of the film's standard deviation, centred at random inside
the lung fields the bundled segmenter finds on the model input (on the darker half of the film where it finds
none), and never drawn on the zero padding. The lesion goes
into the heatmap's lesion channel, so the activation map is pulled onto it like onto a radiologist's box. The
sizes come from the radiological definitions, not from any source's images. Every source's normals can become
abnormal this way, so "which hospital" says less about the label. Only the training process imports this module
(TensorFlow is imported inside the function).
"""

from __future__ import annotations

import numpy as np

NODULE_RADIUS = (0.012, 0.05)  # fraction of the input's side (log-uniform)
OPACITY_RADIUS = (0.05, 0.15)  # (uniform)
CONTRAST = (0.3, 1.5)  # in standard deviations of the standardised film (lung to mediastinum is about 2)
ASPECT = 0.3  # log of the largest axis ratio of the ellipse
MASK_LEVEL = 0.3  # part of the lesion's peak that counts as "lesion" for the heatmap's guidance


def lung_masks(arrays: np.ndarray, segmenter) -> np.ndarray:
    """(N, H, W) uint8 lung fields (1 = lung) of standardised model inputs (N, H, W), found by ``segmenter``
    (a ``LungSegmenter``) on each input brought back to 8 bits (the padding at the content's mean grey)."""
    masks = np.zeros(arrays.shape, np.uint8)
    for n, array in enumerate(arrays):
        values = array[array != 0].astype(np.float32)
        if values.size == 0:
            continue
        lo, hi = np.percentile(values, [0.5, 99.5])
        gray = np.clip((array.astype(np.float32) - lo) / max(hi - lo, 1e-3) * 255.0, 0, 255).astype(np.uint8)
        masks[n] = segmenter.segment(gray).mask
    return masks


def make_lesion_inserter(fraction: float, seed: int):
    """``insert(x, y, lungs) -> (x, y)`` for a batch: ``x`` (B, H, W, 2) standardised films (zero padding) and
    their lesion masks; ``y`` (B, K) targets, the label in column 0; ``lungs`` (B, H, W) the lung fields (1 = lung).
    Each normal image (label 0) gets a lesion with probability ``fraction``, drawn into the film and its lesion
    mask, and the label 1; the other columns of ``y`` (a source number for the ranking objectives) are kept."""
    import tensorflow as tf

    rng = tf.random.Generator.from_seed(seed + 7919)

    def insert(x, y, lungs):
        image = x[..., 0]
        batch, height, width = tf.shape(image)[0], tf.shape(image)[1], tf.shape(image)[2]
        side = tf.cast(tf.minimum(height, width), tf.float32)
        content = tf.cast(tf.not_equal(image, 0.0), tf.float32)
        centre_y, centre_x, found = _lesion_centres(image, content, lungs, rng)
        chosen = (rng.uniform([batch]) < fraction) & (y[:, 0] < 0.5) & found
        is_opacity = rng.uniform([batch]) < 0.5
        nodule_radius = tf.exp(rng.uniform([batch], np.log(NODULE_RADIUS[0]), np.log(NODULE_RADIUS[1])))
        radius = side * tf.where(is_opacity, rng.uniform([batch], *OPACITY_RADIUS), nodule_radius)
        aspect = tf.exp(rng.uniform([batch], -ASPECT, ASPECT))
        angle = rng.uniform([batch], 0.0, np.pi)
        rows = tf.cast(tf.range(height), tf.float32)[None, :, None] - centre_y[:, None, None]
        cols = tf.cast(tf.range(width), tf.float32)[None, None, :] - centre_x[:, None, None]
        cos, sin = tf.cos(angle)[:, None, None], tf.sin(angle)[:, None, None]
        along = (cols * cos + rows * sin) / (radius * aspect)[:, None, None]
        across = (rows * cos - cols * sin) * aspect[:, None, None] / radius[:, None, None]
        distance2 = tf.square(along) + tf.square(across)
        texture = _smooth_noise(rng, batch, height, width)
        sphere = tf.sqrt(tf.nn.relu(1.0 - distance2)) * (1.0 + 0.25 * texture)
        patch = tf.exp(-1.5 * tf.square(distance2)) * tf.nn.relu(1.0 + 0.6 * texture)  # flat top, soft edge
        profile = tf.where(is_opacity[:, None, None], patch, sphere) * content
        contrast = rng.uniform([batch], *CONTRAST)
        weight = tf.cast(chosen, tf.float32)[:, None, None]
        peak = tf.reduce_max(profile, axis=[1, 2], keepdims=True) + 1e-6
        marked = tf.cast(profile > MASK_LEVEL * peak, x.dtype) * weight
        drawn = tf.stack([image + weight * contrast[:, None, None] * profile, tf.maximum(x[..., 1], marked)], axis=-1)
        label = tf.maximum(y[:, :1], tf.cast(chosen, y.dtype)[:, None])
        return drawn, tf.concat([label, y[:, 1:]], axis=-1)

    return insert


def _lesion_centres(image, content, lungs, rng):
    """One random point per image inside its lung fields, shrunk by a few pixels (the darker half of the content,
    away from the padding, where no lungs were found); ``found`` is False where there is no such point."""
    import tensorflow as tf

    window = max(3, (int(image.shape[1] or 64) // 8) | 1)
    local_sum = tf.nn.avg_pool2d(image[..., None], window, 1, "SAME")[..., 0]
    coverage = tf.nn.avg_pool2d(content[..., None], window, 1, "SAME")[..., 0]
    local = local_sum / tf.maximum(coverage, 1e-3)
    inner = content * tf.cast(coverage > 0.99, tf.float32)
    mean = tf.reduce_sum(local * inner, axis=[1, 2], keepdims=True) / (tf.reduce_sum(inner, axis=[1, 2], keepdims=True) + 1e-6)
    darker = (inner > 0) & (local < mean)
    shrink = max(3, (int(image.shape[1] or 64) // 32) | 1)
    inside = -tf.nn.max_pool2d(-tf.cast(lungs[..., None], tf.float32), shrink, 1, "SAME")[..., 0] > 0.5
    has_lungs = tf.reduce_any(inside, axis=[1, 2], keepdims=True)
    candidate = tf.where(has_lungs, inside & (content > 0), darker)
    batch, width = tf.shape(image)[0], tf.shape(image)[2]
    flat = tf.reshape(candidate, [batch, -1])
    gumbel = -tf.math.log(-tf.math.log(rng.uniform(tf.shape(flat), 1e-6, 1.0 - 1e-6)))
    index = tf.argmax(tf.where(flat, gumbel, -1e9), axis=1, output_type=tf.int32)
    found = tf.reduce_any(flat, axis=1)
    return tf.cast(index // width, tf.float32), tf.cast(index % width, tf.float32), found


def _smooth_noise(rng, batch, height, width):
    """Blotchy noise (B, H, W) of unit spread whose blotches are about a sixteenth of the side."""
    import tensorflow as tf

    noise = rng.normal([batch, height, width, 1])
    size = tf.maximum(tf.minimum(height, width) // 16, 1)
    small = tf.image.resize(noise, [tf.maximum(height // size, 2), tf.maximum(width // size, 2)], antialias=True)
    smooth = tf.image.resize(small, [height, width], method="bicubic")[..., 0]
    spread = tf.math.reduce_std(smooth, axis=[1, 2], keepdims=True) + 1e-6
    return (smooth - tf.reduce_mean(smooth, axis=[1, 2], keepdims=True)) / spread
