"""The GUI in the clinic's language: every wrapped string is in every .ts, translated; the .qm files
are the compiled .ts; the app starts in French and flags an image in French; layouts fit in Russian."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("fr", "es", "pt", "ru", "zh_CN")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            messages[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return messages


def _lupdate(ts: Path, language: str) -> None:
    sources = sorted(str(p) for p in (ROOT / "cxrviewer" / "qt").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-source-language", "en",
                    "-target-language", language, "-ts", str(ts)], check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> dict[str, Path]:
    """Each committed .ts, updated by lupdate from the code as it is now (in a temp copy)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in LANGUAGES:
        copy = folder / f"cxrviewer_{language}.ts"
        shutil.copy(I18N / copy.name, copy)
        _lupdate(copy, language)
        copies[language] = copy
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gui_string_is_in_the_ts_and_translated(language, updated):
    committed = _messages(I18N / f"cxrviewer_{language}.ts")
    fresh = _messages(updated[language])
    new = sorted(set(fresh) - set(committed))
    gone = sorted(set(committed) - set(fresh))
    assert not new, f"strings in the code missing from cxrviewer_{language}.ts (run lupdate, translate): {new[:10]}"
    assert not gone, f"strings in cxrviewer_{language}.ts no longer in the code (run lupdate -no-obsolete): {gone[:10]}"
    for (context, source), translation in committed.items():
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        assert (translation.text or "").strip(), f"empty translation: {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (source, translation.text)
        assert ("&" in source) <= ("&" in translation.text), f"menu accelerator lost: {source!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_the_compiled_ts(language, tmp_path):
    qm = tmp_path / "out.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(I18N / f"cxrviewer_{language}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True, timeout=120)
    assert qm.read_bytes() == (I18N / f"cxrviewer_{language}.qm").read_bytes(), "run lrelease (docs/translations.md)"


def test_qt_own_translations_are_shipped():
    from cxrviewer.i18n import QT_CATALOGUE

    for language in LANGUAGES:
        assert (I18N / f"qtbase_{QT_CATALOGUE[language]}.qm").stat().st_size > 10_000


def test_app_starts_in_french_and_flags_in_french(in_language, make_window, xray_png, wait_for_result, recalibrated_model, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    assert in_language("fr") == "fr"
    recalibrated_model(1e-6)  # every score is at or above it: flagged
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.open_files([xray_png])
    wait_for_result(window)
    panel = window.panel
    assert panel.flag_text() == "Relecture recommandée"
    assert panel.score_caption.text() == "Score d’anomalie"
    assert panel.disclaimer_label.text() == "Aide au dépistage\u00a0; ne constitue pas un diagnostic."
    assert re.fullmatch(r"([<>] )?\d{1,3}(,\d+)?\u00a0%", panel.score_text()), panel.score_text()
    assert "Seuil de relecture" in panel.threshold_label.text()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own words come from qtbase_fr
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_english_is_unchanged(in_language, make_window, xray_png, wait_for_result):
    from cxrviewer.qt.result_panel import FLAG_TEXT, NO_FLAG_TEXT, format_score

    assert in_language("en") == "en"
    assert format_score(0.734, 0.594) == ("73%", "59.4%")
    window = make_window()
    window.open_files([xray_png])
    wait_for_result(window)
    assert window.panel.flag_text() in (FLAG_TEXT, NO_FLAG_TEXT)
    assert window.menuBar().actions()[0].text() == "&File"


def _accelerator(text: str) -> str | None:
    """The letter after a single "&" ("E&xit" -> "x"; "&&" is a literal ampersand), lower-cased."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerator_clashes(menu_titles: list[str], menus: dict[str, list[str]]) -> list[str]:
    """Menu titles of a menu bar, or entries of one menu, that share an accelerator letter with another."""
    clashes = []
    for where, texts in {"menu bar": menu_titles, **menus}.items():
        seen: dict[str, str] = {}
        for text in texts:
            letter = _accelerator(text)
            if letter is None:
                continue
            if letter in seen:
                clashes.append(f"{where}: {seen[letter]!r} and {text!r} both use &{letter}")
            seen.setdefault(letter, text)
    return clashes


def test_accelerator_clashes_are_found():
    assert accelerator_clashes(["&File", "&Fichier"], {}) == ["menu bar: '&File' and '&Fichier' both use &f"]
    assert accelerator_clashes(["&File"], {"&File": ["&Open", "E&xit", "Save && &close", "Print"]}) == []
    assert accelerator_clashes([], {"&View": ["&Zoom in", "&zoom out"]}) == ["&View: '&Zoom in' and '&zoom out' both use &z"]


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_menu_accelerators_differ_within_each_menu(language, in_language, make_window):
    """Within the menu bar and within each menu (and submenu) of the main window no two entries share an
    accelerator letter, in every language (Alt+letter would otherwise only cycle between them)."""
    in_language(language)
    window = make_window(wait_for_model=False)
    menus: dict[str, list[str]] = {}

    def collect(menu, name: str) -> None:
        entries = [action for action in menu.actions() if not action.isSeparator()]
        menus[name] = [action.text() for action in entries]
        for action in entries:
            if action.menu() is not None:
                collect(action.menu(), f"{name} \u25b8 {action.text()}")

    titles = [action.text() for action in window.menuBar().actions()]
    for action in window.menuBar().actions():
        collect(action.menu(), action.text())
    assert len(menus) >= 5 and all(_accelerator(title) for title in titles), titles
    assert not accelerator_clashes(titles, menus), accelerator_clashes(titles, menus)


def test_language_menu_saves_the_choice_for_the_next_start(make_window):
    from cxrviewer.core.config import load_settings

    window = make_window(wait_for_model=False)
    window.language_menu.choose("ru")
    assert load_settings().language == "ru"
    assert any("restarted" in bar.label.text() for bar in window.messages())
    window.language_menu.choose("")
    assert load_settings().language is None


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_long_languages_fit_at_1280x800(language, in_language, make_window, xray_png, wait_for_result, tmp_path):
    """The longest translations (French, Russian): the window keeps 1280x800, the panel's labels wrap
    rather than clip, and the menu bar's titles are all shown. Screenshots in tmp_path."""
    in_language(language)
    window = make_window()
    window.resize(1280, 800)
    window.open_files([xray_png])
    wait_for_result(window)
    window.grab().save(str(tmp_path / f"main_{language}.png"))
    assert window.width() <= 1280 and window.height() <= 800
    panel = window.panel
    for label in (panel.flag_note, panel.threshold_label, panel.model_label, panel.disclaimer_label, panel.score_caption):
        if label.isVisible():
            assert label.wordWrap() or label.sizeHint().width() <= label.width(), label.text()
    assert panel.flag_badge.sizeHint().width() <= panel.flag_badge.width() + 1, panel.flag_badge.text()
    box = panel.review_box
    for button in [*box.buttons.values(), box.reviewer_button, box.history_button, panel.heatmap_check]:
        assert button.sizeHint().width() <= button.width() + 1, f"clipped: {button.text()!r}"
    note = box.note_edit
    assert note.fontMetrics().horizontalAdvance(note.placeholderText()) <= note.width() - 12, note.placeholderText()


def _clipped(dialog) -> list[str]:
    """The texts of the shown buttons, check boxes and one-line labels that do not fit their widgets."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    clipped = []
    for widget in dialog.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text() and widget.sizeHint().width() > widget.width() + 1:
            clipped.append(widget.text())
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap() and label.sizeHint().width() > label.width() + 1:
            clipped.append(label.text())
    return clipped


@pytest.mark.parametrize("language", ["fr", "ru", "zh_CN"])
def test_administration_dialog_fits_at_1280x800(language, filled_admin_dialog, qtbot, tmp_path):
    """The administration dialog in French, Russian and Chinese at 1280x800, each tab as it is with results: every
    tab title shown whole (no scroll arrows), no button or one-line label clipped, the Close button whole.
    Screenshots of every tab in tmp_path (admin_<language>_<tab>.png), to look at."""
    dialog = filled_admin_dialog(language, size=(1280, 800))
    bar = dialog.tabs.tabBar()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)  # let the tab lay out before it is grabbed and measured
        dialog.grab().save(str(tmp_path / f"admin_{language}_{index}.png"))
        assert not _clipped(dialog), (dialog.tabs.tabText(index), _clipped(dialog))
    assert bar.sizeHint().width() <= dialog.tabs.width(), [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert dialog.close_button.sizeHint().width() <= dialog.close_button.width() + 1, dialog.close_button.text()
    assert dialog.width() <= 1280 and dialog.height() <= 800


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "12 Mar 2025 14:02"), ("fr", "12 mars 2025 14:02"), ("zh_CN", "2025年3月12日 14:02"),
])
def test_dates_are_written_as_each_language_writes_them(in_language, code, expected):
    from datetime import datetime

    from cxrviewer.qt.result_panel import when_text

    in_language(code)
    local_noon = datetime(2025, 3, 12, 14, 2).astimezone()
    assert when_text(local_noon.isoformat(), with_date=True) == expected
