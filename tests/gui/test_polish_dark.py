"""The system's dark mode: semantic colours stay readable on light and dark palettes and follow a live change.

The offscreen platform ignores setColorScheme, so the tests install a dark Fusion-like palette themselves and
restore the application's palette afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from learnorg_desktop.enums import ChecklistKind
from learnorg_desktop.gui import application, colours
from learnorg_desktop.gui.dialogs.dialog_parts import error_line
from learnorg_desktop.gui.models.onboarding_models import OpenChecklistsModel
from learnorg_desktop.gui.models.skills_models import validity_role
from learnorg_desktop.gui.privacy_notice import RetentionNotice
from learnorg_desktop.services.onboarding_followup import OpenChecklistRow

_R = QPalette.ColorRole

TEXT_COLOURS: tuple[Callable[..., QColor], ...] = (
    colours.error_text, colours.overdue_text, colours.warning_text, colours.muted_text)
BACKGROUNDS: tuple[Callable[..., QColor], ...] = (
    colours.expiring_background, colours.gap_background, colours.reached_background, colours.highlight_background)


dark_palette = colours.dark_preview_palette  # close to Fusion in the system's dark mode (Windows 11, GNOME)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; its palette and style are put back afterwards so other tests see the usual light one."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)


def light_palette(app: QApplication) -> QPalette:
    return app.style().standardPalette()


def test_palettes_are_told_apart(app: QApplication) -> None:
    assert not colours.is_dark(light_palette(app))
    assert colours.is_dark(dark_palette())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_semantic_text_reaches_aa_contrast_on_window_and_views(app: QApplication, scheme: str) -> None:
    palette = dark_palette() if scheme == "dark" else light_palette(app)
    for colour in TEXT_COLOURS:
        for background in colours.backgrounds(palette):
            ratio = colours.contrast_ratio(colour(palette), background)
            assert ratio >= colours.MIN_CONTRAST, (colour.__name__, background.name(), ratio)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_text_reaches_aa_contrast_on_semantic_backgrounds(app: QApplication, scheme: str) -> None:
    palette = dark_palette() if scheme == "dark" else light_palette(app)
    text = palette.color(_R.Text)
    for background in (*BACKGROUNDS, lambda p: colours.score_background(1.0, p)):
        assert colours.contrast_ratio(text, background(palette)) >= colours.MIN_CONTRAST
    notice = colours.notice(palette)
    assert colours.contrast_ratio(notice.text, notice.background) >= colours.MIN_CONTRAST


def test_dark_backgrounds_are_dark_and_light_ones_light(app: QApplication) -> None:
    for background in BACKGROUNDS:
        assert colours.relative_luminance(background(dark_palette())) < 0.1
        assert colours.relative_luminance(background(light_palette(app))) > 0.7


def test_an_unusual_palette_is_nudged_to_readable_colours(app: QApplication) -> None:
    """A dark-red window (a custom theme) would hide our red: the colour is lightened until it reads."""
    palette = QPalette()
    for role, name in ((_R.Window, "#5a0000"), (_R.WindowText, "#ffffff"), (_R.Base, "#600000"),
                       (_R.AlternateBase, "#5a0000"), (_R.Text, "#ffffff")):
        palette.setColor(role, QColor(name))
    assert min(colours.contrast_ratio(colours.error_text(palette), b)
               for b in colours.backgrounds(palette)) >= colours.MIN_CONTRAST


def test_contrast_ratio_matches_wcag() -> None:
    assert colours.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colours.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def late_checklist() -> OpenChecklistRow:
    today = date.today()
    return OpenChecklistRow(id=1, person_id=1, person="Hélène Dubois", office_code="LYON",
                            kind=ChecklistKind.ONBOARDING, template_name="Accueil", template_version=1,
                            started_on=today - timedelta(days=20), done=1, total=8, overdue=2,
                            next_due=today - timedelta(days=3), oldest_overdue=today - timedelta(days=9))


def test_overdue_item_follows_the_palette_at_data_time(app: QApplication, qtmodeltester: object) -> None:
    model = OpenChecklistsModel(date.today())
    model.set_rows([late_checklist()])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    light = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    app.setPalette(dark_palette())
    dark = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    assert dark == colours.overdue_text(dark_palette()) and dark != light
    assert colours.contrast_ratio(dark, dark_palette().color(_R.Base)) >= colours.MIN_CONTRAST


def test_expiring_date_background_is_dark_in_a_dark_palette(app: QApplication) -> None:
    today = date.today()
    app.setPalette(dark_palette())
    brush = validity_role(today + timedelta(days=5), False, today, Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == colours.expiring_background(dark_palette())
    assert colours.contrast_ratio(brush.color(), QColor("#ffffff")) >= colours.MIN_CONTRAST


def test_styled_widgets_are_restyled_on_a_live_scheme_change(app: QApplication, qtbot: object) -> None:
    label = error_line()
    notice = RetentionNotice(3, 3, lambda: None)
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    qtbot.addWidget(notice)  # type: ignore[attr-defined]
    assert colours.error_text().name() in label.styleSheet()
    app.setPalette(dark_palette())
    assert colours.error_text(dark_palette()).name() in label.styleSheet()
    assert colours.notice(dark_palette()).background.name() in notice.styleSheet()


def test_restyling_skips_an_unchanged_sheet(app: QApplication, qtbot: object) -> None:
    label = QLabel()
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    calls: list[str] = []

    def sheet() -> str:
        calls.append("asked")
        return "color: red;"

    colours.keep_styled(label, sheet)
    app.setPalette(dark_palette())
    assert len(calls) == 2 and label.styleSheet() == "color: red;"


def test_a_light_only_native_style_gives_way_to_fusion_in_dark_mode(app: QApplication,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    app.setStyle("Windows")  # stands for windowsvista, which offscreen Qt does not have
    monkeypatch.setattr(application, "LIGHT_ONLY_STYLES", frozenset({"windows"}))
    application.prefer_dark_capable_style(app, Qt.ColorScheme.Light)
    assert app.style().name().lower() == "windows"
    application.prefer_dark_capable_style(app, Qt.ColorScheme.Dark)
    assert app.style().name().lower() == "fusion"
