"""Draws the application icon (resources/icons/lak.png and build/windows/lak.ico) with Qt.

Run once after changing the design: .venv/bin/python build/make_icon.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QImageWriter, QPainter, QPen

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#c62828"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    # A bar reaching past a target mark: what the program shows.
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(size * 0.14, size * 0.62, size * 0.72, size * 0.14))
    p.setBrush(QColor("#ffd600"))
    p.drawRect(QRectF(size * 0.14, size * 0.62, size * 0.55, size * 0.14))
    p.setPen(QPen(QColor("#000000"), max(1.0, size * 0.04)))
    p.drawLine(int(size * 0.5), int(size * 0.57), int(size * 0.5), int(size * 0.81))
    p.setPen(QColor("#ffd600"))
    font = QFont("DejaVu Sans", max(4, int(size * 0.3)))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, size * 0.08, size, size * 0.5), Qt.AlignmentFlag.AlignCenter, "LAK")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    png = ROOT / "resources" / "icons" / "lak.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(png))
    writer = QImageWriter(str(ROOT / "build" / "windows" / "lak.ico"), b"ico")
    if not writer.write(draw(256)):
        print(writer.errorString())
        return 1
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
