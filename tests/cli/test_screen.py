"""``cxrviewer-cli screen``: exit codes, summary, CSV, and surviving ``kill -9``."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from cxrviewer.cli import main
from cxrviewer.core.review.decisions import DECISION_CSV_COLUMNS
from cxrviewer.core.screening.store import CSV_COLUMNS
from tests.conftest import make_png

REPO = Path(__file__).resolve().parents[2]


def write_xrays(folder: Path, count: int, pixels: np.ndarray) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        img = pixels.copy()
        img[:4, :4] = i
        paths.append(make_png(folder / f"cxr{i:03d}.png", img))
    return paths


@pytest.fixture(scope="module")
def model(model_dir, tmp_path_factory) -> str:
    """The bundled model without its chest-X-ray embedding gate, which decides about generated images
    differently with every retrained model (the gate has its own tests)."""
    folder = tmp_path_factory.mktemp("model") / "model"
    shutil.copytree(model_dir, folder, ignore=shutil.ignore_patterns("ood.npz"))
    return str(folder)


def _results_db(home: Path) -> Path:
    return home / "data" / "results.sqlite"


def test_all_scored_exits_0_and_writes_one_csv_row_per_image(tmp_path, model, synthetic_xray, capsys):
    write_xrays(tmp_path / "scans", 3, synthetic_xray)
    out = tmp_path / "results.csv"
    assert main(["screen", str(tmp_path / "scans"), "--model", model, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "scored now:                 3" in printed and "failed:                     0" in printed
    with out.open(newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == (*CSV_COLUMNS, *DECISION_CSV_COLUMNS)
        rows = list(reader)
    assert sorted(Path(r["file"]).name for r in rows) == ["cxr000.png", "cxr001.png", "cxr002.png"]
    assert all(r["patient_id"] == r["study_date"] == r["accession_number"] == "" for r in rows)  # PNG: none
    assert all(r["error"] == "" and 0 <= float(r["probability"]) <= 1 for r in rows)


def test_some_failed_exits_1_and_lists_them_with_reasons(tmp_path, model, synthetic_xray, capsys):
    folder = tmp_path / "scans"
    write_xrays(folder, 2, synthetic_xray)
    (folder / "empty.png").write_bytes(b"")
    out = tmp_path / "results.csv"
    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "Failed files:" in printed and f"{folder / 'empty.png'}: This file is empty (0 bytes)." in printed
    with out.open(newline="") as handle:
        errors = {Path(r["file"]).name: r["error"] for r in csv.DictReader(handle)}
    assert errors == {"cxr000.png": "", "cxr001.png": "", "empty.png": "This file is empty (0 bytes)."}


def test_second_run_skips_what_is_done_and_csv_still_lists_everything(tmp_path, model, synthetic_xray, capsys):
    write_xrays(tmp_path / "scans", 3, synthetic_xray)
    assert main(["screen", str(tmp_path / "scans"), "--model", model]) == 0
    capsys.readouterr()
    out = tmp_path / "again.csv"
    assert main(["screen", str(tmp_path / "scans"), "--model", model, "--out", str(out)]) == 0
    assert "already scored (skipped):   3" in capsys.readouterr().out
    assert len(out.read_text().splitlines()) == 1 + 3


def test_no_images_exits_2_with_a_clear_message(tmp_path, model, synthetic_xray, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["screen", str(tmp_path / "empty"), "--model", model]) == 2
    assert "no files found" in capsys.readouterr().err
    assert main(["screen", str(tmp_path / "missing"), "--model", model]) == 2
    assert "does not exist" in capsys.readouterr().err
    write_xrays(tmp_path / "top" / "sub", 1, synthetic_xray)  # only below: not screened without recursion
    assert main(["screen", str(tmp_path / "top"), "--model", model, "--no-recursive"]) == 2
    assert main(["screen", str(tmp_path / "top"), "--model", model]) == 0


def test_model_that_cannot_load_exits_3(tmp_path, synthetic_xray, capsys):
    write_xrays(tmp_path / "scans", 1, synthetic_xray)
    (tmp_path / "no_model").mkdir()
    assert main(["screen", str(tmp_path / "scans"), "--model", str(tmp_path / "no_model")]) == 3
    assert "model could not be found" in capsys.readouterr().err


def test_subprocess_reports_progress_on_stderr_and_summary_on_stdout(tmp_path, model, synthetic_xray):
    write_xrays(tmp_path / "scans", 2, synthetic_xray)
    result = subprocess.run([sys.executable, "-m", "cxrviewer", "screen", str(tmp_path / "scans"), "--workers", "1",
                             "--model", model],
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "2/2" in result.stderr  # the progress bar
    assert "scored now:                 2" in result.stdout and "not a diagnosis" in result.stdout


def _count_rows(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


def test_kill_9_loses_no_finished_row_and_the_rerun_completes(tmp_path, model, isolated_home):
    """Large-ish images so the run lasts long enough to be killed part way."""
    folder = tmp_path / "scans"
    folder.mkdir()
    rng = np.random.default_rng(1)
    base = cv2.resize(rng.integers(40, 220, (64, 64), dtype=np.uint8), (900, 900), interpolation=cv2.INTER_CUBIC)
    for i in range(40):
        noisy = np.clip(base.astype(np.int16) + rng.integers(-12, 12, base.shape), 0, 255).astype(np.uint8)
        make_png(folder / f"cxr{i:03d}.png", noisy)
    db = _results_db(isolated_home)
    command = [sys.executable, "-m", "cxrviewer", "screen", str(folder), "--model", model]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while _count_rows(db) < 1 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT file, probability, screened_at FROM results ORDER BY file").fetchall()
        assert conn.execute("SELECT status FROM runs").fetchall() == [("running",)]  # shown as interrupted
    assert 1 <= len(kept) < 40
    assert all(0.0 <= p <= 1.0 for _, p, _ in kept)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already scored (skipped):   {len(kept)}" in rerun.stdout
    with sqlite3.connect(db) as conn:
        final = conn.execute("SELECT file, probability, screened_at FROM results ORDER BY file").fetchall()
        statuses = conn.execute("SELECT status FROM runs ORDER BY id").fetchall()
    assert len(final) == 40 and statuses == [("running",), ("completed",)]
    assert set(kept) <= set(final)  # the rows from before the kill are untouched


def test_files_that_are_not_screened_are_listed_with_what_to_do(tmp_path, model, synthetic_xray, capsys):
    """DICOM, TIFF and the like used to be left out silently: now each has a row and the run exits 1."""
    from PIL import Image

    folder = tmp_path / "scans"
    write_xrays(folder, 2, synthetic_xray)
    (folder / "chest.dcm").write_bytes(b"\x00" * 128 + b"DICM" + b"\x00" * 64)
    Image.fromarray(synthetic_xray).save(folder / "scan.tif", "TIFF")
    (folder / "notes.txt").write_text("x")
    (folder / ".DS_Store").write_bytes(b"x")
    out = folder / "results.csv"  # saved into the screened folder: not screened on the next run
    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert f"{folder / 'chest.dcm'}: This file is marked as DICOM, but its contents are not readable DICOM data" in printed
    assert f"{folder / 'scan.tif'}: TIFF files are not supported: save the image as PNG or JPEG" in printed
    with out.open(newline="") as handle:
        errors = {Path(r["file"]).name: r["error"] for r in csv.DictReader(handle)}
    assert sorted(errors) == ["chest.dcm", "cxr000.png", "cxr001.png", "notes.txt", "scan.tif"]
    assert errors["cxr000.png"] == "" and errors["notes.txt"].startswith("This file is not an image")

    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 1  # again: the CSV is not a row
    assert "5 of 5 images" in capsys.readouterr().out


def test_rerunning_keeps_one_row_per_unreadable_file(tmp_path, model, synthetic_xray, isolated_home, capsys):
    folder = tmp_path / "scans"
    write_xrays(folder, 1, synthetic_xray)
    os.symlink("gone.png", folder / "dangling.png")
    os.symlink("loop.png", folder / "loop.png")
    for _ in range(3):
        assert main(["screen", str(folder), "--model", model]) == 1
    capsys.readouterr()
    assert _count_rows(_results_db(isolated_home)) == 3


def test_a_folder_with_a_dicom_gives_its_identifiers_in_the_csv_and_names_only_when_asked(tmp_path, model, synthetic_xray,
                                                                                         capsys):
    pytest.importorskip("pydicom", reason="pydicom is not installed in this environment")
    from tests.dicom_files import write_chest_dicom

    folder = tmp_path / "export"
    write_xrays(folder, 1, synthetic_xray)
    write_chest_dicom(folder, "IM000001")  # a PACS export: no extension
    out = tmp_path / "worklist.csv"
    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    dicom = rows["IM000001"]
    assert dicom["error"] == "" and 0 <= float(dicom["probability"]) <= 1
    assert (dicom["patient_id"], dicom["study_date"], dicom["accession_number"]) == ("PID-0042", "2024-03-15", "ACC-7781")
    assert "patient_name" not in dicom and "Doe" not in out.read_text(encoding="utf-8")

    assert main(["screen", str(folder), "--model", model, "--out", str(out), "--patient-names"]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert rows["IM000001"]["patient_name"] == "Doe, Jane" and rows["cxr000.png"]["patient_name"] == ""


@pytest.mark.real_data
def test_a_cut_off_film_keeps_its_caution_in_the_screen_csv_and_the_results_database(tmp_path, model, shared_cxr,
                                                                                      isolated_home, capsys):
    from cxrviewer.core.screening.store import ResultStore
    from tests.core.cut_off_film import BOTTOM_EDGE, whole_film, write_cut_off_film

    folder = tmp_path / "scans"
    write_cut_off_film(shared_cxr, folder)
    shutil.copyfile(whole_film(shared_cxr), folder / "whole.jpg")
    out = tmp_path / "worklist.csv"
    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {Path(r["file"]).name: r for r in csv.DictReader(handle)}
    assert rows["cut_off.png"]["error"] == "" and BOTTOM_EDGE in rows["cut_off.png"]["cautions"]
    assert rows["whole.jpg"]["error"] == "" and rows["whole.jpg"]["cautions"] == ""

    assert main(["screen", str(folder), "--model", model, "--out", str(out)]) == 0  # all skipped: still there
    with out.open(newline="", encoding="utf-8") as handle:
        again = {Path(r["file"]).name: r["cautions"] for r in csv.DictReader(handle)}
    assert again == {name: row["cautions"] for name, row in rows.items()}
    with ResultStore(_results_db(isolated_home)) as store:
        (latest, *_earlier) = store.list_runs()
        stored = {Path(r.file).name: r.cautions for r in store.rows_for_run(latest.id)}
    assert stored == {"cut_off.png": (rows["cut_off.png"]["cautions"],), "whole.jpg": ()}
    capsys.readouterr()
