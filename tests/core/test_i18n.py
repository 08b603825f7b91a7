"""The core's and the CLI's sentences in the clinic's language (gettext, no Qt): the catalogues hold every
marked sentence, translated; the CLI speaks French with LANG=fr_FR.UTF-8 while its log stays English."""

from __future__ import annotations

import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
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


def test_core_sentences_built_with_details_are_translated_and_keep_english():
    """Refusals and report sentences of the admin, review, screening and lung layers: French on screen, the
    English (with the same details) for the log, the JSON and the model card."""
    from cxrviewer import i18n
    from cxrviewer.core.admin import auth
    from cxrviewer.core.admin.datacheck import DataCheckReport, _refusal
    from cxrviewer.core.admin.reviewed_set import ReviewedSet
    from cxrviewer.core.errors import _, english
    from cxrviewer.core.lungs.segmenter import CUT_OFF_AT, LungsCutOff
    from cxrviewer.core.review.decisions import ReviewError, clean_reviewer_name
    from cxrviewer.core.review.figures import Rate
    from cxrviewer.core.screening.batch import FolderNotFound, find_images

    def sentences(tmp: Path) -> list:
        report = DataCheckReport(data=tmp, labelling="folders", items=[])
        with pytest.raises(ReviewError) as too_long:
            clean_reviewer_name("x" * 200)
        with pytest.raises(FolderNotFound) as missing:
            find_images(tmp / "nowhere")
        return [auth.wait_words(4.2), auth.wait_words(1), auth.TooManyAttempts(300).english_message, too_long.value,
                missing.value, _refusal(report, 20), report.summary_lines()[0], Rate(8, 10).words(),
                ReviewedSet(images=[], missing=[None]).words(), LungsCutOff(_(CUT_OFF_AT["left"]))]

    tmp = Path("/nonexistent-cxr")
    english_texts = [str(s) for s in sentences(tmp)]
    assert english_texts[:3] == ["5 seconds", "1 second", "Too many wrong passphrases. Try again in 5 minutes."]
    assert english_texts[7] == "80% (95% CI 49–94%; 8 of 10)"
    assert english_texts[8] == "0 reviewed images can be used (0 abnormal, 0 normal); refused: 1 missing"
    try:
        i18n.setup("fr")
        french = sentences(tmp)
        assert french[0] == "5\u00a0secondes" and french[1] == "1\u00a0seconde"
        assert french[2] == english_texts[2]  # english_message: what the log gets
        assert french[3].user_message == "Le nom du relecteur est trop long (80\u00a0caractères au plus)."
        assert french[3].english_message == "The reviewer's name is too long (at most 80 characters)."
        assert french[4].user_message == f"Ce dossier n’existe pas ou ne peut pas être ouvert\u00a0: {tmp / 'nowhere'}"
        assert french[5].startswith("Pas assez d’images pour entraîner") and english(french[5]).startswith("Not enough images")
        assert french[6] == "Étiquetage\u00a0: des sous-dossiers nommés normal / abnormal."
        assert french[7] == "80\u00a0% (IC à 95\u00a0% 49–94\u00a0%\u00a0; 8 sur 10)" and english(french[7]) == english_texts[7]
        assert "introuvables\u00a0: 1" in french[8] and english(french[8]) == english_texts[8]
        assert "coupée au bord gauche" in str(french[9]) and "cut off at the left edge" in french[9].english_message
        i18n.setup("ru")
        assert str(auth.wait_words(40)) == "40\u00a0с" and "Повторите через 5\u00a0мин" in str(auth.TooManyAttempts(300))
    finally:
        i18n.setup("en")


def test_a_local_check_reason_is_translated_on_screen_and_english_in_the_json():
    from cxrviewer import i18n
    from cxrviewer.core.admin.local_check import run_local_check

    rng = np.random.default_rng(0)
    y = np.array([0, 1] * 30)
    z = rng.normal(size=60) + y
    embeddings = rng.normal(size=(60, 4))

    def reason():
        check = run_local_check(z, embeddings, y, [str(i) for i in range(60)], 1 / (1 + np.exp(-z)), 0.5,
                                recipe="recalibrate", rounds=200)
        return check.reason, check.to_dict()["reason"]

    english_reason, english_json = reason()
    assert english_reason == english_json and english_reason.startswith(("Not enough evidence", "The adapted model ranks"))
    try:
        i18n.setup("fr")
        french_reason, french_json = reason()
    finally:
        i18n.setup("en")
    assert french_reason.startswith(("Preuves insuffisantes", "Le modèle adapté classe mieux")) and "95\u00a0%" in french_reason
    assert french_json == english_json  # data (the candidate's card, the CLI's JSON) stays English


def test_cli_screen_and_selftest_say_their_summary_in_french_and_log_in_english(tmp_path, model_dir):
    from cxrviewer.core.model.selftest import synthetic_chest_png

    folder = tmp_path / "xrays"
    folder.mkdir()
    (folder / "chest.png").write_bytes(synthetic_chest_png())
    (folder / "notes.txt").write_text("not an image")
    home = tmp_path / "home"
    english = _cli("screen", str(folder), "--model", str(model_dir), lang="C.UTF-8", home=tmp_path / "english")
    assert english.returncode == 1, english.stderr
    lines = english.stdout.splitlines()
    assert lines[1:7] == ["  scored now:                 1", "  already scored (skipped):   0", "  failed:                     1",
                          "  review recommended:         0 of 1 scored", "Failed files:",
                          f"  {folder / 'notes.txt'}: This file is not an image cxrviewer can open (use PNG, JPEG or DICOM)."]
    assert re.fullmatch(r"2 of 2 images in \d+\.\d s with \S+ \S+ \(threshold \d+\.\d%\):", lines[0]), lines[0]

    french = _cli("screen", str(folder), "--model", str(model_dir), lang="fr_FR.UTF-8", home=home)
    assert french.returncode == 1, french.stderr
    lines = french.stdout.splitlines()
    assert re.fullmatch(r"Images\u00a0: 2 sur 2 en \d+,\d\u00a0s avec \S+ \S+ \(seuil \d+,\d\u00a0%\)\u00a0:", lines[0]), lines[0]
    assert lines[1:6] == ["  évaluées maintenant\u00a0:        1", "  déjà évaluées (ignorées)\u00a0:   0",
                          "  en échec\u00a0:                   1", "  relecture recommandée\u00a0:      0 sur 1 avec un score",
                          "Fichiers en échec\u00a0:"]
    assert f"{folder / 'notes.txt'}\u00a0: Ce fichier n’est pas une image que cxrviewer peut ouvrir" in lines[6]
    assert "Aide au dépistage\u00a0; ne constitue pas un diagnostic." in lines[-1]

    selftest = _cli("selftest", lang="fr_FR.UTF-8", home=home)
    assert selftest.returncode == 0, selftest.stderr
    assert "contrôle «\u00a0radiographie thoracique\u00a0»\u00a0: activé" in selftest.stdout
    assert selftest.stdout.rstrip().endswith("autotest réussi")
    assert _cli("selftest", lang="ru_RU.UTF-8", home=home).stdout.rstrip().endswith("самопроверка пройдена")

    logs = "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("*.log*"))
    assert "This file is not an image cxrviewer can open" in logs and "completed" in logs
    assert not any(french_word in logs for french_word in ("Ce fichier", "évaluées", "autotest", "самопроверка"))


def test_cli_columns_line_up_in_every_script():
    from cxrviewer.cli_support import display_width, pad

    assert display_width("已评分（跳过）：") == 16 and display_width("déjà évaluées\u00a0:") == 15
    assert pad("失败：", 10) == "失败：    " and pad("scored now:", 14) == "scored now:   "
