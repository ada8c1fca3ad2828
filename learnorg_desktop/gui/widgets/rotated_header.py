"""A horizontal header that writes its labels vertically, for narrow heatmap columns."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

MAX_HEIGHT = 170


class RotatedHeaderView(QHeaderView):
    """Bottom-to-top text in fixed, narrow sections; long names are elided (the tooltip has them whole)."""

    def __init__(self, section_width: int = 26, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._section_width = section_width
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(section_width)
        self.setMinimumSectionSize(section_width)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), MAX_HEIGHT)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        return QSize(self._section_width, MAX_HEIGHT)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logicalIndex
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.restore()
        model = self.model()
        text = model.headerData(logicalIndex, Qt.Orientation.Horizontal) if model is not None else None
        if not text:
            return
        painter.save()
        painter.translate(rect.left() + rect.width() / 2, rect.bottom() - 4)
        painter.rotate(-90)
        metrics = self.fontMetrics()
        elided = metrics.elidedText(str(text), Qt.TextElideMode.ElideRight, rect.height() - 8)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QPoint(0, metrics.ascent() // 2 - metrics.descent() // 2), elided)
        painter.restore()
