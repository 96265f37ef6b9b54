"""A picture of a position on a segmented line, in plain ASCII so every terminal shows it.

    1         31          91          181
    [=========|====-------|-----------|------->
                  ^ 45
"""

from huabei_assist.named_tuple import NamedTuple

OPEN_END_STEP = 10  # an open-ended segment draws one cell per this many units


class Segment(NamedTuple):
    first: int  # first value (day) in the segment
    last: int | None  # None: open-ended
    cells: int  # how wide it is drawn

    def cell_of(self, value: int) -> int | None:
        """Which cell holds `value`, or None when it lies outside the segment."""
        if value < self.first or (self.last is not None and value > self.last):
            return None
        offset = value - self.first
        if self.last is None:
            return min(offset // OPEN_END_STEP, self.cells - 1)
        return offset * self.cells // (self.last - self.first + 1)


def draw(segments: list[Segment], position: int, marker_label: str, names: list[str] | None = None) -> list[str]:
    """Three lines: where each segment starts (its first value, or `names[i]`), the bar filled up to
    `position`, a caret under it. A position before the first segment puts the caret under "["."""
    labels, bar, caret_at = "", "[", 0
    for index, seg in enumerate(segments):
        labels += " " * (len(bar) - len(labels)) + (names[index] if names else str(seg.first))
        here = seg.cell_of(position)
        for cell in range(seg.cells):
            passed = position > (seg.last if seg.last is not None else position) or (here is not None and cell <= here)
            if here == cell:
                caret_at = len(bar)
            bar += "=" if passed else "-"
        bar += "|" if index < len(segments) - 1 else ">"
    return [labels.rstrip(), bar, " " * caret_at + "^ " + marker_label]
