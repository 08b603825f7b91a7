"""The self-test: a generated chest-like image (no patient data ships with the program) scored by
the installed model, with every output checked. The model folder itself is verified when the
runtime loads it (``core.model.card``)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cxrviewer.core.errors import CxrError, _


def synthetic_chest_png(size: int = 512) -> bytes:
    """PNG bytes of a smooth chest-like pattern: bright mediastinum, two dark lung fields, ribs."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    img = 0.85 - 0.55 * (np.exp(-(((xx - 0.3) / 0.14) ** 2 + ((yy - 0.5) / 0.28) ** 2))
                         + np.exp(-(((xx - 0.7) / 0.14) ** 2 + ((yy - 0.5) / 0.28) ** 2)))
    img += 0.05 * np.sin(yy * 60) * (img < 0.6)
    ok, data = cv2.imencode(".png", np.clip(img * 255, 0, 255).astype(np.uint8))
    assert ok
    return data.tobytes()


@dataclass(frozen=True)
class SelftestResult:
    probability: float | None  # the generated image's score, None when it could not be scored
    input_check: bool  # the model has its "is this a chest X-ray" check (ood.npz)
    problems: tuple[str, ...] = ()  # sentences; empty when all is well

    @property
    def passed(self) -> bool:
        return not self.problems


def run_selftest(runtime) -> SelftestResult:
    """Score the generated image with ``runtime`` (a loaded, verified ``ModelRuntime``) and check every output."""
    from cxrviewer.core.image.preprocess import preprocess
    from cxrviewer.core.image.reading import decode_image

    image = decode_image(synthetic_chest_png())
    has_gate = runtime.input_gate is not None
    try:
        prediction = runtime.predict(image, check_input=False)
    except CxrError as exc:
        return SelftestResult(None, has_gate, (exc.user_message,))
    problems = []
    if not 0.0 <= prediction.probability <= 1.0:
        problems.append(_("The model returned an invalid score."))
    if prediction.heatmap is None or not np.isfinite(prediction.heatmap).all():
        problems.append(_("The model returned an invalid heatmap."))
    if has_gate:
        model_input, _region = preprocess(image.pixels, runtime.card.preprocessing)
        _logit, _cam, embedding = runtime.run(model_input)
        if not all(np.isfinite(d) for d in runtime.input_gate.distances(model_input, embedding).values()):
            problems.append(_("The model's chest X-ray check returned invalid distances."))
    return SelftestResult(prediction.probability, has_gate, tuple(problems))
