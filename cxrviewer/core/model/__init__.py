"""The screening model: its card and checksums, the LiteRT runtime, the input gate, the heatmap."""
