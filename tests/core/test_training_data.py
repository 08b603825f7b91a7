"""Training-side data handling that needs no TensorFlow: weights, lesion masks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cxrviewer.core.admin.dataset import LabelledImage, load_lesion_boxes
from cxrviewer.core.admin.training import balanced_weights, lesion_masks


def test_each_source_and_label_carries_equal_weight():
    items = [LabelledImage(Path(f"{s}{n}"), label, "g", s) for s, label, count in
             [("big", 1, 90), ("big", 0, 10), ("small", 0, 5)] for n in range(count)]
    w = balanced_weights(items)
    totals = {}
    for item, weight in zip(items, w, strict=True):
        totals[(item.source, item.label)] = totals.get((item.source, item.label), 0) + weight
    assert np.allclose(list(totals.values()), list(totals.values())[0])
    assert abs(w.mean() - 1) < 1e-6


def test_lesion_boxes_and_nodules_map_into_model_coordinates(tmp_path):
    (tmp_path / "boxes.csv").write_text("file,finding,xmin,ymin,xmax,ymax\nimg/a.jpg,tb,100,50,200,150\n")
    (tmp_path / "nodules.csv").write_text("file,x,y,diameter_px\nimg/b.jpg,112,112,20\n")
    lesions = load_lesion_boxes([tmp_path / "boxes.csv", tmp_path / "nodules.csv"])
    a, b = (tmp_path / "img" / "a.jpg").resolve(), (tmp_path / "img" / "b.jpg").resolve()
    assert lesions[a] == [(100.0, 50.0, 200.0, 150.0)] and lesions[b] == [(102.0, 102.0, 122.0, 122.0)]
    items = [LabelledImage(a, 1, "a", "tbx"), LabelledImage(b, 1, "b", "jsrt"), LabelledImage(tmp_path / "c.jpg", 0, "c", "x")]
    # a: a 400x400 image seen whole; b: 224x224 image seen whole; model input 100 px
    squares = np.array([[0, 0, 400, 400], [0, 0, 224, 224], [0, 0, 300, 300]], np.float32)
    masks = lesion_masks(items, squares, lesions, 100)
    rows, cols = np.nonzero(masks[0])
    assert (rows.min(), rows.max(), cols.min(), cols.max()) == (12, 37, 25, 49)
    assert masks[1].sum() > 0 and masks[2].sum() == 0
