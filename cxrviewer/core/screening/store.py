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
run retries them; a later success replaces the failure. A failure with no content hash (a broken
link, a link loop, a pipe: nothing could be read) is keyed by file and model version instead, so
screening the same folder again updates that row rather than adding another (schema version 2).

A result also keeps who and what the image is of, from a DICOM header (patient ID and name, study
date, accession number; empty for PNG/JPEG), so a worklist reopened from the history still names the
patients (schema version 3 adds those columns; older databases are migrated in place when opened
and keep every row, with the identifiers empty). The CSV carries the patient ID, study date and
accession number but not the patient's name unless asked (``patient_names=True``): a CSV is the file
that gets copied and mailed, and the ID and accession number find the study in the hospital's
systems without naming the patient.

A score keeps its cautions too (``Prediction.cautions``: "Part of the lungs may lie outside this image (cut off
at the bottom edge) ..."), the sentences the result panel shows beside it, in the language of the run as the error
sentences are, as a JSON list (schema version 4 adds the column; older rows have none, and a version-3 program
still writes into a version-4 database, its rows without cautions). The CSV writes them in a ``cautions`` column,
joined with " | ", so a clinician who reads the results later sees them as the screen showed them.

Private by default: the database holds patients' results, so its folder is made owner-only (0700)
when this store creates it or when it is the default ``user_data_dir()``, and the database, its
``-wal``/``-shm`` files and exported CSVs are owner-only (0600) on POSIX systems.

One connection, shared by threads under a lock (the GUI's model thread writes, the GUI thread may
read the history); other processes (the CLI beside the GUI) wait on SQLite's busy timeout.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxrviewer.core.atomic import atomic_open
from cxrviewer.core.types import ModelInfo, ScreeningRow

log = logging.getLogger(__name__)

RESULTS_NAME = "results.sqlite"
# the DICOM identifiers a result keeps (ScreeningRow's field names); the CSV leaves out the name by default
IDENTIFIER_COLUMNS = ("patient_id", "patient_name", "study_date", "accession_number")
CSV_IDENTIFIER_COLUMNS = ("patient_id", "study_date", "accession_number")
_CSV_BASE_COLUMNS = ("file", "sha256", "probability", "threshold", "flagged", "model_name", "model_version", "screened_at", "error")
CAUTIONS_COLUMN = "cautions"  # after the identifiers (and the patient's name when asked for)
CAUTION_SEPARATOR = " | "  # between two cautions of one image in the CSV
CSV_COLUMNS = (*_CSV_BASE_COLUMNS, *CSV_IDENTIFIER_COLUMNS, CAUTIONS_COLUMN)
# the first columns of every CSV header cxrviewer has written (before version 4 of the schema without the
# cautions, before version 3 without the identifiers), so that screening a folder can leave its own exports out
OWN_CSV_HEADERS = (CSV_COLUMNS, (*_CSV_BASE_COLUMNS, *CSV_IDENTIFIER_COLUMNS), _CSV_BASE_COLUMNS)
RUN_STATUSES = ("running", "completed", "cancelled")
_SCHEMA_VERSION = 4
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")  # files SQLite keeps beside the database
_PRIVATE_FOLDER = 0o700
_PRIVATE_FILE = 0o600

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
    patient_id       TEXT NOT NULL DEFAULT '',
    patient_name     TEXT NOT NULL DEFAULT '',
    study_date       TEXT NOT NULL DEFAULT '',
    accession_number TEXT NOT NULL DEFAULT '',
    cautions         TEXT NOT NULL DEFAULT '[]',
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

# Version 1 inserted a new row for every failure without a hash on every run. Point each run's
# items at the newest such row per (file, model version), drop the others, then make that unique.
_MIGRATE_TO_2 = """
UPDATE run_items SET result_id = (
    SELECT MAX(newest.id) FROM results AS this
    JOIN results AS newest ON newest.sha256 IS NULL AND newest.file = this.file AND newest.model_version = this.model_version
    WHERE this.id = run_items.result_id
)
WHERE result_id IN (SELECT id FROM results WHERE sha256 IS NULL);
DELETE FROM results WHERE sha256 IS NULL AND id NOT IN (
    SELECT MAX(id) FROM results WHERE sha256 IS NULL GROUP BY file, model_version
);
CREATE UNIQUE INDEX IF NOT EXISTS results_without_hash ON results(file, model_version) WHERE sha256 IS NULL;
"""


# columns later schema versions added to ``results``, with their SQL (version 3: the identifiers; 4: the cautions)
_ADDED_COLUMNS = {**{column: "TEXT NOT NULL DEFAULT ''" for column in IDENTIFIER_COLUMNS},
                  CAUTIONS_COLUMN: "TEXT NOT NULL DEFAULT '[]'"}
_RESULT_COLUMNS = ("run_id", "file", "sha256", "model_name", "model_version", "probability", "threshold", "flagged",
                   "screened_at", "error", *IDENTIFIER_COLUMNS, CAUTIONS_COLUMN)
_INSERT = f"INSERT INTO results ({', '.join(_RESULT_COLUMNS)}) VALUES ({', '.join('?' * len(_RESULT_COLUMNS))})"
# what a new result of the same image (or unreadable file) and model version replaces
_UPDATE = ", ".join(f"{c} = excluded.{c}" for c in _RESULT_COLUMNS if c not in ("file", "sha256", "model_version"))


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
        _make_private_folder(self.path.parent, always=path is None)
        _make_private_database(self.path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        with self._conn:
            self._conn.executescript(_SCHEMA)
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 2:
            self._conn.executescript(f"BEGIN IMMEDIATE; {_MIGRATE_TO_2} PRAGMA user_version=2; COMMIT;")
        if version < _SCHEMA_VERSION:
            self._add_columns()
        _make_private_sidecars(self.path)

    def _add_columns(self) -> None:
        """Schema 2 -> 3: the DICOM identifiers; 3 -> 4: the cautions. Empty for the rows already stored, which
        are all kept. Checked again inside the write transaction, so two processes opening an old database at
        once migrate it once."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if self._conn.execute("PRAGMA user_version").fetchone()[0] < _SCHEMA_VERSION:
                    have = {row[1] for row in self._conn.execute("PRAGMA table_info(results)")}
                    for column, definition in _ADDED_COLUMNS.items():
                        if column not in have:
                            self._conn.execute(f"ALTER TABLE results ADD COLUMN {column} {definition}")
                    self._conn.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")
                self._conn.commit()
            except BaseException:
                self._conn.rollback()
                raise
        log.info("results database %s is at schema version %d", self.path, _SCHEMA_VERSION)

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
            *(getattr(row, column) or "" for column in IDENTIFIER_COLUMNS),
            json.dumps([str(caution) for caution in row.cautions], ensure_ascii=False),
        )
        with self._lock, self._conn:
            if row.sha256 is None:  # nothing could be read: one row per file and model version
                self._conn.execute(
                    f"{_INSERT} ON CONFLICT (file, model_version) WHERE sha256 IS NULL DO UPDATE SET {_UPDATE}",
                    values,
                )
                result_id = self._conn.execute(
                    "SELECT id FROM results WHERE sha256 IS NULL AND file = ? AND model_version = ?",
                    (row.file, row.model_version),
                ).fetchone()[0]
            else:
                self._conn.execute(
                    f"{_INSERT} ON CONFLICT (sha256, model_version) DO UPDATE SET file = excluded.file, {_UPDATE}"
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
                       results.model_name, results.model_version, results.screened_at, results.error,
                       results.patient_id, results.patient_name, results.study_date, results.accession_number,
                       results.cautions
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
                **dict(zip(IDENTIFIER_COLUMNS, identifiers, strict=True)), cautions=_cautions(cautions),
            )
            for file, sha256, probability, threshold, flagged, model_name, model_version, screened_at, error, *identifiers, cautions
            in rows
        ]

    @staticmethod
    def export_csv(rows: Iterable[ScreeningRow], path: str | Path, extra_columns: ExtraColumns | None = None,
                   *, patient_names: bool = False) -> int:
        """Same as the module's ``export_csv``; here so callers holding a store need no second import."""
        return export_csv(rows, path, extra_columns, patient_names=patient_names)


def _cautions(stored: str | None) -> tuple[str, ...]:
    """The cautions column (a JSON list of sentences) as ``ScreeningRow.cautions``; () for anything else."""
    try:
        value = json.loads(stored or "[]")
    except ValueError:
        log.warning("results database: unreadable cautions %r", stored)
        return ()
    return tuple(str(caution) for caution in value) if isinstance(value, list) else ()


# -- owner-only files --------------------------------------------------------------------------


def _make_private_folder(folder: Path, always: bool) -> None:
    """Create ``folder`` owner-only; tighten an existing one only when it is the default data folder.

    A database a user places in a folder of their own (``ResultStore(path)``) does not change that
    folder's permissions; the files in it are still owner-only.
    """
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_FOLDER)
    if always or not existed:
        _chmod(folder, _PRIVATE_FOLDER)


def _make_private_database(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it: SQLite gives its -wal and -shm files
    the database's permissions. A database from an earlier version is tightened too."""
    if not path.exists():
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), _PRIVATE_FILE))
    _chmod(path, _PRIVATE_FILE)
    _make_private_sidecars(path)


def _make_private_sidecars(path: Path) -> None:
    for suffix in SIDECAR_SUFFIXES:
        _chmod(Path(f"{path}{suffix}"), _PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    """Owner-only where the platform has POSIX permissions; a file of another user's is left as it is
    (and logged): that is no reason to refuse to open the results."""
    if os.name != "posix":
        return
    try:
        if path.exists() and (os.stat(path).st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except PermissionError as exc:
        log.warning("cannot make %s owner-only: %s", path, exc)


# -- CSV ---------------------------------------------------------------------------------------


def _csv_record(row: ScreeningRow, identifiers: Sequence[str]) -> list[str]:
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.6f}"

    flagged = "" if row.flagged is None else ("true" if row.flagged else "false")
    return [
        row.file, row.sha256 or "", number(row.probability), number(row.threshold), flagged,
        row.model_name, row.model_version, row.screened_at, row.error or "",
        *(getattr(row, column) or "" for column in identifiers),
        CAUTION_SEPARATOR.join(row.cautions),
    ]


# (column names, values_for(rows)): columns a layer above screening appends (the clinician's decision)
ExtraColumns = tuple[Sequence[str], Callable[[list[ScreeningRow]], list[Sequence[str]]]]


def export_csv(rows: Iterable[ScreeningRow], path: str | Path, extra_columns: ExtraColumns | None = None,
               *, patient_names: bool = False) -> int:
    """Write rows as CSV atomically, in the order given; returns the number of rows written.

    ``extra_columns`` lets a layer above this one (reviews) append its columns without this module
    knowing it. The patient's name is written (a ``patient_name`` column after ``accession_number``)
    only with ``patient_names``; the ID, study date and accession number always (empty for PNG/JPEG).
    Then ``cautions``: the image's cautions joined with " | " (empty when it has none).

    Written to a temporary file in the target folder, fsynced, then renamed over the target: a
    failure (disk full, a crash) leaves any previous CSV exactly as it was and no partial file
    that a spreadsheet could open as if it were complete. The file is owner-only (0600): it lists
    patients' results.
    """
    rows = list(rows)
    names, values_for = extra_columns or ((), lambda rows: [()] * len(rows))
    extra = values_for(rows)
    identifiers = (*CSV_IDENTIFIER_COLUMNS, "patient_name") if patient_names else CSV_IDENTIFIER_COLUMNS
    count = 0
    with atomic_open(Path(path), newline="", mode=_PRIVATE_FILE) as handle:
        writer = csv.writer(handle)
        writer.writerow((*_CSV_BASE_COLUMNS, *identifiers, CAUTIONS_COLUMN, *names))
        for row, more in zip(rows, extra, strict=True):
            writer.writerow([*_csv_record(row, identifiers), *more])
            count += 1
    log.info("exported %d rows to %s", count, path)
    return count


