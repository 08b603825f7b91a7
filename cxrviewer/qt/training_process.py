"""Run ``cxrviewer train --jsonl`` as a child process and turn its JSON lines into Qt signals.

Why a process and not a thread: TensorFlow can crash or run out of memory, and neither may take
the viewer down; its memory goes back to the OS when the child ends; and a process can be killed,
a thread cannot. ``QProcess`` is asynchronous, so the viewer stays usable while training runs.

Protocol (see ``cli._cmd_train``): one JSON object per line on stdout (``preprocess``, ``data``,
``epoch``, ``done``, ``error``); TensorFlow's chatter goes to stderr, which is only logged. To stop,
"stop" is written to stdin: the child finishes the current batch, keeps the best round so far and
exports it. If it has not exited after a grace period it is killed.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)

DEFAULT_GRACE_MS = 10_000
CLI_NAME = "cxrviewer-cli"

# why a run ended without a model: ``failed`` carries these in English (the audit log keeps them so); shown through ``tr_failure``
TRAINING_FAILED = QT_TRANSLATE_NOOP("TrainingProcess", "Training failed.")
STOPPED = QT_TRANSLATE_NOOP("TrainingProcess", "Training was stopped. No new model was saved; the model in use is unchanged.")
STOPPED_UNEXPECTEDLY = QT_TRANSLATE_NOOP(
    "TrainingProcess", "Training stopped unexpectedly. No new model was saved; the model in use is unchanged.")
NOT_STARTED = QT_TRANSLATE_NOOP(
    "TrainingProcess", "The training program could not be started. Please reinstall cxrviewer or ask IT.")


def tr_failure(message: str) -> str:
    """A ``failed`` sentence in the GUI's language (the training program's own sentence is shown as it came)."""
    return QCoreApplication.translate("TrainingProcess", message)


def training_command(
    data: Path,
    out: Path,
    *,
    epochs: int,
    val_fraction: float,
    test_fraction: float,
    init_from: Path | None = None,
    size: int | None = None,
    lung_crop: bool = False,
    lung_mask: str = "",
    augment: Sequence[str] = (),
) -> tuple[str, list[str]]:
    """(program, arguments) that train on ``data`` into ``out`` (``size``, ``lung_crop``, ``lung_mask`` and ``augment`` for a
    model trained from scratch; a fine-tuned one keeps its base model's).

    From source or a wheel the child is ``python -m cxrviewer``; in a PyInstaller build
    ``sys.executable`` is the windowed viewer itself, so the console ``cxrviewer-cli`` program
    that sits beside it is used instead.
    """
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        program = str(exe.with_name(CLI_NAME + (".exe" if exe.suffix.lower() == ".exe" else "")))
        args: list[str] = []
    else:
        program = sys.executable
        args = ["-m", "cxrviewer"]
    args += ["train", str(data), "--out", str(out), "--jsonl", "--epochs", str(int(epochs)),
             "--val-fraction", f"{val_fraction:g}", "--test-fraction", f"{test_fraction:g}"]
    if init_from is not None:
        args += ["--init-from", str(init_from)]
    if size is not None:
        args += ["--size", str(int(size))]
    if lung_crop:
        args.append("--lung-crop")
    if lung_mask:
        args += ["--lung-mask", lung_mask]
    if augment:
        args += ["--augment", ",".join(augment)]
    return program, args


class JsonLineParser:
    """Split a byte stream into JSON objects, one per complete line.

    Chunks from a pipe end anywhere, so an incomplete last line is kept until its newline arrives.
    Lines that are not JSON objects (a stray print, a warning that went to stdout) are logged and
    skipped rather than failing the run.
    """

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[dict]:
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        return [event for line in lines if (event := self._parse(line)) is not None]

    def flush(self) -> list[dict]:
        """Parse what is left when the stream ends (a last line without a newline)."""
        rest, self._buffer = self._buffer, b""
        event = self._parse(rest)
        return [event] if event is not None else []

    @staticmethod
    def _parse(line: bytes) -> dict | None:
        text = line.decode("utf-8", errors="replace").strip()
        if not text:
            return None
        try:
            event = json.loads(text)
        except ValueError:
            log.debug("training child (not JSON): %s", text[:500])
            return None
        if not isinstance(event, dict) or "event" not in event:
            log.debug("training child (not an event): %s", text[:500])
            return None
        return event


def _number(value: object) -> float:
    """A float for the signal; JSON ``NaN`` and missing values become NaN."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


class TrainingProcess(QObject):
    """One training run in a child process. Create one per run.

    Exactly one of ``finished`` or ``failed`` is emitted per started run.
    """

    progress = Signal(int, int, float, float)  # epoch, epochs, loss, validation AUC
    status_changed = Signal(str)  # a plain sentence: "Reading images: 120 of 300", ...
    data_summarized = Signal(dict)  # the "data" event: images per split
    finished = Signal(str)  # folder of the new model
    failed = Signal(str)  # a plain sentence: this module's in English (see ``tr_failure``), or the training program's

    def __init__(self, parent: QObject | None = None, grace_ms: int = DEFAULT_GRACE_MS) -> None:
        super().__init__(parent)
        self.grace_ms = grace_ms
        self._parser = JsonLineParser()
        self._stderr_tail: deque[str] = deque(maxlen=40)
        self._done: dict | None = None
        self._error: dict | None = None
        self.english_failure = ""  # why the run failed, in English, for the audit log
        self._cancel_requested = False
        self._ended = False
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.readyReadStandardOutput.connect(self._read_stdout)
        self._process.readyReadStandardError.connect(self._read_stderr)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill_if_running)

    # ------------------------------------------------------------ control

    def start(self, program: str, args: list[str]) -> None:
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        env.insert("TF_CPP_MIN_LOG_LEVEL", "2")
        if "CXRVIEWER_HOME" in os.environ:  # tests and portable installs: the child uses the same user folders
            env.insert("CXRVIEWER_HOME", os.environ["CXRVIEWER_HOME"])
        self._process.setProcessEnvironment(env)
        log.info("starting training: %s %s", program, " ".join(args))
        self.status_changed.emit(self.tr("Starting training…"))
        self._process.start(program, args)

    def is_running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def cancel(self) -> None:
        """Ask the child to stop (it keeps the best round so far); kill it if it has not exited after the grace period."""
        if not self.is_running() or self._cancel_requested:
            return
        self._cancel_requested = True
        self.status_changed.emit(self.tr("Stopping after the current step…"))
        self._process.write(b"stop\n")
        self._kill_timer.start(self.grace_ms)

    def abort(self, wait_ms: int = 3000) -> None:
        """Kill at once and wait (used when the dialog closes: the partial model is discarded anyway)."""
        if self.is_running():
            self._cancel_requested = True
            self._process.kill()
            self._process.waitForFinished(wait_ms)

    @property
    def stderr_tail(self) -> str:
        return "\n".join(self._stderr_tail)

    # ------------------------------------------------------------ child output

    @Slot()
    def _read_stdout(self) -> None:
        for event in self._parser.feed(bytes(self._process.readAllStandardOutput().data())):
            self._handle(event)

    @Slot()
    def _read_stderr(self) -> None:
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", errors="replace")
        for line in text.splitlines():
            if line.strip():
                self._stderr_tail.append(line)
                log.debug("training child stderr: %s", line)

    def _handle(self, event: dict) -> None:
        kind = event.get("event")
        if kind == "epoch":
            self.progress.emit(int(event.get("epoch", 0)), int(event.get("epochs", 0)),
                               _number(event.get("loss")), _number(event.get("val_auc")))
            self.status_changed.emit(self.tr("Training: round {epoch} of {epochs}").format(
                epoch=event.get("epoch"), epochs=event.get("epochs")))
        elif kind == "preprocess":
            self.status_changed.emit(self.tr("Reading images: {done} of {total}").format(done=event.get("done"), total=event.get("total")))
        elif kind == "data":
            self.data_summarized.emit(event)
            self.status_changed.emit(self.tr("Training: first round…"))
        elif kind == "done":
            self._done = event
            self.status_changed.emit(self.tr("Saving the new model…"))
        elif kind == "error":
            self._error = event
            log.error("training reported an error: %s (%s)", event.get("message"), event.get("detail"))

    # ------------------------------------------------------------ end of the child

    def _kill_if_running(self) -> None:
        if self.is_running():
            log.warning("training did not stop within %d ms; killing it", self.grace_ms)
            self._process.kill()

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        self._kill_timer.stop()
        self._read_stdout()
        self._read_stderr()
        for event in self._parser.flush():
            self._handle(event)
        crashed = exit_status != QProcess.ExitStatus.NormalExit
        if self._done and exit_code == 0 and not crashed:
            self._end(self.finished, str(self._done.get("model_dir", "")))
            return
        if self._error:
            message = str(self._error.get("message") or TRAINING_FAILED)
            self.english_failure = str(self._error.get("english") or message)  # the training program's, for the audit log
        elif self._cancel_requested:
            message = STOPPED
        else:
            message = STOPPED_UNEXPECTEDLY
            log.error("training child ended: exit code %s, crashed=%s; last stderr lines:\n%s",
                      exit_code, crashed, self.stderr_tail)
        self.english_failure = self.english_failure or message
        self._end(self.failed, message)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.error("training program could not be started: %s", self._process.errorString())
            self._end(self.failed, NOT_STARTED)
        # other errors (crash, read/write) are followed by finished(), which reports them

    def _end(self, signal: SignalInstance, value: str) -> None:
        if self._ended:
            return
        self._ended = True
        signal.emit(value)
