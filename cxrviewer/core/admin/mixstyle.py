"""Feature-statistics mixing in the early layers (MixStyle; Zhou et al., ICLR 2021), a leave-one-source-out arm.

Early convolutional features carry a film's "style" (exposure, processing curve, detector texture) in each
channel's mean and spread over the image, and its content in the normalised pattern. During training, with
probability ``probability`` per batch, each image's channel means and spreads are replaced by a random mix
(weight ~ Beta(alpha, alpha)) of its own and those of another image of the batch, usually from another
hospital: the network sees the same chest with another hospital's style and cannot rely on the style.
At inference the layer passes its input through unchanged, so the exported LiteRT model has no trace of it.

Keras is imported inside ``mixstyle_layer`` (only the training process may import TensorFlow); the class is
registered for ``keras.saving`` when it is first made, so ``register()`` must run before a model that holds
it is loaded (``training.train`` does).
"""

from __future__ import annotations

import functools

MIX_PROBABILITY = 0.5  # as in the paper
MIX_ALPHA = 0.1  # Beta(0.1, 0.1): most mixes lie near one image or the other, as in the paper
EPSILON = 1e-6


@functools.cache
def mixstyle_layer():
    """The ``MixStyle`` Keras layer class (made once, registered for loading)."""
    import keras
    from keras import ops

    @keras.saving.register_keras_serializable(package="cxrviewer")
    class MixStyle(keras.layers.Layer):
        def __init__(self, probability: float = MIX_PROBABILITY, alpha: float = MIX_ALPHA, seed: int | None = None,
                     **kwargs) -> None:
            super().__init__(**kwargs)
            self.probability, self.alpha, self.seed = float(probability), float(alpha), seed
            self.seed_generator = keras.random.SeedGenerator(seed)

        def call(self, x, training=None):
            if not training:
                return x
            batch = ops.shape(x)[0]
            mean = ops.stop_gradient(ops.mean(x, axis=(1, 2), keepdims=True))
            spread = ops.stop_gradient(ops.sqrt(ops.var(x, axis=(1, 2), keepdims=True) + EPSILON))
            pattern = (x - mean) / spread
            weight = keras.random.beta((batch, 1, 1, 1), self.alpha, self.alpha, seed=self.seed_generator)
            other = keras.random.shuffle(ops.arange(batch), seed=self.seed_generator)
            mixed_mean = weight * mean + (1.0 - weight) * ops.take(mean, other, axis=0)
            mixed_spread = weight * spread + (1.0 - weight) * ops.take(spread, other, axis=0)
            apply = keras.random.uniform((), seed=self.seed_generator) < self.probability
            return ops.where(apply, pattern * mixed_spread + mixed_mean, x)

        def compute_output_shape(self, input_shape):
            return input_shape

        def get_config(self) -> dict:
            return {**super().get_config(), "probability": self.probability, "alpha": self.alpha, "seed": self.seed}

    return MixStyle


def register() -> None:
    """Make the layer known to ``keras.saving.load_model`` (a model trained with ``--mixstyle`` holds it)."""
    mixstyle_layer()
