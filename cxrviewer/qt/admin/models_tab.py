"""The "Models" tab: the model in use, every model that could be put back, and the recent audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxrviewer.core.admin import audit
from cxrviewer.core.admin.registry import KIND_EXTERNAL, KIND_RECALIBRATED, RegisteredModel
from cxrviewer.core.errors import CxrError
from cxrviewer.qt.admin.widgets import MessageLabel, decimal, local_time, percent

if TYPE_CHECKING:
    from cxrviewer.qt.admin.dialog import AdminDialog


# the audit log's decisions (stored in English), as the list shows them
DECISION_WORDS = {
    audit.ACTIVATED: QT_TRANSLATE_NOOP("ModelsTab", "activated"),
    audit.REJECTED: QT_TRANSLATE_NOOP("ModelsTab", "rejected"),
    audit.ROLLED_BACK: QT_TRANSLATE_NOOP("ModelsTab", "rolled back"),
    audit.RECALIBRATED: QT_TRANSLATE_NOOP("ModelsTab", "recalibrated"),
    audit.TRAINING_FAILED: QT_TRANSLATE_NOOP("ModelsTab", "training failed"),
    audit.PASSPHRASE_SET: QT_TRANSLATE_NOOP("ModelsTab", "passphrase set"),
    audit.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("ModelsTab", "wrong passphrase"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelsTab", text)


def origin_words(model: RegisteredModel) -> str:
    if model.bundled:
        return QCoreApplication.translate("ModelsTab", "Supplied with cxrviewer")
    if model.kind == KIND_EXTERNAL:
        return QCoreApplication.translate("ModelsTab", "Chosen outside this list")
    if model.kind == KIND_RECALIBRATED:
        return QCoreApplication.translate("ModelsTab", "Threshold adjusted on local X-rays")
    if model.card.extra.get("training", {}).get("fine_tuned_from"):
        return QCoreApplication.translate("ModelsTab", "Retrained on local X-rays")
    return QCoreApplication.translate("ModelsTab", "Trained on local X-rays")


def results_words(model: RegisteredModel) -> str:
    m = model.metrics
    if "auc" not in m:
        return "–"
    return QCoreApplication.translate("ModelsTab", "AUC {auc} · flags {sensitivity} of abnormal, clears {specificity} of normal").format(
        auc=decimal(m.get("auc")), sensitivity=percent(m.get("sensitivity")), specificity=percent(m.get("specificity")))


class ModelsTab(QWidget):
    """The registry as a table; *Use the selected model* switches (through ``AdminDialog.activate``)."""

    def __init__(self, dialog: AdminDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self._models: list[RegisteredModel] = []
        self.active_label = QLabel()
        self.active_label.setWordWrap(True)
        self.active_label.setStyleSheet("font-weight: bold;")
        self.models_table = QTableWidget(0, 5)
        self.models_table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Added"), self.tr("Origin"), self.tr("Results on images set aside"), self.tr("In use")])
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.models_table.verticalHeader().hide()
        header = self.models_table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.models_table.itemSelectionChanged.connect(self.update_use_button)
        self.use_model_button = QPushButton(self.tr("Use the selected model"))
        self.use_model_button.clicked.connect(self._use_selected_model)
        self.models_message = MessageLabel()
        self.audit_view = QPlainTextEdit()
        self.audit_view.setReadOnly(True)
        self.audit_view.setMaximumHeight(130)

        row = QHBoxLayout()
        row.addWidget(self.models_message, 1)
        row.addStretch(0)
        row.addWidget(self.use_model_button)
        box = QVBoxLayout(self)
        box.addWidget(self.active_label)
        box.addWidget(self.models_table, 1)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("Recent decisions (audit log):")))
        box.addWidget(self.audit_view)

    def refresh(self) -> None:
        """Reload the list from the registry and the settings (the single sources of truth)."""
        try:
            models = self.dialog.registry.models()
            active = self.dialog.registry.active()
        except CxrError as exc:
            self.models_message.show_message(exc.user_message, "error")
            return
        self._models = models
        self.active_label.setText(self.tr("In use now: {model}, threshold {threshold}").format(
            model=active.label, threshold=percent(active.threshold)))
        self.models_table.setRowCount(len(models))
        for row, model in enumerate(models):
            in_use = model.path.resolve() == active.path.resolve()
            cells = [f"{model.name} {model.version}", local_time(model.created), origin_words(model), results_words(model),
                     self.tr("● in use") if in_use else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if in_use:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.models_table.setItem(row, column, item)
        self.update_use_button()
        self._refresh_audit_view()

    def _refresh_audit_view(self) -> None:
        lines = []
        for entry in reversed(audit.read_entries()[-30:]):
            model = entry.get("model") or {}
            what = f"{model.get('name', '')} {model.get('version', '')}".strip()
            decision = entry.get("decision")
            words = _tr(DECISION_WORDS[decision]) if decision in DECISION_WORDS else str(decision)
            lines.append(f"{local_time(entry.get('when', ''))}  {entry.get('who', '?')}: {words}" + (f" – {what}" if what else ""))
        self.audit_view.setPlainText("\n".join(lines) or self.tr("No decisions recorded yet."))

    def _selected_model(self) -> RegisteredModel | None:
        rows = self.models_table.selectionModel().selectedRows()
        return self._models[rows[0].row()] if rows else None

    def update_controls(self) -> None:
        if self._models:
            self.update_use_button()

    @Slot()
    def update_use_button(self) -> None:
        """Switching is blocked while a new model is being trained or awaits a decision: it is compared
        with the model that was in use when its training started."""
        model = self._selected_model()
        active = self.dialog.registry.active()
        training = self.dialog.training_running()
        candidate = self.dialog.new_model_in_progress()
        self.use_model_button.setEnabled(model is not None and model.path.resolve() != active.path.resolve()
                                         and not training and not candidate)
        self.use_model_button.setToolTip(self.tr("Finish or discard the new model first.") if training or candidate else "")

    @Slot()
    def _use_selected_model(self) -> None:
        model = self._selected_model()
        if model is None:
            return
        previous = self.dialog.registry.active()
        newer = model.created > previous.created and not model.bundled
        decision = audit.ACTIVATED if newer else audit.ROLLED_BACK
        if self.dialog.activate(model, decision, previous=previous.audit_fields()):
            self.models_message.show_message(self.tr("Now in use: {model}.").format(model=model.label), "success")
