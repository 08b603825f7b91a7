"""Folder screening: every file gets a row, bad files never stop the batch, runs resume and cancel."""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from cxrviewer.core.errors import NotChestXray
from cxrviewer.core.image import reading
from cxrviewer.core.model.runtime import ModelRuntime
from cxrviewer.core.screening import batch
from cxrviewer.core.screening.batch import UNEXPECTED_ERROR, FolderNotFound, FolderScreening, find_images, screen_images
from cxrviewer.core.screening.store import ResultStore, export_csv
from cxrviewer.core.types import CancelToken, ModelInfo
from tests.conftest import make_png


def write_xrays(folder: Path, count: int, pixels: np.ndarray, prefix: str = "cxr") -> list[Path]:
    """``count`` chest-like PNGs with distinct content (so each has its own sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        img = pixels.copy()
        img[:4, :4] = i % 256
        img[4:8, :4] = i // 256
        paths.append(make_png(folder / f"{prefix}{i:03d}.png", img))
    return paths


class RecordingRuntime:
    """The real runtime, recording which thread calls it; optionally slow or refusing some files."""

    def __init__(self, runtime, delay: float = 0.0, refuse: str | None = None) -> None:
        self._runtime, self.delay, self.refuse = runtime, delay, refuse
        self.info, self.threshold = runtime.info, runtime.threshold
        self.threads: set[int] = set()
        self.calls = 0

    def predict(self, image, threshold=None):
        self.threads.add(threading.get_ident())
        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        if self.refuse and image.path is not None and image.path.name == self.refuse:
            raise NotChestXray()
        return self._runtime.predict(image, threshold)


@pytest.fixture(scope="module")
def scorer(model_dir, tmp_path_factory) -> ModelRuntime:
    """The bundled model without its "is this a chest X-ray" embedding gate, so generated images get scores.

    The gate is the runtime's business (tests/core/test_runtime.py); here it would only decide which
    synthetic pictures count as X-rays, and it changes with every retrained model.
    """
    folder = tmp_path_factory.mktemp("model") / "model"
    shutil.copytree(model_dir, folder, ignore=shutil.ignore_patterns("ood.npz"))
    return ModelRuntime(folder)


@pytest.fixture
def store(tmp_path):
    with ResultStore(tmp_path / "results.sqlite") as opened:
        yield opened


# -- finding -----------------------------------------------------------------------------------


def test_find_images_lists_every_file_but_hidden_ones_and_cxrviewers_own(tmp_path, synthetic_xray):
    make_png(tmp_path / "a.png", synthetic_xray)
    (tmp_path / "b.JPG").write_bytes(b"x")
    (tmp_path / "c.Jpeg").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "study.dcm").write_bytes(b"x")
    (tmp_path / "patients.csv").write_text("name,age\n")  # someone's own CSV: listed
    (tmp_path / "._a.png").write_bytes(b"macOS resource fork")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    export_csv([], tmp_path / "results.csv")  # a CSV cxrviewer exported into the folder
    with ResultStore(tmp_path / "results.sqlite") as opened:
        opened.start_run(tmp_path, ModelInfo("m", "1", "x"))  # makes results.sqlite-wal and -shm
        assert Path(f"{opened.path}-wal").exists()
        (tmp_path / "sub" / "deeper").mkdir(parents=True)
        make_png(tmp_path / "sub" / "deeper" / "d.png", synthetic_xray)
        (tmp_path / ".hidden").mkdir()
        make_png(tmp_path / ".hidden" / "e.png", synthetic_xray)
        names = lambda paths: [p.relative_to(tmp_path).as_posix() for p in paths]  # noqa: E731
        everything = ["a.png", "b.JPG", "c.Jpeg", "notes.txt", "patients.csv", "study.dcm"]
        assert names(find_images(tmp_path)) == everything + ["sub/deeper/d.png"]
        assert names(find_images(tmp_path, recursive=False)) == everything
        assert names(find_images(tmp_path, exclude=[tmp_path / "notes.txt"])) == [n for n in everything if n != "notes.txt"] + [
            "sub/deeper/d.png"
        ]


def test_find_images_survives_folder_link_loops(tmp_path, synthetic_xray):
    make_png(tmp_path / "a.png", synthetic_xray)
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "back_to_top")
    os.symlink("self.png", tmp_path / "self.png")  # a file link that points at itself
    found = find_images(tmp_path)
    assert sorted(p.name for p in found) == ["a.png", "self.png"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FolderNotFound, match="does not exist"):
        find_images(tmp_path / "nope")


# -- rows for every file -----------------------------------------------------------------------


def test_bad_files_become_error_rows_and_the_batch_completes(tmp_path, scorer, store, synthetic_xray, monkeypatch):
    folder = tmp_path / "scans"
    good = write_xrays(folder, 3, synthetic_xray)
    good_bytes = good[0].read_bytes()
    (folder / "corrupt.png").write_bytes(good_bytes[: len(good_bytes) // 2])
    (folder / "empty.png").write_bytes(b"")
    (folder / "letter.jpg").write_text("Dear colleague, ...")
    locked = make_png(folder / "locked.png", synthetic_xray[::-1].copy())
    locked.chmod(0)
    os.symlink("loop.png", folder / "loop.png")
    os.symlink("gone.png", folder / "dangling.png")
    if os.geteuid() == 0:  # root reads anything: simulate the denied read
        real_open = os.open

        def deny(path, *args, **kwargs):
            if Path(path).name == "locked.png":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(reading.os, "open", deny)

    job = FolderScreening(folder, scorer, store)
    rows = {Path(r.file).name: r for r in job}
    assert job.summary.status == "completed" and job.summary.scored == 3 and len(job.summary.failed) == 6
    for path in good:
        assert rows[path.name].error is None and 0.0 <= rows[path.name].probability <= 1.0
    assert "incomplete" in rows["corrupt.png"].error
    assert rows["empty.png"].error == "This file is empty (0 bytes)."
    assert "not an image" in rows["letter.jpg"].error
    assert "permission denied" in rows["locked.png"].error
    assert "link loop" in rows["loop.png"].error
    assert "no longer exists" in rows["dangling.png"].error
    for name in ("corrupt.png", "empty.png", "letter.jpg", "locked.png", "loop.png", "dangling.png"):
        row = rows[name]
        assert row.probability is None and row.flagged is None and row.model_version == scorer.info.version
    assert rows["empty.png"].sha256 is not None and rows["loop.png"].sha256 is None
    assert len(store.rows_for_run(job.run_id)) == 9


def test_every_file_of_a_folder_gets_a_row_that_says_what_to_do(tmp_path, scorer, store, synthetic_xray):
    """A clinician must never believe an image was screened when it was not: no file is left out silently."""
    from PIL import Image

    folder = tmp_path / "scans"
    write_xrays(folder, 1, synthetic_xray)
    for fmt, name in (("TIFF", "scan.tif"), ("BMP", "scan.bmp"), ("GIF", "scan.gif"), ("WEBP", "scan.webp")):
        Image.fromarray(synthetic_xray).save(folder / name, fmt)
    (folder / "chest.dcm").write_bytes(b"\x00" * 128 + b"DICM" + b"\x00" * 64)
    (folder / "notes.txt").write_text("Patient 12: follow up")
    (folder / "scan.png.partial").write_bytes(make_png(tmp_path / "x.png", synthetic_xray).read_bytes()[:300])
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.png")
    (folder / ".hidden.png").write_bytes(b"x")

    job = FolderScreening(folder, scorer, store)
    rows = {Path(r.file).name: r for r in job}
    expected = {"cxr000.png", "scan.tif", "scan.bmp", "scan.gif", "scan.webp", "chest.dcm", "notes.txt", "scan.png.partial"}
    expected |= {"pipe.png"} if hasattr(os, "mkfifo") else set()
    assert set(rows) == expected and job.summary.total == len(expected)
    assert rows["cxr000.png"].error is None
    for name, kind in (("scan.tif", "TIFF"), ("scan.bmp", "BMP"), ("scan.gif", "GIF"), ("scan.webp", "WebP")):
        assert rows[name].error == f"{kind} files are not supported: save the image as PNG or JPEG and open that."
    assert rows["chest.dcm"].error.startswith("This file is marked as DICOM, but its contents are not readable DICOM data")
    assert rows["notes.txt"].error == "This file is not an image cxrviewer can open (use PNG, JPEG or DICOM)."
    assert "incomplete" in rows["scan.png.partial"].error
    if hasattr(os, "mkfifo"):
        assert "not an ordinary file" in rows["pipe.png"].error and rows["pipe.png"].sha256 is None
    assert all(r.probability is None for name, r in rows.items() if name != "cxr000.png")


def test_rerunning_a_folder_keeps_one_row_per_unreadable_file(tmp_path, scorer, store, synthetic_xray):
    """Failures without a content hash (a broken link, a link loop, a pipe) were inserted again on every run."""
    folder = tmp_path / "scans"
    write_xrays(folder, 1, synthetic_xray)
    os.symlink("gone.png", folder / "dangling.png")
    os.symlink("loop.png", folder / "loop.png")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.png")
    (folder / "empty.png").write_bytes(b"")
    files = len(find_images(folder))
    runs = [FolderScreening(folder, scorer, store) for _ in range(3)]
    for job in runs:
        list(job)
    count = store._conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert count == files  # 5 (4 without pipes), not 5 + 2 x 4 failures
    for job in runs:
        assert sorted(Path(r.file).name for r in store.rows_for_run(job.run_id)) == sorted(p.name for p in find_images(folder))
    assert store.get_run(runs[-1].run_id).failed == files - 1


def test_model_refusal_and_unexpected_errors_become_plain_rows(tmp_path, scorer, store, synthetic_xray, monkeypatch, caplog):
    folder = tmp_path / "scans"
    write_xrays(folder, 3, synthetic_xray)
    real_decode = batch.decode_image

    def flaky_decode(data, path=None, sha256=None):
        if path is not None and path.name == "cxr001.png":
            raise RuntimeError("libpng exploded")
        return real_decode(data, path, sha256)

    monkeypatch.setattr(batch, "decode_image", flaky_decode)
    fake = RecordingRuntime(scorer, refuse="cxr002.png")
    with caplog.at_level(logging.ERROR, logger="cxrviewer.core.screening.batch"):
        rows = {Path(r.file).name: r for r in FolderScreening(folder, fake, store)}
    assert rows["cxr000.png"].error is None
    assert rows["cxr001.png"].error == UNEXPECTED_ERROR
    assert "libpng exploded" in caplog.text  # the traceback goes to the log, not to the user
    assert rows["cxr002.png"].error == NotChestXray.default_message


def test_model_is_only_called_from_the_iterating_thread(tmp_path, scorer, synthetic_xray):
    paths = write_xrays(tmp_path, 6, synthetic_xray)
    fake = RecordingRuntime(scorer)
    rows = list(screen_images(paths, fake, workers=3))
    assert len(rows) == 6 and fake.threads == {threading.get_ident()}


def test_progress_counts_every_image_in_order(tmp_path, scorer, synthetic_xray):
    paths = write_xrays(tmp_path, 5, synthetic_xray)
    seen = []
    rows = list(screen_images(paths, scorer, progress=lambda done, total: seen.append((done, total))))
    assert [r.file for r in rows] == [str(p) for p in paths]  # same order as the folder listing
    assert seen == [(i, 5) for i in range(6)]


def test_decoding_runs_only_a_few_images_ahead(tmp_path, scorer, synthetic_xray, monkeypatch):
    """Memory stays flat on a 5,000-image folder because few images wait decoded."""
    paths = write_xrays(tmp_path, 20, synthetic_xray)
    decoded = []
    real_decode = batch.decode_image
    monkeypatch.setattr(batch, "decode_image",
                        lambda data, path=None, sha256=None: decoded.append(path) or real_decode(data, path, sha256))
    rows = screen_images(paths, scorer, workers=2, prefetch=4)
    next(rows)
    time.sleep(0.3)  # a slow consumer: the workers must not race through the folder meanwhile
    assert len(decoded) <= 1 + 4
    rows.close()


# -- cancel and resume -------------------------------------------------------------------------


def test_cancel_stops_within_a_second_and_marks_the_run_cancelled(tmp_path, scorer, store, synthetic_xray):
    folder = tmp_path / "scans"
    write_xrays(folder, 30, synthetic_xray)
    cancel = CancelToken()
    slow = RecordingRuntime(scorer, delay=0.1)  # 30 images would take 3 s
    job = FolderScreening(folder, slow, store, cancel)
    threading.Timer(0.4, cancel.cancel).start()
    started = time.monotonic()
    rows = list(job)
    stopped_after = time.monotonic() - started - 0.4
    assert stopped_after < 1.0
    assert 0 < len(rows) < 30
    assert job.summary.status == "cancelled"
    assert store.get_run(job.run_id).status == "cancelled"
    assert len(store.rows_for_run(job.run_id)) == len(rows)


def test_cancel_while_waiting_for_a_slow_decode(tmp_path, scorer, synthetic_xray, monkeypatch):
    paths = write_xrays(tmp_path, 4, synthetic_xray)
    real_decode = batch.decode_image

    def slow_decode(data, path=None, sha256=None):
        time.sleep(0.5)
        return real_decode(data, path, sha256)

    monkeypatch.setattr(batch, "decode_image", slow_decode)
    cancel = CancelToken()
    threading.Timer(0.1, cancel.cancel).start()
    started = time.monotonic()
    assert list(screen_images(paths, scorer, cancel=cancel)) == []
    assert time.monotonic() - started < 1.0


def test_interrupted_run_resumes_with_only_the_remaining_images(tmp_path, scorer, store, synthetic_xray):
    folder = tmp_path / "scans"
    write_xrays(folder, 12, synthetic_xray)
    cancel = CancelToken()
    first = FolderScreening(folder, scorer, store, cancel)
    first_rows = []
    for row in first:
        first_rows.append(row)
        if len(first_rows) == 5:
            cancel.cancel()  # the "crash": nothing after this row is screened
    assert len(first_rows) == 5 and store.get_run(first.run_id).status == "cancelled"

    counting = RecordingRuntime(scorer)
    second = FolderScreening(folder, counting, store)
    second_rows = list(second)
    assert counting.calls == 7 and len(second_rows) == 7
    assert {r.file for r in second_rows}.isdisjoint(r.file for r in first_rows)
    assert second.summary.skipped == 5 and second.summary.status == "completed"
    everything = store.rows_for_run(second.run_id)  # reopening the run shows the whole folder
    assert sorted(r.file for r in everything) == sorted(str(p) for p in find_images(folder))
    earlier = {r.file: r for r in first_rows}
    assert all(r == earlier[r.file] for r in everything if r.file in earlier)  # kept, not rescored

    third = FolderScreening(folder, counting, store)
    assert list(third) == [] and third.summary.skipped == 12 and counting.calls == 7


def test_failed_images_are_retried_on_the_next_run(tmp_path, scorer, store, synthetic_xray):
    folder = tmp_path / "scans"
    write_xrays(folder, 2, synthetic_xray)
    refusing = RecordingRuntime(scorer, refuse="cxr001.png")
    first = FolderScreening(folder, refusing, store)
    list(first)
    assert len(first.summary.failed) == 1
    second = FolderScreening(folder, scorer, store)
    rows = list(second)
    assert [Path(r.file).name for r in rows] == ["cxr001.png"] and rows[0].error is None
    assert second.summary.skipped == 1


def test_leaving_the_loop_early_marks_the_run_cancelled(tmp_path, scorer, store, synthetic_xray):
    folder = tmp_path / "scans"
    write_xrays(folder, 6, synthetic_xray)
    job = FolderScreening(folder, scorer, store)
    rows = iter(job)
    next(rows)
    rows.close()  # e.g. the GUI window closed mid-run
    assert store.get_run(job.run_id).status == "cancelled"


def test_screening_history_lists_each_run(tmp_path, scorer, store, synthetic_xray):
    write_xrays(tmp_path / "a", 2, synthetic_xray, prefix="a")
    write_xrays(tmp_path / "b", 3, synthetic_xray, prefix="b")
    for folder in ("a", "b"):
        list(FolderScreening(tmp_path / folder, scorer, store))
    history = store.list_runs()
    assert [(Path(r.folder).name, r.status, r.images) for r in history] == [("b", "completed", 3), ("a", "completed", 2)]
    assert all(r.model_version == scorer.info.version for r in history)


def test_blank_picture_is_refused_by_the_bundled_model_as_not_a_chest_xray(tmp_path, runtime, store, synthetic_xray):
    folder = tmp_path / "scans"
    make_png(folder.mkdir() or folder / "blank.png", np.full((300, 260), 128, np.uint8))
    rows = list(FolderScreening(folder, runtime, store))
    assert [r.error for r in rows] == [NotChestXray.default_message]


@pytest.mark.real_data
def test_real_chest_xrays_are_scored_by_the_bundled_model(tmp_path, runtime, store, shared_cxr):
    folder = shared_cxr / "images" / "jsrt"
    images = find_images(folder)[:20]
    job = FolderScreening(folder, runtime, store, images=images)
    rows = list(job)
    assert len(rows) == 20 and job.summary.status == "completed"
    assert job.summary.scored >= 18  # the chest-X-ray gate refuses about 1 in 200 real X-rays by design
    assert all(r.error in (None, NotChestXray.default_message) for r in rows)


# -- DICOM in a screened folder ------------------------------------------------------------------


def test_a_dicom_without_extension_is_screened_with_its_identifiers(tmp_path, scorer, store, synthetic_xray):
    """PACS exports have no extension: the content decides, and the row (and its CSV) names the patient's study."""
    pytest.importorskip("pydicom", reason="pydicom is not installed in this environment")
    from tests.dicom_files import PATIENT_SHOWN, write_chest_dicom

    folder = tmp_path / "export"
    write_xrays(folder, 1, synthetic_xray)
    write_chest_dicom(folder, "IM000001")
    refuse = RecordingRuntime(scorer, refuse="IM000002")
    write_chest_dicom(folder, "IM000002", PatientID="PID-0043", pixels=synthetic_xray)
    job = FolderScreening(folder, refuse, store)
    rows = {Path(r.file).name: r for r in job}
    dicom = rows["IM000001"]
    assert dicom.error is None and dicom.probability is not None
    assert {key: getattr(dicom, key) for key in PATIENT_SHOWN} == PATIENT_SHOWN
    refused = rows["IM000002"]  # decoded, refused by the model: still says whose image it is
    assert refused.probability is None and refused.patient_id == "PID-0043"
    assert rows["cxr000.png"].patient_id == "" and rows["cxr000.png"].study_date == ""
    assert store.rows_for_run(job.run_id)[1].accession_number in ("ACC-7781", "")

    out = folder / "worklist.csv"
    export_csv(store.rows_for_run(job.run_id), out)
    import csv

    with out.open(newline="", encoding="utf-8") as handle:
        by_file = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert by_file["IM000001"]["patient_id"] == "PID-0042" and by_file["IM000001"]["study_date"] == "2024-03-15"
    assert by_file["IM000001"]["accession_number"] == "ACC-7781" and "patient_name" not in by_file["IM000001"]
    assert by_file["cxr000.png"]["patient_id"] == ""


def test_cxrviewers_own_csv_is_left_out_with_decision_columns_or_the_older_header(tmp_path, synthetic_xray):
    make_png(tmp_path / "a.png", synthetic_xray)
    old = "file,sha256,probability,threshold,flagged,model_name,model_version,screened_at,error"
    (tmp_path / "before-identifiers.csv").write_text(old + "\n/x/a.png,,,,,m,1,t,\n")
    before_cautions = old + ",patient_id,study_date,accession_number,decision,reviewer,reviewed_at"
    (tmp_path / "before-cautions.csv").write_text(before_cautions + "\n/x/a.png,,,,,m,1,t,,,,,,,\n")
    export_csv([], tmp_path / "with-decisions.csv", (("decision", "reviewer", "reviewed_at"), lambda rows: []))
    (tmp_path / "someone-else.csv").write_text(old.replace("error", "errors") + "\n")
    assert [p.name for p in find_images(tmp_path)] == ["a.png", "someone-else.csv"]


# -- cautions: a film whose lungs are cut off --------------------------------------------------------


@pytest.mark.real_data
def test_a_cut_off_film_keeps_its_caution_through_screening_reopening_and_the_csv(tmp_path, bundled_runtime, shared_cxr):
    """The bundled model scores a film whose lungs run off its bottom edge with a caution; screening keeps
    the caution in the results database (reopened), in a resumed run and in the CSV."""
    import csv

    from tests.core.cut_off_film import BOTTOM_EDGE, whole_film, write_cut_off_film

    folder = tmp_path / "scans"
    cut = write_cut_off_film(shared_cxr, folder)
    whole = shutil.copyfile(whole_film(shared_cxr), folder / "whole.jpg")
    expected = bundled_runtime.predict(reading.load_image(cut)).cautions
    assert len(expected) == 1 and BOTTOM_EDGE in expected[0]  # the model itself cautions, refuses nothing
    assert bundled_runtime.predict(reading.load_image(whole)).cautions == ()

    path = tmp_path / "results.sqlite"
    with ResultStore(path) as store:
        job = FolderScreening(folder, bundled_runtime, store)
        rows = {Path(r.file).name: r for r in job}
        assert rows["cut_off.png"].error is None and rows["cut_off.png"].cautions == expected
        assert rows["whole.jpg"].error is None and rows["whole.jpg"].cautions == ()
        first = job.run_id
    with ResultStore(path) as store:  # another day: the database reopened
        stored = {Path(r.file).name: r for r in store.rows_for_run(first)}
        assert stored["cut_off.png"] == rows["cut_off.png"] and stored["whole.jpg"].cautions == ()
        again = FolderScreening(folder, bundled_runtime, store)  # everything already scored: nothing new
        assert list(again) == [] and again.summary.skipped == 2
        out = tmp_path / "worklist.csv"
        export_csv(store.rows_for_run(again.run_id), out)
    with out.open(newline="", encoding="utf-8") as handle:
        exported = {Path(r["file"]).name: r["cautions"] for r in csv.DictReader(handle)}
    assert exported == {"cut_off.png": expected[0], "whole.jpg": ""}
