"""A set of images that are NOT frontal chest X-rays, built offline, for the refusal check.

Sources: the pictures that ship inside scikit-image (photographs, microscopy, text, a phantom),
each in colour and converted to gray (so colour alone cannot give them away), and generated
images: document pages, blank and near-uniform frames, noise, gradients.

There are no hand, skull or lateral chest X-rays offline. ``xray_variants`` stands in for "an X-ray,
but not a frontal chest view": held-out chest X-rays turned sideways, inverted (a film shown as a
negative) or cropped to one quarter (one lung). They are proxies, not the real thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import cv2
import numpy as np

SKIMAGE_NAMES = [
    "astronaut", "camera", "checkerboard", "chelsea", "clock", "coffee", "coins", "horse", "hubble_deep_field",
    "immunohistochemistry", "logo", "moon", "page", "text", "rocket", "retina", "brick", "grass", "gravel", "cell",
    "colorwheel", "shepp_logan_phantom", "cat", "binary_blobs",
]


def _to_uint8(image: np.ndarray) -> np.ndarray:
    if image.dtype != np.uint8:
        image = image.astype(np.float32)
        image = (255 * (image - image.min()) / max(float(image.max() - image.min()), 1e-6)).astype(np.uint8)
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    return image


def _document(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    page = np.full((1100, 850), 245, np.uint8)
    y = 80
    while y < 1020:
        words = " ".join("".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), rng.integers(2, 9))) for _ in range(8))
        cv2.putText(page, words, (60, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 20, 2)
        y += int(rng.integers(30, 45))
    return page


def non_chest_images() -> Iterator[tuple[str, np.ndarray]]:
    """(name, image) pairs; images are uint8 gray (H, W) or BGR (H, W, 3)."""
    try:
        import skimage.data as data
    except ImportError:  # scikit-image is a dev extra
        data = None
    if data is not None:
        for name in SKIMAGE_NAMES:
            image = _to_uint8(np.asarray(getattr(data, name)()))
            if min(image.shape[:2]) < 128:
                image = cv2.resize(image, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
            if image.ndim == 3:
                yield f"skimage:{name}:colour", cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
                yield f"skimage:{name}:gray", cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
            else:
                yield f"skimage:{name}", image
    rng = np.random.default_rng(0)
    for seed in range(5):
        yield f"generated:document{seed}", _document(seed)
    yield "generated:blank-black", np.zeros((512, 512), np.uint8)
    yield "generated:blank-white", np.full((512, 512), 255, np.uint8)
    yield "generated:near-uniform", np.clip(rng.normal(128, 2, (512, 512)), 0, 255).astype(np.uint8)
    yield "generated:noise", rng.integers(0, 256, (512, 512), dtype=np.uint8)
    yield "generated:gradient", np.tile(np.linspace(0, 255, 512), (512, 1)).astype(np.uint8)
    yield "generated:stripes", ((np.indices((512, 512))[1] // 32) % 2 * 255).astype(np.uint8)


XRAY_VARIANTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "turned sideways": lambda p: np.ascontiguousarray(np.rot90(p)),
    "inverted": lambda p: (np.iinfo(p.dtype).max - p).astype(p.dtype),
    "quarter crop": lambda p: np.ascontiguousarray(p[: p.shape[0] // 2, : p.shape[1] // 2]),
}


def xray_variants(pixels: np.ndarray) -> Iterator[tuple[str, np.ndarray]]:
    """(kind, image) for one real chest X-ray made into something that is not a frontal chest view."""
    for kind, make in XRAY_VARIANTS.items():
        yield kind, make(pixels)
