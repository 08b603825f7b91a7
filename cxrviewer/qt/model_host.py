"""The model thread: one long-lived ``QThread`` that owns the one ``ModelRuntime``.

Why a single owner: the LiteRT interpreter is not thread-safe, and one owner needs no locks. The
GUI never calls the runtime; it emits a ``*_requested`` signal, Qt queues the call onto the model
thread, and the answer comes back as a signal that Qt queues onto the GUI thread. Requests run
one after another in the order they were made, so an analysis requested while the model is still
loading simply waits for it.

Connect the result signals to methods of objects that live on the GUI thread (a ``QWidget``
method, never a lambda or a plain function: PySide6 would run those on the model thread).

Adding a job (for example ``screen_folder`` for the batch panel): add a ``*_requested`` signal and
a ``@Slot`` method, connect the two in ``_connect_requests``, and reuse ``predict_image`` and
``describe_failure``. A long job must poll ``stopping`` (and its own ``CancelToken``) between
items: a busy thread never runs a queued "cancel" slot, and ``stop`` waits for the job to return.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from cxrviewer.core.errors import CxrError
from cxrviewer.core.types import CancelToken, ModelInfo, Prediction, XrayImage

log = logging.getLogger(__name__)

NO_MODEL_MESSAGE = "The screening model is not available, so no score can be shown."
UNEXPECTED_ANALYSIS_MESSAGE = "Something went wrong while analysing this image. The details were written to the log."
UNEXPECTED_LOAD_MESSAGE = "The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator."


@dataclass(frozen=True)
class LoadedModel:
    """What ``model_loaded`` carries: which model answers, and the threshold it flags at."""

    info: ModelInfo
    threshold: float
    threshold_overridden: bool  # True when an administrator's override replaces the model card's value
    model_dir: Path
    intended_use: str = ""

    @property
    def label(self) -> str:
        return f"{self.info.name} {self.info.version}"


class ModelHost(QObject):
    """Owns the model thread and the runtime on it. Create, connect, then ``start()``; ``stop()`` before exit."""

    # results (emitted on the model thread, delivered queued to GUI-thread receivers)
    model_loaded = Signal(object)  # LoadedModel
    model_failed = Signal(str)  # a sentence for the user
    analysis_finished = Signal(int, object, object)  # request id, XrayImage, Prediction
    analysis_unscored = Signal(int, object, str)  # request id, XrayImage, why there is no score (no model, not a chest X-ray)
    analysis_failed = Signal(int, str, str)  # request id, path, a sentence for the user (the file could not be read)

    # requests (emit from any thread; the slot runs on the model thread)
    load_requested = Signal(str)
    analysis_requested = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()  # no parent: an object with a parent cannot move to another thread
        self._runtime = None  # cxrviewer.core.runtime.ModelRuntime, touched on the model thread only
        self._loaded: LoadedModel | None = None
        self.stopping = CancelToken()  # set by stop(); long jobs poll it between items
        self._thread = QThread()
        self._thread.setObjectName("model")
        self._thread.started.connect(self._name_thread)
        self._connect_requests()
        self.moveToThread(self._thread)

    def _connect_requests(self) -> None:
        """Request signals → slots. The receiver (self) lives on the model thread, so emits from the GUI are queued."""
        self.load_requested.connect(self.load_model)
        self.analysis_requested.connect(self.analyze)

    # ---- GUI-thread side -------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def request_load(self, model_dir: str | Path) -> None:
        """Load (or switch to) the model in ``model_dir``; answers with ``model_loaded`` or ``model_failed``."""
        self.load_requested.emit(str(model_dir))

    def request_analysis(self, request_id: int, path: str | Path) -> None:
        """Decode and score one file; answers with ``analysis_finished`` or ``analysis_failed`` for ``request_id``."""
        self.analysis_requested.emit(int(request_id), str(path))

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> None:
        """Finish the job in progress, drop queued ones, and join the thread. Safe to call twice.

        Called from ``MainWindow.closeEvent`` and test fixtures: a ``QThread`` destroyed while running
        aborts the whole process. A single analysis takes well under a second, so waiting is brief.
        """
        self.stopping.cancel()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
            log.info("model thread stopped")

    # ---- model-thread side -----------------------------------------------------------------

    @Slot()
    def _name_thread(self) -> None:
        """Runs first on the model thread: give it a name for the log format's ``threadName``."""
        threading.current_thread().name = "model"

    @property
    def loaded(self) -> LoadedModel | None:
        return self._loaded

    @Slot(str)
    def load_model(self, model_dir: str) -> None:
        """Build a runtime for ``model_dir``. On failure the previous model (if any) stays in use."""
        from cxrviewer.core.config import load_settings
        from cxrviewer.core.runtime import ModelRuntime

        try:
            runtime = ModelRuntime(model_dir)
        except CxrError as exc:
            log.error("model %s not loaded: %s (%s)", model_dir, exc.user_message, exc.detail)
            self.model_failed.emit(exc.user_message)
            return
        except Exception:  # noqa: BLE001 - any failure must reach the user as a sentence, not kill the thread
            log.exception("model %s not loaded", model_dir)
            self.model_failed.emit(UNEXPECTED_LOAD_MESSAGE)
            return
        override = load_settings().threshold_override
        threshold = runtime.threshold if override is None else float(override)
        if override is not None:
            log.info("threshold override %.4f replaces the model card's %.4f", threshold, runtime.threshold)
        self._runtime = runtime
        self._loaded = LoadedModel(
            info=runtime.info,
            threshold=threshold,
            threshold_overridden=override is not None,
            model_dir=Path(model_dir),
            intended_use=str(runtime.card.extra.get("intended_use", "")),
        )
        self.model_loaded.emit(self._loaded)

    def predict_image(self, image: XrayImage) -> Prediction:
        """Score a decoded image (model thread only); raises ``CxrError`` when it cannot be scored.

        Shared by single analysis and batch jobs, so both use the same threshold (override included).
        """
        if self._runtime is None or self._loaded is None:
            raise CxrError(NO_MODEL_MESSAGE, "no model loaded")
        return self._runtime.predict(image, threshold=self._loaded.threshold)

    @staticmethod
    def describe_failure(exc: BaseException, path: str | Path) -> str:
        """The sentence to show for a failed file; unexpected errors are logged with their traceback."""
        if isinstance(exc, CxrError):
            log.info("%s: %s (%s)", path, exc.user_message, exc.detail)
            return exc.user_message
        log.error("unexpected failure analysing %s", path, exc_info=exc)
        return UNEXPECTED_ANALYSIS_MESSAGE

    @Slot(int, str)
    def analyze(self, request_id: int, path: str) -> None:
        """Decode, then score. A decoded image that cannot be scored is still sent, so it can be viewed."""
        from cxrviewer.core.imageio import load_image

        try:
            image = load_image(path)
        except Exception as exc:  # noqa: BLE001 - reported as a sentence; the thread carries on
            self.analysis_failed.emit(request_id, path, self.describe_failure(exc, path))
            return
        try:
            prediction = self.predict_image(image)
        except Exception as exc:  # noqa: BLE001 - as above
            self.analysis_unscored.emit(request_id, image, self.describe_failure(exc, path))
            return
        self.analysis_finished.emit(request_id, image, prediction)
