"""Windows sized for the screen they open on: commune PCs are 1366×768, often at 125–150%."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """`width` × `height` (device-independent pixels) where the screen has room; otherwise the
    screen's available area less a margin, so that every edge and the status bar show."""
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
