"""(Re)write the integrity manifest of a model folder: the sha256 of every file and of the card's
result-changing content (threshold, calibration, preprocessing, input spec), so cxrviewer refuses
the folder if any of them changes afterwards.

    python bench/seal_model.py                     # the bundled model, models/
    python bench/seal_model.py PATH/TO/MODEL_DIR   # a model folder exported by an older cxrviewer
    python bench/seal_model.py DIR --no-input-check   # a folder deliberately without ood.npz

Sealing records what is in the folder now, damaged or not: seal only a folder whose files you
trust (just exported, or checked against the training run). Sub-folders (a lung segmenter with its
own card) and hidden files are not covered. The card's values are checked first (a NaN threshold,
a negative calibration slope, ... are refused, not sealed). See docs/decisions.md, "Model folder integrity".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cxrviewer.core.errors import CxrError  # noqa: E402
from cxrviewer.core.model.card import seal_model, verify_model  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def seal(folder: Path, require_gate: bool = True):
    """Seal ``folder`` and verify it as the program will; returns the card."""
    seal_model(folder, require_gate=require_gate)
    return verify_model(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(REPO / "models"), help="model folder (default: models/)")
    parser.add_argument("--no-input-check", action="store_true",
                        help="allow a folder without ood.npz (the model then scores every image it is given)")
    args = parser.parse_args(argv)
    try:
        card = seal(Path(args.folder), require_gate=not args.no_input_check)
    except CxrError as exc:
        print(f"error: {exc.user_message} ({exc.detail})", file=sys.stderr)
        return 3
    print(f"sealed {args.folder}: {card.name} {card.version}")
    for name, digest in card.manifest.items():
        print(f"  {digest}  {name}")
    print(f"  card content sha256 {card.content_sha256()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
