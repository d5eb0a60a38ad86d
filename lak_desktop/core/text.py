"""Vietnamese text made safe for codes and file names."""

from __future__ import annotations

import re
import unicodedata

_UNIT_PREFIX = re.compile(r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)
_KIND_PREFIX = re.compile(r"^(xã|thị trấn|phường)\s+", re.IGNORECASE)


def ascii_fold(text: str) -> str:
    """'Đăk Liêng' -> 'Dak Lieng': drop diacritics, keep letters, digits and spaces."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .encode("ascii", "ignore")
        .decode("ascii")
    )


def place_name(unit_name: str) -> str:
    """'UBND xã Yang Tao' -> 'Yang Tao'."""
    name = _UNIT_PREFIX.sub("", unit_name.strip())
    return _KIND_PREFIX.sub("", name).strip()


def unit_kind(unit_name: str) -> str:
    """The kind of unit its name says: thị trấn, phường, or xã."""
    name = _UNIT_PREFIX.sub("", unit_name.strip()).lower()
    for kind in ("thị trấn", "phường"):
        if name.startswith(kind):
            return kind
    return "xã"


def unit_code(unit_name: str) -> str:
    """'UBND xã Ea R'bin' -> 'EARBIN': a stable code derived from a unit's name."""
    return re.sub(r"[^A-Z0-9]", "", ascii_fold(place_name(unit_name)).upper())


def slug(text: str) -> str:
    """'UBND xã Đăk Liêng' -> 'dak-lieng': for file names, ASCII only."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(place_name(text)).lower()).strip("-")


def fold_key(text: str) -> str:
    """Lower-case, no diacritics, single spaces: for matching headers typed by hand."""
    return " ".join(ascii_fold(text).lower().split())
