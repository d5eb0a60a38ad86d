"""lak_desktop: offline tracking of e-government targets for Vietnamese communes."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked: importing
    # importlib.metadata costs more than `lak --help` itself.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("lak-desktop")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0"
    raise AttributeError(name)
