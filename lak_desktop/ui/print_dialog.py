"""Print and PDF at the commune: choose the month, look at the page, then print or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
)


class ReportPrintDialog(QDialog):
    def __init__(self, window, month: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Print the report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QComboBox()
        for m in range(1, 13):
            self.month.addItem(self.tr("Month {m}").format(m=m), m)
        self.month.setCurrentIndex(month - 1)
        form.addRow(self.tr("Report of &month:"), self.month)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        preview = buttons.addButton(self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_ = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        pdf = buttons.addButton(self.tr("Save as P&DF…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        preview.clicked.connect(self.preview)
        print_.clicked.connect(self.print_)
        pdf.clicked.connect(lambda: self.save_pdf())
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_month(self) -> int:
        return int(self.month.currentData())

    def html(self) -> str:
        return self.window_.report_html(self.chosen_month())

    def printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from lak_desktop.ui.printing import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(self.pdf_name().removesuffix(".pdf"))
        return printer

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from lak_desktop.ui.printing import print_html

        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.paintRequested.connect(lambda printer: print_html(self.html(), printer))
        dialog.exec()

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QMessageBox

        from lak_desktop.operations.common import InputError
        from lak_desktop.ui.printing import print_html

        printer = self.printer()
        if QPrintDialog(printer, self).exec():
            try:
                print_html(self.html(), printer)
            except InputError as exc:
                QMessageBox.warning(self, self.tr("Not printed"), str(exc))

    def pdf_name(self) -> str:
        return f"bao-cao-thang-{self.chosen_month()}-{self.window_.plan.year}.pdf"

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                str(Path.home() / self.pdf_name()),
                self.tr("PDF (*.pdf)"),
            )
        if not path:
            return None
        self.written = self.window_.save_pdf(path, self.chosen_month())
        return self.written
