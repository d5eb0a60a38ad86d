"""Windows sized for the screen they open on: commune PCs are 1366×768, often at 125–150%.

The size and place a window had when it was closed come back at the next start (QSettings),
brought back onto a screen that is there when the screens have changed since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def settings() -> QSettings:
    return QSettings("lak-desktop", "lak-desktop")


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """The window as it was left, when that still fits a screen; otherwise `width` × `height`
    (device-independent pixels) where the screen has room, or the screen's available area less
    a margin, so that every edge and the status bar show."""
    saved = settings().value(f"geometry/{type(window).__name__}")
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        if _on_a_screen(window.frameGeometry()):
            return
    screen = window.screen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    w = min(width, max(320, area.width() - 16))
    h = min(height, max(240, area.height() - 48))  # the title bar is outside the geometry
    window.resize(w, h)
    window.move(
        area.left() + (area.width() - w) // 2, area.top() + max(0, (area.height() - h) // 2 - 16)
    )


def remember_geometry(window: QWidget) -> None:
    """Called when the window closes: its size and place for the next start."""
    settings().setValue(f"geometry/{type(window).__name__}", window.saveGeometry())


def _on_a_screen(rect: QRect) -> bool:
    """Most of the window lies on one of the screens there are now, and it is not larger."""
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        shared = area.intersected(rect)
        if (
            shared.width() * shared.height() >= 0.8 * rect.width() * rect.height()
            and rect.width() <= area.width() + 16
            and rect.height() <= area.height() + 48
        ):
            return True
    return False
