"""Page layout, the same for every reader: words -> one page's text.

A reader gives a page's words as pdfplumber's ``extract_words`` does: dicts
with ``text``, ``x0``, ``x1``, ``top`` and ``bottom`` in points from the top
left of the page. Here they become lines in reading order (a two-column page
column by column), with a blank line between paragraphs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from statistics import median

# How pdfplumber's extract_words is asked to group characters into words; the
# pdfium reader groups its characters the same way.
X_TOLERANCE = 1.5
Y_TOLERANCE = 3


def page_text(words: list[dict], width: float) -> str:
    """One page's text in reading order, a blank line between paragraphs."""
    if not words:
        return ""
    gutter = _find_gutter(words, width)
    if gutter is None:
        blocks = [_lines(words)]
    else:
        blocks = _column_blocks(words, gutter)
    out: list[str] = []
    for lines in blocks:
        out.extend(_layout_lines(lines))
        out.append("")
    return "\n".join(out).strip("\n")


def _lines(words: list[dict]) -> list[list[dict]]:
    """Group words into lines by their top coordinate, top to bottom."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _layout_lines(lines: list[list[dict]]) -> list[str]:
    """Lines as text, with a blank line where the space between two lines is
    wider than most of the text is tall: a new paragraph."""
    if not lines:
        return []
    height = median(w["bottom"] - w["top"] for line in lines for w in line)
    out = []
    for i, line in enumerate(lines):
        if i:
            gap = min(w["top"] for w in line) - max(w["bottom"] for w in lines[i - 1])
            if gap > 0.7 * height:
                out.append("")
        out.append(" ".join(w["text"] for w in line))
    return out


def _find_gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical band between two columns, or None."""
    if len(words) < 40:
        return None
    best = None
    starts = sorted(w["x0"] for w in words)
    ends = sorted(w["x1"] for w in words)
    upright = all(w["x0"] <= w["x1"] for w in words)
    for step in range(0, 41):
        x = width * (0.3 + 0.01 * step)
        # Words that touch a band 8pt wide: wider than the space between two words.
        if upright:  # those that start before its right edge, less those that end before its left edge
            crossing = bisect_left(starts, x + 4) - bisect_right(ends, x - 4)
        else:
            crossing = sum(1 for w in words if w["x0"] < x + 4 and w["x1"] > x - 4)
        left = bisect_right(ends, x)
        right = len(words) - left - crossing
        if min(left, right) < 0.2 * len(words) or crossing > max(3, 0.04 * len(words)):
            continue
        # Prefer the middle of the emptiest band.
        score = (crossing, abs(x - width / 2))
        if best is None or score < best[0]:
            best = (score, x)
    if best is None:
        return None
    x = best[1]
    # A real gutter has lines on both sides at the same heights.
    left_tops = {round(w["top"]) for w in words if w["x1"] <= x}
    right_tops = {round(w["top"]) for w in words if w["x0"] >= x}
    return x if len(left_tops & right_tops) >= 5 else None


def _column_blocks(words: list[dict], gutter: float) -> list[list[list[dict]]]:
    """Reading order for a two-column page: bands between full-width lines,
    each band's left column before its right column."""
    full = [ln for ln in _lines(words) if any(w["x0"] < gutter < w["x1"] for w in ln)]
    full_words = {id(w) for ln in full for w in ln}
    rest = [w for w in words if id(w) not in full_words]
    cuts = [ln[0]["top"] for ln in full] + [float("inf")]
    blocks: list[list[list[dict]]] = []
    previous = float("-inf")
    for index, cut in enumerate(cuts):
        band = [w for w in rest if previous <= w["top"] < cut]
        left = _lines([w for w in band if w["x1"] <= gutter])
        right = _lines([w for w in band if w["x1"] > gutter])
        blocks.extend(b for b in (left, right) if b)
        if index < len(full):
            blocks.append([full[index]])
        previous = cut
    return blocks
