"""How often the "is this a chest X-ray" gate refuses real X-rays from a hospital it has never seen.

    python bench/new_site_refusal.py            # uses runs/loso/<source> (from bench/train_all.sh)
    python bench/new_site_refusal.py --runs runs/loso_exp/proxy/appearance/seed0 --runs .../seed1   # pooled seeds

Each leave-one-source-out model's gate was fitted without that source, so the source's X-rays stand in
for a new clinic's. Prints, per detector, the share refused and the distance (as a multiple of the gate's
cut-off) below which 99% of the new site's X-rays fall; ``core.ood.NEW_SITE_MARGIN`` is set from these.
The lung-field checks (no lungs, one lung, not upright) are counted apart: no margin changes them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cxrviewer.core.admin.dataset import find_labelled_images  # noqa: E402
from cxrviewer.core.errors import NotChestXray  # noqa: E402
from cxrviewer.core.image.reading import load_image  # noqa: E402
from cxrviewer.core.model.gate import NEW_SITE_MARGIN, image_checks  # noqa: E402
from cxrviewer.core.model.runtime import ModelRuntime  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SOURCES = ["nih_cxr14", "rsna_pneumonia", "jsrt", "mendeley_tb_kiran"]


def site_ratios(model: Path, images: list) -> tuple[list[str], np.ndarray, int, int]:
    """Distances of ``images`` to ``model``'s gate, as multiples of each detector's validation cut-off; and how
    many failed the image checks and the lung-field checks."""
    runtime = ModelRuntime(model)
    gate = runtime.input_gate
    names = list(gate.detectors)
    ratios, failed_checks, failed_lungs = [], 0, 0
    for item in images:
        image = load_image(item.path)
        try:
            image_checks(image)
        except NotChestXray:
            failed_checks += 1
        prepared = runtime.prepare(image)  # cropped to the lungs where the model's card says so
        embedding = runtime.run(prepared.array)[2]
        try:
            runtime.check_lungs(prepared, embedding)
        except NotChestXray:
            failed_lungs += 1
        distances = gate.distances(prepared.array, embedding)
        # against the cut-off before any new-site margin, so the figures can set that margin
        ratios.append([distances[n] * gate.detectors[n].margin / gate.detectors[n].threshold for n in names])
    return names, np.array(ratios), failed_checks, failed_lungs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", action="append", help="folder of leave-one-source-out models, one per source "
                        "(repeatable: seeds are pooled); default runs/loso")
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "cxr"))
    parser.add_argument("--every", type=int, default=2, help="score every n-th image of the source")
    args = parser.parse_args()
    items = find_labelled_images(Path(args.data) / "manifest.csv")
    sites = {}
    for source in SOURCES:
        models = [Path(runs) / source for runs in args.runs or [REPO / "runs" / "loso"]]
        models = [m for m in models if (m / "ood.npz").is_file()]
        if not models:
            print(f"{source}: no model with a gate in {args.runs}")
            continue
        results = [site_ratios(m, [i for i in items if i.source == source][:: args.every]) for m in models]
        names = results[0][0]
        ratios = np.concatenate([r[1] for r in results])
        failed, lungs = sum(r[2] for r in results), sum(r[3] for r in results)
        sites[source] = ratios
        print(f"{source} ({len(ratios)} X-rays, {len(models)} models), validation cut-offs: refused by " + ", ".join(
            f"{n} {np.mean(ratios[:, k] > 1) * 100:.1f}%" for k, n in enumerate(names))
            + f"; any {np.mean((ratios > 1).any(axis=1)) * 100:.1f}%; image checks {failed}; lung-field checks {lungs} "
            f"({100 * lungs / len(ratios):.1f}%); 99th percentile ratio "
            + ", ".join(f"{n} {np.percentile(ratios[:, k], 99):.2f}" for k, n in enumerate(names)))
    if not sites:
        return
    # every site weighs the same, however many images it has
    p99 = {s: np.percentile(r, 99, axis=0) for s, r in sites.items()}
    margin = np.maximum(np.mean(list(p99.values()), axis=0), 1.0)
    print("margins (mean over sites of the 99th percentile ratio): "
          + ", ".join(f"{n} {v:.2f}" for n, v in zip(names, margin, strict=True)))
    current = np.array([NEW_SITE_MARGIN.get(n, 1.0) for n in names])
    for source, ratios in sites.items():
        others = [p99[s] for s in sites if s != source]
        fair = np.maximum(np.mean(others, axis=0), 1.0) if others else margin
        print(f"{source}: refused with the shipped margins {np.mean((ratios > current).any(axis=1)) * 100:.1f}%; "
              f"with margins set from the other sites only {np.mean((ratios > fair).any(axis=1)) * 100:.1f}%")


if __name__ == "__main__":
    main()
