"""Clinicians' decisions on images, kept as safely as the scores, in the same results database.

What a decision is: for one image content (its sha256), a reviewer says *abnormal*, *normal* or
*unreadable*, with an optional note, at a time (UTC ISO). The row also keeps what the model said at
that moment (probability, threshold, flag, model name and version), so the figures compare the
reviewer with what the reviewer saw, even after the model is replaced; and the file path and the
patient/study identifiers where the image carries them (DICOM), so a decision can be found again.

Why a table of its own in ``results.sqlite`` (``decisions``), through a connection of its own: the
decision is data like a score (same file, same backups, same privacy), but the screening store's
schema belongs to ``cxrviewer.core.screening.store`` and is not changed here. ``CREATE TABLE IF NOT
EXISTS`` makes either module able to open the file first.

Safety, as the screening store: WAL journal, ``synchronous=NORMAL``, one committed row per action
(``record`` returns only after the commit), so ``kill -9`` loses no decision that was reported saved
(tested with a killed subprocess): a committed WAL transaction is in the operating system's cache when
``commit`` returns. Only a power cut can lose the last decisions (those since the last WAL checkpoint);
they then show as "Not yet reviewed" again. ``synchronous=FULL`` (an fsync per decision) was measured
and refused: the GUI writes a decision on its own thread, and FULL took 7-11 ms at the 95th percentile
with spikes to 150 ms, against a 5 ms budget; NORMAL takes 0.3-0.4 ms (docs/decisions.md).

History is never rewritten: a correction is a new row, ``history`` returns every row of an image,
and the newest row (highest id) is *the* decision everywhere else.

Files are owner-only (0600; the folder 0700 when it is the default data folder): they hold patients'
results and the names of the clinicians who reviewed them.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cxrviewer.core.atomic import write_json_atomic
from cxrviewer.core.errors import N_, CxrError, _
from cxrviewer.core.screening.store import default_results_path, utc_now
from cxrviewer.core.types import Prediction, ScreeningRow, StudyInfo

log = logging.getLogger(__name__)

DECISIONS = ("abnormal", "normal", "unreadable")
# English, as stored and as the tests and the GUI know them; translated where shown: _(DECISION_WORDS[d])
DECISION_WORDS = {"abnormal": N_("Abnormal"), "normal": N_("Normal"), "unreadable": N_("Not readable")}
DECISION_CSV_COLUMNS = ("decision", "reviewer", "reviewed_at")  # appended to the screening CSV
REVIEW_CSV_COLUMNS = (
    "file", "sha256", "patient_id", "accession_number", "study_date", "probability", "threshold", "flagged",
    "model_name", "model_version", "decision", "reviewer", "reviewed_at", "note", "agrees_with_model",
)
REVIEWERS_NAME = "reviewers.json"
MAX_NAME = 80
MAX_NOTE = 2000
_PRIVATE_FOLDER = 0o700
_PRIVATE_FILE = 0o600
_SIDECARS = ("-wal", "-shm", "-journal")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id               INTEGER PRIMARY KEY,
    sha256           TEXT NOT NULL,
    file             TEXT NOT NULL,
    patient_id       TEXT NOT NULL DEFAULT '',
    accession_number TEXT NOT NULL DEFAULT '',
    study_date       TEXT NOT NULL DEFAULT '',
    reviewer         TEXT NOT NULL,
    reviewed_at      TEXT NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('abnormal', 'normal', 'unreadable')),
    note             TEXT NOT NULL DEFAULT '',
    probability      REAL,
    threshold        REAL,
    flagged          INTEGER,
    model_name       TEXT NOT NULL DEFAULT '',
    model_version    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS decisions_by_image ON decisions(sha256, id);
"""
_COLUMNS = ("id, sha256, file, patient_id, accession_number, study_date, reviewer, reviewed_at, decision, note,"
            " probability, threshold, flagged, model_name, model_version")
_LATEST = f"SELECT {_COLUMNS} FROM decisions WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY sha256)"


class ReviewError(CxrError):
    default_message = N_("The decision could not be recorded.")


@dataclass(frozen=True)
class ModelScore:
    """What the model said about an image when it was reviewed (none of it when it gave no score)."""

    probability: float | None
    threshold: float | None
    model_name: str = ""
    model_version: str = ""

    @property
    def flagged(self) -> bool | None:
        if self.probability is None or self.threshold is None:
            return None
        return self.probability >= self.threshold

    @classmethod
    def from_prediction(cls, prediction: Prediction) -> ModelScore:
        return cls(float(prediction.probability), float(prediction.threshold), prediction.model.name, prediction.model.version)


@dataclass(frozen=True)
class Decision:
    """One recorded decision (one row; the newest row of an image is its decision)."""

    id: int
    sha256: str
    file: str
    decision: str  # one of DECISIONS
    reviewer: str
    reviewed_at: str  # ISO-8601 UTC
    note: str = ""
    probability: float | None = None
    threshold: float | None = None
    flagged: bool | None = None
    model_name: str = ""
    model_version: str = ""
    patient_id: str = ""
    accession_number: str = ""
    study_date: str = ""

    @property
    def words(self) -> str:
        """"Abnormal", "Normal" or "Not readable", as shown on screen."""
        return DECISION_WORDS[self.decision]

    @property
    def scored(self) -> bool:
        return self.probability is not None and self.flagged is not None

    @property
    def agrees_with_model(self) -> bool | None:
        """True when the model's flag matches the decision (flagged = abnormal); None when there is
        nothing to compare (no score, or the image was not readable)."""
        if not self.scored or self.decision == "unreadable":
            return None
        return bool(self.flagged) == (self.decision == "abnormal")

    def csv_record(self) -> list[str]:
        """The row of ``REVIEW_CSV_COLUMNS``."""
        def number(value: float | None) -> str:
            return "" if value is None else f"{value:.6f}"

        def yes_no(value: bool | None) -> str:
            return "" if value is None else ("true" if value else "false")

        return [self.file, self.sha256, self.patient_id, self.accession_number, self.study_date, number(self.probability),
                number(self.threshold), yes_no(self.flagged), self.model_name, self.model_version, self.decision,
                self.reviewer, self.reviewed_at, self.note, yes_no(self.agrees_with_model)]


def _decision_of(row: tuple) -> Decision:
    (id_, sha256, file, patient_id, accession, study_date, reviewer, reviewed_at, decision, note,
     probability, threshold, flagged, model_name, model_version) = row
    return Decision(
        id=int(id_), sha256=sha256, file=file, decision=decision, reviewer=reviewer, reviewed_at=reviewed_at, note=note,
        probability=probability, threshold=threshold, flagged=None if flagged is None else bool(flagged),
        model_name=model_name, model_version=model_version, patient_id=patient_id, accession_number=accession,
        study_date=study_date,
    )


def clean_reviewer_name(name: str) -> str:
    """The name as it is stored: trimmed, one line, 1 to 80 characters; a sentence when it is not usable."""
    cleaned = " ".join(str(name or "").split())
    if not cleaned:
        raise ReviewError(_("Please give the reviewer's name."))
    if len(cleaned) > MAX_NAME:
        raise ReviewError(_("The reviewer's name is too long (at most {maximum} characters).").format(maximum=MAX_NAME))
    if any(ord(c) < 32 or ord(c) == 127 for c in cleaned):
        raise ReviewError(_("The reviewer's name contains characters that cannot be stored."))
    return cleaned


class ReviewStore:
    """Decisions in the results database (``user_data_dir()/results.sqlite`` by default).

    One connection, shared by threads under a lock; the GUI writes a decision on its own thread (a
    single insert, well under a millisecond), the CLI beside it waits on SQLite's busy timeout.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_results_path()
        _private_folder(self.path.parent, always=path is None)
        _private_file(self.path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self._conn:
                self._conn.executescript(_SCHEMA)
        except BaseException:
            self._conn.close()
            raise
        _private_sidecars(self.path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def record(self, *, sha256: str, file: str | Path, decision: str, reviewer: str, note: str = "",
               score: ModelScore | None = None, study: StudyInfo | None = None, reviewed_at: str | None = None) -> Decision:
        """Add one decision and commit it before returning (a correction is simply another call).

        Raises ``ReviewError`` for a decision, reviewer or hash that cannot be stored; ``sqlite3.Error``
        or ``OSError`` when the database cannot be written (nothing was saved then).
        """
        if decision not in DECISIONS:
            raise ReviewError(_("Unknown decision {decision}: use {choices}.").format(decision=repr(decision),
                                                                                      choices=", ".join(DECISIONS)))
        if not _SHA256.match(str(sha256)):
            raise ReviewError(_("This image has no content fingerprint, so a decision cannot be kept for it."), repr(sha256))
        reviewer = clean_reviewer_name(reviewer)
        note = " ".join(str(note or "").split())[:MAX_NOTE]
        score = score or ModelScore(None, None)
        study = study or StudyInfo()
        flagged = score.flagged
        reviewed_at = reviewed_at or utc_now()
        values = (sha256, str(file), study.patient_id, study.accession_number, study.study_date, reviewer, reviewed_at,
                  decision, note, score.probability, score.threshold, None if flagged is None else int(flagged),
                  score.model_name, score.model_version)
        with self._lock, self._conn:
            cursor = self._conn.execute(
                "INSERT INTO decisions (sha256, file, patient_id, accession_number, study_date, reviewer, reviewed_at,"
                " decision, note, probability, threshold, flagged, model_name, model_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            row_id = int(cursor.lastrowid)
        log.info("decision %d recorded: %s %s by %s", row_id, sha256[:12], decision, reviewer)
        return _decision_of((row_id, *values))

    # -- reading ---------------------------------------------------------------------------

    def latest(self, sha256: str) -> Decision | None:
        """The decision that counts for this image (its newest row), or None when it was never reviewed."""
        with self._lock:
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM decisions WHERE sha256 = ? ORDER BY id DESC LIMIT 1",
                                     (sha256,)).fetchone()
        return None if row is None else _decision_of(row)

    def history(self, sha256: str) -> list[Decision]:
        """Every decision ever recorded for this image, newest first (the first one counts)."""
        with self._lock:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM decisions WHERE sha256 = ? ORDER BY id DESC",
                                      (sha256,)).fetchall()
        return [_decision_of(row) for row in rows]

    def latest_decisions(self) -> list[Decision]:
        """One decision per reviewed image (the newest), in the order they were made (oldest first)."""
        with self._lock:
            rows = self._conn.execute(f"{_LATEST} ORDER BY id").fetchall()
        return [_decision_of(row) for row in rows]

    def all_decisions(self) -> list[Decision]:
        """Every row, corrections and the rows they replaced, oldest first."""
        with self._lock:
            rows = self._conn.execute(f"SELECT {_COLUMNS} FROM decisions ORDER BY id").fetchall()
        return [_decision_of(row) for row in rows]

    def latest_by_image(self) -> dict[str, Decision]:
        """sha256 -> the decision that counts, for lists that show many images (the worklist)."""
        return {d.sha256: d for d in self.latest_decisions()}

    def stored_score(self, sha256: str, model_version: str | None = None) -> ModelScore | None:
        """The newest score the screening store holds for this image content (of ``model_version`` when
        given), or None when it was never scored (or the database has no screening results yet)."""
        query = ("SELECT probability, threshold, model_name, model_version FROM results"
                 " WHERE sha256 = ? AND error IS NULL AND probability IS NOT NULL")
        params: tuple = (sha256,)
        if model_version is not None:
            query += " AND model_version = ?"
            params += (model_version,)
        try:
            with self._lock:
                row = self._conn.execute(query + " ORDER BY screened_at DESC, id DESC LIMIT 1", params).fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
        return None if row is None else ModelScore(float(row[0]), None if row[1] is None else float(row[1]), row[2], row[3])


# -- the screening CSV's decision columns ----------------------------------------------------


def decision_columns(rows: Sequence[ScreeningRow], reviews: ReviewStore | str | Path | None = None) -> list[tuple[str, str, str]]:
    """For each exported screening row, (decision, reviewer, reviewed_at) of its image's decision,
    or three empty strings when it was not reviewed; aligned with ``rows`` (``DECISION_CSV_COLUMNS``).

    ``reviews`` is an open store, or the results database's path (default: the user's).
    """
    store = reviews if isinstance(reviews, ReviewStore) else ReviewStore(reviews)
    try:
        latest = store.latest_by_image()
    finally:
        if store is not reviews:
            store.close()
    columns = []
    for row in rows:
        found = latest.get(row.sha256) if row.sha256 else None
        columns.append(("", "", "") if found is None else (found.decision, found.reviewer, found.reviewed_at))
    return columns


def decision_csv_extra(reviews: ReviewStore | str | Path | None = None):
    """``(DECISION_CSV_COLUMNS, values_for(rows))``: what the screening CSV export appends, from callers above
    the screening layer (which cannot import this one)."""
    return DECISION_CSV_COLUMNS, functools.partial(decision_columns, reviews=reviews)


# -- the reviewer list (user config folder) ---------------------------------------------------


def reviewers_path(config_dir: Path | None = None) -> Path:
    from cxrviewer.paths import user_config_dir

    return (config_dir or user_config_dir()) / REVIEWERS_NAME


def _read_reviewers(config_dir: Path | None) -> dict:
    path = reviewers_path(config_dir)
    if not path.is_file():
        return {"reviewers": [], "last": ""}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = [clean_reviewer_name(n) for n in data.get("reviewers", []) if isinstance(n, str) and n.strip()]
        last = data.get("last") if isinstance(data.get("last"), str) else ""
    except (ValueError, TypeError, AttributeError, ReviewError) as exc:
        log.error("reviewer list %s unreadable (%r); starting an empty one", path, exc)
        return {"reviewers": [], "last": ""}
    return {"reviewers": names, "last": last if last in names else ""}


def load_reviewers(config_dir: Path | None = None) -> list[str]:
    """The local list of reviewers' names (no passwords: who reviewed, not who may)."""
    return list(_read_reviewers(config_dir)["reviewers"])


def last_reviewer(config_dir: Path | None = None) -> str:
    """The reviewer chosen last on this computer ("" when none), offered first next session."""
    return str(_read_reviewers(config_dir)["last"])


def remember_reviewer(name: str, config_dir: Path | None = None) -> str:
    """Add ``name`` to the list if it is new (the same name in other capitals is the same person) and
    make it the last one chosen. Written atomically, owner-only. Returns the name as stored."""
    name = clean_reviewer_name(name)
    data = _read_reviewers(config_dir)
    known = {n.casefold(): n for n in data["reviewers"]}
    stored = known.get(name.casefold())
    if stored is None:
        data["reviewers"].append(name)
        stored = name
    data["last"] = stored
    write_json_atomic(reviewers_path(config_dir), data, mode=_PRIVATE_FILE)
    return stored


# -- owner-only files ----------------------------------------------------------------------------


def _private_folder(folder: Path, always: bool) -> None:
    existed = folder.is_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_FOLDER)
    if os.name == "posix" and (always or not existed):
        os.chmod(folder, _PRIVATE_FOLDER)


def _private_file(path: Path) -> None:
    """Create the database 0600 before SQLite opens it (its -wal and -shm files take its permissions)."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), _PRIVATE_FILE))
    if os.name == "posix":
        os.chmod(path, _PRIVATE_FILE)


def _private_sidecars(path: Path) -> None:
    if os.name != "posix":
        return
    for suffix in _SIDECARS:
        try:
            os.chmod(f"{path}{suffix}", _PRIVATE_FILE)
        except FileNotFoundError:
            pass


def write_reviews_csv(decisions: Iterable[Decision], path: str | Path) -> int:
    """The decisions as CSV (``REVIEW_CSV_COLUMNS``), written atomically and owner-only; returns the row count."""
    import csv

    from cxrviewer.core.atomic import atomic_open

    count = 0
    with atomic_open(Path(path), newline="", mode=_PRIVATE_FILE) as handle:
        writer = csv.writer(handle)
        writer.writerow(REVIEW_CSV_COLUMNS)
        for decision in decisions:
            writer.writerow(decision.csv_record())
            count += 1
    return count
