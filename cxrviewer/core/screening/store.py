"""Screening results in SQLite, appended as rows arrive, so a crashed or cancelled run resumes.

Why SQLite in WAL mode with one commit per row: a finished row must survive the app being killed
(``kill -9``, a crash, the laptop lid). A committed WAL transaction is in the operating system's
file cache the moment ``commit`` returns, so killing the process cannot lose it; ``synchronous=NORMAL``
skips the fsync per commit, which only matters on power loss, and then the missing rows are simply
screened again on the next run because resuming asks this store what is already done.

Tables
  ``runs``      one screening of one folder with one model: running / completed / cancelled.
  ``results``   one score (or failure) per image content and model version: unique on
                (sha256, model_version), so the same image is never scored twice by the same model.
  ``run_items`` which files each run covered, pointing at their result. A resumed run links the
                images it skipped to the result an earlier run stored, so reopening any run shows
                every image of its folder.

Failure rows are stored (the user must see them) but never count as "already scored", so the next
run retries them; a later success replaces the failure.

One connection, shared by threads under a lock (the GUI's model thread writes, the GUI thread may
read the history); other processes (the CLI beside the GUI) wait on SQLite's busy timeout.
"""

from __future__ import annotations

import csv
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxrviewer.core.atomic import atomic_open
from cxrviewer.core.types import ModelInfo, ScreeningRow

log = logging.getLogger(__name__)

RESULTS_NAME = "results.sqlite"
CSV_COLUMNS = ("file", "sha256", "probability", "threshold", "flagged", "model_name", "model_version", "screened_at", "error")
RUN_STATUSES = ("running", "completed", "cancelled")
_SCHEMA_VERSION = 1

_SCHEMA = """
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
    UNIQUE (sha256, model_version)
);
CREATE TABLE IF NOT EXISTS run_items (
    run_id    INTEGER NOT NULL REFERENCES runs(id),
    file      TEXT NOT NULL,
    result_id INTEGER NOT NULL REFERENCES results(id),
    PRIMARY KEY (run_id, file)
);
CREATE INDEX IF NOT EXISTS results_by_run ON results(run_id);
"""


def utc_now() -> str:
    """ISO-8601 UTC timestamp to the second, the format of every time this store writes."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_results_path() -> Path:
    from cxrviewer.paths import user_data_dir

    return user_data_dir() / RESULTS_NAME


@dataclass(frozen=True)
class RunRecord:
    """One line of the screening history, with counts over the images the run covered."""

    id: int
    folder: str
    started_at: str
    finished_at: str | None
    model_name: str
    model_version: str
    status: str  # "running" also means "interrupted" when no process is screening it any more
    images: int
    flagged: int
    failed: int


class ResultStore:
    """The screening history and results database (``user_data_dir()/results.sqlite`` by default)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_results_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        with self._conn:
            self._conn.executescript(_SCHEMA)
            self._conn.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, folder: str | Path, model: ModelInfo) -> int:
        """Record a new run as 'running'; a run left 'running' by a crash stays visible as interrupted."""
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "INSERT INTO runs (folder, started_at, model_name, model_version, status) VALUES (?, ?, ?, ?, 'running')",
                (str(folder), utc_now(), model.name, model.version),
            )
            return int(cursor.lastrowid)

    def finish_run(self, run_id: int, status: str) -> None:
        if status not in RUN_STATUSES:
            raise ValueError(f"unknown run status {status!r}")
        with self._lock, self._conn:
            self._conn.execute("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", (status, utc_now(), run_id))

    def list_runs(self) -> list[RunRecord]:
        """Newest first, for the history list."""
        return self._runs("")

    def get_run(self, run_id: int) -> RunRecord | None:
        found = self._runs("WHERE runs.id = ?", (run_id,))
        return found[0] if found else None

    def _runs(self, where: str, params: tuple = ()) -> list[RunRecord]:
        query = f"""
            SELECT runs.id, runs.folder, runs.started_at, runs.finished_at, runs.model_name, runs.model_version,
                   runs.status, COUNT(run_items.file), COALESCE(SUM(results.flagged), 0),
                   COALESCE(SUM(results.error IS NOT NULL), 0)
            FROM runs
            LEFT JOIN run_items ON run_items.run_id = runs.id
            LEFT JOIN results ON results.id = run_items.result_id
            {where}
            GROUP BY runs.id
            ORDER BY runs.started_at DESC, runs.id DESC
        """
        with self._lock:
            return [RunRecord(*row) for row in self._conn.execute(query, params).fetchall()]

    # -- rows ------------------------------------------------------------------------------

    def add_row(self, run_id: int, row: ScreeningRow) -> None:
        """Store one screened image and commit at once (a killed process keeps every finished row).

        A score replaces an earlier failure of the same image and model version; a failure never
        replaces an earlier score.
        """
        values = (
            run_id, row.file, row.sha256, row.model_name, row.model_version, row.probability, row.threshold,
            None if row.flagged is None else int(row.flagged), row.screened_at, row.error,
        )
        with self._lock, self._conn:
            if row.sha256 is None:  # unreadable file: nothing to deduplicate on
                result_id = self._conn.execute(
                    "INSERT INTO results (run_id, file, sha256, model_name, model_version, probability, threshold,"
                    " flagged, screened_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                ).lastrowid
            else:
                self._conn.execute(
                    "INSERT INTO results (run_id, file, sha256, model_name, model_version, probability, threshold,"
                    " flagged, screened_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (sha256, model_version) DO UPDATE SET run_id = excluded.run_id, file = excluded.file,"
                    " model_name = excluded.model_name, probability = excluded.probability, threshold = excluded.threshold,"
                    " flagged = excluded.flagged, screened_at = excluded.screened_at, error = excluded.error"
                    " WHERE excluded.error IS NULL OR results.error IS NOT NULL",
                    values,
                )
                result_id = self._result_id(row.sha256, row.model_version)
            self._link(run_id, row.file, result_id)

    def link_existing(self, run_id: int, file: str, sha256: str, model_version: str) -> bool:
        """Count an image skipped as already scored as part of this run; False if no such result exists."""
        with self._lock, self._conn:
            result_id = self._result_id(sha256, model_version)
            if result_id is None:
                return False
            self._link(run_id, file, result_id)
            return True

    def _result_id(self, sha256: str, model_version: str) -> int | None:
        found = self._conn.execute(
            "SELECT id FROM results WHERE sha256 = ? AND model_version = ?", (sha256, model_version)
        ).fetchone()
        return None if found is None else int(found[0])

    def _link(self, run_id: int, file: str, result_id: int) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO run_items (run_id, file, result_id) VALUES (?, ?, ?)", (run_id, file, result_id)
        )

    def already_scored(self, sha256: str, model_version: str) -> bool:
        """True when this image content has a score (not a failure) from this model version."""
        with self._lock:
            found = self._conn.execute(
                "SELECT 1 FROM results WHERE sha256 = ? AND model_version = ? AND error IS NULL", (sha256, model_version)
            ).fetchone()
        return found is not None

    def scored_hashes(self, model_version: str) -> frozenset[str]:
        """Every image content already scored by this model version, read once at the start of a run.

        The decode threads consult this snapshot instead of the database, so they never contend
        for the connection with the thread that writes rows.
        """
        with self._lock:
            rows = self._conn.execute(
                "SELECT sha256 FROM results WHERE model_version = ? AND error IS NULL AND sha256 IS NOT NULL",
                (model_version,),
            ).fetchall()
        return frozenset(r[0] for r in rows)

    def rows_for_run(self, run_id: int) -> list[ScreeningRow]:
        """Every image the run covered, in screening order, including those scored by an earlier run."""
        with self._lock:
            rows = self._conn.execute(
                """
                SELECT run_items.file, results.sha256, results.probability, results.threshold, results.flagged,
                       results.model_name, results.model_version, results.screened_at, results.error
                FROM run_items JOIN results ON results.id = run_items.result_id
                WHERE run_items.run_id = ?
                ORDER BY run_items.rowid
                """,
                (run_id,),
            ).fetchall()
        return [
            ScreeningRow(
                file=file, sha256=sha256, probability=probability, threshold=threshold,
                flagged=None if flagged is None else bool(flagged), model_name=model_name,
                model_version=model_version, screened_at=screened_at, error=error,
            )
            for file, sha256, probability, threshold, flagged, model_name, model_version, screened_at, error in rows
        ]

    @staticmethod
    def export_csv(rows: Iterable[ScreeningRow], path: str | Path) -> int:
        """Same as the module's ``export_csv``; here so callers holding a store need no second import."""
        return export_csv(rows, path)


# -- CSV ---------------------------------------------------------------------------------------


def _csv_record(row: ScreeningRow) -> list[str]:
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.6f}"

    flagged = "" if row.flagged is None else ("true" if row.flagged else "false")
    return [
        row.file, row.sha256 or "", number(row.probability), number(row.threshold), flagged,
        row.model_name, row.model_version, row.screened_at, row.error or "",
    ]


def export_csv(rows: Iterable[ScreeningRow], path: str | Path) -> int:
    """Write rows as CSV atomically; returns the number of rows written.

    Written to a temporary file in the target folder, fsynced, then renamed over the target: a
    failure (disk full, a crash) leaves any previous CSV exactly as it was and no partial file
    that a spreadsheet could open as if it were complete.
    """
    count = 0
    with atomic_open(Path(path), newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(_csv_record(row))
            count += 1
    log.info("exported %d rows to %s", count, path)
    return count


