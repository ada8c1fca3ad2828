"""Committed generated files (forms from ui/*.ui, French .ts/.qm) are complete and up to date."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "learnorg_fr.ts"
QM_FILE = ROOT / "resources" / "translations" / "learnorg_fr.qm"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _without_version_lines(text: str) -> str:
    # uic stamps its own version; a newer uic must not fail the check.
    return re.sub(r"^## Created by: .*$", "", text, flags=re.MULTILINE)


def test_forms_are_up_to_date_with_ui_files(tmp_path: Path) -> None:
    build_forms = load_script("build_forms")
    generated = build_forms.build(tmp_path)
    committed = ROOT / "learnorg_desktop" / "gui" / "forms"
    assert {p.name for p in generated} <= {p.name for p in committed.glob("*.py")}
    for fresh in generated:
        old = (committed / fresh.name).read_text(encoding="utf-8")
        message = f"{fresh.name} is stale: run scripts/build_forms.py"
        assert _without_version_lines(fresh.read_text(encoding="utf-8")) == _without_version_lines(old), message


def test_every_french_translation_is_filled() -> None:
    problems = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not all(
                    t and t.strip() for t in texts):
                problems.append(f"{name}: {source!r}")
    assert problems == [], "untranslated strings - fill them in learnorg_fr.ts"


@pytest.mark.parametrize("placeholder", ["%1", "%2", "{path}", "{error}", "{log}", "{field}", "{message}", "%Ln"])
def test_translations_keep_placeholders(placeholder: str) -> None:
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if placeholder in source:
            assert all(placeholder in t for t in texts), source


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    build_translations = load_script("build_translations")
    fresh = build_translations.release("fr", tmp_path)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run scripts/build_translations.py"


def test_ts_knows_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate on today's sources finds nothing the committed .ts lacks."""
    build_translations = load_script("build_translations")
    copy = tmp_path / "learnorg_fr.ts"
    copy.write_bytes(TS_FILE.read_bytes())
    build_translations.update("fr", copy)
    assert copy.read_bytes() == TS_FILE.read_bytes(), "run scripts/build_translations.py and translate"


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """tr(text) or translate("Ctx", text) with a variable hides the text from lupdate: it is never translated."""
    hidden = []
    for path in sorted((ROOT / "learnorg_desktop" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name == "tr" and node.args:
                text = node.args[0]
            elif name == "translate" and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant):
                text = node.args[1]  # translate("Context", text); QPainter.translate(x, y) has no context
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []
