"""The worklist's history bar: a placeholder says what the list holds while no earlier run is chosen.

The user opens the list with a real mouse click and chooses a run with a real click on its entry; the placeholder
comes back when the list is refilled with nothing chosen, and it is in the GUI's language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from cxrviewer.core.screening.store import RunRecord

RUNS = [RunRecord(7, "/data/clinic", "2025-03-12T14:05:00+00:00", "2025-03-12T14:09:00+00:00", "m", "1",
                  "completed", 240, 31, 0),
        RunRecord(3, "/data/other", "2025-03-10T09:00:00+00:00", None, "m", "1", "cancelled", 12, 2, 0)]


@pytest.fixture
def in_language(qapp):
    from cxrviewer.qt.app import install_translations

    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")


def shown_text(combo: QComboBox) -> str:
    """What the closed combo box shows: the current entry, or its placeholder when none is chosen."""
    return combo.currentText() if combo.currentIndex() >= 0 else combo.placeholderText()


def test_placeholder_until_a_run_is_chosen_by_a_click(qtbot):
    from cxrviewer.qt.worklist.history import HistoryBar

    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.resize(420, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    bar.set_runs(RUNS, None, None)
    bar.update_controls(running=False, has_runs=True, resumable=False)
    combo = bar.combo
    assert combo.currentIndex() == -1 and shown_text(combo) == "Earlier screenings…"

    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # the list ignores a release that comes as quick as a double click
    second = view.model().index(1, 0)
    with qtbot.waitSignal(bar.run_chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center())
    assert chosen.args == [3]
    assert shown_text(combo).startswith("Cancelled · other")

    bar.set_runs(RUNS, None, None)  # refilled with nothing chosen: the placeholder again, not an empty box
    assert shown_text(combo) == "Earlier screenings…"
    bar.set_runs([], None, None)  # nothing to choose: says so instead of the placeholder
    assert shown_text(combo) == "No screening runs yet"


@pytest.mark.parametrize(("language", "words"), [("fr", "Analyses précédentes…"), ("es", "Cribados anteriores…"),
                                                 ("pt", "Triagens anteriores…"), ("ru", "Предыдущие скрининги…"),
                                                 ("zh_CN", "以往的筛查…")])
def test_placeholder_is_translated(language, words, in_language, qtbot):
    from cxrviewer.qt.worklist.history import HistoryBar

    in_language(language)
    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.set_runs(RUNS, None, None)
    assert bar.combo.currentIndex() == -1 and bar.combo.placeholderText() == words
