"""The display's choice as typed and as read back: any text as the picture's path is answered
(refused with a reason, or taken), and any file on disk reads as a choice."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from memberdesk import paths
from memberdesk.ui.display import choice as choices
from memberdesk.ui.display.choice import DisplayChoice

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


def is_file(typed: str) -> bool:
    try:
        return Path(typed).is_file()
    except OSError:  # a name too long for the file system
        return False


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(typed=st.text(max_size=300))
def test_any_typed_path_is_answered_never_raised(qapp: QApplication, typed: str) -> None:
    answer = choices.image_problem(typed)
    assert isinstance(answer, str)
    if typed and "\0" not in typed and not typed.startswith("~"):
        assert (answer == "") == is_file(typed)


def test_the_bundled_logo_is_a_picture(qapp: QApplication) -> None:
    assert choices.image_problem(str(choices.bundled_logo())) == ""
    assert choices.image_path(DisplayChoice()) == choices.bundled_logo()


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(raw=JSON | st.dictionaries(st.sampled_from(["enabled", "screen", "image"]), JSON, max_size=3))
def test_any_saved_file_reads_as_a_choice(raw: object) -> None:
    (paths.data_dir() / "display.json").parent.mkdir(parents=True, exist_ok=True)
    (paths.data_dir() / "display.json").write_text(json.dumps(raw), encoding="utf-8")
    read = choices.load()
    assert isinstance(read, DisplayChoice)
    assert read.enabled is (isinstance(raw, dict) and raw.get("enabled") is True)


def test_a_choice_reads_back_as_saved() -> None:
    chosen = DisplayChoice(True, "HDMI-2", "/店/图.png")
    choices.save(chosen)
    assert choices.load() == chosen
