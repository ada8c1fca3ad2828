"""Replaces PyInstaller's PySide6.QtGui hook: the same collection, minus Qt plugins a desktop window never loads.

Left out: the embedded-device platforms (EGLFS, framebuffer, VNC, Vulkan display) and their input plugins, which
also drag in QtNetwork and Kerberos; and the GTK3 platform theme, which would pull in parts of the build machine's
GTK stack (cairo, pango, atk) that then clash with the user's own GTK. Qt falls back to its own theme, and the
xdg-desktop-portal theme still gives native file dialogs. Plugins are filtered here rather than after the
analysis so that the libraries only they need are never collected.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_FOLDERS = ("egldeviceintegrations", "generic")
UNUSED_PLUGIN_FILES = ("qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qminimalegl", "qgtk3")


def used(destination_folder: str, source: str) -> bool:
    folder = destination_folder.replace("\\", "/")
    if any(folder.endswith(f"/plugins/{name}") for name in UNUSED_PLUGIN_FOLDERS):
        return False
    stem = source.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0].removeprefix("lib")
    return stem not in UNUSED_PLUGIN_FILES


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if used(destination, source)]
