"""Every command, as a user sees it (issue 11 item 3): each command of the tree is run with realistic
arguments, in both languages, and its View drawn by Rich at 80 and 120 columns, as plain text wrapped
to 80 columns (NO_COLOR at a terminal) and piped. Checked: no line wider than the window (CJK = 2
cells); no amount, date, time, percentage, phone number, id or name from data/ split across lines;
no column of text that wraps narrower than 16 cells and no short header broken; piped, one table row
per line."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from huabei_assist.render import render
from huabei_assist.render.view import Answer, Footnotes, KeyValues, Notes, Picture, Table, View, Whole, each_text
from huabei_assist.render.width import PROSE, cell_width

TODAY = "2026-11-29"

# What must never be split: amounts, dates, times, percentages, phone numbers (and other long digit
# runs: ids, case numbers), the ids a user types, and --options.
_ATOMS = re.compile(
    r"(?<![\w.,:-])(?:"
    r"\d{4}-\d{2}-\d{2}"  # a date
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}(?!\d)"  # an amount
    r"|\d+(?:\.\d+)?%"  # a percentage
    r"|\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?"  # a time, a window of hours
    r"|\d{3,4}-\d{3,4}(?:-\d{3,4})?|\d{5,}"  # a phone number, an id, a long number
    r"|--[a-z][a-z-]+"  # an option
    r"|[a-z]+(?:-[a-z0-9]+)+"  # an id: job-loss, stop-third-party, s1-call-95188
    r")(?![\w%])")


def _commands(tmp) -> list[tuple[str, ...]]:
    """Each command of the tree with realistic arguments, in an order that builds what later ones
    read (log entries, debts, files)."""
    batch = tmp / "scenarios.csv"
    batch.write_text("amount,periods,kind,fee_rate\n12000,12,installment,\n30000,36,negotiated,0.12\n",
                     encoding="utf-8")
    calls_csv, debts_csv = tmp / "calls.csv", tmp / "debts.csv"
    return [
        ("status", "--days", "45", "--amount", "3000", "--today", TODAY),
        ("status", "--days", "200", "--today", TODAY),
        ("guide", "--since", "2026-09-20", "--amount", "4800", "--income", "5000", "--spending", "3000",
         "--problems", "off-hours,third-party,court-paper,job-loss", "--name", "张三", "--today", TODAY),
        ("waiver", "--amount", "3000", "--days", "200", "--proof", "medical", "--group", "student", "--job-loss",
         "--today", TODAY),
        ("budget", "--income", "6000", "--bill", "3000", "--balance", "1000", "--plan-payment", "1200"),
        ("channels",), ("channels", "12378"),
        ("complain", "--problem", "third-party"), ("complain", "催收", "威胁"),
        ("verify",),
        ("letter", "hardship", "--name", "张三", "--amount", "3000", "--today", TODAY),
        ("letter", "stop-third-party", "--out", str(tmp / "letter.md")),
        ("playbook",), ("playbook", "job-loss", "--today", TODAY),
        ("sources",), ("sources", "征信"),
        ("plan", "--amount", "12000", "--periods", "12", "--income", "8000", "--start", TODAY),
        ("plan", "--amount", "12300", "--periods", "36", "--kind", "negotiated", "--start", TODAY),
        ("plan", "compare", "--amount", "12300", "--income", "8000", "--start", TODAY),
        ("plan", "batch", str(batch), "--start", TODAY),
        ("credit", "--paid", "2026-03-15", "--overdue-since", "2025-11-03", "--amount", "3000", "--today", TODAY),
        ("credit", "--today", TODAY),
        ("credit", "monitor", "--from", TODAY, "--today", TODAY),
        ("credit", "objection", "--filed", "2026-11-20", "--today", TODAY),
        ("calls",), ("calls", "log"), ("debts",),  # their help pages
        ("calls", "check", "--at", "2026-11-28 22:30", "--threat", "--to-third-party", "--count-today", "6"),
        ("calls", "check", "--at", "2026-11-28 10:30"),
        ("calls", "log", "add", "--number", "021-5555 0101", "--at", "2026-11-28 22:30", "--agency", "某某资产管理公司",
         "--flags", "threat,third-party", "--note", "说要去单位找我，还打给了我同事"),
        ("calls", "log", "add", "--number", "13800138000", "--at", "2026-11-27 09:15", "--kind", "sms",
         "--note", "提醒还款"),
        ("calls", "log", "list"), ("calls", "log", "show", "1"),
        ("calls", "log", "edit", "2", "--note", "提醒还款，语气正常"),
        ("calls", "log", "export", "--out", str(calls_csv)),
        ("calls", "report", "--today", TODAY),
        ("calls", "log", "delete", "2", "--yes"),
        ("calls", "log", "import", str(calls_csv)),
        ("debts", "add", "花呗", "--kind", "huabei", "--amount", "12000", "--since", "2026-10-01", "--today", TODAY),
        ("debts", "add", "招行信用卡", "--kind", "card", "--amount", "8000", "--annual-rate", "18%", "--minimum", "3%",
         "--today", TODAY),
        ("debts", "list"), ("debts", "show", "花呗", "--today", TODAY),
        ("debts", "edit", "花呗", "--amount", "11500", "--today", TODAY),
        ("payoff", "--budget", "2500", "--start", TODAY), ("payoff", "--budget", "2500", "--compare", "--start", TODAY),
        ("debts", "export", "--out", str(debts_csv)),
        ("debts", "remove", "招行信用卡"),
        ("debts", "import", str(debts_csv), "--replace", "--today", TODAY),
    ]


# Output that is not drawn for a window: run, but not measured.
_WRITTEN_AS_IS = {
    ("calls", "report"): "a Markdown document for a regulator: its table rows stay whole",
    ("plan", "batch"): "streams one row a line, for files of any size; it bypasses render/ (issue 11 item 4)",
}


def _tree() -> set[tuple[str, ...]]:
    """Every runnable command of the tree (a group that runs without a subcommand counts too)."""
    import typer.main

    from huabei_assist.cli.app import build

    found: set[tuple[str, ...]] = set()

    def walk(command, path):
        subs = getattr(command, "commands", None) or {}
        if path and (not subs or getattr(command, "invoke_without_command", False)):
            found.add(tuple(path))
        for name, sub in subs.items():
            walk(sub, [*path, name])

    walk(build(full=True), [])
    return found


def _path(args: tuple[str, ...], tree: set[tuple[str, ...]]) -> tuple[str, ...]:
    return max((p for p in tree if args[:len(p)] == p), key=len)


def _texts(view: View) -> list[str]:
    """Every piece of text in the view, as the renderers receive it."""
    found: list[str] = []
    each_text(view, lambda text: found.append(text) or text)
    return found


_URL = re.compile(r"https?://\S+")


def _atoms(text: str) -> Counter:
    """The atoms of `text`, leaving out what is inside an address: a URL wider than the window is cut."""
    return Counter(_ATOMS.findall(_URL.sub(" ", text)))


_NAME = re.compile("«[^«»]*»")


def _names_marked(view: View) -> View:
    """`view` with each name from data/ (a `Whole` cell: 电话, 账单分期) between « », which no other
    text holds: each one found whole in the output, or it was split (prose, where the same words may
    be, still breaks between characters)."""
    return each_text(view, lambda text: Whole(f"«{text}»") if isinstance(text, Whole) else text)


def _rich(view: View, width: int) -> list[str]:
    from rich.console import Console

    from huabei_assist.render.rich_out import print_rich

    buffer = io.StringIO()
    print_rich(view, Console(file=buffer, width=width, color_system=None, legacy_windows=False))
    return buffer.getvalue().splitlines()


class Layouts:
    """Each table layout width.layout chose, to check the text columns' widths."""

    def __init__(self, monkeypatch) -> None:
        from huabei_assist.render import width

        self.seen: list[tuple[list[list[str]], bool, list]] = []
        original = width.layout

        def recording(columns, room, *, header=True):
            groups = original(columns, room, header=header)
            self.seen.append((columns, header, groups))
            return groups

        monkeypatch.setattr(width, "layout", recording)
        for module in ("huabei_assist.render.plain", "huabei_assist.render.rich_out"):
            monkeypatch.setattr(f"{module}.layout", recording)

    def problems(self) -> list[str]:
        found = []
        for columns, header, groups in self.seen:
            for indexes, widths in groups:
                for index, cells in zip(indexes, widths):
                    column = columns[index]
                    body = column[1:] if header else column
                    if any(cell_width(c) > cells for c in body) and cells < PROSE:
                        found.append(f"text column {column[0]!r} wraps in {cells} cells")
                    if header and cell_width(column[0]) <= 8 and cells < cell_width(column[0]):
                        found.append(f"header {column[0]!r} broken in {cells} cells")
        self.seen.clear()
        return found


def _check(name: str, view: View, layouts: Layouts) -> list[str]:
    problems = []
    wanted = _atoms("\n".join(_texts(view)))
    for label, lines in (("rich 80", _rich(view, 80)), ("rich 120", _rich(view, 120)),
                         ("plain 80", render(view, width=80).splitlines())):
        window = int(label.split()[1])
        problems += [f"{label}: {cell_width(line)} cells: {line!r}" for line in lines if cell_width(line) > window]
        shown = _atoms("\n".join(lines))
        problems += [f"{label}: {atom!r} split" for atom, count in wanted.items() if shown[atom] < count]
        problems += [f"{label}: {problem}" for problem in layouts.problems()]
    marked = _names_marked(view)
    names = Counter(_NAME.findall("\n".join(_texts(marked))))
    if names:
        for label, lines in (("rich 80", _rich(marked, 80)), ("plain 80", render(marked, width=80).splitlines())):
            shown = Counter(_NAME.findall("\n".join(lines)))
            problems += [f"{label}: name {name} split" for name, count in names.items() if shown[name] < count]
        layouts.problems()  # the marked names are wider by two cells: not the layout under test
    piped = render(view).splitlines()
    for block in view.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                cells = [c for c in row if c]
                pattern = ".*".join(re.escape(c) for c in cells)
                if not any(re.search(pattern, line) for line in piped):
                    problems.append(f"piped: a row of {block.title!r} is not on one line: {cells[:2]}")
    return [f"{name}: {problem}" for problem in problems]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_command_fits_80_columns(run, monkeypatch, tmp_path, lang):
    import huabei_assist.render as render_module

    views: list[View] = []
    monkeypatch.setattr(render_module, "emit", lambda view, *form, **options: views.append(view))
    monkeypatch.setenv("COLUMNS", "80")  # help pages are wrapped to the terminal
    layouts = Layouts(monkeypatch)
    tree = _tree()
    commands = _commands(tmp_path)
    assert tree - {_path(args, tree) for args in commands} == set(), "a command the test does not run"
    problems = []
    for args in commands:
        views.clear()
        result = run(*args, "--lang", lang)
        assert result.code == 0, (args, result.err)
        name = " ".join(args[:4])
        if _path(args, tree) in _WRITTEN_AS_IS:
            continue
        problems += [p for view in views for p in _check(name, view, layouts)]
        if not views:  # a help page, or a document written as it is
            problems += [f"{name}: {cell_width(line)} cells: {line!r}" for line in result.out.splitlines()
                         if cell_width(line) > 80]
    assert problems == [], "\n".join(problems)


def test_the_atoms_it_looks_for():
    """The check finds what must stay whole (and only that), so a split one is seen as missing."""
    text = "还款日 2027-03-10，共 6,150.00 元（年化 15.86%），21:00 后来电，拨打 95188 或 021-5555 0101；job-loss --days"
    assert sorted(_atoms(text)) == sorted(["2027-03-10", "6,150.00", "15.86%", "21:00", "95188", "021-5555",
                                          "job-loss", "--days"])
    assert _atoms("2,050.\n00 2027-0\n3-10")["2,050.00"] == 0 and not _atoms("2027-0\n3-10")["2027-03-10"]


def test_a_page_of_every_kind_of_block_fits(monkeypatch):
    layouts = Layouts(monkeypatch)
    view = View("t", [Answer(["逾期第45天，第2阶段「本地电话高频催收期」；第3阶段「升级催收期」从逾期第91天开始，还有46天。"]),
                      KeyValues(None, [("诉讼风险", "第181天的全部欠款为3,271.50元 " * 3)]),
                      Picture(None, ["[=====|-----]"]), Notes("说明", ["21:00后来电 " * 10]),
                      Footnotes("来源", [("[1]", "《征信业管理条例》第25条（法规） " * 4)])], None)
    assert _check("blocks", view, layouts) == []


def test_a_name_from_data_is_never_split(monkeypatch):
    """A name from data/ (a Whole cell) beside a long text in a table stays on one line, in
    Rich and plain; the check sees it split when the wrapper does not keep it whole."""
    from huabei_assist.render import width

    layouts = Layouts(monkeypatch)
    prose = "对方用私人号码或社交账号联系你，说要去单位找你，" * 6  # takes the room: the name column gets 16 cells
    view = View("t", [Table(None, ["情形", "说明"], [[Whole("私人号码或社交账号"), prose]])], None)
    assert _check("names", view, layouts) == []
    monkeypatch.setattr(width, "_tokens", width._pieces)  # the wrapper as it was: Whole is plain text
    assert "names: rich 80: name «私人号码或社交账号» split" in _check("names", view, layouts)
