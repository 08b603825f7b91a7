"""Load an X-ray file into 8-bit grayscale, judged by its content, never by its extension.

Why not just ``cv2.imread``: it silently keeps only the top 8 bits of 12-bit data, returns a
half-grey image for a truncated JPEG, and will happily decode a decompression bomb. Pillow reads
the header (format, size) cheaply; OpenCV decodes the pixels unchanged; 16-bit data is windowed
explicitly (``window_to_uint8``).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from cxrviewer.core.errors import (
    ImageTooLarge,
    ImageTooSmall,
    TruncatedImage,
    UnreadableImage,
    UnsupportedImage,
)
from cxrviewer.core.types import XrayImage

MAX_PIXELS = 80_000_000  # ~9000 x 9000; larger files are refused rather than risk memory
MIN_SIDE = 64
MAX_FILE_BYTES = 512 * 1024 * 1024
SUPPORTED_SUFFIXES = (".png", ".jpg", ".jpeg")

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


def sniff_format(data: bytes) -> str | None:
    """'PNG', 'JPEG', 'DICOM' or None, from the first bytes."""
    if data.startswith(_PNG_MAGIC):
        return "PNG"
    if data.startswith(_JPEG_MAGIC):
        return "JPEG"
    if len(data) >= 132 and data[128:132] == b"DICM":
        return "DICOM"
    return None


def _check_complete(data: bytes, fmt: str) -> None:
    tail = data.rstrip(b"\x00\r\n ")[-16:]
    if fmt == "PNG" and b"IEND" not in tail:
        raise TruncatedImage(detail="PNG has no IEND chunk")
    if fmt == "JPEG" and not tail.endswith(b"\xff\xd9"):
        raise TruncatedImage(detail="JPEG has no end-of-image marker")


def window_to_uint8(pixels: np.ndarray, low_pct: float = 0.5, high_pct: float = 99.5) -> np.ndarray:
    """Map high-bit-depth data to 0..255 with a percentile window.

    A fixed ``>> 8`` would turn 12-bit data (max 4095) nearly black, and clipping to 255 would
    turn it white; the window uses the range the image really occupies.
    """
    values = pixels.astype(np.float32)
    sample = values[:: max(1, values.shape[0] // 512), :: max(1, values.shape[1] // 512)]
    lo, hi = np.percentile(sample, [low_pct, high_pct])
    if hi <= lo:
        hi = lo + 1.0
    scaled = (values - lo) * (255.0 / (hi - lo))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def colourfulness(decoded: np.ndarray) -> float:
    """Mean spread between the colour channels, in 8-bit grey levels (0 for a gray image)."""
    if decoded.ndim == 2 or decoded.shape[2] < 3:
        return 0.0
    step = max(1, max(decoded.shape[:2]) // 256)
    rgb = decoded[::step, ::step, :3].astype(np.float32)
    if decoded.dtype == np.uint16:
        rgb /= 257.0
    return float((rgb.max(axis=2) - rgb.min(axis=2)).mean())


def _to_gray(decoded: np.ndarray) -> tuple[np.ndarray, str]:
    if decoded.ndim == 2:
        return decoded, "gray"
    channels = decoded.shape[2]
    if channels == 1:
        return decoded[:, :, 0], "gray"
    if channels == 3:
        return cv2.cvtColor(decoded, cv2.COLOR_BGR2GRAY), "rgb"
    if channels == 4:
        return cv2.cvtColor(decoded, cv2.COLOR_BGRA2GRAY), "rgba"
    raise UnsupportedImage(detail=f"{channels} channels")


def decode_image(data: bytes, path: Path | None = None, sha256: str | None = None) -> XrayImage:
    """Decode image bytes; raises a ``CxrError`` subclass with a clinician-readable reason.

    ``sha256`` of ``data`` may be passed when the caller has already computed it (folder screening
    hashes first to skip images it has already scored).
    """
    if not data:
        raise UnreadableImage("This file is empty (0 bytes).")
    fmt = sniff_format(data[:132])
    if fmt == "DICOM":
        raise UnsupportedImage("DICOM files are not supported yet; please export the image as PNG or JPEG.")
    if fmt is None:
        raise UnsupportedImage()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as header:
                width, height = header.size
                pil_mode = header.mode
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge(detail=str(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - any header failure means unreadable
        raise UnreadableImage(detail=repr(exc)) from exc
    if width * height > MAX_PIXELS:
        raise ImageTooLarge(
            f"This image is too large to open safely ({width} x {height} pixels).",
            detail=f"limit {MAX_PIXELS} pixels",
        )
    if min(width, height) < MIN_SIDE:
        raise ImageTooSmall(
            f"This image is too small to assess ({width} x {height} pixels; at least {MIN_SIDE} needed)."
        )
    _check_complete(data, fmt)
    buffer = np.frombuffer(data, dtype=np.uint8)
    if pil_mode == "P":
        # OpenCV expands palettes itself, but Pillow handles transparency in palettes correctly.
        with Image.open(io.BytesIO(data)) as im:
            rgb = np.asarray(im.convert("RGB"))
        colour = colourfulness(rgb)
        decoded, mode = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), "palette"
    else:
        decoded = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
        if decoded is None:
            raise UnreadableImage(detail="cv2.imdecode returned None")
        colour = colourfulness(decoded)
        decoded, mode = _to_gray(decoded)
    bit_depth = 16 if decoded.dtype == np.uint16 else 8
    if decoded.dtype != np.uint8:
        decoded = window_to_uint8(decoded)
    return XrayImage(
        pixels=np.ascontiguousarray(decoded),
        path=path,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        source_format=fmt,
        source_bit_depth=bit_depth,
        source_mode=mode,
        colourfulness=colour,
    )


def load_image(path: str | Path) -> XrayImage:
    """Read and decode one file. Every failure is a ``CxrError`` with a reason."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UnsupportedImage("This is a folder, not an image file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageTooLarge(f"This file is too large to open safely ({size // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except PermissionError as exc:
        raise UnreadableImage("cxrviewer is not allowed to read this file (permission denied).", repr(exc)) from exc
    except FileNotFoundError as exc:
        raise UnreadableImage("This file no longer exists.", repr(exc)) from exc
    except OSError as exc:
        raise UnreadableImage("This file could not be read from disk.", repr(exc)) from exc
    return decode_image(data, path)
