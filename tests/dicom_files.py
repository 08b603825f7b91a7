"""Real DICOM files for the product tests (screening, CLI, GUI), written with pydicom as tests/core/test_dicom.py does.

``write_chest_dicom`` writes a single-frame DX chest image (12-bit, MONOCHROME2) with a window from the file
and the four identifiers the product shows; by default the pixels are the generated chest-like pattern of
``selftest``, which the tests' lenient model scores. ``with_suffix=False`` writes it without an extension,
as PACS exports do.
"""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np

PATIENT = {"PatientID": "PID-0042", "PatientName": "Doe^Jane", "StudyDate": "20240315", "AccessionNumber": "ACC-7781"}
PATIENT_SHOWN = {"patient_id": "PID-0042", "patient_name": "Doe, Jane", "study_date": "2024-03-15",
                 "accession_number": "ACC-7781"}


def chest_pixels() -> np.ndarray:
    from cxrviewer.core.model.selftest import synthetic_chest_png

    return cv2.imdecode(np.frombuffer(synthetic_chest_png(), np.uint8), cv2.IMREAD_GRAYSCALE)


def chest_dicom_bytes(pixels: np.ndarray | None = None, **attributes) -> bytes:
    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import generate_uid

    eight_bit = chest_pixels() if pixels is None else pixels
    stored = eight_bit.astype(np.uint16) * 16  # 12-bit detector values
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.1.1"  # DX image for presentation
    ds.SOPInstanceUID = generate_uid()
    ds.Modality = "DX"
    ds.BodyPartExamined = "CHEST"
    for keyword, value in {**PATIENT, **attributes}.items():
        setattr(ds, keyword, value)
    ds.set_pixel_data(stored, "MONOCHROME2", 12)
    ds.WindowCenter = 2048
    ds.WindowWidth = 4096
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    assert pydicom.dcmread(io.BytesIO(buffer.getvalue())).PatientID == ds.PatientID
    return buffer.getvalue()


def write_chest_dicom(folder: Path, name: str = "IM000001", **attributes) -> Path:
    """Write the DICOM chest image as ``folder/name`` (no extension unless ``name`` has one)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(chest_dicom_bytes(**attributes))
    return path
