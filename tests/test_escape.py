"""Text from users and files (issue 9, "nothing injected"): control characters shown escaped on the
terminal and in error lines, user text inert in Markdown, CSV cells never formulas, JSON exact."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huabei_assist.escape import csv_cell, csv_value, json_inert, markdown, shown

NUMBER = "138\x1b]0;pwned\x07"  # sets the window title
AGENCY = "A\x1b[2J\u202eB"  # clears the screen, then reverses the rest of the line
NOTE = "a\nb\rc\td\x9b\x7f"  # line breaks, a tab, a C1 CSI, DEL
HOSTILE_MD = ("<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e.example/x.png) "
              "<a href=x>y</a> www.evil.example a@b.example *b* `c` $m$ | &#106;")


def _add(run, *args: str) -> None:
    result = run("calls", "log", "add", "--at", "2026-11-29 21:30", *args)
    assert result.code == 0, result.err


# -- the functions -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("\x1b]0;t\x07", "\\x1b]0;t\\x07"), ("\x00\x08\x0b\x0c", "\\x00\\x08\\x0b\\x0c"), ("a\nb\r\tc", "a\\nb\\r\\tc"),
    ("\x7f\x80\x9b\x9f", "\\x7f\\x80\\x9b\\x9f"), ("\u202a\u202e\u2066\u2069\u200e\u200f\u061c",
                                                  "\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c"),
    ("\u2028\u2029", "\\u2028\\u2029"), ("\udcff", "\\udcff"),
    ("花呗 ¥500 · é \\x1b", "花呗 ¥500 · é \\x1b"),  # printable text and a typed backslash stay as they are
])
def test_shown_escapes_every_control_character(text, expected):
    assert shown(text) == expected
    assert shown(expected) == expected  # idempotent: an error's parameter is not escaped twice


_BIDI_CONTROLS = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM", "ALM"}


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_shown_is_always_one_inert_line(text):
    import unicodedata

    line = shown(text)
    assert len(line.splitlines()) <= 1
    for ch in line:
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp"), repr(ch)
        assert unicodedata.bidirectional(ch) not in _BIDI_CONTROLS and ch not in "\u200e\u200f\u061c", repr(ch)


def test_markdown_exact():
    assert markdown(HOSTILE_MD) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript\\:alert(1)) \\!\\[i\\](http\\://e.example/x.png) "
        "&lt;a href=x&gt;y&lt;/a&gt; www\\.evil.example a\\@b.example \\*b\\* \\`c\\` \\$m\\$ \\| &amp;\\#106;")
    assert [markdown(t) for t in ("- x", "+86 138", "1986. x", "= x", "# h", "138-0000-1111")] == \
        ["\\- x", "\\+86 138", "1986\\. x", "\\= x", "\\# h", "138-0000-1111"]


def _html(markdown_text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown_text)


@given(st.text(alphabet=st.sampled_from(list("<>[]()!:/@.&#*_`~|\\-+=$ \n\tawwwj1h")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_markdown_renders_as_the_text_itself(text):
    """Rendered by a CommonMark renderer with raw HTML allowed, escaped user text is one paragraph
    of exactly that text (control characters as escapes): no tag, link, image, emphasis or code."""
    import html

    rendered = _html(markdown(text)).strip()
    if not shown(text).strip():
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<") == 2, rendered
    assert html.unescape(rendered[3:-4]) == shown(text).strip()


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"), ("-2+3", "'-2+3"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("'x", "'x"),
    ("-12.50", "-12.50"), ("+3", "+3"), ("7.5%", "7.5%"), ("-", "-"), ("花呗", "花呗"), ("", ""),
])
def test_csv_cell(cell, written):
    assert csv_cell(cell) == written
    assert csv_value(written) == cell


def test_typed_text_is_text_even_when_it_looks_like_a_number():
    assert csv_cell("+8613800000000", number=False) == "'+8613800000000"
    assert csv_cell("-5", number=False) == "'-5" and csv_value("'-5") == "-5"


@given(st.text(alphabet=st.sampled_from(list("'=+-@\t\r1.%a ")), max_size=12), st.booleans())
@settings(max_examples=500, deadline=None)
def test_csv_round_trip_and_no_formula(text, number):
    cell = csv_cell(text, number=number)
    assert csv_value(cell) == text
    assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r") or (number and cell == text)


def test_json_inert_is_the_same_document():
    data = {"note": NOTE + "\u202e\u2028\udcff", "n": [1, "\x1b"]}
    text = json_inert(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data
    assert text == '{"note": "a\\nb\\rc\\td\\u009b\\u007f\\u202e\\u2028\\udcff", "n": [1, "\\u001b"]}'


# -- the terminal: plain and Rich ----------------------------------------------------------------
def test_log_list_and_show_plain(run):
    _add(run, "--number", NUMBER, "--agency", AGENCY, "--note", NOTE)
    listed = run("calls", "log", "list", "--lang", "en").out.splitlines()
    assert listed[7] == ("1  2026-11-29 21:30  call  138\\x1b]0;pwned\\x07  A\\x1b[2J\\u202eB  -      "
                         "Contact at 21:00-22:00, outside 08:00-21:00  -")
    shown_lines = run("calls", "log", "show", "1", "--lang", "en").out.splitlines()
    pad = " " * (len("Hours the guideline bans") - len("Number") + 2)  # the longest key, then two spaces
    assert shown_lines[6:10] == [f"Number{pad}138\\x1b]0;pwned\\x07", f"Agency{pad}A\\x1b[2J\\u202eB",
                                 f"Flags {pad}-", f"Note  {pad}a\\nb\\rc\\td\\x9b\\x7f"]
    for out in (listed, shown_lines):
        assert not any(ch in "\n".join(out) for ch in "\x1b\x07\r\t\x9b\x7f\u202e")


def test_log_show_rich(run, monkeypatch):
    """At a terminal (Rich): the same escapes, inside the table's frame."""
    import huabei_assist.render as render

    monkeypatch.setattr(render, "use_color", lambda stream=None: True)
    _add(run, "--number", NUMBER, "--agency", AGENCY, "--note", NOTE)
    out = run("calls", "log", "show", "1", "--lang", "en").out
    assert not any(ch in out for ch in "\x1b\x07\r\t\x9b\x7f\u202e")
    lines = [line.split() for line in out.splitlines()]
    assert ["Number", "138\\x1b]0;pwned\\x07"] in lines and ["Agency", "A\\x1b[2J\\u202eB"] in lines, lines
    assert ["Note", "a\\nb\\rc\\td\\x9b\\x7f"] in lines, lines


def test_rich_titles_are_not_markup():
    from huabei_assist.render.view import Notes, Table, View
    from tests.test_output import _rich_lines

    lines = _rich_lines(View("[bold]t\x1b", [Table("[red]x[/red]", ["h"], [["[link=x]y"]]), Notes("[i]n", ["z"])]), 40)
    text = "\n".join(lines)
    assert "[bold]t\\x1b" in text and "[red]x[/red]" in text and "[link=x]y" in text and "[i]n" in text


def test_csv_at_a_terminal_is_escaped_and_exact_in_a_pipe(run, monkeypatch, capsys):
    _add(run, "--number", NUMBER, "--note", "=1+1")
    piped = run("calls", "log", "export", "--format", "csv").out.splitlines()
    assert piped[1].startswith("1,2026-11-29T21:30,138\x1b]0;pwned\x07,,call,'=1+1,,,,")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    at_terminal = run("calls", "log", "export", "--format", "csv").out.splitlines()
    assert at_terminal[1].startswith("1,2026-11-29T21:30,138\\x1b]0;pwned\\x07,,call,'=1+1,,,,")


def test_json_stays_exact(run):
    _add(run, "--number", NUMBER, "--agency", AGENCY, "--note", NOTE)
    out = run("calls", "log", "list", "--json").out
    assert not any(ch in out for ch in "\x1b\x07\r\t\x9b\x7f\u202e")
    entry = json.loads(out)[0]
    assert (entry["number"], entry["agency"], entry["note"]) == (NUMBER, AGENCY, NOTE)


# -- error lines -----------------------------------------------------------------------------------
@pytest.mark.parametrize("args, line", [
    (("calls", "log", "show", "1\n2"),
     "An entry ID is a whole number above 0, got '1\\n2'. Run `huabei calls log list` to see the IDs."),
    (("calls", "log", "show", "\x1b[31mx"),
     "An entry ID is a whole number above 0, got '\\x1b[31mx'. Run `huabei calls log list` to see the IDs."),
    (("calls", "log", "list", "--format", "x\ny\u202e"), None),
    (("no\nsuch\x1b", ), None),
    (("plan", "--amount", "1\r\n2"), None),
])
def test_error_lines_are_one_inert_line(run, args, line):
    result = run(*args, "--lang", "en")
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.endswith("\n")
    assert not any(ch in result.err[:-1] for ch in "\x1b\r\n\u202e"), result.err
    if line is not None:
        assert result.err == line + "\n"


def test_batch_error_rows_are_one_line_each(run, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text('amount,periods,kind\n"12\x1b]0;x\x07\n3",3,installment\n100,3,"inst\u202eall"\n', encoding="utf-8")
    result = run("plan", "batch", str(path), "--start", "2026-01-15", "--lang", "en")
    assert result.code == 1
    assert result.err.splitlines() == [
        "row 1, field amount: amount needs a sum of money, got '12\\x1b]0;x\\x07\\n3'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed).",
        "row 2, field kind: Unknown plan kind 'inst\\u202eall'. Did you mean installment? Use one of: installment, negotiated, minimum."]


def test_bytes_that_are_not_utf8_are_a_usage_error(run):
    result = run("calls", "log", "add", "--number", "1\udc9b", "--lang", "en")
    assert (result.code, result.out) == (2, "")
    assert result.err == ("The argument '1\\udc9b' holds bytes that are not UTF-8 (shown as \\udcXX). "
                          "Type it in UTF-8.\n")


# -- Markdown: the dossier, the letters, --format markdown --------------------------------------------
def test_dossier_escapes_user_text(run):
    _add(run, "--number", NUMBER, "--agency", AGENCY, "--note", HOSTILE_MD)
    out = run("calls", "report", "--today", "2026-12-01", "--lang", "en").out
    lines = out.splitlines()
    assert ("| 1   | 2026-11-29 21:30 | 电话 | 138\\\\x1b\\]0;pwned\\\\x07 | A\\\\x1b\\[2J\\\\u202eB | "
            + markdown(HOSTILE_MD) + " | 21:00-22:00联系（08:00-21:00以外）（21:30 在 08:00-21:00 以外）"
            "[转述，非法定权利] |") in lines  # the dossier is Chinese whatever --lang says
    assert "| 138\\\\x1b\\]0;pwned\\\\x07 | A\\\\x1b\\[2J\\\\u202eB | 1        |" in lines
    rendered = _html(out)
    for live in ("<script", "<a ", "<img", "<em>", "<code>"):
        assert live not in rendered, live
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered  # shown as text


def test_dossier_recording_path_is_text(run, tmp_path):
    recording = tmp_path / "[x](javascript:y)*.m4a"
    recording.write_bytes(b"audio")
    _add(run, "--number", "1", "--recording", str(recording))
    out = run("calls", "report", "--today", "2026-12-01", "--lang", "en").out
    assert f"{markdown(str(recording))}" in out and "[x](javascript" not in out


def test_letter_name_is_text(run, tmp_path):
    name = "<script>x</script>![i](http://e/x)"
    target = tmp_path / "letter.md"
    result = run("letter", "complaint", "--name", name, "--today", "2026-12-01", "--out", str(target), "--json")
    assert result.code == 0 and json.loads(result.out)["filled"]["name"] == name
    text = target.read_text(encoding="utf-8")
    assert "投诉人：&lt;script&gt;x&lt;/script&gt;\\!\\[i\\](http\\://e/x)" in text.splitlines()
    assert "<script" not in _html(text) and "<img" not in _html(text)


def test_format_markdown_escapes_typed_cells(run):
    _add(run, "--number", "[n](javascript:x)", "--agency", "<b>A</b>|B")
    lines = run("calls", "log", "list", "--format", "markdown", "--lang", "en").out.splitlines()
    row = next(line for line in lines if line.startswith("| 1 "))
    assert "| \\[n\\](javascript\\:x) | &lt;b&gt;A&lt;/b&gt;\\|B |" in row


# -- CSV ----------------------------------------------------------------------------------------------
def test_export_guards_formulas_and_import_reads_them_back(run, tmp_path, monkeypatch):
    notes = ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-5 元", "'=already quoted",
             "line\r\nbreaks\rand\nmore", "-"]  # (leading whitespace is not stored: \t, \r first are in test_csv_cell)
    for index, note in enumerate(notes):
        _add(run, "--number", "+8613800000000" if index == 0 else f"0571-{index}", "--agency", "@agency",
             "--note", note)
    export = tmp_path / "calls.csv"
    assert run("calls", "log", "export", "--format", "csv", "--out", str(export)).code == 0
    with open(export, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["note"] for r in rows] == ["'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0", "'@SUM(A1)",
                                         "'-5 元", "''=already quoted", "line\r\nbreaks\rand\nmore", "'-"]
    assert rows[0]["number"] == "'+8613800000000" and {r["agency"] for r in rows} == {"'@agency"}
    before = json.loads(run("calls", "log", "export").out)["entries"]
    monkeypatch.setenv("HUABEI_HOME", str(tmp_path / "other-home"))
    assert run("calls", "log", "import", str(export)).code == 0
    after = json.loads(run("calls", "log", "export").out)["entries"]
    assert after == before and [e["note"] for e in after] == notes


def test_format_csv_keeps_numbers_and_guards_text(run):
    from huabei_assist.render import render
    from huabei_assist.render.view import Table, Typed, View

    view = View("t", [Table(None, ["a", "b", "c", "d", "e"],
                            [["-12.50", "-1,234.50", "-", "=1+1", Typed("+86 138")]])])
    assert render(view, fmt="csv") == "a,b,c,d,e\n-12.50,-1234.50,-,'=1+1,'+86 138\n"


# -- time zones and encodings -------------------------------------------------------------------------
@pytest.mark.parametrize("value, line", [
    ("2026-11-29 21:30 CST", "Unknown time zone 'CST' in '2026-11-29 21:30 CST' given to --at: write an offset "
                             "like +08:00, or leave the zone out (local time)."),
    ("2026-11-29 21:30 +99:00", "The UTC offset in '2026-11-29 21:30 +99:00' given to --at is out of range: it must "
                                "be from -12:00 to +14:00, like +08:00."),
    ("2026-11-29 21:30 -12:30", "The UTC offset in '2026-11-29 21:30 -12:30' given to --at is out of range: it must "
                                "be from -12:00 to +14:00, like +08:00."),
    ("0001-01-01 00:00 +01:00", "The date '0001-01-01 00:00 +01:00' given to --at is out of range: give a date "
                                "from 1900 to 2100."),
])
def test_zone_errors_are_usage_errors(run_process, value, line):
    result = run_process("calls", "check", "--at", value, "--lang", "en")
    assert (result.code, result.out, result.err) == (2, "", line + "\n")


def test_known_zones_and_offsets_still_convert(run_process):
    result = run_process("calls", "check", "--at", "2026-11-29 21:30 +08:00", "--json", env={"TZ": "UTC"})
    assert result.code == 0 and json.loads(result.out)["at"] == "2026-11-29T13:30" and result.err == ""
    result = run_process("calls", "check", "--at", "2026-11-29 21:30 UTC", "--json", env={"TZ": "UTC"})
    assert json.loads(result.out)["at"] == "2026-11-29T21:30" and result.err == ""


def test_a_zone_in_a_date_option_is_checked_too(run):
    result = run("plan", "--amount", "100", "--periods", "3", "--start", "2026-01-15 10:00 XYZ", "--lang", "en")
    assert result.code == 2 and result.err.startswith("Unknown time zone 'XYZ' in '2026-01-15 10:00 XYZ' given to --start")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_without_chinese_gets_english_and_never_crashes(tmp_path, encoding):
    import os
    import subprocess
    import sys

    def run_in(*args: str):
        env = {**os.environ, "PYTHONIOENCODING": encoding, "LANG": "C", "LC_ALL": "C"}
        proc = subprocess.run([sys.executable, "-m", "huabei_assist", *args], capture_output=True, env=env,
                              cwd=tmp_path, timeout=60)
        return proc.returncode, proc.stdout.decode(encoding), proc.stderr.decode(encoding)

    code, out, err = run_in("status", "--days", "45")
    assert code == 0 and out.startswith("Huabei overdue status\n") and err == ""
    assert run_in("calls", "log", "show", "9") == (
        1, "", "There is no entry 9. Run `huabei calls log list` to see the entry numbers.\n")
    code, out, err = run_in("calls", "log", "show", "9", "--lang", "zh")  # Chinese asked for: escaped
    assert code == 1 and err.count("\n") == 1 and err.startswith("\\u6ca1\\u6709")
    code, out, err = run_in("calls", "log", "add", "--at", "2026-11-29 10:00", "--number", "1", "--note", "他说")
    assert code == 0 and "\\u4ed6\\u8bf4" in out and err == ""


def test_unknown_zone_in_batch_is_that_rows_error(run, tmp_path):
    """No dateutil warning among the rows' errors: the one line of the row."""
    path = tmp_path / "b.csv"
    path.write_text("amount,periods,start\n100,3,2026-01-15 CST\n100,3,2026-01-15\n", encoding="utf-8")
    result = run("plan", "batch", str(path), "--format", "csv", "--lang", "en")
    assert result.code == 1 and len(result.out.splitlines()) == 2
    assert result.err == "row 1, field start: cannot read the date '2026-01-15 CST'; write it like 2026-10-15.\n"


def test_csv_reader_sees_what_export_wrote():
    """The guard lives in the cell text, not in the CSV quoting: any CSV reader gets the quote."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow([csv_cell("=1+1"), csv_cell("\rx")])
    assert next(csv.reader(io.StringIO(buffer.getvalue()))) == ["'=1+1", "'\rx"]
