"""Builders of messy test files: CSV bytes, XLSX through openpyxl, ODS by hand, broken and hostile zips."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

Cell = str | int | float | date | None

FR_HEADER = ["Nom", "Prénom", "Courriel", "Téléphone", "Statut", "Antenne", "Fonction", "Date d'arrivée",
             "Date de départ", "Motif de départ", "Langues", "Remarques"]
EN_HEADER = ["Last name", "First name", "E-mail", "Phone", "Kind", "Office", "Role", "Arrival date",
             "Departure date", "Departure reason", "Languages", "Notes"]


def write_csv(path: Path, lines: Sequence[Sequence[str]], *, sep: str = ";", encoding: str = "utf-8",
              bom: bool = False, newline: str = "\r\n") -> Path:
    """Lines of cells joined naively (cells must not hold the separator), as Excel would save them."""
    text = newline.join(sep.join(cells) for cells in lines) + newline
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Cell]], *, date_format: str = "DD/MM/YYYY") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = date_format
    workbook.save(path)
    return path


def write_ods(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    """A minimal OpenDocument spreadsheet (no ODS writer is installed; the format is a zip of XML)."""
    body = "".join(f"<table:table-row>{''.join(_ods_cell(c) for c in row)}</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Feuille1">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _ods_cell(value: Cell) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, date):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>")
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p>' \
               "</table:table-cell>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def write_zip_bomb(path: Path, megabytes: int = 3) -> Path:
    """An .xlsx-named zip whose sheet is megabytes of zeros: a ~1000x compression ratio."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (megabytes * 1024 * 1024))
    return path


def write_entity_xlsx(path: Path, source: Path) -> Path:
    """A copy of the workbook at `source` whose shared strings declare a (billion-laughs style) entity."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' + data
            archive.writestr(member, data)
    return path


def truncated_copy(path: Path, source: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def people_rows(count: int, *, start: int = 0) -> list[list[Cell]]:
    """`count` distinct valid people under FR_HEADER."""
    return [
        [f"Nom{i}", f"Prénom{i}", f"p{i}@example.org", "", "bénévole", "LYON", "Accueil", date(2020, 1, 1 + i % 28),
         None, "", "français", ""]
        for i in range(start, start + count)
    ]
