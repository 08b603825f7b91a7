"""Lung fields: a small segmenter that finds the lungs, for cropping, the input check and the heatmap."""
