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
    plan_for,
)
from lak_desktop.storage import Repository
from lak_desktop.ui.find import searchable


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
        searchable(self.unit)  # a province lists a hundred communes, the country 3,321
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
        self.unit.setCurrentIndex(-1)
        self.unit.lineEdit().setPlaceholderText(self.tr("— type its name, or choose —"))
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
        """Import a plan file, asking what it needs the clerk to decide (see
        ui.plan_import)."""
        from lak_desktop.ui.plan_import import import_plan_asking

        plan = import_plan_asking(self, self.repo, path, confirm)
        if plan is None:
            return False
        self.repo.set_setting(PLAN_YEAR_SETTING, str(plan.year))
        self._fill_units(plan.year)
        return True

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
