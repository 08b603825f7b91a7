"""Qt-free core: image loading, preprocessing, model runtime, screening and results.

Nothing in this package may import PySide6 or cxrviewer.qt (checked by import-linter),
and TensorFlow is imported only inside ``training``.
"""
