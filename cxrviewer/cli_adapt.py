"""``cxrviewer-cli adapt``: adapt the model to this clinic's labelled images and check it honestly.

Writes a candidate model folder (loadable with ``--model DIR``; nothing is activated) and prints, last,
one JSON object: ``recommended``, ``current``/``candidate`` (``auc``, sensitivity, specificity), ``difference``
(``auc``, ``ci``), ``images``, ``reason``; with ``--reviewed`` also ``reviewed`` (images used, changed since
review, missing, marked not readable). Exit 0: recommended; 1: not recommended (the candidate is still
written, for the record); 2: unusable data (a sentence says why); 3: the base model was refused.
"""

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
    _active_model_dir,
    finite_or_none,
    json_line,
)
from cxrviewer.i18n import _

log = logging.getLogger(__name__)

DESCRIPTION = (
    "Fit a new head on the model's features for this clinic's labelled X-rays (numpy only; the network is "
    "unchanged), check it against the model in use by 5-fold cross-validation grouped by patient (every image "
    "scored by a candidate that did not see it; 95% interval of the AUC gain by a paired bootstrap), and write the "
    "candidate model folder to --out. Activation is recommended only when the low end of that interval is above "
    "zero. The local figures of both models are kept for the app. Exit 0: recommended; 1: not recommended (the "
    "candidate is still written); 2: unusable data (unreadable files, fewer than 10 normal or 10 abnormal images); "
    "3: the base model was refused; 4: the folder cannot be written."
)


def add_parser(sub) -> None:
    """Register ``adapt`` on the CLI's sub-parsers."""
    p = sub.add_parser("adapt", help="adapt the model to this clinic's labelled X-rays and check it (no TensorFlow)",
                       description=DESCRIPTION)
    p.add_argument("data", nargs="?", help="folder (normal/ abnormal/ subfolders or _0/_1 suffixes) or CSV "
                   "file,label[,group,source]; not with --reviewed")
    p.add_argument("--out", required=True, help="new (or empty) folder for the candidate model")
    p.add_argument("--base", help="model folder to adapt (default: the active model)")
    p.add_argument("--reviewed", action="store_true", help="use the images the clinicians reviewed, with their decisions")
    p.add_argument("--recipe", choices=("head", "recalibrate"), default="head",
                   help="head: new head on the features (default); recalibrate: calibration and threshold only")
    p.add_argument("--json", action="store_true", help="print only the JSON object")
    p.set_defaults(func=cmd_adapt)


def _items(args: argparse.Namespace):
    from cxrviewer.core.admin.dataset import find_labelled_images

    if args.reviewed == bool(args.data):
        raise CommandFailed(EXIT_NOTHING_TO_DO, _("Give either a folder or CSV of labelled images, or --reviewed."))
    if args.data:
        return find_labelled_images(args.data), str(Path(args.data).resolve()), {}
    from cxrviewer.cli_review import _open_reviews
    from cxrviewer.core.admin.reviewed_set import labelled_set_from_reviews

    with _open_reviews() as store:
        reviewed = labelled_set_from_reviews(store)
    if not args.json:
        print(reviewed.words(), file=sys.stderr)
    # in the JSON too: how many reviewed images were left out, and why (changed since review, missing, not readable)
    return reviewed.images, "reviewed images", {"reviewed": reviewed.counts()}


def cmd_adapt(args: argparse.Namespace) -> int:
    from cxrviewer.core.admin.local_check import adapt_and_check
    from cxrviewer.core.errors import DataFolderError

    base = Path(args.base) if args.base else _active_model_dir()
    items, label, extra = _items(args)

    def progress(done: int, total: int) -> None:
        if not args.json and (done == total or done % 50 == 0):
            print(_("scored {done} of {total} images").format(done=done, total=total), file=sys.stderr)

    try:
        result = adapt_and_check(base, items, Path(args.out), label, recipe=args.recipe, progress=progress)
    except DataFolderError as exc:
        raise CommandFailed(EXIT_NOTHING_TO_DO, exc.user_message) from exc
    except OSError as exc:
        raise CommandFailed(EXIT_CANNOT_WRITE, _("The candidate model could not be written to {out} ({error}).").format(
            out=args.out, error=exc)) from exc
    check = result.check
    if not args.json:
        # the AUCs keep their decimal point, as in the reason that follows (a core sentence) and the JSON
        print(_("Model in use: AUC {current}; adapted candidate: AUC {candidate} (cross-validated, {images} images). "
                "{reason}").format(current=f"{check.current.auc:.3f}", candidate=f"{check.candidate.auc:.3f}",
                                   images=check.images, reason=check.reason))
        print(_("Candidate written to {folder} (not activated).").format(folder=result.candidate_dir))
    print(json_line(finite_or_none({**result.to_dict(), **extra})))
    return EXIT_OK if check.recommended else EXIT_SOME_FAILED
