"""First start: pick the role, and at a commune pick the unit (or import the plan file sent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.operations.common import (
    PLAN_YEAR_SETTING,
    ROLE_COMMUNE,
    ROLE_OFFICE,
    ROLE_SETTING,
    UNIT_SETTING,
    InputError,
    plan_for,
)
from lak_desktop.operations.plans import import_plan
from lak_desktop.storage import Repository, StorageError


class FirstStartDialog(QDialog):
    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This program tracks the yearly targets for online dossiers and digitized "
                "results. Choose where it is used; you can change this later in the File menu."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.commune = QRadioButton(self.tr("&Commune / ward: enter our monthly figures"))
        self.office = QRadioButton(
            self.tr("&Receiving office: collect and consolidate the units' files")
        )
        self.commune.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.commune)
        group.addButton(self.office)
        layout.addWidget(self.commune)
        layout.addWidget(self.office)

        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        self.import_button = QPushButton(self.tr("&Import a plan file…"))
        self.import_button.clicked.connect(self.import_plan_file)
        unit_row.addWidget(self.import_button)
        self.unit_label = QLabel(self.tr("&Our unit:"))
        self.unit_label.setBuddy(self.unit)
        form.addRow(self.unit_label, unit_row)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        form.addRow("", self.plan_label)
        layout.addLayout(form)
        self.commune.toggled.connect(self._role_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.year: int | None = None
        self._fill_units()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _fill_units(self, year: int | None = None) -> None:
        plan = plan_for(self.repo, year)
        self.year = plan.year
        self.unit.clear()
        for unit in plan.units:
            self.unit.addItem(unit.name, unit.code)
        # Nothing chosen until the clerk chooses: "Start" without looking must not pick a unit.
        self.unit.setPlaceholderText(self.tr("— choose your unit —"))
        self.unit.setCurrentIndex(-1)
        self.plan_label.setText(
            self.tr("Plan of {year}: {issuer}, {n} units.").format(
                year=plan.year, issuer=plan.issuer.name, n=len(plan.units)
            )
        )

    def _role_changed(self, commune: bool) -> None:
        for w in (self.unit, self.import_button, self.unit_label):
            w.setEnabled(commune)

    def import_plan_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a plan file"),
            "",
            self.tr("Excel workbooks (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, confirm=None) -> bool:
        """Import a plan file. One signed by another key than the office's known one, or whose
        printed sheet was edited, is taken only when the clerk confirms after reading why
        (`confirm(message) -> bool` stands in for the question)."""
        from lak_desktop.exchange.limits import FileRefused
        from lak_desktop.operations.plans import NewPlanSigner, PlanEdited

        ask = confirm or self._confirm
        flags = {"trust_new_signer": False, "accept_edits": False}
        try:
            while True:
                try:
                    plan = import_plan(self.repo, path, **flags)
                    break
                except NewPlanSigner as exc:
                    if flags["trust_new_signer"] or not ask(str(exc)):
                        return False
                    flags["trust_new_signer"] = True
                except PlanEdited as exc:
                    if flags["accept_edits"] or exc.edited_usable is False or not ask(str(exc)):
                        if exc.edited_usable is False:
                            raise
                        return False
                    flags["accept_edits"] = True
        except (FileRefused, StorageError, InputError) as exc:
            QMessageBox.warning(self, self.tr("The plan file was not imported"), str(exc))
            return False
        self.repo.set_setting(PLAN_YEAR_SETTING, str(plan.year))
        self._fill_units(plan.year)
        return True

    def _confirm(self, message: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Check the plan file before importing it"))
        box.setText(message)
        take = box.addButton(self.tr("I checked: import it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Do not import"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is take

    def accept(self) -> None:
        if self.commune.isChecked() and self.unit.currentIndex() < 0:
            self.plan_label.setText(self.tr("<b>Choose your unit in the list first.</b>"))
            self.unit.setFocus()
            return
        if self.commune.isChecked():
            self.repo.set_setting(UNIT_SETTING, str(self.unit.currentData()))
            self.repo.set_setting(ROLE_SETTING, ROLE_COMMUNE)
        else:
            self.repo.set_setting(ROLE_SETTING, ROLE_OFFICE)
        self.repo.set_setting(PLAN_YEAR_SETTING, str(self.year))
        super().accept()


def change_role(parent: QWidget, repo: Repository) -> None:
    """File → Change unit or role: the first-start dialog again; applies at the next start."""
    if FirstStartDialog(repo, parent).exec():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("FirstStartDialog", "Change saved"),
            QCoreApplication.translate(
                "FirstStartDialog", "The new choice applies the next time the program starts."
            ),
        )
