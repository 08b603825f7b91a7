"""The result panel's local-check line: "Not yet checked at this clinic" until a check of 50+ images exists."""

from __future__ import annotations

import numpy as np

from cxrviewer.core.admin import local_check
from cxrviewer.core.types import ModelInfo, Prediction
from cxrviewer.qt.result_panel import ResultPanel

MODEL = ModelInfo("test-model", "1.2.3", "ab" * 32)


def _prediction() -> Prediction:
    return Prediction(0.7, 0.5, MODEL, np.zeros((8, 8), np.float32), (0.0, 0.0, 100.0, 100.0))


def test_not_checked_before_then_local_figures_after(qtbot):
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_prediction("chest.png", _prediction())
    assert panel.local_check_label.text() == "Not yet checked at this clinic"
    assert "50 labelled local images" in panel.local_check_label.toolTip()

    local_check.save_figures(MODEL.sha256, "1.2.3", {"auc": 0.71, "sensitivity": 0.9, "specificity": 0.4, "images": 20})
    panel.show_prediction("chest.png", _prediction())
    assert panel.local_check_label.text() == "Not yet checked at this clinic"  # 20 images do not count

    local_check.save_figures(MODEL.sha256, "1.2.3", {"auc": 0.82, "sensitivity": 0.91, "specificity": 0.55, "images": 120})
    panel.show_prediction("chest.png", _prediction())
    text = panel.local_check_label.text()
    assert "AUC 0.82" in text and "sensitivity 91%" in text and "specificity 55%" in text and "120 images" in text
