"""Qt fixtures: windows whose model thread is always joined, QSettings in a temp ini, image files."""

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
