"""DICOM decoding: real files written by pydicom in the test, compressed by pydicom's encoders or by hand."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest

pydicom = pytest.importorskip("pydicom", reason="pydicom is not installed in this environment")

from pydicom.dataset import Dataset, FileMetaDataset  # noqa: E402
from pydicom.encaps import encapsulate  # noqa: E402
from pydicom.uid import (  # noqa: E402
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
    generate_uid,
)

from cxrviewer.core.errors import CxrError, ImageTooLarge, ImageTooSmall  # noqa: E402
from cxrviewer.core.image.dicom import (  # noqa: E402
    DicomNotChestXray,
    DicomNotSupported,
    DicomUnreadable,
    decode_dicom,
    is_dicom,
)
from cxrviewer.core.types import StudyInfo  # noqa: E402

CR_IMAGE = "1.2.840.10008.5.1.4.1.1.1"
DX_IMAGE = "1.2.840.10008.5.1.4.1.1.1.1"
SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
ENCAPSULATED_PDF = "1.2.840.10008.5.1.4.1.1.104.1"
BASIC_TEXT_SR = "1.2.840.10008.5.1.4.1.1.88.11"


# --- building files -------------------------------------------------------------------------------


def ramp(rows: int = 96, columns: int = 128, top: int = 4095) -> np.ndarray:
    """Stored values rising from 0 (left) to ``top`` (right), the same on every row."""
    return np.tile(np.round(np.linspace(0, top, columns)).astype(np.uint16), (rows, 1))


def make_ds(
    pixels: np.ndarray | None,
    photometric: str = "MONOCHROME2",
    bits_stored: int = 12,
    sop_class: str = CR_IMAGE,
    **attributes,
) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "CR"
    ds.PatientID = "P123"
    if pixels is not None:
        ds.set_pixel_data(pixels, photometric, bits_stored)
    else:
        ds.file_meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
    for keyword, value in attributes.items():
        setattr(ds, keyword, value)
    return ds


def to_bytes(ds: Dataset) -> bytes:
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def encode_jpeg_lossless(image: np.ndarray, precision: int) -> bytes:
    """A JPEG lossless (process 14, first-order prediction, selection value 1) codestream, by hand.

    Neither pydicom nor the pylibjpeg plugins can encode this transfer syntax, but it is the most
    common compression of CR/DX files, so the test writes it (ITU T.81 annex H) and lets
    pylibjpeg-libjpeg decode it.
    """
    rows, columns = image.shape
    out = bytearray(b"\xff\xd8")
    # One DC Huffman table: categories 0..16, every code 5 bits long (code = category).
    bits = [0, 0, 0, 0, 17] + [0] * 11
    table = bytes([0x00, *bits, *range(17)])
    out += b"\xff\xc4" + (2 + len(table)).to_bytes(2, "big") + table
    frame = bytes([precision]) + rows.to_bytes(2, "big") + columns.to_bytes(2, "big") + bytes([1, 1, 0x11, 0])
    out += b"\xff\xc3" + (2 + len(frame)).to_bytes(2, "big") + frame
    scan = bytes([1, 1, 0x00, 1, 0, 0])  # 1 component, table 0, predictor 1, Se 0, Ah/Al 0
    out += b"\xff\xda" + (2 + len(scan)).to_bytes(2, "big") + scan

    accumulator, count, entropy = 0, 0, bytearray()

    def put(value: int, length: int) -> None:
        nonlocal accumulator, count
        accumulator = (accumulator << length) | (value & ((1 << length) - 1))
        count += length
        while count >= 8:
            count -= 8
            byte = (accumulator >> count) & 0xFF
            entropy.append(byte)
            if byte == 0xFF:
                entropy.append(0x00)

    values = image.astype(np.int64)
    for y in range(rows):
        for x in range(columns):
            if x == 0 and y == 0:
                prediction = 1 << (precision - 1)
            elif y == 0 or x > 0:
                prediction = values[y, x - 1]
            else:
                prediction = values[y - 1, x]
            diff = int(values[y, x] - prediction) % 65536
            if diff >= 32768:
                diff -= 65536
            category = abs(diff).bit_length()
            put(category, 5)
            if 0 < category < 16:
                put(diff if diff > 0 else diff - 1, category)
    if count:
        put((1 << (8 - count)) - 1, 8 - count)
    out += entropy + b"\xff\xd9"
    return bytes(out)


def encapsulated(ds: Dataset, frame: bytes, transfer_syntax: str) -> bytes:
    ds.PixelData = encapsulate([frame])
    ds["PixelData"].VR = "OB"
    ds.file_meta.TransferSyntaxUID = transfer_syntax
    return to_bytes(ds)


def refusal(data: bytes, kind: type[CxrError] = CxrError) -> CxrError:
    with pytest.raises(kind) as caught:
        decode_dicom(data)
    message = str(caught.value)
    assert message.endswith(".") and "Traceback" not in message and "pydicom" not in message.lower()
    return caught.value


# --- recognition ------------------------------------------------------------------------------------


def test_is_dicom_by_content_not_extension(tmp_path):
    data = to_bytes(make_ds(ramp()))
    file = tmp_path / "IM000001"  # as PACS exports are named: no extension
    file.write_bytes(data)
    read_back = file.read_bytes()
    assert is_dicom(read_back) and is_dicom(read_back[:132])
    image = decode_dicom(read_back, file, hashlib.sha256(read_back).hexdigest())
    assert image.source_format == "DICOM" and image.path == file
    assert image.sha256 == hashlib.sha256(data).hexdigest() == decode_dicom(data).sha256
    assert image.pixels.dtype == np.uint8 and image.pixels.shape == (96, 128)

    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    jpeg = b"\xff\xd8\xff\xe0" + bytes(200)
    text = b"Patient report: no acute findings.\n" * 10
    assert not any(is_dicom(other) for other in (png, jpeg, text, b"", b"DICM", bytes(300)))


@pytest.mark.parametrize("implicit_vr", [True, False])
def test_dataset_without_preamble_is_recognised_and_decoded(implicit_vr):
    ds = make_ds(ramp(), "MONOCHROME2", 12, sop_class=DX_IMAGE, Modality="DX")
    del ds.file_meta
    buffer = io.BytesIO()
    pydicom.dcmwrite(buffer, ds, implicit_vr=implicit_vr, little_endian=True)
    bare = buffer.getvalue()
    assert bare[128:132] != b"DICM" and bare[:2] == b"\x08\x00"
    assert is_dicom(bare)
    reference = decode_dicom(to_bytes(make_ds(ramp(), sop_class=DX_IMAGE, Modality="DX")))
    np.testing.assert_array_equal(decode_dicom(bare).pixels, reference.pixels)


def test_file_meta_without_preamble_is_decoded():
    data = to_bytes(make_ds(ramp()))
    without_preamble = data[132:]  # starts with the (0002,0000) file meta group length
    assert is_dicom(without_preamble)
    np.testing.assert_array_equal(decode_dicom(without_preamble).pixels, decode_dicom(data).pixels)


def test_is_dicom_is_cheap_and_import_order_is_free():
    """The loader may sniff with ``is_dicom`` without importing pydicom, and import either module first."""
    code = (
        "import sys\n"
        "from cxrviewer.core.image.dicom import is_dicom\n"
        "assert is_dicom(bytes(128) + b'DICM')\n"
        "assert 'pydicom' not in sys.modules, 'is_dicom imported pydicom'\n"
        "from cxrviewer.core.image import reading\n"
        "assert reading.window_to_uint8\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- the grayscale pipeline -------------------------------------------------------------------------


def test_monochrome1_is_inverted_so_dense_is_bright():
    stored = ramp()  # low stored values on the left
    m2 = decode_dicom(to_bytes(make_ds(stored, "MONOCHROME2"))).pixels
    m1_image = decode_dicom(to_bytes(make_ds(stored, "MONOCHROME1")))
    m1 = m1_image.pixels
    # MONOCHROME2: high = bright; MONOCHROME1: low = bright.
    assert m2[:, :10].mean() < 20 and m2[:, -10:].mean() > 235
    assert m1[:, :10].mean() > 235 and m1[:, -10:].mean() < 20
    np.testing.assert_array_equal(m1, 255 - m2)
    assert m1_image.source_mode == "monochrome1"


def test_monochrome1_inverted_after_the_files_window():
    stored = ramp()
    windowed = dict(WindowCenter=1000, WindowWidth=2001)
    m2 = decode_dicom(to_bytes(make_ds(stored, "MONOCHROME2", **windowed)))
    m1 = decode_dicom(to_bytes(make_ds(stored, "MONOCHROME1", **windowed)))
    np.testing.assert_array_equal(m1.pixels, 255 - m2.pixels)
    assert m1.display_window == m2.display_window == (1000.0, 2001.0)
    assert m1.pixels[0, -1] == 0  # stored 4095 is far above the window: white in MONOCHROME2, black here


def test_12_bit_rescale_and_the_files_window():
    stored = ramp(top=4095)
    ds = make_ds(stored, "MONOCHROME2", 12, RescaleSlope=2, RescaleIntercept=-1000)
    ds.WindowCenter = [1000, 3000]  # two windows: the first is the one to use
    ds.WindowWidth = [2001, 500]
    image = decode_dicom(to_bytes(ds))
    modality = stored.astype(np.int32) * 2 - 1000  # -1000 .. 7190

    assert image.source_bit_depth == 12 and image.source_mode == "monochrome2"
    assert image.display_window == (1000.0, 2001.0)
    assert image.stored_values is not None and image.stored_values.dtype == np.int16
    np.testing.assert_array_equal(image.stored_values, modality)

    row, values = image.pixels[0].astype(int), modality[0]
    assert np.all(np.diff(row) >= 0), "brighter must mean higher modality value"
    # DICOM LINEAR window: centre 1000, width 2001 -> modality <= -0.5 is black, >= 1999.5 is white.
    expected = np.clip(np.rint(((values - 999.5) / 2000 + 0.5) * 255), 0, 255)
    np.testing.assert_allclose(row, expected, atol=1)
    assert np.all(row[values >= 2000] == 255) and np.all(row[values <= 0] == 0)
    # A percentile window would have spread -1000..7190 over 0..255: half the image would not be white.
    assert (row == 255).mean() > 0.6


def test_non_integer_rescale_keeps_no_stored_values_but_uses_the_window():
    ds = make_ds(ramp(), RescaleSlope=0.5, RescaleIntercept=0, WindowCenter=512, WindowWidth=1024)
    image = decode_dicom(to_bytes(ds))
    assert image.stored_values is None and image.display_window == (512.0, 1024.0)
    assert image.pixels[0, 0] == 0 and image.pixels[0, -1] == 255  # stored 4095 -> 2047.5, above the window
    middle = np.argmin(np.abs(ramp()[0] * 0.5 - 512))
    assert abs(int(image.pixels[0, middle]) - 128) <= 3


def test_voi_lut_sequence_is_applied():
    ds = make_ds(ramp())
    item = Dataset()
    item.add_new("LUTDescriptor", "US", [4096, 0, 12])
    item.add_new("LUTData", "US", np.minimum(np.arange(4096) * 4, 4095).astype(int).tolist())
    ds.VOILUTSequence = [item]
    image = decode_dicom(to_bytes(ds))
    row = ramp()[0]
    assert image.display_window is None
    assert np.all(image.pixels[0][row >= 1024] == 255)
    quarter = np.argmin(np.abs(row - 512))
    assert abs(int(image.pixels[0, quarter]) - round(row[quarter] * 4 / 4095 * 255)) <= 1


def test_a_flat_window_from_the_file_is_ignored():
    # Centre far above every value: the file's window would make the whole image black.
    ds = make_ds(ramp(), WindowCenter=60000, WindowWidth=10)
    image = decode_dicom(to_bytes(ds))
    assert image.display_window is None
    assert image.pixels.min() <= 2 and image.pixels.max() >= 253


def test_pixel_padding_is_excluded_from_the_percentile_window_and_shown_black():
    stored = np.zeros((128, 128), dtype=np.uint16)  # the padding value, around the field
    stored[:, 40:] = np.round(np.linspace(1000, 2000, 88)).astype(np.uint16)

    without = decode_dicom(to_bytes(make_ds(stored))).pixels
    field_without = without[:, 40:]
    assert field_without.min() > 100, "control: with padding counted, the field does not reach black"

    image = decode_dicom(to_bytes(make_ds(stored, PixelPaddingValue=0)))
    field = image.pixels[:, 40:]
    assert field.min() <= 3 and field.max() >= 252, "the window must span the field, not the padding"
    assert np.all(image.pixels[:, :40] == 0)
    assert np.all(np.diff(field[0].astype(int)) >= 0)


def test_pixel_padding_range_and_monochrome1():
    rng = np.random.default_rng(3)
    stored = np.round(np.linspace(3000, 1000, 128)).astype(np.uint16)[None, :].repeat(96, axis=0)
    stored[:, :30] = rng.integers(4000, 4096, size=(96, 30))  # a padding band with noise
    ds = make_ds(stored, "MONOCHROME1", PixelPaddingValue=4095, PixelPaddingRangeLimit=4000)
    image = decode_dicom(to_bytes(ds))
    assert np.all(image.pixels[:, :30] == 0), "padding is black whatever the photometric interpretation"
    field = image.pixels[:, 30:]
    assert field.min() <= 3 and field.max() >= 252
    assert field[0, 0] < field[0, -1], "MONOCHROME1: the lower stored value (right) is the brighter"


def test_eight_bit_grayscale_is_kept_as_stored():
    stored = np.tile(np.arange(64, 192, dtype=np.uint8), (80, 1))
    ds = make_ds(stored, "MONOCHROME2", 8, sop_class=SECONDARY_CAPTURE, Modality="OT", ConversionType="DF")
    image = decode_dicom(to_bytes(ds))
    np.testing.assert_array_equal(image.pixels, stored)
    assert image.source_bit_depth == 8 and image.stored_values.dtype == np.uint8


@pytest.mark.filterwarnings("ignore:Invalid value for VR DA")
def test_study_info_from_the_header():
    ds = make_ds(
        ramp(),
        PatientName="Doe^Jane^Q",
        PatientID="MRN-001",
        StudyDate="20240131",
        AccessionNumber="ACC42",
        BodyPartExamined="CHEST",
    )
    image = decode_dicom(to_bytes(ds))
    assert image.study == StudyInfo(
        patient_id="MRN-001",
        patient_name="Doe, Jane Q",
        study_date="2024-01-31",
        accession_number="ACC42",
        modality="CR",
        body_part="CHEST",
    )
    odd = decode_dicom(to_bytes(make_ds(ramp(), StudyDate="2024")))
    assert odd.study.study_date == "" and odd.study.patient_name == ""


def test_colour_dx_is_converted_to_gray_and_its_colourfulness_measured():
    gray = ramp(top=255).astype(np.uint8)
    rgb_gray = np.stack([gray] * 3, axis=-1)
    image = decode_dicom(to_bytes(make_ds(rgb_gray, "RGB", 8, sop_class=DX_IMAGE, Modality="DX")))
    assert image.source_mode == "rgb" and image.colourfulness == 0.0
    assert np.abs(image.pixels.astype(int) - gray).max() <= 1
    assert image.stored_values is None and image.display_window is None

    colourful = rgb_gray.copy()
    colourful[..., 0] = 255 - gray
    photo = decode_dicom(to_bytes(make_ds(colourful, "RGB", 8, sop_class=DX_IMAGE, Modality="DX")))
    assert photo.colourfulness > 12.0  # above the model gate's MAX_COLOURFULNESS


# --- compressed transfer syntaxes ---------------------------------------------------------------------


def _windowed_12_bit() -> tuple[np.ndarray, Dataset]:
    rng = np.random.default_rng(7)
    stored = (ramp() // 2 + rng.integers(0, 200, size=(96, 128))).astype(np.uint16)
    return stored, make_ds(stored, "MONOCHROME1", 12, WindowCenter=1200, WindowWidth=1600)


def test_rle_lossless():
    stored, ds = _windowed_12_bit()
    reference = decode_dicom(to_bytes(ds))
    ds.compress(RLELossless)
    data = to_bytes(ds)
    assert RLELossless.encode() in data
    image = decode_dicom(data)
    np.testing.assert_array_equal(image.stored_values, stored)
    np.testing.assert_array_equal(image.pixels, reference.pixels)
    assert image.display_window == (1200.0, 1600.0)


def test_jpeg_lossless_sv1():
    stored, ds = _windowed_12_bit()
    reference = decode_dicom(to_bytes(ds))
    data = encapsulated(ds, encode_jpeg_lossless(stored, precision=12), JPEGLosslessSV1)
    image = decode_dicom(data)
    np.testing.assert_array_equal(image.stored_values, stored)
    np.testing.assert_array_equal(image.pixels, reference.pixels)


def test_jpeg_2000_lossless():
    from pydicom.pixels.encoders import JPEG2000LosslessEncoder

    if not JPEG2000LosslessEncoder.is_available:
        pytest.skip(f"no JPEG 2000 encoder offline: {JPEG2000LosslessEncoder.missing_dependencies}")
    stored, ds = _windowed_12_bit()
    reference = decode_dicom(to_bytes(ds))
    ds.compress(JPEG2000Lossless)
    image = decode_dicom(to_bytes(ds))
    np.testing.assert_array_equal(image.stored_values, stored)
    np.testing.assert_array_equal(image.pixels, reference.pixels)


def test_jpeg_ls_lossless():
    from pydicom.pixels.encoders import JPEGLSLosslessEncoder

    if not JPEGLSLosslessEncoder.is_available:
        pytest.skip(f"no JPEG-LS encoder offline (decoding is pylibjpeg-libjpeg's): {JPEGLSLosslessEncoder.missing_dependencies}")
    stored, ds = _windowed_12_bit()
    ds.compress(JPEGLSLossless)
    np.testing.assert_array_equal(decode_dicom(to_bytes(ds)).stored_values, stored)


def test_jpeg_baseline_8_bit():
    cv2 = pytest.importorskip("cv2")
    gray = ramp(top=255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert ok
    ds = make_ds(gray, "MONOCHROME2", 8)
    image = decode_dicom(encapsulated(ds, jpeg.tobytes(), JPEGBaseline8Bit))
    assert np.abs(image.pixels.astype(int) - gray).mean() < 2


def test_a_compression_without_decoder_is_refused():
    ds = make_ds(ramp())
    data = encapsulated(ds, b"\x00\x00\x01\xb3" + bytes(64), "1.2.840.10008.1.2.4.100")  # MPEG-2 video
    err = refusal(data, DicomNotSupported)
    assert "compression" in str(err)


# --- refusals ----------------------------------------------------------------------------------------


def test_multi_frame_is_refused():
    frames = np.stack([ramp()] * 3)
    ds = make_ds(frames, "MONOCHROME2", 12)
    assert int(ds.NumberOfFrames) == 3
    err = refusal(to_bytes(ds), DicomNotSupported)
    assert str(err) == "This DICOM file holds 3 images (a series or a video); a chest X-ray is a single image."


def test_ct_is_refused():
    ds = make_ds(ramp().astype(np.int16) - 1024, "MONOCHROME2", 16, sop_class="1.2.840.10008.5.1.4.1.1.2", Modality="CT")
    err = refusal(to_bytes(ds), DicomNotChestXray)
    assert str(err) == "This DICOM file is a CT scan, not a chest X-ray."


def test_unknown_modality_is_refused():
    err = refusal(to_bytes(make_ds(ramp(), Modality="ZZ")), DicomNotChestXray)
    assert "'ZZ'" in str(err) and "chest X-rays" in str(err)


@pytest.mark.parametrize("part", ["KNEE", "CHESTABDOMEN", "CHEST_TO_PELVIS", "HAND"])
def test_other_body_parts_are_refused(part):
    err = refusal(to_bytes(make_ds(ramp(), BodyPartExamined=part)), DicomNotChestXray)
    assert "not of the chest" in str(err)
    if part == "KNEE":
        assert str(err) == "This DICOM file is an X-ray of the knee, not of the chest."


@pytest.mark.filterwarnings("ignore:Invalid value for VR CS")  # "Chest PA" is not a valid CS, but it is written
@pytest.mark.parametrize("part", ["CHEST", "THORAX", "Chest PA", "LUNG", "TORAX", ""])
@pytest.mark.parametrize("modality", ["CR", "DX", "DR", "OT"])
def test_chest_body_parts_and_xray_modalities_are_accepted(part, modality):
    image = decode_dicom(to_bytes(make_ds(ramp(), Modality=modality, BodyPartExamined=part)))
    assert image.study.modality == modality and image.pixels.shape == (96, 128)


def test_secondary_capture_of_a_report_is_refused():
    page = np.full((100, 80, 3), 255, dtype=np.uint8)
    page[10:14, 5:70] = (0, 0, 128)  # a line of blue text
    ds = make_ds(page, "RGB", 8, sop_class=SECONDARY_CAPTURE, Modality="OT")
    err = refusal(to_bytes(ds), DicomNotSupported)
    assert str(err) == "This DICOM file is a screen capture of a report or document, not an X-ray image."


def test_grayscale_scanned_document_is_refused():
    ds = make_ds(ramp(top=255).astype(np.uint8), "MONOCHROME2", 8, sop_class=SECONDARY_CAPTURE, Modality="OT", ConversionType="SD")
    assert "scanned document" in str(refusal(to_bytes(ds), DicomNotSupported))


def test_encapsulated_pdf_and_structured_report_are_refused():
    pdf = make_ds(None, sop_class=ENCAPSULATED_PDF, Modality="DOC")
    pdf.MIMETypeOfEncapsulatedDocument = "application/pdf"
    pdf.EncapsulatedDocument = b"%PDF-1.4\n%%EOF\n"
    assert str(refusal(to_bytes(pdf), DicomNotSupported)) == "This DICOM file is a PDF document, not an X-ray image."

    report = make_ds(None, sop_class=BASIC_TEXT_SR, Modality="SR")
    assert str(refusal(to_bytes(report), DicomNotSupported)) == "This DICOM file is a structured report, not an X-ray image."


def test_dx_for_processing_is_refused():
    ds = make_ds(ramp(), sop_class="1.2.840.10008.5.1.4.1.1.1.1.1", Modality="DX", PresentationIntentType="FOR PROCESSING")
    assert "for processing" in str(refusal(to_bytes(ds), DicomNotSupported))
    ds = make_ds(ramp(), sop_class=DX_IMAGE, Modality="DX", PresentationIntentType="FOR PRESENTATION")
    assert decode_dicom(to_bytes(ds)).pixels.shape == (96, 128)


def test_padding_value_written_unsigned_for_signed_pixels():
    stored = (ramp().astype(np.int32) - 2048).astype(np.int16)
    stored[:, :20] = -32768
    ds = make_ds(stored, "MONOCHROME2", 16)
    ds.add_new("PixelPaddingValue", "US", 32768)  # the same bits as -32768, as some systems write it
    image = decode_dicom(to_bytes(ds))
    assert np.all(image.pixels[:, :20] == 0)
    assert image.pixels[:, 20:].min() <= 3, "the padding must not have stretched the window"


def test_no_pixel_data_is_refused():
    err = refusal(to_bytes(make_ds(None)), DicomNotSupported)
    assert str(err) == "This DICOM file holds no image (it has no pixel data)."


def test_garbage_after_the_dicm_marker_is_refused_with_a_sentence():
    rng = np.random.default_rng(11)
    for tail in (rng.integers(0, 256, 4000, dtype=np.uint8).tobytes(), b"not dicom at all " * 100, b""):
        err = refusal(bytes(128) + b"DICM" + tail, DicomUnreadable)
        assert "DICOM" in str(err)


def test_a_cut_off_file_is_refused_as_incomplete():
    data = to_bytes(make_ds(ramp()))
    err = refusal(data[: len(data) - 4000], DicomUnreadable)
    assert "incomplete" in str(err)


def test_deflated_dataset_is_refused_before_inflating():
    ds = make_ds(ramp())
    ds.file_meta.TransferSyntaxUID = pydicom.uid.DeflatedExplicitVRLittleEndian
    err = refusal(to_bytes(ds), DicomNotSupported)
    assert "Deflated" in str(err)


def test_a_frame_over_the_decode_budget_is_refused_before_decoding(monkeypatch):
    from cxrviewer.core.image import reading

    data = to_bytes(make_ds(ramp(rows=256, columns=256)))
    monkeypatch.setattr(reading, "DECODE_BUDGET_BYTES", 256 * 256 * 2, raising=False)
    err = refusal(data, ImageTooLarge)
    assert "too much memory" in str(err) and "256 x 256" in str(err)


def test_not_dicom_and_too_small_are_refused():
    assert isinstance(refusal(b"\x89PNG\r\n\x1a\n" + bytes(200), DicomNotSupported), DicomNotSupported)
    with pytest.raises(ImageTooSmall):
        decode_dicom(to_bytes(make_ds(ramp(rows=32, columns=32))))


# --- memory ------------------------------------------------------------------------------------------


def _peak_bytes(data: bytes) -> int:
    """Bytes allocated at the peak of ``decode_dicom`` beyond what was held before (the file bytes)."""
    decode_dicom(to_bytes(make_ds(ramp(), WindowCenter=2048, WindowWidth=4096)))  # imports the decoders first
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        decode_dicom(data)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_a_large_frame_costs_a_few_copies_of_its_stored_values():
    rows = columns = 2048
    stored = (np.arange(rows * columns, dtype=np.uint32).reshape(rows, columns) % 4096).astype(np.uint16)
    one_copy = stored.nbytes  # 8 MiB
    windowed = to_bytes(make_ds(stored, WindowCenter=2048, WindowWidth=4096))
    assert _peak_bytes(windowed) < 3.5 * one_copy  # stored values + pixel bytes + 8-bit result + row blocks
    rescaled = to_bytes(make_ds(stored, RescaleSlope=1.5, RescaleIntercept=-10, WindowCenter=3000, WindowWidth=6000))
    assert _peak_bytes(rescaled) < 4.5 * one_copy  # + float32 modality values
    fallback = to_bytes(make_ds(stored, RescaleSlope=1.5, RescaleIntercept=-10))  # percentile window
    assert _peak_bytes(fallback) < 5 * one_copy
    padded = stored.copy()
    padded[:, :300] = 0
    with_padding = to_bytes(make_ds(padded, PixelPaddingValue=0))  # percentile window without the padding
    assert _peak_bytes(with_padding) < 6 * one_copy  # + the padding mask and the field laid out for the window
