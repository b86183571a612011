"""Before Qt starts on X11: the missing system libraries are named, with the README's apt line."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from memberdesk import __main__ as entry
from memberdesk.ui.app import system_libraries as libs

ROOT = Path(__file__).resolve().parents[3]
X11 = {"QT_QPA_PLATFORM": "", "DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
GONE = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def without(*missing: str) -> object:
    """A fake library finder: everything is installed except ``missing``."""
    return lambda soname: soname not in missing


def test_the_missing_packages_are_named_and_the_readme_line_given(capsys: pytest.CaptureFixture[str]) -> None:
    code = libs.check_before_qt(X11, installed=without(*GONE), platform="linux")
    assert code != 0
    said = capsys.readouterr().err
    assert "libxcb-icccm4" in said and "libxcb-keysyms1" in said
    assert "libxcb-cursor0" not in said.splitlines()[1]  # the line naming what is missing
    assert libs.APT_LINE in said


def test_a_missing_library_of_a_package_the_readme_line_pulls_in_is_added_to_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert libs.check_before_qt(X11, installed=without("libxcb-util.so.1"), platform="linux")
    said = capsys.readouterr().err
    assert "libxcb-util1" in said and f"{libs.APT_LINE} libxcb-util1" in said


def test_nothing_is_said_when_everything_is_there(capsys: pytest.CaptureFixture[str]) -> None:
    assert libs.check_before_qt(X11, installed=without(), platform="linux") == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_only_the_xcb_platform_is_checked(environ: dict[str, str], platform: str) -> None:
    assert libs.check_before_qt(environ, installed=without(*GONE), platform=platform) == 0


@pytest.mark.parametrize("chosen", ["xcb", "xcb:nograb", "xcb;wayland"])
def test_asking_for_xcb_by_name_is_checked(chosen: str) -> None:
    assert libs.uses_xcb({"QT_QPA_PLATFORM": chosen}, "linux")


def test_the_readme_gives_the_same_apt_line() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n(apt-get install .*?)\n```", readme, re.S)
    assert block is not None
    assert " ".join(block.group(1).replace("\\\n", " ").split()) == libs.APT_LINE


def test_every_package_the_readme_installs_or_pulls_in_is_known() -> None:
    listed = set(libs.APT_LINE.split()[2:])
    pulled_in = {"libx11-6", "libxcb1", "libxcb-util1", "libxcb-render0", "libxcb-shm0", "libxcb-sync1",
                 "libxcb-xfixes0"}  # fmt: skip
    assert set(libs.NEEDED.values()) <= listed | pulled_in


def test_the_ldconfig_finder_reads_this_machine() -> None:
    installed = libs.installed_libraries()
    if installed is None:
        pytest.skip("no ldconfig here")
    assert installed("libc.so.6") and not installed("libnot-a-library.so.9")


def test_the_counter_does_not_start_qt_when_libraries_are_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(libs, "installed_libraries", lambda: without(*GONE))
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux")
    for name, value in X11.items():
        monkeypatch.setenv(name, value)
    started: list[object] = []
    import memberdesk.ui.app.application as application

    monkeypatch.setattr(application, "run_gui", started.append)
    assert entry.main([]) == libs.EXIT_MISSING_LIBRARIES
    assert started == [] and "libxcb-icccm4" in capsys.readouterr().err
