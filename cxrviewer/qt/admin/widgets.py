"""What every administration tab uses: figures in words, a one-line inline message, a background job."""

from __future__ import annotations

import datetime as _dt
import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QHeaderView, QLabel, QTableWidget, QWidget

from cxrviewer.core.errors import CxrError
from cxrviewer.core.types import CancelToken
from cxrviewer.qt.local_check_line import _decimal as _gui_number  # the GUI's number formatter (QLocale; English as before)

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "BackgroundJob", "Something went wrong. The model in use is unchanged. Details are in the cxrviewer log file.")  # shown through tr()

Progress = Callable[[int, int], None]
Work = Callable[[Progress, CancelToken], Any]  # what a BackgroundJob runs: work(progress, cancel) -> result


def _missing(value: float | None) -> bool:
    return value is None or math.isnan(float(value))


def percent(value: float | None) -> str:
    """A share as a whole percentage in the GUI's language: "73%" in English, "73\u00a0%" in French."""
    return "–" if _missing(value) else _gui_number(float(value), 0, as_percent=True)


def decimal(value: float | None, decimals: int = 2) -> str:
    """A number such as an AUC in the GUI's language: "0.82" in English, "0,82" in French."""
    return "–" if _missing(value) else _gui_number(float(value), decimals)


def signed(value: float | None, decimals: int = 3) -> str:
    """A difference with its sign, as ``f"{value:+.3f}"`` in English ("+0.012", "-0.004"), in the GUI's language."""
    if _missing(value):
        return "–"
    return ("-" if math.copysign(1.0, float(value)) < 0 else "+") + decimal(abs(float(value)), decimals)


def set_affixes(spin: QAbstractSpinBox, template: str) -> None:
    """Put the words of ``template`` ("{n} rounds", translated) before and after a spin box's number, so a
    language can write them in its own order ("циклов: {n}")."""
    prefix, _, suffix = template.partition("{n}")
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)


def local_time(iso: str) -> str:
    """'2026-11-25 21:29' in the computer's time zone, from an ISO timestamp (UTC in cards)."""
    try:
        return _dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or "–"


def fit_table_height(table: QTableWidget) -> None:
    """Make a small table exactly as tall as its rows (no grey empty area below them)."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def fit_table_width(table: QTableWidget) -> None:
    """Keep a small table at least wide enough for its row titles and every column's title and values, so a
    narrow window (or a long translation) squeezes what is beside it, not the column titles."""
    header = table.horizontalHeader()
    needs = [max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    stretched = header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch  # every column as wide as the widest
    columns = max(needs, default=0) * len(needs) if stretched else sum(needs)
    table.setMinimumWidth(table.verticalHeader().sizeHint().width() + columns + 2 * table.frameWidth() + 2)


class MessageLabel(QLabel):
    """A one-line inline message (no pop-up storms): plain sentences in a calm colour per kind."""

    COLORS = {"error": "#ff9e95", "info": "#e8eaed", "success": "#81c995"}  # WCAG AA on the dark dialog and its tabs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = "info"
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"color: {self.COLORS[kind]}; font-weight: {'bold' if kind == 'error' else 'normal'};")
        self.setText(text)
        self.setVisible(bool(text))


class BackgroundJob(QThread):
    """Runs ``work(progress, cancel)`` off the GUI thread; the result or a plain message comes back by signal.

    Receivers must be slots of GUI-thread objects (bound methods), so they run on the GUI thread.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_token = CancelToken()

    def run(self) -> None:
        try:
            result = self._work(self._report_progress, self.cancel_token)
        except CxrError as exc:
            log.warning("background job failed: %s (%s)", exc.user_message, exc.detail)
            self.failed.emit(exc.user_message)
        except Exception:  # noqa: BLE001 - the dialog shows a sentence; the log keeps the traceback
            log.exception("background job crashed")
            self.failed.emit(QCoreApplication.translate("BackgroundJob", UNEXPECTED))
        else:
            self.succeeded.emit(result)
        finally:
            self._work = None  # drop the closure (and what it holds) as soon as the work is done

    def _report_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def stop(self, wait_ms: int = 30_000) -> None:
        self.cancel_token.cancel()
        self.wait(wait_ms)
