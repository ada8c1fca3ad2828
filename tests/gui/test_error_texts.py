"""Every error code and field name that the services raise has its own translated wording in the GUI."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from learnorg_desktop.gui.error_fields import field_label, known_field_labels
from learnorg_desktop.gui.errors import known_error_texts, service_error_text
from learnorg_desktop.importers.errors import UnreadableFileError
from learnorg_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from learnorg_desktop.services.needs import TransitionError

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("services", "catalogue", "importers", "exchange")
TS_FILE = ROOT / "resources" / "translations" / "learnorg_fr.ts"
QM_FILE = ROOT / "resources" / "translations" / "learnorg_fr.qm"
# Codes built with an f-string, and every value they can take; a new f-string code must be listed here.
DYNAMIC_CODES = {"unknown_{name}": {"unknown_person", "unknown_office", "unknown_skill", "unknown_community",
                                     "unknown_session"}}


def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / "learnorg_desktop" / package).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _assigned_codes(node: ast.Assign) -> set[str]:
    """`code = "stale"` in a class body, or `code = "a" if x else "b"` before a raise."""
    if not any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets):
        return set()
    return {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)}


def _keyword_codes(node: ast.Call) -> set[str]:
    codes: set[str] = set()
    for keyword in node.keywords:
        if keyword.arg != "code" or (isinstance(keyword.value, ast.Constant) and keyword.value.value is None):
            continue
        if isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str):
            codes.add(keyword.value.value)
        elif isinstance(keyword.value, ast.JoinedStr):
            pattern = re.sub(r"\{[^}]*\}", "{name}", ast.unparse(keyword.value)[2:-1])
            assert pattern in DYNAMIC_CODES, f"list the values of the f-string code {pattern!r} in DYNAMIC_CODES"
            codes |= DYNAMIC_CODES[pattern]
    return codes


def raised_codes() -> set[str]:
    """Codes given to error constructors (code="...") and class-level `code = "..."` declarations."""
    codes: set[str] = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                codes |= _assigned_codes(node)
            elif isinstance(node, ast.Call) and (_callee(node).endswith("Error") or _callee(node) == "__init__"):
                codes |= _keyword_codes(node)
    return codes


def _field_name(node: ast.expr) -> str | None:
    """"level" for "level" and for f"{prefix}level" / f"roles[{r}].skills[{k}].skill"; None when computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[-1], ast.Constant):
        return str(node.values[-1].value).rsplit(".", 1)[-1]
    return None


def _field_positions() -> dict[str, int]:
    """Functions with a `field` parameter (check_level, parse_date, _text…) and its position."""
    positions: dict[str, int] = {}
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name != "__init__":
                names = [a.arg for a in node.args.args]
                if "field" in names:
                    positions[node.name] = names.index("field")
    return positions


def _field_defaults(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    arguments = node.args.args[len(node.args.args) - len(node.args.defaults):]
    return {_field_name(d) or "" for a, d in zip(arguments, node.args.defaults, strict=True) if a.arg == "field"}


def raised_fields() -> set[str]:
    """Field names written as literals where a ValidationError (or a helper raising one) is built."""
    positions = _field_positions() | {"ValidationError": 0, "TransitionError": 0}
    fields: set[str] = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                fields |= _field_defaults(node)
            elif isinstance(node, ast.Call) and _callee(node) in positions:
                position = positions[_callee(node)]
                if len(node.args) > position:
                    fields.add(_field_name(node.args[position]) or "")
                fields |= {_field_name(k.value) or "" for k in node.keywords if k.arg == "field"}
    return fields - {""}


def test_the_collector_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    assert {"no_items", "bad_transition", "unknown_office", "zip_ratio", "bad_catalogue_rows"} <= codes
    assert {"title", "due_days", "level", "expected_level", "valid_until", "email", "target_holders"} <= raised_fields()


def test_every_raised_code_has_its_own_sentence() -> None:
    missing = sorted(raised_codes() - known_error_texts().keys())
    assert missing == [], "add these codes to gui/errors.py known_error_texts()"


def test_every_raised_field_has_a_label() -> None:
    missing = sorted(raised_fields() - known_field_labels().keys())
    assert missing == [], "add these fields to gui/error_fields.py known_field_labels()"


def test_params_fill_the_sentence_and_missing_ones_read_as_nothing() -> None:
    transition = TransitionError("status", "no", current="met", requested="planned")
    assert service_error_text(transition) == "Status: A need cannot go from 'Met' to 'Planned'."
    assert service_error_text(UnreadableFileError("a.csv", "bad", code="bad_csv", line=7)).endswith("(line 7).")
    assert "{" not in service_error_text(ValidationError("level", "bad", code="bad_date"))


def test_indexed_fields_and_template_items_are_named() -> None:
    assert field_label("rows[3].level") == "Level (row 4)"
    assert field_label("roles[0].skills[2].skill") == "Skill"
    assert field_label("mystery") == "mystery"
    item = ValidationError("title", "item 2 has no title", code="required", item=2)
    assert service_error_text(item) == "Title (item 2): This field is required."


def test_unknown_codes_fall_back_by_kind() -> None:
    assert service_error_text(NotFoundError("gone", code="unknown_widget")) == "This record no longer exists."
    assert service_error_text(ServiceError("plain English", code="brand_new")) == "plain English"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


def test_french_error_texts_keep_their_placeholders() -> None:
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        if context.findtext("name") != "Errors":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            assert _placeholders(source) == _placeholders(message.findtext("translation") or ""), source


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


# Words that French writes the same way.
SAME_IN_FRENCH = {"E-mail", "Description", "Source", "Notes", "Date", "Format"}
ENGLISH = {**known_error_texts(), **{f"field:{k}": v for k, v in known_field_labels().items()}}


def test_every_code_and_field_reads_in_french(french: None) -> None:
    translated = {**known_error_texts(), **{f"field:{k}": v for k, v in known_field_labels().items()}}
    same = sorted(key for key, text in ENGLISH.items() if translated[key] == text and text not in SAME_IN_FRENCH)
    assert same == [], "translate these in learnorg_fr.ts and run scripts/build_translations.py"
