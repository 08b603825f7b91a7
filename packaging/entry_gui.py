"""Entry point of the frozen, windowed ``cxrviewer`` program (``build.spec`` freezes this file).

It does what ``cxrviewer.cli.gui_main`` does (``cxrviewer FILE...`` opens the files), plus one
measuring aid that is inert unless asked for:

``CXRVIEWER_STARTUP_PROBE=report.json`` records, as wall-clock times, when the main window first
painted, when the model was ready and when the first file given on the command line got its score
(or its reason for having none), writes them to ``report.json`` and closes the window, which makes
the program exit normally (exit code 0, model thread joined). ``bench/startup.py`` and
``tests/frozen/test_frozen.py`` use it to time a frozen build and to start and close it unattended;
no one else needs it. ``CXRVIEWER_STARTUP_PROBE_TIMEOUT`` (seconds, default 60) closes the window
anyway when nothing more is coming. ``CXRVIEWER_STARTUP_PROBE_DROP=image.png`` drops that file on
the window (a real ``QDropEvent``) once the model is ready, to time drop-to-score.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import warnings

from cxrviewer.frozen_env import restore_library_path

PROBE_ENV = "CXRVIEWER_STARTUP_PROBE"
_keep_alive: list = []


def install_startup_probe(report_path: str, expect_score: bool, drop: str | None = None) -> None:
    """Create the QApplication early (``run_gui`` reuses it) and watch the main window from a timer."""
    import json

    from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, Qt, QTimer, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    started = time.time()
    timeout = float(os.environ.get(PROBE_ENV + "_TIMEOUT", "60"))
    report: dict = {"pid": os.getpid(), "frozen": bool(getattr(sys, "frozen", False)), "probe_installed": started}
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def main_window():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                return widget
        return None

    class FirstPaint(QObject):
        """Notes the first paint of any widget of the main window, then removes itself."""

        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and "window_painted" not in report:
                window = watched.window() if hasattr(watched, "window") else None
                if window is not None and window.objectName() == "mainWindow":
                    report["window_painted"] = time.time()
                    app.removeEventFilter(self)
            return False

    _keep_alive.append(FirstPaint())  # a collected filter is silently removed
    app.installEventFilter(_keep_alive[-1])

    def finish(window, reason: str) -> None:
        report["finished"] = reason
        report["tensorflow_imported"] = "tensorflow" in sys.modules
        with open(report_path, "w", encoding="utf-8") as handle:
            json.dump(report, handle)
        if window is not None:
            window.close()
        else:
            app.quit()

    def poll() -> None:
        try:
            check()
        except Exception as exc:  # a probe that broke must not leave the program running unattended
            report["probe_error"] = repr(exc)
            finish(main_window(), "probe error")

    def check() -> None:
        now = time.time()
        window = main_window()
        if window is not None:
            report.setdefault("window_visible", now)
            state = getattr(window, "model_state", lambda: "unknown")()
            report["model_state"] = state
            if state in ("ready", "failed"):
                report.setdefault("model_" + state, now)
            panel = getattr(window, "panel", None)
            panel_state = panel.state() if panel is not None and hasattr(panel, "state") else "unknown"
            if panel_state in ("result", "problem") and "first_result" not in report:
                report["first_result"] = now
                report["panel_state"] = panel_state
                report["score_text"] = panel.score_text() if panel_state == "result" else ""
                report["problem_text"] = panel.problem_text() if panel_state == "problem" else ""
            painted = "window_painted" in report
            if painted and state == "failed":
                return finish(window, "model failed")
            if drop and painted and state == "ready" and "dropped" not in report:
                mime = QMimeData()
                mime.setUrls([QUrl.fromLocalFile(os.path.abspath(drop))])
                _keep_alive.append(mime)  # must outlive the event
                centre = QPointF(window.width() / 2, window.height() / 2)
                how = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
                report["dropped"] = time.time()
                with warnings.catch_warnings():  # PySide6 6.12 offers only the (deprecated) QPoint constructor
                    warnings.simplefilter("ignore", DeprecationWarning)
                    enter = QDragEnterEvent(centre.toPoint(), *how)
                QApplication.sendEvent(window, enter)  # as a platform would, before the drop
                event = QDropEvent(centre, *how)
                QApplication.sendEvent(window, event)
                report["drop_accepted"] = event.isAccepted()
            elif painted and state == "ready" and (not (expect_score or drop) or "first_result" in report):
                return finish(window, "done")
        if now - started > timeout:
            return finish(window, "timeout")
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def main() -> int:
    multiprocessing.freeze_support()
    restore_library_path()
    report_path = os.environ.get(PROBE_ENV)
    if report_path:
        files = [a for a in sys.argv[1:] if not a.startswith("-")]
        install_startup_probe(report_path, expect_score=bool(files), drop=os.environ.get(PROBE_ENV + "_DROP"))
    from cxrviewer.cli import gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
