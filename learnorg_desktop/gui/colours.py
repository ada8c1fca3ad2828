"""The application's semantic colours (errors, overdue, expiring, gaps, muted text, notices), read from the palette.

Fixed colours break the system's dark scheme: a dark red on a dark window cannot be read, a pale yellow panel
glares. Each function here looks at the current palette when it is called and returns the light or the dark
variant, then nudges it until text reaches the WCAG AA contrast (4.5:1) against the window and view backgrounds,
so even an unusual palette stays readable. Models call these in `data()`, never at import, so a live scheme change
is followed at the next repaint; widgets styled with a sheet use `keep_styled()` or `follow_palette()`.
Printed pages (gui/printing) and charts keep their own colours: they are drawn on white paper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import NamedTuple

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5  # WCAG 2 AA for normal-size text
_Role = QPalette.ColorRole


class Variant(NamedTuple):
    """A semantic colour on a light palette and on a dark one."""

    light: str
    dark: str


# Text colours, chosen for the usual light (#ffffff/#efefef) and dark (#1e1e1e/#2d2d2d) backgrounds.
ERROR = Variant("#b00020", "#ff7070")  # red: a form error, something that failed
WARNING = Variant("#7a4d00", "#ffc766")  # amber-brown: handle with care (sensitive notes)
# Backgrounds behind the palette's own text colour.
EXPIRING = Variant("#ffe8a3", "#5a4500")  # amber: lapses soon
GAP = Variant("#fde2e1", "#5c2326")  # light red: below the target
REACHED = Variant("#dff3e4", "#1f4a2c")  # light green: target reached
HIGHLIGHT = Variant("#fffaf0", "#332a12")  # a faint amber under a field that needs care
SCORE = Variant("#8fb8ff", "#1f4f8f")  # blue for the best score; lower scores fade towards the base
NOTICE_BACKGROUND = Variant("#fff4ce", "#3d3000")
NOTICE_BORDER = Variant("#c98a00", "#a07d1c")
NOTICE_TEXT = Variant("#3d2a00", "#ffe7a3")


class Notice(NamedTuple):
    """The colours of a warning panel: background, border and the text on it."""

    background: QColor
    border: QColor
    text: QColor


# --- reading the palette ----------------------------------------------------------------------------------------
def current_palette() -> QPalette:
    """The application palette (the system's, unless a style or a test replaced it)."""
    return QGuiApplication.palette()


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance: 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window is darker than its text: a dark scheme, whatever its exact colours."""
    palette = palette or current_palette()
    return relative_luminance(palette.color(_Role.Window)) < relative_luminance(palette.color(_Role.WindowText))


def backgrounds(palette: QPalette | None = None) -> tuple[QColor, ...]:
    """Where coloured text is drawn: labels on the window, cells on the base and alternate rows."""
    palette = palette or current_palette()
    return tuple(palette.color(role) for role in (_Role.Window, _Role.Base, _Role.AlternateBase))


def _pick(variant: Variant, palette: QPalette) -> QColor:
    return QColor(variant.dark if is_dark(palette) else variant.light)


def _readable(colour: QColor, against: Iterable[QColor], towards_light: bool) -> QColor:
    """`colour`, made lighter (or darker) step by step until it reaches MIN_CONTRAST against every background."""
    against = tuple(against)
    hue, saturation, lightness, _ = colour.getHslF()
    candidate = QColor(colour)
    while min(contrast_ratio(candidate, b) for b in against) < MIN_CONTRAST and 0.0 < lightness < 1.0:
        lightness = min(1.0, lightness + 0.02) if towards_light else max(0.0, lightness - 0.02)
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return candidate


def _text(variant: Variant, palette: QPalette | None) -> QColor:
    palette = palette or current_palette()
    return _readable(_pick(variant, palette), backgrounds(palette), towards_light=is_dark(palette))


def _background(variant: Variant, palette: QPalette | None, text_role: _Role = _Role.Text) -> QColor:
    # The palette's text stays on top: the background moves away from it (darker on dark schemes).
    palette = palette or current_palette()
    return _readable(_pick(variant, palette), (palette.color(text_role),), towards_light=not is_dark(palette))


# Views ask for a colour per visible cell and repaint: computing one costs ~50 µs, a lookup ~2 µs. The key is the
# palette's content, so a changed palette (new scheme) misses and is computed afresh.
_MEMO: dict[tuple[str, int], QColor] = {}
_MEMO_SIZE = 64


def _memoised(compute: Callable[[QPalette], QColor]) -> Callable[[QPalette | None], QColor]:
    @wraps(compute)
    def colour(palette: QPalette | None = None) -> QColor:
        palette = palette or current_palette()
        key = (compute.__name__, palette.cacheKey())
        found = _MEMO.get(key)
        if found is None:
            if len(_MEMO) >= _MEMO_SIZE:
                _MEMO.clear()
            found = _MEMO[key] = compute(palette)
        return QColor(found)  # a copy: callers may change theirs

    return colour


# --- the semantic colours ----------------------------------------------------------------------------------------
@_memoised
def error_text(palette: QPalette | None = None) -> QColor:
    """Form errors and failures."""
    return _text(ERROR, palette)


@_memoised
def overdue_text(palette: QPalette | None = None) -> QColor:
    """Late checklist items and needs, lapsed dates: the same red as errors, since they ask for action."""
    return _text(ERROR, palette)


@_memoised
def warning_text(palette: QPalette | None = None) -> QColor:
    """Amber text for what needs care rather than action (the sensitive-notes label)."""
    return _text(WARNING, palette)


@_memoised
def muted_text(palette: QPalette | None = None) -> QColor:
    """Departed people, cancelled sessions, withdrawn consents, closed needs: the text halfway to the base."""
    palette = palette or current_palette()
    text, base = palette.color(_Role.Text), palette.color(_Role.Base)
    mixed = QColor.fromRgbF(*(t + (b - t) * 0.45 for t, b in zip(text.getRgbF()[:3], base.getRgbF()[:3], strict=True)))
    return _readable(mixed, backgrounds(palette), towards_light=is_dark(palette))


@_memoised
def expiring_background(palette: QPalette | None = None) -> QColor:
    """Behind a date that lapses soon."""
    return _background(EXPIRING, palette)


@_memoised
def gap_background(palette: QPalette | None = None) -> QColor:
    """Behind a skill or key skill below its target."""
    return _background(GAP, palette)


@_memoised
def reached_background(palette: QPalette | None = None) -> QColor:
    """Behind a key skill whose target is reached."""
    return _background(REACHED, palette)


@_memoised
def highlight_background(palette: QPalette | None = None) -> QColor:
    """Under an input field that needs care (sensitive notes)."""
    return _background(HIGHLIGHT, palette)


def score_background(strength: float, palette: QPalette | None = None) -> QColor:
    """Behind a score: the base for 0, deeper blue up to 1; readable by colour-blind readers."""
    palette = palette or current_palette()
    strength = max(0.0, min(strength, 1.0))
    base, full = palette.color(_Role.Base), _pick(SCORE, palette)
    mixed = QColor.fromRgbF(*(b + (f - b) * strength for b, f in zip(base.getRgbF()[:3], full.getRgbF()[:3],
                                                                      strict=True)))
    return _readable(mixed, (palette.color(_Role.Text),), towards_light=not is_dark(palette))


def notice(palette: QPalette | None = None) -> Notice:
    """A warning panel: amber background, a darker border and text readable on that background."""
    palette = palette or current_palette()
    background = _pick(NOTICE_BACKGROUND, palette)
    text = _readable(_pick(NOTICE_TEXT, palette), (background,), towards_light=is_dark(palette))
    return Notice(background, _pick(NOTICE_BORDER, palette), text)


def dark_preview_palette() -> QPalette:
    """A dark palette close to Fusion's in the system's dark mode, where the platform cannot switch the scheme
    (offscreen screenshots, tests)."""
    palette = QPalette()
    for role, name in ((_Role.Window, "#2d2d2d"), (_Role.WindowText, "#ffffff"), (_Role.Base, "#1e1e1e"),
                       (_Role.AlternateBase, "#262626"), (_Role.Text, "#ffffff"), (_Role.Button, "#3a3a3a"),
                       (_Role.ButtonText, "#ffffff"), (_Role.BrightText, "#ffffff"), (_Role.Highlight, "#2a82da"),
                       (_Role.HighlightedText, "#ffffff"), (_Role.ToolTipBase, "#3a3a3a"),
                       (_Role.ToolTipText, "#ffffff"), (_Role.PlaceholderText, "#9a9a9a"), (_Role.Link, "#6cb4ff"),
                       (_Role.LinkVisited, "#c58af9"), (_Role.Light, "#4a4a4a"), (_Role.Midlight, "#3f3f3f"),
                       (_Role.Mid, "#2a2a2a"), (_Role.Dark, "#1a1a1a"), (_Role.Shadow, "#000000")):
        palette.setColor(role, QColor(name))
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


# --- style sheets ------------------------------------------------------------------------------------------------
def error_style(bold: bool = True, palette: QPalette | None = None) -> str:
    """The sheet of an error label."""
    return f"color: {error_text(palette).name()};" + (" font-weight: bold;" if bold else "")


def notice_style(selector: str, palette: QPalette | None = None, radius: int = 4) -> str:
    """The sheet of a warning panel `selector` (e.g. "QFrame#singleHolderPanel") and of the labels inside it."""
    colours = notice(palette)
    return (f"{selector} {{ background: {colours.background.name()}; border: 1px solid {colours.border.name()};"
            f" border-radius: {radius}px; }} {selector} QLabel {{ color: {colours.text.name()}; }}")


class _PaletteFollower(QObject):
    """Calls `apply` after each application palette change; a child of the widget, so it dies with it."""

    def __init__(self, widget: QWidget, apply: Callable[[], object]) -> None:
        super().__init__(widget)
        self._apply = apply
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Widgets with their own style sheet get no PaletteChange event when the application palette
            # changes (checked with Qt 6.11), hence the application-wide signal.
            app.paletteChanged.connect(self.palette_changed)

    @Slot()
    def palette_changed(self) -> None:
        self._apply()


def follow_palette(widget: QWidget, apply: Callable[[], object]) -> None:
    """Run `apply` now and again whenever the application palette (the colour scheme) changes."""
    _PaletteFollower(widget, apply)
    apply()


def keep_styled(widget: QWidget, sheet: Callable[[], str]) -> None:
    """Give `widget` the style sheet `sheet()` now and again after each colour-scheme change."""

    def restyle() -> None:
        text = sheet()
        if widget.styleSheet() != text:  # an unchanged sheet would still re-polish the widget
            widget.setStyleSheet(text)

    follow_palette(widget, restyle)
