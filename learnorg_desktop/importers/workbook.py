"""XLSX, XLS and ODS through python-calamine, after checking that a zip file is not a bomb."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import cast

from python_calamine import CalamineWorkbook

from learnorg_desktop.importers.errors import UnreadableFileError, UnsafeFileError
from learnorg_desktop.importers.tabular import CellValue, RawTable

MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # real sheets compress ~10-30x; bombs reach thousands
_RATIO_FLOOR = 1024 * 1024  # tiny members may compress very well; only judge the big ones
_PROLOG_BYTES = 4096  # a DTD can only appear in the XML prolog, at the very start
_ZIP_FORMATS = (".xlsx", ".xlsm", ".ods")


def read_workbook(path: Path) -> RawTable:
    if path.suffix.lower() in _ZIP_FORMATS:
        check_zip(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            name, rows, first_row = _first_sheet(workbook)
        finally:
            workbook.close()
    except (UnsafeFileError, UnreadableFileError):
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # calamine raises its own errors, ValueError, OSError… and, on some
        # damaged cells (huge negative dates), a Rust panic that derives from BaseException
        raise UnreadableFileError(path, f"the spreadsheet cannot be read ({_short(error)})",
                                  code="corrupt") from None
    numbers = list(range(first_row + 1, first_row + 1 + len(rows)))
    return RawTable(rows=rows, row_numbers=numbers, source=str(path), sheet=name)


def _first_sheet(workbook: CalamineWorkbook) -> tuple[str, list[list[CellValue]], int]:
    """The first visible worksheet holding data, its rows and the 0-based index of its first row."""
    names: list[str] = list(workbook.sheet_names)
    for index, name in enumerate(names):
        sheet = workbook.get_sheet_by_index(index)
        start = sheet.start
        if start is None:
            continue
        rows = cast(list[list[CellValue]], sheet.to_python(skip_empty_area=True))
        if rows:
            return name, rows, int(start[0])
    return (names[0] if names else ""), [], 0


def check_zip(path: Path) -> None:
    """Refuse zips whose declared content is too big, too many or too compressed, or XML with a DTD."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_sizes(path, members)
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels")):
                    _check_prolog(path, archive, member)
    except zipfile.BadZipFile:
        raise UnreadableFileError(path, "the file is damaged or is not a real spreadsheet",
                                  code="corrupt") from None
    except (UnsafeFileError, UnreadableFileError):
        raise
    except Exception as error:  # truncated members, unsupported compression, CRC errors…
        raise UnreadableFileError(path, f"the file is damaged ({_short(error)})", code="corrupt") from None


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnsafeFileError(path, f"the archive holds too many parts ({len(members)})", code="zip_members")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnsafeFileError(path, "the spreadsheet expands to more than 200 MB", code="zip_size")
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise UnsafeFileError(path, f"part '{member.filename}' is suspiciously compressed",
                                  code="zip_ratio")


def _check_prolog(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with archive.open(member) as stream:
        head = stream.read(_PROLOG_BYTES).upper()
    # Office files never declare a DTD; entity declarations are how XML bombs expand.
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise UnsafeFileError(path, f"part '{member.filename}' declares XML entities", code="xml_entities")


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]
