"""Hostile and damaged files, made from real ones: the mutations the import paths must survive.

Every mutation is seeded, so a failing case can be made again from its number.
"""

from __future__ import annotations

import io
import random
import re
import warnings
import zipfile
from pathlib import Path

HOSTILE_NUMBERS = [
    "9" * 5000,
    "1e400",
    "1e999999999",
    "NaN",
    "Infinity",
    "-Infinity",
    "-5",
    "1.5",
    "0x10",
    "",
    "1" * 31,
]
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def rezip(items: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():  # duplicated members are one of the mutations
        warnings.simplefilter("ignore", UserWarning)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, body in items:
                zf.writestr(name, body)
    return out.getvalue()


def edit_member(data: bytes, name_part: str, edit) -> bytes:
    items = members(data)
    return rezip([(n, edit(b) if name_part in n else b) for n, b in items])


def sheets(data: bytes) -> list[str]:
    return [n for n, _ in members(data) if n.startswith("xl/worksheets/sheet")]


def set_dimension(xml: bytes, ref: str = "A1:XFD1048576") -> bytes:
    if b"<dimension" in xml:
        return re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>'.encode(), xml)
    return xml.replace(b"<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>'.encode(), 1)


def mismatched_tag(xml: bytes) -> bytes:
    i = xml.rfind(b"</row>")
    return xml[:i] + b"</rowx>" + xml[i + 6 :] if i > 0 else xml + b"<x>"


def empty_col(xml: bytes) -> bytes:
    if b"<cols>" in xml:
        return xml.replace(b"<cols>", b"<cols><col/>", 1)
    return xml.replace(b"<sheetData>", b"<cols><col/></cols><sheetData>", 1)


def hostile_number(xml: bytes, rng: random.Random) -> bytes:
    numbers = list(re.finditer(rb"<v>(\d+)</v>", xml))
    if not numbers:
        return xml
    m = rng.choice(numbers)
    value = rng.choice(HOSTILE_NUMBERS).encode()
    return xml[: m.start(1)] + value + xml[m.end(1) :]


def far_row(xml: bytes) -> bytes:
    return xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>', 1
    )


def entity_payload(xml: bytes) -> bytes:
    body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    return BILLION_LAUGHS.encode() + body.replace(b"<v>", b"<v>&lol9;", 1)


def xxe(xml: bytes) -> bytes:
    body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    head = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    return head + body.replace(b"<v>", b"<v>&e;", 1)


def version_99(data: bytes) -> bytes:
    """A zip entry that claims to need version 9.9 to extract."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")  # the first central directory entry
    if at >= 0:
        out[at + 6 : at + 8] = (99).to_bytes(2, "little")
    at = out.find(b"PK\x03\x04")
    if at >= 0:
        out[at + 4 : at + 6] = (99).to_bytes(2, "little")
    return bytes(out)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One random mutation of an xlsx file: (what was done, the new bytes)."""
    kind = rng.choice(
        [
            "flip",
            "truncate",
            "remove",
            "duplicate",
            "oversize",
            "number",
            "dimension",
            "mismatch",
            "col",
            "far_row",
            "entities",
            "xxe",
            "version",
            "text",
        ]
    )
    items = members(data)
    sheet = rng.choice(sheets(data) or ["xl/worksheets/sheet1.xml"])
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return kind, bytes(out)
    if kind == "truncate":
        return kind, data[: rng.randrange(len(data))]
    if kind == "remove":
        del items[rng.randrange(len(items))]
        return kind, rezip(items)
    if kind == "duplicate":
        items.append(rng.choice(items))
        return kind, rezip(items)
    if kind == "oversize":
        items.append(("xl/media/big.bin", b"\0" * rng.choice([3_000_000, 120_000_000])))
        return kind, rezip(items)
    if kind == "version":
        return kind, version_99(data)
    edits = {
        "number": lambda x: hostile_number(x, rng),
        "dimension": set_dimension,
        "mismatch": mismatched_tag,
        "col": empty_col,
        "far_row": far_row,
        "entities": entity_payload,
        "xxe": xxe,
        "text": lambda x: x.replace(b"<v>", b"<v>x", 1),
    }
    return f"{kind}:{sheet.rsplit('/', 1)[-1]}", edit_member(data, sheet, edits[kind])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def forge_submission(
    path: Path,
    out: Path,
    plan,
    *,
    unit_code: str | None = None,
    figure: tuple[int, str, int] | None = None,
    signer=None,
    redraw: bool = True,
) -> Path:
    """What a forger who has the program's own code does to a real submission file: change the
    unit code or a month's figure in the data, draw the printed sheet again from it (unless
    `redraw` is False), and recompute both SHA-256 digests. Given `signer` (the forger's own
    key), the file is signed with it; otherwise the old signature stays."""
    import hashlib
    from datetime import datetime

    from openpyxl import load_workbook

    from lak_desktop.core.figures import MonthlyFigures
    from lak_desktop.exchange.machine_sheet import SHEET
    from lak_desktop.exchange.submission import (
        SIGNATURE_PURPOSE,
        VISIBLE_SHEET,
        Submission,
        draw_visible_sheet,
        unit_plan_text,
        visible_digest,
    )

    wb = load_workbook(path)
    ws = wb[SHEET]
    meta = {row[0].value: row[1] for row in ws.iter_rows() if row[0].value}
    rows = list(ws.iter_rows())
    header_at = next(i for i, r in enumerate(rows) if r[0].value == "table") + 1
    header = [c.value for c in rows[header_at]]
    if unit_code is not None:
        meta["unit_code"].value = unit_code
        meta["unit_plan"].value = unit_plan_text(plan, unit_code)
    if figure is not None:
        month, element, value = figure
        rows[header_at + month][header.index(element)].value = value
    if signer is not None:
        meta["signer_public_key"].value = signer.public_key
    figures = []
    for r in rows[header_at + 1 :]:
        values = {h: c.value for h, c in zip(header[1:-1], r[1:-1], strict=True) if c.value}
        figures.append(
            MonthlyFigures(meta["unit_code"].value, 2022, r[0].value, values, r[-1].value or "")
        )
    sub = Submission(
        plan_year=meta["plan_year"].value,
        plan_digest=meta["plan_digest"].value,
        unit_code=meta["unit_code"].value,
        through_month=meta["through_month"].value,
        revision=meta["revision"].value,
        created_at=meta["created_at"].value,
        app_version=meta["app_version"].value,
        figures=tuple(figures),
        signer=meta["signer_public_key"].value,
        plan_revision=meta["plan_revision"].value,
        unit_plan=meta["unit_plan"].value,
    )
    if redraw:
        wb.remove(wb[VISIBLE_SHEET])
        page = wb.create_sheet(VISIBLE_SHEET, 0)
        draw_visible_sheet(page, plan, sub, datetime.fromisoformat(sub.created_at).date())
    meta["visible_sha256"].value = visible_digest(wb[VISIBLE_SHEET].iter_rows(values_only=True))
    payload = sub.payload(meta["visible_sha256"].value)
    meta["figures_sha256"].value = hashlib.sha256(payload).hexdigest()
    if signer is not None:
        meta["signature"].value = signer.sign(SIGNATURE_PURPOSE, payload)
    wb.save(out)
    return out
