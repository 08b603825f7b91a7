"""Every format the loader accepts and every way a file can be bad."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from cxrviewer.core.errors import (
    CxrError,
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


def test_dicom_is_refused_with_an_explanation(tmp_path):
    path = tmp_path / "study.dcm"
    path.write_bytes(b"\x00" * 128 + b"DICM" + b"\x00" * 64)
    with pytest.raises(UnsupportedImage, match="DICOM"):
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

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", deny)
    with pytest.raises(UnreadableImage, match="permission"):
        load_image(path)


def test_window_handles_flat_images():
    flat = np.full((100, 100), 1234, np.uint16)
    out = window_to_uint8(flat)
    assert out.dtype == np.uint8 and out.shape == flat.shape


def test_real_xray_loads(real_xray_path):
    image = load_image(real_xray_path)
    assert image.width >= 256 and image.height >= 256 and image.pixels.std() > 10
