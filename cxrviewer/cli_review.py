"""cxrviewer-cli commands for clinicians' decisions: ``review`` and ``reviews``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from cxrviewer.cli_support import (
    EXIT_CANNOT_WRITE,
    EXIT_NOTHING_TO_DO,
    EXIT_OK,
    EXIT_SOME_FAILED,
    CommandFailed,
    display_width,
    load_runtime,
    pad,
)
from cxrviewer.i18n import _, percent

log = logging.getLogger(__name__)


def _open_reviews():
    """The clinicians' decisions (in the results database), or exit 4 with a sentence naming where it should be."""
    import sqlite3

    from cxrviewer.core.review.decisions import ReviewStore

    try:
        return ReviewStore()
    except (OSError, sqlite3.Error) as exc:
        where = getattr(exc, "filename", None) or _("the cxrviewer data folder")
        log.error("results database not opened for decisions: %r", exc)
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The results database cannot be created or opened at {where} ({error}); "
                                                 "decisions need a data folder you can write to. Nothing was recorded.")
                            .format(where=where, error=exc)) from exc


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
        raise CommandFailed(EXIT_NOTHING_TO_DO, _("{message} Give it with --reviewer. Nothing was recorded.").format(
            message=exc.user_message)) from exc


def _score_words(probability: float | None, flagged: bool | None, model: str) -> str:
    if probability is None:
        return _("no score")
    words = _("score {score}, review recommended ({model})") if flagged else _("score {score}, below the review threshold ({model})")
    return words.format(score=percent(f"{100 * probability:.1f}"), model=model)


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
                    print(_("{file}: NOT RECORDED: {message}").format(file=file, message=unreadable.user_message),
                          file=sys.stderr)
                    failed += 1
                    continue
                if args.decision != "unreadable":
                    print(_("{file}: NOT RECORDED: {message} Only --decision unreadable can be recorded for it.").format(
                        file=file, message=exc.user_message), file=sys.stderr)
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
                raise CommandFailed(EXIT_CANNOT_WRITE, _(
                    "The decision on {file} could not be written to {path} ({error}). The decisions printed as saved are "
                    "kept; this one and those after it were not recorded.").format(file=file, path=store.path, error=exc)) from exc
            model = f"{saved.model_name} {saved.model_version}".strip()
            disagrees = _("  THE MODEL'S FLAG DISAGREES") if saved.agrees_with_model is False else ""
            no_score = f" ({why})" if why else ""
            print(_("saved: {file}: {decision} by {reviewer}; {score}").format(
                file=file, decision=_(DECISION_WORDS[saved.decision]), reviewer=saved.reviewer,
                score=_score_words(saved.probability, saved.flagged, model)) + no_score + disagrees, flush=True)
    if ready:
        try:
            remember_reviewer(reviewer)
        except OSError:
            log.warning("reviewer %s not added to the reviewer list", reviewer, exc_info=True)
    print(_("{count} decision(s) recorded in {path}. For screening support; not a diagnosis.").format(
        count=len(ready), path=store.path))
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
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The CSV cannot be written to {out}: that is a folder.").format(out=out))
    try:
        with _open_reviews() as store:
            latest = store.latest_decisions()
            decisions = store.all_decisions() if args.history else latest
    except sqlite3.Error as exc:
        log.exception("decisions not read")
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The decisions could not be read from the results database ({error}).")
                            .format(error=exc)) from exc
    for d in decisions:
        print(_decision_row(d))
    figures = running_figures(latest)
    if args.history:
        print(_("{count} decisions in all, corrections included.").format(count=len(decisions)))
    print(_("{reviewed} reviewed images: {abnormal} abnormal, {normal} normal, {unreadable} not readable (the latest "
            "decision on each counts).").format(reviewed=figures.reviewed, abnormal=figures.by_decision["abnormal"],
                                                normal=figures.by_decision["normal"],
                                                unreadable=figures.by_decision["unreadable"]))
    if figures.compared:
        print((_("The model against the reviewers, on 1 image with a score:") if figures.compared == 1 else
               _("The model against the reviewers, on {count} images with a score:")).format(count=figures.compared))
        print(_("  sensitivity {figures}").format(figures=figures.sensitivity.words()))
        print(_("  specificity {figures}").format(figures=figures.specificity.words()))
        print(_("  disagreements {count}").format(count=len(figures.disagreements)))
        print(f"  {figures.trend.words()}")
    if out is not None:
        try:
            count = write_reviews_csv(decisions, out)
        except OSError as exc:
            log.error("reviews CSV %s not written: %r", out, exc)
            raise CommandFailed(EXIT_CANNOT_WRITE, _("The CSV could not be written to {out} ({error}); choose another --out "
                                                     "path.").format(out=out, error=exc.strerror or exc)) from exc
        print(_("CSV with {count} rows: {out}").format(count=count, out=out))
    return EXIT_OK


def _decision_row(d) -> str:
    """One line of ``reviews``: when, the decision, who, the score and flag, the file (columns aligned)."""
    from cxrviewer.core.review.decisions import DECISION_WORDS

    decision_width = max(12, *(display_width(_(w)) for w in DECISION_WORDS.values()))
    score_width = display_width(percent("100.0"))
    flag_words = (_("flagged"), _("below"))
    flag_width = max(7, *(display_width(w) for w in flag_words))
    disagrees = _("  DISAGREES") if d.agrees_with_model is False else ""
    score = "—" if d.probability is None else percent(f"{100 * d.probability:.1f}")
    score = " " * max(0, score_width - display_width(score)) + score
    flag = "" if d.flagged is None else " " + pad(flag_words[0] if d.flagged else flag_words[1], flag_width)
    return f"{_local_minute(d.reviewed_at)}  {pad(_(d.words), decision_width)}  {pad(d.reviewer, 16)}  {score}{flag}  {d.file}{disagrees}"


def _local_minute(timestamp: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(timestamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return timestamp
