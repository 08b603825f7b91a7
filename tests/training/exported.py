"""Shared by the training tests: what a model exported to LiteRT answers, as the app would run it."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def saved_and_exported_logits(model, x: np.ndarray, folder: Path) -> tuple[np.ndarray, np.ndarray]:
    """Save ``model`` as ``model.keras`` and load it back (the project's layers registered), and export it to
    ``model.tflite``; return the score each gives for the batch-of-one ``x``."""
    import keras
    from ai_edge_litert.interpreter import Interpreter

    from cxrviewer.core.admin.training import export_tflite, register_layers

    model.save(folder / "model.keras")
    register_layers()
    loaded = keras.saving.load_model(folder / "model.keras", compile=False)
    export_tflite(model, folder / "model.tflite", int(x.shape[1]))
    interpreter = Interpreter(model_path=str(folder / "model.tflite"))
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
    interpreter.invoke()
    outputs = [interpreter.get_tensor(d["index"]) for d in interpreter.get_output_details()]
    return np.asarray(loaded(x, training=False)[0]), next(v for v in outputs if v.size == 1)
