"""Qt fixtures: windows whose model thread is always joined, QSettings in a temp ini, image files, the GUI in a
language, the administration dialog unlocked with every tab filled."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

MODEL_TIMEOUT_MS = 30_000  # model loading takes ~1 s; generous because CI machines may be busy
ANALYSIS_TIMEOUT_MS = 30_000


@pytest.fixture
def window_settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, window_settings) -> Iterator[Callable]:
    """Build, show and start a ``MainWindow``; teardown closes it and checks its model thread has ended."""
    from cxrviewer.qt.main_window import MainWindow

    windows = []

    def factory(model_dir: Path | None = None, wait_for_model: bool = True) -> MainWindow:
        window = MainWindow(settings=window_settings, model_dir=model_dir)
        windows.append(window)
        window.resize(1100, 750)
        window.show()
        window.start_model()
        if wait_for_model:
            qtbot.waitUntil(lambda: window.model_state() in ("ready", "failed"), timeout=MODEL_TIMEOUT_MS)
        return window

    yield factory
    for window in windows:
        window.close()
        window.shutdown()
        assert not window.host.is_running()
        window.deleteLater()


@pytest.fixture
def write_png(tmp_path) -> Callable[[str, np.ndarray], Path]:
    """Write an array as a PNG in the test's temp folder and return its path."""

    def write(name: str, pixels: np.ndarray) -> Path:
        path = tmp_path / name
        assert cv2.imwrite(str(path), pixels)
        return path

    return write


@pytest.fixture
def chest_png(tmp_path) -> Callable[[str], Path]:
    """Write the generated chest-like image of ``selftest`` under a name: GUI tests that need a score
    run without the real data (the model accepts this image as a chest X-ray)."""
    from cxrviewer.core.model.selftest import synthetic_chest_png

    data = synthetic_chest_png()

    def write(name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def xray_png(chest_png) -> Path:
    return chest_png("synthetic_chest.png")


@pytest.fixture
def wait_for_result(qtbot) -> Callable:
    """Wait until the window's panel shows a score or a problem (not 'analysing') and no request is pending."""

    def wait(window, timeout: int = ANALYSIS_TIMEOUT_MS) -> None:
        qtbot.waitUntil(lambda: window.panel.state() in ("result", "problem") and not window.analyses_pending(), timeout=timeout)

    return wait


@pytest.fixture
def in_language(qapp):
    """``use(code)`` installs a language for the GUI; English is put back afterwards."""
    from cxrviewer.qt.app import install_translations

    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")


@pytest.fixture
def filled_admin_dialog(in_language, qtbot, tmp_path) -> Iterator[Callable]:
    """``open(language, size=None)``: the administration dialog in ``language``, unlocked by typing the passphrase
    and clicking Unlock, with a result in every tab (``fill_admin_tabs``); shut down afterwards."""
    from PySide6.QtCore import Qt

    from cxrviewer.core import config
    from cxrviewer.core.admin import auth
    from cxrviewer.qt.admin.dialog import AdminDialog

    dialogs = []

    def open_dialog(language: str, size: tuple[int, int] | None = None) -> AdminDialog:
        in_language(language)
        config.save_settings(config.Settings())
        auth.set_passphrase("correct horse battery staple")
        dialog = AdminDialog(None, training_available=True)
        dialogs.append(dialog)
        qtbot.addWidget(dialog)
        if size:
            dialog.resize(*size)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.auth_page.passphrase_edit, "correct horse battery staple")
        qtbot.mouseClick(dialog.auth_page.unlock_button, Qt.MouseButton.LeftButton)
        assert dialog.unlocked
        fill_admin_tabs(dialog, tmp_path / "xrays")
        return dialog

    yield open_dialog
    for dialog in dialogs:
        dialog.shutdown()


def fill_admin_tabs(dialog, folder: Path) -> None:
    """Put a result in every administration tab, as after a check, a training, a threshold calculation,
    clinicians' reviews and an adaptation (made-up figures: only the words and the layout are looked at)."""
    import hashlib

    import numpy as np
    from PySide6.QtCore import QCoreApplication

    from cxrviewer.core.admin import audit
    from cxrviewer.core.admin.comparison import Comparison, ModelResult, Recalibration
    from cxrviewer.core.admin.datacheck import DataCheckReport, DuplicateSet, UnreadableFile
    from cxrviewer.core.admin.dataset import LabelledImage
    from cxrviewer.core.admin.local_check import Adaptation, Difference, Figures, LocalCheck
    from cxrviewer.core.review.decisions import ModelScore, ReviewStore

    audit.append_entry(audit.ROLLED_BACK, who="admin")
    audit.append_entry(audit.ACTIVATED, who="admin", model={"name": "cxrviewer-cxr-screen", "version": "1.1.0+clinic-1"})
    dialog.models_tab.refresh()

    images = [LabelledImage(folder / f"p{i:03d}_{i % 2}.png", i % 2, f"p{i:03d}", "test") for i in range(160)]
    report = DataCheckReport(folder, "csv", images, readable=images,
                             unreadable=[UnreadableFile(folder / "broken.png", "This image file is damaged or cannot be read.")],
                             duplicates=[DuplicateSet("0" * 64, (folder / "p001_1.png", folder / "copy.png"), (1, 0))])
    dialog.data_tab.report = report
    dialog.data_tab.reassess()
    dialog.update_controls()

    curve = np.linspace(0.0, 1.0, 21)
    current = ModelResult("Model in use", "cxr", "1.1.0", 0.65, 0.812, 0.9, 0.55, curve, np.sqrt(curve))
    candidate = ModelResult("New model", "cxr", "1.1.0+local", 0.58, 0.874, 0.93, 0.61, curve, curve ** 0.3)
    training = dialog.training_tab
    training._epoch_points = [(1.0, 0.71, 0.78), (2.0, 0.55, 0.82), (3.0, 0.48, 0.84)]
    training._draw_training_curve()
    training.training_status.setText(
        QCoreApplication.translate("TrainingProcess", "Training: round {epoch} of {epochs}").format(epoch=3, epochs=10))
    training._comparison_done(Comparison(48, 24, 24, current, candidate, (-0.012, 0.134)))

    dialog.threshold_tab._recalibration_done(Recalibration(0.9, 160, 80, 80, current, candidate))

    with ReviewStore() as store:
        for i, (decision, flagged) in enumerate([("abnormal", True), ("abnormal", False), ("normal", False),
                                                 ("normal", True), ("unreadable", True)]):
            store.record(sha256=hashlib.sha256(f"image {i}".encode()).hexdigest(), file=str(folder / f"img{i}.png"),
                         decision=decision, reviewer="Dr A", note=f"note {i}",
                         score=ModelScore(0.8 if flagged else 0.2, 0.5, "cxr", "1.1.0"))
    dialog.reviews_tab.refresh()

    figures = Figures(0.81, 0.9, 0.55, 0.65, curve, np.sqrt(curve))
    check = LocalCheck(False, figures, Figures(0.85, 0.9, 0.6, 0.6, curve, curve ** 0.3), Difference(0.04, (-0.012, 0.092)),
                       160, 80, 80, "Not enough evidence, keep the current model.", 120, (), "head")
    dialog.adapt_tab.base = dialog.registry.active()
    dialog.adapt_tab._done(Adaptation(check, folder, None, None))
