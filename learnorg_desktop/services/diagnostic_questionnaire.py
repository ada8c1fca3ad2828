"""The shipped self-diagnosis questionnaire: dimensions, statements, scale and action plans (FR/EN)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from learnorg_desktop.paths import resources_dir
from learnorg_desktop.services.errors import NotFoundError, ValidationError

LANGUAGES = ("fr", "en")
# The tabs of the application a dimension's actions are carried out in (the GUI maps them to tabs).
APP_AREAS = ("people", "needs", "onboarding", "sharing", "dashboards")


@dataclass(frozen=True)
class Statement:
    """One statement respondents rate from 1 (strongly disagree) to 5 (strongly agree)."""

    code: str
    dimension: str
    text: dict[str, str]


@dataclass(frozen=True)
class Dimension:
    """One lever of a learning organisation, its statements and the actions suggested when it is weak."""

    code: str
    area: str
    title: dict[str, str]
    statements: tuple[Statement, ...]
    actions: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Questionnaire:
    """A versioned questionnaire; `version` is stamped on campaigns and on blank forms."""

    version: str
    scale: dict[str, tuple[str, ...]]
    dimensions: tuple[Dimension, ...]

    @property
    def statements(self) -> tuple[Statement, ...]:
        return tuple(s for d in self.dimensions for s in d.statements)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.statements)

    def dimension_of(self) -> dict[str, str]:
        """Statement code -> dimension code."""
        return {s.code: s.dimension for s in self.statements}

    def dimension(self, code: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.code == code:
                return dimension
        raise ValueError(f"no dimension '{code}'")


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError("lang", f"no questionnaire in '{lang}' (fr or en)", code="bad_lang", lang=lang)
    return lang


@cache
def load_questionnaire() -> Questionnaire:
    """The current questionnaire (read once; the file is part of the installed application)."""
    path = resources_dir() / "diagnostic" / "questionnaire.json"
    return parse_questionnaire(json.loads(path.read_text(encoding="utf-8")))


def questionnaire_for(version: str) -> Questionnaire:
    """The questionnaire a campaign was opened with; only the shipped version can be used."""
    questionnaire = load_questionnaire()
    if version != questionnaire.version:
        raise NotFoundError(f"questionnaire version '{version}' is not available (this application has "
                            f"'{questionnaire.version}')", code="unknown_questionnaire_version", version=version)
    return questionnaire


def parse_questionnaire(document: dict[str, Any]) -> Questionnaire:
    """Build and check a questionnaire: unique codes, known areas, every text in both languages."""
    dimensions = tuple(_dimension(d) for d in document["dimensions"])
    codes = [s.code for d in dimensions for s in d.statements] + [d.code for d in dimensions]
    # A broken shipped file is a bug, not a user error: plain ValueError.
    if len(codes) != len(set(codes)):
        raise ValueError("the questionnaire repeats a code")
    scale = {lang: tuple(document["scale"][lang]) for lang in LANGUAGES}
    if any(len(labels) != 5 for labels in scale.values()):
        raise ValueError("the scale needs five labels")
    return Questionnaire(str(document["version"]), scale, dimensions)


def _dimension(raw: dict[str, Any]) -> Dimension:
    key = str(raw["code"])
    if raw["area"] not in APP_AREAS:
        raise ValueError(f"unknown area '{raw['area']}' for {key}")
    statements = tuple(Statement(str(s["code"]), key, {lang: str(s[lang]) for lang in LANGUAGES})
                       for s in raw["statements"])
    actions = {lang: tuple(str(a) for a in raw["actions"][lang]) for lang in LANGUAGES}
    return Dimension(key, str(raw["area"]), {lang: str(raw["title"][lang]) for lang in LANGUAGES},
                     statements, actions)
