"""WCAG AA contrast (4.5:1) of the text colours the program sets, against the backgrounds they are drawn on.

The colours are parsed from where they live: the application style sheet (``assets/style.qss``), the style
sheets of the worklist and of the decision box, the worklist's cell colours, the dark palette, and the
administration dialog's message colours (``MessageLabel.COLORS``). A text colour without a background of its
own is measured against the background of the rule that contains it (``QFrame#messageBar QLabel`` against each
message bar background), else against the window's. WCAG 2.1 1.4.3; the formula is the W3C's relative luminance.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AA = 4.5
NOT_TEXT = {"QFrame#panelRule"}  # a horizontal rule's line colour, not text
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    text = colour.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    r, g, b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector -> {property: value} for every rule (a rule with several selectors is split)."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def _colour(props: dict[str, str], *names: str) -> str | None:
    for name in names:
        match = HEX.search(props.get(name, ""))
        if match:
            return match.group(0)
    return None


def _base(selector: str) -> str:
    """The selector without its last [property] or :state: the rule it refines."""
    stripped = re.sub(r"(\[[^\]]*\]|::?[\w-]+)$", "", selector)
    return stripped if stripped != selector else ""


def text_pairs(sheet: str, window: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for every rule that sets a text colour or a background."""
    table = rules(sheet)

    def inherited(selector: str, *names: str) -> str | None:
        while selector:
            found = _colour(table.get(selector, {}), *names)
            if found:
                return found
            selector = _base(selector)
        return None

    pairs = []
    for selector, props in table.items():
        if selector in NOT_TEXT or not ({"color", "background", "background-color"} & props.keys()):
            continue
        text = inherited(selector, "color")
        if text is None:
            continue  # a background under the palette's own text colour: checked with the palette
        own = inherited(selector, "background", "background-color")
        if own is not None:
            pairs.append((selector, text, own))
            continue
        container = selector.rsplit(" ", 1)[0] if " " in selector else ""
        backgrounds = [colour for other, other_props in table.items()
                       if container and (other == container or _base(other) == container)
                       and (colour := _colour(other_props, "background", "background-color"))]
        pairs.extend((selector, text, background) for background in backgrounds or [window])
    return pairs


@pytest.fixture(scope="module")
def palette() -> dict[str, str]:
    from PySide6.QtGui import QPalette

    from cxrviewer.qt.app import dark_palette

    colours = dark_palette()
    role = QPalette.ColorRole
    return {name: colours.color(getattr(role, name)).name() for name in ("Window", "WindowText", "Base", "AlternateBase",
                                                                          "Text", "Button", "ButtonText", "ToolTipBase",
                                                                          "ToolTipText", "PlaceholderText", "Highlight",
                                                                          "HighlightedText", "Link")}


def _failures(pairs) -> list[str]:
    return [f"{selector}: {text} on {background} is {contrast(text, background):.2f}:1"
            for selector, text, background in pairs if contrast(text, background) < AA]


def test_the_formula_matches_the_w3c_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails" grey
    assert contrast("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


def test_the_parser_finds_each_text_and_its_background():
    sheet = """QFrame#bar { background: #000000; } QFrame#bar[kind="warning"] { background: #333333; }
               QFrame#bar QLabel { color: #ffffff; } QLabel#badge { color: #ffffff; background: #5f6b7a; }
               QLabel#badge[flagged="true"] { background: #d35400; } QLabel#hint { color: #bdc1c6; }"""
    pairs = set(text_pairs(sheet, "#2b2d31"))
    assert ("QFrame#bar QLabel", "#ffffff", "#000000") in pairs and ("QFrame#bar QLabel", "#ffffff", "#333333") in pairs
    assert ('QLabel#badge[flagged="true"]', "#ffffff", "#d35400") in pairs
    assert ("QLabel#hint", "#bdc1c6", "#2b2d31") in pairs


def test_the_palette_text_colours(palette):
    pairs = [("Text on Base", palette["Text"], palette["Base"]), ("Text on AlternateBase", palette["Text"], palette["AlternateBase"]),
             ("WindowText on Window", palette["WindowText"], palette["Window"]),
             ("ButtonText on Button", palette["ButtonText"], palette["Button"]),
             ("ToolTipText on ToolTipBase", palette["ToolTipText"], palette["ToolTipBase"]),
             ("PlaceholderText on Base", palette["PlaceholderText"], palette["Base"]),
             ("HighlightedText on Highlight", palette["HighlightedText"], palette["Highlight"]),
             ("Link on Window", palette["Link"], palette["Window"])]
    failures = _failures(pairs)
    assert not failures, "\n".join(failures)


def test_the_application_style_sheet(palette):
    sheet = (REPO / "assets" / "style.qss").read_text(encoding="utf-8")
    pairs = text_pairs(sheet, palette["Window"])
    assert len(pairs) >= 19  # every text rule was found
    failures = _failures(pairs)
    assert not failures, "\n".join(failures)


def test_the_worklist_and_decision_box_style_sheets(palette):
    from cxrviewer.qt.result_panel import REVIEW_STYLE
    from cxrviewer.qt.worklist.panel import STYLE

    failures = _failures(text_pairs(STYLE, palette["Window"]) + text_pairs(REVIEW_STYLE, palette["Window"]))
    assert not failures, "\n".join(failures)


def test_the_worklist_cell_colours_on_both_row_shades(palette):
    from cxrviewer.qt.worklist import table_model

    names = [name for name in dir(table_model) if name.endswith("_COLOUR")]
    assert {"FLAG_COLOUR", "READ_MANUALLY_COLOUR", "ERROR_COLOUR", "QUIET_COLOUR"} <= set(names)
    pairs = [(name, getattr(table_model, name).name(), palette[shade]) for name in names for shade in ("Base", "AlternateBase")]
    failures = _failures(pairs)
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="module")
def admin_backgrounds(qapp, palette) -> dict[str, str]:
    """What administration text is drawn on: the dialog (QDialog in the style sheet) and the page of a tab, a lighter
    grey that Qt derives when the style sheet is on; measured by rendering a tab widget in a dialog the way the
    program does (its palette and style sheet, set on the application for the moment and then put back)."""
    from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

    from cxrviewer.qt.app import dark_palette

    sheet = (REPO / "assets" / "style.qss").read_text(encoding="utf-8")
    dialog_colour = _colour(rules(sheet)["QDialog"], "background")
    old_palette, old_sheet = qapp.palette(), qapp.styleSheet()
    qapp.setPalette(dark_palette())
    qapp.setStyleSheet(sheet)
    try:
        dialog = QDialog()
        tabs = QTabWidget()
        tabs.addTab(QWidget(), "Models")
        QVBoxLayout(dialog).addWidget(tabs)
        dialog.resize(300, 200)
        image = dialog.grab().toImage()
        page, around = image.pixelColor(150, 120).name(), image.pixelColor(2, 2).name()
        dialog.deleteLater()
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setPalette(old_palette)
    assert around == dialog_colour and page != dialog_colour, (around, page)
    return {"dialog": dialog_colour, "tab page": page}


def test_the_administration_messages(admin_backgrounds):
    """MessageLabel's kinds (error, info, success), on the dialog and on a tab's page."""
    from cxrviewer.qt.admin.widgets import MessageLabel

    pairs = [(f"MessageLabel {kind} on the {where}", colour, background)
             for kind, colour in MessageLabel.COLORS.items() for where, background in admin_backgrounds.items()]
    failures = _failures(pairs)
    assert not failures, "\n".join(failures)


def admin_inline_colours(admin_backgrounds) -> list[tuple[str, str, str]]:
    """Colours written into the other administration modules (``setStyleSheet("color: ...")``, ``<span style=...>``):
    a text colour with its own background in the same string is measured against that, otherwise against both
    administration backgrounds; a background alone is measured under the palette's text colour."""
    pairs = []
    for module in sorted((REPO / "cxrviewer" / "qt" / "admin").glob("*.py")):
        if module.name == "widgets.py":
            continue  # MessageLabel, above
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", line)
            background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})", line)
            where = f"{module.name}:{number}"
            if text and background:
                pairs.append((where, text.group(1), background.group(1)))
            elif text:
                pairs.extend((f"{where} on the {name}", text.group(1), colour) for name, colour in admin_backgrounds.items())
            elif background:
                pairs.append((where, "#e8eaed", background.group(1)))  # the dark palette's text on it
    return pairs


def test_colours_written_into_the_administration_tabs(admin_backgrounds):
    pairs = admin_inline_colours(admin_backgrounds)  # today none: the tabs use MessageLabel's colours and the palette
    failures = _failures(pairs)
    assert not failures, "\n".join(failures)
