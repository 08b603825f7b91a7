"""The result panel's local-check line: "Not yet checked at this clinic" until a check of 50+ images exists."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtTest import QTest

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


EXPECTED = ("At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about 0.68 "
            "(0.54 at 3 other hospitals): treat the score as a rough pointer until it is checked here.")
WITH_SEALED = {"auc_mean": 0.677, "sealed_hospitals_auc": {"pooled": 0.54, "images": 137, "hospitals": 3}}
NOT_SEALED = {"auc_mean": 0.757, "sealed_hospitals_auc": {"note": "not yet measured on the testers' sealed hospitals"}}


def card_sentence(model_dir) -> str:
    """The English sentence the card of the model in ``model_dir`` gives (the bundled model's, in these tests)."""
    from cxrviewer.core.model.card import read_card
    from cxrviewer.qt.local_check_line import expected_at_new_hospital, new_hospital_text

    expected = expected_at_new_hospital(read_card(model_dir))
    sentence = new_hospital_text(expected)
    assert f"about {expected['auc_mean']:.2f}" in sentence
    return sentence


def test_the_sentence_gives_the_sealed_hospitals_only_where_they_were_measured():
    from cxrviewer.qt.local_check_line import new_hospital_text

    assert new_hospital_text(WITH_SEALED) == EXPECTED
    assert new_hospital_text(NOT_SEALED) == (
        "At hospitals it was not trained on, this model ranked abnormal above normal X-rays with an AUC of about 0.76: "
        "treat the score as a rough pointer until it is checked here.")
    assert new_hospital_text(None) == new_hospital_text({"sealed_hospitals_auc": {}}) == ""


def hover_tooltip(qtbot, widget) -> str:
    """The tooltip a user gets by resting the mouse on ``widget``: the mouse moves there, then the ToolTip event Qt
    sends after the hover delay (offscreen has no hover timer); Qt's own tooltip handling shows the text."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    centre = widget.rect().center()
    QTest.mouseMove(widget, centre)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_the_tooltip_says_what_to_expect_at_a_new_hospital(make_window, xray_png, wait_for_result, qtbot, model_dir):
    """The bundled card's figures at hospitals it was not trained on: in the tooltip of "Not yet checked at this clinic"
    (not in the line, and not in Help > About, where it would take four lines); gone once the model is checked here."""
    sentence = card_sentence(model_dir)
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    label = window.panel.local_check_label
    assert label.text() == "Not yet checked at this clinic"
    tip = hover_tooltip(qtbot, label)
    assert tip.startswith("This model's figures come from the public X-rays") and tip.endswith("\n\n" + sentence)
    assert "Not yet checked at this clinic" in window.about_text() and "hospitals" not in window.about_text()

    info = window.model().info
    local_check.save_figures(info.sha256, info.version, {"auc": 0.82, "sensitivity": 0.91, "specificity": 0.55, "images": 120})
    window.open_files([xray_png])
    wait_for_result(window)
    assert "AUC 0.82" in label.text() and sentence not in hover_tooltip(qtbot, label)
    assert "AUC 0.82" in window.about_text()


def test_no_sentence_for_a_model_whose_card_has_no_such_figures(make_window, xray_png, wait_for_result, qtbot, tmp_path,
                                                               model_dir):
    """A model trained at the clinic has no figures from hospitals it was not trained on: the tooltip stays as it was."""
    import json
    import shutil

    from cxrviewer.core.model.card import seal_model
    from cxrviewer.qt.local_check_line import NOT_CHECKED_TIP

    clinic = tmp_path / "clinic_model"
    shutil.copytree(model_dir, clinic)
    card = json.loads((clinic / "model_card.json").read_text(encoding="utf-8"))
    del card["evaluation"]["expected_at_new_hospital"]
    (clinic / "model_card.json").write_text(json.dumps(card), encoding="utf-8")
    seal_model(clinic, require_gate=False)
    window = make_window(model_dir=clinic)
    assert window.model_state() == "ready"
    window.open_files([xray_png])
    wait_for_result(window)
    label = window.panel.local_check_label
    assert label.text() == "Not yet checked at this clinic"
    assert hover_tooltip(qtbot, label) == NOT_CHECKED_TIP


def test_an_adapted_model_gets_no_sentence(bundled_model_dir):
    """The card's figures measured the shipped head: a model adapted here scores with another head."""
    import dataclasses

    from cxrviewer.core.model.card import read_card
    from cxrviewer.qt.local_check_line import expected_at_new_hospital

    card = read_card(bundled_model_dir)
    assert expected_at_new_hospital(card) == card.extra["evaluation"]["expected_at_new_hospital"]
    assert expected_at_new_hospital(dataclasses.replace(card, head="adapted")) is None
    assert expected_at_new_hospital(dataclasses.replace(card, extra={**card.extra, "adaptation": {}})) is None


@pytest.mark.parametrize(("language", "numbers"), [("fr", ("0,68", "0,54")), ("es", ("0,68", "0,54")), ("pt", ("0,68", "0,54")),
                                                   ("ru", ("0,68", "0,54")), ("zh_CN", ("0.68", "0.54"))])
def test_the_sentence_is_translated_with_the_language_decimal_separator(language, numbers, in_language, bundled_model_dir):
    from cxrviewer.core.model.card import read_card
    from cxrviewer.qt.local_check_line import expected_at_new_hospital, local_check_tip, new_hospital_text

    in_language(language)
    sentence = new_hospital_text(WITH_SEALED)
    assert "hospitals" not in sentence and all(n in sentence for n in numbers) and "3" in sentence, sentence
    short = new_hospital_text(NOT_SEALED)
    assert "hospitals" not in short and numbers[0][:2] + "76" in short and numbers[1] not in short, short
    bundled = expected_at_new_hospital(read_card(bundled_model_dir))
    assert local_check_tip(None, bundled).endswith(new_hospital_text(bundled))
