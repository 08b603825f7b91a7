"""PySide6 GUI. May import ``cxrviewer.core`` and ``cxrviewer.paths``; never TensorFlow."""
