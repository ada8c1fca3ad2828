"""A matplotlib figure shown in Qt, with "Export PNG…"; matplotlib loads on the first figure, not at start-up."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)


class ChartView(QWidget):
    """Shows one `Figure` (built by learnorg_desktop.charts); `exported(path)` after a PNG is written."""

    exported = Signal(str)

    def __init__(self, file_stem: str = "chart", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = file_stem  # proposed file name for the PNG, e.g. "participation"
        self.figure: Figure | None = None
        self._canvas: QWidget | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.export_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(header)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image"))
        self.export_button.setAccessibleName(self.tr("Export chart as PNG"))
        self._name_canvas()

    def set_title(self, text: str) -> None:
        self.title.setText(f"<b>{text}</b>" if text else "")
        self._name_canvas()

    def _name_canvas(self) -> None:
        """A screen reader names the picture by the chart's title (the canvas itself has no text)."""
        if self._canvas is not None:
            plain = self.title.text().removeprefix("<b>").removesuffix("</b>")
            self._canvas.setAccessibleName(plain or self.tr("Chart"))

    def set_figure(self, figure: Figure) -> None:
        """Show `figure` in place of the previous one."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumHeight(220)
        if self._canvas is not None:
            self._layout.replaceWidget(self._canvas, canvas)
            self._canvas.deleteLater()
        else:
            self._layout.addWidget(canvas, 1)
        self._canvas, self.figure = canvas, figure
        self._name_canvas()
        self.export_button.setEnabled(True)
        # No draw here: the canvas draws on its first resize/paint at its final size (one draw, not two).

    def export_png(self, path: Path) -> Path:
        """Write the current figure as a PNG at print-friendly resolution; returns the path written."""
        if self.figure is None:
            raise ValueError("no chart to export")
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        self.figure.savefig(path, format="png", dpi=150, facecolor="white")
        return path

    def ask_export(self) -> None:
        default = str(Path.home() / f"{self.file_stem}.png")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), default, self.tr("PNG image (*.png)"))
        if not chosen:
            return
        try:
            written = self.export_png(Path(chosen))
        except OSError as error:
            log.warning("chart export failed: %s", error)
            QMessageBox.warning(self, self.tr("Export chart"),
                                self.tr("The image could not be written:\n%1").replace("%1", str(error)))
            return
        self.exported.emit(str(written))
