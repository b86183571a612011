"""Before Qt starts on Linux's X11 (xcb): are the system libraries its xcb plugin needs there?

Without them Qt aborts with one message that names libxcb-cursor0 whatever is missing. This
check names what is missing and gives the README's apt line instead. It imports no Qt: it
runs before the first Qt library is loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The README's one line (a test keeps them equal).
APT_LINE = (
    "apt-get install libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 "
    "libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"
)

# What Qt's GUI libraries and its xcb plugin load (readelf -d: NEEDED), by the Debian/Ubuntu
# package that ships each; the C and C++ runtimes and the libraries bundled with Qt left out.
NEEDED: Mapping[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
EXIT_MISSING_LIBRARIES = 3


def uses_xcb(environ: Mapping[str, str], platform: str | None = None) -> bool:
    """True when Qt would start on X11 through its xcb plugin."""
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Qt prefers its wayland plugin in a Wayland session and falls back to xcb only then.
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def installed_libraries() -> Callable[[str], bool] | None:
    """A test for "is this library installed": the dynamic linker's cache (``ldconfig -p``)
    and the folders of LD_LIBRARY_PATH. None when the cache cannot be read (then nothing is
    known and Qt is left to try)."""
    try:
        listing = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        try:
            listing = subprocess.run(
                ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
    known = {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    folders = [Path(p) for p in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p]

    def installed(soname: str) -> bool:
        return soname in known or any((folder / soname).exists() for folder in folders)

    return installed


def missing_packages(installed: Callable[[str], bool]) -> list[str]:
    """The packages whose libraries are missing, each once, in the order of NEEDED."""
    missing: list[str] = []
    for soname, package in NEEDED.items():
        if not installed(soname) and package not in missing:
            missing.append(package)
    return missing


def advice(missing: list[str]) -> str:
    """What the person starting the app reads: what is missing and the one line to install it."""
    line = APT_LINE
    extra = [p for p in missing if p not in APT_LINE.split()]
    if extra:
        line += " " + " ".join(extra)
    return (
        "MemberDesk cannot open its window: system libraries that Qt needs on X11 are missing:\n"
        f"  {', '.join(missing)}\n"
        "Install them (Debian/Ubuntu) with:\n"
        f"  sudo {line}\n"
    )


def check_before_qt(
    environ: Mapping[str, str] | None = None,
    installed: Callable[[str], bool] | None = None,
    platform: str | None = None,
) -> int:
    """0 when Qt may start; else print what to install and return a non-zero exit code."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform):
        return 0
    finder = installed if installed is not None else installed_libraries()
    if finder is None:
        return 0
    missing = missing_packages(finder)
    if not missing:
        return 0
    print(advice(missing), file=sys.stderr, end="")
    return EXIT_MISSING_LIBRARIES
