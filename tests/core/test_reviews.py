"""Clinicians' decisions: kept safely beside the scores, history kept, figures, the clinic's labelled set."""

from __future__ import annotations

import csv
import hashlib
import math
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cxrviewer.core.admin.reviewed_set import labelled_set_from_reviews, write_manifest
from cxrviewer.core.review.decisions import (
    DECISION_CSV_COLUMNS,
    REVIEW_CSV_COLUMNS,
    ModelScore,
    ReviewError,
    ReviewStore,
    decision_columns,
    decision_csv_extra,
    last_reviewer,
    load_reviewers,
    remember_reviewer,
    reviewers_path,
    write_reviews_csv,
)
from cxrviewer.core.review.figures import DROP_POINTS, running_figures, wilson_interval
from cxrviewer.core.screening.store import ResultStore
from cxrviewer.core.types import ModelInfo, ScreeningRow, StudyInfo

MODEL = ModelInfo("cxr-test", "1.1", "0" * 64)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def flagged_score(flagged: bool) -> ModelScore:
    return ModelScore(0.8 if flagged else 0.2, 0.5, MODEL.name, MODEL.version)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "data" / "results.sqlite"


@pytest.fixture
def store(db):
    with ReviewStore(db) as opened:
        yield opened


def test_a_correction_adds_a_row_keeps_the_history_and_the_latest_counts(store):
    image = sha("image")
    first = store.record(sha256=image, file="/x/a.png", decision="normal", reviewer="Dr A", score=flagged_score(True),
                         study=StudyInfo(patient_id="P1", accession_number="ACC1", study_date="2025-03-12"))
    assert first.agrees_with_model is False and first.flagged is True
    second = store.record(sha256=image, file="/x/a.png", decision="abnormal", reviewer=" Dr  B ", note="  upper lobe\nopacity ",
                          score=flagged_score(True))
    assert second.id > first.id and second.reviewer == "Dr B" and second.note == "upper lobe opacity"
    assert store.latest(image) == second
    assert store.history(image) == [second, first]  # newest first, nothing rewritten
    assert [d.decision for d in store.latest_decisions()] == ["abnormal"]
    assert len(store.all_decisions()) == 2
    assert first.patient_id == "P1" and store.history(image)[1].accession_number == "ACC1"
    assert store.latest(sha("never reviewed")) is None
    figures = running_figures(store.latest_decisions())
    assert figures.reviewed == 1 and figures.sensitivity.hits == 1 and figures.disagreements == []


def test_refuses_what_cannot_be_stored(store):
    with pytest.raises(ReviewError):
        store.record(sha256=sha("a"), file="a.png", decision="maybe", reviewer="Dr A")
    with pytest.raises(ReviewError, match="name"):
        store.record(sha256=sha("a"), file="a.png", decision="normal", reviewer="   ")
    with pytest.raises(ReviewError, match="fingerprint"):
        store.record(sha256="not-a-hash", file="a.png", decision="normal", reviewer="Dr A")
    assert store.all_decisions() == []


def test_decisions_live_beside_the_scores_in_the_same_database(db):
    with ResultStore(db) as results:
        run = results.start_run("/x", MODEL)
        results.add_row(run, ScreeningRow("/x/a.png", sha("a"), 0.73, 0.5, True, MODEL.name, MODEL.version, "2025-01-01T00:00:00+00:00"))
    with ReviewStore(db) as reviews:
        score = reviews.stored_score(sha("a"))
        assert score == ModelScore(0.73, 0.5, MODEL.name, MODEL.version) and score.flagged
        assert reviews.stored_score(sha("a"), model_version="0.9") is None
        assert reviews.stored_score(sha("b")) is None
        reviews.record(sha256=sha("a"), file="/x/a.png", decision="abnormal", reviewer="Dr A", score=score)
    with ResultStore(db) as results:  # the screening store still opens and reads the same file
        assert [r.file for r in results.rows_for_run(run)] == ["/x/a.png"]
        assert results.already_scored(sha("a"), MODEL.version)
    with ReviewStore(db) as reviews:
        assert reviews.latest(sha("a")).decision == "abnormal"


def test_stored_score_is_none_in_a_database_without_screening_results(store):
    assert store.stored_score(sha("a")) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_owner_only(store, db, tmp_path, isolated_home):
    store.record(sha256=sha("a"), file="a.png", decision="normal", reviewer="Dr A")
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    remember_reviewer("Dr A")
    assert stat.S_IMODE(reviewers_path().stat().st_mode) == 0o600
    out = tmp_path / "reviews.csv"
    write_reviews_csv(store.latest_decisions(), out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_reviewer_list_is_kept_in_the_config_folder(isolated_home):
    assert load_reviewers() == [] and last_reviewer() == ""
    assert remember_reviewer("  Dr  A ") == "Dr A"
    assert remember_reviewer("Dr B") == "Dr B"
    assert remember_reviewer("dr a") == "Dr A"  # the same person in other capitals
    assert load_reviewers() == ["Dr A", "Dr B"] and last_reviewer() == "Dr A"
    assert reviewers_path().parent == isolated_home / "config"
    reviewers_path().write_text("{not json")
    assert load_reviewers() == []  # a damaged list is logged and started again, never a crash
    with pytest.raises(ReviewError):
        remember_reviewer("x" * 200)


CHILD = textwrap.dedent("""
    import hashlib, sys
    from cxrviewer.core.review.decisions import ModelScore, ReviewStore
    store = ReviewStore(sys.argv[1])
    i = 0
    while True:
        image = hashlib.sha256(str(i).encode()).hexdigest()
        saved = store.record(sha256=image, file=f"/x/{i}.png", decision=("abnormal", "normal", "unreadable")[i % 3],
                             reviewer="Dr Loop", note=f"n{i}", score=ModelScore(0.6, 0.5, "m", "1"))
        print(saved.id, image, flush=True)
        i += 1
""")


def test_kill_9_while_reviewing_loses_no_saved_decision(db):
    ReviewStore(db).close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, text=True)
    reported: list[tuple[int, str]] = []
    deadline = time.monotonic() + 60
    try:
        while len(reported) < 300 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            row_id, image = line.split()
            reported.append((int(row_id), image))
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    for line in child.stdout:  # lines printed after a commit, before the kill was delivered
        if not line.endswith("\n") or len(line.split()) != 2:
            continue  # cut off mid-write by the kill: nothing to check it against
        row_id, image = line.split()
        reported.append((int(row_id), image))
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= 300, "the child did not record decisions"
    with ReviewStore(db) as store:
        kept = {(d.id, d.sha256) for d in store.all_decisions()}
    assert set(reported) <= kept


def test_wilson_interval_known_values():
    low, high = wilson_interval(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and round(high, 3) == 0.278
    assert wilson_interval(10, 10)[1] == pytest.approx(1.0)
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_running_figures_against_the_reviewers(store):
    # 10 abnormal (8 flagged), 10 normal (7 below the threshold), 2 unreadable, 1 without a score
    for i in range(10):
        store.record(sha256=sha(f"abn{i}"), file=f"abn{i}.png", decision="abnormal", reviewer="Dr A", score=flagged_score(i < 8))
        store.record(sha256=sha(f"nor{i}"), file=f"nor{i}.png", decision="normal", reviewer="Dr A", score=flagged_score(i >= 7))
    for i in range(2):
        store.record(sha256=sha(f"unr{i}"), file=f"unr{i}.png", decision="unreadable", reviewer="Dr A", score=flagged_score(True))
    store.record(sha256=sha("noscore"), file="noscore.png", decision="abnormal", reviewer="Dr A")
    figures = running_figures(store.latest_decisions())
    assert figures.reviewed == 23 and figures.compared == 20 and figures.unscored == 1
    assert figures.by_decision == {"abnormal": 11, "normal": 10, "unreadable": 2}
    assert (figures.sensitivity.hits, figures.sensitivity.total) == (8, 10)
    assert (figures.specificity.hits, figures.specificity.total) == (7, 10)
    assert figures.sensitivity.words() == "80% (95% CI 49–94%; 8 of 10)"
    kinds = sorted(d.file for d in figures.disagreements)
    assert kinds == ["abn8.png", "abn9.png", "nor7.png", "nor8.png", "nor9.png"]
    assert figures.disagreements[0].file == "nor9.png"  # newest first
    assert figures.model_versions == {"cxr-test 1.1": 20}
    assert not figures.trend.assessed and not figures.trend.warning


def _agreeing(store, prefix: str, n: int, agree: int) -> None:
    for i in range(n):
        store.record(sha256=sha(f"{prefix}{i}"), file=f"{prefix}{i}.png", decision="abnormal", reviewer="Dr A",
                     score=flagged_score(i < agree))


def test_agreement_drop_warning_rule(store):
    _agreeing(store, "early", 30, 28)  # 93% agreement
    _agreeing(store, "late", 29, 20)
    trend = running_figures(store.latest_decisions()).trend
    assert not trend.assessed and not trend.warning  # 59 compared images: fewer than 30 in each
    _agreeing(store, "more", 1, 0)
    trend = running_figures(store.latest_decisions()).trend
    assert trend.assessed and (trend.recent.total, trend.earlier.total) == (30, 30)  # at 60: last 30 against first 30
    assert 100 * (trend.earlier.value - trend.recent.value) > DROP_POINTS and trend.warning
    assert "dropped" in trend.words()
    _agreeing(store, "good", 50, 50)
    trend = running_figures(store.latest_decisions()).trend
    assert (trend.recent.total, trend.earlier.total) == (50, 60) and trend.recent.value == 1.0 and not trend.warning


def test_agreement_drop_of_15_points_or_less_is_not_a_warning(store):
    _agreeing(store, "early", 50, 45)  # 90%
    _agreeing(store, "late", 50, 38)  # 76%: 14 points lower
    trend = running_figures(store.latest_decisions()).trend
    assert trend.assessed and not trend.warning


def test_labelled_set_uses_exactly_the_reviewed_unchanged_files(store, tmp_path):
    files = {}
    for name in ("abn1", "abn2", "nor1", "nor2", "changed", "deleted", "unreadable"):
        path = tmp_path / f"{name}.png"
        path.write_bytes(f"pixels of {name}".encode())
        files[name] = path
    decision = {"abn1": "abnormal", "abn2": "abnormal", "nor1": "normal", "nor2": "normal", "changed": "normal",
                "deleted": "abnormal", "unreadable": "unreadable"}
    for name, path in files.items():
        store.record(sha256=hashlib.sha256(path.read_bytes()).hexdigest(), file=str(path), decision=decision[name],
                     reviewer="Dr A", study=StudyInfo(patient_id="P7") if name == "abn2" else None)
    # nor2 was first reviewed abnormal, then corrected: the latest decision is its label
    store.record(sha256=hashlib.sha256(files["nor2"].read_bytes()).hexdigest(), file=str(files["nor2"]), decision="abnormal",
                 reviewer="Dr B")
    store.record(sha256=hashlib.sha256(files["nor2"].read_bytes()).hexdigest(), file=str(files["nor2"]), decision="normal",
                 reviewer="Dr A")
    files["changed"].write_bytes(b"another image under the same name")
    files["deleted"].unlink()
    unreviewed = tmp_path / "never_reviewed.png"
    unreviewed.write_bytes(b"not reviewed")

    reviewed = labelled_set_from_reviews(store)
    assert {(image.path.name, image.label) for image in reviewed.images} == {
        ("abn1.png", 1), ("abn2.png", 1), ("nor1.png", 0), ("nor2.png", 0)}
    assert reviewed.counts() == {"used": 4, "changed": 1, "missing": 1, "unreadable": 1}
    assert [d.file for d in reviewed.changed] == [str(files["changed"])]
    assert [d.file for d in reviewed.missing] == [str(files["deleted"])]
    assert {image.source for image in reviewed.images} == {"reviewed"}
    assert next(i.group for i in reviewed.images if i.path.name == "abn2.png") == "patient:P7"
    assert "refused: 1 changed since review, 1 missing" in reviewed.words()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == sorted(
        ["abn1.png", "abn2.png", "nor1.png", "nor2.png", "changed.png", "unreadable.png", "never_reviewed.png"])  # nothing copied

    from cxrviewer.core.admin.dataset import find_labelled_images

    manifest = tmp_path / "lists" / "reviewed.csv"
    assert write_manifest(reviewed, manifest) == 4
    assert sorted((i.path, i.label) for i in find_labelled_images(manifest)) == sorted(
        (i.path.resolve(), i.label) for i in reviewed.images)


def test_decision_columns_for_the_screening_csv(store):
    store.record(sha256=sha("a"), file="/x/a.png", decision="normal", reviewer="Dr A", reviewed_at="2025-03-12T14:02:00+00:00")
    store.record(sha256=sha("a"), file="/x/a.png", decision="abnormal", reviewer="Dr B", reviewed_at="2025-03-12T14:05:00+00:00")
    rows = [
        ScreeningRow("/x/a.png", sha("a"), 0.7, 0.5, True, "m", "1", "2025-03-12T14:00:00+00:00"),
        ScreeningRow("/x/b.png", sha("b"), 0.1, 0.5, False, "m", "1", "2025-03-12T14:00:00+00:00"),
        ScreeningRow("/x/broken.png", None, None, None, None, "m", "1", "2025-03-12T14:00:00+00:00", "unreadable"),
    ]
    assert DECISION_CSV_COLUMNS == ("decision", "reviewer", "reviewed_at")
    assert decision_columns(rows, store) == [("abnormal", "Dr B", "2025-03-12T14:05:00+00:00"), ("", "", ""), ("", "", "")]
    assert decision_columns(rows, store.path)[0][0] == "abnormal"  # or by the database's path
    names, values_for = decision_csv_extra(store.path)  # what the screening CSV export is given
    assert names == DECISION_CSV_COLUMNS and values_for(rows)[1] == ("", "", "")


def test_reviews_csv_has_the_documented_columns(store, tmp_path):
    store.record(sha256=sha("a"), file="/x/a.png", decision="normal", reviewer="Dr A", note="fine", score=flagged_score(True))
    out = tmp_path / "reviews.csv"
    assert write_reviews_csv(store.latest_decisions(), out) == 1
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == REVIEW_CSV_COLUMNS
    assert rows[0]["decision"] == "normal" and rows[0]["flagged"] == "true" and rows[0]["agrees_with_model"] == "false"
