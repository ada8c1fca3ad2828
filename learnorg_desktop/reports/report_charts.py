"""Native Excel charts of the summary's monthly trends (editable in Excel and LibreOffice, not pictures)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.0, 6.5
SERIES_COLOUR = "4472C4"  # the table headers' blue, so charts and tables look like one document


@dataclass(frozen=True)
class TrendBlock:
    """Where the trends table sits on the summary sheet: header row, data rows, and which column holds what."""

    header_row: int
    first_row: int
    last_row: int
    month_col: int = 1


def _axes(chart: Any, number_format: str | None = None) -> None:
    # openpyxl leaves the axes' "delete" unset, which recent Excel reads as hidden axes.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    if number_format:
        chart.y_axis.number_format = number_format
        chart.y_axis.numFmt.sourceLinked = False


def _series(chart: Any, sheet: Any, block: TrendBlock, column: int) -> None:
    from openpyxl.chart import Reference

    data = Reference(sheet, min_col=column, min_row=block.header_row, max_row=block.last_row)
    months = Reference(sheet, min_col=block.month_col, min_row=block.first_row, max_row=block.last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(months)
    for series in chart.series:
        series.graphicalProperties.solidFill = SERIES_COLOUR
        series.graphicalProperties.line.solidFill = SERIES_COLOUR


def bar_chart(sheet: Any, block: TrendBlock, column: int, title: str, month_format: str) -> Any:
    """Monthly counts as columns."""
    from openpyxl.chart import BarChart

    chart = BarChart()
    chart.type, chart.title, chart.gapWidth = "col", title, 60
    _series(chart, sheet, block, column)
    _axes(chart, "0")
    chart.x_axis.number_format = month_format
    return chart


def line_chart(sheet: Any, block: TrendBlock, column: int, title: str, month_format: str) -> Any:
    """A monthly rate as a line with markers, its axis in percent from 0."""
    from openpyxl.chart import LineChart

    chart = LineChart()
    chart.title = title
    _series(chart, sheet, block, column)
    for series in chart.series:
        series.marker.symbol = "circle"
        series.marker.graphicalProperties.solidFill = SERIES_COLOUR
        series.graphicalProperties.solidFill = None
        series.smooth = False
    _axes(chart, "0%")
    chart.y_axis.scaling.min = 0
    chart.x_axis.number_format = month_format
    return chart
