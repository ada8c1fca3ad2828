"""House rules that keep the layers apart and the package complete."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "learnorg_desktop"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_gui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    assert offenders == []


def test_command_line_start_up_loads_no_gui_or_heavy_libraries() -> None:
    code = (
        "import sys, learnorg_desktop.cli, learnorg_desktop.services.people;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'matplotlib', 'openpyxl'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_window_shell_paints_before_the_database_layer_loads() -> None:
    # SQLAlchemy and the models cost ~0.7 s of start-up: they load after the first paint (gui/application.py).
    code = (
        "import sys, learnorg_desktop.cli, learnorg_desktop.app, learnorg_desktop.gui.application;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'matplotlib', 'openpyxl'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed
    assert config["package-dir"] == {"learnorg_desktop.resources": "resources", "learnorg_desktop.ui": "ui"}
