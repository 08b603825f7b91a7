"""The results store: rows survive as soon as they are added, failures are retried, CSV is atomic."""

from __future__ import annotations

import csv
import os
import sqlite3
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
        "file,sha256,probability,threshold,flagged,model_name,model_version,screened_at,error"
    )
    a, b, c = _read_csv(out)
    assert a == {"file": "/scans/a.png", "sha256": "a" * 64, "probability": "0.910000", "threshold": "0.500000",
                 "flagged": "true", "model_name": "test-model", "model_version": "1.0",
                 "screened_at": "2026-01-02T03:04:05+00:00", "error": ""}
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
