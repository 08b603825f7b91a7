"""The language of what cxrviewer says: chosen once at start, shared by the CLI and the GUI.

The choice, in order: the ``language`` of the clinical settings (``core.config``; the GUI's
Language menu writes it), then the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``),
then the system locale the caller passes (the GUI passes ``QLocale.system()``), then English.

Two catalogues, one choice: the core's and the CLI's sentences through stdlib ``gettext`` (compiled
``.mo`` files under ``assets/locale``, no Babel at run time), the GUI's through Qt's ``QTranslator``
(``.qm`` files under ``assets/i18n``, loaded by ``cxrviewer.qt.app``). Log files stay in English:
``CxrError.english_message`` keeps the English sentence. No Qt here.
"""

from __future__ import annotations

import gettext
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from cxrviewer.core import errors

log = logging.getLogger(__name__)

DOMAIN = "cxrviewer"
ENGLISH = "en"
# code -> the language's own name (shown in the Language menu as is, never translated)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ru": "Русский",
    "zh_CN": "简体中文",
}
# Qt ships its own dialogs' translations under these names (there is no qtbase_pt, only pt_BR)
QT_CATALOGUE = {"fr": "fr", "es": "es", "pt": "pt_BR", "ru": "ru", "zh_CN": "zh_CN"}
# the percent sign as written in each language (CLDR): "97 %" in French, with a no-break space
PERCENT_PATTERN = {"en": "{}%", "fr": "{}\u00a0%", "es": "{}\u00a0%", "pt": "{}%", "ru": "{}\u00a0%", "zh_CN": "{}%"}
DECIMAL_POINT = {"en": ".", "fr": ",", "es": ",", "pt": ",", "ru": ",", "zh_CN": "."}
# a date with the time, as Qt's QLocale writes it in each language (the month's name from the locale); English keeps
# strftime's "12 Mar 2025 14:02"
DATE_TIME_PATTERN = {"zh_CN": "yyyy年M月d日 HH:mm"}
DEFAULT_DATE_TIME_PATTERN = "d MMM yyyy HH:mm"

_current = ENGLISH
_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def normalise(code: str | None) -> str | None:
    """A supported language code for a locale name ("fr_FR.UTF-8" -> "fr", "zh-Hans-CN" -> "zh_CN"), else None."""
    if not code:
        return None
    name = code.split(".")[0].split("@")[0].replace("-", "_")
    if name in ("C", "POSIX"):
        return ENGLISH
    parts = name.split("_")
    base = parts[0].lower()
    if base == "zh":
        # Simplified Chinese only: Taiwan and Hong Kong write the traditional characters
        return None if any(p.upper() in ("TW", "HK", "MO", "HANT") for p in parts[1:]) else "zh_CN"
    return base if base in LANGUAGES else None


def choose_language(setting: str | None = None, environ: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """The language to use: the setting if supported, else the environment's, else ``system``'s, else English."""
    chosen = normalise(setting)
    if chosen:
        return chosen
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for candidate in value.split(":"):  # LANGUAGE is a list: "fr:en"
            found = normalise(candidate)
            if found:
                return found
        break  # the first variable set decides, as in the C library
    return normalise(system) or ENGLISH


def configured_language() -> str | None:
    """The language chosen in the clinical settings (None: follow the system); never raises."""
    try:
        import platformdirs

        from cxrviewer.core.config import SETTINGS_NAME, load_settings

        home = os.environ.get("CXRVIEWER_HOME")  # as cxrviewer.paths, but never creating the folder
        folder = Path(home) / "config" if home else Path(platformdirs.user_config_dir("cxrviewer", appauthor=False))
        return load_settings(folder).language if (folder / SETTINGS_NAME).is_file() else None
    except OSError as exc:
        log.warning("settings not readable for the language (%s); following the system", exc)
        return None


def locale_dir() -> Path:
    from cxrviewer.paths import asset_path

    return asset_path("locale")


def setup(language: str | None = None, system: str | None = None) -> str:
    """Choose the language (``language`` if given, else as ``choose_language`` says) and install the
    gettext catalogue for the core and the CLI. Returns the language code in use."""
    global _current, _catalogue
    code = normalise(language) or choose_language(configured_language(), system=system)
    catalogue: gettext.NullTranslations = gettext.NullTranslations()
    if code != ENGLISH:
        try:
            catalogue = gettext.translation(DOMAIN, str(locale_dir()), languages=[code])
        except OSError as exc:
            log.error("no %s catalogue (%s); English is used", code, exc)
            code = ENGLISH
    _current, _catalogue = code, catalogue
    errors.use_catalogue(catalogue)
    return code


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """A CLI sentence in the chosen language (English until ``setup`` chose another)."""
    return _catalogue.gettext(message)


def localized_path(path: Path, language: str | None = None) -> Path:
    """The translation of a shipped document beside ``path`` ("user_guide.md" -> "user_guide.fr.md",
    "disclaimer.txt" -> "disclaimer.zh_CN.txt") for ``language`` (default: the one in use) when it exists,
    else ``path`` itself: English is the reference and the fallback."""
    code = language or _current
    if code != ENGLISH:
        translated = path.with_name(f"{path.stem}.{code}{path.suffix}")
        if translated.is_file():
            return translated
    return path


def decimal(number: str, language: str | None = None) -> str:
    """``number`` (already formatted, "12.5") with the language's decimal point ("12,5" in French)."""
    code = language or _current
    return number if code == ENGLISH else number.replace(".", DECIMAL_POINT.get(code, "."))


def percent(number: str, language: str | None = None) -> str:
    """``number`` (already formatted, "97" or "59.4") with the percent sign as the language writes it."""
    code = language or _current
    if code == ENGLISH:
        return PERCENT_PATTERN[ENGLISH].format(number)
    return PERCENT_PATTERN.get(code, "{}%").format(number.replace(".", DECIMAL_POINT.get(code, ".")))
