"""Fuzzing the loader: whatever the bytes, a ``CxrError`` or an image, never a hang, and never a score
for a damaged file.

Each case runs ``decode_image`` (a few through ``load_image``) on a worker thread with a deadline,
so a hang fails the test instead of stalling it. The invariant for a mutated file:

* PNG: refused, or decoded to pixels identical to the original's. Every chunk carries a CRC, so
  no damage anywhere in the file can go unnoticed; the loader checks them all.
* JPEG: refused, or identical pixels, **except** when every changed byte lies where JPEG has no
  check at all: the entropy-coded data and the payloads of the frame header and the quantisation
  and Huffman tables. A flipped bit there that the Huffman code resynchronises after decodes without
  a single libjpeg warning (about 70% of single-bit flips in entropy-coded data, measured); no
  decoder can tell. Cutting a JPEG short, or damaging its markers, lengths, scan headers or
  metadata, must still be refused or leave the pixels unchanged.
* Bytes appended after a complete image never change it, and it is never refused for them.

Tiny images (64 x 72 and a few real X-rays) keep each case around a millisecond; the examples are
fixed (``derandomize``) so a failure reproduces. Counts: see ``EXAMPLES``; the total is printed by
``test_the_fuzz_cases_add_up`` (at least 10,000 without the real images).
"""

from __future__ import annotations

import csv
import io
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import cv2
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from cxrviewer.core.errors import CxrError
from cxrviewer.core.image import reading
from cxrviewer.core.types import XrayImage
from tests.conftest import SHARED_CXR

DEADLINE_SECONDS = 10.0
EXAMPLES = {
    "random_bytes": 2000,
    "png_mutations": 2500,
    "png_cuts_and_tails": 1500,
    "jpeg_mutations": 2500,
    "jpeg_cuts_and_tails": 1500,
    "real_mutations": 1500,  # skipped without ../shared/data/cxr
}
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fuzz-decode")


def fuzz_settings(name: str):
    return settings(
        max_examples=EXAMPLES[name], deadline=None, derandomize=True, database=None, print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# -- the images mutated ------------------------------------------------------------------------


def _pattern(height: int = 72, width: int = 64) -> np.ndarray:
    yy, xx = np.mgrid[0:height, 0:width]
    noise = np.random.default_rng(7).normal(0, 4, (height, width))
    return np.clip(128 + 60 * np.sin(xx / 7.0) * np.cos(yy / 9.0) + noise, 0, 255).astype(np.uint8)


def _png_with_text(data: bytes) -> bytes:
    import zlib

    body = b"Comment\x00fuzz"
    chunk = len(body).to_bytes(4, "big") + b"tEXt" + body + zlib.crc32(b"tEXt" + body).to_bytes(4, "big")
    return data[:33] + chunk + data[33:]


def _generated() -> tuple[dict[str, bytes], dict[str, bytes]]:
    gray = _pattern()
    colour = np.dstack([255 - gray, gray, gray // 2])
    encode = lambda ext, image, *params: cv2.imencode(ext, image, list(params))[1].tobytes()  # noqa: E731
    palette, transparent = io.BytesIO(), io.BytesIO()
    Image.fromarray(colour).convert("P").save(palette, "PNG")
    Image.fromarray(colour).save(transparent, "PNG", transparency=(1, 2, 3))  # tRNS: OpenCV gives 4 channels
    pngs = {
        "gray8": _png_with_text(encode(".png", gray)),
        "gray16": encode(".png", gray.astype(np.uint16) * 16),
        "rgb8": encode(".png", colour),
        "rgba16": encode(".png", np.dstack([colour, gray]).astype(np.uint16) * 257),
        "palette": palette.getvalue(),
        "rgb8-transparent": transparent.getvalue(),
    }
    jpegs = {
        "gray": encode(".jpg", gray),
        "colour": encode(".jpg", colour),
        "progressive": encode(".jpg", colour, cv2.IMWRITE_JPEG_PROGRESSIVE, 1),
        "restart": encode(".jpg", gray, cv2.IMWRITE_JPEG_RST_INTERVAL, 2),
    }
    return pngs, jpegs


PNGS, JPEGS = _generated()
ORIGINALS = {data: reading.decode_image(data).pixels for data in (*PNGS.values(), *JPEGS.values())}


def _real_files() -> list[bytes]:
    """Three real X-ray JPEGs and a PNG made from one of them (small: each case stays fast)."""
    manifest = SHARED_CXR / "manifest.csv"
    if not manifest.is_file():
        return []
    with manifest.open() as handle:
        files = sorted(row["file"] for row in csv.DictReader(handle) if row["file"].lower().endswith(".jpg"))
    chosen = [(SHARED_CXR / f).read_bytes() for f in files[:: max(1, len(files) // 3)][:3]]
    small = cv2.resize(reading.decode_image(chosen[0]).pixels, (128, 128), interpolation=cv2.INTER_AREA)
    return [*chosen, cv2.imencode(".png", small)[1].tobytes()]


# -- running one case --------------------------------------------------------------------------


def outcome(data: bytes) -> XrayImage | CxrError:
    """The loader's answer within the deadline; any exception but ``CxrError`` fails the test."""
    future = _worker.submit(reading.decode_image, data)
    try:
        return future.result(timeout=DEADLINE_SECONDS)
    except FutureTimeout:
        pytest.fail(f"the loader hung on {len(data)} bytes starting {data[:16]!r}")
    except CxrError as exc:
        assert exc.user_message.endswith(".") and len(exc.user_message) > 20, exc.user_message
        return exc


def _unchecked_ranges(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of a JPEG that nothing can check: entropy-coded data and the payloads of the
    frame header, quantisation tables and Huffman tables."""
    ranges, pos = [], 2
    while pos + 4 <= len(data):
        code = data[pos + 1]
        if code == 0xD9:
            break
        if 0xD0 <= code <= 0xD7 or code == 0xFF:
            pos += 2 if code != 0xFF else 1
            continue
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if code in (0xC0, 0xC1, 0xC2, 0xC4, 0xDB):
            ranges.append((pos + 4, end))
        if code == 0xDA:
            scan_end = end
            while True:
                scan_end = data.index(b"\xff", scan_end)
                following = data[scan_end + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    scan_end += 2
                    continue
                break
            ranges.append((end, scan_end))
            pos = scan_end
            continue
        pos = end
    return ranges


def assert_refused_or_unchanged(original: bytes, mutated: bytes, changed: tuple[int, int]) -> None:
    """``changed`` is the [start, end) of the bytes the mutation touched."""
    result = outcome(mutated)
    if isinstance(result, CxrError):
        return
    if np.array_equal(result.pixels, _decoded(original)):
        return
    assert original.startswith(b"\xff\xd8"), f"a damaged PNG was accepted with different pixels (bytes {changed})"
    start, end = changed
    assert any(a <= start and end <= b for a, b in _unchecked_ranges(original)), (
        f"a JPEG damaged at bytes {changed}, outside its entropy-coded data and tables, was accepted with different pixels"
    )


_DECODED: dict[bytes, np.ndarray] = dict(ORIGINALS)


def _decoded(data: bytes) -> np.ndarray:
    if data not in _DECODED:
        _DECODED[data] = reading.decode_image(data).pixels
    return _DECODED[data]


# -- strategies --------------------------------------------------------------------------------


@st.composite
def mutation(draw, data: bytes) -> tuple[bytes, tuple[int, int]]:
    """Flip bits, zero a range or overwrite a range with random bytes."""
    kind = draw(st.sampled_from(["flip", "flip", "zero", "overwrite"]))
    start = draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        buffer = bytearray(data)
        buffer[start] ^= draw(st.integers(1, 255))
        return bytes(buffer), (start, start + 1)
    length = draw(st.integers(1, max(1, min(len(data) - start, len(data) // 4))))
    filler = bytes(length) if kind == "zero" else draw(st.binary(min_size=length, max_size=length))
    return data[:start] + filler + data[start + length :], (start, start + length)


def assert_cuts_and_tails(data: bytes, cut: int, tail: bytes, keep: bool) -> None:
    if keep:  # a complete image with stray bytes after its end
        result = outcome(data + tail)
        assert isinstance(result, XrayImage), f"refused for {len(tail)} bytes after its end: {result!r}"
        assert np.array_equal(result.pixels, _decoded(data))
    else:  # cut short: always refused
        result = outcome(data[:cut])
        assert isinstance(result, CxrError), f"accepted though cut to {cut} of {len(data)} bytes"


# -- the tests ---------------------------------------------------------------------------------


@fuzz_settings("random_bytes")
@given(prefix=st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
                               b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00" * 128 + b"DICM", b"II*\x00", b"BM"]),
       body=st.binary(max_size=2048))
def test_random_bytes_are_refused_with_a_sentence(prefix, body):
    result = outcome(prefix + body)
    assert isinstance(result, CxrError) or result.pixels.shape[0] >= reading.MIN_SIDE


@fuzz_settings("png_mutations")
@given(data=st.data(), name=st.sampled_from(sorted(PNGS)))
def test_damaged_pngs_are_refused_or_unchanged(data, name):
    original = PNGS[name]
    mutated, changed = data.draw(mutation(original))
    assert_refused_or_unchanged(original, mutated, changed)


@fuzz_settings("png_cuts_and_tails")
@given(name=st.sampled_from(sorted(PNGS)), where=st.floats(0, 1, exclude_max=True), tail=st.binary(min_size=1, max_size=256),
       keep=st.booleans())
def test_cut_pngs_are_refused_and_trailing_bytes_ignored(name, where, tail, keep):
    data = PNGS[name]
    assert_cuts_and_tails(data, int(where * len(data)), tail, keep)


@fuzz_settings("jpeg_mutations")
@given(data=st.data(), name=st.sampled_from(sorted(JPEGS)))
def test_damaged_jpegs_are_refused_or_unchanged_where_jpeg_can_tell(data, name):
    original = JPEGS[name]
    mutated, changed = data.draw(mutation(original))
    assert_refused_or_unchanged(original, mutated, changed)


@fuzz_settings("jpeg_cuts_and_tails")
@given(name=st.sampled_from(sorted(JPEGS)), where=st.floats(0, 1, exclude_max=True), tail=st.binary(min_size=1, max_size=256),
       keep=st.booleans())
def test_cut_jpegs_are_refused_and_trailing_bytes_ignored(name, where, tail, keep):
    data = JPEGS[name]
    assert_cuts_and_tails(data, int(where * len(data)), tail, keep)


REAL = _real_files()


@pytest.mark.real_data
@pytest.mark.skipif(not REAL, reason=f"real chest X-rays not available: {SHARED_CXR} is absent")
@fuzz_settings("real_mutations")
@given(data=st.data(), index=st.integers(0, 3), cut=st.floats(0, 1, exclude_max=True), how=st.sampled_from(["mutate", "cut", "tail"]))
def test_real_xrays_mutated_cut_or_extended(data, index, cut, how):
    original = REAL[index % len(REAL)]
    if how == "mutate":
        mutated, changed = data.draw(mutation(original))
        assert_refused_or_unchanged(original, mutated, changed)
    else:
        assert_cuts_and_tails(original, int(cut * len(original)), data.draw(st.binary(min_size=1, max_size=64)), how == "tail")


def test_a_few_cases_through_load_image_too(tmp_path):
    """``load_image`` adds only the reading of the file: the same answers for the same bytes."""
    for name, data in {**PNGS, **JPEGS}.items():
        cut = tmp_path / f"{name}.bin"
        cut.write_bytes(data[: len(data) // 2])
        with pytest.raises(CxrError):
            reading.load_image(cut)
        whole = tmp_path / f"{name}-whole.bin"
        whole.write_bytes(data + b"\x00trailing")
        assert np.array_equal(reading.load_image(whole).pixels, _decoded(data))


def test_the_fuzz_cases_add_up(capsys):
    generated = sum(v for k, v in EXAMPLES.items() if k != "real_mutations")
    assert generated >= 10_000
    with capsys.disabled():
        print(f"\nfuzz cases: {generated} generated + {EXAMPLES['real_mutations'] if REAL else 0} on real X-rays")


def test_originals_are_what_the_fuzz_starts_from():
    assert len(PNGS) == 6 and len(JPEGS) == 4
    assert all(pixels.shape == (72, 64) and pixels.std() > 10 for pixels in ORIGINALS.values())
