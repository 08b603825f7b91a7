"""How the activation map becomes the score: the average of the map, or a soft maximum of it (a LOSO arm).

The network's head is a 1x1 convolution (the activation map, which the app shows as the heatmap) pooled into one
score. Averaging over the map (the default since 1.0) dilutes a small finding: a nodule that lights one cell of
the 8x8 map of a 128 px input moves the score by a 64th of that cell. Log-sum-exp pooling (as in the
ChestX-ray14 paper, Wang et al., CVPR 2017) lies between the average and the maximum:
``score = max + log(mean(exp(sharpness * (map - max)))) / sharpness``; with sharpness 5 a cell 2 logits above
the rest of an 8x8 map moves the score by about 1.2 instead of 0.03. The map, and so the heatmap, is the same
kind of output either way; only how it is summed changes. Exported to LiteRT as built-in operations.

Keras is imported inside ``lse_pooling_layer`` (only the training process may import TensorFlow); the class is
registered for ``keras.saving`` when it is first made, so ``register()`` must run before a model that holds it is
loaded (``training.train`` and ``bench/evaluate.py`` do).
"""

from __future__ import annotations

import functools

POOLINGS = ("average", "lse")
SHARPNESS = 5.0


@functools.cache
def lse_pooling_layer():
    """The ``LogSumExpPooling`` Keras layer class (made once, registered for loading)."""
    import keras
    from keras import ops

    @keras.saving.register_keras_serializable(package="cxrviewer")
    class LogSumExpPooling(keras.layers.Layer):
        def __init__(self, sharpness: float = SHARPNESS, **kwargs) -> None:
            super().__init__(**kwargs)
            self.sharpness = float(sharpness)

        def call(self, x):
            flat = ops.reshape(x, (ops.shape(x)[0], -1))
            peak = ops.max(flat, axis=1, keepdims=True)
            spread = ops.mean(ops.exp(self.sharpness * (flat - peak)), axis=1, keepdims=True)
            return peak + ops.log(spread) / self.sharpness

        def compute_output_shape(self, input_shape):
            return (input_shape[0], 1)

        def get_config(self) -> dict:
            return {**super().get_config(), "sharpness": self.sharpness}

    return LogSumExpPooling


def register() -> None:
    """Make the layer known to ``keras.saving.load_model`` (a model trained with ``--pooling lse`` holds it)."""
    lse_pooling_layer()
