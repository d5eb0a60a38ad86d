"""How far the commune is from each target, year to date: a bar with the target marked, the
status, and the shortfall in words. Updated as the clerk types."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lak_desktop.core.attainment import IndicatorAttainment, Status, UnitAttainment
from lak_desktop.core.formatting import format_int, format_percent

MET = QColor("#2e7d32")
NOT_MET = QColor("#c62828")
TRACK = QColor("#e0e0e0")


class TargetBar(QWidget):
    """A horizontal bar filled to the rate, with a black mark at the target."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rate: Fraction | None = None
        self.target = Fraction(0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() + 10)

    def set_values(self, rate: Fraction | None, target: Fraction | None) -> None:
        self.rate, self.target = rate, target
        shown = format_percent(target) if target is not None else "—"
        self.setAccessibleDescription(f"{format_percent(rate)} / {shown}")
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        p.fillRect(r, TRACK)
        if self.rate is not None:
            filled = QRectF(r)
            filled.setWidth(r.width() * float(min(self.rate, Fraction(1))))
            met = self.target is not None and self.rate >= self.target
            p.fillRect(
                filled, MET if met else NOT_MET if self.target is not None else TRACK.darker()
            )
        if self.target is not None:  # no target assigned yet: no mark
            x = r.left() + r.width() * float(self.target)
            p.setPen(QPen(Qt.GlobalColor.black, 3))
            p.drawLine(int(x), int(r.top()) - 3, int(x), int(r.bottom()) + 3)
        p.end()


class IndicatorBox(QFrame):
    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<b>{name}</b>")
        self.title.setWordWrap(True)
        self.figure = QLabel()
        self.bar = TargetBar()
        self.status = QLabel()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.incomplete = QLabel()
        self.incomplete.setWordWrap(True)
        self.incomplete.setStyleSheet("color: #b45309")
        for w in (self.title, self.figure, self.bar, self.status, self.sentence, self.incomplete):
            layout.addWidget(w)

    def show_attainment(self, a: IndicatorAttainment, assigned: bool = True) -> None:
        """The rate against the target; with no plan yet (`assigned` False), the rate alone."""
        if not assigned:
            self.bar.set_values(a.rate, None)
            self.incomplete.setText("")
            rate = format_percent(a.rate) if a.rate is not None else "—"
            self.figure.setText(self.tr("{rate} — target not assigned yet").format(rate=rate))
            self.status.setText(self.tr("No target yet"))
            self.status.setStyleSheet("")
            self.sentence.setText(
                self.tr("The plan of this year has not arrived: import it when it comes.")
            )
            return
        self.bar.set_values(a.rate, a.target)
        self.incomplete.setText(
            self.tr("Months {months} are not complete and are not counted.").format(
                months=", ".join(str(m) for m in a.incomplete_months)
            )
            if a.incomplete_months
            else ""
        )
        target = format_percent(a.target)
        noun = a.indicator.numerator_noun
        if a.status is Status.NO_DATA:
            self.figure.setText(self.tr("No figures yet; target {t}").format(t=target))
            self.status.setText(self.tr("No data"))
            self.status.setStyleSheet("")
            self.sentence.setText(
                self.tr("Enter the month's figures to see how far the commune is from {t}.").format(
                    t=target
                )
            )
            return
        self.figure.setText(
            self.tr("{rate} ({num}/{den}) — target {t}").format(
                rate=format_percent(a.rate),
                num=format_int(a.numerator),
                den=format_int(a.denominator),
                t=target,
            )
        )
        if a.status is Status.MET:
            self.status.setText(self.tr("Met"))
            self.status.setStyleSheet(f"color: {MET.name()}; font-weight: bold")
            self.sentence.setText(self.tr("The {t} target is met so far.").format(t=target))
        else:
            self.status.setText(self.tr("Not met"))
            self.status.setStyleSheet(f"color: {NOT_MET.name()}; font-weight: bold")
            self.sentence.setText(
                self.tr("{n} more {noun} were needed to meet the {t} target.").format(
                    n=format_int(a.shortfall), noun=noun, t=target
                )
            )


class TargetsPanel(QWidget):
    def __init__(self, indicator_names: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.boxes: dict[str, IndicatorBox] = {}
        for code, name in indicator_names:
            box = IndicatorBox(name)
            self.boxes[code] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def show_unit(self, attainment: UnitAttainment, range_text: str, assigned: bool = True) -> None:
        if attainment.data_through is None:  # not "months 1–1" for a year with nothing in it
            self.heading.setText(self.tr("No figures have been entered for this year yet."))
        else:
            self.heading.setText(
                self.tr("Year to date, months 1–{m} ({range})").format(
                    m=attainment.through_month, range=range_text
                )
            )
        for code, a in attainment.indicators.items():
            self.boxes[code].show_attainment(a, assigned)
