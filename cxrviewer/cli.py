"""Command line: ``gui`` (default), ``analyze``, ``screen``, ``train``, ``selftest``.

The GUI, this CLI and the tests call the same core functions. Heavy imports (Qt, TensorFlow)
happen inside the sub-command that needs them, so ``analyze`` never loads Qt and the GUI never
loads TensorFlow.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import threading
from pathlib import Path

from cxrviewer import __version__


def _cmd_train(args: argparse.Namespace) -> int:
    from cxrviewer.core.errors import CxrError
    from cxrviewer.core.training import StopFlag, TrainConfig, train

    stop = StopFlag()
    if args.jsonl:
        def emit(event: dict) -> None:
            sys.stdout.write(json.dumps(event) + "\n")
            sys.stdout.flush()

        def watch_stdin() -> None:
            for line in sys.stdin:
                if line.strip().lower() == "stop":
                    stop.set()
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
        cache_dir=_cache_dir(),
        command="cxrviewer-cli " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
    )
    if args.version_label:
        config.version = args.version_label
    try:
        train(config, emit, stop)
    except CxrError as exc:
        emit({"event": "error", "message": exc.user_message, "detail": exc.detail})
        if not args.jsonl:
            print(f"error: {exc.user_message}", file=sys.stderr)
        return 2
    return 0


def _cache_dir() -> Path:
    from cxrviewer.paths import user_cache_dir

    return user_cache_dir() / "training"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxrviewer-cli", description="cxrviewer: chest X-ray screening support")
    parser.add_argument("--version", action="version", version=f"cxrviewer {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="start the viewer (default)")
    p.add_argument("files", nargs="*", help="images to open")

    p = sub.add_parser("train", help="train a model on a labelled folder or CSV (runs TensorFlow)")
    p.add_argument("data", help="folder (normal/ abnormal/ subfolders or _0/_1 suffixes) or CSV file,label[,group,source]")
    p.add_argument("--out", required=True, help="folder that receives model.tflite, model.keras and model_card.json")
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--size", type=int, default=256, help="model input size in pixels")
    p.add_argument("--width", type=int, default=1, help="channel multiplier of the network")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--val-fraction", type=float, default=0.15)
    p.add_argument("--test-fraction", type=float, default=0.15)
    p.add_argument("--augment", default="affine,intensity,resolution", help="comma list: affine,intensity,resolution,noise")
    p.add_argument("--clahe", action="store_true")
    p.add_argument("--init-from", help="fine-tune from this model folder")
    p.add_argument("--exclude-source", action="append", help="leave this source out entirely (repeatable)")
    p.add_argument("--version-label", help="version string written to the model card")
    p.add_argument("--jsonl", action="store_true", help="machine-readable progress on stdout; 'stop' on stdin stops")
    p.set_defaults(func=_cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv or ["gui"])
    if args.command in (None, "gui"):
        from cxrviewer.qt.app import run_gui

        return run_gui(getattr(args, "files", []))
    return int(args.func(args))


def gui_main() -> int:
    """Entry point of the windowed ``cxrviewer`` program."""
    return main(["gui", *sys.argv[1:]])
