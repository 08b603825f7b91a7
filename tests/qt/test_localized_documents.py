"""Help ▸ User guide and Help ▸ About in the clinic's language: the translated guide and disclaimer when they
exist (``i18n.localized_path``), English when a translation is missing. The guides' structure and words are
checked without Qt in tests/core/test_localized_documents.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def in_language(qapp):
    """``use(code)`` installs a language for the GUI; English is put back afterwards."""
    from cxrviewer.qt.app import install_translations

    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")


@pytest.fixture
def english_only(tmp_path, monkeypatch) -> Path:
    """An installation whose assets hold only the English guide and disclaimer (a language not translated yet)."""
    from cxrviewer import paths

    folder = tmp_path / "assets"
    folder.mkdir()
    for name in ("user_guide.md", "disclaimer.txt"):
        shutil.copy(ROOT / "assets" / name, folder / name)
    for name in ("i18n", "locale", "style.qss", "icon.png"):  # the rest as installed: the GUI's and core's catalogues
        (folder / name).symlink_to(ROOT / "assets" / name)
    monkeypatch.setattr(paths, "asset_path", lambda name: folder / name)
    return folder


def open_guide(window, qtbot) -> str:
    dialog = window.user_guide_action.open_guide()
    qtbot.waitUntil(dialog.isVisible)
    try:
        return dialog.browser.toPlainText()
    finally:
        dialog.close()


def test_french_help_shows_the_french_guide_and_disclaimer(in_language, make_window, qtbot):
    assert in_language("fr") == "fr"
    window = make_window(wait_for_model=False)
    assert window.user_guide_action.text().replace("&", "") == "Guide d’utilisation"
    shown = open_guide(window, qtbot)
    lines = shown.splitlines()
    assert "relu par un clinicien" in lines[0]  # the review note comes first, before the title
    assert "cxrviewer — guide pour les cliniciens" in lines and "Une radiographie" in lines
    assert "Le modèle est-il vérifié dans cet établissement ?" in [line.replace("\u00a0", " ") for line in lines]
    assert "guide for clinicians" not in shown and "#" not in shown.splitlines()[0]  # rendered, not Markdown source
    about = window.about_text()
    assert "ne constitue pas un diagnostic" in about and "not a diagnosis" not in about


@pytest.mark.parametrize(("language", "title"), [("ru", "руководство для врачей"), ("zh_CN", "临床医生指南"),
                                                 ("es", "guía para clínicos"), ("pt", "guia para clínicos")])
def test_each_language_shows_its_own_guide(language, title, in_language, make_window, qtbot):
    in_language(language)
    window = make_window(wait_for_model=False)
    assert f"cxrviewer — {title}" in open_guide(window, qtbot).splitlines()


def test_a_language_without_a_translated_guide_falls_back_to_english(in_language, english_only, make_window, qtbot):
    assert in_language("ru") == "ru"
    window = make_window(wait_for_model=False)
    shown = open_guide(window, qtbot)
    assert "cxrviewer — guide for clinicians" in shown.splitlines() and "Read manually" in shown
    assert "For screening support; not a diagnosis." in window.about_text()


def test_english_shows_the_english_guide(in_language, make_window, qtbot):
    in_language("en")
    window = make_window(wait_for_model=False)
    shown = open_guide(window, qtbot)
    assert "cxrviewer — guide for clinicians" in shown.splitlines() and "Traduction" not in shown


@pytest.mark.parametrize("name", ["user_guide.md", "user_guide.fr.md", "user_guide.es.md", "user_guide.pt.md",
                                  "user_guide.ru.md", "user_guide.zh_CN.md"])
def test_every_guide_renders_without_markdown_left_over(name, qapp):
    """Qt renders each guide whole: no "**" or "`" left as text (Chinese punctuation next to "**" can stop
    CommonMark from closing the bold), every table rendered."""
    from PySide6.QtGui import QTextDocument

    markdown = (ROOT / "docs" / name).read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(markdown)
    text = document.toPlainText()
    left = [line for line in text.splitlines() if "*" in line or "`" in line]
    assert not left, left
    assert text.count("Ctrl+0") == 1 and "| F2 |" not in text  # the keys' table is a table
