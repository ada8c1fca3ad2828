"""Reading CSV, XLSX and ODS files into a RawTable, and refusing broken or hostile files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from learnorg_desktop.importers import workbook
from learnorg_desktop.importers.errors import (
    EmptyFileError,
    ImportFileError,
    UnreadableFileError,
    UnsafeFileError,
    UnsupportedFormatError,
)
from learnorg_desktop.importers.tabular import read_table
from tests.importers.builders import (
    FR_HEADER,
    truncated_copy,
    write_csv,
    write_entity_xlsx,
    write_ods,
    write_xlsx,
    write_zip_bomb,
)


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_separator_is_detected(tmp_path: Path, sep: str) -> None:
    path = write_csv(tmp_path / "p.csv", [["Titre"], ["Nom", "Prénom", "Courriel"], ["Dupont", "Jean", "j@x.fr"]],
                     sep=sep)
    table = read_table(path)
    assert table.rows[1] == ["Nom", "Prénom", "Courriel"]
    assert table.rows[2] == ["Dupont", "Jean", "j@x.fr"]


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", False), ("utf-8", True), ("cp1252", False)])
def test_csv_encodings(tmp_path: Path, encoding: str, bom: bool) -> None:
    path = write_csv(tmp_path / "p.csv", [["Nom", "Prénom"], ["Lefèvre", "Hélène Œuvre"]], encoding=encoding, bom=bom)
    table = read_table(path)
    assert table.rows == [["Nom", "Prénom"], ["Lefèvre", "Hélène Œuvre"]]


def test_csv_row_numbers_are_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text('Nom;Remarques\n\nDupont;"deux\nlignes"\nMartin;x\n', encoding="utf-8")
    table = read_table(path)
    assert table.row_numbers == [1, 2, 3, 5]
    assert table.rows[2] == ["Dupont", "deux\nlignes"]


def test_xlsx_keeps_dates_and_spreadsheet_row_numbers(tmp_path: Path) -> None:
    rows = [["Liste des bénévoles"], [], [*FR_HEADER[:3], "Date d'arrivée"],
            ["Dupont", "Jean", "j@x.fr", date(2020, 3, 1)]]
    table = read_table(write_xlsx(tmp_path / "p.xlsx", rows))
    assert table.row_numbers == [1, 2, 3, 4]
    assert table.rows[3][3] == date(2020, 3, 1)


def test_xlsx_starting_below_row_one(tmp_path: Path) -> None:
    rows = [[], [], ["Nom", "Prénom"], ["Dupont", "Jean"]]
    table = read_table(write_xlsx(tmp_path / "p.xlsx", rows))
    assert table.row_numbers[0] == 3
    assert table.rows[0][:2] == ["Nom", "Prénom"]


def test_ods_is_read(tmp_path: Path) -> None:
    table = read_table(write_ods(tmp_path / "p.ods", [["Nom", "Arrivée"], ["Dupont", date(2021, 5, 4)]]))
    assert table.rows[1] == ["Dupont", date(2021, 5, 4)]


@pytest.mark.parametrize("name", ["people.pdf", "people", "people.docx"])
def test_wrong_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Nom\nDupont\n")
    with pytest.raises(UnsupportedFormatError):
        read_table(path)


def test_empty_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.csv"
    blank.write_text(";;\n;;\n\n")
    for path in (empty, blank):
        with pytest.raises(EmptyFileError):
            read_table(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError):
        read_table(tmp_path / "nowhere.csv")


def test_binary_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b"Nom\x00\x01\x02")
    with pytest.raises(UnreadableFileError) as caught:
        read_table(path)
    assert caught.value.code == "binary"


def test_corrupt_xlsx(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nom"], ["Dupont"]])
    not_zip = tmp_path / "text.xlsx"
    not_zip.write_text("Nom;Prénom\n")
    for path in (truncated_copy(tmp_path / "cut.xlsx", good), not_zip):
        with pytest.raises(UnreadableFileError):
            read_table(path)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError) as caught:
        read_table(write_zip_bomb(tmp_path / "bomb.xlsx"))
    assert caught.value.code == "zip_ratio"


def test_oversized_archive_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook, "MAX_UNCOMPRESSED_BYTES", 1000)
    path = write_xlsx(tmp_path / "p.xlsx", [["Nom"], ["Dupont"]])
    with pytest.raises(UnsafeFileError) as caught:
        read_table(path)
    assert caught.value.code == "zip_size"


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "p.xlsx", [["Nom"], ["Dupont"]])
    with pytest.raises(UnsafeFileError) as caught:
        read_table(write_entity_xlsx(tmp_path / "lol.xlsx", source))
    assert caught.value.code == "xml_entities"


def test_errors_are_service_errors(tmp_path: Path) -> None:
    path = tmp_path / "p.xls"
    path.write_bytes(b"not an OLE file at all")
    with pytest.raises(ImportFileError):
        read_table(path)
