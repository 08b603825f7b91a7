"""The clinician's decision in the window: keys A/N/U and buttons, reviewer once per session, note, history,
disagreement marked, the worklist's Decision column and "Not yet reviewed" filter, the admin reviews tab."""

from __future__ import annotations

import hashlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cxrviewer.core.review.decisions import ModelScore, ReviewStore, last_reviewer, load_reviewers
from cxrviewer.qt.review import HistoryDialog, ReviewerDialog
from cxrviewer.qt.worklist.table_model import DECISION, DIFFERS_SUFFIX, FILE

TIMEOUT_MS = 30_000


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def decisions_of(path: Path) -> list:
    with ReviewStore() as store:
        return store.history(hashlib.sha256(path.read_bytes()).hexdigest())


@pytest.fixture
def shown(make_window, xray_png, wait_for_result, qtbot):
    """A window showing a scored image, active so its keyboard shortcuts reach it."""
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    assert window.panel.state() == "result"
    activate(qtbot, window)
    return window


def answer_reviewer_dialog(qtbot, window, name: str) -> None:
    qtbot.waitUntil(lambda: isinstance(window.review._dialog, ReviewerDialog) and window.review._dialog.isVisible(),
                    timeout=5_000)
    dialog = window.review._dialog
    dialog.add_button.click()  # nothing typed: refused, nothing chosen
    assert "name" in dialog.problem.text()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.add_button.click()
    assert dialog.chosen() == name
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_keys_record_decisions_and_the_reviewer_is_asked_once(shown, qtbot, xray_png):
    window, box = shown, shown.panel.review_box
    assert box.isVisible() and box.saved_text() == "Not reviewed yet"
    QTest.keyClick(window, Qt.Key.Key_A)  # first decision of the session: who is reviewing?
    assert decisions_of(xray_png) == []
    answer_reviewer_dialog(qtbot, window, "Dr A")
    qtbot.waitUntil(lambda: box.saved_text().startswith("Reviewed: Abnormal by Dr A, "), timeout=5_000)
    assert load_reviewers() == ["Dr A"] and last_reviewer() == "Dr A"
    assert window.review.reviewer() == "Dr A" and box.reviewer_text() == "Reviewer: Dr A"

    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N)  # asked once per session: saved at once
    assert box.saved_text().startswith("Reviewed: Normal by Dr A, ")
    QTest.keyClick(window, Qt.Key.Key_U)
    assert box.saved_text().startswith("Reviewed: Not readable by Dr A, ")
    history = decisions_of(xray_png)
    assert [d.decision for d in history] == ["unreadable", "normal", "abnormal"]  # newest first, all kept
    prediction = window.panel.prediction()
    assert all(d.probability == pytest.approx(prediction.probability) and d.flagged == prediction.flagged for d in history)
    assert history[0].model_version == prediction.model.version and history[0].file == str(xray_png)
    assert box.history_button.text() == "History (3)…"


def test_buttons_note_and_disagreement_mark(shown, qtbot, xray_png):
    window, box = shown, shown.panel.review_box
    window.review.set_reviewer("Dr B")
    flagged = window.panel.prediction().flagged
    differing, agreeing = ("normal", "abnormal") if flagged else ("abnormal", "normal")
    box.note_edit.setFocus()
    qtbot.keyClicks(box.note_edit, "a nodule? see CT")  # letters typed in the note never record a decision
    assert decisions_of(xray_png) == []
    qtbot.mouseClick(box.buttons[differing], Qt.MouseButton.LeftButton)
    saved = decisions_of(xray_png)[0]
    assert (saved.decision, saved.reviewer, saved.note) == (differing, "Dr B", "a nodule? see CT")
    assert box.note() == ""  # the note went with the decision
    assert box.disagreement().startswith("Differs from the model") and box.disagree_label.isVisible()
    assert box.buttons[differing].property("chosen") and box.buttons[differing].property("differs")
    qtbot.mouseClick(box.buttons[agreeing], Qt.MouseButton.LeftButton)  # a correction
    assert box.disagreement() == "" and not box.buttons[agreeing].property("differs")
    assert [d.decision for d in decisions_of(xray_png)] == [agreeing, differing]


def test_history_dialog_lists_earlier_decisions(shown, qtbot):
    window, box = shown, shown.panel.review_box
    window.review.set_reviewer("Dr A")
    qtbot.mouseClick(box.buttons["abnormal"], Qt.MouseButton.LeftButton)
    window.review.set_reviewer("Dr C")
    qtbot.mouseClick(box.buttons["normal"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.history_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible())
    rows = dialog.rows()
    assert [(r[1].replace(" (differs)", ""), r[2]) for r in rows] == [("Normal", "Dr C"), ("Abnormal", "Dr A")]
    dialog.close()


def test_cancelling_the_reviewer_question_saves_nothing(shown, qtbot, xray_png):
    window = shown
    QTest.keyClick(window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: isinstance(window.review._dialog, ReviewerDialog), timeout=5_000)
    window.review._dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert decisions_of(xray_png) == []
    assert any("choose who is reviewing" in bar.text() for bar in window.messages())


def test_no_decision_while_nothing_is_shown(make_window, qtbot, tmp_path):
    window = make_window()
    window.review.set_reviewer("Dr A")
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_A)
    assert not window.panel.review_box.isVisible()
    assert not window.review.actions["abnormal"].isEnabled()
    with ReviewStore() as store:
        assert store.all_decisions() == []


def test_an_image_without_a_score_can_be_marked_not_readable(make_window, write_png, wait_for_result, qtbot):
    window = make_window()
    flat = write_png("flat.png", np.full((300, 260), 128, np.uint8))  # refused by the checks: shown without a score
    window.open_files([flat])
    wait_for_result(window)
    assert window.panel.state() == "problem"
    window.review.set_reviewer("Dr A")
    qtbot.mouseClick(window.panel.review_box.buttons["unreadable"], Qt.MouseButton.LeftButton)
    saved = decisions_of(flat)[0]
    assert saved.decision == "unreadable" and saved.probability is None and saved.flagged is None


@pytest.fixture
def chest_folder(tmp_path):
    """Three different generated chest images (different content, so different decisions)."""
    from cxrviewer.core.model.selftest import synthetic_chest_png

    pixels = cv2.imdecode(np.frombuffer(synthetic_chest_png(), np.uint8), cv2.IMREAD_UNCHANGED)
    folder = tmp_path / "day"
    folder.mkdir()
    for i in range(3):
        varied = pixels.copy()
        varied[:4, :4] = i * 40
        cv2.imwrite(str(folder / f"case{i}.png"), varied)
    return folder


def worklist_rows(panel) -> dict[str, str]:
    proxy = panel.proxy
    return {proxy.index(r, FILE).data(): proxy.index(r, DECISION).data() or "" for r in range(proxy.rowCount())}


def test_worklist_decision_column_and_not_yet_reviewed_filter(make_window, chest_folder, wait_for_result, qtbot):
    first = chest_folder / "case0.png"
    with ReviewStore() as store:  # reviewed earlier (e.g. with the CLI): shown when the run is listed
        store.record(sha256=hashlib.sha256(first.read_bytes()).hexdigest(), file=str(first), decision="normal",
                     reviewer="Dr Z", score=ModelScore(0.9, 0.5, "m", "1"))
    window = make_window()
    window.review.set_reviewer("Dr A")
    assert window.screen_folder(chest_folder)
    panel = window.batch_panel
    qtbot.waitUntil(lambda: panel.shown_status() == "completed", timeout=TIMEOUT_MS)
    rows = worklist_rows(panel)
    assert rows["case0.png"].startswith("Normal") and rows["case1.png"] == rows["case2.png"] == ""
    assert "Reviewed 1" in panel.summary()

    qtbot.mouseClick(panel.not_reviewed_check, Qt.MouseButton.LeftButton)
    assert sorted(worklist_rows(panel)) == ["case1.png", "case2.png"]
    assert "not yet reviewed" in panel.summary()

    panel.select_row(0)
    target = Path(panel.proxy.index(0, FILE).data())
    qtbot.waitUntil(lambda: window.current_path() is not None and Path(window.current_path()).name == target.name,
                    timeout=TIMEOUT_MS)
    wait_for_result(window)
    flagged = window.panel.prediction().flagged
    activate(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N)
    assert decisions_of(chest_folder / target.name)[0].decision == "normal"
    remaining = worklist_rows(panel)
    assert target.name not in remaining and len(remaining) == 1  # reviewed: it leaves the "not yet reviewed" list

    qtbot.mouseClick(panel.not_reviewed_check, Qt.MouseButton.LeftButton)
    rows = worklist_rows(panel)
    assert rows[target.name] == "Normal" + (DIFFERS_SUFFIX if flagged else "")  # disagreement marked in the list
    assert "Reviewed 2" in panel.summary()
    assert panel.open_run(panel.shown_run_id())  # reopened from the history: decisions read back from the database
    assert worklist_rows(panel)[target.name].startswith("Normal")


def test_admin_reviews_tab_shows_figures_and_disagreements(qtbot, tmp_path):
    from cxrviewer.qt.admin.reviews_tab import ReviewsTab

    files = []
    with ReviewStore() as store:
        for i, (decision, flagged) in enumerate([("abnormal", True), ("abnormal", False), ("normal", False),
                                                 ("normal", True), ("unreadable", True)]):
            path = tmp_path / f"img{i}.png"
            path.write_bytes(f"image {i}".encode())
            files.append(path)
            store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=str(path), decision=decision,
                         reviewer="Dr A", note=f"note {i}", score=ModelScore(0.8 if flagged else 0.2, 0.5, "cxr", "1.1"))
    tab = ReviewsTab()
    qtbot.addWidget(tab)
    tab.show()  # refreshed when shown
    qtbot.waitExposed(tab)
    assert tab.reviewed_label.text().startswith("5 (2 abnormal, 2 normal, 1 not readable); 4 compared")
    assert tab.sensitivity_label.text().startswith("50% (95% CI")
    assert tab.table.rowCount() == 2
    kinds = {tab.table.item(r, 1).text(): tab.table.item(r, 2).text() for r in range(2)}
    assert kinds == {"img1.png": "Missed by the model", "img3.png": "Flagged, reviewer: normal"}

    files[0].write_bytes(b"changed after review")
    out = tmp_path / "lists" / "reviewed.csv"
    tab.save_labelled_list(out)
    assert out.is_file() and "3 reviewed images can be used" in tab.message.text()
    assert "1 changed since review" in tab.message.text()


def test_admin_dialog_has_the_reviews_tab(qtbot, tmp_path):
    from cxrviewer.qt.admin.dialog import AdminDialog

    dialog = AdminDialog(config_dir=tmp_path / "config")
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Clinician reviews" in titles and dialog.tabs.widget(titles.index("Clinician reviews")) is dialog.reviews_tab
    dialog.shutdown()
