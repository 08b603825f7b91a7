"""Train, calibrate and export a model. The only module that imports TensorFlow/Keras.

Runs in its own process (``cxrviewer-cli train``) so a crash or an out-of-memory in TensorFlow
cannot take the viewer down, and its memory goes back to the OS when it ends.

The network is a small residual CNN whose head is a 1x1 convolution to one channel followed by
global average pooling. That is the same function as "GAP then Dense(1)" (both are linear), but
the 1x1 output *is* the class-activation map, so the exported model gives score and heatmap in
one call with no gradient computation.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cxrviewer import __version__
from cxrviewer.core import metrics
from cxrviewer.core.admin import mixstyle
from cxrviewer.core.admin import pooling as pooling_layers
from cxrviewer.core.admin.augment import make_augmenter
from cxrviewer.core.admin.dataset import LabelledImage, find_labelled_images, load_lesion_boxes, split_of_group, summarize
from cxrviewer.core.admin.synthetic_lesions import lung_masks, make_lesion_inserter
from cxrviewer.core.errors import N_, CxrError, DataFolderError, _
from cxrviewer.core.image.preprocess import PreprocessSpec
from cxrviewer.core.image.reading import load_image
from cxrviewer.core.lungs.segmenter import LungSegmenter, bundled_lung_model_dir, read_lung_card
from cxrviewer.core.model.card import (
    KERAS_NAME,
    OOD_NAME,
    TFLITE_NAME,
    ModelCard,
    file_sha256,
    seal_model,
    verify_model,
)
from cxrviewer.core.model.inputs import LUNGS_FOLDER, ThreadSegmenters, blank_outside, prepare_input
from cxrviewer.core.types import CancelToken

log = logging.getLogger(__name__)
Report = Callable[[dict], None]


@dataclass
class TrainConfig:
    data: Path
    out: Path
    epochs: int = 30
    size: int = 256
    batch_size: int = 32
    learning_rate: float = 2e-3
    val_fraction: float = 0.15
    test_fraction: float = 0.15
    seed: int = 0
    patience: int = 12
    # which weights are kept: "best" (the round with the best validation per-source mean), "last", or "average"
    # (the mean of the weights after each round of the second half, as stochastic weight averaging)
    keep_epoch: str = "best"
    augment: tuple[str, ...] = ("affine", "intensity", "resolution")
    clahe: bool = False
    lung_crop: bool = False  # crop to the lung fields (bundled segmenter, copied into the model folder)
    lung_mask: str = ""  # with lung_crop: "lungs" or "thorax", what is kept of the input (core/model/inputs.py)
    width: int = 1  # channel multiplier
    init_from: Path | None = None  # fine-tune from this model folder
    exclude_sources: tuple[str, ...] = ()  # leave-one-source-out: never trained or validated on
    lesion_boxes: tuple[Path, ...] = ()  # CSVs of lesion boxes/nodules that supervise the heatmap
    lesion_weight: float = 0.3
    objective: str = "bce"  # or "within_source_rank", "group_dro" (objectives.py)
    signs_data: Path | None = None  # pre-train on radiological signs first (signs.py)
    signs_epochs: int = 8
    mixstyle: bool = False  # mix feature statistics between images in the early layers (mixstyle.py)
    pooling: str = "average"  # or "lse": how the activation map becomes the score (pooling.py)
    synthetic_lesions: float = 0.0  # fraction of normal training images given a lesion (synthetic_lesions.py)
    # fraction of the training films shown with everything outside the thorax blanked, as the "thorax" lung mask
    # does (core.model.inputs), but only while training: the app gives the network the whole crop
    blank_outside_thorax: float = 0.0
    target_sensitivity: float = 0.90
    name: str = "cxrviewer-cxr-screen"
    version: str = ""
    cache_dir: Path | None = None
    command: str = ""


@dataclass
class SplitScores:
    """Raw model outputs on one split, for calibration and reports."""

    items: list[LabelledImage]
    logits: np.ndarray

    @property
    def labels(self) -> np.ndarray:
        return np.array([i.label for i in self.items])

    @property
    def sources(self) -> np.ndarray:
        return np.array([i.source for i in self.items])


@dataclass
class TrainResult:
    model_dir: Path
    card: ModelCard
    splits: dict[str, SplitScores] = field(default_factory=dict)
    stopped_early: bool = False


# ---------------------------------------------------------------- data


def _preprocess_one(
    item: LabelledImage, spec: PreprocessSpec, segmenters: ThreadSegmenters | None = None
) -> tuple[np.ndarray, tuple] | None:
    try:
        pixels = load_image(item.path).pixels
    except CxrError as exc:
        log.warning("skipping %s: %s", item.path, exc)
        return None
    prepared = prepare_input(pixels, spec, segmenters.get() if segmenters is not None else None)
    return prepared.array.astype(np.float16), prepared.box


def load_arrays(
    items: list[LabelledImage], spec: PreprocessSpec, cache_dir: Path | None, report: Report,
    segmenters: ThreadSegmenters | None = None,
) -> tuple[np.ndarray, np.ndarray, list[LabelledImage]]:
    """Preprocess every image once (two threads; OpenCV releases the GIL) and cache the arrays.

    Returns the model inputs, the square each covers in its image's pixels (N, 4), and the items
    that could be read.
    """
    key = hashlib.sha256(
        json.dumps([spec.to_dict(), [str(i.path) for i in items]]).encode()
    ).hexdigest()[:16]
    cache = cache_dir / f"arrays-v2-{key}.npz" if cache_dir else None
    if cache and cache.exists():
        data = np.load(cache)
        keep = data["keep"]
        return data["x"], data["boxes"], [i for i, k in zip(items, keep, strict=True) if k]
    arrays: list[tuple | None] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n, arr in enumerate(pool.map(lambda i: _preprocess_one(i, spec, segmenters), items), 1):
            arrays.append(arr)
            if n % 500 == 0 or n == len(items):
                report({"event": "preprocess", "done": n, "total": len(items)})
    keep = np.array([a is not None for a in arrays])
    read = [a for a in arrays if a is not None]
    x = np.stack([a[0] for a in read]) if read else np.zeros((0, spec.size, spec.size), np.float16)
    boxes = np.array([a[1] for a in read], np.float32).reshape(-1, 4)
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, x=x, boxes=boxes, keep=keep)
    return x, boxes, [i for i, k in zip(items, keep, strict=True) if k]


def split_indices(items: list[LabelledImage], val_fraction: float, test_fraction: float, seed: int) -> dict[str, np.ndarray]:
    """Row numbers of the train/val/test parts (grouped: a group never straddles two parts)."""
    names = [split_of_group(i.group, val_fraction, test_fraction, seed) for i in items]
    return {s: np.array([n for n, name in enumerate(names) if name == s], dtype=np.int64) for s in ("train", "val", "test")}


def lesion_masks(items: list[LabelledImage], squares: np.ndarray, lesions: dict[Path, list], size: int) -> np.ndarray:
    """(N, size, size) uint8 masks of the annotated lesions in model-input coordinates (0 = none known)."""
    masks = np.zeros((len(items), size, size), np.uint8)
    for n, item in enumerate(items):
        x0, y0, x1, y1 = squares[n]
        scale = size / (x1 - x0)
        for bx0, by0, bx1, by1 in lesions.get(item.path.resolve(), []):
            c0, r0 = int(np.floor((bx0 - x0) * scale)), int(np.floor((by0 - y0) * scale))
            c1, r1 = int(np.ceil((bx1 - x0) * scale)), int(np.ceil((by1 - y0) * scale))
            masks[n, max(r0, 0) : max(r1, 0), max(c0, 0) : max(c1, 0)] = 1
    return masks


def attention_loss(mask, cam):
    """Cross-entropy pulling the activation map's softmax mass into annotated lesions.

    ``mask`` (B, h, w): fraction of each cell covered by a lesion box; all zero when none is
    known (those images contribute nothing). Why: without it the map (and the score) can lean on
    whatever marks an all-abnormal source, such as its mediastinum or borders, not the lesion.
    """
    import keras
    from keras import ops

    mask = ops.cast(mask, "float32")
    batch = ops.shape(cam)[0]
    flat_cam = ops.reshape(cam, (batch, -1))
    flat_mask = ops.reshape(mask, (batch, -1))
    inside = ops.sum(keras.activations.softmax(flat_cam, axis=-1) * ops.cast(flat_mask > 0, "float32"), axis=-1)
    has_lesion = ops.cast(ops.max(flat_mask, axis=-1) > 0, "float32")
    return -ops.log(inside + 1e-6) * has_lesion


def score_objective(name: str, items: list[LabelledImage], labels: np.ndarray, weights: np.ndarray):
    """The loss on the score and the targets and weights it reads (``objectives.py``)."""
    import keras

    from cxrviewer.core.admin import objectives

    if name == "bce":
        return keras.losses.BinaryCrossentropy(from_logits=True), labels, weights
    if name == "within_source_rank":
        groups = objectives.group_numbers([i.source for i in items])
        return objectives.within_source_rank_loss, np.column_stack([labels[:, 0], groups]).astype(np.float32), weights
    if name == "group_dro":  # the stratum weights replace the fixed balancing
        strata = objectives.group_numbers([(i.source, i.label) for i in items])
        loss = objectives.group_dro_loss(int(strata.max()) + 1)
        return loss, np.column_stack([labels[:, 0], strata]).astype(np.float32), np.ones_like(weights)
    raise ValueError(f"unknown training objective {name!r}; one of {', '.join(objectives.OBJECTIVES)}")


def average_weights(snapshots: list[list[np.ndarray]]) -> list[np.ndarray]:
    """The element-wise mean of several rounds' weights; for a state that is not a number to average (the
    integer state of a random generator) the last round's."""
    return [np.mean(w, axis=0).astype(w[-1].dtype) if np.issubdtype(w[-1].dtype, np.floating) else w[-1]
            for w in zip(*snapshots, strict=True)]


def balanced_weights(items: list[LabelledImage]) -> np.ndarray:
    """Each (source, label) stratum gets the same total weight: a source cannot win by size."""
    strata = [(i.source, i.label) for i in items]
    counts: dict[tuple[str, int], int] = {}
    for s in strata:
        counts[s] = counts.get(s, 0) + 1
    w = np.array([1.0 / counts[s] for s in strata])
    return (w * len(w) / w.sum()).astype(np.float32)


# ---------------------------------------------------------------- model


def register_layers() -> None:
    """Make this project's own Keras layers known before a ``model.keras`` is loaded: the (pass-through)
    feature-statistics mixing of ``--mixstyle`` and the soft-maximum pooling of ``--pooling lse``."""
    mixstyle.register()
    pooling_layers.register()


def build_model(size: int, width: int = 1, with_mixstyle: bool = False, seed: int | None = None,
                pooling: str = "average"):
    """The screening network; ``with_mixstyle`` adds feature-statistics mixing after the first two blocks
    (training only: the layers pass their input through at inference); ``pooling`` sums the activation map into
    the score by its average or by a soft maximum ("lse", ``pooling.py``)."""
    import keras
    from keras import layers

    def block(x, filters: int, stride: int):
        shortcut = x
        y = layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False)(x)
        y = layers.BatchNormalization()(y)
        y = layers.ReLU()(y)
        y = layers.Conv2D(filters, 3, padding="same", use_bias=False)(y)
        y = layers.BatchNormalization()(y)
        if stride != 1 or shortcut.shape[-1] != filters:
            shortcut = layers.Conv2D(filters, 1, strides=stride, use_bias=False)(shortcut)
            shortcut = layers.BatchNormalization()(shortcut)
        return layers.ReLU()(layers.Add()([y, shortcut]))

    inputs = keras.Input((size, size, 1), name="image")
    x = layers.Conv2D(16 * width, 3, strides=2, padding="same", use_bias=False)(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = block(x, 24 * width, 2)
    if with_mixstyle:
        x = mixstyle.mixstyle_layer()(seed=seed, name="mixstyle_1")(x)
    x = block(x, 32 * width, 2)
    if with_mixstyle:
        x = mixstyle.mixstyle_layer()(seed=None if seed is None else seed + 1, name="mixstyle_2")(x)
    x = block(x, 64 * width, 2)
    x = block(x, 128 * width, 1)
    x = layers.SpatialDropout2D(0.2)(x)
    cam4d = layers.Conv2D(1, 1, name="cam_conv")(x)
    cam = layers.Reshape(tuple(cam4d.shape[1:3]), name="cam")(cam4d)
    if pooling == "lse":
        logit = pooling_layers.lse_pooling_layer()(name="logit")(cam4d)
    else:
        logit = layers.GlobalAveragePooling2D(name="logit")(cam4d)
    return keras.Model(inputs, [logit, cam], name="cxr_resnet")


def export_tflite(model, path: Path, size: int, quantize: bool = False) -> None:
    """Keras -> SavedModel -> LiteRT flatbuffer with three outputs: logit, activation map and the
    pooled features (embedding, for the "is this a chest X-ray" check). Converting a concrete
    function directly loses the Keras 3 variables and gives NaN outputs."""
    import tempfile

    import keras
    import tensorflow as tf

    features = model.get_layer("cam_conv").input
    embedding = keras.layers.GlobalAveragePooling2D(name="embedding")(features)
    exported = keras.Model(model.input, [*model.outputs, embedding])
    with tempfile.TemporaryDirectory() as tmp:
        signature = [tf.TensorSpec([1, size, size, 1], tf.float32, name="image")]
        exported.export(tmp, format="tf_saved_model", input_signature=signature, verbose=False)
        converter = tf.lite.TFLiteConverter.from_saved_model(tmp)
        if quantize:  # dynamic-range int8 weights; activations stay float
            converter.optimizations = [tf.lite.Optimize.DEFAULT]
        path.write_bytes(converter.convert())


# ---------------------------------------------------------------- training


def train(config: TrainConfig, report: Report | None = None, stop: CancelToken | None = None) -> TrainResult:
    """Train (or fine-tune), calibrate on validation, choose the threshold, export model + card."""
    report = report or (lambda event: None)
    stop = stop or CancelToken()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import tensorflow as tf

    keras.utils.set_random_seed(config.seed)
    base_card = verify_model(config.init_from) if config.init_from else None  # its model.keras is covered too
    if base_card:
        spec = base_card.preprocessing
        lung_source = Path(config.init_from) / LUNGS_FOLDER if spec.lung_crop else None
    else:
        lung_source = bundled_lung_model_dir() if config.lung_crop else None
        spec = PreprocessSpec(size=config.size, clahe=config.clahe, lung_crop=config.lung_crop, lung_mask=config.lung_mask,
                              lung_segmenter_sha256=read_lung_card(lung_source)["sha256"] if lung_source else "")
    segmenters = ThreadSegmenters(lung_source) if lung_source else None

    items = [i for i in find_labelled_images(config.data) if i.source not in config.exclude_sources]
    x_all, squares, items = load_arrays(items, spec, config.cache_dir, report, segmenters)
    lesions = load_lesion_boxes(config.lesion_boxes)
    masks = lesion_masks(items, squares, lesions, spec.size) if lesions else None
    idx = split_indices(items, config.val_fraction, config.test_fraction, config.seed)
    one_label = {  # whole sentences, for the translator ("train" and "val" are the split's names, as in the card)
        "train": N_("The train part of the data needs both normal and abnormal images; add more images."),
        "val": N_("The val part of the data needs both normal and abnormal images; add more images."),
    }
    for split in ("train", "val"):
        labels = {items[n].label for n in idx[split]}
        if labels != {0, 1}:
            raise DataFolderError(_(one_label[split]))
    train_items = [items[n] for n in idx["train"]]
    val_items = [items[n] for n in idx["val"]]
    report({"event": "data", **{f"{s}_images": int(len(idx[s])) for s in idx}, "summary": summarize(items)})

    if base_card:
        register_layers()
        model = keras.saving.load_model(Path(config.init_from) / KERAS_NAME, compile=False)
    else:
        model = build_model(spec.size, config.width, config.mixstyle, config.seed, config.pooling)
    signs_record = None
    if config.signs_data and not base_card:
        from cxrviewer.core.admin.signs import pretrain_on_signs

        signs_record = pretrain_on_signs(model, config, spec, segmenters, report)
    logit_model = keras.Model(model.input, model.outputs[0])
    steps = max(1, int(np.ceil(len(idx["train"]) / config.batch_size)))
    lr = keras.optimizers.schedules.CosineDecay(config.learning_rate, decay_steps=steps * config.epochs, alpha=0.05)
    optimizer = keras.optimizers.AdamW(lr, weight_decay=1e-4)
    x_train = x_all[idx["train"]][..., None]
    y_train = np.array([i.label for i in train_items], dtype=np.float32)[:, None]
    w_train = balanced_weights(train_items)
    score_loss, y_train, w_train = score_objective(config.objective, train_items, y_train, w_train)
    augment = make_augmenter(config.augment, config.seed)
    # what rides along with the film as more channels: the lesion mask (so geometric augmentation moves it with
    # the image) and, for synthetic lesions, the lung fields they are drawn into (used before the augmentation)
    channels = [x_train]
    if masks is None:
        logit_model.compile(optimizer=optimizer, loss=score_loss)
    else:
        model.compile(optimizer=optimizer, loss=[score_loss, attention_loss], loss_weights=[1.0, config.lesion_weight])
        pool = spec.size // int(model.outputs[1].shape[1])
        channels.append(masks[idx["train"]][..., None])

    @functools.cache
    def train_lungs() -> np.ndarray:  # the lungs of every training input, found once: synthetic lesions, thorax blanking
        return lung_masks(x_all[idx["train"]], segmenters.get() if segmenters else LungSegmenter(bundled_lung_model_dir()))

    insert_lesions = None
    if config.synthetic_lesions:
        insert_lesions = make_lesion_inserter(config.synthetic_lesions, config.seed)
        lungs = np.zeros(x_train.shape, np.uint8)
        normal = y_train[:, 0] == 0  # only normal films get a lesion: find no other film's lungs
        lungs[normal] = train_lungs()[normal][..., None]
        channels.append(lungs)
        if masks is None:  # the lesion is drawn into the mask channel whether or not it guides the heatmap
            channels.insert(1, np.zeros_like(channels[-1]))
    blank_draw = None
    if config.blank_outside_thorax:  # each film's thorax-only version rides along as the last channel
        films = zip(x_all[idx["train"]], train_lungs(), strict=True)
        channels.append(np.stack([blank_outside(f, m, thorax=True) for f, m in films])[..., None])
        blank_draw = tf.random.Generator.from_seed(config.seed + 104729)
    stacked = channels[0] if len(channels) == 1 else np.concatenate([c.astype(np.float16) for c in channels], axis=-1)
    dataset = tf.data.Dataset.from_tensor_slices((stacked, y_train, w_train))

    def transform(x, y, w):
        x = tf.cast(x, tf.float32)
        if blank_draw is not None:  # this fraction of the batch sees the thorax only
            chosen = blank_draw.uniform([tf.shape(x)[0], 1, 1, 1]) < config.blank_outside_thorax
            x = tf.concat([tf.where(chosen, x[..., -1:], x[..., 0:1]), x[..., 1:-1]], axis=-1)
        if insert_lesions:  # before the augmentation, so the lesion takes the film's new look with it
            x, y = insert_lesions(x[..., :-1], y, x[..., -1])
        x = augment(x, channels=(0,))
        if masks is None:
            return x[..., 0:1], y, w
        return x[..., 0:1], (y, tf.nn.avg_pool2d(x[..., 1:2], pool, pool, "VALID")[..., 0]), w

    dataset = (
        dataset.shuffle(len(x_train), seed=config.seed, reshuffle_each_iteration=True)
        .batch(config.batch_size)
        .map(transform, num_parallel_calls=1)
        .prefetch(2)
    )
    x_val = x_all[idx["val"]][..., None].astype(np.float32)
    val_labels = np.array([i.label for i in val_items])
    val_sources = np.array([i.source for i in val_items])

    class Monitor(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.best = -1.0
            self.best_weights = None
            self.best_epoch = 0
            self.wait = 0
            self.snapshots = []  # with keep_epoch "average": the weights after each round of the second half

        def on_train_batch_end(self, batch, logs=None):
            if stop.cancelled:
                self.model.stop_training = True

        def on_epoch_end(self, epoch, logs=None):
            scores = logit_model.predict(x_val, batch_size=64, verbose=0)[:, 0]
            auc = metrics.roc_auc(val_labels, scores)
            mean_auc = metrics.source_mean_auc(val_labels, scores, val_sources)
            report({"event": "epoch", "epoch": epoch + 1, "epochs": config.epochs, "loss": float(logs.get("loss", float("nan"))),
                    "val_auc": auc, "val_source_mean_auc": mean_auc})
            if config.keep_epoch == "average" and epoch + 1 > config.epochs // 2:
                self.snapshots.append(model.get_weights())
            if mean_auc > self.best or config.keep_epoch == "last":
                self.best, self.best_epoch, self.wait = mean_auc, epoch + 1, 0
                self.best_weights = model.get_weights()
            else:
                self.wait += 1
                if self.wait >= config.patience:
                    self.model.stop_training = True

    monitor = Monitor()
    trained = logit_model if masks is None else model
    history = trained.fit(dataset, epochs=config.epochs, callbacks=[monitor], verbose=0)
    if monitor.snapshots:
        monitor.best_weights, monitor.best_epoch = average_weights(monitor.snapshots), len(history.history["loss"])
    if monitor.best_weights is not None:
        model.set_weights(monitor.best_weights)
    if stop.cancelled and monitor.best_weights is None:
        raise DataFolderError(_("Training was stopped before the first round finished; nothing was saved."))

    def scores_of(split: str) -> SplitScores:
        x = x_all[idx[split]][..., None].astype(np.float32)
        logits = logit_model.predict(x, batch_size=64, verbose=0)[:, 0] if len(x) else np.zeros(0)
        return SplitScores([items[n] for n in idx[split]], logits)

    splits = {s: scores_of(s) for s in ("val", "test")}
    a, b = metrics.fit_platt(splits["val"].logits, splits["val"].labels)
    if not a > 0:  # the held-out images rank the wrong way round: nothing worth saving, and no valid card
        raise DataFolderError(
            _("The new model does not tell abnormal from normal X-rays apart on the held-out images (no better than "
              "chance), so it was not saved. Add more labelled images or train for more rounds."),
            f"Platt slope {a:.4g} on {len(splits['val'].items)} validation images",
        )
    calibrated = {s: metrics.sigmoid(a * sc.logits + b) for s, sc in splits.items()}
    threshold = metrics.threshold_for_sensitivity(splits["val"].labels, calibrated["val"], config.target_sensitivity)

    def split_metrics(split: str) -> dict:
        sc, probs = splits[split], calibrated[split]
        if len(sc.items) == 0 or len(set(sc.labels.tolist())) < 2:
            return {"images": len(sc.items)}
        sens, spec_ = metrics.sensitivity_specificity(sc.labels, probs, threshold)
        ece, _ = metrics.expected_calibration_error(sc.labels, probs)
        return {
            "images": len(sc.items),
            "auc": metrics.roc_auc(sc.labels, probs),
            "auc_per_source": metrics.per_source_auc(sc.labels, probs, sc.sources),
            "source_mean_auc": metrics.source_mean_auc(sc.labels, probs, sc.sources),
            "sensitivity": sens,
            "specificity": spec_,
            "ece": ece,
        }

    config.out.mkdir(parents=True, exist_ok=True)
    model.save(config.out / KERAS_NAME)
    export_tflite(model, config.out / TFLITE_NAME, spec.size)
    version = config.version or _dt.datetime.now().strftime("%Y.%m.%d-%H%M")
    card = ModelCard(
        name=config.name,
        version=version,
        sha256=file_sha256(config.out / TFLITE_NAME),
        preprocessing=spec,
        threshold=threshold,
        calibration={"method": "platt", "a": a, "b": b, "fitted_on": "validation split"},
        extra={
            "threshold": {
                "method": f"highest threshold with sensitivity >= {config.target_sensitivity:.2f} on the validation split",
                "target_sensitivity": config.target_sensitivity,
            },
            "intended_use": "Screening support for frontal adult chest X-rays; flags images for review by a clinician. Not a diagnosis.",
            "metrics": {"validation": split_metrics("val"), "test": split_metrics("test")},
            "training": {
                "data": str(config.data),
                "summary": summarize(items),
                "split": {"method": "by group, sha256 hash", "seed": config.seed,
                          "val_fraction": config.val_fraction, "test_fraction": config.test_fraction,
                          **{f"{s}_images": int(len(idx[s])) for s in idx}},
                "excluded_sources": list(config.exclude_sources),
                "epochs_run": len(history.history.get("loss", [])),
                "best_epoch": monitor.best_epoch,
                "keep_epoch": config.keep_epoch,
                "augmentation": list(config.augment),
                "objective": config.objective,
                "mixstyle": config.mixstyle,
                "pooling": config.pooling if not base_card else base_card.extra.get("training", {}).get("pooling", "average"),
                "synthetic_lesions": config.synthetic_lesions,
                "blank_outside_thorax": config.blank_outside_thorax,
                "signs_pretraining": signs_record,
                "lesion_supervision": {"files": [str(p) for p in config.lesion_boxes], "weight": config.lesion_weight,
                                       "images_with_lesions": int(sum(1 for i in train_items if i.path.resolve() in lesions))},
                "fine_tuned_from": f"{base_card.name} {base_card.version}" if base_card else None,
                "command": config.command,
                "cxrviewer_version": __version__,
                "keras_version": keras.__version__,
                "tensorflow_version": tf.__version__,
                "parameters": int(model.count_params()),
            },
            "outputs": {"logit": "uncalibrated log-odds (apply calibration)", "cam": "class-activation map in logit units"},
            "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        },
    )
    # the export is sealed twice: first the weights (the gate is fitted on the verified exported model),
    # then with ood.npz, so the card's manifest covers every file and the card's own result-changing content
    (config.out / OOD_NAME).unlink(missing_ok=True)  # a gate left by an earlier run in this folder is not this model's
    shutil.rmtree(config.out / LUNGS_FOLDER, ignore_errors=True)
    if lung_source:  # the model folder carries the segmenter it was trained with (checked against the card)
        shutil.copytree(lung_source, config.out / LUNGS_FOLDER, ignore=shutil.ignore_patterns("*.keras", ".*"))
    card = seal_model(config.out, card, require_gate=False)
    ood = fit_out_of_distribution(config.out, x_all[idx["train"]], x_all[idx["val"]], x_all[idx["test"]])
    card = seal_model(config.out, ModelCard.from_dict({**card.to_dict(), "out_of_distribution": ood}))
    report({"event": "done", "model_dir": str(config.out), "threshold": threshold,
            "validation": card.extra["metrics"]["validation"], "test": card.extra["metrics"]["test"]})
    return TrainResult(config.out, card, splits, stopped_early=stop.cancelled)


def fit_out_of_distribution(model_dir: Path, train: np.ndarray, val: np.ndarray, test: np.ndarray) -> dict:
    """Fit the "is this a chest X-ray" distances on the exported model's own outputs; returns the card entry."""
    from cxrviewer.core.model.gate import (
        CUTOFF_PERCENTILE,
        FITTED,
        NEW_SITE_MARGIN,
        InputGate,
        fit_embedding_model,
        input_features,
    )
    from cxrviewer.core.model.runtime import ModelRuntime

    runtime = ModelRuntime(model_dir)

    def features(arrays: np.ndarray) -> dict[str, np.ndarray]:
        rows = [input_features(FITTED, x, runtime.run(x)[2]) for x in (a.astype(np.float32) for a in arrays)]
        return {name: np.stack([row[name] for row in rows]) for name in FITTED}

    fit_on, cut_on = features(train), features(val)
    gate = InputGate({name: fit_embedding_model(fit_on[name], cut_on[name], margin=NEW_SITE_MARGIN[name]) for name in fit_on})
    gate.save(model_dir / OOD_NAME)
    refused = np.zeros(len(test), bool)
    if len(test):
        for name, values in features(test).items():
            detector = gate.detectors[name]
            refused |= np.array([detector.distance(v) > detector.threshold for v in values])
    return {
        "method": "Mahalanobis distances (shrunk covariance) to the training X-rays of the pooled features, an 8x8 "
                  f"thumbnail and texture statistics, each cut at the {CUTOFF_PERCENTILE}th percentile of a log-normal fitted "
                  "to the validation X-rays' distances, widened by a margin measured on hospitals left out of training; "
                  "plus blank/colour/aspect checks",
        "file": OOD_NAME,
        "sha256": file_sha256(model_dir / OOD_NAME),
        "thresholds": {name: d.threshold for name, d in gate.detectors.items()},
        "new_site_margins": {name: d.margin for name, d in gate.detectors.items()},
        "test_false_rejection_rate": float(refused.mean()) if len(test) else None,
    }


def refit_input_gate(model_dir: Path, data: Path, cache_dir: Path | None = None, report: Report | None = None) -> ModelCard:
    """Refit an exported model's "is this a chest X-ray" gate on its own training split, without retraining.

    Used when the gate's features change; the model, its score and its threshold are untouched.
    """
    card = verify_model(model_dir)
    split = card.extra["training"]["split"]
    excluded = set(card.extra["training"].get("excluded_sources") or ())
    items = [i for i in find_labelled_images(data) if i.source not in excluded]
    segmenters = ThreadSegmenters(model_dir / LUNGS_FOLDER) if card.preprocessing.lung_crop else None
    x_all, _, items = load_arrays(items, card.preprocessing, cache_dir, report or (lambda event: None), segmenters)
    idx = split_indices(items, split["val_fraction"], split["test_fraction"], split["seed"])
    ood = fit_out_of_distribution(model_dir, x_all[idx["train"]], x_all[idx["val"]], x_all[idx["test"]])
    return seal_model(model_dir, ModelCard.from_dict({**card.to_dict(), "out_of_distribution": ood}))
