"""The model thread: one long-lived ``QThread`` that owns the one ``ModelRuntime``.

Why a single owner: the LiteRT interpreter is not thread-safe, and one owner needs no locks. The
GUI never calls the runtime; it emits a ``*_requested`` signal, Qt queues the call onto the model
thread, and the answer comes back as a signal that Qt queues onto the GUI thread. Requests run
one after another in the order they were made, so an analysis requested while the model is still
loading simply waits for it.

Connect the result signals to methods of objects that live on the GUI thread (a ``QWidget``
method, never a lambda or a plain function: PySide6 would run those on the model thread).

Adding a job: add a ``*_requested`` signal and a ``@Slot`` method, connect the two in
``_connect_requests``, and reuse ``predict_image`` and ``describe_failure``. A long job must poll
``stopping`` (and its own ``CancelToken``) between items: a busy thread never runs a queued "cancel"
slot, and ``stop`` waits for the job to return.

Folder screening (``request_screening``) is such a long job. Three things keep the window lively
while it runs on this thread:

- rows are sent in batches, at most every ``ROW_BATCH_SECONDS`` (a folder of small JPEGs yields
  ~300 rows/s; one queued signal per row would flood the GUI's event loop);
- cancelling sets the job's ``CancelToken`` from the GUI thread, checked between images;
- an image the user asks to see mid-batch is analysed between two images of the batch, not after
  the whole folder: ``request_analysis`` also notes the request where the batch loop can see it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal, Slot

from cxrviewer.core.errors import CxrError, Sentence
from cxrviewer.core.types import CancelToken, ModelInfo, Prediction, ScreeningRow, XrayImage
from cxrviewer.qt.local_check_line import expected_at_new_hospital

log = logging.getLogger(__name__)

# English (the tests and the log compare with them); translated where shown (tr_host)
NO_MODEL_MESSAGE = QT_TRANSLATE_NOOP("ModelHost", "The screening model is not available, so no score can be shown.")
UNEXPECTED_ANALYSIS_MESSAGE = QT_TRANSLATE_NOOP(
    "ModelHost", "Something went wrong while analysing this image. The details were written to the log.")
UNEXPECTED_LOAD_MESSAGE = QT_TRANSLATE_NOOP(
    "ModelHost", "The screening model could not be loaded. Please reinstall cxrviewer or ask your administrator.")
NO_MODEL_SCREENING_MESSAGE = QT_TRANSLATE_NOOP("ModelHost", "The screening model is not available, so the folder cannot be screened.")
NO_IMAGES_MESSAGE = QT_TRANSLATE_NOOP("ModelHost", "No files were found in this folder (or its sub-folders).")
CANCELLED_BEFORE_START = QT_TRANSLATE_NOOP("ModelHost", "Screening was cancelled before it started.")


def tr_host(text: str) -> str:
    """One of the messages above in the GUI's language."""
    return QCoreApplication.translate("ModelHost", text)
UNEXPECTED_SCREENING_MESSAGE = QT_TRANSLATE_NOOP(
    "ModelHost", "Screening stopped because of an unexpected problem. The details were written to the log.")
ROW_BATCH_SECONDS = 0.1  # rows and progress reach the GUI at most ~10 times a second
EARLIER_BATCH_SECONDS = 0.5  # images skipped as already scored are looked up in the store at most twice a second


@dataclass(frozen=True)
class LoadedModel:
    """What ``model_loaded`` carries: which model answers, and the threshold it flags at."""

    info: ModelInfo
    threshold: float
    threshold_overridden: bool  # True when an administrator recalibrated this model's threshold on local X-rays
    model_dir: Path
    intended_use: str = ""
    expected_at_new_hospital: dict | None = field(default=None, compare=False)  # the card's, for the local-check tooltip

    @property
    def label(self) -> str:
        return f"{self.info.name} {self.info.version}"


@dataclass(frozen=True, eq=False)
class ScreeningJob:
    """A folder to screen. The GUI keeps it and calls ``cancel.cancel()`` to stop it (from any thread)."""

    id: int
    folder: Path
    store_path: Path | None = None  # the results database; None: the default one in the user data folder
    recursive: bool = True
    cancel: CancelToken = field(default_factory=CancelToken)


@dataclass(frozen=True, eq=False)
class ScreeningOutcome:
    """What ``screening_finished`` carries once a run has ended (completed or cancelled)."""

    job_id: int
    run_id: int
    folder: Path
    summary: object  # cxrviewer.core.screening.batch.ScreeningSummary: total, scored, flagged, failed, skipped, status
    seconds: float
    model_label: str
    threshold: float

    @property
    def status(self) -> str:
        return str(self.summary.status)


class _JobCancel(CancelToken):
    """Cancelled when the job is, or when the host is stopping (the window closes)."""

    def __init__(self, job: CancelToken, stopping: CancelToken) -> None:
        super().__init__()
        self._job, self._stopping = job, stopping

    def cancel(self) -> None:
        self._job.cancel()

    @property
    def cancelled(self) -> bool:
        return self._job.cancelled or self._stopping.cancelled


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
    screen_folder_requested = Signal(object)  # ScreeningJob

    # folder screening answers, each with the job id first
    screening_started = Signal(int, int, int, str, float)  # job id, run id, number of images, model label, review threshold
    rows_screened = Signal(int, object, bool)  # job id, list[ScreeningRow] (batched, ~10 a second), scored in an earlier run
    screening_progressed = Signal(int, int, int)  # job id, images done (incl. already scored), total
    screening_finished = Signal(object)  # ScreeningOutcome (completed or cancelled)
    screening_failed = Signal(int, str)  # job id, a sentence for the user (no model, no images, folder gone)

    def __init__(self) -> None:
        super().__init__()  # no parent: an object with a parent cannot move to another thread
        self._runtime = None  # cxrviewer.core.model.runtime.ModelRuntime, touched on the model thread only
        self._loaded: LoadedModel | None = None
        self.stopping = CancelToken()  # set by stop(); long jobs poll it between items
        self._jobs = 0
        # analysis requests not answered yet, so a long job can answer them between its items;
        # ids answered that way are skipped when their queued call arrives later
        self._requests_lock = threading.Lock()
        self._waiting: dict[int, str] = {}
        self._answered_early: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("model")
        self._thread.started.connect(self._name_thread)
        self._connect_requests()
        self.moveToThread(self._thread)

    def _connect_requests(self) -> None:
        """Request signals → slots. The receiver (self) lives on the model thread, so emits from the GUI are queued."""
        self.load_requested.connect(self.load_model)
        self.analysis_requested.connect(self.analyze)
        self.screen_folder_requested.connect(self.screen_folder)

    # ---- GUI-thread side -------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def request_load(self, model_dir: str | Path) -> None:
        """Load (or switch to) the model in ``model_dir``; answers with ``model_loaded`` or ``model_failed``."""
        self.load_requested.emit(str(model_dir))

    def request_analysis(self, request_id: int, path: str | Path) -> None:
        """Decode and score one file; answers with ``analysis_finished`` or ``analysis_failed`` for ``request_id``.

        During a folder screening the answer comes between two images of the batch.
        """
        with self._requests_lock:
            self._waiting[int(request_id)] = str(path)
        self.analysis_requested.emit(int(request_id), str(path))

    def request_screening(self, folder: str | Path, store_path: str | Path | None = None, recursive: bool = True) -> ScreeningJob:
        """Screen ``folder`` on the model thread; ``job.cancel.cancel()`` stops it within a fraction of a second.

        Answers: ``screening_started``, then ``rows_screened`` and ``screening_progressed`` as it goes,
        then ``screening_finished`` (a run was recorded) or ``screening_failed`` (nothing was screened).
        """
        self._jobs += 1
        job = ScreeningJob(self._jobs, Path(folder).expanduser(), Path(store_path) if store_path is not None else None, recursive)
        self.screen_folder_requested.emit(job)
        return job

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self) -> None:
        """Finish the job in progress, drop queued ones, and join the thread. Safe to call twice.

        Called from ``MainWindow.closeEvent`` and test fixtures: a ``QThread`` destroyed while running
        aborts the whole process. A single analysis takes well under a second, and a folder screening
        sees ``stopping`` between images (and every 0.1 s while waiting for one), so waiting is brief.
        """
        self.stopping.cancel()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
            log.info("model thread stopped")

    # ---- model-thread side -----------------------------------------------------------------

    @Slot()
    def _name_thread(self) -> None:
        """Runs first on the model thread: give it a name for the log format's ``threadName``; warm imports."""
        threading.current_thread().name = "model"
        self._warm_imports()

    @staticmethod
    def _warm_imports() -> None:
        """Import now what decoding and screening would import on first use (Pillow loads its format
        plugins lazily). An import holds the GIL for its whole length, so doing it in the middle of the
        first batch paused the window for ~0.1 s (bench/gui_latency.py); here it overlaps the model load."""
        try:
            from PIL import Image

            import cxrviewer.core.screening.batch  # noqa: F401

            Image.preinit()
        except Exception:  # noqa: BLE001 - only a warm-up; the real use reports its own errors
            log.debug("warm-up imports failed", exc_info=True)

    @property
    def loaded(self) -> LoadedModel | None:
        return self._loaded

    @Slot(str)
    def load_model(self, model_dir: str) -> None:
        """Build a runtime for ``model_dir``. On failure the previous model (if any) stays in use."""
        from cxrviewer.core.model.runtime import ModelRuntime

        try:
            runtime = ModelRuntime(model_dir)
        except CxrError as exc:
            log.error("model %s not loaded: %s (%s)", model_dir, exc.user_message, exc.detail)
            self.model_failed.emit(exc.user_message)
            return
        except Exception:  # noqa: BLE001 - any failure must reach the user as a sentence, not kill the thread
            log.exception("model %s not loaded", model_dir)
            self.model_failed.emit(tr_host(UNEXPECTED_LOAD_MESSAGE))
            return
        self._runtime = runtime
        self._loaded = LoadedModel(
            info=runtime.info,
            threshold=runtime.threshold,
            threshold_overridden="recalibration" in runtime.card.extra,
            model_dir=Path(model_dir),
            intended_use=str(runtime.card.extra.get("intended_use", "")),
            expected_at_new_hospital=expected_at_new_hospital(runtime.card),
        )
        self.model_loaded.emit(self._loaded)

    def predict_image(self, image: XrayImage) -> Prediction:
        """Score a decoded image (model thread only); raises ``CxrError`` when it cannot be scored.

        Shared by single analysis and batch jobs, so both use the same threshold.
        """
        if self._runtime is None or self._loaded is None:
            raise CxrError(Sentence(tr_host(NO_MODEL_MESSAGE), NO_MODEL_MESSAGE), "no model loaded")  # English in the log
        return self._runtime.predict(image, threshold=self._loaded.threshold)

    @staticmethod
    def describe_failure(exc: BaseException, path: str | Path) -> str:
        """The sentence to show for a failed file; unexpected errors are logged with their traceback."""
        if isinstance(exc, CxrError):
            log.info("%s: %s (%s)", path, exc.user_message, exc.detail)
            return exc.user_message
        log.error("unexpected failure analysing %s", path, exc_info=exc)
        return tr_host(UNEXPECTED_ANALYSIS_MESSAGE)

    @Slot(int, str)
    def analyze(self, request_id: int, path: str) -> None:
        """Decode, then score. A decoded image that cannot be scored is still sent, so it can be viewed."""
        with self._requests_lock:
            if request_id in self._answered_early:  # a batch job answered it already
                self._answered_early.discard(request_id)
                return
            self._waiting.pop(request_id, None)
        self._analyze_now(request_id, path)

    def answer_waiting_analyses(self) -> None:
        """Answer the analyses requested so far (model thread; long jobs call this between their items)."""
        if not self._waiting:  # a dict read is atomic; the lock is taken only when there is work
            return
        with self._requests_lock:
            waiting = list(self._waiting.items())
            self._waiting.clear()
            self._answered_early.update(request_id for request_id, _ in waiting)
        for request_id, path in waiting:
            self._analyze_now(request_id, path)

    def _analyze_now(self, request_id: int, path: str) -> None:
        from cxrviewer.core.image.reading import load_image

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

    @Slot(object)
    def screen_folder(self, job: ScreeningJob) -> None:
        """Screen a folder into the results store, sending rows in batches (model thread)."""
        from cxrviewer.core.screening.batch import FolderScreening, find_images
        from cxrviewer.core.screening.store import ResultStore

        cancel = _JobCancel(job.cancel, self.stopping)
        if cancel.cancelled:
            self.screening_failed.emit(job.id, tr_host(CANCELLED_BEFORE_START))
            return
        if self._runtime is None or self._loaded is None:
            self.screening_failed.emit(job.id, tr_host(NO_MODEL_SCREENING_MESSAGE))
            return
        try:
            images = find_images(job.folder, recursive=job.recursive)
        except CxrError as exc:
            log.info("screening %s: %s (%s)", job.folder, exc.user_message, exc.detail)
            self.screening_failed.emit(job.id, exc.user_message)
            return
        except Exception:  # noqa: BLE001 - reported as a sentence; the thread carries on
            log.exception("listing %s failed", job.folder)
            self.screening_failed.emit(job.id, tr_host(UNEXPECTED_SCREENING_MESSAGE))
            return
        if not images:
            self.screening_failed.emit(job.id, tr_host(NO_IMAGES_MESSAGE))
            return
        loaded = self._loaded
        relay = _RowRelay(self, job.id)
        started = time.monotonic()
        store = None
        try:
            store = ResultStore(job.store_path)
            batch = FolderScreening(job.folder, self._runtime, store, cancel, relay.progress, images=images,
                                  threshold=loaded.threshold)
            rows = iter(batch)  # records the run
            relay.watch(batch, store)
            self.screening_started.emit(job.id, int(batch.run_id), len(images), loaded.label, float(loaded.threshold))
            for row in rows:
                relay.add(row)
            relay.flush(final=True)
            self.screening_finished.emit(ScreeningOutcome(
                job.id, int(batch.run_id), batch.folder, batch.summary, time.monotonic() - started,
                loaded.label, loaded.threshold))
        except CxrError as exc:
            log.error("screening %s stopped: %s (%s)", job.folder, exc.user_message, exc.detail)
            relay.flush(final=True)
            self.screening_failed.emit(job.id, exc.user_message)
        except Exception:  # noqa: BLE001 - e.g. the results database cannot be written; the thread carries on
            log.exception("screening %s stopped", job.folder)
            relay.flush(final=True)
            self.screening_failed.emit(job.id, tr_host(UNEXPECTED_SCREENING_MESSAGE))
        finally:
            if store is not None:
                store.close()


class _RowRelay:
    """Collects rows on the model thread and sends them on in batches, with the progress.

    ``progress`` is called by the screening loop after every image (skipped ones too), which makes
    it the place to send what has gathered and to answer an image the user clicked meanwhile.
    Images skipped because this model version scored them before are not yielded by the screening
    loop; their earlier results are read back from the store (``rows_for_run``) so they appear in
    the worklist as the run passes them, not only at its end.
    """

    def __init__(self, host: ModelHost, job_id: int) -> None:
        self._host = host
        self._job_id = job_id
        self._rows: list[ScreeningRow] = []
        self._done = self._total = 0
        self._sent_at = self._earlier_at = 0.0
        self._batch = None
        self._store = None
        self._skipped_sent = 0
        self.files: set[str] = set()  # every file sent or about to be sent, fresh or earlier

    def watch(self, batch, store) -> None:
        """The running ``FolderScreening`` and its store, to read skipped images' earlier results."""
        self._batch, self._store = batch, store

    def add(self, row: ScreeningRow) -> None:
        self._rows.append(row)
        self.files.add(row.file)

    def progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self._host.answer_waiting_analyses()
        if done == 0 or time.monotonic() - self._sent_at >= ROW_BATCH_SECONDS:
            self.flush()

    def flush(self, final: bool = False) -> None:
        now = self._sent_at = time.monotonic()
        if self._rows:
            rows, self._rows = self._rows, []
            self._host.rows_screened.emit(self._job_id, rows, False)
        if final or now - self._earlier_at >= EARLIER_BATCH_SECONDS:
            self._send_earlier()
        self._host.screening_progressed.emit(self._job_id, self._done, self._total)

    def _send_earlier(self) -> None:
        self._earlier_at = time.monotonic()
        if self._batch is None or self._store is None or self._batch.summary.skipped <= self._skipped_sent:
            return
        try:
            rows = [row for row in self._store.rows_for_run(self._batch.run_id) if row.file not in self.files]
        except Exception:  # noqa: BLE001 - only a display; the run itself goes on (or is already reported)
            log.exception("earlier results of run %s could not be read", self._batch.run_id)
            return
        self._skipped_sent = self._batch.summary.skipped
        if rows:
            self.files.update(row.file for row in rows)
            self._host.rows_screened.emit(self._job_id, rows, True)
