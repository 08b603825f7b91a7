"""Rotation and flip of the displayed image as a 2 x 2 integer matrix, and its description in words.

Operations compose in screen space (each one turns what the reader sees now), so a flip after a
rotation mirrors the rotated picture, as in every viewer. Pure Python: the viewer turns the matrix
into the frame item's ``QTransform``.
"""

from __future__ import annotations

Orientation = tuple[int, int, int, int]  # (a, b, c, d): screen x = a*x + b*y, screen y = c*x + d*y
UPRIGHT: Orientation = (1, 0, 0, 1)
ROTATE_RIGHT: Orientation = (0, -1, 1, 0)  # clockwise on screen (y points down)
ROTATE_LEFT: Orientation = (0, 1, -1, 0)
FLIP_LEFT_RIGHT: Orientation = (-1, 0, 0, 1)
FLIP_TOP_BOTTOM: Orientation = (1, 0, 0, -1)


def compose(first: Orientation, then: Orientation) -> Orientation:
    """The orientation of ``first`` followed by ``then`` (both as seen on screen)."""
    a, b, c, d = then
    e, f, g, h = first
    return (a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)


def describe_orientation(orientation: Orientation) -> str:
    """In words, for the corner text: "" when upright, else e.g. "Rotated 90° right", "Flipped left–right"."""
    a, b, c, d = orientation
    flipped = a * d - b * c < 0
    if flipped:  # orientation = rotation after a left-right flip; find the rotation
        a, b, c, d = compose(FLIP_LEFT_RIGHT, orientation)
    turn = {(1, 0): 0, (0, 1): 90, (-1, 0): 180, (0, -1): 270}[(a, c)]
    if flipped and turn in (0, 180):
        return "Flipped left–right" if turn == 0 else "Flipped top–bottom"
    rotation = {0: "", 90: "Rotated 90° right", 180: "Rotated 180°", 270: "Rotated 90° left"}[turn]
    return f"Flipped left–right, then {rotation[0].lower()}{rotation[1:]}" if flipped else rotation
