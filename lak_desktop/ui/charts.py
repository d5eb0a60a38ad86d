"""Each month's rate against the target line. Imported only when the chart tab is first shown,
so that QtCharts stays out of start-up."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lak_desktop.core.plan import Plan


def month_and_rate_axes(chart: QChart, series, month_title: str) -> None:
    """Months 1-12 along the bottom (every other one labelled: twelve labels do not fit a narrow
    panel and turn into "…"), 0-100% up the side, for every one of `series`."""
    ax = QValueAxis()
    ax.setRange(1, 12)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)
    ax.setTickAnchor(1)
    ax.setTickInterval(2)
    ax.setMinorTickCount(1)
    ax.setLabelFormat("%d")
    ax.setTitleText(month_title)
    ay = QValueAxis()
    ay.setRange(0, 100)
    ay.setLabelFormat("%d%%")
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(ax)
        one.attachAxis(ay)


class MonthlyRatesChart(QWidget):
    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        layout = QVBoxLayout(self)
        self.views: dict[str, QChartView] = {}
        for ind in plan.indicators:
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(120)  # two charts fit a 1366×768 screen at 150%
            self.views[ind.code] = view
            layout.addWidget(view)

    def show_rates(
        self, rates: dict[str, dict[int, Fraction | None]], targets: dict[str, Fraction]
    ) -> None:
        """Each indicator's monthly rates, and its target where one is assigned."""
        for ind in self.plan.indicators:
            chart = QChart()
            goal = targets.get(ind.code)  # None: no target assigned yet
            # The panel is narrow: the legend goes into the title, which has room to wrap.
            chart.setTitle(
                self.tr(
                    "{name}<br><small>dots: each month's rate<br>dashes: the target {t}%</small>"
                ).format(name=ind.name, t=f"{float(goal) * 100:g}")
                if goal is not None
                else self.tr("{name}<br><small>dots: each month's rate</small>").format(
                    name=ind.name
                )
            )
            chart.legend().hide()
            chart.setMargins(QMargins(4, 4, 4, 4))
            line = QLineSeries()
            line.setName(self.tr("Month's rate (%)"))
            dots = QScatterSeries()
            dots.setMarkerSize(8)
            dots.setName(self.tr("Months with data"))
            for month, rate in rates[ind.code].items():
                if rate is not None:
                    point = QPointF(month, float(rate) * 100)
                    line.append(point)
                    dots.append(point)
            target = QLineSeries()
            target.setPen(QPen(Qt.GlobalColor.black, 2, Qt.PenStyle.DashLine))
            if goal is not None:
                target.setName(self.tr("Target {t}%").format(t=f"{float(goal) * 100:g}"))
                target.append(1, float(goal) * 100)
                target.append(12, float(goal) * 100)
            for series in (line, dots, target):
                chart.addSeries(series)
            month_and_rate_axes(chart, (line, dots, target), self.tr("Month"))
            dots.setVisible(True)
            legend_markers = chart.legend().markers(dots)
            for marker in legend_markers:
                marker.setVisible(False)
            self.views[ind.code].setChart(chart)
