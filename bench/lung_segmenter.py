"""Speed and quality of the bundled lung segmenter (models/lungs), as the app runs it.

    .venv/bin/python bench/lung_segmenter.py                # data in ../shared/data/lungs
    .venv/bin/python bench/lung_segmenter.py --threads 1

Prints:
  * milliseconds per image on ``--threads`` LiteRT threads: the network alone, and the whole
    ``LungSegmenter.segment`` (preprocessing, network, mask at full resolution, two largest regions) for the
    data's films (long side <= 512) and for a film upscaled to a clinical 3000 x 2500;
  * Dice per source and on dense opacities on the held-out (test) patients, with the split rebuilt from
    the card's split parameters (and checked against the card's list of test images);
  * what ``check_lung_fields`` says about those films, about the same films made into something that is
    not a whole frontal chest (turned sideways, inverted, cut in half or to a quarter), and about the
    non-chest pictures of bench/nonchest.py (scikit-image's pictures, documents, blank frames, noise).
No TensorFlow is imported.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from nonchest import XRAY_VARIANTS, non_chest_images
from train_lung_segmenter import DATA, assign_splits, dice, is_dense, load_cases, read_pair, summarize_dice  # noqa: E402

from cxrviewer.core.image.preprocess import preprocess  # noqa: E402
from cxrviewer.core.lungs.segmenter import LungSegmenter, bundled_lung_model_dir, check_lung_fields  # noqa: E402


def verdict(segmenter: LungSegmenter, gray: np.ndarray) -> str:
    if gray.ndim == 3:
        gray = cv2.cvtColor(gray, cv2.COLOR_BGR2GRAY)
    try:
        check_lung_fields(segmenter.segment(gray))
    except Exception as exc:  # noqa: BLE001 - tallying which check fired
        return type(exc).__name__
    return "accepted"


def timed(function, repeats: int) -> float:
    """Median milliseconds of ``repeats`` calls (after one warm-up)."""
    function()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return 1000.0 * float(np.median(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=bundled_lung_model_dir())
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    cv2.setNumThreads(args.threads)

    segmenter = LungSegmenter(args.model, num_threads=args.threads)
    card = segmenter.card
    print(f"{card['name']} {card['version']}  input {segmenter.spec.size} px  sha256 {card['sha256'][:12]}...")

    cases = load_cases(args.data)
    split = card["training"]["split"]
    names = assign_splits(cases, split)
    test = [c for c, n in zip(cases, names, strict=True) if n == "test"]
    listed = {item["image"] for item in card.get("test_images", [])}
    if listed and listed != {c.image for c in test}:
        raise SystemExit("the split rebuilt from the card's parameters differs from the card's list of test images")
    print(f"held-out split: seed {split['seed']}, val {split['val_fraction']}, test {split['test_fraction']}: "
          f"{len(test)} test images (matches the card's list)")

    gray, _ = read_pair(args.data, test[0])
    model_input, _ = preprocess(gray, segmenter.spec)
    big = cv2.resize(gray, (2500, 3000), interpolation=cv2.INTER_CUBIC)
    print(f"\nspeed, {args.threads} thread(s), median of {args.repeats}:")
    print(f"  network only ({segmenter.spec.size} px)        {timed(lambda: segmenter.probability(model_input), args.repeats):6.1f} ms")
    print(f"  segment() {gray.shape[1]}x{gray.shape[0]} film          {timed(lambda: segmenter.segment(gray), args.repeats):6.1f} ms")
    print(f"  segment() 2500x3000 film          {timed(lambda: segmenter.segment(big), max(5, args.repeats // 5)):6.1f} ms")

    groups: dict[str, list[float]] = {"jsrt_scr": [], "v7_covid": [], "v7_covid_dense": [], "v7_covid_not_dense": []}
    checks: dict[str, Counter] = {"jsrt_scr": Counter(), "v7_covid": Counter()}
    worst = []
    for case in test:
        gray, truth = read_pair(args.data, case)
        fields = segmenter.segment(gray)
        value = dice(fields.mask, truth)
        groups[case.source].append(value)
        if case.source == "v7_covid":
            groups["v7_covid_dense" if is_dense(case, gray, truth) else "v7_covid_not_dense"].append(value)
        try:
            check_lung_fields(fields)
            checks[case.source]["accepted"] += 1
        except Exception as exc:  # noqa: BLE001 - tallying which check fired
            checks[case.source][type(exc).__name__] += 1
        worst.append((value, case.image))
    print("\nDice on held-out patients (full resolution):")
    print(f"  {'group':22s} {'n':>4s} {'mean':>7s} {'median':>7s} {'min':>7s} {'<0.90':>6s}")
    for name, values in groups.items():
        s = summarize_dice(values)
        if s["images"]:
            print(f"  {name:22s} {s['images']:4d} {s['dice_mean']:7.4f} {s['dice_median']:7.4f} {s['dice_min']:7.4f} {s['below_0_90']:6d}")
    print("\ncheck_lung_fields on those films:")
    for source, tally in checks.items():
        print(f"  {source:10s} " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    print("\nlowest Dice:")
    for value, image in sorted(worst)[:5]:
        print(f"  {value:.4f}  {image}")

    variants = {
        **XRAY_VARIANTS,
        "left half": lambda p: np.ascontiguousarray(p[:, : p.shape[1] // 2]),
        "right half": lambda p: np.ascontiguousarray(p[:, p.shape[1] // 2 :]),
        "top half": lambda p: np.ascontiguousarray(p[: p.shape[0] // 2]),
    }
    print("\ncheck_lung_fields on held-out films made into something else (all test films):")
    for kind, make in variants.items():
        tally = Counter(verdict(segmenter, make(read_pair(args.data, case)[0])) for case in test)
        print(f"  {kind:16s} " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    tally = Counter()
    accepted = []
    for name, image in non_chest_images():
        result = verdict(segmenter, image)
        tally[result] += 1
        if result == "accepted":
            accepted.append(name)
    print(f"\ncheck_lung_fields on {sum(tally.values())} non-chest pictures: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    if accepted:
        print("  accepted: " + ", ".join(accepted))


if __name__ == "__main__":
    main()
