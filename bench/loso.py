"""Leave-one-source-out experiments that survive the session: every arm x seed x left-out source.

    python bench/loso.py run [--arms base,lung_crop] [--seeds 0,1,2] [--recipe proxy]   # trains what is missing
    python bench/loso.py table                                                          # mean, sd, worst source
    python bench/loso.py ensemble --arm rank --seeds 0,1,2                              # the seeds as one ensemble
    python bench/loso.py ensemble --arm appearance --with thorax_mask                   # one of each arm, per seed

Each run trains with one source left out entirely (never trained on, never used to pick the epoch)
and scores *every* image of that source. The figures of each finished run are appended at once to
``docs/experiments/loso.jsonl`` (kept in the repository), and a run whose record is there is skipped, so a
later session, or a GPU machine, continues where this one stopped. Models go to ``runs/`` (not kept).

The choice between arms is made on the leave-one-source-out mean and the worst source, with the spread
over seeds; never on in-source validation. ``table`` writes the summary into docs/model.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

DATA = REPO.parent / "shared" / "data" / "cxr"
RECORDS = REPO / "docs" / "experiments" / "loso.jsonl"
ENSEMBLE_RECORDS = REPO / "docs" / "experiments" / "loso_ensembles.jsonl"
SIGNS = REPO.parent / "shared" / "data" / "cxr14" / "manifest.csv"
SOURCES_WITH_BOTH = ["nih_cxr14", "rsna_pneumonia", "jsrt", "mendeley_tb_kiran"]
LESIONS = ["--lesion-boxes", str(DATA / "tbx11k_boxes.csv"), "--lesion-boxes", str(DATA / "jsrt_nodules.csv")]
BASE = ["--augment", "affine,intensity,resolution,style", *LESIONS]  # the 1.1 recipe
APPEARANCE = ["--augment", "affine,intensity,resolution,style,histmatch,noise", *LESIONS, "--lung-crop"]  # 2.0's
ARMS = {
    "base": ("the 1.1 recipe (style augmentation, lesion-guided heatmap)", BASE),
    "lung_crop": ("1.1 + crop to the lung fields (segmenter box + 8% margin)", [*BASE, "--lung-crop"]),
    "rank": ("lung crop + ranking only within each source (pairwise AUC surrogate) instead of cross-entropy",
             [*BASE, "--lung-crop", "--objective", "within_source_rank"]),
    "dro": ("lung crop + group DRO over (source, label) strata", [*BASE, "--lung-crop", "--objective", "group_dro"]),
    "appearance": ("lung crop + stronger appearance randomisation (another image's grey levels, noise)", APPEARANCE),
    "mixstyle": ("appearance + feature-statistics mixing in the first two blocks (MixStyle)", [*APPEARANCE, "--mixstyle"]),
    "synthetic_lesions": ("appearance + synthetic nodules and opacities drawn into the lungs of 30% of the normal "
                          "training films, labelled abnormal", [*APPEARANCE, "--synthetic-lesions", "0.3"]),
    "lse": ("appearance + the score as a soft maximum of the activation map (log-sum-exp pooling)",
            [*APPEARANCE, "--pooling", "lse"]),
    "lse_lesions": ("appearance + log-sum-exp pooling + synthetic lesions in 30% of the normal films",
                    [*APPEARANCE, "--pooling", "lse", "--synthetic-lesions", "0.3"]),
    "lung_mask": ("appearance + everything outside the lung fields blanked (the segmenter's mask widened by 4%)",
                  [*APPEARANCE, "--lung-mask", "lungs"]),
    "thorax_mask": ("appearance + everything outside the lung fields' convex hull blanked (heart and mediastinum kept)",
                    [*APPEARANCE, "--lung-mask", "thorax"]),
    "blank_thorax": ("appearance + half the training films shown with everything outside the thorax blanked (the "
                     "whole crop in the app)", [*APPEARANCE, "--blank-outside-thorax", "0.5"]),
    "blank_thorax_last": ("blank_thorax, the last of the 8 rounds kept (not the round with the best validation "
                          "per-source mean)", [*APPEARANCE, "--blank-outside-thorax", "0.5", "--keep-epoch", "last"]),
    "blank_thorax_swa": ("blank_thorax, the weights averaged over rounds 5-8 (stochastic weight averaging)",
                         [*APPEARANCE, "--blank-outside-thorax", "0.5", "--keep-epoch", "average"]),
    "signs": ("lung crop + pre-training on the 14 NIH signs (../cxr14) first",
              [*BASE, "--lung-crop", "--signs", str(SIGNS), "--signs-epochs", "8"]),
    "signs_as_abnormal": ("appearance + the ../cxr14 X-rays as one more source (any finding, nodules and masses "
                          "included, abnormal)", APPEARANCE),
}
# The signs images are NIH's hospital, as are RSNA's: pre-training on them when NIH or RSNA is the "new" hospital
# would flatter the figure, so that arm runs only on the folds of the other hospitals; the table compares every
# arm on those folds too (column "JSRT + Mendeley folds").
OTHER_HOSPITAL_FOLDS = ["jsrt", "mendeley_tb_kiran"]
FOLDS_OF_ARM = {"signs": OTHER_HOSPITAL_FOLDS, "signs_as_abnormal": OTHER_HOSPITAL_FOLDS}
RECIPES = {
    # proxy: a quarter of the pixels and two thirds of the epochs, first to screen arms on 2 CPU cores; it also
    # transfers better than "full" on every fold (docs/model.md), and since 2.1 the bundled model is trained with it
    "proxy": ["--size", "128", "--epochs", "8", "--patience", "8"],
    "full": ["--size", "256", "--epochs", "12", "--patience", "12"],
    # the proxy's input with the full recipe's epochs: which of the two makes "full" transfer worse
    "proxy_12ep": ["--size", "128", "--epochs", "12", "--patience", "12"],
    # a smaller input still, the proxy's epochs: does transfer keep improving as detail is taken away?
    "proxy_96px": ["--size", "96", "--epochs", "8", "--patience", "8"],
}


# options of a training command that do not change what is trained (where it goes, its name, the seed, the
# patience of a run that keeps every epoch); paths are left out too, since they differ between machines
UNMEASURED_OPTIONS = {"--out", "--seed", "--version-label", "--patience"}


def training_settings(args: list[str]) -> list[str]:
    """The settings of a training command that make the model what it is, sorted: "--option value" (or a bare
    "--flag"), with the options of ``UNMEASURED_OPTIONS`` and every path left out."""
    settings: list[list[str]] = []
    for token in args:
        if token.startswith("--"):
            settings.append([token])
        elif settings and "/" not in token:
            settings[-1].append(token)
    return sorted(" ".join(s) for s in settings if s[0] not in UNMEASURED_OPTIONS)


def data_of(arm: str) -> Path:
    """The training list of an arm: ../cxr's manifest, or for ``signs_as_abnormal`` that plus the ../cxr14 X-rays
    (source ``nih_cxr14_signs``, label 1 for any finding, grouped by patient). JSRT's abnormal films are nodules,
    a finding no other source of ../cxr labels, so without JSRT the model has never been told a nodule is abnormal;
    ../cxr14 has 302 nodules and 335 masses. Written under runs/ (not kept), the same every time."""
    if arm != "signs_as_abnormal":
        return DATA / "manifest.csv"
    import csv

    out = REPO / "runs" / "manifests" / "cxr_plus_cxr14.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with (DATA / "manifest.csv").open(newline="") as handle:
        rows = [{"file": str(DATA / r["file"]), "label": r["label"], "group": r["group"], "source": r["source"]}
                for r in csv.DictReader(handle)]
    with SIGNS.open(newline="") as handle:
        rows += [{"file": str(SIGNS.parent / r["file"]), "label": r["label"], "group": f"cxr14:{r['patient']}",
                  "source": "nih_cxr14_signs"} for r in csv.DictReader(handle)]
    with out.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "label", "group", "source"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def read_records(path: Path = RECORDS) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def run_key(record: dict) -> tuple:
    return record["recipe"], record["arm"], record["seed"], record["left_out"]


def left_out_scores(model_dir: Path, source: str) -> dict:
    """One model's calibrated scores and input-gate refusals on every image of ``source``, kept beside the model
    (``<folder>.left_out_<source>.npz``, outside the model folder, whose files its card lists) so that ensembles of
    models already scored cost nothing."""
    import numpy as np
    from evaluate import score_ours

    from cxrviewer.core.admin.dataset import find_labelled_images
    from cxrviewer.core.model.card import TFLITE_NAME
    from cxrviewer.core.model.runtime import ModelRuntime

    items = [i for i in find_labelled_images(DATA / "manifest.csv") if i.source == source]
    cache = model_dir.parent / f"{model_dir.name}.left_out_{source}.npz"
    if cache.is_file() and (model_dir / TFLITE_NAME).stat().st_mtime <= cache.stat().st_mtime:
        kept = np.load(cache)
        if len(kept["probs"]) == len(items):
            return {"labels": [i.label for i in items], "probs": kept["probs"], "refused": kept["refused"]}
    scored = score_ours(ModelRuntime(model_dir), items)[0]
    np.savez(cache, probs=np.asarray(scored.probs), refused=scored.extras["refused"])
    return {"labels": [i.label for i in items], "probs": np.asarray(scored.probs), "refused": scored.extras["refused"]}


def score_left_out(model_dirs: Path | list[Path], source: str) -> dict:
    """AUC on every image of the left-out source (no input gate: every image counts); several model folders
    are scored as one ensemble (the mean of their calibrated scores)."""
    import numpy as np

    from cxrviewer.core import metrics

    scored = [left_out_scores(d, source) for d in ([model_dirs] if isinstance(model_dirs, Path) else model_dirs)]
    return {"auc": metrics.roc_auc(scored[0]["labels"], np.mean([s["probs"] for s in scored], axis=0)),
            "images": len(scored[0]["labels"]), "refused_by_gate": float(np.mean([s["refused"].mean() for s in scored]))}


def nodules_by_size(arm: str, recipe: str, seeds: list[int], bands: int = 3) -> str:
    """Why the JSRT fold stays low: its abnormal films are lung nodules, many a few pixels across at 224 px.
    The JSRT-left-out models of an arm, scored on every JSRT film; the AUC of the nodules of each size band
    (diameter in the stored image's pixels) against all the normal films, per seed, then mean (sd)."""
    import csv

    import numpy as np
    from evaluate import score_ours

    from cxrviewer.core import metrics
    from cxrviewer.core.admin.dataset import find_labelled_images
    from cxrviewer.core.model.runtime import ModelRuntime

    with (DATA / "jsrt_nodules.csv").open(newline="") as handle:
        diameter = {(DATA / row["file"]).resolve(): float(row["diameter_px"]) for row in csv.DictReader(handle)}
    items = [i for i in find_labelled_images(DATA / "manifest.csv") if i.source == "jsrt"]
    sizes = np.array([diameter.get(i.path.resolve(), np.nan) for i in items])
    labels = np.array([i.label for i in items])
    edges = np.nanquantile(sizes[labels == 1], np.linspace(0, 1, bands + 1))
    band_of = np.clip(np.searchsorted(edges, sizes, side="right") - 1, 0, bands - 1)
    aucs: dict[str, list[float]] = {}
    for seed in seeds:
        probs = score_ours(ModelRuntime(REPO / "runs" / "loso_exp" / recipe / arm / f"seed{seed}" / "jsrt"), items)[0].probs
        aucs.setdefault("all nodules", []).append(metrics.roc_auc(labels, probs))
        for band in range(bands):
            keep = (labels == 0) | ((labels == 1) & (band_of == band))
            name = f"{edges[band]:.0f}-{edges[band + 1]:.0f} px ({int(((labels == 1) & (band_of == band)).sum())} films)"
            aucs.setdefault(name, []).append(metrics.roc_auc(labels[keep], probs[keep]))
    no_size = int(((labels == 1) & np.isnan(sizes)).sum())
    lines = [f"JSRT left out, arm {arm}, recipe {recipe}, seeds {seeds}: nodule films by diameter (224 px films) "
             f"against all {int((labels == 0).sum())} normal films" + (f"; {no_size} nodule films without a size" if no_size else ""),
             "| nodules | AUC mean (sd over seeds) |", "|---|---|"]
    lines += [f"| {name} | {statistics.mean(v):.3f} ({statistics.stdev(v) if len(v) > 1 else 0:.3f}) |" for name, v in aucs.items()]
    return "\n".join(lines)


def model_inputs(runtime, items):
    """What the model is given for each image (lungs found, cropped, preprocessed as in the app): (N, size, size)."""
    import numpy as np

    from cxrviewer.core.image.reading import load_image

    return np.stack([runtime.prepare(load_image(i.path)).array for i in items]).astype(np.float32)


def drawn_lesions(arms: list[str], recipe: str, seeds: list[int], source: str = "jsrt", draws: int = 3,
                  model: Path | None = None) -> str:
    """Can a model see a focal density at all? Its ``source``-left-out models (or the one ``model`` folder, such as
    the bundled model) score each normal film of that source twice, as it is and with a synthetic lesion drawn
    into its lungs (``synthetic_lesions.py``, every film, ``draws`` different drawings); the AUC of drawn against
    plain films (0.5: the lesion changes nothing). By kind: nodules (5-30 mm) and opacities (3-9 cm)."""
    import numpy as np
    import tensorflow as tf

    from cxrviewer.core import metrics
    from cxrviewer.core.admin.dataset import find_labelled_images
    from cxrviewer.core.admin.synthetic_lesions import NODULE_RADIUS, lung_masks, make_lesion_inserter
    from cxrviewer.core.model.runtime import ModelRuntime

    normals = [i for i in find_labelled_images(DATA / "manifest.csv") if i.source == source and i.label == 0]
    largest_nodule = 0.9 * np.pi * NODULE_RADIUS[1] ** 2  # the marked share of the film (90% of the disc's area)
    scored = f"model {model}" if model else f"{source} left out, recipe {recipe}, seeds {seeds}"
    lines = [f"{scored}: {len(normals)} normal films of {source}, each with a drawn lesion ({draws} drawings) "
             "against itself without one",
             "| arm | drawn lesions: AUC mean (sd over seeds) | nodules | opacities |", "|---|---|---|---|"]
    folders = {str(model): [model]} if model else {
        arm: [REPO / "runs" / "loso_exp" / recipe / arm / f"seed{seed}" / source for seed in seeds] for arm in arms}
    for arm, dirs in folders.items():
        found: dict[str, list[float]] = {}
        for folder in dirs:
            runtime = ModelRuntime(folder)
            films = model_inputs(runtime, normals)
            lungs = lung_masks(films, runtime.lungs).astype(np.float32)
            plain = np.array([runtime.run_network(f)[0] for f in films])
            drawn, kinds = [], []
            for draw in range(draws):
                both = np.stack([films, np.zeros_like(films)], axis=-1)
                out, _ = make_lesion_inserter(1.0, 1000 * draw)(tf.constant(both), tf.zeros((len(films), 1)), tf.constant(lungs))
                out = out.numpy()
                drawn += [runtime.run_network(f)[0] for f in out[..., 0]]
                marked = out[..., 1].mean(axis=(1, 2))  # the share of each film marked as lesion
                kinds += ["opacity" if share > largest_nodule else "nodule" for share in marked]
            drawn_scores, kinds = np.array(drawn), np.array(kinds)
            for name, keep in (("all", np.ones(len(kinds), bool)), ("nodule", kinds == "nodule"), ("opacity", kinds == "opacity")):
                found.setdefault(name, []).append(metrics.roc_auc(np.r_[np.zeros(len(plain)), np.ones(int(keep.sum()))],
                                                                  np.r_[plain, drawn_scores[keep]]))
        cells = [f"{statistics.mean(found[k]):.3f} ({statistics.stdev(found[k]) if len(dirs) > 1 else 0:.3f})"
                 for k in ("all", "nodule", "opacity")]
        lines.append(f"| {arm} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


ADABN_RECORDS = REPO / "docs" / "experiments" / "loso_adabn.jsonl"


def hospital_statistics(model, films) -> None:
    """Re-estimate every batch normalisation's statistics on ``films`` (unlabelled X-rays of one hospital), layer by
    layer in the network's order, so each layer sees the inputs its adapted predecessors give (AdaBN, Li et al. 2016)."""
    import keras

    for layer in [each for each in model.layers if isinstance(each, keras.layers.BatchNormalization)]:
        inputs = keras.Model(model.input, layer.input).predict(films[..., None], batch_size=128, verbose=0)
        layer.moving_mean.assign(inputs.mean(axis=(0, 1, 2)))
        layer.moving_variance.assign(inputs.var(axis=(0, 1, 2)))


def adapted_statistics(arm: str, recipe: str, seeds: list[int], sources: list[str], sizes: list[int | None]) -> None:
    """Would the network do better at a new hospital with its batch normalisation statistics taken from that hospital's
    own (unlabelled) X-rays? Each fold model's left-out source is split in two halves by group; the statistics come
    from (at most ``size`` X-rays of) one half and the other half is scored, then the other way round; the AUC is the
    mean of the two halves, beside the unadapted model's on the same halves. No label of the left-out source is used."""
    import keras
    import numpy as np

    from cxrviewer.core import metrics
    from cxrviewer.core.admin.dataset import find_labelled_images, split_of_group
    from cxrviewer.core.admin.training import register_layers
    from cxrviewer.core.model.runtime import ModelRuntime

    register_layers()
    done = {(r["recipe"], r["arm"], r["seed"], r["left_out"], r["adapted_on"]) for r in read_records(ADABN_RECORDS)}
    for seed in seeds:
        for source in sources:
            folder = REPO / "runs" / "loso_exp" / recipe / arm / f"seed{seed}" / source
            if all((recipe, arm, seed, source, size) in done for size in sizes) or not (folder / "model.keras").is_file():
                continue
            items = [i for i in find_labelled_images(DATA / "manifest.csv") if i.source == source]
            runtime = ModelRuntime(folder)
            films = model_inputs(runtime, items)
            labels = np.array([i.label for i in items])
            half = np.array([split_of_group(i.group, 0.5, 0.0, seed=seed) == "val" for i in items])
            model = keras.saving.load_model(folder / "model.keras", compile=False)
            trained = model.get_weights()
            plain = model.predict(films[..., None], batch_size=128, verbose=0)[0].reshape(-1)
            halves = [half, ~half]
            plain_auc = statistics.mean(metrics.roc_auc(labels[h], plain[h]) for h in halves)
            for size in sizes:
                if (recipe, arm, seed, source, size) in done:
                    continue
                aucs = []
                for scored, adapt in ((halves[0], halves[1]), (halves[1], halves[0])):
                    pool = np.flatnonzero(adapt)
                    if size is not None and size < len(pool):
                        pool = np.random.default_rng(seed).choice(pool, size, replace=False)
                    model.set_weights(trained)
                    hospital_statistics(model, films[pool])
                    logits = model.predict(films[scored][..., None], batch_size=128, verbose=0)[0].reshape(-1)
                    aucs.append(metrics.roc_auc(labels[scored], logits))
                record = {"recipe": recipe, "arm": arm, "seed": seed, "left_out": source, "adapted_on": size,
                          "plain_auc": plain_auc, "adapted_auc": statistics.mean(aucs), "images": len(items),
                          "date": time.strftime("%Y-%m-%d")}
                with ADABN_RECORDS.open("a") as handle:
                    handle.write(json.dumps(record, sort_keys=True) + "\n")
                print(f"{arm} seed {seed} without {source}, statistics from {size or 'all'} X-rays of half: "
                      f"{record['adapted_auc']:.3f} (unadapted {plain_auc:.3f})", flush=True)


def ensembles(arm: str, recipe: str, seeds: list[int]) -> None:
    """Each fold's seed models of an arm scored as one ensemble (arm (e) of the issue: 3-5 networks in the app)."""
    done = {(r["recipe"], r["arm"], tuple(r["seeds"]), r["left_out"]) for r in read_records(ENSEMBLE_RECORDS)
            if "arm" in r}
    for source in FOLDS_OF_ARM.get(arm, SOURCES_WITH_BOTH):
        dirs = [REPO / "runs" / "loso_exp" / recipe / arm / f"seed{seed}" / source for seed in seeds]
        if (recipe, arm, tuple(seeds), source) in done or not all((d / "model_card.json").is_file() for d in dirs):
            continue
        single = {r["seed"]: r["left_out_auc"] for r in read_records()
                  if (r["recipe"], r["arm"], r["left_out"]) == (recipe, arm, source) and r["seed"] in seeds}
        record = {"recipe": recipe, "arm": arm, "seeds": seeds, "left_out": source,
                  "ensemble_auc": score_left_out(dirs, source)["auc"], "single_aucs": single,
                  "date": time.strftime("%Y-%m-%d"), "code": code_version()}
        with ENSEMBLE_RECORDS.open("a") as handle:
            handle.write(json.dumps(record, sort_keys=True) + "\n")
        print(f"{arm} without {source}: ensemble of seeds {seeds} {record['ensemble_auc']:.3f}, single {single}", flush=True)


def mixed_ensembles(arms: list[str], recipe: str, seeds: list[int]) -> str:
    """Each seed's fold models of several arms scored as one ensemble (the app would run one network of each arm):
    does mixing arms that are right at different hospitals (say one that keeps what lies outside the lungs and one
    that blanks it) do better than either alone? One ensemble per seed, so the spread over seeds is comparable to
    a single arm's. Models whose files are gone are trained again (same seed, same recipe); records in
    ``docs/experiments/loso_ensembles.jsonl`` (key ``arms``)."""
    done = {(r["recipe"], tuple(r["arms"]), r["seed"], r["left_out"]): r for r in read_records(ENSEMBLE_RECORDS)
            if "arms" in r}
    rows = []
    for seed in seeds:
        for source in SOURCES_WITH_BOTH:
            key = (recipe, tuple(arms), seed, source)
            if key not in done:
                dirs = [Path(train_one(recipe, arm, seed, source)["_out"]) for arm in arms]
                done[key] = {"recipe": recipe, "arms": arms, "seed": seed, "left_out": source,
                             "ensemble_auc": score_left_out(dirs, source)["auc"],
                             "single_aucs": {arm: score_left_out(d, source)["auc"] for arm, d in zip(arms, dirs, strict=True)},
                             "date": time.strftime("%Y-%m-%d"), "code": code_version()}
                with ENSEMBLE_RECORDS.open("a") as handle:
                    handle.write(json.dumps(done[key], sort_keys=True) + "\n")
            rows.append(done[key])
            print(f"seed {seed} without {source}: {' + '.join(arms)} {done[key]['ensemble_auc']:.3f}, single "
                  + ", ".join(f"{a} {v:.3f}" for a, v in done[key]["single_aucs"].items()), flush=True)
    lines = [f"{' + '.join(arms)} ({recipe}), one ensemble per seed; mean (sd over seeds)",
             "| | " + " | ".join(SOURCES_WITH_BOTH) + " | LOSO mean |", "|---" * (2 + len(SOURCES_WITH_BOTH)) + "|"]
    for name, value in [("ensemble", lambda r: r["ensemble_auc"])] + [
            (arm, lambda r, arm=arm: r["single_aucs"][arm]) for arm in arms]:
        per_source = [[value(r) for r in rows if r["left_out"] == s] for s in SOURCES_WITH_BOTH]
        per_seed = [statistics.mean(value(r) for r in rows if r["seed"] == seed) for seed in seeds]
        spread = f" ({statistics.stdev(per_seed):.3f})" if len(per_seed) > 1 else ""
        lines.append(f"| {name} | " + " | ".join(f"{statistics.mean(v):.3f}" for v in per_source)
                     + f" | {statistics.mean(per_seed):.3f}{spread}: " + ", ".join(f"{m:.3f}" for m in per_seed) + " |")
    return "\n".join(lines)


def train_one(recipe: str, arm: str, seed: int, source: str) -> dict:
    out = REPO / "runs" / "loso_exp" / recipe / arm / f"seed{seed}" / source
    command = [str(REPO / ".venv" / "bin" / "cxrviewer-cli"), "train", str(data_of(arm)), "--out", str(out),
               "--seed", str(seed), "--exclude-source", source, "--version-label", f"loso-{recipe}-{arm}-s{seed}-{source}",
               *RECIPES[recipe], *ARMS[arm][1]]
    started = time.time()
    if not (out / "model_card.json").is_file():
        log = out.parent / f"{source}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("w") as handle:
            subprocess.run(command, check=True, stdout=handle, stderr=subprocess.STDOUT,
                           env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
    card = json.loads((out / "model_card.json").read_text())
    test = card.get("metrics", {}).get("test", {})
    return {
        "recipe": recipe, "arm": arm, "seed": seed, "left_out": source,
        "in_source_mean_auc": test.get("source_mean_auc"),
        "in_source_auc": test.get("auc_per_source", {}), "best_epoch": card.get("training", {}).get("best_epoch"),
        "minutes": round((time.time() - started) / 60, 1), "model": str(out.relative_to(REPO)), "_out": str(out),
    }


def code_version() -> str:
    """The commit the runs are made with (and "+changes" when the working tree differs from it): a record made by
    other code is another measurement (re-running seeds 0-2 of the appearance arm with later code moved single
    folds by up to 0.13, docs/model.md)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    changed = git("status", "--porcelain", "--untracked-files=no", "--", "cxrviewer")
    return git("rev-parse", "--short", "HEAD") + ("+changes" if changed else "")


def run(arms: list[str], seeds: list[int], recipe: str, sources: list[str]) -> None:
    done = {run_key(r) for r in read_records()}
    # seed-major order: one seed of every arm and source first, so a stop leaves a comparable set
    for seed in seeds:
        for arm in arms:
            for source in sources:
                if (recipe, arm, seed, source) in done or source not in FOLDS_OF_ARM.get(arm, SOURCES_WITH_BOTH):
                    continue
                print(f"== {recipe} {arm} seed {seed} without {source}", flush=True)
                record = train_one(recipe, arm, seed, source)
                left_out = score_left_out(Path(record.pop("_out")), source)
                record["left_out_auc"] = left_out["auc"]
                record["left_out_images"] = left_out["images"]
                record["left_out_refused_by_gate"] = left_out["refused_by_gate"]
                record["code"] = code_version()
                RECORDS.parent.mkdir(parents=True, exist_ok=True)
                with RECORDS.open("a") as handle:  # one line per finished run, written at once
                    handle.write(json.dumps(record, sort_keys=True) + "\n")
                print(f"   left-out AUC {record['left_out_auc']:.3f}, in-source mean {record['in_source_mean_auc']}", flush=True)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def seed_means(rows: list[dict], folds: list[str]) -> list[float]:
    """Mean left-out AUC over ``folds`` for each seed that has them all."""
    seeds = sorted({r["seed"] for r in rows})
    return [statistics.mean(r["left_out_auc"] for r in rows if r["seed"] == seed and r["left_out"] in folds)
            for seed in seeds if all(any(r["seed"] == seed and r["left_out"] == f for r in rows) for f in folds)]


def mean_over_seeds(rows: list[dict], folds: list[str]) -> str:
    """Mean over the folds for each seed that has them all, then mean (sd) over those seeds."""
    means = seed_means(rows, folds)
    if not means:
        return "-"
    return f"{statistics.mean(means):.3f} ({statistics.stdev(means):.3f})" if len(means) > 1 else f"{means[0]:.3f} (1 seed)"


def table() -> str:
    records = read_records()
    lines = ["| recipe | arm | seeds | " + " | ".join(f"without {s}: mean (sd)" for s in SOURCES_WITH_BOTH)
             + " | LOSO mean (sd over seeds) | JSRT + Mendeley folds (sd) | worst source | in-source mean |",
             "|---" * (7 + len(SOURCES_WITH_BOTH)) + "|"]
    for recipe in RECIPES:
        for arm, (words, _) in ARMS.items():
            rows = [r for r in records if r["recipe"] == recipe and r["arm"] == arm]
            if not rows:
                continue
            per_source = {s: [r["left_out_auc"] for r in rows if r["left_out"] == s] for s in SOURCES_WITH_BOTH}
            cells = []
            for s in SOURCES_WITH_BOTH:
                v = per_source[s]
                cells.append("-" if not v else f"{statistics.mean(v):.3f} ({statistics.stdev(v):.3f})" if len(v) > 1
                             else f"{v[0]:.3f}")
            worst = min((statistics.mean(v), s) for s, v in per_source.items() if v)
            in_source = [r["in_source_mean_auc"] for r in rows if r["in_source_mean_auc"] is not None]
            lines.append(f"| {recipe} | {words} | {','.join(map(str, sorted({r['seed'] for r in rows})))} | "
                         + " | ".join(cells) + f" | {mean_over_seeds(rows, SOURCES_WITH_BOTH)} | "
                         f"{mean_over_seeds(rows, OTHER_HOSPITAL_FOLDS)} | {worst[1]} {worst[0]:.3f} | "
                         f"{fmt(statistics.mean(in_source) if in_source else None)} |")
    return "\n".join(lines) + "\n"


# What the product's testers measured on their sealed hospitals (not shared with development), per bundled model
SEALED_HOSPITALS = {"1.1.0": {"pooled": 0.54, "images": 137, "hospitals": 3,
                              "note": "measured by the product's testers on hospitals not shared with development"}}


def expected_at_new_hospital(arm: str, recipe: str, card: dict) -> dict:
    """What the model card says to expect at a hospital the model has never seen: the arm's leave-one-source-out
    figures, with the recipe the card's model was trained with, over the seeds that have every fold, per left-out
    source, and the sealed hospitals' figure where the testers have measured it. The other recipes' figures for
    the same arm are kept beside it for context; ``auc_mean`` (the figure the app shows) is the bundled recipe's.
    Refuses an arm and recipe whose settings differ from the card's training command: the figure must describe
    the model."""
    trained = training_settings(card["training"]["command"].split())
    measured = training_settings([*ARMS[arm][1], *RECIPES[recipe]])
    if trained != measured:
        raise SystemExit(f"the model was trained with {', '.join(trained)}; arm '{arm}' with recipe '{recipe}' is "
                         f"{', '.join(measured)}: its leave-one-source-out figures do not describe this model")

    def summary(recipe: str) -> dict | None:
        rows = [r for r in read_records() if r["recipe"] == recipe and r["arm"] == arm]
        complete = [s for s in sorted({r["seed"] for r in rows})
                    if all(any(r["seed"] == s and r["left_out"] == f for r in rows) for f in folds)]
        rows = [r for r in rows if r["seed"] in complete]
        if not rows:
            return None
        means = seed_means(rows, folds)
        per_source = {s: [r["left_out_auc"] for r in rows if r["left_out"] == s] for s in folds}
        return {"recipe": recipe, "seeds": complete, "auc_mean": round(statistics.mean(means), 3),
                "auc_sd_over_seeds": round(statistics.stdev(means), 3) if len(means) > 1 else None,
                "auc_by_left_out_source": {s: {"mean": round(statistics.mean(v), 3),
                                               "sd": round(statistics.stdev(v), 3) if len(v) > 1 else None}
                                           for s, v in per_source.items()}}

    folds = FOLDS_OF_ARM.get(arm, SOURCES_WITH_BOTH)
    chosen = summary(recipe)
    if chosen is None:
        raise SystemExit(f"no finished leave-one-source-out runs of arm '{arm}' with recipe '{recipe}'")
    others = {r: o for r in RECIPES if r != recipe and (o := summary(r))}
    block = {
        "method": f"leave-one-source-out, bench/loso.py arm '{arm}', recipe '{recipe}' (the one this model is "
                  f"trained with: {' '.join(RECIPES[recipe])}), seeds {chosen['seeds']}: a model trained without a "
                  "source scores all of that source's images",
        "arm": arm, "settings": measured, **chosen,
        "sealed_hospitals_auc": SEALED_HOSPITALS.get(card["version"],
                                                     {"note": "not yet measured on the testers' sealed hospitals"}),
        "advice": "Expect far less than the in-source figures at a new hospital; check the model on local X-rays "
                  "(Administration, Adapt to this clinic) before relying on the score.",
    }
    if others:
        block["other_recipes"] = {r: {k: o[k] for k in ("seeds", "auc_mean", "auc_sd_over_seeds")}
                                  | {"settings": " ".join(RECIPES[r])} for r, o in others.items()}
    return block


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run")
    p.add_argument("--arms", default=",".join(ARMS))
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p.add_argument("--sources", default=",".join(SOURCES_WITH_BOTH))
    sub.add_parser("table")
    p = sub.add_parser("ensemble", help="score each fold's seed models of an arm as one ensemble")
    p.add_argument("--arm", required=True, choices=list(ARMS))
    p.add_argument("--with", dest="others", default="", help="other arms (comma-separated): each seed's models of "
                   "--arm and of these as one ensemble, one ensemble per seed")
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p = sub.add_parser("nodules", help="the JSRT fold's AUC by nodule size")
    p.add_argument("--arm", default="appearance", choices=list(ARMS))
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p = sub.add_parser("drawn", help="whether the models see a lesion drawn into the left-out source's normal films")
    p.add_argument("--arms", default="appearance")
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p.add_argument("--source", default="jsrt", choices=SOURCES_WITH_BOTH)
    p.add_argument("--model", help="score this model folder (e.g. models) instead of the arms' fold models")
    p = sub.add_parser("adabn", help="the fold models with batch normalisation statistics from the new hospital's X-rays")
    p.add_argument("--arm", default="appearance", choices=list(ARMS))
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p.add_argument("--sources", default=",".join(SOURCES_WITH_BOTH))
    p.add_argument("--sizes", default="50,200,all", help="how many X-rays of the hospital give the statistics")
    p = sub.add_parser("expected", help="write the 'expected at a new hospital' figures into the bundled model card")
    p.add_argument("--arm", default="base", choices=list(ARMS))
    p.add_argument("--recipe", default="proxy", choices=list(RECIPES))
    p.add_argument("--card", default=str(REPO / "models" / "model_card.json"))
    args = parser.parse_args()
    if args.command == "expected":
        card_path = Path(args.card)
        card = json.loads(card_path.read_text())
        card["evaluation"]["expected_at_new_hospital"] = expected_at_new_hospital(args.arm, args.recipe, card)
        card_path.write_text(json.dumps(card, indent=2, allow_nan=False) + "\n")
        print(json.dumps(card["evaluation"]["expected_at_new_hospital"], indent=2))
        return
    if args.command == "nodules":
        print(nodules_by_size(args.arm, args.recipe, [int(s) for s in args.seeds.split(",")]))
        return
    if args.command == "drawn":
        print(drawn_lesions(args.arms.split(","), args.recipe, [int(s) for s in args.seeds.split(",")], args.source,
                            model=Path(args.model) if args.model else None))
        return
    if args.command == "adabn":
        adapted_statistics(args.arm, args.recipe, [int(s) for s in args.seeds.split(",")], args.sources.split(","),
                           [None if s == "all" else int(s) for s in args.sizes.split(",")])
        return
    if args.command == "run":
        run(args.arms.split(","), [int(s) for s in args.seeds.split(",")], args.recipe, args.sources.split(","))
    if args.command == "ensemble" and args.others:
        print(mixed_ensembles([args.arm, *args.others.split(",")], args.recipe, [int(s) for s in args.seeds.split(",")]))
        return
    if args.command == "ensemble":
        ensembles(args.arm, args.recipe, [int(s) for s in args.seeds.split(",")])
        return
    text = table()
    print(text)
    if args.command == "table":
        from evaluate import write_between_markers

        write_between_markers(REPO / "docs" / "model.md", text, block="loso-experiments")


if __name__ == "__main__":
    main()
