"""With two screens, as a counter with a customer display has them: the display fills the
customer's screen and the counter's window keeps the keyboard.

Qt's offscreen platform takes its screens from a configuration file given when the
application starts, so this runs the window in a process of its own with two screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import Shop

SCREENS = {
    "screens": [
        {"name": "counter", "x": 0, "y": 0, "width": 1024, "height": 768},
        {"name": "customer", "x": 1024, "y": 0, "width": 800, "height": 600},
    ]
}

PROGRAM = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from memberdesk.store.database import connect
    from memberdesk.ui.app.main_window import MainWindow
    from memberdesk.ui.display import choice
    from memberdesk.ui.widgets.context import AppContext

    app = QApplication([])
    choice.save(choice.DisplayChoice(enabled=True, screen="customer"))
    ctx = AppContext(connect(sys.argv[1]), int(sys.argv[2]), "测试门店")
    win = MainWindow(ctx)
    win.show()
    win.activateWindow()
    for _ in range(20):
        app.processEvents()
    display = win.customer_display.window
    focus = QApplication.focusWidget()
    print(json.dumps({
        "display_screen": display.screen().name(),
        "display_geometry": list(display.geometry().getRect()),
        "display_visible": display.isVisible(),
        "window_screen": win.screen().name(),
        "active_is_counter": QApplication.activeWindow() is win,
        "focus_in_counter": focus is not None and focus.window() is win,
    }))
    """
)


def test_the_display_fills_the_customer_screen_and_the_counter_keeps_the_keys(
    sqlite_shop: Shop, tmp_path: Path
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    path = sqlite_shop.db.path
    assert path is not None
    sqlite_shop.db.engine.dispose()
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(path), str(sqlite_shop.store_id)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["display_visible"]
    assert seen["display_screen"] == "customer"
    assert seen["display_geometry"] == [1024, 0, 800, 600]
    assert seen["window_screen"] == "counter"
    assert seen["active_is_counter"] and seen["focus_in_counter"]
