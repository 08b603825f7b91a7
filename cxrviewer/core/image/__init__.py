"""Reading an X-ray file into pixels: sniffing the content, decoding PNG/JPEG (later DICOM), preprocessing for the model."""
