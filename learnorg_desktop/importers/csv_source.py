"""CSV decoding (UTF-8 with or without BOM, else Windows-1252) and separator detection."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from learnorg_desktop.importers.errors import UnreadableFileError
from learnorg_desktop.importers.tabular import CellValue, RawTable

DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 30


def read_csv(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(path, error.strerror or "cannot open the file", code="cannot_open") from None
    text, encoding = decode(path, data)
    delimiter = detect_delimiter(text)
    rows, numbers = _parse(path, text, delimiter)
    notes = [f"encoding: {encoding}", f"separator: {delimiter!r}"]
    return RawTable(rows=rows, row_numbers=numbers, source=str(path), notes=notes)


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the encoding used; binary content (NUL bytes) is refused."""
    if b"\x00" in data:
        raise UnreadableFileError(path, "this is not a text (CSV) file", code="binary")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # Excel for Windows saves "CSV" in the ANSI code page, which is Windows-1252 in France.
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        raise UnreadableFileError(path, "the text encoding is neither UTF-8 nor Windows-1252",
                                  code="bad_encoding") from None


def detect_delimiter(text: str) -> str:
    """The separator that splits the most sample lines into the same number (> 1) of fields."""
    lines = [line for line in text.splitlines() if line.strip()][:_SAMPLE_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        wide = Counter(c for c in counts if c > 1)
        if not wide:
            continue
        width, lines_with_width = wide.most_common(1)[0]
        score = (lines_with_width, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse(path: Path, text: str, delimiter: str) -> tuple[list[list[CellValue]], list[int]]:
    rows: list[list[CellValue]] = []
    numbers: list[int] = []
    # newline="" keeps quoted line breaks inside a field; line_num counts physical lines.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            rows.append(list(record))
            numbers.append(start)
            start = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFileError(path, f"line {reader.line_num}: {error}", code="bad_csv",
                                  line=reader.line_num) from None
    return rows, numbers
