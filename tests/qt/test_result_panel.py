"""The result panel: the flag follows the threshold exactly; wording and states."""

from __future__ import annotations

import numpy as np
import pytest

from cxrviewer.core.types import ModelInfo, Prediction
from cxrviewer.qt.result_panel import DISCLAIMER, FLAG_TEXT, NO_FLAG_TEXT, ResultPanel, format_score

MODEL = ModelInfo("test-model", "1.2.3", "0" * 64)


@pytest.fixture
def panel(qtbot):
    widget = ResultPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def prediction(probability: float, threshold: float) -> Prediction:
    return Prediction(probability, threshold, MODEL, np.zeros((8, 8), np.float32), (0.0, 0.0, 100.0, 100.0))


@pytest.mark.parametrize(
    ("probability", "threshold", "flagged"),
    [(0.73, 0.5, True), (0.5, 0.5, True), (0.4999, 0.5, False), (0.02, 0.5, False), (0.91, 0.95, False), (1.0, 0.95, True)],
)
def test_flag_shown_iff_probability_reaches_threshold(panel, probability, threshold, flagged):
    panel.show_prediction("chest.png", prediction(probability, threshold))
    assert panel.flag_text() == (FLAG_TEXT if flagged else NO_FLAG_TEXT)
    assert panel.flag_badge.property("flagged") is flagged
    assert panel.flag_badge.isVisible()


def test_result_shows_percentage_threshold_model_and_disclaimer(panel):
    panel.show_prediction("chest.png", prediction(0.7312, 0.594))
    assert panel.score_text() == "73%"
    assert "59.4%" in panel.threshold_label.text()
    assert "test-model 1.2.3" in panel.model_label.text()
    assert panel.disclaimer_label.text() == DISCLAIMER
    assert panel.disclaimer_label.isVisible()
    assert panel.file_name() == "chest.png"


def test_disclaimer_stays_visible_in_every_state(panel):
    for show in (panel.show_empty, lambda: panel.show_analysing("a.png"), lambda: panel.show_error("a.png", "Damaged.")):
        show()
        assert panel.disclaimer_label.isVisible()


@pytest.mark.parametrize(
    ("probability", "threshold", "expected"),
    [
        (0.20, 0.594, ("20%", "59.4%")),
        (0.7312, 0.5, ("73%", "50%")),
        (0.5, 0.5, ("50%", "50%")),
        (0.4999, 0.5, ("49.99%", "50.00%")),  # "50%" would read as reaching a 50% threshold
        (0.5942, 0.59405, ("59.4%", "59.4%")),  # flagged: shown equal, never lower
        (0.998, 0.655, ("> 99%", "65.5%")),  # never "100%": the model is not certain
        (0.003, 0.655, ("< 1%", "65.5%")),
        (0.9951, 0.9952, ("99.51%", "99.52%")),  # near a threshold that high, the digits matter more
    ],
)
def test_score_text_never_contradicts_the_flag(probability, threshold, expected):
    assert format_score(probability, threshold) == expected


def _shown_value(text: str) -> float:
    """What a reader takes a shown percentage to mean ("> 99%" as just above 99)."""
    bound = {"> ": 0.5, "< ": -0.5}.get(text[:2], 0.0)
    return float(text.lstrip("<> ").rstrip("%")) + bound


@pytest.mark.parametrize("seed", range(3))
def test_shown_order_agrees_with_flag_for_random_scores(seed):
    rng = np.random.default_rng(seed)
    for probability, threshold in rng.uniform(0, 1, (2000, 2)):
        probability = threshold + rng.normal(0, 0.003) if rng.random() < 0.5 else probability
        probability = float(np.clip(probability, 0, 1))
        if abs(probability - threshold) < 1e-8:
            continue
        score, limit = (_shown_value(text) for text in format_score(probability, threshold))
        assert (score >= limit) == (probability >= threshold)


def test_error_state_shows_reason_and_file(panel):
    panel.show_error("broken.png", "This image file is damaged or cannot be read.")
    assert panel.state() == "problem"
    assert panel.problem_text() == "This image file is damaged or cannot be read."
    assert panel.file_name() == "broken.png"
    assert panel.score_text() == ""
