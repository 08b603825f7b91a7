"""The first page of the administration window: ask for the passphrase, or say how IT sets one.

The passphrase is set when cxrviewer is installed (``install.sh`` runs ``cxrviewer-cli set-passphrase``),
never here: on a shared computer the first person to open this window would otherwise own it. Until one is
set, this page shows the exact command for this installation and administration stays closed. Wrong
passphrases are slowed down (``auth.unlock``); while a try must wait, the entry is disabled with a countdown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cxrviewer.core.admin import auth
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.widgets import MessageLabel

WRONG = QT_TRANSLATE_NOOP("AuthPage", "That passphrase is not correct. Please try again.")  # English; shown through tr()


class AuthPage(QWidget):
    """Passphrase entry. ``passphrase_accepted`` is emitted once the passphrase is verified.

    ``state`` is "unset" (no passphrase yet: the command to set one is shown), "waiting" (too many
    wrong tries: a countdown) or "ready".
    """

    passphrase_accepted = Signal()

    def __init__(self, config_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.state = "ready"
        self.auth_title = QLabel()
        self.auth_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.auth_text = QLabel()
        self.auth_text.setWordWrap(True)
        self.command_label = QLabel()  # the command IT runs to set the passphrase; selectable, to copy it
        self.command_label.setObjectName("set_passphrase_command")
        self.command_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.command_label.setWordWrap(True)
        self.command_label.setStyleSheet("background: palette(base); color: palette(text); "
                                         "border: 1px solid palette(mid); padding: 8px;")
        self.after_text = QLabel()
        self.after_text.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_label = QLabel(self.tr("Passphrase:"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.check_again_button = QPushButton(self.tr("Check again"))
        self.check_again_button.clicked.connect(self._check_again)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.auth_message = MessageLabel()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase_edit)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.auth_title)
        box.addWidget(self.auth_text)
        box.addWidget(self.command_label)
        box.addWidget(self.after_text)
        box.addLayout(form)
        box.addWidget(self.auth_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_again_button)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        box.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Keep Enter here: the passphrase field hands it on after unlocking, and the dialog would then press
        whichever button of the page behind now has the focus."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def prepare(self, note: str = "") -> None:
        """Ask for the passphrase, or explain how IT sets one; ``note`` says why the window is locked."""
        self.passphrase_edit.clear()
        self.auth_message.show_message("")
        if not auth.is_passphrase_set(self.config_dir):
            self._show_unset()
            return
        self.state = "ready"
        self._countdown.stop()
        self.passphrase_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.auth_title.setText(self.tr("Administrator passphrase"))
        self.auth_text.setText(self.tr("Enter the administrator passphrase to manage the screening model."))
        self._show_entry(True)
        self.auth_message.show_message(note, "info")
        self._wait_if_needed(note)
        if self.state == "ready":
            self.passphrase_edit.setFocus()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.auth_message.show_message(text, kind)

    def _show_entry(self, entry: bool) -> None:
        for widget in (self.passphrase_label, self.passphrase_edit, self.unlock_button):
            widget.setVisible(entry)
        for widget in (self.command_label, self.after_text, self.check_again_button):
            widget.setVisible(not entry)
        self.unlock_button.setDefault(entry)
        self.check_again_button.setDefault(not entry)

    def _show_unset(self, damaged: str = "") -> None:
        """No passphrase (or a damaged one): say who sets it, and how, for this installation."""
        self.state = "unset"
        self._countdown.stop()
        self.auth_title.setText(self.tr("Administration is closed"))
        if damaged:
            self.auth_text.setText(self.tr("{reason} Administration stays closed until then. Your IT contact runs this "
                                           "command in a terminal on this computer:").format(reason=damaged))
        else:
            self.auth_text.setText(self.tr(
                "No administrator passphrase has been set for this installation, so administration stays closed. "
                "The passphrase is set when cxrviewer is installed, not in this window. To set it, your IT contact "
                "runs this command in a terminal on this computer:"))
        self.command_label.setText(auth.set_passphrase_command() + (" --replace" if damaged else ""))
        self.after_text.setText(self.tr("It asks for the new passphrase twice. Then press “{button}”. "
                                        "Viewing and screening work as usual meanwhile.").format(
            button=self.check_again_button.text().replace("&", "")))
        self._show_entry(False)
        self.check_again_button.setFocus()

    @Slot()
    def _check_again(self) -> None:
        self.prepare()
        if self.state == "unset":
            self.auth_message.show_message(self.tr("Still no passphrase is set for this installation."), "info")

    def _wait_if_needed(self, note: str = "") -> None:
        """Disable the entry and count down while a try must wait after several wrong ones."""
        wait = auth.seconds_to_wait(self.config_dir)
        if wait <= 0:
            return
        self.state = "waiting"
        self.passphrase_edit.clear()
        self.passphrase_edit.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self._show_wait(wait, note)
        self._countdown.start()

    def _show_wait(self, wait: float, note: str = "") -> None:
        lead = f"{note} " if note and note != WRONG else (self.tr("That passphrase is not correct. ") if note == WRONG else "")
        waiting = self.tr("Too many wrong passphrases: you can try again in {wait}.").format(wait=auth.wait_words(wait))
        self.auth_message.show_message(lead + waiting, "error")

    @Slot()
    def _tick(self) -> None:
        wait = auth.seconds_to_wait(self.config_dir)
        if wait > 0:
            self._show_wait(wait)
            return
        self._countdown.stop()
        self.state = "ready"
        self.passphrase_edit.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.auth_message.show_message(self.tr("You can try again now."), "info")
        self.passphrase_edit.setFocus()

    @Slot()
    def _unlock(self) -> None:
        if self.state != "ready":
            return
        passphrase = self.passphrase_edit.text()
        try:
            if not auth.is_passphrase_set(self.config_dir):
                self._show_unset()
                return
            accepted = auth.unlock(passphrase, self.config_dir)
        except auth.TooManyAttempts:
            self._wait_if_needed()
            return
        except auth.PassphraseError as exc:
            self._show_unset(damaged=exc.user_message)
            return
        except CxrError as exc:
            self.auth_message.show_message(exc.user_message, "error")
            return
        if not accepted:
            self.passphrase_edit.selectAll()
            self.auth_message.show_message(self.tr(WRONG), "error")
            self._wait_if_needed(WRONG)
            return
        self.passphrase_edit.clear()
        self.auth_message.show_message("")
        self.passphrase_accepted.emit()
