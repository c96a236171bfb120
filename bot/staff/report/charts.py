"""Bar charts as geometry for inline SVG (drawn by ``templates/chart.svg``).

This module only places rectangles, lines and texts; the template writes them
out, so every label goes through the page's autoescaping. Inline SVG instead of
images: no binary dependency, text that stays sharp, searchable and readable by
screen readers, and a page that still loads nothing from anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.staff.report.formatting import fmt_int, fmt_short_date

PRIMARY = "#0b6e99"
SECONDARY = "#8fc1d9"
WIDTH = 800
CHAR_WIDTH = 8.0  # generous width of a 13 px character, to size the label column
ROW = 26  # height of one horizontal bar's row
MAX_DAY_LABELS = 12
MAX_VALUE_LABELS = 31  # more bars than this: no figure above each one


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    color: str
    title: str  # tooltip, e.g. « vendredi 20/11 : 2 »


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    css: str = "grid"  # "grid" or "axis"


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "middle"  # SVG text-anchor
    rotate: bool = False  # vertical, reading upwards (axis titles)
    css: str = "label"  # "label", "value" or "axis-title"


@dataclass(frozen=True)
class Chart:
    """One SVG chart: its size, its accessible description and what to draw."""

    width: float
    height: float
    label: str  # aria-label: what the chart shows, in a sentence
    title: str  # <title>: its short caption
    rects: tuple[Rect, ...]
    lines: tuple[Line, ...]
    texts: tuple[Text, ...]


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]
    color: str = PRIMARY


def _r(value: float) -> float:
    return round(value, 1)


def nice_ticks(maximum: int, target: int = 5) -> list[int]:
    """Integer ticks 0, step, 2·step… up to at least ``maximum``, step in 1, 2, 5 × 10ⁿ."""
    maximum = max(maximum, 1)
    raw = maximum / target
    magnitude = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    top = math.ceil(maximum / step) * step
    return list(range(0, top + 1, step))


def vertical_bars(
    labels: Sequence[Sequence[str]],
    values: Sequence[int],
    axis_title: str,
    *,
    label: str,
    title: str,
    tooltips: Sequence[str] | None = None,
    shown_labels: Sequence[bool] | None = None,
) -> Chart:
    """Vertical bars; each category label may have several lines (« 49 », « Maine-et-Loire »)."""
    lines_per_label = max((len(lines) for lines in labels), default=1)
    left, right, top, bottom = 64, 16, 20, 22 + 15 * lines_per_label
    height = 320 + 15 * (lines_per_label - 1)
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    ticks = nice_ticks(max(values, default=0))
    scale = plot_h / ticks[-1]
    base = top + plot_h
    slot = plot_w / max(len(values), 1)
    rects, texts = [], []
    grid = [Line(left, _r(base - t * scale), WIDTH - right, _r(base - t * scale)) for t in ticks[1:]]
    texts += [Text(left - 8, _r(base - t * scale + 4), fmt_int(t), anchor="end") for t in ticks]
    with_values = len(values) <= MAX_VALUE_LABELS
    for index, (value, lines) in enumerate(zip(values, labels, strict=True)):
        center = left + slot * (index + 0.5)
        bar_w = slot * 0.7
        rects.append(
            Rect(_r(center - bar_w / 2), _r(base - value * scale), _r(bar_w), _r(value * scale), PRIMARY,
                 tooltips[index] if tooltips else f"{' '.join(lines)} : {fmt_int(value)}")
        )
        if with_values:
            texts.append(Text(_r(center), _r(base - value * scale - 5), fmt_int(value), css="value"))
        if shown_labels is None or shown_labels[index]:
            texts += [Text(_r(center), _r(base + 17 + 15 * n), line) for n, line in enumerate(lines)]
    texts.append(Text(16, _r(top + plot_h / 2), axis_title, rotate=True, css="axis-title"))
    axis = Line(left, base, WIDTH - right, base, css="axis")
    return Chart(WIDTH, height, label, title, tuple(rects), (*grid, axis), tuple(texts))


def conversations_chart(per_day: Sequence[tuple[date, int]], *, label: str, title: str) -> Chart:
    """Conversations per day; about a dozen dates under the axis at most."""
    step = max(1, -(-len(per_day) // MAX_DAY_LABELS))
    return vertical_bars(
        [(fmt_short_date(day),) for day, _ in per_day],
        [count for _, count in per_day],
        "Conversations",
        label=label,
        title=title,
        tooltips=[f"{fmt_short_date(day)} : {fmt_int(count)}" for day, count in per_day],
        shown_labels=[index % step == 0 for index in range(len(per_day))],
    )


def horizontal_bars(labels: Sequence[str], series: Sequence[Series], axis_title: str, *, label: str, title: str) -> Chart:
    """Horizontal (stacked) bars, first label on top; a legend when there are several series."""
    legend = len(series) > 1
    left = min(340, 24 + CHAR_WIDTH * max((len(text) for text in labels), default=4))
    right, top = 48, 12 + (22 if legend else 0)
    plot_w = WIDTH - left - right
    height = top + ROW * len(labels) + 52
    totals = [sum(values) for values in zip(*(s.values for s in series), strict=True)] or [0]
    ticks = nice_ticks(max(totals))
    scale = plot_w / ticks[-1]
    base = top + ROW * len(labels)
    rects, texts = [], []
    grid = [Line(_r(left + t * scale), top, _r(left + t * scale), base) for t in ticks[1:]]
    texts += [Text(_r(left + t * scale), base + 18, fmt_int(t)) for t in ticks]
    for index, text in enumerate(labels):
        y = top + ROW * index
        texts.append(Text(left - 8, y + ROW / 2 + 4, text, anchor="end"))
        start = 0
        for one in series:
            value = one.values[index]
            if value:
                tip = f"{text} : {fmt_int(value)} ({one.name})" if legend else f"{text} : {fmt_int(value)}"
                rects.append(Rect(_r(left + start * scale), y + 4, _r(value * scale), ROW - 8, one.color, tip))
            start += value
        texts.append(Text(_r(left + start * scale + 6), y + ROW / 2 + 4, fmt_int(start), anchor="start", css="value"))
    if legend:
        x = float(left)
        for one in series:
            rects.append(Rect(_r(x), 4, 12, 12, one.color, one.name))
            texts.append(Text(_r(x + 18), 14, one.name, anchor="start"))
            x += 36 + CHAR_WIDTH * len(one.name)
    texts.append(Text(_r(left + plot_w / 2), base + 42, axis_title, css="axis-title"))
    axis = Line(left, top, left, base, css="axis")
    return Chart(WIDTH, height, label, title, tuple(rects), (*grid, axis), tuple(texts))
