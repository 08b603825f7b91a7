"""The bundled model on a fixed sample of real X-rays: abnormal images score higher than normal."""

from __future__ import annotations

import csv
import random

from cxrviewer.core import metrics
from cxrviewer.core.admin.dataset import split_of_group
from cxrviewer.core.image.reading import load_image


def test_bundled_model_separates_real_abnormal_from_normal(shared_cxr, runtime):
    with (shared_cxr / "manifest.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    split = runtime.card.extra.get("training", {}).get("split", {})
    held_out = [r for r in rows if split_of_group(r["group"], split.get("val_fraction", 0.15),
                                                  split.get("test_fraction", 0.15), split.get("seed", 0)) == "test"]
    sample = random.Random(0).sample(held_out, 100)
    labels = [int(r["label"]) for r in sample]
    scores = [runtime.predict(load_image(shared_cxr / r["file"])).probability for r in sample]
    assert 20 <= sum(labels) <= 90
    assert metrics.roc_auc(labels, scores) >= 0.8
