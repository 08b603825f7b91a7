"""The user guide and the disclaimer in the clinic's language: every translation follows the English guide's
structure (so that a section added to the English guide alone fails here), names the app's menu entries with the
words of the translated app (assets/i18n/*.ts), starts with the review note, and ships as the English files do.
``i18n.localized_path`` chooses the file, English where a translation is missing. No Qt here."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxrviewer import i18n

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
ASSETS = ROOT / "assets"
LANGUAGES = ("fr", "es", "pt", "ru", "zh_CN")
# words of the review note each translated guide opens with (a native-speaking clinician must review it)
REVIEW_NOTE = {"fr": "clinicien", "es": "clínico", "pt": "clínico", "ru": "врач", "zh_CN": "临床医生"}
# (context, English source) of the app's words the guide names: menus, buttons, flags, the panel's sentences
APP_WORDS = [
    ("MainWindow", "&File"), ("MainWindow", "&Open…"), ("MainWindow", "Screen &folder…"), ("MainWindow", "&View"),
    ("MainWindow", "&Tools"), ("MainWindow", "&Help"), ("MainWindow", "&Administration…"), ("MainWindow", "&Next image"),
    ("MainWindow", "&Previous image"), ("LanguageMenu", "&Language"), ("LanguageMenu", "System language"),
    ("UserGuideAction", "&User guide"), ("ReadingActions", "&Keyboard shortcuts"), ("ReadingActions", "Window/level"),
    ("ReadingActions", "&Invert"), ("ReadingActions", "R&eset view"), ("Windowing", "Default (from file)"),
    ("Windowing", "Full range"), ("Windowing", "Lung"), ("Windowing", "Soft tissue"), ("Windowing", "Bone"),
    ("ReportActions", "&Export report…"), ("ReportActions", "&Print…"), ("RunSummaryExport", "Export summary (PDF)…"),
    ("FilterExportBar", "Export CSV…"), ("FilterExportBar", "Flagged only"), ("FilterExportBar", "Not yet reviewed"),
    ("WorklistDock", "&Worklist"), ("Worklist", "Read manually"), ("Worklist", "Decision"), ("HistoryBar", "History"),
    ("HistoryBar", "Resume"), ("ScreeningProgress", "Cancel"), ("ResultPanel", "Review recommended"),
    ("ResultPanel", "Below review threshold"), ("ResultPanel", "No score: read this image manually"), ("ResultPanel", "Heatmap"),
    ("ResultPanel", "Abnormal"), ("ResultPanel", "Normal"), ("ResultPanel", "Not readable"),
    ("ResultPanel", "For screening support; not a diagnosis."), ("ReviewBox", "Your decision"), ("ReviewBox", "History…"),
    ("ReviewerDialog", "Add reviewer…"), ("LocalCheckLine", "Not yet checked at this clinic"), ("Report", "Not yet reviewed"),
    ("AdminDialog", "Clinician reviews"), ("AdminDialog", "Adapt to this clinic"),
]
HEADING = re.compile(r"^(#{1,6}) (.+)$")
LIST_ITEM = re.compile(r"^\s*(?:\d+\.|[-*]) ")
CODE = re.compile(r"`([^`]+)`")


def guide(language: str = "en") -> Path:
    return DOCS / ("user_guide.md" if language == "en" else f"user_guide.{language}.md")


def shown(text: str) -> str:
    """As the app shows it: no accelerator ("&File", "文件(&F)"), single spaces, no-break spaces as spaces."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return " ".join(text.replace("\u00a0", " ").split())


def structure(path: Path) -> list[tuple[int, int, int]]:
    """Per heading: its level, the list items and the table rows under it (before the next heading)."""
    sections: list[list[int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = HEADING.match(line)
        if match:
            sections.append([len(match.group(1)), 0, 0])
        elif sections and LIST_ITEM.match(line):
            sections[-1][1] += 1
        elif sections and line.startswith("|"):
            sections[-1][2] += 1
    return [tuple(section) for section in sections]


def headings(path: Path) -> list[str]:
    return [shown(m.group(2)) for line in path.read_text(encoding="utf-8").splitlines() if (m := HEADING.match(line))]


def app_words(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the committed .ts (the words the translated app shows)."""
    words = {}
    for context in ET.parse(ASSETS / "i18n" / f"cxrviewer_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            words[(context.findtext("name"), message.findtext("source"))] = message.findtext("translation") or ""
    return words


# ---- choosing the file -------------------------------------------------------------------------------


def test_localized_path_takes_the_translation_and_falls_back_to_english(tmp_path):
    english = tmp_path / "user_guide.md"
    english.write_text("# Guide", encoding="utf-8")
    (tmp_path / "user_guide.fr.md").write_text("# Guide (fr)", encoding="utf-8")
    (tmp_path / "notes.zh_CN.txt").write_text("说明", encoding="utf-8")
    assert i18n.localized_path(english, "fr") == tmp_path / "user_guide.fr.md"
    assert i18n.localized_path(english, "ru") == english  # no Russian file: English
    assert i18n.localized_path(english, "en") == english
    assert i18n.localized_path(tmp_path / "notes.txt", "zh_CN") == tmp_path / "notes.zh_CN.txt"


def test_localized_path_follows_the_language_in_use(tmp_path, monkeypatch):
    english = tmp_path / "disclaimer.txt"
    english.write_text("For screening support; not a diagnosis.", encoding="utf-8")
    (tmp_path / "disclaimer.fr.txt").write_text("Aide au dépistage", encoding="utf-8")
    monkeypatch.setattr(i18n, "_current", "fr")  # as i18n.setup("fr") leaves it
    assert i18n.localized_path(english) == tmp_path / "disclaimer.fr.txt"
    monkeypatch.setattr(i18n, "_current", "en")
    assert i18n.localized_path(english) == english


# ---- the translations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_guide_has_the_english_structure(language):
    """Same headings (levels, in order), list items and table rows per section as the English guide: a section,
    a step or a key added to one guide only fails here until every translation has it too."""
    english, translated = structure(guide()), structure(guide(language))
    assert len(translated) == len(english), (
        f"user_guide.{language}.md has {len(translated)} headings, the English guide {len(english)}: translate the new section")
    for number, (mine, reference) in enumerate(zip(translated, english, strict=True), start=1):
        assert mine == reference, (
            f"user_guide.{language}.md, heading {number}: (level, list items, table rows) {mine}, English {reference}")


def opening_warnings(path: Path) -> list[str]:
    """The bold passages between the guide's title and its first section: what it is, that it is not a diagnosis,
    what it misses, where the language is set."""
    text = path.read_text(encoding="utf-8")
    opening = text.split("\n# ", 1)[-1].split("\n## ", 1)[0]
    return re.findall(r"\*\*[^*]+\*\*", opening)


def test_the_english_guide_warns_that_a_single_small_nodule_is_often_missed():
    assert any("nodule" in warning and "missed" in warning for warning in opening_warnings(guide()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_guide_opens_with_the_english_warnings(language):
    """A warning added to the English opening (such as the missed nodules) fails here until every guide has it."""
    assert len(opening_warnings(guide(language))) == len(opening_warnings(guide())) == 4


# how each guide writes "about 0.76"
ABOUT = {"en": "about {}", "fr": "environ {}", "es": "alrededor de {}", "pt": "cerca de {}", "ru": "около {}",
         "zh_CN": "约为 {}"}


@pytest.mark.parametrize("language", ABOUT)
def test_every_guide_quotes_the_bundled_models_figure_for_a_new_hospital(language):
    """The figure the app quotes for a hospital the model has never seen (the bundled card's) and the model's
    version are in every guide, with the language's decimal separator: a new model fails here until they are."""
    card = json.loads((ROOT / "models" / "model_card.json").read_text(encoding="utf-8"))
    figure = f"{card['evaluation']['expected_at_new_hospital']['auc_mean']:.2f}"
    if language not in ("en", "zh_CN"):
        figure = figure.replace(".", ",")
    text = " ".join(guide(language).read_text(encoding="utf-8").split())
    assert ABOUT[language].format(figure) in text
    assert ".".join(card["version"].split(".")[:2]) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_guides_keep_the_commands_and_start_with_the_review_note(language):
    text = guide(language).read_text(encoding="utf-8")
    english = guide().read_text(encoding="utf-8")
    assert sorted(shown(c) for c in CODE.findall(text)) == sorted(shown(c) for c in CODE.findall(english))  # never translated
    first = text.lstrip().splitlines()[0]
    assert first.startswith("> **") and REVIEW_NOTE[language] in text.split("\n\n")[0], first  # before the title


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_guides_name_the_apps_words_as_the_translated_app_shows_them(language):
    text = shown(guide(language).read_text(encoding="utf-8"))
    words = {key: key[1] for key in APP_WORDS} if language == "en" else app_words(language)
    missing = [(key[1], words.get(key)) for key in APP_WORDS if key not in words or shown(words[key]).rstrip(".") not in text]
    assert not missing, f"user_guide.{language}.md does not name these as the app does (English, app's words): {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_local_check_tooltip_names_a_heading_of_the_guide(language):
    """The result panel's tooltip sends the reader to the guide's section "Is the model checked at this clinic?"."""
    source = next(s for (c, s) in app_words(language) if c == "LocalCheckLine" and "user guide" in s)
    for words, path in ((app_words(language)[("LocalCheckLine", source)], guide(language)), (source, guide())):
        title = re.search(r"[“«]\s*(.+?)\s*[”»]", words.replace("\u00a0", " ")).group(1)
        assert shown(title) in headings(path), (title, headings(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_disclaimer_is_translated_with_the_apps_words(language):
    disclaimer = (ASSETS / f"disclaimer.{language}.txt").read_text(encoding="utf-8")
    english = (ASSETS / "disclaimer.txt").read_text(encoding="utf-8")
    words = app_words(language)
    assert disclaimer.split("\n\n")[0].strip() == words[("ResultPanel", "For screening support; not a diagnosis.")]
    assert words[("ResultPanel", "Review recommended")] in disclaimer
    assert len(disclaimer.strip().split("\n\n")) == len(english.strip().split("\n\n"))


# ---- shipped as the English files are -----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_ship_as_package_resources(language):
    """assets/ (the package's ``cxrviewer/assets``) holds each guide, a link to docs/ as the English one, and each
    disclaimer; the wheel takes ``assets/*`` and the frozen bundle every file of assets/ (build.spec)."""
    from cxrviewer.paths import asset_path

    assert asset_path(f"user_guide.{language}.md").read_text(encoding="utf-8") == guide(language).read_text(encoding="utf-8")
    assert (ASSETS / f"user_guide.{language}.md").is_symlink()  # one text: docs/ is the source
    assert asset_path(f"disclaimer.{language}.txt").is_file()
    assert i18n.localized_path(asset_path("user_guide.md"), language) == asset_path(f"user_guide.{language}.md")
    assert i18n.localized_path(asset_path("disclaimer.txt"), language) == asset_path(f"disclaimer.{language}.txt")
    assert '"assets/*"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '("models", "assets")' in (ROOT / "build.spec").read_text(encoding="utf-8")
