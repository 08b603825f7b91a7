"""Refit a model folder's "is this a chest X-ray" gate (ood.npz and the card entry) without retraining.

    python bench/refit_gate.py                      # the bundled model, data in ../shared/data/cxr

Needs the training data (the gate is fitted on the model's own training split and cut on its validation split).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cxrviewer.core.admin.training import refit_input_gate  # noqa: E402
from cxrviewer.paths import user_cache_dir  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(REPO / "models"))
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "cxr" / "manifest.csv"))
    args = parser.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"The training data is not there: {args.data}")
    card = refit_input_gate(Path(args.model), Path(args.data), user_cache_dir() / "training")
    print(json.dumps(card.extra["out_of_distribution"], indent=1))


if __name__ == "__main__":
    main()
