"""Command line: ``gui`` (default), ``analyze``, ``screen``, ``train``, ``selftest``.

The GUI, this CLI and the tests call the same core functions. Heavy imports (Qt, TensorFlow)
happen inside the sub-command that needs them, so ``analyze`` never loads Qt and the GUI never
loads TensorFlow.
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import sys
import threading
from pathlib import Path

from cxrviewer import __version__


def _cmd_train(args: argparse.Namespace) -> int:
    from cxrviewer.core.admin.training import TrainConfig, train
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.types import CancelToken

    stop = CancelToken()
    if args.jsonl:
        def emit(event: dict) -> None:
            sys.stdout.write(json.dumps(event) + "\n")
            sys.stdout.flush()

        def watch_stdin() -> None:
            for line in sys.stdin:
                if line.strip().lower() == "stop":
                    stop.cancel()
                    return

        threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    else:
        def emit(event: dict) -> None:
            kind = event.get("event")
            if kind == "epoch":
                print(f"epoch {event['epoch']}/{event['epochs']}  loss {event['loss']:.4f}  "
                      f"validation AUC {event['val_auc']:.3f}  per-source mean {event['val_source_mean_auc']:.3f}", flush=True)
            elif kind == "done":
                print(json.dumps({k: event[k] for k in ("model_dir", "threshold", "validation", "test")}, indent=2))
            elif kind in ("data", "preprocess"):
                print({k: v for k, v in event.items() if k != "summary"}, flush=True)

    config = TrainConfig(
        data=Path(args.data),
        out=Path(args.out),
        epochs=args.epochs,
        size=args.size,
        seed=args.seed,
        init_from=Path(args.init_from) if args.init_from else None,
        exclude_sources=tuple(args.exclude_source or ()),
        augment=tuple(a for a in args.augment.split(",") if a),
        val_fraction=args.val_fraction,
        test_fraction=args.test_fraction,
        width=args.width,
        clahe=args.clahe,
        patience=args.patience,
        lesion_boxes=tuple(Path(p) for p in args.lesion_boxes or ()),
        cache_dir=_cache_dir(),
        command="cxrviewer-cli " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
    )
    if args.version_label:
        config.version = args.version_label
    try:
        train(config, emit, stop)
    except Exception as exc:  # noqa: BLE001 - the parent process must always get a plain sentence
        if isinstance(exc, CxrError):
            message, detail = exc.user_message, exc.detail
        else:
            logging.getLogger(__name__).exception("training failed")
            message, detail = "Training failed unexpectedly; the details are in the log.", repr(exc)
        emit({"event": "error", "message": message, "detail": detail})
        if not args.jsonl:
            print(f"error: {message}", file=sys.stderr)
        return 2
    return 0


def _load_runtime(model: str | None):
    from cxrviewer.core.config import active_model_dir
    from cxrviewer.core.model.runtime import ModelRuntime

    return ModelRuntime(Path(model) if model else active_model_dir())


def _cmd_analyze(args: argparse.Namespace) -> int:
    """Score each file; one JSON object per line with --json. Exit 1 if any file failed."""
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.image.reading import load_image

    try:
        runtime = _load_runtime(args.model)
    except CxrError as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 3
    model = {"name": runtime.info.name, "version": runtime.info.version, "sha256": runtime.info.sha256}
    failed = 0
    for file in args.files:
        record = {"file": file, "probability": None, "threshold": runtime.threshold, "flagged": None, "model": model, "error": None}
        try:
            prediction = runtime.predict(load_image(file))
            record.update(probability=round(prediction.probability, 6), flagged=prediction.flagged)
        except CxrError as exc:
            record["error"] = exc.user_message
            failed += 1
        if args.json:
            print(json.dumps(record), flush=True)
        elif record["error"]:
            print(f"{file}: ERROR {record['error']}", flush=True)
        else:
            flag = "  REVIEW RECOMMENDED" if record["flagged"] else ""
            print(f"{file}: abnormality score {100 * record['probability']:.1f}%{flag}", flush=True)
    if not args.json:
        print(f"model: {runtime.info.name} {runtime.info.version}; threshold {100 * runtime.threshold:.1f}%. "
              "For screening support; not a diagnosis.")
    return 1 if failed else 0


def _cmd_screen(args: argparse.Namespace) -> int:
    """Screen a folder into the results database, resuming earlier runs; optional CSV of every image.

    Exit 0 when every image has a score, 1 when some failed, 2 when there is nothing to screen,
    3 when the model cannot load, 130 when interrupted (run it again to resume).
    """
    import time

    from tqdm import tqdm

    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.screening.batch import FolderScreening, find_images
    from cxrviewer.core.screening.store import ResultStore, export_csv

    try:
        images = find_images(args.folder, recursive=not args.no_recursive)
    except CxrError as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 2
    if not images:
        where = "in" if args.no_recursive else "in or below"
        print(f"error: no PNG or JPEG images found {where} {args.folder}", file=sys.stderr)
        return 2
    try:
        runtime = _load_runtime(args.model)
    except CxrError as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 3
    started = time.monotonic()
    with ResultStore() as store, tqdm(total=len(images), unit="image", file=sys.stderr, dynamic_ncols=True) as bar:
        def progress(done: int, total: int) -> None:
            bar.update(done - bar.n)

        screening = FolderScreening(args.folder, runtime, store, progress=progress, workers=args.workers, images=images)
        interrupted = False
        try:
            for _row in screening:
                pass
        except KeyboardInterrupt:
            interrupted = True
        bar.close()
        summary, run_rows = screening.summary, store.rows_for_run(screening.run_id)
        if args.out:
            export_csv(run_rows, args.out)
    scored = [r for r in run_rows if r.error is None]
    print(f"{summary.done} of {summary.total} images in {time.monotonic() - started:.1f} s with "
          f"{runtime.info.name} {runtime.info.version} (threshold {100 * runtime.threshold:.1f}%):")
    print(f"  scored now:                 {summary.scored}")
    print(f"  already scored (skipped):   {summary.skipped}")
    print(f"  failed:                     {len(summary.failed)}")
    print(f"  review recommended:         {sum(bool(r.flagged) for r in scored)} of {len(scored)} scored")
    if summary.failed:
        print("Failed files:")
        for row in summary.failed:
            print(f"  {row.file}: {row.error}")
    if args.out:
        print(f"CSV with {len(run_rows)} rows: {args.out}")
    print(f"Run {screening.run_id} saved in {store.path}. For screening support; not a diagnosis.")
    if interrupted:
        print("Interrupted; run the same command again to screen the remaining images.", file=sys.stderr)
        return 130
    return 1 if summary.failed else 0


def _cmd_selftest(args: argparse.Namespace) -> int:
    """Check the model's checksum, load it and score a generated image; exit 0 when all is well."""
    import numpy as np

    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.image.reading import decode_image
    from cxrviewer.core.model.selftest import synthetic_chest_png

    try:
        runtime = _load_runtime(args.model)
        prediction = runtime.predict(decode_image(synthetic_chest_png()), check_input=False)
    except CxrError as exc:
        print(f"selftest FAILED: {exc.user_message} ({exc.detail})", file=sys.stderr)
        return 1
    ok = 0.0 <= prediction.probability <= 1.0 and prediction.heatmap is not None and np.isfinite(prediction.heatmap).all()
    print(f"model {runtime.info.name} {runtime.info.version} sha256 {runtime.info.sha256[:12]}… verified; "
          f"generated image scored {100 * prediction.probability:.1f}%")
    print("selftest passed" if ok else "selftest FAILED: the model returned an invalid score")
    return 0 if ok else 1


def _cache_dir() -> Path:
    from cxrviewer.paths import user_cache_dir

    return user_cache_dir() / "training"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxrviewer-cli", description="cxrviewer: chest X-ray screening support")
    parser.add_argument("--version", action="version", version=f"cxrviewer {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="start the viewer (default)")
    p.add_argument("files", nargs="*", help="images to open")

    p = sub.add_parser("analyze", help="score image files")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--model", help="model folder to use instead of the active one")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("screen", help="score every image in a folder (resumes an interrupted run)")
    p.add_argument("folder", help="folder of PNG/JPEG chest X-rays")
    p.add_argument("--out", help="write a CSV with one row per image of the folder")
    p.add_argument("--no-recursive", action="store_true", help="only this folder, not its sub-folders")
    p.add_argument("--workers", type=int, default=2, help="image decoding threads (default 2)")
    p.add_argument("--model", help="model folder to use instead of the active one")
    p.set_defaults(func=_cmd_screen)

    p = sub.add_parser("selftest", help="verify the model and score a generated image")
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
    p.add_argument("--augment", default="affine,intensity,resolution", help="comma list: affine,intensity,resolution,noise,style")
    p.add_argument("--clahe", action="store_true")
    p.add_argument("--patience", type=int, default=12, help="stop after this many rounds without improvement")
    p.add_argument("--lesion-boxes", action="append", help="CSV of lesion boxes (file,xmin,ymin,xmax,ymax) or nodules "
                   "(file,x,y,diameter_px) that guide the heatmap (repeatable)")
    p.add_argument("--init-from", help="fine-tune from this model folder")
    p.add_argument("--exclude-source", action="append", help="leave this source out entirely (repeatable)")
    p.add_argument("--version-label", help="version string written to the model card")
    p.add_argument("--jsonl", action="store_true", help="machine-readable progress on stdout; 'stop' on stdin stops")
    p.set_defaults(func=_cmd_train)
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
            print("cxrviewer needs a screen, and none was found (DISPLAY is not set).\n"
                  "On a machine without a screen, start it inside a virtual display:\n"
                  "    xvfb-run -a .venv/bin/cxrviewer\n"
                  "or use the command-line tools: cxrviewer-cli --help", file=sys.stderr)
            return 2
        from cxrviewer.qt.app import run_gui

        return run_gui(getattr(args, "files", []))
    return int(args.func(args))


def gui_main() -> int:
    """Entry point of the windowed ``cxrviewer`` program."""
    return main(["gui", *sys.argv[1:]])
