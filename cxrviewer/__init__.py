"""cxrviewer: offline chest X-ray screening support."""

__version__ = "0.1.0"
