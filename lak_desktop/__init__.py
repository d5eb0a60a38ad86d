"""lak_desktop: offline tracking of e-government targets for Vietnamese communes."""

from importlib import metadata

try:
    __version__ = metadata.version("lak-desktop")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
