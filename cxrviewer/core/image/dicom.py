"""Decode a DICOM chest X-ray into the same 8-bit record as a PNG or JPEG, or refuse it with a sentence.

Why a module of its own: a DICOM file is not just pixels. The stored values become real values
through the *Modality LUT* (rescale slope/intercept or a lookup table), and the file says how to
show them through the *VOI LUT* (a window chosen by the modality or the radiographer, or a lookup
table). ``MONOCHROME1`` stores dense tissue as low values and must be inverted. Padding pixels
(outside the collimated field) must not stretch the automatic window. And a DICOM file may just as
well be a CT series, a knee, a scanned report or a PDF: those are refused here, with a sentence a
clinician understands, before any model sees them.

The 8-bit image is built in this order (DICOM PS3.4 N.2, grayscale pipeline):

1. stored values, decoded by pydicom (compressed transfer syntaxes through the pylibjpeg plugins);
2. Modality LUT -> values in the file's units (kept as ``XrayImage.stored_values`` when small);
3. VOI: the file's first window (centre/width, with its VOI LUT function), else its first VOI LUT,
   else the 0.5-99.5 percentile window of ``reading.window_to_uint8`` computed without padding pixels;
4. ``MONOCHROME1`` inverted, so that bright = dense as in ``MONOCHROME2``;
5. padding pixels set to 0 (black), as DICOM viewers show them.

Decisions (see the module constants):

* Modalities accepted: CR, DX, DR (not a DICOM term, but written by some DR systems), RG
  (radiographic film) and OT ("other": digitised films and exports), and a missing modality.
  Every other modality is refused: CT, MR, US, NM, PT, MG, XA/RF (fluoroscopy), dental, reports, etc.
  OT and missing modalities still pass the body-part check here and the model's own
  "is this a chest X-ray" gate afterwards.
* Body Part Examined: absent or empty is accepted; otherwise its first word must name the chest
  (CHEST, THORAX, LUNG(S), and the Spanish/Portuguese/Italian/German spellings some systems write),
  and it must not also name the abdomen or pelvis. "KNEE" is refused.
* Secondary Capture (SOP class 1.2.840.10008.5.1.4.1.1.7*) is accepted only when it is grayscale and
  its Conversion Type does not say it is a scanned document, a drawing or a synthetic image; a
  colour screen capture is taken to be a report. Encapsulated PDF/CDA, Structured Reports, key object
  selections and presentation states are refused.
* Colour images of an accepted modality (RGB, YBR_*, PALETTE COLOR) are converted to gray like the
  PNG/JPEG path does, and their colourfulness is measured, so the model's gate refuses photographs
  exactly as it does for PNG/JPEG.
* Multi-frame objects (Number of Frames > 1) are refused: a chest X-ray is one frame.
* "For processing" DX images (raw detector data, SOP class or Presentation Intent Type) are refused:
  they look nothing like the processed images the model learnt from, and the "for presentation"
  image of the same exposure is the one to read.
* A window from the file that would turn 98 % or more of the image into one flat shade (a broken or
  placeholder window) is ignored in favour of the percentile window, and logged.
* Files without the 128-byte preamble and "DICM": see ``is_dicom``.

Memory: the decoded stored values (one copy, uint16 for X-rays) are the only full-size array kept
while windowing; the window is applied in blocks of rows, so a huge frame costs about its stored
values, the file bytes, and the 8-bit result. The percentile fallback costs what
``window_to_uint8`` costs (a few float32 copies), the same as a 16-bit PNG.

``pydicom`` and ``reading`` are imported inside the functions: ``is_dicom`` stays cheap for the
loader's sniffing, the viewer does not pay pydicom's import time until a DICOM file is opened, and
``reading`` may import this module at its top without a circular-import failure.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import re
import struct
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from cxrviewer.core.errors import N_, CxrError, ImageTooLarge, ImageTooSmall, UnreadableImage, UnsupportedImage, _
from cxrviewer.core.types import StudyInfo, XrayImage

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

log = logging.getLogger(__name__)


class DicomUnreadable(UnreadableImage):
    """The file says it is DICOM but cannot be parsed or decoded."""

    default_message = N_("This DICOM file is damaged and cannot be read.")


class DicomNotSupported(UnsupportedImage):
    """A readable DICOM object that cxrviewer does not open (no image, several frames, a report...)."""

    default_message = N_("This DICOM file does not hold an image cxrviewer can open.")


class DicomNotChestXray(DicomNotSupported):
    """A DICOM image that its own header says is not a chest X-ray (CT, MR, a knee...)."""

    default_message = N_("This DICOM file is not a chest X-ray.")


ACCEPTED_MODALITIES = frozenset({"CR", "DX", "DR", "RG", "OT", ""})

# What each refused modality is, in words, for the sentence "This DICOM file is <it>, not a chest X-ray."
MODALITY_NAMES = {
    "CT": N_("a CT scan"),
    "MR": N_("an MRI scan"),
    "US": N_("an ultrasound image"),
    "NM": N_("a nuclear medicine image"),
    "PT": N_("a PET scan"),
    "MG": N_("a mammogram"),
    "XA": N_("an X-ray angiography image"),
    "RF": N_("a fluoroscopy image"),
    "IO": N_("a dental X-ray"),
    "PX": N_("a panoramic dental X-ray"),
    "DG": N_("a diaphanography image"),
    "BMD": N_("a bone density scan"),
    "BDUS": N_("a bone density scan"),
    "ES": N_("an endoscopy image"),
    "XC": N_("a photograph"),
    "GM": N_("a microscopy image"),
    "SM": N_("a microscopy slide"),
    "OP": N_("an eye photograph"),
    "OPT": N_("an eye scan"),
    "IVUS": N_("an intravascular ultrasound image"),
    "IVOCT": N_("an intravascular scan"),
    "ECG": N_("an ECG"),
    "EPS": N_("an electrophysiology recording"),
    "HD": N_("a waveform recording"),
    "AU": N_("an audio recording"),
    "SR": N_("a structured report"),
    "DOC": N_("a document"),
    "KO": N_("a list of selected images"),
    "PR": N_("a set of display settings"),
    "SEG": N_("a segmentation"),
    "REG": N_("a registration"),
    "RTIMAGE": N_("a radiotherapy image"),
    "RTSTRUCT": N_("a radiotherapy plan"),
    "RTPLAN": N_("a radiotherapy plan"),
    "RTDOSE": N_("a radiotherapy dose map"),
    "RTRECORD": N_("a radiotherapy record"),
}

CHEST_WORDS = frozenset({"CHEST", "THORAX", "LUNG", "LUNGS", "TORAX", "TORACE", "THORAKS", "BRUSTKORB", "POUMON", "POUMONS"})
NOT_ONLY_CHEST_WORDS = frozenset({"ABDOMEN", "ABD", "PELVIS", "ABDPELVIS"})

_SOP_SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"  # and .7.1 - .7.4 (multi-frame variants)
_SOP_DOCUMENTS = {
    "1.2.840.10008.5.1.4.1.1.104.1": N_("a PDF document"),
    "1.2.840.10008.5.1.4.1.1.104.2": N_("a clinical document (CDA)"),
    "1.2.840.10008.5.1.4.1.1.104.3": N_("a 3D model (STL)"),
    "1.2.840.10008.5.1.4.1.1.104.4": N_("a 3D model (OBJ)"),
    "1.2.840.10008.5.1.4.1.1.104.5": N_("a 3D model (MTL)"),
}
_SOP_FOR_PROCESSING = {  # raw detector data, before the vendor's image processing; not meant to be looked at
    "1.2.840.10008.5.1.4.1.1.1.1.1",  # Digital X-Ray Image Storage - For Processing
    "1.2.840.10008.5.1.4.1.1.1.2.1",  # Digital Mammography - For Processing
    "1.2.840.10008.5.1.4.1.1.1.3.1",  # Digital Intra-Oral X-Ray - For Processing
}
_SOP_SR_PREFIX = "1.2.840.10008.5.1.4.1.1.88."  # Structured Reports, Key Object Selection
_SOP_PRESENTATION_STATE_PREFIX = "1.2.840.10008.5.1.4.1.1.11."
_SC_DOCUMENT_CONVERSIONS = {"SD": N_("a scanned document"), "DRW": N_("a drawing"), "SYN": N_("a synthetic image")}

_DEFLATED_UID = b"1.2.840.10008.1.2.1.99"
_FILE_META_SPAN = 1024  # the file meta group, where the transfer syntax is written, comes first

# Value representations, for recognising a dataset written without the preamble.
_VRS = frozenset(b"AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split())
_LONG_VRS = frozenset(b"OB OD OF OL OV OW SQ UC UN UR UT UV".split())


def is_dicom(data: bytes) -> bool:
    """True when ``data`` (the whole file, or at least its first 132 bytes) is DICOM by its content.

    A DICOM file (PS3.10) has 128 bytes of preamble then ``DICM``. Older systems and some exports
    write the bare dataset without them; those are recognised only when the file starts like a
    little-endian dataset does: the tag of an element of group 0x0002 (file meta) or 0x0008
    (identifying information, where every image's dataset starts), element number below 0x0100,
    followed either by a valid two-letter value representation with a consistent (even, reserved
    zero) length field, or by an even 4-byte implicit-VR length under 4096. That can never match a
    PNG or JPEG (their first bytes are their magic numbers), and any other file that happens to
    start this way is still refused by ``decode_dicom`` with a sentence. Big-endian bare datasets
    (retired since 2004) are not recognised.
    """
    if len(data) >= 132 and data[128:132] == b"DICM":
        return True
    return _looks_like_bare_dataset(data)


def _looks_like_bare_dataset(head: bytes) -> bool:
    if len(head) < 8:
        return False
    group, element = struct.unpack_from("<HH", head, 0)
    if group not in (0x0002, 0x0008) or element >= 0x0100:
        return False
    vr = head[4:6]
    if vr in _VRS:
        if vr in _LONG_VRS:
            return head[6:8] == b"\x00\x00"
        (length,) = struct.unpack_from("<H", head, 6)
        return length % 2 == 0
    (length,) = struct.unpack_from("<I", head, 4)
    return length < 4096 and length % 2 == 0


def decode_dicom(data: bytes, path: Path | None = None, sha256: str | None = None) -> XrayImage:
    """Decode a single-frame DICOM chest X-ray into 8-bit gray; refuse anything else with a sentence.

    Raises ``DicomUnreadable`` (damaged), ``DicomNotSupported`` (no image, several frames, a report,
    a compression or pixel format that cannot be decoded), ``DicomNotChestXray`` (another modality or
    body part), ``ImageTooLarge`` / ``ImageTooSmall`` — all ``CxrError``; never a pydicom exception.
    ``sha256`` of ``data`` may be passed when the caller has already computed it.
    """
    if not data:
        raise UnreadableImage(_("This file is empty (0 bytes)."))
    if not is_dicom(data):
        raise DicomNotSupported(_("This file is not a DICOM file."), detail="no DICM marker and no dataset start")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _decode(data, path, sha256)
    except CxrError:
        raise
    except MemoryError as exc:
        raise ImageTooLarge(_("This DICOM image is too large to open safely (not enough memory)."), detail=repr(exc)) from exc
    except Exception as exc:  # noqa: BLE001 - pydicom and the decoders raise anything; the user gets a sentence
        log.info("DICOM decode failed for %s", path, exc_info=True)
        raise _unreadable(exc) from exc


def _unreadable(exc: BaseException) -> DicomUnreadable:
    text = str(exc).lower()
    if isinstance(exc, EOFError) or "less than expected" in text or "end of file" in text or "truncat" in text:
        return DicomUnreadable(_("This DICOM file is incomplete (it may have been cut off while copying)."), detail=repr(exc))
    return DicomUnreadable(detail=repr(exc))


def _decode(data: bytes, path: Path | None, sha256: str | None) -> XrayImage:
    import pydicom
    from pydicom.errors import InvalidDicomError

    from cxrviewer.core.image import dicom_pixels as pixels_of  # imports this module: import it at call time

    has_preamble = len(data) >= 132 and data[128:132] == b"DICM"
    if _DEFLATED_UID in data[:_FILE_META_SPAN]:
        # pydicom would inflate the whole dataset before anything can be checked: a small file can
        # hold gigabytes. Images are practically never deflated (it is meant for reports).
        raise DicomNotSupported(
            _("This DICOM file uses a compression cxrviewer cannot decode ({name}).").format(name="Deflated Explicit VR Little Endian"),
            detail="deflated transfer syntax refused before inflating",
        )
    try:
        ds = pydicom.dcmread(io.BytesIO(data), force=not has_preamble)
    except (InvalidDicomError, EOFError, struct.error, ValueError, KeyError, TypeError, OverflowError) as exc:
        raise _unreadable(exc) from exc

    if "PixelData" not in ds and not _text(ds, "SOPClassUID") and not _text(ds, "Modality") and not _transfer_syntax(ds):
        raise DicomUnreadable(
            _("This file is marked as DICOM, but its contents are not readable DICOM data (it is damaged or mislabelled)."),
            detail="no SOP class, modality, transfer syntax or pixel data",
        )

    _refuse_what_is_not_a_chest_xray(ds)
    _refuse_what_has_no_single_image(ds)

    rows, columns = _int(ds, "Rows"), _int(ds, "Columns")
    reading = _reading()
    if rows * columns > reading.MAX_PIXELS:
        raise ImageTooLarge(
            _("This image is too large to open safely ({width} x {height} pixels).").format(width=columns, height=rows),
            detail=f"limit {reading.MAX_PIXELS} pixels",
        )
    if min(rows, columns) < reading.MIN_SIDE:
        raise ImageTooSmall(
            _("This image is too small to assess ({width} x {height} pixels; at least {minimum} needed).").format(
                width=columns, height=rows, minimum=reading.MIN_SIDE
            )
        )

    _refuse_over_budget(ds, rows, columns, len(data), reading)
    _ensure_transfer_syntax(ds)
    _refuse_undecodable(ds)
    stored = _decode_pixels(ds)
    del ds.PixelData  # the compressed/native bytes are no longer needed; free them before windowing
    photometric = _text(ds, "PhotometricInterpretation").upper()
    monochrome = photometric in ("MONOCHROME1", "MONOCHROME2")
    if stored.ndim != (2 if monochrome else 3) or stored.shape[:2] != (rows, columns):
        raise DicomUnreadable(detail=f"decoded shape {stored.shape} for {rows} x {columns} {photometric}")

    study = _study_info(ds)
    bits_stored = _int(ds, "BitsStored", 8 * stored.dtype.itemsize)
    common = {
        "path": path,
        "sha256": sha256 or hashlib.sha256(data).hexdigest(),
        "source_format": "DICOM",
        "source_bit_depth": bits_stored,
        "study": study,
    }
    if not monochrome:
        pixels, mode, colour = pixels_of.colour_to_gray(stored, ds, photometric)
        return XrayImage(pixels=pixels, source_mode=mode, colourfulness=colour, **common)

    padding = pixels_of.padding_mask(ds, stored)
    values = pixels_of.modality_lut(stored, ds)
    if values is not stored:
        del stored
    pixels, display_window = pixels_of.voi(values, ds, padding, bits_stored)
    if photometric == "MONOCHROME1":
        np.subtract(255, pixels, out=pixels)
    if padding is not None:
        pixels[padding] = 0
    return XrayImage(
        pixels=np.ascontiguousarray(pixels),
        source_mode=photometric.lower(),
        display_window=display_window,
        stored_values=pixels_of.small_copy_or_none(values),
        **common,
    )


def _reading() -> Any:
    """``reading`` at call time: it may import this module at its top (see the module docstring)."""
    from cxrviewer.core.image import reading

    return reading


# --- header checks ------------------------------------------------------------------------------


def _text(ds: Dataset, keyword: str, default: str = "") -> str:
    """An element's value as stripped text; a malformed or multi-valued element gives its first value."""
    try:
        value = ds.get(keyword, None)
    except Exception:  # noqa: BLE001 - a malformed value is as good as absent here
        return default
    if value is None:
        return default
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        value = value[0] if len(value) else ""
    return str(value).strip("\x00 ")


def _int(ds: Dataset, keyword: str, default: int = 0) -> int:
    text = _text(ds, keyword)
    try:
        return int(float(text)) if text else default
    except ValueError:
        return default


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _transfer_syntax(ds: Dataset) -> str:
    meta = getattr(ds, "file_meta", None)
    return _text(meta, "TransferSyntaxUID") if meta is not None else ""


def _refuse_what_is_not_a_chest_xray(ds: Dataset) -> None:
    sop_class = _text(ds, "SOPClassUID")
    if sop_class in _SOP_DOCUMENTS:
        raise DicomNotSupported(
            _("This DICOM file is {what}, not an X-ray image.").format(what=_(_SOP_DOCUMENTS[sop_class])), detail=sop_class
        )
    if sop_class.startswith(_SOP_SR_PREFIX):
        raise DicomNotSupported(_("This DICOM file is a structured report, not an X-ray image."), detail=sop_class)
    if sop_class.startswith(_SOP_PRESENTATION_STATE_PREFIX):
        raise DicomNotSupported(_("This DICOM file holds display settings for another image, not an X-ray image."), detail=sop_class)

    if sop_class in _SOP_FOR_PROCESSING or _text(ds, "PresentationIntentType").upper() == "FOR PROCESSING":
        raise DicomNotSupported(
            _(
                'This DICOM file is the raw detector data of an X-ray ("for processing"), not the image for viewing; '
                'open the "for presentation" image instead.'
            ),
            detail=f"SOP class {sop_class}, PresentationIntentType {_text(ds, 'PresentationIntentType')}",
        )

    modality = _text(ds, "Modality").upper()
    if modality not in ACCEPTED_MODALITIES:
        what = MODALITY_NAMES.get(modality)
        if what is not None:
            raise DicomNotChestXray(_("This DICOM file is {what}, not a chest X-ray.").format(what=_(what)), detail=f"Modality {modality}")
        raise DicomNotChestXray(
            _("This DICOM file is of modality '{modality}'; cxrviewer reads only chest X-rays (CR or DX).").format(modality=modality),
            detail=f"Modality {modality}",
        )

    body_part = _text(ds, "BodyPartExamined").upper()
    words = [w for w in re.split(r"[^A-Z0-9]+", body_part) if w]
    if words and (words[0] not in CHEST_WORDS or NOT_ONLY_CHEST_WORDS.intersection(words)):
        raise DicomNotChestXray(
            _("This DICOM file is an X-ray of the {body_part}, not of the chest.").format(body_part=" ".join(words).lower()),
            detail=f"BodyPartExamined {body_part!r}",
        )

    if sop_class.startswith(_SOP_SECONDARY_CAPTURE):
        conversion = _text(ds, "ConversionType").upper()
        photometric = _text(ds, "PhotometricInterpretation").upper()
        if conversion in _SC_DOCUMENT_CONVERSIONS:
            raise DicomNotSupported(
                _("This DICOM file is {what}, not an X-ray image.").format(what=_(_SC_DOCUMENT_CONVERSIONS[conversion])),
                detail=f"Secondary Capture, ConversionType {conversion}",
            )
        if photometric not in ("MONOCHROME1", "MONOCHROME2"):
            raise DicomNotSupported(
                _("This DICOM file is a screen capture of a report or document, not an X-ray image."),
                detail=f"colour Secondary Capture ({photometric or 'no photometric interpretation'})",
            )


def _refuse_what_has_no_single_image(ds: Dataset) -> None:
    if "PixelData" not in ds:
        if "FloatPixelData" in ds or "DoubleFloatPixelData" in ds:
            raise DicomNotSupported(_("This DICOM file holds a computed map, not an X-ray image."), detail="float pixel data")
        raise DicomNotSupported(_("This DICOM file holds no image (it has no pixel data)."), detail="no (7FE0,0010)")
    frames = _int(ds, "NumberOfFrames", 1)
    if frames > 1:
        raise DicomNotSupported(
            _("This DICOM file holds {frames} images (a series or a video); a chest X-ray is a single image.").format(frames=frames),
            detail=f"NumberOfFrames {frames}",
        )
    samples = _int(ds, "SamplesPerPixel", 1)
    bits_allocated = _int(ds, "BitsAllocated")
    if samples not in (1, 3) or bits_allocated not in (8, 16, 32):
        raise DicomNotSupported(
            _("This DICOM file stores its image in a form cxrviewer cannot read."),
            detail=f"SamplesPerPixel {samples}, BitsAllocated {bits_allocated}",
        )
    if not _int(ds, "Rows") or not _int(ds, "Columns"):
        raise DicomUnreadable(_("This DICOM file is damaged: it does not say how large its image is."), detail="no Rows/Columns")


def _refuse_over_budget(ds: Dataset, rows: int, columns: int, file_bytes: int, reading: Any) -> None:
    """Refuse before decoding what would not fit ``reading.DECODE_BUDGET_BYTES``.

    Held at once: the file bytes, pydicom's copy of the pixel data (at most the file's size), the
    decoded stored values, the modality values when they differ (4 bytes a pixel at most), the
    8-bit result and the padding mask.
    """
    budget = getattr(reading, "DECODE_BUDGET_BYTES", None)
    if budget is None:
        return
    pixels = rows * columns
    samples = _int(ds, "SamplesPerPixel", 1)
    stored_bytes = pixels * samples * max(1, _int(ds, "BitsAllocated", 16) // 8)
    rescaled = "ModalityLUTSequence" in ds or "RescaleSlope" in ds or "RescaleIntercept" in ds
    need = 2 * file_bytes + stored_bytes + (4 * pixels if rescaled else 0) + 2 * pixels
    if need > budget:
        raise ImageTooLarge(
            _("This DICOM image needs too much memory to open safely ({width} x {height} pixels, {bits}-bit).").format(
                width=columns, height=rows, bits=_int(ds, "BitsStored", 16)
            ),
            detail=f"estimated {need} bytes, over the decode budget of {budget} bytes",
        )


def _ensure_transfer_syntax(ds: Dataset) -> None:
    """A bare dataset (no file meta) gets the transfer syntax it was read with, so it can be decoded."""
    if _transfer_syntax(ds):
        return
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

    implicit, little = ds.original_encoding
    if not hasattr(ds, "file_meta") or ds.file_meta is None:
        ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian if implicit else (ExplicitVRLittleEndian if little else ExplicitVRBigEndian)


def _refuse_undecodable(ds: Dataset) -> None:
    from pydicom.pixels import get_decoder
    from pydicom.uid import UID

    uid = UID(_transfer_syntax(ds))
    name = uid.name if uid.is_valid else str(uid)
    try:
        decoder = get_decoder(uid)
    except NotImplementedError as exc:
        raise DicomNotSupported(
            _("This DICOM file uses a compression cxrviewer cannot decode ({name}).").format(name=name), detail=str(uid)
        ) from exc
    if not decoder.is_available:
        raise DicomNotSupported(
            _("This DICOM file uses a compression cxrviewer cannot decode ({name}); a decoder is missing from this installation.").format(
                name=name
            ),
            detail=f"{uid}: missing {decoder.missing_dependencies}",
        )


def _decode_pixels(ds: Dataset) -> np.ndarray:
    from pydicom.pixels import pixel_array

    return pixel_array(ds)  # YBR is converted to RGB; masks bits above BitsStored, sign-extends signed data


# --- study ------------------------------------------------------------------------------------------


def _study_info(ds: Dataset) -> StudyInfo:
    return StudyInfo(
        patient_id=_text(ds, "PatientID"),
        patient_name=_person_name(ds),
        study_date=_iso_date(_text(ds, "StudyDate")),
        accession_number=_text(ds, "AccessionNumber"),
        modality=_text(ds, "Modality").upper(),
        body_part=_text(ds, "BodyPartExamined").upper(),
    )


def _person_name(ds: Dataset) -> str:
    """'Family, Given Middle' from DICOM's 'Family^Given^Middle^Prefix^Suffix'."""
    try:
        name = ds.get("PatientName", None)
        text = str(name) if name is not None else ""
    except Exception:  # noqa: BLE001 - an undecodable name is shown as empty, not as a failure
        return ""
    alphabetic = text.split("=")[0]
    parts = [p.strip() for p in alphabetic.split("^")]
    family, given = parts[0], " ".join(p for p in parts[1:3] if p)
    return f"{family}, {given}" if family and given else (family or given)


def _iso_date(value: str) -> str:
    digits = value.replace(".", "").replace("-", "").strip()
    if len(digits) != 8 or not digits.isdigit():
        return ""
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1850):
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
