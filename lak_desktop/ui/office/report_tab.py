"""Báo cáo: the consolidated report for the chairman, as a workbook, printed or as PDF; and the
office's own lines of the document (number, signer, recipients)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.plan import Plan
from lak_desktop.operations.common import ROLE_OFFICE, setup
from lak_desktop.operations.office import consolidated_report, report_settings, save_report
from lak_desktop.storage import Repository
from lak_desktop.ui.background import Job, JobRunner
from lak_desktop.ui.office.report_html import consolidated_html
from lak_desktop.ui.printing import page_font_family, page_scale

PREVIEW_UNITS = 15  # the preview shows a screenful of each table; print and PDF have every unit


class ReportTab(QWidget):
    def __init__(self, repo: Repository, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan = repo, plan
        layout = QHBoxLayout(self)
        left = QWidget()
        form_layout = QVBoxLayout(left)
        choice = QFormLayout()
        self.through = QSpinBox()
        self.through.setRange(1, 12)
        self.through.setValue(repo.last_month_with_data(plan.year) or 1)
        choice.addRow(self.tr("Year to date &through month:"), self.through)
        self.complete_only = QCheckBox(self.tr("Rank only units with figures for &every month"))
        choice.addRow("", self.complete_only)
        form_layout.addLayout(choice)
        buttons = QHBoxLayout()
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        for b in (self.xlsx_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        form_layout.addLayout(buttons)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.job_buttons = (self.xlsx_button, self.print_button, self.pdf_button)
        self.progress = QProgressBar()
        form_layout.addWidget(self.progress)

        details = QGroupBox(self.tr("Our office's lines on the report"))
        details_form = QFormLayout(details)
        s = report_settings(repo)
        self.number = QLineEdit(s.number)
        self.number.setPlaceholderText("15/BC-VHTT")
        self.place = QLineEdit(s.place)
        self.place.setPlaceholderText(plan.issuer.place)
        self.signer_title = QLineEdit(s.signer_title)
        self.signer_title.setPlaceholderText(self.tr("Head of office"))
        self.signer_name = QLineEdit(s.signer_name)
        self.recipients = QPlainTextEdit("\n".join(s.recipients))
        self.recipients.setPlaceholderText("- Như trên;\n- Lưu: VT.")
        self.recipients.setMaximumHeight(self.fontMetrics().height() * 6)
        details_form.addRow(self.tr("&Number:"), self.number)
        details_form.addRow(self.tr("P&lace:"), self.place)
        details_form.addRow(self.tr("Signer's t&itle:"), self.signer_title)
        details_form.addRow(self.tr("Signer's &name:"), self.signer_name)
        details_form.addRow(self.tr("&Recipients:"), self.recipients)
        self.save_details = QPushButton(self.tr("Sa&ve these lines"))
        self.save_details.clicked.connect(self.store_details)
        details_form.addRow("", self.save_details)
        form_layout.addWidget(details)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form_layout.addWidget(self.message)
        # A national report takes seconds to write or print: off the window's thread.
        self.jobs = JobRunner(self, self.job_buttons, self.progress, self.message)
        form_layout.addStretch(1)

        self.preview = QTextBrowser()
        # Laid out at the width of the printed page (A4 landscape inside the margins), so
        # that the preview wraps where the paper does.
        self.preview.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.preview.setLineWrapColumnOrWidth(round(252 / 25.4 * 96 / page_scale()))
        self.preview.document().setDefaultFont(QFont(page_font_family(), 13))
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        scroll = QScrollArea()  # at 150% on 1366×768 the form is taller than the screen
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        self.stale = True
        self.through.valueChanged.connect(self.refresh)
        self.complete_only.toggled.connect(self.refresh)
        self.refresh()

    def content(self, first_units: int | None = None):
        return consolidated_report(
            self.repo,
            self.plan.year,
            self.through.value(),
            self.complete_only.isChecked(),
            first_units=first_units,
        )

    def html(self, units: int | None = None) -> str:
        """The report as printed; the first `units` rows of its tables only, for a preview."""
        return consolidated_html(self.content(units), units)

    def refresh(self) -> None:
        """Redraw the preview, when it is on screen (laying out thousands of rows takes time)."""
        self.stale = True
        if self.isVisible():
            self.stale = False
            self.preview.setHtml(self.html(PREVIEW_UNITS))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def store_details(self) -> None:
        from lak_desktop.operations.common import (
            PLACE_SETTING,
            RECIPIENTS_SETTING,
            REPORT_NUMBER_SETTING,
            SIGNER_NAME_SETTING,
            SIGNER_TITLE_SETTING,
        )

        setup(
            self.repo,
            ROLE_OFFICE,
            details={
                REPORT_NUMBER_SETTING: self.number.text(),
                PLACE_SETTING: self.place.text(),
                SIGNER_TITLE_SETTING: self.signer_title.text(),
                SIGNER_NAME_SETTING: self.signer_name.text(),
                RECIPIENTS_SETTING: self.recipients.toPlainText(),
            },
        )
        self.message.setText(self.tr("Saved. The report uses these lines from now on."))
        self.refresh()

    def _suggested(self, suffix: str) -> str:
        name = f"bao-cao-tong-hop-thang-{self.through.value()}-{self.plan.year}{suffix}"
        return str(Path.home() / name)

    def save_xlsx(self, out: str | None = None) -> Job | None:
        """The workbook, written off the window's thread; None when no file was chosen."""
        if not out:
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                self._suggested(".xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not out:
            return None
        content = self.content()  # read here: the data file's connection is this thread's
        return self.jobs.start(
            lambda progress: save_report(content, out),
            self.tr("Writing the workbook…"),
            self.tr("Not saved"),
        )

    def save_pdf(self, out: str | None = None) -> Job | None:
        """The PDF, written off the window's thread; None when no file was chosen."""
        from lak_desktop.ui.printing import save_pdf

        if not out:
            out, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self._suggested(".pdf"), self.tr("PDF (*.pdf)")
            )
        if not out:
            return None
        content = self.content()
        return self.jobs.start(
            lambda progress: save_pdf(
                consolidated_html(content), Path(out), landscape=True, progress=progress
            ),
            self.tr("Writing the PDF…"),
            self.tr("Not saved"),
        )

    def print_report(self) -> Job | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from lak_desktop.ui.printing import print_html

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not QPrintDialog(printer, self).exec():
            return None
        content = self.content()
        return self.jobs.start(
            lambda progress: print_html(
                consolidated_html(content), printer, landscape=True, progress=progress
            ),
            self.tr("Sending the report to the printer…"),
            self.tr("Not printed"),
        )
