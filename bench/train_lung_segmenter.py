"""Train the lung-field segmenter and write models/lungs (lungs.tflite, lungs.keras, lungs_card.json).

    .venv/bin/python bench/train_lung_segmenter.py                 # about 15-20 min on 2 CPU cores
    nohup .venv/bin/python bench/train_lung_segmenter.py > /tmp/lungseg.log 2>&1 &

Data: ../shared/data/lungs (542 frontal X-rays with hand-drawn lung outlines: JSRT/SCR and V7 on the
ieee8023 COVID-19 collection; read its SOURCES.md). The network is a small U-Net (widths 8-16-32-64-128)
on the classifier's own preprocessing (uniform borders trimmed, long side resized, padded square,
standardised per image), trained with Dice + binary cross-entropy.

The split is by patient (``group``) with the classifier's split function (cxrviewer.core.admin.dataset.
split_of_group) and the classifier card's seed and fractions. A JSRT case is split by the group of its
224-px copy in ../shared/data/cxr (``dev_file``), so a case held out from the classifier is held out here
too and no JSRT patient straddles the two models' splits.

The held-out numbers in the card are measured through the app's own inference path
(cxrviewer.core.lungs.segmenter.LungSegmenter on the exported .tflite), at each image's full resolution.

TensorFlow/Keras are imported inside ``train`` only, so bench/lung_segmenter.py can reuse the helpers here.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxrviewer.core.admin.dataset import split_of_group  # noqa: E402
from cxrviewer.core.checksums import file_sha256  # noqa: E402
from cxrviewer.core.image.preprocess import PreprocessSpec, preprocess  # noqa: E402
from cxrviewer.core.lungs.segmenter import (  # noqa: E402
    CARD_NAME,
    TFLITE_NAME,
    LungSegmenter,
    card_content_sha256,
    check_lung_fields,
    model_to_image_matrix,
)

DATA = ROOT.parent / "shared" / "data" / "lungs"
CXR_MANIFEST = ROOT.parent / "shared" / "data" / "cxr" / "manifest.csv"
CLASSIFIER_CARD = ROOT / "models" / "model_card.json"
OUT = ROOT / "models" / "lungs"
KERAS_NAME = "lungs.keras"
WIDTHS = (8, 16, 32, 64, 128)

# "Dense opacity": the median pixel inside the hand-drawn lung outline sits at or above this percentile of the
# whole image's pixels (clear lungs are among the darkest pixels: median rank 0.27 on JSRT; 0.39 is about the
# upper quartile of the V7 images), or the finding names ARDS. Fixed from the masks alone, before any model.
DENSE_RANK = 0.39
DENSE_FINDINGS = ("ards", "consolidation", "pneumonia", "effusion")  # V7 findings here: COVID-19 (+ARDS)
DENSE_DEFINITION = (
    f"V7 image whose hand-drawn lung region has its median pixel at or above the {100 * DENSE_RANK:.0f}th percentile of the "
    f"whole image's pixels (clear lungs: 27th on JSRT; the {100 * DENSE_RANK:.0f}th is about the upper quartile of V7), or "
    f"whose finding names {', '.join(DENSE_FINDINGS)} (here only ARDS occurs). A proxy from pixel values fixed before "
    "training, not a radiologist's read."
)

CITATIONS = [
    "Shiraishi J, Katsuragawa S, Ikezoe J, et al. Development of a digital image database for chest radiographs "
    "with and without a lung nodule: receiver operating characteristic analysis of radiologists' detection of "
    "pulmonary nodules. AJR Am J Roentgenol 2000;174(1):71-74. (JSRT database)",
    "van Ginneken B, Stegmann MB, Loog M. Segmentation of anatomical structures in chest radiographs using "
    "supervised methods: a comparative study on a public database. Medical Image Analysis 2006;10(1):19-40. "
    "(SCR lung, heart and clavicle outlines)",
    "Cohen JP, Morrison P, Dao L. COVID-19 image data collection. arXiv:2003.11597, 2020; "
    "https://github.com/ieee8023/covid-chestxray-dataset (images; per-image licences, mostly CC BY-NC-SA)",
    "V7 Labs. COVID-19 X-ray dataset, lung annotations. https://github.com/v7labs/covid-19-xray-dataset (CC BY 4.0)",
]
TERMS = (
    "JSRT and SCR: non-commercial research use, citing both papers. ieee8023 images: per-image licences, mostly "
    "CC BY-NC-SA, some unspecified. V7 outlines: CC BY 4.0. Weights trained on this data inherit the non-commercial "
    "terms; clear them before any commercial distribution."
)


# ------------------------------------------------------------------ data (no TensorFlow)


@dataclass(frozen=True)
class Case:
    image: str  # relative to the data folder
    lungs: str
    source: str
    group: str
    split_key: str  # what split_of_group hashes
    finding: str
    view: str


def classifier_split() -> dict:
    """Seed and fractions of the classifier's split (its card), so JSRT cases fall on the same side."""
    try:
        split = json.loads(CLASSIFIER_CARD.read_text(encoding="utf-8"))["training"]["split"]
        return {"seed": int(split["seed"]), "val_fraction": float(split["val_fraction"]), "test_fraction": float(split["test_fraction"])}
    except (OSError, KeyError, ValueError):
        return {"seed": 0, "val_fraction": 0.15, "test_fraction": 0.15}


def load_cases(data: Path = DATA, cxr_manifest: Path = CXR_MANIFEST) -> list[Case]:
    """Every pair of the lungs manifest, with the key its split is decided by.

    JSRT: the ``group`` of its copy in the classifier data (``jsrt:JPCLN002``); when that manifest is absent the
    same key is built from the case id (that is how it is spelt there). V7: ``v7_covid:<patient id>``.
    """
    dev_groups: dict[str, str] = {}
    if cxr_manifest.is_file():
        with cxr_manifest.open(newline="", encoding="utf-8") as handle:
            dev_groups = {row["file"]: row["group"] for row in csv.DictReader(handle)}
    cases = []
    with (data / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["source"] == "jsrt_scr":
                key = dev_groups.get(row["dev_file"], f"jsrt:{row['group']}")
            else:
                key = f"{row['source']}:{row['group']}"
            cases.append(Case(row["image"], row["lungs"], row["source"], row["group"], key, row["finding"], row["view"]))
    return cases


def assign_splits(cases: list[Case], split: dict) -> list[str]:
    return [split_of_group(c.split_key, split["val_fraction"], split["test_fraction"], split["seed"]) for c in cases]


def read_pair(data: Path, case: Case) -> tuple[np.ndarray, np.ndarray]:
    gray = cv2.imread(str(data / case.image), cv2.IMREAD_GRAYSCALE)
    mask = cv2.imread(str(data / case.lungs), cv2.IMREAD_GRAYSCALE)
    if gray is None or mask is None or gray.shape != mask.shape:
        raise SystemExit(f"cannot read {case.image} / {case.lungs}")
    return gray, mask > 127


def opacity_rank(gray: np.ndarray, lungs: np.ndarray) -> float:
    """Percentile of the whole image at which the lung's median pixel sits (0 = darkest); high = dense lungs."""
    cumulative = np.bincount(gray.ravel(), minlength=256).cumsum() / gray.size
    return float(cumulative[int(np.median(gray[lungs]))])


def is_dense(case: Case, gray: np.ndarray, lungs: np.ndarray) -> bool:
    return case.source == "v7_covid" and (
        opacity_rank(gray, lungs) >= DENSE_RANK or any(word in case.finding.lower() for word in DENSE_FINDINGS)
    )


def dice(a: np.ndarray, b: np.ndarray) -> float:
    total = int(a.sum()) + int(b.sum())
    return 1.0 if total == 0 else 2.0 * int(np.logical_and(a, b).sum()) / total


def summarize_dice(values: list[float]) -> dict:
    if not values:
        return {"images": 0}
    v = np.asarray(values)
    return {"images": int(v.size), "dice_mean": round(float(v.mean()), 4), "dice_median": round(float(np.median(v)), 4),
            "dice_min": round(float(v.min()), 4), "below_0_90": int((v < 0.90).sum())}


def mask_to_model(mask: np.ndarray, box: tuple[float, float, float, float], size: int) -> np.ndarray:
    """A full-resolution binary mask -> soft target on the model grid: area-averaged first (no aliasing),
    then placed with the same geometry ``preprocess`` used for the image."""
    h, w = mask.shape
    matrix = model_to_image_matrix(box, size)  # image -> model
    scale = matrix[0, 0]
    ws, hs = max(1, round(w * scale)), max(1, round(h * scale))
    small = cv2.resize(mask.astype(np.float32), (ws, hs), interpolation=cv2.INTER_AREA)
    # small pixel xs sits at image x = (xs + 0.5) * w / ws - 0.5
    fx, fy = w / ws, h / hs
    to_model = np.array([[matrix[0, 0] * fx, 0, matrix[0, 0] * (0.5 * fx - 0.5) + matrix[0, 2]],
                         [0, matrix[1, 1] * fy, matrix[1, 1] * (0.5 * fy - 0.5) + matrix[1, 2]]])
    return cv2.warpAffine(small, to_model, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)


def model_arrays(gray: np.ndarray, mask: np.ndarray, spec: PreprocessSpec) -> tuple[np.ndarray, np.ndarray]:
    x, box = preprocess(gray, spec)
    return x, mask_to_model(mask, box, spec.size)


def augment(gray: np.ndarray, mask: np.ndarray, spec: PreprocessSpec, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """One random variant: gamma on the film, then the app's preprocessing, then a small affine
    (rotation, zoom, shift, left-right flip), blur or noise. The lungs are near mirror images, so a flip is
    a plausible chest (only the heart moves side)."""
    gamma = math.exp(rng.uniform(-0.4, 0.4))
    lut = np.clip(255.0 * (np.arange(256) / 255.0) ** gamma, 0, 255).astype(np.uint8)
    x, y = model_arrays(cv2.LUT(gray, lut), mask, spec)
    s = spec.size
    angle, zoom = rng.uniform(-8, 8), math.exp(rng.uniform(-0.12, 0.12))
    matrix = cv2.getRotationMatrix2D((s / 2 - 0.5, s / 2 - 0.5), angle, zoom)
    matrix[:, 2] += rng.uniform(-0.06, 0.06, size=2) * s
    if rng.random() < 0.5:
        matrix = np.array([[-1.0, 0, s - 1], [0, 1, 0]]) @ np.vstack([matrix, [0, 0, 1]])
    x = cv2.warpAffine(x, matrix, (s, s), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
    y = cv2.warpAffine(y, matrix, (s, s), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0.0)
    r = rng.random()
    if r < 0.25:
        x = cv2.GaussianBlur(x, (0, 0), rng.uniform(0.3, 1.0))
    elif r < 0.5:
        x = x + rng.normal(0, rng.uniform(0.02, 0.12), x.shape).astype(np.float32)
    return x.astype(np.float32), y.astype(np.float32)


# ------------------------------------------------------------------ model (TensorFlow from here on)


def build_unet(size: int, widths: tuple[int, ...] = WIDTHS):
    import keras
    from keras import layers

    def block(x, filters: int, name: str):
        for i in (1, 2):
            x = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv{i}")(x)
            x = layers.BatchNormalization(name=f"{name}_bn{i}")(x)
            x = layers.ReLU(name=f"{name}_relu{i}")(x)
        return x

    inputs = keras.Input((size, size, 1), name="image")
    x, skips = inputs, []
    for level, filters in enumerate(widths[:-1]):
        x = block(x, filters, f"down{level}")
        skips.append(x)
        x = layers.MaxPooling2D(name=f"pool{level}")(x)
    x = block(x, widths[-1], "bottom")
    for level in reversed(range(len(widths) - 1)):
        x = layers.Conv2DTranspose(widths[level], 2, strides=2, name=f"up{level}")(x)
        x = layers.Concatenate(name=f"skip{level}")([x, skips[level]])
        x = block(x, widths[level], f"dec{level}")
    outputs = layers.Conv2D(1, 1, activation="sigmoid", dtype="float32", name="lungs")(x)
    return keras.Model(inputs, outputs, name="lung_unet")


def dice_bce_loss(y_true, y_pred):
    """Binary cross-entropy plus (1 - soft Dice) per image: BCE gets the pixels right early, Dice keeps
    the small, thin parts of the lung (apices, costophrenic angles) from being traded for background."""
    import keras
    from keras import ops

    bce = ops.mean(keras.losses.binary_crossentropy(y_true, y_pred), axis=(1, 2))
    inter = ops.sum(y_true * y_pred, axis=(1, 2, 3))
    total = ops.sum(y_true, axis=(1, 2, 3)) + ops.sum(y_pred, axis=(1, 2, 3))
    soft_dice = (2.0 * inter + 1.0) / (total + 1.0)
    return bce + (1.0 - soft_dice)


def save_weights_only_model(model, path: Path) -> None:
    """The .keras file without the optimizer's state (a third of the size; it ships with the program)."""
    bare = build_unet(int(model.input_shape[1]))
    bare.set_weights(model.get_weights())
    bare.save(path)


def export_tflite(model, path: Path, size: int) -> None:
    """Keras -> SavedModel -> LiteRT float32. Converting a concrete function directly drops Keras 3
    variables (the same route as cxrviewer.core.admin.training.export_tflite)."""
    import tensorflow as tf

    with tempfile.TemporaryDirectory() as tmp:
        signature = [tf.TensorSpec([1, size, size, 1], tf.float32, name="image")]
        model.export(tmp, format="tf_saved_model", input_signature=signature, verbose=False)
        path.write_bytes(tf.lite.TFLiteConverter.from_saved_model(tmp).convert())


def log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)


def train(args: argparse.Namespace) -> None:
    started = time.time()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    cv2.setNumThreads(1)
    import keras
    import tensorflow as tf

    tf.config.threading.set_intra_op_parallelism_threads(args.threads)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    keras.utils.set_random_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    spec = PreprocessSpec(size=args.size, crop_border=True, clahe=False)

    cases = load_cases(args.data)
    split = classifier_split()
    names = assign_splits(cases, split)
    raw = [read_pair(args.data, c) for c in cases]
    idx = {s: [i for i, n in enumerate(names) if n == s] for s in ("train", "val", "test")}
    # cache: the films (<= 512 px) for augmentation, the fixed model arrays for validation
    x_val, y_val = map(np.stack, zip(*(model_arrays(*raw[i], spec) for i in idx["val"]), strict=True))
    y_val_bin = y_val > 0.5
    counts = {s: {src: sum(cases[i].source == src for i in idx[s]) for src in ("jsrt_scr", "v7_covid")} for s in idx}
    log(f"data: {len(cases)} pairs, split {counts} (seed {split['seed']}), loaded in {time.time() - started:.0f} s")

    model = build_unet(spec.size)
    optimizer = keras.optimizers.Adam(learning_rate=args.lr)
    model.compile(optimizer=optimizer, loss=dice_bce_loss)
    log(f"model: U-Net {WIDTHS}, {model.count_params()} parameters, input {spec.size}x{spec.size}")

    def learning_rate(epoch: int, progress: float) -> float:
        """Cosine from ``args.lr`` to 2 % of it over ``progress`` 0..1 (epochs or the time budget)."""
        if epoch == 0:  # one gentle epoch while batch-norm statistics settle
            return args.lr * 0.3
        return args.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))

    # The schedule follows the wall clock (the 2 cores are shared, an epoch takes 15-45 s here) unless
    # --epochs is given: then it follows the epoch count and the budget is only a safety stop.
    train_started = time.time()
    best, best_epoch, best_weights, history, durations = -1.0, 0, None, [], []
    for epoch in range(10_000):
        elapsed = time.time() - train_started
        if args.epochs and epoch >= args.epochs:
            break
        if durations and elapsed + float(np.mean(durations[-3:])) > args.budget_s:
            break
        t0 = time.time()
        x_tr, y_tr = map(np.stack, zip(*(augment(*raw[i], spec, rng) for i in idx["train"]), strict=True))
        order = rng.permutation(len(x_tr))
        progress = (epoch - 1) / max(1, args.epochs - 2) if args.epochs else elapsed / args.budget_s
        lr = learning_rate(epoch, progress)
        optimizer.learning_rate = lr
        fit = model.fit(x_tr[order, ..., None], y_tr[order, ..., None], batch_size=args.batch, epochs=1, shuffle=False, verbose=0)
        prob = model.predict(x_val[..., None], batch_size=32, verbose=0)[..., 0]
        val_dice = float(np.mean([dice(p > 0.5, t) for p, t in zip(prob, y_val_bin, strict=True)]))
        durations.append(time.time() - t0)
        history.append({"epoch": epoch + 1, "lr": round(lr, 6), "loss": round(float(fit.history["loss"][-1]), 4),
                        "val_dice": round(val_dice, 4), "seconds": round(durations[-1], 1)})
        if val_dice > best:
            best, best_epoch, best_weights = val_dice, epoch + 1, model.get_weights()
        log(f"epoch {epoch + 1} loss {fit.history['loss'][-1]:.4f} val dice {val_dice:.4f} lr {lr:.5f} "
            f"({durations[-1]:.1f} s, {time.time() - train_started:.0f}/{args.budget_s:.0f} s)")
    train_seconds = time.time() - train_started
    model.set_weights(best_weights)
    log(f"trained {len(history)} epochs in {train_seconds:.0f} s; best validation Dice {best:.4f} at epoch {best_epoch}")

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    save_weights_only_model(model, out / KERAS_NAME)
    export_tflite(model, out / TFLITE_NAME, spec.size)
    keras_out = model.predict(x_val[:4, ..., None], verbose=0)[..., 0]

    card = {
        "name": "lung-fields",
        "version": "1.0.0",
        "sha256": file_sha256(out / TFLITE_NAME),
        "task": "segmentation of both lung fields on a frontal adult chest X-ray (binary mask)",
        "intended_use": "Internal to cxrviewer: crop to the lungs, check that an image shows two whole lungs, "
                        "keep the heatmap inside the chest. Not a diagnosis; not for lateral or paediatric films.",
        "input": {"size": spec.size, "channels": 1, "dtype": "float32", "layout": "NHWC (1, size, size, 1)"},
        "output": {"shape": [1, spec.size, spec.size, 1], "meaning": "lung probability per model pixel (sigmoid)"},
        "preprocessing": spec.to_dict(),
        "threshold": {"value": 0.5, "method": "fixed at 0.5 on the probability (not tuned)"},
        "postprocessing": "probability resampled to the image's resolution (bilinear, inverse of the preprocessing "
                          "geometry), thresholded, two largest 8-connected regions kept, holes filled",
        "architecture": {"kind": "U-Net", "widths": list(WIDTHS), "norm": "batch norm", "upsampling": "transposed conv 2x2",
                         "parameters": int(model.count_params())},
        "keras_sha256": file_sha256(out / KERAS_NAME),
    }
    card["content_sha256"] = card_content_sha256(card)
    (out / CARD_NAME).write_text(json.dumps(card, indent=2), encoding="utf-8")

    segmenter = LungSegmenter(out, num_threads=args.threads)
    lite = np.stack([segmenter.probability(x) for x in x_val[:4]])
    max_diff = float(np.abs(lite - keras_out).max())
    log(f"exported; LiteRT vs Keras max |difference| {max_diff:.2e}")

    evaluation_started = time.time()
    results: dict[str, dict] = {}
    per_image: list[dict] = []
    for split_name in ("val", "test"):
        groups: dict[str, list[float]] = {"jsrt_scr": [], "v7_covid": [], "v7_covid_dense": [], "v7_covid_not_dense": []}
        refusals: dict[str, int] = {}
        for i in idx[split_name]:
            gray, truth = raw[i]
            fields = segmenter.segment(gray)
            value = dice(fields.mask, truth)
            case = cases[i]
            groups[case.source].append(value)
            dense = is_dense(case, gray, truth)
            if case.source == "v7_covid":
                groups["v7_covid_dense" if dense else "v7_covid_not_dense"].append(value)
            try:
                check_lung_fields(fields)
                verdict = "accepted"
            except Exception as exc:  # noqa: BLE001 - tallying which check fired
                verdict = type(exc).__name__
            refusals[verdict] = refusals.get(verdict, 0) + 1
            if split_name == "test":
                per_image.append({"image": case.image, "source": case.source, "dense": dense, "dice": round(value, 4),
                                  "check": verdict})
        results[split_name] = {name: summarize_dice(v) for name, v in groups.items()}
        results[split_name]["check_lung_fields"] = refusals
        log(f"{split_name}: " + ", ".join(f"{k} {v.get('dice_mean', '-')} (n={v['images']})"
                                          for k, v in results[split_name].items() if k != "check_lung_fields")
            + f"; checks {refusals}")

    card.update({
        "metrics": {
            "measured_with": "cxrviewer.core.lungs.segmenter.LungSegmenter on lungs.tflite (LiteRT, float32), Dice of "
                             "the final mask against the hand-drawn outline at the image's full resolution, per image",
            "dense_opacity_definition": DENSE_DEFINITION,
            "validation": results["val"],
            "test": results["test"],
            "litert_vs_keras_max_abs_diff": max_diff,
        },
        "test_images": per_image,
        "training": {
            "data": "../shared/data/lungs/manifest.csv",
            "summary": {
                "pairs": len(cases),
                "by_source": {src: sum(c.source == src for c in cases) for src in ("jsrt_scr", "v7_covid")},
                "patients": {src: len({c.group for c in cases if c.source == src}) for src in ("jsrt_scr", "v7_covid")},
                "views_v7": {v: sum(c.view == v for c in cases if c.source == "v7_covid") for v in ("PA", "AP", "AP Supine")},
            },
            "split": {
                "method": "by patient group with cxrviewer.core.admin.dataset.split_of_group (sha256 of seed:key); "
                          "JSRT key = the group of its copy in ../shared/data/cxr (dev_file), so JSRT cases sit on the "
                          "same side as in the classifier's split; V7 key = 'v7_covid:<patient id>'",
                **split,
                "images": counts,
                "patients": {s: len({cases[i].split_key for i in idx[s]}) for s in idx},
            },
            "seed": args.seed,
            "epochs_run": len(history),
            "best_epoch": best_epoch,
            "best_validation_dice_model_grid": round(best, 4),
            "selection": "weights of the epoch with the best mean validation Dice (model grid)",
            "batch_size": args.batch,
            "optimizer": f"Adam, lr {args.lr}, cosine to 2% over the "
                         + (f"{args.epochs} epochs" if args.epochs else f"{args.budget_s:.0f} s time budget")
                         + " (first epoch at 30%); per-epoch values in history",
            "loss": "binary cross-entropy + (1 - soft Dice), per image",
            "augmentation": ["gamma 0.67-1.49 on the film", "rotation +-8 deg", "zoom +-12%", "shift +-6%",
                             "left-right flip p=0.5", "Gaussian blur or noise p=0.25 each"],
            "history": history,
            "timing": {
                "threads": args.threads,
                "train_seconds": round(train_seconds),
                "evaluation_seconds": round(time.time() - evaluation_started),
                "total_seconds": round(time.time() - started),
                "machine": f"{platform.machine()}, {os.cpu_count()} logical CPUs",
            },
            "date": dt.date.today().isoformat(),
            "software": {"tensorflow": tf.__version__, "keras": keras.__version__},
        },
        "citations": CITATIONS,
        "terms": TERMS,
    })
    card["content_sha256"] = card_content_sha256(card)
    (out / CARD_NAME).write_text(json.dumps(card, indent=2), encoding="utf-8")
    LungSegmenter(out)  # the card still matches the weights
    log(f"wrote {out} in {time.time() - started:.0f} s in all")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--epochs", type=int, default=0, help="fixed number of epochs (default: as many as the budget allows)")
    parser.add_argument("--budget-s", type=float, default=1020.0, help="training time budget in seconds")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    train(parser.parse_args(argv))


if __name__ == "__main__":
    main()
