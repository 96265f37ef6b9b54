"""Display width: wrapping text by terminal cells, and sharing a table's width among its columns."""

from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huabei_assist.render.view import Whole
from huabei_assist.render.width import (NO_BREAK, cell_width, fair_share, fit_columns, kept_whole, layout,
                                        unbreakable_width, wrap)


@pytest.mark.parametrize(("text", "width", "lines"), [
    # CJK breaks between any two characters, by cells (two per character)
    ("逾期记录何时从征信报告消失", 10, ["逾期记录何", "时从征信报", "告消失"]),
    # closing punctuation never starts a line: it takes the character before it along
    ("一二三四。五六", 8, ["一二三", "四。五六"]),
    # an opening bracket never ends a line
    ("一二三（四五）", 8, ["一二三", "（四五）"]),
    # Latin words and numbers are not split while they fit
    ("日期为ISO 8601。", 10, ["日期为ISO", "8601。"]),
    ("Write a Chinese letter (Markdown): hardship", 20, ["Write a Chinese", "letter (Markdown):", "hardship"]),
    # any run of whitespace is one space; none at the ends of a line
    ("a  b   c d", 3, ["a b", "c d"]),
    ("  lead and trail  ", 20, ["lead and trail"]),
    # a word longer than the line is cut, the only time a word is split
    ("ab abcdefghijkl", 5, ["ab", "abcde", "fghij", "kl"]),
    ("", 5, []),
])
def test_wrap_by_cells(text, width, lines):
    assert wrap(text, width) == lines


def test_a_name_kept_whole_breaks_only_around_it():
    """Names from data/ in a help page's list (kept_whole) and in a table cell (Whole) are never split,
    while the prose around them still breaks between characters; the mark is not in the lines."""
    text = f"情形：{kept_whole('threat（威胁）')}、{kept_whole('insult（辱骂）')}。"
    assert cell_width(text) == cell_width("情形：threat（威胁）、insult（辱骂）。") == 38
    assert wrap(text, 22) == ["情形：threat（威胁）、", "insult（辱骂）。"]
    assert wrap(text, 21) == ["情形：", "threat（威胁）、", "insult（辱骂）。"]  # 、 is never a line's first
    assert unbreakable_width(text) == cell_width("threat（威胁）") == 14
    assert wrap(text, 12) == ["情形：", "threat（威胁", "）、", "insult（辱骂", "）。"]  # cut only when wider than a line
    assert wrap(f"一二{NO_BREAK}三四", 4) == ["一", "二三", "四"] and wrap("一二三四", 4) == ["一二", "三四"]
    assert wrap(Whole("私人号码或社交账号"), 18) == ["私人号码或社交账号"] and unbreakable_width(Whole("社交账号")) == 8
    assert wrap("私人号码或社交账号", 10) == ["私人号码或", "社交账号"] and unbreakable_width("社交账号") == 2
    assert all(NO_BREAK not in line for width in range(1, 40) for line in wrap(text, width))


def _split_names(text: str, words: tuple[str, ...], widths: range) -> list[tuple[int, str]]:
    """(width, word) for each name of `words` in `text` that wrap(text, width) splits over two lines."""
    return [(width, word) for width in widths for word in words
            if "\n".join(wrap(text, width)).count(word) < text.count(word)]


def test_a_name_inside_a_sentence_is_never_split(monkeypatch):
    """A name from data/ inside a longer text (the negotiated row of plan compare: "协商" in
    "须与花呗协商" came out as "须与花呗协↵商" at 80 columns) stays whole at every width from its
    own up to 80, while the prose around it still breaks between characters."""
    from huabei_assist.i18n import t
    from huabei_assist.knowledge.choices import kept_names
    from huabei_assist.render import width as width_module

    words = kept_names().words
    assert {"协商", "协商分期", "账单分期", "威胁", "消费者投诉热线"} <= set(words)
    assert not any(word.isascii() or " " in word for word in words)  # English names break at their spaces
    row = t("plan.kind_negotiated_row", "zh", kind=Whole("协商分期"))
    assert row == "协商分期：须与花呗协商，可能被拒绝"
    assert wrap(row, 20) == ["协商分期：须与花呗", "协商，可能被拒绝"]
    assert wrap("请与对方协商还款事宜", 10) == ["请与对方", "协商还款事", "宜"]  # prose still breaks, not inside 协商
    assert _split_names(row, ("协商分期", "协商"), range(8, 81)) == []
    for word in words:  # every name, between two pieces of prose
        text = f"请先说明情况{word}，然后再{word}。"
        assert _split_names(text, (word,), range(cell_width(word), 81)) == [], word
    # the wrapper as it was (names not looked for): the check sees the split
    monkeypatch.setattr(width_module, "_names_joined", lambda text: text)
    width_module._pieces.cache_clear()
    try:
        assert (20, "协商") in _split_names(row, ("协商",), range(8, 81))
    finally:
        width_module._pieces.cache_clear()


def test_cell_width_and_unbreakable_width():
    assert cell_width("花呗 ok") == 7
    assert unbreakable_width("还款日 2027-03-10，共 6,150.00 元") == 10  # the date
    assert unbreakable_width("转述，非法定权利") == 2  # Chinese breaks between any two characters
    assert unbreakable_width("") == 0


@pytest.mark.parametrize(("natural", "narrowest", "room", "widths"), [
    # everything fits: natural widths
    ([10, 20], [2, 2], 40, [10, 20]),
    # a short column (a basis label) comes out whole; the long text gets the most of the rest
    ([200, 24, 55], [2, 2, 9], 70, [33, 17, 20]),
    # tight: every amount and date keeps its narrowest, the Chinese columns share the 2 cells left
    ([4, 8, 8, 13, 8, 22, 12, 10, 8], [2, 2, 8, 6, 8, 6, 6, 10, 6], 56, [3, 3, 8, 6, 8, 6, 6, 10, 6]),
    # the narrowest do not fit: no answer, the caller lets Rich fold
    ([20, 20], [15, 15], 29, None),
])
def test_fit_columns(natural, narrowest, room, widths):
    assert fit_columns(natural, narrowest, room) == widths
    if widths:
        assert sum(widths) <= room
        assert all(m <= w <= n for m, w, n in zip(narrowest, widths, natural))


# Text as tables and help pages hold it: Chinese, Latin words and numbers, both kinds of punctuation,
# bracketed notes, and whitespace of every kind (a note typed with a line break, a tab).
_PIECES = list("ab1 2.,-中文字，。、（）【】“”[]默认：") + ["  ", "\n", "\t", "[默认：10]", "2027-03-10", "12378"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(min_value=2, max_value=30))
def test_wrap_keeps_every_character_once_and_fits(text, width):
    lines = wrap(text, width)
    assert "".join(lines).replace(" ", "") == "".join(text.split())  # nothing lost, nothing doubled
    for line in lines:
        assert cell_width(line) <= width, lines
        assert line == line.strip() and not any(ch.isspace() and ch != " " for ch in line), lines


@pytest.mark.parametrize("width", [1, 0, -1, -5])
def test_wrap_ends_at_any_width(width):
    """A terminal can report 1 or 2 columns, and callers subtract margins: wrap() still returns,
    one character a line, rather than looping for ever."""
    with _deadline(seconds=2):
        assert wrap("ab 中。", width) == ["a", "b", "中", "。"]
        assert wrap("。。。。", width) == ["。", "。", "。", "。"]
        assert wrap("   ", width) == [] and wrap("", width) == []


@contextmanager
def _deadline(seconds: int):
    """Fail, rather than hang the suite, when the block runs past `seconds`."""
    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_fair_share_cuts_only_words_wider_than_an_even_share():
    # 3 columns in 30 cells: an even share is 10; a 40-cell run of URLs is cut to it, the rest stay
    assert fair_share([8, 40, 4], 30) == [8, 10, 4]
    assert fit_columns([60, 90, 20], fair_share([8, 40, 4], 30), 30) is not None  # and then the table fits
    assert fair_share([5, 5], 1) == [1, 1] and fair_share([], 10) == []  # never below one cell, no columns


@pytest.mark.parametrize("width", range(6, 30))
def test_wrap_keeps_the_space_before_a_word_starting_with_a_dot(width):
    """".ics" after a space starts a word; carrying "a" along to the next line made it "a.ics"."""
    lines = wrap("Write the file:.csv,.json or a .ics file", width)
    assert " ".join(lines).replace(" ", "") == "Writethefile:.csv,.jsonora.icsfile"
    assert not any("a.ics" in line for line in lines)
_PLAN = [["期数", "3", "24"], ["类型", "账单分期", "协商分期：须与花呗协商，可能被拒绝"],
         ["每期还款", "2,050.00", "500.00 + 待协商费用"], ["最后还款日", "2027-03-10", "2028-12-10"]]


def _gaps(width):
    return lambda n: width - 2 * (n - 1)


def test_layout_gives_the_room_left_to_the_text_when_the_table_fits():
    assert layout(_PLAN, _gaps(80)) == [([0, 1, 2, 3], [4, 34, 19, 10])]


def test_layout_splits_a_table_too_wide_for_16_cells_of_text_repeating_the_first_column():
    # 40 cells: the text columns keep 16 cells, the date goes to a second table beside the periods
    assert layout(_PLAN, _gaps(40)) == [([0, 1, 2], [4, 16, 16]), ([0, 3], [4, 10])]
    # a URL wider than the whole row is cut in its own table, not the text beside it
    url = ["网址", "https://example.org/" + "a" * 70, "-"]
    assert layout([*_PLAN, url], _gaps(80)) == [([0, 1, 2, 3], [4, 34, 19, 10]), ([0, 4], [4, 74])]


def test_layout_keeps_short_headers_whole():
    # "类型" (4 cells) over one-character cells: never one character a line
    assert layout([["类型", "是"], ["说明", "好" * 40]], _gaps(30)) == [([0, 1], [4, 24])]
