"""Entry point of the frozen console program ``cxrviewer-cli`` (``build.spec`` freezes this file).

Same as ``python -m cxrviewer``, with one difference: a bundle built without TensorFlow (the
default, see docs/packaging.md) answers ``cxrviewer-cli train`` with a plain sentence instead of
an import traceback. With ``--jsonl`` that sentence is an ``error`` event, which is what the
administration window's training child protocol expects.
"""

from __future__ import annotations

import json
import multiprocessing
import sys

from cxrviewer.frozen_env import restore_library_path

TRAINING_UNAVAILABLE = (
    "Training is not part of this installation of cxrviewer: it needs TensorFlow, which only the full "
    "installation includes (the '-full' download, or a Python installation with the 'train' extra). "
    "Viewing, analysing, folder screening and the self-test work as usual."
)


def tensorflow_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("tensorflow") is not None
    except (ImportError, ValueError):
        return False


def training_refused(argv: list[str]) -> int | None:
    """Exit code 2 and the sentence when ``train`` is asked for and TensorFlow is absent; else None."""
    if not argv or argv[0] != "train" or "-h" in argv or "--help" in argv or tensorflow_available():
        return None
    if "--jsonl" in argv:
        detail = "TensorFlow is not bundled (built without CXRVIEWER_WITH_TF=1)"
        sys.stdout.write(json.dumps({"event": "error", "message": TRAINING_UNAVAILABLE, "detail": detail}) + "\n")
        sys.stdout.flush()
    else:
        print(f"error: {TRAINING_UNAVAILABLE}", file=sys.stderr)
    return 2


def main() -> int:
    multiprocessing.freeze_support()
    restore_library_path()
    argv = sys.argv[1:]
    refused = training_refused(argv)
    if refused is not None:
        return refused
    from cxrviewer.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
