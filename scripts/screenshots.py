"""Grab each tab of the main window (and the person form) to PNG files, offscreen, at 1280x800.

Usage: python scripts/screenshots.py --db PATH --out docs/screenshots [--lang fr|en] [--dark]
(--dark: a dark palette, as with the system in dark mode; files are named <view>_<lang>_dark.png)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TAB_SLUGS = ("people", "needs", "onboarding", "sharing", "dashboards")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database file to show")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="output folder")
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--dark", action="store_true", help="dark colour scheme (Fusion with a dark palette)")
    args = parser.parse_args()
    tag = f"{args.lang}_dark" if args.dark else args.lang
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from learnorg_desktop.gui.application import install_translators, resource_file
    from learnorg_desktop.gui.colours import dark_preview_palette
    from learnorg_desktop.gui.main_window import MainWindow
    from learnorg_desktop.gui.ui_settings import UiSettings
    from learnorg_desktop.storage.database import Database

    app = QApplication(sys.argv[:1])
    app.setApplicationName("LearnOrg Desktop")
    if args.dark:  # offscreen Qt has no system scheme to follow
        app.setStyle("Fusion")
        app.setPalette(dark_preview_palette())
    translators = install_translators(app, args.lang)
    del translators  # kept alive by their parent, the application
    with tempfile.TemporaryDirectory() as scratch:  # never touch the user's remembered window state
        settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Database.open(args.db), settings)
        window.setWindowIcon(app.windowIcon() if not app.windowIcon().isNull() else window.windowIcon())
        window.resize(1280, 800)
        window.show()
        args.out.mkdir(parents=True, exist_ok=True)
        for index, slug in enumerate(TAB_SLUGS):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            if slug == "sharing":
                prepare_sharing_view(app, window, "sessions")
            wait_loads(app, window.tabs.currentWidget())  # every tab may fill its lists in the background
            save(window.grab(), args.out / f"{slug}_{tag}.png")
        window.tabs.setCurrentIndex(0)
        grab_person_dialog(app, window, args.out / f"person_dialog_{tag}.png")
        grab_needs_views(app, window, args.out, tag)
        grab_sharing_views(app, window, args.out, tag)
        grab_dashboards_views(app, window, args.out, tag)
        window.close()
        window.db.close()
    print(resource_file("icons", "learnorg.svg").name, "ok")
    return 0


def grab_person_dialog(app: object, window: object, path: Path) -> None:
    tab = window.people_tab  # type: ignore[attr-defined]
    if tab.model.rowCount() == 0:
        dialog = tab.add_person()
    else:
        tab.table.selectRow(0)
        dialog = tab.edit_person()
    app.processEvents()  # type: ignore[attr-defined]
    save(dialog.grab(), path)
    dialog.reject()


NEEDS_SLUGS = ("catalogue", "person", "list", "matrix", "talent", "matching")


def grab_needs_views(app: object, window: object, out: Path, lang: str) -> None:
    """Each view of the Needs mapping tab, once its background loads are done (a person picked)."""
    import time

    tab = window.needs_tab  # type: ignore[attr-defined]
    if tab is None:
        return
    window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    for index, slug in enumerate(NEEDS_SLUGS):
        tab.views.setCurrentIndex(index)
        if slug == "person" and tab.person_view.picker.model.rowCount():
            tab.person_view.picker.select_person(tab.person_view.picker.model.person_id(3))
        deadline = time.monotonic() + 30
        while any(v.pending for v in (tab.warning_panel, *tab.all_views())) and time.monotonic() < deadline:
            app.processEvents()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        if slug == "matching" and tab.matching_view.model.rowCount():
            tab.matching_view.table.selectRow(0)
        save(window.grab(), out / f"needs_{slug}_{lang}.png")  # type: ignore[attr-defined]


SHARING_SLUGS = ("sessions", "communities", "library", "hours")


def grab_sharing_views(app: object, window: object, out: Path, lang: str) -> None:
    """Each view of the Knowledge-sharing tab, loaded, with a session (or community) selected."""
    tab = window.sharing_tab  # type: ignore[attr-defined]
    if tab is None:
        return
    window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    for slug in SHARING_SLUGS:
        prepare_sharing_view(app, window, slug)
        save(window.grab(), out / f"sharing_{slug}_{lang}.png")  # type: ignore[attr-defined]


def prepare_sharing_view(app: object, window: object, slug: str) -> None:
    """Show one Knowledge-sharing view, wait for its background loads, select a telling row."""
    import time

    from learnorg_desktop.enums import SessionStatus

    tab = window.sharing_tab  # type: ignore[attr-defined]
    if tab is None:
        return
    tab.views.setCurrentIndex(SHARING_SLUGS.index(slug))
    view = tab.views.currentWidget()
    deadline = time.monotonic() + 30
    app.processEvents()  # type: ignore[attr-defined]
    while getattr(view, "pending", 0) and time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
    if slug == "sessions" and view.model.rowCount():
        # A held session with people present shows attendance, feedback and follow-up filled in.
        rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
        held = [r for r in rows if r.status == SessionStatus.HELD and r.attended]
        view.select_session((held[-1] if held else rows[0]).id)
    elif slug in ("communities", "library") and view.model.rowCount():
        view.table.selectRow(0)
    app.processEvents()  # type: ignore[attr-defined]


DASHBOARD_SLUGS = ("global", "person", "diagnostic")


def wait_loads(app: object, root: object, seconds: float = 60) -> None:
    """Process events until no widget under `root` has background work pending (charts included)."""
    import time

    from PySide6.QtWidgets import QWidget

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        widgets = [root, *root.findChildren(QWidget)]  # type: ignore[attr-defined]
        if not any(getattr(w, "pending", 0) or getattr(w, "busy", False) is True for w in widgets):
            break
        time.sleep(0.02)
    app.processEvents()  # type: ignore[attr-defined]


def grab_dashboards_views(app: object, window: object, out: Path, lang: str) -> None:
    """The organisation's dashboard, one person's follow-up and the self-diagnosis, loaded."""
    tab = window.dashboards_tab  # type: ignore[attr-defined]
    if tab is None:
        return
    window.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    for index, slug in enumerate(DASHBOARD_SLUGS):
        view = tab.show_view(index)
        wait_loads(app, tab)
        if slug == "person" and view.picker.model.rowCount():
            view.show_person(view.picker.model.person_id(3))
        elif slug == "diagnostic" and view.model.rowCount() and not view.table.selectionModel().hasSelection():
            view.table.selectRow(0)
        wait_loads(app, tab)
        save(window.grab(), out / f"dashboards_{slug}_{lang}.png")  # type: ignore[attr-defined]


def save(pixmap: object, path: Path) -> None:
    if not pixmap.save(str(path)):  # type: ignore[attr-defined]
        raise SystemExit(f"cannot write {path}")
    print(path)


if __name__ == "__main__":
    sys.exit(main())
