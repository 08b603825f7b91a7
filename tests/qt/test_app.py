"""The program as started from the command line, in child processes (a clean interpreter each time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]

RUN_GUI_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from cxrviewer.qt import app as gui

    report = {}

    def check():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        done = windows and windows[0].model_state() == "ready" and windows[0].panel.state() in ("result", "problem")
        if not done:
            QTimer.singleShot(50, check)
            return
        window = windows[0]
        report.update(status=window.model_status.text(), messages=[b.text() for b in window.messages()],
                      score=window.panel.score_text(), tensorflow="tensorflow" in sys.modules)
        window.close()

    gui.make_application()
    QTimer.singleShot(0, check)
    report["code"] = gui.run_gui(sys.argv[1:])
    print("REPORT " + json.dumps(report))
    """
)

CLOSE_WHILE_ANALYSING_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from cxrviewer.qt.app import make_application
    from cxrviewer.qt.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    window.show()
    window.start_model()

    def open_then_close():
        if window.model_state() != "ready":
            QTimer.singleShot(20, open_then_close)
            return
        window.open_files(sys.argv[1:])
        assert window.analyses_pending() == 1
        QTimer.singleShot(30, window.close)  # while the large image is being decoded or scored

    open_then_close()
    code = app.exec()
    assert not window.host.is_running()
    print("CLOSED", code)
    """
)


def run_python(script: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_run_gui_shows_window_loads_model_scores_and_offers_crash_report(isolated_home, tmp_path):
    from cxrviewer.core.model.selftest import synthetic_chest_png
    from cxrviewer.paths import user_log_dir

    (user_log_dir() / "crash.log").write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    image = tmp_path / "chest.png"
    image.write_bytes(synthetic_chest_png())

    result = run_python(RUN_GUI_SCRIPT, str(image))
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("REPORT "))[7:])
    assert report["code"] == 0
    assert report["status"].startswith("Model ready: ")
    assert report["score"].endswith("%")
    assert report["tensorflow"] is False
    crash = [m for m in report["messages"] if "closed unexpectedly" in m]
    assert crash and "crash.previous.log" in crash[0]
    assert (user_log_dir() / "cxrviewer.log").is_file()
    assert "Destroyed while thread" not in result.stderr


def test_closing_while_analysing_does_not_abort(tmp_path):
    import cv2

    image = tmp_path / "big.png"
    cv2.imwrite(str(image), np.random.default_rng(0).integers(0, 256, (3000, 3000), dtype=np.uint8))
    result = run_python(CLOSE_WHILE_ANALYSING_SCRIPT, str(image))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "CLOSED 0" in result.stdout
    assert "Destroyed while thread" not in result.stderr


def test_importing_every_gui_module_leaves_tensorflow_out():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import cxrviewer.qt
        names = [m.name for m in pkgutil.walk_packages(cxrviewer.qt.__path__, "cxrviewer.qt.")]
        for name in names:
            importlib.import_module(name)
        heavy = sorted(m for m in ("tensorflow", "keras", "cxrviewer.core.admin.training") if m in sys.modules)
        print("IMPORTED", len(names), "HEAVY", heavy)
        """
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "HEAVY []" in result.stdout, result.stdout
