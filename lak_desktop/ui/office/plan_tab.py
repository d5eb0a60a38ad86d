"""Kế hoạch: the plan in force (units, targets, deadline rule) and its file for the communes.

Editing plans comes with a later version; this screen is where it will live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.formatting import format_int, format_percent
from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import InputError
from lak_desktop.operations.plans import export_plan
from lak_desktop.storage import Repository
from lak_desktop.ui.office.table import Cell, RowsModel, table_view


class PlanTab(QWidget):
    def __init__(self, repo: Repository, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan = repo, plan
        layout = QVBoxLayout(self)
        convention = (
            self.tr("calendar months")
            if plan.period_convention.value == "calendar"
            else self.tr("Decree 09/2019 (the 15th of the previous month to the 14th)")
        )
        info = QLabel(
            self.tr(
                "<b>Plan of {year}</b>: {issuer}{decision}.<br>Reporting months: {convention}. "
                "A unit's file is due {days} days after its month closes."
            ).format(
                year=plan.year,
                issuer=plan.issuer.name,
                decision=f", {plan.issuer.decision_number}" if plan.issuer.decision_number else "",
                convention=convention,
                days=plan.deadline_days,
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export the plan file for the units…"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        headers = [self.tr("No."), self.tr("Code"), self.tr("Unit"), self.tr("Procedures")]
        for ind in plan.indicators:
            headers += [
                self.tr("{name}: last year").format(name=ind.name),
                self.tr("{name}: target").format(name=ind.name),
            ]
        self.model = RowsModel(headers, self)
        rows = []
        for n, unit in enumerate(plan.units, start=1):
            cells = [
                Cell(str(n), number=True),
                Cell(unit.code),
                Cell(unit.name),
                Cell(format_int(unit.procedures), number=True),
            ]
            for ind in plan.indicators:
                cells += [
                    Cell(format_percent(unit.baselines.get(ind.code)), number=True),
                    Cell(format_percent(plan.target(unit.code, ind.code)), number=True),
                ]
            rows.append(cells)
        self.model.set_rows(rows, [u.code for u in plan.units])
        self.view = table_view(self.model)
        self.view.resizeColumnsToContents()
        layout.addWidget(self.view, 1)
        layout.addWidget(
            QLabel(
                self.tr("Changing the plan (targets, units, a new year) comes in a later version.")
            )
        )

    def export(self, out: str | None = None) -> Path | None:
        if not out:
            suggested = Path.home() / f"ke-hoach-{self.plan.year}.xlsx"
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the plan file"),
                str(suggested),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not out:
            return None
        try:
            return export_plan(self.repo, self.plan.year, out)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
