"""The PyInstaller spec and its companions, checked without building: a moved folder fails here, not in the bundle.

The spec only runs inside PyInstaller, so its plain helpers and literals are lifted out of its syntax tree and run
on their own; the build scripts and the installer are read as text for the names they must share with the spec.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "pyinstaller" / "learnorg.spec"
QT_HOOK = PACKAGING / "pyinstaller" / "hooks" / "hook-PySide6.QtGui.py"
RUNTIME_SUFFIXES = {".qm", ".svg", ".json", ".csv", ".py", ".mako", ".ui"}


def lift(path: Path, *names: str) -> dict[str, Any]:
    """Run only the named top-level assignments and functions of `path` (imports of the standard library kept)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wanted = [node for node in tree.body if _wanted(node, names)]
    namespace: dict[str, Any] = {"ROOT": ROOT, "SPECPATH": str(SPEC.parent)}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(path), "exec"), namespace)
    return namespace


def _wanted(node: ast.stmt, names: tuple[str, ...]) -> bool:
    if isinstance(node, ast.Import | ast.ImportFrom):
        return not _is_pyinstaller_import(node)
    if isinstance(node, ast.FunctionDef):
        return node.name in names
    return isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)


def _is_pyinstaller_import(node: ast.Import | ast.ImportFrom) -> bool:
    modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [alias.name for alias in node.names]
    return any(module.startswith("PyInstaller") for module in modules)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return lift(SPEC, "DATA_FOLDERS", "SKIPPED_SUFFIXES", "QT_LANGUAGES", "BUNDLE_NAME", "data_files",
                "migration_imports", "keep")


def folder(spec: dict[str, Any], destination: str) -> Path:
    sources = [ROOT / source for source, dest in spec["DATA_FOLDERS"] if dest == destination]
    assert sources, f"the spec ships nothing to {destination}"
    return sources[0]


def test_every_data_folder_exists(spec: dict[str, Any]) -> None:
    missing = [source for source, _ in spec["DATA_FOLDERS"] if not (ROOT / source).is_dir()]
    assert missing == []


def test_resources_and_ui_land_where_the_wheel_puts_them(spec: dict[str, Any]) -> None:
    package_dir = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-dir"]
    for package, source in package_dir.items():
        assert folder(spec, package.replace(".", "/")) == ROOT / source


def test_the_migrations_alembic_reads_from_disk_are_shipped(spec: dict[str, Any]) -> None:
    from learnorg_desktop.storage.migrate import MIGRATIONS_DIR, SCHEMA_HEAD

    migrations = folder(spec, "learnorg_desktop/storage/migrations")
    assert migrations == MIGRATIONS_DIR
    shipped = dict(spec["data_files"](migrations, "learnorg_desktop/storage/migrations"))
    names = {Path(file).name: destination for file, destination in shipped.items()}
    assert names["env.py"] == names["script.py.mako"] == "learnorg_desktop/storage/migrations"
    versions = sorted(name for name, dest in names.items() if dest.endswith("/versions") and name[:4].isdigit())
    assert versions[-1].startswith(SCHEMA_HEAD)  # the newest revision is in the bundle
    assert not any("__pycache__" in file for file in shipped)


def test_the_translations_and_icons_are_shipped(spec: dict[str, Any]) -> None:
    resources = folder(spec, "learnorg_desktop/resources")
    shipped = {(Path(file).name, destination) for file, destination in spec["data_files"](
        resources, "learnorg_desktop/resources")}
    sources = sorted((resources / "translations").glob("learnorg_*.ts"))
    assert sources, "no translation sources in resources/translations"
    for ts in sources:
        assert (f"{ts.stem}.qm", "learnorg_desktop/resources/translations") in shipped
        assert (ts.name, "learnorg_desktop/resources/translations") not in shipped  # sources stay out
    assert ("learnorg.svg", "learnorg_desktop/resources/icons") in shipped
    for data in ("catalogue/starter_fr.json", "onboarding/templates_fr.json", "diagnostic/questionnaire.json"):
        assert (Path(data).name, f"learnorg_desktop/resources/{Path(data).parent}") in shipped


def test_no_runtime_file_type_is_skipped(spec: dict[str, Any]) -> None:
    assert RUNTIME_SUFFIXES.isdisjoint(spec["SKIPPED_SUFFIXES"])
    resources = folder(spec, "learnorg_desktop/resources")
    used = {path.suffix for path in resources.rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    assert used - spec["SKIPPED_SUFFIXES"] <= RUNTIME_SUFFIXES  # a new kind of resource needs a look here


def test_what_the_migrations_import_is_analysed(spec: dict[str, Any]) -> None:
    imports = spec["migration_imports"]()
    assert {"alembic", "sqlalchemy", "learnorg_desktop.models"} <= set(imports)
    assert "__future__" not in imports


@pytest.mark.parametrize(("name", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6\\translations\\qtbase_ja.qm", False),  # Windows layout
    ("PySide6\\translations\\qtbase_en.qm", True),
    ("learnorg_desktop/resources/translations/learnorg_fr.qm", True),
    ("matplotlib/mpl-data/matplotlibrc", True),
])
def test_only_our_languages_of_qt_translations_are_kept(spec: dict[str, Any], name: str, kept: bool) -> None:
    assert spec["keep"]((name, "/somewhere/" + name, "DATA")) is kept


@pytest.mark.parametrize(("source", "folder_name", "kept"), [
    ("/qt/plugins/platforms/libqxcb.so", "platforms", True),
    ("/qt/plugins/platforms/libqwayland.so", "platforms", True),
    ("/qt/plugins/platforms/libqoffscreen.so", "platforms", True),
    ("C:\\qt\\plugins\\platforms\\qwindows.dll", "platforms", True),
    ("/qt/plugins/iconengines/libqsvgicon.so", "iconengines", True),
    ("/qt/plugins/imageformats/libqsvg.so", "imageformats", True),
    ("/qt/plugins/platforms/libqeglfs.so", "platforms", False),
    ("/qt/plugins/platforms/libqvnc.so", "platforms", False),
    ("/qt/plugins/platformthemes/libqgtk3.so", "platformthemes", False),
    ("/qt/plugins/platformthemes/libqxdgdesktopportal.so", "platformthemes", True),
    ("/qt/plugins/generic/libqevdevmouseplugin.so", "generic", False),
])
def test_the_qt_hook_keeps_the_desktop_plugins(source: str, folder_name: str, kept: bool) -> None:
    used = lift(QT_HOOK, "UNUSED_PLUGIN_FOLDERS", "UNUSED_PLUGIN_FILES", "used")["used"]
    assert used(f"PySide6/Qt/plugins/{folder_name}", source) is kept


def test_build_scripts_and_installer_agree_with_the_spec(spec: dict[str, Any]) -> None:
    bundle = spec["BUNDLE_NAME"]
    linux = (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
    windows = (PACKAGING / "windows" / "build_windows.ps1").read_text(encoding="utf-8")
    installer = (PACKAGING / "windows" / "learnorg.iss").read_text(encoding="utf-8")
    assert f"BUNDLE=$DIST/{bundle}" in linux
    assert f"packaging\\dist\\{bundle}" in windows
    assert f'#define BundleDir "..\\dist\\{bundle}"' in installer
    for script in (linux, windows):
        assert "packaging/pyinstaller/learnorg.spec" in script.replace("\\", "/")
    pins = {re.search(r'"(pyinstaller[^"]+)"', script).group(1) for script in (linux, windows)}  # type: ignore[union-attr]
    assert len(pins) == 1, f"the two build scripts pin different PyInstaller versions: {pins}"
    assert (SPEC.parent / "launcher.py").is_file()
    assert "learnorg.exe" in installer and "learnorg-cli.exe" in windows


def test_the_linux_menu_entry_matches_the_installed_icon() -> None:
    entry = (PACKAGING / "linux" / "learnorg-desktop.desktop").read_text(encoding="utf-8")
    install = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == "learnorg"  # install.sh rewrites it to the installed program's full path
    assert f"apps/{fields['Icon']}.svg" in install
    assert (ROOT / "resources" / "icons" / "learnorg.svg").is_file()
