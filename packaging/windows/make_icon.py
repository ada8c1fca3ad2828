"""Render resources/icons/learnorg.svg into a multi-size Windows .ico for the executables and the installer.

Usage: python packaging/windows/make_icon.py [OUT.ico]   (default: packaging/build/learnorg.ico)
Qt draws the SVG at each size (crisper than scaling one bitmap down); Pillow, which matplotlib already
installs, writes the .ico container. Runs anywhere the application's dependencies are installed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "learnorg.svg"
DEFAULT_OUT = ROOT / "packaging" / "build" / "learnorg.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer, the taskbar and the Start menu ask for


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: works on a build server too
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    images = [Image.open(io.BytesIO(render_png(size))) for size in SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    # Pillow takes the largest image and one entry per size; the smaller ones are our own renderings.
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    del app
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
