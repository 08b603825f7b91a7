"""Simulate adapting to a new clinic: each source in turn is the clinic, the base model never saw it.

Base model: the leave-one-source-out model trained without that source
(``runs/loso_exp/proxy/appearance/seed4/<source>/`` by default, made by bench/loso.py; a missing one is skipped with a
message). The clinic labels n = 20, 50, 100, 200 of its images (sampled by group, both classes, at least
10 of each), and every arm is scored on the *rest* of that source (never seen by any fit), 5 repeats each:

* no change: the base model as it is;
* recalibration only: Platt a, b and threshold refitted (ranking, hence AUC, unchanged);
* head only: the new head on the embedding (core.admin.adaptation, penalty chosen by inner grouped CV).

The guard (core.admin.local_check: 5-fold grouped CV on the n images, 2000 paired bootstrap resamples)
is run on each repeat; a *false accept* is a repeat where it recommends the head although the head's AUC
on the rest is lower than no change's. Embeddings are computed once per source (one model run per image).

    .venv/bin/python bench/adaptation.py            # writes docs/adaptation.png and the table in docs/adaptation.md
    .venv/bin/python bench/adaptation.py --add --sources jsrt   # one more source, the others' rows kept
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxrviewer.core import metrics  # noqa: E402
from cxrviewer.core.admin import adaptation, local_check  # noqa: E402
from cxrviewer.core.admin.dataset import LabelledImage  # noqa: E402

SOURCES = ("nih_cxr14", "rsna_pneumonia", "jsrt", "mendeley_tb_kiran")
SIZES = (20, 50, 100, 200)
REPEATS = 5
MAX_IMAGES = 900  # per source (Mendeley has 2551; a random subset keeps the embedding pass short)
MANIFEST = Path("/work/shared/data/cxr/manifest.csv")
# the bundled recipe (2.1: the appearance arm, 128 px, 8 epochs), a seed with all four fold models kept
BASES = ROOT / "runs/loso_exp/proxy/appearance/seed4"
START, END = "<!-- adaptation:start -->", "<!-- adaptation:end -->"


def items_of(source: str, seed: int = 0) -> list[LabelledImage]:
    with MANIFEST.open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["source"] == source]
    rng = np.random.default_rng(seed)
    if len(rows) > MAX_IMAGES:
        rows = [rows[i] for i in sorted(rng.choice(len(rows), MAX_IMAGES, replace=False))]
    return [LabelledImage(MANIFEST.parent / r["file"], int(r["label"]), r["group"] or r["file"], source) for r in rows]


def sample(labels: np.ndarray, groups: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """About n images drawn by whole groups (patients) at random, topped up to at least 10 of each class."""
    order = list(dict.fromkeys(groups.tolist()))
    rng.shuffle(order)
    members = {g: np.flatnonzero(groups == g) for g in order}
    chosen: list[int] = []
    for g in order:
        if len(chosen) >= n:
            break
        chosen += members[g].tolist()
    for label in (0, 1):
        for g in order:
            if np.sum(labels[chosen] == label) >= 10:
                break
            if g not in set(groups[chosen].tolist()) and np.any(labels[members[g]] == label):
                chosen += members[g].tolist()
    return np.array(sorted(chosen))


def in_source_auc(source: str) -> float | None:
    card = json.loads((ROOT / "models/model_card.json").read_text())
    return card.get("metrics", {}).get("test", {}).get("auc_per_source", {}).get(source)


def run_source(source: str, rows: list[dict], bases: Path = BASES) -> None:
    base = bases / source
    if not (base / "model_card.json").is_file():
        print(f"{source}: skipped, no leave-one-source-out model at {base} yet")
        return
    t0 = time.perf_counter()
    emb = adaptation.embed_images(base, items_of(source))
    per_image = (time.perf_counter() - t0) / max(1, len(emb.items))
    y, groups = emb.labels, np.asarray(emb.groups, dtype=str)
    z, E = emb.logits, emb.embeddings
    print(f"{source}: {len(y)} images embedded ({per_image * 1000:.0f} ms per image), base AUC on all "
          f"{metrics.roc_auc(y, emb.current_probs):.3f}", flush=True)
    for n in SIZES:
        for repeat in range(REPEATS):
            rng = np.random.default_rng(1000 * n + repeat)
            local = sample(y, groups, n, rng)
            rest = np.setdiff1d(np.arange(len(y)), np.flatnonzero(np.isin(groups, groups[local])))
            yl, gl = y[local], groups[local]
            t1 = time.perf_counter()
            head = adaptation.fit_candidate(z[local], E[local], yl, gl, recipe="head")
            recal = adaptation.fit_candidate(z[local], E[local], yl, gl, recipe="recalibrate")
            fit_s = time.perf_counter() - t1
            check = local_check.run_local_check(z[local], E[local], yl, gl, emb.current_probs[local], 0.5)
            auc = {"no change": metrics.roc_auc(y[rest], emb.current_probs[rest]),
                   "recalibration only": metrics.roc_auc(y[rest], recal.probability(z[rest], E[rest])),
                   "head only": metrics.roc_auc(y[rest], head.probability(z[rest], E[rest]))}
            sens, spec = metrics.sensitivity_specificity(y[rest], head.probability(z[rest], E[rest]), head.threshold)
            rows.append({"source": source, "n": int(len(local)), "n_target": n, "repeat": repeat, **auc,
                         "recommended": check.recommended, "ci_low": check.difference.ci[0],
                         "false_accept": bool(check.recommended and auc["head only"] < auc["no change"]),
                         "embedding_used": head.describe()["embedding_used"], "head_sens": sens, "head_spec": spec,
                         "fit_s": fit_s, "ms_per_image": per_image * 1000})
        last = [r for r in rows if r["source"] == source and r["n_target"] == n]
        print(f"  n={n}: " + ", ".join(f"{k} {np.mean([r[k] for r in last]):.3f}"
                                        for k in ("no change", "recalibration only", "head only"))
              + f", recommended {sum(r['recommended'] for r in last)}/{len(last)}", flush=True)


def timing_500(bases: Path = BASES, source: str = "nih_cxr14") -> str:
    """Wall time of the head's check + fit on 500 images' embeddings (the embedding pass is timed per image above)."""
    base = bases / source
    if not base.is_dir():
        return ""
    emb = adaptation.embed_images(base, items_of(source)[:500])
    t0 = time.perf_counter()
    check = local_check.run_local_check(emb.logits, emb.embeddings, emb.labels, emb.groups, emb.current_probs, 0.5)
    adaptation.fit_candidate(emb.logits, emb.embeddings, emb.labels, emb.groups)
    return (f"Check (5 folds x inner CV, 2000 bootstrap resamples) and final fit on {check.images} images' "
            f"embeddings: {time.perf_counter() - t0:.1f} s.")


def table(rows: list[dict]) -> str:
    arms = ("no change", "recalibration only", "head only")
    out = ["| clinic (left out) | n labelled | " + " | ".join(f"AUC {a}" for a in arms)
           + " | in-source AUC | guard recommends | false accepts | head sens / spec at its threshold |",
           "|---|---|" + "---|" * (len(arms) + 4)]
    for source in dict.fromkeys(r["source"] for r in rows):
        ref = in_source_auc(source)
        for n in SIZES:
            sel = [r for r in rows if r["source"] == source and r["n_target"] == n]
            if not sel:
                continue
            aucs = " | ".join(f"{np.mean([r[a] for r in sel]):.3f} ± {np.std([r[a] for r in sel]):.3f}" for a in arms)
            out.append(f"| {source} | {n} (~{np.mean([r['n'] for r in sel]):.0f}) | {aucs} | "
                       f"{'' if ref is None else f'{ref:.3f}'} | {sum(r['recommended'] for r in sel)}/{len(sel)} | "
                       f"{sum(r['false_accept'] for r in sel)}/{len(sel)} | "
                       f"{np.mean([r['head_sens'] for r in sel]):.2f} / {np.mean([r['head_spec'] for r in sel]):.2f} |")
    return "\n".join(out)


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sources = list(dict.fromkeys(r["source"] for r in rows))
    fig, axes = plt.subplots(1, len(sources), figsize=(5 * len(sources), 4), squeeze=False)
    for ax, source in zip(axes[0], sources, strict=True):
        for arm, style in (("no change", "k--"), ("recalibration only", "b:"), ("head only", "r-")):
            means = [np.mean([r[arm] for r in rows if r["source"] == source and r["n_target"] == n]) for n in SIZES]
            sds = [np.std([r[arm] for r in rows if r["source"] == source and r["n_target"] == n]) for n in SIZES]
            ax.errorbar(SIZES, means, yerr=sds, fmt=style, label=arm, capsize=3)
        ref = in_source_auc(source)
        if ref is not None:
            ax.axhline(ref, color="g", alpha=0.5, label="in-source AUC (bundled model)")
        ax.set(title=f"new clinic: {source}", xlabel="labelled local images", ylabel="AUC on the rest", xscale="log")
        ax.set_xticks(SIZES, [str(n) for n in SIZES])
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", nargs="*", default=list(SOURCES))
    parser.add_argument("--no-docs", action="store_true")
    parser.add_argument("--bases", type=Path, default=BASES,
                        help="folder of leave-one-source-out models, one sub-folder per source (bench/loso.py)")
    parser.add_argument("--replot", action="store_true", help="rewrite the docs from runs/adaptation_bench.json")
    parser.add_argument("--add", action="store_true",
                        help="keep the other sources' rows in runs/adaptation_bench.json and (re)run only --sources")
    args = parser.parse_args()
    rows: list[dict] = json.loads((ROOT / "runs/adaptation_bench.json").read_text()) if args.replot or args.add else []
    if args.add:
        rows = [r for r in rows if r["source"] not in args.sources]
    for source in [] if args.replot else args.sources:
        run_source(source, rows, args.bases)
    if not rows:
        print("no source could be run")
        return
    md = table(rows)
    timing = "" if args.replot else timing_500(args.bases)
    print(md)
    print(timing)
    (ROOT / "runs").mkdir(exist_ok=True)
    (ROOT / "runs/adaptation_bench.json").write_text(json.dumps(rows, indent=1, default=float))
    if not args.no_docs:
        plot(rows, ROOT / "docs/adaptation.png")
        doc = ROOT / "docs/adaptation.md"
        text = doc.read_text(encoding="utf-8")
        block = f"{START}\n{md}\n\n{timing}\n{END}"
        doc.write_text(text.split(START)[0] + block + text.split(END)[1], encoding="utf-8")


if __name__ == "__main__":
    main()
