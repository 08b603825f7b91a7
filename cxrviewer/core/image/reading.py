"""Load an X-ray file into 8-bit grayscale, judged by its content, never by its extension.

Why not just ``cv2.imread``: it silently keeps only the top 8 bits of 12-bit data, returns
grey blocks for a damaged JPEG, and will happily decode a decompression bomb. The loader reads
the header itself, refuses what it cannot decode safely, then decodes and windows 16-bit data
explicitly (``window_to_uint8``).

**A damaged file is refused, never scored.** How each format is checked:

* PNG protects every chunk with a CRC. ``_png_header`` walks the chunks up to ``IEND`` and checks
  every CRC (libpng would pass a damaged ancillary chunk with a warning, and Pillow does not check
  the CRCs of the image data at all); a file that ends before ``IEND`` is "incomplete".
* JPEG has no checksum. When its entropy-coded data does not add up (a zeroed or overwritten range,
  a cut), libjpeg only *warns* ("premature end of data segment", "extraneous bytes before marker",
  "bad Huffman code"), fills the rest with grey and carries on; OpenCV and Pillow both ignore those
  warnings. JPEG is therefore decoded by libjpeg-turbo through ``simplejpeg`` in strict mode, where
  every warning is an error. ``_jpeg_header`` walks the markers first, so a file cut off before its
  end-of-image marker is reported as incomplete.
* What no decoder can notice: a JPEG whose entropy-coded data or quantisation tables were altered
  in a way that still decodes consistently (a flipped bit the Huffman code resynchronises after).
  JPEG has nothing to check it against. PNG has no such gap.
* Bytes after a complete image (after PNG's ``IEND`` or JPEG's end-of-image marker) are ignored:
  the image itself is complete, and some tools append metadata there.

**Memory.** One image costs its file bytes, the decoded array (twice for a moment where OpenCV's
Python binding copies it) and the 8-bit result, nothing more:
16-bit data is windowed through a lookup table, block of rows by block of rows (never a float copy of
the whole image); gray PNGs (with or without alpha) are decoded straight to one channel; palette PNGs
go through a 256-entry lookup; JPEGs too large for ``DECODE_BUDGET_BYTES`` are decoded at a reduced
scale (libjpeg's DCT scaling: 7/8, 3/4, ... 1/8, nearly free), and a PNG that cannot fit the budget
at full size (16-bit colour near the pixel limit) is refused before decoding. Measured in
``bench/memory.py`` (docs/screening.md, "Memory").
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import math
import os
import stat
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import simplejpeg
from PIL import Image

from cxrviewer.core.errors import (
    DamagedImage,
    ImageTooLarge,
    ImageTooSmall,
    TruncatedImage,
    UnreadableImage,
    UnsupportedImage,
    _,
)
from cxrviewer.core.image.dicom import decode_dicom, is_dicom
from cxrviewer.core.types import XrayImage

log = logging.getLogger(__name__)

MAX_PIXELS = 80_000_000  # ~9000 x 9000; larger files are refused rather than risk memory
MIN_SIDE = 64
MAX_FILE_BYTES = 256 * 1024 * 1024  # an 80-megapixel 8-bit colour PNG of pure noise is 240 MB
# What decoding one image may hold at once, file bytes included (estimated from the header, as
# measured in bench/memory.py): OpenCV's decoded array and the copy its Python binding makes, or
# libjpeg's coefficients and output, plus the gray and 8-bit results. An image that would need
# more is refused (PNG) or decoded at a reduced scale (JPEG) before anything is decoded. The
# loader's process adds its own ~80 MB (Python, numpy, OpenCV): one image stays under 700 MB.
DECODE_BUDGET_BYTES = 512 * 1024 * 1024
SUPPORTED_SUFFIXES = (".png", ".jpg", ".jpeg", ".dcm", ".dicom")

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_ROW_BLOCK_PIXELS = 1 << 20  # windowing works on about a million pixels at a time
_O_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)



def sniff_format(data: bytes) -> str | None:
    """'PNG', 'JPEG', 'DICOM' or None, from the first bytes."""
    if data.startswith(_PNG_MAGIC):
        return "PNG"
    if data.startswith(_JPEG_MAGIC):
        return "JPEG"
    if len(data) >= 132 and data[128:132] == b"DICM":
        return "DICOM"
    return None


def other_format(data: bytes) -> str | None:
    """The name of a picture format cxrviewer does not read (TIFF, BMP, ...), from its first bytes."""
    head = data[:32]
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "TIFF"
    if head.startswith(b"BM") and len(head) >= 18 and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64, 108, 124):
        return "BMP"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WebP"
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return "JPEG 2000"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif"):
        return "HEIF/AVIF"
    if head.startswith(b"\xff\x0a") or head.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n"):
        return "JPEG XL"
    return None


def _refuse_unknown(data: bytes, path: Path | None) -> UnsupportedImage:
    name = other_format(data)
    if name is not None:
        return UnsupportedImage(_("{format} files are not supported: save the image as PNG or JPEG and open that.").format(format=name))
    if path is not None and path.suffix.lower() in (".dcm", ".dicom"):
        return UnsupportedImage(_("This file is named as DICOM but is not a DICOM file."), detail="DICOM by its name (no DICM marker)")
    return UnsupportedImage()


# -- reading the file --------------------------------------------------------------------------


def read_file_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a ``CxrError`` whose sentence says why they cannot be had.

    Only regular files are read, and only up to ``MAX_FILE_BYTES``: a pipe named ``x.png`` would
    block for ever and a link to ``/dev/zero`` would grow until memory runs out. The file is opened
    without blocking and checked again through its descriptor, so a file swapped for a pipe between
    the check and the open is still refused.
    """
    path = Path(path)
    try:
        info = os.stat(path)
        _check_regular(info)
        fd = os.open(path, _O_FLAGS)
        with open(fd, "rb", closefd=True) as handle:
            info = os.fstat(handle.fileno())
            _check_regular(info)
            data = handle.read(min(info.st_size, MAX_FILE_BYTES) + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large_file(len(data))
        return data
    except PermissionError as exc:
        raise UnreadableImage(_("cxrviewer is not allowed to read this file (permission denied)."), repr(exc)) from exc
    except FileNotFoundError as exc:
        if os.path.islink(path):
            raise UnreadableImage(_("This is a link to a file that no longer exists."), repr(exc)) from exc
        raise UnreadableImage(_("This file no longer exists."), repr(exc)) from exc
    except IsADirectoryError as exc:
        raise UnsupportedImage(_("This is a folder, not an image file."), repr(exc)) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableImage(_("This is a link that leads back to itself (a link loop), so there is no image to read."),
                                  repr(exc)) from exc
        raise UnreadableImage(_("This file could not be read from disk."), repr(exc)) from exc


def _check_regular(info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedImage(_("This is a folder, not an image file."))
    if not stat.S_ISREG(info.st_mode):
        raise UnsupportedImage(
            _("This is not an ordinary file (it is a pipe, a device or a socket), so it cannot be an image."),
            detail=f"st_mode {oct(info.st_mode)}",
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large_file(info.st_size)


def _too_large_file(size: int) -> ImageTooLarge:
    return ImageTooLarge(
        _("This file is too large to open safely ({size} MB; at most {limit} MB).").format(
            size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
        ),
        detail=f"{size} bytes",
    )


# -- headers and integrity ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    width: int
    height: int
    channels: int  # PNG: samples per pixel as stored (palette: 1); JPEG: components
    bit_depth: int  # bits per sample
    png_colour_type: int = -1
    png_transparency: bool = False  # a tRNS chunk: OpenCV then decodes RGB as 4 channels
    jpeg_coefficient_bytes: int = 0  # what a progressive or multi-scan JPEG buffers while decoding


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}


def _png_header(data: bytes) -> _Header:
    """IHDR, after checking that every chunk up to IEND is present and has a correct CRC."""
    view = memoryview(data)
    size = len(data)
    pos = len(_PNG_MAGIC)
    header: _Header | None = None
    image_chunks = 0
    transparency = False
    while True:
        if pos + 12 > size:
            raise TruncatedImage(detail=f"PNG ends at byte {size} before its IEND chunk")
        length = int.from_bytes(view[pos : pos + 4], "big")
        kind = bytes(view[pos + 4 : pos + 8])
        end = pos + 12 + length
        if length > 0x7FFFFFFF or not kind.isalpha() or not kind.isascii():
            raise DamagedImage(detail=f"PNG chunk header damaged at byte {pos}: {kind!r}, length {length}")
        if end > size:
            raise TruncatedImage(detail=f"PNG ends at byte {size} inside its {kind.decode()} chunk")
        if zlib.crc32(view[pos + 4 : pos + 8 + length]) != int.from_bytes(view[end - 4 : end], "big"):
            raise DamagedImage(detail=f"PNG {kind.decode()} chunk at byte {pos} fails its CRC")
        if header is None:
            if kind != b"IHDR" or length != 13:
                raise DamagedImage(detail=f"PNG starts with {kind!r}, not IHDR")
            header = _parse_ihdr(bytes(view[pos + 8 : pos + 21]))
        elif kind == b"IDAT":
            image_chunks += 1
        elif kind == b"tRNS":
            transparency = True
        elif kind == b"IEND":
            break
        pos = end
    if not image_chunks:
        raise DamagedImage(detail="PNG has no IDAT chunk")
    return _Header(header.width, header.height, header.channels, header.bit_depth, header.png_colour_type, transparency)


def _parse_ihdr(ihdr: bytes) -> _Header:
    width, height = int.from_bytes(ihdr[0:4], "big"), int.from_bytes(ihdr[4:8], "big")
    depth, colour_type, compression, filtering, interlace = ihdr[8:13]
    if not width or not height or colour_type not in _PNG_CHANNELS or depth not in _PNG_DEPTHS[colour_type] \
            or compression or filtering or interlace > 1:
        raise DamagedImage(detail=f"PNG header invalid: {width} x {height}, depth {depth}, colour type {colour_type}")
    return _Header(width, height, _PNG_CHANNELS[colour_type], depth, png_colour_type=colour_type)


_SOF_SUPPORTED = {0xC0, 0xC1, 0xC2, 0xC9, 0xCA}  # baseline, extended, progressive (Huffman or arithmetic)
_SOF_OTHER = {0xC3, 0xC5, 0xC6, 0xC7, 0xCB, 0xCD, 0xCE, 0xCF}  # lossless, hierarchical


def _jpeg_header(data: bytes) -> _Header:
    """SOF, after walking every marker from SOI to EOI (so a file cut off is found before decoding)."""
    size = len(data)
    markers: np.ndarray | None = None  # positions of 0xFF that start a marker inside entropy-coded data
    pos = 2
    frame: _Header | None = None
    sampling: list[tuple[int, int]] = []
    scans = 0
    progressive = False
    while True:
        if pos + 2 > size:
            raise TruncatedImage(detail=f"JPEG ends at byte {size} before its end-of-image marker")
        if data[pos] != 0xFF:
            raise DamagedImage(detail=f"JPEG: no marker where one must be (byte {pos})")
        code = data[pos + 1]
        if code == 0xFF:  # fill byte
            pos += 1
            continue
        if code == 0xD9:  # EOI: anything after it is not part of the image
            break
        if code == 0x01 or 0xD0 <= code <= 0xD7 or code == 0xD8:
            if code == 0xD8:
                raise DamagedImage(detail=f"JPEG: a second start-of-image marker at byte {pos}")
            pos += 2
            continue
        if pos + 4 > size:
            raise TruncatedImage(detail=f"JPEG ends inside a marker at byte {pos}")
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        end = pos + 2 + length
        if length < 2:
            raise DamagedImage(detail=f"JPEG marker 0x{code:02X} at byte {pos} has length {length}")
        if end > size:
            raise TruncatedImage(detail=f"JPEG ends inside marker 0x{code:02X} at byte {pos}")
        if code in _SOF_OTHER or (code in _SOF_SUPPORTED and data[pos + 4] != 8):
            raise UnsupportedImage(
                _(
                    "This JPEG uses lossless, hierarchical or 12-bit coding, which cxrviewer cannot read: "
                    "export the image as PNG and open that."
                ),
                detail=f"SOF 0x{code:02X}, precision {data[pos + 4]}",
            )
        if code in _SOF_SUPPORTED:
            if frame is not None or length < 8:
                raise DamagedImage(detail=f"JPEG: a second or short frame header at byte {pos}")
            height, width = int.from_bytes(data[pos + 5 : pos + 7], "big"), int.from_bytes(data[pos + 7 : pos + 9], "big")
            components = data[pos + 9]
            if components not in (1, 3, 4) or length != 8 + 3 * components or not width or not height:
                raise DamagedImage(detail=f"JPEG frame header invalid: {width} x {height}, {components} components")
            sampling = [(data[pos + 11 + 3 * i] >> 4, data[pos + 11 + 3 * i] & 15) for i in range(components)]
            if any(not 1 <= h <= 4 or not 1 <= v <= 4 for h, v in sampling):
                raise DamagedImage(detail=f"JPEG sampling factors invalid: {sampling}")
            frame = _Header(width, height, components, 8)
            progressive = code in (0xC2, 0xCA)
        if code == 0xDA:  # start of scan: entropy-coded data follows up to the next real marker
            if frame is None:
                raise DamagedImage(detail="JPEG: scan before frame header")
            scans += 1
            if markers is None:
                markers = _jpeg_marker_positions(data)
            found = int(np.searchsorted(markers, end))
            if found == len(markers):
                raise TruncatedImage(detail=f"JPEG ends at byte {size} inside scan {scans}")
            pos = int(markers[found])
            continue
        pos = end
    if frame is None or not scans:
        raise DamagedImage(detail="JPEG has no frame header or no scan")
    coefficient_bytes = 0
    if progressive or scans > 1:  # libjpeg keeps every DCT coefficient of the image until the last scan
        h_max, v_max = max(h for h, _ in sampling), max(v for _, v in sampling)
        for h, v in sampling:
            blocks = math.ceil(math.ceil(frame.width * h / h_max) / 8) * math.ceil(math.ceil(frame.height * v / v_max) / 8)
            coefficient_bytes += blocks * 64 * 2
    return _Header(frame.width, frame.height, frame.channels, 8, jpeg_coefficient_bytes=coefficient_bytes)


def _jpeg_marker_positions(data: bytes) -> np.ndarray:
    """Sorted positions of every 0xFF followed by a marker code (not a stuffed 0x00, a fill 0xFF or RSTn)."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    ff = np.flatnonzero(buffer[:-1] == 0xFF)
    following = buffer[ff + 1]
    real = (following != 0x00) & (following != 0xFF) & ((following < 0xD0) | (following > 0xD7))
    return ff[real]


# -- decoding ----------------------------------------------------------------------------------


def decode_image(data: bytes, path: Path | None = None, sha256: str | None = None) -> XrayImage:
    """Decode image bytes; raises a ``CxrError`` subclass with a clinician-readable reason.

    ``sha256`` of ``data`` may be passed when the caller has already computed it (folder screening
    hashes first to skip images it has already scored).
    """
    if not data:
        raise UnreadableImage(_("This file is empty (0 bytes)."))
    fmt = sniff_format(data[:132])
    if fmt == "DICOM" or (fmt is None and is_dicom(data[:132])):  # PACS exports often have no extension
        return decode_dicom(data, path, sha256)
    if fmt is None:
        raise _refuse_unknown(data, path)
    header = _png_header(data) if fmt == "PNG" else _jpeg_header(data)
    width, height = header.width, header.height
    if width * height > MAX_PIXELS:
        raise ImageTooLarge(
            _("This image is too large to open safely ({width} x {height} pixels).").format(width=width, height=height),
            detail=f"limit {MAX_PIXELS} pixels",
        )
    if min(width, height) < MIN_SIDE:
        raise ImageTooSmall(
            _("This image is too small to assess ({width} x {height} pixels; at least {minimum} needed).").format(
                width=width, height=height, minimum=MIN_SIDE
            )
        )
    try:
        if fmt == "PNG":
            pixels, bit_depth, mode, colour = _decode_png(data, header)
        else:
            pixels, bit_depth, mode, colour = _decode_jpeg(data, header)
    except MemoryError as exc:
        raise ImageTooLarge(_("There is not enough free memory to open this image."), detail=repr(exc)) from exc
    return XrayImage(
        pixels=np.ascontiguousarray(pixels),
        path=path,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        source_format=fmt,
        source_bit_depth=bit_depth,
        source_mode=mode,
        colourfulness=colour,
    )


def _too_much_memory(header: _Header, kind: str) -> ImageTooLarge:
    return ImageTooLarge(
        _(
            "This image needs too much memory to open safely ({width} x {height} pixels, {kind}): "
            "save it as an 8-bit grayscale PNG or JPEG and open that."
        ).format(width=header.width, height=header.height, kind=kind),
        detail=f"over the decode budget of {DECODE_BUDGET_BYTES} bytes",
    )


def _decode_png(data: bytes, header: _Header) -> tuple[np.ndarray, int, str, float]:
    pixels_count = header.width * header.height
    sample_bytes = 2 if header.bit_depth == 16 else 1
    colour_type = header.png_colour_type
    if colour_type == 3:
        return _decode_palette_png(data, header)
    gray = colour_type in (0, 4)
    channels = 4 if colour_type == 6 or header.png_transparency else 3
    decoded_bytes = pixels_count * sample_bytes * (1 if gray else channels)
    if gray:  # OpenCV's array and the binding's copy of it; windowing needs less (the array + 1 byte a pixel)
        working_bytes = 2 * decoded_bytes
    else:  # the same, or the colour array with its gray version and that one's 8-bit window
        working_bytes = max(2 * decoded_bytes, decoded_bytes + pixels_count * (sample_bytes + (sample_bytes == 2)))
    if len(data) + working_bytes > DECODE_BUDGET_BYTES:
        raise _too_much_memory(header, (_("{bits}-bit gray") if gray else _("{bits}-bit colour")).format(bits=header.bit_depth))
    # Gray (with or without alpha) straight to one channel: alpha is not part of an X-ray.
    flags = cv2.IMREAD_GRAYSCALE | cv2.IMREAD_ANYDEPTH if gray else cv2.IMREAD_UNCHANGED
    decoded = _cv2_decode(data, flags)
    colour = 0.0
    if gray:
        mode = "gray"
    else:
        if decoded.ndim != 3 or decoded.shape[2] not in (3, 4):
            raise DamagedImage(detail=f"colour PNG decoded to shape {decoded.shape}")
        colour = colourfulness(decoded)
        mode = "rgb" if colour_type == 2 else "rgba"
        code = cv2.COLOR_BGR2GRAY if decoded.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        decoded = cv2.cvtColor(decoded, code)
    if decoded.shape != (header.height, header.width):
        raise DamagedImage(detail=f"PNG decoded to shape {decoded.shape}, header says {header.width} x {header.height}")
    if decoded.dtype == np.uint16:
        return window_to_uint8(decoded), 16, mode, colour
    return decoded, 8, mode, colour


def _cv2_decode(data: bytes, flags: int) -> np.ndarray:
    try:
        decoded = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), flags)
    except cv2.error as exc:
        raise DamagedImage(detail=f"OpenCV: {exc}") from exc
    if decoded is None:
        raise DamagedImage(detail="cv2.imdecode returned None")
    return decoded


def _decode_palette_png(data: bytes, header: _Header) -> tuple[np.ndarray, int, str, float]:
    """Palette PNG: the indices (Pillow's image and one copy of it) through a 256-entry gray table.

    Pillow reads the palette (and ignores its transparency, as converting to RGB does); OpenCV
    would expand the image to 3 or 4 channels first.
    """
    pixels_count = header.width * header.height
    if len(data) + 3 * pixels_count > DECODE_BUDGET_BYTES:  # Pillow's image, its bytes, numpy's copy
        raise _too_much_memory(header, _("palette colour"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                if image.mode != "P":
                    raise DamagedImage(detail=f"palette PNG opened as {image.mode}")
                indices = np.asarray(image)
                palette = image.getpalette() or []
    except DamagedImage:
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for bad data
        raise DamagedImage(detail=f"Pillow: {exc!r}") from exc
    if indices.shape != (header.height, header.width):
        raise DamagedImage(detail=f"palette PNG decoded to shape {indices.shape}")
    table = np.zeros((256, 3), dtype=np.uint8)
    entries = np.asarray(palette[: 256 * 3], dtype=np.uint8).reshape(-1, 3)
    table[: len(entries)] = entries
    step = max(1, max(indices.shape) // 256)
    colour = colourfulness(table[indices[::step, ::step]])
    gray_table = cv2.cvtColor(table[None, :, :], cv2.COLOR_RGB2GRAY).reshape(256)
    return cv2.LUT(indices, gray_table), 8, "palette", colour


def _jpeg_scale(header: _Header, bytes_per_pixel: int, file_bytes: int) -> int:
    """Eighths of full size to decode at (8 = full size): the largest that fits the budget."""
    pixels_count = header.width * header.height
    fixed = file_bytes + header.jpeg_coefficient_bytes
    for eighths in range(8, 0, -1):
        scaled = pixels_count * eighths * eighths / 64
        if fixed + scaled * bytes_per_pixel <= DECODE_BUDGET_BYTES:
            return eighths
    return 0


def _decode_jpeg(data: bytes, header: _Header) -> tuple[np.ndarray, int, str, float]:
    components = header.channels
    # bytes per output pixel: gray 1 (simplejpeg writes into numpy directly); colour RGB + gray 4;
    # CMYK: OpenCV's BGR array, the binding's copy and the gray version 7
    eighths = _jpeg_scale(header, {1: 1, 3: 4, 4: 7}[components], len(data))
    if not eighths:
        raise _too_much_memory(header, _("{components}-component JPEG").format(components=components))
    scaled = {}
    if eighths < 8:
        scaled = {"min_width": math.ceil(header.width * eighths / 8), "min_height": math.ceil(header.height * eighths / 8)}
        log.info("JPEG of %d x %d decoded at %d/8 of its size to stay within memory", header.width, header.height, eighths)
    if components == 4:
        return _decode_cmyk_jpeg(data, header, eighths)
    colorspace = "GRAY" if components == 1 else "RGB"
    decoded = _strict_jpeg(data, colorspace, scaled)
    if components == 1:
        return decoded.reshape(decoded.shape[:2]), 8, "gray", 0.0
    colour = colourfulness(decoded)
    return cv2.cvtColor(decoded, cv2.COLOR_RGB2GRAY), 8, "rgb", colour


def _strict_jpeg(data: bytes, colorspace: str, scaled: dict) -> np.ndarray:
    """libjpeg-turbo with every warning an error: a JPEG whose data does not add up is refused."""
    try:
        return simplejpeg.decode_jpeg(data, colorspace=colorspace, strict=True, **scaled)
    except Exception as exc:  # noqa: BLE001 - simplejpeg raises ValueError; anything else is as bad
        message = str(exc).lower()
        if "premature end of jpeg file" in message or "premature end of input file" in message:
            raise TruncatedImage(detail=f"libjpeg: {exc}") from exc
        raise DamagedImage(detail=f"libjpeg: {exc}") from exc


def _decode_cmyk_jpeg(data: bytes, header: _Header, eighths: int) -> tuple[np.ndarray, int, str, float]:
    """CMYK JPEG (print workflows; rare): checked strictly at 1/8 size, converted as OpenCV does."""
    small = {"min_width": math.ceil(header.width / 8), "min_height": math.ceil(header.height / 8)}
    _strict_jpeg(data, "CMYK", small)
    reduced = {8: cv2.IMREAD_COLOR, 4: cv2.IMREAD_REDUCED_COLOR_2, 2: cv2.IMREAD_REDUCED_COLOR_4}
    flag = next((flag for size, flag in reduced.items() if size <= eighths), cv2.IMREAD_REDUCED_COLOR_8)
    decoded = _cv2_decode(data, flag)
    colour = colourfulness(decoded)
    return cv2.cvtColor(decoded, cv2.COLOR_BGR2GRAY), 8, "cmyk", colour


# -- conversions -------------------------------------------------------------------------------


def window_to_uint8(pixels: np.ndarray, low_pct: float = 0.5, high_pct: float = 99.5) -> np.ndarray:
    """Map high-bit-depth data to 0..255 with a percentile window.

    A fixed ``>> 8`` would turn 12-bit data (max 4095) nearly black, and clipping to 255 would
    turn it white; the window uses the range the image really occupies. The percentiles come
    from a ~512 x 512 subsample. Integer data of up to 16 bits goes through a lookup table of
    every possible value, other data through float32 arithmetic, in blocks of rows either way:
    the only full-size array made is the 8-bit result (a float copy of an 80-megapixel image
    would be 320 MB). A flat image (both percentiles equal) gets a window one level wide.
    """
    pixels = np.asarray(pixels)
    sample = pixels[:: max(1, pixels.shape[0] // 512), :: max(1, pixels.shape[1] // 512)].astype(np.float32)
    lo, hi = np.percentile(sample, [low_pct, high_pct]).astype(np.float32)
    if hi <= lo:
        hi = lo + np.float32(1.0)
    scale = np.float32(255.0) / (hi - lo)
    out = np.empty(pixels.shape, dtype=np.uint8)
    rows = max(1, _ROW_BLOCK_PIXELS // max(1, math.prod(pixels.shape[1:])))
    integer = pixels.dtype.kind in "ui" and pixels.dtype.itemsize <= 2
    if integer:
        info = np.iinfo(pixels.dtype)
        table = _clip_to_uint8((np.arange(info.min, info.max + 1, dtype=np.float32) - lo) * scale)
    for start in range(0, pixels.shape[0], rows):
        block = pixels[start : start + rows]
        if integer:
            index = block if info.min == 0 else block.astype(np.int32) - info.min
            np.take(table, index, out=out[start : start + rows])
        else:
            out[start : start + rows] = _clip_to_uint8((block.astype(np.float32) - lo) * scale)
    return out


def _clip_to_uint8(values: np.ndarray) -> np.ndarray:
    return np.clip(values, 0, 255).astype(np.uint8)


def colourfulness(decoded: np.ndarray) -> float:
    """Mean spread between the colour channels, in 8-bit grey levels (0 for a gray image)."""
    if decoded.ndim == 2 or decoded.shape[2] < 3:
        return 0.0
    step = max(1, max(decoded.shape[:2]) // 256)
    rgb = decoded[::step, ::step, :3].astype(np.float32)
    if decoded.dtype == np.uint16:
        rgb /= 257.0
    return float((rgb.max(axis=2) - rgb.min(axis=2)).mean())


def load_image(path: str | Path) -> XrayImage:
    """Read and decode one file. Every failure is a ``CxrError`` with a reason."""
    path = Path(path)
    return decode_image(read_file_bytes(path), path)
