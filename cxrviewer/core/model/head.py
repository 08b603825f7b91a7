"""A head fitted on one clinic's images: a linear score on the network's embedding and its own score.

``adapted_head.npz`` (card ``head: adapted``, covered by the card's checksums) holds

* ``coef`` (C,): a weight per embedding feature (the embedding output the chest X-ray check also uses),
* ``shipped_weight`` (): the weight of the network's own logit (the shipped 1x1 conv + average pool),
* ``bias`` ().

The adapted logit is ``embedding @ coef + shipped_weight * logit + bias``; the card's Platt calibration
and threshold then apply to it as to any logit. With ``coef = 0, shipped_weight = 1, bias = 0`` it is the
shipped model, which is what the fitting (``core.admin.adaptation``) pulls towards. Plain numpy, no
TensorFlow: the network is frozen, so the heatmap still shows where the shipped network looked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cxrviewer.core.errors import N_, ModelIntegrity, _

DAMAGED_HEAD = N_(
    "The screening model's adapted part (adapted_head.npz) cannot be used: {problem}. "
    "Please ask your administrator to adapt the model again or to use another model."
)


@dataclass(frozen=True)
class AdaptedHead:
    coef: np.ndarray
    shipped_weight: float
    bias: float

    def logit(self, embedding: np.ndarray, shipped_logit: np.ndarray | float) -> np.ndarray:
        """Adapted logits for embeddings (N, C) or (C,) and the network's own logits (N,) or scalar."""
        return np.asarray(embedding, np.float64) @ self.coef + self.shipped_weight * np.asarray(shipped_logit, np.float64) + self.bias

    def then(self, outer: AdaptedHead) -> AdaptedHead:
        """The head ``outer`` fitted on this head's logit, as one head on the network's own logit (all linear)."""
        return AdaptedHead(outer.coef + outer.shipped_weight * self.coef, outer.shipped_weight * self.shipped_weight,
                           outer.shipped_weight * self.bias + outer.bias)

    def save(self, path: Path) -> None:
        with Path(path).open("wb") as handle:
            np.savez(handle, coef=self.coef.astype(np.float64), shipped_weight=np.float64(self.shipped_weight),
                     bias=np.float64(self.bias))

    @classmethod
    def load(cls, path: Path, width: int | None = None) -> AdaptedHead:
        """Read and check the file (finite numbers, one weight per embedding feature); a sentence otherwise."""
        try:
            with np.load(Path(path), allow_pickle=False) as data:
                coef = np.asarray(data["coef"], np.float64)
                shipped, bias = float(data["shipped_weight"]), float(data["bias"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelIntegrity(_(DAMAGED_HEAD).format(problem=_("it is not readable")), repr(exc)) from exc
        if coef.ndim != 1 or (width is not None and coef.shape[0] != width):
            problem = _("it was made for another model (its number of features differs)")
            raise ModelIntegrity(_(DAMAGED_HEAD).format(problem=problem), f"coef shape {coef.shape}, embedding {width}")
        if not (np.all(np.isfinite(coef)) and np.isfinite(shipped) and np.isfinite(bias)):
            raise ModelIntegrity(_(DAMAGED_HEAD).format(problem=_("it holds invalid numbers")), "non-finite weights")
        return cls(coef, shipped, bias)
