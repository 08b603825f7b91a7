"""The progress row of the worklist while a folder is screened: bar, speed and time left, *Cancel*."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from cxrviewer.i18n import ENGLISH, current_language

RATE_WINDOW_SECONDS = 10.0  # the rate shown is over the last few seconds, so it follows changes in speed


def format_duration(seconds: float) -> str:
    """A rough duration as people say it: "40 s", "3 min", "1 h 5 min"."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return QCoreApplication.translate("Worklist", "{seconds} s").format(seconds=max(1, round(seconds)))
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("Worklist", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Worklist", "{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)


def format_rate(rate: float) -> str:
    decimals = 1 if rate < 10 else 0
    number = f"{rate:.{decimals}f}" if current_language() == ENGLISH else QLocale().toString(float(rate), "f", decimals)
    return QCoreApplication.translate("Worklist", "{rate} images/s").format(rate=number)


class ScreeningProgress(QWidget):
    """Shown only while a folder is screened; the panel connects ``cancel_button`` to its ``cancel``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: deque[tuple[float, int]] = deque()  # (time, images done), over the last few seconds
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("worklistProgress")
        self.rate_label = QLabel("")
        self.rate_label.setObjectName("worklistRate")
        self.rate_label.setWordWrap(True)  # "12 images/s · about 3 min left" in a narrow dock
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Stop screening; the images finished so far are kept"))
        progress = QVBoxLayout(self)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.setSpacing(4)
        progress.addWidget(self.progress_bar)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_label, 1)
        rate_row.addWidget(self.cancel_button)
        progress.addLayout(rate_row)

    def begin(self) -> None:
        """A new screening: busy until the number of images is known."""
        self._samples.clear()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat(self.tr("Looking for images…"))
        self.rate_label.setText(self.tr("Estimating the time left…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def set_total(self, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of {total} images").format(total=total))

    def advance(self, done: int, total: int) -> None:
        """``done`` of ``total`` images screened: move the bar, and estimate the speed and the time left."""
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_SECONDS:
            self._samples.popleft()
        if total:
            self.progress_bar.setMaximum(total)
            self.progress_bar.setValue(done)
        start_time, start_done = self._samples[0]
        if now - start_time >= 0.5 and done > start_done:
            rate = (done - start_done) / (now - start_time)
            duration = format_duration((total - done) / rate).replace(" ", "\u00a0")  # "3 min" stays on one line
            left = self.tr(" · about {duration} left").format(duration=duration) if done < total else ""
            self.rate_label.setText(f"{format_rate(rate)}{left}")

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))

    def end(self) -> None:
        """The screening ended (the panel's state line says how)."""
        self.hide()
        self.cancel_button.setText(self.tr("Cancel"))
