"""One way to print: HTML laid out by QTextDocument onto an A4 PDF page (accents and tables render)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_html_pdf(html: str, path: Path, title: str) -> Path:
    """Render `html` to `path` (A4 portrait, 15 mm margins, 300 dpi) and return it."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("LearnOrg Desktop")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    return path
