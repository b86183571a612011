"""The main window opens at a size that suits the screen and where it was left last time,
always within the screen: checked on virtual screens of the offscreen platform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from memberdesk.store.database import connect
from memberdesk.ui.app.window_place import Place, first_place, fitted
from tests.conftest import make_shop

ROOT = Path(__file__).resolve().parents[3]

SHOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from memberdesk.services.staff.setup import first_store_id
from memberdesk.store.database import connect
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.context import AppContext

app = QApplication(sys.argv[:1])
db = connect(sys.argv[1])
win = MainWindow(AppContext(db, first_store_id(db), "Store"))
win.show_on_screen()
app.processEvents()
room = win.screen_room()
g = win.geometry()
print(json.dumps({"window": [g.x(), g.y(), g.width(), g.height()], "maximised": win.isMaximized(),
                  "room": [room.x(), room.y(), room.width(), room.height()]}))
if len(sys.argv) > 2:  # the clerk moves and resizes the window, then quits
    win.setGeometry(*json.loads(sys.argv[2]))
    app.processEvents()
win.close()
db.dispose()
"""


def screen(tmp_path: Path, width: int, height: int) -> str:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps({"screens": [{"name": "counter", "x": 0, "y": 0, "width": width, "height": height}]})
    )
    return f"offscreen:configfile={config}"


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = connect(path)
    make_shop(db)
    db.dispose()
    return path


def start(shop: Path, platform: str, home: Path, move_to: list[int] | None = None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "MEMBERDESK_HOME": str(home)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    args = [sys.executable, "-c", SHOW, str(shop)] + ([json.dumps(move_to)] if move_to else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    shown: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return shown


def test_a_large_screen_gets_a_large_window_and_it_opens_where_it_was_left(
    shop_file: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    big = screen(tmp_path, 1600, 1000)
    first = start(shop_file, big, home, move_to=[60, 40, 1500, 930])
    assert first["maximised"] is False
    assert first["window"] == [80, 50, 1440, 900]  # 90 % of the screen, centred; not 1280×800
    again = start(shop_file, big, home)
    assert again["window"] == [60, 40, 1500, 930] and again["maximised"] is False


def test_a_small_screen_opens_maximised_and_a_remembered_place_is_fitted_into_it(
    shop_file: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    small = screen(tmp_path, 1024, 768)
    assert start(shop_file, small, home)["maximised"] is True
    start(shop_file, screen(tmp_path, 1600, 1000), home, move_to=[500, 200, 1000, 700])
    back_on_small = start(shop_file, small, home)  # the big monitor is gone
    x, y, w, h = back_on_small["window"]  # type: ignore[misc]
    assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768 and (w, h) == (1000, 700)


def test_first_place_and_fitting() -> None:
    assert first_place(QRect(0, 0, 1024, 768)) == Place(QRect(0, 0, 1024, 768), True)
    assert first_place(QRect(0, 30, 2560, 1410)) == Place(QRect(128, 100, 2304, 1269), False)
    off = Place(QRect(3000, -50, 1200, 900), False)
    assert fitted(off, QRect(0, 0, 1024, 768)) == Place(QRect(0, 0, 1024, 768), False)
    assert fitted(off, QRect(0, 0, 1920, 1080)) == Place(QRect(720, 0, 1200, 900), False)
