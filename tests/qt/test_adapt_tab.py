"""Tools ▸ Administration ▸ *Adapt to this clinic* with real clicks: folder, check, verdict, override.

The dialog is unlocked with the passphrase as in tests/qt/test_admin_dialog.py; the folder dialog and
the confirmation are patched (no native dialogs offscreen). The labelled folder is generated: every
image is drawn alike and the labels are dealt at random, so there is nothing for an adapted head to
learn and the check must say "not enough evidence".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QStyle, QStyleOptionButton

from cxrviewer.core import config
from cxrviewer.core.admin import audit, auth
from cxrviewer.core.admin.registry import Registry
from tests.conftest import make_png
from tests.core.test_datacheck import xray_pixels

PASSPHRASE = "clinic admin 2026"
WAIT_MS = 60_000  # scoring 60 images and 5 folds x inner CV + 2000 resamples, on a busy machine


@pytest.fixture
def dialog(qtbot, isolated_home):
    """The administration dialog, bundled model in use, unlocked by typing the passphrase (as the admin tests do)."""
    from cxrviewer.qt.admin.dialog import AdminDialog
    from tests.qt.test_admin_dialog import delete_on_gui_thread

    config.save_settings(config.Settings())
    auth.set_passphrase(PASSPHRASE)
    window = AdminDialog(None, training_available=False)
    qtbot.addWidget(window)
    window.resize(960, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.auth_page.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(window.auth_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlocked
    yield window
    window.shutdown()
    assert all(not thread.isRunning() for thread in window._threads)
    delete_on_gui_thread([window])


@pytest.fixture
def labels_by_chance(tmp_path) -> Path:
    """60 alike images (no blob), 30 filed as normal and 30 as abnormal by a seeded shuffle."""
    import numpy as np

    root = tmp_path / "clinic_xrays"
    order = np.random.default_rng(3).permutation(60)
    for n in range(60):
        folder = root / ("abnormal" if order[n] < 30 else "normal")
        folder.mkdir(parents=True, exist_ok=True)
        make_png(folder / f"img{n:03d}.png", xray_pixels(n, 0))
    return root


def box_of(check: QCheckBox) -> QPoint:
    """Where a user clicks a check box: its box (the widget is stretched wider than its words)."""
    option = QStyleOptionButton()
    check.initStyleOption(option)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check).center()


def test_not_recommended_needs_the_override_and_a_confirmation_and_is_audited(qtbot, dialog, labels_by_chance,
                                                                               monkeypatch):
    tab = dialog.adapt_tab
    dialog.tabs.setCurrentWidget(tab)
    before = Registry().active()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(labels_by_chance))
    qtbot.mouseClick(tab.choose_button, Qt.MouseButton.LeftButton)
    assert tab.source_label.text() == str(labels_by_chance)

    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.result is not None and dialog.job is None, timeout=WAIT_MS)
    check = tab.result.check
    assert check.recommended is False and check.images == 60 and (check.normal, check.abnormal) == (30, 30)
    low, high = check.difference.ci
    text = tab.message.text()
    assert text.startswith("Not enough evidence, keep the current model")
    assert f"95% interval {low:+.3f} to {high:+.3f}" in text and "60 images" in text
    assert low <= 0 and f"{check.difference.auc:+.3f}" in text
    assert tab.progress.isHidden()

    assert tab.chart.isVisible()  # both ROC curves, each named with its AUC
    names = [s.name for s in tab.chart.series()]
    assert names == [f"Model in use (AUC {check.current.auc:.2f})", f"Adapted, cross-validated (AUC {check.candidate.auc:.2f})"]
    assert all(len(s.points) >= 2 for s in tab.chart.series())
    assert tab.override_check.isVisible() and not tab.override_check.isChecked()
    assert tab.use_button.isVisible() and tab.use_button.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)  # without the override: refused, nothing asked
    assert "tick the override box" in tab.message.text() and asked == []
    assert Registry().active().path == before.path

    qtbot.mouseClick(tab.override_check, Qt.MouseButton.LeftButton, pos=box_of(tab.override_check))
    assert tab.override_check.isChecked()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)  # confirmation declined: nothing changes
    assert asked == ["Not recommended"] and Registry().active().path == before.path
    assert not [e for e in audit.read_entries() if e["decision"] == audit.ACTIVATED]

    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.model_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    active = Registry().active()
    assert active.path == Path(changed.args[0]) and active.kind == "adapted"
    assert active.card.head == "adapted" and "+adapted." in active.card.version
    assert "The adapted model is now in use" in tab.message.text()
    assert not tab.use_button.isEnabled() and tab.override_check.isHidden()
    entry = audit.read_entries()[-1]
    assert entry["decision"] == audit.ACTIVATED and entry["override_not_recommended"] is True
    assert entry["metrics"]["recommended"] is False and entry["metrics"]["images"] == 60
    assert entry["previous"]["id"] == before.id == "bundled"
    assert entry["model"]["id"] == active.id


def test_reviewed_images_a_recommended_candidate_is_switched_on_without_override(qtbot, dialog, tmp_path, bundled_runtime,
                                                                                  monkeypatch):
    """The clinicians' decisions as the labelled set; they rank these images the other way round from the
    model, so the adapted head is clearly better and is switched on with one click (no override, no question).
    Three reviewed images are refused (one overwritten, two deleted) and the tab says so before the result."""
    import hashlib

    import numpy as np

    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.review.decisions import ReviewStore

    paths = [make_png(tmp_path / f"r{n:02d}.png", xray_pixels(100 + n, n % 2)) for n in range(60)]
    scores = np.array([bundled_runtime.predict(load_image(p), check_input=False).probability for p in paths])
    with ReviewStore() as store:
        for path, score in zip(paths, scores, strict=True):
            store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=path, reviewer="Dr A",
                         decision="abnormal" if score < np.median(scores) else "normal")
        # three more reviewed images that must be refused: one overwritten since its review, two deleted
        refused = [make_png(tmp_path / f"gone{n}.png", xray_pixels(200 + n, 0)) for n in range(3)]
        for path in refused:
            store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=path, reviewer="Dr A", decision="normal")
    make_png(refused[0], xray_pixels(300, 1))
    refused[1].unlink()
    refused[2].unlink()
    tab = dialog.adapt_tab
    dialog.tabs.setCurrentWidget(tab)
    assert tab.reviewed_summary.isHidden()
    qtbot.mouseClick(tab.reviewed_check, Qt.MouseButton.LeftButton, pos=box_of(tab.reviewed_check))
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    # before the result: the administrator sees that not every reviewed image is used, and why
    summary = "60 reviewed images can be used (30 abnormal, 30 normal); refused: 1 changed since review, 2 missing"
    assert tab.reviewed_summary.isVisible() and tab.reviewed_summary.text() == summary
    qtbot.waitUntil(lambda: tab.result is not None and dialog.job is None, timeout=WAIT_MS)
    assert tab.reviewed_summary.isVisible() and tab.reviewed_summary.text() == summary  # and with it
    check = tab.result.check
    assert check.recommended is True and check.images == 60 and check.difference.ci[0] > 0
    assert tab.message.text().startswith("The adapted model ranks this clinic's X-rays better")
    assert tab.chart.isVisible() and len(tab.chart.series()) == 2
    assert tab.override_check.isHidden() and tab.use_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail(f"asked {args[1]!r}"))  # nothing to confirm
    with qtbot.waitSignal(dialog.model_changed, timeout=WAIT_MS):
        qtbot.mouseClick(tab.use_button, Qt.MouseButton.LeftButton)
    assert Registry().active().kind == "adapted"
    entry = audit.read_entries()[-1]
    assert entry["decision"] == audit.ACTIVATED and entry["override_not_recommended"] is False
    assert entry["metrics"]["recommended"] is True
