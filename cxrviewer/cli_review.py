"""cxrviewer-cli commands for clinicians' decisions: ``review`` and ``reviews``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from cxrviewer.cli_support import EXIT_CANNOT_WRITE, EXIT_NOTHING_TO_DO, EXIT_OK, EXIT_SOME_FAILED, CommandFailed, load_runtime

log = logging.getLogger(__name__)


def _open_reviews():
    """The clinicians' decisions (in the results database), or exit 4 with a sentence naming where it should be."""
    import sqlite3

    from cxrviewer.core.review.decisions import ReviewStore

    try:
        return ReviewStore()
    except (OSError, sqlite3.Error) as exc:
        where = getattr(exc, "filename", None) or "the cxrviewer data folder"
        log.error("results database not opened for decisions: %r", exc)
        raise CommandFailed(EXIT_CANNOT_WRITE, f"The results database cannot be created or opened at {where} ({exc}); "
                            "decisions need a data folder you can write to. Nothing was recorded.") from exc


def _reviewer_name(given: str | None) -> str:
    """``--reviewer``, else the login name; exit 2 when neither is a usable name."""
    import getpass

    from cxrviewer.core.review.decisions import ReviewError, clean_reviewer_name

    if given is None:
        try:
            given = getpass.getuser()
        except (OSError, KeyError, ImportError):
            given = ""
    try:
        return clean_reviewer_name(given)
    except ReviewError as exc:
        raise CommandFailed(EXIT_NOTHING_TO_DO, f"{exc.user_message} Give it with --reviewer. Nothing was recorded.") from exc


def _score_words(probability: float | None, flagged: bool | None, model: str) -> str:
    if probability is None:
        return "no score"
    flag = "review recommended" if flagged else "below the review threshold"
    return f"score {100 * probability:.1f}%, {flag} ({model})"


def cmd_review(args: argparse.Namespace) -> int:
    """Record a clinician's decision on each file, with the model's score at the time (a stored screening score,
    else the file is scored now). Exit 0 when every decision was recorded; 1 when some file could not be (each
    says why); 2 for unusable arguments; 3 when a file needed a score and the model was refused (nothing was
    recorded); 4 when the results database cannot be written."""
    import hashlib
    import os
    import sqlite3

    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.image.reading import load_image, read_file_bytes
    from cxrviewer.core.review.decisions import DECISION_WORDS, ModelScore, remember_reviewer

    reviewer = _reviewer_name(args.reviewer)
    failed = 0
    with _open_reviews() as store:
        # first every file is read and its score found (the model is loaded only if one was never scored), so a
        # refused model stops the command before anything is recorded
        ready = []  # (file, sha256, image or None, score or None, why there is no score)
        runtime = None
        for file in args.files:
            try:
                image = load_image(file)  # as the viewer and analyze read it (DICOM identifiers included)
            except CxrError as exc:
                try:  # not an image it can show: "not readable" can still be kept for its content
                    sha256 = hashlib.sha256(read_file_bytes(file)).hexdigest()
                except CxrError as unreadable:
                    print(f"{file}: NOT RECORDED: {unreadable.user_message}", file=sys.stderr)
                    failed += 1
                    continue
                if args.decision != "unreadable":
                    print(f"{file}: NOT RECORDED: {exc.user_message} Only --decision unreadable can be recorded for it.",
                          file=sys.stderr)
                    failed += 1
                    continue
                ready.append((file, sha256, None, None, exc.user_message))
                continue
            sha256 = image.sha256
            if args.model and runtime is None:
                runtime = load_runtime(args.model)
            score = store.stored_score(sha256, runtime.info.version if args.model else None)
            why = ""
            if score is None:
                runtime = runtime or load_runtime(args.model)
                try:
                    score = ModelScore.from_prediction(runtime.predict(image))
                except CxrError as exc:
                    why = exc.user_message
            ready.append((file, sha256, image, score, why))
        for file, sha256, image, score, why in ready:
            try:
                saved = store.record(sha256=sha256, file=os.path.abspath(file), decision=args.decision, reviewer=reviewer,
                                     note=args.note or "", score=score, study=image.study if image is not None else None)
            except (OSError, sqlite3.Error) as exc:
                log.exception("decision on %s not recorded", file)
                raise CommandFailed(EXIT_CANNOT_WRITE, f"The decision on {file} could not be written to {store.path} ({exc}). "
                                    "The decisions printed as saved are kept; this one and those after it were not "
                                    "recorded.") from exc
            model = f"{saved.model_name} {saved.model_version}".strip()
            disagrees = "  THE MODEL'S FLAG DISAGREES" if saved.agrees_with_model is False else ""
            no_score = f" ({why})" if why else ""
            print(f"saved: {file}: {DECISION_WORDS[saved.decision]} by {saved.reviewer}; "
                  f"{_score_words(saved.probability, saved.flagged, model)}{no_score}{disagrees}", flush=True)
    if ready:
        try:
            remember_reviewer(reviewer)
        except OSError:
            log.warning("reviewer %s not added to the reviewer list", reviewer, exc_info=True)
    print(f"{len(ready)} decision(s) recorded in {store.path}. For screening support; not a diagnosis.")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_reviews(args: argparse.Namespace) -> int:
    """List the reviewed images (the decision that counts for each; --history: every decision, corrections
    included), the model's running figures against the reviewers, and optionally a CSV. Exit 0; 4 when the
    results database or the CSV cannot be read or written."""
    import sqlite3

    from cxrviewer.core.review.decisions import write_reviews_csv
    from cxrviewer.core.review.figures import running_figures

    out = Path(args.out) if args.out else None
    if out is not None and out.is_dir():
        raise CommandFailed(EXIT_CANNOT_WRITE, f"The CSV cannot be written to {out}: that is a folder.")
    try:
        with _open_reviews() as store:
            latest = store.latest_decisions()
            decisions = store.all_decisions() if args.history else latest
    except sqlite3.Error as exc:
        log.exception("decisions not read")
        raise CommandFailed(EXIT_CANNOT_WRITE, f"The decisions could not be read from the results database ({exc}).") from exc
    for d in decisions:
        disagrees = "  DISAGREES" if d.agrees_with_model is False else ""
        score = "     —" if d.probability is None else f"{100 * d.probability:5.1f}%"
        flag = "" if d.flagged is None else (" flagged" if d.flagged else " below  ")
        print(f"{_local_minute(d.reviewed_at)}  {d.words:<12}  {d.reviewer:<16}  {score}{flag}  {d.file}{disagrees}")
    figures = running_figures(latest)
    if args.history:
        print(f"{len(decisions)} decisions in all, corrections included.")
    print(f"{figures.reviewed} reviewed images: {figures.by_decision['abnormal']} abnormal, {figures.by_decision['normal']} "
          f"normal, {figures.by_decision['unreadable']} not readable (the latest decision on each counts).")
    if figures.compared:
        print(f"The model against the reviewers, on {figures.compared} image{'s' if figures.compared != 1 else ''} with a score:")
        print(f"  sensitivity {figures.sensitivity.words()}")
        print(f"  specificity {figures.specificity.words()}")
        print(f"  disagreements {len(figures.disagreements)}")
        print(f"  {figures.trend.words()}")
    if out is not None:
        try:
            count = write_reviews_csv(decisions, out)
        except OSError as exc:
            log.error("reviews CSV %s not written: %r", out, exc)
            raise CommandFailed(EXIT_CANNOT_WRITE, f"The CSV could not be written to {out} "
                                f"({exc.strerror or exc}); choose another --out path.") from exc
        print(f"CSV with {count} rows: {out}")
    return EXIT_OK


def _local_minute(timestamp: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(timestamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return timestamp
