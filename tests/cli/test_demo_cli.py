"""`learnorg demo` on the command line, and the benchmark's pure helpers on a tiny demo."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from learnorg_desktop.cli import main
from learnorg_desktop.storage.database import Database

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_foundation.py"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--people", "40", "--seed", "3"]) == 0
    return target


def test_demo_creates_a_database_people_list_can_read(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "list", "--db", str(demo_file), "--json", "--office", "LILLE"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["office"] for r in rows} == {"LILLE"}


def test_demo_prints_a_one_line_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(tmp_path / "d.sqlite3"), "--people", "12"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "people 12" in out


def test_demo_refuses_an_existing_file_and_leaves_it_alone(demo_file: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    size = demo_file.stat().st_size
    assert main(["demo", "--db", str(demo_file), "--people", "5"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert demo_file.stat().st_size == size


def test_demo_needs_at_least_one_person(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--people", "0"])
    assert exit_info.value.code == 2
    assert not (tmp_path / "x.sqlite3").exists()


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("bench_foundation", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path[:] = saved
        for name in (spec.name, "_startup", "_workbook"):
            sys.modules.pop(name, None)


def test_bench_helpers_on_a_tiny_demo(bench: ModuleType, demo_file: Path) -> None:
    assert bench.prefixes("dupont") == ["d", "du", "dup", "dupo", "dupon", "dupont"]
    names, emails = bench.typed_texts(demo_file)
    assert names[-1] == "dupont" and "@" not in emails[0]
    database = Database.open(demo_file)
    try:
        timings = bench.search_keystrokes_ms(database, names[:3], date.today())
        sorts = bench.sort_ms(database, date.today())
    finally:
        database.close()
    assert len(timings) == 3 and all(t >= 0 for t in timings)
    assert len(sorts) == 16 and len(bench.raw_search_ms(demo_file, names[:2])) == 2
    table = bench.markdown_table([bench.Row("x", 12.0, "ms", "< 50 ms", True, 4.0)])
    assert "| x | 12.00 ms | < 50 ms | 4.00 ms | 3.00 | pass |" in table
