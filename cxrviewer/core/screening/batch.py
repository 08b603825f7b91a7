"""Screen a folder: find the images, decode them in a small thread pool while the model scores.

Why this shape: decoding a large PNG costs more than the model (64-120 ms against 17-40 ms for a
3000 x 3000 image), and OpenCV, simplejpeg and hashlib release the GIL, so two decode threads keep the model
busy. The model itself is only ever called from the thread that iterates (the LiteRT interpreter
is not thread-safe: the GUI iterates on its model thread, the CLI on its main thread).

Memory stays flat over thousands of images because at most ``prefetch`` files are read or
decoded ahead of the model. A ``CancelToken`` is checked between images and while waiting for a
decode, so cancelling takes effect within a fraction of a second.

Every file yields a row: a failure (damaged, empty, not an image, a file type not supported, unreadable,
a link loop, not a chest X-ray) becomes a row whose ``error`` is the sentence to show; the batch always
completes. Which files count is ``find_images``' business: every file but hidden ones and cxrviewer's own.
Each worker hashes the file's bytes before decoding, so images already scored by the same model
version are skipped without decoding: a cancelled or crashed run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cxrviewer.core.errors import N_, CxrError, _
from cxrviewer.core.image.reading import decode_image, read_file_bytes
from cxrviewer.core.screening.store import OWN_CSV_HEADERS, RESULTS_NAME, SIDECAR_SUFFIXES, ResultStore, utc_now
from cxrviewer.core.types import CancelToken, ModelInfo, Prediction, ProgressCallback, ScreeningRow, XrayImage

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 2
UNEXPECTED_ERROR = N_("This image could not be screened because of an unexpected problem (the details are in the log).")
_POLL_SECONDS = 0.1  # how often a wait for a decode looks at the cancel token


class FolderNotFound(CxrError):
    default_message = N_("This folder does not exist or cannot be opened.")


class Scorer(Protocol):
    """What screening needs of a model: ``ModelRuntime`` (or a stand-in in tests)."""

    info: ModelInfo

    def predict(self, image: XrayImage, threshold: float | None = None) -> Prediction: ...


# -- finding images ----------------------------------------------------------------------------


def find_images(folder: str | Path, recursive: bool = True, exclude: Iterable[str | Path] = ()) -> list[Path]:
    """Every file under ``folder`` that screening must account for, in a stable sorted order.

    Every entry that is not a folder gets a row, whatever its name or type: images, but also DICOM,
    TIFF, BMP, text files, links to missing files, link loops and pipes. A file that cannot be
    screened becomes an error row saying what to do ("TIFF files are not supported: save the image
    as PNG or JPEG ..."), so nobody believes an image was screened when it was not. The
    content decides, never the extension (``SUPPORTED_SUFFIXES`` plays no part here).

    Left out, because they are not the user's images:

    * hidden files and folders (names starting with "."), such as the ``._name.png`` files macOS
      leaves on USB sticks and ``.DS_Store``, and the temporary files of an export in progress;
    * cxrviewer's own output: a results database (``results.sqlite`` and its ``-wal``/``-shm``/
      ``-journal`` files) and CSV files whose first line is exactly the header cxrviewer writes
      (a ``--out`` file saved into the screened folder), plus any path in ``exclude``.

    Linked sub-folders are followed once: each real folder is visited a single time, so a link
    that points back up the tree cannot make the walk endless.
    """
    root = Path(folder)
    if not root.is_dir():
        raise FolderNotFound(_("This folder does not exist or cannot be opened: {folder}").format(folder=root))
    excluded = {os.path.abspath(p) for p in exclude}
    found: list[Path] = []
    seen = {os.path.realpath(root)}

    def unreadable(exc: OSError) -> None:
        log.warning("cannot list %s: %s", exc.filename, exc)

    for current, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        kept = []
        for name in sorted(dirnames):
            real = os.path.realpath(os.path.join(current, name))
            if name.startswith(".") or real in seen or not recursive:
                continue
            seen.add(real)
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = Path(current, name)
            if name.startswith(".") or os.path.abspath(path) in excluded or _is_own_output(path):
                continue
            found.append(path)
    return found


_OWN_DATABASE_NAMES = frozenset({RESULTS_NAME, *(RESULTS_NAME + suffix for suffix in SIDECAR_SUFFIXES)})
_OWN_CSV_HEADERS = tuple(",".join(columns).encode() for columns in OWN_CSV_HEADERS)
_CSV_HEAD_BYTES = max(len(header) for header in _OWN_CSV_HEADERS) + 2


def _is_own_output(path: Path) -> bool:
    """A results database of cxrviewer's, or a CSV it exported (recognised by its header line: the columns
    cxrviewer writes, now or before the DICOM identifiers or the cautions were added, possibly followed by more
    of its own such as the clinician's decision)."""
    name = path.name.lower()
    if name in _OWN_DATABASE_NAMES:
        return True
    if not name.endswith(".csv"):
        return False
    try:  # without blocking: a pipe called x.csv is not ours, and gets its row
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return False
            first = handle.read(_CSV_HEAD_BYTES)
    except OSError:  # unreadable: not recognisably ours, so it gets a row saying why
        return False
    line = first.split(b"\n", 1)[0].rstrip(b"\r")
    return any(line == header or line.startswith(header + b",") for header in _OWN_CSV_HEADERS)


# -- per-image work (decode threads) -----------------------------------------------------------


@dataclass(frozen=True)
class SkippedImage:
    """An image whose content this model version has already scored."""

    file: str
    sha256: str


@dataclass(frozen=True, eq=False)
class _Decoded:
    path: Path
    sha256: str | None = None
    image: XrayImage | None = None
    error: str | None = None
    skipped: bool = False


def _prepare(path: Path, is_done: Callable[[str], bool]) -> _Decoded:
    """Read, hash, skip or decode one file (runs in a decode thread; never raises)."""
    sha256 = None
    try:
        data = read_file_bytes(path)
        sha256 = hashlib.sha256(data).hexdigest()
        if is_done(sha256):
            return _Decoded(path, sha256, skipped=True)
        return _Decoded(path, sha256, image=decode_image(data, path, sha256))
    except CxrError as exc:
        log.info("%s: %s (%s)", path, exc.english_message, exc.detail)
        return _Decoded(path, sha256, error=exc.user_message)
    except Exception:  # noqa: BLE001 - one bad file must not stop the batch
        log.exception("unexpected failure decoding %s", path)
        return _Decoded(path, sha256, error=str(_(UNEXPECTED_ERROR)))


# -- scoring (calling thread) ------------------------------------------------------------------


def identifiers(image: XrayImage | None) -> dict[str, str]:
    """The DICOM identifiers of ``image`` as ``ScreeningRow`` fields (empty for PNG/JPEG and unread files)."""
    study = image.study if image is not None else None
    if study is None:
        return {}
    return {"patient_id": study.patient_id, "patient_name": study.patient_name, "study_date": study.study_date,
            "accession_number": study.accession_number}


def _error_row(decoded: _Decoded, runtime: Scorer, message: str) -> ScreeningRow:
    """No score; an image that was decoded but refused (not a chest X-ray) keeps its patient's identifiers."""
    return ScreeningRow(
        file=str(decoded.path), sha256=decoded.sha256, probability=None, threshold=None, flagged=None,
        model_name=runtime.info.name, model_version=runtime.info.version, screened_at=utc_now(), error=message,
        **identifiers(decoded.image),
    )


def _score(decoded: _Decoded, runtime: Scorer, threshold: float | None) -> ScreeningRow:
    if decoded.error is not None or decoded.image is None:
        return _error_row(decoded, runtime, decoded.error or str(_(UNEXPECTED_ERROR)))
    try:
        prediction = runtime.predict(decoded.image, threshold)
    except CxrError as exc:  # e.g. "not a chest X-ray"
        log.info("%s: %s (%s)", decoded.path, exc.english_message, exc.detail)
        return _error_row(decoded, runtime, exc.user_message)
    except Exception:  # noqa: BLE001 - one bad image must not stop the batch
        log.exception("unexpected failure scoring %s", decoded.path)
        return _error_row(decoded, runtime, str(_(UNEXPECTED_ERROR)))
    return ScreeningRow(
        file=str(decoded.path), sha256=decoded.sha256, probability=prediction.probability,
        threshold=prediction.threshold, flagged=prediction.flagged, model_name=prediction.model.name,
        model_version=prediction.model.version, screened_at=utc_now(), error=None, **identifiers(decoded.image),
        cautions=tuple(str(caution) for caution in prediction.cautions),
    )


def _wait(future: Future, cancel: CancelToken) -> _Decoded | None:
    """The decode result, or None as soon as the run is cancelled while waiting."""
    while True:
        try:
            return future.result(timeout=_POLL_SECONDS)
        except TimeoutError:
            if cancel.cancelled:
                return None


def screen_images(
    paths: Iterable[Path],
    runtime: Scorer,
    *,
    is_done: Callable[[str], bool] | None = None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    workers: int = DEFAULT_WORKERS,
    prefetch: int | None = None,
    threshold: float | None = None,
) -> Iterator[ScreeningRow | SkippedImage]:
    """Score images in order: a ``ScreeningRow`` per file, or ``SkippedImage`` where ``is_done(sha256)``.

    ``runtime`` (a ``ModelRuntime``) is used only from the thread that iterates. ``progress`` is
    called with (done, total) once before the first image and after each one the caller has taken.
    Stopping early (cancel, ``break``, closing the generator) stops the decode threads before returning.
    """
    paths = list(paths)
    total = len(paths)
    cancel = cancel or CancelToken()
    is_done = is_done or (lambda _sha: False)
    depth = max(1, prefetch if prefetch is not None else 2 * workers)
    if progress:
        progress(0, total)
    if not paths:
        return
    queue = iter(paths)
    pending: deque[Future] = deque()
    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="cxr-decode")

    def refill() -> None:
        while len(pending) < depth and not cancel.cancelled:
            path = next(queue, None)
            if path is None:
                return
            pending.append(pool.submit(_prepare, path, is_done))

    try:
        refill()
        done = 0
        while pending and not cancel.cancelled:
            decoded = _wait(pending[0], cancel)
            if decoded is None:
                break
            pending.popleft()
            refill()
            if decoded.skipped and decoded.sha256:
                item: ScreeningRow | SkippedImage = SkippedImage(str(decoded.path), decoded.sha256)
            else:
                item = _score(decoded, runtime, threshold)
            del decoded  # let the pixels go before the next one is taken
            yield item
            done += 1
            if progress:
                progress(done, total)
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# -- a recorded run over a folder --------------------------------------------------------------


@dataclass
class ScreeningSummary:
    """Counts a user is told at the end: the figures cover this run's images only."""

    total: int
    scored: int = 0  # newly scored in this run
    flagged: int = 0  # of those newly scored
    failed: list[ScreeningRow] = field(default_factory=list)
    skipped: int = 0  # already scored by this model version in an earlier run
    status: str = "running"

    @property
    def done(self) -> int:
        return self.scored + len(self.failed) + self.skipped

    def count(self, row: ScreeningRow) -> None:
        if row.error is not None:
            self.failed.append(row)
        else:
            self.scored += 1
            self.flagged += bool(row.flagged)


class FolderScreening:
    """One recorded screening run over a folder: ``for row in FolderScreening(...)``; then ``.summary``, ``.run_id``.

    Finding the images happens on construction (raises ``FolderNotFound``); the run starts on iteration.

    Yields a ``ScreeningRow`` for each image scored or failed in this run, each already committed
    to the store when it arrives. Images already scored by this model version are skipped (not
    yielded; counted in ``summary.skipped``) and linked to this run, so ``store.rows_for_run(run_id)``
    lists every image of the folder. The run is marked 'completed' when every image was handled,
    'cancelled' otherwise (cancel token, ``break``, an exception); a killed process leaves it 'running'.
    """

    def __init__(
        self,
        folder: str | Path,
        runtime: Scorer,
        store: ResultStore,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
        *,
        recursive: bool = True,
        workers: int = DEFAULT_WORKERS,
        images: Sequence[Path] | None = None,
        threshold: float | None = None,
    ) -> None:
        self.folder = Path(folder).absolute()
        self.runtime = runtime
        self.store = store
        self.cancel = cancel or CancelToken()
        self.progress = progress
        self.workers = workers
        self.threshold = threshold
        own = [store.path, *(Path(f"{store.path}{suffix}") for suffix in SIDECAR_SUFFIXES)]
        self.images: list[Path] = list(images) if images is not None else find_images(self.folder, recursive, exclude=own)
        self.summary = ScreeningSummary(total=len(self.images))
        self.run_id: int | None = None

    def __iter__(self) -> Iterator[ScreeningRow]:
        if self.run_id is not None:
            raise RuntimeError("a FolderScreening runs once; make a new one to screen again")
        self.run_id = self.store.start_run(self.folder, self.runtime.info)
        return self._rows(self.run_id)

    def _rows(self, run_id: int) -> Iterator[ScreeningRow]:
        version = self.runtime.info.version
        known = self.store.scored_hashes(version)
        log.info("run %d: screening %d images in %s (%d known to model %s)", run_id, len(self.images), self.folder,
                 len(known), version)
        summary = self.summary
        try:
            for item in screen_images(self.images, self.runtime, is_done=known.__contains__, cancel=self.cancel,
                                      progress=self.progress, workers=self.workers, threshold=self.threshold):
                if isinstance(item, SkippedImage):
                    if not self.store.link_existing(run_id, item.file, item.sha256, version):
                        log.warning("run %d: earlier result for %s has gone from the store", run_id, item.file)
                    summary.skipped += 1
                    continue
                self.store.add_row(run_id, item)
                summary.count(item)
                yield item
        finally:
            summary.status = "completed" if summary.done == summary.total else "cancelled"
            self.store.finish_run(run_id, summary.status)
            log.info("run %d %s: %d scored, %d failed, %d skipped of %d", run_id, summary.status, summary.scored,
                     len(summary.failed), summary.skipped, summary.total)
