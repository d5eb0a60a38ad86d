"""Biểu đồ: each unit's year-to-date rate against its target, and all units' rate by month.
Imported when the tab is first shown, so that QtCharts stays out of start-up."""

from __future__ import annotations

import heapq
from fractions import Fraction
from functools import cmp_to_key

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lak_desktop.core.formatting import format_int
from lak_desktop.core.plan import Plan
from lak_desktop.operations.office import attainment_report
from lak_desktop.storage import Repository
from lak_desktop.ui.charts import month_and_rate_axes

# A bar a unit reads up to a province's hundred or so; of a nation's 3,321 the chart shows the
# units furthest behind, the ones to act on.
MAX_BARS = 40


class OfficeCharts(QWidget):
    def __init__(self, repo: Repository, plan: Plan, through, parent=None) -> None:
        super().__init__(parent)
        self.repo, self.plan, self.through = repo, plan, through
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Indicator:"))
        self.indicator = QComboBox()
        for ind in plan.indicators:
            self.indicator.addItem(ind.name, ind.code)
        label.setBuddy(self.indicator)
        # One chart at a time, so that each has the whole height of a small screen.
        self.kind = QComboBox()
        self.kind.addItem(self.tr("By unit, year to date"))
        self.kind.addItem(self.tr("All units, month by month"))
        kind_label = QLabel(self.tr("C&hart:"))
        kind_label.setBuddy(self.kind)
        top.addWidget(label)
        top.addWidget(self.indicator)
        top.addSpacing(16)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        layout.addLayout(top)
        self.units_view = QChartView()
        self.months_view = QChartView()
        self.stack = QStackedWidget()
        for view in (self.units_view, self.months_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(150)
            self.stack.addWidget(view)
        layout.addWidget(self.stack, 1)
        self.drawn: set[int] = set()  # the charts drawn for the data shown (0: units, 1: months)
        self.kind.currentIndexChanged.connect(self.show_kind)
        self.indicator.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Draw the chart shown again; the other one is drawn when it is shown."""
        self.drawn.clear()
        self.show_kind(self.kind.currentIndex())

    def show_kind(self, index: int) -> None:
        if index not in self.drawn:
            code = self.indicator.currentData()
            ind = next(i for i in self.plan.indicators if i.code == code)
            if index == 0:
                self._draw_units(ind)
            else:
                sums = self.repo.monthly_pair_sums(self.plan.year, ind.numerator, ind.denominator)
                self.months_view.setChart(self._months_chart(ind, sums))
            self.drawn.add(index)
        self.stack.setCurrentIndex(index)

    def _draw_units(self, ind) -> None:
        code = ind.code
        through = self.through()
        report = attainment_report(self.repo, self.plan.year, through)
        position = [i.code for i in self.plan.indicators].index(code)
        # The units of the month with a rate: (attainment, (indicator, numerator, denominator,
        # ...)), read from the sums, so that 3,321 units' results need not be made.
        rated = [
            (r.attainment, s)
            for r in report.ranked
            if (s := r.attainment.sums[position])[2]  # a denominator
        ]
        # The lowest rates, highest first; compared exactly, as integers (a/b < c/d: ad < cb).
        lowest = heapq.nsmallest(MAX_BARS, rated, key=cmp_to_key(_by_rate))
        shown = [(att.unit, att.indicators[code]) for att, _ in reversed(lowest)]
        self.units_view.setChart(self._units_chart(ind.name, shown, through, len(rated)))

    def _units_chart(self, name: str, rated, through: int, of: int) -> QChart:
        chart = QChart()
        if len(rated) < of:
            title = self.tr(
                "{name}: year to date through month {m}, the {n} units with the lowest rates "
                "of {total}"
            ).format(name=name, m=through, n=format_int(len(rated)), total=format_int(of))
        else:
            title = self.tr("{name}: year to date through month {m}, by unit").format(
                name=name, m=through
            )
        chart.setTitle(title)
        bars = QBarSet(self.tr("Rate (%)"))
        targets = QScatterSeries()
        targets.setName(self.tr("Target (%)"))
        targets.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        targets.setMarkerSize(10)
        targets.setColor(Qt.GlobalColor.black)
        categories = []
        for i, (unit, a) in enumerate(rated):
            bars.append(float(a.rate) * 100)
            targets.append(i, float(a.target) * 100)
            categories.append(short_name(unit.name))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        chart.addSeries(targets)
        ax = QBarCategoryAxis()
        ax.append(categories)
        # Each bar with its unit's whole name; forty names stand apart on a 1366-pixel screen at
        # 150% only when steep.
        ax.setLabelsAngle(-45 if len(categories) <= 20 else -70)
        ax.setTruncateLabels(False)
        ay = QValueAxis()
        ay.setRange(0, 100)
        ay.setLabelFormat("%d%%")
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for s in (series, targets):
            s.attachAxis(ax)
            s.attachAxis(ay)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _months_chart(self, ind, sums: dict[int, tuple[int, int]]) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("{name}: all units together, month by month").format(name=ind.name))
        line = QLineSeries()
        line.setName(self.tr("Month's rate of all units (%)"))
        dots = QScatterSeries()
        dots.setMarkerSize(8)
        for m in range(1, 13):
            num, den = sums.get(m, (0, 0))  # the units whose month has both figures
            if den:
                value = float(Fraction(num, den)) * 100
                line.append(m, value)
                dots.append(m, value)
        chart.addSeries(line)
        chart.addSeries(dots)
        month_and_rate_axes(chart, (line, dots), self.tr("Month"))
        for marker in chart.legend().markers(dots):
            marker.setVisible(False)
        line.setPen(QPen(line.color(), 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart


def short_name(name: str) -> str:
    """'UBND xã Nam Ka' -> 'Nam Ka': the axis has little room."""
    for prefix in ("UBND thị trấn ", "UBND xã ", "UBND phường "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _by_rate(a: tuple, b: tuple) -> int:
    """Two units' (attainment, sums) by their rate, exactly: negative when a's is lower."""
    return a[1][1] * b[1][2] - b[1][1] * a[1][2]
