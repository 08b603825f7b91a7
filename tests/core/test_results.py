"""The results store: rows survive as soon as they are added, failures are retried, CSV is atomic."""

from __future__ import annotations

import csv
import dataclasses
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from cxrviewer.core.screening.store import CSV_COLUMNS, ResultStore, export_csv
from cxrviewer.core.types import ModelInfo, ScreeningRow

MODEL = ModelInfo("test-model", "1.0", "abc")
OTHER_VERSION = ModelInfo("test-model", "2.0", "def")


def _row(name: str, sha: str | None, probability: float | None = 0.7, error: str | None = None,
         model: ModelInfo = MODEL) -> ScreeningRow:
    scored = error is None
    return ScreeningRow(
        file=f"/scans/{name}", sha256=sha, probability=probability if scored else None,
        threshold=0.5 if scored else None, flagged=(probability >= 0.5) if scored else None,
        model_name=model.name, model_version=model.version, screened_at="2026-01-02T03:04:05+00:00", error=error,
    )


@pytest.fixture
def store(tmp_path):
    with ResultStore(tmp_path / "results.sqlite") as opened:
        yield opened


def test_default_location_is_the_user_data_folder(isolated_home):
    with ResultStore() as store:
        assert store.path == isolated_home / "data" / "results.sqlite"
        assert store.path.is_file()


def test_database_uses_wal_so_finished_rows_survive_a_killed_process(store):
    other = sqlite3.connect(store.path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    run = store.start_run("/scans", MODEL)
    store.add_row(run, _row("a.png", "a" * 64))
    # another process sees the row at once, before the run is finished: it is committed
    assert other.execute("SELECT file, probability FROM results").fetchall() == [("/scans/a.png", 0.7)]
    other.close()


def test_run_round_trip_and_history_list(store):
    first = store.start_run("/scans/monday", MODEL)
    store.add_row(first, _row("a.png", "a" * 64, 0.9))
    store.add_row(first, _row("b.png", "b" * 64, 0.1))
    store.add_row(first, _row("c.png", None, error="This file is empty (0 bytes)."))
    store.finish_run(first, "completed")
    second = store.start_run("/scans/tuesday", MODEL)
    store.finish_run(second, "cancelled")

    history = store.list_runs()
    assert [r.id for r in history] == [second, first]  # newest first
    monday = history[1]
    assert (monday.folder, monday.status, monday.images, monday.flagged, monday.failed) == ("/scans/monday", "completed", 3, 1, 1)
    assert monday.model_name == "test-model" and monday.model_version == "1.0"
    assert monday.started_at.endswith("+00:00") and monday.finished_at is not None
    assert history[0].status == "cancelled" and history[0].images == 0

    rows = store.rows_for_run(first)
    assert [r.file for r in rows] == ["/scans/a.png", "/scans/b.png", "/scans/c.png"]
    assert rows[0] == _row("a.png", "a" * 64, 0.9)
    assert rows[2].error == "This file is empty (0 bytes)." and rows[2].probability is None


def test_unfinished_run_stays_running_and_unknown_status_is_refused(store):
    run = store.start_run("/scans", MODEL)
    assert store.get_run(run).status == "running"
    with pytest.raises(ValueError):
        store.finish_run(run, "done")


def test_only_successful_rows_count_as_already_scored(store):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, _row("good.png", "g" * 64))
    store.add_row(run, _row("bad.png", "b" * 64, error="This does not look like a frontal chest X-ray — no score shown."))
    assert store.already_scored("g" * 64, "1.0")
    assert not store.already_scored("b" * 64, "1.0")  # a failure is retried next time
    assert not store.already_scored("g" * 64, "2.0")  # another model version scores it again
    assert store.scored_hashes("1.0") == {"g" * 64}


def test_a_later_success_replaces_a_failure_but_a_failure_never_replaces_a_score(store):
    first = store.start_run("/scans", MODEL)
    store.add_row(first, _row("x.png", "x" * 64, error="This image file is damaged or cannot be read."))
    store.add_row(first, _row("y.png", "y" * 64, 0.8))
    second = store.start_run("/scans", MODEL)
    store.add_row(second, _row("x.png", "x" * 64, 0.3))
    store.add_row(second, _row("y.png", "y" * 64, error="This image file is damaged or cannot be read."))
    assert store.already_scored("x" * 64, "1.0")
    by_file = {r.file: r for r in store.rows_for_run(second)}
    assert by_file["/scans/x.png"].probability == 0.3 and by_file["/scans/x.png"].error is None
    assert by_file["/scans/y.png"].probability == 0.8 and by_file["/scans/y.png"].error is None


def test_skipped_images_are_listed_in_the_resumed_run(store):
    first = store.start_run("/scans", MODEL)
    store.add_row(first, _row("a.png", "a" * 64, 0.9))
    store.finish_run(first, "cancelled")
    second = store.start_run("/scans", MODEL)
    assert store.link_existing(second, "/scans/a.png", "a" * 64, "1.0")
    assert not store.link_existing(second, "/scans/new.png", "n" * 64, "1.0")
    store.add_row(second, _row("b.png", "b" * 64, 0.2))
    assert [r.file for r in store.rows_for_run(second)] == ["/scans/a.png", "/scans/b.png"]
    assert store.rows_for_run(second)[0].probability == 0.9
    assert store.get_run(second).images == 2


def test_same_image_scored_by_two_model_versions_keeps_both(store):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, _row("a.png", "a" * 64, 0.9))
    run2 = store.start_run("/scans", OTHER_VERSION)
    store.add_row(run2, _row("a.png", "a" * 64, 0.4, model=OTHER_VERSION))
    assert store.rows_for_run(run)[0].probability == 0.9
    assert store.rows_for_run(run2)[0].probability == 0.4


def test_writes_from_two_threads_are_all_kept(store):
    run = store.start_run("/scans", MODEL)

    def write(prefix: str) -> None:
        for i in range(40):
            store.add_row(run, _row(f"{prefix}{i}.png", f"{prefix}{i:063d}"))

    threads = [threading.Thread(target=write, args=(p,)) for p in "ab"]
    for t in threads:
        t.start()
    for _ in range(20):
        store.list_runs()  # the GUI thread reading the history meanwhile
    for t in threads:
        t.join()
    assert len(store.rows_for_run(run)) == 80


# -- CSV ---------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        return list(reader)


def test_csv_has_exactly_the_documented_columns_and_one_row_per_image(tmp_path):
    rows = [_row("a.png", "a" * 64, 0.91), _row("b, with comma.png", "b" * 64, 0.12),
            _row("c.png", None, error="This file is empty (0 bytes).")]
    out = tmp_path / "out.csv"
    assert export_csv(rows, out) == 3
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "file,sha256,probability,threshold,flagged,model_name,model_version,screened_at,error,"
        "patient_id,study_date,accession_number,cautions"
    )
    a, b, c = _read_csv(out)
    assert a == {"file": "/scans/a.png", "sha256": "a" * 64, "probability": "0.910000", "threshold": "0.500000",
                 "flagged": "true", "model_name": "test-model", "model_version": "1.0",
                 "screened_at": "2026-01-02T03:04:05+00:00", "error": "", "patient_id": "", "study_date": "",
                 "accession_number": "", "cautions": ""}  # a PNG: no identifiers, and no caution
    assert b["file"] == "/scans/b, with comma.png" and b["flagged"] == "false"
    assert c["error"] == "This file is empty (0 bytes)." and c["probability"] == "" and c["flagged"] == ""


def test_failed_export_leaves_the_previous_csv_untouched_and_no_temp_file(tmp_path):
    out = tmp_path / "out.csv"
    export_csv([_row("old.png", "o" * 64)], out)
    before = out.read_bytes()

    def rows_then_failure():
        yield _row("a.png", "a" * 64)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        export_csv(rows_then_failure(), out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_export_failing_at_the_rename_leaves_no_temp_file(tmp_path, monkeypatch):
    out = tmp_path / "out.csv"
    export_csv([_row("old.png", "o" * 64)], out)
    before = out.read_bytes()

    def refuse(src, dst):
        raise PermissionError("the file is open in a spreadsheet")

    monkeypatch.setattr("cxrviewer.core.atomic.os.replace", refuse)
    with pytest.raises(PermissionError):
        export_csv([_row("a.png", "a" * 64)], out)
    assert out.read_bytes() == before
    assert os.listdir(tmp_path) == ["out.csv"]


def test_store_exports_the_rows_of_a_run(store, tmp_path):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, _row("a.png", "a" * 64))
    out = tmp_path / "run.csv"
    assert store.export_csv(store.rows_for_run(run), out) == 1
    assert [r["file"] for r in _read_csv(out)] == ["/scans/a.png"]


# -- failures without a content hash -----------------------------------------------------------


def test_a_failure_without_a_hash_is_kept_once_per_file_and_model_version(store):
    for _ in range(3):
        run = store.start_run("/scans", MODEL)
        store.add_row(run, _row("loop.png", None, error="This is a link that leads back to itself (a link loop), ..."))
        store.add_row(run, _row("pipe.png", None, error="This is not an ordinary file ..."))
    run = store.start_run("/scans", OTHER_VERSION)
    store.add_row(run, _row("loop.png", None, error="a link loop", model=OTHER_VERSION))
    rows = store._conn.execute("SELECT file, model_version, run_id FROM results ORDER BY file, model_version").fetchall()
    assert rows == [("/scans/loop.png", "1.0", 3), ("/scans/loop.png", "2.0", 4), ("/scans/pipe.png", "1.0", 3)]
    assert [len(store.rows_for_run(r)) for r in (1, 2, 3, 4)] == [2, 2, 2, 1]  # every run still lists its files
    assert store.get_run(1).failed == 2


def test_a_version_1_database_with_repeated_failures_is_cleaned_on_opening(tmp_path):
    """Databases written before the fix hold a row per run for each unreadable file; they are merged."""
    path = tmp_path / "old.sqlite"
    with ResultStore(path) as store:
        store._conn.executescript("DROP INDEX results_without_hash; PRAGMA user_version=1;")
        for _ in range(3):
            run = store.start_run("/scans", MODEL)
            store.add_row(run, _row("a.png", "a" * 64))
            store._conn.execute(  # what version 1 did: a new row every time
                "INSERT INTO results (run_id, file, sha256, model_name, model_version, screened_at, error)"
                " VALUES (?, '/scans/loop.png', NULL, 'test-model', '1.0', ?, 'a link loop')", (run, f"2026-01-0{run}T00:00:00+00:00"))
            store._conn.execute("INSERT INTO run_items VALUES (?, '/scans/loop.png', last_insert_rowid())", (run,))
            store._conn.commit()
        assert store._conn.execute("SELECT COUNT(*) FROM results WHERE sha256 IS NULL").fetchone()[0] == 3
    with ResultStore(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == 4  # through versions 2 and 3 to 4
        kept = store._conn.execute("SELECT screened_at FROM results WHERE sha256 IS NULL").fetchall()
        assert kept == [("2026-01-03T00:00:00+00:00",)]  # the newest
        for run in (1, 2, 3):
            assert sorted(r.file for r in store.rows_for_run(run)) == ["/scans/a.png", "/scans/loop.png"]
        run = store.start_run("/scans", MODEL)
        store.add_row(run, _row("loop.png", None, error="a link loop"))
        assert store._conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 2


# -- owner-only files --------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_results_folder_database_and_exports_are_owner_only(isolated_home, tmp_path):
    data = isolated_home / "data"
    data.mkdir(exist_ok=True)
    data.chmod(0o755)  # as platformdirs' folder is created under a usual umask
    with ResultStore() as store:
        run = store.start_run("/scans", MODEL)
        store.add_row(run, _row("a.png", "a" * 64))
        mode = lambda path: stat.S_IMODE(os.stat(path).st_mode)  # noqa: E731
        assert mode(data) == 0o700
        for suffix in ("", "-wal", "-shm"):
            assert Path(f"{store.path}{suffix}").exists()
            assert mode(f"{store.path}{suffix}") == 0o600, suffix
        out = tmp_path / "export.csv"
        store.export_csv(store.rows_for_run(run), out)
        assert mode(out) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_readable_database_is_made_owner_only(tmp_path):
    folder = tmp_path / "shared-folder"
    folder.mkdir(mode=0o755)
    path = folder / "results.sqlite"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    with ResultStore(path) as store:
        store.start_run("/scans", MODEL)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(f"{path}-wal").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # a folder the user chose is not changed
    new_folder = tmp_path / "new" / "results"
    with ResultStore(new_folder / "results.sqlite"):
        assert stat.S_IMODE(new_folder.stat().st_mode) == 0o700  # one this store creates is owner-only


# -- DICOM identifiers (schema version 3) ------------------------------------------------------

DICOM_IDS = {"patient_id": "PID-0042", "patient_name": "Doe, Jane", "study_date": "2024-03-15", "accession_number": "ACC-7781"}


def test_identifiers_are_stored_read_back_and_exported_without_the_name_unless_asked(store, tmp_path):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, dataclasses.replace(_row("IM0001", "d" * 64, 0.8), **DICOM_IDS))
    store.add_row(run, _row("a.png", "a" * 64, 0.3))
    dicom, png = store.rows_for_run(run)
    assert {key: getattr(dicom, key) for key in DICOM_IDS} == DICOM_IDS
    assert {key: getattr(png, key) for key in DICOM_IDS} == dict.fromkeys(DICOM_IDS, "")

    out = tmp_path / "ids.csv"
    store.export_csv([dicom, png], out)
    text = out.read_text(encoding="utf-8")
    assert "Doe" not in text and "patient_name" not in text  # privacy: no names in a CSV by default
    first, second = _read_csv(out)
    assert (first["patient_id"], first["study_date"], first["accession_number"]) == ("PID-0042", "2024-03-15", "ACC-7781")
    assert (second["patient_id"], second["study_date"], second["accession_number"]) == ("", "", "")

    store.export_csv([dicom], out, patient_names=True)
    with out.open(newline="", encoding="utf-8") as handle:
        (named,) = list(csv.DictReader(handle))
    assert named["patient_name"] == "Doe, Jane"


def test_a_later_result_of_the_same_image_keeps_its_identifiers(store):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, dataclasses.replace(_row("IM0001", "d" * 64, error="refused"), **DICOM_IDS))
    store.add_row(run, dataclasses.replace(_row("IM0001", "d" * 64, 0.8), **DICOM_IDS))
    (row,) = store.rows_for_run(run)
    assert row.error is None and row.patient_id == "PID-0042"


_VERSION_2_SCHEMA = """
CREATE TABLE runs (id INTEGER PRIMARY KEY, folder TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
    model_name TEXT NOT NULL, model_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled')));
CREATE TABLE results (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), file TEXT NOT NULL, sha256 TEXT,
    model_name TEXT NOT NULL, model_version TEXT NOT NULL, probability REAL, threshold REAL, flagged INTEGER,
    screened_at TEXT NOT NULL, error TEXT, UNIQUE (sha256, model_version));
CREATE TABLE run_items (run_id INTEGER NOT NULL REFERENCES runs(id), file TEXT NOT NULL,
    result_id INTEGER NOT NULL REFERENCES results(id), PRIMARY KEY (run_id, file));
CREATE INDEX results_by_run ON results(run_id);
CREATE UNIQUE INDEX results_without_hash ON results(file, model_version) WHERE sha256 IS NULL;
INSERT INTO runs VALUES (1, '/scans', '2026-01-02T03:00:00+00:00', '2026-01-02T03:05:00+00:00', 'test-model', '1.0', 'completed');
INSERT INTO results VALUES (1, 1, '/scans/a.png', 'aaaa', 'test-model', '1.0', 0.91, 0.5, 1, '2026-01-02T03:04:05+00:00', NULL);
INSERT INTO results VALUES (2, 1, '/scans/loop.png', NULL, 'test-model', '1.0', NULL, NULL, NULL,
    '2026-01-02T03:04:06+00:00', 'a link loop');
INSERT INTO run_items VALUES (1, '/scans/a.png', 1);
INSERT INTO run_items VALUES (1, '/scans/loop.png', 2);
PRAGMA user_version = 2;
"""


def test_a_database_written_before_the_identifiers_opens_and_keeps_its_rows(tmp_path):
    """A results database of the previous schema (version 2, no identifier columns), written with plain SQL."""
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(_VERSION_2_SCHEMA)
    conn.close()
    with ResultStore(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == 4
        run = store.get_run(1)
        assert (run.images, run.flagged, run.failed, run.status) == (2, 1, 1, "completed")
        kept, failed = store.rows_for_run(1)
        assert (kept.file, kept.probability, kept.flagged, kept.patient_id, kept.study_date) == ("/scans/a.png", 0.91, True, "", "")
        assert failed.error == "a link loop" and failed.accession_number == ""
        assert store.already_scored("aaaa", "1.0")
        new = store.start_run("/scans", MODEL)  # and it takes new rows with identifiers
        store.add_row(new, dataclasses.replace(_row("IM0001", "d" * 64), **DICOM_IDS))
        assert store.rows_for_run(new)[0].patient_name == "Doe, Jane"
    with ResultStore(path) as again:  # opening it again changes nothing
        assert len(again.rows_for_run(1)) == 2 and again._conn.execute("PRAGMA user_version").fetchone()[0] == 4


# -- cautions (schema version 4) -----------------------------------------------------------------

CUT_OFF = "Part of the lungs may lie outside this image (cut off at the bottom edge). The score cannot judge what is not shown."
OTHER = "A second caution, with a comma, and \"quotes\"."


def test_cautions_are_stored_read_back_and_exported_joined(store, tmp_path):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, dataclasses.replace(_row("cut.png", "c" * 64, 0.4), cautions=(CUT_OFF,)))
    store.add_row(run, dataclasses.replace(_row("two.png", "t" * 64, 0.8), cautions=(CUT_OFF, OTHER)))
    store.add_row(run, _row("whole.png", "w" * 64, 0.2))
    store.add_row(run, _row("bad.png", None, error="This file is empty (0 bytes)."))
    cut, two, whole, bad = store.rows_for_run(run)
    assert cut.cautions == (CUT_OFF,) and two.cautions == (CUT_OFF, OTHER)
    assert whole.cautions == () and bad.cautions == ()
    assert cut == dataclasses.replace(_row("cut.png", "c" * 64, 0.4), cautions=(CUT_OFF,))

    out = tmp_path / "cautions.csv"
    store.export_csv([cut, two, whole, bad], out)
    rows = _read_csv(out)
    assert [r["cautions"] for r in rows] == [CUT_OFF, f"{CUT_OFF} | {OTHER}", "", ""]
    store.export_csv([cut], out, patient_names=True)  # after the patient's name when that is written
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[-2:] == ["patient_name", "cautions"]
        assert next(reader)["cautions"] == CUT_OFF


def test_a_later_result_of_the_same_image_brings_its_own_cautions(store):
    run = store.start_run("/scans", MODEL)
    store.add_row(run, _row("x.png", "x" * 64, error="This image file is damaged or cannot be read."))
    store.add_row(run, dataclasses.replace(_row("x.png", "x" * 64, 0.3), cautions=(CUT_OFF,)))  # replaces the failure
    store.add_row(run, _row("x.png", "x" * 64, error="refused"))  # a failure never replaces a score
    (row,) = store.rows_for_run(run)
    assert row.probability == 0.3 and row.cautions == (CUT_OFF,)
    later = store.start_run("/scans", MODEL)  # skipped as already scored: linked, cautions and all
    assert store.link_existing(later, "/scans/x.png", "x" * 64, "1.0")
    assert store.rows_for_run(later)[0].cautions == (CUT_OFF,)


# Exactly what version 3 of this module created (its _SCHEMA, then _MIGRATE_TO_2's index), with a row of each kind.
_VERSION_3_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id            INTEGER PRIMARY KEY,
    folder        TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    model_name    TEXT NOT NULL,
    model_version TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled'))
);
CREATE TABLE IF NOT EXISTS results (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES runs(id),
    file          TEXT NOT NULL,
    sha256        TEXT,
    model_name    TEXT NOT NULL,
    model_version TEXT NOT NULL,
    probability   REAL,
    threshold     REAL,
    flagged       INTEGER,
    screened_at   TEXT NOT NULL,
    error         TEXT,
    patient_id       TEXT NOT NULL DEFAULT '',
    patient_name     TEXT NOT NULL DEFAULT '',
    study_date       TEXT NOT NULL DEFAULT '',
    accession_number TEXT NOT NULL DEFAULT '',
    UNIQUE (sha256, model_version)
);
CREATE TABLE IF NOT EXISTS run_items (
    run_id    INTEGER NOT NULL REFERENCES runs(id),
    file      TEXT NOT NULL,
    result_id INTEGER NOT NULL REFERENCES results(id),
    PRIMARY KEY (run_id, file)
);
CREATE INDEX IF NOT EXISTS results_by_run ON results(run_id);
CREATE UNIQUE INDEX IF NOT EXISTS results_without_hash ON results(file, model_version) WHERE sha256 IS NULL;
INSERT INTO runs VALUES (1, '/scans', '2026-01-02T03:00:00+00:00', '2026-01-02T03:05:00+00:00', 'test-model', '1.0', 'completed');
INSERT INTO runs VALUES (2, '/scans', '2026-01-03T03:00:00+00:00', NULL, 'test-model', '1.0', 'running');
INSERT INTO results VALUES (1, 1, '/scans/IM0001', 'dddd', 'test-model', '1.0', 0.91, 0.5, 1, '2026-01-02T03:04:05+00:00', NULL,
    'PID-0042', 'Doe, Jane', '2024-03-15', 'ACC-7781');
INSERT INTO results VALUES (2, 1, '/scans/a.png', 'aaaa', 'test-model', '1.0', 0.12, 0.5, 0, '2026-01-02T03:04:06+00:00', NULL,
    '', '', '', '');
INSERT INTO results VALUES (3, 1, '/scans/loop.png', NULL, 'test-model', '1.0', NULL, NULL, NULL,
    '2026-01-02T03:04:07+00:00', 'a link loop', '', '', '', '');
INSERT INTO run_items VALUES (1, '/scans/IM0001', 1);
INSERT INTO run_items VALUES (1, '/scans/a.png', 2);
INSERT INTO run_items VALUES (1, '/scans/loop.png', 3);
INSERT INTO run_items VALUES (2, '/scans/a.png', 2);
PRAGMA user_version = 3;
"""


def test_a_database_written_before_the_cautions_opens_and_keeps_every_row(tmp_path):
    """A results database of the previous schema (version 3, no cautions column), written with its own SQL."""
    path = tmp_path / "v3.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(_VERSION_3_SCHEMA)
    conn.close()
    with ResultStore(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert store._conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 3
        assert [(r.id, r.images, r.flagged, r.failed, r.status) for r in store.list_runs()] == [
            (2, 1, 0, 0, "running"), (1, 3, 1, 1, "completed")]
        dicom, png, loop = store.rows_for_run(1)
        assert (dicom.file, dicom.probability, dicom.flagged, dicom.patient_name, dicom.accession_number, dicom.cautions) == (
            "/scans/IM0001", 0.91, True, "Doe, Jane", "ACC-7781", ())
        assert (png.probability, png.flagged, png.cautions) == (0.12, False, ())
        assert (loop.error, loop.sha256, loop.cautions) == ("a link loop", None, ())
        assert [r.file for r in store.rows_for_run(2)] == ["/scans/a.png"]
        assert store.scored_hashes("1.0") == {"dddd", "aaaa"}
        out = tmp_path / "old-rows.csv"
        store.export_csv(store.rows_for_run(1), out)
        assert [r["cautions"] for r in _read_csv(out)] == ["", "", ""]

        new = store.start_run("/scans", MODEL)  # and it takes new rows with their cautions
        store.add_row(new, dataclasses.replace(_row("cut.png", "c" * 64, 0.4), cautions=(CUT_OFF,)))
        store.add_row(new, _row("loop.png", None, error="a link loop"))  # still one row per unreadable file
        assert [r.cautions for r in store.rows_for_run(new)] == [(CUT_OFF,), ()]
        assert store._conn.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 4
    with ResultStore(path) as again:  # opening it again changes nothing
        assert again._conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert len(again.rows_for_run(1)) == 3 and again.rows_for_run(3)[0].cautions == (CUT_OFF,)
