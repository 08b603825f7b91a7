"""The first page of the administration window: set the passphrase the first time, ask for it every other time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cxrviewer.core.admin import audit, auth
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.widgets import MessageLabel


class AuthPage(QWidget):
    """Passphrase entry. ``passphrase_accepted`` is emitted once the passphrase is set or verified."""

    passphrase_accepted = Signal()

    def __init__(self, config_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.first_use = False
        self.auth_title = QLabel()
        self.auth_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.auth_text = QLabel()
        self.auth_text.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setObjectName("passphrase")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setObjectName("passphrase_repeat")
        self.repeat_label = QLabel("Type it again:")
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.repeat_edit.returnPressed.connect(self._unlock)
        self.auth_message = MessageLabel()

        form = QFormLayout()
        form.addRow("Passphrase:", self.passphrase_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.auth_title)
        box.addWidget(self.auth_text)
        box.addLayout(form)
        box.addWidget(self.auth_message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        box.addStretch(2)

    def prepare(self) -> None:
        """Ask to set a passphrase if none is set yet, else for the one that is; focus the entry field."""
        first_use = not auth.is_passphrase_set(self.config_dir)
        self.first_use = first_use
        if first_use:
            self.auth_title.setText("Set the administrator passphrase")
            self.auth_text.setText(
                "Only administrators may change the screening model. Choose a passphrase of at least "
                f"{auth.MIN_LENGTH} characters; it will be asked for every time this window is opened. "
                "Keep it somewhere safe: it cannot be recovered."
            )
            self.unlock_button.setText("Set passphrase")
        else:
            self.auth_title.setText("Administrator passphrase")
            self.auth_text.setText("Enter the administrator passphrase to manage the screening model.")
            self.unlock_button.setText("Unlock")
        self.repeat_edit.setVisible(first_use)
        self.repeat_label.setVisible(first_use)
        self.passphrase_edit.setFocus()

    @Slot()
    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        try:
            if self.first_use:
                problem = auth.check_new_passphrase(passphrase, self.repeat_edit.text())
                if problem:
                    self.auth_message.show_message(problem, "error")
                    return
                auth.set_passphrase(passphrase, self.config_dir)
                audit.append_entry(audit.PASSPHRASE_SET)
            elif not auth.verify_passphrase(passphrase, self.config_dir):
                self.auth_message.show_message("That passphrase is not correct. Please try again.", "error")
                self.passphrase_edit.selectAll()
                return
        except CxrError as exc:
            self.auth_message.show_message(exc.user_message, "error")
            return
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.auth_message.show_message("")
        self.passphrase_accepted.emit()
