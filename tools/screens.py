"""Screen gallery: every page and dialog rendered to PNG, and every text that does not fit listed.

    .venv/bin/python tools/screens.py                     # both sizes, zh_CN and en, to out/screens/
    .venv/bin/python tools/screens.py --lang en --size 1024x768 --only members,complaints
    .venv/bin/python tools/screens.py --pseudo            # also the 40%-longer pseudo-locale

A small demo store is built in a temporary folder and the manager is signed in, so every page
shows realistic data. A label, button, check box, combo box, group box title, tab, header
section or table cell whose text is wider than the room it has is an offender; the tool prints
them and exits 1 when there are any (2 when a screen could not be built at all).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QDeadlineTimer,
    QMessageLogContext,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontMetrics, QTextDocument  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402  (mightBeRichText lives in QtGui)
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from memberdesk.ui.widgets.windows import top_level_widgets  # noqa: E402

SIZES = ((1024, 768), (1600, 1000))
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Offender:
    """A text that does not fit: where, what, and how many pixels it needs and has."""

    screen: str
    widget: str
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        if self.need == self.have == 0:
            return f"{self.screen}: {self.widget}: {self.text}"
        return f"{self.screen}: {self.widget} {self.text!r} needs {self.need} px, has {self.have}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines() or [""]), default=0)


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(root) and widget.width() > 0


def _label(label: QLabel) -> tuple[str, int, int] | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    inner = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + 1:
            return text, need_height, label.height()  # the wrapped text is cut off at the bottom
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth())
        text = doc.toPlainText()
    else:
        if label.buddy() is not None:
            text = _plain(text)  # "&Amount": the ampersand marks the shortcut and is not drawn
        need = _advance(label.fontMetrics(), text)
    if label.toolTip() and (text.endswith("…") or text in label.toolTip()):
        return None  # elided on purpose, the whole text in the tooltip
    return (text, need, inner) if need > inner else None


def _button(button: QAbstractButton) -> tuple[str, int, int] | None:
    text = _plain(button.text())
    if not text:
        return None
    style = button.style()
    need = _advance(button.fontMetrics(), text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        have = button.width() - indicator - spacing
    else:
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        have = button.width() - margin - 2 * frame
    return (text, need, have) if need > have else None


def _combo(combo: QComboBox) -> tuple[str, int, int] | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
    need = _advance(combo.fontMetrics(), text) + arrow + 12
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return (text, need, combo.width()) if need > combo.width() else None


def _line_edit(edit: QLineEdit) -> tuple[str, int, int] | None:
    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return None
    need = _advance(edit.fontMetrics(), text) + 10
    if edit.text():
        return None  # typed text scrolls; only a cut placeholder or prompt is a defect
    return (text, need, edit.width()) if need > edit.width() else None


def _header(header: QHeaderView) -> Iterator[tuple[str, int, int]]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    metrics = header.fontMetrics()
    extra = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        extra += 14
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if text and not (tip and text in str(tip)):
            need = _advance(metrics, text) + extra
            if need > header.sectionSize(section):
                yield text, need, header.sectionSize(section)


def _cells(view: QTableView, rows: int = 30) -> Iterator[tuple[str, int, int]]:
    """The widest cut cell of each column among the first ``rows`` rows (one line per column)."""
    model = view.model()
    if model is None:
        return
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    padding = 2 * margin  # the delegate draws text inside these margins
    columns = model.columnCount(QModelIndex())
    for column in range(columns):
        if view.isColumnHidden(column):
            continue
        have = view.columnWidth(column)
        if column == columns - 1 and view.horizontalHeader().stretchLastSection():
            have = max(have, view.viewport().width() - view.horizontalHeader().sectionPosition(column))
        worst: tuple[str, int, int] | None = None
        for row in range(min(model.rowCount(QModelIndex()), rows)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if view.isRowHidden(row) or text is None or (tip and str(text) in str(tip)):
                continue  # a cut cell whose tooltip reads it whole is elided on purpose
            need = _advance(metrics, str(text)) + padding
            if need > have and (worst is None or need > worst[1]):
                worst = (str(text), need, have)
        if worst is not None:
            yield worst


def _titles(widget: QGroupBox | QTabBar) -> Iterator[tuple[str, int, int]]:
    """A group box's title, or each tab's."""
    if isinstance(widget, QGroupBox):
        need = _advance(widget.fontMetrics(), _plain(widget.title())) + 16
        if widget.title() and need > widget.width():
            yield widget.title(), need, widget.width()
        return
    space = widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
    for i in range(widget.count()):
        need = _advance(widget.fontMetrics(), _plain(widget.tabText(i))) + space
        if need > widget.tabRect(i).width():
            yield widget.tabText(i), need, widget.tabRect(i).width()


def _hits(widget: QWidget) -> Iterator[tuple[str, int, int]]:
    """What in ``widget`` itself does not fit (its children are looked at separately)."""
    single: tuple[str, int, int] | None = None
    if isinstance(widget, QLabel):
        single = _label(widget)
    elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        single = _button(widget)
    elif isinstance(widget, QComboBox):
        single = _combo(widget)
    elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
        single = _line_edit(widget)
    elif isinstance(widget, QGroupBox | QTabBar):
        yield from _titles(widget)
    elif isinstance(widget, QHeaderView):
        yield from _header(widget)
    elif isinstance(widget, QTableView):
        yield from _cells(widget)
    elif callable(getattr(widget, "getPlotItem", None)):  # a pyqtgraph chart: titles and axes
        need = int(widget.getPlotItem().minimumWidth())
        single = ("chart", need, widget.width()) if need > widget.width() else None
    if single is not None:
        yield single


def clipped(root: QWidget, screen: str, fits: tuple[int, int] | None = None) -> list[Offender]:
    """Every visible text under ``root`` that is wider (or, wrapped, taller) than its room.

    ``fits``: the screen size a window must fit in (its minimum size is compared with it).
    """
    found = [
        Offender(screen, _name(widget), *hit)
        for widget in (root, *root.findChildren(QWidget))
        if _visible(widget, root)
        for hit in _hits(widget)
    ]
    if fits is not None and root.isWindow():
        hint = root.minimumSizeHint().expandedTo(root.minimumSize())
        for what, need, have in (("width", hint.width(), fits[0]), ("height", hint.height(), fits[1])):
            if need > have:
                found.append(Offender(screen, f"window (minimum {what})", root.windowTitle(), need, have))
    return found


def shadowed(root: QWidget) -> list[str]:
    """Attributes of ``root`` and its children that hide a Qt method (``self.done = QLabel()``
    silently breaks ``QDialog.done``, so the dialog can never close)."""
    found = []
    for obj in (root, *root.findChildren(QObject)):
        qt_base = next(c for c in type(obj).__mro__ if c.__module__.startswith("PySide6"))
        for name in vars(obj):
            hidden = getattr(qt_base, name, None)
            if not name.startswith("_") and callable(hidden) and not isinstance(hidden, Signal):
                found.append(f"{type(obj).__module__}.{type(obj).__name__}.{name}")
    return sorted(set(found))


def settle(app: QCoreApplication, ms: int = 15_000) -> None:
    """Let layouts, queued signals and background jobs (e.g. a report's figures) finish."""
    deadline = QDeadlineTimer(ms)
    pool = QThreadPool.globalInstance()
    for _ in range(5):
        app.processEvents()
    while not deadline.hasExpired():
        pool.waitForDone(50)
        app.processEvents()
        if pool.activeThreadCount() == 0:
            app.processEvents()
            if pool.activeThreadCount() == 0:
                break
    for _ in range(5):
        app.processEvents()


# --- building the app ---------------------------------------------------------------------------


def build_demo(folder: Path, members: int = 300) -> Path:
    from memberdesk.demo.build import DemoPlan, build_store

    path = folder / "gallery.sqlite3"
    if not path.exists():
        build_store(str(path), DemoPlan(members=members, seed=7, until=dt.date.today()))
    return path


def manager_actor(db: object) -> object:
    from memberdesk.domain.vocab import Role
    from memberdesk.services.staff.auth import list_staff, sign_in
    from memberdesk.services.staff.setup import first_store_id

    store_id = first_store_id(db)  # type: ignore[arg-type]
    manager = next(s for s in list_staff(db, store_id) if s.role is Role.MANAGER)  # type: ignore[arg-type]
    return sign_in(db, manager.id, "8888")  # type: ignore[arg-type]


def rich_member(db: object) -> int:
    """A member with children, sizes and sales, so the card and dialogs show everything."""
    from sqlalchemy import func, select

    from memberdesk.store.models import Child, Sale

    with db.read() as s:  # type: ignore[attr-defined]
        with_children = select(Child.member_id)
        member = s.scalar(
            select(Sale.member_id)
            .where(Sale.member_id.in_(with_children))
            .group_by(Sale.member_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        return int(member)


@dataclass
class Gallery:
    """Renders the screens of one language at one size into ``out``."""

    app: QApplication
    db_path: Path
    out: Path
    language: str
    size: tuple[int, int]
    only: set[str] | None = None

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def shot(self, widget: QWidget, name: str) -> tuple[Path, list[Offender]]:
        settle(self.app)
        tag = f"{self.language}-{self.size[0]}x{self.size[1]}"
        path = self.out / f"{tag}-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))
        for n, scroll in enumerate(w for w in widget.findChildren(QScrollArea) if _visible(w, widget)):
            inner = scroll.widget()
            if inner is not None and inner.height() > scroll.viewport().height():
                inner.grab().save(str(path.with_name(f"{path.stem}-scrolled{n}.png")))  # the whole of it
        found = clipped(widget, f"{tag} {name}", self.size)
        found += [Offender(f"{tag} {name}", "shadows a Qt method", attr, 0, 0) for attr in shadowed(widget)]
        return path, found

    def run(self) -> tuple[list[Path], list[Offender], list[str]]:
        from memberdesk.services.staff.setup import first_store_id, store_name
        from memberdesk.store.database import connect
        from memberdesk.ui.app.main_window import MainWindow
        from memberdesk.ui.widgets.context import AppContext

        db = connect(self.db_path)
        images: list[Path] = []
        offenders: list[Offender] = []
        failures: list[str] = []
        store_id = first_store_id(db)
        assert store_id is not None
        ctx = AppContext(db, store_id, store_name(db, store_id))
        window = MainWindow(ctx)
        window.resize(*self.size)
        window.show()
        settle(self.app)

        def take(name: str, make: Callable[[], QWidget | None]) -> None:
            if not self.wanted(name):
                return
            try:
                widget = make()
                if widget is None:
                    return
                path, found = self.shot(widget, name)
                images.append(path)
                offenders.extend(found)
            except Exception as exc:  # one broken screen must not hide the others
                failures.append(f"{self.language}-{self.size[0]}x{self.size[1]} {name}: {exc!r}")

        try:
            take("signin", lambda: window)
            actor = manager_actor(db)
            ctx.set_actor(actor)  # type: ignore[arg-type]
            window._on_signed_in(actor)  # type: ignore[arg-type]
            member = rich_member(db)
            names = ("counter", "members", "complaints", "care", "reports", "settings")
            for index, name in enumerate(names):

                def page(i: int = index) -> QWidget:
                    window.show_page(i)
                    if i == 0:
                        ctx.open_member.emit(member)
                    return window

                take(name, page)
                self._other_tabs(name, window, take)
            window.show_page(0)
            ctx.open_member.emit(member)
            settle(self.app)
            for action in _actions():
                take(f"dialog-{action.name}", lambda a=action: self._dialog(ctx, a, member, window))
            setup = ("memberdesk.ui.app.store_setup", "StoreSetupDialog")
            take("dialog-store_setup", lambda: self._plain_dialog(*setup))
        finally:
            for top in top_level_widgets():
                if top is not window and top.isVisible():
                    top.hide()
            window.hide()
            window.deleteLater()
            settle(self.app, 2_000)
            db.dispose()
        return images, offenders, failures

    def _other_tabs(
        self, name: str, window: QWidget, take: Callable[[str, Callable[[], QWidget]], None]
    ) -> None:
        """Each further tab of the page's tab widgets, as its own picture."""
        if not self.wanted(name):
            return
        for tabs in window.findChildren(QTabWidget):
            if not _visible(tabs, window):
                continue
            for i in range(1, tabs.count()):
                if tabs.isTabVisible(i):

                    def tab(t: QTabWidget = tabs, n: int = i) -> QWidget:
                        t.setCurrentIndex(n)
                        return window

                    self.only = None if self.only is None else self.only | {f"{name}-tab{i}"}
                    take(f"{name}-tab{i}", tab)
            tabs.setCurrentIndex(0)

    def _dialog(self, ctx: object, action: object, member: int, window: QWidget) -> QWidget | None:
        from memberdesk.ui.widgets import actions

        close_others(window)
        settle(self.app, 2_000)
        before = set(top_level_widgets())
        widget = actions.trigger(action.name, ctx, member, window)  # type: ignore[attr-defined, arg-type]
        settle(self.app)
        if widget.isWindow():
            QWidget.resize(widget, QWidget.size(widget).boundedTo(window.size()))  # even if `size` is hidden
            return widget
        # a side panel, or a notice that turned into another window (e.g. a PDF preview)
        shown = [w for w in top_level_widgets() if w not in before and w.isVisible()]
        return shown[-1] if shown else window

    def _plain_dialog(self, module: str, cls: str) -> QWidget:
        import importlib

        close_others(QApplication.activeWindow() or QWidget())

        dialog: QWidget = getattr(importlib.import_module(module), cls)()
        dialog.show()
        return dialog


def _actions() -> list[object]:
    from memberdesk.ui.widgets import actions

    return [a for a in actions.ACTIONS if actions.available(a.name)]


def close_others(keep: QWidget) -> None:
    for top in top_level_widgets():
        if top is not keep and top.isVisible():
            discard = getattr(top, "discard", None)
            (discard if callable(discard) else top.hide)()


_QUIET = ("This plugin does not support",)


def _quiet_handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_QUIET):
        print(message, file=sys.stderr)


def make_app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from memberdesk.ui.widgets import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    i18n.apply_font(app, i18n.register_fonts())
    return app


def render(
    out: Path,
    languages: tuple[str, ...] = LANGUAGES,
    sizes: tuple[tuple[int, int], ...] = SIZES,
    *,
    only: set[str] | None = None,
    pseudo: bool = False,
    db_path: Path | None = None,
) -> tuple[list[Path], list[Offender], list[str]]:
    """Render the gallery; returns the images written, the offenders and the screens that failed."""
    from memberdesk.ui.widgets import i18n
    from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale

    app = make_app()
    images: list[Path] = []
    offenders: list[Offender] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="memberdesk-screens-") as tmp:
        source = db_path or build_demo(Path(tmp))
        runs = [(lang, False) for lang in languages] + ([("en", True)] if pseudo else [])
        for language, stretched in runs:
            i18n.install_translators(app, language)
            translator = install_pseudo_locale(app) if stretched else None
            try:
                for size in sizes:
                    gallery = Gallery(app, source, out, "pseudo" if stretched else language, size, only)
                    got = gallery.run()
                    images += got[0]
                    offenders += got[1]
                    failures += got[2]
            finally:
                if translator is not None:
                    remove_pseudo_locale(app, translator)
        i18n.install_translators(app, "en")
    return images, offenders, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "screens")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="zh_CN or en (default both)")
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (default 1024x768 and 1600x1000)")
    parser.add_argument("--only", help="comma-separated screen names, e.g. members,dialog-enrol")
    parser.add_argument("--pseudo", action="store_true", help="also render the 40%%-longer pseudo-locale")
    parser.add_argument("--db", type=Path, help="use this store (a copy is not made) instead of a demo")
    args = parser.parse_args(argv)
    qInstallMessageHandler(_quiet_handler)
    sizes = tuple(tuple(int(n) for n in s.lower().split("x")) for s in args.size) if args.size else SIZES
    only = set(args.only.split(",")) if args.only else None
    images, offenders, failures = render(
        args.out, tuple(args.lang or LANGUAGES), sizes, only=only, pseudo=args.pseudo, db_path=args.db
    )  # type: ignore[arg-type]
    print(f"{len(images)} screens written to {args.out}")
    for offender in offenders:
        print(f"CLIPPED {offender}")
    for failure in failures:
        print(f"FAILED  {failure}")
    if failures:
        return 2
    return 1 if offenders else 0


if __name__ == "__main__":
    raise SystemExit(main())
