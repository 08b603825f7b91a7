"""Train the tutorial network this product grew from, on the same grouped split, for comparison.

Three Conv2D layers of 16/32/64 filters (kernel 2, 'same', relu), each followed by MaxPooling2D(2),
Dropout 0.3 after the third, Flatten, Dense(2, softmax); input 256x256x3 scaled by 1/255
(cv2.imread + cv2.resize, as the tutorial does); rmsprop; 20 epochs; batch 32.

    python bench/tutorial_baseline.py ../shared/data/cxr/manifest.csv --out runs/tutorial
    python bench/tutorial_baseline.py ../shared/data/cxr/manifest.csv --out runs/tutorial_loso/jsrt --exclude-source jsrt
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import cv2
import numpy as np

from cxrviewer.core.admin.dataset import find_labelled_images, split_of_group

SIZE = 256


def tutorial_input(path: Path) -> np.ndarray:
    """The tutorial's preprocessing: cv2.imread (BGR, 8-bit), resize to 256x256, scale by 1/255."""
    image = cv2.imread(str(path))
    return cv2.resize(image, (SIZE, SIZE)).astype(np.float32) / 255.0


def build_tutorial_model():
    import keras
    from keras import layers

    return keras.Sequential([
        keras.Input((SIZE, SIZE, 3)),
        layers.Conv2D(16, 2, padding="same", activation="relu"), layers.MaxPooling2D(2),
        layers.Conv2D(32, 2, padding="same", activation="relu"), layers.MaxPooling2D(2),
        layers.Conv2D(64, 2, padding="same", activation="relu"), layers.MaxPooling2D(2),
        layers.Dropout(0.3), layers.Flatten(), layers.Dense(2, activation="softmax"),
    ], name="tutorial_cnn")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--out", required=True)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--exclude-source", action="append", default=[])
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras

    keras.utils.set_random_seed(0)
    items = [i for i in find_labelled_images(args.data) if i.source not in args.exclude_source]
    train = [i for i in items if split_of_group(i.group, 0.15, 0.15, 0) == "train"]
    x = np.stack([cv2.resize(cv2.imread(str(i.path), cv2.IMREAD_GRAYSCALE), (SIZE, SIZE)) for i in train])
    y = np.array([i.label for i in train])
    model = build_tutorial_model()
    model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])

    def batches():
        order = np.random.default_rng(0).permutation(len(x))
        for start in range(0, len(order), 32):
            idx = order[start : start + 32]
            # cv2.imread of a grayscale JPEG gives three equal channels; build them the same way
            yield np.repeat(x[idx, :, :, None], 3, axis=-1).astype(np.float32) / 255.0, y[idx]

    for epoch in range(args.epochs):
        history = model.fit(batches(), epochs=1, verbose=0, steps_per_epoch=int(np.ceil(len(x) / 32)))
        print(json.dumps({"epoch": epoch + 1, "loss": history.history["loss"][-1]}), flush=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    model.save(out / "tutorial.keras")
    (out / "info.json").write_text(json.dumps({"excluded_sources": args.exclude_source, "epochs": args.epochs,
                                               "train_images": len(train)}, indent=2))


if __name__ == "__main__":
    main()
