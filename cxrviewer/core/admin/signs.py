"""Pre-training on radiological signs (the "signs" arm of the leave-one-source-out ablation).

A network that must name the signs (infiltration, consolidation, nodule, effusion, fibrosis, ...) before it
learns "abnormal" has less room to learn the hospital: published cross-site TB work found a signs-first model
transfers better. The signs come from ``../shared/data/cxr14`` (NIH ChestX-ray14 images of new patients with all
fourteen report-mined findings). The network is trained on them with a 14-way multi-label head on its pooled
features; that head is then dropped and the usual abnormality training continues from the learned layers.

The NIH images are the same hospital as the ``nih_cxr14`` and ``rsna_pneumonia`` sources: a leave-one-source-out
run without either of those must not pre-train on them (``bench/loso.py`` runs this arm on the other folds only).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cxrviewer.core.errors import DataFolderError, _

FINDINGS = (
    "Atelectasis", "Cardiomegaly", "Consolidation", "Edema", "Effusion", "Emphysema", "Fibrosis", "Hernia",
    "Infiltration", "Mass", "Nodule", "Pleural_Thickening", "Pneumonia", "Pneumothorax",
)


@dataclass(frozen=True)
class SignsImage:
    path: Path
    findings: tuple[str, ...]
    patient: str
    source: str


def read_signs_manifest(path: Path) -> list[SignsImage]:
    """The images of a signs manifest (columns file, source, patient, findings: pipe-separated or 'No Finding')."""
    path = Path(path)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"file", "findings"} <= set(reader.fieldnames):
            raise DataFolderError(_("The signs list {name} needs the columns 'file' and 'findings'.").format(name=path.name))
        images = []
        for row in reader:
            findings = tuple(f for f in row["findings"].split("|") if f and f != "No Finding")
            unknown = set(findings) - set(FINDINGS)
            if unknown:
                raise DataFolderError(_("The signs list {name} has an unknown finding: {findings}.").format(
                    name=path.name, findings=", ".join(sorted(unknown))))
            images.append(SignsImage(path.parent / row["file"].strip(), findings, (row.get("patient") or "").strip(),
                                     (row.get("source") or "").strip() or "local"))
    return images


def signs_targets(images: list[SignsImage]) -> np.ndarray:
    """(N, 14) multi-hot targets in the order of ``FINDINGS``."""
    targets = np.zeros((len(images), len(FINDINGS)), np.float32)
    for n, image in enumerate(images):
        for finding in image.findings:
            targets[n, FINDINGS.index(finding)] = 1.0
    return targets


def pretrain(model, x: np.ndarray, targets: np.ndarray, *, epochs: int, batch_size: int, learning_rate: float,
             augment, seed: int, on_epoch=None) -> list[float]:
    """Train ``model``'s layers (all but its score head ``cam_conv``) to name the signs; returns the loss per epoch.

    Each finding's positives and negatives weigh the same in the loss (the set is 91% abnormal; its prior must
    not carry into the abnormality score, which is trained afterwards with a fresh head)."""
    import keras
    import tensorflow as tf
    from keras import layers

    features = model.get_layer("cam_conv").input
    pooled = layers.GlobalAveragePooling2D(name="signs_pool")(features)
    signs_model = keras.Model(model.input, layers.Dense(len(FINDINGS), name="signs")(pooled))
    positives = targets.mean(axis=0).clip(0.02, 0.98)
    pos_weight = tf.constant(0.5 / positives, tf.float32)
    neg_weight = tf.constant(0.5 / (1 - positives), tf.float32)

    def loss(y_true, logits):
        per_sign = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=logits)
        return tf.reduce_mean(per_sign * (y_true * pos_weight + (1 - y_true) * neg_weight), axis=-1)

    steps = max(1, int(np.ceil(len(x) / batch_size)))
    schedule = keras.optimizers.schedules.CosineDecay(learning_rate, decay_steps=steps * epochs, alpha=0.05)
    signs_model.compile(optimizer=keras.optimizers.AdamW(schedule, weight_decay=1e-4), loss=loss)
    dataset = (
        tf.data.Dataset.from_tensor_slices((x[..., None], targets))
        .shuffle(len(x), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
        .map(lambda image, y: (augment(tf.cast(image, tf.float32)), y), num_parallel_calls=1)
        .prefetch(2)
    )
    callbacks = [keras.callbacks.LambdaCallback(on_epoch_end=on_epoch)] if on_epoch else []
    history = signs_model.fit(dataset, epochs=epochs, callbacks=callbacks, verbose=0)
    return [float(v) for v in history.history["loss"]]


def pretrain_on_signs(model, config, spec, segmenters, report) -> dict:
    """Pre-train ``model`` on ``config.signs_data`` (a ``TrainConfig``), leaving out the excluded sources' images;
    returns what the model card records."""
    from cxrviewer.core.admin.augment import make_augmenter
    from cxrviewer.core.admin.dataset import LabelledImage
    from cxrviewer.core.admin.training import load_arrays

    images = [i for i in read_signs_manifest(config.signs_data) if i.source not in config.exclude_sources]
    if not images:
        raise DataFolderError(_("No images are left in the signs list once the left-out sources are removed."))
    items = [LabelledImage(i.path, int(bool(i.findings)), i.patient or str(i.path), i.source) for i in images]
    x, _boxes, kept = load_arrays(items, spec, config.cache_dir, report, segmenters)
    by_path = {i.path: i for i in images}
    targets = signs_targets([by_path[k.path] for k in kept])

    def on_epoch(epoch: int, logs: dict) -> None:
        report({"event": "signs_epoch", "epoch": epoch + 1, "epochs": config.signs_epochs, "loss": float(logs["loss"])})

    losses = pretrain(model, x, targets, epochs=config.signs_epochs, batch_size=config.batch_size,
                      learning_rate=config.learning_rate, augment=make_augmenter(config.augment, config.seed + 7),
                      seed=config.seed, on_epoch=on_epoch)
    return {"data": str(config.signs_data), "images": len(kept), "epochs": config.signs_epochs,
            "final_loss": losses[-1], "findings": list(FINDINGS)}
