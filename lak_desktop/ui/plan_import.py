"""Importing a plan file from a window: what the file's signature or an edited printed sheet
needs the clerk to decide is asked before anything is saved. Both windows use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from lak_desktop.core.plan import Plan
from lak_desktop.storage import Repository, StorageError


def import_plan_asking(parent, repo: Repository, path: Path, confirm=None) -> Plan | None:
    """Import the plan file at `path`. A file signed by another key than the office's known
    one, or whose printed sheet was edited, is taken only when the clerk confirms after reading
    why (`confirm(message) -> bool` stands in for the question). None: not imported (a refusal
    is shown)."""
    from lak_desktop.exchange.limits import FileRefused
    from lak_desktop.operations.common import InputError
    from lak_desktop.operations.plans import NewPlanSigner, PlanEdited, import_plan

    ask = confirm or (lambda message: _confirm(parent, message))
    translate = QCoreApplication.translate
    flags = {"trust_new_signer": False, "accept_edits": False}
    try:
        while True:
            try:
                return import_plan(repo, path, **flags)
            except NewPlanSigner as exc:
                what = translate(
                    "PlanImport",
                    "If you are sure the file is right, choose «I checked: import it».",
                )
                if flags["trust_new_signer"] or not ask(f"{exc.reason} {what}"):
                    return None
                flags["trust_new_signer"] = True
            except PlanEdited as exc:
                if not exc.edited_usable:
                    raise
                what = translate(
                    "PlanImport",
                    "If these changes are right, choose «I checked: import it»; if not, choose "
                    "«Do not import» and use the original file.",
                )
                if flags["accept_edits"] or not ask(f"{exc.reason}\n{what}"):
                    return None
                flags["accept_edits"] = True
    except (FileRefused, StorageError, InputError) as exc:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("PlanImport", "The plan file was not imported")
        )
        show_message(box, str(exc))
        box.exec()
        return None


# Lines of a message shown in its box; the rest under "Show Details…". A plan file whose sheet
# was edited lists every cell changed: a province's new targets are a hundred lines, taller
# than a 1366×768 screen, and the buttons to answer fell below it.
SHOWN_LINES = 10


def show_message(box: QMessageBox, message: str) -> None:
    """`message` in `box`: whole when short; else its first lines and its last (what to do),
    the whole of it in the box's details, which scroll."""
    lines = message.split("\n")
    if len(lines) <= SHOWN_LINES + 2:
        box.setText(message)
        return
    more = QCoreApplication.translate(
        "PlanImport", "… and {n} more lines: «Show Details…» shows them all."
    ).format(n=len(lines) - SHOWN_LINES - 1)
    box.setText("\n".join([*lines[:SHOWN_LINES], more, lines[-1]]))
    box.setDetailedText(message)


def _confirm(parent, message: str) -> bool:
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PlanImport", "Check the plan file before importing it"))
    show_message(box, message)
    take = box.addButton(
        translate("PlanImport", "I checked: import it"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("PlanImport", "Do not import"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is take
