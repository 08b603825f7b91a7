"""Which augmentations help: a table of the ablation arms trained by bench/ablation.sh (and bench/train_all.sh).

    python bench/ablation.py              # reads runs/ablation/<arm>, runs/loso*/mendeley_tb_kiran; writes docs/model.md

Every arm is trained with the same split, seed, lesion guidance and number of epochs (10, for time on
two CPU cores); the choice is made on the **validation** per-source mean AUC, the test figures are shown
only to report them. One seed per arm: differences under ~0.02 are within run-to-run noise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate import SOURCES_WITH_BOTH, fmt, score_ours, write_between_markers  # noqa: E402

from cxrviewer.core import metrics  # noqa: E402
from cxrviewer.core.admin.dataset import find_labelled_images  # noqa: E402
from cxrviewer.core.model.card import TFLITE_NAME  # noqa: E402
from cxrviewer.core.model.runtime import ModelRuntime  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARMS = {
    "all": "affine + intensity + resolution (the 1.0 recipe)",
    "none": "no augmentation",
    "no_affine": "without affine (rotation, zoom, shift)",
    "no_intensity": "without intensity (gain, offset)",
    "no_resolution": "without resolution (down-and-up sampling)",
    "all_style": "all + style (gamma, sharpening)",
    "all_clahe": "all, CLAHE preprocessing",
}
LOSO_ARMS = {"loso_1.0": "all (the 1.0 recipe)", "loso": "all + style (the 1.1 recipe)", "loso_clahe": "all, CLAHE preprocessing",
             "loso_style_clahe": "all + style, CLAHE preprocessing",
             "loso_1.0_seed1": "all (the 1.0 recipe), seed 1", "loso_seed1": "all + style (the 1.1 recipe), seed 1",
             "loso_style_clahe_seed1": "all + style, CLAHE preprocessing, seed 1"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default=str(REPO / "runs"))
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "cxr"))
    parser.add_argument("--out", default=str(REPO / "docs" / "model.md"))
    args = parser.parse_args()
    runs = Path(args.runs)
    lines = ["| arm | val per-source mean AUC | val AUC | " + " | ".join(f"val {s}" for s in SOURCES_WITH_BOTH)
             + " | test per-source mean AUC |", "|---" * (4 + len(SOURCES_WITH_BOTH)) + "|"]
    for arm, words in ARMS.items():
        card_path = runs / "ablation" / arm / "model_card.json"
        if not (runs / "ablation" / arm / TFLITE_NAME).is_file():
            continue
        m = json.loads(card_path.read_text())["metrics"]
        val, test = m["validation"], m["test"]
        lines.append(f"| {words} | {fmt(val['source_mean_auc'])} | {fmt(val['auc'])} | "
                     + " | ".join(fmt(val["auc_per_source"].get(s)) for s in SOURCES_WITH_BOTH)
                     + f" | {fmt(test['source_mean_auc'])} |")
    mendeley = [i for i in find_labelled_images(Path(args.data) / "manifest.csv") if i.source == "mendeley_tb_kiran"]
    lines += ["", "Leave-one-source-out on the TB source (trained without Mendeley, 12 epochs, scored on all of it; "
              "seed 1 also draws another train/validation split):", "",
              "| arm | AUC on mendeley_tb_kiran |", "|---|---|"]
    for folder, words in LOSO_ARMS.items():
        model = runs / folder / "mendeley_tb_kiran"
        if (model / TFLITE_NAME).is_file():
            scored, _ = score_ours(ModelRuntime(model), mendeley)
            lines.append(f"| {words} | {fmt(metrics.roc_auc(scored.labels, scored.probs))} |")
    text = "\n".join(lines) + "\n"
    print(text)
    write_between_markers(Path(args.out), text, block="ablation")


if __name__ == "__main__":
    main()
