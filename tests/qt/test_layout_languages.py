"""Layouts in the five languages: longer (French, Spanish, Portuguese, Russian) or denser (Chinese) words must
not cut text, push buttons below their text, grow the window past a 1280 x 800 screen, or leave English behind.

Each test checks one class of problem found by looking at every screen under Xvfb in every language: a word
on a one-line label wider than its label (the flag badge), wrapped labels squeezed over each other (the result
panel with a message bar), a button narrower than its text (the review box's foot row), a line edit that cuts
its placeholder, the worklist's score column out of view, English month names and English sentences in
translated screens, menu accelerators "(&L)" left in the shortcuts table, the administration window's tab
titles behind scroll arrows and its comparison table's column titles cut at the window's first size, a chart's
legend running off its edge.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

LANGUAGES = ("fr", "es", "pt", "ru", "zh_CN")
ALL = ("en", *LANGUAGES)


def clipped(top) -> list[str]:
    """What does not fit in ``top`` and its shown children: a button narrower than its text, a one-line label
    narrower than its text (an ``ElidedLabel`` shortens with "…" on purpose and keeps the text in its tooltip),
    a wrapped label lower than its lines."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from cxrviewer.qt.result_panel import ElidedLabel

    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            problems.append(f"button {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}")
        if isinstance(widget, QLabel) and widget.text() and not isinstance(widget, ElidedLabel):
            if not widget.wordWrap() and widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"label {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}")
            elif widget.wordWrap() and widget.heightForWidth(widget.width()) > widget.height() + 1:
                problems.append(f"wrapped label cut {widget.text()!r}: {widget.heightForWidth(widget.width())} > {widget.height()}")
    return problems


def settle(qtbot, window) -> None:
    """Let the window finish laying out: a scroll bar appearing widens the panel, and the splitter makes room for
    it one event later (on a busy machine, more than 50 ms later). Fails if the panel still runs off the window."""
    area = window.panel_area
    qtbot.wait(50)
    qtbot.waitUntil(lambda: area.geometry().right() < area.parentWidget().width(), timeout=3000)


def _prediction(probability: float, cautions: tuple[str, ...] = ()):
    from cxrviewer.core.types import ModelInfo, Prediction

    model = ModelInfo("cxrviewer-cxr-screen", "1.1.0", "0" * 64)
    return Prediction(probability, 0.655, model, np.zeros((8, 8), np.float32), (0.0, 0.0, 100.0, 100.0), cautions=cautions)


def _decision(flagged: bool):
    from cxrviewer.core.review.decisions import Decision

    return Decision(1, "0" * 64, "/x/chest.png", "normal", "Dr A. Mensah", "2025-03-12T14:02:00+00:00", note="",
                    probability=0.89, threshold=0.655, flagged=flagged, model_name="cxrviewer-cxr-screen", model_version="1.1.0")


@pytest.mark.parametrize("language", ALL)
@pytest.mark.parametrize("probability", [0.89, 0.4], ids=["flagged", "not-flagged"])
def test_the_result_panel_fits_at_1280x800_with_messages(language, probability, in_language, make_window, qtbot, tmp_path):
    """A score, a decision that differs from the flag (its history of 12), and three message bars across the
    window: nothing in the panel is cut or squeezed (it scrolls instead), the disclaimer stays in view, and
    the window keeps to the screen."""
    in_language(language)
    window = make_window(wait_for_model=False)
    window.resize(1280, 800)
    panel = window.panel
    panel.show_prediction("025d196b-cfa4-44a5-9e31-0f73dc3b318f.jpg", _prediction(probability))
    panel.review_box.show()
    panel.review_box.show_decision(_decision(probability >= 0.655), flagged=True, history=12)
    panel.review_box.set_reviewer("Dr A. Mensah")
    for text in (window.tr("Report saved to {path}").format(path="/home/clinic/Documents/chest-report.pdf"),
                 window.tr("No model: viewing only")):
        window.show_message(text, "info")
    window.show_crash_notice(tmp_path)
    settle(qtbot, window)
    assert window.width() <= 1280 and window.height() <= 800, (window.width(), window.height())
    assert not clipped(panel), clipped(panel)
    disclaimer = panel.disclaimer_label  # below the panel's scroll area: always in view, whole
    assert not clipped(disclaimer), clipped(disclaimer)
    assert disclaimer.visibleRegion().boundingRect().size() == disclaimer.size()


@pytest.mark.parametrize("language", ALL)
def test_the_flag_badge_wraps_rather_than_cuts(language, in_language, qtbot):
    """"Review recommended" / "Below review threshold" whole in the panel's width, in every language."""
    from cxrviewer.qt.result_panel import ResultPanel

    in_language(language)
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.resize(panel.minimumWidth(), 760)
    panel.show()
    for probability in (0.89, 0.4):
        panel.show_prediction("chest.png", _prediction(probability))
        qtbot.wait(20)
        badge = panel.flag_badge
        assert badge.wordWrap() or badge.sizeHint().width() <= badge.width() + 1, badge.text()
        assert badge.heightForWidth(badge.width()) <= badge.height() + 1, badge.text()


def test_the_review_box_foot_row_wraps_only_when_it_must(in_language, qtbot):
    """English: one row, "History (12)…" at the right edge (as before). A language whose two buttons do not
    fit side by side: two rows, both buttons whole."""
    from cxrviewer.qt.result_panel import ResultPanel

    rows = {}
    for language in ("en", "es"):
        in_language(language)
        panel = ResultPanel()
        qtbot.addWidget(panel)
        panel.resize(panel.minimumWidth(), 760)
        panel.show()
        panel.show_prediction("chest.png", _prediction(0.89))
        box = panel.review_box
        box.show()
        box.show_decision(_decision(True), flagged=True, history=12)
        qtbot.wait(20)
        row = next(item for item in box.layout().children() if hasattr(item, "rows"))
        rows[language] = row.rows()
        for button in (box.reviewer_button, box.history_button):
            assert button.sizeHint().width() <= button.width() + 1, (language, button.text())
        assert box.history_button.geometry().right() == row.geometry().right(), language  # kept to the right edge
    assert rows["en"] == 1
    assert rows["es"] == 2  # "Cambiar de revisor…" and "Historial (12)…" do not fit side by side in 246 px


@pytest.mark.parametrize("language", ALL)
def test_the_reviewer_dialog_shows_its_whole_placeholder(language, in_language, qtbot):
    """"New reviewer's name, e.g. Dr A. Mensah": the example is part of the hint, so it must not be cut."""
    from PySide6.QtWidgets import QStyle

    from cxrviewer.qt.review import ReviewerDialog

    in_language(language)
    dialog = ReviewerDialog(["Dr A", "Dr B"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.name_edit
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    room = edit.width() - 2 * frame - 4  # QLineEdit keeps 2 px each side inside its frame
    assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, (edit.placeholderText(), edit.width())
    assert not clipped(dialog), clipped(dialog)


@pytest.mark.parametrize("language", ALL)
def test_the_worklist_opens_with_its_whole_score_column_in_view(language, in_language, make_window, qtbot):
    """At 1280 x 800 the worklist opens narrow, but never so narrow that the score column (as wide as "Read
    manually", long in Russian) runs out of view beside the file names."""
    from cxrviewer.qt.worklist.table_model import SCORE

    in_language(language)
    window = make_window(wait_for_model=False)
    window.resize(1280, 800)
    window.show_worklist()
    qtbot.wait(50)
    table = window.batch_panel.table
    narrowest_file = 8 * table.fontMetrics().horizontalAdvance("M")  # the File column is never narrower
    room = table.viewport().width() - table.verticalScrollBar().sizeHint().width()  # a list long enough to scroll
    assert narrowest_file + table.columnWidth(SCORE) <= room, (narrowest_file, table.columnWidth(SCORE), room)
    assert table.columnViewportPosition(SCORE) + table.columnWidth(SCORE) <= table.viewport().width()


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_and_the_filter_summary_are_in_the_language(language, in_language, qtbot):
    """The history list's dates with the language's month names (not "Dec"), and the worklist's summary while a
    filter is on without an English "(showing the ...)"."""
    from cxrviewer.core.types import ScreeningRow
    from cxrviewer.qt.model_host import ModelHost
    from cxrviewer.qt.worklist.panel import BatchPanel
    from cxrviewer.qt.worklist.table_model import local_time

    in_language(language)
    assert "Dec" not in local_time("2025-12-12T14:05:00+00:00"), local_time("2025-12-12T14:05:00+00:00")
    panel = BatchPanel(ModelHost())
    qtbot.addWidget(panel)
    rows = [ScreeningRow(f"/x/{i}.png", f"{i:064d}", p, 0.655, p >= 0.655, "m", "1", "2025-03-12T14:05:00+00:00")
            for i, p in enumerate((0.9, 0.2, 0.7))]
    panel.model.add_rows(rows)
    panel.flagged_only_check.setChecked(True)
    panel.not_reviewed_check.setChecked(True)
    assert "showing" not in panel.summary() and "reviewed" not in panel.summary(), panel.summary()


def test_english_dates_and_summary_are_unchanged(in_language, qtbot):
    from cxrviewer.core.types import ScreeningRow
    from cxrviewer.qt.model_host import ModelHost
    from cxrviewer.qt.worklist.panel import BatchPanel
    from cxrviewer.qt.worklist.table_model import local_time

    in_language("en")
    assert re.fullmatch(r"\d\d Dec 2025 \d\d:\d\d", local_time("2025-12-12T14:05:00+00:00"))
    panel = BatchPanel(ModelHost())
    qtbot.addWidget(panel)
    panel.model.add_rows([ScreeningRow("/x/a.png", "1" * 64, 0.9, 0.655, True, "m", "1", "2025-03-12T14:05:00+00:00")])
    panel.flagged_only_check.setChecked(True)
    assert panel.summary().endswith("  (showing the 1 flagged or read manually)"), panel.summary()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_model_sentence_is_in_the_language_and_english_in_the_log(language, in_language, qtbot):
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.types import XrayImage
    from cxrviewer.qt.model_host import NO_MODEL_MESSAGE, ModelHost, tr_host

    in_language(language)
    image = XrayImage(np.zeros((64, 64), np.uint8), None, "0" * 64, "PNG", 8, "gray")
    with pytest.raises(CxrError) as raised:
        ModelHost().predict_image(image)
    assert raised.value.user_message == tr_host(NO_MODEL_MESSAGE) != NO_MODEL_MESSAGE
    assert raised.value.english_message == NO_MODEL_MESSAGE


@pytest.mark.parametrize("language", ALL)
def test_the_shortcuts_table_has_no_menu_accelerators(language, in_language, make_window):
    """Chinese menus write the accelerator as "向左旋转(&L)": the shortcuts table shows "向左旋转", not "向左旋转(L)"."""
    in_language(language)
    window = make_window(wait_for_model=False)
    for _keys, words in window.reading.key_table():
        assert "&" not in words and not re.search(r"\([A-Z]\)", words), words


@pytest.mark.parametrize("language", ALL)
def test_the_administration_window_fits_at_its_first_size(language, filled_admin_dialog, qtbot, tmp_path):
    """As it opens (900 x 680, or wider where the tab titles need it), with results in every tab: the tab titles
    without scroll arrows, the comparison table's column titles whole, nothing clipped in any tab."""
    from cxrviewer.core.review.decisions import ModelScore, ReviewStore

    dialog = filled_admin_dialog(language)
    with ReviewStore() as store:  # a long file name: the stretched note column must keep its title
        store.record(sha256="f" * 64, file=str(tmp_path / "025d196b-cfa4-44a5-9e31-0f73dc3b318f.jpg"), decision="normal",
                     reviewer="Dr A. Mensah", note="Opacité basale droite, à comparer", score=ModelScore(0.89, 0.655, "cxr", "1.1.0"))
    dialog.reviews_tab.refresh()
    assert dialog.width() <= 1280 and dialog.height() <= 800
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert dialog.tabs.tabBar().sizeHint().width() <= dialog.tabs.width(), dialog.tabs.tabText(index)
        assert not clipped(dialog.tabs.currentWidget()), (dialog.tabs.tabText(index), clipped(dialog.tabs.currentWidget()))
    for table in (dialog.training_tab.compare_table, dialog.threshold_tab.threshold_table, dialog.reviews_tab.table):
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (header.model().headerData(column, 1))


def test_a_chart_legend_wraps_onto_rows_that_fit(qtbot):
    from PySide6.QtGui import QColor

    from cxrviewer.qt.roc_chart import LineChart, Series

    chart = LineChart("ROC", "1 - specificity", "sensitivity")
    qtbot.addWidget(chart)
    names = ["Modèle utilisé sur ces images (AUC 0,81)", "Adapté, validation croisée (AUC 0,85)"]
    chart.set_series([Series(name, [(0.0, 0.0), (1.0, 1.0)], QColor("red")) for name in names])
    metrics = chart.fontMetrics()
    width = 300
    rows = chart._legend_rows(metrics, width)
    assert len(rows) == 2
    for row in rows:
        assert sum(22 + metrics.horizontalAdvance(name) for _, name in row) + 12 * (len(row) - 1) <= width
    assert len(chart._legend_rows(metrics, 2000)) == 1  # where they fit: one row, as before


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_result_panel_does_not_scroll_where_it_fits(language, in_language, make_window, qtbot):
    """English (and Chinese) at 1280 x 800 with a result and no message: the panel fits, no scroll bar, as before."""
    in_language(language)
    window = make_window(wait_for_model=False)
    window.resize(1280, 800)
    window.panel.show_prediction("chest.png", _prediction(0.89))
    window.panel.review_box.show()
    settle(qtbot, window)
    assert not window.panel_area.scrolls()
    assert window.panel.width() == window.panel.minimumWidth()
