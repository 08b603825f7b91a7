"""Every format the loader accepts and every way a file can be bad."""

from __future__ import annotations

import csv
import io
import os
import threading
import tracemalloc
import warnings
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from cxrviewer.core.errors import (
    CxrError,
    DamagedImage,
    ImageTooLarge,
    ImageTooSmall,
    TruncatedImage,
    UnreadableImage,
    UnsupportedImage,
)
from cxrviewer.core.image import reading
from cxrviewer.core.image.reading import load_image, window_to_uint8


def _png_bytes(pixels: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", pixels)
    assert ok
    return data.tobytes()


def test_8bit_grayscale_png_round_trips_exactly(tmp_path, synthetic_xray):
    path = tmp_path / "chest.png"
    path.write_bytes(_png_bytes(synthetic_xray))
    image = load_image(path)
    assert image.source_format == "PNG" and image.source_bit_depth == 8 and image.source_mode == "gray"
    np.testing.assert_array_equal(image.pixels, synthetic_xray)


def test_12bit_data_in_16bit_png_is_windowed_not_clipped_or_darkened(tmp_path, synthetic_xray):
    twelve_bit = synthetic_xray.astype(np.uint16) * 16  # max ~4080, as a 12-bit detector writes
    path = tmp_path / "detector.png"
    path.write_bytes(_png_bytes(twelve_bit))
    image = load_image(path)
    assert image.source_bit_depth == 16 and image.pixels.dtype == np.uint8
    # uses the full 8-bit range (neither ">> 8" darkening nor clipping to white)
    assert image.pixels.max() >= 250 and image.pixels.min() <= 5
    # and keeps the anatomy: strongly correlated with the 8-bit original
    assert np.corrcoef(image.pixels.ravel(), synthetic_xray.ravel())[0, 1] > 0.98


def test_jpeg_with_wrong_extension_is_read_by_content(tmp_path, synthetic_xray):
    ok, data = cv2.imencode(".jpg", synthetic_xray, [cv2.IMWRITE_JPEG_QUALITY, 95])
    path = tmp_path / "scan.png"  # lies about its type
    path.write_bytes(data.tobytes())
    image = load_image(path)
    assert image.source_format == "JPEG"
    assert np.abs(image.pixels.astype(int) - synthetic_xray).mean() < 3


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "P", "LA"])
def test_colour_alpha_and_palette_images_become_one_grayscale_image(tmp_path, synthetic_xray, mode):
    rgb = np.stack([synthetic_xray] * 3, axis=-1)
    pil = Image.fromarray(rgb, "RGB")
    pil = pil.convert(mode) if mode != "P" else pil.convert("L").convert("P")
    path = tmp_path / f"img_{mode}.png"
    pil.save(path)
    image = load_image(path)
    assert image.pixels.ndim == 2 and image.pixels.dtype == np.uint8
    assert np.abs(image.pixels.astype(int) - synthetic_xray).mean() < 2


@pytest.mark.parametrize("mode, transparent", [("RGB", (1, 2, 3)), ("L", 5), ("I;16", 300)])
def test_pngs_with_a_transparent_colour_are_read(tmp_path, synthetic_xray, mode, transparent):
    """A tRNS chunk makes OpenCV decode an RGB PNG to 4 channels; it is still the same picture."""
    source = synthetic_xray.astype(np.uint16) * 16 if mode == "I;16" else synthetic_xray
    pil = Image.fromarray(source) if mode == "I;16" else Image.fromarray(synthetic_xray).convert(mode)
    path = tmp_path / "transparent.png"
    pil.save(path, transparency=transparent)
    assert b"tRNS" in path.read_bytes()
    image = load_image(path)
    if mode == "I;16":
        assert image.source_bit_depth == 16
        assert np.corrcoef(image.pixels.ravel(), synthetic_xray.ravel())[0, 1] > 0.98
    else:
        assert np.abs(image.pixels.astype(int) - synthetic_xray).max() <= 1


def test_same_bytes_give_same_sha256_regardless_of_name(tmp_path, synthetic_xray):
    data = _png_bytes(synthetic_xray)
    (tmp_path / "a.png").write_bytes(data)
    (tmp_path / "b.png").write_bytes(data)
    assert load_image(tmp_path / "a.png").sha256 == load_image(tmp_path / "b.png").sha256


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", UnreadableImage),
        (b"hello, this is a text file\n" * 20, UnsupportedImage),
        (b"%PDF-1.7\n" + b"0" * 500, UnsupportedImage),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, UnreadableImage),
        (b"\xff\xd8\xff\xe0" + b"garbage" * 50, CxrError),
    ],
    ids=["empty", "text", "pdf", "png-header-only", "jpeg-garbage"],
)
def test_bad_files_raise_a_clear_error(tmp_path, content, error):
    path = tmp_path / "bad.png"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        load_image(path)
    message = info.value.user_message
    assert message.endswith(".") and "Traceback" not in message and len(message) > 20


@pytest.mark.parametrize("ext", [".png", ".jpg"])
def test_truncated_file_is_reported_as_incomplete(tmp_path, synthetic_xray, ext):
    ok, data = cv2.imencode(ext, synthetic_xray)
    path = tmp_path / f"cut{ext}"
    path.write_bytes(data.tobytes()[: len(data) // 2])
    with pytest.raises(TruncatedImage, match="incomplete"):
        load_image(path)


def test_a_damaged_dicom_is_refused_with_an_explanation(tmp_path):
    path = tmp_path / "study.dcm"
    path.write_bytes(b"\x00" * 128 + b"DICM" + b"\x00" * 64)
    with pytest.raises(UnreadableImage, match="marked as DICOM, but its contents are not readable"):
        load_image(path)


def test_decompression_bomb_is_refused_before_decoding(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_PIXELS", 100 * 100)
    path = tmp_path / "big.png"
    path.write_bytes(_png_bytes(np.zeros((200, 200), np.uint8)))
    with pytest.raises(ImageTooLarge, match="200 x 200"):
        load_image(path)


def test_real_bomb_header_is_refused(tmp_path):
    """A 20000x20000 PNG compresses to a few hundred KB; it must not be decoded."""
    buffer = io.BytesIO()
    Image.new("L", (20000, 20000)).save(buffer, "PNG")
    path = tmp_path / "bomb.png"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImageTooLarge):
        load_image(path)


def test_tiny_image_is_refused(tmp_path):
    path = tmp_path / "icon.png"
    path.write_bytes(_png_bytes(np.zeros((32, 32), np.uint8)))
    with pytest.raises(ImageTooSmall, match="too small"):
        load_image(path)


def test_folder_and_missing_file(tmp_path):
    with pytest.raises(UnsupportedImage, match="folder"):
        load_image(tmp_path)
    with pytest.raises(UnreadableImage, match="no longer exists"):
        load_image(tmp_path / "gone.png")


def test_permission_denied_is_explained(tmp_path, monkeypatch, synthetic_xray):
    path = tmp_path / "locked.png"
    path.write_bytes(_png_bytes(synthetic_xray))
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal where the loader opens the file
        real_open = os.open

        def deny(file, *args, **kwargs):
            if Path(file).name == "locked.png":
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(reading.os, "open", deny)
    with pytest.raises(UnreadableImage, match="permission"):
        load_image(path)


def test_window_handles_flat_images():
    """Both percentiles equal (a flat image with a few bright pixels): a window one level wide,
    not a division by zero (which would give NaN, cast to arbitrary bytes, with a RuntimeWarning)."""
    flat = np.full((100, 100), 1234, np.uint16)
    flat[:3, :3] = 4000  # 0.09% of the pixels: above the 99.5th percentile
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = window_to_uint8(flat)
        out_float = window_to_uint8(flat.astype(np.float32))
    assert out.dtype == np.uint8 and out.shape == flat.shape
    expected = np.zeros(flat.shape, np.uint8)
    expected[:3, :3] = 255
    np.testing.assert_array_equal(out, expected)
    np.testing.assert_array_equal(out_float, expected)


def test_window_by_table_equals_the_float_formula_for_every_integer_type():
    """The lookup table (16-bit data, in blocks of rows) gives exactly what the float32 formula gives."""
    rng = np.random.default_rng(3)
    for dtype in (np.uint16, np.int16, np.uint8):
        info = np.iinfo(dtype)
        values = rng.integers(info.min // 2, info.max // 2, (700, 1900)).astype(dtype)
        sample = values[:: max(1, 700 // 512), :: max(1, 1900 // 512)].astype(np.float32)
        lo, hi = np.percentile(sample, [0.5, 99.5]).astype(np.float32)
        expected = np.clip((values.astype(np.float32) - lo) * (np.float32(255.0) / (hi - lo)), 0, 255).astype(np.uint8)
        np.testing.assert_array_equal(window_to_uint8(values), expected)


def test_windowing_16_bit_data_makes_no_full_size_float_copy():
    """An 80-megapixel 16-bit image used to need 1.8 GB: float copies of the whole image."""
    pixels = np.random.default_rng(0).integers(0, 4096, (3000, 3000), dtype=np.uint16)  # 18 MB
    tracemalloc.start()
    try:
        out = window_to_uint8(pixels)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out.shape == pixels.shape
    assert peak < out.nbytes + 16 * 1024 * 1024  # the 9 MB result, one block of rows, the table (float32 would be 36 MB)


def test_decoding_a_16_bit_png_holds_about_the_file_the_pixels_and_the_result(tmp_path):
    rng = np.random.default_rng(0)
    pixels = cv2.resize(rng.integers(0, 4096, (50, 50)).astype(np.uint16), (3000, 2500), interpolation=cv2.INTER_LINEAR)
    data = _png_bytes(pixels)
    tracemalloc.start()
    try:
        image = reading.decode_image(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert image.source_bit_depth == 16
    decoded, result = pixels.nbytes, pixels.size  # 15 MB and 7.5 MB; the old float32 path traced 75 MB
    assert peak < decoded + result + 12 * 1024 * 1024


def test_a_png_too_large_for_the_memory_budget_is_refused_before_decoding(tmp_path, monkeypatch):
    colour16 = np.zeros((300, 400, 4), np.uint16)
    data = _png_bytes(colour16)
    monkeypatch.setattr(reading, "DECODE_BUDGET_BYTES", 300 * 400 * 8)  # less than the RGBA array and its gray copy
    decoded = []
    monkeypatch.setattr(reading.cv2, "imdecode", lambda *a: decoded.append(1))
    with pytest.raises(ImageTooLarge, match="too much memory"):
        reading.decode_image(data)
    assert not decoded


def test_a_jpeg_too_large_for_the_memory_budget_is_decoded_at_a_reduced_scale(monkeypatch, synthetic_xray):
    big = cv2.resize(synthetic_xray, (1040, 1200), interpolation=cv2.INTER_CUBIC)
    data = cv2.imencode(".jpg", big, [cv2.IMWRITE_JPEG_QUALITY, 95])[1].tobytes()
    monkeypatch.setattr(reading, "DECODE_BUDGET_BYTES", len(data) + 1040 * 1200 // 3)  # about 4/8 of the pixels
    image = reading.decode_image(data)
    assert (image.width, image.height) == (520, 600)  # libjpeg's DCT scaling at 4/8
    reduced = cv2.resize(big, (520, 600), interpolation=cv2.INTER_AREA)
    assert np.abs(image.pixels.astype(int) - reduced).mean() < 2


# -- damaged files are refused, complete files with trailing bytes are not ----------------------


def _jpeg_variants(pixels: np.ndarray) -> dict[str, bytes]:
    colour = np.dstack([pixels, pixels, np.clip(pixels.astype(int) + 20, 0, 255).astype(np.uint8)])
    encode = lambda image, *params: cv2.imencode(".jpg", image, list(params))[1].tobytes()  # noqa: E731
    return {
        "gray": encode(pixels),
        "colour": encode(colour),
        "progressive": encode(pixels, cv2.IMWRITE_JPEG_PROGRESSIVE, 1),
        "optimized": encode(pixels, cv2.IMWRITE_JPEG_OPTIMIZE, 1),
        "restart-markers": encode(pixels, cv2.IMWRITE_JPEG_RST_INTERVAL, 4),
        "quality-50": encode(pixels, cv2.IMWRITE_JPEG_QUALITY, 50),
    }


def _zero_middle(data: bytes, fraction: float = 0.2) -> bytes:
    start, end = int(len(data) * (0.5 - fraction / 2)), int(len(data) * (0.5 + fraction / 2))
    return data[:start] + bytes(end - start) + data[end:]


@pytest.mark.parametrize("fraction", [0.2, 0.05, 0.01])
def test_generated_jpegs_with_a_zeroed_range_are_refused_as_damaged(tmp_path, synthetic_xray, fraction):
    """OpenCV and Pillow decode these to grey blocks without a word (libjpeg only warns)."""
    for name, data in _jpeg_variants(synthetic_xray).items():
        assert load_image(_write(tmp_path / f"{name}.jpg", data)).pixels.std() > 10  # intact: read
        damaged = _write(tmp_path / f"{name}-damaged.jpg", _zero_middle(data, fraction))
        with pytest.raises(DamagedImage) as info:
            load_image(damaged)
        assert "damaged" in info.value.user_message and info.value.user_message.endswith("."), name


@pytest.mark.real_data
def test_real_jpegs_with_their_middle_zeroed_are_all_refused(tmp_path, shared_cxr, synthetic_xray):
    with (shared_cxr / "manifest.csv").open() as handle:
        files = sorted(row["file"] for row in csv.DictReader(handle) if row["file"].lower().endswith(".jpg"))
    chosen = files[:: max(1, len(files) // 8)][:8]  # spread over the sources
    assert len(chosen) == 8
    variants = {Path(f).name: (shared_cxr / f).read_bytes() for f in chosen}
    variants["generated.jpg"] = _jpeg_variants(synthetic_xray)["gray"]
    for name, data in variants.items():
        assert reading.decode_image(data).pixels.std() > 5, name  # the intact file is read
        with pytest.raises(DamagedImage):  # OpenCV decodes every one of them to grey blocks without a word
            load_image(_write(tmp_path / f"damaged-{name}", _zero_middle(data)))


@pytest.mark.parametrize("where", ["IDAT", "tEXt", "IEND"])
def test_png_with_a_damaged_chunk_is_refused(synthetic_xray, where):
    """Every chunk's CRC is checked: image data, an ancillary text chunk (libpng would only warn), the end."""
    data = _png_with_text_chunk(_png_bytes(synthetic_xray))
    flipped = bytearray(data)
    flipped[data.index(where.encode()) + (40 if where == "IDAT" else 6)] ^= 0x04
    with pytest.raises(DamagedImage, match="damaged"):
        reading.decode_image(bytes(flipped))


def _png_with_text_chunk(data: bytes) -> bytes:
    body = b"Comment\x00made by a test"
    chunk = len(body).to_bytes(4, "big") + b"tEXt" + body + zlib.crc32(b"tEXt" + body).to_bytes(4, "big")
    return data[:33] + chunk + data[33:]  # after the 8-byte signature and the 25-byte IHDR chunk


@pytest.mark.parametrize("ext", [".png", ".jpg"])
@pytest.mark.parametrize("tail", [b"\x00" * 7, b"junk after the end", b"\xff\xd9\x00IEND" * 3, bytes(range(256)) * 40])
def test_complete_image_followed_by_stray_bytes_is_read(tmp_path, synthetic_xray, ext, tail):
    data = cv2.imencode(ext, synthetic_xray)[1].tobytes()
    clean = load_image(_write(tmp_path / f"clean{ext}", data))
    padded = load_image(_write(tmp_path / f"padded{ext}", data + tail))
    np.testing.assert_array_equal(padded.pixels, clean.pixels)
    assert padded.sha256 != clean.sha256  # the file's bytes are what is hashed


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- what is not a regular file is never read --------------------------------------------------


def _load_within(path: Path, seconds: float = 10.0) -> BaseException | None:
    """``load_image`` in a thread: a pipe must not block it, a device must not fill memory."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            load_image(path)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"load_image({path.name}) still running after {seconds} s"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_png_is_refused_at_once(tmp_path):
    fifo = tmp_path / "scan.png"
    os.mkfifo(fifo)
    error = _load_within(fifo)
    assert isinstance(error, UnsupportedImage) and "not an ordinary file" in error.user_message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_a_device_is_refused_without_reading(tmp_path):
    link = tmp_path / "endless.png"
    os.symlink("/dev/zero", link)
    error = _load_within(link)
    assert isinstance(error, UnsupportedImage) and "not an ordinary file" in error.user_message


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch, synthetic_xray):
    path = _write(tmp_path / "huge.png", _png_bytes(synthetic_xray))
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    opened = []
    real_open = os.open
    monkeypatch.setattr(reading.os, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    with pytest.raises(ImageTooLarge, match="too large to open safely"):
        load_image(path)
    assert not opened


# -- file types that are not read get a sentence that says what to do ---------------------------


def _pillow_bytes(fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (80, 80), 90).save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt, name", [("TIFF", "TIFF"), ("BMP", "BMP"), ("GIF", "GIF"), ("WEBP", "WebP")])
def test_other_picture_formats_are_named_and_refused(tmp_path, fmt, name):
    path = _write(tmp_path / "scan.png", _pillow_bytes(fmt))  # named .png: the content decides
    with pytest.raises(UnsupportedImage, match=f"^{name} files are not supported: save the image as PNG or JPEG"):
        load_image(path)


def test_dicom_without_its_preamble_is_recognised_and_refused_with_a_dicom_sentence(tmp_path):
    with pytest.raises(CxrError, match="DICOM"):
        load_image(_write(tmp_path / "IM0001.dcm", b"\x08\x00\x05\x00CS\x0a\x00ISO_IR 100"))


def test_real_xray_loads(real_xray_path):
    image = load_image(real_xray_path)
    assert image.width >= 256 and image.height >= 256 and image.pixels.std() > 10
