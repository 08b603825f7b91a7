"""The core's and the CLI's sentences in the clinic's language (gettext, no Qt): the catalogues hold every
marked sentence, translated; the CLI speaks French with LANG=fr_FR.UTF-8 while its log stays English."""

from __future__ import annotations

import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "assets" / "locale"
LANGUAGES = ("fr", "es", "pt", "ru", "zh_CN")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
SOURCES = ["cxrviewer/core", "cxrviewer/cli.py", "cxrviewer/cli_admin.py", "cxrviewer/cli_review.py", "cxrviewer/cli_support.py",
           "cxrviewer/cli_adapt.py", "cxrviewer/i18n.py"]


def test_language_choice_follows_setting_then_environment_then_system():
    from cxrviewer.i18n import choose_language, normalise

    assert choose_language("ru", {"LANG": "fr_FR.UTF-8"}) == "ru"
    assert choose_language(None, {"LANG": "fr_FR.UTF-8"}) == "fr"
    assert choose_language(None, {"LC_ALL": "es_MX.UTF-8", "LANG": "fr_FR.UTF-8"}) == "es"
    assert choose_language(None, {"LANGUAGE": "de:pt_BR", "LANG": "fr_FR"}) == "pt"
    assert choose_language(None, {"LANG": "C.UTF-8"}, system="fr_FR") == "en"
    assert choose_language(None, {}, system="zh_CN") == "zh_CN"
    assert choose_language("xx", {}) == "en"
    assert normalise("zh_TW.UTF-8") is None and normalise("zh-Hans-CN") == "zh_CN"


def test_english_core_sentences_are_unchanged_and_logs_keep_english():
    from cxrviewer import i18n
    from cxrviewer.core.errors import UnsupportedImage

    try:
        i18n.setup("fr")
        error = UnsupportedImage()
        assert error.user_message == str(error) == "Ce fichier n’est pas une image que cxrviewer peut ouvrir (utilisez PNG, JPEG ou DICOM)."
        assert error.english_message == UnsupportedImage.default_message
        assert i18n.percent("97") == "97\u00a0%" and i18n.percent("59.4") == "59,4\u00a0%"
    finally:
        i18n.setup("en")
    assert str(UnsupportedImage()) == "This file is not an image cxrviewer can open (use PNG, JPEG or DICOM)."
    assert i18n.percent("59.4") == "59.4%"


def test_a_refusal_with_details_is_translated_with_them_and_logged_in_english():
    from cxrviewer import i18n
    from cxrviewer.core.errors import ImageTooSmall, _
    from cxrviewer.core.image.dicom import DicomNotChestXray
    from cxrviewer.core.model.card import DAMAGED_CARD

    def small():
        return ImageTooSmall(_("This image is too small to assess ({width} x {height} pixels; at least {minimum} needed).").format(
            width=40, height=30, minimum=64))

    def ct():
        return DicomNotChestXray(_("This DICOM file is {what}, not a chest X-ray.").format(what=_("a CT scan")))

    def card():
        return ImageTooSmall(_(DAMAGED_CARD).format(problem=_("{what} is not a number").format(what=_("the threshold"))))

    english = small().user_message, ct().user_message, card().user_message
    assert english[0] == "This image is too small to assess (40 x 30 pixels; at least 64 needed)."
    assert english[1] == "This DICOM file is a CT scan, not a chest X-ray."
    assert english[2].startswith("The screening model's description file (model_card.json) is damaged: the threshold is not a number.")
    try:
        i18n.setup("fr")
        errors = small(), ct(), card()
        assert errors[0].user_message == "Cette image est trop petite pour être évaluée (40 x 30 pixels\u00a0; il en faut au moins 64)."
        assert errors[1].user_message == "Ce fichier DICOM est un examen de scanner (TDM), pas une radiographie thoracique."
        assert "le seuil n’est pas un nombre" in errors[2].user_message
        assert tuple(e.english_message for e in errors) == english  # the log's sentence, details filled in
        assert all(type(e.user_message) is str for e in errors)
    finally:
        i18n.setup("en")


def _extracted() -> set[str]:
    extract = pytest.importorskip("babel.messages.extract", reason="Babel (the dev extra) checks the catalogues")
    ids = set()
    for source in SOURCES:
        path = ROOT / source
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            with open(file, "rb") as handle:
                for _line, _func, message, _comments in extract.extract_python(handle, extract.DEFAULT_KEYWORDS.keys(), [], {}):
                    if isinstance(message, str) and message:
                        ids.add(message)
    return ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_and_cli_sentence_is_translated(language):
    pofile = pytest.importorskip("babel.messages.pofile", reason="Babel (the dev extra) checks the catalogues")
    wanted = _extracted()
    with open(LOCALE / language / "LC_MESSAGES" / "cxrviewer.po", "rb") as handle:
        catalogue = pofile.read_po(handle)
    have = {m.id: m for m in catalogue if m.id}
    missing = sorted(wanted - set(have))
    assert not missing, f"sentences missing from {language}.po (pybabel extract/update): {missing[:5]}"
    assert not sorted(set(have) - wanted), f"obsolete sentences in {language}.po: {sorted(set(have) - wanted)[:5]}"
    mo = gettext.GNUTranslations(open(LOCALE / language / "LC_MESSAGES" / "cxrviewer.mo", "rb"))
    for msgid, message in have.items():
        assert message.string and not message.fuzzy, f"{language}: untranslated or fuzzy: {msgid!r}"
        assert sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(message.string)), msgid
        assert mo.gettext(msgid) == message.string, f"{language}.mo is older than its .po (pybabel compile)"


def _cli(*args: str, lang: str, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, CXRVIEWER_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "cxrviewer", *args], capture_output=True, text=True, timeout=120, env=env)


def test_cli_says_a_core_sentence_in_french_and_logs_it_in_english(tmp_path):
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("not an image")
    result = _cli("analyze", str(not_an_image), lang="fr_FR.UTF-8", home=tmp_path / "home")
    assert result.returncode == 1, result.stderr
    assert "Ce fichier n’est pas une image que cxrviewer peut ouvrir (utilisez PNG, JPEG ou DICOM)." in result.stdout
    assert "ERREUR" in result.stdout and "Aide au dépistage" in result.stdout

    missing = _cli("analyze", "--model", str(tmp_path / "no-model"), str(not_an_image), lang="fr_FR.UTF-8", home=tmp_path / "home")
    assert missing.returncode == 3
    assert missing.stderr.startswith("erreur\u00a0: ") and "dossier du modèle\u00a0:" in missing.stderr
    logs = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "home" / "logs").glob("*.log*"))
    assert "refused" in logs and "erreur" not in logs and "modèle" not in logs


def test_cli_setting_wins_over_lang_and_english_is_unchanged(tmp_path):
    from cxrviewer.core.config import Settings, save_settings

    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("not an image")
    english = _cli("analyze", str(not_an_image), lang="C.UTF-8", home=tmp_path / "home")
    assert f"{not_an_image}: ERROR This file is not an image cxrviewer can open (use PNG, JPEG or DICOM)." in english.stdout
    save_settings(Settings(language="es"), tmp_path / "home" / "config")
    spanish = _cli("analyze", str(not_an_image), lang="fr_FR.UTF-8", home=tmp_path / "home")
    assert "Este archivo no es una imagen que cxrviewer pueda abrir" in spanish.stdout
