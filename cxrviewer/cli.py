"""Command line: ``gui`` (default), ``analyze``, ``screen``, ``selftest``; ``train`` and ``set-passphrase``
(``cli_admin``); ``review`` and ``reviews`` (``cli_review``); what they share in ``cli_support``.

The GUI, this CLI and the tests call the same core functions. Heavy imports (Qt, TensorFlow)
happen inside the sub-command that needs them, so ``analyze`` never loads Qt and the GUI never
loads TensorFlow.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from cxrviewer import __version__
from cxrviewer.cli_adapt import add_parser as add_adapt_parser
from cxrviewer.cli_admin import cmd_set_passphrase, cmd_train
from cxrviewer.cli_review import cmd_review, cmd_reviews
from cxrviewer.cli_support import (
    EXIT_CANNOT_WRITE,
    EXIT_CODES_HELP,
    EXIT_INTERRUPTED,
    EXIT_MODEL_REFUSED,
    EXIT_NOTHING_TO_DO,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_UNEXPECTED,
    CommandFailed,
    display_width,
    json_line,
    load_runtime,
    pad,
    where_details_are,
)
from cxrviewer.core.admin.objectives import OBJECTIVES
from cxrviewer.core.admin.pooling import POOLINGS
from cxrviewer.core.errors import N_
from cxrviewer.i18n import _, decimal, percent

log = logging.getLogger(__name__)


def _cmd_analyze(args: argparse.Namespace) -> int:
    """Score each file; one JSON object per line with --json. Exit 1 if any file failed.

    A score's cautions (lungs cut off at the film's edge, ...) are the JSON's "cautions" list, and a "caution:"
    line under the score in the text. Writes nothing but its output (and the log, when the log folder is writable).
    """
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.image.reading import load_image
    from cxrviewer.core.screening.store import CSV_IDENTIFIER_COLUMNS as IDS  # DICOM; null otherwise; no name, as the CSV

    runtime = load_runtime(args.model)
    model = {"name": runtime.info.name, "version": runtime.info.version, "sha256": runtime.info.sha256}
    failed = 0
    for file in args.files:
        record = {"file": file, "probability": None, "threshold": runtime.threshold, "flagged": None, "model": model,
                  "error": None, **dict.fromkeys(IDS), "cautions": []}
        try:
            image = load_image(file)
            record.update({key: getattr(image.study, key) for key in IDS} if image.study is not None else {})
            prediction = runtime.predict(image)
            record.update(probability=round(prediction.probability, 6), flagged=prediction.flagged,
                          cautions=[str(caution) for caution in prediction.cautions])
        except CxrError as exc:
            record["error"] = exc.user_message
            failed += 1
        if args.json:
            print(json_line(record), flush=True)
        elif record["error"]:
            print(_("{file}: ERROR {error}").format(file=file, error=record["error"]), flush=True)
        else:
            flag = _("  REVIEW RECOMMENDED") if record["flagged"] else ""
            score = percent(f"{100 * record['probability']:.1f}")
            print(_("{file}: abnormality score {score}{flag}").format(file=file, score=score, flag=flag), flush=True)
            for caution in record["cautions"]:
                print("  " + _("caution: {caution}").format(caution=caution), flush=True)
    if not args.json:
        print(_("model: {name} {version}; threshold {threshold}. For screening support; not a diagnosis.").format(
            name=runtime.info.name, version=runtime.info.version, threshold=percent(f"{100 * runtime.threshold:.1f}")))
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _check_csv_target(out: Path) -> None:
    """Refuse before screening when the CSV plainly cannot be written (its place is a file, or a folder)."""
    import os

    if out.is_dir():
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The CSV cannot be written to {out}: that is a folder. Nothing was screened.")
                            .format(out=out))
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent  # the CSV's missing folders are created when it is written
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The CSV cannot be written to {out}: {parent} is not a folder you can "
                                                 "write to. Nothing was screened; choose another --out path.").format(
            out=out, parent=parent))


def _open_store():
    """The results database, or exit 4 with a sentence naming where it should be."""
    import sqlite3

    from cxrviewer.core.screening.store import ResultStore

    try:
        return ResultStore()
    except (OSError, sqlite3.Error) as exc:
        where = getattr(exc, "filename", None) or _("the cxrviewer data folder")
        log.error("results database not opened: %r", exc)
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The results database cannot be created or opened at {where} ({error}); "
                                                 "screening needs a data folder you can write to. Nothing was screened.")
                            .format(where=where, error=exc)) from exc


def _cmd_screen(args: argparse.Namespace) -> int:
    """Screen a folder into the results database, resuming earlier runs; optional CSV of every image.

    Exit 0 when every image has a score, 1 when some failed, 2 when there is nothing to screen,
    3 when the model is refused, 4 when the CSV or the results database cannot be written,
    130 when interrupted (run it again to resume).
    """
    import sqlite3
    import time

    from tqdm import tqdm

    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.review.decisions import decision_csv_extra
    from cxrviewer.core.screening.batch import FolderScreening, find_images
    from cxrviewer.core.screening.store import export_csv

    try:
        images = find_images(args.folder, recursive=not args.no_recursive)
    except CxrError as exc:
        raise CommandFailed(EXIT_NOTHING_TO_DO, exc.user_message) from exc
    if not images:
        nothing = _("no files found in {folder}") if args.no_recursive else _("no files found in or below {folder}")
        raise CommandFailed(EXIT_NOTHING_TO_DO, nothing.format(folder=args.folder))
    out = Path(args.out) if args.out else None
    if out is not None:
        _check_csv_target(out)
    runtime = load_runtime(args.model)
    started = time.monotonic()
    csv_error = None
    with _open_store() as store, tqdm(total=len(images), unit="image", file=sys.stderr, dynamic_ncols=True) as bar:
        def progress(done: int, total: int) -> None:
            bar.update(done - bar.n)

        screening = FolderScreening(args.folder, runtime, store, progress=progress, workers=args.workers, images=images)
        interrupted = False
        try:
            for _row in screening:
                pass
        except KeyboardInterrupt:
            interrupted = True
        except (OSError, sqlite3.Error) as exc:
            log.exception("screening %s stopped: the results database could not be written", args.folder)
            raise CommandFailed(EXIT_CANNOT_WRITE, _(
                "Screening stopped: the results database {path} could not be written ({error}). The images scored before "
                "this are saved; run the command again when the problem is solved to screen the rest.").format(
                path=store.path, error=exc)) from exc
        bar.close()
        summary, run_rows = screening.summary, store.rows_for_run(screening.run_id)
        if out is not None:
            try:
                export_csv(run_rows, out, decision_csv_extra(store.path), patient_names=args.patient_names)
            except OSError as exc:
                log.error("CSV %s not written: %r", out, exc)
                csv_error = exc
    _print_screen_summary(summary, [r for r in run_rows if r.error is None], runtime, time.monotonic() - started)
    if out is not None and csv_error is None:
        print(_("CSV with {count} rows: {out}").format(count=len(run_rows), out=out))
    print(_("Run {run} saved in {path}. For screening support; not a diagnosis.").format(run=screening.run_id, path=store.path))
    if csv_error is not None:
        print(_("error: the CSV could not be written to {out} ({error}). The results are safe in {path} (run {run}); run "
                "the same command again with a writable --out path to write the CSV (images already scored are not "
                "scored again).").format(out=out, error=csv_error.strerror or csv_error, path=store.path,
                                         run=screening.run_id), file=sys.stderr)
    if interrupted:
        print(_("Interrupted; run the same command again to screen the remaining images."), file=sys.stderr)
        return EXIT_INTERRUPTED
    if csv_error is not None:
        return EXIT_CANNOT_WRITE
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _print_screen_summary(summary, scored: list, runtime, seconds: float) -> None:
    """What ``screen`` says at the end: the counts of this run, aligned, then the files that failed."""
    print(_("{done} of {total} images in {seconds} s with {name} {version} (threshold {threshold}):").format(
        done=summary.done, total=summary.total, seconds=decimal(f"{seconds:.1f}"), name=runtime.info.name,
        version=runtime.info.version, threshold=percent(f"{100 * runtime.threshold:.1f}")))
    counts = [
        (_("scored now:"), summary.scored),
        (_("already scored (skipped):"), summary.skipped),
        (_("failed:"), len(summary.failed)),
        (_("review recommended:"), _("{flagged} of {scored} scored").format(
            flagged=sum(bool(r.flagged) for r in scored), scored=len(scored))),
    ]
    width = max(display_width(label) for label, _value in counts) + 3  # English: 28, as it always was
    for label, value in counts:
        print(f"  {pad(label, width)}{value}")
    if summary.failed:
        print(_("Failed files:"))
        for row in summary.failed:
            print("  " + _("{file}: {error}").format(file=row.file, error=row.error))


def _cmd_selftest(args: argparse.Namespace) -> int:
    """Verify the model folder (every file, the card's checksum and values), load it and score a generated
    image. Exit 0 when all is well, 3 when the model is refused, 1 when its results are invalid."""
    from cxrviewer.core.model.selftest import run_selftest

    try:
        runtime = load_runtime(args.model)
    except CommandFailed as exc:
        raise CommandFailed(exc.code, exc.message, prefix=N_("selftest FAILED: ")) from exc
    result = run_selftest(runtime)
    print(_("model {name} {version} in {folder}: card and files verified ({files}); sha256 {sha256}…").format(
        name=runtime.info.name, version=runtime.info.version, folder=runtime.model_dir,
        files=", ".join(runtime.card.manifest), sha256=runtime.info.sha256[:12]))
    print(_("chest X-ray check: on") if result.input_check
          else _("chest X-ray check: OFF (this model folder has none: every image is scored)"))
    if result.probability is not None:
        print(_("generated image scored {score}").format(score=percent(f"{100 * result.probability:.1f}")))
    if not result.passed:
        for problem in result.problems:
            print(_("selftest FAILED: ") + problem, file=sys.stderr)
        return EXIT_SOME_FAILED
    print(_("selftest passed"))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxrviewer-cli", description="cxrviewer: chest X-ray screening support",
                                     epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"cxrviewer {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="start the viewer (default)")
    p.add_argument("files", nargs="*", help="images to open")

    p = sub.add_parser("analyze", help="score image files", epilog=EXIT_CODES_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--model", help="model folder to use instead of the active one")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("screen", help="score every image in a folder (resumes an interrupted run)", epilog=EXIT_CODES_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", help="folder of chest X-rays (PNG, JPEG, DICOM)")
    p.add_argument("--out", help="write a CSV with one row per image of the folder")
    p.add_argument("--patient-names", action="store_true", help="also write DICOM patient names in the CSV (not by default)")
    p.add_argument("--no-recursive", action="store_true", help="only this folder, not its sub-folders")
    p.add_argument("--workers", type=int, default=2, help="image decoding threads (default 2)")
    p.add_argument("--model", help="model folder to use instead of the active one")
    p.set_defaults(func=_cmd_screen)

    p = sub.add_parser("selftest", help="verify the model and score a generated image", epilog=EXIT_CODES_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", help="model folder to use instead of the active one")
    p.set_defaults(func=_cmd_selftest)

    p = sub.add_parser("train", help="train a model on a labelled folder or CSV (runs TensorFlow)")
    p.add_argument("data", help="folder (normal/ abnormal/ subfolders or _0/_1 suffixes) or CSV file,label[,group,source]")
    p.add_argument("--out", required=True, help="folder that receives model.tflite, model.keras and model_card.json")
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--size", type=int, default=256, help="model input size in pixels")
    p.add_argument("--width", type=int, default=1, help="channel multiplier of the network")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--val-fraction", type=float, default=0.15)
    p.add_argument("--test-fraction", type=float, default=0.15)
    p.add_argument("--augment", default="affine,intensity,resolution", help="comma list: affine,intensity,resolution,noise,style,histmatch")
    p.add_argument("--clahe", action="store_true")
    p.add_argument("--lung-crop", action="store_true", help="crop to the lung fields found by the bundled lung segmenter")
    p.add_argument("--lung-mask", choices=["lungs", "thorax"], default="",
                   help="blank everything outside the lung fields ('lungs') or outside their convex hull, heart and "
                        "mediastinum kept ('thorax'), both slightly widened (implies --lung-crop)")
    p.add_argument("--patience", type=int, default=12, help="stop after this many rounds without improvement")
    p.add_argument("--keep-epoch", choices=["best", "last", "average"], default="best",
                   help="keep the round with the best validation per-source mean AUC (default), the last round, or "
                   "the average of the weights after each round of the second half")
    p.add_argument("--objective", default="bce", choices=OBJECTIVES,
                   help="loss on the score: balanced cross-entropy (default), ranking within each source, or group DRO")
    p.add_argument("--pooling", default="average", choices=POOLINGS,
                   help="how the activation map becomes the score: its average (default) or a soft maximum (lse)")
    p.add_argument("--mixstyle", action="store_true",
                   help="mix the early layers' feature statistics between images while training (another hospital's style)")
    p.add_argument("--synthetic-lesions", type=float, default=0.0, metavar="FRACTION",
                   help="while training, draw a synthetic nodule or opacity into this fraction of the normal images "
                   "and label them abnormal (default 0: off)")
    p.add_argument("--blank-outside-thorax", type=float, default=0.0, metavar="FRACTION",
                   help="while training, show this fraction of the films with everything outside the thorax blanked "
                   "(the app still gives the model the whole input; default 0: off)")
    p.add_argument("--signs", metavar="CSV", help="pre-train on radiological signs first (file,findings[,patient,source])")
    p.add_argument("--signs-epochs", type=int, default=8, help="rounds of the signs pre-training (default 8)")
    p.add_argument("--lesion-boxes", action="append", help="CSV of lesion boxes (file,xmin,ymin,xmax,ymax) or nodules "
                   "(file,x,y,diameter_px) that guide the heatmap (repeatable)")
    p.add_argument("--init-from", help="fine-tune from this model folder")
    p.add_argument("--exclude-source", action="append", help="leave this source out entirely (repeatable)")
    p.add_argument("--version-label", help="version string written to the model card")
    p.add_argument("--jsonl", action="store_true", help="machine-readable progress on stdout; 'stop' on stdin stops")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("set-passphrase", help="set the administrator passphrase (install.sh runs this)",
                       description="Set the passphrase that Tools > Administration asks for. It is read from the first "
                       "line of --file, or from standard input (asked twice, hidden, in a terminal); never from the "
                       "command line. Without --system-dir it is set for the user who runs the command.")
    p.add_argument("--file", help="read the passphrase from the first line of this file (unattended installation)")
    p.add_argument("--system-dir", metavar="DIR", help="set it for every user of this computer, in this folder (as root; "
                   "install.sh --system uses /etc/opt/cxrviewer, the folder the program reads)")
    p.add_argument("--replace", action="store_true", help="replace a passphrase that is already set")
    p.add_argument("--check", action="store_true", help="only say whether one is set (exit 0) or not (exit 1)")
    p.set_defaults(func=cmd_set_passphrase)

    p = sub.add_parser("review", help="record a clinician's decision on images (abnormal, normal, unreadable)",
                       description="Record a clinician's decision on each file in the results database, with the "
                       "model's score at the time (a stored screening score, else the file is scored now). A second "
                       "decision on the same image is a correction: it counts, and the earlier one stays in the "
                       "history. Exit 0: every decision recorded; 1: some file could not be (each says why); 2: "
                       "unusable arguments; 3: a file needed a score and the model was refused (nothing recorded); "
                       "4: the results database cannot be written.",
                       epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", help="the image files reviewed")
    p.add_argument("--decision", required=True, choices=("abnormal", "normal", "unreadable"))
    p.add_argument("--reviewer", help="who reviewed (default: your login name); added to the local reviewer list")
    p.add_argument("--note", default="", help="a short note kept with the decision")
    p.add_argument("--model", help="model folder to score with (and whose stored scores to use) instead of the active one")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("reviews", help="list the reviewed images and the model's figures against the reviewers",
                       description="One row per reviewed image (the decision that counts), or every decision with "
                       "--history, then the model's sensitivity and specificity against the reviewers. Exit 0; 4: the "
                       "results database or the CSV cannot be read or written.",
                       epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", help="also write them as CSV (owner-only)")
    p.add_argument("--history", action="store_true", help="every decision, corrections and the decisions they replaced")
    p.set_defaults(func=cmd_reviews)
    add_adapt_parser(sub)
    return parser


def _display_available() -> bool:
    """False on a Linux machine with no X/Wayland display and no Qt platform chosen explicitly."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv or ["gui"])
    if args.command in (None, "gui"):
        if not _display_available():
            from cxrviewer.i18n import setup as setup_language

            setup_language()
            print(_("cxrviewer needs a screen, and none was found (DISPLAY is not set).\n"
                    "On a machine without a screen, start it inside a virtual display:\n"
                    "    xvfb-run -a .venv/bin/cxrviewer\n"
                    "or use the command-line tools: cxrviewer-cli --help"), file=sys.stderr)
            return 2
        from cxrviewer.qt.app import run_gui

        return run_gui(getattr(args, "files", []))
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    """Run a sub-command with logging to the rotating log file (stderr when the log folder cannot be
    written); every failure ends as one sentence on stderr and a documented exit code, never a traceback."""
    from cxrviewer.core.errors import CxrError, ModelIntegrity, ModelMissing
    from cxrviewer.i18n import setup as setup_language
    from cxrviewer.logsetup import setup_logging

    setup_logging(crash_log=False)
    setup_language()
    log.info("cxrviewer %s: %s", __version__, args.command)
    try:
        return int(args.func(args))
    except CommandFailed as exc:
        print(f"{_(exc.prefix)}{exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except CxrError as exc:
        log.error("%s failed: %s (%s)", args.command, exc.english_message, exc.detail)
        print(_("error: {message}").format(message=exc.user_message), file=sys.stderr)
        return EXIT_MODEL_REFUSED if isinstance(exc, ModelIntegrity | ModelMissing) else EXIT_NOTHING_TO_DO
    except Exception:  # noqa: BLE001 - a sentence and the log, never a traceback on the user's screen
        log.exception("%s failed unexpectedly", args.command)
        print(_("error: cxrviewer stopped because of an unexpected problem; {where}.").format(where=where_details_are()),
              file=sys.stderr)
        return EXIT_UNEXPECTED


def gui_main() -> int:
    """Entry point of the windowed ``cxrviewer`` program."""
    return main(["gui", *sys.argv[1:]])
